"""Extraction time on adversarial shapes (not a test: `make bench`).

One megabyte (--size) of each shape that used to stall extraction (issue 11): long runs of "."
or "!" without spaces, one short sentence repeated, long single-line text, runs of spaces, digits
and separators, Arabic tatweel. Each goes through `pipeline.extract_one`, as ingest runs it, with
the per-document time budget (--budget seconds, default the setting's 60): the line says how long
it took (wall clock, and the CPU time of this process, the steadier figure on a shared machine),
how many facts it found and, when the budget stopped it, how far it read. The sentence
splitter is also timed alone.

    python bench/bench_adversarial.py [--size 1000000] [--budget 60] [--lang en]
"""

from __future__ import annotations

import argparse
import sys
import time

from uprooted.extract import ExtractSettings
from uprooted.extract.segment import split_sentences
from uprooted.lang import get_pack
from uprooted.models import Document
from uprooted.pipeline import extract_one


def shapes(n: int) -> dict[str, str]:
    def fill(unit: str, lead: str = "") -> str:
        return (lead + unit * (n // len(unit) + 1))[:n]

    return {
        "run of '.'": fill(".", "Flood. "),
        "run of '!'": fill("!", "Flood "),
        "'. ' repeated": fill(". "),
        "one sentence repeated": fill("Floods displaced 5,000 people in Kassala on Monday. "),
        "single line, many figures": fill(
            "the river rose and 1,200 people fled near the town of Kassala on Monday, "
        ),
        "single line of prose": fill("the river rose and the people of the town waited for the boats "),
        "spaces": "A" + " " * (n - 2) + "b",
        "digits and commas": fill("1,"),
        "one long word": fill("a"),
        "tatweel": fill("\u0640", "نزح "),
        "small numbers after 'compared with'": ("This year 5 people came, compared with " + fill("1 "))[:n],
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument(
        "--budget", type=float, default=None, help="seconds per document (default: the setting)"
    )
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    settings = ExtractSettings() if args.budget is None else ExtractSettings(time_budget_s=args.budget)
    extract_one(Document(doc_id="warm", text="Floods displaced 5,000 people in Kassala.", lang=args.lang))
    pack = get_pack(args.lang)
    print(
        f"{args.size:,} characters per shape, language {args.lang}, time budget {settings.time_budget_s:g} s"
    )
    print(f"{'shape':<28}{'split s':>9}{'extract s':>11}{'cpu s':>8}{'facts':>7}  note")
    for name, text in shapes(args.size).items():
        began = time.perf_counter()
        split_sentences(text, pack, settings.max_sentence_chars)
        split = time.perf_counter() - began
        began, cpu = time.perf_counter(), time.process_time()
        result = extract_one(Document(doc_id="adv", text=text, lang=args.lang), settings)
        spent, cpu = time.perf_counter() - began, time.process_time() - cpu
        note = ""
        if result.warning and "time budget" in result.warning:
            note = "stopped by the time budget: " + result.warning.split("exceeded: ")[-1].split(";")[0]
        print(
            f"{name:<28}{split:>9.2f}{spent:>11.2f}{cpu:>8.2f}{len(result.facts or []):>7}  {note}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
