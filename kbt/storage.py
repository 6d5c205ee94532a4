"""Static files storage: WhiteNoise's, compressing each distinct file once."""

import filecmp
import shutil

from whitenoise.storage import CompressedManifestStaticFilesStorage as WhiteNoiseStorage


class CompressedManifestStaticFilesStorage(WhiteNoiseStorage):
    """WhiteNoise's compressed manifest storage without compressing a file twice.

    WhiteNoise 6.12 keeps both ``name`` and its hashed copy ``name.<hash>.ext`` and
    compresses each (``post_process_with_compression``: ``original_files | hashed_files``),
    so every font, image and script went through brotli and gzip twice — for the three
    DejaVu fonts alone most of collectstatic's 32 s of CPU. Where the original's bytes equal
    the hashed copy's (anything but CSS, whose copy has its URLs rewritten), the original
    gets copies of the hashed file's ``.br`` and ``.gz`` instead.
    tests/test_static_files.py fails if an upgrade changes this.
    """

    def compress_files(self, paths):
        paths = set(paths)
        twins = {}  # hashed name -> originals with the same bytes
        for name in list(paths):
            hashed = self.hashed_files.get(self.hash_key(self.clean_name(name)))
            if (
                hashed
                and hashed != name
                and hashed in paths
                and filecmp.cmp(self.path(name), self.path(hashed), shallow=False)
            ):
                twins.setdefault(hashed, []).append(name)
                paths.discard(name)
        for name, compressed_name in super().compress_files(paths):
            yield name, compressed_name
            suffix = compressed_name[len(name) :]
            for original in twins.get(name, ()):
                shutil.copyfile(self.path(compressed_name), self.path(original + suffix))
                yield original, original + suffix
