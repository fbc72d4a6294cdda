// "Compare with cited sources": the pages an article links to, fetched (with
// the host permission the reader grants at that moment), read with Readability
// and compared like history entries.
import { Readability } from '@mozilla/readability';
import { buildText } from '../content/textmap.js';

export const MAX_CITED = 6;
const FETCH_TIMEOUT_MS = 8000;

const sameHost = (href, host) => { try { return new URL(href).host === host ? 1 : 0; } catch { return 1; } };

/** Links worth fetching: other pages, http(s), one per URL, article links first. */
export function citedCandidates(article, links) {
  const self = (article.url || '').split('#')[0];
  let host = '';
  try { host = new URL(self).host; } catch { /* no URL */ }
  const seen = new Set();
  const out = [];
  // Other sites first: a credited source is rarely on the article's own site.
  const ordered = [...(links || [])].sort((a, b) => sameHost(a.href, host) - sameHost(b.href, host));
  for (const l of ordered) {
    let u;
    try { u = new URL(l.href); } catch { continue; }
    if (!/^https?:$/.test(u.protocol)) continue;
    u.hash = '';
    if (u.href === self || seen.has(u.href)) continue;
    seen.add(u.href);
    out.push({ href: u.href, text: l.text });
    if (out.length >= MAX_CITED) break;
  }
  return out;
}

async function fetchOne(c) {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(c.href, { signal: ctl.signal, credentials: 'omit', redirect: 'follow' });
    if (!res.ok || !/html/.test(res.headers.get('content-type') || '')) return null;
    const html = await res.text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const base = doc.createElement('base');
    base.href = res.url;
    doc.head.append(base);
    const parsed = new Readability(doc, { serializer: (el) => el }).parse();
    if (!parsed || !parsed.content) return null;
    const { text } = buildText(parsed.content);
    if (text.length < 200) return null;
    let site = parsed.siteName || '';
    if (!site) site = new URL(res.url).hostname.replace(/^www\./, '');
    return {
      id: res.url, url: res.url, site, title: (parsed.title || c.text || '').trim(),
      byline: parsed.byline || '', published: parsed.publishedTime || '',
      analyzedAt: new Date().toISOString(), chars: text.length, findings: null, verdict: '', origin: 'cited', text,
    };
  } catch { return null; } finally { clearTimeout(timer); }
}

/** History-shaped records of the cited pages that could be read. */
export async function fetchCitedSources(candidates) {
  const got = await Promise.all(candidates.map(fetchOne));
  return got.filter(Boolean);
}
