#!/usr/bin/env python3
"""Agreement of two labellings of one real-text batch, mention by mention (the first as reference):
  python3 tools/label_agree.py FIRST.jsonl SECOND.jsonl [--diff]
prints F1 of the second against the first and, with --diff, each case where they part."""
import json,sys
a=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
b=[json.loads(l) for l in open(sys.argv[2]) if l.strip()]
assert len(a)==len(b),(len(a),len(b))
def ms(d): return {(e['kind'],e['date'],e.get('end') if e.get('end')!=e['date'] else None) for e in d['expected']}
tp=fp=fn=0;diffs=[]
for i,(x,y) in enumerate(zip(a,b),1):
    assert x['text']==y['text'],i
    A,B=ms(x),ms(y)
    tp+=len(A&B);fn+=len(A-B);fp+=len(B-A)
    if A!=B: diffs.append((i,A-B,B-A,x))
f=2*tp/(2*tp+fp+fn) if tp else 0
print(f'agreement {f:.3f} both {tp} only_first {fn} only_second {fp} cases_differ {len(diffs)}')
if '--diff' in sys.argv:
    for i,oa,ob,x in diffs:
        print(f'--- {i} today {x["today"]} lang {x["lang"]}  only first: {sorted(oa,key=str)}  only second: {sorted(ob,key=str)}')
        print('   ',x['text'][:1500].replace('\n',' / '))
