#!/usr/bin/env python3
"""Fits pith's confidence model (src/extract/article_confidence.cc) to the shared datasets.

Confidence is meant as a probability: "pith found this page's article, all of it and little
else". A page counts as a success when its extraction scores F1 >= GOOD_F1 against the gold
text (full-text sets) or finds every 'with' snippet and leaks no 'without' snippet (the
trafilatura snippet set). A logistic model over the ConfidenceEvidence features is fitted to
that label with L2-regularised gradient descent; 5-fold cross-validation (folds by page) reports
how well calibrated and how discriminating the fitted model is next to the hand-set formula it
replaced.

  eval/calibrate_confidence.py [--dump build/eval/confidence_dump]   # report only
  eval/calibrate_confidence.py --write                                # also rewrite the weights header
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_eval import page_scores, squash  # noqa: E402  (the same metric make eval prints)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATASETS = os.path.join(ROOT, '..', 'shared', 'datasets')
SETS = ['trafilatura', 'readability', 'dragnet', 'cleanportaleval']
HEADER = os.path.join(ROOT, 'src', 'extract', 'confidence_weights.h')

GOOD_F1 = 0.9       # a page extraction at least this good counts as "found the article"
L2 = 0.001          # ridge penalty on the weights (not the bias)
STEPS = 3000        # full-batch gradient steps
LEARNING_RATE = 0.5
FOLDS = 5


def features(e):
    """The same transforms as article_confidence() in src/extract/article_confidence.cc."""
    return [
        min(1.0, e['readerable'] / 40.0),
        math.log1p(e['chars']) / 10.0,
        e['chars'] / e['page_chars'] if e['page_chars'] else 0.0,
        math.log1p(e['blocks']) / 5.0,
        1.0 if e['container_vouched'] else 0.0,
        e['container_link_density'],
        1.0 if e['fallback'] else 0.0,
        e['link_density'],
        e['prose_chars'] / e['chars'] if e['chars'] else 0.0,
        e['outside_prose_chars'] / (e['outside_prose_chars'] + e['prose_chars'] + 1),
        1.0 if e['title_found'] else 0.0,
    ]


def old_formula(e):
    """The hand-set confidence pith used before this model, for comparison."""
    c = 0.45 * min(1.0, e['readerable'] / 40.0) + 0.25 * min(1.0, e['chars'] / 1500.0)
    if e['blocks']:
        c += 0.15 * e['container_vouched'] + 0.15 * (1.0 - e['container_link_density'])
    if e['fallback']:
        c *= 0.7
    if e['readerable'] < 20:
        c = min(c, 0.3)
    return max(0.0, min(1.0, c))


def success(manifest_row, text):
    if manifest_row.get('text') is not None:
        p, r, _, _, _ = page_scores(manifest_row['text'], text)
        return 2 * p * r / (p + r) >= GOOD_F1 if p + r else False
    flat = squash(text)
    found = all(squash(s) in flat for s in manifest_row.get('with') or [])
    leaked = any(squash(s) in flat for s in manifest_row.get('without') or [])
    return found and not leaked


def load_pages(dump):
    pages = []
    for name in SETS:
        manifest_path = os.path.join(DATASETS, name, 'manifest.jsonl')
        with open(manifest_path, encoding='utf-8') as f:
            manifest = {json.loads(line)['id']: json.loads(line) for line in f}
        out = subprocess.run([dump, manifest_path], check=True, capture_output=True, text=True).stdout
        for line in out.split('\n'):
            if not line:
                continue
            e = json.loads(line)
            if e['not_article']:
                continue  # confidence is capped near 0 there, not modelled
            pages.append({'set': name, 'x': features(e), 'y': 1.0 if success(manifest[e['id']], e['text']) else 0.0,
                          'old': old_formula(e)})
    return pages


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def fit(rows):
    n_features = len(rows[0]['x'])
    w = [0.0] * n_features
    b = 0.0
    n = len(rows)
    for _ in range(STEPS):
        gw = [0.0] * n_features
        gb = 0.0
        for r in rows:
            err = sigmoid(b + sum(wi * xi for wi, xi in zip(w, r['x']))) - r['y']
            gb += err
            for i, xi in enumerate(r['x']):
                gw[i] += err * xi
        b -= LEARNING_RATE * gb / n
        for i in range(n_features):
            w[i] -= LEARNING_RATE * (gw[i] / n + L2 * w[i])
    return w, b


def predict(model, x):
    w, b = model
    return sigmoid(b + sum(wi * xi for wi, xi in zip(w, x)))


def auc(scores, labels):
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float('nan')
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def report(name, scores, labels):
    brier = sum((s - y) ** 2 for s, y in zip(scores, labels)) / len(labels)
    print(f'{name:<22} Brier {brier:.3f}  AUC {auc(scores, labels):.3f}')
    bins = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
    cells = []
    for lo, hi in bins:
        ys = [y for s, y in zip(scores, labels) if lo <= s < hi]
        cells.append(f'[{lo:.1f},{min(hi, 1.0):.1f}) {len(ys):4d} pages {sum(ys) / len(ys) if ys else 0:5.2f} good')
    print('    ' + ' | '.join(cells))


def write_header(model):
    w, b = model
    weights = ', '.join(f'{x:.4f}' for x in w)
    text = f'''// Generated by eval/calibrate_confidence.py — do not edit by hand.
// Logistic model of P(extraction F1 >= {GOOD_F1}) over ConfidenceEvidence features
// (order and transforms: article_confidence.cc), fitted on ../shared/datasets.
#pragma once

namespace pith::extraction {{

constexpr int kConfidenceFeatures = {len(w)};
constexpr double kConfidenceBias = {b:.4f};
constexpr double kConfidenceWeights[kConfidenceFeatures] = {{{weights}}};

}}  // namespace pith::extraction
'''
    with open(HEADER, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'wrote {os.path.relpath(HEADER, ROOT)}')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--dump', default=os.path.join(ROOT, 'build', 'eval', 'confidence_dump'))
    ap.add_argument('--write', action='store_true', help='rewrite src/extract/confidence_weights.h')
    args = ap.parse_args()
    pages = load_pages(args.dump)
    labels = [p['y'] for p in pages]
    print(f'{len(pages)} pages, {sum(labels):.0f} extracted with F1 >= {GOOD_F1} (or every snippet right)')

    order = list(range(len(pages)))
    random.Random(7).shuffle(order)
    cv = [0.0] * len(pages)
    for k in range(FOLDS):
        test = set(order[k::FOLDS])
        model = fit([p for i, p in enumerate(pages) if i not in test])
        for i in test:
            cv[i] = predict(model, pages[i]['x'])
    report('hand-set formula', [p['old'] for p in pages], labels)
    report(f'logistic, {FOLDS}-fold CV', cv, labels)
    for name in SETS:
        idx = [i for i, p in enumerate(pages) if p['set'] == name]
        report(f'  {name}', [cv[i] for i in idx], [labels[i] for i in idx])
    if args.write:
        write_header(fit(pages))


if __name__ == '__main__':
    main()
