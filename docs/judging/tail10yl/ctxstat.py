import sys,re,json,html,collections
# usage: ctxstat.py ents.jsonl TYPE before-regex after-regex  -> nodes of TYPE with a mention whose context matches
D='/work/shared/data/'
arts={}
def art(doc):
    if doc in arts: return arts[doc]
    if '.sgm:' in doc:
        f,n=doc.split(':')
        if f not in arts:
            raw=open(D+'reuters21578/'+f,encoding='latin-1').read()
            for m in re.finditer(r'NEWID="(\d+)">(.*?)</REUTERS>',raw,re.S):
                arts[f+':'+m.group(1)]=re.sub(r'<[^>]+>',' ',html.unescape(m.group(2)))
            arts[f]=1
        return arts.get(doc,'')
    t=open(D+'bbc/'+doc,encoding='latin-1').read() if doc.endswith('.txt') else ''
    arts[doc]=t; return t
typ,bre,are=sys.argv[2],re.compile(sys.argv[3]+r'$'),re.compile('^'+sys.argv[4])
hits=collections.defaultdict(list)
for line in open(sys.argv[1]):
    a=json.loads(line)
    ents=[e for e in a['entities'] if re.fullmatch(typ,e['type'])]
    if not ents: continue
    t=art(a['id'])
    for e in ents:
        for mt in set(m['text'] for m in e['mentions']):
            for x in re.finditer(r'(?<![\w-])'+re.escape(mt)+r'(?![\w-])',t):
                b=re.sub(r'\s+',' ',t[max(0,x.start()-60):x.start()]); f=re.sub(r'\s+',' ',t[x.end():x.end()+60])
                if bre.search(b) and are.search(f):
                    hits[e['id']].append((a['id'],b[-45:],mt,f[:40]))
for k,v in sorted(hits.items()):
    print(k,len(set(x[0] for x in v)),v[0])
print(len(hits),'nodes',file=sys.stderr)
