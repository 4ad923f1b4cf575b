"""Reported vs offered: news, court and regulator sentences stay silent, offers are read as such,
and the cues behind each decision are on the finding and in the named suppression."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL

REPORTS = [
    "记者调查发现，无需培训考试，交几百元就能拿到一本带公章的操作证",
    "嫌疑人在后台录入身份信息即可生成伪造证书",
    "为什么有机构敢承诺交钱包过？",
    "法院认定被告人出售伪造的证件",
    "据警方通报，该团伙以电工证代办为名，收取费用后失联",
    "有网友问：焊工证真的可以不用考试直接拿吗",
    # someone else's words in a speech frame: the offer cues after the frame are theirs
    "记者以考生身份咨询，客服称花五千元可以保证通过",
    "据学员介绍，报名时老师拍胸脯说教资包过",
    "有人在贴吧发帖称可以办理各类学历，留下了QQ号",
    "他说自己能办电工证，不用考试，我没理他",
    "群里有人发广告说可以代考四六级，被群主踢了",
    "那种说保录的中介我见多了，最后都是一句录取看学校",
    "宣传单上赫然写着：特种作业证，不用培训，当天拿证",
    "其广告称，只需提供身份证照片，即可办理各类特种作业证",
    # the candidate named as what an ad, a message or a claim says
    "网上充斥着电工证免考拿证的广告",
    "很多同学都收到过学历提升包过的电话",
    "有的驾校在招生时说科目二包过，学员交钱后却没有兑现",
    "朋⭐友圈经⭐常看到⭐教资包⭐过的信⭐息",  # frames are read without the separators
    "客 服 称 花五千元可以保证教资通过",
    "記者以考生身份諮詢，客服稱花五千元可以保證通過",  # and in traditional characters
    "宣傳單上赫然寫著：特種作業證，不用培訓，當天拿證",
    # the writer's own words for the trade, court narrative, a shopkeeper speaking
    "证件造假产业链：从接单、制作到寄送",
    "被告人通过QQ群发布“代办各类证件”信息，以每本五百元的价格出售伪造的证书",
    "刻章店老板说，不用营业执照也能刻公章，一枚一百五十元",
    # a quotation read out of a message: the seller's cues inside it are the seller's
    "网友晒出收到的短信：“学历提升 无需考试 快速拿证 详询139XXXX2218”",
    "有人在群里发消息：“消防证包过，需要的私聊”，群主随即把他踢了",
    "【警方提示】收到“办证加微信zz6688”这类短信，请直接删除",
    # pointed back at as a kind of thing, an insider speaking, a trick named as such
    "不用上课、不用考试，交钱就发证，这样的培训班最近冒了出来",
    "不体检就能拿到健康证，这样的“便利”背后是食品安全隐患",
    "一位业内人士说，现在办假证的大多转到了线上，靠社交软件接单",
    "考前泄题、考中传答案、考后改分数，是考试作弊的常见手法",
    # a promise told as broken, a list of banned words
    "报名时签了保过协议，约定考试不通过退还全部学费，但机构至今未履行",
    "违禁词清单：包过、保过、必过、100%通过、内部题库",
    # "该" pointing back at a person, sanctions, rhetorical doubt, a promise told as empty
    "监考老师发现该考生佩戴了无线耳机，当场将其带离考场",
    "该生在四级考试中由他人替考，被学校开除学籍",
    "二建证书挂靠一年三万，真有这么好的事",
    "公考协议班：不过退费为何成了空头支票",
    "学历造假调查：花三千元就能买到一本“全日制本科”毕业证",
    # a transcript's role labels give the other side's lines
    "卖家：毕业证可以做，学信网能查，两千一本",
    "记者：能保证通过吗？对方：能，签协议，不过退钱",
    # selling in the passive voice; named and anonymized people as speakers
    "在一些二手平台上，学位证、毕业证被明码标价出售",
    "王女士回忆，招生老师说孩子只要报这个班就能保送重点高中",
    "李某称，他在网上联系的中介表示交八千元就能“包过”二建",
    # a long quoted ad opening right at its frame is the speaker's to its end
    "被告人在网上发布广告：“专业办理各类证件，毕业证、学位证、资格证、驾驶证、健康证、房产证、"
    "结婚证，质量保证，学信网可查，联系电话13812345678”",
    "办证刻章一条龙 城中村里的假证作坊",
    # a seller's price talk in someone else's mouth; an ad named by a compound or its words
    "据卖家介绍，毕业证学位证都能做，价格可谈",
    "这些办证广告大多写着“价格面议”，留下一个手机号",
    "网店商品页上只写了“教资包过 价格私聊”几个字",
    # English reports
    "Spam comments on this repo advertise fake diplomas with a WhatsApp number; please report them.",
    # a quoted ad named as what was posted (“……”的信息), its phone number and all
    "当事人通过朋友圈发布“低压电工证不用考试，三天拿证，联系电话138xxxx”的信息，涉嫌违法。",
    # an office disowning the trade in its own statement
    "省人事考试中心郑重声明：从未委托任何机构出售考试答案或提供代考服务",
    "本校从未授权任何中介机构代办学历证书，请勿轻信",
    "協會未授權任何個人代辦電工證，謹防受騙",
    "记者调查发现，有中介称电工证不用学，交了钱等着拿证就行",
]
NEUTRAL_ORGANS = [
    "证书以应急管理部门核发的为准",
    "到省应急管理厅指定的考点报名",
    "持国家认可证书者优先",
]
UNSEEN_OFFERS = [
    ("做假证 一三八一二三四五六七八", "fake_certificate"),
    ("办个操作证 薇信 dg-12345", "certificate_sale"),
    ("多交点钱考试时有人帮你操作，电工证稳拿", "exam_fraud"),
    ("电工证 人到了就包通过", "guarantee_promise"),
    ("电工证交钱拿证，私聊", "certificate_sale"),
    ("刻公/章 办证件 电话13812345678", "fake_certificate"),
    # the buyer told to wait for the paper outweighs a victim's "交了钱"
    ("电工证不用学，交了钱等着拿证就行", "certificate_sale"),
]


@pytest.mark.parametrize("text", REPORTS)
def test_reports_are_not_offers(det, text: str) -> None:
    res = det.scan(text, packs=ALL)
    assert res.findings == [], [(f.rule_id, f.matched, f.cues) for f in res.findings]


def test_a_report_is_a_named_suppression_with_its_cues(det) -> None:
    res = det.scan(REPORTS[0])
    reasons = [s.reason for s in res.suppressed]
    assert any(r.startswith("report:") and "记者" in r for r in reasons), reasons


def test_a_speech_frame_is_a_named_cue_and_keeps_the_speakers_offer_words_out(det) -> None:
    res = det.scan(REPORTS[6], packs=ALL)
    silenced = [s for s in res.suppressed if s.reason.startswith("report:")]
    assert silenced and all("转述(客服称)" in s.reason for s in silenced), res.suppressed
    assert all("保证" not in s.reason for s in silenced)  # the clerk's word, not the writer's


@pytest.mark.parametrize(
    "text",
    [
        "群发：电工证焊工证不用考试直接拿证，全国可查，联系13812345678",
        "【群发】：电工证不用考试直接拿证，全国可查，联系13812345678",
    ],
)
def test_a_posts_own_channel_label_is_no_speech_frame(det, text: str) -> None:
    """群发： opening the post labels the poster's own bulk message (as 信息发布： does)."""
    res = det.scan(text, packs=ALL)
    assert "certificate_sale" in res.categories, res.suppressed
    assert not any("转述(群发" in c for f in res.findings for c in f.cues)


