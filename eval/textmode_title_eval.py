#!/usr/bin/env python3
"""Text mode's title guess scored against the sets' gold titles (stdlib only).

Text mode has no <title> element, only lines. Two inputs per page, from the
renderings eval/textmode_train.py caches (run it first):
  render   the visible text alone (pith's fulltext, or --render chromium…)
  wet      the same text under the page's <title> line, as a Common Crawl WET
           record has it (its conversion puts the title first)
For each, `pith --input text --format jsonl` runs over every page with a gold
title, and the title is compared exactly (after whitespace and entities) and
folded (case, quotes, dashes), as eval/metadata_eval.py compares HTML titles.

  eval/textmode_title_eval.py --pith build/pith [--render fulltext] [--show 20]
"""
import argparse
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from metadata_eval import fold_title, ws  # noqa: E402

DATASETS = os.path.join(HERE, '..', '..', 'shared', 'datasets')
CACHE = os.path.join(HERE, 'results', 'textmode')
TITLE = re.compile(rb'<title[^>]*>(.*?)</title', re.I | re.S)


def title_element(path):
    with open(path, 'rb') as f:
        m = TITLE.search(f.read(300_000))
    if not m:
        return ''
    return ws(html.unescape(re.sub(r'<[^>]*>', '', m.group(1).decode('utf-8', 'replace'))))


def rendering(set_name, render):
    files = sorted(glob.glob(os.path.join(CACHE, f'{set_name}.{render}.*.jsonl')), key=os.path.getmtime)
    if not files:
        sys.exit(f'no cached {render} rendering of {set_name}: run eval/textmode_train.py first')
    with open(files[-1], encoding='utf-8') as f:
        return {d['id']: d['text'] for d in map(json.loads, f)}


def run_pith(pith, texts, tmp):
    listing = os.path.join(tmp, 'inputs.tsv')
    with open(listing, 'w', encoding='utf-8') as out:
        for i, text in enumerate(texts):
            path = os.path.join(tmp, f'{i}.txt')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            out.write(path + '\n')
    proc = subprocess.run([pith, '--input', 'text', '--format', 'jsonl', '-q', '-j', str(os.cpu_count() or 1),
                           '--input-list', listing], capture_output=True, text=True, check=True)
    return [json.loads(line).get('title') or '' for line in proc.stdout.splitlines()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--pith', default=os.path.join(HERE, '..', 'build', 'pith'))
    ap.add_argument('--render', default='fulltext', help='cached rendering: fulltext (pith), w3m, lynx, chromium')
    ap.add_argument('--sets', default='trafilatura,readability')
    ap.add_argument('--show', type=int, default=0, help='print this many misses per set and input')
    args = ap.parse_args()
    for set_name in args.sets.split(','):
        with open(os.path.join(DATASETS, set_name, 'manifest.jsonl'), encoding='utf-8') as f:
            rows = [r for r in map(json.loads, f) if r.get('title')]
        texts = rendering(set_name, args.render)
        rows = [r for r in rows if r['id'] in texts]
        for kind in ('render', 'wet'):
            inputs = []
            for r in rows:
                head = title_element(os.path.join(DATASETS, set_name, r['html'])) if kind == 'wet' else ''
                inputs.append((head + '\n' if head else '') + texts[r['id']])
            with tempfile.TemporaryDirectory() as tmp:
                titles = run_pith(args.pith, inputs, tmp)
            exact = sum(ws(r['title']) == ws(t) for r, t in zip(rows, titles))
            folded = sum(fold_title(r['title']) == fold_title(t) for r, t in zip(rows, titles))
            found = sum(bool(t) for t in titles)
            n = len(rows)
            print(f'{set_name:12} {args.render:9} {kind:6} pages {n:4}  exact {exact / n:6.1%}  '
                  f'folded {folded / n:6.1%}  found {found / n:6.1%}')
            misses = [(r['id'], r['title'], t) for r, t in zip(rows, titles) if ws(r['title']) != ws(t)]
            for pid, gold, got in misses[:args.show]:
                print(f'    {pid[:30]:30} gold {gold[:50]!r:55} got {got[:50]!r}')


if __name__ == '__main__':
    main()
