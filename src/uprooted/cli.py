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
)
from rich.table import Table

from uprooted import __version__

err = Console(stderr=True)
out = Console()

FORMATS_EXPORT = ("csv", "hxl", "json", "geojson", "facts", "facts-csv")


def _progress() -> Progress:
    """A progress bar on stderr, silent when stderr is not a terminal (CI logs, pipes)."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def _parse_date(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from None


def _open_store(ctx: click.Context):
    from uprooted.store import Store, StoreError

    try:
        return Store(ctx.obj["db"])
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


# --------------------------------------------------------------------------- extract (no store)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--published", callback=_parse_date, help="Publication date (YYYY-MM-DD) for sources without one."
)
@click.option("--lang", help="Language of every document (default: given by the source, else detected).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True)
@click.option("--min-confidence", type=float, default=None, help="Drop facts below this confidence.")
def extract(paths, published, lang, fmt, min_confidence) -> None:
    """Print the displacement facts in PATHS (files or folders, any format ingest reads). No database."""
    from uprooted.ingest import IngestError
    from uprooted.pipeline import extract_paths

    facts = []
    errors = 0
    with _progress() as progress:
        task = progress.add_task("extracting", total=None)
        for item in extract_paths(paths, published=published, lang=lang):
            progress.advance(task)
            if isinstance(item, IngestError):
                errors += 1
                err.print(f"[yellow]skipped[/] {item}")
                continue
            if item.warning:
                err.print(f"[yellow]warning[/] {item.warning}")
            for fact in item.facts:
                if min_confidence is not None and fact.confidence < min_confidence:
                    continue
                if fmt == "jsonl":
                    sys.stdout.write(json.dumps(fact.to_spec(), ensure_ascii=False) + "\n")
                else:
                    facts.append(fact)
    if fmt == "table":
        out.print(_facts_table(facts))
    if errors:
        err.print(f"{errors} file(s) or record(s) could not be read (see above).")


def _facts_table(facts) -> Table:
    table = Table(title=f"{len(facts)} facts", show_lines=False)
    for col in (
        "doc",
        "measure",
        "value",
        "qual",
        "unit",
        "term",
        "start",
        "end",
        "place",
        "source",
        "conf",
        "flags",
    ):
        table.add_column(col)
    for f in facts:
        place = f.place
        where = "/".join(x for x in (place.name, place.area, place.country) if x) if place else ""
        table.add_row(
            f.doc_id[:24],
            f.measure,
            f"{f.value:,}",
            f.qualifier,
            f.unit,
            f.term,
            f.start or "",
            f.end or "",
            where,
            f.source or "",
            f"{f.confidence:.2f}",
            ",".join(f.flags),
        )
    return table


# --------------------------------------------------------------------------- ingest (store)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--published", callback=_parse_date, help="Publication date (YYYY-MM-DD) for sources without one."
)
@click.option("--lang", help="Language of every document (default: given by the source, else detected).")
@click.option("--no-extract", is_flag=True, help="Store the documents only.")
@click.pass_context
def ingest(ctx, paths, published, lang, no_extract) -> None:
    """Read reports (text, HTML, RSS/Atom, WARC, JSONL, field-count CSV/HXL), store them and their facts.

    Documents are keyed by content: ingesting the same text twice changes nothing, and an analyst's
    corrections survive re-extraction.
    """
    from uprooted.ingest import IngestError, read_paths
    from uprooted.pipeline import IngestSummary, extract_one, store_results

    summary = IngestSummary()
    with _open_store(ctx) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        for item in read_paths(paths, published=published, lang=lang):
            progress.advance(task)
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
                store_results(store, [result], summary)
            except Exception as exc:  # noqa: BLE001 - one document failing must not stop the batch
                summary.errors.append(f"{item.doc_id}: not stored: {exc}")
                err.print(f"[red]not stored[/] {item.doc_id}: {exc}")
    for warning in summary.warnings:
        err.print(f"[yellow]warning[/] {warning}")
    out.print(
        f"documents: {summary.documents_added} added, {summary.documents_skipped} already stored; "
        f"facts: {summary.facts}; problems: {len(summary.errors)}"
    )


@cli.command()
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
            progress.advance(task)
    for warning in summary.warnings:
        err.print(f"[yellow]warning[/] {warning}")
    out.print(f"{len(docs)} documents re-extracted, {summary.facts} machine facts")


# --------------------------------------------------------------------------- link, matrix, export


def _reviewed_facts(store):
    return [sf.fact for sf in store.facts()]


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True)
@click.option(
    "--embeddings/--no-embeddings",
    default=None,
    help="Use the bundled multilingual sentence model (extra `embed`); default: when installed.",
)
@click.pass_context
def link(ctx, fmt, embeddings) -> None:
    """Group stored documents that report the same displacement event, and near-duplicate copies."""
    from uprooted.link import link_documents

    with _open_store(ctx) as store:
        docs = store.documents()
        result = link_documents(docs, _reviewed_facts(store), use_embeddings=embeddings)
        store.set_links(result.event_of)
        store.set_duplicates(result.duplicates)
    if fmt == "jsonl":
        for doc_id, event_id in sorted(result.event_of.items()):
            sys.stdout.write(json.dumps({"doc_id": doc_id, "event_id": event_id}) + "\n")
        return
    table = Table(title=f"{len(result.events)} events from {len(docs)} documents")
    table.add_column("event")
    table.add_column("documents")
    table.add_column("duplicates of")
    for event in result.events:
        table.add_row(
            event.event_id,
            "\n".join(event.doc_ids),
            "\n".join(f"{d} = {result.duplicates[d]}" for d in event.doc_ids if d in result.duplicates),
        )
    out.print(table)


@cli.command()
@click.option("--place", help="Only series for this place name.")
@click.option(
    "--measure", help="Only this measure (displaced, returned, remaining, at_risk, sheltered, ...)."
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def matrix(ctx, place, measure, fmt) -> None:
    """Print the matrix: per place and measure, the series with best estimate, range and sources."""
    from uprooted.matrix import render_matrix
    from uprooted.pipeline import store_matrix

    with _open_store(ctx) as store:
        built = store_matrix(store)
    if place or measure:
        wanted = (place or "").casefold()
        built.series = [
            s
            for s in built.series
            if (not measure or s.measure == measure)
            and (not place or wanted in {(s.place_name or "").casefold(), (s.country or "").casefold()})
        ]
    if fmt == "json":
        sys.stdout.write(json.dumps(built.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n")
    else:
        out.print(render_matrix(built))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXPORT), default="csv", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout)."
)
@click.pass_context
def export(ctx, fmt, output) -> None:
    """Export the matrix (csv, hxl, json, geojson) or the facts with their evidence (facts, facts-csv)."""
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
@click.option("--measure")
@click.option("--place")
@click.option("--doc-id")
@click.option("--status", type=click.Choice(["machine", "corrected", "confirmed", "rejected", "manual"]))
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.pass_context
def facts(ctx, measure, place, doc_id, status, limit, fmt) -> None:
    """List stored facts (with analysts' corrections applied) and their ids for `uprooted review`."""
    with _open_store(ctx) as store:
        stored = store.facts(
            measure=measure,
            place=place,
            doc_id=doc_id,
            status=status,
            include_rejected=status == "rejected",
            limit=limit,
        )
    if fmt == "jsonl":
        for s in stored:
            record = {"fact_id": s.fact_id, "status": s.status, **s.fact.to_spec()}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    out.print(_stored_table(stored))


def _stored_table(stored) -> Table:
    table = Table(title=f"{len(stored)} facts")
    for col in ("id", "status", "doc", "measure", "value", "end", "place", "source", "evidence"):
        table.add_column(col, overflow="fold")
    for s in stored:
        f = s.fact
        where = "/".join(x for x in (f.place.name, f.place.area, f.place.country) if x) if f.place else ""
        evidence = f.evidence[0].text if f.evidence else ""
        table.add_row(
            s.fact_id,
            s.status,
            f.doc_id[:24],
            f.measure,
            f"{f.value:,}",
            f.end or "",
            where,
            f.source or "",
            evidence[:160],
        )
    return table


@cli.command()
@click.argument("fact_id")
@click.option("--analyst", required=True, help="Who makes the correction.")
@click.option("--value", type=int)
@click.option("--measure")
@click.option("--start")
@click.option("--end")
@click.option("--place-name")
@click.option("--country")
@click.option("--reject", is_flag=True, help="Reject the fact (it stays rejected after re-extraction).")
@click.option("--confirm", is_flag=True, help="Confirm the fact as extracted.")
@click.option("--note")
@click.pass_context
def review(
    ctx, fact_id, analyst, value, measure, start, end, place_name, country, reject, confirm, note
) -> None:
    """Correct, reject or confirm one fact. Corrections are never overwritten by re-extraction."""
    with _open_store(ctx) as store:
        current = store.get_fact(fact_id)
        if current is None:
            raise click.ClickException(f"no fact with id {fact_id}")
        try:
            if reject:
                stored = store.reject_fact(fact_id, analyst=analyst, note=note)
            elif confirm:
                stored = store.confirm_fact(fact_id, analyst=analyst, note=note)
            else:
                changes: dict = {
                    k: v
                    for k, v in (("value", value), ("measure", measure), ("start", start), ("end", end))
                    if v is not None
                }
                if place_name or country:
                    place = current.fact.place.model_dump() if current.fact.place else {}
                    place.update({k: v for k, v in (("name", place_name), ("country", country)) if v})
                    changes["place"] = place
                if not changes:
                    raise click.UsageError(
                        "nothing to change: give --value, --measure, --start, --end, --place-name, "
                        "--country, --reject or --confirm"
                    )
                stored = store.correct_fact(fact_id, changes, analyst=analyst, note=note)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
    out.print(_stored_table([stored]))


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
def eval_(gold, system, report, as_json) -> None:
    """Score extraction against a gold file (spec rules): P/R/F1 core and full, per language, excerpt accuracies."""
    from uprooted.evaluate import gold_documents, load_jsonl, render_error_report, render_table, score

    gold_docs = load_jsonl(gold)
    if system:
        system_facts = load_jsonl(system)
    else:
        system_facts = _extract_records(gold_documents(gold_docs, gold))
    result = score(gold_docs, system_facts, gold_path=gold)
    if report:
        report.write_text(render_error_report(result), encoding="utf-8")
        err.print(f"error report: {report}")
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
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.pass_context
def serve(ctx, host, port) -> None:
    """Serve the REST API and the dashboard."""
    import uvicorn

    from uprooted.api.app import create_app
    from uprooted.store import resolve_db_url

    url = resolve_db_url(ctx.obj["db"])
    err.print(f"uprooted on http://{host}:{port}/  (store: {url})")
    uvicorn.run(create_app(url), host=host, port=port, log_level="info")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="A Dask distributed scheduler (tcp://host:8786); default: a local cluster on this machine.",
)
@click.option("--workers", default=2, show_default=True, type=int, help="Workers of the local cluster.")
@click.option("--published", callback=_parse_date)
@click.option("--lang")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write facts as JSONL here instead of storing them.",
)
@click.pass_context
def batch(ctx, paths, scheduler, workers, published, lang, output) -> None:
    """Extract many documents on a Dask distributed cluster, then store the facts (or write JSONL)."""
    from uprooted.batch import run_batch

    with _progress() as progress:
        task = progress.add_task("extracting on the cluster", total=None)
        summary = run_batch(
            paths,
            db_url=None if output else ctx.obj["db"],
            output=output,
            scheduler=scheduler,
            workers=workers,
            published=published,
            lang=lang,
            on_chunk=lambda done, _: progress.update(task, completed=done),
        )
    for problem in summary.errors:
        err.print(f"[yellow]skipped[/] {problem}")
    out.print(str(summary))


def main() -> None:
    from uprooted.extract.model import ModelError

    try:
        cli(obj={})
    except ModelError as exc:  # a missing or corrupt model file: say which and how to rebuild it
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
