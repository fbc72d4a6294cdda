#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

#include "base/unicode.h"
#include "segments/document.h"
#include "segments/furniture.h"
#include "segments/icu_setup.h"
#include "segments/normalize.h"
#include "text/english.h"

namespace copydesk {
namespace {

// `word` lowercased if it is plain ASCII letters and dots ("Sen" -> "sen"),
// else empty: the form text/english.h keeps its abbreviations in. ICU's
// sentence suppressions (en@ss=standard) cover "Mr." but not "Sen." or "Inc.".
std::string AsciiLowercase(const std::u16string& word) {
  std::string out;
  for (char16_t c : word) {
    if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'.')) return {};
    out += static_cast<char>(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c);
  }
  return out;
}

// Words that commonly open a sentence. After an ambiguous abbreviation
// ("U.S.", "p.m.", an initial) a following capitalised word that is one of
// these starts a new sentence; any other capitalised word (a name, "Department")
// continues the current one.
const std::set<std::u16string>& SentenceStarters() {
  static const std::set<std::u16string> words = {
      u"The", u"A", u"An", u"This", u"That", u"These", u"Those", u"It", u"Its", u"He", u"She",
      u"They", u"We", u"I", u"You", u"His", u"Her", u"Their", u"Our", u"My", u"But", u"And",
      u"Or", u"So", u"Yet", u"In", u"On", u"At", u"For", u"From", u"With", u"By", u"As", u"If",
      u"When", u"While", u"After", u"Before", u"Since", u"Although", u"Though", u"However",
      u"Meanwhile", u"Still", u"There", u"Here", u"What", u"Who", u"Why", u"How", u"Where",
      u"Which", u"One", u"Some", u"Many", u"Most", u"All", u"Both", u"Each", u"Earlier",
      u"Later", u"Asked", u"According", u"Despite", u"During", u"Under", u"Over", u"Now",
      u"Then", u"Last", u"Next", u"No", u"Not", u"Yes", u"Also", u"Officials", u"Such"};
  return words;
}

// Verbs that make "X said." after a closed quotation part of the quote's
// sentence rather than a sentence of its own.
const std::set<std::u16string>& AttributionVerbs() {
  static const std::set<std::u16string> verbs = {
      u"said", u"says", u"added", u"adds", u"told", u"asked", u"stated", u"noted",
      u"explained", u"wrote", u"insisted", u"argued", u"warned", u"replied", u"declared",
      u"acknowledged", u"claimed", u"continued", u"stressed", u"emphasized", u"emphasised"};
  return verbs;
}

