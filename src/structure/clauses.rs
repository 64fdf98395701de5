//! The clause tree of one document.
//!
//! Depth comes from the order in which numbering styles appear, not from a
//! fixed table: the open path of clauses is a stack, a marker whose style is
//! already on the path closes everything below that level and becomes a
//! sibling there (when the style stands at several levels of the path,
//! at the level whose next number it is), and a style not on the path
//! opens a level below the current clause, as does a list starting at 1
//! right under an article (its own items, even when a heading above the
//! article has the same style). So 一、 → （一） → 1. nests as the standard says, levels may
//! be skipped (一、 → 1.), numbers may run on across parents (items 1–24
//! under 一、二、三), and a style used at different depths in different
//! parts of a document (a —— list under 一、 and again under （二）) nests
//! where it stands.
//!
//! A paragraph without a marker belongs to the clause before it, except
//! after an enumeration: when items without headings ending in ；/。
//! (（一）…；（二）…。) follow an article (its 项 hold no 款) or a clause
//! whose text introduces a list (it ends with ：, or its last sentence says
//! 下列, 以下 or 如下), a plain paragraph after the last of them belongs to
//! the introducing clause again (the next 款 of an article). A plain
//! paragraph followed by the list's next item is the item's own (海关法
//! 第六条 （四） holds two).

use std::borrow::Cow;

use super::numbering::{self, Numbered};
use crate::layout::Para;
use crate::layout::classify::Class;
use crate::layout::marker::Marker;
use crate::model::{Block, Clause, Diagnostic, MarkerStyle, OwnText, Role};
use crate::text::{Span, is_sentence_end};
use crate::units;

/// A paragraph with its class, as the structure layer sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item<'a> {
    pub para: &'a Para,
    pub class: &'a Class,
    /// The paragraph's text ([`Para::text`]).
    pub text: &'a str,
}

/// Longest heading sentence taken as a clause title (characters).
const MAX_TITLE_SENTENCE: usize = 40;
/// Longest heading sentence with a comma in it.
const MAX_TITLE_WITH_COMMA: usize = 25;
/// Longest bracketed heading of an article (第七条【信息公示】,
/// 第一条（目的和依据）): a few words naming its subject. A longer bracket
/// at the start of an article is part of its text.
const MAX_ARTICLE_TITLE_CHARS: usize = 20;

struct Node {
    marker: Marker,
    /// The marker paragraph and the plain paragraphs after it.
    items: Vec<usize>,
    children: Vec<usize>,
    parent: Option<usize>,
}

