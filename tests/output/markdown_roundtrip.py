#!/usr/bin/env python3
"""Markdown that renders as the page's text: pith's Markdown of every page of
../shared/datasets, rendered by a CommonMark renderer (cmark-gfm, with GitHub's
tables), must show the same text as pith's HTML rendering of the same page.
A stray asterisk (emphasis CommonMark does not read as emphasis), a link that
does not parse, a URL shown as text, an escape that shows: any of them is a
difference. Runs plain and with --links --images --formatting.

usage: markdown_roundtrip.py --pith PITH --shared ../shared
Exit 0 when every page matches, 1 otherwise, 77 (skipped) without cmark-gfm.
"""
import argparse
import difflib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SETS = ['trafilatura', 'readability', 'dragnet', 'cleanportaleval']
BLOCKS = {'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'pre', 'blockquote', 'tr', 'div',
          'figure', 'figcaption', 'table', 'ul', 'ol', 'hr', 'br', 'article'}
# Between two documents in one cmark-gfm run: a paragraph no page has.
SEPARATOR = 'PITH-ROUNDTRIP-DOCUMENT-BREAK'


class TextOf(html.parser.HTMLParser):
    """The visible text of an HTML fragment, a space at every block boundary."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append(' ')

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self.parts.append(' ')


def visible_text(fragment):
    parser = TextOf()
    parser.feed(fragment)
    parser.close()
    return re.sub(r'\s+', ' ', ''.join(parser.parts)).strip()


def first_difference(a, b):
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != 'equal':
            return f'markdown {a[max(0, i1 - 40):i2 + 40]!r}\n      html {b[max(0, j1 - 40):j2 + 40]!r}'
    return ''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pith', required=True)
    ap.add_argument('--shared', required=True)
    args = ap.parse_args()
    cmark = shutil.which('cmark-gfm')
    if not cmark:
        print('cmark-gfm is not installed (Debian package cmark-gfm): skipped')
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        inputs = os.path.join(tmp, 'inputs.tsv')
        with open(inputs, 'w', encoding='utf-8') as out:
            for name in SETS:
                base = os.path.join(args.shared, 'datasets', name)
                for line in open(os.path.join(base, 'manifest.jsonl'), encoding='utf-8'):
                    row = json.loads(line)
                    url = row.get('url') or ''
                    out.write(os.path.join(base, row['html']) + (f'\t{url}' if url else '') + '\n')
        failures = 0
        for options in ([], ['--links', '--images', '--formatting']):
            result = subprocess.run([args.pith, '--format', 'jsonl', '--with-markdown', '--with-html', '-q', '-j', '2',
                                     '--input-list', inputs] + options, capture_output=True, check=True)
            docs = [json.loads(l) for l in result.stdout.decode('utf-8').splitlines()]
            docs = [d for d in docs if (d.get('markdown') or '').strip()]
            joined = ''.join(d['markdown'] + f'\n\n{SEPARATOR}\n\n' for d in docs)
            rendered = subprocess.run([cmark, '-e', 'table', '--unsafe'], input=joined.encode('utf-8'),
                                      capture_output=True, check=True).stdout.decode('utf-8')
            pieces = rendered.split(f'<p>{SEPARATOR}</p>')[:-1]
            if len(pieces) != len(docs):
                print(f'{" ".join(options) or "plain"}: a document swallowed its separator '
                      f'({len(pieces)} pieces for {len(docs)} documents)')
                failures += 1
                continue
            differ = [(d, a, b) for d, piece in zip(docs, pieces)
                      for a, b in [(visible_text(piece), visible_text(d.get('html') or ''))] if a != b]
            print(f'{" ".join(options) or "plain"}: {len(docs)} pages, {len(differ)} whose Markdown renders '
                  f'other text than their HTML')
            for d, a, b in differ[:10]:
                print(f'  {d["source"]}\n      {first_difference(a, b)}')
            failures += len(differ)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
