"""Coverage checks of session 42 (lead), in the project's own words.

A seller dresses its pitch as an office's notice: a notice's title (关于…免考换发的通知：…由我中心
代为办理，联系电话 139…), a bare 通知 opening the line, or a superior's notice cited as its
authority (接上级通知，登高证今年可以直接办…私我). The word 通知 silenced all three as a warning.
A regulator's notice is titled the same way and gives a mobile number as readily, so the title
stops warning only where the post under it sells the paper (agency, payment, checkability,
scarcity) and carries a private contact or a seller's call.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "关于2026年度特种作业操作证免考换发的通知：各有关单位，凡需办理低压电工证、焊工证者，"
        "无需参加考试，统一由我中心代为办理，联系电话 139 1234 5678",
        '通知 根据上级文件精神，本年度焊工证实行"绿色通道"，交费即可发证，官网可查，详询 v：hgz2026',
        "关于做好叉车证直接发证工作的通知\n各位学员：本期叉车证不用培训不用考试，交费即可出证，"
        "网上可查。联系人王老师，微信 cc6688",
        "各位师傅：接上级通知，登高证今年可以直接办，不用去考，交资料交钱就行，有需要的私我",
        "内部通知：电工证这个月还能免考办，名额有限，要的私聊",
    ],
)
def test_a_sellers_pitch_dressed_as_a_notice_is_an_offer(det, text):
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # an office's notices with a mobile number: renewal, replacement, review, training
        "关于特种作业操作证到期换证的通知：证书信息变更或到期换证的，可在网上申请，无需本人到场，"
        "无需重新考试。咨询：张老师 13812345678",
        "关于2026年特种作业人员复审的通知：连续从事本工种10年以上、无违章记录的，复审时间可延长至"
        "每6年1次，不需要参加复审考试。联系人：李老师 13900001111",
        "通知 持证人员注意，电工证补办无需重新考试，携带身份证到窗口办理，咨询 13700002222",
        "关于开展低压电工培训的通知：报名后统一参加培训和考试，考试合格发证，报名电话 13600003333",
        # a notice that warns of the seller's notice, and one that bans it
        "关于防范办证诈骗的通知：近期有人冒充培训机构称“电工证不用考试，交钱就能拿”，请勿轻信，"
        "举报电话 13500004444",
        "紧急通知！近期有不法分子冒用应急管理部名义发布“电工证免考换发”虚假通知，请提高警惕",
        "关于规范特种作业证办理的通知：严禁任何机构以“免考”“包过”名义招揽学员，举报电话 13912345678",
        "根据上级通知，凡是宣称不用考试就能发证的机构，一律依法查处",
    ],
)
def test_an_offices_notice_with_a_mobile_stays_a_notice(det, text):
    assert rule_ids(det, text, ALL) == set()
