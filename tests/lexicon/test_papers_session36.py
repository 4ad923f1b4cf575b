"""Papers a coverage probe found without an anchor (session 36, lead): land and forest titles
(产权证, 土地证, 林权证), proofs of status and kinship (婚姻状况证明, 亲属关系证明, 死亡医学证明) and the
overseas degree's authentication named plainly (留学认证). Offered with a contact they are the
certificates pack's; asked about at the office that issues them they stay silent.

Written for these tests in the project's own words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "林权证 土地证 加急办理 网上可查 V:ld_8899",
        "亲属关系证明 婚姻状况证明 当天出 私聊",
        "留学认证 不用回国 一周出结果 微信 lx_2026",
    ],
)
def test_the_papers_offered_with_a_contact_are_found_by_a_rule(det, text: str) -> None:
    """A rule (with its law), not only the learned scorer's lower-severity ML finding."""
    found = categories(det, text, CERTS)
    assert found & {"certificate_sale", "fake_certificate"}, found
    assert any(not r.startswith("ML-") for r in rule_ids(det, text, CERTS))


@pytest.mark.parametrize(
    "text",
    [
        "土地证遗失后，请携带身份证到不动产登记中心申请补发",
        "婚姻状况证明由户籍所在地民政部门出具，不收费",
        "留学认证请登录教育部留学服务中心网站在线申请",
    ],
)
def test_the_office_that_issues_them_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
