//! The rows of a parse: one walk of the tree per table.

use std::collections::HashSet;

use super::{
    CitationRow, ClauseRow, DateRow, DiagnosticRow, DocumentRow, QuantityRow, ReferenceRow, ResponsibilityRow, Tables,
};
use crate::Span;
use crate::date::DateKind;
use crate::docnum::DocNumber;
use crate::model::{Clause, DateFact, Document, Gazette, QuantityFact, Reference};

impl Gazette {
    /// The parse as flat tables, every row's `source` set to `source` (the
    /// input's name, for joining the tables of many inputs); see
    /// [`tables`](crate::tables).
    ///
    /// ```
    /// let g = gongbao::parse("关于某事项的通知\n\n(2023年4月18日)\n\n一、于6月30日前完成申报，最高给予500万元补贴。");
    /// let t = g.tables("notice.txt");
    /// let d = &t.dates[0];
    /// assert_eq!((d.source.as_str(), d.clause.as_deref(), d.kind.as_str(), d.to.as_deref()), ("notice.txt", Some("d1/1"), "deadline", Some("2023-06-30")));
    /// let q = &t.quantities[0];
    /// assert_eq!((q.value, q.unit.as_deref(), q.bound.as_deref()), (Some(5_000_000.0), Some("元"), Some("max")));
    /// ```
    pub fn tables(&self, source: &str) -> Tables {
        let mut t = Tables::default();
        let ids: HashSet<&str> = self.documents().map(|d| d.id.as_str()).collect();
        for d in &self.documents {
            document(&mut Rows { source, document: &d.id, ids: &ids, t: &mut t }, d, None);
        }
        for c in &self.citations {
            t.citations.push(CitationRow {
                source: source.to_string(),
                document: innermost(self, c.span),
                title: c.title.clone(),
                doc_number: c.doc_number.as_ref().map(DocNumber::to_string),
                target_document: c.document.clone(),
                start: c.span.start,
                end: c.span.end,
            });
        }
        for g in &self.diagnostics {
            t.diagnostics.push(DiagnosticRow {
                source: source.to_string(),
                document: g.span.and_then(|s| innermost(self, s)),
                severity: g.severity.as_str().to_string(),
                code: g.code.as_str().to_string(),
                message: g.message.clone(),
                start: g.span.map(|s| s.start),
                end: g.span.map(|s| s.end),
            });
        }
        t
    }
}

/// The rows of `d` and its clauses, then of its attachments (depth first,
/// as [`Gazette::documents`] walks), `parent` the id of the document it is
/// attached to.
fn document<'a>(rows: &mut Rows<'a>, d: &'a Document, parent: Option<&str>) {
    rows.document = &d.id;
    rows.t.documents.push(document_row(rows.source, d, parent.map(str::to_string)));
    rows.facts(None, &d.dates, &d.quantities, &d.references);
    // Clauses seen so far at each depth under the current parents: the
    // walk is depth first, so a clause's count restarts below it.
    let mut seen: Vec<usize> = Vec::new();
    for c in d.clauses() {
        seen.truncate(c.depth + 1);
        match seen.get_mut(c.depth) {
            Some(n) => *n += 1,
            None => seen.push(1),
        }
        rows.clause(c.clause, c.parents.last().copied(), c.depth, seen[c.depth]);
        rows.responsibilities(c.clause);
        rows.facts(Some(&c.clause.id), &c.clause.dates, &c.clause.quantities, &c.clause.references);
    }
    for a in &d.attachments {
        document(rows, a, Some(&d.id));
    }
}

fn document_row(source: &str, d: &Document, parent: Option<String>) -> DocumentRow {
    let n = d.doc_number.as_ref();
    DocumentRow {
        source: source.to_string(),
        id: d.id.clone(),
        parent,
        kind: d.kind.as_str().to_string(),
        genre: d.genre.clone(),
        title: d.title.clone(),
        date: d.date.map(|d| d.to_string()),
        doc_number: n.map(DocNumber::to_string),
        doc_number_code: n.map(|n| n.code().to_string()),
        doc_number_year: n.and_then(DocNumber::year).map(u32::from),
        doc_number_serial: n.map(DocNumber::serial),
        doc_number_kind: n.map(|n| n.kind().as_str().to_string()),
        issuer: d.issuer.clone(),
        signatory: d.signatory.clone(),
        addressees: (!d.addressees.is_empty()).then(|| d.addressees.join("、")),
        interprets: d.interprets.clone(),
        section: d.section.clone(),
        valid_from: d.validity.and_then(|v| v.from).map(|d| d.to_string()),
        valid_to: d.validity.and_then(|v| v.to).map(|d| d.to_string()),
        clause_count: d.clauses().count(),
        start: d.span.start,
        end: d.span.end,
    }
}

