"""Types of the gongbao package. Every span is ``{"start": int, "end": int}``,
character offsets into the text (``text[start:end]``); for bytes, the text
is ``decode(data)``."""

from fractions import Fraction
from typing import Any, Dict, List, Literal, Optional, Tuple, Union

Data = Union[str, bytes]
"""A text, or bytes in UTF-8 (BOM or not), UTF-16 with a BOM, GB18030/GBK or Big5."""

__version__: str

__all__ = [
    "SCHEMA",
    "DecodeError",
    "Error",
    "ParseError",
    "date",
    "decode",
    "doc_number",
    "find_dates",
    "find_doc_numbers",
    "frames",
    "numeral",
    "parse",
    "tables",
]

SCHEMA: Dict[str, List[Tuple[str, Literal["string", "int64", "float64", "bool"], bool]]]
"""The flat tables: table name -> its columns, in order, as (name, kind,
nullable). The tables and their row keys follow it."""

class Error(ValueError):
    """A text gongbao cannot read; ``start`` and ``end`` say where."""

    message: str
    start: int
    end: int
    def __init__(self, message: str, *, start: int, end: int) -> None: ...

class DecodeError(Error):
    """Bytes that are not text. ``start``, ``end``: byte offsets into the
    input; ``line``, ``column`` (1-based, columns in characters) of the
    text decoded before the fault, None when it has no one place."""

    line: Optional[int]
    column: Optional[int]
    def __init__(
        self, message: str, *, start: int, end: int, line: Optional[int], column: Optional[int]
    ) -> None: ...

class ParseError(Error):
    """A primitive's input it cannot read. ``start``, ``end``: character
    offsets into the input; ``kind``: ``"numeral"``, ``"date"`` or
    ``"doc_number"``; ``reason``: what went wrong. ``str()`` draws it under
    the input."""

    kind: str
    reason: str
    def __init__(self, message: str, *, start: int, end: int, kind: str, reason: str) -> None: ...

def parse(
    data: Data, *, year: Optional[int] = None, lossy: bool = False, block_text: bool = True
) -> Dict[str, Any]:
    """The parse of a gazette issue or of official documents: the library's
    JSON contract as dicts and lists (keys ``issue``, ``colophon``, ``toc``,
    ``documents``, ``citations``, ``diagnostics``, ``blocks``,
    ``responsibility_index``), spans in characters.

    ``year``: the year of dates written without one, where the text gives
    none. ``lossy``: bytes that are not text are read with U+FFFD and a
    ``damaged-input`` diagnostic each, instead of raising DecodeError.
    ``block_text=False``: blocks keep their role and span, not their text.
    The GIL is released while the text is parsed.

    Raises DecodeError (bytes that are not text, unless ``lossy``) and
    TypeError (neither str nor bytes).
    """

def tables(
    data: Data, *, source: str = "", year: Optional[int] = None, lossy: bool = False
) -> Dict[str, List[Dict[str, Any]]]:
    """The flat rows of the parse, one list per table of SCHEMA, in its
    order (documents, clauses, responsibilities, dates, quantities,
    references, citations, diagnostics); each row's keys are the table's
    columns, in order, starting with ``source`` (given here: a file name,
    say) and joining on (source, id). Spans (``start``, ``end``) in
    characters. The GIL is released while the text is parsed."""

def frames(
    data: Data, *, source: str = "", year: Optional[int] = None, lossy: bool = False
) -> Dict[str, Any]:
    """``tables`` as pandas DataFrames (``Dict[str, pandas.DataFrame]``),
    every column typed from SCHEMA with pandas' nullable dtypes
    (``string``, ``Int64``, ``Float64``, ``boolean``); a table without rows
    is an empty frame with its columns. Raises ImportError without pandas."""

def decode(data: Data, *, lossy: bool = False) -> str:
    """The text of ``data`` as ``parse`` reads it (a str is returned as it
    is). Raises DecodeError unless ``lossy``."""

def numeral(text: str) -> Union[int, Fraction]:
    """The value of one numeral: 一千二百三十四 -> 1234, 1.5万 -> 15000,
    百分之十二点五 -> Fraction(1, 8). Raises ParseError."""

def date(text: str, *, year: Optional[int] = None) -> Dict[str, Any]:
    """One date expression: ``{"kind": ..., "value": ...}``, as the items of
    ``find_dates`` without their span. ``kind`` is ``"day"``, ``"month"``,
    ``"year"``, ``"recurring"``, ``"deadline"``, ``"period"``, ``"from"`` or
    ``"duration"``; ``value``
    the library's JSON of it (``"2023-04-18"``, ``{"from": ..., "to": ...}``).
    ``year`` completes dates written without one. Raises ParseError."""

def find_dates(text: str, *, year: Optional[int] = None) -> List[Dict[str, Any]]:
    """Every date expression in running text, in order, without overlaps:
    ``{"kind", "value", "validity", "span"}``; ``validity`` is True for a
    validity clause (有效期至...)."""

def doc_number(text: str) -> Dict[str, Any]:
    """One 发文字号 or decree number: ``{"text", "code", "year", "serial"}``
    (国发〔2019〕4号 -> code 国发, year 2019, serial 4). Raises ParseError."""

def find_doc_numbers(text: str) -> List[Dict[str, Any]]:
    """Every 发文字号, decree and announcement number in ``text``, in order:
    ``{"span", "raw", "number", "normalizations", "own_line", "cited",
    "cited_title"}``, ``number`` as ``doc_number`` gives it."""
