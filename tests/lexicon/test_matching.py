"""Matching that survives disguises, and context that keeps lawful text clean."""

from __future__ import annotations

import pytest

from lexicon.variants import variants


def cats(det, text: str, **kw) -> list[str]:
    return det.scan_page(text=text, **kw).categories


@pytest.mark.parametrize(
    "text",
    [
        "低压电工证 包 过",
        "低压电工证 包*过",
        "低压电工证 包⭐过",
        "低压电工证 包\u200b过",
        "低壓電工證包過",
        "电⼯证包过",
        "电工证 bao过",
        "电工证 baoguo",
        "电工证 保guo",
        "dgz 苞过",
        "电工证培训 通过率１００％",
    ],
)
def test_guarantee_found_behind_disguises(det, text: str) -> None:
    assert "guarantee_promise" in cats(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "背包过安检时请把电脑拿出来，考试证件随身带",
        "钱包过年前丢了，里面有电工证",
        "这件羽绒服保过冬没问题，焊工师傅都在穿",
        "二手电焊机，包过年前送到，焊工证持证师傅可看货",
        "电工证考试在周六。今天天气不错。路上很堵。我的包过了安检就被退回了",
    ],
)
def test_substrings_of_ordinary_words_do_not_fire(det, text: str) -> None:
    assert cats(det, text) == []


def test_variants_are_generated_from_the_lexicon() -> None:
    got = dict(variants("包过", ("pinyin", "homophone")))
    assert {"baoguo", "bao guo", "bao过", "包guo", "苞过"} <= set(got)
    assert dict(variants("电工证", ("initials",)))["dgz"] == "initials"


def test_a_lone_certificate_word_is_not_a_finding(det) -> None:
    assert cats(det, "本岗位要求持低压电工证，五险一金") == []
    assert cats(det, "代办营业执照，公司注册") == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("谨防“电工证包过”骗局", "warning"),
        ("所谓包过的电工证培训都是骗局", "warning"),
        ("考场严禁替考，电工证考试将依法处理", "warning"),
        ("本校不承诺包过，电工证考试由应急管理部门组织", "negation"),
        ("新闻里说有人打出“电工证代办”的招牌", "quoted"),
    ],
)
def test_suppressed_candidates_say_why(det, text: str, reason: str) -> None:
    res = det.scan_page(text=text)
    assert res.findings == []
    assert any(s.reason.startswith(reason) for s in res.suppressed), res.suppressed


@pytest.mark.parametrize(
    "decoy",
    ["本平台禁止发布违法信息。", "严禁违规！", "请勿上当。\n", "谨防诈骗。"],
)
def test_a_warning_in_the_sentence_before_does_not_hide_a_pitch(det, decoy: str) -> None:
    """A platform's boilerplate or an evader's decoy right before a seller's own sentence with
    a contact: the warning word speaks of another sentence, the pitch is still an offer."""
    res = det.scan_page(text=decoy + "电工证包过，不用考试直接拿证，加微信 zs12345")
    assert "certificate_sale" in res.categories, res.suppressed


@pytest.mark.parametrize(
    "boilerplate",
    ["本平台禁止发布违法信息。", "本群严禁发广告，违者踢出。\n", "本平台禁止發布違法信息。"],
)
def test_platform_boilerplate_does_not_hide_a_bare_listing_title(det, boilerplate: str) -> None:
    """A platform's standing rule speaks of what the platform bans, not of the listing beside
    it: a bare title with no contact after it (电工证包过 不用考试) is still read."""
    res = det.scan_page(text=boilerplate + "电工证包过 不用考试")
    assert "certificate_sale" in res.categories, res.suppressed


def test_boilerplate_that_names_the_trade_stays_silent(det) -> None:
    res = det.scan_page(
        text="本平台禁止发布代考、办证、刻章等违法信息，一经发现立即封号",
        packs=["special-ops", "certificates", "training-ads"],
    )
    assert res.findings == []


