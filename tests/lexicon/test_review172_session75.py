"""Session 75, review172: the second reading of review168 (``silence._ROUTE_OFFICE_DAYS``: a count
of twenty to sixty-odd days beside the issuing office read as the office's timetable by GP-006's
``_route_by_office``). Sentences written for this file (not from any held-out set, the corpus nor
the rules' fixtures).

- (a) sellers one step past review168's school: the count with the seller's own skip or delivery
  beside it, in words ``promise_route_fast`` did not list (无须到场, 不必本人, 不需本人到场, 送证上门,
  人可以不去) or the card in the buyer's hand (二十五天到手, 28天到手). The count's 天下证 / 天到手
  read them on review162's code; review168's mask took that away and left them silent in the
  default and all-packs runs.
- (b) lawful lines beside them: other units (一个月内, 30个工作日, 二十五日), full-width digits, the
  count in the next sentence, the school's own 本人须到场 and 无须另交费用: silent in every run.
- (c) the certificates pack's CS-203 reading a school's digit count (考后26天下证, 一般45天下证,
  考后28天拿证) as the terse seller's 五天下 / 八天拿: the count's last digit read alone. Left
  (strict xfail in the certificates runs): the same last-digit reading is how CS-203 and CS-004
  read the sellers' counts their lists lack (电工证 17天下证 私信, 焊工证 25天下 私信); reading the
  number whole in ``combos._boundary_read`` silenced those, tried and undone.
- (d) sellers that fired before and after review168 (最快25天, 三十天内拿证，免考, 交钱后二十五天
  到手, 25天培训，代考, full-width, traditional characters, two sentences, CS-203's terse 5天下):
  guards of the change and of this one.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    TRAINING,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: (a) Sellers writing a count of twenty days or more beside the office with their own skip or
#: delivery: GP-006 read them by the count's 天下证 / 天到手 before review168; silent in the
#: default run on the unchanged code (8c8a1a72).
_COUNT_AND_SKIP_SELLERS = [
    "电工证考试不用愁，合格后应急局发证，二十五天下证，无须到场，私信",
    "焊工证考试全包，考完应急管理局发证，25天下证，不必本人去，加我",
    "电工证考试不用愁，合格后应急局发证，26天下证，不需本人到场，私信",
    "叉车证考试您放心，合格后由应急管理局发证，二十五天下证，送证上门，私聊",
    "电工证考试不用愁，合格后应急局发证，三十天下证，人可以不去，私信",
    "焊工证考试您放心，合格后由应急管理局发证，二十五天到手，私信",
    "焊工证考试全包，考完应急管理局发证，28天到手，加v",
]

#: (b) Lawful lines with a count or the same words: silent on the unchanged code except where
#: (c) says; kept so in every run.
_LAWFUL_COUNTS = [
    "电工证考试您放心，合格后由应急管理局发证，二十五天下证，本人须到场，私信",
    "焊工证考试您放心，合格后由应急管理局发证，考后一个月内下证，私信",
    "焊工证考试您放心，合格后由应急管理局发证，30个工作日内下证，私信",
    "焊工证考试您放心，合格后由应急管理局发证，二十五日左右下证，私信",
    "叉车证考试您放心，合格后由应急管理局发证。一般二十五天下证，私信",
    "电工证考试您放心，合格后由应急管理局发证，二十五天下证，无须另交费用，私信",
    "电工证考试您放心，合格后由应急管理局发证，二十五天下证，不需额外费用，私信",
    "电工证考试您放心，合格后由应急管理局发证，证书到手后凭证上岗，私信",
    "电工证考试您放心，合格后由应急管理局发证，统一送证到单位，私信",
]

#: (c) A school's digit count read by CS-203 in the certificates runs (its last digit and the verb
#: taken for the terse seller's 五天下 / 八天拿): silent in the default and training runs; left
#: firing in the certificates runs (write-up).
_DIGIT_COUNT_SCHOOLS = [
    "焊工证考试您放心，合格后由应急管理局发证，考后２５天下证，私信",
    "电工证考试您放心，合格后由应急管理局统一发证，考后26天下证，私信",
    "叉车证考试您放心，合格后由应急管理局发证，一般45天下证，私信",
    "焊工证考试您放心，合格后由应急管理局发证，考后28天拿证，私信",
]

#: (d) Sellers firing in the default run before and after review168: kept so.
_SELLERS_KEPT = [
    "焊工证考试您放心，合格后由应急管理局发证，最快25天，私信",
    "电工证考试不用愁，合格后应急局发证，三十天内拿证，免考，加v",
    "焊工证考试全包，考完应急管理局发证，交钱后二十五天到手，私我",
    "焊工证考试您放心，合格后由应急管理局发证，25天培训，代考，私信",
    "焊工证考试您放心，合格后由应急管理局发证，培训25天，不考试拿证，私信",
    "叉车证考试您放心，合格后由应急管理局发证，30天课程，包拿证，私信",
    "焊工证考试您放心，合格后由应急管理局发证，２５天包拿证，私信",
    "焊工证考试您放心，合格后由應急管理局發證，二十五天不用考，私信",
    "电工证考试不用愁，合格后应急局发证。我们二十五天下证，不用到场，私信",
    "电工证考试不用愁，合格后应急局发证 25天下证，无需本人，私信",
    # a terse listing with a count past CS-203's list: CS-004 reads it in the default run
    "焊工证 25天下 私信",
]

#: (d) The terse seller's turnaround in digits: CS-203 in the certificates runs, the listed counts
#: (5天下, 15天出) and the ones it reads by their last digit (17天下证, 25天下).
_TERSE_SELLERS = [
    "登高证 5天下 加v",
    "叉车证 15天出 私我",
    "电工证 17天下证 私信",
    "焊工证 25天下 私信",
]

#: Left silent (write-up): the skip said as 不来考试也行 (a bare 不来 is also the school's rule,
#: 考试当天不来视为弃考).
_STILL_SILENT = [
    "电工证考试不用愁，合格后应急局发证，二十五天下证，不来考试也行，私信",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _COUNT_AND_SKIP_SELLERS + _SELLERS_KEPT)
def test_sellers_beside_the_office_count_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_COUNTS)
def test_lawful_counts_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", [None, TRAINING])
@pytest.mark.parametrize("text", _DIGIT_COUNT_SCHOOLS)
def test_school_digit_count_silent_outside_certificates(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(strict=True, reason="CS-203 reads the count's last digit, left (write-up)")
@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _DIGIT_COUNT_SCHOOLS)
def test_school_digit_count_still_firing_in_certificates(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _TERSE_SELLERS)
def test_terse_turnaround_in_digits_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-203", packs)


@pytest.mark.xfail(strict=True, reason="still silent, left (write-up)")
@pytest.mark.parametrize("text", _STILL_SILENT)
def test_skip_said_as_not_coming_still_silent(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, None)
