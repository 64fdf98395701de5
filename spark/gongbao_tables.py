#!/usr/bin/env python3
"""Parse a directory of gazette texts on Spark and write the flat tables as
Parquet: one dataset per table (OUTPUT_DIR/documents/, OUTPUT_DIR/clauses/,
...), the same rows as ``gongbao tables`` writes, with spans in characters.

    spark-submit spark/gongbao_tables.py INPUT_DIR OUTPUT_DIR [--partitions N]

How it works (spark/README.md has the details and how to submit it):

* Every file under INPUT_DIR (recursively; names starting with ``.`` or
  ``_`` are skipped, as Spark does) is read as bytes with the ``binaryFile``
  source, so the package decodes it (UTF-8, UTF-16 with a BOM, GB18030,
  Big5) exactly as the command line does.
* ``mapInArrow`` parses each file ONCE on the executors with
  ``gongbao.tables(data, source=...)`` and returns one row per file that
  holds every table's rows as an array column. That DataFrame is persisted,
  and each table is written from it with ``explode``: the parse is not
  repeated per table.
* A file that cannot be decoded (or that the parser fails on) becomes one
  row of the ``diagnostics`` table, of severity ``error``; the job goes on.
* ``source`` is the file's path relative to INPUT_DIR, with ``/``: the name
  ``gongbao tables`` gives a file when run inside INPUT_DIR, so the tables of
  both join.
* No partition columns: each table is one flat dataset of about
  ``--rows-per-file`` rows per file (coalesced from the parse's partitions).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import pyarrow as pa
from pyspark import StorageLevel, cloudpickle
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DataType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
)

# A table's columns as gongbao.SCHEMA gives them: (name, kind, nullable).
Columns = Sequence[Tuple[str, str, bool]]

_SPARK_TYPES: Dict[str, DataType] = {
    "string": StringType(),
    "int64": LongType(),
    "float64": DoubleType(),
    "bool": BooleanType(),
}
_ARROW_TYPES = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
}

if __name__ != "__main__":
    # Imported (by a test, a notebook): the executors may not be able to
    # import this module, so its functions travel to them by value.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])

# Input bytes parsed before the rows are handed to Spark as one Arrow batch:
# bounds the Python memory of a task whatever the size of its partition.
BATCH_BYTES = 4 << 20

DEFAULT_ROWS_PER_FILE = 1_000_000


def table_schema(columns: Columns) -> StructType:
    """The Spark schema of one table, from its entry in ``gongbao.SCHEMA``."""
    return StructType(
        [StructField(name, _SPARK_TYPES[kind], nullable) for name, kind, nullable in columns]
    )


def parsed_schema(schema: Dict[str, Columns]) -> StructType:
    """The schema of the parse's output: one row per input file, its
    ``source`` and size, and an array of rows for each table."""
    fields = [StructField("source", StringType(), False), StructField("bytes", LongType(), False)]
    fields += [
        StructField(name, ArrayType(table_schema(columns), False), False)
        for name, columns in schema.items()
    ]
    return StructType(fields)


def _arrow_schema(schema: Dict[str, Columns]) -> pa.Schema:
    fields = [pa.field("source", pa.string(), False), pa.field("bytes", pa.int64(), False)]
    for name, columns in schema.items():
        row = pa.struct([pa.field(c, _ARROW_TYPES[kind], nullable) for c, kind, nullable in columns])
        fields.append(pa.field(name, pa.list_(pa.field("item", row, False)), False))
    return pa.schema(fields)


def failure_row(columns: Columns, source: str, error: BaseException) -> dict:
    """The diagnostics row of a file that could not be parsed: severity
    ``error``; code ``damaged-input`` for bytes that are not text (the code
    of the same fault when ``--lossy`` lets it through), ``parse-failure``
    for anything else. No document and no span: there is no text to count
    characters in (a DecodeError's message gives the bytes at fault)."""
    import gongbao

    decode = isinstance(error, gongbao.DecodeError)
    known = {
        "source": source,
        "severity": "error",
        "code": "damaged-input" if decode else "parse-failure",
        # A DecodeError's message says where, in bytes of the file.
        "message": f"not parsed: {type(error).__name__}: {error}",
    }
    defaults = {"string": "", "int64": 0, "float64": 0.0, "bool": False}
    return {
        name: known.get(name, None if nullable else defaults[kind])
        for name, kind, nullable in columns
    }


def _is_failure(diagnostic):
    """A diagnostics row written by ``failure_row``."""
    return diagnostic["severity"] == "error"


def relative_source(path: str, base: str) -> str:
    """``path`` (as binaryFile gives it) relative to the input directory
    ``base`` (qualified the same way); the whole path if it is not under it."""
    prefix = base.rstrip("/") + "/"
    return path[len(prefix) :] if path.startswith(prefix) else path


def parse_batches(
    batches: Iterable[pa.RecordBatch],
    base: str,
    year: Optional[int] = None,
    lossy: bool = False,
) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function: reads batches of (path, content) and
    yields, per file, its source, size and every table's rows."""
    import gongbao  # on the executor

    schema = {name: list(columns) for name, columns in gongbao.SCHEMA.items()}
    arrow = _arrow_schema(schema)
    out: Dict[str, list] = {field.name: [] for field in arrow}
    pending = 0

    def flush() -> pa.RecordBatch:
        batch = pa.RecordBatch.from_arrays(
            [pa.array(out[f.name], f.type) for f in arrow], schema=arrow
        )
        for values in out.values():
            values.clear()
        return batch

    for batch in batches:
        paths = batch.column("path").to_pylist()
        contents = batch.column("content")
        for i, path in enumerate(paths):
            data = contents[i].as_py()
            source = relative_source(path, base)
            try:
                rows = gongbao.tables(data, source=source, year=year, lossy=lossy)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as error:  # a Rust panic is a BaseException
                rows = {name: [] for name in schema}
                rows["diagnostics"] = [failure_row(schema["diagnostics"], source, error)]
            out["source"].append(source)
            out["bytes"].append(len(data))
            for name in schema:
                out[name].append(rows.get(name, []))
            pending += len(data)
            if pending >= BATCH_BYTES:
                yield flush()
                pending = 0
    if out["source"]:
        yield flush()


def _hadoop_path(spark: SparkSession, path: str):
    """``path`` as a Hadoop path, with its file system."""
    hadoop_path = spark.sparkContext._jvm.org.apache.hadoop.fs.Path(path)
    return hadoop_path, hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())


