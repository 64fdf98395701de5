"""gongbao.parse and gongbao.decode on the reference issue and on damaged
bytes: exact values read from the text, spans in characters."""

import json
import threading
import time

import pytest

import gongbao
from gongbao import _native
from conftest import CORPUS, EXPECTED, REFERENCE


@pytest.fixture(scope="module")
def issue(issue_text):
    return gongbao.parse(issue_text)


def walk(documents):
    """Every document, attachments included, depth first."""
    for d in documents:
        yield d
        yield from walk(d["attachments"])


def find_clause(clauses, id):
    for c in clauses:
        if c["id"] == id:
            return c
        found = find_clause(c["children"], id)
        if found:
            return found
    return None


def test_the_issue_and_its_documents(issue):
    assert issue["issue"]["gazette"] == "上海市人民政府公报"
    assert (issue["issue"]["year"], issue["issue"]["number"], issue["issue"]["cumulative_number"]) == (2023, 10, 538)
    assert len(issue["documents"]) == 8
    assert len(list(walk(issue["documents"]))) == 12
    notice = issue["documents"][0]
    assert notice["doc_number"] == {"text": "沪府办规〔2023〕12号", "code": "沪府办规", "year": 2023, "serial": 12}
    assert notice["date"] == "2023-04-18"


def test_spans_are_character_offsets(issue, issue_text):
    text = issue_text
    # The masthead's span: the characters of 上海市人民政府公报 (4 blank lines first).
    span = issue["issue"]["span"]
    assert text[span["start"]:span["start"] + 9] == "上海市人民政府公报"
    policy = issue["documents"][0]["attachments"][0]
    item = find_clause(policy["clauses"], "d1.1/1/1/1")
    assert item["title"] == "支持引进高端产业项目"
    span = item["span"]
    assert (span["start"], span["end"]) == (864, 1063)
    # The clause's slice is its marker, title and text as printed.
    assert text[span["start"]:span["end"]].startswith("1. 支持引进高端产业项目。围绕制造业高端化")
    assert text[span["start"]:span["end"]].endswith(item["text"][-40:])
    # Each responsible unit's span is that unit, in characters.
    units = item["responsibilities"][0]
    assert units["units"] == ["市经济信息化委", "市发展改革委", "市财政局", "各区政府", "有关管委会"]
    assert [text[s["start"]:s["end"]] for s in units["unit_spans"]] == units["units"]
    cap = item["quantities"][3]
    assert (cap["text"], cap["value"], cap["unit"], cap["bound"]) == ("最高1亿元", 100000000, "元", "max")
    assert text[cap["span"]["start"]:cap["span"]["end"]] == "最高1亿元"
    assert issue["responsibility_index"][0]["unit"] == "市经济信息化委"


def byte_spans_to_chars(value, chars_at):
    """The reviewed JSON (UTF-8 byte offsets) with every span in characters."""
    if isinstance(value, dict):
        if set(value) == {"start", "end"}:
            return {"start": chars_at[value["start"]], "end": chars_at[value["end"]]}
        return {k: byte_spans_to_chars(v, chars_at) for k, v in value.items()}
    if isinstance(value, list):
        return [byte_spans_to_chars(v, chars_at) for v in value]
    return value


def test_the_whole_parse_is_the_reviewed_json_in_characters(issue_bytes, issue_text):
    expected = json.loads((EXPECTED / f"{REFERENCE}.json").read_text(encoding="utf-8"))
    chars_at = {}
    offset = 0
    for k, ch in enumerate(issue_text):
        chars_at[offset] = k
        offset += len(ch.encode("utf-8"))
    chars_at[offset] = len(issue_text)
    assert gongbao.parse(issue_bytes) == byte_spans_to_chars(expected, chars_at)


def test_gbk_bytes_parse_as_the_text(issue_text, issue):
    gbk = issue_text.encode("gbk")
    assert gongbao.decode(gbk) == issue_text
    assert gongbao.parse(gbk) == issue


