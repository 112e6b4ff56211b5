"""The public pages: search (``/``) and one facility (``/facilities/{id}``). Both work without JavaScript."""

from __future__ import annotations

import functools
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from hub.api.deps import ApiState, state
from hub.web.charts import Bar, bar_chart
from hub.web.common import PageError, pages, render
from hub.web.labels import hours_today, labels
from hub.web.map_pages import facility_map, search_map
from hub.web.places import BY_KEY, PLACES, RADII_KM
from hub.web.provenance import facility_view
from index.errors import QueryError
from index.query_builder import build_query
from index.types import SearchQuery

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)

PAGE_SIZE = 10
SORTS = {"relevance": "관련도순", "distance": "가까운 순", "name": "이름순"}
MULTI = ("kind", "sido", "sigungu", "equipment", "lifecycle")
LIFECYCLE_ORDER = ("open", "moved", "possibly_closed", "closed")


@functools.lru_cache(maxsize=4)
def _source_names(config_dir: Path) -> dict[str, str]:
    try:
        from hub.sources import load_sources

        return {s.id: s.name or s.id for s in load_sources(config_dir)}
    except Exception as exc:  # noqa: BLE001 - names are cosmetic; ids are shown instead
        log.info("source names unavailable: %s", exc)
        return {}


def source_names(st: ApiState) -> dict[str, str]:
    """Source id → display name (empty when the sources file cannot be read)."""
    return _source_names(st.settings.config_dir)


def _url(params: list[tuple[str, str]], **changes: str | list[str] | None) -> str:
    """``/?…`` with some parameters replaced (None removes them); empty values are dropped."""
    kept = [(k, v) for k, v in params if k not in changes and v != ""]
    for key, value in changes.items():
        if value is None:
            continue
        kept.extend((key, v) for v in ([value] if isinstance(value, str) else value) if v != "")
    return "/?" + urlencode(kept) if kept else "/"


def _flag(value: str | None) -> bool | None:
    return True if value in ("1", "true", "on", "yes") else None


def _facet_options(facet: dict[str, int], selected: list[str], order: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """Facet values with counts, selected ones always included; in config order when given, else by count."""
    values = dict(facet)
    for s in selected:
        values.setdefault(s, 0)
    if order:
        rank = {v: i for i, v in enumerate(order)}
        return sorted(values.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))
    return sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))


def _sido_chart(facet: dict[str, int], params: list[tuple[str, str]]) -> Any:
    lab = labels()
    order = lab.sido_order or tuple(sorted(facet))
    bars = [
        Bar(lab.short(s), facet[s], href=_url(params, sido=s, sigungu=None, page=None), title=f"{s} {facet[s]}곳")
        for s in order
        if facet.get(s)
    ]
    return bar_chart(bars, title="시도별 시설 수")


@dataclass
class SearchForm:
    """The search page's parameters, read once for the page and for its map fragment."""

    params: list[tuple[str, str]]
    q: str
    kind: list[str]
    sido: list[str]
    sigungu: list[str]
    equipment: list[str]
    lifecycle: list[str]
    programme: str
    evening: bool
    weekend: bool
    place: str
    near: str
    radius: str
    point: str
    order: str
    page_no: int
    radius_km: float | None
    chosen: Any
    understand: bool = True
    """False when the visitor asked for the words as typed (``understand=0``)."""

    def url(self, **changes: str | list[str] | None) -> str:
        """This search's URL with some parameters replaced (None removes them)."""
        return _url(self.params, **changes)


def read_form(request: Request) -> SearchForm:
    """The search parameters of a request (``PageError`` 422 for a value the page cannot use)."""
    qp = request.query_params
    params = [(k, v) for k, v in qp.multi_items() if k != "msg"]
    if len(qp.get("q", "")) > 500:
        raise PageError(422, "검색어는 500자까지입니다.")
    place = qp.get("place", "")
    chosen = BY_KEY.get(place)
    if place and chosen is None:
        raise PageError(422, f"알 수 없는 장소입니다: {place}")
    near = qp.get("near", "")[:60]
    point = chosen.near if chosen else near.strip()
    try:
        page_no = max(1, int(qp.get("page") or "1"))
        radius_km = float(qp["radius"]) if qp.get("radius") else None
    except ValueError:
        raise PageError(422, "page와 radius는 숫자여야 합니다.") from None
    q = qp.get("q", "")
    order = qp.get("sort") or ("distance" if point else "relevance")
    if point and order == "relevance" and not q.strip():
        order = "distance"  # without words to rank by, nearest first is the only useful relevance
    if order not in SORTS:
        raise PageError(422, f"정렬은 {', '.join(SORTS)} 중 하나여야 합니다.")
    return SearchForm(params=params, q=q, kind=qp.getlist("kind"), sido=qp.getlist("sido"),
                      sigungu=qp.getlist("sigungu"), equipment=qp.getlist("equipment"),
                      lifecycle=qp.getlist("lifecycle"), programme=qp.get("programme", "")[:100],
                      evening=bool(_flag(qp.get("evening"))), weekend=bool(_flag(qp.get("weekend"))), place=place,
                      near=near if not chosen else "", radius=qp.get("radius", ""), point=point, order=order,
                      page_no=page_no, radius_km=radius_km, chosen=chosen, understand=qp.get("understand") != "0")


