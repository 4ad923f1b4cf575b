"""Session 58, review42: a second reading of left23's chat sellers (round 65).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- An office's online renewal or change asked A-not-A (复审能不能不去现场) and answered under a shop's
  or an answer's label with the office's own online route (网上办理复审, 政务服务网申请): the lawful
  errand, not the waiver sold (``context.answered_yes``; the shop's label there came with left23).
- The shop's label in its other written forms (客服小妹, 卖家回复, 店小二, 老板娘), the yes in other
  words (妥妥的, 安排, 包的) and the skip in other words (不用跑, 人不到也行) answer the buyer's
  能办吗 as left23's 店家：可以，不用去考 does.
- Regulators' Q&A, reporters' transcripts, complaints quoting the shop, court findings quoting a
  chat, a shop refusing, and an office's online reissue stay silent in every pack.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories

_PACKS = [None, DEFAULT, CERTS, ALL]

_SILENT = [
    # an office's online renewal asked A-not-A, answered with the office's own route (left23's
    # shop label on the answer made these fire; the 答 one fired before it)
    "问：我在外地，电工证复审能不能不去现场？\n客服：可以，人不用去，在网上办理复审即可",
    "问：我人在外地，焊工证换证能不能不去现场？\n客服：可以的，不用去，登录政务服务网申请即可",
    "问：我在外地，电工证复审能不能不去现场？\n答：可以，人不用去，在网上办理复审即可",
    "问：我在外地，高处作业证延期能不能不去现场？\n店家：不用去现场，在政务服务网上申请延期",
    # the shop's waiver called off in the same clause (left23's waiver under the shop's label)
    "客户：电工证能不能不去现场考？\n掌柜：不用去现场的话是不可能的，必须本人",
    # regulators' and papers' question-and-answer
    "问：熔化焊证可以花钱直接买吗？\n客服：不可以，须经培训并考核合格方可取证",
    "网友问：焊工证能办吗？\n客服答复：可以，请到应急管理部门指定考点报名参加考试",
    "群众来信问：特种作业操作证能代办吗？\n答：可以委托培训机构代为报名，但本人必须参加考试",
    # reporters' transcripts, complaints, court findings
    "记者以买家身份询问登高证能否办理，店员称：可以，不用去考，交钱就行。应急管理局表示将依法查处",
    "本报记者以买家身份在某网店询问：电工证能办吗？店员称：能办，人不用去，五天到手。",
    "我在网上问焊工证能办吗，卖家说可以，不用去考，结果收了钱发来的证根本查不到，大家别上当",
    "法院审理查明：被告人在聊天中回复买家“可以，不用去考，直接拿证”，共收取费用三万余元",
    "经审理查明，买家询问高处作业证能否办理，被告人回复：能办，人不用去，包拿证",
    "网友投诉称，其在某店铺咨询，客服：可以，不用去考，直接拿证。付款后对方失联",
    # the shop refusing or sending the buyer to the exam
    "买家：焊工证能不考直接拿吗？\n店家：不行，必须本人考",
    "客户：电工证能办吗\n掌柜：不行的亲，必须本人去考点考试",
    "问：焊工证能办吗？\n店家：可以办，但要本人来参加培训，考试合格才发证",
    "问：低压电工证能办吗？\n客服：可以，人不用去，在线报名后按通知参加考试",
    # an office's online reissue
    "买家：我的电工证丢了，能在网上补办吗？\n客服：可以，不用跑，在政务服务网上申请，发证机关邮寄",
    "买家：我电工证丢了能补办吗？\n客服小妹：可以，不用跑，在政务服务网上申请补办",
    "问：特种作业操作证能不能网上复审？\n答：可以，不用跑，登录当地政务服务网办理",
    "问：我在外地，焊工证复审能不能不回去？\n客服：可以，不用回去，网上复审，线上学习即可",
    # the new labels and words where the shop sends the buyer to the exam or refuses
    "学员：电工证能办吗？\n客服小妹：可以的亲，需要本人来参加培训和考试",
    "买家：电工证能办吗？\n卖家回复：不行，必须本人考",
    "顾客：登高证能办吗？\n店家：安排，下周统一安排培训考试",
    "顾客：登高证能办吗？\n客服：妥妥的，报名后参加统一考试，通过率高",
    "买家：焊工证能办吗？\n客服：可以，不用跑，来我们培训中心报名，考试合格发证",
    # ... and where a report, a warning or a complaint quotes them
    "网友反映，某店铺卖家回复：可以，不用跑，三天拿证。经查该店铺涉嫌伪造证件",
    "记者询问电工证能否办理，客服小妹回复：安排，不用去考，三天拿证。",
    "提醒：有店铺客服小妹称“妥妥的，不用去考”，均为骗局",
    # a reply's label quoted alone, no buyer's turn: a report's quotation
    "客服回复：亲，电工证不用去考，当天出证哦",
    "卖家回复：“亲，可以的，焊工证人不到也行，七天到手。”",
    "我问店家焊工证能办吗，店家说妥妥的，人不到也行，结果钱付了证是假的",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_chat_stays_silent(det, text: str, packs: list[str] | None) -> None:
    assert categories(det, text, packs) == set()


_SELLERS = [
    # the shop's label in its other written forms
    "买家：登高证能办吗？\n客服小妹：可以的，不用去考，直接出证",
    "买家：焊工证能办吗？\n卖家回复：可以，不用去考，直接拿证",
    "买家：焊工证能办吗？\n店小二：能，不用去考，直接出证",
    "买家：登高证能办吗？\n老板娘：可以，不用去考，三天拿证",
    # the yes in other words
    "买家：焊工证能办吗？\n店家：妥妥的，不用去考，三天拿证",
    "买家：焊工证能办吗？\n店家：安排，不用去考，三天拿证",
    "顾客：电工证能办吗？\n客服：包的，不用去考，三天出证",
    # the skip in other words
    "买家：电工证能办吗？\n店家：可以，人不到也行，三天拿证",
    # and together, in traditional characters
    "買家：電工證能辦嗎？\n客服小妹：可以的，不用去考，直接出證",
    "顾客：高处作业证能办吗\n店小二：妥妥的，人不用去，五天到手",
    "买家：叉车证能办吗？\n卖家回复：安排，不用去考，十天拿证",
    "客户：电工证能办吗？\n客服：可以，人不到也行，资料发我",
]


@pytest.mark.parametrize("text", _SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_chat_seller_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_HELD = [
    # left23's finds in close variants that already fire: kept so a fix does not lose them
    "买家：焊工证能办吗？\n掌柜：可以，不用去考，三天拿证",
    "买家：电工证能办吗？\n商家：能办，人不用去，一周寄到",
    "買家：焊工證能辦嗎？\n店家：可以，不用去考，三天拿證",
    "买家 ：电工证能办吗 ？\n店家 ： 可以 ，不用去考 ，三天拿证",
    "买家：焊工证能办吗？\n店家：行，不用去考，三天拿证",
    "买家：焊工证能办吗？\n店家：没问题，不用去考，三天拿证",
    "买家：电工证能办吗？\n店家：可以，不用露面，三天拿证",
    "顾客：焊工证能办不？\n客服：可以哈，不用去考场，直接出证",
]


@pytest.mark.parametrize("text", _HELD)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_chat_seller_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_SELLERS_CERTS = [
    # 不用跑 spares the trip in the chat's plain words: the silencing stage and the stance stage now
    # read it, but only CS-201 (certificates pack) has a candidate here; CS-001 has no 不用跑 in its
    # skips (the government's 群众不用跑 says it too), so the default pack stays as it was
    "买家：电工证能办吗？\n店家：可以，不用跑，三天拿证",
    "买家：焊工证能办吗？\n老板娘：行，不用跑，一周寄到",
]


@pytest.mark.parametrize("text", _SELLERS_CERTS)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_chat_seller_fires_with_certificates(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_SELLERS_DEFAULT = [
    # left23's waiver under the shop's label and fraud denial, in other labels and words
    "买家：电工证能不能不去考？\n掌柜：不用去，交钱直接出证",
    "焊工证不考直接拿是套路吗？当然不是套路，老客户都拿证了，vx：hg8866",
    "问：焊工证能办吗？\n店员：能办，本人不用来，十天拿证",
    "买家：焊工证 能办吗？\n客 服：可 以，不 用 去 考，直接拿证",
]


@pytest.mark.parametrize("text", _SELLERS_DEFAULT)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_chat_seller_fires_by_default(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)
