"""How matching reads names and printed places (dedupe/names.py, features.py, text.py), on forms Korean sites
print: a district's 구립 before a library's name, a programme centre named before the space it operates, a new
town that is not a 시."""

from __future__ import annotations

import pytest

from dedupe.features import record_kind
from dedupe.names import analyse_name
from dedupe.text import parse_printed


@pytest.fixture(scope="module")
def lex(model):
    return model.lexicon()


@pytest.mark.parametrize(("prefixed", "plain"), [
    ("강남구립 논현도서관", "논현도서관"),
    ("청주시립 오창도서관", "오창도서관"),
    ("양평군립 용문도서관", "용문도서관"),
])
def test_a_district_or_city_run_prefix_is_the_operator(lex, prefixed, plain):
    assert analyse_name(prefixed, lex).residue == analyse_name(plain, lex).residue


def test_a_run_prefix_that_is_the_whole_name_is_kept(lex):
    forms = analyse_name("강릉시립 도서관", lex)
    assert forms.regions == ("강릉",)  # not reduced to the bare word 도서관


def test_a_village_reading_room_and_a_small_library_are_one_name(lex):
    assert analyse_name("신정2동 마을문고", lex).key == analyse_name("신정2동 작은도서관", lex).key
    assert analyse_name("신정2동 마을문고", lex).key != analyse_name("신정3동 작은도서관", lex).key


def test_the_programme_word_of_infinite_imagination_rooms(lex):
    assert analyse_name("금천 무한상상스페이스", lex).residue == analyse_name("금천구 무한상상실", lex).residue
    assert analyse_name("Geumcheon Infinite Imagination Space", lex).residue == "금천|muhan"


def test_a_bracketed_region_with_generic_words_is_no_other_name(lex):
    assert analyse_name("금천구 무한상상실(서울거점센터)", lex).alts == ()


def test_a_startup_office_is_a_startup_place_and_its_maker_space_is_not(lex):
    assert analyse_name("28청춘창업소", lex).kind == "startup"
    assert analyse_name("28청춘창업소 메이커 스페이스", lex).kind == "makerspace"


def test_a_centre_named_before_the_space_it_operates_takes_the_listings_kind(lex, model):
    taxonomy = model.taxonomy_kinds()
    forms = analyse_name("광주혁신센터 G-IN 메이커스퀘어", lex)
    assert record_kind(forms, "메이커 스페이스", lex, taxonomy) == "makerspace"
    centre = analyse_name("광주창조경제혁신센터", lex)
    assert record_kind(centre, "메이커스페이스", lex, taxonomy) == "ccei"  # its own head noun wins
    assert lex.kind_is_head(analyse_name("ICT 디바이스랩 대구", lex).key)


def test_a_new_town_is_not_a_city():
    assert parse_printed("내포신도시 충남도서관 3층")[1] == ""
    assert parse_printed("세종 행정중심복합도시 한누리대로 2130")[1] == ""
    assert parse_printed("홍성군 홍북읍 충남대로 21")[1] == "홍성군"


def test_only_a_region_before_hyeoksin_centre_names_the_ccei(lex):
    assert analyse_name("충북혁신센터", lex).kind == "ccei"
    assert analyse_name("한국해양대 공학교육혁신센터", lex).kind != "ccei"


def test_a_district_under_its_former_name_without_its_province_is_no_conflict(model):
    from dedupe.explain import explain_pair
    from dedupe.standalone import facility_from_row

    old = facility_from_row({"id": "a", "name": "C-School(인하대학교)", "address": "남구 인하대학교 학생회관 5층"})
    new = facility_from_row({"id": "b", "name": "인하대 C-School", "address": "인천광역시 미추홀구 인하로 100"})
    other = facility_from_row({"id": "c", "name": "인하대 C-School", "address": "인천광역시 연수구 송도과학로 1"})

    def region(a, b) -> str:
        return next(c["level"] for c in explain_pair(a, b, model)["comparisons"] if c["comparison"] == "region")

    assert region(old, new) == "same_sido"  # 남구 was 미추홀구's name until 2018
    assert region(old, other) == "other_sigungu"


