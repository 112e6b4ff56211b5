"""Truth of the eighth held-out part: every facility, its listings, and the hard cases.

Facts come only from /work/shared/data/opendata/library_*.csv (rows copied or re-formatted by libdata.py)
and from stored public pages (URLs in `basis` and in each hard case).  English names are my own Revised
Romanization unless the page prints an English name (Chung-Ang University, CUK Maker Space, Smart Factory).
"""
from libdata import verbatim as V, map_listing as M, gu_office as G, L, intl_phone

FAC = []


def F(cid, basis, *listings):
    FAC.append(dict(cid=cid, basis=basis, listings=list(listings)))


# ---------------------------------------------------------------- libraries (data files)
F('lib-전주시립도서관꽃심', 'data: library_2023_2024.csv + library_2026.csv',
  V('2023', '전주시립도서관꽃심', addr_contains='전라북도'),
  V('2026', '전주시립도서관꽃심'),
  M('2026', '전주시립도서관꽃심', display_name='전주시립도서관 꽃심', kind='공공도서관'),
  L('maker_map_en', 'Jeonju Municipal Library Kkotsim', '306 Baekje-daero, Wansan-gu, Jeonju-si, Jeollabuk-do',
    intl_phone('063-230-1840'), kind='public library'))
F('lib-장수군립도서관', 'data',
  V('2023', '장수군립도서관', addr_contains='전라북도'),
  V('2026', '장수군립도서관'),
  G('2026', '장수군립도서관', display_name='장수군립도서관'))
F('lib-수택1동작은도서관-구리', 'data', V('2023', '수택1동작은도서관'), V('2026', '수택1동작은도서관'))
F('lib-해누리작은도서관-광주북구', 'data', V('2023', '해누리작은도서관'), V('2026', '해누리작은도서관'))
F('lib-샘내작은도서관-화성', 'data', V('2023', '샘내작은도서관'), V('2026', '샘내작은도서관'))
F('lib-마도작은도서관-화성', 'data', V('2023', '마도작은도서관'), V('2026', '마도작은도서관'))
F('lib-늘봄이음터작은도서관-화성', 'data', V('2023', '늘봄이음터작은도서관'), V('2026', '늘봄이음터작은도서관'),
  M('2026', '늘봄이음터작은도서관', kind='작은도서관'))
F('lib-다문화작은도서관-정읍', 'data', V('2023', '다문화작은도서관', addr_contains='전라북도'),
  V('2026', '다문화작은도서관', provider='전북특별자치도 정읍시'))
F('lib-다문화작은도서관-울산중구', 'data', V('2026', '다문화작은도서관', provider='울산광역시 중구'))
F('lib-책향기작은도서관-정읍', 'data', V('2023', '책향기작은도서관', addr_contains='전북특별자치도'),
  V('2026', '책향기작은도서관', provider='전북특별자치도 정읍시'))
F('lib-책향기작은도서관-강서', 'data', V('2026', '책향기작은도서관', provider='서울특별시 강서구'),
  G('2026', '책향기작은도서관', provider='서울특별시 강서구', kind='작은도서관'))
F('lib-책향기작은도서관-광주북구', 'data', V('2026', '책향기작은도서관', provider='광주광역시 북구'))
F('lib-서구도서관-인천', 'data', V('2023', '서구도서관', provider='인천광역시 서구'),
  V('2026', '서구도서관', provider='인천광역시'),
  L('maker_map_en', 'Seo-gu Library', '45 Geonji-ro 334beon-gil, Seo-gu, Incheon', intl_phone('032-578-0863'),
    kind='public library'))
F('lib-경기평생교육학습관', 'data + news rendering', V('2023', '경기평생교육학습관'), V('2026', '경기평생교육학습관'),
  L('news_article', '경기도교육청 경기평생교육학습관', '수원 권선구 권중로', '259-1028', kind='평생학습관(공공도서관)'))
F('lib-새일꾼작은도서관-인천서구', 'data', V('2023', '새일꾼 작은도서관'), V('2026', '새일꾼 작은도서관(휴관)'))
F('lib-무지개작은도서관-파주', 'data', V('2026', '무지개작은도서관', provider='경기도 파주시'),
  M('2026', '무지개작은도서관', provider='경기도 파주시', display_name='무지개작은도서관 금촌역', kind='작은도서관'))
F('lib-무지개작은도서관-전주', 'data', V('2023', '무지개작은도서관', addr_contains='전라북도'),
  V('2026', '무지개작은도서관', provider='전북특별자치도 전주시'))
F('lib-무지개작은도서관-대구북구', 'data', V('2026', '무지개작은도서관', provider='대구광역시 북구'))
F('lib-무지개작은도서관-광주남구', 'data', V('2026', '무지개작은도서관', provider='광주광역시 남구'))
F('lib-나누리작은도서관-은평', 'data', V('2023', '나누리작은도서관'), V('2026', '나누리작은도서관'))
F('lib-나누리작은도서관-금천', 'data', V('2026', '나누리 작은도서관'),
  G('2026', '나누리 작은도서관', display_name='금천구립 나누리작은도서관', kind='작은도서관'))
F('lib-해오름작은도서관-울산중구', 'data', V('2026', '해오름작은도서관', provider='울산광역시 중구'))
F('lib-해오름작은도서관-울주', 'data', V('2023', '해오름작은도서관', provider='울산광역시 울주군'),
  V('2026', '해오름작은도서관', provider='울산광역시 울주군'))
