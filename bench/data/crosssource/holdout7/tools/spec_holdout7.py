"""Seventh held-out part: the facilities, their listings and the hard cases (the truth lives here).

Every library listing is a real row of the 전국도서관표준데이터 snapshots (verbatim, or re-formatted by
libdata.py).  Every other listing is hand-written in the style of its source from the page cited in `basis`.
English listings are my own Revised Romanization.
"""
from libdata import verbatim as V, map_listing as M, gu_office as G, L

D26, D23 = 'library_2026.csv', 'library_2023_2024.csv'
FAC = []


def F(cid, basis, *listings):
    FAC.append(dict(cid=cid, basis=basis, listings=list(listings)))


# ---------------------------------------------------------------- libraries (data files)
F('lib-익산학생교육문화관-함열분관', 'data: ' + D26 + ' / ' + D23,
  V('2026', '익산학생교육문화관 함열분관'),
  V('2023', '익산교육문화회관 함열분관', provider='전라북도교육청'),
  M('2026', '익산학생교육문화관 함열분관', display_name='익산학생교육문화관 함열분관'))
F('lib-남원학생교육문화관-운봉분관', 'data: ' + D26 + ' / ' + D23,
  V('2026', '남원학생교육문화관 운봉분관'),
  V('2023', '남원교육문화회관 운봉분관', provider='전라북도교육청'))
F('lib-예봄책정원-충북교육문화원', 'data: ' + D26 + ' / ' + D23,
  V('2026', '충청북도교육문화원 예봄책정원'),
  V('2023', '충청북도교육문화원 문화예술자료실'))
F('lib-꼼지락발전소책놀이터-대구서구', 'data: ' + D26 + ' / ' + D23,
  V('2026', '꼼지락발전소책놀이터'),
  V('2023', '꼼지락발전소채놀이터'))
F('lib-신광비학산작은도서관-포항', 'data: ' + D26 + ' / ' + D23,
  V('2026', '신광면/비학산 작은도서관'),
  V('2023', '신광면/비학산 작은도서관'))
F('lib-어린이영어도서관-포항', 'data: ' + D26,
  V('2026', '어린이영어도서관', provider='경상북도 포항시'),
  M('2026', '어린이영어도서관', provider='경상북도 포항시', display_name='포항시립 어린이영어도서관'))
F('lib-관악중앙도서관', 'data: ' + D26 + ' / ' + D23,
  V('2026', '관악중앙도서관'),
  G('2026', '관악중앙도서관', display_name='관악구립 관악중앙도서관'),
  V('2023', '관악중앙도서관'),
  L('maker_map_en', 'Gwanak Central Library', '35, Sillim-ro 3-gil, Gwanak-gu, Seoul', '+82-2-828-5700',
    'http://lib.gwanak.go.kr/', 'library', '37.467598', '126.944871'),
  L('news_article', '관악중앙도서관', '서울 관악구 신림동', '828-5700', '', '구립도서관'))
F('lib-관악중앙도서관U도서관', 'data: ' + D26,
  V('2026', '관악중앙도서관 U-도서관'))
F('lib-신림역U도서관', 'data: ' + D26 + ' / ' + D23,
  V('2026', '신림역 U-도서관'),
  V('2023', '신림역 U-도서관'))
F('lib-낙성대역U도서관', 'data: ' + D26,
  V('2026', '낙성대역 U-도서관'))
F('lib-신대방역U도서관', 'data: ' + D26 + ' / ' + D23,
  V('2026', '신대방역 U-도서관'),
  V('2023', '신대방역 U-도서관'))
F('lib-퇴촌도서관-광주', 'data: ' + D26 + ' / ' + D23,
  V('2026', '퇴촌도서관'),
  V('2023', '퇴촌도서관'),
  G('2026', '퇴촌도서관', display_name='광주시립 퇴촌도서관', kind='시립도서관'),
  L('maker_map_en', 'Toechon Library', '37, Tapgol-gil, Toechon-myeon, Gwangju-si, Gyeonggi-do', '+82-31-760-5205',
    '', 'library'))
F('lib-오포도서관-광주', 'data: ' + D26 + ' / ' + D23,
  V('2026', '오포도서관'),
  V('2023', '오포도서관'))
F('lib-망포글빛도서관-수원', 'data: ' + D26 + ' / ' + D23,
  V('2026', '망포글빛도서관'),
  V('2023', '망포글빛도서관'),
  M('2023', '망포글빛도서관'))
F('lib-한림도서관-수원', 'data: ' + D26 + ' / ' + D23,
  V('2026', '한림도서관'),
  V('2023', '한림도서관'),
  L('maker_map_en', 'Hallim Library', '32-110, Dongsuwon-ro 25beon-gil, Gwonseon-gu, Suwon-si, Gyeonggi-do',
    '+82-31-5191-4855', 'https://www.suwonlib.go.kr/hl', 'library', '37.237601', '127.025025'))
F('lib-대전평생교육진흥원-작은도서관', 'data: ' + D26 + ' / ' + D23,
  V('2026', '(재)대전평생교육진흥원'),
  V('2023', '(재)대전평생교육진흥원'),
  L('news_article', '대전평생교육진흥원 작은도서관', '대전 중구 선화동', '042-250-2716', '', '작은도서관'))
F('lib-화원읍작은도서관-달성', 'data: ' + D26 + ' / ' + D23,
  V('2026', '화원읍작은도서관'),
  V('2023', '화원읍작은도서관'))
F('lib-정읍학생복지회관', 'data: ' + D26 + ' / ' + D23,
  V('2026', '정읍학생복지회관'),
  V('2023', '정읍학생복지회관', provider='전라북도교육청'),
  M('2026', '정읍학생복지회관'))
F('lib-사북공공도서관-정선', 'data: ' + D26 + ' / ' + D23,
  V('2026', '사북공공도서관'),
  V('2023', '사북공공도서관', date='2022-11-23'),
  L('news_article', '(재)3.3기념사업회 사북공공도서관', '강원 정선군 사북읍', '592-5757', '', '공공도서관'))
F('lib-대관령도서관-평창', 'data: ' + D26 + ' / ' + D23,
  V('2026', '평창군립대관령도서관'),
  V('2023', '평창군립대관령도서관', date='2022-09-15'),
  L('maker_map_en', 'Pyeongchang County Daegwallyeong Library',
    '83-2, Daegwallyeong-ro, Daegwallyeong-myeon, Pyeongchang-gun, Gangwon State', '+82-33-330-2847',
    'https://www.pc.go.kr/lib', 'library', '37.674009', '128.705782'))
