"""Session 64, review95: a second reading of review90 and left37 (one question, one answer).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The answering turn's echo of the asked words (老师：免考？可以，… / 导师：免考？不行，…): every
  reading of it (``stance._TURN_ECHO`` in ``_answered``'s shop branch, ``_said_lawfully`` and
  ``_refused_for_training``) matched a question mark in text already simplified, where ？ is 。, so
  no echo was ever dropped: the seller's yes after the echo stayed a question in the certificates
  pack, and the school's no after it, with its enrolment contact, fired.
- review90's ``silence._YES_THEN_DOCS`` papers (发身份证照片过来, 把身份证正反面发过来): live where
  the buyer's 能办吗 / 能拿吗 is the warning word the shop's yes lifts; pinned with the sellers it
  lets fire and the lawful errand it keeps silent.
- A turn labelled with a space inside the label (老 師：): read as a label as 老·师： is.
- The master's labels (师傅 / 老师傅) on a worker's or a driver's lawful word: silent.
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

# the seller's yes after an echo of the buyer's words: CS-201 in the certificates pack
_ECHO_SELLERS = [
    "学员：电工证能免考吗？\n老师：免考？可以，交钱直接拿证，私我",
    "学员：焊工证能免考吗？\n教练：免考？能，不用考，包拿证，私聊 hg_2201",
    "学员：登高证能免考吗？\n讲师：免考？可以的，不用考试，七天出证，私聊 dg_1120",
    "学员：电工证能免考吗？\n老師：免考？可以，交錢直接拿證，私我",
]

# the school's lawful no after an echo of the buyer's words, often with its enrolment contact
_ECHO_SILENT = [
    "学员：电工证能免考吗？\n导师：免考？不行，必须本人到考点，报名加微信 px_3392",
    "学员：电工证能免考吗？\n老师：免考？不能，必须本人参加考试，报名加微信 px_3392",
    "学员：焊工证能免考吗？\n客服：免考？不行的，考试必须本人参加，我们只做培训，咨询加微信 px_2231",
    "学员：电工证能免考吗？\n师傅：免考？不可能，必须本人去考点考，报名加v px_1120",
    "学员：电工证能免考吗？\n教练：免考？可以啊，不过那是骗子的话，我们这里都要考",
    "学员：电工证能免考吗？\n老师：免考？可以，满足条件的可以申请延期复审，不是不考",
]

# the spaced (and traditional) label on the school's no with its enrolment contact
_SPACED_LABEL_SILENT = [
    "学员：电工证能免考吗？\n老 師：不能，必須本人參加考試，報名加微信 px_3392",
    "学员：电工证能免考吗？\n老 师：不能，必须本人参加考试，报名加微信 px_3392",
    "学员：焊工证能包过吗？\n班 主 任：包不了，我们只负责培训，报名加微信 px_3392",
]

# ... and the seller's yes under the same spaced labels still fires (review86's reading)
_SPACED_LABEL_SELLERS = [
    "学员：电工证能免考吗？\n老 師：可以，不用考，交錢直接拿證，私我",
    "学员：焊工证能免考吗？\n班 主 任：能，不用考，包拿证，私聊 hg_2201",
]

# review90's papers in ``_YES_THEN_DOCS``: the shop's yes and its call for the ID's photos lift
# the buyer's 能办吗 / 能拿吗, so the seller fires
_DOCS_SELLERS = [
    "顾客：叉车证能办吗？\n客服：能的，发一下身份证正反面过来，五天出证",
    "顾客：电工证不考能拿吗？\n老板：OK的，发身份证照片过来，十天拿证",
]
# ... and the lawful errand with the same call stays silent
_DOCS_SILENT = [
    "顾客：焊工证复审能办吗？\n客服：可以的，发身份证照片过来，复审培训要本人参加",
    "顾客：焊工证复审要本人去吗？\n客服：要的，先发身份证照片过来，我们帮您预约复审培训",
]

# the master's labels (师傅 / 老师傅) on lawful words: a workshop's, a driver's, an old hand's
_MASTER_SILENT = [
    "师傅：焊工证要去考，我们厂都是考的",
    "工友问：焊工证能不能花钱买？\n老师傅：必须考，别信网上的",
    "工友：电工证能免考吗？\n老师傅：免考？不可能，都得去考点考，别信网上的",
    "乘客：师傅，叉车证能买吗？\n师傅：买的都是假证，查得到，还是老老实实去考",
    "学徒：焊工证能不考直接拿吗？\n师傅：不能，必须本人去考，考过了才发证",
    "学徒：焊工证能不考直接拿吗？\n師傅：不能，必須本人去考，考過了才發證",
    "学徒：登高证能包过吗？\n师傅：包过？哪有这种事，好好练就能过",
    "学徒：电工证能免考吗？\n师傅：可以，不用考是骗人的说法，信了就上当",
    "学员：电工证能免考吗？\n老师傅：能，你去年那个就是这么被骗的，交了钱啥也没拿到",
    "学徒：焊工证复审要考试吗？\n师傅：不用考，复审参加培训就行，到期前去报名",
    "学徒：焊工证到期了怎么办？\n老师傅：去应急管理局网站预约复审，带身份证去培训",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _ECHO_SELLERS)
def test_seller_yes_after_echo_fires_in_certificates(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-201", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize(
    "text", _ECHO_SILENT + _SPACED_LABEL_SILENT + _DOCS_SILENT + _MASTER_SILENT
)
def test_lawful_answers_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _SPACED_LABEL_SELLERS)
def test_seller_yes_under_spaced_label_fires(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-201", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DOCS_SELLERS)
def test_yes_with_papers_call_fires(det, text: str, packs) -> None:
    assert_sells(det, text, {"CS-001", "CS-006"}, packs)


def test_yes_with_papers_call_certificates(det) -> None:
    # the 叉车证 seller with its days to the paper: CS-201 in the certificates pack too
    text = _DOCS_SELLERS[0]
    assert_sells(det, text, "CS-201", CERTS)


def test_echo_yes_that_denies_the_thing_stays_silent(det) -> None:
    # the echo's yes goes on to deny the echoed pass: the school's reassurance (review67's
    # neighbour, which the live echo reading first let fire)
    text = "学员：登高证能包过吗？\n老师：包过？放心，没有包过这回事，考试靠自己"
    for packs in EVERY_PACK:
        assert_silent(det, text, packs)
