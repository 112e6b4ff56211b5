"""메이커 투어 일지: a personal blog on a Tistory-like skin; facility facts are prose lines inside the post body.

A visit post mixes ordinary paragraphs with a block of ``label : value`` lines (``주소: …``, ``전화 : …``,
``운영시간 - …``, ``보유장비 : 3D프린터 2대, 레이저커터 1대``, a full-width ``：`` on one post), written as separate
paragraphs, one paragraph with line breaks, a list or a quotation, sometimes behind an emoji. Other posts (tips,
an event report with its own 장소/주소 lines, a round-up linking several visits, a notice, the guestbook) are not
facilities.

Paths: ``/`` and ``/?page=N`` (every post, newest first, 5 a page), ``/category/<percent-encoded name>?page=N``,
``/{N}`` (a post), ``/notice/1``, ``/guestbook``, ``/manage/`` (disallowed under ``robots``, linked as 관리).
The sidebar's 인기 글 links three visit posts that the lists link too.
"""

from __future__ import annotations

import math
from urllib.parse import quote

from sites.render.common import RenderOptions, SiteContent, e, latest
from sites.render.private_kit import add_facility, add_page, add_robots, split_items

SITE = "makertour_blog"
PER_PAGE = 5
BLOG = "메이커 투어 일지"
VISITS = "공간탐방"
CATEGORIES = (VISITS, "메이커일상", "행사정리")
POPULAR = (
    ("3", "[공간탐방] 국립과천과학관 무한상상실, 1호점은 역시 달랐다"),
    ("11", "[공간탐방] 제주에서 만난 메이커스페이스, JDC 재미만랩"),
    ("18", "[공간탐방] 김천 혁신도시 메이커카페 두드림"),
    ("10", "[정리] 수도권에서 무료로 쓸 수 있는 메이커스페이스"),
)

LABELS = {
    "공간명": "name",
    "상호": "name",
    "이름": "name",
    "주소": "address",
    "위치": "address",
    "소재지": "address",
    "전화": "phone",
    "연락처": "phone",
    "문의": "phone",
    "운영시간": "hours",
    "이용시간": "hours",
    "개방시간": "hours",
    "보유장비": "equipment",
    "장비": "equipment",
    "주요 장비": "equipment",
    "프로그램": "programmes",
    "교육": "programmes",
    "운영": "operator",
    "운영기관": "operator",
    "홈페이지": "homepage",
    "이메일": "email",
}

