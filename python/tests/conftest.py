"""Shared fixtures: the corpus texts of the repository."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
EXPECTED = ROOT / "tests" / "expected"

# The reference issue: 上海市人民政府公报 2023年第10期.
REFERENCE = "shanghai-gazette-2023-10"


@pytest.fixture(scope="session")
def issue_bytes() -> bytes:
    return (CORPUS / f"{REFERENCE}.txt").read_bytes()


@pytest.fixture(scope="session")
def issue_text(issue_bytes: bytes) -> str:
    return issue_bytes.decode("utf-8")
