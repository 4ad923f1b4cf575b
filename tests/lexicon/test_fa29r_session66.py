"""Schools' own limits and refund policies beside the sellers that turn them round (issue 9,
session 66, fa29r).

Every sentence here was written for these tests by the helper, in its own words (the shapes of
holdout226: a school's verdict on skipped exams said inside its own enrolment line, its learners'
cards earned one question at a time, "we only teach", a teacher's reply that there is no skip, a
refund by the classes not taken after the school denies the pass). The schools' lines must stay
silent in every pack combination; the sellers written right next to them must still sell.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    Packs,
    assert_sells,
    assert_silent,
)

#: Schools' and teachers' lawful lines: no rule and no model finding in any pack combination.
SCHOOLS = [
    # the verdict on skipped exams said inside the school's own line, with its lookup on the site
    "不考试就发的操作证全是假证，本校只做正规的焊工培训，学员本人参加考试，证书官网可查",
    "不用考就给的电工证都是假证，我们学校只做正规培训，学员本人考试，证书在官网能查到",
    "凡是不考试就发的证都是假证，本中心只教课，学员本人去考，证书官网可查",
    # the learners' cards earned one question at a time
    "我们学员的证都是一题一题考出来的，学校只负责教",
    "学员的电工证全是自己一题一题考下来的，我们只管教课",
    "这里每个学员的焊工证，都是自己一题一题做下来考过的",
    # "we only teach": the exam is the learner's own
    "我们只管教，证得你自己去考，考场上没人能帮你",
    "我们只负责教课，证要你本人去考，考场里谁也替不了你",
    "学校只管教课，证靠学员自己考，考场上谁都帮不了",
    "我们只负责教，证要学员自己去考，考不过按规定补考",
    # a teacher's reply that there is no skip and the school does none
    "答：没有免考这一说，我们也不办，请本人报名参加考试",
    "老师：不考试就给的证没有，我们这边不办，请您本人来报名考试",
    "客服：免考的没有，我们这里不办，想拿证请本人报名参加考试",
    "答：焊工证没有免考的，我们也不办，请本人来报名参加培训和考试",
    # a refund by the classes not taken, after the school denies the pass
    "我们不包过，没考过的免费再学，中途不学了按没上的课退学费",
    "本校不保过，考不过的学员可以免费再学，学费按没上的课时退",
    "不包过，考不过的可以免费再跟班学，退学的按剩余课时退费",
    "焊工班不保证通过，没考过的可以免费再学，学费按剩下的课时退",
    "老师：我们不包过，考不过的免费再跟班学，中途退学按没上的课时退钱",
    "我们不保过，没考过可以退班，学费按没上的课时退",
    "叉车班不保过，没过的免费重学，学费按未上的课时退",
    "我们不保过，没考过的免费再跟一期，中途退学按没上的课退钱，报名电话 0571-86024418",
    # (added after the first fix) the verdict inside the rule's own span; the learner's withdrawal
    "不用考试就拿的证都是假证，我们中心只做正规培训，本人参加考试，证书可查",
    "我们不包过，没考过就退班，学费按没上的课时退",
    "叉车班不保过，没过就退班，学费按没上的课时退",
]

#: Sellers right next to them: (text, what must fire, where).
SELLERS: list[tuple[str, str, list[Packs]]] = [
    # refund or retraining on failing, with a private contact or an unbounded promise
    ("没考过免费重学，学费按没上的课退，加v px_2087", "guarantee_promise", WITH_TRAINING),
    ("考不过学费全退，没上的课也退，报名加微信 px_7712", "guarantee_promise", WITH_TRAINING),
    ("我们不保过，但没考过学费全额退，加v px_5520", "guarantee_promise", WITH_TRAINING),
    ("不保过，没考过免费重学直到拿证，学费按没上的课退", "guarantee_promise", WITH_TRAINING),
    ("我们不包过，没考过的免费重学到拿证为止，加v px_8890", "guarantee_promise", WITH_TRAINING),
    (
        "我们不保过，没考过的免费重学，学费按没上的课退，加v px_3391",
        "guarantee_promise",
        WITH_TRAINING,
    ),
    # the school's verdict turned round by the seller
    (
        "不用考试的都是假证？我们这就是真证，不用考，五天拿证，加v dz_4410",
        "certificate_sale",
        WITH_SPECIAL,
    ),
    ("说不考试的证都是假证？我们的电工证不用考，官网可查，私聊", "certificate_sale", WITH_SPECIAL),
    (
        "别人说免考的都是假证，我们焊工证免考也能查，加微信 hg_2231",
        "certificate_sale",
        WITH_SPECIAL,
    ),
    (
        "不用考试的都是假证，我们学校只做真证，本人不用考，证书可查",
        "certificate_sale",
        WITH_SPECIAL,
    ),
    ("我们不包过，没考过就退钱，学费全退，加v px_4471", "guarantee_promise", WITH_TRAINING),
    # "we only teach" turned to the card done for the buyer
    ("我们不只管教，证也帮你办好，不用考试，加v cc_7781", "certificate_sale", WITH_SPECIAL),
    ("我们只管教？不，证也给你办好，免考，私聊", "certificate_sale", WITH_SPECIAL),
    ("我们只管教，证也给你办好，不用考试，私聊", "certificate_sale", WITH_SPECIAL),
    ("学校只管教课，证也给你包办，不用本人考，加v cc_1190", "certificate_sale", WITH_SPECIAL),
    # a reply that there is a skip
    ("答：有免考的，不用本人去，交钱就行，焊工证一周出，私聊", "certificate_sale", WITH_SPECIAL),
    # the exam sat for the learner beside "one question at a time"
    ("学员不用一题一题考，我们找人替考，电工证包过，私聊", "exam_fraud", WITH_SPECIAL),
    ("电工证不用一题一题地考，考场有人替你考，加v dg_6620", "exam_fraud", WITH_SPECIAL),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", SCHOOLS)
def test_school_limits_stay_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize(("text", "what", "where"), SELLERS)
def test_sellers_beside_them_still_sell(det, text: str, what: str, where: list[Packs]) -> None:
    for packs in where:
        assert_sells(det, text, what, packs)
