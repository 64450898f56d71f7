// Solo play. Everything about a young person's answers stays on this device (localStorage);
// the server only ever sends the cards. A service worker keeps the page and cards for offline play.
// The page carries the first cards of a quick game (#play-first), so on 2G the game starts before
// the whole pack (asked for as soon as this runs) has arrived; the rest of a quick game, a game of
// chosen topics and a saved game with other cards wait for the pack.
const root = document.getElementById('play');
const T = JSON.parse(document.getElementById('play-text').textContent);
const STORE = 'sajag-play';
const QUICK = Number(root.dataset.quick);
const $ = (id) => document.getElementById(id);
const choose = $('choose');
const game = $('game');
const summary = $('summary');
const status = $('status');
let pack = JSON.parse(document.getElementById('play-first').textContent);
let whole = null;
let state = null;

const bengali = root.dataset.lang === 'bn';
const num = (n) => (bengali ? String(n).replace(/[0-9]/g, (d) => '০১২৩৪৫৬৭৮৯'[d]) : String(n));
const fmt = (s, ...args) => args.reduce((out, a, i) => out.replace(`{${i}}`, num(a)), s);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
};
// replaceChildren would print "null" for the parts a card does not have.
const fill = (node, ...children) => node.replaceChildren(...children.filter((c) => c != null));
const save = () => localStorage.setItem(STORE, JSON.stringify(state));
const load = () => { try { return JSON.parse(localStorage.getItem(STORE)); } catch { return null; } };
const say = (text) => { status.textContent = text; };
const cardById = (id) => pack.cards.find((c) => c.id === id);
const topicById = (id) => pack.topics.find((t) => t.id === id);
const correctOf = (card) => card.options.map((o, i) => (o.correct ? i : -1)).filter((i) => i >= 0);

function shuffle(items) {
  const random = new Uint32Array(items.length);
  crypto.getRandomValues(random);
  for (let i = items.length - 1; i > 0; i--) {
    const j = random[i] % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const total = () => state.size || state.deck.length;

// The rest of a quick game, from the whole pack.
function draw() {
  const more = shuffle(pack.cards.map((c) => c.id).filter((id) => !state.deck.includes(id)));
  state.deck.push(...more.slice(0, state.size - state.deck.length));
  state.size = state.deck.length;
  save();
}

function start(topics) {
  const pool = pack.cards.filter((c) => !topics || topics.includes(c.topic));
  const deck = shuffle(pool.map((c) => c.id));
  // A quick game has QUICK cards: those not yet drawn are drawn when the whole pack is here (draw).
  state = topics ? { deck, index: 0, answers: {} } : { deck: deck.slice(0, QUICK), size: QUICK, index: 0, answers: {} };
  save();
  show();
}

function show() {
  choose.hidden = true;
  summary.hidden = true;
  game.hidden = false;
  if (state.index >= total()) return finish();
  if (state.index >= state.deck.length) return withWholePack(() => { draw(); show(); });
  const card = cardById(state.deck[state.index]);
  if (!card) { state = null; save(); return home(); }
  const topic = topicById(card.topic);
  const correct = correctOf(card);
  const many = correct.length > 1;
  const options = el('div', { class: 'options', role: 'group', 'aria-labelledby': 'prompt' });
  const feedback = el('div', { class: 'feedback', id: 'feedback', tabindex: '-1', 'aria-live': 'polite' });
  fill(game,
    el('p', { class: `band topic-${card.topic}` }, topic.title),
    el('p', { class: 'hint' }, `${fmt(T['card'], state.index + 1, total())} · ${T[`kind.${card.kind}`]}`),
    el('h2', { id: 'prompt', tabindex: '-1' }, card.prompt),
    many ? el('p', { class: 'hint' }, T['pickall']) : null,
    options,
    feedback,
  );
  const answered = state.answers[card.id];
  if (card.options.length === 0) {
    options.append(el('button', { type: 'button', class: 'big', onclick: () => reveal(card, []) }, T['reveal']));
  } else if (many) {
    card.options.forEach((o, i) => options.append(el('label', { class: 'option' }, el('input', { type: 'checkbox', value: String(i) }), ' ', o.text)));
    options.append(el('button', { type: 'button', class: 'big secondary', onclick: () => {
      const chosen = [...options.querySelectorAll('input:checked')].map((x) => Number(x.value));
      if (chosen.length) reveal(card, chosen);
    } }, T['check']));
  } else {
    card.options.forEach((o, i) => options.append(el('button', { type: 'button', class: 'option', onclick: () => reveal(card, [i]) }, o.text)));
  }
  if (answered) reveal(card, answered.chosen, true);
  else $('prompt').focus();
}

function reveal(card, chosen, resumed = false) {
  const correct = correctOf(card);
  const scored = correct.length > 0;
  const right = scored && chosen.length === correct.length && chosen.every((i) => correct.includes(i));
  if (!resumed) {
    state.answers[card.id] = { chosen, outcome: scored ? (right ? 'right' : 'wrong') : 'unscored' };
    save();
  }
  game.querySelectorAll('.options button, .options input').forEach((b) => { b.disabled = true; });
  game.querySelectorAll('.options .option').forEach((b, i) => {
    if (correct.includes(i)) b.classList.add('is-right');
    else if (chosen.includes(i)) b.classList.add('is-wrong');
    if (chosen.includes(i) && b.tagName === 'BUTTON') b.setAttribute('aria-pressed', 'true');
  });
  const feedback = $('feedback');
  const last = state.index + 1 >= total();
  fill(feedback,
    scored ? el('h3', {}, right ? T['right'] : T['wrong']) : null,
    ...chosen.map((i) => (card.options[i].feedback ? el('p', {}, card.options[i].feedback) : null)),
    scored && !right ? el('p', {}, el('strong', {}, `${T['answer']}: `), correct.map((i) => card.options[i].text).join(' · ')) : null,
    el('p', {}, el('strong', {}, `${T['why']}: `), card.explanation),
    card.discuss ? el('p', { class: 'discuss' }, el('strong', {}, `${T['discuss']}: `), card.discuss) : null,
    el('p', {}, el('a', { href: `/learn/${card.topic}` }, T['lesson'])),
    el('button', { type: 'button', class: 'big', id: 'next', onclick: () => { state.index += 1; save(); show(); } }, last ? T['finish'] : T['next']),
  );
  if (!resumed) feedback.focus();
}

function finish() {
  game.hidden = true;
  const byTopic = new Map();
  for (const id of state.deck) {
    const card = cardById(id);
    const answer = state.answers[id];
    if (!card || !answer || answer.outcome === 'unscored') continue;
    const t = byTopic.get(card.topic) || { right: 0, total: 0 };
    t.total += 1;
    if (answer.outcome === 'right') t.right += 1;
    byTopic.set(card.topic, t);
  }
  const list = el('ul', { class: 'results' });
  for (const [id, t] of byTopic) {
    const topic = topicById(id);
    list.append(el('li', { class: `topic-card topic-${id}` },
      el('strong', {}, topic.title), ' ', fmt(T['score'], t.right, t.total),
      t.right < t.total ? el('p', {}, el('strong', {}, `${T['remember']}: `), topic.guideline, ' ', el('a', { href: `/learn/${id}` }, T['lesson'])) : null));
  }
  fill(summary,
    el('h2', {}, T['summary']),
    list,
    el('button', { type: 'button', class: 'big', onclick: () => { state = null; save(); home(); } }, T['again']),
  );
  summary.hidden = false;
  summary.focus();
}

function home() {
  game.hidden = true;
  summary.hidden = true;
  choose.hidden = false;
}

function forget() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('sajag-')) localStorage.removeItem(key);
  state = null;
  home();
  say(T['forgotten']);
}

