#include "detectors/attribution/outlets.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/unicode.h"
#include "segments/normalize.h"

namespace copydesk {
namespace {

struct OutletRow {
  bool wire;
  std::vector<const char*> names;  // canonical first, then aliases
};

// Wires first (they are what syndicated copy credits), then broadcasters and
// papers. Acronyms are matched with their capitals only (see CanonicalOutlet).
// Names that are also ordinary words ("The Times", "Politico" is fine, "Mint",
// "The Hill", "Nature") are left out: a false credit hides uncredited reuse.
const std::vector<OutletRow>& Rows() {
  static const std::vector<OutletRow> rows = {
      {true, {"AP", "Associated Press", "A.P."}},
      {true, {"Reuters", "Thomson Reuters"}},
      {true, {"AFP", "Agence France-Presse", "Agence France Presse"}},
      {true, {"ANI", "Asian News International"}},
      {true, {"PTI", "Press Trust of India"}},
      {true, {"IANS", "Indo-Asian News Service"}},
      {true, {"UNI", "United News of India"}},
      {true, {"UPI", "United Press International"}},
      {true, {"Bloomberg", "Bloomberg News"}},
      {true, {"Xinhua", "Xinhua News Agency"}},
      {true, {"TASS", "ITAR-TASS", "Tass"}},
      {true, {"RIA Novosti"}},
      {true, {"Interfax"}},
      {true, {"Kyodo", "Kyodo News"}},
      {true, {"Yonhap", "Yonhap News Agency"}},
      {true, {"dpa", "Deutsche Presse-Agentur", "DPA"}},
      {true, {"EFE"}},
      {true, {"ANSA"}},
      {true, {"Anadolu Agency", "Anadolu"}},
      {true, {"IRNA"}},
      {true, {"WAM", "Emirates News Agency"}},
      {true, {"Bernama"}},
      {true, {"Antara"}},
      {true, {"PA Media", "Press Association"}},
      // Local papers across the UK run its council reports under their own names.
      {true, {"Local Democracy Reporting Service", "LDRS"}},
      {false, {"CNN", "Cable News Network", "CNN International"}},
      {false, {"BBC", "British Broadcasting Corporation", "BBC News"}},
      {false, {"The New York Times", "New York Times", "NYT", "NYTimes"}},
      {false, {"The Washington Post", "Washington Post", "WaPo"}},
      {false, {"The Wall Street Journal", "Wall Street Journal", "WSJ"}},
      {false, {"Financial Times", "FT"}},
      {false, {"The Guardian"}},
      {false, {"The Economist"}},
      {false, {"Al Jazeera", "Aljazeera"}},
      {false, {"CGTN"}},
      {false, {"Global Times"}},
      {false, {"Sputnik"}},
      {false, {"RT", "Russia Today"}},
      {false, {"Fox News"}},
      {false, {"NBC News", "NBC"}},
      {false, {"CBS News", "CBS"}},
      {false, {"ABC News", "ABC"}},
      {false, {"NPR"}},
      {false, {"PBS"}},
      {false, {"MSNBC"}},
      {false, {"CNBC"}},
      {false, {"Politico"}},
      {false, {"Axios"}},
      {false, {"Newsweek"}},
      {false, {"Time magazine"}},
      {false, {"USA Today"}},
      {false, {"Los Angeles Times", "LA Times"}},
      {false, {"Sky News"}},
      {false, {"The Telegraph", "Daily Telegraph"}},
      {false, {"The Independent"}},
      {false, {"Daily Mail"}},
      {false, {"Deutsche Welle", "DW"}},
      {false, {"France 24"}},
      {false, {"Le Monde"}},
      {false, {"Der Spiegel", "Spiegel"}},
      {false, {"Nikkei", "Nikkei Asia"}},
      {false, {"South China Morning Post", "SCMP"}},
      {false, {"The Straits Times", "Straits Times"}},
      {false, {"The Hindu"}},
      {false, {"Hindustan Times"}},
      {false, {"The Times of India", "Times of India", "TOI"}},
      {false, {"The Indian Express", "Indian Express"}},
      {false, {"NDTV"}},
      {false, {"India Today"}},
      {false, {"WION"}},
      {false, {"Dawn"}},
      {false, {"Haaretz"}},
      {false, {"The Times of Israel", "Times of Israel"}},
      {false, {"Kyiv Independent"}},
      {false, {"Radio Free Europe", "RFE/RL", "Radio Liberty"}},
      {false, {"Voice of America", "VOA"}},
      {false, {"Euronews"}},
      {false, {"Franceinfo", "France Info"}},
      {false, {"RTE", "RTÉ"}},
      {false, {"ABC Australia"}},
      {false, {"CBC", "CBC News"}},
      {false, {"The Atlantic"}},
      {false, {"Vox"}},
      {false, {"BuzzFeed News"}},
      {false, {"HuffPost", "Huffington Post"}},
      {false, {"Business Insider"}},
      {false, {"Forbes"}},
      {false, {"The Information"}},
      {false, {"ProPublica"}},
  };
  return rows;
}

// Web domains of outlets whose site name is not their name ("apnews.com"),
// for OutletForSite. A subdomain matches ("edition.cnn.com").
struct DomainRow {
  const char* domain;
  const char* canonical;
};
constexpr DomainRow kDomains[] = {
    {"cnn.com", "CNN"}, {"reuters.com", "Reuters"}, {"apnews.com", "AP"}, {"ap.org", "AP"},
    {"afp.com", "AFP"}, {"aninews.in", "ANI"}, {"ptinews.com", "PTI"}, {"ianslive.in", "IANS"},
    {"upi.com", "UPI"}, {"bloomberg.com", "Bloomberg"}, {"xinhuanet.com", "Xinhua"}, {"news.cn", "Xinhua"},
    {"tass.com", "TASS"}, {"tass.ru", "TASS"}, {"ria.ru", "RIA Novosti"}, {"interfax.com", "Interfax"},
    {"kyodonews.net", "Kyodo"}, {"yna.co.kr", "Yonhap"}, {"dpa.com", "dpa"}, {"efe.com", "EFE"},
    {"ansa.it", "ANSA"}, {"aa.com.tr", "Anadolu Agency"}, {"bbc.com", "BBC"}, {"bbc.co.uk", "BBC"},
    {"nytimes.com", "The New York Times"}, {"washingtonpost.com", "The Washington Post"},
    {"wsj.com", "The Wall Street Journal"}, {"ft.com", "Financial Times"},
    {"theguardian.com", "The Guardian"}, {"economist.com", "The Economist"}, {"aljazeera.com", "Al Jazeera"},
    {"cgtn.com", "CGTN"}, {"globaltimes.cn", "Global Times"}, {"sputniknews.com", "Sputnik"}, {"rt.com", "RT"},
    {"foxnews.com", "Fox News"}, {"nbcnews.com", "NBC News"}, {"cbsnews.com", "CBS News"},
    {"abcnews.go.com", "ABC News"}, {"npr.org", "NPR"}, {"pbs.org", "PBS"}, {"msnbc.com", "MSNBC"},
    {"cnbc.com", "CNBC"}, {"politico.com", "Politico"}, {"axios.com", "Axios"}, {"newsweek.com", "Newsweek"},
    {"usatoday.com", "USA Today"}, {"latimes.com", "Los Angeles Times"}, {"news.sky.com", "Sky News"},
    {"telegraph.co.uk", "The Telegraph"}, {"independent.co.uk", "The Independent"},
    {"dailymail.co.uk", "Daily Mail"}, {"dw.com", "Deutsche Welle"}, {"france24.com", "France 24"},
    {"lemonde.fr", "Le Monde"}, {"spiegel.de", "Der Spiegel"}, {"asia.nikkei.com", "Nikkei"},
    {"scmp.com", "South China Morning Post"}, {"straitstimes.com", "The Straits Times"},
    {"thehindu.com", "The Hindu"}, {"hindustantimes.com", "Hindustan Times"},
    {"timesofindia.indiatimes.com", "The Times of India"}, {"indianexpress.com", "The Indian Express"},
    {"ndtv.com", "NDTV"}, {"indiatoday.in", "India Today"}, {"wionews.com", "WION"}, {"dawn.com", "Dawn"},
    {"haaretz.com", "Haaretz"}, {"timesofisrael.com", "The Times of Israel"},
    {"kyivindependent.com", "Kyiv Independent"}, {"rferl.org", "Radio Free Europe"}, {"voanews.com", "Voice of America"},
    {"euronews.com", "Euronews"}, {"cbc.ca", "CBC"}, {"theatlantic.com", "The Atlantic"}, {"vox.com", "Vox"},
    {"huffpost.com", "HuffPost"}, {"businessinsider.com", "Business Insider"}, {"forbes.com", "Forbes"},
    {"propublica.org", "ProPublica"},
};

// Final words that make a capitalised name a news outlet ("Kathmandu Post").
constexpr const char* kMediaWords[] = {
    "Post", "Times", "News", "Herald", "Journal", "Tribune", "Gazette", "Telegraph", "Daily",
    "Agency", "Press", "Radio", "TV", "Television", "Network", "Channel", "Magazine", "Express",
    "Mail", "Standard", "Observer", "Chronicle", "Wire", "Monitor", "Today", "Broadcasting",
    "Broadcaster", "Media", "Newspaper", "Reporter", "Inquirer", "Sun", "Star", "Mirror", "Courier",
    "Dispatch", "Bulletin", "Sentinel", "Examiner", "Review", "Weekly", "Insider", "Online", "FM",
};

bool IsAcronym(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 1;
}

char16_t Lower(char16_t c) {
  c = FoldTypography(c);
  if (c < 0x80) return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c - u'A' + u'a') : c;
  // "RTÉ", "El País": a BMP letter's simple lowercase (ICU).
  return static_cast<char16_t>(u_tolower(c));
}

bool IsWordChar(char16_t c) { return u_isalnum(c) != 0; }

// Compares `text` at `pos` with `name`, exactly or ignoring case; the "T"
// of a leading "The" always ignores case ("according to the Guardian").
bool MatchAt(std::u16string_view text, size_t pos, std::u16string_view name, bool exact_case) {
  if (pos + name.size() > text.size()) return false;
  const bool leading_the = name.substr(0, 4) == u"The ";
  for (size_t i = 0; i < name.size(); ++i) {
    const char16_t t = text[pos + i];
    const char16_t n = name[i];
    const bool exact = exact_case && !(leading_the && i == 0);
    if (exact ? FoldTypography(t) != n : Lower(t) != Lower(n)) return false;
  }
  return true;
}
// The same with an ASCII `name` (the media words).
bool MatchAt(std::u16string_view text, size_t pos, std::string_view name, bool exact_case) {
  return MatchAt(text, pos, std::u16string(name.begin(), name.end()), exact_case);
}

struct Alias {
  std::u16string text;
  std::string utf8;
  bool exact_case;
  int row;
};

// Every alias (UTF-16, with its case rule), longest first so that a longer
// name wins over a shorter one it contains.
const std::vector<Alias>& Aliases() {
  static const std::vector<Alias> aliases = [] {
    std::vector<Alias> out;
    const auto& rows = Rows();
    for (size_t r = 0; r < rows.size(); ++r) {
      for (const char* n : rows[r].names) {
        Alias a;
        a.utf8 = n;
        a.text = DecodeUtf8(a.utf8).value();  // the lexicon is valid UTF-8
        a.exact_case = IsAcronym(a.utf8) || a.utf8.size() <= 3 || a.utf8 == "dpa";
        a.row = static_cast<int>(r);
        out.push_back(std::move(a));
      }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Alias& x, const Alias& y) { return x.text.size() > y.text.size(); });
    return out;
  }();
  return aliases;
}

