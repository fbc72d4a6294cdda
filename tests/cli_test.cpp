// The command line as the contract specifies it, and its refusal of bad input:
// exit 2, one line on stderr naming the file and the problem, nothing on stdout.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "support/contract.h"
#include "support/fixtures.h"

using namespace copydesk::testing;
namespace fs = std::filesystem;

namespace {

fs::path TempDir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("copydesk-cli-test-" + std::to_string(std::random_device{}()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

std::string Write(const std::string& name, const std::string& bytes) {
  const fs::path p = TempDir() / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

void RequireRefused(const CliRun& run, const std::string& file, const std::string& reason) {
  INFO("stderr: " << run.err);
  CHECK(run.code == 2);
  CHECK(run.out.empty());
  CHECK(Lines(run.err).size() == 1);
  CHECK(run.err.find(file) != std::string::npos);
  CHECK(run.err.find(reason) != std::string::npos);
}

}  // namespace

TEST_CASE("analyze prints one contract report per file, in input order") {
  const std::string a = Write("a.txt", "First article. It has two sentences.\n");
  const std::string b = Write("b.json", R"({"title": "B", "url": "https://example.org/b", "text": "Second article."})");
  const CliRun run = RunCliInProcess({"analyze", a, b});
  REQUIRE(run.code == 0);
  CHECK(run.err.empty());
  const auto lines = Lines(run.out);
  REQUIRE(lines.size() == 2);
  const auto first = nlohmann::json::parse(lines[0]);
  const auto second = nlohmann::json::parse(lines[1]);
  CHECK(ContractProblems(first, 37).empty());
  CHECK(first["article"]["id"] == "a.txt");
  CHECK(first["sentences"].size() == 2);
  CHECK(second["article"]["title"] == "B");
  CHECK(second["article"]["url"] == "https://example.org/b");
}

TEST_CASE("--format text gives a readable report") {
  const std::string a = Write("readable.txt", "Experts say the plan will fail. It was announced today.\n");
  const CliRun run = RunCliInProcess({"analyze", a, "--format", "text"});
  REQUIRE(run.code == 0);
  CHECK(run.out.find("readable.txt") != std::string::npos);
  CHECK(run.out.find("vague-source") != std::string::npos);
  CHECK(run.out.find("Experts say") != std::string::npos);
}

TEST_CASE("--against loads files and folders, and never compares an article with itself") {
  const std::string dir = SourceDir() + "/fixtures/blinken-china-2024/articles";
  const std::string file = dir + "/001_950239fb0c44dd6c.txt";
  const CliRun run = RunCliInProcess({"analyze", file, "--against", dir, "--against", file});
  REQUIRE(run.code == 0);
  const auto report = nlohmann::json::parse(run.out);
  for (const auto& u : report["reuse"]) CHECK(u["source"]["id"] != "001_950239fb0c44dd6c.txt");
}

TEST_CASE("bad usage is refused with one line") {
  CHECK(RunCliInProcess({}).code == 2);
  CHECK(RunCliInProcess({"frobnicate"}).code == 2);
  CHECK(RunCliInProcess({"analyze"}).code == 2);
  const std::string a = Write("ok.txt", "Fine.");
  CHECK(RunCliInProcess({"analyze", a, "--format", "xml"}).code == 2);
  CHECK(RunCliInProcess({"analyze", a, "--against"}).code == 2);
  CHECK(RunCliInProcess({"analyze", a, "--bogus"}).code == 2);
  RequireRefused(RunCliInProcess({"analyze", a, "--disable", "no-such"}), "no-such", "unknown detector");
  CHECK(RunCliInProcess({"--version"}).code == 0);
  CHECK(RunCliInProcess({"detectors"}).out.find("vague-source") != std::string::npos);
}

TEST_CASE("bad input: each is refused clearly, and no partial report is printed") {
  const std::string good = Write("good.txt", "A good article.");
  struct Case {
    std::string name, bytes, reason;
  };
  const std::vector<Case> cases = {
      {"invalid.txt", std::string("Caf\xC3\x28 au lait"), "invalid UTF-8 at byte offset 3"},
      {"binary.txt", std::string("\x7F" "ELF\x02\x01\x01\x00\x00", 9), "binary file"},
      {"empty.txt", "", "empty file"},
      {"blank.txt", " \n\t\n", "empty article"},
      {"notext.json", R"({"title": "No body"})", "no \"text\" field"},
      {"badtype.json", R"({"text": ["a"]})", "\"text\" must be a string"},
      {"badfield.json", R"({"text": "x", "url": 5})", "\"url\" must be a string"},
      {"broken.json", R"({"text": "unterminated)", "invalid JSON"},
      {"array.json", R"(["text"])", "must be an object"},
      {"invalid.json", std::string("{\"text\": \"\xFF\"}"), "invalid UTF-8 at byte offset 10"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::string path = Write(c.name, c.bytes);
    RequireRefused(RunCliInProcess({"analyze", good, path}), path, c.reason);
  }
  RequireRefused(RunCliInProcess({"analyze", good, (TempDir() / "missing.txt").string()}), "missing.txt",
                 "cannot open");
  RequireRefused(RunCliInProcess({"analyze", good, TempDir().string()}), TempDir().string(), "is a folder");
  RequireRefused(RunCliInProcess({"analyze", good, "--against", (TempDir() / "nope").string()}), "nope",
                 "no such file or folder");
}

TEST_CASE("a 10 MB article gets a report") {
  std::string big;
  const std::string paragraph =
      "US Secretary of State Antony Blinken said the US has seen evidence that China is trying to influence "
      "elections, despite a promise. \"We expect them to act,\" he said. Experts say the talks matter.\n";  // ASCII: bytes = UTF-16 units
  while (big.size() < 10u << 20) big += paragraph;
  const std::string path = Write("big.txt", big);
  const CliRun run = RunCliInProcess({"analyze", path});
  REQUIRE(run.code == 0);
  const auto report = nlohmann::json::parse(run.out);
  CHECK(report["article"]["chars"].get<size_t>() == big.size());
  CHECK(report["sentences"].size() > 100000);
}

TEST_CASE("an article over the size limit is refused, not analysed") {
  const std::string path = Write("huge.txt", std::string((32u << 20) + 1, 'a'));
  RequireRefused(RunCliInProcess({"analyze", path}), path, "too large");
}