F('lib-HAPPY700용평도서관-평창', 'data: ' + D26 + ' / ' + D23,
  V('2026', 'HAPPY700 용평도서관'),
  V('2023', 'HAPPY700 용평도서관', date='2022-09-15'),
  M('2026', 'HAPPY700 용평도서관', display_name='용평도서관', kind='작은도서관'))
F('lib-도계도서관-삼척', 'data: ' + D26 + ' / ' + D23,
  V('2026', '도계도서관'),
  V('2023', '도계도서관', date='2022-06-23'),
  G('2026', '도계도서관', display_name='삼척시립 도계도서관', homepage=False),
  L('news_article', '도계도서관', '삼척 도계읍', '570-4211', '', '공공도서관'))
F('lib-부송도서관-익산', 'data: ' + D26 + ' / ' + D23,
  V('2026', '부송도서관'),
  V('2023', '부송도서관', provider='전라북도 익산시'))
F('lib-임피채만식도서관-군산', 'data: ' + D26 + ' / ' + D23,
  V('2026', '임피채만식도서관'),
  V('2023', '임피채만식도서관', provider='전라북도 군산시'),
  L('maker_map_en', 'Impi Chae Man-sik Library', '39, Impihyanggyo-gil, Impi-myeon, Gunsan-si, Jeonbuk State',
    '+82-63-454-5655', 'http://lib.gunsan.go.kr', 'library', '35.987544', '126.848469'))
F('lib-전북도청도서관', 'data: ' + D26 + ' / ' + D23,
  V('2026', '전북도청도서관'),
  V('2023', '전북도청도서관', provider='전라북도'),
  L('maker_map_en', 'Jeonbuk State Government Library', '225, Hyoja-ro, Wansan-gu, Jeonju-si, Jeonbuk State',
    '+82-63-280-2452', 'http://library.jeonbuk.go.kr', 'library'),
  L('news_article', '전북도청 도서관', '전북도청사 내 (전주 효자동)', '', '', '공공도서관'))
F('lib-이랑도서관-미추홀', 'data: ' + D26 + ' / ' + D23,
  V('2026', '이랑도서관'),
  V('2023', '이랑도서관', provider='인천광역시'),
  V('2023', '이랑도서관', provider='인천광역시 미추홀구'))
F('lib-그레이스영어작은도서관-서귀포', 'data: ' + D26 + ' / ' + D23,
  V('2026', '그레이스영어작은도서관'),
  V('2023', '그레이스영어작은도서관', provider='제주특별자치도'))
F('lib-산북작은도서관-여주', 'data: ' + D26,
  V('2026', '산북작은도서관', provider='경기도 여주시'),
  M('2026', '산북작은도서관', provider='경기도 여주시', kind='작은도서관'))
F('lib-산북작은도서관-문경', 'data: ' + D26,
  V('2026', '산북작은도서관', provider='경상북도 문경시'))
F('lib-매봉작은도서관-평택', 'data: ' + D26 + ' / ' + D23,
  V('2026', '매봉작은도서관', provider='경기도 평택시'),
  V('2023', '매봉작은도서관', provider='경기도 평택시'))
F('lib-매봉작은도서관-횡성', 'data: ' + D26,
  V('2026', '매봉작은도서관', provider='강원특별자치도 횡성군'))
F('lib-중앙동작은도서관-광주북구', 'data: ' + D26 + ' / ' + D23,
  V('2026', '중앙동작은도서관', provider='광주광역시 북구'),
  V('2023', '중앙동작은도서관', provider='광주광역시 북구'))
F('lib-중앙동작은도서관-천안', 'data: ' + D26,
  V('2026', '중앙동작은도서관', provider='충청남도 천안시'))
F('lib-신안동작은도서관-광주북구', 'data: ' + D26 + ' / ' + D23,
  V('2026', '신안동작은도서관', provider='광주광역시 북구'),
  V('2023', '신안동작은도서관', provider='광주광역시 북구'))
F('lib-신안동작은도서관-천안', 'data: ' + D26,
  V('2026', '신안동작은도서관', provider='충청남도 천안시'),
  M('2026', '신안동작은도서관', provider='충청남도 천안시', kind='작은도서관'))
F('lib-어깨동무작은도서관-영동', 'data: ' + D26,
  V('2026', '어깨동무작은도서관', provider='충청북도 영동군'))
F('lib-어깨동무작은도서관-안동', 'data: ' + D26 + ' / ' + D23,
  V('2026', '어깨동무작은도서관', provider='경상북도 안동시'),
  V('2023', '어깨동무작은도서관', provider='경상북도 안동시'))
F('lib-공릉도서관-노원', 'data: ' + D26 + ' / ' + D23,
  V('2026', '공릉도서관'),
  V('2023', '공릉도서관'))
F('lib-향기나무도서관-노원', 'data: ' + D26, V('2026', '향기나무도서관'))
F('lib-한내도서관-노원', 'data: ' + D26,
  V('2026', '한내도서관'),
  G('2026', '한내도서관', display_name='노원구립 한내도서관'))
F('lib-월계어린이도서관-노원', 'data: ' + D26, V('2026', '월계어린이도서관'))
F('lib-태안도서관-화성', 'data: ' + D26 + ' / ' + D23,
  V('2026', '태안도서관'),
  V('2023', '태안도서관'))
F('lib-태안도서관-충남교육청', 'data: ' + D26,
  V('2026', '충청남도태안교육청태안도서관'),
  M('2026', '충청남도태안교육청태안도서관', display_name='태안도서관'))
F('lib-남양도서관-화성', 'data: ' + D26 + ' / ' + D23,
  V('2026', '남양도서관'),
  V('2023', '남양도서관'))

# ---------------------------------------------------------------- 전북 / 전주
U_TT = 'http://www.jjn.co.kr/news/articleView.html?idxno=815384; http://m.jjan.kr/article/20201216722615; http://www.geconomy.co.kr/news/article.html?no=212286'
F('ms-jeonbuk-ttukttak365', 'pages: ' + U_TT,
  L('news_article', '전북 메이커스페이스 뚝딱365', '전주 기린대로 458(옛 일양병원)', '', '', '메이커스페이스 전문랩'),
  L('makeall_portal', '뚝딱365 (한국탄소융합기술원 주관)', '전북 전주 기린대로 458', '', '', '메이커스페이스 전문랩'),
  L('news_article', '전라북도메이커스페이스 뚝딱365', '전북대 인근 구(舊) 일양병원 건물', '', '', '메이커스페이스'),
  L('maker_map_en', 'Jeonbuk Makerspace Ttukttak365', '458, Girin-daero, Jeonju-si, Jeollabuk-do', '', '', 'makerspace'))