OTHER_POSTS = [
    {
        "key": "1",
        "date": "2024. 3. 2. 21:00",
        "updated": "2024-03-02",
        "category": "메이커일상",
        "title": "블로그를 시작하며",
        "body": [
            "회사 다니면서 주말마다 공방과 메이커스페이스를 찾아다닌 지 3년이 되었습니다.",
            "다녀온 곳을 하나씩 정리해 두려고 블로그를 엽니다. 공간 정보는 방문 당시 기준이니 가시기 전에 꼭 "
            "전화로 확인하세요.",
        ],
    },
    {
        "key": "2",
        "date": "2024. 3. 20. 22:15",
        "updated": "2024-03-20",
        "category": "메이커일상",
        "title": "메이커스페이스 고르는 법 (장비·비용 체크리스트)",
        "body": [
            "처음 메이커스페이스를 고를 때 저는 세 가지를 봅니다. 집에서 얼마나 가까운지, 평일 저녁에 여는지, "
            "안전교육을 얼마나 자주 하는지.",
            "체크리스트: 장비 예약 방법, 재료비 별도 여부, 주차 가능 여부, 보호자 동반 조건.",
        ],
    },
    {
        "key": "5",
        "date": "2024. 5. 30. 23:40",
        "updated": "2024-05-30",
        "category": "메이커일상",
        "title": "3D프린터 필라멘트 PLA vs PETG, 뭘 써야 할까",
        "body": [
            "PLA는 출력이 쉽고 냄새가 적어서 처음 쓰기에 좋습니다. PETG는 조금 더 질기고 열에 강해요.",
            "결론: 장난감이나 시제품 외형은 PLA, 햇빛 받는 부품은 PETG.",
        ],
    },
    {
        "key": "7",
        "date": "2024. 7. 14. 20:05",
        "updated": "2024-07-14",
        "category": "행사정리",
        "title": "[행사] 메이커 페어 서울 2024 다녀왔어요",
        "body": [
            "올해 메이커 페어 서울은 노들섬에서 열렸습니다. 부스가 200개가 넘어서 하루로는 부족했어요.",
            "일시 : 2024년 7월 13일(토)~14일(일)",
            "장소 : 노들섬 다목적홀",
            "주소 : 서울 용산구 양녕로 445",
            "입장료 : 무료",
            "내년에는 저도 작은 부스를 내 보고 싶네요.",
        ],
    },
    {
        "key": "10",
        "date": "2024. 9. 28. 19:30",
        "updated": "2024-09-28",
        "category": "행사정리",
        "title": "[정리] 수도권에서 무료로 쓸 수 있는 메이커스페이스",
        "body": [
            "지금까지 다녀온 곳 중에서 장비를 무료로(재료비만 내고) 쓸 수 있는 곳을 모았습니다. 자세한 정보는 "
            "각 후기에 있어요.",
            '<a href="/3">국립과천과학관 무한상상실</a> — 교육만 받으면 예약해서 쓸 수 있어요.',
            '<a href="/4">구리 꿈꾸는 공작소</a> — 평일 밤 9시까지.',
            '<a href="/9">서대문구 융복합인재교육센터</a> — 오픈데이에만 무료.',
            "서울이노베이션팹랩 — 아직 못 가 봤어요. 다녀오면 따로 올리겠습니다.",
        ],
    },
    {
        "key": "13",
        "date": "2024. 12. 5. 21:50",
        "updated": "2024-12-05",
        "category": "메이커일상",
        "title": "레이저 커터 안전수칙 10가지",
        "body": [
            "레이저 커터는 편하지만 불이 가장 많이 나는 장비이기도 합니다. 작업 중에는 절대 자리를 비우지 마세요.",
            "PVC처럼 염소가 든 재료는 자르면 안 됩니다. 모르는 재료는 매니저에게 먼저 물어보세요.",
        ],
    },
    {
        "key": "16",
        "date": "2025. 3. 1. 18:25",
        "updated": "2025-03-01",
        "category": "메이커일상",
        "title": "공방 창업 비용, 현실적으로 정리해 봤습니다",
        "body": [
            "공방을 열고 싶다는 분들이 많아서 제가 아는 사장님들께 물어본 내용을 정리했습니다.",
            "보증금과 월세가 가장 크고, 장비는 중고로 시작하는 경우가 많았어요. 목공방은 집진기와 방음이 "
            "생각보다 많이 듭니다.",
        ],
    },
    {
        "key": "22",
        "date": "2025. 8. 30. 20:10",
        "updated": "2025-08-30",
        "category": "행사정리",
        "title": "[정리] 2025 하반기 메이커 교육 일정 모음",
        "body": [
            "다녀온 곳들의 하반기 교육 일정을 한곳에 모았습니다. 일정은 바뀔 수 있어요.",
            '<table data-ke-align="alignLeft"><tr><td>공간</td><td>교육</td><td>일정</td></tr>'
            '<tr><td><a href="/4">꿈꾸는 공작소</a></td><td>야간 프로그램</td><td>9월~11월 매주 목</td></tr>'
            '<tr><td><a href="/12">강릉제작소</a></td><td>안전교육</td><td>매월 둘째·넷째 토</td></tr>'
            '<tr><td><a href="/19">팹랩대전</a></td><td>사용법 교육</td><td>수시</td></tr></table>',
        ],
    },
]


def expected_fields(r: dict) -> dict:
    """The facts of a visit post: its ``label : value`` lines, by the blog's own labels (lists split at commas)."""
    fields: dict = {}
    for _prefix, label, _sep, value in r["facts"]:
        field = LABELS[label]
        fields[field] = split_items(value) if field in ("equipment", "programmes") else value
    return fields


