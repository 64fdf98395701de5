//! What a document says about other provisions and names: its references
//! to provisions ([`Reference`]) and the short names it defines
//! ([`Alias`]).

use serde::{Deserialize, Serialize};

use crate::text::Span;

/// A reference to a provision, resolved: 本办法第十条, 前款, 本章,
/// 第十条至第十五条, 个人所得税法第六条.
///
/// In the document it stands in, `target` is the id of the clause it
/// names (本办法第十条 → `d1/art10`, 前款 → the previous 款, 本条 → the
/// article, 本章 → the chapter). A range (第十条至第十五条, 前两款) is one
/// reference: `target` is its first clause and `to` its last. A
/// reference to another document's provision has no target: `document`
/// names that document, by its id when it is in the parse, else by its
/// title (a short name the text defines is read as the full name). A
/// reference whose clause does not exist keeps `target` empty, with a
/// diagnostic `unresolved-reference`.
///
/// ```
/// let text = "第一条　为了规范。\n第二条　依照本办法第一条处理。\n前款规定的事项，依照《中华人民共和国行政许可法》第二十条办理。";
/// let g = gongbao::parse(text);
/// let refs: Vec<(&str, &str, Option<&str>, Option<&str>)> = g.documents[0]
///     .clauses()
///     .flat_map(|c| c.clause.references.iter().map(move |r| (c.clause.id.as_str(), r.text.as_str(), r.target.as_deref(), r.document.as_deref())))
///     .collect();
/// assert_eq!(refs, [
///     ("d1/art2/para1", "本办法第一条", Some("d1/art1"), None),
///     ("d1/art2/para2", "前款", Some("d1/art2/para1"), None),
///     ("d1/art2/para2", "《中华人民共和国行政许可法》第二十条", None, Some("中华人民共和国行政许可法")),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reference {
    /// The reference as printed, layout spaces removed.
    pub text: String,
    /// The id of the clause it names in the same document (the first of a
    /// range).
    pub target: Option<String>,
    /// The last clause of a range (第十条至第十五条, 前两款).
    pub to: Option<String>,
    /// The other document it names: its id when it is in this parse, else
    /// its title.
    pub document: Option<String>,
    /// Where it is written.
    pub span: Span,
}

/// A short name a document defines: 《关于…的政策措施》(以下简称《政策措施》),
/// 《中华人民共和国个人所得税法》（以下简称个人所得税法）, 职业教育培训评价组织
/// （以下简称培训评价组织）.
///
/// ```
/// let g = gongbao::parse("关于某事的通知\n\n根据《中华人民共和国个人所得税法》（以下简称个人所得税法），制定本办法。");
/// let a = &g.documents[0].aliases[0];
/// assert_eq!((a.name.as_str(), a.full.as_str()), ("个人所得税法", "中华人民共和国个人所得税法"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Alias {
    /// The short name, without its marks: 政策措施, 排污口.
    pub name: String,
    /// The name it stands for: a 《》 title without its marks, or the words
    /// before the definition back to the clause's punctuation (a leading
    /// 根据, 对, 由 … set aside).
    pub full: String,
    /// From the full name to the end of the definition.
    pub span: Span,
}
