//! The parse as flat tables: one table per kind of row, keyed by ids that
//! join, for DuckDB, pandas, Spark and spreadsheets.
//!
//! [`Gazette::tables`](crate::Gazette::tables) turns a parse into
//! [`Tables`]: documents, clauses, responsibilities (one row per unit of a
//! responsible-unit list), dates, quantities, references, citations and
//! diagnostics. Every row is flat (strings, integers, floats, booleans,
//! nulls) and starts with `source`, the input's name as the caller gives
//! it; documents and clauses have the parse's own ids (`d1`, `d1.1`,
//! `d1/art13/para1`), unique within one source, so `(source, document)` and
//! `(source, clause)` join every table to the documents and clauses. Every
//! row has the span of the text it was read from as `start` and `end`,
//! UTF-8 byte offsets into the decoded text ([`Tables::to_char_offsets`]
//! makes them character offsets). Dates are ISO strings at the precision
//! written (`2023-04-18`, `2023-04`, `2023`); amounts are in the base unit
//! the model gives (元, m², kg), a share as a fraction.
//!
//! [`SCHEMA`] is the one description of the columns: their names in
//! order, kinds and whether they may be null. The command line's CSV
//! header (`gongbao tables`), the Python package's columns and the Spark
//! job's Parquet schema all come from it, and the row structs are declared
//! with it, so they cannot drift apart.
//!
//! ```
//! let text = include_str!("../../corpus/shanghai-gazette-2023-10.txt");
//! let t = gongbao::parse(text).tables("shanghai-2023-10.txt");
//! assert_eq!(t.documents.len(), 12);
//! let item = t.clauses.iter().find(|c| c.id == "d1.1/1/1/1").unwrap();
//! assert_eq!((item.document.as_str(), item.parent.as_deref(), item.depth), ("d1.1", Some("d1.1/1/1"), 2));
//! assert_eq!(item.title.as_deref(), Some("支持引进高端产业项目"));
//! // （责任单位：市经济信息化委、市发展改革委、…）: one row per unit.
//! let first = t.responsibilities.iter().find(|r| r.clause == "d1.1/1/1/1").unwrap();
//! assert_eq!((first.unit.as_str(), first.position, first.lead), ("市经济信息化委", 1, false));
//! // The tables, in the order of SCHEMA and of Tables' fields.
//! let names: Vec<&str> = gongbao::tables::SCHEMA.iter().map(|s| s.name).collect();
//! assert_eq!(names, ["documents", "clauses", "responsibilities", "dates", "quantities", "references", "citations", "diagnostics"]);
//! ```
//!
//! # A worked example: DuckDB over the CSV files
//!
//! `gongbao tables` writes the same rows as files, one per table:
//!
//! ```sh
//! gongbao tables corpus/shanghai-gazette-2023-10.txt --out t
//! ```
//!
//! DuckDB (the `duckdb` shell, or `duckdb.sql(…)` in Python) reads them as
//! they are. The units most often named responsible in the issue, with
//! the clauses they lead (牵头) and share:
//!
//! ```sql
//! SELECT unit,
//!        count(DISTINCT clause) AS clauses,
//!        count(DISTINCT clause) FILTER (WHERE lead) AS leading
//! FROM 't/responsibilities.csv'
//! GROUP BY unit
//! ORDER BY clauses DESC, unit
//! LIMIT 5;
//! ```
//!
//! | unit | clauses | leading |
//! |---|---|---|
//! | 各区政府 | 56 | 0 |
//! | 市经济信息化委 | 34 | 0 |
//! | 市财政局 | 24 | 0 |
//! | 有关管委会 | 23 | 0 |
//! | 市发展改革委 | 19 | 0 |
//!
//! (The issue's 61 lists name no lead.) Every deadline that falls in 2023,
//! with its clause and the document it stands in:
//!
//! ```sql
//! SELECT d.date, d.text, d.clause, doc.title AS document
//! FROM 't/dates.csv' AS d
//! JOIN 't/documents.csv' AS doc ON doc.source = d.source AND doc.id = d.document
//! WHERE d.kind = 'deadline' AND d.date LIKE '2023-%'
//! ORDER BY d.source, d.start;
//! ```
//!
//! | date | text | clause | document |
//! |---|---|---|---|
//! | 2023-12-31 | 2023年底前 | d2.1/1/2 | 上海市加强入河入海排污口监督管理工作方案 |
//! | 2023-12-31 | 到2023年底 | d4.1/1/2 | 2023年上海市政务公开工作要点 |
//! | 2023-03-31 | 3月31日前 | d4.1/7/22 | 2023年上海市政务公开工作要点 |
//! | 2023-12-31 | 2023年底前 | d6/1/1 | 关于《上海市加强入河入海排污口监督管理工作方案》的政策解读 |
//!
//! Dates are strings because their precision varies (`2023`, `2023-04`,
//! and `--08` for a recurring month, which has no year);
//! `TRY_CAST(date AS DATE)` gives a day where there is one. `end`, `from`
//! and `to` are SQL keywords: quote them (`d."from"`). `.ci/duckdb-example.py` runs these queries and
//! checks these results.

