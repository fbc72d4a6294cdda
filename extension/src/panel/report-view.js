// Renders a copydesk.report/1 report. Pure presentation: every number, verdict
// and reason comes from the report; text is inserted with textContent only.
import { el } from '../lib/dom.js';
import { wordDiff } from '../lib/diff.js';
import { groupOf } from '../content/highlight-names.js';
import { KIND_ORDER, kindLabel, fieldLabel, SEVERITY_LABELS, DETECTOR_OF_KIND, detectorLabel } from './labels.js';

const pct = (x) => `${Math.round((Number(x) || 0) * 100)}%`;
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** Sorted findings with a stable id (their index in the report). */
export function indexFindings(report) {
  return (report.findings || []).map((f, id) => ({ ...f, id }));
}

function sourceName(src) {
  return src.title || src.site || src.url || src.id || 'another article';
}

// ---- summary -------------------------------------------------------------------

const NOT_ENGLISH_NOTE = 'This article is not in English. These checks read English only, so they did not run:';

/** Checks that did not run (report.not_run), grouped by why: their silence is not a clean bill. */
function notRunNotice(report) {
  const notRun = (report.not_run || []).filter((n) => n && typeof n.detector === 'string');
  if (!notRun.length) return null;
  const byReason = new Map();
  for (const n of notRun) {
    if (!byReason.has(n.reason)) byReason.set(n.reason, { code: n.code, labels: [] });
    byReason.get(n.reason).labels.push(detectorLabel(n.detector));
  }
  const box = el('div', { class: 'not-run', role: 'note' });
  for (const [reason, { code, labels }] of byReason) {
    const lead = code === 'turned-off' ? 'Turned off in Options:'
      : code === 'not-english' ? NOT_ENGLISH_NOTE : `Not run (${reason}):`;
    box.append(el('p', {}, el('strong', { text: lead }), ` ${labels.join(', ')}.`));
  }
  return box;
}

function summary(article, report, findings, ctx) {
  const count = (kind) => findings.filter((f) => f.kind === kind).length;
  const reuse = (report.reuse || []).filter((u) => u.verdict && u.verdict !== 'none')
    .sort((a, b) => b.coverage - a.coverage);
  const box = el('section', { class: 'summary', 'aria-label': 'Summary' });
  const notRun = new Set((report.not_run || []).map((n) => n && n.detector));
  const notice = notRunNotice(report);
  if (notice) box.append(notice);

  // Is it a copy, and of what?
  if (reuse.length > 0) {
    const top = reuse[0];
    const what = top.verdict === 'wholly' ? 'A copy of' : 'Partly copied from';
    box.append(el('p', { class: `verdict verdict-${top.verdict}` },
      el('strong', { text: `${what} ` }),
      el('cite', { text: sourceName(top.source) }),
      top.source.site ? ` (${top.source.site})` : '',
      ` — ${pct(top.coverage)} of the text, `,
      el('span', { class: top.credited ? 'ok' : 'bad', text: top.credited ? 'credited' : 'not credited' }),
      '.'));
    if (reuse.length > 1) {
      box.append(el('p', { class: 'verdict-more', text: `Also shares text with ${plural(reuse.length - 1, 'other article', 'other articles')}.` }));
    }
  } else {
    const n = ctx.corpusCount + (ctx.indexCount || 0);
    box.append(el('p', { class: 'verdict verdict-none' },
      el('strong', { text: 'No copying found' }),
      n > 0 ? ` among the ${n === 1 ? 'article' : 'articles'} in your history and the sources compared.`
        : ' — there was nothing to compare with yet: your history is empty (see Options to import a corpus).'));
  }

  // The counts a reader asks about first.
  const stats = [
    ['garbled-sentence', 'garbled sentences', 'garbled sentence'],
    ['altered-quote', 'altered quotes', 'altered quote'],
    ['unattributed-quote', 'unattributed quotes', 'unattributed quote'],
    ['vague-source', 'vague sources', 'vague source'],
  ];
  const list = el('ul', { class: 'stats' });
  for (const [kind, many, one] of stats) {
    if (notRun.has(DETECTOR_OF_KIND[kind])) {
      list.append(el('li', { class: `stat group-${groupOf(kind)} not-checked` },
        el('span', { class: 'stat-n', text: '–' }), el('span', { class: 'stat-label', text: `${many}: not checked` })));
      continue;
    }
    const n = count(kind);
    list.append(el('li', { class: `stat group-${groupOf(kind)}${n ? '' : ' zero'}` },
      el('span', { class: 'stat-n', text: String(n) }), el('span', { class: 'stat-label', text: n === 1 ? one : many })));
  }
  box.append(list);

  // Which outlets it credits.
  const outlets = new Map();
  for (const c of report.credits || []) outlets.set(c.outlet, (outlets.get(c.outlet) || 0) + 1);
  box.append(el('p', { class: 'credits' },
    el('span', { class: 'label', text: 'Credits: ' }),
    notRun.has('credits') ? el('span', { class: 'muted', text: 'not checked' })
      : outlets.size === 0 ? el('span', { class: 'muted', text: 'no outlet or agency named' })
      : [...outlets].map(([o, n], i) => [i ? ', ' : '', el('span', { class: 'outlet', text: o }), n > 1 ? ` ×${n}` : ''])));

  const quotes = report.quotes || [];
  if (quotes.length) {
    const attributed = quotes.filter((q) => q.speaker).length;
    box.append(el('p', { class: 'muted small', text: `${plural(quotes.length, 'direct quote', 'direct quotes')}, ${attributed} attributed to a speaker.` }));
  }
  return box;
}

