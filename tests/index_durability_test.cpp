// History durability of the native `--index` file (issue 8): a save killed
// at any moment leaves the complete old or the complete new index; a
// damaged index can be exported (what is readable) and salvaged into a new
// one; a file from a newer copydesk is refused, untouched.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <signal.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "cli/cli.h"
#include "corpus/corpus.h"
#include "reuse/hash.h"
#include "reuse/index.h"
#include "segments/icu_setup.h"
#include "support/fixtures.h"

using namespace copydesk;
using namespace copydesk::reuse;
using copydesk::testing::SeedFamily;
namespace fs = std::filesystem;

namespace {

// The seed articles, then `copies` renamed copies of each (other text hash):
// an index as big as a long-used history.
Index BigIndex(size_t copies) {
  Index index;
  for (const auto& e : SeedFamily().entries()) REQUIRE(index.Add(MakeIndexEntry(e->doc)));
  const size_t seeds = index.size();
  for (size_t c = 1; c <= copies; ++c) {
    for (size_t i = 0; i < seeds; ++i) {
      IndexEntry e = index.entry(i);
      e.id += "#" + std::to_string(c);
      e.title = (e.title ? *e.title : std::string()) + " (" + std::to_string(c) + ")";
      e.text_hash ^= 0x9E3779B97F4A7C15ULL * c;
      REQUIRE(index.Add(std::move(e)));
    }
  }
  return index;
}

fs::path TempDir(const std::string& name) {
  static const fs::path root = [] {
    fs::path d = fs::temp_directory_path() / ("copydesk-durability-" + std::to_string(std::random_device{}()));
    fs::create_directories(d);
    return d;
  }();
  const fs::path d = root / name;
  fs::create_directories(d);
  return d;
}

std::vector<uint8_t> ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void WriteAll(const fs::path& p, const std::vector<uint8_t>& bytes) {
  std::ofstream(p, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

std::vector<std::string> Names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The same bytes under another version number, checksum recomputed: only
// the version differs.
std::vector<uint8_t> WithVersion(std::vector<uint8_t> bytes, uint16_t version) {
  bytes[4] = static_cast<uint8_t>(version);
  bytes[5] = static_cast<uint8_t>(version >> 8);
  uint32_t crc = Crc32(bytes.data(), kIndexHeaderBytes - 4);
  crc = Crc32(bytes.data() + kIndexHeaderBytes, bytes.size() - kIndexHeaderBytes, crc);
  for (int i = 0; i < 4; ++i) bytes[20 + i] = static_cast<uint8_t>(crc >> (8 * i));
  return bytes;
}

// Bytes of the index made of the first `n` entries of `index`: entry n-1
// ends at that size in the full file.
size_t PrefixBytes(const Index& index, size_t n) {
  Index prefix;
  for (size_t i = 0; i < n; ++i) prefix.Add(index.entry(i));
  return prefix.ToBytes().size();
}

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string s; std::getline(in, s);) lines.push_back(nlohmann::json::parse(s));
  return lines;
}

}  // namespace

