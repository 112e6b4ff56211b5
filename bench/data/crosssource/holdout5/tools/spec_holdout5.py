"""Truth of the fifth held-out part: facilities, their listings and the hard cases.

Every facility is real. Library listings are copied from (verbatim) or re-formatted from real rows of
/work/shared/data/opendata/library_2026.csv and library_2023_2024.csv (see libdata.py). Other
facilities come from stored public pages found with the search tool; the URL is in `basis`.
"""
from libdata import verbatim as V, map_listing as M, gu_office as G, L, dot_phone, intl_phone

FAC = []
H = []


def F(cid, basis, *listings):
    FAC.append(dict(cid=cid, basis=basis, listings=[dict((k, v) for k, v in l.items() if k != '_row') for l in listings]))


def C(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


D26, D23 = 'data:library_2026.csv', 'data:library_2023_2024.csv'
MS_SEOUL = 'http://www.gukjenews.com/news/articleView.html?idxno=2012250 ; https://slnews.co.kr/news/articleView.html?idxno=32323'
MS_INCH = 'https://ajunews.com/view/20200514105558196'
MS_2019 = 'https://ir.newspim.com/news/view/20190603000077 ; http://www.kdpress.co.kr/news/articleView.html?idxno=91398'
MS_2018 = 'http://www.makernews.co.kr/news/articleView.html?idxno=476'
BUSAN_SG = 'https://m.nocutnews.co.kr/news/amp/6165912 ; https://cafe.daum.net/_c21_/bbs_read?datanum=1897&fldid=4HGs&grpid=ztBC'
GEN, PRO = '메이커스페이스 일반랩', '메이커스페이스 전문랩'

# ---------------------------------------------------------------- 소공인 centres, 부산
F('sg-busan-beomcheon-jewelry', 'page:http://www.kpgnews.or.kr/bbs/board.php?bo_table=focus_04&wr_id=47 ; https://m.sedaily.com/NewsView/1VPLXQC6S7 ; https://busan.fnnews.com/news/201504131426093834',
  L('sogongin_press', '부산범천귀금속소공인특화센터', '부산 부산진구 범천동 골드테마거리', kind='소공인특화지원센터(귀금속)'),
  L('news_article', '부산경제진흥원 귀금속소공인특화지원센터', '부산진구 범천동', kind='소공인특화지원센터'),
  L('news_article', '범일동 귀금속거리 소공인특화지원센터', '부산 범일동 일대 귀금속 거리(골드테마거리)', kind='소공인특화지원센터'))
F('sg-busan-beomil-sewing', 'page:' + BUSAN_SG + ' ; https://busan.fnnews.com/news/201504131426093834',
  L('sogongin_press', '범일의류제조지원센터', '부산 동구 범일동', kind='소공인특화지원센터(봉제)'),
  L('news_article', '봉제 소공인특화지원센터 (부산디자인센터 주관)', '부산 동구 범일동 진시장 일원', kind='소공인특화지원센터'))
F('sg-busan-beomcheon-shoes', 'page:' + BUSAN_SG,
  L('sogongin_press', '범천가죽가방신발센터', '부산 부산진구 범천동', kind='소공인특화지원센터(신발)'),
  L('news_article', '신발 소공인특화지원센터(동의대학교 주관)', '부산진구 범천동', kind='소공인특화지원센터'))
F('sg-busan-seodong-apparel', 'page:https://m.nocutnews.co.kr/news/amp/6165912 ; https://newspim.com/news/view/20240624000769 ; http://bobbinjournal.com/archives/22892',
  L('sogongin_press', '의류제조 소공인특화지원센터', '부산 금정구 서동', kind='소공인특화지원센터(의류제조)'),
  L('news_article', '(부산경남봉제산업협동조합) 서동 의류제조 소공인특화지원센터', '금정구 서동 의류제조집적지', kind='소공인특화지원센터'))
F('other-busan-seodong-apparel-mfg-center', 'page:http://bobbinjournal.com/archives/22892 ; https://cnbnews.com/news/article.html?no=666808',
  L('news_article', '서동 의류제조지원센터', '부산 금정구 서동', kind='소공인 공동기반시설'))

# ---------------------------------------------------------------- maker spaces, 서울 2020
F('ms-seoul-pixtec', 'page:' + MS_SEOUL,
  L('makeall_portal', '㈜픽스텍 메이커스페이스', '서울', kind=GEN),
  L('news_article', '픽스텍 메이커 스페이스', '서울', kind='메이커스페이스(제조)'))
F('ms-duksung-makerspace', 'page:' + MS_SEOUL,
  L('makeall_portal', '덕성여자대학교 메이커스페이스', '서울 도봉구', kind=GEN),
  L('news_article', '덕성여대 메이커 스페이스', '서울', kind='메이커스페이스(제조)'),
  L('maker_map_en', "Duksung Women's University Makerspace", 'Dobong-gu, Seoul', kind='makerspace'))
F('ms-seoul-chok', 'page:' + MS_SEOUL,
  L('makeall_portal', '(주)촉 메이커스페이스', '서울', kind=GEN),
  L('news_article', '주식회사 촉 메이커 스페이스', '', kind='메이커스페이스(콘텐츠)'))
F('ms-seoul-graphyzics', 'page:' + MS_SEOUL,
  L('makeall_portal', '그래피직스 메이커스페이스', '서울', kind=GEN),
  L('news_article', '㈜그래피직스 메이커 스페이스', '서울', kind='메이커스페이스(콘텐츠)'))
F('ms-seongdong-library-makerspace', 'page:' + MS_SEOUL,
  L('makeall_portal', '성동구립도서관 메이커스페이스', '서울 성동구 고산자로10길 9 성동문화정보센터', kind=GEN),
  L('city_maker_guide', '성동구립도서관 메이커 스페이스', '성동구 고산자로10길 9', phone=dot_phone('02-2204-6420'),
    homepage='https://www.sdlib.or.kr/SD/main.do', kind='메이커스페이스'))
F('ms-dongyang-mirae-makerspace', 'page:' + MS_SEOUL,
  L('makeall_portal', '동양미래대학교 메이커스페이스', '서울 구로구', kind=GEN),
  L('news_article', '동양미래대 메이커 스페이스', '서울', kind='메이커스페이스(콘텐츠)'),
  L('maker_map_en', 'Dongyang Mirae University Makerspace', 'Guro-gu, Seoul', kind='makerspace'))

# ---------------------------------------------------------------- maker spaces, 인천
F('ms-incheon-youth-edu-coop', 'page:' + MS_INCH,
  L('makeall_portal', '한국청소년교육사회적협동조합 메이커스페이스', '인천', kind=GEN),
  L('news_article', '한국청소년교육사협 메이커 스페이스', '인천', kind='메이커스페이스(제조, 3D프린터)'))
F('ms-incheon-robomecha', 'page:' + MS_INCH,
  L('makeall_portal', '로보메카 메이커스페이스', '인천', kind=GEN),
  L('news_article', '로보메카 메이커 스페이스', '인천', kind='메이커스페이스(제조)'))
F('ms-yonsei-incheon-pro-lab', 'page:' + MS_INCH,
  L('makeall_portal', '연세대학교 메이커스페이스 전문랩', '인천 연수구', kind=PRO),
  L('news_article', '연세대 SW 전문랩 (인천 첫 전문랩)', '인천', kind='메이커스페이스 전문랩(ICT)'),
  L('maker_map_en', 'Yonsei University Makerspace Pro Lab', 'Yeonsu-gu, Incheon', kind='makerspace (pro lab)'))
F('ms-inha-tc-makerspace', 'page:' + MS_INCH,
  L('makeall_portal', '인하공업전문대학 메이커스페이스', '인천 미추홀구', kind=GEN),
  L('news_article', '인하공업전문대학 산학협력단 메이커 스페이스', '인천', kind='메이커스페이스'),
  L('maker_map_en', 'Inha Technical College Makerspace', 'Michuhol-gu, Incheon', kind='makerspace'))
F('ms-geomdan-youth-house-makerspace', 'page:' + MS_INCH,
  L('makeall_portal', '검단청소년문화의집 메이커스페이스', '인천 서구', kind=GEN),
  L('news_article', '인천서구시설관리공단 검단청소년문화의집 메이커 스페이스', '인천 서구', kind='메이커스페이스'))
F('ms-incheon-joeun-edutech', 'page:' + MS_INCH,
  L('makeall_portal', '조은에듀테크 메이커스페이스', '인천', kind=GEN),
  L('news_article', '㈜조은에듀테크 메이커 스페이스', '인천', kind='메이커스페이스'))
F('ms-michuhol-social-coop', 'page:' + MS_INCH,
  L('makeall_portal', '미추홀사회적협동조합 메이커스페이스', '인천', kind=GEN),
  L('news_article', '미추홀사회적협동조합 메이커 스페이스', '인천', kind='메이커스페이스'))
F('ms-inu-makerspace', 'page:' + MS_INCH,
  L('makeall_portal', '인천대학교 메이커스페이스', '인천 연수구', kind=GEN),
  L('maker_map_en', 'Incheon National University Makerspace', 'Yeonsu-gu, Incheon', kind='makerspace'))

# ---------------------------------------------------------------- maker spaces, 2019 / 2018 lists
F('ms-nazarene-makerspace', 'page:' + MS_2019,
  L('makeall_portal', '나사렛대학교 메이커스페이스', '충남 천안시', kind='메이커스페이스 일반랩(특화형)'),
  L('news_article', '나사렛대 특화형 일반랩', '천안', kind='메이커스페이스'),
  L('maker_map_en', 'Korea Nazarene University Makerspace', 'Cheonan-si, Chungcheongnam-do', kind='makerspace'))
F('ms-kyungil-makerspace', 'page:' + MS_2019,
  L('makeall_portal', '경일대학교 메이커스페이스', '경북 경산시', kind='메이커스페이스 일반랩(특화형)'),
  L('news_article', '경일대 특화형 메이커 스페이스', '경산', kind='메이커스페이스'),
  L('maker_map_en', 'Kyungil University Makerspace', 'Gyeongsan-si, Gyeongsangbuk-do', kind='makerspace'))
F('ms-pro-etri', 'page:' + MS_2019,
  L('makeall_portal', '한국전자통신연구원 메이커스페이스 전문랩', '대전 유성구', kind=PRO),
  L('news_article', 'ETRI 전문랩', '대전', kind='메이커스페이스 전문랩'),
  L('maker_map_en', 'ETRI Makerspace (Pro Lab)', 'Yuseong-gu, Daejeon', kind='makerspace (pro lab)'))
F('ms-sejong-playcoding', 'page:' + MS_2018,
  L('makeall_portal', '플레이코딩 메이커스페이스', '세종특별자치시', kind=GEN),
  L('news_article', '플레이코딩(유) 메이커 스페이스', '세종', kind='메이커스페이스'))
F('ms-jeju-halla-univ', 'page:' + MS_2018,
  L('makeall_portal', '제주한라대학교 메이커스페이스', '제주특별자치도 제주시', kind=GEN),
  L('news_article', '제주한라대 산학협력단 메이커 스페이스', '제주도', kind='메이커스페이스'))

# ---------------------------------------------------------------- spaces inside libraries
F('mh-seodaemun-ijina', 'page:http://www.sijung.co.kr/news/articleView.html?idxno=110895',
  L('muhan_portal', '이진아기념도서관 무한상상실', '서울 서대문구 독립문공원길 80 이진아기념도서관 3층', phone='02-360-8600',
    kind='무한상상실(소규모)'),
  L('news_article', '서대문구립 이진아기념도서관 무한상상실', '도서관 3층', kind='무한상상실'))
F('ms-dongdaemun-infolib-makerspace', 'page:http://www.ddmnews.co.kr/news_gisa/gisa_view.htm?gisa_category=01110000&gisa_idx=9032',
  L('news_article', '동대문구정보화도서관 메이커스페이스', '', kind='공공도서관 메이커스페이스(문체부 시범)'),
  L('city_maker_guide', '정보화도서관 메이커스페이스 (동대문구시설관리공단)', '동대문구', kind='메이커스페이스'))

# ---------------------------------------------------------------- libraries
F('lib-신트리도서관-부평', D26 + ' rows 신트리도서관/인천광역시교육청신트리도서관/북구도서관; ' + D23,
  V('2026', '신트리도서관', '인천광역시'),
  V('2026', '인천광역시교육청신트리도서관'),
  V('2026', '북구도서관', '인천광역시교육청 인천광역시북구도서관'),
  V('2023', '북구도서관', '인천광역시'))
F('lib-원신흥도서관-유성', D26,
  V('2026', '원신흥도서관', '대전광역시'),
  V('2026', '원신흥도서관', '대전광역시 유성구'),
  M('2026', '원신흥도서관', '대전광역시'))
F('lib-노은도서관-유성', D26,
  V('2026', '노은도서관', '대전광역시'),
  V('2026', '노은도서관', '대전광역시 유성구'),
  G('2026', '노은도서관', '대전광역시 유성구', display_name='유성구립 노은도서관'))
F('lib-신정5동작은도서관-울산남구', D23 + ' / ' + D26,
  V('2023', '신정5동 마을문고'), V('2026', '신정5동 작은도서관'),
  M('2026', '신정5동 작은도서관', display_name='신정5동작은도서관', kind='작은도서관'))
F('lib-옥동작은도서관-울산남구', D23 + ' / ' + D26,
  V('2023', '옥동 마을문고'), V('2026', '옥동 작은도서관'))
F('lib-완주도서관-전북교육청', D23 + ' / ' + D26,
  V('2023', '전라북도교육청완주도서관'), V('2026', '전북특별자치도교육청완주도서관'),
  M('2026', '전북특별자치도교육청완주도서관', display_name='완주도서관'))
F('lib-무주형설지공군립도서관', D23 + ' / ' + D26,
  V('2023', '무주형설지공군립도서관', '전라북도 무주군'), V('2026', '무주형설지공군립도서관'),
  L('maker_map_en', 'Muju Hyeongseoljigong County Library', '7 Choebuk-ro, Muju-eup, Muju-gun, Jeonbuk State', phone=intl_phone('063-320-5622'), kind='public library'))
F('lib-김해글로벗도서관', D23 + ' / ' + D26,
  V('2023', '김해글로벗도서관'), V('2026', '김해글로벗도서관'))
F('lib-문산도서관-파주', D23 + ' / ' + D26,
  V('2023', '문산도서관', '경기도 파주시'), V('2026', '문산도서관', '경기도 파주시'),
  L('maker_map_en', 'Munsan Library', '1671 Bangchon-ro, Munsan-eup, Paju-si, Gyeonggi-do', phone=intl_phone('031-940-8433'), kind='public library'))
F('lib-송산도서관-화성', D23 + ' / ' + D26,
  V('2023', '송산도서관', '경기도 화성시'), V('2026', '송산도서관', '경기도 화성시'))
F('lib-봉담도서관-화성', D23 + ' / ' + D26,
  V('2023', '봉담도서관', '경기도 화성시'), V('2026', '봉담도서관', '경기도 화성시'),
  M('2023', '봉담도서관', '경기도 화성시'))
F('lib-병점도서관-화성', D23 + ' / ' + D26,
  V('2023', '병점도서관', '경기도 화성시'), V('2026', '병점도서관', '경기도 화성시'))
F('lib-영덕도서관-경북교육청', D23 + ' / ' + D26,
  V('2023', '경상북도교육청영덕도서관'), V('2026', '경상북도교육청영덕도서관'))
F('lib-이진아기념도서관', D26,
  V('2026', '이진아기념도서관'), M('2026', '이진아기념도서관'),
  L('maker_map_en', 'Lee Jin-A Memorial Library', '80 Dongnimmungongwon-gil, Seodaemun-gu, Seoul', phone=intl_phone('02-360-8600'), kind='public library'),
  G('2026', '이진아기념도서관', display_name='서대문구립 이진아기념도서관'))
F('lib-성동구립도서관', D26 + ' / ' + D23,
  V('2026', '성동구립도서관'), V('2023', '성동구립도서관'),
  G('2026', '성동구립도서관', addr_override='서울시 성동구 고산자로10길 9 (성동문화정보센터)'))
# same names, different cities
F('lib-송정작은도서관-강서', D26, V('2026', '송정작은도서관', '서울특별시 강서구'), M('2026', '송정작은도서관', '서울특별시 강서구', kind='작은도서관'))
F('lib-송정작은도서관-군포', D26, V('2026', '송정작은도서관', '경기도 군포시'))
F('lib-송정작은도서관-안성', D26, V('2026', '송정작은도서관', '경기도 안성시'), V('2023', '송정작은도서관', '경기도 안성시'))
F('lib-글마루작은도서관-인천중구', D26, V('2026', '글마루작은도서관', '인천광역시 중구'))
F('lib-글마루작은도서관-홍성', D26, V('2026', '글마루작은도서관', '충청남도 홍성군'))
F('lib-글마루작은도서관-부천', D26, V('2026', '글마루작은도서관', '경기도 부천시'), V('2023', '글마루작은도서관', '경기도 부천시'))
F('lib-글마루작은도서관-고창', D23 + ' / ' + D26, V('2023', '글마루작은도서관', '전라북도 고창군'), V('2026', '글마루작은도서관', '전북특별자치도 고창군'))
F('lib-민들레작은도서관-시흥', D26, V('2026', '민들레작은도서관', '경기도 시흥시'))
F('lib-민들레작은도서관-부평', D26, V('2026', '민들레작은도서관', '인천광역시 부평구'), M('2026', '민들레작은도서관', '인천광역시 부평구', kind='작은도서관'))
F('lib-민들레작은도서관-인천서구', D26, V('2026', '민들레작은도서관', '인천광역시 서구'))
F('lib-샘터작은도서관-광진', D26, V('2026', '샘터작은도서관', '서울특별시 광진구'))
F('lib-샘터작은도서관-은평', D23 + ' / ' + D26, V('2023', '샘터작은도서관', '서울특별시 은평구'), V('2026', '샘터작은도서관', '서울특별시 은평구'))
F('lib-남산작은도서관-대구중구', D26, V('2026', '남산작은도서관', '대구광역시 중구'))
F('lib-남산작은도서관-강릉', D23 + ' / ' + D26, V('2023', '남산작은도서관', '강원도 강릉시'), V('2026', '남산작은도서관', '강원특별자치도 강릉시'))
F('lib-매화작은도서관-횡성', D23 + ' / ' + D26, V('2023', '매화작은도서관', '강원도 횡성군'), V('2026', '매화작은도서관', '강원특별자치도 횡성군'))
F('lib-매화작은도서관-울진', D26, V('2026', '매화작은도서관', '경상북도 울진군'))
F('lib-매화작은도서관-대구북구', D26, V('2026', '매화작은도서관', '대구광역시 북구'))
F('lib-성산작은도서관-군산', D23 + ' / ' + D26, V('2023', '성산작은도서관', '전라북도 군산시'), V('2026', '성산작은도서관', '전북특별자치도 군산시'))
F('lib-성산작은도서관-광주북구', D26, V('2026', '성산작은도서관', '광주광역시 북구'))
F('lib-새싹작은도서관-남원', D23 + ' / ' + D26, V('2023', '새싹작은도서관', '전라북도 남원시'), V('2026', '새싹작은도서관', '전북특별자치도 남원시'))
F('lib-새싹작은도서관-진주', D26, V('2026', '새싹작은도서관', '경상남도 진주시'))
F('lib-새싹작은도서관-서대문', D26, V('2026', '새싹작은도서관', '서울특별시 서대문구'))
F('lib-중앙동새싹작은도서관-관악', D26, V('2026', '중앙동 새싹작은도서관'))
F('lib-파랑새작은도서관-서대문', D26, V('2026', '파랑새작은도서관', '서울특별시 서대문구'))
F('lib-파랑새작은도서관-노원', D26, V('2026', '파랑새작은도서관', '서울특별시 노원구'))
F('lib-성현동파랑새작은도서관-관악', D26, V('2026', '성현동 파랑새작은도서관'))
F('lib-푸른숲작은도서관-거제', D26, V('2026', '푸른숲작은도서관', '경상남도 거제시'))
F('lib-푸른숲작은도서관-목포', D23 + ' / ' + D26, V('2023', '푸른숲작은도서관', '전라남도 목포시'), V('2026', '푸른숲작은도서관', '전라남도 목포시'))
F('lib-푸른숲작은도서관-노원', D26, V('2026', '푸른숲작은도서관', '서울특별시 노원구'), G('2026', '푸른숲작은도서관', '서울특별시 노원구', kind='작은도서관'))
F('lib-청림동푸른숲작은도서관-관악', D26, V('2026', '청림동 푸른숲작은도서관'))
F('lib-한울작은도서관-홍성', D26, V('2026', '한울작은도서관', '충청남도 홍성군'))
F('lib-한울작은도서관-노원', D26, V('2026', '한울작은도서관', '서울특별시 노원구'))
# one address, two small libraries
F('lib-예그리나작은도서관-광주북구', D23 + ' / ' + D26, V('2023', '예그리나작은도서관'), V('2026', '예그리나작은도서관'))
F('lib-하늘사랑작은도서관-광주북구', D26, V('2026', '하늘사랑작은도서관'))
F('lib-운암산아이파크작은도서관-광주북구', D26, V('2026', '운암산아이파크작은도서관'))
F('lib-들꽃도서관-광주북구', D26, V('2026', '들꽃도서관'))
F('lib-물푸레작은도서관-은평', D23 + ' / ' + D26, V('2023', '물푸레작은도서관'), V('2026', '물푸레작은도서관(물푸레수푸레 작은도서관)'))
F('lib-모퉁이작은도서관-은평', D23 + ' / ' + D26, V('2023', '모퉁이작은도서관(은평뉴타운 상림마을 14단지 마을문고)'),
  V('2026', '모퉁이작은도서관(은평뉴타운 상림마을 14단지 마을문고)-미운영'))
F('lib-모퉁이작은도서관-대구북구', D26, V('2026', '모퉁이작은도서관', '대구광역시 북구'))
F('lib-두근두근작은도서관-은평', D23 + ' / ' + D26, V('2023', '두근두근작은도서관 (마고정 3단지 도서관)'), V('2026', '두근두근작은도서관(마고정 3단지 도서관)'))

# ================================================================ hard cases
S, X = 'same', 'different'
P = 'library_2026.csv / library_2023_2024.csv rows as printed'
C('P1 shared portal host', S, [('lib-봉담도서관-화성', 1), ('lib-봉담도서관-화성', 2), ('lib-봉담도서관-화성', 3)],
  'All 화성 libraries print www.hscitylib.or.kr; the host says nothing. Same name, same road address (샘마을1길 8-4) and phone 031-227-7281; 2026 adds 효행구.', P)
C('N2 one operator / portal, several facilities', X, [('lib-송산도서관-화성', 2), ('lib-봉담도서관-화성', 2), ('lib-병점도서관-화성', 2)],
  'Three 화성시 libraries share the portal www.hscitylib.or.kr and the publisher, but have different names, roads and phones.', P)
C('P2 English vs Hangul', S, [('lib-이진아기념도서관', 1), ('lib-이진아기념도서관', 3)],
  'Revised Romanization of 독립문공원길 80, 서대문구 in road-number-gu-si order; +82-2-360-8600 is 02-360-8600.', P)
C('P2 English vs Hangul', S, [('lib-문산도서관-파주', 2), ('lib-문산도서관-파주', 3)],
  '1671 Bangchon-ro, Munsan-eup, Paju-si = 파주시 문산읍 방촌로 1671; phone identical in +82 form.', P)
C('P2 English vs Hangul', S, [('lib-무주형설지공군립도서관', 2), ('lib-무주형설지공군립도서관', 3)],
  'Muju Hyeongseoljigong County Library = 무주형설지공군립도서관 (군립 = County); 7 Choebuk-ro = 최북로 7; Jeonbuk State = 전북특별자치도.', P)
C('P2 English vs Hangul', S, [('ms-duksung-makerspace', 1), ('ms-duksung-makerspace', 3)],
  "Duksung Women's University = 덕성여자대학교 (official English name); both place it in 도봉구 (campus location, derived).", MS_SEOUL)
C('P2 English vs Hangul', S, [('ms-pro-etri', 1), ('ms-pro-etri', 2), ('ms-pro-etri', 3)],
  'ETRI is the official English acronym of 한국전자통신연구원, the 2019 전문랩 operator in 대전 (campus 유성구, derived).', MS_2019)
C('P2 English vs Hangul', S, [('ms-nazarene-makerspace', 1), ('ms-nazarene-makerspace', 3)],
  'Korea Nazarene University is the official English name of 나사렛대학교 (천안); 특화형 일반랩 2019.', MS_2019)
C('P3 operator / programme prefix', S, [('sg-busan-seodong-apparel', 1), ('sg-busan-seodong-apparel', 2)],
  'The press prints the operator (부산경남봉제산업협동조합) in brackets before the centre name; same 2024 centre in 금정구 서동.', 'https://m.nocutnews.co.kr/news/amp/6165912')
C('P3 operator / programme prefix', S, [('ms-geomdan-youth-house-makerspace', 1), ('ms-geomdan-youth-house-makerspace', 2)],
  'Operator 인천서구시설관리공단 prefixed to 검단청소년문화의집; same maker space.', MS_INCH)
C('P3 operator / programme prefix', S, [('sg-busan-beomcheon-jewelry', 1), ('sg-busan-beomcheon-jewelry', 2)],
  '부산경제진흥원 is the operator of the 범천 귀금속 centre; one prints the operator, the other the place.', 'http://www.kpgnews.or.kr/bbs/board.php?bo_table=focus_04&wr_id=47 ; https://m.sedaily.com/NewsView/1VPLXQC6S7')
C('P3 operator / programme prefix', S, [('lib-이진아기념도서관', 1), ('lib-이진아기념도서관', 4)],
  '구청 page prefixes 서대문구립; phone 02)360-8600 vs 02-360-8600.', P)
C('P4 bracketed real name', S, [('lib-물푸레작은도서관-은평', 1), ('lib-물푸레작은도서관-은평', 2)],
  'The 2026 row adds the bracketed full name (물푸레수푸레 작은도서관) and a doubled 은평구; same address 상림마을 742동 1층 and phone.', P)
C('P4 bracketed real name', S, [('lib-두근두근작은도서관-은평', 1), ('lib-두근두근작은도서관-은평', 2)],
  'Bracket (마고정 3단지 도서관) names the apartment; spacing before the bracket differs; same phone 070-7325-1307.', P)
C('P5 abbreviation', S, [('ms-duksung-makerspace', 1), ('ms-duksung-makerspace', 2)], '덕성여대 = 덕성여자대학교.', MS_SEOUL)
C('P5 abbreviation', S, [('ms-dongyang-mirae-makerspace', 1), ('ms-dongyang-mirae-makerspace', 2), ('ms-dongyang-mirae-makerspace', 3)], '동양미래대 = 동양미래대학교 = Dongyang Mirae University.', MS_SEOUL)
C('P5 abbreviation', S, [('ms-kyungil-makerspace', 1), ('ms-kyungil-makerspace', 2)], '경일대 = 경일대학교, 경산.', MS_2019)
C('P5 abbreviation', S, [('ms-incheon-youth-edu-coop', 1), ('ms-incheon-youth-edu-coop', 2)], '사협 = 사회적협동조합.', MS_INCH)
C('P6 old and new names', S, [('lib-신트리도서관-부평', 1), ('lib-신트리도서관-부평', 2), ('lib-신트리도서관-부평', 3), ('lib-신트리도서관-부평', 4)],
  '인천광역시교육청 북구도서관 was renamed 신트리도서관: both names at 신트리로 21 with 032-363-5000, the homepage path /bukgu → /shintree; the 2026 file still carries an old-name row (2024-08) next to the new ones, and the 시도 rows have no phone.', P)
C('P6 old and new names', S, [('lib-신정5동작은도서관-울산남구', 1), ('lib-신정5동작은도서관-울산남구', 2), ('lib-신정5동작은도서관-울산남구', 3)],
  '마을문고 (2023) → 작은도서관 (2026); same 주민센터 address and 052-226-2552.', P)
C('P6 old and new names', S, [('lib-옥동작은도서관-울산남구', 1), ('lib-옥동작은도서관-울산남구', 2)], '옥동 마을문고 → 옥동 작은도서관, same address/phone.', P)
C('P6 old and new names', S, [('lib-김해글로벗도서관', 1), ('lib-김해글로벗도서관', 2)],
  'Moved: 가락로 81 (2023) → 진영읍 본산로 27-13 3층 (2026); same name, phone 055-338-1616 and homepage.', P)
C('P6 old and new names', S, [('lib-문산도서관-파주', 1), ('lib-문산도서관-파주', 2)], 'Moved: 개포래로 42 → 방촌로 1671; same phone and homepage /mslib.', P)
C('P6 old and new names', S, [('lib-영덕도서관-경북교육청', 1), ('lib-영덕도서관-경북교육청', 2)], 'Moved: 군청길 102 → 영덕로 201; same phone and /yd homepage.', P)
C('P6 old and new names', S, [('lib-푸른숲작은도서관-목포', 1), ('lib-푸른숲작은도서관-목포', 2)], 'Moved: 남악1로 52번가길 2 → 동부로31번길 20; same phone 061-270-4963.', P)
C('P7 building / landmark address', S, [('lib-성동구립도서관', 1), ('lib-성동구립도서관', 3)],
  'The 구청 page writes 서울시 … (성동문화정보센터) without 행당동; the building name is the landmark.', P)
C('P7 building / landmark address', S, [('sg-busan-beomcheon-jewelry', 1), ('sg-busan-beomcheon-jewelry', 3)],
  'The 2015 selection article prints the street (범일동 일대 귀금속 거리 = 골드테마거리) instead of 범천동; the later pages place the same centre in 범천동 골드테마거리, which spans 범일·범천동.', 'https://busan.fnnews.com/news/201504131426093834 ; http://www.kpgnews.or.kr/bbs/board.php?bo_table=focus_04&wr_id=47')
C('P8 old and new region names', S, [('lib-완주도서관-전북교육청', 1), ('lib-완주도서관-전북교육청', 2), ('lib-완주도서관-전북교육청', 3)],
  '전라북도 → 전북특별자치도 even inside the library name (…교육청완주도서관); the map shows only 완주도서관.', P)
C('P8 old and new region names', S, [('lib-무주형설지공군립도서관', 1), ('lib-무주형설지공군립도서관', 2)], '전라북도 + old address 한풍루로 326-17 vs 전북특별자치도 + 최북로 7 (also moved); same phone.', P)
C('P8 old and new region names', S, [('lib-남산작은도서관-강릉', 1), ('lib-남산작은도서관-강릉', 2)], '강원도 → 강원특별자치도.', P)
C('P8 old and new region names', S, [('lib-매화작은도서관-횡성', 1), ('lib-매화작은도서관-횡성', 2)], '강원도 → 강원특별자치도.', P)
C('P8 old and new region names', S, [('lib-성산작은도서관-군산', 1), ('lib-성산작은도서관-군산', 2)],
  '전라북도 → 전북특별자치도.', P)
C('P8 old and new region names', S, [('lib-새싹작은도서관-남원', 1), ('lib-새싹작은도서관-남원', 2)], '전라북도 → 전북특별자치도 (남원 인월면).', P)
C('P8 old and new region names', S, [('lib-송산도서관-화성', 1), ('lib-송산도서관-화성', 2)], '화성시 without 구 (2023) vs 만세구 (2026 일반구).', P)
C('P8 old and new region names', S, [('lib-병점도서관-화성', 1), ('lib-병점도서관-화성', 2)], '화성시 → 화성시 병점구 (+ (병점동)).', P)
C('P9 시도 vs 구 / 교육청 publication', S, [('lib-원신흥도서관-유성', 1), ('lib-원신흥도서관-유성', 2), ('lib-원신흥도서관-유성', 3)],
  '대전광역시 prints 원신흥남로 59 / 042-601-6970, 유성구 prints 노은동로 234번길35(지족동) / 042-611-6970: the 유성구 rows of 원신흥 and 노은 carry each other\'s address. Name and the phone line (…-6970) decide.', P)
C('P9 시도 vs 구 / 교육청 publication', S, [('lib-노은도서관-유성', 1), ('lib-노은도서관-유성', 2), ('lib-노은도서관-유성', 3)],
  'Same swap: 시도 row 노은동로 234번길 34 / 042-601-6611, 구 row 원신흥남로 59 / 042-611-6610. Phones differ by exchange (601/611) and last digit; name decides.', P)
C('N1 two facilities, one address', X, [('lib-원신흥도서관-유성', 1), ('lib-노은도서관-유성', 2)],
  'Both print 원신흥남로 59 (the 유성구 노은 row is swapped), yet they are two libraries with different names and numbers.', P)
C('P11 re-crawl change', S, [('lib-모퉁이작은도서관-은평', 1), ('lib-모퉁이작은도서관-은평', 2)], '2026 appends -미운영 and adds 서울특별시 은평구 to a bare road address.', P)
C('N1 two facilities, one address', X, [('lib-예그리나작은도서관-광주북구', 2), ('lib-하늘사랑작은도서관-광주북구', 1), ('lib-예그리나작은도서관-광주북구', 1)],
  '예그리나 moved from 효죽로 2-1 to 군왕로 123, where 하늘사랑작은도서관 (no phone) is also registered: one address, two small libraries.', P)
C('N1 two facilities, one address', X, [('lib-운암산아이파크작은도서관-광주북구', 1), ('lib-들꽃도서관-광주북구', 1)],
  'Both at 광주 북구 서강로 77 (운암산아이파크), different names, phones and smalllibrary ids: two small libraries of one apartment complex.', P)
C('N1 two facilities, one address', X, [('lib-물푸레작은도서관-은평', 2), ('lib-모퉁이작은도서관-은평', 2)],
  'One complex, 진관4로 48-51 (은평뉴타운 상림마을): 742동 vs 730동, different phones.', P)
C('N1 two facilities, one address', X, [('lib-이진아기념도서관', 1), ('mh-seodaemun-ijina', 1), ('mh-seodaemun-ijina', 2)],
  'The 무한상상실 sits on the library\'s 3rd floor and the portal prints the library\'s address and phone; it is a programme space, not the library.', 'http://www.sijung.co.kr/news/articleView.html?idxno=110895')
C('N4 host vs the maker space it runs', X, [('lib-성동구립도서관', 1), ('ms-seongdong-library-makerspace', 1), ('ms-seongdong-library-makerspace', 2)],
  '성동구립도서관 was selected in 2020 to run a maker space; the guide prints the library\'s address, phone and portal. Library ≠ its maker space.', MS_SEOUL)
C('N2 one operator / portal, several facilities', X, [('lib-파랑새작은도서관-노원', 1), ('lib-푸른숲작은도서관-노원', 1), ('lib-한울작은도서관-노원', 1)],
  '노원구 small libraries print numbers from one block (02-2116-27xx/29xx) and one portal www.nowonlib.kr.', P)
C('N3 names differing by one syllable', X, [('sg-busan-beomil-sewing', 1), ('sg-busan-beomcheon-shoes', 1), ('sg-busan-beomcheon-jewelry', 1)],
  '범일 (동구, 봉제, 부산디자인센터) vs 범천 (부산진구, 신발 동의대 / 귀금속 부산경제진흥원): three centres, names differing by one syllable or trade.', BUSAN_SG)
C('N5 same city, different facilities', X, [('sg-busan-beomcheon-shoes', 2), ('sg-busan-beomcheon-jewelry', 2)],
  'Two 소공인 centres in one 동 (부산진구 범천동) with different trades and operators.', BUSAN_SG)
C('N5 same city, different facilities', X, [('sg-busan-seodong-apparel', 1), ('other-busan-seodong-apparel-mfg-center', 1)],
  'In 금정구 서동: the 2020 공동기반시설 의류제조지원센터 and the 2024 의류제조 소공인특화지원센터 (a new operator selection) are different programmes/facilities.', 'http://bobbinjournal.com/archives/22892')
C('N5 same city, different facilities', X, [('sg-busan-beomil-sewing', 1), ('sg-busan-seodong-apparel', 1)],
  'Both garment centres in 부산 (범일의류제조지원센터 vs 의류제조 소공인특화지원센터), different 구 and operators.', BUSAN_SG)
C('N5 same city, different facilities', X, [('ms-inha-tc-makerspace', 1), ('ms-inu-makerspace', 1), ('ms-yonsei-incheon-pro-lab', 1), ('ms-michuhol-social-coop', 1)],
  'Several maker spaces in 인천 with generic names; 인천대/연세대 both 연수구, 인하공전/미추홀 both 미추홀 (the latter only by name).', MS_INCH)
C('N5 same city, different facilities', X, [('ms-seoul-pixtec', 1), ('ms-seoul-chok', 1), ('ms-seoul-graphyzics', 1)],
  'Three company-run 서울 maker spaces of 2020 printed with only "서울".', MS_SEOUL)
for grp, why in ((['lib-송정작은도서관-강서', 'lib-송정작은도서관-군포', 'lib-송정작은도서관-안성'], '송정작은도서관 in 강서구, 군포시, 안성시.'),
                 (['lib-글마루작은도서관-인천중구', 'lib-글마루작은도서관-홍성', 'lib-글마루작은도서관-부천', 'lib-글마루작은도서관-고창'], '글마루작은도서관 ×4 cities.'),
                 (['lib-민들레작은도서관-시흥', 'lib-민들레작은도서관-부평', 'lib-민들레작은도서관-인천서구'], '민들레작은도서관: 시흥 and two 인천 구.'),
                 (['lib-샘터작은도서관-광진', 'lib-샘터작은도서관-은평'], '샘터작은도서관: 광진구 vs 은평구.'),
                 (['lib-남산작은도서관-대구중구', 'lib-남산작은도서관-강릉'], '남산작은도서관: 대구 중구 vs 강릉.'),
                 (['lib-매화작은도서관-횡성', 'lib-매화작은도서관-울진', 'lib-매화작은도서관-대구북구'], '매화작은도서관: 횡성, 울진 (매화면), 대구 북구.'),
                 (['lib-성산작은도서관-군산', 'lib-성산작은도서관-광주북구'], '성산작은도서관: 군산 성산면 vs 광주 북구.'),
                 (['lib-새싹작은도서관-남원', 'lib-새싹작은도서관-진주', 'lib-새싹작은도서관-서대문', 'lib-중앙동새싹작은도서관-관악'], '새싹작은도서관 ×3 cities plus 관악 중앙동 새싹 (dong prefix).'),
                 (['lib-파랑새작은도서관-서대문', 'lib-파랑새작은도서관-노원', 'lib-성현동파랑새작은도서관-관악'], '파랑새작은도서관: 서대문, 노원, 관악 성현동.'),
                 (['lib-푸른숲작은도서관-거제', 'lib-푸른숲작은도서관-목포', 'lib-푸른숲작은도서관-노원', 'lib-청림동푸른숲작은도서관-관악'], '푸른숲작은도서관 ×3 plus 청림동 푸른숲 (관악).'),
                 (['lib-한울작은도서관-홍성', 'lib-한울작은도서관-노원'], '한울작은도서관: 홍성 vs 노원.'),
                 (['lib-모퉁이작은도서관-은평', 'lib-모퉁이작은도서관-대구북구'], '모퉁이작은도서관: 은평 vs 대구 북구.')):
    C('N5 same name, different cities', X, [(c, 1) for c in grp], why + ' Same name, different 시군구, roads and phones.', P)
