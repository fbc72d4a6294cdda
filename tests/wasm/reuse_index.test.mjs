// The fingerprint index through the WebAssembly API (base64 "index" field)
// gives the report the native CLI gives with the same index file, and the
// index it returns is byte for byte the file the CLI writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCopydesk, NATIVE_CLI, ROOT } from './load.mjs';

const copydesk = await loadCopydesk();
const seeds = path.join(ROOT, 'fixtures/blinken-china-2024/articles');
const asFile = (name) => ({ name, content: readFileSync(path.join(seeds, name), 'utf8') });

test('wasm = native with a fingerprint index, and the same index bytes after', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-index-'));
  const index = path.join(dir, 'history.cdxi');
  execFileSync(NATIVE_CLI, ['analyze', path.join(seeds, '003_ff8c6b864563d053.txt'),
                            path.join(seeds, '004_708bc86c8f4b88ce.txt'), '--index', index]);
  const before = readFileSync(index);
  const copy = path.join(dir, 'copy.cdxi');
  copyFileSync(index, copy);

  const native = execFileSync(NATIVE_CLI, ['analyze', path.join(seeds, '000_cdea3cf90be440ea.txt'), '--index', copy],
                              { encoding: 'utf8' });
  const response = copydesk.analyze(JSON.stringify({ article: asFile('000_cdea3cf90be440ea.txt'),
                                                     index: before.toString('base64') }));
  assert.equal(response.error, '');
  assert.equal(response.report + '\n', native);
  assert.ok(JSON.parse(response.report).reuse.length > 0);
  assert.equal(response.index, readFileSync(copy).toString('base64'));
});

test('wasm refuses a damaged index with a reason', () => {
  const response = copydesk.analyze(JSON.stringify({ article: asFile('000_cdea3cf90be440ea.txt'),
                                                     index: Buffer.from('CDXI broken').toString('base64') }));
  assert.equal(response.ok, false);
  assert.match(response.error, /^index: /);
});