/// Builds the clause tree of `items`. Returns the paragraphs before the
/// first clause (the preamble), the top-level clauses, and the diagnostics
/// of the numbering lint ([`numbering`](super::numbering)).
pub(crate) fn build(text: &str, items: &[Item<'_>]) -> (Vec<usize>, Vec<Clause>, Vec<Diagnostic>) {
    // A node for each marker paragraph at most: room for them at once.
    let mut nodes: Vec<Node> =
        Vec::with_capacity(items.iter().filter(|it| matches!(it.class, Class::Marker(_))).count());
    let mut roots: Vec<usize> = Vec::new();
    let mut path: Vec<usize> = Vec::new();
    let mut preamble = Vec::new();
    let headed_by = headings_after_markers(text, items);
    let mut node_of: Vec<Option<usize>> = vec![None; items.len()];
    // The marker of the first marker paragraph after each paragraph.
    let mut next_marker: Vec<Option<&Marker>> = vec![None; items.len()];
    for i in (0..items.len().saturating_sub(1)).rev() {
        next_marker[i] = match items[i + 1].class {
            Class::Marker(m) => Some(m),
            _ => next_marker[i + 1],
        };
    }
    for (i, item) in items.iter().enumerate() {
        if let Some(node) = headed_by[i].and_then(|m| node_of[m]) {
            nodes[node].items.push(i);
            continue;
        }
        if let Class::Marker(m) = item.class {
            node_of[i] = Some(nodes.len());
            // The level of the same style on the path; when the style
            // stands at several levels (（一） headings over articles whose
            // items are （一）（二）（三）), the one whose next number this
            // is, else the deepest.
            let same = |n: usize| nodes[n].marker.style == m.style && nodes[n].marker.parts == m.parts;
            let next = |n: usize| m.number.is_some() && nodes[n].marker.number.map(|x| x + 1) == m.number;
            // A list that starts at 1 under an article is the article's
            // own (（一）（二） items of an article under a （一） heading):
            // it opens a level. Articles stand once on the path, so a style
            // stands at most twice and depth stays bounded.
            let opens = m.number == Some(1)
                && m.style != MarkerStyle::Article
                && path.last().is_some_and(|&n| nodes[n].marker.style == MarkerStyle::Article);
            let at = if opens {
                None
            } else {
                path.iter().rposition(|&n| same(n) && next(n)).or_else(|| path.iter().rposition(|&n| same(n)))
            };
            if let Some(k) = at {
                path.truncate(k);
            } else if matches!(m.style, MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section)
                && let Some(k) = path.iter().position(|&n| nodes[n].marker.style == MarkerStyle::Article)
            {
                // 编, 章 and 节 head articles, never stand under one (a
                // law whose 第一章 line is lost has articles before 第二章).
                path.truncate(k);
            }
            let parent = path.last().copied();
            let id = nodes.len();
            nodes.push(Node { marker: *m, items: vec![i], children: Vec::new(), parent });
            match parent {
                Some(p) => nodes[p].children.push(id),
                None => roots.push(id),
            }
            path.push(id);
            continue;
        }
        let Some(&last) = path.last() else {
            preamble.push(i);
            continue;
        };
        let mut target = last;
        if ends_enumeration(text, items, &nodes, target, next_marker[i])
            && let Some(p) = nodes[target].parent
        {
            target = p;
            while path.last() != Some(&p) {
                path.pop();
            }
        }
        nodes[target].items.push(i);
    }
    let mut clauses: Vec<Clause> = roots.iter().map(|&r| to_clause(text, items, &nodes, r)).collect();
    harmonize_titles(&mut clauses, items);
    let numbered: Vec<Numbered> = nodes
        .iter()
        .map(|n| Numbered {
            style: n.marker.style,
            parts: n.marker.parts,
            number: n.marker.number,
            sub: n.marker.sub,
            parent: n.parent,
            span: n.marker.span,
        })
        .collect();
    (preamble, clauses, numbering::lint(&numbered))
}

/// Raw PDF text reads a tab-set heading column by column: the markers of a
/// run of headings (第二章, 第一节, 第十三条) come first, each alone on its
/// line, then their headings (犯罪, 犯罪和刑事责任). Returns, for each
/// heading line after such a run, the marker item whose heading it is: the
/// 编, 章 and 节 markers of the run in order, when exactly as many heading
/// lines follow it.
fn headings_after_markers(text: &str, items: &[Item<'_>]) -> Vec<Option<usize>> {
    let mut owner = vec![None; items.len()];
    let bare = |i: usize| matches!(items[i].class, Class::Marker(m) if blank_from(text, items[i].para, m.rest));
    let headed = |i: usize| {
        matches!(items[i].class, Class::Marker(m)
            if matches!(m.style, MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section))
    };
    let mut i = 0;
    while i < items.len() {
        let start = i;
        while i < items.len() && bare(i) {
            i += 1;
        }
        if i - start >= 2 {
            let markers: Vec<usize> = (start..i).filter(|&j| headed(j)).collect();
            let lines = (i..items.len()).take_while(|&j| matches!(items[j].class, Class::Heading)).count();
            if !markers.is_empty() && lines == markers.len() {
                for (k, &m) in markers.iter().enumerate() {
                    owner[i + k] = Some(m);
                }
            }
        }
        i = i.max(start + 1);
    }
    owner
}

/// Whether [`Para::text_from`] would be empty: the paragraph holds only
/// layout space from byte `from` on (told without building the text).
fn blank_from(text: &str, para: &Para, from: usize) -> bool {
    crate::layout::without_strong(text, &para.lines)
        .iter()
        .filter(|l| l.end > from)
        .all(|l| text[l.start.max(from)..l.end].chars().all(crate::text::is_space))
}

/// Siblings are written alike: when most clauses of a list lead with a
/// heading sentence (（一）强化顶层设计引领，发挥政府宏观指导作用。建立…), a
/// sibling whose first sentence is longer than a lone heading may be
/// (（二）实施工业绿色生产，推动大宗工业固体废物贮存处置总量趋零增长。…) is
/// read the same way, up to the length of a lone heading without a comma.
fn harmonize_titles(list: &mut [Clause], items: &[Item<'_>]) {
    // The blocks' texts are still their paragraphs' (see `to_clause`).
    fn leaf<'i>(items: &[Item<'i>], b: &Block) -> &'i str {
        let at = items.binary_search_by_key(&b.span.start, |it| it.para.span.start).ok();
        let at = at.or_else(|| items.iter().position(|it| it.para.span.start == b.span.start));
        at.map_or("", |k| items[k].text)
    }
    fn text<'a>(items: &[Item<'a>], c: &'a Clause) -> Cow<'a, str> {
        let last = c.blocks.last().map(|b| leaf(items, b));
        c.own_text.read(last, || c.blocks.iter().map(|b| leaf(items, b)))
    }
    let led = list.iter().filter(|c| c.title.is_some() && !text(items, c).is_empty()).count();
    if list.len() >= 2 && led * 2 >= list.len() {
        for c in list
            .iter_mut()
            .filter(|c| c.title.is_none() && !matches!(c.style, MarkerStyle::Article | MarkerStyle::Dash))
        {
            let text = text(items, c).into_owned();
            if let Some(pos) = text.find('。') {
                let first = &text[..pos];
                let after = text[pos + '。'.len_utf8()..].trim_start();
                // A colon may stand in a heading its siblings confirm
                // (单克隆抗体：安巴韦单抗/罗米司韦单抗注射液), but not before a
                // list (针灸治疗推荐穴位：合谷、后溪、阴陵泉…).
                let colon_ok = match first.split_once(['：', ':']) {
                    Some((_, named)) => !named.contains('、') && first.chars().count() <= MAX_TITLE_WITH_COMMA,
                    None => true,
                };
                if !first.is_empty()
                    && !after.is_empty()
                    && first.chars().count() <= MAX_TITLE_SENTENCE
                    && !first.contains(['；', ';'])
                    && colon_ok
                {
                    c.title = Some(first.to_string());
                    c.own_text = c.own_text.tail(after.len());
                }
            }
        }
    }
    // The items of an article are its enumeration, never headed.
    for c in list.iter_mut().filter(|c| c.style != MarkerStyle::Article) {
        harmonize_titles(&mut c.children, items);
    }
}

