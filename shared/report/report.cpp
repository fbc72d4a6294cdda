#include "report/report.h"

#include <cmath>
#include <map>
#include <sstream>

#include "base/unicode.h"

namespace copydesk {
namespace {

using nlohmann::json;

json OptionalString(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

void PutSpan(json& j, Span s) {
  j["start"] = s.start;
  j["end"] = s.end;
}

std::string Excerpt(const std::u16string& text, Span s, size_t max_units = 160) {
  const int32_t start = std::max<int32_t>(0, std::min<int32_t>(s.start, text.size()));
  const int32_t end = std::max(start, std::min<int32_t>(s.end, text.size()));
  std::u16string_view v = std::u16string_view(text).substr(start, end - start);
  if (v.size() <= max_units) return ToUtf8(v);
  return ToUtf8(v.substr(0, max_units)) + "…";
}

}  // namespace

const NotRun* Report::WhyNotRun(std::string_view detector) const {
  for (const NotRun& n : not_run) {
    if (n.detector == detector) return &n;
  }
  return nullptr;
}

double RoundScore(double x) {
  if (!std::isfinite(x)) return 0;
  return std::round(x * 10000.0) / 10000.0;
}

json ToJson(const Report& r) {
  json j;
  j["schema"] = kReportSchema;
  j["article"] = {{"id", r.article.id},
                  {"title", OptionalString(r.article.title)},
                  {"url", OptionalString(r.article.url)},
                  {"site", OptionalString(r.article.site)},
                  {"byline", OptionalString(r.article.byline)},
                  {"published", OptionalString(r.article.published)},
                  {"chars", r.article.chars},
                  {"body_chars", r.article.body_chars},
                  {"words", r.article.words},
                  {"english", r.article.english}};
  json not_run = json::array();
  for (const NotRun& n : r.not_run) not_run.push_back({{"detector", n.detector}, {"code", n.code}, {"reason", n.reason}});
  j["not_run"] = std::move(not_run);

  json sentences = json::array();
  for (const SentenceEntry& s : r.sentences) {
    json e;
    PutSpan(e, s.span);
    e["garble"] = {{"score", RoundScore(s.garble.score)}, {"reasons", s.garble.reasons}};
    sentences.push_back(std::move(e));
  }
  j["sentences"] = std::move(sentences);

  json quotes = json::array();
  for (const QuoteEntry& q : r.quotes) {
    json e;
    PutSpan(e, q.span);
    if (q.speaker) {
      json sp = {{"text", q.speaker->text}};
      PutSpan(sp, q.speaker->span);
      e["speaker"] = std::move(sp);
    } else {
      e["speaker"] = nullptr;
    }
    quotes.push_back(std::move(e));
  }
  j["quotes"] = std::move(quotes);

  json credits = json::array();
  for (const CreditEntry& c : r.credits) {
    json e = {{"outlet", c.outlet}};
    PutSpan(e, c.span);
    credits.push_back(std::move(e));
  }
  j["credits"] = std::move(credits);

  json reuse = json::array();
  for (const ReuseEntry& u : r.reuse) {
    json passages = json::array();
    for (const PassageEntry& p : u.passages) {
      json e;
      PutSpan(e, p.span);
      e["source_start"] = p.source.start;
      e["source_end"] = p.source.end;
      e["kind"] = p.kind;
      passages.push_back(std::move(e));
    }
    reuse.push_back({{"source",
                      {{"id", u.source.id},
                       {"url", OptionalString(u.source.url)},
                       {"site", OptionalString(u.source.site)},
                       {"title", OptionalString(u.source.title)}}},
                     {"coverage", RoundScore(u.coverage)},
                     {"verdict", u.verdict},
                     {"credited", u.credited},
                     {"passages", std::move(passages)}});
  }
  j["reuse"] = std::move(reuse);

  json findings = json::array();
  for (const Finding& f : r.findings) {
    json e = {{"kind", f.kind}, {"severity", f.severity}};
    PutSpan(e, f.span);
    e["message"] = f.message;
    if (!f.evidence.is_null()) e["evidence"] = f.evidence;
    findings.push_back(std::move(e));
  }
  j["findings"] = std::move(findings);

  json furniture = json::array();
  for (const FurnitureEntry& f : r.furniture) {
    json e = {{"kind", f.kind}};
    PutSpan(e, f.span);
    furniture.push_back(std::move(e));
  }
  j["furniture"] = std::move(furniture);
  return j;
}

std::string ToJsonLine(const Report& report) {
  return ToJson(report).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string ToText(const Report& r, const std::u16string& text) {
  std::ostringstream out;
  const std::string title = r.article.title.value_or("(untitled)");
  out << "━━ " << r.article.id << " — " << title << "\n";
  out << "   " << r.article.words << " words, " << r.sentences.size() << " sentences, "
      << r.quotes.size() << " quotes, " << r.furniture.size() << " furniture paragraphs set aside\n";

  // Checks that did not run, grouped by why: a reader must not take their
  // silence for a clean bill.
  std::map<std::string, std::string> not_run;
  for (const NotRun& n : r.not_run) not_run[n.reason] += (not_run[n.reason].empty() ? "" : ", ") + n.detector;
  for (const auto& [reason, detectors] : not_run) out << "   not run: " << detectors << " (" << reason << ")\n";

  if (!r.credits.empty()) {
    std::map<std::string, int> outlets;
    for (const CreditEntry& c : r.credits) ++outlets[c.outlet];
    out << "   credits:";
    for (const auto& [name, count] : outlets) out << " " << name << (count > 1 ? " ×" + std::to_string(count) : "");
    out << "\n";
  }
  for (const ReuseEntry& u : r.reuse) {
    out << "   reuse: " << u.verdict << " from " << u.source.id << " (" << static_cast<int>(u.coverage * 100 + 0.5)
        << "% of the body, " << u.passages.size() << " passages, " << (u.credited ? "credited" : "not credited")
        << ")\n";
  }

  std::map<std::string, int> by_kind;
  for (const Finding& f : r.findings) ++by_kind[f.kind];
  if (r.findings.empty()) {
    out << "   no findings\n";
  } else {
    out << "   findings:";
    for (const auto& [kind, count] : by_kind) out << " " << kind << " " << count << ";";
    out << "\n";
  }
  for (const Finding& f : r.findings) {
    out << "   [" << f.severity << "] " << f.kind << " @" << f.span.start << "-" << f.span.end << ": "
        << f.message << "\n";
    out << "       “" << Excerpt(text, f.span) << "”\n";
  }
  for (const QuoteEntry& q : r.quotes) {
    // The span holds the quotation's own marks: no second pair around it.
    out << "   quote @" << q.span.start << ": " << Excerpt(text, {q.span.start, q.span.end}, 70) << " — "
        << (q.speaker ? q.speaker->text : std::string("(no speaker)")) << "\n";
  }
  return out.str();
}

}  // namespace copydesk
