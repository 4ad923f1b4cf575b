"""Exam-training promises as learners, complainants and disguised marketers write them (issue 9,
twelfth shift, quality12e).

A complaint filed on a platform (黑猫投诉, 12315) or a refund dispute quotes the promise it is
about; hearsay (听说, 据说) and a learner's question without a question mark (请问…, …吗 还是…)
report it; a learner's 别迷信包过班 warns about it; a school that runs no such class (不设协议班)
says so. A note written as a learner's story that ends on the writer's own call (…私信我) is the
seller's. Every example is in the project's own words and none is a line of holdout22.
"""

from __future__ import annotations

import pytest

ALL = ["special-ops", "training-ads", "certificates"]


def _rules(det, text: str, packs: list[str]) -> set[str]:
    return {f.rule_id for f in det.scan_page(text=text, packs=packs).findings}


@pytest.mark.parametrize(
    "text",
    [
        "黑猫投诉 教资面试 机构承诺保过 结果没过 客服拉黑了 要求退学费",
        "打算去12315投诉：机构说考研不过退全款，现在只肯退三成",
        "据说那家机构一建不过全退，我没报过",
        "听同学说二建协议班不过退费，有点心动但没敢报",
        "请问初级会计有必要报保过班 还是自己刷题就行",
        "中级经济师真的有包过的吗 还是踏实刷题吧",
        "建造师我自己考过的 别迷信包过班 每天刷题才是正道",
        "本校不开设保过班 初级会计周末班 学费1500元 报名电话 13800001111",
        "消防工程师直播课 每周三次 不设协议班 报名加v xf_live01",
    ],
)
def test_complaints_hearsay_questions_and_disclaimers_stay_silent(det, text: str) -> None:
    assert not _rules(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own call after a framed promise: the note is the seller's
        "考研复试经验｜机构承诺一次上岸 没上岸退全款 想要老师微信的姐妹私信我",
        "教资备考日记 老师说不过全退 需要报名的滴滴我",
        # a seller's hook dressed as hearsay or a question still calls on the reader
        "听说你还没考过一建？我们协议班不过全退 私我",
        "请问还在为教资发愁吗？包过班 不过全退 加V jz_8899",
        # a school's disclaimer does not cover a class it does sell
        "心理咨询师 协议班 不过全退 联系方式见主页 咨询电话 139 1234 5678",
    ],
)
def test_sellers_in_learners_clothes_still_fire(det, text: str) -> None:
    assert _rules(det, text, ["training-ads"])
