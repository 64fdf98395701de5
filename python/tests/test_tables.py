"""gongbao.tables, frames and SCHEMA on the reference issue: the rows agree
with the tree of gongbao.parse and with the text, spans in characters."""

import sys

import pytest

import gongbao

TABLES = ["documents", "clauses", "responsibilities", "dates", "quantities", "references", "citations", "diagnostics"]


@pytest.fixture(scope="module")
def rows(issue_text):
    return gongbao.tables(issue_text, source="shanghai-2023-10.txt")


def walk(documents):
    for d in documents:
        yield d
        yield from walk(d["attachments"])


def clauses(nodes):
    for c in nodes:
        yield c
        yield from clauses(c["children"])


def test_the_schema_names_every_table_and_every_row_has_its_columns_in_order(rows):
    assert list(gongbao.SCHEMA) == TABLES
    assert list(rows) == TABLES
    assert gongbao.SCHEMA["clauses"][:4] == [
        ("source", "string", False),
        ("id", "string", False),
        ("document", "string", False),
        ("parent", "string", True),
    ]
    for table, columns in gongbao.SCHEMA.items():
        names = [name for name, _, _ in columns]
        assert names[0] == "source" and names[-2:] == ["start", "end"]
        for row in rows[table]:
            assert list(row) == names
            assert row["source"] == "shanghai-2023-10.txt"


def test_the_rows_count_what_the_tree_holds(rows, issue_text):
    g = gongbao.parse(issue_text)
    documents = list(walk(g["documents"]))
    every_clause = [c for d in documents for c in clauses(d["clauses"])]
    assert len(rows["documents"]) == len(documents) == 12
    assert len(rows["clauses"]) == len(every_clause) == 164
    units = sum(len(r["units"]) for c in every_clause for r in c["responsibilities"])
    assert len(rows["responsibilities"]) == units == 294
    quantities = sum(len(c["quantities"]) for c in every_clause) + sum(len(d["quantities"]) for d in documents)
    assert len(rows["quantities"]) == quantities == 122
    dates = sum(len(c["dates"]) for c in every_clause) + sum(len(d["dates"]) for d in documents)
    assert len(rows["dates"]) == dates == 25
    assert len(rows["citations"]) == len(g["citations"]) == 11
    assert len(rows["diagnostics"]) == len(g["diagnostics"]) == 13
    assert rows["references"] == []


def test_rows_hold_the_values_read_from_the_text(rows, issue_text):
    text = issue_text
    notice = rows["documents"][0]
    assert (notice["id"], notice["parent"], notice["kind"], notice["genre"]) == ("d1", None, "notice", "通知")
    assert (notice["doc_number"], notice["doc_number_code"], notice["doc_number_year"], notice["doc_number_serial"]) == (
        "沪府办规〔2023〕12号", "沪府办规", 2023, 12
    )
    assert notice["date"] == "2023-04-18"
    assert text[notice["start"]:notice["start"] + 15] == "上海市人民政府办公厅印发《关于"

    [item] = [c for c in rows["clauses"] if c["id"] == "d1.1/1/1/1"]
    assert (item["document"], item["parent"], item["depth"], item["marker"], item["title"]) == (
        "d1.1", "d1.1/1/1", 2, "1.", "支持引进高端产业项目"
    )
    assert (item["start"], item["end"]) == (864, 1063)
    assert text[item["start"]:item["end"]].startswith("1. 支持引进高端产业项目。围绕制造业")

    units = [r for r in rows["responsibilities"] if r["clause"] == "d1.1/1/1/1"]
    assert [r["unit"] for r in units] == ["市经济信息化委", "市发展改革委", "市财政局", "各区政府", "有关管委会"]
    assert [text[r["start"]:r["end"]] for r in units] == [r["unit"] for r in units]
    assert {(r["role"], r["label"], r["lead"]) for r in units} == {("责任单位", "责任单位", False)}

    deadline = rows["dates"][1]
    assert (deadline["clause"], deadline["text"], deadline["kind"], deadline["to"]) == (
        "d2.1/1/2", "2023年底前", "deadline", "2023-12-31"
    )
    assert text[deadline["start"]:deadline["end"]] == "2023年底前"

    [cap] = [q for q in rows["quantities"] if q["clause"] == "d1.1/1/1/1" and q["text"] == "最高1亿元"]
    assert (cap["kind"], cap["value"], cap["unit"], cap["bound"]) == ("money", 100000000.0, "元", "max")
    assert text[cap["start"]:cap["end"]] == "最高1亿元"


def test_gbk_bytes_give_the_same_rows(rows, issue_text):
    assert gongbao.tables(issue_text.encode("gbk"), source="shanghai-2023-10.txt") == rows


def test_frames_are_typed_by_the_schema(rows, issue_text):
    pandas = pytest.importorskip("pandas")
    frames = gongbao.frames(issue_text, source="shanghai-2023-10.txt")
    assert list(frames) == TABLES
    dtypes = {"string": pandas.StringDtype(), "int64": pandas.Int64Dtype(), "float64": pandas.Float64Dtype(), "bool": pandas.BooleanDtype()}
    for table, columns in gongbao.SCHEMA.items():
        frame = frames[table]
        assert list(frame.columns) == [name for name, _, _ in columns]
        assert [frame[name].dtype for name, _, _ in columns] == [dtypes[kind] for _, kind, _ in columns]
        assert len(frame) == len(rows[table])
    # The top responsible units of the issue, as the text's 60 lists of
    # 责任单位 / 责任部门、单位 name them (counted there by a regex too).
    top = frames["responsibilities"].groupby("unit").size().sort_values(ascending=False, kind="stable")
    assert list(top.items())[:2] == [("各区政府", 56), ("市经济信息化委", 34)]
    assert frames["references"].empty


def test_frames_without_pandas_say_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="gongbao.frames needs pandas: pip install pandas"):
        gongbao.frames("一、推进改革。")
