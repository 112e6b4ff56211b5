"""Sixth held-out part: facilities, listings (in source styles) and hard cases.

Every facility is real.  Library listings are verbatim rows (V), map cards (M), 구청 cards (G) of the
전국도서관표준데이터 files, or my own Revised-Romanization rendering of a row (English map).  Every other
facility comes from a stored public page named in `basis`.  Truth = one facility per `cid`.
"""
from libdata import verbatim as V, map_listing as M, gu_office as G, L

D = 'data: library_2026.csv / library_2023_2024.csv'
FAC = []


def F(cid, basis, *listings):
    FAC.append(dict(cid=cid, basis=basis, listings=list(listings)))


# ---------------------------------------------------------------- libraries
F('lib-관전도서관-철원', D,
  V('2023', '관전도서관', '강원도 철원군'), V('2026', '관전도서관'),
  L('maker_map_en', 'Gwanjeon Library', '12 Geumhak-ro 330beon-gil, Cheorwon-eup, Cheorwon-gun, Gangwon State',
    '+82-33-450-5327', '', 'Public library', '38.216681', '127.214129'))
F('lib-동해시립발한도서관', D,
  V('2023', '동해시립발한도서관', '강원도 동해시'), V('2026', '동해시립발한도서관'),
  M('2026', '동해시립발한도서관', display_name='발한도서관'))
F('lib-동해시립북삼도서관', D, V('2026', '동해시립북삼도서관'))
F('lib-고창군립도서관', D,
  V('2023', '고창군립도서관', '전라북도 고창군'), V('2026', '고창군립도서관'),
  L('news_article', '고창군립도서관', '전북 고창군 고창읍', '', '', '공공도서관'))
F('lib-고창군립성호도서관', D,
  V('2026', '고창군립성호도서관'), M('2023', '고창군립성호도서관', '전라북도 고창군', display_name='성호도서관'))
F('lib-임실군립오수도서관', D,
  V('2023', '임실군립오수도서관', '전라북도 임실군'), V('2026', '임실군립오수도서관'),
  M('2026', '임실군립오수도서관', display_name='오수도서관'))
F('lib-임실군립도서관', D,
  V('2026', '임실군립도서관'), G('2026', '임실군립도서관', kind='군립도서관'),
  L('news_article', '임실군립도서관', '전북 임실군 임실읍', '640-3041', '', '공공도서관'))
F('lib-지사랑작은도서관-임실', D,
  V('2023', '지사랑 작은도서관', '전라북도 임실군'), V('2026', '지사랑 작은도서관'))
F('lib-원덕도서관-삼척', D,
  V('2023', '원덕도서관', '강원도 삼척시'), V('2026', '원덕도서관'),
  L('maker_map_en', 'Wondeok Library', '446-11 Samcheok-ro, Wondeok-eup, Samcheok-si, Gangwon State',
    '+82-33-572-4819', '', 'Public library'))
F('lib-청주시립도서관', D,
  V('2023', '청주시립도서관'), V('2026', '청주시립도서관'), M('2026', '청주시립도서관'),
  L('maker_map_en', 'Cheongju City Library', '55 Yongam-ro, Sangdang-gu, Cheongju-si, Chungcheongbuk-do',
    '+82-43-201-4074', 'https://library.cheongju.go.kr', 'Public library'))
F('lib-도산도서관-울산남구', D,
  V('2023', '도산도서관'), V('2026', '도산도서관'), M('2026', '도산도서관'))
F('lib-월봉도서관-울산남구', D, V('2023', '월봉도서관'), V('2026', '월봉도서관'))
F('lib-경상북도교육청칠곡도서관', D,
  V('2023', '경상북도교육청칠곡도서관'), V('2026', '경상북도교육청칠곡도서관'),
  M('2026', '경상북도교육청칠곡도서관', display_name='칠곡도서관'))
F('lib-신대도서관-순천', D, V('2023', '신대도서관'), V('2026', '신대도서관'))
F('lib-양산동작은도서관-광주북구', D, V('2023', '양산동작은도서관'), V('2026', '양산동작은도서관'))
F('lib-만선도서관-경기광주', D, V('2026', '만선도서관'), M('2026', '만선도서관'), V('2023', '만선도서관'))
F('lib-곤지암도서관-경기광주', D, V('2026', '곤지암도서관'), V('2023', '곤지암도서관'),
  G('2026', '곤지암도서관', display_name='광주시립 곤지암도서관'))
F('lib-용산도서관-대전유성', D, V('2026', '용산도서관', addr_contains='유성구'),
  G('2026', '용산도서관', addr_contains='유성구', display_name='유성구립 용산도서관'))
F('lib-아가랑도서관-대전유성', D, V('2026', '아가랑도서관'), V('2023', '아가랑도서관'), M('2026', '아가랑도서관'))
F('lib-나성동도서관-세종', D, V('2026', '나성동도서관'), V('2023', '나성동도서관'))
F('lib-반곡동도서관-세종', D, V('2026', '반곡동도서관'), M('2026', '반곡동도서관'), V('2023', '반곡동도서관'))
F('lib-의병도서관-제천', D, V('2026', '의병도서관'), V('2023', '의병도서관'), M('2026', '의병도서관'))
F('lib-제천시립도서관', D, V('2026', '제천시립도서관'),
  L('maker_map_en', 'Jecheon City Library', '318 Naeje-ro, Jecheon-si, Chungcheongbuk-do', '+82-43-646-2019', '',
    'Public library'))
F('lib-금강도서관-군산', D, V('2023', '금강도서관', '전라북도 군산시'), V('2026', '금강도서관'))
F('lib-군산시립도서관', D, V('2026', '군산시립도서관(자료열람실)'))
F('lib-개포하늘꿈도서관', D, V('2026', '개포하늘꿈도서관'),
  G('2026', '개포하늘꿈도서관', display_name='강남구립 개포하늘꿈도서관'),
  L('maker_map_en', 'Gaepo Haneulkkum Library', '54 Gaepo-ro 110-gil, Gangnam-gu, Seoul', '+82-2-451-1511', '',
    'Public library', '37.490685', '127.080367'),
  L('news_article', '개포 하늘꿈도서관', '강남구 개포로110길 54', '451-1511', '', '구립도서관'))
