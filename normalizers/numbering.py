"""The telephone numbering plan of Korean landlines: which 시도 an area code belongs to, and the 시군구 on
another 시도's exchange. Read by the quality checks (a number whose code is not its 시도's) and by dedupe (a local
number printed without its code takes its listing's).
"""

from __future__ import annotations

AREA_CODES = {"02": "서울특별시", "031": "경기도", "032": "인천광역시", "033": "강원특별자치도",
              "041": "충청남도", "042": "대전광역시", "043": "충청북도", "044": "세종특별자치시", "051": "부산광역시",
              "052": "울산광역시", "053": "대구광역시", "054": "경상북도", "055": "경상남도", "061": "전라남도",
              "062": "광주광역시", "063": "전북특별자치도", "064": "제주특별자치도"}
"""Landline area code → its 시도 (과학기술정보통신부's numbering plan)."""
AREA_EXCEPTIONS: dict[str, set[tuple[str, str]]] = {
    "02": {("경기도", "과천시"), ("경기도", "광명시"), ("경기도", "고양시 덕양구"), ("경기도", "하남시"),
           ("경기도", "시흥시")},
    "032": {("경기도", "부천시"), ("경기도", "부천시 원미구"), ("경기도", "부천시 소사구"),
            ("경기도", "부천시 오정구")},
    "042": {("충청남도", "계룡시")},
    "053": {("경상북도", "경산시")},
    "054": {("대구광역시", "군위군")},
}
"""시군구 that use another 시도's area code: 과천·광명 and parts of 고양 덕양구, 하남, 시흥 (과림동) are on the Seoul
exchange (02); 부천 on Incheon's (032); 계룡 on Daejeon's (042); 경산 on Daegu's (053); 군위 kept 054 when it moved
to 대구 in 2023. (한국일보 2000-07-12 on the 2000 renumbering; 과학기술정보통신부 numbering plan.)"""
