#include "article/article.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "base/json.h"
#include "base/unicode.h"

namespace copydesk {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char a = s[s.size() - suffix.size() + i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != suffix[i]) return false;
  }
  return true;
}

std::string BaseName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

Result<std::u16string> DecodeText(std::string_view bytes) {
  if (bytes.size() > kMaxArticleBytes) {
    return Status::Error("article too large (" + std::to_string(bytes.size()) +
                         " bytes; the limit is " + std::to_string(kMaxArticleBytes) + ")");
  }
  const size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    return Status::Error("binary file, not text (NUL byte at offset " + std::to_string(nul) + ")");
  }
  Result<std::u16string> text = DecodeUtf8(bytes);
  if (!text.ok()) return text;
  std::u16string canonical = CanonicalText(text.value());
  if (canonical.find_first_not_of(u" \t\n\u00A0\u3000\uFEFF") == std::u16string::npos) {
    return Status::Error("empty article (no text)");
  }
  return canonical;
}

}  // namespace

std::u16string CanonicalText(std::u16string_view text) {
  if (!text.empty() && text.front() == u'\uFEFF') text.remove_prefix(1);
  std::u16string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == u'\r') {
      out.push_back(u'\n');
      if (i + 1 < text.size() && text[i + 1] == u'\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

Result<Article> ParseArticleJson(std::string_view json_text, std::string id) {
  if (json_text.size() > kMaxArticleBytes) {
    return Status::Error("article too large (" + std::to_string(json_text.size()) + " bytes)");
  }
  Result<nlohmann::json> doc = ParseJson(json_text);
  if (!doc.ok()) return doc.status();
  return ArticleFromJson(doc.value(), std::move(id));
}

Result<Article> ArticleFromJson(const nlohmann::json& doc, std::string id) {
  if (!doc.is_object()) return Status::Error("JSON article must be an object");
  const auto text_it = doc.find("text");
  if (text_it == doc.end()) return Status::Error("JSON article has no \"text\" field");
  if (!text_it->is_string()) return Status::Error("JSON article field \"text\" must be a string");

  Article article;
  article.id = std::move(id);
  for (const char* field : {"url", "site", "title", "byline", "published"}) {
    const auto it = doc.find(field);
    if (it == doc.end() || it->is_null()) continue;
    if (!it->is_string()) {
      return Status::Error(std::string("JSON article field \"") + field + "\" must be a string");
    }
    std::optional<std::string>* slot =
        field == std::string_view("url")      ? &article.url
        : field == std::string_view("site")   ? &article.site
        : field == std::string_view("title")  ? &article.title
        : field == std::string_view("byline") ? &article.byline
                                              : &article.published;
    *slot = it->get<std::string>();
  }
  // nlohmann has already validated the UTF-8 of the JSON; DecodeText adds the
  // NUL, size and emptiness checks shared with plain-text files.
  Result<std::u16string> text = DecodeText(text_it->get_ref<const std::string&>());
  if (!text.ok()) return text.status();
  article.text = std::move(text.value());
  return article;
}

Result<Article> ParseArticleFile(std::string_view name, std::string_view bytes) {
  if (bytes.empty()) return Status::Error("empty file");
  if (EndsWith(name, ".json")) {
    const size_t nul = bytes.find('\0');
    if (nul != std::string_view::npos) {
      return Status::Error("binary file, not JSON (NUL byte at offset " + std::to_string(nul) + ")");
    }
    if (Status valid = ValidateUtf8(bytes); !valid.ok()) return valid;  // the byte offset, as for text
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return ParseArticleJson(bytes, BaseName(name));
  }
  Result<std::u16string> text = DecodeText(bytes);
  if (!text.ok()) return text.status();
  Article article;
  article.id = BaseName(name);
  article.text = std::move(text.value());
  return article;
}

Result<Article> LoadArticle(const std::string& path) {
  std::error_code ec;
  const std::filesystem::file_status st = std::filesystem::status(path, ec);
  if (std::filesystem::is_directory(st)) return Status::Error(path + ": is a folder, not an article file");
  if (!ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st)) {
    return Status::Error(path + ": not a regular file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open file");
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::Error(path + ": not a readable file");
  if (static_cast<uint64_t>(size) > kMaxArticleBytes) {
    return Status::Error(path + ": article too large (" + std::to_string(size) +
                         " bytes; the limit is " + std::to_string(kMaxArticleBytes) + ")");
  }
  in.seekg(0);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (size > 0 && !in.read(bytes.data(), size)) return Status::Error(path + ": read error");
  Result<Article> article = ParseArticleFile(path, bytes);
  if (!article.ok()) return Status::Error(path + ": " + article.error());
  return article;
}

}  // namespace copydesk
