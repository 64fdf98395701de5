//! `gongbao._native`, the native half of the Python package `gongbao`: the
//! library's parse, flat tables and primitives, handed to the Python layer
//! (`gongbao/__init__.py`) as JSON text or plain values.
//!
//! Every span is converted here to character offsets (Python indexes a
//! `str` by character) with the library's [`gongbao::CharIndex`] and JSON
//! rewriter, so the Python side never sees a byte offset. The GIL is
//! released while a text is decoded, parsed and written as JSON. Errors
//! are raised as the exception classes of `gongbao/_errors.py`, with their
//! position.

use std::borrow::Cow;

use gongbao::serialize::{Rewrite, Rewritten};
use gongbao::text::{DecodeError, DecodeFault};
use gongbao::{CharIndex, ErrorKind, Gazette, Parsed, Parser};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use serde::Serialize;

/// The text of `parse` and `tables`: a `str`, or bytes in any encoding the
/// library reads (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5).
enum Data<'a> {
    Text(Cow<'a, str>),
    Bytes(&'a [u8]),
}

impl<'a> Data<'a> {
    fn of(obj: &'a Bound<'_, PyAny>) -> PyResult<Self> {
        if let Ok(text) = obj.cast::<PyString>() {
            return Ok(Data::Text(text.to_cow()?));
        }
        if let Ok(bytes) = obj.cast::<PyBytes>() {
            return Ok(Data::Bytes(bytes.as_bytes()));
        }
        Err(PyTypeError::new_err(format!("expected str or bytes, not {}", obj.get_type().name()?)))
    }

    /// The text: `bytes` decoded strictly, or with U+FFFD for what is not
    /// text when `lossy`.
    fn decode(self, lossy: bool) -> Result<Text<'a>, DecodeError> {
        Ok(match self {
            Data::Text(text) => Text::Str(text),
            Data::Bytes(bytes) if lossy => Text::Decoded(gongbao::text::decode_lenient(bytes)),
            Data::Bytes(bytes) => Text::Decoded(gongbao::text::decode(bytes)?),
        })
    }
}

/// A text to parse: a Python `str`'s, or bytes decoded, with what a
/// lenient decoding let through.
enum Text<'a> {
    Str(Cow<'a, str>),
    Decoded(gongbao::text::Decoded),
}

impl<'a> Text<'a> {
    /// The parse of the text, and the text its spans point into.
    fn parse(self, parser: &Parser) -> (Cow<'a, str>, Gazette) {
        match self {
            Text::Str(text) => {
                let gazette = parser.parse(&text);
                (text, gazette)
            }
            // parse_decoded lists the decoding issues as diagnostics.
            Text::Decoded(decoded) => {
                let Parsed { text, gazette, .. } = parser.parse_decoded(decoded);
                (Cow::Owned(text), gazette)
            }
        }
    }

    fn into_string(self) -> String {
        match self {
            Text::Str(text) => text.into_owned(),
            Text::Decoded(decoded) => decoded.text,
        }
    }
}

/// Why a call failed, held until the GIL is back to raise it.
enum Failure {
    Decode(DecodeError),
    Json(serde_json::Error),
}

impl Failure {
    fn raise(self, py: Python<'_>) -> PyErr {
        match self {
            Failure::Decode(e) => decode_error(py, &e),
            Failure::Json(e) => pyo3::exceptions::PyRuntimeError::new_err(format!("cannot write JSON: {e}")),
        }
    }
}

impl From<DecodeError> for Failure {
    fn from(e: DecodeError) -> Self {
        Failure::Decode(e)
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::Json(e)
    }
}

/// An instance of the exception class `class` of `gongbao._errors`, made
/// with `message` and keyword arguments; an error while making it is raised
/// in its place.
fn exception<'py>(
    py: Python<'py>,
    class: &str,
    message: String,
    fields: impl FnOnce(&Bound<'py, PyDict>) -> PyResult<()>,
) -> PyErr {
    let made = (|| {
        let class = py.import("gongbao._errors")?.getattr(class)?;
        let kwargs = PyDict::new(py);
        fields(&kwargs)?;
        Ok(PyErr::from_value(class.call((message,), Some(&kwargs))?))
    })();
    made.unwrap_or_else(|e| e)
}

/// `gongbao.DecodeError`: where in the input bytes, and the line and column
/// of the decoded text where the library knows them.
fn decode_error(py: Python<'_>, e: &DecodeError) -> PyErr {
    let line_column = match *e.fault() {
        DecodeFault::DamagedUtf8 { line, column, .. }
        | DecodeFault::TruncatedUtf8 { line, column }
        | DecodeFault::Malformed { line, column, .. }
        | DecodeFault::BinaryData { line, column, .. } => Some((line, column)),
        _ => None,
    };
    exception(py, "DecodeError", e.to_string(), |kw| {
        kw.set_item("start", e.span().start)?;
        kw.set_item("end", e.span().end)?;
        kw.set_item("line", line_column.map(|(line, _)| line))?;
        kw.set_item("column", line_column.map(|(_, column)| column))
    })
}

/// `gongbao.ParseError`: a primitive's error, its span in characters of
/// `input` and the message drawn under the input.
fn parse_error(py: Python<'_>, input: &str, e: &gongbao::Error) -> PyErr {
    let chars = CharIndex::new(input);
    let kind = match e.kind() {
        ErrorKind::Decode => "decode",
        ErrorKind::Numeral => "numeral",
        ErrorKind::Date => "date",
        ErrorKind::DocNumber => "doc_number",
        ErrorKind::Quantity => "quantity",
        ErrorKind::Units => "units",
        _ => "other",
    };
    exception(py, "ParseError", e.render(input), |kw| {
        kw.set_item("start", chars.chars_at(e.span().start))?;
        kw.set_item("end", chars.chars_at(e.span().end))?;
        kw.set_item("kind", kind)?;
        kw.set_item("reason", e.message())
    })
}