def test_someone_named_before_the_same_verb_still_frames_a_report(det) -> None:
    res = det.scan("记者发现，该账号每天群发：电工证不用考试直接拿证，全国可查，联系13812345678")
    assert res.findings == []
    assert any("转述(群发：)" in s.reason for s in res.suppressed), res.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "首页 办事指南 学历认证办理流程 联系我们",
        "网站首页 | 关于我们 | 毕业证书查询 | 联系我们",
        "首页·学校概况·电工证培训·通知公告·联系我们",
    ],
)
def test_a_sites_navigation_bar_is_no_call_on_the_reader(det, text: str) -> None:
    """联系我们 and 关于我们 as items of a menu are every site's links: no offer cue, no
    finding from a rule or from the model."""
    res = det.scan(text, packs=ALL)
    assert res.findings == [], res.findings
    assert not any("联系我们" in s.reason for s in res.suppressed), res.suppressed


def test_a_sellers_own_contact_us_still_calls(det) -> None:
    """One 联系我们 in a pitch, not a menu of two or more items, is still the seller's call."""
    res = det.scan("学历认证办理，三天出证，联系我们", packs=ALL)
    found = {c for f in res.findings for c in f.cues}
    assert "offer:联系我们" in found, res.findings


def test_a_seller_quoting_a_customer_still_offers(det) -> None:
    res = det.scan("学员都说我们的电工证班好，不用考试直接拿证，加微信 dg12345678", packs=ALL)
    assert "certificate_sale" in res.categories, res.suppressed