/// Whether `node` is an enumeration item (no heading, its text a sentence
/// ending in ；or 。) under a clause whose own text introduces a list, and
/// the list does not go on at `next` (the next marker: an item followed by
/// a paragraph of its own, （一）西段：…。 北界…； 西界… （二）中段：…).
fn ends_enumeration(text: &str, items: &[Item<'_>], nodes: &[Node], node: usize, next: Option<&Marker>) -> bool {
    let n = &nodes[node];
    if !matches!(
        n.marker.style,
        MarkerStyle::ParenChinese
            | MarkerStyle::Arabic
            | MarkerStyle::ParenArabic
            | MarkerStyle::ArabicClose
            | MarkerStyle::Circled
    ) {
        return false;
    }
    let Some(parent) = n.parent else { return false };
    let last_of = |id: usize| items[*nodes[id].items.last().unwrap_or(&0)].para;
    let own = last_of(node);
    let own_text = &text[own.span.start..own.span.end];
    let item_like = own_text.ends_with(['；', ';', '。']) && nodes[node].items.len() == 1;
    let goes_on = next.is_some_and(|m| {
        m.style == n.marker.style
            && m.parts == n.marker.parts
            && n.marker.number.is_some_and(|k| m.number == Some(k + 1))
    });
    if !item_like || goes_on {
        return false;
    }
    // The 项 of an article hold no paragraphs of their own (立法技术规范):
    // a plain paragraph after them is the article's next 款 whatever its
    // first 款 says (…包括监督抽查、定期监督检查等形式。（一）…（四）…).
    if nodes[parent].marker.style == MarkerStyle::Article {
        return true;
    }
    let intro = last_of(parent);
    let intro_text = text[intro.span.start..intro.span.end].trim_end();
    // The introducing clause ends with a colon, or its last sentence
    // announces a list (符合以下之一, 包括下列情形, 如下).
    if intro_text.ends_with(['：', ':']) {
        return true;
    }
    // A sentence runs to its 。: an intro may announce the list and then
    // grade it (有下列行为之一，数额不满10万美元的，给予撤职处分；数额…的，给予
    // 开除处分。).
    let last_sentence = intro_text.trim_end_matches(['。', '：', ':']);
    let last_sentence = last_sentence.rsplit('。').next().unwrap_or("");
    ["以下", "下列", "如下"].iter().any(|w| last_sentence.contains(w))
}

fn to_clause(text: &str, items: &[Item<'_>], nodes: &[Node], id: usize) -> Clause {
    let n = &nodes[id];
    let children: Vec<Clause> = n.children.iter().map(|&c| to_clause(text, items, nodes, c)).collect();
    let head = items[n.items[0]].para;
    let marker_text = &text[n.marker.span.start..n.marker.span.end];
    // The text after the marker in the marker paragraph.
    let rest = head.text_after(text, n.marker.rest);
    let more = n.items.len() > 1 || !children.is_empty();
    // The items of an article ((一)未依法发放…的；) enumerate cases or
    // duties: a short first sentence there is no heading.
    let under_article = n.parent.is_some_and(|p| nodes[p].marker.style == MarkerStyle::Article)
        && !matches!(n.marker.style, MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section);
    let (title, first_text) = if under_article { (None, &*rest) } else { split_title(n.marker.style, &rest, more) };
    let mut title = title.map(str::to_string);
    // A 编, 章 or 节 marker alone on its line, its heading on the next
    // (raw PDF text puts a tab-set heading on a line of its own): that
    // line is the heading.
    let heading_below = rest.is_empty()
        && matches!(n.marker.style, MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section)
        && n.items.get(1).is_some_and(|&i| matches!(items[i].class, Class::Heading));
    if heading_below {
        title = Some(items[n.items[1]].text.to_string());
    }

    // Each paragraph as a leaf, with its text (the first one's after the
    // marker and title) and its responsible-unit lists. The leaf's text is
    // its paragraph's, moved in once the document tree is built
    // (`structure::build`): it is not held twice meanwhile.
    let mut paras: Vec<Piece<'_>> = Vec::with_capacity(n.items.len());
    for (k, &i) in n.items.iter().enumerate() {
        let (p, leaf) = (items[i].para, items[i].text);
        let heading = k == 0 || (k == 1 && heading_below);
        paras.push(Piece {
            item: i,
            text: if k == 0 {
                first_text
            } else if heading {
                ""
            } else {
                leaf
            },
            block: Block {
                role: if heading { Role::Clause } else { Role::Paragraph },
                text: String::new(),
                span: p.span,
            },
            leaf,
            responsibilities: units::find_lists(text, p.span),
        });
    }
    let mut end = paras.last().map_or(head.span.end, |p| p.block.span.end);
    if let Some(c) = children.last() {
        end = end.max(c.span.end);
    }
    let mut clause = Clause {
        id: String::new(),
        // A marker holds no space of its own: ( 一) is (一).
        marker: if marker_text.contains(crate::text::is_space) {
            // Sized once: collected a character at a time it would grow.
            let mut m = String::with_capacity(marker_text.len());
            m.extend(marker_text.chars().filter(|&c| !crate::text::is_space(c)));
            m
        } else {
            marker_text.to_string()
        },
        number: n.marker.number,
        sub: n.marker.sub,
        style: n.marker.style,
        title,
        own_text: OwnText::default(),
        responsibilities: Vec::new(),
        dates: Vec::new(),
        quantities: Vec::new(),
        references: Vec::new(),
        children: Vec::new(),
        blocks: Vec::new(),
        span: Span::new(head.span.start, end),
    };
    let child_items: Vec<usize> = n.children.iter().map(|&c| nodes[c].items[0]).collect();
    if n.marker.style == MarkerStyle::Article && paras.iter().filter(|p| !p.text.is_empty()).count() >= 2 {
        split_paragraphs(&mut clause, paras, children, &child_items);
    } else {
        clause.own_text = match paras.as_slice() {
            [one] => OwnText::of(one.leaf, one.text),
            _ => {
                // The texts joined end the leaves joined, most often: told
                // without joining either.
                let texts = || paras.iter().map(|p| p.text).filter(|t| !t.is_empty());
                if joined_ends_with(paras.iter().map(|p| p.leaf), texts()) {
                    OwnText::Tail(texts().map(|t| t.len() + 1).sum::<usize>().saturating_sub(1))
                } else {
                    OwnText::Other(lines_joined(texts()))
                }
            }
        };
        // Exact sizes: these vectors are kept in the tree.
        clause.blocks.reserve_exact(paras.len());
        clause.responsibilities.reserve_exact(paras.iter().map(|p| p.responsibilities.len()).sum());
        for p in paras {
            clause.blocks.push(p.block);
            clause.responsibilities.extend(p.responsibilities);
        }
        clause.children = children;
    }
    clause
}

/// `parts` joined by line breaks, built in one string (no vector of the
/// parts first).
fn lines_joined<'a>(parts: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut out = String::with_capacity(parts.clone().map(|p| p.len() + 1).sum());
    for (k, part) in parts.enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(part);
    }
    out
}

