// The WebAssembly build must give byte-identical reports to the native CLI
// (contract: same offsets, same numbers) on every fixture, and the same
// verdict on bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureFamilies } from '../support/fixtures.mjs';
import { loadCopydesk, NATIVE_CLI, ROOT } from './load.mjs';

const copydesk = await loadCopydesk();

const asFile = (file) => ({ name: path.basename(file), content: readFileSync(file, 'utf8') });

for (const articlesDir of fixtureFamilies()) {
  const files = readdirSync(articlesDir).sort().map((f) => path.join(articlesDir, f));
  for (const file of files) {
    test(`wasm = native: ${path.relative(ROOT, file)} against its family`, () => {
      const native = execFileSync(NATIVE_CLI, ['analyze', file, '--against', articlesDir], { encoding: 'utf8' });
      const response = copydesk.analyze(JSON.stringify({ article: asFile(file), corpus: files.map(asFile) }));
      assert.equal(response.error, '');
      assert.equal(response.ok, true);
      assert.equal(response.report + '\n', native);
    });
  }
}

// News in other languages (the English checks stand down, reuse still runs),
// and an English story quoting French: the same reports, not-run list included.
const languagesDir = path.join(ROOT, 'tests/data/languages');
const languageFiles = readdirSync(languagesDir).sort().map((f) => path.join(languagesDir, f));
for (const file of languageFiles) {
  test(`wasm = native: ${path.relative(ROOT, file)} against the other languages`, () => {
    const native = execFileSync(NATIVE_CLI, ['analyze', file, '--against', languagesDir], { encoding: 'utf8' });
    const response = copydesk.analyze(JSON.stringify({ article: asFile(file), corpus: languageFiles.map(asFile) }));
    assert.equal(response.ok, true, response.error);
    assert.equal(response.report + '\n', native);
  });
}

// News forms beyond the seeds (company suffixes, lists after a colon,
// deliberate fragments, first-person columns, photo captions): the same
// sentences, scores and furniture in both builds.
const newsFormsDir = path.join(ROOT, 'tests/data/news-forms');
const newsFormFiles = readdirSync(newsFormsDir).sort().map((f) => path.join(newsFormsDir, f));
for (const file of newsFormFiles) {
  test(`wasm = native: ${path.relative(ROOT, file)} against the other news forms`, () => {
    const native = execFileSync(NATIVE_CLI, ['analyze', file, '--against', newsFormsDir], { encoding: 'utf8' });
    const response = copydesk.analyze(JSON.stringify({ article: asFile(file), corpus: newsFormFiles.map(asFile) }));
    assert.equal(response.ok, true, response.error);
    assert.equal(response.report + '\n', native);
  });
}

// Chinese, Japanese and Thai are tokens of one character in both builds (the
// wasm module has no break dictionaries): the same reuse, not only the same
// word count. Before, these two versions were 97% alike natively and 51% in wasm.
test('wasm = native: two versions of a Chinese story compared with each other', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-parity-'));
  const original = readFileSync(path.join(languagesDir, 'zh.txt'), 'utf8');
  const lines = original.split('\n');
  lines[0] = '国务院部署稳就业';
  const version = path.join(dir, 'zh-version.txt');
  writeFileSync(version, `${lines.join('\n')}\n新华社记者报道。\n`, 'utf8');
  const native = execFileSync(NATIVE_CLI, ['analyze', version, '--against', path.join(languagesDir, 'zh.txt')], { encoding: 'utf8' });
  const response = copydesk.analyze(JSON.stringify({ article: asFile(version), corpus: [asFile(path.join(languagesDir, 'zh.txt'))] }));
  assert.equal(response.ok, true, response.error);
  assert.equal(response.report + '\n', native);
  const report = JSON.parse(response.report);
  assert.equal(report.reuse.length, 1);
  assert.ok(report.reuse[0].coverage > 0.9, String(report.reuse[0].coverage));
});

test('wasm and native list the same checks as not run, turned off or not English', () => {
  const file = path.join(languagesDir, 'fr.txt');
  const native = execFileSync(NATIVE_CLI, ['analyze', file, '--disable', 'reuse', '--disable', 'credits'], { encoding: 'utf8' });
  const response = copydesk.analyze(JSON.stringify({ article: asFile(file), options: { disable: ['reuse', 'credits'] } }));
  assert.equal(response.ok, true, response.error);
  assert.equal(response.report + '\n', native);
  const report = JSON.parse(response.report);
  assert.equal(report.article.english, false);
  assert.deepEqual(report.not_run.map((n) => n.detector),
    ['credits', 'reuse', 'quotes', 'unattributed-quote', 'vague-source', 'garbled-sentence']);
});

const edgeTexts = {
  'emoji-and-rtl.txt': 'Le président 👩🏽‍⚕️ a dit « non ». مرحبا بالعالم. Mr. Smith left.\n\nתודה רבה!',
  'quotes-only.txt': '“”“”""\n„“«»',
  'crlf.txt': '\uFEFFFirst line.\r\nSecond line, “quoted,” he said.\rThird.',
  'zero-width.txt': 'Zero\u200Bwidth\u200Djoiners and soft\u00ADhyphens. Experts say so.',
};

for (const [name, text] of Object.entries(edgeTexts)) {
  test(`wasm = native: edge text ${name}`, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-parity-'));
    const file = path.join(dir, name);
    writeFileSync(file, text, 'utf8');
    const native = execFileSync(NATIVE_CLI, ['analyze', file], { encoding: 'utf8' });
    const response = copydesk.analyze(JSON.stringify({ article: { name, content: text } }));
    assert.equal(response.ok, true, response.error);
    assert.equal(response.report + '\n', native);
  });
}

test('wasm and native refuse the same bad input with the same reason', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-parity-'));
  const cases = { 'empty.txt': '', 'blank.txt': ' \n\n ', 'nul.txt': 'abc\u0000def', 'no-text.json': '{"title": "x"}',
                  'bad.json': '{"text": ', 'wrong-type.json': '{"text": 42}' };
  for (const [name, content] of Object.entries(cases)) {
    const file = path.join(dir, name);
    writeFileSync(file, content, 'utf8');
    const native = spawnSync(NATIVE_CLI, ['analyze', file], { encoding: 'utf8' });
    assert.equal(native.status, 2, name);
    assert.equal(native.stdout, '', name);
    const response = copydesk.analyze(JSON.stringify({ article: { name, content } }));
    assert.equal(response.ok, false, name);
    // Native: "copydesk: <path>: <reason>"; wasm: "<name>: <reason>".
    const reason = native.stderr.trim().split(': ').slice(2).join(': ');
    assert.equal(response.error, `${name}: ${reason}`, name);
  }
});

test('a malformed request is an error message, not a crash', () => {
  for (const request of ['', 'null', '[]', '{"article": 5}', '{"article": {"text": "x"}, "corpus": 3}',
                         '{"article": {"text": "x"}, "options": {"disable": ["no-such-detector"]}}']) {
    const response = copydesk.analyze(request);
    assert.equal(response.ok, false, request);
    assert.ok(response.error.length > 0, request);
  }
});
