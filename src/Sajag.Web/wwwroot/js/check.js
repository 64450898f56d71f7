// Check a chat: refuse a file over the limit before it is uploaded (the server refuses it too); and, on the first form,
// ask "which one is you?" without the chat ever coming back from the server: the chat is sent to /api/check, which
// answers with the participants when it cannot tell; the young person chooses, and the same form (the file still in its
// field, the text still in its box) is sent again with the name, for the server to show the result.
for (const form of document.querySelectorAll('.check-form')) {
  const input = form.querySelector('#file');
  const message = form.querySelector('#file-error');
  const max = Number(form.dataset.maxBytes);
  const tooLarge = () => input.files.length > 0 && input.files[0].size > max;
  input.addEventListener('change', () => {
    message.hidden = !tooLarge();
    message.textContent = tooLarge() ? form.dataset.tooLarge : '';
  });
  let asked = false;
  form.addEventListener('submit', async (event) => {
    if (tooLarge()) {
      event.preventDefault();
      message.hidden = false;
      message.textContent = form.dataset.tooLarge;
      input.focus();
      return;
    }

    // After "which one is you?", the form's one button sends the chat with the name chosen (the browser asks for a choice first).
    const picked = form.querySelector('fieldset.who-choice input[name=who]:checked');
    if (picked) {
      form.querySelector('input[type=text][name=me]').value = picked.value;
    }

    const me = form.querySelector('[name=me]:checked, input[type=text][name=me]');
    if (!form.classList.contains('ask') || asked || (me && me.value.trim() !== '')) {
      return; // the server checks it and shows the result (or explains what was wrong)
    }

    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    let answer = null;
    try {
      const response = await fetch('/api/check', { method: 'POST', body: new FormData(form), headers: { Accept: 'application/problem+json' } });
      if (response.status === 422) {
        answer = await response.json();
      }
    } catch {
      answer = null; // offline or refused: let the server say so on the page
    } finally {
      button.disabled = false;
    }

    asked = true;
    if (!answer || !Array.isArray(answer.participants) || answer.participants.length < 2) {
      form.requestSubmit(button);
      return;
    }

    choose(form, answer.participants, button);
  });
}

/**
 * Shows the participants as choices inside the form, and the form's button becomes "Check as this person": one action, which
 * sends the form again with the name chosen in the "me" field.
 */
function choose(form, people, button) {
  form.querySelector('fieldset.who-choice')?.remove();
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'who-choice';
  const legend = document.createElement('legend');
  legend.textContent = form.dataset.who;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = form.dataset.whoHint;
  fieldset.append(legend, hint);
  people.forEach((person, i) => {
    const row = document.createElement('div');
    row.className = 'choice';
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'who';
    radio.id = `who-${i}`;
    radio.value = person;
    radio.required = true;
    const label = document.createElement('label');
    label.htmlFor = radio.id;
    label.textContent = person;
    row.append(radio, label);
    fieldset.append(row);
  });
  button.textContent = form.dataset.whoSubmit;
  button.before(fieldset);
  fieldset.querySelector('input[name=who]').focus();
}
