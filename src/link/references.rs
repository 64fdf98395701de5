//! References and repeals linked to the documents they name: a reference
//! to another document of this parse names it by id, and a repeal points
//! at the citation of the title it repeals.

use std::collections::HashMap;

use super::{Known, title_key};
use crate::model::{Citation, Clause, Document, Gazette, Reference};

/// Links the references and repeals of every document of `g`, whose
/// documents are `all`.
pub(super) fn link(g: &mut Gazette, all: &[Known]) {
    let by_title: HashMap<&str, &str> = all.iter().map(|d| (d.key.as_str(), d.id.as_str())).collect();
    let citations = std::mem::take(&mut g.citations);
    for d in &mut g.documents {
        link_document(d, &by_title, &citations);
    }
    g.citations = citations;
}

fn link_document(d: &mut Document, by_title: &HashMap<&str, &str>, citations: &[Citation]) {
    let name = |r: &mut Reference| {
        if let Some(id) = r.document.as_ref().and_then(|t| by_title.get(title_key(t).as_str())) {
            r.document = Some(id.to_string());
        }
    };
    d.references.iter_mut().for_each(name);
    fn walk(clauses: &mut [Clause], name: &dyn Fn(&mut Reference)) {
        for c in clauses {
            c.references.iter_mut().for_each(name);
            walk(&mut c.children, name);
        }
    }
    walk(&mut d.clauses, &name);
    for r in &mut d.repeals {
        r.citation = citations.iter().position(|c| {
            r.span.contains(c.span) && c.title.as_deref().is_some_and(|t| title_key(t) == title_key(&r.title))
        });
    }
    for a in &mut d.attachments {
        link_document(a, by_title, citations);
    }
}
