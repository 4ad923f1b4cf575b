"""The training-ads pack on the styles third parties write in (issue 9, quality10t).

A seller speaking in its own frame (我们驾校承诺：…, 老师说了：我们班…，报名加V) is the writer, not
someone the writer reports; a reporter's frame over the same words stays silent. Every example
is in the project's own words and none is a line of holdout15.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    "text",
    [
        # the seller's staff opens its own pitch and calls on the reader
        "老师说了：我们班不过的，学费退给你，报名加V",
        "主任说了：咱们这期班面试不过的，学费退一半，想报的私我",
        "【学海教育】校长说：我们学校教资不过的，学费退给你，名额有限",
        # the seller's own institution as the speaker
        "我们驾校承诺：一次不过，补考费全免！报名热线 0571-8899 0011",
        "本机构郑重承诺：二建没过的，学费一分不少退你",
        "咱们学校说了，考研没上岸的学员，钱全部退",
    ],
)
def test_a_sellers_own_frame_is_the_sellers_offer(det, text: str) -> None:
    res = det.scan_page(text=text, packs=["training-ads"])
    assert res.findings, [s.reason for s in res.suppressed]
    assert not any("转述" in c for f in res.findings for c in f.cues)


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's frame before the seller's own words
        "家长说，我们驾校承诺一次不过全额退款，结果补考还要交钱",
        "网友称，老师说了：我们班不过全退，报名加V",
        "警方称，老师说了：我们班包过，不过全退，私我报名",
        "据学员介绍，老师说：我们班包过，不过全退，报名找我",
        "记者暗访，校长说：咱们学校不过全退，抓紧报名",
        "一位家长说，我们本地的驾校都承诺一次不过全额退款",
        "家长说：老师说了，我们班不过的学费全退",
        # the staff's words without a call on the reader: a chat, not a pitch
        "老师说了：我们班不过的，学费退给你",
        # an own institution promising what is no exam result
        "我们驾校承诺：收费透明，无任何隐形消费",
        "本机构承诺：未开课可全额退费，开课后按课时比例退费",
    ],
)
def test_a_reporters_frame_over_a_sellers_words_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "教资不过的，学费退给你，报名找我",
        "考研没上岸，钱一分不少退你，名额有限",
        "驾考没拿到本，补考费我们出，学车热线 139 2222 3333",
        "事业编不进面，直接退钱，加V sy_1",
        "省考笔试没过的学员，下一期免费学，咨询 0551-1234567",
        "我们驾校承诺：科目二没通过的学员，补考费全免",
        # a seller's "never dragging it out" is no learner's story
        "二建没考过 学费退你 不拖着 加V ej_123",
        "教资没过的，学费全退，绝不拖着，加V jz_2233",
    ],
)
def test_spoken_refund_promises_are_gp104(det, text: str) -> None:
    """学费退给你, 钱一分不少退你, 补考费我们出, 下一期免费学: the spoken forms of 退还全部学费."""
    res = det.scan_page(text=text, packs=["training-ads"])
    assert "GP-104" in {f.rule_id for f in res.findings}, [s.reason for s in res.suppressed]


@pytest.mark.parametrize(
    "text",
    [
        "教资没过，想退费，机构不给",
        "一建没过，退费难，投诉无门",
        "考试没过，钱退不回来了",
        "驾照没拿到本，驾校拖着不退钱",
        "没过的同学别灰心，补考费按规定缴纳，下次再来",
        "科目二没过，补考费按规定交纳",
        "退费政策：开课前可全额退费，开课后按比例退款",
    ],
)
def test_a_learners_refund_complaint_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "教资面试 保过 过不了全款退 扣扣 88 99 00 11",
        "公考面试稳过 过不了就退 加V gk_22",
    ],
)
def test_a_refund_clause_after_the_promise_is_no_exception(det, text: str) -> None:
    """过不了 excuses 稳过不了 (a learner's doubt), not 保过 过不了全款退 (the seller's terms)."""
    res = det.scan_page(text=text, packs=["training-ads"])
    assert "GP-101" in {f.rule_id for f in res.findings}, [s.reason for s in res.suppressed]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a paper out before the exam, said without 内部/泄题
        ("一建 今年真题考前放出 名额有限 私我", "EF-102"),
        ("公考申论 试题提前到手 价格私聊", "EF-102"),
        ("省考 内部消息 今年的题有人知道 需要的联系", "EF-105"),
        # a refund promise written together with the failed outcome
        ("中级会计 冲刺班 不及格退费 加V kj_77", "GP-103"),
        ("国考笔试班 没进面全额退费 咨询 139 2211 0099", "GP-103"),
    ],
)
def test_leaks_and_written_together_refunds_are_found(det, text: str, rule: str) -> None:
    res = det.scan_page(text=text, packs=["training-ads"])
    assert rule in {f.rule_id for f in res.findings}, [s.reason for s in res.suppressed]


@pytest.mark.parametrize(
    "text",
    [
        "省考刚结束，今年的考题已经出来了，申论考的是乡村振兴",
        "据内部消息，今年省考扩招三成",
        "体检不及格的考生不予录用",
    ],
)
def test_exam_day_news_and_rules_stay_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # paid once the result is in: no pass, no fee
        ("一建冲刺班 考过再付费 签协议 私我", "GP-103"),
        ("驾考 考过再交钱 学车热线 0571-2233 4455", "GP-103"),
        # a refund in 返 words
        ("二建没过的 学费全返 加微 ej_fanhuan", "GP-104"),
        ("研究生调剂\n调剂不成功，辅导费全退\n扣 5566 7788", "GP-104"),
        # retaken until the result comes
        ("会计初级 免费重学直到通过为止 加V kj_zd", "GP-106"),
        # a rate of 100 % is the promise the 95-99 % already were
        ("教资面试 通过率百分之百 报名加V jz_100", "GP-101"),
    ],
)
def test_pay_after_passing_and_until_passing_are_promises(det, text: str, rule: str) -> None:
    res = det.scan_page(text=text, packs=["training-ads"])
    assert rule in {f.rule_id for f in res.findings}, [s.reason for s in res.suppressed]


@pytest.mark.parametrize(
    "text",
    [
        "考生被录取后交学费，具体见录取通知书",
        "先上课后付款，试听满意再交费，报名加V kk_1",
        "学员心得：每天刷两小时题，坚持到考过为止",
    ],
)
def test_admission_fees_and_study_diaries_stay_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize("exam", ["事业单位", "C1", "c2驾照", "银行招聘"])
@pytest.mark.parametrize("pitch", ["{} 稳过 私我", "{}稳过，加V kk_2233", "{} 一次通关 私我"])
def test_every_exam_is_in_scope(det, exam: str, pitch: str) -> None:
    """A promise counts where an exam is in sight, whatever exam a seller names."""
    assert det.scan_page(text=pitch.format(exam), packs=["training-ads"]).findings
