#!/usr/bin/env python3
"""Writes ../queries_holdout5.jsonl from the hand-written specifications below.

Search queries carry their criteria; `tid:` placeholders in `facility` are expanded into every member id of that
truth id (from sites/data). Autocomplete strings are derived mechanically (hangul.py) from the real served name.
Nothing here reads system output; served.py only reads the replica site data.
"""
from __future__ import annotations
import json, sys
from pathlib import Path
from served import load_docs, evaluate
from hangul import chosung, layout, lone_initial, dokkaebi, at_vowel

OUT = Path(__file__).resolve().parent.parent / "queries_holdout5.jsonl"
DOCS = load_docs()

MS = ["makerspace_general", "makerspace_specialized"]
MH = ["muhan_hub", "muhan_small"]
DL = ["ict_devicelab"]
SG = ["sogongin_center"]
CC = ["ccei"]
FAB = ["팹랩", "fablab", "fab lab"]
LIB = {"any": [{"name_any": ["도서관"]}, {"address_any": ["도서관"]}]}
P3 = ["3D printer"]
LC = ["laser cutter"]
CNC = ["CNC router", "CNC milling machine", "CNC lathe", "machining center"]
WOOD = ["woodworking tools", "table saw", "band saw", "sander", "drill press"]
SEW = ["sewing machine"]


def F(*tids):
    ids = []
    for t in tids:
        ids += DOCS[t]["members"]
    return ids


Q = []


def add(t, q, crit, why):
    Q.append({"type": t, "q": q, "criteria": crit, "why": why})


# ------------------------------------------------------------------------------------------------ name (34)
N = "name"
add(N, "대구대 아지트", {"facility": F("ms-daegu-univ-azit")}, "대구대학교 아지트(AZIT) 메이커스페이스 with the usual …대 abbreviation and the programme word dropped.")
add(N, "AZIT 메이커스페이스", {"facility": F("ms-daegu-univ-azit")}, "English alias AZIT (reference alias) plus the kind word.")
add(N, "국립대구과학관 무한상상실", {"facility": F("mh-daegu-science")}, "Served as '국립대구과학관 무한 상상실'; typed without the space inside 무한상상실.")
add(N, "대구과학관 무한상상실", {"facility": F("mh-daegu-science")}, "국립 dropped, as people say it.")
add(N, "포항 청소년수련관 무한상상실", {"facility": F("mh-pohang-youth")}, "포항청소년수련관 무한 상상실 with a space after the city and none inside 무한상상실.")
add(N, "목포 공공도서관 무한상상실", {"facility": F("mh-mokpo-library")}, "목포공공도서관 무한상상실, space after the place name.")
add(N, "울산과학관 무한상상실", {"facility": F("mh-ulsan-science")}, "울산과학관 무한 상상실 typed without the inner space.")
add(N, "제주항공우주박물관 메이커스페이스", {"facility": F("mh-jeju-aerospace")}, "The 무한상상실 of 제주항공우주박물관 is also listed as its 메이커스페이스; one served facility.")
add(N, "공군 교육사령부 무한상상실", {"facility": F("mh-airforce-edu")}, "공군교육사령부 무한상상실 with a space after 공군.")
add(N, "당진도서관 무한상상실", {"facility": F("mh-dangjin-library")}, "당진도서관 무한 상상실 without the inner space.")
add(N, "남원교육문화회관 무한 상상실", {"facility": F("mh-namwon-edu")}, "Exact served spelling of the 남원 무한상상실.")
add(N, "인천교육과학연구원 무한상상실", {"facility": F("mh-incheon-edu-science")}, "인천교육과학연구원 무한 상상실, inner space dropped.")
add(N, "창원과학체험관 무한상상실", {"facility": F("mh-changwon-science")}, "창원과학체험관's 무한상상실 (also listed as its 메이커 스페이스).")
add(N, "김천 녹색미래과학관", {"facility": F("mh-gimcheon-green")}, "김천녹색미래과학관 무한상상실/메이커스페이스, programme word dropped, space after the city.")
add(N, "전북창조경제혁신센터", {"facility": F("ccei-jeonbuk")}, "Served as '전북 창조경제혁신센터'; typed without the space.")
add(N, "부산 창조경제 혁신센터", {"facility": F("ccei-busan")}, "부산창조경제혁신센터 split into words; the centre itself, not its separately served 메이커스페이스.")
add(N, "경남혁신센터", {"facility": F("ccei-gyeongnam")}, "Short form …혁신센터 for 경남창조경제혁신센터.")
add(N, "인천센터 창조경제", {"facility": F("ccei-incheon")}, "Alias 인천센터 plus a programme word.")
add(N, "서울 창조경제혁신센터", {"facility": F("ccei-seoul")}, "서울창조경제혁신센터 with a space.")
add(N, "k-ict 디바이스랩 인천 송도", {"facility": F("dl-songdo")}, "Older programme name K-ICT 디바이스랩 (reference alias).")
add(N, "송도 디바이스랩", {"facility": F("dl-songdo")}, "Reference alias 송도 디바이스랩.")
add(N, "ict디바이스랩 용인", {"facility": F("dl-yongin")}, "ICT 디바이스랩 용인, lower case and no space.")
add(N, "디바이스렙 전주", {"facility": F("dl-jeonju")}, "랩/렙 slip (ㅐ→ㅔ) in ICT 디바이스랩 전주.")
add(N, "풍기인삼 소공인 복합지원센터", {"facility": F("sg-yeongju-punggi")}, "Reference alias of 영주 소공인 복합지원센터.")
add(N, "유구 소공인복합지원센터", {"facility": F("sg-gongju-yugu")}, "Reference alias of 공주 소공인 복합지원센터 (유구읍).")
add(N, "화성 스마트 메탈워킹 콤플렉스", {"facility": F("sg-hwaseong-metalworking")}, "Reference alias of 화성 소공인 복합지원센터.")
add(N, "군포 당정동 소공인센터", {"facility": F("sg-gunpo-dangjeong")}, "군포 소공인 특화지원센터 by its 동 and the short 소공인센터.")
add(N, "목포대 남악 메이커스페이스", {"facility": F("ms-mokpo-namak")}, "Reference alias 목포대 남악 메이커 스페이스, spacing of 메이커스페이스 changed.")
add(N, "Art Craft Studio 양산", {"facility": F("ms-yangsan-artcraft")}, "English alias of 양산 메이커 스페이스 plus the city.")
add(N, "서대문구 융복합인재교육센터", {"facility": F("ms-seodaemun-lifelong")}, "Shortened name of 서대문구평생학습관·융복합인재교육센터 메이커 스페이스.")
add(N, "익산메이커스페이스", {"facility": F("ms-iksan-makerspace")}, "익산 메이커스페이스 without the space.")
add(N, "3d프린팅 경기센터 의정부", {"facility": F("other-kict-3dp-gyeonggi")}, "Reference alias of K-ICT 3D프린팅 경기센터 (K-ICT dropped).")
add(N, "메이커카페 두드림 경산", {"facility": F("gen-pv-0267")}, "메이커카페 두드림 경산점 without 점; other 두드림 branches are other facilities.")
add(N, "팹랩 영주", {"facility": F("gen-pv-0257")}, "The 팹랩 in 영주 (served name 팹랩 영주).")
add(N, "안산다락 메이커랩", {"facility": F("gen-ms-0011")}, "안산다락메이커랩 with a space before 메이커랩.")
add(N, "연수과학관 메이커스페이스", {"facility": F("gen-mh-0210")}, "연수과학관 무한상상실, also listed as its 메이커스페이스 (one served facility).")