TEST_CASE("a save SIGKILLed at any moment leaves the complete old or the complete new index") {
  const fs::path dir = TempDir("crash");
  const fs::path path = dir / "history.cdxi";
  const Index old_index = BigIndex(0);
  const Index new_index = BigIndex(1500);  // a few MB: the write takes a while
  const std::vector<uint8_t> old_bytes = old_index.ToBytes();
  const std::vector<uint8_t> new_bytes = new_index.ToBytes();
  REQUIRE(new_bytes.size() > 1'000'000);

  // How long one save takes here: the kills are spread over it. The fastest
  // of three: one sample taken while other tests load the machine can be
  // many times too long, and kills timed by it then land after the save.
  REQUIRE(SaveIndexFile(new_index, path.string()).ok());
  long save_us = 0;
  for (int i = 0; i < 3; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(SaveIndexFile(new_index, path.string()).ok());
    const long us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
    save_us = i == 0 ? us : std::min(save_us, us);
  }
  save_us = std::max<long>(200, save_us);
  REQUIRE(SaveIndexFile(old_index, path.string()).ok());

  std::mt19937 rng(8);
  int saw_old = 0, saw_new = 0, killed_mid_write = 0, half_written_refused = 0;
  constexpr int kIterations = 60;
  for (int it = 0; it < kIterations; ++it) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      const Status s = SaveIndexFile(new_index, path.string());
      ::_exit(s.ok() ? 0 : 1);
    }
    const fs::path tmp = path.string() + ".tmp." + std::to_string(pid);
    bool reaped = false;  // never signal a pid already waited for (it may be reused)
    if (it % 2 == 0) {
      // Wait until the child has its temporary open, then a little more
      // (under half a save): the kill lands while it writes, flushes or renames.
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
      while (!fs::exists(tmp) && std::chrono::steady_clock::now() < deadline) {
        int st;
        if (::waitpid(pid, &st, WNOHANG) == pid) {
          reaped = true;
          break;
        }
      }
      std::this_thread::sleep_for(std::chrono::microseconds(rng() % (save_us / 2)));
    } else {
      // Anywhere from before the save starts to after it ended.
      std::this_thread::sleep_for(std::chrono::microseconds(rng() % (3 * save_us + 2000)));
    }
    if (!reaped) {
      if (fs::exists(tmp)) ++killed_mid_write;
      ::kill(pid, SIGKILL);
      int status = 0;
      ::waitpid(pid, &status, 0);
    }

    INFO("iteration " << it);
    const std::vector<uint8_t> on_disk = ReadAll(path);
    const bool is_old = on_disk == old_bytes;
    const bool is_new = on_disk == new_bytes;
    REQUIRE((is_old || is_new));  // never lost, never a mixture
    Result<LoadedIndex> loaded = LoadIndexFile(path.string());
    REQUIRE(loaded.ok());
    CHECK(loaded->index.size() == (is_old ? old_index.size() : new_index.size()));
    saw_old += is_old;
    saw_new += is_new;
    // A half-written temporary left by the kill is never read back as valid.
    if (fs::exists(tmp)) {
      const std::vector<uint8_t> partial = ReadAll(tmp);
      if (partial != new_bytes) {
        CHECK_FALSE(Index::FromBytes(partial.data(), partial.size()).ok());
        ++half_written_refused;
      }
    }
    if (is_new) REQUIRE(SaveIndexFile(old_index, path.string()).ok());
  }
  INFO("old " << saw_old << ", new " << saw_new << ", killed mid-write " << killed_mid_write
              << ", half-written temporaries refused " << half_written_refused << ", save " << save_us << " us");
  // The kills covered both outcomes and the window in between.
  CHECK(saw_old > 0);
  CHECK(saw_new > 0);
  CHECK(killed_mid_write > 0);
  // The next save clears the temporaries the killed saves left behind.
  REQUIRE(SaveIndexFile(old_index, path.string()).ok());
  CHECK(Names(dir) == std::vector<std::string>{"history.cdxi"});
}

TEST_CASE("a save removes temporaries of dead saves, not of a live one") {
  const fs::path dir = TempDir("stale");
  const fs::path path = dir / "history.cdxi";
  const pid_t dead = ::fork();
  if (dead == 0) ::_exit(0);
  ::waitpid(dead, nullptr, 0);
  WriteAll(dir / ("history.cdxi.tmp." + std::to_string(dead)), {'C', 'D', 'X', 'I'});
  const std::string live = "history.cdxi.tmp." + std::to_string(::getppid());
  WriteAll(dir / live, {'C', 'D'});
  WriteAll(dir / "other.cdxi.tmp.1", {'x'});  // another file's: not ours to remove
  REQUIRE(SaveIndexFile(BigIndex(0), path.string()).ok());
  CHECK(Names(dir) == std::vector<std::string>{"history.cdxi", live, "other.cdxi.tmp.1"});
}

