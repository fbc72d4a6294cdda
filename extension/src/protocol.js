// The one message protocol of the extension. Every message that crosses a
// context boundary (background ⇄ content script ⇄ panel ⇄ options page, and
// panel ⇄ engine worker) is built by a function in this file and checked by
// `isMessage` on arrival, so a message's shape is defined in exactly one place.
//
// Contexts:
//   background  service worker (Chromium) / event page (Firefox): toolbar
//               click, opening the panel, injecting the content script, badge
//   content     content script in the analysed tab: article extraction,
//               offset → DOM mapping, CSS Custom Highlights, scroll + flash
//   panel       side panel (Chromium) / sidebar (Firefox): orchestrates an
//               analysis, renders the report, owns the engine worker
//   worker      dedicated Web Worker holding the WebAssembly core, loaded once
//               and kept warm while the panel is open
//
// Runtime messages carry a `kind`; worker messages follow bergamot's
// `{id, name, args}` → `{id, result}` | `{id, error}` shape.

/**
 * An article as the core's request API reads it (offsets in reports are
 * UTF-16 code units into `text`).
 * @typedef {{id: string, url: string, site: string, title: string,
 *            byline: string, published: string, text: string}} Article
 */

/**
 * A link inside the article body (candidates for "compare with cited sources").
 * @typedef {{href: string, text: string, start: number, end: number}} ArticleLink
 */

/**
 * What the content script answers to `extract`.
 * @typedef {{ok: true, article: Article, links: ArticleLink[],
 *            mapped: number, unmapped: number}
 *         | {ok: false, reason: 'not-article' | 'error', message: string}} ExtractResult
 */

/**
 * A span to highlight in the page.
 * @typedef {{id: number, kind: string, severity: string, start: number, end: number}} HighlightSpan
 */

/** Runtime message kinds (chrome.runtime / chrome.tabs messaging). */
export const Kind = Object.freeze({
  // background → panel: the toolbar was clicked on this tab, analyse it;
  // `problem` says why the content script could not be injected ('' if it was).
  ANALYZE_TAB: 'analyze-tab',
  // panel → background: the panel is ready; answers {tabId|null, problem} of a
  // click that happened before the panel had loaded, once the tab is prepared.
  PANEL_READY: 'panel-ready',
  // panel → content: is the content script there? answers {ok: true, url}.
  PING: 'ping',
  // panel → content: extract the article; answers ExtractResult.
  EXTRACT: 'extract',
  // panel → content: show these highlights; answers {ok, shown, missed}.
  HIGHLIGHT: 'highlight',
  // panel → content: show / hide the highlights; answers {ok}.
  SET_HIGHLIGHTS_VISIBLE: 'set-highlights-visible',
  // panel → content: scroll to a span and flash it; answers {ok}.
  REVEAL: 'reveal',
  // content → panel: the reader clicked a highlighted span in the page.
  FINDING_CLICKED: 'finding-clicked',
  // options → panel: the history changed (cleared / imported).
  HISTORY_CHANGED: 'history-changed',
});

const KINDS = new Set(Object.values(Kind));

/** @param {number} tabId @param {string} [problem] why the page could not be prepared, or '' */
export const analyzeTab = (tabId, problem = '') => ({ kind: Kind.ANALYZE_TAB, tabId, problem });
export const panelReady = (windowId) => ({ kind: Kind.PANEL_READY, windowId });
export const ping = () => ({ kind: Kind.PING });
export const extract = () => ({ kind: Kind.EXTRACT });
/** @param {HighlightSpan[]} spans @param {boolean} visible */
export const highlight = (spans, visible) => ({ kind: Kind.HIGHLIGHT, spans, visible });
/** @param {boolean} visible */
export const setHighlightsVisible = (visible) => ({ kind: Kind.SET_HIGHLIGHTS_VISIBLE, visible });
/** @param {number} start @param {number} end */
export const reveal = (start, end) => ({ kind: Kind.REVEAL, start, end });
/** @param {number} id */
export const findingClicked = (id) => ({ kind: Kind.FINDING_CLICKED, id });
export const historyChanged = () => ({ kind: Kind.HISTORY_CHANGED });

const isInt = (x) => Number.isInteger(x) && x >= 0;

/** Checks a runtime message's shape; anything else is ignored by receivers. */
export function isMessage(m) {
  if (!m || typeof m !== 'object' || !KINDS.has(m.kind)) return false;
  switch (m.kind) {
    case Kind.ANALYZE_TAB: return isInt(m.tabId) && typeof m.problem === 'string';
    case Kind.HIGHLIGHT:
      return Array.isArray(m.spans) && typeof m.visible === 'boolean' &&
        m.spans.every((s) => s && isInt(s.id) && isInt(s.start) && isInt(s.end) &&
          typeof s.kind === 'string' && typeof s.severity === 'string');
    case Kind.SET_HIGHLIGHTS_VISIBLE: return typeof m.visible === 'boolean';
    case Kind.REVEAL: return isInt(m.start) && isInt(m.end);
    case Kind.FINDING_CLICKED: return isInt(m.id);
    default: return true;
  }
}

// ---- panel ⇄ engine worker -------------------------------------------------

/** Worker request names. */
export const WorkerCall = Object.freeze({
  // args: [] → {version} once the module is loaded (warms it up)
  LOAD: 'load',
  // args: [] → the core's detector names, in run order
  DETECTORS: 'detectors',
  // args: [request: {article, corpus, index, options}] → {report (parsed JSON),
  //        index: base64 fingerprint index with the article added | null, ms}
  ANALYZE: 'analyze',
});

/** @param {number} id @param {string} name @param {unknown[]} args */
export const workerRequest = (id, name, args) => ({ id, name, args });
export const workerResult = (id, result) => ({ id, result });
export const workerError = (id, error) => ({ id, error: String(error) });

export function isWorkerRequest(m) {
  return !!m && isInt(m.id) && Object.values(WorkerCall).includes(m.name) && Array.isArray(m.args);
}
export function isWorkerReply(m) {
  return !!m && isInt(m.id) && ('result' in m || typeof m.error === 'string');
}
