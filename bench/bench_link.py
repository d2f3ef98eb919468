"""Linking speed on the shared corpus (not a test: `make bench`).

Ingests ../shared/corpus/idmc_articles_en.jsonl (293 real English articles) and the two seeds
into a fresh SQLite store, then times `uprooted link` twice: once with the linking features the
ingest stored, once from scratch (features dropped, so `link` reads every document again).
`--embeddings` adds the sentence model (the `embed` extra); the default is the default install.
The issue's target: under 30 s for these 295 documents with the default install.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import delete

from uprooted.cli import cli
from uprooted.store import Store
from uprooted.store.schema import link_features

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embeddings", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "corpus").is_dir():
        print(f"{SHARED}/corpus is missing: nothing to measure", file=sys.stderr)
        return 1
    flag = "--embeddings" if args.embeddings else "--no-embeddings"
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.sqlite")
        start = time.perf_counter()
        for path, extra in (
            (SHARED / "corpus" / "idmc_articles_en.jsonl", []),
            (SHARED / "seeds", ["--published", "2017-03-05"]),
        ):
            done = runner.invoke(cli, ["--db", db, "ingest", str(path), *extra])
            assert done.exit_code == 0, done.output
        print(f"ingest (extraction and linking features): {time.perf_counter() - start:.1f} s")
        for label in ("link, features stored at ingest", "link from scratch (--rebuild, features dropped)"):
            if "scratch" in label:
                with Store(db) as store, store.engine.begin() as conn:
                    conn.execute(delete(link_features))
            start = time.perf_counter()
            done = runner.invoke(cli, ["--db", db, "link", flag, "--rebuild"])
            elapsed = time.perf_counter() - start
            assert done.exit_code == 0, done.output
            print(f"{label}: {elapsed:.1f} s; {done.output.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
