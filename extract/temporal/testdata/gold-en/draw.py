# Draws the English gold articles: python3 draw.py [reuters21578.jsonl]
import json,random,os,sys
path=sys.argv[1] if len(sys.argv)>1 else os.path.join(os.environ.get('TARIKH_SHARED','../shared'),'corpus/reuters21578/reuters21578.jsonl')
rows=[]
with open(path) as f:
    for n,l in enumerate(f,1):
        if n>15000: break
        a=json.loads(l)
        t=a['text']
        if not (700<=len(t)<=2200): continue
        ns=[c for c in t if not c.isspace()]
        if sum(c.isalpha() for c in ns)/len(ns)<0.75: continue
        if int(a['id'].split('-')[1])>=15001: continue
        rows.append((n,a['id'],a['date'],len(t)))
random.seed(20241205)
pick=sorted(random.sample(rows,16))
for p in pick: print(*p)
