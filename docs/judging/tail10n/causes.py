# causes.py MAIN.json BRANCH.json: the wrong BBC rows of final17/, final23/ and final31/, one cause each
# (given by hand from the judge's note), and how many of each are still nodes of two graphs. Run from the repo root.
import json,csv,collections
W='work';P='product';A='award/event';F='firm-type';B='band/person-type';C='cut/glued';M='merged';J='junk';O='other-type'
cls={
# final17
'location:black-books':W,
'org:slough':M,'location:macworld':M,'person:john-doe':J,'org:ican':P,'person:andrew-taylor':M,'org:electrical-equipment':C,
'person:red-hot-chili-peppers':B,'person:laura-ashley':F,'person:action':C,'person:grange-hill':W,'org:vampire-chronicle':W,
'org:bbc-liverpool':C,'location:valencia':M,'location:wimbledon':A,'org:cgi':J,'org:hatfield':O,'org:r-and-d':J,
'person:john-madden':W,'org:parnaby':B,'org:smallpox-research-grid':P,'person:birmingham-yardley':O,'org:bad-education':W,
'person:david-gale':W,'location:northern':C,'org:nighty-night':W,
# final23
'person:foster':M,'person:mel-gibson':M,'person:franz-ferdinand':B,'org:bandaid':W,'org:fockers':W,'org:ok':J,
'org:internationalised-domain-name':J,'person:five-virgin':M,'org:playstation-portable':P,'org:l-achike':B,'org:shirlie':B,
'org:happy-new-year':J,'org:kilo-of-semtex':J,'country:MC':M,'location:goodbody-stockbrokers':F,'person:scarlet':W,
'org:order-of-arts-and-letters':A,'org:microsoft-ie':P,'org:vodafone-live':P,'location:suez':C,'org:permanent-interest-bearing-shares':J,
# final31
'person:armani':F,'org:light-my-fire':W,'org:nintendo-gameboys':P,'org:stevenage-labour-party':M,'location:coronation-street':W,
'org:vw-beetle':P,'org:best-directorial-debut':A,'person:walker-gillian':C,'person:colin-mcrae-rally':W,'org:entertainment':M,
'org:defense-department@GB':M,'person:banque-misr':F,'org:all-new-top-of-the-pops':W,'person:cesar':A,'org:artgarden':P,
'person:constable-alastair-mcwhirter':C,'person:rolls-royce':P,'person:nicholas-nickleby':W,'location:grauman':C,
'org:district-of-columbia':O,'person:k-clark':M,'org:eurovision':A,'location:howden':C,'location:michigan':O,'org:takeover-and-izzo':W,
}
import sys
old={n['id']:n for n in json.load(open(sys.argv[1]))['nodes']}
new={n['id']:n for n in json.load(open(sys.argv[2]))['nodes']}
rows=[]
for f in ['final17','final23','final31']:
    for r in csv.DictReader(open(f'docs/judging/{f}/bbc-random100.tsv'),delimiter='\t'):
        if r['verdict']!='correct': rows.append(r['id'])
tot=collections.Counter(); today=collections.Counter(); after=collections.Counter()
for i in rows:
    c=cls[i]; tot[c]+=1
    if i in old: today[c]+=1
    if i in new: after[c]+=1
print('rows',len(rows),'distinct',len(set(rows)))
for c,n in tot.most_common(): print('%-18s %3d %3d %3d'%(c,n,today[c],after[c]))
print('all', sum(tot.values()), sum(today.values()), sum(after.values()))
