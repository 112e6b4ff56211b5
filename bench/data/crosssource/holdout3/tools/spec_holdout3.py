"""Third held-out part: the facilities, their listings, and the hard cases (the truth lives here).

Every facility is real.  Libraries come from the two 전국도서관표준데이터 snapshots (rows copied verbatim
or re-formatted by libdata.py); the other facilities come from stored public pages, whose URLs are in
`basis`.  Listing order inside a facility is fixed: hard cases refer to (cluster, 1-based listing number).
"""
from libdata import verbatim as V, map_listing as M, gu_office as G, L, row, intl_phone, dot_phone, _round

def V26(name, provider=None, **kw):
    return V('2026', name, provider, **kw)


def V23(name, provider=None, **kw):
    return V('2023', name, provider, **kw)


def EN(snap, name, en_name, en_addr, provider=None, kind='Library', phone=True, coords=True):
    """English private map card of a library: own Revised Romanization, +82 phone, row coordinates."""
    r = row(snap, name, provider)
    return dict(source='maker_map_en', name=en_name, address=en_addr, postal_code='',
                phone=intl_phone(r['도서관전화번호']) if phone and r['도서관전화번호'].strip() else '',
                homepage='', lat=_round(r['위도']) if coords else '', lon=_round(r['경도']) if coords else '',
                kind=kind)


FAC = []
H = []


def F(cid, basis, *listings):
    FAC.append(dict(cid=cid, basis=basis, listings=list(listings)))


def C(cls, verdict, items, why, src=''):
    H.append(dict(cls=cls, verdict=verdict, items=items, why=why, src=src))


P1, P2, P3, P4, P5 = ('P1 shared portal host', 'P2 English vs Hangul', 'P3 operator / programme prefix-suffix',
                      'P4 bracketed real/English name', 'P5 abbreviation')
P6, P7, P8 = ('P6 old and new names', 'P7 building / landmark instead of road address',
              'P8 old and new region names')
P9, P10, P11 = ('P9 same library, 시도 vs 시군구 (or 교육청) publication', 'P10 head-office phone vs own phone',
                'P11 re-crawl change between snapshots')
N1, N2, N3 = ('N1 two facilities, one building/address', 'N2 one operator, several facilities',
              'N3 names differing by one region syllable')
N4, N5, N6 = ('N4 centre vs maker space it runs', 'N5 same city / same name, different facilities',
              'N6 branches printing one head-office number')

LIB = 'lib: library_2026.csv / library_2023_2024.csv rows'

# ---------------------------------------------------------------- 인천: 시 vs 군·구 publication
F('lib-지혜의숲도서관-강화', LIB,
  V26('지혜의숲도서관', '인천광역시'), V26('지혜의숲도서관', '인천광역시 강화군'),
  V23('지혜의숲도서관', '인천광역시'),
  M('2026', '지혜의숲도서관', '인천광역시 강화군'))
F('lib-내가도서관-강화', LIB,
  V26('내가도서관', '인천광역시'), V26('내가도서관', '인천광역시 강화군'))
F('lib-단봉늘봄도서관-인천서구', LIB,
  V26('단봉늘봄도서관', '인천광역시'), V26('단봉늘봄도서관', '인천광역시 서구'),
  G('2026', '단봉늘봄도서관', '인천광역시 서구', display_name='인천서구 단봉늘봄도서관', homepage=False))
F('lib-신석도서관-인천서구', LIB,
  V26('신석도서관', '인천광역시'), V26('신석도서관', '인천광역시 서구'),
  EN('2026', '신석도서관', 'Sinseok Library', '299 Yeomgok-ro, Seo-gu, Incheon', '인천광역시 서구'))
F('lib-서창도서관-남동', LIB,
  V26('서창도서관', '인천광역시'), V26('서창도서관', '인천광역시 남동구'),
  M('2026', '서창도서관', '인천광역시 남동구', display_name='남동구립 서창도서관'))
F('lib-연수꿈담도서관-연수', LIB,
  V26('연수꿈담도서관', '인천광역시'), V23('연수꿈담도서관', '인천광역시 연수구'))
F('lib-꿈벗도서관-인천중구', LIB,
  V26('꿈벗도서관', '인천광역시'), V26('꿈벗도서관', '인천광역시 중구'),
  M('2026', '꿈벗도서관', '인천광역시 중구', display_name='꿈벗도서관 (인천 중구)'))

# ---------------------------------------------------------------- 제주 (도 vs 서귀포시), smalllibrary.org
F('lib-서귀포점자도서관', LIB,
  V26('서귀포점자도서관', '제주특별자치도'), V26('서귀포점자도서관', '제주특별자치도 서귀포시'))
F('lib-온평열운이작은도서관-서귀포', LIB,
  V26('온평 열운이작은도서관', '제주특별자치도'), V26('온평 열운이작은도서관', '제주특별자치도 서귀포시'),
  L('map_listing', '열운이작은도서관', '제주특별자치도 서귀포시 성산읍 온평애향로 23번길 6', '070-8147-6514',
    '', '작은도서관', '33.408125', '126.900173'))
F('lib-제주국제평화센터작은도서관', LIB,
  V26('제주국제평화센터작은도서관', '제주특별자치도 서귀포시'), V23('제주국제평화센터작은도서관', '제주특별자치도'))

# ---------------------------------------------------------------- 대전 한밭도서관 + 점자도서관 (별관)
F('lib-한밭도서관-대전', LIB,
  V26('한밭도서관'), V23('한밭도서관'),
  EN('2026', '한밭도서관', 'Hanbat Library', '10 Seomun-ro, Jung-gu, Daejeon'))
F('lib-대전점자도서관', LIB,
  V26('대전점자도서관'),
  M('2026', '대전점자도서관', kind='점자도서관'))

# ---------------------------------------------------------------- 교육청 vs 군
F('lib-영동교육도서관', LIB,
  V26('영동교육도서관', '충청북도교육청 충청북도영동교육지원청'), V26('영동교육도서관', '충청북도 영동군'),
  V23('영동교육도서관', '충청북도 영동군'))
F('lib-괴산교육도서관', LIB,
  V26('괴산교육도서관', '충청북도교육청 충청북도괴산증평교육지원청'), V26('괴산교육도서관', '충청북도 괴산군'),
  EN('2026', '괴산교육도서관', 'Goesan Education Library',
     '38 Eupnae-ro 12-gil, Goesan-eup, Goesan-gun, Chungcheongbuk-do', '충청북도 괴산군'))
F('lib-의령도서관', LIB,
  V26('의령도서관', '경상남도교육청'), V26('의령도서관', '경상남도 의령군'), V23('의령도서관', '경상남도교육청'))
F('lib-마산도서관-창원', LIB,
  V26('마산도서관', '경상남도교육청'),
  M('2026', '마산도서관', '경상남도교육청', display_name='경상남도교육청 마산도서관'))
F('lib-마산도서관-김포', LIB,
  V26('마산도서관', '경기도 김포시'), V23('마산도서관', '경기도 김포시'))

# ---------------------------------------------------------------- renamed between snapshots
F('lib-옥천작은도서관-양평', LIB, V23('고읍내작은도서관'), V26('옥천작은도서관'))
F('lib-늘푸른도서관-광주북구', LIB,
  V23('늘푸른도서관', '광주광역시 북구'), V26('늘푸른도서관(동림)'))
F('lib-늘푸른도서관-군산', LIB,
  V26('늘푸른도서관', '전북특별자치도 군산시'), V23('늘푸른도서관', '전라북도 군산시'))
F('lib-늘푸른도서관-부평', LIB, V26('늘푸른도서관', '인천광역시 부평구'))
F('lib-늘푸른도서관-창원', LIB, V26('늘푸른도서관', '경상남도 창원시'))
F('lib-삼산동작은도서관-울산남구', LIB,
  V23('삼산동 마을문고'), V26('삼산동 작은도서관'),
  G('2026', '삼산동 작은도서관', display_name='남구 삼산동 작은도서관', kind='작은도서관'))
F('lib-서구어린이생태학습도서관-광주', LIB,
  V23('서구어린이생태도서관'), V26('서구어린이생태학습도서관'),
  M('2026', '서구어린이생태학습도서관', display_name='광주서구어린이생태학습도서관'))
