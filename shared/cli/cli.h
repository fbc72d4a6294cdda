// The `copydesk` command line (contract: analyze FILE... [--against PATH]...
// [--index FILE] [--format json|text]). Lives in the core so tests run it
// in-process; cli/main.cpp only forwards argv.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace copydesk {

inline constexpr int kExitOk = 0;
inline constexpr int kExitPartial = 1;  // done, but some of the input was lost (index salvage)
inline constexpr int kExitUsage = 2;  // bad usage or bad input: one line on stderr

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace copydesk
