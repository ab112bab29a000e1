"""The one CSV reader (tracker/importing/csv_reader.py), alone and as every import reads a CSV
file through it (tracker/importing/source.py)."""

from __future__ import annotations

import pytest

from tracker.importing.csv_reader import Dialect, read_records
from tracker.importing.errors import ImportProblem
from tracker.importing.options import ImportOptions
from tracker.importing.source import open_source


def records(text: str, dialect: Dialect | None = None, skip_lines: int = 0) -> list[tuple[int, list[str]]]:
    return list(read_records(text.splitlines(keepends=True), dialect or Dialect(","), skip_lines))


def rows(text: str, dialect: Dialect | None = None, skip_lines: int = 0) -> list[list[str]]:
    return [cells for _, cells in records(text, dialect, skip_lines)]


def test_quoted_cells_keep_delimiters_quotes_and_newlines() -> None:
    text = 'a,b\n"x, y","say ""hi"""\n"two\nlines",z\n'

    assert rows(text) == [["a", "b"], ["x, y", 'say "hi"'], ["two\nlines", "z"]]


def test_row_numbers_are_the_file_lines_where_rows_start() -> None:
    text = 'h1,h2\n"multi\nline",1\n\n,\nlast,2\n'

    assert records(text) == [(1, ["h1", "h2"]), (2, ["multi\nline", "1"]), (6, ["last", "2"])]


def test_blank_rows_are_left_out() -> None:
    assert rows("a,b\n\n,\n  , \n1,2\n") == [["a", "b"], ["1", "2"]]


def test_skipped_lines_still_count_and_a_sep_line_is_skipped_first() -> None:
    text = "sep=;\nMy orders\na;b\n1;2\n"

    assert records(text, Dialect(";", skip_lines=1), skip_lines=1) == [(3, ["a", "b"]), (4, ["1", "2"])]


def test_skip_lines_at_the_top_and_rows_at_the_bottom() -> None:
    data = b'Report "2024"\na,b\n1,2\n3,4\nTotal,7\n\n\n'

    source = open_source(data, "report.csv", ImportOptions(skip_lines=1, skip_trailing=1))

    assert (source.header_line, source.headers) == (2, ["a", "b"])
    assert [(row.line, row.cells) for row in source.records()] == [(3, ["1", "2"]), (4, ["3", "4"])]


def test_skipping_more_than_there_is_gives_no_rows() -> None:
    assert rows("a\nb\n", skip_lines=5) == []
    assert list(open_source(b"a\nb\n", "short.csv", ImportOptions(skip_trailing=5)).records()) == []


def test_unterminated_quote_names_the_line_where_it_opens() -> None:
    text = 'a,b\n1,2\n3,"open\n5,6\n7,8\n'

    with pytest.raises(ImportProblem, match=r"^Line 3: a cell opens a quote") as raised:
        rows(text)
    assert raised.value.line == 3


def test_stray_quote_inside_a_quoted_cell_names_its_line() -> None:
    with pytest.raises(ImportProblem, match=r'^Line 2: a quote mark .* doubled \(""\)'):
        rows('a,b\n"12" inch",2\n')


def test_a_cell_past_the_csv_size_limit_is_a_problem_not_a_crash() -> None:
    text = 'a,b\n"' + "x" * 200_000 + '",1\n'

    with pytest.raises(ImportProblem, match=r"^Line 2: a cell is longer than"):
        rows(text)


def test_negative_skips_are_refused() -> None:
    with pytest.raises(ImportProblem):
        rows("a\n", skip_lines=-1)
    with pytest.raises(ImportProblem):
        open_source(b"a\n", "a.csv", ImportOptions(skip_trailing=-1))
