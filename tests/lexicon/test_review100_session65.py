"""Session 65, review100: a second reading of wide2 (round 78: contact icons kept as markers in
``normalize`` and read as keys in ``contacts``) and wide1 (round 77: other papers). Sentences
written for this file (not from any held-out set, the corpus nor the rules' fixtures).

- (a) An icon glued between the characters of one number or id (138📞0571📞2233, v：hz📞5521,
  扣 2866🐧190357) split it once wide2 kept the icon as a marker: the phone and the id were lost and
  the QQ number read short. It is a separator there again.
- (b) The icon before a plain English word, a phone model, an office line's label or a mail name
  (📱 iPhone, 📞 Hotline, 📱 Mate60, 📞 Tel 0571-…, ✉ admissions.office@…) was read as a WeChat id:
  the case file got bogus ids and a lawful post a seller's contact. Only an id shaped as sellers
  choose theirs (with _ or -, or short letters before three digits) follows the icon.
- (c) The icon before the seller's own V key (🟢V zz8866, 💬v hz_8812) was read as the id "vzz8866";
  🆔 and 🟩 are contact icons too.
- (d) The papers wide1 / wide2 left: a medical report promised "各项都合格 盖章齐全" with a contact
  (FC-209), and the hospital's papers a seller "各大医院都能开 盖医院公章" past FC-208's 医院 excuse;
  their lawful neighbours stay silent.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import contact_spans, extract_contacts
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]


def _found(text: str) -> set[tuple[str, str]]:
    return {(c.kind, c.value) for c in extract_contacts(text)}


# --- (a) the icon inside one number or id ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("叉车证 不用考 电话 139📞0572📞6618", "phone", "13905726618"),
        ("登高证 直接拿 159📱3321📱0876", "phone", "15933210876"),
        ("焊工证免考 v：gc📞6631", "wechat", "gc6631"),
        ("电工证包拿 加v kz💬7742", "wechat", "kz7742"),
        ("司索证 免培训 扣 3058🐧217746", "qq", "3058217746"),
    ],
)
def test_icon_inside_a_number_is_a_separator(text: str, kind: str, value: str) -> None:
    found = _found(text)
    assert (kind, value) in found, (text, found, normalize(text).text)


def test_icon_inside_a_qq_number_reads_no_short_number() -> None:
    assert ("qq", "217746") not in _found("司索证 免培训 扣 3058🐧217746")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "高压电工证 不考试 直接出证 电话 139📞0572📞6618",
            "高压电工证 不考试 直接出证 电话 13905726618",
        ),
        ("熔化焊证 免考直出 官网能查 v：rh📞6631", "熔化焊证 免考直出 官网能查 v：rh6631"),
    ],
)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_seller_with_an_icon_inside_the_number_reads_as_the_plain_number(
    det, text, plain, packs
) -> None:  # type: ignore[no-untyped-def]
    ids = rule_ids_no_model(det, text, packs)
    assert ids and ids == rule_ids_no_model(det, plain, packs), (
        ids,
        rule_ids_no_model(det, plain, packs),
    )


# --- (b) the icon before a word, a model, a label or a mail name ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "📱 iPhone 换屏 换电池 上门维修",
        "📞 Hotline 0571-8800 1234",
        "💬 Welcome 欢迎来到焊工培训中心",
        "🟢 online 在线报名",
        "📲 Download 学习通 app",
        "📱 Mate60 换屏 当天取",
        "📱 iPhone15 到店贴膜",
        "📞 Tel 0571-8866 2211",
        "✉ admissions.office@zjjx.edu.cn",
        "✉ zs_office.2026@zjjx.edu.cn",
    ],
)
def test_icon_before_a_word_reads_no_contact(text: str) -> None:
    assert not _found(text), (text, _found(text))
    assert not contact_spans(normalize(text).text), (text, normalize(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "“电工证包过”的广告不能信 📱 iPhone15 用户可扫码报名 电话 0571-8866 2211",
        "📞 Tel 0571-8866 2211 电工证复审培训 复审不用考试 需本人参加复审培训",
        "有人说电工证不用考就能拿，都是骗人的，本校咨询 📞 Tel 0571-8866 2211",
        "📱 Mate60 换屏 换电池 持证电工上门检修线路 ☎ 0571-8666 5432",
    ],
)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS])
def test_lawful_posts_with_icons_before_words_stay_silent(det, text, packs) -> None:  # type: ignore[no-untyped-def]
    # (training-ads: the first line's quoted 包过 fires GP-101 with or without the icon; left)
    assert not rule_ids_no_model(det, text, packs), rule_ids_no_model(det, text, packs)


# --- (c) the seller's own V key after the icon, other icons -----------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("焊工证 不用考 🟢V zz8866", "zz8866"),
        ("电工证 包拿 💬v hz_8812", "hz_8812"),
        ("登高证 直接出 📱V：dg5520", "dg5520"),
        ("叉车证 不用考 🆔 cc_kaozheng", "cc_kaozheng"),
        ("高处作业证 免考 🟩 gc_2026", "gc_2026"),
    ],
)
def test_key_after_an_icon_reads_the_sellers_id(text: str, value: str) -> None:
    found = _found(text)
    assert ("wechat", value) in found, (text, found)
    assert not any(v.startswith("v") and v != value for k, v in found if k == "wechat"), found


@pytest.mark.parametrize(
    "text",
    ["🆔 身份证号码请如实填写", "🟩 绿色通道 残疾考生可申请", "🆔 学号 20260315"],
)
def test_new_icons_in_lawful_use_read_no_contact(text: str) -> None:
    assert not _found(text), (text, _found(text))


# --- (d) papers: medical reports and the hospital's papers ------------------------------------

_PAPER_SELLERS = [
    "体检报告 入职专用 各项都合格 盖章齐全 📱 tj_8861",
    "入职体检报告 各项指标都合格 盖章齐全 加v tjbg_2233",
    "病历 诊断证明 各大医院都能开 盖医院公章 请假都能用 ✉ bl_kai88",
    "诊断证明 病假条 各大医院都能开 带医院公章 💬 zd_kai66",
]


@pytest.mark.parametrize("text", _PAPER_SELLERS)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_paper_sellers_fire(det, text, packs) -> None:  # type: ignore[no-untyped-def]
    assert "fake_certificate" in categories(det, text, packs), rule_ids_no_model(det, text, packs)


_PAPER_LAWFUL = [
    "我的入职体检报告各项都合格，下周一就去报到了",
    "诊断证明须到就诊医院开具，加盖医院公章后有效，咨询窗口 0571-8866 2211",
    "单位要求提交的体检报告须盖章齐全，请到体检中心窗口领取",
    "病历复印请到医院病案室办理，各大医院都能开具复印件，需本人身份证",
    "记者调查：有人在网上称各大医院的诊断证明都能开，盖医院公章，警方已立案",
    "📢 体检中心通知：入职体检报告三个工作日出，各项结果以医生签字为准 ☎ 0571-8555 3344",
]


@pytest.mark.parametrize("text", _PAPER_LAWFUL)
@pytest.mark.parametrize("packs", EVERY)
def test_paper_lawful_neighbours_stay_silent(det, text, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), rule_ids_no_model(det, text, packs)
