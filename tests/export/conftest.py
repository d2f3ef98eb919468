"""Make the hand-built corpora in tests/matrix importable (pytest runs with --import-mode=importlib)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "matrix"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