def category_path(name: str) -> str:
    """A category's path as the skin links it (percent-encoded)."""
    return "/category/" + quote(name)


def _shell(title: str, body: str, opts: RenderOptions) -> str:
    manage = ' <a href="/manage/" class="btn-manage">관리</a>' if opts.robots else ""
    popular = "\n".join(f'<li><a href="/{k}">{e(title)}</a></li>' for k, title in POPULAR)
    cats = "\n".join(f'<li><a href="{category_path(c)}">{c}</a></li>' for c in CATEGORIES)
    return (
        '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="UTF-8">\n'
        f"<title>{e(title)}</title>\n"
        '<link rel="stylesheet" href="/skin/style.css">\n</head>\n<body id="tt-body-page">\n<div id="wrap">\n'
        f'<header id="header"><h1><a href="/">{BLOG}</a></h1>{manage}\n'
        f'<nav id="gnb"><ul>\n{cats}\n<li><a href="/notice/1">공지</a></li>\n'
        '<li><a href="/guestbook">방명록</a></li>\n</ul></nav></header>\n'
        f'<div id="container">\n<main id="content">\n{body}\n</main>\n'
        f'<aside id="sidebar">\n<div class="popular"><h3>인기 글</h3><ul>\n{popular}\n</ul></div>\n'
        f'<div class="category"><h3>카테고리</h3><ul>\n{cats}\n</ul></div>\n</aside>\n</div>\n'
        f'<footer id="footer"><p>{BLOG} · Designed by TISTORY</p></footer>\n</div>\n</body>\n</html>\n'
    )


def _facts_html(r: dict) -> str:
    lines = []
    for prefix, label, sep, value in r["facts"]:
        shown = e(value)
        if LABELS[label] == "homepage":
            href = value if value.startswith("http") else f"http://{value}"
            shown = f'<a href="{e(href)}" target="_blank" rel="noopener">{e(value)}</a>'
        lines.append(f"{e(prefix)}{e(label)}{e(sep)}{shown}")
    style = r["style"]
    if style == "br":
        block = '<p data-ke-size="size16">' + "<br>".join(lines) + "</p>"
    elif style == "ul":
        block = '<ul style="list-style-type: disc;" data-ke-list-type="disc">\n' + "\n".join(
            f"<li>{line}</li>" for line in lines
        )
        block += "\n</ul>"
    elif style == "quote":
        block = '<blockquote data-ke-style="style2">\n' + "\n".join(f"<p>{line}</p>" for line in lines)
        block += "\n</blockquote>"
    else:
        block = "\n".join(f'<p data-ke-size="size16">{line}</p>' for line in lines)
    heading = f'<h3 data-ke-size="size23">{e(r["heading"])}</h3>\n' if r.get("heading") else ""
    return heading + block


def _article(key: str, title: str, date: str, category: str, content: str, tags: list[str]) -> str:
    tag_html = " ".join(f"<span>#{e(t)}</span>" for t in tags)
    return (
        '<article class="entry">\n<div class="titleWrap">'
        f'<h2><a href="/{key}">{e(title)}</a></h2>'
        f'<span class="category"><a href="{category_path(category)}">{category}</a></span> '
        f'<span class="date">{date}</span></div>\n'
        f'<div class="article"><div class="tt_article_useless_p_margin contents_style">\n{content}\n</div></div>\n'
        f'<div class="tags">{tag_html}</div>\n</article>'
    )


def _visit(r: dict, opts: RenderOptions) -> str:
    paras = lambda ps: "\n".join(f'<p data-ke-size="size16">{e(p)}</p>' for p in ps)  # noqa: E731
    content = paras(r["intro"]) + '\n<p data-ke-size="size16">&nbsp;</p>\n' + _facts_html(r)
    content += '\n<p data-ke-size="size16">&nbsp;</p>\n' + paras(r["outro"])
    return _shell(
        f"{r['title']} :: {BLOG}", _article(r["key"], r["title"], r["date"], VISITS, content, r["tags"]), opts
    )


