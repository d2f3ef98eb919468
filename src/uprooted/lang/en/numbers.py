"""How figures are written in this language (read by extract/figures.py)."""

from uprooted.lang.base import NumberData

NUMBERS = NumberData()
