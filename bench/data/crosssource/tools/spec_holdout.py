"""Held-out part.  Built exactly like spec_dev.py, with other facilities (no facility in both parts;
every hard-negative group lies wholly inside this part)."""
from libdata import verbatim as V, map_listing as M, gu_office as G, L, gu_phone, dot_phone, intl_phone

CC = 'https://ccei.creativekorea.or.kr/%s/'
DL = 'www.devicelab.kr'

FAC = []


def F(cid, basis, *listings):
    FAC.append(dict(cid=cid, basis=basis, listings=list(listings)))


def _add(cid, *ls):
    for f in FAC:
        if f['cid'] == cid:
            f['listings'].extend(ls)
            return
    raise SystemExit('no facility ' + cid)


# ---------------------------------------------------------------- 창조경제혁신센터 (8)
F('ccei-jeonnam', 'ref:ccei-jeonnam',
  L('ccei_portal', '전남창조경제혁신센터', '전라남도 여수시 덕충동 GS칼텍스밸류센터', homepage=CC % 'jeonnam',
    kind='창조경제혁신센터'),
  L('news_article', '전남센터', '여수 옛 GS칼텍스 교육센터'),
  L('maker_map_en', 'Jeonnam Center for Creative Economy & Innovation', 'GS Caltex Value Center, Deokchung-dong, Yeosu-si, Jeollanam-do',
    homepage=CC % 'jeonnam', kind='innovation center'))
F('ccei-bitgaram', 'ref:ccei-bitgaram',
  L('ccei_portal', '빛가람창조경제혁신센터', '전라남도 나주시', homepage=CC % 'bitgaram', kind='창조경제혁신센터'),
  L('news_article', '빛가람센터', '전남 나주'))
F('ccei-jeonbuk', 'ref:ccei-jeonbuk',
  L('ccei_portal', '전북창조경제혁신센터', '전북특별자치도 전주시', homepage=CC % 'jeonbuk', kind='창조경제혁신센터'),
  L('news_article', '전북창조경제혁신센터', '전라북도 전주', kind='창조경제혁신센터'),
  L('maker_map_en', 'Jeonbuk Center for Creative Economy & Innovation', 'Jeonju-si, Jeollabuk-do', homepage=CC % 'jeonbuk',
    kind='innovation center'))
F('ccei-chungbuk', 'ref:ccei-chungbuk',
  L('ccei_portal', '충북창조경제혁신센터', '충청북도 청주시 청원구 오창읍 오창과학산업단지 (옛 소프트웨어지원센터)',
    homepage=CC % 'chungbuk', kind='창조경제혁신센터'),
  L('news_article', '충북혁신센터', '청주시 오창 충북지식산업진흥원'),
  L('maker_map_en', 'Chungbuk Center for Creative Economy & Innovation', 'Ochang Science Industrial Complex, Cheongju-si, Chungcheongbuk-do',
    homepage=CC % 'chungbuk', kind='innovation center'))
F('ccei-chungnam', 'ref:ccei-chungnam',
  L('ccei_portal', '충남창조경제혁신센터', '충청남도 천안시 충남테크노파크 생산관 1층', homepage=CC % 'chungnam',
    kind='창조경제혁신센터'),
  L('news_article', '충남센터', '천안 충남테크노파크 생산관 1층·KTX 천안아산역사 비즈니스센터'),
  L('maker_map_en', 'Chungnam Center for Creative Economy & Innovation', 'Chungnam Techno Park, Cheonan-si, Chungcheongnam-do',
    homepage=CC % 'chungnam', kind='innovation center'))
F('ccei-jeju', 'ref:ccei-jeju',
  L('ccei_portal', '제주창조경제혁신센터', '제주특별자치도 제주시 중앙로 제주벤처마루 3층', homepage=CC % 'jeju',
    kind='창조경제혁신센터'),
  L('news_article', '제주혁신센터', '제주벤처마루 3층 J-SPACE'),
  L('maker_map_en', 'Jeju Center for Creative Economy & Innovation', 'Jeju Venture Maru 3F, Jungang-ro, Jeju-si, Jeju',
    homepage=CC % 'jeju', kind='innovation center'))
F('ccei-ulsan', 'ref:ccei-ulsan',
  L('ccei_portal', '울산창조경제혁신센터', '울산광역시 울산대학교 공학5호관 (창조마루)', homepage=CC % 'ulsan',
    kind='창조경제혁신센터'),
  L('news_article', '울산센터', '울산대 공학5호관'))
F('ccei-pohang', 'ref:ccei-pohang',
  L('ccei_portal', '포항창조경제혁신센터', '경상북도 포항시', homepage=CC % 'pohang', kind='창조경제혁신센터'),
  L('news_article', '포항센터', '포항', kind='민간자율형 창조경제센터'))

# ---------------------------------------------------------------- ICT 디바이스랩 (2)
F('dl-yongin', 'ref:dl-yongin',
  L('devicelab_portal', 'ICT디바이스랩 용인', '경기 용인시', homepage=DL, kind='ICT디바이스랩'),
  L('news_article', 'K-ICT 디바이스랩 용인', '용인시디지털산업진흥원', homepage='www.dipa.or.kr', kind='디바이스랩'))
F('dl-jeonju', 'ref:dl-jeonju',
  L('devicelab_portal', 'ICT디바이스랩 전주', '전북특별자치도 전주시', homepage=DL, kind='ICT디바이스랩'),
  L('news_article', 'K-ICT 디바이스랩 전주', '전라북도 전주 전주정보문화산업진흥원', kind='디바이스랩'))

# ---------------------------------------------------------------- maker spaces
F('ms-pro-hoseo', 'ref:ms-pro-hoseo',
  L('makeall_portal', '호서메이커 스페이스', '충남 아산시 KTX천안아산역 앞 와이몰 1층', kind='메이커스페이스 전문랩'),
  L('news_article', '메이크포유(MAKE4U)', '아산 와이몰 1층', kind='전문랩'),
  L('news_article', '호서대 메이커스페이스 메이크포유', 'KTX천안아산역 앞 주상복합 와이몰', kind='메이커스페이스'),
  L('maker_map_en', 'Hoseo Makerspace MAKE4U', 'Y-Mall 1F, in front of KTX Cheonan-Asan Station, Asan-si, Chungcheongnam-do',
    kind='makerspace'))
F('ms-pro-cbnu-promaker', 'ref:ms-pro-cbnu-promaker',
  L('makeall_portal', '충북Pro메이커센터', '충북 청주시 충북대학교', kind='메이커스페이스 전문랩'),
  L('news_article', '충북대 충북Pro메이커센터', '충북대 내', kind='전문랩'),
  L('news_article', '충북대학교 메이커스페이스 전문랩', '청주', kind='전문랩'))
F('ms-fablab-cheongju', 'ref:ms-fablab-cheongju',
  L('makeall_portal', '팹랩청주', '충북 청주 세중테크노벨리',
    homepage='https://www.makeall.com/network/storyview.php?tsort=3&msort=10&s_key=&s_type=&no=205&page=1',
    kind='메이커스페이스 일반랩'),
  L('news_article', '팹랩청주(메이킹브라더스)', '청주', kind='일반랩(의료특화)'),
  L('maker_map_en', 'FabLab Cheongju', 'Cheongju-si, Chungcheongbuk-do', kind='fablab'))