F('other-jeonbuk-sosanggongin-center', 'pages: http://www.jjn.co.kr/news/articleView.html?idxno=815384',
  L('news_article', '전북소상공인센터', '전주 기린대로 458(옛 일양병원)', '', '', '소상공인지원센터'),
  L('news_article', '전라북도 소상공인센터', '전북 전주시 기린대로 458', '', '', '소상공인지원센터'))
F('other-kcarbon-jeonju', 'pages: ' + U_TT,
  L('news_article', '한국탄소융합기술원', '전북 전주', '', '', '연구기관'),
  L('news_article', '(재)한국탄소융합기술원', '전라북도 전주시', '', '', '연구기관'))
U_MV = 'https://terradarcobaleno.com/news/articleView.html?idxno=764022; http://www.globalmakers.co.kr/view.php?ud=EK12220955950188c3409001_39; http://img.kukinews.com/article/view/kuk202005060270'
F('ms-jeonju-maker-village', 'pages: ' + U_MV,
  L('news_article', '전주 메이커 빌리지', '전주 다가동 일원', '', '', '메이커스페이스 일반랩'),
  L('city_maker_guide', '전주 메이커 빌리지 (전주기전대학 산학협력단)', '완산구 전라감영로 13', '', '', '메이커스페이스'),
  L('maker_map_en', 'Jeonju Maker Village', '13, Jeollagamyeong-ro, Wansan-gu, Jeonju-si, Jeollabuk-do', '', '',
    'makerspace'))
F('other-jeonbuk-prototype-center', 'pages: https://pressian.com/pages/articles/221125',
  L('news_article', '전북시제품제작소', '전북', '', '', '시제품제작소'),
  L('news_article', '전북 시제품 제작소 (전북지방중기청)', '전라북도', '', '', '시제품제작소'))

# ---------------------------------------------------------------- 울산
U_UL = 'http://www.ksilbo.co.kr/news/articleView.html?idxno=655882; http://www.ksilbo.co.kr/news/articleView.html?idxno=676067; https://sedaily.com/NewsView/1S23FVJ3XB'
F('ms-ulsan-mirae-makerslab', 'pages: ' + U_UL,
  L('news_article', '미래 메이커스랩', 'ubc울산방송 1층', '', '', '메이커스페이스 일반랩'),
  L('makeall_portal', '미래메이커스랩 (미래인재개발연구협동조합)', '울산 ubc울산방송 1층', '', '', '메이커스페이스 일반랩'),
  L('news_article', '미래인재개발연구협동조합 메이커스페이스', '울산', '', '', '메이커스페이스'))
U_UC = 'http://www.ulsanpress.net/news/articleView.html?idxno=311422; http://www.ksilbo.co.kr/news/articleView.html?idxno=655882; http://iusm.co.kr/news/articleView.html?idxno=931006; https://m.wowtv.co.kr/NewsCenter/AMP/Read?articleId=201912169062h'
F('ms-ulsan-uc-makerspace-center', 'pages: ' + U_UC,
  L('news_article', '울산과학대 메이커 스페이스', '서부캠퍼스 대학회관 2층', '', '', '메이커스페이스 일반랩'),
  L('news_article', '두드림 메이커스페이스(울산과학대학교 산학협력단)', '울산과학대학교 서부캠퍼스 학생회관 2층', '', '',
    '메이커스페이스 일반랩'),
  L('makeall_portal', '울산과학대학교 메이커스페이스센터', '울산 울산과학대학교 서부캠퍼스 창의혁신관 2층', '', '',
    '메이커스페이스 일반랩'),
  L('maker_map_en', 'Ulsan College Makerspace Center', 'Changuihyeoksin-gwan 2F, West Campus, Ulsan College, Ulsan',
    '', '', 'makerspace'))
U_UT = 'http://www.ucinews.kr/news/articleView.html?idxno=96621; https://mobile.newsis.com/view_amp.html?ar_id=NISX20220707_0001934417'
F('ms-ulsan-univ-3d-techshop', 'pages: ' + U_UT,
  L('news_article', '울산대학교 3D테크숍', '울산대학교 내', '', '', '메이커스페이스 일반랩'),
  L('news_article', '울산대 3D테크숍 일반랩', '울산', '', '', '메이커스페이스 일반랩'))
F('ms-ulsan-bukgu-makinglab', 'pages: ' + U_UT,
  L('news_article', '북구 청년창업지원센터 메이킹랩', '울산 북구 청년창업지원센터 내', '', '', '메이커스페이스 특화랩'),
  L('city_maker_guide', '울산 북구 메이커스페이스 특화랩 (울산창조경제혁신센터 협업)', '북구 청년창업지원센터', '', '',
    '메이커스페이스 특화랩'))

# ---------------------------------------------------------------- 전남 / 광주
U_DS = 'https://www.wikitree.co.kr/articles/1047332; http://www.veritas-a.com/news/articleView.html?idxno=322732; https://emptypublic.com/media/?q=YToxOntzOjEyOiJrZXl3b3JkX3R5cGUiO3M6MzoiYWxsIjt9&bmode=view&idx=3848557&t=board'
F('ms-dongshin-makers-energy-farm', 'pages: ' + U_DS,
  L('news_article', '동신대 메이커스페이스 전문랩', '나주', '', '', '메이커스페이스 전문랩'),
  L('makeall_portal', '메이커스에너지팜(동신대학교 메이커스페이스사업단)', '전남 나주', '', '', '메이커스페이스 전문랩'),
  L('maker_map_en', 'Dongshin University Makers Energy Farm', 'Naju-si, Jeollanam-do', '', '', 'makerspace'))
U_JN = U_DS.split('; ')[2]
F('ms-mokpo-gongjanggongjang', 'pages: ' + U_JN,
  L('news_article', '(주)공장공장 메이커스페이스', '목포', '', '', '메이커스페이스 일반랩'),
  L('makeall_portal', '공장공장', '전남 목포', '', '', '메이커스페이스 일반랩'))
F('ms-gurye-jirisan-c', 'pages: ' + U_JN,
  L('news_article', '지리산씨협동조합 메이커스페이스', '구례', '', '', '메이커스페이스 일반랩'),
  L('makeall_portal', '지리산씨협동조합', '전남 구례군', '', '', '메이커스페이스 일반랩'))