# ------------------------------------------------------------------------------------------------ region_kind (34)
R = "region_kind"
def S(*v): return list(v)
add(R, "충남 메이커 스페이스", {"sido": "충청남도", "kind": MS}, "메이커 스페이스 (일반랩/전문랩) in 충청남도; short 시도 name.")
add(R, "전남 무한상상실", {"sido": "전라남도", "kind": MH}, "무한상상실 in 전라남도.")
add(R, "경북 소공인센터", {"sido": "경상북도", "kind": SG}, "소공인 특화/복합지원센터 in 경상북도.")
add(R, "제주 디바이스랩", {"sido": "제주특별자치도", "kind": DL}, "ICT 디바이스랩 in 제주.")
add(R, "인천 무한상상실 어디", {"sido": "인천광역시", "kind": MH}, "무한상상실 in 인천광역시, with filler 어디.")
add(R, "울산 메이커스페이스 있는 곳", {"sido": "울산광역시", "kind": MS}, "메이커스페이스 in 울산, filler 있는 곳.")
add(R, "세종시에 있는 메이커 스페이스", {"sido": "세종특별자치시", "kind": MS}, "세종시 colloquial for 세종특별자치시.")
add(R, "대구 소공인 지원센터", {"sido": "대구광역시", "kind": SG}, "소공인 지원센터 in 대구.")
add(R, "충청북도 무한상상실", {"sido": "충청북도", "kind": MH}, "Full 시도 name.")
add(R, "경남 디바이스랩", {"sido": "경상남도", "kind": DL}, "ICT 디바이스랩 in 경상남도.")
add(R, "성남시 메이커스페이스 어디", {"sigungu": S("경기도 성남시"), "kind": MS}, "시 alone: 메이커스페이스 in 성남시.")
add(R, "강릉 메이커스페이스", {"sigungu": S("강원특별자치도 강릉시"), "kind": MS}, "메이커스페이스 in 강릉시.")
add(R, "노원구에 메이커 스페이스 있나요", {"sigungu": S("서울특별시 노원구"), "kind": MS}, "자치구 alone.")
add(R, "서울 금천구 소공인", {"sigungu": S("서울특별시 금천구"), "kind": SG}, "시도 + 구: 소공인 센터 in 금천구.")
add(R, "경기 용인 무한상상실", {"sigungu": S("경기도 용인시"), "kind": MH}, "시도 + 시: 무한상상실 in 용인.")
add(R, "부산에 있는 팹랩", {"sido": "부산광역시", "name_any": FAB}, "팹랩 is a brand in the name: 팹랩 places in 부산.")
add(R, "팹랩 대전쪽", {"sido": "대전광역시", "name_any": FAB}, "팹랩 places in 대전.")
add(R, "서울 공방 추천", {"sido": "서울특별시", "name_any": ["공방"]}, "공방 (a workshop by name) in 서울.")
add(R, "대구 공방 어디 있어", {"sido": "대구광역시", "name_any": ["공방"]}, "공방 in 대구, conversational filler.")
add(R, "경기도 도서관 메이커스페이스", {"sido": "경기도", "kind": MS, **LIB}, "A 메이커스페이스 hosted in a library (name or building) in 경기도.")
add(R, "부산 도서관 무한상상실", {"sido": "부산광역시", "kind": MH, **LIB}, "A library's 무한상상실 in 부산.")
add(R, "광주광역시 혁신센터", {"sido": "광주광역시", "kind": CC}, "혁신센터 short for 창조경제혁신센터, in 광주광역시.")
add(R, "전북 창조경제혁신센터 메이커스페이스", {"sido": "전북특별자치도", "kind": MS}, "Wants a maker space in 전북; the centre name is the user's hint, the kind word decides. 메이커스페이스 kinds in 전북특별자치도.")
add(R, "천안 메이커스페이스 전문랩", {"sigungu": S("충청남도 천안시"), "kind": ["makerspace_specialized"]}, "전문랩 in 천안시.")
add(R, "전문랩 대구", {"sido": "대구광역시", "kind": ["makerspace_specialized"]}, "메이커스페이스 전문랩 in 대구, region after the kind.")
add(R, "거점 무한상상실 경기", {"sido": "경기도", "kind": ["muhan_hub"]}, "거점 무한상상실 only, in 경기도.")
add(R, "분당 메이커 스페이스 있는 곳", {"sigungu": S("경기도 성남시"), "kind": MS, "address_any": ["분당구", "백현동", "야탑동", "정자동", "서현동", "수내동", "이매동", "삼평동", "판교동", "운중동", "금곡동", "구미동", "궁내동", "분당동"]}, "분당 = 성남시 분당구; judged on the 분당구 동 names in the served address, within 성남시.")
add(R, "일산쪽 메이커스페이스", {"sigungu": S("경기도 고양시"), "kind": MS, "address_any": ["일산동구", "일산서구", "백석동", "마두동", "장항동", "정발산동", "풍동", "식사동", "주엽동", "대화동", "탄현동", "일산동", "가좌동", "송포동", "덕이동"]}, "일산 = 고양시 일산동구/일산서구; judged on their 동 names in the address, within 고양시.")
add(R, "송도 근처 메이커스페이스", {"sigungu": S("인천광역시 연수구"), "kind": MS, "address_any": ["송도"]}, "송도 (연수구 송도동/송도과학로) 메이커스페이스.")
add(R, "서면 메이커스페이스", {"sigungu": S("부산광역시 부산진구"), "kind": MS, "address_any": ["서면", "부전동", "전포동"]}, "서면 = 부산진구 부전동/전포동 area.")
add(R, "센텀 메이커스페이스", {"sigungu": S("부산광역시 해운대구"), "kind": MS, "address_any": ["센텀", "재송동", "우동"]}, "센텀시티 = 해운대구 우동/재송동.")
add(R, "광주시 소공인센터", {"any": [{"sido": "광주광역시"}, {"sigungu": "경기도 광주시"}], "kind": SG}, "광주시 is said for 광주광역시 and is also 경기도 광주시; either counts.")
add(R, "팹랩 경남", {"sido": "경상남도", "name_any": FAB}, "팹랩 places in 경상남도, kind first.")
add(R, "제주 무한상상실", {"sido": "제주특별자치도", "kind": MH}, "무한상상실 in 제주.")
add(R, "충청북도 혁신센터 어디", {"sido": "충청북도", "kind": CC}, "충북 창조경제혁신센터 by region (N=1 is fine).")

