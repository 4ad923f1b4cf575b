"""The learned scorer: ``ML-…`` findings for offers no rule matched, masking, training records."""

from __future__ import annotations

import copy
import json

from lexicon.masks import AnchorMask
from lexicon.model import MODEL_PATH, Example, features
from tests.lexicon.scanning import ALL

#: Offers in words no window rule knows (written for this test, in the project's own words).
UNMATCHED = "健康证这边有的，扫码出信息，外卖平台放心"


def test_an_unmatched_offer_surfaces_as_a_low_severity_model_finding(det) -> None:
    res = det.scan(UNMATCHED, packs=ALL)
    assert [f.rule_id for f in res.findings] == ["ML-FC"]
    f = res.findings[0]
    rule = det.rule("ML-FC")
    assert rule.kind == "model" and f.severity == "low" and f.law == rule.law
    assert f.pack == "certificates" and "学习模型" in f.message
    assert f.cues[0].startswith("model:") and float(f.cues[0][6:]) >= det.model.model.threshold
    assert any(c.startswith("模型线索:") for c in f.cues)  # the n-grams that weighed most
    assert f.score < 0.6  # ranks below rule findings


def test_the_model_stays_in_its_packs_and_behind_reports(det) -> None:
    assert det.scan(UNMATCHED).findings == []  # default pack: no certificate-pack anchor here
    report = "记者暗访发现，有卖家称健康证可以做，扫码出信息，外卖平台放心用"
    assert det.scan(report, packs=ALL).findings == []


def test_report_cues_and_warnings_veto_what_the_model_would_surface(det) -> None:
    """Even at threshold 0 (every anchored sentence scored as an offer) a report or a warning
    is silenced and named, never shown."""
    from lexicon.normalize import normalize

    eager = copy.copy(det.model)
    eager.model = copy.copy(det.model.model)
    eager.model.threshold = 0.0
    for text, why in [
        ("记者暗访发现，有卖家称健康证可以做，扫码出信息", "report:"),
        ("谨防网上所谓健康证可以做、扫码出信息的说法", "warning:"),
    ]:
        found, silenced = eager.surface(
            normalize(text), text, "text", frozenset(ALL), [], lambda: [], det._stance
        )
        assert found == [] and silenced and silenced[0].reason.startswith(why), silenced


def test_a_lawful_school_ad_needs_a_promise_before_the_model_speaks(det) -> None:
    """A course, a price and a contact beside an exam name read like an offer to the model;
    the law forbids the promise, not the ad, so without a claim word nothing surfaces and the
    suppression is named. Even at threshold 0 (written for this test, in our own words)."""
    from lexicon.normalize import normalize

    eager = copy.copy(det.model)
    eager.model = copy.copy(det.model.model)
    eager.model.threshold = 0.0
    for text in [
        "公考申论写作课 十二次直播 学费八百八 咨询微信 gk_write",
        "驾校招生 包教包会 C2自动挡学费四千 周末可练车 报名加微信 js_drive",
        # a bulk SMS's opt-out line: its 退 is no refund
        "驾校暑期班 C1手动挡 报名立减三百 回T退订",
    ]:
        found, silenced = eager.surface(
            normalize(text), text, "text", frozenset(ALL), [], lambda: [], det._stance
        )
        assert found == [] and [s.reason for s in silenced] == ["no_claim"], (found, silenced)
        assert det.scan(text, packs=ALL).findings == []
    for promise in [
        "公考申论写作课 十二次直播 没上岸学费退你 咨询微信 gk_write",
        "公考申论写作课 十二次直播 没上岸学费退你 回T退订",
    ]:
        found, _ = eager.surface(
            normalize(promise), promise, "text", frozenset(ALL), [], lambda: [], det._stance
        )
        assert [f.rule_id for f in found] == ["ML-GP"], promise


def _eager_surface(det, text: str):  # type: ignore[no-untyped-def]
    """``ModelScan.surface`` of one line with every anchored sentence scored as an offer
    (threshold 0): what the gates after the model's score decide, whatever the model."""
    from lexicon.normalize import normalize

    eager = copy.copy(det.model)
    eager.model = copy.copy(det.model.model)
    eager.model.threshold = 0.0
    return eager.surface(normalize(text), text, "text", frozenset(ALL), [], list, det._stance)