@pytest.mark.parametrize(
    "text", ["无语言成绩也能保录", "無語言成績也能保錄", "没有教学经验也能保过 教资面试"]
)
def test_a_negation_before_the_scope_word_does_not_deny_the_promise(det, text: str) -> None:
    """无/没有 before the exam or certificate says what the buyer lacks; only a negation of the
    promise itself (不承诺包过) denies it."""
    res = det.scan_page(text=text, packs=["training-ads"])
    assert "guarantee_promise" in res.categories, res.suppressed


def test_a_negation_before_the_promise_still_denies_it(det) -> None:
    res = det.scan_page(text="本机构不承诺保录，语言成绩由考生自行准备", packs=["training-ads"])
    assert res.findings == []
    assert any(s.reason.startswith("negation:") for s in res.suppressed), res.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "很多人问“焊工证能不能不考直接拿”，可以的，私我",
        "电工证可不可以不去考场就拿到？可以！名额有限",
        "低压电工证能不能不培训直接拿？能，联系我",
    ],
)
def test_a_question_the_seller_answers_yes_is_no_denial(det, text: str) -> None:
    """能不能 asks; the writer's own yes in the next clause makes it the pitch it is."""
    res = det.scan_page(text=text)
    assert "certificate_sale" in res.categories, res.suppressed
    assert not any(s.reason.startswith("negation:") for s in res.suppressed), res.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "焊工证能不能不考直接拿？可以的话多少钱",
        "焊工证能不能不考直接拿？可以吗",
        "问：能不能不考试直接拿电工证？答：不能，必须参加考试",
        "电工证能不能不考试直接拿？不可以，证书须经考试合格后由应急管理部门核发",
    ],
)
def test_a_question_left_open_or_answered_no_keeps_its_negation(det, text: str) -> None:
    res = det.scan_page(text=text)
    assert res.findings == [], res.findings
    assert any(s.reason.startswith("negation:") for s in res.suppressed), res.suppressed


def test_a_warning_in_the_sentence_before_still_covers_a_report(det) -> None:
    """The same distance, but the candidate's sentence offers nothing (a victim's account):
    silent, and the reason says the warning stood in the neighbouring sentence."""
    res = det.scan_page(text="被骗了！网上找的代办电工证，付了2800，到现在证也没有，人也拉黑了")
    assert res.findings == []
    assert [s.reason for s in res.suppressed] == ["warning:被骗（相邻句）"]


def test_a_warning_in_the_same_sentence_silences_even_with_a_contact(det) -> None:
    res = det.scan_page(text="警惕电工证包过、不用考试直接拿证的虚假广告，举报电话 12350")
    assert res.findings == []
    assert all(s.reason.startswith("warning:警惕") for s in res.suppressed), res.suppressed


def test_official_hosts_never_fire(det) -> None:
    text = "低压电工证包过 代办 不用考试"
    for url in ("https://cx.mem.gov.cn/x", "http://yjj.example.gov.cn/a", "https://cnse.e-cqs.cn/"):
        res = det.scan_page(text=text, url=url)
        assert res.findings == []
        assert {s.reason for s in res.suppressed} == {"official_host"}
    assert det.scan_page(text=text, url="http://shop.example.com/1").findings


def test_regulator_notice_page_is_silent(det) -> None:
    text = (
        "某市应急管理局关于开展特种作业操作证违法广告专项整治的通知\n某市应急〔2026〕15号\n"
        "各区县应急管理局：近期网上出现电工证包过、焊工证代办、不用考试直接拿证等信息，"
        "现将有关事项通知如下。特此通知。"
    )
    res = det.scan_page(text=text, title="关于开展专项整治的通知")
    assert res.findings == []
    assert any(s.reason == "page:notice" for s in res.suppressed)


def test_findings_carry_version_law_message_excerpt_and_offsets(det) -> None:
    text = "前言。 低压电工证 代 办，不用考试，包过！微信 abc12345"
    res = det.scan_page(text=text, title="电工证代办", url="http://shop.example.com/1")
    assert res.lexicon_version == det.version and len(det.version) == 12
    assert {"title", "text"} <= {f.source for f in res.findings}
    for f in res.findings:
        assert f.lexicon_version == det.version
        assert f.law and f.message and f.excerpt
        src = text if f.source == "text" else "电工证代办"
        assert src[f.start : f.end] == f.matched
    assert 0.9 <= res.score <= 1.0
    assert ("wechat", "abc12345") in {(c.kind, c.value) for c in res.contacts}