// ---- minimap -------------------------------------------------------------------

function minimap(article, report, findings, onPick) {
  const total = Math.max(1, article.text.length);
  const wrap = el('div', { class: 'minimap', role: 'group', 'aria-label': 'Where the findings are in the article (start at left)' });
  for (const f of report.furniture || []) {
    wrap.append(el('span', {
      class: 'mm-furniture', 'aria-hidden': 'true', title: `Page furniture (${f.kind}), not analysed`,
      style: { left: `${(f.start / total) * 100}%`, width: `${Math.max(0.3, ((f.end - f.start) / total) * 100)}%` },
    }));
  }
  for (const f of findings) {
    wrap.append(el('button', {
      class: `mm-mark group-${groupOf(f.kind)} sev-${f.severity}`,
      type: 'button',
      tabindex: '-1',
      title: `${kindLabel(f.kind)}: ${f.message}`,
      'aria-label': `${kindLabel(f.kind)} at ${Math.round((f.start / total) * 100)}% of the article`,
      style: { left: `${(f.start / total) * 100}%`, width: `${Math.max(0.6, ((f.end - f.start) / total) * 100)}%` },
      onclick: () => onPick(f.id, true),
    }));
  }
  const legend = el('div', { class: 'minimap-legend', 'aria-hidden': 'true' },
    el('span', { text: 'start' }), el('span', { text: `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} in the article` }), el('span', { text: 'end' }));
  return el('div', {}, wrap, legend);
}

// ---- one finding -----------------------------------------------------------------

/** The sentence(s) around a finding, with the finding's words marked. */
function context(article, report, f) {
  const text = article.text;
  let s = f.start;
  let e = f.end;
  for (const sen of report.sentences || []) {
    if (sen.end > f.start && sen.start < f.end) { s = Math.min(s, sen.start); e = Math.max(e, sen.end); }
  }
  const MAX = 420;
  let pre = text.slice(s, f.start);
  let post = text.slice(f.end, e);
  if (pre.length > MAX / 2) pre = `… ${pre.slice(-MAX / 2)}`;
  if (post.length > MAX / 2) post = `${post.slice(0, MAX / 2)} …`;
  let mid = text.slice(f.start, f.end);
  const whole = mid.length <= MAX * 2;
  if (!whole) mid = `${mid.slice(0, MAX)} … ${mid.slice(-MAX / 2)}`;
  const shown = el('mark', { class: `group-${groupOf(f.kind)}` });
  // The places the core marked (evidence.marks: a garbled sentence's damage), inside the finding.
  let at = f.start;
  if (whole) {
    for (const m of marksOf(f)) {
      if (m.start < at || m.end > f.end) continue;
      shown.append(text.slice(at, m.start), el('mark', { class: 'damage', title: m.reason, text: text.slice(m.start, m.end) }));
      at = m.end;
    }
  }
  shown.append(whole ? text.slice(at, f.end) : mid);
  return el('blockquote', { class: 'context' }, pre, shown, post);
}