def test_a_promise_less_line_that_ships_or_prices_a_certificate_surfaces_as_a_sale(det) -> None:
    """The model reads a bland special-operations line with a contact as a promise (it learned
    lawful school ads as such), and the claim gate silenced it for want of a promise word. A
    certificate shipped (顺丰包邮, 全国快递) or priced by the piece is a sale: it surfaces as
    ``ML-CS`` with the cue that moved it. A course's line or one naming the lawful path (考试
    合格) stays a school's ad. Even at threshold 0 (written for this test, in our own words)."""
    for text, cue in [
        ("制冷证考试报名 顺丰包邮 私我", "出售线索:顺丰"),
        ("电工证 一千二百元 考试报名 私我", "出售线索:一千二百元"),
    ]:
        found, silenced = _eager_surface(det, text)
        assert [f.rule_id for f in found] == ["ML-CS"], (text, silenced)
        assert found[0].cues[-1] == cue and found[0].pack == "special-ops", found[0].cues
    for lawful in [
        "焊工证培训 教材包邮 学费九百 电话 0571-88776655",
        "登高证报名 考试合格后邮寄证书 报名电话 0571-88776655",
        "电工证考前培训班 学费一千二 报名电话 0571-88776655",
        "八百元买一本焊工证",  # a headline: the price is the buyer's, not a price per piece
    ]:
        found, silenced = _eager_surface(det, lawful)
        assert found == [] and [s.reason for s in silenced] == ["no_claim"], (lawful, found)


def test_an_outcome_sold_as_certain_is_a_claim(det) -> None:
    """一定 / 搞定 promise the outcome without 保 or 过: the gate lets the model speak."""
    from lexicon.normalize import normalize

    eager = copy.copy(det.model)
    eager.model = copy.copy(det.model.model)
    eager.model.threshold = 0.0
    for text in ["雅思考试 五万元搞定七分 私聊", "教资面试 一定让你上 私聊"]:
        found, silenced = eager.surface(
            normalize(text), text, "text", frozenset(ALL), [], lambda: [], det._stance
        )
        assert [f.rule_id[:3] for f in found] == ["ML-"], (text, silenced)


def test_the_model_reads_only_pages_the_rules_leave_silent(det) -> None:
    """Beside rule findings the model only added category noise: on a page the rules flag it
    is not consulted at all (which also keeps its cost off domain-dense pages)."""
    alone = det.scan(UNMATCHED, packs=ALL)
    assert [f.rule_id[:3] for f in alone.findings] == ["ML-"]
    text = "低压电工证代办，不用考试，加微信 dg12345678。\n" + UNMATCHED
    res = det.scan(text, packs=ALL)
    assert res.findings and not any(f.rule_id.startswith("ML-") for f in res.findings)
    assert not any(s.rule_id.startswith("ML-") for s in res.suppressed)


def test_a_line_of_certificate_names_is_no_offer(det) -> None:
    """Navigation lists name many certificates; masking makes their number no evidence."""
    assert det.scan("电工证\n焊工证\n登高证\n制冷证\n叉车证\n证件照", packs=ALL).findings == []


def test_anchor_mask_replaces_leftmost_longest_words_by_pack() -> None:
    mask = AnchorMask({"special-ops": ("电工证", "低压电工证"), "certificates": ("学历",)},
                      ("special-ops", "certificates"))  # fmt: skip
    assert mask("低压电工证和学历都能办") == "\ue001和\ue003都能办"
    feats = features("低压电工证电工证都能办", mask=mask)
    assert "\ue001" not in feats and "\ue001\ue001" not in feats and "\ue001都" in feats


def test_training_is_deterministic_and_records_its_data_and_figures() -> None:
    from lexicon.training import train

    offers = ["证件都能办，加我", "学历可以做，私聊", "包过班，不过退费", "考试答案考前发你"]
    others = ["今天天气很好", "证件照拍摄", "学历查询请登录学信网", "考试报名时间公布"]
    rows = [Example(t, frozenset({"fake_certificate"}), 1.0, f"p{i}") for i, t in enumerate(offers)]
    rows += [Example(t, frozenset(), 1.0, f"n{i}") for i, t in enumerate(others)]
    a = train(rows, [{"file": "t", "rows": 8}], epochs=20)
    b = train(rows, [{"file": "t", "rows": 8}], epochs=20)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert a["classes"][0] == "offer" and a["data"] and a["version"]
    oof = a["figures"]["out_of_fold"]
    assert oof["positives"] == 4 and oof["negatives"] == 4 and 0.5 <= a["threshold"] <= 0.99


