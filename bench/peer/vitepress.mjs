#!/usr/bin/env node
// The peer in docs/benchmarks.md: the same course built by VitePress 1.6.4 with build-time MathJax
// (markdown-it-mathjax3) and local search, the closest common static-site generator for a math
// course. VitePress runs no code, so the C# cells are shown as plain code blocks.
//
// Usage: node bench/peer/vitepress.mjs [--root REPO] [--runs 3] [--scratch DIR]
// Prints progress to stderr and one JSON line to stdout: the runs, their median and what was built.
//
// Everything happens in a scratch folder under /tmp (its own package.json and node_modules):
// VitePress is never installed into the project, whose package.json and lockfile stay untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const VITEPRESS = '1.6.4';
const MATHJAX = '4';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = resolve(option('--root', join(dirname(fileURLToPath(import.meta.url)), '..', '..')));
const runs = Number.parseInt(option('--runs', '3'), 10);
if (!(runs >= 1)) throw new Error(`--runs needs a whole number from 1, not ${option('--runs', '')}`);
const scratch = resolve(option('--scratch', join(tmpdir(), 'mathforml-peer-vitepress')));
const log = (text) => process.stderr.write(text + '\n');

function run(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

// 1. VitePress in the scratch folder; installed once, reused by later runs of this script.
mkdirSync(scratch, { recursive: true });
const installed = join(scratch, 'node_modules', 'vitepress', 'package.json');
if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== VITEPRESS) {
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'mathforml-peer-vitepress', private: true, type: 'module' }, null, 2) + '\n');
  log(`npm install vitepress@${VITEPRESS} markdown-it-mathjax3@${MATHJAX} in ${scratch}`);
  run('npm', ['install', '--no-audit', '--no-fund', `vitepress@${VITEPRESS}`, `markdown-it-mathjax3@${MATHJAX}`], scratch);
}

// 2. The course as a VitePress docs folder.
const input = join(root, 'input');
const docs = join(scratch, 'docs');
rmSync(docs, { recursive: true, force: true });
mkdirSync(join(docs, '.vitepress'), { recursive: true });

const sources = [];
(function walk(folder) {
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) walk(path);
    else if (entry.endsWith('.md')) sources.push(path);
  }
})(input);

const lessons = [];
for (const source of sources) {
  const rel = relative(input, source);
  const { front, body } = splitFrontMatter(readFileSync(source, 'utf8').replace(/\r\n/g, '\n'));
  const title = scalar(front, 'title') ?? rel;
  const order = Number.parseInt(scalar(front, 'order') ?? '1000', 10);
  const description = scalar(front, 'description');
  // The generator renders the title and description from the front matter; VitePress needs them in the page.
  const page = `---\n${front}\n---\n\n# ${title}\n\n${description ? description + '\n\n' : ''}${convertBody(body)}`;
  const target = join(docs, rel);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, page);
  lessons.push({ rel, link: '/' + rel.replace(/\.md$/, ''), title, order, folder: dirname(rel), hasMath: hasMath(body) });
}
// The home page: VitePress wants an index.md; it lists every page like the generator's home page.
writeFileSync(join(docs, 'index.md'), '# Mathematics for Machine Learning\n\n' +
  [...lessons].sort((a, b) => a.folder.localeCompare(b.folder) || a.order - b.order).map((l) => `- [${l.title}](${l.link}.md)`).join('\n') + '\n');

const sidebar = ['.', 'projects'].map((folder) => ({
  text: folder === '.' ? 'Lessons and pages' : 'Projects',
  items: lessons.filter((l) => l.folder === folder).sort((a, b) => a.order - b.order).map((l) => ({ text: l.title, link: l.link })),
}));
writeFileSync(join(docs, '.vitepress', 'config.mjs'), `export default ${JSON.stringify({
  title: 'Mathematics for Machine Learning',
  // Math rendered at build time by MathJax (markdown-it-mathjax3), as KaTeX is by the generator.
  markdown: { math: true },
  // The generator checks every link and fails on a dead one; VitePress would too, but the
  // converted course links to the generator's own pages (downloads, print edition) that do not exist here.
  ignoreDeadLinks: true,
  themeConfig: { search: { provider: 'local' }, sidebar },
}, null, 2)};\n`);