def test_page_score_grows_with_independent_rules(det) -> None:
    one = det.scan_page(text="电工证培训包过").score
    two = det.scan_page(text="电工证培训包过，另可代考，焊工证代办").score
    assert 0 < one < two <= 1


def test_image_text_findings_carry_the_image_source(det) -> None:
    res = det.scan_page(text="优质服务", image_texts={"http://x/a.png": "低压电工证包过不用考试"})
    assert {f.source for f in res.findings} == {"image:http://x/a.png"}


def test_fake_portal_needs_a_non_official_host(det) -> None:
    title = "特种作业操作证及安全生产知识和管理能力考核合格信息查询平台"
    text = "证件号码 姓名 查询\n查询结果：有效"
    fake = det.scan_page(text=text, title=title, url="http://cx-mem-gov.cn.zscx.top/q")
    assert "fake_portal" in fake.categories
    real = det.scan_page(text=text, title=title, url="https://cx.mem.gov.cn/q")
    assert real.findings == []


def test_qr_to_lookalike_host_is_flagged(det) -> None:
    res = det.scan_page(text="证件", qr_urls=["http://cx-mem-gov.cn.zscx-query.top/q?id=1"])
    assert res.categories == ["fake_portal"]
    assert res.qr_urls == ["http://cx-mem-gov.cn.zscx-query.top/q?id=1"]
    assert det.scan_page(text="证件", qr_urls=["https://cx.mem.gov.cn/q"]).findings == []


def test_jieba_runs_only_around_candidates(det, monkeypatch) -> None:
    calls: list[int] = []
    seg = det._seg
    tok = seg._tokenizer()
    real_words = tok.words  # what the boundary check cuts its windows with

    def counting_words(s, *a, **kw):
        calls.append(len(s))
        return real_words(s, *a, **kw)

    monkeypatch.setattr(tok, "words", counting_words)
    seg._cache.clear()
    seg._cuts.clear()  # a window cut by an earlier test is answered from the cache
    page = "这是一段很长的正常文字。" * 2000 + "电工证培训包过"
    assert det.scan_page(text=page).categories == ["guarantee_promise"]
    assert calls and max(calls) <= 20


@pytest.mark.parametrize(
    "text", ["电工证培训，3天拿证", "电工证培训，三天拿证", "焊工证培训 通过率一〇〇%"]
)
def test_numbers_written_either_way(det, text: str) -> None:
    assert cats(det, text) == ["guarantee_promise"]


def test_image_lines_read_as_phrases(det) -> None:
    ocr = "电工证培训\n零基础\n随到随学\n周末班\n包过"
    res = det.scan_page(text="详情见图", image_texts={"http://x/b.png": ocr})
    assert res.categories == ["guarantee_promise"]
    f = res.findings[0]
    assert ocr[f.start : f.end] == f.matched


@pytest.mark.parametrize(
    "text",
    [
        "電工證理論考試 可以遠端 你在家裡坐著就行 聯絡 13911223344",
        "身分證 駕照 都能做 聯絡我們",
    ],
)
def test_regional_words_match_like_mainland_ones(det, text: str) -> None:
    """Taiwan and Hong Kong posts say 遠端, 聯絡, 身分證, 坐著 (lexicon/regional.yaml): a term
    written with the mainland word matches them too."""
    res = det.scan_page(text=text, packs=["special-ops", "certificates", "training-ads"])
    assert res.findings, res.suppressed


def test_regional_forms_are_added_to_term_sets() -> None:
    from tests.lexicon.lexicon_once import fresh_lexicon

    sets = fresh_lexicon().sets
    assert "联络我们" in sets["stance_offer_strong"].terms
    assert "身分证" in sets["cert_any"].terms


