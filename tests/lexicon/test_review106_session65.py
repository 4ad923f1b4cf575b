"""Session 65, review106: a second reading of review99 and review100 (renewal sellers, icons inside
ids, medical papers). Sentences written for this file (not from any held-out set, nor the rules'
fixtures).

- Lawful renewal notices that name the course's or the card's own fee (复审培训费每人180元, 工本费10元)
  or the office's WeChat public account (微信公众号“…”): the fee of a course the holder takes and an
  office's channel, not the seller's price or private chat; no rule may fire in any pack.
- The holder's step spared only in its form (照片不用交纸质版; 签字不用到现场; 已完成的学时不用重复参加;
  照片不用另交): the step is still taken, the notice stays silent; the step itself spared (学时不用参加)
  stays the seller's.
- A renewal's 免考 said of the learners after a comma (到期换证，免考的学员需本人签字即可): the office's.
- Hospitals' and schools' own lines beside review100's readings (各项指标都合格者方可入职，盖章齐全的报告
  请交人事部; a school's post with 📱 / 🆔 and a handle): silent.
- Sellers next to them: a first issue run "as a renewal" (初次领证按复审流程) and the holder's step spared
  (继续教育不用参加，资料发我) in the certificates pack, where CS-201's own 流程 / 换证 exceptions let them
  through; the seller's price beside a renewal (培训费1500元，包拿证; 一千二全包).
- A health certificate sold without its check (健康证免检直接开，盖章齐全): the sale (CS-201), no
  forgery finding (FC-209 excused by 免检 as it is by 免考); a forger's 钢印 beside 免检 stays a forgery.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    Packs,
    assert_sells,
    assert_silent,
)

_SILENT = [
    # an office's or a school's renewal naming the course's fee or the card's cost
    "焊工证复审不用考试，须本人签字即可，复审培训费每人180元，详见微信公众号“杭州应急管理”",
    "叉车证到期换证无需考试，需本人签字即可，工本费10元，可在市应急管理局微信公众号预约",
    "低压电工证复审不考试，须本人提供照片即可，复训费用200元由单位承担，电话 0571-86221234",
    "登高证复审不用考，须本人签字即可，收费标准：培训费150元/人，咨询电话 0571-86221234",
    "电工证复审免考，须本人提供照片即可，复审培训费300元，报名电话 0571-86221234",
    "电工证复审通知：复审不用考试，须本人签字即可，复审名单见微信公众号“安培中心”，电话 0571-86221234",
    # the step still taken, only its form spared
    "电工证复审不用考试，照片不用交纸质版，网上上传即可，电话 0571-86221234",
    "焊工证复审不用考试，签字不用到现场，网上签字即可，电话 0571-86221234",
    "电工证复审不用考试，已完成的学时不用重复参加，由学校统一报送，电话 0571-86221234",
    "焊工证复审不用考试，照片不用另交，系统自动调取，详见应急管理局网站",
    # the renewal's 免考 said of the learners
    "焊工证到期换证，免考的学员需本人签字即可，电话 0571-86221234",
    "焊工证复审免考的学员，需本人签字即可，电话 0571-86221234",
    # hospitals' own check and seal
    "本院入职体检须知：各项指标都合格者方可入职，盖章齐全的报告请交人事部",
    "入职体检各项指标都合格者，凭盖章齐全的体检报告到人事处报到",
    "体检报告出具后请核对，各项都合格的由体检中心盖章，盖章齐全后交单位人事科",
    "各大医院都能开具诊断证明，须本人携带病历到门诊办公室盖章",
    "诊断证明请到就诊医院开具，加盖医院公章后交辅导员",
    # schools' posts with icons and handles
    "本校电工证培训 理论加实操 本人参加应急管理局统一考试 不包过 📱 hz8812",
    "电工证培训报名 考试由应急局组织 考不过可补考一次 📱 px_school01 电话 0571-86221234",
    "焊工培训招生 本人参加考试 📞 0571📞8622📞1234 报名咨询🆔 hz_px2026",
    "叉车培训 理论实操 本人考试 合格后发证 🟢V zz_peixun 到校咨询",
    "学校招生简章：电工证培训 本人考试 报名🆔 dgz_2026 📞 0571-86221234",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_lines_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# the special-operations sellers: read by the default pack and by the certificates pack
_RENEWAL_SELLERS = [
    "电工证初次领证按复审流程，不用考试，须本人签字即可",
    "电工证初次领证按复审流程走，不用考试，须本人签字即可",
    "焊工证新证也按复审流程，免考，须本人上传照片即可",
    "电工证到期换证不考试，继续教育不用参加，资料发我",
    "电工证换证不考试，学时不用参加，照片发我",
    "电工证复审不用考，须本人签字即可，培训费1500元，包拿证",
    "电工证复审不用考，须本人签字即可，费用一千二全包",
    "电工证复审不考试，照片不用交，签字也不用，在家等证",
    "焊工证复审不用考试，须本人签字即可，培训费800元，加微信 hz_8812",
]


@pytest.mark.parametrize("text", _RENEWAL_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
def test_renewal_sellers_sell(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ["CS-001", "CS-201"], packs)


@pytest.mark.parametrize("text", _RENEWAL_SELLERS)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_renewal_sellers_sell_in_the_certificates_pack(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


# a health certificate sold without its check: the sale, not a forgery
_CHECK_SKIPPED = [
    "嫌体检麻烦的找我们卫生室，健康证免检直接开，盖章齐全，私聊",
    "健康证免体检 盖章齐全 加v hz8812",
    "餐饮健康证 免检 各项都合格 盖章齐全 三天出证 私聊",
]


@pytest.mark.parametrize("text", _CHECK_SKIPPED)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_health_certificate_without_check_is_a_sale(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)
    assert_silent(det, text, packs, of="FC-209")


# the forgers beside them keep their forgery findings
_FORGERS = [
    "健康证免检 钢印齐全 可查 私聊",
    "体检报告 各项都合格 盖章齐全 入职专用 🆔 tj_8866",
    "体检报告 入职专用 各项指标都合格 盖章齐全 📱 tj_8866",
    "船员健康证 不用体检 盖章齐全 出海前三天拿 私信我",
]


@pytest.mark.parametrize("text", _FORGERS)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_forgers_still_forge(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "fake_certificate", packs)


def test_the_special_pack_still_reads_the_renewal_price(det: Any) -> None:
    for packs in WITH_SPECIAL:
        assert_sells(det, "电工证复审不用考，须本人签字即可，价格私聊", "CS-001", packs)
