// Words the panel uses for the core's kinds and fields.
export const KIND_LABELS = {
  'syndicated-copy': ['Copied article', 'Copied articles'],
  'uncredited-reuse': ['Uncredited reuse', 'Uncredited reuse'],
  'altered-quote': ['Altered quote', 'Altered quotes'],
  'unattributed-quote': ['Unattributed quote', 'Unattributed quotes'],
  'garbled-sentence': ['Garbled sentence', 'Garbled sentences'],
  'vague-source': ['Vague source', 'Vague sources'],
};
// Order of groups in the list: what matters most to a reader first.
export const KIND_ORDER = ['syndicated-copy', 'uncredited-reuse', 'altered-quote', 'unattributed-quote', 'garbled-sentence', 'vague-source'];

export function kindLabel(kind, count = 1) {
  const l = KIND_LABELS[kind];
  if (l) return count === 1 ? l[0] : l[1];
  const words = kind.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldLabel(key) {
  const words = key.replace(/[-_]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// What each detector checks, in a reader's words (for checks that did not run).
export const DETECTOR_LABELS = {
  quotes: 'quotes and their speakers',
  credits: 'credited outlets',
  'unattributed-quote': 'unattributed quotes',
  'vague-source': 'vague sourcing',
  'garbled-sentence': 'garbled translation',
  reuse: 'copying',
};
// The detector whose silence a finding kind's count of 0 would stand for.
export const DETECTOR_OF_KIND = {
  'syndicated-copy': 'reuse',
  'uncredited-reuse': 'reuse',
  'altered-quote': 'reuse',
  'unattributed-quote': 'unattributed-quote',
  'garbled-sentence': 'garbled-sentence',
  'vague-source': 'vague-source',
};

export function detectorLabel(name) {
  return DETECTOR_LABELS[name] || name.replace(/[-_]+/g, ' ');
}

export const SEVERITY_LABELS = { alert: 'Alert', warning: 'Warning', info: 'Note' };
