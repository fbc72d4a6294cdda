// Content script, injected into the tab on a toolbar click (activeTab). It
// extracts the article, keeps the text → DOM mapping, and shows the report's
// spans with the CSS Custom Highlight API: the page's DOM is never changed.
import { Kind, isMessage, findingClicked } from '../protocol.js';
import { extractArticle } from './extract.js';
import { domPosition } from './textmap.js';
import { GROUP_NAMES, groupOf, highlightName, FLASH } from './highlight-names.js';

(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  // Injected again on every click: only the first instance listens.
  if (globalThis.__copydeskContent) return;
  globalThis.__copydeskContent = true;

  /** @type {ReturnType<typeof extractArticle> | null} */
  let extraction = null;
  /** @type {{id: number, range: Range}[]} */
  let shown = [];
  let visible = true;
  const hasHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

  const rangeOf = (start, end) => {
    if (!extraction || !extraction.ok) return null;
    const pos = domPosition(extraction.pieces, start, end);
    if (!pos || !pos.startNode.isConnected || !pos.endNode.isConnected) return null;
    const r = document.createRange();
    try {
      r.setStart(pos.startNode, pos.startOffset);
      r.setEnd(pos.endNode, pos.endOffset);
    } catch { return null; }
    return r;
  };

  const clear = () => {
    if (!hasHighlights) return;
    for (const g of GROUP_NAMES) CSS.highlights.delete(highlightName(g));
  };

  const paint = () => {
    clear();
    if (!hasHighlights || !visible) return;
    const byGroup = new Map();
    for (const s of shown) {
      if (!byGroup.has(s.group)) byGroup.set(s.group, []);
      byGroup.get(s.group).push(s.range);
    }
    for (const [g, ranges] of byGroup) {
      const h = new Highlight(...ranges);
      h.priority = GROUP_NAMES.length - GROUP_NAMES.indexOf(g);
      CSS.highlights.set(highlightName(g), h);
    }
  };

  const showSpans = (spans) => {
    shown = [];
    let missed = 0;
    for (const s of spans) {
      const range = rangeOf(s.start, s.end);
      if (range) shown.push({ id: s.id, group: groupOf(s.kind), range });
      else missed += 1;
    }
    paint();
    return { ok: true, shown: shown.length, missed };
  };

  let flashTimer = 0;
  const revealSpan = (start, end) => {
    const range = rangeOf(start, end);
    if (!range) return { ok: false };
    const rect = range.getBoundingClientRect();
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: Math.max(0, window.scrollY + rect.top - window.innerHeight / 3), behavior: reduce ? 'auto' : 'smooth' });
    if (hasHighlights) {
      clearTimeout(flashTimer);
      const h = new Highlight(range);
      h.priority = 100;
      let n = 0;
      const blink = () => {
        if (n % 2 === 0) CSS.highlights.set(FLASH, h); else CSS.highlights.delete(FLASH);
        n += 1;
        if (n < 6) flashTimer = setTimeout(blink, 280);
        else CSS.highlights.set(FLASH, h), flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), 1200);
      };
      blink();
    }
    return { ok: true };
  };

  // A click on highlighted text tells the panel which finding it belongs to.
  document.addEventListener('click', (ev) => {
    if (!visible || shown.length === 0 || ev.defaultPrevented) return;
    const caret = document.caretPositionFromPoint?.(ev.clientX, ev.clientY);
    const node = caret ? caret.offsetNode : document.caretRangeFromPoint?.(ev.clientX, ev.clientY)?.startContainer;
    const offset = caret ? caret.offset : document.caretRangeFromPoint?.(ev.clientX, ev.clientY)?.startOffset;
    if (!node) return;
    const hit = shown.find((s) => { try { return s.range.isPointInRange(node, offset); } catch { return false; } });
    if (hit) api.runtime.sendMessage(findingClicked(hit.id)).catch(() => {});
  }, { capture: true, passive: true });

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (!isMessage(msg)) return undefined;
    switch (msg.kind) {
      case Kind.PING:
        sendResponse({ ok: true, url: location.href });
        return undefined;
      case Kind.EXTRACT: {
        const started = performance.now();
        extraction = extractArticle(document);
        const ms = Math.round(performance.now() - started);
        if (!extraction.ok) { sendResponse(extraction); return undefined; }
        const { article, links, mapped, unmapped } = extraction;
        sendResponse({ ok: true, article, links, mapped, unmapped, ms });
        return undefined;
      }
      case Kind.HIGHLIGHT:
        visible = msg.visible;
        sendResponse(showSpans(msg.spans));
        return undefined;
      case Kind.SET_HIGHLIGHTS_VISIBLE:
        visible = msg.visible;
        paint();
        sendResponse({ ok: true });
        return undefined;
      case Kind.REVEAL:
        sendResponse(revealSpan(msg.start, msg.end));
        return undefined;
      default:
        return undefined;
    }
  });
})();
