// A word-level diff of two versions of a quote, for display only: the panel
// shows which words the other version has instead. (Whether two quotes are
// "the same quote, altered" is decided by the core; this only draws it.)
// Tokens are words with their punctuation and trailing space, so the output
// reads like the original; they compare by letters and digits, case-folded.
const tokenize = (s) => s.match(/\S+\s*/g) || [];
const norm = (w) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** @returns {{op: 'same' | 'del' | 'ins', text: string}[]} from a to b */
export function wordDiff(a, b) {
  const x = tokenize(a);
  const y = tokenize(b);
  const n = x.length;
  const m = y.length;
  if (n * m > 250000) return [{ op: 'del', text: a }, { op: 'ins', text: b }];
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = norm(x[i]) === norm(y[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const out = [];
  const add = (op, text) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text; else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (norm(x[i]) === norm(y[j])) { add('same', y[j]); i++; j++; }
    else if (dp[i + 1][j] >= dp[i][j + 1]) add('del', x[i++]);
    else add('ins', y[j++]);
  }
  while (i < n) add('del', x[i++]);
  while (j < m) add('ins', y[j++]);
  return out;
}
