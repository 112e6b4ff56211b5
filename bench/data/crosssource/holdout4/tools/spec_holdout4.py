"""Fourth held-out part: facilities, listings and hard cases (the truth lives here).

Every facility is real: libraries are rows of the 전국도서관표준데이터 snapshots (library_2026.csv /
library_2023_2024.csv); the other facilities come from stored public pages whose URL is in `basis`.
"""
from libdata import verbatim as V, map_listing as M, gu_office as G, L, dot_phone, intl_phone

NEWS1 = 'http://www.news1.kr/articles/?4386892'          # 2021 메이커스페이스 전문랩/일반랩/특화랩 선정 목록
SANGJI = ('https://ctl.sangji.ac.kr/prog/bbsArticle/BBSMSTR_000000006676/view.do?bbsId=BBSMSTR_000000006676'
          '&nttId=B000000262167Df7sD1h')
GM1, GM2 = 'http://700.xza.kr/102931', 'https://news.tf.co.kr/read/national/2182792.htm'
JBNU = 'https://jbdn.kr/liguard_bbs/view.php?code=ar_write_jbenkr&number=4662'
KUMOH = 'http://localnaeil.com/News/View/611371'
GICT1, GICT2 = 'https://hankyung.com/amp/2016102707461', 'https://etnews.com/20161027000438'
JNICT = 'http://www.cnbcnews.co.kr/View.aspx?No=3037286'
SG2020, SG2020b = 'https://www.asiae.co.kr/article/2020060810534512285', 'https://m.etnews.com/20200608000162'
SG2025, SG2025b = 'https://www.etoday.co.kr/news/view/2495093', 'https://www.asiae.co.kr/article/2025080708534011214'
SG2018 = 'https://www.kyeonggi.com/articleAmp/201806140993268'

FAC = []


def F(cid, basis, *listings):
    FAC.append(dict(cid=cid, basis=basis, listings=list(listings)))


def D(snap_rows):
    return 'data: ' + snap_rows


# ---------------------------------------------------------------- libraries
F('lib-삼성도서관-음성', D('삼성도서관 (충청북도 음성군)'),
  V('2026', '삼성도서관', addr_contains='음성군'), V('2023', '삼성도서관', addr_contains='음성군'))
F('lib-삼성도서관-강남', D('삼성도서관 (서울특별시 강남구)'),
  V('2026', '삼성도서관', addr_contains='강남구'),
  G('2026', '삼성도서관', addr_contains='강남구', display_name='강남구립 삼성도서관', kind='작은도서관'),
  L('maker_map_en', 'Samseong Library', '616 Bongeunsa-ro, Gangnam-gu, Seoul', phone='+82-2-568-9984',
    lat='37.514356', lon='127.062607', kind='library'))
F('lib-숲속도서관-달서', D('숲속도서관 (대구 달서구)'),
  V('2026', '숲속도서관', addr_contains='달서구'), M('2026', '숲속도서관', addr_contains='달서구'))
F('lib-숲속도서관-목포', D('숲속도서관 (목포시)'),
  V('2026', '숲속도서관', addr_contains='목포시'), V('2023', '숲속도서관', addr_contains='목포시'))
F('lib-은하수도서관-인천중구', D('은하수도서관 (인천 중구)'),
  V('2026', '은하수도서관', addr_contains='인천'), M('2026', '은하수도서관', addr_contains='인천'))
F('lib-은하수도서관-목포', D('은하수도서관 (목포시)'),
  V('2026', '은하수도서관', addr_contains='목포시'), V('2023', '은하수도서관', addr_contains='목포시'))
F('lib-옹달샘도서관-목포', D('옹달샘도서관 (목포시)'),
  V('2026', '옹달샘도서관', addr_contains='목포시'), V('2023', '옹달샘도서관', addr_contains='목포시'))
F('lib-옹달샘도서관-부평', D('옹달샘도서관 (인천 부평구)'),
  V('2026', '옹달샘도서관', addr_contains='부평구'), V('2023', '옹달샘도서관', addr_contains='부평구'),
  M('2026', '옹달샘도서관', addr_contains='부평구'))
F('lib-꿈샘도서관-은평', D('꿈샘도서관 (은평구; 2023 row prints no 시도)'),
  V('2026', '꿈샘도서관', addr_contains='응암로 20길'), V('2023', '꿈샘도서관', addr_contains='응암로20길'))
F('lib-꿈샘도서관-울산동구', D('꿈샘도서관 (울산 동구)'),
  V('2026', '꿈샘도서관', addr_contains='울산'))
F('lib-책마루도서관-울산남구', D('책마루도서관 (울산 남구)'),
  V('2026', '책마루도서관', addr_contains='울산'), V('2023', '책마루도서관', addr_contains='울산'))
F('lib-책마루도서관-부천', D('책마루도서관 (부천시 원미구)'),
  V('2026', '책마루도서관', addr_contains='부천시'), V('2023', '책마루도서관', addr_contains='부천시'),
  L('maker_map_en', 'Chaekmaru Library', '121 Simjung-ro, Wonmi-gu, Bucheon-si, Gyeonggi-do',
    phone='+82-32-625-4645', lat='37.493969', lon='126.770106', kind='library'))
F('lib-책마루작은도서관-부산진', D('부암1동책마루작은도서관 (2023) -> 책마루작은도서관 (2026), 부산진구'),
  V('2026', '책마루작은도서관', addr_contains='부산진구'), V('2023', '부암1동책마루작은도서관'))
F('lib-책마루작은도서관-서울강서', D('책마루작은도서관 (서울 강서구 화곡3동주민센터)'),
  V('2026', '책마루작은도서관', addr_contains='강서구'),
  G('2026', '책마루작은도서관', addr_contains='강서구', kind='작은도서관'))
F('lib-책마루작은도서관-진주', D('책마루작은도서관 (진주시 평거동)'),
  V('2026', '책마루작은도서관', addr_contains='진주시'))
F('lib-월성푸르지오책마루도서관', D('월성푸르지오책마루도서관 (대구 달서구)'),
  V('2026', '월성푸르지오책마루도서관'), V('2023', '월성푸르지오책마루도서관'))