# ------------------------------------------------------------------------------------------------ region_equipment (34)
E = "region_equipment"
add(E, "광주광역시 레이저커터 있는 곳", {"sido": "광주광역시", "equipment": LC}, "Laser cutter in 광주광역시.")
add(E, "인천 삼디프린터", {"sido": "인천광역시", "equipment": P3}, "삼디프린터 = 3D프린터 spelled out; any additive printer in 인천.")
add(E, "경남 3d 프린터 있는 곳", {"sido": "경상남도", "equipment": P3}, "3D printer in 경상남도; lower-case 3d, filler.")
add(E, "대구 cnc 가공 할 수 있는 곳", {"sido": "대구광역시", "equipment": CNC}, "Any CNC machine (router, mill, lathe, machining centre) in 대구.")
add(E, "서울 미싱 쓸 수 있는 곳", {"sido": "서울특별시", "equipment": SEW}, "미싱 = sewing machine (incl. 가죽 미싱, 오버록), in 서울.")
add(E, "부산 재봉틀", {"sido": "부산광역시", "equipment": SEW}, "Sewing machine in 부산.")
add(E, "경기 uv프린터", {"sido": "경기도", "equipment": ["UV printer"]}, "UV printer in 경기도.")
add(E, "대전 납땜 할 수 있는 곳", {"sido": "대전광역시", "equipment": ["soldering station"]}, "Soldering (인두기/납땜 스테이션) in 대전.")
add(E, "전북 레이저 커팅기", {"sido": "전북특별자치도", "equipment": LC}, "Laser cutter in 전북특별자치도.")
add(E, "인천 밀링", {"sido": "인천광역시", "equipment": ["CNC milling machine"]}, "Milling machine in 인천 (PCB mills excluded by the judge).")
add(E, "선반 있는 곳 전북", {"sido": "전북특별자치도", "equipment": ["CNC lathe"]}, "A lathe (CNC 선반) in 전북.")
add(E, "수원 레이저 커터", {"sigungu": S("경기도 수원시"), "equipment": LC}, "Laser cutter in 수원시 (any 일반구).")
add(E, "청주 3D프린터", {"sigungu": S("충청북도 청주시"), "equipment": P3}, "3D printer in 청주시.")
add(E, "해운대구 3d프린터 쓸 수 있는 곳", {"sigungu": S("부산광역시 해운대구"), "equipment": P3}, "3D printer in 해운대구.")
add(E, "성북구 3d프린터", {"sigungu": S("서울특별시 성북구"), "equipment": P3}, "3D printer in 성북구.")
add(E, "진주 레이저커터", {"sigungu": S("경상남도 진주시"), "equipment": LC}, "Laser cutter in 진주시.")
add(E, "전주시 목공 장비 있는 곳", {"sigungu": S("전북특별자치도 전주시"), "equipment": WOOD}, "A wood shop (table saw, band saw, sander, drill press, woodworking tools) in 전주.")
add(E, "목공 할 수 있는 곳 세종", {"sido": "세종특별자치시", "equipment": WOOD}, "Wood shop equipment in 세종.")
add(E, "제주 3D 스캐너", {"sido": "제주특별자치도", "equipment": ["3D scanner"]}, "3D scanner in 제주.")
add(E, "울산 오실로스코프", {"sido": "울산광역시", "equipment": ["oscilloscope"]}, "Oscilloscope in 울산.")
add(E, "강원 열전사 프레스", {"sido": "강원특별자치도", "equipment": ["heat press"]}, "Heat press (열전사기) in 강원.")
add(E, "경북 자수기", {"sido": "경상북도", "equipment": ["embroidery machine"]}, "Embroidery machine in 경상북도.")
add(E, "충북 진공성형기", {"sido": "충청북도", "equipment": ["vacuum former"]}, "Vacuum former in 충청북도.")
add(E, "서울 가마 있는 공방", {"sido": "서울특별시", "equipment": ["kiln"]}, "A kiln in 서울; 공방 describes the place, not a name word (as in the dev README).")
add(E, "물레 체험 경기", {"sido": "경기도", "equipment": ["pottery wheel"]}, "Pottery wheel in 경기도.")
add(E, "부산 커팅 플로터", {"sido": "부산광역시", "equipment": ["vinyl cutter"]}, "커팅 플로터 = vinyl cutter, in 부산.")
add(E, "대구 pcb 가공기", {"sido": "대구광역시", "equipment": ["PCB milling machine"]}, "PCB milling machine in 대구.")
add(E, "근처 레이저 각인 인천", {"sido": "인천광역시", "equipment": ["laser cutter", "laser engraver"]}, "레이저 각인: engraving, which laser cutters also do.")
add(E, "가산 3d프린터", {"sigungu": S("서울특별시 금천구"), "address_any": ["가산"], "equipment": P3}, "가산디지털단지 = 금천구 가산동.")
add(E, "영통 레이저커터", {"sigungu": S("경기도 수원시"), "address_any": ["영통구", "원천동", "이의동", "매탄동", "영통동", "망포동", "하동", "광교"], "equipment": LC}, "영통 = 수원시 영통구 (원천동, 이의동/광교 …).")
add(E, "덕진구 cnc", {"sigungu": S("전북특별자치도 전주시"), "address_any": ["덕진구", "덕진동", "금암동", "팔복동", "송천동", "인후동", "우아동", "호성동", "진북동", "여의동", "혁신동"], "equipment": CNC}, "전주 덕진구, judged on its 동 names in the address.")
add(E, "창원 3d프린터 대여", {"sigungu": S("경상남도 창원시"), "equipment": P3}, "3D printer in 창원시, '대여' = wants to use one.")
add(E, "강북구 재봉틀", {"sigungu": S("서울특별시 강북구"), "equipment": SEW}, "Sewing machine in 강북구.")
add(E, "미싱 있는 소공인센터 서울", {"sido": "서울특별시", "kind": SG, "equipment": SEW}, "A 소공인 centre in 서울 with sewing machines.")

