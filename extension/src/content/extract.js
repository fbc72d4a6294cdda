// Article extraction: @mozilla/readability decides which part of the page is
// the article; the text the core analyses is then read from the page's own
// text nodes (textmap.js), so every offset in the report maps back exactly.
//
// Readability works on a clone of the document. Cloning keeps the tree's
// shape, so a parallel walk pairs every cloned text node with its live twin
// before Readability runs; Readability moves text nodes but (almost) never
// recreates them. The few it does recreate (a retry pass re-parses its HTML)
// are paired by content, in document order, after the last paired node.
import { Readability } from '@mozilla/readability';
import { buildText } from './textmap.js';

// Fewer body characters than this and the page is not treated as an article.
export const MIN_ARTICLE_CHARS = 400;

// Running text, not a list of links: enough characters outside links, in at
// least MIN_PARAGRAPHS paragraphs of MIN_PARAGRAPH_CHARS or more.
const MIN_PARAGRAPHS = 3;
const MIN_PARAGRAPH_CHARS = 80;
const MAX_LINK_SHARE = 0.5;

function looksLikeArticle({ text, links }) {
  if (text.length < MIN_ARTICLE_CHARS) return false;
  let linked = 0;
  for (const l of links) linked += l.end - l.start;
  if (linked / text.length > MAX_LINK_SHARE) return false;
  return text.split('\n').filter((p) => p.length >= MIN_PARAGRAPH_CHARS).length >= MIN_PARAGRAPHS;
}

function textNodes(root) {
  const out = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

function siteName(doc, parsed) {
  if (parsed.siteName) return parsed.siteName;
  try { return new URL(doc.location.href).hostname.replace(/^www\./, ''); } catch { return ''; }
}

/**
 * @param {Document} doc  the live page
 * @returns {{ok: true, article: import('../protocol.js').Article, links: object[], pieces: object[],
 *            mapped: number, unmapped: number} | {ok: false, reason: string, message: string}}
 */
export function extractArticle(doc) {
  const liveNodes = textNodes(doc.documentElement);
  const clone = doc.cloneNode(true);
  const cloneNodes = textNodes(clone.documentElement);
  /** @type {Map<Text, number>} clone text node → index in liveNodes */
  const twin = new Map();
  if (cloneNodes.length === liveNodes.length) {
    cloneNodes.forEach((n, i) => twin.set(n, i));
  }
  let parsed;
  try {
    parsed = new Readability(clone, { serializer: (el) => el, keepClasses: false }).parse();
  } catch (e) {
    return { ok: false, reason: 'error', message: `The article could not be read: ${e.message}` };
  }
  if (!parsed || !parsed.content) {
    return { ok: false, reason: 'not-article', message: 'This page does not look like an article.' };
  }
  let cursor = 0; // live index after the last paired node, for pairing by content
  const toLive = (t) => {
    const i = twin.get(t);
    if (i !== undefined) { cursor = i + 1; return liveNodes[i]; }
    for (let j = cursor; j < liveNodes.length; j++) {
      if (liveNodes[j].data === t.data) { cursor = j + 1; return liveNodes[j]; }
    }
    return null;
  };
  const built = buildText(parsed.content, toLive);
  if (!looksLikeArticle(built)) {
    return { ok: false, reason: 'not-article', message: 'This page does not look like an article: there is too little running text to analyse.' };
  }
  const url = doc.location.href.split('#')[0];
  return {
    ok: true,
    article: {
      id: url,
      url,
      site: siteName(doc, parsed),
      title: (parsed.title || doc.title || '').trim(),
      byline: (parsed.byline || '').trim(),
      published: (parsed.publishedTime || '').trim(),
      text: built.text,
    },
    links: built.links.filter((l) => /^https?:/.test(l.href)),
    pieces: built.pieces,
    mapped: built.mapped,
    unmapped: built.unmapped,
  };
}
