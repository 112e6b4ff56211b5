"""(사)생활제작자협회 회원공간 안내: an old hand-made PHP site in EUC-KR, laid out with nested tables.

Facts sit only in a ``<th>`` label / ``<td>`` value table, without classes or ids; labels vary from page to page
(소재지/주소/위치/도로명주소, 연락처/전화/전화번호, 이용시간/운영시간/개방시간 …). Some pages list equipment in a
second table (장비명 | 수량). Every page declares EUC-KR only in ``<meta http-equiv>``; the header says ``text/html``.

Paths: ``/`` (home: newest spaces, notices), ``/member/list.php?page=N`` (8 a page, relative links),
``/member/view.php?no=N`` (detail), ``/bbs/list.php?id=notice``, ``/bbs/view.php?id=notice&no=N`` (notices),
``/intro/greeting.php``, ``/intro/map.php`` (the association's own office), ``/admin/`` (disallowed under
``robots`` and linked from every footer).
"""

from __future__ import annotations

import math

from sites.render.common import RenderOptions, SiteContent, e, latest
from sites.render.private_kit import add_facility, add_page, add_robots, split_items

SITE = "makerunion_table"
PER_PAGE = 8
ENCODING = {"encoding": "euc_kr", "header_charset": None}

LABELS = {
    "공간명": "name",
    "영문명": "alt_names",
    "구분": "kind_text",
    "운영": "operator",
    "운영기관": "operator",
    "운영주체": "operator",
    "소재지": "address",
    "주소": "address",
    "위치": "address",
    "도로명주소": "address",
    "지번주소": "address_jibun",
    "우편번호": "postal_code",
    "연락처": "phone",
    "전화": "phone",
    "전화번호": "phone",
    "팩스": "fax",
    "이메일": "email",
    "이용시간": "hours",
    "운영시간": "hours",
    "개방시간": "hours",
    "보유 장비": "equipment",
    "주요 장비": "equipment",
    "장비": "equipment",
    "교육": "programmes",
    "프로그램": "programmes",
    "교육 프로그램": "programmes",
    "홈페이지": "homepage",
    "소개": "description",
}
LIST_FIELDS = ("alt_names", "equipment", "programmes")

OFFICE = [
    ("주소", "서울특별시 종로구 대학로12길 31 2층"),
    ("전화", "02-747-3318"),
    ("팩스", "02-747-3319"),
    ("이메일", "office@makerunion.or.kr"),
    ("찾아오시는 길", "지하철 4호선 혜화역 2번 출구에서 도보 5분"),
]
NOTICES = [
    (
        "3",
        "2025년 회원공간 공동 워크숍 안내",
        "2025-10-20",
        "<p>회원공간 운영자 여러분을 모시고 하반기 공동 워크숍을 엽니다. 많은 참석 바랍니다.</p>",
        [
            ("일시", "2025년 11월 15일(토) 14:00~17:00"),
            ("장소", "나무결 목공방 (성수메이커타워 3층)"),
            ("주소", "서울특별시 성동구 성수이로 88"),
            ("문의", "사무국 02-747-3318"),
        ],
    ),
    (
        "2",
        "회원공간 정보 수정 요청 방법",
        "2025-04-02",
        "<p>운영시간이나 연락처가 바뀐 회원공간은 사무국 이메일로 알려 주시면 일주일 안에 반영해 드립니다.</p>"
        "<p>사진 교체는 한 번에 5장까지 가능합니다.</p>",
        [],
    ),
    (
        "1",
        "홈페이지를 새로 단장했습니다",
        "2024-08-01",
        "<p>회원공간 목록을 지역별로 보실 수 있도록 홈페이지를 정리했습니다. 불편한 점은 게시판에 남겨 주세요.</p>",
        [],
    ),
]


def expected_fields(r: dict) -> dict:
    """The facts a reader takes from a detail page: every row of its table, by the site's own labels."""
    fields: dict = {}
    for label, value in r["rows"]:
        field = LABELS[label]
        if field == "alt_names":
            fields[field] = [value]
        elif field in LIST_FIELDS:
            fields[field] = list(value) if isinstance(value, list) else split_items(value)
        else:
            fields[field] = value
    if r.get("equipment_table"):
        fields["equipment"] = [f"{name} {count}" for name, count in r["equipment_table"]]
    return fields


