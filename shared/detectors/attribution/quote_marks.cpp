#include "detectors/attribution/quote_marks.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>

#include "segments/normalize.h"

namespace copydesk {
namespace {

// Families of double marks: a quote opened in one family closes in it.
enum class Family { kCurly, kStraight, kLow, kGuillemet, kReversedGuillemet };

struct MarkTable {
  char16_t mark;
  bool can_open;
  bool can_close;
};

// How each double mark may act. “ closes only a „ quote (German style);
// ” opens only at a word start with nothing open (Swedish style, or a typo).
constexpr MarkTable kDoubleMarks[] = {
    {u'\u201C', true, true},   // “
    {u'\u201D', true, true},   // ”
    {u'\u201E', true, false},  // „
    {u'"', true, true},        // "
    {u'\u2033', true, true},   // ″ (a double prime typed for ")
    {u'\u00AB', true, true},   // «
    {u'\u00BB', true, true},   // »
    {u'\u201F', true, false},  // ‟
};

bool IsDoubleMark(char16_t c) {
  for (const MarkTable& m : kDoubleMarks) {
    if (m.mark == c) return true;
  }
  return false;
}

bool IsSpaceOrStart(const std::u16string& t, int32_t i, int32_t para_start) {
  if (i <= para_start) return true;
  const char16_t p = t[i - 1];
  return p == u' ' || p == u'\u00A0' || p == u'\t' || p == u'(' || p == u'[' || p == u'\u2014' ||
         p == u'\u2013' || p == u'-' || p == u'/' || p == u'\n';
}

bool LetterAfter(const std::u16string& t, int32_t i, int32_t end) {
  return i + 1 < end && (u_isalnum(t[i + 1]) || t[i + 1] == u'\u2026' || t[i + 1] == u'.' ||
                         t[i + 1] == u'(' || t[i + 1] == u'[' || IsDoubleMark(t[i + 1]) ||
                         t[i + 1] == u'\u2018' || t[i + 1] == u'\'');
}

bool SpaceAfter(const std::u16string& t, int32_t i, int32_t end) {
  return i + 1 >= end || !u_isalnum(t[i + 1]);
}

// Whether a mark at i closes a quote of `family`.
bool Closes(char16_t c, Family family, const std::u16string& t, int32_t i, int32_t start) {
  switch (family) {
    case Family::kCurly:
      return c == u'\u201D' || (IsStraightQuote(c) && !IsSpaceOrStart(t, i, start));
    case Family::kStraight:
      return IsStraightQuote(c) || c == u'\u201D';
    case Family::kLow:
      return c == u'\u201C' || c == u'\u201D';
    case Family::kGuillemet:
      return c == u'\u00BB';
    case Family::kReversedGuillemet:
      return c == u'\u00AB';
  }
  return false;
}

// Whether a mark at i opens a quote (nothing open), and its family.
std::optional<Family> Opens(char16_t c, const std::u16string& t, int32_t i, int32_t start, int32_t end) {
  switch (c) {
    case u'\u201C':
    case u'\u201F':
      return Family::kCurly;
    case u'\u201E':
      return Family::kLow;
    case u'\u00AB':
      return Family::kGuillemet;
    case u'\u00BB':
      if (IsSpaceOrStart(t, i, start) && LetterAfter(t, i, end)) return Family::kReversedGuillemet;
      return std::nullopt;
    case u'\u201D':
      if (IsSpaceOrStart(t, i, start) && LetterAfter(t, i, end)) return Family::kCurly;
      return std::nullopt;
    case u'"':
    case u'\u2033':
      if (IsSpaceOrStart(t, i, start) || LetterAfter(t, i, end)) return Family::kStraight;
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

bool IsSentenceEndPunct(char16_t c) {
  return c == u'.' || c == u'?' || c == u'!' || c == u':' || c == u'\u2026' || c == u';';
}

// Whether the text just before `i` (skipping spaces) ends a sentence or a
// lead-in, so that an opening mark at i inside an open quote reopens it.
bool AfterSentenceEnd(const std::u16string& t, int32_t i, int32_t open_at) {
  int32_t p = i - 1;
  while (p > open_at && (t[p] == u' ' || t[p] == u'\u00A0')) --p;
  return p > open_at && IsSentenceEndPunct(t[p]);
}

int CountWords(const std::u16string& t, Span s) {
  int words = 0;
  bool in = false;
  for (int32_t i = s.start; i < s.end; ++i) {
    const bool w = u_isalnum(t[i]) != 0;
    if (w && !in) ++words;
    in = w;
  }
  return words;
}

// Whether position p (a space) follows the end of a sentence: "end. Next",
// "end.” Next".
bool BoundaryAt(const std::u16string& t, int32_t p, int32_t lo) {
  if (p - 1 < lo || t[p] != u' ') return false;
  if (IsSentenceEndPunct(t[p - 1])) return true;
  return p - 2 >= lo && IsDoubleMark(t[p - 1]) && IsSentenceEndPunct(t[p - 2]);
}

// The start of the sentence that ends at `closer` (a closing mark with no
// opener): just after the last sentence end before it, never before `floor`
// (the end of the paragraph's previous quote). A closing mark in the middle
// of a sentence that already held a quote is a stray mark: nullopt.
std::optional<int32_t> OrphanStart(const std::u16string& t, int32_t floor, int32_t para_start, int32_t closer) {
  int32_t p = closer - 1;
  while (p > floor && (IsSentenceEndPunct(t[p]) || t[p] == u',' || t[p] == u' ')) --p;  // its own end
  for (; p >= floor && p > para_start; --p) {
    if (BoundaryAt(t, p, para_start)) return p + 1;
  }
  if (floor == para_start) return para_start;
  return std::nullopt;
}

// A single-quoted passage of two words or more that starts at `open`, or
// nullopt. Single marks double as apostrophes, so the opener must start a
// word and the closer end one.
std::optional<int32_t> SingleQuoteEnd(const std::u16string& t, int32_t open, int32_t end) {
  for (int32_t i = open + 2; i < end; ++i) {
    const char16_t c = t[i];
    if (IsDoubleMark(c)) return std::nullopt;
    if ((c == u'\u2019' || c == u'\'') && !u_isspace(t[i - 1]) && SpaceAfter(t, i, end)) {
      if (CountWords(t, {open, i}) >= 2) return i + 1;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

struct OpenQuote {
  int32_t at = 0;
  Family family = Family::kCurly;
  bool opened = true;  // starts with its own opening mark
  int group = 0;
  // A flag, not std::optional: GCC 12 warns that a disengaged optional's
  // fields "may be used uninitialized" once the emit lambda is inlined.
  bool active = false;
};

Span TrimEnd(const std::u16string& t, int32_t start, int32_t end) {
  while (end > start && u_isspace(t[end - 1])) --end;
  return {start, end};
}

// Whether a quote left open at the end of a paragraph runs on into the next
// one: the next paragraph starts with an opening mark (each paragraph of a
// long quotation reopens), or closes a quote before it opens any (its opening
// mark was lost).
bool RunsOn(const std::u16string& t, const Paragraph& next, Family family) {
  if (next.role != ParagraphRole::kBody) return false;
  const int32_t start = next.span.start, end = next.span.end;
  int32_t i = start;
  while (i < end && u_isspace(t[i])) ++i;
  if (i < end && IsDoubleMark(t[i]) && Opens(t[i], t, i, start, end)) return true;
  for (; i < end; ++i) {
    if (!IsDoubleMark(t[i])) continue;
    if (Closes(t[i], family, t, i, start) && !(IsSpaceOrStart(t, i, start) && LetterAfter(t, i, end))) return true;
    return false;
  }
  return false;
}

}  // namespace

std::vector<QuoteMarkSpan> FindQuoteMarks(const Document& doc) {
  const std::u16string& t = doc.text();
  std::vector<QuoteMarkSpan> out;
  OpenQuote open;
  int next_group = 0;
  auto emit = [&](Span s, bool opened, bool closed, int group) {
    if (s.empty() || CountWords(t, s) == 0) return;
    out.push_back({s, closed, opened, group});
  };

  for (size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const Paragraph& para = doc.paragraphs[pi];
    if (para.role != ParagraphRole::kBody) continue;
    const int32_t start = para.span.start, end = para.span.end;
    int32_t floor = start;  // orphan closers reach back no further
    if (open.active) {
      // A quotation running on from the previous paragraph: this paragraph's
      // piece starts at its reopening mark, or at its start if the mark was lost.
      int32_t first = start;
      while (first < end && u_isspace(t[first])) ++first;
      open.at = first;
      open.opened = first < end && IsDoubleMark(t[first]) && Opens(t[first], t, first, start, end).has_value();
    }
    for (int32_t i = start; i < end; ++i) {
      const char16_t c = t[i];
      if (!IsDoubleMark(c)) continue;
      // 15", 27″ or 6'2": a straight mark after a digit is inches, not a quote.
      if (IsStraightQuote(c) && i > start && u_isdigit(t[i - 1]) && !(open.active && open.family == Family::kStraight)) continue;
      if (open.active) {
        if (i == open.at && open.opened) continue;  // this paragraph's reopening mark
        if (Closes(c, open.family, t, i, start)) {
          emit({open.at, i + 1}, open.opened, true, open.group);
          open = OpenQuote{};
          floor = i + 1;
          continue;
        }
        if (const std::optional<Family> f = Opens(c, t, i, start, end)) {
          // An opening mark inside an open quote ends the open part where it
          // stands ("as marked"). Right after a quoted sentence it reopens the
          // same quotation (“A. “B,” he said); otherwise a new one begins.
          const int group = AfterSentenceEnd(t, i, open.at) ? open.group : next_group++;
          emit(TrimEnd(t, open.at, i), open.opened, false, open.group);
          open = OpenQuote{i, *f, true, group, true};
        }
        continue;
      }
      if (const std::optional<Family> f = Opens(c, t, i, start, end)) {
        open = OpenQuote{i, *f, true, next_group++, true};
        continue;
      }
      // A closing mark with nothing open: its opener was lost, if the mark
      // sits where a quotation ends (after its punctuation, before the
      // sentence's, or at the paragraph's end): "Read more » Markets" is a link arrow.
      const char16_t before = i > start ? t[i - 1] : u' ';
      const bool ends_quotation = IsSentenceEndPunct(before) || before == u',' || before == u'\u2014' ||
                                  before == u'\u2013' || i + 1 >= end || IsSentenceEndPunct(t[i + 1]) ||
                                  t[i + 1] == u',';
      if (!ends_quotation) {
        floor = i + 1;
        continue;
      }
      if (const std::optional<int32_t> s = OrphanStart(t, floor, start, i)) {
        if (CountWords(t, {*s, i}) >= 2) emit({*s, i + 1}, false, true, next_group++);
      }
      floor = i + 1;
    }
    if (open.active) {
      // One piece per paragraph; an unmatched mark never swallows more than
      // its paragraph unless the next paragraph continues the quotation.
      emit(TrimEnd(t, open.at, end), open.opened, false, open.group);
      const bool more = pi + 1 < doc.paragraphs.size() && RunsOn(t, doc.paragraphs[pi + 1], open.family);
      if (!more) open = OpenQuote{};
    }
  }

  // Single marks, outside double quotes.
  std::vector<QuoteMarkSpan> singles;
  size_t next_double = 0;
  for (const Paragraph& para : doc.paragraphs) {
    if (para.role != ParagraphRole::kBody) continue;
    const int32_t start = para.span.start, end = para.span.end;
    for (int32_t i = start; i + 1 < end; ++i) {
      while (next_double < out.size() && out[next_double].span.end <= i) ++next_double;
      if (next_double < out.size() && out[next_double].span.start <= i) {
        i = out[next_double].span.end - 1;
        continue;
      }
      const char16_t c = t[i];
      if ((c != u'\u2018' && c != u'\'') || !IsSpaceOrStart(t, i, start) || !u_isalpha(t[i + 1])) continue;
      if (const std::optional<int32_t> close = SingleQuoteEnd(t, i, end)) {
        singles.push_back({{i, *close}, true, true, next_group++});
        i = *close - 1;
      }
    }
  }
  if (!singles.empty()) {
    out.insert(out.end(), singles.begin(), singles.end());
    std::sort(out.begin(), out.end(),
              [](const QuoteMarkSpan& a, const QuoteMarkSpan& b) { return a.span.start < b.span.start; });
  }
  return out;
}

Span QuoteInterior(const std::u16string& text, Span q) {
  Span s = q;
  if (s.start < s.end && (IsDoubleMark(text[s.start]) || text[s.start] == u'\u2018' || text[s.start] == u'\'')) ++s.start;
  if (s.end > s.start && (IsDoubleMark(text[s.end - 1]) || text[s.end - 1] == u'\u2019' || text[s.end - 1] == u'\'')) --s.end;
  while (s.start < s.end && u_isspace(text[s.start])) ++s.start;
  while (s.end > s.start && u_isspace(text[s.end - 1])) --s.end;
  return s;
}

}  // namespace copydesk
