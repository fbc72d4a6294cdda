#include "segments/icu_setup.h"

#include <unicode/udata.h>
#include <unicode/uclean.h>

#include <string>

#ifdef COPYDESK_EMBEDDED_ICU_DATA
extern "C" const unsigned char copydesk_icu_data[];  // generated: wasm/icu_data.cpp
#endif

namespace copydesk {

Status InitIcu() {
  static const Status status = [] {
    UErrorCode error = U_ZERO_ERROR;
#ifdef COPYDESK_EMBEDDED_ICU_DATA
    udata_setCommonData(copydesk_icu_data, &error);
    if (U_FAILURE(error)) {
      return Status::Error(std::string("ICU data could not be registered: ") + u_errorName(error));
    }
    // The module has no file system: a resource missing from the embedded
    // (trimmed) data must fail as a lookup, not fall through to file access.
    udata_setFileAccess(UDATA_ONLY_PACKAGES, &error);
#endif
    u_init(&error);
    if (U_FAILURE(error)) return Status::Error(std::string("ICU failed to start: ") + u_errorName(error));
    return Status::Ok();
  }();
  return status;
}

}  // namespace copydesk