def test_the_shipped_model_says_how_it_generalizes() -> None:
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    oof = data["figures"]["out_of_fold"]
    assert data["masked"] and oof["folds"] == 5 and oof["specificity"] >= 0.97
    files = {s["file"] for s in data["trained_on"]}
    held_out = {
        "holdout4.jsonl",
        "holdout5.jsonl",
        "holdout6.jsonl",
        "holdout7.jsonl",
        "holdout8.jsonl",
        "holdout9.jsonl",
        "holdout10.jsonl",
        "holdout11.jsonl",
        "holdout12.jsonl",
        "holdout13.jsonl",
        "holdout14.jsonl",
        "holdout15.jsonl",
        "holdout16.jsonl",
        "holdout17.jsonl",
        "holdout18.jsonl",
        "holdout19.jsonl",
        "holdout20.jsonl",
        "holdout21.jsonl",
        "holdout22.jsonl",
        "holdout23.jsonl",
        "holdout26.jsonl",
        "holdout24.jsonl",
        "holdout25.jsonl",
        "holdout27.jsonl",
        "holdout28.jsonl",
        "holdout29.jsonl",
        "holdout31.jsonl",
        "holdout30.jsonl",
        "holdout32.jsonl",
        "holdout33.jsonl",
        "holdout34.jsonl",
        "holdout35.jsonl",
        "holdout36.jsonl",
        "holdout37.jsonl",
        "holdout38.jsonl",
        "holdout39.jsonl",
        "holdout40.jsonl",
        "holdout41.jsonl",
        "holdout42.jsonl",
        "holdout43.jsonl",
        "holdout44.jsonl",
        "holdout45.jsonl",
        "holdout46.jsonl",
        "holdout47.jsonl",
        "holdout48.jsonl",
        "holdout50.jsonl",
        "holdout49.jsonl",
        "holdout51.jsonl",
        "holdout52.jsonl",
        "holdout54.jsonl",
        "holdout55.jsonl",
        "holdout53.jsonl",
        "holdout56.jsonl",
        "holdout58.jsonl",
        "holdout57.jsonl",
        "holdout59.jsonl",
        "holdout60.jsonl",
        "holdout61.jsonl",
        "holdout62.jsonl",
        "holdout63.jsonl",
        "holdout67.jsonl",
        "holdout71.jsonl",
        "holdout72.jsonl",
        "holdout73.jsonl",
        "holdout64.jsonl",
        "holdout66.jsonl",
        "holdout65.jsonl",
        "holdout69.jsonl",
        "holdout68.jsonl",
        "holdout70.jsonl",
        "holdout75.jsonl",
        "holdout74.jsonl",
        "holdout76.jsonl",
        "holdout77.jsonl",
        "holdout78.jsonl",
        "holdout79.jsonl",
        "holdout80.jsonl",
        "holdout81.jsonl",
        "holdout84.jsonl",
        "holdout83.jsonl",
        "holdout82.jsonl",
        "holdout85.jsonl",
        "holdout86.jsonl",
        "holdout87.jsonl",
        "holdout88.jsonl",
        "holdout90.jsonl",
        "holdout92.jsonl",
        "holdout91.jsonl",
        "holdout89.jsonl",
        "holdout93.jsonl",
        "holdout94.jsonl",
        "holdout95.jsonl",
        "holdout96.jsonl",
        "holdout97.jsonl",
        "holdout101.jsonl",
        "holdout98.jsonl",
        "holdout100.jsonl",
        "holdout104.jsonl",
        "holdout105.jsonl",
        "holdout99.jsonl",
        "holdout103.jsonl",
        "holdout102.jsonl",
        "holdout106.jsonl",
        "holdout107.jsonl",
        "holdout112.jsonl",
        "holdout113.jsonl",
        "holdout111.jsonl",
        "holdout109.jsonl",
        "holdout108.jsonl",
        "holdout110.jsonl",
        "holdout117.jsonl",
        "holdout118.jsonl",
        "holdout114.jsonl",
        "holdout120.jsonl",
        "holdout116.jsonl",
        "holdout119.jsonl",
        "holdout115.jsonl",
        "holdout124.jsonl",
        "holdout123.jsonl",
        "holdout122.jsonl",
        "holdout121.jsonl",
        "holdout125.jsonl",
        "holdout126.jsonl",
        "holdout127.jsonl",
        "holdout128.jsonl",
        "holdout129.jsonl",
        "holdout137.jsonl",
        "holdout138.jsonl",
        "holdout134.jsonl",
        "holdout133.jsonl",
        "holdout132.jsonl",
        "holdout131.jsonl",
        "holdout130.jsonl",
        "holdout136.jsonl",
        "holdout135.jsonl",
        "holdout139.jsonl",
        "holdout140.jsonl",
        "holdout142.jsonl",
        "holdout141.jsonl",
        "holdout144.jsonl",
        "holdout143.jsonl",
        "holdout145.jsonl",
        "holdout146.jsonl",
        "holdout147.jsonl",
        "holdout148.jsonl",
        "holdout149.jsonl",
        "holdout150.jsonl",
        "holdout152.jsonl",
        "holdout151.jsonl",
        "holdout154.jsonl",
        "holdout153.jsonl",
        "holdout155.jsonl",
        "holdout156.jsonl",
        "holdout157.jsonl",
        "holdout158.jsonl",
        "holdout159.jsonl",
        "holdout160.jsonl",
        "holdout161.jsonl",
        "holdout162.jsonl",
        "holdout163.jsonl",
        "holdout164.jsonl",
        "holdout165.jsonl",
        "holdout166.jsonl",
        "holdout167.jsonl",
        "holdout168.jsonl",
        "holdout169.jsonl",
        "holdout170.jsonl",
        "holdout171.jsonl",
        "holdout172.jsonl",
        "holdout173.jsonl",
        "holdout174.jsonl",
        "holdout175.jsonl",
        "holdout176.jsonl",
        "holdout177.jsonl",
        "holdout178.jsonl",
        "holdout179.jsonl",
        "holdout180.jsonl",
        "holdout181.jsonl",
        "holdout182.jsonl",
        "holdout183.jsonl",
        "holdout184.jsonl",
        "holdout185.jsonl",
        "holdout186.jsonl",
        "holdout189.jsonl",
        "holdout190.jsonl",
        "holdout192.jsonl",
        "holdout191.jsonl",
        "holdout193.jsonl",
        "holdout194.jsonl",
        "holdout195.jsonl",
        "holdout198.jsonl",
        "holdout197.jsonl",
        "holdout196.jsonl",
        "holdout199.jsonl",
        "holdout200.jsonl",
        "holdout201.jsonl",
        "holdout202.jsonl",
        "holdout203.jsonl",
        "holdout204.jsonl",
        "holdout205.jsonl",
        "holdout206.jsonl",
        "holdout207.jsonl",
        "holdout208.jsonl",
        "holdout209.jsonl",
        "holdout210.jsonl",
        "holdout212.jsonl",
        "holdout219.jsonl",
        "holdout213.jsonl",
        "holdout215.jsonl",
        "holdout216.jsonl",
        "holdout218.jsonl",
        "holdout211.jsonl",
        "holdout214.jsonl",
        "holdout217.jsonl",
        "holdout220.jsonl",
        "holdout221.jsonl",
        "holdout222.jsonl",
        "holdout223.jsonl",
        "holdout224.jsonl",
        "holdout225.jsonl",
        "holdout226.jsonl",
        "holdout228.jsonl",
        "holdout229.jsonl",
        "holdout232.jsonl",
        "holdout237.jsonl",
        "holdout236.jsonl",
        "holdout235.jsonl",
        "holdout233.jsonl",
        "holdout238.jsonl",
        "holdout240.jsonl",
        "holdout242.jsonl",
        "holdout246.jsonl",
        "holdout243.jsonl",
        "holdout244.jsonl",
        "holdout247.jsonl",
        "holdout250.jsonl",
        "holdout252.jsonl",
        "holdout253.jsonl",
        "holdout255.jsonl",
        "holdout254.jsonl",
        "holdout251.jsonl",
        "holdout256.jsonl",
        "holdout248.jsonl",
        "holdout239.jsonl",
        "holdout230.jsonl",
        "holdout227.jsonl",
        "holdout231.jsonl",
        "holdout234.jsonl",
        "holdout241.jsonl",
        "holdout245.jsonl",
        "holdout249.jsonl",
        "holdout257.jsonl",
        "holdout258.jsonl",
        "holdout259.jsonl",
        "holdout260.jsonl",
        "holdout261.jsonl",
        "holdout262.jsonl",
        "holdout263.jsonl",
        "holdout188.jsonl",
        "holdout187.jsonl",
        "styles5.jsonl",
        "styles7.jsonl",
        "styles9.jsonl",
        "styles12.jsonl",
        "styles23.jsonl",
    }
    assert not held_out & files  # kept for measuring