F('lib-온양BOOKCAFE-울주', LIB, V23('온양작은도서관'), V26('온양BOOKCAFE'))
F('lib-군포2동채움작은도서관', LIB, V23('채움작은도서관', '경기도 군포시'), V26('군포2동채움작은도서관'))
F('lib-글로벌도서관-의왕', LIB,
  V23('의왕시글로벌도서관'), V26('글로벌도서관', '경기도 의왕시'),
  EN('2026', '글로벌도서관', 'Uiwang Global Library', '30-10 Bosikgol-ro, Uiwang-si, Gyeonggi-do', '경기도 의왕시'))
F('lib-사랑방마실작은도서관-부산진', LIB, V23('당감4동사랑방마실작은도서관'), V26('사랑방마실작은도서관'))
F('lib-행복마을작은도서관-부산진', LIB, V23('개금2동행복마을작은도서관'), V26('행복마을작은도서관', '부산광역시 부산진구'))
F('lib-감고개공원작은도서관-부산진', LIB, V23('가야감고개공원작은도서관'), V26('감고개공원작은도서관'))
F('lib-마을서재느루-인천서구', LIB, V23('청소년인문학도서관 느루'), V26('마을서재 느루'))
F('lib-꿈꾸는문화예술도서관-대구북구', LIB, V23('꿈꾸는작은도서관', '대구광역시 북구'), V26('꿈꾸는문화예술도서관'))

# ---------------------------------------------------------------- 강원도 → 강원특별자치도, 전라북도 → 전북, 군위
F('lib-속초시립도서관', LIB,
  V23('속초시립도서관', '강원도 속초시'), V26('속초시립도서관'),
  EN('2026', '속초시립도서관', 'Sokcho City Library', '89 Joyang-ro, Sokcho-si, Gangwon-do'))
F('lib-태백시립도서관', LIB,
  V23('태백시립도서관', '강원도 태백시'), V26('태백시립도서관'),
  M('2026', '태백시립도서관'))
F('lib-태백산소드림도서관', LIB, V23('태백산소드림도서관', '강원도 태백시'), V26('태백산소드림도서관'))
F('lib-갈말도서관-철원', LIB, V23('갈말도서관', '강원도 철원군'), V26('갈말도서관'))
F('lib-김화도서관-철원', LIB, V26('김화도서관'))
F('lib-금동작은도서관-남원', LIB, V26('금동작은도서관'))
F('lib-빨간사과작은도서관-남원', LIB,
  V23('빨간사과작은도서관', '전라북도 남원시'), V26('빨간사과작은도서관'),
  G('2026', '빨간사과작은도서관', display_name='빨간사과 작은도서관', kind='작은도서관', homepage=False))
F('lib-남원시립도서관', LIB,
  V23('남원시립도서관', '전라북도 남원시'), V26('남원시립도서관'),
  M('2026', '남원시립도서관'))
F('lib-남원어린이청소년도서관', LIB, V26('남원어린이청소년도서관'))
F('lib-공음참나무골작은도서관-고창', LIB,
  V23('공음참나무골작은도서관', '전라북도 고창군'), V26('공음참나무골작은도서관'))
F('lib-군위군새마을문고', LIB,
  V26('군위군 새마을문고'), V23('군위군 새마을문고', '경상북도 군위군'),
  L('news_article', '군위군새마을문고', '경북 군위군 군위읍 도군로 2729', '', '', '작은도서관'))

# ---------------------------------------------------------------- same name, different cities
F('lib-꿈나무도서관-구로', LIB,
  V26('꿈나무도서관', '서울특별시 구로구'),
  G('2026', '꿈나무도서관', '서울특별시 구로구', display_name='구로구립 꿈나무도서관'))
F('lib-꿈나무도서관-양주', LIB, V26('꿈나무도서관', '경기도 양주시'), V23('꿈나무도서관', '경기도 양주시'))
F('lib-부곡도서관-군포', LIB, V26('부곡도서관', '경기도 군포시'), V23('부곡도서관', '경기도 군포시'))
F('lib-부곡도서관-안산', LIB,
  V26('부곡도서관', '경기도 안산시'),
  M('2026', '부곡도서관', '경기도 안산시', display_name='안산 부곡도서관'))
F('lib-대야도서관-군포', LIB,
  V26('대야도서관', '경기도 군포시'), M('2026', '대야도서관', '경기도 군포시'))
F('lib-대야도서관-시흥', LIB, V26('대야도서관', '경기도 시흥시'), V23('대야도서관', '경기도 시흥시'))
F('lib-남면도서관-양주', LIB, V26('남면도서관', '경기도 양주시'))
F('lib-남면도서관-홍천', LIB, V26('남면도서관', '강원특별자치도 홍천군'), V23('남면도서관', '강원도 홍천군'))
F('lib-그림책도서관-원주', LIB,
  V26('그림책도서관', '강원특별자치도 원주시'),
  EN('2026', '그림책도서관', 'Wonju Picture Book Library', '77 Hyanggyo-gil, Wonju-si, Gangwon-do',
     '강원특별자치도 원주시'))
F('lib-그림책도서관-순천', LIB,
  V26('그림책도서관', '전라남도 순천시'), V23('그림책도서관', '전라남도 순천시'))
F('lib-청수도서관-천안', LIB, V26('청수도서관', '충청남도 천안시'), V23('청수도서관', '충청남도 천안시'))
F('lib-청수도서관-성북', LIB,
  V26('청수도서관', '서울특별시 성북구'),
  G('2026', '청수도서관', '서울특별시 성북구', display_name='성북구립 청수도서관'))

# ---------------------------------------------------------------- one address / one number
F('lib-책읽는카페노리-광주동구', LIB, V26('책읽는카페노리'), V23('책읽는카페노리'))
F('lib-그랜드센트럴북카페-광주동구', LIB, V26('그랜드센트럴북카페'))
F('lib-엘콩작은도서관-대전중구', LIB, V26('엘콩작은도서관'))
F('lib-대명작은도서관-대전중구', LIB, V26('대명작은도서관'), V23('대명작은도서관'))
F('lib-한마음작은도서관-대전중구', LIB, V26('한마음작은도서관'), V23('한마음작은도서관'))
F('lib-하늘꿈작은도서관-대전중구', LIB, V26('하늘꿈작은도서관', '대전광역시 중구'))
F('lib-나산작은도서관-함평', LIB, V26('나산 작은도서관'), V23('나산 작은도서관'))
F('lib-월야작은도서관-함평', LIB, V26('월야 작은도서관'))
F('lib-덕산아내프리미엄2차아파트작은도서관-거제', LIB, V26('덕산아내프리미엄2차아파트작은도서관'))
F('lib-파라미타작은도서관-거제', LIB, V26('파라미타작은도서관'), V23('파라미타작은도서관'))

# ---------------------------------------------------------------- 지번 vs 도로명
F('lib-포수마을만화도서관-은평', LIB,
  V23('포수마을 만화도서관'), V26('포수마을 만화도서관'),
  M('2026', '포수마을 만화도서관'))
F('lib-한강공원부키도서관-대구북구', LIB, V23('한강공원부키도서관'), V26('한강공원부키도서관'))

# ---------------------------------------------------------------- 대구 시립 동·서·남·북부
F('lib-대구광역시립북부도서관', LIB,
  V26('대구광역시립북부도서관'), V23('대구광역시립북부도서관'),
  M('2026', '대구광역시립북부도서관', display_name='대구북부도서관'))
F('lib-대구광역시립서부도서관', LIB,
  V26('대구광역시립서부도서관'),
  G('2026', '대구광역시립서부도서관', display_name='시립 서부도서관'))
F('lib-대구광역시립남부도서관', LIB, V26('대구광역시립남부도서관'), V23('대구광역시립남부도서관'))
F('lib-하동도서관', LIB, V26('하동도서관'), V23('하동도서관'))
F('lib-하남도서관-밀양', LIB, V26('하남도서관'))

