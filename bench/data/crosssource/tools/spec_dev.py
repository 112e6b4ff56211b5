"""Development part: facilities, their listings, and the hard cases (by facility/listing index).

Every facility is real.  `basis` says where its identity and facts come from:
  ref:<id>   /work/shared/data/facilities_reference.jsonl record
  lib        the 전국도서관표준데이터 rows used in its listings
  page:<url> a stored public page (cited again in hard_cases.md where it matters)
Listing values are either copied verbatim from a data row (verbatim/map_listing/gu_office
helpers) or hand-written from the reference record / cited page in the printing habit of the
source style.  Nothing identifying is invented; fields a style would print but that we do not
have are left blank.
"""
from libdata import verbatim as V, map_listing as M, gu_office as G, L, gu_phone, dot_phone, intl_phone

CC = 'https://ccei.creativekorea.or.kr/%s/'
DL = 'www.devicelab.kr'

FAC = []


def F(cid, basis, *listings):
    FAC.append(dict(cid=cid, basis=basis, listings=list(listings)))


# ---------------------------------------------------------------- 창조경제혁신센터 (11)
F('ccei-daegu', 'ref:ccei-daegu',
  L('ccei_portal', '대구창조경제혁신센터', '대구광역시 북구 호암로 (대구 삼성 창조경제단지 창조경제존)',
    homepage=CC % 'daegu', kind='창조경제혁신센터'),
  L('news_article', '대구 창조경제혁신센터', '대구 동구 동대구로 대구무역회관 1층·3층', kind='창조경제혁신센터'),
  L('news_article', '(재)대구창조경제혁신센터', '대구 북구 침산동 창조경제단지'),
  L('maker_map_en', 'Daegu Center for Creative Economy & Innovation (CCEI)', 'Hoam-ro, Buk-gu, Daegu',
    homepage=CC % 'daegu', kind='innovation center'),
  L('city_maker_guide', '대구혁신센터', '북구 칠성동 삼성 창조경제단지', homepage=CC % 'daegu',
    kind='창조경제혁신센터'))
F('ccei-daejeon', 'ref:ccei-daejeon',
  L('ccei_portal', '대전창조경제혁신센터', '대전광역시 유성구 KAIST 나노종합기술원 9층',
    homepage=CC % 'daejeon', kind='창조경제혁신센터'),
  L('news_article', '대전창조경제혁신센터', '대전 유성구 KAIST 교육지원동 3층', kind='창조경제혁신센터'),
  L('maker_map_en', 'Daejeon Center for Creative Economy & Innovation',
    'National NanoFab Center 9F, KAIST, Yuseong-gu, Daejeon', homepage=CC % 'daejeon',
    kind='innovation center'),
  L('news_article', '대전혁신센터', '대전 유성구'))
F('ccei-gyeongbuk', 'ref:ccei-gyeongbuk',
  L('ccei_portal', '경북창조경제혁신센터', '경상북도 구미시', homepage=CC % 'gyeongbuk', kind='창조경제혁신센터'),
  L('news_article', '경북센터', '경북 구미'),
  L('maker_map_en', 'Gyeongbuk Center for Creative Economy & Innovation', 'Gumi-si, Gyeongsangbuk-do',
    homepage=CC % 'gyeongbuk', kind='innovation center'))
F('ccei-gyeongnam', 'ref:ccei-gyeongnam',
  L('ccei_portal', '경남창조경제혁신센터', '경상남도 창원시 창원과학기술진흥원 2층', homepage=CC % 'gyeongnam',
    kind='창조경제혁신센터'),
  L('news_article', '경남창조경제혁신센터', '경남 창원 창원과학기술진흥원 2층'),
  L('maker_map_en', 'Gyeongnam Center for Creative Economy & Innovation', 'Changwon-si, Gyeongsangnam-do',
    homepage=CC % 'gyeongnam', kind='innovation center'))
F('ccei-gwangju', 'ref:ccei-gwangju',
  L('ccei_portal', '광주창조경제혁신센터', '광주광역시 북구 오룡동 광주과학기술원 오룡관', homepage=CC % 'gwangju',
    kind='창조경제혁신센터'),
  L('news_article', '광주혁신센터', '광주 북구 GIST 오룡관'),
  L('maker_map_en', 'Gwangju Center for Creative Economy & Innovation', 'Oryong-gwan, GIST, Buk-gu, Gwangju',
    homepage=CC % 'gwangju', kind='innovation center'))
F('ccei-busan', 'ref:ccei-busan',
  L('ccei_portal', '부산창조경제혁신센터', '부산광역시 해운대구 센텀그린타워 3~4층', homepage=CC % 'busan',
    kind='창조경제혁신센터'),
  L('news_article', '부산센터', '해운대 센텀그린타워'),
  L('maker_map_en', 'Busan Center for Creative Economy & Innovation', 'Centum Green Tower 3-4F, Haeundae-gu, Busan',
    homepage=CC % 'busan', kind='innovation center'))
F('ccei-gyeonggi', 'ref:ccei-gyeonggi',
  L('ccei_portal', '경기창조경제혁신센터', '경기도 성남시 판교공공지원센터 1층·5층', homepage=CC % 'gyeonggi',
    kind='창조경제혁신센터'),
  L('news_article', '경기센터', '성남 판교공공지원센터'),
  L('maker_map_en', 'Gyeonggi Center for Creative Economy & Innovation',
    'Pangyo Public Support Center, Seongnam-si, Gyeonggi-do', homepage=CC % 'gyeonggi', kind='innovation center'))
F('ccei-gangwon', 'ref:ccei-gangwon',
  L('ccei_portal', '강원창조경제혁신센터', '강원특별자치도 춘천시 국립강원대학교 한빛·보듬관', homepage=CC % 'gangwon',
    kind='창조경제혁신센터'),
  L('news_article', '강원창조경제혁신센터', '강원도 춘천시 강원대 보듬관'),
  L('maker_map_en', 'Gangwon Center for Creative Economy & Innovation',
    'Kangwon National University, Chuncheon-si, Gangwon State', homepage=CC % 'gangwon', kind='innovation center'))
F('ccei-sejong', 'ref:ccei-sejong',
  L('ccei_portal', '세종창조경제혁신센터', '세종특별자치시 조치원읍 옛 세종시 교육청사 1~2층', homepage=CC % 'sejong',
    kind='창조경제혁신센터'),
  L('news_article', '세종센터', '세종시 조치원읍 옛 교육청사'))
F('ccei-seoul', 'ref:ccei-seoul',
  L('ccei_portal', '서울창조경제혁신센터', '서울특별시 종로구 세종대로 KT 광화문빌딩 1층', homepage=CC % 'seoul',
    kind='창조경제혁신센터'),
  L('news_article', '서울센터', '광화문 KT빌딩 1층 드림엔터'),
  L('maker_map_en', 'Seoul Center for Creative Economy & Innovation',
    'KT Gwanghwamun Bldg 1F, Sejong-daero, Jongno-gu, Seoul', homepage=CC % 'seoul', kind='innovation center'))
F('ccei-incheon', 'ref:ccei-incheon',
  L('ccei_portal', '인천창조경제혁신센터', '인천광역시 연수구 송도동 미추홀타워', homepage=CC % 'incheon',
    kind='창조경제혁신센터'),
  L('news_article', '(재)인천창조경제혁신센터', '인천 연수구 송도 미추홀타워'),
  L('maker_map_en', 'Incheon Center for Creative Economy & Innovation', 'Michuhol Tower, Songdo-dong, Yeonsu-gu, Incheon',
    homepage=CC % 'incheon', kind='innovation center'))

# ---------------------------------------------------------------- ICT 디바이스랩 (3)
F('dl-pangyo', 'ref:dl-pangyo',
  L('devicelab_portal', 'ICT디바이스랩 판교', '경기 성남시 판교', homepage=DL, kind='ICT디바이스랩'),
  L('news_article', 'K-ICT 디바이스랩 판교(경기도경제과학진흥원 운영)', '경기 성남 판교', kind='디바이스랩'),
  L('maker_map_en', 'K-ICT Device Lab Pangyo', 'Pangyo, Seongnam-si, Gyeonggi-do', homepage=DL,
    kind='device lab'))
F('dl-daegu', 'ref:dl-daegu',
  L('devicelab_portal', 'ICT디바이스랩 대구', '대구테크노파크 모바일융합센터', homepage=DL, kind='ICT디바이스랩'),
  L('news_article', 'K-ICT 디바이스랩 대구', '대구TP 모바일융합센터', kind='디바이스랩'))
F('dl-songdo', 'ref:dl-songdo',
  L('devicelab_portal', 'ICT디바이스랩 송도', '인천 송도', homepage=DL, kind='ICT디바이스랩'),
  L('news_article', 'K-ICT디바이스랩 송도', '인천 연수구 송도국제도시', kind='디바이스랩'))

# ---------------------------------------------------------------- 대전 maker spaces
F('ms-fablab-daejeon', 'ref:ms-fablab-daejeon',
  L('city_maker_guide', '팹랩대전(FabLab Daejeon)', '유성구 KAIST 나노종합기술원 9층 대전창조경제혁신센터 내',
    homepage=CC % 'daejeon', kind='팹랩'),
  L('news_article', '팹랩대전', '카이스트 캠퍼스 내 나노종합기술원 건물 9층', kind='메이커 스페이스'),
  L('news_article', '대전창조경제혁신센터 시제품 제작소', '대전 유성구 KAIST', kind='시제품 제작소'),
  L('maker_map_en', 'FabLab Daejeon', 'Wolpyeong-dong, Seo-gu, Daejeon', kind='fablab'),
  L('makeall_portal', '팹랩대전', '대전 서구 월평동', kind='메이커스페이스 일반랩'))
F('ms-pro-daejeon-did', 'ref:ms-pro-daejeon-did',
  L('makeall_portal', 'DID기술융합공작소', '대전광역시 중구 구 충남도청사 별관 1~4층', phone='042-385-4200',
    kind='메이커스페이스 전문랩'),
  L('news_article', '대전전문랩(DID기술융합공작소)', '대전 중구 구 충남도청사 별관', kind='전문랩'),
  L('news_article', '대전창작Lab', '대전 중구 선화동 대전창업허브', kind='메이커스페이스'),
  L('city_maker_guide', '대전창작Lab', '중구 선화동 대전창업허브', homepage='www.djclab.co.kr',
    kind='협업형 메이커스페이스'),
  L('maker_map_en', 'DID Technology Convergence Workshop (Digital Factory In Daejeon)',
    'Annex, former South Chungcheong Provincial Office, Jung-gu, Daejeon', phone='+82-42-385-4200',
    kind='makerspace'))
F('mh-daejeon-science', 'page:https://zdnet.co.kr/view/?no=20130827112741',
  L('muhan_portal', '국립중앙과학관 무한상상실', '대전광역시 국립중앙과학관 창의나래관 1층·3층', kind='무한상상실(시범)'),
  L('news_article', '중앙과학관 무한상상실', '대전 국립중앙과학관 창의나래관', kind='무한상상실'),
  L('news_article', '국립대전과학관 무한상상실', '대전', kind='무한상상실'))

# ---------------------------------------------------------------- 대구·경북 maker spaces
F('ms-sports-fablab-suseong', 'ref:ms-sports-fablab-suseong',
  L('city_maker_guide', '스포츠 팹랩 수성', '수성구 대구스타디움몰 1층', kind='팹랩'),
  L('news_article', '메이커스랩(Makers-Lab)', '대구스타디움 칼라스퀘어 지하 1층', kind='창작공간'),
  L('news_article', '스포츠 팹랩 수성', '대구 수성구 대구스타디움', kind='팹랩'),
  L('maker_map_en', 'Sports FabLab Suseong', 'Daegu Stadium Mall 1F, Suseong-gu, Daegu', kind='fablab'))
F('pv-gumi-makerslab', 'ref:pv-gumi-makerslab',
  L('news_article', '메이커스랩(구미)', '경북 구미', kind='메이커 스페이스'))
