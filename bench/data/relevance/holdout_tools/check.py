import json, sys
import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
import sim
judge=sim.judge
qs=[json.loads(l) for l in open('/work/authoring/holdout/relevance/queries_holdout.jsonl')]
V=list(sim.variants())
verbose='-v' in sys.argv
for q in qs:
    c=q['criteria']
    if q['type'].startswith('suggest'):
        ns=[]
        for key,d in V:
            want={judge.norm(x) for x in judge._as_list(c['expect'])}
            fac=set(c.get('expect_facility',[]))
            hit=[x['id'] for x in d.values() if ({judge.norm(x['name'])}|{judge.norm(a) for a in x['alt_names']})&want or (fac and set(x['_member_ids'])&fac)]
            ns.append(len(hit))
        # also exact served-name check in v1 'first' rep
        d=V[0][1]; want={judge.norm(x) for x in judge._as_list(c['expect'])}
        names=[x['name'] for x in d.values() if judge.norm(x['name']) in want]
        print(f"{q['id']:<24} {q['q']:<28} served-match per variant {ns} primary-name-hits={names}")
        continue
    ns=[]; 
    for key,d in V:
        ns.append(sum(1 for x in d.values() if judge.match(x,c)))
    flag='' if min(ns)>=1 else '  <<<< ZERO'
    print(f"{q['id']:<24} {q['q']:<28} N per variant {ns}{flag}")
    if verbose:
        d=V[0][1]
        for x in d.values():
            if judge.match(x,c): print('      +',x['name'],'|',x['sido'],x['sigungu'],'|',x['_member_ids'])
