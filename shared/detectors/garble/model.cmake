# The garbled-sentence detector's model, built at build time from Debian
# packages (no network): pocketsphinx-en-us's trigram LM and WordNet 3.0
# (wordnet-base). tools/garble-model/build_garble_model.cpp prunes and
# quantises them into the project's own format and writes a .cpp embedding the
# bytes, compiled into copydesk_core: native and WebAssembly carry the same
# model. The tool is compiled with the host compiler in both kinds of build.
set(COPYDESK_GARBLE_LM "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin" CACHE FILEPATH
    "pocketsphinx-en-us trigram LM the garble model is built from")
set(COPYDESK_WORDNET_DIR "/usr/share/wordnet" CACHE PATH "WordNet 3.0 database (Debian wordnet-base)")
if(NOT EXISTS "${COPYDESK_GARBLE_LM}")
  message(FATAL_ERROR "garble model: ${COPYDESK_GARBLE_LM} not found. Install the Debian package "
                      "pocketsphinx-en-us (scripts/install-deps.sh does it).")
endif()
if(NOT EXISTS "${COPYDESK_WORDNET_DIR}/index.verb")
  message(FATAL_ERROR "garble model: ${COPYDESK_WORDNET_DIR}/index.verb not found. Install the Debian package "
                      "wordnet-base (scripts/install-deps.sh does it).")
endif()

if(EMSCRIPTEN OR CMAKE_CROSSCOMPILING)
  find_program(COPYDESK_HOST_CXX NAMES c++ g++ clang++ REQUIRED)
else()
  set(COPYDESK_HOST_CXX "${CMAKE_CXX_COMPILER}")
endif()

set(_garble_tool_src "${PROJECT_SOURCE_DIR}/tools/garble-model/build_garble_model.cpp")
set(_garble_format "${CMAKE_CURRENT_LIST_DIR}/model_format.h")
set(_garble_dir "${CMAKE_BINARY_DIR}/garble-model")
set(_garble_tool "${_garble_dir}/build_garble_model")
set(COPYDESK_GARBLE_MODEL "${_garble_dir}/garble_model.bin")
set(_garble_cpp "${_garble_dir}/garble_model_data.cpp")
file(MAKE_DIRECTORY "${_garble_dir}")

add_custom_command(
  OUTPUT "${_garble_tool}"
  COMMAND "${COPYDESK_HOST_CXX}" -O2 -std=c++20 -o "${_garble_tool}" "${_garble_tool_src}"
  DEPENDS "${_garble_tool_src}" "${_garble_format}"
  COMMENT "Building the garble model builder (host)")
add_custom_command(
  OUTPUT "${COPYDESK_GARBLE_MODEL}" "${_garble_cpp}"
  COMMAND "${_garble_tool}" "${COPYDESK_GARBLE_LM}" "${COPYDESK_WORDNET_DIR}" "${COPYDESK_GARBLE_MODEL}" "${_garble_cpp}"
  DEPENDS "${_garble_tool}" "${COPYDESK_GARBLE_LM}" "${COPYDESK_WORDNET_DIR}/index.verb"
  COMMENT "Building the garble model from pocketsphinx-en-us and WordNet")
target_sources(copydesk_core PRIVATE "${_garble_cpp}")
set_source_files_properties("${_garble_cpp}" PROPERTIES COMPILE_OPTIONS "-O0;-w")
