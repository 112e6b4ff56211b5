#!/usr/bin/env python3
"""Validate the third held-out normaliser set (standard library only).

Checks, for every *_holdout3.jsonl file next to this tools/ folder:
  * every line parses as one JSON object;
  * required keys are present (input, expected, origin; on_date for addresses; source_kind for kinds);
  * the expected value has the shape the existing labelled cases use;
  * equipment canonical names / categories and kind keys exist in config/taxonomy.yaml;
  * no input (compared as canonical JSON) equals an input in the existing files of the same field
    (tests/cases/normalizers/<field>*.jsonl and bench/data/normalizers/<field>_holdout.jsonl);
  * no case is duplicated inside this set (addresses: same input and on_date).
It reads only JSONL/YAML data files; it imports and runs none of the project's code.
Usage: python3 bench/data/normalizers3/tools/validate.py   (exit status 1 on any problem)
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET_DIR, '..', '..', '..'))
FIELDS = ['address', 'phone', 'hours', 'equipment', 'name', 'kind']
DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
ADDR_KEYS = {'sido', 'sigungu', 'road', 'building_no', 'detail', 'postal_code', 'jibun'}
HOURS_KEYS = {'weekly', 'open_evenings', 'open_weekends', 'closures', 'holiday_hours', 'unparsed'}
RULES = {'public_holidays', 'date', 'lunar_holiday', 'nth_weekday', 'election_days', 'temporarily_closed'}
TIME = re.compile(r'^([01]\d|2[0-4]):[0-5]\d$')


def canon(value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(',', ':'))


def taxonomy():
    """Equipment items (name -> category) and kind keys, read from taxonomy.yaml by indentation."""
    items, kinds, section, sub = {}, set(), None, None
    current = None
    for raw in open(os.path.join(ROOT, 'config', 'taxonomy.yaml'), encoding='utf-8'):
        line = raw.split('#', 1)[0].rstrip() if not raw.lstrip().startswith('synonyms') else raw.rstrip()
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        text = line.strip()
        if indent == 0:
            section = text.rstrip(':')
            sub = None
            continue
        if section == 'kinds' and indent == 2 and text.endswith(':'):
            kinds.add(text[:-1])
        if section == 'equipment':
            if indent == 2:
                sub = text.rstrip(':')
            elif sub == 'items' and indent == 4 and text.endswith(':'):
                current = text[:-1]
                items[current] = None
            elif sub == 'items' and indent == 6 and text.startswith('category:'):
                items[current] = text.split(':', 1)[1].strip()
    return items, kinds


def existing_inputs(field):
    files = glob.glob(os.path.join(ROOT, 'tests', 'cases', 'normalizers', field + '*.jsonl'))
    files += glob.glob(os.path.join(ROOT, 'bench', 'data', 'normalizers', field + '_holdout.jsonl'))
    seen = set()
    for path in files:
        for line in open(path, encoding='utf-8'):
            if line.strip():
                seen.add(canon(json.loads(line)['input']))
    return seen, files


def check_hours(e, err):
    if e is None:
        return
    if not isinstance(e, dict) or set(e) - HOURS_KEYS or not {'weekly', 'open_evenings', 'open_weekends'} <= set(e):
        return err('hours keys')
    w = e['weekly']
    if list(w) != DAYS:
        return err('weekly days')
    for d in DAYS:
        for iv in w[d]:
            if len(iv) != 2 or not all(TIME.match(t) for t in iv) or not iv[0] < iv[1]:
                err('bad interval %r' % (iv,))
    ev = any(b > '18:00' for d in DAYS for a, b in w[d])
    we = bool(w['sat'] or w['sun'])
    if e['open_evenings'] != ev or e['open_weekends'] != we:
        err('open_evenings/open_weekends inconsistent with weekly')
    for c in e.get('closures', []):
        if c.get('rule') not in RULES:
            err('unknown closure rule %r' % c)
    if 'closures' in e and not e['closures']:
        err('empty closures list (omit the key)')
    if e.get('unparsed') is False:
        err('unparsed false (omit the key)')


def main():
    items, kinds = taxonomy()
    problems, counts = [], {}
    for field in FIELDS:
        path = os.path.join(SET_DIR, field + '_holdout3.jsonl')
        old, _ = existing_inputs(field)
        own = set()
        n = 0
        for no, line in enumerate(open(path, encoding='utf-8'), 1):
            where = '%s:%d' % (os.path.basename(path), no)

            def err(msg, where=where):
                problems.append('%s: %s' % (where, msg))
            try:
                d = json.loads(line)
            except ValueError as exc:
                err('does not parse: %s' % exc)
                continue
            n += 1
            need = {'input', 'expected', 'origin'} | ({'on_date'} if field == 'address' else set()) \
                | ({'source_kind'} if field == 'kind' else set())
            if not need <= set(d):
                err('missing keys %s' % sorted(need - set(d)))
                continue
            key = canon(d['input'])
            if key in old:
                err('input repeats an existing case: %s' % key)
            own_key = key + '|' + d.get('on_date', '')
            if own_key in own:
                err('duplicated inside this set')
            own.add(own_key)
            e = d['expected']
            if field == 'address':
                if not re.match(r'^\d{4}-\d{2}-\d{2}$', d['on_date']):
                    err('on_date')
                if e is not None and set(e) != ADDR_KEYS:
                    err('address keys')
            elif field == 'phone':
                for p in e or []:
                    if set(p) != {'e164', 'display', 'extension'}:
                        err('phone keys')
                    elif '+82' + p['display'].replace('-', '').lstrip('0') != p['e164']:
                        err('e164 does not match display')
            elif field == 'hours':
                check_hours(e, err)
            elif field == 'equipment':
                for it in e or []:
                    if set(it) != {'canonical', 'category', 'count'}:
                        err('equipment keys')
                    elif items.get(it['canonical'], '?') != it['category']:
                        err('not a taxonomy item/category: %r' % it)
            elif field == 'name':
                if e is not None and set(e) != {'display', 'normalized'}:
                    err('name keys')
            elif field == 'kind':
                if e is not None and e not in kinds:
                    err('unknown kind %r' % e)
        counts[field] = n
    for field in FIELDS:
        print('%-10s %4d' % (field, counts.get(field, 0)))
    print('%-10s %4d' % ('total', sum(counts.values())))
    for p in problems:
        print('PROBLEM', p)
    print('OK' if not problems else '%d problem(s)' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