# ================================================================ maker spaces, 무한상상실, 소공인 centres (pages)
U = dict(
    gachon1='http://www.dailysmart.co.kr/news/articleView.html?idxno=29546',
    gachon2='https://www.kyeonggi.com/list/138?page=23480',
    scube='https://www.hankyung.com/politics/article/202008069189Y',
    gnsel='http://www.idomin.com/news/articleView.html?idxno=600484',
    gnmou='http://snmnews.com/news/articleView.html?idxno=518398',
    gnfun1='http://kukinews.com/news/article.html?no=558340',
    gnfun2='http://www.idomin.com/?mod=news&act=articleView&idxno=569103&page=&total=',
    poly1='http://www.gnnews.co.kr/news/articleViewAmp.html?idxno=459025',
    poly2='http://www.kukinews.com/newsView/kuk202011020183',
    gn2020='http://m.kndaily.co.kr/news/ampArticleView.html?idxno=152995',
    gn2021='https://www.tfmedia.co.kr/news/article.html?no=110189',
    hallym='http://news.unn.net/news/articleView.html?idxno=221848',
    andong='http://news.unn.net/news/articleView.html?idxno=201795',
    ck1='https://ck.ac.kr/?p=161307',
    ck2='https://ckmctoon.com/571/?idx=14472274&bmode=view',
    hanbat='https://www.hankyung.com/article/202303069463Y',
    knut1='https://inews.mediaon.co.kr/news/article.html?no=419219',
    knut2='https://cc.newdaily.co.kr/site/data/html/2017/09/11/2017091100051.html',
    knut3='http://www.veritas-a.com/news/articleView.html?idxno=300391',
    knutidf='http://www.daejonilbo.com/news/newsitem.asp?pk_no=1438869',
    syu1='https://syu.ac.kr/sw/?p=5038',
    syu2='https://www.fnnews.com/news/202004221542500300',
    dm1='https://www.asiae.co.kr/article/2020111008375191695',
    dm2='https://m.hankookilbo.com/News/Read/Amp/A2020110917110005001',
    samdi1='http://www.siminsori.com/news/articleView.html?idxno=83788',
    samdi2='http://www.namdonews.com/news/articleView.html?idxno=445191',
    samdi3='https://www.sedaily.com/NewsView/1RYDRT1H29',
    gj2019='https://m.etnews.com/20190607000058',
    samdi4='https://www.newswire.co.kr/newsRead.php?no=976773',
    jewel1='http://www.sjic.or.kr/2015/07/sjsc/',
    jewel2='https://m.ajunews.com/view/20150709093223455',
    seoul6='http://www.seoulwire.com/news/articleView.html?idxno=421106',
    seoul6b='https://m.ajunews.com/amp/20200721092939745',
    seongsu='https://m.wowtv.co.kr/NewsCenter/News/Read?articleId=J20200723414912',
    muhan2015='https://m.wowtv.co.kr/NewsCenter/AMP/Read?articleId=X20150621214109',
    gwanak='https://asiatoday.co.kr//kn/view.php?key=20191126010014869',
)

F('ms-gachon-makercity', 'page: ' + U['gachon1'] + ' ; ' + U['gachon2'],
  L('news_article', '가천메이커시티', '성남 가천대 비전타워', kind='메이커스페이스 전문랩'),
  L('makeall_portal', '가천대학교 메이커스페이스 전문랩 가천메이커시티', '경기 성남시 가천대학교 비전타워',
    kind='메이커스페이스 전문랩'),
  L('maker_map_en', 'Gachon Maker City', 'Vision Tower, Gachon University, Seongnam-si, Gyeonggi-do',
    kind='Makerspace'))
F('ms-gyeongnam-tp-scube', 'page: ' + U['scube'] + ' ; ' + U['gnsel'] + ' ; ' + U['gnmou'],
  L('news_article', "경남테크노파크 '에스큐브(S-cube)'", '경남 창원', kind='메이커스페이스 전문랩'),
  L('makeall_portal', '에스큐브', '경남 창원시 경남테크노파크', kind='메이커스페이스 전문랩'),
  L('maker_map_en', 'S-cube Makerspace (Gyeongnam Technopark)', 'Changwon-si, Gyeongsangnam-do', kind='Makerspace'))
F('other-gyeongnam-tp', 'page: ' + U['gnmou'] + ' ; ' + U['scube'],
  L('news_article', '(재)경남테크노파크', '경남 창원', kind='테크노파크'))
F('ms-gyeongnam-ccei-fun', 'page: ' + U['gnfun1'] + ' ; ' + U['gnfun2'],
  L('ccei_portal', '경남창조경제혁신센터 FUN 메이커스페이스', '경상남도 창원시',
    homepage='https://ccei.creativekorea.or.kr/gyeongnam/', kind='메이커스페이스 일반랩'),
  L('news_article', "경남혁신센터 'F(Fun) U(User) N(Network) 메이커 스페이스'", '창원', kind='메이커스페이스'))
F('ms-changwon-polytech-changgong', 'page: ' + U['poly1'] + ' ; ' + U['poly2'] + ' ; ' + U['gnmou'],
  L('news_article', "창원폴리텍대학 '메이커스페이스 창공랩'", '한국폴리텍대학 창원캠퍼스 제2캠퍼스', '055-260-1140',
    kind='메이커스페이스'),
  L('makeall_portal', '한국폴리텍Ⅶ대학 창공랩', '경남 창원시 한국폴리텍대학 창원캠퍼스', '055-260-1140',
    kind='메이커스페이스 일반랩'),
  L('city_maker_guide', '창공랩(창의적 아이디어를 공유할 수 있는 랩실)', '폴리텍대학 창원캠퍼스', '055.260.1140',
    kind='메이커스페이스'))
F('ms-kyungnam-univ-3d', 'page: ' + U['gnmou'] + ' ; ' + U['gnsel'],
  L('makeall_portal', '경남대학교 3D창의공작센터', '경남 창원시 경남대학교', kind='메이커스페이스 일반랩'),
  L('news_article', '경남대 3D창의공작센터', '창원', kind='메이커스페이스'))
F('ms-masan-univ-mlb', 'page: ' + U['gnmou'] + ' ; ' + U['gn2021'],
  L('makeall_portal', '마산대학교 메이커스페이스 M.L.B', '경남 창원시 마산대학교', kind='메이커스페이스 일반랩'),
  L('city_maker_guide', 'M.L.B (마산대)', '마산대학교', kind='메이커스페이스'))
F('ms-masan-women-dairum', 'page: ' + U['gnmou'] + ' ; ' + U['gn2020'],
  L('makeall_portal', '마산여성인력개발센터 메이커스페이스 다이룸플러스', '경남 창원시', kind='메이커스페이스 일반랩'),
  L('city_maker_guide', '다이룸플러스', '마산여성인력개발센터 내', kind='메이커스페이스'))
F('other-masan-women-center', 'page: ' + U['gn2020'],
  L('news_article', '마산여성인력개발센터', '창원', kind='여성인력개발센터'))
F('ms-inje-dreamfactory', 'page: ' + U['gnmou'] + ' ; ' + U['gn2020'],
  L('makeall_portal', '인제대학교 드림팩토리센터', '경남 김해시 인제대학교', kind='메이커스페이스 일반랩'),
  L('news_article', '인제대 드림팩토리센터', '김해', kind='메이커스페이스'))
F('ms-jinju-edu-cuelab', 'page: ' + U['gnmou'] + ' ; ' + U['gnsel'],
  L('makeall_portal', '진주교육대학교 CUE.Lab', '경남 진주시 진주교육대학교', kind='메이커스페이스 일반랩'),
  L('news_article', '진주교대 큐랩(CUE.Lab)', '진주', kind='메이커스페이스'))
F('ms-geoje-sangsang-rocket', 'page: ' + U['gnmou'] + ' ; ' + U['gn2021'],
  L('makeall_portal', '상상로켓', '경남 거제시 거제해양관광개발공사', kind='메이커스페이스 일반랩'),
  L('news_article', '거제해양관광개발공사 메이커스페이스 상상로켓', '거제', kind='메이커스페이스'))
F('ms-hallym-fablab-gangwon', 'page: ' + U['hallym'],
  L('news_article', "한림대 창업지원단 '메이커 스페이스 Fab-Lab 강원'", '강원도 춘천 한림대학교 산학협력관 1층',
    kind='메이커스페이스'),
  L('makeall_portal', 'Fab-Lab 강원(한림대학교)', '강원특별자치도 춘천시 한림대학교 산학협력관 1층',
    kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Fab Lab Gangwon (Hallym University)',
    '1F Industry-Academic Cooperation Bldg, Hallym University, Chuncheon-si, Gangwon-do', kind='Fab Lab'))
