"""Session 62, review80: a second reading of review75 and left33 (round 73), whose double negation
(答：不可能考不过 / 没有不包过的 / 不包过是不可能的) the lead joined by hand. Sentences written for this
file (not from any held-out set, nor the rules' fixtures).

- Sellers still silent: a labelled Q&A whose answer promises the pass (包的 / the double negation)
  and gives only a WeChat id, the id set aside as the answer post's own (``stance._qa_post``).
- Lawful lines kept silent around the join: a school's 没有不需要考试的证, 不可能不考试就拿证,
  谁也不可能包过, a court finding or a notice quoting 不可能考不过 / 没有不包过的, an office's Q&A,
  a teacher's honest answer, a school's correction of hearsay with no trade after it.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

# a labelled Q&A answering the asked guarantee with the promise and a bare WeChat id: the id is the
# answerer's call (the same answers with 私聊 fire GP-001 / GP-002)
_QA_PROMISE_ID = [
    "问：叉车证包过吗\n答：不包过是不可能的，我们百分百过，微信 cc_6634",
    "问：叉车证包过吗\n答：包的，我们百分百过，微信 hg2231",
    "问：焊工证包过吗？\n答：不可能考不过的，考不过全退，vx：hg_8823",
    "问：叉车证保过吗？\n答：绝对不会挂科，考不过全退，微信 cc6634",
    "问：登高证保过吗？\n答：没有不保过的，交钱就稳，威信 dg_5521",
    "问：电工证能包过吗？\n答：包过，签合同，不过全退，微信号 dg_7730",
]


@pytest.mark.parametrize("text", _QA_PROMISE_ID)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_qa_promise_with_wechat_id(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


# lawful lines next to the joined double negation: silent in every pack
_LAWFUL = [
    "本校郑重提醒：没有不需要考试的证，所有特种作业操作证都须参加应急管理部门组织的考试。",
    "问：焊工证能不考试直接拿吗？\n答：不可能不考试就拿证，必须参加培训并考试合格。",
    "问：叉车证包过吗？\n答：谁也不可能包过，考试由应急管理局统一组织，请认真备考。",
    "经审理查明，被告人张某向学员谎称“有内部关系，不可能考不过”，先后收取培训费共计三万余元。",
    "法院认定，被告人在微信群中宣称“没有不包过的”，以此骗取考生报名费。",
    "买家：电工证包过吗？\n客服：不会挂科的说法都是骗人的，考试靠自己，我们只负责培训。",
    "问：登高证包过吗？\n答：不可能，考不过只能补考，我们不承诺通过。",
    "问：焊工证包过吗？\n答：没有包过这一说，考不过可以免费重学一次。",
    "凡是声称“不可能考不过”“没有不包过的”的培训机构都是骗子，请考生通过应急管理局官方渠道报名。",
    "提醒：说“不包过是不可能的”那些中介都是骗子，特种作业证必须本人参加考试。",
    "客服：不会挂靠的，我们不做挂证业务，证书只能本人使用。",
    "问：电工证考试难吗？\n答：不会太难，认真学基本不会挂科，考不过可以补考一次。",
    "问：焊工证能包拿证吗\n答：不可能不考就拿证，一律要参加考试，咨询电话 0571-88662231",
    "很多人说焊工证能包过，其实谁也不可能保证，但本校通过率高，报名咨询 0571-88662231",
    "听说电工证可以免考，其实一律要考，不过考试不难，本中心有免费的复习资料。",
    "网上说叉车证能直接买，实际上必须考，但是我们可以帮你预约考试时间，报名电话 0571-88662231",
    "答记者问：有市民反映有中介称“不可能不过”，应急管理局表示特种作业证一律须本人考试，此类说法均为诈骗。",
    # a Q&A whose honest answer carries the school's number: no promise, no call read from it
    "问：叉车证包过吗\n答：不包过，考试靠自己，我们只负责培训，微信 px_6634",
    "问：焊工证能包过吗？\n答：不可能包过，考不过只能补考，咨询微信 hg_2231",
    # a regulator's Q&A on the double negation a seller said, and honest answers near its words
    "问：有人说焊工证不可能考不过，是真的吗？\n答：不可能，考试由应急管理局统一组织，没有谁能保证通过。",
    "问：培训机构说“没有不包过的”，可信吗？\n答：不可信，特种作业操作证考试须本人参加，任何机构不得承诺包过。",
    "问：焊工证包过吗？\n答：不存在包过，考不过可以补考一次，咨询微信 px_2231",
    "问：电工证能包过吗？\n答：包过是骗人的，认真学不可能考不过，报名微信 px_7788",
    "学员：登高证包过吗？\n老师：没有考不过这回事？那是骗人的，考试靠自己。",
    "网友：焊工证包过吗？\n楼主：不可能包过的，我考了两次才过，微信群里都是骗子。",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_double_negation_neighbours_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), text


# lawful lines round 73's joins made fire: a victim quoting the shop's 私聊我 or offering the chat
# record, a school's correction whose 私聊 hands out study notes, an honest answer naming 没有不包过的
# 说法 with its own number
_JOIN_REGRESSIONS = [
    "我：焊工证包过吗？\n对方：包过，不会挂的\n交了钱就被拉黑了，大家别上当。对方最后一句还说“私聊我”。",
    "我：焊工证能免考吗？\n对方：能，交钱就行\n后来联系不上了。大家有问题私聊我，我把聊天记录发给你们看。",
    "我：电工证包过吗？\n对方：包过，不用考\n钱转过去人就不见了，大家别信。要看截图的私我。",
    "据说登高证能包过，其实没人能保证，不过我们的老师会认真辅导，私聊可以领取复习资料。",
    "问：焊工证包过吗？\n答：没有不包过的说法，正规考试都要靠自己，咨询微信 px_2231",
    "问：叉车证包过吗？\n答：没有考不过这回事是假的，考试都要靠自己，报名微信 px_6634",
    "买家：焊工证包过吗？\n客服：没有不包过的说法，考试靠自己，我们只负责培训。",
]


@pytest.mark.parametrize("text", _JOIN_REGRESSIONS)
@pytest.mark.parametrize("packs", _PACKS)
def test_join_regressions_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), text


# the sellers the fixes above must keep: the writer's own call closing a victim story, a correction
# turned to the sale by 私聊, a double negation that promises
_KEPT_SELLERS = [
    (
        "买家：焊工证能免考吗？\n客服：可以，交钱就行\n后来联系不上了。想正规办的私聊我，包过",
        [None, ALL],
    ),
    ("有人说电工证能包过，其实谁也不能保证，不过我们有内部题库，稳过", [DEFAULT, ALL]),
    ("问：焊工证包过吗？\n答：没有不包过的，私我", [None, DEFAULT, ALL]),
    ("问：焊工证包过吗？\n答：不包过是不存在的，我们百分百过，私聊", [None, DEFAULT, ALL]),
    ("问：电工证包过吗？\n答：不会考不过，内部答案提前发，扣扣 88662231", [None, DEFAULT, ALL]),
    ("问：焊工证包过吗？\n答：不可能不过的！考场有人，v：hg_2231", [None, DEFAULT, ALL]),
    ("问：焊工证包过吗\n答：不包过是不存在的，微信 hg2231", [None, DEFAULT, ALL]),
    ("问：叉车证包过吗？\n答：肯定不会挂，交钱就稳，QQ 88662231", [None, DEFAULT, ALL]),
    ("咨询：焊工证包过吗？\n回复：不可能考不过，百分百拿证，V信 hg2231", [None, DEFAULT, ALL]),
    ("问：电工证包过吗？\n答：不可能过不了，考场有人，徽信 hg2231", [None, DEFAULT, ALL]),
    (
        "问：叉车证包过吗\n答：不可能考不过，签协议，不过全退，联系电话 138 1234 5678",
        [None, DEFAULT, ALL],
    ),
]


@pytest.mark.parametrize(("text", "packs_list"), _KEPT_SELLERS)
def test_sellers_kept(det, text: str, packs_list) -> None:  # type: ignore[no-untyped-def]
    for packs in packs_list:
        cats = categories(det, text, packs)
        assert cats & {"guarantee_promise", "certificate_sale", "exam_fraud"}, (text, packs)
