"""Session 60, review57: a second reading of left28 (sellers' yes in chats, holdout196). Sentences
written for this file (not from any held-out set, nor the rules' fixtures).

- Close variants of left28's sellers still silent: the guarantee granted as 包得了 after the
  buyer's 包拿 echoed (老板：包拿？包得了，不用考), OK said as OK的 (不考？OK的), and a one-line
  A / B chat whose B answers OK (normalized, the colon stays before the Latin word: b:ok)
  (``silence._CHAT_YES_SKIP``).
- The buyer's 包过 echoed at the opening of the answering turn and refused there (回复：包过？包不了，
  考试靠自己): the echo is the buyer's word, not the answerer's promise (``stance._echo_refused``).
- Lawful neighbours left28's widening must leave silent: forum answers under 回复：, exam-prep A / B
  chats, a platform's 亲，放心 sending the buyer to the exam, OK / 放心 in a school's chat, a
  regulator's Q&A calling 考不过也给证 a rumour, schools' 补考 terms, and chats where the shop
  refuses after an echo.
- Decided and pinned: a chat naming no certificate (客服：不考？可以的，资料发我，一周到手) stays
  silent; the same turn naming the certificate is read.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    TRAINING,
    categories,
    rule_ids,
    rule_ids_no_model,
)

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


# --- (1) sellers: close variants of left28's chats ----------------------------------------------

_SELLERS = [
    # the guarantee the buyer asked for, granted as 包得了 after the echo or alone
    "顾客：焊工证能包拿吗？\n老板：包拿？包得了，不用考，加v hg_3310",
    "顾客：电工证能包拿吗？\n老板：包得了，不用考，加v dg_6621",
    # OK said as OK的 after the echo
    "顾客：电工证不考能拿吗？\n老板：不考？OK的，资料发我，十天拿证",
    # B answering OK on one line: the colon stays before the Latin word once normalized
    "A：制冷证能直接拿吗 B：OK，不用去考，一周出证，v：zl_2290",
    "A：制冷证能直接拿吗 B：OK的，不用去考，一周出证，v：zl_2290",
]


@pytest.mark.parametrize("text", _SELLERS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_close_variants_of_chat_yes_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    found = categories(det, text, packs)
    assert "certificate_sale" in found or "guarantee_promise" in found, text


def test_ok_after_echo_names_the_sale(det) -> None:  # type: ignore[no-untyped-def]
    text = "买家：叉车证不考能拿吗？\n卖家：不考？OK的，不用到场，十天寄到，v：cc_1182"
    for packs in _SPECIAL:
        assert "certificate_sale" in categories(det, text, packs), packs


def test_one_line_b_ok_is_read_in_the_certificates_pack(det) -> None:  # type: ignore[no-untyped-def]
    text = "A：制冷证能直接拿吗 B：OK，不用去考，一周出证，v：zl_2290"
    assert "CS-201" in rule_ids_no_model(det, text, CERTS)


# --- (2) the buyer's 包过 echoed and refused in the answering turn ------------------------------

_ECHO_REFUSED = [
    "问：焊工证能包过吗？\n回复：包过？包不了，考试靠自己，我们只管教会",
    "顾客：焊工证能包过吗？\n老板：包过？包不了，考试靠自己，我们只管教会",
    "问：电工证能包过吗？\n答：包过？保证不了，要看自己学得怎么样，我们只负责培训",
]


@pytest.mark.parametrize("text", _ECHO_REFUSED)
@pytest.mark.parametrize("packs", _PACKS)
def test_echo_refused_in_the_answer_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


def test_echo_refused_then_taken_back_still_sells(det) -> None:  # type: ignore[no-untyped-def]
    # the refusal turned into the seller's refund terms and call: still the guarantee
    text = "顾客：焊工证能包过吗？\n老板：包过？包不了的全额退款，加v hg_1021"
    for packs in _SPECIAL:
        assert "guarantee_promise" in categories(det, text, packs), packs


# --- (3) lawful neighbours of left28's widening -----------------------------------------------

_LAWFUL = [
    # forum answers under 回复：
    "问：特种作业操作证在哪里考？\n回复：可以的，去应急管理局报名考试就行",
    "网友提问：电工证能自己报名吗？\n回复：可以的，去应急管理局报名考试就行，考过才发证",
    "回复：可以报名的，去应急管理局官网预约考试即可",
    "问：复审要本人去吗？\n回复：不用去，网上办理就可以",
    "学员问：补考要重新报名吗？\n回复：不用，直接预约补考就行",
    "网友回复：可以的，不用去考，这种都是假证，别信",
    # exam-prep chats with A / B, B answering honestly
    "A：焊工证能直接拿吗 B：不可以的，必须去考点考试",
    "甲：低压电工证还能报名吗 乙：能，本月考点还有名额，考试合格才发证",
    "A：电工证怎么拿 B：OK，先去培训机构报名，然后参加考试",
    # the platform's 亲 and 放心 sending the buyer to the exam
    "高压电工证能报名吗？亲，放心，报名后统一安排考试，合格后发证",
    "亲，放心，报名后统一安排考试",
    "客服：亲，放心，报名后统一安排考试，考试合格由应急管理局发证",
    # OK / 放心 in a school's chat
    "学员：老师我能报名吗？\n老师：OK，带身份证来报名，下月统一安排考试",
    "学员：电工证这期不考行吗？\n老师：不考？OK的，下期再约考试，考试合格才发证",
    "学员：高处作业证体检能在本地做吗？\n客服：OK的，不用去外地，本地医院体检就行",
    "顾客：电工证丢了能补吗？\n客服：OK，不用本人去，网上申请补办就行",
    "顾客：叉车证到期了能办吗？\n客服：放心，不用考，参加复审培训就行",
    # a regulator's Q&A and warnings calling 考不过也给证 a rumour
    "问：考不过也给证是真的吗？\n答：考不过也给证是谣言，特种作业操作证必须考试合格才能取得",
    "市应急管理局答网友问：网传“考不过也给证”纯属谣言，请勿轻信",
    "提醒：有人说考不过也给证，这是骗局，证书都能在官网查询",
    # schools' 补考 terms
    "考不过可以补考一次，补考不过不发证",
    "本校承诺：考不过可以免费补考一次，补考不过不发证，不退费",
    "考不过也不给证，必须补考合格",
    "考不过照样要补考，补考合格才发证",
    "客服：可以办理，报名后参加考试，考不过一样要补考，考试合格才发证，报名电话 0571-86203345",
    "焊工证培训招生：报名后参加考试，考不过也能免费补考一次，合格发证，报名电话 0571-86203345",
    "问：年龄大也发证吗？\n答：超过60周岁不能报考，也不会发证",
    # refusals after an echo, and 包得了 in a school's or a warner's mouth
    "客服：不考？不可以的，必须本人考试",
    "客服：包过？保证不了，要看自己学得怎么样",
    "问：焊工证能包过吗？\n回复：包得了的只有骗子，证要本人考",
    "问：焊工证实操能包教会吗？\n老师：包教会？包得了，不会的反复练，考试还是要自己考",
    "问：焊工证能办吗？\n回复：包得了，不用考，这种话你也信？都是骗子",
    # decided: no certificate named anywhere, the chat's label and 一周到手 are not enough
    "学员：焊工证这次不考可以吗？\n客服：不考？可以的，缺考的下期再报名，资料不用重交",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


# --- (4) the chat that names no certificate: decided silent; named, it is read ------------------


@pytest.mark.parametrize("packs", _PACKS)
def test_no_certificate_named_stays_silent(det, packs) -> None:  # type: ignore[no-untyped-def]
    # decision (review57): no paper is named in either turn, so nothing says which trade this is
    # (a driving school's or an exam board's chat says 不考？可以的 too); the model's gate is not
    # opened on the chat's label and 一周到手 alone
    assert rule_ids(det, "客服：不考？可以的，资料发我，一周到手", packs) == set()


@pytest.mark.parametrize("packs", _SPECIAL)
def test_the_same_turn_naming_the_certificate_sells(det, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, "客服：焊工证不考？可以的，资料发我，一周到手", packs)


# --- (5) left as they are, pinned so a change is seen --------------------------------------------


@pytest.mark.parametrize("packs", _SPECIAL)
def test_echoed_yes_with_the_paper_in_the_buyers_turn_is_a_guarantee(det, packs) -> None:  # type: ignore[no-untyped-def]
    # the echo's question mark is a second sentence end between the buyer's 高处作业证 and the
    # shop's 不用考, beyond CS-001's one; GP-002 names the guarantee (reported, not changed)
    text = "顾客：高处作业证能包拿吗？\n老板：包拿？包的，不用考，加v gc_7731"
    assert "GP-002" in rule_ids_no_model(det, text, packs)
