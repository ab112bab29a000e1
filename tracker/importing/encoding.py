"""A CSV file's text encoding: detecting it, and reading the bytes as lines of text.

    encoding, bom_length = detect_encoding(data)          # or detect_encoding(data, "cp1251")
    head = head_text(data, encoding, bom_length)          # for guessing the separator
    for line in text_lines(data, encoding, bom_length):   # every line, ending in "\\n"
        ...

Detection, in this order: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32); then UTF-16
without one (every other byte NUL); then strict UTF-8 over the whole file, which plain ASCII also
passes; then charset-normalizer over the first part of the file, preferring the code pages Excel
writes (Windows-1252 first). A byte further down that does not fit is reported with its line
when :func:`text_lines` gets there.

Text is decoded a piece at a time (UTF-8 and the 8-bit code pages never have a newline byte
inside a character), so a 100,000-row file is never held as one string; UTF-16 and UTF-32 files
are decoded whole. A NUL character never belongs in a CSV file: it only ever comes from a file
read with the wrong encoding, so it is refused, naming its line.
"""

from __future__ import annotations

import codecs
import io
import itertools
from collections.abc import Iterator

from tracker.i18n import translate
from tracker.importing.errors import ImportProblem

__all__ = ["detect_encoding", "head_text", "normalize_newlines", "text_lines"]

# Checked in this order: a UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# What Excel's "CSV" writes on Windows (the system's ANSI code page) and on a Mac, most common
# first; among detections that fit equally well the earlier one wins. Without this preference
# charset-normalizer reads a short Western file ("Café;€12,34") as cp775 or cp1250.
_WINDOWS_CODE_PAGES = ("cp1252", "cp1250", "cp1251", "cp1257", "cp1254", "cp1253")
_LEGACY_ENCODINGS = (*_WINDOWS_CODE_PAGES, "koi8_r", "mac_roman", "cp932", "gb18030", "cp949", "big5")
_CHAOS_TIE = 0.02
_LEGACY_SAMPLE = 256 * 1024  # how much of a file that is not UTF-8 charset-normalizer looks at
_HEAD_BYTES = 64 * 1024
_PIECE_BYTES = 256 * 1024
_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")


# -- detecting ------------------------------------------------------------------------------------


def detect_encoding(data: bytes, given: str | None = None) -> tuple[str, int]:
    """The text encoding of a CSV file (a Python codec name) and the length of its byte-order mark.

    ``given`` (the shopper's choice, any spelling Python knows: ``"UTF-8-SIG"``, ``"cp1251"``)
    is taken as it is, except that a byte-order mark that fits it is skipped.

    Raises:
        ImportProblem: ``given`` names no text encoding, or no encoding fits the bytes.
    """
    if given is not None and given.strip():
        return _given_encoding(data, given.strip())
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16, 0
    if data.isascii():
        return "utf-8", 0
    sample = data[:_LEGACY_SAMPLE]
    if len(data) > _LEGACY_SAMPLE and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]
    # A file whose sample reads as UTF-8 is UTF-8 whatever follows (a byte further down that does
    # not fit is reported on its line when the file is read), so the whole file is checked only
    # when the sample does not read: not decoded twice.
    if _is_utf8(sample) or _is_utf8(data):
        return "utf-8", 0
    return _legacy_encoding(sample), 0


def _canonical(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ImportProblem(
            translate("Import", "Unknown text encoding {value}.").format(value=repr(encoding))
        ) from None


def _given_encoding(data: bytes, encoding: str) -> tuple[str, int]:
    name = _canonical(encoding)
    if name in ("utf-8", "utf-8-sig"):
        return "utf-8", len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    if name in ("utf-16", "utf-32"):  # Python reads the mark itself and takes the byte order from it
        return name, 0
    for bom, bom_name in _BOMS:
        if name == bom_name and data.startswith(bom):
            return name, len(bom)
    return name, 0


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text without a mark: mostly-ASCII CSV has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    nul_even, nul_odd = sample[0::2].count(0), sample[1::2].count(0)
    if nul_odd >= 0.5 * half and nul_even == 0:
        return "utf-16-le"
    if nul_even >= 0.5 * half and nul_odd == 0:
        return "utf-16-be"
    return None


def _is_utf8(data: bytes) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(data), 1 << 20):
            decoder.decode(view[start : start + (1 << 20)])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _legacy_encoding(sample: bytes) -> str:
    """The code page the sample reads best in; UTF-8 when the sample is (the bytes that are not
    come further down, and are reported there)."""
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    for name in _legacy_candidates(sample):
        try:
            sample.decode(name)
        except UnicodeDecodeError:
            continue
        return name
    raise ImportProblem(
        translate(
            "Import",
            "Cannot tell which text encoding this file uses. Choose one: files saved by Excel on Windows are usually "
            "Windows-1252 (cp1252), or cp1250 / cp1251 for Polish / Russian.",
        )
    )


