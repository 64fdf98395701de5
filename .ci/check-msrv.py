#!/usr/bin/env python3
"""Fails when a workspace package's rust-version is below a dependency's.

Only the installed toolchains can be used here, so instead of building with
the declared minimum, check that it is honest: every package of the
workspace (the library and the command-line tool) declares one, and the
lowest is at least the rust-version every package of the resolved graph
(dev-dependencies included) declares. Reads `cargo metadata --format-version 1`;
arguments are passed to it (`--manifest-path python/Cargo.toml` checks the
Python package's own workspace).
"""
import json
import subprocess
import sys


def version(text):
    """'1.88' or '1.85.0' as a comparable tuple (1, 88, 0)."""
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked", *sys.argv[1:]],
        check=True, capture_output=True, text=True,
    ).stdout
    meta = json.loads(out)
    ours = {p["id"] for p in meta["packages"] if p["id"] in meta["workspace_members"]}
    members = [p for p in meta["packages"] if p["id"] in ours]
    missing = [p["name"] for p in members if not p.get("rust_version")]
    for name in missing:
        print(f"{name}: no rust-version in Cargo.toml", file=sys.stderr)
    if missing:
        return 1
    declared = min((p["rust_version"] for p in members), key=version)
    resolved = {n["id"] for n in meta["resolve"]["nodes"]}
    above = sorted(
        (version(p["rust_version"]), p["name"], p["version"], p["rust_version"])
        for p in meta["packages"]
        if p["id"] in resolved and p["id"] not in ours and p.get("rust_version")
        and version(p["rust_version"]) > version(declared)
    )
    for _, name, ver, needs in above:
        print(f"{name} {ver} needs Rust {needs}, above rust-version {declared}", file=sys.stderr)
    if above:
        return 1
    print(f"rust-version {declared} covers every dependency")
    return 0


if __name__ == "__main__":
    sys.exit(main())
