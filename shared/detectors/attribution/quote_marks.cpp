#include "detectors/attribution/quote_marks.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <string_view>

#include "segments/normalize.h"

namespace copydesk {

bool IsSingleMarkElision(std::u16string_view t, int32_t i, int32_t end) {
  static constexpr std::u16string_view kElisions[] = {u"em",  u"n",    u"til",  u"cause", u"cos",    u"tis",
                                                      u"twas", u"bout", u"fess", u"fessed", u"round", u"nuff"};
  std::u16string word;
  for (int32_t k = i + 1; k < end && u_isalpha(t[size_t(k)]); ++k)
    word.push_back(static_cast<char16_t>(u_tolower(t[size_t(k)])));
  return std::find(std::begin(kElisions), std::end(kElisions), word) != std::end(kElisions);
}

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

// Single marks double as apostrophes ("it’s", "teachers’ union", "the ‘90s",
// "‘em", "rock ‘n’ roll"), so a single mark opens only where it starts a word
// (after a space, the paragraph start or a colon) and a letter follows, and
// closes only where it ends one (a space, punctuation or the end follows).

bool IsSingleOpenChar(char16_t c) { return c == u'\u2018' || c == u'\''; }

bool IsSingleCloseChar(char16_t c) { return c == u'\u2019' || c == u'\''; }

bool OpensSingle(const std::u16string& t, int32_t i, int32_t start, int32_t end) {
  if (!IsSingleOpenChar(t[i]) || i + 1 >= end || !u_isalpha(t[i + 1])) return false;
  if (!IsSpaceOrStart(t, i, start) && t[i - 1] != u':') return false;
  return !IsSingleMarkElision(t, i, end);
}

bool ClosesSingle(const std::u16string& t, int32_t i, int32_t start, int32_t end) {
  if (!IsSingleCloseChar(t[i]) || i <= start || u_isspace(t[i - 1]) || !SpaceAfter(t, i, end)) return false;
  // The second mark of "‘n’" ("rock ‘n’ roll").
  return !(t[i - 1] == u'n' && i - 2 >= start && IsSingleOpenChar(t[i - 2]) && IsSpaceOrStart(t, i - 2, start));
}

// "teachers’ union": a mark after an s with a lowercase word after it is
// more likely a plural possessive than the end of a quotation.
bool PluralPossessive(const std::u16string& t, int32_t i, int32_t end) {
  return (t[i - 1] == u's' || t[i - 1] == u'S') && i + 2 < end && t[i + 1] == u' ' && u_islower(t[i + 2]);
}

enum class SingleEnd { kClosed, kBlocked, kOpen };

struct SingleScan {
  SingleEnd kind = SingleEnd::kOpen;
  int32_t close = -1;  // the closing mark (kClosed)
};

// Where a single-quoted passage whose words start at `from` ends in its
// paragraph [start, end): at the first closing mark; a plural possessive
// closes it only when no other closing mark follows before another opening
// one, and the quotation does not run on into the next paragraph
// (`runs_on`). A double mark first: kBlocked (single marks quote only outside
// double quotes). No closing mark: kOpen.
SingleScan ScanSingle(const std::u16string& t, int32_t from, int32_t start, int32_t end, bool runs_on) {
  int32_t possessive = -1;
  for (int32_t i = from; i < end; ++i) {
    if (IsDoubleMark(t[i])) {
      if (possessive >= 0) return {SingleEnd::kClosed, possessive};
      return {SingleEnd::kBlocked, -1};
    }
    if (possessive >= 0 && OpensSingle(t, i, start, end)) return {SingleEnd::kClosed, possessive};
    if (!ClosesSingle(t, i, start, end)) continue;
    if (PluralPossessive(t, i, end)) {
      if (possessive < 0) possessive = i;
      continue;
    }
    return {SingleEnd::kClosed, i};
  }
  if (possessive >= 0 && !runs_on) return {SingleEnd::kClosed, possessive};
  return {SingleEnd::kOpen, -1};
}

// Whether a single-quoted quotation left open at the end of a paragraph runs
// on into `next`, as for double marks: `next` opens with a single mark, or
// closes one (not a plural possessive) before any double mark or opening one.
bool RunsOnSingle(const std::u16string& t, const Paragraph& next) {
  if (next.role != ParagraphRole::kBody) return false;
  const int32_t start = next.span.start, end = next.span.end;
  int32_t i = start;
  while (i < end && u_isspace(t[i])) ++i;
  if (i < end && OpensSingle(t, i, start, end)) return true;
  for (; i < end; ++i) {
    if (IsDoubleMark(t[i]) || OpensSingle(t, i, start, end)) return false;
    if (ClosesSingle(t, i, start, end) && !PluralPossessive(t, i, end)) return true;
  }
  return false;
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

  // Single marks, outside double quotes. A quotation left open at a
  // paragraph's end runs on as double-marked ones do (RunsOnSingle).
  std::vector<QuoteMarkSpan> singles;
  size_t next_double = 0;
  // A piece that would overlap a double-marked quotation (a lost single opener
  // before a double quote's orphan closer) is no quotation.
  const auto outside_doubles = [&](Span s) {
    return std::none_of(out.begin(), out.end(),
                        [&](const QuoteMarkSpan& d) { return d.span.start < s.end && s.start < d.span.end; });
  };
  bool running = false;  // a single-quoted quotation runs on into this paragraph
  int running_group = 0;
  for (size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const Paragraph& para = doc.paragraphs[pi];
    if (para.role != ParagraphRole::kBody) continue;
    const int32_t start = para.span.start, end = para.span.end;
    const bool next_runs_on = pi + 1 < doc.paragraphs.size() && RunsOnSingle(t, doc.paragraphs[pi + 1]);
    int32_t i = start;
    if (running) {
      // This paragraph's piece starts at its reopening mark, or at its start
      // if the mark was lost; it may be one word (a running quotation is speech).
      running = false;
      int32_t first = start;
      while (first < end && u_isspace(t[first])) ++first;
      const bool opened = first < end && OpensSingle(t, first, start, end);
      const SingleScan scan = ScanSingle(t, opened ? first + 2 : first + 1, start, end, next_runs_on);
      if (scan.kind == SingleEnd::kClosed && outside_doubles({first, scan.close + 1})) {
        singles.push_back({{first, scan.close + 1}, true, opened, running_group});
        i = scan.close + 1;
      } else if (scan.kind == SingleEnd::kOpen) {
        const Span s = TrimEnd(t, first, end);
        if (!s.empty() && CountWords(t, s) > 0 && outside_doubles(s)) {
          singles.push_back({s, false, opened, running_group});
          running = next_runs_on;
        }
        continue;
      }
    }
    for (; i + 1 < end; ++i) {
      while (next_double < out.size() && out[next_double].span.end <= i) ++next_double;
      if (next_double < out.size() && out[next_double].span.start <= i) {
        i = out[next_double].span.end - 1;
        continue;
      }
      if (!OpensSingle(t, i, start, end)) continue;
      const SingleScan scan = ScanSingle(t, i + 2, start, end, next_runs_on);
      if (scan.kind == SingleEnd::kClosed) {
        // Closed in its paragraph: two words or more ("‘vanity’" is a scare quote).
        if (CountWords(t, {i, scan.close}) < 2) continue;
        singles.push_back({{i, scan.close + 1}, true, true, next_group++});
        i = scan.close;
      } else if (scan.kind == SingleEnd::kOpen) {
        // Left open: the piece ends at the paragraph's end, and the quotation
        // runs on if the next paragraph continues it.
        const Span s = TrimEnd(t, i, end);
        if ((!next_runs_on && CountWords(t, s) < 2) || !outside_doubles(s)) continue;
        running_group = next_group++;
        singles.push_back({s, false, true, running_group});
        running = next_runs_on;
        break;
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
