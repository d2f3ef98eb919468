"""Reporting terms, units and non-facts of this language (read by extract/engine.py)."""

from uprooted.lang.base import TermData

TERMS = TermData()