def test_quotes_for_emphasis_in_a_sellers_sentence_still_offer(det) -> None:
    """Quotation marks frame a report (记者称“包过班”…), but a seller quotes his own hook for
    emphasis: with a contact in the sentence the quoted promise is an offer."""
    res = det.scan_page(text="“包过班”火热报名中，加V zz12345", packs=["training-ads"])
    assert "guarantee_promise" in res.categories, res.suppressed


def test_a_quoted_term_head_is_a_quotation(det) -> None:
    """“包过”班不包过: the promise's head is quoted in a headline about it."""
    res = det.scan_page(text="“包过”班不包过 学员维权难", packs=["training-ads"])
    assert res.findings == [], res.findings


def test_a_shill_who_asks_for_the_readers_id_offers(det) -> None:
    """A forum reply that vouches for a class in the first person and ends 想了解的留个v is the
    seller's call (the reader leaves an id for the seller to add), not a learner's story."""
    res = det.scan_page(
        text="这个帖子说的班我报过，协议写得清楚，没考过退全款，想了解的留个v",
        packs=["training-ads"],
    )
    assert [f.rule_id for f in res.findings] == ["GP-104"], res.suppressed
    assert any(c.startswith("offer:留个v") for c in res.findings[0].cues), res.findings[0].cues


def test_a_complaint_that_was_asked_for_a_wechat_id_is_no_offer(det) -> None:
    """客服让我留个微信 tells what the seller asked of the writer: the plain 留个微信 is no call on
    the reader, so the refund the complaint quotes stays silent."""
    res = det.scan_page(
        text="客服让我留个微信，说没考过可以退全款，结果一直拖着不退", packs=["training-ads"]
    )
    assert res.findings == [], res.findings


def test_a_diploma_route_sold_is_no_operation_certificate(det) -> None:
    """快速拿证 beside 成人高考本科 sells a diploma: the special-operations pack read the bare 拿证
    as an operation certificate and told the reviewer so; the certificates pack owns it."""
    text = "成人高考本科 快速拿证 免考试 联系我 13512345678"
    assert det.scan_page(text=text, packs=["special-ops"]).findings == []
    found = det.scan_page(text=text, packs=["certificates"]).findings
    # (issue 9, session 70, scope5) CS-236 reports the route's sale beside FC-219: two findings,
    # both the certificates pack's
    assert found and {f.pack for f in found} == {"certificates"}, found


def test_an_operation_certificate_beside_a_diploma_is_still_read(det) -> None:
    """A bundle (电工证 教资 会计证 都能快速拿证) still sells the operation certificate it names."""
    res = det.scan_page(
        text="电工证 焊工证 教资 会计证 都能快速拿证 免考 联系我", packs=["special-ops"]
    )
    assert "certificate_sale" in res.categories, res.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "证件直接办理，请到政务大厅窗口",
        "本中心可办理各类证件的受理、审核和发放，咨询电话0571-87001234",
        "出入境证件可在自助机上办理，当天出证",
    ],
)
def test_an_offices_service_guide_is_no_dealer(det, text: str) -> None:
    """A service guide sends people to the office's counter or machine and speaks in the
    office's own verbs (受理、审核和发放): no pack reads it as a dealer's listing."""
    res = det.scan_page(text=text, packs=["special-ops", "certificates", "training-ads"])
    assert res.findings == [], res.findings


@pytest.mark.parametrize(
    "text",
    [
        "各类证件办理 无需到政务大厅 私聊 13900001111",
        "办理各类证件，受理快，当天出证，电话13900001111",
    ],
)
def test_a_dealer_naming_the_office_is_still_a_dealer(det, text: str) -> None:
    res = det.scan_page(text=text, packs=["certificates"])
    assert "certificate_sale" in res.categories, res.suppressed


