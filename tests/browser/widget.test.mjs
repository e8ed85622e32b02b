// The widget in a real browser: headless Debian Chromium driven by puppeteer-core, against a running DevServer.
// Started by tests/PainCoach.IntegrationTests/Widget/WidgetBrowserTests.cs (./test.sh), which owns the DevServer
// and passes: PAINCOACH_APP_URL (the DevServer), PAINCOACH_HOST_PAGE_PORT (a free port for a clinic page on
// another origin, listed in PainCoach__Widget__AllowedOrigins), PAINCOACH_SCREENSHOTS (where each state's
// screenshot goes) and PAINCOACH_DOCS_SCREENSHOT (the one the README shows).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launch, waitForState, inWidget, focused, tabTo, axeViolations } from './browser.mjs';

const app = new URL(process.env.PAINCOACH_APP_URL ?? 'http://localhost:7071');
const hostPort = Number(process.env.PAINCOACH_HOST_PAGE_PORT ?? 0);
const shots = process.env.PAINCOACH_SCREENSHOTS ?? path.resolve('artifacts/browser');
const docsShot = process.env.PAINCOACH_DOCS_SCREENSHOT;
const demo = new URL('/api/widget/demo', app).href;

let browser;
let hostServer;
let hostOrigin;

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  browser = await launch();
  if (hostPort) {
    hostServer = await startHostPage(hostPort);
    hostOrigin = `http://127.0.0.1:${hostPort}`;
  }
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (hostServer ? hostServer.close(resolve) : resolve()));
});

/** A clinic's own page on another origin: the tag pasted twice, and a CSP that allows only the app. */
function startHostPage(port) {
  const tag = `<script src="${new URL('/api/widget.js', app).href}" data-topic="back" data-lang="en" async></script>`;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic page</title></head>
<body><main><h1>Back pain</h1><p>Questions about your back? Ask below.</p>${tag}${tag}</main></body></html>`;
  const policy = `default-src 'none'; script-src ${app.origin}; connect-src ${app.origin}; style-src ${app.origin}; `
    + "img-src 'none'; base-uri 'none'; form-action 'none'";
  const server = http.createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy }).end(page);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** A page that fails the test on any script error, and records every request and CSP violation. */
async function openPage(url, { width = 800, height = 900, scale = 1 } = {}) {
  const page = await browser.newPage();
  const record = { errors: [], requests: [], violations: [] };
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('request', (request) => record.requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setViewport({ width, height, deviceScaleFactor: scale });
  await page.bringToFront();
  await page.goto(url);
  await waitForState(page, 'ready');
  page.record = record;
  return page;
}

async function shoot(page, name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

async function assertAccessible(page, state) {
  assert.deepEqual(await axeViolations(page), [], `axe-core found WCAG 2.2 A/AA violations on the demo page (${state})`);
  // 2.5.8: every control of the widget is at least 24 by 24 CSS pixels.
  const small = await inWidget(page, (root) => [...root.querySelectorAll('button, a, input, select, textarea')]
    .filter((e) => e.offsetParent !== null)
    .map((e) => ({ text: (e.textContent || e.value || e.type).trim().slice(0, 30), box: e.getBoundingClientRect() }))
    .filter((e) => e.box.width < 24 || e.box.height < 24)
    .map((e) => `${e.text} ${Math.round(e.box.width)}x${Math.round(e.box.height)}`));
  assert.deepEqual(small, [], `targets under 24x24 px (${state})`);
  // Reflow (1.4.10): nothing wider than the viewport.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px (${state})`);
}

async function ask(page, text) {
  await inWidget(page, (root) => { root.querySelector('input[type=text]').value = ''; });
  const input = await page.$('pierce/input[type=text]');
  await input.focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await waitForState(page, ['answered', 'no-match']);
}

/** Waits until the polite live region says something that matches, and returns it. */
function liveText(page, pattern) {
  return page.waitForFunction(
    (source) => {
      const text = document.querySelector('[data-paincoach-widget]').shadowRoot.querySelector('[role=status]').textContent;
      return new RegExp(source).test(text) && text;
    },
    { timeout: 5000 },
    pattern.source,
  ).then((handle) => handle.jsonValue());
}