def _shell(body: str, opts: RenderOptions, left: str) -> str:
    admin = ' | <a href="/admin/">관리자</a>' if opts.robots else ""
    office = " | ".join(f"{k} : {v}" for k, v in OFFICE[:3])
    return (
        "<html>\n<head>\n<title>(사)생활제작자협회</title>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">\n'
        '<link rel="stylesheet" href="/css/style.css" type="text/css">\n'
        '<script language="javascript" src="/js/common.js"></script>\n</head>\n'
        '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
        '<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">\n'
        '<tr><td height="90" background="/img/top_bg.gif"><a href="/"><img src="/img/logo.gif" '
        'alt="(사)생활제작자협회" border="0"></a></td></tr>\n'
        '<tr><td height="30" bgcolor="#4a6b2a" align="center"><font color="#ffffff">'
        '<a href="/intro/greeting.php"><font color="#ffffff">협회소개</font></a> &nbsp;|&nbsp; '
        '<a href="/member/list.php"><font color="#ffffff">회원공간</font></a> &nbsp;|&nbsp; '
        '<a href="/bbs/list.php?id=notice"><font color="#ffffff">공지사항</font></a> &nbsp;|&nbsp; '
        '<a href="/intro/map.php"><font color="#ffffff">오시는 길</font></a></font></td></tr>\n'
        '<tr><td>\n<table width="100%" border="0" cellspacing="0" cellpadding="0">\n<tr>\n'
        f'<td width="180" valign="top" bgcolor="#f6f6ee">\n{left}\n</td>\n'
        f'<td width="720" valign="top" style="padding:15px">\n{body}\n</td>\n'
        "</tr>\n</table>\n</td></tr>\n"
        '<tr><td bgcolor="#eeeeee" align="center" height="60"><font size="2" color="#666666">'
        f"(사)생활제작자협회 | {e(office)}<br>Copyright ⓒ 2008-2025 (사)생활제작자협회. All rights reserved."
        f"{admin}</font></td></tr>\n</table>\n</body>\n</html>\n"
    )


def _left_member() -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="8">\n'
        '<tr><td><img src="/img/left_tit_member.gif" alt="회원공간"></td></tr>\n'
        '<tr><td><a href="/member/list.php">회원공간 목록</a></td></tr>\n'
        '<tr><td><a href="/bbs/list.php?id=notice">회원공간 소식</a></td></tr>\n</table>'
    )


def _left_intro() -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="8">\n'
        '<tr><td><img src="/img/left_tit_intro.gif" alt="협회소개"></td></tr>\n'
        '<tr><td><a href="greeting.php">인사말</a></td></tr>\n'
        '<tr><td><a href="map.php">오시는 길</a></td></tr>\n</table>'
    )


def _cell(label: str, value: object) -> str:
    if isinstance(value, list):
        return "<br>\n".join(e(v) for v in value)
    if label == "홈페이지":
        return f'<a href="{e(value)}" target="_blank">{e(value)}</a>'
    if label == "이메일":
        return f'<a href="mailto:{e(value)}">{e(value)}</a>'
    return e(value)


def _info_table(rows: list) -> str:
    trs = "\n".join(
        f'<tr><th width="130" bgcolor="#f0f0e8" align="left">{e(k)}</th><td bgcolor="#ffffff">{_cell(k, v)}</td></tr>'
        for k, v in rows
    )
    return f'<table width="100%" border="0" cellpadding="6" cellspacing="1" bgcolor="#c8c8c8">\n{trs}\n</table>'


def _detail(r: dict, opts: RenderOptions) -> str:
    body = '<img src="/img/tit_member_view.gif" alt="회원공간 상세보기"><br><br>\n' + _info_table(r["rows"])
    if r.get("equipment_table"):
        rows = "\n".join(
            f'<tr bgcolor="#ffffff"><td>{e(n)}</td><td align="center">{e(c)}</td></tr>' for n, c in r["equipment_table"]
        )
        body += (
            '\n<br><img src="/img/tit_equip.gif" alt="보유 장비 현황"><br>\n'
            '<table width="100%" border="0" cellpadding="6" cellspacing="1" bgcolor="#c8c8c8">\n'
            '<tr bgcolor="#f0f0e8"><th>장비명</th><th width="120">수량</th></tr>\n'
            f"{rows}\n</table>"
        )
    body += (
        '\n<br><table width="100%" border="0"><tr><td align="right"><a href="list.php">'
        '<img src="/img/btn_list.gif" alt="목록" border="0"></a></td></tr></table>'
    )
    return _shell(body, opts, _left_member())


def _list_page(chunk: list[dict], page: int, pages: int, start_no: int, opts: RenderOptions) -> str:
    rows = []
    for i, r in enumerate(chunk):
        f = expected_fields(r)
        rows.append(
            f'<tr bgcolor="#ffffff"><td align="center">{start_no - i}</td><td align="center">{e(r["region"])}</td>'
            f'<td><a href="view.php?no={e(r["key"])}">{e(f["name"])}</a></td>'
            f'<td align="center">{e(f.get("kind_text", ""))}</td><td align="center">{e(f.get("phone", ""))}</td></tr>'
        )
    links = " ".join(
        f"<b>{n}</b>" if n == page else f'<a href="list.php?page={n}">{n}</a>' for n in range(1, pages + 1)
    )
    body = (
        '<img src="/img/tit_member.gif" alt="회원공간 안내"><br><br>\n'
        '<table width="100%" border="0" cellpadding="5" cellspacing="1" bgcolor="#c8c8c8">\n'
        '<tr bgcolor="#f0f0e8"><th width="50">번호</th><th width="70">지역</th><th>공간명</th>'
        '<th width="130">구분</th><th width="120">연락처</th></tr>\n' + "\n".join(rows) + "\n</table>\n"
        f'<br><table width="100%" border="0"><tr><td align="center">[이전] {links} [다음]</td></tr></table>'
    )
    return _shell(body, opts, _left_member())


