#!/usr/bin/env python3
"""Validate the sixth held-out normaliser set (standard library only).

Reads only JSONL data and config/taxonomy.yaml (as text). Checks: every line parses; required keys;
expected shapes per field (as the existing cases in tests/cases/normalizers/ use them); equipment names and
categories and kind keys exist in the taxonomy; no input (canonical JSON) equals an input of the same field in
tests/cases/normalizers/<field>*.jsonl; no duplicate inside the set. Exit status 1 on any problem.
Usage: python3 bench/data/normalizers6/tools/validate.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, '..', '..', '..'))
FIELDS = {'address': 'address_holdout6.jsonl', 'hours': 'hours_holdout6.jsonl',
          'equipment': 'equipment_holdout6.jsonl', 'phone': 'phone_holdout6.jsonl',
          'name': 'name_holdout6.jsonl', 'kind': 'kind_holdout6.jsonl'}
DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
ADDR_KEYS = ['sido', 'sigungu', 'road', 'building_no', 'detail', 'postal_code', 'jibun']
problems = []


def bad(where, msg):
    problems.append(f'{where}: {msg}')


def canon(v):
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def taxonomy():
    text = open(os.path.join(ROOT, 'config', 'taxonomy.yaml'), encoding='utf-8').read()
    kinds_part = text.split('\nfamilies:')[0].split('\nkinds:')[1]
    kinds = set(re.findall(r'^  ([a-z_]+):\s*$', kinds_part, re.M))
    src = set()
    for m in re.findall(r'source_kinds: \[([^\]]*)\]', kinds_part):
        src |= {s.strip() for s in m.split(',') if s.strip()}
    eq = text.split('\nequipment:')[1].split('\nnames:')[0]
    cats = set(re.findall(r'^    ([a-z]+): ', eq.split('items:')[0], re.M))
    items = {}
    for name, cat in re.findall(r'^    ([^\n:]+):\n      category: ([a-z]+)', eq, re.M):
        items[name.strip()] = cat
    return kinds, src, cats, items


KINDS, SRC, CATS, ITEMS = taxonomy()
TIME = re.compile(r'^([01]\d|2[0-3]):[0-5]\d$|^24:00$')


def check_hours(w, e):
    if e is None:
        return
    if not isinstance(e, dict) or list(e)[:3] != ['weekly', 'open_evenings', 'open_weekends']:
        return bad(w, 'hours keys')
    extra = set(e) - {'weekly', 'open_evenings', 'open_weekends', 'closures', 'holiday_hours', 'unparsed'}
    if extra:
        bad(w, f'unknown keys {extra}')
    if list(e['weekly']) != DAYS:
        bad(w, 'weekly days order')
    late = False
    for d in DAYS:
        iv = e['weekly'][d]
        for a, b in iv:
            if not (TIME.match(a) and TIME.match(b)) or a >= b:
                bad(w, f'bad interval {d} {a}-{b}')
            late |= b > '18:00'
        if iv != sorted(iv):
            bad(w, f'unsorted {d}')
    if e['open_evenings'] != late:
        bad(w, 'open_evenings disagrees with the table')
    if e['open_weekends'] != bool(e['weekly']['sat'] or e['weekly']['sun']):
        bad(w, 'open_weekends disagrees with the table')
    for c in e.get('closures', []):
        r = c.get('rule')
        if r == 'nth_weekday':
            if c.get('weekday') not in DAYS or not c.get('weeks') or any(x not in (1, 2, 3, 4, 5, -1) for x in c['weeks']):
                bad(w, f'bad nth_weekday {c}')
        elif r == 'date':
            if not (1 <= c.get('month', 0) <= 12 and 1 <= c.get('day', 0) <= 31):
                bad(w, f'bad date {c}')
        elif r == 'lunar_holiday':
            if c.get('name') not in ('seollal', 'chuseok'):
                bad(w, f'bad lunar {c}')
        elif r not in ('public_holidays', 'election_days', 'temporarily_closed'):
            bad(w, f'unknown rule {c}')
    if 'holiday_hours' in e and any(c.get('rule') == 'public_holidays' for c in e.get('closures', [])):
        bad(w, 'holiday_hours beside a public_holidays closure')
    if e.get('unparsed') not in (None, True):
        bad(w, 'unparsed must be true when present')


def check(field, w, c):
    need = {'input', 'expected', 'origin'} | ({'on_date'} if field == 'address' else set()) | (
        {'source_kind'} if field == 'kind' else set())
    if not need <= set(c):
        return bad(w, f'missing keys {need - set(c)}')
    e = c['expected']
    if field == 'address':
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', c['on_date']):
            bad(w, 'on_date')
        if e is not None:
            if list(e) != ADDR_KEYS:
                bad(w, 'address keys/order')
            elif e['postal_code'] is not None and not re.match(r'^\d{5}$', e['postal_code']):
                bad(w, 'postal code')
            elif e['building_no'] is not None and not re.match(r'^\d+(-\d+)?$', e['building_no']):
                bad(w, 'building_no')
            elif e['sido'] is None:
                bad(w, 'a value without sido should be null')
    elif field == 'hours':
        check_hours(w, e)
    elif field == 'equipment':
        if e is not None:
            for it in e:
                if list(it) != ['canonical', 'category', 'count']:
                    bad(w, 'equipment item keys')
                elif ITEMS.get(it['canonical']) != it['category'] or it['category'] not in CATS:
                    bad(w, f'not a taxonomy item/category: {it}')
                elif it['count'] is not None and (not isinstance(it['count'], int) or it['count'] < 1):
                    bad(w, 'count')
    elif field == 'phone':
        if e is not None:
            for p in e:
                if list(p) != ['e164', 'display', 'extension']:
                    bad(w, 'phone keys')
                    continue
                dg = re.sub(r'\D', '', p['display'])
                if not re.match(r'^(0\d{1,3}-\d{3,4}-\d{4}|1\d{3}-\d{4})$', p['display']):
                    bad(w, f"display {p['display']}")
                if p['e164'] != '+82' + (dg[1:] if dg.startswith('0') else dg):
                    bad(w, 'e164 disagrees with display')
    elif field == 'name':
        if e is not None:
            if list(e) != ['display', 'normalized'] or e['normalized'] != re.sub(r'\s+', '', e['display']):
                bad(w, 'name shape / normalized')
            if e['display'] != e['display'].strip() or '  ' in e['display']:
                bad(w, 'display whitespace')
    elif field == 'kind':
        if e is not None and e not in KINDS:
            bad(w, f'unknown kind {e}')
        if c['source_kind'] is not None and c['source_kind'] not in SRC:
            bad(w, f"unknown source kind {c['source_kind']}")


total = 0
for field, fn in FIELDS.items():
    existing = set()
    for ef in glob.glob(os.path.join(ROOT, 'tests', 'cases', 'normalizers', f'{field}*.jsonl')):
        for line in open(ef, encoding='utf-8'):
            if line.strip():
                existing.add(canon(json.loads(line)['input']))
    seen = set()
    for i, line in enumerate(open(os.path.join(SET, fn), encoding='utf-8'), 1):
        w = f'{fn}:{i}'
        try:
            c = json.loads(line)
        except ValueError as ex:
            bad(w, f'JSON: {ex}')
            continue
        total += 1
        check(field, w, c)
        if canon(c.get('input')) in existing:
            bad(w, 'input repeats an existing case')
        key = canon([c.get('input'), c.get('on_date'), c.get('source_kind')])
        if key in seen:
            bad(w, 'duplicate inside the set')
        seen.add(key)
for p in problems:
    print(p)
print(f'{total} lines, ' + ('OK' if not problems else f'{len(problems)} problems'))
sys.exit(1 if problems else 0)