F('lib-하늘꿈도서관-인천중구', D, V('2026', '하늘꿈 도서관'), V('2023', '하늘꿈 도서관'))
F('lib-하늘꿈작은도서관-인천중구', D, V('2023', '하늘꿈작은도서관', '인천광역시 중구'))
F('lib-하늘꿈작은도서관-광주동구', D, V('2026', '하늘꿈작은도서관', '광주광역시 동구'),
  V('2023', '하늘꿈작은도서관', '광주광역시 동구'))
F('lib-느티나무도서관-용인', D + '; kmaeil.com/news/articleView.html?idxno=210194',
  V('2026', '느티나무도서관'),
  L('news_article', '느티나무 도서관', '용인', '', '', '도서관(메이커 스페이스 운영)'),
  L('maker_map_en', 'Neutinamu Library', '22 Supung-ro 116beon-gil, Suji-gu, Yongin-si, Gyeonggi-do',
    '+82-31-262-3494', 'www.neutinamu.org', 'Library'))
F('lib-느티나무작은도서관-군포', D, V('2026', '느티나무작은도서관', '경기도 군포시'))
F('lib-동인느티나무도서관-대구중구', D, V('2026', '동인느티나무도서관'))
F('lib-영흥도서관-옹진', D, V('2026', '영흥도서관', '인천광역시'), V('2026', '영흥도서관', '인천광역시 옹진군'))
F('lib-동면작은도서관-양구', D, V('2023', '동면 작은도서관', '강원도 양구군'), V('2026', '동면 작은도서관'))
F('lib-동면극동작은도서관-양산', D, V('2023', '동면극동작은도서관'))
F('lib-옥현주공1단지책마루-울산남구', D, V('2026', '옥현주공1단지‘책마루’'),
  M('2026', '옥현주공1단지‘책마루’', display_name='옥현주공1단지 책마루', kind='작은도서관'))
F('lib-옥현주공2단지문고-울산남구', D, V('2026', '옥현주공2단지문고'))
F('lib-남산휴먼시아2단지마을도서관-대구중구', D, V('2026', '남산휴먼시아 2단지 마을도서관'))
F('lib-남산휴먼시아1단지주민문고-대구중구', D, V('2026', '남산휴먼시아 1단지 주민문고'),
  M('2026', '남산휴먼시아 1단지 주민문고', kind='작은도서관'))
F('lib-행복한작은도서관-부산남구', D, V('2026', '행복한 작은도서관', '부산광역시 남구'))
F('lib-행복한작은도서관-광주남구', D, V('2026', '행복한작은도서관', '광주광역시 남구'))
F('lib-은광작은도서관-광주북구', D, V('2026', '은광작은도서관', '광주광역시 북구'))
F('lib-은광작은도서관-대구북구', D, V('2026', '은광작은도서관', '대구광역시 북구'))

F('lib-야음장생포동작은도서관-울산남구', D, V('2023', '야음장생포동 마을문고'), V('2026', '야음장생포동 작은도서관'))
F('lib-옹달샘작은도서관-인천중구', D, V('2026', '옹달샘작은도서관', '인천광역시 중구'))
F('lib-옹달샘작은도서관-울산중구', D, V('2026', '옹달샘작은도서관', '울산광역시 중구'))

# ---------------------------------------------------------------- 소공인 centres and common facilities
SONGDO = 'https://kidd.co.kr/news/185578 ; https://krnews21.co.kr/article/191802'
F('sg-incheon-songdo-machinery', SONGDO,
  L('sogongin_press', '송도 소공인특화지원센터', '인천 연수구 송도 스마트밸리 A동', '', '',
    '소공인특화지원센터(기타 기계·장비)'),
  L('news_article', '(사)한국소호진흥협회 인천지회 송도 소공인특화지원센터', '송도 스마트밸리 A동 1층', '', '',
    '소공인특화지원센터'),
  L('maker_map_en', 'Songdo Sogongin Support Center', 'Songdo Smart Valley Bldg. A, Yeonsu-gu, Incheon', '', '',
    'Small manufacturers support centre'))
SONGNIM = 'http://www.incheonin.com/news/articleView.html?idxno=79749 ; https://kyeongin.com/article/1548584'
F('sg-incheon-songnim-machinery', SONGNIM,
  L('sogongin_press', '인천 송림동 소공인특화지원센터', '인천 동구 송림동', '', '',
    '소공인특화지원센터(기타 기계 및 장비제조업 C29)'),
  L('news_article', '소공인 특화지원센터 (인천광역시소상공인서민금융복지지원센터 운영)', '인천광역시 동구 송림동', '', '',
    '소공인특화지원센터'))
F('sg-incheon-2013-industrial-distribution-center', 'https://m.ajunews.com/amp/20130505000082',
  L('news_article', '인천지역 소공인 특화지원센터', '인천 동구 송림동 인천산업유통센터 내', '', '',
    '소공인특화지원센터(2013 시범)'))
DEOGAM = 'https://joongdo.co.kr/web/view.php?key=20240924010006452 ; https://taptalk.net/news/view/2024092418002685289/RDurdZHCFi'
F('sg-daejeon-deogam-metal', DEOGAM,
  L('sogongin_press', '대전덕암 금속가공 소공인특화지원센터', '대전 대덕구 덕암동', '', '', '소공인특화지원센터(금속가공)'),
  L('news_article', '(재)대덕경제재단 덕암동 소공인특화지원센터', '대전 대덕구', '', '', '소공인특화지원센터'),
  L('news_article', '대전덕암 소공인특화지원센터', '대전시 덕암동', '', '', ''))
F('other-daejeon-daedeok-economic-foundation', DEOGAM,
  L('news_article', '(재)대덕경제재단', '대전 대덕구', '', '', '구 출연 경제재단'))
OJEONG = 'http://www.ccnnews.co.kr/news/articleView.html?idxno=55838 ; https://www.localsegye.co.kr/news/view/1065574907480124'
F('sg-daejeon-ojeong-machinery', OJEONG,
  L('news_article', '한남대 산학협력단 소공인 특화지원센터', '대전 대덕구 오정동', '', '', '소공인특화지원센터(기타 기계장비)'),
  L('sogongin_press', '한남대학교 오정동소공인특화지원센터', '대전 대덕구 오정동', '', '', '소공인특화지원센터'))
