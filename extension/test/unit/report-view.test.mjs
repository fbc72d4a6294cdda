// The panel's summary for reports the core really made (the Node build of the
// WebAssembly module): checks that did not run are named, never shown as 0.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCopydesk, ROOT } from '../../../tests/wasm/load.mjs';

let copydesk;
let renderReport;

before(async () => {
  const { window } = new JSDOM('<!doctype html><main></main>');
  globalThis.document = window.document;
  globalThis.Node = window.Node;
  ({ renderReport } = await import('../../src/panel/report-view.js'));
  copydesk = await loadCopydesk();
});

function render(file, disable = []) {
  const content = readFileSync(join(ROOT, file), 'utf8');
  const response = copydesk.analyze(JSON.stringify({ article: { name: file, content }, options: { disable } }));
  assert.equal(response.ok, true, response.error);
  const report = JSON.parse(response.report);
  const root = document.createElement('div');
  renderReport(root, { article: { text: content.replace(/\r\n?/g, '\n') }, report, corpusCount: 0,
    onPick() {}, onReveal() {}, sourcePassage: () => null });
  const stats = [...root.querySelectorAll('.stat')].map((s) => s.textContent);
  return { root, report, text: root.textContent, stats };
}

test('a French article: the panel says which checks read English only, and shows no zeros for them', () => {
  const { root, report, text, stats } = render('tests/data/languages/fr.txt');
  assert.equal(report.article.english, false);
  const notice = root.querySelector('.not-run');
  assert.ok(notice, 'a not-run notice');
  assert.match(notice.textContent, /This article is not in English\. These checks read English only, so they did not run:/);
  for (const label of ['quotes and their speakers', 'credited outlets', 'unattributed quotes', 'vague sourcing', 'garbled translation']) {
    assert.ok(notice.textContent.includes(label), label);
  }
  assert.ok(!notice.textContent.includes('copying'), 'copying was checked');
  assert.deepEqual(stats, ['–garbled sentences: not checked', '0altered quotes', '–unattributed quotes: not checked', '–vague sources: not checked']);
  assert.match(text, /Credits: not checked/);
  assert.match(text, /No findings from the checks that ran\./);
});

test('an English article: no notice, every count shown', () => {
  const { root, stats, report } = render('fixtures/blinken-china-2024/articles/000_cdea3cf90be440ea.txt');
  assert.equal(report.article.english, true);
  assert.equal(root.querySelector('.not-run'), null);
  assert.ok(stats.every((s) => /^\d+/.test(s)), stats.join(' | '));
  const garbled = report.findings.filter((f) => f.kind === 'garbled-sentence').length;
  assert.ok(garbled > 0);
  assert.ok(stats.includes(`${garbled}garbled sentences`), stats.join(' | '));
});

test('checks turned off in Options are named as such, and their counts are not shown as 0', () => {
  const { root, stats } = render('fixtures/blinken-china-2024/articles/001_950239fb0c44dd6c.txt', ['vague-source']);
  assert.equal(root.querySelector('.not-run').textContent, 'Turned off in Options: vague sourcing.');
  assert.ok(stats.includes('–vague sources: not checked'), stats.join(' | '));
});

test('a garbled sentence: the places its reasons are about are marked inside it and named beside the reasons', () => {
  const { root, report } = render('fixtures/blinken-china-2024/articles/000_cdea3cf90be440ea.txt');
  const content = readFileSync(join(ROOT, 'fixtures/blinken-china-2024/articles/000_cdea3cf90be440ea.txt'), 'utf8');
  const marks = report.findings.filter((f) => f.kind === 'garbled-sentence').flatMap((f) => f.evidence.marks || []);
  assert.ok(marks.length >= 5, `${marks.length} marks`);
  for (const m of marks) assert.equal(content.slice(m.start, m.end), m.text);
  // Inside each sentence in text order; a mark overlapping one before it is not nested in it.
  const expected = report.findings.filter((f) => f.kind === 'garbled-sentence').flatMap((f) => {
    let at = f.start;
    return [...(f.evidence.marks || [])].sort((a, b) => a.start - b.start)
      .filter((m) => (m.start >= at ? (at = m.end, true) : false)).map((m) => [m.text, m.reason]);
  });
  const shown = [...root.querySelectorAll('.context mark mark.damage')].map((e) => [e.textContent, e.title]);
  assert.deepEqual(shown, expected);
  const words = [...root.querySelectorAll('.reasons .damage-words')].map((e) => e.textContent);
  assert.ok(words.includes('feelings[about'), words.join(' | '));
  // Marks are not listed again as raw evidence fields.
  assert.ok(![...root.querySelectorAll('.fields dt')].some((dt) => /marks/i.test(dt.textContent)));
});
