"""Session 65, echo1: a school's answer that echoes the learner's word as a question and refuses it.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- An answering turn that opens with the asked word echoed as a question (包过？ / 保过？ / 稳过？ /
  包拿？) and refuses it at once, then gives the school's enrolment contact (我们只负责培训，报名加
  微信 …): the echo is the asker's word, no match of the writer's promise. Read at the matching
  stage (``stance.refused_echoes``, the combinations' pools), so neither the echo's own 包过 nor a
  question's certificate paired with it makes a candidate. Labelled, spaced and full-width labels,
  Q&A columns and an unlabelled line opening with the echo.
- 包过 inside 包过程 (the whole process covered): no 包过 (the term set's ``runs_on``; the straw
  man's own pass, ``silence._STRAW_OWN_AFTER``, is never it either).
- Sellers right next to them, who echo and then promise (包的 / 放心，稳过 / 不敢保证？我们敢 /
  保证不了百分百，但考不过全退 / 包不了，但有内部名额), keep firing.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_SILENT = [
    # the lead's two
    "学员：焊工证能包过吗？\n老师：包过？这个保证不了，我们只负责培训，报名加微信 px_2231",
    "班主任：包过？包不了，我们只管教学，报名加v bz_6612",
    # other labels and refusals, the contact after them
    "学员：电工证能包过吗？\n老师：包过？保证不了的，我们只做考前培训，报名加微信 dg_5038",
    "学员：叉车证包过吗？\n客服：包过？真没法保证，我们只是培训机构，咨询加v cc_2719",
    "家长：焊工证能保过吗？\n招生老师：保过？保不了，我们只负责教学，报名电话 13805712236",
    "学员：登高证能稳过吗？\n老师：稳过？谁也保证不了，考试要靠自己，我们只负责培训，报名加v dg_8813",
    "学员：焊工证能包拿证吗？\n老师：包拿？包不了，必须本人参加考试，报名加微信 hg_1920",
    # spaced and full-width labels
    "学员：电工证能包过吗？\n老 师：包过？包不了，我们只负责培训，报名加微信 lz_4470",
    "学员：焊工证包过吗？\n班 主 任：包过？保证不了，我们只管教学，报名加v bz_3302",
    "学员：电工证包过吗？\n老师：包过?包不了,我们只负责培训,报名加微信 dg_6614",
    # Q&A columns
    "问：高压电工证能包过吗？\n答：包过？不能，我们只负责培训，考试要本人参加，报名加v gy_1185",
    "Q：焊工证包过吗？\nA：包过？包不了，我们只是培训机构，报名加微信 hg_7730",
    "Ｑ：叉车证能包过吗？\nＡ：包过？这个没办法保证，我们只管教学，咨询加v cc_5106",
    # an unlabelled line opening with the echo, the enrolment contact after the school's reason
    "包过？包不了，我们只负责培训，考试得靠自己，报名加微信 px_6651",
    "电工证包过？不敢保证，我们只是一家培训学校，报名加v dg_4423",
    # 包过程: the whole process covered
    "我们学校焊工证培训包过程辅导，考试本人参加，报名加微信 px_2231",
    "电工证培训包过程指导，考试由应急管理部门组织，报名电话 0571-86221107",
]

_SELLERS = [
    # the lead's four
    ("老师：包过？想都别想挂，我们包过，私聊", "guarantee_promise", [TRAINING, ALL]),
    ("客服：包过？包的，不过全退，加v", "guarantee_promise", [TRAINING, ALL]),
    ("老板：免考？可以，不用到场，三天拿证", "certificate_sale", [None, DEFAULT, ALL]),
    ("电工证包过？放心，稳过，私聊", "guarantee_promise", [None, DEFAULT, ALL]),
    # echo, a refusal taken back, the pass promised in other words
    (
        "学员：焊工证能包过吗？\n老师：包过？保证不了百分百，但考不过全额退款，报名加v hg_3381",
        "guarantee_promise",
        [None, DEFAULT, ALL],
    ),
    (
        "学员：电工证能包过吗？\n老师：包过？包不了是别人家，我们稳过，加v dg_7302",
        "guarantee_promise",
        [None, DEFAULT, ALL],
    ),
    (
        "学员：登高证能包过吗？\n客服：包过？不敢保证？我们敢，稳过，私聊",
        "guarantee_promise",
        [None, DEFAULT, ALL],
    ),
    (
        "学员：焊工证能包过吗？\n老师：包过？包不了，但我们有内部名额，稳过，加v hg_5517",
        "guarantee_promise",
        [None, DEFAULT, ALL],
    ),
    (
        "学员：电工证能包过吗？\n老师：包过？包的，考不过全退，加微信 dg_9920",
        "guarantee_promise",
        [None, DEFAULT, ALL],
    ),
    ("焊工证包过？包的，不过全退，报名加v hg_4402", "guarantee_promise", [None, DEFAULT, ALL]),
    # 包过 followed by a word of its own, not 过程
    ("焊工证包过，程序简单，加v hg_2210", "guarantee_promise", [None, DEFAULT, ALL]),
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_echo_refused_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), (text, rule_ids_no_model(det, text, packs))


@pytest.mark.parametrize(("text", "category", "runs"), _SELLERS)
def test_echo_then_promise_still_sells(det, text: str, category: str, runs) -> None:  # type: ignore[no-untyped-def]
    for packs in runs:
        assert category in categories(det, text, packs), (
            text,
            packs,
            rule_ids_no_model(det, text, packs),
        )
