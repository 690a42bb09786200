#!/usr/bin/env node
// Measures the built site against the reader's budgets and writes docs/quality.md:
//   - bytes transferred to open each page (brotli, as a host serves it; fonts aside), and whether
//     plotly.js was fetched before any scrolling;
//   - axe-core violations on every page, light and dark, after every chart has been drawn;
//   - Lighthouse (mobile preset, simulated throttling) on the home page and every lesson and project
//     page, light and dark, the median of 3 runs each, plus a synthetic lesson twice as long as the
//     longest (its content twice, the copy's ids renamed), so that a growing lesson is measured
//     before it exists. The worst page is reported first.
// It drives Debian's chromium (never a downloaded browser) and serves the site on 127.0.0.1 only.
//
//   node bench/quality.mjs            # build the course (Release), then measure
//   node bench/quality.mjs --no-build # measure the existing output/
//   --runs=N (3)  --schemes=light (light,dark)  Lighthouse runs per page and colour schemes
import { chromium } from 'playwright-core';
import { execFile, execFileSync } from 'node:child_process';
import { brotliCompressSync } from 'node:zlib';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'output');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const BUDGET = { pageKB: 150, performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
const COMMAND = 'node bench/quality.mjs';

if (!process.argv.includes('--no-build')) {
  console.log('Building the course…');
  execFileSync('dotnet', ['run', '--project', 'site/MathForML.Cli', '-c', 'Release', '--', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(option('runs', '3'));
const SCHEMES = option('schemes', 'light,dark').split(',');
const SYNTHETIC = 'synthetic-2x.html';
// Elements a browser with JavaScript builds while parsing: what <noscript> and <script> hold is text.
const elementsOf = (html) => (html.replace(/<(noscript|script)\b[\s\S]*?<\/\1>/g, '').match(/<[a-zA-Z]/g) || []).length;
const isLesson = (page) => /^(\d\d-|project-)/.test(page);

// The synthetic lesson: the longest lesson page with its content body twice (ids in the copy
// prefixed, so links and labels stay unique). Written into output/ for the run, removed after.
function writeSynthetic() {
  const [, html] = readdirSync(OUTPUT).filter(isLesson).map((f) => [f, readFileSync(join(OUTPUT, f), 'utf8')])
    .sort((a, b) => b[1].length - a[1].length)[0];
  const open = html.indexOf('>', html.indexOf('<div class="content-body">')) + 1;
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = open;
  let depth = 1, end = open, m;
  while ((m = tags.exec(html))) { if (m[0] !== '</div>') depth++; else if (--depth === 0) { end = m.index; break; } }
  const copy = html.slice(open, end).replace(/\bid="/g, 'id="x2-').replace(/href="#/g, 'href="#x2-')
    .replace(/(aria-(?:labelledby|describedby|controls)|for)="/g, '$1="x2-');
  writeFileSync(join(OUTPUT, SYNTHETIC), html.slice(0, end) + copy + html.slice(end));
}
writeSynthetic();
process.on('exit', () => rmSync(join(OUTPUT, SYNTHETIC), { force: true }));

const pages = readdirSync(OUTPUT).filter((f) => f.endsWith('.html') && f !== SYNTHETIC).sort();
const chartsIn = (page) => (readFileSync(join(OUTPUT, page), 'utf8').match(/class="chart-plot"/g) || []).length;
const explorablesIn = (page) => (readFileSync(join(OUTPUT, page), 'utf8').match(/class="chart-explore"/g) || []).length;
// Each chart's figure and frames are a script of their own (charts/KEY.js), loaded when the chart nears
// the viewport: what the page's charts weigh, not part of opening it.
const chartDataKbOf = (page) => [...new Set([...readFileSync(join(OUTPUT, page), 'utf8').matchAll(/data-figure-src="([^"]+)"/g)].map((m) => m[1]))]
  .reduce((s, file) => s + statSync(join(OUTPUT, file)).size, 0) / 1024;
const server = await serve(OUTPUT);
const urlOf = (page) => server.url + (page === 'index.html' ? '' : page);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

// ---------------------------------------------------------------- transferred bytes

async function weigh(page) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const pending = [];
  const rows = [];
  tab.on('requestfinished', (request) => pending.push((async () => {
    if (request.url().startsWith('data:')) return;
    const sizes = await request.sizes();
    rows.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  })()));
  await tab.goto(urlOf(page), { waitUntil: 'networkidle', timeout: 180_000 }); // print.html is 8 MB
  await Promise.all(pending);
  await context.close();
  const fonts = rows.filter((r) => r.type === 'font').reduce((s, r) => s + r.bytes, 0);
  const total = rows.filter((r) => r.type !== 'font').reduce((s, r) => s + r.bytes, 0);
  return { page, charts: chartsIn(page), explorables: explorablesIn(page), chartDataKb: chartDataKbOf(page), requests: rows.length, kb: total / 1024, fontsKb: fonts / 1024, plotly: rows.some((r) => r.url.includes('plotly')) };
}

// ---------------------------------------------------------------- axe

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

async function axe(page, scheme) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  const tab = await context.newPage();
  await tab.goto(urlOf(page), { waitUntil: 'networkidle', timeout: 180_000 }); // print.html is 8 MB
  // Open every collapsed section (a chart's data table is built then), and draw every chart, those
  // inside a section too (they render near the viewport), so axe sees what a reader can reach.
  await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  for (const plot of await tab.locator('.chart-plot[data-figure]').all()) { // print.html's charts are images
    // The page's own scrollIntoView: the protocol's scroll-into-view misplaces elements in sections
    // that content-visibility has not laid out yet.
    await plot.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await tab.waitForFunction((el) => el.getAttribute('data-chart-state') === 'done', await plot.elementHandle(), { timeout: 60_000 });
  }
  await tab.addScriptTag({ content: AXE });
  const result = await tab.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  await context.close();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

// ---------------------------------------------------------------- Lighthouse

// Asynchronous on purpose: the site's server runs in this process and must answer Lighthouse.
async function lighthouse(page, cpuMultiplier, scheme = 'light') {
  const dir = mkdtempSync(join(tmpdir(), 'mathforml-lh-'));
  const out = join(dir, 'report.json');
  try {
    await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'lighthouse'), [
      urlOf(page), '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      ...(cpuMultiplier ? [`--throttling.cpuSlowdownMultiplier=${cpuMultiplier.toFixed(2)}`] : []),
      // Blink's preferred colour scheme: 0 is dark, 1 light.
      `--chrome-flags=${[...CHROMIUM_ARGS, `--blink-settings=preferredColorScheme=${scheme === 'dark' ? 0 : 1}`].join(' ')}`,
    ], { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const scores = Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} (${a.displayValue || Math.round(a.score * 100)})`);
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => `${report.audits[id].title}: ${report.audits[id].displayValue}`);
    const numeric = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
      .map((id) => [id, report.audits[id].numericValue]));
    return { page, scheme, scores, failing, metrics, numeric, version: report.lighthouseVersion, benchmarkIndex: report.environment.benchmarkIndex, multiplier: report.configSettings.throttling.cpuSlowdownMultiplier };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- run

const weights = [];
for (const page of pages) weights.push(await weigh(page));
console.table(weights.map((w) => ({ ...w, kb: w.kb.toFixed(1), fontsKb: w.fontsKb.toFixed(1) })));

const axeResults = [];
for (const page of pages) {
  for (const scheme of ['light', 'dark']) {
    const violations = await axe(page, scheme);
    axeResults.push({ page, scheme, violations });
    console.log(`axe ${page} ${scheme}: ${violations.length ? JSON.stringify(violations) : 'no violations'}`);
  }
}
await browser.close();

// Every lesson page and the synthetic one, each scheme, the median of RUNS runs of the mobile preset.
const audited = [];
for (const page of ['index.html', ...pages.filter(isLesson), SYNTHETIC]) {
  for (const scheme of SCHEMES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(page, null, scheme));
    runs.sort((x, y) => x.scores.performance - y.scores.performance);
    const median = runs[Math.floor(runs.length / 2)];
    audited.push({ ...median, runs });
    console.log(`Lighthouse ${page} ${scheme}: performance ${runs.map((r) => r.scores.performance).join(' ')}; median TBT ${Math.round(median.numeric['total-blocking-time'])} ms`, median.failing.join(', '));
  }
}
await server.close();

// ---------------------------------------------------------------- report

const lessonsWithoutCharts = weights.filter((w) => /^\d\d-/.test(w.page) && w.charts === 0);
const ok = (pass) => (pass ? 'yes' : '**no**');
const md = [];
md.push('# Quality: page weight, accessibility, Lighthouse', '');
md.push(`Measured with \`${COMMAND}\` on ${new Date().toISOString().slice(0, 10)} (Lighthouse ${audited[0].version}, axe-core ${JSON.parse(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'package.json'), 'utf8')).version}, ${execFileSync(CHROMIUM, ['--version']).toString().trim()}).`);
// Lighthouse's mobile preset slows the CPU 4x and assumes a host with a benchmark index of 1000 or
// more; below that it warns that the slowdown makes a slower device than it means (and its own
// calculator would pick about 2x). The host's index says how to read the scores.
const indices = audited.flatMap((a) => a.runs.map((r) => r.benchmarkIndex)).filter(Number.isFinite).sort((x, y) => x - y);
const index = indices.length ? Math.round(indices[Math.floor(indices.length / 2)]) : null;
if (index !== null) {
  md.push(`This host's Lighthouse benchmark index: ${index} (median of ${indices.length} runs, ${Math.round(indices[0])}–${Math.round(indices[indices.length - 1])}). `
    + (index < 1000
      ? '**Below 1000, where Lighthouse warns that its 4× CPU slowdown emulates a slower device than intended: performance and TBT here are harsher than the preset means.**'
      : 'At or above Lighthouse\'s 1000, its 4× CPU slowdown is what the preset means, or gentler.'), '');
}
md.push('The script builds the course, serves `output/` on 127.0.0.1 with brotli and the cache headers of `netlify.toml`, and drives Debian\'s chromium. Re-run it after changing the theme or the page layout.', '');
md.push('How the math markup was chosen (KaTeX, MathML alone, Temml, MathJax 4), with screenshots: [math-markup.md](math-markup.md).', '');
md.push('## Budgets', '');
md.push('| budget | measured | met |', '|---|---|---|');
const heaviest = lessonsWithoutCharts.sort((a, b) => b.kb - a.kb)[0];
if (heaviest) md.push(`| lesson page without charts ≤ ${BUDGET.pageKB} KB transferred, fonts aside | ${heaviest.kb.toFixed(1)} KB (${heaviest.page}, the heaviest) | ${ok(heaviest.kb <= BUDGET.pageKB)} |`);
md.push(`| plotly.js only on pages with charts, only near a chart | fetched on opening: ${weights.filter((w) => w.plotly).map((w) => w.page).join(', ') || 'no page'} | ${ok(!weights.some((w) => w.plotly))} |`);
const worst = (key, better) => [...audited].sort((x, y) => better(x, y, key))[0];
const lowest = (x, y, key) => x.scores[key] - y.scores[key];
for (const [key, label] of [['performance', 'performance'], ['accessibility', 'accessibility'], ['best-practices', 'best practices'], ['seo', 'SEO']]) {
  const need = BUDGET[key];
  const w = worst(key, lowest);
  md.push(`| Lighthouse ${label} ${need === 100 ? '= 100' : '≥ ' + need}, every lesson page and the synthetic 2× lesson (median of ${RUNS}, ${SCHEMES.join(' and ')}) | worst ${w.scores[key]} (${w.page}, ${w.scheme}) | ${ok(w.scores[key] >= need)} |`);
}
const slowest = [...audited].sort((x, y) => y.numeric['total-blocking-time'] - x.numeric['total-blocking-time'])[0];
md.push(`| Total Blocking Time ≤ 200 ms, every lesson page and the synthetic lesson | worst ${Math.round(slowest.numeric['total-blocking-time'])} ms (${slowest.page}, ${slowest.scheme}) | ${ok(slowest.numeric['total-blocking-time'] <= 200)} |`);
const violationsTotal = axeResults.reduce((s, r) => s + r.violations.length, 0);
md.push(`| axe-core: no violations on any page, light and dark | ${violationsTotal} violations on ${axeResults.length} page/theme runs | ${ok(violationsTotal === 0)} |`, '');

const missed = audited.filter((a) => a.scores.performance < BUDGET.performance).filter((a, i, all) => all.findIndex((b) => b.page === a.page) === i);
if (missed.length) {
  md.push('## Where a budget is missed', '');
  for (const a of missed) {
    const html = readFileSync(join(OUTPUT, a.page), 'utf8');
    const elements = elementsOf(html);
    const formulas = (html.match(/<math\b/g) || []).length;
    const brotliKb = (text) => brotliCompressSync(Buffer.from(text)).length / 1024;
    md.push(`- **${a.page}**, performance ${a.scores.performance}: the page is ${(html.length / 1024).toFixed(0)} KB of HTML `
      + `(${brotliKb(html).toFixed(0)} KB compressed), ${elements} elements, `
      + `${formulas} formulas (MathML). What blocks the main thread is parsing `
      + 'and laying out that document, not scripts: plotly.js is not fetched before a chart nears the viewport, and site.js works in small tasks. '
      + `Its charts' figures and frames (${chartDataKbOf(a.page).toFixed(0)} KB) are not in it: each loads when its chart nears the viewport.`);
  }
  md.push('');
}

md.push('## Page weight (opening the page, before any scrolling)', '');
md.push("Each chart's figure, and an explorable chart's every frame, is a script of its own (`charts/KEY.js`, uncompressed size in the last column) that loads with plotly.js when the chart nears the viewport: not part of opening the page, and the slider then moves with no further request, offline too.", '');
md.push('| page | charts | explorable | requests | transferred (KB, fonts aside) | fonts (KB) | plotly.js fetched | chart data, loaded near each chart (KB, uncompressed) |', '|---|---:|---:|---:|---:|---:|---|---:|');
for (const w of weights) md.push(`| ${w.page} | ${w.charts} | ${w.explorables} | ${w.requests} | ${w.kb.toFixed(1)} | ${w.fontsKb.toFixed(1)} | ${w.plotly ? 'yes' : 'no'} | ${w.chartDataKb.toFixed(1)} |`);
md.push('');

md.push('## Lighthouse (mobile preset, simulated throttling), every lesson page', '');
md.push(`Each row is the median of ${RUNS} runs of Lighthouse's mobile preset (4x CPU slowdown, slow 4G), as served by \`bench/serve.mjs\`; worst performance first. `
  + `${SYNTHETIC} is the longest lesson page with its content twice.`, '');
md.push('| page | scheme | performance (runs) | FCP | LCP | TBT | CLS | raw HTML (KB) | elements | formulas |', '|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const a of [...audited].sort((x, y) => x.scores.performance - y.scores.performance || y.numeric['total-blocking-time'] - x.numeric['total-blocking-time'])) {
  const html = readFileSync(join(OUTPUT, a.page), 'utf8');
  const n = a.numeric;
  md.push(`| ${a.page} | ${a.scheme} | ${a.scores.performance} (${a.runs.map((r) => r.scores.performance).join(', ')}) | ${(n['first-contentful-paint'] / 1000).toFixed(1)} s | ${(n['largest-contentful-paint'] / 1000).toFixed(1)} s | ${Math.round(n['total-blocking-time'])} ms | ${n['cumulative-layout-shift'].toFixed(3)} | ${(Buffer.byteLength(html) / 1024).toFixed(0)} | ${elementsOf(html)} | ${(html.match(/<math\b/g) || []).length} |`);
}
md.push('');

md.push('## axe-core (every page, light and dark, charts drawn and collapsed sections open)', '');
md.push('| page | light | dark |', '|---|---|---|');
for (const page of pages) {
  const cell = (scheme) => {
    const v = axeResults.find((r) => r.page === page && r.scheme === scheme).violations;
    return v.length ? v.map((x) => `${x.id} (${x.nodes}: ${x.targets.join('; ')})`).join('<br>') : 'no violations';
  };
  md.push(`| ${page} | ${cell('light')} | ${cell('dark')} |`);
}
md.push('');
writeFileSync(join(ROOT, 'docs', 'quality.md'), md.join('\n'));
console.log('Wrote docs/quality.md');
