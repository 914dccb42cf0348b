import csv,math,sys,collections,os
D='/work/main/docs/judging'
def wilson(k,n,z=1.96):
    p=k/n; d=1+z*z/n; c=(p+z*z/(2*n))/d; h=z*math.sqrt(p*(1-p)/n+z*z/(4*n*n))/d
    return 100*(c-h),100*(c+h)
def load(i,corpus):
    p=f'{D}/final{i}/{corpus}-random100.tsv'
    if not os.path.exists(p): return None
    r=list(csv.DictReader(open(p),delimiter='\t',quoting=csv.QUOTE_NONE))
    return r
def pool(a,b,corpus):
    k=n=0
    for i in range(a,b+1):
        r=load(i,corpus)
        if r is None: continue
        n+=len(r); k+=sum(1 for x in r if x['verdict'].strip()=='correct')
    return k,n
def fmt(k,n):
    lo,hi=wilson(k,n); return f'{k:,} of {n:,}, {100*k/n:.1f}% ({lo:.1f}–{hi:.1f})'
a,b=int(sys.argv[1]),int(sys.argv[2])
for lo in [a, 101, 99, 42]:
    ks=[];
    for c in ['reuters','bbc']:
        k,n=pool(lo,b,c); ks.append((k,n)); print(f'final{lo}–{b} {c}: {fmt(k,n)}')
    print(f'final{lo}–{b} both: {fmt(ks[0][0]+ks[1][0],ks[0][1]+ks[1][1])}')
# z of a..b against 42..a-1
for c in ['reuters','bbc']:
    k1,n1=pool(a,b,c); k0,n0=pool(42,a-1,c)
    p=(k1+k0)/(n1+n0); se=math.sqrt(p*(1-p)*(1/n1+1/n0)); print(c,'z vs 42–%d: %.2f'%(a-1,(k1/n1-k0/n0)/se))
    v=collections.Counter()
    for i in range(a,b+1): v.update(x['verdict'].strip() for x in load(i,c))
    print(c,'per 100:',{x:round(100*y/n1,1) for x,y in v.items()})
