#include "cli/cli.h"

#include <ostream>

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
    auto value = [&](const char* flag) -> const std::string* {
      if (i + 1 >= args.size()) return nullptr;
      (void)flag;
      return &args[++i];
    };
    if (arg == "--against" || arg == "--index" || arg == "--format" || arg == "--disable") {
      const std::string* v = value(arg.c_str());
      if (v == nullptr) return Fail(err, arg + " needs a value");
      if (arg == "--against") a.against.push_back(*v);
      if (arg == "--index") a.index = *v;
      if (arg == "--format") a.format = *v;
      if (arg == "--disable") a.options.disabled_detectors.push_back(*v);
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
  return Fail(err, "unknown command \"" + args[0] + "\"\n" + kUsage);
}

}  // namespace copydesk