def test_a_seller_disowning_agents_still_offers(det) -> None:
    """An office's disavowal (从未委托任何机构) is a report cue, not a veto: a shop that says it
    authorised no agent and gives its own contact is still selling."""
    res = det.scan("本店从未授权任何代理，电工证包过，加V dg6677", packs=ALL)
    assert "guarantee_promise" in res.categories, res.suppressed
    res = det.scan("我们从未委托任何中介 毕业证 学位证 全套可做 学信网可查 微信 bys8686", packs=ALL)
    assert "fake_certificate" in res.categories, res.suppressed


def test_naming_a_channel_is_no_offer_but_an_id_is(det) -> None:
    text = "假证书扫码后常跳转到仿冒页面，或通过伪造的微信公众号显示验证成功"
    assert det.scan(text, packs=ALL).findings == []
    assert det.scan("假证书 高仿 微信 fake_cert88", packs=ALL).findings


def test_a_seller_naming_its_own_service_still_offers(det) -> None:
    res = det.scan("提供代刷网课的服务，学习通智慧树都能做，加微信 wk_help88", packs=ALL)
    assert "exam_fraud" in res.categories, res.suppressed


@pytest.mark.parametrize("text", NEUTRAL_ORGANS)
def test_neutral_mentions_of_state_organs_stay_silent(det, text: str) -> None:
    assert det.scan(text).findings == []


@pytest.mark.parametrize(("text", "category"), UNSEEN_OFFERS)
def test_unseen_offer_wording_is_caught(det, text: str, category: str) -> None:
    res = det.scan(text, packs=ALL)
    assert category in res.categories, res.suppressed


def test_offer_cues_are_on_the_finding(det) -> None:
    res = det.scan("低压电工证代办，不用考试，加微信 dg12345678")
    f = res.findings[0]
    assert f.stance == "offer"
    assert "offer:联系方式" in f.cues and "offer:加微信" in f.cues
    assert f.to_dict()["cues"] == list(f.cues)


def test_a_quote_alone_is_the_sellers_words_but_a_framed_quote_is_a_report(det) -> None:
    assert det.scan("“电工证包过”“不过全额退款”").findings
    framed = det.scan("有的机构声称“电工证包过，不过全额退款”，记者暗访发现并非如此")
    assert framed.findings == []


def test_a_promise_counts_only_where_an_exam_or_certificate_is_in_sight(det) -> None:
    assert det.scan("编程速成班，三周入门，课程免费试听", packs=ALL).findings == []
    assert det.scan("低压电工证速成班，七天拿证").findings
    assert det.scan("通关攻略：第13关包过", packs=ALL).findings == []


def test_packs_choose_the_rules(det) -> None:
    text = "考研复试保过班，不过全额退费，私信我"
    assert det.scan(text).findings == []  # default pack: special operations only
    found = det.scan(text, packs=["training-ads"]).findings
    assert found and {f.pack for f in found} == {"training-ads"}
    with pytest.raises(ValueError):
        det.scan(text, packs=["no-such-pack"])


def test_the_model_weighs_rule_candidates_and_is_part_of_the_version(det) -> None:
    from lexicon.model import MODEL_PATH, load_model

    model = load_model(MODEL_PATH)
    assert model is not None and det.model is not None
    assert det.model.version == model.version
    assert {s["part"] for s in model.info["trained_on"] if s["file"] == "real-dev.jsonl"} <= {
        "tune"
    }  # the measured-only part is never trained on
    f = det.scan("低压电工证代办，不用考试，加微信 dg12345678").findings[0]
    assert any(c.startswith("model:") for c in f.cues)