F('lib-유곡푸르지오책마루도서관', D('유곡푸르지오책마루도서관 (울산 중구)'),
  V('2026', '유곡푸르지오책마루도서관'))
F('lib-해오름도서관-성북', D('해오름도서관 (서울 성북구)'),
  V('2026', '해오름도서관', addr_contains='성북구'), V('2023', '해오름도서관', addr_contains='성북구'),
  L('maker_map_en', 'Haeoreum Library', '52 Seongbuk-ro 4-gil, Seongbuk-gu, Seoul', phone='+82-2-6925-7002',
    lat='37.594473', lon='127.012706', kind='library'))
F('lib-해오름도서관-성남', D('해오름도서관 (성남시 중원구)'),
  V('2026', '해오름도서관', addr_contains='성남시'), V('2023', '해오름도서관', addr_contains='성남시'),
  L('maker_map_en', 'Haeoreum Library', '403 Huimang-ro, Jungwon-gu, Seongnam-si, Gyeonggi-do',
    phone='+82-32-729-8770', lat='37.441600', lon='127.159425', kind='library'))
F('lib-해오름도서관-마포', D('해오름도서관 (서울 마포구)'),
  V('2026', '해오름도서관', addr_contains='마포구'), M('2026', '해오름도서관', addr_contains='마포구'))
F('lib-아름드리도서관-부천', D('아름드리도서관 (부천시 오정구)'),
  V('2026', '아름드리도서관', addr_contains='부천시'), V('2023', '아름드리도서관', addr_contains='부천시'))
F('lib-아름드리도서관-마포', D('아름드리도서관 (서울 마포구)'),
  V('2026', '아름드리도서관', addr_contains='마포구'),
  G('2026', '아름드리도서관', addr_contains='마포구', display_name='마포구립 아름드리도서관', kind='작은도서관',
    homepage=False))
F('lib-꿈여울도서관-평창', D('꿈여울도서관 (평창군; 2023 row 강원도, 2026 강원특별자치도)'),
  V('2026', '꿈여울도서관', addr_contains='평창군'), V('2023', '꿈여울도서관', addr_contains='강원도 평창군'),
  L('maker_map_en', 'Kkumyeoul Library', '24 Saeteo-gil, Mitan-myeon, Pyeongchang-gun, Gangwon-do',
    phone='+82-33-334-2549', lat='37.342798', lon='128.500168', kind='library'))
F('lib-꿈여울도서관-부천', D('꿈여울도서관 (부천시 오정구)'),
  V('2026', '꿈여울도서관', addr_contains='부천시'), V('2023', '꿈여울도서관', addr_contains='부천시'))
F('lib-꿈꾸는도서관-울산동구', D('꿈꾸는도서관 (울산 동구)'),
  V('2026', '꿈꾸는도서관', addr_contains='울산'), V('2023', '꿈꾸는도서관', addr_contains='울산'))
F('lib-꿈꾸는도서관-대구북구', D('꿈꾸는도서관 (대구 북구)'),
  V('2026', '꿈꾸는도서관', addr_contains='대구'), M('2026', '꿈꾸는도서관', addr_contains='대구'))
F('lib-꿈꾸는도서관-진주', D('꿈꾸는 도서관 (진주 남강휴먼빌)'),
  V('2026', '꿈꾸는 도서관', addr_contains='진주시'), V('2023', '꿈꾸는 도서관', addr_contains='진주시'))
F('lib-꿈꾸는도서관-합천', D('꿈꾸는 도서관 (합천군 가회면)'),
  V('2026', '꿈꾸는 도서관', addr_contains='합천군'))
F('lib-Sk뷰꿈꾸는도서관-인천중구', D('Sk뷰 꿈꾸는 도서관 (2023 row carries a wrong latitude 38.386494)'),
  V('2026', 'Sk뷰 꿈꾸는 도서관'), V('2023', 'Sk뷰 꿈꾸는 도서관'))
F('lib-꿈꾸는도서관in휴포레', D('꿈꾸는도서관in휴포레 (대구 달서구)'),
  V('2026', '꿈꾸는도서관in휴포레'))
F('lib-달동작은도서관-울산남구', D('달동 마을문고 (2023) -> 달동 작은도서관 (2026)'),
  V('2026', '달동 작은도서관'), V('2023', '달동 마을문고'))
F('lib-대현동작은도서관-울산남구', D('대현동 마을문고 (2023) -> 대현동 작은도서관 (2026)'),
  V('2026', '대현동 작은도서관'), V('2023', '대현동 마을문고'))
F('lib-수암동작은도서관-울산남구', D('수암동 마을문고 (2023) -> 수암동 작은도서관 (2026)'),
  V('2026', '수암동 작은도서관'), V('2023', '수암동 마을문고'))
F('lib-미소작은도서관-울산남구', D('미소나눔도서관 (2023) -> 미소작은도서관 (2026)'),
  V('2026', '미소작은도서관'), V('2023', '미소나눔도서관'))
F('lib-두산미소도서관-달서', D('두산미소도서관 (대구 달서구)'),
  V('2026', '두산미소도서관'))
F('lib-호반써밋명지국제작은도서관', D('명지호반베르디움2차작은도서관 (2023) -> 호반써밋명지국제작은도서관 (2026)'),
  V('2026', '호반써밋명지국제작은도서관'), V('2023', '명지호반베르디움2차작은도서관'))
F('lib-더힐시그니처작은도서관', D('더에듀팰리스부영작은도서관 (2023) -> 더힐시그니처작은도서관 (2026)'),
  V('2026', '더힐시그니처작은도서관'), V('2023', '더에듀팰리스부영작은도서관'))
F('lib-당하동책이있는쉼터', D('당하동 꿈도서관 (2023) -> 당하동 책이있는쉼터 (2026)'),
  V('2026', '당하동 책이있는쉼터'), V('2023', '당하동 꿈도서관'))
F('lib-행복마루작은도서관-부산진', D('양정1동작은도서관 (2023) -> 행복마루작은도서관 (2026)'),
  V('2026', '행복마루작은도서관'), V('2023', '양정1동작은도서관'))
