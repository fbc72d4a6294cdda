// History records (what is kept, import/export formats) and the message
// protocol's shape checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordFromAnalysis, recordsFromFile, exportJsonl, toCorpusArticle } from '../../src/lib/history.js';
import * as P from '../../src/protocol.js';
import { wordDiff } from '../../src/lib/diff.js';

const article = { id: 'https://a.example/x', url: 'https://a.example/x', site: 'A', title: 'T', byline: '', published: '', text: 'Body text.' };
const report = { findings: [{ kind: 'vague-source' }], reuse: [{ verdict: 'wholly', coverage: 0.9, source: { id: 's', title: 'Src' } }] };

test('full text is kept only when the reader opts in', () => {
  assert.equal(recordFromAnalysis(article, report, { keepText: false }).text, undefined);
  const kept = recordFromAnalysis(article, report, { keepText: true });
  assert.equal(kept.text, 'Body text.');
  assert.equal(kept.findings, 1);
  assert.equal(kept.verdict, 'wholly from Src');
  assert.deepEqual(Object.keys(toCorpusArticle(kept)).sort(), ['byline', 'id', 'published', 'site', 'text', 'title', 'url']);
});

test('JSON Lines export round-trips through import; .txt and .json import; bad lines are reported', () => {
  const rec = recordFromAnalysis(article, report, { keepText: true });
  const { records, errors } = recordsFromFile('h.jsonl', exportJsonl([rec]) + 'not json\n{"title":"no text"}\n');
  assert.equal(records.length, 1);
  assert.equal(records[0].text, 'Body text.');
  assert.equal(records[0].url, article.url);
  assert.equal(errors.length, 2);
  const txt = recordsFromFile('dir/a.txt', '\uFEFFHeadline of the piece here, long enough\r\nBody.\r\n');
  assert.equal(txt.records[0].text, 'Headline of the piece here, long enough\nBody.\n');
  assert.equal(txt.records[0].id, 'import:dir/a.txt');
  const json = recordsFromFile('b.json', JSON.stringify({ url: 'https://b.example/', text: 'x' }));
  assert.equal(json.records[0].id, 'https://b.example/');
});

test('messages are checked on arrival', () => {
  assert.ok(P.isMessage(P.analyzeTab(3)));
  assert.ok(!P.isMessage({ kind: 'analyze-tab', tabId: -1, problem: '' }));
  assert.ok(!P.isMessage({ kind: 'nope' }));
  assert.ok(P.isMessage(P.highlight([{ id: 0, kind: 'k', severity: 'info', start: 1, end: 2 }], true)));
  assert.ok(!P.isMessage({ kind: 'highlight', spans: [{ id: 0, start: 'x' }], visible: true }));
  assert.ok(P.isWorkerRequest(P.workerRequest(1, P.WorkerCall.ANALYZE, [{}])));
  assert.ok(!P.isWorkerRequest(P.workerRequest(1, 'eval', [])));
  assert.ok(P.isWorkerReply(P.workerError(2, new Error('x'))));
});

test('word diff marks the changed words only', () => {
  const d = wordDiff('“influence and possibly interfere”', '“influence and arguably interfere”');
  assert.deepEqual(d.filter((p) => p.op !== 'same').map((p) => [p.op, p.text.trim()]), [['del', 'possibly'], ['ins', 'arguably']]);
});

test('the index header gives its number of articles', async () => {
  const { indexEntries } = await import('../../src/lib/history.js');
  const head = Buffer.alloc(24);
  head.write('CDXI', 0, 'latin1'); head.writeUInt16LE(1, 4); head.writeUInt32LE(7, 8);
  assert.equal(indexEntries(head.toString('base64')), 7);
  assert.equal(indexEntries(''), 0);
  assert.equal(indexEntries(Buffer.from('nope-not-an-index').toString('base64')), 0);
});
