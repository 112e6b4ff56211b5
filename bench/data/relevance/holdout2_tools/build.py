#!/usr/bin/env python3
"""Writes ../queries_holdout2.jsonl (second held-out set). Standard library only.

Queries and reasons are written here by hand. For `name` queries the target is given as a truth id (`tid`) of the
replica data; the `facility` criterion lists every member id (`site:key`) that the replica records of that truth
id carry in v1 or v2 (see sim.py), so a document that groups them is found whatever its entity id.
Run: python3 build.py   (then python3 check.py and python3 validate.py)
"""
from __future__ import annotations

import sys as _sys

_sys.dont_write_bytecode = True  # leave no __pycache__ beside the judge

import json
import os

import sim

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "queries_holdout2.jsonl"))

MS = ["makerspace_general", "makerspace_specialized"]
PRO = ["makerspace_specialized"]
MH = ["muhan_hub", "muhan_small"]
HUB = ["muhan_hub"]
CCEI = ["ccei"]
SG = ["sogongin_center"]
DL = ["ict_devicelab"]
FAB = {"name_any": ["팹랩", "fablab", "fab lab"]}
GB = {"name_any": ["공방"]}
CAFE = {"name_any": ["메이커카페", "메이커스카페", "메이커스 카페"]}
P3D = ["3D printer"]
LC = ["laser cutter"]
ENGRAVE = ["laser cutter", "laser engraver"]
CNC = ["CNC router", "CNC milling machine", "CNC lathe", "machining center"]
WOOD = ["woodworking tools", "table saw", "band saw", "sander", "drill press"]
SEW = ["sewing machine"]