F('lib-범천작은도서관-부산진', D('범천2동작은도서관 (2023, 051-605-6976) -> 범천작은도서관 (2026, 051-605-6971)'),
  V('2026', '범천작은도서관'), V('2023', '범천2동작은도서관'),
  G('2026', '범천작은도서관', kind='작은도서관', homepage=False))
F('lib-기아행복마루작은도서관-화성', D('기아행복마루작은도서관 (화성시 우정읍; 2026 row adds 만세구)'),
  V('2026', '기아행복마루작은도서관'), V('2023', '기아행복마루작은도서관'))
F('lib-늘샘드리공립작은도서관', D('늘샘드리마을도서관 (2023) -> 늘샘드리공립작은도서관 (2026)'),
  V('2026', '늘샘드리공립작은도서관'), V('2023', '늘샘드리마을도서관'))
F('lib-전주책마루어린이작은도서관', D('전주책마루어린이작은도서관 (2023 전라북도, 2026 전북특별자치도)'),
  V('2026', '전주책마루어린이작은도서관'), V('2023', '전주책마루어린이작은도서관', addr_contains='전라북도'))
F('lib-우장산숲속도서관', D('우장산숲속도서관 (서울 강서구)'),
  V('2026', '우장산숲속도서관'), V('2023', '우장산숲속도서관'))
F('lib-오동숲속도서관', D('오동숲속도서관 (서울 성북구)'),
  V('2026', '오동숲속도서관'), M('2026', '오동숲속도서관'))
F('lib-삼청공원숲속도서관', D('삼청공원 숲속도서관 (서울 종로구)'),
  V('2026', '삼청공원 숲속도서관'),
  L('maker_map_en', 'Samcheong Park Forest Library', '134-3 Bukchon-ro, Jongno-gu, Seoul', phone='+82-2-734-3900',
    lat='37.587979', lon='126.984085', kind='library'))
F('lib-옥구공원숲속도서관', D('옥구공원숲속도서관 (시흥시)'),
  V('2026', '옥구공원숲속도서관'))
F('lib-청라호수도서관', D('청라호수도서관 (2023 인천 서구 row with phone; 2026 인천광역시 row without)'),
  V('2026', '청라호수도서관'), V('2023', '청라호수도서관', provider='인천광역시 서구'))
F('lib-청라국제도서관', D('청라국제도서관 (2023 인천 서구 row with phone; 2026 인천광역시 row without)'),
  V('2026', '청라국제도서관'), V('2023', '청라국제도서관', provider='인천광역시 서구'))
F('lib-제남도서관-서귀포', D('제남도서관 (제주특별자치도교육청)'),
  V('2026', '제남도서관'), M('2026', '제남도서관', display_name='제주특별자치도교육청 제남도서관'))
F('lib-송악도서관-서귀포', D('송악도서관 (제주특별자치도교육청; 2023 동일하모로 149번길, 2026 동일하모로149번길)'),
  V('2026', '송악도서관'), V('2023', '송악도서관'))
F('lib-전남교육청광양도서관', D('전라남도교육청광양도서관'),
  V('2026', '전라남도교육청광양도서관'), M('2026', '전라남도교육청광양도서관', display_name='광양도서관'))
F('lib-전남교육청구례도서관', D('전라남도교육청구례도서관'),
  V('2026', '전라남도교육청구례도서관'), V('2023', '전라남도교육청구례도서관'))
F('lib-광명도서관', D('광명도서관 (광명시, gmlib.gm.go.kr)'),
  V('2026', '광명도서관'), V('2023', '광명도서관'),
  L('maker_map_en', 'Gwangmyeong Library', '48 Wongwangmyeongan-ro, Gwangmyeong-si, Gyeonggi-do',
    phone='+82-2-2680-6541', lat='37.465300', lon='126.851415', kind='library'))
F('lib-철산도서관-광명', D('철산도서관 (광명시, gmlib.gm.go.kr)'),
  V('2026', '철산도서관'))
F('lib-하안도서관-광명', D('하안도서관 (광명시, gmlib.gm.go.kr)'),
  V('2026', '하안도서관'), M('2026', '하안도서관'))

# ---------------------------------------------------------------- maker spaces, 무한상상실, centres
F('ms-gwangmyeong-library-makerspace', 'pages: ' + GM1 + ' ; ' + GM2,
  L('news_article', '광명도서관 메이커스페이스', '광명시 광명도서관', kind='메이커스페이스'),
  L('city_maker_guide', '광명도서관 메이커스페이스', '원광명안로 48 (광명도서관)', phone=dot_phone('02-2680-6541'),
    homepage='gmlib.gm.go.kr', kind='메이커스페이스'),
  L('news_article', '광명시 광명도서관 메이커스페이스 (새단장)', '경기 광명시', kind='메이커스페이스'))
F('mh-jbnu-jeonbuk', 'pages: ' + JBNU,
  L('muhan_portal', '전북대학교 무한상상실', '전북대학교 글로벌인재관', kind='무한상상실(거점)'),
  L('news_article', '전북대 무한상상실 (무한상상실 전북 거점센터)', '전라북도 전주 전북대 글로벌인재관', kind='무한상상실'),
  L('maker_map_en', 'Jeonbuk National University Muhan Sangsangsil', 'Global Human Resources Hall, JBNU, Jeonju',
    kind='makerspace'))
F('other-kumoh-muhansangsang-space', 'pages: ' + KUMOH,
  L('news_article', '금오공과대학교 무한상상공간', '금오공대 글로벌관', kind='창의공간'))
F('ms-kumoh-general-lab', 'pages: ' + NEWS1,
  L('news_article', '금오공과대 메이커스페이스 일반랩', '경북 구미', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '금오공과대학교 메이커스페이스', '경상북도 구미시', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Kumoh National Institute of Technology Makerspace', 'Gumi-si, Gyeongsangbuk-do',
    kind='makerspace'))
F('ms-gumi-electronics-pro-lab', 'pages: ' + NEWS1,
  L('news_article', '구미전자정보기술원 메이커스페이스 전문랩', '경북 구미', kind='메이커스페이스 전문랩'),
  L('makeall_portal', '구미전자정보기술원 메이커 스페이스', '경상북도 구미시', kind='메이커스페이스 전문랩'))
