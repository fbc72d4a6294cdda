// Attribution constructions give byte-identical reports in wasm and natively:
// every kind of quotation mark, speakers resolved through names, titles and
// pronouns, credits, vague sourcing, and scrambled mixes of all of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCopydesk, NATIVE_CLI } from './load.mjs';

const copydesk = await loadCopydesk();

const texts = {
  'marks.txt': 'The talks ended.\n“Curly,” he said. "Straight," she said. «Guillemets», they said. ‘Two words’ here.\n' +
    '“Open paragraph.\n“Reopened,” Blinken said.\nMr. We will find a way.”\nThe screen is 15" wide.',
  'speakers.txt': 'US Secretary of State Antony Blinken met Foreign Minister Wang Yi.\n' +
    '“We will act,” Blinken told CNN. “You can expect that.”\nHe added: “It is unacceptable.”\n' +
    'Beijing had previously accused the United States of making “baseless accusations”.\n' +
    'Pakistan’s Foreign Office, however, rejected the remarks as “baseless and irresponsible”.\n' +
    '“Nobody expected this,” one trader said.\n“We are ready,” the US Secretary said.',
  'credits.txt': 'CNN: Blinken urges China to act\nThe talks ended on Friday, reported CNN.\n' +
    'A US official told Bloomberg that China supplies parts, as per Reuters.\n' +
    'The minister told the Kathmandu Post that talks would resume.\n(With inputs from PTI and ANI)\n' +
    'CNN’s Jennifer Hansler contributed reporting.',
  'vague.txt': 'The talks ended.\nExperts say the plan will fail. It is believed that a deal is near.\n' +
    'A source close to the talks said so. The official added more, on condition of anonymity.\n' +
    'Xi reportedly pledged restraint, according to the report.',
};

function check(name, text) {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-attrib-parity-'));
  const file = path.join(dir, name);
  writeFileSync(file, text, 'utf8');
  const native = execFileSync(NATIVE_CLI, ['analyze', file], { encoding: 'utf8' });
  const response = copydesk.analyze(JSON.stringify({ article: { name, content: text } }));
  assert.equal(response.ok, true, response.error);
  assert.equal(response.report + '\n', native, name);
  return JSON.parse(native);
}

for (const [name, text] of Object.entries(texts)) {
  test(`wasm = native on attribution text ${name}`, () => {
    const report = check(name, text);
    assert.ok(report.quotes.length + report.credits.length + report.findings.length > 0, name);
  });
}

test('wasm = native on scrambled quotation marks, names and credits', () => {
  const parts = ['“', '”', '"', '«', '»', '‘', '’', "'", ' Blinken said', ' he added', ', ', '. ', ': ', '\n',
                 ' We will act', ' Mr.', ' according to', ' Xi Jinping', ' —', ' told CNN', '15"', ' they'];
  let seed = 7;
  for (let round = 0; round < 25; round++) {
    let text = 'The talks ended on Friday.\n';
    const n = 10 + (seed % 40);
    for (let i = 0; i < n; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      text += parts[(seed >>> 8) % parts.length];
    }
    check(`scrambled-${round}.txt`, text);
  }
});
