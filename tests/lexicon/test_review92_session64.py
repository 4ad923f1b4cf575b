"""Session 64, review92: a second reading of left36 (straw men, waived presence, the usual way
denied then the writer's can-do, bent 代办 of bare jobs). Sentences written for this file (not from
any held-out set, nor the rules' fixtures).

- Renewal notices that ask only for a photo or a signature beside the renewal's own skip
  (叉车证复审不用考试，持证人须本人上传照片即可): left36's ``silence._presence_waived`` read them as a
  seller's waiver and CS-201 fired; a renewal named there keeps the presence word's excuse.
- left36's 代办高空作业 stood inside the aerial-work vehicle's errand (代办高空作业车年审，不用到场):
  CS-028 takes 作业车 / 作业平台 as the machine's own errands.
- A job posting for a stand-in worker (工地急招代班焊工，须持有效焊工证) fired CS-001 on the 代班
  homophone: 招代班 / 聘代班 are fragile exceptions (a seller's 免考 / 包拿 / 加v breaks them).
- Sellers in close variants: the signature asked at the place (须本人到场签个字即可), the no said with
  是 (一般是不行的), the can-do closed by a particle (可以搞定的), 有办法搞定, 找我们能搞定; the bent 代办
  before 叉车 / 登高 / 高空作业 (CS-028), and 代考高空作业 (EF-001).
- Lawful neighbours that stayed silent are pinned too: consumers' and schools' straw men, the
  school's help after the no, the notices about 代考 of aerial work, 带班 / 代班 job posts.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    CERTS,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: Renewals done on a photo or a signature, no new exam: the certificates pack's CS-201 stays off
#: (CS-001 reads 复审不用考试 in the default pack before and after this change; left alone).
_RENEWAL_PHOTO = [
    "叉车证复审不用考试，持证人须本人上传近期照片即可，在市场监管局网站办理",
    "焊工证延期复审免考试，须本人提供照片即可，由原发证机关审核",
]

#: Lawful text beside left36's readings: silent in every pack.
_SILENT = [
    # consumers' and schools' straw men that claim no pass of their own
    "说电工证包过的都是骗子，只有认真学习才能真正考过",
    "说焊工证包过的都是骗子，只有认真学习、本人参加考试才能真正拿证",
    "说电工证包过的都是骗子，只有在正规机构报名，本人参加考试才是正规途径",
    "敢说焊工证包过的都是骗子，只有在正规机构报名，本人参加考试才是正规途径，报名咨询电话 0571-86630215",
    "说焊工证包过的都是骗子，我们去年就信了包过，钱打过去微信就被拉黑了",
    "说电工证包过的都是骗子，在我们这儿包过一次也不存在，电话 0571-86630215",
    "谁说电工证能包过谁就是骗子，我们学员都是自己考的，报名电话 0571-86630215",
    # renewals and replacements on a photo or a signature
    "焊工证复审须本人到场，本人提供照片即可，考试须本人参加",
    "叉车证复审须本人到场签字即可，无需考试，由市场监管局办理",
    "焊工证补办不需要考试，须本人到场签个字即可，请到原发证机关窗口",
    "焊工证补办不用考试，需本人提供照片即可，请到政务服务中心窗口办理",
    # job posts and the machines' errands
    "工地急招代班焊工，须持有效焊工证，电话 13857120846",
    "招聘代班电工一名，要求持有低压电工证，电话 13857120846",
    "项目部聘代班电工，持证上岗，有焊工证优先，电话 13857120846",
    "招聘带班焊工两名，月薪一万二，电话 13857120846",
    "招带班电工，持证上岗，电话 13857120846",
    "代办高空作业车年审，不用到场，电话 0571-87716630",
    "代办高空作业平台年度检验，不用本人去，电话 0571-87716630",
    "带办叉车年检，不用本人去，电话 13857120846",
    # notices about 代考 of aerial work
    "代考高空作业属于违法行为，一经发现取消考试成绩",
    "高空作业考试严禁代考，违者依法处理，举报电话 12350",
    "网友问：高空作业能找人代考吗？答：不能，代考属于违法行为，考试须本人参加",
]

#: The school's help after the no (left36's own guard, said a little otherwise): no rule fires
#: (the learned model's ML-GP with the training pack alone is its own reading, left to it).
_SILENT_RULES = [
    "登高证能免考吗？一般不行，不过我们能安排复训，考试本人参加",
    "焊工证能不考直接拿吗？一般不行，不过我们能安排复训",
    "焊工证能免考吗？一般是不行的，不过我们有办法帮你提高通过率，电话 0571-86630215",
    "焊工证能免考吗？一般不行，不过找我们能帮你报名培训，电话 0571-86630215",
    "电工证能免考吗？一般是不行的，考试须本人参加，报名电话 0571-86630215",
    "焊工证能免考吗？一般不行，不过我们可以办理复审手续，考试本人参加",
]

#: The usual way denied, then the writer's can-do in words left36 did not read.
_CAN_DO_SELLERS = [
    "叉车证能不考直接拿吗？正常不行，不过我们可以搞定的，私聊",
    "焊工证能免考吗？一般是不行的，不过我们能搞定，私聊",
    "焊工证能免考吗？一般来说不行，不过我们有办法搞定，私聊",
    "焊工证能免考吗？一般不行，不过找我们能搞定，私聊",
]

#: Bent 代办 before other bare jobs (CS-028).
_BARE_JOB_SELLERS = [
    "带办叉车，免考，加v cc_1157",
    "代半叉车，不用考试，私聊",
    "带办登高，免考，私聊",
    "带办高空作业，免考，私聊",
]

#: 代考 of the aerial work named in its everyday words (EF-001).
_PROXY_EXAM_SELLERS = [
    "代考高空作业，私聊",
    "高空作业代考，包过，私聊",
]

#: Straw men in other frames, and presence waived in other words: already read, pinned here.
_STRAW_SELLERS = [
    "说电工证包过的全是骗子，只有我们这儿才是真包过，加v bg_2271",
    "谁说焊工证包过都是骗子？我们就包过，加v bg_2271",
    "说焊工证包过的都是骗人的，只有我们才是真包过，加v bg_2271",
    "外面说电工证包过的都是骗子，只有我们家才是真包过，电话 13857162204",
    "说登高证保过的全是骗子，我们这保过，电话 13857162204",
]

_WAIVER_SELLERS = [
    "电工证代办，无需本人到场，不用考试，加v dg_5541",
    "焊工证代办，不必本人到场，免考，私聊",
    "焊工证代办，本人可不到场，免考，加v hw_3381",
    "电工证不用考试，本人可以不到场，十天出证，私聊",
    "焊工证免考，只需本人提供照片即可，十天出证，私聊",
]

#: The signature asked at the place only, beside a skip: no in-person excuse for CS-201 either.
_SIGNATURE_SELLERS = [
    "登高证不用考试，须本人到场签个字即可，加v gk_1157",
]

#: A job posting's excuse broken by the seller's own words.
_JOB_POST_SELLERS = [
    "急招代班焊工，不用考试包拿焊工证，加v hw_3381",
    "招代班电工，电工证代办免考，私聊",
]


@pytest.mark.parametrize("text", _RENEWAL_PHOTO)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_renewal_on_a_photo_is_no_waiver(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, of="CS-201")


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("text", _SILENT_RULES)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_school_help_after_the_no_fires_no_rule(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


@pytest.mark.parametrize("text", _CAN_DO_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_usual_way_denied_then_can_do_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("text", _CAN_DO_SELLERS)
def test_usual_way_denied_then_can_do_sells_certificates(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-201", CERTS)


@pytest.mark.parametrize("text", _BARE_JOB_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_bent_proxy_before_other_jobs_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-028", packs)


@pytest.mark.parametrize("text", _PROXY_EXAM_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_proxy_exam_of_aerial_work(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "EF-001", packs)


@pytest.mark.parametrize("text", _STRAW_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_straw_man_in_other_frames_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "guarantee_promise", packs)


@pytest.mark.parametrize("text", _WAIVER_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_presence_waived_in_other_words_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("text", _WAIVER_SELLERS + _SIGNATURE_SELLERS)
def test_presence_waived_in_other_words_certificates(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-201", CERTS)


@pytest.mark.parametrize("text", _SIGNATURE_SELLERS + _JOB_POST_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_signature_only_and_job_post_sellers(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-001", packs)
