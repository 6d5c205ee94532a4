from django.core.management.base import BaseCommand

from course_pages.translation.groups import ensure_question_bank_workflow, ensure_translator_groups


class Command(BaseCommand):
    help = (
        "Create or update the 'Translators (<language>)' group of every language other than "
        "Norwegian that has a home page, and put question themes under the page tree's "
        "moderation workflow. Run after adding a language's page tree."
    )

    def handle(self, *args, **options):
        for group in ensure_translator_groups():
            self.stdout.write(f"{group.name}: ready")
        workflow = ensure_question_bank_workflow()
        if workflow is not None:
            self.stdout.write(f"Question themes are reviewed in the workflow “{workflow.name}”.")
