"""Session 68, mlfa: lawful lines only the learned model flagged, and the sellers beside them.

Sentences written for this file, in the shapes of the model-only false alarms of the project sets
(holdout232, holdout227, holdout208 and their neighbours): a school's line that leaves the exam to the
learner (考试须本人到场, 考场上只能靠你自己, 考试时本人独立作答, 理论和实操都要考) a school that is
the exam site itself (本校就是认定的考点, 不用再去外地), and a visa desk's list of the applicant's
own papers (签证所需资料：护照、身份证、户口簿、银行流水). The model reads their 帮你 / 安排 / 不用 and
the phone as a seller's; no rule fires on them. Their sellers of the same shape -- the exam named
only to be emptied (本人去坐一下就行, 签个到, 有人照应), asked as a question and denied (谁说一定要
本人考？不用！), or the site with an insider (考场我们有人照顾) -- stay found in every pack run where
they were found before.
"""

from __future__ import annotations

import pytest

from lexicon.finding import CATEGORIES
from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    assert_sells,
    assert_silent,
)

#: A school's line that leaves the exam to the learner in person.
_EXAM_KEPT = [
    "高处作业证考试快到了，我们可以帮学员打印准考证，考试须本人到场",
    "问：能帮忙领准考证吗？\n答：可以帮你打印准考证，考试要本人去，电话 13957180001",
    "问：实操总是焊不好怎么办？\n答：我们安排师傅陪你多练几次，考场上只能靠你自己，报名电话 0571-86230001",
    "问：不会电脑答题怎么办？\n答：别担心，考前我们带你练熟机考系统，考试时本人独立作答，电话 13957180002",
    "制冷证培训：考试过不过看自己，我们不打包票，报名电话 0571-86230003",
    "免考是不可能的，我们走正规流程，报名培训后本人参加考试",
    "专业做焊工证培训，理论和实操都要考，没考过的要补考，电话 139 0000 1111",
    "问：理论题记不住？\n答：老师会给你多讲几遍重点，考试还得靠你自己，报名电话 0571-86230004",
    "叉车证考试下周开始，学校统一打印准考证，考试当天本人带身份证到考点",
    "电工证培训班：准考证由我们统一打印，考试时学员本人到场，报名电话 0571-86230007",
    # a regulator's and a newspaper's lines with the same words
    "考生须本人到考点参加考试，准考证可在网上自行打印，不得由他人代考",
    "记者了解到，特种作业操作证考试必须本人到场，网上所谓包过都不可信",
]

#: A school that is the exam site itself: the journey is spared, not the exam.
_SITE_KEPT = [
    "低压电工证不用跑去市区考，本校就是认定的考点，报名电话 0571-86230010",
    "焊工证考试不用再去外地，我们培训中心就是考试点，报名咨询 0571-86230011",
    "高处作业证就在本校考，不用来回跑，考点设在我们教学楼二楼，报名电话 0571-86230012",
    "制冷证考试不用去省城，本中心就是认定的考核点，报名电话 0571-86230013",
    # a newspaper's, a regulator's and a school's Q&A with the same words
    "今年起焊工证考试不用再跑去省城，本市新设了考试点，市民可就近报名",
    "通知：本年度电工证考试不用去市区，各县均设考核点，考生须本人参加考试",
    "记者走访发现，不少学员为考叉车证来回折腾，如今本区也有了考点，不用来回跑",
    "问：焊工证考试能不能替考？\n答：不能，考试必须本人到场，身份证和人脸都要核验",
]

#: A visa desk's list of the applicant's own papers (a third group): the model read the list and the
#: contact as a forger's (ML-CS / ML-FC in the certificates pack).
_VISA_DESK = [
    "代办护照和签证业务，需本人身份证、户口本，咨询电话 0571-86230043",
    "代办护照签证，需本人身份证、户口本原件，咨询电话 0755-2233 5566",
    "签证所需资料：护照、身份证、户口簿、银行流水，加v qz_2005",
    "签证需要的资料：护照、身份证、户口本、工资流水，加v qz_2006",
    "英国签证材料：护照、照片、行程单、酒店预订、银行流水，咨询 186 3333 4444",
    "专业办签证，材料清单：护照 身份证 户口本 结婚证 银行流水，加v lx_5566",
    "护照到期换发，身份证、户口本、旧护照带齐，到出入境窗口办理，当天受理",
    # a travel agency's, an office's and a study agent's lines with the same words
    "旅行社：日本签证所需材料为护照、照片、在职证明，详情咨询 0571-86230040",
    "出入境管理局提醒：护照到期换发须本人带身份证到窗口办理，咨询电话 0571-86230041",
    "留学中介：签证材料清单已发到群里，护照、录取通知书、资金证明请自行准备，电话 13957180035",
]

