// Measures the live preview's edit-to-browser latency: `mathforml serve` on a scratch copy of the
// course, a headless Chromium on lesson 01, then N edits of a paragraph; each is timed from the
// moment the file is written until the reloaded page's DOM contains the new words. Also times a
// cell edit (the lesson re-executes) and a compile error until the overlay shows it.
//
// A benchmark, not a test: it needs Chromium and playwright-core, which the repository does not
// depend on. Run from the repository root:
//   dotnet build -c Release site/MathForML.Cli
//   (cd /tmp/pw && npm install playwright-core)
//   PLAYWRIGHT_DIR=/tmp/pw node bench/serve-latency.mjs [--runs 10] [--write docs/preview.md]
// With --write, the results replace the section between the serve-latency markers of that file.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '10'));
const writeTo = option('--write', null);
const repo = resolve('.');
const cli = join(repo, 'site/MathForML.Cli/bin/Release/net10.0/mathforml.dll');
if (!existsSync(cli)) throw new Error(`build the CLI first: dotnet build -c Release site/MathForML.Cli (${cli} not found)`);
const require = createRequire(join(resolve(process.env.PLAYWRIGHT_DIR ?? '.'), 'package.json'));
const { chromium } = require('playwright-core');

// A scratch course: the lessons, the snapshots and the caches (so the first build is quick), never the repository's files.
const scratch = mkdtempSync(join(tmpdir(), 'mathforml-serve-latency-'));
cpSync(join(repo, 'input'), join(scratch, 'input'), { recursive: true });
cpSync(join(repo, 'tests/snapshots'), join(scratch, 'tests/snapshots'), { recursive: true });
if (existsSync(join(repo, '.cache'))) cpSync(join(repo, '.cache'), join(scratch, '.cache'), { recursive: true });
for (const file of ['package.json', 'package-lock.json']) cpSync(join(repo, file), join(scratch, file));
if (existsSync(join(repo, 'node_modules'))) symlinkSync(join(repo, 'node_modules'), join(scratch, 'node_modules'));
const lesson = join(scratch, 'input/01_Vectors_and_Matrices.md');
const original = readFileSync(lesson, 'utf8');
const paragraph = 'Open any model and you find vectors and matrices.';
const cellLine = 'var M = Matrix<double>.Build;';
if (!original.includes(paragraph) || !original.includes(cellLine)) throw new Error('lesson 01 changed: update the edited lines in bench/serve-latency.mjs');