def test_negatives_a_scan_would_veto_never_set_the_threshold() -> None:
    """The surfacing threshold keeps at most 2 % of the negatives surfacing; a report the
    stance stage silences anyway never surfaces, so it cannot make the model shyer on offers."""
    from lexicon.gate import surfacing_veto
    from lexicon.training import _threshold
    from tests.lexicon.lexicon_once import fresh_lexicon

    veto = surfacing_veto(fresh_lexicon())
    assert veto("记者暗访发现，有卖家称健康证可以做，扫码出信息")
    assert veto("谨防网上所谓健康证可以做的说法")
    assert not veto("健康证这边可以做的，扫码出信息，外卖平台放心用")
    rows = [Example("记者暗访发现，卖家称证都能办", frozenset(), 1.0, "r")]
    rows += [Example(f"考试报名时间公布{i}", frozenset(), 1.0, f"n{i}") for i in range(40)]
    oof = [0.99] + [0.2] * 40
    assert _threshold(rows, oof, 0.02, [True] * 41) > 0.98  # the report sets it
    assert _threshold(rows, oof, 0.02, [not veto(r.text) for r in rows]) == 0.5


def test_the_threshold_is_chosen_behind_the_scans_claim_gate(det) -> None:
    """A scan drops an ``ML-GP`` sentence without a promise word (a lawful school's ad), so
    training must not count such a negative as one that would surface: it made the threshold
    stricter for offers than the scan's false alarms called for. Training asks the scan's own
    gate (one object), given the category the model would give the row out of fold."""
    from lexicon.gate import SurfaceGate, surfacing_veto
    from lexicon.training import _threshold, gated
    from tests.lexicon.lexicon_once import fresh_lexicon

    veto = surfacing_veto(fresh_lexicon())
    assert isinstance(veto.gate, SurfaceGate) and isinstance(det.model.gate, SurfaceGate)
    ad = "公考申论写作课 十二次直播 学费八百八 咨询微信 gk_write"
    promise = "公考申论写作课 十二次直播 没上岸学费退你 咨询微信 gk_write"
    assert veto(ad, "guarantee_promise") and not veto(promise, "guarantee_promise")
    assert not veto(ad)  # no category: warnings and stance only
    rows = [Example(ad, frozenset(), 1.0, "ad")]
    rows += [Example(f"考试报名时间公布{i}", frozenset(), 1.0, f"n{i}") for i in range(40)]
    oof = [[0.99, 0.0, 0.9, 0.0, 0.1, 0.0]] + [[0.2] * 6] * 40
    live = gated(rows, oof, veto)
    assert live == [False] + [True] * 40
    assert _threshold(rows, [p[0] for p in oof], 0.02, live) == 0.5