bool IsSpace(char16_t c) { return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u3000'; }

Span Trim(const std::u16string& text, Span s) {
  while (s.start < s.end && (IsSpace(text[s.start]) || text[s.start] == u'\n')) ++s.start;
  while (s.end > s.start && (IsSpace(text[s.end - 1]) || text[s.end - 1] == u'\n')) --s.end;
  return s;
}

// The word (letters, digits, dots) that ends at `end` (exclusive of a final '.').
std::u16string WordBeforePeriod(const std::u16string& text, int32_t begin, int32_t end) {
  // end points just past the period
  int32_t p = end - 1;
  if (p < begin || text[p] != u'.') return {};
  int32_t q = p;
  while (q > begin && (u_isalnum(text[q - 1]) || text[q - 1] == u'.')) --q;
  return text.substr(q, p - q);
}

std::u16string FirstWord(const std::u16string& text, Span s) {
  int32_t p = s.start;
  while (p < s.end && !u_isalnum(text[p])) ++p;
  int32_t q = p;
  while (q < s.end && (u_isalnum(text[q]) || text[q] == u'\'' || text[q] == u'\u2019')) ++q;
  return text.substr(p, q - p);
}

bool StartsUpper(const std::u16string& text, Span s) {
  int32_t p = s.start;
  while (p < s.end && !u_isalnum(text[p])) ++p;
  return p < s.end && u_isupper(text[p]);
}

// "1." opening a sentence's text or after a colon or semicolon is a list
// marker ("Top five: 1. Norway; 2. Denmark", "1. The first point is ..."):
// it introduces what follows and ends no sentence. `word` is the word before
// prev's final full stop.
bool EndsWithListMarker(const std::u16string& text, Span prev, const std::u16string& word) {
  if (word.empty() || word.size() > 2) return false;
  for (char16_t c : word) {
    if (c < u'0' || c > u'9') return false;
  }
  const int32_t marker = prev.end - 1 - static_cast<int32_t>(word.size());
  int32_t p = marker;
  while (p > prev.start && (text[p - 1] == u' ' || text[p - 1] == u'\u00A0')) --p;
  if (p == prev.start) return true;
  // A space after the colon: "five: 1." is a list, "2:03:23." a time.
  return p < marker && (text[p - 1] == u':' || text[p - 1] == u';');
}

// Whether ICU's break between `prev` and `next` (trimmed sentences of one
// paragraph) should be undone.
bool ShouldJoin(const std::u16string& text, Span prev, Span next) {
  if (prev.empty() || next.empty()) return false;
  // A closing quotation mark a space cut off from its sentence ("… may come. ”")
  // is no sentence of its own; the garble evidence reads the space.
  if ((IsClosingQuote(text[next.start]) || IsStraightQuote(text[next.start])) &&
      std::none_of(text.begin() + next.start, text.begin() + next.end, [](char16_t c) { return u_isalnum(c); }))
    return true;
  const char16_t last = text[prev.end - 1];
  if (last == u'.') {
    const std::u16string word = WordBeforePeriod(text, prev.start, prev.end);
    if (word.empty()) return false;
    const std::string lower = AsciiLowercase(word);
    if (IsTitleAbbreviation(lower) || EndsWithListMarker(text, prev, word)) return true;
    if (IsCapitalisedTitleAbbreviation(word) && StartsUpper(text, next)) return true;
    if (IsNumberedAbbreviation(lower) && u_isdigit(text[next.start])) return true;
    // U.S, p.m, a.m; not a decimal ("closed at N96.37. Shares rose 2.5. Analysts").
    const bool dotted = word.find(u'.') != std::u16string::npos &&
                        std::none_of(word.begin(), word.end(), [](char16_t c) { return u_isdigit(c); });
    const bool initial = word.size() == 1 && u_isupper(word[0]);
    if (!(dotted || initial || IsNameSuffixAbbreviation(lower))) return false;
    // "Apple Inc. (formerly Apple Computer) said": a bracket that opens on a
    // lowercase word continues the sentence.
    if (text[next.start] == u'(' && !StartsUpper(text, next)) return true;
    if (StartsUpper(text, next)) {
      return SentenceStarters().count(FirstWord(text, next)) == 0;
    }
    return false;
  }
  // “…” Blinken said. — an attribution ICU cut off from its quotation.
  if (IsClosingQuote(last) || IsStraightQuote(last)) {
    // A question or exclamation quoted, then a lowercase word: the tag goes
    // on (“Why?” asked the minister; “…??” the singer tweeted today). After
    // a full stop the same would be damage, which the garble cue reads.
    const char16_t before_mark = prev.end >= prev.start + 2 ? text[prev.end - 2] : u' ';
    if ((before_mark == u'?' || before_mark == u'!') && u_islower(text[next.start])) return true;
    int words = 0;
    bool has_verb = false;
    int32_t p = next.start;
    while (p < next.end) {
      while (p < next.end && !u_isalnum(text[p])) ++p;
      int32_t q = p;
      while (q < next.end && (u_isalnum(text[q]) || text[q] == u'\u2019' || text[q] == u'\'')) ++q;
      if (q > p) {
        ++words;
        if (AttributionVerbs().count(text.substr(p, q - p))) has_verb = true;
      }
      p = q;
    }
    return has_verb && words <= 8;
  }
  return false;
}

icu::BreakIterator* SentenceBreaker() {
  // Sentence suppressions (ss=standard) keep "Mr. Xi" together.
  static std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), error));
    if (U_FAILURE(error)) bi.reset();
    return bi;
  }();
  return it.get();
}

icu::BreakIterator* WordBreaker() {
  static std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale("en"), error));
    if (U_FAILURE(error)) bi.reset();
    return bi;
  }();
  return it.get();
}

std::vector<Span> SplitSentences(const std::u16string& text, Span para) {
  std::vector<Span> raw;
  icu::BreakIterator* bi = SentenceBreaker();
  // ICU's rules keep a closing " with its sentence but not a ″ typed in its
  // place ("rebuild.″ Then" would split before the mark): ICU reads a copy
  // with ″ as " (same length, same offsets).
  const char16_t* chars = text.data() + para.start;
  std::u16string straightened;
  if (std::u16string_view(chars, para.length()).find(u'\u2033') != std::u16string_view::npos) {
    straightened.assign(chars, para.length());
    std::replace(straightened.begin(), straightened.end(), u'\u2033', u'"');
    chars = straightened.data();
  }
  const icu::UnicodeString alias(false, chars, para.length());
  bi->setText(alias);
  int32_t from = bi->first();
  for (int32_t to = bi->next(); to != icu::BreakIterator::DONE; to = bi->next()) {
    const Span s = Trim(text, {para.start + from, para.start + to});
    if (!s.empty()) raw.push_back(s);
    from = to;
  }
  std::vector<Span> out;
  for (const Span& s : raw) {
    if (!out.empty() && ShouldJoin(text, out.back(), s)) {
      out.back().end = s.end;
    } else {
      out.push_back(s);
    }
  }
  return out;
}

