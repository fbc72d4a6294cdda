#include "segments/furniture.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <memory>
#include <string_view>

#include "base/unicode.h"
#include "segments/normalize.h"
#include "text/english.h"
#include "text/patterns.h"

namespace copydesk {
namespace {

// One row per furniture kind a single paragraph can be recognised by.
struct FurniturePattern {
  const char* kind;
  const char16_t* regex;  // ICU syntax
  bool whole;             // must match the whole paragraph, else anywhere in it
  std::vector<std::u16string> any_of;  // prefilter: one of these words must occur
};

const std::vector<FurniturePattern>& FurniturePatterns() {
  static const std::vector<FurniturePattern> patterns = {
      {"read-also",
       u"(?i)(also read|read also|read more|see also|also see|related|recommended|must read|"
       u"don[’']t miss|more on this|you may also like|trending)\\s*[:：|–—-].*",
       true, {}},
      {"read-also", u"(?i)(also read|read also|read more|related stories|related articles|"
                    u"more stories|recommended|trending now|latest news|top stories)\\s*:?",
       true, {}},
      {"share", u"(?i)(share|share this|share this (article|story)|share on \\w+|tweet|print|email|"
                u"copy link|comments?)\\s*[.!]?",
       true, {}},
      {"mobile-version", u"(?i)exit mobile version", true, {}},
      {"pitch",
       u"(?i)(unlock|sign up|subscribe|get our|join our|log in|login|register|download (our|the) app)"
       u"\\b.*(newsletter|log in|login|sign up|subscribe|benefits|inbox|account|free).*",
       true, {}},
      {"pitch", u"(?i)\\b(log in here|sign up (here|now|today)|subscribe (now|here|today)|"
                u"sign up for our|subscribe to our)\\b",
       false, {u"log in", u"sign up", u"subscribe"}},
      {"video-caption", u"\\d{1,2}:\\d{2}(:\\d{2})?\\s*[–—-]\\s*Source:\\s*\\S.*", true, {}},
      {"credit-line", u"(?i)(photo|image|video|file photo|credit)s?\\s*:\\s*\\S.{0,60}", true, {}},
      // A picture's caption ends with its credit in brackets: "Roe speaks in
      // Houston on Tuesday. (AP Photo/John Smith)", "(Getty Images)".
      // No \p{L} here: its case closure under (?i) took ~26 M instructions to compile.
      {"photo-caption", u"(?i).*\\(([^()]{0,30}\\s)?(photo|photograph|picture|image)s?\\b[^()]{0,80}\\)\\s*",
       true, {u"photo", u"image", u"picture"}},
      {"ticker", u"(?i)[\\p{L}&]+( [\\p{L}&]+)?(\\s{2,}|\\t)[\\p{L}&].*", true, {}},
      {"ticker", u"(?i)\\b(sensex|nifty|dow jones|nasdaq|s&p 500|ftse)\\b.*[▲▼%]", false,
       {u"sensex", u"nifty", u"dow jones", u"nasdaq", u"s&p 500", u"ftse"}},
      {"list-item", u"[-•*·▪►]\\s+\\S.*", true, {}},
  };
  return patterns;
}

struct CompiledFurniturePattern {
  const FurniturePattern* row;
  Pattern pattern;
};

const std::vector<CompiledFurniturePattern>& Patterns() {
  static const std::vector<CompiledFurniturePattern> compiled = [] {
    std::vector<CompiledFurniturePattern> out;
    for (const FurniturePattern& p : FurniturePatterns()) out.push_back({&p, Pattern(p.regex, p.any_of)});
    return out;
  }();
  return compiled;
}

int CountWords(const std::u16string& text, Span s) {
  int words = 0;
  bool in_word = false;
  for (int32_t i = s.start; i < s.end; ++i) {
    const bool w = u_isalnum(text[i]);
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

// A paragraph that ends like a sentence (or a quotation) is prose.
bool EndsLikeProse(const std::u16string& text, Span s) {
  char16_t c = text[s.end - 1];
  // A closing mark after the final stop still ends prose: .” ." .’ .' .)
  if (IsClosingQuote(c) || IsStraightQuote(c) || c == u'\'' || c == u')') {
    if (s.length() < 2) return false;
    c = text[s.end - 2];
  }
  return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';';
}

// Whether an unpunctuated line can be a title: it starts with a capital (or a
// digit or quotation mark) and does not stop on a word that needs more after it
// ("He said that", "… an end to the"). Machine translation leaves such
// truncated lines in the body; they are damaged sentences, not headlines.
bool ReadsAsTitle(const std::u16string& text, Span s) {
  int32_t first = s.start;
  while (first < s.end && !u_isalnum(text[first])) ++first;
  if (first == s.end || u_islower(text[first])) return false;
  int32_t end = s.end;
  while (end > s.start && !u_isalnum(text[end - 1])) --end;
  int32_t begin = end;
  while (begin > s.start && (u_isalnum(text[begin - 1]) || text[begin - 1] == u'\'' || text[begin - 1] == u'\u2019'))
    --begin;
  std::u16string last = text.substr(size_t(begin), size_t(end - begin));
  for (char16_t& c : last) c = char16_t(u_tolower(c));
  const std::string word = ToUtf8(last);
  if (word == "that") return false;  // a title does not end on it either ("He said that")
  return std::find(std::begin(kWordsNeedingMore), std::end(kWordsNeedingMore), word) == std::end(kWordsNeedingMore);
}

bool EndsTruncated(const std::u16string& text, Span s) {
  if (text[s.end - 1] == u'\u2026') return true;
  return s.length() >= 3 && text.compare(s.end - 3, 3, u"...") == 0;
}

bool IsDashOnly(const std::u16string& text, Span s) {
  for (int32_t i = s.start; i < s.end; ++i) {
    if (!IsDash(text[i])) return false;
  }
  return true;
}

const char* MatchFurniture(const std::u16string& text, Span s) {
  // Furniture is short; a long paragraph is article text whatever it mentions.
  if (CountWords(text, s) > 60) return nullptr;
  for (const auto& [row, pattern] : Patterns()) {
    // A ticker line never reads as a sentence ("Weather     Live Markets").
    if (std::string_view(row->kind) == "ticker" && EndsLikeProse(text, s)) continue;
    if (row->whole ? pattern.Matches(text, s) : pattern.Contains(text, s)) return row->kind;
  }
  return nullptr;
}

// "BEIJING (Reuters) — " or "Beijing, April 26 (CNN) – " opening a paragraph.
int32_t InlineDatelineEnd(const std::u16string& text, Span s) {
  static const Pattern dateline(
      u"^\\p{Lu}[\\p{L}.’' ]{1,40}(, [\\p{L}0-9 .]{1,30})?\\s*(\\([\\p{L}\\p{Lu} .&]{2,20}\\))?\\s*[—–-]{1,2}\\s+(?=\\p{Lu}|[“\"])");
  const std::vector<Span> found = dateline.FindAll(text, s);
  if (found.empty() || found[0].start != s.start) return -1;
  const Span head = found[0];
  // Only a credited (parenthesised) or all-caps place is a dateline: "Meanwhile —" is not.
  bool upper_word = true;
  bool parenthesised = false;
  for (int32_t i = head.start; i < head.end; ++i) {
    if (text[i] == u'(') parenthesised = true;
  }
  for (int32_t i = head.start; i < head.end && u_isalpha(text[i]); ++i) {
    if (!u_isupper(text[i])) upper_word = false;
  }
  if (!parenthesised && !upper_word) return -1;
  return head.end;
}

}  // namespace

void ClassifyParagraphs(const std::u16string& text, std::vector<Paragraph>& paragraphs) {
  const size_t n = paragraphs.size();
  auto set = [&](size_t i, ParagraphRole role, const char* kind) {
    paragraphs[i].role = role;
    paragraphs[i].kind = kind;
  };

  for (size_t i = 0; i < n; ++i) {
    if (const char* kind = MatchFurniture(text, paragraphs[i].span)) {
      set(i, ParagraphRole::kFurniture, kind);
    }
  }

  // A list item counts as furniture only under a teaser heading ("Read also:");
  // elsewhere it is a list inside the article.
  for (size_t i = 0; i < n; ++i) {
    if (paragraphs[i].kind != "list-item") continue;
    size_t j = i;
    while (j > 0 && (paragraphs[j - 1].kind == "list-item" || paragraphs[j - 1].kind == "teaser-list")) --j;
    if (j > 0 && paragraphs[j - 1].kind == "read-also") {
      set(i, ParagraphRole::kFurniture, "teaser-list");
    } else {
      set(i, ParagraphRole::kBody, "");
    }
  }

  // Leading dateline lines: "Beijing" / "CNN" / "—", short and unpunctuated,
  // ending in a dash line.
  {
    size_t i = 0;
    while (i < n && i < 4 && paragraphs[i].role == ParagraphRole::kBody &&
           CountWords(text, paragraphs[i].span) <= 3 && !EndsLikeProse(text, paragraphs[i].span)) {
      if (IsDashOnly(text, paragraphs[i].span)) {
        for (size_t k = 0; k <= i; ++k) set(k, ParagraphRole::kDateline, "dateline");
        break;
      }
      ++i;
    }
  }

  // Headline: the first unpunctuated line of three words or more, before any
  // prose, with something after it: a text of one line is its own body.
  for (size_t i = 0; i < n; ++i) {
    if (paragraphs[i].role != ParagraphRole::kBody) continue;
    const Span s = paragraphs[i].span;
    bool followed = false;
    for (size_t k = i + 1; k < n && !followed; ++k) followed = paragraphs[k].role == ParagraphRole::kBody;
    if (followed && !EndsLikeProse(text, s) && CountWords(text, s) >= 3 && CountWords(text, s) <= 30) {
      set(i, ParagraphRole::kHeadline, "headline");
    }
    break;
  }

  // A video caption ("02:13 – Source: CNN") is followed by the video's title.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (paragraphs[i].kind == "video-caption" && paragraphs[i + 1].role == ParagraphRole::kBody &&
        !EndsLikeProse(text, paragraphs[i + 1].span)) {
      set(i + 1, ParagraphRole::kFurniture, "video-title");
    }
  }

