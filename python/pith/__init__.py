"""pith: the main content and metadata of web pages (HTML or visible text).

    import pith
    doc = pith.extract(html_bytes, url="https://example.com/news/1")
    doc.title, doc.text, doc.to_dict()

The work is done by the compiled extension pith._pith. Its functions are
re-exported as Python functions and its types under this package's name so
that both pickle by reference: Dask, multiprocessing and concurrent.futures
ship `pith.extract` and the Documents it returns to other processes (an
extension's own functions do not pickle).
"""
import functools

from . import _pith
from ._pith import MAX_PAGE_BYTES, Document, WarcError, WarcReader, WarcRecord, __version__

__all__ = ['extract', 'extract_many', 'Document', 'WarcReader', 'WarcRecord', 'WarcError', 'MAX_PAGE_BYTES',
           '__version__']

for _type in (Document, WarcReader, WarcRecord, WarcError):
    _type.__module__ = __name__


def _exported(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    wrapper.__module__ = __name__
    wrapper.__qualname__ = function.__name__  # pybind11's is "PyCapsule.extract"
    return wrapper


extract = _exported(_pith.extract)
extract_many = _exported(_pith.extract_many)
