#!/usr/bin/env python3
"""Metadata accuracy of pith against the gold in ../shared/datasets.

Runs pith_metadata_dump over every page of a set and compares field by field:
title (exact after whitespace normalisation and decoding the entities the
trafilatura gold sometimes keeps; a second line also folds case and
typographic quotes/dashes, since pages uppercase headlines with CSS; the
trafilatura titles are people's, the readability ones Readability.js's, and
--show title sorts the misses by kind), date (same day), author
(normalised names, case-insensitive, order-free), sitename, description,
language (primary subtag), canonical URL, categories/tags (set equality),
license. Only pages whose gold has the field count.

  eval/metadata_eval.py [--dump build/eval/pith_metadata_dump] [--set readability]
                        [--show title] [--floor readability:title=0.8 ...]

--show FIELD prints the misses for one field. --floor makes the exit status 1
when an accuracy drops below a recorded floor (for CI).
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATASETS = os.path.join(ROOT, '..', 'shared', 'datasets')
SETS = ['trafilatura', 'readability', 'dragnet']

# gold field per set → pith field
FIELDS = {
    'trafilatura': [('title', 'title', 'title'), ('meta.author', 'author', 'author'),
                    ('meta.date', 'date', 'date'), ('meta.sitename', 'sitename', 'text'),
                    ('meta.description', 'description', 'text'),
                    ('meta.categories', 'categories', 'list'), ('meta.tags', 'tags', 'list'),
                    ('meta.license', 'license', 'text')],
    'readability': [('title', 'title', 'title'), ('meta.byline', 'author', 'author'),
                    ('meta.publishedTime', 'date', 'date'), ('meta.siteName', 'sitename', 'text'),
                    ('meta.excerpt', 'description', 'text'), ('meta.lang', 'language', 'lang'),
                    ('meta.canonical_url', 'url', 'url')],
    'dragnet': [('meta.canonical_url', 'url', 'url')],
}


def ws(s):
    if isinstance(s, list):
        s = '; '.join(map(str, s))
    # The trafilatura gold keeps some HTML entities undecoded (&#8220;): compare decoded text.
    s = unicodedata.normalize('NFC', html.unescape(s or ''))
    return ' '.join(s.split())


# Typographic variants folded by the insensitive title column: quotes, dashes, ellipsis.
FOLD = str.maketrans({'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u00b4': "'",
                      '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"',
                      '\u00bb': '"', '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2212': '-',
                      '\u2026': '...'})


def fold_title(s):
    """Title compared ignoring case (CSS text-transform is invisible in the HTML) and typographic variants."""
    return ws(s).translate(FOLD).casefold()


# Characters a reader does not see: soft hyphen, zero-width space/joiners, BOM.
INVISIBLE = dict.fromkeys(map(ord, '\u00ad\u200b\u200c\u200d\u2060\ufeff'))


def title_miss_class(gold, pred):
    """Why a title misses, for --show title: the strict rule stays the score."""
    if fold_title(gold) == fold_title(pred):
        return 'case or quote style only'
    if ws(gold).translate(INVISIBLE) == ws(pred).translate(INVISIBLE):
        return 'invisible characters only'
    if fold_title(pred).startswith(fold_title(gold)) or fold_title(gold).startswith(fold_title(pred)):
        return 'one is a prefix of the other'
    return 'different text'


def norm_author(s):
    s = ws(s).lower()
    s = re.sub(r'^(by|von|par|por)\s+', '', s)
    parts = re.split(r'\s*(?:;|,|&|\band\b|\bund\b|\by\b|\bet\b)\s*', s)
    return sorted(p.strip(' .') for p in parts if p.strip(' .'))


def norm_url(s):
    s = ws(s).lower()
    s = re.sub(r'^https?://', '', s)
    s = re.sub(r'^www\.', '', s)
    return s.rstrip('/')


def compare(kind, gold, pred):
    if kind == 'title' or kind == 'text':
        return ws(gold) == ws(pred)
    if kind == 'author':
        return norm_author(gold) == norm_author(pred)
    if kind == 'date':
        return ws(gold)[:10] == ws(pred)[:10]
    if kind == 'lang':
        return ws(gold).lower().split('-')[0] == ws(pred).lower()
    if kind == 'url':
        return norm_url(gold) == norm_url(pred)
    if kind == 'list':
        return sorted(ws(x).lower() for x in gold) == sorted(ws(x).lower() for x in pred)
    raise ValueError(kind)


def gold_value(row, path):
    v = row
    for part in path.split('.'):
        v = (v or {}).get(part)
    return v


def run_dump(dump, name):
    base = os.path.join(DATASETS, name)
    rows = [json.loads(l) for l in open(os.path.join(base, 'manifest.jsonl'), encoding='utf-8')]
    stdin = ''.join(f"{r['id']}\t{os.path.join(base, r['html'])}\t{r.get('url') or ''}\n" for r in rows)
    out = subprocess.run([dump], input=stdin.encode(), capture_output=True, check=True)
    preds = {}
    for line in filter(None, out.stdout.decode('utf-8', 'replace').split('\n')):
        p = json.loads(line)
        preds[p['id']] = p
    return rows, preds, out.stderr.decode().strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dump', default=os.path.join(ROOT, 'build', 'eval', 'pith_metadata_dump'))
    ap.add_argument('--set', action='append')
    ap.add_argument('--show')
    ap.add_argument('--floor', action='append', default=[])
    args = ap.parse_args()
    floors = {}
    for f in args.floor:
        key, value = f.split('=')
        floors[key] = float(value)
    failed = False
    for name in args.set or SETS:
        rows, preds, timing = run_dump(args.dump, name)
        print(f'== {name} ({len(rows)} pages; {timing})')
        for gold_path, field, kind in FIELDS[name]:
            total = hits = 0
            misses = []
            for r in rows:
                g = gold_value(r, gold_path)
                if g in (None, '', []):
                    continue
                p = preds.get(r['id'], {}).get(field) or ([] if kind == 'list' else '')
                total += 1
                if compare(kind, g, p):
                    hits += 1
                else:
                    misses.append((r['id'], g, p))
            acc = hits / total if total else 0
            print(f'  {field:12s} {gold_path:22s} {hits:4d}/{total:<4d} {acc:6.1%}')
            if kind == 'title':
                # Second, clearly separate column: the strict line above stays the headline number.
                folded = sum(1 for r in rows if gold_value(r, gold_path) not in (None, '', []) and
                             fold_title(gold_value(r, gold_path)) ==
                             fold_title(preds.get(r['id'], {}).get(field) or ''))
                print(f'  {"":12s} {"(case/quotes-insensitive)":22s} {folded:4d}/{total:<4d} '
                      f'{folded / total if total else 0:6.1%}')
            key = f'{name}:{field}'
            if key in floors and acc < floors[key]:
                print(f'  FLOOR {key} {acc:.3f} < {floors[key]}')
                failed = True
            if args.show == field:
                for m in misses:
                    print('     ', m[0], '| gold:', repr(m[1])[:150], '| pith:', repr(m[2])[:150])
                if kind == 'title':
                    classes = {}
                    for _, g, p in misses:
                        c = title_miss_class(g, p)
                        classes[c] = classes.get(c, 0) + 1
                    print('      misses: ' + ', '.join(f'{c} {k}' for k, c in sorted(classes.items(),
                                                                                      key=lambda x: -x[1])))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