F('ms-hongik-sejong-pro-lab', 'pages: ' + NEWS1,
  L('news_article', '홍익대(세종) 메이커스페이스 전문랩', '세종', kind='메이커스페이스 전문랩'),
  L('makeall_portal', '홍익대학교 메이커스페이스', '세종특별자치시', kind='메이커스페이스 전문랩'),
  L('maker_map_en', 'Hongik University Makerspace (Sejong)', 'Sejong', kind='makerspace'))
F('ms-gangwon-ipa-pro-lab', 'pages: ' + NEWS1,
  L('news_article', '강원정보산업진흥원 메이커스페이스 전문랩', '강원도 춘천', kind='메이커스페이스 전문랩'),
  L('makeall_portal', '강원정보산업진흥원 메이커 스페이스 (춘천)', '강원특별자치도 춘천시', kind='메이커스페이스 전문랩'))
F('ms-mokpo-univ-pro-lab', 'pages: ' + NEWS1,
  L('news_article', '목포대 메이커스페이스 전문랩', '전남 무안', kind='메이커스페이스 전문랩'),
  L('makeall_portal', '국립목포대학교 메이커스페이스', '전라남도 무안군', kind='메이커스페이스 전문랩'))
F('ms-daegu-tp-pro-lab', 'pages: ' + NEWS1,
  L('news_article', '대구테크노파크 메이커스페이스 전문랩', '대구', kind='메이커스페이스 전문랩'),
  L('maker_map_en', 'Daegu Technopark Makerspace', 'Daegu', kind='makerspace'))
F('ms-hwandonghae-uljin', 'pages: ' + NEWS1,
  L('news_article', '환동해산업연구원 메이커스페이스 일반랩', '경북 울진', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '환동해산업연구원 메이커 스페이스', '경상북도 울진군', kind='메이커스페이스 일반랩'))
F('ms-koa-seoul', 'pages: ' + NEWS1,
  L('news_article', '케이오에이 메이커스페이스 일반랩', '서울', kind='메이커스페이스 일반랩'))
F('ms-baewha-seoul', 'pages: ' + NEWS1,
  L('news_article', '배화여대 메이커스페이스 일반랩', '서울', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '배화여자대학교 메이커스페이스', '서울특별시', kind='메이커스페이스 일반랩'))