F('ms-andong-innomakerlab', 'page: ' + U['andong'],
  L('news_article', '안동대 이노메이커랩', '안동대 공학1호관 1층', kind='메이커스페이스'),
  L('makeall_portal', '국립안동대학교 이노메이커랩(INNOMAKERLAB)', '경북 안동시 안동대학교 공학1호관 1층',
    kind='메이커스페이스'),
  L('maker_map_en', 'INNOMAKERLAB', 'Engineering Bldg 1, Andong National University, Andong-si, Gyeongsangbuk-do',
    kind='Makerspace'))
F('ms-chungkang-makerspace', 'page: ' + U['ck1'] + ' ; ' + U['ck2'],
  L('news_article', '청강메이커스페이스', '청강문화산업대학교 어울림관', kind='메이커스페이스'),
  L('makeall_portal', '청강문화산업대학교 메이커스페이스', '경기 이천시 청강문화산업대학교', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'Chungkang Maker Space', 'Eoullim Hall, Chungkang College of Cultural Industries, Icheon-si, Gyeonggi-do',
    kind='Makerspace'))
F('ms-hanbat-changui', 'page: ' + U['hanbat'],
  L('news_article', '한밭대 창의혁신관', '대전 한밭대학교', kind='메이커스페이스'),
  L('city_maker_guide', '국립한밭대학교 창의혁신메이커센터 (창의혁신관)', '유성구 한밭대학교 창의혁신관',
    kind='메이커스페이스'))
F('mh-knut-chungbuk', 'page: ' + U['knut1'] + ' ; ' + U['knut2'] + ' ; ' + U['knut3'],
  L('muhan_portal', '한국교통대학교 무한상상실', '한국교통대학교 공동실험관 506호', kind='무한상상실(거점)'),
  L('news_article', "교통대 '무한상상실 충북거점 센터'", '충주 한국교통대 공동실험관', kind='무한상상실'),
  L('maker_map_en', 'KNUT Infinite Imagination Lab', 'Room 506, Joint Laboratory Bldg, Korea National University of '
    'Transportation, Chungju-si, Chungcheongbuk-do', kind='Makerspace'))
F('ms-knut-idf', 'page: ' + U['knutidf'],
  L('news_article', '한국교통대 공학교육혁신센터 IDF(메이커스페이스)', '충주 한국교통대학교 학생회관 2층',
    kind='메이커스페이스'),
  L('city_maker_guide', 'IDF 메이커스페이스', '한국교통대학교 학생회관 2층', kind='메이커스페이스'))
F('ms-sahmyook-su', 'page: ' + U['syu1'] + ' ; ' + U['syu2'],
  L('news_article', "삼육대 'SU-메이커 스페이스'", '삼육대학교 제1실습관 1층', kind='메이커스페이스 일반랩'),
  L('makeall_portal', '삼육대학교 SU-메이커스페이스', '서울 노원구 삼육대학교 제1실습관', kind='메이커스페이스 일반랩'),
  L('maker_map_en', 'SU Maker Space (Sahmyook University)', 'Sahmyook University, Nowon-gu, Seoul',
    kind='Makerspace'))
F('ms-dongmyeong-beacon', 'page: ' + U['dm1'] + ' ; ' + U['dm2'],
  L('news_article', '동명대 비콘그라운드 메이커스페이스', '부산 수영구 망미동 수영고가도로 하부 비콘그라운드',
    kind='메이커스페이스'),
  L('city_maker_guide', '비콘그라운드 메이커스페이스 (동명대 LINC+사업단·㈜비틀 공동운영)', '수영구 망미동 비콘그라운드',
    kind='메이커스페이스'))
F('ms-dongmyeong-namgu-youth', 'page: ' + U['dm1'],
  L('news_article', '동명대 메이커스페이스 (남구청년창조발전소)', '부산 남구청년창조발전소', kind='메이커스페이스'))
F('other-gwangju-samdi', 'page: ' + U['samdi1'] + ' ; ' + U['samdi2'] + ' ; ' + U['samdi4'],
  L('news_article', '광주광역시청소년삶디자인센터(삶디센터)', '광주 동구 황금동 옛 학생회관', kind='청소년시설'),
  L('city_maker_guide', "청소년 삶디자인센터 '삶디'", '동구 충장로 옛 학생회관 건물', kind='청소년특화시설'))
F('ms-gwangju-samdi-makerspace', 'page: ' + U['gj2019'] + ' ; ' + U['samdi3'],
  L('makeall_portal', '광주시 청소년삶디자인센터 메이커스페이스', '광주 동구 청소년삶디자인센터', kind='메이커스페이스 일반랩'),
  L('news_article', '삶디센터 복합 메이커 스페이스', '광주 동구', kind='메이커스페이스'))
F('ms-gwangju-kokkiri', 'page: ' + U['gj2019'] + ' ; ' + U['samdi4'],
  L('makeall_portal', '코끼리협동조합 메이커스페이스', '광주', kind='메이커스페이스 일반랩'))
F('ms-yeosu-technical-hs', 'page: ' + U['gj2019'],
  L('news_article', '여수공업고등학교 메이커 스페이스', '전남 여수', kind='메이커스페이스 일반랩'))
F('sg-seoul-jewelry-bongik', 'page: ' + U['jewel1'] + ' ; ' + U['seoul6'],
  L('sogongin_press', '서울주얼리소공인특화지원센터', '서울 종로구 봉익동', kind='소공인특화지원센터(주얼리)'),
  L('news_article', '봉익(주얼리) 소공인특화지원센터', '종로 봉익동', kind='소공인특화지원센터'))
F('other-seoul-jewelry-center', 'page: ' + U['jewel2'],
  L('news_article', '서울주얼리지원센터', '서울 종로구 권농동', kind='주얼리산업 지원센터'))
F('sg-seoul-euljiro-print', 'page: ' + U['seoul6'] + ' ; ' + U['seoul6b'],
  L('sogongin_press', '을지로(인쇄) 소공인특화지원센터', '서울 중구 을지로', kind='소공인특화지원센터(인쇄)'))
F('sg-seoul-doksan-sewing', 'page: ' + U['seoul6'] + ' ; ' + U['seoul6b'],
  L('sogongin_press', '독산(의류봉제) 소공인특화지원센터', '서울 금천구 독산동', kind='소공인특화지원센터(의류봉제)'))
F('sg-seoul-regional-seongsu', 'page: ' + U['seoul6b'] + ' ; ' + U['seongsu'],
  L('sogongin_press', '서울 광역 소공인특화지원센터', '서울 성동구 성수동 성수사거리 인근', kind='광역 소공인특화지원센터'),
  L('news_article', "전국 1호 '광역소공인특화지원센터'", '성수동 수제화 집적지', kind='소공인특화지원센터'))
F('mh-mmca-seoul', 'page: ' + U['muhan2015'],
  L('muhan_portal', '국립현대미술관 서울관 무한상상실', '국립현대미술관(서울관)', kind='무한상상실(거점)'),
  L('news_article', "국립현대미술관 '예술공작소'", '서울 국립현대미술관 서울관', kind='무한상상실'))
F('ms-gwanak-byeolbyeol', 'page: ' + U['gwanak'],
  L('gu_office', "봉현작은도서관 '별★별 창작꿈터'", '서울시 관악구 관악로 255-7 성현동 자치회관 1층',
    kind='메이커스페이스 특화 도서관'),
  L('news_article', '관악구 메이커스페이스 특화도서관 별★별 창작꿈터', '관악구 성현동 자치회관', kind='메이커스페이스'))

# ================================================================ hard cases
S, D = 'same', 'different'
R26, R23 = 'library_2026.csv', 'library_2023_2024.csv'
P13 = 'P13 지번 vs 도로명 address'
P14 = 'P14 missing fields (no phone / no road address / only a city)'

# ---- P1 shared portal host
C(P1, S, [('lib-사랑방마실작은도서관-부산진', 1), ('lib-사랑방마실작은도서관-부산진', 2)],
  'The 2026 row carries the 부산진구 library-portal URL that every 부산진구 작은도서관 row now prints (menuCd=DOM_000002101007000000); the 2023 row has no homepage. Same address, same phone 051-914-6801; only the 동 prefix was dropped from the name.',
  R23 + ' / ' + R26 + ' rows published by 부산광역시 부산진구')
C(P1, S, [('lib-감고개공원작은도서관-부산진', 1), ('lib-감고개공원작은도서관-부산진', 2)],
  'Same 부산진구 portal URL as its neighbours in 2026, none in 2023; same road address and the same 070 number. The portal host is no evidence; the address and phone are.',
  R23 + ' / ' + R26 + ' (부산진구)')
