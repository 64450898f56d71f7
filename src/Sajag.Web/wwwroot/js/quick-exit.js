// Quick exit: the button, or Shift pressed three times on its own within two seconds,
// blanks the page at once and replaces this history entry with a neutral site.
const link = document.querySelector('[data-quick-exit]');
const target = link ? link.href : 'https://www.google.com/';
const window_ms = 2000;
let presses = [];

function leave(event) {
  if (event) event.preventDefault();
  document.title = '';
  document.body.replaceChildren();
  document.documentElement.classList.add('exiting');
  location.replace(target);
}

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
