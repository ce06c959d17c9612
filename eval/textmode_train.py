#!/usr/bin/env python3
"""Train and evaluate pith's text-mode model (src/textmode) on the shared sets (stdlib only).

Text mode sees only a page's visible text. To get such text with gold labels,
every page of ../shared/datasets is rendered by pith itself
(`pith --format fulltext`: every visible block one per line), each rendered
line is labelled main/other by matching it to the set's gold text, and the
C++ trainer (eval/textmode_trainer.cc, target textmode_trainer) computes the
library's own line features, fits boosted trees, cross-validates by page
(k folds, every page predicted by a model that never saw it) and tunes the
Viterbi decoder's costs on the out-of-fold scores.

Sets with full gold text (dragnet, cleanportaleval, readability) train the
model and tune the decoder. trafilatura has only with/without snippets: the
lines holding a snippet are partial labels (1 for "with", 0 for "without",
the rest unused) that add its 990 sites to training; it is cross-validated
like the others and scored on its snippets. --no-snippet-training leaves it
out (then its figure comes from the model of the other sets).

  eval/textmode_train.py --pith build/pith --trainer build/textmode_trainer
        render (cached), label, cross-validate, print scores, and write
        src/textmode/line_model_weights.h from a model fitted on all pages
  eval/textmode_train.py --report ...   only print per-set CV text-mode F1 next to
        HTML-mode F1 of the same pages (writes no weights)

Other renderers: the pages text mode meets are rendered by browsers, not by
pith. --alt-renders (default: w3m, lynx, chromium, lynx-80, html-text; those installed) renders every
page other ways; each rendering is labelled against the same gold and scored
out of fold too (its page sits in the fold of its pith rendering), so the
report shows how far the model carries to other renderers. --augment-renders
(default: w3m) also trains on them, within the same folds: no model sees any
rendering of a page it scores. Training fails without w3m (the weights would
differ); --report without it trains on pith's renderings alone, with a note.
  chromium    headless Chromium's document.body.innerText: what a browser copy of the
              page holds (Debian package chromium-headless-shell; `make eval` installs it)
  w3m         `w3m -dump` with unlimited columns (a browser's innerText does not wrap)
  lynx        `lynx -dump -nolist`, 1024 columns
  lynx-80     `lynx -dump -nolist` at its default 80 columns: every paragraph hard-wrapped
              (text mode joins such lines back into paragraphs; never trained on)
  html-text   html_text.extract_text() (Debian python3-html-text): the whole-page text of the
              article-extraction-benchmark; no CSS, so hidden blocks and <noscript> show
  pith-spaced pith's rendering with a blank line between blocks (a browser copy)

Renders and HTML-mode outputs are cached under eval/results/textmode/ keyed by
the pith binary's size and mtime (w3m's and lynx's by their version); --rerender forces a
fresh render.
"""
import argparse
import concurrent.futures
import hashlib
import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATASETS = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'datasets'))
CACHE = os.path.join(HERE, 'results', 'textmode')
WEIGHTS = os.path.join(ROOT, 'src', 'textmode', 'line_model_weights.h')
TRAIN_SETS = ['dragnet', 'cleanportaleval', 'readability']
SNIPPET_SETS = ['trafilatura']

sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'shared', 'tools')))
import score as score_py  # noqa: E402  the official metric

WORD = re.compile(r'\w+')
# Mirrors split_text_page(): these end a line, and these count as blank space.
LINE_BREAK = re.compile(r'\r\n|\r|\n')
SPACE = ' \t\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff'

# A rendered line of at least this many words is labelled by the share of its
# 4-word windows found in the gold text; shorter lines must appear in the gold
# near where the surrounding long lines matched.
LONG_LINE_WORDS = 4
# Share of a long line's 4-word windows that must be in the gold for "main".
MIN_SHINGLE_SHARE = 0.5
# A short line counts as main when its words occur in the gold within this
# many words of the gold position reached by the matched lines around it.
SHORT_LINE_SLACK = 60


