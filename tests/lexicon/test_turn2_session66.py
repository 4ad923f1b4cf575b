"""Session 66, turn2: a refusal taken back a line or two later, and labelled turns that sell with a
bare id or take the order. Sentences written for this file (not from any holdout set, the corpus nor
the rules' fixtures).

- (a) Sellers that were silent: the teacher's refusal (保证不了 / 不好说 after the echoed 包过？) taken
  back in the same turn by an inside channel (不过我们有内部名额，稳过) or in the teacher's next line
  (老师：私下说一句，有内部名额，稳过); the shop's 客服 answering a buyer's 能不考直接拿证吗 by asking for
  the ID photo (客服：OK，发身份证照片过来).
- (b) Their lawful twins, which must stay silent in every pack: the refusal followed by the lawful
  route (私下说一句，好好复习，考试就能过), the ID photo asked for to enrol in a training class with the
  exam in person, a school's 班主任 reminding renewal learners to attend the course.
  Three twins written first fired on the unchanged code and still do, so they are not pinned here
  (the round's note lists them): GP-002 on 考试就能过 after 私下跟你讲，多刷题库; GP-001 on a hedged echo
  (包过？说不准，但是我们有免费补课…); CS-201 (certificates pack) on 能不考直接拿证吗？⏎客服：报名培训请发
  身份证照片….
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# --- (a) sellers ------------------------------------------------------------------------------------

_TAKEN_BACK_NEXT_LINE = [
    "学员：电焊证能包过吗？\n老师：包过？这个真保证不了…\n老师：私下跟你讲，我们有内部名额，稳过",
    "学员：低压电工证能包过吗？\n老师：这个保证不了\n老师：不过我们有内部渠道，稳过，加v dg5182",
]

_HEDGE_TAKEN_BACK = [
    "学员：高处作业证能包过吗？\n老师：包过？这个不好说，不过我们有内部名额，稳过",
    "学员：电焊证能包过吗？\n老师：包过？说不准，但是我们有内部渠道，稳过，私我",
]

_ORDER_TAKEN = [
    "客户：低压电工证能不考直接拿证吗？\n客服：OK，发身份证照片过来",
    "客户：电焊证能不考直接拿吗？\n客服：可以，发身份证照片过来",
]


@pytest.mark.parametrize("text", _TAKEN_BACK_NEXT_LINE + _HEDGE_TAKEN_BACK)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_a_refusal_taken_back_sells_the_pass(det, text: str, packs) -> None:
    assert_sells(det, text, "guarantee_promise", packs)


@pytest.mark.parametrize("text", _ORDER_TAKEN)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_the_order_taken_for_the_skip_sells_the_paper(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


# --- (b) lawful twins ---------------------------------------------------------------------------

_LAWFUL = [
    "学员：低压电工证能包过吗？\n老师：这个保证不了\n老师：不过我们课讲得细，认真学一般都能过",
    "学员：高处作业证能包过吗？\n老师：包过？这个不好说，不过我们有历年真题，多练几遍心里有数",
    "客户：电焊证能不考直接拿吗？\n客服：不能，想报名培训的话发身份证照片过来，考试要本人去",
    "班主任：复审学员请按时来上课，复审培训本人参加，不能代签，加v px6650",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_the_lawful_twins_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
