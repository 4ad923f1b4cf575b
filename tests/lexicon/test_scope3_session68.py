"""Session 68, scope3: pack scope leaks and double findings. Sentences written for this file (not
from any holdout set, the corpus, the rules' fixtures nor any real text).

- (a) CS-206 (a renewal run as an errand, no paper named) read the renewal of another pack's paper
  (导游证, 教师资格证, 执业药师证, 会计证) as a special-operations certificate: those belong to the
  certificates pack; the special-operations sellers of the shape still fire CS-206.
- (b) A driving licence's agent whose answer says only 换证, the licence named further back (in the
  question or the heading), fired CS-227 / CS-228: a lawful errand on the holder's mandate.
- (c) With every pack on, a special-operations seller of the rest-taken shape gets CS-227 (its
  pack) and CS-228 (the certificates pack) side by side, as CS-001 beside CS-201: pinned here.
- (d) A school's or a university's transcript (成绩单) service with a contact is no diploma seller
  (FC-205 in the certificates pack).
- (e) A school that refuses the pass guarantee in lawful3's words (保过这种承诺本校给不了) and then
  offers a free retake of the course, or refunds only the materials fee and says the tuition is not
  refunded (学费恕不退还): neither promises the pass (Advertising Law art. 24(1)); a bare free retake
  sold on failing (没考过的可以免费重修) stays the implied guarantee GP-104 reads.
- (f) Sellers that name no paper, no exam and no course: the refused-then-winked pass (包过这种话我们
  不敢讲，但结果你懂) and the pass without a contract (我们不签合同也包过) in the training pack.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

# --- (a) CS-206: another pack's renewal is no special-operations finding ------------------------

_OTHER_RENEWALS = [
    "导游证复审一条龙代办，本人不用回去，电话 13857264401",
    "教师资格证复审代办，人不用回去，加v js_s3a02",
    "执业药师证复审一条龙，不用上课，电话 13857264403",
    "会计证复审代办，本人不用跑，私聊",
]


@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
@pytest.mark.parametrize("text", _OTHER_RENEWALS)
def test_other_papers_renewal_is_no_cs206(det, text, packs):
    assert_silent(det, text, packs, of="CS-206")


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _OTHER_RENEWALS)
def test_other_papers_renewal_is_found_in_the_certificates_pack(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)


_SPECIAL_RENEWALS = [
    "电工证复审一条龙代办，本人不用回去，电话 13857264405",
    "复审一条龙代办，本人不用回去，电话 13857264406",
    "焊工证复审代办，人不用回去，加v hg_s3a07",
    "导游证、焊工证复审都能代办，本人不用回去，电话 13857264408",
    "叉车证复审过期了，不用重新考，原号延期，加微信 cc_s3a09",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SPECIAL_RENEWALS)
def test_special_ops_renewal_still_fires_cs206(det, text, packs):
    assert_sells(det, text, "CS-206", packs)


_LAWFUL_RENEWALS = [
    "商标复审代办，本人不用到场，全程线上，电话 0571-86001210",
    "记者暗访发现，有中介打出“导游证复审一条龙代办，本人不用回去”的广告，收费八百元",
    "谨防所谓“教师资格证复审代办、本人不到场”的骗局，复审须本人参加",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_RENEWALS)
def test_lawful_renewal_lines_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
def test_employers_renewal_notice_is_no_cs206(det, packs):
    # the employer's own renewal run for its staff; CS-201 reads this line in the certificates pack
    # (代办报名 … 身份证), left as it was: only CS-206's scope is this file's
    text = "公司统一组织导游证复审，不用本人跑，办公室代办报名，请交身份证复印件"
    assert_silent(det, text, packs, of="CS-206")


# --- (b) the driving licence named further back than the exception's reach ---------------------

_ROAD_AGENTS = [
    "问：我的驾驶证明年三月到期，人在外地上班回不去，能不能找人帮忙办？\n"
    "答：可以委托，到期换证本人去医院体检拍照，其余的我们帮你办，电话 13857264410",
    "【驾驶证业务代办】\n到期换证、遗失补证都能办，本人去医院体检，其余的我们帮你办，电话 13857264411",
    "驾驶证快到期的车主看过来：到期换证不用您跑，本人去医院体检，换证其余的我们帮你办，电话 13857264412",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ROAD_AGENTS)
def test_driving_licence_agent_far_from_the_answer_stays_silent(det, text, packs):
    assert_silent(det, text, packs, of=["CS-227", "CS-228"])


_ROAD_LIKE_SELLERS = [
    # a forklift's licence is this pack's paper (场内机动车驾驶证): the road's exception does not hold
    "问：我的叉车驾驶证明年三月到期，人在外地上班回不去，能不能找人帮忙办？\n"
    "答：可以，到期换证本人去医院体检拍照，其余的我们帮你办，电话 13857264413",
    # a special-operations paper named beside the errand keeps it
    "问：驾驶证和电工证都快到期了，人在外地回不去怎么办？\n"
    "答：电工证到期换证本人去窗口拍个照，其余的我们帮你办，电话 13857264414",
    # no road word at all: the special-operations reading as before
    "问：证快到期了，人在外地回不去怎么办？\n答：到期换证本人去窗口拍个照，其余的我们帮你办，电话 13857264415",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ROAD_LIKE_SELLERS)
def test_special_ops_rest_taken_near_a_road_word_still_fires(det, text, packs):
    assert_sells(det, text, "CS-227", packs)


@pytest.mark.parametrize("text", _ROAD_LIKE_SELLERS)
def test_special_ops_rest_taken_near_a_road_word_in_the_certificates_pack(det, text):
    assert_sells(det, text, "CS-228", CERTS)


# --- (c) every pack on: CS-227 beside CS-228, each under its own pack ---------------------------


def test_all_packs_keep_cs227_beside_cs228_each_with_its_pack(det):
    text = (
        "问：焊工证丢了能补吗？\n答：能补，本人去原发证机关按个指纹，其余的我们包办，加v hg_s3c01"
    )
    packs = {f.rule_id: f.pack for f in det.scan_page(text=text, packs=ALL).findings}
    assert packs.get("CS-227") == "special-ops"
    assert packs.get("CS-228") == "certificates"


# --- (d) a transcript service is no diploma seller ----------------------------------------------

_TRANSCRIPTS = [
    "成绩单、在读证明请到学生服务中心自助机打印，咨询 13957264420",
    "考核结束后在成绩单上签完字就可以走了，复审章由发证机关盖，电话 13957264421",
    "学院通知：需要中英文成绩单的毕业生，本人到学生服务中心自助打印，每份两元，咨询 13957264422",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _TRANSCRIPTS)
def test_transcript_service_stays_silent(det, text, packs):
    assert_silent(det, text, packs)


_TRANSCRIPT_SELLERS = [
    "各大学成绩单 毕业证 都能做 加v cj_s3d01",
    "成绩单可以定做，盖学校公章，不用本人回学校，微信 cj_s3d02",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _TRANSCRIPT_SELLERS)
def test_transcript_sellers_still_fire(det, text, packs):
    assert_sells(det, text, "fake_certificate", packs)


# --- (e) a school's honest retake and materials refund ------------------------------------------

_HONEST_SCHOOLS = [
    "登高证保过这种承诺本校给不了，没考过的可以免费重修",
    "包过这种话我们不敢讲，没考过的学员可以免费重修，报名电话 0571-86001250",
    "电工证培训不包过，没过就退还资料费，学费恕不退还",
    "焊工证培训不保过，没考过的退还教材费，学费概不退还，报名电话 0571-86001251",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HONEST_SCHOOLS)
def test_school_retake_and_materials_refund_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


_RETAKE_SELLERS = [
    # the bare retake sold on failing: the implied guarantee GP-104 reads (unchanged)
    "没考过的可以免费重修",
    "保过这种承诺本校给不了，但没考过的免费重修直到拿证为止，加v px_s3e02",
    "电工证培训不包过，没过就退还资料费，学费也全额退还，加v px_s3e03",
]


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _RETAKE_SELLERS)
def test_retake_and_refund_promises_still_fire(det, text, packs):
    assert_sells(det, text, "guarantee_promise", packs)


# --- (f) sellers with no paper, no exam and no course -------------------------------------------

_UNNAMED_SELLERS = [
    "包过这种话我们不敢讲，但结果你懂，加v bg_s3f01",
    "包过的话我们说不出口，但来了的都拿到证了，私聊",
    "保过这种承诺我们给不了，懂的都懂，加v bg_s3f03",
    "我们不签合同也包过，私聊",
    "合同不签也包过，加v bg_s3f05",
    "不用签协议也保过，私我",
]


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _UNNAMED_SELLERS)
def test_unnamed_sellers_fire_in_the_training_pack(det, text, packs):
    assert_sells(det, text, "guarantee_promise", packs)


_UNNAMED_LAWFUL = [
    "包过这种话我们不敢讲，能做的是把课讲透，报名电话 0571-86001260",
    "包过两个字我们不说，考试要靠自己，报名电话 0571-86001261",
    "有人说不签合同也包过，这就是骗局，别信",
    "记者暗访时，对方称不签合同也包过，交钱后却联系不上",
    "不签合同也包过？哪有这种好事，考试还得靠自己",
    "我们不签合同，也不包过，报名电话 0571-86001262",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _UNNAMED_LAWFUL)
def test_unnamed_lawful_lines_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


def test_training_pack_alone_reads_the_unnamed_wink(det):
    # the default pack needs a special-operations paper named (left37's convention): the unnamed
    # seller is the training pack's, and the default pack stays out of it
    text = "包过这种话我们不敢讲，但结果你懂，加v bg_s3f09"
    assert_silent(det, text, DEFAULT)
    assert_sells(det, text, "GP-127", TRAINING)


# --- second reading: sellers written slightly differently from the readings added above --------
# (added after the fix; each was probed on it, and the first two failed on its first version)

_SECOND_READ_SELLERS = [
    # another fee refunded on failing beside the tuition kept (GP-101's 学费不退 breaks on it)
    ("没过就退还报名费，学费不退，私聊", "GP-101", WITH_TRAINING),
    # the seller offering what the school's machine will not print (FC-205's 自助机 breaks on it)
    ("成绩单自助机打不出来的找我，加急出，盖章，微信 cj_s3g03", "FC-205", WITH_CERTS),
    # the refusal taken back by a refund on failing: the disclaimer does not hold
    (
        "包过这种话我们不说，考不过全额退款，报名电话 0571-86001270",
        "guarantee_promise",
        WITH_TRAINING,
    ),
    # a road word in the question, the answer about a special-operations paper
    (
        "问：驾驶证扣分的事能处理吗？叉车证也到期了\n"
        "答：叉车证到期换证本人去拍个照，其余我们帮你办，电话 13857265504",
        "CS-227",
        WITH_SPECIAL,
    ),
    # two papers in one renewal listing: the pack's own keeps CS-206
    (
        "导游证复审代办不了，电工证复审一条龙代办，本人不用回去，电话 13857265503",
        "CS-206",
        WITH_SPECIAL,
    ),
]


@pytest.mark.parametrize(("text", "what", "runs"), _SECOND_READ_SELLERS)
def test_second_reading_sellers_still_fire(det, text, what, runs):
    for packs in runs:
        assert_sells(det, text, what, packs)


_SECOND_READ_LAWFUL = [
    "保过两个字本校不说，考试本人参加，没过的可以免费重修一次，报名电话 0571-86001272",
    "包过这种承诺本中心给不了，没考过的学员下期可以免费重修，咨询 0571-86001273",
    "教务处：成绩单请到学生事务中心自助终端打印，每份一元，咨询 0571-86001274",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_READ_LAWFUL)
def test_second_reading_lawful_lines_stay_silent(det, text, packs):
    assert_silent(det, text, packs)
