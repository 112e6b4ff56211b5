"""The typed values normalizers produce, and the ``Facility`` record (one per raw record).

These types are the seam between normalizers, dedupe and hub: fields may be added, never renamed.
Every type converts to and from plain JSON-able dicts (``to_dict`` / ``from_dict``) so that the store can keep it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Parsed(Generic[T]):
    """A normaliser's answer: a value, or no value and the reason why."""

    value: T | None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        """True when a value was read."""
        return self.value is not None


@dataclass(frozen=True)
class Address:
    """A Korean address split into its parts; ``original`` keeps the text as printed."""

    original: str
    sido: str | None = None
    """Current official 시도 name, e.g. 강원특별자치도."""
    sigungu: str | None = None
    """시군구 with the 일반구 where there is one ("수원시 영통구"); None for 세종특별자치시."""
    eupmyeondong: str | None = None
    road: str | None = None
    """Road name without spaces, e.g. "동일로192길"."""
    building_no: str | None = None
    """"74", "12-3"."""
    detail: str | None = None
    """Floor, room, building part."""
    note: str | None = None
    """The parenthesised 동/building note."""
    jibun: str | None = None
    """지번 form, e.g. "포남동 1234-5"."""
    postal_code: str | None = None
    """5 digits."""
    postal_code_legacy: str | None = None
    """An old 6-digit postal code as printed (flagged, not converted)."""


@dataclass(frozen=True)
class Phone:
    """One telephone number."""

    e164: str
    display: str
    extension: str | None = None


@dataclass(frozen=True)
class Closure:
    """A closure a weekly table cannot hold (one rule of a 휴관일 text).

    ``rule`` is one of ``public_holidays`` (대체공휴일 included), ``nth_weekday`` (``weekday`` "mon"…"sun" in the
    ``weeks`` of the month, 1–5, -1 = the last), ``lunar_holiday`` (``name`` "seollal" or "chuseok": the three days
    and their substitute), ``date`` (``month``, ``day`` every year), ``election_days``, ``temporarily_closed``."""

    rule: str
    weekday: str | None = None
    weeks: tuple[int, ...] | None = None
    name: str | None = None
    month: int | None = None
    day: int | None = None

    def to_json(self) -> dict[str, object]:
        """The rule as the ``parse hours --json`` contract prints it (only the keys the rule has)."""
        out: dict[str, object] = {"rule": self.rule}
        if self.weekday is not None:
            out["weekday"] = self.weekday
        if self.weeks is not None:
            out["weeks"] = list(self.weeks)
        if self.name is not None:
            out["name"] = self.name
        if self.month is not None:
            out["month"] = self.month
        if self.day is not None:
            out["day"] = self.day
        return out


@dataclass(frozen=True)
class Hours:
    """A weekly opening schedule: ``weekly[day]`` is a list of ``(start, end)`` "HH:MM" pairs ("24:00" = midnight).

    ``closures`` hold what a weekly table cannot (public holidays, the 2nd and 4th Monday, 설/추석 …);
    ``holiday_hours`` the hours on public holidays when the source says they are open (None when it does not say);
    ``unparsed`` the parts of the text that state opening information but could not be read."""

    original: str
    weekly: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    open_evenings: bool = False
    open_weekends: bool = False
    closed_on_holidays: bool | None = None
    closures: tuple[Closure, ...] = ()
    holiday_hours: tuple[tuple[str, str], ...] | None = None
    unparsed: tuple[str, ...] = ()

    def intervals_on(self, day: dt.date) -> list[tuple[str, str]]:
        """Opening intervals on a calendar date: the weekday's, unless a closure rule or a Korean public holiday
        (``holidays``, 대체공휴일 included) decides otherwise."""
        from normalizers.opening import intervals_on

        return intervals_on(self, day)

    def is_open_at(self, when: dt.datetime) -> bool:
        """Whether the facility is open at this time (naive times are Korean time)."""
        from normalizers.opening import is_open_at

        return is_open_at(self, when)


@dataclass(frozen=True)
class Equipment:
    """One piece of equipment mapped to the taxonomy."""

    canonical: str
    category: str
    count: int | None = None
    original: str = ""
    model: str | None = None


@dataclass
class Facility:
    """One normalised facility record; id is ``"<source>:<key>"``, stable across runs."""

    id: str
    source_id: str
    key: str
    url: str
    name: str
    """Display name, cleaned (NFC, spacing, no legal-form noise)."""
    name_normalized: str = ""
    """The ``normalized`` form of the name: the display name without any whitespace (the form matching and
    search use; every spacing, width and legal-form variant of a name shares it)."""
    alt_names: list[str] = field(default_factory=list)
    kind: str | None = None
    """A key of config/taxonomy.yaml kinds, e.g. "makerspace_specialized"."""
    operator: str | None = None
    address: Address | None = None
    phones: list[Phone] = field(default_factory=list)
    hours: Hours | None = None
    equipment: list[Equipment] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    homepage: str | None = None
    reservation_url: str | None = None
    email: str | None = None
    lat: float | None = None
    lon: float | None = None
    description: str | None = None
    ministry: str | None = None
    partner_company: str | None = None
    specialized_industry: str | None = None
    area_m2: float | None = None
    opened: str | None = None
    fetched_at: str | None = None
    """ISO 8601 time the raw record was fetched."""
    problems: dict[str, str] = field(default_factory=dict)
    """Field name → reason the raw value could not be read."""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Facility:
        """Inverse of :meth:`to_dict`; unknown keys are ignored."""
        data = dict(data)
        known = {f for f in cls.__dataclass_fields__}
        data = {k: v for k, v in data.items() if k in known}
        if data.get("address"):
            data["address"] = Address(**data["address"])
        data["phones"] = [Phone(**p) for p in data.get("phones") or []]
        if data.get("hours"):
            h = dict(data["hours"])
            h["weekly"] = {d: [tuple(iv) for iv in ivs] for d, ivs in (h.get("weekly") or {}).items()}
            h["closures"] = tuple(
                Closure(**{**c, "weeks": tuple(c["weeks"]) if c.get("weeks") is not None else None})
                for c in h.get("closures") or ()
            )
            if h.get("holiday_hours") is not None:
                h["holiday_hours"] = tuple(tuple(iv) for iv in h["holiday_hours"])
            h["unparsed"] = tuple(h.get("unparsed") or ())
            data["hours"] = Hours(**h)
        data["equipment"] = [Equipment(**e) for e in data.get("equipment") or []]
        return cls(**data)
