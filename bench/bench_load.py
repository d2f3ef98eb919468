"""Load check (not a test: `make bench`): 50 clients for 30 s against a real server on PostgreSQL.

Seeds a fresh PostgreSQL schema with the synthetic reports of bench_api.py (default 300 documents,
3,000 facts), starts `uprooted serve` in its own process (uvicorn, one worker, as deployed), and
runs --clients threads for --seconds, each looping over a mix an analyst team makes: pages of
/api/facts (filtered and not, deep offsets too), the matrix, one fact, and review writes
(confirm, reject, correct) signed with analyst tokens. Every answer must be 2xx and complete
(its Content-Length read); the first answer of each kind per client and one in 20 after it are
parsed and their shape checked. Each client holds one keep-alive connection (http.client: the
clients must cost little, or they measure themselves) and sends Accept-Encoding: gzip, as a browser
does (a sampled gzip answer is decompressed, its CRC checked, before it is parsed). Latencies are reported per kind (p50, p95,
p99, max), with the bytes per answer. The database is --db, else UPROOTED_BENCH_PG, else
UPROOTED_TEST_PG, else postgresql+psycopg://postgres@127.0.0.1:5432/test.

    python bench/bench_load.py [--clients 50] [--seconds 30] [--workers 1] [--db URL] [--floor]

It prints `clients start (server pid N)` when the warm-up is over (a profiler attached then sees
only the timed run: `py-spy record --pid N --gil`). It also prints the server's CPU per request (all its processes) and the clients' own, and the
load average: the machine is shared, and a closed loop of 50 clients measures it as much as the
server. --floor runs the same clients against a server that returns bodies captured from the
real one and does nothing else: the best this machine and these clients can show.
"""

from __future__ import annotations

import argparse
import gzip
import http.client as http_client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

import httpx
from sqlalchemy import create_engine

sys.path.insert(0, str(Path(__file__).parent))
from bench_api import seed  # noqa: E402

from uprooted.models import MEASURES  # noqa: E402
from uprooted.store import Store, resolve_db_url  # noqa: E402

READ_TARGET_MS = 300.0

SERVER = """
import os, sys, uvicorn
from uprooted.api.app import create_app
url, port, workers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if workers == 1:
    uvicorn.run(create_app(url), host="127.0.0.1", port=port, log_level="warning")
else:  # as `uprooted serve --workers N`: each worker opens the store named by UPROOTED_DB
    os.environ["UPROOTED_DB"] = url
    uvicorn.run("uprooted.api.app:create_app", factory=True, workers=workers, host="127.0.0.1",
                port=port, log_level="warning")
"""


# --floor: the same clients against a server that only returns bodies captured from the real one
FLOOR_SERVER = """
import sys, uvicorn
from pathlib import Path
folder, port = Path(sys.argv[1]), int(sys.argv[2])
bodies = {name: (folder / name).read_bytes() for name in ("matrix", "facts", "fact")}
encodings = {name: (folder / f"{name}.encoding").read_text() for name in bodies}

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    path = scope["path"]
    name = "matrix" if path == "/api/matrix" else "facts" if path == "/api/facts" else "fact"
    body = bodies[name]
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if encodings[name]:
        headers.append((b"content-encoding", encodings[name].encode()))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})

uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
"""


def _floor_server(
    root: str, token: str, fact_id: str, folder: Path, env: dict
) -> tuple[subprocess.Popen, str]:
    """Capture one body of each kind from the real server (as sent: gzip when it compressed it),
    then serve them with no work at all."""
    headers = {"Authorization": f"Bearer {token}", "Accept-Encoding": ACCEPT_ENCODING}
    with httpx.Client(base_url=root, headers=headers, timeout=120) as h:
        for name, path in (
            ("matrix", "/api/matrix"),
            ("facts", "/api/facts?limit=100"),
            ("fact", f"/api/facts/{fact_id}"),
        ):
            with h.stream("GET", path) as response:
                response.raise_for_status()
                (folder / name).write_bytes(b"".join(response.iter_raw()))
                (folder / f"{name}.encoding").write_text(response.headers.get("content-encoding", ""))
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-c", FLOOR_SERVER, str(folder), str(port)], env=env)
    root = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(f"{root}/api/matrix", timeout=2).raise_for_status()
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    return server, root


SAMPLE_EVERY = 20
# what a browser sends: the server may answer gzip (the matrix is precompressed per series)
ACCEPT_ENCODING = "gzip, deflate"


