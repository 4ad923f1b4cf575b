"""Session 50, review7: a second reading of round 44's lexicon code (packs2, review6, left4).
Sentences written for this file (none taken from a held-out set or the real corpus); each test
names the defect it pins.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


# silence._ROLE_LABEL read any sentence opening with 客户 / 顾客 / 客服 as a chat's role label:
# the normalizer drops the label's colon, so a clinic's or an office's FAQ (…多久？顾客体检完…)
# lost the question word that excuses a how-to question, and CS-201 fired on the answer.
@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "健康证什么时候能拿？顾客体检完三天出证，系统可查，电话 0571-8800 1234",
        "健康证什么时候能办好？客户体检完三天出证，系统可查，电话 0571-8800 5678",
    ],
)
def test_a_sentence_opening_with_a_customer_is_no_role_label(
    det, text: str, packs: list[str]
) -> None:
    assert "CS-201" not in rule_ids(det, text, packs)


# the chat's labels keep their reading (packs2): another turn's question word excuses nothing
@pytest.mark.parametrize(
    "text",
    [
        "顾客：健康证什么时候能拿\n客服：亲 三天出证 系统可查 不用体检 私我",
        "客户: 健康证要多久\n店家: 亲 不用体检 三天出证 系统可查 私我",
    ],
)
def test_a_labelled_turn_still_parts_the_question_word(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, CERTS)


# FC-201 / FC-202's trade-course exceptions (专业做焊工培训, left4) broke only on 免考, 不用考, 直接拿,
# 包过 …: a seller wearing the course's name and skipping the exam or the attendance in other
# words (不需要考试, 不用参加考试, 免试, 包拿证, 本人不用到场) left the certificates pack silent.
@pytest.mark.parametrize(
    "text",
    [
        "专业做焊工培训 焊工证不需要考试 全国可查 加v hg_4812",
        "专业做电工培训，电工证包拿证，官网可查，v：dg_2763",
        "专业做高处作业培训 登高证免试 官网可查 电话 138 1234 9876",
        "专业做工种培训，叉车证不用参加考试，本人不用到场，官网可查，加微 cc_3090",
    ],
)
def test_a_trade_course_name_beside_another_skip_still_forges(det, text: str) -> None:
    assert rule_ids(det, text, CERTS) & {"FC-201", "FC-202"}


@pytest.mark.parametrize(
    "text",
    [
        "专业做焊工培训十年，需本人到考点参加考试，合格后发证，官网可查，电话 0571-8811 2233",
        "专业做电工培训，理论实操都要考，考试合格的证书全国联网可查，微信 dg_5120",
    ],
)
def test_a_schools_trade_course_stays_unforged(det, text: str) -> None:
    assert not rule_ids(det, text, ALL) & {"FC-201", "FC-202"}


# stance._shop_refuses (packs2) took any seller turn opening with a deny word for a refusal of the
# buyer's request: the seller's "no" to the buyer's worry (会不会被查出来？不会的 官网可查; 是不是假的？
# 不是的 跟考的一样), its "if you must sit the exam" (要考的话…) and a refusal taken back in the same
# turn (明面上不能做 私下可以) cost the buyer's words −3 and the seller's own transcript went silent.
@pytest.mark.parametrize(
    "text",
    [
        "买家：不考试拿的登高证会不会被查出来\n卖家：不会的亲 官网可查 终身有效 加v dg_6102",
        "买家：免考的叉车证是不是假的\n卖家：不是的 跟考的一样 全国联网 微信 cc_2718",
        "买家：焊工证不用考试吗\n卖家：要考的话还找我们干嘛 不用考 官网可查 加v hg_5264",
    ],
)
def test_a_sellers_no_to_the_buyers_worry_is_no_refusal(det, text: str) -> None:
    assert rule_ids(det, text, ALL) & {"CS-001", "CS-201"}


def test_a_refusal_the_same_turn_takes_back_is_no_refusal(det) -> None:
    text = "顾客：能做本科毕业证吗\n客服：不好意思 明面上不能做 私下可以 学信网可查 加v xl_7730"
    assert "FC-205" in rule_ids(det, text, CERTS)


# the shop's own refusal keeps packs2's reading
@pytest.mark.parametrize(
    "text",
    [
        "顾客：能帮我做个学位证吗\n客服：不好意思 本店只做证件照 不做任何证件",
        "买家：能做大专毕业证吗\n卖家：不能的亲 我们只卖证书封皮和内芯打印",
    ],
)
def test_a_shops_plain_refusal_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# stance._shop_turn (packs2) let another seller turn's price or payment terms voice a plain yes:
# a school's or a renewal counter's chat whose answer opens with a yes word and names the lawful
# route (不用参加理论考试的是复审 / 可以先报名 考试合格后发证) became the shop's
# hook once a later turn quoted its fee (复审费…元, 先付定金 开课再付尾款), and CS-001 fired in the
# default pack.
@pytest.mark.parametrize(
    "text",
    [
        "买家：焊工证能不参加考试吗\n客服：不用参加理论考试的是复审，要带原证去考点\n"
        "买家：多少钱\n客服：复审费260元 先付定金",
        "买家：登高证可以不考试吗\n卖家：可以先报名 考试合格后发证\n买家：怎么交钱\n卖家：先付定金 开课再付尾款",
    ],
)
def test_a_schools_plain_answer_is_not_voiced_by_its_fee(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# silence._errand_listed (left4) read only the list before the visa errand: a forger's catalogue
# headed by the travel papers (专业做护照 签证 驾照 身份证) has only 护照 before 签证, which reads as the
# agency's own trade (_TRAVEL_ONLY), and FC-201 was excused by 签证 whatever papers followed it.
@pytest.mark.parametrize(
    "text",
    [
        "专业做护照 签证 结婚证 毕业证 加v zj_7214",
        "专业做护照、签证、驾驶证，微信 zj_8830",
    ],
)
def test_a_travel_head_of_a_forgers_list_excuses_nothing(det, text: str) -> None:
    assert "FC-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "专业做护照签证十五年，客户准备身份证、户口本即可，电话 0571-8855 6677",
        "专业做护照签证 港澳通行证 签注 加急办理 电话 0571-8855 7788",
    ],
)
def test_a_visa_agencys_own_list_stays_excused(det, text: str) -> None:
    assert "FC-201" not in rule_ids(det, text, ALL)
