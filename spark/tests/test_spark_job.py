"""The Spark job in local mode against the command line: the corpus copied
COPIES times (several partitions), parsed by spark/gongbao_tables.py on
local[2], must give per table the same rows as `gongbao tables` on the same
files, and a file that cannot be decoded must become one diagnostics row.

Needs pyspark, pyarrow and the gongbao package (`pip install ./python`) in
the interpreter running pytest, Java 17, and cargo (or GONGBAO_BIN naming a
built `gongbao` command).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "spark"))

import gongbao  # noqa: E402
import gongbao_tables  # noqa: E402

# pyspark 4 warns on import when pandas is 3.x; the job does not use pandas.
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")

# 63 texts of ~14 KB each, copied 8 times: ~500 files, which Spark's
# packing of small files (4 MB opening cost each, 128 MB a partition) puts
# in ~16 partitions.
COPIES = 8
# Small, so that the clauses table is written as several files.
ROWS_PER_FILE = 20_000
DAMAGED = "damaged/cut-inside-a-character.txt"
LAW = "npc-geren-xinxi-baohu-fa-2021-flk.txt"


@pytest.fixture(scope="module")
def spark():
    # The executors' Python must be this one, which has gongbao and pyarrow.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("gongbao-tables-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """COPIES copies of corpus/*.txt in subdirectories, and one file cut
    inside its last 。 (not UTF-8, not any other encoding either)."""
    root = tmp_path_factory.mktemp("input")
    texts = sorted((ROOT / "corpus").glob("*.txt"))
    assert len(texts) > 50
    for copy in range(COPIES):
        folder = root / f"copy{copy}"
        folder.mkdir()
        for text in texts:
            shutil.copyfile(text, folder / text.name)
    data = (ROOT / "corpus" / LAW).read_bytes()
    cut = data.rindex("。".encode()) + 1
    (root / DAMAGED).parent.mkdir()
    (root / DAMAGED).write_bytes(data[:cut])
    return root


def gongbao_command() -> list[str]:
    """The `gongbao` command of this workspace: GONGBAO_BIN, or built now."""
    if os.environ.get("GONGBAO_BIN"):
        return [os.environ["GONGBAO_BIN"]]
    subprocess.run(["cargo", "build", "--quiet", "-p", "gongbao-cli"], cwd=ROOT, check=True)
    metadata = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    target = Path(json.loads(metadata.stdout)["target_directory"])
    return [str(target / "debug" / "gongbao")]


@pytest.fixture(scope="module")
def cli_rows(inputs, tmp_path_factory) -> dict[str, list[dict]]:
    """`gongbao tables` over the decodable files, run inside the input
    directory so that its sources are the job's (paths relative to it)."""
    out = tmp_path_factory.mktemp("cli")
    files = sorted(
        str(p.relative_to(inputs)).replace(os.sep, "/")
        for p in inputs.rglob("*.txt")
        if not str(p).endswith(DAMAGED)
    )
    assert len(files) == COPIES * len(list((ROOT / "corpus").glob("*.txt")))
    subprocess.run(
        [*gongbao_command(), "tables", *files, "--out", str(out), "--format", "jsonl", "--offsets", "chars"],
        cwd=inputs,
        check=True,
    )
    rows = {}
    for table in gongbao.SCHEMA:
        with open(out / f"{table}.jsonl", encoding="utf-8") as f:
            rows[table] = [json.loads(line) for line in f]
    return rows


@pytest.fixture(scope="module")
def job(spark, inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("spark") / "tables"
    stats = gongbao_tables.run(spark, str(inputs), str(out), rows_per_file=ROWS_PER_FILE)
    return stats, out


def read_table(out: Path, table: str) -> list[dict]:
    return pq.read_table(out / table).to_pylist()


def as_counter(rows: list[dict], table: str) -> Counter:
    columns = [name for name, _, _ in gongbao.SCHEMA[table]]
    return Counter(tuple(row.get(c) for c in columns) for row in rows)


def test_the_parse_runs_in_several_partitions(job, inputs):
    stats, out = job
    n_files = sum(1 for p in inputs.rglob("*") if p.is_file())
    assert stats["files"] == n_files
    assert stats["bytes"] == sum(p.stat().st_size for p in inputs.rglob("*") if p.is_file())
    assert stats["partitions"] >= 4, stats
    assert stats["failed"] == 1
    for table, n_files in stats["output_files"].items():
        assert len(list((out / table).glob("part-*.parquet"))) == n_files, table
    assert stats["output_files"]["clauses"] > 1, stats


def test_parquet_schema_is_gongbao_schema(job):
    _, out = job
    kinds = {"string": "string", "int64": "int64", "float64": "double", "bool": "bool"}
    for table, columns in gongbao.SCHEMA.items():
        schema = pq.read_schema(next((out / table).glob("part-*.parquet")))
        assert [(f.name, str(f.type)) for f in schema] == [
            (name, kinds[kind]) for name, kind, _ in columns
        ], table


def test_row_counts_equal_the_command_line_table_by_table(job, cli_rows):
    _, out = job
    for table in gongbao.SCHEMA:
        expected = len(cli_rows[table]) + (1 if table == "diagnostics" else 0)
        assert len(read_table(out, table)) == expected, table
    assert len(cli_rows["documents"]) >= COPIES * 63
    assert len(cli_rows["clauses"]) > 10_000


def test_rows_equal_the_command_line_table_by_table(job, cli_rows):
    _, out = job
    for table in gongbao.SCHEMA:
        rows = [r for r in read_table(out, table) if r["source"] != DAMAGED]
        got, expected = as_counter(rows, table), as_counter(cli_rows[table], table)
        assert got == expected, (table, list((got - expected).items())[:3], list((expected - got).items())[:3])


def test_an_undecodable_file_is_one_diagnostics_row(job):
    _, out = job
    rows = [r for r in read_table(out, "diagnostics") if r["source"] == DAMAGED]
    assert len(rows) == 1
    row = rows[0]
    assert (row["severity"], row["code"]) == ("error", "damaged-input")
    assert row["message"].startswith("not parsed: DecodeError: ")
    for table in gongbao.SCHEMA:
        if table != "diagnostics":
            assert not [r for r in read_table(out, table) if r["source"] == DAMAGED], table


def test_a_reference_row_against_the_text(job, inputs):
    # 《个人信息保护法》第十三条第二款: "前款第二项至第七项" points to
    # items 2..7 of the article's first paragraph.
    _, out = job
    source = f"copy3/{LAW}"
    rows = [
        r
        for r in read_table(out, "references")
        if r["source"] == source and r["clause"] == "d1/art13/para2"
    ]
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["text"] == "前款第二项至第七项"
    assert (row["target"], row["target_to"]) == ("d1/art13/para1/item2", "d1/art13/para1/item7")
    text = gongbao.decode((inputs / source).read_bytes())
    assert text[row["start"] : row["end"]] == "前款第二项至第七项"


def test_existing_output_is_refused_before_parsing(spark, job, inputs):
    _, out = job
    with pytest.raises(FileExistsError, match="documents exists"):
        gongbao_tables.run(spark, str(inputs), str(out))
