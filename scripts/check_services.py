"""Say, before the tests run, which real services they will use.

With UPROOTED_TEST_PG set the store tests run on that PostgreSQL server too; with
UPROOTED_REQUIRE_PG=1 (CI) an unreachable server fails the run here, with a clear message,
instead of letting the tests skip.
"""

import os
import sys


def main() -> int:
    url = os.environ.get("UPROOTED_TEST_PG")
    required = os.environ.get("UPROOTED_REQUIRE_PG") == "1"
    if not url:
        print(
            "UPROOTED_TEST_PG is not set: the PostgreSQL store tests will be skipped "
            "(set it, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test, to run them)."
        )
        return 0
    try:
        import sqlalchemy as sa

        engine = sa.create_engine(url)
        with engine.connect() as conn:
            version = conn.execute(sa.text("select version()")).scalar()
        print(f"PostgreSQL reachable for the store tests: {str(version).split(',')[0]}")
        return 0
    except Exception as exc:  # noqa: BLE001 - any failure to connect is reported the same way
        message = f"PostgreSQL at {url} is not reachable: {exc.__class__.__name__}: {exc}"
        if required:
            print(message, file=sys.stderr)
            return 1
        print(message + " (the PostgreSQL store tests will be skipped)")
        return 0


if __name__ == "__main__":
    sys.exit(main())
