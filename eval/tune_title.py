#!/usr/bin/env python3
"""Fit the title model (src/extract/metadata/title_model.h) on the gold titles.

Usage: tune_title.py [--dump build/eval/pith_metadata_dump] [--folds 5]
                     [--epochs 200] [--l2 0.001] [--jobs N] [--write]

pith_metadata_dump --title-candidates prints, for every page of the
trafilatura and readability sets, each title candidate with its feature vector
(features: src/extract/metadata/title_candidates.h). pith scores a candidate as
w·f plus a weight for every product of two features (a linear model over the
features and their pairwise products: "h1 whole" is good unless "kicker kept",
"og:title whole" unless a heading agrees …) and takes the best. The
weights are fitted as a conditional logit: per page a softmax over the
candidates, maximising the probability of the candidates equal to the gold
title (after whitespace normalisation, as eval/metadata_eval.py compares);
pages where no candidate is right do not train. L2 regularised, full-batch
Adam, pure Python (no numpy on the build machines).

The two golds disagree on purpose (people drop the site name, Readability keeps
og:title verbatim), so a readability page weighs READABILITY_WEIGHT times a
trafilatura page: the least weight that keeps the readability accuracy where
the hand-written rules had it. --show prints the final fit's misses with the
feature differences between the gold candidate and pith's pick. Pages go to folds by a hash of their id; for each fold the model
is fitted on the others and scored on it, and the cross-validated accuracy per
set is printed (strict exact match, over all pages with a gold title). The
final weights come from a fit on all pages and, with --write, replace
title_model.h.
"""
import argparse
import hashlib
import json
import math
import multiprocessing
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from metadata_eval import DATASETS, ROOT, ws  # noqa: E402

SETS = ['trafilatura', 'readability']
# The two golds disagree where og:title carries the site name (Readability keeps
# it, people do not): a readability page weighs this much more than a
# trafilatura one, the least that keeps the readability accuracy from falling
# below what the hand-written rules had.
READABILITY_WEIGHT = 3.0
MODEL = os.path.join(ROOT, 'src', 'extract', 'metadata', 'title_model.h')


def load(dump, name):
    """Pages of a set with a gold title: (id, set, [(sparse features, is_gold, text)])."""
    base = os.path.join(DATASETS, name)
    rows = [json.loads(l) for l in open(os.path.join(base, 'manifest.jsonl'), encoding='utf-8')]
    stdin = ''.join(f"{r['id']}\t{os.path.join(base, r['html'])}\t{r.get('url') or ''}\n" for r in rows)
    out = subprocess.run([dump, '--title-candidates'], input=stdin.encode(), capture_output=True,
                         check=True)
    preds = {}
    for line in filter(None, out.stdout.decode('utf-8', 'replace').split('\n')):
        p = json.loads(line)
        preds[p['id']] = p['title_candidates']
    pages = []
    for r in rows:
        gold = r.get('title')
        if not gold:
            continue
        g = ws(gold)
        cands = []
        for c in preds.get(r['id'], []):
            sparse = expand([(i, v) for i, v in enumerate(c['f']) if v])
            cands.append((sparse, ws(c['text']) == g, c['text']))
        pages.append((r['id'], name, cands))
    return pages


N_BASE = [0]


def expand(sparse):
    """The features and their pairwise products: (i, j), i < j, at index n + i * n + j."""
    n = N_BASE[0]
    out = list(sparse)
    for a in range(len(sparse)):
        for b in range(a + 1, len(sparse)):
            (i, x), (j, y) = sparse[a], sparse[b]
            out.append((n + i * n + j, x * y))
    return out


def scores(w, cands):
    return [sum(w[i] * v for i, v in f) for f, _, _ in cands]


def pick(w, cands):
    """Index of the best candidate; the first wins ties, as in choose_title."""
    best, best_s = None, 0.0
    for k, s in enumerate(scores(w, cands)):
        if best is None or s > best_s:
            best, best_s = k, s
    return best


def fit(pages, n, epochs, l2, set_weight):
    train = [(cands, set_weight[name]) for _, name, cands in pages if any(c[1] for c in cands)]
    total = sum(sw for _, sw in train)
    w = [0.0] * n
    m = [0.0] * n
    v = [0.0] * n
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        grad = [2 * l2 * x for x in w]
        for cands, sw in train:
            s = scores(w, cands)
            top = max(s)
            e = [math.exp(x - top) for x in s]
            z = sum(e)
            zg = sum(ek for ek, c in zip(e, cands) if c[1])
            scale = sw / total
            # d(-log(zg/z))/ds_k = p_k - q_k, with q the softmax over the gold candidates.
            for ek, (f, good, _) in zip(e, cands):
                g = ek / z - (ek / zg if good else 0.0)
                if g:
                    for i, val in f:
                        grad[i] += scale * g * val
        for i in range(n):
            m[i] = b1 * m[i] + (1 - b1) * grad[i]
            v[i] = b2 * v[i] + (1 - b2) * grad[i] * grad[i]
            w[i] -= lr * (m[i] / (1 - b1 ** t)) / (math.sqrt(v[i] / (1 - b2 ** t)) + eps)
    return w


def fold_fit(job):
    """Weights fitted on every page outside fold k (a process pool runs the folds)."""
    pages, k, folds, n, epochs, l2, set_weight, n_base = job
    N_BASE[0] = n_base
    return fit([p for p in pages if fold_of(p[0], folds) != k], n, epochs, l2, set_weight)


def accuracy(w, pages):
    per = {}
    for _, name, cands in pages:
        hit = bool(cands) and cands[pick(w, cands)][1]
        h, t = per.get(name, (0, 0))
        per[name] = (h + hit, t + 1)
    return per


