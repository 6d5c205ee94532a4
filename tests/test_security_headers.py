"""Content-Security-Policy and Permissions-Policy on what the public and the editors load.

Public pages run no inline script (a template that needs one uses the CSP nonce), so a
``javascript:`` link or an injected ``<script>`` does not run; the admin gets the policy
Wagtail 8 works under (measured in the browser by tests/test_browser_security.py).
"""

import pytest
from django.http import HttpResponse
from django.template import engines
from django.test import RequestFactory

from kbt.middleware import ContentSecurityPolicyMiddleware


def directives(response):
    """The response's Content-Security-Policy as {directive: [sources]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


@pytest.mark.parametrize("path", ["/nb/", "/en/"])
def test_public_pages_forbid_inline_script(client, home_pages, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "<script>" not in response.content.decode()


def test_lesson_print_pdf_and_sitemap_carry_the_headers(client, make_lesson):
    lesson = make_lesson([("text", "<p>Tekst.</p>")])
    for url in [lesson.url, lesson.url + "print/", "/sitemap.xml"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "'unsafe-inline'" not in directives(response)["script-src"], url
        assert "camera=()" in response["Permissions-Policy"], url


def test_pdf_has_no_csp_that_could_block_the_browsers_pdf_viewer(client, make_lesson):
    lesson = make_lesson([("text", "<p>Tekst.</p>")])
    response = client.get(lesson.url + "pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert "Content-Security-Policy" not in response
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_template_that_needs_inline_script_gets_a_nonce_in_the_header():
    template = engines["django"].from_string('<script nonce="{{ CSP_NONCE }}">start()</script>')

    def view(request):
        return HttpResponse(template.render({"CSP_NONCE": request.csp_nonce}, request))

    request = RequestFactory().get("/nb/")
    response = ContentSecurityPolicyMiddleware(view)(request)
    nonce = str(request.csp_nonce)
    assert len(nonce) >= 16
    assert f'nonce="{nonce}"' in response.content.decode()
    assert f"'nonce-{nonce}'" in directives(response)["script-src"]
    assert "'unsafe-inline'" not in directives(response)["script-src"]


def test_the_nonce_is_left_out_when_no_template_uses_it(client, home_pages):
    assert not any(source.startswith("'nonce-") for source in directives(client.get("/nb/"))["script-src"])


def test_admin_has_its_own_policy(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", password="x"))
    for url in ["/admin/login/", "/admin/"]:
        response = client.get(url, follow=False)
        policy = directives(response)
        assert policy["default-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"], url
        assert policy["frame-ancestors"] == ["'self'"], url
        assert "'unsafe-eval'" not in policy["script-src"], url
        assert "camera=()" in response["Permissions-Policy"], url


def test_permissions_policy_refuses_unused_browser_features(client, home_pages):
    header = client.get("/nb/")["Permissions-Policy"]
    features = dict(item.strip().split("=", 1) for item in header.split(","))
    for feature in ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]:
        assert features[feature] == "()", feature
    # Video blocks embed players that may go full screen: that stays allowed.
    assert "fullscreen" not in features