F('sg-daegu-jung-jewelry', 'http://dgy.co.kr/news/view.php?idx=39171',
  L('sogongin_press', '대구 중구 주얼리 소공인 특화지원센터', '대구 중구 패션주얼리전문타운 내', '', '',
    '소공인특화지원센터(주얼리)'),
  L('news_article', '소공인 특화지원센터 (중구도심재생문화재단 출연)', '대구 중구 패션주얼리특구', '', '', '소공인특화지원센터'))
YANGJU = ('http://ssl.incheonilbo.com/news/articleView.html?idxno=908292 ; '
          'https://wowtv.co.kr/NewsCenter/News/Read?articleId=AKR20181017130000060 ; '
          'http://www.itnk.co.kr/news/articleView.html?idxno=71845')
F('sg-yangju-namyeon-textile', YANGJU,
  L('sogongin_press', '양주 남면 소공인특화지원센터', '경기 양주시 남면', '', '', '소공인특화지원센터(섬유)'),
  L('news_article', '양주 섬유마을 도시형소공인 집적지구 공동인프라 및 소공인특화지원센터', '양주 한국섬유소재연구원', '',
    '', '소공인특화지원센터'),
  L('news_article', '소공인 복합지원센터 확대 구축사업 - 양주시 남면 소공인특화지원센터 (한국섬유소재연구원 운영)',
    '양주시 남면', '', '', ''))
F('other-koti-yangju', YANGJU,
  L('news_article', '한국섬유소재연구원', '경기도 양주시 남면', '', '', '섬유 연구원'))
F('sg-siheung-daeya-machinery', 'http://ssl.incheonilbo.com/news/articleView.html?idxno=927467',
  L('news_article', '시흥시 소공인지원센터', '시흥시 대야·신천동 도시형소공인 집적지구', '', '', '소공인지원센터(기계·금속)'),
  L('sogongin_press', '시흥 대야동 소공인지원센터(기계·금속)', '경기 시흥시 대야동', '', '', '소공인 집적지구 공동인프라'))
GJ15 = 'http://sgfocus.semy.kr/154?idx=1022647&page=42'
F('sg-gwangju-chungjang-hanbok', GJ15,
  L('sogongin_press', '광주 충장동 소공인특화지원센터', '광주 충장동', '', '', '소공인특화지원센터(한복)'),
  L('news_article', '충장동(한복) 소공인 특화지원센터', '광주', '', '', ''))
F('sg-gwangju-seonam-print', GJ15,
  L('sogongin_press', '광주 서남동 소공인특화지원센터', '광주 서남동', '', '', '소공인특화지원센터(인쇄)'),
  L('news_article', '서남동(인쇄) 소공인 특화지원센터', '광주', '', '', ''))
F('other-gwangju-gg-furniture-common', 'http://thesejong.tv/html/view.html?idx=323357',
  L('news_article', '가구 소공인 집적지구 공동기반시설', '광주시 초월읍 숯골길 56', '', '', '소공인 공동기반시설(가구)'),
  L('sogongin_press', '경기 광주 가구 소공인 공동기반시설 (경기도경제과학진흥원 운영)', '경기 광주시 초월읍', '', '',
    '소공인 공동기반시설'))
F('other-jeonju-daejangan', 'https://ir.newspim.com/news/view/20240723000692',
  L('news_article', '전주대장간', '전주시 팔복동 산업단지', '', '', '소공인 집적지구 공동기반시설(금속가공)'),
  L('sogongin_press', '전주 금속가공 소공인 공동기반시설 「전주대장간」', '전북 전주시 팔복동', '', '', '소공인 공동기반시설'))

# ---------------------------------------------------------------- maker spaces, 무한상상실, other labs
CHOSUN = 'http://news.unn.net/news/articleView.html?idxno=548141'
F('ms-chosun-univ-pro-lab', CHOSUN,
  L('news_article', '조선대학교 메이커스페이스', '조선대학교', '', '', '메이커스페이스 전문랩'),
  L('makeall_portal', '조선대 메이커스페이스 (IT·바이오·헬스특화 전문랩)', '광주 조선대학교', '', '', '메이커스페이스 전문랩'),
  L('maker_map_en', 'Chosun University Makerspace', 'Chosun University, Gwangju', '', '', 'Makerspace (specialised lab)'))
SMU = 'http://www.dtnews24.com/news/articleView.html?idxno=548244'
F('ms-sangmyung-ttingjak-studio', SMU,
  L('news_article', '상명대 디자인대학 메이커스페이스', '상명대학교 디자인대학', '', '', '메이커스페이스 일반랩'),
  L('makeall_portal', '띵(명·名)작 스튜디오', '상명대학교 디자인대학', '', '', '메이커스페이스 일반랩'))
KMU = 'https://maker.kmu.ac.kr/content/03notice/02_01.php (a_num=18511791)'
F('ms-keimyung-maker-learning-center', KMU,
  L('city_maker_guide', '계명메이커러닝센터', '', '', 'maker.kmu.ac.kr', '메이커스페이스 일반랩'),
  L('news_article', '계명대 산학인재원 메이커 스페이스', '대구 성서지역', '', '', '메이커스페이스 일반랩'))
YONGIN = 'http://kmaeil.com/news/articleView.html?idxno=210194'
F('ms-yongin-dream-sangsang', YONGIN,
  L('news_article', '드림상상창작센터', '용인시 기흥구 동백동 쥬네브', '', '', '메이커 스페이스'),
  L('city_maker_guide', '용인시디지털산업진흥원 드림상상창작센터', '기흥구 동백동 쥬네브', '', '', '메이커스페이스 일반랩'))
F('ms-yongin-neutinamu-library-makerspace', YONGIN + ' ; host row: ' + D,
  L('city_maker_guide', '느티나무도서관 메이커스페이스', '수지구 수풍로116번길 22', '031.262.3494', 'www.neutinamu.org',
    '메이커스페이스 일반랩'),
  L('makeall_portal', '느티나무도서관 메이커스페이스', '경기 용인 느티나무도서관', '', '', '메이커스페이스 일반랩'))
