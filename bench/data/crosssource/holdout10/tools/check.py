"""Independent check of the tenth held-out part: reads only the CSVs / the hard-case file (not the spec).

* format: UTF-8 without BOM, exact header, no ragged rows, non-blank names, coordinates inside Korea
  (a verbatim data row whose lat/lon are swapped in the source file is reported, not failed)
* ids: s0001..sNNNN, unique, contiguous; truth has exactly the same ids and a non-blank cluster for each
* size: 120-190 listings, 60-95 facilities, at least 10 of the 14 source styles, at least 40% non-library facilities
* separation: no cluster id of this part appears in the cluster column of any existing
  /work/main/bench/data/crosssource/truth*.csv or holdout*/truth_holdout*.csv (only that column is read);
  holdout4 … holdout9 are also checked one by one
* every listing id cited in hard_cases_holdout10.md exists and has the cluster that truth gives it
"""
import collections
import csv
import glob
import os
import re
import sys

D = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
EXISTING = '/work/main/bench/data/crosssource/'
HEAD = ['id', 'source', 'name', 'address', 'postal_code', 'phone', 'homepage', 'lat', 'lon', 'kind']
SOURCES = {'makeall_portal', 'muhan_portal', 'devicelab_portal', 'ccei_portal', 'sogongin_press', 'city_maker_guide',
           'gu_office', 'news_article', 'maker_map_en', 'map_listing', 'library_sido', 'library_sigungu',
           'library_edu', 'library_data_2023'}
ok = True


def fail(msg):
    global ok
    ok = False
    print('FAIL', msg)


def korea(la, lo):
    return 33 < la < 39 and 124 < lo < 132


rec, tru = 'records_holdout10.csv', 'truth_holdout10.csv'
for fn in (rec, tru):
    raw = open(os.path.join(D, fn), 'rb').read()
    raw.decode('utf-8')
    if raw.startswith(b'\xef\xbb\xbf'):
        fail(fn + ' has a BOM')
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
if ids != ['s%04d' % i for i in range(1, len(ids) + 1)]:
    fail(rec + ' ids are not s0001..s%04d in order' % len(ids))
for r in recs:
    if not r['name'].strip():
        fail('blank name ' + r['id'])
    if r['source'] not in SOURCES:
        fail('unknown source %s %s' % (r['id'], r['source']))
    if bool(r['lat']) != bool(r['lon']):
        fail('half coordinate ' + r['id'])
    if r['lat']:
        la, lo = float(r['lat']), float(r['lon'])
        if not korea(la, lo):
            if korea(lo, la) and r['source'].startswith('library_'):
                print('note: %s (%s) carries the source row\'s swapped lat/lon %s,%s' % (r['id'], r['name'], la, lo))
            else:
                fail('coordinate outside Korea ' + r['id'])
    if r['postal_code']:
        fail('postal code present ' + r['id'])
full = [tuple(r[k] for k in HEAD[1:]) for r in recs]
dups = [t for t, c in collections.Counter(full).items() if c > 1]
if dups:
    fail('identical listings: %s' % dups)

trows = list(csv.reader(open(os.path.join(D, tru), encoding='utf-8', newline='')))
if trows[0] != ['id', 'cluster']:
    fail(tru + ' header')
if any(len(r) != 2 for r in trows[1:]):
    fail(tru + ' ragged rows')
t = dict((a, b) for a, b in trows[1:])
if len(t) != len(trows) - 1:
    fail(tru + ' duplicate ids')
if set(t) != set(ids):
    fail(tru + ' ids differ from ' + rec + ': %s' % sorted(set(t) ^ set(ids)))
if any(not c.strip() for c in t.values()):
    fail(tru + ' blank cluster')

clusters = set(t.values())
sizes = collections.Counter(collections.Counter(t.values()).values())
pairs = sum(n * (n - 1) // 2 for n in collections.Counter(t.values()).values())
src = collections.Counter(r['source'] for r in recs)
print('%s listings=%d facilities=%d true_pairs=%d sources=%d cluster_sizes=%s' % (
    rec, len(recs), len(clusters), pairs, len(src), dict(sorted(sizes.items()))))
if not (120 <= len(recs) <= 190):
    fail('listing count %d outside 120-190' % len(recs))
if not (60 <= len(clusters) <= 95):
    fail('facility count %d outside 60-95' % len(clusters))
libs = sum(1 for c in clusters if c.startswith('lib-'))
print('non-library facilities: %d of %d (%.1f%%)' % (len(clusters) - libs, len(clusters),
                                                    100.0 * (len(clusters) - libs) / len(clusters)))
if len(clusters) - libs < 0.4 * len(clusters):
    fail('fewer than 40% non-library facilities')
if len(src) < 10:
    fail('fewer than 10 source styles')

used = set()
files = sorted(glob.glob(os.path.join(EXISTING, 'truth*.csv')) +
               [f for f in glob.glob(os.path.join(EXISTING, 'holdout*', 'truth_holdout*.csv'))
                if os.path.basename(os.path.dirname(f)) != 'holdout10'])
if not files:
    fail('no existing truth files found in ' + EXISTING)
for fn in files:
    with open(fn, encoding='utf-8', newline='') as fh:
        for r in csv.reader(fh):
            if len(r) >= 2:
                used.add(r[1])
used.discard('cluster')
both = clusters & used
print('existing cluster ids read from %d files: %d; shared with this part: %d' % (len(files), len(used), len(both)))
if both:
    fail('cluster ids shared with the existing parts: %s' % sorted(both))
for part in ('holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9'):
    hp = os.path.join(EXISTING, part, 'truth_%s.csv' % part)
    if not os.path.exists(hp):
        fail(part + ' truth file missing')
        continue
    with open(hp, encoding='utf-8', newline='') as fh:
        cp = set(r[1] for r in csv.reader(fh) if len(r) >= 2) - {'cluster'}
    print('%s cluster ids: %d; shared with this part: %d' % (part, len(cp), len(clusters & cp)))
    if clusters & cp:
        fail('cluster ids shared with %s: %s' % (part, sorted(clusters & cp)))

md = open(os.path.join(D, 'hard_cases_holdout10.md'), encoding='utf-8').read()
cited = set(re.findall(r'^\| (s\d{4}) \|', md, flags=re.M))
missing = cited - set(ids)
if missing:
    fail('hard cases cite unknown ids %s' % sorted(missing))
for m in re.finditer(r'^\| (s\d{4}) \| [^|]+ \| `([^`]+)` \|', md, flags=re.M):
    if t.get(m.group(1)) != m.group(2):
        fail('hard case row %s says cluster %s, truth says %s' % (m.group(1), m.group(2), t.get(m.group(1))))
print('hard-case listing ids cited: %d' % len(cited))
print('all checks passed' if ok else 'CHECKS FAILED')
sys.exit(0 if ok else 1)
