//! References between provisions: the finder on running text, and their
//! resolution to clause ids in the corpus laws.

use gongbao::model::{DiagnosticCode, Document, Gazette, Reference};
use gongbao::reference::{Named, Relative, find_references};

/// A reference as (clause id, text, target, to, document).
type Row = (String, String, Option<String>, Option<String>, Option<String>);

/// Every reference of a document's clauses and own paragraphs.
fn refs(d: &Document) -> Vec<Row> {
    let row =
        |id: &str, r: &Reference| (id.to_string(), r.text.clone(), r.target.clone(), r.to.clone(), r.document.clone());
    let mut out: Vec<_> =
        d.clauses().flat_map(|c| c.clause.references.iter().map(move |r| row(&c.clause.id, r))).collect();
    out.extend(d.references.iter().map(|r| row(&d.id, r)));
    out
}

#[track_caller]
fn parse(name: &str) -> (String, Gazette) {
    let text = std::fs::read_to_string(format!("{}/corpus/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let g = gongbao::parse(&text);
    (text, g)
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn pipl_references_resolve_to_its_clauses() {
    let (text, g) = parse("npc-geren-xinxi-baohu-fa-2021-flk.txt");
    let got = refs(&g.documents[0]);
    let want: Vec<(&str, &str, Option<String>, Option<String>)> = vec![
        ("d1/art13/para2", "前款第二项至第七项", s("d1/art13/para1/item2"), s("d1/art13/para1/item7")),
        ("d1/art17/para2", "前款", s("d1/art17/para1"), None),
        ("d1/art17/para3", "第一款", s("d1/art17/para1"), None),
        ("d1/art18/para1", "前条第一款", s("d1/art17/para1"), None),
        ("d1/art30", "本法第十七条第一款", s("d1/art17/para1"), None),
        ("d1/art33", "本节", s("d1/chp2/sec3"), None),
        ("d1/art33", "本节", s("d1/chp2/sec3"), None),
        ("d1/art35", "本法第十八条第一款", s("d1/art18/para1"), None),
        ("d1/art38/para1/item1", "本法第四十条", s("d1/art40"), None),
        ("d1/art45/para1", "本法第十八条第一款", s("d1/art18/para1"), None),
        ("d1/art45/para1", "第三十五条", s("d1/art35"), None),
        ("d1/art49", "本章", s("d1/chp4"), None),
        ("d1/art53", "本法第三条第二款", s("d1/art3/para2"), None),
        ("d1/art60/para3", "前两款", s("d1/art60/para1"), s("d1/art60/para2")),
        ("d1/art66/para2", "前款", s("d1/art66/para1"), None),
        ("d1/art69/para2", "前款", s("d1/art69/para1"), None),
    ];
    let got_short: Vec<_> =
        got.iter().map(|(id, t, a, b, _)| (id.as_str(), t.as_str(), a.clone(), b.clone())).collect();
    assert_eq!(got_short, want);
    assert!(got.iter().all(|r| r.4.is_none()));
    // Spans point at the words.
    let d = &g.documents[0];
    let r = d.clauses().flat_map(|c| c.clause.references.iter()).next().unwrap();
    assert_eq!(r.span.slice(&text), Some("前款第二项至第七项"));
    assert!(!g.diagnostics.iter().any(|x| x.code == DiagnosticCode::UnresolvedReference));
}

#[test]
fn the_tax_regulation_names_the_law_through_its_short_name() {
    let (text, g) = parse("govcn-guoling-707-geshui-shishi-tiaoli.txt");
    let d = &g.documents[0];
    assert_eq!(d.aliases[0].name, "个人所得税法");
    assert_eq!(d.aliases[0].full, "中华人民共和国个人所得税法");
    assert_eq!(d.aliases[0].span.slice(&text), Some("《中华人民共和国个人所得税法》（以下简称个人所得税法）"));
    let got = refs(d);
    let law = s("中华人民共和国个人所得税法");
    let other: Vec<_> = got.iter().filter(|r| r.4 == law).map(|r| (r.0.as_str(), r.1.as_str())).collect();
    assert_eq!(other.len(), 17);
    assert_eq!(other[0], ("d1/art9", "个人所得税法第四条第一款第二项"));
    // 第二项、第四项、第六项: three references, the later two of the same law.
    let art14: Vec<&str> = other.iter().filter(|r| r.0 == "d1/art14").map(|r| r.1).collect();
    assert_eq!(art14, ["个人所得税法第六条第一款第二项", "第四项", "第六项"]);
    assert!(got.iter().filter(|r| r.4 == law).all(|r| r.2.is_none()));
    let own: Vec<_> = got.iter().filter(|r| r.4.is_none()).map(|r| (r.0.as_str(), r.1.as_str(), r.2.clone())).collect();
    assert_eq!(
        own,
        [
            ("d1/art16/para2", "前款", s("d1/art16/para1")),
            ("d1/art16/para3", "本条第一款", s("d1/art16/para1")),
            ("d1/art21/para3", "前款", s("d1/art21/para2")),
            ("d1/art24/para2", "前款", s("d1/art24/para1")),
        ]
    );
}

#[test]
fn ranges_lists_and_self_named_laws() {
    let (_, g) = parse("lawrefbook-samr-ling-56-mingma-biaojia.md.txt");
    let got = refs(&g.documents[0]);
    let range = got.iter().find(|r| r.1 == "本规定第十六条至第二十条").unwrap();
    assert_eq!((range.2.as_deref(), range.3.as_deref()), (Some("d1/art16"), Some("d1/art20")));
    // 本规定第四条第二款、第三款: the second takes the article of the first.
    let art24: Vec<_> = got.iter().filter(|r| r.0 == "d1/art24").map(|r| r.2.clone()).collect();
    assert_eq!(art24, [s("d1/art4/para2"), s("d1/art4/para3")]);
    // The 宪法 names itself by its short name.
    let (_, g) = parse("lawrefbook-xianfa-2018-xuyan.md.txt");
    let got = refs(&g.documents[0]);
    let first: Vec<_> = got.iter().take(2).map(|r| (r.1.as_str(), r.2.clone(), r.4.clone())).collect();
    assert_eq!(first, [("宪法第三章第五节", s("d1/chp3/sec5"), None), ("第六节", s("d1/chp3/sec6"), None)]);
}

#[test]
fn a_missing_clause_is_kept_with_a_diagnostic() {
    let g = gongbao::parse("第一条　为了规范。\n第二条　违反本办法第四十条的，依照本办法第一条处理。");
    let got = refs(&g.documents[0]);
    assert_eq!(got[0].1, "本办法第四十条");
    assert_eq!((got[0].2.as_deref(), got[1].2.as_deref()), (None, Some("d1/art1")));
    let diag: Vec<_> = g.diagnostics.iter().filter(|d| d.code == DiagnosticCode::UnresolvedReference).collect();
    assert_eq!(diag.len(), 1);
    assert_eq!(diag[0].span, Some(g.documents[0].clauses[1].references[0].span));
}

#[test]
fn the_finder_reads_each_form() {
    #[track_caller]
    fn one(text: &str) -> (String, gongbao::reference::RefMatch) {
        let found = find_references(text, &[]);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].span.slice(text).unwrap().to_string(), found[0].clone())
    }
    let (t, r) = one("依照第十条至第十五条处理");
    assert_eq!((t.as_str(), r.from.article, r.to.unwrap().article), ("第十条至第十五条", Some(10), Some(15)));
    let (t, r) = one("适用第三十条之一的规定");
    assert_eq!((t.as_str(), r.from.article, r.from.article_sub), ("第三十条之一", Some(30), Some(1)));
    let (_, r) = one("有第（三）项情形的");
    assert_eq!((r.from.item, r.from.article), (Some(3), None));
    let (_, r) = one("本条第二款规定");
    assert_eq!((r.from.relative, r.from.paragraph), (Some(Relative::ThisArticle), Some(2)));
    let (_, r) = one("依照前三款处理");
    assert_eq!(r.from.relative, Some(Relative::PreviousParagraphs(3)));
    let (_, r) = one("见第二章");
    assert_eq!(r.from.chapter, Some(2));
    let (t, r) = one("违反《中华人民共和国行政许可法》第二十条");
    assert_eq!(t, "《中华人民共和国行政许可法》第二十条");
    assert!(matches!(r.document, Named::Title { ref title, .. } if title == "中华人民共和国行政许可法"));
    // 该法: the last law named before it.
    let text = "依照《中华人民共和国行政许可法》设定，该法第五条另有规定的除外。";
    let found = find_references(text, &[]);
    assert_eq!(found.len(), 1);
    assert!(matches!(found[0].document, Named::Title { ref title, .. } if title == "中华人民共和国行政许可法"));
    assert_eq!(found[0].span.slice(text), Some("该法第五条"));
    // 第十条、第十二条: two.
    let found = find_references("依照本办法第十条、第十二条处理", &[]);
    let arts: Vec<_> = found.iter().map(|r| (r.from.article, r.document.clone())).collect();
    assert_eq!(arts, [(Some(10), Named::This), (Some(12), Named::This)]);
    // No references: a marker, numbers, dates, words that start like one.
    for text in [
        "第十条　本办法所称",
        "国务院令第707号",
        "2023年第10期",
        "第三次会议",
        "基本条件",
        "本项目",
        "前款项",
        "成本节约",
    ] {
        assert!(find_references(text, &[]).is_empty(), "{text}");
    }
}

#[test]
fn a_bare_item_in_a_paragraph_without_items_is_one_of_its_articles_listed_items() {
    // DiamonWoo/Laosheng.top@960d764 falv/flk.npc/中华人民共和国公司法_20231229.txt,
    // 第一百六十二条 whole: its third 款 names 第一项 … 第六项 after 本条第一款,
    // the items its first 款 lists.
    let text = "第一百六十二条\u{3000}公司不得收购本公司股份。但是，有下列情形之一的除外：\r\n（一）减少公司注册资本；\r\n（二）与持有本公司股份的其他公司合并；\r\n（三）将股份用于员工持股计划或者股权激励；\r\n（四）股东因对股东会作出的公司合并、分立决议持异议，要求公司收购其股份；\r\n（五）将股份用于转换公司发行的可转换为股票的公司债券；\r\n（六）上市公司为维护公司价值及股东权益所必需。\r\n公司因前款第一项、第二项规定的情形收购本公司股份的，应当经股东会决议；公司因前款第三项、第五项、第六项规定的情形收购本公司股份的，可以按照公司章程或者股东会的授权，经三分之二以上董事出席的董事会会议决议。\r\n公司依照本条第一款规定收购本公司股份后，属于第一项情形的，应当自收购之日起十日内注销；属于第二项、第四项情形的，应当在六个月内转让或者注销；属于第三项、第五项、第六项情形的，公司合计持有的本公司股份数不得超过本公司已发行股份总数的百分之十，并应当在三年内转让或者注销。\r\n上市公司收购本公司股份的，应当依照《中华人民共和国证券法》的规定履行信息披露义务。上市公司因本条第一款第三项、第五项、第六项规定的情形收购本公司股份的，应当通过公开的集中交易方式进行。\r\n公司不得接受本公司的股份作为质权的标的。\r\n";
    let g = gongbao::parse(text);
    let para3 = g.documents().flat_map(|d| d.clauses()).find(|c| c.id == "d1/art162/para3").expect("third 款").clause;
    let refs: Vec<(&str, Option<&str>)> =
        para3.references.iter().map(|r| (r.text.as_str(), r.target.as_deref())).collect();
    assert_eq!(
        refs,
        [
            ("本条第一款", Some("d1/art162/para1")),
            ("第一项", Some("d1/art162/para1/item1")),
            ("第二项", Some("d1/art162/para1/item2")),
            ("第四项", Some("d1/art162/para1/item4")),
            ("第三项", Some("d1/art162/para1/item3")),
            ("第五项", Some("d1/art162/para1/item5")),
            ("第六项", Some("d1/art162/para1/item6")),
        ]
    );
    // The cut starts at 第一百六十二条: the numbering gap is all it notes.
    assert!(g.diagnostics.iter().all(|d| d.code == DiagnosticCode::NumberingGap), "{:?}", g.diagnostics);
}

#[test]
fn gongsifa_is_a_bare_law_name() {
    // LawRefBook/Laws@2f4c5c2 司法解释/最高人民法院关于适用《公司法》若干问题的规定（四）
    // (2020-12-29).md, 第七条 第一款: 公司法 ends like 司法 but is a law's name.
    let text = "第七条 股东依据公司法第三十三条、第九十七条或者公司章程的规定，起诉请求查阅或者复制公司特定文件材料的，人民法院应当依法予以受理。";
    let refs = find_references(text, &[]);
    let got: Vec<(&str, &Named)> = refs.iter().map(|r| (r.span.slice(text).unwrap(), &r.document)).collect();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, "公司法第三十三条");
    assert_eq!(got[1].0, "第九十七条");
    for (_, d) in got {
        assert!(matches!(d, Named::Title { title, .. } if title == "公司法"), "{d:?}");
    }
}

