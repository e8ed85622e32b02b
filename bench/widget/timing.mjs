// The widget's figures in headless Chromium against a running app: widget.js gzipped as served, page load to the
// widget ready, and Enter to the answer shown, each the median of RUNS (default 20). bench/widget-timing.sh starts
// Azurite and a DevServer for it; against your own: PAINCOACH_APP_URL=http://localhost:7071 node bench/widget/timing.mjs
import http from 'node:http';
import { launch, median, waitForState } from '../../tests/browser/browser.mjs';

const app = new URL(process.env.PAINCOACH_APP_URL ?? 'http://localhost:7071');
const runs = Number(process.env.RUNS ?? 20);
const demo = new URL('/api/widget/demo', app).href;
const questions = ['how long should i ice my heel', 'what is plantar fasciitis', 'can a slipped disc cause heel pain',
  'what shoes help heel pain', 'should i use heat or ice for back pain'];

function servedBytes(path, headers) {
  return new Promise((resolve, reject) => {
    http.get(new URL(path, app), { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => { bytes += chunk.length; });
      response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'identity' }));
    }).on('error', reject);
  });
}

// Records when the widget reaches a state, in the page's own clock (ms since navigation start).
function recordStates() {
  window.__states = {};
  new MutationObserver(() => {
    const host = document.querySelector('[data-paincoach-widget]');
    if (host && host.dataset.state && !(host.dataset.state in window.__states)) window.__states[host.dataset.state] = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

const gzipped = await servedBytes('/api/widget.js', { 'Accept-Encoding': 'gzip' });
const plain = await servedBytes('/api/widget.js', {});
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(recordStates);

  // Warm-up (the server's first FAQ answer loads its model), not counted.
  await page.goto(demo);
  await waitForState(page, 'ready');

  const ready = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(demo);
    await waitForState(page, 'ready');
    ready.push(await page.evaluate(() => window.__states.ready));
  }

  const answer = [];
  const input = await page.$('pierce/input[type=text]');
  for (let i = 0; i <= runs; i++) {
    await page.evaluate(() => {
      const root = document.querySelector('[data-paincoach-widget]').shadowRoot;
      root.querySelector('input[type=text]').value = '';
      window.__states = {};
      window.__enterAt = undefined;
      if (!window.__listening) {
        window.__listening = true;
        root.querySelector('input[type=text]').addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__enterAt = performance.now(); });
      }
    });
    await input.type(questions[i % questions.length]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__states.answered || window.__states['no-match']);
    // The first is a warm-up too.
    if (i > 0) answer.push(await page.evaluate(() => (window.__states.answered ?? window.__states['no-match']) - window.__enterAt));
  }

  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(`widget.js: ${gzipped.bytes} bytes ${gzipped.encoding} (${(gzipped.bytes / 1024).toFixed(1)} KiB), ${plain.bytes} bytes uncompressed`);
  console.log(`page load to widget ready (cache off, median of ${runs}): ${ms(median(ready))} (min ${ms(Math.min(...ready))}, max ${ms(Math.max(...ready))})`);
  console.log(`Enter to answer shown (median of ${runs}): ${ms(median(answer))} (min ${ms(Math.min(...answer))}, max ${ms(Math.max(...answer))})`);
} finally {
  await browser.close();
}
