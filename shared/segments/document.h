// The text model: an article split into paragraphs (body or page furniture),
// body sentences and word tokens, every span in UTF-16 code units.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"
#include "base/span.h"
#include "base/status.h"

namespace copydesk {

enum class ParagraphRole {
  kBody,       // analysed
  kHeadline,   // the article's title line
  kDateline,   // "Beijing", "CNN", "—" lines before the first body paragraph
  kFurniture,  // teasers, share buttons, pitches, captions, tickers
  kSignOff,    // "(With inputs from ANI)": the article's credit line, read for credits, not prose
};

struct Paragraph {
  Span span;
  ParagraphRole role = ParagraphRole::kBody;
  std::string kind;  // furniture kind ("read-also", "share", ...), empty for body
};

struct Sentence {
  Span span;
  int paragraph = 0;  // index into Document::paragraphs
};

enum class TokenKind { kWord, kNumber };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  int sentence = 0;  // index into Document::sentences
  std::string norm;  // NormalizeForMatch() of the token text
};

struct Document {
  Article article;
  std::vector<Paragraph> paragraphs;  // every non-blank line, in order
  std::vector<Sentence> sentences;    // body sentences only
  std::vector<Token> tokens;          // word tokens of body sentences

  const std::u16string& text() const { return article.text; }
  std::u16string_view slice(Span s) const {
    return std::u16string_view(article.text).substr(s.start, s.end - s.start);
  }
  std::string slice_utf8(Span s) const;
  int32_t body_chars() const;
  // Tokens of sentence i: [first, last).
  std::pair<size_t, size_t> sentence_tokens(size_t i) const;

  std::vector<size_t> sentence_token_begin;  // sentence i's tokens start here
};

// Whether the character belongs to a script written without spaces between
// words (ideographs, kana, Thai, Lao, Khmer, Myanmar): the segmenter makes
// each of its characters a token of its own, identically in both builds.
bool WrittenWithoutSpaces(char32_t c);

// Whether ICU and its break iterators are usable (starts ICU if need be);
// Analyzer::Create reports a failure here instead of analysing.
Status SegmenterStatus();

// Segments an article (starting ICU if need be). Should ICU be unusable, the
// document has paragraphs but no sentences: it never crashes.
Document Segment(Article article);

}  // namespace copydesk
