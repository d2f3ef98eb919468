"""uprooted.ingest: every source kind (text, HTML, feed, WARC, JSONL, field counts) -> Document.

`read_paths` is the entry point: lazy, never raises, reports bad input as `IngestError`s in
the stream.
"""

from uprooted.ingest.common import DEFAULT_MAX_BYTES
from uprooted.ingest.dates import parse_date
from uprooted.ingest.dedupe import near_duplicates
from uprooted.ingest.errors import IngestError
from uprooted.ingest.language import detect_language, normalise_lang
from uprooted.ingest.reader import input_files, read_file, read_paths, sniff_kind

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestError",
    "detect_language",
    "near_duplicates",
    "normalise_lang",
    "parse_date",
    "read_file",
    "input_files",
    "read_paths",
    "sniff_kind",
]
