import io
import statistics
import time

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from course_pages.models import ConversationToolPage, GuidePage
from question_bank.elements import ELEMENTS

# The conversation tool's largest set: every element, any phase, for anyone, the most answer
# lines and the conversation plan appended (issue 15: "builds cold in under 3 s").
LARGEST_SELECTION = {"element": [element.code for element in ELEMENTS], "lines": "10", "plan": "1"}


class Command(BaseCommand):
    help = (
        "Benchmark: build the full CHIME practical guide PDF and the conversation tool's largest "
        "PDF cold (cache cleared) and warm (cached), through the same request path a reader "
        "takes, and print times, pages and size, and the tool's result page's query count. "
        "Loads the demo content first if it is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=3, help="cold and warm builds to time (default 3)")

    def handle(self, *args, runs, **options):
        guide = GuidePage.objects.filter(slug="chime-praktisk-veileder", locale__language_code="nb").first()
        if guide is None or not ConversationToolPage.objects.exists():
            call_command("load_demo", stdout=io.StringIO())
            guide = GuidePage.objects.get(slug="chime-praktisk-veileder", locale__language_code="nb")
        tool = ConversationToolPage.objects.live().get(locale__language_code="nb")

        client = Client()
        with override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]):
            self.time_pdf(client, guide.title, guide.url + "pdf/", {}, runs)
            self.time_pdf(client, f"{tool.title}, largest set", tool.url + "pdf/", LARGEST_SELECTION, runs)
            client.get(tool.url, LARGEST_SELECTION)  # warm the per-process caches
            with CaptureQueriesContext(connection) as queries:
                client.get(tool.url, LARGEST_SELECTION)
            self.stdout.write(f"Result page of {tool.title!r}, largest set: {len(queries)} queries")

    def time_pdf(self, client, title, url, query, runs):
        from pypdf import PdfReader

        cold, warm = [], []
        for _ in range(runs):
            cache.clear()
            start = time.perf_counter()
            response = client.get(url, query)
            cold.append(time.perf_counter() - start)
            if response.status_code != 200:
                self.stderr.write(f"{url} answered {response.status_code}")
                return
            start = time.perf_counter()
            client.get(url, query)
            warm.append(time.perf_counter() - start)

        pdf = response.content
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        self.stdout.write(f"PDF of {title!r} ({url})")
        self.stdout.write(f"  pages: {pages}, size: {len(pdf) / 1024:.0f} KiB")
        runs_text = ", ".join(f"{t:.2f}" for t in cold)
        self.stdout.write(f"  cold build: median {statistics.median(cold):.2f} s (runs: {runs_text})")
        self.stdout.write(f"  warm (cached): median {statistics.median(warm) * 1000:.1f} ms")
