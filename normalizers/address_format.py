"""An ``Address`` printed back: the standard order (parsing the output gives the same parts) and the JSON keys."""

from __future__ import annotations

from normalizers.records import Address


def format_address(address: Address) -> str:
    """Print an Address in the standard order: ``[postal] 시도 시군구 읍면동 road no, detail (note)``."""
    parts: list[str] = []
    if address.postal_code:
        parts.append(f"[{address.postal_code}]")
    elif address.postal_code_legacy:
        parts.append(f"[{address.postal_code_legacy}]")
    parts.extend(p for p in (address.sido, address.sigungu) if p)
    note_head = address.note.split(",")[0].strip() if address.note else None
    if address.jibun:
        parts.append(address.jibun)
    else:
        if address.eupmyeondong and address.eupmyeondong != note_head:
            parts.append(address.eupmyeondong)
        if address.road:
            parts.append(address.road)
            if address.building_no:
                parts.append(address.building_no)
    text = " ".join(parts)
    if address.detail:
        text += (", " if address.road or address.jibun else " ") + address.detail
    if address.note:
        text += f" ({address.note})"
    return text


def address_to_json(address: Address) -> dict[str, str | None]:
    """The keys the ``parse address --json`` command prints."""
    return {
        "sido": address.sido,
        "sigungu": address.sigungu,
        "road": address.road,
        "building_no": address.building_no,
        "detail": address.detail,
        "postal_code": address.postal_code,
        "jibun": address.jibun,
    }
