# ICU for WebAssembly, built from Debian's ICU source by wasm/build-icu.sh
# (cached outside the repo). Provides the same target names as find_package(ICU).
set(COPYDESK_ICU_WASM_PREFIX "" CACHE PATH "Output folder of wasm/build-icu.sh")
if(NOT EXISTS "${COPYDESK_ICU_WASM_PREFIX}/lib/libicuuc.a")
  message(FATAL_ERROR "ICU for wasm not found in '${COPYDESK_ICU_WASM_PREFIX}': run wasm/build-icu.sh "
                      "and pass its output folder as -DCOPYDESK_ICU_WASM_PREFIX (scripts/build-wasm.sh does both)")
endif()
foreach(lib uc i18n)
  add_library(ICU::${lib} STATIC IMPORTED)
  set_target_properties(ICU::${lib} PROPERTIES
    IMPORTED_LOCATION "${COPYDESK_ICU_WASM_PREFIX}/lib/libicu${lib}.a"
    INTERFACE_INCLUDE_DIRECTORIES "${COPYDESK_ICU_WASM_PREFIX}/include"
    # Static ICU: its headers must not declare symbols as imported from a DLL.
    INTERFACE_COMPILE_DEFINITIONS "U_STATIC_IMPLEMENTATION")
endforeach()
set_property(TARGET ICU::i18n PROPERTY INTERFACE_LINK_LIBRARIES ICU::uc)
# The data is embedded in the module (wasm/CMakeLists.txt), ICU's stub library
# satisfies the link-time symbol.
add_library(ICU::stubdata STATIC IMPORTED)
set_target_properties(ICU::stubdata PROPERTIES IMPORTED_LOCATION "${COPYDESK_ICU_WASM_PREFIX}/lib/libicudata.a")
set(COPYDESK_ICU_WASM_DATA "${COPYDESK_ICU_WASM_PREFIX}/share/icudt72l.dat")
