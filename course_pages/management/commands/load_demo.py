from django.core.management.base import BaseCommand

from course_pages.demo import load_pages
from course_pages.translation.demo import TranslationMemory
from course_pages.translation.groups import ensure_question_bank_workflow, ensure_translator_groups
from question_bank.demo import load_question_bank


class Command(BaseCommand):
    help = (
        "Fill the database with the demo content in Norwegian and its English translation "
        "(made through wagtail-localize). Safe to run again: existing content is left alone."
    )

    def handle(self, *args, **options):
        memory = TranslationMemory()
        # Snippets first: translating a page needs the English versions of what it embeds.
        load_question_bank(memory, self.stdout)
        load_pages(memory, self.stdout)
        ensure_translator_groups()
        ensure_question_bank_workflow()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
