"""collectstatic: each static file compressed once, both its names served compressed
(issue 14: brotli compressed each DejaVu font twice)."""

import hashlib
from collections import Counter
from unittest import mock

import brotli
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from whitenoise.compress import Compressor

FONT = "fonts/DejaVuSans.ttf"
FONTS = ["fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/DejaVuSans-Oblique.ttf"]


def collect(tmp_path, backend):
    compressed = Counter()
    original = Compressor.compress_brotli

    def counting(data):
        compressed[hashlib.sha256(data).hexdigest()] += 1
        return original(data)

    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": backend}}
    with (
        override_settings(STATIC_ROOT=tmp_path, STORAGES=storages),
        mock.patch.object(Compressor, "compress_brotli", staticmethod(counting)),
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
    return compressed


@pytest.mark.parametrize(
    "backend, once",
    [
        ("kbt.storage.CompressedManifestStaticFilesStorage", True),
        # Documents the upstream behaviour our storage works around: if this starts to
        # fail, WhiteNoise no longer compresses twice and kbt/storage.py can go.
        ("whitenoise.storage.CompressedManifestStaticFilesStorage", False),
    ],
)
def test_each_static_file_is_compressed_once(tmp_path, backend, once):
    compressed = collect(tmp_path, backend)
    font = (tmp_path / FONT).read_bytes()
    times = [compressed[hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()] for name in FONTS]
    assert (times == [1, 1, 1]) is once
    if once:
        # Both the plain and the hashed name are served compressed, with the font's bytes.
        hashed = next(p for p in (tmp_path / "fonts").glob("DejaVuSans.*.ttf"))
        for name in (tmp_path / FONT, hashed):
            assert brotli.decompress(name.with_name(name.name + ".br").read_bytes()) == font
            assert name.with_name(name.name + ".gz").is_file()