F('lib-해오름작은도서관-부평', 'data', V('2026', '해오름작은도서관', provider='인천광역시 부평구'))
F('lib-운암1동작은도서관-광주북구', 'data', V('2023', '운암1동작은도서관'), V('2026', '운암1동작은도서관'))
F('lib-운암2동작은도서관-광주북구', 'data', V('2023', '운암2동작은도서관'), V('2026', '운암2동작은도서관'))
F('lib-용봉주공작은도서관-광주북구', 'data', V('2023', '용봉주공작은도서관'), V('2026', '용봉주공작은도서관'))
F('lib-용봉작은도서관-광주북구', 'data', V('2023', '용봉작은도서관'), V('2026', '용봉작은도서관'))
F('lib-신나요도서관-부산남구', 'data', V('2023', '신나요 도서관'), V('2026', '신나요 도서관'))
F('lib-올맘도서관-부산남구', 'data', V('2023', '올맘도서관'), V('2026', '올맘도서관'))
F('lib-논골작은도서관-서대문', 'data', V('2023', '논골작은도서관'), V('2026', '논골작은도서관'),
  G('2026', '논골작은도서관', display_name='서대문구 논골작은도서관', kind='작은도서관', homepage=False))
F('lib-조롱박작은도서관-영등포', 'data', V('2023', '조롱박작은도서관'), V('2026', '조롱박작은도서관'))
F('lib-양평1동공립작은도서관-영등포', 'data', V('2023', '양평1동공립작은도서관'), V('2026', '양평1동공립작은도서관'),
  L('maker_map_en', 'Yangpyeong 1-dong Public Small Library', '10 Seonyuseo-ro 34-gil, Yeongdeungpo-gu, Seoul',
    intl_phone('02-2670-1198'), kind='small library'))
F('lib-의정부1동작은도서관', 'data', V('2023', '의정부1동 작은도서관'), V('2026', '의정부1동 작은도서관'))
F('lib-꿈나무작은도서관-시흥', 'data', V('2026', '꿈나무작은도서관', provider='경기도 시흥시'))
F('lib-꿈나무작은도서관-광주북구', 'data', V('2026', '꿈나무작은도서관', provider='광주광역시 북구'))
F('lib-꿈나무작은도서관-부평', 'data', V('2026', '꿈나무작은도서관', provider='인천광역시 부평구'))
F('lib-정다운도서관-강남', 'data', V('2026', '정다운도서관', provider='서울특별시 강남구'))

# ---------------------------------------------------------------- university maker spaces
CAU = 'news.cauon.net 32766; herald.cauon.net 18744'
F('ms-cau-makerspace', CAU,
  L('news_article', '중앙대 메이커스페이스(Makerspace)', '207관(봅스트홀) B101호', kind='대학 메이커스페이스'),
  L('maker_map_en', 'Chung-Ang University Makerspace', 'Building 207 B101, Seoul Campus, Chung-Ang University, Seoul',
    kind='university makerspace'),
  L('city_maker_guide', '중앙대학교 공과대학 메이커스페이스', '동작구 중앙대학교 서울캠퍼스 207관 B101', kind='대학 메이커스페이스'))
KU = 'news.unn.net 173915'
F('ms-konkuk-smart-factory', KU,
  L('news_article', "건국대 오픈형 학생 창의 공간 '스마트 팩토리(Smart Factory)'", '건국대 신공학관 1층', kind='대학 메이커스페이스'),
  L('maker_map_en', 'Konkuk University Smart Factory', 'New Engineering Hall 1F, Konkuk University, Seoul',
    kind='university makerspace'))
F('ms-konkuk-glocal-foodtech', 'jbnews 1289865 (2020 충북 일반랩: 건국대학교, 푸드테크 특화); unn 228950',
  L('news_article', '건국대학교 메이커 스페이스 (충북·푸드테크 특화 일반랩)', '충북', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '건국대학교 푸드테크 메이커스페이스', '충북 충주시', kind='메이커스페이스 일반랩'))
F('ms-seoultech-pro-lab', 'joongang 25060194',
  L('news_article', '서울과학기술대학교 창업지원단 메이커스페이스(전문랩)', '서울 동북권 창업타운', kind='메이커스페이스 전문랩'),
  L('makeall_portal', '서울과기대 메이커스페이스 전문랩', '서울', kind='메이커스페이스 전문랩'))
F('ms-cuk-makerspace', 'theforumcuf 176',
  L('maker_map_en', 'CUK Maker Space', 'Songsim Hall, The Catholic University of Korea', kind='university makerspace'),
  L('news_article', '가톨릭대 메이커스페이스(CUK Maker Space)', '가톨릭대 성심관', kind='대학 메이커스페이스'))
F('ms-dhu-cos-makerspace', 'tk.newdaily 2022050200269; hidomin 482987',
  L('news_article', '대구한의대 코스메이커스페이스', '삼성캠퍼스·오성캠퍼스', kind='메이커스페이스 특화랩'),
  L('makeall_portal', '코스메이커스페이스(대구한의대학교)', '경북 경산시', kind='메이커스페이스 특화랩'),
  L('news_article', '대구한의대학교 창업지원단 코스메이커스페이스 (바이오뷰티 특화랩)', '', kind='메이커스페이스 특화랩'))
