"""Truth of the tenth held-out part: every facility, its listings, and the hard cases.

Facts come only from /work/shared/data/opendata/library_*.csv (rows copied or re-formatted by libdata.py)
and from stored public pages found with the search tool (URLs in `basis` and in each hard case).
English names are my own Revised Romanization unless noted as an official English name.
"""
from libdata import verbatim as V, map_listing as M, gu_office as G, L, intl_phone

FAC = []


def F(cid, basis, *listings):
    FAC.append(dict(cid=cid, basis=basis, listings=list(listings)))


D = 'library_2023_2024.csv / library_2026.csv (rows copied verbatim or re-formatted by tools/libdata.py)'

# ================================================================ libraries
# --- 전라북도교육청 → 전북특별자치도교육청 (name and region renamed together)
F('lib-고창도서관-전북교육청', 'data',
  V('2023', '전라북도교육청고창도서관'),
  V('2026', '전북특별자치도교육청고창도서관'),
  L('news_article', '고창도서관', '고창군 고창읍 천변북로', '563-2720', kind='공공도서관'))
F('lib-무주도서관-전북교육청', 'data',
  V('2023', '전라북도교육청무주도서관'),
  V('2026', '전북특별자치도교육청무주도서관'),
  L('maker_map_en', 'Muju Library (Jeonbuk Office of Education)', '37 Hyanghan-ro, Muju-eup, Muju-gun, Jeollabuk-do',
    intl_phone('063-322-4635'), kind='public library'))
F('lib-순창도서관-전북교육청', 'data',
  V('2023', '전라북도교육청순창도서관'),
  V('2026', '전북특별자치도교육청순창도서관'))
F('lib-순창군립도서관', 'data',
  V('2023', '순창군립도서관', provider='전라북도 순창군'),
  V('2026', '순창군립도서관'),
  G('2026', '순창군립도서관', kind='공공도서관'))
F('lib-오색단풍작은도서관-무주', 'data',
  V('2023', '오새단풍작은도서관'),
  V('2026', '오색단풍작은도서관'))
# --- 은평: a library flagged "-미운영" in 2026; two 은평뉴타운 rows without 시도/구 in 2023
F('lib-바다의별작은도서관-은평', 'data',
  V('2023', '바다의 별 작은도서관'),
  V('2026', '바다의 별 작은도서관-미운영'),
  L('news_article', '불광동성당 바다의 별 작은도서관', '은평구 불광동성당', '', kind='작은도서관'))
F('lib-두드림도서관-은평', 'data',
  V('2023', '두드림 도서관', provider='서울특별시 은평구'),
  V('2026', '두드림 도서관', provider='서울특별시 은평구'))
F('lib-두드림-원효로제2동', 'data',
  V('2026', '원효로제2동 작은도서관 두드림'),
  L('gu_office', '원효로제2동 작은도서관 두드림', '서울시 용산구 효창원로8길 3', '02)2199-8755',
    'https://www.yslibrary.or.kr/small/index.do', kind='작은도서관'))
F('lib-책뜰에도서관-은평', 'data',
  V('2023', '책뜰에도서관'),
  V('2026', '책뜰에도서관'))
# --- 대구광역시 publishes its own 시립 libraries (library_sido), one 053-231 exchange
F('lib-수성도서관-대구시립', 'data',
  V('2023', '대구광역시립수성도서관'),
  V('2026', '대구광역시립수성도서관'),
  M('2026', '대구광역시립수성도서관', display_name='수성도서관', kind='공공도서관'))
F('lib-동부도서관-대구시립', 'data',
  V('2023', '대구광역시립동부도서관'),
  V('2026', '대구광역시립동부도서관'),
  G('2026', '대구광역시립동부도서관', display_name='대구시립동부도서관', kind='시립도서관'))
F('lib-두류도서관-대구시립', 'data',
  V('2026', '대구광역시립두류도서관'))
# --- 강원도 → 강원특별자치도
F('lib-춘천시립도서관', 'data',
  V('2023', '춘천시립도서관', provider='강원도 춘천시'),
  V('2026', '춘천시립도서관'),
  L('maker_map_en', 'Chuncheon Municipal Library', '100 Useok-ro, Chuncheon-si, Gangwon-do',
    intl_phone('033-245-5102'), kind='public library'))
F('lib-춘천시립청소년도서관', 'data',
  V('2023', '춘천시립청소년도서관', provider='강원도 춘천시'),
  V('2026', '춘천시립청소년도서관'))
F('lib-담작은도서관-춘천', 'data',
  V('2023', '담작은도서관', provider='강원도 춘천시'),
  V('2026', '담작은도서관'))
F('lib-월담작은도서관-영월', 'data',
  V('2023', '월담작은도서관', provider='강원도 영월군'),
  V('2026', '월담작은도서관'))
F('lib-원통도서관-인제', 'data',
  V('2023', '원통도서관', provider='강원도 인제군'),
  V('2026', '원통도서관'),
  G('2026', '원통도서관', kind='공공도서관'))
F('lib-기린도서관-인제', 'data',
  V('2023', '기린도서관', provider='강원도 인제군'),
  V('2026', '기린도서관'))