/// Whether the parts of `whole` joined by line breaks end with the parts
/// of `end` so joined ([`lines_joined`]), compared from the back a
/// stretch at a time.
fn joined_ends_with<'a>(
    whole: impl DoubleEndedIterator<Item = &'a str>,
    end: impl DoubleEndedIterator<Item = &'a str>,
) -> bool {
    // The bytes of the join from the back, in stretches: each part, and a
    // line break before every part but the first.
    fn backwards<'a>(parts: impl DoubleEndedIterator<Item = &'a str>) -> impl Iterator<Item = &'a [u8]> {
        parts.rev().enumerate().flat_map(|(k, p)| [if k > 0 { &b"\n"[..] } else { &b""[..] }, p.as_bytes()])
    }
    let mut whole = backwards(whole);
    let mut w: &[u8] = &[];
    for mut e in backwards(end) {
        while !e.is_empty() {
            while w.is_empty() {
                match whole.next() {
                    Some(next) => w = next,
                    None => return false,
                }
            }
            let n = e.len().min(w.len());
            if e[e.len() - n..] != w[w.len() - n..] {
                return false;
            }
            e = &e[..e.len() - n];
            w = &w[..w.len() - n];
        }
    }
    true
}

/// A paragraph of a clause on its way into the tree.
struct Piece<'a> {
    /// Its index in the items.
    item: usize,
    /// Its text as the clause reads it (after the marker and title).
    text: &'a str,
    /// Its leaf, without its text yet.
    block: Block,
    /// The text its leaf will have: the paragraph's.
    leaf: &'a str,
    responsibilities: Vec<units::Responsibility>,
}