F('ms-dongseo-makerspace', 'wowtv 202004273829h; unn 228950',
  L('news_article', '동서대학교 메이커 스페이스', '부산 (사상·사하구 도시재생 연계)', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Dongseo University Maker Space', 'Busan', kind='makerspace'),
  L('news_article', '동서대 메이커스페이스 다빈치랩', '', kind='메이커스페이스'))
F('ms-soonchunhyang-makerspace', 'unn 228950 (2020 일반대 선정 명단)',
  L('news_article', '순천향대 메이커 스페이스 (2020 선정)', '', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Soonchunhyang University Maker Space', 'Chungcheongnam-do', kind='makerspace'))
F('ms-kyungbuk-college-makerspace', 'ck.ac.kr 160381 (2020 전문대 선정 명단)',
  L('news_article', '경북전문대학교 메이커 스페이스 (2020 선정)', '', kind='메이커스페이스 일반랩'))
F('ms-kaywon-makerspace', 'dhnews 121996',
  L('news_article', "계원예술대 메이커스페이스 ('3D프린팅을 활용한 프로토타입 모델링' 과정)", '', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '계원예술대학교 메이커스페이스', '경기', kind='메이커스페이스 일반랩'))
F('ms-yongin-songdam-makerspace', 'dhnews 121996',
  L('news_article', '용인송담대 메이커 스페이스 (2020 선정)', '', kind='메이커스페이스 일반랩'))

# ---------------------------------------------------------------- 부산 maker spaces (one city, several)
FAB = 'shinailbo 1113090; prlink.yonhapnews RPR20181023001500353; cnbnews 400728'
F('ms-busan-fabric-maker-lab', FAB,
  L('news_article', '부산 패브릭 메이커 랩', '부산진구 더샵센트럴스타', kind='메이커스페이스 일반랩'),
  L('news_article', '부산 페브릭 메이커 랩', '부산진구', kind='메이커스페이스 일반형'),
  L('makeall_portal', '(사)부산섬유패션산업연합회 부산패브릭메이커랩', '부산 부산진구 더샵센트럴스타', kind='메이커스페이스 일반랩'))
F('ms-busan-poljjak-center', 'cnbnews 400728; wowtv 202005188219h',
  L('news_article', '폴짝센터', '부산진구', kind='메이커스페이스 일반형'),
  L('makeall_portal', '㈜이노디어스 폴짝센터', '부산 부산진구', kind='메이커스페이스 일반랩'))
F('ms-busan-changui-gongjakso', 'cnbnews 400728 (동구 원도심 창의공작소); it.chosun 2019101102676 (중구 중앙동); wowtv 202005188219h',
  L('news_article', '원도심 창의공작소', '부산 동구', kind='메이커스페이스 일반형'),
  L('news_article', '창의공작소 (부산 원도심예술가협동조합)', '부산 중구 중앙동', kind='메이커스페이스'))
F('ms-busan-maker-station', 'wowtv 202005188219h; cnbnews 413314',
  L('news_article', '부산유라시아플랫폼 메이커스테이션', '부산유라시아플랫폼', kind='메이커스페이스'),
  L('news_article', '(재)부산시도시재생지원센터 메이커 스페이스', '부산', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '메이커스테이션 (부산광역시도시재생지원센터 운영)', '부산 부산유라시아플랫폼', kind='메이커스페이스 일반랩'))
F('ms-busan-codingmom', 'cnbnews 413314; wowtv 202005188219h',
  L('news_article', '코딩맘스쿨협동조합 메이커 스페이스', '부산', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '코딩맘스쿨협동조합', '부산', kind='메이커스페이스 일반랩'))

# ---------------------------------------------------------------- 전북 / 충북 maker spaces
F('ms-jeonju-dit-center', 'kukinews 632979; jjan 20190218664317',
  L('news_article', '한국전통문화전당 리빙콘텐츠 DIT센터', '전주', kind='메이커스페이스 일반형'),
  L('news_article', '한국전통문화전당 (메이커 스페이스 일반형)', '전라북도', kind='메이커스페이스 일반형'),
  L('makeall_portal', '리빙콘텐츠 DIT센터', '전북 전주시 한국전통문화전당', kind='메이커스페이스 일반랩'))
F('other-ktcc-jeonju', 'kukinews 632979 (the 전당 opened the DIT centre)',
  L('city_maker_guide', '한국전통문화전당', '전주시', kind='문화기관(디자인·한지공예)'))
F('ms-namwon-nolja-lab', 'kukinews 632979; jjan 20190218664317',
  L('news_article', '청년문화협동조합 놀자랩', '남원', kind='메이커스페이스 일반형'),
  L('news_article', '청년문화협동조합', '전라북도', kind='메이커스페이스 일반형'),
  L('makeall_portal', '놀자랩', '전북특별자치도 남원시', kind='메이커스페이스 일반랩'))
F('ms-cb-upcycle-coop', 'jbnews 1289865',
  L('news_article', '업싸이클창작기술협동조합 메이커 스페이스', '충북', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '업싸이클창작기술협동조합', '충북', kind='메이커스페이스 일반랩'))

# ---------------------------------------------------------------- 소공인 centres
F('sg-gimpo-tongjin-machinery', 'kyeongin 1551266',
  L('sogongin_press', '김포 소공인 복합지원센터 [기계장비]', '경기 김포시 통진읍·대곶면·월곶면', kind='소공인 복합지원센터'),
  L('news_article', '김포시 통진읍·대곶면·월곶면 집적지구 소공인 복합지원센터', '김포시 통진읍', kind='소공인 복합지원센터'))
F('sg-yeoju-ceramic-common', 'kyeongin 1551266',
  L('sogongin_press', '여주 소공인 공동기반시설 [도자제조]', '경기 여주시 오학동', kind='소공인 공동기반시설'))
F('sg-yeongwol', 'news1 5457119 (2024 신규: 영월산업진흥원)',
  L('sogongin_press', '영월 소공인특화지원센터 (영월산업진흥원)', '강원 영월군', kind='소공인특화지원센터'),
  L('news_article', '영월산업진흥원 소공인특화지원센터', '강원특별자치도 영월', kind='소공인특화지원센터'))
F('sg-gwangju-donggu-chosun', 'news1 5457119 (2024 신규: 조선대학교산학협력단, 광주 동구)',
  L('sogongin_press', '광주 동구 소공인특화지원센터 (조선대학교산학협력단)', '광주 동구', kind='소공인특화지원센터'),
  L('news_article', '조선대 산학협력단 소공인특화지원센터', '광주광역시 동구', kind='소공인특화지원센터'))

# ---------------------------------------------------------------- other
F('other-seoul-city-science-museum', 'edu.chosun 2017051800910',
  L('news_article', '서울시립과학관', '노원구 하계동 충숙근린공원 내', kind='과학관(아이디어 제작소)'),
  L('maker_map_en', 'Seoul Municipal Science Museum', 'Chungsuk Neighborhood Park, Hagye-dong, Nowon-gu, Seoul',
    kind='science museum'))
F('ms-nlcy-makerspace', 'naeil 318733 (국립어린이청소년도서관 9월 메이커스페이스 개관, 2019)',
  L('news_article', '국립어린이청소년도서관 메이커스페이스', '', kind='도서관 메이커스페이스'))


F('other-busan-urban-regen-center', 'wowtv 202005188219h (the centre runs the 메이커스테이션; 원장상)',
  L('news_article', '부산광역시도시재생지원센터', '부산', kind='도시재생지원센터'))
F('other-seoul-hub-tech-studio', 'koju.co.kr internetnews 42018 (서울제조산업허브 기술창작실, 5·6층, 서울인쇄정보산업협동조합 운영)',
  L('news_article', '서울제조산업허브 기술창작실', '성동구 성수동 서울제조산업허브 5층·6층', kind='소공인 공동장비실'),
  L('city_maker_guide', '기술창작실 (서울인쇄정보산업협동조합 운영)', '성수동 서울제조산업허브 5층', kind='공동장비·CAD실'))
F('lib-늘푸른작은도서관-하동', 'data', V('2026', '늘푸른작은도서관', provider='경상남도 하동군'))
F('lib-로뎀작은도서관-울산중구', 'data', V('2026', '로뎀작은도서관', provider='울산광역시 중구'))
F('lib-로뎀작은도서관-광주남구', 'data', V('2026', '로뎀작은도서관', provider='광주광역시 남구'))
F('lib-늘푸른작은도서관-목포', 'data', V('2026', '늘푸른작은도서관', provider='전라남도 목포시'))
EXTRA = [
  ('lib-해누리작은도서관-광주북구', M('2026', '해누리작은도서관', kind='작은도서관')),
  ('lib-신나요도서관-부산남구', M('2026', '신나요 도서관', display_name='신나요도서관', kind='작은도서관')),
  ('lib-올맘도서관-부산남구', M('2026', '올맘도서관', kind='작은도서관')),
  ('lib-조롱박작은도서관-영등포', G('2026', '조롱박작은도서관', display_name='영등포구립 조롱박작은도서관', kind='작은도서관')),
  ('lib-운암2동작은도서관-광주북구', M('2026', '운암2동작은도서관', kind='작은도서관')),
  ('ms-seoultech-pro-lab', L('maker_map_en', 'SeoulTech Makerspace (Seoul National University of Science and Technology)', 'Seoul', kind='makerspace (pro lab)')),
  ('lib-수택1동작은도서관-구리', M('2026', '수택1동작은도서관', kind='작은도서관')),
  ('ms-busan-poljjak-center', L('news_article', '이노디어스 폴짝센터 (2019년 3월 개소)', '부산', kind='메이커스페이스')),
]
for cid, l in EXTRA:
    [f for f in FAC if f['cid'] == cid][0]['listings'].append(l)

# ---------------------------------------------------------------- hard cases
H = []


def C(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


D = 'library_2023_2024.csv / library_2026.csv (rows copied verbatim by tools/libdata.py)'
# P2 English vs Hangul
C('P2 English vs Hangul', 'same', [('lib-전주시립도서관꽃심', 4), ('lib-전주시립도서관꽃심', 2)],
  'English map card (Revised Romanization, road-number-gu-si order, +82 phone, old province name Jeollabuk-do) '
  'of the 2026 row: same road address 백제대로 306 and phone 063-230-1840.', D)
C('P2 English vs Hangul', 'same', [('lib-서구도서관-인천', 3), ('lib-서구도서관-인천', 1)],
  '"Seo-gu Library, 45 Geonji-ro 334beon-gil" is the romanized 건지로334번길 45; the +82-32-578-0863 phone is the '
  '2023 row\'s. The 2026 row prints no phone.', D)
C('P2 English vs Hangul', 'same', [('lib-양평1동공립작은도서관-영등포', 3), ('lib-양평1동공립작은도서관-영등포', 2)],
  'Romanized 선유서로34길 10 and the same phone; "1-dong" kept as in the name.', D)
C('P2 English vs Hangul', 'same', [('ms-cau-makerspace', 2), ('ms-cau-makerspace', 1), ('ms-cau-makerspace', 3)],
  'The university\'s English newspaper names the space "Makerspace", "Seoul campus Building 207 B101"; the Korean '
  'paper prints 207관(봅스트홀) B101호. One room.', CAU)
C('P2 English vs Hangul', 'same', [('ms-konkuk-smart-factory', 2), ('ms-konkuk-smart-factory', 1)],
  'The Korean article itself prints the English name "Smart Factory"; 신공학관 1층 = New Engineering Hall 1F (my '
  'rendering).', KU)
C('P2 English vs Hangul', 'same', [('ms-cuk-makerspace', 1), ('ms-cuk-makerspace', 2)],
  '"CUK Maker Space" in Songsim Hall is the official English name on the university paper; the Korean card is my '
  'rendering of it (성심관 for Songsim Hall).', 'theforumcuf 176')
C('P2 English vs Hangul', 'same', [('other-seoul-city-science-museum', 2), ('other-seoul-city-science-museum', 1)],
  'Romanized 하계동 충숙근린공원 (Chungsuk Neighborhood Park); the English name is my own rendering.',
  'edu.chosun 2017051800910')
# P3 operator / programme prefixes
C('P3 operator / programme prefix-suffix', 'same',
  [('ms-busan-fabric-maker-lab', 3), ('ms-busan-fabric-maker-lab', 1), ('ms-busan-fabric-maker-lab', 2)],
  'The portal card puts the operator "(사)부산섬유패션산업연합회" before the lab name; the second press listing '
  'spells it 페브릭. All three are the 2018 일반랩 in 부산진구 run by that federation.', FAB)
C('P3 operator / programme prefix-suffix', 'same', [('ms-busan-poljjak-center', 2), ('ms-busan-poljjak-center', 1)],
  '"㈜이노디어스 폴짝센터" = 폴짝센터 run by ㈜이노디어스 (cnbnews: ㈜이노디어스의 ‘폴짝센터’).', 'cnbnews 400728')
C('P3 operator / programme prefix-suffix', 'same',
  [('ms-busan-maker-station', 2), ('ms-busan-maker-station', 1), ('ms-busan-maker-station', 3)],
  'The 2019 selection names only the operator "(재)부산시도시재생지원센터"; the evaluation article says that centre '
  'runs 부산유라시아플랫폼 메이커스테이션, which it reports as selected in 2019. One space.',
  'cnbnews 413314; wowtv 202005188219h')
C('P3 operator / programme prefix-suffix', 'same',
  [('ms-namwon-nolja-lab', 2), ('ms-namwon-nolja-lab', 1), ('ms-namwon-nolja-lab', 3)],
  'jjan lists the selected body "청년문화협동조합"; kukinews says the space it opened in 남원 is "놀자랩". The operator '
  'name stands for the space.', 'jjan 20190218664317; kukinews 632979')
C('P3 operator / programme prefix-suffix', 'same',
  [('ms-jeonju-dit-center', 2), ('ms-jeonju-dit-center', 1), ('ms-jeonju-dit-center', 3)],
  'The selection list names the institution (한국전통문화전당); the space it opened is the 리빙콘텐츠 DIT센터.',
  'jjan 20190218664317; kukinews 632979')
C('P3 operator / programme prefix-suffix', 'same', [('sg-yeongwol', 1), ('sg-yeongwol', 2)],
  'Operator in brackets vs operator as prefix; the same 2024 selection.', 'news1 5457119')
C('P3 operator / programme prefix-suffix', 'same', [('lib-경기평생교육학습관', 3), ('lib-경기평생교육학습관', 2)],
  'Press prefixes the education office ("경기도교육청 …") and prints only the road name.', D)
# P4 brackets
C('P4 bracketed real/English name', 'same', [('ms-dhu-cos-makerspace', 2), ('ms-dhu-cos-makerspace', 1), ('ms-dhu-cos-makerspace', 3)],
  'The host university in brackets after the space name; press writes the university first and abbreviates it.',
  'tk.newdaily 2022050200269; hidomin 482987')
C('P4 bracketed real/English name', 'same', [('ms-cau-makerspace', 1), ('ms-cau-makerspace', 2)],
  'English name in brackets "(Makerspace)" in the Korean article.', CAU)
C('P4 bracketed real/English name', 'same', [('ms-cuk-makerspace', 2), ('ms-cuk-makerspace', 1)],
  'Bracketed official English name.', 'theforumcuf 176')
C('P4 bracketed real/English name', 'same', [('ms-busan-changui-gongjakso', 2), ('ms-busan-changui-gongjakso', 1)],
  'The operator (부산 원도심예술가협동조합) in brackets; "원도심 창의공작소" is the name in the 2019 list. Same 2018 일반랩 '
  '(see P7 for the 동구/중구 conflict).', 'cnbnews 400728; it.chosun 2019101102676')
# P5 abbreviation
C('P5 abbreviation', 'same', [('ms-seoultech-pro-lab', 2), ('ms-seoultech-pro-lab', 1)],
  '서울과기대 = 서울과학기술대학교 (the article uses both).', 'joongang 25060194')
C('P5 abbreviation', 'same', [('ms-dongseo-makerspace', 3), ('ms-dongseo-makerspace', 1), ('ms-dongseo-makerspace', 2)],
  '동서대 = 동서대학교; the centre head calls it a "다빈치랩".', 'wowtv 202004273829h')
C('P5 abbreviation', 'same', [('ms-cau-makerspace', 1), ('ms-cau-makerspace', 3)],
  '중앙대 = 중앙대학교; 공과대학 runs the space.', CAU)
C('P5 abbreviation', 'same', [('ms-kaywon-makerspace', 1), ('ms-kaywon-makerspace', 2)],
  '계원예술대 = 계원예술대학교.', 'dhnews 121996')
C('P5 abbreviation', 'same', [('sg-gwangju-donggu-chosun', 2), ('sg-gwangju-donggu-chosun', 1)],
  '조선대 산학협력단 = 조선대학교산학협력단, the 2024 operator in 광주 동구.', 'news1 5457119')
# P6 renamed / moved
C('P6 old and new names (incl. relocation)', 'same', [('lib-전주시립도서관꽃심', 1), ('lib-전주시립도서관꽃심', 2)],
  'Moved from 곤지산4길 11 to 백제대로 306 (and 전라북도 → 전북특별자치도); same name, phone 063-230-1840 and homepage.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-장수군립도서관', 1), ('lib-장수군립도서관', 2)],
  'Moved inside 장계면 (장계7길15 → 방천길 19); same phone and homepage.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-수택1동작은도서관-구리', 1), ('lib-수택1동작은도서관-구리', 2)],
  '검배로7 5층 → 검배로93번길 35; same name, phone, homepage.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-논골작은도서관-서대문', 1), ('lib-논골작은도서관-서대문', 2)],
  'From the 연희동자치회관 (증가로 13-10) to the 청년미래공동체주택 (연희로41가길 33); same phone 02-391-8789.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-조롱박작은도서관-영등포', 1), ('lib-조롱박작은도서관-영등포', 2)],
  '여의대로 24 → 대림로8길 13-1; same phone; homepage path changed (/jlblib → host only).', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-신나요도서관-부산남구', 1), ('lib-신나요도서관-부산남구', 2)],
  '대연동 → 용당동 3층, same phone 070-8838-0650.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-올맘도서관-부산남구', 1), ('lib-올맘도서관-부산남구', 2)],
  'Moved into the 대연힐스테이트푸르지오 주민카페; same phone 051-611-3040.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-해누리작은도서관-광주북구', 1), ('lib-해누리작은도서관-광주북구', 2)],
  '동문대로180번길 68(두암동) → 문화소통로 315번길 9; same phone; identical coordinates in both rows.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-새일꾼작은도서관-인천서구', 1), ('lib-새일꾼작은도서관-인천서구', 2)],
  'The 2026 row appends "(휴관)" to the name; address, phone and coordinates unchanged.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-의정부1동작은도서관', 1), ('lib-의정부1동작은도서관', 2)],
  '가능로152번길 14 → 경의로120; same phone and homepage.', D)