def test_an_exception_word_leaves_its_sentence_to_the_model() -> None:
    """FC-205's exception 原件 speaks for that rule's combination (需提供原件), not for the
    sentence: the model still reads it and surfaces the diploma seller."""
    from lexicon import get_detector

    res = get_detector().scan_page(
        text="学位证样本 原件扫描 应聘入职都能用 微 xw_8877", packs=["certificates"]
    )
    assert any(s.reason.startswith("unless:") for s in res.suppressed), res.suppressed
    assert [f.rule_id for f in res.findings] == ["ML-FC"], res.findings


def test_face_recognition_is_a_name_not_a_warning(det) -> None:
    """识别 warns (如何识别假证); in 人脸识别 it is a technology's name, which a proxy-exam seller
    promises to get past as readily as an exam centre installs it. The seller was silenced as
    ``warning:识别`` by the rules and the model alike (written for this test, in our own words)."""
    res = det.scan("焊工证 远程人脸识别 人不用到场 两个月拿证 加V hg1234", packs=ALL)
    assert res.findings and not any(s.reason == "warning:识别" for s in res.suppressed)
    found, silenced = _eager_surface(det, "电工证考试 一千五全包 人脸识别我们搞定 私聊")
    assert [f.rule_id[:3] for f in found] == ["ML-"], silenced
    assert det.scan("考场配备人脸识别和信号屏蔽，严禁替考", packs=ALL).findings == []
    res = det.scan("教你识别假焊工证：焊工证不用考就能拿的都是假证，加V的别信", packs=ALL)
    assert res.findings == [], res.findings


def test_a_test_taker_thanking_the_coach_is_chatter(det) -> None:
    """After the exam a learner thanks the coach (一次过了，谢谢教练): the words of a pass, no
    offer. Since the threshold stands behind the claim gate (0.82-0.84) the model surfaced such
    posts as ML-GP; a stance wish cue silences them, even at threshold 0 (our own words)."""
    found, silenced = _eager_surface(det, "驾照科目二终于一次过了，谢谢教练这一个月的耐心！")
    assert found == [] and [s.reason for s in silenced] == ["report:谢谢教练"], (found, silenced)
