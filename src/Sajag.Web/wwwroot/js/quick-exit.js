// Quick exit: the button, or Shift pressed three times on its own within two seconds, blanks the
// page at once and leaves for a neutral site without adding a history entry (location.replace).
// Like GOV.UK's "Exit this page", leaving also covers the Sajag pages visited before this one in the
// tab: each Sajag entry remembers its place in the tab's history, so leaving walks back to the first
// Sajag entry of the visit and replaces that one, and Back on the neutral site does not return here.
const link = document.querySelector('[data-quick-exit]');
const target = link ? link.href : 'https://www.google.com/';
const LEAVING = 'sajag-leaving';
const FIRST = 'sajag-first';
const window_ms = 2000;
let presses = [];

const store = {
  get: (key) => { try { return sessionStorage.getItem(key); } catch { return null; } },
  set: (key, value) => { try { sessionStorage.setItem(key, value); } catch { /* private mode: still leaves */ } },
  remove: (key) => { try { sessionStorage.removeItem(key); } catch { /* as above */ } },
};

function blank() {
  document.title = '';
  document.body.replaceChildren();
  document.documentElement.classList.add('exiting');
}

function go() {
  store.remove(LEAVING);
  store.remove(FIRST);
  location.replace(target);
}

// This entry's place in the tab's history: a new entry is the last one when it is first loaded.
function place() {
  const state = history.state && typeof history.state === 'object' ? history.state : {};
  if (typeof state.sajagPlace !== 'number') history.replaceState({ ...state, sajagPlace: history.length - 1 }, '');
  return history.state.sajagPlace;
}

function leave(event) {
  if (event) event.preventDefault();
  blank();
  const here = place();
  const first = Number(store.get(FIRST));
  const back = Number.isInteger(first) && first < here ? here - first : 0;
  if (back === 0) return go();
  store.set(LEAVING, '1');
  history.go(-back);
  // Should the walk back not happen, leave from here all the same.
  setTimeout(go, 3000);
}

// Arriving on the first Sajag entry while leaving: replace it with the neutral site.
function arrive() {
  if (store.get(LEAVING)) {
    blank();
    go();
    return true;
  }
  return false;
}

if (!arrive()) {
  const here = place();
  const first = Number(store.get(FIRST));
  if (store.get(FIRST) === null || !Number.isInteger(first) || here < first) store.set(FIRST, String(here));
}
// A page restored from the back-forward cache runs no script again: check on pageshow.
window.addEventListener('pageshow', (event) => { if (event.persisted) arrive(); });

if (link) link.addEventListener('click', leave);

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Shift') {
    presses = [];
    return;
  }
  if (event.repeat) return;
  const now = performance.now();
  presses = presses.filter((t) => now - t < window_ms);
  presses.push(now);
  if (presses.length >= 3) leave();
});
