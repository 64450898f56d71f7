// The projector: what the whole room sees, on one 16:9 screen that never scrolls. It watches without the
// queue, so answers waiting for the facilitator's approval never reach it.
import { T, el, fill, inLanguage, numbers, staffSession, step, shortcut, podium } from './live-common.js';

const root = document.getElementById('proj');
const id = root.dataset.session;
const stage = document.getElementById('stage');
const status = document.getElementById('status');
const count = document.getElementById('proj-count');
const clock = document.getElementById('proj-clock');
const names = document.getElementById('names');
const waiting = document.getElementById('proj-waiting');
const sound = document.getElementById('sound');
const { num, fmt } = numbers(root.dataset.lang);
const LETTERS = 'ABCDEFGH';
// The most nicknames the lobby shows at once; the count says how many joined in all.
const NAMES = 60;
let current = null;
let shown = '';
let ticking = null;
let audio = null;

const say = (text) => { status.textContent = text || ''; };
const { connection, invoke, start } = staffSession(say, 'WatchProjector', id, render);

// An option's mark: a shape and a letter as well as a colour, so no one needs to tell colours apart.
const mark = (i) => el('span', { class: `mark m${i}` }, el('span', { class: 'shape', 'aria-hidden': 'true' }), LETTERS[i]);

function render(view) {
  current = view;
  const s = view.session;
  const card = s.card;
  root.dataset.phase = s.phase;
  answered(s);
  countdown(s);
  lobby(view);
  const key = JSON.stringify([s.phase, card ? card.index : null, s.reveal ? s.reveal.counts : null, s.podium, view.discussion ? [view.discussion.wall, view.discussion.wordCloud] : null]);
  if (key === shown) return fit();
  const revealed = s.reveal && !shown.startsWith('["reveal"') && s.phase === 'reveal';
  shown = key;
  if (s.phase === 'lobby') fill(stage);
  else if (s.phase === 'ended') fill(stage, ended(s));
  else if (s.phase === 'question') fill(stage, question(s, view.discussion));
  else if (s.phase === 'reveal') fill(stage, reveal(s));
  else if (s.phase === 'podium') fill(stage, top(s, T['live.podium.sofar']));
  else fill(stage, discuss(s, view.discussion));
  if (revealed && !card.sensitive) chime();
  return fit();
}

function answered(s) {
  const show = s.phase === 'question' && s.mode !== 'ProjectorOnly';
  count.hidden = !show && s.phase !== 'lobby';
  count.textContent = s.phase === 'lobby' ? fmt(T['projector.joined'], s.players) : fmt(T['projector.answered'], s.answered, s.players);
}

// A visible countdown when the facilitator set a timer; the server's clock decides, this only shows it.
function countdown(s) {
  clearInterval(ticking);
  clock.hidden = !(s.phase === 'question' && s.deadline);
  if (clock.hidden) return;
  const tick = () => {
    const left = Math.max(0, Math.round((Date.parse(s.deadline) - Date.now()) / 1000));
    clock.textContent = fmt(T['live.seconds'], left);
    clock.classList.toggle('is-low', left <= 5);
  };
  tick();
  ticking = setInterval(tick, 1000);
}

function lobby(view) {
  const players = view.players;
  waiting.textContent = fmt(T['projector.joined'], players.length);
  const last = players.slice(-NAMES);
  fill(names, last.map((p) => el('li', {}, p.nickname)),
    players.length > NAMES ? el('li', { class: 'more' }, `+${num(players.length - NAMES)}`) : null);
}

const head = (card) => el('p', { class: 'proj-card' }, fmt(T['live.card'], card.index + 1, card.total), ' · ', card.topicTitle);

function question(s, discussion) {
  const card = s.card;
  if (card.options.length === 0) {
    return [head(card), el('h1', { class: 'prompt' }, card.prompt), el('p', { class: 'proj-hint' }, T['projector.type']), wall(discussion)];
  }
  return [head(card), el('h1', { class: 'prompt' }, card.prompt),
    s.mode === 'ProjectorOnly' ? el('p', { class: 'proj-hint' }, T['projector.hands']) : null,
    el('ol', { class: `proj-options n${card.options.length}` }, card.options.map((text, i) => el('li', { class: `opt o${i}` }, mark(i), el('span', { class: 'text' }, text))))];
}