def _qualified(spark: SparkSession, path: str) -> str:
    """``path`` as Hadoop qualifies it (``file:/abs/dir``, ``hdfs://nn/dir``):
    the prefix of the ``path`` column binaryFile gives its files."""
    hadoop_path, fs = _hadoop_path(spark, path)
    return fs.makeQualified(hadoop_path).toString()


def _exists(spark: SparkSession, path: str) -> bool:
    hadoop_path, fs = _hadoop_path(spark, path)
    return fs.exists(hadoop_path)


def run(
    spark: SparkSession,
    input_dir: str,
    output_dir: str,
    *,
    partitions: Optional[int] = None,
    rows_per_file: int = DEFAULT_ROWS_PER_FILE,
    year: Optional[int] = None,
    lossy: bool = False,
    glob: Optional[str] = None,
    overwrite: bool = False,
) -> dict:
    """Parses every file under ``input_dir`` and writes the tables under
    ``output_dir``. Returns what it did: files, bytes, parse partitions,
    rows and files per table, and the seconds of the parse and of the
    writes."""
    import gongbao

    schema = {name: list(columns) for name, columns in gongbao.SCHEMA.items()}
    targets = {name: f"{output_dir.rstrip('/')}/{name}" for name in schema}
    if not overwrite:
        # Found now, not after the whole archive is parsed.
        there = [path for path in targets.values() if _exists(spark, path)]
        if there:
            raise FileExistsError(f"{there[0]} exists (--overwrite replaces the datasets)")
    base = _qualified(spark, input_dir)
    reader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
    if glob:
        reader = reader.option("pathGlobFilter", glob)
    files = reader.load(input_dir).select("path", "content")
    if partitions:
        # Spark packs small files into partitions of up to
        # spark.sql.files.maxPartitionBytes; this spreads them evenly
        # instead, at the cost of one shuffle of the texts.
        files = files.repartition(partitions)

    parsed = files.mapInArrow(
        lambda batches: parse_batches(batches, base, year=year, lossy=lossy),
        parsed_schema(schema),
    ).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        started = time.monotonic()
        # One pass over the input: parses every file (and fills the cache)
        # and counts the rows each table will have.
        totals = parsed.agg(
            F.count(F.lit(1)).alias("files"),
            F.coalesce(F.sum("bytes"), F.lit(0)).alias("bytes"),
            *[F.coalesce(F.sum(F.size(name)), F.lit(0)).alias(name) for name in schema],
            F.coalesce(F.sum(F.size(F.filter("diagnostics", _is_failure))), F.lit(0)).alias("failed"),
        ).first()
        parse_seconds = time.monotonic() - started
        n_partitions = parsed.rdd.getNumPartitions()

        started = time.monotonic()
        written: Dict[str, int] = {}
        mode = "overwrite" if overwrite else "errorifexists"
        for name in schema:
            rows = totals[name]
            n_files = min(max(1, math.ceil(rows / rows_per_file)), n_partitions)
            table = parsed.select(F.explode(name).alias("row")).select("row.*")
            table.coalesce(n_files).write.mode(mode).parquet(targets[name])
            written[name] = n_files
        write_seconds = time.monotonic() - started
    finally:
        parsed.unpersist()

    return {
        "files": totals["files"],
        "bytes": totals["bytes"],
        "failed": totals["failed"],
        "partitions": n_partitions,
        "rows": {name: totals[name] for name in schema},
        "output_files": written,
        "parse_seconds": parse_seconds,
        "write_seconds": write_seconds,
    }


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description="Parse a directory of gazette texts with gongbao on Spark and "
        "write the flat tables as Parquet, one dataset per table."
    )
    parser.add_argument("input_dir", help="directory of texts, read recursively (any encoding)")
    parser.add_argument("output_dir", help="where OUTPUT_DIR/<table>/ datasets are written")
    parser.add_argument(
        "--partitions",
        type=int,
        metavar="N",
        help="spread the files over N partitions before parsing (a shuffle); "
        "default: Spark's packing of files into partitions of "
        "spark.sql.files.maxPartitionBytes",
    )
    parser.add_argument(
        "--rows-per-file",
        type=int,
        default=DEFAULT_ROWS_PER_FILE,
        metavar="N",
        help=f"about how many rows each Parquet file holds (default {DEFAULT_ROWS_PER_FILE:,})",
    )
    parser.add_argument("--year", type=int, help="the year of dates written without one")
    parser.add_argument(
        "--lossy",
        action="store_true",
        help="read damaged bytes as U+FFFD with a damaged-input diagnostic "
        "instead of skipping the file",
    )
    parser.add_argument("--glob", metavar="PATTERN", help="only files whose name matches, e.g. '*.txt'")
    parser.add_argument("--overwrite", action="store_true", help="replace existing output datasets")
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    if args.rows_per_file < 1:
        parser.error("--rows-per-file must be at least 1")

    spark = SparkSession.builder.appName("gongbao-tables").getOrCreate()
    try:
        stats = run(
            spark,
            args.input_dir,
            args.output_dir,
            partitions=args.partitions,
            rows_per_file=args.rows_per_file,
            year=args.year,
            lossy=args.lossy,
            glob=args.glob,
            overwrite=args.overwrite,
        )
    except FileExistsError as error:
        print(f"gongbao-tables: {error}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    mb = stats["bytes"] / 1e6
    print(
        f"gongbao-tables: {stats['files']} files, {mb:.1f} MB in {stats['partitions']} partitions; "
        f"parsed in {stats['parse_seconds']:.1f} s ({mb / max(stats['parse_seconds'], 1e-9):.1f} MB/s), "
        f"written in {stats['write_seconds']:.1f} s",
        file=sys.stderr,
    )
    for name, rows in stats["rows"].items():
        print(f"  {name}: {rows} rows in {stats['output_files'][name]} file(s)", file=sys.stderr)
    if stats["failed"]:
        print(
            f"gongbao-tables: {stats['failed']} file(s) not parsed: see diagnostics of severity 'error'",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
