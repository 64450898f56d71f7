"""Independent check of the figures in PairedProportionsTests and ReportTests (run once by hand:
python3 newcombe_check.py). Newcombe 1998 method 10, written from the paper's formulas, not from the C#.
Counts are (e, f, g, h) in Newcombe's notation with the AFTER answer as his first test:
e = right both times, f = right after only (WrongToRight), g = right before only (RightToWrong), h = wrong both."""
import math

Z = 1.959963984540054


def wilson(x, n, z=Z):
    p = x / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def method10(e, f, g, h, z=Z):
    n = e + f + g + h
    p1, p2 = (e + f) / n, (e + g) / n
    l1, u1 = wilson(e + f, n, z)
    l2, u2 = wilson(e + g, n, z)
    den = (e + f) * (g + h) * (e + g) * (f + h)
    a = e * h - f * g
    phi = 0.0 if den == 0 else (a - n / 2 if a > n / 2 else 0 if a >= 0 else a) / math.sqrt(den)
    lo = p1 - p2 - math.sqrt((p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2)
    hi = p1 - p2 + math.sqrt((u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2)
    return n, p2, p1, p1 - p2, max(-1.0, lo), min(1.0, hi)


def show(name, both_right, right_to_wrong, wrong_to_right, both_wrong):
    n, before, after, gain, lo, hi = method10(both_right, wrong_to_right, right_to_wrong, both_wrong)
    print(f"{name}: pairs {n} before {before:.4f} after {after:.4f} gain {gain:.4f} ({lo:.4f}, {hi:.4f})")


def add(*counts):
    return tuple(sum(c[i] for c in counts) for i in range(4))


# PairCounts(BothRight, RightToWrong, WrongToRight, BothWrong)
show("hand fixture", 20, 3, 12, 5)
show("nobody right", 0, 0, 0, 7)

# ReportTests fixture: session A (Dhaka, urban), B (Satkhira, rural), C (dhaka, urban)
A = {("Girl", "13", "t1"): (6, (10, 1, 5, 2)), ("Boy", "13", "t1"): (7, (9, 2, 6, 4)), ("NotSaid", "NotSaid", "t1"): (2, (2, 0, 3, 1)),
     ("Girl", "13", "t2"): (5, (5, 1, 6, 3)), ("Boy", "13", "t2"): (7, (8, 3, 5, 5)), ("NotSaid", "NotSaid", "t2"): (2, (1, 1, 2, 2))}
B = {("Girl", "15", "t1"): (9, (12, 2, 9, 4)), ("Boy", "15", "t1"): (3, (3, 1, 3, 2)),
     ("Girl", "15", "t2"): (8, (6, 2, 10, 6)), ("Boy", "15", "t2"): (3, (2, 1, 4, 2))}
C = {("Girl", "17", "t1"): (4, (5, 1, 4, 2)), ("Boy", "17", "t1"): (5, (6, 2, 5, 2))}


def pairs(sessions, keep=lambda k: True):
    return add(*[v[1] for s in sessions for k, v in s.items() if keep(k)])


show("A t1", *pairs([A], lambda k: k[2] == "t1"))
show("A t2", *pairs([A], lambda k: k[2] == "t2"))
show("A all topics", *pairs([A]))
show("all t1", *pairs([A, B, C], lambda k: k[2] == "t1"))
show("all t2", *pairs([A, B, C], lambda k: k[2] == "t2"))
show("all topics", *pairs([A, B, C]))
show("girls", *pairs([A, B, C], lambda k: k[0] == "Girl"))
show("urban", *pairs([A, C]))
show("rural", *pairs([B]))
show("13-14", *pairs([A], lambda k: k[1] == "13"))
show("15-16", *pairs([B]))
