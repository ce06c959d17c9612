// pith.WarcReader: the records of a WARC or WET file (plain, gzip or zstd) for
// Python, one at a time, over the library's own reader (src/io).
#pragma once

#include <pybind11/pybind11.h>

namespace pith::python {

void bind_warc_reader(pybind11::module_& m);

}  // namespace pith::python