mod build;

use serde::{Serialize, Serializer};

use crate::names::names;
use crate::offsets::CharIndex;

/// The kind of a column's values.
///
/// ```
/// assert_eq!(gongbao::tables::ColumnKind::Int64.as_str(), "int64");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnKind {
    /// Text (UTF-8); also ISO dates, whose precision varies by row.
    String,
    /// A whole number: offsets, depths, positions, years, serials.
    Int64,
    /// A number that need not be whole: amounts in their base unit.
    Float64,
    /// True or false.
    Bool,
}

names! {
    ColumnKind {
        String => "string",
        Int64 => "int64",
        Float64 => "float64",
        Bool => "bool",
    }
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Column {
    /// Its name: the row struct's field and the serialized key.
    pub name: &'static str,
    /// What its values are.
    pub kind: ColumnKind,
    /// Whether a value may be null (an empty field in CSV).
    pub nullable: bool,
}

/// One table: its name and its columns in order.
///
/// ```
/// let clauses = gongbao::tables::schema("clauses").unwrap();
/// let first: Vec<&str> = clauses.columns.iter().take(4).map(|c| c.name).collect();
/// assert_eq!(first, ["source", "id", "document", "parent"]);
/// assert!(clauses.columns[3].nullable);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct TableSchema {
    /// The table's name: `documents`, `clauses` … (the field of [`Tables`],
    /// and the file name `gongbao tables` writes).
    pub name: &'static str,
    /// The columns, in order.
    pub columns: &'static [Column],
}

/// The schema of the table called `name`.
///
/// ```
/// assert_eq!(gongbao::tables::schema("dates").map(|s| s.columns.len()), Some(10));
/// assert!(gongbao::tables::schema("blocks").is_none());
/// ```
pub fn schema(name: &str) -> Option<&'static TableSchema> {
    SCHEMA.iter().find(|s| s.name == name)
}

/// One value of a row, as its column's kind says: how a front end writes
/// a row without knowing its struct (CSV, Arrow, Python).
///
/// ```
/// use gongbao::tables::{Cell, Row};
/// let t = gongbao::parse("一、推进改革。（责任单位：市发展改革委）").tables("x");
/// let cells = t.responsibilities[0].cells();
/// assert_eq!(cells[0], Cell::Str("x"));
/// assert_eq!(cells[5], Cell::Str("市发展改革委"));
/// assert_eq!(serde_json::to_string(&cells[..7]).unwrap(), r#"["x","d1","d1/1",1,1,"市发展改革委",false]"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// No value.
    Null,
    /// A [`ColumnKind::String`] value.
    Str(&'a str),
    /// A [`ColumnKind::Int64`] value.
    Int(i64),
    /// A [`ColumnKind::Float64`] value.
    Float(f64),
    /// A [`ColumnKind::Bool`] value.
    Bool(bool),
}

impl Serialize for Cell<'_> {
    /// As the row struct's field serializes: null, a string, a number, a
    /// boolean.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Cell::Null => s.serialize_none(),
            Cell::Str(v) => s.serialize_str(v),
            Cell::Int(v) => s.serialize_i64(v),
            Cell::Float(v) => s.serialize_f64(v),
            Cell::Bool(v) => s.serialize_bool(v),
        }
    }
}

/// A row of any table, as cells in its schema's column order.
pub trait Row {
    /// The row's values, one per column of its table's schema.
    fn cells(&self) -> Vec<Cell<'_>>;
}

/// The Rust types a column may have, with their kind and nullability.
trait ColumnType {
    const KIND: ColumnKind;
    const NULLABLE: bool;
    fn cell(&self) -> Cell<'_>;
}

