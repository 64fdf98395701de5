"""Parse the text of Chinese government gazettes (政府公报) and official
documents: the structure as dicts, the flat tables as rows or pandas
DataFrames, and the primitives (numerals, dates, 发文字号).

Every span is a pair of character offsets into the text, as Python indexes
a ``str``: ``text[span["start"]:span["end"]]``. For bytes, the text is
``gongbao.decode(data)``.

The work is done by the Rust library ``gongbao`` (module ``gongbao._native``),
with the GIL released while a text is parsed. The types are in
``__init__.pyi``.
"""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any, Dict, List, Literal, Optional, Tuple, Union

from . import _native
from ._errors import DecodeError, Error, ParseError

__version__: str = _native.__version__

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

Data = Union[str, bytes]


def parse(
    data: Data, *, year: Optional[int] = None, lossy: bool = False, block_text: bool = True
) -> Dict[str, Any]:
    """The parse of a gazette issue or of official documents: the JSON
    contract of the library as dicts and lists, spans in characters."""
    return json.loads(_native.parse_json(data, year=year, lossy=lossy, block_text=block_text))


SCHEMA: Dict[str, List[Tuple[str, Literal["string", "int64", "float64", "bool"], bool]]] = {
    table: [tuple(column) for column in columns] for table, columns in _native.schema()
}
"""The flat tables: table name -> its columns in order, as (name, kind,
nullable); kinds are "string", "int64", "float64" and "bool". The
library's one schema (``gongbao::tables::SCHEMA``)."""


def tables(
    data: Data, *, source: str = "", year: Optional[int] = None, lossy: bool = False
) -> Dict[str, List[Dict[str, Any]]]:
    """The flat rows of the parse, one list per table of SCHEMA, in its
    order; every row starts with ``source``. Spans in characters."""
    return json.loads(_native.tables_json(data, source=source, year=year, lossy=lossy))


# pandas' nullable dtypes: a column keeps its type when it has nulls, and
# a table without rows still has typed columns.
_DTYPES = {"string": "string", "int64": "Int64", "float64": "Float64", "bool": "boolean"}


def frames(
    data: Data, *, source: str = "", year: Optional[int] = None, lossy: bool = False
) -> Dict[str, Any]:
    """``tables`` as pandas DataFrames, columns typed from SCHEMA."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError("gongbao.frames needs pandas: pip install pandas") from e
    rows = tables(data, source=source, year=year, lossy=lossy)
    return {
        table: pandas.DataFrame.from_records(rows[table], columns=[c for c, _, _ in columns]).astype(
            {c: _DTYPES[kind] for c, kind, _ in columns}
        )
        for table, columns in SCHEMA.items()
    }


def decode(data: Data, *, lossy: bool = False) -> str:
    """The text of ``data`` as ``parse`` reads it: bytes in UTF-8, UTF-16
    with a byte-order mark, GB18030/GBK or Big5; a ``str`` as it is."""
    return _native.decode(data, lossy=lossy)


def numeral(text: str) -> Union[int, Fraction]:
    """The value of one numeral (一千二百三十四, 1.5万, 百分之十二点五):
    an ``int``, or a ``Fraction`` when it is not whole."""
    numerator, denominator = _native.numeral(text)
    return numerator if denominator == 1 else Fraction(numerator, denominator)


def date(text: str, *, year: Optional[int] = None) -> Dict[str, Any]:
    """One date expression (a date, period, deadline, duration...) read."""
    return json.loads(_native.date_json(text, year=year))


def find_dates(text: str, *, year: Optional[int] = None) -> List[Dict[str, Any]]:
    """Every date expression in running text, in order."""
    return json.loads(_native.find_dates_json(text, year=year))


def doc_number(text: str) -> Dict[str, Any]:
    """One 发文字号 or decree number read."""
    return json.loads(_native.doc_number_json(text))


def find_doc_numbers(text: str) -> List[Dict[str, Any]]:
    """Every 发文字号, decree and announcement number in ``text``, in order."""
    return json.loads(_native.find_doc_numbers_json(text))
