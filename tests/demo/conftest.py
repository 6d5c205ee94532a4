import pytest
from django.core.management import call_command
from django.db import transaction

from ..conftest import _publishing_on_save, _Quiet


@pytest.fixture(scope="package")
def demo_content(django_db_setup, django_db_blocker):
    """The demo content, loaded once for all the tests in this package (tests/demo/).

    Loading it takes seconds, so every test that reads it shares one load: it runs in a
    transaction that stays open while this package's tests run and is rolled back after the
    last one. Each test's own transaction (the ``db`` fixture) nests inside it as a savepoint,
    so every test starts from exactly the demo state and what it changes is undone after it.
    pytest runs a package's tests one after another, so no test elsewhere sees the demo; put
    a test that needs the demo here, not in another package, where it would load again.
    (Transactional tests, which commit, cannot share it: pytest-django runs them later.)
    """
    with django_db_blocker.unblock(), transaction.atomic():
        with _publishing_on_save():
            call_command("load_demo", stdout=_Quiet())
        # Between the tests, the database stays as closed to them as anywhere else.
        with django_db_blocker.block():
            yield
        transaction.set_rollback(True)