F('ms-daegu-startline', 'page:https://hankyung.com/article/2022042803551',
  L('news_article', '메이커스페이스 전문랩 스타트라인', '대구 성서산업단지 대구융합R&D센터 1~3층·13층', kind='전문랩'),
  L('makeall_portal', '스타트라인', '대구 성서벤처타운', kind='메이커스페이스 전문랩'))
F('ms-pro-knu-creative-factory', 'ref:ms-pro-knu-creative-factory',
  L('makeall_portal', '경북대학교 메이커스페이스 전문랩', '대구 경북대학교 스타트업지원센터', kind='메이커스페이스 전문랩'),
  L('news_article', '경북대 크리에이티브팩토리', '대구'),
  L('city_maker_guide', '경북대 스타트업지원센터 크리에이티브팩토리', '북구 경북대학교 내', kind='메이커스페이스'))
F('ms-suseong-beomeo-library', 'ref:ms-suseong-beomeo-library',
  L('city_maker_guide', '범어도서관 메이커스페이스', '수성구 달구벌대로 2451 범어도서관 1층', phone=dot_phone('053-668-1600'),
    kind='대구형 메이커스페이스'),
  L('news_article', '수성구립 범어도서관 메이커스페이스', '대구 수성구 범어도서관 1층 갤러리', kind='메이커스페이스'))
F('lib-수성구립범어도서관', 'lib',
  V('2026', '수성구립범어도서관'),
  M('2026', '수성구립범어도서관', display_name='범어도서관'),
  L('maker_map_en', 'Beomeo Library', '2451 Dalgubeol-daero, Suseong-gu, Daegu', phone=intl_phone('053-668-1600'),
    homepage='https://library.daegu.go.kr/beomeo/', lat='35.859348', lon='128.630678', kind='library'))
F('ms-daegu-kkomji-fablab', 'page:http://www.deconomic.co.kr/news/articleView.html?idxno=29199',
  L('city_maker_guide', '꼼지 팹 랩(Fab lab)', '서구 중리동 청소년 문화의 집(꼼지락발전소)', kind='대구형 메이커스페이스'),
  L('news_article', '꼼지 팹랩', '대구 서구 중리동 청소년문화의집', kind='메이커스페이스'))
F('mh-daegu-science', 'ref:mh-daegu-science',
  L('muhan_portal', '국립대구과학관 무한상상실', '대구광역시 달성군 국립대구과학관', kind='무한상상실(거점)'),
  L('news_article', '대구과학관 무한상상실', '달성군 국립대구과학관', kind='무한상상실'))
F('ms-2019-daegun-hs', 'ref:ms-2019-daegun-hs',
  L('news_article', '대건고 메이커 스페이스', '대구', kind='일반랩'))
F('ms-2019-daegu-junggu-regen', 'ref:ms-2019-daegu-junggu-regen',
  L('news_article', '(재)대구시 중구 도심재생문화재단 메이커 스페이스', '대구 중구', kind='일반랩'),
  L('makeall_portal', '대구 중구 도심재생문화재단 메이커스페이스', '대구광역시 중구', kind='메이커스페이스 일반랩'))
F('ms-daegu-univ-azit', 'ref:ms-daegu-univ-azit',
  L('makeall_portal', '대구대학교 아지트(AZIT) 메이커 스페이스', '경북 경산시 대구대학교 경산캠퍼스 창의공작관',
    kind='메이커스페이스 일반랩'),
  L('news_article', '대구대 AZIT 메이커스페이스', '경산 대구대', kind='메이커 스페이스'),
  L('maker_map_en', 'Daegu University AZIT Makerspace', 'Gyeongsan Campus, Daegu University, Gyeongsan-si, Gyeongsangbuk-do',
    kind='makerspace'))
F('lib-국채보상운동기념도서관', 'lib',
  V('2026', '국채보상운동기념도서관', '대구광역시 중구'),
  V('2026', '국채보상운동기념도서관', '대구광역시'),
  V('2023', '대구시립중앙도서관'),
  M('2026', '국채보상운동기념도서관', '대구광역시'),
  L('maker_map_en', 'Gukchaebosang Movement Memorial Library', '25 Gongpyeong-ro 10-gil, Jung-gu, Daegu',
    phone=intl_phone('053-231-2000'), homepage='https://library.daegu.go.kr/jungang/index.do', kind='library'))
F('lib-신천도서관-대구동구', 'lib',
  V('2026', '신천도서관', '대구광역시 동구'),
  V('2023', '신천도서관', '대구광역시 동구'),
  G('2026', '신천도서관', '대구광역시 동구', display_name='동구 신천도서관', kind='구립도서관'))
F('lib-안심도서관-대구동구', 'lib',
  V('2026', '안심도서관', '대구광역시 동구'),
  M('2026', '안심도서관', '대구광역시 동구'))
F('lib-신천도서관-시흥', 'lib',
  V('2026', '신천도서관', '경기도 시흥시'),
  V('2023', '신천도서관', '경기도 시흥시'),
  M('2026', '신천도서관', '경기도 시흥시'))

# ---------------------------------------------------------------- 대전 libraries (시도 vs 구 publication)
for nm, gu in [('홍도도서관', '대전광역시 동구'), ('무지개도서관', '대전광역시 동구'), ('판암도서관', '대전광역시 동구'),
               ('관평도서관', '대전광역시 유성구'), ('구암도서관', '대전광역시 유성구'), ('진잠도서관', '대전광역시 유성구'),
               ('유성도서관', '대전광역시 유성구'), ('월평도서관', '대전광역시 서구'), ('둔산도서관', '대전광역시 서구')]:
    F('lib-%s-대전' % nm, 'lib', V('2026', nm, '대전광역시'), V('2026', nm, gu))
F('lib-안산도서관-대전대덕', 'lib',
  V('2026', '안산평생학습도서관', '대전광역시'),
  V('2026', '안산도서관', '대전광역시 대덕구'),
  M('2026', '안산도서관', '대전광역시 대덕구'))
F('lib-송촌도서관-대전대덕', 'lib',
  V('2026', '송촌평생학습도서관', '대전광역시'),
  V('2026', '송촌도서관', '대전광역시 대덕구'))
F('lib-신탄진도서관-대전대덕', 'lib',
  V('2026', '신탄진평생학습도서관', '대전광역시'),
  V('2023', '신탄진도서관', '대전광역시 대덕구'),
  G('2023', '신탄진도서관', '대전광역시 대덕구', display_name='대덕구립 신탄진도서관', kind='구립도서관'))
F('lib-어린이도서관-대전서구', 'lib',
  V('2026', '어린이도서관', '대전광역시'),
  V('2026', '어린이도서관', '대전광역시 서구'),
  G('2026', '어린이도서관', '대전광역시 서구', display_name='서구 어린이도서관', kind='구립도서관'))

# ---------------------------------------------------------------- 서울
F('other-seoul-innovation-fablab', 'ref:other-seoul-innovation-fablab',
  L('city_maker_guide', '서울이노베이션팹랩', '은평구 통일로 684 서울혁신파크 제작동 1층', kind='팹랩'),
  L('news_article', '시제품 제작소 ‘서울이노베이션팹랩’', '서울 은평구 서울혁신파크 제작동 1층', kind='시제품 제작소'),
  L('maker_map_en', 'Seoul Innovation FabLab', '684 Tongil-ro, Eunpyeong-gu, Seoul', phone='+82-2-389-7512',
    lat='37.609237', lon='126.933483', kind='fablab'),
  L('makeall_portal', '서울이노베이션팹랩', '서울특별시 은평구 통일로 684 (녹번동 5) 제작동', phone='02-389-7512~3',
    kind='메이커스페이스'))
F('other-seoul-approtech-lab', 'page:http://mediahub.seoul.go.kr/archives/1023863',
  L('news_article', '적정기술랩', '서울 은평구 서울혁신파크 제작동 2층', kind='적정기술'),
  L('maker_map_en', 'Appropriate Technology Lab', 'Fabrication Bldg 2F, Seoul Innovation Park, 684 Tongil-ro, Eunpyeong-gu, Seoul',
    kind='workshop'))
F('other-seoul-innovation-park', 'page:https://stib.ee/BIo1',
  L('gu_office', '서울혁신파크', '서울시 은평구 통일로 684 (녹번동 5)', phone='02)389-7512~3', kind='혁신센터'),
  L('maker_map_en', 'Seoul Innovation Park', '684 Tongil-ro, Eunpyeong-gu, Seoul', phone='+82-2-389-7512',
    kind='innovation hub'))
F('pv-fablab-seoul', 'page:https://xml.newstomato.com/ReadNews.aspx?no=433864',
  L('news_article', 'SK팹랩서울', '서울 종로구 세운상가 5층', kind='팹랩'),
  L('news_article', '팹랩서울(Fablab)', '종로 세운상가 가동', kind='메이커 공간'),
  L('maker_map_en', 'Fab Lab Seoul', 'Sewoon Sangga 5F, Jongno-gu, Seoul', kind='fablab'),
  L('city_maker_guide', '팹 랩 서울(Fab Lab Seoul)', '종로구 세운상가 가동 5층', kind='팹랩'))
F('pv-campusd-seoul', 'ref:pv-campusd-seoul',
  L('news_article', '캠퍼스디 서울', '영등포 캠퍼스디 서울', kind='메이커스페이스'),
  L('maker_map_en', 'Campus D Seoul', 'Yeongdeungpo-gu, Seoul', kind='makerspace'))
F('ms-makers-unionsquare', 'ref:ms-makers-unionsquare',
  L('makeall_portal', '메이커스 유니온스퀘어', '서울 영등포',
    homepage='https://www.makeall.com/network/storyview.php?tsort=3&msort=10&no=230', kind='메이커스페이스'))
F('ms-pro-korea-univ', 'ref:ms-pro-korea-univ',
  L('makeall_portal', '고려대학교 KU 메이커스페이스', '서울 고려대학교 창의관 130호', homepage='https://kums.korea.ac.kr',
    kind='메이커스페이스 전문랩'),
  L('news_article', '고려대 메이커스페이스', '고려대 창의관', kind='전문랩'),
  L('maker_map_en', 'KU Makerspace', 'Room 130, Changui-gwan, Korea University, Seoul', homepage='https://kums.korea.ac.kr',
    kind='makerspace'))
F('ms-pro-n15', 'ref:ms-pro-n15',
  L('makeall_portal', '엔피프틴(N15)', '서울 용산 나진전자월드상가 14동 지하1층', kind='메이커스페이스 전문랩'),
  L('news_article', '(주)엔피프틴 전문랩', '서울', kind='전문랩'),
  L('maker_map_en', 'N15', 'Najin Electronics World Bldg 14, B1, Yongsan-gu, Seoul', kind='makerspace'))
F('ms-kw-changjakso', 'ref:ms-kw-changjakso',
  L('makeall_portal', '광운창작소', '서울 광운대역 앞 삼능스페이스향 2층', kind='메이커스페이스 일반랩'),
  L('news_article', '광운대 메이커스페이스', '광운대역 앞', kind='일반랩'))
F('ms-seodaemun-lifelong', 'ref:ms-seodaemun-lifelong',
  L('gu_office', '서대문구 융복합인재교육센터 메이커스페이스', '', kind='메이커스페이스'),
  L('news_article', '서대문구평생학습관·융복합인재교육센터 메이커스페이스', '서울 서대문구', kind='메이커스페이스'))
F('sg-seoul-changsin', 'ref:sg-seoul-changsin',
  L('sogongin_press', '창신(의류봉제) 소공인특화지원센터', '서울 종로구 창신동', kind='소공인특화지원센터'),
  L('news_article', '창신 소공인특화지원센터', '서울 창신', kind='소공인특화지원센터'))
F('sg-seoul-mullae', 'ref:sg-seoul-mullae',
  L('sogongin_press', '문래(기계금속) 소공인특화지원센터', '서울 영등포구 문래동', kind='소공인특화지원센터'),
  L('news_article', '문래 기계·금속 소공인특화지원센터', '서울 영등포구 문래 기계·금속 집적지구', kind='소공인특화지원센터'),
  L('news_article', '문래소공인특화지원센터', '서울 문래동', kind='소공인 지원'))
