"""The certificates pack on the plainest fake-diploma and document-forgery ads, as a grid.

Document names in their common written forms × a seller's guarantee × a contact, each cell
written for these tests in the project's own words. Before this grid, whole rows were missed:
``学历证书``, ``学历证明`` and ``身份证件`` are one word to the segmenter but were in no term list
(so neither 学历 nor 证书 stood on a word boundary), 包学信网查验 was no guarantee, the exception
查验 silenced a seller's 包查验, and the learned scorer called a diploma seller's 包 a training
guarantee (ML-GP). The lawful side of the same words (verification guides, HR, schools) stays
silent with every pack.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL

SOLD = {"certificate_sale", "fake_certificate"}

DOCS = [
    "学历证书",
    "学位证书",
    "毕业证书",
    "毕业证件",
    "学历证件",
    "学位证件",
    "学历证明",
    "资格证书",
    "职称证书",
    "健康证明",
    "毕业证",
    "学位证",
    "健康证",
    "身份证件",
    "教师资格证书",
    "职业资格证书",
    "健康证本",
    "驾驶证本",
    "教师证",
    "等级证书",
    "资格证明",
    "出生证",
    "无犯罪证明",
]
CLAIMS = [
    "保真",
    "包查验",
    "包过审",
    "可查",
    "网上可查",
    "终身可查",
    "包验证",
    "一比一",
    "原版",
    "包学信网查验",
    "可查验",
    "保真包查验",
]
CONTACTS = ["联系我", "加V xz_2468", "私聊", "电话 139 1234 5678"]

#: The lawful side: where to verify a document, what an employer or a school asks for.
LAWFUL = [
    "可登录学信网查验{doc}信息",
    "到学信网查验{doc}，输入证书编号即可",
    "{doc}可在发证机关官网查验真伪",
    "入职时须提供{doc}原件，单位将核验",
    "{doc}遗失后可向原学校申请补办",
    "如何查验{doc}的真伪？",
]


@pytest.mark.parametrize("doc", DOCS)
def test_document_forms_with_a_guarantee_and_a_contact_are_sold(det, doc: str) -> None:
    missed = []
    for claim in CLAIMS:
        for contact in CONTACTS:
            for sep in ("，", " "):
                text = sep.join((doc, claim, contact))
                res = det.scan_page(text=text, packs=["certificates"])
                if not {f.category for f in res.findings} & SOLD:
                    missed.append(text)
    assert missed == [], f"{len(missed)} missed: {missed[:8]}"


@pytest.mark.parametrize("doc", DOCS)
def test_a_document_sellers_guarantee_is_never_a_training_promise(det, doc: str) -> None:
    """With every pack on, a document seller's 包查验, 保真 or 包过审 is never a training
    guarantee or exam fraud: the learned scorer's category is ruled by the document seller's
    words in sight (``not_with`` on ML-GP/ML-EF), and 包过 inside 包过审 (a forged paper that
    passes a review) is no promise to pass an exam (GP-001, GP-002, GP-101)."""
    wrong = []
    for claim in CLAIMS:
        for contact in CONTACTS:
            text = "，".join((doc, claim, contact))
            res = det.scan_page(text=text, packs=ALL)
            if {f.category for f in res.findings} - SOLD:
                wrong.append((text, [f.rule_id for f in res.findings]))
    assert wrong == [], wrong


@pytest.mark.parametrize(
    "text",
    [
        "学历证书，保真，包学信网查验，联系我",
        "四六级 保真 包查验 联系我",
        "学历，保真，包学信网核验，找我",
    ],
)
def test_the_training_pack_alone_raises_no_guarantee_on_a_diploma_seller(det, text: str) -> None:
    """Seen through the training-ads pack only, a diploma seller is not that pack's business:
    before, the scorer surfaced these as ML-GP (a school's promise to pass)."""
    res = det.scan_page(text=text, packs=["training-ads"])
    assert [f.rule_id for f in res.findings if f.category == "guarantee_promise"] == []


@pytest.mark.parametrize("doc", DOCS)
def test_verification_guides_and_employers_stay_silent(det, doc: str) -> None:
    loud = []
    for frame in LAWFUL:
        text = frame.format(doc=doc)
        res = det.scan_page(text=text, packs=ALL)
        if res.findings:
            loud.append((text, [f.rule_id for f in res.findings]))
    assert loud == [], loud


@pytest.mark.parametrize(
    "text",
    [
        "毕业证 包查验 私我",
        "学位证书 包学信网查验 加V xw_8899",
        "毕业证书 保验证 电话 139 1234 5678",
    ],
)
def test_a_sellers_guarantee_is_no_verification_exception(det, text: str) -> None:
    """查验 and 验证 are exceptions where a guide or an employer checks a diploma; after 包 or
    保 they are the seller's promise that the check will pass, and silence nothing (FC-205)."""
    res = det.scan_page(text=text, packs=["certificates"])
    assert "FC-205" in {f.rule_id for f in res.findings}, res.suppressed


@pytest.mark.parametrize(
    "text", ["公证处可办理学历证书公证，需携带原件", "学位证书翻译件 涉外公证 电话 0571-8888 6666"]
)
def test_a_notarys_errand_on_a_real_diploma_is_lawful(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == [], res.findings


@pytest.mark.parametrize(
    "text",
    [
        "毕业证 保真包查验",
        "学位证书 保真 包学信网查验",
        "健康证明 包验证 保真",
        "学历证书，保真，包查验",
    ],
)
def test_a_listing_title_with_two_guarantees_offers_without_a_contact(det, text: str) -> None:
    """A shop's listing title has no contact; two of a document seller's guarantees (保真,
    包查验) are the seller's own words of the paper (weak offer cues: one alone is not enough)."""
    res = det.scan_page(text=text, packs=["certificates"])
    assert {f.category for f in res.findings} & SOLD, res.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "记者在网上看到有人发帖称“学位证书保真包查验”",
        "不少网店打出“毕业证 保真 包查验”的招牌",
        "他说对方承诺毕业证保真包查验，结果根本查不到",
        "所谓“保真包查验”的毕业证，全是假的",
        "警方查获的假毕业证，卖家都声称保真包查验",
    ],
)
def test_the_guarantees_reported_stay_silent(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == [], res.findings


@pytest.mark.parametrize(
    "text",
    [
        "育婴师培训班招生，考试合格颁发证书，人社网站可查，报名加微 yy_edu88",
        "消防设施操作员培训 鉴定合格颁发国家职业资格证书 官网可查 报名电话 138 0000 2222",
        "毕业证书封皮 学位证书外壳 一比一尺寸 烫金工艺 支持定做 加微 fp_2233",
        "荣誉证书 证书夹 证书内芯 定制印刷 一比一还原设计稿 电话 0571-8555 1234",
        "学历证书认证办理指南：登录学信网提交申请",
    ],
)
def test_lawful_courses_covers_and_guides_stay_silent(det, text: str) -> None:
    """A course whose certificate comes after an exam (考试合格颁发…，官网可查), a certificate's
    cover sold as stationery (外壳 一比一尺寸) and a guide (办理指南) use the seller's words
    lawfully (FC-001, FC-201, FC-209, CS-201 exceptions)."""
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == [], res.findings


#: More of a seller's guarantees, each beside a few document forms and every contact form.
MORE_CLAIMS = [
    "支持验证",
    "支持查验",
    "随便查",
    "保证真实",
    "包档案",
    "验证无忧",
    "查验无忧",
    "1:1",
]


@pytest.mark.parametrize("claim", MORE_CLAIMS)
def test_more_guarantees_sell_a_document(det, claim: str) -> None:
    missed = []
    for doc in ("学历证书", "毕业证", "资格证书", "职称证书", "健康证明", "身份证件"):
        for contact in CONTACTS:
            text = "，".join((doc, claim, contact))
            res = det.scan_page(text=text, packs=["certificates"])
            if not {f.category for f in res.findings} & SOLD:
                missed.append(text)
    assert missed == [], missed


@pytest.mark.parametrize(
    "text",
    [
        "电子学历证书支持验证，登录学信网即可，咨询电话 010-8219 9588",
        "本协会颁发的资格证书支持查验，查询网址见证书背面，电话 0571-8777 1234",
        "报名材料须保证真实，学历证书原件现场核验，联系电话 0571-8666 2222",
        "我的教师资格证书已经备案，随时可以在网上查，放心吧",
    ],
)
def test_an_issuers_or_holders_verification_words_stay_silent(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == [], res.findings


@pytest.mark.parametrize(
    "text",
    ["毕业正 保真 私我", "毕业zheng书 学信网可查 加V by_1234", "毕业正书 可查 电话 139 1234 5678"],
)
def test_a_diploma_name_in_pinyin_or_a_homophone_still_sells(det, text: str) -> None:
    """Evaders write 证 as zheng or 正; the diploma names of FC-205 get pinyin and homophone
    variants (word-boundary strict, so 毕业正式, 学位正在 stay words of their own)."""
    res = det.scan_page(text=text, packs=["certificates"])
    assert "FC-205" in {f.rule_id for f in res.findings}, res.suppressed


@pytest.mark.parametrize(
    "text",
    ["毕业正式入职了，有事联系我", "学位正在审核，有问题私聊", "毕业正好一年，想换工作，联系我"],
)
def test_everyday_words_that_sound_like_a_diploma_stay_silent(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == [], res.findings
