"""Session 56, review30: a second reading of left17 (round 60). Sentences written for this file.

- The lawful direction to the organ's designated body (``terms/organ_directed``) with a modal
  before a county, city or province office (可到市…指定窗口办理, 可前往县…指定的培训机构) or the
  reader's own place (向户籍所在地…, 到工作所在地…, 从业所在地…) is the route, not a badge; a
  school that names itself the designee (本校系县应急管理局指定的培训机构) and a seller with a
  waiver or a contact still fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "电工证复审可到市应急管理局指定窗口办理",
        "考生应向户籍所在地应急管理部门指定的考试点提出申请",
        "焊工证可以到工作所在地应急管理局指定的培训机构参加培训",
        "复审人员可前往县应急管理局指定的培训机构参加复审培训",
        "复审人员应向发证机关或者从业所在地应急管理部门指定的机构提出申请",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_modal_direction_to_designee_is_silent(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "我们是市应急管理局指定培训机构，焊工证报名电话13712345566",
        "本校系县应急管理局指定的培训机构，可到本校报名",
        "直接到市应急管理局指定考点拿证，焊工证免考，加v kd2233",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_designee_claimed_or_broken_still_fires(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)
