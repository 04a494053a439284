"""Archives as attachments: inspected with bounded reads, bombs refused."""

from plone import api
from polepatrimoine.content.calls.attachments import AttachmentRefused
from polepatrimoine.content.calls.attachments import sniff
from polepatrimoine.content.common import files
from tests.services.calls_http import create
from tests.services.calls_http import get

import base64
import io
import pytest
import struct
import tracemalloc
import transaction
import zipfile


ODT_MIMETYPE = files.ODT.encode()


def zipped(members: dict, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def lying_sizes(data: bytes, declared: int) -> bytes:
    """The archive with every declared uncompressed size replaced by ``declared``."""
    data = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            data[start + offset : start + offset + 4] = struct.pack("<L", declared)
            start += 4
    return bytes(data)


def bombs() -> dict[str, bytes]:
    zeros = b"\0" * 200_000_000
    ratio_bomb = zipped({"mimetype": zeros})
    return {
        # The reviewer's bomb: a 300 KB "ODT" whose mimetype expands to 200 MB.
        "high ratio": ratio_bomb,
        # The same bytes declaring a 40-byte member: decompression must stop.
        "lying sizes": lying_sizes(ratio_bomb, len(ODT_MIMETYPE)),
        "many entries": zipped(
            {"mimetype": ODT_MIMETYPE, **{f"f{n}.xml": b"" for n in range(5000)}},
            zipfile.ZIP_STORED,
        ),
        "huge declared sizes": lying_sizes(
            zipped(
                {
                    "[Content_Types].xml": b"x" * 1000,
                    "word/document.xml": b"y" * 1000,
                },
                zipfile.ZIP_STORED,
            ),
            2_000_000_000,
        ),
        "nested": zipped(
            {
                "[Content_Types].xml": b"<Types/>",
                "word/document.xml": b"<w:document/>",
                "word/media/archive.zip": ratio_bomb,
            }
        ),
    }


BOMBS = bombs()


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_inspection_is_bounded(name):
    data = BOMBS[name]
    tracemalloc.start()
    try:
        refused = None
        try:
            kind = sniff(data)
        except AttachmentRefused as exc:
            refused, kind = exc, None
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Beyond the bytes received (already in memory), a few MB at most.
    assert peak < 4 * 1024 * 1024, (name, peak)
    assert kind is None
    assert refused is not None, name
    assert "archive" in refused.doc()


def test_lying_sizes_read_only_what_they_declare():
    """Declaring 40 bytes gets 40 bytes read, not the 200 MB behind them; their
    checksum then fails and the archive is refused."""
    archive = files.zip_members(BOMBS["lying sizes"])
    tracemalloc.start()
    try:
        with pytest.raises(files.FileRefused):
            files.read_member(archive, "mimetype", 100)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024


def test_genuine_documents_still_pass():
    # A long, repetitive table: real XML compresses well, far below a bomb.
    rows = b"".join(
        b"<row><cell>%d</cell><cell>ok</cell></row>" % n for n in range(5000)
    )
    odt = zipped({"mimetype": ODT_MIMETYPE, "content.xml": rows})
    docx = zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": rows})
    assert sniff(odt) == "odt"
    assert sniff(docx) == "docx"


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_bomb_upload_refused_over_rest(world, name):
    document = {
        "data": base64.b64encode(BOMBS[name]).decode(),
        "encoding": "base64",
        "filename": "presentation.odt",
        "content-type": files.ODT,
    }
    response = create(
        world, structure_name="Structure piégée", document_presentation=document
    )
    assert response.status_code == 400, response.text[:300]
    error = response.json()["error"]
    assert error["errors"][0]["field"] == "document_presentation"
    assert error["errors"][0]["message"] == (
        "Cette archive n'est pas acceptée : elle contient trop de fichiers ou "
        "se décompresse au-delà des limites."
    )
    # Nothing written: the applicant has no application, the jury sees none.
    mine = get(f"{world.portal.absolute_url()}/@my-applications", "applicant")
    assert mine.json()["items"] == []
    listed = get(f"{world.call.absolute_url()}/@applications", "coordinator")
    assert listed.json()["items"] == []
    transaction.begin()
    found = api.content.find(portal_type="Application", unrestricted=True)
    assert "Structure piégée" not in [brain.Title for brain in found]