def form_query(form: SearchForm) -> SearchQuery:
    """The validated ``SearchQuery`` of a form (``QueryError`` when the index would refuse it)."""
    return build_query(form.q, form.kind, form.sido, form.sigungu, form.equipment, form.programme or None,
                       True if form.evening else None, True if form.weekend else None, None, form.point or None,
                       form.radius_km, form.order, form.page_no, PAGE_SIZE, True, form.understand,
                       lifecycle=form.lifecycle)


def query_from_params(request: Request) -> tuple[Any, Any] | None:
    """``(query, url)`` of a request's search parameters, or None when they are not a valid search."""
    try:
        form = read_form(request)
        return form_query(form), form.url
    except (PageError, QueryError):
        return None


@router.get("/", name="search_page")
@pages
def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    kind: Annotated[list[str], Query()] = [],  # noqa: B006
    sido: Annotated[list[str], Query()] = [],  # noqa: B006
    sigungu: Annotated[list[str], Query()] = [],  # noqa: B006
    equipment: Annotated[list[str], Query()] = [],  # noqa: B006
    lifecycle: Annotated[list[str], Query()] = [],  # noqa: B006
    programme: Annotated[str, Query(max_length=100)] = "",
    evening: str | None = None,
    weekend: str | None = None,
    place: str = "",
    near: Annotated[str, Query(max_length=60)] = "",
    radius: str = "",
    sort: str = "",
    page: str = "1",
    map: Annotated[str, Query(max_length=80)] = "",  # noqa: A002
    understand: str = "",
) -> Response:
    """Search with filters, facet counts, distance, a map, a 시도 chart and pagination; the URL is the search. What
    was understood from the words is shown with a one-click way out (``understand=0`` searches the words as typed;
    the region's way out drops the region words)."""
    st = state(request)
    form = read_form(request)
    params = form.params
    page_no = form.page_no
    context: dict[str, Any] = {
        "q": form.q,
        "kind": form.kind,
        "sido": form.sido,
        "sigungu": form.sigungu,
        "equipment": form.equipment,
        "lifecycle": form.lifecycle,
        "programme": form.programme,
        "evening": form.evening,
        "weekend": form.weekend,
        "place": form.place,
        "near": form.near,
        "radius": form.radius,
        "sort": form.order,
        "sorts": SORTS,
        "places": PLACES,
        "radii": RADII_KM,
        "chosen_place": form.chosen,
        "point": form.point,
        "results": None,
        "error": None,
        "map": None,
        "map_param": map,
        "notice": request.query_params.get("msg"),
    }
    backend = st.backend
    if backend.active_version() is None:
        context["error"] = "아직 검색 색인이 없습니다. 'facility-hub run' 또는 'facility-hub index'를 먼저 실행하세요."
        return render(request, "search.html", context, status_code=503)
    try:
        query = form_query(form)
    except QueryError as exc:
        context["error"] = f"검색 조건이 올바르지 않습니다: {exc}"
        return render(request, "search.html", context, status_code=422)
    result = backend.search(query)
    if page_no == 1 and result.hits:
        st.impressions.note(h.document.id for h in result.hits)
    names = source_names(st)
    lab = labels()
    cards = [
        {
            "doc": h.document,
            "distance_km": h.distance_km,
            "hours_today": hours_today(h.document.hours),
            "equipment": [lab.equip(e) for e in h.document.equipment[:6]],
            "more_equipment": max(0, len(h.document.equipment) - 6),
            "sources": [names.get(s, s) for s in h.document.sources],
        }
        for h in result.hits
    ]
    pages_total = max(1, math.ceil(result.total / PAGE_SIZE))
    facets = result.facets or {}
    context.update(
        results=cards,
        total=result.total,
        page=page_no,
        pages_total=pages_total,
        prev_url=_url(params, page=str(page_no - 1)) if page_no > 1 else None,
        next_url=_url(params, page=str(page_no + 1)) if page_no < pages_total else None,
        page_urls=[(n, _url(params, page=str(n))) for n in _page_window(page_no, pages_total)],
        index_version=result.version,
        kind_options=_facet_options(facets.get("kind", {}), form.kind),
        sido_options=_facet_options(facets.get("sido", {}), form.sido, lab.sido_order),
        sigungu_options=_facet_options(facets.get("sigungu", {}), form.sigungu) if form.sido or form.sigungu else [],
        equipment_options=_facet_options(facets.get("equipment", {}), form.equipment)[:30],
        lifecycle_options=_facet_options(facets.get("lifecycle", {}), form.lifecycle, LIFECYCLE_ORDER),
        sido_chart=_sido_chart(facets.get("sido", {}), params),
        map=search_map(st, query, facets, form.url, map or None),
        clear_url="/",
        understood=understood_view(result.understood, form.q, params),
    )
    return render(request, "search.html", context)


