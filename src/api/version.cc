#include "pith/extract.h"

namespace pith {

// PITH_VERSION comes from the CMake project's version (src/CMakeLists.txt).
const char* version() { return PITH_VERSION; }

}  // namespace pith