# P7 building / landmark
C('P7 building / landmark instead of road address', 'same', [('lib-무지개작은도서관-파주', 2), ('lib-무지개작은도서관-파주', 1)],
  'The map shows the station ("금촌역") in the display name; the row prints 새꽃로 193 금촌역사내 1층.', D)
C('P7 building / landmark instead of road address', 'same', [('ms-busan-fabric-maker-lab', 1), ('ms-busan-fabric-maker-lab', 2)],
  'A building name (더샵센트럴스타) vs only the 구.', FAB)
C('P7 building / landmark instead of road address', 'same', [('ms-busan-maker-station', 1), ('ms-busan-maker-station', 3)],
  'Only the landmark 부산유라시아플랫폼 is printed as location.', 'wowtv 202005188219h')
C('P7 building / landmark instead of road address', 'same', [('other-seoul-city-science-museum', 1), ('other-seoul-city-science-museum', 2)],
  'Park (충숙근린공원) and 동 instead of a road address.', 'edu.chosun 2017051800910')
C('P7 building / landmark instead of road address', 'same', [('ms-busan-changui-gongjakso', 1), ('ms-busan-changui-gongjakso', 2)],
  'Only a 구 or a 동 is printed, and they conflict: cnbnews says 동구, IT조선 says 중구 중앙동 (원도심). Same name, '
  'same 2018 selection, same 원도심 area; I judge one space and one of the papers wrong about the 구 (moderate confidence).',
  'cnbnews 400728; it.chosun 2019101102676')
