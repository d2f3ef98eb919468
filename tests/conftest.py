"""Fixtures every test folder may use: where ../shared is, and what CI requires to run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# helper modules shared by test folders (generalisation_helpers.py) import from here: with
# --import-mode=importlib no test folder is on sys.path
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

# Ingest embeds every document when the `embed` extra is installed; across the suite's thousands of
# ingested test documents that is minutes of CPU for nothing the tests look at. The embedding path
# is tested where it is asked for explicitly (`use_embeddings=True`, eval-links with the extra).
os.environ.setdefault("UPROOTED_EMBEDDINGS", "off")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (gold, seeds, corpus): read-only material of other people; skip when absent."""
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"{SHARED} is not there: the tests on shared gold and seeds are skipped")
    return SHARED


def pytest_sessionstart(session):
    """In CI (UPROOTED_REQUIRE_BROWSER=1) the dashboard tests must run: a missing chromium fails."""
    if os.environ.get("UPROOTED_REQUIRE_BROWSER") == "1" and not Path("/usr/bin/chromium").exists():
        raise pytest.UsageError(
            "UPROOTED_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing (apt-get install chromium)"
        )
