"""Korean labels for what the pages show: kinds, equipment, 시도 order, field names, days, decision kinds."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

log = logging.getLogger(__name__)

KST = timezone(timedelta(hours=9), "KST")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_LABELS = {"mon": "월", "tue": "화", "wed": "수", "thu": "목", "fri": "금", "sat": "토", "sun": "일"}

FIELD_LABELS = {
    "name": "이름",
    "alt_names": "다른 이름",
    "kind": "유형",
    "operator": "운영 기관",
    "ministry": "주관 부처",
    "address": "주소",
    "phones": "전화",
    "hours": "운영 시간",
    "equipment": "장비",
    "programmes": "프로그램",
    "homepage": "홈페이지",
    "reservation_url": "예약",
    "email": "이메일",
    "description": "소개",
    "partner_company": "전담 기업",
    "specialized_industry": "특화 산업",
    "area_m2": "면적(㎡)",
    "opened": "개소",
    "lat": "위도",
    "lon": "경도",
}
"""Field key → Korean label, in the order the facility page shows them."""

DECISION_LABELS = {
    "merge": "병합",
    "keep_apart": "분리 유지",
    "skip": "건너뜀",
    "split": "분리",
    "undo": "되돌림",
}

RUN_STATE_LABELS = {
    "running": "실행 중",
    "succeeded": "성공",
    "failed": "실패",
    "suspect": "의심",
    "accepted": "승인됨",
    "interrupted": "중단됨",
}


@dataclass(frozen=True)
class Labels:
    """Labels read from config/ (empty when the tables cannot be read: pages then show the keys)."""

    kinds: dict[str, str] = field(default_factory=dict)
    equipment: dict[str, str] = field(default_factory=dict)
    sido_order: tuple[str, ...] = ()
    sido_short: dict[str, str] = field(default_factory=dict)
    sigungu: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def kind(self, key: str | None) -> str:
        """The Korean label of a kind key."""
        return self.kinds.get(key or "", key or "")

    def equip(self, key: str | None) -> str:
        """The Korean label of a canonical equipment name."""
        return self.equipment.get(key or "", (key or "").replace("_", " "))

    def short(self, sido: str | None) -> str:
        """The two-letter short form of a 시도."""
        return self.sido_short.get(sido or "", sido or "")


@functools.lru_cache(maxsize=1)
def labels() -> Labels:
    """The labels from config/ (read once per process)."""
    try:
        from normalizers.tables import load_tables

        tables = load_tables()
    except Exception as exc:  # noqa: BLE001 - labels are cosmetic; pages fall back to keys
        log.warning("cannot read labels from config: %s", exc)
        return Labels()
    sigungu: dict[str, tuple[str, ...]] = {}
    for s in tables.sidos:
        names: list[str] = []
        gu = getattr(s, "gu", {}) or {}
        for name in s.sigungu:
            names.extend([f"{name} {g}" for g in gu[name]] if gu.get(name) else [name])
        sigungu[s.name] = tuple(names)
    return Labels(
        kinds={k: v.label for k, v in tables.kinds.items()},
        equipment={k: v.label for k, v in tables.equipment.items()},
        sido_order=tuple(s.name for s in tables.sidos),
        sido_short={s.name: s.short for s in tables.sidos},
        sigungu=sigungu,
    )


def to_kst(value: str | datetime | None) -> datetime | None:
    """An ISO time or datetime in Korean time (naive values are taken as UTC)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(KST)


def format_time(value: str | datetime | None) -> str:
    """``2026-11-22 14:03`` in Korean time, or an empty string."""
    t = to_kst(value)
    return t.strftime("%Y-%m-%d %H:%M") if t else ""


def today_key(now: datetime | None = None) -> str:
    """``mon`` … ``sun`` for today in Korea."""
    return DAYS[(now or datetime.now(KST)).astimezone(KST).weekday()]


def hours_today(hours: dict[str, list[list[str]]] | None, now: datetime | None = None) -> str:
    """Today's opening hours as text: ``09:00–18:00``, ``휴무`` or empty when unknown."""
    if not hours:
        return ""
    intervals = hours.get(today_key(now)) or []
    if not intervals:
        return "휴무"
    return ", ".join(f"{iv[0]}–{iv[1]}" for iv in intervals if len(iv) == 2)