F('ms-jangheung-handeul-youth', 'pages: ' + U_JN,
  L('news_article', '(사)한들청소년센터 메이커스페이스', '장흥', '', '', '메이커스페이스 일반랩'),
  L('makeall_portal', '한들청소년센터', '전남 장흥군', '', '', '메이커스페이스 일반랩'))
U_JNU = 'http://gjdream.com/v2/news/view.html?news_type=202&code_M=2&mode=view&uid=486332; https://news.unn.net/news/articleView.html?idxno=223640; http://www.makernews.co.kr/news/articleView.html?idxno=476'
F('ms-jnu-makerspace', 'pages: ' + U_JNU,
  L('news_article', '전남대 메이커스페이스', '광주', '', '', '메이커스페이스 전문랩'),
  L('makeall_portal', '전남대학교 산학협력단 메이커스페이스', '광주 전남대학교', '', '', '메이커스페이스 전문랩'),
  L('maker_map_en', 'Chonnam National University Makerspace', 'Chonnam National University, Gwangju', '', '',
    'makerspace'))
F('ms-donggang-makerspace', 'pages: http://www.namdonews.com/news/articleView.html?idxno=556206',
  L('news_article', '동강대 메이커 스페이스', '동강대학교 교수연구동 1층', '', '', '대학 메이커스페이스'),
  L('news_article', '동강대학교 메이커 스페이스(Maker Space)', '광주 동강대 교수연구동 1층', '', '', '메이커스페이스'))

# ---------------------------------------------------------------- 충북
U_CB = 'http://www.dynews.co.kr/news/articleView.html?idxno=458218'
F('ms-cbhu-makerspace', 'pages: ' + U_CB,
  L('news_article', '충북도립대학교 산학협력단 메이커스페이스', '충북', '', '', '메이커스페이스 일반랩'),
  L('makeall_portal', '충북도립대 메이커 스페이스', '충북 옥천', '', '', '메이커스페이스 일반랩'))
U_KD = 'http://www.ccdailynews.com/news/articleView.html?idxno=1009406; http://www.dynews.co.kr/news/articleView.html?idxno=455590'
F('ms-kangdong-kkun-space', 'pages: ' + U_KD + '; ' + U_CB,
  L('news_article', '강동대 꾼 스페이스', '음성', '', '', '메이커스페이스 일반랩'),
  L('makeall_portal', '메이커 스페이스(꾼 스페이스) - 강동대학교 산학협력단', '충북 음성군', '', '', '메이커스페이스 일반랩'),
  L('maker_map_en', 'Kangdong University Kkun Space', 'Eumseong-gun, Chungcheongbuk-do', '', '', 'makerspace'))
F('ms-woorimungo-cb', 'pages: ' + U_CB,
  L('news_article', '㈜우리문고 메이커스페이스', '충북', '', '', '메이커스페이스 일반랩'),
  L('makeall_portal', '우리문고 북아트 메이커스페이스', '충북', '', '', '메이커스페이스 일반랩'))
F('ms-toons-cb', 'pages: ' + U_CB,
  L('news_article', '㈜툰즈 메이커스페이스', '충북', '', '', '메이커스페이스 일반랩'))

# ---------------------------------------------------------------- 소공인 / 소상공인
F('sg-daejeon-sangseo-metal', 'pages: https://m.etnews.com/20181031000260',
  L('sogongin_press', '대전 상서 금속가공 소공인특화지원센터', '대전 대덕구 상서동', '', '', '소공인특화지원센터(금속가공)'),
  L('news_article', '대전 상서 금속가공 센터', '대전 상서', '', '', '소공인특화지원센터'))
U_SB = 'https://donga.com/news/Economy/article/all/20181212/93253775/1'
F('sg-seoul-sindang-apparel', 'pages: ' + U_SB,
  L('sogongin_press', '신당의류제조센터', '서울 중구 신당동', '', '', '소공인특화지원센터(의류제조)'),
  L('news_article', '신당 의류제조 소공인특화지원센터', '서울 신당동', '', '', '소공인특화지원센터'))
F('sg-seoul-banpo-textile', 'pages: ' + U_SB,
  L('sogongin_press', '반포섬유센터', '서울 서초구 반포동', '', '', '소공인특화지원센터(섬유)'),
  L('news_article', '반포 섬유 소공인특화지원센터', '서울 반포', '', '', '소공인특화지원센터'))
U_BS = 'http://busan.com/view/busan/view.php?code=2022071819094209941; https://newsbox.co.kr/contents/62d498145e6c0e6bc88b5132'
F('other-busan-sosanggongin-support-center', 'pages: ' + U_BS,
  L('news_article', '부산시 소상공인종합지원센터', '부산 중구 자갈치현대화건물 7층', '', '', '소상공인지원센터'),
  L('news_article', '부산소상공인지원센터 (부산경제진흥원 운영)', '자갈치현대화건물 7층', '', '', '소상공인지원센터'))
F('other-busan-sosanggongin-hope-center', 'pages: https://www.sedaily.com/NewsView/1OMCNO66JC',
  L('news_article', '부산시 소상공인희망센터', '부산신용보증재단 신사옥 2층', '', '', '소상공인지원센터'))

# ---------------------------------------------------------------- 부산 / 논산 상상마당
U_SM = 'https://www.kmib.co.kr/article/view_amp.asp?arcid=0924155129; http://www.civicnews.com/news/articleView.html?idxno=29609'
F('other-ktng-sangsangmadang-busan', 'pages: ' + U_SM,
  L('news_article', 'KT&G 상상마당 부산', '부산 서면', '', '', '복합문화공간'),
  L('news_article', '상상마당 부산', '부산진구 서면', '', '', '복합문화공간'),
  L('maker_map_en', 'KT&G Sangsangmadang Busan', 'Seomyeon, Busan', '', '', 'culture center'))
F('other-busan-creator-studio-sangsangplus', 'pages: ' + U_SM,
  L('news_article', '크리에이터 스튜디오 상상플러스 부산 (부산정보산업진흥원 위탁운영)', '상상마당 부산 5층', '', '',
    '1인 미디어 창작공간'),
  L('city_maker_guide', '크리에이터 스튜디오 상상플러스 부산', '서면 상상마당 부산 5층', '', '', '1인 미디어 창작공간'))
