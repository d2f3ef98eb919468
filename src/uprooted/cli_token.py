"""`uprooted token ...`: API tokens for the server (create, list, revoke).

Its own command group, added to the main CLI in one line, so the CLI's other commands can change
without touching it. Anyone who can open the store can manage tokens: the database is the
trust boundary, the API is what tokens protect.
"""

from __future__ import annotations

import click

from uprooted.store.access import ROLES


def _store(ctx: click.Context):
    from uprooted.store import Store, StoreError

    try:
        return Store((ctx.obj or {}).get("db"))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@click.group()
def token() -> None:
    """API tokens: viewer reads; analyst reviews, corrects and adds facts; admin manages tokens."""


@token.command("create")
@click.option(
    "--name", required=True, help="Who holds the token: every write it makes is audited under this name."
)
@click.option("--role", required=True, type=click.Choice(ROLES), help="What the token may do.")
@click.pass_context
def create(ctx: click.Context, name: str, role: str) -> None:
    """Create a token and print it once (only its hash is stored)."""
    with _store(ctx) as store:
        try:
            value = store.create_token(name, role, created_by="cli")
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(value)
    click.echo(f"token for {name} ({role}); it is shown only now: keep it somewhere safe", err=True)


@token.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also revoked tokens.")
@click.pass_context
def list_tokens(ctx: click.Context, show_all: bool) -> None:
    """The tokens: name, role, first characters, when created (never the token itself)."""
    with _store(ctx) as store:
        rows = store.tokens(include_revoked=show_all)
    for info in rows:
        state = f"revoked {info.revoked_at:%Y-%m-%d %H:%M}" if info.revoked_at else "active"
        click.echo(f"{info.name}\t{info.role}\t{info.prefix}…\t{info.created_at:%Y-%m-%d %H:%M}\t{state}")
    if not rows:
        click.echo("no tokens", err=True)


@token.command("revoke")
@click.argument("name")
@click.pass_context
def revoke(ctx: click.Context, name: str) -> None:
    """Revoke the token of NAME: it stops working at once."""
    with _store(ctx) as store:
        if not store.revoke_token(name, actor="cli"):
            raise click.ClickException(f"no active token named {name!r}")
    click.echo(f"revoked the token of {name}")