#[test]
fn a_document_without_articles_refers_to_the_one_its_title_names() {
    // 最高人民法院关于修改《…报核问题的有关规定》的决定 (corpus): 一、将第三条修改为 names
    // an article of the 规定 it amends, not of the 决定.
    let (_, g) = parse("lawrefbook-spc-xiugai-zhongcai-baohe-guiding-jueding-2021.md.txt");
    let d = &g.documents[0];
    let first: Vec<Row> = refs(d).into_iter().filter(|r| r.1 == "第三条").collect();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].4.as_deref(), Some("最高人民法院关于仲裁司法审查案件报核问题的有关规定"));
    assert_eq!(first[0].2, None);
    assert!(!g.diagnostics.iter().any(|x| x.message.starts_with("第三条 ")));

    // LawRefBook/Laws@2f4c5c2 刑法/刑法修正案（九）.md, its head and 一、: 第三十七条之一
    // (作为第三十七条之一) is the 刑法's.
    let text = "# 中华人民共和国刑法修正案（九）\n\n2015年8月29日 第十二届全国人民代表大会常务委员会第十六次会议通过\n\n<!-- INFO END -->\n\n一、在刑法第三十七条后增加一条，作为第三十七条之一:“因利用职业便利实施犯罪，或者实施违背职业要求的特定义务的犯罪被判处刑罚的，人民法院可以根据犯罪情况和预防再犯罪的需要，禁止其自刑罚执行完毕之日或者假释之日起从事相关职业，期限为三年至五年。\n\n“被禁止从事相关职业的人违反人民法院依照前款规定作出的决定的，由公安机关依法给予处罚；情节严重的，依照本法第三百一十三条的规定定罪处罚。\n\n“其他法律、行政法规对其从事相关职业另有禁止或者限制性规定的，从其规定。”\n\n";
    let g = gongbao::parse(text);
    let d = &g.documents[0];
    let found = refs(d);
    let article = found.iter().find(|r| r.1 == "第三十七条之一").expect("第三十七条之一");
    assert_eq!(article.4.as_deref(), Some("中华人民共和国刑法"));
    assert_eq!(article.2, None);
}

