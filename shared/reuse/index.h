// The fingerprint index: what copydesk remembers of articles it has seen,
// without their text (privacy: a reader's history holds fingerprints, not
// articles). Articles are added incrementally; a query finds the stored
// articles that share anchors with a document through inverted postings,
// so its cost does not grow with the number of stored articles.
//
// Binary format (docs/reuse.md), all integers little-endian, fixed width:
//   header  "CDXI" | u16 version | u16 flags | u32 entries | u64 payload bytes | u32 crc32
//   payload entries, each: metadata strings, u64 text hash, i32 body chars,
//           u64 simhash, u16 anchors, anchors (u32 hash, u8 order,
//           varint start delta, varint length)
// The CRC covers the first 20 header bytes and the payload.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "reuse/fingerprint.h"
#include "segments/document.h"

namespace copydesk::reuse {

inline constexpr char kIndexMagic[4] = {'C', 'D', 'X', 'I'};
inline constexpr uint16_t kIndexVersion = 1;     // the version this build writes
inline constexpr uint16_t kIndexMinVersion = 1;  // the oldest version it still reads
inline constexpr size_t kIndexHeaderBytes = 24;

struct IndexEntry {
  std::string id;
  std::optional<std::string> url, site, title, published;
  std::string outlet;                 // the article's own outlet, if known
  std::vector<std::string> credits;   // outlets the article names
  uint64_t text_hash = 0;             // Fnv1a64 of the UTF-8 text: recognises the same article
  int32_t body_chars = 0;
  Fingerprint fingerprint;
};

// One stored anchor shared with the query: query gram and stored anchor.
struct AnchorMatch {
  Gram query;
  Gram stored;
};

struct SalvagedIndex;

struct IndexHit {
  uint32_t entry = 0;
  std::vector<AnchorMatch> matches;  // by query position
};

// Builds the entry for a document (fingerprint, metadata, outlets).
IndexEntry MakeIndexEntry(const Document& doc);
uint64_t TextHash(const Document& doc);

class Index {
 public:
  // False (and nothing added) if an article with the same text is stored.
  bool Add(IndexEntry entry);
  size_t size() const { return entries_.size(); }
  const IndexEntry& entry(size_t i) const { return entries_[i]; }
  bool Contains(uint64_t text_hash) const;

  // Stored articles sharing at least `min_anchors` distinct anchors with
  // these grams, in entry order. Anchors stored by more than
  // BoilerplateLimit() articles (sign-offs, stock phrases) are ignored.
  std::vector<IndexHit> Query(const std::vector<Gram>& grams, size_t min_anchors = 2) const;
  size_t BoilerplateLimit() const;

  std::vector<uint8_t> ToBytes() const;
  static Result<Index> FromBytes(const uint8_t* data, size_t size);
  // What can still be read of a damaged index: the entries before the first
  // one that does not parse, checksum ignored. Refuses (like FromBytes) a
  // foreign file or one from a newer copydesk, whose entries it cannot read.
  static Result<SalvagedIndex> Salvage(const uint8_t* data, size_t size);

  // Bytes one entry's fingerprint takes in the file (metadata excluded).
  static size_t FingerprintBytes(const Fingerprint& fp);

 private:
  void Finalize() const;  // merges pending postings into the lookup table

  std::vector<IndexEntry> entries_;
  std::unordered_set<uint64_t> text_hashes_;  // membership only, never iterated
  // Postings: (hash, entry << 8 | anchor), sorted by hash once finalised.
  struct Posting {
    uint32_t hash;
    uint32_t ref;
  };
  mutable std::vector<Posting> postings_;
  mutable std::vector<Posting> pending_;
  mutable std::vector<uint32_t> directory_;  // first posting for each top-kDirBits hash prefix
};

struct SalvagedIndex {
  Index index;             // the entries read
  uint32_t announced = 0;  // entries the header announces
  std::string damage;      // what is wrong; empty when the file is intact
  bool intact() const { return damage.empty(); }
};

// Reads an index file. A missing file is reported as `missing` (not an
// error: the CLI starts a new index); a foreign, truncated or corrupt file
// is an error naming what is wrong.
struct LoadedIndex {
  Index index;
  bool missing = false;
};
Result<LoadedIndex> LoadIndexFile(const std::string& path);
// The file's bytes (errors name the file; a missing file is an error here).
Result<std::vector<uint8_t>> ReadIndexBytes(const std::string& path);

// Writes atomically: a temporary file beside `path`, flushed to disk, then
// renamed over it, so a reader never sees a half-written index. Temporaries
// left beside `path` by saves that were killed (their process is gone) are
// removed.
Status SaveIndexFile(const Index& index, const std::string& path);

}  // namespace copydesk::reuse
