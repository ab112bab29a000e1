"""The native reader's faster forms give exactly what the plain forms give (issue 19)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker.importing.native_cells import _split_escaped, join_categories, protect, split_categories, unprotect

# Cells made of the characters that matter to the split, and some that do not.
cells = st.text(alphabet=st.sampled_from(["|", "\\", " ", "'", "=", "a", "B", "é", "\t"]), max_size=30)


@given(cells)
def test_a_category_cell_without_a_backslash_splits_as_the_escaped_reading_splits_it(cell: str) -> None:
    plain = cell.replace("\\", "")
    assert split_categories(plain) == _split_escaped(plain)
    assert split_categories(cell) == _split_escaped(cell)


@given(st.lists(st.text(max_size=10).filter(lambda c: c.strip() == c and c), max_size=5))
def test_categories_written_are_read_back(categories: list[str]) -> None:
    assert split_categories(join_categories(categories)) == categories


@given(st.text(alphabet=st.sampled_from(["'", "=", "+", "-", "@", "a", " ", "\t"]), max_size=8))
def test_unprotect_undoes_protect_and_leaves_other_text_as_it_is(text: str) -> None:
    assert unprotect(protect(text)) == text
    if not text.startswith("'"):
        assert unprotect(text) == text