F('lib-찐빵마을책사랑방-횡성', 'data',
  V('2023', '찐빵마을책사랑방', provider='강원도 횡성군'),
  V('2026', '찐빵마을책사랑방'),
  L('news_article', '안흥 찐빵마을 책사랑방(작은도서관)', '횡성군 안흥면', '342-4390', kind='작은도서관'))
F('lib-버들골작은도서관-횡성', 'data',
  V('2023', '버들골작은도서관', provider='강원도 횡성군'),
  V('2026', '버들골작은도서관'))
# --- 전라북도 → 전북특별자치도 (군산 phone block, 전주, 임실)
F('lib-구암작은도서관-군산', 'data',
  V('2023', '구암작은도서관', provider='전라북도 군산시'),
  V('2026', '구암작은도서관'),
  M('2026', '구암작은도서관', kind='작은도서관'))
F('lib-월명작은도서관-군산', 'data',
  V('2023', '월명작은도서관', provider='전라북도 군산시'),
  V('2026', '월명작은도서관'))
F('lib-인후생활문화센터작은도서관-전주', 'data',
  V('2023', '인후생활문화센터작은도서관', provider='전라북도 전주시'),
  V('2026', '인후생활문화센터작은도서관'),
  L('news_article', '인후생활문화센터 작은도서관', '전주 덕진구 견훤로 290', '247-8800', kind='작은도서관'))
F('lib-아낌없이주는나무작은도서관-임실', 'data',
  V('2023', '아낌없이주는나무 작은도서관', provider='전라북도 임실군'),
  V('2026', '아낌없이주는나무 작은도서관', provider='전북특별자치도 임실군'))
F('lib-아낌없이주는나무작은도서관-무안', 'data',
  V('2026', '아낌없이주는나무 작은도서관', provider='전라남도 무안군'))
F('lib-꿈나래작은도서관-사상', 'data',
  V('2023', '꿈나래작은도서관', provider='부산광역시 사상구'),
  V('2026', '꿈나래작은도서관', provider='부산광역시 사상구'))
F('lib-꿈나래작은도서관-광주남구', 'data',
  V('2026', '꿈나래작은도서관', provider='광주광역시 남구'))
# --- 영등포: moves and renumbering on one portal host
F('lib-영등포동공립작은도서관', 'data',
  V('2023', '영등포동공립작은도서관'),
  V('2026', '영등포동공립작은도서관'),
  G('2026', '영등포동공립작은도서관', display_name='영등포구립 영등포동공립작은도서관', kind='작은도서관'))
F('lib-신길6동공립작은도서관', 'data',
  V('2023', '신길6동공립작은도서관'),
  V('2026', '신길6동공립작은도서관'))
F('lib-영등포생각공장도서관', 'data',
  V('2023', '영등포생각공장도서관'),
  V('2026', '영등포생각공장도서관'),
  L('news_article', '영등포 생각공장 도서관', '영등포구 문래북로 영등포구어울림센터', '2069-1893', kind='공공도서관'))
# --- 부산 서구
F('lib-부산대학교병원작은도서관', 'data',
  V('2023', '부산대학교병원 작은(쌈지) 도서관'),
  V('2026', '부산대학교병원 작은(쌈지)도서관'))
F('lib-숲속어린이작은도서관-부산서구', 'data',
  V('2023', '숲속어린이작은도서관'),
  V('2026', '숲속어린이 작은도서관'))
# --- 보은, 안산
F('lib-보은군립도서관', 'data',
  V('2023', '보은군립도서관'),
  V('2026', '보은군립도서관'),
  G('2026', '보은군립도서관', kind='공공도서관'))
F('lib-월피예술도서관-안산', 'data',
  V('2023', '월피예술도서관'),
  V('2026', '월피예술도서관'),
  M('2026', '월피예술도서관', kind='공공도서관'))
# --- 광주 서구 smart libraries: one phone, one homepage
F('lib-서구스마트도서관3호점-광주', 'data',
  V('2023', '서구 스마트도서관 3호점(운천역)'),
  V('2026', '서구 스마트도서관 3호점(운천역)'),
  M('2026', '서구 스마트도서관 3호점(운천역)', display_name='서구 스마트도서관 운천역점', kind='스마트도서관'))
F('lib-서구스마트도서관2호점-광주', 'data',
  V('2023', '서구 스마트도서관 2호점(서구청)'),
  V('2026', '서구 스마트도서관 2호점(서구청)'))
F('lib-서구스마트도서관4호점-광주', 'data',
  V('2026', '서구 스마트도서관 4호점(풍암동)'))