def split_lines(text):
    """Non-blank lines as split_text_page() keeps them (trailing space removed)."""
    out = []
    for raw in LINE_BREAK.split(text):
        line = raw.rstrip(SPACE)
        if line.strip(SPACE):
            out.append(line)
    return out


# ---- rendering ---------------------------------------------------------------

def prune_cache(name, kind, keep):
    """Drops cached outputs of `name` made by other pith binaries."""
    prefix = f'{name}.{kind}.'
    for f in os.listdir(CACHE):
        if f.startswith(prefix) and not f.startswith(prefix + keep):
            os.remove(os.path.join(CACHE, f))


def binary_key(path):
    st = os.stat(path)
    return hashlib.sha1(f'{os.path.abspath(path)}:{st.st_size}:{st.st_mtime_ns}'.encode()).hexdigest()[:12]


def load_manifest(name):
    with open(os.path.join(DATASETS, name, 'manifest.jsonl'), encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def run_pith_batch(pith, name, manifest, args, out_path):
    """One pith batch over a set: jsonl records, one per page, in input order."""
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    list_path = out_path + '.inputs.tsv'
    with open(list_path, 'w', encoding='utf-8') as f:
        for m in manifest:
            f.write(os.path.join(DATASETS, name, m['html']) + '\t' + (m.get('url') or '') + '\n')
    subprocess.run([pith, '--format', 'jsonl', '-j', '2', '-q', '--input-list', list_path, '-o', out_path] + args,
                   check=True)
    with open(out_path, encoding='utf-8') as f:
        records = [json.loads(l) for l in f if l.strip()]
    if len(records) != len(manifest):
        sys.exit(f'{name}: pith wrote {len(records)} records for {len(manifest)} pages')
    return records


def render_fulltext(pith, name, manifest, rerender):
    """{id: visible text} from `pith --format fulltext`, one pith run per page (cached)."""
    path = os.path.join(CACHE, f'{name}.fulltext.{binary_key(pith)}.jsonl')
    if os.path.exists(path) and not rerender:
        with open(path, encoding='utf-8') as f:
            return {d['id']: d['text'] for d in map(json.loads, f)}
    os.makedirs(CACHE, exist_ok=True)
    prune_cache(name, 'fulltext', binary_key(pith))
    texts = {}
    for m in manifest:
        page = os.path.join(DATASETS, name, m['html'])
        cmd = [pith, '--format', 'fulltext', page]
        if m.get('url'):
            cmd[1:1] = ['--url', m['url']]
        r = subprocess.run(cmd, capture_output=True)
        texts[m['id']] = r.stdout.decode('utf-8', 'replace')
    with open(path, 'w', encoding='utf-8') as f:
        for i, t in texts.items():
            f.write(json.dumps({'id': i, 'text': t}, ensure_ascii=False) + '\n')
    return texts


def html_mode_predictions(pith, name, manifest, rerender):
    """{id: main text} from pith's normal HTML extraction of the same pages (cached)."""
    path = os.path.join(CACHE, f'{name}.html.{binary_key(pith)}.jsonl')
    if os.path.exists(path) and not rerender:
        with open(path, encoding='utf-8') as f:
            records = [json.loads(l) for l in f if l.strip()]
    else:
        os.makedirs(CACHE, exist_ok=True)
        prune_cache(name, 'html', binary_key(pith))
        records = run_pith_batch(pith, name, manifest, [], path)
    return {m['id']: r.get('text') or '' for m, r in zip(manifest, records)}


# Alternative renderers. They read the page's bytes like a browser (charset
# from the page); their lines are as wide as they allow, so that a paragraph
# stays one line as in a browser's innerText (lynx stops at 1024 columns).
RENDER_COMMANDS = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-cols', '100000', '-O', 'UTF-8', '-o', 'display_link_number=0'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=1024', '-display_charset=utf-8', '-force_html'],
    # What `lynx -dump` prints by default: paragraphs wrapped at 80 columns.
    # Text mode joins them back (src/textmode/hard_wrap.cc); never trained on.
    'lynx-80': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-force_html'],
}
RENDER_TIMEOUT = 60  # seconds per page: a runaway table layout is rendered as nothing
# html_text (Debian python3-html-text, for the system python3): the "visible text"
# that the article-extraction-benchmark scores as its whole-page baseline. No
# CSS (hidden elements and <noscript> show), the <title> first, a blank line
# around paragraphs and headings, table cells on one line. The page's bytes
# are decoded as UTF-8 when they are, else by their declared charset, else
# windows-1252, since html_text takes a string.
HTML_TEXT_PYTHON = '/usr/bin/python3'
HTML_TEXT_SCRIPT = r'''
import re, sys, html_text
data = open(sys.argv[1], 'rb').read()
try:
    text = data.decode('utf-8')
except UnicodeDecodeError:
    m = re.search(rb'charset\s*=\s*["\']?([-\w]+)', data[:4096], re.I)
    try:
        text = data.decode(m.group(1).decode() if m else 'windows-1252', 'replace')
    except LookupError:
        text = data.decode('windows-1252', 'replace')
sys.stdout.write(html_text.extract_text(text))
'''
RENDER_COMMANDS['html-text'] = [HTML_TEXT_PYTHON, '-c', HTML_TEXT_SCRIPT]
# The shipped model trains on pith's and w3m's renderings of every page: a
# model that has seen one other renderer carries to a third (trained on pith +
# lynx, scored on w3m: dragnet .843→.847, cleanportaleval .921→.935,
# readability .887→.899). lynx and Chromium are scored as renderers it has
# not seen; Chromium is the browser the pages text mode meets come from.
# Training on Chromium's renderings too moved its own scores by −.003…+.005
# and w3m's down by up to .009, so it stays an unseen renderer.
DEFAULT_AUGMENT_RENDERS = ['w3m']
DEFAULT_ALT_RENDERS = ['w3m', 'lynx', 'chromium', 'lynx-80', 'html-text']


