"""Attribution phrases and organisation names of this language (read by extract/engine.py)."""

from uprooted.lang.base import SourceData

SOURCES = SourceData()
