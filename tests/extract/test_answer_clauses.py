"""Questions answered one after another in a run of text (extract/answer_clauses)."""

from __future__ import annotations

import pytest

from text_reports import values

_KEYS = ("security_monitoring", "emergency_drill", "security_officer")


@pytest.mark.parametrize("end", ["；", ";", "，"])
def test_each_question_after_the_answer_before_it(end: str) -> None:
    line = end.join(
        [
            "是否建立安全监测预警机制：☑是 ☐否",
            "是否开展应急演练：☐是 ☑否",
            "是否明确网站安全责任人：☑是　□否",
        ]
    )
    got = values(f"{line}\n")
    assert [got.get(k) for k in _KEYS] == [True, False, True]


def test_a_note_after_an_answer_stays_with_it() -> None:
    # No field's label after the semicolon: the answer's own note, not a question.
    got = values("是否使用统一平台：☑是 ☐否；依托省级平台建设：已完成\n")
    assert got["unified_platform"] is True


def test_a_questions_head_cut_at_the_lines_end() -> None:
    got = values(
        "是否建立安全监测预警机制：☑是 ☐否；是否开展应急演练：☑是 ☐否；是否明确网站\n"
        "安全责任人：☐是 ☑否\n"
    )
    assert [got.get(k) for k in _KEYS] == [True, True, False]