/// The id of the innermost document whose span holds `span`: the last one
/// in the depth-first walk, as an attachment follows its parent.
fn innermost(g: &Gazette, span: Span) -> Option<String> {
    g.documents().filter(|d| d.span.start <= span.start && span.end <= d.span.end).last().map(|d| d.id.clone())
}

/// The rows of one document being written.
struct Rows<'a> {
    source: &'a str,
    document: &'a str,
    /// The ids of every document of the parse: a reference's `document`
    /// is one of them when resolved, else a title.
    ids: &'a HashSet<&'a str>,
    t: &'a mut Tables,
}

impl Rows<'_> {
    fn clause(&mut self, c: &Clause, parent: Option<&Clause>, depth: usize, position: usize) {
        self.t.clauses.push(ClauseRow {
            source: self.source.to_string(),
            id: c.id.clone(),
            document: self.document.to_string(),
            parent: parent.map(|p| p.id.clone()),
            depth,
            position,
            marker: c.marker.clone(),
            number: c.number,
            sub: c.sub,
            style: c.style.as_str().to_string(),
            title: c.title.clone(),
            text: c.text().into_owned(),
            start: c.span.start,
            end: c.span.end,
        });
    }

    fn responsibilities(&mut self, c: &Clause) {
        for (l, list) in c.responsibilities.iter().enumerate() {
            for (k, unit) in list.units.iter().enumerate() {
                let span = list.unit_spans.get(k).copied().unwrap_or(list.span);
                self.t.responsibilities.push(ResponsibilityRow {
                    source: self.source.to_string(),
                    document: self.document.to_string(),
                    clause: c.id.clone(),
                    list: l + 1,
                    position: k + 1,
                    unit: unit.clone(),
                    lead: list.lead.contains(unit),
                    role: list.roles.get(k).filter(|r| !r.is_empty()).cloned(),
                    label: list.label.clone(),
                    start: span.start,
                    end: span.end,
                });
            }
        }
    }

    /// The dates, quantities and references of a clause, or (`clause`
    /// `None`) of the document's paragraphs outside any clause.
    fn facts(&mut self, clause: Option<&str>, dates: &[DateFact], quantities: &[QuantityFact], refs: &[Reference]) {
        let clause = clause.map(str::to_string);
        for f in dates {
            self.t.dates.push(DateRow {
                source: self.source.to_string(),
                document: self.document.to_string(),
                clause: clause.clone(),
                text: f.text.clone(),
                kind: f.kind.as_str().to_string(),
                // A recurring date has no dated point: its ISO form without
                // a year (--08, ../--03-31, --06-01/--09-15) instead.
                date: f
                    .date
                    .map(|p| p.to_string())
                    .or_else(|| (f.kind == DateKind::Recurring).then(|| f.value.to_string())),
                from: f.from.map(|p| p.to_string()),
                to: f.to.map(|p| p.to_string()),
                start: f.span.start,
                end: f.span.end,
            });
        }
        for q in quantities {
            self.t.quantities.push(QuantityRow {
                source: self.source.to_string(),
                document: self.document.to_string(),
                clause: clause.clone(),
                text: q.text.clone(),
                kind: q.kind.as_str().to_string(),
                value: q.value.map(|n| n.to_f64()),
                low: q.low.map(|n| n.to_f64()),
                high: q.high.map(|n| n.to_f64()),
                unit: q.unit.clone(),
                bound: q.bound.map(|b| b.as_str().to_string()),
                start: q.span.start,
                end: q.span.end,
            });
        }
        for r in refs {
            let named_document = r.document.as_deref().is_some_and(|d| self.ids.contains(d));
            self.t.references.push(ReferenceRow {
                source: self.source.to_string(),
                document: self.document.to_string(),
                clause: clause.clone(),
                text: r.text.clone(),
                target: r.target.clone(),
                target_to: r.to.clone(),
                target_document: r.document.clone(),
                resolved: r.target.is_some() || named_document,
                start: r.span.start,
                end: r.span.end,
            });
        }
    }
}
