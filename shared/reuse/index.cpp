#include "reuse/index.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "base/byte_reader.h"
#include "base/unicode.h"
#include "reuse/hash.h"
#include "reuse/outlets.h"

namespace copydesk::reuse {
namespace {

constexpr int kDirBits = 16;                 // directory of 65,536 hash prefixes
constexpr uint16_t kNullString = 0xFFFF;     // an absent optional string
constexpr size_t kMaxStringBytes = 0xFFFE;   // longer metadata is cut (at a UTF-8 boundary)
constexpr size_t kMaxCredits = 32;

// ---- little-endian writer / bounds-checked reader -------------------------

class Writer {
 public:
  void U8(uint8_t v) { out_.push_back(v); }
  void U16(uint16_t v) { for (int i = 0; i < 2; ++i) out_.push_back(static_cast<uint8_t>(v >> (8 * i))); }
  void U32(uint32_t v) { for (int i = 0; i < 4; ++i) out_.push_back(static_cast<uint8_t>(v >> (8 * i))); }
  void U64(uint64_t v) { for (int i = 0; i < 8; ++i) out_.push_back(static_cast<uint8_t>(v >> (8 * i))); }
  void Varint(uint32_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<uint8_t>(v));
  }
  void Str(std::string_view s) {
    if (s.size() > kMaxStringBytes) {
      size_t n = kMaxStringBytes;
      while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
      s = s.substr(0, n);
    }
    U16(static_cast<uint16_t>(s.size()));
    out_.insert(out_.end(), s.begin(), s.end());
  }
  void OptStr(const std::optional<std::string>& s) {
    if (s) Str(*s); else U16(kNullString);
  }
  std::vector<uint8_t>& bytes() { return out_; }

 private:
  std::vector<uint8_t> out_;
};

// A length-prefixed UTF-8 string, or nullopt for the null marker (or a bad read).
std::optional<std::string> OptStr(ByteReader& r) {
  const uint16_t len = static_cast<uint16_t>(r.Uint(2));
  if (!r.ok() || len == kNullString) return std::nullopt;
  const uint8_t* bytes = r.Take(len);
  if (!bytes) return std::nullopt;
  std::string s(reinterpret_cast<const char*>(bytes), len);
  if (!ValidateUtf8(s).ok()) r.Fail();  // metadata is UTF-8 text
  return s;
}
std::string Str(ByteReader& r) {
  std::optional<std::string> s = OptStr(r);
  if (!s) r.Fail();
  return s ? *s : std::string();
}

void WriteFingerprint(Writer& w, const Fingerprint& fp) {
  w.U64(fp.simhash);
  w.U16(static_cast<uint16_t>(fp.anchors.size()));
  int32_t prev = 0;
  for (const Gram& g : fp.anchors) {
    w.U32(g.hash);
    w.U8(g.order);
    w.Varint(static_cast<uint32_t>(g.start - prev));  // anchors are sorted by start
    w.Varint(static_cast<uint32_t>(g.end - g.start));
    prev = g.start;
  }
}

bool ReadFingerprint(ByteReader& r, Fingerprint& fp) {
  fp.simhash = r.Uint(8);
  const size_t n = r.Uint(2);
  if (!r.ok() || n > kMaxAnchors) return false;
  int64_t prev = 0;
  for (size_t i = 0; i < n; ++i) {
    Gram g;
    g.hash = static_cast<uint32_t>(r.Uint(4));
    g.order = static_cast<uint8_t>(r.Uint(1));
    const int64_t start = prev + r.Varint();
    const int64_t end = start + r.Varint();
    if (!r.ok() || end > INT32_MAX) return false;
    g.start = static_cast<int32_t>(start);
    g.end = static_cast<int32_t>(end);
    prev = start;
    fp.anchors.push_back(g);
  }
  return true;
}

uint32_t DirSlot(uint32_t hash) { return hash >> (32 - kDirBits); }

}  // namespace

uint64_t TextHash(const Document& doc) { return Fnv1a64(ToUtf8(doc.text())); }

IndexEntry MakeIndexEntry(const Document& doc) {
  IndexEntry e;
  const Article& a = doc.article;
  e.id = a.id;
  e.url = a.url;
  e.site = a.site;
  e.title = a.title;
  e.published = a.published;
  if (!e.title) {
    for (const Paragraph& p : doc.paragraphs) {
      if (p.role == ParagraphRole::kHeadline) {
        e.title = doc.slice_utf8(p.span);
        break;
      }
    }
  }
  e.outlet = ArticleOutlet(doc);
  for (const OutletMention& m : FindOutletMentions(doc)) {
    if (std::find(e.credits.begin(), e.credits.end(), m.outlet) == e.credits.end() && e.credits.size() < kMaxCredits) {
      e.credits.push_back(m.outlet);
    }
  }
  std::sort(e.credits.begin(), e.credits.end());
  e.text_hash = TextHash(doc);
  e.body_chars = doc.body_chars();
  e.fingerprint = MakeFingerprint(doc);
  return e;
}

