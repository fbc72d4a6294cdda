// The reader's history of analysed articles, in IndexedDB (extension origin).
//
// One record per article (key: its URL, or `import:NAME` for imported files):
//   {id, url, title, site, byline, published, analyzedAt, chars, findings,
//    verdict, origin: 'visit' | 'import' | 'cited',
//    text?: string,                        only when the reader keeps texts
//                                           (imports and fetched sources always do)
// Later analyses compare with the history in two ways:
//   - records with `text` are passed to the core as the request's `corpus`;
//   - the core's fingerprint index (store `meta`, key `index`: {base64,
//     updatedAt}) is passed as the request's `index`. A core that knows
//     indexes (branch `reuse`) compares with every article in it and answers
//     the index with this article added; the panel stores that. The index
//     holds fingerprints, never texts. A core without index support ignores
//     the field and answers no index, and then only kept texts take part.
const DB_NAME = 'copydesk';
const DB_VERSION = 2;
const STORE = 'articles';
const META = 'meta';

// Schema migrations, one step per version, run inside the upgrade
// transaction (all or nothing: a failed upgrade leaves the previous version).
//   1: store `articles` (keyPath id, index analyzedAt). Records may carry an
//      unused `fingerprint` field (never filled): kept as it is.
//   2: store `meta` (the core's fingerprint index, key `index`; an index the
//      core refused is set aside under `damagedIndex`). Records unchanged.
// A database from a newer copydesk (version > DB_VERSION) fails to open with
// a VersionError, shown by the options page; nothing is modified.
export function upgrade(d, oldVersion) {
  if (oldVersion < 1) d.createObjectStore(STORE, { keyPath: 'id' }).createIndex('analyzedAt', 'analyzedAt');
  if (oldVersion < 2 && !d.objectStoreNames.contains(META)) d.createObjectStore(META);
}

let dbPromise = null;
function db() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = (ev) => upgrade(req.result, ev.oldVersion);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  return dbPromise;
}

// One transaction: everything `fn` writes is stored, or (on any error,
// thrown or from a request) nothing is: the transaction is aborted.
function tx(mode, fn, storeName = STORE) {
  return db().then((d) => new Promise((resolve, reject) => {
    const t = d.transaction(storeName, mode);
    const store = t.objectStore(storeName);
    let result;
    let failure = null;
    const abort = (e) => {
      failure = failure || e;
      try { t.abort(); } catch { /* already finished */ }
    };
    t.oncomplete = () => resolve(result);
    t.onerror = () => reject(failure || t.error);
    t.onabort = () => reject(failure || t.error || new Error('the history transaction was aborted'));
    try {
      Promise.resolve(fn(store)).then((r) => { result = r; }, abort);
    } catch (e) {
      abort(e);
    }
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
  /** Clears the records and the fingerprint index. */
  async clear() {
    await tx('readwrite', (s) => reqP(s.clear()), META);
    return tx('readwrite', (s) => reqP(s.clear()));
  },
  /** The core's fingerprint index as base64, or '' when there is none yet. */
  async getIndex() {
    const v = await tx('readonly', (s) => reqP(s.get('index')), META);
    return v && typeof v.base64 === 'string' ? v.base64 : '';
  },
  async setIndex(base64) {
    return tx('readwrite', (s) => reqP(s.put({ base64, updatedAt: new Date().toISOString() }, 'index')), META);
  },
  /**
   * Sets aside an index the core refused (`reason`): it no longer takes part,
   * the next analysis starts a new one, and the options page says so and
   * offers the damaged bytes for `copydesk index salvage`. One transaction.
   */
  async setIndexAside(base64, reason) {
    return tx('readwrite', (s) => {
      s.put({ base64, reason, at: new Date().toISOString() }, 'damagedIndex');
      return reqP(s.delete('index'));
    }, META);
  },
  /** The index set aside, {base64, reason, at}, or null. */
  async getDamagedIndex() {
    const v = await tx('readonly', (s) => reqP(s.get('damagedIndex')), META);
    return v && typeof v.base64 === 'string' ? v : null;
  },
  async discardDamagedIndex() { return tx('readwrite', (s) => reqP(s.delete('damagedIndex')), META); },
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

/**
 * How many articles a fingerprint index holds, read from its header
 * ("CDXI", u16 version, u16 flags, u32 entries, little-endian); 0 if unknown.
 */
export function indexEntries(base64) {
  if (!base64) return 0;
  try {
    const head = atob(base64.slice(0, 16));
    if (head.slice(0, 4) !== 'CDXI') return 0;
    return (head.charCodeAt(8) | (head.charCodeAt(9) << 8) | (head.charCodeAt(10) << 16) | (head.charCodeAt(11) << 24)) >>> 0;
  } catch { return 0; }
}