# A real browser: Debian's headless Chromium lays the page out (the page's own
# scripts run, the network is unreachable) and a script appended to the page
# copies document.body.innerText, the text a user's copy of the page gets,
# into an element that --dump-dom then prints. innerText is taken at the load
# event, or after a few seconds when a script keeps the page from loading;
# --timeout stops a page that never finishes loading (virtual time alone
# does not end every such page).
CHROMIUM = 'chromium-headless-shell'  # the binary and its Debian package
CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND',
                 '--virtual-time-budget=5000', '--timeout=4000', '--dump-dom']
CHROMIUM_TIMEOUT = 20  # seconds per page
INNER_TEXT_ID = '__pith_inner_text'
# The text is taken once the page has loaded and shows some text: anti-flicker
# snippets hide the body ("body { visibility: hidden }") until a timer of up to
# a few seconds reveals it, so an empty text is looked at again every 250 ms
# until 3.5 s after the script started.
INNER_TEXT_SCRIPT = ('<script>(function(){var start=Date.now();function text(){'
                     'return document.body?document.body.innerText:"";}function grab(){'
                     'if(document.getElementById("%s"))return;var t=text();'
                     'if(!t.trim()&&Date.now()-start<3500){setTimeout(grab,250);return;}'
                     'var d=document.createElement("div");d.id="%s";d.textContent=t;'
                     'document.documentElement.appendChild(d);}'
                     'window.addEventListener("load",grab);setTimeout(grab,3000);})();</script>'
                     % (INNER_TEXT_ID, INNER_TEXT_ID)).encode()
# The sets store some pages as UTF-8 under their original, now wrong, charset
# declaration (readability's qq says gb2312); the live page was in the declared
# encoding. A BOM makes Chromium read such a file as UTF-8, as pith's sniffer does.
UTF8_BOM = b'\xef\xbb\xbf'
INNER_TEXT_ELEMENT = re.compile(r'<div id="%s">(.*?)</div>' % INNER_TEXT_ID, re.S)


