// The player's view: one card at a time on the phone. The token from joining identifies the
// player on every (re)connection, so a reload or a network switch keeps the nickname and score.
import { T, el, fill, inLanguage, numbers, connect, bars, podium } from './live-common.js';

const root = document.getElementById('live');
const stage = document.getElementById('stage');
const status = document.getElementById('status');
const who = document.getElementById('who');
const { num, fmt } = numbers(root.dataset.lang);
const saved = JSON.parse(localStorage.getItem('sajag-live') || 'null');
const PENDING = 'sajag-live-pending';
const BEFORE = 'sajag-live-score-before';
let self = null;
let view = null;
let timer = null;
// An open answer waiting for its acknowledgement; kept in memory only, never on the (maybe shared) phone.
let pendingOpen = null;
let sentOpen = null;
let checkThanks = null;

if (!saved) location.replace('/join');

const say = (text) => { status.textContent = text || ''; };
const connection = connect(say);

// The score shown: until the reveal, the one from before this card's answer, so a jump of the score does not give
// the answer away before the room sees it.
function showWho() {
  if (!self) return;
  const waiting = view && view.phase === 'question' && view.card && self.answeredCard === view.card.index && self.scoreBefore != null;
  who.textContent = `${T['live.you']}: ${self.nickname} · ${T['live.score']}: ${num(waiting ? self.scoreBefore : self.score)}`;
}

// What the stage shows; a form being filled in (the knowledge check, a discussion answer) is not
// redrawn, and so not wiped, by a state that changes nothing the player sees (a lock, a removal, a reconnect).
let shownKey = '';
const stageKey = (v) => JSON.stringify([v.phase, v.card ? v.card.index : null, v.deadline, v.reveal ? v.reveal.answers : null, v.podium,
  self && [self.score, self.answeredCard, self.openAnswered, self.check ? self.check.stage : null, self.standing], checkThanks, sentOpen && sentOpen.cardIndex]);

function render(v) {
  const key = stageKey(v);
  const editing = stage.querySelector('form.check, form.open');
  view = v;
  if (editing && key === shownKey) return null;
  shownKey = key;
  clearInterval(timer);
  const card = v.card;
  switch (v.phase) {
    case 'lobby':
      if (self && self.check) return fill(stage, checkForm(self.check));
      return fill(stage, checkThanks ? el('p', { class: 'ack' }, checkThanks) : null, el('h1', {}, T['live.lobby']));
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
      if (card.options.length === 0) return fill(stage, header, openBox(card.index));
      if (answered) return fill(stage, header, el('p', { class: 'ack' }, T['live.answer.received']));
      return fill(stage, header, options(card));
    }
    case 'reveal':
    case 'discuss': {
      const mine = self && self.answeredCard === card.index ? self.chosen || [] : null;
      const right = mine && mine.length === v.reveal.correct.length && mine.every((i) => v.reveal.correct.includes(i));
      // A discuss card has no right answer and no room's count: a typed answer is its answer.
      const talk = card.options.length === 0;
      const typed = self && self.openAnswered === card.index;
      const verdict = talk ? (typed ? T['discuss.sent'] : null) : (mine ? (right ? T['live.right'] : T['live.wrong']) : T['live.noanswer']);
      // At the discussion the talk comes first, under the prompt, where a small phone shows it without scrolling;
      // the reveal stays below to read again.
      const discuss = v.phase === 'discuss' ? el('section', { class: 'discuss' }, el('h2', {}, T['live.discuss']), v.discuss ? el('p', {}, v.discuss) : null, openBox(card.index)) : null;
      return fill(stage,
        el('p', { class: 'hint' }, fmt(T['live.card'], card.index + 1, card.total)),
        el('h1', {}, card.prompt),
        discuss,
        verdict ? el('h2', {}, verdict) : null,
        v.reveal.correct.length ? el('p', {}, el('strong', {}, `${T['live.answer']}: `), v.reveal.correct.map((i) => card.options[i]).join(' · ')) : null,
        mine ? mine.map((i) => (v.reveal.feedback[i] ? el('p', {}, v.reveal.feedback[i]) : null)) : null,
        v.reveal.explanation ? el('p', {}, el('strong', {}, `${T['live.why']}: `), v.reveal.explanation) : null,
        talk ? null : [el('h3', {}, T['live.room']), bars(card, v.reveal, num)]);
    }
    case 'podium':
      return fill(stage, el('p', { class: 'hint' }, fmt(T['live.card'], card.index + 1, card.total)), el('h1', {}, T['live.podium.sofar']), mine(), top(v.podium));
    case 'ended':
      localStorage.removeItem(PENDING);
      return fill(stage, el('h1', {}, T['live.ended']), self ? el('p', {}, `${T['live.score']}: ${num(self.score)}`) : null,
        v.podium ? [mine(), el('h2', {}, T['live.podium']), top(v.podium)] : null,
        self && self.check ? checkForm(self.check) : (checkThanks ? el('p', { class: 'ack' }, checkThanks) : null));
    default:
      return null;
  }
}

