"""Session 72, renew: the renewal and training readings of ``lexicon/silence.py`` pinned before their refactor.

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor real text).

Three readings excuse a certificate_sale candidate on a renewal that keeps its training:
``_renewal_training_kept`` (lawful6, ``lawful:复审培训(…)``: the holder spared the new exam, the training kept
in the same sentence), ``_form_training_kept`` (fields1, ``lawful:表单培训(…)``: a form's exam field answered
no, the form keeping the hours, the conditions or the office) and ``_renewal_law_kept`` (lawful9,
``lawful:延期复审条件(…)``: article 21's conditions or the renewal's training, beside the notice's own
enrolment line). Session 72 (renew) reads the sentence once for the three; the refactor must keep every
answer. Pinned here: (a) each function's answer on a candidate span, one line per branch -- each kind of
training kept, each seller's sign that takes it back; (b) the scan: the lawful lines silent in every pack
with the reading's reason among the suppressed, the sellers found.
"""

from __future__ import annotations

import pytest

from lexicon import silence
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, ANY_RULE, EVERY_PACK, Packs, assert_sells, assert_silent

#: (text, candidate in the normalized text, then what ``_renewal_training_kept``, ``_form_training_kept``
#: and ``_renewal_law_kept`` answer on it, as on main a9be0fe6).
_CASES = [
    (
        "叉车证复审这回不用本人重新考试，厂里统一组织复训。",
        "不用本人重新考试",
        "厂里统一组织复训",
        None,
        None,
    ),
    (
        "电工证换证不需要本人再考，复训课必须本人去上。",
        "不需要本人再考",
        "复训课必须本人去上",
        None,
        None,
    ),
    (
        "焊工证复审不用再考试，本人按时参加复审培训就可以。",
        "不用再考试",
        "本人按时参加复审培训",
        None,
        "参加复审培训",
    ),
    (
        "登高证去做复审，不用考试，上了一整天课，证换好了。",
        "不用考试",
        "上了一整天课",
        None,
        "上了一整天课",
    ),
    (
        "司炉证复审无需本人重新考试，须本人参加复训并签名。",
        "无需本人重新考试",
        "本人参加复训",
        None,
        None,
    ),
    (
        "焊工证复审不用本人再考，培训学时须本人完成，线上学时严禁代刷。",
        "不用本人再考",
        "培训学时须本人完成",
        None,
        None,
    ),
    ("焊工证复审不用本人再考，培训学时须本人完成。", "焊工证", None, None, None),
    ("焊工证复审不用本人再考，到窗口交材料。", "不用本人再考", None, None, None),
    (
        "叉车证复审不用本人重新考试，厂里统一组织复训，加v详聊。",
        "不用本人重新考试",
        None,
        None,
        None,
    ),
    ("电工证复审不用本人再考，复训课必须本人去上，签个到就走。", "不用本人再考", None, None, None),
    (
        "焊工证复审不用本人再考，本人参加复审培训，线上挂机刷学时就行。",
        "不用本人再考",
        None,
        None,
        None,
    ),
    ("焊工证复审不用本人再考，单位统一组织复训，一千二全包。", "不用本人再考", None, None, None),
    (
        "焊工证复审不用本人再考，单位统一组织复训，电话13911112222。",
        "不用本人再考",
        None,
        None,
        None,
    ),
    (
        "焊工证复审不用本人再考，复训课要本人去上？不用，交钱拿证。",
        "不用本人再考",
        None,
        None,
        None,
    ),
    (
        "焊工证复审不用本人再考，单位统一组织复训。找我们办，三天拿新证。",
        "不用本人再考",
        None,
        None,
        None,
    ),
    (
        "焊工证复审不用本人再考，单位统一组织复训，记录我们帮你补。",
        "不用本人再考",
        None,
        None,
        None,
    ),
    (
        "电工证复审申请表\n是否考试：否\n复训学时：8\n申请人签名：",
        "是否考试否",
        None,
        "复训学时8",
        None,
    ),
    (
        "叉车证继续教育报名\n是否需要本人到场：否\n课时：16\n学费300元",
        "是否需要本人到场否",
        None,
        "继续教育",
        None,
    ),
    (
        "焊工证复审须知\n是否考试：否\n复审条件：三年内无违章\n办理地点：区政务大厅窗口",
        "是否考试否",
        None,
        "复审条件",
        None,
    ),
    ("登高证复审登记\n是否考试：免\n须本人参加复训\n", "是否考试免", None, "须本人参加", None),
    (
        "制冷证复审登记\n是否考试：否\n是否参加复训：是\n",
        "是否考试否",
        None,
        "是否参加复训是",
        None,
    ),
    ("电工证复审\n是否考试：否\n复训学时：8\n出证时间：三天", "是否考试否", None, None, None),
    ("焊工证复审\n是否考试：否\n复训学时：免\n价格：800", "是否考试否", None, None, None),
    ("电工证复审\n是否考试：否\n复训学时：8\n加微信详谈", "是否考试否", None, None, None),
    ("电工证复审\n是否考试：否\n学时：8\n费用1500元", "是否考试否", None, None, None),
    ("电工证复审\n是否考试：否\n学时：8\n联系人13922223333", "是否考试否", None, None, None),
    ("电工证复审\n是否考试：否\n须本人参加复训否", "是否考试否", None, None, None),
    ("电工证复审\n是否考试：否！复训学时：8", "是否考试否", None, "复训学时8", None),
    ("电工证复审\n复训学时：8\n是否考试：否", "电工证", None, None, None),
    (
        "登高证符合延期复审条件的不需要考试，咨询电话13712340001",
        "不需要考试",
        None,
        None,
        "符合延期复审条件",
    ),
    (
        "焊工证持证十二年且无违章的可以延期复审，无需考试，报名电话13612340002",
        "无需考试",
        None,
        None,
        "十二年且无违章",
    ),
    (
        "电工证到期换证不用重考，参加8学时复审培训后换新证，详情咨询13512340003",
        "不用重考",
        None,
        None,
        "参加8学时复审培训",
    ),
    (
        "叉车证复审不用考试，参加复审培训考核合格即可，培训费180元，报名电话13812340004",
        "不用考试",
        None,
        None,
        "参加复审培训",
    ),
    (
        "我制冷证到期了，去培训中心上了两天复审课，不用考，新证已经拿到",
        "不用考",
        None,
        None,
        "上了两天复审课",
    ),
    (
        "叉车证复审不用考试，学员须本人到课，报名电话13512345005",
        "不用考试",
        None,
        None,
        "须本人到课",
    ),
    ("电工证从业满10年的延期复审不用考试，发证机关同意即可", "不用考试", None, None, "从业满10年"),
    ("上了两天课，电工证复审不用考试", "不用考试", None, None, None),
    ("焊工证不满足条件也能延期复审，不用考试，详情咨询13812340005", "不用考试", None, None, None),
    (
        "电工证满足条件的可延期复审，不用考试，培训也不用上，咨询13812340006",
        "不用考试",
        None,
        None,
        None,
    ),
    ("叉车证到期换证不用考试，参加复审培训，学时代刷，微信xc2288", "不用考试", None, None, None),
    (
        "焊工证满足条件的可延期复审，不用考试，满足条件的我们办，价格优惠",
        "不用考试",
        None,
        None,
        None,
    ),
    ("电工证满足条件的可延期复审，不用考试。需要的私我", "不用考试", None, None, None),
    ("登高证到期换证不用考，参加8学时复审培训，一口价1500", "不用考", None, None, None),
    ("焊工证满足条件的可延期复审，不用考试，签个到就走", "不用考试", None, None, None),
    ("焊工证满足条件的可延期复审，不用考试，线上挂机就行", "不用考试", None, None, None),
    ("焊工证满足条件的可延期复审，不用考试，直接换新证", "不用考试", None, None, None),
    ("焊工证满足条件的可延期复审，不用考试，加v详谈", "不用考试", None, None, None),
    ("焊工证满足条件的可延期复审，不用考试，联系13855556666", "不用考试", None, None, None),
    ("焊工证满足条件的可延期复审，不用考试，培训费1500元", "不用考试", None, None, None),
]


