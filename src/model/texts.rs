//! Every text value of a parse result, for a pass that rewrites them all:
//! the characters printed, given back after the parser read a traditional
//! text through its simplified forms ([`crate::text::read_simplified`]).

use super::{
    Alias, Block, Citation, Clause, Colophon, DateFact, Diagnostic, Document, Field, Gazette, HistoryEvent, Issue,
    Metadata, OwnText, QuantityFact, Reference, Repeal, TocEntry, UnitResponsibilities, UnitRole,
};
use crate::docnum::DocNumber;
use crate::text::Span;
use crate::units::{LabeledField, Responsibility};

/// A value that holds text the parser took from the input.
pub(crate) trait Texts {
    /// Calls `f` on each of its strings with the span of the input it was
    /// taken from: the value's own span where it has one, else `within`.
    fn each_text(&mut self, within: Span, f: &mut dyn FnMut(&mut String, Span));
}

impl Texts for String {
    fn each_text(&mut self, within: Span, f: &mut dyn FnMut(&mut String, Span)) {
        f(self, within);
    }
}

impl<T: Texts> Texts for Option<T> {
    fn each_text(&mut self, within: Span, f: &mut dyn FnMut(&mut String, Span)) {
        if let Some(t) = self {
            t.each_text(within, f);
        }
    }
}

impl<T: Texts> Texts for Vec<T> {
    fn each_text(&mut self, within: Span, f: &mut dyn FnMut(&mut String, Span)) {
        for t in self {
            t.each_text(within, f);
        }
    }
}

impl Texts for DocNumber {
    fn each_text(&mut self, within: Span, f: &mut dyn FnMut(&mut String, Span)) {
        f(self.code_mut(), within);
    }
}

impl Texts for OwnText {
    fn each_text(&mut self, within: Span, f: &mut dyn FnMut(&mut String, Span)) {
        if let OwnText::Other(s) = self {
            f(s, within);
        }
    }
}

/// Implements [`Texts`] for a struct: first the fields that hold text,
/// then the field with its span (`in span`), then, after `other`, the
/// rest. Every field is named, so that a field added later cannot be
/// forgotten here: the destructuring stops compiling.
macro_rules! texts {
    ($t:ty { $($field:ident),* } in $span:ident other { $($other:ident),* }) => {
        impl Texts for $t {
            fn each_text(&mut self, _: Span, f: &mut dyn FnMut(&mut String, Span)) {
                let Self { $($field,)* $span, $($other: _,)* } = self;
                $($field.each_text(*$span, f);)*
            }
        }
    };
    ($t:ty { $($field:ident),* } other { $($other:ident),* }) => {
        impl Texts for $t {
            fn each_text(&mut self, within: Span, f: &mut dyn FnMut(&mut String, Span)) {
                let Self { $($field,)* $($other: _,)* } = self;
                $($field.each_text(within, f);)*
            }
        }
    };
}

texts!(Gazette { issue, colophon, toc, documents, citations, diagnostics, blocks, responsibility_index } other {});
texts!(Issue { gazette } in span other { year, number, cumulative_number, published });
texts!(Colophon {
    gazette, issue, supervisor, sponsor, editor, distribution, price, printer, website, serial, issn, fields
} in span other { published });
texts!(Field { label, value } in span other {});
texts!(TocEntry { section, title, document } in span other { page, level });
texts!(Document {
    id, genre, title, doc_number, addressees, clauses, attachments, interprets, dates, quantities, issuer,
    signatory, section, blocks, aliases, history, repeals, references, metadata
} in span other { kind, date, validity });
texts!(Metadata {
    index_number, issuer, doc_number, title, status, level, citation_code, source, fields
} in span other { written, published, effective });
texts!(Clause {
    id, marker, title, own_text, responsibilities, dates, quantities, references, children, blocks
} in span other { number, sub, style });
texts!(Responsibility { label, units, lead, roles, fields } in span other { unit_spans });
texts!(LabeledField { label, value } in span other {});
texts!(DateFact { text } in span other { kind, date, from, to, value });
texts!(QuantityFact { text, unit } in span other { kind, value, low, high, bound });
texts!(Reference { text, target, to, document } in span other {});
texts!(Alias { name, full } in span other {});
texts!(HistoryEvent { organ, doc_number, text } in span other { kind, date });
texts!(Repeal { title, doc_number } in span other { citation });
texts!(Citation { title, doc_number, document } in span other {});
texts!(Diagnostic { message } other { severity, code, span });
texts!(Block { text } in span other { role });
texts!(UnitResponsibilities { unit, clauses } other {});
texts!(UnitRole { clause, role } other { lead });