test('Ask: an answer with follow-ups, a follow-up, a noMatch, and an emergency alert first', async () => {
  const page = await openPage(demo);
  await shoot(page, '01-ready');
  await assertAccessible(page, 'ready');

  await ask(page, 'how long should i ice my heel');
  const answer = await inWidget(page, (root) => ({
    heading: root.querySelector('.answer h3').textContent,
    text: root.querySelector('.answer p').textContent,
    followUps: [...root.querySelectorAll('.follow button')].map((b) => b.textContent),
    alert: !!root.querySelector('.box'),
  }));
  assert.match(answer.heading, /ice/i);
  assert.match(answer.text, /20 minutes/);
  assert.ok(answer.followUps.length > 0, 'the answer offers follow-up questions as buttons');
  assert.equal(answer.alert, false);
  const focusAfterAnswer = await focused(page);
  assert.equal(focusAfterAnswer.tag, 'input', 'focus stays in the question box when the answer comes (4.1.3)');
  assert.match(await liveText(page, /^Answer: /), /^Answer: /, 'the answer is announced in the polite live region');
  await shoot(page, '02-answer');
  if (docsShot) {
    // Without the blinking caret, so the same page gives the same picture.
    await inWidget(page, (root) => root.activeElement?.blur());
    await page.screenshot({ path: docsShot, fullPage: true });
  }
  await assertAccessible(page, 'answer');

  // Follow the first follow-up by keyboard.
  const followUp = await tabTo(page, (f) => f.inWidget && f.tag === 'button' && f.text === answer.followUps[0], 'the first follow-up');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (before) => document.querySelector('[data-paincoach-widget]').shadowRoot.querySelector('.answer h3')?.textContent !== before
      && document.querySelector('[data-paincoach-widget]').dataset.state === 'answered',
    {},
    answer.heading,
  );
  const after = await focused(page);
  assert.equal(after.tag, 'h3', 'after a follow-up, focus goes to the new answer, not lost with the old button');
  assert.notEqual(after.text, answer.heading);
  assert.ok(followUp.text.length > 0);
  await shoot(page, '03-follow-up');
  await assertAccessible(page, 'follow-up');

  await ask(page, 'what are your opening hours on sunday');
  const noMatch = await inWidget(page, (root) => ({
    state: root.host.dataset.state,
    button: root.querySelector('.nomatch button')?.textContent,
  }));
  assert.equal(noMatch.state, 'no-match');
  assert.equal(noMatch.button, 'Check my symptoms instead');
  await shoot(page, '04-no-match');
  await assertAccessible(page, 'no match');
  await tabTo(page, (f) => f.inWidget && f.text === 'Check my symptoms instead', 'the way to the symptom check');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-paincoach-widget]').shadowRoot.querySelector('[role=tab][aria-selected=true]').textContent === 'Check my symptoms');

  await inWidget(page, (root) => root.querySelector('[role=tab]').click());
  await ask(page, "my back hurts and i can't feel anything when i wipe");
  const alert = await inWidget(page, (root) => {
    const results = root.querySelector('[role=tabpanel]:not([hidden]) > div');
    return { first: results.firstElementChild.className, level: results.querySelector('.level').textContent, links: [...results.querySelectorAll('a')].map((a) => a.getAttribute('href')) };
  });
  assert.equal(alert.first, 'box emergency', 'the alert comes first');
  assert.match(alert.level, /Emergency/, 'the level is written out, not shown by colour alone');
  assert.ok(alert.links.includes('tel:911'), 'the emergency step calls the emergency number');
  assert.match(await liveText(page, /^Important: /), /^Important: Emergency/, 'the alert is announced first');
  await shoot(page, '05-emergency-alert');
  await assertAccessible(page, 'emergency alert');

  await ask(page, 'how long does sciatica last bc honestly i want to die');
  const crisis = await inWidget(page, (root) => {
    const results = root.querySelector('[role=tabpanel]:not([hidden]) > div');
    return { first: results.firstElementChild.className, text: results.firstElementChild.textContent, links: [...results.querySelectorAll('a')].map((a) => a.getAttribute('href')) };
  });
  assert.equal(crisis.first, 'box emergency', 'the crisis line comes first');
  assert.match(crisis.text, /Call or text 988 now/, 'the next step is the crisis line');
  assert.deepEqual(crisis.links.slice(0, 3), ['tel:988', 'sms:988', 'tel:911'], 'one tap to call or text 988, then the emergency number');
  await shoot(page, '05b-crisis-line');
  await assertAccessible(page, 'crisis line');
  assert.deepEqual(page.record.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "no violation of the demo page's own CSP");
  await page.close();
});

