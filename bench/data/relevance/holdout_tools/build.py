import json, sys, collections
import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
import sim, ime
MS=["makerspace_general","makerspace_specialized"]; MH=["muhan_hub","muhan_small"]
CNC=["CNC router","CNC milling machine","CNC lathe","machining center"]
FAB=["팹랩","fablab","fab lab"]
CHEONGWON=["청원구","오창","내수읍","북이면","오송","강내면","옥산면","남이면","현도면","낭성면","미원면","가덕면","남일면","문의면","율량","내덕동","우암동","오근장"]
PANGYO=["판교동","삼평동","백현동","운중동","하산운동","대장동","석운동"]
DEOKJIN=["덕진구","덕진동","금암동","팔복동","인후동","진북동","우아동","호성동","송천동","동산동","여의동","조촌동","만성동","산정동","전미동","반월동","화전동","용정동","성덕동","고랑동","도도동","강흥동","도덕동","남정동","금상동"]
WONMI=["원미구","원미동","심곡동","춘의동","도당동","약대동","중동","상동","역곡동"]
Q=[]
def add(t,q,crit,why): Q.append(dict(type=t,q=q,criteria=crit,why=why))
# ---------------- name (16)
N='name'
add(N,"대구대 아지트",{"facility":["makeall:297"]},"Wants 대구대학교 아지트(AZIT) 메이커스페이스 (경산). 대구대 = 대구대학교; 아지트 is the space's own name (AZIT).")
add(N,"도심재생문화재단 메이커스페이스",{"facility":["makeall:520"]},"Wants (재)대구시 중구 도심재생문화재단 메이커 스페이스, typed without the (재)대구시 중구 prefix and with 메이커스페이스 unspaced.")
add(N,"남악 매이커 스페이스",{"facility":["makeall:323"]},"Wants 남악 메이커 스페이스 (무안 삼향읍) with the ㅔ→ㅐ slip in 메이커. Other 남악 places (무안군립도서관, 무안채움메이커랩) only have 남악 in their road address, not their name.")
add(N,"art craft studio",{"facility":["makeall:269"]},"Wants 양산 메이커 스페이스, whose English name is Art Craft Studio (public alias); typed lower case.")
add(N,"서대문구 융복합인재교육센터",{"facility":["makeall:538"]},"Wants 서대문구평생학습관·융복합인재교육센터 메이커 스페이스, named by its shorter alias (서대문구 융복합인재교육센터 메이커스페이스) without the makerspace word.")
add(N,"마음껏 디자인하는 창작소",{"facility":["makeall:632"]},"Wants 마디창작소 (군포): 마디 stands for 마음껏 디자인하는 창작소, the expanded name used in public pages.")
add(N,"유구 소공인복합지원센터",{"facility":["sogongin:10271"]},"Wants 공주 소공인 복합지원센터, located in 공주 유구읍 and called 유구 소공인복합지원센터 in coverage.")
add(N,"풍기인삼 소공인 복합지원센터",{"facility":["sogongin:10276"]},"Wants 영주 소공인 복합지원센터 (풍기), known as 풍기인삼 소공인 복합지원센터.")
add(N,"장위 소공인센터",{"facility":["sogongin:10233"]},"Wants 장위 소공인특화지원센터 (성북구). 소공인센터 = short for 소공인특화지원센터.")
add(N,"k-ict 디바이스랩 전주",{"facility":["devicelab:LAB001"]},"Wants ICT 디바이스랩 전주, under its older programme name K-ICT 디바이스랩 전주, typed lower case.")
add(N,"창원과학체험관",{"facility":["muhan:MH0029","makeall:349"]},"Wants 창원과학체험관 (무한상상실 and the same place's makerspace listing, one real facility): the host's name alone.")
add(N,"김천녹색미래과학관",{"facility":["muhan:MH0005","makeall:378"]},"Wants 김천녹색미래과학관 (its 무한상상실 and its makerspace listing are the same real facility): the host's name alone.")
add(N,"대구과학관 무한상상실",{"facility":["muhan:MH0044"]},"Wants 국립대구과학관 무한 상상실 (달성군), typed without 국립. 북구과학관 무한 상상실 (대구 북구) is a different facility and does not count.")
add(N,"공군 교육사령부 무한상상실",{"facility":["muhan:MH0050"]},"Wants 공군교육사령부 무한상상실 (진주), with a space inside 공군교육사령부.")
add(N,"제주혁신센터",{"facility":["ccei:jeju","makeall:111"]},"Wants 제주창조경제혁신센터 (alias 제주혁신센터). Its own makerspace listing at the same address (첨단로 243) is accepted too, as the dev set does for 대구 혁신센터; if both are served separately N = 2.")
add(N,"fablab daejeon",{"facility":["makeall:618","fablab_jsonld:paepraepdaejeon","workshop_sitemap:daejeonchangjogyeongjehyeoksinsenteo-sij"]},"Wants 팹랩대전 (English name FabLab Daejeon, lower case). All three listings of it (makeall, fablab network, the 시제품 제작소 page) are one facility.")
# ---------------- region_kind (14)
R='region_kind'
add(R,"광주 메이커스페이스",{"sido":"광주광역시","kind":MS},"Wants 메이커 스페이스 일반랩/전문랩 in 광주광역시 (광주 alone = the metropolitan city, not 경기 광주시).")
add(R,"울산 메이커스페이스",{"sido":"울산광역시","kind":MS},"Wants 메이커 스페이스 일반랩/전문랩 in 울산광역시.")
add(R,"충남 무한상상실",{"sido":"충청남도","kind":MH},"Wants 거점 or 소규모 무한상상실 in 충청남도 (short form 충남).")
add(R,"전남 무한상상실",{"sido":"전라남도","kind":MH},"Wants 거점 or 소규모 무한상상실 in 전라남도.")
add(R,"대전 무한상상실",{"sido":"대전광역시","kind":MH},"Wants 거점 or 소규모 무한상상실 in 대전광역시.")
add(R,"경북 메이커 스페이스",{"sido":"경상북도","kind":MS},"Wants 메이커 스페이스 일반랩/전문랩 in 경상북도; spaced spelling of 메이커스페이스.")
add(R,"서울 거점 무한상상실",{"sido":"서울특별시","kind":["muhan_hub"]},"Wants 거점 무한상상실 only (not 소규모) in 서울특별시.")
add(R,"인천 팹랩",{"sido":"인천광역시","name_any":FAB},"Wants facilities named 팹랩/FabLab in 인천광역시. 팹랩 is a name brand, judged on the name.")
add(R,"경남 팹랩",{"sido":"경상남도","name_any":FAB},"Wants facilities named 팹랩/FabLab in 경상남도 (양산, 진주 …).")
add(R,"부산 공방",{"sido":"부산광역시","name_any":["공방"]},"Wants places called 공방 (workshops, incl. 목공방) in 부산광역시.")
add(R,"종로구 소공인센터",{"sigungu":["서울특별시 종로구"],"kind":["sogongin_center"]},"Wants 소공인 특화/복합지원센터 in 서울 종로구 (창신, 종로 …); 구 name without the city.")
add(R,"안산 무한상상실",{"sigungu":["경기도 안산시"],"kind":MH},"Wants 무한상상실 in 경기 안산시 (incl. the 경기테크노파크 거점 one); any 일반구 of 안산 counts.")
add(R,"여수 메이커스페이스",{"sigungu":["전라남도 여수시"],"kind":MS},"Wants 메이커 스페이스 일반랩/전문랩 in 전남 여수시. Judged by served region: 안산다락메이커랩 (gen-ms-0176) is served in 여수 and counts despite its name.")
add(R,"거점 무한상상실",{"kind":["muhan_hub"]},"Wants any 거점 무한상상실 nationwide (not 소규모); no region, N is large, so all top 10 must be 거점.")
# ---------------- region_equipment (14)
E='region_equipment'
add(E,"경북 3D프린터",{"sido":"경상북도","equipment":["3D printer"]},"Wants a facility in 경상북도 with a 3D printer (FDM, resin, metal; not 3D pens or food printers).")
add(E,"충북 레이저 커터",{"sido":"충청북도","equipment":["laser cutter"]},"Wants a facility in 충청북도 with a laser cutter (레이저 가공기 and 레이저 CNC count; laser welders do not).")
add(E,"전남 cnc",{"sido":"전라남도","equipment":CNC},"Wants a facility in 전라남도 with a CNC machine: router, mill, lathe or machining centre. PCB milling machines are not CNC mills here.")
add(E,"대구 재봉틀",{"sido":"대구광역시","equipment":["sewing machine"]},"Wants a facility in 대구광역시 with a sewing machine (오버록 and 가죽 미싱 count).")
add(E,"물레 체험 서울",{"sido":"서울특별시","equipment":["pottery wheel"]},"Wants a place in 서울 with a pottery wheel (물레, 전동 물레) to try pottery; 체험 is filler.")
add(E,"전기가마 있는 곳 부산",{"sido":"부산광역시","equipment":["kiln"]},"Wants a place in 부산 with an electric kiln (가마).")
add(E,"경기 3D 스캐너",{"sido":"경기도","equipment":["3D scanner"]},"Wants a facility in 경기도 with a 3D scanner (3차원 스캐너 counts).")
add(E,"대전 진공성형기",{"sido":"대전광역시","equipment":["vacuum former"]},"Wants a facility in 대전광역시 with a vacuum former (진공 성형기).")
add(E,"제주 레이저커터",{"sido":"제주특별자치도","equipment":["laser cutter"]},"Wants a facility in 제주 with a laser cutter (레이저 가공기 counts).")
add(E,"레이저 용접기 서울",{"sido":"서울특별시","equipment":["laser welder"]},"Wants a facility in 서울 with a laser welder. A laser cutter is a different machine and does not count.")
add(E,"강남 uv 프린터",{"sigungu":["서울특별시 강남구"],"equipment":["UV printer"]},"Wants a facility in 서울 강남구 with a UV (flatbed) printer. 강남 = 강남구.")
add(E,"관악구 열전사기",{"sigungu":["서울특별시 관악구"],"equipment":["heat press"]},"Wants a facility in 서울 관악구 with a heat press (열전사기, 열전사 프레스).")
add(E,"창원 커팅 플로터",{"sigungu":["경상남도 창원시"],"equipment":["vinyl cutter"]},"Wants a facility in 창원시 with a cutting plotter, i.e. a vinyl cutter (비닐 커터 counts).")
add(E,"3차원 측정기 경기",{"sido":"경기도","equipment":["coordinate measuring machine"]},"Wants a facility in 경기도 with a coordinate measuring machine (3차원 측정기, CMM); region after the equipment. 3차원 스캐너 is a different device.")
# ---------------- opening (14)
O='opening'
add(O,"주말 저녁에 여는 곳",{"open":"weekend_evening"},"Wants any facility open until 20:00 or later on a Saturday or Sunday; opening words alone, N is large, so all top 10 must match.")
add(O,"토요일 여는 무한상상실",{"open":"saturday","kind":MH},"Wants a 무한상상실 open on Saturdays.")
add(O,"일요일 레이저 커터",{"open":"sunday","equipment":["laser cutter"]},"Wants a facility with a laser cutter that is open on Sundays.")
add(O,"평일 야간 메이커스페이스",{"open":"weekday_night","kind":MS},"Wants a 메이커 스페이스 open until 21:00 or later on a weekday (평일 야간).")
add(O,"밤늦게 여는 메이커카페",{"open":"night","name_any":["메이커카페","메이커스카페","메이커스 카페"]},"Wants a 메이커카페 (name brand) open late: until 21:00 or later on some day.")
add(O,"퇴근 후 3d프린터",{"open":"weekday_evening","equipment":["3D printer"]},"Wants a place with a 3D printer usable after work: open until 20:00 or later on a weekday.")
add(O,"서울 주말 공방",{"open":"weekend","name_any":["공방"],"sido":"서울특별시"},"Wants a 공방 in 서울 open on Saturday or Sunday.")
add(O,"부산 토요일 메이커스페이스",{"open":"saturday","kind":MS,"sido":"부산광역시"},"Wants a 메이커 스페이스 in 부산 open on Saturdays.")
add(O,"경기 야간 무한상상실",{"open":"night","kind":MH,"sido":"경기도"},"Wants a 무한상상실 in 경기도 open until 21:00 or later (야간).")
add(O,"밤 10시까지 하는 소공인센터",{"open":"late_22","kind":["sogongin_center"]},"Wants a 소공인 지원센터 open until 22:00 or later on some day.")
add(O,"토요일 일요일 다 여는 공방",{"open":"weekend_both","name_any":["공방"]},"Wants a 공방 open on both Saturday and Sunday.")
add(O,"평일 저녁 무한상상실",{"open":"weekday_evening","kind":MH},"Wants a 무한상상실 open until 20:00 or later on a weekday (평일 저녁). One that closes at 18:00 or 19:00 does not count.")
add(O,"토요일 오후 3D프린터",{"open":"saturday_afternoon","equipment":["3D printer"]},"Wants a place with a 3D printer open on Saturday afternoon (14:00–17:00 covered). A place that closes at 14:00 on Saturdays does not count.")
add(O,"대구 저녁 레이저커터",{"open":"evening","equipment":["laser cutter"],"sido":"대구광역시"},"Wants a facility in 대구 with a laser cutter, open until 20:00 or later on some day (저녁).")
# ---------------- old_region (14)
L='old_region'
add(L,"강원도 레이저커터",{"sido":"강원특별자치도","equipment":["laser cutter"]},"Wants a facility with a laser cutter in 강원특별자치도 (강원도 until 2023-06-11).")
add(L,"전라북도 군산 메이커스페이스",{"sigungu":["전북특별자치도 군산시"],"kind":MS},"Wants a 메이커 스페이스 in 군산 (전라북도 → 전북특별자치도, 2024-01-18).")
add(L,"인천 남구 레이저 커터",{"sigungu":["인천광역시 미추홀구"],"equipment":["laser cutter"]},"Wants a facility with a laser cutter in 인천 미추홀구 (인천 남구 until 2018-07-01).")
add(L,"부천 원미구 메이커스페이스",{"sigungu":["경기도 부천시"],"address_any":WONMI,"kind":MS},"Wants a 메이커 스페이스 in 부천 원미구: the 구 was abolished in 2016 and re-established in 2024, so addresses read either 부천시 … or 부천시 원미구 …. Judged by 부천시 plus the 원미구 name or one of its 동 (심곡, 원미, 춘의, 도당, 약대, 중동, 상동, 역곡).")
add(L,"남제주군 메이커스페이스",{"sigungu":["제주특별자치도 서귀포시"],"kind":MS},"Wants a 메이커 스페이스 in today's 서귀포시 (남제주군 merged into 서귀포시 in 2006).")
add(L,"당진군 무한상상실",{"sigungu":["충청남도 당진시"],"kind":MH},"Wants a 무한상상실 in 당진 (당진군 → 당진시, 2012).")
add(L,"연기군 무한상상실",{"sido":"세종특별자치시","kind":MH},"Wants a 무한상상실 in the former 연기군, which became 세종특별자치시 in 2012 (조치원 etc.).")
add(L,"강원도 원주 디바이스랩",{"sigungu":["강원특별자치도 원주시"],"kind":["ict_devicelab"]},"Wants the ICT 디바이스랩 in 원주 (강원도 → 강원특별자치도).")
add(L,"전라북도 소공인센터",{"sido":"전북특별자치도","kind":["sogongin_center"]},"Wants a 소공인 특화/복합지원센터 in 전북특별자치도 (old name 전라북도).")
add(L,"청원 오창 전문랩",{"sido":"충청북도","address_any":CHEONGWON,"kind":["makerspace_specialized"]},"Wants a 메이커 스페이스 전문랩 in 오창 of the former 청원군 (청주시 청원구 since 2014). Served 청주 addresses carry no 일반구, so the address is checked for 청원구 or a former 청원군 읍면 (same list as the dev set).")
add(L,"판교 메이커스페이스",{"sigungu":["경기도 성남시"],"address_any":PANGYO,"kind":MS},"Wants a 메이커 스페이스 in 판교 (성남 분당구): judged by 성남시 plus a 판교 법정동 (판교동, 삼평동, 백현동, 운중동, 하산운동, 대장동, 석운동). A road name such as 판교로 in 야탑동 alone does not make a place 판교.")
add(L,"덕진구 메이커스페이스",{"sigungu":["전북특별자치도 전주시"],"address_any":DEOKJIN,"kind":MS},"Wants a 메이커 스페이스 in 전주 덕진구: judged by 전주시 plus 덕진구 or one of its 동 (덕진동, 금암동, 인후동, 송천동 …), since served 전주 addresses may lack the 일반구. 효자동 (완산구) does not count. 메이커스페이스 뚝딱 춘천 is served in 덕진동 and counts.")
add(L,"강원도 강릉 무한상상실",{"sigungu":["강원특별자치도 강릉시"],"kind":MH},"Wants a 무한상상실 in 강릉 (강원도 → 강원특별자치도).")
add(L,"북제주 3d프린터",{"sigungu":["제주특별자치도 제주시"],"equipment":["3D printer"]},"Wants a facility with a 3D printer in today's 제주시 (북제주군 merged into 제주시 in 2006).")
# ---------------- suggest
def S(t,q,expect,why,fac=None):
    c={"expect":expect}
    if fac: c["expect_facility"]=fac
    add(t,q,c,why)