@pytest.mark.parametrize(("name", "branch"), [
    ("Mary Crane North 0-3", "north"),  # the ages a programme takes, not branch 3
    ("Mary Crane League - Mary Crane - North", "north"),
    ("Teddy Bear Nursery School 5", "5"),
])
def test_an_age_range_at_the_end_is_no_branch_number(lex, name, branch):
    assert analyse_name(name, lex).branch == branch


@pytest.mark.parametrize(("hangul", "english", "alike"), [
    ("(주)촉 메이커스페이스", "Duksung Women's University Makerspace", False),  # only the kind word is shared
    ("조은에듀테크 메이커 스페이스", "Inha Technical College Makerspace", False),
    ("강릉제작소", "Gangneung Jejakso", True),  # a romanised name
    ("팹몬스터", "Fab Monster", True),  # a loanword spelt in English
    ("인하공업전문대학 메이커스페이스", "Inha Technical College Makerspace", True),  # the kind of school translated
    ("덕성여자대학교 메이커스페이스", "Duksung Women's University Makerspace", True),
])
def test_names_across_scripts_are_alike_by_their_own_words_not_the_kind_word_they_end_with(lex, hangul, english,
                                                                                            alike):
    from dedupe.names import cross_script_score

    score = cross_script_score(analyse_name(hangul, lex, (), latin=True), analyse_name(english, lex, (), latin=True))
    assert (score >= 0.8) is alike, score


def test_a_university_is_a_university_not_the_school_inside_its_word(lex):
    # 대학교 holds 학교: the word read is the longer one, not a school found inside it
    assert lex.kind_of("경북대학교") == "university"
    assert lex.kind_of("대건고등학교") == "school"
    assert lex.kind_of("경북대학교메이커스페이스") == "makerspace"


def test_every_university_of_education_is_called_by_its_short_form(lex):
    # 진주교육대학교 is 진주교대, as 서울교육대학교 is 서울교대; a graduate school of education is not shortened
    assert lex.fold("진주교육대학교") == lex.fold("진주교대")
    assert lex.fold("서울교육대학교") == "서울교대"
    assert lex.fold("교육대학원") == "교육대학원"


def test_an_english_listing_of_a_hangul_name_is_one_name_group_among_the_sharers_of_a_number(lex):
    # the romanised/translated listing is the facility's own: its number is not shared with another name
    from dedupe.sharing import names_agree

    hangul = analyse_name("국채보상운동기념도서관", lex, (), latin=True)
    english = analyse_name("Gukchaebosang Movement Memorial Library", lex, (), latin=True)
    other = analyse_name("Daegu Central Library", lex, (), latin=True)
    assert names_agree(hangul, english)
    assert not names_agree(hangul, other)


@pytest.mark.parametrize(("short", "full"), [
    ("ETRI 전문랩", "한국전자통신연구원 전문랩"),
    ("융기원 메이커스페이스", "차세대융합기술연구원 메이커스페이스"),
    ("AICT Makerspace", "차세대융합기술연구원 메이커스페이스"),
    ("카이스트 메이커스페이스", "KAIST 메이커스페이스"),
    ("포스텍 무한상상실", "포항공과대학교 무한상상실"),
    ("ACC 라이브러리파크", "국립아시아문화전당 라이브러리파크"),
    ("서울과기대 메이커스페이스 전문랩", "서울과학기술대학교 메이커스페이스"),
    ("SeoulTech Makerspace", "서울과학기술대학교 메이커스페이스"),
    ("금오공대 무한상상실", "금오공과대학교 무한상상실"),
])
def test_an_institution_by_its_acronym_or_short_name_is_the_institution(lex, short, full):
    # the names every Korean reader knows these institutions by; a name that merely holds the letters is not one
    a, b = analyse_name(short, lex, (), latin=True), analyse_name(full, lex, (), latin=True)
    assert a.residue == b.residue