/// Implements [`ColumnType`] for a type and its `Option`.
macro_rules! column_type {
    ($ty:ty, $kind:ident, |$v:ident| $cell:expr) => {
        impl ColumnType for $ty {
            const KIND: ColumnKind = ColumnKind::$kind;
            const NULLABLE: bool = false;
            fn cell(&self) -> Cell<'_> {
                let $v = self;
                $cell
            }
        }
        impl ColumnType for Option<$ty> {
            const KIND: ColumnKind = ColumnKind::$kind;
            const NULLABLE: bool = true;
            fn cell(&self) -> Cell<'_> {
                self.as_ref().map_or(Cell::Null, |v| v.cell())
            }
        }
    };
}

/// A whole number as an `Int64` cell; none the parser makes is too large.
fn int(n: impl TryInto<i64>) -> Cell<'static> {
    Cell::Int(n.try_into().unwrap_or(i64::MAX))
}

column_type!(String, String, |v| Cell::Str(v));
column_type!(usize, Int64, |v| int(*v));
column_type!(u32, Int64, |v| int(*v));
column_type!(u64, Int64, |v| int(*v));
column_type!(f64, Float64, |v| Cell::Float(*v));
column_type!(bool, Bool, |v| Cell::Bool(*v));

/// A span's end, converted to characters in place.
trait Offset {
    fn to_chars(&mut self, index: &CharIndex);
}

impl Offset for usize {
    fn to_chars(&mut self, index: &CharIndex) {
        *self = index.chars_at(*self);
    }
}

impl Offset for Option<usize> {
    fn to_chars(&mut self, index: &CharIndex) {
        if let Some(o) = self {
            *o = index.chars_at(*o);
        }
    }
}

