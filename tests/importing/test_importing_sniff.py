from __future__ import annotations

import codecs

import pytest

from tracker.importing.errors import ImportProblem
from tracker.importing.sniff import (
    Dialect,
    clean_header,
    decode,
    delimiter_from_name,
    find_header_row,
    read_numbered_rows,
    read_rows,
    sniff_dialect,
)

# -- decode ---------------------------------------------------------------------------------------


def test_plain_ascii_reads_as_utf8_without_bom() -> None:
    assert decode(b"a,b\n1,2\n") == decode(b"a,b\n1,2\n", "utf-8")
    assert decode(b"a,b\n").encoding == "utf-8"
    assert decode(b"a,b\n").had_bom is False


def test_utf8_bom_is_stripped_and_reported() -> None:
    decoded = decode(codecs.BOM_UTF8 + "Café,1\n".encode())

    assert (decoded.text, decoded.encoding, decoded.had_bom) == ("Café,1\n", "utf-8", True)


def test_given_encoding_still_strips_the_bom() -> None:
    assert decode(codecs.BOM_UTF8 + b"a\n", "utf-8").text == "a\n"
    assert decode(codecs.BOM_UTF8 + b"a\n", "UTF-8-SIG").text == "a\n"
    assert decode("\ufeffa\n".encode("utf-16"), "utf-16").text == "a\n"
    assert decode(codecs.BOM_UTF16_LE + "a\n".encode("utf-16-le"), "utf-16-le").text == "a\n"


def test_windows_1252_euro_sign_and_accents() -> None:
    decoded = decode("Title;Price\nCafé crème;€12,34\nNaïve;5,00 €\n".encode("cp1252"))

    assert decoded.encoding == "cp1252"
    assert "Café crème;€12,34" in decoded.text
    assert "Naïve" in decoded.text


def test_utf16_without_bom_is_recognised_by_its_nul_bytes() -> None:
    assert decode("a,b\n1,2\n".encode("utf-16-le")).text == "a,b\n1,2\n"
    assert decode("a,b\n1,2\n".encode("utf-16-be")).encoding == "utf-16-be"


def test_crlf_and_lone_cr_become_newlines() -> None:
    assert decode(b"a,b\r\n1,2\r3,4\r\n").text == "a,b\n1,2\n3,4\n"


def test_bytes_that_do_not_fit_the_chosen_encoding_name_the_line() -> None:
    with pytest.raises(ImportProblem, match=r"^Line 2 cannot be read as utf-8 \(byte 0xE9\)") as raised:
        decode(b"a,b\ncaf\xe9,1\n", "utf-8")
    assert raised.value.line == 2


def test_unknown_or_non_text_encoding_is_a_clear_problem() -> None:
    with pytest.raises(ImportProblem, match="Unknown text encoding"):
        decode(b"a", "klingon")
    with pytest.raises(ImportProblem, match="cannot be used"):
        decode(b"a", "rot13")


def test_nul_in_utf8_text_is_refused_but_utf16_zero_bytes_are_not_nul_characters() -> None:
    with pytest.raises(ImportProblem, match=r"^Line 2 contains a NUL byte"):
        decode(b"a\nb\x00\n")
    assert decode("\ufeffa,b\n".encode("utf-16-le")).text == "a,b\n"


def test_old_excel_workbook_is_named() -> None:
    with pytest.raises(ImportProblem, match=r"\.xls"):
        decode(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


# -- dialect --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n4;5,5;6\n", ";"),
        ("a\tb\n1,5\t2\n", "\t"),
        ("a|b\n1|2\n", "|"),
        ('"x,y";b\n"1,2";3\n', ";"),
        ("only one column\n12\n", ","),
        ("", ","),
    ],
)
def test_delimiter_is_the_one_that_splits_rows_evenly(text: str, delimiter: str) -> None:
    assert sniff_dialect(text).delimiter == delimiter


def test_excel_sep_line_sets_the_delimiter_and_is_skipped() -> None:
    assert sniff_dialect("sep=;\na,b;c\n1,2;3\n") == Dialect(";", '"', skip_lines=1)
    assert sniff_dialect("SEP=,\na;b,c\n") == Dialect(",", '"', skip_lines=1)
    assert sniff_dialect('"sep=;"\na;b\n').delimiter == ";"
    assert sniff_dialect("sep=\t\na\tb\n").delimiter == "\t"


def test_sep_line_is_not_read_as_data() -> None:
    text = "sep=;\na;b\n1;2\n"

    assert read_rows(text, sniff_dialect(text)) == [["a", "b"], ["1", "2"]]


