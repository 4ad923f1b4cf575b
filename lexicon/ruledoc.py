"""Per-rule documentation (like ruff's rule pages), generated from the rule files.

``python -m lexicon.ruledoc > docs/lexicon-rules.md`` writes it; a test keeps the checked-in
copy in step with the rules, so reviewers and notices quote what the detector really does.
"""

from __future__ import annotations

import yaml

from lexicon.finding import CATEGORIES
from lexicon.rules import Lexicon, Rule, load_lexicon
from lexicon.vocabulary import CATEGORY_LABELS

__all__ = ["render"]


def _example(case: object) -> str:
    if isinstance(case, dict):
        return "；".join(f"{k}={v}" for k, v in case.items())
    return str(case)


def _rule(lex: Lexicon, rule: Rule) -> list[str]:
    fx = yaml.safe_load((rule.path.parent / f"{rule.id}.fixture.yaml").read_text("utf-8"))
    out = [f"### {rule.id} {rule.title}", ""]
    pack = "各规则包（学习模型按锚词判断所属包）" if rule.kind == "model" else rule.pack
    head = (
        f"严重程度：{rule.severity}；置信度：{rule.confidence}；类型：{rule.kind}；规则包：{pack}"
    )
    if rule.groups:
        groups = "；".join(
            f"{g}（{'、'.join(rule.refs.get(g, ())) or '规则内词语'}，{len(t)} 个词）"
            for g, t in rule.groups.items()
        )
        head += f"；{rule.window} 字窗口内同时出现：{groups}"
    out.append(head)
    out += ["", rule.message, "", "法律依据："]
    out += [f"- {lex.law[x]['citation']}" for x in rule.law]
    out += ["", "命中示例："]
    out += [f"- `{_example(c)}`" for c in fx.get("match") or ()]
    out += ["", "不命中示例："]
    out += [f"- `{_example(c)}`" for c in fx.get("ok") or ()]
    return [*out, ""]


def render(lex: Lexicon | None = None) -> str:
    """Markdown for every rule, grouped by category, with the lexicon version."""
    lex = lex or load_lexicon()
    lines = [
        "# 检测规则一览",
        "",
        f"由 `python -m lexicon.ruledoc` 从 `lexicon/rules/` 生成；词库版本 `{lex.version}`。",
        "",
    ]
    for cat in CATEGORIES:
        lines += [f"## {CATEGORY_LABELS[cat]}（{cat}）", ""]
        for rule in sorted((r for r in lex.rules if r.category == cat), key=lambda r: r.id):
            lines += _rule(lex, rule)
    lines += _precedence(lex)
    return "\n".join(lines).rstrip() + "\n"


def _precedence(lex: Lexicon) -> list[str]:
    """The rows of ``lexicon/precedence.yaml``: which category wins on one clause."""
    if not lex.precedence:
        return []
    out = [
        "## 类别优先（同一分句、同一对象）",
        "",
        "两类规则在同一分句、同一对象上同时命中时，领域认定的那一类留下，另一类记为 "
        "`precedence:<名称>(<胜出规则>)`（`scan --explain` 可见）；另一句里的第二项违法照常各报各的。"
        "由 `lexicon/precedence.yaml` 定义。",
        "",
    ]
    for p in lex.precedence:
        out += [f"### {p.name}：{CATEGORY_LABELS[p.yields]} 让位于 {CATEGORY_LABELS[p.to]}", ""]
        out += [p.why, ""]
        for key, label in (
            ("to_any", "胜出片段须含"),
            ("to_not", "胜出片段不含"),
            ("yields_any", "让位片段须含"),
            ("yields_not", "让位片段不含"),
            ("shared_any", "两片段重叠处须含"),
            ("sentence_not", "句中不含"),
        ):
            if p.listed[key]:
                out.append(f"- {label}：{'、'.join(p.listed[key])}")
        out.append("")
    return out


if __name__ == "__main__":
    import sys

    sys.stdout.write(render())
