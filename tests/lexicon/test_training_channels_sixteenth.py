"""Exam-training offers in the words of enrolment brochures, FAQs, contract clauses and chat
posts, and the lawful or reporting text beside them (issue 9, sixteenth shift, quality16t).

A subject failed named by its kind (两门科目没过) and the course that runs until the certificate
(直至拿证为止); the whole class passed told to win the next one (全员上岸 … 戳我); the refund said
as 原封不动, a contract clause's refund of what was paid (返还学员所缴纳的全部学费), the rest of
the fee waived after a failure (考不过尾款不用交), a resit paid or a free second round after a
failure (没过补考费我们出, 一次不过免费再辅导); an FAQ answering in the school's own name with a
pledge (答：本校承诺…); a teacher said to have set past papers or to be the examiner; a title
review promised (评审包过); the authority named as the teacher (考试院老师亲自授课, 阅卷组原成员) and a
brochure's 无忧 (上岸无忧班); the enrolment brochure's calls (扫码咨询, 加招生微信). Beside them a
learner's verdict (感觉像坑), an FAQ that pledges nothing about the result, a staff notice, a
regulator quoting the clause and a learner's own resit stay silent.
Every example is in the project's own words and none is a line of holdout38.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("二级建造师全程班：两门科目没过全部免费重修，扫码报名", "guarantee_promise"),
        ("人力资源管理师三级，学费一次交清，直至拿证为止，扫码咨询", "guarantee_promise"),
        ("去年带的二建班全员上岸，今年名额有限，想上车的戳我", "guarantee_promise"),
        ("考不过的话，教资学费原封不动还你，报名找我们", "guarantee_promise"),
        ("执业药师先付一半，考不过尾款不用交，v：yaoshi_99", "guarantee_promise"),
        ("科目二没过补考费我们出，报名咨询驾校前台", "guarantee_promise"),
        ("普通话测试一次不过免费再辅导，加微信 pth_2027", "guarantee_promise"),
        ("协议第五条：学员考试成绩未达合格线的，甲方返还学员所缴纳的全部学费", "guarantee_promise"),
        ("问：第一次没过怎么办？答：本校承诺免费重修到考过为止。", "guarantee_promise"),
        ("高级职称评审包过，材料我们准备，私聊", "guarantee_promise"),
        ("消防工程师冲刺班，主讲老师参与过往年命题，报名加招生微信", "exam_fraud"),
        ("面试辅导课，主讲都是面试考官，公考学员报名请扫码咨询", "exam_fraud"),
        # the authority named as the teacher; a brochure's 无忧 promise
        ("人事考试院老师亲自授课，一建冲刺班报名找招生老师", "exam_fraud"),
        ("中级会计 主讲为阅卷组原成员 报名加微信 kj_yjz", "exam_fraud"),
        ("上岸无忧班，事业单位联考报名热线 0756-2233 4455", "guarantee_promise"),
    ],
)
def test_sixteenth_shift_training_offers_are_found(det, text: str, category: str) -> None:
    assert category in categories(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "朋友推荐了个一建不过全退的班，感觉像坑，有人知道吗",
        "常见问题：考试在哪里报名？答：请登录当地人事考试网自行报名。",
        "问：你们包过吗？答：我们承诺认真授课，但不承诺考试结果。",
        "本科室全员通过了中级职称评审，院里发了通报表扬",
        "市场监管部门查处一起案件：某机构宣称“两门科目没过全部免费重修”，被罚款三万元",
        "我去年科目二没过，补考费自己交的，两百多",
        "听说有的机构考不过尾款不用交，是真的吗",
        "新学期课程表已发，扫码咨询选课事宜，上课时间每周二、四晚",
        "考试院老师亲自讲解报考流程，考生可在官网观看直播回放",
        "记者采访了一位命题组退休专家，他表示试题严格保密",
        "新学员请扫码报名，第一次没过的同学可以参加补考，补考费按规定标准收取",
        "据报道，某机构宣传“通关无忧班”，学员考试失利后维权无门",
        "单科没过的考生，成绩可以保留到下一年度，详见考试院通知",
        "合同约定：学员中途退学的，乙方所缴纳的学费按未上课时比例退还",
    ],
)
def test_sixteenth_shift_lookalikes_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text) == set()
