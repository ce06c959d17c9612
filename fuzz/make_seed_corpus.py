#!/usr/bin/env python3
"""Writes a seed corpus for parse_fuzzer: every #data snippet of the
html5lib-tests tree-construction and encoding suites, one file each.

The first byte of a fuzzer input selects the parse options (see
parse_fuzzer.cc): bits 0-2 the charset hint, bits 3-6 the fragment context,
bit 7 the scripting flag. Each seed gets the selector that reproduces its test:
its #document-fragment context when the fuzzer knows it, scripting on for
#script-on tests.

usage: make_seed_corpus.py HTML5LIB_TESTS_DIR OUT_DIR
"""
import glob
import hashlib
import os
import sys

# Must match kContexts in parse_fuzzer.cc (index = bits 3-6 of the selector).
CONTEXTS = ["", "", "body", "div", "td", "tbody", "caption", "table", "select", "template",
            "textarea", "plaintext", "svg desc", "math mi", "math annotation-xml", "html"]
SCRIPTING = 0x80


def tests_in(path):
    """Yields dicts of section name -> text for each test in a .dat file."""
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    test, section = {}, None
    for line in lines:
        if line.startswith(b"#") and line[1:].strip().replace(b"-", b"").isalpha():
            name = line[1:].decode()
            if name == "data" and test:
                yield test
                test = {}
            section = name
            test[section] = []
        elif section is not None:
            test[section].append(line)
    if test:
        yield test


def selector_for(test):
    selector = 0
    context = b"\n".join(test.get("document-fragment", [])).strip().decode()
    if context and context in CONTEXTS:
        selector |= CONTEXTS.index(context) << 3
    elif context:
        return None  # a context the fuzzer cannot express; the data alone is still a seed
    if "script-on" in test:
        selector |= SCRIPTING
    return selector


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    suite, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    written = set()
    paths = sorted(glob.glob(os.path.join(suite, "tree-construction", "*.dat")) +
                   glob.glob(os.path.join(suite, "encoding", "*.dat")))
    for path in paths:
        for test in tests_in(path):
            # The data section ends with the newline before the next section.
            data = b"\n".join(test.get("data", []))
            selector = selector_for(test)
            for sel in ([selector] if selector is not None else []) + [0]:
                seed = bytes([sel]) + data
                name = hashlib.sha1(seed).hexdigest()
                if name in written:
                    continue
                written.add(name)
                with open(os.path.join(out, name), "wb") as f:
                    f.write(seed)
    print(f"{len(written)} seeds from {len(paths)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
