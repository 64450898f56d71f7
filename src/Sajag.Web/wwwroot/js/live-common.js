// Shared by the player, facilitator and projector views of a live session.
export const T = JSON.parse(document.getElementById('live-text').textContent);

export const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  // Nested lists (a word and its space, per word) are flattened all the way: an array appended as a child would show as "[object ...]".
  for (const child of children.flat(Infinity)) if (child != null && child !== false) node.append(child);
  return node;
};

// A hidden detail's placeholder is stored in English ("[phone]", "[identity]"); each page shows it in its own language.
export const inLanguage = (text) => text.replace(/\[(phone|email|handle|link|address|identity)\]/g, (_, code) => `[${T[`mask.${code}`] || code}]`);

export const fill = (node, ...children) => node.replaceChildren(...children.flat(Infinity).filter((c) => c != null && c !== false));

export function numbers(lang) {
  const bengali = lang === 'bn';
  const num = (n) => (bengali ? String(n).replace(/[0-9]/g, (d) => '০১২৩৪৫৬৭৮৯'[d]) : String(n));
  const fmt = (s, ...args) => args.reduce((out, a, i) => out.replace(`{${i}}`, num(a)), s);
  return { num, fmt };
}

// Automatic reconnect, and the transports negotiated (WebSockets, then server-sent events, then long polling).
export function connect(onStatus) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/live')
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 15000, 30000])
    // The server pings every 30 s (LiveSetup.KeepAlive) and drops a phone silent for 60 s: ping as often, wait twice as long.
    .withKeepAliveInterval(30000)
    .withServerTimeout(60000)
    .build();
  connection.onreconnecting(() => onStatus(T['live.reconnecting']));
  return connection;
}

// The facilitator's control page and the projector: one connection that asks for the session's view with
// `watchMethod` (again after a reconnect, and trying again every 3 s until it connects), hands each view
// to `render`, and says a refused call in the page's language (its reason is the error's last part).
export function staffSession(say, watchMethod, id, render) {
  const connection = connect(say);
  const invoke = async (method, ...args) => {
    try {
      await connection.invoke(method, ...args);
      say('');
    } catch (error) {
      say(T[error.message.split(': ').pop()] || T['live.reconnecting']);
    }
  };
  const watch = () => connection.invoke(watchMethod, id);
  connection.on('Facilitator', render);
  connection.onreconnected(async () => render(await watch()));
  const start = async () => {
    try {
      await connection.start();
      render(await watch());
      say(T['live.connected']);
    } catch {
      say(T['live.reconnecting']);
      setTimeout(start, 3000);
    }
  };
  return { connection, invoke, start };
}

// The room's answers as bars: <progress> needs no inline style, which the CSP forbids.
export function bars(card, reveal, num) {
  const total = Math.max(1, reveal.answers);
  return el('ol', { class: 'bars', type: 'A' }, card.options.map((text, i) =>
    el('li', { class: reveal.correct.includes(i) ? 'is-right' : null },
      el('span', {}, text), ' ',
      el('progress', { max: String(total), value: String(reveal.counts[i]), 'aria-label': text }),
      ' ', el('span', { class: 'count' }, num(reveal.counts[i])))));
}

// The one step that moves the session on from where it is (Start → Reveal → Discuss → the top three → Next → the end), for the primary button and the N key.
export function step(s) {
  const c = s.card;
  const last = c && c.index + 1 >= c.total;
  // The top three come between cards when asked for, never after a sensitive card (the server decides the same).
  const onward = () => (last ? T['staff.finish'] : (s.podiumOn && !c.sensitive ? T['staff.podium'] : T['staff.next']));
  switch (s.phase) {
    case 'lobby': return { command: 'Start', label: T['staff.start'] };
    case 'question': return { command: 'Reveal', label: T['staff.reveal'] };
    case 'reveal': return { command: 'Next', label: c.discussion ? T['staff.discuss'] : onward() };
    case 'discuss': return { command: 'Next', label: onward() };
    case 'podium': return { command: 'Next', label: T['staff.next'] };
    default: return null;
  }
}

// The top three as steps: each shows its place ("=2" when shared), the names on it and their points; a tie too
// large to name within three names says how many share the place instead.
export function podium(places, num, fmt) {
  return el('ol', { class: 'podium' }, places.map((p) => el('li', { class: `place p${p.place}` },
    el('span', { class: 'rank' }, (p.tied > 1 ? '=' : '') + num(p.place)),
    p.names.length ? p.names.map((n) => el('span', { class: 'name' }, n)) : el('span', { class: 'name tied' }, fmt(T['live.podium.tied'], p.tied)),
    el('span', { class: 'score' }, fmt(T['live.points'], p.score)))));
}

// A key pressed on the page itself, not typed into a field or combined with a modifier.
export const shortcut = (e) => !(e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input, textarea, select, [contenteditable], dialog'));
