"""Session 46, helper "fa": the false alarms the project's own sets still raised -- a labelled
answer that denies a guarantee, a learner's resolve and a school's congratulations, a proxy
exam or a pass promise refused, a news label with a colon, a regulator's 无权代办, goods sold
with their papers (a kindergarten's 办学许可证, an instrument's calibration certificate, 出一辆…),
a travel agency's visa desk, and a lawful seal shop's conditions (凭营业执照, 备案后可).

Sentences written for this test, not taken from the held-out set (holdout130).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "问：报这个焊工班能保证拿证吗？\n答：任何学校都不能保证结果，要靠自己练",
        "问：考前冲刺班保证通过吗？答：谁也保证不了，别信那种宣传",
        "小王\n你们电工班包过吗\n刘老师\n不包过 实操要自己多练",
    ],
)
def test_an_answer_that_denies_the_guarantee_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "问：你们电工班包过吗？\n答：包过的，不过不收钱，交定金就给你安排",
        "焊工证能包过吗？别家不敢保证，我们包过，微信 hg-5511",
        "问：能保证通过吗？答：能，不过全退，加v kk-2233",
    ],
)
def test_a_seller_answering_yes_still_promises(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "下周考科目四，我一定要一把包过，给自己打气",
        "车队今天组织大家考叉车证，通过率很高，恭喜大家",
    ],
)
def test_a_learners_resolve_and_a_schools_congratulations_are_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "表弟想找人代考驾照科目一，我直接拒绝了，让他自己好好学",
        "群里有人问谁能代考四级，马上被踢出群了",
        "舍友说有人卖六级答案，我们都没理",
        "那些包过的机构我一个都不信",
    ],
)
def test_a_proxy_or_a_promise_turned_away_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "代考驾照科目一 包过 不用本人到场 微信 jk-7788",
        "四级代考 分数保底 价格私聊",
    ],
)
def test_the_proxy_offered_is_still_found(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, TRAINING)


def test_a_news_label_with_a_colon_reads_as_news(det) -> None:
    assert not rule_ids(det, "快讯：全国焊工证查询平台升级，扫码即可验证真伪", ALL)


def test_a_seller_wearing_a_news_label_is_still_found(det) -> None:
    text = "新闻：焊工证 不用考 三天拿证 可查 微信 hg888"
    assert "certificate_sale" in categories(det, text, SPECIAL)


def test_a_regulator_saying_nobody_may_run_the_errand_is_silent(det) -> None:
    text = "办理学历认证请到学信网，任何中介都无权代办学历证书"
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "幼儿园整体转让，办学许可证在有效期内，有意者来电 139 5566 1122",
        "出一台二手电动车 行驶证在 私聊",
        "检测仪出售，带出厂计量校准证书",
        "旅行社：代办泰国签证，材料交齐七个工作日出签",
    ],
)
def test_goods_with_their_papers_and_a_visa_desk_are_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "叉车证 焊工证 出售 不用考 可查 电话 139 5566 1122",
        "校准证书 检定证书 各种证书都能做 要什么写什么 私聊",
    ],
)
def test_papers_sold_alone_are_still_found(det, text: str) -> None:
    assert categories(det, text, ALL) & {"certificate_sale", "fake_certificate"}


@pytest.mark.parametrize(
    "text",
    [
        "钢印机出售 单位公章备案后可刻制 须提供营业执照",
        "本店系公安备案刻章企业，凭营业执照刻制公章、财务章",
    ],
)
def test_a_lawful_seal_shops_conditions_are_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "刻公章 财务章 不用凭营业执照 和原章一样 加微 kz-888",
        "各种印章 仿刻 免备案 不要执照 当天可取 私聊",
    ],
)
def test_a_seal_carver_skipping_the_licence_is_still_found(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS)