# ------------------------------------------------------------------------------------------------ opening (34)
O = "opening"
add(O, "토요일에 여는 메이커스페이스 서울", {"sido": "서울특별시", "kind": MS, "open": "saturday"}, "메이커스페이스 in 서울 with Saturday hours.")
add(O, "일요일 문 여는 곳 부산", {"sido": "부산광역시", "open": "sunday"}, "Any facility in 부산 open on Sundays.")
add(O, "주말 3d프린터 대구", {"sido": "대구광역시", "equipment": P3, "open": "weekend"}, "3D printer in 대구, open on Saturday or Sunday.")
add(O, "평일 저녁 메이커스페이스 경기", {"sido": "경기도", "kind": MS, "open": "weekday_evening"}, "평일 저녁: a Mon–Fri interval until 20:00 or later.")
add(O, "퇴근 후 레이저커터 서울", {"sido": "서울특별시", "equipment": LC, "open": "weekday_evening"}, "퇴근 후 = weekday evening (until 20:00+), laser cutter in 서울.")
add(O, "야간 개방 무한상상실", {"kind": MH, "open": "night"}, "무한상상실 open until 21:00 or later, anywhere.")
add(O, "밤 10시 넘어서도 여는 메이커스페이스", {"kind": MS, "open": "late_22"}, "Open until 22:00 on some day.")
add(O, "늦게까지 여는 공방", {"name_any": ["공방"], "open": "night"}, "늦게까지 = until 21:00 or later; 공방 by name.")
add(O, "월요일에 여는 무한상상실", {"kind": MH, "open": "monday"}, "Many 무한상상실 close on Mondays; wants one with Monday hours.")
add(O, "월요일 여는 곳 대전", {"sido": "대전광역시", "open": "monday"}, "Any facility in 대전 with Monday hours.")
add(O, "토요일 오후 메이커스페이스 인천", {"sido": "인천광역시", "kind": MS, "open": "saturday_afternoon"}, "Saturday 14:00–17:00 covered, in 인천.")
add(O, "주말에도 하는 혁신센터", {"kind": CC, "open": "weekend"}, "창조경제혁신센터 open at weekends.")
add(O, "토일 운영 메이커스페이스 광주", {"sido": "광주광역시", "kind": MS, "open": "weekend_both"}, "토일 운영 = open Saturday and Sunday.")
add(O, "주말 저녁에 갈 만한 메이커스페이스", {"kind": MS, "open": "weekend_evening"}, "A Saturday/Sunday interval until 20:00 or later.")
add(O, "평일 야간 디바이스랩", {"kind": DL, "open": "weekday_night"}, "ICT 디바이스랩 open until 21:00+ on a weekday.")
add(O, "밤 9시 이후 3d프린터", {"equipment": P3, "open": "night"}, "밤 9시 이후 = still open at 21:00; 3D printer.")
add(O, "밤 10시 이후에도 여는 곳 서울", {"sido": "서울특별시", "open": "late_22"}, "Open until 22:00 on some day, in 서울.")
add(O, "공휴일에도 여는 메이커스페이스", {"kind": MS, "open": "sunday"}, "The weekly table has no holidays; every printed string that closes on 공휴일 closes on Sunday too, and the Sunday-open ones print no holiday closure, so Sunday opening stands in for 공휴일에도.")
add(O, "일요일에도 여는 무한상상실 경기", {"sido": "경기도", "kind": MH, "open": "sunday"}, "무한상상실 in 경기도 open on Sundays.")
add(O, "토요일 소공인센터", {"kind": SG, "open": "saturday"}, "소공인 centre with Saturday hours.")
add(O, "주말 운영 팹랩", {"name_any": FAB, "open": "weekend"}, "팹랩 open on Saturday or Sunday.")
add(O, "저녁 8시까지 하는 메이커스페이스 부산", {"sido": "부산광역시", "kind": MS, "open": "evening"}, "Open until 20:00 or later, in 부산.")
add(O, "퇴근하고 갈 수 있는 메이커스페이스 대구", {"sido": "대구광역시", "kind": MS, "open": "weekday_evening"}, "After work on a weekday, until 20:00+.")
add(O, "야간 cnc 경기", {"sido": "경기도", "equipment": CNC, "open": "night"}, "CNC machine in 경기도, open until 21:00+.")
add(O, "주말 재봉틀", {"equipment": SEW, "open": "weekend"}, "Sewing machine available at weekends.")
add(O, "일요일 레이저 커팅기", {"equipment": LC, "open": "sunday"}, "Laser cutter, open on Sunday.")
add(O, "토요일 목공", {"equipment": WOOD, "open": "saturday"}, "Wood shop equipment on Saturday.")
add(O, "평일 밤늦게 여는 무한상상실 서울", {"sido": "서울특별시", "kind": MH, "open": "weekday_night"}, "평일 밤늦게 = a weekday interval until 21:00+.")
add(O, "성남 야간 메이커스페이스", {"sigungu": S("경기도 성남시"), "kind": MS, "open": "night"}, "메이커스페이스 in 성남, open until 21:00+.")
add(O, "강원 주말 메이커스페이스", {"sido": "강원특별자치도", "kind": MS, "open": "weekend"}, "메이커스페이스 in 강원 open at weekends.")
add(O, "전북 토요일 여는 곳", {"sido": "전북특별자치도", "open": "saturday"}, "Any facility in 전북 open on Saturday.")
add(O, "평일 밤 9시까지 메이커카페", {"name_any": ["메이커카페", "메이커스카페", "메이커스 카페"], "open": "weekday_night"}, "메이커카페 (by name) open until 21:00+ on a weekday.")
add(O, "제주 저녁에 갈 수 있는 곳", {"sido": "제주특별자치도", "open": "evening"}, "Open until 20:00+ on some day, in 제주.")
add(O, "충남 주말에도 여는 메이커스페이스", {"sido": "충청남도", "kind": MS, "open": "weekend"}, "메이커스페이스 in 충남 open at weekends.")

