// Checks a report against the contract's required fields and invariants
// (../shared/report-contract.md). Returns the problems found, empty if none.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace copydesk::testing {

std::vector<std::string> ContractProblems(const nlohmann::json& report, size_t text_units);

}  // namespace copydesk::testing