def _notice_pages(out: SiteContent, opts: RenderOptions) -> None:
    rows = "\n".join(
        f'<tr bgcolor="#ffffff"><td align="center">{no}</td>'
        f'<td><a href="view.php?id=notice&amp;no={no}">{e(title)}</a></td><td align="center">{day}</td></tr>'
        for no, title, day, _, _ in NOTICES
    )
    listing = (
        '<img src="/img/tit_notice.gif" alt="공지사항"><br><br>\n'
        '<table width="100%" border="0" cellpadding="5" cellspacing="1" bgcolor="#c8c8c8">\n'
        '<tr bgcolor="#f0f0e8"><th width="50">번호</th><th>제목</th><th width="100">작성일</th></tr>\n'
        f"{rows}\n</table>"
    )
    add_page(out, "/bbs/list.php?id=notice", _shell(listing, opts, _left_member()), NOTICES[0][2], **ENCODING)
    for no, title, day, text, table in NOTICES:
        body = (
            '<table width="100%" border="0" cellpadding="6" cellspacing="1" bgcolor="#c8c8c8">\n'
            f'<tr><th bgcolor="#f0f0e8" width="80">제목</th><td bgcolor="#ffffff">{e(title)}</td></tr>\n'
            f'<tr><th bgcolor="#f0f0e8">작성일</th><td bgcolor="#ffffff">{day}</td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#ffffff">{text}\n'
            + (_info_table(table) if table else "")
            + '</td></tr>\n</table>\n<br><a href="list.php?id=notice">목록</a>'
        )
        add_page(out, f"/bbs/view.php?id=notice&no={no}", _shell(body, opts, _left_member()), day, **ENCODING)


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the association's site."""
    out = SiteContent()
    records = sorted(records, key=lambda r: -int(r["key"]))
    for r in records:
        add_facility(out, SITE, r, _detail(r, opts), **ENCODING)
    pages = max(1, math.ceil(len(records) / PER_PAGE))
    for page in range(1, pages + 1):
        chunk = records[(page - 1) * PER_PAGE : page * PER_PAGE]
        html = _list_page(chunk, page, pages, len(records) - (page - 1) * PER_PAGE, opts)
        add_page(out, f"/member/list.php?page={page}", html, latest(chunk), **ENCODING)
        if page == 1:
            add_page(out, "/member/list.php", html, latest(chunk), **ENCODING)
    newest = "\n".join(
        f'<tr><td>· <a href="/member/view.php?no={e(r["key"])}">{e(expected_fields(r)["name"])}</a> '
        f"({e(r['region'])})</td></tr>"
        for r in records[:3]
    )
    notices = "\n".join(
        f'<tr><td>· <a href="/bbs/view.php?id=notice&amp;no={no}">{e(title)}</a> {day}</td></tr>'
        for no, title, day, _, _ in NOTICES
    )
    home = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="4">\n'
        '<tr><td><img src="/img/main_visual.jpg" alt="함께 만들고 함께 나누는 생활제작자협회"></td></tr>\n'
        f"<tr><td><b>신규 회원공간</b></td></tr>\n{newest}\n<tr><td><b>공지사항</b></td></tr>\n{notices}\n</table>"
    )
    home_left = _left_intro().replace('href="', 'href="/intro/')
    add_page(out, "/", _shell(home, opts, home_left), latest(records), **ENCODING)
    greeting = (
        '<img src="/img/tit_greeting.gif" alt="인사말"><br><br>\n'
        '<table width="100%" border="0" cellpadding="10"><tr><td>'
        "<p>안녕하십니까. (사)생활제작자협회 홈페이지를 찾아 주셔서 감사합니다.</p>"
        "<p>우리 협회는 전국의 공방과 메이커스페이스가 장비와 경험을 나누도록 2008년에 문을 열었습니다. "
        "회원공간은 누구나 찾아가 배우고 만들 수 있는 곳들입니다.</p>"
        "<p>(사)생활제작자협회 이사장 드림</p></td></tr></table>"
    )
    add_page(out, "/intro/greeting.php", _shell(greeting, opts, _left_intro()), "2024-08-01", **ENCODING)
    office = '<img src="/img/tit_map.gif" alt="오시는 길"><br><br>\n' + _info_table(OFFICE)
    add_page(out, "/intro/map.php", _shell(office, opts, _left_intro()), "2024-08-01", **ENCODING)
    _notice_pages(out, opts)
    login = '<form method="post" action="/admin/login.php">아이디 <input name="id"> 비밀번호 <input type="password">'
    add_page(out, "/admin/", _shell(login + "</form>", opts, ""), "2024-08-01", **ENCODING)
    add_robots(out, opts, ["/admin/"])
    return out