C(P1, S, [('ms-gyeongnam-ccei-fun', 1), ('ms-gyeongnam-ccei-fun', 2)],
  'The CCEI portal listing prints the 경남 centre page https://ccei.creativekorea.or.kr/gyeongnam/ (the portal pattern every centre uses) for the maker space the centre built in 2018; the press listing has no homepage and calls the centre 경남혁신센터. One maker space: the F(Fun) U(User) N(Network) space of the 2018 일반랩 selection.',
  'kukinews 558340; idomin 569103')
C(P1, S, [('lib-온평열운이작은도서관-서귀포', 1), ('lib-온평열운이작은도서관-서귀포', 3)],
  'Both data rows print https://www.smalllibrary.org/main/index, the national 작은도서관 portal front page shared by hundreds of rows; the map card drops the village prefix 온평 and the homepage. Same address and 070 number.',
  R26 + ' (제주특별자치도 row); map card re-formatted from it')

# ---- P2 English vs Hangul
for cid, a, b, why in [
    ('lib-신석도서관-인천서구', 3, 2, 'Sinseok = 신석; "299 Yeomgok-ro, Seo-gu, Incheon" is 염곡로 299 in number-road-gu-si order; same phone in +82 form.'),
    ('lib-한밭도서관-대전', 3, 1, 'Hanbat Library = 한밭도서관, 10 Seomun-ro, Jung-gu = 서문로 10 중구; +82-42-270-7420 = 042-270-7420.'),
    ('lib-괴산교육도서관', 3, 2, '38 Eupnae-ro 12-gil, Goesan-eup = 괴산읍 읍내로 12길 38; "Education Library" renders 교육도서관; phone identical in +82 form.'),
    ('lib-글로벌도서관-의왕', 3, 2, '"Uiwang Global Library" adds the city name that the 2026 row dropped (글로벌도서관) and the 2023 row kept (의왕시글로벌도서관); 30-10 Bosikgol-ro = 보식골로 30-10.'),
    ('lib-그림책도서관-원주', 2, 1, 'Picture Book Library = 그림책도서관; 77 Hyanggyo-gil = 향교길 77; the English card prefixes the city because the Korean name alone is generic.'),
    ('ms-gachon-makercity', 3, 2, 'Gachon Maker City = 가천메이커시티, the 가천대 전문랩 in the 비전타워 that is connected to 가천대역; no road address in any source.'),
    ('ms-andong-innomakerlab', 3, 2, 'INNOMAKERLAB is the official Latin name printed in brackets by the Korean listing; Engineering Bldg 1 = 공학1호관.'),
    ('ms-chungkang-makerspace', 3, 1, 'Chungkang Maker Space = 청강메이커스페이스; Eoullim Hall = 어울림관 (청강문화산업대학교, 이천).'),
    ('mh-knut-chungbuk', 3, 1, 'KNUT is the university\'s own English abbreviation (Korea National University of Transportation); Room 506, Joint Laboratory Bldg = 공동실험관 506호; 무한상상실 rendered "Infinite Imagination Lab".'),
    ('ms-sahmyook-su', 3, 2, 'SU Maker Space = SU-메이커스페이스 of 삼육대학교 (Sahmyook University). Both print only the campus (노원구 is derived from the known campus).'),
]:
    C(P2, S, [(cid, a), (cid, b)], why, R26 if cid.startswith('lib-') else 'see basis of ' + cid)
C(P2, S, [('lib-속초시립도서관', 3), ('lib-속초시립도서관', 2), ('lib-속초시립도서관', 1)],
  'Sokcho City Library = 속초시립도서관; 89 Joyang-ro = 조양로 89. The English card still writes "Gangwon-do" (the pre-2023 English name), the 2026 row 강원특별자치도, the 2023 row 강원도 — one library.',
  R23 + ' / ' + R26)
C(P2, S, [('ms-gyeongnam-tp-scube', 3), ('ms-gyeongnam-tp-scube', 1), ('ms-gyeongnam-tp-scube', 2)],
  'S-cube is the Latin form printed in brackets by the press; the English card names the host (Gyeongnam Technopark = 경남테크노파크). One 전문랩, opened to the public 2020-08.',
  'hankyung 202008069189Y; snmnews 518398')
C(P2, S, [('ms-hallym-fablab-gangwon', 3), ('ms-hallym-fablab-gangwon', 2)],
  'Fab Lab Gangwon (Hallym University) = Fab-Lab 강원(한림대학교); 1F Industry-Academic Cooperation Bldg = 산학협력관 1층.',
  'unn 221848')
C(P2, D, [('lib-그림책도서관-원주', 2), ('lib-그림책도서관-순천', 1), ('lib-그림책도서관-순천', 2)],
  'A matcher that translates "Picture Book Library" back to 그림책도서관 finds a second 그림책도서관 in 순천 (도서관길 33, 061-749-8892). The English card is 원주 (Wonju-si, 033 number); different libraries.',
  R26 + ' rows of 강원특별자치도 원주시 and 전라남도 순천시')

# ---- P3 operator / programme prefix-suffix
C(P3, S, [('ms-dongmyeong-beacon', 1), ('ms-dongmyeong-beacon', 2)],
  'The city guide appends the operators in brackets (동명대 LINC+사업단·㈜비틀 공동운영) and drops 부산; the press puts 동명대 in front. One 69㎡ container maker space under the 수영고가도로 in 망미동.',
  'asiae 2020111008375191695; hankookilbo A2020110917110005001')
C(P3, S, [('ms-geoje-sangsang-rocket', 1), ('ms-geoje-sangsang-rocket', 2)],
  'The press prefixes the operator (거제해양관광개발공사) and the programme word 메이커스페이스 to the space name 상상로켓; the portal prints the bare name with the operator as the address.',
  'snmnews 518398; tfmedia 110189')
C(P3, S, [('ms-masan-women-dairum', 1), ('ms-masan-women-dairum', 2)],
  '다이룸플러스 is the maker space of 마산여성인력개발센터; the portal prefixes the operator and "메이커스페이스", the guide prints only the space name with the operator as a location.',
  'snmnews 518398; kndaily 152995')
C(P3, S, [('ms-hallym-fablab-gangwon', 1), ('ms-hallym-fablab-gangwon', 2)],
  'Press form "한림대 창업지원단 \'메이커 스페이스 Fab-Lab 강원\'" (operator unit + programme prefix, 강원도) vs the portal form "Fab-Lab 강원(한림대학교)" (강원특별자치도). Same floor of the same building.',
  'unn 221848')
C(P3, S, [('lib-꿈나무도서관-구로', 1), ('lib-꿈나무도서관-구로', 2)],
  'The 구청 card adds 구로구립 and prints 02)860-1623; the data row has no prefix and 02-860-1623. Same address (구로구시설관리공단 2층).',
  R26 + ' (서울특별시 구로구); 구청 card re-formatted from it')
C(P3, S, [('lib-청수도서관-성북', 1), ('lib-청수도서관-성북', 2)],
  '성북구립 prefix and 02) phone on the 구청 card; the same road address and homepage as the row.',
  R26 + ' (서울특별시 성북구)')
C(P3, S, [('lib-서창도서관-남동', 2), ('lib-서창도서관-남동', 3)],
  'The map card shows the display name "남동구립 서창도서관"; the 구 row prints 서창도서관. Same address and phone.',
  R26 + ' (인천광역시 남동구)')
C(P3, S, [('lib-마산도서관-창원', 1), ('lib-마산도서관-창원', 2)],
  'The map card shows the 교육청 prefix (경상남도교육청 마산도서관); the 교육청 row prints the bare name. Same address, phone and coordinates.',
  R26 + ' (경상남도교육청)')

# ---- P4 bracketed real/English name
C(P4, S, [('ms-changwon-polytech-changgong', 1), ('ms-changwon-polytech-changgong', 2), ('ms-changwon-polytech-changgong', 3)],
  'The guide prints the name with its gloss in brackets (창공랩 = "창의적 아이디어를 공유할 수 있는 랩실"), the portal the college\'s formal name 한국폴리텍Ⅶ대학, the press "창원폴리텍대학". All print the 산학협력단 number 055-260-1140 (dotted in the guide).',
  'gnnews 459025; kukinews kuk202011020183')
