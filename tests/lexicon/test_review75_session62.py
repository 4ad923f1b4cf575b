"""Session 62, review75: a second reading of review70 and fa20 (round 72). Sentences written for
this file (not from any held-out set, nor the rules' fixtures).

- Sellers still silent after hearsay the writer corrects and then turns from to its own sale
  (听说…，其实要考的，不过我们包过; 很多人说…，事实上必须考，不过我可以安排替考; 据说…，其实一律要考，
  不过考场那边我们搞定): the report frame (转述) and the 一律 of the correction read as the writer's.
- Sellers that fa19 / fa20's victim reading (``stance._victim_chat``) silences when the closing line
  is the writer's own call (想正规办的私聊我; 需要正规办理的私我; 我们才是真包过).
- Sellers answering the asked guarantee with a double negation (答：不可能不过的; 没有不保过的;
  不可能挂的; 不包过是不可能的; 不可能考不过): the 不可能 / 没有 is no refusal, no warning.
- Lawful lines kept silent: a school correcting hearsay with what nobody can promise (其实没人能保证，
  但我们通过率高 + a landline), refusals in a Q&A, corrections turned to the lawful exam, victims'
  closings that name the seller's words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    TRAINING,
    categories,
    rule_ids,
    rule_ids_no_model,
)

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

# hearsay corrected, then the writer's own sale after a turn
_HEARSAY_SOLD = [
    (
        "听说焊工证可以不考试，其实要考的，不过我们包过，考不过全退",
        "guarantee_promise",
        [DEFAULT, ALL],
    ),
    (
        "很多人说叉车证能直接买，事实上必须考，不过我可以安排替考，费用另算",
        "exam_fraud",
        [DEFAULT, ALL],
    ),
    (
        "网上说高压电工证能免考，其实一律要考，不过我们有门路，v：dg2231",
        "certificate_sale",
        [DEFAULT, CERTS, ALL],
    ),
    # (CERTS: CS-201's only candidate is the hearsay clause itself, whose frame is kept)
    (
        "据说焊工证可以免考，其实一律要考，不过考场那边我们搞定，一周出证",
        "certificate_sale",
        [DEFAULT, ALL],
    ),
    (
        "有人说电工证能包过，其实谁也不能保证，不过我们有内部题库，稳过",
        "exam_fraud",
        [DEFAULT, ALL],
    ),
    (
        "很多人说焊工证能包过，其实没人能保证，但我们能包，考不过全退，0571-8866 2231",
        "guarantee_promise",
        [TRAINING, ALL],
    ),
    (
        "有人说登高证能免考，其实都要考，但是我这边考场有熟人，找我稳过",
        "certificate_sale",
        [DEFAULT, CERTS, ALL],
    ),
]


@pytest.mark.parametrize(("text", "category", "packs_list"), _HEARSAY_SOLD)
def test_hearsay_corrected_then_sold(det, text: str, category: str, packs_list) -> None:  # type: ignore[no-untyped-def]
    for packs in packs_list:
        assert category in categories(det, text, packs), (text, packs)


# a victim's chat whose closing line is the writer's own call
_VICTIM_SELLERS = [
    (
        "买家：焊工证能免考吗？\n客服：可以，交钱就行\n后来联系不上了。想正规办的私聊我，包过",
        "certificate_sale",
    ),
    (
        "买家：电工证能免考吗？\n客服：可以，交钱十天拿证\n被坑了！需要正规办理的私我",
        "certificate_sale",
    ),
    (
        "我：叉车证包过吗？\n对方：包过，不用考\n被骗了，别信他们，我们才是真包过，先考后付",
        "guarantee_promise",
    ),
]


@pytest.mark.parametrize(("text", "category"), _VICTIM_SELLERS)
@pytest.mark.parametrize("packs", [None, ALL])
def test_victim_closing_with_own_call_sells(det, text: str, category: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(det, text, packs), text


# the asked guarantee answered with a double negation: read as the plain yes it means (the same
# answers with 包的 fire the same rules; a Q&A with no call is read in the training pack only)
_DOUBLE_NO = [
    "问：焊工证包过吗？\n答：不可能不过的，考不过全退，私聊",
    "问：叉车证保过吗？\n答：没有不保过的，报名私聊",
    "问：登高证包过吗？\n答：没有不包过的，交钱就稳，加v dg2231",
    "买家：焊工证包过吗？\n客服：不可能挂的，我们有内部题库，稳过",
    "问：叉车证包过吗\n答：不包过是不可能的，我们百分百过，私聊",
]


@pytest.mark.parametrize("text", _DOUBLE_NO)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_double_negation_answers_promise(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


_DOUBLE_NO_TERMS = [
    "问：焊工证包过吗？\n答：不可能不过的，考不过全退",
    "问：电工证包过吗\n答：不可能考不过，签协议，不过全退",
]


@pytest.mark.parametrize("text", _DOUBLE_NO_TERMS)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_double_negation_refund_terms(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    # the refund on failing (GP-103) is the school's term after the promise, no warning's 不可能
    assert "GP-103" in rule_ids(det, text, packs), text


_LAWFUL = [
    # a school correcting hearsay with what nobody can promise, then its own honest terms
    "很多人说焊工证能包过，其实没人能保证，但我们通过率高，报名咨询0571-8866 2231",
    "网上说电工证包过，实际上谁也不能保证，但是本校通过率高，报名电话0571-8866 2231",
    "有的店说叉车证能包过，其实没有人能保证通过，我们只负责培训，咨询0571-8866 2231",
    # corrections turned to the lawful exam, not to a sale
    "听说电工证能免考，其实必须考试，不过我们学校可以帮你报名培训，咨询0571-8866 2231",
    "有人说焊工证能直接买，其实必须考试，但是考试时间由应急管理局统一安排",
    "网上说叉车证能免考，实际上必须考试，但是不用去省城，本市就有考点，报名电话0571-8866 2231",
    "听说登高证不用考，其实要考的，不过考试不难，认真学都能过",
    "很多人说焊工证不用考，其实一律要考，请到应急管理局指定考点报名",
    # refusals in a Q&A
    "问：电工证包过吗？\n答：不可能，考试是应急管理局统一组织的，要靠自己",
    "问：焊工证能包过吗？\n答：没有，哪家说包过都是骗人的",
    "客户：登高证能包过吗？\n客服：不可能包过的，考试要本人参加",
    "问：焊工证包过吗？\n答：不可能不考试就发证，考试必须本人参加",
    "问：电工证到期换证要考试吗？\n答：不可能不考的，到期要参加复审考试",
    # victims' closings naming the seller's words
    "买家：焊工证能免考吗？\n客服：可以，交钱就行\n后来联系不上了，我私聊问了好几次都不回，大家别信",
    "我：电工证包过吗？\n对方：包过，先交钱\n结果被骗了，他们说我们才是正规的，全是假话",
    "我：电工证能不考吗？\n对方：能，交钱一周出证\n结果钱转过去就被拉黑了，大家别信",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), text
