#!/usr/bin/env python3
"""html5lib-tests tree-construction runner: runs every case of
tree-construction/*.dat (not scripted/) through the pith CLI, one process per
case, and compares the html5lib tree dump.

    tree_construction.py PITH_BINARY TESTS_DIR KNOWN_FAILURES [-v] [-j N]

A case is `file.dat:INDEX` (INDEX counts the #data blocks of the file from 0).
Cases marked #script-on or #script-off run once in that mode; cases with neither
run with scripting off and on and pass only if both dumps match (so each .dat
block counts exactly once). The run fails when a failure is not listed in the
known-failures file (`file.dat:INDEX reason`, '#' starts a comment) or when
fewer than 98% of the cases pass. Python 3 standard library only.
"""

import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

MIN_PASS_RATE = 0.98
TIMEOUT_SECONDS = 20


def parse_dat(path):
    """Yields dicts with data, fragment, scripting (None/'on'/'off'), document."""
    with open(path, encoding="utf-8", newline="\n") as f:
        lines = f.read().split("\n")
    starts = [i for i, line in enumerate(lines) if line == "#data" and (i == 0 or lines[i - 1] == "")]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        chunk = lines[start:end]
        # Drop the blank separator line(s) at the end of the block.
        while chunk and chunk[-1] == "":
            chunk.pop()
        sections = {}
        current = None
        for line in chunk:
            if line in ("#data", "#errors", "#new-errors", "#document-fragment", "#script-on",
                        "#script-off", "#document") and (current != "#data" or line == "#errors"):
                current = line
                sections.setdefault(current, [])
                continue
            if current is not None:
                sections[current].append(line)
        scripting = None
        if "#script-on" in sections:
            scripting = "on"
        elif "#script-off" in sections:
            scripting = "off"
        fragment = sections.get("#document-fragment")
        yield {
            "data": "\n".join(sections.get("#data", [])),
            "fragment": fragment[0] if fragment else None,
            "scripting": scripting,
            "document": "\n".join(sections.get("#document", [])),
        }


def run_case(binary, case, scripting):
    cmd = [binary, "parse", "--tree", "--charset", "utf-8", "--scripting", scripting]
    if case["fragment"] is not None:
        cmd += ["--fragment", case["fragment"]]
    cmd.append("-")
    try:
        proc = subprocess.run(cmd, input=case["data"].encode("utf-8", "surrogatepass"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if proc.returncode != 0:
        return None, "exit code %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace"))
    out = proc.stdout.decode("utf-8", "replace")
    if out.endswith("\n"):
        out = out[:-1]
    return out, None


def check(binary, case):
    """Returns None when the case passes, else a failure description."""
    modes = [case["scripting"]] if case["scripting"] else ["off", "on"]
    for mode in modes:
        got, err = run_case(binary, case, mode)
        if err:
            return "scripting %s: %s" % (mode, err)
        if got != case["document"]:
            diff = "\n".join(difflib.unified_diff(case["document"].split("\n"), got.split("\n"),
                                                  "expected", "pith", lineterm=""))
            return "scripting %s:\n%s" % (mode, diff)
    return None


def load_known(path):
    known = {}
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
                if not line:
                    continue
                key, _, reason = line.partition(" ")
                known[key] = reason.strip()
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("tests_dir")
    ap.add_argument("known_failures")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each failure's diff")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-k", "--filter", default="", help="only cases whose id contains this")
    args = ap.parse_args()

    cases = []
    for name in sorted(os.listdir(args.tests_dir)):
        path = os.path.join(args.tests_dir, name)
        if not name.endswith(".dat") or not os.path.isfile(path):
            continue
        for index, case in enumerate(parse_dat(path)):
            case_id = "%s:%d" % (name, index)
            if args.filter in case_id:
                cases.append((case_id, case))

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda c: (c[0], c[1], check(args.binary, c[1])), cases))

    known = load_known(args.known_failures)
    passed = sum(1 for _, _, r in results if r is None)
    failed = len(results) - passed
    unexpected = []
    for case_id, case, result in results:
        if result is None:
            if case_id in known:
                print("note: %s passes now; remove it from the known failures" % case_id)
            continue
        listed = case_id in known
        if not listed:
            unexpected.append(case_id)
        if args.verbose:
            print("FAIL %s%s\n#data\n%s\n#fragment %s\n%s\n" % (
                case_id, " (known)" if listed else "", case["data"], case["fragment"], result))
    for case_id in unexpected:
        print("unexpected failure: %s" % case_id)
    print("tree-construction: %d passed, %d failed" % (passed, failed))
    rate = passed / len(results) if results else 0.0
    if unexpected or rate < MIN_PASS_RATE:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