/// 本解释 names the interpretation itself; a bare 刑法 after 认定为 is the
/// law the preamble cites in full (根据《中华人民共和国刑法》). Source: corpus/lawrefbook-spc-spp-qiangduo-jieshi-2013.md.txt
/// (LawRefBook/Laws@2f4c5c2, 司法解释/…抢夺刑事案件….md).
#[test]
fn an_interpretation_names_itself_and_the_criminal_law() {
    let (text, g) = parse("lawrefbook-spc-spp-qiangduo-jieshi-2013.md.txt");
    let got = refs(&g.documents[0]);
    let short: Vec<_> =
        got.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.clone(), r.3.clone(), r.4.clone())).collect();
    let law = s("中华人民共和国刑法");
    assert_eq!(
        short,
        [
            ("d1/art1/para1", "刑法第二百六十七条", None, None, law.clone()),
            ("d1/art1/para2", "前款", s("d1/art1/para1"), None, None),
            ("d1/art2", "前条", s("d1/art1"), None, None),
            ("d1/art3", "刑法第二百六十七条", None, None, law.clone()),
            ("d1/art3/item3", "本解释第二条第三项至第十项", s("d1/art2/item3"), s("d1/art2/item10"), None),
            ("d1/art3/item3", "本解释第一条", s("d1/art1"), None, None),
            ("d1/art4", "刑法第二百六十七条", None, None, law),
            ("d1/art4/item2", "本解释第二条第三项至第十项", s("d1/art2/item3"), s("d1/art2/item10"), None),
            ("d1/art4/item2", "本解释第一条", s("d1/art1"), None, None),
        ]
    );
    let r = &g.documents[0].clauses().find(|c| c.clause.id == "d1/art3/item3").unwrap().clause.references[0];
    assert_eq!(r.span.slice(&text), Some("本解释第二条第三项至第十项"));
}