def test_a_record_the_office_has_made_is_no_sale(det) -> None:
    """您的…信息已录入系统 is an exam centre telling the holder the record exists; a seller
    promises the entry instead (录入系统 官网可查 私聊), which CS-001 still reads."""
    assert det.scan_page(text="您的制冷作业证信息已经录入系统，请登录官网核对").findings == []
    res = det.scan_page(text="制冷证 不用考 录入系统 官网可查 私聊")
    assert "certificate_sale" in res.categories, res.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "在职想拿本科？网络教育全程代学代考，毕业证学信网可查，私我详聊",
        "成人高考专科 考试都不用管 我们全包 到时候直接毕业 微信 ck_zk5566",
        "开放大学本科报上名就行，一门都不用考，两年半领证，电话 139 2200 7788",
    ],
)
def test_a_study_route_sold_with_the_route_skipped_is_a_forged_diploma(det, text: str) -> None:
    """A diploma route (成考, 自考, 网教, 国开) offered without its exams or classes (代学代考,
    考试都不用管, 一门都不用考) is named as FC-219 in the certificates pack, with its law."""
    found = [f for f in det.scan_page(text=text, packs=["certificates"]).findings]
    assert "FC-219" in {f.rule_id for f in found}, found
    fc = next(f for f in found if f.rule_id == "FC-219")
    assert fc.stance == "offer" and "crim-284-1" in fc.law, fc


@pytest.mark.parametrize(
    "text",
    [
        "自考课程免考须知：已取得相关专业学历的考生，可申请免考部分课程，须提交毕业证书复印件",
        "反诈中心提醒：所谓成考包毕业、不用考试拿证都是骗局，请勿向陌生人转账",
        "成考本科不用考试就能拿毕业证吗？我朋友这么说的，我不太信",
        "函授本科每学期集中面授，期末必须本人参加考试，学分修满才能毕业",
    ],
)
def test_the_lawful_route_and_talk_about_the_skip_are_silent(det, text: str) -> None:
    """The exam authority's own course exemption (申请免考部分课程), a warning that quotes the
    skip, a learner's question and a school's rules name the route and no seller."""
    res = det.scan_page(text=text, packs=["special-ops", "certificates", "training-ads"])
    assert res.findings == [], res.findings


@pytest.mark.parametrize(
    "text",
    [
        "假的焊工证 做旧都行 方式看我个签",
        "假电工证 各地都能做 置顶评论有方式",
        "特种作业操作证伪造 加急出 电报号 op_cert22",
    ],
)
def test_a_seller_pointing_to_a_platform_channel_offers(det, text: str) -> None:
    """Where platforms delete contacts, sellers point to the signature, the pinned comment or
    Telegram (个签, 置顶评论有方式, 电报号): the pointer is the seller's call, as a number is."""
    res = det.scan_page(text=text)
    assert res.findings, res.suppressed
    assert all(f.stance == "offer" for f in res.findings), res.findings


@pytest.mark.parametrize(
    "text",
    [
        "平台规定：个签、置顶评论和简介里不得留办证方式，违者封号",
        "据警方通报，嫌疑人在个签里留下电报号，向买家出售伪造的电工证",
    ],
)
def test_the_channels_named_by_a_rule_or_a_report_are_no_offer(det, text: str) -> None:
    res = det.scan_page(text=text, packs=["special-ops", "certificates", "training-ads"])
    assert res.findings == [], res.findings


def test_the_paper_spelt_with_zheng_is_read_and_zheng_zai_is_not(det) -> None:
    """证 written 正 (营养师正, 资格正书) is read by the certificates pack as the paper; the same
    characters before 正在 / 正常 cut into other words and stay silent."""
    found = det.scan_page(text="营养师正 不用考 直接拿 私我", packs=["certificates"]).findings
    assert found and found[0].normalized.startswith("营养师正"), found
    for text in ("导游正在带团，今天不用考虑行程", "资格正在审核，办正事要紧，不用考试的都是假的"):
        assert det.scan_page(text=text, packs=["certificates"]).findings == [], text


def test_a_pass_named_as_what_a_rule_requires_is_no_promise(det) -> None:
    """一次通过需要… names the pass as the subject of the exam's requirement (an exam guide);
    the seller's 一次通过 beside a refund and a sign-up line is still a promise."""
    guide = "高处作业证考试一次通过需要理论和实操两科都合格，未通过的可以补考一次"
    assert det.scan_page(text=guide).findings == []
    ad = "高处作业证考试一次通过，不过退费，报名电话 0571-8888 1234"
    assert "guarantee_promise" in det.scan_page(text=ad).categories


