"""reports5, session 54: reports of forged papers and exam fraud with all three packs on.
(1) the price a court or a story tells of a deal (以每本N元的价格出售, 以每套N元卖给他人) is the
story's fact, not the writer's offer; (2) the sale told with its buyers counted in the third person
(向考生出售, 向十余名考生销售); (3) the candidates' money taken (收取学员每人N元) and a tally in the formal 余 (八十余本) told by the
narrative; (4) a shop's keeper quoted turning the trade down (刻章店老板说：没有执照不给刻);
(5) a news headline's subject (男子伪造学历证书应聘…); (6) a guide that prescribes the lawful route (须到指定医疗机构体检)
right after quoting the trade's skip (无需体检，当天取证。). Sellers in the same words still fire.
Sentences written for this file, apart from holdout173."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "被告人以每本四百元的价格出售伪造的学士学位证书，并称可在网上查询",
        "以每张60元的价格对外出售伪造的健康证明，无需体检即可拿证",
        "赵某以每本1200元价格出售假行驶证，称车管所系统能查到",
        "制作假不动产权证书后，以每本三千元卖给他人",
        "以每套两千至三千元不等的价格出售假毕业证",
        "徐某以每本700元的价格出售伪造的焊工证，称免考拿证",
    ],
)
def test_a_deal_price_told_by_the_narrative_stays_silent(det, text: str) -> None:
    assert rule_ids_no_model(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "向考生出售无线作弊耳机，并约定考试开始后发送答案",
        "向十余名考生销售作弊器材，考试时通过接收器传送答案",
        "向学员兜售所谓押题卷，称考前三天发答案",
    ],
)
def test_a_sale_told_with_its_buyers_counted_stays_silent(det, text: str) -> None:
    assert rule_ids_no_model(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "收取学员每人一万五千元，承诺“不过退费”，考试时安排他人替考",
        "收取被害人办证费三万元后，交付一本伪造的房产证",
        "共出售伪造的职称证书八十余本，获利六万元",
        "制作假健康证二百余张，对外出售后获利",
    ],
)
def test_money_taken_and_a_formal_tally_stay_silent(det, text: str) -> None:
    assert rule_ids_no_model(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "刻章店老板说：“没有营业执照我们不给刻，这是规定。”",
        "一家刻章店的店主告诉记者，没有营业执照和备案手续，他们一律不刻公章。",
    ],
)
def test_a_keeper_quoted_refusing_stays_silent(det, text: str) -> None:
    assert rule_ids_no_model(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "男子伪造学历证书应聘主管，工作两年后被单位识破",
        "一男子私刻公司印章骗取货款，案发后被判刑",
    ],
)
def test_a_headline_subject_stays_silent(det, text: str) -> None:
    assert rule_ids_no_model(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "网传“无需体检，当天取证”。办理健康证须到指定医疗机构体检，别上当。",
        "有人说免体检，两小时拿证。办理健康证必须到指定医疗机构体检，不要上当。",
    ],
)
def test_a_guide_prescribing_the_route_after_the_claim_stays_silent(det, text: str) -> None:
    assert rule_ids_no_model(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "学位证一本，以3500元出售，学信网可查，需要的联系 136 2201 7788",
        "焊工证现以每本650元的价格出售，有意者加微信 hg_6650",
        "向广大考生出售作弊耳机，考场同步发答案，加微信 zb_2207",
        "本店向各位考生出售押题卷，命中原题，私聊",
        "健康证代办，不用体检。须到指定医疗机构体检的我们也能办，微信 jk_5521",
        "健康证不用去指定医疗机构体检，当天出证，电话 139 7781 2230",
        "不用体检，三小时出证。健康证无需到指定医疗机构排队，微信 jk_3390",
        "累计办证3000多本，毕业证学信网可查，加微信 xl_3000",
        "本班只收取学员押金500元，考不过全额退，报名电话 0731-8899 1122",
        "已为2000余名学员办理健康证，不用体检，当天出证，微信 jk_2000",
        "刻章店老板说：“没有营业执照也能刻，半小时取”，需要的加微信 kz_2211",
        "我们刻章店老板说了，无照也能刻，不会让你白跑一趟，微信 kz_8800",
        "学历提升，男子女子都能办，毕业证学信网可查，加v xl_0101",
    ],
)
def test_sellers_in_the_same_words_still_fire(det, text: str) -> None:
    assert categories(det, text, ALL), text
