"""My own offline simulation of served documents from replica data (v1 / v2), to count N for criteria.
Uses judge.py's match() on simulated docs. Not the system under test."""
import json, re, importlib.util, unicodedata, collections
spec = importlib.util.spec_from_file_location('judge', '/work/main/bench/data/relevance/judge.py')
judge = importlib.util.module_from_spec(spec); spec.loader.exec_module(judge)
D='/work/main/sites/data'
SITES=['makeall','muhan','devicelab','ccei','sogongin','fablab_jsonld','makercafe_plain','workshop_sitemap']
SIDO = [('서울특별시',['서울특별시','서울시','서울']),('부산광역시',['부산광역시','부산시','부산']),('대구광역시',['대구광역시','대구시','대구']),
 ('인천광역시',['인천광역시','인천시','인천']),('광주광역시',['광주광역시','광주시','광주']),('대전광역시',['대전광역시','대전시','대전']),
 ('울산광역시',['울산광역시','울산시','울산']),('세종특별자치시',['세종특별자치시','세종시','세종']),('경기도',['경기도','경기']),
 ('강원특별자치도',['강원특별자치도','강원도','강원']),('충청북도',['충청북도','충북']),('충청남도',['충청남도','충남']),
 ('전북특별자치도',['전북특별자치도','전라북도','전북']),('전라남도',['전라남도','전남']),('경상북도',['경상북도','경북']),
 ('경상남도',['경상남도','경남']),('제주특별자치도',['제주특별자치도','제주도','제주'])]
def parse_region(addr):
    a = unicodedata.normalize('NFKC', addr)
    a = re.sub(r'^\s*\(우\)\s*', '', a)
    a = re.sub(r'^\s*\[\d+\]\s*', '', a)
    a = re.sub(r'^\s*\d{5}\s+', '', a).strip()
    toks = a.split()
    if not toks: return None, None
    sido=None
    for full, forms in SIDO:
        if toks[0] in forms: sido=full; break
    if sido is None: return None, None
    rest = toks[1:]
    if sido=='세종특별자치시': return sido, None
    sg=None
    if rest and re.search(r'(시|군|구)$', rest[0]):
        sg=rest[0]
        if sg.endswith('시') and len(rest)>1 and re.search(r'구$', rest[1]): sg += ' '+rest[1]
    return sido, sg
def kind_of(site, r):
    if site=='makeall': return {'일반랩':'makerspace_general','전문랩':'makerspace_specialized'}[r['lab_type']]
    if site=='muhan': return {'거점':'muhan_hub','소규모':'muhan_small'}[r['room_type']]
    return {'devicelab':'ict_devicelab','ccei':'ccei','sogongin':'sogongin_center'}.get(site,'private_makerspace')
def addr_of(site,r):
    if site=='fablab_jsonld': return ' '.join(x for x in (r.get('region'),r.get('locality'),r.get('street')) if x)
    return r.get('address','')
def equip_of(r):
    if 'equipment' in r: return [e[0] if isinstance(e,list) else e for e in r['equipment']]
    line=r.get('equipment_line','')
    parts=re.split(r',\s*(?![^()]*\))', line)
    return [re.sub(r'\s*\d+대$','',p).strip() for p in parts if p.strip()]
DAYS=('mon','tue','wed','thu','fri','sat','sun')
KD={'월':0,'화':1,'수':2,'목':3,'금':4,'토':5,'일':6}
ED={'Mo':0,'Tu':1,'We':2,'Th':3,'Fr':4,'Sa':5,'Su':6}
def hm(s):
    s=s.strip()
    m=re.match(r'(오전|오후)\s*(\d+)시(?:\s*(\d+)분)?',s)
    if m:
        h=int(m.group(2)); mi=int(m.group(3) or 0)
        if m.group(1)=='오후' and h<12: h+=12
        return f'{h:02d}:{mi:02d}'
    m=re.match(r'(\d{1,2}):(\d{2})',s)
    return f'{int(m.group(1)):02d}:{m.group(2)}'
