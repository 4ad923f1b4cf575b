"""Session 50, left6: leftovers of round 45 (holdout155). Sentences written for this file (not
the holdout155 lines).

- A chat line that asks without a question mark (买家：焊工证有吗, 有没有, 能不能) asks all the same:
  the seller's next line answers it and takes its paper (``posts.asks``).
- A seller's turn that is only a sum (卖家：九百, 卖家：1500) trades in the shop's own name
  (``stance._CHAT_PRICE``): a plain chat needs no 亲 to be the shop's.
- A buyer's 办吗 answered at once by a plain yes that vouches for the paper (卖家：可以 出 网上能查)
  is the chat's hook, not a warning (``silence._CHAT_YES_AFTER``); a reporter's transcript stays
  a report.
"""

from __future__ import annotations

import pytest

from lexicon.posts import asks
from tests.lexicon.scanning import ALL, SPECIAL, categories

# --- posts.asks: a chat line's question without a question mark ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("买家：登高证有吗\n卖家：有的\n买家：好", (True, False, False)),
        ("顾客：叉车证有没有\n店主：有\n顾客：行", (True, False, False)),
        ("买家：焊工证办得了么\n卖家：能\n买家：好的", (True, False, False)),
        ("买家：我要一个\n卖家：好的\n买家：谢谢", (False, False, False)),
        # a group chat's named speakers: only the question mark makes a line ask
        ("老周：电工证复审要考吗\n阿芳：不用\n老周：好\n阿芳：嗯嗯", (False, False, False, False)),
    ],
)
def test_a_line_ending_in_a_question_particle_asks(text: str, expected: tuple[bool, ...]) -> None:
    assert asks(text) == expected


# --- a plain seller's chat: the question, the bare yes, the bare price ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：焊工证有吗\n卖家：有的 不用考\n买家：价格\n卖家：九百",
        "买家：叉车证有没有\n卖家：有 免考\n买家：多少钱\n卖家：1500",
        "顾客：高处作业证有吗\n店主：有 不用去考试\n顾客：怎么卖\n店主：两千",
    ],
)
def test_a_plain_sellers_chat_is_flagged(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "买家：健康证可以办吗\n卖家：可以 出 网上能查\n买家：几天\n卖家：两天",
        "顾客：教师资格证能弄吗\n店家：能 官网能查\n顾客：要去考吗\n店家：不用 八百",
    ],
)
def test_a_plain_yes_that_vouches_for_the_paper_is_the_hook(det, text: str) -> None:
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's transcript of the same chat
        "暗访记录：\n买家：健康证可以办吗\n卖家：可以 出 网上能查\n记者随后向卫健部门求证，此类证件都是假的。",
        # a shop's clerk refusing the bare question
        "顾客：电工证能买吗\n店员：不能 不用考的都是假的\n顾客：好吧",
        # a school's plain answers: the price is the course fee, the card comes after the exam
        "学员：电工证有吗\n老师：要先报名培训 考试合格后应急局发证\n学员：多少\n老师：学费一千二",
        # a renewal counter's plain answer: 复审 needs no new exam, no shop voice or price
        "买家：焊工证复审要考吗\n卖家：复审不用考 带原证去窗口办\n买家：好的\n卖家：嗯",
        # a buyer's question the seller answers no, then a price of something else
        "买家：焊工证有吗\n卖家：没有 本店只卖劳保手套\n买家：手套多少\n卖家：十五",
    ],
)
def test_reports_refusals_and_schools_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# --- variants: a homophone that reads as the act's refusal ---


def test_no_homophone_turns_the_act_into_its_refusal() -> None:
    from lexicon.variants import variants

    made = {v for v, _kind in variants("补做", ("homophone",))}
    done = {v for v, _kind in variants("补办", ("homophone",))}
    assert "不做" not in made
    assert "不办" not in done
    assert made  # the other homophones are still generated


@pytest.mark.parametrize(
    "text",
    [
        "有个客户问能不能做个叉车证，我说我们是刻章的，证件不做，刻钢印也不行。",
        "常有人来问能不能做毕业证，小店只做名片印刷，证件不做，请别再问了。",
    ],
)
def test_a_shop_saying_it_makes_no_papers_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_the_remade_paper_is_still_read(det) -> None:
    assert categories(det, "毕业证 补做 加v bz8899", ALL)


# --- stance._LAWFUL_SEAL: a lawful seal shop's own terms ---


@pytest.mark.parametrize(
    "text",
    [
        "我们门店承接刻章业务，公章、发票章、财务专用章均可，需凭单位介绍信和经办人证件，印章信息公安备案。",
        "小店专业刻制公章、发票章、合同章、法人章，请持营业执照原件来店办理，已在公安备案。",
    ],
)
def test_a_lawful_seal_shops_terms_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_a_seal_forger_waiving_the_licence_is_still_flagged(det) -> None:
    text = "刻章 公章 财务章 合同章 无需营业执照 不用备案 加v kz8888"
    assert "fake_certificate" in categories(det, text, ALL)
