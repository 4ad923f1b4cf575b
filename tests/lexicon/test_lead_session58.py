"""Session 58, lead: a seller behind a warning word that names the middleman (fa14 made 不要找中介买 one)
sells with the skip itself after its own channel claim, a landline beside it; a school or an office
that names the skip only to deny or judge it stays silent. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories

EVERY = [None, DEFAULT, CERTS, ALL]


@pytest.mark.parametrize(
    "text",
    [
        "不要找中介买免考焊工证，我们正规渠道，免考直接拿，电话 0571-88776655",
        "别找中介买免考电工证，我们这边有渠道，不用考直接拿证，咨询 0731-84451200",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_the_writers_own_skip_after_the_warned_route_sells(det, text: str, packs) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "切勿通过中介办理免考电工证，来我们大厅办理的都要考试，包过是骗人的，咨询0371-65551234",
        "不要找中介买免考焊工证，我们是正规渠道，没有免考这回事，电话 0571-88776655",
        "别找中介买免考电工证，找我们报名参加培训考试，免考的都是假的，电话0371-66889900",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_a_skip_denied_or_judged_after_the_warning_stays_silent(det, text: str, packs) -> None:
    assert not categories(det, text, packs)