GC=["muhan:MH0005","makeall:378"]; GJ=["makeall:424","fablab_jsonld:paepraep-geumjeong"]
C='suggest_chosung'
S(C,ime.chosung("김천녹색미래과학관"),"김천녹색미래과학관 무한상상실","초성 of the distinctive first word 김천녹색미래과학관.",GC)
S(C,ime.chosung("공군교육사령부"),"공군교육사령부 무한상상실","초성 of the first word 공군교육사령부.")
S(C,ime.chosung("울산과학관"),"울산과학관 무한 상상실","초성 of the first word 울산과학관.")
S(C,ime.chosung("남악 메이커 스페이스"),"남악 메이커 스페이스","초성 of the whole name, with its spaces.")
S(C,ime.chosung("목포공공도서관"),"목포공공도서관 무한상상실","초성 of the first word 목포공공도서관.")
S(C,ime.chosung("팹랩 금정"),"팹랩 금정","초성 of the whole name (팹랩 금정).",GJ)
S(C,"공주 "+ime.chosung("소공인"),"공주 소공인 복합지원센터","Syllables mixed with 초성: 공주 typed out, then ㅅㄱㅇ for 소공인.")
S(C,ime.chosung("울산창조경제혁신센터"),"울산창조경제혁신센터","초성 of the whole name. The centre's makerspace shares the prefix; the centre itself must be in the top 5.")
S(C,ime.chosung("관악상상메이커랩"),"관악상상메이커랩","초성 of the whole name.")
P='suggest_partial'
S(P,"김천녹색미래과하","김천녹색미래과학관 무한상상실","Syllable-at-vowel state: 학 still at 하.",GC)
S(P,"공군교육사령ㅂ","공군교육사령부 무한상상실","Next initial ㅂ alone after 령 (령 already has a final ㅇ, so both IME kinds show ㅂ).")
S(P,"울산과학고","울산과학관 무한 상상실","Compound-vowel state: 관 typed as ㄱ,ㅗ so far shows 고 (before ㅏ makes 과). It reads like 과학고 but is the half-typed 과학관.")
S(P,"남악 메이커 스펭","남악 메이커 스페이스","2-beolsik 도깨비불: the initial ㅇ of 이 sits as the final of 페 (펭).")
S(P,"목포공공도서과","목포공공도서관 무한상상실","관 still at 과 (ㄴ not typed yet).")
S(P,"관앇","관악상상메이커랩","도깨비불 cluster: the initial ㅅ of 상 joins the final ㄱ of 악 as ㄳ (앇). Other 관악 names continue with a space, not ㅅ.")
S(P,"울산창조경제혁신센ㅌ","울산창조경제혁신센터","Last syllable's initial ㅌ alone after 센 (ㄴ+ㅌ is no cluster).")
S(P,"차세대융합기수","차세대융합기술연구원 메이커 스페이스 전문랩","술 still at 수.")
S(P,"대구대학교 아짙","대구대학교 아지트(AZIT) 메이커스페이스","도깨비불: the initial ㅌ of 트 sits as the final of 지 (짙).")
Y='suggest_layout'
for text,expect,why,fac in [
    ("울산과학관","울산과학관 무한 상상실","First word typed with the English layout on.",None),
    ("공군교육사령부","공군교육사령부 무한상상실","First word typed with the English layout on.",None),
    ("남악 메이커 스페이스","남악 메이커 스페이스","Whole name with spaces, English layout on.",None),
    ("목포공공도서관","목포공공도서관 무한상상실","First word typed with the English layout on.",None),
    ("관악상상메이커랩","관악상상메이커랩","Whole name, English layout on.",None),
    ("차세대융합기술연구원","차세대융합기술연구원 메이커 스페이스 전문랩","First word (the institute's name), English layout on.",None),
    ("인천교육과학연구원","인천교육과학연구원 무한 상상실","First word, English layout on.",None),
    ("팹랩 금정","팹랩 금정","Whole name, English layout on.",GJ),
    ("꿈꾸는 공작소","구리시 메이커 스페이스 꿈꾸는 공작소","The space's own name 꿈꾸는 공작소 (its public alias), English layout on; ㄲ needs Shift (R).",None)]:
    S(Y,ime.layout(text),expect,f"{why} ({text})",fac)
