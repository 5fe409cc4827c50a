"""A file that is not a bundle or an archive is refused in words an officer can act on."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.archive_format import open_archive


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "bad.json is empty, so it is not a scrutiny bundle."),
        (b"theme,key,prompt\nPrivacy,PR-01,Is there a DPIA?\n",
         "bad.json is not a scrutiny bundle (it is not JSON). Check that you chose the "
         "scrutiny bundle and not a report or another file."),
        (b"%PDF-1.7\n\xe2\xe3\xcf\xd3", "bad.json is not a scrutiny bundle (it is a PDF, not "
         "UTF-8 text). Choose the scrutiny bundle file, whose name ends in .json."),
        (b"PK\x03\x04\x14\x00\x00\x00\xff", "(it is a zip file, such as a Word document"),
        (b'{"format": "ethics-scrutiny-bundle", "title": "Drone pi',
         "bad.json is not valid JSON: it stops part way through (at line 1), as a file does "
         "when a copy or download is cut short. Copy the file again"),
        (b'{"format": "ethics-scrutiny-bundle", "title": "Heddlu \xc5',
         "it stops part way through (at the end)"),
        (b'{"format": "ethics-scrutiny-bundle",\n "title": oops}',
         "bad.json is not valid JSON: it is damaged at line 2, column 11"),
        (json.dumps({"hello": "world"}).encode(),
         "bad.json is JSON but not an Ethics Scrutiny bundle"),
    ],
)  # fmt: skip
def test_a_wrong_file_is_named_for_what_it_is(
    services: Services, tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError) as refused:
        services.bundles.import_bundle(path)
    message = str(refused.value)
    assert said in message
    assert "Expecting" not in message and "char " not in message
    assert services.scrutinies.list() == []


def test_a_bundle_chosen_as_an_archive_is_named_as_json(tmp_path: Path) -> None:
    path = tmp_path / "drone.json"
    path.write_text('{"format": "ethics-scrutiny-bundle"}', encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"it is JSON, perhaps a scrutiny bundle"):
        open_archive(path)


def test_a_pdf_chosen_as_an_archive_is_named_as_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "paper.zip"
    path.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(InvalidInputError, match=r"not an Ethics Scrutiny archive \(it is a PDF\)"):
        open_archive(path)


def test_a_cut_short_archive_says_so(tmp_path: Path) -> None:
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w") as zipped:
        zipped.writestr("manifest.json", "{}" * 2000)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[:100])
    with pytest.raises(InvalidInputError, match=r"or it is truncated; nothing was imported"):
        open_archive(cut)