bool Index::Contains(uint64_t text_hash) const { return text_hashes_.count(text_hash) != 0; }

bool Index::Add(IndexEntry entry) {
  if (Contains(entry.text_hash)) return false;
  if (entries_.size() >= (1u << 24)) return false;  // postings keep the entry in 24 bits
  const uint32_t id = static_cast<uint32_t>(entries_.size());
  text_hashes_.insert(entry.text_hash);
  for (size_t a = 0; a < entry.fingerprint.anchors.size(); ++a) {
    pending_.push_back({entry.fingerprint.anchors[a].hash, id << 8 | static_cast<uint32_t>(a)});
  }
  entries_.push_back(std::move(entry));
  return true;
}

void Index::Finalize() const {
  if (pending_.empty() && !directory_.empty()) return;
  auto by_hash = [](const Posting& x, const Posting& y) { return x.hash != y.hash ? x.hash < y.hash : x.ref < y.ref; };
  std::sort(pending_.begin(), pending_.end(), by_hash);
  const size_t mid = postings_.size();
  postings_.insert(postings_.end(), pending_.begin(), pending_.end());
  std::inplace_merge(postings_.begin(), postings_.begin() + mid, postings_.end(), by_hash);
  pending_.clear();
  pending_.shrink_to_fit();
  directory_.assign((size_t{1} << kDirBits) + 1, 0);
  for (const Posting& p : postings_) ++directory_[DirSlot(p.hash) + 1];
  for (size_t i = 1; i < directory_.size(); ++i) directory_[i] += directory_[i - 1];
}

size_t Index::BoilerplateLimit() const { return std::max<size_t>(16, entries_.size() / 50); }

std::vector<IndexHit> Index::Query(const std::vector<Gram>& grams, size_t min_anchors) const {
  Finalize();
  const size_t limit = BoilerplateLimit();
  // Lookups in hash order walk the postings front to back (fewer cache misses).
  std::vector<const Gram*> order;
  order.reserve(grams.size());
  for (const Gram& g : grams) order.push_back(&g);
  std::sort(order.begin(), order.end(), [](const Gram* a, const Gram* b) {
    return a->hash != b->hash ? a->hash < b->hash : a->start < b->start;
  });
  std::vector<std::pair<uint32_t, AnchorMatch>> found;
  for (const Gram* g : order) {
    const uint32_t slot = DirSlot(g->hash);
    const auto first_in_slot = postings_.begin() + directory_[slot];
    const auto last_in_slot = postings_.begin() + directory_[slot + 1];
    const auto [first, end] = std::equal_range(first_in_slot, last_in_slot, Posting{g->hash, 0},
                                               [](const Posting& a, const Posting& b) { return a.hash < b.hash; });
    if (static_cast<size_t>(end - first) > limit) continue;
    for (auto it = first; it != end; ++it) {
      const uint32_t entry = it->ref >> 8;
      found.push_back({entry, {*g, entries_[entry].fingerprint.anchors[it->ref & 0xFF]}});
    }
  }
  // Group by entry (entry order), matches by query position.
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.second.query.start != b.second.query.start) return a.second.query.start < b.second.query.start;
    return a.second.stored.start < b.second.stored.start;
  });
  std::vector<IndexHit> hits;
  for (size_t k = 0; k < found.size();) {
    size_t e = k;
    IndexHit hit;
    hit.entry = found[k].first;
    std::vector<int32_t> distinct;
    for (; e < found.size() && found[e].first == hit.entry; ++e) {
      hit.matches.push_back(found[e].second);
      distinct.push_back(found[e].second.stored.start);
    }
    k = e;
    std::sort(distinct.begin(), distinct.end());
    const size_t n = std::unique(distinct.begin(), distinct.end()) - distinct.begin();
    const size_t stored = entries_[hit.entry].fingerprint.anchors.size();
    // Short articles have few anchors: one shared anchor of two is a lot.
    if (n >= std::min(min_anchors, std::max<size_t>(1, stored / 2))) hits.push_back(std::move(hit));
  }
  return hits;
}

size_t Index::FingerprintBytes(const Fingerprint& fp) {
  Writer w;
  WriteFingerprint(w, fp);
  return w.bytes().size();
}