@pytest.mark.parametrize(("text", "cand", "training", "form", "law"), _CASES)
def test_each_reading_answers_as_before(
    text: str, cand: str, training: str | None, form: str | None, law: str | None
) -> None:
    s = normalize(text).text
    a = s.find(cand)
    assert a >= 0, (s, cand)
    b = a + len(cand)
    assert silence._renewal_training_kept(s, a, b) == training
    assert silence._form_training_kept(s, a, b) == form
    assert silence._renewal_law_kept(s, a, b) == law


#: Lawful lines each reading silences, with the reason it gives in the all-packs run.
_LAWFUL = [
    ("叉车证复审这回不用本人重新考试，厂里统一组织复训。", "lawful:复审培训(厂里统一组织复训)"),
    ("电工证换证不需要本人再考，复训课必须本人去上。", "lawful:复审培训(复训课必须本人去上)"),
    ("登高证去做复审，不用考试，上了一整天课，证换好了。", "lawful:复审培训(上了一整天课)"),
    ("司炉证复审无需本人重新考试，须本人参加复训并签名。", "lawful:复审培训(本人参加复训)"),
    ("电工证复审申请表\n是否考试：否\n复训学时：8\n申请人签名：", "lawful:表单培训(复训学时8)"),
    ("叉车证继续教育报名\n是否需要本人到场：否\n课时：16\n学费300元", "lawful:表单培训(继续教育)"),
    (
        "焊工证复审须知\n是否考试：否\n复审条件：三年内无违章\n办理地点：区政务大厅窗口",
        "lawful:表单培训(复审条件)",
    ),
    (
        "登高证符合延期复审条件的不需要考试，咨询电话13712340001",
        "lawful:延期复审条件(符合延期复审条件)",
    ),
    (
        "焊工证持证十二年且无违章的可以延期复审，无需考试，报名电话13612340002",
        "lawful:延期复审条件(十二年且无违章)",
    ),
    (
        "电工证到期换证不用重考，参加8学时复审培训后换新证，详情咨询13512340003",
        "lawful:延期复审条件(参加8学时复审培训)",
    ),
    (
        "我制冷证到期了，去培训中心上了两天复审课，不用考，新证已经拿到",
        "lawful:延期复审条件(上了两天复审课)",
    ),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize(("text", "reason"), _LAWFUL)
def test_lawful_renewals_are_silent(det, text: str, reason: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize(("text", "reason"), _LAWFUL)
def test_lawful_renewals_name_their_reading(det, text: str, reason: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert reason in {x.reason for x in res.suppressed}, sorted({x.reason for x in res.suppressed})


#: The same lines one step away: the seller's chat, price, mobile, pitch, hollowed or idled training,
#: waived conditions or own hands: found with every pack on.
_SELLERS = [
    "叉车证复审不用本人重新考试，厂里统一组织复训，加v详聊。",
    "电工证复审不用本人再考，复训课必须本人去上，签个到就走。",
    "焊工证复审不用本人再考，本人参加复审培训，线上挂机刷学时就行。",
    "焊工证复审不用本人再考，单位统一组织复训，一千二全包。",
    "焊工证复审不用本人再考，单位统一组织复训，电话13911112222。",
    "焊工证复审不用本人再考，复训课要本人去上吗？不用，交钱拿证。",
    "焊工证复审不用本人再考，单位统一组织复训。找我们办，三天拿新证。",
    "电工证复审\n是否考试：否\n复训学时：8\n出证时间：三天",
    "焊工证复审\n是否考试：否\n复训学时：免\n价格：800",
    "电工证复审\n是否考试：否\n复训学时：8\n加微信详谈",
    "电工证复审\n是否考试：否\n学时：8\n费用1500元",
    "焊工证不满足条件也能延期复审，不用考试，详情咨询13812340005",
    "电工证满足条件的可延期复审，不用考试，培训也不用上，咨询13812340006",
    "叉车证到期换证不用考试，参加复审培训，学时代刷，微信xc2288",
    "焊工证满足条件的可延期复审，不用考试，满足条件的我们办，价格优惠",
    "电工证满足条件的可延期复审，不用考试。需要的私我",
    "登高证到期换证不用考，参加8学时复审培训，一口价1500",
]


@pytest.mark.parametrize("text", _SELLERS)
def test_renewal_sellers_fire(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, ALL)
