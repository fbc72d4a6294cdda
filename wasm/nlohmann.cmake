# nlohmann/json is header-only; em++ must not see -I/usr/include (glibc headers
# would shadow Emscripten's libc), so we point at a folder holding only a link.
set(_nlohmann_dir "${CMAKE_BINARY_DIR}/third_party_include")
if(NOT EXISTS "/usr/include/nlohmann/json.hpp")
  message(FATAL_ERROR "nlohmann/json not found: apt-get install nlohmann-json3-dev (scripts/install-deps.sh)")
endif()
file(MAKE_DIRECTORY "${_nlohmann_dir}")
file(CREATE_LINK "/usr/include/nlohmann" "${_nlohmann_dir}/nlohmann" SYMBOLIC)
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
set_target_properties(nlohmann_json::nlohmann_json PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_nlohmann_dir}")