C(P4, S, [('ms-andong-innomakerlab', 1), ('ms-andong-innomakerlab', 2)],
  '국립안동대학교 이노메이커랩(INNOMAKERLAB) brackets the Latin name; the press writes 안동대 이노메이커랩. Same building and floor (공학1호관 1층).',
  'unn 201795')
C(P4, S, [('lib-늘푸른도서관-광주북구', 1), ('lib-늘푸른도서관-광주북구', 2)],
  'In 2026 the 북구 row adds the 동 in brackets, 늘푸른도서관(동림), to tell it from the other 늘푸른도서관 rows; address, phone and smalllibrary.org detail URL are unchanged.',
  R23 + ' / ' + R26 + ' (광주광역시 북구)')
C(P4, S, [('ms-jinju-edu-cuelab', 1), ('ms-jinju-edu-cuelab', 2)],
  'Press: 진주교대 큐랩(CUE.Lab) — Hangul reading plus the Latin name in brackets and the abbreviated university; portal: 진주교육대학교 CUE.Lab.',
  'snmnews 518398; idomin 600484')
C(P4, S, [('other-gwangju-samdi', 1), ('other-gwangju-samdi', 2)],
  'The nickname 삶디 is bracketed in one listing (…(삶디센터)) and quoted in the other; both place it in the former 학생회관 building on 충장로/황금동 in 동구.',
  'siminsori 83788; namdonews 445191')

# ---- P5 abbreviation
for cid, a, b, why, src in [
    ('ms-gachon-makercity', 1, 2, '가천대 ↔ 가천대학교; the press gives only the programme brand 가천메이커시티 and "성남 가천대 비전타워".', 'dailysmart 29546; kyeonggi.com'),
    ('ms-kyungnam-univ-3d', 1, 2, '경남대 ↔ 경남대학교; the press gives only the city.', 'snmnews 518398'),
    ('ms-inje-dreamfactory', 1, 2, '인제대 ↔ 인제대학교 (김해).', 'snmnews 518398; kndaily 152995'),
    ('ms-hanbat-changui', 1, 2, '한밭대 ↔ 국립한밭대학교; the building (창의혁신관) and the managing centre (창의혁신메이커센터) name one facility.', 'hankyung 202303069463Y'),
    ('mh-knut-chungbuk', 1, 2, '교통대 ↔ 한국교통대학교; "무한상상실 충북거점 센터" is the 2015 opening name of the same 무한상상실 in the 공동실험관.', 'mediaon 419219; newdaily 2017091100051'),
    ('ms-sahmyook-su', 1, 2, '삼육대 ↔ 삼육대학교; SU-메이커 스페이스 (quoted, spaced) vs SU-메이커스페이스.', 'syu.ac.kr ?p=5038; fnnews 202004221542500300'),
    ('lib-대구광역시립북부도서관', 3, 1, 'Map display name 대구북부도서관 abbreviates 대구광역시립북부도서관; same address 옥산로 75 and phone.', R26),
    ('lib-대구광역시립서부도서관', 2, 1, '구청-style card "시립 서부도서관" (대구시 서구, 053)231-2400) vs the 시 row 대구광역시립서부도서관.', R26),
]:
    C(P5, S, [(cid, a), (cid, b)], why, src)
C(P5, S, [('ms-gyeongnam-ccei-fun', 2), ('ms-gyeongnam-ccei-fun', 1)],
  '경남혁신센터 ↔ 경남창조경제혁신센터, and the FUN acronym spelled out in the press; see also P1.', 'idomin 569103')

# ---- P6 old and new names (renamed between the snapshots)
for cid, why in [
    ('lib-옥천작은도서관-양평', '고읍내작은도서관 (2023) → 옥천작은도서관 (2026): same 옥천길 21, same phone and homepage; no other row at that address in either snapshot.'),
    ('lib-삼산동작은도서관-울산남구', '삼산동 마을문고 → 삼산동 작은도서관: 울산 남구 renamed its 동 마을문고 to 작은도서관; same 주민센터 address and phone.'),
    ('lib-서구어린이생태학습도서관-광주', '서구어린이생태도서관 → 서구어린이생태학습도서관 (one word inserted); same address, phone and homepage.'),
    ('lib-온양BOOKCAFE-울주', '온양작은도서관 → 온양BOOKCAFE: no name token in common; same road address, phone 052-238-9090, homepage and coordinates.'),
    ('lib-군포2동채움작은도서관', '채움작은도서관 → 군포2동채움작은도서관 (동 prefix added). A different 채움작은도서관 exists in 서울 강서구 (방화2동주민센터) — the 군포 one is identified by address and phone.'),
    ('lib-글로벌도서관-의왕', '의왕시글로벌도서관 → 글로벌도서관 (city prefix dropped); same address, phone and homepage.'),
    ('lib-행복마을작은도서관-부산진', '개금2동행복마을작은도서관 → 행복마을작은도서관, and the road number spacing changed (진사로 83번길 → 진사로83번길).'),
    ('lib-마을서재느루-인천서구', '청소년인문학도서관 느루 → 마을서재 느루: only the proper name 느루 survives; same address and phone.'),
    ('lib-꿈꾸는문화예술도서관-대구북구', '꿈꾸는작은도서관 → 꿈꾸는문화예술도서관; same 상가동 지하 (태전동) address and phone. There are six other 꿈꾸는작은도서관 rows in other cities; only the 대구 북구 one is this library.'),
]:
    C(P6, S, [(cid, 1), (cid, 2)], why, R23 + ' / ' + R26)

# ---- P7 building / landmark instead of road address
for cid, a, b, why, src in [
    ('ms-changwon-polytech-changgong', 1, 2, 'Only the campus is printed (제2캠퍼스 vs 창원캠퍼스); no road address exists in the material.', 'gnnews 459025'),
    ('ms-knut-idf', 1, 2, '학생회관 2층 of 한국교통대학교 in both; one gives the city 충주 and the operator unit 공학교육혁신센터.', 'daejonilbo 1438869'),
    ('mh-mmca-seoul', 1, 2, 'The host museum is the address (국립현대미술관 서울관); the press names the programme 예술공작소 the museum said it would run there.', 'wowtv X20150621214109'),
    ('sg-seoul-regional-seongsu', 1, 2, '성수사거리 인근 vs "성수동 수제화 집적지" — both landmarks for the one 광역 centre the city built in 성수동.', 'ajunews 20200721092939745; wowtv J20200723414912'),
    ('ms-gwanak-byeolbyeol', 1, 2, 'One listing gives the road address of the 성현동 자치회관 (관악로 255-7), the other only the building. The space is the converted 봉현작은도서관.', 'asiatoday 20191126010014869'),
]:
    C(P7, S, [(cid, a), (cid, b)], why, src)
C(P7, S, [('mh-knut-chungbuk', 1), ('mh-knut-chungbuk', 2), ('mh-knut-chungbuk', 3)],
  'Room 506 of the 공동실험관 (the portal and the English card) vs "충주 한국교통대 공동실험관" (press); the 2017 programme notice places it in 공동실험관 506호.',
  'newdaily 2017091100051; mediaon 419219')
C(P7, S, [('other-gwangju-samdi', 1), ('other-gwangju-samdi', 2)],
  '"옛 학생회관" in 황금동 vs "충장로 옛 학생회관 건물": the same former 광주학생독립운동기념회관 building, remodelled and opened as 삶디 on 2016-11-03.',
  'siminsori 83788; namdonews 445191; mdilbo csATmn/744186')

# ---- P13 지번 vs 도로명
C(P13, S, [('lib-지혜의숲도서관-강화', 3), ('lib-지혜의숲도서관-강화', 1), ('lib-지혜의숲도서관-강화', 2)],
  'In 2023 인천광역시 published the library at the 지번 선원면 창리 606-26; in 2026 the same publisher prints the road address 대문고개로 131, as 강화군 does in both years. One library (강화군 publishes one 지혜의숲도서관).',
  R23 + ' / ' + R26 + ' (인천광역시, 인천광역시 강화군)')
C(P13, S, [('lib-포수마을만화도서관-은평', 1), ('lib-포수마을만화도서관-은평', 2), ('lib-포수마을만화도서관-은평', 3)],
  'The 2023 row prints only the 지번 "응암동 114-9" — no 시도 and no 구 — and no coordinates; the 2026 row and the map card print 증산로 478 (응암동). Same name and 070 number.',
  R23 + ' / ' + R26 + ' (서울특별시 은평구)')