std::vector<uint8_t> Index::ToBytes() const {
  Writer payload;
  for (const IndexEntry& e : entries_) {
    payload.Str(e.id);
    payload.OptStr(e.url);
    payload.OptStr(e.site);
    payload.OptStr(e.title);
    payload.OptStr(e.published);
    payload.Str(e.outlet);
    payload.U8(static_cast<uint8_t>(e.credits.size()));
    for (const std::string& c : e.credits) payload.Str(c);
    payload.U64(e.text_hash);
    payload.U32(static_cast<uint32_t>(e.body_chars));
    WriteFingerprint(payload, e.fingerprint);
  }
  Writer out;
  for (char c : kIndexMagic) out.U8(static_cast<uint8_t>(c));
  out.U16(kIndexVersion);
  out.U16(0);  // flags, none defined
  out.U32(static_cast<uint32_t>(entries_.size()));
  out.U64(payload.bytes().size());
  uint32_t crc = Crc32(out.bytes().data(), out.bytes().size());
  crc = Crc32(payload.bytes().data(), payload.bytes().size(), crc);
  out.U32(crc);
  std::vector<uint8_t>& bytes = out.bytes();
  bytes.insert(bytes.end(), payload.bytes().begin(), payload.bytes().end());
  return bytes;
}

namespace {

// The header, before any check of the payload.
struct Header {
  uint16_t version = 0;
  uint16_t flags = 0;
  uint32_t count = 0;
  uint64_t payload_size = 0;
  uint32_t crc = 0;
};

Result<Header> ReadHeader(const uint8_t* data, size_t size) {
  if (size < 4 || std::memcmp(data, kIndexMagic, 4) != 0) {
    return Status::Error("not a copydesk fingerprint index (bad magic)");
  }
  if (size < kIndexHeaderBytes) return Status::Error("truncated fingerprint index (incomplete header)");
  ByteReader h(data, kIndexHeaderBytes);
  h.Uint(4);
  Header out;
  out.version = static_cast<uint16_t>(h.Uint(2));
  out.flags = static_cast<uint16_t>(h.Uint(2));
  out.count = static_cast<uint32_t>(h.Uint(4));
  out.payload_size = h.Uint(8);
  out.crc = static_cast<uint32_t>(h.Uint(4));
  // Versions: a file from a newer copydesk is refused, never guessed at (its
  // entries may mean something else); an older version this build still
  // knows is read by its own reader below and upgraded in memory, and the
  // next save writes the current version (atomically, so the old file stays
  // whole until the new one is complete). docs/reuse.md, "Format versions".
  if (out.version > kIndexVersion) {
    return Status::Error("fingerprint index made by a newer copydesk (format version " + std::to_string(out.version) +
                         "; this build reads versions " + std::to_string(kIndexMinVersion) + " to " +
                         std::to_string(kIndexVersion) + "): use that copydesk or a newer one");
  }
  if (out.version < kIndexMinVersion) {
    return Status::Error("fingerprint index format version " + std::to_string(out.version) +
                         " is not one copydesk ever wrote (this build reads versions " +
                         std::to_string(kIndexMinVersion) + " to " + std::to_string(kIndexVersion) + ")");
  }
  if (out.flags != 0) return Status::Error("fingerprint index uses unknown flags");
  return out;
}

// Reads up to `count` version-1 entries into `index`. Stops at the first
// malformed or repeated entry: returns why, or "" when all were read.
// `to_end`: keep going while bytes are left, past `count` (salvage, where
// the header itself may be what is damaged).
std::string ReadEntriesV1(ByteReader& r, uint32_t count, Index& index, bool to_end = false) {
  for (uint32_t i = 0; to_end ? r.left() > 0 : i < count; ++i) {
    IndexEntry e;
    e.id = Str(r);
    e.url = OptStr(r);
    e.site = OptStr(r);
    e.title = OptStr(r);
    e.published = OptStr(r);
    e.outlet = Str(r);
    const size_t credits = r.Uint(1);
    for (size_t c = 0; c < credits && r.ok(); ++c) e.credits.push_back(Str(r));
    e.text_hash = r.Uint(8);
    e.body_chars = static_cast<int32_t>(r.Uint(4));
    if (!r.ok() || !ReadFingerprint(r, e.fingerprint) || e.body_chars < 0) {
      return "entry " + std::to_string(i) + " is malformed";
    }
    if (!index.Add(std::move(e))) return "entry " + std::to_string(i) + " repeated";
  }
  return "";
}

}  // namespace

