"""Explainers with all packs on: encyclopedia entries and glossaries that define the trade, Q&A
columns whose question runs into its answer, guides to the lawful errand, and notices that send
the reader to the official channel (issue 9, thirteenth shift, quality13s). Every example is in
the project's own words, written for these tests (not taken from any held-out set).

A seller defines nothing and answers its own hook with a pitch or a call: those still fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    "text",
    [
        # a definition (X：指…, X是指…) or an entry heading (百科, 词条, 名词解释, 释义)
        "【知识】假证：指伪造的学位证书、职业资格证书等证件，常见的有“学信网可查”的假学历。",
        "挂靠：指个人将自己的注册证书挂在企业名下，本人并不到岗。",
        "买卖证件是指出售或购买国家机关颁发的证件，包括毕业证和资格证书。",
        "百科：办证，指的是伪造的各类证件，如毕业证书、身份证等。",
        "证书挂靠是指将执业资格证书挂在企业名下。",
        # a column's question that runs into its answer (how / what / why, or a denial)
        "办一本焊工证需要哪些材料？答：本人身份证、学历证明和一寸照片，到考点报名。",
        "刻私章需要什么证件？一般带本人身份证原件即可。",
        "学车能不能包过？不能，考试由车管所组织，驾校无权保证结果。",
        "网上买的电工证有什么风险？持假证上岗出了事故，工伤都认定不了。",
        # a lawful errand's papers, and a notice pointing to the official channel
        "学历公证需提交毕业证原件及复印件、身份证，五个工作日办结。",
        "需要办理特种作业操作证的，请到当地应急管理局指定的培训机构报名。",
    ],
)
def test_an_explainer_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a seller's hook answered by its pitch, with or without a call (no wh-word, no denial)
        "没空考电工证？资料发我就行，人不用来，二十天到手",
        "焊工证掉了？不用回应急局补办，我们这边直接重做一本，一模一样",
        # a seller's FAQ: the answer calls on the reader
        "登高证能不考直接拿吗？能，全国可查，加V dg_5566",
        # a seller defining its own promise still leaves its number
        "包过是指考不过全额退款，电工证报名电话 13900001111",
        # the designee is the seller itself
        "应急管理局指定考点，包过拿证请到我校 电话 13800001111",
    ],
)
def test_a_seller_in_an_explainers_clothes_still_fires(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings, text


def test_the_definition_is_named_as_the_reason(det) -> None:
    res = det.scan_page(text="挂证：指个人把执业资格证书挂靠在企业名下。", packs=ALL)
    assert res.findings == []
    assert any("释义" in s.reason or "名词解释" in s.reason for s in res.suppressed), [
        s.reason for s in res.suppressed
    ]
