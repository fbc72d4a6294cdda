// The reader's history of analysed articles, in IndexedDB (extension origin).
//
// One record per article (key: its URL, or `import:NAME` for imported files):
//   {id, url, title, site, byline, published, analyzedAt, chars, findings,
//    verdict, origin: 'visit' | 'import' | 'cited',
//    text?: string,                        only when the reader keeps texts
//                                           (imports and fetched sources always do)
//    fingerprint?: {format, bytes}}        the core's fingerprint index entry once
//                                           its format lands (branch `reuse`)
// Later analyses use the records as the corpus: today the core compares full
// texts, so only records with `text` take part; when the core's index lands,
// `fingerprint.bytes` replaces `text` and every record takes part.
const DB_NAME = 'copydesk';
const DB_VERSION = 1;
const STORE = 'articles';

let dbPromise = null;
function db() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('analyzedAt', 'analyzedAt');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  return dbPromise;
}

function tx(mode, fn) {
  return db().then((d) => new Promise((resolve, reject) => {
    const t = d.transaction(STORE, mode);
    const store = t.objectStore(STORE);
    let result;
    Promise.resolve(fn(store)).then((r) => { result = r; });
    t.oncomplete = () => resolve(result);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  }));
}

const reqP = (req) => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

export const history = {
  /** All records, newest first. */
  async list() {
    const all = await tx('readonly', (s) => reqP(s.getAll()));
    return all.sort((a, b) => (b.analyzedAt || '').localeCompare(a.analyzedAt || ''));
  },
  async get(id) { return tx('readonly', (s) => reqP(s.get(id))); },
  async put(record) { return tx('readwrite', (s) => reqP(s.put(record))); },
  async putMany(records) {
    return tx('readwrite', (s) => Promise.all(records.map((r) => reqP(s.put(r)))).then(() => records.length));
  },
  async remove(id) { return tx('readwrite', (s) => reqP(s.delete(id))); },
  async clear() { return tx('readwrite', (s) => reqP(s.clear())); },
  async count() { return tx('readonly', (s) => reqP(s.count())); },

  /** Corpus articles for the core, excluding the article being analysed. */
  async corpusFor(articleId) {
    const all = await this.list();
    return all
      .filter((r) => r.id !== articleId && typeof r.text === 'string' && r.text.length > 0)
      .map(toCorpusArticle);
  },
};

export function toCorpusArticle(r) {
  return {
    id: r.id, url: r.url || '', site: r.site || '', title: r.title || '',
    byline: r.byline || '', published: r.published || '', text: r.text,
  };
}

/** A record for an analysed article; `text` only if `keepText`. */
export function recordFromAnalysis(article, report, { keepText, origin = 'visit' }) {
  const top = (report.reuse || []).filter((u) => u.verdict !== 'none').sort((a, b) => b.coverage - a.coverage)[0];
  const r = {
    id: article.id,
    url: article.url,
    title: article.title,
    site: article.site,
    byline: article.byline,
    published: article.published,
    analyzedAt: new Date().toISOString(),
    chars: article.text.length,
    findings: (report.findings || []).length,
    verdict: top ? `${top.verdict} from ${top.source.title || top.source.site || top.source.id}` : '',
    origin,
  };
  if (keepText) r.text = article.text;
  return r;
}

// ---- import / export (JSON Lines of contract articles) ----------------------

/** One JSON object per line: {url, site, title, byline, published, text, analyzedAt?}. */
export function exportJsonl(records) {
  return records.map((r) => JSON.stringify({
    id: r.id, url: r.url, site: r.site, title: r.title, byline: r.byline, published: r.published,
    analyzedAt: r.analyzedAt, findings: r.findings, verdict: r.verdict, origin: r.origin,
    ...(r.text ? { text: r.text } : {}),
  })).join('\n') + (records.length ? '\n' : '');
}

const str = (x) => (typeof x === 'string' ? x : '');

/** Records from an imported file: `.jsonl` / `.json` (contract articles) or `.txt`. */
export function recordsFromFile(name, content) {
  const now = new Date().toISOString();
  const fromObject = (o, fallbackId) => {
    if (!o || typeof o !== 'object' || typeof o.text !== 'string' || o.text.length === 0) return null;
    const id = str(o.id) || str(o.url) || fallbackId;
    return {
      id, url: str(o.url), site: str(o.site), title: str(o.title) || fallbackId.replace(/^import:/, ''),
      byline: str(o.byline), published: str(o.published), analyzedAt: str(o.analyzedAt) || now,
      chars: o.text.length, findings: Number.isInteger(o.findings) ? o.findings : null,
      verdict: str(o.verdict), origin: 'import', text: o.text.replace(/\r\n?/g, '\n'),
    };
  };
  const base = `import:${name}`;
  if (/\.txt$/i.test(name)) {
    const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const title = text.split('\n').find((l) => l.trim().length > 20) || name;
    return { records: [fromObject({ text, title: title.slice(0, 120) }, base)], errors: [] };
  }
  if (/\.json$/i.test(name)) {
    try {
      const r = fromObject(JSON.parse(content), base);
      return r ? { records: [r], errors: [] } : { records: [], errors: [`${name}: no "text"`] };
    } catch (e) { return { records: [], errors: [`${name}: ${e.message}`] }; }
  }
  const records = [];
  const errors = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const r = fromObject(JSON.parse(line), `${base}#${i + 1}`);
      if (r) records.push(r); else errors.push(`${name}:${i + 1}: no "text"`);
    } catch (e) { errors.push(`${name}:${i + 1}: ${e.message}`); }
  });
  return { records, errors };
}
