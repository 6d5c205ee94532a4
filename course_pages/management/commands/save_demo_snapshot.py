from django.core.management.base import BaseCommand, CommandError

from course_pages import demo_snapshot


class Command(BaseCommand):
    help = (
        "Build the demo through wagtail-localize in this newly migrated, empty database and store "
        "it as the snapshot load_demo loads (course_pages/fixtures/). Run by make demo-snapshot."
    )

    def handle(self, *args, **options):
        try:
            demo_snapshot.save_snapshot(self.stdout)
        except RuntimeError as error:
            raise CommandError(str(error)) from None
