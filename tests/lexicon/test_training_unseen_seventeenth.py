"""Exam-training offers in the wording earlier shifts had not seen, and the lawful, learner's or
reporting text beside them (issue 9, seventeenth shift, quality17t).

The line not reached said with 上线 (初试上不了线), the exam failed in its own word (技能考核不合格), the
pass called 通关 (没通关), a score target missed (达不到目标分数) and the seller's own "what if"
(万一考挂了); the fee handed back in spoken words (学费原数奉还, 钱我们一分不收, 我退你钱), by the
contract's terms (按协议退费), as a free further round (明年免费继续跟) or as the loss one seller
takes on (挂了算我的); those who failed already refunded (过不了的都退了); a refund after the
seller's conditional and a comma (考不过，全退) or after its own question (没过？我们兜底); the
driving test's first go promised (包你一把过); a stage cut (面试被刷的), a subject heard again
(哪科没过哪科免费重听), the bill waived (考不过免单), a refund per failure (挂一次退一次) and the next
stage promised (保进复试); a seller that saw the paper before the exam
(卷子我们提前看过了) and the calls 需要的主页私 / 想要的提前预订. Beside them a product's launch, a game
server, a developer's 包上线, an employer's check-up, a learner asking for the whole fee back, a
refund told as already made, a warning that quotes the words, a news report and a driving
learner's thanks stay silent.
Every example is in the project's own words and none is a line of holdout40.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("考研全程班，初试上不了线学费如数奉还，报名请加招生微信", "guarantee_promise"),
        ("育婴员培训，鉴定考核不合格次年免费重学，报名电话 0731-5566 2211", "guarantee_promise"),
        ("税务师冲刺班，五科没通关按协议退费，咨询加v", "guarantee_promise"),
        ("高考复读班，达不到目标分数学费全退，地址见海报", "guarantee_promise"),
        ("一建签约班，万一考挂了我们直接退你钱，私聊报名", "guarantee_promise"),
        ("教资面试班，过不了学费我们一分不收，加微信 jz_2028", "guarantee_promise"),
        ("中级经济师，今年考不过明年免费继续跟，报名找我", "guarantee_promise"),
        ("科目三挂了算我的，补训全包，报名来驾校前台", "guarantee_promise"),
        ("这几年带的监理班，过不了的都退了，想报的私我", "guarantee_promise"),
        ("社工师班，考不过，全退，报名加v", "guarantee_promise"),
        ("初级会计报了心里没底？没过？我们兜底，报名加微信 kj_998", "guarantee_promise"),
        ("新学员看这里：科目二包你一把过，报名私聊", "guarantee_promise"),
        ("今年法考的卷子我们提前看过了，主观题冲刺班报名私我", "exam_fraud"),
        ("一建押题卷押中三道案例题，需要的主页私", "exam_fraud"),
        # the second landing: a stage cut, a subject heard again, the bill waived, per failure
        ("教招面试班，面试被刷的学费全额退，报名请私聊", "guarantee_promise"),
        ("税务师五科，哪科没过哪科免费重听，报名找我", "guarantee_promise"),
        ("消防设施操作员，考不过免单，名额有限", "guarantee_promise"),
        ("普通话测试辅导，挂一次退一次", "guarantee_promise"),
        ("初试保进复试，考研协议班报名中", "guarantee_promise"),
        ("社工师辅导，过国家线才收费，报名私聊", "guarantee_promise"),
        ("暑期驾校一把过班开始报名了", "guarantee_promise"),
    ],
)
def test_seventeenth_shift_training_offers_are_found(det, text: str, category: str) -> None:
    assert category in categories(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "新版本下周上线，上线前预订的用户可全额退款",
        "我报的一建班没过，钱他们说一分不退，我去投诉了",
        "提醒：“过不了学费如数奉还”这类说法违反广告法，遇到请举报",
        "记者调查：有机构称“考挂了算我们的”，学员没过后却找不到人",
        "科目二一把过！谢谢教练，这个驾校的场地真的很好",
        "产品验收不合格不付款，合同第六条另有约定",
        "考试没合格的同学请于下周一到教务处领取补考通知",
        "我复试被刷了，跟机构要求全额退学费，他们说要走流程",
        "她没考上，交的钱都退回来了，是学校退的住宿费",
        "网站开发包上线，报价另议",
        "考过了才交学费？哪有这种好事，肯定是骗人的",
        "进面了再收钱这种班靠谱吗",
        "体检没过的员工，复查费用公司出，请重新预约",
        "服务器上不了线的玩家，本月点卡费用全退",
    ],
)
def test_seventeenth_shift_lookalikes_stay_silent(det, text: str) -> None:
    assert categories(det, text) == set()
