// The fingerprint index: round trip through bytes and files, refusal of
// foreign, truncated and corrupt files, atomic replacement, compactness, and
// queries that find the articles sharing text.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>

#include "corpus/corpus.h"
#include "reuse/base64.h"
#include "reuse/hash.h"
#include "reuse/index.h"
#include "segments/icu_setup.h"
#include "support/fixtures.h"

using namespace copydesk;
using namespace copydesk::reuse;
using copydesk::testing::SeedFamily;
namespace fs = std::filesystem;

namespace {

Index SeedIndex(size_t skip = 99) {
  Index index;
  for (size_t i = 0; i < SeedFamily().size(); ++i) {
    if (i != skip) REQUIRE(index.Add(MakeIndexEntry(SeedFamily().entries()[i]->doc)));
  }
  return index;
}

fs::path TempDir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("copydesk-index-test-" + std::to_string(std::random_device{}()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

std::vector<uint8_t> ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void WriteAll(const fs::path& p, const std::vector<uint8_t>& bytes) {
  std::ofstream(p, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

}  // namespace

TEST_CASE("hashes and checksums have their published values") {
  CHECK(Fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  const std::string check = "123456789";
  CHECK(Crc32(reinterpret_cast<const uint8_t*>(check.data()), check.size()) == 0xCBF43926u);
  CHECK(Base64Encode({'f', 'o', 'o', 'b'}) == "Zm9vYg==");
  CHECK(Base64Decode("Zm9vYg==").value() == std::vector<uint8_t>{'f', 'o', 'o', 'b'});
  CHECK_FALSE(Base64Decode("Zm9v*g==").ok());
}

TEST_CASE("an index survives a round trip through bytes, entry for entry") {
  const Index index = SeedIndex();
  const std::vector<uint8_t> bytes = index.ToBytes();
  REQUIRE(std::equal(bytes.begin(), bytes.begin() + 4, "CDXI"));
  Result<Index> back = Index::FromBytes(bytes.data(), bytes.size());
  REQUIRE(back.ok());
  REQUIRE(back->size() == index.size());
  for (size_t i = 0; i < index.size(); ++i) {
    const IndexEntry& a = index.entry(i);
    const IndexEntry& b = back->entry(i);
    CHECK(a.id == b.id);
    CHECK(a.title == b.title);
    CHECK(a.url == b.url);
    CHECK(a.outlet == b.outlet);
    CHECK(a.credits == b.credits);
    CHECK(a.text_hash == b.text_hash);
    CHECK(a.body_chars == b.body_chars);
    CHECK(a.fingerprint.simhash == b.fingerprint.simhash);
    REQUIRE(a.fingerprint.anchors.size() == b.fingerprint.anchors.size());
    for (size_t k = 0; k < a.fingerprint.anchors.size(); ++k) {
      CHECK(a.fingerprint.anchors[k].hash == b.fingerprint.anchors[k].hash);
      CHECK(a.fingerprint.anchors[k].start == b.fingerprint.anchors[k].start);
      CHECK(a.fingerprint.anchors[k].end == b.fingerprint.anchors[k].end);
    }
  }
  CHECK(back->ToBytes() == bytes);  // byte for byte
}

TEST_CASE("fingerprints stay within 512 bytes an article and hold no text") {
  for (const auto& e : SeedFamily().entries()) {
    const IndexEntry entry = MakeIndexEntry(e->doc);
    CHECK(Index::FingerprintBytes(entry.fingerprint) <= 512);
    CHECK(!entry.fingerprint.anchors.empty());
  }
  // No sentence of the body is in the file.
  const std::vector<uint8_t> bytes = SeedIndex().ToBytes();
  const std::string raw(bytes.begin(), bytes.end());
  CHECK(raw.find("Chinese support, Russia will be able") == std::string::npos);
}

TEST_CASE("a query finds the stored articles sharing text, not the unrelated") {
  const Index index = SeedIndex(/*skip=*/0);  // everything but 000
  const Document& doc000 = SeedFamily().entries()[0]->doc;
  std::vector<std::string> found;
  for (const IndexHit& hit : index.Query(AllGrams(doc000))) found.push_back(index.entry(hit.entry).id);
  CHECK(std::find(found.begin(), found.end(), "003_ff8c6b864563d053.txt") != found.end());
  CHECK(std::find(found.begin(), found.end(), "004_708bc86c8f4b88ce.txt") != found.end());

  REQUIRE(InitIcu().ok());
  Article zoo;
  zoo.id = "zoo";
  zoo.text = u"The city zoo welcomed two panda cubs born last month to its breeding programme.\n"
             u"Keepers said both cubs were healthy, feeding well and would meet visitors in the spring.\n";
  CHECK(index.Query(AllGrams(Segment(zoo))).empty());
}

TEST_CASE("adding the same article twice stores it once") {
  Index index = SeedIndex();
  CHECK_FALSE(index.Add(MakeIndexEntry(SeedFamily().entries()[1]->doc)));
  CHECK(index.size() == SeedFamily().size());
}

TEST_CASE("foreign, truncated and corrupt indexes are refused with a reason") {
  const std::vector<uint8_t> good = SeedIndex().ToBytes();
  SECTION("foreign") {
    const std::string png = "\x89PNG\r\n\x1a\n0000000000000000000000";
    const auto r = Index::FromBytes(reinterpret_cast<const uint8_t*>(png.data()), png.size());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("not a copydesk fingerprint index") != std::string::npos);
  }
  SECTION("every truncation") {
    for (size_t n = 0; n < good.size(); ++n) {
      const auto r = Index::FromBytes(good.data(), n);
      INFO("length " << n);
      REQUIRE_FALSE(r.ok());
    }
  }
  SECTION("a flipped bit anywhere") {
    for (size_t i = 0; i < good.size(); i += 7) {
      std::vector<uint8_t> bad = good;
      bad[i] ^= 0x10;
      INFO("byte " << i);
      CHECK_FALSE(Index::FromBytes(bad.data(), bad.size()).ok());
    }
  }
  SECTION("a newer format version") {
    std::vector<uint8_t> v2 = good;
    v2[4] = 2;
    const auto r = Index::FromBytes(v2.data(), v2.size());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("version 2") != std::string::npos);
  }
  SECTION("trailing bytes") {
    std::vector<uint8_t> longer = good;
    longer.push_back(0);
    CHECK_FALSE(Index::FromBytes(longer.data(), longer.size()).ok());
  }
}

TEST_CASE("index files: saved, reloaded, a damaged one refused and left alone") {
  const fs::path path = TempDir() / "history.cdxi";
  const Index index = SeedIndex();
  REQUIRE(SaveIndexFile(index, path.string()).ok());
  Result<LoadedIndex> loaded = LoadIndexFile(path.string());
  REQUIRE(loaded.ok());
  CHECK_FALSE(loaded->missing);
  CHECK(loaded->index.ToBytes() == index.ToBytes());

  const Result<LoadedIndex> none = LoadIndexFile((TempDir() / "absent.cdxi").string());
  REQUIRE(none.ok());
  CHECK(none->missing);

  std::vector<uint8_t> bytes = ReadAll(path);
  bytes.resize(bytes.size() / 2);
  const fs::path half = TempDir() / "half.cdxi";
  WriteAll(half, bytes);
  const Result<LoadedIndex> refused = LoadIndexFile(half.string());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().find("half.cdxi") != std::string::npos);
  CHECK(refused.error().find("truncated") != std::string::npos);
  CHECK(ReadAll(half) == bytes);
}

TEST_CASE("saving replaces the file atomically and leaves no temporary behind") {
  const fs::path dir = TempDir() / "atomic";
  fs::create_directories(dir);
  const fs::path path = dir / "history.cdxi";
  Index small = SeedIndex();
  REQUIRE(SaveIndexFile(small, path.string()).ok());
  const std::vector<uint8_t> before = ReadAll(path);

  // A save that cannot complete (the target is a folder) fails and leaves
  // the folder's other files as they were, with no temporary file left.
  const fs::path blocked = dir / "blocked";
  fs::create_directories(blocked / "inside");
  CHECK_FALSE(SaveIndexFile(small, blocked.string()).ok());
  CHECK(ReadAll(path) == before);

  // Replacing: the new content, complete; nothing else in the folder.
  Index bigger = SeedIndex();
  Article extra;
  extra.id = "extra";
  extra.text = u"A wholly different article about rainfall records in the northern provinces this winter.\n";
  REQUIRE(bigger.Add(MakeIndexEntry(Segment(extra))));
  REQUIRE(SaveIndexFile(bigger, path.string()).ok());
  CHECK(ReadAll(path) == bigger.ToBytes());
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"blocked", "history.cdxi"});
}

TEST_CASE("SimHash: a lightly edited copy is within 3 bits, another version of the story is not") {
  REQUIRE(InitIcu().ok());
  const Document& original = SeedFamily().entries()[0]->doc;
  Article edited = original.article;
  edited.id = "edited";
  edited.text += u"Republished with permission. Reporting by staff.\n";
  const std::u16string from = u"Blinken said President Joe Biden";
  edited.text.replace(edited.text.find(from), from.size(), u"Blinken said US President Joe Biden");
  const uint64_t a = MakeFingerprint(original).simhash;
  CHECK(SimHashDistance(a, MakeFingerprint(Segment(edited)).simhash) <= 3);
  for (size_t i = 1; i < SeedFamily().size(); ++i) CHECK(SimHashDistance(a, MakeFingerprint(SeedFamily().entries()[i]->doc).simhash) > 3);
}
