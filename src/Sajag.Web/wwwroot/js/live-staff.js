// The facilitator's controls of a live session (the projector has its own script).
import { T, el, fill, inLanguage, numbers, staffSession, bars, step, shortcut, podium } from './live-common.js';

const root = document.getElementById('staff');
const id = root.dataset.session;
const buttons = document.getElementById('controls');
const endDialog = document.getElementById('end-dialog');
const stage = document.getElementById('stage');
const status = document.getElementById('status');
const players = document.getElementById('players');
const { num, fmt } = numbers(root.dataset.lang);
let current = null;
let shown = '';

const say = (text) => { status.textContent = text || ''; };
const { connection, invoke, start } = staffSession(say, 'Watch', id, render);

// The card's note for the facilitator, which the page carries from the pack (never sent to players or the projector).
function note(index) {
  const notes = document.getElementById('notes');
  const text = notes && notes.querySelector(`[data-index="${index}"]`);
  return text ? el('aside', { class: 'note' }, el('h3', {}, notes.dataset.title), el('p', { class: 'staff-note' }, text.textContent)) : null;
}

function render(view) {
  current = view;
  const s = view.session;
  const card = s.card;
  root.dataset.phase = s.phase;
  const answered = el('p', { class: 'answered' }, `${num(s.answered)} / ${num(s.players)} ${T['staff.answered']}`);
  // Re-draw the stage only when the card or phase changes: counts being typed must not be wiped.
  const key = `${s.phase}:${card ? card.index : s.players}:${s.reveal ? s.reveal.answers : ''}:${JSON.stringify(s.podium)}`;
  let body = null;
  if (key === shown) {
    const line = stage.querySelector('.answered');
    if (line) line.replaceWith(answered);
  } else if (!card) {
    body = s.phase === 'ended'
      ? [el('h2', {}, T['live.ended']), s.podium ? top(s.podium, T['live.podium']) : null]
      : [el('p', { class: 'big-count' }, fmt(T['projector.joined'], s.players))];
    if (s.phase === 'ended') body.unshift(el('p', { class: 'notice success' }, T['staff.over']));
  } else if (s.phase === 'podium') {
    body = [el('p', { class: 'hint' }, fmt(T['live.card'], card.index + 1, card.total), ' · ', card.topicTitle), top(s.podium || [], T['live.podium.sofar'])];
  } else {
    body = [
      el('p', { class: 'hint' }, fmt(T['live.card'], card.index + 1, card.total), ' · ', card.topicTitle),
      card.sensitive ? el('p', { class: 'hint' }, T['staff.sensitive']) : null,
      el('h2', { class: 'prompt' }, card.prompt),
      // A discuss card has no options and no room's count: no empty list, no empty chart.
      card.options.length === 0 ? null : s.reveal ? bars(card, s.reveal, num) : el('ol', { class: 'options-list', type: 'A' }, card.options.map((o, i) => el('li', {}, o,
        s.mode === 'ProjectorOnly' && s.phase === 'question'
          ? el('label', { class: 'count-input' }, ` ${fmt(T['staff.count'], String.fromCharCode(65 + i))} `,
            el('input', { type: 'number', min: '0', max: '10000', inputmode: 'numeric', 'data-option': String(i), onchange: (e) => record(i, e.target.value) }))
          : null))),
      s.phase === 'question' && s.mode !== 'ProjectorOnly' ? answered : null,
      s.reveal && s.reveal.explanation ? el('p', {}, el('strong', {}, `${T['live.why']}: `), s.reveal.explanation) : null,
      s.phase === 'discuss' && s.discuss ? el('section', { class: 'discuss' }, el('h2', {}, T['live.discuss']), el('p', {}, s.discuss)) : null,
      s.phase === 'discuss' ? note(card.index) : null,
    ];
  }
  if (body) fill(stage, body);
  shown = key;
  controls(s);
  const ranked = document.getElementById('podium-on');
  if (ranked) ranked.checked = s.podiumOn;
  if (view.discussion) discussion(view.discussion);
  document.getElementById('player-count').textContent = num(view.players.length);
  fill(players, view.players.map((p) => el('li', {}, `${p.nickname}${p.members > 1 ? ` (${num(p.members)})` : ''}${p.answered ? ' ✓' : ''} `,
    el('button', { type: 'button', class: 'link', onclick: () => invoke('Remove', id, p.id) }, T['staff.remove']))));
}

