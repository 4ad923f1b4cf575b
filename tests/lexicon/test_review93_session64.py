"""Session 64, review93: a second reading of fa24 (bought papers judged fake as a class, then a
lawful call or the school's contact). Sentences written for this file (not from any held-out set,
nor the rules' fixtures).

- Lawful lines still firing next to fa24's shapes: the candidate's own 的-phrase judged as fake
  papers (不用考就拿证的都是假证，…评论区扣1); a way or help word told at once as the lawful route
  ending in the learner's own exam (不过我们有门路：报名参加培训后本人去考点考试; 有办法帮你考过：
  先报名培训，再本人参加考试); the trade's workers' social insurance run as an errand (代办高处作业
  人员社保); a boiler-room job post's 代班师傅 (a stand-in, not 代办's sound-alike).
- Sellers right next to them still fire: the writer's own skip or real paper after the class
  verdict (我们这边不用考也是真证; 咱们的能上网查; 假一赔十), 门路 / 帮你考过 followed by the skip,
  the insider or the call, 代办 of the trade's paper, 代班 as 代办, and the verdict granted in
  general and then the writer's own skip (…一般都是假的，但我们这里不用考照样…).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    assert_sells,
    assert_silent,
)

_SILENT = [
    # the candidate's own 的-phrase judged fake, then a lawful call
    "说不考试就能拿证的全是假证，想走正规报考的评论区扣1，发你报名流程",
    "不用考就拿证的都是假证，有需要的评论区扣1，领取正规报考流程和考点地址",
    "网上说免考直接拿证的，基本都是假证，要考证的请到本中心报名，电话 0571-88812345",
    # the way or the help told as the lawful route
    "叉车证能不考直接拿吗？当然不能哈，不过我们有办法帮你考过：先报名培训，再本人参加考试",
    "免考肯定不行，不过我们有门路：报名参加培训后本人去考点考试",
    "焊工证可以免考吗？不行的，不过我们有路子：报名参加培训，然后本人去考场考试，通过率还可以",
    # the workers' errand, and a stand-in in a job post
    "代办高处作业人员社保和工伤保险，不用本人跑",
    "本厂招聘锅炉工一名，持司炉证优先，代班师傅也可以考虑",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_lines_next_to_fa24_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# Sellers the class verdict stands beside, read by the rules of one pack.
_SELLERS: list[tuple[str, list[str], str]] = [
    # the writer's own skip or real paper after the class verdict (fa24's breakers)
    ("咱们这边不用考也是真证，要的扣1私你", DEFAULT, "certificate_sale"),
    ("买来的都是假证，我们这是真证，不用考，私聊", DEFAULT, "certificate_sale"),
    ("别家的是假证，我们直接出真证", CERTS, "fake_certificate"),
    # ... in the writer's other words, which fa24's breakers did not read
    ("买来的都是假证，咱们的能上网查，免考直接拿，v zk_2201", CERTS, "fake_certificate"),
    ("外面卖的全是假证，我们的官网能查，加微 zz_7720", CERTS, "fake_certificate"),
    ("网上买的证都是假证，我们的是真的，能查档案，私聊", CERTS, "fake_certificate"),
    ("网上那些全是假证，找我们办的证假一赔十，微信 hx_6650", CERTS, "fake_certificate"),
    # the class verdict on the skip, then the writer's own skip or call
    ("说不用考就能拿证的全是假证？我们不用考也是真证，扣1私你", DEFAULT, "certificate_sale"),
    ("说不用考的都是假证，想要不用考的真证评论区扣1", DEFAULT, "certificate_sale"),
    ("不用考就拿证的都是假证，找我们拿真证，不用考，加v zk_3312", DEFAULT, "certificate_sale"),
    # the way or the help followed by the skip, the insider or the call
    ("正常是不能免考的，不过我们有门路，不用考也能拿证", TRAINING, "exam_fraud"),
    ("当然不能，不过我们有门路，报名后本人考试走个过场，包过", TRAINING, "exam_fraud"),
    ("当然不能，不过我们有门路，报名培训后本人考试，考场有人照顾，私聊", TRAINING, "exam_fraud"),
    ("不过我们有办法帮你考过：报名就行，不用本人考试，私聊", DEFAULT, "exam_fraud"),
    (
        "叉车证能不考吗？不能，不过我们有办法帮你考过：报名培训，本人考试时有人给答案，加v hg_5521",
        DEFAULT,
        "exam_fraud",
    ),
    # 代办 of the trade's paper, and 代班 as 代办
    ("代办高处作业人员操作证，不用本人去，加v gc_2231", DEFAULT, "certificate_sale"),
    ("司炉证代班，不用考试，加v sl_8812", DEFAULT, "certificate_sale"),
    # the verdict granted in general, then the writer's own skip
    ("不考试的证大多是假的，但我们这里不用考照样官网能查，需要的扣1", DEFAULT, "certificate_sale"),
]


@pytest.mark.parametrize(("text", "packs", "category"), _SELLERS)
def test_sellers_next_to_them_still_sell(det, text: str, packs, category: str) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, category, packs)
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize(
    "text",
    [
        "买来的都是假证，咱们的能上网查，免考直接拿，v zk_2201",
        "不考试的证大多是假的，但我们这里不用考照样官网能查，需要的扣1",
        "当然不能，不过我们有门路，报名后本人考试走个过场，包过",
    ],
)
def test_sellers_fire_with_every_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, ANY_RULE, ALL)
