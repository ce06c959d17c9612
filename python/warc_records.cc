// A Python iterator over WarcReader. Damaged data (a truncated record, bad
// gzip) either raises pith.WarcError, naming the record and offset, or, with
// skip_damaged=True, is noted in `errors` and skipped to the next readable
// record, as `pith --format jsonl` does in batch runs.
#include "warc_records.h"

#include <pybind11/stl.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "io/warc_reader.h"

namespace py = pybind11;

namespace pith::python {
namespace {

struct WarcError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Record {
  std::string type, target_uri, record_id;
  bool is_document = false;
  std::vector<std::pair<std::string, std::string>> headers;
  py::bytes block;
};

class Reader {
 public:
  Reader(const py::object& source, bool skip_damaged) : skip_damaged_(skip_damaged) {
    if (py::isinstance<py::bytes>(source) || py::isinstance<py::bytearray>(source)) {
      bytes_ = py::isinstance<py::bytes>(source) ? std::string(source.cast<py::bytes>())
                                                 : std::string(source.cast<py::bytearray>());
      reader_ = std::make_unique<io::WarcReader>(io::WarcReader::InMemory{bytes_});
    } else {
      // A str or os.PathLike names a file.
      const std::string path = py::str(py::module_::import("os").attr("fspath")(source)).cast<std::string>();
      reader_ = std::make_unique<io::WarcReader>(path);
      if (!reader_->ok()) {
        PyErr_SetString(PyExc_OSError, reader_->error().c_str());
        throw py::error_already_set();
      }
    }
  }

  Record next() {
    io::WarcRecord r;
    while (true) {
      bool got;
      {
        py::gil_scoped_release unlocked;
        got = reader_->next(r);
      }
      if (got) break;
      if (reader_->ok()) throw py::stop_iteration();
      const std::string error = reader_->error();
      if (!skip_damaged_) throw WarcError(error);
      errors_.push_back(error);
      bool resumed;
      {
        py::gil_scoped_release unlocked;
        resumed = reader_->resume();
      }
      if (!resumed) {
        if (!reader_->ok()) errors_.push_back(reader_->error());
        throw py::stop_iteration();
      }
    }
    const bool is_document = r.is_document();  // before r.type is moved out
    Record out{std::move(r.type), std::move(r.target_uri), std::move(r.record_id), is_document, {},
               py::bytes(r.block)};
    for (io::HeaderField& f : r.header.fields) out.headers.emplace_back(std::move(f.name), std::move(f.value));
    return out;
  }

  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::string bytes_;  // the file's bytes, when given in memory: the reader reads from them
  std::unique_ptr<io::WarcReader> reader_;
  bool skip_damaged_;
  std::vector<std::string> errors_;
};

}  // namespace

void bind_warc_reader(py::module_& m) {
  py::register_exception<WarcError>(m, "WarcError", PyExc_ValueError)
      .doc() = "Damaged WARC data: the message names the record and the offset where reading stopped.";

  py::class_<Record>(m, "WarcRecord", "One WARC record: its type, target URI, id, header fields and block.")
      .def_readonly("type", &Record::type, "WARC-Type: 'response', 'conversion' (WET text), 'request' ...")
      .def_readonly("target_uri", &Record::target_uri)
      .def_readonly("record_id", &Record::record_id)
      .def_readonly("headers", &Record::headers, "The WARC header fields as (name, value) pairs, in order.")
      .def_readonly("block", &Record::block,
                    "The record's bytes: for a response its HTTP message, which pith.extract() reads as it is.")
      .def_readonly("is_document", &Record::is_document, "A response, conversion or page resource record: a page to extract.")
      .def("__repr__", [](const Record& r) {
        return "<pith.WarcRecord " + r.type + " " + py::repr(py::str(r.target_uri)).cast<std::string>() + ">";
      });

  py::class_<Reader>(m, "WarcReader",
                     "WarcReader(source, skip_damaged=False): iterate over the records of a WARC/WET file.\n\n"
                     "source is a path (plain, .gz or .zst: told by content) or the file's bytes.\n"
                     "Damaged data raises pith.WarcError, or with skip_damaged=True is listed in\n"
                     "`errors` and reading goes on at the next readable record. Typical use:\n\n"
                     "  records = [r for r in pith.WarcReader(path) if r.is_document]\n"
                     "  docs = pith.extract_many([r.block for r in records],\n"
                     "                           urls=[r.target_uri for r in records])")
      .def(py::init<const py::object&, bool>(), py::arg("source"), py::arg("skip_damaged") = false)
      .def("__iter__", [](Reader& r) -> Reader& { return r; })
      .def("__next__", &Reader::next)
      .def_property_readonly("errors", &Reader::errors, "Damaged data skipped so far (with skip_damaged=True).");
}

}  // namespace pith::python
