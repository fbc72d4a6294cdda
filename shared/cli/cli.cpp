#include "cli/cli.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>
#include <unistd.h>

#include "corpus/corpus.h"
#include "pipeline/analyze.h"
#include "reuse/families.h"
#include "reuse/index.h"
#include "segments/icu_setup.h"

namespace copydesk {
namespace {

constexpr const char* kUsage =
    "usage: copydesk analyze FILE... [--against PATH]... [--index FILE] [--format json|text]\n"
    "                        [--disable DETECTOR]...\n"
    "       copydesk families DIR [--format json|text]   group articles into story families\n"
    "       copydesk index export FILE [--salvage]   the index's entries (metadata) as JSON Lines\n"
    "       copydesk index salvage FILE NEW   a new index of the entries still readable in FILE\n"
    "       copydesk detectors       list the detectors\n"
    "       copydesk --version\n";

struct AnalyzeArgs {
  std::vector<std::string> files;
  std::vector<std::string> against;
  std::string index;
  std::string format = "json";
  AnalysisOptions options;
};

int Fail(std::ostream& err, const std::string& message) {
  err << "copydesk: " << message << "\n";
  return kExitUsage;
}

int RunAnalyze(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  AnalyzeArgs a;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--against" || arg == "--index" || arg == "--format" || arg == "--disable") {
      if (i + 1 >= args.size()) return Fail(err, arg + " needs a value");
      const std::string& v = args[++i];
      if (arg == "--against") a.against.push_back(v);
      if (arg == "--index") a.index = v;
      if (arg == "--format") a.format = v;
      if (arg == "--disable") a.options.disabled_detectors.push_back(v);
    } else if (arg.rfind("--", 0) == 0) {
      return Fail(err, "unknown option " + arg);
    } else {
      a.files.push_back(arg);
    }
  }
  if (a.files.empty()) return Fail(err, "analyze needs at least one FILE");
  if (a.format != "json" && a.format != "text") {
    return Fail(err, "--format must be json or text, not \"" + a.format + "\"");
  }

  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(a.options);
  if (!analyzer.ok()) return Fail(err, analyzer.error());

  // Read and validate every input before printing anything: no partial output.
  std::vector<Article> articles;
  for (const std::string& file : a.files) {
    Result<Article> article = LoadArticle(file);
    if (!article.ok()) return Fail(err, article.error());
    articles.push_back(std::move(article.value()));
  }
  Corpus corpus;
  for (const std::string& path : a.against) {
    if (Status s = corpus.AddPath(path); !s.ok()) return Fail(err, "--against " + s.message());
  }
  // The index is input too: a foreign or damaged file stops us before any
  // output, and is left as it is. A missing file starts a new index.
  reuse::Index index;
  if (!a.index.empty()) {
    Result<reuse::LoadedIndex> loaded = reuse::LoadIndexFile(a.index);
    if (!loaded.ok()) return Fail(err, "--index " + loaded.error());
    index = std::move(loaded->index);
  }

  // Every report compares with the index as it was before this run, so a
  // report does not depend on the order of the FILEs.
  std::vector<std::string> rendered;
  std::vector<reuse::IndexEntry> added;
  for (const Article& article : articles) {
    const Document doc = Segment(article);
    Report report = analyzer.value()->Analyze(doc, &corpus, a.index.empty() ? nullptr : &index);
    rendered.push_back(a.format == "json" ? ToJsonLine(report) + "\n" : ToText(report, article.text) + "\n");
    if (!a.index.empty()) added.push_back(reuse::MakeIndexEntry(doc));
  }
  if (!a.index.empty()) {
    for (reuse::IndexEntry& e : added) index.Add(std::move(e));  // already stored: skipped
    // Saved before printing: a failed save is an error with no report out.
    if (Status s = reuse::SaveIndexFile(index, a.index); !s.ok()) return Fail(err, "--index " + s.message());
  }
  for (const std::string& r : rendered) out << r;
  out.flush();
  return kExitOk;
}

int RunFamilies(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> paths;
  std::string format = "text";
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--format") {
      if (i + 1 >= args.size()) return Fail(err, "--format needs a value");
      format = args[++i];
    } else if (args[i].rfind("--", 0) == 0) {
      return Fail(err, "unknown option " + args[i]);
    } else {
      paths.push_back(args[i]);
    }
  }
  if (paths.size() != 1) return Fail(err, "families needs one DIR");
  if (format != "json" && format != "text") return Fail(err, "--format must be json or text, not \"" + format + "\"");
  if (Status icu = InitIcu(); !icu.ok()) return Fail(err, icu.message());
  Corpus corpus;
  if (Status s = corpus.AddPath(paths[0]); !s.ok()) return Fail(err, s.message());
  std::vector<const Document*> docs;
  for (const auto& e : corpus.entries()) docs.push_back(&e->doc);
  const reuse::FamilyResult result = reuse::FindFamilies(docs);
  out << (format == "json" ? reuse::FamiliesToJson(result, docs).dump() + "\n" : reuse::FamiliesToText(result, docs));
  out.flush();
  return kExitOk;
}

