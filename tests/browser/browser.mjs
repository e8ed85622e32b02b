// Shared by the widget's browser tests and its timing run: the system Chromium driven by puppeteer-core, and the
// few things every page check needs (the widget's shadow root, the deep focus, axe-core).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);

/** The Debian browser (never a downloaded one); PAINCOACH_CHROMIUM names another binary. */
export function chromiumPath() {
  const candidates = [process.env.PAINCOACH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error('Chromium is not installed. Install it with: sudo apt-get update && sudo apt-get install -y chromium '
      + '(or set PAINCOACH_CHROMIUM to a Chromium or Chrome binary).');
  }
  return found;
}

export async function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'],
  });
}

export const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The widget's state (data-state on its host element): ready, asking, answered, no-match, result-<level>, ... */
export function waitForState(page, state, timeout = 15000) {
  return page.waitForFunction(
    (s) => {
      const hosts = document.querySelectorAll('[data-paincoach-widget]');
      return hosts.length === 1 && (s instanceof Array ? s.includes(hosts[0].dataset.state) : hosts[0].dataset.state === s);
    },
    { timeout },
    state,
  );
}

/** Runs fn inside the page with the widget's shadow root as its first argument (no eval: works under a strict CSP). */
export async function inWidget(page, fn, ...args) {
  const root = await page.evaluateHandle(() => document.querySelector('[data-paincoach-widget]').shadowRoot);
  try {
    return await page.evaluate(fn, root, ...args);
  } finally {
    await root.dispose();
  }
}

/** What has keyboard focus, looking into shadow roots: tag, text, role, type, label text. */
export function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    const label = element.closest('label');
    const box = element.getBoundingClientRect();
    return {
      // 2.4.11: the focused control is on screen, not under anything or scrolled away.
      visible: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth
        && (() => {
          const hit = element.getRootNode().elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
          return !!hit && (hit === element || element.contains(hit) || hit.contains(element));
        })(),
      tag: element.tagName.toLowerCase(),
      text: (element.textContent || '').trim(),
      role: element.getAttribute('role'),
      type: element.getAttribute('type'),
      checked: element.checked === true,
      label: label ? label.textContent.trim() : null,
      inWidget: !!element.getRootNode().host,
    };
  });
}

/** Presses Tab (at most max times) until the focused element matches; fails with what was passed over. */
export async function tabTo(page, matches, what, max = 80) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && matches(now)) {
      if (!now.visible) throw new Error(`Focus on ${what} is hidden or off screen (2.4.11)`);
      return now;
    }
    seen.push(now ? `${now.tag}:${(now.label || now.text).slice(0, 30)}` : 'body');
  }
  throw new Error(`Tab never reached ${what}; passed ${seen.join(' | ')}`);
}

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, shadow DOM included. */
export async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) {
    // Evaluated through the DevTools protocol, so the page's own Content-Security-Policy does not apply to it.
    await page.evaluate(axeSource);
  }
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
