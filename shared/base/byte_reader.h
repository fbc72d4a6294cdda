// Bounds-checked reading of the project's little-endian binary images (the
// reuse index, the garble model). A read past the end returns 0 (or null) and
// leaves ok() false for good, so a parser reads on and checks once.
#pragma once
#include <cstddef>
#include <cstdint>

namespace copydesk {

class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  bool ok() const { return ok_; }
  size_t pos() const { return pos_; }
  size_t left() const { return size_ - pos_; }
  // The content read was invalid (the caller's own check failed).
  void Fail() { ok_ = false; }

  // An unsigned little-endian integer of `bytes` bytes (1 to 8).
  uint64_t Uint(int bytes) {
    if (!Need(size_t(bytes))) return 0;
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= uint64_t(data_[pos_ + size_t(i)]) << (8 * i);
    pos_ += size_t(bytes);
    return v;
  }
  uint32_t U32() { return uint32_t(Uint(4)); }
  // LEB128, at most 5 bytes: more is not a 32-bit varint.
  uint32_t Varint() {
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (!Need(1)) return 0;
      const uint8_t b = data_[pos_++];
      v |= uint32_t(b & 0x7F) << shift;
      if ((b & 0x80) == 0) return v;
    }
    ok_ = false;
    return 0;
  }
  // The next `n` bytes in place, or null.
  const uint8_t* Take(size_t n) {
    if (!Need(n)) return nullptr;
    const uint8_t* p = data_ + pos_;
    pos_ += n;
    return p;
  }

 private:
  bool Need(size_t n) {
    if (!ok_ || size_ - pos_ < n) ok_ = false;
    return ok_;
  }
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace copydesk
