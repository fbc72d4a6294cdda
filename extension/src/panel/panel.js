// The side panel (Chromium) / sidebar (Firefox): runs an analysis of the tab
// it was opened for (extract in the page → core in the engine worker → report)
// and renders it. It owns the engine worker, so the module stays loaded while
// the panel is open.
import { Kind, isMessage, panelReady, ping, extract, highlight, setHighlightsVisible, reveal } from '../protocol.js';
import { Engine } from '../engine/client.js';
import { history, recordFromAnalysis, toCorpusArticle, indexEntries } from '../lib/history.js';
import { getSettings, setSetting } from '../lib/settings.js';
import { el, clear } from '../lib/dom.js';
import { renderReport, indexFindings, marksOf } from './report-view.js';
import { fetchCitedSources, citedCandidates } from './cited.js';

const api = globalThis.browser ?? globalThis.chrome;
const engine = new Engine('engine/worker.js');

const $ = (id) => document.getElementById(id);
const statusBox = $('status');
const headBox = $('article-head');
const reportBox = $('report');
const footer = $('footer');

let windowId = null;
let shownTabId = null;
/** tabId → {article, report, links, corpusCount, timings, findings, corpus} */
const results = new Map();
/** tabId → cited-source corpus articles fetched for that tab */
const cited = new Map();
/** tabId → promise of the analysis under way */
const running = new Map();
let settings = null;
// Read-only handle for the end-to-end tests and for debugging from DevTools.

// ---- views ---------------------------------------------------------------------

const STEPS = ['Reading the article in the page', 'Loading the analysis engine', 'Comparing and checking', 'Writing the report'];

function showProgress(step, detail) {
  clear(statusBox); clear(headBox); clear(reportBox); clear(footer);
  document.body.dataset.state = 'working';
  statusBox.append(el('div', { class: 'progress' },
    el('strong', { text: 'Analysing this page…' }),
    el('ol', {}, STEPS.map((s, i) => el('li', { class: i < step ? 'done' : i === step ? 'now' : '', text: i === step && detail ? `${s} — ${detail}` : s }))),
    el('div', { class: 'bar-anim', 'aria-hidden': 'true' })));
}

function showNotice(title, lines, kind = 'info') {
  clear(statusBox); clear(headBox); clear(reportBox); clear(footer);
  document.body.dataset.state = kind === 'error' ? 'error' : 'notice';
  statusBox.append(el('div', { class: `notice ${kind}` }, el('h2', { text: title }), lines.map((l) => el('p', { text: l }))));
}

function showIdle() {
  showNotice('Analyse a news article', [
    'Open an article and click the copydesk button in the toolbar.',
    'The panel will show what looks copied, altered, garbled or unattributed, and highlight it in the page.',
  ]);
  document.body.dataset.state = 'idle';
}

function articleHead(article) {
  let date = article.published;
  try { if (date) date = new Date(date).toLocaleDateString(undefined, { dateStyle: 'medium' }); } catch { /* as given */ }
  const meta = [article.site, article.byline, date].filter(Boolean).join(' · ');
  return el('div', { class: 'article-head' },
    el('h2', { class: 'article-title', text: article.title || 'Untitled article' }),
    meta ? el('p', { class: 'article-meta', text: meta }) : null);
}

function sourceTextFinder(corpus) {
  const byId = new Map(corpus.map((a) => [a.id, a.text]));
  return (src, ev) => {
    const text = byId.get(src.id);
    if (!text || !Number.isInteger(ev.source_start) || !Number.isInteger(ev.source_end)) return null;
    return text.slice(ev.source_start, ev.source_end);
  };
}

/** A source named by id only (as in altered-quote versions) gets its title from the corpus. */
function sourceLabeler(corpus) {
  const byId = new Map(corpus.map((a) => [a.id, a]));
  return (src) => {
    const a = byId.get(src.id);
    return src.title || (a && (a.title || a.site)) || src.site || src.url || src.id || 'another version';
  };
}

function comparedWith(r) {
  const parts = [];
  if (r.indexCount) parts.push(`${r.indexCount} ${r.indexCount === 1 ? 'article' : 'articles'} by fingerprint`);
  if (r.corpus.length || !parts.length) parts.push(`${r.corpus.length} full ${r.corpus.length === 1 ? 'text' : 'texts'}`);
  return parts.join(' and ');
}

