// Check a chat: refuse a file over the limit before it is uploaded (the server refuses it too).
const form = document.querySelector('.check-form');
if (form) {
  const input = form.querySelector('#file');
  const message = form.querySelector('#file-error');
  const max = Number(form.dataset.maxBytes);
  const tooLarge = () => input.files.length > 0 && input.files[0].size > max;
  input.addEventListener('change', () => {
    message.hidden = !tooLarge();
    message.textContent = tooLarge() ? form.dataset.tooLarge : '';
  });
  form.addEventListener('submit', (event) => {
    if (tooLarge()) {
      event.preventDefault();
      message.hidden = false;
      message.textContent = form.dataset.tooLarge;
      input.focus();
    }
  });
}
