#!/usr/bin/env node
// Screenshots of the home page and lesson 01 at phone (390 px) and desktop (1280 px) width, light
// and dark, and of lesson 05's first explorable chart (moved one step by keyboard) and first checked
// exercise (answered wrong, then right), from the built output/ over a loopback server, with
// Debian's chromium. For looking at the site as a reader would; written to docs/screenshots/.
//
//   node bench/screenshots.mjs [--out DIR]
import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'output');
const at = process.argv.indexOf('--out');
const OUT = at > 0 ? process.argv[at + 1] : join(ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const lesson = readdirSync(OUTPUT).find((f) => f.startsWith('01-') && f.endsWith('.html'));
const lesson05 = readdirSync(OUTPUT).find((f) => f.startsWith('05-') && f.endsWith('.html'));
const server = await serve(OUTPUT);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
mkdirSync(OUT, { recursive: true });

for (const [name, page] of [['home', ''], ['lesson01', lesson]]) {
  for (const [device, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      await tab.goto(server.url + page, { waitUntil: 'networkidle' });
      await tab.evaluate(() => document.fonts.ready);
      await tab.screenshot({ path: join(OUT, `${name}-${device}-${scheme}.png`) });
      if (name === 'lesson01') {
        // Further down: the first chart, drawn, with the cells around it.
        const plot = tab.locator('.chart-plot').first();
        await plot.scrollIntoViewIfNeeded();
        await tab.waitForFunction((el) => el.getAttribute('data-chart-state') === 'done', await plot.elementHandle(), { timeout: 60_000 });
        await tab.evaluate(() => window.scrollBy(0, -120));
        await tab.screenshot({ path: join(OUT, `${name}-chart-${device}-${scheme}.png`) });
      }
      await context.close();
    }
  }
}
// Lesson 05: an explorable chart after one step of its slider, and a checked exercise's feedback.
for (const [device, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    await tab.goto(server.url + lesson05, { waitUntil: 'networkidle' });
    // Scrolling straight to an element in a section that has never been laid out (content-visibility)
    // aims at a stale position; a reader scrolls past the sections before it, which lays them out.
    await tab.addStyleTag({ content: '.content-body > .section { content-visibility: visible; }' });
    const figure = tab.locator('figure.chart:has(.chart-explore)').first();
    const plot = figure.locator('.chart-plot');
    await figure.scrollIntoViewIfNeeded();
    await tab.waitForFunction((el) => el.getAttribute('data-chart-state') === 'done', await plot.elementHandle(), { timeout: 60_000 });
    await figure.locator('.explore-slider').focus();
    await tab.keyboard.press('ArrowRight');
    await tab.waitForFunction((el) => el.getAttribute('data-chart-state') === 'done', await plot.elementHandle());
    await figure.screenshot({ path: join(OUT, `lesson05-explorable-${device}-${scheme}.png`) });

    const form = tab.locator('form.exercise-check').first();
    const input = form.locator('input.answer-input');
    await form.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await input.fill('2');
    await input.press('Enter');
    await tab.screenshot({ path: join(OUT, `lesson05-exercise-wrong-${device}-${scheme}.png`) });
    await input.fill('8/5');
    await input.press('Enter');
    await form.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await tab.screenshot({ path: join(OUT, `lesson05-exercise-right-${device}-${scheme}.png`) });
    await context.close();
  }
}
await browser.close();
await server.close();
console.log('Screenshots in ' + OUT);