/** A finding's marked places (evidence.marks), in text order. */
export function marksOf(f) {
  const marks = f.evidence && Array.isArray(f.evidence.marks) ? f.evidence.marks : [];
  return marks.filter((m) => m && Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start && typeof m.reason === 'string')
    .sort((a, b) => a.start - b.start);
}

function reasonsOf(report, f) {
  const reasons = [];
  if (f.kind === 'garbled-sentence') {
    for (const sen of report.sentences || []) {
      if (sen.end > f.start && sen.start < f.end && sen.garble) {
        for (const r of sen.garble.reasons || []) if (!reasons.includes(r)) reasons.push(r);
      }
    }
  }
  const ev = f.evidence;
  if (ev && Array.isArray(ev.reasons)) for (const r of ev.reasons) if (typeof r === 'string' && !reasons.includes(r)) reasons.push(r);
  return reasons;
}

// Evidence fields holding another version of the finding's words: shown as a word diff.
const VERSION_KEYS = /^(other|other_text|other_version|other_quote|original|original_text|original_quote|source_quote|versions?)$/;
// Evidence fields holding the matching passage of a source: shown as a quotation.
const PASSAGE_KEYS = /^(source_text|source_passage|matched|matched_text|passage)$/;

function diffView(mine, other) {
  const line = el('p', { class: 'diff' });
  // Reads as the other version; this article's words it lacks are struck through.
  for (const part of wordDiff(mine, other)) {
    if (part.op === 'same') line.append(part.text);
    else if (part.op === 'del') line.append(el('del', { title: 'in this article', text: part.text.trimEnd() }), ' ');
    else line.append(el('ins', { title: 'in the other version', text: part.text.trimEnd() }), /\s$/.test(part.text) ? ' ' : '');
  }
  return line;
}

function sourceCard(src, extraText) {
  const card = el('div', { class: 'source-card' });
  const title = sourceName(src);
  card.append(src.url && /^https?:/.test(src.url)
    ? el('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer', text: title })
    : el('span', { class: 'source-title', text: title }));
  if (src.site) card.append(el('span', { class: 'muted', text: ` · ${src.site}` }));
  if (extraText) card.append(el('blockquote', { class: 'source-passage', text: extraText }));
  return card;
}

function scalar(v) {
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  return String(v);
}

/** A diff computed by the core: ops 'same' | 'other' (the other version's words) | 'this' (this article's). */
function coreDiffView(ops) {
  const line = el('p', { class: 'diff' });
  ops.forEach((op, i) => {
    if (!op || typeof op.text !== 'string') return;
    if (i > 0) line.append(' ');
    if (op.op === 'other') line.append(el('ins', { title: 'in the other version', text: op.text }));
    else if (op.op === 'this') line.append(el('del', { title: 'in this article', text: op.text }));
    else line.append(op.text);
  });
  return line;
}

/** Other versions of a quote (altered-quote evidence `versions`). */
function versionsView(versions, ctx) {
  const box = el('div', { class: 'versions' });
  for (const v of versions.slice(0, 4)) {
    if (!v || typeof v !== 'object') continue;
    const src = v.source && typeof v.source === 'object' ? v.source : {};
    box.append(el('p', { class: 'ev-label' }, 'In ', el('cite', { text: ctx.sourceLabel(src) }), ':'));
    if (Array.isArray(v.diff) && v.diff.length) box.append(coreDiffView(v.diff));
    else if (typeof v.quote === 'string') box.append(el('blockquote', { class: 'source-passage', text: v.quote }));
  }
  return box;
}

