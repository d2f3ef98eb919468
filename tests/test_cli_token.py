"""`uprooted token create/list/revoke`: a token is printed once, stored hashed, and revocable."""

from click.testing import CliRunner

from uprooted.cli import cli
from uprooted.store import Store


def test_token_create_list_revoke(tmp_path):
    db = str(tmp_path / "t.sqlite")
    runner = CliRunner()
    made = runner.invoke(cli, ["--db", db, "token", "create", "--name", "kari", "--role", "analyst"], obj={})
    assert made.exit_code == 0, made.output
    token = made.stdout.strip().splitlines()[0]
    assert token.startswith("upr_") and len(token) > 40
    with Store(db) as store:
        assert store.token_for(token).name == "kari"
        assert token not in str(store.tokens(include_revoked=True))
    listed = runner.invoke(cli, ["--db", db, "token", "list"], obj={})
    assert "kari\tanalyst" in listed.stdout and token not in listed.stdout
    again = runner.invoke(cli, ["--db", db, "token", "create", "--name", "kari", "--role", "admin"], obj={})
    assert again.exit_code != 0 and "exists" in again.output
    bad_role = runner.invoke(cli, ["--db", db, "token", "create", "--name", "x", "--role", "root"], obj={})
    assert bad_role.exit_code != 0
    assert runner.invoke(cli, ["--db", db, "token", "revoke", "kari"], obj={}).exit_code == 0
    with Store(db) as store:
        assert store.token_for(token) is None
        assert [e.action for e in store.audit_log()] == ["token.create", "token.revoke"]
    assert runner.invoke(cli, ["--db", db, "token", "revoke", "kari"], obj={}).exit_code != 0