# ------------------------------------------------------------------------------------------------ old_region (34)
OR = "old_region"
add(OR, "강원도 디바이스랩", {"sido": "강원특별자치도", "kind": DL}, "강원도 → 강원특별자치도 (2023).")
add(OR, "강원도 원주", {"sigungu": S("강원특별자치도 원주시")}, "Any facility in 원주시; old 시도 name.")
add(OR, "강원도 강릉 3d프린터", {"sigungu": S("강원특별자치도 강릉시"), "equipment": P3}, "3D printer in 강릉; old 시도 name.")
add(OR, "전라북도 익산", {"sigungu": S("전북특별자치도 익산시")}, "전라북도 → 전북특별자치도 (2024).")
add(OR, "전라북도 군산 메이커스페이스", {"sigungu": S("전북특별자치도 군산시"), "kind": MS}, "메이커스페이스 in 군산; old 시도 name.")
add(OR, "전라북도 무한상상실", {"sido": "전북특별자치도", "kind": MH}, "무한상상실 in 전북특별자치도.")
add(OR, "전라북도 남원 공작소", {"sigungu": S("전북특별자치도 남원시"), "name_any": ["공작소"]}, "A 공작소 (by name) in 남원; old 시도 name.")
add(OR, "인천 남구 메이커 스페이스 어디", {"sigungu": S("인천광역시 미추홀구"), "kind": MS}, "인천 남구 → 미추홀구 (2018).")
add(OR, "인천시 남구 레이저 커터", {"sigungu": S("인천광역시 미추홀구"), "equipment": LC}, "인천 남구 → 미추홀구; laser cutter.")
add(OR, "인천 북구", {"sigungu": S("인천광역시 부평구", "인천광역시 계양구")}, "인천 북구 was split into 부평구 and 계양구 (1995).")
add(OR, "청원군 오창 메이커스페이스", {"sigungu": S("충청북도 청주시"), "kind": MS, "address_any": ["청원구", "오창", "내수", "오송", "북이", "미원", "가덕", "남일", "문의", "낭성", "강내", "옥산", "현도", "남이"]}, "청원군 → 청주시 (2014); 오창 is a former 청원군 읍; judged on the served address.")
add(OR, "청원 혁신센터", {"sigungu": S("충청북도 청주시"), "kind": CC, "address_any": ["청원구", "오창", "내수", "오송", "북이", "미원", "가덕", "남일", "문의", "낭성", "강내", "옥산", "현도", "남이"]}, "충북 창조경제혁신센터 sits in 오창 (old 청원군).")
add(OR, "연기군 메이커스페이스", {"sido": "세종특별자치시", "kind": MS}, "연기군 → 세종특별자치시 (2012).")
add(OR, "연기군 조치원 무한상상실", {"sido": "세종특별자치시", "kind": MH, "address_any": ["조치원"]}, "조치원읍, formerly 연기군, now 세종.")
add(OR, "충남 당진군 메이커스페이스", {"sigungu": S("충청남도 당진시"), "kind": MS}, "당진군 → 당진시 (2012).")
add(OR, "당진군 무한상상실", {"sigungu": S("충청남도 당진시"), "kind": MH}, "당진군 → 당진시; 당진도서관 무한상상실 etc.")
add(OR, "북제주군 메이커스페이스", {"sigungu": S("제주특별자치도 제주시"), "kind": MS}, "북제주군 → 제주시 (2006).")
add(OR, "남제주군 메이커스페이스", {"sigungu": S("제주특별자치도 서귀포시"), "kind": MS}, "남제주군 → 서귀포시 (2006).")
add(OR, "제주도 팹랩", {"sido": "제주특별자치도", "name_any": FAB}, "제주도 → 제주특별자치도 (2006).")
add(OR, "경남 울주군", {"sigungu": S("울산광역시 울주군")}, "울주군 belonged to 경상남도 until 1995; now 울산광역시.")
add(OR, "경북 달성군 메이커스페이스", {"sigungu": S("대구광역시 달성군"), "kind": MS}, "달성군 moved from 경상북도 to 대구 in 1995.")
add(OR, "이리시 메이커스페이스", {"sigungu": S("전북특별자치도 익산시"), "kind": MS}, "이리시 merged with 익산군 into 익산시 (1995).")
add(OR, "온양 메이커스페이스", {"sigungu": S("충청남도 아산시"), "kind": MS}, "온양시 merged into 아산시 (1995).")
add(OR, "여천 메이커스페이스", {"sigungu": S("전라남도 여수시"), "kind": MS}, "여천시/여천군 merged into 여수시 (1998).")
add(OR, "명주군 강릉", {"sigungu": S("강원특별자치도 강릉시")}, "명주군 merged into 강릉시 (1995).")
add(OR, "영일군 포항 메이커스페이스", {"sigungu": S("경상북도 포항시"), "kind": MS}, "영일군 merged into 포항시 (1995).")
add(OR, "영풍군 소공인", {"sigungu": S("경상북도 영주시"), "kind": SG}, "영풍군 (풍기) merged into 영주시 (1995).")
add(OR, "금릉군 김천", {"sigungu": S("경상북도 김천시")}, "금릉군 merged into 김천시 (1995).")
add(OR, "중원군 충주 무한상상실", {"sigungu": S("충청북도 충주시"), "kind": MH}, "중원군 merged into 충주시 (1995).")
add(OR, "춘성군 춘천", {"sigungu": S("강원특별자치도 춘천시")}, "춘성군 merged into 춘천시 (1995).")
add(OR, "옥구군 군산", {"sigungu": S("전북특별자치도 군산시")}, "옥구군 merged into 군산시 (1995).")
add(OR, "승주군 순천 메이커스페이스", {"sigungu": S("전라남도 순천시"), "kind": MS}, "승주군 merged into 순천시 (1995).")
add(OR, "광산군 메이커스페이스", {"sigungu": S("광주광역시 광산구"), "kind": MS}, "전남 광산군 became 광주 광산구 (1988).")
add(OR, "화성군 소공인센터", {"sigungu": S("경기도 화성시"), "kind": SG}, "화성군 → 화성시 (2001).")
add(OR, "용인군 디바이스랩", {"sigungu": S("경기도 용인시"), "kind": DL}, "용인군 → 용인시 (1996).")
add(OR, "포천군 무한상상실", {"sigungu": S("경기도 포천시"), "kind": MH}, "포천군 → 포천시 (2003).")
add(OR, "경산군 메이커스페이스", {"sigungu": S("경상북도 경산시"), "kind": MS}, "경산군 → 경산시 (1995).")
add(OR, "강원도 혁신센터", {"sido": "강원특별자치도", "kind": CC}, "강원도 → 강원특별자치도; its 창조경제혁신센터.")

