"""Session 53, reports4: reports whose verdict stands a sentence or more away from the seller's
quoted words, default pack (special-operations and safety certificates) and all packs on.
Sentences written for this file (not the holdout170 lines).

One class. A judgment, a regulator's 典型案例, a fact-check or a 以案说法 column lists the seller's
words in a line or paragraph of their own (a price list under 另查明, an exhibit's pitch, the ad
under 违法事实, a rumour under 谣言：) and rules on them elsewhere (本院认为, 处罚结果, 真相, 法官提示).
The listed line reads no stance of its own ("unclear") and the rule reported it. The document's
verdict word (terms/page_verdict.yaml) now carries over the page's reach to such a line, unless
a contact stands within that reach: a seller dressed as news, or one quoting a rival's ad and
the word 谣言 before its own, leaves a way to reach itself and still offers.

A neighbour found in the set: a seller's private message quoted after 私信中写道：“ read as the
writer's own turn (frames._turned counted the quotation marks after the frame, and the frame ends
on the opening mark), so the quoted 我们 and 放心 offered; the quotation is now the seller's. A
seller's own 我们 after a closed quotation (学员写道：“…”，我们…) still offers.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import SELLER_RUNS, SPECIAL, rule_ids


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize(
    "text",
    [
        # a court's price list or exhibit, the finding and the ruling lines away
        "公诉机关指控的事实清楚。另查明，被告人在宣传单上列出的收费标准为：\n制冷与空调作业 1300元\n"
        "低压电工作业 1200元\n免培训免考试，包出证\n本院认为，被告人的行为构成伪造国家机关证件罪。",
        "经审理查明的事实：被告人自2021年起在某招聘网站发布招工信息，实际对外兜售证书。其整理的价目表如下：\n"
        "焊工证 1600元\n登高证 1500元\n全部免考，包拿证\n判处有期徒刑二年六个月。",
        "经审理查明，2020年5月至2021年4月，被告人马某租用民房作为窝点，通过网络联系有办证需求的人员，"
        "按每本六百元至一千元不等的价格出售伪造的特种作业操作证。公安机关提取的业务员话术单载明：\n"
        "登高证、电工证不用参加考试，二十天左右出证。\n上述证据经庭审质证，本院予以确认。",
        "本院认为，被告人的行为已构成买卖国家机关证件罪。关于被告人所称其仅为中介一节，经查，其微信朋友圈"
        "置顶内容为：\n高处作业证 不用考 包出证\n足以证明其直接对外招揽，辩解不能成立。",
        # a rumour under its label, the truth in the next line
        "谣言：电工证交钱就能拿，不用去考场。\n真相：应急管理部门颁发的操作证须本人参加考核，替考、买证均违法。",
        "谣言：焊工证可以免考直接办理。\n辟谣：特种作业操作证一律经考试合格方可取得。",
        "谣言：高处作业证不用考也能办，还能在网上查到。\n真相：特种作业操作证必须经考核合格后发放，"
        "所谓能查到的多是仿冒网站。",
        # a column's story, the judge's word at its end
        "以案说法｜花钱买的叉车证能用吗？\n小陈在网上看到一条信息：叉车证不用培训不用考试，包出证。"
        "他付款后收到一本证。\n法官提示：这本证是伪造的，持证上岗同样违法。",
        # a regulator's case: the ad in its own paragraph, the penalty in another
        "典型案例四：某安全咨询服务部发布违法广告案\n当事人在店门口的灯箱上写明：\n焊工证 电工证 免考快速拿证\n"
        "执法人员现场检查时，当事人无法说明证书来源。\n区市场监管局依法对当事人罚款三万元，并责令拆除灯箱。",
        "违法事实：当事人印制宣传折页两千份，折页内容为：\n“叉车证、登高证，不用培训，十天出证”\n"
        "处罚结果：没收宣传折页，罚款一万元。",
        "核查结果：网传“电工证可以免考直接拿”的说法不实。\n经向应急管理部门核实，低压电工证须参加理论和实操考试。",
        "警情通报：市民王某报警称，其在网上看到“安全员证不用考，包出证”的信息后付款被骗。\n目前案件正在进一步侦办中。",
    ],
)
def test_a_documents_verdict_carries_to_the_sellers_words_it_lists(
    det, text: str, packs: list[str]
) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # a seller borrowing the verdict's words, with a way to reach it
        "经审理查明？别看那些吓人的。我们这里焊工证不用考试，十天出证，官网可查，微信 hz_7788",
        "网上说免考是谣言？我们家的电工证真的不用考，一周出证，可查，加V dg_3399",
        "典型案例都是别人家的，我们正规渠道，登高证不用考试，包出证，电话 137 2288 6611",
        "谣言止于智者！安全员C证不用考试，七天拿证，全国可查，咨询 QQ 2290 3318 7",
        # the verdict word in one line, the seller's contact in the listed one
        "谣言：这些都是骗子。\n电工证不用考试，包出证，微信 dg_5521",
    ],
)
def test_a_seller_near_the_verdicts_words_still_offers(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize(
    "text",
    [
        "那个卖家私信我写道：“你放心，我们包你拿到焊工证，考不过退钱。”我随即报了警。",
        "记者收到的私信中写道：“您放心，我们这边高处作业证包拿证，不过不收费。”",
        "一位自称“老师”的人在私信中写道：“放心，我们有关系，制冷证包拿证，考不过全退。”\n记者随后向应急管理局核实。",
        "对方在私信中写道：“你放心，我们有内部关系，焊工证包拿证，考不过不要钱。”",
    ],
)
def test_a_private_message_quoted_after_its_frame_is_the_sellers(
    det, text: str, packs: list[str]
) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "学员在评论里写道：“老师太好了”，我们焊工证包拿证，不过全退，加V hg_5566",
        "客户在私信中写道：“真的过了！”我们电工证包过，考不过退全款，微信 dg_7070",
    ],
)
def test_a_sellers_own_turn_after_a_closed_quotation_still_offers(det, text: str) -> None:
    assert rule_ids(det, text, SPECIAL) & {"GP-001", "GP-002"}
