//! Clause ids: a path from the document's id through the clause numbers.
//!
//! An id is the document's id, then one segment per level: `part2`, `chp3`,
//! `sec1` for 编 (or 部分), 章 and 节; `art12` for 第十二条 (`art10-1` for
//! 第十条之一); `para2` for the second 款 of an article; `item3` for the
//! (三) of an article or a 款; the printed number for every other outline
//! style (`d1.1/2/3/1` for 二、→（三）→1.). A clause without a number (a
//! dash item) is `n` and its position among its siblings. An article's
//! path leaves out the 编, 章 and 节 above it (`d1/art13`, not
//! `d1/chp2/sec1/art13`): articles are numbered through a law and cited
//! without them (本法第十三条), and the id stays when a chapter is added.
//! When an id is taken already (a number printed twice, which the
//! numbering lint reports), `~2`, `~3` … is appended.

use std::collections::HashSet;

use crate::model::{Clause, Document, MarkerStyle};

/// Gives every clause of `documents` (attachments included) its id.
pub(crate) fn assign(documents: &mut [Document]) {
    // Ids as made are distinct nearly always: they are made without a set
    // of the ids taken first, and checked after. Only when one is taken
    // twice are they made again, with the set, which then counts.
    assign_documents(documents, &mut None);
    let count = count_ids(documents);
    if all_distinct(documents, count) {
        return;
    }
    // Room for every id at once: the set is not rehashed as it grows.
    let mut used = HashSet::with_capacity(count);
    collect_document_ids(documents, &mut used);
    assign_documents(documents, &mut Some(used));
}

/// Whether the ids of `documents` and of their clauses, `count` of them,
/// are all distinct.
fn all_distinct(documents: &[Document], count: usize) -> bool {
    fn insert<'d>(documents: &'d [Document], seen: &mut HashSet<&'d str>) -> bool {
        fn in_clauses<'d>(list: &'d [Clause], seen: &mut HashSet<&'d str>) -> bool {
            list.iter().all(|c| seen.insert(&c.id) && in_clauses(&c.children, seen))
        }
        documents.iter().all(|d| seen.insert(&d.id) && in_clauses(&d.clauses, seen) && insert(&d.attachments, seen))
    }
    insert(documents, &mut HashSet::with_capacity(count))
}

/// How many ids `documents` take: theirs and their clauses'.
fn count_ids(documents: &[Document]) -> usize {
    fn in_clauses(list: &[Clause]) -> usize {
        list.iter().map(|c| 1 + in_clauses(&c.children)).sum()
    }
    documents.iter().map(|d| 1 + in_clauses(&d.clauses) + count_ids(&d.attachments)).sum()
}

fn collect_document_ids(documents: &[Document], used: &mut HashSet<String>) {
    for d in documents {
        used.insert(d.id.clone());
        collect_document_ids(&d.attachments, used);
    }
}

/// `used`: the set of the ids taken, when ids are to be made unique
/// ([`unique`]).
fn assign_documents(documents: &mut [Document], used: &mut Option<HashSet<String>>) {
    for d in documents {
        assign_clauses(&mut d.clauses, &d.id, &d.id, None, used);
        assign_documents(&mut d.attachments, used);
    }
}

/// `parent` is the id of the clause (or document) the list stands under,
/// `articles` the id an article of the list hangs from (the nearest one
/// that is no 编, 章 or 节), `style` the parent clause's style.
fn assign_clauses(
    list: &mut [Clause],
    parent: &str,
    articles: &str,
    style: Option<MarkerStyle>,
    used: &mut Option<HashSet<String>>,
) {
    for (k, c) in list.iter_mut().enumerate() {
        let base = if c.style == MarkerStyle::Article { articles } else { parent };
        let mut id = String::with_capacity(base.len() + 8);
        id.push_str(base);
        id.push('/');
        push_segment(&mut id, c, k + 1, style);
        let id = match used {
            Some(used) => unique(id, used),
            None => id,
        };
        let heading = matches!(c.style, MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section);
        let below = if heading { articles } else { &id };
        assign_clauses(&mut c.children, &id, below, Some(c.style), used);
        c.id = id;
    }
}

/// Appends the segment of a clause at `position` (from 1) among its
/// siblings to `id`.
fn push_segment(id: &mut String, c: &Clause, position: usize, parent: Option<MarkerStyle>) {
    let (prefix, n) = match (c.number, c.style) {
        (None, _) => ("n", position),
        (Some(n), MarkerStyle::Part) => ("part", n as usize),
        (Some(n), MarkerStyle::Chapter) => ("chp", n as usize),
        (Some(n), MarkerStyle::Section) => ("sec", n as usize),
        (Some(n), MarkerStyle::Article) => ("art", n as usize),
        (Some(n), MarkerStyle::Paragraph) => ("para", n as usize),
        (Some(n), _) if matches!(parent, Some(MarkerStyle::Article | MarkerStyle::Paragraph)) => ("item", n as usize),
        (Some(n), _) => ("", n as usize),
    };
    id.push_str(prefix);
    push_number(id, n);
    if let (Some(s), MarkerStyle::Article, Some(_)) = (c.sub, c.style, c.number) {
        id.push('-');
        push_number(id, s as usize);
    }
}

/// Appends `n` in decimal digits (without the formatting machinery: every
/// clause's id has a number).
fn push_number(id: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    id.extend(digits[k..].iter().map(|&d| char::from(d)));
}

/// `id`, or `id~2`, `id~3` … when it is taken.
fn unique(id: String, used: &mut HashSet<String>) -> String {
    // An id is new nearly always: one lookup.
    if used.insert(id.clone()) {
        return id;
    }
    let mut k = 2;
    let mut candidate = format!("{id}~{k}");
    while used.contains(&candidate) {
        k += 1;
        candidate = format!("{id}~{k}");
    }
    used.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 100, 1234, usize::MAX] {
            let mut id = String::from("d1/");
            push_number(&mut id, n);
            assert_eq!(id, format!("d1/{n}"));
        }
    }

    #[test]
    fn taken_ids_get_a_count() {
        let mut used = HashSet::new();
        assert_eq!(unique("d1/art3".into(), &mut used), "d1/art3");
        assert_eq!(unique("d1/art3".into(), &mut used), "d1/art3~2");
        assert_eq!(unique("d1/art3".into(), &mut used), "d1/art3~3");
    }
}