@pytest.mark.parametrize(
    "text",
    [
        "记者拨通了广告上的电话。“包过，不过全退，你放心。”对方说。",
        "“交两万，保证考过，考不过全额退款。”一名工作人员这样告诉记者。",
        "“证都是真的，官网能查，你放心。”电话那头的女子语气笃定。",
    ],
)
def test_a_quotation_attributed_after_it_is_reported(det, text: str) -> None:
    """News puts the speaker after the quotation (“……”对方说): the quoted words are his."""
    res = det.scan_page(text=text, packs=["special-ops", "training-ads"])
    assert res.findings == [], res.findings


def test_the_sellers_own_voice_after_a_quotation_is_no_frame(det) -> None:
    res = det.scan_page(text="“不用考试，直接拿证。”我们说到做到，加微 zz_886")
    assert res.findings, res.suppressed


def test_a_sellers_own_voice_before_a_quotation_keeps_its_offer_cues(det) -> None:
    """本机构承诺：“……加V” is the seller quoting itself: the contact inside still offers."""
    for text in (
        "本机构郑重承诺：“教资面试不过全退，加V zz_8866”",
        "本 机 构 承 诺：“教资包过，加V zz_8866”",
    ):
        res = det.scan_page(text=text, packs=ALL)
        assert res.findings, res.suppressed


def test_seller_cues_inside_a_framed_quotation_are_the_speakers(det) -> None:
    text = "网友晒出收到的短信：“学历提升 无需考试 快速拿证 详询139XXXX2218”"
    res = det.scan_page(text=text, packs=ALL)
    reasons = [s.reason for s in res.suppressed if s.reason.startswith("report:")]
    assert reasons and all("引语内的要约线索归说话人" in r for r in reasons), res.suppressed
    assert all("详询" not in r for r in reasons)  # not counted as the writer's offer


@pytest.mark.parametrize("text", ["中级职称 保下证 评不下来退款 私我", "高级职称 包评 评不上全退"])
def test_a_word_holding_a_report_cue_is_no_report(det, text: str) -> None:
    """职称 holds 称 (对方称 is a report cue): the stance_mask words are blanked first."""
    res = det.scan_page(text=text, packs=["training-ads"])
    assert res.findings, res.suppressed
    assert not any("report:称" in " ".join(f.cues) for f in res.findings)


def test_answers_sent_are_no_incident(det) -> None:
    """答案发到你耳机里 holds 案发 (a report word): the candidate's answers, sent to the reader,
    are the cheat's offer; 案发后 in a report stays a report cue."""
    res = det.scan_page(text="考试那天有人在外面把答案发到你耳机里", packs=ALL)
    assert "exam_fraud" in res.categories, res.suppressed
    assert not any("案发" in " ".join(f.cues) for f in res.findings)
    res = det.scan_page(text="案发后，警方查获一批考试作弊用的耳机和答案", packs=ALL)
    assert res.findings == [], res.findings


def test_a_role_label_on_a_sellers_own_line_with_a_contact_still_offers(det) -> None:
    res = det.scan_page(text="老板：电工证包过 不用考试 加V dg_7788", packs=ALL)
    assert res.findings, res.suppressed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("证件加急 三天到手 私", True),  # a terse post signed off with 私 (message me)
        ("警方严打各类证件走私", False),  # 走私 is another word
        ("记者发现，有人在网上发布办证广告，留言“需要的私”", False),  # the quoted writer's
    ],
)
def test_a_terse_post_ending_on_si_is_a_sellers_sign_off(det, text: str, found: bool) -> None:
    res = det.scan_page(text=text, packs=["certificates"])
    assert bool(res.findings) is found, (res.findings, res.suppressed)


def test_a_number_of_the_writers_own_after_a_quoted_slogan_is_an_offer(det) -> None:
    res = det.scan_page(text="广告语：“包过拿证” 电工证报名电话 138 1234 5678", packs=ALL)
    assert res.findings, res.suppressed


