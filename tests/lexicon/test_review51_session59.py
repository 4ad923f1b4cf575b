"""Session 59, review51: a second reading of review45's and review46's round-67 readings, attacked
both ways. Sentences written for this file (not from any corpus, holdout or earlier test).

Defects found:

- A seller steering the reader from the middleman to itself with the certificate named before its
  own name (不要找黄牛办，电工证找我们，免考拿证，私聊): review46's warning words with 办 silenced it
  (the 买 form fa14 added did the same); the turn to the writer now reads a certificate's name
  before 找我们 / 来我们 (``context._PIVOT``).
- A seller answering the school's limit asked as a question with 一定过 (不敢保证一定考过？在我们这里
  一定过，加v): review46's 一定 made it a school's limit and review45's asked-limit reading knew only
  包过 / 稳过 …; 一定过 / 一定能过 now count as the answer's promise (``context._LIMIT_ASKED``).
- A seller's verdict on rivals running into its own channel with no comma (别家全是骗局我们真渠道包拿证):
  silent before review45 too; the writer's 真渠道 / 正规渠道 / 内部渠道 straight after the verdict word
  is now its turn (``context._PIVOT``).
- A school's limit said by nobody (没人敢保证都通过; 没人能保证人人都考过): the learned scorer's
  ML-GP; ``context._QUANTIFIED_LIMIT`` now reads 没人 / 没有人 as the denier and a bare 都 after the
  verb as the quantifier.
- An office naming its one-stop portal (可通过一网通办办理; 可通过掌上办办理) beside its landline:
  ML-CS, as 政务服务网 was before review46; both words are now ``terms/office_no_visit`` terms.
- A rumour verdict with its demonstrative (，此消息不实; ，该消息不属实): ``stance._RUMOUR_CALLED``
  now reads the demonstrative with its noun.

Guards: the sellers' near variants of review45's and review46's readings and the lawful near
variants that already held.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids

_EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]

# --- (a) sellers wrongly silenced --------------------------------------------------------------

_STEERED_SELLERS = [
    "不要找黄牛办，电工证找我们，免考拿证，私聊",
    "不要找黄牛办，电工证找我们，免考拿证，加v dg_5158",
    "别找人办，电工证找我们，免考拿证，私聊",
    "不要找中介办，焊工证找我们，不用考直接出证，私聊",
    "别找黄牛买，焊工证就找我们，免考拿证，私聊",
]

_ASKED_SELLERS = [
    "焊工证培训，不敢保证一定考过？在我们这里一定过，加v dg_5161",
    "焊工证培训，不敢保证一定考过？我们这一定能过，加v dg_5161",
]

_RIVALS_SELLERS = [
    "别家全是骗局我们真渠道包拿证，电工证加v dg_5155",
    "电工证，别家都是骗子我们正规渠道包拿证，加v dg_5155",
    "电工证，外面全是骗局我们内部渠道直接出证，加v dg_5155",
]


@pytest.mark.parametrize("text", _STEERED_SELLERS + _ASKED_SELLERS + _RIVALS_SELLERS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_a_seller_review45_and_review46_silenced_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs)


# Sellers that already held: each must keep firing.
_HELD_SELLERS = [
    "电工证培训，不敢保证一定考过？我们敢，包过，加v dg_5151",
    "焊工证培训，大家都能过，不过退费，加v dg_5152",
    "别找中介办，找我办，焊工证不用考，加v dg_5153",
    "别找人办了，焊工证找我办，不用考，加v dg_5153",
    "低压电工证可以通过政务服务网办理，不用考，加v dg_5154",
    "电工证通过政务服务网办理，不用考试，直接出证，微信 dg_5154",
    "我们通过微信联系需要办证的人员，电工证一周出证",
    "本店通过朋友圈联系需要考证的人，电工证不用考，一周出证",
    "电工证培训，没人敢保证都通过？我们敢，包过，加v dg_5156",
    "电工证培训，别人不敢保证都通过，我们保证包过，加v dg_5156",
    "电工证培训，我们不能保证大家都一次通过，但是交钱就能拿证，加v dg_5161",
    "焊工证培训，我们不敢保证一定考过，但是保证拿证，加v dg_5161",
    "焊工证培训，谁都不敢保证一定考过。我们敢，一次包过，加v dg_5161",
    "电工证，退费按协议办理，不用考试直接拿证，加v dg_5162",
    "电工证别找代办，找我们直接拿证，不用考，加v dg_5158",
    "网上说电工证不用考试就能拿证的十有八九是骗局我们真渠道包拿证，加v dg_5157",
    "网上说电工证不用考试就能拿证的，基本都是骗子，我们是正规渠道，包拿证，加v dg_5157",
    "电工证，别人家都是骗子我们是真的，不用考，加v dg_5155",
    "电工证换证可通过一网通办办理，无需本人到场，电话13912345678",
    "电工证通过一网通办办理，不用考试，直接出证，微信 dg_5154",
    "电工证换证可通过掌上办办理，免考直接拿证，加v dg_5154",
]


@pytest.mark.parametrize("text", _HELD_SELLERS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_a_seller_near_the_new_readings_still_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs)


# --- (b) lawful text in close variants ---------------------------------------------------------

_NOBODY_LIMITS = [
    "电工证培训，没人敢保证都通过，报名电话0731-83334444",
    "电工证培训，没有人敢保证都能通过，报名电话0731-83334444",
    "焊工证培训，没人能保证人人都考过，报名电话0731-83334444",
]

_PORTALS = [
    "低压电工证到期换证，可通过一网通办办理，无需本人到场，咨询电话0731-84445555",
    "特种作业操作证到期换证可通过掌上办办理，无需本人到场，咨询电话0731-84445555",
]

_RUMOUR_DEMONSTRATIVE = [
    "网传焊工证不用考就能拿证，此消息不实，须参加培训考试",
    "网传焊工证不用考就能拿证，该消息不属实，须参加培训考试",
]


@pytest.mark.parametrize("text", _NOBODY_LIMITS + _PORTALS + _RUMOUR_DEMONSTRATIVE)
@pytest.mark.parametrize("packs", _EVERY)
def test_lawful_text_in_a_close_variant_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# Lawful variants that already held: each must stay silent.
_HELD_LAWFUL = [
    "焊工证培训，谁也不能保证一次过，报名电话0731-83334444",
    "电工证培训，谁也不敢保证一次通过，报名电话0731-83334444",
    "焊工证培训，谁都不敢保证人人一次通过，报名电话0731-83334444",
    "电工证培训，哪家机构都不能保证一次通过，报名电话0731-83334444",
    "网上说电工证不用考试就能拿证的，基本都是骗子",
    "网上说电工证不用考试就能拿证的，十有八九是骗局",
    "网上说焊工证交钱就能拿证的十有八九是骗局",
    "网上说焊工证交钱就能拿证的基本都是骗子",
    "网上说电工证不用考试就能拿证的几乎都是骗局",
    "网上说电工证不用考试就能拿证的，多半是骗人的",
    "网上办电工证说交钱就能拿证的全是骗局我们提醒大家不要上当",
    "办假电工证的全是骗子我们警方提醒广大群众切勿相信",
    "提醒大家，电工证别找代办，不用考试的都是假证",
    "别信黄牛办证，焊工证不用考试就能拿的都是假的",
    "别信黄牛办证，电工证不考试直接拿证是假证，查不到的",
    "电工证不要找黄牛代办，免考拿证的都是假证",
    "经审理查明，被告人通过微信招揽需要证书的人员，出售伪造的电工证",
    "经审理查明，被告人郑某通过QQ群联系需要证书的人，出售伪造的焊工证",
    "被告人利用网络招揽需要办理电工证的人员，收取费用后出售伪造的证件",
    "低压电工证复审，登录一网通办提交材料即可，无需本人到场，咨询电话0731-84445555",
    "特种作业操作证复审可在掌上办申请，无需本人到场，咨询电话0731-84445555",
    "网传焊工证不用考就能拿证，经核实不属实，须参加培训考试",
    "网传登高证不用考试就能拿证的消息系谣言，必须参加考试",
]


@pytest.mark.parametrize("text", _HELD_LAWFUL)
@pytest.mark.parametrize("packs", _EVERY)
def test_lawful_text_near_the_new_readings_stays_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()