#: Sellers of the same shapes, each with the pack runs it is found in.
_SELLERS: list[tuple[str, list[list[str] | None]]] = [
    ("焊工证考试临近，准考证我们帮你打印，考试本人去坐一下就行，电话 13957180003", EVERY_PACK),
    ("电工证考试本人去签个到，其余我们搞定，电话 13957180004", EVERY_PACK),
    ("问：理论怕考不过？\n答：考试本人去就行，答案我们考前发你，电话 13957180005", [TRAINING, ALL]),
    (
        "问：实操怕考不过？\n答：考场上有人照应，你本人去就行，报名电话 0571-86230005",
        [TRAINING, ALL],
    ),
    ("考试只能靠你自己？不用，我们有人帮你答，私聊", [None, DEFAULT, TRAINING, ALL]),
    (
        "问：不会电脑答题怎么办？\n答：没关系，考试时本人坐着就行，机考那边我们安排好了，电话 13957180006",
        [None, DEFAULT, TRAINING, ALL],
    ),
    ("谁说焊工证一定要本人考？不用！全程代办，电话13912340000", [None, DEFAULT, CERTS, ALL]),
    ("制冷证培训：考试过不过不用看自己，我们保你过，报名电话 0571-86230006", EVERY_PACK),
    (
        "问：能帮忙领准考证吗？\n答：准考证我们帮你打印，考试本人去，证我们包拿，电话 13957180007",
        EVERY_PACK,
    ),
    (
        "问：理论怕考不过？\n答：考试本人去就行，考官那边我们打过招呼，电话 13957180008",
        [TRAINING, ALL],
    ),
    ("电工证不用跑去市区考，本地考点我们有人，包过，加v dg_3301", EVERY_PACK),
    ("焊工证考试不用再去外地，我们这边直接出证，电话 13957180009", EVERY_PACK),
    ("高处作业证不用来回跑，考点都不用去，证直接寄到家，私聊", EVERY_PACK),
    ("低压电工证不用跑去市区考，本校考点，考场我们有人照顾，电话 13957180010", EVERY_PACK),
    # the second reading's sellers: the exam kept in words and the card, the pass or the refund sold
    # beside it; the three marked (*) went silent under the first draft of the fix
    ("焊工证考试本人到场，一周就能拿到证，电话 13957180011", EVERY_PACK),
    ("电工证，考试须本人到场，保证百分百通过，私聊", [None, DEFAULT, TRAINING, ALL]),
    ("考试本人去，过不了全额退，电话 13957180012", [None, DEFAULT, TRAINING, ALL]),
    ("电工证考试本人参加，成绩我们来搞，电话 13957180014", EVERY_PACK),
    ("叉车证考试要本人去，过不过我们兜底，电话 13957180015", [None, DEFAULT, TRAINING, ALL]),
    ("制冷证考试本人去，走个流程就行，电话 13957180016", [None, DEFAULT, ALL]),
    ("高处作业证考试的时候本人去一趟就能过，电话 13957180017", EVERY_PACK),
    ("电工证考试本人到场就可以了，其它不用担心，电话 13957180018", EVERY_PACK),
    ("低压电工证考试必须本人到场，证三天就下来，报名电话 0571-86230020", EVERY_PACK),
    # (*) an insider at the site, named without 有人
    (
        "问：焊工证难考吗？\n答：考试本人去，考场上有我们的人，电话 13957180019",
        [None, DEFAULT, TRAINING, ALL],
    ),
    # (*) the journey spared to a site whose examiners the seller knows
    ("焊工证不用跑去市区考，本地考点考官都熟，电话 0571-86230021", EVERY_PACK),
    # (*) the journey spared and the card promised by the day (CS-001)
    (
        "叉车证考试不用去外地，本中心考试点，证当天拿，电话 0571-86230022",
        [None, DEFAULT, CERTS, ALL],
    ),
    ("登高证就在本校考，不用来回跑，考试走个过场，电话 0571-86230023", [None, DEFAULT, CERTS, ALL]),
    ("焊工证考试本人去，考场上你坐着就行，电话 13957180020", [None, DEFAULT, TRAINING, ALL]),
    ("电工证考试须本人到场，剩下的事交给我们，电话 13957180021", EVERY_PACK),
    # the visa desk's sellers: papers made or supplied, the visa promised
    ("签证资料不够？工资流水、在职证明都能做，包出签，加v qz_2004", [CERTS, ALL]),
    ("申根签证资料：在职证明、银行流水我们提供，电话 13957180031", [CERTS, ALL]),
    ("护照签证业务，流水在职证明一条龙，电话 13957180033", [CERTS, ALL]),
    ("签证资料准备：银行流水 在职证明 现做，电话 13957180034", [CERTS, ALL]),
    ("签证需要的资料：护照、身份证、存款证明 可代开，电话 13957180032", [CERTS, ALL]),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _EXAM_KEPT + _SITE_KEPT)
def test_a_schools_line_that_keeps_the_exam_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _VISA_DESK)
def test_a_visa_desks_list_of_papers_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize(("text", "packs"), [(t, p) for t, runs in _SELLERS for p in runs])
def test_the_sellers_of_the_same_shape_stay_found(det, text: str, packs) -> None:
    assert_sells(det, text, sorted(CATEGORIES), packs)
