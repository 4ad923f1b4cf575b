"""Session 68, review114: a second reading of unseen2 (CS-229 and ``context._unable_reader``) and
of cats2. Sentences written for this file (not from holdout237, holdout230, any other holdout set,
the corpus nor the rules' fixtures).

- (a) Lawful lines that use CS-229's everyday words (其他的交给我们, 都交给我们, 不去也行, 我们有办法,
  我们能解决, 别折腾了, 其他的不用操心, 只管等证, 我能搞定) beside a special-operations paper and a
  check or a date (能查, 可网查, 到手, 当月出): a school taking the paperwork off the applicant who
  still sits the exam, a school answering a learner's difficulty with teaching, a class teacher
  handing out papers, an exam centre, an employer, a learner. CS-229 must stay silent in every
  pack run (other rules that fired here before unseen2 are not this file's question).
- (b) Sellers with the words of (a)'s exceptions said negated or absent, and sellers who put the
  spare in slightly other words (别考啦, 只管给钱, 啥也不用你干): a rule fires in every run with
  the special-operations pack.
- (c) ``_unable_reader``: 不会 + a verb + 的 right before a candidate names the reader who cannot do
  the exam's work (不会考的别考了) only when no writer stands before it; 我们不会考的包过班 and 我们是
  不会做的包过 are the writer refusing, a negation, silent in every pack run.
- (d) cats2's lawful twins not tested there: a school's notice that hours hang on the system from
  the sign-in, a renewal sign-in notice, a news item quoting 不用考就能做一本.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ANY_RULE, EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# --- (a) lawful lines with CS-229's words ---------------------------------------------------------

_LAWFUL_CS229 = [
    # a school takes the paperwork, the applicant sits the exam
    "报名、缴费、预约都交给我们，考试你自己去，焊工证出证后官网能查，电话 0571-86001112",
    "报名材料其他的交给我们，电工证考试在考点进行，出证后可网查，咨询 0571-86001113",
    "别折腾了，找正规学校报名，焊工证考下来官网可查，咨询 0571-86001117",
    "别再折腾了，报个正规班，电工证培训考试一条龙，证书能查，电话 0571-86001116",
    # a school answers the learner's difficulty with teaching
    "理论题背不下来？我们有办法，老师带你刷题，电工证拿证后官网能查，报名电话 0571-86001115",
    "实操不会？我们能解决，师傅手把手教，登高证到手后能查，报名微信 px_r114a",
    # classes and renewals
    "周末理论课不去也行，有回放，焊工证实操课必须来，证书可网查，电话 0571-86001114",
    "复审学员只管按时上课，其他的交给我们，焊工证复审后当月可查，电话 0571-86002205",
    "电工证复审都不用考，本人到场签到培训即可，复审后官网能查，电话 0571-86002201",
    # a class teacher
    "证书到了找我拿，电工证其他的不用操心，下周一统一发",
    "电工证复审，班主任统一帮大家报名，大家只管等证，证书能查，有问题找班主任",
    # an exam centre
    "登高证考试成绩当月出，证书七天到手，可网查，考生其他的不用操心，咨询 0571-86001119",
    # employers
    "我们公司的焊工证都是员工自己考的，官网能查，其他的交给我们安全科，电话 0512-66001121",
    "本厂招电工，电工证能查的优先，其他的不用操心，包吃住，电话 0512-66001122",
    "我们公司的焊工都有证，官网能查，安全培训的事我们有办法，不用你操心，电话 0512-66002206",
    # a learner
    "实操我能搞定，理论有点难，电工证到手还得一个月吧",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_CS229)
def test_lawful_lines_with_cs229_words_stay_silent(det, text, packs):
    assert_silent(det, text, packs, of="CS-229")


_LAWFUL_SILENT = [
    # lines silent before unseen2 and after it: kept so (no rule at all)
    "问：叉车证年审要回老家吗？答：不去也行，可以在工作地复审，复审后官网能查",
    "老婆劝我别折腾了，焊工证考了两次，这次能查到了",
    "我还是别考啦，电工证太难了，明年再说",
    "问：网上说电工证不去也行，当月拿，能查，是真的吗？答：是假的，电工证必须本人考试",
    "一些中介在网上宣称你只管出钱，电工证当月拿、能查，这类广告都是违法的",
    "焊工证还有十天到期的学员，复审报名交给班主任，其他的不用操心，按时来上课就行",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_SILENT)
def test_lawful_lines_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (b) sellers: the exceptions' words negated or absent, and the spare in other words -----------

_SELLERS = [
    "考不过就别考了，电工证我给你弄，月底拿，能查，v dg_r114e",
    "别考了兄弟，焊工证交给我，当月到手，上网能查，私",
    "考试那关你别管了，登高证半月到手，能查，加我 dg_r114f",
    "电工证 焊工证 不用去也行 到手可查 滴滴我",
    "理论课不用上，别考了，登高证交给我，当月拿，能查",
    "不用刷题，啥都不用你干，焊工证照样下，可查，v hg_r114g",
    "员工证也能办，别考了，电工证当月拿，能查，v dg_r114m",
    # the spare in words CS-229 did not read
    "别考啦，电工证找我拿，能查，微信 dg_r114b",
    "你只管给钱，焊工证当月拿，能查，扣我",
    "啥也不用你干，叉车证照样下，官网能查，电话一三八一二三四五六七八",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_sellers_fire(det, text, packs):
    assert_sells(det, text, ANY_RULE, packs)


_SELLERS_CS229 = [
    # CS-229 is the only rule that reads these in the default pack
    "理论课不用上，别考了，登高证交给我，当月拿，能查",
    "员工证也能办，别考了，电工证当月拿，能查，v dg_r114m",
    "考不过就别考了，电工证我给你弄，月底拿，能查，v dg_r114e",
    # sellers wearing the exceptions' words beside a plain spare (the fix's own second reading:
    # the first version of the exceptions silenced all four)
    "你自己去考肯定过不了，别考了，电工证找我拿，能查，v dg_r114p",
    "正规学校出的证，别考了，焊工证当月拿，能查，私",
    "找班主任拿证，别考了，电工证当月拿，能查，微信 dg_r114s",
    "上课打卡都不用，其他的交给我们，焊工证当月拿，能查，v hg_r114t",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_CS229)
def test_sellers_fire_cs229(det, text, packs):
    assert_sells(det, text, "CS-229", packs)


_LAWFUL_OTHER_SPARE = [
    # the lawful twins of the new spare words
    "女儿说：爸，你只管交钱，焊工证我自己考，考下来能查",
    "你只管交钱报名，其他的老师会教你，焊工证考下来能查",
    "我看还是别考啦，叉车证实操太难，明年再报",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_OTHER_SPARE)
def test_lawful_twins_of_new_spare_words_stay_silent(det, text, packs):
    assert_silent(det, text, packs, of="CS-229")


# --- (c) 不会 … 的 said by the writer is a negation ---------------------------------------------

_WRITER_REFUSES = [
    "我们是不会做的包过这种事，考试靠自己",
    "我们不会考的包过班不开，电工证考试靠自己",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _WRITER_REFUSES)
def test_writer_refusing_with_buhui_de_stays_silent(det, text, packs):
    assert_silent(det, text, packs)


_UNABLE_SELLERS = [
    "电工证不会考的别考了，交钱当月拿，能查，加v dg_r114n",
    "理论背不会的别考了，焊工证交给我，半个月到手，可网查",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _UNABLE_SELLERS)
def test_unable_reader_still_sells(det, text, packs):
    assert_sells(det, text, "CS-229", packs)


# --- (d) cats2's lawful twins ---------------------------------------------------------------------

_CATS2_LAWFUL = [
    "本校通知：复审学员的学时按签到签退自动挂在系统上，请本人按时上课，电话 0571-86003301",
    "复审签到通知：登高证复审学员请本人到场签个到，学时按实际上课记录，缺课的要补",
    "晚报消息：有人在网上称“电工证不用考就能做一本”，警方提醒这是伪造证件",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CATS2_LAWFUL)
def test_cats2_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)
