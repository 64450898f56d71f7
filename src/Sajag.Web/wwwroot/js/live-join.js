// Join a live session by code. The player token the server returns stays on this device only.
const T = JSON.parse(document.getElementById('live-text').textContent);
const form = document.getElementById('join-form');
const error = document.getElementById('join-error');
// Which field a refusal is about: its message is said beside that field, which is marked and focused.
const FIELDS = {
  'live.join.code': 'code',
  'live.join.locked': 'code',
  'live.join.projector': 'code',
  'live.join.members': 'members',
  'live.name.length': 'nickname',
  'live.name.personal': 'nickname',
  'live.name.real': 'nickname',
  'live.name.abuse': 'nickname',
};

// Already in a game on this phone (back after a quick exit, or a tab closed): offer the way back to it.
const saved = JSON.parse(localStorage.getItem('sajag-live') || 'null');
if (saved && saved.token) {
  document.getElementById('resume-text').textContent = T['live.join.resume'].replace('{0}', saved.nickname);
  document.getElementById('resume-link').href = `/live?lang=${encodeURIComponent(saved.language || 'bn')}`;
  document.getElementById('resume').hidden = false;
}

function clear() {
  error.hidden = true;
  for (const name of new Set(Object.values(FIELDS))) {
    const input = form.elements[name];
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', (input.getAttribute('aria-describedby') || '').replace(`${name}-error`, '').trim());
    document.getElementById(`${name}-error`).hidden = true;
  }
}

function refuse(key, text) {
  const name = FIELDS[key];
  if (!name) {
    error.textContent = text;
    error.hidden = false;
    return;
  }
  const input = form.elements[name];
  const beside = document.getElementById(`${name}-error`);
  beside.textContent = text;
  beside.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${name}-error`.trim());
  input.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clear();
  const members = form.members.value ? Number(form.members.value) : null;
  try {
    const response = await fetch('/api/live/join', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: form.code.value, nickname: form.nickname.value, members }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      refuse(body.key || 'live.join.code', T[body.key] || body.title || T['live.join.code']);
      return;
    }
    localStorage.setItem('sajag-live', JSON.stringify(body));
    location.href = `/live?lang=${body.language}`;
  } catch {
    refuse(null, T['live.reconnecting']);
  }
});
