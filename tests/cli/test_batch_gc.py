"""The collector's batch settings hold during a batch and are put back after it."""

from __future__ import annotations

import gc

from nianbao_cli.batch_gc import YOUNG, batch_collection


def test_settings_hold_inside_and_are_restored() -> None:
    before = gc.get_threshold()
    kept = object()
    with batch_collection():
        assert gc.get_threshold()[0] == YOUNG
        assert gc.get_freeze_count() > 0
        assert kept is not None
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_restored_when_the_batch_fails() -> None:
    before = gc.get_threshold()
    try:
        with batch_collection():
            raise ValueError("a reader failed")
    except ValueError:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