C(P13, S, [('lib-한강공원부키도서관-대구북구', 1), ('lib-한강공원부키도서관-대구북구', 2)],
  '지번 "사수동 811 (한강공원 내)" (2023) vs road address 내곡로 38-19 (2026); same phone and homepage, coordinates 150 m apart (the 2026 point is the road-address point).',
  R23 + ' / ' + R26 + ' (대구광역시 북구)')

# ---- P8 old and new region names
for cid, a, b, why in [
    ('lib-태백시립도서관', 1, 2, '강원도 태백시 (2023, 강원도 publisher) vs 강원특별자치도 태백시 (2026).'),
    ('lib-태백산소드림도서관', 1, 2, '강원도 → 강원특별자치도; same road address and phone.'),
    ('lib-갈말도서관-철원', 1, 2, '강원도 철원군 → 강원특별자치도 철원군.'),
    ('lib-남면도서관-홍천', 2, 1, '강원도 홍천군 (2023) vs 강원특별자치도 홍천군 (2026).'),
    ('lib-늘푸른도서관-군산', 2, 1, '전라북도 군산시 (2023) vs 전북특별자치도 군산시 (2026).'),
    ('lib-남원시립도서관', 1, 2, '전라북도 남원시 vs 전북특별자치도 남원시.'),
    ('lib-공음참나무골작은도서관-고창', 1, 2, '전라북도 고창군 (2023, with coordinates) vs 전북특별자치도 고창군 (2026, coordinates dropped by the publisher).'),
]:
    C(P8, S, [(cid, a), (cid, b)], why, R23 + ' / ' + R26)
C(P8, S, [('lib-빨간사과작은도서관-남원', 1), ('lib-빨간사과작은도서관-남원', 2), ('lib-빨간사과작은도서관-남원', 3)],
  '전라북도 (2023) vs 전북특별자치도 (2026) vs a 시청 card that drops the province altogether ("남원시 관서당길 35(남원청소년문화의집)", 063)626-3313).',
  R23 + ' / ' + R26)
C(P8, S, [('lib-군위군새마을문고', 1), ('lib-군위군새마을문고', 2), ('lib-군위군새마을문고', 3)],
  '군위군 moved from 경상북도 to 대구광역시 on 2023-07-01. The 2023 snapshot still has the row as published by 경상북도 군위군; an older press listing prints "경북 군위군"; the 2026 row says 대구광역시 군위군. One 새마을문고 (도군로 2729, 054-383-3576).',
  R23 + ' (제공기관 경상북도 군위군) / ' + R26 + ' (대구광역시 군위군)')
C(P8, S, [('ms-hallym-fablab-gangwon', 1), ('ms-hallym-fablab-gangwon', 3)],
  '"강원도 춘천" (2019 press) vs "Gangwon-do" (English card) — and 강원특별자치도 on the portal (listing 2).', 'unn 221848')

# ---- P9 same library, 시도 vs 시군구 / 교육청
for cid, items, why in [
    ('lib-지혜의숲도서관-강화', [1, 2, 4], '인천광역시 republishes 강화군 libraries without phone, homepage or coordinates; 강화군 prints 032-934-8273 and lib.ganghwa.go.kr.'),
    ('lib-내가도서관-강화', [1, 2], 'The 시 row writes 강화서로249 (no space) and nothing else; the 군 row 강화서로 249 with phone and homepage.'),
    ('lib-단봉늘봄도서관-인천서구', [1, 2, 3], 'The 시 row has no phone; the 구 row and the 구청 card (인천시 서구, 032)251-7410, 인천서구 prefix) do.'),
    ('lib-신석도서관-인천서구', [1, 2], '시 row without phone/coordinates vs 구 row with both.'),
    ('lib-서창도서관-남동', [1, 2], '독곡로 16번길 15 (시) vs 독곡로16번길 15(서창동) (구): spacing and 동 note; the 시 row has no phone.'),
    ('lib-연수꿈담도서관-연수', [1, 2], '2026 시 row (no phone) vs the 2023 구 row (phone, homepage).'),
    ('lib-꿈벗도서관-인천중구', [1, 2, 3], '시 row, 구 row and a map card "꿈벗도서관 (인천 중구)".'),
    ('lib-서귀포점자도서관', [1, 2], '제주특별자치도 and 서귀포시 publish the same row; nothing differs but the publisher.'),
    ('lib-온평열운이작은도서관-서귀포', [1, 2], '도 and 시 rows identical; both print the shared smalllibrary.org front page.'),
    ('lib-제주국제평화센터작은도서관', [1, 2], '서귀포시 row (2026) vs 제주특별자치도 row (2023).'),
    ('lib-영동교육도서관', [1, 2, 3], '교육지원청 row with www.ydelib.go.kr vs the 군 rows without a homepage; same address and phone.'),
    ('lib-괴산교육도서관', [1, 2], '교육지원청 row: 읍내로12길 38, http://www.gselib.go.kr/; 군 row: 읍내로 12길 38, https://www.gselib.go.kr/index.do.'),
    ('lib-의령도서관', [1, 2], '경상남도교육청 and 의령군 publish the same 교육청 library; homepage https vs http with trailing slash.'),
]:
    C(P9, S, [(cid, i) for i in items], why, R23 + ' / ' + R26)

# ---- P11 re-crawl change between snapshots
C(P11, S, [('lib-의령도서관', 3), ('lib-의령도서관', 1)],
  'The 2023 교육청 row prints 055-572-0943, the 2026 row 055-572-0941 (last digit). Same address, coordinates and homepage; the 군 row of both years prints 0941.',
  R23 + ' / ' + R26 + ' (경상남도교육청)')
C(P11, S, [('lib-하동도서관', 2), ('lib-하동도서관', 1)],
  '055-884-7986 (2023) → 055-884-7981 (2026); nothing else changed.', R23 + ' / ' + R26 + ' (경상남도교육청)')

# ---- P14 missing fields
C(P14, S, [('ms-kyungnam-univ-3d', 2), ('ms-kyungnam-univ-3d', 1)],
  'The press listing gives only the city (창원) and no phone; the portal adds the campus. Name and city are the only evidence.', 'snmnews 518398')
C(P14, S, [('sg-seoul-jewelry-bongik', 2), ('sg-seoul-jewelry-bongik', 1)],
  'Neither listing has a phone or road address; both place the jewellery 소공인 centre in 봉익동, 종로 (the 2015 centre of the 서울 귀금속 조합).',
  'sjic.or.kr 2015/07/sjsc; seoulwire 421106')
C(P14, S, [('ms-gwangju-samdi-makerspace', 1), ('ms-gwangju-samdi-makerspace', 2)],
  'Only "광주 동구" in the press; the portal names the host centre. One maker space (the 2019 일반랩 of 광주시 청소년삶디자인센터).',
  'etnews 20190607000058; sedaily 1RYDRT1H29')

# ================================================================ DIFFERENT
C(N1, D, [('lib-한밭도서관-대전', 1), ('lib-대전점자도서관', 1), ('lib-대전점자도서관', 2)],
  '대전점자도서관 is in the 별관 of 한밭도서관 and prints its road address 서문로 10, but it is a separate library (own operator site www.djdosg.or.kr, phone 042-252-0055, kind 작은도서관/점자).',
  R26 + ' (대전광역시; 대전광역시 중구)')
C(N1, D, [('lib-책읽는카페노리-광주동구', 1), ('lib-그랜드센트럴북카페-광주동구', 1)],
  'Two 작은도서관 at 천변우로 329-5 (수기동) with different names and phones (062-222-7986 / 062-233-2336), both present in both snapshots — two rooms/operators in one building.',
  R23 + ' / ' + R26 + ' (광주광역시 동구)')
C(N1, D, [('ms-knut-idf', 2), ('mh-knut-chungbuk', 1)],
  'Two making spaces of one university, each printed with a building of the campus: the 무한상상실 (공동실험관 506호, 2015) and the IDF maker space of the 공학교육혁신센터 (학생회관 2층, 2021).',
  'mediaon 419219; daejonilbo 1438869')

C(N2, D, [('lib-사랑방마실작은도서관-부산진', 2), ('lib-행복마을작은도서관-부산진', 2), ('lib-감고개공원작은도서관-부산진', 2)],
  'All three 2026 rows carry the identical 부산진구 portal URL; addresses and phones all differ. The shared homepage says nothing about identity.',
  R26 + ' (부산광역시 부산진구)')
