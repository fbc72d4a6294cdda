// Options page: settings, and the history (list, search, delete, clear,
// export as JSON Lines, import files or a folder of articles).
import { history, exportJsonl, recordsFromFile } from '../lib/history.js';
import { getSettings, setSetting } from '../lib/settings.js';
import { el, clear } from '../lib/dom.js';
import { historyChanged } from '../protocol.js';
import { Engine } from '../engine/client.js';
import { kindLabel } from '../panel/labels.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
let all = [];

const say = (text) => { $('message').textContent = text; };
const notify = () => api.runtime.sendMessage(historyChanged()).catch(() => {});

function fmtDate(iso) {
  try { return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }); } catch { return iso || ''; }
}

function render() {
  const q = $('search').value.trim().toLowerCase();
  const rows = q ? all.filter((r) => [r.title, r.site, r.url].some((x) => (x || '').toLowerCase().includes(q))) : all;
  $('count').textContent = `(${all.length} ${all.length === 1 ? 'article' : 'articles'}${q ? `, ${rows.length} shown` : ''})`;
  const body = $('rows');
  clear(body);
  for (const r of rows) {
    const link = r.url && /^https?:/.test(r.url) ? el('a', { href: r.url, target: '_blank', rel: 'noopener noreferrer', text: r.title || r.url }) : el('span', { text: r.title || r.id });
    body.append(el('tr', {},
      el('td', {}, link, r.verdict ? el('div', { class: 'muted', text: r.verdict }) : null, r.url ? el('div', { class: 'url', text: r.url }) : null),
      el('td', { text: r.site || '' }),
      el('td', { text: fmtDate(r.analyzedAt) }),
      el('td', { text: r.findings == null ? '—' : String(r.findings) }),
      el('td', { text: r.text ? `yes (${r.origin})` : 'no' }),
      el('td', {}, el('button', {
        type: 'button', 'aria-label': `Delete ${r.title || r.id}`,
        onclick: async () => { await history.remove(r.id); await load(); notify(); say('Deleted.'); },
      }, 'Delete'))));
  }
  if (!rows.length) body.append(el('tr', {}, el('td', { colspan: '6', class: 'muted', text: all.length ? 'Nothing matches.' : 'No articles yet: analyse one with the toolbar button, or import a corpus.' })));
}

// An index the core refused, set aside by the panel: what happened, its
// bytes for `copydesk index salvage`, and starting fresh (the articles above
// are kept; the next analysis builds a new index).
async function showDamaged() {
  const box = $('index-damaged');
  clear(box);
  const damaged = await history.getDamagedIndex().catch(() => null);
  box.hidden = !damaged;
  if (!damaged) return;
  box.append(
    el('p', {}, el('strong', { text: 'The fingerprint index was damaged and has been set aside. ' }),
      el('span', { text: `copydesk refused it: ${damaged.reason}. Your articles below are intact and can be exported; ` +
        'a new index is built as you read. The damaged one can be saved for the command line (copydesk index salvage), or discarded.' })),
    el('button', {
      type: 'button', id: 'export-damaged',
      onclick: () => {
        const bytes = Uint8Array.from(atob(damaged.base64), (c) => c.charCodeAt(0));
        const a = el('a', { download: 'copydesk-damaged-index.cdxi' });
        a.href = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 10000);
      },
    }, 'Save the damaged index'),
    el('button', {
      type: 'button', id: 'discard-damaged',
      onclick: async () => { await history.discardDamagedIndex(); await showDamaged(); say('Damaged index discarded; starting fresh.'); },
    }, 'Discard it and start fresh'));
}

async function load() {
  try {
    all = await history.list();
  } catch (e) {
    // e.g. a history made by a newer copydesk (VersionError): shown, never modified.
    say(e && e.name === 'VersionError'
      ? `The history was made by a newer copydesk and is left as it is; update copydesk to open it. (${e.message})`
      : `The history could not be opened: ${e && e.message ? e.message : e}`);
    all = [];
  }
  await showDamaged();
  const index = await history.getIndex().catch(() => '');
  $('index-size').textContent = index
    ? `Fingerprint index: ${Math.round((index.length * 3) / 4 / 1024)} KB (fingerprints of analysed articles, no texts; cleared with the history).`
    : '';
  render();
}

async function importFiles(files) {
  const records = [];
  const errors = [];
  for (const f of files) {
    if (!/\.(jsonl|ndjson|json|txt)$/i.test(f.name)) continue;
    const got = recordsFromFile(f.webkitRelativePath || f.name, await f.text());
    records.push(...got.records);
    errors.push(...got.errors);
  }
  if (records.length) await history.putMany(records);
  await load();
  notify();
  say(`Imported ${records.length} ${records.length === 1 ? 'article' : 'articles'}${errors.length ? `; skipped ${errors.length}: ${errors.slice(0, 3).join('; ')}` : ''}.`);
}

// The core's detectors, each on or off (the request's options.disable).
async function showDetectors(disabled) {
  const box = $('detectors');
  const note = $('detectors-note');
  let names;
  try {
    const engine = new Engine('engine/worker.js');
    names = await engine.detectors();
    engine.worker.terminate();
  } catch (e) {
    note.textContent = `The list of checks could not be loaded: ${e.message}`;
    return;
  }
  note.textContent = 'All checks run by default; turn off the ones you do not want.';
  const off = new Set(disabled);
  for (const name of names) {
    const input = el('input', { type: 'checkbox', dataset: { name } });
    input.checked = !off.has(name);
    input.addEventListener('change', () => {
      const now = [...box.querySelectorAll('input[data-name]')].filter((i) => !i.checked).map((i) => i.dataset.name);
      setSetting('disabled', now);
    });
    box.append(el('label', {}, input, el('span', { text: kindLabel(name) }), el('code', { text: name })));
  }
}

async function init() {
  const s = await getSettings();
  showDetectors(s.disabled || []);
  for (const key of ['keepText', 'highlights', 'compareCited']) {
    $(key).checked = !!s[key];
    $(key).addEventListener('change', (ev) => setSetting(key, ev.target.checked));
  }
  $('search').addEventListener('input', render);
  $('export').addEventListener('click', async () => {
    const blob = new Blob([exportJsonl(await history.list())], { type: 'application/x-ndjson' });
    const a = el('a', { download: `copydesk-history-${new Date().toISOString().slice(0, 10)}.jsonl` });
    a.href = URL.createObjectURL(blob);
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  });
  $('import-files').addEventListener('change', (ev) => importFiles([...ev.target.files]));
  $('import-folder').addEventListener('change', (ev) => importFiles([...ev.target.files]));
  $('clear').addEventListener('click', async () => {
    if (!confirm('Delete every article in the copydesk history?')) return;
    await history.clear();
    await load();
    notify();
    say('History cleared.');
  });
  await load();
}
init();

// For the end-to-end tests (extension page only).
globalThis.copydeskOptions = { history };
