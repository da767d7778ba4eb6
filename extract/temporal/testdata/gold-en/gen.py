# Writes annotations.csv from spec.py: python3 gen.py [reuters21578.jsonl]
import json,re,csv,sys,os
from spec import SPEC
path=sys.argv[1] if len(sys.argv)>1 else os.path.join(os.environ.get('TARIKH_SHARED','../shared'),'corpus/reuters21578/reuters21578.jsonl')
arts={}
with open(path) as f:
    for n,l in enumerate(f,1):
        if n>15000: break
        a=json.loads(l); arts[a['id']]=a
w=csv.writer(open('annotations.csv','w',newline=''),lineterminator='\n')
w.writerow(["doc","dct","start","end","text","type","value","mod"])
n=0
for doc,dct,rows in SPEC:
    t=arts[doc]['text']
    out=[]
    for text,nth,typ,val,mod in rows:
        pat=r'(?<!\w)'+re.escape(text)+r'(?!\w)'
        ms=list(re.finditer(pat,t))
        if len(ms)<nth: sys.exit(f"{doc}: {text!r} occurrence {nth} of {len(ms)}")
        m=ms[nth-1]
        out.append((m.start(),m.end(),t[m.start():m.end()],typ,val,mod))
    out.sort()
    for i in range(1,len(out)):
        if out[i][0]<out[i-1][1]: sys.exit(f"{doc}: overlap {out[i-1]} {out[i]}")
    for s,e,x,typ,val,mod in out:
        w.writerow([doc,dct,s,e,x,typ,val,mod]); n+=1
print(n,"rows")
