// Builds the article text the core analyses from the DOM, and maps UTF-16
// offsets in that text back onto the page's own text nodes.
//
// The text is what a reader sees: block elements become paragraphs separated
// by "\n", runs of collapsible white space become one space, leading and
// trailing space of a paragraph is dropped. Every character of the text is
// recorded against the text node (and offset) it came from, so a report span
// [start, end) becomes a DOM Range over exactly those characters, across any
// inline markup (links, emphasis, spans) in between.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const COLLAPSIBLE = /[ \t\n\r\f]/;

/**
 * A run of text characters that map one-to-one onto consecutive offsets of
 * one source text node: text[out .. out+len) ⇔ node.data[off .. off+len).
 * @typedef {{out: number, len: number, node: Text, off: number}} Piece
 */

/**
 * @param {Element} root  the article's content element
 * @param {(t: Text) => Text | null} toLive  maps a text node under `root` to
 *        the page's live text node (identity when `root` is in the live page)
 * @returns {{text: string, pieces: Piece[], links: {href: string, text: string, start: number, end: number}[],
 *            mapped: number, unmapped: number}}
 */
export function buildText(root, toLive = (t) => t) {
  let text = '';
  /** @type {Piece[]} */
  const pieces = [];
  const links = [];
  let para = '';           // current paragraph's text
  let paraPieces = [];     // its pieces, `out` relative to the paragraph
  let pendingSpace = null; // {node, off} of a collapsed space not yet written
  let mapped = 0;
  let unmapped = 0;

  const flush = () => {
    pendingSpace = null;   // trailing space of a paragraph is dropped
    if (para.length === 0) return;
    if (text.length > 0) text += '\n';
    const base = text.length;
    for (const p of paraPieces) pieces.push({ ...p, out: p.out + base });
    text += para;
    para = '';
    paraPieces = [];
  };
  const push = (ch, node, off) => {
    const last = paraPieces[paraPieces.length - 1];
    if (node && last && last.node === node && last.off + last.len === off && last.out + last.len === para.length) {
      last.len += ch.length;
    } else if (node) {
      paraPieces.push({ out: para.length, len: ch.length, node, off });
    }
    para += ch;
  };
  const addText = (clone) => {
    const live = toLive(clone);
    if (live) mapped += 1; else unmapped += 1;
    const data = clone.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (COLLAPSIBLE.test(ch)) {
        if (para.length > 0 && !pendingSpace) pendingSpace = { node: live, off: i };
        continue;
      }
      if (pendingSpace) {
        push(' ', pendingSpace.node, pendingSpace.off);
        pendingSpace = null;
      }
      push(ch, live, i);
    }
  };
  const walk = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        addText(n);
      } else if (n.nodeType === 1) {
        const tag = n.tagName.toUpperCase();
        if (SKIP.has(tag) || n.hidden) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        const start = paraStartInText() + para.length;
        walk(n);
        if (tag === 'A' && n.getAttribute('href')) {
          const end = paraStartInText() + para.length;
          links.push({ href: n.href || n.getAttribute('href'), text: n.textContent.trim(), start, end });
        }
        if (block) flush();
      }
    }
  };
  // Offset in `text` where the current paragraph will start once flushed.
  const paraStartInText = () => (text.length > 0 ? text.length + 1 : 0);
  walk(root);
  flush();
  // A link that ended up empty or spans a paragraph break is clamped.
  for (const l of links) { l.start = Math.min(l.start, text.length); l.end = Math.min(Math.max(l.end, l.start), text.length); }
  return { text, pieces, links, mapped, unmapped };
}

/** Index of the piece containing text offset `pos`, or -1. */
function pieceAt(pieces, pos) {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (pos < p.out) hi = mid - 1;
    else if (pos >= p.out + p.len) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** First piece starting at or after `pos`. */
function pieceFrom(pieces, pos) {
  const i = pieceAt(pieces, pos);
  if (i >= 0) return i;
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].out < pos) lo = mid + 1; else hi = mid;
  }
  return lo < pieces.length ? lo : -1;
}

/**
 * The DOM range of text[start, end): from the node and offset of its first
 * character to just after its last. Characters with no live node (paragraph
 * breaks) are skipped at either edge. Returns null when nothing maps.
 * @param {Piece[]} pieces
 * @returns {{startNode: Text, startOffset: number, endNode: Text, endOffset: number} | null}
 */
export function domPosition(pieces, start, end) {
  if (!(end > start)) return null;
  const a = pieceFrom(pieces, start);
  if (a < 0) return null;
  const pa = pieces[a];
  const s = Math.max(start, pa.out);
  if (s >= end) return null;
  let b = pieceAt(pieces, end - 1);
  if (b < 0) {
    b = pieceFrom(pieces, end - 1) - 1;
    if (b === -2) b = pieces.length - 1;
  }
  if (b < a) return null;
  const pb = pieces[b];
  const e = Math.min(end, pb.out + pb.len);
  return {
    startNode: pa.node, startOffset: pa.off + (s - pa.out),
    endNode: pb.node, endOffset: pb.off + (e - pb.out),
  };
}
