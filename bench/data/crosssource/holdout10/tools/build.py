"""Build records*.csv, truth*.csv, hard_cases.md and stats.json from the two spec files.

Run:  cd holdout10/tools && python3 build.py  (tenth held-out part only)
The truth is whatever the spec files say (one facility = one cluster); this script only
shuffles, numbers, validates and writes.
"""
import collections
import csv
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import spec_holdout10  # noqa: E402

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
FIELDS = ['id', 'source', 'name', 'address', 'postal_code', 'phone', 'homepage', 'lat', 'lon', 'kind']
SOURCES = {'makeall_portal', 'muhan_portal', 'devicelab_portal', 'ccei_portal', 'sogongin_press', 'city_maker_guide',
           'gu_office', 'news_article', 'maker_map_en', 'map_listing', 'library_sido', 'library_sigungu',
           'library_edu', 'library_data_2023'}


def build(part, spec, prefix, seed):
    items = []
    for f in spec.FAC:
        for i, l in enumerate(f['listings'], 1):
            items.append((f['cid'], i, l))
    rng = random.Random(seed)
    rng.shuffle(items)
    key2id, rows, truth = {}, [], []
    for n, (cid, i, l) in enumerate(items, 1):
        rid = '%s%04d' % (prefix, n)
        key2id[(cid, i)] = rid
        row = {k: l.get(k, '') for k in FIELDS[1:]}
        row['id'] = rid
        rows.append(row)
        truth.append({'id': rid, 'cluster': cid})
    rows.sort(key=lambda r: r['id'])
    truth.sort(key=lambda r: r['id'])
    return items, key2id, rows, truth


def write_csv(path, fields, rows):
    with open(path, 'w', encoding='utf-8', newline='') as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator='\n')
        w.writeheader()
        for r in rows:
            w.writerow(r)


def validate(part, spec, items, key2id, rows):
    errs = []
    cids = [f['cid'] for f in spec.FAC]
    dup = [c for c, k in collections.Counter(cids).items() if k > 1]
    if dup:
        errs.append('%s: duplicate facility ids %s' % (part, dup))
    for r in rows:
        if not r['name'].strip():
            errs.append('%s: blank name %s' % (part, r['id']))
        if r['source'] not in SOURCES:
            errs.append('%s: unknown source %s' % (part, r['source']))
        if bool(r['lat']) != bool(r['lon']):
            errs.append('%s: half coordinate %s' % (part, r['id']))
        for k in ('lat', 'lon'):
            if r[k]:
                float(r[k])
    seen = collections.defaultdict(list)
    for cid, i, l in items:
        t = tuple(l.get(k, '') for k in FIELDS[1:])
        seen[t].append((cid, i))
    for t, ks in seen.items():
        if len(ks) > 1:
            errs.append('%s: identical listings %s' % (part, ks))
    c_of = {(cid, i): cid for cid, i, _ in items}
    for h in spec.H:
        for it in h['items']:
            if tuple(it) not in key2id:
                errs.append('%s: hard case %s refers to missing %s' % (part, h['cls'], it))
        cl = set(c_of.get(tuple(it)) for it in h['items'])
        if h['verdict'] == 'same' and len(cl) != 1:
            errs.append('%s: "same" case spans clusters %s (%s)' % (part, cl, h['cls']))
        if h['verdict'] == 'different' and len(cl) < 2:
            errs.append('%s: "different" case has one cluster %s (%s)' % (part, cl, h['cls']))
    return errs


def fmt_listing(l):
    bits = [l['name']]
    for k in ('address', 'phone', 'homepage', 'kind'):
        if l.get(k):
            bits.append('%s: %s' % (k, l[k]))
    return ' · '.join(bits)


def hard_md(part, spec, items, key2id):
    L = {(cid, i): l for cid, i, l in items}
    by = collections.OrderedDict()
    for h in sorted(spec.H, key=lambda h: (h['cls'][0] != 'P', int(h['cls'].split()[0][1:]))):
        by.setdefault(h['cls'], []).append(h)
    out = ['## %s part (`%s`)\n' % (part, 'records_holdout10.csv')]
    for cls, hs in by.items():
        out.append('### %s\n' % cls)
        for n, h in enumerate(hs, 1):
            verdict = 'SAME facility — must merge' if h['verdict'] == 'same' else 'DIFFERENT facilities — must stay apart'
            out.append('**%s.%d — %s**\n' % (cls.split()[0], n, verdict))
            out.append('| id | source | cluster | listing as printed |')
            out.append('|---|---|---|---|')
            for it in h['items']:
                it = tuple(it)
                l = L[it]
                out.append('| %s | %s | `%s` | %s |' % (key2id[it], l['source'], it[0],
                                                     fmt_listing(l).replace('|', '\\|')))
            out.append('')
            out.append('Reasoning: ' + h['why'])
            if h['src']:
                out.append('')
                out.append('Source: ' + h['src'])
            out.append('')
    return '\n'.join(out)


def stats(part, spec, items, rows):
    src = collections.Counter(r['source'] for r in rows)
    sizes = collections.Counter(len(f['listings']) for f in spec.FAC)
    cls = collections.Counter(h['cls'] for h in spec.H)
    basis = collections.Counter(f['basis'].split(':')[0] for f in spec.FAC)
    return dict(part=part, listings=len(rows), facilities=len(spec.FAC),
                per_source=dict(sorted(src.items(), key=lambda x: -x[1])),
                cluster_sizes=dict(sorted(sizes.items())), hard_cases_per_class=dict(sorted(cls.items())),
                facility_basis=dict(basis), hard_cases=len(spec.H),
                pairs_positive=sum(len(f['listings']) * (len(f['listings']) - 1) // 2 for f in spec.FAC))


def main():
    allerr, st, md = [], [], []
    part, spec, prefix, seed, rec, tru = ('Held-out 10', spec_holdout10, 's', 20261210, 'records_holdout10.csv',
                                          'truth_holdout10.csv')
    items, key2id, rows, truth = build(part, spec, prefix, seed)
    allerr += validate(part, spec, items, key2id, rows)
    write_csv(os.path.join(OUT, rec), FIELDS, rows)
    write_csv(os.path.join(OUT, tru), ['id', 'cluster'], truth)
    st.append(stats(part, spec, items, rows))
    md.append(hard_md(part, spec, items, key2id))
    head = open(os.path.join(os.path.dirname(__file__), 'hard_cases_head.md'), encoding='utf-8').read()
    with open(os.path.join(OUT, 'hard_cases_holdout10.md'), 'w', encoding='utf-8') as fh:
        fh.write(head.rstrip() + '\n\n' + '\n\n'.join(md) + '\n')
    with open(os.path.join(OUT, 'tools', 'stats.json'), 'w', encoding='utf-8') as fh:
        json.dump(st, fh, ensure_ascii=False, indent=1)
    for s in st:
        print(json.dumps(s, ensure_ascii=False))
    if allerr:
        print('\nERRORS:')
        for e in allerr:
            print('  ', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
