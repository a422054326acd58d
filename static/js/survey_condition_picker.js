/* The survey editor's "Show only if": the question and the choice are picked from lists, not typed. Each
   condition's two code fields (surveys.blocks.PickedCodeBlock) get a select beside them, filled from the form as
   it is being edited: the questions of the sections before the condition's own, with their choices (those the
   author listed, or the kind's own, such as yes / no, from #survey-condition-kinds), unsaved ones included. The
   code fields stay the form's values, hidden; a code that points at nothing stays shown as such, and the server
   still refuses it. */
(() => {
  const QUESTION = 'input[list="survey-condition-questions"]';
  const NOT_FOUND = ' ⚠';

  const field = (form, name) => form.querySelector(`[name="${name}"]`);
  const valueOf = (form, name) => (field(form, name) || {}).value || '';
  const deleted = (form, prefix) => valueOf(form, `${prefix}-deleted`) === '1';

  function sectionsInOrder(form) {
    return [...form.querySelectorAll('input[name^="sections-"][name$="-type"]')]
      .map((input) => input.name.match(/^(sections-\d+)-type$/))
      .filter((match) => match && !deleted(form, match[1]))
      .map((match) => match[1]);
  }

  /* [{section, code, label, choices: [[code, label]]}] of every question with choices, in the form's order. */
  function questions(form) {
    const kinds = JSON.parse(document.getElementById('survey-condition-kinds').textContent);
    const found = [];
    form.querySelectorAll('input[name$="-value-code"]').forEach((input) => {
      const match = input.name.match(/^((sections-\d+)-value-questions-\d+)-value-code$/);
      if (!match || !input.value || deleted(form, match[1]) || deleted(form, match[2])) return;
      const prefix = match[1];
      let choices = kinds[valueOf(form, `${prefix}-type`)];
      if (!choices) {
        choices = [...form.querySelectorAll(`input[name^="${prefix}-value-choices-"][name$="-value-code"]`)]
          .map((choice) => [choice.value, choice.name.replace(/-value-code$/, '')])
          .filter(([code, choicePrefix]) => code && !deleted(form, choicePrefix))
          .map(([code, choicePrefix]) => [code, valueOf(form, `${choicePrefix}-value-label`)]);
      }
      if (choices.length) {
        found.push({ section: match[2], code: input.value, label: valueOf(form, `${prefix}-value-label`), choices });
      }
    });
    return found;
  }

  function fill(select, options, current, emptyLabel) {
    const items = [['', emptyLabel], ...options];
    if (current && !options.some(([code]) => code === current)) items.push([current, current + NOT_FOUND]);
    select.replaceChildren(...items.map(([code, text]) => new Option(text, code, false, code === current)));
  }

  /* The select standing in for a code field: it takes the field's id (so the field's label names it). */
  function pickerFor(input) {
    if (input.dataset.picker) return document.getElementById(input.dataset.picker);
    const select = document.createElement('select');
    select.id = input.id;
    input.id = `${input.id}-code`;
    input.dataset.picker = select.id;
    input.hidden = true;
    input.after(select);
    select.addEventListener('change', () => {
      input.value = select.value;
      const choice = field(input.form, input.name.replace(/-question$/, '-choice'));
      if (choice && choice !== input) choice.value = ''; // another question: its choices differ
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    return select;
  }

  function refresh(form, always) {
    const order = sectionsInOrder(form);
    const all = questions(form);
    form.querySelectorAll(QUESTION).forEach((questionInput) => {
      const prefix = questionInput.name.replace(/-question$/, '');
      const choiceInput = field(form, `${prefix}-choice`);
      if (!choiceInput) return;
      const own = order.indexOf(questionInput.name.match(/^(sections-\d+)/)[1]);
      const earlier = all.filter((question) => order.indexOf(question.section) < own);
      const questionPicker = pickerFor(questionInput);
      const choicePicker = pickerFor(choiceInput);
      fill(questionPicker, earlier.map((q) => [q.code, `${q.code} · ${q.label}`]), questionInput.value, always);
      const chosen = earlier.find((question) => question.code === questionInput.value);
      fill(choicePicker, chosen ? chosen.choices.map(([code, label]) => [code, `${code} · ${label}`]) : [],
        choiceInput.value, '—');
    });
  }

  function watch(form, always) {
    let pending = null;
    const later = () => {
      if (pending === null) pending = requestAnimationFrame(() => { pending = null; refresh(form, always); });
    };
    later();
    // Questions, choices and codes added, removed, moved or retyped: the lists follow (not the pickers' own
    // options, which a refresh rewrites).
    form.addEventListener('input', (event) => { if (!event.target.matches('select')) later(); });
    form.addEventListener('change', later);
    const ours = (node) => node.nodeName === 'SELECT' || node.nodeName === 'OPTION';
    new MutationObserver((records) => {
      if (records.some((r) => !ours(r.target) && ![...r.addedNodes, ...r.removedNodes].every(ours))) later();
    }).observe(form, { childList: true, subtree: true });
  }

  document.addEventListener('DOMContentLoaded', () => {
    const help = document.getElementById('survey-condition-help');
    if (help && help.closest('form')) watch(help.closest('form'), help.dataset.always);
  });
})();
