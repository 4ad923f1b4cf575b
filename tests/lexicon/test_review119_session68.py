"""Session 68, review119: a second reading of mlfa's ``exam_kept`` and ``visa_desk``.

Sentences written for this file (chat, classified and marketplace styles). mlfa holds the learned
model back where a school leaves the exam to the learner (考试须本人到场) or a visa desk lists the
applicant's papers. The risk is the seller who says the same words and sells in words the seller
list does not name: the rest handed over (其他交给我吧, 别的交给我), or the exam itself sold
(出售电工证考试通道). They stay found in the pack runs where the model found them before mlfa; the
school's lines with the same 交给我们 / 通道 (报名手续可以交给我们, 报名通道已开通) stay silent.
"""

from __future__ import annotations

import pytest

from lexicon.finding import CATEGORIES
from tests.lexicon.scanning import (
    ALL,
    CERTS,
    EVERY_PACK,
    TRAINING,
    assert_sells,
    assert_silent,
)

#: A school's, a regulator's and a visa office's lines with the same words: silent, model included.
_LAWFUL = [
    "考试须本人到场，报名手续可以交给我们，报名电话 0571-86230053",
    "考试须本人到场，报名资料交给我们统一提交，报名电话 0571-86230054",
    "考试须本人到场，报名通道已开通，报名电话 0571-86230056",
    # written after the fix: what the school takes over named before 交给我们
    "考试须本人到场，报名后的事交给我们，报名电话 0571-86230057",
    "本校培训：考试须本人到场，全程无忧的包过都是骗局，报名电话 0571-86230055",
    "焊工证培训报名中，考试须本人到场，理论和实操都要考，成绩合格后由应急管理部门发证",
    "问：考试可以找人代考吗？\n答：不可以，考试须本人到场，人脸识别核验，代考属于违法行为",
    "电工证考试理论和实操都要考，合格后证书可在应急管理部网站查询，报名电话 0571-86230050",
    "本校提醒：考试只能靠自己，网上所谓包过、内部答案都是骗局，报名电话 0571-86230051",
    "签证所需材料：护照原件、两寸白底照片、户口本复印件，由申请人自行准备，咨询 0571-86230052",
    "出入境窗口：办理护照需本人带身份证到场，加急业务需另行申请",
]

#: Sellers who keep the exam in words and sell beside it, with the pack runs each is found in.
_SELLERS: list[tuple[str, list[list[str] | None]]] = [
    # (*) went silent under mlfa: the rest handed over, the exam itself sold
    ("考试须本人到场，身份证带上，其他交给我吧，v dg_77", [CERTS, TRAINING, ALL]),
    ("考试须本人到场，别的交给我，v dg_78", [TRAINING, ALL]),
    ("出售电工证考试通道：考试本人到场，全程无忧，联系 13957180042", [CERTS, TRAINING, ALL]),
    # found before and after mlfa: guards for the same shapes
    ("考试要本人去，其他的都交给我们，v dg_79", [TRAINING, ALL]),
    ("叉车证考试本人去，其余交给我，电话 13957180047", [CERTS, ALL]),
    ("出售焊工证报考通道，考试本人到场即可，加v hg_12", EVERY_PACK),
    ("考试本人去就行，答案我们考前发你，加v", [TRAINING, ALL]),
    ("理论和实操都要考，但考官是我们的人", [None, TRAINING, ALL]),
    ("考试须本人到场，到场坐着就行，包过，私我", [None, TRAINING, ALL]),
    ("焊工证考试须本人到场，这个大家都知道，不过我们有办法让你轻松通过，加v hg_7781", EVERY_PACK),
    ("电工证考试本人到场，到了考场什么都不用做，加v dg_9911", EVERY_PACK),
    ("签证材料清单：护照、照片、在职证明（没有的我们帮你做，可查）", [CERTS, ALL]),
    (
        "签证所需资料：护照、身份证、户口簿、银行流水。在职证明和收入证明缺的话，我们这边可以出具，"
        "电话 13957180045",
        [CERTS, ALL],
    ),
    ("签证资料：护照、照片、银行流水（流水不足可垫资走账），电话 13957180046", [CERTS, ALL]),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_the_lawful_lines_with_the_same_words_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize(("text", "packs"), [(t, p) for t, runs in _SELLERS for p in runs])
def test_a_seller_who_keeps_the_exam_in_words_stays_found(det, text: str, packs) -> None:
    assert_sells(det, text, sorted(CATEGORIES), packs)