/// 第(二)、(三)、(四)项 in a 款 that has no items names the items of the
/// 款 before it. Source: corpus/lawrefbook-zhongwai-hezi-qiye-fa-shishi-tiaoli-2014.md.txt
/// (LawRefBook/Laws@2f4c5c2, 行政法规/中外合资经营企业法实施条例(2019-03-02).md).
#[test]
fn items_named_from_a_paragraph_without_items() {
    let (_, g) = parse("lawrefbook-zhongwai-hezi-qiye-fa-shishi-tiaoli-2014.md.txt");
    let got = refs(&g.documents[0]);
    let art7: Vec<_> = got.iter().filter(|r| r.0 == "d1/art7/para2").map(|r| (r.1.as_str(), r.2.clone())).collect();
    assert_eq!(
        art7,
        [
            ("前款", s("d1/art7/para1")),
            ("第(二)", s("d1/art7/para1/item2")),
            ("(三)", s("d1/art7/para1/item3")),
            ("(四)项", s("d1/art7/para1/item4")),
        ]
    );
    // …第(三)项情况发生的, after 前款第(二)、(四)、(五)、(六)项 in the same 款.
    let last = got.iter().rfind(|r| r.0 == "d1/art90/para2").unwrap();
    assert_eq!((last.1.as_str(), last.2.clone()), ("第(三)项", s("d1/art90/para1/item3")));
    assert!(!g.diagnostics.iter().any(|x| x.code == DiagnosticCode::UnresolvedReference));
}