# P8 region names
C('P8 old and new region names', 'same', [('lib-장수군립도서관', 1), ('lib-장수군립도서관', 3)],
  '전라북도 (2023 row) vs a 군청 page that drops the province.', D)
C('P8 old and new region names', 'same', [('lib-다문화작은도서관-정읍', 1), ('lib-다문화작은도서관-정읍', 2)],
  '전라북도 정읍시 수성동 중앙2길 22 1동 vs 전북특별자치도 정읍시 중앙2길 22.', D)
C('P8 old and new region names', 'same', [('lib-무지개작은도서관-전주', 1), ('lib-무지개작은도서관-전주', 2)],
  '전라북도 vs 전북특별자치도, otherwise identical.', D)
C('P8 old and new region names', 'same', [('lib-샘내작은도서관-화성', 1), ('lib-샘내작은도서관-화성', 2)],
  '화성시 매송면 (2023) vs 화성시 효행구 매송면 (2026, after the 2026 일반구); the building number also changed 5 → 11.', D)
C('P8 old and new region names', 'same', [('lib-마도작은도서관-화성', 1), ('lib-마도작은도서관-화성', 2)],
  '만세구 inserted in 2026; 마도북로 389 → 387 (address correction).', D)
C('P8 old and new region names', 'same', [('lib-늘봄이음터작은도서관-화성', 1), ('lib-늘봄이음터작은도서관-화성', 3)],
  '동탄구 inserted in 2026 (map card short form 경기 화성시 동탄구 …); 3층 dropped.', D)
