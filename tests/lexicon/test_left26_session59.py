"""Session 59, left26: exam-training and certificate-making offers in fresh styles (round 67).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A candidate's own wait for the score (坐等出分, 求个好运) makes the 稳过 of their own guess a story,
  not a course's promise (``stance_narrative``); a seller's 稳过班 with a contact still fires.
- A course said to carry no pass promise (课程不含任何保过承诺) is the school's disclaimer
  (``disclaimer``), as 不作任何保过承诺 was.
- A seal shop's posted notice (刻章店告示：…) names its trade, no street ad (FC-204 ``unless``).
- The police filing skipped as a trip (不用走公安) is the seal trader's waiver (FC-216).
- The certificate sold by the market's word for the booklet (要本的, 做个本) beside a forger's
  claim, the archive "that can be fetched" (档案可调) and the office's stamps claimed on the paper
  (派出所的章都有) are the forger's selling points (FC-209); an office's 档案可调取 and a listing of
  notebooks (出本子) stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_SILENT = [
    # a candidate's own guess after the exam, waiting for the score
    "考完教资科一，感觉这回稳过了，坐等出分吧，求个好运",
    "今天一建实务考完了，都复习到了，稳过，坐等成绩，求个好运",
    # a school's disclaimer in the course's words
    "本校会计课程往年通过率约四成，课程不含任何保过承诺，报名前请看清课表",
    "【考研英语班】课程不含保过承诺，模拟题为老师自编",
    # a seal shop's notice; a warning about the filing skipped
    "刻章店告示：仿刻他人公章一律不接，本店刻章只凭营业执照和公安备案",
    "提醒：刻公章要走公安备案，网上说不用走公安就能刻的都是私刻",
    # an office's archive errand and a notebook listing
    "毕业生档案可调取，本人带身份证到人才服务中心窗口办理，不收费",
    "出本子啦 高数错题本 自己整理的 十块 同城自提",
    "闲置本本 空白笔记本五本 九成新 包邮",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_lines_stay_silent(det, text: str, packs: list[str] | None) -> None:
    assert categories(det, text, packs) == set()


_TRAINING_SELLERS = [
    # the 稳过 of a seller still fires beside a contact or a class
    "教资稳过班 名额不多 坐等你来 滴滴我 v jz_3321",
    "一建协议班 稳过 不过免费重读 加v yj_0091",
]


@pytest.mark.parametrize("text", _TRAINING_SELLERS)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_training_sellers_fire(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_CERT_SELLERS = [
    # the filing skipped as a trip to the police (FC-216)
    ("公章 法人章 一比一 不用走公安 当天拿 私聊", "FC-216"),
    ("发票章 合同章 不走公安 两小时刻好 加v kz_2211", "FC-216"),
    # the booklet by its market word beside a forger's claim (FC-209)
    ("要本的私我 钢印 水印 学信可查", "FC-209"),
    ("本科毕业证 档案可调 私聊", "FC-209"),
    ("学位证 做个本 档案可调 一万全包 加v xw_2201", "FC-209"),
    # the office's stamps claimed on the paper
    ("出生证明 做个本 医院的章都有 私我", "FC-209"),
]


@pytest.mark.parametrize(("text", "rule"), _CERT_SELLERS)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_certificate_sellers_fire(det, text: str, rule: str, packs: list[str]) -> None:
    assert rule in rule_ids(det, text, packs)
    assert "fake_certificate" in categories(det, text, packs)


@pytest.mark.parametrize(("text", "rule"), _CERT_SELLERS)
def test_certificate_sellers_stay_in_their_pack(det, text: str, rule: str) -> None:
    # the certificates pack's rules stay off with the training pack alone
    assert rule not in rule_ids(det, text, TRAINING)