  // Trailing run of truncated teasers ("…"): a list of other stories.
  {
    size_t i = n;
    while (i > 0 && paragraphs[i - 1].role != ParagraphRole::kHeadline &&
           EndsTruncated(text, paragraphs[i - 1].span)) {
      --i;
    }
    if (n - i >= 2) {
      for (size_t k = i; k < n; ++k) set(k, ParagraphRole::kFurniture, "teaser-list");
    }
  }

  // Unpunctuated lines amid the body are headlines of other stories or
  // section heads; neither is a sentence of the article. Without prose around
  // them (a text of one unpunctuated line) they are the body.
  bool any_prose = false;
  for (size_t i = 0; i < n; ++i)
    any_prose = any_prose || (paragraphs[i].role == ParagraphRole::kBody && EndsLikeProse(text, paragraphs[i].span));
  for (size_t i = 0; i < n && any_prose; ++i) {
    Paragraph& p = paragraphs[i];
    if (p.role != ParagraphRole::kBody || EndsLikeProse(text, p.span)) continue;
    if (text[p.span.end - 1] == u'\u2026') continue;
    // "(With inputs from ANI)", "(Reporting by …; Editing by …)": a paragraph
    // that is one parenthesis is the article's sign-off, not a sentence of it.
    if (text[p.span.start] == u'(' && text[p.span.end - 1] == u')') {
      set(i, ParagraphRole::kSignOff, "sign-off");
      continue;
    }
    const int words = CountWords(text, p.span);
    if (words >= 3 && words <= 30 && ReadsAsTitle(text, p.span)) set(i, ParagraphRole::kFurniture, "inline-headline");
  }

  // Inline dateline at the start of the first body paragraph.
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (paragraphs[i].role != ParagraphRole::kBody) continue;
    const int32_t end = InlineDatelineEnd(text, paragraphs[i].span);
    if (end > paragraphs[i].span.start) {
      Paragraph dateline{{paragraphs[i].span.start, end}, ParagraphRole::kDateline, "dateline"};
      while (dateline.span.end > dateline.span.start &&
             (text[dateline.span.end - 1] == u' ' || IsDash(text[dateline.span.end - 1]))) {
        --dateline.span.end;
      }
      paragraphs[i].span.start = end;
      paragraphs.insert(paragraphs.begin() + static_cast<std::ptrdiff_t>(i), dateline);
    }
    break;
  }
}

}  // namespace copydesk