F('ms-gangdong-kkun', 'ref:ms-gangdong-kkun',
  L('makeall_portal', '강동대학교 꾼스페이스', '충북 음성군 강동대학교 지덕관 1층', kind='메이커스페이스 일반랩'),
  L('news_article', '강동대 메이커 스페이스 ‘꾼 스페이스’', '음성 강동대 지덕관', kind='메이커 스페이스'))
F('ms-sunchon-hwachangmaru', 'ref:ms-sunchon-hwachangmaru',
  L('makeall_portal', '순천대학교 메이커스페이스 화창마루', '전남 순천시 순천대학교', kind='메이커스페이스 일반랩'),
  L('news_article', '순천대 화창마루', '순천', kind='메이커스페이스'))
F('ms-mokpo-namak', 'ref:ms-mokpo-namak',
  L('makeall_portal', '남악 메이커 스페이스', '전남 무안군 삼향읍 남악 복합주민센터 3층', kind='메이커스페이스 일반랩'),
  L('news_article', '목포대 남악 메이커 스페이스', '무안 남악복합주민센터 3층', kind='메이커 스페이스'))
F('ms-jdc-jaemimanlab', 'ref:ms-jdc-jaemimanlab',
  L('makeall_portal', '재미만랩', '제주첨단과학기술단지 내 제주혁신성장센터', kind='메이커스페이스'),
  L('news_article', 'JDC 메이커스페이스 재미만랩', '제주첨단과학기술단지 제주혁신성장센터', kind='메이커스페이스'),
  L('maker_map_en', 'JDC Makerspace Jaemiman Lab', 'Jeju Innovation Growth Center, Jeju Science Park, Jeju-si, Jeju',
    kind='makerspace'))
F('ms-iksan-makerspace', 'ref:ms-iksan-makerspace',
  L('city_maker_guide', '익산 메이커스페이스', '영등동 익산종합비지니스센터 6층', kind='메이커스페이스'),
  L('news_article', '익산 메이커스페이스', '전라북도 익산시 영등동 익산종합비지니스센터 6층', kind='메이커스페이스'))
F('ms-yangsan-artcraft', 'ref:ms-yangsan-artcraft',
  L('makeall_portal', '양산 메이커 스페이스', '경남 양산시 물금읍 증산역로 149', kind='메이커스페이스 일반랩'),
  L('news_article', '(사)미주교육문화진흥원 양산 메이커 스페이스', '양산 물금읍 증산역로 149', kind='일반랩'),
  L('maker_map_en', 'Yangsan Maker Space (Art Craft Studio)', '149 Jeungsanyeok-ro, Mulgeum-eup, Yangsan-si, Gyeongsangnam-do',
    kind='makerspace'))
F('ms-gunpo-madi', 'ref:ms-gunpo-madi',
  L('makeall_portal', '마디창작소', '경기 군포시 군포시청소년수련관 3층·4층', kind='메이커스페이스 일반랩'),
  L('news_article', '마디창작소(마음껏 디자인하는 창작소)', '군포시청소년수련관 3층 유휴공간', kind='메이커스페이스'),
  L('news_article', '군포시청소년수련관 메이커스페이스', '군포', kind='메이커스페이스'),
  L('maker_map_en', 'Madi Changjakso', 'Gunpo Youth Center 3F, Gunpo-si, Gyeonggi-do', kind='makerspace'))
F('other-gunpo-youth-center', 'page:http://www.kihoilbo.co.kr/news/articleView.html?idxno=809609',
  L('news_article', '군포시청소년수련관', '경기 군포시', kind='청소년수련관'))
F('ms-gunpo-gonggusangga', 'page:http://www.fnnews.com/news/201812270217227614',
  L('news_article', '군포책마을 ‘공구상가’', '군포책마을 내', phone='031-390-3082', kind='창작공간'),
  L('news_article', '공구상가', '군포', phone='390-3082', kind='창작공간'))
F('ms-guri-dream-workshop', 'ref:ms-guri-dream-workshop',
  L('city_maker_guide', '구리시 메이커스페이스 꿈꾸는 공작소', '인창도서관 대강당 지하 1층', phone=dot_phone('031-550-2936'),
    kind='메이커스페이스'),
  L('news_article', '꿈꾸는 공작소', '구리 인창도서관 지하 1층', kind='메이커스페이스'))
F('lib-인창도서관-구리', 'lib',
  V('2026', '인창도서관'), V('2023', '인창도서관'), M('2026', '인창도서관', display_name='구리시립 인창도서관'))
F('lib-교문도서관-구리', 'lib', V('2023', '교문도서관'), V('2026', '교문방정환도서관'))
F('ms-gimhae-maker-factory', 'page:https://kukinews.com/article/view/kuk201908300185',
  L('news_article', '김해 메이커 팩토리', '김해여객터미널 3층', kind='공공제작소'),
  L('city_maker_guide', '김해메이커팩토리', '전하로304번길 24 김해여객터미널 3층', kind='메이커스페이스'),
  L('maker_map_en', 'Gimhae Maker Factory', 'Gimhae Passenger Terminal 3F, 24 Jeonha-ro 304beon-gil, Gimhae-si, Gyeongsangnam-do',
    kind='makerspace'))
F('other-gimhae-startup-cafe', 'page:https://kukinews.com/article/view/kuk201908300185',
  L('news_article', '김해창업카페', '김해여객터미널 3층', kind='창업지원'))
F('other-gimhae-social-center', 'page:https://www5.ajunews.com/view/20190901153124910',
  L('news_article', '사회적공동체지원센터', '김해여객터미널 4층', kind='사회적경제'))
F('ms-seocho-smart-maker-factory', 'page:https://m.sedaily.com/NewsView/1ZAD7TQ10E',
  L('news_article', '서초청소년도서관 스마트메이커팩토리', '서초청소년도서관 지하 1층', kind='메이커스페이스'),
  L('news_article', '구립서초청소년도서관 스마트메이커팩토리 ‘메이킹온(ON)’', '서울 서초구', kind='메이커스페이스'))
F('lib-서초청소년도서관', 'lib', V('2026', '서초청소년도서관'), V('2023', '서초청소년도서관'))
F('ms-gongju-bamtori', 'page:http://ccnewsq.com/html/view.html?idx=184167',
  L('news_article', '밤톨이상상제작소', '공주 기적의도서관 (책마루 공간 리모델링)', kind='메이커스페이스'))
F('lib-공주기적의도서관', 'lib',
  V('2026', '공주시 도서관(기적의도서관)'), V('2023', '공주시 도서관(기적의도서관)'),
  M('2026', '공주시 도서관(기적의도서관)', display_name='공주기적의도서관'))

# ---------------------------------------------------------------- 무한상상실
F('mh-mokpo-library', 'ref:mh-mokpo-library',
  L('muhan_portal', '목포공공도서관 무한상상실', '전남 목포시 목포공공도서관', kind='무한상상실(시범·스토리텔링형)'),
  L('news_article', '목포공공도서관 무한상상실', '목포', kind='무한상상실'))
F('mh-jeonnam-hub', 'page:http://jeolla.com/bbs/?mode=VIEW&num=729&tbl=jeonnam',
  L('news_article', '전남 무한상상 거점센터', '목포벤처문화산업지원센터 내', kind='무한상상실(거점)'),
  L('muhan_portal', '전라남도정보문화산업진흥원 무한상상실', '전남 목포시 목포벤처문화산업지원센터', kind='무한상상실(거점)'))
