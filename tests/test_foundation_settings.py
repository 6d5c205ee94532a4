"""The site's settings: environment-driven, and clean under `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, env):
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_database_follows_database_url():
    engine = settings.DATABASES["default"]["ENGINE"]
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        assert engine == "django.db.backends.postgresql"
    else:
        assert engine == "django.db.backends.sqlite3"


@pytest.mark.parametrize(
    "database_url, engine",
    [
        ("sqlite:////tmp/kbt-settings-check.sqlite3", "sqlite3"),
        ("postgres://postgres@127.0.0.1:5432/kbt", "postgresql"),
    ],
)
def test_settings_load_for_each_database(database_url, engine):
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])",
        env={"DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "kbt.settings.dev"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"django.db.backends.{engine}"


def test_production_settings_pass_check_deploy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DJANGO_SETTINGS_MODULE": "kbt.settings.production",
            "SECRET_KEY": "x7#k2Lq9!vR4mZ8pW1tY6uB3nC5dF0gH-jK8lP2oI4uY7tR1eW3q",
            "ALLOWED_HOSTS": "kurs.example.org",
            "WAGTAILADMIN_BASE_URL": "https://kurs.example.org",
            "DATABASE_URL": "sqlite:////tmp/kbt-deploy-check.sqlite3",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("base_url", ["", "kurs.example.org"])
def test_production_refuses_to_start_without_the_admin_base_url(base_url):
    # The base settings' default (http://127.0.0.1:8000) would put a developer's address into
    # the links of the admin's notification e-mails.
    result = run_manage(
        "check",
        env={
            "DJANGO_SETTINGS_MODULE": "kbt.settings.production",
            "SECRET_KEY": "x7#k2Lq9!vR4mZ8pW1tY6uB3nC5dF0gH-jK8lP2oI4uY7tR1eW3q",
            "WAGTAILADMIN_BASE_URL": base_url,
            "DATABASE_URL": "sqlite:////tmp/kbt-deploy-check.sqlite3",
        },
    )
    assert result.returncode != 0
    assert "Set WAGTAILADMIN_BASE_URL in the environment" in result.stderr


def test_production_uses_the_admin_base_url_from_the_environment():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)",
        env={
            "DJANGO_SETTINGS_MODULE": "kbt.settings.production",
            "SECRET_KEY": "x7#k2Lq9!vR4mZ8pW1tY6uB3nC5dF0gH-jK8lP2oI4uY7tR1eW3q",
            "WAGTAILADMIN_BASE_URL": "https://kurs.example.org/",
            "DATABASE_URL": "sqlite:////tmp/kbt-deploy-check.sqlite3",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://kurs.example.org"


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage(
        "check",
        env={"DJANGO_SETTINGS_MODULE": "kbt.settings.production", "SECRET_KEY": ""},
    )
    assert result.returncode != 0
    assert "Set SECRET_KEY in the environment" in result.stderr
    assert "DEBUG" not in result.stdout


def test_base_settings_are_secure_by_default():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DEBUG, repr(settings.SECRET_KEY))",
        env={"DJANGO_SETTINGS_MODULE": "kbt.settings.base", "SECRET_KEY": "from-env"},
    )
    assert result.stdout.strip() == "False 'from-env'"


@pytest.mark.django_db
def test_migrate_from_empty_creates_both_locales():
    # The test database was built by running every migration from an empty database.
    assert settings.LANGUAGE_CODE == "nb"
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"nb", "en"}


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
