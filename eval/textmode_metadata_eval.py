#!/usr/bin/env python3
"""Text mode's metadata (title, date, author, site name, description) scored against the sets' gold (stdlib only).

Text mode has no <title> element or meta tags, only lines. Two inputs per
page, from the renderings eval/textmode_train.py caches (run it first):
  render   the visible text alone, as a browser copy has it (pith's fulltext,
           or --render chromium, w3m, lynx)
  wet      the same text under the page's <title> line, with the page's URL,
           as a Common Crawl WET record has them
`pith --input text --format jsonl` runs over every page, and each field is
compared where the gold has it, the way eval/metadata_eval.py compares HTML
mode's: title exactly (after whitespace and entities) and folded (case, quotes,
dashes), date by day, author by name list.

  eval/textmode_metadata_eval.py --pith build/pith [--render fulltext] [--show 20]
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
from metadata_eval import FIELDS, compare, fold_title, gold_value, ws  # noqa: E402

DATASETS = os.path.join(HERE, '..', '..', 'shared', 'datasets')
CACHE = os.path.join(HERE, 'results', 'textmode')
TITLE = re.compile(rb'<title[^>]*>(.*?)</title', re.I | re.S)
TEXT_MODE_FIELDS = ('title', 'date', 'author', 'sitename', 'description')


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


def run_pith(pith, inputs, tmp):
    """pith's jsonl record for each (text, url) input, in order."""
    listing = os.path.join(tmp, 'inputs.tsv')
    with open(listing, 'w', encoding='utf-8') as out:
        for i, (text, url) in enumerate(inputs):
            path = os.path.join(tmp, f'{i}.txt')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            out.write(path + ('\t' + url if url else '') + '\n')
    proc = subprocess.run([pith, '--input', 'text', '--format', 'jsonl', '-q', '-j', str(os.cpu_count() or 1),
                           '--input-list', listing], capture_output=True, text=True, check=True)
    return [json.loads(line) for line in proc.stdout.split('\n') if line]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--pith', default=os.path.join(HERE, '..', 'build', 'pith'))
    ap.add_argument('--render', default='fulltext', help='cached rendering: fulltext (pith), w3m, lynx, chromium')
    ap.add_argument('--sets', default='trafilatura,readability')
    ap.add_argument('--show', type=int, default=0, help='print this many misses per set, input and field')
    args = ap.parse_args()
    for set_name in args.sets.split(','):
        fields = [(g, p, kind) for g, p, kind in FIELDS[set_name] if p in TEXT_MODE_FIELDS]
        with open(os.path.join(DATASETS, set_name, 'manifest.jsonl'), encoding='utf-8') as f:
            rows = list(map(json.loads, f))
        texts = rendering(set_name, args.render)
        rows = [r for r in rows if r['id'] in texts]
        for input_kind in ('render', 'wet'):
            inputs = []
            for r in rows:
                if input_kind == 'wet':
                    head = title_element(os.path.join(DATASETS, set_name, r['html']))
                    inputs.append(((head + '\n' if head else '') + texts[r['id']], r.get('url') or ''))
                else:
                    inputs.append((texts[r['id']], ''))
            with tempfile.TemporaryDirectory() as tmp:
                records = run_pith(args.pith, inputs, tmp)
            cells, misses = [], []
            for gold_path, field, kind in fields:
                scored = [(r, rec.get(field) or '') for r, rec in zip(rows, records) if gold_value(r, gold_path)]
                if not scored:
                    continue
                hits = sum(compare(kind, gold_value(r, gold_path), got) for r, got in scored)
                cell = f'{field} {hits / len(scored):6.1%} ({len(scored)})'
                if kind == 'title':
                    folded = sum(fold_title(gold_value(r, gold_path)) == fold_title(got) for r, got in scored)
                    cell += f' folded {folded / len(scored):.1%}'
                cells.append(cell)
                misses += [(field, r['id'], gold_value(r, gold_path), got) for r, got in scored
                           if not compare(kind, gold_value(r, gold_path), got)][:args.show]
            print(f'{set_name:12} {args.render:9} {input_kind:6}  ' + '  '.join(cells))
            for field, pid, gold, got in misses:
                print(f'    {field:6} {pid[:30]:30} gold {str(gold)[:50]!r:55} got {got[:50]!r}')


if __name__ == '__main__':
    main()