class _Connection:
    """One keep-alive HTTP/1.1 connection (the standard library's client).

    httpx parses responses in pure Python (h11): with 50 threads receiving a megabyte each, the
    clients took a third of this machine's two cores and measured themselves. http.client reads a
    body of known length in C; a broken connection is opened again on the next request."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn: http_client.HTTPConnection | None = None

    def request(self, method: str, path: str, body: bytes | None, headers: dict) -> tuple[int, bytes, str]:
        if self.conn is None:
            self.conn = http_client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            data = response.read()  # the whole body, Content-Length checked (IncompleteRead)
        except (OSError, http_client.HTTPException):
            self.close()
            raise
        if response.will_close:
            self.close()
        return response.status, data, response.getheader("content-encoding") or ""

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _invalid(kind: str, data: bytes, encoding: str) -> str | None:
    """What is wrong with a sampled answer (None: it is what its route returns)."""
    try:
        if encoding == "gzip":
            data = gzip.decompress(data)  # checks the stream's CRC-32 and length too
        elif encoding:
            return f"unexpected Content-Encoding {encoding}"
        body = json.loads(data)
    except (ValueError, OSError, EOFError):
        return "not JSON (or a broken gzip stream)"
    if kind == "read /api/matrix":
        good = isinstance(body.get("series"), list) and all("points" in s for s in body["series"])
    elif kind == "read /api/facts":
        good = isinstance(body.get("items"), list) and "total" in body
    else:
        good = isinstance(body.get("fact_id"), str) and "fact" in body
    return None if good else "unexpected JSON shape"


def _cpu_seconds(pid: int) -> float | None:
    """CPU time of the server and its worker processes (None without psutil)."""
    try:
        import psutil
    except ImportError:
        return None
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
        return sum(sum(p.cpu_times()[:2]) for p in procs)
    except psutil.Error:
        return None


def _postgres_cpu() -> dict[int, float] | None:
    """CPU time of each PostgreSQL process on this machine (all databases: other users' too), by
    pid; None without psutil or when PostgreSQL does not run here."""
    try:
        import psutil
    except ImportError:
        return None
    out = {}
    for proc in psutil.process_iter(["name"]):
        try:
            if proc.info["name"] in ("postgres", "postmaster"):
                out[proc.pid] = sum(proc.cpu_times()[:2])
        except psutil.Error:
            continue
    return out or None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--facts-per-doc", type=int, default=10)
    parser.add_argument("--write-share", type=float, default=0.2, help="share of requests that are reviews")
    parser.add_argument("--db", default=None)
    parser.add_argument(
        "--workers", type=int, default=1, help="uvicorn worker processes (uprooted serve --workers)"
    )
    parser.add_argument(
        "--floor",
        action="store_true",
        help="the same clients against a server that returns captured bodies and does nothing else: "
        "what this machine and these clients allow at best",
    )
    args = parser.parse_args()

    base = resolve_db_url(
        args.db
        or os.environ.get("UPROOTED_BENCH_PG")
        or os.environ.get("UPROOTED_TEST_PG")
        or "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = f"{base}?schema={schema}" if "?" not in base else f"{base}&schema={schema}"
    server = None
    try:
        with Store(url) as store:
            started = time.perf_counter()
            n_facts = seed(store, args.docs, args.facts_per_doc)
            fact_ids = [s.fact_id for s in store.facts(limit=None)]
            tokens = [store.create_token(f"analyst{i}", "analyst") for i in range(5)]
        print(
            f"store: PostgreSQL, {args.docs} documents, {n_facts} facts "
            f"(seeded in {time.perf_counter() - started:.1f} s)"
        )
        port = _free_port()
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1] / "src"), *sys.path]),
        }
        env.pop("UPROOTED_PUBLIC_READ", None)
        server = subprocess.Popen([sys.executable, "-c", SERVER, url, str(port), str(args.workers)], env=env)
        root = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{root}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("server did not start")
            time.sleep(0.2)
        # warm up: gazetteer, packs, the first matrix build
        warm = httpx.get(f"{root}/api/matrix", headers={"Authorization": f"Bearer {tokens[0]}"}, timeout=120)
        warm.raise_for_status()
        if args.workers > 1:
            # every worker builds its matrix once before the clock starts: requests on new
            # connections, several at once (one keep-alive connection reaches one worker only,
            # and the others then built theirs, seconds long, inside the timed run)
            def warm_one() -> None:
                headers = {"Authorization": f"Bearer {tokens[0]}", "Connection": "close"}
                httpx.get(f"{root}/api/matrix", headers=headers, timeout=120).raise_for_status()

            for _ in range(3):
                warmers = [threading.Thread(target=warm_one) for _ in range(4 * args.workers)]
                for t in warmers:
                    t.start()
                for t in warmers:
                    t.join()
        if args.floor:
            floor_dir = Path(tempfile.mkdtemp(prefix="uprooted-floor-"))
            real = server
            server, root = _floor_server(root, tokens[0], fact_ids[0], floor_dir, env)
            port = int(root.rsplit(":", 1)[1])
            real.terminate()
            real.wait(timeout=30)
            size = (floor_dir / "matrix").stat().st_size
            print(f"floor: captured bodies served as they are ({size:,} bytes of matrix)")
        load_before = os.getloadavg()[0]
        print(f"clients start (server pid {server.pid})", flush=True)  # a profiler may attach now
        cpu_before = _cpu_seconds(server.pid)
        pg_before = _postgres_cpu()
        own_before = time.process_time()

        latencies: dict[str, list[float]] = defaultdict(list)
        received: dict[str, int] = defaultdict(int)
        parsed: dict[str, int] = defaultdict(int)
        errors: list[str] = []
        lock = threading.Lock()
        stop_at = time.monotonic() + args.seconds

        def client(index: int) -> None:
            rnd = random.Random(index)
            headers = {
                "Authorization": f"Bearer {tokens[index % len(tokens)]}",
                "Content-Type": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,
            }
            http = _Connection(port)
            seen: dict[str, int] = defaultdict(int)
            while time.monotonic() < stop_at:
                roll = rnd.random()
                fid = rnd.choice(fact_ids)
                body = None
                if roll < args.write_share:
                    kind = "write review"
                    action = rnd.choice(("confirm", "reject", "correct"))
                    if action == "correct":
                        method, path = "PATCH", f"/api/facts/{fid}"
                        body = {"changes": {"source": f"IOM {rnd.randint(1, 9)}"}}
                    else:
                        method, path, body = "POST", f"/api/facts/{fid}/{action}", {"note": "load"}
                elif roll < args.write_share + 0.35:
                    kind = "read /api/facts"
                    params = {"limit": 100, "offset": rnd.randrange(0, max(1, n_facts - 100))}
                    if rnd.random() < 0.5:
                        params["measure"] = rnd.choice(MEASURES)
                    method, path = "GET", f"/api/facts?{urlencode(params)}"
                elif roll < args.write_share + 0.65:
                    kind = "read /api/matrix"
                    method, path = "GET", "/api/matrix"
                else:
                    kind = "read /api/facts/{id}"
                    method, path = "GET", f"/api/facts/{fid}"
                payload = json.dumps(body).encode() if body is not None else None
                began = time.perf_counter()
                try:
                    status, data, encoding = http.request(method, path, payload, headers)
                    ok = 200 <= status < 300
                    what = f"{kind}: {status} {data[:120]!r}"
                except (OSError, http_client.HTTPException) as exc:
                    status, data, encoding = 0, b"", ""
                    ok, what = False, f"{kind}: {exc.__class__.__name__}"
                spent = (time.perf_counter() - began) * 1000
                # a sample of the answers is parsed (the first of each kind per client, then one
                # in SAMPLE_EVERY): parsing every 1 MB matrix would measure these clients
                if ok and seen[kind] % SAMPLE_EVERY == 0:
                    problem = _invalid(kind, data, encoding)
                    if problem:
                        ok, what = False, f"{kind}: {problem}"
                    with lock:
                        parsed[kind] += 1
                seen[kind] += 1
                with lock:
                    latencies[kind].append(spent)
                    received[kind] += len(data)
                    if not ok:
                        errors.append(what)
            http.close()

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

        cpu_after = _cpu_seconds(server.pid)
        pg_after = _postgres_cpu()
        reads = [v for k, vs in latencies.items() if k.startswith("read") for v in vs]
        total = sum(len(v) for v in latencies.values())
        print(
            f"{args.clients} clients for {args.seconds:g} s, {args.workers} worker(s): {total} requests "
            f"({total / args.seconds:.0f}/s), {len(errors)} errors; load average {load_before:.1f} "
            f"before, {os.getloadavg()[0]:.1f} after (2 cores shared)"
        )
        if cpu_before is not None and cpu_after is not None and total:
            spent = cpu_after - cpu_before
            own = time.process_time() - own_before
            print(
                f"server CPU: {spent:.1f} s, {1000 * spent / total:.1f} ms per request "
                f"({100 * spent / args.seconds:.0f}% of one core); these clients: {own:.1f} s "
                f"({1000 * own / total:.1f} ms per request)"
            )
        if pg_before is not None and pg_after is not None and total:
            # backends that ended during the run are missed; those it started count whole
            pg_spent = sum(cpu - pg_before.get(pid, 0.0) for pid, cpu in pg_after.items())
            print(
                f"PostgreSQL CPU (every postgres process here): {pg_spent:.1f} s, "
                f"{1000 * pg_spent / total:.1f} ms per request"
            )
        print(
            f"{'kind':<24}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"
            f"{'bytes/answer':>14}{'parsed':>8}"
        )
        for kind in sorted(latencies) + ["all reads"]:
            values = reads if kind == "all reads" else latencies[kind]
            size = "" if kind == "all reads" else f"{received[kind] / max(1, len(values)):,.0f}"
            print(
                f"{kind:<24}{len(values):>7}{_pct(values, 0.5):>9.0f}{_pct(values, 0.95):>9.0f}"
                f"{_pct(values, 0.99):>9.0f}{max(values, default=0):>9.0f}{size:>14}"
                f"{'' if kind == 'all reads' else parsed[kind]:>8}"
            )
        for line in errors[:5]:
            print("error:", line)
        p99 = _pct(reads, 0.99)
        verdict = "met" if p99 < READ_TARGET_MS and not errors else "NOT met"
        print(f"target (no errors, read p99 < {READ_TARGET_MS:.0f} ms): {verdict} (read p99 {p99:.0f} ms)")
        return 0 if not errors else 1
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