F('other-mokpo-venture-center', 'page:http://jeolla.com/bbs/?mode=VIEW&num=729&tbl=jeonnam',
  L('news_article', '목포벤처문화산업지원센터', '전남 목포시', kind='벤처지원센터'))
F('mh-gimcheon-green', 'ref:mh-gimcheon-green',
  L('muhan_portal', '김천녹색미래과학관 무한상상실', '경북 김천시 (경북혁신도시)', kind='무한상상실(거점)'))
F('mh-postech', 'ref:mh-postech',
  L('muhan_portal', '포항공과대학교 무한상상실', '경북 포항시 포항공과대학교 나노융합기술원', kind='무한상상실(거점)'),
  L('news_article', '포스텍 무한상상실', '포항 POSTECH 나노융합기술원 내', kind='무한상상실'))
F('mh-pohang-youth', 'ref:mh-pohang-youth',
  L('muhan_portal', '포항청소년수련관 무한상상실', '경북 포항시 포항청소년수련관', kind='무한상상실(소규모)'))
F('mh-ulsan-science', 'ref:mh-ulsan-science',
  L('muhan_portal', '울산과학관 무한상상실', '울산광역시 울산과학관', kind='무한상상실(거점)'))
F('mh-jeju-aerospace', 'ref:mh-jeju-aerospace',
  L('muhan_portal', '제주항공우주박물관 무한상상실', '제주 제주항공우주박물관', kind='무한상상실(거점)'),
  L('news_article', '제주항공우주박물관 무한상상실', '제주', kind='무한상상실 거점센터'))
F('mh-jeju-univ', 'page:https://www.scienceall.com/tag/%EB%AC%B4%ED%95%9C%EC%83%81%EC%83%81%EC%8B%A4/page/3/',
  L('muhan_portal', '제주대학교 무한상상실', '제주대학교', kind='무한상상실(소규모)'))
F('mh-incheon-edu-science', 'ref:mh-incheon-edu-science',
  L('muhan_portal', '인천교육과학연구원 무한상상실', '인천', kind='무한상상실(소규모)'))
F('mh-dangjin-library', 'ref:mh-dangjin-library',
  L('muhan_portal', '당진도서관 무한상상실', '충남 당진시 당진도서관', kind='무한상상실(소규모)'))
F('mh-airforce-edu', 'ref:mh-airforce-edu',
  L('muhan_portal', '공군교육사령부 무한상상실', '', kind='무한상상실(소규모)'))
F('mh-namwon-edu', 'ref:mh-namwon-edu',
  L('muhan_portal', '남원교육문화회관 무한상상실', '전라북도 남원시 남원교육문화회관', kind='무한상상실(소규모)'))
F('lib-남원학생교육문화관', 'lib',
  V('2023', '남원교육문화회관', '전라북도교육청'),
  V('2023', '남원교육문화회관', '전북특별자치도교육청'),
  V('2026', '남원학생교육문화관'))
F('mh-gwangju-sinchang', 'page:https://hankyung.com/article/2013061829021',
  L('news_article', '광주 신창동주민센터 무한상상실', '광주광역시 신창동주민센터', kind='무한상상실(실험·공방형)'))

# ---------------------------------------------------------------- 소공인
F('sg-gongju-yugu', 'ref:sg-gongju-yugu',
  L('sogongin_press', '공주 소공인 복합지원센터', '충남 공주시 유구읍', kind='소공인 복합지원센터'),
  L('news_article', '유구 소공인복합지원센터(한국섬유스마트공정연구원 위탁운영)', '공주시 유구읍 자카드섬유마케팅센터 리모델링',
    kind='소공인 복합지원센터'),
  L('news_article', '충남 1호 소공인 복합지원센터', '충남 공주 유구', kind=''))
F('sg-hwaseong-metalworking', 'ref:sg-hwaseong-metalworking',
  L('sogongin_press', '화성 소공인 복합지원센터', '경기도 화성시 봉담읍 수영리 400-1 일원', kind='소공인 복합지원센터'),
  L('news_article', '화성 스마트 메탈워킹 콤플렉스', '화성 봉담읍 수영리', kind='소공인 복합지원센터'),
  L('city_maker_guide', '화성 소공인 복합지원센터', '효행구 봉담읍 수영리 400-1', kind='소공인 지원시설'))
F('sg-dongtan', 'ref:sg-dongtan',
  L('sogongin_press', '동탄 소공인 복합지원센터', '경기 화성시 동탄', kind='소공인 복합지원센터'),
  L('news_article', '동탄 소공인 복합지원센터(화성산업진흥원 위탁)', '화성', kind=''))
F('sg-yeongju-punggi', 'ref:sg-yeongju-punggi',
  L('sogongin_press', '영주 소공인 복합지원센터', '경북 영주시 풍기읍 서부리 165-5번지', kind='소공인 복합지원센터'),
  L('news_article', '풍기인삼 소공인 복합지원센터', '풍기역 서부리 165-5번지 (풍기역 주차장 인근)', kind='소공인 복합지원센터'),
  L('news_article', '경북 1호 소공인복합지원센터', '영주 풍기', kind=''))
F('sg-gunpo-dangjeong', 'ref:sg-gunpo-dangjeong',
  L('sogongin_press', '군포 소공인 특화지원센터', '경기도 군포시 당정동', kind='소공인특화지원센터'))

# ---------------------------------------------------------------- 제주시 libraries (시도 vs 시 publication)
for nm in ['우당도서관', '탐라도서관', '애월도서관', '한경도서관', '조천읍도서관', '제주시기적의도서관']:
    F('lib-%s-제주시' % nm, 'lib', V('2026', nm, '제주특별자치도'), V('2026', nm, '제주특별자치도 제주시'))
_add('lib-우당도서관-제주시', L('maker_map_en', 'Udang Library', '30 Sarabongdong-gil, Jeju-si, Jeju', phone=intl_phone('064-728-1503'),
                            homepage='http://lib.jeju.go.kr/', lat='33.514870', lon='126.547868', kind='library'))
_add('lib-탐라도서관-제주시', M('2026', '탐라도서관', '제주특별자치도 제주시'))

# ---------------------------------------------------------------- 광주
F('lib-디지털정보도서관-광주', 'lib', V('2026', '디지털정보도서관', '광주광역시 동구'), V('2026', '디지털정보도서관', '광주광역시'))
F('lib-산수도서관-광주', 'lib', V('2026', '광주광역시립산수도서관'), V('2026', '산수도서관'),
  M('2026', '산수도서관', display_name='광주광역시립 산수도서관'))
F('lib-광주중앙도서관', 'lib', V('2026', '광주중앙도서관'), V('2026', '광주광역시교육청중앙도서관'))
F('lib-광주학생교육문화회관', 'lib', V('2023', '광주학생교육문화회관'), V('2026', '광주광역시교육청학생교육문화회관'))
F('lib-서구문화의숲도서관-광주', 'lib', V('2023', '서구공공도서관'), V('2026', '서구 문화의숲도서관'))
for i, nm in enumerate(['서구 스마트도서관 1호점(상무역)', '서구 스마트도서관 2호점(서구청)', '서구 스마트도서관 3호점(운천역)',
                        '서구 스마트도서관 4호점(풍암동)', '서구 스마트도서관 5호점(동천동)'], 1):
    F('lib-광주서구스마트도서관-%d' % i, 'lib', V('2026', nm))