F('ms-naraemotor-seoul', 'pages: ' + NEWS1,
  L('news_article', '나래모터 메이커스페이스 일반랩', '서울', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Narae Motor Makerspace', 'Seoul', kind='makerspace'))
F('ms-eulji-seongnam', 'pages: ' + NEWS1,
  L('news_article', '을지대 메이커스페이스 일반랩', '경기 성남', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '을지대학교 메이커스페이스', '경기도 성남시', kind='메이커스페이스 일반랩'))
F('ms-baekseok-culture-cheonan', 'pages: ' + NEWS1,
  L('news_article', '백석문화대 메이커스페이스 일반랩', '충남 천안', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '백석문화대학교 메이커스페이스', '충청남도 천안시', kind='메이커스페이스 일반랩'))
F('ms-kongju-cheonan', 'pages: ' + NEWS1,
  L('news_article', '공주대(천안) 메이커스페이스 일반랩', '충남 천안', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '공주대학교 메이커스페이스', '충청남도 천안시', kind='메이커스페이스 일반랩'))
F('ms-suwon-sustainable-foundation', 'pages: ' + NEWS1,
  L('news_article', '수원시지속가능도시재단 메이커스페이스 일반랩', '경기 수원', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '(재)수원시지속가능도시재단 메이커스페이스', '경기도 수원시', kind='메이커스페이스 일반랩'))
F('ms-sangji-mdn', 'pages: ' + SANGJI + ' ; ' + NEWS1,
  L('news_article', '상지대 메이커스페이스 일반랩', '강원도 원주', kind='메이커스페이스 일반랩'),
  L('city_maker_guide', '상지 MDN 센터', '상지대학교 민주관 1층', kind='메이커스페이스'),
  L('makeall_portal', '상지대학교 메이커스페이스(상지 MDN 센터)', '강원특별자치도 원주시 상지대학교 민주관 1층',
    kind='메이커스페이스 일반랩'))
F('ms-catholic-sangji-andong', 'pages: ' + NEWS1,
  L('news_article', '가톨릭상지대 메이커스페이스 일반랩', '경북 안동', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '가톨릭상지대학교 메이커스페이스', '경상북도 안동시', kind='메이커스페이스 일반랩'))
F('ms-yonsei-wonju-general-lab', 'pages: ' + NEWS1,
  L('news_article', '연세대(원주) 메이커스페이스 일반랩', '강원 원주', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Yonsei University (Wonju) Makerspace', 'Wonju-si, Gangwon-do', kind='makerspace'))
F('ms-dmb-incheon-metal', 'pages: ' + NEWS1,
  L('news_article', '디엠비 메이커스페이스 특화랩(금속)', '인천', kind='메이커스페이스 특화랩'),
  L('makeall_portal', '디엠비 특화랩', '인천광역시', kind='메이커스페이스 특화랩'))
F('ms-ctns-changwon-battery', 'pages: ' + NEWS1,
  L('news_article', '씨티엔에스 메이커스페이스 특화랩(이차전지)', '경남 창원', kind='메이커스페이스 특화랩'),
  L('makeall_portal', '씨티엔에스 특화랩', '경상남도 창원시', kind='메이커스페이스 특화랩'))
F('ms-pathfinder-busan-iot', 'pages: ' + NEWS1,
  L('news_article', '패스파인더 메이커스페이스 특화랩(IoT)', '부산', kind='메이커스페이스 특화랩'),
  L('maker_map_en', 'Pathfinder IoT Makerspace', 'Busan', kind='makerspace'))
F('other-busan-grand-ict-center', 'pages: ' + GICT1 + ' ; ' + GICT2,
  L('news_article', '동남권 그랜드 ICT연구센터', '부산 해운대구 우동 큐비e센텀 4층', kind='ICT연구센터'),
  L('news_article', '동남권 그랜드ICT연구센터 (부산대)', '부산시 센텀시티 큐비e센텀 빌딩', kind='ICT연구센터'),
  L('maker_map_en', 'Dongnam Grand ICT Research Center', '4F Cube e-Centum, U-dong, Haeundae-gu, Busan',
    kind='research centre'))
F('other-jeonnam-ict-innovation-square', 'pages: ' + JNICT,
  L('news_article', '전남ICT이노베이션스퀘어', '광양커뮤니티센터 내', kind='ICT 교육시설'),
  L('city_maker_guide', '전남 ICT 이노베이션스퀘어', '광양커뮤니티센터 2층 프로젝트룸', homepage='www.eshare.go.kr',
    kind='ICT 교육시설'))
F('sg-mapo-seogyo-print', 'pages: ' + SG2020 + ' ; ' + SG2020b,
  L('sogongin_press', '서울 마포 소공인 복합지원센터 (인쇄)', '서울 마포구 서교동', kind='소공인복합지원센터'),
  L('news_article', '마포구 소공인 복합지원센터', '서울 마포구', kind='소공인복합지원센터'))
F('sg-daegu-pyeongri-apparel', 'pages: ' + SG2018,
  L('sogongin_press', '대구 평리동 소공인특화지원센터 (의류제조)', '대구 서구 평리동', kind='소공인특화지원센터'),
  L('news_article', '대구 서구 평리동 소공인 특화지원센터', '대구시 서구 평리동', kind='소공인특화지원센터'))
F('sg-gg-yongin-electronics', 'pages: ' + SG2025 + ' ; ' + SG2025b,
  L('sogongin_press', '용인 소공인 복합지원센터 (전자부품)', '경기 용인시', kind='소공인복합지원센터'),
  L('news_article', '용인시산업진흥원 소공인 복합지원센터', '경기 용인', kind='소공인복합지원센터'))
F('sg-gg-hwaseong-machinery', 'pages: ' + SG2025 + ' ; ' + SG2025b,
  L('sogongin_press', '화성 소공인 복합지원센터 (기계장비)', '경기 화성시', kind='소공인복합지원센터'),
  L('news_article', '화성시도시형소공인협의회 소공인 복합지원센터', '경기 화성', kind='소공인복합지원센터'))
F('sg-gg-seongnam-sangdaewon-food', 'pages: ' + SG2025 + ' ; ' + SG2025b,
  L('sogongin_press', '성남 소공인 복합지원센터 (식료품)', '경기 성남시 상대원동', kind='소공인복합지원센터'),
  L('news_article', '성남산업진흥원 소공인 복합지원센터', '성남시 상대원동', kind='소공인복합지원센터'))

# ---------------------------------------------------------------- hard cases
H = []


def C(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


DATA = 'library_2026.csv / library_2023_2024.csv rows named in the table'
S, X = 'same', 'different'
# P1 shared portal host
C('P1 shared portal host', S, [('ms-gwangmyeong-library-makerspace', 1), ('ms-gwangmyeong-library-makerspace', 2)],
  'The guide card prints gmlib.gm.go.kr, the portal of all 광명시 libraries (광명, 철산, 하안 print it too); the '
  'homepage is no evidence. Name and the host library tie the two listings together.', GM1 + ' ; ' + GM2)
C('P1 shared portal host', S, [('other-jeonnam-ict-innovation-square', 1), ('other-jeonnam-ict-innovation-square', 2)],
  'www.eshare.go.kr is the national 공유누리 booking portal, not the facility site. Both listings name 전남ICT이노베이션스퀘어 '
  'inside 광양커뮤니티센터.', JNICT)
# P2 English vs Hangul
for cid, n in [('lib-삼성도서관-강남', 3), ('lib-책마루도서관-부천', 3), ('lib-해오름도서관-성북', 3), ('lib-삼청공원숲속도서관', 2),
               ('lib-광명도서관', 3)]:
    C('P2 English vs Hangul', S, [(cid, 1), (cid, n)],
      'The English map card is my Revised Romanization of the row\'s road address (number, road, gu, si order), '
      'with the row\'s phone in +82 form and its coordinates rounded; the name is transliterated.', DATA)
C('P2 English vs Hangul', S, [('lib-꿈여울도서관-평창', 2), ('lib-꿈여울도서관-평창', 3)],
  'English card (Gangwon-do) vs the 2023 row (강원도 평창군 미탄면 새터길 24); same road address, phone and coordinates.', DATA)
C('P2 English vs Hangul', S, [('ms-kumoh-general-lab', 2), ('ms-kumoh-general-lab', 3)],
  'Kumoh National Institute of Technology is the official English name of 금오공과대학교; both are the 2021 일반랩 in 구미.',
  NEWS1)
C('P2 English vs Hangul', S, [('mh-jbnu-jeonbuk', 1), ('mh-jbnu-jeonbuk', 3)],
  'JBNU = 전북대학교; 글로벌인재관 rendered as Global Human Resources Hall; the 전북 거점 무한상상실.', JBNU)
C('P2 English vs Hangul', S, [('other-busan-grand-ict-center', 1), ('other-busan-grand-ict-center', 3)],
  '큐비e센텀 4층, 해운대구 우동 rendered in English; one 동남권 그랜드ICT연구센터.', GICT1)
# P3 operator / programme prefix
C('P3 operator / programme prefix-suffix', S, [('sg-gg-yongin-electronics', 1), ('sg-gg-yongin-electronics', 2)],
  'The press list names the centre by city and trade; the article by its operator 용인시산업진흥원. One 2024 경기도 '
  '소공인 복합지원센터 in 용인.', SG2025)
C('P3 operator / programme prefix-suffix', S, [('sg-gg-hwaseong-machinery', 1), ('sg-gg-hwaseong-machinery', 2)],
  'Operator 화성시도시형소공인협의회 prefixed vs "화성 … (기계장비)"; the 2024 경기도 centre for 기계장비.', SG2025)
C('P3 operator / programme prefix-suffix', S, [('sg-gg-seongnam-sangdaewon-food', 1), ('sg-gg-seongnam-sangdaewon-food', 2)],
  'Operator 성남산업진흥원 vs city+trade name; both at 상대원동 식료품 집적지구.', SG2025 + ' ; ' + SG2025b)
C('P3 operator / programme prefix-suffix', S, [('ms-suwon-sustainable-foundation', 1), ('ms-suwon-sustainable-foundation', 2)],
  '(재) legal-form prefix and the programme suffix 일반랩 differ; the operator is a 재단, so the (재) is its legal form.', NEWS1)
C('P3 operator / programme prefix-suffix', S, [('lib-삼성도서관-강남', 1), ('lib-삼성도서관-강남', 2)],
  '구청 card adds 강남구립 and writes 서울시; same address, floor note and phone (02)568-9984).', DATA)
C('P3 operator / programme prefix-suffix', S, [('lib-아름드리도서관-마포', 1), ('lib-아름드리도서관-마포', 2)],
  '마포구립 prefix on the 구청 card, no homepage; the row is the 마포구 작은도서관 at 방울내로7길 11.', DATA)
C('P3 operator / programme prefix-suffix', S, [('lib-제남도서관-서귀포', 1), ('lib-제남도서관-서귀포', 2)],
  'The map card shows the publisher prefix 제주특별자치도교육청; the row name is bare.', DATA)
# P4 brackets
C('P4 bracketed real/English name', S, [('ms-sangji-mdn', 2), ('ms-sangji-mdn', 3)],
  'The portal brackets the space\'s own name 상지 MDN 센터 after 상지대학교 메이커스페이스; the campus guide prints only '
  'the own name. Same 민주관 1층.', SANGJI)
C('P4 bracketed real/English name', S, [('mh-jbnu-jeonbuk', 1), ('mh-jbnu-jeonbuk', 2)],
  'The article brackets the programme role (무한상상실 전북 거점센터) and abbreviates 전북대.', JBNU)
C('P4 bracketed real/English name', S, [('other-busan-grand-ict-center', 2), ('other-busan-grand-ict-center', 1)],
  'The bracket (부산대) names the host university, not another facility; spacing "그랜드ICT" vs "그랜드 ICT".',
  GICT1 + ' ; ' + GICT2)
# P5 abbreviation
for cid, why in [('ms-kumoh-general-lab', '금오공과대 ↔ 금오공과대학교'), ('ms-mokpo-univ-pro-lab', '목포대 ↔ 국립목포대학교 (무안)'),
                 ('ms-hongik-sejong-pro-lab', '홍익대(세종) ↔ 홍익대학교, 세종'), ('ms-baewha-seoul', '배화여대 ↔ 배화여자대학교'),
                 ('ms-eulji-seongnam', '을지대 ↔ 을지대학교 (성남)'), ('ms-catholic-sangji-andong', '가톨릭상지대 ↔ 가톨릭상지대학교'),
                 ('ms-baekseok-culture-cheonan', '백석문화대 ↔ 백석문화대학교')]:
    C('P5 abbreviation', S, [(cid, 1), (cid, 2)], why + '; the selection list (news1) and the portal name one lab.', NEWS1)
# P6 old and new names
for cid in ['lib-달동작은도서관-울산남구', 'lib-미소작은도서관-울산남구', 'lib-호반써밋명지국제작은도서관', 'lib-더힐시그니처작은도서관',
            'lib-당하동책이있는쉼터', 'lib-행복마루작은도서관-부산진', 'lib-늘샘드리공립작은도서관']:
    C('P6 old and new names', S, [(cid, 1), (cid, 2)],
      'Renamed between the 2023 and 2026 snapshots; same road address, phone and coordinates, and no other library '
      'at that address in either file (apartment libraries take the new complex name; 마을문고 became 작은도서관).', DATA)
C('P6 old and new names', S, [('lib-책마루작은도서관-부산진', 1), ('lib-책마루작은도서관-부산진', 2)],
  '부암1동책마루작은도서관 (2023, 051-605-6702) → 책마루작은도서관 (2026, 051-605-6442): the 동 prefix was dropped and '
  'the phone changed; same road address and coordinates, no other library there.', DATA)
C('P6 old and new names', S, [('lib-범천작은도서관-부산진', 1), ('lib-범천작은도서관-부산진', 2), ('lib-범천작은도서관-부산진', 3)],
  '범천2동작은도서관 → 범천작은도서관, phone 6976 → 6971; the 구청 card prints the new name and phone.', DATA)
# P7 building / landmark
C('P7 building / landmark instead of road address', S,
  [('other-busan-grand-ict-center', 1), ('other-busan-grand-ict-center', 2)],
  'Both print only the building (큐비e센텀), one with 우동 and the floor, one with 센텀시티; no road address exists in '
  'either source.', GICT1 + ' ; ' + GICT2)
C('P7 building / landmark instead of road address', S,
  [('ms-gwangmyeong-library-makerspace', 1), ('ms-gwangmyeong-library-makerspace', 3)],
  'One article gives only the host library as address, the other only 경기 광명시.', GM1 + ' ; ' + GM2)
C('P7 building / landmark instead of road address', S,
  [('mh-jbnu-jeonbuk', 2), ('mh-jbnu-jeonbuk', 1)],
  'The address is the campus building 글로벌인재관, not a road address.', JBNU)
# P8 region names
C('P8 old and new region names', S, [('lib-꿈여울도서관-평창', 1), ('lib-꿈여울도서관-평창', 2)],
  '강원도 (2023 row) vs 강원특별자치도 (2026 row), otherwise identical.', DATA)
C('P8 old and new region names', S, [('lib-전주책마루어린이작은도서관', 1), ('lib-전주책마루어린이작은도서관', 2)],
  '전라북도 (2023) vs 전북특별자치도 (2026); the 2023 row also carries two run-together cafe/band URLs as homepage.', DATA)
C('P8 old and new region names', S, [('lib-기아행복마루작은도서관-화성', 1), ('lib-기아행복마루작은도서관-화성', 2)],
  'The 2026 row inserts the new 화성시 구 (만세구) before 우정읍; same road address and phone.', DATA)
C('P8 old and new region names', S, [('ms-gangwon-ipa-pro-lab', 1), ('ms-gangwon-ipa-pro-lab', 2)],
  'The 2021 article writes 강원도 춘천, the portal 강원특별자치도 춘천시.', NEWS1)
C('P8 old and new region names', S, [('ms-sangji-mdn', 1), ('ms-sangji-mdn', 3)],
  '강원도 원주 (2021) vs 강원특별자치도 원주시; 상지대 ↔ 상지대학교.', NEWS1 + ' ; ' + SANGJI)
# P9 시도 vs 시군구 / 교육청
for cid in ['lib-청라호수도서관', 'lib-청라국제도서관']:
    C('P9 same library, 시도 vs 시군구 (or 교육청) publication', S, [(cid, 1), (cid, 2)],
      'The 2026 row is published by 인천광역시 without phone or coordinates; the 2023 row by 인천광역시 서구 with its '
      'phone and coordinates. Same name and road address.', DATA)
C('P9 same library, 시도 vs 시군구 (or 교육청) publication', S,
  [('lib-전남교육청광양도서관', 1), ('lib-전남교육청광양도서관', 2)],
  'The 교육청 row carries the 전라남도교육청 prefix; the map shows 광양도서관. Same address, phone and coordinates.', DATA)
# P11 re-crawl change
C('P11 re-crawl change between snapshots', S, [('lib-Sk뷰꿈꾸는도서관-인천중구', 1), ('lib-Sk뷰꿈꾸는도서관-인천중구', 2)],
  'The 2023 row has latitude 38.386494 (about 100 km north of 인천 중구, an obvious data error); the 2026 row corrects it to '
  '37.4825925. Name, address and phone are identical.', DATA)
C('P11 re-crawl change between snapshots', S, [('lib-꿈샘도서관-은평', 1), ('lib-꿈샘도서관-은평', 2)],
  'The 2023 row prints only 응암로20길 24(응암동) (no 시도/구); the 2026 row 서울특별시 은평구 응암로 20길 24 한성교회 '
  '교육관 1층. Same phone and coordinates to 4 decimals.', DATA)
C('P11 re-crawl change between snapshots', S, [('lib-송악도서관-서귀포', 1), ('lib-송악도서관-서귀포', 2)],
  '동일하모로 149번길 (2023) vs 동일하모로149번길 (2026): spacing of the road name only.', DATA)
C('P11 re-crawl change between snapshots', S, [('lib-옹달샘도서관-부평', 1), ('lib-옹달샘도서관-부평', 2), ('lib-옹달샘도서관-부평', 3)],
  'The 2023 row has a daum cafe homepage, the 2026 row none; the map card none.', DATA)

# N1 two facilities, one building/address
C('N1 two facilities, one building/address', X,
  [('lib-광명도서관', 1), ('lib-광명도서관', 3), ('ms-gwangmyeong-library-makerspace', 2)],
  'The maker space is a 특화 공간 inside 광명도서관 (own rooms, own programmes, own hours: closed Friday); the guide '
  'card prints the library\'s address, phone and portal. A library and its maker space are two facilities.', GM1)
C('N1 two facilities, one building/address', X,
  [('ms-kumoh-general-lab', 2), ('other-kumoh-muhansangsang-space', 1)],
  'Both at 금오공과대학교 in 구미: the 2021 메이커스페이스 일반랩 (중기부) and the 무한상상공간 in 글로벌관 of the '
  'ICT융합 인재양성 programme (미래부, 2015). Different programmes and spaces.', NEWS1 + ' ; ' + KUMOH)
# N2 one operator / portal, several facilities
C('N2 one operator, several facilities', X,
  [('lib-광명도서관', 1), ('lib-철산도서관-광명', 1), ('lib-하안도서관-광명', 1)],
  'Three 광명시 libraries share gmlib.gm.go.kr and the 02-2680 number block; addresses and coordinates differ.', DATA)
C('N2 one operator, several facilities', X,
  [('lib-책마루도서관-부천', 1), ('lib-꿈여울도서관-부천', 1), ('lib-아름드리도서관-부천', 1)],
  'Three 부천시 libraries on www.bcl.go.kr, two with 032-625 numbers; different roads and 구.', DATA)
C('N2 one operator, several facilities', X,
  [('lib-숲속도서관-목포', 1), ('lib-은하수도서관-목포', 1), ('lib-옹달샘도서관-목포', 1)],
  'Three 목포 작은도서관 on www.mokpolib.or.kr, 061-27x/28x numbers, all 상동/용당; different roads.', DATA)
C('N2 one operator, several facilities', X,
  [('sg-gg-yongin-electronics', 1), ('sg-gg-hwaseong-machinery', 1), ('sg-gg-seongnam-sangdaewon-food', 1)],
  'One 경기도 (경과원) programme, three 소공인 복합지원센터 in three cities with three operators and trades.', SG2025)
# N3 one syllable/word
C('N3 names differing by one region syllable', X,
  [('ms-sangji-mdn', 1), ('ms-catholic-sangji-andong', 1)],
  '상지대 (원주) and 가톨릭상지대 (안동) are different institutions; both were 2021 일반랩 in the same list.', NEWS1)
C('N3 names differing by one region syllable', X,
  [('lib-월성푸르지오책마루도서관', 1), ('lib-유곡푸르지오책마루도서관', 1)],
  '월성 (대구 달서구) vs 유곡 (울산 중구) 푸르지오 apartment libraries; only the complex name differs.', DATA)
C('N3 names differing by one region syllable', X,
  [('lib-달동작은도서관-울산남구', 1), ('lib-대현동작은도서관-울산남구', 1), ('lib-수암동작은도서관-울산남구', 1)],
  'Three 울산 남구 주민센터 libraries: names differ by the 동, phones all 052-226-29xx, different roads.', DATA)
# N5 same name / same city
C('N5 same city / same name, different facilities', X,
  [('lib-삼성도서관-음성', 1), ('lib-삼성도서관-강남', 1), ('lib-삼성도서관-강남', 3)],
  '삼성도서관 in 음성군 삼성면 (공공) and in 강남구 삼성1동 주민센터 (작은); same name only.', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-숲속도서관-달서', 1), ('lib-숲속도서관-목포', 1), ('lib-우장산숲속도서관', 1), ('lib-오동숲속도서관', 2),
   ('lib-삼청공원숲속도서관', 2), ('lib-옥구공원숲속도서관', 1)],
  'Six different "숲속" libraries (대구, 목포, 서울 강서/성북/종로, 시흥).', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-은하수도서관-인천중구', 2), ('lib-은하수도서관-목포', 1)],
  '은하수도서관 in 인천 중구 (은하수로 306) and in 목포 (비파로 31).', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-옹달샘도서관-목포', 1), ('lib-옹달샘도서관-부평', 3)], '옹달샘도서관 목포 vs 인천 부평.', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-꿈샘도서관-은평', 2), ('lib-꿈샘도서관-울산동구', 1)],
  'The 2023 은평 row prints no 시도; it must not be attached to the 울산 동구 꿈샘도서관 by name.', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-책마루도서관-울산남구', 1), ('lib-책마루도서관-부천', 3), ('lib-책마루작은도서관-부산진', 1),
   ('lib-책마루작은도서관-서울강서', 2), ('lib-책마루작은도서관-진주', 1)],
  'Five different 책마루 libraries (울산 남구, 부천, 부산진, 서울 강서, 진주).', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-해오름도서관-성북', 3), ('lib-해오름도서관-성남', 3), ('lib-해오름도서관-마포', 2)],
  'Three 해오름도서관; the two English cards are identical in name and differ only in the address.', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-아름드리도서관-부천', 1), ('lib-아름드리도서관-마포', 2)], '아름드리도서관 부천 오정구 vs 서울 마포구.', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-꿈여울도서관-평창', 3), ('lib-꿈여울도서관-부천', 1)], '꿈여울도서관 평창 미탄면 vs 부천 작동.', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-꿈꾸는도서관-울산동구', 1), ('lib-꿈꾸는도서관-대구북구', 2), ('lib-꿈꾸는도서관-진주', 1), ('lib-꿈꾸는도서관-합천', 1),
   ('lib-Sk뷰꿈꾸는도서관-인천중구', 1), ('lib-꿈꾸는도서관in휴포레', 1)],
  'Six different "꿈꾸는 도서관" (울산, 대구 북구, 진주, 합천, 인천 중구, 대구 달서구).', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-미소작은도서관-울산남구', 1), ('lib-두산미소도서관-달서', 1)], '미소작은도서관 울산 vs 두산미소도서관 대구.', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-행복마루작은도서관-부산진', 1), ('lib-기아행복마루작은도서관-화성', 1)], '행복마루 부산진 vs 기아행복마루 화성.', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-청라호수도서관', 1), ('lib-청라국제도서관', 1)],
  'Two 청라 libraries in 인천 서구, both printed by 인천광역시 without phone; different roads.', DATA)