F('sg-seoul-jangwi', 'ref:sg-seoul-jangwi',
  L('sogongin_press', '장위(의류봉제) 소공인특화지원센터', '서울 성북구 장위동', kind='소공인특화지원센터'),
  L('news_article', '장위 소공인특화지원센터', '서울 장위', kind='소공인특화지원센터'))
F('sg-jungnang-myeonmok', 'ref:sg-jungnang-myeonmok',
  L('sogongin_press', '중랑구 소공인복합지원센터', '서울 중랑구 면목동 패션봉제 특정개발진흥지구', kind='소공인 복합지원센터'),
  L('news_article', '면목 패션봉제 소공인복합지원센터', '서울 면목동', kind='소공인 복합지원센터'))
F('sg-gwangjin-bongje', 'ref:sg-gwangjin-bongje',
  L('gu_office', '광진구 봉제산업 종합지원센터', '면목로 158', kind='봉제산업 지원시설'),
  L('news_article', '광진구 봉제산업 종합지원센터', '서울 광진구 면목로 158 (중곡동)', kind='소공인 지원'))
F('sg-dongdaemun-fashion', 'ref:sg-dongdaemun-fashion',
  L('sogongin_press', '동대문구 패션봉제 복합지원센터', '서울 동대문구 용신동', kind='소공인 복합지원센터'),
  L('news_article', '동대문구 패션봉제 복합지원센터', '용신동 (현 용두청소년독서실 자리)', kind=''))
F('sg-gangbuk-fashion-platform', 'ref:sg-gangbuk-fashion-platform',
  L('sogongin_press', '강북구 소공인 복합지원센터', '서울 강북구 도봉로20나길 6', kind='소공인 복합지원센터'),
  L('news_article', '강북패션플랫폼', '미아동 송중문화정보도서관 부지(도봉로20나길 6)', kind='소공인 복합지원센터'))
F('lib-송중문화정보도서관', 'lib',
  V('2026', '송중문화정보도서관'),
  M('2026', '송중문화정보도서관'),
  V('2023', '송중문화정보도서관'),
  G('2026', '송중문화정보도서관', display_name='강북구립 송중문화정보도서관', kind='구립도서관'),
  L('maker_map_en', 'Songjung Culture & Information Library', '6 Dobong-ro 20na-gil, Gangbuk-gu, Seoul',
    phone=intl_phone('02-944-3160'), homepage='http://www.gblib.or.kr/songjung/index.do', lat='37.618342',
    lon='127.029939', kind='library'))
F('lib-강북문화정보도서관', 'lib',
  V('2026', '강북문화정보도서관'),
  M('2026', '강북문화정보도서관'))
F('lib-강북청소년문화정보도서관', 'lib',
  V('2026', '강북청소년문화정보도서관'),
  G('2026', '강북청소년문화정보도서관', display_name='강북구립 강북청소년문화정보도서관', kind='구립도서관'))
F('ms-gangbuk-sangsang-munhwa', 'page:http://www.bukbu.kr/m/view.php?idx=28619&mcode=m49ebwf&page=6',
  L('gu_office', '상상공작소(강북문화정보도서관)', '오현로 145 강북문화정보도서관', phone=gu_phone('02-944-3100'),
    kind='메이커스페이스'),
  L('news_article', '강북구립도서관 상상공작소', '강북문화정보도서관 내', kind='창의 공간'))
F('ms-gangbuk-sangsang-youth', 'page:http://700.xza.kr/106714',
  L('gu_office', '상상공작소(강북청소년문화정보도서관)', '삼양로54길 68 강북청소년문화정보도서관', phone=gu_phone('02-944-3140'),
    kind='메이커스페이스'))
F('lib-광진정보도서관', 'lib',
  V('2026', '광진정보도서관'),
  M('2026', '광진정보도서관'))
F('mh-gwangjin-library', 'page:https://hankyung.com/article/2013061829021',
  L('muhan_portal', '광진정보도서관 무한상상실', '서울 광진구 광진정보도서관', kind='무한상상실(시범·스토리텔링형)'),
  L('news_article', '서울 광진도서관 무한상상실', '서울 광진구', kind='무한상상실'))
F('mh-kipa-seoul', 'page:https://m.etnews.com/201308190329',
  L('news_article', '한국발명진흥회 무한상상실', '서울 한국발명진흥회', kind='무한상상실 2호(아이디어클럽형)'))
F('lib-새아름작은도서관', 'lib',
  V('2026', '새아름작은도서관'),
  M('2026', '새아름작은도서관'))
F('lib-넓은들작은도서관', 'lib',
  V('2026', '넓은들작은도서관'),
  V('2023', '넓은들작은도서관'))

# ---------------------------------------------------------------- 부산
F('pv-fablab-busan', 'ref:pv-fablab-busan',
  L('news_article', '팹랩 부산', '부경대 용당캠퍼스 부산창업지원센터 5층', kind='팹랩'),
  L('city_maker_guide', '부산팹랩(Fablab Busan)', '남구 부경대학교 용당캠퍼스 부산창업지원센터 5층', kind='팹랩'),
  L('maker_map_en', 'FabLab Busan', 'Busan Startup Support Center 5F, Yongdang Campus, Pukyong National University, Busan',
    kind='fablab'))
F('ms-pro-fabmonster-busan', 'ref:ms-pro-fabmonster-busan',
  L('makeall_portal', '팹몬스터 도시재생 특화형 전문랩', '부산 서면', kind='메이커스페이스 전문랩'),
  L('news_article', '팹몬스터', '부산 서면', kind='전문랩'))
F('ms-fablab-geumjeong', 'ref:ms-fablab-geumjeong',
  L('gu_office', '팹랩 금정', '금정구 창업일자리센터 2층', kind='메이커 스페이스'),
  L('news_article', '주니어캠퍼스 팹랩 금정', '금정구 창업일자리센터 내', kind='메이커 스페이스'),
  L('city_maker_guide', '금정 팹랩', '금정구 창업일자리센터 2층', kind='팹랩'))
F('lib-남항작은도서관', 'lib',
  V('2026', '남항 작은도서관'),
  V('2023', '남항 작은도서관'))
F('lib-영도도서관남항분관', 'lib',
  V('2026', '영도도서관 남항분관'),
  G('2026', '영도도서관 남항분관', kind='구립도서관'))
F('lib-영도도서관', 'lib',
  V('2026', '영도도서관'),
  M('2026', '영도도서관'))

# ---------------------------------------------------------------- 경기
F('mh-gwacheon', 'ref:mh-gwacheon',
  L('muhan_portal', '국립과천과학관 무한상상실', '경기 과천시 상하벌로 110 국립과천과학관', phone='(02)3677-1349',
    homepage='www.scientorium.go.kr', kind='무한상상실(1호점)'),
  L('news_article', '무한상상실 제1호점', '국립과천과학관', kind='무한상상실'),
  L('maker_map_en', 'Infinite Imagination Room, Gwacheon National Science Museum',
    '110 Sanghabeol-ro, Gwacheon-si, Gyeonggi-do', phone='+82-2-3677-1349', homepage='http://www.scientorium.go.kr',
    kind='makerspace'),
  L('city_maker_guide', '과천과학관 무한상상실', '과천시 상하벌로 110 (과천동)', kind='무한상상실'))
F('lib-과천교육도서관', 'lib',
  V('2023', '경기과천교육도서관'),
  V('2026', '경기도교육청과천도서관'),
  M('2026', '경기도교육청과천도서관'))
F('lib-정보과학도서관-과천', 'lib',
  V('2026', '정보과학도서관'))
F('mh-gyeonggi-tp', 'ref:mh-gyeonggi-tp',
  L('muhan_portal', '경기테크노파크 무한상상실', '경기 안산시 경기테크노파크', kind='무한상상실(거점)'),
  L('news_article', '경기 거점 무한상상실', '안산 경기테크노파크', kind='무한상상실'))
F('ms-pro-gtec-suwon', 'ref:ms-pro-gtec-suwon',
  L('makeall_portal', '차세대융합기술연구원 메이커스페이스 전문랩', '경기 수원시 차세대융합기술연구원', kind='메이커스페이스 전문랩'),
  L('news_article', '융기원 메이커스페이스 전문랩', '수원', kind='전문랩'))
F('other-kict-3dp-gyeonggi', 'ref:other-kict-3dp-gyeonggi',
  L('news_article', 'K-ICT 3D프린팅 경기센터', '의정부 용현산업단지 입구', kind='3D프린팅센터'),
  L('news_article', '3D프린팅 경기센터', '경기 의정부', kind=''))
F('ms-bucheon-makerspace', 'ref:ms-bucheon-makerspace',
  L('makeall_portal', '부천 메이커스페이스', '경기도 부천시 춘의동 춘의테크노파크 2차 202동 경기콘텐츠진흥원 10층', kind='메이커스페이스'),
  L('news_article', '부천메이커스페이스', '부천시 춘의동 경기콘텐츠진흥원 10층', kind='메이커스페이스'),
  L('city_maker_guide', '부천 메이커스페이스', '원미구 춘의동 춘의테크노파크2차', kind='메이커스페이스'))
F('other-gcon-bucheon-center', 'page:http://it.donga.com/29765/',
  L('news_article', '경기콘텐츠진흥원 서부클러스터 부천센터', '경기도 부천시 춘의동 춘의테크노파크2차', kind='콘텐츠 창업지원'))
F('other-gcon-north-hub', 'page:https://it.donga.com/21555',
  L('news_article', '북부 경기문화창조허브', '경기도 의정부시 의정부동 501-1 CRC 빌딩', phone='031-877-2712', kind='창업지원'),
  L('news_article', '북부경기문화창조허브', '의정부', kind=''))
F('other-gcon-west-hub', 'page:http://www.venturesquare.net/759163',
  L('news_article', '서부경기문화창조허브', '시흥시 정왕동 경기서부융복합지원센터', kind='메이커스 협업공간'))
F('lib-원미도서관-부천', 'lib',
  V('2026', '원미도서관'),
  G('2026', '원미도서관', display_name='부천시립원미도서관', kind='시립도서관',
    addr_override='부천시 소사로 456(원미동)'))
F('lib-안양어린이도서관', 'lib',
  V('2026', '안양어린이도서관'),
  M('2026', '안양어린이도서관'))
F('lib-평촌도서관-안양', 'lib',
  V('2026', '평촌도서관(임시자료실 운영중/안양어린이도서관 2층)'),
  V('2023', '평촌도서관'))

# ---------------------------------------------------------------- 강원
F('ms-gangneung-jejakso', 'ref:ms-gangneung-jejakso',
  L('makeall_portal', '강릉제작소(Maker Space)', '강원특별자치도 강릉시 포남동', kind='메이커스페이스'),
  L('news_article', '강릉제작소', '강릉 포남동 강릉과학산업진흥원 창고 리모델링', kind='메이커 스페이스'),
  L('maker_map_en', 'Gangneung Jejakso (Maker Space)', 'Ponam-dong, Gangneung-si, Gangwon-do', kind='makerspace'))
F('lib-강릉시립중앙도서관', 'lib',
  V('2026', '강릉시립중앙도서관'),
  V('2023', '강릉시립중앙도서관', '강원도 강릉시'),
  L('maker_map_en', 'Gangneung Municipal Central Library', '448 Gangneung-daero, Gangneung-si, Gangwon State',
    phone=intl_phone('033-660-3279'), homepage='http://www.gnslib.or.kr/', lat='37.773027', lon='128.913010',
    kind='library'))
F('lib-행복한모루도서관', 'lib',
  V('2026', '행복한모루도서관'),
  V('2023', '행복한모루도서관', '강원도 강릉시'))
F('mh-gangwon-ip-center', 'page:https://www.scienceall.com/tag/%EB%AC%B4%ED%95%9C%EC%83%81%EC%83%81%EC%8B%A4/page/3/',
  L('muhan_portal', '강원지식재산센터 무한상상실', '강원', kind='무한상상실(거점)'))