OPEN_LABELS = {"weekend": "주말", "weekend_both": "토·일", "weekday": "평일", "evening": "저녁", "night": "야간",
               "now": "지금 영업 중", "morning": "오전", "afternoon": "오후"}


def _open_label(label: str) -> str:
    if label.startswith("until_"):
        return f"{label.removeprefix('until_')}시 이후까지"
    days = {"monday": "월", "tuesday": "화", "wednesday": "수", "thursday": "목", "friday": "금", "saturday": "토",
            "sunday": "일"}
    parts = [OPEN_LABELS.get(p) or (days[p] + "요일" if p in days else p) for p in label.split("_")
             if p not in ("both",)]
    return " ".join(parts) or label


def understood_view(understood: Any, q: str, params: list[tuple[str, str]]) -> dict[str, Any] | None:
    """What the search page says about what was understood: the region (with a link searching every region),
    the other readings as chips (with a link searching the words as typed), and whether the filters were
    relaxed."""
    if understood is None:
        return None
    lab = labels()
    data = understood.as_json()
    region = None
    if understood.places:
        names = [p.key for p in understood.places]
        shown = names[0] if len(names) == 1 else f"{names[0]} 외 {len(names) - 1}곳"
        typed = {w.text for w in understood.words if w.role == "region"}
        rest = " ".join(word for word in q.split() if word not in typed and not any(
            word in t.split() for t in typed))
        region = {"name": shown, "all_url": _url(params, q=rest or None, page=None)}
    chips: list[str] = []
    for key in data.get("kind", [])[:1]:
        chips.append(lab.kind(key))
    chips += [f"이름에 ‘{w}’" for w in data.get("name", [])]
    chips += [lab.equip(e) for e in data.get("equipment", [])[:3]]
    chips += [_open_label(label) for label in data.get("open", [])]
    return {"region": region, "chips": chips, "text": understood.text, "relaxed": understood.relaxed,
            "widened": understood.widened,
            "unmet_open": [_open_label(label) for label in understood.unmet],
            "literal_url": _url(params, understand="0", page=None)}


def _page_window(page: int, total: int, width: int = 7) -> list[int]:
    start = max(1, min(page - width // 2, total - width + 1))
    return list(range(start, min(total, start + width - 1) + 1))


@router.get("/facilities/{entity_id}", name="facility_page")
@pages
def facility_page(request: Request, entity_id: str) -> Response:
    """One golden record: each field with the source it came from and the other sources' values beside it."""
    st = state(request)
    names = source_names(st)
    view = facility_view(st, entity_id, names)
    if view is None:
        raise PageError(404, f"시설 {entity_id}을(를) 찾을 수 없습니다. 병합되었거나 삭제되었을 수 있습니다.")
    view["map"] = facility_map(st, view["lat"], view["lon"], view.get("sido"), view.get("sigungu"))
    from hub import reports
    from hub.web.report_pages import duplicate_candidates

    dup_q = request.query_params.get("dup_q", "")
    view.update(report_kinds=reports.KIND_LABELS, report_fields=reports.FIELDS, dup_q=dup_q,
                dup_candidates=duplicate_candidates(st, entity_id, dup_q), notice=request.query_params.get("msg"))
    return render(request, "facility.html", view)