Result<Index> Index::FromBytes(const uint8_t* data, size_t size) {
  Result<Header> header = ReadHeader(data, size);
  if (!header.ok()) return Status::Error(header.error());
  const Header& h = header.value();
  if (h.payload_size > size - kIndexHeaderBytes) {
    return Status::Error("truncated fingerprint index (" + std::to_string(size) + " bytes, header announces " +
                         std::to_string(kIndexHeaderBytes + h.payload_size) + ")");
  }
  if (h.payload_size < size - kIndexHeaderBytes) return Status::Error("corrupt fingerprint index (trailing bytes)");
  uint32_t actual = Crc32(data, kIndexHeaderBytes - 4);
  actual = Crc32(data + kIndexHeaderBytes, h.payload_size, actual);
  if (actual != h.crc) return Status::Error("corrupt fingerprint index (checksum mismatch)");

  Index index;
  ByteReader r(data + kIndexHeaderBytes, h.payload_size);
  // One reader per format version this build knows (today only version 1).
  const std::string why = ReadEntriesV1(r, h.count, index);
  if (!why.empty()) return Status::Error("corrupt fingerprint index (" + why + ")");
  if (r.left() != 0) return Status::Error("corrupt fingerprint index (payload longer than its entries)");
  return index;
}

Result<SalvagedIndex> Index::Salvage(const uint8_t* data, size_t size) {
  Result<Header> header = ReadHeader(data, size);
  if (!header.ok()) return Status::Error(header.error());  // nothing we can read safely
  SalvagedIndex out;
  out.announced = header->count;
  Result<Index> whole = FromBytes(data, size);
  if (whole.ok()) {
    out.index = std::move(whole.value());
    return out;
  }
  out.damage = whole.error();
  // The checksum no longer vouches for anything: read the entries in order
  // and keep those before the first one that does not parse.
  ByteReader r(data + kIndexHeaderBytes, size - kIndexHeaderBytes);
  const std::string why = ReadEntriesV1(r, header->count, out.index, /*to_end=*/true);
  if (!why.empty()) out.damage += "; reading stopped at " + why;
  return out;
}

Result<std::vector<uint8_t>> ReadIndexBytes(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::Error(path + ": cannot open fingerprint index (" + std::strerror(errno) + ")");
  std::vector<uint8_t> bytes;
  uint8_t buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.insert(bytes.end(), buf, buf + n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::Error(path + ": cannot read fingerprint index");
  return bytes;
}

Result<LoadedIndex> LoadIndexFile(const std::string& path) {
  if (::access(path.c_str(), F_OK) != 0 && errno == ENOENT) {
    LoadedIndex fresh;
    fresh.missing = true;
    return fresh;
  }
  Result<std::vector<uint8_t>> bytes = ReadIndexBytes(path);
  if (!bytes.ok()) return Status::Error(bytes.error());
  Result<Index> index = Index::FromBytes(bytes->data(), bytes->size());
  if (!index.ok()) return Status::Error(path + ": " + index.error() + "; left unchanged");
  LoadedIndex loaded;
  loaded.index = std::move(index.value());
  return loaded;
}

namespace {

// A save killed between creating its temporary and the rename leaves
// `path.tmp.<pid>` behind (as big as the index). Removed when that process
// is gone; a live one may be saving right now.
void RemoveStaleTemporaries(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  const std::string prefix = (slash == std::string::npos ? path : path.substr(slash + 1)) + ".tmp.";
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t pid = static_cast<pid_t>(std::stol(digits));
    if (pid == ::getpid() || pid <= 0) continue;
    if (::kill(pid, 0) != 0 && errno == ESRCH) ::unlinkat(::dirfd(d), name.c_str(), 0);
  }
  ::closedir(d);
}

}  // namespace

Status SaveIndexFile(const Index& index, const std::string& path) {
  RemoveStaleTemporaries(path);
  const std::vector<uint8_t> bytes = index.ToBytes();
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return Status::Error(path + ": cannot write fingerprint index (" + std::strerror(errno) + ")");
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t w = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return Status::Error(path + ": cannot write fingerprint index (" + why + ")");
    }
    done += static_cast<size_t>(w);
  }
  // Data on disk before the rename makes it visible.
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(tmp.c_str());
    return Status::Error(path + ": cannot flush fingerprint index to disk");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    return Status::Error(path + ": cannot replace fingerprint index (" + why + ")");
  }
  // The rename itself is durable once the folder is synced.
  std::string dir = path.substr(0, path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/'));
  if (dir.empty()) dir = path.find('/') == 0 ? "/" : ".";
  if (const int dfd = ::open(dir.c_str(), O_RDONLY); dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return Status::Ok();
}

}  // namespace copydesk::reuse
