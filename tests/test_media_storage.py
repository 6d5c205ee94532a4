"""Uploads in S3-compatible object storage when a bucket is configured, on local disk otherwise.

Stateless app servers (issue 14): with ``AWS_STORAGE_BUCKET_NAME`` set, every image, rendition
and document goes to the bucket, so any app server behind the load balancer can serve any of
them and none keeps files of its own. The bucket here is moto's in-memory S3 (``mock_aws``).
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import boto3
import pytest
import requests
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from moto import mock_aws
from pypdf import PdfReader
from storages.backends.s3 import S3Storage
from wagtail.images import get_image_model
from weasyprint.urls import URLFetchingError

from course_pages.demo_images import chime_diagram_png
from course_pages.models import GuideIndexPage, GuidePage
from course_pages.printing import local_file_fetcher
from kbt.settings.base import media_sources, media_storage

ROOT = Path(__file__).resolve().parent.parent
BUCKET = "kbt-media"
# The bucket policy the README's "Deploying" asks for: anyone may read the objects (the site's
# pages show them to anyone); only the site's keys may write.
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/*",
        }
    ],
}


# 1. The environment picks the storage.


def production_settings(env):
    """``STORAGES["default"]``, the public CSP's ``img-src`` and the documents' serve method
    of the production settings loaded in a fresh interpreter with ``env`` added."""
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps([settings.STORAGES['default'], "
        "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], settings.WAGTAILDOCS_SERVE_METHOD]))"
    )
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith("AWS_") and k != "DJANGO_SETTINGS_MODULE"
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "kbt.settings.production",
            "SECRET_KEY": "x" * 50,
            "WAGTAILADMIN_BASE_URL": "https://kurs.example.org",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_without_a_bucket_uploads_stay_on_local_disk():
    storage, img_src, serve_method = production_settings({})
    assert storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert img_src == ["'self'", "data:"]
    assert serve_method == "serve_view"


def test_a_bucket_in_the_environment_puts_uploads_in_object_storage():
    storage, img_src, serve_method = production_settings(
        {
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": "https://fsn1.your-objectstorage.com",
            "AWS_S3_REGION_NAME": "fsn1",
            "AWS_LOCATION": "media",
            "AWS_ACCESS_KEY_ID": "key-id",
            "AWS_SECRET_ACCESS_KEY": "secret",
        }
    )
    assert storage == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "file_overwrite": False,
            "querystring_auth": False,
            "endpoint_url": "https://fsn1.your-objectstorage.com",
            "region_name": "fsn1",
            "location": "media",
        },
    }
    assert "secret" not in json.dumps(storage), "the keys stay in the environment, for boto3"
    assert img_src == ["'self'", "data:", "https://fsn1.your-objectstorage.com"]
    assert serve_method == "serve_view", "documents still go through Wagtail's privacy check"


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"AWS_S3_REGION_NAME": "eu-north-1"},
        {"AWS_S3_REGION_NAME": "eu-north-1", "AWS_S3_ADDRESSING_STYLE": "path"},
        {"AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000"},
        {"AWS_S3_ENDPOINT_URL": "https://fsn1.your-objectstorage.com", "AWS_S3_ADDRESSING_STYLE": "virtual"},
        {"AWS_S3_CUSTOM_DOMAIN": "media.example.org"},
    ],
)
@pytest.mark.parametrize("signed", ["0", "1"])
def test_the_csp_lets_pages_show_images_from_where_the_storage_puts_them(env, signed):
    storage = media_storage({"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_QUERYSTRING_AUTH": signed, **env})
    url = S3Storage(access_key="key-id", secret_key="secret", **storage["OPTIONS"]).url("images/a.png")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
    assert origin in media_sources(storage)


# 2. Images uploaded through the admin live in the bucket.


@pytest.fixture
def bucket(settings, monkeypatch):
    """moto's S3 with an empty bucket, the site's media storage pointed at it."""
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket=BUCKET)
        s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))
        settings.STORAGES = {
            **settings.STORAGES,
            "default": media_storage({"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_REGION_NAME": "us-east-1"}),
        }
        yield s3


def keys(s3):
    return sorted(item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def png(size=120):
    return chime_diagram_png(size=size)


@pytest.mark.django_db
def test_an_image_uploaded_in_the_admin_lands_in_the_bucket_and_its_rendition_is_served(bucket, admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "CHIME-modellen", "file": SimpleUploadedFile("chime.png", png(), content_type="image/png")},
    )
    assert response.status_code == 302, response.content[:500]
    image = get_image_model().objects.get(title="CHIME-modellen")
    assert keys(bucket) == [image.file.name]
    assert image.file.name.startswith("original_images/chime")
    assert (image.width, image.height) == (120, 120)

    rendition = image.get_rendition("width-60")
    assert rendition.file.name in keys(bucket)
    assert rendition.url.startswith(f"https://{BUCKET}.s3.amazonaws.com/images/")
    served = requests.get(rendition.url, timeout=5)
    assert served.status_code == 200
    assert served.content[:8] == b"\x89PNG\r\n\x1a\n"

    second = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Samme filnavn",
            "file": SimpleUploadedFile("chime.png", png(80), content_type="image/png"),
        },
    )
    assert second.status_code == 302
    other = get_image_model().objects.get(title="Samme filnavn")
    assert other.file.name != image.file.name, "a second upload of the same name does not replace the first"
    assert default_storage.open(image.file.name).read() == png()


# 3. A PDF embeds an image from the bucket.


@pytest.mark.django_db
def test_the_pdf_of_a_page_embeds_its_image_from_the_bucket(bucket, home_pages):
    nb_home, _ = home_pages
    image = get_image_model()(title="CHIME-modellen")
    image.file = ImageFile(io.BytesIO(png(300)), name="chime-pdf.png")
    image.save()
    assert image.file.name in keys(bucket)
    index = GuideIndexPage(title="Veiledere", slug="veiledere")
    nb_home.add_child(instance=index)
    index.save_revision().publish()
    guide = GuidePage(
        title="Håp",
        slug="hap",
        body=[{"type": "image", "value": {"image": image.pk, "alt_text": "CHIME-modellen", "caption": ""}}],
    )
    index.add_child(instance=guide)
    guide.save_revision().publish()
    assert [block.block_type for block in guide.body] == ["image"]

    client = Client()
    html = client.get(guide.url + "print/").content.decode()
    assert f"https://{BUCKET}.s3.amazonaws.com/images/" in html, "the print view shows the bucket's rendition"
    response = client.get(guide.url + "pdf/")
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    images = [picture for page in reader.pages for picture in page.images]
    assert len(images) == 1, "the image is in the PDF"
    assert images[0].image.size[0] > 1


@pytest.mark.django_db
def test_an_image_missing_from_the_bucket_is_left_out_and_the_pdf_still_builds(bucket, home_pages):
    nb_home, _ = home_pages
    image = get_image_model()(title="Slettet i lagringen")
    image.file = ImageFile(io.BytesIO(png(300)), name="gone.png")
    image.save()
    index = GuideIndexPage(title="Veiledere", slug="veiledere")
    nb_home.add_child(instance=index)
    index.save_revision().publish()
    guide = GuidePage(
        title="Håp",
        slug="hap",
        body=[
            {"type": "heading", "value": "Tekst som skal med"},
            {"type": "image", "value": {"image": image.pk, "alt_text": "Borte", "caption": ""}},
        ],
    )
    index.add_child(instance=guide)
    guide.save_revision().publish()
    client = Client()
    client.get(guide.url + "print/")  # makes the renditions the PDF shows
    renditions = [key for key in keys(bucket) if key.startswith("images/")]
    assert renditions
    for key in renditions:  # lost from the bucket
        bucket.delete_object(Bucket=BUCKET, Key=key)

    response = client.get(guide.url + "pdf/")
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    assert "Tekst som skal med" in reader.pages[0].extract_text()
    assert not [picture for page in reader.pages for picture in page.images]


@pytest.mark.parametrize(
    "url",
    [
        f"https://{BUCKET}.s3.amazonaws.com/images/../original_images/a.png",
        f"https://{BUCKET}.s3.amazonaws.com/images/%2e%2e/original_images/a.png",
        f"https://{BUCKET}.s3.amazonaws.com/%2Foriginal_images/a.png",
        f"https://{BUCKET}.s3.amazonaws.com//original_images/a.png",
        "https://other-bucket.s3.amazonaws.com/original_images/a.png",
        "http://testserver/media/original_images/a.png",
        "file:///etc/passwd",
    ],
)
def test_the_pdf_fetcher_reads_only_plain_names_at_the_buckets_address(bucket, url):
    bucket.put_object(Bucket=BUCKET, Key="original_images/a.png", Body=png())
    fetched = local_file_fetcher(f"https://{BUCKET}.s3.amazonaws.com/original_images/a.png?X-Amz-Signature=x")
    assert fetched.read() == png()
    assert fetched.headers["Content-Type"] == "image/png"
    with pytest.raises(URLFetchingError):
        local_file_fetcher(url)