_add('lib-광주서구스마트도서관-3', V('2023', '서구 스마트도서관 3호점(운천역)'))
F('lib-양산도서관-광주북구', 'lib', V('2026', '양산도서관', '광주광역시 북구'), V('2023', '양산도서관', '광주광역시 북구'))

# ---------------------------------------------------------------- 양산 / 오산 (same name 양산도서관)
F('lib-양산도서관-경남', 'lib', V('2026', '양산도서관', '경상남도교육청'), V('2023', '양산도서관', '경상남도교육청'),
  L('maker_map_en', 'Yangsan Library', '24 Sinju 2-gil, Mulgeum-eup, Yangsan-si, Gyeongsangnam-do', phone=intl_phone('055-385-7004'),
    homepage='https://yslib.gne.go.kr', lat='35.336373', lon='129.020450', kind='library'))
F('lib-오산시양산도서관', 'lib', V('2026', '오산시 양산도서관'), M('2026', '오산시 양산도서관'))
F('lib-양산시립어린이영어도서관', 'lib', V('2026', '양산시립어린이영어도서관'), M('2026', '양산시립어린이영어도서관'))
F('lib-양산시립삼산도서관', 'lib', V('2026', '양산시립삼산도서관'))
F('lib-양산시립상북도서관', 'lib', V('2023', '양산시립상북어린이도서관'), V('2026', '양산시립상북도서관'))

# ---------------------------------------------------------------- 안동 (one number)
for nm in ['안동시립중앙도서관', '안동시립웅부도서관', '안동시립어린이도서관']:
    F('lib-%s' % nm, 'lib', V('2026', nm))
_add('lib-안동시립중앙도서관', V('2023', '안동시립중앙도서관'), G('2026', '안동시립중앙도서관', kind='시립도서관'))

# ---------------------------------------------------------------- 군위 (경북 → 대구)
F('lib-삼국유사군위도서관', 'lib',
  V('2026', '삼국유사군위도서관'), V('2026', '대구광역시교육청삼국유사군위도서관'),
  L('maker_map_en', 'Samguk Yusa Gunwi Library', '175 Guncheong-ro, Gunwi-eup, Gunwi-gun, Daegu', phone=intl_phone('054-380-4280'),
    homepage='https://library.daegu.go.kr/gw', lat='36.239451', lon='128.572521', kind='library'),
  L('news_article', '삼국유사군위도서관', '경북 군위군 군위읍 군청로 175', kind='공공도서관'))
F('lib-삼국유사작은도서관', 'lib',
  V('2026', '삼국유사작은도서관', '대구광역시 군위군'), V('2023', '삼국유사작은도서관', '경상북도 군위군'))

# ---------------------------------------------------------------- 인천 연수·미추홀 (시 vs 구)
for nm in ['동춘나래도서관', '선학별빛도서관', '연수청학도서관', '송도국제어린이도서관']:
    F('lib-%s-연수' % nm, 'lib', V('2026', nm, '인천광역시'), V('2026', nm, '인천광역시 연수구'))
F('lib-연수도서관-인천교육청', 'lib', V('2026', '연수도서관', '인천광역시'), V('2026', '인천광역시교육청연수도서관'))
for nm in ['용비도서관', '학나래도서관']:
    F('lib-%s-미추홀' % nm, 'lib', V('2026', nm, '인천광역시'), V('2026', nm, '인천광역시 미추홀구'))
_add('lib-학나래도서관-미추홀', L('news_article', '학나래도서관', '인천 남구 한나루로 444', kind='구립도서관'))
_add('lib-용비도서관-미추홀', G('2026', '용비도서관', '인천광역시 미추홀구', display_name='미추홀구립 용비도서관', kind='구립도서관'))
F('lib-주안도서관-인천교육청', 'lib', V('2026', '주안도서관', '인천광역시'), V('2026', '인천광역시교육청 주안도서관'))
F('lib-중앙도서관-인천교육청', 'lib', V('2026', '중앙도서관', '인천광역시'), V('2026', '인천광역시교육청 인천광역시교육청중앙도서관'),
  M('2026', '인천광역시교육청 인천광역시교육청중앙도서관', display_name='인천광역시교육청중앙도서관'))

# ---------------------------------------------------------------- 같은 이름: 중앙도서관 / 기적의도서관 / 어린이도서관
F('lib-중앙도서관-군포', 'lib', V('2026', '중앙도서관', '경기도 군포시'), V('2023', '중앙도서관', '경기도 군포시'))
F('lib-중앙도서관-파주', 'lib', V('2026', '중앙도서관', '경기도 파주시'))
F('lib-중앙도서관-광양', 'lib', V('2026', '중앙도서관', '전라남도 광양시'), M('2026', '중앙도서관', '전라남도 광양시',
  display_name='광양시립중앙도서관'))
F('lib-어린이도서관-군포', 'lib', V('2026', '어린이도서관', '경기도 군포시'))
F('lib-정읍기적의도서관', 'lib', V('2023', '기적의도서관', '전라북도 정읍시'), V('2026', '정읍기적의도서관'))
F('lib-기적의도서관-순천', 'lib', V('2026', '기적의도서관', '전라남도 순천시'))
F('lib-기적의도서관-울산북구', 'lib', V('2026', '기적의도서관', '울산광역시 북구'), V('2023', '기적의도서관', '울산광역시 북구'))
F('lib-김해기적의도서관', 'lib', V('2026', '김해기적의도서관'))

# ---------------------------------------------------------------- 화성 (동탄구 신설 2026-02)
for nm in ['목동이음터도서관', '서연이음터도서관', '동탄중앙이음터도서관']:
    F('lib-%s-화성' % nm, 'lib', V('2023', nm), V('2026', nm))
F('lib-화성동탄중앙도서관', 'lib', V('2026', '화성동탄중앙도서관'), M('2026', '화성동탄중앙도서관'))
F('lib-화성교육도서관', 'lib', V('2026', '경기화성교육도서관'), V('2026', '경기도교육청화성도서관'))

# ---------------------------------------------------------------- 전북 (전라북도 → 전북특별자치도) and renamings
F('lib-익산학생교육문화관', 'lib', V('2023', '익산교육문화회관', '전라북도교육청'), V('2026', '익산학생교육문화관'))
for nm in ['영등도서관', '마동도서관', '모현도서관']:
    F('lib-%s-익산' % nm, 'lib', V('2023', nm, '전라북도 익산시') if nm == '모현도서관' else V('2023', nm, '전북특별자치도 익산시'),
      V('2026', nm, '전북특별자치도 익산시'))
F('lib-진안도서관', 'lib',
  V('2023', '전라북도교육청진안도서관', '전라북도 진안군'),
  V('2026', '전북특별자치도교육청진안도서관', '전북특별자치도 진안군'),
  V('2026', '전북특별자치도교육청진안도서관', '전북특별자치도교육청'))

# ---------------------------------------------------------------- 전남 / 충남 / 강원 / 울산 pairs
F('lib-목포시립도서관', 'lib', V('2026', '목포시립도서관'), V('2023', '목포시립도서관'))
F('lib-전라남도교육청목포도서관', 'lib', V('2026', '전라남도교육청목포도서관'), V('2023', '전라남도교육청목포도서관'))
F('lib-전라남도립도서관', 'lib', V('2026', '전라남도립도서관'), V('2023', '전라남도립도서관'), M('2026', '전라남도립도서관'))
F('lib-담양도서관', 'lib', V('2026', '담양공공도서관'), V('2026', '전라남도교육청담양도서관'))
F('lib-유구도서관-공주', 'lib', V('2023', '충청남도공주교육지원청유구도서관'), V('2026', '충청남도공주교육지원청유구도서관'),
  M('2026', '충청남도공주교육지원청유구도서관', display_name='유구도서관'))
