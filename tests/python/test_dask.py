"""pith on a Dask cluster, as a data engineer spreads a crawl over many machines.

A LocalCluster of worker processes (Debian python3-distributed) stands in for
the machines: each worker imports the module itself, WARC files are read where
the work runs, Documents come back pickled. The results must equal a serial
run's, record for record and in order.
"""
import os
import unittest

import dask.bag
import distributed

import pith

SOURCE = os.environ.get('PITH_SOURCE_DIR', os.path.join(os.path.dirname(__file__), '..', '..'))
SHARED = os.environ.get('PITH_SHARED_DIR', os.path.join(SOURCE, '..', 'shared'))
WARCS = ['CC-MAIN-2020-34-sample16.warc.gz', 'CC-MAIN-2024-22-escopete.warc.gz',
         'CC-MAIN-2024-22-escopete.warc.wet.gz']


def extract_warc(path):
    """Every document record of one WARC/WET file: (file, URI, Document)."""
    name = os.path.basename(path)
    return [(name, r.target_uri, pith.extract(r.block, url=r.target_uri))
            for r in pith.WarcReader(path) if r.is_document]


def summary(record):
    name, uri, doc = record
    return name, uri, doc.to_dict()


class DaskCluster(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        paths = [os.path.join(SHARED, 'warc', n) for n in WARCS]
        if not all(os.path.exists(p) for p in paths):
            raise unittest.SkipTest('no ../shared/warc')
        cls.paths = paths
        # Worker processes inherit PYTHONPATH, so they import the same build of pith.
        cls.cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                               dashboard_address=None)
        cls.client = distributed.Client(cls.cluster)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()

    def test_warc_files_extracted_on_workers_equal_a_serial_run(self):
        serial = [summary(r) for p in self.paths for r in extract_warc(p)]
        bag = dask.bag.from_sequence(self.paths, npartitions=len(self.paths))
        spread = bag.map(extract_warc).flatten().map(summary).compute()
        self.assertEqual(spread, serial)
        # 16 responses, the second crawl's response and its WET conversion record.
        self.assertEqual([n for n, _, _ in spread].count(WARCS[0]), 16)
        self.assertEqual(len(spread), 18)
        self.assertTrue(any(d['text'] for _, _, d in spread))

    def test_documents_come_back_from_workers_whole(self):
        example = os.path.join(SOURCE, 'examples', 'article.html')
        with open(example, 'rb') as f:
            page = f.read()
        future = self.client.submit(pith.extract, page, url='https://www.example.com/seals', markdown=True)
        doc = future.result()
        self.assertIsInstance(doc, pith.Document)
        self.assertEqual(doc.to_dict(), pith.extract(page, url='https://www.example.com/seals',
                                                     markdown=True).to_dict())
        self.assertTrue(doc.markdown.startswith('# Harbour seals return to the estuary'))


if __name__ == '__main__':
    unittest.main()