def test_a_first_person_call_after_a_frame_is_the_writers(det) -> None:
    """网友说…，找我们就行: the writer sells on the back of a rumour."""
    res = det.scan_page(text="网友说电工证可以不考直接拿，找我们就行", packs=ALL)
    assert res.findings, res.suppressed


def test_a_heard_seller_cue_says_it_counted_half(det) -> None:
    res = det.scan_page(text="据卖家介绍，毕业证学位证都能做，价格可谈", packs=ALL)
    assert res.findings == []
    assert all("价格可谈(转述中减半)" in s.reason for s in res.suppressed), res.suppressed


def test_not_a_cent_less_is_no_report_cue(det) -> None:
    res = det.scan_page(text="教资面试不过，学费一分不少全退给你，加微信 ls_edu88", packs=ALL)
    assert res.findings and all("report:不少" not in f.cues for f in res.findings), res.suppressed


#: Report forms of the eighth shift (specificity with the wider packs), each silent with all
#: packs; written for these tests in the project's own words. Each family failed on the code
#: before its commit (checked by stashing the change).
EIGHTH_SHIFT_REPORTS = [
    # a full stop inside a quotation ends the quoted words, not the sentence; the frame after
    # the closing mark points back at it (这样的消息, 类似的广告, 这是…看到的)
    "“科目一代考，不用本人去，保证95分以上，费用1800元。”在一个驾考交流群里，这样的消息每天都会出现。",
    "“教资面试包过，不过退费，名额仅剩三个。”类似的广告，在社交平台上一搜一大把。",
    "“四六级答案考前发，保证过，价格私聊。”这是记者在一个考试群里看到的消息。",
    # what someone posted (发布/群发“……”), even where the candidate runs past the closing mark
    "被告人在网上发布“专业代考，不过退款，电话136XXXX8899”的广告，招揽考生二十余人",
    "该男子在多个群里群发“健康证免体检，当天出证，加V jk_1234”，被警方查获",
    # questions and replies in traditional characters (嗎/麼, 回覆)
    "免考拿證的焊工班，到底靠不靠譜？背後是什麼",
    "包過的駕校收費翻倍，你還敢報嗎",
    "客服回覆：親，健康證不用體檢，明天就能出證哦",
    # headline forms: a strong report word makes a price its fact; a space for a comma
    "网课代刷产业链：刷一门课三十元 考试另收费",
    "不用体检 交钱就出健康证 这样的中介最近又冒了出来",
    # column headings (【以案说法】, #反诈课堂#), datelines, sources, captions before role labels
    "【以案说法】卖家：学位证可以做，学信网能查，三千一本",
    "【防骗提醒】对方：放心，教资包过，不过全退",
    "【典型案例】一些网店把学位证、毕业证明码标价出售",
    "新华网消息：卖家：学位证可以做，学信网能查，三千一本",
    "2025-03-02 对方：放心，教资包过，不过全退",
    "#反诈课堂# 卖家：健康证不用体检，扫码能查，八十一张",
    "包过的驾校，你还敢报吗（图片来源于网络）",
    "低价包过的教资班，你还敢报吗[doge]",  # an emoticon code after the question
    # a scraped paragraph wrapped after a comma is one sentence
    "有学员反映，\n报名时顾问口头保证“教资考不过免费重学”，合同里却没有",
    "该团伙通过网络招揽客户，\n承诺代办各类学位证，收钱后寄出假证",
    # other names for the reporter and the defendant
    "笔者以考生身份咨询，客服称花四千元可以保证通过",
    "当事人按照买家发来的照片制作学位证，再通过快递寄出",
    # corner marks, single quotes, closing marks standing for both ends
    "被告人在网上发布「专业代考，不过退款，电话136XXXX8899」的广告，招揽考生",
    "网友晒出收到的短信：”学历提升 不用考试 快速拿证 详询139XXXX2218”",
    "近日，有市民收到这样一条短信：‘本科学历，不用考试，三个月拿证，联系电话15912345678’",
    "一条‘健康证代办，当天拿证，联系电话138XXXX5566’的信息在多个群里流传",
]

