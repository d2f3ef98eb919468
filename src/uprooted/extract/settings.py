"""Every threshold of the extractor in one place (the way trafilatura keeps its settings.py).

Values can be overridden per call (`ExtractSettings(...)`) or, for the factors an analyst may
want to set for a whole deployment, through environment variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_float(name: str, default: float) -> float:
    """A float from the environment; a bad value falls back to the default instead of raising."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class ExtractSettings:
    # Conversion of households / families to people (flag `converted_unit`).
    people_per_household: float = field(
        default_factory=lambda: _env_float("UPROOTED_PEOPLE_PER_HOUSEHOLD", 5.0)
    )
    people_per_family: float = field(
        default_factory=lambda: _env_float(
            "UPROOTED_PEOPLE_PER_FAMILY", _env_float("UPROOTED_PEOPLE_PER_HOUSEHOLD", 5.0)
        )
    )
    # Facts below this confidence are dropped. The fact model's own calibrated threshold (its
    # JSON's `threshold`; `python -m uprooted.extract.model describe` prints it) already decides
    # what is kept; raise this to keep only surer facts. It was 0.3, a second cut above the
    # calibrated threshold that dropped news-style facts the model keeps.
    min_confidence: float = 0.0
    # How far (in tokens) after a figure we look for the noun it counts.
    noun_window: int = 4
    # How far (in tokens) from a figure a reporting term may stand and still govern it.
    trigger_window: int = 28
    # A sentence longer than this (characters) is cut into pieces (PDF text without stops).
    max_sentence_chars: int = 1500
    # The engine reads at most this many characters at once; the pipeline reads a longer
    # document in parts of this size (cut at line breaks) and says so in its warning.
    max_document_chars: int = 400_000
    # Seconds one document may take in the pipeline; then the facts found so far are kept, the
    # document is stored with a warning and the batch goes on (0: no limit).
    time_budget_s: float = field(default_factory=lambda: _env_float("UPROOTED_TIME_BUDGET_S", 60.0))
    # Skip figures smaller than this (a count of 1 is rarely a displacement figure).
    min_value: int = 2