F('lib-홍천교육도서관', 'lib', V('2023', '홍천교육도서관', '강원도 홍천군'), V('2026', '홍천교육도서관', '강원특별자치도교육청'))
F('lib-울산동부도서관', 'lib', V('2026', '울산동부도서관', '울산광역시 동구'), V('2026', '울산동부도서관', '울산광역시교육청'))
F('lib-울산남부도서관', 'lib', V('2026', '남부도서관', '울산광역시 남구'), V('2026', '울산남부도서관'))


# ================================================================ hard cases
H = []


def hc(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


hc('P1 shared portal host', 'same', [('dl-yongin', 1), ('dl-yongin', 2)],
   'The portal prints the shared host www.devicelab.kr; the press listing prints the operator\'s own site www.dipa.or.kr '
   '(용인시디지털산업진흥원). Different homepages, same lab.', 'ref dl-yongin (yitoday 33005)')
hc('P1 shared portal host', 'same', [('dl-jeonju', 1), ('dl-jeonju', 2)],
   'Shared host on the portal listing only; the press listing has none.', 'ref dl-jeonju')
hc('P1 shared portal host', 'same', [('lib-우당도서관-제주시', 1), ('lib-우당도서관-제주시', 2), ('lib-우당도서관-제주시', 3)],
   'http://lib.jeju.go.kr/ is the one site of all 제주 public libraries; identity rests on name + address.', 'library_2026.csv')
hc('P2 English vs Hangul', 'same', [('ms-pro-hoseo', 1), ('ms-pro-hoseo', 4)],
   '"Hoseo Makerspace MAKE4U, Y-Mall 1F, in front of KTX Cheonan-Asan Station, Asan-si" = 호서메이커 스페이스, '
   'KTX천안아산역 앞 와이몰 1층.', 'ref ms-pro-hoseo')
hc('P2 English vs Hangul', 'same', [('ccei-jeju', 1), ('ccei-jeju', 3)],
   'Jeju Venture Maru 3F, Jungang-ro = 제주벤처마루 3층, 중앙로.', 'ref ccei-jeju')
hc('P2 English vs Hangul', 'same', [('ms-yangsan-artcraft', 1), ('ms-yangsan-artcraft', 3)],
   '149 Jeungsanyeok-ro, Mulgeum-eup = 물금읍 증산역로 149; "Art Craft Studio" is the space\'s English name.',
   'ref ms-yangsan-artcraft')
hc('P2 English vs Hangul', 'same', [('lib-우당도서관-제주시', 1), ('lib-우당도서관-제주시', 3)],
   '"Udang Library, 30 Sarabongdong-gil" = 우당도서관, 사라봉동길 30.', 'library_2026.csv')
hc('P2 English vs Hangul', 'same', [('lib-삼국유사군위도서관', 2), ('lib-삼국유사군위도서관', 3)],
   '"Samguk Yusa Gunwi Library, 175 Guncheong-ro, Gunwi-eup, Gunwi-gun, Daegu" = 대구광역시교육청삼국유사군위도서관.',
   'library_2026.csv')
hc('P2 English vs Hangul', 'same', [('ms-gimhae-maker-factory', 1), ('ms-gimhae-maker-factory', 3)],
   'Gimhae Maker Factory, Gimhae Passenger Terminal 3F = 김해 메이커 팩토리, 김해여객터미널 3층 (터미널: 전하로304번길 24).',
   'kukinews kuk201908300185; locallife 1065625178607164; 김해여객터미널 위키 mirror')
hc('P2 English vs Hangul', 'same', [('ms-gunpo-madi', 1), ('ms-gunpo-madi', 4)],
   '"Madi Changjakso, Gunpo Youth Center 3F" = 마디창작소, 군포시청소년수련관 3층.', 'ref ms-gunpo-madi')
hc('P3 operator / programme prefix-suffix', 'same', [('sg-gongju-yugu', 1), ('sg-gongju-yugu', 2), ('sg-gongju-yugu', 3)],
   '"유구 소공인복합지원센터(한국섬유스마트공정연구원 위탁운영)" carries the operator suffix; "충남 1호 …" is a descriptive '
   'press name. Same centre in 공주 유구읍.', 'ref sg-gongju-yugu')
hc('P3 operator / programme prefix-suffix', 'same', [('ms-yangsan-artcraft', 1), ('ms-yangsan-artcraft', 2)],
   'Operator prefix "(사)미주교육문화진흥원".', 'ref ms-yangsan-artcraft')
hc('P3 operator / programme prefix-suffix', 'same', [('ms-jdc-jaemimanlab', 1), ('ms-jdc-jaemimanlab', 2)],
   'Programme/operator prefix "JDC 메이커스페이스" before 재미만랩.', 'ref ms-jdc-jaemimanlab')
hc('P3 operator / programme prefix-suffix', 'same', [('lib-삼국유사군위도서관', 1), ('lib-삼국유사군위도서관', 2)],
   '"삼국유사군위도서관" (대구광역시 publication) vs "대구광역시교육청삼국유사군위도서관" (교육청 publication): operator prefix; '
   'also conflicting phones 053-380-4290 / 054-380-4280 and a homepage copied from 달성도서관.', 'library_2026.csv rows 1163/2579')
hc('P3 operator / programme prefix-suffix', 'same', [('lib-광주학생교육문화회관', 1), ('lib-광주학생교육문화회관', 2)],
   '광주학생교육문화회관 → 광주광역시교육청학생교육문화회관 (operator prefix added by the education office).', 'library files')
hc('P3 operator / programme prefix-suffix', 'same', [('lib-중앙도서관-인천교육청', 1), ('lib-중앙도서관-인천교육청', 2), ('lib-중앙도서관-인천교육청', 3)],
   '인천광역시 prints the bare "중앙도서관" with the operator in the address bracket "(인천광역시교육청)"; the office prints '
   '"인천광역시교육청 인천광역시교육청중앙도서관" (prefix doubled). Same library, 정각로9.', 'library_2026.csv rows 309/2629')
hc('P3 operator / programme prefix-suffix', 'same', [('ms-fablab-cheongju', 1), ('ms-fablab-cheongju', 2)],
   'Operator suffix "(메이킹브라더스)".', 'ref ms-fablab-cheongju')
hc('P4 bracketed real/English name', 'same', [('ms-pro-hoseo', 1), ('ms-pro-hoseo', 2), ('ms-pro-hoseo', 3)],
   '"메이크포유(MAKE4U)" is the brand of 호서메이커 스페이스 (호서대 메이커스페이스 메이크포유).', 'ref ms-pro-hoseo (cbiz 27818)')
hc('P4 bracketed real/English name', 'same', [('ms-gunpo-madi', 1), ('ms-gunpo-madi', 2), ('ms-gunpo-madi', 3)],
   '"마디창작소(마음껏 디자인하는 창작소)": the bracket spells out the name; also called 군포시청소년수련관 메이커스페이스.',
   'makernews 1499; kihoilbo 809609')
hc('P4 bracketed real/English name', 'same', [('lib-공주기적의도서관', 1), ('lib-공주기적의도서관', 3)],
   '"공주시 도서관(기적의도서관)": the real name is in the bracket; the map shows "공주기적의도서관".', 'library_2026.csv')
hc('P4 bracketed real/English name', 'same', [('ms-seocho-smart-maker-factory', 1), ('ms-seocho-smart-maker-factory', 2)],
   'Space name in quotes/brackets: 스마트메이커팩토리 ‘메이킹온(ON)’ (another article calls it 메이커온).', 'sedaily 1ZAD7TQ10E; naeil 428558')
hc('P5 abbreviation', 'same', [('mh-postech', 1), ('mh-postech', 2)],
   '포스텍 / POSTECH = 포항공과대학교.', 'ref mh-postech')
hc('P5 abbreviation', 'same', [('ms-sunchon-hwachangmaru', 1), ('ms-sunchon-hwachangmaru', 2)],
   '순천대 = 순천대학교.', 'ref ms-sunchon-hwachangmaru')
hc('P5 abbreviation', 'same', [('ms-pro-cbnu-promaker', 1), ('ms-pro-cbnu-promaker', 2), ('ms-pro-cbnu-promaker', 3)],
   '충북대 = 충북대학교; the programme label "메이커스페이스 전문랩" names the same 충북Pro메이커센터.', 'ref ms-pro-cbnu-promaker')
hc('P5 abbreviation', 'same', [('ms-mokpo-namak', 1), ('ms-mokpo-namak', 2)],
   '목포대 (operator) prefixed; 남악 복합주민센터 written 남악복합주민센터.', 'ref ms-mokpo-namak')
hc('P5 abbreviation', 'same', [('ccei-chungbuk', 1), ('ccei-chungbuk', 2)],
   '충북혁신센터 = 충북창조경제혁신센터.', 'ref ccei-chungbuk')
hc('P5 abbreviation', 'same', [('ms-gangdong-kkun', 1), ('ms-gangdong-kkun', 2)],
   '강동대 = 강동대학교; 꾼스페이스 written 꾼 스페이스.', 'ref ms-gangdong-kkun')
hc('P6 old and new names', 'same', [('lib-익산학생교육문화관', 1), ('lib-익산학생교육문화관', 2)],
   '익산교육문화회관 → 익산학생교육문화관 (전북교육청 renamed its 교육문화회관s); same address, phone and homepage.', 'library files')
hc('P6 old and new names', 'same', [('lib-남원학생교육문화관', 1), ('lib-남원학생교육문화관', 2), ('lib-남원학생교육문화관', 3)],
   '남원교육문화회관 (2023: 063-630-1243; 2024: 063-630-1232) → 남원학생교육문화관 (2025): renamed, and the phone changed.',
   'library files')
hc('P6 old and new names', 'same', [('lib-교문도서관-구리', 1), ('lib-교문도서관-구리', 2)],
   '교문도서관 → 교문방정환도서관 (구리), same address and phone.', 'library files')
hc('P6 old and new names', 'same', [('lib-서구문화의숲도서관-광주', 1), ('lib-서구문화의숲도서관-광주', 2)],
   '서구공공도서관 → 서구 문화의숲도서관 (광주 서구), same address, phone and homepage.', 'library files')
hc('P6 old and new names', 'same', [('lib-양산시립상북도서관', 1), ('lib-양산시립상북도서관', 2)],
   '양산시립상북어린이도서관 (2022) → 양산시립상북도서관 (2025).', 'library files')
hc('P6 old and new names', 'same', [('lib-정읍기적의도서관', 1), ('lib-정읍기적의도서관', 2)],
   '"기적의도서관" (2023, 전라북도 정읍시) → "정읍기적의도서관" (2025): city name added.', 'library files')
hc('P6 old and new names', 'same', [('lib-화성교육도서관', 1), ('lib-화성교육도서관', 2)],
   '경기화성교육도서관 and 경기도교육청화성도서관 are both in the 2026 file (same road address, phone, homepage, '
   'coordinates): old and new name of one library.', 'library_2026.csv rows 3023/3296')
hc('P7 building / landmark instead of road address', 'same', [('ms-gunpo-madi', 1), ('ms-gunpo-madi', 2)],
   '"군포시청소년수련관 3층" (a youth-centre building) instead of a road address.', 'ref ms-gunpo-madi')
hc('P7 building / landmark instead of road address', 'same', [('ms-guri-dream-workshop', 1), ('ms-guri-dream-workshop', 2)],
   '"인창도서관 대강당 지하 1층".', 'ref ms-guri-dream-workshop')
hc('P7 building / landmark instead of road address', 'same', [('ms-mokpo-namak', 1), ('ms-mokpo-namak', 2)],
   '"남악 복합주민센터 3층".', 'ref ms-mokpo-namak')
hc('P7 building / landmark instead of road address', 'same', [('ms-iksan-makerspace', 1), ('ms-iksan-makerspace', 2)],
   '"익산종합비지니스센터 6층".', 'ref ms-iksan-makerspace')
hc('P7 building / landmark instead of road address', 'same', [('ccei-jeonnam', 1), ('ccei-jeonnam', 2), ('ccei-jeonnam', 3)],
   '"옛 GS칼텍스 교육센터" / GS칼텍스밸류센터, 여수 덕충동.', 'ref ccei-jeonnam')
hc('P7 building / landmark instead of road address', 'same', [('sg-yeongju-punggi', 1), ('sg-yeongju-punggi', 2), ('sg-yeongju-punggi', 3)],
   '"풍기역 서부리 165-5번지 (풍기역 주차장 인근)": a station as landmark plus a 지번.', 'ref sg-yeongju-punggi')
hc('P7 building / landmark instead of road address', 'same', [('ms-gimhae-maker-factory', 1), ('ms-gimhae-maker-factory', 2)],
   'Bus-terminal building (김해여객터미널 3층).', 'kukinews kuk201908300185')
hc('P8 old and new region names', 'same', [('ccei-jeonbuk', 1), ('ccei-jeonbuk', 2), ('ccei-jeonbuk', 3)],
   '전라북도 (2014 press; "Jeollabuk-do") vs 전북특별자치도 (since 2024-01-18).', 'ref ccei-jeonbuk; README')
hc('P8 old and new region names', 'same', [('dl-jeonju', 1), ('dl-jeonju', 2)],
   '전북특별자치도 전주시 vs 전라북도 전주.', 'ref dl-jeonju')
hc('P8 old and new region names', 'same', [('lib-모현도서관-익산', 1), ('lib-모현도서관-익산', 2)],
   '2023 row: "전라북도 익산시 …", 제공기관 전라북도 익산시; 2025 row: 전북특별자치도.', 'library files')
hc('P8 old and new region names', 'same', [('lib-영등도서관-익산', 1), ('lib-영등도서관-익산', 2)],
   'Address still "전라북도 익산시" while the 제공기관 is already 전북특별자치도 익산시 (2023-12 row) vs all-new 2025 row.', 'library files')
hc('P8 old and new region names', 'same', [('lib-삼국유사작은도서관', 1), ('lib-삼국유사작은도서관', 2)],
   '군위군 moved from 경상북도 to 대구광역시 on 2023-07-01; the 2023 row is published by "경상북도 군위군", the 2026 row by '
   '"대구광역시 군위군".', 'library files; README')
hc('P8 old and new region names', 'same', [('lib-삼국유사군위도서관', 1), ('lib-삼국유사군위도서관', 4)],
   'Press form "경북 군위군 군위읍 군청로 175" (before 2023-07) vs 대구광역시 군위군.', 'README')
hc('P8 old and new region names', 'same', [('lib-목동이음터도서관-화성', 1), ('lib-목동이음터도서관-화성', 2)],
   '"경기도 화성시 동탄순환대로20길 6" (2023) vs "경기도 화성시 동탄구 동탄순환대로20길 6 (목동)" (2026, after the '
   '2026-02 화성 일반구 creation).', 'library files; README')
hc('P8 old and new region names', 'same', [('sg-hwaseong-metalworking', 1), ('sg-hwaseong-metalworking', 3)],
   '"화성시 봉담읍" (2020) vs "효행구 봉담읍" (효행구 from 2026-02).', 'ref sg-hwaseong-metalworking')
hc('P8 old and new region names', 'same', [('lib-학나래도서관-미추홀', 2), ('lib-학나래도서관-미추홀', 3)],
   '"인천 남구 한나루로 444" (name until 2018-07-01) vs 미추홀구.', 'README')
hc('P8 old and new region names', 'same', [('lib-홍천교육도서관', 1), ('lib-홍천교육도서관', 2)],
   '강원도 홍천군 (2023-04 row) vs 강원특별자치도.', 'library files')
hc('P8 old and new region names', 'same', [('ms-iksan-makerspace', 1), ('ms-iksan-makerspace', 2)],
   '2019 article "전라북도 익산시" vs the guide (no province).', 'ref ms-iksan-makerspace')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-디지털정보도서관-광주', 1), ('lib-디지털정보도서관-광주', 2)],
   '동구 publishes 062-613-7766 (no coordinates, no homepage); 광주광역시 publishes 062-613-7763 with both.', 'library_2026.csv rows 1977/2574')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-산수도서관-광주', 1), ('lib-산수도서관-광주', 2), ('lib-산수도서관-광주', 3)],
   'Name form conflict: 광주광역시립산수도서관 (동구) vs 산수도서관 (광주광역시).', 'library_2026.csv rows 1978/2575')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-탐라도서관-제주시', 1), ('lib-탐라도서관-제주시', 2), ('lib-탐라도서관-제주시', 3)],
   'Published by 제주특별자치도 and by 제주시 with identical fields; only 제공기관 and 데이터기준일자 differ.', 'library_2026.csv')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-송도국제어린이도서관-연수', 1), ('lib-송도국제어린이도서관-연수', 2)],
   'Kind conflict: 인천광역시 says 공공도서관, 연수구 says 어린이도서관; 시 row lacks phone and coordinates.', 'library_2026.csv rows 318/3384')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-진안도서관', 1), ('lib-진안도서관', 2), ('lib-진안도서관', 3)],
   '진안군 prints 063-433-2422, the 교육청 prints 063-433-2433; the 2023 row still has the 전라북도교육청 prefix and homepage '
   'jinanplib.or.kr.', 'library files')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-울산남부도서관', 1), ('lib-울산남부도서관', 2)],
   '남구 publishes "남부도서관" 052-259-7580 with a 구 homepage; the 교육청 publishes "울산남부도서관" 052-259-7532.',
   'library_2026.csv rows 1011/1442')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-담양도서관', 1), ('lib-담양도서관', 2)],
   '담양공공도서관 (군) vs 전라남도교육청담양도서관 (교육청).', 'library_2026.csv rows 455/1092')
