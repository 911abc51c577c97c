"""Search: Chinese, pinyin, initials, mixes, typos, synonyms, site overrides and ranking."""

from __future__ import annotations

import pytest

from kiosk.catalogue.models import parse_catalogue
from kiosk.catalogue.search import (
    MatchTier,
    SearchIndex,
    normalize,
    pinyin_tokens,
    synonym_variants,
)
from tests.catalogue.factory import HIDDEN, HOT, make_catalogue, row


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    # Building costs pypinyin time: one index for the module (it is immutable).
    return SearchIndex(parse_catalogue(make_catalogue()))


def names(index: SearchIndex, query: str, limit: int = 50) -> list[str]:
    return [index.item(h.item_id).name for h in index.search(query, limit)]


# -- the brief's examples ----------------------------------------------------------------------
def test_initials_sbk_finds_social_security_card_application_first(index):
    assert names(index, "sbk")[0] == "社会保障卡申领"


def test_initials_match_is_tier_initials(index):
    assert index.search("sbk")[0].tier is MatchTier.INITIALS


def test_full_pinyin_finds_social_security_card(index):
    assert names(index, "shebaoka")[0] == "社会保障卡申领"


def test_short_chinese_name_finds_the_card_items(index):
    found = names(index, "社保卡")
    assert found[:3] == ["社会保障卡申领", "社会保障卡挂失", "社会保障卡补换"]


def test_full_chinese_name_finds_the_card_items(index):
    assert set(names(index, "社会保障卡")[:3]) == {
        "社会保障卡申领",
        "社会保障卡挂失",
        "社会保障卡补换",
    }


def test_pinyin_with_space_finds_housing_fund_withdrawal(index):
    assert set(names(index, "gongjijin tiqu")[:2]) == {
        "住房公积金提取（购房）",
        "住房公积金提取（租房）",
    }


def test_pinyin_without_space_is_the_same(index):
    assert names(index, "gongjijintiqu") == names(index, "gongjijin tiqu")


def test_unfinished_syllable_still_matches(index):
    assert names(index, "shebaok")[0] == "社会保障卡申领"


def test_typo_gongjijng_finds_housing_fund_items(index):
    hits = index.search("gongjijng")
    assert hits and all(index.item(h.item_id).department == "gjj" for h in hits)
    assert hits[0].tier is MatchTier.FUZZY


def test_typo_with_swapped_letters_is_found(index):
    assert "异地就医备案" in names(index, "yidijiuiy")


def test_short_queries_do_not_get_typo_matches(index):
    assert all(h.tier is not MatchTier.FUZZY for h in index.search("sbx"))


def test_yibao_finds_medical_insurance_items(index):
    found = names(index, "医保")
    assert "城乡居民基本医疗保险参保登记" in found
    assert "医疗保险关系转移接续" in found


def test_hidden_item_never_appears(index):
    hidden = index.item(HIDDEN[0])
    assert hidden is None
    for query in ("结婚登记预约", "结婚", "jiehun", "jhdj", "民政局"):
        assert "结婚登记预约" not in names(index, query), query


def test_empty_query_gives_the_hot_list(index):
    assert [h.item_id for h in index.search("")] == HOT
    assert [h.item_id for h in index.search("   ")] == HOT


# -- more query forms --------------------------------------------------------------------------
def test_mixed_chinese_then_pinyin(index):
    assert names(index, "社保ka")[0] == "社会保障卡申领"


def test_mixed_initials_then_chinese(index):
    assert names(index, "sbk申领") == ["社会保障卡申领"]


def test_ordered_characters(index):
    hits = index.search("社卡申")
    assert [index.item(h.item_id).name for h in hits] == ["社会保障卡申领"]
    assert hits[0].tier is MatchTier.ORDERED


def test_initials_and_full_syllables_mixed(index):
    assert names(index, "sbka")[0] == "社会保障卡申领"


def test_full_width_and_upper_case_input_is_normalised(index):
    assert names(index, "ＳＢＫ") == names(index, "sbk")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("户口", "户籍证明开具"),
        ("营业执照", "企业设立登记"),
        ("身份证", "居民身份证换领"),
        ("公积金", "住房公积金提取（购房）"),
        ("社会保险", "社会保险个人权益记录查询"),
    ],
)
def test_synonyms(index, query, expected):
    assert expected in names(index, query)


def test_alias_is_searchable(index):
    assert names(index, "办社保卡")[0] == "社会保障卡申领"


def test_department_name_finds_its_items_after_name_matches(index):
    found = names(index, "公安")
    assert set(found) == {"居民身份证换领", "户籍证明开具"}


def test_department_match_ranks_after_an_own_name_match(index):
    # "医疗保险" is in two item names; 医疗保障局's other item matches only by department.
    found = names(index, "yiliao")
    assert found.index("异地就医备案") > found.index("医疗保险关系转移接续")


