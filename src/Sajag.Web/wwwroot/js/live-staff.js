// The facilitator's controls and the projector view of a live session.
import { T, el, fill, numbers, connect, bars } from './live-common.js';

const root = document.getElementById('staff');
const id = root.dataset.session;
const control = root.dataset.view === 'control';
const stage = document.getElementById('stage');
const status = document.getElementById('status');
const players = document.getElementById('players');
const { num, fmt } = numbers(root.dataset.lang);
let current = null;
let shown = '';

const say = (text) => { status.textContent = text || ''; };
const connection = connect(say);

function render(view) {
  current = view;
  const s = view.session;
  const card = s.card;
  root.dataset.phase = s.phase;
  const answered = el('p', { class: 'answered' }, `${num(s.answered)} / ${num(s.players)} ${T['staff.answered']}`);
  // Re-draw the stage only when the card or phase changes: counts being typed must not be wiped.
  const key = `${s.phase}:${card ? card.index : s.players}:${s.reveal ? s.reveal.answers : ''}`;
  let body = null;
  if (key === shown) {
    const line = stage.querySelector('.answered');
    if (line) line.replaceWith(answered);
  } else if (!card) {
    body = s.phase === 'ended'
      ? [el('h1', {}, T['live.ended']), s.podium ? [el('h2', {}, T['live.podium']), el('ol', {}, s.podium.map((p) => el('li', {}, `${p.nickname} · ${num(p.score)}`)))] : null]
      : [el('p', { class: 'big-count' }, `${num(s.players)} ${T['staff.players']}`)];
  } else {
    body = [
      el('p', { class: 'hint' }, fmt(T['live.card'], card.index + 1, card.total), ' · ', card.topicTitle),
      card.sensitive && control ? el('p', { class: 'hint' }, T['staff.sensitive']) : null,
      el('h1', { class: 'prompt' }, card.prompt),
      s.reveal ? bars(card, s.reveal, num) : el('ol', { class: 'options-list', type: 'A' }, card.options.map((o, i) => el('li', {}, o,
        control && s.mode === 'ProjectorOnly' && s.phase === 'question'
          ? el('label', { class: 'count-input' }, ` ${fmt(T['staff.count'], String.fromCharCode(65 + i))} `,
            el('input', { type: 'number', min: '0', max: '10000', inputmode: 'numeric', 'data-option': String(i), onchange: (e) => record(i, e.target.value) }))
          : null))),
      s.phase === 'question' && s.mode !== 'ProjectorOnly' ? answered : null,
      s.reveal ? el('p', {}, el('strong', {}, `${T['live.why']}: `), s.reveal.explanation) : null,
      s.phase === 'discuss' && s.discuss ? el('section', { class: 'discuss' }, el('h2', {}, T['live.discuss']), el('p', {}, s.discuss)) : null,
    ];
  }
  if (body) fill(stage, body);
  shown = key;
  if (view.discussion) discussion(view.discussion, s);
  if (control) {
    document.getElementById('player-count').textContent = num(view.players.length);
    fill(players, view.players.map((p) => el('li', {}, `${p.nickname}${p.members > 1 ? ` (${num(p.members)})` : ''}${p.answered ? ' ✓' : ''} `,
      el('button', { type: 'button', class: 'link', onclick: () => invoke('Remove', id, p.id) }, T['staff.remove']))));
    const lock = document.getElementById('lock');
    lock.textContent = s.locked ? T['staff.unlock'] : T['staff.lock'];
    lock.setAttribute('aria-pressed', String(s.locked));
  }
}

// The facilitator's queue (masked text and what the filter found) and the projector's wall (approved answers only).
function discussion(d, s) {
  if (control) {
    const progress = document.getElementById('check-progress');
    progress.hidden = !d.knowledgeCheck;
    progress.textContent = fmt(T['discuss.check.progress'], d.beforeDone, d.afterDone);
    document.getElementById('cloud').checked = d.wordCloud;
    const queue = document.getElementById('queue');
    if (d.queue.length === 0) return fill(queue, el('li', { class: 'hint' }, T['discuss.queue.empty']));
    return fill(queue, d.queue.map((a) => el('li', { class: `answer is-${a.status}` },
      el('p', { class: 'text' }, a.text),
      el('p', { class: 'hint' }, T[`discuss.status.${a.status}`], a.starred ? ` · ★ ${T['discuss.starred']}` : '',
        a.flagged ? [' · ', el('strong', { class: 'flag' }, `${T['discuss.flagged']}: `), a.reasons.map((r) => T[`reason.${r}`] || r).join(', ')] : null),
      el('p', { class: 'actions' },
        a.status !== 'approved' ? el('button', { type: 'button', onclick: () => invoke('Moderate', id, a.id, 'Approve') }, T['discuss.approve']) : null,
        a.status !== 'hidden' ? el('button', { type: 'button', class: 'secondary', onclick: () => invoke('Moderate', id, a.id, 'Hide') }, T['discuss.hide']) : null,
        el('button', { type: 'button', class: 'secondary', onclick: () => invoke('Moderate', id, a.id, a.starred ? 'Unstar' : 'Star') }, a.starred ? T['discuss.unstar'] : T['discuss.star'])))));
  }
  const wall = document.getElementById('wall');
  const open = s.phase === 'discuss' || (s.phase === 'question' && s.card && s.card.options.length === 0);
  wall.hidden = !open;
  if (!open) return null;
  if (d.wall.length === 0) return fill(wall, el('h2', {}, T['discuss.wall']), el('p', { class: 'hint' }, T['discuss.wall.empty']));
  return fill(wall, el('h2', {}, T['discuss.wall']), d.wordCloud
    ? el('p', { class: 'cloud' }, d.cloud.map((w) => [el('span', { class: `w${w.size}` }, w.word), ' ']))
    : el('ul', { class: 'wall-list' }, d.wall.map((text) => el('li', {}, text))));
}

async function invoke(method, ...args) {
  try {
    await connection.invoke(method, ...args);
    say('');
  } catch (error) {
    say(T[error.message.split(': ').pop()] || T['live.reconnecting']);
  }
}

const record = (option, value) => invoke('RecordCount', id, option, Number(value || 0));

if (control) {
  for (const button of document.querySelectorAll('[data-command]')) {
    button.addEventListener('click', () => invoke('Command', id, button.dataset.command));
  }
  document.getElementById('lock').addEventListener('click', () => invoke('Lock', id, !(current && current.session.locked)));
  document.getElementById('cloud').addEventListener('change', (e) => invoke('WordCloud', id, e.target.checked));
}

connection.on('Facilitator', render);
// New answers are counted per batch: one message may stand for several.
connection.on('Answered', (count) => {
  if (!current || !current.session.card) return;
  current.session.answered += count;
  const line = stage.querySelector('.answered');
  if (line) line.textContent = `${num(current.session.answered)} / ${num(current.session.players)} ${T['staff.answered']}`;
});
// The projector watches without the queue: answers waiting for approval never reach the big screen.
const watch = () => connection.invoke(control ? 'Watch' : 'WatchProjector', id);
connection.onreconnected(async () => render(await watch()));

async function start() {
  try {
    await connection.start();
    render(await watch());
    say(T['live.connected']);
  } catch {
    say(T['live.reconnecting']);
    setTimeout(start, 3000);
  }
}

start();
