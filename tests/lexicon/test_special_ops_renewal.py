"""Special-operations offers the rules used to miss (issue 9, fourteenth shift, quality14s): a
renewal sold without the re-examination (免复审, 不用回去复审, 替你走复审, 到期直接续本, 直接换新本),
the catalogue's operation names without 证 (司钻作业, 煤气作业, 支柱作业) and the booklet by its
short name (登高本, 制冷小本), a seller's answer labelled 答：/回复：, money-in-card-out (钱到证到)
and the exam waved away (考试那些都不用管). The lawful side stays silent: a renewal office's notice,
a column's labelled answer, a guide heading that asks how to query the official platform, a
worker's family telling of a card just earned. Every example is in the project's own words,
written for these tests (not taken from any held-out set).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "制冷证快到期的老板看过来，免复审，直接换新本，微信 zl_8080",
        "叉车证过期了也能续，人不用来，联系 13911112222",
        "高压证复审我们替你走复审，本子快递到家，加v详谈",
        "你那个焊工证不用回去复审，我这边帮你弄好，五百块",
        "冶金煤气作业 司钻作业 代办 不参加培训 联系 13800001111",
        "支柱作业 尾矿作业 证件都能办 不用到场 扣 5566778",
        "出个制冷小本，可查，要的私",
        "问：在外地能不考拿登高证吗？回复：可以的，私我",
        "焊工证钱到证到 培训什么的你都不用管 微 hg 9 9 0 0",
        "叉车证到期不慌 直接续本 微信 cc_7788",
    ],
)
def test_a_renewal_or_trade_offer_fires(det, text: str) -> None:
    assert det.scan_page(text=text).findings, text


@pytest.mark.parametrize(
    "text",
    [
        "特种作业操作证复审须本人参加安全培训，逾期未复审的证书失效。",
        "焊工证过期了也能换证，但要重新参加培训和考试",
        "问：制冷证到期后可以延期复审吗？答：可以，连续从事本工种十年以上的，经发证机关同意可延期。",
        "问：焊工证能托人代办吗？答：不能，必须本人参加培训和考试。",
        "焊工证怎么查询：打开应急管理部的查询平台，输入证号即可",
        "我媳妇刚考到低压电工证，下个月去物业上班",
        "电工证我真不想考了，考了两次都没过",
        "昨天陌生人加我微信说能代办登高证，不用去考，我没搭理",
    ],
)
def test_the_lawful_side_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text).findings == [], text
