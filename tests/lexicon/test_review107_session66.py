"""Session 66, review107: a second reading of turn2 (refusals taken back a line later, hedges after
an echo, the ID photo asked for as the shop's order). Sentences written for this file (not from any
holdout set, the corpus nor the rules' fixtures).

- (a) Sellers: the shop's yes said 好的 or 行 before it asks for the ID photo and names the delivery
  (客服：好的，身份证正反面发我，五天出证); the refusal or hedge taken back a line later (kept).
- (b) Lawful twins, silent in every pack: the take-back word named only to be denied or called a
  fraud (没有什么内部名额; 外面说的稳过都是骗人的), on the refusing line or the next one; the echo
  hedged on (包过？不好说) and followed by lawful help; the shop's 这个保证不了 refusing the asked
  guarantee; 好的 / 行不通 that takes no order; the teacher's aside 私下跟你讲 before study advice
  (私下跟你讲，多刷题库，考试就能过), which names no private channel.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# --- (a) sellers ------------------------------------------------------------------------------------

_ORDER_TAKEN = [
    "客户：电焊证能不考直接拿吗？\n客服：好的，身份证正反面发我，五天出证",
    "客户：低压电工证不考能办吗？\n客服：行，发个身份证照片，交钱等证就行",
]

_TAKEN_BACK = [
    "学员：焊工证能包过吗？\n老师：包过？说不好\n老师：私下讲，我们有考场关系，稳过",
    "学员：叉车证能包过吗？\n客服：这个包不了哈，不过考场有人，加v fk2290",
    "学员：登高证能包过吗？\n老师：这个保证不了\n老师：不过内部名额还有两个，稳过，私聊",
    "学员：电焊证难考吗？\n老师：题库多刷几遍，考试就能过，私聊",
    "学员：叉车证好考吗？\n老师：私下跟你说，不用刷题，交钱考试就能过",
]


@pytest.mark.parametrize("text", _ORDER_TAKEN)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_the_order_taken_after_a_plain_yes_sells_the_paper(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("text", _TAKEN_BACK)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_a_refusal_taken_back_still_sells_the_pass(det, text: str, packs) -> None:
    assert_sells(det, text, "guarantee_promise", packs)


# --- (b) lawful twins ---------------------------------------------------------------------------

_TAKE_BACK_DENIED = [
    "学员：电焊证能包过吗？\n老师：这个保证不了\n老师：没有什么内部名额，都是骗人的，考试靠自己",
    "学员：焊工证能包过吗？\n老师：保证不了，哪有什么内部渠道，考试靠自己",
    "学员：高处作业证能包过吗？\n老师：包过？保证不了\n老师：外面说的稳过都是骗人的，好好复习",
]

_HEDGED_ECHO = [
    "学员：电焊证能包过吗？\n老师：包过？不好说，但是我们有免费补课，补考本人参加",
    "学员：焊工证能包过吗？\n老师：包过？说不准，不过我们有晚班辅导，考试本人去",
]

_SHOP_REFUSES = [
    "学员：叉车证考试能保证过吗？\n客服：这个保证不了哈",
    "学员：电工证考试能保证过吗？\n客服：这个真保证不了\n客服：我们有模拟题，练熟了通过率挺高",
]

_ASIDE = [
    "学员：登高证好考吗？\n老师：私下跟你说，题库多刷两遍，考试就能过",
    "学员：电焊证能包过吗？\n老师：包过？这个真保证不了…\n老师：私下跟你讲，多刷题库，考试就能过",
]

_NO_ORDER = [
    "客户：焊工证能不考直接拿吗？\n客服：好的，我帮您问问，考试还是要本人参加",
    "客户：叉车证不考试能办吗？\n客服：行不通的，报名培训发身份证照片，考试本人去",
]


@pytest.mark.parametrize(
    "text", _TAKE_BACK_DENIED + _HEDGED_ECHO + _SHOP_REFUSES + _ASIDE + _NO_ORDER
)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_the_lawful_twins_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
