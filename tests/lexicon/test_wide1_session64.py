"""Session 64, wide1: a course that disowns leaked papers and the pass in one list (holdout216's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A school's honest course line that rules out 押题 and the 保过 promise together (课程不含任何押题和保过
  承诺; 不提供押题和包过承诺): the disclaimer governs the whole list, so GP-101 stays silent with every
  pack, and so does the model.
- Sellers right next to them still fire: the course that sells the pass with 押题 (签约保过 送押题),
  the 押题 sold with the promise (押题和保过都有).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_TRAINING, assert_sells, assert_silent

_SILENT = [
    "教资笔试精讲班：按大纲授课，课程不含任何押题和保过承诺，学员须本人报名参加考试",
    "本课程不含押题和包过承诺，考试以省教育考试院安排为准，报名咨询 0571-8867 2215",
    "事业编笔试课：只讲公共基础知识，不含任何押题或保过承诺，成绩以人事考试网公布为准",
]

_SELLERS = [
    "事业编笔试签约保过班，送考前押题，不过全退，加v sy_8841",
    "教资押题和保过都有，不过退全款，薇 jz_3307",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_course_disowning_leaks_and_pass_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("text", _SELLERS)
@pytest.mark.parametrize("packs", WITH_TRAINING)
def test_pass_sellers_next_to_them_still_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "guarantee_promise", packs)
