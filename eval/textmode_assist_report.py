#!/usr/bin/env python3
"""Would text mode rescue HTML mode's weak pages? A cross-validated measurement (stdlib only).

Idea (issue 5 item 4): when HTML extraction finds nothing or little on a page
with plenty of visible text, run text mode over the page's fulltext rendering
(`pith --format fulltext`) and use its lines instead. This script measures
such rules honestly before any of them goes into src/api:

- text mode's output for a page comes from the out-of-fold predictions of
  eval/textmode_train.py --report (a model that never saw the page), never
  from the shipped weights, which were fitted on these very pages;
- HTML mode's output and the evidence a rule may look at (characters
  selected, Readability's readerable score, confidence, fallback pass …) come
  from eval/confidence_dump, i.e. what the extractor knows at run time;
- the thresholds of the parametrised rule are chosen on four folds and scored
  on the fifth (folds by a hash of the page id), per set.

  eval/textmode_assist_report.py --pith build/pith
        renders and cross-validates text mode (eval/textmode_train.py --report),
        then prints, per set, HTML mode, the per-page oracle (the better of the
        two on every page: the ceiling of any switch rule), each fixed rule and
        the cross-validated threshold rule, with how many pages each switches.
  --reuse-cv  use eval/results/textmode/cv_predictions.jsonl as it is

A rule is worth shipping only if no set's score drops. Measured when this
script was written (textmode model of 24 Nov, 84 features): no rule of the
grid qualifies. Switching where HTML selected nothing helps readability
(+.004, one page) and trafilatura (+.0005) but costs dragnet .008: its three
such pages are not articles (gold of a heading and a byline) and text mode
confidently returns a page's worth of text. The threshold rule's folds pick
"never" on dragnet, cleanportaleval and readability, and it gains .003 on
trafilatura only. The second opinion (trim HTML mode's tail where text mode
disagrees) moves every set by less than .002, up on some and down on others.
So pith::extract does not call text mode on HTML pages.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run_eval  # noqa: E402  the metric
import textmode_train as tm  # noqa: E402  renders, line splitting, CV output

SETS = ['readability', 'dragnet', 'cleanportaleval', 'trafilatura']
FOLDS = 5

# Fixed rules: (name, predicate over a page row) — switch to text mode when true.
FIXED_RULES = [
    ('HTML selected nothing', lambda r: r['chars'] == 0),
    ('not readerable, text mode 3x longer', lambda r: r['readerable'] < 20 and r['tm_chars'] > 3 * r['chars']),
    ('confidence < 0.35, text mode 3x longer', lambda r: r['confidence'] < 0.35 and r['tm_chars'] > 3 * r['chars']),
]
# The parametrised rule: readerable below R and text mode at least K times longer.
READERABLE_GRID = [0, 5, 10, 20, 40]
RATIO_GRID = [2, 3, 5, 10, 1e9]


# Second opinion: drop HTML mode's trailing lines of at most TRIM_CHARS
# characters that text mode left out, on pages where at least TRIM_AGREEMENT
# of HTML mode's lines are text mode's too.
TRIM_CHARS = [80, 200, 1000]
TRIM_AGREEMENT = [0.5, 0.8]


def trimmed_tail(html_lines, tm_lines, max_chars, min_agreement):
    if not tm_lines or not html_lines:
        return html_lines
    agree = sum(1 for l in html_lines if ' '.join(l.split()) in tm_lines) / len(html_lines)
    if agree < min_agreement:
        return html_lines
    out = list(html_lines)
    while len(out) > 1 and ' '.join(out[-1].split()) not in tm_lines and len(out[-1]) <= max_chars:
        out.pop()
    return out


def fold_of(page_id):
    return int(hashlib.md5(page_id.encode()).hexdigest(), 16) % FOLDS


def page_counts(m, text):
    """Per-page contribution to the set metric (as run_eval.score_set counts it)."""
    if m.get('text') is not None:
        p, r, _, has_p, has_g = run_eval.page_scores(m['text'], text)
        return ('text', p, r, has_p, has_g)
    flat = run_eval.squash(text)
    w = [run_eval.squash(s) in flat for s in m.get('with') or []]
    wo = [run_eval.squash(s) in flat for s in m.get('without') or []]
    return ('snip', sum(w), len(w) - sum(w), sum(wo), len(wo) - sum(wo))


def set_f1(contributions):
    if not contributions:
        return 0.0
    if contributions[0][0] == 'text':
        ps = [c[1] for c in contributions if c[3]]
        rs = [c[2] for c in contributions if c[4]]
        P = sum(ps) / len(ps) if ps else 0.0
        R = sum(rs) / len(rs) if rs else 0.0
    else:
        found = sum(c[1] for c in contributions)
        missed = sum(c[2] for c in contributions)
        leaked = sum(c[3] for c in contributions)
        P = found / (found + leaked) if found + leaked else 0.0
        R = found / (found + missed) if found + missed else 0.0
    return 2 * P * R / (P + R) if P + R else 0.0


def page_f1(c):
    if c[0] == 'text':
        p, r = c[1], c[2]
    else:
        p = c[1] / (c[1] + c[3]) if c[1] + c[3] else 0.0
        r = c[1] / (c[1] + c[2]) if c[1] + c[2] else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score_rule(rows, switch):
    return set_f1([r['tm'] if switch(r) else r['html'] for r in rows])


def load_rows(pith, name, cv):
    manifest = tm.load_manifest(name)
    texts = tm.render_fulltext(pith, name, manifest, False)
    dump = os.path.join(os.path.dirname(os.path.abspath(pith)), 'eval', 'confidence_dump')
    out = subprocess.run([dump, os.path.join(tm.DATASETS, name, 'manifest.jsonl')], check=True,
                         capture_output=True).stdout.decode('utf-8', 'replace')
    evidence = {d['id']: d for d in map(json.loads, out.split('\n')[:-1])}
    rows = []
    for m in manifest:
        if (name, m['id']) not in cv:
            continue
        lines = tm.split_lines(texts[m['id']])
        tm_text = '\n'.join(lines[k] for k in cv[(name, m['id'])])
        e = evidence[m['id']]
        tm_lines = {' '.join(lines[k].split()) for k in cv[(name, m['id'])]}
        html_lines = [l for l in e['text'].split('\n') if l.strip()]
        rows.append({'id': m['id'], 'chars': e['chars'], 'readerable': e['readerable'],
                     'confidence': e['confidence'], 'tm_chars': len(tm_text),
                     'html': page_counts(m, e['text']), 'tm': page_counts(m, tm_text),
                     'trims': {(c, a): page_counts(m, '\n'.join(trimmed_tail(html_lines, tm_lines, c, a)))
                               for c in TRIM_CHARS for a in TRIM_AGREEMENT}})
    return rows


def threshold_rule(R, K):
    return lambda r: r['readerable'] < R and r['tm_chars'] > K * max(r['chars'], 1)


def cross_validated(rows):
    """Held-out set F1 of the threshold rule (thresholds chosen on the other folds) and switches."""
    switched = []
    contributions = []
    for k in range(FOLDS):
        train = [r for r in rows if fold_of(r['id']) != k]
        test = [r for r in rows if fold_of(r['id']) == k]
        best = max(((score_rule(train, threshold_rule(R, K)), -R, -K) for R in READERABLE_GRID for K in RATIO_GRID))
        rule = threshold_rule(-best[1], -best[2])
        for r in test:
            s = rule(r)
            switched.append(s)
            contributions.append(r['tm'] if s else r['html'])
    return set_f1(contributions), sum(switched)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--pith', default=os.path.join(tm.ROOT, 'build', 'pith'))
    ap.add_argument('--reuse-cv', action='store_true')
    args = ap.parse_args()
    if not args.reuse_cv:
        subprocess.run([sys.executable, os.path.join(HERE, 'textmode_train.py'), '--pith', args.pith, '--report'],
                       check=True, stdout=subprocess.DEVNULL)
    cv = tm.read_predictions(os.path.join(tm.CACHE, 'cv_predictions.jsonl'))
    for name in SETS:
        rows = load_rows(args.pith, name, cv)
        html = score_rule(rows, lambda r: False)
        oracle = score_rule(rows, lambda r: page_f1(r['tm']) > page_f1(r['html']))
        print(f'{name:16} {len(rows):4} pages  HTML {html:.4f}  oracle {oracle:.4f}')
        for label, rule in FIXED_RULES:
            n = sum(1 for r in rows if rule(r))
            print(f'  {label:42} {score_rule(rows, rule):.4f}  ({n} pages switched)')
        cv_f1, n = cross_validated(rows)
        print(f'  {"threshold rule, 5-fold CV":42} {cv_f1:.4f}  ({n} pages switched)')
        for key in rows[0]['trims'] if rows else []:
            label = f'trim tail: lines <= {key[0]} chars, agreement {key[1]}'
            n = sum(1 for r in rows if r['trims'][key] != r['html'])
            print(f'  {label:42} {set_f1([r["trims"][key] for r in rows]):.4f}  ({n} pages changed)')


if __name__ == '__main__':
    main()
