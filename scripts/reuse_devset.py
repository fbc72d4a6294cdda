#!/usr/bin/env python3
"""Builds the reuse development set (tests/data/reuse_devset.jsonl).

Pairs of (source, suspicious) text made from the fixture articles:
  positives  a window of three body paragraphs, transformed:
             cut (sentences dropped, grade 3), reorder (sentences shuffled,
             grade 2), synonym (WordNet synonyms, grade 2), roundtrip
             (apertium eng→spa→eng, grade 1), heavy (round trip + reorder +
             cut, grade 1)
             partial (half the window's sentences round-tripped, followed by
             a paragraph window that is not derived, grade 1)
  negatives  (grade 0) two windows on the same story that do not overlap:
             adjacent and distant windows of one article, and 000's second half (Gaza,
             campus protests) against 002/003/004, which never cover it;
             the suspicious side is round-tripped or synonym-replaced too, so
             that "was transformed" never tells a positive from a negative.

Needs Debian's apertium + apertium-eng-spa and wordnet-base. Deterministic
for a seed (apertium's output aside). Usage: scripts/reuse_devset.py [--seed N]
"""
import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDNET = "/usr/share/wordnet"
STOP = set("""a an the and or but of to in on at by for with from as is are was were be been being
have has had do does did will would can could should may might must this that these those it its
he she they we you i his her their our your not no so if than then there here who whom which what
when where why how all any each some such very also just only said says say told""".split())


def body_paragraphs(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.strip() for l in f.read().replace("\r", "").split("\n")]
    # Furniture lines are short; body paragraphs are sentences.
    return [l for l in lines if len(l.split()) >= 15 and not l.endswith("…")]


def sentences(text):
    return [s for s in re.split(r'(?<=[.!?”"])\s+(?=[A-Z“"])', text) if s]


def load_wordnet():
    syn = {}
    for pos in ("noun", "verb", "adj", "adv"):
        index = {}
        with open(os.path.join(WORDNET, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                lemma, n_synsets, n_ptrs = parts[0], int(parts[2]), int(parts[3])
                offsets = parts[4 + n_ptrs + 2:]
                if offsets:
                    index[lemma] = offsets[0]  # most frequent sense
        data = {}
        with open(os.path.join(WORDNET, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                n = int(parts[3], 16)
                words = [parts[4 + 2 * k].split("(")[0] for k in range(n)]
                data[parts[0]] = [w for w in words if "_" not in w]
        for lemma, off in index.items():
            if "_" in lemma or lemma in syn:
                continue
            others = [w for w in data.get(off, []) if w.lower() != lemma]
            if others:
                syn[lemma] = others[0]
    return syn


def synonym(text, rng, syn, share=0.35):
    def repl(m):
        w = m.group(0)
        if w.lower() in STOP or not w.islower() or w not in syn or rng.random() > share:
            return w
        return syn[w]
    return re.sub(r"[A-Za-z]+", repl, text)


def roundtrip(text):
    spa = subprocess.run(["apertium", "-u", "eng-spa"], input=text, capture_output=True, text=True, check=True).stdout
    return subprocess.run(["apertium", "-u", "spa-eng"], input=spa, capture_output=True, text=True, check=True).stdout.strip()


def cut(text, rng, keep=0.65):
    s = sentences(text)
    kept = [x for x in s if rng.random() < keep] or s[:1]
    return " ".join(kept)


def reorder(text, rng):
    paras = []
    for p in text.split("\n"):
        s = sentences(p)
        rng.shuffle(s)
        paras.append(" ".join(s))
    rng.shuffle(paras)
    return "\n".join(paras)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=os.path.join(ROOT, "tests", "data", "reuse_devset.jsonl"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    syn = load_wordnet()
    arts = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "*", "articles", "*.txt"))):
        arts[os.path.basename(path)[:3]] = body_paragraphs(path)
    windows = []  # (article, first paragraph, text)
    for name, paras in arts.items():
        for i in range(0, len(paras) - 2, 3):
            windows.append((name, i, "\n".join(paras[i:i + 3])))
    pairs = []

    def add(kind, grade, src, sus):
        pairs.append({"id": "%03d-%s" % (len(pairs), kind), "kind": kind, "grade": grade,
                      "label": 1 if grade > 0 else 0, "source": src, "suspicious": sus})

    for name, i, text in windows:
        add("cut", 3, text, cut(text, rng))
        add("reorder", 2, text, reorder(text, rng))
        add("synonym", 2, text, synonym(text, rng, syn))
        add("roundtrip", 1, text, roundtrip(text))
        add("heavy", 1, text, cut(reorder(roundtrip(text), rng), rng, keep=0.75))
        # Same-article negatives: the next window, and one at least two windows away.
        nxt = [w for w in windows if w[0] == name and w[1] == i + 3]
        if nxt:
            other = nxt[0][2]
            add("negative-adjacent", 0, text, roundtrip(other) if rng.random() < 0.5 else synonym(other, rng, syn))
        far = [w for w in windows if w[0] == name and abs(w[1] - i) >= 6]
        if far:
            other = rng.choice(far)[2]
            add("negative-same-article", 0, text, roundtrip(other) if rng.random() < 0.5 else synonym(other, rng, syn))
            add("partial", 1, text, roundtrip(cut(text, rng, keep=0.5)) + "\n" + synonym(rng.choice(far)[2], rng, syn))
    # Cross-article negatives: 000's second half (Gaza, protests) is in none of 002-004.
    gaza = [w for w in windows if w[0] == "000" and w[1] >= 15]
    for name in ("002", "003", "004"):
        for w in [w for w in windows if w[0] == name]:
            other = rng.choice(gaza)[2]
            add("negative-other-article", 0, w[2], roundtrip(other) if rng.random() < 0.5 else synonym(other, rng, syn))
    with open(args.out, "w", encoding="utf-8") as f:
        for p in pairs:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print("%d pairs (%d positive) -> %s" % (len(pairs), sum(p["label"] for p in pairs), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