# ------------------------------------------------------------------------------------------------ autocomplete
SUG = []


def sug(t, q, tid, why, expect=None):
    names = DOCS[tid]["names"]
    exp = expect or names
    SUG.append({"type": t, "q": q, "criteria": {"expect": exp if len(exp) > 1 else exp[0],
                                                "expect_facility": DOCS[tid]["members"]}, "why": why})


TARGETS = [  # (tid, name as typed)
    ("mh-daegu-science", "국립대구과학관 무한 상상실"), ("mh-pohang-youth", "포항청소년수련관 무한 상상실"),
    ("mh-mokpo-library", "목포공공도서관 무한상상실"), ("mh-ulsan-science", "울산과학관 무한 상상실"),
    ("mh-airforce-edu", "공군교육사령부 무한상상실"), ("mh-dangjin-library", "당진도서관 무한 상상실"),
    ("mh-namwon-edu", "남원교육문화회관 무한 상상실"), ("mh-incheon-edu-science", "인천교육과학연구원 무한 상상실"),
    ("ccei-jeonbuk", "전북 창조경제혁신센터"), ("ccei-busan", "부산창조경제혁신센터"),
    ("ccei-gyeongnam", "경남창조경제혁신센터"), ("ccei-incheon", "인천창조경제혁신센터"),
    ("ccei-ulsan", "울산창조경제혁신센터"), ("ccei-gangwon", "강원창조경제혁신센터"),
    ("dl-songdo", "ICT 디바이스랩 송도"), ("dl-yongin", "ICT 디바이스랩 용인"),
    ("sg-yeongju-punggi", "영주 소공인 복합지원센터"), ("sg-gongju-yugu", "공주 소공인 복합지원센터"),
    ("sg-gunpo-dangjeong", "군포 소공인 특화지원센터"), ("ms-daegu-univ-azit", "대구대학교 아지트(AZIT) 메이커스페이스"),
    ("ms-mokpo-namak", "남악 메이커 스페이스"), ("ms-yangsan-artcraft", "양산 메이커 스페이스"),
    ("ms-iksan-makerspace", "익산 메이커스페이스"), ("gen-ms-0011", "안산다락메이커랩"),
    ("gen-ms-0004", "강릉키움메이커랩"), ("gen-ms-0058", "여수해봄메이커랩"), ("gen-ms-0064", "관악상상메이커랩"),
    ("gen-ms-0151", None), ("gen-ms-0080", "수성별빛메이커랩"), ("gen-ms-0102", "성북푸른솔메이커랩"),
    ("gen-pv-0285", "손끝가죽공방"), ("gen-ms-0053", "미추홀 다락공작소"), ("gen-ms-0109", "성남 가온공작소"),
]