hc('P9 same library, 시도 vs 시군구 publication', 'same', [('lib-울산동부도서관', 1), ('lib-울산동부도서관', 2)],
   '"봉수로 505(서부동)" vs "봉수로 505", homepage /index.do vs /.', 'library_2026.csv')
hc('P10 head-office phone vs own phone', 'same', [('ms-guri-dream-workshop', 1), ('ms-guri-dream-workshop', 2)],
   'The city guide prints the host library\'s number (인창도서관 031-550-2936) for the maker space; the press listing prints '
   'none. The maker space\'s own line is not published.', 'ref ms-guri-dream-workshop; library_2026.csv')
hc('P12 phone printed incompletely', 'same', [('ms-gunpo-gonggusangga', 1), ('ms-gunpo-gonggusangga', 2)],
   'One article prints 031-390-3082, the other "390-3082" without area code — same contact, different completeness.',
   'fnnews 201812270217227614; joongbo 1314781; lifekcr')
hc('P11 re-crawl change between snapshots', 'same', [('lib-유구도서관-공주', 1), ('lib-유구도서관-공주', 2), ('lib-유구도서관-공주', 3)],
   '2023 row prints the impossible "841-841-1196" (area code replaced by the exchange); 2025 row 041-841-1196.', 'library files')
hc('P11 re-crawl change between snapshots', 'same', [('lib-광주서구스마트도서관-3', 1), ('lib-광주서구스마트도서관-3', 2)],
   '"상무대로 883" (2025) vs "상무대로 지하 883" (2023, underground form of the road address), coordinates moved.', 'library files')

