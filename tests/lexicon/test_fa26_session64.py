"""Session 64, fa26: renewal notices and FAQs that round 77 left firing (holdout218's class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- An office's or a school's renewal said to need no exam, where the sentence names what the
  renewal still asks of the holder (参加复训, 八学时培训, 继续教育, 体检, 本人签字, 近期照片,
  网站 / 网上 / 政务网, 原发证机关): ``silence._renewal_told`` read only 复审 / 发证机关 / 窗口 /
  政务服务 / 无违章 / 有效期 / 安全培训 as steps, missed 不考试, and never read the trade's 免考
  (复审免考) as the renewal's; 免考 now counts only beside what the holder still does.
- The renewal asked and answered under chat labels (学员：…复审要考试吗？⏎老师：不用考), and the
  school's enrolment contact for the renewal's training (报名加微信 px_…).
- The first issue denied the skip before the renewal-only waiver (初次取证不能免考，只有到期复审的不用考).
- Sellers right next to them keep firing: the renewal skip with 不用到场 / 包拿 / 三天到手 / 加v, the
  steps denied (不用签字不用照片), the training waived (也不用来培训), 走个过场.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Lawful renewal notices and FAQs: silent in every pack (each fired CS-001 or CS-201 before).
_SILENT = [
    "低压电工证换证不考试，需本人签字即可，材料由单位统一报送",
    "焊工证到期复审不再考试，须参加复训并上传近期照片，由原发证机关审核",
    "登高证复审不用考，只需参加复训并提交健康证明，具体以当地应急管理局通知为准",
    "叉车证换证可免考，本人持身份证和照片到原发证机关窗口办理",
    "叉车工作证换证免考，本人带身份证原件和两张照片去原发证机关办理",
    "提问：叉车证复审需要考试吗？\n回答：复审不用考，需要本人签字和近期照片，咨询电话 0571-86630215",
    "学员：焊工证复审要考试吗？\n老师：不用考，复审参加培训就行，报名加微信 px_3392",
    "学员：电工证复审要考试吗？\n老师：不用考，复审参加八学时培训就可以，报名请加微信 px_4471",
    "学员：电工证能不考就换新证吗？\n老师：到期换证不用考，参加复审培训就行，报名加微信 dg_6618",
    "问：焊工证能免考吗？\n答：初次取证不能免考，只有到期复审的不用考，报名电话 0571-86023318",
]

#: Sellers beside them: still found (CS-001 in the default pack).
_SELLERS = [
    "焊工证复审免考，不用到场，三天拿证，加v hg_1102",
    "电工证换证不考试，不用签字不用照片，交钱直接拿新证，私聊",
    "叉车证复审免考，照片发我就行，三天到手，加微信 cc_2231",
    "学员：焊工证复审要考试吗？\n老师：不用考，也不用来培训，交钱三天出证，加微信 px_8813",
    "焊工证复审不用考，参加培训走个过场，包拿，报名加微信 px_3310",
    "电工证复审免考，网上就能办，不用本人去，全国可查，加v dg_5501",
    "叉车证到期换证免考，不用上传照片不用培训，五天到手，加微信 cc_7712",
    "问：电工证到期了要重新考吗？\n答：不用考，本人不用到场，交钱包拿新证，电话 13957120854",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SILENT)
def test_renewal_notice_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_renewal_seller_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert_sells(det, text, "CS-001", packs)
