#!/usr/bin/env python3
"""Lighthouse accessibility and SEO scores for one page of each page type (the demo content),
Norwegian and English. Run by `make lighthouse`, which loads the demo first; Lighthouse is the
npm package pinned in package.json, driving Debian's Chromium.

Prints one line per page and exits 1 when a score is under 100 (the quality bar of issue 11),
listing the audits that failed. Too slow for the test suite (a Chromium start per page).

Usage: .venv/bin/python scripts/lighthouse.py [--port 8765] [--keep-reports DIR]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("accessibility", "seo")


def demo_urls():
    """One live page per public page type and language, as paths."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kbt.settings.dev")
    import django

    django.setup()
    from tests.conftest import page_types

    urls = []
    for page_type in page_types():
        for language in ("nb", "en"):
            page = page_type.objects.live().filter(locale__language_code=language).order_by("path").first()
            if page is None:
                sys.exit(f"No live {page_type.__name__} in {language}: run `make demo` first.")
            urls.append((f"{page_type.__name__} ({language})", page.url))
    return urls


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"The server did not answer at {url}")


def run_lighthouse(url, report):
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    command = [
        str(LIGHTHOUSE),
        url,
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={report}",
        f"--chrome-path={chromium}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        "--form-factor=mobile",
        "--quiet",
    ]
    subprocess.run(command, check=True, timeout=300)
    result = json.loads(Path(report).read_text())
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    failed = sorted(
        audit_id
        for name in CATEGORIES
        for ref in result["categories"][name]["auditRefs"]
        if ref["weight"] > 0
        and (audit_id := ref["id"])
        and result["audits"][audit_id]["score"] not in (None, 1)
    )
    return scores, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--keep-reports", type=Path, help="a folder for Lighthouse's JSON reports")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `npm ci` (or `make lighthouse`).")

    urls = demo_urls()
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{args.port}", "--noreload"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    below = []
    try:
        wait_for(base + "/robots.txt")
        with tempfile.TemporaryDirectory() as folder:
            reports = args.keep_reports or Path(folder)
            reports.mkdir(parents=True, exist_ok=True)
            for number, (name, path) in enumerate(urls):
                scores, failed = run_lighthouse(base + path, reports / f"report-{number}.json")
                line = "  ".join(f"{category} {score:3d}" for category, score in scores.items())
                print(f"{name:32} {path:60} {line}" + (f"  failed: {', '.join(failed)}" if failed else ""))
                if any(score < 100 for score in scores.values()):
                    below.append(name)
    finally:
        server.terminate()
        server.wait(timeout=10)
    if below:
        sys.exit(f"Under 100: {', '.join(below)}")
    print("Accessibility 100 and SEO 100 on every page.")


if __name__ == "__main__":
    main()
