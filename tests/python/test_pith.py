"""The Python module on real pages: the same answers as the library, Python's types in and out.

Run by ctest (test python_module) with PYTHONPATH at the built module.
"""
import gzip
import os
import pickle
import unittest

import pith

SOURCE = os.environ.get('PITH_SOURCE_DIR', os.path.join(os.path.dirname(__file__), '..', '..'))
SHARED = os.environ.get('PITH_SHARED_DIR', os.path.join(SOURCE, '..', 'shared'))
EXAMPLE = os.path.join(SOURCE, 'examples', 'article.html')


def read(path, mode='rb'):
    with open(path, mode) as f:
        return f.read()


def lines(text):
    return [line.rstrip() for line in text.strip().splitlines()]


class ExtractHtml(unittest.TestCase):
    def test_article_and_metadata(self):
        doc = pith.extract(read(EXAMPLE), url='https://www.example.com/nature/seals')
        self.assertEqual(doc.title, 'Harbour seals return to the estuary')
        self.assertEqual(doc.author, 'Ada Marsh')
        self.assertEqual(doc.date, '2026-05-03')
        self.assertEqual(doc.language, 'en')
        self.assertEqual(doc.hostname, 'www.example.com')
        self.assertTrue(doc.text.startswith('Volunteers counted 214 harbour seals'))
        # The nav, caption, related links and footer stay out; the subhead stays in.
        self.assertIn('What changed', doc.text)
        for furniture in ('Sign in', 'Seals resting at low tide', 'Otters spotted', 'Privacy'):
            self.assertNotIn(furniture, doc.text)
        self.assertGreater(doc.confidence, 0.5)
        self.assertEqual(doc.markdown, '')  # only on request

    def test_renderings_on_request(self):
        doc = pith.extract(read(EXAMPLE), markdown=True, html=True, images=True)
        self.assertTrue(doc.markdown.startswith('# Harbour seals return to the estuary'))
        self.assertIn('## What changed', doc.markdown)
        self.assertIn('![', doc.markdown)
        self.assertTrue(doc.html.startswith('<article'))
        self.assertIn('<h2>What changed</h2>', doc.html)

    def test_same_answer_as_bytes_or_str(self):
        data = read(EXAMPLE)
        self.assertEqual(pith.extract(data).to_dict(), pith.extract(data.decode('utf-8')).to_dict())
        self.assertEqual(pith.extract(bytearray(data)).text, pith.extract(memoryview(data)).text)

    def test_str_is_read_as_utf8_whatever_the_page_declares(self):
        # A str is decoded already: its <meta charset> must not re-decode it.
        page = ('<html><head><meta charset="windows-1252"></head><body><article><p>'
                + 'Le café de la gare ouvre à six heures, même le dimanche, et ferme tard. ' * 4
                + '</p></article></body></html>')
        self.assertIn('Le café de la gare ouvre à six heures', pith.extract(page).text)
        # Bytes are decoded as the page or the caller says.
        legacy = page.encode('cp1252')
        self.assertIn('Le café de la gare', pith.extract(legacy).text)
        bare = legacy.replace(b'<meta charset="windows-1252">', b'')
        self.assertIn('Le café de la gare', pith.extract(bare, charset='windows-1252').text)
        self.assertNotIn('café', pith.extract(bare, charset='koi8-r').text)

    def test_fragment_is_html(self):
        # A fragment from a CMS export: one long paragraph is markup of under 1%.
        prose = 'The council met on Monday and agreed the budget for next year after a long debate. ' * 12
        doc = pith.extract('<article><p>' + prose + '</p></article>')
        self.assertTrue(doc.text.startswith('The council met on Monday'), doc.text[:40])
        self.assertNotIn('<p>', doc.text)

    def test_options(self):
        data = read(EXAMPLE)
        self.assertEqual(pith.extract(data, target_language='de').text, '')
        self.assertTrue(pith.extract(data, target_language='de').warnings)
        self.assertEqual(pith.extract(data, url=None, charset=None, target_language=None).text,
                         pith.extract(data).text)
        short = pith.extract(data, min_length=100000)
        self.assertTrue(short.warnings)
        with self.assertRaisesRegex(ValueError, "favor must be 'balanced', 'precision' or 'recall'"):
            pith.extract(data, favor='fast')
        with self.assertRaisesRegex(ValueError, "input must be 'auto', 'html' or 'text'"):
            pith.extract(data, input='pdf')
        with self.assertRaises(TypeError):
            pith.extract(data, 'https://positional.example/')  # options are keywords only

    def test_text_is_nfc_unless_asked_otherwise(self):
        import unicodedata
        page = read(os.path.join(SHARED, 'datasets', 'trafilatura', 'pages', 'gnaur.wordpress.com.moglichkeit.html'),
                    'r')
        decomposed = unicodedata.normalize('NFD', page)  # "weiß" stays, "Möglichkeit" takes two code points
        self.assertNotEqual(decomposed, page)
        doc = pith.extract(decomposed)
        self.assertIn('Möglichkeit', doc.title)
        self.assertEqual(doc.text, pith.extract(page).text)
        kept = pith.extract(decomposed, normalize_unicode=False)
        self.assertEqual(kept.text, unicodedata.normalize('NFD', doc.text))
        self.assertEqual(kept.title, unicodedata.normalize('NFD', doc.title))
        self.assertNotEqual(kept.title, doc.title)


