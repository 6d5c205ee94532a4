#!/usr/bin/env python
"""Load benchmark (``make loadtest``): gunicorn with production settings on loopback.

Sets up a database with the demo content (``load_demo``, idempotent) and collected static
files, counts each page's SQL queries in-process (test client + CaptureQueriesContext),
then starts gunicorn on 127.0.0.1 on a free port and, for each URL in turn (home, a lesson,
a CHIME element page, a guide, the guide's PDF and the site's CSS file), runs a bounded load
from Python threads (http.client). It prints requests per second, p50/p99 latency in ms,
worker CPU ms per request (utime + stime of the gunicorn workers from /proc/<pid>/stat,
before and after) and each worker's RSS in MiB, and exits with status 1 if any request
failed (a status other than 200, or a connection error). Loopback only; it stops its own
gunicorn when done.

Runs "cache on" and "cache off" passes: each pass starts gunicorn with ``PAGE_CACHE_SECONDS``
3600 or 0 (the anonymous page cache's switch, course_pages/caching.py). Requests carry the demo
Site's host name (``localhost``): the page cache stores only pages asked for at the Site's own
address, the one a publish can purge.

Environment (all optional):

- ``LOADTEST_DATABASE_URL``: the database (default ``sqlite:///var/loadtest.sqlite3``).
- ``LOADTEST_SECONDS``: seconds of load per URL (default 5, at most 60).
- ``LOADTEST_REQUESTS``: at most this many requests per URL (default 2000, at most 100000).
- ``LOADTEST_CLIENTS``: concurrent client threads (default 8, at most 64).
- ``LOADTEST_WORKERS``: gunicorn worker processes (default 2).
- ``LOADTEST_CACHE``: the passes, ``on,off`` (default), ``on`` or ``off``.
"""

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
HOST = "127.0.0.1"
SITE_HOST = "localhost"  # the demo Site's host name (course_pages/demo.py)


def bounded_int(name, default, maximum):
    value = int(os.environ.get(name, default))
    if not 1 <= value <= maximum:
        raise SystemExit(f"{name} must be between 1 and {maximum}, not {value}.")
    return value


SECONDS = bounded_int("LOADTEST_SECONDS", 5, 60)
MAX_REQUESTS = bounded_int("LOADTEST_REQUESTS", 2000, 100_000)
CLIENTS = bounded_int("LOADTEST_CLIENTS", 8, 64)
WORKERS = bounded_int("LOADTEST_WORKERS", 2, 16)
PASSES = [p.strip() for p in os.environ.get("LOADTEST_CACHE", "on,off").split(",") if p.strip()]


def site_environment(page_cache):
    """Production settings on loopback: no TLS redirect, hosts and secret made up here."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="kbt.settings.production",
        DATABASE_URL=os.environ.get(
            "LOADTEST_DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'loadtest.sqlite3'}"
        ),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},localhost,testserver",
        WAGTAILADMIN_BASE_URL=f"http://{HOST}",
        SECURE_SSL_REDIRECT="0",
        BEHIND_TLS_PROXY="0",
        STATIC_ROOT=str(BASE_DIR / "var" / "loadtest-static"),
        PAGE_CACHE_SECONDS="3600" if page_cache else "0",
    )
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def target_paths_and_queries(env):
    """The URLs to load and each page's query count, from a Django set up in a child
    process with the same settings (keeps this process free of Django)."""
    code = r"""
import django, json
django.setup()
from django.db import connection
from django.templatetags.static import static
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from course_pages.models import ChimeElementPage, GuidePage, HomePage, LessonPage
from wagtail.models import Locale

nb = Locale.objects.get(language_code="nb")
def first(model, **filters):
    page = model.objects.live().filter(locale=nb, **filters).order_by("path").first()
    if page is None:
        raise SystemExit(f"No live {model.__name__} in the demo content.")
    return page.url