T='suggest_typo'
S(T,"울산과햑관 무한상상실","울산과학관 무한 상상실","ㅏ→ㅑ (adjacent keys k/i) in 학.")
S(T,"공군교욱사령부","공군교육사령부 무한상상실","ㅠ→ㅜ (adjacent keys b/n) in 육.")
S(T,"남악 메이커 스패이스","남악 메이커 스페이스","ㅔ→ㅐ in 페.")
S(T,"목표공공도서관","목포공공도서관 무한상상실","ㅗ→ㅛ (adjacent keys h/y) in 포: 목포 typed as 목표.")
S(T,"관악쌍상메이커랩","관악상상메이커랩","Shift slip ㅅ→ㅆ in the first 상.")
S(T,"울산창조경제혁신샌터","울산창조경제혁신센터","ㅔ→ㅐ in 센.")
S(T,"차새대융합기술연구원","차세대융합기술연구원 메이커 스페이스 전문랩","ㅔ→ㅐ in 세 (차새대).")
S(T,"팹랩 금전","팹랩 금정","Final ㅇ→ㄴ (adjacent keys d/s) in 정.",GJ)
S(T,"인천교육과학언구원","인천교육과학연구원 무한 상상실","ㅕ→ㅓ in 연.")
# ids
cnt=collections.Counter()
for q in Q:
    cnt[q['type']]+=1; q['id']=f"ho-{q['type']}-{cnt[q['type']]:03d}"
Q=[{"id":q['id'],"type":q['type'],"q":q['q'],"criteria":q['criteria'],"why":q['why']} for q in Q]
out='/work/authoring/holdout/relevance/queries_holdout.jsonl'
with open(out,'w',encoding='utf-8') as f:
    for q in Q: f.write(json.dumps(q,ensure_ascii=False)+'\n')
print(cnt, len(Q))