C('N5 same city / same name, different facilities', X,
  [('lib-호반써밋명지국제작은도서관', 1), ('lib-더힐시그니처작은도서관', 1)],
  'Two apartment libraries on 명지국제5로 / 7로, 부산 강서구, phones 051-271-2766 / 3577.', DATA)
C('N5 same city / same name, different facilities', X,
  [('ms-kumoh-general-lab', 1), ('ms-gumi-electronics-pro-lab', 1)],
  'Two 2021 maker spaces in 구미: 금오공대 일반랩 and 구미전자정보기술원 전문랩.', NEWS1)
C('N5 same city / same name, different facilities', X,
  [('ms-baekseok-culture-cheonan', 1), ('ms-kongju-cheonan', 1)],
  'Two 2021 일반랩 in 천안: 백석문화대 and 공주대 (its 천안 campus; not in 공주시).', NEWS1)
C('N5 same city / same name, different facilities', X,
  [('ms-sangji-mdn', 1), ('ms-yonsei-wonju-general-lab', 1)], 'Two 2021 일반랩 in 원주: 상지대 and 연세대.', NEWS1)
C('N5 same city / same name, different facilities', X,
  [('ms-koa-seoul', 1), ('ms-baewha-seoul', 1), ('ms-naraemotor-seoul', 1)],
  'Three 2021 일반랩 in 서울 printed only with "서울".', NEWS1)