hc('N1 two facilities, one building/address', 'different', [('lib-양산시립어린이영어도서관', 1), ('lib-양산시립삼산도서관', 1)],
   '강변로 30 (동면), same coordinates, phones 5850 / 5860: two libraries in one building.', 'library_2026.csv rows 1584/1585')
hc('N1 two facilities, one building/address', 'different',
   [('ms-gimhae-maker-factory', 1), ('other-gimhae-startup-cafe', 1), ('other-gimhae-social-center', 1)],
   '김해여객터미널 3층 = 김해메이커팩토리 and 김해창업카페, 4층 = 사회적공동체지원센터: three facilities in one building.',
   'kukinews kuk201908300185; ajunews 20190901153124910')
hc('N1 two facilities, one building/address', 'different', [('lib-인창도서관-구리', 1), ('ms-guri-dream-workshop', 1), ('ms-guri-dream-workshop', 2)],
   '꿈꾸는 공작소 is in the 인창도서관 basement; the guide prints the library phone. Library ≠ maker space.', 'ref ms-guri-dream-workshop')
hc('N1 two facilities, one building/address', 'different', [('lib-서초청소년도서관', 1), ('ms-seocho-smart-maker-factory', 1)],
   'Maker space on B1 of 서초청소년도서관.', 'sedaily 1ZAD7TQ10E')
hc('N1 two facilities, one building/address', 'different', [('lib-공주기적의도서관', 1), ('ms-gongju-bamtori', 1)],
   '밤톨이상상제작소 was built in the 책마루 space of 공주 기적의도서관 (2020).', 'ccnewsq 184167')
hc('N1 two facilities, one building/address', 'different', [('lib-남원학생교육문화관', 1), ('mh-namwon-edu', 1)],
   'The 무한상상실 (2014 소규모) is a space of 남원교육문화회관, not the library itself.', 'ref mh-namwon-edu (newstomato 470420)')
hc('N2 one operator, several facilities', 'different', [('ms-gunpo-madi', 1), ('ms-gunpo-gonggusangga', 1)],
   '군포문화재단 runs both 마디창작소 (청소년수련관) and 공구상가 (군포책마을): two maker spaces, one operator, one city.',
   'makernews 1499; fnnews 201812270217227614')
hc('N2 one operator, several facilities', 'different', [('lib-우당도서관-제주시', 2), ('lib-탐라도서관-제주시', 2), ('lib-애월도서관-제주시', 2)],
   'One homepage lib.jeju.go.kr and one 064-728-15xx block for different libraries.', 'library_2026.csv')
