"""The forger's tools sold beside a paper's name (session 44, helper templates, holdout119).

Sellers of forged papers also sell the means: a paper's template and source file ("PSD 分层
可编辑"), a generator app ("输入姓名一键生成"), the paper's image edited ("P图 改名字 改日期
换照片 无痕"), a QR code or link that "scans as valid", clone query sites built to order, and
loose materials (钢印机, 防伪贴, 空白证书, 空白 IC 卡). FC-240 (special-ops) and FC-241
(certificates) read these tool words beside a paper's name; FP-003 reads the clone site built to
order. The same words are everyday text for award and course-certificate designers, photo
tutorials, the issuers' own electronic licences, security printers working on an issuer's order,
news, courts and police warnings.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "教师资格证 会计证 模板 源文件可编辑 改好就能打印 加V mb_0808",
        "离婚证生成器 填两个人的名字一键生成 十九块九 私聊",
        "学位证 P图改名字 改日期 无痕 一小时交图 微信同号",
        "各类证件 二维码定制 扫码显示有效 批量优惠 加v ewm2026",
        "身份证 户口本 PSD分层素材包 每周更新 扣扣群 5566 7788",
    ],
)
def test_tools_for_other_papers_fire_fc241(det, text: str) -> None:
    ids = rule_ids(det, text, CERTS)
    assert "FC-241" in ids
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "高压电工证 模板 PSD分层 照片证号都能换 下单自动发 私聊",
        "焊工证生成小程序 填名字选工种 马上出图 月卡二十八",
        "登高证 P图改有效期 无痕 发原图给我",
        "叉车证 空白卡 带芯片 可写入 做证用 量大从优",
    ],
)
def test_tools_for_special_operations_cards_fire_fc240_in_the_default_pack(det, text: str) -> None:
    assert "FC-240" in rule_ids(det, text, DEFAULT)


def test_the_tool_wins_over_the_sale_on_one_clause(det) -> None:
    # the forger's generator named beside 毕业证: the forgery, not a sale of a real paper
    text = "证件生成器 输入姓名一键生成 毕业证 资格证 都能出 激活码私聊"
    found = categories(det, text, CERTS)
    assert "fake_certificate" in found
    assert "certificate_sale" not in found


def test_an_electronic_card_sold_without_the_exam_keeps_both_categories(det) -> None:
    # 不用考试 makes it a sale as well; the link that "shows valid" is the forger's tool
    text = "高压电工操作证 电子版 有查询链接 点开就显示有效 不用考试 私聊"
    found = categories(det, text, DEFAULT)
    assert {"certificate_sale", "fake_certificate"} <= found
    assert "FC-240" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "资格证查询平台定制开发 后台数据随便加 价格私聊",
        "帮你搭个证书查询中心 客户一扫就出信息 一条龙",
    ],
)
def test_clone_query_sites_built_to_order_fire_fp003(det, text: str) -> None:
    assert "FP-003" in rule_ids(det, text, ALL)
    assert "fake_portal" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # designers and printers for the issuer itself
        "荣誉证书 奖状 模板 PSD源文件 可编辑 年终表彰 优秀员工 下载后自己改字",
        "结业证书设计 为培训学校定制自家课程的结业证 编号规则按你们定 电话 0571 8765 4321",
        "获奖证书 烫金 压纹 钢印由学校自行加盖 凭学校盖章的委托单印制",
        "本厂只凭发证单位的委托书印制证书和防伪标签，不接个人订单",
        "单位钢印 按营业执照刻制 须公安备案 仅为单位本身制作",
        "为行业协会搭建自有证书查询系统，只录入本单位颁发的证书，须提交授权书",
        # tutorials and questions
        "PS教程：如何用图层样式做出证书上的烫金字，素材文末下载",
        "如何用Word邮件合并批量生成结业证书？名单放进表格一键生成",
        "我的焊工证照片太旧了，能换照片吗？需要到发证机关申请换证，不能自己改",
        # the issuers' own electronic licences
        "应急管理部推行特种作业操作证电子证照，持证人可在官方小程序出示，扫码即可核验真伪",
        "国家政务服务平台上线电子证照，身份证、驾驶证、营业执照电子证照与实体证件同等效力",
        # news, courts, police
        "警方捣毁一个证件生成器团伙，软件输入姓名即可生成学历证书图片",
        "法院审理查明，被告人在网上出售证书模板，帮他人篡改证书姓名和日期",
        "警惕！网上自称能一键生成证书、扫码显示有效的都是假证",
        "扫码后跳到的不是发证机关官网，说明这本操作证可能是伪造的",
        "某地查获假证窝点，现场收缴钢印机两台、空白证书打印纸三千张",
    ],
)
def test_lawful_and_reported_tool_text_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_the_certificates_tool_rule_is_not_in_the_default_pack(det) -> None:
    ids = rule_ids(det, "结婚证生成器 输入两个人名字一键生成 九块九 私聊", DEFAULT)
    assert "FC-241" not in ids
