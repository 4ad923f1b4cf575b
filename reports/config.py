"""The notices configuration: who issues the letters and what they demand, in one YAML file.

The issuing authority, its document-number prefixes, the contact person, the deadlines and
the wording of the required actions belong to the bureau, not to the code; a commented example
ships as ``reports/notices.example.yaml``. ``adsweep notices config --check`` validates a file
and the reviewer shows the one in use.

Lookup order: an explicit path, ``ADSWEEP_NOTICES_CONFIG``, ``config/notices.yaml``; without
any of them the example is used and :attr:`NoticeConfig.is_example` says so (the demo runs on
it; a real letter must not).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from reports.context import Provision
from reports.errors import ConfigError
from reports.letters import provisions

__all__ = ["EXAMPLE_CONFIG", "KINDS", "NoticeConfig", "check_config", "load_config"]

EXAMPLE_CONFIG = Path(__file__).with_name("notices.example.yaml")
DEFAULT_CONFIG = Path("config/notices.yaml")

#: Letter kinds; each has its own number series and prefix.
KINDS: tuple[str, ...] = ("notice", "request", "referral")

_PHONE = re.compile(r"^[0-9０-９\-－+＋() ()、，,转]{5,40}$")


@dataclass(frozen=True, slots=True)
class NoticeConfig:
    """What the letters say about their issuer; see the example file for each field."""

    authority: str
    numbering: dict[str, str]
    campaign: str
    contact_person: str
    contact_phone: str
    reply_days: int
    request_days: int
    actions: tuple[str, ...]
    request_items: tuple[str, ...]
    objection_days: int
    reconsideration: str
    court: str
    referral_to: str
    cc: tuple[str, ...] = ()
    #: Addressee (the operator's name) by platform; others get "<platform>平台运营者".
    addressees: dict[str, str] = field(default_factory=dict)
    #: Provision id → {"text": the official text the bureau checked, "caveat": the note printed
    #: after it ("" for none)}; either key may be left out (``law_texts`` in the file).
    law_texts: dict[str, dict[str, str]] = field(default_factory=dict)
    path: str = ""
    is_example: bool = False
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    def prefix(self, kind: str) -> str:
        return self.numbering[kind]

    def addressee(self, platform: str) -> str:
        return self.addressees.get(platform) or f"{platform}平台运营者"

    def provision(self, p: Provision) -> Provision:
        """``p`` as this bureau's letters quote it: its checked text and caveat where given."""
        entry = self.law_texts.get(p.id)
        if not entry:
            return p
        return replace(p, text=entry.get("text", p.text), caveat=entry.get("caveat", p.caveat))

    def law_notes(self) -> tuple[list[Provision], list[Provision]]:
        """(provisions this bureau checked, provisions its referrals still quote with a caveat)."""
        quoted = [self.provision(p) for p in provisions().values()]
        return [p for p in quoted if p.id in self.law_texts], [p for p in quoted if p.caveat]

    def days(self, kind: str) -> int:
        return self.request_days if kind == "request" else self.reply_days


