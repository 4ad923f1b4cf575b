"""Session 73, review150: a second reading of review144 (人事 / 行政 as institutions that do their own
staff's errand; 交给我们 opening the writer's clause; 我们来办 / 帮你办 / 给你办 / 替你办 as bare errands;
``cleft_instead``, the cleft 能做的是 / 能做的就是 … that excuses CS-201's / FC-203's 能做).
Sentences written for this file.

What the reading checks, in every pack run: sellers who hide behind the department's name (我们人事这边
有关系 / 行政服务公司 / 人事代理 / 我们人事统一代办，不用考，加v) beside the employer's lawful in-house
errand; 交给我们 and 帮你办 / 给你办 / 替你办 in offices' and employers' lawful lines; sellers whose cleft
goes on from 帮 / 把 to the paper handed over (帮你把证拿到手, 帮你搞定, 帮你包过) beside the lawful
clefts that warn (提醒大家别信私聊办证的) or teach (帮你把课讲透).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. sellers behind the department's name -------------------------------------------------------

#: special-operations papers: read where the special-operations pack runs
_DESK_SELLERS_SPECIAL = [
    "电工证不要找外面代办，我们人事这边有关系，不用考，私聊",
    "焊工证不要找黄牛代办，我们行政服务公司一条龙，不用考，私聊",
    "电工证不要找外面代办，我们人事统一代办，不用考，加v",
    "电工证不要找别人代办，我们人事这边办，不用考，私聊",
    "电工证不要找外面代办，我们人事代理一条龙，不用考",
    "叉车证不要找别人代办，我们行政那边有门路，免考，私我",
    # second reading (written after the fix)
    "焊工证不要找外面代办，我们人事这边统一办，不用去考，私聊",
    "电工证不要找外面代办，我们人事那边有人，包过，私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DESK_SELLERS_SPECIAL)
def test_a_special_ops_seller_behind_a_department_name_is_read(
    det, text: str, packs: Packs
) -> None:
    assert_sells(det, text, ANY_RULE, packs)


#: the certificates pack's papers (or the generic 证件): read where the certificates pack runs
_DESK_SELLERS_CERTS = [
    "证件不要找外面代办，我们人事统一代办，不用考，加v",
    "健康证不要找外面代办，我们人事统一代办，不用体检，私聊",
    "健康证不要找中介代办，我们行政这边代办，免体检，加v",
    "电工证不要找外面代办，我们人事统一代办，不用考，加v",
    # second reading (written after the fix)
    "健康证不要找外面代办，我们行政那边代办，不体检也能拿，加微",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _DESK_SELLERS_CERTS)
def test_a_certificate_seller_behind_a_department_name_is_read(
    det, text: str, packs: Packs
) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="the certificates pack takes back only the errand word it denied (代办), and the generic "
    "证件 has no special-ops rule: 不用考 after the writer's clause meets no partner (silent before "
    "review144 too)",
)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_a_generic_paper_seller_with_connections_is_missed(det, packs: Packs) -> None:
    assert_sells(det, "证件不要找外面代办，我们人事这边有关系，不用考，私聊", ANY_RULE, packs)


#: the employer's in-house errand (review144's reading) and the government's 行政服务中心
_DESK_LAWFUL = [
    "证件不要找外面代办，我们人事统一代办",
    "证件不要找外面代办，我们人事统一代办，员工不用自己跑",
    "证件不要找外面代办，我们人事统一代办，员工不用考虑别的",
    "电工证复审不要找外面代办，我们人事统一代办，本人参加复审考试",
    "健康证不要找中介代办，我们行政统一安排，员工本人去医院体检",
    "特种作业证复审不要找外面代办，我们人事部统一报名，有问题找人事小李",
    "居住证不要找中介代办，我们行政服务中心一站式办理",
    "证件不要找外面代办，我们人事统一代办，有疑问请微信联系人事专员",
    "上岗证复训不要找外面代办，我们行政统一代办，培训考试本人参加",
    "特种作业证复审不要找外面代办，我们人事统一代办，符合条件的不用重新考试",
    "电工证复审不要找外面代办，我们人事统一代办，本人要参加考试，不能不考",
    "证件不要找外面代办，交给我们人事统一办",
    # second reading (written after the fix): 这边 / 那边, 私聊 and the seller's words denied or reported
    "证件不要找外面代办，我们人事这边统一代办",
    "电工证复审不要找外面代办，我们人事这边统一报名，本人参加复审",
    "健康证不要找中介代办，我们行政那边统一预约，员工自己去体检",
    "证件不要找外面代办，我们人事统一代办，有事私聊人事小王",
    "电工证复审不要找外面代办，我们人事统一报名，考试不包过，要自己复习",
    "证件不要找外面代办，我们人事统一代办，谁说不用考都是骗人的",
    "证件不要找外面代办，我们人事统一代办，外面说不用考的都是骗子",
    "健康证不要找外面代办，我们行政统一安排体检，别信免体检的",
    "证件不要找外面代办，我们人事统一代办，网上说包过的都是骗子",
    "电工证复审不要找外面代办，我们人事统一代办，外面那些加v免考的别信",
    "健康证不要找外面代办，我们行政统一代办，不体检是办不下来的",
    "电工证复审不要找外面代办，我们人事统一代办，有关系也得考",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_an_employers_in_house_errand_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- 2. 交给我们 / 帮你办 / 给你办 / 替你办 in lawful lines ----------------------------------------------

_HANDED_OVER_LAWFUL = [
    "交给我们的材料当天审核",
    "报名材料交给我们窗口，当天审核",
    "复审的事交给我们安全科统一安排",
    "电工证复审不要找外面代办，交给我们安全科统一办理",
    "健康证不要找中介代办，交给我们统一预约体检，本人到医院",
    "遇到办假证的不要私下交易，交给我们派出所处理",
    "焊工证复审不要找别人代办，交给我们车间统一报名",
    "窗口工作人员帮你办，带好身份证",
    "政务中心帮你办理，不用跑腿",
    "社区替你办，老人不用跑",
    "单位给你办入职手续，本人带体检报告",
    "居住证不要找中介代办，社区替你办，带好材料",
    "电工证复审不要找别人代办，单位给你办，本人参加考试",
    "驾驶证不要找黄牛代办，车管所帮你办，本人到场",
    "电工证复审不要找中介，我们给你办复审报名，本人按时参加",
    "电工证复审不要找别人代办，我们替你办报名，考试本人去",
    "健康证不要找中介代办，我们来办预约，本人去医院体检",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HANDED_OVER_LAWFUL)
def test_an_office_or_employer_doing_the_errand_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_HANDED_OVER_SELLERS = [
    ("电工证不要找黄牛代办，交给我们，不用考，三天出证", WITH_SPECIAL),
    ("电工证不要找别人代办，交给我们安全科，不用考，私聊", WITH_SPECIAL),
    ("电工证不要找别人代办，我们帮你办，不用考，私聊", WITH_SPECIAL),
    ("健康证不要找别人代办，我们替你办，不用体检，私聊", WITH_CERTS),
    ("健康证不要找别人代办，我们给你办，不用去医院，三天出证", WITH_CERTS),
]


@pytest.mark.parametrize(
    ("text", "packs"),
    [(t, p) for t, runs in _HANDED_OVER_SELLERS for p in runs],
)
def test_a_seller_handing_it_over_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- 3. the cleft that goes on to the paper handed over ---------------------------------------------

#: each was read by CS-201 / FC-203 in the certificates pack before review144's cleft_instead
_CLEFT_SELLERS = [
    "健康证我们能做的就是帮你把证拿到手",
    "健康证不用愁，能做的是帮你搞定体检",
    "电工证我们能做的就是帮你拿证",
    "焊工证考不过？我们能做的就是帮你把证拿到手",
    "学历证我们能做的就是帮你搞定，放心",
    "证书我们能做的就是帮你办下来，不用到场",
    "电工证考试我们能做的就是帮你包过",
    "健康证我们能做的就是帮你办到手，不用体检",
    "电工证我们能做的就是帮你办下来，不用考",
    "毕业证我们能做的只是帮你弄一本",
    # second reading (written after the fix)
    "健康证我们能做的就是帮你搞定证，不用体检",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CLEFT_SELLERS)
def test_a_cleft_handing_over_the_paper_sells_in_the_certificates_pack(
    det, text: str, packs: Packs
) -> None:
    assert_sells(det, text, ANY_RULE, packs)


_CLEFT_LAWFUL = [
    "学校能做的就是提醒大家别信私聊办证的",
    "警方能做的是提醒：加微信办证的都是骗子",
    "电工证考不过，我们能做的就是提醒大家别信私聊办证的",
    "叉车证能不能代考？警方能做的是提醒：加微信办证的都是骗子",
    "健康证能不能代办？社区能做的就是告诉你：不要信包过、免体检的广告",
    "毕业证丢了，学校能做的是提醒大家：网上说能弄一本的都是假证",
    "叉车证能不能包过？学校能做的只是提醒：包过的都是骗人的",
    "叉车证我们不包过，能做的就是把课讲透，考试要本人去",
    "电工证考试我们能做的就是帮你把课讲透，证要你自己考",
    "焊工证不包过，我们能做的就是帮你把实操练熟",
    "电工证不能代考，学校能做的就是帮你办好报名手续，考试本人参加",
    "电工证考不过别找人搞定，我们能做的就是帮你把错题再讲一遍",
    "电工证考不过，我们能做的就是帮你把理论再过一遍，拿证还得靠自己",
    "焊工证不包过，我们能做的就是帮你多练，拿到手的证是自己考的",
    "电工证报名不用找中介，学校能做的就是帮你把报名手续办下来，考试本人参加",
    "焊工证不包过，学校能做的就是帮你出一本错题集，考试靠自己",
    "焊工证不包过，我们能做的就是帮你做一本复习笔记，考试靠自己",
    # second reading (written after the fix): 搞定 on the school's own work, an office's 把证办下来
    "叉车证考试我们能做的就是帮你搞定理论题库",
    "学校能做的就是帮你搞定报名，考试还得自己考",
    "居住证的事社区能做的就是帮你把证办下来",
    "居住证不要找中介，窗口能做的就是帮你把证办好",
    "驾驶证换证不要找黄牛，车管所能做的就是帮你把证办下来，本人体检",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CLEFT_LAWFUL)
def test_a_lawful_cleft_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(
    strict=True,
    reason="搞定 breaks the cleft only before a comma or a full stop, with the paper or the exam "
    "(帮你搞定理论题库 is a school's); the bare 帮你搞定 at the text's end is left to the model",
)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_a_cleft_ending_on_a_bare_gaoding_is_missed(det, packs: Packs) -> None:
    assert_sells(det, "学历证我们能做的就是帮你搞定", ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="silence's warning word 提醒 drops the candidate before the cleft is read (silent before "
    "review144 too)",
)
def test_a_cleft_that_reminds_the_buyer_to_pay_is_missed(det) -> None:
    assert_sells(det, "电工证能做的就是提醒你：交钱就行", ANY_RULE, CERTS)


# (issue 9, session 73, review158) was a strict xfail: 帮你拿证 / 把证拿 / 证拿到手 before 前 / 之前 /
# 以前 no longer break the cleft (silence._BEFORE_THE_PAPER)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_a_school_cleft_on_the_way_to_the_paper_stays_silent(det, packs: Packs) -> None:
    assert_silent(det, "学校能做的就是帮你拿证前把课讲透", packs)