function showResult(tabId) {
  const r = results.get(tabId);
  if (!r) return;
  clear(statusBox); clear(headBox); clear(reportBox); clear(footer);
  document.body.dataset.state = 'report';
  headBox.append(articleHead(r.article));
  r.findings = renderReport(reportBox, {
    article: r.article,
    report: r.report,
    corpusCount: r.corpus.length,
    indexCount: r.indexCount || 0,
    onPick: (id, fromMap) => pick(tabId, id, fromMap),
    onReveal: (start, end) => sendToTab(tabId, reveal(start, end)),
    sourcePassage: sourceTextFinder(r.corpus),
    sourceLabel: sourceLabeler(r.corpus),
  });
  const t = r.timings;
  footer.append(
    el('p', { text: `${r.report.article?.words ?? '?'} words · compared with ${comparedWith(r)} · ${(r.report.furniture || []).length} page-furniture paragraphs set aside` }),
    el('p', { text: `Read in ${t.extract} ms, analysed in ${t.analyze} ms${t.load != null ? ` (engine loaded in ${t.load} ms)` : ''}.${r.highlightsMissed ? ` ${r.highlightsMissed} spans could not be placed in the page.` : ''}` }));
  const candidates = citedCandidates(r.article, r.links);
  if (candidates.length && !cited.has(tabId)) {
    footer.append(el('div', { class: 'cited' },
      el('p', { text: `The article links to ${candidates.length} ${candidates.length === 1 ? 'page' : 'pages'} it may have taken from.` }),
      el('button', { class: 'btn', type: 'button', id: 'compare-cited', onclick: () => compareCited(tabId, candidates) },
        'Compare with cited sources')));
  } else if (cited.has(tabId)) {
    footer.append(el('p', { text: `Compared with ${cited.get(tabId).length} cited ${cited.get(tabId).length === 1 ? 'source' : 'sources'} fetched from the article's links.` }));
  }
}

function pick(tabId, id, fromMap) {
  const r = results.get(tabId);
  if (!r) return;
  const f = r.findings.find((x) => x.id === id);
  if (!f) return; // a shared passage, not a finding
  for (const e of document.querySelectorAll('.finding.selected, .mm-mark.selected')) e.classList.remove('selected');
  const item = document.getElementById(`finding-${id}`);
  if (item) {
    item.classList.add('selected');
    item.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    if (fromMap) item.querySelector('.finding-head')?.focus({ preventScroll: true });
  }
  sendToTab(tabId, reveal(f.start, f.end));
}

// ---- analysis --------------------------------------------------------------------

async function sendToTab(tabId, msg) {
  try { return await api.tabs.sendMessage(tabId, msg); } catch { return null; }
}

function analyzeTab(tabId, problem = '') {
  if (running.has(tabId)) return running.get(tabId);
  const p = runAnalysis(tabId, problem).finally(() => running.delete(tabId));
  running.set(tabId, p);
  return p;
}