F('mh-gangwon-seed-station', 'page:https://www.scienceall.com/tag/%EB%AC%B4%ED%95%9C%EC%83%81%EC%83%81%EC%8B%A4/page/3/',
  L('muhan_portal', '강원도농산물원종장 무한상상실', '강원', kind='무한상상실(소규모)'))
F('lib-영월교육도서관', 'lib',
  V('2026', '영월교육도서관', '강원특별자치도 영월군'),
  V('2026', '영월교육도서관', '강원특별자치도교육청'),
  V('2023', '영월교육도서관', '강원도 영월군'))
F('lib-토성공공도서관', 'lib',
  V('2026', '토성공공도서관'),
  V('2023', '토성공공도서관', '강원도 고성군'),
  G('2023', '토성공공도서관', '강원특별자치도 고성군', display_name='고성군 토성공공도서관', kind='군립도서관'))
F('lib-고성군립간성도서관', 'lib',
  V('2026', '고성군립간성도서관'))

# ---------------------------------------------------------------- 인천
F('pv-inha-cschool', 'ref:pv-inha-cschool',
  L('news_article', '인하대 메이커 스페이스 C-School', '인하대학교 학생회관 5층', kind='메이커 스페이스'),
  L('city_maker_guide', 'C-School(인하대학교)', '남구 인하대학교 학생회관 5층', kind='메이커스페이스'),
  L('maker_map_en', 'Inha University C-School Makerspace', 'Student Union Bldg 5F, Inha University, Michuhol-gu, Incheon',
    kind='makerspace'))
for nm in ['별똥별어린이도서관', '임학도서관', '동양도서관', '서운도서관', '효성도서관', '작전도서관']:
    F('lib-%s-계양' % nm, 'lib', V('2026', nm, '인천광역시'), V('2026', nm, '인천광역시 계양구'))
for nm in ['청천도서관', '부개어린이도서관', '삼산도서관', '갈산도서관', '부개도서관', '부평기적의도서관']:
    F('lib-%s-부평' % nm, 'lib', V('2026', nm, '인천광역시'), V('2026', nm, '인천광역시 부평구'))
F('lib-계양도서관-인천교육청', 'lib',
  V('2026', '계양도서관', '인천광역시'),
  V('2026', '인천광역시교육청계양도서관'),
  M('2026', '인천광역시교육청계양도서관', display_name='인천광역시교육청 계양도서관'))

# ---------------------------------------------------------------- 경남 (dev part)
F('mh-changwon-science', 'ref:mh-changwon-science',
  L('muhan_portal', '창원과학체험관 무한상상실', '경남 창원시 창원과학체험관 2층·3층', kind='무한상상실(거점)'),
  L('news_article', '경남 거점 무한상상실', '창원과학체험관', kind='무한상상실'))
for nm, ph in [('거제시립아주도서관', 1), ('거제시청스마트도서관', 1), ('거제시립하청도서관', 1),
               ('거제시립수양도서관', 1), ('거제시립장평도서관', 1), ('상문동스마트도서관', 1)]:
    F('lib-%s' % nm, 'lib', V('2026', nm))
FAC[-6]['listings'].append(M('2026', '거제시립아주도서관'))
FAC[-4]['listings'].append(V('2023', '거제시립하청도서관'))
F('lib-밀양시립도서관', 'lib', V('2026', '밀양시립도서관'), M('2026', '밀양시립도서관'))
F('lib-밀양시립영어도서관', 'lib', V('2026', '밀양시립영어도서관'))

# ---------------------------------------------------------------- 광주 (dev part)
F('lib-라이브러리파크', 'lib',
  V('2026', '국립아시아문화전당 라이브러리파크'),
  M('2026', '국립아시아문화전당 라이브러리파크', display_name='ACC 라이브러리파크', phone=False))


# ---------------------------------------------------------------- 제주 서귀포 (시도 vs 시 publication)
for nm in ['서귀포시중앙도서관', '서귀포기적의도서관', '서귀포시동부도서관', '서귀포시서부도서관', '성산일출도서관']:
    F('lib-%s' % nm, 'lib', V('2026', nm, '제주특별자치도'), V('2026', nm, '제주특별자치도 서귀포시'))
FAC[-5]['listings'].append(L('maker_map_en', 'Seogwipo Central Library', '32 Gimjeongmunhwa-ro, Seogwipo-si, Jeju',
                             phone=intl_phone('064-739-1516'), homepage='http://lib.jeju.go.kr/', lat='33.251417',
                             lon='126.507622', kind='library'))
FAC[-4]['listings'].append(V('2023', '서귀포기적의도서관', '제주특별자치도 서귀포시'))
F('lib-갯머리작은도서관-서귀포', 'lib',
  V('2026', '(세화2리)갯머리작은도서관', '제주특별자치도'),
  V('2026', '(세화2리)갯머리작은도서관', '제주특별자치도 서귀포시'),
  M('2026', '(세화2리)갯머리작은도서관', '제주특별자치도 서귀포시', display_name='갯머리작은도서관', kind='작은도서관'))
F('lib-중앙꿈쟁이작은도서관-서귀포', 'lib',
  V('2026', '중앙꿈쟁이(중앙동)작은도서관', '제주특별자치도 서귀포시'),
  G('2026', '중앙꿈쟁이(중앙동)작은도서관', '제주특별자치도 서귀포시', display_name='중앙꿈쟁이 작은도서관',
    kind='작은도서관', homepage=False))
F('lib-예촌작은도서관-서귀포', 'lib',
  V('2026', '(신례1리)예촌작은도서관', '제주특별자치도 서귀포시'))
# ---------------------------------------------------------------- 기적의도서관 (same name, several cities)
F('lib-기적의도서관-제천', 'lib', V('2026', '기적의도서관', '충청북도 제천시'), M('2026', '기적의도서관', '충청북도 제천시',
  display_name='제천기적의도서관'))
F('lib-구로기적의도서관', 'lib', V('2026', '구로기적의도서관'), V('2023', '구로기적의도서관'))


# ---------------------------------------------------------------- more 대전 pairs, extra cards
for nm, gu in [('자양도서관', '대전광역시 동구'), ('용운도서관', '대전광역시 동구'), ('가오도서관', '대전광역시 동구'),
               ('구즉도서관', '대전광역시 유성구'), ('가수원도서관', '대전광역시 서구'), ('갈마도서관', '대전광역시 서구')]:
    F('lib-%s-대전' % nm, 'lib', V('2026', nm, '대전광역시'), V('2026', nm, gu))


def _add(cid, *ls):
    for f in FAC:
        if f['cid'] == cid:
            f['listings'].extend(ls)
            return
    raise SystemExit('no facility ' + cid)


_add('lib-홍도도서관-대전', M('2026', '홍도도서관', '대전광역시 동구'))
_add('lib-관평도서관-대전', M('2026', '관평도서관', '대전광역시 유성구'))
_add('lib-유성도서관-대전', M('2026', '유성도서관', '대전광역시 유성구'))
_add('lib-둔산도서관-대전', M('2026', '둔산도서관', '대전광역시 서구'))
_add('lib-판암도서관-대전', G('2026', '판암도서관', '대전광역시 동구', display_name='동구 판암도서관', kind='구립도서관'))
_add('lib-진잠도서관-대전', G('2026', '진잠도서관', '대전광역시 유성구', display_name='유성구립 진잠도서관', kind='구립도서관'))
_add('lib-월평도서관-대전', G('2026', '월평도서관', '대전광역시 서구', kind='구립도서관', drop_paren=True))
for nm in ['임학도서관', '작전도서관', '효성도서관', '서운도서관', '동양도서관']:
    _add('lib-%s-계양' % nm, V('2023', nm, '인천광역시 계양구'))
for nm in ['삼산도서관', '부평기적의도서관', '청천도서관', '갈산도서관', '부개도서관', '부개어린이도서관']:
    _add('lib-%s-부평' % nm, V('2023', nm, '인천광역시 부평구'))
for nm in ['별똥별어린이도서관', '효성도서관']:
    _add('lib-%s-계양' % nm, M('2026', nm, '인천광역시 계양구'))
_add('lib-삼산도서관-부평', M('2026', '삼산도서관', '인천광역시 부평구'))
_add('lib-부평기적의도서관-부평', G('2026', '부평기적의도서관', '인천광역시 부평구', kind='구립도서관'))

# ---------------------------------------------------------------- 인천 동구
F('lib-꿈드림어린이영어도서관-인천동구', 'lib', V('2026', '꿈드림어린이영어도서관', '인천광역시'),
  V('2026', '꿈드림어린이영어도서관', '인천광역시 동구'))
F('lib-이룸청소년도서관-인천동구', 'lib', V('2026', '이룸청소년도서관', '인천광역시'),
  V('2026', '이룸청소년도서관', '인천광역시 동구'), M('2026', '이룸청소년도서관', '인천광역시 동구'))
F('lib-송림도서관-인천동구', 'lib', V('2026', '송림도서관', '인천광역시'), V('2026', '송림도서관', '인천광역시 동구'),
  V('2023', '송림도서관', '인천광역시 동구'))
F('lib-화도진도서관-인천', 'lib', V('2026', '화도진도서관', '인천광역시'), V('2026', '인천광역시교육청화도진도서관'),
  M('2026', '인천광역시교육청화도진도서관', display_name='화도진도서관'))

# ---------------------------------------------------------------- 교육청 vs 시군구 pairs
F('lib-거제도서관', 'lib', V('2026', '거제도서관', '경상남도 거제시'), V('2026', '거제도서관', '경상남도교육청'),
  M('2026', '거제도서관', '경상남도교육청'))
F('lib-연산도서관-부산', 'lib', V('2026', '연산도서관', '부산광역시 연제구'), V('2026', '부산광역시립연산도서관'),
  V('2023', '연산도서관', '부산광역시 연제구'))

# ---------------------------------------------------------------- re-crawl: renumbered phones
for nm in ['선경도서관', '북수원도서관', '호매실도서관', '창룡도서관']:
    F('lib-%s-수원' % nm, 'lib', V('2023', nm, '경기도 수원시'), V('2026', nm, '경기도 수원시'))
_add('lib-선경도서관-수원', M('2026', '선경도서관', '경기도 수원시'))
for nm in ['수성구립파동도서관', '수성구립무학숲도서관', '수성구립책숲길도서관']:
    F('lib-%s' % nm, 'lib', V('2023', nm), V('2026', nm))
_add('lib-수성구립파동도서관', G('2026', '수성구립파동도서관', display_name='파동도서관', kind='구립도서관'))
F('lib-도곡정보문화도서관', 'lib', V('2026', '도곡정보문화도서관'), V('2023', '도곡정보문화도서관'),
  M('2026', '도곡정보문화도서관'))

# ---------------------------------------------------------------- extra cards for maker facilities
_add('ms-pro-gtec-suwon', L('maker_map_en', 'AICT Makerspace (Pro Lab)', 'Advanced Institutes of Convergence Technology, Suwon-si, Gyeonggi-do',
                            kind='makerspace'))
_add('mh-gyeonggi-tp', L('city_maker_guide', '경기TP 무한상상실', '안산시 경기테크노파크', kind='무한상상실'))
_add('ms-pro-fabmonster-busan', L('maker_map_en', 'Fab Monster Urban Regeneration Pro Lab', 'Seomyeon, Busan', kind='makerspace'))
_add('ccei-gyeonggi', L('city_maker_guide', '경기혁신센터', '성남시 분당구 판교공공지원센터', homepage=CC % 'gyeonggi',
                        kind='창조경제혁신센터'))
_add('ccei-seoul', L('news_article', '(재)서울창조경제혁신센터', '서울 광화문우체국 서울지방우정청 5층'))
_add('sg-seoul-mullae', L('maker_map_en', 'Mullae Small Manufacturers Support Center (Machinery & Metal)',
                          'Mullae-dong, Yeongdeungpo-gu, Seoul', kind='support center'))