/// Makes the 款 of an article explicit: each paragraph with text becomes a
/// [`MarkerStyle::Paragraph`] child holding that paragraph's leaf, text and
/// lists, and each item (（一）（二）) goes under the 款 before it, the one
/// that introduces it (the enumeration rule of [`build`] already gave the
/// paragraph after the items back to the article). The article keeps its
/// marker, number and title, and its marker paragraph only when that holds
/// no text of a 款 (第一条 alone on its line, or with a heading only).
fn split_paragraphs(article: &mut Clause, paras: Vec<Piece<'_>>, children: Vec<Clause>, child_items: &[usize]) {
    let mut kids = children.into_iter().zip(child_items.iter().copied()).peekable();
    let mut count = 0;
    // Exact sizes (the vectors are kept in the tree): a 款 for each
    // paragraph with text, a block of the article's own for each other.
    let with_text = paras.iter().filter(|p| !p.text.is_empty()).count();
    article.children.reserve_exact(with_text);
    article.blocks.reserve_exact(paras.len() - with_text);
    for p in paras {
        // Items before this paragraph belong to the 款 before it.
        while let Some((kid, _)) = kids.next_if(|&(_, at)| at < p.item) {
            push_child(article, kid);
        }
        if p.text.is_empty() {
            article.blocks.push(p.block);
            continue;
        }
        count += 1;
        article.children.push(Clause {
            id: String::new(),
            marker: String::new(),
            number: Some(count),
            sub: None,
            style: MarkerStyle::Paragraph,
            title: None,
            own_text: OwnText::of(p.leaf, p.text),
            responsibilities: p.responsibilities,
            dates: Vec::new(),
            quantities: Vec::new(),
            references: Vec::new(),
            children: Vec::new(),
            span: p.block.span,
            blocks: vec![p.block],
        });
    }
    for (kid, _) in kids {
        push_child(article, kid);
    }
}

