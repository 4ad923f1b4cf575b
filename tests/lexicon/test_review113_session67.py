"""Session 67, review113: the scope of CS-227 (a reissue or renewal answer in which the seller takes
the rest of the errand off the holder's hands, or lets them sign in and leave). Sentences written
for this file (not from holdout230, holdout227, any other holdout set, the corpus nor the rules'
fixtures).

- (a) Special-operations sellers in that shape: the default pack reads them (CS-227), and so does
  the certificates pack, whose scope is every kind of certificate sold.
- (b) The same shape for papers of other packs (健康证, 学位证, 导游证, 教师资格证): the certificates
  pack reads them; the special-operations rule CS-227 must not, in any pack run.
- (c) Lawful twins that must stay silent in every pack run: an office's FAQ (其余手续由原发证机关
  办理), notices that say when one may leave (签到后方可离开, 考核结束签退后方可离开), a school that
  helps the holder to the window in person, the signature after the assessment, a driving
  licence agent whose client sits the medical check, a registrar that issues its own proof.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

# --- (a) special-operations sellers: the default pack and the certificates pack ----------------

_SPECIAL_SELLERS = [
    "问：安全员证丢了能补吗？\n答：能补，本人去原发证机关按个指纹，其余的我们包办，一周拿新证，加v aq_r113a1",
    "问：电焊证到期了要回去考吗？\n答：不用回去考，复审那天人来打完卡就能走，课时我们补上，电话 13957267311",
    "问：高压电工证坏了能换吗？\n答：能换，本人拿旧证去发证窗口，后面的手续我们来办，微信 dg_r113a3",
    "客服：叉车证复审不用考的亲，本人过来刷个脸就可以回去，其余交给我们，加v cc_r113a4",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SPECIAL_SELLERS)
def test_special_ops_rest_taken_fires_in_the_default_pack(det, text, packs):
    assert_sells(det, text, "CS-227", packs)


@pytest.mark.parametrize("text", _SPECIAL_SELLERS)
def test_special_ops_rest_taken_fires_in_the_certificates_pack(det, text):
    assert_sells(det, text, "certificate_sale", CERTS)


# --- (b) other papers: the certificates pack, never the special-operations rule -----------------

_OTHER_SELLERS = [
    "问：健康证过期了要重新体检吗？\n答：不用体检，本人去窗口拍个照，剩下的我们帮你办，当天拿证，加v jk_r113b1",
    "问：学位证弄丢了还能补一本吗？\n答：能，本人寄张照片过来，其余我们帮你搞定，半个月到手，微信 xw_r113b2",
    "问：导游证年审过期了怎么办？\n答：不用重新考，本人到场签个字就走，其他的我们来办，电话 13857267323",
    "问：教师资格证遗失了怎么补？\n答：本人去发证窗口露个面，余下的手续我们全包，私聊",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _OTHER_SELLERS)
def test_other_papers_rest_taken_fires_in_the_certificates_pack(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
@pytest.mark.parametrize("text", _OTHER_SELLERS)
def test_other_papers_are_no_special_ops_finding(det, text, packs):
    assert_silent(det, text, packs, of="CS-227")


# --- (c) lawful twins ----------------------------------------------------------------------------

_LAWFUL = [
    "应急管理局答复：特种作业操作证遗失的，持证人本人到原发证机关提出补发申请，其余手续由原发证机关办理，"
    "咨询电话 0571-87267331",
    "复审培训通知：学员本人签到后方可离开，签个到就走的不计学时，咨询电话 0571-87267332",
    "【通知】电工证复审培训周六开班，学员上完两天课、考核结束签退后方可离开，报名电话 13957267333",
    "问：焊工证复审怎么办理？\n答：在我们学校报名参加复审培训，剩下的手续我们协助你到窗口办理，本人到场，"
    "报名电话 13857267334",
    "问：电工证复审考完了能走吗？\n答：考核结束后签完字就可以走了，复审章由发证机关盖，电话 13706267335",
    "问：驾驶证到期要换证吗？\n答：要换，本人去医院体检，其余的我们帮你办，代办费一百，电话 13588267336",
    "教务处答复：毕业证遗失的，本人带身份证来教务处填表，剩下的我们给你办，三个工作日出具毕业证明书，"
    "电话 0571-87267337",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_reissue_and_renewal_answers_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (d) the road's licence excused, a forklift's licence not -----------------------------------


def test_a_forklift_driving_licence_is_no_road_licence(det):
    # the driving licence's exception (the agent's lawful errand) is broken by the special-equipment
    # words (叉车, 场内): added after the fix, which first excused this seller too
    text = "叉车驾驶证到期了，本人去窗口拍个照，其余我们帮你办，电话 13957267398"
    for packs in WITH_SPECIAL:
        assert_sells(det, text, "CS-227", packs)
    assert_sells(det, text, "CS-228", CERTS)
