//! Walking a parsed tree in the tests that assert exact values.

use gongbao::model::{Clause, Document};

/// Every clause under `cs`, parents before their children.
pub fn all_clauses(cs: &[Clause]) -> Vec<&Clause> {
    let mut out = Vec::new();
    for c in cs {
        out.push(c);
        out.extend(all_clauses(&c.children));
    }
    out
}

/// A document's own number in canonical form.
pub fn number(d: &Document) -> Option<String> {
    d.doc_number.as_ref().map(|n| n.to_string())
}