/// Declares the row structs, [`SCHEMA`] and [`Tables`] from one list, so
/// that a column is written once. Every row has `start` and `end`.
macro_rules! tables {
    ($(
        $(#[$meta:meta])*
        $table:ident: $row:ident {
            $( $(#[$fmeta:meta])* $field:ident: $ty:ty, )*
        }
    )*) => {
        $(
            $(#[$meta])*
            #[derive(Debug, Clone, PartialEq, Serialize)]
            #[non_exhaustive]
            pub struct $row {
                $( $(#[$fmeta])* pub $field: $ty, )*
            }

            impl Row for $row {
                fn cells(&self) -> Vec<Cell<'_>> {
                    vec![$( ColumnType::cell(&self.$field), )*]
                }
            }

            impl $row {
                fn spans_to_chars(&mut self, index: &CharIndex) {
                    Offset::to_chars(&mut self.start, index);
                    Offset::to_chars(&mut self.end, index);
                }
            }
        )*

        /// Every table's schema, in the order of [`Tables`]' fields.
        pub const SCHEMA: &[TableSchema] = &[$(
            TableSchema {
                name: stringify!($table),
                columns: &[$(
                    Column {
                        name: stringify!($field),
                        kind: <$ty as ColumnType>::KIND,
                        nullable: <$ty as ColumnType>::NULLABLE,
                    },
                )*],
            },
        )*];

        /// The rows of one parse, one `Vec` per table: see the
        /// [module docs](self).
        #[derive(Debug, Clone, PartialEq, Default, Serialize)]
        #[non_exhaustive]
        pub struct Tables {
            $(
                #[doc = concat!("The `", stringify!($table), "` table: [`", stringify!($row), "`]s.")]
                pub $table: Vec<$row>,
            )*
        }

        impl Tables {
            /// Every table with its schema, in [`SCHEMA`] order, the rows
            /// as [`Row`]s: for a front end that writes any table alike.
            ///
            /// ```
            /// let t = gongbao::parse("一、推进改革。").tables("x");
            /// let counts: Vec<(&str, usize)> = t.each().iter().map(|(s, rows)| (s.name, rows.len())).collect();
            /// assert_eq!(counts[..2], [("documents", 1), ("clauses", 1)]);
            /// ```
            pub fn each(&self) -> Vec<(&'static TableSchema, Vec<&dyn Row>)> {
                let mut schema = SCHEMA.iter();
                vec![$(
                    (
                        schema.next().expect("one schema per table"),
                        self.$table.iter().map(|r| r as &dyn Row).collect(),
                    ),
                )*]
            }

            /// Converts every row's `start` and `end` from UTF-8 byte
            /// offsets into character offsets of the text `index` was
            /// built from (the text parsed), as Python indexes a `str`.
            ///
            /// ```
            /// let text = "一、推进改革。（责任单位：市发展改革委）";
            /// let mut t = gongbao::parse(text).tables("x");
            /// let r = &t.responsibilities[0];
            /// assert_eq!((r.start, r.end), (39, 57));
            /// t.to_char_offsets(&gongbao::CharIndex::new(text));
            /// let r = &t.responsibilities[0];
            /// assert_eq!((r.start, r.end), (13, 19));
            /// let unit: String = text.chars().skip(r.start).take(r.end - r.start).collect();
            /// assert_eq!(unit, "市发展改革委");
            /// ```
            pub fn to_char_offsets(&mut self, index: &CharIndex) {
                $(
                    for row in &mut self.$table {
                        row.spans_to_chars(index);
                    }
                )*
            }
        }
    };
}

tables! {
    /// A document: a notice, an attached policy or 附件, an interpretation,
    /// a law. Attachments are rows of their own, with `parent`.
    documents: DocumentRow {
        /// The input's name, as the caller gave it.
        source: String,
        /// The document's id: `d1`, `d2`; attachments `d1.1`.
        id: String,
        /// For an attachment, the id of the document it is attached to.
        parent: Option<String>,
        /// notice, attachment, interpretation, regulation, order, other.
        kind: String,
        /// The 文种 that ends the title (通知, 意见, 方案, 条例, 解读 …).
        genre: Option<String>,
        /// The title, layout spaces removed.
        title: String,
        /// The 成文日期 (or the decree's date, a law's latest adoption).
        date: Option<String>,
        /// The 发文字号 or decree number, in its standard spelling
        /// (沪府办规〔2023〕12号).
        doc_number: Option<String>,
        /// The number's 机关代字, or decree or announcement code with its
        /// 令 or 公告.
        doc_number_code: Option<String>,
        /// The number's year.
        doc_number_year: Option<u32>,
        /// The number's serial.
        doc_number_serial: Option<u64>,
        /// ordinary, decree, legacy, announcement.
        doc_number_kind: Option<String>,
        /// The signing organ (发文机关署名); joint issuers separated by 、.
        issuer: Option<String>,
        /// A person who signs (总理 李克强).
        signatory: Option<String>,
        /// The 主送机关, joined with 、.
        addressees: Option<String>,
        /// For an interpretation, the id of the document it explains.
        interprets: Option<String>,
        /// The gazette section the document stands in (市政府办公厅文件).
        section: Option<String>,
        /// The first day in force.
        valid_from: Option<String>,
        /// The last day in force.
        valid_to: Option<String>,
        /// How many clauses the document has, at every depth (its
        /// attachments' not counted).
        clause_count: usize,
        /// Where the document starts (attachments included).
        start: usize,
        /// Where it ends.
        end: usize,
    }

    /// A numbered clause, at any depth: 一、, （一）, 1., 第十条, a 款.
    clauses: ClauseRow {
        /// The input's name.
        source: String,
        /// The clause's id: `d1.1/1/1/1`, `d1/art13/para1/item2`.
        id: String,
        /// The id of its document.
        document: String,
        /// The id of the clause it stands under; null at the top.
        parent: Option<String>,
        /// 0 for a top-level clause, 1 under it, and so on.
        depth: usize,
        /// Its place among its siblings: 1 for the first.
        position: usize,
        /// The marker as printed: （一）, 1., 第十条之一; empty for a 款.
        marker: String,
        /// The marker's value: 1 for 一、, 10 for 第十条之一; null for ——.
        number: Option<u32>,
        /// The 之一 of an inserted article (第十条之一 → 1).
        sub: Option<u32>,
        /// part, chapter, section, article, chinese, paren_chinese, arabic,
        /// paren_arabic, arabic_close, decimal, circled, dash, ordinal,
        /// paragraph.
        style: String,
        /// The heading.
        title: Option<String>,
        /// The clause's own text after its title (children not included),
        /// paragraphs separated by a line feed.
        text: String,
        /// Where the clause starts (children included).
        start: usize,
        /// Where it ends.
        end: usize,
    }

    /// One unit of a responsible-unit list (责任单位).
    responsibilities: ResponsibilityRow {
        /// The input's name.
        source: String,
        /// The id of the clause's document.
        document: String,
        /// The id of the clause the list stands in.
        clause: String,
        /// Which list of the clause: 1 for the first.
        list: usize,
        /// The unit's place in its list: 1 for the first.
        position: usize,
        /// The unit as printed, layout spaces removed.
        unit: String,
        /// Whether the list names the unit as leading (牵头).
        lead: bool,
        /// The role verb or label the list gives the unit (负责, 牵头,
        /// 配合单位).
        role: Option<String>,
        /// The list's first label (责任单位, 牵头单位).
        label: Option<String>,
        /// Where the unit is written.
        start: usize,
        /// Where it ends.
        end: usize,
    }

    /// A date, deadline, period, duration or recurring date written in a
    /// clause, or in a document's paragraphs outside any clause.
    dates: DateRow {
        /// The input's name.
        source: String,
        /// The id of the document.
        document: String,
        /// The id of the clause; null for a paragraph of the document
        /// outside any clause.
        clause: Option<String>,
        /// The expression as written.
        text: String,
        /// day, month, year, deadline, period, from, duration, recurring.
        kind: String,
        /// The one date of a day, month or year; a deadline's last day;
        /// for a recurring date, its ISO form without a year (`--08`,
        /// `../--03-31` by that day every year, `--06-01/--09-15`).
        date: Option<String>,
        /// The first point of a period or an open start.
        from: Option<String>,
        /// The last point of a period; a deadline's last day.
        to: Option<String>,
        /// Where it is written.
        start: usize,
        /// Where it ends.
        end: usize,
    }

    /// An amount, cap, share, area, duration or count.
    quantities: QuantityRow {
        /// The input's name.
        source: String,
        /// The id of the document.
        document: String,
        /// The id of the clause; null outside any clause.
        clause: Option<String>,
        /// The quantity with its qualifier words, as written.
        text: String,
        /// money, currency, share, percentage_points, area, length, mass,
        /// volume, duration, count, other.
        kind: String,
        /// The amount, when it is one value, in the base unit (元, m², m,
        /// kg, m³) or the unit written; a share as a fraction.
        value: Option<f64>,
        /// The lower end of a range.
        low: Option<f64>,
        /// The upper end of a range.
        high: Option<f64>,
        /// The unit of the values; null for a share.
        unit: Option<String>,
        /// max, min, approx: the bound a qualifier sets (最高, 不低于, 约).
        bound: Option<String>,
        /// Where it is written.
        start: usize,
        /// Where it ends.
        end: usize,
    }

    /// A reference to a provision: 本办法第十条, 前款, 个人所得税法第六条.
    references: ReferenceRow {
        /// The input's name.
        source: String,
        /// The id of the document it is written in.
        document: String,
        /// The id of the clause; null outside any clause.
        clause: Option<String>,
        /// The reference as printed.
        text: String,
        /// The id of the clause it names in the same document (the first
        /// of a range).
        target: Option<String>,
        /// The last clause of a range (第十条至第十五条).
        target_to: Option<String>,
        /// The other document it names: its id when it is in this parse,
        /// else its title.
        target_document: Option<String>,
        /// Whether it names a clause, or a document of this parse.
        resolved: bool,
        /// Where it is written.
        start: usize,
        /// Where it ends.
        end: usize,
    }

    /// A document cited in the text: 《X》(国办函〔2022〕17号).
    citations: CitationRow {
        /// The input's name.
        source: String,
        /// The id of the document the citation stands in; null outside
        /// any (a table of contents).
        document: Option<String>,
        /// The cited title, without 《》.
        title: Option<String>,
        /// The cited document's number.
        doc_number: Option<String>,
        /// The id of the cited document, when it is in this parse.
        target_document: Option<String>,
        /// Where the citation is written.
        start: usize,
        /// Where it ends.
        end: usize,
    }

    /// Something the parser noticed.
    diagnostics: DiagnosticRow {
        /// The input's name.
        source: String,
        /// The id of the innermost document its span lies in.
        document: Option<String>,
        /// info, warning.
        severity: String,
        /// A short stable code: joined-page-break, unknown-line …
        code: String,
        /// What happened, for people.
        message: String,
        /// Where; null when the diagnostic has no span.
        start: Option<usize>,
        /// Where it ends.
        end: Option<usize>,
    }
}
