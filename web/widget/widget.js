/*
 * PainCoach widget: questions about heel and back pain, and a symptom check, for a clinic's web site.
 * Embedded with one tag:
 *   <script src="https://<app>/api/widget.js" data-topic="heel" data-lang="en" async></script>
 * Hand-written, no framework, no build step. Everything renders in a Shadow DOM, so the page's CSS and ours never
 * meet. It sets no cookies, keeps nothing in storage, and calls only the app it was loaded from.
 * The app writes the clinic's settings over the placeholder below when it serves this file.
 */
(function () {
  'use strict';

  var SETTINGS = /*@settings*/null;

  // Every word a person sees, in one table per language (data-lang picks one; English when it is missing).
  var STRINGS = {
    en: {
      title: 'Heel and back pain help',
      intro: 'Ask a question, or check your symptoms to see what to do next.',
      tabsLabel: 'Ways to get help',
      tabAsk: 'Ask a question',
      tabCheck: 'Check my symptoms',
      askLabel: 'Your question',
      askHint: 'For example: How long should I ice my heel?',
      askButton: 'Ask',
      askEmpty: 'Type a question first.',
      asking: 'Looking for an answer...',
      answerFound: 'Answer: ',
      related: 'Related questions',
      noMatchTitle: 'We do not have an answer to that yet',
      toCheck: 'Check my symptoms instead',
      failed: 'Sorry, something went wrong. Please try again in a moment.',
      important: 'Important: ',
      stepOf: 'Step {n} of {total}',
      back: 'Back',
      next: 'Next',
      seeResult: 'See my result',
      loadingQuestions: 'Loading the questions...',
      areaQuestion: 'Where is your pain?',
      areas: { heel: 'Heel or foot', back: 'Back', both: 'Both heel and back' },
      durationQuestion: 'How long have you had this pain?',
      durations: [[3, 'Less than 1 week'], [10, '1 to 2 weeks'], [17, '2 to 3 weeks'], [30, '3 to 6 weeks'], [60, '6 to 12 weeks'], [120, 'More than 3 months']],
      selfCareQuestion: 'Have you tried rest, ice or stretching at home?',
      yes: 'Yes',
      no: 'No',
      painQuestion: 'How bad is your pain right now?',
      painHint: '0 means no pain. 10 means the worst pain you can imagine.',
      symptomsQuestion: 'Do you have any of these?',
      symptomsHint: 'Choose all that apply. Leave them all blank if none apply.',
      ageQuestion: 'How old are you?',
      ageHint: 'You can leave this blank.',
      ageLabel: 'Age in years',
      pickOne: 'Please choose one answer.',
      ageInvalid: 'Enter an age from 0 to 120, or leave it blank.',
      checking: 'Checking your answers...',
      resultAnnounce: 'Your result: ',
      levels: {
        emergency: 'Emergency: get help now',
        urgent: 'Urgent: get care today',
        see_clinician: 'See a doctor soon',
        self_care: 'You can care for this at home'
      },
      levelMarks: { emergency: '!!', urgent: '!', see_clinician: 'i', self_care: '\u2713' },
      why: 'Why we say this',
      conditions: 'What it might be',
      advice: 'What you can do',
      again: 'Start again',
      yourClinic: 'your clinic',
      nextStep: 'Your next step',
      steps: {
        emergency: 'Call {emergency} now, or go to the nearest emergency room.',
        urgent: 'Get care today. Call {clinic}, or go to urgent care.',
        see_clinician: 'Book a visit with {clinic} in the next few days.',
        self_care: 'Try the steps below. If you are not better in 2 weeks, book a visit with {clinic}.',
        crisis: 'Call or text 988 now to talk with someone. If anyone is in danger, call {emergency}.'
      },
      callCrisis: 'Call 988',
      textCrisis: 'Text 988',
      callEmergency: 'Call {emergency}',
      callClinic: 'Call {clinic} at {phone}',
      book: 'Book a visit online',
      newTab: '(opens in a new tab)',
      smsOffer: 'Get reminders to ice and stretch by text: text {keyword} to {number}.',
      smsTerms: 'Msg&data rates may apply. Text HELP for help, STOP to stop.',
      smsLink: 'Text {keyword} to {number}'
    }
  };

  var script = document.currentScript || document.querySelector('script[src*="/widget.js"]');
  // The tag pasted twice (or a script loaded twice) renders one widget.
  if (!script || document.querySelector('[data-paincoach-widget]')) {
    return;
  }

  var settings = SETTINGS || { clinic: { name: null, phone: null, bookingUrl: null, emergencyNumber: '911' }, sms: null };
  var lang = STRINGS[(script.getAttribute('data-lang') || 'en').toLowerCase()] ? (script.getAttribute('data-lang') || 'en').toLowerCase() : 'en';
  var T = STRINGS[lang];
  var topic = ({ heel: 'heel', back: 'back', both: 'both' })[(script.getAttribute('data-topic') || '').toLowerCase()] || 'both';
  var apiBase = script.src.replace(/\/widget\.js(\?.*)?$/, '');

  var CSS = [
    ':host{all:initial;display:block;contain:content;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b}',
    '*{box-sizing:border-box}',
    '.pc{max-width:40rem;border:1px solid #6b6b6b;border-radius:.5rem;background:#fff;padding:1rem;overflow-wrap:anywhere}',
    'h2{font-size:1.25rem;margin:0 0 .25rem}h3{font-size:1.125rem;margin:.75rem 0 .25rem}h4{font-size:1rem;margin:.75rem 0 .25rem}',
    'p{margin:.25rem 0 .5rem}ul{margin:.25rem 0 .5rem;padding-left:1.25rem}li{margin:.25rem 0}',
    '[role=tablist]{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0}',
    'button,.link{font:inherit;min-height:2.75rem;min-width:2.75rem;padding:.5rem 1rem;border-radius:.375rem;border:2px solid #1d4ed8;background:#fff;color:#1d4ed8;cursor:pointer;text-align:left}',
    '.primary{background:#1d4ed8;color:#fff}',
    '[role=tab][aria-selected=true]{background:#1d4ed8;color:#fff}',
    '.link{display:inline-flex;align-items:center;text-decoration:underline;margin:.25rem .5rem .25rem 0}',
    'a{color:#1d4ed8}',
    ':focus-visible{outline:3px solid #b45309;outline-offset:2px}',
    '[tabindex="-1"]:focus{outline:none}',
    '.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:stretch}',
    '.row input{flex:1 1 12rem}',
    'label{display:block;font-weight:600}',
    'input[type=text],input[type=number]{font:inherit;min-height:2.75rem;padding:.5rem;border:2px solid #6b6b6b;border-radius:.375rem;width:100%;max-width:100%}',
    '.hint{color:#4a4a4a;font-size:.9375rem}',
    '.error{color:#a4111a;font-weight:600}',
    'fieldset{border:0;margin:0;padding:0;min-width:0}',
    'legend{font-weight:700;font-size:1.0625rem;padding:0;margin-bottom:.25rem}',
    '.choice{display:flex;align-items:center;gap:.5rem;min-height:2.75rem;padding:.25rem .5rem;border:1px solid #c4c4c4;border-radius:.375rem;margin:.25rem 0;font-weight:400;cursor:pointer}',
    '.choice input{width:1.5rem;height:1.5rem;margin:0;flex:none}',
    '.scale{display:flex;flex-wrap:wrap;gap:.25rem}.scale .choice{min-width:3.25rem;justify-content:center}',
    '.follow{list-style:none;padding:0}',
    '.nav{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}',
    '.box{border:2px solid #6b6b6b;border-left-width:.5rem;border-radius:.375rem;padding:.5rem .75rem;margin:.75rem 0}',
    '.emergency{border-color:#a4111a;background:#fdecec}.urgent{border-color:#b45309;background:#fff4e5}',
    '.see_clinician{border-color:#1d4ed8;background:#eef3ff}.self_care{border-color:#166534;background:#edf7ee}',
    '.level{display:flex;align-items:center;gap:.5rem;font-weight:700;font-size:1.125rem;margin:0}',
    '.mark{display:inline-flex;align-items:center;justify-content:center;min-width:1.75rem;height:1.75rem;border-radius:50%;border:2px solid currentColor;font-size:.875rem}',
    '.disclaimer,.sms{font-size:.9375rem;color:#4a4a4a;border-top:1px solid #c4c4c4;padding-top:.5rem;margin-top:.75rem}',
    '.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
    '[hidden]{display:none!important}'
  ].join('');

  var uid = 0;

  // Builds an element: el('p', {class: 'hint'}, 'text', child, ...). Text always goes in as text, never as HTML.
  function el(tag, attrs) {
    var node = document.createElement(tag);
    for (var name in attrs || {}) {
      if (attrs[name] === null || attrs[name] === undefined || attrs[name] === false) continue;
      if (name.slice(0, 2) === 'on') node.addEventListener(name.slice(2), attrs[name]);
      else node.setAttribute(name, attrs[name] === true ? '' : attrs[name]);
    }
    append(node, Array.prototype.slice.call(arguments, 2));
    return node;
  }

  // Children may be text, nodes, nothing (null, false) or arrays of these.
  function append(node, children) {
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      if (Array.isArray(child)) append(node, child);
      else node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
  }

  function id(prefix) {
    uid += 1;
    return 'pc-' + prefix + '-' + uid;
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_, key) { return values[key] === undefined ? '' : values[key]; });
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function api(path, body) {
    var init = { credentials: 'omit', headers: { Accept: 'application/json' } };
    if (body) {
      init.method = 'POST';
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(apiBase + path, init).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  var clinicValues = {
    clinic: (settings.clinic && settings.clinic.name) || T.yourClinic,
    emergency: (settings.clinic && settings.clinic.emergencyNumber) || '911',
    phone: settings.clinic && settings.clinic.phone ? settings.clinic.phone.display : ''
  };

  // The host element goes right after the tag; everything else lives in its shadow root.
  var host = el('div', { 'data-paincoach-widget': '' });
  script.parentNode.insertBefore(host, script.nextSibling);
  var root = host.attachShadow({ mode: 'open' });
  if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    // A constructed sheet is not an inline <style>, so a host page's strict style-src does not block it.
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.appendChild(el('style', null, CSS));
  }

  var live = el('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
  var pending = 0;
  function announce(text) {
    // Cleared first, so the same words said twice are still announced; a newer message replaces one not yet said.
    clearTimeout(pending);
    live.textContent = '';
    pending = setTimeout(function () { live.textContent = text; }, 50);
  }

  // The clinic's next step for a level: the text, then links to call, book or text. A crisis alert (words of self-harm;
  // the FAQ's message names the 988 line) leads with the line, one tap to call or text it, then the emergency number.
  function nextStep(level, crisis) {
    var box = el('div', null, el('p', null, fill(T.steps[crisis ? 'crisis' : level], clinicValues)));
    var links = el('p');
    if (crisis) {
      links.appendChild(el('a', { class: 'link', href: 'tel:988' }, T.callCrisis));
      links.appendChild(el('a', { class: 'link', href: 'sms:988' }, T.textCrisis));
    }
    if (level === 'emergency') {
      links.appendChild(el('a', { class: 'link', href: 'tel:' + clinicValues.emergency }, fill(T.callEmergency, clinicValues)));
    } else {
      if (settings.clinic && settings.clinic.phone) {
        links.appendChild(el('a', { class: 'link', href: 'tel:' + settings.clinic.phone.tel }, fill(T.callClinic, clinicValues)));
      }
      if (settings.clinic && settings.clinic.bookingUrl && level !== 'urgent') {
        links.appendChild(el('a', { class: 'link', href: settings.clinic.bookingUrl, target: '_blank', rel: 'noopener noreferrer' },
          T.book, el('span', { class: 'sr' }, ' ' + T.newTab)));
      }
    }
    if (links.firstChild) box.appendChild(links);
    return box;
  }

  function smsOffer() {
    if (!settings.sms) return null;
    var values = { keyword: settings.sms.join[topic] || settings.sms.join.both, number: settings.sms.number.display };
    return el('div', { class: 'sms' },
      el('p', null, fill(T.smsOffer, values)),
      el('p', null, el('a', { class: 'link', href: 'sms:' + settings.sms.number.tel + '?&body=' + encodeURIComponent(values.keyword) }, fill(T.smsLink, values))),
      el('p', null, T.smsTerms));
  }

  function levelBox(level, extra) {
    var box = el('div', { class: 'box ' + level },
      el('p', { class: 'level' }, el('span', { class: 'mark', 'aria-hidden': 'true' }, T.levelMarks[level]), T.levels[level]));
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) box.appendChild(arguments[i]);
    return box;
  }

  // ---- The frame: title, two tabs, two panels, the live region.
  var askTab = el('button', { type: 'button', role: 'tab', id: id('tab'), 'aria-selected': 'true' }, T.tabAsk);
  var checkTab = el('button', { type: 'button', role: 'tab', id: id('tab'), 'aria-selected': 'false', tabindex: '-1' }, T.tabCheck);
  var askPanel = el('div', { role: 'tabpanel', id: id('panel'), 'aria-labelledby': askTab.id });
  var checkPanel = el('div', { role: 'tabpanel', id: id('panel'), 'aria-labelledby': checkTab.id, hidden: true });
  askTab.setAttribute('aria-controls', askPanel.id);
  checkTab.setAttribute('aria-controls', checkPanel.id);
  var tabs = [askTab, checkTab];
  var titleId = id('title');

  function select(tab, focus) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      t.setAttribute('tabindex', on ? '0' : '-1');
      root.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    });
    if (focus) tab.focus();
    if (tab === checkTab) startCheck();
  }

  tabs.forEach(function (tab, index) {
    tab.addEventListener('click', function () { select(tab, false); });
    tab.addEventListener('keydown', function (event) {
      var to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      select(tabs[(to + tabs.length) % tabs.length], true);
    });
  });

  root.appendChild(el('section', { class: 'pc', lang: lang, 'aria-labelledby': titleId },
    el('h2', { id: titleId }, T.title),
    el('p', null, T.intro),
    el('div', { role: 'tablist', 'aria-label': T.tabsLabel }, askTab, checkTab),
    askPanel, checkPanel, smsOffer(), live));

  // ---- Ask: a question box; the answer with its follow-ups as buttons; no match leads to the symptom check.
  var askInput = el('input', { type: 'text', id: id('q'), maxlength: '500', autocomplete: 'off', enterkeyhint: 'send' });
  var askHint = el('p', { class: 'hint', id: id('hint') }, T.askHint);
  var askError = el('p', { class: 'error', id: id('err'), hidden: true }, T.askEmpty);
  askInput.setAttribute('aria-describedby', askHint.id);
  var results = el('div', { 'aria-busy': 'false' });
  var askForm = el('form', { novalidate: true, onsubmit: function (event) { event.preventDefault(); ask(askInput.value, false); } },
    el('label', { for: askInput.id }, T.askLabel), askHint,
    el('div', { class: 'row' }, askInput, el('button', { type: 'submit', class: 'primary' }, T.askButton)),
    askError);
  askPanel.appendChild(askForm);
  askPanel.appendChild(results);

  var askCount = 0;
  function ask(text, fromFollowUp) {
    var question = text.trim();
    if (!question) {
      askError.hidden = false;
      askInput.setAttribute('aria-invalid', 'true');
      askInput.setAttribute('aria-describedby', askHint.id + ' ' + askError.id);
      askInput.focus();
      return;
    }
    askError.hidden = true;
    askInput.removeAttribute('aria-invalid');
    askInput.setAttribute('aria-describedby', askHint.id);
    var mine = ++askCount;
    results.setAttribute('aria-busy', 'true');
    host.setAttribute('data-state', 'asking');
    announce(T.asking);
    var query = '/faq?top=1&q=' + encodeURIComponent(question.slice(0, 500)) + (topic === 'both' ? '' : '&topic=' + topic);
    api(query).then(function (answer) {
      if (mine === askCount) showAnswer(answer, fromFollowUp);
    }, function () {
      if (mine !== askCount) return;
      clear(results);
      results.appendChild(el('p', { class: 'error' }, T.failed));
      results.setAttribute('aria-busy', 'false');
      host.setAttribute('data-state', 'failed');
      announce(T.failed);
    });
  }

  function showAnswer(result, fromFollowUp) {
    clear(results);
    var said = [];
    // A red flag in the question comes first, whatever else was found.
    if (result.alert) {
      results.appendChild(levelBox(result.alert.level, el('p', null, result.alert.message), nextStep(result.alert.level, /\b988\b/.test(result.alert.message))));
      said.push(T.important + T.levels[result.alert.level] + '. ' + result.alert.message);
    }
    var heading = null;
    if (result.noMatch || !result.answers.length) {
      heading = el('h3', { tabindex: '-1' }, T.noMatchTitle);
      results.appendChild(el('div', { class: 'nomatch' }, heading,
        result.message ? el('p', null, result.message) : null,
        el('button', { type: 'button', class: 'primary', onclick: function () { select(checkTab, true); } }, T.toCheck)));
      said.push(T.noMatchTitle + '. ' + (result.message || ''));
    } else {
      var top = result.answers[0];
      heading = el('h3', { tabindex: '-1' }, top.question);
      var article = el('article', { class: 'answer' }, heading);
      top.answer.split(/\n+/).forEach(function (part) { if (part.trim()) article.appendChild(el('p', null, part.trim())); });
      if (top.followUps && top.followUps.length) {
        var list = el('ul', { class: 'follow' });
        top.followUps.forEach(function (followUp) {
          list.appendChild(el('li', null, el('button', { type: 'button', onclick: function () {
            askInput.value = followUp.question;
            ask(followUp.question, true);
          } }, followUp.question)));
        });
        article.appendChild(el('h4', null, T.related));
        article.appendChild(list);
      }
      results.appendChild(article);
      said.push(T.answerFound + top.question + '. ' + top.answer);
    }
    results.setAttribute('aria-busy', 'false');
    host.setAttribute('data-state', result.noMatch ? 'no-match' : 'answered');
    // A follow-up button is gone with the old answer: focus goes to the new answer rather than being lost.
    if (fromFollowUp && heading) heading.focus();
    announce(said.join(' '));
  }

  // ---- Check symptoms: one step at a time, built from the app's own list of questions.
  var questions = null;
  var check = null;

  function startCheck() {
    if (check || questions === 'loading') return;
    clear(checkPanel);
    checkPanel.appendChild(el('p', null, T.loadingQuestions));
    questions = 'loading';
    api('/triage/questions').then(function (vocabulary) {
      questions = vocabulary;
      newCheck(false);
    }, function () {
      questions = null;
      clear(checkPanel);
      checkPanel.appendChild(el('p', { class: 'error' }, T.failed));
      announce(T.failed);
    });
  }

  function newCheck(focus) {
    check = { step: 0, area: questions.areas.indexOf(topic) >= 0 ? topic : null, days: null, selfCare: null, pain: null, symptoms: {}, age: '' };
    renderStep(focus);
  }

  function radios(name, options, current, onPick) {
    return options.map(function (option) {
      var input = el('input', { type: 'radio', name: name, value: String(option[0]) });
      input.checked = current !== null && String(current) === String(option[0]);
      input.addEventListener('change', function () { onPick(option[0]); });
      return el('label', { class: 'choice' }, input, option[1]);
    });
  }

  var STEPS = [
    function area(name) {
      return { legend: T.areaQuestion, body: radios(name, questions.areas.map(function (a) { return [a, T.areas[a] || a]; }), check.area, function (v) { check.area = v; }), valid: function () { return check.area !== null; } };
    },
    function duration(name) {
      var scope = el('div', null,
        el('div', null, radios(name, T.durations, check.days, function (v) { check.days = v; })),
        el('fieldset', null, el('legend', null, T.selfCareQuestion),
          el('div', { class: 'scale' }, radios(name + '-self', [[true, T.yes], [false, T.no]], check.selfCare, function (v) { check.selfCare = v; }))));
      return { legend: T.durationQuestion, body: [scope], valid: function () { return check.days !== null; } };
    },
    function pain(name) {
      var scale = [];
      for (var n = 0; n <= 10; n++) scale.push([n, String(n)]);
      return { legend: T.painQuestion, hint: T.painHint, body: [el('div', { class: 'scale' }, radios(name, scale, check.pain, function (v) { check.pain = v; }))], valid: function () { return true; } };
    },
    function symptoms() {
      var shown = questions.questions.filter(function (q) { return check.area === 'both' || q.area === 'both' || q.area === check.area; });
      return {
        legend: T.symptomsQuestion, hint: T.symptomsHint,
        body: shown.map(function (q) {
          var box = el('input', { type: 'checkbox', value: q.id });
          box.checked = !!check.symptoms[q.id];
          box.addEventListener('change', function () { check.symptoms[q.id] = box.checked; });
          return el('label', { class: 'choice' }, box, q.question);
        }),
        valid: function () { return true; }
      };
    },
    function age() {
      var input = el('input', { type: 'number', id: id('age'), min: '0', max: '120', inputmode: 'numeric', autocomplete: 'off' });
      input.value = check.age;
      input.addEventListener('input', function () { check.age = input.value; });
      return {
        legend: T.ageQuestion, hint: T.ageHint, body: [el('label', { for: input.id }, T.ageLabel), input],
        valid: function () { return check.age === '' || (/^\d{1,3}$/.test(check.age) && +check.age <= 120); },
        invalid: T.ageInvalid
      };
    }
  ];

  function renderStep(focus) {
    clear(checkPanel);
    var name = id('step');
    var step = STEPS[check.step](name);
    var headingId = id('h');
    var heading = el('h3', { id: headingId, tabindex: '-1' }, fill(T.stepOf, { n: check.step + 1, total: STEPS.length }));
    var hint = step.hint ? el('p', { class: 'hint', id: id('hint') }, step.hint) : null;
    var error = el('p', { class: 'error', id: id('err'), hidden: true }, step.invalid || T.pickOne);
    var fieldset = el('fieldset', { 'aria-describedby': hint ? hint.id : null }, el('legend', null, step.legend), hint);
    append(fieldset, step.body);
    var last = check.step === STEPS.length - 1;
    var form = el('form', { novalidate: true, 'aria-labelledby': headingId, onsubmit: function (event) {
      event.preventDefault();
      if (!step.valid()) {
        error.hidden = false;
        fieldset.setAttribute('aria-describedby', (hint ? hint.id + ' ' : '') + error.id);
        var first = fieldset.querySelector('input');
        if (first) first.focus();
        announce(step.invalid || T.pickOne);
        return;
      }
      if (last) { submitCheck(); return; }
      check.step += 1;
      renderStep(true);
    } }, heading, fieldset, error,
      el('div', { class: 'nav' },
        check.step > 0 ? el('button', { type: 'button', onclick: function () { check.step -= 1; renderStep(true); } }, T.back) : null,
        el('button', { type: 'submit', class: 'primary' }, last ? T.seeResult : T.next)));
    checkPanel.appendChild(form);
    // The step that was just left is gone: focus goes to the new step's heading, which names where we are.
    if (focus) heading.focus();
  }

  function submitCheck() {
    var chosen = Object.keys(check.symptoms).filter(function (k) { return check.symptoms[k]; });
    var body = { area: check.area, durationDays: check.days, symptoms: chosen };
    if (check.selfCare !== null) body.selfCareTried = check.selfCare;
    if (check.pain !== null) body.painScore = check.pain;
    if (check.age !== '') body.age = +check.age;
    announce(T.checking);
    host.setAttribute('data-state', 'checking');
    api('/triage', body).then(showResult, function () {
      announce(T.failed);
      host.setAttribute('data-state', 'failed');
      checkPanel.appendChild(el('p', { class: 'error' }, T.failed));
    });
  }

  function list(items, render) {
    var ul = el('ul');
    items.forEach(function (item) { ul.appendChild(render(item)); });
    return ul;
  }

  function showResult(result) {
    clear(checkPanel);
    var heading = el('h3', { tabindex: '-1' }, result.headline);
    checkPanel.appendChild(el('div', { class: 'result' },
      levelBox(result.level, heading, el('h4', null, T.nextStep), nextStep(result.level)),
      result.reasons.length ? el('div', null, el('h4', null, T.why), list(result.reasons, function (r) { return el('li', null, r.text); })) : null,
      result.possibleConditions.length ? el('div', null, el('h4', null, T.conditions), list(result.possibleConditions, function (c) {
        return el('li', null, el('strong', null, c.name), ': ' + c.why);
      })) : null,
      result.advice.length ? el('div', null, el('h4', null, T.advice), list(result.advice, function (a) { return el('li', null, a); })) : null,
      el('p', { class: 'disclaimer' }, result.disclaimer),
      el('button', { type: 'button', onclick: function () { newCheck(true); } }, T.again)));
    host.setAttribute('data-state', 'result-' + result.level);
    // The form is gone: focus goes to the result's headline, and the level is announced.
    heading.focus();
    announce(T.resultAnnounce + T.levels[result.level] + '. ' + result.headline);
  }

  host.setAttribute('data-state', 'ready');
}());