def renderer_package(render):
    if render == 'html-text':
        return 'python3-html-text'
    return CHROMIUM if render == 'chromium' else RENDER_COMMANDS[render][0] if render in RENDER_COMMANDS else render


def renderer_available(render):
    if render == 'chromium':
        return shutil.which(CHROMIUM) is not None
    if render == 'html-text':
        return subprocess.run([HTML_TEXT_PYTHON, '-c', 'import html_text'], capture_output=True).returncode == 0
    return render == 'pith-spaced' or (render in RENDER_COMMANDS and shutil.which(RENDER_COMMANDS[render][0]) is not None)


def run_renderer(command, path):
    try:
        r = subprocess.run(command + [path], capture_output=True, timeout=RENDER_TIMEOUT, stdin=subprocess.DEVNULL)
        return r.stdout.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return ''


def run_chromium(path):
    """document.body.innerText of the page as headless Chromium lays it out.

    A page whose scripts never let it load (an endless loop, a script that
    blanks the page offline) is laid out again with its scripts left out, as
    a browser with JavaScript off shows it."""
    with open(path, 'rb') as f:
        page_bytes = f.read()
    if not page_bytes.isascii() and not page_bytes.startswith(UTF8_BOM):
        try:
            page_bytes.decode('utf-8')
            page_bytes = UTF8_BOM + page_bytes
        except UnicodeDecodeError:
            pass
    return chromium_inner_text(page_bytes) or chromium_inner_text(PAGE_SCRIPT.sub(b'', page_bytes))


PAGE_SCRIPT = re.compile(rb'<script\b.*?</script\s*>', re.S | re.I)


