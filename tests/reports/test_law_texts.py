"""A bureau's checked law texts (``law_texts`` in the notices config) replace the lexicon's
secondary copies in its letters, and a caveat it no longer needs is dropped."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from docx import Document

from reports.compose import Numbered, compose
from reports.config import load_config
from reports.errors import ConfigError
from reports.render import render_html
from reports.workflow import write_letter
from tests.reports.batch import CONFIG, EVIDENCE, ISSUED, LAW_CAVEATED

SOURCE_CAVEAT = "条文取自二手公开网页，使用前请与官方公布文本核对。"
CHECKED = "（本局核对文本）特种作业人员必须经专门的安全技术培训并考核合格后，方可上岗作业。"


def _config(tmp_path: Path, law_texts) -> Path:
    data = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    data["law_texts"] = law_texts
    path = tmp_path / "notices.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _referral(cfg, hits):
    n = Numbered(3, ISSUED, "临江市公安局", case_id="C-1", case_summary="同一线索。",
                 evidence=EVIDENCE)  # fmt: skip
    return compose("referral", cfg, hits, n)


def test_checked_text_replaces_the_secondary_copy_and_its_caveat(tmp_path, hits):
    plain = _referral(load_config(CONFIG), hits)
    sp5 = next(p for p in plain.provisions if p.id == "sp-5")
    assert sp5.caveat == SOURCE_CAVEAT  # the lexicon's copy, as shipped
    cfg = load_config(_config(tmp_path, {"sp-5": {"text": CHECKED, "caveat": ""}}))
    ctx = _referral(cfg, hits)
    html = render_html(ctx)
    assert f"{sp5.citation}规定：“{CHECKED}”</p>" in html
    assert sp5.text not in html
    # Only sp-5 was checked: the other secondary copies keep their caveat.
    others = [p for p in ctx.provisions if p.caveat == SOURCE_CAVEAT]
    assert others and html.count(SOURCE_CAVEAT) == len(others)
    assert [p.id for p in ctx.provisions] == [p.id for p in plain.provisions]
    files = write_letter(ctx, tmp_path / "out")
    docx = "\n".join(p.text for p in Document(files["docx"]["path"]).paragraphs)
    assert f"{sp5.citation}规定：“{CHECKED}”" in docx
    assert docx.count(SOURCE_CAVEAT) == len(others)


def test_a_caveat_given_without_a_text_keeps_the_text(tmp_path, hits):
    cfg = load_config(_config(tmp_path, {"sp-36": {"caveat": "已与部门规章汇编核对"}}))
    shipped = next(p for p in _referral(load_config(CONFIG), hits).provisions if p.id == "sp-36")
    got = next(p for p in _referral(cfg, hits).provisions if p.id == "sp-36")
    assert got == dataclasses.replace(shipped, caveat="已与部门规章汇编核对")


@pytest.mark.parametrize(
    ("law_texts", "says"),
    [
        ({"sp-99": {"text": "某条"}}, "law_texts.sp-99：词库中没有这个条文编号"),
        ({"sp-5": "只写了文字"}, "law_texts.sp-5：只能写 text"),
        ({"sp-5": {"text": "某条", "checked": True}}, "law_texts.sp-5：只能写 text"),
        ({"sp-5": {"text": "  "}}, "law_texts.sp-5.text：必须填写"),
        ({"sp-5": {"caveat": 3}}, "law_texts.sp-5.caveat：应为文字"),
        (["sp-5"], "law_texts：应为"),
    ],
)
def test_bad_law_texts_are_refused_by_field(tmp_path, law_texts, says):
    with pytest.raises(ConfigError) as e:
        load_config(_config(tmp_path, law_texts))
    assert says in str(e.value)


def test_notices_config_lists_checked_and_caveated_provisions(adsweep, tmp_path):
    path = _config(tmp_path, {"sp-5": {"text": CHECKED, "caveat": ""}})
    r = adsweep("notices", "config", "--check", "--config", str(path))
    assert r.returncode == 0, r.stderr
    assert "本局核对的条文：《特种作业人员安全技术培训考核管理规定》第五条" in r.stdout
    caveated = [x for x in r.stdout.splitlines() if x.startswith("  移送函引用时附注：")]
    # Every caveated provision but the one this bureau checked (sp-5) keeps its caveat.
    assert len(caveated) == len(LAW_CAVEATED - {"sp-5"}) >= 4
    assert not any("第五条" in x for x in caveated)
