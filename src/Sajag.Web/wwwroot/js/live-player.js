// The player's view: one card at a time on the phone. The token from joining identifies the
// player on every (re)connection, so a reload or a network switch keeps the nickname and score.
import { T, el, fill, numbers, connect, bars } from './live-common.js';

const root = document.getElementById('live');
const stage = document.getElementById('stage');
const status = document.getElementById('status');
const who = document.getElementById('who');
const { num, fmt } = numbers(root.dataset.lang);
const saved = JSON.parse(localStorage.getItem('sajag-live') || 'null');
const PENDING = 'sajag-live-pending';
let self = null;
let view = null;
let timer = null;

if (!saved) location.replace('/join');

const say = (text) => { status.textContent = text || ''; };
const connection = connect(say);

function showWho() {
  if (self) who.textContent = `${T['live.you']}: ${self.nickname} · ${T['live.score']}: ${num(self.score)}`;
}

function render(v) {
  view = v;
  clearInterval(timer);
  const card = v.card;
  switch (v.phase) {
    case 'lobby':
      return fill(stage, el('h1', {}, T['live.lobby']));
    case 'question': {
      const answered = self && self.answeredCard === card.index;
      const header = [el('p', { class: 'hint' }, fmt(T['live.card'], card.index + 1, card.total), ' · ', card.topicTitle), el('h1', { id: 'prompt' }, card.prompt)];
      if (v.deadline) {
        const left = el('p', { class: 'hint', id: 'left' });
        const tick = () => { left.textContent = fmt(T['live.seconds'], Math.max(0, Math.round((Date.parse(v.deadline) - Date.now()) / 1000))); };
        tick();
        timer = setInterval(tick, 1000);
        header.push(left);
      }
      if (answered) return fill(stage, header, el('p', { class: 'ack' }, T['live.answer.received']));
      return fill(stage, header, options(card));
    }
    case 'reveal':
    case 'discuss': {
      const mine = self && self.answeredCard === card.index ? self.chosen || [] : null;
      const right = mine && mine.length === v.reveal.correct.length && mine.every((i) => v.reveal.correct.includes(i));
      return fill(stage,
        el('p', { class: 'hint' }, fmt(T['live.card'], card.index + 1, card.total)),
        el('h1', {}, card.prompt),
        el('h2', {}, mine ? (right ? T['live.right'] : T['live.wrong']) : T['live.noanswer']),
        el('p', {}, el('strong', {}, `${T['live.answer']}: `), v.reveal.correct.map((i) => card.options[i]).join(' · ')),
        mine ? mine.map((i) => (v.reveal.feedback[i] ? el('p', {}, v.reveal.feedback[i]) : null)) : null,
        el('p', {}, el('strong', {}, `${T['live.why']}: `), v.reveal.explanation),
        el('h3', {}, T['live.room']), bars(card, v.reveal, num),
        v.phase === 'discuss' && v.discuss ? el('section', { class: 'discuss' }, el('h2', {}, T['live.discuss']), el('p', {}, v.discuss)) : null);
    }
    case 'ended':
      localStorage.removeItem(PENDING);
      return fill(stage, el('h1', {}, T['live.ended']), self ? el('p', {}, `${T['live.score']}: ${num(self.score)}`) : null,
        v.podium ? [el('h2', {}, T['live.podium']), el('ol', {}, v.podium.map((p) => el('li', {}, `${p.nickname} · ${num(p.score)}`)))] : null);
    default:
      return null;
  }
}

function options(card) {
  // A discuss card has nothing to answer: it opens a talk in the room.
  if (card.options.length === 0) return el('p', { class: 'ack' }, T['live.discuss']);
  if (card.several) {
    const group = el('div', { class: 'options', role: 'group', 'aria-labelledby': 'prompt' },
      el('p', { class: 'hint' }, T['live.pickall']),
      card.options.map((text, i) => el('label', { class: 'option' }, el('input', { type: 'checkbox', value: String(i) }), ' ', text)));
    group.append(el('button', { type: 'button', class: 'big', onclick: () => {
      const chosen = [...group.querySelectorAll('input:checked')].map((x) => Number(x.value));
      if (chosen.length) send(card.index, chosen);
    } }, T['live.send']));
    return group;
  }
  return el('div', { class: 'options', role: 'group', 'aria-labelledby': 'prompt' },
    card.options.map((text, i) => el('button', { type: 'button', class: 'option', onclick: () => send(card.index, [i]) }, text)));
}

// An answer is kept until acknowledged, and sent again after a reconnect: the server accepts it once.
async function send(cardIndex, chosen) {
  localStorage.setItem(PENDING, JSON.stringify({ cardIndex, chosen }));
  stage.querySelectorAll('button, input').forEach((b) => { b.disabled = true; });
  await flush();
}

async function flush() {
  const pending = JSON.parse(localStorage.getItem(PENDING) || 'null');
  if (!pending || connection.state !== signalR.HubConnectionState.Connected) return;
  try {
    const ack = await connection.invoke('Answer', pending.cardIndex, pending.chosen);
    localStorage.removeItem(PENDING);
    if (ack.accepted) {
      self = { ...self, score: ack.score, answeredCard: pending.cardIndex, chosen: pending.chosen };
      showWho();
      if (view) render(view);
    } else {
      say(T[ack.refusal] || ack.refusal);
    }
  } catch (error) {
    const key = error.message.split(': ').pop();
    say(T[key] || T['live.reconnecting']);
    // Not acknowledged: the answer stays pending and is sent again (the server accepts it once).
    if (!T[key]) setTimeout(flush, 2000);
  }
}

async function identify() {
  try {
    self = await connection.invoke('JoinAsPlayer', saved.token);
    say(T['live.connected']);
    showWho();
    if (view) render(view);
    await flush();
  } catch (error) {
    const key = error.message.split(': ').pop();
    if (key === 'live.player.removed' || key === 'live.player.unknown') {
      localStorage.removeItem('sajag-live');
      fill(stage, el('p', { class: 'alert' }, T[key]), el('p', {}, el('a', { href: '/join' }, T['live.join.button'])));
      await connection.stop();
    } else {
      say(T['live.reconnecting']);
    }
  }
}

connection.on('State', (v) => {
  if (self && v.card && self.answeredCard !== v.card.index && v.phase === 'question') self = { ...self, chosen: null };
  render(v);
});
connection.on('Removed', async () => {
  localStorage.removeItem('sajag-live');
  fill(stage, el('p', { class: 'alert' }, T['live.player.removed']));
  await connection.stop();
});
connection.onreconnected(identify);
connection.onclose(() => setTimeout(start, 3000));

document.getElementById('leave').addEventListener('click', () => {
  localStorage.removeItem('sajag-live');
  localStorage.removeItem(PENDING);
  location.href = '/join';
});

async function start() {
  try {
    await connection.start();
    await identify();
  } catch {
    say(T['live.reconnecting']);
    setTimeout(start, 3000);
  }
}

if (saved) start();
