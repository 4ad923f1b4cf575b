"""Coverage checks of session 42 (helper hacked), in the helper's own words.

Certificate ads planted on pages that are not the seller's (a county site's forgotten column, a
留言板 reply, a comment under a regulator's article) against the office's own pages that quote
them: a bulletin's numbered list under a warning heading whose last item ends its sentence
(3. …补办，学信网可查。) is still an item the heading speaks for, and an office's list of what
to hand in (需提交身份证复印件) excuses the ID card it names.
"""

from __future__ import annotations

from tests.lexicon.scanning import ALL, rule_ids

GOV = "https://www.example-county.gov.cn/zwgk/tzgg/202612/t20261203_1.html"


def test_a_numbered_list_whose_last_item_ends_a_sentence_is_still_the_headings(det):
    text = (
        "经核查，下列信息均为虚假广告：\n1. 叉车证不用考，两天出证，微信 cc77001；\n"
        "2. 二建包过，不过退款，电话 13900001111；\n3. 学位证补办，学信网可查。\n"
        "请群众提高警惕。"
    )
    assert (
        det.scan_page(text=text, url=GOV, title="关于公布虚假办证广告的通告", packs=ALL).findings
        == []
    )


def test_a_seller_numbering_its_own_pitch_is_still_an_offer(det):
    text = "本店业务：\n1. 学位证补办，学信网可查。\n2. 电工证不用考，微信 cc77001"
    assert rule_ids(det, text)


def test_an_offices_lost_card_notice_with_a_mobile_is_quiet(det):
    text = (
        "证照遗失可申请补发，需提交身份证复印件和遗失声明。办理时限：3个工作日。"
        "咨询电话 13700002222"
    )
    page = det.scan_page(text=text, url=GOV, title="特种设备作业人员证补发须知", packs=ALL)
    assert page.findings == []


def test_handing_in_an_id_does_not_excuse_a_paper_sold_beside_it(det):
    assert "CS-201" in rule_ids(det, "需提交身份证复印件 焊工证代办 不用考 微信 hh5566")


def test_a_pitch_planted_in_a_county_sites_column_is_an_offer(det):
    text = "首页 > 政务公开\n高处作业证 焊工证 不用考试 七天出证 全国可查 加微信 gz33120"
    assert det.scan_page(text=text, url=GOV, title="政务公开", packs=ALL).findings


def test_a_message_board_reply_selling_papers_is_an_offer(det):
    text = "留言标题：办证\n留言内容：需要叉车证电工证的找我，不用考，官网可查，电话 13611112222\n回复状态：未回复"
    page = det.scan_page(
        text=text, url="https://www.example.gov.cn/hdjl/lyb/detail?id=9", packs=ALL
    )
    assert page.findings