// Strips "the ", a possessive and a web domain from a name.
std::u16string_view CleanName(std::u16string_view s) {
  while (!s.empty() && (s.front() == u' ' || s.front() == u'(')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == u' ' || s.back() == u')' || s.back() == u',' || s.back() == u'.')) {
    // keep the final dot of "A.P."
    if (s.back() == u'.' && s.size() >= 2 && s[s.size() - 2] >= u'A' && s[s.size() - 2] <= u'Z' &&
        s.size() >= 3 && s[s.size() - 3] == u'.') {
      break;
    }
    s.remove_suffix(1);
  }
  if (s.size() > 2 && (s.substr(s.size() - 2) == u"'s" || s.substr(s.size() - 2) == u"\u2019s")) s.remove_suffix(2);
  if (s.size() > 4 && Lower(s[0]) == u'w' && Lower(s[1]) == u'w' && Lower(s[2]) == u'w' && s[3] == u'.') {
    s.remove_prefix(4);
  }
  for (std::u16string_view tld : {std::u16string_view(u".com"), std::u16string_view(u".co.uk"),
                                  std::u16string_view(u".org"), std::u16string_view(u".net"),
                                  std::u16string_view(u".in"), std::u16string_view(u".cn")}) {
    if (s.size() > tld.size() && s.substr(s.size() - tld.size()) == tld) {
      s.remove_suffix(tld.size());
      break;
    }
  }
  return s;
}

