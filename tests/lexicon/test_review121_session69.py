"""Session 69, review121: the second reading of unseen3 (CS-229's spare without a 你, the unwilling
buyer, the paper posted to the buyer; EF-002's questions passed into the exam room) and of engine1
(247 words that sit in a ``segment: false`` set and a segmented set count as lexicon words again at
the segmenter's boundary checks). Sentences written for this file (not from any holdout set, the
corpus nor the rules' fixtures).

- (a) unseen3's lawful twins: schools, exam centres, employers and learners using the same everyday
  words (不想学的 / 没时间学习的 / 啥也不用干 / 等着收证 / 寄给你 / 到你手上) beside a paper and an
  online check. The delivery terms carry their own 你, which CS-229's single offer cue accepted, so a
  school's or an opinion's sentence read as a seller's.
- (b) the sellers of the neighbouring shape, found in every run with the special-operations pack.
- (c) engine1's lawful pages with the words it made boundary-valid again (资质证书, 毕业证, 拿证,
  内部资料, 学历, 驾照, 许可证, 报名 …), silent in every pack run.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# (a) silent in every pack run on 2d5db28c, CS-229 after unseen3's terms
_UNSEEN3_LAWFUL = [
    "不想学的人拿了电工证也没用，到你手上也是摆设",
    "没时间学习的朋友可以选周末班，电工证考试后一个月寄给你",
    "没时间上课的可以报网课，电工证考完寄给你",
    "考场纪律：答案有人发你手机上属于作弊，一经发现取消成绩",
    "没时间上课的学员可以看回放，焊工证考试合格后官网可查",
    "不想上课的可以先看教材，登高证要本人考试，发证后可网查",
    "叉车证下证了通知你来领，官网能查，请保持电话畅通",
    "有考生反映题目有人发给你，这是骗局，焊工证考试全程监控",
    "新闻：一男子轻信“题目会有人给你传”，花钱买电工证考试答案被骗",
    "焊工证考试题目会有人给你传吗？不会，考场有屏蔽器",
    # EF-002 read unseen3's 题目有人传给你 in an exam-room rule (review121's second reading)
    "考试中如发现题目有人传给你，应立即报告监考老师，焊工证考试实行全程录像",
    "一旦发现答案有人发给你，请举手示意监考员，电工证考试违纪将被取消成绩",
    "登高证到你手上之前要先过理论和实操两门，成绩可查",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _UNSEEN3_LAWFUL)
def test_unseen3_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# the learned model already spoke on these before unseen3 (ML-FC, CS-203, FC-209): only the rules
# unseen3's terms feed are asked to stay silent
_UNSEEN3_LAWFUL_RULES = [
    "不想学的学员我们也会督促，焊工证可查",
    "电工证考试通过后你就啥也不用干了，等着收证，官网能查",
    "焊工证考完啥也不用干，坐等拿证就行，证书可以上网查",
    "公司让我们啥也不用干，统一报名，证到手上",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _UNSEEN3_LAWFUL_RULES)
def test_unseen3_lawful_twins_no_rule(det, text, packs):
    assert_silent(det, text, packs, of=("CS-229", "EF-002"))


# (b) sellers of the neighbouring shape
_SPARE_SELLERS = [
    "电工证不想学的找我，什么也不用干，半个月寄给你",
    "焊工证不想学的学员也能拿，啥也不用干，二十天寄给你，可查，私我",
    "登高证等着收证就行，一个月下证了通知你，私我",
    "低压电工证啥都不用干，交钱坐等拿证，能查，联系我",
    "没时间学习的朋友，电工证找我，什么也不用干，一个月寄给你，能查",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SPARE_SELLERS)
def test_spare_sellers_fire(det, text, packs):
    assert_sells(det, text, "CS-229", packs)


_ROOM_SELLERS = [
    "叉车证考试你进去就行，答案会有人发你手机，加微信",
    "焊工证考试不用怕，题目有人传给你，包过，私聊",
    "电工证考场有人，答案会有人发到你手机，包过，私我",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ROOM_SELLERS)
def test_room_sellers_fire(det, text, packs):
    assert_sells(det, text, "EF-002", packs)


# (c) engine1: lawful lines with the words counted as lexicon words again
_ENGINE1_LAWFUL = [
    "本公司成立于2008年，具备建筑工程施工总承包二级资质证书，安全生产许可证齐全",
    "招聘电工两名，要求中专以上学历，持有效电工证，需提供毕业证和身份证复印件",
    "我校2026年春季招生开始报名，学员考试合格后统一拿证，证书可在官网查询",
    "学习小组分享内部资料：电工证理论题库整理版，仅供组员复习使用",
    "企业资质办理须知：申请人应向住房城乡建设主管部门提交材料，审批后出证",
    "新闻：某市查处一批无卫生许可证的餐馆，食品经营许可证须在店内公示",
    "驾照和驾驶证丢了怎么补办？本人携带身份证到车管所办理，当天可拿证",
    "零基础也能学电工，我校理论加实操，考试合格后下证，证书能查",
    "考官提醒：焊工证实操考试请穿劳保鞋，考证期间不得使用手机",
    "公司简介：持有资质证书、安全生产许可证，员工持证上岗，证书可上网查",
    "入职须知：请携带学历证书、毕业证、特种作业证原件报到",
    "他挂科了，只能明年再考电工证，证书到手还要等",
    "关于企业资质证书延期的通知：有效期届满前三个月提出申请",
    "焊工证考试通过后二十个工作日出证，可在应急管理部网站查询",
    "内部资料，请勿外传：安全生产许可证年检材料清单",
    "通报：某培训机构以“包下证”为名收费，已被市场监管部门立案，学员可申请退费",
    "记者调查：所谓“企业资质代做”实为伪造，警方提醒企业通过官方渠道办理资质证书",
    "班级通知：下周一统一报名电工证复审，请带上旧证书和一寸照片",
    "求职：本人大专学历，持高压电工证，有三年经验",
    "政府采购公告：投标人须具备相应资质证书及安全生产许可证",
    "律师说：买卖资质证书、伪造许可证都是违法行为，切勿轻信中介",
    "学校通知：驾驶证和毕业证不能代替特种作业操作证",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ENGINE1_LAWFUL)
def test_engine1_lawful_pages_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (d) review121's own second reading of its exceptions (考试通过后, 考试后, 学员, 也没用) --------
# 考试后, 学员 and 也没用 hold only where no spare and no seller's call is said beside them; a seller's
# 考试通过率 is not the lawful 考试通过后.
_SECOND_SELLERS = [
    "电工证不用考试通过也能拿，啥也不用干，半个月寄给你，找我",
    "登高证考试后不用你管，坐等拿证，下证了通知你，私我",
    "自己考也没用，不想学的找我，焊工证二十天寄给你，能查",
    "考试通过率低？没时间学习的找我，焊工证二十天寄给你，能查",
    "电工证不想学的学员，一个月证到你手上，能查，加v dg229",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SECOND_SELLERS)
def test_second_reading_sellers_fire(det, text, packs):
    assert_sells(det, text, "CS-229", packs)


_SECOND_LAWFUL = [
    "不想学的学员拿了证也没用，我们坚持考试通过后发证，证书可查",
    "焊工证考试后一个月寄给你，请在官网可查询，不要轻信中介",
    "学员反映：有人说没时间上课的也能拿电工证，二十天寄给你，这是诈骗",
    "培训中心提醒：没时间学习的学员可预约晚班，电工证考试后证书寄给你",
    "报道：不想学的学员被中介拉去买证，到手才发现查不到",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_LAWFUL)
def test_second_reading_lawful_stay_silent(det, text, packs):
    assert_silent(det, text, packs)
