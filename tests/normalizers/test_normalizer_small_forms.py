"""Forms found by the third independent case set (bench/data/normalizers3): extensions written out, a
programme's tier label alone."""

from __future__ import annotations

from normalizers.kind import classify_kind
from normalizers.phone import parse_phones


def test_an_extension_written_as_naeseonbeonho() -> None:
    phones = parse_phones("031-729-1234 (내선번호 205)").value
    assert phones is not None and [(p.e164, p.extension) for p in phones] == [("+82317291234", "205")]


def test_the_makerspace_tier_label_alone_names_the_kind() -> None:
    assert classify_kind(None, "전문랩(2021 선정, 충북 유일)").value == "makerspace_specialized"
    assert classify_kind(None, "전문형").value is None          # a tier word without its programme says nothing
    assert classify_kind("muhan", "전문랩 연계 무한상상실").value == "muhan_small"  # the source's family holds
