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
  for (const child of children.flat()) if (child != null) node.append(child);
  return node;
};

export const fill = (node, ...children) => node.replaceChildren(...children.flat().filter((c) => c != null));

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
    .build();
  connection.onreconnecting(() => onStatus(T['live.reconnecting']));
  return connection;
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
