// Story families: a folder of articles grouped by shared text, with the
// probable original of each family and how every member derives from it.
//
//   grouping   articles are linked when either aligns with the other with a
//              verdict of "partially" or "wholly" (shared quotes alone do not
//              link: independent reports of one event quote the same people)
//   original   the earliest `published` when known; else the member whose
//              outlet the others credit; else the most complete (the one the
//              others' text is most covered by)
//   derivation per member, from the alignment with its closest relative
//              (copy / translated copy / rewrite / paraphrase / partial rewrite)
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "segments/document.h"

namespace copydesk::reuse {

struct MemberDerivation {
  size_t article = 0;      // index into the documents given
  std::string derivation;  // original | copy | translated copy | rewrite | paraphrase | partial rewrite
  int64_t of = -1;         // the member it derives from, -1 for none in the family
  double coverage = 0;     // of this member by `of`
  std::string verdict;     // against `of`
  std::string evidence;    // why, in a reader's words
};

struct StoryFamily {
  std::vector<size_t> members;  // document indexes, in input order
  size_t original = 0;
  std::string original_reason;
  std::vector<MemberDerivation> derivations;  // one per member, in member order
};

struct FamilyResult {
  std::vector<StoryFamily> families;  // with two or more members
  std::vector<size_t> unrelated;      // articles sharing no derived text with any other
};

FamilyResult FindFamilies(const std::vector<const Document*>& docs);

nlohmann::json FamiliesToJson(const FamilyResult& r, const std::vector<const Document*>& docs);
std::string FamiliesToText(const FamilyResult& r, const std::vector<const Document*>& docs);

}  // namespace copydesk::reuse
