#include "api/request.h"

#include <nlohmann/json.hpp>

#include "base/json.h"
#include "pipeline/analyze.h"
#include "reuse/base64.h"
#include "reuse/index.h"

namespace copydesk {
namespace {

using nlohmann::json;

AnalyzeResponse ErrorResponse(const std::string& message) {
  AnalyzeResponse r;
  r.error = message;
  return r;
}

Result<Article> ReadArticle(const json& j, const std::string& where) {
  if (!j.is_object()) return Status::Error(where + ": must be an object");
  const auto name = j.find("name");
  const auto content = j.find("content");
  if (name != j.end() && content != j.end()) {
    if (!name->is_string() || !content->is_string()) {
      return Status::Error(where + ": \"name\" and \"content\" must be strings");
    }
    const std::string& file = name->get_ref<const std::string&>();
    Result<Article> a = ParseArticleFile(file, content->get_ref<const std::string&>());
    if (!a.ok()) return Status::Error(file + ": " + a.error());
    return a;
  }
  std::string id = "article";
  if (const auto it = j.find("id"); it != j.end() && it->is_string()) id = it->get<std::string>();
  Result<Article> a = ArticleFromJson(j, id);
  if (!a.ok()) return Status::Error(where + ": " + a.error());
  return a;
}

}  // namespace

AnalyzeResponse HandleAnalyzeRequest(std::string_view request_json) {
  Result<json> parsed = ParseJson(request_json);
  if (!parsed.ok()) return ErrorResponse("request: " + parsed.error());
  const json& request = parsed.value();
  if (!request.is_object()) return ErrorResponse("request is not a JSON object");

  AnalysisOptions options;
  if (const auto opts = request.find("options"); opts != request.end() && !opts->is_null()) {
    if (!opts->is_object()) return ErrorResponse("\"options\" must be an object");
    if (const auto dis = opts->find("disable"); dis != opts->end()) {
      if (!dis->is_array()) return ErrorResponse("\"options.disable\" must be an array of names");
      for (const json& name : *dis) {
        if (!name.is_string()) return ErrorResponse("\"options.disable\" must be an array of names");
        options.disabled_detectors.push_back(name.get<std::string>());
      }
    }
  }
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(options);
  if (!analyzer.ok()) return ErrorResponse(analyzer.error());

  const auto article_it = request.find("article");
  if (article_it == request.end()) return ErrorResponse("request has no \"article\"");
  Result<Article> article = ReadArticle(*article_it, "article");
  if (!article.ok()) return ErrorResponse(article.error());

  Corpus corpus;
  if (const auto c = request.find("corpus"); c != request.end() && !c->is_null()) {
    if (!c->is_array()) return ErrorResponse("\"corpus\" must be an array of articles");
    for (size_t i = 0; i < c->size(); ++i) {
      Result<Article> entry = ReadArticle((*c)[i], "corpus[" + std::to_string(i) + "]");
      if (!entry.ok()) return ErrorResponse(entry.error());
      corpus.Add(std::move(entry.value()));
    }
  }

  // The index, as base64 of the file format ("" for a new, empty one).
  reuse::Index index;
  bool has_index = false;
  if (const auto ix = request.find("index"); ix != request.end() && !ix->is_null()) {
    if (!ix->is_string()) return ErrorResponse("\"index\" must be a base64 string");
    has_index = true;
    const std::string& b64 = ix->get_ref<const std::string&>();
    if (!b64.empty()) {
      Result<std::vector<uint8_t>> bytes = reuse::Base64Decode(b64);
      if (!bytes.ok()) return ErrorResponse("index: " + bytes.error());
      Result<reuse::Index> parsed = reuse::Index::FromBytes(bytes->data(), bytes->size());
      if (!parsed.ok()) return ErrorResponse("index: " + parsed.error());
      index = std::move(parsed.value());
    }
  }

  const Document doc = Segment(article.value());
  const Report report = analyzer.value()->Analyze(doc, &corpus, has_index ? &index : nullptr);
  AnalyzeResponse response;
  response.ok = true;
  response.report_json = ToJsonLine(report);
  if (has_index) {
    index.Add(reuse::MakeIndexEntry(doc));  // already stored: unchanged
    response.has_index = true;
    response.index_base64 = reuse::Base64Encode(index.ToBytes());
  }
  return response;
}

}  // namespace copydesk