F('other-ktng-sangsangmadang-nonsan', 'pages: https://100koreap.tistory.com/17437554',
  L('news_article', '상상마당 논산', '논산 상월면 한천리 (옛 한천초등학교)', '', '', '복합문화공간'),
  L('news_article', 'KT&G 상상마당 논산', '충남 논산 상월', '', '', '복합문화공간'))

# ---------------------------------------------------------------- 경기 청소년 maker spaces
U_JJ = 'https://www5.ajunews.com/view/20240514110220079'
F('ms-bundang-jeongja-youth-makerspace', 'pages: ' + U_JJ,
  L('news_article', '분당정자청소년수련관 메이커스페이스', '성남 분당 정자동', '', '', '청소년 메이커스페이스'),
  L('city_maker_guide', '메이커스페이스 (분당정자청소년수련관)', '분당구 정자동', '', '', '청소년 메이커 공간'))
F('other-bundang-jeongja-youth-center', 'pages: ' + U_JJ,
  L('news_article', '성남시청소년재단 분당정자청소년수련관', '성남 분당구', '', '', '청소년수련관'))
U_AS = 'http://mediatoday.asia/86951'
F('ms-ansan-danwon-changjaknarae', 'pages: ' + U_AS,
  L('news_article', '창작나래 메이커 스페이스', '단원청소년수련관 2층', '', '', '메이커스페이스 일반랩'),
  L('makeall_portal', '창작나래 (안산시청소년재단)', '경기 안산 단원청소년수련관 2층', '', '', '메이커스페이스 일반랩'))
F('other-ansan-danwon-youth-center', 'pages: ' + U_AS,
  L('news_article', '안산시청소년재단 단원청소년수련관', '안산 단원구', '', '', '청소년수련관'))
F('other-ansan-daedeok-youth-science', 'pages: ' + U_AS,
  L('news_article', '안산대덕청소년과학관', '상록청소년수련관 내', '', '', '청소년과학관'),
  L('city_maker_guide', '대덕청소년과학관 (안산시청소년재단)', '상록구 상록청소년수련관', '', '', '청소년과학관'))


# ================================================================ hard cases
H = []