const server = spawn('dotnet', [cli, 'serve', '--root', scratch, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
const builds = [];
const waiters = [];
const onOutput = chunk => {
  log += chunk;
  for (const line of String(chunk).split('\n')) {
    if (/ Built in | Build failed in /.test(line)) {
      builds.push(line);
      waiters.splice(0).forEach(w => w());
    }
  }
};
server.stdout.on('data', onOutput);
server.stderr.on('data', onOutput);
const nextBuild = () => new Promise(r => waiters.push(r));

const url = await new Promise((resolveUrl, reject) => {
  const timer = setTimeout(() => reject(new Error('serve did not start:\n' + log)), 120_000);
  const check = () => {
    const m = /Serving (http:\/\/[^ ]+)/.exec(log);
    if (m) { clearTimeout(timer); resolveUrl(m[1]); } else setTimeout(check, 50);
  };
  check();
});
while (builds.length === 0) await nextBuild();
if (!/ Built in /.test(builds[0])) throw new Error('the first build failed:\n' + log);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
await page.goto(url + '01-vectors-and-matrices.html', { waitUntil: 'load' });
await page.waitForTimeout(1000);

// Every document the tab loads watches for the marker the benchmark is waiting for (kept in
// sessionStorage, which survives reloads): the moment the parser inserts it, and the first frame
// after that (a requestAnimationFrame callback runs just before the browser paints a frame).
await page.addInitScript(() => {
  const marker = sessionStorage.getItem('serve-latency-marker');
  if (!marker) return;
  const found = node => (node.nodeType === Node.TEXT_NODE ? node.data : node.textContent || '').includes(marker);
  const observer = new MutationObserver(records => {
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      if (!nodes.some(found)) continue;
      observer.disconnect();
      const inserted = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => {
        sessionStorage.setItem('serve-latency-result', JSON.stringify({ marker, inserted, painted: performance.timeOrigin + performance.now() }));
      });
      return;
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
});

// Writes the file and resolves with the times (ms after the write) at which the new words were
// parsed, painted, and the page's DOMContentLoaded (its scripts ran: charts, search) completed.
async function timeEdit(content, marker) {
  await page.evaluate(m => { sessionStorage.setItem('serve-latency-marker', m); sessionStorage.removeItem('serve-latency-result'); }, marker);
  const start = performance.timeOrigin + performance.now();
  writeFileSync(lesson, content);
  for (;;) {
    await page.waitForTimeout(20);
    let result = null;
    try {
      result = await page.evaluate(m => {
        const r = JSON.parse(sessionStorage.getItem('serve-latency-result') || 'null');
        const n = performance.getEntriesByType('navigation')[0];
        return r && r.marker === m && n.domContentLoadedEventEnd > 0 ? { ...r, loaded: performance.timeOrigin + n.domContentLoadedEventEnd } : null;
      }, marker);
    } catch {
      continue; // the page is reloading
    }
    if (result) return { parsed: result.inserted - start, painted: result.painted - start, loaded: result.loaded - start };
  }
}

const prose = [];
for (let i = 0; i < runs; i++) {
  const marker = `Edit ${i} ${Math.random().toString(36).slice(2, 8)}.`;
  prose.push(await timeEdit(original.replace(paragraph, `${paragraph} ${marker}`), marker));
  await page.waitForTimeout(700);
}

const cell = [];
for (let i = 0; i < 3; i++) {
  const marker = `cell-edit-${i}-${Math.random().toString(36).slice(2, 8)}`;
  cell.push(await timeEdit(original.replace(cellLine, `${cellLine} Console.WriteLine("${marker}");`), marker));
  await page.waitForTimeout(700);
}

// The overlay is drawn by the script without a reload: poll for it.
const overlay = [];
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  writeFileSync(lesson, original.replace(cellLine, `${cellLine} int broken${i} = "x";`));
  await page.waitForFunction(() => {
    const host = document.querySelector('mathforml-preview');
    const panel = host && host.shadowRoot.querySelector('.overlay');
    return panel !== null && panel.style.display === 'block' && panel.textContent.includes('CS0029');
  }, null, { polling: 10, timeout: 120_000 });
  overlay.push(performance.now() - start);
  const cleared = performance.now();
  writeFileSync(lesson, original);
  await page.waitForFunction(() => {
    const host = document.querySelector('mathforml-preview');
    const panel = host && host.shadowRoot.querySelector('.overlay');
    return panel === null || panel.style.display !== 'block';
  }, null, { polling: 10, timeout: 120_000 });
  overlay.push(-(performance.now() - cleared)); // negative: time to clear, kept apart below
  await page.waitForTimeout(700);
}

await browser.close();
server.kill('SIGINT');
await new Promise(r => server.on('exit', r));
rmSync(scratch, { recursive: true, force: true });

const ms = x => `${Math.round(x)} ms`;
const stats = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)], max: s[s.length - 1], all: xs };
};
const painted = stats(prose.map(r => r.painted));
const parsed = stats(prose.map(r => r.parsed));
const loaded = stats(prose.map(r => r.loaded));
const cellPainted = stats(cell.map(r => r.painted));
const show = stats(overlay.filter(x => x > 0));
const clear = stats(overlay.filter(x => x < 0).map(x => -x));
const machine = `${cpus().length} cores (${cpus()[0]?.model?.trim() ?? 'unknown CPU'}), Node ${process.version}, headless Chromium`;
const list = xs => xs.map(Math.round).join(', ');
const report = [
  '<!-- serve-latency:start (written by bench/serve-latency.mjs) -->',
  `Measured on ${new Date().toISOString().slice(0, 10)}, ${machine}, with the Release CLI; lesson 01 of the course (${original.split('\n').length} lines of Markdown).`,
  '',
  '| edit | timed from the file write until | runs | median | max | target |',
  '|---|---|---|---|---|---|',
  `| a paragraph of lesson 01 | the reloaded page paints the new words | ${prose.length} | **${ms(painted.median)}** | ${ms(painted.max)} | ≤ 1 s |`,
  `| a paragraph of lesson 01 | the parser inserted the new words | ${prose.length} | ${ms(parsed.median)} | ${ms(parsed.max)} | |`,
  `| a paragraph of lesson 01 | DOMContentLoaded (the page's scripts ran: charts, search) | ${prose.length} | ${ms(loaded.median)} | ${ms(loaded.max)} | |`,
  `| one cell of lesson 01 (the lesson re-executes) | the reloaded page paints the cell's new output | ${cell.length} | ${ms(cellPainted.median)} | ${ms(cellPainted.max)} | |`,
  `| a compile error in a cell | the overlay lists the error | ${show.all.length} | ${ms(show.median)} | ${ms(show.max)} | |`,
  `| the error fixed | the overlay is gone | ${clear.all.length} | ${ms(clear.median)} | ${ms(clear.max)} | |`,
  '',
  `All runs (ms): paragraph painted ${list(painted.all)}; cell painted ${list(cellPainted.all)}; overlay shown ${list(show.all)}; overlay cleared ${list(clear.all)}.`,
  '<!-- serve-latency:end -->',
].join('\n');
console.log(report);

if (writeTo) {
  const text = readFileSync(writeTo, 'utf8');
  const updated = text.replace(/<!-- serve-latency:start[\s\S]*?<!-- serve-latency:end -->/, report);
  if (updated === text && !text.includes(report)) throw new Error(`no serve-latency markers in ${writeTo}`);
  writeFileSync(writeTo, updated);
  console.log(`Updated ${writeTo}`);
}