_add('ms-kw-changjakso', L('maker_map_en', 'Kwangwoon Changjakso', "Samneung Space Hyang 2F, near Kwangwoon Univ. Station, Seoul",
                           kind='makerspace'))
_add('other-kict-3dp-gyeonggi', L('city_maker_guide', '3D프린팅 경기센터(K-ICT)', '의정부시 용현산업단지 입구', kind='3D프린팅'))


# ---------------------------------------------------------------- generic / repeated names, singletons
F('lib-꿈빛도서관-부천', 'lib', V('2026', '꿈빛도서관', '경기도 부천시'), V('2023', '꿈빛도서관', '경기도 부천시'))
F('lib-꿈빛도서관-광주서구', 'lib', V('2026', '꿈빛도서관', '광주광역시 서구'))
F('lib-꿈빛도서관-인천서구', 'lib', V('2026', '꿈빛도서관', '인천광역시 서구'), V('2023', '꿈빛도서관', '인천광역시 서구'))
F('lib-꿈빛도서관-광양', 'lib', V('2026', '꿈빛도서관', '전라남도 광양시'))
F('lib-심곡도서관-인천서구', 'lib', V('2026', '심곡도서관', '인천광역시'), V('2026', '심곡도서관', '인천광역시 서구'))
F('lib-심곡도서관-부천', 'lib', V('2026', '심곡도서관', '경기도 부천시'))
F('lib-거제시립장승포도서관', 'lib', V('2026', '거제시립장승포도서관'), V('2023', '거제시립장승포도서관'))
F('lib-거제시립옥포도서관', 'lib', V('2026', '거제시립옥포도서관'))
F('lib-강릉책문화센터', 'lib', V('2026', '강릉책문화센터'), V('2023', '강릉책문화센터', '강원도 강릉시'))
F('lib-문원도서관-과천', 'lib', V('2026', '문원도서관'))
F('lib-성북길빛도서관', 'lib', V('2026', '성북길빛도서관'))
F('lib-서울특별시교육청송파도서관', 'lib', V('2026', '서울특별시교육청송파도서관'))
F('lib-대구광역시립달성도서관', 'lib', V('2026', '대구광역시립달성도서관'))
F('lib-보목꿈터작은도서관', 'lib', V('2026', '보목꿈터작은도서관', '제주특별자치도 서귀포시'))
F('lib-LH강정작은도서관', 'lib', V('2026', 'LH강정작은도서관', '제주특별자치도'))
F('lib-용흥작은도서관', 'lib', V('2026', '용흥 작은도서관', '제주특별자치도 서귀포시'),
  V('2023', '용흥 작은도서관', '제주특별자치도', addr_contains='용흥로'))
_add('lib-영도도서관남항분관', M('2026', '영도도서관 남항분관', display_name='영도도서관남항분관'))
_add('lib-밀양시립영어도서관', M('2026', '밀양시립영어도서관'))
_add('lib-영월교육도서관', M('2026', '영월교육도서관', '강원특별자치도 영월군'))
_add('ccei-busan', L('city_maker_guide', '부산혁신센터', '해운대구 센텀그린타워 3~4층', homepage=CC % 'busan', kind='창조경제혁신센터'))


# ================================================================ hard cases
# (class, verdict, [(cid, listing#), ...], reasoning, source)
H = []


