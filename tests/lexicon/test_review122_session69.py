"""Session 69, review122: second reading of scope4's CS-233 (the certificates pack's renewal errand).
Sentences written for this file (not from any holdout set, the corpus, the rules' fixtures nor any
real text).

CS-233 reads CS-206's three word groups (复审, an errand such as 代办 / 一条龙, a visit or a course
spared such as 本人不用跑) under the certificates pack with no check of whose paper it is. 复审 is
also the word of many lawful yearly reviews that are not a certificate's: the minimum-living
allowance (低保), the destitute-support and old-age allowances (特困, 高龄), a high-tech enterprise's
status (高新技术企业 / 高企), a management-system certification (ISO), a builder's qualification
(资质). Their errands are run lawfully by a community office, a village committee, the family or a
consultancy, and written with the same words. A disability card's review (残疾证复审) run by the
community or the family is lawful too, while a seller who sells the review without the assessment
still sells.

- (a) Lawful reviews and renewals in notice, chat, marketplace and Q&A styles stay silent in every
  pack run (the model's findings left out, as everywhere).
- (b) Lawful lines on which CS-201 already fired at the start (it reads 残疾证 / a company's renewal
  as a certificate it knows): CS-233 and CS-206 do not join it.
- (c) Sellers written a little differently are still found where they belong.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    CERTS,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

# --- (a) lawful: silent in every pack run ----------------------------------------------------------

_LAWFUL_REVIEWS = [
    # social assistance reviewed yearly, the errand run by the family or the village / community
    "低保年度复审开始了，老人行动不便的可由家属代办，本人不用跑，详询社区居委会 0571-86012346",
    "低保复审需要的材料我们村委会统一代办，本人不用跑镇里",
    "特困人员年度复审，本人卧床的由村委会代办，不用本人到场，电话 0571-86012348",
    "残疾人两项补贴年度复审，社区网格员上门代办，本人不用跑，电话 0571-86012350",
    "门诊慢特病资格复审可由家属代办，患者本人不用到场，医保窗口电话 0571-86012349",
    "工伤伤残等级复审由单位人事代办，职工本人不用跑，有疑问找人事部 0571-86012351",
    "退休人员资格认证和复审可在手机上办，不用本人跑社保局，子女可代办",
    "【政务服务】残疾人证复审实现网上办，不用本人跑窗口，家属可代办，咨询 12345",
    "残疾证复审，行动不便的可由社区工作人员代办，本人不用到场，咨询电话 0571-86012345",
    "残疾证复审问题：我爸行动不便，社区说可以上门代办，本人不用去，是真的吗？",
    "请问低保复审能不能让家里人代办？我妈腿脚不便不用本人去吧？",
    "村委会通知：低保复审，行动不便的可以由村干部代办，不用本人到镇上",
    # an enterprise's status or certification reviewed, the paperwork run by a consultancy
    "高新技术企业复审一条龙代办，企业不用跑，专业顾问全程服务，电话 0571-86012347",
    "本所提供高企复审代办服务，资料整理、申报一站式，企业不用到场，联系电话 13957261201",
    "闲鱼接单：高新技术企业复审代办，材料我们整理，企业不用跑科技局，v gq_r122",
    "ISO9001认证年度复审一条龙服务，企业不用跑，顾问上门，电话 13957261202",
    "ISO14001体系认证复审一站式服务，企业不用派人跑，顾问上门，电话 13957261210",
    "建筑资质复审代办，企业不用跑住建局，专业团队，电话 13957261203",
    # other papers renewed by the holder's family, an employer or an office (no 复审 written)
    "健康证到期复审，单位统一带员工去体检，不用个人跑，人事部电话 0571-86012361",
    "居民身份证到期换领可由家属代办预约，本人不用跑窗口，详询派出所 0571-86012360",
    "身份证到期换领，行动不便的可由家属代办预约，本人不用跑窗口，但须上门采集照片",
    "营业执照年报可以网上自己填，不用跑工商局，也不用找代办",
    "行驶证年审车主可以委托家人代办，本人不用去，带好身份证复印件和委托书",
    "护照到期换发须本人到出入境窗口，不能代办，不用跑冤枉路",
    "社保卡换卡家属可代办，本人不用到银行，电话 0571-86012362",
    "教师资格证定期注册由学校统一代办，老师本人不用跑教育局",
    "执业医师定期考核由医院统一组织，医生本人不用跑卫健委",
    "律师执业证年度考核由律所代办，律师本人不用到司法局",
    "会员卡续费可以由家人代办，本人不用来店里，电话 0571-86012363",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_REVIEWS)
def test_lawful_review_errand_is_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (b) lawful: CS-201 fired at the start; the renewal rules do not join it ------------------------

_LAWFUL_CS201_ALREADY = [
    "我们居委会可以代办残疾证复审，行动不便的本人不用到场，电话 0571-86012364",
    "残疾人证复审可由家属代办，本人不用到场，请带户口本，咨询 0571-86012365",
    "高龄津贴复审：卧床老人可由子女代办，本人不用到场，请带户口本到街道便民服务中心",
    "公司统一组织复审，不用本人跑，安全科代办报名，请交身份证复印件",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_CS201_ALREADY)
def test_renewal_rules_do_not_join_cs201_on_a_lawful_review(det, text, packs):
    assert_silent(det, text, packs, of=["CS-233", "CS-206"])


# --- (c) sellers ------------------------------------------------------------------------------------

_RENEWAL_SELLERS = [
    "复审代办，人不到场，电话 13957261206",
    "电工证复审代办，家属来签字也行，本人不用跑，电话 13957261211",
    "电工证复审代办，不用回去，政府补贴名额有限，电话 13957261212",
    "特种作业证复审一条龙，本人不用到场，社会人员也可以，私聊",
    "焊工证复审代办，不用本人跑，家里人发资料过来就行，微信 hg_r122b",
    # second reading of the exceptions: a seller's own words for the family, the community and ISO
    # (家属代办也行, 社区电工, 由家属送资料, ISO内审员证) are not an office's wording
    "复审代办，本人不用跑，家属代办也行，电话 13957261220",
    "复审代办，家属来也行，本人不用跑，电话 13957261223",
    "电工证复审一条龙，人在外地也能办，社区电工师傅都找我们，加v dg_r122c",
    "高处作业证复审代办，不用回去，由家属送资料就行，微信 gc_r122d",
    "ISO内审员证复审代办，不用上课，电话 13957261222",
    "ISO内审员证和电工证复审代办，本人不用到场，电话 13957261221",
    # an age cap sold around (高龄超龄都能办) is no old-age allowance (高龄津贴)
    "复审代办，高龄超龄都能办，本人不用到场，加v gl_r122",
    "高龄电工证复审代办，60岁以上也能办，不用本人跑，电话 13957261230",
    "焊工证复审代办，资质齐全，本人不用回去，电话 13957261231",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _RENEWAL_SELLERS)
def test_renewal_seller_is_found_by_cs233(det, text, packs):
    assert_sells(det, text, "CS-233", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RENEWAL_SELLERS)
def test_renewal_seller_is_found_in_the_default_pack(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)


def test_disability_card_review_sold_without_the_assessment_still_sells(det):
    # the card's review sold with the assessment waved away and a pass promised is no errand
    text = "残疾证复审代办，不用本人去鉴定，包过，加v cj_r122"
    for packs in WITH_CERTS:
        assert_sells(det, text, "CS-233", packs)


_RENEWED_NOT_REVIEWED = [
    # 换证 / 延期 / 年审 instead of 复审: CS-233 reads only 复审 (those words are the driving licence's,
    # the passport's and the business licence's lawful errands); the certificates pack finds these
    # through the learned model (ML-CS) and the default pack through CS-001
    "低压电工证到期换证代办，不用本人跑，电话 13957261204",
    "安全员C证延期代办，本人不用去，电话 13957261205",
    "焊工证年审代办，本人不用到场，加v hg_r122a",
    "叉车证换证一条龙，不用回去，不用重新考，微信 cc_r122a",
]


@pytest.mark.parametrize("text", _RENEWED_NOT_REVIEWED)
def test_renewal_under_another_word_is_found_in_the_certificates_pack(det, text):
    assert_sells(det, text, "certificate_sale", CERTS)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RENEWED_NOT_REVIEWED)
def test_renewal_under_another_word_is_found_in_the_default_pack(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)