# -- ranking -----------------------------------------------------------------------------------
def test_exact_beats_prefix_beats_substring():
    rows = [
        row("A-1", "农民专业合作社企业设立登记", None, "scj", "business_start", "b", "s"),
        row("A-2", "企业设立登记信息查询", None, "scj", "business_start", "b", "s"),
        row("A-3", "企业设立登记", None, "scj", "business_start", "b", "g"),
    ]
    index = SearchIndex(parse_catalogue(make_catalogue(rows=rows, hidden=[], hot=["A-1"])))
    hits = index.search("企业设立登记")
    assert [h.item_id for h in hits] == ["A-3", "A-2", "A-1"]
    assert [h.tier for h in hits] == [MatchTier.EXACT, MatchTier.PREFIX, MatchTier.SUBSTRING]


def test_hot_items_rank_first_within_a_tier():
    hot = ["3701-RSJ-0003"]  # 社会保障卡补换: guide-only, but on the site's hot list
    index = SearchIndex(parse_catalogue(make_catalogue(hot=hot)))
    assert names(index, "社保卡")[0] == "社会保障卡补换"


def test_self_service_ranks_before_guide_only_within_a_tier():
    index = SearchIndex(parse_catalogue(make_catalogue(hot=[])))
    found = names(index, "社保卡")
    assert found.index("社会保障卡挂失") < found.index("社会保障卡补换")


def test_shorter_names_rank_first_when_all_else_is_equal():
    index = SearchIndex(parse_catalogue(make_catalogue(hot=[])))
    found = names(index, "住房公积金")
    assert found.index("住房公积金提取（购房）") < found.index("住房公积金缴存基数调整")


def test_limit(index):
    assert len(index.search("s", limit=2)) == 2


def test_no_match_is_an_empty_list(index):
    assert index.search("xyzxyzq") == []
    assert index.search("龘") == []


# -- browse ------------------------------------------------------------------------------------
def test_browse_theme_hot_first(index):
    items = index.browse("social_security", "personal")
    assert items[0].item_id == "3701-RSJ-0001"
    assert {i.item_id for i in items} >= {"3701-RSJ-0002", "3701-RSJ-0006"}


def test_browse_filters_audience(index):
    assert [i.name for i in index.browse("housing_fund", "business")] == ["住房公积金缴存基数调整"]


def test_browse_never_lists_hidden_items(index):
    assert all(i.item_id not in HIDDEN for i in index.browse("civil_affairs"))
    assert [i.name for i in index.browse("civil_affairs")] == ["高龄津贴申领"]


def test_hot_items(index):
    assert [i.item_id for i in index.hot_items()] == HOT


# -- building blocks ---------------------------------------------------------------------------
def test_pinyin_uses_phrase_readings():
    assert [p for _, p in pinyin_tokens("银行卡")] == ["yin", "hang", "ka"]


def test_pinyin_writes_u_umlaut_as_v():
    assert [p for _, p in pinyin_tokens("绿色")] == ["lv", "se"]


def test_pinyin_keeps_latin_runs_and_drops_punctuation():
    assert pinyin_tokens("ETC卡（办理）") == [
        ("", "etc"),
        ("卡", "ka"),
        ("办", "ban"),
        ("理", "li"),
    ]


def test_normalize():
    assert normalize(" ＳＢＫ 申领 ") == "sbk申领"


def test_pinyin_keyboard_preedit_apostrophes_are_separators(index):
    assert names(index, "she'bao'ka")[0] == "社会保障卡申领"


def test_synonym_variants_swap_the_longest_term_once():
    assert synonym_variants("住房公积金提取") == ["公积金提取"]
    assert synonym_variants("公积金提取") == ["住房公积金提取"]


def test_synonym_variants_of_plain_text_are_empty():
    assert synonym_variants("高龄津贴申领") == []


# -- the seeded reference catalogue ------------------------------------------------------------
@pytest.fixture(scope="module")
def seeded() -> SearchIndex:
    from bench.search import load_seeded

    return SearchIndex(parse_catalogue(load_seeded()))


def test_seeded_catalogue_is_large_enough(seeded):
    assert len(seeded) >= 2400


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [
        ("sbk", "社会保障卡申领"),
        ("shebaoka", "社会保障卡申领"),
        ("社保卡", "社会保障卡申领"),
        ("gongjijin tiqu", "住房公积金提取"),
        ("医保", "医保参保登记"),
    ],
)
def test_seeded_first_results(seeded, query, expected_first):
    assert seeded.item(seeded.search(query)[0].item_id).name == expected_first


def test_swapped_letters_count_as_one_typo(seeded):
    assert seeded.item(seeded.search("hukuoq")[0].item_id).name.startswith("户口迁")


@pytest.mark.parametrize("query", ["gongjijintiqu", "shebaokashenling", "yidijiuyi", "ylbxcb"])
def test_typing_letter_by_letter_gives_the_same_results_as_a_fresh_search(seeded, query):
    for n in range(1, len(query) + 1):
        typed = seeded.search(query[:n])
        seeded._last_pinyin = None  # forget the previous keystroke
        assert seeded.search(query[:n]) == typed, query[:n]
