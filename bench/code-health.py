#!/usr/bin/env python3
"""Figures of the code's shape, for the closing notes of code-health work.

Prints the largest classes, the methods and constructors that take six or more parameters, the
fully-qualified org.scrutiny names written inline instead of imported, and the `X[] holder =
new X[1]` idiom. Run from the repository root: python3 bench/code-health.py
"""
import pathlib
import re
import sys

ROOT = pathlib.Path("src/main/java")
DECL = re.compile(
    r"(?:(public|protected|private)\s+)?(?:static\s+|final\s+|abstract\s+|synchronized\s+)*"
    r"(?:<[^>]+>\s+)?(?:[\w.<>\[\], ?]+\s+)?(\w+)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?:throws\s+[\w., ]+)?\s*\{",
    re.S)
KEYWORDS = {"if", "for", "while", "switch", "catch", "synchronized", "return", "new", "else", "try"}


def params(text):
    depth, count, seen = 0, 0, False
    for ch in text:
        if ch in "<(":
            depth += 1
        elif ch in ">)":
            depth -= 1
        elif ch == "," and depth == 0:
            count += 1
        if not ch.isspace():
            seen = True
    return count + 1 if seen else 0


def main():
    files = sorted(ROOT.rglob("*.java"))
    sizes = sorted(((len(f.read_text().splitlines()), f) for f in files), reverse=True)
    print("Largest classes (lines):")
    for n, f in sizes[:10]:
        print(f"  {n:5d}  {f.relative_to(ROOT)}")
    long_lists, public_long = [], 0
    fqn = holders = 0
    for f in files:
        text = f.read_text()
        body = "\n".join(l for l in text.splitlines() if not l.startswith(("import ", "package ")))
        stripped = re.sub(r"/\*.*?\*/|//[^\n]*|\"(?:\\.|[^\"\\])*\"", "", body, flags=re.S)
        fqn += len(re.findall(r"(?<![\w.])(?:java|javax|jakarta|org|com|de|net)\.[a-z_]+(?:\.[a-z_]\w*)*\.[A-Z]\w*", stripped))
        holders += len(re.findall(r"\w+\[\]\s+\w+\s*=\s*new\s+\w+\[1\]", stripped))
        for m in DECL.finditer(stripped):
            name = m.group(2)
            if name in KEYWORDS:
                continue
            n = params(m.group(3))
            if n >= 6:
                head = m.group(0)[: m.group(0).index(name + "(") if name + "(" in m.group(0) else 0]
                kind = "constructor or record" if name[0].isupper() else "method"
                vis = "public" if re.search(r"\bpublic\b", head) else "other"
                long_lists.append((n, kind, vis, f.relative_to(ROOT), name))
    methods = [e for e in long_lists if e[1] == "method"]
    print(f"\nMethods with six or more parameters: {len(methods)} "
          f"({sum(1 for e in methods if e[2] == 'public')} public); constructors and records: "
          f"{len(long_lists) - len(methods)} (injected collaborators and record components)")
    if "-v" in sys.argv:
        for n, kind, vis, f, name in sorted(methods, reverse=True):
            print(f"  {n:2d}  {vis:6s} {f}:{name}")
    print(f"Fully-qualified names written inline: {fqn}")
    print(f"X[] holder = new X[1]: {holders}")


if __name__ == "__main__":
    main()