std::string Hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

nlohmann::json EntryJson(const reuse::IndexEntry& e) {
  auto opt = [](const std::optional<std::string>& s) { return s ? nlohmann::json(*s) : nlohmann::json(nullptr); };
  return {{"id", e.id},           {"url", opt(e.url)},
          {"site", opt(e.site)},  {"title", opt(e.title)},
          {"published", opt(e.published)}, {"outlet", e.outlet},
          {"credits", e.credits}, {"body_chars", e.body_chars},
          {"text_hash", Hex64(e.text_hash)}, {"anchors", e.fingerprint.anchors.size()}};
}

// "damaged (why); R of N entries readable, L lost"
std::string SalvageSummary(const reuse::SalvagedIndex& s) {
  const size_t read = s.index.size();
  std::string out = s.damage + "; " + std::to_string(read) + " " + (read == 1 ? "entry" : "entries") + " readable";
  if (s.announced > read) {
    out += ", " + std::to_string(s.announced - read) + " of the " + std::to_string(s.announced) + " its header announces lost";
  } else {
    out += " (its header announces " + std::to_string(s.announced) + ")";
  }
  return out;
}

// `copydesk index export FILE [--salvage]`, `copydesk index salvage FILE NEW`:
// the way out of a damaged index. The reader exports what is readable (or
// keeps it as a new, valid index) and starts fresh; FILE is never modified.
int RunIndex(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() < 2 || (args[1] != "export" && args[1] != "salvage")) {
    return Fail(err, "index needs export or salvage\n" + std::string(kUsage));
  }
  const bool export_mode = args[1] == "export";
  bool salvage = !export_mode;
  std::vector<std::string> paths;
  for (size_t i = 2; i < args.size(); ++i) {
    if (export_mode && args[i] == "--salvage") salvage = true;
    else if (args[i].rfind("--", 0) == 0) return Fail(err, "unknown option " + args[i]);
    else paths.push_back(args[i]);
  }
  if (paths.size() != (export_mode ? 1u : 2u)) {
    return Fail(err, export_mode ? "index export needs one FILE" : "index salvage needs FILE and NEW");
  }
  const std::string& file = paths[0];
  if (!export_mode && ::access(paths[1].c_str(), F_OK) == 0) {
    return Fail(err, paths[1] + ": exists; index salvage writes a new file and replaces nothing");
  }
  Result<std::vector<uint8_t>> bytes = reuse::ReadIndexBytes(file);
  if (!bytes.ok()) return Fail(err, bytes.error());
  Result<reuse::SalvagedIndex> got = reuse::Index::Salvage(bytes->data(), bytes->size());
  if (!got.ok()) return Fail(err, file + ": " + got.error());
  const reuse::SalvagedIndex& s = got.value();
  if (!s.intact() && !salvage) {
    return Fail(err, file + ": " + s.damage + "; left unchanged. `copydesk index export " + file +
                         " --salvage` exports the entries still readable");
  }
  if (export_mode) {
    for (size_t i = 0; i < s.index.size(); ++i) out << EntryJson(s.index.entry(i)).dump() << "\n";
    out.flush();
  } else if (Status saved = reuse::SaveIndexFile(s.index, paths[1]); !saved.ok()) {
    return Fail(err, saved.message());
  }
  if (s.intact()) {
    if (!export_mode) err << "copydesk: " << file << ": intact; " << s.index.size() << " entries copied to " << paths[1] << "\n";
    return kExitOk;
  }
  err << "copydesk: " << file << ": " << SalvageSummary(s)
      << (export_mode ? "; exported those" : "; saved those to " + paths[1]) << "\n";
  return kExitPartial;
}

}  // namespace

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? err : out) << kUsage;
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] == "--version") {
    out << "copydesk 0.1.0 (" << kReportSchema << ")\n";
    return kExitOk;
  }
  if (args[0] == "detectors") {
    for (const DetectorInfo& d : ListDetectors()) out << d.name << "\t" << d.description << "\n";
    return kExitOk;
  }
  if (args[0] == "analyze") return RunAnalyze(args, out, err);
  if (args[0] == "families") return RunFamilies(args, out, err);
  if (args[0] == "index") return RunIndex(args, out, err);
  return Fail(err, "unknown command \"" + args[0] + "\"\n" + kUsage);
}

}  // namespace copydesk