# ================================================================ non-libraries (public pages)
BS20 = 'yna.kr AKR20200505072400051; asiatoday.co.kr 20200506010001942 (부산 2020 일반랩 5곳: 소년의집학원, 공공플랜, 코나, 부산벤처기업협회, 동서대)'
PNU = 'busan.com 20220412000058; kyosu.net 87416; bseconomy.com 42370 (부산대 V-Space 2022 전문랩, HIMEC, PNU스마트팩토리, 부산경제진흥원(신발산업진흥센터) 특화랩)'
GW21 = 'gw.ac.kr news articleSeq=152520 (One Space Gangwon 2021: 강원대 KNU메이커스페이스, 강원도립대 G-MAKER LAB, 디자인 메이커스 …)'
TOY = 'asiae.co.kr 2021072918380696406; etnews.com 20210729000212 (춘천 서면 스마트토이 비즈센터, 강원정보문화진흥원)'
ASAN = 'jbnews.com 1294852 (아산 충남메이커협동조합 어울림창작소, 원도심 어울림경제센터, 2020 일반랩)'
SB = 'sisamagazine.co.kr 157427; mediahub.seoul.go.kr 1284740 (성북구 패션봉제지원센터(보문동 공동작업장), 지봉로20길 80, 보문역 7번 출구)'
SBS = 'asiae.co.kr 2021113006194319469; naeil.com 406466; borough.seouland.com 22141 (성북스마트패션산업센터, 보문동, 공동기반시설)'
JW = 'asiae.co.kr 2021122015232421768 (장위 지역밀착형 문화예술교육센터, 장월로8길 36, 장위시장 제1공영주차장)'
GN20 = 'm.kndaily.co.kr 152995; kukinews kuk202005080283 (경남 2020 일반랩: ㈜엘앤씨(진주) 등)'
WJ = 'kwnews.co.kr 2025120115452411277 and 2025120316584155291 (원주시 소공인복합지원센터, 문막읍 동화공단로, 강원도시형소공인연합회 위탁)'
GR = 'm.go.seoul.co.kr 20260107500141 (구로 청소년입장지대 모여 구로 — 구로문화누리 도서관 1층, 개봉2동; 개봉3동 청소년카페, 개봉로11길 55-16)'
GC = 'go.seoul.co.kr 20231120500032 (금천청소년문화의집, 시흥1동)'
EU = 'hkbs.co.kr 556155 (부산 유라시아플랫폼 104호 교류회); wowtv 202005188219h (유라시아플랫폼 메이커스테이션)'
DB = 'heraldk.com 2486959 (종로 패션종합지원센터: 창신길 124 동부여성문화센터 3층)'

F('ms-busan-sonyeon-house', BS20,
  L('news_article', '학교법인 소년의집학원 메이커 스페이스 (2020 일반랩)', '부산', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '소년의집학원 메이커스페이스', '부산', kind='메이커스페이스 일반랩'))