def fold_of(page_id, k):
    return int(hashlib.md5(page_id.encode()).hexdigest(), 16) % k


def report(label, per):
    print(label + '  ' + '  '.join(f'{name} {h}/{t} {h / t:.1%}' for name, (h, t) in sorted(per.items())))


def write_model(names, w, cv, args):
    n = len(names)
    lines = ['// Generated by eval/tune_title.py --write: do not edit by hand.',
             '// Title candidate weights (features: title_candidates.h), a conditional logit',
             '// over the features and their pairwise products, fitted on the trafilatura',
             '// and readability gold titles '
             f'(--epochs {args.epochs} --l2 {args.l2} --readability-weight {args.readability_weight}).',
             f'// {args.folds}-fold cross-validated strict accuracy: {cv}.',
             '#pragma once', '', '#include "extract/metadata/title_candidates.h"', '',
             'namespace pith::extraction::metadata {', '',
             'inline constexpr double kTitleWeights[] = {']
    for name, x in zip(names, w):
        lines.append(f'    {x:+.6f},  // {name}')
    lines += ['};', '',
              '// Weight of features[i] * features[j] for i < j, row by row: (0,1), (0,2) … (1,2) …',
              'inline constexpr double kTitlePairWeights[] = {']
    for i in range(n):
        row = [f'{w[n + i * n + j]:+.6f}' for j in range(i + 1, n)]
        for k in range(0, len(row), 8):
            lines.append('    ' + ', '.join(row[k:k + 8]) + ',' + (f'  // {names[i]}' if k == 0 else ''))
    lines += ['};', '', '}  // namespace pith::extraction::metadata', '']
    open(MODEL, 'w').write('\n'.join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dump', default=os.path.join(ROOT, 'build', 'eval', 'pith_metadata_dump'))
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--epochs', type=int, default=200)
    ap.add_argument('--l2', type=float, default=0.001)
    ap.add_argument('--write', action='store_true')
    ap.add_argument('--readability-weight', type=float, default=READABILITY_WEIGHT,
                    help='weight of a readability page relative to a trafilatura page')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1,
                    help='processes fitting the folds in parallel')
    ap.add_argument('--show', action='store_true', help='print the misses of the final fit')
    ap.add_argument('--show-cv', action='store_true', help='print the held-out misses')
    args = ap.parse_args()
    names = subprocess.run([args.dump, '--title-features'], capture_output=True, text=True,
                           check=True).stdout.split()
    N_BASE[0] = len(names)
    n_weights = len(names) * (len(names) + 1)
    pages = []
    for name in SETS:
        pages += load(args.dump, name)
    counts = {name: sum(1 for p in pages if p[1] == name) for name in SETS}
    set_weight = {'trafilatura': 1.0, 'readability': args.readability_weight}
    oracle = {}
    for _, name, cands in pages:
        h, t = oracle.get(name, (0, 0))
        oracle[name] = (h + any(c[1] for c in cands), t + 1)
    report('candidates hold the gold:', oracle)

    held = {}
    jobs = [(pages, k, args.folds, n_weights, args.epochs, args.l2, set_weight, N_BASE[0])
            for k in range(args.folds)]
    with multiprocessing.Pool(max(1, min(args.jobs, args.folds))) as pool:
        fold_weights = pool.map(fold_fit, jobs)
    for k, w in enumerate(fold_weights):
        test = [p for p in pages if fold_of(p[0], args.folds) == k]
        if args.show_cv:
            for pid, name, cands in test:
                if cands and not cands[pick(w, cands)][1]:
                    gold = [c[2] for c in cands if c[1]]
                    print(f'  cv miss {name} {pid} | pith: {cands[pick(w, cands)][2]!r:.100} | gold: '
                          f'{(gold[0] if gold else "-")!r:.100}')
        for name, (h, t) in accuracy(w, test).items():
            hh, tt = held.get(name, (0, 0))
            held[name] = (hh + h, tt + t)
    report(f'{args.folds}-fold CV accuracy:', held)
    w = fit(pages, n_weights, args.epochs, args.l2, set_weight)
    report('fit on all pages:', accuracy(w, pages))
    for name, x in sorted(zip(names, w), key=lambda p: -abs(p[1])):
        print(f'  {x:+8.3f}  {name}')
    n = len(names)
    pairs = [(w[n + i * n + j], names[i] + ' * ' + names[j]) for i in range(n) for j in range(i + 1, n)]
    for x, name in sorted(pairs, key=lambda p: -abs(p[0]))[:15]:
        print(f'  {x:+8.3f}  {name}')
    if args.show:
        for pid, name, cands in pages:
            if not cands or cands[pick(w, cands)][1]:
                continue
            got = cands[pick(w, cands)]
            gold = [c for c in cands if c[1]]
            print(f'{name} {pid} | pith: {got[2]!r}')
            if gold:
                diff = dict(gold[0][0])
                for i, x in got[0]:
                    diff[i] = diff.get(i, 0) - x
                print(f'    gold: {gold[0][2]!r}  ' + ' '.join(
                    f'{names[i]}={x:+.2f}' for i, x in sorted(diff.items())
                    if i < len(names) and abs(x) > 1e-6))
            else:
                print('    gold not a candidate')
    if args.write:
        cv = ', '.join(f'{name} {h / t:.1%}' for name, (h, t) in sorted(held.items()))
        write_model(names, w, cv, args)
        print('wrote', os.path.relpath(MODEL, ROOT))
    return 0


if __name__ == '__main__':
    sys.exit(main())
