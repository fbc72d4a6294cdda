// Hostile pages through the WebAssembly module: a report or a clear error,
// within the module's bounded memory; the module stays usable afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCopydesk } from './load.mjs';

const copydesk = await loadCopydesk();
const analyze = (text) => copydesk.analyze(JSON.stringify({ article: { text } }));

const cases = {
  '100,000 one-word paragraphs': 'word\n'.repeat(100000),
  'one 1 MB sentence': 'the experts say that a source said it is believed '.repeat(20000),
  'quotation marks only': '“”"«»„‟‘’'.repeat(100000),
  'RTL, ZWJ and emoji': 'مرحبا بالعالم. שלום עולם! 👩🏽‍⚕️👨‍👩‍👧‍👦 \u200d\u200c\u200b done.\n'.repeat(2000),
  '10 MB of prose': 'Officials said the talks would resume. “We expect them to act,” he said.\n'.repeat(140000),
};

for (const [name, text] of Object.entries(cases)) {
  test(`wasm: ${name}`, () => {
    const r = analyze(text);
    assert.equal(r.ok, true, r.error);
    const report = JSON.parse(r.report);
    assert.equal(report.article.chars, text.length);
  });
}

test('wasm: lone surrogates (as a DOM may hold them) are refused with a message, then well-formed text works', () => {
  const r = analyze('bad \ud800 text');
  assert.equal(r.ok, false);
  assert.match(r.error, /surrogate/);
  // The extension passes text.toWellFormed(): same length, so offsets still map.
  const fixed = 'bad \ud800 text'.toWellFormed();
  assert.equal(fixed.length, 'bad \ud800 text'.length);
  assert.equal(analyze(fixed).ok, true);
});

test('wasm: the module still answers after the hostile inputs', () => {
  const r = analyze('Experts say it works. It does.');
  assert.equal(r.ok, true);
  assert.equal(JSON.parse(r.report).sentences.length, 2);
});
