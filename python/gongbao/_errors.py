"""The exceptions of gongbao, raised by the native module with their position."""

from __future__ import annotations

from typing import Optional


class Error(ValueError):
    """A text gongbao cannot read. ``start`` and ``end`` say where."""

    def __init__(self, message: str, *, start: int, end: int) -> None:
        super().__init__(message)
        self.message = message
        self.start = start
        self.end = end


class DecodeError(Error):
    """Bytes that are not text in any encoding gongbao reads.

    ``start`` and ``end`` are byte offsets into the input bytes; ``line`` and
    ``column`` (1-based, columns in characters) count in the text decoded
    before the fault, or are None where the fault has no one place (UTF-16
    without a byte-order mark). ``lossy=True`` reads such bytes with U+FFFD
    in place of the bad ones and a ``damaged-input`` diagnostic each.
    """

    def __init__(
        self, message: str, *, start: int, end: int, line: Optional[int], column: Optional[int]
    ) -> None:
        super().__init__(message, start=start, end=end)
        self.line = line
        self.column = column


class ParseError(Error):
    """A primitive (numeral, date, 发文字号) that does not read its input.

    ``start`` and ``end`` are character offsets into the input; ``kind``
    names the parser (``"numeral"``, ``"date"``, ``"doc_number"``);
    ``reason`` is what went wrong, and ``str(error)`` draws it under the
    input.
    """

    def __init__(self, message: str, *, start: int, end: int, kind: str, reason: str) -> None:
        super().__init__(message, start=start, end=end)
        self.kind = kind
        self.reason = reason