def test_a_bracket_that_dates_an_opening_is_a_note_not_another_name(lex):
    assert analyse_name("이노디어스 폴짝센터 (2019년 3월 개소)", lex).alts == ()
    assert analyse_name("메이커랩 (2024 오픈)", lex).alts == ()


def test_letters_inside_a_word_are_no_acronym(lex):
    assert "국립아시아문화전당" not in analyse_name("Accent Makerspace", lex, (), latin=True).key
    assert "광주과학기술원" not in analyse_name("레지스트 공방", lex, (), latin=True).key


@pytest.mark.parametrize(("hangul", "english", "alike"), [
    ("조선대학교 메이커스페이스", "Chosun University Makerspace", True),       # 조선 / Chosun: one skeleton
    ("수원대 메이커스페이스 전문랩", "Chosun University Makerspace", False),   # snt / ksnt: short and unequal
    ("띵(명·名)작 스튜디오", "Dankook University Makerspace (Engineering Hall 3)", False),
    ("강릉제작소", "Gangneung Jejakso", True),                                 # no distinct part: whole forms
])
def test_two_distinct_names_around_one_kind_word_are_not_alike_across_scripts(lex, hangul, english, alike):
    from dedupe.names import cross_script_score

    score = cross_script_score(analyse_name(hangul, lex, (), latin=True), analyse_name(english, lex, (), latin=True))
    assert (score >= 0.8) is alike


def test_an_association_and_its_branch_before_the_name_are_its_operator(lex):
    operated = analyse_name("(사)한국소호진흥협회 인천지회 송도 소공인특화지원센터", lex)
    assert operated.residue == analyse_name("송도 소공인특화지원센터", lex).residue
    assert analyse_name("대한건축사협회", lex).residue  # an association's own name stays its name


def test_a_university_of_a_place_is_the_place_university(lex):
    english = analyse_name("The University of Suwon Makerspace", lex, (), latin=True)
    assert english.residue == analyse_name("Suwon University Makerspace", lex, (), latin=True).residue


def test_a_provisional_name_mark_is_no_part_of_the_name(lex):
    assert analyse_name("(가칭)대방청소년문화의집", lex).key == analyse_name("대방청소년문화의집", lex).key


def test_a_distinct_part_that_begins_with_the_other_across_scripts_is_alike(lex):
    from dedupe.names import cross_script_score

    longer = analyse_name("단국대 제3공학관 메이커스페이스 및 창의적공학설계실", lex, (), latin=True)
    english = analyse_name("Dankook University Makerspace", lex, (), latin=True)
    assert cross_script_score(longer, english) >= 0.8
    assert cross_script_score(analyse_name("단국대 메이커스페이스", lex, (), latin=True),
                              analyse_name("Chosun University", lex, (), latin=True)) < 0.8


@pytest.mark.parametrize(("kind", "family"), [
    ("과학관(아이디어 제작소)", "science_museum"),  # the museum, with a space of its own named in brackets
    ("도서관(메이커 스페이스 운영)", "library"),  # a library that runs a maker space
    ("메이커스페이스(도서관 내)", "makerspace"),  # a maker space inside a library
    ("평생학습관(공공도서관)", "library"),  # a host classed by the public-data file as a public library
    ("(메이커스페이스)", "makerspace"),  # all in brackets: read whole
])
def test_a_kind_text_is_its_head_noun_outside_brackets(model, kind, family):
    from dedupe.names import kind_family

    assert kind_family(kind, model.lexicon(), model.taxonomy_kinds()) == family


def test_rooms_of_a_library_are_read_from_brackets_and_a_last_word(lex):
    assert analyse_name("도봉어린이문화정보도서관(영 유아)", lex).room == "영유아"
    assert analyse_name("도봉어린이문화정보센터 영유아실", lex).room == "영유아"
    assert analyse_name("도봉어린이문화정보도서관(디지털자료실)", lex).room == "디지털"
    assert analyse_name("군산시립도서관(자료열람실)", lex).room == ""  # the general reading room is the library
    assert analyse_name("디지털정보도서관", lex).room == ""  # a word of the name, not a room