def chromium_inner_text(page_bytes):
    with tempfile.TemporaryDirectory(prefix='pith-chromium-', ignore_cleanup_errors=True) as tmp:
        page = os.path.join(tmp, 'page.html')
        with open(page, 'wb') as dst:
            dst.write(page_bytes + INNER_TEXT_SCRIPT)
        command = [CHROMIUM, f'--user-data-dir={tmp}/profile'] + CHROMIUM_ARGS + ['file://' + page]
        # A page script in an endless loop outlives the virtual time budget:
        # the whole process group (renderer children too) goes on timeout.
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            out, _ = proc.communicate(timeout=CHROMIUM_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return ''
    m = INNER_TEXT_ELEMENT.search(out.decode('utf-8', 'replace'))
    return html.unescape(m.group(1)) if m else ''


def render_alternative(render, pith, name, manifest, pith_texts, rerender):
    """{id: visible text} of the pages as another renderer shows them (cached)."""
    if render == 'pith-spaced':
        # A browser copy separates blocks by a blank line; pith writes one block a line.
        return {i: '\n\n'.join(split_lines(t)) + '\n' for i, t in pith_texts.items()}
    if render == 'chromium':
        version = subprocess.run([CHROMIUM, '--version'], capture_output=True, text=True).stdout.strip()
        command = CHROMIUM_ARGS + [INNER_TEXT_SCRIPT.decode(), PAGE_SCRIPT.pattern.decode(), 'utf8-bom']
        run = run_chromium
    elif render in RENDER_COMMANDS:
        command = RENDER_COMMANDS[render]
        version_command = ([HTML_TEXT_PYTHON, '-c', 'import html_text; print("html_text", html_text.__version__)']
                           if render == 'html-text' else [command[0], '-version'])
        version = subprocess.run(version_command, capture_output=True, text=True).stdout.strip()
        run = lambda page: run_renderer(command, page)  # noqa: E731
    else:
        sys.exit(f'unknown renderer {render}')
    key = hashlib.sha1((version + ' '.join(command)).encode()).hexdigest()[:12]
    path = os.path.join(CACHE, f'{name}.{render}.{key}.jsonl')
    if os.path.exists(path) and not rerender:
        with open(path, encoding='utf-8') as f:
            return {d['id']: d['text'] for d in map(json.loads, f)}
    os.makedirs(CACHE, exist_ok=True)
    prune_cache(name, render, key)
    pages = [os.path.join(DATASETS, name, m['html']) for m in manifest]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        rendered = list(pool.map(run, pages))
    texts = {m['id']: t for m, t in zip(manifest, rendered)}
    with open(path, 'w', encoding='utf-8') as f:
        for i, t in texts.items():
            f.write(json.dumps({'id': i, 'text': t}, ensure_ascii=False) + '\n')
    return texts


# ---- labelling ---------------------------------------------------------------

def gold_index(gold):
    """Gold words, and for every 4-word window the positions where it starts."""
    words = [w.lower() for w in WORD.findall(gold)]
    where = {}
    for i in range(len(words) - 3):
        where.setdefault(tuple(words[i:i + 4]), []).append(i)
    return words, where


def find_near(words, needle, lo, hi):
    """First position in [lo, hi) where the word list `needle` starts, or -1."""
    n = len(needle)
    lo = max(0, lo)
    for i in range(lo, min(hi, len(words) - n + 1)):
        if words[i:i + n] == needle:
            return i
    return -1


def label_lines(lines, gold):
    """'1' main, '0' other for every rendered line, by matching to the gold text."""
    words, where = gold_index(gold)
    line_words = [[w.lower() for w in WORD.findall(l)] for l in lines]
    labels = ['0'] * len(lines)
    anchor = [None] * len(lines)  # gold position of a matched long line
    for k, lw in enumerate(line_words):
        if len(lw) < LONG_LINE_WORDS:
            continue
        windows = [tuple(lw[i:i + 4]) for i in range(len(lw) - 3)]
        hits = [where[w][0] for w in windows if w in where]
        if len(hits) >= MIN_SHINGLE_SHARE * len(windows):
            labels[k] = '1'
            anchor[k] = (min(hits), max(hits) + 4)
    # Short lines (subheads, list items, bylines) are main only where they sit
    # in the gold between the long lines matched around them.
    for k, lw in enumerate(line_words):
        if len(lw) >= LONG_LINE_WORDS or not lw:
            continue
        before = next((anchor[j][1] for j in range(k - 1, -1, -1) if anchor[j]), 0)
        after = next((anchor[j][0] for j in range(k + 1, len(lines)) if anchor[j]), len(words))
        if find_near(words, lw, before - SHORT_LINE_SLACK, min(after, before + SHORT_LINE_SLACK) + len(lw)) >= 0 \
                and after >= before - SHORT_LINE_SLACK:
            labels[k] = '1'
    return ''.join(labels)


# Target convention: main content is the article's running text. Headline-like
# lines above the first paragraph (title, standfirst, byline, section) are not
# main content even where a set's gold keeps them; the seed page and
# browser-rendered text are judged this way. Captions, promos and bios are
# left out by the library itself (LineRole).
FIRST_PARAGRAPH_WORDS = 15
SENTENCE_END = ('.', '!', '?', '"', '\u201d', '\u2019', "'", '\u2026', ':')


def without_headings_above_first_paragraph(lines, labels):
    out = list(labels)
    for k, line in enumerate(lines):
        ends = line.endswith(SENTENCE_END)
        if out[k] == '1' and ends and len(WORD.findall(line)) >= FIRST_PARAGRAPH_WORDS:
            return ''.join(out)
        if not ends:
            out[k] = '0'
    return labels  # no paragraph of running text: nothing to tell apart


def label_snippets(lines, with_snippets, without_snippets):
    """Partial labels from with/without snippets; '?' where the snippets say nothing."""
    norm = [' '.join(l.split()) for l in lines]
    labels = ['?'] * len(lines)
    for snippets, mark in ((without_snippets or [], '0'), (with_snippets or [], '1')):
        for s in snippets:
            s = ' '.join(s.split())
            for k, l in enumerate(norm):
                if s and (s in l or (len(l) > 20 and l in s)):
                    labels[k] = mark
    return ''.join(labels)


# ---- trainer I/O ---------------------------------------------------------------

def write_training_file(path, pages):
    """PAGE <set> <id> <bytes> <render>\\n<text>\\nLABELS <labels>\\n per page, read by textmode_trainer."""
    with open(path, 'wb') as f:
        for name, pid, render, text, labels in pages:
            data = text.encode('utf-8')
            f.write(f'PAGE {name} {pid} {len(data)} {render}\n'.encode())
            f.write(data)
            f.write(f'\nLABELS {labels}\n'.encode())


def read_predictions(path):
    """{(set, id): [line indexes kept]} from the trainer's CV output."""
    out = {}
    with open(path, encoding='utf-8') as f:
        for l in f:
            d = json.loads(l)
            out[(d['set'], d['id'], d.get('render', 'pith'))] = d['lines']
    return out


# ---- scoring -------------------------------------------------------------------

def score_set(manifest, predictions):
    res, _ = score_py.score(manifest, predictions)
    return res


def fmt(res):
    if 'f1' in res:
        return f"F1 {res['f1']:.3f} (P {res['precision']:.3f} R {res['recall']:.3f})"
    return f"snippet F1 {res['snippet_f1']:.3f} (P {res['snippet_precision']:.3f} R {res['snippet_recall']:.3f})"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--pith', default=os.path.join(ROOT, 'build', 'pith'))
    ap.add_argument('--trainer', default=None,
                    help='textmode_trainer binary (default: eval/textmode_trainer in --pith\'s build dir)')
    ap.add_argument('--report', action='store_true', help='print CV scores only; write no weights')
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--fold-seeds', default='0',
                    help='comma-separated fold partitions (0 = page k in fold k*7919 mod folds, the '
                         'shipped decoder\'s; others hash the page name): the report shows the mean and '
                         'range over them, the weights come from the first')
    ap.add_argument('--rerender', action='store_true')
    ap.add_argument('--sets', default=','.join(TRAIN_SETS + SNIPPET_SETS))
    ap.add_argument('--trainer-args', default='', help='extra arguments passed to the trainer')
    ap.add_argument('--no-snippet-training', action='store_true',
                    help='leave trafilatura out of training (score it with the model of the other sets)')
    ap.add_argument('--alt-renders', default=','.join(DEFAULT_ALT_RENDERS),
                    help='other renderings scored out of fold, comma-separated (w3m, lynx, chromium, pith-spaced; '
                         'those not installed are skipped with a note; "none" for none)')
    ap.add_argument('--augment-renders', default=','.join(DEFAULT_AUGMENT_RENDERS),
                    help='alternative renderings also trained on, within the same folds ("none" for none)')
    args = ap.parse_args()
    build_dir = os.path.dirname(os.path.abspath(args.pith))
    trainer = args.trainer or next((p for p in (os.path.join(build_dir, 'eval', 'textmode_trainer'),
                                                os.path.join(build_dir, 'textmode_trainer')) if os.path.exists(p)),
                                   os.path.join(build_dir, 'eval', 'textmode_trainer'))
    if not os.path.exists(trainer):
        sys.exit(f'{trainer} not found: build the textmode_trainer target')
    # Pages go to folds by their order, so the sets are read in one fixed order
    # whatever order --sets names them in (make eval names them otherwise).
    requested = args.sets.split(',')
    unknown = [s for s in requested if s not in TRAIN_SETS + SNIPPET_SETS]
    if unknown:
        sys.exit(f'unknown set(s): {", ".join(unknown)}')
    sets = [s for s in TRAIN_SETS + SNIPPET_SETS if s in requested]
    augment = [r for r in args.augment_renders.split(',') if r and r != 'none']
    for r in list(augment):
        if not renderer_available(r):
            if not args.report:
                sys.exit(f'{r} is not installed (apt-get install {renderer_package(r)}): the shipped model is '
                         f'trained on its renderings too; install it or pass --augment-renders none')
            print(f'note: {r} not installed: this report trains on pith\'s renderings only '
                  f'(apt-get install {renderer_package(r)})')
            augment.remove(r)
    alt = [r for r in args.alt_renders.split(',') if r and r != 'none']
    alt += [r for r in augment if r not in alt]
    for r in list(alt):
        if not renderer_available(r):
            print(f'note: {r} not installed, its rendering is not scored (apt-get install {renderer_package(r)})')
            alt.remove(r)
    start = time.time()

    manifests, texts, pages = {}, {}, []
    for name in sets:
        manifests[name] = load_manifest(name)
        texts[(name, 'pith')] = render_fulltext(args.pith, name, manifests[name], args.rerender)
        for r in alt:
            texts[(name, r)] = render_alternative(r, args.pith, name, manifests[name], texts[(name, 'pith')],
                                                  args.rerender)
        for render in ['pith'] + alt:
            for m in manifests[name]:
                text = texts[(name, render)][m['id']]
                lines = split_lines(text)
                if name in TRAIN_SETS:
                    if m.get('text') is None:
                        continue
                    labels = without_headings_above_first_paragraph(lines, label_lines(lines, m['text']))
                else:
                    labels = label_snippets(lines, m.get('with'), m.get('without'))
                pages.append((name, m['id'], render, text, labels))
    os.makedirs(CACHE, exist_ok=True)
    data_path = os.path.join(CACHE, 'training.txt')
    write_training_file(data_path, pages)
    seeds = [int(x) for x in args.fold_seeds.split(',')]
    kept_by_seed = []
    for seed in seeds:
        cv_path = os.path.join(CACHE, 'cv_predictions.jsonl' if seed == seeds[0] else f'cv_predictions.{seed}.jsonl')
        cmd = [trainer, '--data', data_path, '--folds', str(args.folds), '--cv-out', cv_path,
               '--train-sets', ','.join(s for s in sets if s in TRAIN_SETS), '--fold-seed', str(seed)]
        if not args.no_snippet_training:
            cmd += ['--partial-sets', ','.join(s for s in sets if s in SNIPPET_SETS)]
        if augment:
            cmd += ['--augment-renders', ','.join(augment)]
        if not args.report and seed == seeds[0]:
            cmd += ['--weights-out', WEIGHTS]
        cmd += args.trainer_args.split()
        subprocess.run(cmd, check=True)
        kept_by_seed.append(read_predictions(cv_path))

    def text_score(name, render, manifest):
        """Text-mode score of one rendering: the first split's, or with several
        --fold-seeds their mean and range."""
        results = []
        for kept in kept_by_seed:
            preds = {}
            for m in manifest:
                lines = split_lines(texts[(name, render)][m['id']])
                preds[m['id']] = '\n'.join(lines[k] for k in kept[(name, m['id'], render)])
            results.append(score_set(manifest, preds))
        if len(results) == 1:
            return fmt(results[0])
        key = 'f1' if 'f1' in results[0] else 'snippet_f1'
        values = [r[key] for r in results]
        mean = {k: sum(r[k] for r in results) / len(results) for k in results[0] if isinstance(results[0][k], float)}
        return f'{fmt(mean)} [{min(values):.3f}–{max(values):.3f}]'

    print(f'{"set":18} {"pages":>5}  {"text mode (CV)":34} {"HTML mode":34}')
    for name in sets:
        manifest = [m for m in manifests[name] if (name, m['id'], 'pith') in kept_by_seed[0]]
        html_preds = html_mode_predictions(args.pith, name, manifests[name], args.rerender)
        for render in ['pith'] + alt:
            label = name if render == 'pith' else f'  {render} render'
            extra = f'{fmt(score_set(manifest, html_preds)):34}' if render == 'pith' else ''
            print(f'{label:18} {len(manifest) if render == "pith" else "":5}  '
                  f'{text_score(name, render, manifest):34} {extra}')
            whole = {m['id']: texts[(name, render)][m['id']] for m in manifest}
            print(f'{"    whole page":18} {"":5}  {fmt(score_set(manifest, whole)):34}')
    print(f'({time.time() - start:.0f} s)')


if __name__ == '__main__':
    main()