C('P8 old and new region names', 'same', [('sg-yeongwol', 1), ('sg-yeongwol', 2)],
  '강원 vs 강원특별자치도 (the 2024 press).', 'news1 5457119')
C('P8 old and new region names', 'same', [('ms-namwon-nolja-lab', 1), ('ms-namwon-nolja-lab', 3)],
  '2019 press: 남원 (전라북도); portal card: 전북특별자치도 남원시.', 'kukinews 632979')
# P9 publication by 시도 vs 시군구 / 교육청
C('P9 same library, 시도 vs 시군구 (or 교육청) publication', 'same', [('lib-서구도서관-인천', 1), ('lib-서구도서관-인천', 2)],
  '2023 row published by 인천광역시 서구 (with phone and coordinates); 2026 row published by 인천광역시 without phone '
  'or coordinates. Same name and road address.', D)
C('P9 same library, 시도 vs 시군구 (or 교육청) publication', 'same', [('lib-경기평생교육학습관', 1), ('lib-경기평생교육학습관', 2)],
  'The 교육청 publisher label changed (경기평생교육학습관 → 경기도교육청평생학습관); the row is the same library.', D)
# P11 re-crawl / P10 phone line
C('P11 re-crawl change between snapshots', 'same', [('lib-책향기작은도서관-정읍', 1), ('lib-책향기작은도서관-정읍', 2)],
  '말고개길 69-3 (구룡동) → 말고개길 73-5; same phone 063-537-6432, coordinates 40 m apart.', D)
