#include "reuse/terms.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "reuse/hash.h"

namespace copydesk::reuse {
namespace {

// English function words, reporting verbs and hedges: words that
// paraphrase and machine translation add, drop or swap freely.
const std::unordered_set<std::string_view>& Stopwords() {
  static const std::unordered_set<std::string_view> s = {
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even",
      "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
      "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
      "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
      "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
      "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
      "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
      "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
      "may", "might", "must", "shall", "said", "says", "say", "saying", "told", "tell", "added",
      "stated", "noted", "according", "mr", "mrs", "ms", "it's", "that's", "we're", "they're",
      "don't", "doesn't", "didn't", "won't", "can't", "we'll", "we've", "i'm", "he's", "she's",
      "there's", "let", "however", "yet", "still", "already", "well", "whether", "though",
      "although", "thus", "therefore", "upon", "within", "without", "via", "per", "among", "amid",
      "since", "while", "ago", "onto", "towards", "toward", "like", "many", "much", "every",
      "another", "either", "neither", "one's", "s", "t"};
  return s;
}

// Spelling variants and near-synonyms common in news rewrites and machine
// translation, mapped to one representative (applied before stemming).
const std::unordered_map<std::string_view, std::string_view>& Synonyms() {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"armoured", "armored"}, {"defence", "defense"}, {"offence", "offense"},
      {"ammunition", "munitions"}, {"munition", "munitions"}, {"assistance", "support"},
      {"aid", "support"}, {"backing", "support"}, {"help", "support"}, {"helping", "support"},
      {"boost", "increase"}, {"raise", "increase"}, {"ramp", "increase"}, {"expand", "increase"},
      {"u.s", "us"}, {"u.s.", "us"}, {"usa", "us"}, {"america", "us"}, {"american", "us"},
      {"u.k", "uk"}, {"britain", "uk"}, {"british", "uk"}, {"president", "leader"},
      {"chief", "leader"}, {"head", "leader"}, {"firms", "companies"}, {"firm", "companies"},
      {"entities", "companies"}, {"company", "companies"}, {"commitment", "promise"},
      {"pledge", "promise"}, {"pledged", "promise"}, {"promised", "promise"}, {"vowed", "promise"},
      {"begin", "start"}, {"began", "start"}, {"commence", "start"}, {"big", "large"},
      {"huge", "large"}, {"major", "large"}, {"attacks", "attack"}, {"onslaught", "attack"},
      {"assault", "attack"}, {"offensive", "attack"}, {"goods", "items"}, {"products", "items"},
      {"carefully", "closely"}, {"totally", "completely"}, {"entirely", "completely"},
      {"anticipate", "expect"}, {"efforts", "attempts"}, {"effort", "attempts"},
      {"tries", "attempts"}, {"trying", "attempts"}, {"try", "attempts"}, {"quickly", "soon"},
      {"rapidly", "soon"}, {"earlier", "previous"}, {"prior", "previous"}, {"previously", "previous"},
      {"kids", "children"}, {"nation", "country"}, {"nations", "country"}, {"state's", "country"},
      {"talks", "meeting"}, {"meetings", "meeting"}, {"summit", "meeting"}, {"trip", "visit"},
      {"journey", "visit"}, {"tour", "visit"}, {"warned", "warn"}, {"cautioned", "warn"},
      {"stressed", "emphasize"}, {"emphasised", "emphasize"}, {"emphasized", "emphasize"},
      {"underlined", "emphasize"}, {"highlighted", "emphasize"}, {"sustain", "continue"},
      {"persist", "continue"}, {"persists", "continue"}, {"continues", "continue"},
      {"enormous", "large"}, {"groundless", "baseless"}, {"unfounded", "baseless"},
      {"forthright", "openly"}, {"frankly", "openly"}, {"candidly", "openly"}};
  return m;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A light suffix stripper followed by truncation to six letters: crude, but
// predictable, language-agnostic enough for back-translated English, and
// cheap on 100k articles.
std::string Stem(std::string w) {
  static constexpr std::string_view kSuffixes[] = {"ations", "ation", "ments", "ment", "ness",
                                                   "ingly", "ings",  "ing",   "edly", "ied",
                                                   "ies",   "ed",    "es",    "ly",   "s"};
  for (std::string_view suf : kSuffixes) {
    if (w.size() >= suf.size() + 3 && EndsWith(w, suf)) {
      if (suf == "s" && EndsWith(w, "ss")) break;
      w.resize(w.size() - suf.size());
      if (suf == "ies" || suf == "ied") w.push_back('y');
      break;
    }
  }
  for (char& c : w) {
    if (c == 'z') c = 's';  // -ize / -ise
  }
  if (w.size() > 6) w.resize(6);
  return w;
}

}  // namespace

bool IsStopword(std::string_view norm) { return Stopwords().count(norm) != 0; }

std::string CanonicalTerm(std::string_view norm) {
  std::string w(norm);
  // Possessives: "blinken's" is "blinken".
  if (EndsWith(w, "'s")) w.resize(w.size() - 2);
  if (!w.empty() && w.back() == '\'') w.pop_back();
  if (w.empty() || IsStopword(w)) return {};
  if (const auto it = Synonyms().find(w); it != Synonyms().end()) w = std::string(it->second);
  const bool has_alnum = std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
  if (!has_alnum) return {};
  // Dotted abbreviations: "u.n" is "un".
  w.erase(std::remove(w.begin(), w.end(), '.'), w.end());
  if (w.size() == 1 && !std::isdigit(static_cast<unsigned char>(w[0]))) return {};
  if (std::isdigit(static_cast<unsigned char>(w[0]))) return w;
  return Stem(std::move(w));
}

std::vector<TermToken> ContentTerms(const Document& doc) {
  std::vector<TermToken> out;
  out.reserve(doc.tokens.size() / 2 + 1);
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    // Multi-word names with a one-word variant ("United States" / "US").
    if (t.norm == "united" && i + 1 < doc.tokens.size() && doc.tokens[i + 1].sentence == t.sentence) {
      const std::string& next = doc.tokens[i + 1].norm;
      const char* joined = next == "states" ? "us" : next == "kingdom" ? "uk" : next == "nations" ? "un" : nullptr;
      if (joined != nullptr) {
        out.push_back({static_cast<int32_t>(i), t.sentence, joined, Fnv1a64(joined)});
        ++i;
        continue;
      }
    }
    std::string term = CanonicalTerm(t.norm);
    if (term.empty()) continue;
    const uint64_t h = Fnv1a64(term);
    out.push_back({static_cast<int32_t>(i), t.sentence, std::move(term), h});
  }
  return out;
}

}  // namespace copydesk::reuse