// The player's own place: sent to this phone alone, never to the projector. A tie is said as the podium says it ("=1"), and in words.
function mine() {
  const st = self && self.standing;
  const tied = st && st.shared > 1;
  return st ? el('section', { class: 'ack place-mine' }, el('p', {}, el('strong', {}, fmt(T['live.place'], (tied ? '=' : '') + st.place, st.of)), ' · ', fmt(T['live.points'], st.points)),
    tied ? el('p', {}, fmt(T['live.place.shared'], st.shared)) : null,
    el('p', { class: 'hint' }, T['live.place.private'])) : null;
}

const top = (places) => [places && places.length ? podium(places, num, fmt) : el('p', { class: 'hint' }, T['live.podium.empty']), el('p', { class: 'hint' }, T['live.podium.note'])];

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

// A typed answer to the discussion: moderated on the server and read by the facilitator before any screen shows it.
function openBox(cardIndex) {
  if (self && self.openAnswered === cardIndex) {
    return el('div', { class: 'ack' }, el('p', {}, T['discuss.sent']),
      sentOpen && sentOpen.cardIndex === cardIndex ? [el('blockquote', {}, inLanguage(sentOpen.masked)), sentOpen.hidden ? el('p', { class: 'alert' }, T['discuss.masked']) : null] : null);
  }
  const left = el('p', { class: 'hint', id: 'open-left' }, fmt(T['discuss.left'], 280));
  const box = el('textarea', { id: 'open-text', maxlength: '280', rows: '4', 'aria-describedby': 'open-hint open-left' });
  box.addEventListener('input', () => { left.textContent = fmt(T['discuss.left'], Math.max(0, 280 - box.value.length)); });
  return el('form', { class: 'open', onsubmit: (e) => {
    e.preventDefault();
    const text = box.value.trim();
    if (!text) { say(T['discuss.empty']); return; }
    pendingOpen = { cardIndex, text };
    e.target.querySelectorAll('button, textarea').forEach((b) => { b.disabled = true; });
    flushOpen();
  } },
  el('label', { for: 'open-text' }, T['discuss.your']),
  el('p', { class: 'hint', id: 'open-hint' }, T['discuss.hint']),
  box, left,
  el('button', { type: 'submit', class: 'big' }, T['discuss.send']));
}

async function flushOpen() {
  if (!pendingOpen || connection.state !== signalR.HubConnectionState.Connected) return;
  const { cardIndex, text } = pendingOpen;
  try {
    const ack = await connection.invoke('OpenAnswer', cardIndex, text);
    pendingOpen = null;
    if (ack.accepted) {
      self = { ...self, openAnswered: cardIndex };
      sentOpen = { cardIndex, masked: ack.masked, hidden: ack.detailsHidden };
    } else {
      say(T[ack.refusal] || ack.refusal);
      enableOpen();
    }
  } catch (error) {
    const key = error.message.split(': ').pop();
    say(T[key] || T['live.reconnecting']);
    if (T[key]) {
      pendingOpen = null;
      enableOpen();
    } else {
      setTimeout(flushOpen, 2000);
    }
  }
  if (view) render(view);
}

