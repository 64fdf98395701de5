#!/usr/bin/env python3
"""Runs the DuckDB worked example of the `gongbao::tables` docs and checks
its results.

The command, the SQL queries and their documented results are read from
the module docs (src/tables/mod.rs: the ```sh and ```sql blocks and the
Markdown table after each query), so the docs and this check cannot drift
apart. The tables are written by `gongbao tables` on the reference issue.
The documented rows were checked against the text: the units by counting
the bracketed 责任单位 lists (61, nested brackets such as
市卫生健康委（市中医药管理局） kept whole) that name each unit; the
deadlines by reading each sentence.
Needs the duckdb package; run from anywhere: `python3 .ci/duckdb-example.py`.
"""

import os
import pathlib
import shlex
import subprocess
import sys
import tempfile

import duckdb

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCS = ROOT / "src" / "tables" / "mod.rs"

def code_blocks(language):
    """The code blocks of one language in the module's `//!` docs."""
    blocks, current = [], None
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if not line.startswith("//!"):
            continue
        text = line[3:].removeprefix(" ")
        if current is None and text.strip() == "```" + language:
            current = []
        elif current is not None and text.strip() == "```":
            blocks.append("\n".join(current))
            current = None
        elif current is not None:
            current.append(text)
    return blocks


def result_tables():
    """The Markdown tables of the module docs: the results each query is
    documented to give, as rows of strings and integers, header left out."""
    tables, current = [], None
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        text = line[3:].strip() if line.startswith("//!") else ""
        if text.startswith("|"):
            cells = [c.strip() for c in text.strip("|").split("|")]
            if current is None:
                current = []
            elif not all(set(c) <= {"-"} for c in cells):
                current.append(tuple(int(c) if c.isdigit() else c for c in cells))
        elif current is not None:
            tables.append(current)
            current = None
    return tables


def main():
    [command] = code_blocks("sh")
    queries = code_blocks("sql")
    expected = result_tables()
    assert len(queries) == len(expected) == 2, (queries, expected)
    args = shlex.split(command)
    assert args[:2] == ["gongbao", "tables"] and args[-2:] == ["--out", "t"], args
    with tempfile.TemporaryDirectory() as work:
        # The documented command, run by cargo from the repository root,
        # writing `t` in a scratch folder where the queries run.
        cargo = ["cargo", "run", "--quiet", "--package", "gongbao-cli", "--"]
        subprocess.run(cargo + args[1:-1] + [os.path.join(work, "t")], cwd=ROOT, check=True)
        os.chdir(work)
        con = duckdb.connect()
        results = [con.sql(q).fetchall() for q in queries]
    for query, rows in zip(queries, results):
        print(query)
        for row in rows:
            print("  ", row)
    for rows, documented in zip(results, expected):
        assert rows == documented, (rows, documented)
    print("duckdb example: the documented results hold")


if __name__ == "__main__":
    sys.exit(main())
