import json,re,csv,sys
from spec import SPEC
w=csv.writer(open('annotations.csv','w',newline=''),lineterminator='\n')
w.writerow(["doc","dct","start","end","text","type","value","mod"])
n=0
for doc,dct,rows in SPEC:
    a=json.load(open(doc+'.json')); t=a['text']
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