TEST_CASE("an index from a newer copydesk is refused with that reason and left untouched") {
  const fs::path dir = TempDir("version");
  const fs::path path = dir / "history.cdxi";
  const Index index = BigIndex(0);
  REQUIRE(SaveIndexFile(index, path.string()).ok());
  // Only the version differs; checksum valid: a file a future copydesk wrote.
  const std::vector<uint8_t> future = WithVersion(ReadAll(path), kIndexVersion + 1);
  WriteAll(path, future);

  const Result<LoadedIndex> loaded = LoadIndexFile(path.string());
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().find("made by a newer copydesk") != std::string::npos);
  CHECK(loaded.error().find("format version " + std::to_string(kIndexVersion + 1)) != std::string::npos);
  CHECK(loaded.error().find("left unchanged") != std::string::npos);
  // Not salvageable either: its entries may mean something else.
  CHECK_FALSE(Index::Salvage(future.data(), future.size()).ok());

  // The CLI: exit 2, the reason on one line, no report, the file as it was
  // (analysing does not overwrite it with a version-1 index).
  const testing::CliRun run = testing::RunCliInProcess(
      {"analyze", testing::SourceDir() + "/fixtures/blinken-china-2024/articles/000_cdea3cf90be440ea.txt", "--index",
       path.string()});
  CHECK(run.code == kExitUsage);
  CHECK(run.out.empty());
  CHECK(run.err.find("made by a newer copydesk") != std::string::npos);
  CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
  CHECK(ReadAll(path) == future);
  const testing::CliRun exp = testing::RunCliInProcess({"index", "export", path.string(), "--salvage"});
  CHECK(exp.code == kExitUsage);
  CHECK(exp.err.find("made by a newer copydesk") != std::string::npos);
  CHECK(ReadAll(path) == future);

  // Version 0 was never written: refused as such.
  const std::vector<uint8_t> zero = WithVersion(index.ToBytes(), 0);
  const Result<Index> r0 = Index::FromBytes(zero.data(), zero.size());
  REQUIRE_FALSE(r0.ok());
  CHECK(r0.error().find("not one copydesk ever wrote") != std::string::npos);
  // And the current version still reads.
  const std::vector<uint8_t> current = WithVersion(index.ToBytes(), kIndexVersion);
  CHECK(Index::FromBytes(current.data(), current.size()).ok());
}

TEST_CASE("salvage keeps exactly the entries before the damage") {
  const Index index = BigIndex(3);
  const std::vector<uint8_t> good = index.ToBytes();
  SECTION("an intact index: everything, no damage") {
    const auto s = Index::Salvage(good.data(), good.size());
    REQUIRE(s.ok());
    CHECK(s->intact());
    CHECK(s->index.ToBytes() == good);
  }
  SECTION("cut anywhere: the entries wholly before the cut") {
    std::vector<size_t> ends;  // where each entry ends
    for (size_t n = 1; n <= index.size(); ++n) ends.push_back(PrefixBytes(index, n));
    for (size_t cut = kIndexHeaderBytes; cut < good.size(); cut += 13) {
      const auto s = Index::Salvage(good.data(), cut);
      REQUIRE(s.ok());
      INFO("cut at " << cut);
      CHECK_FALSE(s->intact());
      const size_t expected = std::upper_bound(ends.begin(), ends.end(), cut) - ends.begin();
      CHECK(s->index.size() == expected);
      CHECK(s->announced == index.size());
      for (size_t i = 0; i < s->index.size(); ++i) CHECK(s->index.entry(i).id == index.entry(i).id);
    }
  }
  SECTION("a checksum bit flipped: every entry readable, the damage named") {
    std::vector<uint8_t> bad = good;
    bad[21] ^= 1;
    const auto s = Index::Salvage(bad.data(), bad.size());
    REQUIRE(s.ok());
    CHECK(s->damage.find("checksum mismatch") != std::string::npos);
    CHECK(s->index.size() == index.size());
  }
  SECTION("an entry's title made invalid UTF-8: the entries before it") {
    const size_t at = PrefixBytes(index, 7);  // entry 7 starts here: u16 id length, id, then url, site, title
    std::vector<uint8_t> bad = good;
    const std::string title = *index.entry(7).title;
    const auto it = std::search(bad.begin() + at, bad.end(), title.begin(), title.end());
    REQUIRE(it != bad.end());
    *it = 0xFF;
    const auto s = Index::Salvage(bad.data(), bad.size());
    REQUIRE(s.ok());
    CHECK(s->index.size() == 7);
    CHECK(s->damage.find("entry 7 is malformed") != std::string::npos);
  }
  SECTION("foreign bytes are not salvaged") {
    const std::string png = "\x89PNG\r\n\x1a\n0000000000000000000000";
    CHECK_FALSE(Index::Salvage(reinterpret_cast<const uint8_t*>(png.data()), png.size()).ok());
  }
}