F('ms-busan-gonggong-plan', BS20,
  L('news_article', '공공플랜 메이커 스페이스', '부산', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Gonggong Plan Makerspace', 'Busan', kind='makerspace'))
F('ms-busan-kona', BS20,
  L('news_article', '코나 메이커 스페이스 (2020 선정)', '부산', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '코나', '부산', kind='메이커스페이스 일반랩'))
F('ms-busan-venture-assoc', BS20,
  L('news_article', '사단법인 부산벤처기업협회 메이커 스페이스', '부산', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '(사)부산벤처기업협회 메이커스페이스', '부산', kind='메이커스페이스 일반랩'))
F('ms-pnu-vspace', PNU,
  L('news_article', "부산대 'V-Space(브이-스페이스)'", '부산', kind='메이커스페이스 전문랩'),
  L('makeall_portal', '부산대학교 메이커스페이스 V-Space', '부산 금정구', kind='메이커스페이스 전문랩'),
  L('maker_map_en', 'Pusan National University V-Space', 'Geumjeong-gu, Busan', kind='university makerspace'))
F('other-pnu-himec', PNU,
  L('news_article', '부산대학교 하이브리드 제조혁신센터(HIMEC)', '부산', kind='대학 연구센터'))
F('other-pnu-smart-factory', PNU,
  L('news_article', 'PNU스마트팩토리(부산대 부속공장)', '부산', kind='대학 부속공장'))
F('ms-busan-shoe-center-lab', PNU,
  L('news_article', '부산경제진흥원(신발산업진흥센터) 특화랩', '부산', kind='메이커스페이스 특화랩'),
  L('makeall_portal', '신발산업진흥센터 메이커스페이스', '부산', kind='메이커스페이스 특화랩'))
F('other-busan-shoe-industry-center', PNU + ' (the centre that runs the lab)',
  L('city_maker_guide', '부산경제진흥원 신발산업진흥센터', '부산', kind='산업지원기관'))
F('other-busan-economic-promotion-agency', PNU + ' (the agency itself)',
  L('news_article', '부산경제진흥원', '부산', kind='공공기관'))
F('other-busan-eurasia-platform', EU,
  L('news_article', '부산 유라시아플랫폼', '부산역', kind='복합공간'),
  L('city_maker_guide', '유라시아플랫폼 104호', '부산', kind='교류공간'))
F('ms-knu-gangwon-makerspace', GW21,
  L('news_article', '강원대학교 KNU메이커스페이스', '춘천', kind='대학 메이커스페이스'),
  L('maker_map_en', 'Kangwon National University KNU Makerspace', 'Chuncheon-si, Gangwon-do',
    kind='university makerspace'))
F('ms-gwdc-g-maker-lab', GW21,
  L('news_article', '강원도립대학교 G-MAKER LAB', '강릉', kind='대학 메이커스페이스'),
  L('makeall_portal', '강원도립대 G-MAKER LAB', '강원 강릉시', kind='메이커스페이스 일반랩'))
F('ms-gangwon-design-makers', GW21,
  L('news_article', '디자인 메이커스', '강원', kind='메이커스페이스'))
F('other-gangwon-smart-toy-biz-center', TOY,
  L('news_article', '스마트토이 비즈센터', '춘천 서면', kind='시제품 제작 거점'),
  L('news_article', '강원정보문화진흥원 스마트 토이 비즈센터', '강원도 춘천시 서면', kind='ICT 융복합 지원시설'))
F('ms-asan-eoullim-changjakso', ASAN,
  L('news_article', "충남메이커협동조합 메이커스페이스 '어울림창작소'", '아산시 원도심 어울림경제센터', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '어울림 창작소', '충남 아산시', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Eoullim Changjakso Makerspace', 'Asan-si, Chungcheongnam-do', kind='makerspace'))
F('other-asan-eoullim-economic-center', ASAN + ' (the building that hosts the lab)',
  L('city_maker_guide', '어울림경제센터', '아산시 원도심', kind='경제지원시설'))
F('sg-seongbuk-fashion-bongje-center', SB,
  L('gu_office', '성북구 패션봉제지원센터(보문동 공동작업장)', '서울시 성북구 지봉로20길 80', kind='소공인 공동작업장'),
  L('news_article', "'패션봉제지원센터' (성북구 위탁운영)", '지하철 6호선 보문역 7번 출구 인근', kind='패션봉제지원센터'),
  L('sogongin_press', '성북 보문동 공동작업장 [의류봉제]', '서울 성북구 보문동', kind='소공인 공동작업장'))
F('sg-seongbuk-smart-fashion-center', SBS,
  L('news_article', '성북스마트패션산업센터', '성북구 보문동', kind='소공인 집적지구 공동기반시설'),
  L('sogongin_press', '성북 스마트패션산업센터 [패션봉제]', '서울 성북구 보문동', kind='소공인 공동기반시설'))
F('other-seongbuk-jangwi-arts-edu-center', JW,
  L('gu_office', '장위 지역밀착형 문화예술교육센터', '서울시 성북구 장월로8길 36', kind='문화예술교육시설'),
  L('news_article', '성북구 장위 문화예술교육센터', '장위시장 제1공영주차장 부지', kind='문화예술교육센터'))
F('ms-jinju-lnc', GN20,
  L('news_article', '㈜엘앤씨 메이커 스페이스', '진주', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '엘앤씨 메이커스페이스', '경남 진주시', kind='메이커스페이스 일반랩'))
F('sg-wonju-sogongin-complex', WJ,
  L('news_article', '원주시소상공인복합지원센터', '원주시 문막읍 동화공단로', kind='소공인 복합지원센터'),
  L('news_article', '원주시소공인복합지원센터 (강원도시형소공인연합회 위탁운영)', '문막산업단지', kind='소공인 복합지원센터'),
  L('sogongin_press', '원주 소공인 복합지원센터', '강원 원주시 문막읍', kind='소공인 복합지원센터'))
F('lib-구로문화누리도서관', GR,
  L('news_article', '구로문화누리 도서관', '구로구 개봉2동', kind='도서관'))
F('other-guro-youth-zone', GR,
  L('gu_office', '청소년입장지대 모여 구로', '서울시 구로구 개봉2동 구로문화누리 도서관 1층', kind='청소년 아지트'),
  L('news_article', "구로구 청소년 아지트 '모여 구로'", '구로문화누리 도서관 1층', kind='청소년시설'))
F('other-guro-gaebong3-youth-cafe', GR,
  L('gu_office', '개봉3동 청소년카페', '서울시 구로구 개봉로11길 55-16', kind='청소년카페(메이크스페이스)'),
  L('news_article', '구로구 청소년카페 (옛 개봉3동 청소년 공부방)', '개봉로11길 55-16 3·4층', kind='청소년시설'))
F('other-geumcheon-youth-culture-house', GC,
  L('gu_office', '금천청소년문화의집', '서울시 금천구 시흥1동', kind='청소년수련시설'),
  L('news_article', '금천구 두번째 청소년 수련시설 금천청소년문화의집', '시흥1동', kind='청소년문화의집'))
F('other-seoul-dongbu-women-culture-center', DB + ' (the host building only; the 종로 centre itself is not in this part)',
  L('gu_office', '동부여성문화센터', '서울시 종로구 창신길 124', kind='여성문화시설'),
  L('news_article', '종로구 동부여성문화센터', '창신동 창신길 124', kind='여성문화센터'))

# ================================================================ hard cases
H = []


def C(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


P2, P3, P4, P5, P6, P7, P8, P9 = ('P2 English vs Hangul', 'P3 operator / programme prefix-suffix',
                                  'P4 bracketed real/English name', 'P5 abbreviation',
                                  'P6 old and new names (incl. relocation)',
                                  'P7 building / landmark instead of road address', 'P8 old and new region names',
                                  'P9 same library, 시도 vs 시군구 (or 교육청) publication')
P1, P10, P11, P12 = ('P1 shared portal host', 'P10 head-office phone vs own phone',
                     'P11 re-crawl change between snapshots', 'P12 phone printed incompletely')
N1, N2, N3, N4, N5, N6 = ('N1 two facilities, one building/address', 'N2 one operator, several facilities',
                          'N3 names differing by one region syllable', 'N4 centre vs maker space it runs',
                          'N5 same city / same name, different facilities', 'N6 branches printing one head-office number')

# ---------------- P2
C(P2, 'same', [('lib-무주도서관-전북교육청', 3), ('lib-무주도서관-전북교육청', 2)],
  'Romanized 향한로 37, 무주읍 in road-number-gu order, +82-63-322-4635; the old province "Jeollabuk-do" and an '
  'English name that drops the 교육청 prefix into brackets.', D)
C(P2, 'same', [('lib-춘천시립도서관', 3), ('lib-춘천시립도서관', 2), ('lib-춘천시립도서관', 1)],
  '"Chuncheon Municipal Library" (my rendering of 시립), 100 Useok-ro, +82 form of 033-245-5102; the card keeps '
  '"Gangwon-do" like the 2023 row.', D)
C(P2, 'same', [('ms-pnu-vspace', 3), ('ms-pnu-vspace', 2)],
  'Pusan National University is the official English name of 부산대학교; V-Space is the lab\'s own Latin name. '
  '금정구 is my derivation (main campus), not printed on the page.', PNU)
C(P2, 'same', [('ms-knu-gangwon-makerspace', 2), ('ms-knu-gangwon-makerspace', 1)],
  'Kangwon National University = 강원대학교 (official English name); KNU is printed in both.', GW21)
C(P2, 'same', [('ms-asan-eoullim-changjakso', 3), ('ms-asan-eoullim-changjakso', 2)],
  'Romanized space name "Eoullim Changjakso" and only the city.', ASAN)
C(P2, 'same', [('ms-busan-gonggong-plan', 2), ('ms-busan-gonggong-plan', 1)],
  'Romanized operator name; only "Busan".', BS20)
# ---------------- P3
C(P3, 'same', [('ms-busan-sonyeon-house', 1), ('ms-busan-sonyeon-house', 2)],
  'Legal-form prefix "학교법인" and a programme note "(2020 일반랩)" vs the bare name.', BS20)
C(P3, 'same', [('ms-busan-venture-assoc', 1), ('ms-busan-venture-assoc', 2)],
  '"사단법인" written out vs "(사)".', BS20)
C(P3, 'same', [('ms-jinju-lnc', 1), ('ms-jinju-lnc', 2)],
  '"㈜" prefix and the spaced programme suffix vs the portal name.', GN20)
C(P3, 'same', [('sg-wonju-sogongin-complex', 2), ('sg-wonju-sogongin-complex', 1), ('sg-wonju-sogongin-complex', 3)],
  'Operator suffix "(강원도시형소공인연합회 위탁운영)"; one headline even writes 소상공인 for 소공인. Same centre in '
  '문막 (동화공단로 = 문막산업단지).', WJ)
C(P3, 'same', [('lib-고창도서관-전북교육청', 3), ('lib-고창도서관-전북교육청', 2)],
  'Press drops the publisher prefix "전북특별자치도교육청"; only the road name and a phone without 063.', D)
C(P3, 'same', [('ms-asan-eoullim-changjakso', 1), ('ms-asan-eoullim-changjakso', 2)],
  'Operator "충남메이커협동조합" and the quoted name vs the spaced portal name "어울림 창작소".', ASAN)
C(P3, 'same', [('lib-영등포동공립작은도서관', 3), ('lib-영등포동공립작은도서관', 2)],
  '구 page prefix "영등포구립" and 02)2636-8222.', D)
# ---------------- P4
C(P4, 'same', [('ms-pnu-vspace', 1), ('ms-pnu-vspace', 2)],
  'Quoted Latin name with its Hangul reading in brackets "V-Space(브이-스페이스)"; 부산대 ↔ 부산대학교 too.', PNU)
C(P4, 'same', [('sg-seongbuk-fashion-bongje-center', 1), ('sg-seongbuk-fashion-bongje-center', 3)],
  'Bracketed second name "(보문동 공동작업장)" is the only name the 소공인 press uses.', SB)
C(P4, 'same', [('lib-서구스마트도서관3호점-광주', 3), ('lib-서구스마트도서관3호점-광주', 2)],
  'Branch number and station in brackets "3호점(운천역)" vs the map\'s "운천역점".', D)
C(P4, 'same', [('lib-찐빵마을책사랑방-횡성', 3), ('lib-찐빵마을책사랑방-횡성', 2)],
  'Press adds "(작은도서관)" and the 면 name; phone without 033.', D)
# ---------------- P5
C(P5, 'same', [('ms-gwdc-g-maker-lab', 2), ('ms-gwdc-g-maker-lab', 1)],
  '강원도립대 = 강원도립대학교 (강릉 is my derivation of the campus; the page names only the university).', GW21)
C(P5, 'same', [('other-gangwon-smart-toy-biz-center', 1), ('other-gangwon-smart-toy-biz-center', 2)],
  'With and without the operator 강원정보문화진흥원, "스마트토이" vs "스마트 토이".', TOY)
C(P5, 'same', [('lib-월피예술도서관-안산', 3), ('lib-월피예술도서관-안산', 1)],
  'Map "경기 안산시 상록구" vs the 2023 row "경기도 안산시" without the 구; the phone changed (see P11).', D)
# ---------------- P6
C(P6, 'same', [('lib-고창도서관-전북교육청', 1), ('lib-고창도서관-전북교육청', 2)],
  '전라북도교육청고창도서관 (2023) → 전북특별자치도교육청고창도서관 (2026): the name changes with the province; same '
  'address, phone, homepage and coordinates.', D)
C(P6, 'same', [('lib-무주도서관-전북교육청', 1), ('lib-무주도서관-전북교육청', 2)],
  'Same rename (전라북도교육청 → 전북특별자치도교육청) of the 무주 library.', D)
C(P6, 'same', [('lib-순창도서관-전북교육청', 1), ('lib-순창도서관-전북교육청', 2)],
  'Same rename for 순창; see N5 for the 군립 library in the same 읍.', D)
C(P6, 'same', [('lib-영등포동공립작은도서관', 1), ('lib-영등포동공립작은도서관', 2)],
  'Moved: 영신로200 → 국회대로44길4; same phone 02-2636-8222 and portal page.', D)
C(P6, 'same', [('lib-바다의별작은도서관-은평', 1), ('lib-바다의별작은도서관-은평', 2)],
  'The 2026 name carries the status suffix "-미운영" (not operating); same address (불광동성당) and phone.', D)
# ---------------- P7
C(P7, 'same', [('lib-바다의별작은도서관-은평', 3), ('lib-바다의별작은도서관-은평', 1)],
  'Press prints the host building (불광동성당) instead of 통일로 786.', D)
C(P7, 'same', [('lib-보은군립도서관', 1), ('lib-보은군립도서관', 2), ('lib-보은군립도서관', 3)],
  '2023 row: "보은읍 뱃들로 68-22, 결초보은 문화누리관" (no 시도/군, building name; its lat/lon are also swapped in the '
  'source row); 2026: "충청북도 보은군 뱃들로 68-22"; the 군 card drops the province.', D)
C(P7, 'same', [('lib-영등포생각공장도서관', 3), ('lib-영등포생각공장도서관', 1), ('lib-영등포생각공장도서관', 2)],
  'The building "영등포구어울림센터 1~3층" printed in 2023 and by the press, dropped in 2026; homepage path '
  '/sglib/index.do dropped.', D)
C(P7, 'same', [('sg-seongbuk-fashion-bongje-center', 2), ('sg-seongbuk-fashion-bongje-center', 1)],
  'A citizen reporter gives the way from 보문역 7번 출구 instead of 지봉로20길 80.', SB)
C(P7, 'same', [('other-seongbuk-jangwi-arts-edu-center', 2), ('other-seongbuk-jangwi-arts-edu-center', 1)],
  'Press names the site (장위시장 제1공영주차장) instead of 장월로8길 36.', JW)
C(P7, 'same', [('other-busan-eurasia-platform', 1), ('other-busan-eurasia-platform', 2)],
  'Landmark "부산역" vs a room number "104호"; no road address on either page.', EU)
C(P7, 'same', [('other-guro-youth-zone', 2), ('other-guro-youth-zone', 1)],
  'Both print the host building (구로문화누리 도서관 1층) instead of a road address.', GR)
# ---------------- P8
C(P8, 'same', [('lib-춘천시립청소년도서관', 1), ('lib-춘천시립청소년도서관', 2)],
  '강원도 춘천시 (2023) → 강원특별자치도 춘천시 (2026).', D)
C(P8, 'same', [('lib-담작은도서관-춘천', 1), ('lib-담작은도서관-춘천', 2)], '강원도 → 강원특별자치도.', D)
C(P8, 'same', [('lib-월담작은도서관-영월', 1), ('lib-월담작은도서관-영월', 2)], '강원도 영월군 → 강원특별자치도 영월군.', D)
C(P8, 'same', [('lib-원통도서관-인제', 1), ('lib-원통도서관-인제', 2), ('lib-원통도서관-인제', 3)],
  '강원도 (2023) vs 강원특별자치도 (2026) vs a 군 card that drops the province ("인제군 북면 금강로 62").', D)
C(P8, 'same', [('lib-버들골작은도서관-횡성', 1), ('lib-버들골작은도서관-횡성', 2)], '강원도 → 강원특별자치도 (횡성).', D)
C(P8, 'same', [('lib-구암작은도서관-군산', 1), ('lib-구암작은도서관-군산', 3)],
  '전라북도 군산시 row vs the map card "전북특별자치도 군산시 구암3.1로 245".', D)
C(P8, 'same', [('lib-아낌없이주는나무작은도서관-임실', 1), ('lib-아낌없이주는나무작은도서관-임실', 2)],
  '전라북도 임실군 → 전북특별자치도 임실군 (see N5 for the 무안 namesake).', D)
C(P8, 'same', [('lib-순창군립도서관', 1), ('lib-순창군립도서관', 2), ('lib-순창군립도서관', 3)],
  'The 2026 row still prints "전라북도 순창군" in the address while the publisher is 전북특별자치도 순창군; the 군 card '
  'drops the province.', D)
C(P8, 'same', [('lib-기린도서관-인제', 1), ('lib-기린도서관-인제', 2)], '강원도 → 강원특별자치도 (인제 기린면).', D)
C(P8, 'same', [('lib-인후생활문화센터작은도서관-전주', 1), ('lib-인후생활문화센터작은도서관-전주', 2)],
  '전라북도 전주시 → 전북특별자치도 전주시.', D)
C(P1, 'same', [('lib-신길6동공립작은도서관', 1), ('lib-신길6동공립작은도서관', 2)],
  'Both rows print the shared host page www.ydplib.or.kr/small (see N2) and their address and phone both changed: '
  '대방천로 193 → 167, 02-835-7476 → 02-832-7476 (one digit). Same name in one 구; I judge a correction or short move.', D)
C(P11, 'same', [('lib-오색단풍작은도서관-무주', 1), ('lib-오색단풍작은도서관-무주', 2)],
  'Typo corrected: "오새단풍" (2023) → "오색단풍" (2026); same address, phone and homepage.', D)
C(P11, 'same', [('lib-월피예술도서관-안산', 1), ('lib-월피예술도서관-안산', 2)],
  'Phone 031-369-1752 → 031-369-1869 and 상록구 added; same road address.', D)
C(P11, 'same', [('lib-숲속어린이작은도서관-부산서구', 1), ('lib-숲속어린이작은도서관-부산서구', 2)],
  'Phone 051-240-4168 → 070-8833-4168 (same last four digits); the 2026 address adds "구덕문화공원 내 숲속놀이터(2층)"; '
  'name spaced.', D)
C(P11, 'same', [('lib-두드림도서관-은평', 1), ('lib-두드림도서관-은평', 2)],
  'The 2023 row has no 시/구 ("진관3로 15-35 1001동 1층(3지구)") and 02-385-2772; 2026 has the full address and '
  'another number, 02-358-9559. Same name at the same 단지/동/층 in 은평구: I judge one library whose number changed '
  '(moderate confidence; nothing else links the two numbers).', D)
C(P11, 'same', [('lib-부산대학교병원작은도서관', 1), ('lib-부산대학교병원작은도서관', 2)],
  'Name spacing "작은(쌈지) 도서관" → "작은(쌈지)도서관", building note "B동 2층" added.', D)
C(P11, 'same', [('lib-서구스마트도서관3호점-광주', 1), ('lib-서구스마트도서관3호점-광주', 2)],
  '"상무대로 지하 883" (2023) → "상무대로 883" (2026); coordinates shifted by ~1 km; same phone and page.', D)
C(P11, 'same', [('lib-책뜰에도서관-은평', 1), ('lib-책뜰에도서관-은평', 2)],
  'Missing fields: the 2023 row prints no 시도/구 ("북한산로 2 1023동 1층(3지구)") and no coordinates; the 2026 row '
  'has the full address and coordinates. Same name and phone.', D)
C(P12, 'same', [('lib-인후생활문화센터작은도서관-전주', 3), ('lib-인후생활문화센터작은도서관-전주', 2)],
  'Press prints 247-8800 without 063.', D)
C(P12, 'same', [('lib-영등포생각공장도서관', 3), ('lib-영등포생각공장도서관', 2)],
  'Press prints 2069-1893 without 02.', D)
C(P10, 'same', [('lib-서구스마트도서관2호점-광주', 1), ('lib-서구스마트도서관2호점-광주', 2)],
  'The branch prints the library office\'s number 062-350-4580, shared with every smart-library branch (N6); its '
  'own place is 경열로 33 (서구청).', D)

# ---------------- negatives
C(N1, 'different', [('lib-구로문화누리도서관', 1), ('other-guro-youth-zone', 1), ('other-guro-youth-zone', 2)],
  'A library and the youth space on its 1st floor: the youth space is printed with the library as its address.', GR)
C(N1, 'different', [('ms-asan-eoullim-changjakso', 1), ('other-asan-eoullim-economic-center', 1)],
  'The maker space is inside the 어울림경제센터; both printed with "아산시 원도심".', ASAN)
C(N2, 'different', [('ms-pnu-vspace', 1), ('other-pnu-himec', 1), ('other-pnu-smart-factory', 1),
                    ('lib-부산대학교병원작은도서관', 2)],
  'One university name, four facilities: the maker space, the hybrid manufacturing centre, the university factory and '
  'the university hospital\'s small library (부산대학교병원 is a separate institution in 서구).', PNU + '; ' + D)
C(N2, 'different', [('lib-춘천시립도서관', 2), ('lib-춘천시립청소년도서관', 2), ('lib-담작은도서관-춘천', 2)],
  'Three 춘천 libraries printing the same homepage library.chuncheon.go.kr.', D)
C(N2, 'different', [('lib-영등포동공립작은도서관', 2), ('lib-신길6동공립작은도서관', 2), ('lib-영등포생각공장도서관', 2)],
  'Three 영등포 libraries on the ydplib.or.kr host (two on the same /small page).', D)
C(N2, 'different', [('lib-찐빵마을책사랑방-횡성', 2), ('lib-버들골작은도서관-횡성', 2)],
  'Two 횡성 small libraries, one homepage lib.hsg.go.kr and one 033-342 exchange.', D)
C(N2, 'different', [('lib-고창도서관-전북교육청', 2), ('lib-무주도서관-전북교육청', 2), ('lib-순창도서관-전북교육청', 2)],
  'Three 전북특별자치도교육청 libraries: one prefix, one host lib.jbe.go.kr, different paths and towns.', D)
C(N3, 'different', [('lib-담작은도서관-춘천', 2), ('lib-월담작은도서관-영월', 2)],
  '"담작은도서관" vs "월담작은도서관": one extra syllable, two 강원 towns.', D)
C(N2, 'different', [('lib-기린도서관-인제', 2), ('lib-원통도서관-인제', 2)],
  'Two 인제군 public libraries on one host lib.inje.go.kr (paths /injegr/ and /injewt/), "…도서관" after a 면 place name.', D)
C(N4, 'different', [('other-busan-shoe-industry-center', 1), ('ms-busan-shoe-center-lab', 1), ('ms-busan-shoe-center-lab', 2),
                    ('other-busan-economic-promotion-agency', 1)],
  'The agency (부산경제진흥원), its footwear centre and the 특화랩 the centre runs: three facilities, one name chain.', PNU)
C(N5, 'different', [('other-gangwon-smart-toy-biz-center', 2), ('ms-knu-gangwon-makerspace', 1)],
  'Two 춘천 maker facilities (the 진흥원\'s toy biz centre in 서면; 강원대 lab).', TOY + '; ' + GW21)
C(N5, 'different', [('sg-seongbuk-fashion-bongje-center', 3), ('sg-seongbuk-smart-fashion-center', 2)],
  'Two 성북 보문동 소공인 facilities for the same trade (봉제): the 2019 공동작업장 and the 2021 스마트패션산업센터.',
  SB + '; ' + SBS)
C(N5, 'different', [('ms-busan-sonyeon-house', 1), ('ms-busan-gonggong-plan', 1), ('ms-busan-kona', 1),
                    ('ms-busan-venture-assoc', 1)],
  'Four 부산 2020 일반랩 printed "… 메이커 스페이스, 부산" with no address.', BS20)
C(N5, 'different', [('lib-아낌없이주는나무작은도서관-임실', 2), ('lib-아낌없이주는나무작은도서관-무안', 1)],
  'One name in 임실 (전북) and 무안 (전남).', D)
C(N5, 'different', [('lib-꿈나래작은도서관-사상', 2), ('lib-꿈나래작은도서관-광주남구', 1)],
  '꿈나래작은도서관 in 부산 사상구 and in 광주 남구.', D)
C(N5, 'different', [('lib-두드림도서관-은평', 2), ('lib-두드림-원효로제2동', 1), ('lib-두드림-원효로제2동', 2)],
  '"두드림" in two 서울 구 (은평 진관동 vs 용산 원효로제2동).', D)
C(N5, 'different', [('lib-순창도서관-전북교육청', 2), ('lib-순창군립도서관', 2)],
  'Two public libraries in 순창읍: the 교육청 library (장류로 379) and the 군립 library (순창5길 18).', D)
C(N5, 'different', [('ms-knu-gangwon-makerspace', 1), ('ms-gwdc-g-maker-lab', 1), ('ms-gangwon-design-makers', 1)],
  'Two university maker spaces of one province (강원대 / 강원도립대) and a third 강원 maker space.', GW21)
C(N5, 'different', [('other-guro-youth-zone', 1), ('other-guro-gaebong3-youth-cafe', 1), ('other-geumcheon-youth-culture-house', 1)],
  'Three 서울 youth spaces opened by 구청 (구로 개봉2동, 구로 개봉3동, 금천 시흥1동).', GR + '; ' + GC)
C(N6, 'different', [('lib-서구스마트도서관3호점-광주', 2), ('lib-서구스마트도서관2호점-광주', 2), ('lib-서구스마트도서관4호점-광주', 1)],
  'Three 광주 서구 smart-library branches printing one number 062-350-4580 and one homepage.', D)
C(N6, 'different', [('lib-구암작은도서관-군산', 2), ('lib-월명작은도서관-군산', 2)],
  'Two 군산 small libraries on one number block (063-454-5657 / -5659) and one homepage lib.gunsan.go.kr.', D)
C(N3, 'different', [('lib-월명작은도서관-군산', 2), ('lib-월담작은도서관-영월', 2)],
  '"월명작은도서관" vs "월담작은도서관": one syllable apart, 군산 vs 영월.', D)
C(N3, 'different', [('ms-knu-gangwon-makerspace', 1), ('ms-gwdc-g-maker-lab', 2)],
  '"강원대" vs "강원도립대": two universities of one province, one extra syllable pair (도립).', GW21)
C(P3, 'same', [('lib-수성도서관-대구시립', 3), ('lib-수성도서관-대구시립', 2), ('lib-수성도서관-대구시립', 1)],
  'The data name carries the publisher prefix "대구광역시립"; the map shows "수성도서관". The 2026 row is published '
  'by 대구광역시 itself (library_sido).', D)
C(P3, 'same', [('lib-동부도서관-대구시립', 3), ('lib-동부도서관-대구시립', 2), ('lib-동부도서관-대구시립', 1)],
  '"대구광역시립" vs the 시 page\'s "대구시립", phone 053)231-2200; the address spacing "신암북로 11길 54" is kept.', D)
C(N6, 'different', [('lib-수성도서관-대구시립', 2), ('lib-동부도서관-대구시립', 2), ('lib-두류도서관-대구시립', 1)],
  'Three 대구광역시립 libraries on one exchange (053-231-2500 / -2200 / -2700), one prefix, one 시도 publisher; '
  'different 구 and roads.', D)
