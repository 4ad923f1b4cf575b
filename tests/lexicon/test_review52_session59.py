"""Session 59, review52: a second reading of review47's and review48's round-67 changes.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- review48's judgment after the skip word (``context._SKIP_JUDGED``) reads only six characters on:
  a school that names the skip as what the sellers' ads, posts or talk say and then calls it a lie
  (网上所谓无需考试直接拿证的说法都是骗人的; 无需考试就能拿证的广告全是骗人的; 免试直接发证的那些帖子
  纯属谣言) was sold by its own warning once review48 added 无需考试 / 免试 / 直接发证 to the skip words.
  The other way, a seller's vouching that shares the judgment's characters (免考直接拿证假一赔十; 包过
  拒绝假证; 直接出证不可能查不到) counted as the school's judgment: review47's ``_FAKE_CALLED`` /
  ``_CANNOT_CALLED`` readings apply here too.
- review48's office place names (``silence._OFFICE_SELF``: 找我市 / 找我县 / 找我区) took any 市 / 区 /
  省 after 找我 / 加我 for an office's own: a seller's 找我区域经理 / 找我市区代理点 / 加我市场部 lost its call.
- review47's ``stance._ERRAND_ONLINE`` (在线办理即可 / 线上申请就好 as the whole answer) took a seller's
  answer with a private contact for the office's route (可以，在线办理就行，不用考，加v …; 线上申请就好，
  138…), and its ``_ERRAND_SOLD`` took an office's 帮您查询进度 / 帮你核对材料 for the seller's 帮你包过.
- Guards: review47's and review48's own readings (零投诉 / 号称…的呢 sellers, 找我市政务服务中心, 在线办理
  即可, 免试换证 / 直接发证 in an office's notice, 不担保 / 退学手续 schools) hold.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
SPECIAL_ON = [None, DEFAULT, ALL]
CS_ON = [None, DEFAULT, CERTS, ALL]


# --- (b) a school judging the skip as what the ads or posts say, the judgment further on ----------

_SKIP_JUDGED_AS_NOUN = [
    "别找中介买免考焊工证，我们是正规渠道，网上所谓无需考试直接拿证的说法都是骗人的，报名电话 0571-88776655",
    "别找中介买免考焊工证，我们是正规渠道，无需考试就能拿证的广告全是骗人的，报名电话 0571-88776655",
    "不要找中介买免考电工证，我们正规渠道，免试直接发证的那些帖子纯属谣言，报名电话 0571-88776655",
    "不要找中介买免考电工证，我们是正规渠道，网上说免考当天拿证的中介都是骗子，报名电话 0571-88776655",
    "千万别找黄牛买免考登高证，我们走官方渠道，不需要考试也能发证的消息都是假的，报名电话 0571-88776655",
]


@pytest.mark.parametrize("text", _SKIP_JUDGED_AS_NOUN)
@pytest.mark.parametrize("packs", EVERY)
def test_skip_judged_as_the_ads_words_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# --- (a) the seller's vouching is no judgment of its own skip -------------------------------------

_SKIP_VOUCHED = [
    "别找中介买免考焊工证，我们是正规渠道，免考直接拿证假一赔十，电话 0571-88776655",
    "不要找中介买免考焊工证，我们是正规渠道，免考直接拿证拒绝假证，电话 0571-88776655",
    "不要找中介买免考焊工证，我们是正规渠道，免考直接出证不可能查不到，电话 0571-88776655",
]


@pytest.mark.parametrize("text", _SKIP_VOUCHED)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_skip_vouched_by_the_seller_sells(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- (a) a seller's 找我区域经理 / 加我市场部 is a call, not an office's own name -----------------

_SELLER_CALLS_WITH_A_PLACE_CHARACTER = [
    "电工证复审无需本人到场，新证由区行政服务中心邮寄，要办的找我区域经理，电话 0571-88776655",
    "电工证复审无需本人到场，新证由区行政服务中心邮寄，要办的找我市区代理点，电话 0571-88776655",
    "焊工证复审无需本人到场，新证由区行政服务中心邮寄，要办的加我市场部，电话 0571-88776655",
]


@pytest.mark.parametrize("text", _SELLER_CALLS_WITH_A_PLACE_CHARACTER)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_seller_call_with_a_place_character_sells(det, text: str, packs: list[str] | None) -> None:
    assert "CS-001" in rule_ids_no_model(det, text, packs)


_OFFICE_NAMES_ITS_PLACE = [
    "电工证复审无需本人到场，新证由区行政服务中心邮寄，如有疑问请找我市政务服务中心咨询窗口",
    "电工证复审无需本人到场，新证由区行政服务中心邮寄，有疑问加我省政务服务网公众号",
    "焊工证复审无需本人到场，新证由区行政服务中心邮寄，有疑问可找我县应急管理局咨询",
    "焊工证复审无需本人到场，新证由区行政服务中心邮寄，有疑问请找我区行政服务中心窗口",
    "电工证复审无需本人到场，新证由区行政服务中心邮寄，如有疑问请找我区人力资源和社会保障局咨询",
    "电工证复审无需本人到场，新证由区行政服务中心邮寄，如有疑问请找我省住房和城乡建设厅咨询",
]


@pytest.mark.parametrize("text", _OFFICE_NAMES_ITS_PLACE)
@pytest.mark.parametrize("packs", EVERY)
def test_office_naming_its_place_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# --- (a) the online route as the whole answer, beside a seller's private contact -----------------

_ONLINE_ROUTE_WITH_A_PRIVATE_CONTACT = [
    "客户：电工证复审能不能不去考？\n客服：可以，在线办理就行，不用考，加v hg_1234",
    "客户：电工证复审能不能不去考？\n客服：可以，线上申请就好，13812345678",
    "客户：焊工证复审能不能不去考？\n客服：可以，网上办理即可，私聊",
]


@pytest.mark.parametrize("text", _ONLINE_ROUTE_WITH_A_PRIVATE_CONTACT)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_online_route_with_a_private_contact_sells(det, text: str, packs: list[str] | None) -> None:
    assert "CS-001" in rule_ids_no_model(det, text, packs)


# --- (b) the office's online route with its own help ----------------------------------------------

_ONLINE_ROUTE_WITH_THE_OFFICES_HELP = [
    "问：我在外地，电工证复审能不能不去现场？\n答：可以，在线办理即可，我们可以帮您查询进度",
    "问：我在外地，焊工证复审能不能不去现场？\n答：可以，线上办理即可，窗口可帮您查询办理进度",
    "问：电工证复审能不能不去现场？\n答：可以，网上办理即可，工作人员会帮你核对材料",
    "问：电工证复审能不能不去现场？\n答：可以，持证人可在政务服务网在线申请复审，窗口工作人员可帮您指导操作",
    "问：我人在外地，电工证复审能不能不去现场？\n答：可以，在线办理即可，无需到场",
]


@pytest.mark.parametrize("text", _ONLINE_ROUTE_WITH_THE_OFFICES_HELP)
@pytest.mark.parametrize("packs", EVERY)
def test_online_route_with_the_offices_help_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


_ONLINE_ROUTE_SOLD = [
    "客户：电工证复审能不能不去考？\n客服：可以，网上复审我们帮你包过，加v hg_1234",
    "客户：焊工证复审能不能不去考？\n客服：可以，线上办理即可，稳过，三天出证，加v hg_1234",
]


@pytest.mark.parametrize("text", _ONLINE_ROUTE_SOLD)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_online_route_sold_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) & {"CS-001", "GP-001", "GP-002"}


# --- guards: review47's and review48's own readings hold ------------------------------------------

_SELLERS_HELD = [
    "零投诉！电工证号称全市最快，包过，加微 hg_1234",
    "电工证号称包过的呢，加v hg_1234",
    "焊工证找我市里的关系，不用考，三天拿证",
    "电工证不用考直接拿证，加我市场部经理微信 hg_1234",
    "买家：焊工证能办吗？\n客服：马上安排，不用去考，三天出证",
    "焊工证能办吗？放心，不用考，正规证书，加v hg_1234",
    "客户：焊工证能不能不去考？\n客服：不用去考，不是假的，官网可查，加v hg_1234",
    "焊工证包过班，没考过的退学费，加v hg_1234",
    "退学费按规定？我们不过全退，包过，加v hg_1234",
]


@pytest.mark.parametrize("text", _SELLERS_HELD)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_review47_and_review48_sellers_still_fire(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs)


_LAWFUL_HELD = [
    "谨防不法分子以免考拿证为名诈骗，请通过正规渠道报名。符合条件的持证人可免试换证（须提交材料），咨询电话 0571-88776655",
    "请勿轻信免考办证广告，符合条件的特种作业操作证可申请免试换证，具体以发证机关审核为准",
    "警惕“免考拿证”骗局。考试合格的，由发证机关直接发证，无需另行缴费",
    "请勿相信中介“免考”承诺。考试合格后，考点将在10个工作日内直接发证，咨询电话 0571-88776655",
    "问：网上有广告说“零投诉，电工证号称包过”，可信吗？\n答：不可信，特种作业操作证必须经考试合格后取得",
    "据当事人提供的材料，记者看截图发现，该中介号称包过，收款后拉黑",
    "根据考生反映，某中介号称电工证包过，收费后失联",
    "零投诉的说法不可信，某机构号称电工证包过，收钱后拉黑",
    "焊工证能不考吗？放心，正规证书一律要考试，报名电话 0571-88776655",
    "学员：焊工证报名了吗？\n老师：马上安排，下周统一考试",
    "问：你们担保包过吗？答：不担保，本校只负责教学，报名电话 0571-88776655",
    "本中心焊工证不包过，没通过的退学手续按学校章程办理",
    "焊工证培训不包过，没考过的费用退还按照合同约定执行，报名电话 0571-88776655",
    "不要找中介买免考焊工证，我们是正规渠道，无需考试就能拿证的说法都是骗人的",
]


@pytest.mark.parametrize("text", _LAWFUL_HELD)
@pytest.mark.parametrize("packs", EVERY)
def test_review47_and_review48_lawful_text_stays_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert not rule_ids_no_model(det, text, packs)


# --- review48's denial six characters back: a concession is no denial, 不能 is one ----------------

_SKIP_AFTER_A_CONCESSION = [
    "别找中介办免考焊工证，来我们中心报考不用排队，没有基础也不用考试，微信 hg_4321",
    "不要找中介买免考焊工证，我们是正规渠道，没有学历也能免考拿证，电话 0571-88776655",
    "不要找中介买免考焊工证，我们是正规渠道，不是本人也能直接拿证，电话 0571-88776655",
]


@pytest.mark.parametrize("text", _SKIP_AFTER_A_CONCESSION)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_skip_after_a_concession_sells(det, text: str, packs: list[str] | None) -> None:
    assert "CS-001" in rule_ids_no_model(det, text, packs)


_SKIP_DENIED_AFTER_A_CONCESSION = [
    "不要找中介买免考焊工证，我们是正规渠道，没有基础也不能免考，报名电话 0571-88776655",
    "不要找中介买免考焊工证，我们是正规渠道，没有学历也不存在免考，报名电话 0571-88776655",
    "别找中介买免考电工证，我们是正规渠道，无法免试直接发证，报名电话 0571-88776655",
]


@pytest.mark.parametrize("text", _SKIP_DENIED_AFTER_A_CONCESSION)
@pytest.mark.parametrize("packs", EVERY)
def test_skip_denied_after_a_concession_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" not in categories(det, text, packs)