/// Puts an item under the article's last 款, or under the article when no
/// 款 came yet.
fn push_child(article: &mut Clause, kid: Clause) {
    match article.children.last_mut().filter(|c| c.style == MarkerStyle::Paragraph) {
        Some(para) => {
            para.span = para.span.join(kid.span);
            para.children.push(kid);
        }
        None => article.children.push(kid),
    }
}

/// Splits the text after a marker into a heading and the text.
///
/// - 第一章 总则, 第一节 一般规定: all heading.
/// - 第七条【信息公示】…, 第一条（目的和依据）…: the bracketed heading.
/// - A line without sentence punctuation (（一）实施招商奖励“新计划”): all
///   heading.
/// - A short first sentence ending in 。 followed by more text
///   (1. 支持引进高端产业项目。围绕…), or alone when more paragraphs or
///   sub-clauses follow ((一)传染源。): the heading.
fn split_title(style: MarkerStyle, rest: &str, more: bool) -> (Option<&str>, &str) {
    if rest.is_empty() {
        return (None, "");
    }
    match style {
        MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section => {
            return (Some(rest), "");
        }
        MarkerStyle::Article => {
            for (open, close) in [('【', '】'), ('（', '）'), ('(', ')'), ('［', '］'), ('[', ']')] {
                if let Some(inner) = rest.strip_prefix(open)
                    && let Some(end) = inner.find(close)
                {
                    let title = &inner[..end];
                    if !title.is_empty()
                        && title.chars().count() <= MAX_ARTICLE_TITLE_CHARS
                        && !title.contains(['。', '，', '；'])
                    {
                        let body = inner[end + close.len_utf8()..].trim_start();
                        return (Some(title), body);
                    }
                }
            }
            return (None, rest);
        }
        MarkerStyle::Ordinal => return (None, rest),
        _ => {}
    }
    let punct = |c: char| is_sentence_end(c) || matches!(c, '，' | ',' | '：' | ':');
    if style != MarkerStyle::Dash && !rest.chars().any(punct) {
        return (Some(rest), "");
    }
    // A short line with commas but no sentence end, with paragraphs below
    // it, is a heading too (（3）阳气虚衰，疫毒侵肺证).
    let ends = |c: char| is_sentence_end(c) || matches!(c, '：' | ':');
    if more && style != MarkerStyle::Dash && !rest.chars().any(ends) && rest.chars().count() <= MAX_TITLE_WITH_COMMA {
        return (Some(rest), "");
    }
    // A question alone on its line heads the answer below it (一、如何报名
    // 参加“政府开放月”活动？); the question mark stays, it is part of it.
    if let Some(q) = rest.strip_suffix(['？', '?'])
        && more
        && style != MarkerStyle::Dash
        && !q.contains(['。', '？', '?', '；'])
        && q.chars().count() <= MAX_TITLE_SENTENCE
    {
        return (Some(rest), "");
    }
    if let Some(pos) = rest.find('。') {
        let first = &rest[..pos];
        let after = rest[pos + '。'.len_utf8()..].trim_start();
        // A heading sentence is short; one with a comma shorter still
        // (强化顶层设计引领，发挥政府宏观指导作用 is a heading, a 33-character
        // instruction with a comma is not).
        let limit = if first.contains(['，', ',']) { MAX_TITLE_WITH_COMMA } else { MAX_TITLE_SENTENCE };
        let short = first.chars().count() <= limit && !first.contains(['；', ';', '：', ':']);
        if short && !first.is_empty() && (!after.is_empty() || more) {
            return (Some(first), after);
        }
    }
    (None, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_ends_with_says_what_the_joins_say() {
        let cases: &[(&[&str], &[&str])] = &[
            (&["一、总体要求。加强统筹", "推进落实。"], &["加强统筹", "推进落实。"]),
            (&["一、总体要求。加强统筹", "推进落实。"], &["落实。"]),
            (&["一、总体要求", "", "推进落实。"], &["推进落实。"]),
            (&["一、总体要求", "", "推进落实。"], &["要求", "推进落实。"]),
            (&["a", "b"], &["a", "b"]),
            (&["a", "b"], &["", "b"]),
            (&["a", "b"], &["x", "a", "b"]),
            (&["ab"], &["a", "b"]),
            (&["a", "b"], &[]),
            (&[], &["a"]),
        ];
        for &(whole, end) in cases {
            let want = lines_joined(whole.iter().copied()).ends_with(&lines_joined(end.iter().copied()));
            assert_eq!(joined_ends_with(whole.iter().copied(), end.iter().copied()), want, "{whole:?} {end:?}");
        }
    }

    #[test]
    fn titles_split_as_documents_write_them() {
        let t = split_title;
        assert_eq!(t(MarkerStyle::Chapter, "总则", false), (Some("总则"), ""));
        assert_eq!(
            t(MarkerStyle::Article, "【信息公示】市场监管部门应当…。", false),
            (Some("信息公示"), "市场监管部门应当…。")
        );
        assert_eq!(
            t(MarkerStyle::Article, "根据《个人所得税法》，制定本条例。", false),
            (None, "根据《个人所得税法》，制定本条例。")
        );
        assert_eq!(t(MarkerStyle::ParenChinese, "实施招商奖励“新计划”", false), (Some("实施招商奖励“新计划”"), ""));
        assert_eq!(
            t(MarkerStyle::Arabic, "支持引进高端产业项目。围绕制造业。", false),
            (Some("支持引进高端产业项目"), "围绕制造业。")
        );
        assert_eq!(t(MarkerStyle::ParenChinese, "传染源。", true), (Some("传染源"), ""));
        assert_eq!(
            t(MarkerStyle::Arabic, "在相对封闭的环境中经气溶胶传播。", false),
            (None, "在相对封闭的环境中经气溶胶传播。")
        );
        assert_eq!(t(MarkerStyle::ParenChinese, "取得个人的同意；", false), (None, "取得个人的同意；"));
        assert_eq!(
            t(MarkerStyle::Dash, "服务网络布局更加完善。到2025年，建成。", false),
            (Some("服务网络布局更加完善"), "到2025年，建成。")
        );
        assert_eq!(
            t(MarkerStyle::Chinese, "如何报名参加“政府开放月”活动？", true),
            (Some("如何报名参加“政府开放月”活动？"), "")
        );
        assert_eq!(t(MarkerStyle::Chinese, "如何报名？", false), (None, "如何报名？"));
        assert_eq!(t(MarkerStyle::ParenArabic, "阳气虚衰，疫毒侵肺证", true), (Some("阳气虚衰，疫毒侵肺证"), ""));
        assert_eq!(t(MarkerStyle::ParenArabic, "阳气虚衰，疫毒侵肺证", false), (None, "阳气虚衰，疫毒侵肺证"));
    }
}