// A refused answer can be changed and sent again.
const enableOpen = () => stage.querySelectorAll('form.open button, form.open textarea').forEach((b) => { b.disabled = false; });

// The knowledge check: the same few questions before the game and after it. Not a test: no score.
function checkForm(check) {
  const before = check.stage === 'Before';
  const radios = (name, legend, values, prefix) => el('fieldset', {}, el('legend', {}, legend),
    values.map((v) => el('label', { class: 'option' }, el('input', { type: 'radio', name, value: v }), ' ', T[`${prefix}.${v}`])));
  const form = el('form', { class: 'check', onsubmit: async (e) => {
    e.preventDefault();
    const answers = {};
    for (const item of check.items) {
      const picked = form.querySelector(`input[name="item-${CSS.escape(item.id)}"]:checked`);
      if (!picked) { say(T['check.all']); return; }
      answers[item.id] = Number(picked.value);
    }
    const value = (name) => { const x = form.querySelector(`input[name="${name}"]:checked`); return x ? x.value : null; };
    form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const ack = await connection.invoke('KnowledgeCheck', { stage: check.stage, answers, gender: before ? value('gender') : null, ageBand: before ? value('age') : null });
      if (ack.accepted) {
        self = { ...self, check: null };
        checkThanks = before ? T['check.thanks'] : T['check.thanks.after'];
        say('');
      } else {
        say(T[ack.refusal] || ack.refusal);
      }
    } catch (error) {
      const key = error.message.split(': ').pop();
      say(T[key] || T['live.reconnecting']);
    }
    form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    if (view) render(view);
  } },
  el('h1', {}, before ? T['check.before.title'] : T['check.after.title']),
  el('p', { class: 'hint' }, T['check.knowledge.intro']),
  check.items.map((item, n) => el('fieldset', {}, el('legend', {}, `${num(n + 1)}. ${item.prompt}`),
    item.options.map((text, i) => el('label', { class: 'option' }, el('input', { type: 'radio', name: `item-${item.id}`, value: String(i) }), ' ', text)))),
  check.askAboutYou ? el('section', {}, el('h2', {}, T['check.about']),
    radios('gender', T['check.gender'], ['girl', 'boy', 'notsaid'], 'check.gender'),
    radios('age', T['check.age'], ['13-14', '15-16', '17-18', 'notsaid'], 'check.age')) : null,
  el('button', { type: 'submit', class: 'big' }, T['check.send']));
  return form;
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
      self = { ...self, score: ack.score, scoreBefore: ack.duplicate ? self.scoreBefore : self.score, answeredCard: pending.cardIndex, chosen: pending.chosen };
      // Kept for this tab only, so a reload before the reveal still shows the score from before the answer.
      sessionStorage.setItem(BEFORE, JSON.stringify({ cardIndex: pending.cardIndex, score: self.scoreBefore }));
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
    const before = JSON.parse(sessionStorage.getItem(BEFORE) || 'null');
    if (before && before.cardIndex === self.answeredCard) self = { ...self, scoreBefore: before.score };
    say(T['live.connected']);
    showWho();
    if (view) render(view);
    await flush();
    await flushOpen();
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

connection.on('State', async (v) => {
  const moved = !view || view.phase !== v.phase || (view.card && v.card && view.card.index !== v.card.index);
  if (self && v.card && self.answeredCard !== v.card.index && v.phase === 'question') self = { ...self, chosen: null };
  if (v.phase !== 'lobby' && checkThanks === T['check.thanks']) checkThanks = null;
  if (self && v.card && self.openAnswered != null && self.openAnswered !== v.card.index) self = { ...self, openAnswered: null };
  // The first check closes when the game starts; the second opens at the end (asked once, only when the session has it).
  if (self && self.check && self.check.stage === 'Before' && v.phase !== 'lobby') self = { ...self, check: null };
  render(v);
  showWho();
  // The after-check opens at the end; the player's own place is asked for at the top three and at the end.
  if (self && moved && ((v.phase === 'ended' && (v.knowledgeCheck || v.podium)) || v.phase === 'podium')) {
    try {
      self = await connection.invoke('Me');
      render(v);
    } catch {
      // Asked again at the next change.
    }
  }
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
