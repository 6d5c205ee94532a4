"""Signing in to the admin: brute-force lockout (django-axes), Argon2, and a working day's session.

The attacks tried: many wrong passwords for one account (then the right one), and one address
trying many accounts. Each is refused after AXES_FAILURE_LIMIT failures, with a message on the
Wagtail login form, and nothing logs in until the lockout is lifted.
"""

import pytest
from django.conf import settings
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.core.management import call_command

from kbt.login import client_ip_address

from .conftest import make_user

LOGIN = "/admin/login/"


def sign_in(client, username, password, address="192.0.2.10", language="nb"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


def fail_until_locked(client, username, address="192.0.2.10"):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, username, "wrong", address)
        assert response.status_code in (200, 429)


@pytest.fixture
def editor(db):
    return make_user("redaktor", "Editors")


def test_wrong_password_below_the_limit_says_so(client, editor):
    response = sign_in(client, "redaktor", "wrong")
    assert response.status_code == 200
    assert "Feil brukernavn eller passord" in response.content.decode()  # locale/wagtail_admin/nb


def test_right_password_works_before_any_lockout(client, editor):
    response = sign_in(client, "redaktor", "x")
    assert response.status_code == 302
    assert signed_in(client)


def test_account_is_locked_after_repeated_wrong_passwords(client, editor):
    fail_until_locked(client, "redaktor")
    # Even the right password, from another address, is refused while the account is locked.
    response = sign_in(client, "redaktor", "x", address="198.51.100.7")
    assert response.status_code == 429
    page = response.content.decode()
    assert "For mange mislykkede innloggingsforsøk" in page
    assert "60 minutter" in page
    assert 'class="login-form"' in page  # the Wagtail login form, not a bare error page
    assert "stemmer ikke overens" not in page  # Wagtail's "wrong username or password"
    assert not signed_in(client)


def test_lockout_message_follows_the_readers_language(client, editor):
    fail_until_locked(client, "redaktor")
    response = sign_in(client, "redaktor", "x", language="en")
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()


def test_address_is_locked_after_trying_many_accounts(client, editor):
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"gjetning{number}", "wrong", address="203.0.113.5")
    response = sign_in(client, "redaktor", "x", address="203.0.113.5")
    assert response.status_code == 429
    assert not signed_in(client)
    # The account itself is not locked: from another address its owner still gets in.
    response = sign_in(client, "redaktor", "x", address="198.51.100.7")
    assert response.status_code == 302
    assert signed_in(client)


def test_reset_command_lifts_an_account_lockout(client, editor):
    fail_until_locked(client, "redaktor")
    assert sign_in(client, "redaktor", "x").status_code == 429
    call_command("axes_reset_username", "redaktor", stdout=open("/dev/null", "w"))  # noqa: SIM115
    response = sign_in(client, "redaktor", "x")
    assert response.status_code == 302
    assert signed_in(client)


@pytest.mark.parametrize(
    "count, forwarded, expected",
    [
        (0, "203.0.113.9", "10.0.0.2"),  # no proxy: X-Forwarded-For is the client's to forge
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.66, 203.0.113.9", "203.0.113.9"),  # the forged left entry is ignored
        (2, "198.51.100.66, 203.0.113.9, 10.0.0.3", "203.0.113.9"),
        (1, "", "10.0.0.2"),
    ],
)
def test_client_address_behind_proxies(rf, settings, count, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = count
    request = rf.get("/admin/login/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip_address(request) == expected


def test_argon2_is_the_first_password_hasher():
    from kbt.settings import base

    assert base.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    # Tests use a fast hasher; this checks that argon2-cffi is installed and works.
    hasher = Argon2PasswordHasher()
    encoded = hasher.encode("korrekt hest", hasher.salt())
    assert encoded.startswith("argon2$argon2id$")
    assert hasher.verify("korrekt hest", encoded)
    assert not hasher.verify("feil hest", encoded)


def test_admin_session_ends_after_a_working_day_without_requests(client, editor):
    assert sign_in(client, "redaktor", "x").status_code == 302
    response = client.get("/admin/")
    # Every request renews the cookie (and the session's expiry) for another eight hours.
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie.value
    assert client.session.get_expiry_age() == 8 * 60 * 60
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60


def test_stored_session_expires_eight_hours_after_the_last_request(client, editor):
    from datetime import timedelta

    from django.contrib.sessions.models import Session
    from django.utils import timezone

    assert sign_in(client, "redaktor", "x").status_code == 302
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=5))  # nearly over
    assert signed_in(client)  # a request in time renews it
    expires = Session.objects.get().expire_date
    assert abs(expires - (timezone.now() + timedelta(hours=8))) < timedelta(minutes=1)

    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))  # a day away
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