async function offline() {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register(root.dataset.sw);
    const registration = await navigator.serviceWorker.ready;
    const urls = [location.pathname + location.search, root.dataset.cards,
      ...[...document.querySelectorAll('link[rel=stylesheet], script[src]')].map((n) => n.getAttribute('href') || n.getAttribute('src'))];
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => {
      if (event.data === 'cached') { root.dataset.offline = 'ready'; say(T['offline']); }
    };
    const page = { lang: root.dataset.lang, text: T['offlinepage'], back: T['backtogame'], play: location.pathname + location.search };
    registration.active.postMessage({ type: 'cache', urls, page }, [channel.port2]);
  } catch {
    // Offline play is a bonus: online play works without it.
  }
}

// The whole pack, asked for once (again after a failure): later calls share the same answer.
function wholePack() {
  if (!whole) {
    whole = (async () => {
      const response = await fetch(root.dataset.cards);
      if (!response.ok) throw new Error(String(response.status));
      pack = await response.json();
      offline();
    })();
    whole.catch(() => { whole = null; });
  }
  return whole;
}

// Runs when the whole pack is here; says so while it comes, and says when it cannot.
async function withWholePack(then) {
  say(T['loading']);
  try {
    await wholePack();
  } catch {
    say(T['loadfailed']);
    return;
  }
  say('');
  then();
}

$('quick').addEventListener('click', () => start(null));
$('topics-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const topics = [...event.target.querySelectorAll('input[name=topic]:checked')].map((x) => x.value);
  if (topics.length) withWholePack(() => start(topics));
});
$('forget').addEventListener('click', forget);

// Offline, a link opens only what this phone has kept (the game in a language already played);
// anything else says it needs a connection instead of leaving for the browser's error page.
document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!a || navigator.onLine || a.hasAttribute('data-quick-exit') || a.origin !== location.origin || a.hasAttribute('download')) return;
  event.preventDefault();
  (async () => {
    const kept = 'caches' in window ? await caches.match(a.href) : null;
    if (kept) location.href = a.href; else say(T['needsconnection']);
  })();
});

state = load();
if (state && Array.isArray(state.deck)) {
  // A saved game may hold cards this page did not bring.
  if (state.deck.every((id) => cardById(id))) show(); else withWholePack(show);
} else {
  home();
}
// The topics' colours are decoration: asked for once the game is playable, not in competition with its first card.
document.head.append(el('link', { rel: 'stylesheet', href: root.dataset.topicStyles }));
wholePack().catch(() => { /* said when a game needs it */ });
