//! Re-layouts of a text as users meet it: the same words with other line
//! ends, blank lines, wrapping, page furniture, character widths, export
//! and web furniture, and encodings. Used by `tests/metamorphic.rs`, which
//! checks that each gives the structure the text itself gives.
//!
//! Every transform is a function of the text alone, deterministic, and
//! keeps every word of the text (it adds furniture or changes layout,
//! never content).
#![allow(dead_code)]

/// A transform: a new text, or the bytes of the text in another encoding.
#[derive(Clone, Copy)]
pub enum Relayout {
    /// A text transform.
    Text(fn(&str) -> String),
    /// A re-encoding, read back through `gongbao::parse_bytes`.
    Bytes(fn(&str) -> Vec<u8>),
}

/// Every transform, by name.
pub const TRANSFORMS: &[(&str, Relayout)] = &[
    ("crlf", Relayout::Text(crlf)),
    ("mixed-line-ends", Relayout::Text(mixed_line_ends)),
    ("no-blank-lines", Relayout::Text(no_blank_lines)),
    ("blank-after-every-line", Relayout::Text(blank_after_every_line)),
    ("pdf-raw-wrap-24", Relayout::Text(pdf_raw_wrap_24)),
    ("pdf-raw-wrap-36", Relayout::Text(pdf_raw_wrap_36)),
    ("pdf-raw-36-no-blank-lines", Relayout::Text(pdf_raw_no_blank_lines)),
    ("pdf-raw-36-pages", Relayout::Text(pdf_raw_pages)),
    ("page-numbers-em-dash", Relayout::Text(page_numbers_em_dash)),
    ("page-numbers-organ-head", Relayout::Text(page_numbers_organ_head)),
    ("page-numbers-hyphen", Relayout::Text(page_numbers_hyphen)),
    ("page-numbers-bare", Relayout::Text(page_numbers_bare)),
    ("full-width", Relayout::Text(full_width)),
    ("half-width", Relayout::Text(half_width)),
    ("no-indentation", Relayout::Text(no_indentation)),
    // ("export-header", Relayout::Text(export_header)): left out until the
    // database-export header (【法宝引证码】, 原文链接 and the title printed
    // twice, read by the "webdb" work of issue 9 in
    // src/structure/document/{header,metadata}.rs) is merged; without it
    // the citation-code line is read as the title. With that work merged
    // it still fails on a decree (govcn-guoling-707) and on PDF text whose
    // wrapped 原文链接 line takes the title line after it (nhc-zhenliao).
    ("web-furniture", Relayout::Text(web_furniture)),
    ("gb18030", Relayout::Bytes(gb18030)),
    ("utf16le-bom", Relayout::Bytes(utf16le_bom)),
    ("utf16be-bom", Relayout::Bytes(utf16be_bom)),
];

/// The lines of `text` without terminators (`\n`, `\r\n` or `\r`) and
/// without a byte order mark.
fn lines(text: &str) -> Vec<&str> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out: Vec<&str> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    if out.last() == Some(&"") {
        out.pop();
    }
    out.into_iter().flat_map(|l| l.split('\r')).collect()
}

fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c.is_whitespace() || c == '\u{FEFF}')
}

/// Lines joined with `\n`, with a final line break.
fn join(lines: &[String]) -> String {
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// Every line ends in `\r\n` (a Windows file).
pub fn crlf(text: &str) -> String {
    join(&lines(text).iter().map(|l| l.to_string()).collect::<Vec<_>>()).replace('\n', "\r\n")
}

/// Lines end in `\n`, `\r\n` and `\r` in turn (a file pasted together from
/// several sources).
pub fn mixed_line_ends(text: &str) -> String {
    let mut out = String::new();
    for (k, l) in lines(text).iter().enumerate() {
        out.push_str(l);
        out.push_str(["\n", "\r\n", "\r"][k % 3]);
    }
    out
}

/// Blank lines dropped: one paragraph per line, as flk.npc.gov.cn and many
/// web pages print it.
pub fn no_blank_lines(text: &str) -> String {
    join(&lines(text).into_iter().filter(|l| !is_blank(l)).map(str::to_string).collect::<Vec<_>>())
}

/// A blank line after every line (blank ones dropped first): a web page
/// that sets every line as a paragraph of its own.
pub fn blank_after_every_line(text: &str) -> String {
    let mut out = String::new();
    for l in lines(text).into_iter().filter(|l| !is_blank(l)) {
        out.push_str(l);
        out.push_str("\n\n");
    }
    out
}

/// Every line re-wrapped at `width` full-width characters as raw PDF
/// extraction (pdftotext without `-layout`) gives it: indentation dropped,
/// lines broken wherever the width runs out (mid-word, mid-number), blank
/// lines kept where the text had them. A half-width character (a digit, a
/// Latin letter, ASCII punctuation) takes half the room of a Chinese one,
/// as on the printed page.
pub fn pdf_raw_wrap(text: &str, width: usize) -> String {
    let columns = width * 2;
    let mut out = Vec::new();
    for l in lines(text) {
        let l = l.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}').trim_end();
        if l.is_empty() {
            out.push(String::new());
        }
        let mut line = String::new();
        let mut used = 0;
        for c in l.chars() {
            let w = if c.is_ascii() { 1 } else { 2 };
            if used + w > columns {
                out.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += w;
        }
        if !line.is_empty() {
            out.push(line);
        }
    }
    join(&out)
}

/// [`pdf_raw_wrap`] at 24 characters (a narrow column).
pub fn pdf_raw_wrap_24(text: &str) -> String {
    pdf_raw_wrap(text, 24)
}

/// [`pdf_raw_wrap`] at 36 characters (an A4 page of body text).
pub fn pdf_raw_wrap_36(text: &str) -> String {
    pdf_raw_wrap(text, 36)
}

/// Raw PDF extraction as pdftotext prints it: lines wrapped at 36
/// full-width characters and no blank line anywhere, so that only short
/// lines and markers tell where paragraphs end.
pub fn pdf_raw_no_blank_lines(text: &str) -> String {
    no_blank_lines(&pdf_raw_wrap_36(text))
}

/// Raw PDF extraction of a printed issue: lines wrapped at 36 full-width
/// characters, with a page number and the running head between pages.
pub fn pdf_raw_pages(text: &str) -> String {
    page_numbers_em_dash(&pdf_raw_wrap_36(text))
}

/// The running head of the inserted pages: a gazette and its issue.
pub const RUNNING_HEAD: &str = "某某省人民政府公报 2023年第10期";

/// After every 40 lines, a page break of a printed issue: the page number
/// at the foot of the page as `number(n)` prints it, the running head at
/// the head of the next.
pub fn with_pages(text: &str, number: fn(usize) -> String) -> String {
    let mut out = Vec::new();
    for (k, l) in lines(text).into_iter().enumerate() {
        out.push(l.to_string());
        if (k + 1) % 40 == 0 {
            out.push(number((k + 1) / 40 + 1));
            out.push(RUNNING_HEAD.to_string());
        }
    }
    join(&out)
}

/// [`with_pages`] with page numbers between em dashes: `— 12 —`.
pub fn page_numbers_em_dash(text: &str) -> String {
    with_pages(text, |n| format!("— {n} —"))
}

/// [`with_pages`] with page numbers between hyphens: `- 12 -`.
pub fn page_numbers_hyphen(text: &str) -> String {
    with_pages(text, |n| format!("- {n} -"))
}

/// [`with_pages`] with bare page numbers at the margin: `12`.
pub fn page_numbers_bare(text: &str) -> String {
    with_pages(text, |n| n.to_string())
}

/// [`with_pages`] with `- 12 -` page numbers and a running head that
/// names the organ alone, without an issue: `国务院公报`.
pub fn page_numbers_organ_head(text: &str) -> String {
    with_pages(text, |n| format!("- {n} -")).replace(RUNNING_HEAD, "国务院公报")
}

/// The half-width characters that official texts print in either width:
/// digits and the punctuation of sentences, numbers and brackets.
fn has_two_widths(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, ',' | '.' | ':' | ';' | '?' | '(' | ')' | '%')
}

