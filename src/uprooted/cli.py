"""The `uprooted` command: parses arguments, calls the layers, prints. No logic of its own."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from uprooted import __version__
from uprooted.export import FORMATS as EXPORT_FORMATS
from uprooted.models import MEASURES
from uprooted.output import FORMATS, Column, resolve_format, write_rows

err = Console(stderr=True)
out = Console()


def _progress() -> Progress:
    """A progress bar on stderr with the total and the time left, silent when stderr is not a
    terminal (CI logs, pipes)."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def _set_db(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.find_root().obj["db"] = value


# `--db` is accepted after the command too (`uprooted matrix --db X`), the same as before it.
db_option = click.option(
    "--db",
    metavar="URL",
    expose_value=False,
    callback=_set_db,
    help="Store: a SQLite file or postgresql://... (default: UPROOTED_DB, else ./uprooted.sqlite).",
)


def _format_option(choices: tuple[str, ...] = FORMATS):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=None,
        help="Output format (default: table on a terminal, tsv in a pipe).",
    )


def _parse_date(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from None


def _open_store(ctx: click.Context, *, create: bool = False):
    """The store named by --db / UPROOTED_DB; only `ingest` may create one."""
    from uprooted.store import StoreError, open_store

    try:
        return open_store(ctx.find_root().obj.get("db"), create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="UPROOTED_DB",
    default=None,
    metavar="URL",
    help="Store: a SQLite file path or sqlite:/// URL (default ./uprooted.sqlite), or postgresql://...",
)
@click.option("-v", "--verbose", is_flag=True, help="Log what each layer does.")
@click.version_option(__version__, prog_name="uprooted")
@click.pass_context
def cli(ctx: click.Context, db: str | None, verbose: bool) -> None:
    """uprooted: a displacement tracking matrix built from news and field reports."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


# --------------------------------------------------------------------------- output columns

# Priority 1 columns are never dropped; figures are never cut.
FACT_COLUMNS = (
    Column("doc", 2),
    Column("measure", 1),
    Column("value", 1, figure=True),
    Column("qual", 4),
    Column("unit", 4),
    Column("term", 5),
    Column("start", 3),
    Column("end", 2),
    Column("place", 1, wrap=True),
    Column("source", 4, wrap=True),
    Column("conf", 3, figure=True),
    Column("flags", 6, wrap=True),
)
STORED_COLUMNS = (
    Column("id", 1),
    Column("status", 2),
    Column("doc", 4),
    Column("measure", 1),
    Column("value", 1, figure=True),
    Column("end", 3),
    Column("place", 2, wrap=True),
    Column("source", 5, wrap=True),
    Column("evidence", 6, wrap=True),
)
MATRIX_COLUMNS = (
    Column("place", 1, wrap=True),
    Column("measure", 1),
    Column("kind", 2),
    Column("start", 3),
    Column("date", 1),
    Column("best", 1, figure=True),
    Column("low", 4, figure=True),
    Column("high", 4, figure=True),
    Column("sources", 2, wrap=True),
    Column("reports", 5, figure=True),
    Column("rule", 4),
    Column("flags", 3, wrap=True),
)
FLAG_COLUMNS = (
    Column("place", 1, wrap=True),
    Column("measure", 2),
    Column("kind", 4),
    Column("date", 2),
    Column("figure", 1, figure=True),
    Column("best", 3, figure=True),
    Column("fact_id", 3),
    Column("doc_id", 5),
    Column("status", 4),
    Column("excluded", 5),
    Column("why", 1, wrap=True),
    Column("series", 6),
    Column("point_id", 6),
)
EVENT_COLUMNS = (
    Column("event", 1),
    Column("documents", 1, figure=True),
    Column("doc_ids", 2, wrap=True),
    Column("duplicates", 3, wrap=True),
)


def _where(place) -> str:
    return "/".join(x for x in (place.name, place.area, place.country) if x) if place else ""


def _fact_row(f) -> dict:
    return {
        "doc": f.doc_id,
        "measure": f.measure,
        "value": f.value,
        "qual": f.qualifier,
        "unit": f.unit,
        "term": f.term,
        "start": f.start,
        "end": f.end,
        "place": _where(f.place),
        "source": f.source,
        "conf": round(f.confidence, 2),
        "flags": list(f.flags),
    }


def _stored_row(s) -> dict:
    f = s.fact
    return {
        "id": s.fact_id,
        "status": s.status,
        "doc": f.doc_id,
        "measure": f.measure,
        "value": f.value,
        "end": f.end,
        "place": _where(f.place),
        "source": f.source,
        "evidence": f.evidence[0].text[:300] if f.evidence else "",
    }


def _finish(failed: list[str], what: str = "input") -> None:
    """Exit 1 when some inputs failed (they were listed as they came); 0 otherwise."""
    if failed:
        err.print(
            f"[red]{len(failed)} {what}(s) failed[/]: "
            + "; ".join(failed[:10])
            + (" ..." if len(failed) > 10 else "")
        )
        sys.exit(1)


# --------------------------------------------------------------------------- extract (no store)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--published", callback=_parse_date, help="Publication date (YYYY-MM-DD) for sources without one."
)
@click.option("--lang", help="Language of every document (default: given by the source, else detected).")
@_format_option()
@click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=None, help="Drop facts below this confidence."
)
def extract(paths, published, lang, fmt, min_confidence) -> None:
    """Print the displacement facts in PATHS (files or folders, any format ingest reads). No database.

    Exit status: 0 when every input was read, 1 when some could not be (they are listed).
    """
    from uprooted.ingest import IngestError, input_files
    from uprooted.pipeline import IngestSummary, extract_paths

    fmt = resolve_format(fmt)
    if fmt == "jsonl":
        fmt = "spec-jsonl"
    files, failed = _inputs(paths, input_files)
    facts = []
    summary = IngestSummary()
    with _progress() as progress:
        task = progress.add_task("extracting", total=sum(size for _, size in files) or None)
        for path, size in files:
            for item in extract_paths([path], published=published, lang=lang):
                if isinstance(item, IngestError):
                    failed.append(str(item))
                    err.print(f"[yellow]skipped[/] {item}")
                    continue
                if item.warning:
                    err.print(f"[yellow]warning[/] {item.warning}")
                summary.count_no_pack(item)
                for fact in item.facts or []:
                    if min_confidence is not None and fact.confidence < min_confidence:
                        continue
                    if fmt == "spec-jsonl":
                        sys.stdout.write(json.dumps(fact.to_spec(), ensure_ascii=False) + "\n")
                    else:
                        facts.append(fact)
            progress.advance(task, size)
    if fmt != "spec-jsonl":
        write_rows([_fact_row(f) for f in facts], FACT_COLUMNS, fmt, title=f"{len(facts)} facts")
    if summary.no_pack_line():
        err.print(summary.no_pack_line().replace("documents stored, ", ""))
    _finish(failed)


# Linking features (and embeddings, with the `embed` extra) are computed per batch of this many
# stored documents: one model call for many documents, and a kill loses at most one batch of them
# (`uprooted link` computes what is missing).
LINK_FEATURE_BATCH = 32


def _link_features(store, pending: list, summary) -> None:
    from uprooted.pipeline import store_link_features

    warning = store_link_features(store, pending)
    if warning:
        summary.warnings.append(warning)
    pending.clear()


def _inputs(paths, input_files) -> tuple[list[tuple[Path, int]], list[str]]:
    """The files under PATHS with their sizes (for a progress total), and the paths that are not
    there: a missing path is one failed input, not the end of the batch."""
    files, failed = [], []
    for item in input_files(paths):
        if isinstance(item, Path):
            try:
                files.append((item, item.stat().st_size))
            except OSError as exc:
                failed.append(f"{item}: {exc.strerror or exc}")
        else:
            failed.append(str(item))
            err.print(f"[yellow]skipped[/] {item}")
    return files, failed


# --------------------------------------------------------------------------- ingest (store)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--published", callback=_parse_date, help="Publication date (YYYY-MM-DD) for sources without one."
)
@click.option("--lang", help="Language of every document (default: given by the source, else detected).")
@click.option("--no-extract", is_flag=True, help="Store the documents only.")
@db_option
@click.pass_context
def ingest(ctx, paths, published, lang, no_extract) -> None:
    """Read reports (text, HTML, RSS/Atom, WARC, JSONL, field-count CSV/HXL), store them and their facts.

    Documents are keyed by content: ingesting the same text twice changes nothing, and an analyst's
    corrections survive re-extraction. The store is created if it does not exist yet.

    Exit status: 0 when every input was stored, 1 when some failed (they are listed).
    """
    from uprooted.ingest import IngestError, input_files, read_paths
    from uprooted.pipeline import IngestSummary, as_stored, extract_one, store_results

    files, failed = _inputs(paths, input_files)
    summary = IngestSummary()
    pending: list = []  # stored documents whose linking features are computed in the next batch
    with _open_store(ctx, create=True) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=sum(size for _, size in files) or None)
        for path, size in files:
            for item in read_paths([path], published=published, lang=lang):
                if isinstance(item, IngestError):
                    summary.errors.append(str(item))
                    err.print(f"[yellow]skipped[/] {item}")
                    continue
                if no_extract:
                    added = store.add_documents([item])
                    summary.documents_added += added.added
                    summary.documents_skipped += added.skipped
                    continue
                result = extract_one(item)
                try:
                    stored_ids = store_results(store, [result], summary, link_features=False)
                except Exception as exc:  # noqa: BLE001 - one document failing must not stop the batch
                    summary.errors.append(f"{item.doc_id}: not stored: {exc}")
                    err.print(f"[red]not stored[/] {item.doc_id}: {exc}")
                    continue
                pending += as_stored([result], stored_ids)
                if len(pending) >= LINK_FEATURE_BATCH:
                    _link_features(store, pending, summary)
            progress.advance(task, size)
        _link_features(store, pending, summary)
    for warning in summary.warnings:
        err.print(f"[yellow]warning[/] {warning}")
    failed += summary.errors
    out.print(
        f"documents: {summary.documents_added} added, {summary.documents_skipped} already stored; "
        f"facts: {summary.facts}; problems: {len(failed)}",
        highlight=False,
    )
    if summary.no_pack_line():
        out.print(summary.no_pack_line(), highlight=False)
    _finish(failed)


@cli.command()
@db_option
@click.pass_context
def reextract(ctx) -> None:
    """Extract the stored documents again (after a rule change). Analysts' corrections are kept."""
    from uprooted.pipeline import IngestSummary, extract_one

    summary = IngestSummary()
    with _open_store(ctx) as store, _progress() as progress:
        docs = store.documents()
        task = progress.add_task("re-extracting", total=len(docs))
        for doc in docs:
            result = extract_one(doc)
            if result.facts is not None:
                store.replace_facts(doc.doc_id, result.facts)
                summary.facts += len(result.facts)
            if result.warning:
                summary.warnings.append(result.warning)
            summary.count_no_pack(result)
            progress.advance(task)
    for warning in summary.warnings:
        err.print(f"[yellow]warning[/] {warning}")
    out.print(f"{len(docs)} documents re-extracted, {summary.facts} machine facts", highlight=False)
    if summary.no_pack_line():
        out.print(summary.no_pack_line(), highlight=False)


# --------------------------------------------------------------------------- link, matrix, export


def _reviewed_facts(store):
    return [sf.fact for sf in store.facts()]


def _link_progress():
    """Progress of linking on stderr: one bar per stage, with its total and the time left."""
    progress = _progress()
    tasks: dict[str, int] = {}

    def advance(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total)
        progress.advance(tasks[stage], done)

    return progress, advance


@cli.command()
@_format_option(("table", "tsv", "csv", "json", "jsonl"))
@click.option(
    "--embeddings/--no-embeddings",
    default=None,
    help="Use the bundled multilingual sentence model (extra `embed`); default: when installed.",
)
@click.option(
    "--rebuild",
    is_flag=True,
    help="Recompute every event; default: stored events stay, new documents join them or form new ones.",
)
@click.option("--top", default=5, show_default=True, help="How many of the largest events to list (table).")
@db_option
@click.pass_context
def link(ctx, fmt, embeddings, rebuild, top) -> None:
    """Group stored documents that report the same event, and near-duplicate copies."""
    from uprooted.link import link_documents
    from uprooted.link.stored import ensure_features

    fmt = resolve_format(fmt)
    progress, advance = _link_progress()
    with _open_store(ctx) as store, progress:
        docs = store.documents()
        facts = _reviewed_facts(store)
        profiles, vectors = ensure_features(store, docs, facts, use_embeddings=embeddings, progress=advance)
        existing = {} if rebuild else store.links()
        result = link_documents(
            docs,
            facts,
            use_embeddings=embeddings,
            profiles=profiles,
            vectors=vectors,
            existing=existing,
            progress=advance,
        )
        store.set_links(result.event_of)
        store.set_duplicates(result.duplicates)
    if fmt == "jsonl":
        for doc_id, event_id in sorted(result.event_of.items()):
            sys.stdout.write(json.dumps({"doc_id": doc_id, "event_id": event_id}) + "\n")
        return
    by_size = sorted(result.events, key=lambda e: (-len(e.doc_ids), e.event_id))
    if fmt != "table":
        rows = [
            {
                "event": e.event_id,
                "documents": len(e.doc_ids),
                "doc_ids": list(e.doc_ids),
                "duplicates": [f"{d} = {result.duplicates[d]}" for d in e.doc_ids if d in result.duplicates],
            }
            for e in by_size
        ]
        write_rows(rows, EVENT_COLUMNS, fmt)
        return
    shared = sum(1 for e in result.events if len(e.doc_ids) > 1)
    titles = {d.doc_id: (d.title or d.text[:60]).strip().replace("\n", " ") for d in docs}
    table = Table(
        title=f"{len(result.events)} events from {len(docs)} documents; the {min(top, len(by_size))} largest"
    )
    table.add_column("event")
    table.add_column("reports", justify="right")
    table.add_column("dates")
    table.add_column("documents")
    for event in by_size[:top]:
        dates = " – ".join(dict.fromkeys(filter(None, [event.first_published, event.last_published])))
        table.add_row(
            event.event_id,
            str(len(event.doc_ids)),
            dates,
            "\n".join(
                f"{d}{' (copy of ' + result.duplicates[d] + ')' if d in result.duplicates else ''}: {titles[d][:60]}"
                for d in event.doc_ids[:8]
            )
            + (f"\n… {len(event.doc_ids) - 8} more" if len(event.doc_ids) > 8 else ""),
        )
    out.print(table)
    out.print(
        f"{len(result.events)} events ({shared} with more than one report), {len(result.duplicates)} near-duplicate "
        f"copies; model {result.model}, {result.pairs_scored} candidate pairs scored"
    )


@cli.command(name="eval-links")
@click.argument("pairs", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--embeddings/--no-embeddings",
    default=None,
    help="Also score with the sentence model (extra `embed`); default: when installed.",
)
@click.option(
    "--errors", is_flag=True, help="List every wrongly judged pair (dev only: never tune on test errors)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_links(pairs, embeddings, errors, as_json) -> None:
    """Score linking on labelled pairs: pairwise P/R/F1, within and across languages, and the floor."""
    from uprooted.link import evaluate_pairs

    try:
        result = evaluate_pairs(pairs, embeddings=embeddings)
    except (ValueError, KeyError) as exc:
        raise click.ClickException(f"{pairs}: {exc}") from None
    if as_json:
        if not errors:
            for value in result.values():
                if isinstance(value, dict):
                    value.pop("errors", None)
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        return
    table = Table(
        title=f"{result['pairs']} pairs ({result['same']} same story), {result['documents']} documents"
    )
    for column in ("system", "pairs", "P", "R", "F1", "TP / FP / FN"):
        table.add_column(column, justify="left" if column in ("system", "pairs") else "right")
    rows = [("linker, no embeddings", result["without_embeddings"])]
    if result.get("with_embeddings"):
        rows.append(("linker + embeddings", result["with_embeddings"]))
    rows.append(("floor: capitalised-word overlap", result["floor"]))
    for name, scores in rows:
        for label, part in (
            ("all", scores),
            ("within a language", scores["within"]),
            ("across languages", scores["across"]),
        ):
            table.add_row(
                name if label == "all" else "",
                label,
                f"{part['precision']:.3f}",
                f"{part['recall']:.3f}",
                f"{part['f1']:.3f}",
                f"{part['tp']} / {part['fp']} / {part['fn']}",
            )
        for kind, part in scores["kinds"].items():
            table.add_row(
                "",
                f"  {kind}",
                f"{part['precision']:.3f}",
                f"{part['recall']:.3f}",
                f"{part['f1']:.3f}",
                f"{part['tp']} / {part['fp']} / {part['fn']}",
            )
    out.print(table)
    if errors:
        for line in result["without_embeddings"]["errors"]:
            out.print(line, highlight=False)


def _closest(wanted: str, names: set[str], limit: int = 5) -> list[str]:
    from rapidfuzz import fuzz, process

    found = process.extract(wanted, sorted(n for n in names if n), scorer=fuzz.WRatio, limit=limit)
    return [name for name, score, _ in found if score >= 50]


@cli.command()
@click.option("--place", help="Only series for this place name or ISO3 country code (case-insensitive).")
@click.option("--measure", type=click.Choice(MEASURES), help="Only this measure.")
@click.option("--flags", "flagged", is_flag=True, help="List every figure flagged implausible, and why.")
@_format_option()
@db_option
@click.pass_context
def matrix(ctx, place, measure, fmt, flagged) -> None:
    """Print the matrix: per place and measure, the series with best estimate, range and sources.

    Exit status 1 when --place matches no series (the closest place names are suggested).
    """
    from uprooted.matrix import implausible_points, point_rows
    from uprooted.pipeline import store_matrix

    fmt = resolve_format(fmt)
    with _open_store(ctx) as store:
        built = store_matrix(store)
    if place:
        wanted = place.casefold()
        names = {s.place_name or "" for s in built.series} | {s.country or "" for s in built.series}
        matching = [
            s
            for s in built.series
            if wanted in {(s.place_name or "").casefold(), (s.country or "").casefold()}
        ]
        if not matching:
            close = _closest(place, names)
            hint = f"; closest: {', '.join(close)}" if close else ""
            raise click.ClickException(f"no series for place {place!r}{hint}")
        built.series = matching
    if measure:
        built.series = [s for s in built.series if s.measure == measure]
        if not built.series:
            err.print(f"no {measure} series" + (f" for {place}" if place else "") + " in this store")
    if flagged:
        rows = [
            {"place": s.label, "measure": s.measure, "kind": p.kind, "date": p.date, "figure": r.value}
            | {"series": s.key, "point_id": p.point_id}
            | {"best": p.value, "fact_id": r.fact_id, "doc_id": r.doc_id, "status": r.status}
            | {"excluded": r.excluded, "why": r.implausible}
            for s, p, r in implausible_points(built)
        ]
        write_rows(
            rows,
            FLAG_COLUMNS,
            fmt,
            title=f"{len(rows)} implausible figure(s), kept out of best estimates until confirmed",
        )
        return
    if fmt == "json":
        sys.stdout.write(json.dumps(built.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n")
        return
    rows = point_rows(built)
    write_rows(rows, MATRIX_COLUMNS, fmt, title="Displacement matrix")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="csv",
    show_default=True,
    help="Matrix as csv, hxl, json or geojson; facts with their evidence as facts-csv or facts-jsonl.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout)."
)
@db_option
@click.pass_context
def export(ctx, fmt, output) -> None:
    """Export the matrix (csv, hxl, json, geojson) or the facts with their evidence (facts-csv, facts-jsonl)."""
    from uprooted.export import write_export
    from uprooted.pipeline import store_matrix

    with _open_store(ctx) as store:
        subject = _reviewed_facts(store) if fmt.startswith("facts") else store_matrix(store)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            write_export(subject, fmt, handle)
        err.print(f"wrote {output}")
    else:
        write_export(subject, fmt, sys.stdout)


# --------------------------------------------------------------------------- review


@cli.command()
@click.option("--measure", type=click.Choice(MEASURES), help="Only facts of this measure.")
@click.option("--place", help="Only facts about this place name.")
@click.option("--doc-id", help="Only the facts of this document.")
@click.option(
    "--status",
    type=click.Choice(["machine", "corrected", "confirmed", "rejected", "manual"]),
    help="Only facts with this review status (rejected facts are listed only with --status rejected).",
)
@click.option(
    "--limit", type=click.IntRange(1, 100_000), default=50, show_default=True, help="At most this many facts."
)
@_format_option()
@db_option
@click.pass_context
def facts(ctx, measure, place, doc_id, status, limit, fmt) -> None:
    """List stored facts (with analysts' corrections applied) and their ids for `uprooted review`."""
    fmt = resolve_format(fmt)
    with _open_store(ctx) as store:
        stored = store.facts(
            measure=measure,
            place=place,
            doc_id=doc_id,
            status=status,
            include_rejected=status == "rejected",
            limit=limit,
        )
        if not stored and place:
            names = {
                s.fact.place.name for s in store.facts(limit=100_000) if s.fact.place and s.fact.place.name
            }
            close = _closest(place, names)
            err.print(f"no facts for place {place!r}" + (f"; closest: {', '.join(close)}" if close else ""))
    if fmt in ("jsonl", "json"):
        records = [{"fact_id": s.fact_id, "status": s.status, **s.fact.to_spec()} for s in stored]
        if fmt == "json":
            sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        else:
            for record in records:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    write_rows([_stored_row(s) for s in stored], STORED_COLUMNS, fmt, title=f"{len(stored)} facts")


@cli.command()
@click.argument("fact_id")
@click.option("--analyst", required=True, help="Who makes the review (recorded in the review log).")
@click.option("--value", type=click.IntRange(0, None), help="The corrected figure (sets low = high = value).")
@click.option("--measure", type=click.Choice(MEASURES), help="The corrected measure.")
@click.option("--start", help="The corrected start date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--end", help="The corrected end date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option(
    "--place-name",
    help="The corrected place, looked up in the gazetteer (coordinates, admin1 and GeoNames id follow it).",
)
@click.option("--country", help="The corrected country, an ISO 3166-1 alpha-3 code (IRQ, SYR ...).")
@click.option("--reject", is_flag=True, help="Reject the fact (it stays rejected after re-extraction).")
@click.option("--confirm", is_flag=True, help="Confirm the fact as it stands (brings a rejected fact back).")
@click.option("--note", help="Why: kept with the review in the log.")
@_format_option()
@db_option
@click.pass_context
def review(
    ctx, fact_id, analyst, value, measure, start, end, place_name, country, reject, confirm, note, fmt
) -> None:
    """Correct, reject or confirm one fact. Corrections are never overwritten by re-extraction.

    The same checks and gazetteer look-up as the API's review apply. A correction of a rejected
    fact is recorded but keeps it rejected; --confirm brings it back.
    """
    from uprooted import review as reviewing
    from uprooted.api.schemas import ReviewError
    from uprooted.store import FactNotFound

    changes: dict = {
        k: v
        for k, v in (("value", value), ("measure", measure), ("start", start), ("end", end))
        if v is not None
    }
    if place_name or country:
        changes["place"] = {k: v for k, v in (("name", place_name), ("country", country)) if v}
    if reject and confirm:
        raise click.UsageError("--reject and --confirm contradict each other: give one")
    if (reject or confirm) and changes:
        raise click.UsageError("give either a correction or --reject/--confirm, not both")
    if not (reject or confirm or changes):
        raise click.UsageError(
            "nothing to change: give --value, --measure, --start, --end, --place-name, --country, "
            "--reject or --confirm"
        )
    with _open_store(ctx) as store:
        try:
            if reject:
                stored = reviewing.reject(store, fact_id, analyst=analyst, note=note)
            elif confirm:
                stored = reviewing.confirm(store, fact_id, analyst=analyst, note=note)
            else:
                stored, resolution = reviewing.correct(store, fact_id, changes, analyst=analyst, note=note)
                if resolution and not resolution.get("found"):
                    err.print(
                        f"[yellow]note[/] {resolution['name']!r} is not in the gazetteer: no coordinates"
                    )
        except FactNotFound:
            raise click.ClickException(f"no fact with id {fact_id}") from None
        except ReviewError as exc:
            raise click.ClickException(str(exc)) from None
    if stored.status == "rejected" and not reject:
        err.print("[yellow]note[/] the fact stays rejected; `--confirm` brings it back")
    write_rows([_stored_row(stored)], STORED_COLUMNS, resolve_format(fmt))


# --------------------------------------------------------------------------- eval, serve, batch


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--system",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Facts JSONL to score (default: extract the gold documents now).",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the error report (every miss and false fact with its sentence) here, as Markdown.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--detect-language",
    is_flag=True,
    help="Ignore the gold's `lang` and detect each document's language, as ingest would.",
)
@click.option(
    "--causes",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the facts matched on their core but failed in full, with the cause (place name, "
    "country, end date, start date), grouped by cause and language, here as Markdown.",
)
@click.option(
    "--save-system",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the extracted facts here (JSONL), to score again with --system.",
)
def eval_(gold, system, report, as_json, detect_language, causes, save_system) -> None:
    """Score extraction against a gold file (spec rules): P/R/F1 core and full, per language, excerpt accuracies."""
    from uprooted.evaluate import (
        core_only_failures,
        gold_documents,
        load_jsonl,
        render_core_only,
        render_error_report,
        render_table,
        score,
    )

    gold_docs = load_jsonl(gold)
    if system:
        system_facts = load_jsonl(system)
    else:
        records = gold_documents(gold_docs, gold)
        if detect_language:
            records = [dict(r, lang=None) for r in records]
        system_facts = _extract_records(records)
        if save_system:
            save_system.write_text(
                "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in system_facts), encoding="utf-8"
            )
    result = score(gold_docs, system_facts, gold_path=gold)
    if report:
        report.write_text(render_error_report(result), encoding="utf-8")
        err.print(f"error report: {report}")
    if causes:
        causes.write_text(render_core_only(core_only_failures(gold_docs, system_facts)), encoding="utf-8")
        err.print(f"core-only failures by cause: {causes}")
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.print(render_table(result), highlight=False)


def _extract_records(records) -> list[dict]:
    from uprooted.pipeline import extract_records

    with _progress() as progress:
        task = progress.add_task("extracting gold documents", total=len(records))
        return extract_records(records, on_record=lambda: progress.advance(task))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on."
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes. Each keeps its own matrix and follows the store's version, so a write "
    "through one shows in the next read through any other. Each also applies every write to its "
    "own matrix and holds its own copy (about 450 MB): more workers serve more reads only where "
    "cores are free (docs/performance.md, load check).",
)
@db_option
@click.pass_context
def serve(ctx, host, port, workers) -> None:
    """Serve the REST API (/api, docs at /docs) and the dashboard (/)."""
    import os

    import uvicorn

    from uprooted.api.app import create_app
    from uprooted.store.db import display_url

    store = _open_store(ctx)
    err.print(f"uprooted on http://{host}:{port}/  (store: {display_url(store.url)}; API docs at /docs)")
    if workers == 1:
        uvicorn.run(create_app(store=store), host=host, port=port, log_level="info")
        return
    store.close()
    # each worker process opens the store itself: it is named to them by the environment
    db = ctx.find_root().obj.get("db")
    if db:
        os.environ["UPROOTED_DB"] = db
    uvicorn.run(
        "uprooted.api.app:create_app", factory=True, host=host, port=port, workers=workers, log_level="info"
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="A Dask distributed scheduler (tcp://host:8786); default: a local cluster on this machine.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 256),
    help="Workers of the local cluster.",
)
@click.option(
    "--published", callback=_parse_date, help="Publication date (YYYY-MM-DD) for sources without one."
)
@click.option("--lang", help="Language of every document (default: given by the source, else detected).")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write facts as JSONL here instead of storing them.",
)
@db_option
@click.pass_context
def batch(ctx, paths, scheduler, workers, published, lang, output) -> None:
    """Extract many documents on a Dask distributed cluster, then store the facts (or write JSONL).

    Exit status: 0 when every input was read, 1 when some failed (they are listed).
    """
    from uprooted.batch import run_batch

    if not output:  # a store named wrongly should fail before the cluster starts
        _open_store(ctx, create=True).close()
    with _progress() as progress:
        task = progress.add_task("extracting on the cluster", total=None)
        summary = run_batch(
            paths,
            db_url=None if output else ctx.find_root().obj.get("db"),
            output=output,
            scheduler=scheduler,
            workers=workers,
            published=published,
            lang=lang,
            on_chunk=lambda done, total: progress.update(task, completed=done, total=total),
        )
    for problem in summary.errors:
        err.print(f"[yellow]skipped[/] {problem}")
    out.print(str(summary), highlight=False)
    _finish(list(summary.errors))


# --------------------------------------------------------------------------- token (own module)
from uprooted.cli_token import token as _token_group  # noqa: E402

cli.add_command(_token_group)


def main() -> None:
    from uprooted.extract.model import ModelError

    try:
        cli(obj={})
    except ModelError as exc:  # a missing or corrupt model file: say which and how to rebuild it
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
