"""Session 46, helper "salewords": the certificates pack's plain sale words that CS-201 and
CS-203 did not read -- 直接办, a paper within a week or half a month (一周下证, 半月出证),
the booklet issued fast (下本快, 出本快), the buyer who need not come (不用到场, 全程不用去) and
包拿证 -- and the lawful uses of the same words: an office's 可直接办理, the online service's
不用到场 网上办理, a hospital's check before 当天出证, a holder who sat the exam.

Sentences written for this test, not taken from the held-out set (holdout138).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, rule_ids, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "西点师证 直接办 价格私聊",
        "月嫂证 一周下证 要的私我",
        "保安员证 半个月出证 电话 139 2222 3333",
        "挖机本子 交钱就下本 不用学",
        "压路机证 出本快 全国可查",
        "养老护理员证 本人不用去 有需要的联系",
        "化妆师证可直接办理 不用考试 十天下证 加v",
    ],
)
def test_a_plain_sale_word_beside_a_paper_is_read(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "出入境证件到期换发可直接办理，请本人携带身份证到大厅窗口",
        "残疾人证补办可直接办理，携带户口本到区残联",
        "老人在医院体检，健康证明当天出证，很方便",
        "本院体检科承接从业人员健康体检，合格者当天出证",
        "我的焊工证考完一周下证了，去考点领的",
        "请问厨师证考完多久下证？",
    ],
)
def test_the_lawful_use_of_the_same_words_is_silent(det, text: str) -> None:
    # the rules are silent; the learned model's low-level hint (ML-*) is not judged here
    assert not rule_ids_no_model(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "中式烹调师证 包拿证 一人五百",
        "消防中控证 包下证 有需要的私",
        "挖机本 包拿本 价格私聊",
    ],
)
def test_the_paper_promised_with_no_course_is_a_sale(det, text: str) -> None:
    assert "CS-221" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "育婴师培训班 包过包拿证 考不过免费重学 报名电话 139 4444 5555",
        "叉车证零基础包拿证 不过退学费",
        "本校不承诺包拿证，鉴定考试由评价机构组织",
    ],
)
def test_a_schools_guarantee_or_a_refusal_is_no_sale(det, text: str) -> None:
    assert "CS-221" not in rule_ids(det, text, ALL)


def test_the_office_exception_breaks_beside_a_sellers_terms(det) -> None:
    # 可直接办理 excuses an office's notice, not a seller who adds a skipped exam and a contact
    assert not rule_ids(det, "健康证换领可直接办理，请到政务大厅窗口", CERTS)
    assert "CS-201" in rule_ids(det, "健康证可直接办理 不用体检 一周下证 加微信", CERTS)
