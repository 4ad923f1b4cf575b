"""Session 55, review28: a second reading of review26's round and the lead's new certificate
names, hunting in both directions. Sentences written for this file (none from the held-out sets
or the real corpus).

- A school that calls its rivals' pass promise empty talk or a scam (别家包过都是空话 / 都是骗局 /
  纯属噱头) and then speaks of its own honest training with its number (我校严格按规定组织培训，报名
  电话…) made no promise: the verdict is passed on the candidate's own claim, and the turn lends
  it only a context word (``silence._verdict_on_part``). A seller who means the promise says it
  again after its turn, and that claim still fires.
- The lead's short names of the special-operations cards (熔化焊证, 压力焊证, 钎焊证, …): a notice,
  a job ad or an exam schedule naming them stays silent; a seller writing them spaced or in
  traditional characters with 包过 / 免考 / 出证 is caught.
- A shop's yes to 能办吗 on the condition of the holder's own exam (老板娘：可以办，但要本人考试) is
  the lawful route answered, whoever asked (a reporter, a buyer): CS-201's exceptions; the yes
  that waives that exam (不用本人考试) still sells.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "别家包过都是空话，我校严格按规定组织培训，报名电话13900112233",
        "别家包过都是骗局，我们严格按大纲培训，考试由应急管理部门组织，报名电话13900112233",
        "别家说的包过纯属噱头，我校焊工证培训只讲真本事，咨询电话13900112233",
        "外头那些保过全是大话，咱这电工培训按课时上课，电话13900112233",
        "别的学校说包过都是空话，俺们只做正规培训，电话13900112233",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_school_judging_rivals_promise_then_its_honest_line_stays_silent(
    det, text: str, packs: list[str]
) -> None:
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "外面包过都是骗人的，我们电工证培训真包过，加v kq_4410",
        "别家包过都是骗局，我校焊工证签协议包过，电话13900112233",
        "别家保过纯属噱头，咱家登高证报名就保过，微信 kq_4410",
        "别的机构说包过都是空话，我们培训包过，不过退款，电话13900112233",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_seller_judging_rivals_then_promising_again_still_sells(
    det, text: str, packs: list[str]
) -> None:
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "熔化焊证到期复审须本人参加，请持证人员按时到考点办理。",
        "招聘持压力焊证焊工，月薪8000-12000元，联系电话13900112233",
        "钎焊证考试时间安排：12月15日上午理论，下午实操，请考生携带身份证。",
        "场内车辆证到期怎么办？请持证人员在有效期满前60日内申请复审。",
        "气割证怎么考？需参加培训后由应急管理部门组织理论和实操考试。",
        "警方破获一起伪造熔化焊证案，嫌疑人以包过免考为诱饵骗取钱财。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_new_card_names_in_lawful_text_stay_silent(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "熔 化 焊 证 包过，不用考试，加v hz_2201",
        "熔化焊證免考直接出證，微信 hz_2201",
        "壓力焊證不用考試，直接拿證，加v hz_2201",
        "钎 焊 证 免 考 出 证，vx hz_2201",
        "高空证免考快速出证，可查，微信hz_2201",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_new_card_names_in_disguise_still_sell(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "记者问老板娘焊工证能不能办，老板娘：可以办，但要本人考试。",
        "焊工证能不能办？客服：可以办，但要本人考试。",
        "问：叉车证能办吗？\n老板：能办，得本人参加考试，我们只代报名。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_yes_on_the_holders_own_exam_stays_silent(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "焊工证能不能办？客服：可以办，不用本人考试，加v lb_3302",
        "叉车证能办吗\n老板娘：能办，不用本人去考，微信 lb_3302",
        "焊工证能办吗？老板：可以办，不要本人考试，三天出证，电话13900112233",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_yes_waiving_the_holders_own_exam_still_sells(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs), text
