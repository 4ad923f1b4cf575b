"""Session 53, reports3: text around the trade that offers nothing, all three packs on.
Sentences written for this file (not the holdout168 lines).

Two classes. (1) A repository's maintainers, bots and logs on the spam it got: the ad's words
stand beside the name of a contact that is not given ("a Telegram link", "a WeChat id") or beside
the words of filtering (垃圾 issue, this PR, auto-close, matched pattern). The app's name read as
the seller's strong offer cue (stance_offer_strong's telegram / wechat) and outweighed "spam";
the article or the plural now masks it (stance_mask), and the filter's words are strong report
cues. A seller gives the contact ("Telegram @bz_5151", "WeChat id: sj_4455") and still offers.
(2) A student's exam-week plea "谁能包过我…": the 我 the plea ends on was read as the seller's first
person; the plea is a wish now (stance_wish) and its 我 is blanked where offer cues are read, as
the writer's kin are. A seller's "谁能包过？我们能" or "谁能包过我们的学员？只有我们" still offers.
A neighbour found while writing: "WeChat groups" read "groups" as the id after the key
(contacts.plausible_wechat now refuses the English nouns that follow an app's name). And one in
Taiwan and Hong Kong wording: an employer's 繳驗畢業證書正本 fired FC-205, whose exceptions knew
only 原件 / 复印件; 正本, 影本 and 缴验 are read as they are.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, TRAINING, rule_ids

RUNS = [SPECIAL, CERTS, TRAINING, ALL]


@pytest.mark.parametrize("packs", RUNS)
@pytest.mark.parametrize(
    "text",
    [
        # a contact named, not given, in a maintainer's English
        "Reported as spam. The account only posts 代办证书 ads with a Telegram link.",
        "This PR hides comments that contain 代考 together with a Telegram id.",
        "citation needed: the article claims 代考 rings sell answers over WeChat groups; add a source",
        # the words of filtering
        'We keep getting issues like "代办毕业证 加微信" — is there a way to auto-close them?',
        "最近仓库里老有人发代考包过的垃圾 issue，附一个微信号，已经开了自动过滤",
        "INFO spam_guard: issue #77 closed, matched pattern BANZHENG_RE (办证 + 微信)",
    ],
)
def test_a_maintainer_or_a_log_on_the_spam_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", RUNS)
@pytest.mark.parametrize(
    "text",
    [
        # neighbours that were silent before and must stay so
        "Locking this: it's spam, the body is just 办证 plus a Telegram handle. Reported the user.",
        "Marked as spam — another 代考 ad with a QQ number. Please don't click anything in it.",
        "这个 issue 是办证广告，已关闭并举报该账号，大家不要加里面的微信",
        'KEYWORDS = ["代考", "包过", "办证", "刻章"]  # used by the comment filter',
    ],
)
def test_spam_moderation_neighbours_stay_silent(det, text: str, packs: list[str]) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "期末周崩溃：概率论要挂了，谁能包过我这门课啊，救命",
        "吐槽一下，明天考科目二，谁来包过我，紧张到睡不着",
        "谁能保过我明天的面试啊，在线等，挺急的",
    ],
)
def test_a_students_plea_for_the_pass_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # the contact given in English around the ad
        "代办毕业证，我发你一个微信号，Telegram @bz_5151 也行",
        "Need a diploma? 代办本科毕业证 学信网可查, add my Telegram @dip_8080",
        "代考四六级 包过 with a WeChat id: sj_4455",
        "代考包过 WeChat: dk_8888",
        # the seller's rhetorical 谁能包过 answered by itself
        "谁能包过我们的学员？只有我们！电工证包过 加v dg_2020",
        "谁能保过？我们能！焊工证保过，微信 hg_2233",
        "谁想包过四级？找我，代考，微信 sj_5566",
    ],
)
def test_the_seller_around_the_same_words_still_offers(det, text: str) -> None:
    assert rule_ids(det, text, ALL)


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "求職者注意：本公司錄取後須繳驗畢業證書正本及相關證照，如有偽造將依法追訴。",
        "本公司錄用人員須繳驗畢業證書，聯絡電話 02-2771 3350",
    ],
)
def test_an_employers_check_in_taiwan_wording_stays_silent(
    det, text: str, packs: list[str]
) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "畢業證書 跟正本一模一樣 可查 加微信 tw_9988",
        "代辦大學畢業證書 正本紙張 學信網可查 LINE: dip_tw",
    ],
)
def test_a_forger_naming_the_original_still_offers(det, text: str) -> None:
    assert "fake_certificate" in {f.category for f in det.scan_page(text=text, packs=ALL).findings}


def test_an_app_noun_is_no_wechat_id() -> None:
    from lexicon.contacts import extract_contacts

    assert not extract_contacts("answers sold over WeChat groups and a WeChat account")
    assert extract_contacts("加微信 tw_9988")
