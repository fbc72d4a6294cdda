// Finding kinds → the highlight (and colour) they are shown with, shared by the
// content script (which registers CSS Custom Highlights) and the panel (which
// colours its minimap and list the same way). Kinds not listed fall in "other".
export const GROUPS = Object.freeze({
  'garbled-sentence': 'garbled',
  'altered-quote': 'quote',
  'unattributed-quote': 'quote',
  'uncredited-reuse': 'reuse',
  'syndicated-copy': 'reuse',
  'vague-source': 'source',
  // Not a finding: a passage the report's `reuse` aligns with another article.
  'reuse-passage': 'passage',
  // Not a finding: the place inside one that a reason is about (evidence.marks).
  'damage-mark': 'damage',
});
// Highest priority first: where spans overlap, the earlier group's colour shows.
export const GROUP_NAMES = ['damage', 'garbled', 'quote', 'reuse', 'source', 'other', 'passage'];
export const groupOf = (kind) => GROUPS[kind] || 'other';
export const highlightName = (group) => `copydesk-${group}`;
export const FLASH = 'copydesk-flash';

// Injected with scripting.insertCSS: a user-agent-level sheet, not a DOM change.
export const PAGE_CSS = `
::highlight(copydesk-damage) { background-color: rgba(230, 110, 0, 0.7); color: #000; text-decoration: underline wavy rgba(150, 40, 0, 0.95); }
::highlight(copydesk-garbled) { background-color: rgba(255, 196, 0, 0.45); text-decoration: underline wavy rgba(190, 120, 0, 0.9); }
::highlight(copydesk-quote) { background-color: rgba(255, 110, 110, 0.35); text-decoration: underline rgba(200, 30, 30, 0.9); }
::highlight(copydesk-reuse) { background-color: rgba(90, 160, 255, 0.30); }
::highlight(copydesk-source) { background-color: rgba(170, 120, 255, 0.30); text-decoration: underline dotted rgba(110, 60, 200, 0.9); }
::highlight(copydesk-other) { background-color: rgba(140, 140, 140, 0.30); }
::highlight(copydesk-passage) { background-color: rgba(90, 160, 255, 0.13); text-decoration: underline dotted rgba(47, 123, 224, 0.8); }
::highlight(copydesk-flash) { background-color: rgba(255, 140, 0, 0.85); color: #000; }
`;