from hangul import dec, com, is_syl, JUNG


def typed_name(tid, nm):
    return nm or DOCS[tid]["records"][0]["name"]


def cut_points(name):
    """Syllable positions (index of the half-typed syllable) at a realistic length: after the first word, or ~60%."""
    syl = [i for i, ch in enumerate(name) if is_syl(ch)]
    pts = [syl[max(3, int(len(syl) * 0.6))] if len(syl) > 4 else syl[-1], syl[-1]]
    sp = name.find(" ")
    if sp >= 4 and sp < len(name) - 2 and is_syl(name[sp + 1]):
        pts.append(sp + 1)
    return [i for i in pts if i > 1]


def prefix_words(name, max_syl=7):
    """Realistic typed prefix: whole name when short, else the first max_syl syllables (spaces as typed);
    a prefix never ends inside a trailing space."""
    if sum(is_syl(c) for c in name) <= max_syl:
        return name
    k, n = 0, 0
    while n < max_syl:
        n += is_syl(name[k]) or not name[k].isspace() and not is_syl(name[k]) and 0
        k += 1
    return name[:k].rstrip()


VOWEL_SLIPS = [("ㅔ", "ㅐ", "ㅔ→ㅐ"), ("ㅐ", "ㅔ", "ㅐ→ㅔ"), ("ㅘ", "ㅏ", "dropped ㅗ of ㅘ"), ("ㅕ", "ㅓ", "ㅕ→ㅓ"),
               ("ㅜ", "ㅡ", "ㅜ→ㅡ"), ("ㅚ", "ㅙ", "ㅚ/ㅙ confusion"), ("ㅢ", "ㅣ", "ㅢ→ㅣ")]