/** Walks the symptom check with the keyboard only and returns the result's level. */
async function keyboardCheck(page, { area, duration, selfCare, pain, symptom, age, name }) {
  await tabTo(page, (f) => f.inWidget && f.role === 'tab', 'the widget tabs');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page)).text, 'Check my symptoms');
  await page.waitForFunction(() => document.querySelector('[data-paincoach-widget]').shadowRoot.querySelector('fieldset'));
  await assertAccessible(page, `${name}: step 1`);

  // Step 1: the area (the page's topic is chosen already; arrows move within the group).
  const areaRadio = await tabTo(page, (f) => f.type === 'radio', 'the area choices');
  assert.equal(areaRadio.label, 'Heel or foot');
  if (area === 'back') await page.keyboard.press('ArrowRight');
  await tabTo(page, (f) => f.text === 'Next', 'Next');
  await page.keyboard.press('Enter');
  assert.match((await focused(page)).text, /^Step 2 of 5/, 'focus moves to the next step');

  // Step 2: how long, and whether self-care was tried.
  const first = await tabTo(page, (f) => f.type === 'radio', 'the duration choices');
  assert.equal(first.label, 'Less than 1 week');
  await page.keyboard.press('Space');
  for (let i = 0; i < duration; i++) await page.keyboard.press('ArrowDown');
  await tabTo(page, (f) => f.type === 'radio' && f.label === 'Yes', 'the self-care question');
  await page.keyboard.press(selfCare ? 'Space' : 'ArrowRight');
  await tabTo(page, (f) => f.text === 'Next', 'Next');
  await page.keyboard.press('Enter');

  // Step 3: pain 0-10.
  await tabTo(page, (f) => f.type === 'radio' && f.label === '0', 'the pain scale');
  await page.keyboard.press('Space');
  for (let i = 0; i < pain; i++) await page.keyboard.press('ArrowRight');
  await assertAccessible(page, `${name}: pain step`);
  await tabTo(page, (f) => f.text === 'Next', 'Next');
  await page.keyboard.press('Enter');

  // Step 4: symptoms.
  await tabTo(page, (f) => f.type === 'checkbox' && symptom.test(f.label), `the symptom ${symptom}`);
  await page.keyboard.press('Space');
  await assertAccessible(page, `${name}: symptoms step`);
  await tabTo(page, (f) => f.text === 'Next', 'Next');
  await page.keyboard.press('Enter');

  // Step 5: age, then the result.
  await tabTo(page, (f) => f.tag === 'input' && f.type === 'number', 'the age box');
  if (age) await page.keyboard.type(String(age));
  await tabTo(page, (f) => f.text === 'See my result', 'See my result');
  await page.keyboard.press('Enter');
  await waitForState(page, ['result-emergency', 'result-urgent', 'result-see_clinician', 'result-self_care']);
  const result = await inWidget(page, (root) => ({
    level: root.host.dataset.state.replace('result-', ''),
    levelText: root.querySelector('.result .level').textContent,
    headline: root.querySelector('.result h3').textContent,
    advice: root.querySelectorAll('.result li').length,
    disclaimer: root.querySelector('.disclaimer').textContent,
    step: root.querySelector('.result .box').textContent,
    links: [...root.querySelectorAll('.result a')].map((a) => a.getAttribute('href')),
  }));
  const focus = await focused(page);
  assert.equal(focus.tag, 'h3', 'focus goes to the result headline');
  assert.equal(focus.text, result.headline);
  assert.match(await liveText(page, /^Your result: /), /^Your result: /, 'the result is announced');
  assert.ok(result.disclaimer.length > 20, 'the disclaimer is shown');
  assert.ok(result.advice > 0, 'reasons, conditions or advice are listed');
  return result;
}