// The room's answers as bars: a width set through the CSS object model, which the CSP allows (no inline style).
function reveal(s) {
  const card = s.card;
  const r = s.reveal;
  const most = Math.max(1, ...r.counts);
  return [head(card), el('h1', { class: 'prompt small' }, card.prompt),
    card.options.length ? el('ol', { class: 'bars proj-bars' }, card.options.map((text, i) => {
      const bar = el('span', { class: 'bar' });
      bar.style.setProperty('--share', String(r.counts[i] / most));
      const right = r.correct.includes(i);
      return el('li', { class: `opt o${i}${right ? ' is-right' : ''}` }, mark(i),
        el('span', { class: 'text' }, text, right ? el('span', { class: 'tick' }, ` ✓ ${T['live.answer']}`) : null),
        el('span', { class: 'track' }, bar), el('span', { class: 'count' }, num(r.counts[i])));
    })) : null,
    r.explanation ? el('p', { class: 'why' }, el('strong', {}, `${T['live.why']}: `), r.explanation) : null];
}

function discuss(s, discussion) {
  return [head(s.card), el('h2', { class: 'proj-label' }, T['live.discuss']),
    el('h1', { class: 'prompt' }, s.discuss || s.card.prompt), wall(discussion)];
}

// The approved answers (never the queue): a list, or a word cloud when the facilitator chose one.
function wall(d) {
  const answers = d ? d.wall : [];
  return el('section', { id: 'wall', class: 'wall', 'aria-label': T['discuss.wall'] },
    answers.length === 0 ? el('p', { class: 'proj-hint' }, T['discuss.wall.empty'])
      : d.wordCloud ? el('p', { class: 'cloud' }, d.cloud.map((w) => [el('span', { class: `w${w.size}` }, w.word), ' ']))
        : el('ul', { class: 'wall-list' }, answers.map((text) => el('li', {}, inLanguage(text)))));
}

function ended(s) {
  return [el('h1', { class: 'prompt' }, T['live.ended']), s.podium ? top(s, T['live.podium']) : null];
}

// The top three (groups, or players with a phone each); a player's own place is only ever on their phone.
function top(s, title) {
  const places = s.podium || [];
  return [el('h2', { class: 'proj-label' }, title),
    places.length ? podium(places, num, fmt) : el('p', { class: 'proj-hint' }, T['live.podium.empty']),
    el('p', { class: 'proj-hint' }, T['live.podium.note'])];
}

// Shrinks everything together until the screen needs no scrolling (a long Bangla prompt, many answers on the wall).
function fit() {
  const html = document.documentElement;
  let scale = 1;
  html.style.setProperty('--fit', '1');
  while (html.scrollHeight > innerHeight && scale > 0.45) {
    scale -= 0.05;
    html.style.setProperty('--fit', scale.toFixed(2));
  }
}

// Sound is off until the facilitator turns it on (a browser plays none before a click anyway); never on sensitive cards.
function chime() {
  if (!audio) return;
  const now = audio.currentTime;
  for (const [at, hz] of [[0, 660], [0.14, 880]]) {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = hz;
    gain.gain.setValueAtTime(0.2, now + at);
    gain.gain.exponentialRampToValueAtTime(0.001, now + at + 0.3);
    tone.connect(gain).connect(audio.destination);
    tone.start(now + at);
    tone.stop(now + at + 0.32);
  }
}

function toggleSound() {
  const on = sound.getAttribute('aria-pressed') !== 'true';
  sound.setAttribute('aria-pressed', String(on));
  if (on && !audio) audio = new AudioContext();
  if (!on && audio) { audio.close(); audio = null; }
}

sound.addEventListener('click', toggleSound);

const command = (name) => invoke('Command', id, name);

// Keys for the projector laptop: N, Space or the right arrow for the next step, S sound, F full screen.
document.addEventListener('keydown', (e) => {
  if (!current || !shortcut(e) || e.target.closest('button')) return;
  const key = e.key.toLowerCase();
  const next = step(current.session);
  if ((key === 'n' || key === ' ' || key === 'arrowright') && next) command(next.command);
  else if (key === 's') toggleSound();
  else if (key === 'f') (document.fullscreenElement ? document.exitFullscreen() : html().requestFullscreen()).catch(() => {});
  else return;
  e.preventDefault();
});
const html = () => document.documentElement;

addEventListener('resize', fit);
// New answers are counted per batch: one message may stand for several.
connection.on('Answered', (n) => {
  if (!current || !current.session.card) return;
  current.session.answered += n;
  answered(current.session);
});
start();