#: Offers in the same forms, which must still stand: the seller's own voice, a contact of the
#: writer's, an ad's own brackets, a contact label that is no role label.
EIGHTH_SHIFT_OFFERS = [
    "“包过！不过全退！”这是我们的承诺，教资报名电话 138 0000 1111",
    '"电工证包过 不过退费" 报名加微信 dg_1234',
    "本校发布：“教资面试包过，不过全退”，报名加V jz_8866",
    "电工证包过 像我们这样的机构不多了 加V dg_9988",
    "【金榜教育】消防工程师 包过 不过退费 加V xf_2233",
    "加卖家：学位证可以做，学信网能查，v xw_8899",
    "网友说群里有人能办\n学位证可以做 学信网能查 v xw_8899",  # no comma: the line ends
    "”教资包过，不过退费” 报名加V jz_1234",
    # a seller's terms and staff read like a buyer's story or a ring's roles, but are his own
    "考研押题卷，支付了就给资料",
    "我们有专人专门负责，电工证三天出，微信dg777",
]


@pytest.mark.parametrize("text", EIGHTH_SHIFT_REPORTS)
def test_eighth_shift_report_forms_stay_silent(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == [], res.findings


@pytest.mark.parametrize("text", EIGHTH_SHIFT_OFFERS)
def test_eighth_shift_offer_forms_still_offer(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings, res.suppressed


@pytest.mark.parametrize(
    "text",
    ['有的机构主打"包过班"和"速成拿证"服务。', '不少网店以"免体检""当天出证"为卖点招揽骑手'],
)
def test_straight_quotation_marks_quote_like_curly_ones(det, text: str) -> None:
    """Scraped pages often lose the curly quotes: "包过班" between straight marks is quoted."""
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == [] and any(s.reason.startswith("quoted:") for s in res.suppressed)


@pytest.mark.parametrize(
    "text",
    [
        "【温馨提醒】电工证不用考，包过，加V dg123",
        "温馨提醒：低压电工证不用考试直接拿证，微信 dg5566",
        "友情提示：名额有限，电工证包过，加V dg8899",
    ],
)
def test_a_polite_heading_does_not_silence_the_ad_under_it(det, text: str) -> None:
    """温馨提醒 heads a seller's post as readily as a notice: it warns of nothing by itself."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "【温馨提醒】谨防“电工证不用考”的骗局，请通过官方渠道报名",
        "应急管理局温馨提醒：谨防“电工证不用考”的虚假广告",
        "市场监管局提醒：电工证不用考、包过的广告是违法的",
    ],
)
def test_a_polite_heading_over_a_real_warning_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "想拿不用考的叉车证？找我们，微信 cc_4521",
        "登高证能不考直接拿吗？能！加V dg_7310",
        "六级答案去哪找？我们开考前就发，私我",
        "焊工证不用考能拿到吗？可以，私聊 139 4455 6677",
    ],
)
def test_a_question_the_seller_answers_with_a_call_is_a_hook(det, text: str) -> None:
    """Ad copy asks and answers in one breath: the question is no report where the writer's
    own answer calls on the reader right after it."""
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings, res.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证能不考直接拿吗？答：不能，必须参加考试。",
        "登高证能花钱买吗？可以，但这是违法的，警方提醒切勿轻信。",
        "六级答案考前能拿到吗？不可能，考试院提醒谨防诈骗。",
        "能买到不用考的焊工证吗？能买到的都是假证，请到官方平台查询真伪。",
        "想要包过的电工证？我们调查发现，这类广告背后多是诈骗团伙，电话打过去就被拉黑。",
        "有人问登高证能不能代考？我们的回答是：不能，代考是犯罪。",
    ],
)
def test_a_question_answered_without_a_call_stays_a_question(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


def test_unseparated_drops_exactly_the_separators_and_keeps_offsets() -> None:
    """The separator-free reading (frames.unseparated) drops each character the separator
    class matches and nothing else, in order, and maps every kept character (and the end) back
    to its offset: checked character by character on strings made of separators, punctuation
    the frames read, CJK, traditional characters, emoji and Latin."""
    import random

    from lexicon.frames import _SEPARATOR, unseparated
    from lexicon.normalize import simplify_chars

    rng = random.Random(20261201)
    alphabet = list(
        "证书包过考试电工說證 　*·~_-|/\\^`'#＊＃～，。！？、：；:;,.!?“”（）()【】《》aZ09"
    )
    alphabet += ["\u200b", "\u200d", "\ufeff", "\u2060", "😀", "⭐", "\n", "\t"]
    for _ in range(3000):
        sent = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        keep = [i for i, c in enumerate(sent) if not _SEPARATOR.match(c)]
        clean, pos = unseparated(sent)
        assert pos == [*keep, len(sent)], sent
        assert clean == simplify_chars("".join(sent[i] for i in keep)), sent
    assert unseparated("包 ​过*加V") == ("包过加v", [0, 3, 5, 6, 7])


def test_an_ads_call_to_act_now_is_a_sellers_cue_a_portals_menu_is_not(det) -> None:
    """立即咨询 / 免费咨询 close an ad the way 加微信 does; a notice's 来电咨询 (its own office's
    number) and a portal's 在线咨询 menu stay out of the strong cues."""
    packs = ["certificates", "training-ads"]
    for ad in ("国外文凭 学历认证 免费咨询", "海外学位证书 认证可查 马上咨询"):
        assert det.scan_page(text=ad, packs=packs).findings, ad
    for lawful in (
        "本中心提供职业技能等级证书报考指导，如有疑问来电咨询",
        "首页 办事指南 特种作业操作证查询 在线咨询 常见问题",
    ):
        assert not det.scan_page(text=lawful, packs=packs).findings, lawful


@pytest.mark.parametrize(
    "text",
    [
        "科目四九十六分一次过，下周就能拿本了",
        "理论八十八分一把过，下午约了科目二",
    ],
)
def test_a_candidates_own_score_reads_as_a_diary(det, text: str) -> None:
    """A score told before 一次过, or the next subject booked, is the learner's own result: the
    stance leans to the telling, so a model-only promise on it stays silent."""
    stance = det._stance.judge(text, 0, len(text), [])
    assert stance.score < 0, stance.cues


# (session 33) the buyer's own voice: approached and saying no, a tag question, a learner's nerves,
# a worker's own workplace, a loss nearly suffered; written fresh, not holdout52's lines
BUYERS_OWN_VOICE = [
    "昨天有个人加我说能帮忙办叉车证 不用去考 我没答应 这是骗子吧",
    "有人私信我说可以代考电工证 三百块一科 我拒绝了",
    "我们工地来了个人推销高处作业证，说交钱就能拿，班长直接把他赶走了",
    "网上那种焊工证不用考试的是假的吧",
    "朋友介绍了个能办证的，说官网可查，我查了证号查不到，差点上当",
]


@pytest.mark.parametrize("text", BUYERS_OWN_VOICE)
def test_the_buyers_own_voice_is_no_offer(det, text: str) -> None:
    res = det.scan(text, packs=ALL)
    assert res.findings == [], [(f.rule_id, f.matched, f.cues) for f in res.findings]


def test_being_approached_is_a_named_report_cue(det) -> None:
    text = BUYERS_OWN_VOICE[1]
    stance = det._stance.judge(text, 0, len(text), [])
    assert any(c.startswith("report:被人找上门(有人私信我") for c in stance.cues), stance.cues
    assert "offer:我" not in stance.cues  # the 我 who was asked is no seller's


@pytest.mark.parametrize(
    "text",
    [
        "零基础能考过焊工吗 我下周就考 心里没底",
        "想​问​一​下​电​工​证​包​过​班​靠​谱​吗",  # zero-width joints between every character
        "叉车证到期了 还能接着用吗 复审要多久",  # two questions, a space between
    ],
)
def test_a_learners_question_stays_a_question(det, text: str) -> None:
    stance = det._stance.judge(text, 0, len(text), [])
    assert stance.score < 0, stance.cues


@pytest.mark.parametrize(
    "text",
    [
        "有人问我电工证能不能不考直接拿？能！私我 v：dg8821",
        "焊工证不用考试 直接拿证 来找我吧 电话13912345678",
    ],
)
def test_a_sellers_hook_in_the_first_person_still_offers(det, text: str) -> None:
    res = det.scan(text, packs=ALL)
    assert res.findings and all(f.stance == "offer" for f in res.findings), [
        (f.rule_id, f.stance, f.cues) for f in res.findings
    ]
