#!/usr/bin/env python3
"""Writes unfolded.txt: English words that the normaliser's Banglish folding (sh/s, bh/v, th/t, dh/d, gh/g, jh/j,
ph/f, kh/k, z/j) would turn into a different English word ("thong" -> "tong", "shame" -> "same", "then" -> "ten").
A folding that turns one real word into another is wrong, so TextNormaliser leaves these words as they are.

Source: /usr/share/dict/american-english (Debian package wamerican, SCOWL word list, free to use and copy).
Reproduce: apt-get install wamerican && python3 src/Sajag.Safety/Normalise/make-unfolded.py > src/Sajag.Safety/Normalise/unfolded.txt
Words of three letters or fewer are left out: they are too often Banglish spellings ("tho" for "to")."""
import re

words = {w.strip() for w in open('/usr/share/dict/american-english', encoding='utf-8') if re.fullmatch(r'[a-z]+', w.strip())}


def collapse(s):
    out = []
    for c in s:
        if not out or out[-1] != c:
            out.append(c)
    return ''.join(out)


def merge(s):
    out, k = [], 0
    while k < len(s):
        c, n = s[k], s[k + 1] if k + 1 < len(s) else ''
        if n == 'h' and c in 'sbtdgjpk':
            out.append({'b': 'v', 'p': 'f'}.get(c, c))
            k += 2
            continue
        out.append('j' if c == 'z' else c)
        k += 1
    return collapse(''.join(out))


print('# English words the Banglish folding would turn into another English word; written by make-unfolded.py, one a line,')
print('# as the normaliser holds them just before folding (letters typed twice already once: "sheet" as "shet").')
for key in sorted({collapse(w) for w in words if len(w) >= 4 and merge(collapse(w)) != collapse(w) and merge(collapse(w)) in words}):
    print(key)
