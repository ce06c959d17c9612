#!/usr/bin/env python3
"""Tune the extractor's key ScoringParams by coordinate search with k-fold CV.

Usage: tune_extractor.py [--driver build/eval/extract_driver] [--folds 5]
                         [--rounds 2] [--write]

Objective: the mean of F1 on readability, dragnet and cleanportaleval and the
snippet F1 on trafilatura (../shared/datasets). Every page is extracted once per
parameter setting (extract_driver --set ...); per-page counts are cached, so a
fold's metric is an aggregation, not a rerun. Pages are assigned to folds by a
hash of their id. For each fold the search runs on the other folds and is scored
on the held-out one (the cross-validated estimate printed at the end); the final
values come from a search over all pages and, with --write, replace the
defaults marked [tuned] in src/extract/scoring_constants.h.
"""
import argparse, hashlib, json, os, re, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "tools"))
import score  # noqa: E402  (the reference scorer)

SETS = ["readability", "dragnet", "cleanportaleval", "trafilatura"]
# Parameter → candidate values. The current default (read from
# scoring_constants.h) is always tried as well.
GRID = {
    "min_scoring_chars": [15, 25, 40],
    "class_weight": [10, 25, 40],
    "sibling_score_fraction": [0.1, 0.2, 0.3],
    "max_link_density": [0.35, 0.5, 0.65],
    "min_article_chars": [150, 250, 500],
    "grandparent_share": [0.3, 0.5, 0.7],
    "include_title": [0, 1],
    "trim_edges": [0, 1],
    "expand_siblings": [0, 1],
    "expand_article": [0, 1],
    "cousin_levels": [0, 2, 3, 4],
    "rival_prose_ratio": [0, 2, 3, 5],
    "title_twin_fraction": [0, 0.1, 0.25, 0.5],
    "title_scraps": [0, 1, 2, 3, 5, 8],
    "trailing_scraps": [2, 3, 5, 8, 1000],
    "table_article_prose": [0, 300, 1000, 3000],
}
CONSTANTS = os.path.join(ROOT, "src", "extract", "scoring_constants.h")


def read_defaults():
    text = open(CONSTANTS).read()
    out = {}
    for name in GRID:
        m = re.search(rf"double {name} = ([0-9.]+);", text)
        v = float(m.group(1))
        out[name] = int(v) if v == int(v) else v
    return out


DEFAULTS = read_defaults()

MANIFESTS = {s: score.load_jsonl(os.path.join(SHARED, "datasets", s, "manifest.jsonl")) for s in SETS}


def fold_of(page_id, k):
    return int(hashlib.md5(page_id.encode()).hexdigest(), 16) % k


def norm(s):
    return " ".join((s or "").split())


def page_stats(m, out):
    """Per-page contribution: ('text', p, r, has_p, has_r) or ('snip', tp, fp, fn, tn)."""
    if m.get("text") is not None:
        tp, fp, fn = score.page_counts(m["text"], out)
        return ("text", score.prec(tp, fp, fn), score.rec(tp, fp, fn), tp + fp > 0, tp + fn > 0)
    o = norm(out)
    w = [norm(s) in o for s in m.get("with") or []]
    wo = [norm(s) in o for s in m.get("without") or []]
    return ("snip", sum(w), sum(wo), len(w) - sum(w), len(wo) - sum(wo))


CACHE = {}


def evaluate(driver, params):
    key = tuple(sorted(params.items()))
    if key in CACHE:
        return CACHE[key]
    setting = ",".join(f"{k}={v}" for k, v in sorted(params.items()))

    def run(s):
        with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as t:
            path = t.name
        subprocess.run([driver, os.path.join(SHARED, "datasets", s, "manifest.jsonl"), "--out", path,
                        "--set", setting], check=True, stderr=subprocess.DEVNULL)
        preds = {d["id"]: d.get("text") or "" for d in score.load_jsonl(path)}
        os.unlink(path)
        return s, {m["id"]: page_stats(m, preds.get(m["id"], "")) for m in MANIFESTS[s]}

    with ThreadPoolExecutor(max_workers=2) as ex:
        stats = dict(ex.map(run, SETS))
    CACHE[key] = stats
    return stats


def objective(stats, keep):
    """Mean per-set F1 over pages for which keep(page_id) is true."""
    f1s = []
    for s in SETS:
        ps, rs, snip = [], [], [0, 0, 0, 0]
        for pid, st in stats[s].items():
            if not keep(pid):
                continue
            if st[0] == "text":
                if st[3]: ps.append(st[1])
                if st[4]: rs.append(st[2])
            else:
                for i in range(4): snip[i] += st[i + 1]
        if ps or rs:
            P = sum(ps) / len(ps) if ps else 0; R = sum(rs) / len(rs) if rs else 0
        else:
            tp, fp, fn, _ = snip
            P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
        f1s.append(2 * P * R / (P + R) if P + R else 0)
    return sum(f1s) / len(f1s)


def coordinate_search(driver, keep, rounds, log=None):
    best = dict(DEFAULTS)
    best_score = objective(evaluate(driver, best), keep)
    for _ in range(rounds):
        improved = False
        for name, values in GRID.items():
            for v in values:
                if v == best[name]:
                    continue
                trial = dict(best, **{name: v})
                sc = objective(evaluate(driver, trial), keep)
                if sc > best_score + 1e-4:
                    best, best_score, improved = trial, sc, True
                    if log: log(f"  {name}={v}: {sc:.4f}")
        if not improved:
            break
    return best, best_score


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", default=os.path.join(ROOT, "build", "eval", "extract_driver"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    k = a.folds
    base = objective(evaluate(a.driver, DEFAULTS), lambda p: True)
    print(f"defaults: {base:.4f}", flush=True)
    cv = []
    for f in range(k):
        params, train = coordinate_search(a.driver, lambda p: fold_of(p, k) != f, a.rounds)
        held = objective(evaluate(a.driver, params), lambda p: fold_of(p, k) == f)
        held_default = objective(evaluate(a.driver, DEFAULTS), lambda p: fold_of(p, k) == f)
        cv.append((held, held_default))
        print(f"fold {f}: train {train:.4f} held-out {held:.4f} (defaults {held_default:.4f}) {params}",
              flush=True)
    print(f"CV estimate: tuned {sum(c[0] for c in cv) / k:.4f}, defaults {sum(c[1] for c in cv) / k:.4f}")
    final, sc = coordinate_search(a.driver, lambda p: True, a.rounds, log=print)
    print(f"final (all pages) {sc:.4f}: {json.dumps(final)}")
    if a.write:
        path = CONSTANTS
        text = open(path).read()
        for name, v in final.items():
            text = re.sub(rf"(double {name} = )[0-9.]+;", rf"\g<1>{v};", text)
        open(path, "w").write(text)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
