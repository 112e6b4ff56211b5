"""(holdout10: copied from holdout9; row() matches 도서관명 ignoring spaces, the copied value stays verbatim.)

Helpers: look up real rows of the 전국도서관표준데이터 files and render listings.

Nothing here decides truth.  The spec files name each facility and each listing
explicitly; these helpers only copy real field values (verbatim for the data-file
source styles) or re-format them (other source styles).  No identifying value is
created here: every phone / road address / homepage / coordinate comes from a row.
"""
import csv
import re

DATA = '/work/shared/data/opendata/'
_FILES = {'2026': DATA + 'library_2026.csv', '2023': DATA + 'library_2023_2024.csv'}
_ROWS = {k: list(csv.DictReader(open(v, encoding='utf-8'))) for k, v in _FILES.items()}

SIDO = ['서울특별시', '부산광역시', '대구광역시', '인천광역시', '광주광역시', '대전광역시',
        '울산광역시', '세종특별자치시', '경기도', '강원특별자치도', '강원도', '충청북도',
        '충청남도', '전북특별자치도', '전라북도', '전라남도', '경상북도', '경상남도',
        '제주특별자치도']

# how a Korean map/portal place listing abbreviates the 시도
MAP_SHORT = {'서울특별시': '서울', '부산광역시': '부산', '대구광역시': '대구', '인천광역시': '인천',
             '광주광역시': '광주', '대전광역시': '대전', '울산광역시': '울산',
             '세종특별자치시': '세종특별자치시', '경기도': '경기', '강원특별자치도': '강원특별자치도',
             '강원도': '강원', '충청북도': '충북', '충청남도': '충남', '전북특별자치도': '전북특별자치도',
             '전라북도': '전북', '전라남도': '전남', '경상북도': '경북', '경상남도': '경남',
             '제주특별자치도': '제주특별자치도'}
# how a 구청/시청 page writes its own city (metropolitan cities) or drops the province
GU_SHORT = {'서울특별시': '서울시', '부산광역시': '부산시', '대구광역시': '대구시', '인천광역시': '인천시',
            '광주광역시': '광주시', '대전광역시': '대전시', '울산광역시': '울산시'}


def row(snap, name, provider=None, addr_contains=None, date=None):
    """Exactly one row of a snapshot, selected by 도서관명 (+ 제공기관명, + address part, + 데이터기준일자)."""
    hits = [r for r in _ROWS[snap] if re.sub(r'\s+', '', r['도서관명']) == re.sub(r'\s+', '', name)
            and (provider is None or r['제공기관명'] == provider)
            and (addr_contains is None or addr_contains in r['소재지도로명주소'])
            and (date is None or r['데이터기준일자'] == date)]
    if len(hits) != 1:
        raise SystemExit('row(%r,%r,%r,%r): %d hits' % (snap, name, provider, addr_contains, len(hits)))
    return hits[0]


def publisher_style(r, snap):
    if snap == '2023':
        return 'library_data_2023'
    p = r['제공기관명']
    if '교육청' in p or '교육지원청' in p:
        return 'library_edu'
    if p.strip() in SIDO:
        return 'library_sido'
    return 'library_sigungu'


def verbatim(snap, name, provider=None, addr_contains=None, date=None):
    """A listing exactly as the standard-data file (as published by that 제공기관) prints it."""
    r = row(snap, name, provider, addr_contains, date)
    return dict(source=publisher_style(r, snap), name=r['도서관명'], address=r['소재지도로명주소'],
                postal_code='', phone=r['도서관전화번호'], homepage=r['홈페이지주소'],
                lat=r['위도'].strip(), lon=r['경도'].strip(), kind=r['도서관유형'],
                _row=(snap, r['도서관명'], r['제공기관명']))


def _split_sido(addr):
    for s in sorted(SIDO, key=len, reverse=True):
        if addr.startswith(s):
            return s, addr[len(s):].strip()
    return '', addr


def _round(x, nd=6):
    x = x.strip()
    if not x:
        return ''
    return ('%.' + str(nd) + 'f') % float(x)


def map_listing(snap, name, provider=None, addr_contains=None, display_name=None, kind='도서관',
                phone=True):
    """A Korean map / portal place card: short 시도, coordinates, plain phone."""
    r = row(snap, name, provider, addr_contains)
    s, rest = _split_sido(r['소재지도로명주소'])
    addr = (MAP_SHORT.get(s, s) + ' ' + rest).strip()
    return dict(source='map_listing', name=display_name or r['도서관명'], address=addr,
                postal_code='', phone=r['도서관전화번호'] if phone else '', homepage='',
                lat=_round(r['위도']), lon=_round(r['경도']), kind=kind,
                _row=(snap, r['도서관명'], r['제공기관명']))


def gu_phone(p):
    """'02-944-3160' -> '02)944-3160' (the 구청-page habit)."""
    p = p.strip()
    m = re.match(r'^(0\d{1,2})-(.+)$', p)
    return m.group(1) + ')' + m.group(2) if m else p


def dot_phone(p):
    return p.strip().replace('-', '.')


def intl_phone(p):
    p = p.strip()
    m = re.match(r'^0(\d{1,2})-(.+)$', p)
    return '+82-' + m.group(1) + '-' + m.group(2) if m else p


def gu_office(snap, name, provider=None, addr_contains=None, display_name=None, kind='공공도서관',
              drop_paren=False, homepage=True, addr_override=None):
    """A 구청/시청/군청 facility page: city written short (서울시 …) or province dropped."""
    r = row(snap, name, provider, addr_contains)
    s, rest = _split_sido(r['소재지도로명주소'])
    if drop_paren:
        rest = re.sub(r'\s*\([^)]*\)', '', rest).strip()
    addr = (GU_SHORT[s] + ' ' + rest) if s in GU_SHORT else rest
    if addr_override is not None:
        addr = addr_override
    return dict(source='gu_office', name=display_name or r['도서관명'], address=addr,
                postal_code='', phone=gu_phone(r['도서관전화번호']),
                homepage=r['홈페이지주소'] if homepage else '', lat='', lon='', kind=kind,
                _row=(snap, r['도서관명'], r['제공기관명']))


def L(source, name, address='', phone='', homepage='', kind='', lat='', lon='', postal_code=''):
    """A hand-written listing (facility facts from the reference file or a cited page)."""
    return dict(source=source, name=name, address=address, postal_code=postal_code, phone=phone,
                homepage=homepage, lat=lat, lon=lon, kind=kind)
