"""Session 63, review86: a second reading of fa22's teacher labels, mocked echoes and offices' answers.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A seller answering under a teacher's label spaced or starred by the evader (老 师：, 班 主 任：,
  助*教：, 輔 導 員：) and saying yes with the skip in its own words: the certificates pack read the
  learner's question as a question (report:问句) because the answer's label
  (``stance._TEACHER_ANSWER_LABEL``) knew only the bare simplified forms, where fa22's refusing
  teacher (``stance._TEACHER_RAW``) is found with the separators. Now both read the same label.
- Lawful lines right next to them stay silent in every pack: the refusing teacher under the same
  spaced, starred, traditional and other labels (导师, 教练, 讲师, 助教), the mocked echo (想都别想 /
  做梦), the office's answer to a rumour (答覆 / 郑重回应), a report quoting the mocked promise.
- Sellers who mock the failing rather than the pass (包过？想都别想会挂，百分百过; 做梦都想不到这么
  简单，交钱就拿证) still fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    assert_sells,
    assert_silent,
)

# the seller's yes under a teacher's label the evader split or starred
_SPACED_SELLERS = [
    "学员：焊工证能免考吗？\n老 师：可以，不用考，包拿证，私聊 hg_2201",
    "学员：焊工证能免考吗？\n老*师：可以，不用考，包拿证，私聊 hg_2201",
    "焊工证能免考吗？\n老 师：可以，不用考，包拿证，私聊 hg_2201",
    "学员：电工证能免考吗？\n班 主 任：能，不用考，交钱直接拿证，私聊",
    "学员：登高证能不考直接拿吗？\n助*教：可以的，不用考，七天出证，私我",
    "考生：制冷证能免考吗？\n老 師：能的，不用考试，包拿证，私聊",
    "学员：叉车证可以不去考场吗？\n老 师：放心吧，不用去考，资料发过来十天到手",
]

_SILENT = [
    # the refusing teacher under other, spaced, starred and traditional labels
    "学员：焊工证能包过吗？\n导师：包过？想都别想，认真复习才是正道",
    "学员：叉车证能免考吗？\n教练：免考？做梦，每个人都要本人考",
    "学员：高处作业证能免考吗？\n讲师：不能，必须本人参加考试",
    "学员：电工证能免考吗？\n班 主 任：不能，必须本人参加考试",
    "学员：焊工证能包过吗？\n助 教：包过？想都别想，好好复习",
    "學員：電工證能包過嗎？\n老師：包過？做夢呢，好好複習",
    "学员：叉车证能免考吗？\n教練：不能，必須本人參加考試",
    "学员：焊工证能不考直接拿吗？\n老师：做梦呢？哪有这种好事，必须本人考试",
    # the spaced teacher's lawful yes (the exam kept, the renewal route)
    "学员：电工证理论课能在网上学吗？\n老 师：可以，理论课网上学，实操和考试必须本人到考点",
    "学员：焊工证复审不用考吗？\n老 师：不用考，复审参加培训就行，但要按时来上课",
    # the office's answer to a rumour, a regulator's Q&A, a report quoting the mocked promise
    "网传焊工证可以免考，本中心答覆：不能免考，请本人参加考试",
    "网传电工证交钱就能拿，市应急管理局郑重回应：不能免考，必须本人参加考试合格后发证",
    "问：网传特种作业操作证可以免考办理，是真的吗？\n答：不是真的。特种作业人员必须经考试合格取得证书",
    "记者调查发现，有人在群里说电工证“想都别想考不过，交钱包过”，应急管理部门提醒：这是诈骗",
]

# mocked words that are the seller's yes
_MOCKING_SELLERS = [
    "学员：电工证能包过吗？\n班主任：包过？想都别想会挂，我们百分百过，加v dg_3321",
    "學員：電工證能包過嗎？\n老師：包過？想都別想會掛，百分百過，加v dg_5512",
    "学员：焊工证能包过吗？\n老师：包过？做梦都会笑醒，我们百分百包过，加v hg_4410",
    "做梦都想不到这么简单，交钱就拿证，焊工证加v hg_1190",
    "学员：焊工证能免考吗？\n老师：免考？做梦都想不到吧，我们就能免考，交钱十天出证，加v hg_5561",
]


@pytest.mark.parametrize("text", _SPACED_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
def test_seller_under_a_spaced_teacher_label_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, ANY_RULE, packs)
    if packs == CERTS:
        assert_sells(det, text, "CS-201", packs)


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_lines_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("text", _MOCKING_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_mocked_words_that_say_yes_still_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, ANY_RULE, packs)
