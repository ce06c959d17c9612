// The `pith` Python module: pith::extract() for Python, over the public API only.
//
//   import pith
//   doc = pith.extract(open("page.html", "rb").read(), url="https://example.com/a")
//   print(doc.title, doc.text)
//
// Extraction runs without the GIL, so a thread pool scales over cores;
// extract_many() does that itself. Documents pickle (as their to_dict()), so
// Dask and multiprocessing can ship them between processes.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "pith/extract.h"
#include "warc_records.h"

namespace py = pybind11;

namespace {

// Option names and values as the CLI spells them, so Python users meet the
// same vocabulary as `pith --help`.
pith::Favor parse_favor(const std::string& name) {
  if (name == "balanced") return pith::Favor::Balanced;
  if (name == "precision") return pith::Favor::Precision;
  if (name == "recall") return pith::Favor::Recall;
  throw py::value_error("favor must be 'balanced', 'precision' or 'recall', not '" + name + "'");
}

pith::InputKind parse_input(const std::string& name) {
  if (name == "auto") return pith::InputKind::Auto;
  if (name == "html") return pith::InputKind::Html;
  if (name == "text") return pith::InputKind::Text;
  throw py::value_error("input must be 'auto', 'html' or 'text', not '" + name + "'");
}

// A Python str has been decoded already: its bytes are UTF-8 whatever the
// page's <meta charset> claims, so an unset charset becomes "utf-8".
struct Page {
  std::string bytes;
  bool decoded = false;
};

Page page_from(const py::handle& data) {
  if (py::isinstance<py::bytes>(data)) return {std::string(data.cast<py::bytes>()), false};
  if (py::isinstance<py::bytearray>(data)) return {std::string(data.cast<py::bytearray>()), false};
  if (py::isinstance<py::memoryview>(data)) return {std::string(data.attr("tobytes")().cast<py::bytes>()), false};
  if (py::isinstance<py::str>(data)) return {data.cast<std::string>(), true};
  throw py::type_error(std::string("pith.extract() takes bytes or str, not ") +
                       py::str(py::type::handle_of(data).attr("__name__")).cast<std::string>());
}

pith::Options options_for(const Page& page, pith::Options options) {
  if (page.decoded && options.charset.empty()) options.charset = "utf-8";
  return options;
}

// url, target_language and charset also take None (a record's missing field).
using OptionalString = std::optional<std::string>;

pith::Options make_options(const OptionalString& url, const std::string& favor, bool tables, bool links,
                           bool images, bool comments, bool formatting, size_t min_length,
                           const OptionalString& target_language, const OptionalString& charset,
                           const std::string& input, bool markdown, bool html, bool normalize_unicode) {
  pith::Options o;
  o.url = url.value_or("");
  o.favor = parse_favor(favor);
  o.tables = tables;
  o.links = links;
  o.images = images;
  o.comments = comments;
  o.formatting = formatting;
  o.min_length = min_length;
  o.target_language = target_language.value_or("");
  o.charset = charset.value_or("");
  o.input = parse_input(input);
  o.markdown = markdown;
  o.html = html;
  o.normalize_unicode = normalize_unicode;
  return o;
}

// Every Document field, in the order of `pith --format json`: to_dict(),
// pickling and Document(dict) all walk this one table.
struct Field {
  const char* name;
  std::string pith::Document::*text = nullptr;
  std::vector<std::string> pith::Document::*list = nullptr;
  double pith::Document::*number = nullptr;
};

using D = pith::Document;
const Field kFields[] = {
    {"title", &D::title},         {"author", &D::author},
    {"date", &D::date},           {"date_modified", &D::date_modified},
    {"sitename", &D::sitename},   {"hostname", &D::hostname},
    {"language", &D::language},   {"url", &D::url},
    {"description", &D::description}, {"image", &D::image},
    {"categories", nullptr, &D::categories}, {"tags", nullptr, &D::tags},
    {"license", &D::license},     {"confidence", nullptr, nullptr, &D::confidence},
    {"text", &D::text},           {"comments", &D::comments},
    {"markdown", &D::markdown},   {"html", &D::html},
    {"warnings", nullptr, &D::warnings},
};

py::dict to_dict(const pith::Document& d) {
  py::dict out;
  for (const Field& f : kFields) {
    if (f.text) out[f.name] = d.*f.text;
    else if (f.list) out[f.name] = d.*f.list;
    else out[f.name] = d.*f.number;
  }
  return out;
}

pith::Document from_dict(const py::dict& in) {
  pith::Document d;
  for (const Field& f : kFields) {
    if (!in.contains(f.name)) continue;
    py::handle value = in[f.name];
    if (f.text) d.*f.text = value.cast<std::string>();
    else if (f.list) d.*f.list = value.cast<std::vector<std::string>>();
    else d.*f.number = value.cast<double>();
  }
  return d;
}

std::string repr(const pith::Document& d) {
  std::string title = py::repr(py::str(d.title)).cast<std::string>();
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", d.confidence);
  return "<pith.Document title=" + title + " chars=" + std::to_string(d.text.size()) +
         " confidence=" + confidence + (d.warnings.empty() ? "" : " warnings=" + std::to_string(d.warnings.size())) +
         ">";
}

// Pages taken from a shared counter by `jobs` threads, each with its own URL
// when `urls` has one; the results keep the input order. (The CLI's
// run_ordered() streams records through a bounded window; here every Document
// is returned at once.) The first exception (only resource exhaustion:
// extract() does not throw on bad input) is rethrown once every thread has stopped.
std::vector<pith::Document> extract_in_threads(const std::vector<Page>& pages, const std::vector<std::string>& urls,
                                               const pith::Options& options, size_t jobs) {
  std::vector<pith::Document> out(pages.size());
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::atomic<bool> failed{false};
  auto work = [&] {
    for (size_t i; !failed && (i = next++) < pages.size();) {
      try {
        pith::Options page_options = options_for(pages[i], options);
        if (i < urls.size() && !urls[i].empty()) page_options.url = urls[i];
        out[i] = pith::extract(pages[i].bytes, page_options);
      } catch (...) {
        if (!failed.exchange(true)) error = std::current_exception();
      }
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  if (error) std::rethrow_exception(error);
  return out;
}

constexpr const char* kOptionsDoc = R"(
Options (keywords, as the command line's):
  url              the page's URL: base for links, hostname, dates in the path
  favor            'balanced' (default), 'precision' or 'recall'
  tables           keep tables in the main content (default True)
  links, images    keep link targets / images in markdown and html
  comments         also extract reader comments, into Document.comments
  formatting       keep bold/italic/code in markdown and html
  min_length       below this many characters of text, report not-an-article
  target_language  ISO 639-1 code; pages in other languages give empty text
  charset          encoding label from outside the page (an HTTP header);
                   a str input is UTF-8 already and defaults to 'utf-8'
  input            'auto' (default: decided by content), 'html' or 'text'
                   (a page's visible text, e.g. a Common Crawl WET record)
  markdown, html   also fill Document.markdown / Document.html
  normalize_unicode  text fields in Unicode NFC (default True; False: as the
                   page spells them)

Bad or empty input never raises: it gives empty text and a warning.)";

const std::string kExtractDoc = std::string(
    "extract(data, **options) -> Document\n\n"
    "The main content and metadata of one page: data is its bytes (any encoding,\n"
    "optionally behind a WARC or HTTP header) or a str.\n") + kOptionsDoc;

const std::string kExtractManyDoc = std::string(
    "extract_many(pages, urls=None, jobs=0, **options) -> list[Document]\n\n"
    "extract() over many pages (bytes or str each) on `jobs` threads (0: one per\n"
    "core), results in input order; the same options apply to every page, and\n"
    "urls, when given, holds each page's URL (None or '': the url option).\n") + kOptionsDoc;

}  // namespace

PYBIND11_MODULE(_pith, m) {
  m.doc() = "pith: the main content and metadata of web pages (HTML or visible text).";
  m.attr("__version__") = pith::version();  // the CMake project's version
  m.attr("MAX_PAGE_BYTES") = pith::kMaxPageBytes;
  pith::python::bind_warc_reader(m);

  py::class_<pith::Document>(m, "Document", "What pith found in a page. to_dict() gives every field.")
      .def(py::init([](const py::dict& fields) { return from_dict(fields); }), py::arg("fields") = py::dict(),
           "A Document from a dict as to_dict() gives it (unknown keys are ignored).")
      .def_readonly("text", &pith::Document::text, "The article body, one paragraph per line (no headline).")
      .def_readonly("markdown", &pith::Document::markdown, "Markdown rendering (when markdown=True).")
      .def_readonly("html", &pith::Document::html, "A clean <article> (when html=True).")
      .def_readonly("comments", &pith::Document::comments, "Reader comments (when comments=True).")
      .def_readonly("title", &pith::Document::title)
      .def_readonly("author", &pith::Document::author)
      .def_readonly("date", &pith::Document::date, "ISO 8601 date of first publication.")
      .def_readonly("date_modified", &pith::Document::date_modified)
      .def_readonly("sitename", &pith::Document::sitename)
      .def_readonly("hostname", &pith::Document::hostname)
      .def_readonly("language", &pith::Document::language, "ISO 639-1 code.")
      .def_readonly("url", &pith::Document::url, "The canonical URL.")
      .def_readonly("description", &pith::Document::description)
      .def_readonly("image", &pith::Document::image)
      .def_readonly("categories", &pith::Document::categories)
      .def_readonly("tags", &pith::Document::tags)
      .def_readonly("license", &pith::Document::license)
      .def_readonly("confidence", &pith::Document::confidence,
                    "0-1: how sure pith is that this is an article and that it found all of it.")
      .def_readonly("warnings", &pith::Document::warnings)
      .def("to_dict", &to_dict, "Every field as a dict, in the order of `pith --format json`.")
      .def("__repr__", &repr)
      .def(py::pickle([](const pith::Document& d) { return to_dict(d); },
                      [](const py::dict& state) { return from_dict(state); }));

  m.def(
      "extract",
      [](const py::object& data, const OptionalString& url, const std::string& favor, bool tables, bool links,
         bool images, bool comments, bool formatting, size_t min_length, const OptionalString& target_language,
         const OptionalString& charset, const std::string& input, bool markdown, bool html, bool normalize_unicode) {
        pith::Options options = make_options(url, favor, tables, links, images, comments, formatting, min_length,
                                             target_language, charset, input, markdown, html,
                                             normalize_unicode);
        Page page = page_from(data);
        options = options_for(page, options);
        py::gil_scoped_release unlocked;
        return pith::extract(page.bytes, options);
      },
      py::arg("data"), py::kw_only(), py::arg("url") = py::none(), py::arg("favor") = "balanced",
      py::arg("tables") = true,
      py::arg("links") = false, py::arg("images") = false, py::arg("comments") = false,
      py::arg("formatting") = false, py::arg("min_length") = 0, py::arg("target_language") = py::none(),
      py::arg("charset") = py::none(), py::arg("input") = "auto", py::arg("markdown") = false, py::arg("html") = false,
      py::arg("normalize_unicode") = true,
      kExtractDoc.c_str());

  m.def(
      "extract_many",
      [](const py::iterable& pages, const std::optional<std::vector<OptionalString>>& urls, size_t jobs,
         const OptionalString& url, const std::string& favor,
         bool tables, bool links, bool images, bool comments, bool formatting, size_t min_length,
         const OptionalString& target_language, const OptionalString& charset, const std::string& input, bool markdown,
         bool html, bool normalize_unicode) {
        pith::Options options = make_options(url, favor, tables, links, images, comments, formatting, min_length,
                                             target_language, charset, input, markdown, html,
                                             normalize_unicode);
        std::vector<Page> copies;
        for (const py::handle& p : pages) copies.push_back(page_from(p));
        std::vector<std::string> page_urls;
        if (urls) {
          if (urls->size() != copies.size())
            throw py::value_error("extract_many(): " + std::to_string(urls->size()) + " urls for " +
                                  std::to_string(copies.size()) + " pages");
          for (const OptionalString& u : *urls) page_urls.push_back(u.value_or(""));
        }
        if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
        jobs = std::min(jobs, std::max<size_t>(1, copies.size()));
        py::gil_scoped_release unlocked;
        return extract_in_threads(copies, page_urls, options, jobs);
      },
      py::arg("pages"), py::kw_only(), py::arg("urls") = py::none(), py::arg("jobs") = 0,
      py::arg("url") = py::none(), py::arg("favor") = "balanced",
      py::arg("tables") = true, py::arg("links") = false, py::arg("images") = false, py::arg("comments") = false,
      py::arg("formatting") = false, py::arg("min_length") = 0, py::arg("target_language") = py::none(),
      py::arg("charset") = py::none(), py::arg("input") = "auto", py::arg("markdown") = false, py::arg("html") = false,
      py::arg("normalize_unicode") = true,
      kExtractManyDoc.c_str());
}
