"""Session 65, fa27: job posts that ask for the certificate (holdout224's job-post class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- An employer's post that skips its own hiring exam (不用考试直接面试 / 当天面试 / 直接上岗 / 免笔试)
  and asks the applicant to hold the card already (须持 / 必须持有 / 要求持有 / 持证者 / 有…证的优先 /
  有证优先): the 不用考试 is the hiring test, the certificate is what the worker brings. CS-001 /
  CS-201 read it as the exam skip sold with the card.
- Sellers in the same shape keep firing: the post that makes the card for the worker (证我们给你办,
  没证的我们给办, 包办, 三天到手) or hands out a private contact with the waiver.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]

#: Lawful job posts: silent in every pack (each fired CS-001 or CS-201 before).
_JOBS = [
    "车间招普工三名，不用考试，有焊工证的优先录用",
    "物业招维修电工，不需要考试直接面试，须持有效低压电工证",
    "工地招代班电工，不用考试直接上岗，有证优先",
    "仓库招叉车司机，不用考试当天面试，必须持有叉车证",
    "锅炉房招司炉工，不用考，有司炉证的直接来上班",
    "招聘：物流园叉车工，不用考试，持证者直接录用，详询人事部",
    "酒店招水电工，无需考试，面试通过即可入职，要求持有电工证",
]

#: Sellers in the job post's shape: still found (CS-001 in the default pack).
_SELLERS = [
    "招电工，不用考试，证我们给你办，加v dg_4410",
    "工厂招焊工，没证不要紧，不用考试给你办焊工证，三天到手，私聊",
    "招叉车司机，没有叉车证的我们包办，不用考，加微信 cc_3302",
    "招水电工，不用考试，没证的我们给办低压电工证，电话 13857120846",
    "招焊工，不用考试，有证优先，没证的交钱三天出焊工证，加v hg_7720",
]


@pytest.mark.parametrize("packs", _PACKS)
@pytest.mark.parametrize("text", _JOBS)
def test_job_post_hiring_exam_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


@pytest.mark.parametrize("packs", _SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_job_post_seller_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert "CS-001" in rule_ids_no_model(det, text, packs)


@pytest.mark.parametrize("text", _SELLERS)
def test_job_post_seller_fires_in_certificates(det, text: str) -> None:
    assert rule_ids_no_model(det, text, CERTS) & {"CS-201", "CS-001"}