SEOUL, BUSAN, DAEGU, INCHEON, GWANGJU, DAEJEON, ULSAN, SEJONG = (
    "서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "세종특별자치시")
GG, GW, CB, CN, JB, JN, GB_, GN, JJ = (
    "경기도", "강원특별자치도", "충청북도", "충청남도", "전북특별자치도", "전라남도", "경상북도", "경상남도", "제주특별자치도")

# Old 청원군 (merged into 청주 in 2014): today's 청원구 or a former 청원군 읍면 (public administrative geography).
CHEONGWON = ["청원구", "오창", "내수읍", "북이면", "오송", "강내면", "옥산면", "남이면", "현도면", "낭성면", "미원면",
             "가덕면", "남일면", "문의면"]
# 봉담 (효행구 since 2026): the served 효행구, or a 화성시 address in 효행구's 읍면동 when the served sigungu has no 구.
HYOHAENG = {"any": [{"sigungu": "경기도 화성시 효행구"},
                    {"sigungu": "경기도 화성시", "address_any": ["봉담읍", "비봉면", "매송면", "정남면", "기배동"],
                     "not": {"sigungu": ["경기도 화성시 동탄구", "경기도 화성시 만세구", "경기도 화성시 병점구"]}}]}
DONGTAN = {"any": [{"sigungu": "경기도 화성시 동탄구"},
                   {"sigungu": "경기도 화성시", "address_any": ["동탄1동", "동탄2동", "동탄3동", "동탄4동", "동탄5동",
                                                            "동탄6동", "동탄7동", "동탄8동", "동탄9동", "반송동",
                                                            "석우동", "능동", "영천동", "청계동", "오산동", "목동",
                                                            "산척동", "장지동", "송동", "방교동", "여울동"],
                    "not": {"sigungu": ["경기도 화성시 효행구", "경기도 화성시 만세구", "경기도 화성시 병점구"]}}]}
SONGDO = ["송도"]
CENTUM = ["센텀", "재송동", "우동"]
BUNDANG = ["분당", "수내동", "정자동", "서현동", "이매동", "야탑동", "판교동", "삼평동", "백현동", "금곡동", "구미동",
           "운중동", "대장동", "석운동", "궁내동", "동원동", "율동", "하산운동"]
ILSAN = ["일산", "백석동", "장항동", "마두동", "정발산동", "풍동", "식사동", "중산동", "주엽동", "대화동", "탄현동",
         "덕이동", "가좌동", "법곳동", "성석동", "문봉동", "설문동", "지영동", "산황동", "사리현동"]
JUAN = ["주안"]


def F(*tids):
    return {"facility": ("TID", list(tids))}


def R(**kw):
    return dict(kw)


Q = []


def add(qtype, q, crit, why):
    Q.append((qtype, q, crit, why))


# ------------------------------------------------------------------------------------------------ name (40)
N = "name"
add(N, "항공우주박물관 무한상상실 제주", F("mh-jeju-aerospace"),
    "제주항공우주박물관 무한상상실, typed as the museum's common short name plus the island as a place word. Its "
    "makeall listing (메이커스페이스) is the same facility.")
add(N, "당진 도서관 무한상상실", F("mh-dangjin-library"),
    "당진도서관 무한상상실 with a space between the city and 도서관.")
add(N, "포항 청소년수련관 무한상상실", F("mh-pohang-youth"),
    "포항청소년수련관 무한상상실 typed with spaces. 포항공과대학교 무한상상실 (also 포항) is another facility.")
add(N, "남원교육문화회관무한상상실", F("mh-namwon-edu"),
    "남원교육문화회관 무한상상실 typed without any space.")
add(N, "포천 교육문화회관 무한상상실", F("gen-mh-0242"),
    "포천교육문화회관 무한상상실 (also listed as a 메이커스페이스 and on the 팹랩 site), place word split off.")
add(N, "영등포 구립도서관 무한상상실", F("gen-mh-0244"),
    "영등포구립도서관 무한상상실 with the 구 name split off the library name.")
add(N, "연수과학관 무한 상상실", F("gen-mh-0210"),
    "연수과학관 무한상상실 (listed also as 연수과학관 메이커스페이스), with the space that many listings put inside "
    "무한 상상실.")
add(N, "부산혁신센터", F("ccei-busan", "ccei-busan-makerspace"),
    "부산창조경제혁신센터 shortened the usual way (혁신센터). The centre's own makerspace listing at the same address "
    "(센텀동로 96) also answers a user who names the centre, as the dev set does for 대구 혁신센터.")
add(N, "경기 창조경제 혁신센터", F("ccei-gyeonggi", "ccei-gyeonggi-makerspace"),
    "경기창조경제혁신센터 typed in three words. Its makerspace listing at the same address (성남대로 52) counts too.")
add(N, "경남혁신센터", F("ccei-gyeongnam", "ccei-gyeongnam-makerspace"),
    "경남창조경제혁신센터 shortened to 혁신센터; its makerspace listing at 중앙대로 219 counts too.")
add(N, "강원 창조경제혁신센타", F("ccei-gangwon", "ccei-gangwon-makerspace"),
    "강원창조경제혁신센터 with the common 센터→센타 spelling. Its makerspace listing at 중앙로 272 counts too.")
add(N, "충남 혁신센터", F("ccei-chungnam", "ccei-chungnam-makerspace"),
    "충남창조경제혁신센터 shortened. Its makerspace listing at 천안대로 202 counts too.")
add(N, "전남창조경제혁신센터 여수", F("ccei-jeonnam"),
    "전남창조경제혁신센터 with its city as a place word.")
add(N, "세종혁신센터", F("ccei-sejong"), "세종창조경제혁신센터 shortened to 혁신센터.")
add(N, "서울창조경제 혁신센터", F("ccei-seoul"), "서울창조경제혁신센터 with a space before 혁신센터.")
add(N, "인천창조경재혁신센터", F("ccei-incheon"), "인천창조경제혁신센터 with the ㅔ/ㅐ slip 제→재.")
add(N, "전라북도창조경제혁신센터", F("ccei-jeonbuk"),
    "전북창조경제혁신센터 typed with the old province name 전라북도 (renamed 전북특별자치도 in 2024).")
add(N, "k-ict디바이스랩 대구", F("dl-daegu"),
    "ICT 디바이스랩 대구 under its earlier programme name K-ICT 디바이스랩 (reference alias), lower case, no space.")
add(N, "디바이스렙 천안", F("gen-dl-0334"), "ICT 디바이스랩 천안 with the 랩→렙 slip and ICT dropped.")
add(N, "원주 ict 디바이스랩", F("gen-dl-0335"), "ICT 디바이스랩 원주 with the place word first, lower-case ict.")
add(N, "제주 디바이스 랩", F("gen-dl-0337"), "ICT 디바이스랩 제주, ICT dropped and 디바이스 랩 split.")
add(N, "동탄 소공인센터", F("sg-dongtan"),
    "동탄 소공인 복합지원센터 shortened to 소공인센터. 화성 소공인 복합지원센터 (the metal-working complex) is another "
    "facility in the same city.")
add(N, "당정동 소공인 특화지원센터", F("sg-gunpo-dangjeong"),
    "군포 소공인 특화지원센터 by its reference alias 군포 당정동 소공인 특화지원센터, city dropped.")
add(N, "광진 봉제산업종합지원센터", F("sg-gwangjin-bongje"),
    "광진구 봉제산업 종합지원센터 with 구 dropped and the programme words run together.")
add(N, "동대문 패션봉제 지원센터", F("sg-dongdaemun-fashion"),
    "동대문구 패션봉제 복합지원센터 with 구 and 복합 dropped.")
add(N, "고양 인쇄 소공인센터", F("gen-sg-0321"), "고양 인쇄 소공인 복합지원 센터 shortened to 소공인센터.")
add(N, "광산 금속가공 소공인 지원센터", F("gen-sg-0318"),
    "광산 금속가공 소공인 복합지원센터 with 복합 dropped.")
add(N, "성동 수제화 소공인센터", F("gen-sg-0309"), "성동 수제화 소공인 복합지원센터 shortened.")
add(N, "대건고등학교 메이커스페이스", F("ms-2019-daegun-hs"),
    "대건고 메이커스페이스 with the school's full name (…고 → …고등학교).")
add(N, "메이커스 유니언스퀘어", F("ms-makers-unionsquare"),
    "메이커스 유니온스퀘어 with the equally common loanword spelling 유니언.")
add(N, "화성 한울 메이커랩", F("gen-ms-0039"), "화성한울메이커랩 typed in three words.")
add(N, "고양꿈터매이커랩", F("gen-ms-0066"), "고양꿈터메이커랩 with the ㅔ/ㅐ slip 메→매.")
add(N, "성남 바람개비 메이커랩", F("gen-ms-0006"),
    "성남바람개비메이커랩 with spaces. 메이커 스페이스 바람개비 성남 is a different facility in the same city.")
add(N, "fablab chuncheon", F("gen-pv-0253"), "팹랩 춘천 typed in English, as 팹랩 names are written abroad.")
add(N, "팹랩양산", F("gen-pv-0258"), "팹랩 양산 without the space. 양산 메이커 스페이스 is another facility.")
add(N, "두드림 메이커카페 성동", F("gen-pv-0268"),
    "메이커카페 두드림 성동점: brand first, branch as a place word, 점 dropped. Other 두드림 branches are wrong.")
add(N, "두드림 김천점", F("gen-pv-0261"), "메이커카페 두드림 김천점 with the programme word 메이커카페 dropped.")
add(N, "손끝 가죽공방", F("gen-pv-0285"),
    "손끝가죽공방 with a space. 손끝 공방 (청주) and 공방 손끝 (해운대) are different workshops.")
add(N, "푸른솔도예공방 천안", F("gen-pv-0301"), "푸른솔 도예공방 run together, plus its city.")
add(N, "수원시민공작소", F("gen-pv-0288"), "수원 시민공작소 without the space.")
add(N, "이음공작소 세종", F("gen-ms-0001"),
    "세종 이음공작소 with the place word moved to the end. 과천 이음공작소 is another facility.")
add(N, "충주 가구 소공인 복합지원센타", F("gen-sg-0327"),
    "충주 가구 소공인 복합지원 센터 with the 센터→센타 spelling.")

# ------------------------------------------------------------------------------------------------ region_kind (28)
K = "region_kind"
add(K, "경기도 메이커스페이스 전문랩", R(sido=GG, kind=PRO), "Wants a 전문랩 (specialised maker space) in 경기도.")
add(K, "충북 메이커 스페이스", R(sido=CB, kind=MS), "Maker spaces (중기부 programme) in 충청북도, short form 충북.")
add(K, "강원 메이커스페이스", R(sido=GW, kind=MS), "Maker spaces in 강원특별자치도, short form 강원.")
add(K, "전북 무한상상실", R(sido=JB, kind=MH), "무한상상실 (거점 or 소규모) in 전북특별자치도.")
add(K, "구리 무한상상실", R(sigungu="경기도 구리시", kind=MH), "무한상상실 in 구리시.")
add(K, "대구 거점 무한상상실", R(sido=DAEGU, kind=HUB), "Only 거점 (hub) 무한상상실 in 대구; 소규모 rooms do not count.")
add(K, "부산 무한상상실", R(sido=BUSAN, kind=MH), "무한상상실 in 부산광역시.")
add(K, "세종 무한상상실", R(sido=SEJONG, kind=MH), "무한상상실 in 세종특별자치시.")
add(K, "제주 무한상상실", R(sido=JJ, kind=MH), "무한상상실 in 제주특별자치도.")
add(K, "김해 무한상상실", R(sigungu="경상남도 김해시", kind=MH), "무한상상실 in 김해시 (시군구 only).")
add(K, "용인 무한상상실", R(sigungu="경기도 용인시", kind=MH), "무한상상실 in 용인시.")
add(K, "성북구 무한상상실", R(sigungu="서울특별시 성북구", kind=MH), "무한상상실 in 서울 성북구.")
add(K, "영등포 소공인센터", R(sigungu="서울특별시 영등포구", kind=SG),
    "소공인 (특화/복합) 지원센터 in 서울 영등포구.")
add(K, "금천구 소공인 지원센터", R(sigungu="서울특별시 금천구", kind=SG), "소공인 지원센터 in 서울 금천구.")
add(K, "광주 소공인센터", R(sido=GWANGJU, kind=SG), "소공인 지원센터 in 광주광역시.")
add(K, "경남 소공인 지원센터", R(sido=GN, kind=SG), "소공인 지원센터 in 경상남도.")
add(K, "인천 소공인 특화지원센터", R(sido=INCHEON, kind=SG),
    "소공인 센터 in 인천. Users do not tell 특화 from 복합, so both count.")
add(K, "충북 소공인센터", R(sido=CB, kind=SG), "소공인 지원센터 in 충청북도.")
add(K, "부산 ict 디바이스랩", R(sido=BUSAN, kind=DL), "ICT 디바이스랩 in 부산광역시.")
add(K, "경남 디바이스랩", R(sido=GN, kind=DL), "ICT 디바이스랩 in 경상남도.")
add(K, "강원 디바이스랩", R(sido=GW, kind=DL), "ICT 디바이스랩 in 강원특별자치도.")
add(K, "제주 팹랩", R(sido=JJ, **FAB), "A 팹랩 (name brand) in 제주.")
add(K, "서울 팹랩", R(sido=SEOUL, **FAB), "A 팹랩 in 서울.")
add(K, "경기 공방", R(sido=GG, **GB), "A 공방 (workshop with 공방 in its name) in 경기도.")
add(K, "대구 메이커카페", R(sido=DAEGU, **CAFE), "A 메이커카페 in 대구.")
add(K, "춘천 메이커스페이스", R(sigungu="강원특별자치도 춘천시", kind=MS), "Maker spaces in 춘천시.")
add(K, "익산 메이커 스페이스", R(sigungu="전북특별자치도 익산시", kind=MS),
    "Maker spaces in 익산시 (익산 메이커스페이스 is one of them, but the query is about the area).")
add(K, "부산진구 메이커스페이스", R(sigungu="부산광역시 부산진구", kind=MS), "Maker spaces in 부산진구.")
add(K, "대전 메이커스페이스 전문랩", R(sido=DAEJEON, kind=PRO), "전문랩 in 대전.")
add(K, "부산 전문랩", R(sido=BUSAN, kind=PRO), "전문랩 in 부산.")
add(K, "ict 디바이스랩", R(kind=DL),
    "Any ICT 디바이스랩 nationwide; N is about 12, so the top 10 must all be 디바이스랩.")
add(K, "소공인 특화지원센터", R(kind=SG),
    "Any 소공인 지원센터 nationwide (특화 and 복합 both count); all of the top 10 must be one.")

# ------------------------------------------------------------------------------------------------ region_equipment (36)
E = "region_equipment"
add(E, "경남 3d 프린터", R(sido=GN, equipment=P3D), "Any facility in 경상남도 with a 3D printer.")
add(E, "전북 레이저커팅기", R(sido=JB, equipment=LC), "Laser cutter in 전북.")
add(E, "충남 cnc 가공", R(sido=CN, equipment=CNC), "CNC machining (router, mill, lathe or machining centre) in 충남.")
add(E, "강원 3D프린터", R(sido=GW, equipment=P3D), "3D printer in 강원.")
add(E, "uv 프린터 서울", R(sido=SEOUL, equipment=["UV printer"]), "UV (flatbed) printer in 서울.")
add(E, "인천 레이저 커팅기", R(sido=INCHEON, equipment=LC), "Laser cutter in 인천.")
add(E, "대전 재봉틀 있는 곳", R(sido=DAEJEON, equipment=SEW), "A sewing machine (any kind) in 대전.")
add(E, "경기 미싱", R(sido=GG, equipment=SEW), "미싱 = sewing machine, in 경기도.")
add(E, "부산 3d스캐너", R(sido=BUSAN, equipment=["3D scanner"]), "3D scanner in 부산.")
add(E, "대구 레이저 각인", R(sido=DAEGU, equipment=ENGRAVE),
    "Laser engraving in 대구: a laser engraver or a CO₂ laser cutter, which also engraves.")
add(E, "광주 3D 프린터", R(sido=GWANGJU, equipment=P3D), "3D printer in 광주광역시.")
add(E, "울산 레이저커터", R(sido=ULSAN, equipment=LC), "Laser cutter in 울산.")
add(E, "세종 3d프린터", R(sido=SEJONG, equipment=P3D), "3D printer in 세종.")
add(E, "제주 3D 프린터 대여", R(sido=JJ, equipment=P3D), "Somewhere in 제주 to use (rent time on) a 3D printer.")
add(E, "경북 cnc", R(sido=GB_, equipment=CNC), "CNC machine in 경북.")
add(E, "충북 3D프린터", R(sido=CB, equipment=P3D), "3D printer in 충북.")
add(E, "전남 레이저 커터", R(sido=JN, equipment=LC), "Laser cutter in 전남.")
add(E, "서울 목공 장비", R(sido=SEOUL, equipment=WOOD), "A wood shop (목공 장비: saws, sanders, drill press) in 서울.")
add(E, "대구 자수기", R(sido=DAEGU, equipment=["embroidery machine"]), "Embroidery machine in 대구.")
add(E, "인천 cnc 라우터", R(sido=INCHEON, equipment=["CNC router"]), "A CNC router specifically, in 인천.")
add(E, "부산 pcb 가공기", R(sido=BUSAN, equipment=["PCB milling machine"]), "PCB milling/prototyping machine in 부산.")
add(E, "서울 진공성형기", R(sido=SEOUL, equipment=["vacuum former"]), "Vacuum former in 서울.")
add(E, "경기 열전사기", R(sido=GG, equipment=["heat press"]), "Heat press (열전사) in 경기도.")
add(E, "부산 물레", R(sido=BUSAN, equipment=["pottery wheel"]), "A pottery wheel in 부산.")
add(E, "대전 도예 가마", R(sido=DAEJEON, equipment=["kiln"]), "A (pottery) kiln in 대전.")
add(E, "오버록 미싱 서울", R(sido=SEOUL, equipment=SEW),
    "An overlock (오버록) is a sewing machine; any sewing machine in 서울 serves the user.")
add(E, "해운대 레이저커터", R(sigungu="부산광역시 해운대구", equipment=LC), "Laser cutter in 해운대구.")
add(E, "강남구 3D프린터", R(sigungu="서울특별시 강남구", equipment=P3D), "3D printer in 강남구.")
add(E, "관악구 재봉틀", R(sigungu="서울특별시 관악구", equipment=SEW), "Sewing machine in 관악구.")
add(E, "성남 3D 스캐너", R(sigungu="경기도 성남시", equipment=["3D scanner"]), "3D scanner in 성남시.")
add(E, "용인 레이저 커팅", R(sigungu="경기도 용인시", equipment=LC), "Laser cutting in 용인시.")
add(E, "청주 3d프린터", R(sigungu="충청북도 청주시", equipment=P3D), "3D printer in 청주시.")
add(E, "전주 cnc", R(sigungu="전북특별자치도 전주시", equipment=CNC), "CNC machine in 전주시.")
add(E, "진주 3D프린터", R(sigungu="경상남도 진주시", equipment=P3D), "3D printer in 진주시.")
add(E, "순천 레이저 커터", R(sigungu="전라남도 순천시", equipment=LC), "Laser cutter in 순천시.")
add(E, "대구 납땜 인두기", R(sido=DAEGU, equipment=["soldering station"]), "Soldering iron/station in 대구.")
add(E, "경기 샌더", R(sido=GG, equipment=["sander"]), "A sander (belt/disc) in 경기도.")

# ------------------------------------------------------------------------------------------------ opening (34)
O = "opening"
add(O, "일요일에 문 여는 메이커스페이스 부산", R(open="sunday", kind=MS, sido=BUSAN),
    "A maker space in 부산 open on Sunday.")
add(O, "토요일에 하는 공방", R(open="saturday", **GB), "A 공방 open on Saturday.")
add(O, "주말에 가는 무한상상실 경기", R(open="weekend", kind=MH, sido=GG), "A 무한상상실 in 경기 open at the weekend.")
add(O, "야간에 하는 레이저 커터", R(open="night", equipment=LC),
    "A laser cutter available late (야간: open until 21:00 or later).")
add(O, "평일 밤 늦게 3d프린터 대전", R(open="weekday_night", equipment=P3D, sido=DAEJEON),
    "A 3D printer in 대전 on a weekday late in the evening (until 21:00 or later on Mon–Fri).")
add(O, "저녁 9시까지 여는 무한상상실", R(open="night", kind=MH), "A 무한상상실 open until 21:00 (밤 9시) or later.")
add(O, "밤 10시까지 3d프린터", R(open="late_22", equipment=P3D), "A 3D printer available until 22:00.")
add(O, "토요일 오후 공방", R(open="saturday_afternoon", **GB), "A 공방 open on Saturday afternoon (14–17).")
add(O, "주말 메이커카페", R(open="weekend", **CAFE), "A 메이커카페 open at the weekend.")
add(O, "일요일 여는 팹랩", R(open="sunday", **FAB), "A 팹랩 open on Sunday.")
add(O, "야간 팹랩", R(open="night", **FAB), "A 팹랩 open late (until 21:00 or later).")
add(O, "서울 토요일 공방", R(open="saturday", sido=SEOUL, **GB), "A 공방 in 서울 open on Saturday.")
add(O, "경기 주말 3D프린터", R(open="weekend", sido=GG, equipment=P3D), "A 3D printer in 경기 usable at the weekend.")
add(O, "부산 밤늦게 여는 메이커스페이스", R(open="night", kind=MS, sido=BUSAN),
    "A maker space in 부산 open late (밤늦게: until 21:00 or later).")
add(O, "대구 토요일 무한상상실", R(open="saturday", kind=MH, sido=DAEGU), "A 무한상상실 in 대구 open on Saturday.")
add(O, "인천 주말 메이커스페이스", R(open="weekend", kind=MS, sido=INCHEON), "A maker space in 인천 open at the weekend.")
add(O, "광주 야간 메이커스페이스", R(open="night", kind=MS, sido=GWANGJU), "A maker space in 광주 open until 21:00 or later.")
add(O, "퇴근하고 갈 수 있는 공방", R(open="weekday_evening", **GB),
    "A 공방 the user can reach after work: open until 20:00 or later on a weekday.")
add(O, "주말에도 여는 창조경제혁신센터", R(open="weekend", kind=CCEI), "A 창조경제혁신센터 open at the weekend.")
add(O, "토요일 디바이스랩", R(open="saturday", kind=DL), "An ICT 디바이스랩 open on Saturday.")
add(O, "토요일 소공인센터", R(open="saturday", kind=SG), "A 소공인 지원센터 open on Saturday.")
add(O, "토일 다 하는 무한상상실", R(open="weekend_both", kind=MH), "A 무한상상실 open on both Saturday and Sunday.")
add(O, "일요일 재봉틀", R(open="sunday", equipment=SEW), "A sewing machine to use on a Sunday.")
add(O, "주말 cnc", R(open="weekend", equipment=CNC), "A CNC machine usable at the weekend.")
add(O, "평일 저녁 레이저 각인", R(open="weekday_evening", equipment=ENGRAVE),
    "Laser engraving on a weekday evening (open until 20:00 or later, Mon–Fri).")
add(O, "경남 일요일 메이커스페이스", R(open="sunday", kind=MS, sido=GN), "A maker space in 경남 open on Sunday.")
add(O, "충남 주말 무한상상실", R(open="weekend", kind=MH, sido=CN), "A 무한상상실 in 충남 open at the weekend.")
add(O, "전북 야간 메이커스페이스", R(open="night", kind=MS, sido=JB), "A maker space in 전북 open until 21:00 or later.")
add(O, "밤 10시까지 하는 공방", R(open="late_22", **GB), "A 공방 open until 22:00.")
add(O, "주말 저녁 3d프린터", R(open="weekend_evening", equipment=P3D),
    "A 3D printer on a Saturday or Sunday evening (open until 20:00 or later that day).")
add(O, "월요일에 여는 무한상상실", R(open="monday", kind=MH),
    "A 무한상상실 open on Monday (many close on Mondays).")
add(O, "월요일 공방", R(open="monday", **GB), "A 공방 open on Monday.")
add(O, "서울 퇴근 후 레이저커터", R(open="weekday_evening", sido=SEOUL, equipment=LC),
    "A laser cutter in 서울 reachable after work (weekday, until 20:00 or later).")
add(O, "저녁에 여는 소공인센터 서울", R(open="evening", kind=SG, sido=SEOUL),
    "A 소공인 지원센터 in 서울 open in the evening (until 20:00 or later).")

# ------------------------------------------------------------------------------------------------ old_region (34)
OR = "old_region"
add(OR, "강원도 3D프린터", R(sido=GW, equipment=P3D), "강원도 = 강원특별자치도 (2023). A 3D printer there.")
add(OR, "강원도 공방", R(sido=GW, **GB), "A 공방 in 강원 (old name 강원도).")
add(OR, "강원도 원주 메이커스페이스", R(sigungu="강원특별자치도 원주시", kind=MS), "Maker spaces in 원주, old 시도 name.")
add(OR, "강원도 춘천 무한상상실", R(sigungu="강원특별자치도 춘천시", kind=MH), "무한상상실 in 춘천, old 시도 name.")
add(OR, "강원도 강릉 3D프린터", R(sigungu="강원특별자치도 강릉시", equipment=P3D),
    "A 3D printer in 강릉, with the old 시도 name 강원도.")
add(OR, "강원도 창조경제혁신센터", R(sido=GW, kind=CCEI),
    "The 창조경제혁신센터 in 강원 (old name 강원도). A document counts when the centre is among its kinds.")
add(OR, "전라북도 3D프린터", R(sido=JB, equipment=P3D), "전라북도 = 전북특별자치도 (2024). A 3D printer there.")
add(OR, "전라북도 무한상상실", R(sido=JB, kind=MH), "무한상상실 in 전북, old name.")
add(OR, "전라북도 남원 메이커스페이스", R(sigungu="전북특별자치도 남원시", kind=MS), "Maker spaces in 남원, old 시도 name.")
add(OR, "전라북도 익산 소공인센터", R(sigungu="전북특별자치도 익산시", kind=SG), "소공인 센터 in 익산, old 시도 name.")
add(OR, "전라북도 공방", R(sido=JB, **GB), "A 공방 in 전북, old name.")
add(OR, "전라북도 레이저커터", R(sido=JB, equipment=LC), "A laser cutter in 전북, old name.")
add(OR, "인천 남구 3D프린터", R(sigungu="인천광역시 미추홀구", equipment=P3D),
    "인천 남구 = 미추홀구 (2018). A 3D printer there.")
add(OR, "인천 남구 cnc", R(sigungu="인천광역시 미추홀구", equipment=CNC), "A CNC machine in 미추홀구 (old 남구).")
add(OR, "인천 남구 주안 공작소", R(sigungu="인천광역시 미추홀구", address_any=JUAN, kind=MS),
    "A maker space (공작소) in 주안, in old 인천 남구 (미추홀구). Judged on the served address (주안동).")
add(OR, "청원군 3D프린터", R(sido=CB, address_any=CHEONGWON, equipment=P3D),
    "Old 청원군 (merged into 청주 in 2014): today's 청원구 or a former 청원군 읍면 (오창, 오송, 내수 …), with a 3D "
    "printer. Judged on the served address because the served 청주 sigungu has no 구.")
add(OR, "청원 오창 3d 스캐너", R(sido=CB, address_any=CHEONGWON, equipment=["3D scanner"]),
    "A 3D scanner in 오창, which belonged to old 청원군 (today 청주 청원구); judged on the served address.")
add(OR, "연기군 3d프린터", R(sido=SEJONG, equipment=P3D), "연기군 became 세종 (2012). A 3D printer in 세종.")
add(OR, "조치원 무한상상실", R(sido=SEJONG, address_any=["조치원"], kind=MH),
    "무한상상실 in 조치원 (old 연기군 조치원읍, now 세종), judged on the address.")
add(OR, "당진군 3D프린터", R(sigungu="충청남도 당진시", equipment=P3D), "당진군 became 당진시 (2012). A 3D printer there.")
add(OR, "당진군 레이저커터", R(sigungu="충청남도 당진시", equipment=LC), "A laser cutter in 당진 (old 당진군).")
add(OR, "북제주군 메이커스페이스", R(sigungu="제주특별자치도 제주시", kind=MS), "북제주군 is part of 제주시 since 2006.")
add(OR, "남제주군 공방", R(sigungu="제주특별자치도 서귀포시", **GB), "남제주군 is part of 서귀포시 since 2006; a 공방 there.")
add(OR, "화성 봉담 3D프린터", dict(HYOHAENG, equipment=P3D),
    "봉담 is in 화성시 효행구 since 2026. A 3D printer there: the served 효행구, or a 화성 address in 효행구's 읍면동 "
    "(봉담읍 …) if the served sigungu has no 구. Road names such as 봉담순환로 do not count.")
add(OR, "봉담 무한상상실", dict(HYOHAENG, kind=MH), "무한상상실 in 봉담 (효행구), judged as above.")
add(OR, "동탄 3d프린터", dict(DONGTAN, equipment=P3D),
    "동탄 is 화성시 동탄구 since 2026. The served 동탄구, or a 화성 address in 동탄's 동 (반송동 …). 동탄대로 as a "
    "road name does not count.")
add(OR, "제주도 3D프린터", R(sido=JJ, equipment=P3D), "제주도 (before 2006) = 제주특별자치도. A 3D printer there.")
add(OR, "제주도 무한상상실", R(sido=JJ, kind=MH), "무한상상실 in 제주 (old name 제주도).")
add(OR, "강원자치도 3d프린터", R(sido=GW, equipment=P3D), "강원자치도, the short form of 강원특별자치도.")
add(OR, "전북자치도 공방", R(sido=JB, **GB), "전북자치도, the short form of 전북특별자치도; a 공방 there.")
add(OR, "대전시 무한상상실", R(sido=DAEJEON, kind=MH), "대전시 for 대전광역시.")
add(OR, "울산시 3D프린터", R(sido=ULSAN, equipment=P3D), "울산시 for 울산광역시.")
add(OR, "인천시 레이저 커터", R(sido=INCHEON, equipment=LC), "인천시 for 인천광역시.")
add(OR, "광주시 메이커스페이스", R(any=[{"sido": GWANGJU}, {"sigungu": "경기도 광주시"}], kind=MS),
    "광주시 is ambiguous: 광주광역시 or 경기도 광주시. Either counts.")
add(OR, "송도 3D프린터", R(sido=INCHEON, address_any=SONGDO, equipment=P3D),
    "송도 (인천 연수구 송도동, 송도국제도시), judged on the address, with a 3D printer.")
add(OR, "센텀 레이저커터", R(sigungu="부산광역시 해운대구", address_any=CENTUM, equipment=LC),
    "센텀시티 area of 해운대 (센텀 roads, 재송동, 우동), with a laser cutter.")
add(OR, "분당 공방", R(sigungu="경기도 성남시", address_any=BUNDANG, **GB),
    "분당 (성남시 분당구; its 동 listed) — a 공방 there.")
add(OR, "일산 소공인센터", R(sigungu="경기도 고양시", address_any=ILSAN, kind=SG),
    "일산 (고양시 일산동구/서구; 동 listed) — a 소공인 센터 there.")


def resolve():
    ids: dict[str, list[str]] = {}
    for v in (1, 2):
        for tid, doc in sim.load(v).items():
            for m in doc["_member_ids"]:
                ids.setdefault(tid, [])
                if m not in ids[tid]:
                    ids[tid].append(m)
    return ids


def main():
    ids = resolve()
    counters: dict[str, int] = {}
    lines = []
    for qtype, q, crit, why in Q:
        crit = dict(crit)
        if "facility" in crit and isinstance(crit["facility"], tuple):
            members = []
            for tid in crit["facility"][1]:
                if tid not in ids:
                    raise SystemExit(f"unknown tid {tid}")
                members += [m for m in ids[tid] if m not in members]
            crit["facility"] = members
        counters[qtype] = counters.get(qtype, 0) + 1
        qid = f"h2-{qtype}-{counters[qtype]:03d}"
        lines.append(json.dumps({"id": qid, "type": qtype, "q": q, "criteria": crit, "why": why},
                                ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} queries to {OUT}: {counters}")


if __name__ == "__main__":
    main()
