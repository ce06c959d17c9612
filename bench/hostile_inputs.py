#!/usr/bin/env python3
"""Generates hostile HTML inputs at two scales, to check that pith's parser
time and memory grow linearly with input size (bench/run_hostile.sh times them).

Each shape is written as OUT/<shape>.small.html (about 1 MB) and
OUT/<shape>.large.html (ten times as much of the same thing). The shapes are the
ones that make naive parsers quadratic or recursive: deep nesting, long lists of
active formatting elements, duplicate-attribute checks, scans to the end of
the input for a terminator that never comes, and the table/template machinery.

usage: hostile_inputs.py OUT_DIR [--only SHAPE ...]
"""
import argparse
import os
import random
import sys

# The small scale; the large one is LARGE_FACTOR times it.
SMALL_BYTES = 1_000_000
LARGE_FACTOR = 10
# Attribute counts on one tag are given by the brief rather than by bytes.
SMALL_ATTRIBUTES = 300_000


def repeat_to(unit, size, prefix="", suffix=""):
    """prefix + unit repeated until the whole is about `size` bytes + suffix."""
    body = max(size - len(prefix) - len(suffix), 0)
    return prefix + unit * max(body // len(unit), 1) + suffix


def filler_text(size, seed):
    """Text with some '<', '-' and '"' that never closes anything."""
    rng = random.Random(seed)
    words = ["lorem", "ipsum", "a<b", "x - y", "--", "<", "</scrip", "</", "=\"", "&amp;", "é", "日本"]
    parts, n = [], 0
    while n < size:
        w = rng.choice(words) + " "
        parts.append(w)
        n += len(w.encode())
    return "".join(parts)


def base36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def many_attributes(count):
    # Distinct short names: a duplicate check that compares every pair is 4.5e10
    # comparisons at 300k, so quadratic code shows at once.
    return "<div" + "".join(" a" + base36(i) for i in range(count)) + ">x</div>"


def shapes(size, scale):
    """(name, text or bytes) for one scale; scale is 1 or LARGE_FACTOR."""
    rng = random.Random(1234 + scale)
    yield "deep_div", repeat_to("<div>", size)
    yield "deep_span_text", repeat_to("<span>x", size)
    yield "unclosed_formatting", repeat_to("<b><i><a>", size)
    # Distinct attributes defeat the Noah's Ark clause, so the active formatting
    # list really grows.
    n = size // 40
    yield "unclosed_formatting_attrs", "".join(f'<b id={i}><i id={i}><a id={i}>' for i in range(n))
    yield "formatting_then_text", repeat_to("<b><i><u><s>x</p>", size)
    yield "misnested_adoption", repeat_to("<b>1<p>2</b>3</p>", size)
    yield "many_attributes", many_attributes(SMALL_ATTRIBUTES * scale)
    yield "duplicate_attributes", repeat_to(" x=1", size, "<div", ">y</div>")
    yield "unterminated_comment", "<!--" + filler_text(size, scale)
    yield "unterminated_attribute", '<div title="' + filler_text(size, scale)
    yield "unterminated_script", "<script>" + filler_text(size, scale)
    yield "unterminated_escaped_script", "<script><!--<script>" + filler_text(size, scale)
    yield "unterminated_textarea", "<textarea>" + filler_text(size, scale)
    yield "unterminated_doctype", "<!DOCTYPE html PUBLIC \"" + filler_text(size, scale)
    yield "nul_bytes", repeat_to("\0<a\0 b\0=\0>\0<!--\0-->\0", size)
    yield "random_bytes", rng.randbytes(size)
    yield "random_tags", "".join(rng.choice(["<", ">", "/", "=", "\"", "'", "!", "-", "a", "p", "b",
                                             "table", "td", "svg", "&", ";", " ", "\n", "\0", "é"])
                                 for _ in range(size))
    yield "nested_tables", repeat_to("<table><tr><td>", size)
    yield "table_foster_text", repeat_to("<table>x", size)
    yield "nested_templates", repeat_to("<template>", size)
    yield "nested_svg", repeat_to("<svg><foreignObject>", size)
    yield "nested_select", repeat_to("<select><option>", size)
    yield "p_runs", repeat_to("<p>para ", size)
    yield "li_runs", repeat_to("<li>item ", size)
    yield "dd_dt_runs", repeat_to("<dt>a<dd>b", size)
    yield "entity_text", repeat_to("&amp;&lt;&eacute;&notin&notanentity;&#x1F600;&#0;&#x110000;text ", size,
                                   "<p>")
    yield "long_text", "<p>" + "x" * size
    yield "long_tag_name", "<" + "a" * size + ">"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--only", nargs="*", help="shape names to generate")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for scale, label in ((1, "small"), (LARGE_FACTOR, "large")):
        for name, content in shapes(SMALL_BYTES * scale, scale):
            if args.only and name not in args.only:
                continue
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            with open(os.path.join(args.out, f"{name}.{label}.html"), "wb") as f:
                f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