bool IsDomain(std::u16string_view s) {
  const size_t dot = s.rfind(u'.');
  if (dot == std::u16string_view::npos || dot + 1 >= s.size()) return false;
  for (size_t i = dot + 1; i < s.size(); ++i) {
    if (!(s[i] >= u'a' && s[i] <= u'z')) return false;
  }
  return s.find(u' ') == std::u16string_view::npos && dot > 0;
}

std::optional<int> LookupRow(std::u16string_view name) {
  const bool domain = IsDomain(name);
  name = CleanName(name);
  if (name.empty()) return std::nullopt;
  for (int pass = 0; pass < 2; ++pass) {
    for (const Alias& a : Aliases()) {
      if (a.text.size() != name.size()) continue;
      if (MatchAt(name, 0, a.text, a.exact_case)) return a.row;
    }
    // "the Guardian" → "Guardian"; a domain "cnn" → "CNN" (lower-case sites).
    if (name.size() > 4 && Lower(name[0]) == u't' && Lower(name[1]) == u'h' && Lower(name[2]) == u'e' &&
        name[3] == u' ') {
      name.remove_prefix(4);
      continue;
    }
    break;
  }
  // Domains are written in lower case: "cnn.com", "www.bbc.co.uk" name CNN
  // and BBC (a bare "ani" in text does not name ANI).
  if (domain) {
    for (const Alias& a : Aliases()) {
      if (a.text.size() == name.size() && MatchAt(name, 0, a.text, false)) return a.row;
    }
  }
  return std::nullopt;
}

