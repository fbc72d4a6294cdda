#include "cli/cli.h"

#include <ostream>

#include "corpus/corpus.h"
#include "pipeline/analyze.h"

namespace copydesk {
namespace {

constexpr const char* kUsage =
    "usage: copydesk analyze FILE... [--against PATH]... [--index FILE] [--format json|text]\n"
    "                        [--disable DETECTOR]...\n"
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
  if (!a.index.empty()) {
    return Fail(err, "--index: fingerprint indexes are not supported by this build yet");
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

  std::vector<std::string> rendered;
  for (const Article& article : articles) {
    Report report = analyzer.value()->Analyze(article, &corpus);
    rendered.push_back(a.format == "json" ? ToJsonLine(report) + "\n" : ToText(report, article.text) + "\n");
  }
  for (const std::string& r : rendered) out << r;
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
  return Fail(err, "unknown command \"" + args[0] + "\"\n" + kUsage);
}

}  // namespace copydesk
