// A hand-made report in the copydesk.report/1 shape with one finding of every
// kind the panel knows (and one it does not), evidence included, for a
// screenshot of the full report view before every detector has landed, and
// with hostile strings that must show as text, never as markup.
export const HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">';

export function showcase(text, url) {
  const span = (needle, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`showcase: "${needle}" not in text`);
    return { start, end: start + needle.length };
  };
  const sentenceOf = ({ start, end }) => {
    const s = text.lastIndexOf('\n', start - 1) + 1;
    const e = text.indexOf('\n', end);
    return { start: s, end: e < 0 ? text.length : e };
  };
  const q1 = span('“influence and possibly interfere”');
  const frag = span('Reduced bilateral communication.');
  const q2 = span('“Any interference by China in our elections');
  const cnn = span('CNN’s Kylie Atwood');
  const vague = span('People believed to have ties to China');
  const reuse = span('The United States believes that with Chinese support');
  const source = { id: 'http://127.0.0.1/003.html', url: 'http://127.0.0.1/003.html', site: 'Asia Briefing', title: `Blinken warns China over Russia support ${HOSTILE}` };
  const sentences = [sentenceOf(q1), sentenceOf(frag), sentenceOf(q2)].map((s, i) => ({
    ...s, garble: i === 1 ? { score: 0.91, reasons: ['sentence fragment: no verb', 'does not follow from the sentence before'] } : { score: 0.05, reasons: [] },
  }));
  return {
    schema: 'copydesk.report/1',
    article: { title: 'Showcase', url, site: 'The Daily Wire Service', chars: text.length, words: 1266 },
    sentences,
    quotes: [{ ...q1, speaker: { text: 'Antony Blinken', start: 0, end: 10 } }, { start: q2.start, end: q2.end + 20, speaker: null }],
    credits: [{ outlet: 'CNN', ...cnn }, { outlet: 'CNN', ...span('he told CNN') }],
    reuse: [{
      source, coverage: 0.62, verdict: 'partially', credited: false,
      passages: [{ ...reuse, source_start: 0, source_end: 80, kind: 'near' }],
    }],
    furniture: [{ kind: 'dateline', start: 0, end: 7 }],
    findings: [
      // Shapes as the detectors on the `reuse`, `garble` and `attrib` branches write them.
      { kind: 'uncredited-reuse', severity: 'warning', ...reuse, message: 'Reuses 1 passage from Asia Briefing (62% of the article) without crediting its source.',
        evidence: { source: { ...source, outlet: null }, coverage: 0.62, verdict: 'partially', credited: false,
          passages: [{ ...reuse, source_start: 0, source_end: 80, kind: 'near', text: text.slice(reuse.start, reuse.end),
            source_text: 'The US believes that Chinese assistance lets Russia ramp up production of tanks, munitions and armoured vehicles.' }] } },
      { kind: 'altered-quote', severity: 'warning', ...q1, message: 'Quote differs from the version in 003: “arguably” there, “possibly” here; 1 other version has these words.',
        evidence: { quote: text.slice(q1.start, q1.end), same_in: ['002'],
          versions: [{ source: { id: '003', title: 'Blinken says US has seen evidence of China trying to influence election' }, start: 10, end: 44,
            quote: '“influence and arguably interfere”', other_words: 'arguably', this_words: 'possibly',
            diff: [{ op: 'same', text: '“influence and' }, { op: 'other', text: 'arguably' }, { op: 'this', text: 'possibly' }, { op: 'same', text: 'interfere”' }] }] } },
      { kind: 'garbled-sentence', severity: 'warning', ...frag, message: 'Sentence looks machine-translated or damaged',
        evidence: { score: 0.91, reasons: ['no main verb'], improbable_words: ['Reduced bilateral'],
          // The place a reason is about; a hostile reason shows as a tooltip's text.
          marks: [{ reason: 'no main verb', ...span('bilateral', frag.start), text: 'bilateral' },
            { reason: HOSTILE, ...span('communication', frag.start), text: 'communication' }] } },
      { kind: 'unattributed-quote', severity: 'warning', ...q2, message: 'Quote with no speaker in the text', evidence: { words: 27 } },
      { kind: 'vague-source', severity: 'info', ...vague, message: `Unnamed sourcing ${HOSTILE}`, evidence: { phrase: 'People believed to have ties', label: 'a vague group', anonymity_explained: false } },
      { kind: 'headline-mismatch', severity: 'info', ...span('Blinken made the comments'), message: 'A kind the panel has no label for yet', evidence: { note: HOSTILE, values: [1, 2] } },
    ],
  };
}