/** Aligned passages (reuse evidence `passages`): this article's words and the source's. */
function passagesView(passages, source, ctx) {
  const box = el('div', { class: 'passages' });
  for (const p of passages.slice(0, 3)) {
    if (!p || typeof p !== 'object') continue;
    const theirs = typeof p.source_text === 'string' ? p.source_text : ctx.sourcePassage(source || {}, p);
    box.append(el('div', { class: 'passage' },
      el('p', { class: 'ev-label' }, typeof p.kind === 'string' ? el('span', { class: 'kind-tag', text: p.kind }) : null,
        theirs ? ' passage — this article, then the source:' : ' passage in this article (the source text is not stored):'),
      typeof p.text === 'string' ? el('blockquote', { class: 'this-passage', text: p.text }) : null,
      theirs ? el('blockquote', { class: 'source-passage', text: theirs }) : null));
  }
  return box;
}

/** Evidence: the other version (with a word diff), the source passage, then any other fields. */
function evidenceView(article, f, ctx) {
  const ev = f.evidence;
  if (!ev || typeof ev !== 'object') return null;
  const box = el('div', { class: 'evidence' });
  const mine = article.text.slice(f.start, f.end);
  const rest = el('dl', { class: 'fields' });
  for (const [k, v] of Object.entries(ev)) {
    // Reasons and marks are shown with the context above.
    if (k === 'reasons' || k === 'marks' || k === 'quote' || (PASSAGE_KEYS.test(k) && ev.source && typeof ev.source === 'object')) continue;
    if (k === 'versions' && Array.isArray(v)) {
      if (v.length) box.append(versionsView(v, ctx));
    } else if (k === 'passages' && Array.isArray(v)) {
      if (v.length) box.append(passagesView(v, ev.source, ctx));
    } else if (k === 'same_in' && Array.isArray(v)) {
      if (v.length) rest.append(el('dt', { text: 'Same words in' }), el('dd', { text: v.map(String).join(', ') }));
    } else if (k === 'coverage' && typeof v === 'number') {
      rest.append(el('dt', { text: 'Coverage' }), el('dd', { text: pct(v) }));
    } else if (VERSION_KEYS.test(k) && typeof v === 'string') {
      box.append(el('p', { class: 'ev-label', text: `${fieldLabel(k)}:` }), diffView(mine, v));
    } else if (k === 'source' && v && typeof v === 'object') {
      const given = Object.keys(ev).find((key) => PASSAGE_KEYS.test(key) && typeof ev[key] === 'string');
      const passage = given ? ev[given] : Array.isArray(ev.passages) ? null : ctx.sourcePassage(v, ev);
      box.append(el('p', { class: 'ev-label', text: 'Source:' }), sourceCard(v, passage));
    } else if (PASSAGE_KEYS.test(k) && typeof v === 'string') {
      box.append(el('p', { class: 'ev-label', text: `${fieldLabel(k)}:` }), el('blockquote', { class: 'source-passage', text: v }));
    } else if (v && typeof v === 'object' && !Array.isArray(v) && (v.url || v.title) && (v.site || v.id)) {
      box.append(el('p', { class: 'ev-label', text: `${fieldLabel(k)}:` }), sourceCard(v, typeof v.text === 'string' ? v.text : null));
    } else if (Array.isArray(v)) {
      if (v.length === 0) continue;
      rest.append(el('dt', { text: fieldLabel(k) }),
        el('dd', {}, el('ul', {}, v.map((x) => el('li', { text: typeof x === 'object' ? JSON.stringify(x) : scalar(x) })))));
    } else if (v && typeof v === 'object') {
      rest.append(el('dt', { text: fieldLabel(k) }), el('dd', { text: JSON.stringify(v) }));
    } else if (v !== null && v !== undefined && v !== '') {
      rest.append(el('dt', { text: fieldLabel(k) }), el('dd', { text: scalar(v) }));
    }
  }
  if (rest.childElementCount) box.append(rest);
  return box.childElementCount ? box : null;
}

