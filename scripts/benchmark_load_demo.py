#!/usr/bin/env python
"""Time ``load_demo`` on a newly migrated database (part of ``make benchmark``; issue 14's
target: under 10 s on a quiet machine).

For each database it makes an empty one, runs ``migrate``, then times ``manage.py load_demo``
in a child process (wall seconds, and the child's user + system CPU seconds): once as a new
developer's ``make demo`` runs it (the stored snapshot, course_pages/demo_snapshot.py), and
once with ``--build`` (through wagtail-localize), for comparison. The databases:

- SQLite: a file in a temporary folder, always.
- PostgreSQL: when ``DATABASE_URL`` is a ``postgres://`` URL, a scratch database on the same
  server, named after the URL's database with ``_load_demo_benchmark`` appended, created and
  dropped by this script.

Uploads go to a temporary ``MEDIA_ROOT``. Prints one line per run and PASS or FAIL against
the target for the snapshot loads; exits 1 if a ``load_demo`` fails, or builds where the
snapshot should have been loaded (a stale snapshot: ``make demo-snapshot``).
"""

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 10.0


class WrongPath(Exception):
    """``load_demo`` did not load the snapshot where the benchmark times the snapshot."""


def manage(env, *args):
    """Run ``manage.py`` with ``args``; returns what it printed."""
    command = [sys.executable, "manage.py", *args]
    return subprocess.run(command, cwd=BASE_DIR, env=env, check=True, capture_output=True, text=True).stdout


def timed_load_demo(env, *args):
    """``(wall seconds, CPU seconds, output)`` of one ``manage.py load_demo`` child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    output = manage(env, "load_demo", *args)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), output


def postgres_admin(url, sql):
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as connection:
        connection.execute(sql)


def measure(name, database_url, make_empty, results):
    with tempfile.TemporaryDirectory(prefix="kbt-load-demo-benchmark-") as media:
        env = dict(os.environ, DATABASE_URL=database_url, MEDIA_ROOT=media)
        for label, args in (("snapshot", ()), ("build", ("--build",))):
            make_empty()
            manage(env, "migrate", "--no-input", "--verbosity", "0")
            wall, cpu, output = timed_load_demo(env, *args)
            if label == "snapshot" and "from the stored snapshot" not in output:
                raise WrongPath(f"load_demo built the demo instead of loading the snapshot:\n{output}")
            results.append((name, label, wall))
            print(f"load_demo on an empty {name} database ({label}): {wall:5.1f} s wall, {cpu:5.1f} s CPU")


def main():
    results = []
    with tempfile.TemporaryDirectory(prefix="kbt-load-demo-benchmark-") as folder:
        path = Path(folder) / "demo.sqlite3"
        measure("SQLite", f"sqlite:///{path}", lambda: path.unlink(missing_ok=True), results)

    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        parts = urlsplit(url)
        scratch = parts.path.lstrip("/") + "_load_demo_benchmark"
        scratch_url = urlunsplit(parts._replace(path=f"/{scratch}"))

        def make_empty():
            postgres_admin(url, f'DROP DATABASE IF EXISTS "{scratch}"')
            postgres_admin(url, f'CREATE DATABASE "{scratch}"')

        try:
            measure("PostgreSQL", scratch_url, make_empty, results)
        finally:
            postgres_admin(url, f'DROP DATABASE IF EXISTS "{scratch}"')

    for name, label, wall in results:
        if label == "snapshot":
            verdict = "PASS" if wall < TARGET_SECONDS else "FAIL"
            target = f"target < {TARGET_SECONDS:.0f} s"
            print(f"{verdict}: load_demo on an empty {name} database in {wall:.1f} s ({target})")


if __name__ == "__main__":
    try:
        main()
    except subprocess.CalledProcessError as error:
        print(f"FAIL: {' '.join(error.cmd[1:])} exited with status {error.returncode}", file=sys.stderr)
        print(error.stdout, error.stderr, file=sys.stderr)
        sys.exit(1)
    except WrongPath as error:
        print(f"FAIL: {error}", file=sys.stderr)
        sys.exit(1)