C('P11 re-crawl change between snapshots', 'same', [('lib-용봉작은도서관-광주북구', 1), ('lib-용봉작은도서관-광주북구', 2)],
  'Same building note (용봉동 노인복지회관 2층) and coordinates; road address and the last digit of the phone changed '
  '(062-510-1349 → 1344): another line of the same place.', D)
C('P11 re-crawl change between snapshots', 'same', [('lib-운암1동작은도서관-광주북구', 1), ('lib-운암1동작은도서관-광주북구', 2)],
  'Identical coordinates and homepage id (smalllibrary 1048453); road address and phone (062-410-8677 → 062-410-6146) '
  'changed.', D)
C('P11 re-crawl change between snapshots', 'same', [('lib-용봉주공작은도서관-광주북구', 1), ('lib-용봉주공작은도서관-광주북구', 2)],
  '관리사무소 address (서하로 128) vs 매곡로 20; same phone, homepage id and coordinates.', D)
C('P12 phone printed incompletely', 'same', [('lib-경기평생교육학습관', 3), ('lib-경기평생교육학습관', 1)],
  'Press prints 259-1028 without the 031 area code.', D)
C('P10 head-office phone vs own phone', 'same', [('lib-운암2동작은도서관-광주북구', 1), ('lib-운암2동작은도서관-광주북구', 2)],
  'The phone 062-410-8685 is the 동 office line (the library is on the 1st floor of the 주민자치센터 / 행정복지센터, '
  'which moved from 북문대로 23 to 죽봉대로 214); the name, phone and homepage id stay.', D)
# negatives
C('N2 one operator, several facilities', 'different',
  [('lib-샘내작은도서관-화성', 2), ('lib-마도작은도서관-화성', 2), ('lib-늘봄이음터작은도서관-화성', 2)],
  'Three 화성 small libraries print the same portal homepage www.hscitylib.or.kr; different addresses, phones, 구.', D)
C('N2 one operator, several facilities', 'different',
  [('lib-운암1동작은도서관-광주북구', 2), ('lib-용봉주공작은도서관-광주북구', 2), ('lib-해누리작은도서관-광주북구', 2),
   ('lib-책향기작은도서관-광주북구', 1)],
  'All print a smalllibrary.org/library/detail/… homepage (one portal host, different ids) in 광주 북구.', D)
C('N2 one operator, several facilities', 'different',
  [('lib-조롱박작은도서관-영등포', 2), ('lib-양평1동공립작은도서관-영등포', 2)],
  'Both 영등포구 small libraries print the ydplib.or.kr host.', D)
C('N2 one operator, several facilities', 'different',
  [('sg-gimpo-tongjin-machinery', 1), ('sg-yeoju-ceramic-common', 1)],
  'One press release (경기도 소상공인과) lists both: 김포 기계장비 centre vs 여주 도자 common facility.', 'kyeongin 1551266')
C('N3 names differing by one region syllable', 'different',
  [('lib-운암1동작은도서관-광주북구', 2), ('lib-운암2동작은도서관-광주북구', 2)],
  '운암1동 vs 운암2동: one digit apart, both 062-410-86xx at one time, both in 운암동; different rows, places and '
  'homepage ids.', D)
C('N3 names differing by one region syllable', 'different',
  [('lib-용봉작은도서관-광주북구', 2), ('lib-용봉주공작은도서관-광주북구', 2)],
  '용봉 vs 용봉주공 (an apartment complex library) in the same 동; different addresses and phones.', D)
C('N4 centre vs maker space it runs', 'different',
  [('other-ktcc-jeonju', 1), ('ms-jeonju-dit-center', 1), ('ms-jeonju-dit-center', 2)],
  'The 한국전통문화전당 (a culture institution) opened the 리빙콘텐츠 DIT센터; the selection list even prints the '
  'institution\'s name for the space. The institution listing (kind 문화기관) is not the maker space.',
  'kukinews 632979; jjan 20190218664317')
C('N4 centre vs maker space it runs', 'different',
  [('ms-namwon-nolja-lab', 2), ('ms-jeonju-dit-center', 2)],
  'Two 전북 2018 일반형 spaces printed only by their operator names in one article.', 'jjan 20190218664317')
C('N5 same city / same name, different facilities', 'different',
  [('lib-무지개작은도서관-파주', 1), ('lib-무지개작은도서관-전주', 2), ('lib-무지개작은도서관-대구북구', 1),
   ('lib-무지개작은도서관-광주남구', 1)],
  'Four 무지개작은도서관 in 파주, 전주, 대구 북구, 광주 남구.', D)
C('N5 same city / same name, different facilities', 'different',
  [('lib-책향기작은도서관-정읍', 2), ('lib-책향기작은도서관-강서', 1), ('lib-책향기작은도서관-광주북구', 1)],
  'Three 책향기작은도서관.', D)
