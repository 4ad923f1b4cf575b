"""Session 55, review26: a second reading of fa8's round, hunting for sellers its new readings
silence. Sentences written for this file (none from the held-out sets or the real corpus).

- A rival's pass promise called 都是空话 / 纯属噱头 is a warning since fa8; the seller who then turns
  to its own shop under another name of itself (咱家, 咱这, 俺们, 我校) still sells, as one saying
  我们 / 我家 does (``context._PIVOT``).
- The owner's label 老板： answers with the shop's voice since fa8; so do 老板娘： and 店老板：
  (``context._OWNER_LABEL``, ``context._SHOP_LABEL``, ``silence._SHOP_LABELS``).
- A judgment's subjectless counted forgery (私刻公章一枚，用于开户) weighs as a report since fa8;
  a seller's own contact in the sentence outweighs it (``stance``: the cue is read only without
  the writer's contact).
- 是不是真的？其实不是 keeps its warning since fa8; the seller answering its own question that way
  and naming itself at once (其实不是，我们有渠道，加v) is the seller's hook (``gate._EITHER_DENIED``).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "别处讲的包过都是空话，咱家电工证签合同保过，不过退全款，加v kq_4410",
        "外头那些保过纯属噱头，咱这焊工证签协议包过，微信 kq_4410",
        "别的机构说包过全是大话，俺们叉车证签约保过，电话13900112233",
        "网上的包过都是空话，我校登高证合同写明保过，报名加v kq_4410",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_rivals_called_empty_talk_then_own_shop_sells(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "叉车证能办吗\n老板娘：能办，不用去考，微信 lb_3302",
        "制冷证能办不\n店老板：可以，不用考试，加v lb_3302",
        "问：焊工证可以办不？\n老板娘：可以的，免考直接发证，v lb_3302",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_owners_other_labels_answer_as_the_shop(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "问：能办不？\n老板娘：不能，我们只卖劳保用品",
        "顾客问电工证能办不，店老板说不能，要去考点考试",
        "网友爆料：问老板娘焊工证能办不，老板娘：能办，不用考，结果交了钱就被拉黑了。",
        "记者暗访，店老板：能办，不用考试，该店随后被查处。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_owners_refusal_or_a_reported_owner_stays_silent(
    det, text: str, packs: list[str]
) -> None:
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "私刻公章一枚，用于开户，当天可取，电话13900112233",
        "伪造学历证书一份，用于求职投简历，加微信 wz_6617",
        "伪造公司公章一枚，用于办理变更，加v wz_6617 当天出",
    ],
)
def test_counted_forgery_with_the_writers_contact_sells(det, text: str) -> None:
    assert rule_ids_no_model(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "经审理查明：伪造公司印章三枚，用于骗取银行贷款，被告人当庭认罪。",
        "私刻单位公章一枚，用于签订虚假合同，涉案金额二十万元。",
        "伪造公司印章三枚，用于办理贷款，举报电话12315",
    ],
)
def test_counted_forgery_in_a_judgment_stays_silent(det, text: str) -> None:
    assert rule_ids_no_model(det, text, ALL) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "电工证免考是不是真的？其实不是，我们有内部渠道，加v qd_5081",
        "焊工证不用考是不是真的？实际上不是，本店有渠道直接拿，微信 qd_5081",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_either_question_denied_then_the_seller_names_itself(
    det, text: str, packs: list[str]
) -> None:
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "常有人问电工证免考是不是真的？其实不是，特种作业证都得参加考试。",
        "焊工证不用考是不是真的？当然不是，考核由应急管理部门组织，请勿轻信。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_either_question_denied_by_an_honest_answer_stays_silent(
    det, text: str, packs: list[str]
) -> None:
    assert rule_ids_no_model(det, text, packs) == set(), text