def hc(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


# ---- positives
hc('P1 shared portal host', 'same', [('dl-pangyo', 1), ('dl-pangyo', 2), ('dl-pangyo', 3)],
   'The ICT 디바이스랩 portal prints the one national host www.devicelab.kr for every lab; the news listing has no '
   'homepage and an operator suffix. Identity rests on "판교" + 디바이스랩, not on the host.',
   'ref dl-pangyo (kyeongin.com/article/1180043, yitoday 33005)')
hc('P1 shared portal host', 'same', [('dl-daegu', 1), ('dl-daegu', 2)],
   'Portal listing (host www.devicelab.kr, shared by all labs) vs press listing "K-ICT 디바이스랩 대구 / 대구TP 모바일융합센터" '
   '(TP abbreviated). Same lab; the shared host is no evidence either way.', 'ref dl-daegu')
hc('P1 shared portal host', 'same', [('dl-songdo', 1), ('dl-songdo', 2)],
   'Portal listing with the shared host vs news "K-ICT디바이스랩 송도" (no space, 송도국제도시). Same lab.', 'ref dl-songdo')
hc('P1 shared portal host', 'same', [('ms-fablab-daejeon', 1), ('ms-fablab-daejeon', 2)],
   'The city guide gives 팹랩대전 the 대전창조경제혁신센터 portal page (the centre it sat in) as homepage; the news listing '
   'gives none. Same fab lab: the borrowed host is not the lab\'s own.',
   'ref ms-fablab-daejeon (tomatoin.com space 817)')
hc('P1 shared portal host', 'same', [('lib-홍도도서관-대전', 1), ('lib-홍도도서관-대전', 2)],
   'Both rows carry www.donggu.go.kr/… pages, a host shared by every 동구 library (판암, 무지개, 홍도 …). The match rests on '
   'name + road address, not on the host.', 'library_2026.csv rows 1152/1169')
hc('P1 shared portal host', 'same', [('lib-별똥별어린이도서관-계양', 1), ('lib-별똥별어린이도서관-계양', 2)],
   '계양구 rows all give http://www.gygl.go.kr (one site for 7 libraries); the 인천광역시 row gives no homepage and no phone. '
   'Same library by name and road address.', 'library_2026.csv')
hc('P2 English vs Hangul', 'same',
   [('other-seoul-innovation-fablab', 1), ('other-seoul-innovation-fablab', 2), ('other-seoul-innovation-fablab', 3),
    ('other-seoul-innovation-fablab', 4)],
   '"Seoul Innovation FabLab, 684 Tongil-ro, Eunpyeong-gu" is the Revised-Romanization form of 서울이노베이션팹랩, 은평구 '
   '통일로 684 (서울혁신파크 제작동 1층).', 'ref other-seoul-innovation-fablab (stib.ee/BIo1); mediahub.seoul.go.kr/archives/1023863')
hc('P2 English vs Hangul', 'same', [('pv-fablab-seoul', 1), ('pv-fablab-seoul', 2), ('pv-fablab-seoul', 3), ('pv-fablab-seoul', 4)],
   'Fab Lab Seoul = 팹랩서울 / SK팹랩서울 / 팹 랩 서울, 종로 세운상가 (가동 5층), run by 타이드인스티튜트; "SK" is the sponsor prefix.',
   'newstomato 433864; newspim 20170907000143; thefirstmedia 46233; venturesquare 43398')
hc('P2 English vs Hangul', 'same', [('ms-pro-korea-univ', 1), ('ms-pro-korea-univ', 3)],
   'KU Makerspace, Room 130 Changui-gwan = 고려대학교 KU 메이커스페이스 창의관 130호; same homepage kums.korea.ac.kr.', 'ref ms-pro-korea-univ')
hc('P2 English vs Hangul', 'same', [('lib-수성구립범어도서관', 1), ('lib-수성구립범어도서관', 3)],
   '"Beomeo Library, 2451 Dalgubeol-daero, Suseong-gu" = 수성구립범어도서관, 달구벌대로 2451(범어동); same phone and coordinates.',
   'library_2026.csv')
hc('P2 English vs Hangul', 'same', [('lib-국채보상운동기념도서관', 2), ('lib-국채보상운동기념도서관', 5)],
   '"Gukchaebosang Movement Memorial Library, 25 Gongpyeong-ro 10-gil, Jung-gu" = 국채보상운동기념도서관, 공평로 10길 25.',
   'library_2026.csv')
hc('P2 English vs Hangul', 'same', [('ccei-gangwon', 1), ('ccei-gangwon', 3)],
   'English name/“Kangwon National University, Chuncheon-si, Gangwon State” vs 국립강원대학교 한빛·보듬관, 강원특별자치도 춘천시; '
   'note the university keeps the older spelling "Kangwon".', 'ref ccei-gangwon')
hc('P2 English vs Hangul', 'same', [('ms-gangneung-jejakso', 1), ('ms-gangneung-jejakso', 3)],
   '"Gangneung Jejakso (Maker Space), Ponam-dong, Gangneung-si, Gangwon-do" = 강릉제작소(Maker Space), 강릉 포남동. '
   'The English listing even keeps the pre-2023 province name (Gangwon-do).', 'ref ms-gangneung-jejakso')
hc('P2 English vs Hangul', 'same', [('ms-pro-daejeon-did', 1), ('ms-pro-daejeon-did', 5)],
   'English "DID Technology Convergence Workshop (Digital Factory In Daejeon)" in the annex of the former South Chungcheong '
   'Provincial Office = DID기술융합공작소, 구 충남도청사 별관; same phone 042-385-4200 in +82 form.', 'ref ms-pro-daejeon-did')
hc('P2 English vs Hangul', 'same', [('mh-gwacheon', 1), ('mh-gwacheon', 3)],
   '"Infinite Imagination Room" is a literal rendering of 무한상상실; 110 Sanghabeol-ro = 상하벌로 110; same (02)3677-1349.',
   'ref mh-gwacheon')
hc('P3 operator / programme prefix-suffix', 'same', [('ccei-daegu', 1), ('ccei-daegu', 3)],
   '"(재)대구창조경제혁신센터" is the foundation-form name of the centre (operator = (재)대구창조경제혁신센터).', 'ref ccei-daegu')
hc('P3 operator / programme prefix-suffix', 'same', [('ccei-incheon', 1), ('ccei-incheon', 2)],
   '(재) legal-form prefix on the same centre.', 'ref ccei-incheon')
hc('P3 operator / programme prefix-suffix', 'same', [('dl-pangyo', 1), ('dl-pangyo', 2)],
   'Programme prefix "K-ICT" and operator suffix "(경기도경제과학진흥원 운영)" around the same lab name.', 'ref dl-pangyo')
hc('P3 operator / programme prefix-suffix', 'same', [('ms-fablab-geumjeong', 1), ('ms-fablab-geumjeong', 2), ('ms-fablab-geumjeong', 3)],
   'The 개소 press name is "주니어캠퍼스 팹랩 금정" (programme prefix); 구청 and guide write 팹랩 금정 / 금정 팹랩 (word order). '
   'Same space in 금정구 창업일자리센터.', 'busan.com 20181128000264; fairn.co.kr 54103')
hc('P3 operator / programme prefix-suffix', 'same', [('lib-계양도서관-인천교육청', 1), ('lib-계양도서관-인천교육청', 2), ('lib-계양도서관-인천교육청', 3)],
   '인천광역시 publishes "계양도서관"; the education office publishes the operator-prefixed "인천광역시교육청계양도서관" at the same '
   'road address (계양산로134번길 18).', 'library_2026.csv rows 295/1172')
hc('P3 operator / programme prefix-suffix', 'same', [('lib-신천도서관-대구동구', 1), ('lib-신천도서관-대구동구', 3)],
   '구청 page prefixes the district ("동구 신천도서관"); same phone and address.', 'library_2026.csv')
hc('P3 operator / programme prefix-suffix', 'same', [('lib-송중문화정보도서관', 1), ('lib-송중문화정보도서관', 4)],
   '"강북구립" operator prefix on the 구청 page.', 'library_2026.csv')
hc('P3 operator / programme prefix-suffix', 'same', [('ms-pro-daejeon-did', 1), ('ms-pro-daejeon-did', 2)],
   '"대전전문랩(DID기술융합공작소)": the programme name (전문랩) is put first and the facility name bracketed.', 'kukinews kuk202003020008')
hc('P4 bracketed real/English name', 'same', [('ms-fablab-daejeon', 1), ('ms-fablab-daejeon', 2)],
   '"팹랩대전(FabLab Daejeon)": English name in brackets.', 'ref ms-fablab-daejeon')
hc('P4 bracketed real/English name', 'same', [('ms-sports-fablab-suseong', 2), ('ms-sports-fablab-suseong', 1)],
   '"메이커스랩(Makers-Lab)" is the 대구테크노파크 스포츠융복합산업지원센터 space that became 스포츠 팹랩 수성 (reference alt names). '
   'The press places it in 대구스타디움 칼라스퀘어 지하 1층, the guide in 대구스타디움몰 1층 — a real conflict about the floor, '
   'not two facilities.', 'ref ms-sports-fablab-suseong; m.sedaily.com NewsViewAmp/1RWZ6XHILB')
hc('P4 bracketed real/English name', 'same', [('ms-daegu-univ-azit', 1), ('ms-daegu-univ-azit', 2)],
   '"아지트(AZIT)" bracket; the short form is "대구대 AZIT 메이커스페이스".', 'ref ms-daegu-univ-azit')
hc('P4 bracketed real/English name', 'same', [('ms-pro-n15', 1), ('ms-pro-n15', 2), ('ms-pro-n15', 3)],
   '"엔피프틴(N15)" = (주)엔피프틴 = N15.', 'ref ms-pro-n15')
hc('P4 bracketed real/English name', 'same', [('sg-seoul-changsin', 1), ('sg-seoul-changsin', 2)],
   'Bracket holds the trade: "창신(의류봉제) 소공인특화지원센터" = 창신 소공인특화지원센터.', 'ref sg-seoul-changsin')
hc('P4 bracketed real/English name', 'same', [('sg-seoul-mullae', 1), ('sg-seoul-mullae', 2), ('sg-seoul-mullae', 3)],
   '"문래(기계금속)" bracket vs "문래 기계·금속 …" vs the run-together "문래소공인특화지원센터".',
   'ref sg-seoul-mullae; sisanews 38123; snmnews 405782')
hc('P4 bracketed real/English name', 'same', [('lib-평촌도서관-안양', 1), ('lib-평촌도서관-안양', 2)],
   'In 2026 the row reads "평촌도서관(임시자료실 운영중/안양어린이도서관 2층)" at 동안로 66: the bracket tells that 평촌도서관 is '
   'temporarily housed in 안양어린이도서관. The 2023 row has its own building (관평로 213) and phone 6201 (2026: 6204). '
   'Same library, temporarily relocated.', 'library_2026.csv row 517; library_2023_2024.csv')
hc('P4 bracketed real/English name', 'same', [('pv-inha-cschool', 1), ('pv-inha-cschool', 2)],
   '"C-School(인하대학교)" puts the host university in brackets.', 'ref pv-inha-cschool')
hc('P5 abbreviation', 'same', [('ccei-daegu', 1), ('ccei-daegu', 5), ('ccei-daegu', 4)],
   '혁신센터 = 창조경제혁신센터 = CCEI (Center for Creative Economy & Innovation).', 'ref ccei-daegu')
hc('P5 abbreviation', 'same', [('ccei-gwangju', 1), ('ccei-gwangju', 2)],
   '광주혁신센터 / GIST (= 광주과학기술원) abbreviations.', 'ref ccei-gwangju')
hc('P5 abbreviation', 'same', [('ccei-gyeongbuk', 1), ('ccei-gyeongbuk', 2)],
   '"경북센터" is the usual press short form of 경북창조경제혁신센터.', 'ref ccei-gyeongbuk')
hc('P5 abbreviation', 'same', [('ms-pro-knu-creative-factory', 1), ('ms-pro-knu-creative-factory', 2), ('ms-pro-knu-creative-factory', 3)],
   '경북대 = 경북대학교; "메이커스페이스 전문랩" is the programme label of the same 크리에이티브 팩토리.', 'ref ms-pro-knu-creative-factory')
hc('P5 abbreviation', 'same', [('ms-pro-gtec-suwon', 1), ('ms-pro-gtec-suwon', 2)],
   '융기원 = 차세대융합기술연구원.', 'ref ms-pro-gtec-suwon')
hc('P5 abbreviation', 'same', [('ms-kw-changjakso', 1), ('ms-kw-changjakso', 2)],
   '광운대 메이커스페이스 = 광운창작소 (광운대학교 산학협력단), both "광운대역 앞".', 'ref ms-kw-changjakso')
hc('P5 abbreviation', 'same', [('mh-daejeon-science', 1), ('mh-daejeon-science', 2), ('mh-daejeon-science', 3)],
   '중앙과학관 = 국립중앙과학관; one 2013 article calls the same opening "국립대전과학관" (the museum in 대전).',
   'zdnet 20130827112741; etnews 201308230330; m.etnews.com 201308190329')
hc('P6 old and new names', 'same', [('ms-pro-daejeon-did', 1), ('ms-pro-daejeon-did', 3), ('ms-pro-daejeon-did', 4)],
   'DID기술융합공작소 was renamed 대전창작Lab in 2024 (now run by 대전창조경제혁신센터 at 대전창업허브, 중구 선화동).',
   'joongdo 20240325010007977; daejonilbo 2121437; wikitree 1047996 (www.djclab.co.kr)')
hc('P6 old and new names', 'same', [('ms-fablab-daejeon', 3), ('ms-fablab-daejeon', 2)],
   '"시제품 제작소" (2014) was renamed 팹랩대전 on joining the Fab Lab network.', 'tomatoin.com space 817')
hc('P6 old and new names', 'same', [('ms-fablab-daejeon', 2), ('ms-fablab-daejeon', 4), ('ms-fablab-daejeon', 5)],
   'Relocation: 팹랩대전 (founded 2014, 김선명) was in KAIST 나노종합기술원 9층 in 2015 and is described in 월평동 (서구) by 2019, '
   'still under 김선명; selected as a 2018 일반형 maker space. Same lab, old vs new location.',
   'tomatoin.com space 817; m.hellodd.com pid=68820; daejonilbo 1325437')
hc('P6 old and new names', 'same', [('lib-국채보상운동기념도서관', 3), ('lib-국채보상운동기념도서관', 1)],
   '대구시립중앙도서관 (2023 snapshot) is the same row, phone and homepage (/jungang/) as 국채보상운동기념도서관 (2026): renamed.',
   'library_2023_2024.csv row 210; library_2026.csv row 593')
hc('P6 old and new names', 'same', [('lib-과천교육도서관', 1), ('lib-과천교육도서관', 2)],
   '경기과천교육도서관 → 경기도교육청과천도서관 (경기도교육청 renamed its libraries); same address, phone and homepage.',
   'library_2026.csv rows 1270/2590')
hc('P6 old and new names', 'same', [('lib-신탄진도서관-대전대덕', 1), ('lib-신탄진도서관-대전대덕', 2)],
   '신탄진평생학습도서관 (대전광역시 row) vs 신탄진도서관 (대덕구 row): same road address and phone; two names in use.',
   'library_2026.csv / library_2023_2024.csv')
hc('P7 building / landmark instead of road address', 'same', [('ccei-sejong', 1), ('ccei-sejong', 2)],
   'Both listings locate the centre by a landmark (옛 세종시 교육청사, 조치원읍), not a road address.', 'ref ccei-sejong')
hc('P7 building / landmark instead of road address', 'same', [('ms-pro-daejeon-did', 1), ('ms-pro-daejeon-did', 2)],
   '"구 충남도청사 별관" — a former provincial office building as the address.', 'ref ms-pro-daejeon-did')
hc('P7 building / landmark instead of road address', 'same', [('ccei-busan', 1), ('ccei-busan', 2), ('ccei-busan', 3)],
   'Building name only (센텀그린타워) in all forms.', 'ref ccei-busan')
hc('P7 building / landmark instead of road address', 'same', [('ccei-daejeon', 1), ('ccei-daejeon', 2), ('ccei-daejeon', 3)],
   'KAIST 나노종합기술원 9층 (current) vs KAIST 교육지원동 3층 (opening, 2014): campus buildings, no road address; the centre '
   'moved inside KAIST when it expanded.', 'hankyung 2014032606711; ilyo.co.kr 143461')
hc('P7 building / landmark instead of road address', 'same', [('ccei-daegu', 1), ('ccei-daegu', 2), ('ccei-daegu', 3), ('ccei-daegu', 5)],
   '대구무역회관 (2014 opening, 동구) vs 창조경제단지 in 북구 printed as 호암로 / 침산동 / 칠성동: one centre that moved, with three '
   'different 동/road names in the press for the new site.', 'ref ccei-daegu')
hc('P7 building / landmark instead of road address', 'same', [('ms-bucheon-makerspace', 1), ('ms-bucheon-makerspace', 2), ('ms-bucheon-makerspace', 3)],
   'Located by building (춘의테크노파크 2차 202동, 경기콘텐츠진흥원 10층).', 'ref ms-bucheon-makerspace; etnews 20180715000021')
hc('P8 old and new region names', 'same', [('lib-강릉시립중앙도서관', 1), ('lib-강릉시립중앙도서관', 2), ('lib-강릉시립중앙도서관', 3)],
   '강원도 강릉시 (2022 row) = 강원특별자치도 강릉시 (2026 row) = Gangwon State: renamed 2023-06-11.', 'library files; README')
hc('P8 old and new region names', 'same', [('lib-행복한모루도서관', 1), ('lib-행복한모루도서관', 2)],
   '강원도 → 강원특별자치도, everything else equal.', 'library files')
hc('P8 old and new region names', 'same', [('ccei-gangwon', 1), ('ccei-gangwon', 2)],
   '"강원도 춘천시" (2015 press) vs "강원특별자치도 춘천시".', 'ref ccei-gangwon')
hc('P8 old and new region names', 'same', [('pv-inha-cschool', 2), ('pv-inha-cschool', 3)],
   '"남구 인하대학교" (the 인천 남구 name until 2018-07-01) vs "Michuhol-gu".', 'ref pv-inha-cschool; README')
hc('P8 old and new region names', 'same', [('lib-원미도서관-부천', 1), ('lib-원미도서관-부천', 2)],
   '"부천시 소사로 456" (no 구: 부천 had no 일반구 2016-07 … 2023-12) vs "부천시 원미구 소사로 456" (구 restored 2024-01-01).',
   'library_2026.csv; README')
hc('P8 old and new region names', 'same', [('ms-bucheon-makerspace', 2), ('ms-bucheon-makerspace', 3)],
   '2018 press "부천시 춘의동" (no 구) vs guide "원미구 춘의동".', 'ref ms-bucheon-makerspace')
hc('P8 old and new region names', 'same', [('lib-영월교육도서관', 3), ('lib-영월교육도서관', 1)],
   '강원도 영월군 (2022) vs 강원특별자치도 영월군 (2026).', 'library files')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-구암도서관-대전', 1), ('lib-구암도서관-대전', 2)],
   '대전광역시 publishes 042-601-6630 and "유성대로 626번길 57"; 유성구 publishes 042-611-6630 and "유성대로626번길 57(구암동)". '
   'Conflicting phone, spacing and 동 note; same library.', 'library_2026.csv rows 1139/2918')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-진잠도서관-대전', 1), ('lib-진잠도서관-대전', 2)],
   '601-6591 (시) vs 611-6590 (구): both number and extension differ.', 'library_2026.csv')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-관평도서관-대전', 1), ('lib-관평도서관-대전', 2)],
   'Same phone, but 운영기관 "대전 유성구청" vs "충남대학교 산학협력단(민간위탁)", homepage gplib.or.kr vs lib.yuseong.go.kr, '
   '"테크노4로" vs "테크노 4로".', 'library_2026.csv')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-안산도서관-대전대덕', 1), ('lib-안산도서관-대전대덕', 2), ('lib-안산도서관-대전대덕', 3)],
   'Name conflict: 안산평생학습도서관 (대전광역시) vs 안산도서관 (대덕구), same address and phone. (Not the city 안산.)',
   'library_2026.csv rows 1136/3237')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-송촌도서관-대전대덕', 1), ('lib-송촌도서관-대전대덕', 2)],
   '송촌평생학습도서관 vs 송촌도서관 — same pattern.', 'library_2026.csv')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-무지개도서관-대전', 1), ('lib-무지개도서관-대전', 2)],
   'Different homepage pages (contents/660 vs contents/632) and coordinates differing in the 5th decimal.', 'library_2026.csv')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-청천도서관-부평', 1), ('lib-청천도서관-부평', 2)],
   '인천광역시 row has no phone, no homepage, no coordinates; 부평구 row has all, plus "(청천동)".', 'library_2026.csv')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-국채보상운동기념도서관', 1), ('lib-국채보상운동기념도서관', 2)],
   'Conflicting addresses: 중구 publishes "동덕로 115, 7층 703호", 대구광역시 publishes "공평로 10길 25"; same name, phone and '
   'homepage. One library, one publisher with a stale/office address.', 'library_2026.csv rows 593/2588')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-영월교육도서관', 1), ('lib-영월교육도서관', 2)],
   '영월군 (9314) vs 강원특별자치도교육청 (9315) publications; "영월로 1914-7" vs "영월로1914-7(하송리)".', 'library_2026.csv')
