"""Independent file check: reads only the four CSVs (not the specs) and verifies the format rules."""
import collections
import csv
import os
import sys

D = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
HEAD = ['id', 'source', 'name', 'address', 'postal_code', 'phone', 'homepage', 'lat', 'lon', 'kind']
ok = True


def fail(msg):
    global ok
    ok = False
    print('FAIL', msg)


parts = {}
for rec, tru, pre, minl, minf in [('records.csv', 'truth.csv', 'r', 400, 150),
                                  ('records_holdout.csv', 'truth_holdout.csv', 'h', 160, 60)]:
    raw = open(os.path.join(D, rec), 'rb').read()
    raw.decode('utf-8')  # must be valid UTF-8
    if raw.startswith(b'\xef\xbb\xbf'):
        fail(rec + ' has a BOM')
    rows = list(csv.reader(open(os.path.join(D, rec), encoding='utf-8', newline='')))
    if rows[0] != HEAD:
        fail(rec + ' header ' + str(rows[0]))
    body = rows[1:]
    if any(len(r) != len(HEAD) for r in body):
        fail(rec + ' ragged rows')
    recs = [dict(zip(HEAD, r)) for r in body]
    ids = [r['id'] for r in recs]
    if len(ids) != len(set(ids)):
        fail(rec + ' duplicate ids')
    if any(not i.startswith(pre) for i in ids):
        fail(rec + ' id prefix')
    if any(not r['name'].strip() for r in recs):
        fail(rec + ' blank name')
    for r in recs:
        if bool(r['lat']) != bool(r['lon']):
            fail(rec + ' half coordinate ' + r['id'])
        if r['lat']:
            la, lo = float(r['lat']), float(r['lon'])
            if not (33 < la < 39 and 124 < lo < 132):
                fail(rec + ' coordinate outside Korea ' + r['id'])
    trows = list(csv.reader(open(os.path.join(D, tru), encoding='utf-8', newline='')))
    if trows[0] != ['id', 'cluster']:
        fail(tru + ' header')
    t = dict((a, b) for a, b in trows[1:])
    if len(t) != len(trows) - 1:
        fail(tru + ' duplicate ids')
    if set(t) != set(ids):
        fail(tru + ' ids differ from ' + rec)
    if any(not c.strip() for c in t.values()):
        fail(tru + ' blank cluster')
    nfac = len(set(t.values()))
    src = collections.Counter(r['source'] for r in recs)
    print('%-20s listings=%d facilities=%d sources=%d' % (rec, len(recs), nfac, len(src)))
    if len(recs) < minl or nfac < minf:
        fail(rec + ' below required size')
    if len(src) < 8:
        fail(rec + ' fewer than 8 source styles')
    parts[rec] = set(t.values())
if parts['records.csv'] & parts['records_holdout.csv']:
    fail('facility in both parts: %s' % (parts['records.csv'] & parts['records_holdout.csv']))
print('all checks passed' if ok else 'CHECKS FAILED')
sys.exit(0 if ok else 1)
