#!/usr/bin/env node
// Math bridge: a long-lived process the C# build talks to over stdin/stdout, rendering LaTeX to
// MathML with Temml. MathML alone, not KaTeX's HTML spans beside it: every current browser lays out
// MathML Core, screen readers read it, and a page carries a seventh of the markup (docs/quality.md).
//
//   node math-bridge.js <path-to-node_modules>
//
// Protocol (UTF-8, one JSON object per line):
//   in : {"id":N,"tex":"...","display":true|false}
//   out: {"id":N,"html":"<math>…</math>"}  or  {"id":N,"error":"<Temml message>"}
// A line that is not valid JSON (or not an object) is answered with id -1.
// Exactly one output line per non-empty input line, in input order.
// The process exits when stdin closes.
'use strict';

const path = require('path');

// stdout is the protocol channel: anything Temml (or anything else) logs must go to stderr.
// A client may read stderr only when the process ends, so a full stderr pipe would block us:
// keep what goes there short.
let logged = 0;
const MAX_LOG_LINES = 50;
console.log = console.info = console.warn = console.debug = (...args) => {
  if (logged > MAX_LOG_LINES) return;
  logged++;
  const text = logged > MAX_LOG_LINES ? 'math-bridge: further messages suppressed' : args.map(String).join(' ').slice(0, 500);
  process.stderr.write(text + '\n');
};

const modulesDir = process.argv[2];
let temml, katex;
try {
  // By package name from that folder, so each package's own exports pick its CommonJS build.
  const load = (name) => require(modulesDir ? require.resolve(name, { paths: [path.resolve(modulesDir)] }) : name);
  temml = load('temml');
  katex = load('katex');
} catch (e) {
  process.stderr.write(
    'math-bridge: cannot load temml and katex from ' + (modulesDir ? path.resolve(modulesDir) : 'the default module path') +
    ' (run `npm ci` at the repository root): ' + (e && e.message) + '\n');
  process.exit(2);
}

// Options shared by every request.
//  - throwOnError: true so that a parse error becomes an {"error"} line the build can report with
//    the lesson and line, instead of red text silently published.
//  - strict: false. Strict mode rejects input that is perfectly fine to publish and common in the
//    lessons: Unicode in \text{} (\text{α}, \text{2×3}), accented letters, \\ in display math
//    outside an environment. Those are LaTeX-compatibility lints, not mistakes. Genuine parse errors
//    (unknown macro, unbalanced braces, environment misuse) still throw because of throwOnError.
//  - trust: false: no \href, \url, \includegraphics or \html* extensions from lesson text.
//  - macros: a fresh object per call (the default) so \gdef in one formula never leaks into another.
//  - annotate: false. The TeX source beside each formula would add a fifth to a page for a copy
//    feature the site does not have; search indexes the TeX from the lesson itself.
//  - errorColor: with trust:false Temml does not throw on \href & co. but renders the command name
//    in errorColor. A colour nobody types lets us spot that and report it as an error too.
const UNTRUSTED_MARKER = '#cc0001';
const baseOptions = {
  throwOnError: true,
  strict: false,
  annotate: false,
  trust: false,
  errorColor: UNTRUSTED_MARKER,
};

function render(request) {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return { id: -1, error: 'Invalid request: expected a JSON object {"id":N,"tex":"...","display":bool}' };
  }
  const id = typeof request.id === 'number' && Number.isFinite(request.id) ? request.id : -1;
  if (typeof request.tex !== 'string') {
    return { id, error: 'Invalid request: "tex" must be a string' };
  }
  const options = { ...baseOptions, displayMode: request.display === true };
  try {
    return { id, html: untrusted(temml.renderToString(request.tex, options)) };
  } catch (temmlError) {
    // The authoring contract is "LaTeX as KaTeX accepts it". The few commands KaTeX knows and
    // Temml does not (\minuso, say) are rendered by KaTeX's MathML instead of failing the lesson;
    // what KaTeX rejects too is an error, in KaTeX's words.
    try {
      return { id, html: untrusted(katexMathml(request.tex, options)) };
    } catch (e) {
      const message = e && typeof e.message === 'string' ? e.message : String(e);
      return { id, error: message.trim() };
    }
  }
}

// Temml does not throw on \href & co. with trust off: it shows the command in errorColor.
function untrusted(html) {
  if (html.indexOf(UNTRUSTED_MARKER) === -1) return html;
  const m = /<mtext[^>]*>(\\[A-Za-z]+)<\/mtext>/.exec(html);
  throw new Error((m ? m[1] : 'a command') + ' is not allowed (trust is off)');
}

// KaTeX's MathML alone, without its wrapping spans and the TeX annotation.
function katexMathml(tex, options) {
  const html = katex.renderToString(tex, { ...options, strict: 'ignore', output: 'mathml' });
  const math = html.slice(html.indexOf('<math'), html.lastIndexOf('</math>') + '</math>'.length);
  return math.replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>/, '');
}

function handleLine(line) {
  if (line.length > 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1); // stray BOM
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (line.trim() === '') return null; // blank lines get no answer
  let request;
  try {
    request = JSON.parse(line);
  } catch (e) {
    return { id: -1, error: 'Invalid JSON: ' + (e && e.message) };
  }
  try {
    return render(request);
  } catch (e) {
    // render() catches Temml's errors; this is only a last line of defence.
    return { id: -1, error: 'Internal error: ' + (e && e.message) };
  }
}

// Output is batched: every line answered while processing one chunk of stdin goes out in a
// single write, so thousands of small requests cost few system calls. A flush is scheduled
// right after each chunk, so a client that sends one request and waits still gets its answer.
let pending = [];
let flushScheduled = false;
let closed = false;

function flush() {
  flushScheduled = false;
  if (pending.length === 0) return;
  const text = pending.join('');
  pending = [];
  process.stdout.write(text);
}

function emit(response) {
  pending.push(JSON.stringify(response) + '\n');
  if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flush);
  }
}

process.stdout.on('error', (e) => {
  // The reader went away (EPIPE): nobody to answer to.
  if (e && e.code === 'EPIPE') process.exit(0);
  process.stderr.write('math-bridge: stdout error: ' + (e && e.message) + '\n');
  process.exit(1);
});

// Manual line splitting (faster than readline and keeps full control over \r and BOMs).
let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  let start = 0;
  let nl;
  while ((nl = buffer.indexOf('\n', start)) !== -1) {
    const response = handleLine(buffer.slice(start, nl));
    if (response) emit(response);
    start = nl + 1;
  }
  buffer = start === 0 ? buffer : buffer.slice(start);
});

function finish() {
  if (closed) return;
  closed = true;
  if (buffer.length > 0) {
    const response = handleLine(buffer); // a last line without a trailing newline
    buffer = '';
    if (response) emit(response);
  }
  flush();
  // Exit once stdout has drained (write callbacks are queued in order).
  process.stdout.write('', () => process.exit(0));
}

process.stdin.on('end', finish);
process.stdin.on('close', finish);
process.stdin.on('error', finish);
