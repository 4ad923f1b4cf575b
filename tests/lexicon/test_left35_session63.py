"""Session 63, left35: sellers silent at round 75's start that use a warning as their foil
(holdout209's shapes). Sentences written for this file (not from any held-out set, nor the rules'
fixtures).

- The trust asked and denied, then the writer's own hook and contact (叉车证免考靠谱吗？当然不靠谱！
  认准我们，包拿证，加v …): 不靠谱 is the same verdict of fake as 假的, read as the rivals' foil where
  the writer claims the thing for itself. The school's or the office's answer (认准应急管理部门的
  正规考点) and the debunker's call to the comments stay silent.
- A warning not to trust the skip sold on a video app, then the writer's own counter (别信抖音上的免考
  叉车证，找我们直接拿，加v …): the app named as the rivals' place, read as 别信中介的 is. The same
  warning ending in the lawful route stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# --- (1) 靠谱吗？当然不靠谱！认准我们 ---------------------------------------------------------------

_TRUST_FOILED = [
    "叉车证免考靠谱吗？当然不靠谱！认准我们，包拿证，加v cc_5104",
    "登高证不用考靠谱吗？肯定不靠谱！认准本店，三天出证，vx gd_7781",
]


@pytest.mark.parametrize("text", _TRUST_FOILED)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_trust_denied_then_own_hook_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


_TRUST_DENIED_LAWFUL = [
    "叉车证免考靠谱吗？当然不靠谱！认准应急管理部门的正规考点，本人报名参加考试",
    "登高证不用考靠谱吗？当然不靠谱！想了解正规报名流程的评论区扣1",
    "焊工证免考靠谱吗？当然不靠谱，我是真的被骗过，大家别信",
]


@pytest.mark.parametrize("text", _TRUST_DENIED_LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_trust_denied_lawful_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, model=True)


# --- (2) 别信抖音上的…，找我们 ----------------------------------------------------------------------

_APP_STEERED = [
    "别信抖音上的免考叉车证，找我们直接拿，加v cc_3391",
    "别信小红书里的免考焊工证，找我们直接办，微信 hg_6025",
]


@pytest.mark.parametrize("text", _APP_STEERED)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_app_steered_warning_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


_APP_WARNED = [
    "别信抖音上的免考叉车证，那都是假证，想拿证请到正规培训机构报名",
    "别信快手上的免考焊工证，我就是在那里被骗了两千，大家别信",
]


@pytest.mark.parametrize("text", _APP_WARNED)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_app_warning_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, model=True)
