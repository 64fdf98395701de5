"""The package as installed: its stubs name what it exports, and ship."""

import ast
from pathlib import Path

import gongbao

PACKAGE = Path(gongbao.__file__).parent


def test_the_stubs_and_py_typed_ship_and_match_the_exports():
    assert (PACKAGE / "py.typed").exists()
    stubs = ast.parse((PACKAGE / "__init__.pyi").read_text(encoding="utf-8"))
    declared = set()
    for node in stubs.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            declared.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            declared.add(node.target.id)
    assert set(gongbao.__all__) <= declared
    for name in declared:
        assert hasattr(gongbao, name), name


def test_the_version_is_the_crates():
    assert gongbao.__version__ == "0.1.0"