/// Digits and punctuation in full width (`1.` → `１．`, `(一)` → `（一）`),
/// as a typeset PDF prints them. Markup (`<!-- … -->`) stays as it is.
pub fn full_width(text: &str) -> String {
    let out: Vec<String> = lines(text)
        .into_iter()
        .map(|l| {
            if l.trim_start().starts_with("<!--") {
                return l.to_string();
            }
            l.chars()
                .map(|c| if has_two_widths(c) { char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c) } else { c })
                .collect()
        })
        .collect();
    join(&out)
}

/// Digits and punctuation in half width (`（一）` → `(一)`, `：` → `:`,
/// `，` → `,`), as text typed on a Western keyboard or extracted with the
/// wrong font map prints them.
pub fn half_width(text: &str) -> String {
    let out: Vec<String> = lines(text)
        .into_iter()
        .map(|l| {
            l.chars()
                .map(|c| match c {
                    '\u{FF01}'..='\u{FF5E}' => {
                        let h = char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c);
                        if has_two_widths(h) { h } else { c }
                    }
                    _ => c,
                })
                .collect()
        })
        .collect();
    join(&out)
}

/// Leading spaces (ASCII, U+3000, tabs) removed from every line.
pub fn no_indentation(text: &str) -> String {
    join(&lines(text).into_iter().map(|l| l.trim_start().to_string()).collect::<Vec<_>>())
}

/// The head of a database export (北大法宝): a citation code line, a link
/// to the original, then the title on one line above the text, which
/// prints it again as it was. The title is the first document's as the
/// parser reads the text itself (pinned by `tests/expected`). A gazette
/// issue is never exported as one record: it is left as it is.
pub fn export_header(text: &str) -> String {
    let g = gongbao::parse(text);
    let Some(first) = g.documents.first().filter(|_| g.issue.is_none()) else { return text.to_string() };
    let mut out = vec![
        "【法宝引证码】CLI.2.5012345".to_string(),
        "原文链接：https://www.pkulaw.com/chl/abc123.html".to_string(),
        first.title.clone(),
    ];
    out.extend(lines(text).iter().map(|l| l.to_string()));
    join(&out)
}

/// A web page saved as text: a breadcrumb and a font-size switch above
/// the text, print/close links, a share line and a QR-code caption below.
pub fn web_furniture(text: &str) -> String {
    let mut out = vec!["首页 > 政策 > 政策文件".to_string(), "【字体：大 中 小】".to_string(), String::new()];
    out.extend(lines(text).into_iter().map(str::to_string));
    out.extend([
        "".to_string(),
        "【打印】【关闭】".to_string(),
        "分享到：".to_string(),
        "扫一扫在手机打开当前页".to_string(),
    ]);
    join(&out)
}

/// The text in GB18030 (a GBK file), without a byte order mark.
pub fn gb18030(text: &str) -> Vec<u8> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    encoding_rs::GB18030.encode(text).0.into_owned()
}

/// The text in UTF-16, little-endian, with a byte order mark.
pub fn utf16le_bom(text: &str) -> Vec<u8> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = vec![0xFF, 0xFE];
    out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

/// The text in UTF-16, big-endian, with a byte order mark.
pub fn utf16be_bom(text: &str) -> Vec<u8> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = vec![0xFE, 0xFF];
    out.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    out
}