C('N5 same city / same name, different facilities', 'different',
  [('lib-해오름작은도서관-울산중구', 1), ('lib-해오름작은도서관-울주', 2), ('lib-해오름작은도서관-부평', 1)],
  'Three 해오름작은도서관; two in 울산 (중구 and 울주군).', D)
C('N5 same city / same name, different facilities', 'different',
  [('lib-나누리작은도서관-은평', 2), ('lib-나누리작은도서관-금천', 1), ('lib-나누리작은도서관-금천', 2)],
  '나누리작은도서관 in 서울 은평구 and 나누리 작은도서관 in 서울 금천구: same city, same name.', D)
C('N5 same city / same name, different facilities', 'different',
  [('lib-다문화작은도서관-정읍', 2), ('lib-다문화작은도서관-울산중구', 1)],
  'Two 다문화작은도서관.', D)
C('N5 same city / same name, different facilities', 'different',
  [('lib-꿈나무작은도서관-시흥', 1), ('lib-꿈나무작은도서관-광주북구', 1), ('lib-꿈나무작은도서관-부평', 1)],
  'Three 꿈나무작은도서관.', D)
C('N5 same city / same name, different facilities', 'different',
  [('ms-busan-fabric-maker-lab', 2), ('ms-busan-poljjak-center', 1), ('ms-busan-changui-gongjakso', 1),
   ('ms-busan-maker-station', 2), ('ms-busan-codingmom', 1), ('ms-dongseo-makerspace', 1)],
  'Six 부산 maker spaces from the same selection rounds (2018/2019/2020); two of them in 부산진구. Different operators '
  'and names.', 'cnbnews 400728; cnbnews 413314; wowtv 202005188219h; wowtv 202004273829h')
C('N5 same city / same name, different facilities', 'different',
  [('ms-konkuk-smart-factory', 1), ('ms-konkuk-glocal-foodtech', 1), ('ms-konkuk-glocal-foodtech', 2)],
  'Both "건국대": the Smart Factory in 서울 신공학관 vs the 2020 충북 푸드테크 일반랩 (the 충주 campus; 충주 is my '
  'derivation from "충북"). Different campuses and programmes.', 'unn 173915; jbnews 1289865')
C('N5 same city / same name, different facilities', 'different',
  [('ms-cau-makerspace', 3), ('ms-konkuk-smart-factory', 2), ('ms-seoultech-pro-lab', 2)],
  'Three 서울 university maker spaces (two university maker spaces of one region): 중앙대, 건국대, 서울과기대.',
  CAU + '; ' + KU + '; joongang 25060194')
C('N5 same city / same name, different facilities', 'different',
  [('ms-soonchunhyang-makerspace', 1), ('ms-kyungbuk-college-makerspace', 1), ('ms-yongin-songdam-makerspace', 1),
   ('ms-kaywon-makerspace', 1)],
  'Name-only press listings of four 2020 university selections — nothing but the university tells them apart.',
  'unn 228950; dhnews 121996; ck.ac.kr 160381')
C('N1 two facilities, one building/address', 'different',
  [('ms-nlcy-makerspace', 1), ('lib-정다운도서관-강남', 1)],
  'Weak N1: a maker space inside a library vs a library inside another building (청담평생학습관 3층); both print a host '
  'building instead of their own address. Different places and hosts.', 'naeil 318733; ' + D)
C('N1 two facilities, one building/address', 'different',
  [('other-ktcc-jeonju', 1), ('ms-jeonju-dit-center', 3)],
  'The DIT센터 card prints the 전당 as its address: a maker space inside a culture institution — two facilities, one '
  'building.', 'kukinews 632979')
C('N4 centre vs maker space it runs', 'different',
  [('other-busan-urban-regen-center', 1), ('ms-busan-maker-station', 1), ('ms-busan-maker-station', 2)],
  'The 부산광역시도시재생지원센터 runs the 메이커스테이션, and the 2019 selection lists the space under the centre\'s '
  'name; the centre itself (an urban-regeneration body) is a different facility.', 'wowtv 202005188219h; cnbnews 413314')
C('N1 two facilities, one building/address', 'different',
  [('other-seoul-hub-tech-studio', 1), ('other-seoul-hub-tech-studio', 2), ('ms-seoultech-pro-lab', 2)],
  'The 기술창작실 is one operator\'s floor (5·6층) inside the 서울제조산업허브; listed by the hub building. Kept apart '
  'from another 서울 maker lab printed only as "서울".', 'koju 42018; joongang 25060194')
C('N5 same city / same name, different facilities', 'different',
  [('lib-늘푸른작은도서관-하동', 1), ('lib-늘푸른작은도서관-목포', 1)],
  'Two 늘푸른작은도서관 (하동, 목포).', D)
C('P2 English vs Hangul', 'same', [('ms-seoultech-pro-lab', 3), ('ms-seoultech-pro-lab', 2)],
  'SeoulTech is the university\'s own short English name; the portal card abbreviates 서울과기대.', 'joongang 25060194')
C('P6 old and new names (incl. relocation)', 'same', [('lib-수택1동작은도서관-구리', 1), ('lib-수택1동작은도서관-구리', 3)],
  'Map card of the new site vs the 2023 row of the old one; same phone 031-550-8495.', D)
C('N5 same city / same name, different facilities', 'different',
  [('lib-로뎀작은도서관-울산중구', 1), ('lib-로뎀작은도서관-광주남구', 1)],
  'Two 로뎀작은도서관 (울산 중구, 광주 남구).', D)
