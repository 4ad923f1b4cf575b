"""Session 65, review104: second reading of left39 -- the writer's own promise after the rival's.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A victim story that ends in the writer's own bare pass (来我们这才是正规的，包过 / 我们这里才是靠谱的，
  稳过) is a guarantee promise in the training-ads pack (GP-127), as is the story whose turn to the
  writer opens with 跟我们学 (上当过一回才知道，…，跟我们学包过) and the seller's own 不存在考不过的情况
  before its pass; the same reassurance before 免考的也有 is a certificate sale (CS-226).
- The lawful neighbours stay silent with every pack: the skip denied as the second of a list
  (包过的没有，免考的更没有), the writer-named pass denied at once (咱们这儿包过的事从来没有), the
  bare pass warned against after 才是靠谱的, and an office's or a school's 不存在 / 跟我们老师说的一样.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

_OWN_PASS = [
    # the victim story's close: the writer calls itself the real one, then the bare pass
    "前年被坑过一回，大家别信那些，来我们这才是正规的，包过，加v dq_5172",
    "被别家骗过的朋友看过来，我们这里才是靠谱的，稳过，私聊",
    "别家的都是坑人的，我们这才是正规的包过，报名私我",
    # the turn to the writer opens with 跟我们 (学)
    "上当过一回才知道，别家都是忽悠，跟我们学包过，加v hk_2290",
    "被骗过一次才明白，外面说的都是骗子，跟我们学稳过，加微 tg_6307",
    # the seller's own 不存在 (no failing here) before the pass
    "我们这不存在考不过的情况，百分百包过，加v ct_4471",
    "本店不存在挂科的情况，我们包过，私聊",
]

_OWN_SKIP = [
    "我们这不存在考不过的情况，免考的也有，加v bg_2214",
]

_SILENT = [
    # the list denied twice: the skip is the second item
    "包过的没有，免考的更没有，想拿证就踏实上课",
    "保过的没有，不用考的也没有，请本人报名参加考试",
    # the writer-named pass denied at once, made absolute
    "咱们这儿包过的事从来没有，考试本人参加，报名电话 0531-88216603",
    "我们这才是正规的，包过的事从来没有，报名电话 0571-86307714",
    # the bare pass after 才是靠谱的 warned against
    "被骗过的朋友别灰心，正规培训才是靠谱的，包过的话千万别信，考试本人参加",
    # 不存在 as a denial, read by the warning reading now
    "不存在考不过也能拿证的情况，大家别信我们包过这种话",
    "我们这不存在免考的情况，请本人报名参加考试，电话 0571-86307714",
    # 跟我们 in a victim's lawful lesson, no pass after it
    "上当以后才知道，跟我们老师说的一样，考试合格才能拿证，报名电话 0571-86307714",
]


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _OWN_PASS)
def test_own_pass_after_the_story_is_a_guarantee_promise(det, text: str, packs: list[str]) -> None:
    assert_sells(det, text, "guarantee_promise", packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _OWN_SKIP)
def test_own_skip_after_no_failing_is_a_certificate_sale(det, text: str, packs: list[str]) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SILENT)
def test_lawful_neighbours_stay_silent(det, text: str, packs: list[str] | None) -> None:
    assert_silent(det, text, packs)
