#!/usr/bin/env python3
"""CPU per thread name of a running process, once a second: python3 bench/thread-cpu.py PID OUT.
Each line: seconds since start, the process total and the six busiest thread names, in ms of CPU in that second
(from /proc/PID/task/*/stat). Used in docs/benchmarks.md (issue 11) to see JIT compilation and idle costs."""
import os,sys,time,collections
pid=sys.argv[1]; out=open(sys.argv[2],'w')
tck=os.sysconf('SC_CLK_TCK')
prev={}
def snap():
    d=collections.Counter()
    for t in os.listdir(f'/proc/{pid}/task'):
        try:
            s=open(f'/proc/{pid}/task/{t}/stat').read()
            name=s[s.index('(')+1:s.rindex(')')]
            f=s[s.rindex(')')+2:].split()
            d[(t,name)]=int(f[11])+int(f[12])
        except Exception: pass
    return d
last=snap(); t0=time.time()
while os.path.exists(f'/proc/{pid}'):
    time.sleep(1)
    try: cur=snap()
    except Exception: break
    byname=collections.Counter()
    for k,v in cur.items():
        byname[k[1]]+= v-last.get(k,0)
    tot=sum(byname.values())
    out.write(f"{time.time()-t0:6.1f} total {tot*1000//tck:5d}ms " + ' '.join(f"{n}={v*1000//tck}" for n,v in byname.most_common(6) if v)+"\n"); out.flush()
    last=cur