class BadInput(unittest.TestCase):
    def test_empty_and_binary_give_empty_text_and_a_warning(self):
        png = b'\x89PNG\r\n\x1a\n' + bytes(range(256)) * 64
        for data in (b'', png, b'\x00' * 5000, '   \n\n  '):
            doc = pith.extract(data)
            self.assertEqual(doc.text, '', repr(data[:16]))
            self.assertTrue(doc.warnings, repr(data[:16]))

    def test_wrong_type_names_it(self):
        with self.assertRaisesRegex(TypeError, 'takes bytes or str, not int'):
            pith.extract(42)
        with self.assertRaisesRegex(TypeError, 'takes bytes or str, not NoneType'):
            pith.extract_many([b'<p>x</p>', None])


class TextMode(unittest.TestCase):
    def test_seed_page_gives_exactly_the_article(self):
        page = os.path.join(SHARED, 'seeds', 'page.txt')
        if not os.path.exists(page):
            self.skipTest('no ../shared/seeds')
        want = lines(read(os.path.join(SHARED, 'seeds', 'article.txt'), 'r'))
        self.assertEqual(lines(pith.extract(read(page)).text), want)  # auto: text by its content
        self.assertEqual(lines(pith.extract(read(page, 'r'), input='text').text), want)


class Batch(unittest.TestCase):
    def pages(self):
        folder = os.path.join(SHARED, 'datasets', 'readability', 'pages')
        if not os.path.isdir(folder):
            self.skipTest('no ../shared/datasets')
        names = sorted(os.listdir(folder))[:24]
        return [read(os.path.join(folder, n)) for n in names]

    def test_extract_many_matches_one_by_one_in_order(self):
        pages = self.pages()
        one_by_one = [pith.extract(p, favor='precision').to_dict() for p in pages]
        for jobs in (1, 3, 0):
            many = pith.extract_many(pages, jobs=jobs, favor='precision')
            self.assertEqual([d.to_dict() for d in many], one_by_one, f'jobs={jobs}')
        self.assertTrue(all(d['text'] for d in one_by_one))
        self.assertEqual(pith.extract_many([]), [])

    def test_version_matches_the_project(self):
        with open(os.path.join(SOURCE, 'CMakeLists.txt')) as f:
            self.assertIn(f'project(pith VERSION {pith.__version__} ', f.read())

    def test_functions_pickle_by_reference(self):
        # Dask and process pools ship the function to call by pickling it.
        for function in (pith.extract, pith.extract_many):
            self.assertIs(pickle.loads(pickle.dumps(function)), function)
        self.assertIs(pickle.loads(pickle.dumps(pith.WarcError)), pith.WarcError)

    def test_documents_pickle(self):
        # Dask and multiprocessing ship results between processes by pickling them.
        doc = pith.extract(read(EXAMPLE), markdown=True)
        back = pickle.loads(pickle.dumps(doc))
        self.assertEqual(back.to_dict(), doc.to_dict())
        self.assertEqual(pith.Document(doc.to_dict()).title, doc.title)
        self.assertIn("title='Harbour seals return to the estuary'", repr(doc))


class Warc(unittest.TestCase):
    def path(self, name):
        path = os.path.join(SHARED, 'warc', name)
        if not os.path.exists(path):
            self.skipTest('no ../shared/warc')
        return path

    def test_records_of_a_common_crawl_warc_and_their_extraction(self):
        records = list(pith.WarcReader(self.path('CC-MAIN-2020-34-sample16.warc.gz')))
        self.assertEqual(len(records), 50)
        self.assertEqual(records[0].type, 'warcinfo')
        pages = [r for r in records if r.is_document]
        self.assertEqual(len(pages), 16)
        self.assertTrue(all(r.type == 'response' and r.block.startswith(b'HTTP/') for r in pages))
        self.assertIn(('WARC-Type', 'response'), pages[0].headers)
        docs = pith.extract_many([r.block for r in pages], urls=[r.target_uri for r in pages], jobs=2)
        # Each page gets its own URL: the hostname comes from it.
        for r, d in zip(pages, docs):
            self.assertEqual(d.hostname, r.target_uri.split('/')[2])
        self.assertEqual(docs[1].title, pith.extract(pages[1].block, url=pages[1].target_uri).title)
        self.assertIn('пожарной безопасности', docs[1].title)
        with self.assertRaisesRegex(ValueError, '2 urls for 1 pages'):
            pith.extract_many([b'<p>x</p>'], urls=['a', 'b'])

    def test_wet_conversion_record_is_text_mode_input(self):
        records = [r for r in pith.WarcReader(self.path('CC-MAIN-2024-22-escopete.warc.wet.gz')) if r.is_document]
        self.assertEqual([r.type for r in records], ['conversion'])
        doc = pith.extract(records[0].block, url=records[0].target_uri)
        self.assertEqual(doc.hostname, 'an.wikipedia.org')
        self.assertTrue(doc.text)
        self.assertLess(len(doc.text), len(records[0].block))  # the menus are gone

    def test_damaged_file_raises_or_is_skipped(self):
        data = gzip.open(self.path('CC-MAIN-2020-34-sample16.warc.gz')).read()
        self.assertEqual(len(list(pith.WarcReader(data))), 50)  # bytes in memory read the same
        cut = data[:len(data) // 2]
        with self.assertRaisesRegex(pith.WarcError, r'record \d+ \(uncompressed byte \d+\): truncated'):
            list(pith.WarcReader(cut))
        reader = pith.WarcReader(cut, skip_damaged=True)
        self.assertEqual(len(list(reader)), 26)
        self.assertEqual(len(reader.errors), 1)
        with self.assertRaisesRegex(OSError, 'cannot open'):
            pith.WarcReader(os.path.join(SHARED, 'warc', 'no-such-file.warc.gz'))


if __name__ == '__main__':
    unittest.main()