def C(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


P1, P2, P3, P4, P5, P6, P7, P8, P9, P11, P12 = (
    'P1 shared portal host', 'P2 English vs Hangul', 'P3 operator / programme prefix-suffix',
    'P4 bracketed real/English name', 'P5 abbreviation', 'P6 old and new names', 'P7 building / landmark',
    'P8 old and new region names', 'P9 same library, 시도 vs 시군구 (or 교육청) publication',
    'P11 re-crawl change between snapshots', 'P12 phone printed incompletely')
N1, N2, N3, N4, N5, N6 = (
    'N1 two facilities, one building/address', 'N2 one operator, several facilities',
    'N3 names differing by one region syllable', 'N4 centre vs maker space it runs',
    'N5 same city / same name, different facilities', 'N6 branches printing one head-office number')
DATA = 'library_2026.csv / library_2023_2024.csv rows of that name'

C(P1, 'same', [('lib-그레이스영어작은도서관-서귀포', 1), ('lib-그레이스영어작은도서관-서귀포', 2)],
  'Both rows carry the portal homepage https://www.smalllibrary.org/main/index that hundreds of 작은도서관 print; '
  'the match must come from name, road address 천제연로 103-15(색달동) and phone 064-739-9482, which agree.', DATA)
C(P1, 'same', [('lib-대관령도서관-평창', 1), ('lib-대관령도서관-평창', 2), ('lib-대관령도서관-평창', 3)],
  'https://www.pc.go.kr/lib is the 평창군 library portal shared by all 평창 county libraries (용평도서관 prints it too); '
  'name, 대관령로 83-2 and 033-330-2847 identify the library.', DATA)
C(P1, 'same', [('lib-HAPPY700용평도서관-평창', 1), ('lib-HAPPY700용평도서관-평창', 3)],
  'Same shared portal host www.pc.go.kr; the map card drops the portal and the HAPPY700 prefix but keeps 경강로 1698 '
  'and 033-332-1694.', DATA)
C(P2, 'same', [('lib-관악중앙도서관', 1), ('lib-관악중앙도서관', 4)],
  'Revised Romanization of 관악중앙도서관 / 신림로3길 35, 관악구 in number-road-gu-city order, phone +82-2-828-5700.',
  DATA)
C(P2, 'same', [('lib-한림도서관-수원', 1), ('lib-한림도서관-수원', 3)],
  '"Hallim Library" at 32-110 Dongsuwon-ro 25beon-gil, Gwonseon-gu = 한림도서관, 동수원로25번길 32-110(권선동); same '
  'phone in +82 form and same homepage.', DATA)
C(P2, 'same', [('lib-임피채만식도서관-군산', 1), ('lib-임피채만식도서관-군산', 3)],
  'English card writes the author\'s name as "Chae Man-sik" and the province as "Jeonbuk State"; road 임피향교길 39 '
  '= Impihyanggyo-gil 39; phone identical.', DATA)
C(P2, 'same', [('lib-전북도청도서관', 1), ('lib-전북도청도서관', 3)],
  '"Jeonbuk State Government Library" is a descriptive English name of 전북도청도서관; 효자로 225 = Hyoja-ro 225; '
  'phone and homepage identical.', DATA)
C(P2, 'same', [('lib-퇴촌도서관-광주', 1), ('lib-퇴촌도서관-광주', 4)],
  '"Gwangju-si, Gyeonggi-do" (not Gwangju metropolitan city): 퇴촌면 탑골길 37 = 37 Tapgol-gil, Toechon-myeon; phone '
  'identical.', DATA)
C(P2, 'same', [('ms-jeonbuk-ttukttak365', 1), ('ms-jeonbuk-ttukttak365', 4)],
  '"Ttukttak365" is the romanized programme name of 뚝딱365; 기린대로 458 = 458 Girin-daero (the press writes '
  '"기린데로"). English card uses the old province name Jeollabuk-do of the 2020 opening.', U_TT)
C(P2, 'same', [('ms-ulsan-uc-makerspace-center', 3), ('ms-ulsan-uc-makerspace-center', 4)],
  'Ulsan College is the official English name of 울산과학대학교; 창의혁신관 2층, 서부캠퍼스 romanized.', U_UC)
C(P2, 'same', [('ms-jnu-makerspace', 2), ('ms-jnu-makerspace', 3)],
  'Chonnam National University = 전남대학교 (official English spelling "Chonnam", not RR "Jeonnam").', U_JNU)
C(P3, 'same', [('lib-사북공공도서관-정선', 1), ('lib-사북공공도서관-정선', 3)],
  'The press prefixes the operating foundation "(재)3.3기념사업회" (the data row\'s 운영기관명) to the library name.', DATA)
C(P3, 'same', [('lib-대전평생교육진흥원-작은도서관', 1), ('lib-대전평생교육진흥원-작은도서관', 3)],
  'The data row names the 작은도서관 by its operator "(재)대전평생교육진흥원"; the press drops "(재)" and adds '
  '"작은도서관"; same phone 042-250-2716, same 선화동.', DATA)
C(P3, 'same', [('other-busan-creator-studio-sangsangplus', 1), ('other-busan-creator-studio-sangsangplus', 2)],
  'Suffix "(부산정보산업진흥원 위탁운영)" names the contracted operator, not another facility.', U_SM)
C(P3, 'same', [('ms-jeonju-maker-village', 1), ('ms-jeonju-maker-village', 2)],
  '"(전주기전대학 산학협력단)" is the operating body of the 2020 일반랩; 다가동 일원 and 전라감영로 13 are the same place.',
  U_MV)
C(P3, 'same', [('ms-ulsan-mirae-makerslab', 1), ('ms-ulsan-mirae-makerslab', 2), ('ms-ulsan-mirae-makerslab', 3)],
  'The selection article names only the operator (미래인재개발연구협동조합); the opening article names the space '
  '"미래 메이커스랩" at ubc울산방송 1층. One space.', U_UL)
C(P4, 'same', [('ms-ulsan-uc-makerspace-center', 2), ('ms-ulsan-uc-makerspace-center', 3)],
  'The bracket holds the operator 울산과학대학교 산학협력단; "두드림" is the programme name of the college\'s '
  '메이커스페이스센터.', U_UC)
C(P4, 'same', [('ms-dongshin-makers-energy-farm', 1), ('ms-dongshin-makers-energy-farm', 2)],
  'The real name 메이커스에너지팜 is outside and the operator in the bracket; press says only "동신대 메이커스페이스 전문랩".',
  U_DS)
C(P4, 'same', [('ms-kangdong-kkun-space', 1), ('ms-kangdong-kkun-space', 2)],
  'Bracket "(꾼 스페이스)" is the real name of 강동대학교\'s 메이커 스페이스.', U_KD)
C(P4, 'same', [('lib-태안도서관-충남교육청', 1), ('lib-태안도서관-충남교육청', 2)],
  'The data row carries the office prefix "충청남도태안교육청"; the map card shows only "태안도서관"; 원이로20 and '
  '041-674-1369 agree.', DATA)
C(P5, 'same', [('ms-ulsan-uc-makerspace-center', 1), ('ms-ulsan-uc-makerspace-center', 3)],
  '울산과학대 = 울산과학대학교.', U_UC)
C(P5, 'same', [('ms-jnu-makerspace', 1), ('ms-jnu-makerspace', 2)], '전남대 = 전남대학교 (산학협력단 runs it).', U_JNU)
C(P5, 'same', [('ms-cbhu-makerspace', 1), ('ms-cbhu-makerspace', 2)], '충북도립대 = 충북도립대학교.', U_CB)
C(P5, 'same', [('ms-ulsan-univ-3d-techshop', 1), ('ms-ulsan-univ-3d-techshop', 2)], '울산대 = 울산대학교.', U_UT)
C(P5, 'same', [('ms-donggang-makerspace', 1), ('ms-donggang-makerspace', 2)], '동강대 = 동강대학교.',
  'http://www.namdonews.com/news/articleView.html?idxno=556206')
C(P6, 'same', [('lib-익산학생교육문화관-함열분관', 1), ('lib-익산학생교육문화관-함열분관', 2)],
  '교육문화회관 → 학생교육문화관 rename between the snapshots; same address, phone and homepage.', DATA)
C(P6, 'same', [('lib-남원학생교육문화관-운봉분관', 1), ('lib-남원학생교육문화관-운봉분관', 2)],
  'Same rename (남원교육문화회관 운봉분관 → 남원학생교육문화관 운봉분관) plus 전라북도 → 전북특별자치도.', DATA)
C(P6, 'same', [('lib-예봄책정원-충북교육문화원', 1), ('lib-예봄책정원-충북교육문화원', 2)],
  'The 충청북도교육문화원 library room was renamed 문화예술자료실 → 예봄책정원; same building (밀레니엄2로 21), '
  'same phone 043-229-2655. Only the homepage path changed.', DATA)
C(P6, 'same', [('lib-꼼지락발전소책놀이터-대구서구', 1), ('lib-꼼지락발전소책놀이터-대구서구', 2)],
  'A typo corrected between snapshots (채놀이터 → 책놀이터); everything else equal.', DATA)
C(P6, 'same', [('lib-퇴촌도서관-광주', 1), ('lib-퇴촌도서관-광주', 2)],
  'A move: 2023 곤지암읍 신만로 499, 2026 퇴촌면 탑골길 37 (about 14 km apart); same name, phone 031-760-5205 and '
  'homepage. Judged the same library that moved into its own 면.', DATA)
C(P6, 'same', [('lib-오포도서관-광주', 1), ('lib-오포도서관-광주', 2)],
  'A move (오포로 885 → 태봉로 193) with a new phone (031-760-5689 → 5697) but the same name and city portal. '
  'Moderate confidence: only the name and the 경기 광주시 portal link the two rows.', DATA)
C(P6, 'same', [('lib-대전평생교육진흥원-작은도서관', 1), ('lib-대전평생교육진흥원-작은도서관', 2)],
  'The institute moved within 선화동 (보문로 287 1층 → 중앙로 101); same phone.', DATA)
C(P6, 'same', [('lib-화원읍작은도서관-달성', 1), ('lib-화원읍작은도서관-달성', 2)],
  'Address changed from 비슬로 2594 to 비슬로 520길 17-1 (about 150 m), homepage dropped; same phone 053-668-5458.', DATA)
C(P6, 'same', [('lib-신광비학산작은도서관-포항', 1), ('lib-신광비학산작은도서관-포항', 2)],
  '2023 prints the 신광면 복지회관 2층 address (북구), 2026 the 평생학습원 address 뱃머리길 39 (남구) of the operator. '
  'Same name, phone 054-241-0302 and homepage: one library whose published address changed (likely the operator\'s '
  'office address; the coordinates moved 15 km).', DATA)
C(P7, 'same', [('ms-ulsan-mirae-makerslab', 1), ('ms-ulsan-mirae-makerslab', 2)],
  'Only a landmark (ubc울산방송 1층) is given instead of a road address.', U_UL)
C(P7, 'same', [('ms-ulsan-uc-makerspace-center', 1), ('ms-ulsan-uc-makerspace-center', 2),
               ('ms-ulsan-uc-makerspace-center', 3)],
  'Three building names for one space: the 2018 plan (대학회관 2층), the 2019 opening (학생회관 2층) and later reports '
  '(창의혁신관 2층), all on the 서부캠퍼스. No road address anywhere.', U_UC)
C(P7, 'same', [('ms-jeonbuk-ttukttak365', 2), ('ms-jeonbuk-ttukttak365', 3)],
  '"전북대 인근 구 일양병원 건물" is the landmark form of 기린대로 458.', U_TT)
C(P7, 'same', [('lib-전북도청도서관', 1), ('lib-전북도청도서관', 4)],
  'The press places the library "전북도청사 내"; the data row gives 효자로 225.', DATA)
C(P7, 'same', [('other-busan-sosanggongin-support-center', 1), ('other-busan-sosanggongin-support-center', 2)],
  'Building (자갈치현대화건물 7층) instead of a road address; the second adds the operator 부산경제진흥원.', U_BS)
C(P8, 'same', [('lib-정읍학생복지회관', 1), ('lib-정읍학생복지회관', 2)], '전라북도 → 전북특별자치도 (2024-01-18).', DATA)
C(P8, 'same', [('lib-사북공공도서관-정선', 1), ('lib-사북공공도서관-정선', 2)], '강원도 → 강원특별자치도 (2023-06-11).',
  DATA)
C(P8, 'same', [('lib-도계도서관-삼척', 1), ('lib-도계도서관-삼척', 2)], '강원도 → 강원특별자치도; no homepage in either.',
  DATA)
C(P8, 'same', [('lib-부송도서관-익산', 1), ('lib-부송도서관-익산', 2)], '전라북도 → 전북특별자치도.', DATA)
C(P8, 'same', [('lib-임피채만식도서관-군산', 1), ('lib-임피채만식도서관-군산', 2)], '전라북도 → 전북특별자치도.', DATA)
C(P8, 'same', [('lib-전북도청도서관', 1), ('lib-전북도청도서관', 2)],
  'Old province name in the address and in the publisher (전라북도); the library is the provincial office library.', DATA)
C(P8, 'same', [('lib-태안도서관-화성', 1), ('lib-태안도서관-화성', 2)],
  '화성시 without 구 (2023) vs 화성시 병점구 … (안녕동) after the 2026 일반구 creation.', DATA)
C(P8, 'same', [('lib-남양도서관-화성', 1), ('lib-남양도서관-화성', 2)], '화성시 남양읍 → 화성시 만세구 남양읍.', DATA)
C(P9, 'same', [('lib-이랑도서관-미추홀', 1), ('lib-이랑도서관-미추홀', 2), ('lib-이랑도서관-미추홀', 3)],
  'The 인천광역시 row gives only name and address (no phone, homepage or coordinates); the 미추홀구 rows give '
  '032-427-2283 and the homepage. One library.', DATA)
C(P9, 'same', [('lib-그레이스영어작은도서관-서귀포', 1), ('lib-그레이스영어작은도서관-서귀포', 2)],
  '제공기관 제주특별자치도 (2023, no 운영기관) vs 서귀포시 (2026).', DATA)
C(P9, 'same', [('lib-관악중앙도서관', 1), ('lib-관악중앙도서관', 2)],
  '구청 page prints "서울시 관악구 …", phone 02)828-5700 and the 구립 prefix.', DATA)
C(P11, 'same', [('lib-망포글빛도서관-수원', 1), ('lib-망포글빛도서관-수원', 2), ('lib-망포글빛도서관-수원', 3)],
  'Between snapshots 수원 renumbered its libraries (031-228-4288 → 031-5191-4288) and the address changed '
  '(동탄지성로 549-15 → 망포로 100, both 망포동, 90 m apart).', DATA)
C(P11, 'same', [('lib-한림도서관-수원', 1), ('lib-한림도서관-수원', 2)],
  'Phone renumbered (031-228 → 031-5191) and the building number corrected (32-52 → 32-110) at unchanged coordinates.',
  DATA)
C(P11, 'same', [('lib-중앙동작은도서관-광주북구', 1), ('lib-중앙동작은도서관-광주북구', 2)],
  'Another line of the same 행정복지센터 (062-410-8633 → 8639) and "주민자치센테" → "행정복지센터" in the address note.',
  DATA)
C(P11, 'same', [('lib-신안동작은도서관-광주북구', 1), ('lib-신안동작은도서관-광주북구', 2)],
  'Phone line changed (8653 → 8656) and floor note 1층 → 3층 in the same 자산로 66 building.', DATA)
C(P11, 'same', [('lib-신림역U도서관', 1), ('lib-신림역U도서관', 2)], '"남부순환로 지하 1614" vs "남부순환로 1614".', DATA)
C(P12, 'same', [('lib-도계도서관-삼척', 1), ('lib-도계도서관-삼척', 4)], 'Press prints 570-4211 without 033.', DATA)
C(P12, 'same', [('lib-관악중앙도서관', 1), ('lib-관악중앙도서관', 5)], 'Press prints 828-5700 without 02.', DATA)
C(P12, 'same', [('lib-사북공공도서관-정선', 1), ('lib-사북공공도서관-정선', 3)], 'Press prints 592-5757 without 033.',
  DATA)

C(N1, 'different', [('lib-공릉도서관-노원', 1), ('lib-향기나무도서관-노원', 1), ('lib-한내도서관-노원', 1),
                    ('lib-월계어린이도서관-노원', 1)],
  '노원구 publishes four different libraries at one road address (마들로 86) and one coordinate; names and phones '
  'differ (02-976-3820, 02-2116-4448, 02-979-7420, 070-4238-5148). The shared address is the publisher\'s, not the '
  'libraries\'.', DATA)
C(N1, 'different', [('lib-신광비학산작은도서관-포항', 1), ('lib-어린이영어도서관-포항', 1)],
  'Both 2026 rows print 포항 남구 뱃머리길 39 (평생학습원) and the same homepage, but one is the 신광면 작은도서관 '
  '(054-241-0302), the other the 어린이영어도서관 on the 5th floor (054-270-4386).', DATA)
C(N1, 'different', [('ms-jeonbuk-ttukttak365', 1), ('other-jeonbuk-sosanggongin-center', 1)],
  'Both opened together at 기린대로 458 (옛 일양병원): the maker space and the 소상공인 centre are different facilities '
  'with different operators and kinds.', U_TT)
C(N1, 'different', [('other-ktng-sangsangmadang-busan', 2), ('other-busan-creator-studio-sangsangplus', 2)],
  'The creator studio occupies the 5th floor of 상상마당 부산 and is run by 부산정보산업진흥원 for the city; the '
  'building is KT&G\'s culture complex.', U_SM)
C(N1, 'different', [('lib-관악중앙도서관', 1), ('lib-관악중앙도서관U도서관', 1)],
  'The U-도서관 (an unstaffed lending point) at the library\'s address is published as its own row with a '
  'placeholder phone; it is not the library.', DATA)
C(N2, 'different', [('ms-ansan-danwon-changjaknarae', 2), ('other-ansan-daedeok-youth-science', 2)],
  '안산시청소년재단 runs both: the maker space in 단원청소년수련관 and the science hall in 상록청소년수련관.', U_AS)
C(N2, 'different', [('lib-대관령도서관-평창', 1), ('lib-HAPPY700용평도서관-평창', 1)],
  'Two 평창 county libraries sharing the portal homepage www.pc.go.kr/lib.', DATA)
C(N2, 'different', [('lib-망포글빛도서관-수원', 1), ('lib-한림도서관-수원', 1)],
  'Two 수원 libraries on one portal host (suwonlib.go.kr) with one 031-5191 block.', DATA)
C(N2, 'different', [('ms-mokpo-gongjanggongjang', 2), ('ms-gurye-jirisan-c', 2), ('ms-jangheung-handeul-youth', 2)],
  'Three 전남 일반랩 of one 2020 announcement, printed alike (operator name + 군/시 only).', U_JN)
C(N3, 'different', [('ms-jeonbuk-ttukttak365', 1), ('ms-jnu-makerspace', 1)],
  '"전북 메이커스페이스" vs "전남대 메이커스페이스": 전북/전남 differ by one syllable; 전주 vs 광주.', U_TT + '; ' + U_JNU)
C(N3, 'different', [('ms-ulsan-univ-3d-techshop', 2), ('ms-ulsan-uc-makerspace-center', 1)],
  '울산대 vs 울산과학대: two universities of one city (two university maker spaces of one region).', U_UT + '; ' + U_UC)
C(N3, 'different', [('other-jeonbuk-sosanggongin-center', 1), ('other-busan-sosanggongin-support-center', 1)],
  '전북소상공인센터 vs 부산시 소상공인종합지원센터: one region word apart, different cities.', U_TT + '; ' + U_BS)
C(N4, 'different', [('other-kcarbon-jeonju', 1), ('ms-jeonbuk-ttukttak365', 2)],
  '한국탄소융합기술원 is the 주관 of 뚝딱365; the institute is not the maker space.', U_TT)
C(N4, 'different', [('other-ansan-danwon-youth-center', 1), ('ms-ansan-danwon-changjaknarae', 1)],
  'The youth centre vs the maker space 창작나래 on its 2nd floor.', U_AS)
C(N4, 'different', [('other-bundang-jeongja-youth-center', 1), ('ms-bundang-jeongja-youth-makerspace', 2)],
  'The 수련관 vs its maker space, whose guide card is named after the 수련관.', U_JJ)
C(N4, 'different', [('ms-ulsan-univ-3d-techshop', 1), ('ms-ulsan-bukgu-makinglab', 2)],
  'The 2022 특화랩 extends 울산대 3D테크숍 into container labs at 북구 청년창업지원센터: a second site, a different '
  'facility.', U_UT)
C(N5, 'different', [('lib-산북작은도서관-여주', 1), ('lib-산북작은도서관-문경', 1)], '산북면 exists in 여주 and in 문경.',
  DATA)
C(N5, 'different', [('lib-매봉작은도서관-평택', 1), ('lib-매봉작은도서관-횡성', 1)], 'Same name, 평택 vs 횡성.', DATA)
C(N5, 'different', [('lib-중앙동작은도서관-광주북구', 1), ('lib-중앙동작은도서관-천안', 1)],
  'Both 중앙동 작은도서관, 광주 북구 vs 천안 동남구.', DATA)
C(N5, 'different', [('lib-신안동작은도서관-광주북구', 1), ('lib-신안동작은도서관-천안', 2)],
  'Both 신안동 작은도서관, again 광주 북구 vs 천안 동남구.', DATA)
C(N5, 'different', [('lib-어깨동무작은도서관-영동', 1), ('lib-어깨동무작은도서관-안동', 1)], '영동 vs 안동.', DATA)
C(N5, 'different', [('lib-태안도서관-화성', 1), ('lib-태안도서관-충남교육청', 2)],
  '"태안도서관" in 화성 (태안 = old 읍 name, 병점구) and the 충남 태안군 education-office library shown as "태안도서관".',
  DATA)
C(N5, 'different', [('other-ktng-sangsangmadang-busan', 1), ('other-ktng-sangsangmadang-nonsan', 2)],
  'One brand (KT&G 상상마당), two venues.', U_SM + '; https://100koreap.tistory.com/17437554')
C(N5, 'different', [('sg-seoul-sindang-apparel', 1), ('sg-seoul-banpo-textile', 1)],
  'Two 서울 소공인 centres of related trades (의류제조 / 섬유), 중구 vs 서초구.', U_SB)
C(N5, 'different', [('other-busan-sosanggongin-support-center', 1), ('other-busan-sosanggongin-hope-center', 1)],
  'Two 부산시 소상공인 centres of different years and buildings (종합지원센터 2022 자갈치; 희망센터 at 부산신보).',
  U_BS + '; https://www.sedaily.com/NewsView/1OMCNO66JC')
C(N5, 'different', [('ms-woorimungo-cb', 1), ('ms-toons-cb', 1)],
  'Two company-run 충북 일반랩 of one announcement, printed "㈜… 메이커스페이스, 충북".', U_CB)
C(N6, 'different', [('lib-관악중앙도서관U도서관', 1), ('lib-신림역U도서관', 1), ('lib-낙성대역U도서관', 1),
                    ('lib-신대방역U도서관', 1)],
  'All 관악구 U-도서관 points print one placeholder number 00-000-0000 and the 구 portal; each is a separate point '
  '(신대방역 is in 동작구 but published by 관악구).', DATA)