fn parser(year: Option<i32>) -> Parser {
    match year {
        Some(year) => Parser::new().context_year(year),
        None => Parser::new(),
    }
}

/// `value` as JSON, spans in characters of `text`, blocks without their
/// text unless `block_text`.
fn json_in_chars<T: Serialize + ?Sized>(value: &T, text: &str, block_text: bool) -> serde_json::Result<String> {
    let rewrite = Rewrite { chars: Some(CharIndex::new(text)), no_block_text: !block_text };
    serde_json::to_string(&Rewritten { value, rewrite: &rewrite })
}

/// The JSON of the parse of `data`, spans in characters of its text.
#[pyfunction]
#[pyo3(signature = (data, *, year=None, lossy=false, block_text=true))]
fn parse_json(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    year: Option<i32>,
    lossy: bool,
    block_text: bool,
) -> PyResult<String> {
    let data = Data::of(data)?;
    let parser = parser(year);
    py.detach(|| -> Result<String, Failure> {
        let (text, gazette) = data.decode(lossy)?.parse(&parser);
        Ok(json_in_chars(&gazette, &text, block_text)?)
    })
    .map_err(|f| f.raise(py))
}

/// The JSON of the flat tables of the parse of `data` (an object of
/// tables, each a list of rows), spans in characters of its text.
#[pyfunction]
#[pyo3(signature = (data, *, source="", year=None, lossy=false))]
fn tables_json(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    source: &str,
    year: Option<i32>,
    lossy: bool,
) -> PyResult<String> {
    let data = Data::of(data)?;
    let parser = parser(year);
    py.detach(|| -> Result<String, Failure> {
        let (text, gazette) = data.decode(lossy)?.parse(&parser);
        let mut tables = gazette.tables(source);
        drop(gazette);
        tables.to_char_offsets(&CharIndex::new(&text));
        Ok(serde_json::to_string(&tables)?)
    })
    .map_err(|f| f.raise(py))
}

/// A column as Python gets it: (name, kind, nullable).
type Column = (&'static str, &'static str, bool);

/// The library's table schema: (table, [column]), in order.
#[pyfunction]
fn schema() -> Vec<(&'static str, Vec<Column>)> {
    gongbao::tables::SCHEMA
        .iter()
        .map(|t| (t.name, t.columns.iter().map(|c| (c.name, c.kind.as_str(), c.nullable)).collect()))
        .collect()
}

/// The text of `data`: bytes decoded as `parse` decodes them.
#[pyfunction]
#[pyo3(signature = (data, *, lossy=false))]
fn decode(py: Python<'_>, data: &Bound<'_, PyAny>, lossy: bool) -> PyResult<String> {
    let data = Data::of(data)?;
    py.detach(|| data.decode(lossy).map(Text::into_string)).map_err(|e| decode_error(py, &e))
}

/// The value of one Chinese or Arabic numeral, as (numerator, denominator).
#[pyfunction]
fn numeral(py: Python<'_>, text: &str) -> PyResult<(i128, i128)> {
    let n = gongbao::numeral::parse(text).map_err(|e| parse_error(py, text, &e))?;
    Ok((n.numerator(), n.denominator()))
}

/// The JSON of one date expression: `{"kind", "value"}`, as a found date
/// has them.
#[pyfunction]
#[pyo3(signature = (text, *, year=None))]
fn date_json(py: Python<'_>, text: &str, year: Option<i32>) -> PyResult<String> {
    #[derive(Serialize)]
    struct Date {
        kind: gongbao::date::DateKind,
        value: gongbao::date::DateValue,
    }
    let value = gongbao::date::DateParser::new().context_year(year).parse(text);
    let value = value.map_err(|e| parse_error(py, text, &e))?;
    serde_json::to_string(&Date { kind: value.kind(), value }).map_err(|e| Failure::Json(e).raise(py))
}

/// The JSON of the dates found in `text`, spans in characters.
#[pyfunction]
#[pyo3(signature = (text, *, year=None))]
fn find_dates_json(py: Python<'_>, text: &str, year: Option<i32>) -> PyResult<String> {
    let found = gongbao::date::DateParser::new().context_year(year).find_dates(text);
    json_in_chars(&found, text, true).map_err(|e| Failure::Json(e).raise(py))
}

/// The JSON of one 发文字号 or decree number.
#[pyfunction]
fn doc_number_json(py: Python<'_>, text: &str) -> PyResult<String> {
    let number = gongbao::docnum::parse(text).map_err(|e| parse_error(py, text, &e))?;
    serde_json::to_string(&number).map_err(|e| Failure::Json(e).raise(py))
}

/// The JSON of the 发文字号 and decree numbers found in `text`, spans in
/// characters.
#[pyfunction]
fn find_doc_numbers_json(py: Python<'_>, text: &str) -> PyResult<String> {
    let found = gongbao::docnum::find_doc_numbers(text);
    json_in_chars(&found, text, true).map_err(|e| Failure::Json(e).raise(py))
}

/// The native half of the Python package `gongbao`; use `gongbao` itself.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(parse_json, m)?)?;
    m.add_function(wrap_pyfunction!(tables_json, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(decode, m)?)?;
    m.add_function(wrap_pyfunction!(numeral, m)?)?;
    m.add_function(wrap_pyfunction!(date_json, m)?)?;
    m.add_function(wrap_pyfunction!(find_dates_json, m)?)?;
    m.add_function(wrap_pyfunction!(doc_number_json, m)?)?;
    m.add_function(wrap_pyfunction!(find_doc_numbers_json, m)?)?;
    Ok(())
}