const top = (places, title) => el('section', { class: 'top' }, el('h2', {}, title),
  places.length ? podium(places, num, fmt) : el('p', { class: 'hint' }, T['live.podium.empty']), el('p', { class: 'hint' }, T['live.podium.note']));

// The facilitator's queue: masked text and what the filter found (the projector shows approved answers only).
function discussion(d) {
  const progress = document.getElementById('check-progress');
  progress.hidden = !d.knowledgeCheck;
  progress.textContent = fmt(T['discuss.check.progress'], d.beforeDone, d.afterDone);
  document.getElementById('cloud').checked = d.wordCloud;
  const queue = document.getElementById('queue');
  if (d.queue.length === 0) return fill(queue, el('li', { class: 'hint' }, T['discuss.queue.empty']));
  return fill(queue, d.queue.map((a) => el('li', { class: `answer is-${a.status}` },
    el('p', { class: 'text' }, inLanguage(a.text)),
    el('p', { class: 'hint' }, T[`discuss.status.${a.status}`], a.starred ? ` · ★ ${T['discuss.starred']}` : '',
      a.flagged ? [' · ', el('strong', { class: 'flag' }, `${T['discuss.flagged']}: `), a.reasons.map((r) => T[`reason.${r}`] || r).join(', ')] : null),
    el('p', { class: 'actions' },
      a.status !== 'approved' ? el('button', { type: 'button', onclick: () => invoke('Moderate', id, a.id, 'Approve') }, T['discuss.approve']) : null,
      a.status !== 'hidden' ? el('button', { type: 'button', class: 'secondary', onclick: () => invoke('Moderate', id, a.id, 'Hide') }, T['discuss.hide']) : null,
      el('button', { type: 'button', class: 'secondary', onclick: () => invoke('Moderate', id, a.id, a.starred ? 'Unstar' : 'Star') }, a.starred ? T['discuss.unstar'] : T['discuss.star'])))));
}

// One primary button for the step that moves the session on; End (asked again first) and the lock stay secondary; nothing that is not possible now is shown.
let drawn = '';
function controls(s) {
  const next = step(s);
  const key = `${s.phase}:${next ? next.label : ''}:${s.locked}`;
  if (key === drawn) return;
  drawn = key;
  if (s.phase === 'ended') {
    if (endDialog.open) endDialog.close();
    // Nothing moves an ended session: its report is linked at the top.
    fill(buttons);
    buttons.hidden = true;
    return;
  }
  fill(buttons,
    el('button', { type: 'button', class: 'big primary', 'data-command': next.command, onclick: () => invoke('Command', id, next.command) }, next.label),
    el('button', { type: 'button', class: 'big secondary', id: 'lock', 'aria-pressed': String(s.locked), onclick: () => invoke('Lock', id, !(current && current.session.locked)) },
      s.locked ? T['staff.unlock'] : T['staff.lock']),
    el('button', { type: 'button', class: 'big secondary danger', 'data-command': 'End', onclick: () => endDialog.showModal() }, T['staff.end']));
}

const record = (option, value) => invoke('RecordCount', id, option, Number(value || 0));

document.getElementById('cloud').addEventListener('change', (e) => invoke('WordCloud', id, e.target.checked));
const podiumToggle = document.getElementById('podium-on');
if (podiumToggle) podiumToggle.addEventListener('change', (e) => invoke('Podium', id, e.target.checked));
document.getElementById('end-cancel').addEventListener('click', () => endDialog.close());
document.getElementById('end-confirm').addEventListener('click', () => { endDialog.close(); invoke('Command', id, 'End'); });

// Keys for the laptop at the front of the room: N the next step, L the lock, E end (asked again), P the projector.
document.addEventListener('keydown', (e) => {
  if (!current || !shortcut(e)) return;
  const s = current.session;
  const key = e.key.toLowerCase();
  if (key === 'n' && step(s)) invoke('Command', id, step(s).command);
  else if (key === 'l' && s.phase !== 'ended') invoke('Lock', id, !s.locked);
  else if (key === 'e' && s.phase !== 'ended') endDialog.showModal();
  else if (key === 'p') document.getElementById('open-projector').click();
  else return;
  e.preventDefault();
});

// New answers are counted per batch: one message may stand for several.
connection.on('Answered', (count) => {
  if (!current || !current.session.card) return;
  current.session.answered += count;
  const line = stage.querySelector('.answered');
  if (line) line.textContent = `${num(current.session.answered)} / ${num(current.session.players)} ${T['staff.answered']}`;
});
start();