test('Check symptoms by keyboard only: a self-care answer', async () => {
  const page = await openPage(demo);
  const result = await keyboardCheck(page, {
    name: 'self-care', area: 'heel', duration: 0, selfCare: false, pain: 3, symptom: /first steps in the morning/, age: 44,
  });
  assert.equal(result.level, 'self_care');
  assert.match(result.levelText, /care for this at home/, 'the level is written out, not shown by colour alone');
  assert.match(result.step, /Riverside Foot and Back Clinic/, "the clinic's own next step");
  assert.ok(result.links.some((href) => href.startsWith('tel:+1')), "the clinic's phone");
  await shoot(page, '06-check-self-care');
  await assertAccessible(page, 'self-care result');
  assert.deepEqual(page.record.errors, []);
  await page.close();
});

test('Check symptoms by keyboard only: an emergency answer', async () => {
  const page = await openPage(demo);
  const result = await keyboardCheck(page, {
    name: 'emergency', area: 'back', duration: 0, selfCare: false, pain: 7, symptom: /lost control of your bladder/, age: 0,
  });
  assert.equal(result.level, 'emergency');
  assert.match(result.levelText, /Emergency/);
  assert.ok(result.links.includes('tel:911'), 'the emergency number is one key press away');
  await shoot(page, '07-check-emergency');
  await assertAccessible(page, 'emergency result');
  await page.close();
});

test('At 320 px wide and at 200% zoom the widget reflows and stays usable', async () => {
  for (const [name, viewport] of [['320px', { width: 320, height: 700 }], ['zoom-200', { width: 640, height: 450, scale: 2 }]]) {
    const page = await openPage(demo, viewport);
    await ask(page, 'what stretches help plantar fasciitis');
    await assertAccessible(page, name);
    await shoot(page, `08-${name}`);
    await page.close();
  }
});

test("A clinic page on another origin with a strict CSP, the tag pasted twice: one widget that works, no cookies, storage or other hosts", { skip: !hostPort && 'PAINCOACH_HOST_PAGE_PORT is not set' }, async () => {
  const page = await openPage(`${hostOrigin}/`);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-paincoach-widget]').length), 1, 'the tag pasted twice renders once');
  const styled = await inWidget(page, (root) => getComputedStyle(root.querySelector('button.primary')).backgroundColor);
  assert.equal(styled, 'rgb(29, 78, 216)', "the widget's CSS applies under the page's CSP");

  await ask(page, 'is it a slipped disc');
  assert.equal(await inWidget(page, (root) => root.host.dataset.state), 'answered', 'a cross-origin GET /api/faq works (CORS)');

  // POST /api/triage needs a preflight: the whole check, by mouse this time.
  await inWidget(page, (root) => root.querySelectorAll('[role=tab]')[1].click());
  await page.waitForFunction(() => document.querySelector('[data-paincoach-widget]').shadowRoot.querySelector('fieldset'));
  for (let step = 0; step < 5; step++) {
    await inWidget(page, (root) => {
      const radio = root.querySelector('[role=tabpanel]:not([hidden]) fieldset input[type=radio]');
      if (radio && !root.querySelector('[role=tabpanel]:not([hidden]) fieldset input:checked')) radio.click();
      root.querySelector('[role=tabpanel]:not([hidden]) button[type=submit]').click();
    });
  }
  await waitForState(page, ['result-self_care', 'result-see_clinician', 'result-urgent', 'result-emergency']);
  await shoot(page, '09-strict-csp-host-page');

  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no Content-Security-Policy violation');
  assert.deepEqual(page.record.errors, []);
  const origins = [...new Set(page.record.requests.map((u) => new URL(u).origin))].sort();
  assert.deepEqual(origins, [app.origin, hostOrigin].sort(), 'requests go only to the page and the app');
  assert.deepEqual(await page.cookies(app.href, hostOrigin), [], 'no cookies');
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0], 'nothing in storage');
  await page.close();
});
