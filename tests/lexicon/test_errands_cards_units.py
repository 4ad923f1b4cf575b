"""Errand lists, cards and employers (session 33, books2, holdout53).

- Every rule that excuses a lawful errand (营业执照, 社保, 公积金 …) reads it as CS-001 does since
  session 32 (``unless_generic_only``): beside a paper written in one list with it, the errand
  excuses nothing; it still excuses a generic word or a paper whose sale word it has to itself.
- A card and its counter (银行卡 … 柜台补办, 营业厅) are no certificate sale, and the ID card an
  applicant brings (带身份证, 持身份证) excuses only itself (``unless_own_part``).
- An employer handling its own staff's review (单位统一报送, 公司统一组织) is no sale, unless a
  seller wears it (公司统一办理 免考 加微).
- The booklet in so many days (十天下本) is a quick certificate; a profile pointer (主页有联系方式,
  联系方式在主页) is the seller's contact even though 联系方式 is masked for its report word.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.rules import lint
from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import CERTS, SPECIAL, rule_ids

ALL = ["special-ops", "certificates", "training-ads"]


def _reasons(det, text: str, packs: list[str]) -> list[str]:
    return [s.reason for s in det.scan_page(text=text, packs=packs).suppressed]


@pytest.mark.parametrize(
    ("text", "packs", "rule"),
    [
        ("社保代缴、制冷证 出 电 137 0000 1122", SPECIAL, "CS-004"),
        ("户口迁移、公积金提取、焊工证免考代办，微信 bw_5566", CERTS, "CS-201"),
        ("营业执照 代办 健康证 出 v hz_1212", CERTS, "CS-203"),
        ("公积金 健康证 出 加微 hz_4545", CERTS, "CS-203"),
        ("代办营业执照 健康证 一比一定做 私我", CERTS, "FC-213"),
        ("代办：营业执照、社保、毕业证 加微 by_7788", CERTS, "FC-205"),
    ],
)
def test_a_paper_listed_with_lawful_errands_is_still_read(
    det, text: str, packs: list[str], rule: str
) -> None:
    assert rule in rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # the errand has the sale word to itself
        "营业执照代办 焊工证培训班周末开课",
        # errands and the licences an agency files with them
        "企业代办工商注册 营业执照 食品经营许可证 五天下照 加微 gs_0202",
        # a shop sold with its papers (齐全)
        "小饭馆转让 营业执照 卫生许可证齐全 联系 139 2200 3344",
    ],
)
def test_lawful_errands_still_excuse(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "信用卡丢了，先挂失，再去银行柜台补办，带上身份证就行",
        "电话卡停机了，去营业厅补办要带身份证，当天就能办好",
        "市民卡补办请本人持身份证到服务网点办理",
    ],
)
def test_a_card_at_its_counter_is_no_certificate(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the ID brought excuses only itself, not the paper sold beside it
        "带身份证来店里，健康证不用体检当天拿 加微 jk_0101",
        # card names are no excuse: the ID sold with them is
        "出售二手身份证 手机卡 银行卡 三件套 私聊",
    ],
)
def test_an_id_sold_or_a_paper_beside_a_brought_id_is_read(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "电工证到期的员工，人事统一报送复审材料，不用本人去",
        "本月底叉车证复审，公司统一组织报名，大家不用自己跑",
        "厂里登高证复审由安全科统一办理，大家自己不用管，按通知签字即可",
    ],
)
def test_an_employer_handling_its_staff_review_is_no_sale(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_seller_wearing_the_employer_words_is_read(det) -> None:
    assert "CS-001" in rule_ids(det, "公司统一办理 电工证 免考 直接拿证 加微 dg_3131", SPECIAL)


def test_the_booklet_in_so_many_days_is_a_quick_certificate(det) -> None:
    assert "CS-003" in rule_ids(det, "电工本 十天下本 官网可查", SPECIAL)
    terms = set(fresh_lexicon().sets["quick_cert"].terms)
    assert {"七天下本", "十天就下本", "半个月下本"} <= terms


@pytest.mark.parametrize(
    "text",
    [
        "老师说一般十天下本，这次等了一个月还没消息",
        "电工证考过了吗？听说二十天下本",
    ],
)
def test_a_learner_waiting_for_the_booklet_is_no_offer(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("焊工考不过发愁吗？不用考 直接下本 主页有联系方式", "CS-006"),
        ("考电工总是不过？不用再考了 直接拿证 联系方式在主页", "CS-001"),
    ],
)
def test_a_hook_question_with_a_profile_pointer_is_an_offer(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, SPECIAL)


def test_a_learner_pointing_to_free_notes_is_no_offer(det) -> None:
    assert not rule_ids(det, "我的主页有考电工证的笔记，都是自己整理的，不卖东西", ALL)


def test_the_params_name_known_sets() -> None:
    lex = fresh_lexicon()
    rules = {r.id: r for r in lex.rules}
    for rid in ("CS-004", "CS-203", "FC-205", "FC-213"):
        assert rules[rid].params["unless_generic_only"] == ["other_errands"], rid
    # (issue 9, session 72, lawful11) CS-201 reads the firm's own errand as CS-001 does
    assert rules["CS-201"].params["unless_generic_only"] == ["other_errands", "firm_errand"]
    # (issue 9, session 72, review144) and the cleft's 能做 (我们唯一能做的是把课上好)
    assert rules["CS-201"].params["unless_own_part"] == ["paper_brought", "cleft_instead"]
    assert rules["FC-203"].params["unless_own_part"] == ["cleft_instead"]
    problems = lint(lex)
    assert not [p for p in problems if "unless_own_part" in p or "unless_generic_only" in p]