hc('P10 head-office phone vs own phone', 'same', [('lib-토성공공도서관', 2), ('lib-토성공공도서관', 3), ('lib-토성공공도서관', 1)],
   '2022/2023 rows give the library\'s own 033-680-3561; the 2026 row gives 033-680-3560, the number also printed for '
   '고성군립간성도서관 (the county library; a new 고성 군립도서관 building opened in 2024). Same 토성공공도서관 (same road '
   'address, name and homepage); only the phone moved to the shared county number.',
   'library files; seoraktimes.com/8643 (고성 군립도서관 개관 2024-03)')
hc('P10 head-office phone vs own phone', 'same', [('other-seoul-innovation-fablab', 3), ('other-seoul-innovation-fablab', 4), ('other-seoul-innovation-fablab', 1)],
   'Two listings print 02-389-7512~3, the 서울혁신파크 (미래청) office line that the park\'s newsletter gives, not a fab-lab '
   'line; the guide prints no phone. Same fab lab.', 'ref other-seoul-innovation-fablab (stib.ee/BIo1)')
hc('P10 head-office phone vs own phone', 'same', [('lib-라이브러리파크', 1), ('lib-라이브러리파크', 2)],
   'The data row prints 1899-5566, the 국립아시아문화전당 (ACC) representative number; the map card prints none. Same 라이브러리파크.',
   'library_2026.csv')

# ---- negatives
hc('N1 two facilities, one building/address', 'different',
   [('other-seoul-innovation-fablab', 1), ('other-seoul-approtech-lab', 1), ('other-seoul-approtech-lab', 2),
    ('other-seoul-innovation-park', 1), ('other-seoul-innovation-park', 2)],
   '제작동 1층 = 서울이노베이션팹랩, 2층 = 적정기술랩 (a different lab); 서울혁신파크 is the park (operator) whose address '
   '(통일로 684) and office phone the fab lab listings also print.', 'mediahub.seoul.go.kr/archives/1023863; stib.ee/BIo1')
hc('N1 two facilities, one building/address', 'different', [('lib-남항작은도서관', 1), ('lib-영도도서관남항분관', 1)],
   '절영로 71(남항동2가): 남항 작은도서관 (동 행정복지센터, 051-419-5677) and 영도도서관 남항분관 (구청, 051-419-5673) — two libraries, one address, '
   'same coordinates.', 'library_2026.csv rows 263/264')
hc('N1 two facilities, one building/address', 'different', [('lib-새아름작은도서관', 1), ('lib-넓은들작은도서관', 1)],
   'Two 작은도서관 at 남부순환로 88길 5-7 with different phones (2694-5198 / 2060-5919).', 'library_2026.csv rows 1359/1360')
hc('N1 two facilities, one building/address', 'different', [('lib-밀양시립도서관', 1), ('lib-밀양시립영어도서관', 1)],
   '중앙로 265(삼문동): the city library and the city English library share a site, separate phones and homepages.',
   'library_2026.csv rows 508/509')
hc('N1 two facilities, one building/address', 'different', [('lib-안양어린이도서관', 1), ('lib-평촌도서관-안양', 1)],
   '평촌도서관 is temporarily housed on the 2nd floor of 안양어린이도서관 (동안로 66): same address and coordinates, two libraries.',
   'library_2026.csv rows 513/517')
hc('N1 two facilities, one building/address', 'different', [('lib-송중문화정보도서관', 1), ('sg-gangbuk-fashion-platform', 1), ('sg-gangbuk-fashion-platform', 2)],
   '강북패션플랫폼 (강북구 소공인 복합지원센터) is planned on the 송중문화정보도서관 site, 도봉로20나길 6: same road address, '
   'different facility and kind.', 'ref sg-gangbuk-fashion-platform (asiae 2026031308340849969)')
hc('N1 two facilities, one building/address', 'different', [('lib-수성구립범어도서관', 1), ('ms-suseong-beomeo-library', 1), ('ms-suseong-beomeo-library', 2)],
   'The maker space occupies the library\'s 1층 gallery; the guide even prints the library\'s phone. Library ≠ maker space.',
   'ref ms-suseong-beomeo-library')
hc('N1 two facilities, one building/address', 'different', [('lib-강북문화정보도서관', 1), ('ms-gangbuk-sangsang-munhwa', 1), ('ms-gangbuk-sangsang-munhwa', 2)],
   '상상공작소 is a maker space inside 강북문화정보도서관 (same address and phone on the 구청 page).', 'bukbu.kr 28619')
hc('N1 two facilities, one building/address', 'different', [('lib-광진정보도서관', 1), ('mh-gwangjin-library', 1), ('mh-gwangjin-library', 2)],
   'The 2013 무한상상실 pilot inside 광진정보도서관 is a programme space, not the library.', 'hankyung 2013061829021; m.etnews.com 201308190329')
hc('N1 two facilities, one building/address', 'different', [('ms-bucheon-makerspace', 2), ('other-gcon-bucheon-center', 1)],
   'Same building (경기콘텐츠진흥원, 춘의테크노파크2차): 부천 메이커스페이스 (10층) vs 경콘진 서부클러스터 부천센터 (startup centre).',
   'it.donga.com/29765; etnews 20180715000021')
hc('N2 one operator, several facilities', 'different',
   [('dl-daegu', 1), ('ms-sports-fablab-suseong', 2), ('ms-daegu-startline', 1)],
   '대구테크노파크 runs three different spaces: 디바이스랩 대구 (모바일융합센터), 메이커스랩/스포츠 팹랩 수성 (스포츠융복합산업지원센터) '
   'and 스타트라인 (디지털융합센터, 성서).', 'ref dl-daegu; ref ms-sports-fablab-suseong; smnews 160986')
hc('N2 one operator, several facilities', 'different', [('pv-fablab-busan', 1), ('ms-pro-fabmonster-busan', 1)],
   'Both founded by 이동훈 (고블린 → 팹몬스터) but 팹랩 부산 (부경대 용당캠퍼스) and the 팹몬스터 전문랩 (서면) are two spaces.',
   'ref pv-fablab-busan; ref ms-pro-fabmonster-busan')
hc('N2 one operator, several facilities', 'different', [('other-gcon-north-hub', 1), ('other-gcon-west-hub', 1), ('other-gcon-bucheon-center', 1), ('ms-bucheon-makerspace', 1)],
   '경기콘텐츠진흥원 runs 북부 (의정부) and 서부 (시흥) 경기문화창조허브, the 부천센터 and 부천 메이커스페이스: one operator, four sites.',
   'it.donga.com/21555; venturesquare 759163; it.donga.com/29765')
hc('N2 one operator, several facilities', 'different', [('lib-홍도도서관-대전', 2), ('lib-무지개도서관-대전', 2), ('lib-판암도서관-대전', 2)],
   'One 구청 operator and one web host (www.donggu.go.kr/…) for three different libraries.', 'library_2026.csv')
hc('N2 one operator, several facilities', 'different',
   [('lib-별똥별어린이도서관-계양', 2), ('lib-임학도서관-계양', 2), ('lib-동양도서관-계양', 2), ('lib-서운도서관-계양', 2)],
   'One foundation ((재)인천광역시 계양구 인재양성장학교육재단) and one website http://www.gygl.go.kr for several libraries.',
   'library_2026.csv')
hc('N2 one operator, several facilities', 'different', [('ms-gangbuk-sangsang-munhwa', 1), ('ms-gangbuk-sangsang-youth', 1)],
   'Two spaces with the same name "상상공작소", opened together (2021-04) by 강북구립도서관 in two different libraries.',
   'bukbu.kr 28619; 700.xza.kr/106714')
hc('N3 names differing by one region syllable', 'different', [('ccei-gyeongnam', 1), ('ccei-gyeongbuk', 1)],
   '경남 (창원, 두산) vs 경북 (구미, 삼성): different centres; names and URLs differ by one syllable (gyeongnam/gyeongbuk).',
   'ref ccei-gyeongnam; ref ccei-gyeongbuk')
hc('N3 names differing by one region syllable', 'different', [('ccei-gyeongnam', 3), ('ccei-gyeongbuk', 3)],
   'Same pair in English: "Gyeongnam…" / "Gyeongbuk…".', '')
hc('N3 names differing by one region syllable', 'different', [('ccei-daegu', 1), ('ccei-daejeon', 1)],
   '대구 vs 대전 창조경제혁신센터 (one syllable); both have KAIST/삼성-style landmark addresses.', '')
hc('N3 names differing by one region syllable', 'different', [('dl-daegu', 1), ('dl-pangyo', 1), ('dl-songdo', 1)],
   'ICT디바이스랩 대구 / 판교 / 송도 differ only in the place word and share one homepage.', 'ref dl-*')
hc('N4 centre vs maker space it runs', 'different', [('ccei-daejeon', 1), ('ms-fablab-daejeon', 1), ('ms-fablab-daejeon', 3)],
   '팹랩대전 was run by the 대전창조경제혁신센터 inside it (9층); the guide lists it with the centre\'s page and its old name '
   '"대전창조경제혁신센터 시제품 제작소" contains the centre\'s name. Still two facilities.', 'tomatoin.com space 817; ilyo.co.kr 143461')
hc('N4 centre vs maker space it runs', 'different', [('ccei-daejeon', 4), ('ms-pro-daejeon-did', 3), ('ms-pro-daejeon-did', 4)],
   'Since 2024 대전혁신센터 runs 대전창작Lab (ex-DID) at 대전창업허브; the centre itself is in 유성구.', 'joongdo 20240325010007977')
hc('N4 centre vs maker space it runs', 'different', [('other-seoul-innovation-park', 1), ('other-seoul-innovation-fablab', 4)],
   '서울혁신파크 (the park operator) and its fab lab share road address and office phone.', 'stib.ee/BIo1')
hc('N5 same city / same name, different facilities', 'different', [('lib-신천도서관-대구동구', 1), ('lib-신천도서관-시흥', 1)],
   'Two "신천도서관": 대구 동구 동부로6길 65 vs 경기 시흥시 신천로 89-18.', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('sg-seoul-changsin', 1), ('sg-seoul-mullae', 1), ('sg-seoul-jangwi', 1)],
   'Three of 서울\'s 소공인특화지원센터 (창신, 문래, 장위) — same programme name, different districts/trades.', 'ref sg-seoul-*')
hc('N5 same city / same name, different facilities', 'different', [('sg-jungnang-myeonmok', 1), ('sg-jungnang-myeonmok', 2), ('sg-gwangjin-bongje', 1), ('sg-gwangjin-bongje', 2)],
   '"면목" in both: 중랑구 centre in 면목동 vs 광진구 centre at 면목로 158 (중곡동). Both 봉제; different facilities.',
   'ref sg-jungnang-myeonmok; ref sg-gwangjin-bongje')
hc('N5 same city / same name, different facilities', 'different', [('sg-dongdaemun-fashion', 1), ('sg-jungnang-myeonmok', 1), ('sg-gangbuk-fashion-platform', 1)],
   'Several 서울 패션봉제 복합지원센터 with near-identical names.', 'ref sg-*')
