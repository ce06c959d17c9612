#!/usr/bin/env python3
"""Evaluate the pith CLI on the four shared datasets (stdlib only).

For every set in ../shared/datasets it writes an input list (PATH<TAB>URL per
page, so each page gets its own URL), runs one batch

    pith --format jsonl -j N -q --input-list inputs.tsv -o pith.jsonl

and writes into eval/results/<set>/ (gitignored):
    inputs.tsv        the pith input list
    pith.jsonl        pith's records
    predictions.jsonl {"id", "text"} per page, the format score.py reads
    pages.jsonl       per page: precision, recall, accuracy, snippets, metadata hits

Scores come from this file's own implementation of the metric in
../shared/tools/score.py (4-token shingles, mean per-page precision and recall,
F1 of the means, token-sequence accuracy; snippets counted over the set); the
official script is run too and both must agree on every number, or the run fails.

Metadata accuracy counts only pages whose gold has the field: title equal after
entity decoding and whitespace normalisation, date on the same day, author
equal ignoring case, spacing and the order of several authors.

  eval/run_eval.py --pith build/pith                 the table
  eval/run_eval.py --pith build/pith --check-floors  exit 1 when a score drops below eval/floors.json
  eval/run_eval.py --pith build/pith --worst 10      also list each set's weakest pages
  eval/run_eval.py --pith build/pith --favor recall  run pith --recall (or --precision)
  eval/run_eval.py --pith build/pith --textmode      also text mode's cross-validated scores per set,
                                                     next to HTML mode's (eval/textmode_train.py --report)
  eval/run_eval.py --pith build/pith --write-floors  record current scores minus --margin
                                                     (lowered further with --keep-lower: never raise a floor)
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATASETS = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'datasets'))
SCORE_PY = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'tools', 'score.py'))
SETS = ['trafilatura', 'readability', 'dragnet', 'cleanportaleval']
FLOORS = os.path.join(HERE, 'floors.json')

# Where each set keeps its metadata gold: field -> path in the manifest line.
METADATA_GOLD = {
    'trafilatura': {'title': 'title', 'date': 'meta.date', 'author': 'meta.author'},
    'readability': {'title': 'title', 'date': 'meta.publishedTime', 'author': 'meta.byline'},
}
# Metrics that floors guard, per kind of gold. Text accuracy (the whole token
# sequence equal) is reported but not guarded: it swings by several points
# when one boundary line moves on a handful of pages.
TEXT_METRICS = ['f1', 'precision', 'recall']
SNIPPET_METRICS = ['snippet_f1', 'snippet_precision', 'snippet_recall', 'snippet_accuracy']
METADATA_METRICS = ['title', 'date', 'author']
# score.py prints numbers rounded to this many digits; the comparison uses the same.
DIGITS = 4

WORD = re.compile(r'\w+')


# ---- the text metric ---------------------------------------------------------

def four_grams(text):
    """Multiset of 4-word windows; a text shorter than four words is one window."""
    words = WORD.findall(text or '')
    if not words:
        return Counter()
    if len(words) < 4:
        return Counter([tuple(words)])
    return Counter(tuple(words[i:i + 4]) for i in range(len(words) - 3))


def page_scores(gold, predicted):
    """(precision, recall, exact, has_predicted, has_gold) for one page."""
    g, p = four_grams(gold), four_grams(predicted)
    common = sum((g & p).values())
    extra = sum((p - g).values())
    missed = sum((g - p).values())
    total = common + extra + missed
    tp, fp, fn = (common / total, extra / total, missed / total) if total else (0.0, 0.0, 0.0)
    if fp == 0 and fn == 0:
        precision = recall = 1.0
    else:
        precision = 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)
        recall = 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)
    exact = 1.0 if WORD.findall(gold) == WORD.findall(predicted or '') else 0.0
    return precision, recall, exact, tp + fp > 0, tp + fn > 0


def squash(text):
    return ' '.join((text or '').split())


def score_set(manifest, predictions, pages):
    """Set-level scores (the keys score.py prints); fills per-page rows in `pages`."""
    precisions, recalls, exacts = [], [], []
    found = missing = leaked = kept_out = 0
    for m in manifest:
        out = predictions.get(m['id'], '')
        row = pages.setdefault(m['id'], {'id': m['id']})
        if m.get('text') is not None:
            p, r, a, has_pred, has_gold = page_scores(m['text'], out)
            if has_pred:
                precisions.append(p)
            if has_gold:
                recalls.append(r)
            exacts.append(a)
            row.update(precision=p, recall=r, accuracy=a)
        if m.get('with') or m.get('without'):
            flat = squash(out)
            hits = [squash(s) in flat for s in m.get('with') or []]
            leaks = [squash(s) in flat for s in m.get('without') or []]
            found += sum(hits)
            missing += len(hits) - sum(hits)
            leaked += sum(leaks)
            kept_out += len(leaks) - sum(leaks)
            row.update(with_found=sum(hits), with_total=len(hits), without_leaked=sum(leaks),
                       without_total=len(leaks))
    res = {}
    if precisions or recalls:
        P = sum(precisions) / len(precisions) if precisions else 0.0
        R = sum(recalls) / len(recalls) if recalls else 0.0
        res.update(pages=len(exacts), precision=P, recall=R, f1=2 * P * R / (P + R) if P + R else 0.0,
                   accuracy=sum(exacts) / len(exacts))
    snippets = found + missing + leaked + kept_out
    if snippets:
        P = found / (found + leaked) if found + leaked else 0.0
        R = found / (found + missing) if found + missing else 0.0
        res.update(snippet_precision=P, snippet_recall=R, snippet_f1=2 * P * R / (P + R) if P + R else 0.0,
                   snippet_accuracy=(found + kept_out) / snippets)
    return res, {'with_found': found, 'with_total': found + missing, 'without_leaked': leaked,
                 'without_total': leaked + kept_out}


def rounded(scores):
    return {k: round(v, DIGITS) if isinstance(v, float) else v for k, v in scores.items()}


# ---- metadata ----------------------------------------------------------------

def gold_field(line, path):
    value = line
    for part in path.split('.'):
        value = (value or {}).get(part) if isinstance(value, dict) else None
    if isinstance(value, list):
        value = '; '.join(str(v) for v in value)
    return value if isinstance(value, str) and value.strip() else None


def normal_names(text):
    parts = re.split(r'\s*(?:;|,|\band\b|&)\s*', text.lower())
    return sorted(squash(p) for p in parts if squash(p))


def metadata_hit(field, gold, predicted):
    predicted = predicted or ''
    if field == 'title':
        # The trafilatura gold keeps some entities undecoded (&#8220;): compare
        # decoded, NFC text, as eval/metadata_eval.py does.
        return (squash(unicodedata.normalize('NFC', html.unescape(gold))) ==
                squash(unicodedata.normalize('NFC', predicted)))
    if field == 'date':
        return len(predicted) >= 10 and gold.strip()[:10] == predicted[:10]
    return normal_names(gold) == normal_names(predicted)


def score_metadata(set_name, manifest, records, pages):
    fields = METADATA_GOLD.get(set_name)
    if not fields:
        return {}
    hits, totals = Counter(), Counter()
    for m in manifest:
        rec = records.get(m['id'], {})
        for field, path in fields.items():
            gold = gold_field(m, path)
            if gold is None:
                continue
            ok = metadata_hit(field, gold, rec.get(field))
            totals[field] += 1
            hits[field] += ok
            pages[m['id']][field + '_ok'] = ok
    return {f: hits[f] / totals[f] for f in fields if totals[f]} | {f + '_pages': totals[f] for f in fields}


# ---- running -----------------------------------------------------------------

def load_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


# pith flags for each --favor mode.
FAVOR_FLAGS = {'balanced': [], 'precision': ['--precision'], 'recall': ['--recall']}


def run_set(set_name, pith, jobs, results_dir, favor='balanced'):
    base = os.path.join(DATASETS, set_name)
    manifest = load_jsonl(os.path.join(base, 'manifest.jsonl'))
    out_dir = os.path.join(results_dir, set_name)
    os.makedirs(out_dir, exist_ok=True)
    inputs = os.path.join(out_dir, 'inputs.tsv')
    ids_by_path, size = {}, 0
    with open(inputs, 'w', encoding='utf-8') as f:
        for m in manifest:
            path = os.path.join(base, m['html'])
            ids_by_path[path] = m['id']
            size += os.path.getsize(path)
            f.write(f"{path}\t{m.get('url') or ''}\n")
    raw = os.path.join(out_dir, 'pith.jsonl')
    cmd = [pith, '--format', 'jsonl', '-j', str(jobs), '-q', '--input-list', inputs, '-o', raw] + FAVOR_FLAGS[favor]
    start = time.monotonic()
    proc = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    if proc.returncode not in (0, 1) or not os.path.exists(raw):
        sys.exit(f'run_eval: {" ".join(cmd)} failed with {proc.returncode}: {proc.stderr[-2000:]}')
    lines = load_jsonl(raw)
    if len(lines) != len(manifest):
        sys.exit(f'run_eval: {set_name}: {len(manifest)} pages in, {len(lines)} records out')
    records = {ids_by_path[r['source']]: r for r in lines}
    failed = sum(1 for r in lines if 'error' in r)

    predictions = os.path.join(out_dir, 'predictions.jsonl')
    with open(predictions, 'w', encoding='utf-8') as f:
        for m in manifest:
            f.write(json.dumps({'id': m['id'], 'text': records[m['id']].get('text') or ''}, ensure_ascii=False) + '\n')

    pages = {}
    scores, snippet_counts = score_set(manifest, {i: r.get('text') or '' for i, r in records.items()}, pages)
    official = subprocess.run([sys.executable, SCORE_PY, os.path.join(base, 'manifest.jsonl'), predictions],
                              stdout=subprocess.PIPE, text=True, check=True)
    theirs = json.loads(official.stdout.strip().splitlines()[-1])
    if rounded(scores) != theirs:
        sys.exit(f'run_eval: {set_name}: own scores {rounded(scores)} differ from score.py {theirs}')
    scores |= score_metadata(set_name, manifest, records, pages)
    with open(os.path.join(out_dir, 'pages.jsonl'), 'w', encoding='utf-8') as f:
        for m in manifest:
            f.write(json.dumps(pages[m['id']]) + '\n')
    scores.update(seconds=seconds, megabytes=size / 1e6, page_count=len(manifest), failed=failed,
                  snippets=snippet_counts)
    return scores


# ---- reporting and floors ----------------------------------------------------

def fmt(scores, key):
    v = scores.get(key)
    return f'{v:.3f}' if isinstance(v, float) else '-'


def print_table(all_scores):
    header = (f"{'set':<16}{'pages':>6}{'F1':>7}{'prec':>7}{'rec':>7}{'acc':>7}{'snipF1':>8}{'snipP':>7}"
              f"{'snipR':>7}{'snipAcc':>8}{'title':>7}{'date':>7}{'author':>7}{'MB/s':>7}{'pages/s':>9}")
    print(header)
    print('-' * len(header))
    total_mb = total_s = total_pages = 0
    for name, s in all_scores.items():
        total_mb += s['megabytes']
        total_s += s['seconds']
        total_pages += s['page_count']
        print(f"{name:<16}{s['page_count']:>6}{fmt(s, 'f1'):>7}{fmt(s, 'precision'):>7}{fmt(s, 'recall'):>7}"
              f"{fmt(s, 'accuracy'):>7}{fmt(s, 'snippet_f1'):>8}{fmt(s, 'snippet_precision'):>7}"
              f"{fmt(s, 'snippet_recall'):>7}{fmt(s, 'snippet_accuracy'):>8}{fmt(s, 'title'):>7}"
              f"{fmt(s, 'date'):>7}{fmt(s, 'author'):>7}{s['megabytes'] / s['seconds']:>7.1f}"
              f"{s['page_count'] / s['seconds']:>9.1f}")
    if total_s:
        print(f"{'all':<16}{total_pages:>6}{'':>79}{total_mb / total_s:>7.1f}{total_pages / total_s:>9.1f}")
    for name, s in all_scores.items():
        c = s['snippets']
        if c['with_total'] or c['without_total']:
            print(f"{name} snippets: 'with' found {c['with_found']}/{c['with_total']} "
                  f"({c['with_found'] / max(1, c['with_total']):.1%}), 'without' kept out "
                  f"{c['without_total'] - c['without_leaked']}/{c['without_total']} "
                  f"({1 - c['without_leaked'] / max(1, c['without_total']):.1%})")
    for name, s in all_scores.items():
        meta = [f"{f} {s[f]:.3f} of {s[f + '_pages']}" for f in METADATA_METRICS if f in s]
        if meta:
            print(f"{name} metadata (pages with gold): " + ', '.join(meta))
    failed = sum(s['failed'] for s in all_scores.values())
    if failed:
        print(f'{failed} page(s) failed (records with "error")')
    print('scores match ../shared/tools/score.py on every set')


def print_worst(sets, results_dir, count):
    for name in sets:
        rows = [r for r in load_jsonl(os.path.join(results_dir, name, 'pages.jsonl')) if 'precision' in r]
        if not rows:
            rows = [r for r in load_jsonl(os.path.join(results_dir, name, 'pages.jsonl')) if r.get('with_total')]
            rows.sort(key=lambda r: (r['with_found'] / r['with_total']) - r['without_leaked'] / max(1, r['without_total']))
            print(f'{name}: worst pages by snippets (with found/total, without leaked/total)')
            for r in rows[:count]:
                print(f"  {r['with_found']}/{r['with_total']}  {r['without_leaked']}/{r['without_total']}  {r['id']}")
            continue
        rows.sort(key=lambda r: r['precision'] + r['recall'])
        print(f'{name}: worst pages (precision recall)')
        for r in rows[:count]:
            print(f"  {r['precision']:.3f} {r['recall']:.3f}  {r['id']}")


def guarded(scores):
    return {k: scores[k] for k in TEXT_METRICS + SNIPPET_METRICS + METADATA_METRICS if k in scores}


def write_floors(all_scores, margin, keep_lower):
    floors = {name: {k: round(max(0.0, v - margin), DIGITS) for k, v in guarded(s).items()}
              for name, s in all_scores.items()}
    if keep_lower and os.path.exists(FLOORS):
        with open(FLOORS, encoding='utf-8') as f:
            old = json.load(f)['floors']
        for name, metrics in floors.items():
            for k in metrics:
                if k in old.get(name, {}):
                    metrics[k] = min(metrics[k], old[name][k])
    with open(FLOORS, 'w', encoding='utf-8') as f:
        json.dump({'margin': margin, 'floors': floors}, f, indent=2, sort_keys=True)
        f.write('\n')
    print(f'floors written to {os.path.relpath(FLOORS, ROOT)} (current scores minus {margin})')


def check_floors(all_scores):
    with open(FLOORS, encoding='utf-8') as f:
        floors = json.load(f)['floors']
    drops = []
    for name, metrics in floors.items():
        if name not in all_scores:
            continue
        for k, floor in metrics.items():
            v = all_scores[name].get(k)
            if v is None or v < floor:
                drops.append(f'{name} {k}: {v if v is None else round(v, DIGITS)} < floor {floor}')
    for d in drops:
        print('BELOW FLOOR: ' + d)
    print('floors: ' + ('FAILED' if drops else 'all met'))
    return not drops


# ---- text mode -----------------------------------------------------------------

def report_textmode(pith, sets):
    """Text mode sees each page's visible text (pith --format fulltext); its model
    is scored by cross-validation over pages, so that script owns the numbers."""
    print('\ntext mode (visible text in, cross-validated by page) vs HTML mode on the same pages:', flush=True)
    script = os.path.join(HERE, 'textmode_train.py')
    cmd = [sys.executable, script, '--report', '--pith', pith, '--sets', ','.join(sets)]
    build = os.path.dirname(os.path.abspath(pith))
    for trainer in (os.path.join(build, 'textmode_trainer'), os.path.join(build, 'eval', 'textmode_trainer')):
        if os.access(trainer, os.X_OK):
            cmd += ['--trainer', trainer]
            break
    proc = subprocess.run(cmd)
    if proc.returncode != 0:
        sys.exit(f'run_eval: {script} --report failed with {proc.returncode}')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--pith', default=os.path.join(ROOT, 'build', 'pith'), help='the pith binary')
    ap.add_argument('--sets', nargs='+', default=SETS, choices=SETS)
    ap.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 1, help='pith worker threads')
    ap.add_argument('--results', default=os.path.join(HERE, 'results'), help='output directory')
    ap.add_argument('--check-floors', action='store_true', help='exit 1 when a score is below eval/floors.json')
    ap.add_argument('--write-floors', action='store_true', help='record current scores minus --margin')
    ap.add_argument('--worst', type=int, default=0, metavar='N',
                    help='also list the N pages with the lowest precision+recall per set')
    ap.add_argument('--margin', type=float, default=0.01)
    ap.add_argument('--keep-lower', action='store_true', help='with --write-floors: keep existing lower floors')
    ap.add_argument('--favor', default='balanced', choices=sorted(FAVOR_FLAGS),
                    help="run pith with --precision or --recall (floors apply to 'balanced' only)")
    ap.add_argument('--textmode', action='store_true',
                    help='also print text-mode CV scores next to HTML mode (needs the textmode_trainer target built)')
    args = ap.parse_args()
    if (args.check_floors or args.write_floors) and args.favor != 'balanced':
        sys.exit('run_eval: floors are for --favor balanced')
    if not os.access(args.pith, os.X_OK):
        sys.exit(f'run_eval: {args.pith}: not an executable (build first: make build)')
    all_scores = {name: run_set(name, args.pith, args.jobs, args.results, args.favor) for name in args.sets}
    print_table(all_scores)
    if args.worst:
        print_worst(args.sets, args.results, args.worst)
    if args.textmode:
        report_textmode(args.pith, args.sets)
    if args.write_floors:
        write_floors(all_scores, args.margin, args.keep_lower)
    if args.check_floors and not check_floors(all_scores):
        sys.exit(1)


if __name__ == '__main__':
    main()
