from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand
from django.test import Client, override_settings
from wagtail.models import Page

from course_pages.pdf_audit import audit


class Command(BaseCommand):
    help = (
        "Build the PDF of every live printable page (the demo's guides, lessons and CHIME "
        "element pages, nb and en) through the reader's request path and print, per PDF, the "
        "machine-checkable accessibility figures: pages, tables in the HTML and /Table in the "
        "PDF, /TH with and without /Scope, lang parts and inner /Lang, figures with /Alt, "
        "captions inside their parents, widgets with /TU, embedded fonts, and links to a host "
        "other than the request's. veraPDF (a full PDF/UA-1 check) is not part of it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--host",
            default="127.0.0.1:8000",
            help="the host the PDFs are requested on (default 127.0.0.1:8000)",
        )
        parser.add_argument("--save", metavar="DIR", help="also write each PDF into DIR")

    def handle(self, *args, host, save=None, **options):
        pages = [
            page
            for page in Page.objects.live().specific().order_by("locale__language_code", "path")
            if getattr(page, "is_printable", False)
        ]
        client = Client(HTTP_HOST=host)
        hostname = host.split(":")[0]
        totals = {}
        with override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, hostname]):
            cache.clear()
            for page in pages:
                url = page.get_url()
                pdf = client.get(url + "pdf/")
                html = client.get(url + "print/")
                if pdf.status_code != 200 or html.status_code != 200:
                    self.stderr.write(f"{url}: PDF {pdf.status_code}, print view {html.status_code}")
                    continue
                if save:
                    name = url.strip("/").replace("/", "_") + ".pdf"
                    Path(save).mkdir(parents=True, exist_ok=True)
                    (Path(save) / name).write_bytes(pdf.content)
                figures = audit(pdf.content, html.content.decode(), host)
                self.stdout.write(f"{url}pdf/")
                for line in figures.lines():
                    self.stdout.write(f"  {line}")
                for key, value in vars(figures).items():
                    if isinstance(value, (int, bool)):
                        totals[key] = totals.get(key, 0) + value
                    elif isinstance(value, list):
                        totals[key] = totals.get(key, 0) + len(value)
        self.stdout.write(f"{len(pages)} PDFs; totals: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
        self.stdout.write(
            "Not checked here: the rest of PDF/UA-1 (the Matterhorn Protocol's other conditions), "
            "which needs veraPDF."
        )
