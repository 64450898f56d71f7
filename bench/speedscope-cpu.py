#!/usr/bin/env python3
"""Where the CPU went in a dotnet-trace speedscope file (--profile dotnet-sampled-thread-time --format speedscope):
python3 bench/speedscope-cpu.py FILE.speedscope.json [N] ['Pattern|Other'].
Counts only samples in managed code (the CPU_TIME pseudo-frame on top), then prints the N frames with the most time
of their own and the frames matching the patterns with their inclusive share. Used in docs/benchmarks.md (issue 11)."""
import json, sys, collections
d = json.load(open(sys.argv[1]))
frames = [f['name'] for f in d['shared']['frames']]
own, inclusive, total = collections.Counter(), collections.Counter(), 0
for profile in d['profiles']:
    stack, last = [], None
    for e in profile['events']:
        if last is not None and stack and frames[stack[-1]] == 'CPU_TIME':
            w = e['at'] - last
            own[frames[stack[-2]] if len(stack) > 1 else '?'] += w
            total += w
            for f in set(stack):
                inclusive[frames[f]] += w
        last = e['at']
        if e['type'] == 'O':
            stack.append(e['frame'])
        else:
            stack.pop()
n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
patterns = sys.argv[3].split('|') if len(sys.argv) > 3 else ['Sajag']
print(f'samples in managed code: {total:.0f} ms')
print('--- own time')
for k, v in own.most_common(n):
    print(f'{v / total * 100:5.1f}% {k[:160]}')
print('--- inclusive, frames matching', '|'.join(patterns))
shown = 0
for k, v in inclusive.most_common():
    if shown < 60 and v / total > 0.01 and any(p in k for p in patterns):
        print(f'{v / total * 100:5.1f}% {k[:160]}')
        shown += 1