@pytest.mark.parametrize(
    "text",
    [
        "架子工证 不认字也能拿证 全程代劳 电话 133 0187 2265",
        "焊工证 岁数大照样拿证 这边有门路 加微 hg_0098",
        "电工证 不用复习也能考下来 一口价 私聊",
    ],
)
def test_a_concession_promise_is_a_guarantee(det, text: str) -> None:
    """A seller names what the buyer lacks (不认字, 岁数大, 不用复习) and promises the paper
    anyway: GP-004, whose lack word's own 不 is a concession, never a denial of the promise."""
    res = det.scan_page(text=text)
    assert [f.rule_id for f in res.findings if f.category == "guarantee_promise"], res.suppressed


def test_a_negation_in_a_concession_does_not_deny_the_promise(det) -> None:
    """不会开车也能包拿证: 不会 negates the driving, and 也 turns the clause into a concession;
    the guarantee after it stands. 不会包拿证 still denies it."""
    ad = "驾校 不会开车也能包拿证 报名找张教练 电话 135 2299 0461"
    assert "guarantee_promise" in det.scan_page(text=ad, packs=["training-ads"]).categories
    denial = "驾校从来不会包拿证，学员须本人参加考试"
    assert det.scan_page(text=denial, packs=["training-ads"]).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "电工实操班 零基础也能学会 考试由考点统一安排 咨询 0512-6601 2288",
        "我不识字也能考焊工证吗 有没有过来人说说",
        "警方提醒：所谓岁数大照样拿证，都是伪造证件的话术。",
    ],
)
def test_a_concession_without_a_sellers_promise_is_silent(det, text: str) -> None:
    """A school that promises to teach, a learner's question and a warning quoting the bait."""
    res = det.scan_page(text=text, packs=["special-ops", "certificates", "training-ads"])
    assert [f for f in res.findings if f.rule_id == "GP-004"] == [], res.findings


def test_a_set_that_stays_out_of_the_segmenter_leaves_other_terms_their_boundaries(det) -> None:
    """concession_pass says ``segment: false``: its phrases are matched, but the segmenter is not
    taught 也能拿到, which would cut GP-105's 拿到证 off its word boundary (焊工证也能拿到|证)."""
    words = set(det._auto.words)
    assert "也能拿到" not in words and "拿到证" in words
    ts = det.lex.sets["concession_pass"]
    assert ts.segment is False and "也能拿到" in ts.terms
    res = det.scan_page(text="只要肯花钱，焊工证也能拿到证", packs=["training-ads"])
    assert "GP-105" in {f.rule_id for f in res.findings}


@pytest.mark.parametrize(
    "text",
    [
        "电工证 你把身份证照片发我 其余的交给我们 十五天左右拿证",
        "登高证 证件照给我就行 剩下的都不用管 一个月到手 微信 dg_7731",
    ],
)
def test_papers_sent_and_the_rest_handled_sells_the_certificate(det, text: str) -> None:
    """Only the buyer's ID and photo, 'the rest is ours', and the paper in so many days: the
    buyer sits no exam, so the certificate is sold (CS-007)."""
    res = det.scan_page(text=text)
    assert "CS-007" in {f.rule_id for f in res.findings}, res.suppressed


def test_a_school_collecting_papers_for_the_exam_is_no_sale(det) -> None:
    text = "焊工证培训报名 交身份证和照片 剩下的报名手续我们来 考试须本人参加 合格后二十天左右出证"
    res = det.scan_page(text=text, packs=["special-ops", "certificates", "training-ads"])
    assert [f for f in res.findings if f.rule_id == "CS-007"] == [], res.findings


@pytest.mark.parametrize("rule", ["CS-007", "CS-008"])
def test_certificate_rules_read_from_cs001s_pool(det, rule: str) -> None:
    """CS-007's and CS-008's certificate groups are CS-001's word for word, so all read one match
    pool; a set added to one group and not the other makes a second pool with every variant
    (+1.4 MB of the detector's 120 MB)."""
    ids = [r.id for r in det._window_rules]
    pools = det._auto.pools
    assert pools[ids.index(rule)]["cert"] == pools[ids.index("CS-001")]["cert"]
