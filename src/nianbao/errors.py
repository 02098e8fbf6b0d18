"""The one exception tree of nianbao.

Every error carries a stable machine `code` (used in JSON error records and
the API envelope) and a Chinese `message` that says what is wrong, where and
how to fix it.
"""

from __future__ import annotations


class NianbaoError(Exception):
    """Base of every error nianbao raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class FormDefinitionError(NianbaoError):
    """A form or rules file is malformed: a developer's mistake, named by file:line."""

    code = "form_definition"


class InputError(NianbaoError):
    """An input file cannot be read as a report."""

    code = "unreadable"


class TooLargeError(InputError):
    code = "too_large"


class UnsupportedFormatError(InputError):
    code = "unsupported_format"


class NotAReportError(InputError):
    code = "not_a_report"


class ManyReportsError(InputError):
    """A table of many reports, one a row: fine for `extract`, not where one report is due."""

    code = "many_reports"


class UnsafeInputError(InputError):
    """The input looks built to exhaust memory or time (bombs, endless nesting)."""

    code = "unsafe"


class EncryptedError(InputError):
    """The file is password-protected; nianbao never guesses or asks for passwords."""

    code = "encrypted"


class UsageError(NianbaoError):
    """The caller asked for something impossible (bad option, unknown year)."""

    code = "usage"
