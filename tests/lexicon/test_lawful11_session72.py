"""Session 72, helper lawful11: warnings turned with 然而, errands an office or a firm does, renewal notices.

Sentences written for this file (none is a row of holdout256, of any other set or of any real
text). Families of lawful lines that fired on main ``a9be0fe6``:

- a regulator's or a paper's warning that names the promise as someone else's claim (网上宣称包过, 打出
  稳过的旗号, 号称必过) and turns against it with 然而 and a verdict (并无依据, 谁也保证不了): GP-001 /
  GP-002 / GP-101 read the claimed pass as offered, the claim's verb standing inside the candidate or
  its 旗号 after it;
- a renewal notice that keeps the renewal's training and refuses an errand fee (不收任何代办费): the
  refused 代办 counted as the seller's;
- a firm's own certification errand (体系认证代办, 安全生产标准化复审代办) whose 证书 is the firm's:
  the certificates pack's CS-201 never read ``firm_errand``, and 安全生产标准化 was no firm's word.

Each reading is tested with its lawful twins (no rule fires in any pack run) and with the sellers who
use the same words and cross the line (a rule still fires where its pack runs).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: A warning naming the pass as someone else's claim, turned with 然而 against it.
_TURNED_WARNINGS = [
    "电工证在网上宣称包过，然而包过的说法毫无依据，请以考点通知为准",
    "有机构打出焊工证包过的旗号，然而考试由考点统一组织，谁也保证不了",
    "有培训点打出登高证稳过的招牌，然而成绩只看考生自己，没有人能保证",
    "叉车证广告里宣称必过，然而考试合不合格没有人能保证，县应急管理局提醒",
    "制冷证网上号称稳过，然而这种说法并无依据，报名请认准正规机构",
    "一些中介打出高压电工证包过的旗号，然而记者调查发现，所谓包过只是揽客的话术",
    # the second reading: a banner the claim is flown under in other words, a paper's report
    "某培训点打着电工证包过的幌子招生，但考试合格与否全靠考生自己，市场监管局已立案",
    "一些商家打出焊工证包过的口号，其实这种说法毫无依据，请大家警惕",
    "有机构打出叉车证稳过的旗号，然而我们调查发现这只是话术",
]
#: The same turn followed by the writer's own promise or contact.
_TURNED_WARNINGS_SOLD = [
    "别家焊工证网上宣称包过，然而做不到，我们才是真稳过，私聊",
    "有机构打出电工证稳过的旗号，然而谁也保证不了，只有我们签合同包过，加v lw_1101",
    "焊工证网上宣称包过，然而说法并无依据？我们真包过，电话13812340000",
    "有机构打出登高证包过的旗号，然而谁也保证不了，来我们这里稳过，私我",
    # the second reading: the writer's own claim, a pledge or a refund after the turn, a mobile
    "本校宣称电工证稳过，但不是吹的，不可能不过",
    "焊工证网上都宣称包过，但是谁也保证不了，我保，不过退钱",
    "别家打出电工证包过的旗号，然而都是话术，想稳过的13800001111",
    "别人打出电工证包过的旗号，然而谁也保证不了，除了本校，一次不过全额退",
]
#: The same turn in an exam-training ad of another exam, followed by the school's own promise.
_TURNED_WARNINGS_SOLD_TRAINING = [
    "有机构打出教资稳过的旗号，然而只有我们是真包过，不过退费，私聊",
    "别家网上宣称一建包过，然而做不到，我们签协议包过，加v lw_1104",
]
#: A renewal notice keeping the training, refusing an errand fee.
_FEE_REFUSED = [
    "焊工证复审不用考试，参加复审培训合格即可换证，不收任何代办费，咨询电话13900001111",
    "叉车证复审无需重考，本人参加8学时复审培训即可，学校不收代办费",
    "电工证到期复审不用重新考试，参加复审培训考核合格即可，本中心不收取任何代办费用",
    "电工证复审不用重新考试，参加8学时复审培训合格即可，免收中介费，报名电话13700001111",
]
#: The same notice with the errand sold, the course waived or the writer's hands in it.
_FEE_REFUSED_SOLD = [
    "电工证复审不用考试，参加复审培训合格即可，代办费三百，私聊",
    "焊工证复审不用考试，复审培训也不用上，不收代办费，只收八百，加v lw_1102",
    "电工证复审不用考试，参加复审培训合格即可，不收代办费，我们帮你办，私我",
    "叉车证复审不用考试，参加复审培训合格即可，不收任何代办费，交钱直接拿新证",
    "电工证复审不用考试，不收任何代办费，人不用来，三天出证",
    "焊工证复审不用考试，参加复审培训合格即可，不收代办费，代办的话三百，微信同号",
]
#: A firm's own certification or status errand, its 证书 the firm's.
_FIRM_ERRANDS = [
    "质量体系认证代办，认证证书由第三方认证机构出具，本公司只协助准备资料",
    "安全生产标准化达标复审代办，协助企业准备评审材料，不办理任何个人证书",
    "环境管理体系认证代办，证书由认证机构审核后颁发",
    "安全生产标准化代办，协助企业自评和迎检，评审结论由主管部门作出",
    "企业资质年审代办，只办企业的事，不办理个人证书，人员证书请员工本人考",
]
#: The same errand with the staff's papers or a skipped audit sold beside it.
_FIRM_ERRANDS_SOLD = [
    "体系认证代办，电工证焊工证也能办，不用考，私聊",
    "安全生产标准化复审代办，顺带人员证书，不用考试直接下证，加v lw_1103",
    "体系认证代办，证书三天下，不用审核，价格优惠，私我",
    "安全生产标准化代办，缺的安全员证我们配齐，不用考，加v",
    "安全生产标准化复审代办，个人证书也能办，不用考，私聊",
    "企业资质代办，个人证书现成，加v zz01",
]
#: Lines that still fire where named (left alone this round; see the write-up's 仍然误报).
_STILL_FIRING = [
    ("本区特种作业证复审开通网上办理 持证人不用出面 证送上门", WITH_CERTS),
    ("车间统一组织复审，不用本人跑，安全科代办报名，请交身份证复印件", WITH_CERTS),
    ("电工证复审别找中介代办，我们政务中心一条龙服务，本人带身份证即可", WITH_SPECIAL),
    ("复审都不用考，本人到现场签到就行", WITH_SPECIAL),
    # (issue 9, session 73, lawful12) 焊工证不能替考，我们考场有人脸识别 and 出售二手吊车一台，司机有起重证，
    # 可一起带走 are silent now (EF-002's 有人脸; silence._holder_card): asserted in test_lawful12_session73.py
    ("电工证成绩有异议可申请复核，分数能改的只有阅卷复核这一条路", WITH_SPECIAL),
    ("我报的焊工证包过班，没过不予退费，气死了", WITH_SPECIAL),
]

#: Sellers still missed where named (missed on ``a9be0fe6`` as well): the rival's claim in the paper's
#: clause, the writer's own pass after the turn with no paper of its own in sight.
_STILL_MISSED = [
    ("叉车证别家号称稳过，然而我们内部渠道才是真包过，不过全退", WITH_SPECIAL),
    ("焊工证网上宣称包过，然而都是骗局，只有这里真的稳过，加v", WITH_SPECIAL),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _TURNED_WARNINGS)
def test_a_claimed_pass_turned_against_with_a_verdict_is_a_warning(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _TURNED_WARNINGS_SOLD)
def test_a_turn_to_the_writers_own_pass_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _TURNED_WARNINGS_SOLD_TRAINING)
def test_a_turn_to_the_schools_own_pass_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FEE_REFUSED)
def test_a_renewal_notice_refusing_an_errand_fee_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
@pytest.mark.parametrize("text", _FEE_REFUSED_SOLD)
def test_a_renewal_with_the_errand_sold_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FIRM_ERRANDS)
def test_a_firms_own_certification_errand_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _FIRM_ERRANDS_SOLD)
def test_a_firm_errand_with_papers_sold_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="left alone this round: see _STILL_FIRING")
@pytest.mark.parametrize(("text", "packs"), [(t, p) for t, runs in _STILL_FIRING for p in runs])
def test_lines_left_firing_still_fire(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(strict=True, reason="missed on the unchanged code too: see _STILL_MISSED")
@pytest.mark.parametrize(("text", "packs"), [(t, p) for t, runs in _STILL_MISSED for p in runs])
def test_sellers_left_missed_are_still_missed(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)
