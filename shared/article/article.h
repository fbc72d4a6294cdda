// An article as the contract defines it: metadata plus the text that every
// offset in a report refers to.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "base/status.h"

namespace copydesk {

struct Article {
  std::string id;  // file name (or caller-given id); names corpus sources
  std::optional<std::string> url, site, title, byline, published;
  std::u16string text;  // UTF-16, BOM dropped, CRLF/CR turned into LF
};

// Largest article accepted. Far above any real article (the longest news
// features run to ~100 KB); beyond it we refuse rather than stall the browser.
inline constexpr size_t kMaxArticleBytes = 32u << 20;

// Reads an article from a file's bytes; `name` decides the format (.json or
// text) and prefixes nothing: error messages say what is wrong, the caller
// names the file.
Result<Article> ParseArticleFile(std::string_view name, std::string_view bytes);

// Reads an article object {"url","site","title","byline","published","text"}.
Result<Article> ParseArticleJson(std::string_view json_text, std::string id);
Result<Article> ArticleFromJson(const nlohmann::json& doc, std::string id);

// Reads a file from disk and parses it; errors start with the path.
Result<Article> LoadArticle(const std::string& path);

// Drops a leading BOM and turns CRLF / CR into LF (the contract's only change).
std::u16string CanonicalText(std::u16string_view text);

}  // namespace copydesk