F('ms-khu-yongin-makerspace', YONGIN,
  L('news_article', '경희대학교 메이커 스페이스', '용인', '', '', '메이커스페이스'))
F('ms-suwon-univ-pro-lab', 'http://aictms.or.kr/core/?cid=16&uid=18',
  L('news_article', '수원대 메이커스페이스 전문랩', '경기도', '', '', '메이커스페이스 전문랩'),
  L('maker_map_en', 'The University of Suwon Makerspace (specialised lab)', 'Gyeonggi-do', '', '', 'Makerspace (specialised lab)'))
F('ms-gaepo-haneulkkum-library-makerspace',
  'https://www.gangnam.go.kr/board/B_000031/1072943/view.do?mid=ID01_0313 ; http://www.sijung.co.kr/news/articleView.html?idxno=294441',
  L('gu_office', '개포하늘꿈도서관 메이커 스페이스', '서울시 강남구 개포로110길 54', '02)451-1511',
    'https://library.gangnam.go.kr/hnkklib', '메이커스페이스(도서관 내)'))
F('ms-dongtan-jungang-eumteo-makerspace', 'http://hsj.co.kr/9248',
  L('news_article', '화성시인재육성재단 동탄중앙이음터 메이커 스페이스', '화성 동탄', '', '', '메이커 스페이스'))
SOONGSIL = 'https://go.seoul.co.kr/news/newsView.php?id=20151231015023'
F('other-dongjak-soongsil-sangsang-kium', SOONGSIL,
  L('gu_office', '숭실상상키움관', '서울시 동작구', '', '', '청년창업·3D프린팅 공간'),
  L('news_article', '동작구 숭실상상키움관 3D창작소', '동작구', '', '', '3D프린터 작업 공간'))
F('other-dongjak-daebang-youth-house', 'https://m.siminilbo.co.kr/news/amp.html?ncode=1160286627858667',
  L('news_article', '(가칭)대방청소년문화의집', '동작구 노량진근린공원 내 옛 군사시설 지하벙커', '', '',
    '청소년 창의혁신 체험공간(메이커스페이스 프로그램)'),
  L('gu_office', '대방청소년문화의집 ((사)한국청소년지원네트워크 위탁운영)', '서울시 동작구 노량진근린공원 내', '', '',
    '청소년문화의집'))
YUSEONG = 'http://www.daejonilbo.com/news/newsitem.asp?pk_no=1440906 ; http://m.sejongin.co.kr/news/articleView.html?idxno=10875'
F('mh-yuseong-youth-center', YUSEONG,
  L('muhan_portal', '유성구청소년수련관 무한상상실', '대전 유성구청소년수련관', '', '', '무한상상실'),
  L('news_article', '대전광역시 유성구청소년수련관 무한상상실(Idea Factory)', '대전 유성구', '', '', '무한상상실'))
F('other-yuseong-youth-center', YUSEONG,
  L('news_article', '유성구청소년수련관', '대전광역시 유성구', '', '', '청소년수련관'))
JUNGNANG = 'https://www.cosmiannews.com/news/415544 ; https://nolazo.com/bbs/board.php?bo_table=news&wr_id=298'
F('ms-jungnang-ttukttak-workshop', JUNGNANG,
  L('news_article', '뚝딱이 창의공작소', '시립중랑청소년센터', '', '', '메이커 특성화 공간'),
  L('city_maker_guide', '시립중랑청소년센터 뚝딱이 창의공작소 (한국청소년연맹 위탁운영)', '중랑구', '', '', '메이커스페이스'))
F('ms-jungnang-ttukttak-universe', JUNGNANG,
  L('news_article', '뚝딱이 유니버스(Youth+Need+Bus)', '시립중랑청소년센터', '', '', '이동형 메이커 스페이스'),
  L('city_maker_guide', '뚝딱이 유니버스 (이동형 메이커 스페이스)', '', '', '', '이동형 메이커스페이스'))
F('other-seoul-jungnang-youth-center', JUNGNANG,
  L('news_article', '시립중랑청소년센터', '서울 중랑구', '', '', '청소년수련시설'))
DKU = 'https://cms.dankook.ac.kr/web/engineering/-13 (messageId=733240)'
F('ms-dankook-engineering-makerspace', DKU,
  L('news_article', '단국대 제3공학관 메이커스페이스 및 창의적공학설계실', '단국대학교 제3공학관 1층', '', '',
    '대학 메이커스페이스'),
  L('maker_map_en', 'Dankook University Makerspace (Engineering Hall 3)', 'Engineering Hall 3, 1F, Dankook University',
    '', '', 'University makerspace'))


# ---------------------------------------------------------------- hard cases
H = []


