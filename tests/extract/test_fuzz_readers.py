"""No input makes a reader crash or hang: it gives a Document or an InputError.

Short runs in the normal suite; `make fuzz` (slow marker, fuzz profile) runs long ones.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from email.encoders import encode_quopri
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

import pytest
from corpus_gen import documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from locations import CORPUS
from nianbao.errors import InputError
from nianbao.extract import extract_bytes
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.matcher import match_document
from nianbao.forms import default_form
from nianbao.readers.docx import read_docx
from nianbao.readers.html import read_html
from nianbao.readers.mhtml import read_mhtml
from nianbao.readers.page_links import page_links
from nianbao.readers.pdf import read_pdf
from nianbao.readers.text import read_text
from nianbao.readers.xlsx import read_xlsx

Reader = Callable[[bytes, str | None], Document]
READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "mhtml": read_mhtml,
    "docx": read_docx,
    "xlsx": read_xlsx,
    "pdf": read_pdf,
}
SHORT = settings(max_examples=40, deadline=5000, suppress_health_check=list(HealthCheck))
# The long run takes its number of examples from the active profile (`make fuzz` loads
# the `fuzz` profile); in the normal suite it is skipped.
LONG = settings(deadline=10000, suppress_health_check=list(HealthCheck))
FUZZING = settings.default.max_examples >= 1000
slow = [pytest.mark.slow, pytest.mark.skipif(not FUZZING, reason="long fuzzing: make fuzz")]


@functools.cache
def sample(kind: str) -> bytes:
    """One valid generated document of this kind: the seed for mutations (a saved page:
    the web page in MIME parts, quoted-printable)."""
    if kind == "mhtml":
        # A boundary of its own: the email package draws one from `random` otherwise,
        # which hypothesis refuses inside a strategy.
        message = MIMEMultipart("related", "----=_NextPart_000_0000", type="text/html")
        part = MIMENonMultipart("text", "html")
        part.set_payload(sample("html"))
        encode_quopri(part)
        message.attach(part)
        return message.as_bytes()
    return next(iter(documents(kind, 1, seed=7, corpus=None))).data


def survive(reader: Reader, data: bytes) -> None:
    try:
        doc = reader(data, "fuzz")
    except InputError as exc:
        message = exc.message
    else:
        assert isinstance(doc, Document)
        return
    assert message


@st.composite
def mutated(draw: st.DrawFn, kind: str) -> bytes:
    data = bytearray(sample(kind))
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(1, 12))):
        op = rng.randrange(4)
        at = rng.randrange(max(1, len(data)))
        if op == 0 and at < len(data):
            data[at] = rng.randrange(256)
        elif op == 1:
            del data[at : at + rng.randrange(1, 64)]
        elif op == 2:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 32)))
        else:
            data = data[: max(1, at)]
    return bytes(data)


def _fuzz_bytes(kind: str, profile: settings) -> None:
    reader = READERS[kind]

    @profile
    @given(st.binary(max_size=2048))
    def random_bytes(data: bytes) -> None:
        survive(reader, data)

    @profile
    @given(mutated(kind))
    def mutations(data: bytes) -> None:
        survive(reader, data)

    random_bytes()
    mutations()


@pytest.mark.parametrize("kind", sorted(READERS))
def test_readers_survive_random_and_mutated_input(kind: str) -> None:
    _fuzz_bytes(kind, SHORT)


@pytest.mark.parametrize("kind", sorted(READERS))
@slow[0]
@slow[1]
def test_readers_survive_long_fuzzing(kind: str) -> None:
    _fuzz_bytes(kind, LONG)


@SHORT
@given(st.one_of(mutated("html"), mutated("mhtml"), st.binary(max_size=2048)))
def test_page_links_survive_any_page(data: bytes) -> None:
    # Read on the not_a_report path of any page: no crash there either.
    try:
        links = page_links(data, "fuzz")
    except InputError:
        return
    assert all(link.target for link in links)


LABELS = [label for f in default_form().fields for label in f.labels]
CELL_TEXT = st.one_of(
    st.sampled_from(LABELS),
    st.sampled_from(["☑是 ☐否", "☐", "☑", "0", "12", "（单位：条）", "—", "无", "2023.01.11"]),
    st.text(max_size=30),
)


@SHORT
@given(st.lists(st.lists(CELL_TEXT, max_size=6), max_size=60))
def test_matcher_survives_any_document(rows: list[list[str]]) -> None:
    doc = Document(
        format="text",
        rows=[
            Row(
                tuple(Cell(text, col, copy=col % 5 == 4) for col, text in enumerate(cells)), f"r{i}"
            )
            for i, cells in enumerate(rows)
        ],
    )
    match = match_document(doc, default_form())
    assert set(match.chosen) <= set(default_form().keys)
    text = "\n".join("\t".join(cells) for cells in rows).encode()
    try:
        record = extract_bytes(text, "fuzz.txt").record()
    except InputError as exc:
        code = exc.code
    else:
        assert set(record["values"]) <= set(default_form().keys)
        return
    assert code in ("not_a_report", "unsupported_format", "too_large", "unreadable")


def test_mutation_samples_are_valid_reports() -> None:
    for kind in READERS:
        assert extract_bytes(sample(kind), f"sample.{kind}").report.values, kind
    assert Path(CORPUS).exists()