hc('N5 same city / same name, different facilities', 'different', [('mh-gwangjin-library', 1), ('mh-kipa-seoul', 1)],
   'Two 서울 무한상상실 pilots of 2013 (광진정보도서관 and 한국발명진흥회).', 'm.etnews.com 201308190329')
hc('N5 same city / same name, different facilities', 'different', [('lib-영도도서관', 1), ('lib-영도도서관남항분관', 1)],
   'Main library vs its branch (남항분관): different buildings, addresses and phones.', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('mh-daejeon-science', 1), ('ms-fablab-daejeon', 1), ('ms-pro-daejeon-did', 1)],
   'Three different 대전 maker spaces.', '')
hc('N6 branches printing one head-office number', 'different', [('lib-신천도서관-대구동구', 1), ('lib-안심도서관-대구동구', 1)],
   'Both print 053-980-2600, the (재)대구광역시 동구문화재단 number; different libraries and addresses.', 'library_2026.csv')
hc('N6 branches printing one head-office number', 'different', [('lib-거제시립하청도서관', 1), ('lib-거제시립수양도서관', 1)],
   'Both print 055-639-3891.', 'library_2026.csv')
hc('N6 branches printing one head-office number', 'different', [('lib-거제시립아주도서관', 1), ('lib-거제시청스마트도서관', 1)],
   'The unstaffed 거제시청스마트도서관 prints 아주도서관\'s 055-639-7320.', 'library_2026.csv')
hc('N6 branches printing one head-office number', 'different', [('lib-거제시립장평도서관', 1), ('lib-상문동스마트도서관', 1)],
   'Smart library prints 장평도서관\'s 055-639-3861.', 'library_2026.csv')
hc('N6 branches printing one head-office number', 'different', [('lib-토성공공도서관', 1), ('lib-고성군립간성도서관', 1)],
   'In 2026 both print 033-680-3560; different libraries (토성면 vs 간성읍).', 'library_2026.csv')
hc('N7 메이커스랩(구미) vs 메이커스랩(Makers-Lab)', 'different', [('pv-gumi-makerslab', 1), ('ms-sports-fablab-suseong', 2)],
   '"메이커스랩(구미)" is a private space in 구미 (경북); "메이커스랩(Makers-Lab)" is 대구TP\'s space at 대구스타디움 (수성구). '
   'Same base name, different cities and operators.', 'yeongnam 20161229.010020714140001; m.sedaily.com 1RWZ6XHILB')
hc('P1 shared portal host', 'same', [('lib-갯머리작은도서관-서귀포', 1), ('lib-갯머리작은도서관-서귀포', 2), ('lib-갯머리작은도서관-서귀포', 3)],
   'Both data rows give https://www.smalllibrary.org/main/index, the national 작은도서관 portal used by hundreds of small '
   'libraries; the map card gives none. Same library by name and address.', 'library_2026.csv rows 110/2094')
hc('P4 bracketed real/English name', 'same', [('lib-갯머리작은도서관-서귀포', 2), ('lib-갯머리작은도서관-서귀포', 3)],
   '"(세화2리)갯머리작은도서관": the village (리) is bracketed before the real name; the map shows "갯머리작은도서관".', 'library_2026.csv')
hc('P4 bracketed real/English name', 'same', [('lib-중앙꿈쟁이작은도서관-서귀포', 1), ('lib-중앙꿈쟁이작은도서관-서귀포', 2)],
   '"중앙꿈쟁이(중앙동)작은도서관" vs "중앙꿈쟁이 작은도서관": the 동 is bracketed inside the name.', 'library_2026.csv')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-서귀포시중앙도서관', 1), ('lib-서귀포시중앙도서관', 2), ('lib-서귀포시중앙도서관', 3)],
   'Published identically by 제주특별자치도 and by 서귀포시 (only 제공기관 differs), plus an English map entry.', 'library_2026.csv rows 124/2133')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-서귀포기적의도서관', 1), ('lib-서귀포기적의도서관', 2), ('lib-서귀포기적의도서관', 3)],
   'Three rows: 제주특별자치도 (2026), 서귀포시 (2026) and the 2023 snapshot whose 운영기관 reads "제주특별자치도 서귀포시청".',
   'library files')
hc('N3 names differing by one region syllable', 'different', [('lib-서귀포시동부도서관', 1), ('lib-서귀포시서부도서관', 1)],
   '동부 / 서부: one syllable; different libraries (일주동로 8232 vs 중문관광로 346), same website lib.jeju.go.kr.', 'library_2026.csv')
hc('N2 one operator, several facilities', 'different', [('lib-서귀포시중앙도서관', 2), ('lib-서귀포기적의도서관', 2), ('lib-성산일출도서관', 2)],
   'One homepage (http://lib.jeju.go.kr/) for every public library of 제주: the host is no evidence of identity.', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different',
   [('lib-부평기적의도서관-부평', 2), ('lib-서귀포기적의도서관', 2), ('lib-기적의도서관-제천', 1), ('lib-기적의도서관-제천', 2), ('lib-구로기적의도서관', 1)],
   '"기적의도서관" is a national programme name (책읽는사회문화재단); 제천\'s is simply called "기적의도서관". Four different libraries '
   'in four cities; 제천 and 구로 even share the operator 책읽는사회문화재단.', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('mh-gwacheon', 1), ('lib-과천교육도서관', 2)],
   'Both in 과천 with phones in the same 02-3677 block ((02)3677-1349 과학관 vs 02-3677-0371 도서관): different facilities.',
   'ref mh-gwacheon; library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('ccei-gyeonggi', 1), ('dl-pangyo', 1)],
   'Both "판교, 성남": 경기창조경제혁신센터 (판교공공지원센터) vs ICT디바이스랩 판교.', 'ref ccei-gyeonggi; ref dl-pangyo')
hc('N5 same city / same name, different facilities', 'different', [('ms-gangneung-jejakso', 1), ('lib-강릉시립중앙도서관', 1)],
   'Both in 강릉 포남동 (the library\'s address is 강릉대로 448(포남동)); different facilities.', 'ref; library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('ms-suseong-beomeo-library', 1), ('ms-daegu-kkomji-fablab', 1)],
   'The two 2019 "대구형 메이커스페이스" (범어도서관 and 청소년 문화의 집 꼼지락발전소).', 'deconomic 29199')
hc('N2 one operator, several facilities', 'different', [('ms-pro-knu-creative-factory', 3), ('ms-suseong-beomeo-library', 2)],
   '경북대 크리에이티브팩토리 staff run the 범어도서관 maker space (operator 수성구): different spaces.', 'ref ms-suseong-beomeo-library')
hc('N2 one operator, several facilities', 'different', [('lib-갯머리작은도서관-서귀포', 1), ('lib-예촌작은도서관-서귀포', 1)],
   'Both small libraries give the same portal homepage smalllibrary.org; different villages (세화2리 / 신례1리).', 'library_2026.csv')
hc('P3 operator / programme prefix-suffix', 'same', [('lib-화도진도서관-인천', 1), ('lib-화도진도서관-인천', 2), ('lib-화도진도서관-인천', 3)],
   '"화도진도서관" (인천광역시) vs "인천광역시교육청화도진도서관" (교육청; its 제공기관 even says 인천광역시화도진도서관).',
   'library_2026.csv rows 328/1170')
hc('P3 operator / programme prefix-suffix', 'same', [('lib-연산도서관-부산', 1), ('lib-연산도서관-부산', 2), ('lib-연산도서관-부산', 3)],
   '"연산도서관" (연제구 publication) vs "부산광역시립연산도서관" (교육청 publication) at 고분로191번길 16; same phone.',
   'library_2026.csv rows 476/1459')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-거제도서관', 1), ('lib-거제도서관', 2)],
   '거제시 publishes 055-637-9267 and http://gjlib.gne.go.kr, the 교육청 publishes 055-637-6311 and https://…: conflicting '
   'phones, same library (계룡로7길 2).', 'library_2026.csv rows 822/3424')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-이룸청소년도서관-인천동구', 1), ('lib-이룸청소년도서관-인천동구', 2)],
   '시 row adds the building "(청봄이룸터)" and has no phone; 구 row has phone and coordinates.', 'library_2026.csv')
hc('P11 re-crawl change between snapshots', 'same', [('lib-선경도서관-수원', 1), ('lib-선경도서관-수원', 2), ('lib-선경도서관-수원', 3)],
   '수원시 libraries moved from 031-228-xxxx to 031-5191-xxxx between the 2024-01 and 2026-01 snapshots '
   '(031-228-4728 → 031-5191-4728); everything else equal.', 'library files')
hc('P11 re-crawl change between snapshots', 'same', [('lib-호매실도서관-수원', 1), ('lib-호매실도서관-수원', 2)],
   '031-228-4658 → 031-5191-4658.', 'library files')
hc('P11 re-crawl change between snapshots', 'same', [('lib-수성구립파동도서관', 1), ('lib-수성구립파동도서관', 2), ('lib-수성구립파동도서관', 3)],
   '053-668-1801 (2024) → 053-668-1751 (2025): new extension, same library; the 구청 page drops the 구립 prefix.', 'library files')
hc('P10 head-office phone vs own phone', 'same', [('lib-도곡정보문화도서관', 1), ('lib-도곡정보문화도서관', 3)],
   'Every listing prints 1644-3227, a nationwide 1644 representative number rather than a local line of the library; '
   'the number cannot locate or identify it (and could be shared with other 강남구 facilities).',
   'library files')
hc('N2 one operator, several facilities', 'different', [('lib-수성구립범어도서관', 1), ('lib-수성구립책숲길도서관', 2)],
   '수성구립책숲길도서관 (수성로 215, 수옥빌딩 4층) is published with 범어도서관\'s homepage https://library.daegu.go.kr/beomeo/: '
   'one operator ((재)수성문화재단), one web page, two libraries.', 'library_2026.csv')
hc('N2 one operator, several facilities', 'different', [('lib-수성구립파동도서관', 2), ('lib-수성구립무학숲도서관', 2)],
   'Same operator and homepage host (…/yonghak/…), different libraries.', 'library_2026.csv')
hc('N2 one operator, several facilities', 'different', [('lib-선경도서관-수원', 2), ('lib-북수원도서관-수원', 2), ('lib-창룡도서관-수원', 2)],
   'Same 031-5191 block and suwonlib.go.kr host for different 수원 libraries.', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('lib-꿈드림어린이영어도서관-인천동구', 2), ('lib-송림도서관-인천동구', 2)],
   'Both on 새천년로 (93 vs 72), same 구, same 032-770 block: different libraries.', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different',
   [('lib-꿈빛도서관-부천', 1), ('lib-꿈빛도서관-광주서구', 1), ('lib-꿈빛도서관-인천서구', 1), ('lib-꿈빛도서관-광양', 1)],
   'Four different libraries all called "꿈빛도서관" (부천 원미구, 광주 서구, 인천 서구, 광양).', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('lib-심곡도서관-인천서구', 2), ('lib-심곡도서관-부천', 1)],
   '"심곡도서관" in 인천 서구 (심곡로 31) and in 부천 소사구 (성무로 24, 심곡본동) — and the two cities border each other.',
   'library_2026.csv')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-심곡도서관-인천서구', 1), ('lib-심곡도서관-인천서구', 2)],
   '인천광역시 row without phone vs 서구 row with 032-568-0133.', 'library_2026.csv')
hc('P11 re-crawl change between snapshots', 'same', [('lib-거제시립장승포도서관', 1), ('lib-거제시립장승포도서관', 2)],
   'Same name and phone; the road-address number differs (신부로 36 in 2023, 신부로 34-6 in 2025) and the coordinates moved '
   'by ~60 m — a corrected address, not a second library.', 'library files')
hc('P8 old and new region names', 'same', [('lib-강릉책문화센터', 1), ('lib-강릉책문화센터', 2)],
   '강원도 강릉시 (2022) vs 강원특별자치도 강릉시 (2025).', 'library files')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-용흥작은도서관', 1), ('lib-용흥작은도서관', 2)],
   '서귀포시 (2026) vs 제주특별자치도 (2024) publication of the same 작은도서관.', 'library files')
