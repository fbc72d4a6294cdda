#include "reuse/outlets.h"

#include <algorithm>

#include "base/unicode.h"

namespace copydesk::reuse {
namespace {

struct OutletName {
  const char* canonical;
  std::vector<const char*> names;    // as written in text, case-sensitive
  std::vector<const char*> domains;  // registrable domains
};

const std::vector<OutletName>& Outlets() {
  static const std::vector<OutletName> t = {
      {"CNN", {"CNN"}, {"cnn.com"}},
      {"Reuters", {"Reuters"}, {"reuters.com"}},
      {"Associated Press", {"Associated Press", "AP"}, {"apnews.com", "ap.org"}},
      {"AFP", {"AFP", "Agence France-Presse", "Agence France Presse"}, {"afp.com"}},
      {"Bloomberg", {"Bloomberg"}, {"bloomberg.com"}},
      {"ANI", {"ANI", "Asian News International"}, {"aninews.in"}},
      {"PTI", {"PTI", "Press Trust of India"}, {"ptinews.com"}},
      {"IANS", {"IANS"}, {"ianslive.in"}},
      {"BBC", {"BBC"}, {"bbc.com", "bbc.co.uk"}},
      {"The New York Times", {"New York Times", "NYT"}, {"nytimes.com"}},
      {"The Washington Post", {"Washington Post"}, {"washingtonpost.com"}},
      {"The Wall Street Journal", {"Wall Street Journal", "WSJ"}, {"wsj.com"}},
      {"Financial Times", {"Financial Times"}, {"ft.com"}},
      {"The Guardian", {"The Guardian", "Guardian"}, {"theguardian.com"}},
      {"Al Jazeera", {"Al Jazeera"}, {"aljazeera.com"}},
      {"Xinhua", {"Xinhua"}, {"xinhuanet.com", "news.cn"}},
      {"Global Times", {"Global Times"}, {"globaltimes.cn"}},
      {"South China Morning Post", {"South China Morning Post", "SCMP"}, {"scmp.com"}},
      {"TASS", {"TASS"}, {"tass.com", "tass.ru"}},
      {"RIA Novosti", {"RIA Novosti"}, {"ria.ru"}},
      {"Interfax", {"Interfax"}, {"interfax.com"}},
      {"Kyodo", {"Kyodo"}, {"kyodonews.net"}},
      {"Yonhap", {"Yonhap"}, {"yna.co.kr"}},
      {"NPR", {"NPR"}, {"npr.org"}},
      {"Fox News", {"Fox News"}, {"foxnews.com"}},
      {"NBC News", {"NBC News", "NBC"}, {"nbcnews.com"}},
      {"CBS News", {"CBS News", "CBS"}, {"cbsnews.com"}},
      {"ABC News", {"ABC News"}, {"abcnews.go.com"}},
      {"Politico", {"Politico", "POLITICO"}, {"politico.com", "politico.eu"}},
      {"Axios", {"Axios"}, {"axios.com"}},
      {"Sky News", {"Sky News"}, {"news.sky.com"}},
      {"Deutsche Welle", {"Deutsche Welle", "DW"}, {"dw.com"}},
      {"France 24", {"France 24"}, {"france24.com"}},
      {"Nikkei", {"Nikkei"}, {"asia.nikkei.com", "nikkei.com"}},
      {"NDTV", {"NDTV"}, {"ndtv.com"}},
      {"Hindustan Times", {"Hindustan Times"}, {"hindustantimes.com"}},
      {"The Times of India", {"Times of India"}, {"timesofindia.indiatimes.com"}},
      {"Ukrinform", {"Ukrinform"}, {"ukrinform.net", "ukrinform.ua"}},
      {"Kyiv Independent", {"Kyiv Independent"}, {"kyivindependent.com"}},
      {"The Hill", {"The Hill"}, {"thehill.com"}},
  };
  return t;
}

bool IsWordUnit(char16_t c) {
  // Letters beyond ASCII count; punctuation (’ — “) does not.
  const bool punctuation = (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || c == 0xD7 || c == 0xF7;
  return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= 0xC0 && !punctuation);
}

bool EndsWithDomain(std::string_view host, std::string_view domain) {
  if (host.size() < domain.size()) return false;
  if (host.substr(host.size() - domain.size()) != domain) return false;
  return host.size() == domain.size() || host[host.size() - domain.size() - 1] == '.';
}

}  // namespace

std::string OutletForSite(std::string_view site) {
  std::string host(site);
  std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
  if (const size_t scheme = host.find("://"); scheme != std::string::npos) host = host.substr(scheme + 3);
  if (const size_t slash = host.find('/'); slash != std::string::npos) host.resize(slash);
  for (const OutletName& o : Outlets()) {
    for (const char* d : o.domains) {
      if (EndsWithDomain(host, d)) return o.canonical;
    }
  }
  // A site given as a name ("CNN") rather than a domain.
  return CanonicalOutlet(site);
}

std::string CanonicalOutlet(std::string_view name) {
  for (const OutletName& o : Outlets()) {
    if (name == o.canonical) return o.canonical;
    for (const char* n : o.names) {
      if (name == n) return o.canonical;
    }
  }
  return {};
}

// Every outlet name as UTF-16, decoded once.
const std::vector<std::pair<const char*, std::u16string>>& Needles() {
  static const std::vector<std::pair<const char*, std::u16string>> needles = [] {
    std::vector<std::pair<const char*, std::u16string>> out;
    for (const OutletName& o : Outlets()) {
      for (const char* name : o.names) {
        Result<std::u16string> u = DecodeUtf8(name);
        if (u.ok()) out.emplace_back(o.canonical, std::move(u.value()));
      }
    }
    return out;
  }();
  return needles;
}

std::vector<OutletMention> FindOutletMentions(const Document& doc) {
  std::vector<OutletMention> out;
  const std::u16string& text = doc.text();
  for (const Paragraph& p : doc.paragraphs) {
    if (p.role != ParagraphRole::kBody && p.role != ParagraphRole::kHeadline) continue;
    const std::u16string_view para = std::u16string_view(text).substr(p.span.start, p.span.length());
    for (const auto& [canonical, needle] : Needles()) {
      for (size_t at = para.find(needle); at != std::u16string_view::npos; at = para.find(needle, at + 1)) {
        const size_t end = at + needle.size();
        if (at > 0 && IsWordUnit(para[at - 1])) continue;
        if (end < para.size() && IsWordUnit(para[end])) continue;
        const int32_t start = p.span.start + static_cast<int32_t>(at);
        out.push_back({canonical, {start, start + static_cast<int32_t>(needle.size())}});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const OutletMention& a, const OutletMention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
  });
  // Overlapping names ("Fox News" inside nothing else, "AP" inside "AFP" is
  // excluded by word bounds) keep the longest.
  std::vector<OutletMention> kept;
  for (OutletMention& m : out) {
    if (!kept.empty() && m.span.overlaps(kept.back().span)) continue;
    kept.push_back(std::move(m));
  }
  return kept;
}

std::string ArticleOutlet(const Document& doc) {
  if (doc.article.site) {
    if (std::string o = OutletForSite(*doc.article.site); !o.empty()) return o;
  }
  for (const Paragraph& p : doc.paragraphs) {
    if (p.role == ParagraphRole::kBody) break;
    if (p.role != ParagraphRole::kDateline) continue;
    if (std::string o = CanonicalOutlet(doc.slice_utf8(p.span)); !o.empty()) return o;
  }
  return {};
}

}  // namespace copydesk::reuse