def test_block_text_can_be_left_out(issue):
    g = gongbao.parse("国务院关于印发某方案的通知\n\n国发〔2019〕4号\n\n各省人民政府：\n\n现将《某方案》印发给你们。", block_text=False)
    doc = g["documents"][0]
    assert doc["blocks"][0] == {"role": "title", "span": {"start": 0, "end": 13}}
    assert doc["blocks"][1] == {"role": "doc_number", "span": {"start": 15, "end": 25}}
    assert doc["title"] == "国务院关于印发某方案的通知"
    assert "text" in issue["documents"][0]["blocks"][0]


def test_the_year_of_dates_without_one():
    text = "关于做好某项工作的通知\n\n各区人民政府：\n\n本通知自5月1日起施行。"
    assert gongbao.parse(text)["documents"][0]["validity"] is None
    validity = gongbao.parse(text, year=2023)["documents"][0]["validity"]
    assert validity == {"from": "2023-05-01", "to": None, "span": {"start": 25, "end": 31}}
    assert text[25:31] == "自5月1日起"


def damaged(issue_bytes, before):
    """The issue with a stray byte before the first occurrence of `before`."""
    at = issue_bytes.index(before.encode())
    return issue_bytes[:at] + b"\xff" + issue_bytes[at:]


def test_damaged_bytes_raise_decode_error_with_the_position(issue_bytes):
    # Before the first 发文字号: byte 1480, character 608, line 47.
    with pytest.raises(gongbao.DecodeError) as raised:
        gongbao.parse(damaged(issue_bytes, "沪府办规"))
    e = raised.value
    assert (e.start, e.end, e.line, e.column) == (1480, 1481, 47, 1)
    assert str(e) == (
        "invalid UTF-8 byte 0xFF at line 47, column 1: the input looks like damaged UTF-8 (bytes 1480..1481)"
    )
    assert isinstance(e, gongbao.Error) and isinstance(e, ValueError)
    with pytest.raises(gongbao.DecodeError):
        gongbao.decode(damaged(issue_bytes, "沪府办规"))


def test_lossy_reads_damaged_bytes_with_a_diagnostic(issue_bytes, issue_text, issue):
    # Inside the text of clause d1.1/1/1/1, after its title.
    bad = damaged(issue_bytes, "围绕制造业高端化")
    at = issue_text.index("围绕制造业高端化")
    g = gongbao.parse(bad, lossy=True)
    assert g["diagnostics"][0] == {
        "severity": "warning",
        "code": "damaged-input",
        "message": f"invalid UTF-8 byte 0xFF at byte {issue_bytes.index('围绕制造业高端化'.encode())}",
        "span": {"start": at, "end": at + 1},
    }
    assert len(g["diagnostics"]) == len(issue["diagnostics"]) + 1
    text = gongbao.decode(bad, lossy=True)
    assert text == issue_text[:at] + "\ufffd" + issue_text[at:]
    item = find_clause(g["documents"][0]["attachments"][0]["clauses"], "d1.1/1/1/1")
    assert item["text"].startswith("\ufffd围绕制造业高端化")
    assert len(g["documents"]) == 8


def test_binary_data_and_wrong_types():
    with pytest.raises(gongbao.DecodeError) as raised:
        gongbao.parse(b"ab\0")
    assert (raised.value.start, raised.value.end, raised.value.line, raised.value.column) == (2, 3, 1, 3)
    with pytest.raises(TypeError, match="expected str or bytes, not int"):
        gongbao.parse(12)


def test_the_gil_is_released_while_parsing(issue_text):
    # Long enough (40 issues, 3.6 MB) that the parse takes a good part of
    # a second: the main thread runs Python all along while it is going on.
    text = issue_text * 40
    window = {}

    def work():
        window["start"] = time.perf_counter()
        _native.parse_json(text)
        window["end"] = time.perf_counter()

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
        for _ in range(1000):
            pass
    worker.join()
    # A thread switch may come in just before or after the call.
    margin = 0.02
    inside = [t for t in ticks if window["start"] + margin < t < window["end"] - margin]
    assert window["end"] - window["start"] > 4 * margin
    assert len(inside) > 10
