"""Session 72, helper review149: a second reading of lawful11 (claimed passes turned down, firm errands).

Sentences written for this file (none is a row of any held-out set or of any real text). What the
second reading found on main ``cf245d38``:

- lawful11's ``_claim_turned_down`` read 不存在 / 不可能 as the verdict on the rival's claim even where
  it denies the failing (其实不存在考不过的, 根本不可能考不过): the writer's own pass, said as a double
  negative, was silenced in every pack run (GP-001 / GP-002 / GP-105 fired before lawful11);
- CS-201's new breakers 天下 / 周下 (an errand's certificate "three days down") read the afternoon
  (明天下午, 每周下午) and a firm's or a slogan's 天下 (天下咨询, 服务天下企业), so a firm's own
  certification errand with an appointment still fired in the certificates pack.

Each reading is tested with its lawful twins (no rule fires in any pack run) and with the sellers who
use the same words and cross the line (a rule still fires where its pack runs).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: A rival's claim turned down, then the writer's own pass said as a denied failure.
_FAILING_DENIED_SOLD = [
    "焊工证网上宣称包过，其实不存在考不过的，交钱就行",
    "叉车证网上宣称包过，其实根本不可能考不过，交钱就行",
    "焊工证同行宣称包过，事实上不存在过不了的，报名就发证",
    "登高证网上宣称稳过，其实不存在挂科的，交钱就行",
]
#: The same words in a warning: the verdict stands on the claim (a shortcut, a refund, a retake).
_FAILING_WORDS_LAWFUL = [
    "焊工证网上宣称包过，其实不存在包过这回事，考试由考点统一组织",
    "电工证有机构号称稳过，其实不存在稳过的捷径，考不过只能补考",
    "焊工证网上宣称包过，其实不存在考不过就退钱的好事，大家别信",
    "焊工证网上宣称包过，但是不可能，考不过的只能再考",
    "叉车证网上宣称包过，然而不可能不考就拿证，请认准正规考点",
    "电工证网上宣称包过，然而不可能人人都过，考试由考点组织",
    "叉车证广告里宣称包过，然而不存在考不过也发证的情况，请认准考点",
]

#: A firm's certification errand with an afternoon or a name holding 天下 / 周下.
_ERRAND_AFTERNOONS = [
    "体系认证代办，明天下午可来公司面谈，证书由认证机构颁发",
    "体系认证代办，每周下午接待，证书由认证机构颁发",
    "天下咨询：质量体系认证代办服务，证书由认证机构出具",
    "体系认证代办，服务天下企业，证书由认证机构颁发",
    "体系认证代办，星期天下午也可预约，证书由认证机构颁发",
    "体系认证代办，前三天下午安排资料辅导，证书由认证机构颁发",
]
#: The errand's certificate promised in so many days: still the certificate sold.
_ERRAND_DAYS_SOLD = [
    "体系认证代办，证书三天下",
    "安全生产标准化证书代办，七天下",
    "体系认证代办，证书一周下",
    "体系认证代办，证书3天下",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FAILING_DENIED_SOLD)
def test_a_denied_failure_after_the_turn_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FAILING_WORDS_LAWFUL)
def test_a_verdict_on_the_claim_is_still_a_warning(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ERRAND_AFTERNOONS)
def test_an_afternoon_or_a_name_breaks_no_firm_errand(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _ERRAND_DAYS_SOLD)
def test_a_firm_errand_promised_in_days_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)
