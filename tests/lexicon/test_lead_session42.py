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


NEWS_PAGE = (
    "本报讯（记者 王明）近日，市应急管理局联合公安部门开展特种作业操作证专项整治行动，查处一批违法办证广告。\n"
    "据介绍，特种作业人员必须经培训考试合格取得操作证，网上所谓“免考拿证”均属违法。\n"
    "市应急管理局提醒广大群众，证书可在应急管理部政府网站查询真伪。\n"
    "责任编辑：李华\n"
)


def test_a_sellers_comment_under_a_news_page_is_not_the_pages_report(det):
    """The page's kind (本报讯: news) spoke for everything on it: a seller's comment under the
    article and a 相关推荐 ad block with their own contacts were silenced as page:news."""
    page = NEWS_PAGE + (
        "网友评论\n用户8821：电工证 焊工证 不用考 三天出证 官网可查 加微 dg5566\n用户1203：支持严厉打击！\n"
        "相关推荐\n低压电工证免考办理 全国可查 联系电话 13912345678\n"
    )
    found = det.scan_page(text=page, packs=ALL).findings
    assert {f.category for f in found} == {"certificate_sale"}
    assert all(f.start > len(NEWS_PAGE) for f in found)  # the comments, not the article
    assert det.scan_page(text=NEWS_PAGE, packs=ALL).findings == []


@pytest.mark.parametrize(
    "page",
    [
        # the article quotes the ad it found, on its own line after its lead-in
        "本报讯（记者 王明）记者在某二手平台搜索发现，大量帖子公开兜售特种作业操作证。其中一则帖子写道：\n"
        "电工证 焊工证 不用考 三天出证 官网可查 加微 dg5566\n"
        "记者以求购者身份联系对方，对方称只需提供身份证照片即可。\n",
        # a bulletin lists the ads it found whole, numbered, contacts and all
        "关于查处一批违法办证广告的通报\n近期，我局在网络巡查中发现以下违法广告：\n"
        "1. 低压电工证免考办理 全国可查 联系电话 13912345678\n2. 焊工证包过 不过退费 微信 hg8899\n"
        "上述广告已移交平台删除，相关线索已移送公安机关。\n",
        "警方通报：近日，我市破获一起伪造特种作业操作证案件。犯罪嫌疑人在网上发布广告：\n"
        "“电工证 不用考 加V：dz1234”\n目前，犯罪嫌疑人已被刑事拘留。\n",
    ],
)
def test_a_report_or_a_bulletin_that_quotes_the_ad_stays_quiet(det, page):
    assert rule_ids(det, page, ALL) == set()


def test_a_pitch_planted_on_a_government_host_is_flagged(det):
    """Hacked gov.cn sections carry certificate ads; the host silenced every rule. A pitch with
    its own contact and no report cue now fires there; the office's own words still do not."""
    pitch = "电工证 焊工证 不用考 三天出证 官网可查 加微 dg5566"
    url = "http://www.example-county.gov.cn/zwgk/2026/1203.html"
    assert "certificate_sale" in categories(det, pitch, ALL) and rule_ids(det, pitch, ALL)
    planted = det.scan_page(text=pitch, url=url, packs=ALL)
    assert {f.category for f in planted.findings} == {"certificate_sale"}
    own = "低压电工证包过 代办 不用考试"  # no contact: a line of the office's own warning list
    assert det.scan_page(text=own, url=url, packs=ALL).findings == []
    notice = (
        "关于特种作业操作证到期换证的通知：证书信息变更或到期换证的，可在网上申请，无需本人到场，"
        "无需重新考试。咨询：张老师 13812345678"
    )
    assert det.scan_page(text=notice, url=url, packs=ALL).findings == []