std::string FoldedKey(std::u16string_view s) {
  s = CleanName(s);
  std::string out = NormalizeForMatch(s);
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

}  // namespace

const std::vector<OutletInfo>& OutletLexicon() {
  static const std::vector<OutletInfo> lexicon = [] {
    std::vector<OutletInfo> out;
    for (const OutletRow& r : Rows()) {
      OutletInfo info;
      info.canonical = r.names.front();
      for (const char* n : r.names) info.aliases.emplace_back(n);
      info.wire = r.wire;
      out.push_back(std::move(info));
    }
    return out;
  }();
  return lexicon;
}

std::optional<std::string> OutletForSite(std::string_view site) {
  // "https://edition.cnn.com/2024/..." → "edition.cnn.com"
  if (const size_t scheme = site.find("://"); scheme != std::string_view::npos) site.remove_prefix(scheme + 3);
  if (const size_t slash = site.find('/'); slash != std::string_view::npos) site = site.substr(0, slash);
  std::string host;
  for (char c : site) host.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  for (const DomainRow& d : kDomains) {
    const std::string_view dom(d.domain);
    if (host == dom || (host.size() > dom.size() && host.compare(host.size() - dom.size(), dom.size(), dom) == 0 &&
                        host[host.size() - dom.size() - 1] == '.')) {
      return std::string(d.canonical);
    }
  }
  return std::nullopt;
}

