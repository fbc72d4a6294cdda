// Hashes with fixed definitions: fingerprints are stored in index files and in
// the extension's IndexedDB, so they must not change between builds or
// standard libraries (std::hash differs between libstdc++ and libc++).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace copydesk::reuse {

// 64-bit FNV-1a.
uint64_t Fnv1a64(std::string_view bytes, uint64_t seed = 0xcbf29ce484222325ULL);
// A 64-bit finaliser (murmur3 fmix64): spreads FNV's weak low bits.
uint64_t Mix64(uint64_t x);
// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), continuable.
uint32_t Crc32(const uint8_t* data, size_t size, uint32_t crc = 0);

}  // namespace copydesk::reuse