def _legacy_candidates(data: bytes) -> list[str]:
    # Imported here: it takes about 20 ms to load, and a UTF-8 file (most files) never needs it.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)))
    if not matches:
        return []
    best = min(match.chaos for match in matches)
    ties = {_canonical(m.encoding) for m in matches if m.chaos <= best + _CHAOS_TIE}
    preferred = [_canonical(name) for name in _LEGACY_ENCODINGS]
    ordered = [name for name in preferred if name in ties]
    ordered += [_canonical(m.encoding) for m in sorted(matches, key=lambda m: m.chaos)]
    return list(dict.fromkeys(ordered))


# -- reading --------------------------------------------------------------------------------------


def normalize_newlines(text: str) -> str:
    """Makes every line end (CRLF, lone CR) a ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def head_text(data: bytes, encoding: str, bom_length: int) -> str:
    """The first 64 KiB as text with ``\\n`` line ends, for guessing the separator; a character
    cut at the end is dropped, and a byte that does not fit is replaced (:func:`text_lines` reports
    it with its line)."""
    head = data[bom_length : bom_length + _HEAD_BYTES]
    try:
        text = codecs.getincrementaldecoder(encoding)(errors="strict").decode(head, final=False)
    except UnicodeError:  # a byte that does not fit, or UTF-16 given without its byte-order mark
        text = head.decode(encoding, errors="replace")
    except LookupError:
        raise ImportProblem(
            translate("Import", "Unknown text encoding {value}.").format(value=repr(encoding))
        ) from None
    return normalize_newlines(text.lstrip("\ufeff"))


def text_lines(data: bytes, encoding: str, bom_length: int) -> Iterator[str]:
    """The file's lines as text, each ending in ``\\n``; CRLF and lone CR end a line too. A
    byte-order mark left in the text (``utf-16`` reads its own) is dropped.

    Raises:
        ImportProblem: a line does not fit the encoding, or holds a NUL character.
    """
    if codecs.lookup(encoding).name in _WIDE:
        text = _decode_whole(data[bom_length:], encoding).lstrip("\ufeff")
        _refuse_nul(text)
        return iter(io.StringIO(text, newline=None))
    nul = data.find(b"\x00", bom_length)
    if nul >= 0:
        raise _nul_problem(data.count(b"\n", bom_length, nul) + 1)
    return itertools.chain.from_iterable(_decoded_pieces(data, encoding, bom_length))


def _decoded_pieces(data: bytes, encoding: str, start: int) -> Iterator[io.StringIO]:
    newline = b"\n" if data.find(b"\n", start) >= 0 else b"\r"
    position, size = start, len(data)
    while position < size:
        stop = position + _PIECE_BYTES
        if stop >= size:
            end = size
        else:
            cut = data.rfind(newline, position, stop)
            if cut < 0:
                cut = data.find(newline, stop)
            end = size if cut < 0 else cut + 1
        try:
            text = data[position:end].decode(encoding)
        except UnicodeDecodeError as error:
            line = data.count(newline, start, position + error.start) + 1
            raise _misfit(encoding, line, data[position + error.start]) from None
        if position == start and text.startswith("\ufeff"):
            text = text.lstrip("\ufeff")
        yield io.StringIO(text, newline=None)
        position = end


def _decode_whole(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = normalize_newlines(data[: error.start].decode(encoding, errors="replace")).count("\n") + 1
        raise _misfit(encoding, line, data[error.start] if error.start < len(data) else None) from None


def _misfit(encoding: str, line: int, byte: int | None) -> ImportProblem:
    shown = f" (byte 0x{byte:02X})" if byte is not None else ""
    return ImportProblem(
        translate(
            "Import",
            "Line {line} cannot be read as {name}{byte}: the file uses another encoding; choose a different one.",
        ).format(line=line, name=encoding, byte=shown),
        line=line,
    )


def _refuse_nul(text: str) -> None:
    index = text.find("\x00")
    if index >= 0:
        raise _nul_problem(normalize_newlines(text[:index]).count("\n") + 1)


def _nul_problem(line: int) -> ImportProblem:
    return ImportProblem(
        translate(
            "Import",
            "Line {line} contains a NUL byte, which never belongs in a CSV file: the file is probably not text, or"
            " was read with the wrong encoding.",
        ).format(line=line),
        line=line,
    )
