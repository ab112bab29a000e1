"""A CSV file's text encoding (tracker/importing/encoding.py): detected or given, and the bytes
read as lines of text, with a clear problem naming the line when they do not fit."""

from __future__ import annotations

import codecs

import pytest

from tracker.importing.encoding import detect_encoding, head_text, text_lines
from tracker.importing.errors import ImportProblem
from tracker.importing.options import ImportOptions
from tracker.importing.source import open_source


def read_text(data: bytes, encoding: str | None = None) -> tuple[str, str, int]:
    """The whole text as the importer reads it, the encoding and the length of the byte-order mark."""
    name, bom_length = detect_encoding(data, encoding)
    return "".join(text_lines(data, name, bom_length)), name, bom_length


def test_plain_ascii_reads_as_utf8_without_bom() -> None:
    assert detect_encoding(b"a,b\n1,2\n") == detect_encoding(b"a,b\n1,2\n", "utf-8") == ("utf-8", 0)
    assert read_text(b"a,b\n1,2\n")[0] == "a,b\n1,2\n"


def test_utf8_bom_is_skipped_and_reported() -> None:
    assert read_text(codecs.BOM_UTF8 + "Café,1\n".encode()) == ("Café,1\n", "utf-8", 3)


def test_given_encoding_still_skips_the_bom() -> None:
    assert read_text(codecs.BOM_UTF8 + b"a\n", "utf-8")[0] == "a\n"
    assert read_text(codecs.BOM_UTF8 + b"a\n", "UTF-8-SIG")[0] == "a\n"
    assert read_text("\ufeffa\n".encode("utf-16"), "utf-16")[0] == "a\n"
    assert read_text(codecs.BOM_UTF16_LE + "a\n".encode("utf-16-le"), "utf-16-le")[0] == "a\n"


def test_windows_1252_euro_sign_and_accents() -> None:
    text, encoding, _ = read_text("Title;Price\nCafé crème;€12,34\nNaïve;5,00 €\n".encode("cp1252"))

    assert encoding == "cp1252"
    assert "Café crème;€12,34" in text
    assert "Naïve" in text


def test_utf16_without_bom_is_recognised_by_its_nul_bytes() -> None:
    assert read_text("a,b\n1,2\n".encode("utf-16-le"))[0] == "a,b\n1,2\n"
    assert detect_encoding("a,b\n1,2\n".encode("utf-16-be")) == ("utf-16-be", 0)


def test_crlf_and_lone_cr_become_newlines() -> None:
    assert read_text(b"a,b\r\n1,2\r3,4\r\n")[0] == "a,b\n1,2\n3,4\n"
    assert head_text(b"a,b\r\n1,2\r3,4\r\n", "utf-8", 0) == "a,b\n1,2\n3,4\n"


def test_bytes_that_do_not_fit_the_chosen_encoding_name_the_line() -> None:
    with pytest.raises(ImportProblem, match=r"^Line 2 cannot be read as utf-8 \(byte 0xE9\)") as raised:
        read_text(b"a,b\ncaf\xe9,1\n", "utf-8")
    assert raised.value.line == 2


def test_a_misfit_far_down_a_utf8_looking_file_names_its_line() -> None:
    data = b"a,b\n" + b"caf,1\n" * 60_000 + b"caf\xe9,2\n"  # past the part detection looks at

    with pytest.raises(ImportProblem, match=r"^Line 60002 cannot be read as utf-8") as raised:
        read_text(data)
    assert raised.value.line == 60_002


def test_utf16_that_does_not_fit_names_the_line() -> None:
    data = "a,b\r\n1,2\r\n".encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate

    with pytest.raises(ImportProblem, match=r"^Line 3 cannot be read as utf-16-le"):
        read_text(data, "utf-16-le")


def test_unknown_or_non_text_encoding_is_a_clear_problem() -> None:
    with pytest.raises(ImportProblem, match="Unknown text encoding"):
        detect_encoding(b"a", "klingon")
    with pytest.raises(ImportProblem, match="not a text encoding"):
        ImportOptions(encoding="rot13")


def test_nul_in_utf8_text_is_refused_but_utf16_zero_bytes_are_not_nul_characters() -> None:
    with pytest.raises(ImportProblem, match=r"^Line 2 contains a NUL byte") as raised:
        read_text(b"a\nb\x00\n")
    assert raised.value.line == 2
    assert read_text("\ufeffa,b\n".encode("utf-16-le"))[0] == "a,b\n"
    with pytest.raises(ImportProblem, match=r"^Line 2 contains a NUL byte"):
        read_text("a\r\nb\x00\n".encode("utf-16"))


def test_no_fitting_encoding_asks_for_one() -> None:
    with pytest.raises(ImportProblem, match="Cannot tell which text encoding"):
        detect_encoding(bytes(range(0x80, 0x100)) * 4)


def test_old_excel_workbook_is_named() -> None:
    with pytest.raises(ImportProblem, match=r"\.xls"):
        open_source(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "orders.csv", ImportOptions())
