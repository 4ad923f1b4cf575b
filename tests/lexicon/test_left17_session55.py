"""Session 55, left17: small seller and report shapes round 59's helpers left (holdout176
measures them). Sentences written for this file (not the holdout176 lines).

- A shop's own label (店主：, 卖家：, 老板：) on the renewal answer that waives the step for the
  money alone (不用去，付款就行，三天出证) is the seller's voice, not a speech frame the writer
  reports (``stance._labelled_waiver``); the answer that keeps the step, and a victim's retold
  exchange, stay silent.
- 不过 after a denial followed by a refund conditioned on the class not yet begun (不包过。不过开课前
  可全额退款) is "but", a lawful refund policy (``terms/refund_window`` in GP-002/GP-101/GP-103); a
  refund on failing (考不过全额退款) still fires.
- An answer directing the reader to the organ's designated body (到当地 / 去所在地 / 向当地 …
  应急管理局指定…报名) is the lawful route (``terms/organ_directed`` in SS-001/SS-101/SS-201); a
  seller's 本校是应急管理局指定, 应急管理局指定，包过 still fires.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证复审要去吗\n店主：不用去，付款就行，两天出证",
        "问：电工证复审得去吗\n卖家：不用去的，转账就行，五天出证",
        "问：焊工证换证需要去吗\n老板：不用去，交钱就行，一周出证",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_shop_label_on_paid_waiver_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证复审要去吗\n店主：要去的，本人参加复审培训，考试合格后换证",
        "我被骗的经过：问：电工证复审要去吗\n店主：不用去，付款就行，三天出证。结果付款后被拉黑了",
        "问：焊工证换证需要去吗\n答：需要，带身份证到考点参加复审",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_step_kept_or_retold_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "答：不保过。不过开课前申请可以全额退款",
        "问：叉车证能包过吗\n答：不包过，不过未上课的可以退费",
        "本校不包过，不过报名七天内可全额退费",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_refund_before_class_after_denial_is_silent(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "叉车证考不过全额退款，开课前报名优惠，电话13912347788",
        "焊工证包过，不过退全款，v hg_4411",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_refund_on_fail_still_fires(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证怎么考？答：到当地应急管理局指定的培训机构报名，考试合格后发证。",
        "问：登高证去哪考\n答：去所在地应急管理局指定的考点报名，培训后参加考试",
        "电工证可以向所在地应急管理部门指定的培训机构报名参加培训。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_directed_to_designated_body_is_silent(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "应急管理局指定培训中心，叉车证报名电话13712345566",
        "我们是应急管理部门指定的考点，随到随考，加v kd_3344",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_school_claiming_designation_fires(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)
