"""A paginator told its count, for lists whose total is already known (or kept)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.paginator import Paginator

if TYPE_CHECKING:
    AnyPaginator = Paginator[Any]
else:  # Django's Paginator is generic only in the type stubs
    AnyPaginator = Paginator


class KnownCount(AnyPaginator):
    """Pages of `rows` whose number is `count`: no COUNT query over a country's rows."""

    def __init__(self, rows: Any, per_page: int, count: int) -> None:
        super().__init__(rows, per_page)
        self._known = count

    @property
    def count(self) -> int:
        return self._known
