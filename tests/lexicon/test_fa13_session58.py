"""Session 58, fa13: the three lawful shapes round 64 (fa12) wrote into holdout186 and left firing
(holdout187 measures them). Sentences written for this file (not the holdout186 / holdout187
lines, nor the rules' fixtures).

- A school's honest limit read across a quantifier (不能保证每位学员都一次通过, 无法保证所有学员都能
  一次考过, 没法保证百分之百通过): the school's disclaimer of the result, covering its sentence as
  不保证通过 does. Said of a rival (别家不能保证…，我们能), answered by the writer (…？我们可以) or
  turned to the writer's own promise (…，但是包过) it is the seller's foil and the promise fires.
- A school's term after 不包过 handled by a rule (退费按中心规定办理, 发票按财务规定办理): the 办理 is
  the refund's or the invoice's, the clause's own subject, not a paper's; a seller's 证按规定办理 or
  直接办理 beside it still sells the paper.
- A consumer warning whose verdict closes the sentence after the 的-phrase it judges (网上办证说能走
  担保交易、先付定金后出证的，都是骗子): the verdict covers the phrase, however far from 办证; a seller
  calling its rivals a scam and then offering escrow with a contact still fires.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]


@pytest.mark.parametrize(
    "text",
    [
        "焊工培训中心不能保证每一名学员都一次通过，未通过的可以跟下一期免费重学",
        "我们无法保证所有学员都能一次考过电工证，只能保证老师认真教",
        "焊工证培训学校没法保证百分之百通过，考试成绩以考点公布为准",
        "电工证培训班不能保证每位学员都一次通过考试，首次没考过的补考费自理",
        "高处作业培训不敢保证全部学员都一次拿证，请大家按课表认真参加培训",
        "本校电工班不承诺每个人都能顺利通过，理论和实操须本人参加考试",
        "我们不敢保证每位学员都一次拿到焊工证，但敢保证教学质量，报名电话0571-12340000",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_school_limit_across_quantifier_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # the limit said of a rival, then the writer's own claim
        "焊工证培训，别家不能保证每个人都一次通过，我们能，报名加v hg_2468",
        "别的培训班不能保证所有学员都一次通过，本校保证，每位学员都能一次拿证，加v hg_9911",
        # the limit put as a question the writer answers
        "电工证培训，谁也不能保证所有学员都一次考过？我们可以，考不过全额退费，电话13812345678",
        # the limit turned to the writer's own promise
        "登高证培训不能保证每个人都一次通过，但是包过，加v dg_1357",
        # no denial at all
        "每个学员都能一次通过电工证考试，不过退费，报名电话13700001111",
        # a bare yes for the reader after the limit's question
        "焊工证培训，不能保证每个人都一次通过？当然能！加v hg_0001",
        # a promise or a refund on failing in a later clause
        "登高证不能保证所有人都一次过，二次包过，不过全退，电话13800001234",
        "我们不能保证每个人都一次通过电工证，但是可以保证一次拿证，加v dg_0004",
        # the refund on failing after the turn, the exam named first
        "焊工证培训不保证百分之百拿证，但是考试没通过的全额退学费，报名电话13911112222",
        # the seller's pass rate after the turn (GP-110's boast)
        "电工证培训，不敢说人人都能一次过，但我们的通过率很高，加v dg_0051",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_everyone_passes_seller_still_fires(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_limit_disclaims_no_skip_beside_it(det, packs: list[str]) -> None:
    """The limit disclaims the pass only: a skip sold in its sentence (and an office's 审核,
    no exam's pass) still fires."""
    text = "电工证不用考试，不能保证每个人都通过审核，但我们有内部渠道，加v dg_0006"
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "登高证培训不保过，退费按中心规定办理",
        "焊工证培训不包过，发票按财务规定办理",
        "架子工证培训不包过，退款按学校规定办理",
        "叉车证培训不保证通过，转班按培训机构规定办理",
        "电工证培训不包过，补考按考试中心通知办理",
        # the issuing office named between 按 and 规定
        "电工证培训不包过，领证按发证机关规定办理",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_school_term_handled_by_rule_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # the seller's own 直接办理 beside its refund term
        "叉车证不用培训不用考试直接办理，退费按约定办理，手机13511112222",
        # the paper itself 按规定办理: the seller's veneer
        "电工证按国家规定办理，不用考试，三天出证，加v dg_2222",
        "焊工证按规定办理，全国可查，微信 hg_3333",
        # the seller answering the school's 不包过 with its own 办理
        "叉车证培训不包过？我们包，交钱就给办理，电话13633334444",
        # a term clause beside the seller's own promise or skip
        "叉车证包过，不过退款按合同办理，加v cc_0008",
        "焊工证，补考按规定办理，不用去考，加v hg_0010",
    ],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_paper_handled_by_seller_still_fires(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


def test_handled_by_rule_names_its_reason(det) -> None:
    """The school's term is silent by name, and only CS-201's candidate on that 办理."""
    res = det.scan_page(text="焊工证培训不包过，发票按财务规定办理", packs=CERTS)
    assert not res.findings
    assert any(x.rule_id == "CS-201" and x.reason.startswith("lawful:") for x in res.suppressed)


@pytest.mark.parametrize(
    "text",
    [
        "网上办证说能走担保交易、先付定金后出证的，都是骗子",
        "网上有人说办证可以先交定金、出证后付尾款，还能平台担保的，十有八九是骗局",
        "凡是网上办证要你先交定金、说能走担保的，一律是骗局，别转账",
        "那些说办证能先交定金、走担保交易再出证的帖子，全都是骗子发的",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_escrow_warning_with_verdict_at_end_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # the scam word before, then the writer's own escrow and contact
        "网上办证骗子多，我们走担保交易，先交定金再出证，加v bz_2468",
        # the verdict on rivals' 的-phrase, then the writer's own offer
        "办证不走担保交易的，全是骗局，本店支持担保，先出证后付款，微信 bz_1122",
        # the seller's own denial after its offer
        "办健康证支持担保交易，先交定金再出证，绝不是骗局，私聊",
        # a 的-phrase closed by a verdict of praise, no warning
        "办证走担保交易、先交定金再出证的，都是老客户推荐来的，加v bz_3579",
    ],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_escrow_seller_still_fires(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_escrow_warning_silences_each_rule(det, packs: list[str]) -> None:
    """CS-203 and FC-204 read 办证 alone; the verdict at the end reaches them."""
    text = "微信群里说办证能走担保交易、先交定金再出证的，全是骗局"
    assert not rule_ids(det, text, packs) & {"CS-001", "CS-201", "CS-203", "FC-204"}
