// Before you post, with JavaScript: the same check as the form, through POST /api/post-check, marked in place.
// The draft is sent only to this server's check, which keeps nothing.
const form = document.getElementById('post-form');
const result = document.getElementById('post-result');
const text = result.dataset;
const kinds = JSON.parse(text.kinds);

function el(name, content, className) {
  const node = document.createElement(name);
  if (content !== undefined) node.textContent = content;
  if (className) node.className = className;
  return node;
}

function show(...nodes) {
  const title = el('h2', text.title);
  title.id = 'post-result-title';
  result.replaceChildren(title, ...nodes);
  result.focus();
}

// Bengali digits for a Bangla reader, as the server writes them.
function number(n) {
  return text.lang === 'bn' ? String(n).replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[d]) : String(n);
}

function marked(draft, findings) {
  const box = el('div', undefined, 'marked');
  let at = 0;
  findings.forEach((f, i) => {
    box.append(draft.slice(at, f.start));
    const mark = el('mark', draft.slice(f.start, f.start + f.length));
    mark.dataset.kind = f.kind;
    mark.append(el('sup', number(i + 1)));
    box.append(mark);
    at = f.start + f.length;
  });
  box.append(draft.slice(at));
  return box;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const draft = form.elements.Draft.value;
  if (!draft.trim()) {
    show(Object.assign(el('p', text.empty, 'error'), { role: 'alert' }));
    return;
  }
  let report;
  try {
    const response = await fetch('/api/post-check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: draft }),
      cache: 'no-store',
    });
    if (response.status === 400) {
      const problem = await response.json();
      show(Object.assign(el('p', problem.errors?.text?.[0] ?? text.failed, 'error'), { role: 'alert' }));
      return;
    }
    if (!response.ok) throw new Error(String(response.status));
    report = await response.json();
  } catch {
    show(Object.assign(el('p', text.failed, 'error'), { role: 'alert' }));
    return;
  }

  const findings = report.findings;
  if (findings.length === 0) {
    show(el('p', text.none), el('p', text.reminder, 'reminder'));
    return;
  }
  const list = el('ol', undefined, 'findings');
  for (const f of findings) {
    const item = el('li');
    item.dataset.kind = f.kind;
    item.append(el('strong', kinds[f.kind] ?? f.kind), ': ', el('q', f.text), el('br'), el('span', f.why, 'why'));
    list.append(item);
  }
  show(el('p', text.found), marked(draft, findings), list, el('p', text.reminder, 'reminder'));
});