// Where a word token of such a script splits: before every character but a
// combining mark (a Thai tone mark stays with its letter). ICU finds
// words there with dictionaries the WebAssembly module does not ship (they
// would add about 2 MB), so the wasm build sees runs where the native build
// sees words; characters are the same in both, and Chinese and Japanese are
// commonly counted and matched by character anyway.
template <typename Emit>
void SplitCharacters(const std::u16string& text, Span token, Emit emit) {
  int32_t start = token.start;
  for (int32_t at = token.start; at < token.end;) {
    UChar32 c;
    const int32_t here = at;
    U16_NEXT(text.data(), at, token.end, c);
    if (here > start && !(U_GET_GC_MASK(c) & U_GC_M_MASK)) {
      emit(Span{start, here});
      start = here;
    }
  }
  emit(Span{start, token.end});
}

void Tokenize(Document& doc) {
  const std::u16string& text = doc.text();
  icu::BreakIterator* wb = WordBreaker();
  doc.sentence_token_begin.reserve(doc.sentences.size() + 1);
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    doc.sentence_token_begin.push_back(doc.tokens.size());
    const Span s = doc.sentences[si].span;
    const icu::UnicodeString alias(false, text.data() + s.start, s.length());
    wb->setText(alias);
    int32_t from = wb->first();
    for (int32_t to = wb->next(); to != icu::BreakIterator::DONE; to = wb->next()) {
      const int32_t status = wb->getRuleStatus();
      if (status >= UBRK_WORD_NUMBER) {  // letters, numbers, kana, ideographs
        const TokenKind kind = status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::kNumber : TokenKind::kWord;
        const auto add = [&](Span span) {
          Token t;
          t.span = span;
          t.kind = kind;
          t.sentence = static_cast<int>(si);
          t.norm = NormalizeForMatch(doc.slice(t.span));
          doc.tokens.push_back(std::move(t));
        };
        const Span word{s.start + from, s.start + to};
        UChar32 first;
        U16_GET(text.data(), 0, word.start, word.end, first);
        if (WrittenWithoutSpaces(static_cast<char32_t>(first))) {
          SplitCharacters(text, word, add);
        } else {
          add(word);
        }
      }
      from = to;
    }
  }
  doc.sentence_token_begin.push_back(doc.tokens.size());
}

}  // namespace

// Ideographs, kana, and the South-East Asian scripts of line-break class SA.
bool WrittenWithoutSpaces(char32_t c) {
  if (c < 0x0E00) return false;  // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic, ...: the usual case, at once
  const UChar32 code = static_cast<UChar32>(c);
  if (u_getIntPropertyValue(code, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return true;
  if (u_hasBinaryProperty(code, UCHAR_IDEOGRAPHIC)) return true;
  UErrorCode error = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(code, &error);
  return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

std::string Document::slice_utf8(Span s) const { return ToUtf8(slice(s)); }

int32_t Document::body_chars() const {
  int32_t n = 0;
  for (const Paragraph& p : paragraphs) {
    if (p.role == ParagraphRole::kBody) n += p.span.length();
  }
  return n;
}

std::pair<size_t, size_t> Document::sentence_tokens(size_t i) const {
  return {sentence_token_begin[i], sentence_token_begin[i + 1]};
}

Status SegmenterStatus() {
  if (Status icu = InitIcu(); !icu.ok()) return icu;
  if (SentenceBreaker() == nullptr) return Status::Error("ICU sentence break rules could not be loaded");
  if (WordBreaker() == nullptr) return Status::Error("ICU word break rules could not be loaded");
  return Status::Ok();
}

Document Segment(Article article) {
  const bool ready = SegmenterStatus().ok();
  Document doc;
  doc.article = std::move(article);
  const std::u16string& text = doc.text();

  int32_t line_start = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i <= n; ++i) {
    if (i == n || text[i] == u'\n') {
      const Span s = Trim(text, {line_start, i});
      if (!s.empty()) doc.paragraphs.push_back({s, ParagraphRole::kBody, {}});
      line_start = i + 1;
    }
  }
  ClassifyParagraphs(text, doc.paragraphs);
  if (!ready) {
    doc.sentence_token_begin.push_back(0);
    return doc;
  }

  for (size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const Paragraph& p = doc.paragraphs[pi];
    if (p.role != ParagraphRole::kBody) continue;
    for (const Span& s : SplitSentences(text, p.span)) {
      doc.sentences.push_back({s, static_cast<int>(pi)});
    }
  }
  Tokenize(doc);
  return doc;
}

}  // namespace copydesk
