import io
import statistics
import time

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test import Client, override_settings

from course_pages.models import GuidePage


class Command(BaseCommand):
    help = (
        "Benchmark: build the full CHIME practical guide PDF cold (cache cleared) and warm "
        "(cached), through the same request path a reader takes, and print times, pages and "
        "size. Loads the demo content first if it is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=3, help="cold and warm builds to time (default 3)")

    def handle(self, *args, runs, **options):
        from pypdf import PdfReader

        guide = GuidePage.objects.filter(slug="chime-praktisk-veileder", locale__language_code="nb").first()
        if guide is None:
            call_command("load_demo", stdout=io.StringIO())
            guide = GuidePage.objects.get(slug="chime-praktisk-veileder", locale__language_code="nb")

        client = Client()
        url = guide.url + "pdf/"
        cold, warm = [], []
        with override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]):
            for _ in range(runs):
                cache.clear()
                start = time.perf_counter()
                response = client.get(url)
                cold.append(time.perf_counter() - start)
                if response.status_code != 200:
                    self.stderr.write(f"{url} answered {response.status_code}")
                    return
                start = time.perf_counter()
                client.get(url)
                warm.append(time.perf_counter() - start)

        pdf = response.content
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        self.stdout.write(f"PDF of {guide.title!r} ({url})")
        self.stdout.write(f"  pages: {pages}, size: {len(pdf) / 1024:.0f} KiB")
        runs_text = ", ".join(f"{t:.2f}" for t in cold)
        self.stdout.write(f"  cold build: median {statistics.median(cold):.2f} s (runs: {runs_text})")
        self.stdout.write(f"  warm (cached): median {statistics.median(warm) * 1000:.1f} ms")