hc('N2 one operator, several facilities', 'different', [('ccei-jeonnam', 1), ('ccei-bitgaram', 1)],
   'Both 전남; 한국전력 became partner of the 전남 centre in 2016 and is the partner of 빛가람 — still two centres.', 'ref ccei-bitgaram')
hc('N2 one operator, several facilities', 'different', [('lib-동춘나래도서관-연수', 2), ('lib-선학별빛도서관-연수', 2), ('lib-연수청학도서관-연수', 2)],
   'One site http://www.yspubliclib.go.kr and one 032-749 block for several 연수구 libraries.', 'library_2026.csv')
hc('N3 names differing by one region syllable', 'different', [('ccei-jeonnam', 1), ('ccei-jeonbuk', 1)],
   '전남 / 전북 창조경제혁신센터.', 'ref')
hc('N3 names differing by one region syllable', 'different', [('ccei-chungnam', 1), ('ccei-chungbuk', 1)],
   '충남 / 충북 창조경제혁신센터 (and chungnam / chungbuk in the URLs).', 'ref')
hc('N3 names differing by one region syllable', 'different', [('ccei-chungnam', 3), ('ccei-chungbuk', 3)],
   'English pair Chungnam / Chungbuk.', '')
hc('N3 names differing by one region syllable', 'different', [('lib-울산동부도서관', 1), ('lib-울산남부도서관', 1)],
   '동부 / 남부 도서관 in 울산 — different libraries, both 교육청-run.', 'library_2026.csv')
hc('N4 centre vs maker space it runs', 'different', [('other-gunpo-youth-center', 1), ('ms-gunpo-madi', 1), ('ms-gunpo-madi', 3)],
   '군포시청소년수련관 (the youth centre, run by 군포문화재단) created and runs 마디창작소 on its 3rd/4th floor; the maker space is '
   'even listed as "군포시청소년수련관 메이커스페이스". Centre ≠ maker space.', 'makernews 1499; kihoilbo 809609')
hc('N4 centre vs maker space it runs', 'different', [('other-mokpo-venture-center', 1), ('mh-jeonnam-hub', 1), ('mh-jeonnam-hub', 2)],
   'The 전남 무한상상 거점센터 opened inside 목포벤처문화산업지원센터 (개소식 in its 상상회의실) and is run by '
   '전라남도정보문화산업진흥원; one listing even names it by that 진흥원. The venture centre (the host building/centre) is '
   'a different facility from the 무한상상실 inside it.', 'jeolla.com bbs num=729')
hc('N5 same city / same name, different facilities', 'different', [('ccei-chungnam', 2), ('ms-pro-hoseo', 1)],
   'Both at KTX 천안아산역 (the 충남 centre\'s business centre in the station, 호서 전문랩 in Y-Mall in front of it); the centre is '
   'a participant of the 호서 lab, not the same facility.', 'ref ms-pro-hoseo; ref ccei-chungnam')
hc('N5 same city / same name, different facilities', 'different', [('mh-mokpo-library', 1), ('mh-jeonnam-hub', 1), ('mh-jeonnam-hub', 2)],
   'Two 무한상상실 in 목포: the 2013 pilot in 목포공공도서관 and the 2014 거점 at 목포벤처문화산업지원센터.',
   'hankyung 2013061829021; jeolla.com 729')
hc('N5 same city / same name, different facilities', 'different', [('mh-postech', 1), ('mh-pohang-youth', 1)],
   'Two 무한상상실 in 포항 (POSTECH 거점, 청소년수련관 소규모).', 'ref')
hc('N5 same city / same name, different facilities', 'different', [('mh-jeju-aerospace', 1), ('mh-jeju-univ', 1)],
   'Two 제주 무한상상실 (거점 and 소규모).', 'scienceall tag page 3')
hc('N5 same city / same name, different facilities', 'different', [('sg-hwaseong-metalworking', 1), ('sg-dongtan', 1)],
   '화성 has several 소공인 복합지원센터 (봉담 수영리 metal-working, 동탄).', 'ref sg-dongtan (thereport 44006)')
hc('N5 same city / same name, different facilities', 'different',
   [('lib-양산도서관-경남', 1), ('lib-양산도서관-광주북구', 1), ('lib-오산시양산도서관', 1)],
   'Three "양산도서관": 경남 양산시 (교육청), 광주 북구 하서로 299, and 오산시 양산동.', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('lib-양산도서관-경남', 1), ('ms-yangsan-artcraft', 1)],
   'Both 양산 물금읍; library ≠ maker space.', '')
hc('N5 same city / same name, different facilities', 'different',
   [('lib-중앙도서관-군포', 1), ('lib-중앙도서관-파주', 1), ('lib-중앙도서관-광양', 1), ('lib-중앙도서관-인천교육청', 1)],
   'Four different libraries whose published name is just "중앙도서관".', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different',
   [('lib-정읍기적의도서관', 1), ('lib-기적의도서관-순천', 1), ('lib-기적의도서관-울산북구', 1), ('lib-김해기적의도서관', 1), ('lib-제주시기적의도서관-제주시', 1)],
   'Five different 기적의도서관 (정읍, 순천, 울산 북구, 김해, 제주시); three of them are published simply as "기적의도서관".',
   'library files')
hc('N5 same city / same name, different facilities', 'different', [('lib-삼국유사군위도서관', 1), ('lib-삼국유사작은도서관', 1)],
   'Both in 군위읍 with "삼국유사" in the name: public library (군청로 175) vs small library (동서2길 35).', 'library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('ms-mokpo-namak', 1), ('lib-전라남도립도서관', 1)],
   'Both in 무안 삼향읍 남악: the maker space (남악 복합주민센터) and the provincial library (남악로 210).', 'ref; library_2026.csv')
hc('N5 same city / same name, different facilities', 'different', [('sg-gongju-yugu', 1), ('lib-유구도서관-공주', 2)],
   'Both in 공주 유구읍: 소공인 centre vs 교육청 library.', '')
hc('N5 same city / same name, different facilities', 'different', [('lib-목포시립도서관', 1), ('lib-전라남도교육청목포도서관', 1), ('mh-mokpo-library', 1)],
   '목포시립도서관, 전라남도교육청목포도서관 and the 2013 "목포공공도서관" 무한상상실 host: several 목포 libraries. Which of the '
   'two the 2013 "목포공공도서관" is was not established, so the 무한상상실 is not linked to either (see README).', '')
hc('N5 same city / same name, different facilities', 'different', [('lib-어린이도서관-군포', 1), ('lib-중앙도서관-군포', 1)],
   'Generic names in one city (군포 어린이도서관 / 중앙도서관), same web site gunpolib.go.kr.', 'library_2026.csv')
hc('N6 branches printing one head-office number', 'different', [('lib-안동시립중앙도서관', 1), ('lib-안동시립웅부도서관', 1), ('lib-안동시립어린이도서관', 1)],
   'All three print the one number 054-858-5041 (in both snapshots) at three different addresses.', 'library_2026.csv')
hc('N6 branches printing one head-office number', 'different',
   [('lib-광주서구스마트도서관-1', 1), ('lib-광주서구스마트도서관-2', 1), ('lib-광주서구스마트도서관-3', 1), ('lib-광주서구스마트도서관-4', 1), ('lib-광주서구스마트도서관-5', 1)],
   'Five unstaffed 서구 스마트도서관 (1–5호점), all printing 062-350-4580 and one homepage; names differ only in the number '
   'and the bracketed location.', 'library_2026.csv')
