#!/usr/bin/env node
// The site's math font: STIX Two Math (an OpenType MATH font, which MathML needs for stretchy
// brackets, radicals and big operators) cut down to the glyphs the course's formulas use. The whole
// font is 394 KB; a phone would wait for it before showing the first formula. The cut keeps the MATH,
// GSUB and GPOS tables for the glyphs it keeps, so size variants and assemblies still work.
//
//   node math-font.js <path-to-node_modules> < characters.txt > font.woff2
//
// stdin: the characters of every formula, UTF-8. The browser turns a one-letter <mi>x</mi> into
// mathematical italic 𝑥 and draws a square root with √ although neither is in the markup, so
// those are always kept.
'use strict';

const path = require('path');

const modulesDir = path.resolve(process.argv[2] || 'node_modules');
const from = (name) => require.resolve(name, { paths: [modulesDir] });

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  try {
    const subsetFont = require(from('subset-font'));
    const fontPath = path.join(path.dirname(from('@fontsource/stix-two-math/package.json')), 'files', 'stix-two-math-latin-400-normal.woff2');
    const always = [];
    for (let c = 0x20; c < 0x7f; c++) always.push(c);
    for (let c = 0x1d434; c <= 0x1d467; c++) always.push(c); // italic A–Z, a–z (ℎ is U+210E)
    for (let c = 0x1d6e2; c <= 0x1d71b; c++) always.push(c); // italic Greek
    always.push(0x210e, 0x221a, 0x221b, 0x221c); // ℎ, √ ∛ ∜
    const text = Buffer.concat(chunks).toString('utf8') + String.fromCodePoint(...always);
    const font = await subsetFont(require('fs').readFileSync(fontPath), text, { targetFormat: 'woff2' });
    process.stdout.write(font);
  } catch (e) {
    process.stderr.write('math-font: ' + (e && e.message) + '\n');
    process.exit(1);
  }
});
