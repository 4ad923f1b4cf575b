"""Session 65, qa2: Q&A candidates that span the question and the answer, and a second reading of
review94 (round 78: Ａ：/【答】 as answer labels, spaced answer lines). Sentences written for this file
(not from any holdout set, the corpus nor the rules' fixtures).

- (a) Lawful answers that fired: the candidate pairs the question's certificate with the answer's
  yes or 不用考 (问：焊工证能直接报名考试吗？⏎答：能，交钱就行，考试本人参加，报名咨询微信 …), and the
  answer's own number read as the hook's call although the answer names the lawful route in its own
  words (the exam in person, the reissue at the issuing office, the renewal training).
  ``stance._answered`` now reads that route (``_ROUTE_OWN``) and leaves the answer its own.
- (b) Lawful FAQs under every label that were silent and stay so (Ａ：/【答】, spaced answers).
- (c) Sellers in the same Q&A shapes that must keep firing: the route taken back (本人不用来, 包拿,
  三天到手), a new paper's 不用考 beside a course.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids, rule_ids_no_model

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
SELLING = [None, DEFAULT, ALL]

_SELLER_IDS = {"CS-001", "CS-005", "CS-006", "CS-201", "CS-203", "GP-001", "GP-002"}


# --- (a) lawful answers fixed this round ---------------------------------------------------------

_LAWFUL_FIXED = [
    # the register yes with the exam in person and the school's enrolment id
    "问：电焊证能直接报名考试吗？\n答：能，交钱就行，考试本人参加，报名咨询微信 hgks_5123",
    "问：熔化焊证可以直接报名吗？\n答：可以，交报名费就行，理论和实操都要本人参加，报名电话 13857136601",
    # the reissue without a new exam, at the issuing office, with a mobile number
    "问：叉车证丢了补办要重新考吗？\n答：不用考，补办只需本人带身份证到市场监管局，电话 13858136602",
    "问：电工证遗失了要重考吗？\n答：不用重新考，本人带身份证到原发证机关补办，电话 13957136603",
    # the renewal refused as a skip and its training told
    "问：焊工证过期了还能用吗？\n答：不能，要复审，复审不用考，本人参加培训即可，电话 13706536604",
    "问：登高证到期了要重新考吗？\n答：不用重新考，按期参加复审培训即可，咨询 13588036605",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _LAWFUL_FIXED)
def test_lawful_answer_silent(det, text, packs):
    assert rule_ids_no_model(det, text, packs) == set()


# --- (b) lawful FAQs that stay silent -------------------------------------------------------------

_LAWFUL_KEPT = [
    "问：登高证能网上报名吗？\n答：可以，网上报名后本人到考点考试，报名微信 dgks_5124",
    "Ｑ：焊工证能免考吗？\nＡ：不能，必须本人参加理论和实操考试，报名电话 13857136606",
    "【问】叉车证交钱就能拿吗？\n【答】不能，交的是培训费，证要本人考试合格才发，报名QQ 2730036601",
    "【问】电工证丢了补办要重新考试吗？\n【答】不用重新考，补办请本人持身份证到应急管理局办理，电话 13958136607",
    "问：焊 工 证 能 直 接 报 名 吗？\n答：能，报 名 后 本 人 参 加 考 试，电 话 13857136608",
    "问：叉车证丢了补办要重新考吗？\n答：不用考，补办只需带身份证到市场监管局，电话 0571-86036609",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _LAWFUL_KEPT)
def test_lawful_faq_stays_silent(det, text, packs):
    assert rule_ids_no_model(det, text, packs) == set()


# --- (c) sellers in the same shapes keep firing -----------------------------------------------------

_SELLERS_KEPT = [
    # the exam in person taken back (考试不用本人参加) or never said
    "问：焊工证能直接报名考试吗？\n答：能，交钱就行，考试不用本人参加，包拿证，微信 hgks_5125",
    "问：电工证可以不考试办吗？\n答：可以，不用本人到场，交钱就行，电话 13857136610",
    # a new paper's 不用考 beside a course and the paper's days: the skip sold, the training its
    # cover (without 三天出证 the line was silent before this round and still is: left, reported)
    "问：焊工证能免考吗？\n答：能，不用考，本人参加培训即可，三天出证，电话 13957136611",
    # the reissue sold: nobody comes, the paper in three days
    "问：电工证丢了补办要考吗？\n答：不用考，本人不用来，交钱三天拿新证，电话 13588036612",
    # the renewal sold with the holder's training skipped
    "问：电工证到期了要重新考吗？\n答：不用考，复审培训也不用来，交钱三天到手，电话 13706536613",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _SELLERS_KEPT)
def test_seller_in_qa_fires(det, text, packs):
    ids = rule_ids(det, text, packs)
    assert ids & _SELLER_IDS, ids
