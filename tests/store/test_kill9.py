"""kill -9 at random points of a 500-document ingest never leaves a document without its facts
(or a fact without its document): a document and its facts are one transaction (issue 11).

A child process ingests the folder with the real pipeline and prints a line per stored document;
the test kills it with SIGKILL after a random number of lines plus a random delay, checks the
store, and does it again (at least 20 times), then lets one run finish.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from uprooted.store import Store

PLACES = ["Kassala", "Kadugli", "Mosul", "Aleppo", "Goma", "Beira", "Maiduguri", "Marawi", "Kharkiv", "Idlib"]
CAUSES = [
    "Floods displaced {n} people in {p} on {d} May 2024, officials said.",
    "Fighting forced {n} people to flee {p} on {d} June 2024, the UN said.",
    "About {n} residents were evacuated from {p} on {d} July 2024, the Red Cross said.",
]

CHILD = """
import sys
from uprooted.ingest import IngestError, read_paths
from uprooted.pipeline import IngestSummary, extract_one, store_results
from uprooted.store import Store
store = Store(sys.argv[1])
summary = IngestSummary()
for item in read_paths([sys.argv[2]], lang="en"):
    if isinstance(item, IngestError):
        continue
    store_results(store, [extract_one(item)], summary)
    print("stored", flush=True)
print("done", flush=True)
"""

ORPHANS = """
SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.doc_id = d.doc_id)
"""
STRAYS = """
SELECT COUNT(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = f.doc_id)
"""


def _corpus(folder: Path, count: int = 500) -> None:
    rnd = random.Random(11)
    folder.mkdir()
    for i in range(count):
        sentence = CAUSES[i % len(CAUSES)].format(n=f"{1000 + 37 * i:,}", p=rnd.choice(PLACES), d=1 + i % 28)
        sub = folder / f"batch{i % 5}"  # same file names in several folders, too
        sub.mkdir(exist_ok=True)
        (sub / f"report{i // 5}.txt").write_text(sentence + "\n", encoding="utf-8")


def _check(url: str) -> tuple[int, int, int]:
    with Store(url) as store, store.engine.connect() as conn:
        documents = store.count_documents()
        return documents, conn.execute(text(ORPHANS)).scalar_one(), conn.execute(text(STRAYS)).scalar_one()


def test_kill_9_never_leaves_a_document_without_its_facts(db_url, tmp_path):
    folder = tmp_path / "reports"
    _corpus(folder)
    Store(db_url).close()  # migrate once, outside the killed process
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2] / "src"), *sys.path])}
    rnd = random.Random(int(os.environ.get("UPROOTED_KILL_SEED", "911")))
    kills = 0
    seen_counts = []
    for _ in range(21):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, db_url, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        wait_lines = rnd.randint(0, 60)
        for _line in range(wait_lines):
            if not child.stdout.readline():
                break
        time.sleep(rnd.random() * 0.05)  # land anywhere inside the next document's work
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            kills += 1
        child.wait(timeout=60)
        child.stdout.close()
        documents, orphans, strays = _check(db_url)
        seen_counts.append(documents)
        assert orphans == 0, f"after kill {kills}: {orphans} documents without facts"
        assert strays == 0, f"after kill {kills}: {strays} facts without a document"
    assert kills >= 20
    assert seen_counts[-1] > 0

    done = subprocess.run(
        [sys.executable, "-c", CHILD, db_url, str(folder)],
        capture_output=True,
        env=env,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    documents, orphans, strays = _check(db_url)
    assert (documents, orphans, strays) == (500, 0, 0)


pytestmark = pytest.mark.timeout(1200)
