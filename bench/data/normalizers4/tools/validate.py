#!/usr/bin/env python3
"""Validate the fourth held-out normaliser set (standard library only; reads only JSONL/YAML data files).

Checks: every line parses; required keys; expected shapes; equipment canonical names/categories and kind keys
exist in config/taxonomy.yaml; no input (canonical JSON) equals an input of the same field in the existing case
files (tests/cases/normalizers, bench/data/normalizers, bench/data/normalizers3); no duplicate inside the set.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, '..', '..', '..'))
FIELDS = ['address', 'phone', 'hours', 'equipment', 'name', 'kind']
DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
ADDR_KEYS = {'sido', 'sigungu', 'road', 'building_no', 'detail', 'postal_code', 'jibun'}
RULES = {'public_holidays', 'date', 'lunar_holiday', 'nth_weekday', 'election_days', 'temporarily_closed'}


def canon(x):
    return json.dumps(x, ensure_ascii=False, sort_keys=True, separators=(',', ':'))


def taxonomy():
    """Minimal reader of config/taxonomy.yaml: kind keys, equipment categories and item names."""
    kinds, cats, items = set(), set(), {}
    section = sub = None
    item = None
    for line in open(os.path.join(ROOT, 'config', 'taxonomy.yaml'), encoding='utf-8'):
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        ind = len(line) - len(line.lstrip(' '))
        text = line.strip()
        if ind == 0:
            section = text.rstrip(':').split(':')[0]
            sub = None
            continue
        if section == 'kinds' and ind == 2 and text.endswith(':'):
            kinds.add(text[:-1])
        if section == 'equipment':
            if ind == 2:
                sub = text.rstrip(':')
            elif sub == 'categories' and ind == 4:
                cats.add(text.split(':')[0])
            elif sub == 'items' and ind == 4 and text.endswith(':'):
                item = text[:-1]
                items[item] = None
            elif sub == 'items' and ind == 6 and text.startswith('category:'):
                items[item] = text.split(':', 1)[1].strip()
    return kinds, cats, items


def existing_inputs(field):
    files = (glob.glob(os.path.join(ROOT, 'tests', 'cases', 'normalizers', field + '*.jsonl'))
             + glob.glob(os.path.join(ROOT, 'bench', 'data', 'normalizers', field + '_holdout.jsonl'))
             + glob.glob(os.path.join(ROOT, 'bench', 'data', 'normalizers3', field + '_holdout3.jsonl')))
    seen = set()
    for f in files:
        for line in open(f, encoding='utf-8'):
            if line.strip():
                seen.add(canon(json.loads(line)['input']))
    return seen


def check_hours(e, p):
    if e is None:
        return
    if set(e['weekly']) != set(DAYS):
        p.append('weekly days')
    tm = re.compile(r'^([01]\d|2[0-4]):[0-5]\d$')
    for d in DAYS:
        for iv in e['weekly'][d]:
            if len(iv) != 2 or not all(tm.match(t) for t in iv) or iv[0] >= iv[1]:
                p.append('interval %s %s' % (d, iv))
    ev = any(iv[1] > '18:00' for d in DAYS for iv in e['weekly'][d])
    we = bool(e['weekly']['sat'] or e['weekly']['sun'])
    if e.get('open_evenings') != ev or e.get('open_weekends') != we:
        p.append('open_evenings/open_weekends inconsistent with the table')
    for c in e.get('closures', []):
        if c.get('rule') not in RULES:
            p.append('unknown closure rule %s' % c)
    extra = set(e) - {'weekly', 'open_evenings', 'open_weekends', 'closures', 'holiday_hours', 'unparsed'}
    if extra:
        p.append('unknown keys %s' % extra)


def main():
    kinds, cats, items = taxonomy()
    problems, total = [], 0
    for field in FIELDS:
        path = os.path.join(SET, field + '_holdout4.jsonl')
        ex = existing_inputs(field)
        mine = set()
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            total += 1
            where = '%s:%d' % (os.path.basename(path), n)
            p = []
            try:
                c = json.loads(line)
            except ValueError as err:
                problems.append('%s: bad JSON %s' % (where, err))
                continue
            req = {'input', 'expected', 'origin'} | ({'on_date'} if field == 'address' else set()) | (
                {'source_kind'} if field == 'kind' else set())
            if not req <= set(c):
                p.append('missing keys %s' % (req - set(c)))
            key = canon(c.get('input'))
            if key in ex:
                p.append('input already in an existing set')
            mk = key + ('|' + c.get('on_date', '') if field == 'address' else '')
            if mk in mine:
                p.append('duplicate inside the set')
            mine.add(mk)
            e = c.get('expected')
            if field == 'address' and e is not None and set(e) != ADDR_KEYS:
                p.append('address keys')
            if field == 'address' and not re.match(r'^\d{4}-\d\d-\d\d$', c.get('on_date', '')):
                p.append('on_date')
            if field == 'phone' and e is not None:
                for x in e:
                    d = x['display'].replace('-', '')
                    if set(x) != {'e164', 'display', 'extension'} or x['e164'] != '+82' + d.lstrip('0'):
                        p.append('phone shape %s' % x)
            if field == 'hours':
                check_hours(e, p)
            if field == 'equipment' and e is not None:
                for x in e:
                    if x['canonical'] not in items:
                        p.append('canonical not in taxonomy: %s' % x['canonical'])
                    elif items[x['canonical']] != x['category'] or x['category'] not in cats:
                        p.append('category mismatch: %s' % x)
                    if x['count'] is not None and not (isinstance(x['count'], int) and x['count'] > 0):
                        p.append('count %s' % x)
            if field == 'name' and e is not None and set(e) != {'display', 'normalized'}:
                p.append('name keys')
            if field == 'kind':
                if e not in kinds:
                    p.append('kind key not in taxonomy: %s' % e)
            problems += ['%s: %s' % (where, x) for x in p]
    for x in problems:
        print(x)
    print('%d lines, %s, %d problems' % (total, 'OK' if not problems else 'FAIL', len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