async function runAnalysis(tabId, problem) {
  shownTabId = tabId;
  showProgress(0);
  const t0 = performance.now();
  const got = problem ? null : await sendToTab(tabId, extract());
  if (!got) {
    setBadge(tabId, '');
    if (shownTabId === tabId) {
      showNotice('copydesk cannot read this page', [
        'Browser pages, the extension stores and some documents (PDFs) are closed to extensions.',
        'On a news article, click the copydesk button in the toolbar again.',
        problem ? `(${problem})` : '(the page did not answer)',
      ], 'error');
    }
    return;
  }
  if (!got.ok) {
    setBadge(tabId, '');
    if (shownTabId === tabId) {
      showNotice(got.reason === 'not-article' ? 'This page is not an article' : 'The article could not be read', [
        got.message,
        'copydesk analyses news articles: a page with a headline and running text. Open one and click the button again.',
      ], got.reason === 'not-article' ? 'info' : 'error');
    }
    return;
  }
  const timings = { extract: Math.round(performance.now() - t0) };
  const { article, links } = got;
  if (shownTabId === tabId) showProgress(1, `${article.text.length.toLocaleString()} characters read`);
  try {
    const warm = await engine.warm();
    timings.load = warm.loadMs;
    const corpus = [...await history.corpusFor(article.id), ...(cited.get(tabId) || [])];
    let index = await history.getIndex().catch(() => '');
    const earlier = corpus.length + indexEntries(index);
    if (shownTabId === tabId) showProgress(2, earlier ? `against ${earlier} earlier ${earlier === 1 ? 'article' : 'articles'}` : 'no earlier articles to compare with');
    const request = { article, corpus, index, options: { disable: settings.disabled || [] } };
    let answer;
    try {
      answer = await engine.analyze(request);
    } catch (e) {
      // The core refused the stored index (corrupt, truncated, from a newer
      // copydesk): set it aside, say so in the options page, and analyse with
      // a new index rather than failing on every article from now on.
      if (!index || !/^index: /.test(String(e.message || e))) throw e;
      await history.setIndexAside(index, String(e.message || e).replace(/^index: /, ''));
      index = '';
      answer = await engine.analyze({ ...request, index });
    }
    const { report, index: nextIndex, ms } = answer;
    timings.analyze = ms;
    if (typeof nextIndex === 'string' && nextIndex !== index) await history.setIndex(nextIndex).catch(() => {});
    const indexed = typeof nextIndex === 'string';
    const r = { article, report, links, corpus, timings, findings: indexFindings(report), indexed, indexCount: indexed ? indexEntries(index) : 0 };
    results.set(tabId, r);
    const spans = r.findings.map((f) => ({ id: f.id, kind: f.kind, severity: f.severity, start: f.start, end: f.end }));
    // The places the core marked inside them (a garbled sentence's damage), lit more strongly; a click selects their finding.
    for (const f of r.findings) {
      for (const m of marksOf(f)) spans.push({ id: f.id, kind: 'damage-mark', severity: f.severity, start: m.start, end: m.end });
    }
    // Passages shared with other articles, under the findings (ids after theirs).
    for (const u of report.reuse || []) {
      if (u.verdict === 'none') continue;
      for (const p of u.passages || []) {
        if (Number.isInteger(p.start) && Number.isInteger(p.end) && p.end > p.start) {
          spans.push({ id: spans.length, kind: 'reuse-passage', severity: 'info', start: p.start, end: p.end });
        }
      }
    }
    const hl = await sendToTab(tabId, highlight(spans, settings.highlights));
    r.highlightsMissed = hl ? hl.missed : spans.length;
    setBadge(tabId, String(r.findings.length), r.findings.some((f) => f.severity === 'alert'));
    await history.put(recordFromAnalysis(article, report, { keepText: settings.keepText })).catch(() => {});
    if (shownTabId === tabId) showResult(tabId);
    // Opted in earlier and the sites' permission is already held: compare at once.
    const candidates = citedCandidates(article, links);
    if (settings.compareCited && candidates.length && !cited.has(tabId) &&
        await api.permissions.contains({ origins: originsOf(candidates) }).catch(() => false)) {
      setTimeout(() => fetchAndCompare(tabId, candidates), 0); // after this run has finished
    }
  } catch (e) {
    setBadge(tabId, '!');
    if (shownTabId === tabId) showNotice('The analysis failed', [String(e.message || e), 'Try again with the ⟳ button; if it keeps failing, reload the page.'], 'error');
  }
}

function setBadge(tabId, text, alert = false) {
  api.action.setBadgeText({ tabId, text }).catch(() => {});
  if (text) api.action.setBadgeBackgroundColor({ tabId, color: alert ? '#b3261e' : '#1a56c4' }).catch(() => {});
}

async function compareCited(tabId, candidates) {
  const r = results.get(tabId);
  if (!r) return;
  // Asked now, inside the click: only the origins of the linked pages.
  let granted = false;
  try { granted = await api.permissions.request({ origins: originsOf(candidates) }); } catch { granted = false; }
  if (!granted) {
    footer.append(el('p', { class: 'bad', text: 'Permission to read the linked pages was not given; nothing was fetched.' }));
    return;
  }
  await setSetting('compareCited', true);
  await fetchAndCompare(tabId, candidates);
}

const originsOf = (candidates) => [...new Set(candidates.map((c) => `${new URL(c.href).origin}/*`))];

