#!/usr/bin/env python3
"""Candidate pairs of articles of one SaudiNewsNet day that may tell one
happening in different words, for a development set of merges
(dev-pairs6-0809.md). Prints order | id_a | id_b | shared | jaccard | titles.

Usage:
    python3 docs/handcheck/pair_candidates.py DAY SEED N

The day's articles are shuffled with random.Random(SEED) (as sample.py
--articles); for each article in that order, the partner is the unused
article whose title and first 300 characters share the most rare words
(in under 2% of the day's articles, three letters or more), at least 4;
pairs whose whole texts share half their words or more (one wire copied)
are dropped. Whether a pair tells one happening is decided by reading.
"""
import json
import random
import re
import sys
from collections import Counter

day = sys.argv[1]
arts=[json.loads(l) for l in open(f'../shared/corpus/saudinewsnet/{day}.jsonl')]
random.Random(int(sys.argv[2])).shuffle(arts)
def words(s):
    s=re.sub('[إأآ]','ا',s); s=s.replace('ة','ه').replace('ى','ي')
    return [w for w in re.findall(r'\w+',s)]
from collections import Counter
df=Counter()
for a in arts:
    df.update(set(words(a['title']+' '+a['text'][:300])))
N=len(arts)
def cw(a):
    return {w for w in words(a['title']+' '+a['text'][:300]) if len(w)>2 and df[w] < N*0.02}
sigs=[cw(a) for a in arts]
full=[set(words(a['text'])) for a in arts]
used=set(); out=[]
for i,a in enumerate(arts):
    if a['id'] in used: continue
    best=None
    for j,b in enumerate(arts):
        if j==i or b['id'] in used: continue
        s=len(sigs[i]&sigs[j])
        if s>=4 and (best is None or s>best[0]): best=(s,j)
    if not best: continue
    j=best[1]; b=arts[j]
    jac=len(full[i]&full[j])/max(1,len(full[i]|full[j]))
    if jac>=0.5: continue
    out.append((i+1,a['id'],b['id'],best[0],round(jac,2),a['title'],b['title']))
    used.add(a['id']); used.add(b['id'])
    if len(out)>=int(sys.argv[3]): break
for o in out: print(*o, sep=' | ')
