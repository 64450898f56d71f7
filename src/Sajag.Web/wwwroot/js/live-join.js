// Join a live session by code. The player token the server returns stays on this device only.
const T = JSON.parse(document.getElementById('live-text').textContent);
const form = document.getElementById('join-form');
const error = document.getElementById('join-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const members = form.members.value ? Number(form.members.value) : null;
  try {
    const response = await fetch('/api/live/join', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: form.code.value, nickname: form.nickname.value, members }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      error.textContent = T[body.key] || body.title || T['live.join.code'];
      error.hidden = false;
      return;
    }
    localStorage.setItem('sajag-live', JSON.stringify(body));
    location.href = `/live?lang=${body.language}`;
  } catch {
    error.textContent = T['live.reconnecting'];
    error.hidden = false;
  }
});