C('N5 same city / same name, different facilities', X,
  [('ms-dmb-incheon-metal', 2), ('ms-ctns-changwon-battery', 2), ('ms-pathfinder-busan-iot', 2)],
  'Three 2021 특화랩 with the same name pattern "<company> 특화랩" in 인천, 창원, 부산.', NEWS1)
C('N5 same city / same name, different facilities', X,
  [('ms-pathfinder-busan-iot', 2), ('other-busan-grand-ict-center', 3)],
  'Two ICT facilities in Busan on the English map; different operators and kinds.', NEWS1 + ' ; ' + GICT1)
C('N5 same city / same name, different facilities', X,
  [('lib-전남교육청광양도서관', 2), ('other-jeonnam-ict-innovation-square', 2)],
  '광양 library (중마로 262) vs the ICT square in 광양커뮤니티센터.', DATA + ' ; ' + JNICT)
C('N5 same city / same name, different facilities', X,
  [('sg-mapo-seogyo-print', 2), ('lib-해오름도서관-마포', 2), ('lib-아름드리도서관-마포', 2)],
  'Facilities in 서울 마포구: the 소공인 복합지원센터 (서교동, printed only as 마포구) is not a library.', SG2020)
# N6 branches printing one number block
C('N6 branches printing one head-office number', X,
  [('lib-범천작은도서관-부산진', 3), ('lib-책마루작은도서관-부산진', 1), ('lib-행복마루작은도서관-부산진', 1)],
  'Three 부산진구 작은도서관 on one 구청 library URL, phones all 051-605-xxxx (the 구청 block).', DATA)
# N4 the host runs the maker space
C('N4 centre vs maker space it runs', X,
  [('lib-광명도서관', 2), ('ms-gwangmyeong-library-makerspace', 1)],
  'The article prints the maker space with the host library as its only address ("광명시 광명도서관"); the '
  'library (광명시 운영) runs the space, but the space is its own facility with its own rooms and hours.', GM1 + ' ; ' + GM2)
