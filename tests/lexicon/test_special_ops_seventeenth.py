"""Special-operations certificate offers in the default pack (issue 9, seventeenth shift,
quality17s): the card named by its voltage or its trade and the booklet pointed at (低压本,
电梯的本子, 焊工的这个本), a short video's hook answered with the comment box or the profile page
(…怎么不考就能拿？评论区扣1), and the stand-in found for the buyer (考试我找人替你去). Beside them a
worker's notebook, a warning that asks the same question, a comment that points at a scam and an
errand run for a friend stay silent. The trade alone
(司炉这个我们能办，不用去考，十天出证) is a sale only with the exam waived, the card delivered or
verifiable and a seller's call (CS-006); a worker's question and a job post stay silent.
Every example is in the project's own words and none is a line of holdout42.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("低压本现成的，不去考场也能拿，要的说一声", "certificate_sale"),
        ("电梯的本子可以搞，免考试，十来天出", "certificate_sale"),
        ("锅炉本直接办，不用培训，人不用过来", "certificate_sale"),
        ("焊工的这个本我能弄，无需考试，给个身份证复印件", "certificate_sale"),
        ("没时间学？高压电工证怎么免考拿证？看主页", "certificate_sale"),
        ("制冷证怎么不考就能拿到？评论区扣1", "certificate_sale"),
        ("电工证的考试不用你操心，我安排人替你去，钱到位就行", "exam_fraud"),
        ("司炉这个我们能办，不用去考，十天出证，找我", "certificate_sale"),
        ("叉车我这边能搞，免考，官网能查，私聊", "certificate_sale"),
    ],
)
def test_seventeenth_shift_special_ops_offers_are_found(det, text: str, category: str) -> None:
    assert category in categories(det, text, packs=None)


@pytest.mark.parametrize(
    "text",
    [
        "高压本来就危险，干活一定要按规程来",
        "我把登高的那个本子落在宿舍了，上面记着检修记录",
        "电工证怎么不考试就能拿到？评论区都在说是骗局，别信",
        "你在外地回不来，我找人替你去物业交一下电费",
        "锅炉的本子上写着每天的水位记录，交班时要签字",
        "叉车司机不用考试就能上岗吗？不能，必须持证",
        "招聘司炉工，持证上岗，证书须能在官网查到",
    ],
)
def test_seventeenth_shift_special_ops_lookalikes_stay_silent(det, text: str) -> None:
    assert categories(det, text, packs=None) == set()