/// A decision that amends one text (关于修改《X》的决定) refers to X's
/// provisions: 将第三条修改为：“本规定第二条第二款…” names no clause of the
/// decision. Source: corpus/lawrefbook-spc-xiugai-zhongcai-baohe-guiding-jueding-2021.md.txt.
#[test]
fn an_amending_decision_refers_to_the_text_it_amends() {
    let (_, g) = parse("lawrefbook-spc-xiugai-zhongcai-baohe-guiding-jueding-2021.md.txt");
    let got = refs(&g.documents[0]);
    assert_eq!(got.len(), 14);
    assert_eq!((got[0].1.as_str(), got[1].1.as_str()), ("第三条", "本规定第二条第二款"));
    let amended = s("最高人民法院关于仲裁司法审查案件报核问题的有关规定");
    assert!(got.iter().all(|r| r.2.is_none() && r.4 == amended));
    assert!(!g.diagnostics.iter().any(|x| x.code == DiagnosticCode::UnresolvedReference));
}

/// 适用修订前的刑法第七十七条: the law after 的. Cut from LawRefBook/Laws@2f4c5c2
/// 司法解释/最高人民法院关于适用刑法时间效力规定若干问题的解释(1997-09-25).md (第一条).
#[test]
fn a_bare_law_after_a_qualifier() {
    let text = "第一条 对于行为人1997年9月30日以前实施的犯罪行为，在人民检察院、公安机关、国家安全机关立案侦查或者在人民法院受理案件以后，行为人逃避侦查或者审判，超过追诉期限或者被害人在追诉期限内提出控告，人民法院、人民检察院、公安机关应当立案而不予立案，超过追诉期限的，是否追究行为人的刑事责任，适用修订前的刑法第七十七条的规定。";
    let refs = find_references(text, &[]);
    assert_eq!(refs.len(), 1);
    assert_eq!(refs[0].span.slice(text), Some("刑法第七十七条"));
    let Named::Title { title, .. } = &refs[0].document else { panic!() };
    assert_eq!(title, "刑法");
}