std::optional<std::string> CanonicalOutlet(std::u16string_view name) {
  const std::optional<int> row = LookupRow(name);
  if (row) return std::string(Rows()[*row].names.front());
  if (IsDomain(name)) {
    std::string ascii;
    for (char16_t c : name) {
      if (c >= 0x80) return std::nullopt;
      ascii.push_back(static_cast<char>(c));
    }
    return OutletForSite(ascii);
  }
  return std::nullopt;
}

std::optional<std::string> CanonicalOutletUtf8(std::string_view name) {
  const Result<std::u16string> u = DecodeUtf8(name);
  if (!u.ok()) return std::nullopt;
  return CanonicalOutlet(u.value());
}

bool SameOutlet(std::u16string_view a, std::u16string_view b) {
  const std::optional<std::string> ca = CanonicalOutlet(a), cb = CanonicalOutlet(b);
  if (ca || cb) return ca == cb;
  const std::string ka = FoldedKey(a), kb = FoldedKey(b);
  return !ka.empty() && ka == kb;
}

std::vector<OutletMention> FindLexiconOutlets(std::u16string_view text, Span within) {
  std::vector<OutletMention> found;
  const size_t end = static_cast<size_t>(within.end);
  for (size_t pos = static_cast<size_t>(within.start); pos < end; ++pos) {
    if (pos > 0 && IsWordChar(text[pos - 1])) continue;  // names start at a word start
    if (!IsWordChar(text[pos])) continue;
    for (const Alias& a : Aliases()) {
      if (pos + a.text.size() > end) continue;
      // Running text writes outlets with their capitals: "dawn" is not Dawn.
      if (!MatchAt(text, pos, a.text, /*exact_case=*/true)) continue;
      const size_t after = pos + a.text.size();
      if (after < end && IsWordChar(text[after])) continue;  // "APEC" is not "AP"
      // "A.P." ends in a dot; a hyphen after an acronym ("AP-NORC") is a compound.
      if (after < end && a.exact_case && (text[after] == u'-' || text[after] == u'\u2011')) continue;
      OutletMention m;
      m.span = {static_cast<int32_t>(pos), static_cast<int32_t>(after)};
      m.canonical = Rows()[a.row].names.front();
      m.known = true;
      found.push_back(std::move(m));
      pos = after - 1;
      break;
    }
  }
  return found;
}

const std::vector<std::string>& OutletMediaWords() {
  static const std::vector<std::string> words(std::begin(kMediaWords), std::end(kMediaWords));
  return words;
}

bool LooksLikeOutletName(std::u16string_view name) {
  name = CleanName(name);
  if (name.size() > 4 && (name.substr(0, 4) == u"the " || name.substr(0, 4) == u"The ")) name.remove_prefix(4);
  if (name.empty() || !u_isupper(name[0])) return false;
  if (LookupRow(name)) return true;
  size_t last = name.rfind(u' ');
  const std::u16string_view tail = last == std::u16string_view::npos ? name : name.substr(last + 1);
  const size_t first_space = name.find(u' ');
  const std::u16string_view head = first_space == std::u16string_view::npos ? name : name.substr(0, first_space);
  for (const char* w : kMediaWords) {
    const std::string_view word(w);
    const bool tail_match = tail.size() == word.size() && MatchAt(tail, 0, word, true);
    const bool head_daily = word == "Daily" && head.size() == word.size() && MatchAt(head, 0, word, true);
    if ((tail_match && last != std::u16string_view::npos) || head_daily) return true;
  }
  return false;
}

}  // namespace copydesk
