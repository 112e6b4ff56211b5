#!/usr/bin/env python3
"""Validate the fifth held-out normaliser set (standard library only; reads data files only).

Checks: every line parses; required keys; expected shapes as in tests/cases/normalizers/*.jsonl; equipment
canonical names/categories and kind keys exist in config/taxonomy.yaml; hours flags agree with the table;
no input (canonical JSON) equals an input of the same field in tests/cases/normalizers/<field>*.jsonl;
no duplicate inside the set (addresses: input + on_date; kinds: input + source_kind).
Usage: python3 bench/data/normalizers5/tools/validate.py [--conventions]
  --conventions  also apply the shape checks to the existing labelled cases (a check of this validator).
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, '..', '..', '..'))
CASES = os.path.join(ROOT, 'tests', 'cases', 'normalizers')
TAXO = os.path.join(ROOT, 'config', 'taxonomy.yaml')
FIELDS = ['address', 'hours', 'equipment', 'phone', 'name', 'kind']
DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
ADDR_KEYS = ['sido', 'sigungu', 'road', 'building_no', 'detail', 'postal_code', 'jibun']
TIME = re.compile(r'^([01]\d|2[0-4]):[0-5]\d$')


def load_taxonomy():
    """Minimal reader of config/taxonomy.yaml: kind keys, source kinds, equipment item -> category."""
    kinds, items, source_kinds = set(), {}, set()
    section = sub = None
    item = None
    for raw in open(TAXO, encoding='utf-8'):
        line = raw.split('#', 1)[0].rstrip()
        if not line.strip():
            continue
        ind = len(line) - len(line.lstrip())
        s = line.strip()
        if ind == 0:
            section = s.rstrip(':'); sub = None; continue
        if section == 'kinds':
            if ind == 2 and s.endswith(':'):
                kinds.add(s[:-1])
            m = re.match(r'source_kinds:\s*\[(.*)\]', s)
            if m:
                source_kinds.update(x.strip() for x in m.group(1).split(',') if x.strip())
        if section == 'equipment':
            if ind == 2:
                sub = s.rstrip(':')
            elif sub == 'items' and ind == 4 and s.endswith(':'):
                item = s[:-1]
            elif sub == 'items' and ind == 6 and s.startswith('category:'):
                items[item] = s.split(':', 1)[1].strip()
    return kinds, items, source_kinds


KINDS, ITEMS, SOURCE_KINDS = load_taxonomy()
RULES = {'public_holidays': set(), 'temporarily_closed': set(), 'election_days': set(),
         'lunar_holiday': {'name'}, 'date': {'month', 'day'}, 'nth_weekday': {'weekday', 'weeks'}}


def check_address(d, p):
    if not re.match(r'^\d{4}-\d{2}-\d{2}$', str(d.get('on_date', ''))):
        p.append('on_date missing or not YYYY-MM-DD')
    e = d['expected']
    if e is None:
        return
    if not isinstance(e, dict) or list(e) != ADDR_KEYS:
        p.append('address keys differ from %s' % ADDR_KEYS); return
    for k, v in e.items():
        if v is not None and (not isinstance(v, str) or not v.strip()):
            p.append('%s must be a non-empty string or null' % k)
    if e['postal_code'] is not None and not re.match(r'^\d{5}$', e['postal_code']):
        p.append('postal_code must be 5 digits')
    if e['building_no'] is not None and not re.match(r'^\d+(-\d+)?$', e['building_no']):
        p.append('building_no must be N or N-M')
    if e['sido'] is None:
        p.append('a non-null address needs a sido')
    if e['road'] and e['jibun']:
        p.append('road and jibun both set')


def intervals_ok(iv, p, where):
    if not isinstance(iv, list):
        p.append('%s: not a list' % where); return
    last = None
    for x in iv:
        if not (isinstance(x, list) and len(x) == 2 and all(isinstance(t, str) and TIME.match(t) for t in x)):
            p.append('%s: bad interval %r' % (where, x)); continue
        if x[0] >= x[1]:
            p.append('%s: start not before end %r' % (where, x))
        if last and x[0] < last:
            p.append('%s: intervals overlap or are unsorted' % where)
        last = x[1]


def check_hours(d, p):
    e = d['expected']
    if e is None:
        return
    allowed = {'weekly', 'open_evenings', 'open_weekends', 'closures', 'holiday_hours', 'unparsed'}
    if not isinstance(e, dict) or set(e) - allowed or not {'weekly', 'open_evenings', 'open_weekends'} <= set(e):
        p.append('hours keys: %s' % (sorted(e) if isinstance(e, dict) else e)); return
    w = e['weekly']
    if list(w) != DAYS:
        p.append('weekly must list mon..sun in order'); return
    for day in DAYS:
        intervals_ok(w[day], p, day)
    ev = any(iv[1] > '18:00' for day in DAYS for iv in w[day])
    we = bool(w['sat'] or w['sun'])
    if e['open_evenings'] is not ev:
        p.append('open_evenings should be %s (a closing time after 18:00)' % ev)
    if e['open_weekends'] is not we:
        p.append('open_weekends should be %s (Saturday or Sunday open)' % we)
    if 'closures' in e:
        if not e['closures']:
            p.append('empty closures list (omit the key)')
        for c in e['closures']:
            r = c.get('rule')
            if r not in RULES or set(c) - {'rule'} != RULES[r]:
                p.append('unknown closure shape %r' % c); continue
            if r == 'lunar_holiday' and c['name'] not in ('seollal', 'chuseok'):
                p.append('lunar_holiday name %r' % c['name'])
            if r == 'nth_weekday' and (c['weekday'] not in DAYS or not c['weeks']
                                       or any(x not in (-1, 1, 2, 3, 4, 5) for x in c['weeks'])):
                p.append('nth_weekday %r' % c)
            if r == 'date' and not (1 <= c['month'] <= 12 and 1 <= c['day'] <= 31):
                p.append('date %r' % c)
    if 'holiday_hours' in e:
        intervals_ok(e['holiday_hours'], p, 'holiday_hours')
        if any(c.get('rule') == 'public_holidays' for c in e.get('closures', [])):
            p.append('holiday_hours together with a public_holidays closure')
    if 'unparsed' in e and e['unparsed'] is not True:
        p.append('unparsed must be true when present')


def check_equipment(d, p):
    e = d['expected']
    if e is None:
        return
    if not isinstance(e, list) or not e:
        p.append('equipment expected must be a non-empty list or null'); return
    for it in e:
        if not isinstance(it, dict) or list(it) != ['canonical', 'category', 'count']:
            p.append('equipment item keys %r' % it); continue
        if it['canonical'] not in ITEMS:
            p.append('canonical %r not in taxonomy' % it['canonical'])
        elif ITEMS[it['canonical']] != it['category']:
            p.append('category of %r is %s in taxonomy' % (it['canonical'], ITEMS[it['canonical']]))
        if it['count'] is not None and (not isinstance(it['count'], int) or it['count'] < 1):
            p.append('count must be a positive int or null')


def check_phone(d, p):
    e = d['expected']
    if e is None:
        return
    if not isinstance(e, list) or not e:
        p.append('phone expected must be a non-empty list or null'); return
    for it in e:
        if not isinstance(it, dict) or list(it) != ['e164', 'display', 'extension']:
            p.append('phone item keys %r' % it); continue
        if not re.match(r'^0\d{1,3}-\d{3,4}-\d{4}$|^1\d{3}-\d{4}$', it['display']):
            p.append('display %r' % it['display'])
        digits = it['display'].replace('-', '')
        want = '+82' + (digits[1:] if digits.startswith('0') else digits)
        if it['e164'] != want:
            p.append('e164 %r should be %r' % (it['e164'], want))
        if it['extension'] is not None and not re.match(r'^\d+$', it['extension']):
            p.append('extension %r' % it['extension'])


def check_name(d, p):
    e = d['expected']
    if e is None:
        return
    if not isinstance(e, dict) or list(e) != ['display', 'normalized']:
        p.append('name keys %r' % e); return
    if e['display'] != ' '.join(e['display'].split()):
        p.append('display not trimmed/collapsed')
    if e['normalized'] != ''.join(e['display'].split()):
        p.append('normalized should be display without whitespace')


def check_kind(d, p):
    if 'source_kind' not in d:
        p.append('source_kind key missing')
    elif d['source_kind'] is not None and d['source_kind'] not in SOURCE_KINDS:
        p.append('source_kind %r unknown' % d['source_kind'])
    if d['expected'] is not None and d['expected'] not in KINDS:
        p.append('kind %r not in taxonomy' % d['expected'])


CHECK = {'address': check_address, 'hours': check_hours, 'equipment': check_equipment,
         'phone': check_phone, 'name': check_name, 'kind': check_kind}


def canon(x):
    return json.dumps(x, ensure_ascii=False, sort_keys=True)


def existing_inputs(field):
    s = set()
    for fn in glob.glob(os.path.join(CASES, field + '*.jsonl')):
        for line in open(fn, encoding='utf-8'):
            if line.strip():
                s.add(canon(json.loads(line)['input']))
    return s


def main():
    problems, total = [], 0
    for field in FIELDS:
        fn = os.path.join(SET, '%s_holdout5.jsonl' % field)
        old = existing_inputs(field)
        seen = set()
        n = 0
        for i, line in enumerate(open(fn, encoding='utf-8'), 1):
            p = []
            try:
                d = json.loads(line)
            except ValueError as ex:
                problems.append('%s:%d: not JSON (%s)' % (field, i, ex)); continue
            n += 1
            for k in ('input', 'expected', 'origin'):
                if k not in d:
                    p.append('missing key %s' % k)
            if not d.get('origin'):
                p.append('empty origin')
            if 'input' in d and 'expected' in d:
                CHECK[field](d, p)
                c = canon(d['input'])
                if c in old:
                    p.append('input repeats one in tests/cases/normalizers/%s*.jsonl' % field)
                key = c + '|' + canon(d.get('on_date') if field == 'address' else d.get('source_kind'))
                if key in seen:
                    p.append('duplicate case inside the set')
                seen.add(key)
            problems += ['%s:%d: %s' % (field, i, x) for x in p]
        total += n
        print('%-10s %3d cases' % (field, n))
    print('total      %3d cases' % total)
    if '--conventions' in sys.argv:
        for field in FIELDS:
            bad = 0
            for fn in sorted(glob.glob(os.path.join(CASES, field + '*.jsonl'))):
                for i, line in enumerate(open(fn, encoding='utf-8'), 1):
                    d = json.loads(line)
                    d.setdefault('origin', 'x')
                    if field == 'kind':
                        d.setdefault('source_kind', None)
                    p = []
                    CHECK[field](d, p)
                    if p:
                        bad += 1
                        print('  existing %s:%d: %s' % (os.path.basename(fn), i, '; '.join(p)))
            print('conventions %-10s existing cases failing these checks: %d' % (field, bad))
    for x in problems:
        print(x)
    print('OK' if not problems else '%d problems' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
