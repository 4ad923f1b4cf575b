"""Transport, maritime, aviation and farm-machinery papers (session 42, helper transport, holdout92).

Road-transport qualification cards, seafarers' papers, dangerous-goods escorts' cards and drone
pilots' licences are sold like any other certificate: 海员证 代办 不用上船, 押运证 没考的也能拿,
无人机执照 不用考 直接出. The certificates pack had no name for several of them, and a seller's own
desk doing the errand (我这边统一给你们办, 我统一帮你们弄) was no sale word. The same words are
said by the maritime office naming itself as the issuer, by an employer who sends its staff to the
exam, and by people asking how to get or renew the papers.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "海员证 代办 不上船 不考试 加微",
        "船员证 适任证书 一起办 人不用到场 私聊",
        "无人机执照 不用考 直接出 私",
        "操控员执照 免考 一周拿 联系我",
        "CAAC执照 多旋翼 不用考试 直接出照 加v",
    ],
)
def test_named_transport_papers_sold_are_found_by_the_certificates_pack(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "没有焊工证的 我这边统一给你们办 一人八百",
        "登高证 我这里直接给你办 私聊",
    ],
)
def test_the_sellers_own_desk_is_a_sale_word_in_the_default_pack(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "没有货运资格证的司机 我这边统一给你们办 一人八百",
        "海员证 我统一帮你们弄 不用考 一人一千",
        "船员证 我这里直接给你办 不用上船 加微",
    ],
)
def test_the_sellers_own_desk_sells_transport_papers(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "押运员证 免考 半个月到 电话 137 0000 2233",
        "危运证 急用的找我 人不用到场 十天到手",
        "渔船船员证 都能办 不考试 渔政系统可查 电话同微",
        "押运证 我统一帮你们弄 不用考 一人一千",
    ],
)
def test_escort_and_crew_papers_sold_are_certificate_sales(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


def test_a_maritime_paper_is_not_a_special_operations_certificate(det) -> None:
    # the seafarer's paper belongs to the certificates pack: the default pack stays silent on it
    assert not {
        r for r in rule_ids(det, "海员证 代办 不上船 不考试 加微", DEFAULT) if r.startswith("CS-0")
    }


@pytest.mark.parametrize(
    "text",
    [
        "海员证由海事局签发，申请人无需参加考试。",
        "无人机驾驶员执照由民航局颁发，须通过理论和实操考试。",
        "入职后公司统一给你们办理健康证，体检费用公司承担。",
        "我这边统一给大家报名货运资格证考试，考试要本人去考。",
        "我这边帮你问问海事局，看海员证换发需要什么材料。",
        "押运员证考试分理论和实操，押运证有效期六年。",
        "请问CAAC执照和UTC有什么区别？",
        "远洋船舶招聘水手，需持有效海员证和适任证书。",
        "货运资格证换证不用去运管所了，在运政服务平台网上就能办。",
        "普通货运从业资格证申领无需考试，持A2驾驶证到运管窗口申请即可。",
    ],
)
def test_offices_employers_and_questions_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()
