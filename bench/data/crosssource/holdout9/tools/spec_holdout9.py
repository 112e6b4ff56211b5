"""Truth of the ninth held-out part: every facility, its listings, and the hard cases.

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
# --- 창원: the 2023 file swaps the names of two small libraries
F('lib-현동작은도서관-창원', 'data',
  V('2023', '상곡어울림작은도서관'),
  V('2026', '현동작은도서관'),
  M('2026', '현동작은도서관', kind='작은도서관'))
F('lib-상곡어울림작은도서관-창원', 'data',
  V('2023', '현동작은도서관'),
  V('2026', '상곡어울림작은도서관'))
# --- renamed
F('lib-도토리와친구들-합천', 'data',
  V('2023', '도토리와친구들어린이도서관'),
  V('2026', '도토리와친구들'),
  G('2026', '도토리와친구들', display_name='도토리와친구들 어린이도서관', kind='작은도서관'))
# --- 강원도 / 전라북도 → 특별자치도
F('lib-풀이음작은도서관-속초', 'data',
  V('2023', '풀이음작은도서관', provider='강원도 속초시'),
  V('2026', '풀이음작은도서관'),
  L('maker_map_en', 'Pulieum Small Library', '6-15 Misiryeong-ro 3337beon-gil, Sokcho-si, Gangwon-do',
    intl_phone('033-636-1484'), kind='small library'))
F('lib-혼불작은도서관-남원', 'data',
  V('2023', '혼불작은도서관', provider='전라북도 남원시'),
  V('2026', '혼불작은도서관'),
  G('2026', '혼불작은도서관', kind='작은도서관', homepage=False))
F('lib-이도작은도서관-동해', 'data',
  V('2023', '이도작은도서관', provider='강원도 동해시'),
  V('2026', '이도작은도서관'),
  M('2026', '이도작은도서관', kind='작은도서관'))
F('lib-필봉작은도서관-임실', 'data',
  V('2023', '필봉 작은도서관', provider='전라북도 임실군'),
  V('2026', '필봉 작은도서관'),
  L('news_article', '임실 필봉마을 작은도서관', '전북 임실군 강진면', '', kind='작은도서관'))
F('lib-작천정작은도서관-울주', 'data',
  V('2023', '작천정작은도서관'),
  V('2026', '작천정작은도서관'))
# --- moved (same phone)
F('lib-부학작은도서관-포항', 'data',
  V('2023', '양학동 부학 작은도서관'),
  V('2026', '양학동 부학 작은도서관'),
  L('news_article', '포항 양학동 부학작은도서관', '포항시 북구 득량동', '614-7001', kind='작은도서관'))
F('lib-밤동산작은도서관-영등포', 'data',
  V('2023', '밤동산작은도서관'),
  V('2026', '밤동산작은도서관'),
  G('2026', '밤동산작은도서관', display_name='영등포구립 밤동산작은도서관', kind='작은도서관'))
F('lib-당산1동공립작은도서관-영등포', 'data',
  V('2023', '당산1동공립작은도서관'),
  V('2026', '당산1동공립작은도서관'),
  L('maker_map_en', 'Dangsan 1-dong Public Small Library', '11 Yangsan-ro 23-gil, Yeongdeungpo-gu, Seoul',
    intl_phone('02-2677-7916'), kind='small library'))
F('lib-늘행복한작은도서관-광주북구', 'data',
  V('2023', '늘행복한작은도서관'),
  V('2026', '늘행복한작은도서관'),
  M('2026', '늘행복한작은도서관', kind='작은도서관'))
F('lib-다솜울작은도서관-광주북구', 'data',
  V('2023', '다솜울작은도서관'),
  V('2026', '다솜울작은도서관'))
F('lib-황금책문화센터도서관-수성', 'data',
  V('2023', '수성구립황금책문화센터도서관'),
  V('2026', '수성구립황금책문화센터도서관'),
  L('city_maker_guide', '황금책문화센터도서관', '수성구 청솔로2길 64 황금2동 행정복지센터 1층', '053.668.1660',
    kind='구립도서관'),
  L('news_article', '수성구립 황금책문화센터 도서관', '대구 수성구 황금동', '668-1660', kind='공공도서관'))
# --- 남원 small libraries sharing one 시청 homepage URL; 양양; 칠곡
F('lib-황죽작은도서관-남원', 'data',
  V('2023', '황죽작은도서관', provider='전라북도 남원시'),
  V('2026', '황죽작은도서관'))
F('lib-오들작은도서관-남원', 'data',
  V('2023', '오들작은도서관', provider='전라북도 남원시'),
  V('2026', '오들작은도서관'),
  M('2026', '오들작은도서관', kind='작은도서관'))
F('lib-노아의작은도서관-양양', 'data',
  V('2023', '노아의작은도서관', provider='강원도 양양군'),
  V('2026', '노아의작은도서관'),
  G('2026', '노아의작은도서관', display_name='노아의 작은도서관', kind='작은도서관'))
F('lib-석적도서관-칠곡', 'data',
  V('2023', '석적도서관'),
  V('2026', '석적도서관'),
  L('news_article', '칠곡군립 석적도서관', '칠곡군 북삼읍 인평2길', '054-979-5985', kind='공립 공공도서관'))
# --- 교육청 and 시 publications
F('lib-보성도서관-전남교육청', 'data',
  V('2023', '전라남도교육청보성도서관'),
  V('2026', '전라남도교육청보성도서관'),
  L('news_article', '보성도서관', '보성군 보성읍 현충로', '061-852-3893', kind='공공도서관'))
F('lib-광양도서관-전남교육청', 'data',
  V('2026', '전라남도교육청광양도서관'),
  L('news_article', '전남교육청 광양도서관', '광양시 중마동', '797-5300', kind='공공도서관'))
F('lib-광양평생교육관-전남교육청', 'data',
  V('2026', '전라남도교육청광양평생교육관'))
F('lib-송촌평생학습도서관-대덕', 'data',
  V('2023', '송촌평생학습도서관'),
  V('2026', '송촌평생학습도서관'),
  G('2026', '송촌평생학습도서관', display_name='대덕구 송촌평생학습도서관', kind='평생학습도서관'))
F('lib-신탄진평생학습도서관-대덕', 'data',
  V('2026', '신탄진평생학습도서관'))
# --- two libraries at one road address (부산 남구)
F('lib-다문화행복나눔작은도서관-부산남구', 'data',
  V('2023', '다문화행복나눔 작은도서관'),
  V('2026', '다문화행복나눔 작은도서관'))
F('lib-가보자작은도서관-부산남구', 'data',
  V('2026', '가보자 작은도서관'),
  M('2026', '가보자 작은도서관', display_name='가보자작은도서관', kind='작은도서관'))
# --- 도봉어린이문화정보센터 and two rooms published as their own rows
F('lib-도봉어린이문화정보센터', 'data',
  V('2023', '도봉어린이문화정보센터(자료열람실, 잉글리시 아일랜드)'),
  V('2026', '도봉어린이문화정보센터(자료열람실, 잉글리시 아일랜드)'),
  G('2026', '도봉어린이문화정보센터(자료열람실, 잉글리시 아일랜드)', display_name='도봉어린이문화정보센터',
    kind='구립도서관', addr_override='서울시 도봉구 노해로69길 151'))
F('lib-도봉어린이문화정보도서관-영유아', 'data',
  V('2023', '도봉어린이문화정보도서관(영 유아)'),
  V('2026', '도봉어린이문화정보도서관(영 유아)'))
F('lib-도봉어린이문화정보도서관-디지털자료실', 'data',
  V('2026', '도봉어린이문화정보도서관(디지털자료실)'))
# --- placeholder phones shared by unrelated libraries
F('lib-미라클도서관-부산강서', 'data', V('2026', '미라클도서관'))
F('lib-세이지작은도서관-부산강서', 'data', V('2023', '세이지작은도서관'), V('2026', '세이지작은도서관'))
F('lib-엘림작은도서관-인천서구', 'data', V('2026', '엘림 작은도서관'))
F('lib-가정행복작은도서관-인천서구', 'data', V('2026', '가정 행복 작은도서관'))
F('lib-마음이음작은도서관-인천서구', 'data', V('2026', '마음이음 작은도서관'))
# --- one name, several cities
F('lib-꿈꾸는작은도서관-사하', 'data',
  V('2023', '꿈꾸는작은도서관', provider='부산광역시 사하구'),
  V('2026', '꿈꾸는작은도서관', provider='부산광역시 사하구'))
F('lib-꿈꾸는작은도서관-정읍', 'data',
  V('2023', '꿈꾸는작은도서관', provider='전라북도 정읍시'),
  V('2026', '꿈꾸는작은도서관', provider='전북특별자치도 정읍시'))
F('lib-꿈꾸는작은도서관-금천', 'data',
  V('2026', '꿈꾸는작은도서관', provider='서울특별시 금천구'),
  G('2026', '꿈꾸는작은도서관', provider='서울특별시 금천구', display_name='금천구립 꿈꾸는작은도서관',
    kind='작은도서관'))
F('lib-꿈꾸는작은도서관-노원', 'data',
  V('2023', '꿈꾸는작은도서관', provider='서울특별시 노원구'),
  V('2026', '꿈꾸는작은도서관', provider='서울특별시 노원구'))
F('lib-숲속작은도서관-부천', 'data',
  V('2023', '숲속작은도서관', provider='경기도 부천시'),
  V('2026', '숲속작은도서관', provider='경기도 부천시'))
F('lib-숲속작은도서관-군포', 'data',
  V('2026', '숲속작은도서관', provider='경기도 군포시'),
  M('2026', '숲속작은도서관', provider='경기도 군포시', kind='작은도서관'))
F('lib-숲속작은도서관-광주동구', 'data',
  V('2026', '숲속작은도서관', provider='광주광역시 동구'))
F('lib-도란도란작은도서관-부천', 'data',
  V('2023', '도란도란작은도서관', provider='경기도 부천시'),
  V('2026', '도란도란작은도서관', provider='경기도 부천시'))
F('lib-도란도란작은도서관-금천', 'data',
  V('2026', '도란도란작은도서관', provider='서울특별시 금천구'))
F('lib-도란도란작은도서관-노원', 'data',
  V('2026', '도란도란작은도서관', provider='서울특별시 노원구'),
  M('2026', '도란도란작은도서관', provider='서울특별시 노원구', kind='작은도서관'))

# ================================================================ maker spaces, 소공인 and other facilities
DG19 = 'imaker.or.kr news 55 (영남일보 2019-06-07: 2019 대구경북 일반랩 6곳)'
DG20 = 'wdilbo.com 15763 (경북신문 2020-05-09: 2020 대구3·경북4 일반랩)'
KI19 = 'kyeongin.com 1412400 (2019 경인지역 14개 기관)'
SP19 = 'ir.newspim.com 20190603000077; kdpress.co.kr 91398 (2019 특화형 일반랩: 글룩·창원대·팹브로스·나사렛대·경일대)'
U20 = 'veritas-a.com 322732; ck.ac.kr 160381 (2020 선정 18개 대학)'
GJ = 'm.etnews.com 20190607000058 (2019 광주전남 일반랩); koasi.or.kr board 104 (머니S 2020-05-07)'
F('ms-yeungnam-tc-makerspace', DG19,
  L('news_article', '영남이공대 산학협력단 메이커 스페이스', '대구', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '영남이공대학교 메이커스페이스', '대구', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Yeungnam University College Makerspace', 'Daegu', kind='makerspace'))
F('ms-gb-bio-institute-makerspace', DG19,
  L('news_article', '<재>경북바이오산업연구원 메이커 스페이스', '경북', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '경북바이오산업연구원 메이커스페이스', '경북 안동시', kind='메이커스페이스 일반랩'))
F('other-gb-bio-institute', DG19 + ' (the institute that hosts the lab)',
  L('city_maker_guide', '경북바이오산업연구원', '안동시', kind='연구기관'))
F('ms-daegu-el-digitalfab', DG20,
  L('news_article', '㈜ 이엘디지털팹 메이커 스페이스', '대구', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '이엘디지털팹', '대구', kind='메이커스페이스 일반랩'))
F('ms-daegu-youth-culture-house-makerspace', DG20,
  L('news_article', '대구시청소년문화의집 메이커 스페이스', '대구', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '대구광역시청소년문화의집 메이커스페이스', '대구', kind='메이커스페이스 일반랩'))
F('other-daegu-youth-culture-house', DG20 + ' (the youth house that runs the lab)',
  L('city_maker_guide', '대구시청소년문화의집', '대구', kind='청소년문화의집'))
F('ms-daegu-siot', DG20,
  L('news_article', '에스아이오티(주) 메이커 스페이스', '대구', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '에스아이오티 메이커스페이스', '대구', kind='메이커스페이스 일반랩'))
F('ms-gb-women-policy-makerspace', DG20,
  L('news_article', '(재)경북도여성정책개발원 메이커 스페이스', '경북', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '경북도여성정책개발원 메이커스페이스', '경북', kind='메이커스페이스 일반랩'))
F('other-gb-women-policy-institute', DG20 + ' (the institute itself)',
  L('news_article', '경북도여성정책개발원', '경북', kind='정책연구기관'))
F('ms-disabled-enterprise-center-gb', DG20,
  L('news_article', '(재)장애인기업종합지원센터 메이커 스페이스 (경북 선정)', '경북', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '장애인기업종합지원센터 메이커스페이스', '경북', kind='메이커스페이스 일반랩'))
F('ms-jeonju-kijeon-makerspace', U20,
  L('news_article', '전주기전대학 메이커 스페이스 (2020 선정)', '', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Jeonju Kijeon College Makerspace', 'Jeonju-si, Jeollabuk-do', kind='makerspace'),
  L('makeall_portal', '전주기전대학교 메이커스페이스', '전북특별자치도 전주시', kind='메이커스페이스 일반랩'))
F('ms-knuw-makerspace', U20,
  L('news_article', '한국복지대학 메이커 스페이스 (2020 선정)', '', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Korea National University of Welfare Makerspace', 'Pyeongtaek-si, Gyeonggi-do',
    kind='makerspace'))
F('ms-goyang-childrens-museum-makerspace', KI19,
  L('news_article', '고양어린이박물관 메이커 스페이스', '경기 고양시', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '고양어린이박물관 메이커스페이스', '경기 고양시', kind='메이커스페이스 일반랩'),
  L('maker_map_en', "Goyang Children's Museum Makerspace", 'Goyang-si, Gyeonggi-do', kind='makerspace'))
F('other-goyang-childrens-museum', KI19 + ' (the museum that runs the lab)',
  L('city_maker_guide', '고양어린이박물관', '고양시', kind='어린이박물관'))
F('ms-anseong-observatory-makerspace', KI19,
  L('news_article', '안성천문대 메이커 스페이스', '경기 안성', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '안성천문대 메이커스페이스', '경기 안성시', kind='메이커스페이스 일반랩'))
F('other-anseong-observatory', KI19 + ' (the observatory itself)',
  L('city_maker_guide', '안성천문대', '안성시', kind='천문대'))
F('ms-ajou-makerspace', KI19,
  L('news_article', '아주대학교 메이커 스페이스 (2019 선정)', '경기', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Ajou University Makerspace', 'Suwon-si, Gyeonggi-do', kind='university makerspace'),
  L('news_article', '아주대 메이커스페이스', '수원', kind='대학 메이커스페이스'))
F('ms-elementary-computing-teachers', KI19,
  L('news_article', '초등컴퓨팅교사협회 메이커 스페이스', '경기', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '(사)초등컴퓨팅교사협회', '경기', kind='메이커스페이스 일반랩'))
F('ms-glook', SP19,
  L('news_article', '글룩 (특화형 일반랩)', '', kind='메이커스페이스 특화형 일반랩'),
  L('makeall_portal', '글룩 메이커스페이스', '', kind='메이커스페이스 특화랩'))
F('ms-fabbros', SP19,
  L('news_article', '팹브로스 (특화형 일반랩)', '', kind='메이커스페이스 특화형 일반랩'),
  L('maker_map_en', 'FabBros Makerspace', '', kind='makerspace'))
F('ms-cbpu-makerspace', 'makernews.co.kr 1411 (2019 일반랩: 충북도립대학교·강동대학교 등 54곳)',
  L('news_article', '충북도립대학교 메이커 스페이스', '충북', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '충북도립대 메이커스페이스', '충북 옥천군', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Chungbuk Provincial University Makerspace', 'Okcheon-gun, Chungcheongbuk-do', kind='makerspace'))
F('ms-gwangju-3d-technology', GJ,
  L('news_article', '쓰리디테크놀로지 메이커 스페이스', '광주', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '㈜쓰리디테크놀로지', '광주', kind='메이커스페이스 일반랩'))
F('ms-gwangju-koasi', GJ,
  L('news_article', '한국공기안전원 메이커 스페이스 (공기 산업 분야)', '광주', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '한국공기안전원', '광주광역시', kind='메이커스페이스 일반랩'))
NW = 'asiae.co.kr 2018111121255857611 (노원 메이커스원, 동일로192길 74 우은빌딩 7층)'
F('ms-nowon-makers1', NW,
  L('gu_office', '노원 MAKERS1(메이커스원)', '서울시 노원구 동일로192길 74 우은빌딩 7층', kind='구립 메이커스페이스'),
  L('news_article', '노원 메이커스원', '노원구 공릉동 우은빌딩 7층', kind='메이커스페이스'),
  L('maker_map_en', 'Nowon MAKERS1', '7F Wooeun Bldg, 74 Dongil-ro 192-gil, Nowon-gu, Seoul', kind='makerspace'))
GW = 'newstamin.com 29932 (관악구 소공인 의류봉제 협업센터, 남부순환로 1517-1 신사동 2·3층)'
F('sg-gwanak-apparel-collab-center', GW,
  L('gu_office', '관악구 소공인 의류봉제 협업센터', '서울시 관악구 남부순환로 1517-1 2·3층', kind='소공인 공동기반시설'),
  L('sogongin_press', '관악 소공인 의류봉제 협업센터 [의류봉제]', '서울 관악구 신사동', kind='소공인 공동기반시설'),
  L('news_article', '관악구 의류봉제 협업센터', '신사동 남부순환로 1517-1', kind='소공인 협업센터'))
JR = 'seouland.com 13065 (종로구 2023 소공인 복합지원센터 선정, 의류제조, 창신·숭인 등 집적지구)'
F('sg-jongno-apparel-complex', JR,
  L('sogongin_press', '종로 소공인 복합지원센터 [의류제조]', '서울 종로구 창신동 일대', kind='소공인 복합지원센터'),
  L('news_article', '종로구 의류제조 소공인 복합지원센터', '종로구 의류제조 집적지구', kind='소공인 복합지원센터'))
DB = 'm.siminilbo.co.kr 1160284884521107; sedaily.com 22VAGBEWWY (도봉동청소년문화의집, 도봉동 58-2, 2층 메이커스페이스)'
F('other-dobong-youth-culture-house', DB,
  L('gu_office', '도봉동청소년문화의집', '서울시 도봉구 도봉동 58-2', kind='청소년문화의집'),
  L('news_article', "(사)YES21청소년재단 위탁운영 '도봉동청소년문화의집'", '도봉구 도봉동', kind='청소년시설'),
  L('maker_map_en', 'Dobong-dong Youth Culture House', '58-2 Dobong-dong, Dobong-gu, Seoul', kind='youth centre'))
F('ms-dobong-youth-house-makerspace', DB,
  L('city_maker_guide', '도봉동청소년문화의집 메이커스페이스(쿠킹클래스·디자인룸·메이킹룸)', '도봉동 58-2 2층',
    kind='청소년 메이커스페이스'),
  L('news_article', "도봉동청소년문화의집 '메이커스튜디오'", '도봉구 도봉동', kind='메이커스페이스'))
DS = 'jeonmae.co.kr 1033577 (도봉구 소상공인지원센터, 방학로6길 20-9)'
F('other-dobong-sosanggongin-center', DS,
  L('gu_office', '도봉구 소상공인지원센터', '서울시 도봉구 방학로6길 20-9', kind='소상공인지원센터'),
  L('news_article', '도봉구 소상공인지원센터 (옛 산돌 마을활력소)', '도봉구 방학로6길 20-9', kind='소상공인지원센터'))

# extra listings appended to some facilities
EXTRA = [
  ('lib-도봉어린이문화정보도서관-영유아', L('city_maker_guide', '도봉어린이문화정보센터 영유아실', '노해로69길 151',
                                   '02.995.4171', kind='도서관 열람실')),
  ('sg-jongno-apparel-complex', L('gu_office', '종로구 의류제조 소공인 복합지원센터(건립 예정)', '서울시 종로구',
                                  kind='소공인 복합지원센터')),
]
for cid, l in EXTRA:
    [f for f in FAC if f['cid'] == cid][0]['listings'].append(l)

# ================================================================ hard cases
H = []


def C(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


# ---------------- P2 English vs Hangul
C('P2 English vs Hangul', 'same', [('lib-풀이음작은도서관-속초', 3), ('lib-풀이음작은도서관-속초', 2)],
  'Romanized 미시령로3337번길 6-15 in road-number-gu-si order, +82 phone of the same 033-636-1484, old province '
  'name "Gangwon-do" while the 2026 row prints 강원특별자치도.', D)
C('P2 English vs Hangul', 'same', [('lib-당산1동공립작은도서관-영등포', 3), ('lib-당산1동공립작은도서관-영등포', 2),
                                   ('lib-당산1동공립작은도서관-영등포', 1)],
  'Romanized new address 양산로23길 11 and the phone 02-2677-7916 shared by both rows; the 2023 row has the old '
  'address 영등포로25길 24.', D)
C('P2 English vs Hangul', 'same', [('ms-nowon-makers1', 3), ('ms-nowon-makers1', 1), ('ms-nowon-makers1', 2)],
  'The 구 names the space "노원 MAKERS1"; the English card romanizes 우은빌딩 7층, 동일로192길 74.', NW)
C('P2 English vs Hangul', 'same', [('ms-yeungnam-tc-makerspace', 3), ('ms-yeungnam-tc-makerspace', 2)],
  'Yeungnam University College is the official English name of 영남이공대학교.', DG19)
C('P2 English vs Hangul', 'same', [('ms-goyang-childrens-museum-makerspace', 3),
                                   ('ms-goyang-childrens-museum-makerspace', 2)],
  "Goyang Children's Museum = 고양어린이박물관; both cards are of the 2019 일반랩.", KI19)
C('P2 English vs Hangul', 'same', [('ms-cbpu-makerspace', 3), ('ms-cbpu-makerspace', 1)],
  'Chungbuk Provincial University = 충북도립대학교 (옥천; Okcheon is my derivation, the list prints only the name).',
  'makernews 1411')
C('P2 English vs Hangul', 'same', [('other-dobong-youth-culture-house', 3), ('other-dobong-youth-culture-house', 1)],
  'Romanized 지번 address 도봉동 58-2; my English rendering of 청소년문화의집.', DB)
C('P2 English vs Hangul', 'same', [('ms-knuw-makerspace', 2), ('ms-knuw-makerspace', 1)],
  'Korea National University of Welfare = 한국복지대학(교), 평택 (the place is my derivation).', U20)
C('P2 English vs Hangul', 'same', [('ms-fabbros', 2), ('ms-fabbros', 1)],
  '"FabBros" is my romanization of 팹브로스; name-only listings from the 2019 특화형 list.', SP19)
# ---------------- P3 operator / programme prefix
C('P3 operator / programme prefix-suffix', 'same', [('other-dobong-youth-culture-house', 2),
                                                    ('other-dobong-youth-culture-house', 1)],
  'Operator phrase "(사)YES21청소년재단 위탁운영" before the quoted name; 동 only.', DB)
C('P3 operator / programme prefix-suffix', 'same', [('ms-daegu-el-digitalfab', 1), ('ms-daegu-el-digitalfab', 2)],
  'Legal-form prefix "㈜ " and the programme suffix "메이커 스페이스" vs the bare company name.', DG20)
C('P3 operator / programme prefix-suffix', 'same', [('ms-yeungnam-tc-makerspace', 1), ('ms-yeungnam-tc-makerspace', 2)],
  'The selection names the 산학협력단 (the legal operator) of 영남이공대; the portal names the college.', DG19)
C('P3 operator / programme prefix-suffix', 'same', [('ms-gb-women-policy-makerspace', 1),
                                                    ('ms-gb-women-policy-makerspace', 2)],
  '"(재)" prefix vs none.', DG20)
C('P3 operator / programme prefix-suffix', 'same', [('ms-elementary-computing-teachers', 2),
                                                    ('ms-elementary-computing-teachers', 1)],
  'The portal prints only the operating association with "(사)"; the press adds "메이커 스페이스".', KI19)
C('P3 operator / programme prefix-suffix', 'same', [('ms-gb-bio-institute-makerspace', 1), ('ms-gb-bio-institute-makerspace', 2)],
  'The press list writes the legal form as "<재>" in angle brackets.', DG19)
# ---------------- P4 brackets
C('P4 bracketed real/English name', 'same', [('ms-nowon-makers1', 1), ('ms-nowon-makers1', 2)],
  '"노원 MAKERS1(메이커스원)": the Latin name with its Hangul reading in brackets vs Hangul only.', NW)
C('P4 bracketed real/English name', 'same', [('lib-도봉어린이문화정보센터', 3), ('lib-도봉어린이문화정보센터', 2)],
  'The data row carries the sections in brackets "(자료열람실, 잉글리시 아일랜드)"; the 구청 card drops them.', D)
C('P4 bracketed real/English name', 'same', [('ms-disabled-enterprise-center-gb', 1), ('ms-disabled-enterprise-center-gb', 2)],
  'Bracketed note "(경북 선정)" and "(재)" vs the bare name.', DG20)
C('P4 bracketed real/English name', 'same', [('ms-dobong-youth-house-makerspace', 1), ('ms-dobong-youth-house-makerspace', 2)],
  'The guide lists the rooms in brackets; the press quotes the room name "메이커스튜디오" (sedaily) — the 2층 '
  'maker space of the youth house (siminilbo).', DB)
# ---------------- P5 abbreviation
C('P5 abbreviation', 'same', [('ms-ajou-makerspace', 3), ('ms-ajou-makerspace', 1), ('ms-ajou-makerspace', 2)],
  '아주대 = 아주대학교 (수원 is my derivation from the campus).', KI19)
C('P5 abbreviation', 'same', [('ms-cbpu-makerspace', 2), ('ms-cbpu-makerspace', 1)],
  '충북도립대 = 충북도립대학교.', 'makernews 1411')
C('P5 abbreviation', 'same', [('ms-jeonju-kijeon-makerspace', 1), ('ms-jeonju-kijeon-makerspace', 3)],
  '전주기전대학 vs 전주기전대학교: the same college printed with and without 교.', U20)
C('P5 abbreviation', 'same', [('ms-daegu-youth-culture-house-makerspace', 1),
                              ('ms-daegu-youth-culture-house-makerspace', 2)],
  '대구시 = 대구광역시.', DG20)
C('P5 abbreviation', 'same', [('sg-gwanak-apparel-collab-center', 3), ('sg-gwanak-apparel-collab-center', 1)],
  'Press drops "소공인" from the name and prints 동 + road number; the 구 page has the full name.', GW)
# ---------------- P6 renamed / moved
C('P6 old and new names (incl. relocation)', 'same', [('lib-도토리와친구들-합천', 1), ('lib-도토리와친구들-합천', 2),
                                                      ('lib-도토리와친구들-합천', 3)],
  '2023: 도토리와친구들어린이도서관; 2026: 도토리와친구들. Same address, phone and coordinates.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-부학작은도서관-포항', 1), ('lib-부학작은도서관-포항', 2)],
  '양학로 17 (양학치안센터 2층) → 양학로 22 (득량동); same phone 054-614-7001 and homepage.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-밤동산작은도서관-영등포', 1), ('lib-밤동산작은도서관-영등포', 2)],
  '여의대로 24 → 여의대방로61길 18-2; same phone 02-849-9716; homepage path /bdslib dropped.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-늘행복한작은도서관-광주북구', 1), ('lib-늘행복한작은도서관-광주북구', 2)],
  '송해로 7 → 설죽로 389번길 71 (both 삼각동); same phone, homepage id 1048404 and coordinates.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-다솜울작은도서관-광주북구', 1), ('lib-다솜울작은도서관-광주북구', 2)],
  '군왕로207번길 16 (각화동) → 군왕로207번길 6 (문화동): even the 동 in brackets changed; same phone, id and coordinates.', D)
C('P6 old and new names (incl. relocation)', 'same', [('lib-현동작은도서관-창원', 1), ('lib-현동작은도서관-창원', 2),
                                                      ('lib-현동작은도서관-창원', 3)],
  'The 2023 file prints "상곡어울림작은도서관" at 현동7길 27(현동), 055-221-0223; the 2026 file prints '
  '"현동작은도서관" at exactly that address, phone and coordinates. The name, not the place, changed between the '
  'files: I judge the 2023 name a swap (see N3) and the place one library.', D)
# ---------------- P7 building / landmark
C('P7 building / landmark instead of road address', 'same', [('ms-nowon-makers1', 2), ('ms-nowon-makers1', 1)],
  'Press prints the building (우은빌딩 7층) and 동 instead of the road address.', NW)
C('P7 building / landmark instead of road address', 'same', [('lib-황금책문화센터도서관-수성', 3), ('lib-황금책문화센터도서관-수성', 1)],
  'The guide prints the host building "황금2동 행정복지센터 1층" (as the 2026 row does); the 2023 row has only '
  '(황금동). Dotted phone 053.668.1660.', D)
C('P7 building / landmark instead of road address', 'same', [('sg-jongno-apparel-complex', 1), ('sg-jongno-apparel-complex', 2),
                                                             ('sg-jongno-apparel-complex', 3)],
  'A centre selected in 2023 and still to be built: only 동 / "집적지구" / the 구 are printed.', JR)
# ---------------- P8 region names
C('P8 old and new region names', 'same', [('lib-풀이음작은도서관-속초', 1), ('lib-풀이음작은도서관-속초', 2)],
  '강원도 속초시 → 강원특별자치도 속초시; otherwise identical (homepage http → https).', D)
C('P8 old and new region names', 'same', [('lib-혼불작은도서관-남원', 1), ('lib-혼불작은도서관-남원', 2), ('lib-혼불작은도서관-남원', 3)],
  '전라북도 (2023) vs 전북특별자치도 (2026) vs a 시청 card that drops the province ("남원시 사매면 …").', D)
C('P8 old and new region names', 'same', [('lib-이도작은도서관-동해', 1), ('lib-이도작은도서관-동해', 3)],
  '강원도 동해시 (2023) vs the map card "강원특별자치도 동해시".', D)
C('P8 old and new region names', 'same', [('lib-필봉작은도서관-임실', 1), ('lib-필봉작은도서관-임실', 3)],
  '전라북도 row vs a press card "전북 임실군 강진면" naming the 마을 (my rendering; no phone).', D)
C('P8 old and new region names', 'same', [('lib-작천정작은도서관-울주', 1), ('lib-작천정작은도서관-울주', 2)],
  '삼남면 became 삼남읍 (2023 → 2026); same road, number, phone and homepage.', D)
C('P8 old and new region names', 'same', [('ms-jeonju-kijeon-makerspace', 2), ('ms-jeonju-kijeon-makerspace', 3)],
  'English card "Jeollabuk-do" vs the portal "전북특별자치도".', U20)
C('P8 old and new region names', 'same', [('lib-꿈꾸는작은도서관-정읍', 1), ('lib-꿈꾸는작은도서관-정읍', 2)],
  '전라북도 정읍시 → 전북특별자치도 정읍시 (coordinates differ in the 7th decimal).', D)
# ---------------- P10 / P11 / P12
C('P10 head-office phone vs own phone', 'same',
  [('lib-도봉어린이문화정보도서관-영유아', 3), ('lib-도봉어린이문화정보도서관-영유아', 2)],
  'The guide card of the 영유아실 prints the centre\'s one number 02.995.4171 — the only number the data rows '
  'give for every part of the building.', D)
C('P11 re-crawl change between snapshots', 'same',
  [('lib-상곡어울림작은도서관-창원', 1), ('lib-상곡어울림작은도서관-창원', 2)],
  'The 2023 row named "현동작은도서관" sits at 내서읍 중리상곡로 18 (070-8723-4204), 150 m from the 2026 '
  '상곡어울림작은도서관 at 내서읍 상곡로 16 (055-231-4204, same last four digits). I judge it the 상곡 library '
  'printed under its neighbour\'s name (moderate confidence).', D)
C('P11 re-crawl change between snapshots', 'same',
  [('lib-다문화행복나눔작은도서관-부산남구', 1), ('lib-다문화행복나눔작은도서관-부산남구', 2)],
  '2023: 유엔로 124, 402호, no phone; 2026: 유엔평화로125번길 11-33 1층 with a phone. Same name in the same 동 '
  '(대연동); I judge a move (moderate confidence).', D)
C('P12 phone printed incompletely', 'same', [('lib-부학작은도서관-포항', 3), ('lib-부학작은도서관-포항', 2)],
  'Press prints 614-7001 without 054 and only 득량동.', D)
C('P12 phone printed incompletely', 'same', [('lib-황금책문화센터도서관-수성', 4), ('lib-황금책문화센터도서관-수성', 2)],
  'Press prints 668-1660 without 053.', D)
# ---------------- P1 shared host
C('P1 shared portal host', 'same', [('lib-당산1동공립작은도서관-영등포', 1), ('lib-당산1동공립작은도서관-영등포', 2)],
  'Both rows print the shared www.ydplib.or.kr/small page (see N2); the phone decides.', D)

# ---------------- negatives
C('N1 two facilities, one building/address', 'different',
  [('lib-다문화행복나눔작은도서관-부산남구', 2), ('lib-가보자작은도서관-부산남구', 1), ('lib-가보자작은도서관-부산남구', 2)],
  'Two small libraries at 유엔평화로125번길 11-33 (대연동) with identical coordinates; different names and phones '
  '(051-625-1949 vs 051-624-0191); the first adds "1층".', D)
C('N1 two facilities, one building/address', 'different',
  [('lib-도봉어린이문화정보센터', 2), ('lib-도봉어린이문화정보도서관-영유아', 2), ('lib-도봉어린이문화정보도서관-디지털자료실', 1),
   ('lib-도봉어린이문화정보도서관-영유아', 3)],
  'One building (노해로69길 151), one phone, one homepage, three rows: the centre and two rooms that the data '
  'publish as their own libraries. I keep each published row its own cluster (a room inside a library printed '
  'with the library\'s number), as the data do every year.', D)
C('N1 two facilities, one building/address', 'different',
  [('other-dobong-youth-culture-house', 1), ('ms-dobong-youth-house-makerspace', 1), ('ms-dobong-youth-house-makerspace', 2)],
  'The youth culture house (4 floors) and the maker space on its 2nd floor; the guide prints the house\'s address.',
  DB)
C('N1 two facilities, one building/address', 'different',
  [('lib-현동작은도서관-창원', 1), ('lib-상곡어울림작은도서관-창원', 2)],
  'Same name "상곡어울림작은도서관", two places: the 2023 row is the 현동 library under a swapped name; the 2026 row '
  'is the real 상곡 library in 내서읍.', D)
C('N2 one operator, several facilities', 'different',
  [('lib-밤동산작은도서관-영등포', 2), ('lib-당산1동공립작은도서관-영등포', 2)],
  'Two 영등포구 small libraries on one portal host (ydplib.or.kr/bdslib → host only, and ydplib.or.kr/small).', D)
C('N2 one operator, several facilities', 'different',
  [('lib-늘행복한작은도서관-광주북구', 2), ('lib-다솜울작은도서관-광주북구', 2)],
  'smalllibrary.org detail pages (ids 1048404 / 1048349) of two 광주 북구 libraries.', D)
C('N2 one operator, several facilities', 'different',
  [('other-dobong-sosanggongin-center', 1), ('other-dobong-youth-culture-house', 1), ('lib-도봉어린이문화정보센터', 3)],
  'Three 도봉구 facilities printed on 구청 pages ("서울시 도봉구 …"): a 소상공인 centre, a youth house and a '
  'children\'s library.', DS + '; ' + DB)
C('N3 names differing by one region syllable', 'different',
  [('ms-daegu-youth-culture-house-makerspace', 1), ('ms-dobong-youth-house-makerspace', 2)],
  '"대구시청소년문화의집" vs "도봉동청소년문화의집": the same generic facility name after a different place word.',
  DG20 + '; ' + DB)
C('N3 names differing by one region syllable', 'different',
  [('other-dobong-sosanggongin-center', 2), ('sg-gwanak-apparel-collab-center', 1)],
  '소상공인 vs 소공인 (one syllable): a 구 business-support centre vs a 소공인 sewing collaboration centre.', DS + '; ' + GW)
C('N3 names differing by one region syllable', 'different',
  [('lib-꿈꾸는작은도서관-금천', 1), ('lib-꿈꾸는작은도서관-노원', 2), ('lib-도란도란작은도서관-금천', 1), ('lib-도란도란작은도서관-노원', 1)],
  '금천구 and 노원구 each have a 꿈꾸는작은도서관 and a 도란도란작은도서관 on one host per 구 (geumcheonlib / '
  'nowonlib): four libraries, two names, two hosts.', D)
C('N4 centre vs maker space it runs', 'different',
  [('other-goyang-childrens-museum', 1), ('ms-goyang-childrens-museum-makerspace', 1), ('ms-goyang-childrens-museum-makerspace', 3)],
  'The museum vs the 2019 일반랩 it runs under its own name.', KI19)
C('N4 centre vs maker space it runs', 'different',
  [('other-daegu-youth-culture-house', 1), ('ms-daegu-youth-culture-house-makerspace', 1)],
  'The youth house vs the 2020 일반랩 it runs.', DG20)
C('N4 centre vs maker space it runs', 'different',
  [('other-anseong-observatory', 1), ('ms-anseong-observatory-makerspace', 1)],
  'The observatory vs its maker space.', KI19)
C('N4 centre vs maker space it runs', 'different',
  [('other-gb-bio-institute', 1), ('ms-gb-bio-institute-makerspace', 2)],
  'The research institute vs the 일반랩 it runs; both printed with 안동 (my derivation).', DG19)
C('N4 centre vs maker space it runs', 'different',
  [('other-gb-women-policy-institute', 1), ('ms-gb-women-policy-makerspace', 2)],
  'The policy institute vs its 2020 maker space.', DG20)
C('N5 same city / same name, different facilities', 'different',
  [('lib-꿈꾸는작은도서관-사하', 2), ('lib-꿈꾸는작은도서관-정읍', 2), ('lib-꿈꾸는작은도서관-금천', 1), ('lib-꿈꾸는작은도서관-노원', 2)],
  'Four 꿈꾸는작은도서관 (부산 사하, 정읍, 서울 금천, 서울 노원): two in one city.', D)
C('N5 same city / same name, different facilities', 'different',
  [('lib-숲속작은도서관-부천', 2), ('lib-숲속작은도서관-군포', 1), ('lib-숲속작은도서관-광주동구', 1)],
  'Three 숲속작은도서관 (부천, 군포, 광주 동구).', D)
C('N5 same city / same name, different facilities', 'different',
  [('lib-도란도란작은도서관-부천', 2), ('lib-도란도란작은도서관-금천', 1), ('lib-도란도란작은도서관-노원', 2)],
  'Three 도란도란작은도서관 (부천, 서울 금천, 서울 노원).', D)
C('N5 same city / same name, different facilities', 'different',
  [('ms-yeungnam-tc-makerspace', 1), ('ms-daegu-el-digitalfab', 1), ('ms-daegu-youth-culture-house-makerspace', 1),
   ('ms-daegu-siot', 1)],
  'Four 대구 maker spaces printed only as "… 메이커 스페이스, 대구" in selection lists (2019, 2020).', DG19 + '; ' + DG20)
C('N5 same city / same name, different facilities', 'different',
  [('ms-gb-bio-institute-makerspace', 1), ('ms-gb-women-policy-makerspace', 1), ('ms-disabled-enterprise-center-gb', 1)],
  'Three 경북 maker spaces printed with "(재)/<재>" operators and only "경북".', DG19 + '; ' + DG20)
C('N5 same city / same name, different facilities', 'different',
  [('ms-ajou-makerspace', 1), ('ms-knuw-makerspace', 2), ('ms-goyang-childrens-museum-makerspace', 1),
   ('ms-elementary-computing-teachers', 1)],
  'Two university maker spaces of one region (아주대, 한국복지대, both 경기) and two more 경기 일반랩 of 2019.', KI19 + '; ' + U20)
C('N5 same city / same name, different facilities', 'different',
  [('ms-gwangju-3d-technology', 1), ('ms-gwangju-koasi', 1)],
  'Two 광주 일반랩 (2019 쓰리디테크놀로지, 2020 한국공기안전원), printed "… 메이커 스페이스, 광주".', GJ)
C('N5 same city / same name, different facilities', 'different',
  [('ms-glook', 1), ('ms-fabbros', 1)],
  'Two 2019 특화형 일반랩 printed with the same suffix and no place.', SP19)
C('N5 same city / same name, different facilities', 'different',
  [('sg-gwanak-apparel-collab-center', 2), ('sg-jongno-apparel-complex', 1)],
  'Two 서울 소공인 facilities for the same trade (의류봉제 / 의류제조) in different 구: a 공동기반시설 in 관악 and a '
  '복합지원센터 in 종로.', GW + '; ' + JR)
C('N5 same city / same name, different facilities', 'different',
  [('ms-jeonju-kijeon-makerspace', 1), ('ms-knuw-makerspace', 1)],
  'Two 2020 전문대 selections printed "… 메이커 스페이스 (2020 선정)" with no place.', U20)
C('N6 branches printing one head-office number', 'different',
  [('lib-미라클도서관-부산강서', 1), ('lib-세이지작은도서관-부산강서', 2)],
  'Both 부산 강서구 rows print the placeholder 051-000-0000: a shared "number" that identifies nothing.', D)
C('N6 branches printing one head-office number', 'different',
  [('lib-엘림작은도서관-인천서구', 1), ('lib-가정행복작은도서관-인천서구', 1), ('lib-마음이음작은도서관-인천서구', 1)],
  'Three 인천 서구 small libraries with the placeholder 032-000-0000; different addresses.', D)

# ---------------- added: 남원 / 양양 / 칠곡
C('P8 old and new region names', 'same', [('lib-황죽작은도서관-남원', 1), ('lib-황죽작은도서관-남원', 2)],
  '전라북도 남원시 → 전북특별자치도 남원시; the building note "(구 황죽마을회관)" names the old village hall.', D)
C('P8 old and new region names', 'same', [('lib-오들작은도서관-남원', 1), ('lib-오들작은도서관-남원', 3)],
  '전라북도 row vs the map card "전북특별자치도 남원시 …"; 070 phone in both.', D)
C('P8 old and new region names', 'same', [('lib-노아의작은도서관-양양', 1), ('lib-노아의작은도서관-양양', 2),
                                          ('lib-노아의작은도서관-양양', 3)],
  '강원도 양양군 (2023) vs 강원특별자치도 양양군 (2026) vs a 군청 card that drops the province and spaces the name '
  '("노아의 작은도서관").', D)
C('P11 re-crawl change between snapshots', 'same', [('lib-석적도서관-칠곡', 1), ('lib-석적도서관-칠곡', 2),
                                                    ('lib-석적도서관-칠곡', 3)],
  'Road-address number corrected 인평2길 1 → 인평2길 2; same phone, homepage and longitude. The press card prints only '
  'the road name and a 군립 prefix.', D)
C('N2 one operator, several facilities', 'different',
  [('lib-혼불작은도서관-남원', 2), ('lib-황죽작은도서관-남원', 2), ('lib-오들작은도서관-남원', 2)],
  'Three 남원 small libraries print one and the same homepage URL (namwon.go.kr …DOM_000000203001006016, the city\'s '
  'small-library page): a shared page, not a shared facility.', D)

# ---------------- added: 교육청 / 시 publications
C('P3 operator / programme prefix-suffix', 'same', [('lib-보성도서관-전남교육청', 3), ('lib-보성도서관-전남교육청', 2),
                                                    ('lib-보성도서관-전남교육청', 1)],
  'The data name carries the publisher prefix "전라남도교육청"; the press prints "보성도서관" and only the road name.', D)
C('P3 operator / programme prefix-suffix', 'same', [('lib-광양도서관-전남교육청', 2), ('lib-광양도서관-전남교육청', 1)],
  '"전남교육청" abbreviates the prefix; the phone lacks 061 and only the 동 (중마동, my reading of 중마로) is printed.', D)
C('P12 phone printed incompletely', 'same', [('lib-광양도서관-전남교육청', 2), ('lib-광양도서관-전남교육청', 1)],
  'Press prints 797-5300 without the area code 061.', D)
C('P3 operator / programme prefix-suffix', 'same', [('lib-송촌평생학습도서관-대덕', 3), ('lib-송촌평생학습도서관-대덕', 2),
                                                    ('lib-송촌평생학습도서관-대덕', 1)],
  'The 2026 row is published by 대전광역시 (a 시도 publisher, style library_sido); the 구 card prefixes "대덕구" and '
  'writes "대전시", phone 042)608-5513.', D)
C('N2 one operator, several facilities', 'different',
  [('lib-광양도서관-전남교육청', 1), ('lib-광양평생교육관-전남교육청', 1)],
  'Two 전라남도교육청 facilities in 광양 (도서관 at 중마로 262, 평생교육관 at 안산길 23), both named '
  '"전라남도교육청광양…".', D)
C('N6 branches printing one head-office number', 'different',
  [('lib-송촌평생학습도서관-대덕', 2), ('lib-신탄진평생학습도서관-대덕', 1)],
  'Two 대덕구 평생학습도서관 published by 대전광역시 with consecutive lines of one exchange (042-608-5513 / -5511); '
  'different addresses.', D)
