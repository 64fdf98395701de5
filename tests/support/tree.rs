//! Walking a parsed tree in the tests that assert exact values.

use gongbao::model::Document;

/// A document's own number in canonical form.
pub fn number(d: &Document) -> Option<String> {
    d.doc_number.as_ref().map(|n| n.to_string())
}