def parse_hours(h, mon_closed_mode='all_other_days'):
    """weekly table; mon_closed_mode for '(월 휴무)' without weekend info: 'all_other_days' or 'weekdays_only'"""
    t={d:[] for d in DAYS}
    def setd(idx, a, b):
        for i in idx: t[DAYS[i]]=[[a,b]]
    m=re.match(r'평일 ([\d:]+)~([\d:]+) / 토 ([\d:]+)-([\d:]+)',h)
    if m: setd(range(5),m[1],m[2]); setd([5],m[3],m[4]); return t
    m=re.match(r'평일 ([\d:]+)~([\d:]+) / 토·일',h)
    if m: setd(range(5),m[1],m[2]); return t
    m=re.match(r'화-일 ([\d:]+)-([\d:]+)',h)
    if m: setd(range(1,7),m[1],m[2]); return t
    m=re.match(r'월~금 ([\d:]+) - ([\d:]+)(?:, 토요일 ([\d:]+) - ([\d:]+))?',h)
    if m:
        setd(range(5),m[1],m[2])
        if m[3]: setd([5],m[3],m[4])
        return t
    m=re.match(r'화요일~일요일 ([\d:]+)~([\d:]+)',h)
    if m: setd(range(1,7),m[1],m[2]); return t
    m=re.match(r'(오전 \d+시(?: \d+분)?) ~ (오후 \d+시(?: \d+분)?) \((.*)\)',h)
    if m:
        a,b,note=hm(m[1]),hm(m[2]),m[3]
        if note.startswith('주말'): setd(range(5),a,b)
        elif note.startswith('토 '):
            setd(range(5),a,b); mm=re.match(r'토 (오전 \d+시(?: \d+분)?) ~ (오후 \d+시(?: \d+분)?)',note); setd([5],hm(mm[1]),hm(mm[2]))
        elif note.startswith('월 휴무'):
            setd(range(1,7) if mon_closed_mode=='all_other_days' else range(1,5),a,b)
        else: raise ValueError(h)
        return t
    m=re.findall(r'(Mo|Tu)-(Fr|Su) ([\d:]+)-([\d:]+)',h)
    if m:
        for d1,d2,a,b in m: setd(range(ED[d1],ED[d2]+1),a,b)
        mm=re.search(r'Sa ([\d:]+)-([\d:]+)',h)
        if mm: setd([5],mm[1],mm[2])
        return t
    raise ValueError(h)
def records(version):
    out=[]
    for s in SITES:
        d=json.load(open(f'{D}/{s}.json'))
        recs={r['key']:r for r in d['v1']}
        if version==2:
            for k in d['v2'].get('removed',[]): recs.pop(k,None)
            for r in d['v2'].get('changed',[]): recs[r['key']]=r
            for r in d['v2'].get('added',[]): recs[r['key']]=r
        for k,r in recs.items():
            sido,sg=parse_region(addr_of(s,r))
            out.append(dict(fid=f'{s}:{k}',site=s,tid=r['tid'],name=r['name'],alt_names=r.get('alt_names',[]) or [],
                kind=kind_of(s,r),address=addr_of(s,r),sido=sido,sigungu=sg,equipment=equip_of(r),hours_raw=r.get('hours','')))
    return out
SITE_PRI=['makeall','ccei','muhan','sogongin','devicelab','fablab_jsonld','workshop_sitemap','makercafe_plain']
def docs(version=1, mode='all_other_days', rep='first'):
    """group by tid; rep chooses whose scalar fields the doc shows: 'first' (site priority) or 'last'"""
    g=collections.defaultdict(list)
    for r in records(version): g[r['tid']].append(r)
    out={}
    for tid,ms in g.items():
        ms=sorted(ms,key=lambda r:SITE_PRI.index(r['site']))
        p=ms[0] if rep=='first' else ms[-1]
        doc=dict(id=tid,name=p['name'],alt_names=sorted({m['name'] for m in ms if m['name']!=p['name']}|{a for m in ms for a in m['alt_names']}),
                 kind=p['kind'],kinds=sorted({m['kind'] for m in ms}),sido=p['sido'],sigungu=p['sigungu'],address=p['address'],
                 equipment=[], equipment_text=[e for m in ms for e in m['equipment']],hours=parse_hours(p['hours_raw'],mode),
                 _member_ids=[m['fid'] for m in ms],_members=ms)
        doc['_equip_texts']=judge._entry_texts(doc)
        out[tid]=doc
    return out
def variants():
    for v in (1,2):
        for mode in ('all_other_days','weekdays_only'):
            for rep in ('first','last'):
                yield (v,mode,rep), docs(v,mode,rep)