C(N2, D, [('lib-금동작은도서관-남원', 1), ('lib-빨간사과작은도서관-남원', 2)],
  'Same 남원시 작은도서관 menu URL (…006016); different addresses and phones.', R26)
C(N2, D, [('lib-남원시립도서관', 2), ('lib-남원어린이청소년도서관', 1)],
  'Two 남원시 libraries on one portal (menu …006023 / …006024) with 063-620-xxxx numbers.', R26)
C(N2, D, [('lib-갈말도서관-철원', 2), ('lib-김화도서관-철원', 1)],
  'Both print cwglib.cwg.go.kr and 033-450-x227-style numbers (5227 / 5627) — the 철원군 library system; different 읍면 and addresses.', R26)
C(N2, D, [('lib-온평열운이작은도서관-서귀포', 2), ('lib-제주국제평화센터작은도서관', 1)],
  'Two 서귀포시 작은도서관 with the same smalllibrary.org front page; 성산읍 vs 중문관광로.', R26)
C(N2, D, [('ms-dongmyeong-beacon', 1), ('ms-dongmyeong-namgu-youth', 1)],
  '동명대 opened its second maker space in 2020 at 비콘그라운드 (수영구) after the first one in 남구청년창조발전소 (2019-08): one operator, two spaces in two 구.',
  'asiae 2020111008375191695')
C(N2, D, [('lib-태백시립도서관', 2), ('lib-태백산소드림도서관', 2)],
  'One city library system: same homepage www.taebaek.go.kr/lib and neighbouring numbers 033-550-2755 / 2757, different addresses.', R26)

C(N3, D, [('lib-대구광역시립북부도서관', 3), ('lib-대구광역시립서부도서관', 2), ('lib-대구광역시립남부도서관', 1)],
  '북부/서부/남부 differ by one syllable, share the library.daegu.go.kr host and the 053-231-xxxx block; three libraries in 북구, 서구, 남구.', R26 + ' (대구광역시)')
C(N3, D, [('lib-하동도서관', 1), ('lib-하남도서관-밀양', 1)],
  '하동도서관 (하동군) and 하남도서관 (밀양시 하남읍) differ by one syllable and are both 경상남도교육청 libraries with xxlib.gne.go.kr homepages.', R26)
C(N3, D, [('lib-남면도서관-홍천', 1), ('lib-남면도서관-양주', 1)],
  'Same name, both 남면 — of 홍천군 (강원) and of 양주시 (경기). Different province, phone and homepage.', R26)

C(N4, D, [('other-gyeongnam-tp', 1), ('ms-gyeongnam-tp-scube', 1), ('ms-gyeongnam-tp-scube', 2)],
  '경남테크노파크 (the foundation) vs the 전문랩 S-cube it built and runs: the maker space is listed "at 경남테크노파크", both in 창원.',
  'hankyung 202008069189Y; snmnews 518398')
C(N4, D, [('other-masan-women-center', 1), ('ms-masan-women-dairum', 1), ('ms-masan-women-dairum', 2)],
  '마산여성인력개발센터 (a women\'s job centre) vs 다이룸플러스, the maker space it runs; the guide prints the centre as the space\'s location.',
  'kndaily 152995; snmnews 518398')
C(N4, D, [('other-gwangju-samdi', 1), ('other-gwangju-samdi', 2), ('ms-gwangju-samdi-makerspace', 1), ('ms-gwangju-samdi-makerspace', 2)],
  'The 청소년 삶디자인센터 is a 7-storey youth facility (목공방, 부엌, 극장 …); its 메이커스페이스 일반랩 (2019) is one part it runs. The maker-space listings name the centre.',
  'siminsori 83788; etnews 20190607000058')

C(N5, D, [('lib-마산도서관-창원', 1), ('lib-마산도서관-김포', 1)],
  '마산도서관 of 경상남도교육청 (창원 마산합포구) vs 마산도서관 of 김포시 (마산동). Same name, different province.', R26)
C(N5, D, [('lib-늘푸른도서관-광주북구', 1), ('lib-늘푸른도서관-군산', 1), ('lib-늘푸른도서관-부평', 1), ('lib-늘푸른도서관-창원', 1)],
  'Four libraries named 늘푸른도서관 (광주 북구, 군산, 인천 부평, 창원); each has its own address and phone.', R23 + ' / ' + R26)
C(N5, D, [('lib-꿈나무도서관-구로', 1), ('lib-꿈나무도서관-양주', 1)], '꿈나무도서관 in 서울 구로구 and 경기 양주시.', R26)
C(N5, D, [('lib-부곡도서관-군포', 1), ('lib-부곡도서관-안산', 1), ('lib-부곡도서관-안산', 2)],
  'Both are in a 부곡동 (군포 부곡동, 안산 상록구 부곡동) and both in 경기도 with 031 numbers — two libraries.', R26)
C(N5, D, [('lib-대야도서관-군포', 1), ('lib-대야도서관-군포', 2), ('lib-대야도서관-시흥', 1)],
  '대야도서관 of 군포 (대야미동) vs of 시흥 (대야동 area, 은행로): neighbouring 경기 cities, same name.', R26)
C(N5, D, [('lib-청수도서관-천안', 1), ('lib-청수도서관-성북', 1), ('lib-청수도서관-성북', 2)],
  '청수도서관 of 천안 (청수동) vs 성북구립 청수도서관 (서울).', R26)
C(N5, D, [('ms-gyeongnam-tp-scube', 2), ('ms-gyeongnam-ccei-fun', 1), ('ms-changwon-polytech-changgong', 2),
          ('ms-kyungnam-univ-3d', 1), ('ms-masan-univ-mlb', 1), ('ms-masan-women-dairum', 1)],
  'Six maker spaces in 창원 listed on one portal with "경남 창원시" addresses and generic words (메이커스페이스, 센터, 랩); different operators (TP, 혁신센터, 폴리텍, 경남대, 마산대, 여성인력개발센터).',
  'snmnews 518398; idomin 600484')
C(N5, D, [('sg-seoul-jewelry-bongik', 1), ('other-seoul-jewelry-center', 1)],
  '서울주얼리소공인특화지원센터 (봉익동, 소공인 programme, 2015-07-03) vs 서울주얼리지원센터 (권농동, 서울시, opened 2015-07-11): two jewellery-support centres in 종로 in the same month.',
  'sjic.or.kr 2015/07/sjsc; ajunews 20150709093223455')
C(N5, D, [('sg-seoul-euljiro-print', 1), ('sg-seoul-doksan-sewing', 1), ('sg-seoul-jewelry-bongik', 1), ('sg-seoul-regional-seongsu', 1)],
  'Several 소공인(특화)지원센터 in 서울 with the same name pattern; the trade in brackets and the 동 tell them apart; the 광역 centre in 성수동 coordinates the others but is a separate building.',
  'seoulwire 421106; ajunews 20200721092939745')
C(N5, D, [('ms-gwangju-samdi-makerspace', 1), ('ms-gwangju-kokkiri', 1)],
  'Two 2019 일반랩 maker spaces in 광주 from one selection list; one listing gives only "광주".', 'etnews 20190607000058')

C(N6, D, [('lib-엘콩작은도서관-대전중구', 1), ('lib-대명작은도서관-대전중구', 1)],
  'Both print 042-606-6285 (a 중구 office number); different 동 (중촌동 / 산성동) and roads.', R26 + ' (대전광역시 중구)')
C(N6, D, [('lib-한마음작은도서관-대전중구', 1), ('lib-하늘꿈작은도서관-대전중구', 1)],
  'Both print 042-222-4655; 한마음작은도서관 lists the 한마음야학 site, and 하늘꿈 is operated by 한마음야학 — one operator, two 작은도서관 in 대사동 and 산성동.', R26)
C(N6, D, [('lib-나산작은도서관-함평', 1), ('lib-월야작은도서관-함평', 1)],
  'Both print the 함평군 number 061-320-3807; 나산면 vs 월야면.', R26 + ' (전라남도 함평군)')
C(N6, D, [('lib-덕산아내프리미엄2차아파트작은도서관-거제', 1), ('lib-파라미타작은도서관-거제', 1)],
  'Both print 055-681-2679 and lib.geoje.go.kr (거제시 library office); one is in an apartment complex on 아주로, the other on 계룡로.', R26 + ' (경상남도 거제시)')
