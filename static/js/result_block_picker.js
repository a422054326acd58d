/* A results block's question, column question, area and survey language are picked from lists of what the
   chosen survey round offers (results/block_options.py), fetched when a round is chosen or changed. The code
   fields stay the form's values, hidden; a value the round does not offer stays shown as such, and the server
   refuses it when the page is saved. Without this script the codes are typed, and checked the same way. */
(() => {
  const script = document.currentScript;
  const fetched = new Map();

  function optionsOf(surveyId) {
    const url = script.dataset.optionsUrl.replace(/0\/$/, `${surveyId}/`);
    if (!fetched.has(url)) {
      fetched.set(url, fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null)
        .then((options) => {
          if (options === null) fetched.delete(url); // asked again at the next change, not given up for good
          return options;
        }));
    }
    return fetched.get(url);
  }

  /* [[value, label] or [group label, [[value, label]]]] as options, optgroups for groups. */
  function build(items, current) {
    return items.map(([value, label]) => {
      if (!Array.isArray(label)) return new Option(label, value, false, value === current);
      const group = document.createElement('optgroup');
      group.label = value;
      group.append(...build(label, current));
      return group;
    });
  }

  const offered = (items, value) => items.some(([code, label]) => (Array.isArray(label) ? offered(label, value) : code === value));

  function fill(select, items, current, empty) {
    const all = [['', empty], ...items];
    if (current && !offered(items, current)) all.push([current, `${current} (${script.dataset.notInRound})`]);
    select.replaceChildren(...build(all, current));
  }

  /* The select standing in for a code field: it takes the field's id (so the field's label names it), and what
     Wagtail says of the field to assistive technology (its help text, an error, that it is required). */
  function pickerFor(input) {
    if (input.dataset.picker) {
      const select = document.getElementById(input.dataset.picker);
      describe(select, input);
      return select;
    }
    const select = document.createElement('select');
    describe(select, input);
    select.id = input.id;
    input.id = `${input.id}-typed`;
    input.dataset.picker = select.id;
    input.hidden = true;
    input.after(select);
    select.addEventListener('change', () => {
      input.value = select.value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    return select;
  }

  function describe(select, input) {
    for (const name of ['aria-describedby', 'aria-invalid', 'required']) {
      if (input.hasAttribute(name)) select.setAttribute(name, input.getAttribute(name));
      else select.removeAttribute(name);
    }
  }

  async function refresh(form) {
    const texts = script.dataset;
    for (const input of form.querySelectorAll('input[data-result-pick]')) {
      const kind = input.dataset.resultPick;
      const survey = form.querySelector(`[name="${input.name.slice(0, -kind.length)}survey"]`);
      const surveyId = survey ? survey.value : '';
      const select = pickerFor(input);
      if (select.dataset.survey === surveyId && select.options.length) continue;
      select.dataset.survey = surveyId;
      const empty = { question: texts.choose, column_question: texts.none }[kind] || texts.all;
      if (!surveyId) {
        fill(select, [], input.value, texts.chooseRound);
        continue;
      }
      const options = await optionsOf(surveyId);
      if (select.dataset.survey === surveyId) fill(select, options ? options[kind] : [], input.value, empty);
    }
  }

  function watch(form) {
    let pending = null;
    const later = () => {
      if (pending === null) pending = requestAnimationFrame(() => { pending = null; refresh(form); });
    };
    later();
    // Blocks added, removed or moved, and a round chosen (the chooser rewrites its own markup).
    form.addEventListener('change', later);
    const ours = (node) => node.nodeName === 'SELECT' || node.nodeName === 'OPTION' || node.nodeName === 'OPTGROUP';
    new MutationObserver((records) => {
      if (records.some((r) => !ours(r.target) && ![...r.addedNodes, ...r.removedNodes].every(ours))) later();
    }).observe(form, { childList: true, subtree: true, attributes: true, attributeFilter: ['value'] });
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.querySelector('form[data-edit-form], form#page-edit-form');
    if (form) watch(form);
  });
})();