def _other(p: dict, opts: RenderOptions) -> str:
    content = "\n".join(
        line if line.startswith("<table") else f'<p data-ke-size="size16">{line if "<a " in line else e(line)}</p>'
        for line in p["body"]
    )
    return _shell(
        f"{p['title']} :: {BLOG}", _article(p["key"], p["title"], p["date"], p["category"], content, []), opts
    )


def _listing(entries: list[dict], page: int, pages: int, base: str, heading: str, opts: RenderOptions) -> str:
    items = []
    for p in entries:
        first = p["intro"][0] if "intro" in p else p["body"][0]
        excerpt = first if len(first) <= 60 else first[:60].rstrip() + "…"
        items.append(
            f'<div class="post-item"><a href="/{p["key"]}"><span class="title">{e(p["title"])}</span>'
            f'<span class="excerpt">{e(excerpt)}</span></a><span class="date">{p["date"]}</span></div>'
        )
    sep = "&" if "?" in base else "?"
    nav = " ".join(
        f'<span class="selected">{n}</span>' if n == page else f'<a href="{base}{sep}page={n}">{n}</a>'
        for n in range(1, pages + 1)
    )
    return _shell(
        f"{heading} :: {BLOG}",
        f'<h2 class="list-title">{e(heading)}</h2>\n<div class="post-list">\n' + "\n".join(items) + "\n</div>\n"
        f'<div class="pagination">{nav}</div>',
        opts,
    )


def _paginate(out: SiteContent, posts: list[dict], base: str, heading: str, opts: RenderOptions) -> None:
    pages = max(1, math.ceil(len(posts) / PER_PAGE))
    for page in range(1, pages + 1):
        chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
        html = _listing(chunk, page, pages, base, heading, opts)
        add_page(out, f"{base}?page={page}", html, latest(chunk))
        if page == 1:
            add_page(out, base, html, latest(chunk))


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the blog."""
    out = SiteContent()
    for r in records:
        add_facility(out, SITE, r, _visit(r, opts))
    for p in OTHER_POSTS:
        add_page(out, f"/{p['key']}", _other(p, opts), p["updated"])
    posts = sorted([*records, *OTHER_POSTS], key=lambda p: -int(p["key"]))
    _paginate(out, posts, "/", "전체 글", opts)
    for cat in CATEGORIES:
        in_cat = [p for p in posts if p.get("category", VISITS) == cat]
        _paginate(out, in_cat, category_path(cat), cat, opts)
    notice = _article(
        "notice/1",
        "제휴·문의 안내",
        "2024. 3. 2. 21:10",
        "메이커일상",
        '<p data-ke-size="size16">공간 소개 요청이나 정보 수정은 댓글 또는 이메일로 보내 주세요.</p>\n'
        '<p data-ke-size="size16">문의 : makertour.blog@gmail.com</p>\n'
        '<p data-ke-size="size16">협찬을 받은 글에는 맨 아래에 꼭 표시합니다.</p>',
        [],
    )
    add_page(out, "/notice/1", _shell(f"제휴·문의 안내 :: {BLOG}", notice, opts), "2024-03-02")
    guestbook = (
        '<h2 class="list-title">방명록</h2>\n<div class="guest">\n'
        '<div class="comment"><b>나무향기</b> <span class="date">2025. 2. 11.</span>'
        "<p>안녕하세요! 파주에서 작은 목공방을 하고 있어요. 저희도 한번 와 주세요 :)<br>"
        "주소 : 경기 파주시 탄현면 헤이리마을길 59-12<br>전화 : 031-949-7713</p></div>\n"
        '<div class="comment"><b>메이커꿈나무</b> <span class="date">2025. 4. 2.</span>'
        "<p>덕분에 범어도서관 메이커스페이스 잘 다녀왔습니다. 감사합니다!</p></div>\n</div>"
    )
    add_page(out, "/guestbook", _shell(f"방명록 :: {BLOG}", guestbook, opts), "2025-04-02")
    add_page(out, "/manage/", _shell("관리자 로그인", "<p>로그인이 필요합니다.</p>", opts), "2024-03-02")
    add_robots(out, opts, ["/manage/"])
    return out