async function fetchAndCompare(tabId, candidates) {
  showProgress(2, `fetching ${candidates.length} cited ${candidates.length === 1 ? 'page' : 'pages'}`);
  const fetched = await fetchCitedSources(candidates);
  cited.set(tabId, fetched.map(toCorpusArticle));
  if (settings.keepText) await history.putMany(fetched).catch(() => {});
  results.delete(tabId);
  await analyzeTab(tabId);
}

// ---- wiring --------------------------------------------------------------------

api.runtime.onMessage.addListener((msg, sender) => {
  if (!isMessage(msg)) return undefined;
  if (msg.kind === Kind.ANALYZE_TAB) {
    api.tabs.get(msg.tabId).then((tab) => { if (tab.windowId === windowId) analyzeTab(msg.tabId, msg.problem); }).catch(() => {});
  } else if (msg.kind === Kind.FINDING_CLICKED && sender.tab && sender.tab.id === shownTabId) {
    pick(shownTabId, msg.id, true);
  }
  return undefined;
});

api.tabs.onActivated.addListener(({ tabId, windowId: w }) => {
  if (w !== windowId || running.has(tabId)) return;
  shownTabId = tabId;
  if (results.has(tabId)) showResult(tabId); else showIdle();
});

api.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading' && results.has(tabId)) {
    results.delete(tabId);
    cited.delete(tabId);
    if (tabId === shownTabId && !running.has(tabId)) showIdle();
  }
});

// Settings changed on the options page apply at once.
api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !settings) return;
  for (const [k, { newValue }] of Object.entries(changes)) if (k in settings) settings[k] = newValue;
  $('toggle-highlights').checked = settings.highlights;
});

$('toggle-highlights').addEventListener('change', async (ev) => {
  settings.highlights = ev.target.checked;
  await setSetting('highlights', settings.highlights);
  if (shownTabId != null) sendToTab(shownTabId, setHighlightsVisible(settings.highlights));
});
$('reanalyse').addEventListener('click', async () => {
  const [tab] = await api.tabs.query({ active: true, windowId });
  if (!tab) return;
  const alive = await sendToTab(tab.id, ping());
  if (alive) { results.delete(tab.id); analyzeTab(tab.id); }
  else showNotice('Click the toolbar button first', ['copydesk reads a page only after you click its button on that page.']);
});
$('open-options').addEventListener('click', () => api.runtime.openOptionsPage());

// Arrow keys move between findings; Enter / Space on one shows it in the page.
document.addEventListener('keydown', (ev) => {
  if (!['ArrowDown', 'ArrowUp', 'j', 'k'].includes(ev.key) || ev.altKey || ev.ctrlKey || ev.metaKey) return;
  const heads = [...document.querySelectorAll('.finding-head')];
  if (!heads.length) return;
  const i = heads.indexOf(document.activeElement);
  const down = ev.key === 'ArrowDown' || ev.key === 'j';
  const next = i < 0 ? 0 : Math.max(0, Math.min(heads.length - 1, i + (down ? 1 : -1)));
  heads[next].focus();
  heads[next].scrollIntoView({ block: 'nearest' });
  ev.preventDefault();
});

async function init() {
  settings = await getSettings();
  $('toggle-highlights').checked = settings.highlights;
  const win = await api.windows.getCurrent();
  windowId = win.id;
  engine.warm().catch(() => {}); // load the module while the page is being read
  const reply = await api.runtime.sendMessage(panelReady(windowId)).catch(() => null);
  if (reply && reply.tabId != null) { analyzeTab(reply.tabId, reply.problem || ''); return; }
  const [tab] = await api.tabs.query({ active: true, windowId });
  if (tab && await sendToTab(tab.id, ping())) analyzeTab(tab.id);
  else showIdle();
}
// Read-only handle for the end-to-end tests and for debugging from DevTools:
// the results per tab, and `preview` to render a report without a page.
globalThis.copydeskPanel = {
  results,
  get shownTabId() { return shownTabId; },
  preview(article, report, corpus = []) {
    const id = -1;
    results.set(id, { article, report, links: [], corpus, timings: { extract: 0, analyze: 0 }, findings: indexFindings(report) });
    shownTabId = id;
    showResult(id);
  },
};

init();
