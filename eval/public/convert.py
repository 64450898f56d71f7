#!/usr/bin/env python3
"""Turns public labelled sets into eval-moderation TSVs (id lang label category pii text note), to MEASURE the
moderation filter on text no one here wrote. Nothing converted is committed: the sets' licences differ (see
docs/benchmarks.md), so fetch each set yourself and convert it into a folder outside the repository.

    python3 eval/public/convert.py davidson labeled_data.csv            > /tmp/pub/davidson.tsv
    python3 eval/public/convert.py bengali-toxic Multi_labeled_toxic_comments.csv > /tmp/pub/bntoxic.tsv
    python3 eval/public/convert.py tb-olid test.json                   > /tmp/pub/tbolid.tsv

Categories: Davidson hate / offensive (ok: neither); the Bengali toxic comments' six labels, one row per label a comment
carries (so per-category recall is exact; the overall flag recall counts a comment once per label; ok: non-toxic);
TB-OLID offensive-individual / -group / -untargeted (ok: not-offensive)."""
import csv, json, sys


def clean(text):
    return " ".join(str(text).split())


def main(kind, path):
    out = sys.stdout
    out.write("id\tlang\tlabel\tcategory\tpii\ttext\tnote\n")
    if kind == "davidson":
        for r in csv.DictReader(open(path, encoding="utf-8")):
            label, cat = {"0": ("flag", "hate"), "1": ("flag", "offensive")}.get(r["class"], ("ok", "neither"))
            out.write(f"d{r['']}\ten\t{label}\t{cat}\t-\t{clean(r['tweet'])}\t-\n")
    elif kind == "bengali-toxic":
        rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
        cats = [k for k in rows[0].keys() if k != "text"]
        for i, r in enumerate(rows):
            labels = [k for k in cats if r[k].strip() == "1"]
            if not labels:
                out.write(f"b{i}\tbn\tok\tnon-toxic\t-\t{clean(r['text'])}\t-\n")
            for k in labels:
                out.write(f"b{i}-{k}\tbn\tflag\t{k.lower()}\t-\t{clean(r['text'])}\t-\n")
    elif kind == "tb-olid":
        for i, r in enumerate(json.load(open(path, encoding="utf-8"))):
            text = clean(r["text"]).strip('"').strip()
            if r["offensive_gold"] == "O":
                cat = {"I": "individual", "G": "group", "U": "untargeted"}.get(r["target_gold"], str(r["target_gold"]))
                out.write(f"t{i}\tbanglish\tflag\toffensive-{cat}\t-\t{text}\t-\n")
            else:
                out.write(f"t{i}\tbanglish\tok\tnot-offensive\t-\t{text}\t-\n")
    else:
        sys.exit(f"unknown set '{kind}': davidson, bengali-toxic or tb-olid")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