function findingItem(article, report, f, ctx) {
  const reasons = reasonsOf(report, f);
  const item = el('li', {
    class: `finding group-${groupOf(f.kind)} severity-${f.severity}`,
    id: `finding-${f.id}`,
    tabindex: '-1',
    dataset: { id: String(f.id) },
  });
  const head = el('button', {
    class: 'finding-head', type: 'button',
    'aria-describedby': `finding-${f.id}-msg`,
    title: 'Show in the page',
    onclick: () => ctx.onPick(f.id, false),
  },
  el('span', { class: `sev sev-${f.severity}`, text: SEVERITY_LABELS[f.severity] || f.severity }),
  el('span', { class: 'finding-msg', id: `finding-${f.id}-msg`, text: f.message }),
  el('span', { class: 'goto', 'aria-hidden': 'true', text: '↗' }));
  item.append(head, context(article, report, f));
  if (reasons.length) {
    const marks = marksOf(f);
    item.append(el('ul', { class: 'reasons', 'aria-label': 'Reasons' }, reasons.map((r) => {
      // With the words each reason is about, marked as in the context, unless the reason quotes them.
      const words = r.includes('“') ? [] : marks.filter((m) => m.reason === r).map((m) => article.text.slice(m.start, m.end));
      return el('li', {}, r, words.map((w) => [' ', el('span', { class: 'damage-words', text: w })]));
    })));
  }
  const ev = evidenceView(article, f, ctx);
  if (ev) item.append(ev);
  return item;
}

function reuseSection(report, ctx) {
  const reuse = (report.reuse || []).filter((u) => u.verdict !== 'none').sort((a, b) => b.coverage - a.coverage);
  if (!reuse.length) return null;
  const sec = el('section', { class: 'group reuse-list' }, el('h2', { text: `Shares text with (${reuse.length})` }));
  const list = el('ul', {});
  for (const u of reuse) {
    const kinds = {};
    for (const p of u.passages || []) kinds[p.kind] = (kinds[p.kind] || 0) + 1;
    const first = (u.passages || []).find((p) => Number.isInteger(p.start) && p.end > p.start);
    list.append(el('li', { class: 'reuse-item' },
      sourceCard(u.source, null),
      first ? el('button', { class: 'link-button', type: 'button', onclick: () => ctx.onReveal(first.start, first.end),
        text: `Show the shared ${(u.passages || []).length === 1 ? 'passage' : 'passages'} in the page` }) : null,
      el('p', { class: 'small', text: `${u.verdict === 'wholly' ? 'Wholly' : 'Partly'} shared: ${pct(u.coverage)} of this article, ${u.credited ? 'credited' : 'not credited'}; ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ') || 'no passages'}.` })));
  }
  sec.append(list);
  return sec;
}

/**
 * @param {HTMLElement} root
 * @param {{article: object, report: object, corpusCount: number, indexCount?: number, onPick: (id: number, fromMap: boolean) => void,
 *          sourcePassage: (src: object, evidence: object) => string | null}} ctx
 */
export function renderReport(root, ctx) {
  const { article, report } = ctx;
  const findings = indexFindings(report);
  root.append(summary(article, report, findings, ctx));
  root.append(minimap(article, report, findings, ctx.onPick));

  const byKind = new Map();
  for (const f of findings) {
    if (!byKind.has(f.kind)) byKind.set(f.kind, []);
    byKind.get(f.kind).push(f);
  }
  const kinds = [...byKind.keys()].sort((a, b) => {
    const ia = KIND_ORDER.indexOf(a);
    const ib = KIND_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const reuse = reuseSection(report, ctx);
  if (reuse) root.append(reuse);
  if (findings.length === 0) {
    root.append(el('p', {
      class: 'empty',
      text: (report.not_run || []).length ? 'No findings from the checks that ran.' : 'No findings: nothing in this article was flagged.',
    }));
  }
  for (const kind of kinds) {
    const list = byKind.get(kind);
    const id = `group-${kind.replace(/[^a-z0-9-]/gi, '')}`;
    const sec = el('section', { class: `group group-${groupOf(kind)}`, 'aria-labelledby': id },
      el('h2', { id }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), `${kindLabel(kind, list.length)} (${list.length})`));
    sec.append(el('ol', { class: 'findings' }, list.map((f) => findingItem(article, report, f, ctx))));
    root.append(sec);
  }
  return findings;
}
