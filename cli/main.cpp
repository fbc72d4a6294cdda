// `copydesk`: the command line is the core's RunCli; this file only forwards argv.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  return copydesk::RunCli(args, std::cout, std::cerr);
}