guide = first(GuidePage)
paths = {
    "home": first(HomePage),
    "lesson": first(LessonPage),
    "element page": first(ChimeElementPage, element="hope"),
    "guide": guide,
    "guide PDF": guide + "pdf/",
    "static CSS": static("css/site.css"),
}
client = Client(HTTP_HOST="127.0.0.1")
queries = {}
for name, path in paths.items():
    client.get(path)  # warm: site root paths, a first PDF build
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    queries[name] = len(captured)
print(json.dumps({"paths": paths, "queries": queries}))
"""
    import json

    out = subprocess.run(
        [PYTHON, "-c", code], cwd=BASE_DIR, env=env, check=True, capture_output=True, text=True
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return data["paths"], data["queries"]


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def children(pid):
    """Worker pids of the gunicorn master ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def cpu_ms(pid):
    """utime + stime of ``pid`` in ms (fields 14 and 15 of /proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / CLOCK_TICKS


def rss_mib(pid):
    pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    return pages * PAGE_SIZE / 2**20


def wait_until_up(port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("gunicorn exited during start-up.")
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start listening within 60 s.")


def load(port, path):
    """Bounded load on one path: CLIENTS threads until SECONDS or MAX_REQUESTS.
    Returns (latencies in s, errors, wall seconds)."""
    latencies, errors = [], []
    lock = threading.Lock()
    counter = iter(range(MAX_REQUESTS))
    stop_at = time.monotonic() + SECONDS

    def client():
        connection = None
        while time.monotonic() < stop_at:
            with lock:
                if next(counter, None) is None:
                    return
            start = time.perf_counter()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(HOST, port, timeout=30)
                connection.request("GET", path, headers={"Host": SITE_HOST, "Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException) as error:
                status = repr(error)
                if connection is not None:
                    connection.close()
                connection = None
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append(status)
        if connection is not None:
            connection.close()

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.perf_counter() - began


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def run_pass(page_cache, paths, queries):
    env = site_environment(page_cache)
    port = free_port()
    gunicorn = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "kbt.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(WORKERS),
            "--timeout",
            "180",  # a cold PDF build on a busy machine takes longer than the default 30 s
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    failed = 0
    try:
        wait_until_up(port, gunicorn)
        print(
            f"\nPAGE_CACHE_SECONDS={env['PAGE_CACHE_SECONDS']}: gunicorn on {HOST}:{port}, "
            f"{WORKERS} workers, "
            f"{CLIENTS} clients, ≤ {SECONDS} s or {MAX_REQUESTS} requests per URL"
        )
        print(
            f"{'':13} {'queries':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
            f"{'CPU ms/req':>10} {'RSS MiB':>14}"
        )
        for name, path in paths.items():
            # Warm every worker (a first PDF build, per-worker caches) before measuring.
            load_warm = [load_one(port, path) for _ in range(WORKERS * 2)]
            if any(status != 200 for status in load_warm):
                print(f"{name}: warm-up answered {load_warm}")
            workers = children(gunicorn.pid)
            before = sum(cpu_ms(pid) for pid in workers)
            latencies, errors, wall = load(port, path)
            after = sum(cpu_ms(pid) for pid in children(gunicorn.pid) if pid in workers)
            rss = "/".join(f"{rss_mib(pid):.0f}" for pid in workers)
            count = len(latencies)
            failed += len(errors)
            print(
                f"{name:13} {queries.get(name, 0):>7} {count / wall:>8.1f} "
                f"{percentile(latencies, 0.50) * 1000:>8.1f} {percentile(latencies, 0.99) * 1000:>8.1f} "
                f"{(after - before) / count:>10.1f} {rss:>14}"
                + (f"  {len(errors)} ERRORS, e.g. {errors[0]}" if errors else "")
            )
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        try:
            gunicorn.wait(timeout=30)
        except subprocess.TimeoutExpired:
            gunicorn.kill()
            gunicorn.wait()
    return failed


def load_one(port, path):
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": SITE_HOST})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def main():
    if any(p not in ("on", "off") for p in PASSES) or not PASSES:
        raise SystemExit("LOADTEST_CACHE must be on, off or on,off.")
    env = site_environment(page_cache=False)
    (BASE_DIR / "var").mkdir(exist_ok=True)
    manage(env, "migrate", "--no-input", "--verbosity", "0")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    paths, queries = target_paths_and_queries(env)
    failed = sum(run_pass(mode == "on", paths, queries) for mode in PASSES)
    if failed:
        print(f"\n{failed} requests failed.")
        return 1
    print("\n0 errors.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
