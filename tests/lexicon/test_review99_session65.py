"""Session 65, review99: a second reading of fa26 and review97 (renewal notices and the holder's
presence). Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Sellers hiding behind renewal words: the office's 须本人签字 / 须本人上传照片即可 worn over a seller's
  出证 / 包拿证 / 加微信 / price (the certificates pack excused them by 须本人), a first issue run "as a
  renewal" (初次领证按复审流程; 新证也按复审办), the holder's step waived after it is named (学时不用参加;
  继续教育不用上) and the photo sent to the seller (照片发我 / 照片发给我).
- Lawful renewal and reissue notices and FAQs beside them (offices', schools', employers'), with
  photos, signatures, 学时, 继续教育, 原发证机关, websites, landlines and mobiles, and a school's sign-up
  for the renewal's training (报名复训请加微信 …): no rule may fire in any pack combination.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    TRAINING,
    categories,
    rule_ids_no_model,
)

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_SILENT = [
    # an office's or an employer's renewal on the holder's own photo or signature
    "叉车证复审不用考试，须本人签字即可，由用人单位统一报送，电话 0571-86221234",
    "低压电工证换证不考试，须本人签字即可，详情见市应急管理局网站",
    "叉车证复审不用考，须本人提供照片即可，复审合格后由发证机关换发新证",
    "焊工证复审不用考试，持证人须本人到原发证机关签字确认，联系电话 0571-86221234",
    "叉车证到期换证无需考试，持证人需上传近期免冠照片至政务服务网，咨询电话 0571-86221234",
    "公司通知：焊工证下月到期的同事，复审不用考试，请本人把近期照片和签字表交到安全科，电话 0571-86221234",
    "登高证补办不用重新考试，须本人携带身份证到原发证机关申请，电话 0571-86221234",
    # a school's renewal with its training hours and its sign-up line
    "电工证复审不考试，需参加8学时继续教育，报名电话 13812345678",
    "电工证复审不用考试，需本人参加八学时复训，学时不够的补齐后再审核，电话 0571-86221234",
    "特种作业操作证复审不用考试，持证人须本人参加复审培训并签字，联系电话 13912345678",
    "低压电工证复审免考，需本人参加复训并签字，学校网站可查询培训安排，电话 0571-86221234",
    "问：电工证复审要考试吗？\n答：不用考试，需本人参加8学时复训，报名电话 13812345678",
    "焊工证复审不用考试，须本人上传近期照片即可，报名复训请加微信 px_5521",
    "叉车证复审不用考试，须本人签字即可，复训报名请加微信 fx_30417",
    # the office's own words beside the new readings: the exam spared after the renewal's name,
    # the first issue's term before the renewal, only the signature with a landline
    "电工证换证不用考试，到期复审不用再考，须本人签字即可",
    "焊工证初次领证满三年复审，复审不用考试，须本人签字即可，电话 0571-86221234",
    "焊工证复审不用考试，只需本人签字确认，由单位统一报送，电话 0571-86221234",
    # the photo sent to an office, not to the writer
    "电工证换证不考试，请本人把近期照片发到单位邮箱，由安全科统一申报",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_renewal_notices_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), (text, rule_ids_no_model(det, text, packs))


# Sellers behind renewal words, read by the rules of one pack and with every pack on.
_SELLERS: list[tuple[str, list[str]]] = [
    # the office's 须本人 photo / signature over the seller's words (CS-201 excused by 须本人)
    ("焊工证复审不用考试，须本人签字即可，三天出证", CERTS),
    ("电工证复审不用考，须本人上传照片即可，包拿证", CERTS),
    ("电工证换证不考试，只需本人签字，不用到场，加微信 ab12345", CERTS),
    ("叉车证复审免考，须本人提供照片即可，一口价八百", CERTS),
    ("焊工证复审不用考试，须本人签字即可，费用三百，三天办好", CERTS),
    ("电工证复审不用考，须本人签字即可，在家就能办", CERTS),
    # the school's sign-up blanked, the seller's 包拿证 after it still read
    ("叉车证复审不用考试，须本人上传照片即可，报名复训请加微信 px_5521，包拿证", CERTS),
    # a first issue run as a renewal
    ("电工证初次领证也按复审办，不用考试，须本人签字即可", CERTS),
    ("焊工证新证也按复审办，不用考试，须本人上传照片即可", CERTS),
    # the holder's step waived after it is named, the photo sent to the writer
    ("电工证复审不用考，学时不用参加，照片发我", DEFAULT),
    ("电工证复审不用考，学时不用参加，照片发我", CERTS),
    ("登高证复审不用考，照片发给我就行，网上能查", DEFAULT),
    ("登高证复审不用考，照片发给我就行，网上能查", CERTS),
    ("叉车证换证不考试，继续教育不用上，签字就行", DEFAULT),
    # the brief's sellers and their neighbours (already caught: kept caught)
    ("焊工证复审不用考，本人签个字就行，不用到场，三天出证，加v wx_88231", DEFAULT),
    ("焊工证复审不用考，本人签个字就行，不用到场，三天出证，加v wx_88231", CERTS),
    ("电工证换证免考，只需上传照片，包拿证，私聊", DEFAULT),
    ("电工证换证免考，只需上传照片，包拿证，私聊", CERTS),
    ("叉车证到期不用复训也不用考，交钱网上直接办好，加v kk9921", DEFAULT),
    ("叉车证到期不用复训也不用考，交钱网上直接办好，加v kk9921", CERTS),
    ("电工证新办也按复审走，不用考，照片发我就行", DEFAULT),
    ("电工证新办也按复审走，不用考，照片发我就行", CERTS),
    ("焊工证换证不用考试，复训也不用去，签个字就行，加v hg7788", DEFAULT),
    ("焊工证复审不考试，学时也不用上，签个字就行，私聊", CERTS),
    ("电工证到期换证不考试，继续教育不用参加，资料发我", DEFAULT),
]


@pytest.mark.parametrize(("text", "packs"), _SELLERS)
def test_sellers_behind_renewal_words_are_caught(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    # the rules themselves (the learned model's ML-CS is left out: it may read either way)
    for pk in (packs, ALL):
        ids = rule_ids_no_model(det, text, pk)
        assert any(r.startswith("CS-") for r in ids), (text, pk, ids)
        assert "certificate_sale" in categories(det, text, pk), (text, pk)
