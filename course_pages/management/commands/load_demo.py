from django.core.management.base import BaseCommand

from course_pages import demo as page_demo
from kbt.demo_translation import TranslationMemory


class Command(BaseCommand):
    help = (
        "Fill the database with the demo content in Norwegian and its English translation "
        "(made through wagtail-localize). Safe to run again: existing content is left alone."
    )

    def handle(self, *args, **options):
        memory = TranslationMemory()
        page_demo.load_home(memory, self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
