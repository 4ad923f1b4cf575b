"""Session 65, review101: the sellers whose pitch turns on a question, answered in the writer's own name.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

Round 79's punct1 found these sellers silent for reasons other than the question mark lost to
normalisation: the reply after the question is the writer's own, and it sells.

- The questioned verdict answered by turning it on the asker (…的都是假证？那是你没找对人，扣1).
- The questioned refusal answered by the writer's dare (包过？不敢保证？我们敢，稳过，私聊).
- 谁敢包过？ answered by the writer's own 我敢 (``negation:谁敢`` read the question as the denial).
- The asked pass answered no and then served in private (当然不能，想办的评论区扣1私发:
  ``negation:问后答不``).
- The asked skip denied of the rivals and claimed by the writer (别人不行，我们能搞定，私聊).
- The asked verdict 敢说…的都是骗子？ outbid by the writer's 我敢说，在我这包过 (``warning:骗子``).

Kept silent: the same questions answered lawfully (没有人敢，考试都是本人考; 当然不能，想学的报名加微信;
别人不行，我们也不行，必须本人考), and punct1's asked verdicts confirmed or answered by the
regulator (…的都是假证？是的，全是假证).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import (
    ALL,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    Packs,
    assert_sells,
    assert_silent,
)

#: Sellers of the special-operations papers (GP-/CS- in the default pack, whichever rule reads it).
_SPECIAL_SELLERS = [
    # the asked pass, the questioned refusal, the writer's dare
    "电工证包过？不敢保证？我们敢，稳过，私聊",
    "焊工证包过吗？不敢保证？我们敢，稳过，加v hg5521",
    # 谁敢 answered by the writer
    "高处作业证谁敢包过？我敢！签协议，电话13912340000",
    "电工证谁敢包过？我们敢，签合同，不过全退，加微 dg7781",
    # the no served in private to whoever wants it done
    "电工证包过吗？当然不能，想办的评论区扣1私发",
    "焊工证包过吗？肯定不能，要办的私聊",
    "登高证能不考直接拿吗？别家不行，我们这可以办，加v dg3317",
    # the rivals' no, the writer's can-do
    "焊工证能免考吗？别人不行，我们能搞定，私聊",
    # the verdict turned on the asker
    "不用考就拿证的都是假证？那是你没找对人，扣1",
    "电工证能免考吗？那是你没找对门路，私我",
    # the dare to call it a scam
    "敢说焊工证包过的都是骗子？我敢说，在我这包过，加v hk3321",
]

#: The same questions answered lawfully: silent in every pack.
_LAWFUL = [
    "谁敢包过？没有人敢，考试都是本人考",
    "电工证谁敢包过？谁也不敢，考试要靠自己，报名电话 0531-88120000",
    "包过吗？当然不能，想学的报名加微信 px_2231",
    "电工证包过吗？当然不能，想报名培训的扣1，考试本人参加",
    "焊工证能免考吗？别人不行，我们也不行，必须本人考",
    "焊工证能免考吗？别家不能，我们也不能，考试必须本人到考点",
    "电工证包过？不敢保证？对，我们不敢保证，只负责教学，考试靠自己",
    "不用考就拿证的都是假证？是的，全是假证，大家别上当",
    "不用考就拿证的都是假证？没错，持证人员请到官网查询",
    "敢说焊工证包过的都是骗子？对，说包过的就是骗子，考试必须本人参加",
    "市应急管理局答复：有人问谁敢包过？没有任何机构能包过，特种作业操作证须本人考试",
    "电工证考不过？那是你没找对方法，认真复习，考试靠自己",
    # punct1's asked verdicts, confirmed or answered by the office or a report
    "花钱不考就拿证的都是假证吗？确实如此，持证请到应急管理部官网查询",
    "网上说交钱就能拿的电工证都是假证？记者调查发现，这类证书无法在官网查到",
    "免考拿证的都是假证？答：是的，特种作业操作证必须本人考试",
    "交钱包过的都是骗局？对，正规培训机构从不承诺包过",
    # the dare that judges, the no that sends to the office
    "谁敢包过？我敢说，包过的都是骗子",
    "焊工证包过吗？当然不行，要办证的请到政务大厅报名考试",
    "登高证能不考直接拿吗？别家不行，我们也不行，考试必须本人参加",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SPECIAL_SELLERS)
def test_seller_answering_its_own_question_sells(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ("CS-", "GP-"), packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_answer_to_the_same_question_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
def test_rivals_no_and_own_can_do_sells_in_certificates_too(det: Any, packs: Packs) -> None:
    assert_sells(det, "焊工证能免考吗？别人不行，我们能搞定，私聊", ("CS-", "GP-"), packs)


def test_school_dare_of_teaching_stays_silent(det: Any) -> None:
    # the writer dares something else (教学质量), no pass: the school's honest limit
    assert_silent(det, "电工证包过？不敢保证？我们敢保证的是教学质量，报名电话 0531-88120000", ALL)