def _path(path: str | Path | None) -> tuple[Path, bool]:
    if path:
        return Path(path), False
    env = os.environ.get("ADSWEEP_NOTICES_CONFIG")
    if env:
        return Path(env), False
    if DEFAULT_CONFIG.is_file():
        return DEFAULT_CONFIG, False
    return EXAMPLE_CONFIG, True


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ConfigError(f"找不到通知书配置文件 {path}") from e
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise ConfigError(f"通知书配置文件 {path} 无法读取：{e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"通知书配置文件 {path} 应当是键值对（YAML 映射）")
    return data


def check_config(data: dict[str, Any]) -> list[str]:
    """Every problem of a parsed file, in Chinese, naming the field (empty when it is usable)."""
    problems: list[str] = []

    def text(key: str, value: Any) -> None:
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{key}：必须填写（文字）")

    def days(key: str, value: Any) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 90:
            problems.append(f"{key}：应为 1 到 90 之间的天数，现为 {value!r}")

    def texts(key: str, value: Any, need: bool = True) -> None:
        if not isinstance(value, list) or any(not isinstance(x, str) or not x for x in value):
            problems.append(f"{key}：应为文字列表")
        elif need and not value:
            problems.append(f"{key}：至少写一项")

    text("authority", data.get("authority"))
    text("campaign", data.get("campaign"))
    numbering = data.get("numbering")
    if not isinstance(numbering, dict):
        problems.append("numbering：应写明 notice、request、referral 三种文书的机关代字")
        numbering = {}
    for kind in KINDS:
        value = numbering.get(kind)
        text(f"numbering.{kind}", value)
        if isinstance(value, str) and re.search(r"[〔〕\[\]（）()号第0-9]", value):
            problems.append(f"numbering.{kind}：只写机关代字（如 某市监函），年份和序号自动生成")
    contact = data.get("contact") if isinstance(data.get("contact"), dict) else {}
    text("contact.person", contact.get("person"))
    phone = contact.get("phone")
    text("contact.phone", phone)
    if isinstance(phone, str) and phone and not _PHONE.match(phone):
        problems.append(f"contact.phone：不像电话号码：{phone!r}")
    days("reply_days", data.get("reply_days"))
    days("request_days", data.get("request_days"))
    texts("actions", data.get("actions"))
    if isinstance(data.get("actions"), list) and not any(
        "{deadline}" in str(a) for a in data["actions"]
    ):
        problems.append("actions：应有一项写明回复期限（含 {deadline}）")
    texts("request_items", data.get("request_items"))
    review = data.get("review") if isinstance(data.get("review"), dict) else {}
    days("review.objection_days", review.get("objection_days"))
    text("review.reconsideration", review.get("reconsideration"))
    text("review.court", review.get("court"))
    text("referral_to", data.get("referral_to"))
    texts("cc", data.get("cc", []), need=False)
    problems += _check_law_texts(data.get("law_texts", {}))
    addressees = data.get("addressees", {})
    if not isinstance(addressees, dict) or any(
        not isinstance(v, str) or not v.strip() for v in addressees.values()
    ):
        problems.append("addressees：应为“平台名称: 运营者名称”的对应表")
    return problems


def _check_law_texts(value: Any) -> list[str]:
    """``law_texts``: only provisions the lexicon has, each with a text and/or a caveat."""
    if not isinstance(value, dict):
        return ["law_texts：应为“条文编号: {text: 核对后的条文, caveat: 注释}”的对应表"]
    known = provisions()
    problems = []
    for pid, entry in value.items():
        where = f"law_texts.{pid}"
        if pid not in known:
            problems.append(f"{where}：词库中没有这个条文编号（可用：{'、'.join(known)}）")
        elif not isinstance(entry, dict) or not entry or set(entry) - {"text", "caveat"}:
            problems.append(f"{where}：只能写 text（核对后的条文）和 caveat（注释，可为空）")
        elif "text" in entry and (not isinstance(entry["text"], str) or not entry["text"].strip()):
            problems.append(f"{where}.text：必须填写（文字）")
        elif "caveat" in entry and not isinstance(entry["caveat"], str):
            problems.append(f'{where}.caveat：应为文字（不加注释写空字符串 ""）')
    return problems


def load_config(path: str | Path | None = None) -> NoticeConfig:
    """Read and validate; raises :class:`ConfigError` listing every problem at once."""
    p, is_example = _path(path)
    data = _read(p)
    problems = check_config(data)
    if problems:
        raise ConfigError(f"通知书配置文件 {p} 有 {len(problems)} 处问题：\n" + "\n".join(
            f"  - {x}" for x in problems
        ))  # fmt: skip
    contact, review = data["contact"], data["review"]
    return NoticeConfig(
        authority=data["authority"].strip(),
        numbering={k: data["numbering"][k].strip() for k in KINDS},
        campaign=data["campaign"].strip(),
        contact_person=contact["person"].strip(),
        contact_phone=str(contact["phone"]).strip(),
        reply_days=data["reply_days"],
        request_days=data["request_days"],
        actions=tuple(data["actions"]),
        request_items=tuple(data["request_items"]),
        objection_days=review["objection_days"],
        reconsideration=review["reconsideration"].strip(),
        court=review["court"].strip(),
        referral_to=data["referral_to"].strip(),
        cc=tuple(data.get("cc") or ()),
        addressees={str(k): v.strip() for k, v in (data.get("addressees") or {}).items()},
        law_texts={
            str(k): {f: str(v).strip() for f, v in e.items()}
            for k, e in (data.get("law_texts") or {}).items()
        },
        path=str(p),
        is_example=is_example,
        raw=data,
    )