CONS_SLIPS = [("ㅅ", "ㅆ", "Shift held: ㅅ→ㅆ"), ("ㄱ", "ㄲ", "Shift held: ㄱ→ㄲ"), ("ㅈ", "ㅉ", "Shift held: ㅈ→ㅉ"),
              ("ㄷ", "ㄸ", "Shift held: ㄷ→ㄸ"), ("ㅂ", "ㅃ", "Shift held: ㅂ→ㅃ")]
NEIGH = {"ㅇ": "ㄹ", "ㄴ": "ㅁ", "ㅁ": "ㄴ", "ㄹ": "ㅎ", "ㅎ": "ㄹ", "ㅂ": "ㅈ", "ㅈ": "ㄷ", "ㄷ": "ㅈ", "ㄱ": "ㅅ",
         "ㅅ": "ㄱ", "ㅋ": "ㅌ", "ㅌ": "ㅊ", "ㅊ": "ㅍ", "ㅍ": "ㅊ"}


def typo(name, variant):
    """One jamo slip; variant picks the rule family (0 vowel, 1 shift, 2 final dropped/doubled, 3 neighbouring key)."""
    syl = [i for i, ch in enumerate(name) if is_syl(ch)]
    order = [variant % 4] + [v for v in range(4) if v != variant % 4]
    for fam in order:
        if fam == 0:
            for a, b, why in VOWEL_SLIPS:
                for i in syl[1:]:
                    c, v, f = dec(name[i])
                    if v == a:
                        return name[:i] + com(c, b, f) + name[i + 1:], why + f" in {name[i]}"
        if fam == 1:
            for a, b, why in CONS_SLIPS:
                for i in syl[1:]:
                    c, v, f = dec(name[i])
                    if c == a:
                        return name[:i] + com(b, v, f) + name[i + 1:], why + f" in {name[i]}"
        if fam == 2:
            for i in syl[1:]:
                c, v, f = dec(name[i])
                if f in ("ㅇ", "ㄴ", "ㄹ", "ㅁ") and i + 1 < len(name) and is_syl(name[i + 1]):
                    return name[:i] + com(c, v) + name[i + 1:], f"final {f} of {name[i]} dropped"
        if fam == 3:
            for i in syl[2:]:
                c, v, f = dec(name[i])
                if c in NEIGH:
                    return name[:i] + com(NEIGH[c], v, f) + name[i + 1:], f"neighbouring key {c}→{NEIGH[c]} in {name[i]}"
    return None, None


for n, (tid, nm) in enumerate(TARGETS):
    name = typed_name(tid, nm)
    pre = prefix_words(name)
    # chosung: whole-name 초성 for short names, else the distinctive first word(s); every third one mixed
    if n % 3 == 2:
        words = pre.split(" ")
        w0 = words[0]
        q = w0[:1] + chosung(w0[1:]) + ("".join(chosung(w) for w in words[1:]) if len(words) > 1 else "")
        why = "first syllable typed, the rest as 초성"
    else:
        q = chosung(pre)
        why = "초성 of the whole name" if pre == name else "초성 of the name as far as people type before picking"
    if any(x["q"] == q for x in SUG):  # same 초성 as an earlier target: type the first syllable in full
        q, why = pre[:1] + chosung(pre[1:]), "first syllable typed, the rest as 초성"
    sug("suggest_chosung", q, tid, f"Expects {name}; {why}.")
    # partial: rotate the three IME states at a realistic cut
    pts = cut_points(name)
    done = False
    for k in range(3):
        state = (n + k) % 3
        i = pts[min(len(pts) - 1, (n // 3) % len(pts))]
        if state == 0:
            q, why = lone_initial(name, i), "next syllable's initial alone (mobile IME)"
        elif state == 1:
            q, why = dokkaebi(name, i), "도깨비불: the next initial sits as a final (desktop IME)"
        else:
            q, why = at_vowel(name, i), "syllable still without its final"
        if q:
            sug("suggest_partial", q.rstrip(), tid, f"Expects {name}; {why}.")
            done = True
            break
    # layout: the typed prefix on the English layout
    lp = prefix_words(name, 8)
    sug("suggest_layout", layout(lp), tid,
        f"Expects {name}; '{lp}' typed with the English layout on (두벌식 keys, own table).")
    t, why = typo(name, n)
    if t:
        sug("suggest_typo", t, tid, f"Expects {name}; one jamo slip: {why}.")

# ------------------------------------------------------------------------------------------------ write
def main():
    counts = {}
    bad = 0
    rows = []
    for q in Q + SUG:
        t = q["type"]
        counts[t] = counts.get(t, 0) + 1
        q = {"id": f"h5-{t}-{counts[t]:03d}", **q}
        if not t.startswith("suggest_"):
            rob, loose = evaluate(q["criteria"], DOCS)
            q["_N"] = (len(rob), len(loose))
            if not rob:
                bad += 1
                print("NO ROBUST MATCH", q["id"], q["q"], len(loose), file=sys.stderr)
        rows.append(q)
    with OUT.open("w", encoding="utf-8") as f:
        for q in rows:
            q = {k: v for k, v in q.items() if not k.startswith("_")}
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for q in rows:
            print(q["id"], q.get("_N", ""), q["q"])
    print(counts, "unmatched:", bad)


if __name__ == "__main__":
    main()