// 3. Cold builds: no cache, no previous output.
const vitepress = join(scratch, 'node_modules', '.bin', 'vitepress');
const dist = join(docs, '.vitepress', 'dist');
const times = [];
for (let i = 0; i < runs; i++) {
  rmSync(join(docs, '.vitepress', 'cache'), { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  run(vitepress, ['build', 'docs'], scratch);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  times.push(seconds);
  log(`vitepress build, cold run ${i + 1}/${runs}: ${seconds.toFixed(2)} s`);
}

// 4. What was built, so that the comparison is honest: every course page written, and the math
// rendered on every page whose source has some. Counted per page, not in total: a total would
// hide a missing page behind the home page and the 404 that VitePress adds.
const pages = lessons.map((lesson) => {
  const file = join(dist, lesson.rel.replace(/\.md$/, '.html'));
  const built = existsSync(file);
  const formulas = built ? (readFileSync(file, 'utf8').match(/<mjx-container/g) ?? []).length : 0;
  return { rel: lesson.rel, built, hasMath: lesson.hasMath, formulas };
});
const missing = pages.filter((p) => !p.built).map((p) => p.rel);
const mathMissing = pages.filter((p) => p.built && p.hasMath && p.formulas === 0).map((p) => p.rel);
const htmlFiles = [];
(function walk(folder) {
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) walk(path);
    else if (entry.endsWith('.html')) htmlFiles.push(path);
  }
})(dist);
const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
console.log(JSON.stringify({
  tool: 'vitepress', version: VITEPRESS, mathjax: `markdown-it-mathjax3@${MATHJAX}`, node: process.version,
  markdownFiles: sources.length, pagesBuilt: pages.length - missing.length,
  sourcesWithMath: pages.filter((p) => p.hasMath).length, pagesWithMath: pages.filter((p) => p.hasMath).length - mathMissing.length,
  formulas: pages.reduce((sum, p) => sum + p.formulas, 0), htmlFiles: htmlFiles.length, missing, mathMissing,
  runs: times.map((t) => Number(t.toFixed(2))), median: Number(median.toFixed(2)),
}));

function splitFrontMatter(markdown) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  return match ? { front: match[1], body: markdown.slice(match[0].length) } : { front: '', body: markdown };
}

function scalar(front, key) {
  const match = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front);
  if (!match) return undefined;
  const value = match[1].trim();
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

// What VitePress cannot take as it is: C# cell fences carry flags after the language
// ("csharp run hide", "csharp answer tolerance=0.01"), which VitePress would read as a language
// name or line highlights; they become plain csharp code blocks. Text outside code is Vue
// template source in VitePress, so a literal "{{" in prose would be read as an interpolation:
// it is wrapped in v-pre.
function convertBody(body) {
  const lines = body.split('\n');
  let fence = null;
  return lines.map((line) => {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence === null && open) {
      fence = open[2];
      const info = open[3].trim().split(/\s+/)[0] ?? '';
      return `${open[1]}${open[2]}${info}`;
    }
    if (fence !== null) {
      if (open && open[2].startsWith(fence[0]) && open[2].length >= fence.length && open[3].trim() === '') fence = null;
      return line;
    }
    return line.includes('{{') ? `<span v-pre>${line}</span>` : line;
  }).join('\n');
}

// Whether a page has math to render: a $…$ or $$ outside code blocks and code spans (C# cells
// are full of $"…" interpolated strings, which are not math).
function hasMath(body) {
  let fence = null;
  for (const line of body.split('\n')) {
    const open = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence === null && open) { fence = open[1]; continue; }
    if (fence !== null) {
      if (open && open[1].startsWith(fence[0]) && open[1].length >= fence.length && open[2].trim() === '') fence = null;
      continue;
    }
    if (/\$\$|\$[^$\s][^$]*\$/.test(line.replace(/`[^`]*`/g, ''))) return true;
  }
  return false;
}