def C(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12 = (
    'P1 shared portal host', 'P2 English vs Hangul', 'P3 operator / programme prefix-suffix',
    'P4 bracketed real/English name', 'P5 abbreviation', 'P6 old and new names',
    'P7 building / landmark', 'P8 old and new region names', 'P9 same library, 시도 vs 시군구 (or 교육청) publication',
    'P10 head-office phone vs own phone', 'P11 re-crawl change between snapshots', 'P12 phone printed incompletely')
N1, N2, N3, N4, N5, N6 = (
    'N1 two facilities, one building/address', 'N2 one operator, several facilities',
    'N3 names differing by one region syllable', 'N4 centre vs maker space it runs',
    'N5 same city / same name, different facilities', 'N6 branches printing one head-office number')
S, X = 'same', 'different'

# P1
C(P1, S, [('lib-양산동작은도서관-광주북구', 1), ('lib-양산동작은도서관-광주북구', 2)],
  'Both rows carry www.smalllibrary.org/library/detail/1474458 — a host shared by thousands of small libraries, so the '
  'host says nothing; but here even the detail id matches, and name and 동 agree. The address and phone differ because '
  'the library moved from the 주민센터 2층 (연양로 43, 062-410-8874) to the new 행정복지센터 3층 (양산택지로 32, 062-410-6838).',
  'library_2023_2024.csv / library_2026.csv rows 양산동작은도서관')
C(P1, X, [('lib-동해시립발한도서관', 2), ('lib-동해시립북삼도서관', 1)],
  'Same city, same portal host www.donghaelib.go.kr and consecutive phone blocks (033-530-2480 / 2490), but two '
  'libraries at two addresses (해안로 535 vs 효자로 649).', 'library_2026.csv')
# P2
C(P2, S, [('lib-관전도서관-철원', 1), ('lib-관전도서관-철원', 2), ('lib-관전도서관-철원', 3)],
  'English card: Revised Romanization of 금학로 330번길 12, 철원읍, 철원군, in road-number-…-province order, with the '
  'official English "Gangwon State"; +82-33-450-5327 is 033-450-5327. The 2023 row also still says 강원도.', 'data rows')
C(P2, S, [('lib-원덕도서관-삼척', 2), ('lib-원덕도서관-삼척', 3)],
  '"446-11 Samcheok-ro, Wondeok-eup" is 삼척로 446-11, 원덕읍; phone equal in international form.', 'library_2026.csv')
C(P2, S, [('lib-개포하늘꿈도서관', 1), ('lib-개포하늘꿈도서관', 3)],
  '"Haneulkkum" is the romanised 하늘꿈; 54 Gaepo-ro 110-gil = 개포로110길 54; +82-2-451-1511 = 02-451-1511.', 'library_2026.csv')
C(P2, S, [('lib-청주시립도서관', 2), ('lib-청주시립도서관', 4)],
  'English card of the new building address (55 Yongam-ro, Sangdang-gu); same phone and homepage.', 'library_2026.csv')
C(P2, S, [('lib-느티나무도서관-용인', 1), ('lib-느티나무도서관-용인', 3)],
  '"Neutinamu" is the romanised 느티나무 and www.neutinamu.org is the library\'s own homepage; address and phone match.',
  'library_2026.csv')
C(P2, S, [('sg-incheon-songdo-machinery', 1), ('sg-incheon-songdo-machinery', 3)],
  'English "Songdo Sogongin Support Center, Songdo Smart Valley Bldg. A" is the 송도 소공인특화지원센터 in 스마트밸리 A동.', SONGDO)
C(P2, S, [('ms-chosun-univ-pro-lab', 1), ('ms-chosun-univ-pro-lab', 3)],
  'Chosun University = 조선대학교; the English card gives only the campus, as the article does.', CHOSUN)
# P3
C(P3, S, [('sg-incheon-songdo-machinery', 1), ('sg-incheon-songdo-machinery', 2)],
  'The press name carries the operator "(사)한국소호진흥협회 인천지회" in front; building and centre are the same.', SONGDO)
C(P3, S, [('sg-daejeon-deogam-metal', 1), ('sg-daejeon-deogam-metal', 2), ('sg-daejeon-deogam-metal', 3)],
  'Operator prefix "(재)대덕경제재단" and the short forms "덕암동 …"/"대전덕암 …" all name the 2024 대전덕암 금속가공 '
  '소공인특화지원센터 in 덕암동, 대덕구.', DEOGAM)
C(P3, S, [('sg-incheon-songnim-machinery', 1), ('sg-incheon-songnim-machinery', 2)],
  '"(인천광역시소상공인서민금융복지지원센터 운영)" is the operator suffix of the 2021 송림동 centre.', SONGNIM)
C(P3, S, [('sg-yangju-namyeon-textile', 1), ('sg-yangju-namyeon-textile', 2), ('sg-yangju-namyeon-textile', 3)],
  'Programme prefixes ("양주 섬유마을 도시형소공인 집적지구 공동인프라 및 …", "소공인 복합지원센터 확대 구축사업 - …") and the '
  'operator suffix "(한국섬유소재연구원 운영)" around one centre in 양주시 남면.', YANGJU)
C(P3, S, [('ms-yongin-dream-sangsang', 1), ('ms-yongin-dream-sangsang', 2)],
  'Operator prefix "용인시디지털산업진흥원"; same name and building (쥬네브, 동백동).', YONGIN)
C(P3, S, [('ms-jungnang-ttukttak-workshop', 1), ('ms-jungnang-ttukttak-workshop', 2)],
  'Host prefix "시립중랑청소년센터" and the "(한국청소년연맹 위탁운영)" suffix around 뚝딱이 창의공작소.', JUNGNANG)
C(P3, S, [('lib-개포하늘꿈도서관', 1), ('lib-개포하늘꿈도서관', 2)],
  '"강남구립" is the operator prefix a 구청 page adds; the address and phone are the row\'s.', 'library_2026.csv')
# P4
C(P4, S, [('ms-sangmyung-ttingjak-studio', 1), ('ms-sangmyung-ttingjak-studio', 2)],
  '"띵(명·名)작 스튜디오" holds its reading in brackets; the article says it is the 상명대 디자인대학 maker space selected as '
  'an 일반랩.', SMU)
C(P4, S, [('mh-yuseong-youth-center', 1), ('mh-yuseong-youth-center', 2)],
  'English programme name "(Idea Factory)" in brackets; same 무한상상실 of 유성구청소년수련관.', YUSEONG)
C(P4, S, [('ms-chosun-univ-pro-lab', 1), ('ms-chosun-univ-pro-lab', 2)],
  'The bracket holds the lab\'s speciality (IT·바이오·헬스특화 전문랩), not a different facility.', CHOSUN)
C(P4, S, [('sg-incheon-songnim-machinery', 1), ('sg-incheon-songnim-machinery', 2)],
  'The operator is in brackets after a generic name; the 동 is the same.', SONGNIM)
# P5
C(P5, S, [('ms-chosun-univ-pro-lab', 1), ('ms-chosun-univ-pro-lab', 2)],
  '조선대 ↔ 조선대학교.', CHOSUN)
C(P5, S, [('sg-daejeon-ojeong-machinery', 1), ('sg-daejeon-ojeong-machinery', 2)],
  '한남대 산학협력단 ↔ 한남대학교; both the 오정동 기타 기계장비 centre selected in 2016.', OJEONG)
C(P5, S, [('ms-keimyung-maker-learning-center', 1), ('ms-keimyung-maker-learning-center', 2)],
  '계명대 산학인재원 ↔ 계명메이커러닝센터 (the 인재원\'s centre, selected as an 일반랩; maker.kmu.ac.kr is its site).', KMU)
C(P5, S, [('lib-경상북도교육청칠곡도서관', 2), ('lib-경상북도교육청칠곡도서관', 3)],
  'The map shows the short "칠곡도서관" for 경상북도교육청칠곡도서관; same address, phone and coordinates.', 'library_2026.csv')
C(P5, S, [('lib-동해시립발한도서관', 2), ('lib-동해시립발한도서관', 3)],
  '"발한도서관" without the "동해시립" prefix.', 'library_2026.csv')
# P6 (moves, operator renames)
C(P6, S, [('lib-청주시립도서관', 1), ('lib-청주시립도서관', 2), ('lib-청주시립도서관', 3)],
  'Relocation: 2023 row 상당구 단재로 393, 2026 row 상당구 용암로 55 (coordinates move ~1.9 km); the name, phone '
  '043-201-4074 and homepage stay, so it is the same library in a new building.', 'data rows 청주시립도서관')
C(P6, S, [('lib-임실군립오수도서관', 1), ('lib-임실군립오수도서관', 2), ('lib-임실군립오수도서관', 3)],
  'Relocation: 2023 "오수면 충효로 2050(휴관)" (closed), 2026 "오수면 삼일로 27 4층 오수도서관" with its own phone '
  '063-640-3061 instead of the county library number. Same 면, same name.', 'data rows')
C(P6, S, [('lib-경상북도교육청칠곡도서관', 1), ('lib-경상북도교육청칠곡도서관', 2)],
  'Relocation within 왜관읍: 군청3길 13 → 중앙로 232; phone 054-971-1507 and homepage unchanged.', 'data rows')
C(P6, S, [('lib-신대도서관-순천', 1), ('lib-신대도서관-순천', 2)],
  'Relocation within 해룡면: 매안로 162 → 좌야로 71; phone 061-749-4374 unchanged.', 'data rows')
C(P6, S, [('lib-양산동작은도서관-광주북구', 1), ('lib-양산동작은도서관-광주북구', 2)],
  'The 주민센터 became a 행정복지센터 and moved (연양로 43 2층 → 양산택지로 32 3층); phone changed too.', 'data rows')
C(P6, S, [('lib-야음장생포동작은도서관-울산남구', 1), ('lib-야음장생포동작은도서관-울산남구', 2)],
  'Renamed between snapshots: "야음장생포동 마을문고" (2023) → "야음장생포동 작은도서관" (2026), same address '
  '(여천로 12번길50, 야음동주민센터 내) and phone 052-226-2914.', 'data rows')
# P7
C(P7, S, [('sg-yangju-namyeon-textile', 1), ('sg-yangju-namyeon-textile', 2)],
  'Landmark "양주 한국섬유소재연구원" instead of an address: the centre opened inside the institute in 남면.', YANGJU)
C(P7, S, [('sg-daegu-jung-jewelry', 1), ('sg-daegu-jung-jewelry', 2)],
  '"패션주얼리전문타운 내" / "패션주얼리특구" instead of a road address, with the operator named in one.',
  'http://dgy.co.kr/news/view.php?idx=39171')
C(P7, S, [('other-dongjak-daebang-youth-house', 1), ('other-dongjak-daebang-youth-house', 2)],
  'Only a landmark: the former military bunker in 노량진근린공원; (가칭) provisional name vs the operator-suffixed name.',
  'https://m.siminilbo.co.kr/news/amp.html?ncode=1160286627858667')
C(P7, S, [('ms-yongin-dream-sangsang', 1), ('ms-yongin-dream-sangsang', 2)],
  'The building "쥬네브" in 동백동 instead of a road address; one listing drops 용인시.', YONGIN)
C(P7, S, [('ms-dankook-engineering-makerspace', 1), ('ms-dankook-engineering-makerspace', 2)],
  'Only a campus building (제3공학관 1층 = Engineering Hall 3, 1F); no city in either listing.', DKU)
# P8
C(P8, S, [('lib-관전도서관-철원', 1), ('lib-관전도서관-철원', 2)], '강원도 (2022 row) ↔ 강원특별자치도 (2026 row).', 'data rows')
C(P8, S, [('lib-동해시립발한도서관', 1), ('lib-동해시립발한도서관', 2)], '강원도 ↔ 강원특별자치도, same address/phone.', 'data rows')
C(P8, S, [('lib-고창군립도서관', 1), ('lib-고창군립도서관', 2), ('lib-고창군립도서관', 3)],
  '전라북도 ↔ 전북특별자치도 ↔ press "전북"; the 2026 row also writes "모양성로11" without a space. The 2026 row has no '
  'coordinates.', 'data rows')
C(P8, S, [('lib-동면작은도서관-양구', 1), ('lib-동면작은도서관-양구', 2)], '강원도 양구군 ↔ 강원특별자치도 양구군.', 'data rows')
C(P8, S, [('lib-금강도서관-군산', 1), ('lib-금강도서관-군산', 2)], '전라북도 군산시 ↔ 전북특별자치도 군산시.', 'data rows')
# P9
C(P9, S, [('lib-영흥도서관-옹진', 1), ('lib-영흥도서관-옹진', 2)],
  'Both in the 2026 file: the 인천광역시 row (no phone, 영흥로 283-31 — the same text it published in 2023) and the '
  '옹진군 row (영흥로251번길 90, 032-886-7710). One 면 has one public library of this name; I read the 시도 row as a '
  'stale copy of an old address. Judged SAME with moderate confidence.', 'library_2026.csv, library_2023_2024.csv')
C(P9, S, [('lib-경상북도교육청칠곡도서관', 2), ('lib-경상북도교육청칠곡도서관', 3)],
  'An 교육지원청 publication vs the map card with a shortened name.', 'library_2026.csv')
C(P9, S, [('lib-임실군립도서관', 1), ('lib-임실군립도서관', 2)],
  'The 군청 page drops the province and prints the row as "임실군 임실읍 호국로 1701", phone 063)640-3041.', 'library_2026.csv')
# P10
C(P10, S, [('lib-임실군립오수도서관', 1), ('lib-임실군립오수도서관', 2)],
  'The 2023 row prints 063-640-3041, the number of 임실군립도서관 (the county head library), while the branch was '
  'closed; the 2026 row prints the branch\'s own 063-640-3061.', 'data rows')
C(P10, S, [('ms-yongin-neutinamu-library-makerspace', 1), ('ms-yongin-neutinamu-library-makerspace', 2)],
  'The city guide card prints the host library\'s phone (031.262.3494, dotted) and road address for the maker space; '
  'the portal entry prints only "느티나무도서관" as location and no phone. Same maker space.', YONGIN)
# P11
C(P11, S, [('lib-원덕도서관-삼척', 1), ('lib-원덕도서관-삼척', 2)],
  'Building number corrected 삼척로 446-14 → 446-11 between snapshots (coordinates ~90 m apart), plus 강원도 → 강원특별자치도.',
  'data rows')
C(P11, S, [('lib-지사랑작은도서관-임실', 1), ('lib-지사랑작은도서관-임실', 2)],
  '충효로 2417 → 충효로 2451 between snapshots with the same 070 number; also 전라북도 → 전북특별자치도.', 'data rows')
C(P11, S, [('lib-나성동도서관-세종', 1), ('lib-나성동도서관-세종', 2)],
  'Same name, address text and phone, but the 2023 coordinates (36.4967, 127.2691) lie ~3.7 km from the 2026 ones '
  '(36.4987, 127.3106): a re-geocoded row, not a different library.', 'data rows')
# P12
C(P12, S, [('lib-개포하늘꿈도서관', 1), ('lib-개포하늘꿈도서관', 4)],
  'The press listing prints "451-1511" without the 02 area code and "개포 하늘꿈도서관" with a space.',
  'library_2026.csv; https://www.gangnam.go.kr/board/B_000031/1072943/view.do?mid=ID01_0313')
C(P12, S, [('lib-임실군립도서관', 1), ('lib-임실군립도서관', 3)],
  'Press prints "640-3041" without 063; 임실읍 only, no road address.', 'library_2026.csv')

# N1
C(N1, X, [('lib-만선도서관-경기광주', 1), ('lib-곤지암도서관-경기광주', 1), ('lib-곤지암도서관-경기광주', 3)],
  'One road address (곤지암읍 곤지암로11번길 47) and one homepage, but two libraries with their own phones '
  '(031-760-3428 / 031-760-5935), both in both snapshots.', 'data rows')
C(N1, X, [('lib-의병도서관-제천', 1), ('lib-제천시립도서관', 1), ('lib-제천시립도서관', 2)],
  'One building (내제로318), one homepage, identical coordinates; two libraries, two phones (043-641-3726 / 043-646-2019).',
  'library_2026.csv')
C(N1, X, [('lib-금강도서관-군산', 2), ('lib-군산시립도서관', 1)],
  'One road address 축동로 72 for 금강도서관 (063-454-5670) and 군산시립도서관(자료열람실) (063-454-5620).', 'library_2026.csv')
C(N1, X, [('lib-개포하늘꿈도서관', 2), ('ms-gaepo-haneulkkum-library-makerspace', 1)],
  'The 구청 card of the maker space inside the library prints the library\'s address, phone and homepage; the press '
  'release calls it a separate "메이커 스페이스" room for creation. Library ≠ maker space.',
  'https://www.gangnam.go.kr/board/B_000031/1072943/view.do?mid=ID01_0313')
C(N1, X, [('lib-느티나무도서관-용인', 1), ('ms-yongin-neutinamu-library-makerspace', 1)],
  'The 용인 article counts 느티나무 도서관 as one of the city\'s ministry maker spaces; the guide card prints the host '
  'library\'s row. Maker space ≠ library.', YONGIN)
C(N1, X, [('sg-yangju-namyeon-textile', 2), ('other-koti-yangju', 1)],
  'The centre sits inside 한국섬유소재연구원, which also houses a 유해물질 시험분석소; the institute is not the centre.', YANGJU)
C(N1, X, [('mh-yuseong-youth-center', 1), ('other-yuseong-youth-center', 1)],
  'A 무한상상실 room run by and inside 유성구청소년수련관 vs the youth centre itself.', YUSEONG)
# N2
C(N2, X, [('ms-jungnang-ttukttak-workshop', 1), ('ms-jungnang-ttukttak-universe', 1), ('other-seoul-jungnang-youth-center', 1)],
  'One operator (시립중랑청소년센터): a fixed maker space (창의공작소), a mobile maker bus (뚝딱이 유니버스) and the centre '
  'itself. Shared "뚝딱이" brand, different facilities.', JUNGNANG)
C(N2, X, [('lib-용산도서관-대전유성', 2), ('lib-아가랑도서관-대전유성', 1)],
  'Both at 반석로 78(반석동), one phone 042-611-6526 and one homepage lib.yuseong.go.kr; 용산도서관 and 아가랑도서관 are '
  'two libraries of the 유성구 network. (Do not confuse with the 유성 용산동.)', 'library_2026.csv')
C(N2, X, [('lib-고창군립도서관', 2), ('lib-고창군립성호도서관', 1), ('lib-고창군립성호도서관', 2)],
  'Two county libraries in 고창읍 on one road (모양성로 11 vs 50), one homepage family; different phones.', 'data rows')
# N3
C(N3, X, [('other-gwangju-gg-furniture-common', 1), ('sg-gwangju-chungjang-hanbok', 1), ('sg-gwangju-seonam-print', 1)],
  '"광주시 초월읍" is 경기도 광주시, not 광주광역시: the furniture common facility is ~300 km from the 충장동/서남동 centres.',
  'http://thesejong.tv/html/view.html?idx=323357 ; ' + GJ15)
C(N3, X, [('lib-만선도서관-경기광주', 2), ('lib-은광작은도서관-광주북구', 1)],
  '경기 광주시 (map "경기 광주시 곤지암읍 …") vs 광주광역시 북구 — one syllable of region type decides.', 'library_2026.csv')
# N4
C(N4, X, [('sg-daejeon-deogam-metal', 2), ('other-daejeon-daedeok-economic-foundation', 1)],
  '(재)대덕경제재단 runs the 덕암 centre (the opening was held at the foundation); operator ≠ centre.', DEOGAM)
C(N4, X, [('mh-yuseong-youth-center', 2), ('other-yuseong-youth-center', 1)],
  'The youth centre operates the 무한상상실; press names both with one address.', YUSEONG)
C(N4, X, [('ms-jungnang-ttukttak-workshop', 2), ('other-seoul-jungnang-youth-center', 1)],
  'The centre vs the maker space it runs.', JUNGNANG)
# N5
C(N5, X, [('sg-incheon-songdo-machinery', 1), ('sg-incheon-songnim-machinery', 1), ('sg-incheon-2013-industrial-distribution-center', 1)],
  'Three 인천 소공인 centres, all for 기계·장비: 송도 (연수구, 한국소호진흥협회 인천지회, when 중기청 said it was Incheon\'s '
  'only centre), the 2021 송림동 centre (인천시 산하 센터 운영) and the 2013 pilot centre in the 인천산업유통센터, '
  '송림동, run by the 중기청/소상공인진흥원. The 2013 and 2021 centres share a 동 and a trade, but a different operator '
  'and period; I keep them apart (moderate confidence).', SONGDO + ' ; ' + SONGNIM + ' ; https://m.ajunews.com/amp/20130505000082')
C(N5, X, [('sg-daejeon-deogam-metal', 1), ('sg-daejeon-ojeong-machinery', 2)],
  'Two 소공인 centres in 대전 대덕구 (the article notes 대덕구 now has two): 덕암동 금속가공 (대덕경제재단, 2024) vs '
  '오정동 기타 기계장비 (한남대, 2016).', DEOGAM + ' ; ' + OJEONG)
C(N5, X, [('sg-gwangju-chungjang-hanbok', 1), ('sg-gwangju-seonam-print', 1), ('sg-gwangju-chungjang-hanbok', 2), ('sg-gwangju-seonam-print', 2)],
  'Two 2015 광주 centres differing only by 동 and trade (한복 vs 인쇄).', GJ15)
C(N5, X, [('lib-하늘꿈도서관-인천중구', 1), ('lib-하늘꿈작은도서관-인천중구', 1), ('lib-개포하늘꿈도서관', 1)],
  '하늘꿈 도서관 (은하수로 465, no phone) and 하늘꿈작은도서관 (용유서로479번길 42, 032-747-0691) are both in 인천 중구 but '
  'at different addresses; 개포하늘꿈도서관 is in 서울 강남.', 'data rows')
C(N5, X, [('lib-느티나무도서관-용인', 1), ('lib-느티나무작은도서관-군포', 1), ('lib-동인느티나무도서관-대구중구', 1)],
  'Generic name 느티나무 in 용인, 군포 and 대구 중구.', 'library_2026.csv')
C(N5, X, [('lib-행복한작은도서관-부산남구', 1), ('lib-행복한작은도서관-광주남구', 1)],
  'Same name, both in a "남구" — of 부산 and of 광주.', 'library_2026.csv')
C(N5, X, [('lib-옹달샘작은도서관-인천중구', 1), ('lib-옹달샘작은도서관-울산중구', 1)],
  'Same name, both in a "중구" — of 인천 and of 울산; different phones (032-764-1388 / 052-222-1087).', 'library_2026.csv')
C(N5, X, [('lib-은광작은도서관-광주북구', 1), ('lib-은광작은도서관-대구북구', 1)],
  'Same name, both in a "북구" — of 광주 and of 대구.', 'library_2026.csv')
C(N5, X, [('lib-동면작은도서관-양구', 2), ('lib-동면극동작은도서관-양산', 1)],
  '"동면" is a 면 name in both 양구 and 양산; different libraries.', 'data rows')
C(N5, X, [('lib-옥현주공1단지책마루-울산남구', 1), ('lib-옥현주공1단지책마루-울산남구', 2), ('lib-옥현주공2단지문고-울산남구', 1)],
  'Two small libraries of one apartment estate (옥현주공 1단지 / 2단지) at neighbouring numbers 옥현로 92-13 / 92-12, '
  'different phones.', 'library_2026.csv')
C(N5, X, [('lib-남산휴먼시아2단지마을도서관-대구중구', 1), ('lib-남산휴먼시아1단지주민문고-대구중구', 1)],
  'Two small libraries of one estate (남산휴먼시아 1단지 / 2단지), 달구벌대로 1960 vs 1970.', 'library_2026.csv')
C(N5, X, [('ms-yongin-dream-sangsang', 1), ('ms-khu-yongin-makerspace', 1), ('ms-yongin-neutinamu-library-makerspace', 1)],
  'The article lists three 용인 maker spaces: 경희대, 느티나무 도서관 and the new 드림상상창작센터.', YONGIN)
# N6
C(N6, X, [('lib-나성동도서관-세종', 1), ('lib-반곡동도서관-세종', 1), ('lib-반곡동도서관-세종', 2)],
  'The 세종 file prints one address (반곡로39) and one phone (044-301-7362) for two libraries; the homepages differ '
  '(/nasung/ vs /bangok/). Two 동 libraries, not one.', 'data rows')
C(N6, X, [('lib-임실군립도서관', 1), ('lib-임실군립오수도서관', 1)],
  'In 2023 the 오수 branch printed the county library\'s number 063-640-3041; different buildings in different 읍/면.',
  'library_2023_2024.csv, library_2026.csv')
C(N6, X, [('lib-도산도서관-울산남구', 1), ('lib-월봉도서관-울산남구', 2)],
  'Same 남구 homepage; and the addresses swap between snapshots: 도산 is at 돋질로139번길 23 in 2023 and 번영로54번길 6 in '
  '2026, 월봉 the reverse. The 2023 도산 row and the 2026 월봉 row share an address; names and phones (052-226-5710 / '
  '052-226-2377) keep them apart.', 'data rows')
C(N6, S, [('lib-도산도서관-울산남구', 1), ('lib-도산도서관-울산남구', 2), ('lib-도산도서관-울산남구', 3)],
  'Despite the address swap, 도산도서관 is one library: same name and phone in both snapshots.', 'data rows')
