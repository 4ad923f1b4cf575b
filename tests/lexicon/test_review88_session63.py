"""Session 63, review88: a second reading of round 75's review83 (the office's reply to a rumour,
``stance._HEARSAY_FIX`` / ``_HEARSAY_SELLER``; ``silence._OUTBID_TO_EXAM``) and review84 (a FAQ's
other labels, ``_YES_FOR_PAY``, 哪有不包过 / 当然包过). Sentences written for this file (not from
any holdout set, the corpus nor the rules' fixtures).

- (a) Lawful text firing: the office's reply sending the candidate to the exam by 滴滴 (the ride
  app read as the seller's coded 滴滴); the reply citing a standard (gb30871, aq3009, tsg z6002:
  read as a bare chat id); a victim's retold chat whose shop said 能，交钱就行 (review84's
  ``_YES_FOR_PAY`` read past the victim's closing line); a school's honest 哪有包过的 (the
  rhetorical denial, read by no negation).
- (b) Sellers missed: the money-only yes in other words (能啊 / 可以的 / 能！, 交了钱 / 给钱就办);
  the outbid waiving the attendance with 毋须 / 勿需 本人到场 (the YAML exception 须本人到场 /
  需本人到场 read as the school's condition).
- The rest pins what both rounds got right, both ways.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

# --- (a) lawful text: silent in every pack --------------------------------------------------

_LAWFUL_FIXED = [
    # the office's reply: the ride app is how to reach the exam, no seller's coded 滴滴
    "网传焊工证可以免考，本中心答复：不能免考，考生可乘滴滴前往考点参加考试",
    "网传焊工证可以免考，本中心答复：不能免考，考试地点偏远，建议考生打滴滴前往",
    "网传焊工证可以免考，本中心回复：不能免考，请乘坐公交或滴滴前往考点",
    "网传焊工证可以免考，本中心答复：不能免考，开车或乘滴滴均可到达考点",
    # ... and the standard it cites is no bare chat id
    "网传电工证可以免考，市应急管理局回复：不能免考，考试依据GB30871等标准进行",
    "网传焊工证可以免考，市应急管理局答复：不能免考，考试依据gb30871组织",
    "网传焊工证可以免考，本中心回复：不能免考，考试执行tsg z6002规定",
    "网传焊工证可以免考，经核实，不能免考，考试标准见aq3009",
    "网传电工证可以免考，市应急管理局回复：不能免考，培训须符合aq3009标准要求",
    # a victim's retold chat: the shop's money-only yes, then the cheat told
    "问：电工证能免考吗？\n答：能，交钱就行，微信 dg2231\n——上面是骗子跟我的聊天记录，钱转过去就被拉黑了，大家别信",
    # a school's rhetorical denial of the pass promised
    "问：焊工证包过吗？\n答：哪有包过的，考试靠自己，报名咨询微信 px_2231",
    "问：焊工证包过吗？\n答：哪里有包过这回事，考试靠自己，报名咨询微信 px_2231",
    "问：焊工证包过吗？\n答：哪有包过一说，考试靠自己",
]

_LAWFUL_KEPT = [
    "问：电工证能免考吗？\n答：“能，交钱就行”是骗子的话术，本中心提醒考试须本人参加，咨询微信 px2231",
    "【问】焊工证能免考吗？\n【答】不能，交钱就行的都是骗子，咨询微信 px2231",
    "提问：登高证能免考吗？\n回答：不能，必须本人参加考试，报名咨询微信 dg7788",
    "问题：登高证能免考吗？\n答复：不可以，须本人参加考试，咨询 dg7788",
    "问：焊工证包过吗？\n答：当然包过是不可能的，考试靠自己，报名咨询微信 px_2231",
    "问：焊工证包过吗？\n答：当然包过的说法是假的，考试靠自己，报名咨询微信 px_2231",
    "问：焊工证包过吗？\n答：肯定包过的都是骗子，考试靠自己，报名咨询微信 px_2231",
    "问：焊工证包过吗？\n答：哪有包过的，包过的都是骗子",
    "问：电工证包过吗？\n答：当然不包过，考试靠自己，报名咨询微信 px_2231",
    "很多人说焊工证不能免考，本中心可以，考试须本人参加，报名电话0571-88330011",
    "网传焊工证可以免考，本中心回复：不能免考，咨询电话0571-88330011",
    "网传焊工证可以免考，本中心答复：不能免考，考试依据国家标准进行",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_FIXED + _LAWFUL_KEPT)
def test_lawful_text_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert_silent(det, text, packs)


# --- (b) sellers: firing where their offer's rules are ----------------------------------------

_SELLERS_FIXED = [
    # the money-only yes in other words, with the answer post's bare id
    "问：电工证能免考吗？\n答：能，交了钱就行，微信 dg2231",
    "问：电工证能免考吗？\n答：可以的，交钱就行，微信 dg2231",
    "问：电工证能免考吗？\n答：能啊，给钱就办，微信 dg2231",
    "问：电工证能免考吗？\n答：能！交钱就行 vx dg2231",
    "【问】电工证能免考吗？\n【答】可以的，付了款就行，微信 dg2231",
    # the outbid waiving the attendance with 毋须 / 勿需
    "很多人说电工证不能免考，我们可以，毋须本人到场，v dg6688",
    "很多人说电工证不能免考，我们可以，勿需本人到场，v dg6688",
    "很多人说焊工证不能免考，我们能，毋需本人参加，加v hg6688",
]

_SELLERS_KEPT = [
    "问：电工证能免考吗？\n答：能，交钱就行，微信 dg2231",
    "问题：电工证能免考吗？\n答复：能，交钱就行，微信 dg2231",
    "网传电工证可以免考，回复：不能免考，需要的滴滴，gb6688",
    "网传电工证可以免考，回复：不能免考，要的滴滴我，dg6688",
    "网传电工证可以免考，回复：不能免考，懂的来，dg6688",
    "网传电工证可以免考，回复：不能免考，需要的扣，tsg6688",
    "网传叉车证可以免考，回复：不能免考，有需要的加我，薇 cc5566",
    "很多人说电工证不能免考，我们可以，无须本人到场，v dg6688",
    "问：焊工证包过吗？\n答：哪有不包过的，交钱就稳，私聊 hg2231",
    "问：焊工证包过吗？\n答：当然包过，签协议，不过全退，微信 hg2231",
    "问：焊工证包过吗？\n答：肯定包过！加我 v hg2231",
    "提问：焊工证能包过吗？\n回答：当然包过，私聊 hg2231",
    "问：焊工证能包过吗？\n答：哪有考不过的，包过，私聊 hg2231",
    # a hook's 哪里有 asks where to get it, no rhetorical denial
    "焊工证哪里有包过的？找我，包过，v hg2231",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_FIXED + _SELLERS_KEPT)
def test_sellers_fire(det, text: str, packs: list[str] | None) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证能免考吗？\n答：能啊，给钱就办，微信 dg2231",
        "很多人说电工证不能免考，我们可以，毋须本人到场，v dg6688",
        "网传电工证可以免考，回复：不能免考，需要的扣，tsg6688",
    ],
)
def test_certificate_sellers_fire_in_the_certificates_pack(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, CERTS)