def test_single_quotes_are_the_quote_character_only_when_cells_are_wrapped_in_them() -> None:
    assert sniff_dialect("'a,b',c\n'd,e',f\n").quotechar == "'"
    assert sniff_dialect("Men's hat,1\nKid's cap,2\n").quotechar == '"'


def test_delimiter_names_as_people_type_them() -> None:
    assert [delimiter_from_name(name) for name in ("tab", "\\t", ";", "Comma", "|")] == ["\t", "\t", ";", ",", "|"]
    with pytest.raises(ImportProblem):
        delimiter_from_name("two")


def test_dialect_refuses_impossible_settings() -> None:
    with pytest.raises(ImportProblem):
        Dialect(";;")
    with pytest.raises(ImportProblem):
        Dialect(",", quotechar=",")


# -- rows -----------------------------------------------------------------------------------------


def test_quoted_cells_keep_delimiters_quotes_and_newlines() -> None:
    text = 'a,b\n"x, y","say ""hi"""\n"two\nlines",z\n'

    assert read_rows(text, Dialect(",")) == [["a", "b"], ["x, y", 'say "hi"'], ["two\nlines", "z"]]


def test_row_numbers_are_the_file_lines_where_rows_start() -> None:
    text = 'h1,h2\n"multi\nline",1\n\n,\nlast,2\n'

    rows = read_numbered_rows(text, Dialect(","))

    assert [(row.line, row.cells) for row in rows] == [(1, ["h1", "h2"]), (2, ["multi\nline", "1"]), (6, ["last", "2"])]


def test_blank_rows_are_left_out() -> None:
    assert read_rows("a,b\n\n,\n  , \n1,2\n", Dialect(",")) == [["a", "b"], ["1", "2"]]


def test_skip_lines_at_the_top_and_bottom() -> None:
    text = 'Report "2024"\na,b\n1,2\n3,4\nTotal "x\n\n\n'

    rows = read_numbered_rows(text, Dialect(","), skip_lines=1, skip_trailing=1)

    assert [(row.line, row.cells) for row in rows] == [(2, ["a", "b"]), (3, ["1", "2"]), (4, ["3", "4"])]


def test_skipping_more_lines_than_there_are_gives_no_rows() -> None:
    assert read_rows("a\nb\n", Dialect(","), skip_lines=5) == []
    assert read_rows("a\nb\n", Dialect(","), skip_trailing=5) == []


def test_unterminated_quote_names_the_line_where_it_opens() -> None:
    text = 'a,b\n1,2\n3,"open\n5,6\n7,8\n'

    with pytest.raises(ImportProblem, match=r"^Line 3: a cell opens a quote") as raised:
        read_rows(text, Dialect(","))
    assert raised.value.line == 3


def test_stray_quote_inside_a_quoted_cell_names_its_line() -> None:
    with pytest.raises(ImportProblem, match=r'^Line 2: a quote mark .* doubled \(""\)'):
        read_rows('a,b\n"12" inch",2\n', Dialect(","))


def test_a_cell_past_the_csv_size_limit_is_a_problem_not_a_crash() -> None:
    text = 'a,b\n"' + "x" * 200_000 + '",1\n'

    with pytest.raises(ImportProblem, match=r"^Line 2: a cell is longer than"):
        read_rows(text, Dialect(","))


def test_nul_passed_straight_to_read_rows_is_refused() -> None:
    with pytest.raises(ImportProblem, match="NUL"):
        read_rows("a,b\n1,\x00\n", Dialect(","))


def test_negative_skips_are_refused() -> None:
    with pytest.raises(ImportProblem):
        read_rows("a\n", Dialect(","), skip_lines=-1)


# -- header ---------------------------------------------------------------------------------------


def test_header_cells_lose_stray_spaces_and_invisible_characters() -> None:
    assert clean_header([" Order ID ", "Price\u00a0", "\ufeffDate", "Order  Status", ""]) == [
        "Order ID",
        "Price",
        "Date",
        "Order Status",
        "",
    ]


def test_header_is_the_first_row_normally() -> None:
    assert find_header_row([["Order ID", "Date", "Price"], ["1", "2024-01-01", "1.00"]]) == 0


def test_header_below_a_title_and_a_note() -> None:
    rows = [
        ["AliExpress orders", "", ""],
        ["Exported 2024-05-01", "", ""],
        ["Order ID", "Date", "Price"],
        ["1", "2024-01-01", "1.00"],
    ]

    assert find_header_row(rows) == 2


def test_no_header_found_means_the_first_row() -> None:
    assert find_header_row([]) == 0
    assert find_header_row([["1", "2"], ["3", "4"]]) == 0
    assert find_header_row([["x", "y"], ["a", "b"]]) == 0
