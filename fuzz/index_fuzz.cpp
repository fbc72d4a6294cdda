// The fingerprint index parser (files, and base64 bytes from the extension's
// IndexedDB): any bytes are refused with a reason or parse to an index that
// re-serialises stably and can be queried. Half the inputs get a valid header
// and checksum around them, so the payload parser is reached past the CRC.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "reuse/hash.h"
#include "reuse/index.h"

using copydesk::reuse::Index;

namespace {

// Salvage reads what it can of any bytes; what it keeps is a valid index.
void CheckSalvage(const uint8_t* data, size_t size) {
  const auto salvaged = Index::Salvage(data, size);
  if (!salvaged.ok()) {
    if (salvaged.error().empty()) __builtin_trap();
    return;
  }
  const std::vector<uint8_t> bytes = salvaged->index.ToBytes();
  const copydesk::Result<Index> back = Index::FromBytes(bytes.data(), bytes.size());
  if (!back.ok() || back->size() != salvaged->index.size()) __builtin_trap();
}

void Check(const uint8_t* data, size_t size) {
  CheckSalvage(data, size);
  const copydesk::Result<Index> index = Index::FromBytes(data, size);
  if (!index.ok()) {
    if (index.error().empty()) __builtin_trap();  // every refusal says why
    return;
  }
  const std::vector<uint8_t> once = index->ToBytes();
  const copydesk::Result<Index> again = Index::FromBytes(once.data(), once.size());
  if (!again.ok() || again->ToBytes() != once) __builtin_trap();
  std::vector<copydesk::reuse::Gram> grams;
  for (size_t i = 0; i < index->size() && grams.size() < 256; ++i) {
    for (const auto& g : index->entry(i).fingerprint.anchors) grams.push_back(g);
  }
  (void)index->Query(grams);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Check(data, size);
  if (size < 1) return 0;
  // Wrapped: first byte = entry count, the rest the payload.
  std::vector<uint8_t> file = {'C', 'D', 'X', 'I', 1, 0, 0, 0, data[0], 0, 0, 0};
  const uint64_t payload = size - 1;
  for (int i = 0; i < 8; ++i) file.push_back(static_cast<uint8_t>(payload >> (8 * i)));
  uint32_t crc = copydesk::reuse::Crc32(file.data(), file.size());
  crc = copydesk::reuse::Crc32(data + 1, payload, crc);
  for (int i = 0; i < 4; ++i) file.push_back(static_cast<uint8_t>(crc >> (8 * i)));
  file.insert(file.end(), data + 1, data + size);
  Check(file.data(), file.size());
  return 0;
}
