//! The dates and quantities of each clause and document
//! ([`crate::model::DateFact`], [`crate::model::QuantityFact`]).
//!
//! Each leaf a clause owns, and each body paragraph a document owns outside
//! its clauses, is read by the primitives on the text the structure was
//! read from (page furniture blanked), its wrapped lines joined
//! ([`Unwrapped`]), and the spans are mapped back and offset by the leaf's
//! start. A quantity inside a date (有效期5年) or a document number
//! (〔2023〕12号) is dropped: it is part of that date or number; so is a
//! date or a quantity inside a cited title (《2023年上海市政务公开工作要点》):
//! it names the document.

use chrono::{Datelike, NaiveDate};

use crate::date::{DATE_STOPS, DateParser, DateValue};
use crate::docnum::find_doc_numbers;
use crate::model::{Block, Clause, DateFact, Document, QuantityFact, Role};
use crate::numeral::{NUMERAL_FIRST, Tokens};
use crate::quantity::find_quantities_at;
use crate::text::{CharSet, Span, Unwrapped, strip_layout_spaces, title_spans};

/// Where the scans for dates and for numerals stop.
const STOPS: CharSet = DATE_STOPS.union(&NUMERAL_FIRST);

/// Fills the facts of `documents` and their attachments. `year` is the
/// issue's year (or the caller's context year), for documents without a
/// date.
pub(crate) fn fill(text: &str, documents: &mut [Document], year: Option<i32>) {
    fill_documents(text, documents, year, None, &mut Scratch::default());
}

/// The vectors every leaf's reading fills anew, kept for all of them: one
/// allocation each for the whole text rather than one a leaf.
#[derive(Default)]
struct Scratch {
    stops: Vec<usize>,
    tokens: Tokens,
}

/// `issued` is the date of the document that issues these (a notice's, for
/// the policy it issues), for a document without its own date.
fn fill_documents(
    text: &str,
    documents: &mut [Document],
    year: Option<i32>,
    issued: Option<NaiveDate>,
    scratch: &mut Scratch,
) {
    for d in documents {
        let date = d.date.or(issued);
        let context = year_ahead(&d.title, date).or(date.map(|d| d.year())).or(year);
        let reader = Reader { text, dates: DateParser::new().context_year(context), issued: date };
        for b in d.blocks.iter().filter(|b| is_fact_block(b)) {
            reader.read(b, &mut d.dates, &mut d.quantities, scratch);
        }
        fill_clauses(&reader, &mut d.clauses, scratch);
        fill_documents(text, &mut d.attachments, year, date, scratch);
    }
}

/// The year a document's title names when it is the year after that of
/// its date (`date`): a notice issued ahead for that year, whose dates
/// without a year fall in it (国务院办公厅关于2019年部分节假日安排的通知,
/// dated 2018-12-04: 2月4日至10日 is in 2019). A title with any other
/// date, a period, an edition (若干政策(2025年版)) or a year further ahead
/// (申办2009年第二十四届世界大学生冬季运动会, asked in 2004: an event, not
/// the year the text runs in) names no such year.
fn year_ahead(title: &str, date: Option<NaiveDate>) -> Option<i32> {
    let date = date?;
    if !title.contains('年') {
        return None;
    }
    let found = DateParser::new().context_year(date.year()).find_dates(title);
    match found.as_slice() {
        [m] => match m.value {
            DateValue::Year(y) if y == date.year() + 1 => Some(y),
            _ => None,
        },
        _ => None,
    }
}

/// A document's paragraphs whose facts are its own: a preamble, a body, a
/// closing, a decree's promulgation text. Its title, date line, number,
/// addressees, signature, 题注 and 版记 state the document's own data.
fn is_fact_block(b: &Block) -> bool {
    matches!(b.role, Role::Body | Role::Preamble | Role::Closing)
}

fn fill_clauses(reader: &Reader<'_>, clauses: &mut [Clause], scratch: &mut Scratch) {
    for c in clauses {
        for b in &c.blocks {
            reader.read(b, &mut c.dates, &mut c.quantities, scratch);
        }
        fill_clauses(reader, &mut c.children, scratch);
    }
}

/// Reads the facts of one document's leaves.
struct Reader<'t> {
    text: &'t str,
    dates: DateParser,
    /// The document's date, for a start on the issue date (自印发之日起).
    issued: Option<NaiveDate>,
}

impl Reader<'_> {
    fn read(&self, b: &Block, dates: &mut Vec<DateFact>, quantities: &mut Vec<QuantityFact>, scratch: &mut Scratch) {
        let Some(s) = b.span.slice(self.text) else { return };
        // Read with wrapped lines joined; spans map back to the leaf.
        let joined = Unwrapped::new(s);
        let s = joined.as_str();
        let at = |span: Span| joined.span(span).shifted(b.span.start);
        let words = |span: Span| strip_layout_spaces(&s[span.start..span.end]);
        // One scan finds where the finders of dates and of numerals stop.
        STOPS.positions_into(s, &mut scratch.stops);
        let found = self.dates.find_dates_at(s, &scratch.stops);
        let amounts = find_quantities_at(s, &scratch.stops, &mut scratch.tokens);
        // Every document number reads its 号: a leaf without one holds none.
        let numbers = if amounts.is_empty() || !s.contains('号') { Vec::new() } else { find_doc_numbers(s) };
        let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
        // A date or number in a cited title names the document:
        // 《2023年上海市政务公开工作要点》, 《…三年行动计划（2021-2023年）》.
        let titles = if found.is_empty() && amounts.is_empty() { Vec::new() } else { title_spans(s) };
        let titled = |a: Span| titles.iter().any(|t| t.start <= a.start && a.end <= t.end);
        for q in amounts {
            if found.iter().any(|d| overlaps(d.span, q.span))
                || numbers.iter().any(|n| overlaps(n.span, q.span))
                || titled(q.span)
            {
                continue;
            }
            let (words, at) = (words(q.span), at(q.span));
            quantities.push(QuantityFact::new(words, q, at));
        }
        for d in found.into_iter().filter(|d| !titled(d.span)) {
            dates.push(DateFact::new(words(d.span), d.value, self.issued, at(d.span)));
        }
    }
}