TEST_CASE("copydesk index export: JSON Lines of the entries; a damaged index only with --salvage, saying what was lost") {
  const fs::path dir = TempDir("export");
  const fs::path path = dir / "history.cdxi";
  const Index index = BigIndex(1);
  REQUIRE(SaveIndexFile(index, path.string()).ok());

  const testing::CliRun ok = testing::RunCliInProcess({"index", "export", path.string()});
  REQUIRE(ok.code == kExitOk);
  CHECK(ok.err.empty());
  const auto lines = JsonLines(ok.out);
  REQUIRE(lines.size() == index.size());
  for (size_t i = 0; i < index.size(); ++i) {
    CHECK(lines[i]["id"] == index.entry(i).id);
    const auto& title = index.entry(i).title;
    CHECK(lines[i]["title"] == (title ? nlohmann::json(*title) : nlohmann::json(nullptr)));
    CHECK(lines[i]["body_chars"] == index.entry(i).body_chars);
    CHECK(lines[i]["text_hash"].get<std::string>().size() == 16);
    CHECK_FALSE(lines[i].contains("text"));  // an index holds no text to export
  }

  // Damaged: the file cut after entry 4 and a bit.
  std::vector<uint8_t> cut = index.ToBytes();
  cut.resize(PrefixBytes(index, 4) + 10);
  WriteAll(path, cut);
  const testing::CliRun refused = testing::RunCliInProcess({"index", "export", path.string()});
  CHECK(refused.code == kExitUsage);
  CHECK(refused.out.empty());
  CHECK(refused.err.find("truncated") != std::string::npos);
  CHECK(refused.err.find("--salvage") != std::string::npos);

  const testing::CliRun salvaged = testing::RunCliInProcess({"index", "export", path.string(), "--salvage"});
  CHECK(salvaged.code == kExitPartial);
  const auto kept = JsonLines(salvaged.out);
  REQUIRE(kept.size() == 4);
  for (size_t i = 0; i < 4; ++i) CHECK(kept[i]["id"] == index.entry(i).id);
  const std::string lost = std::to_string(index.size() - 4) + " of the " + std::to_string(index.size());
  CHECK(salvaged.err.find("4 entries readable, " + lost + " its header announces lost") != std::string::npos);
  CHECK(ReadAll(path) == cut);  // export never modifies the file

  // Salvage into a new index, then start fresh from it with --index.
  const fs::path fresh = dir / "fresh.cdxi";
  const testing::CliRun into = testing::RunCliInProcess({"index", "salvage", path.string(), fresh.string()});
  CHECK(into.code == kExitPartial);
  CHECK(into.err.find("saved those to " + fresh.string()) != std::string::npos);
  Result<LoadedIndex> loaded = LoadIndexFile(fresh.string());
  REQUIRE(loaded.ok());
  CHECK(loaded->index.size() == 4);
  CHECK(ReadAll(path) == cut);
  // NEW must not exist: salvage replaces nothing.
  const testing::CliRun again = testing::RunCliInProcess({"index", "salvage", path.string(), fresh.string()});
  CHECK(again.code == kExitUsage);
  CHECK(again.err.find("exists") != std::string::npos);
  const testing::CliRun analyse = testing::RunCliInProcess(
      {"analyze", testing::SourceDir() + "/fixtures/blinken-china-2024/articles/000_cdea3cf90be440ea.txt", "--index",
       fresh.string()});
  CHECK(analyse.code == kExitOk);
  CHECK(LoadIndexFile(fresh.string())->index.size() >= 4);
}
