"""Images are bounded by the pixels they declare, read from their header: no decompression bomb."""

from PIL import Image
from plone import api
from plone.namedfile.file import NamedBlobImage
from plone.namedfile.file import NamedImage
from polepatrimoine.content.common import files
from polepatrimoine.content.common import images as image_rules
from tests.security.browser_session import BrowserSession
from tests.security.test_file_routes import png
from tests.security.test_file_types import upload
from tests.security.test_workspace_file_types import tus
from tests.services.content.test_actor_create import VALID as ACTOR
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import io
import pytest
import struct
import tracemalloc
import transaction
import zlib


TOO_LARGE = (
    "Cette image est trop grande : au plus 10 000 pixels de côté et 40 mégapixels."
)


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png_bomb(width: int, height: int) -> bytes:
    """A valid greyscale PNG of width x height black pixels: a few hundred KB
    that decode to width x height bytes, and four times that once scaled."""
    compressor = zlib.compressobj(9)
    row = b"\0" * (width + 1)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )


def jpeg_declaring(width: int, height: int) -> bytes:
    """A small JPEG whose frame header declares width x height."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "blue").save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.find(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def gif_declaring(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("P", (16, 16)).save(buffer, "GIF")
    data = bytearray(buffer.getvalue())
    data[6:10] = struct.pack("<HH", width, height)
    descriptor = data.find(b"\x2c", 13)
    data[descriptor + 5 : descriptor + 9] = struct.pack("<HH", width, height)
    return bytes(data)


BOMBS = {
    # The reviewer's: ~150 KB, 144 megapixels.
    "PNG 12000 x 12000": (png_bomb(12000, 12000), "bombe.png", "image/png"),
    # Sides within 10000, pixels beyond 40 M.
    "PNG 9000 x 9000": (png_bomb(9000, 9000), "bombe.png", "image/png"),
    # Few pixels, one side beyond 10000.
    "PNG 20000 x 10": (png_bomb(20000, 10), "frise.png", "image/png"),
    "JPEG declaring 12000 x 12000": (
        jpeg_declaring(12000, 12000),
        "bombe.jpg",
        "image/jpeg",
    ),
    "GIF declaring 65000 x 65000": (
        gif_declaring(65000, 65000),
        "bombe.gif",
        "image/gif",
    ),
}


def test_the_reviewers_bomb_is_small():
    assert len(BOMBS["PNG 12000 x 12000"][0]) < 200_000


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_check_reads_only_the_header(name):
    data, filename, content_type = BOMBS[name]
    value = NamedImage(data=data, filename=filename, contentType=content_type)
    tracemalloc.start()
    try:
        with pytest.raises(files.FileRefused) as refused:
            image_rules.check_image(value)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Beyond the bytes received (already in memory), a few MB at most.
    assert peak < 4 * 1024 * 1024, (name, peak)
    assert "too large" in refused.value.doc()


def test_images_within_the_bounds_pass():
    for width, height in ((6000, 6000), (10000, 4000), (4000, 10000), (1, 1)):
        data = png_bomb(width, height)
        value = NamedImage(data=data, filename="photo.png", contentType="image/png")
        tracemalloc.start()
        try:
            assert image_rules.check_image(value)
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 4 * 1024 * 1024, (width, height, peak)


def test_pil_refuses_to_decode_beyond_the_budget():
    """Scales of images stored before the bound: PIL's own guard refuses them."""
    assert Image.MAX_IMAGE_PIXELS is not None
    assert 2 * Image.MAX_IMAGE_PIXELS <= image_rules.MAX_IMAGE_PIXELS
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(BOMBS["PNG 9000 x 9000"][0]))


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_actor_logo_refused_over_rest(clients, name):
    data, filename, content_type = BOMBS[name]
    title = f"Logo géant {name}"
    response = clients["alice"].post(
        "acteurs",
        json={**ACTOR, "title": title, "logo": upload(data, filename, content_type)},
    )
    assert response.status_code == 400, response.text[:300]
    assert "logo" in response.text
    assert TOO_LARGE in response.json()["message"]
    found = clients["claire"].get(
        "@search", params={"portal_type": "Actor", "Title": title}
    )
    assert found.json()["items_total"] == 0


@pytest.fixture
def actor(clients):
    created = clients["alice"].post(
        "acteurs", json={**ACTOR, "logo": upload(png(), "logo.png", "image/png")}
    )
    assert created.status_code == 201, created.text[:300]
    return created.json()["@id"]


@pytest.mark.parametrize("name", ["PNG 12000 x 12000", "JPEG declaring 12000 x 12000"])
def test_actor_logo_replacement_refused_over_rest(clients, actor, name):
    data, filename, content_type = BOMBS[name]
    response = clients["alice"].patch(
        actor, json={"logo": upload(data, filename, content_type)}
    )
    assert response.status_code == 400, response.text[:300]
    assert TOO_LARGE in response.json()["message"]
    assert clients["claire"].get(f"{actor}/@@download/logo").content == png()


@pytest.mark.parametrize("name", ["PNG 12000 x 12000", "GIF declaring 65000 x 65000"])
def test_actor_logo_replacement_refused_in_the_edit_form(
    clients, functional, actor, name
):
    data, filename, content_type = BOMBS[name]
    browser = BrowserSession(functional["portal"].absolute_url(), "alice@example.org")
    page = browser.session.get(f"{actor}/edit", timeout=60)
    assert page.status_code == 200
    response = browser.session.post(
        f"{actor}/edit",
        data={
            "form.widgets.logo.action": "replace",
            "form.buttons.save": "Enregistrer",
            "_authenticator": browser.token,
        },
        files={"form.widgets.logo": (filename, data, content_type)},
        timeout=60,
    )
    assert response.status_code == 200
    assert TOO_LARGE in response.text
    assert clients["claire"].get(f"{actor}/@@download/logo").content == png()


@pytest.fixture
def space(functional):
    s = build(functional["portal"])
    transaction.commit()
    return s


def images(space) -> list:
    found = http(space, "coordinator").get(
        f"{space.group.absolute_url()}/@search", params={"portal_type": "Image"}
    )
    return found.json()["items"]


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_plone_image_refused_in_a_workspace(space, name):
    data, filename, content_type = BOMBS[name]
    member = http(space, "member")
    group = space.group.absolute_url()
    posted = member.post(
        group,
        json={
            "@type": "Image",
            "title": "Plan",
            "image": upload(data, filename, content_type),
        },
    )
    assert posted.status_code == 400, posted.text[:300]
    assert TOO_LARGE in posted.json()["message"]
    uploaded = tus(
        member,
        group,
        data,
        {"filename": filename, "content-type": content_type, "@type": "Image"},
    )
    assert uploaded.status_code == 400, uploaded.text[:300]
    assert TOO_LARGE in uploaded.json()["message"]
    browser = BrowserSession(space.portal.absolute_url(), space.emails["member"])
    form = browser.session.post(
        f"{group}/++add++Image",
        data={
            "form.widgets.title": "Plan",
            "form.buttons.save": "Enregistrer",
            "_authenticator": browser.token,
        },
        files={"form.widgets.image": (filename, data, content_type)},
        timeout=60,
    )
    assert form.status_code == 200
    assert TOO_LARGE in form.text
    assert images(space) == []


def test_bomb_stored_before_the_bound_is_never_scaled(clients, functional, actor):
    transaction.begin()
    path = actor.replace(functional["portal"].absolute_url() + "/", "")
    obj = functional["portal"].unrestrictedTraverse(path)
    obj.logo = NamedBlobImage(
        data=BOMBS["PNG 9000 x 9000"][0], filename="logo.png", contentType="image/png"
    )
    transaction.commit()
    for scale in ("thumb", "preview"):
        response = clients["alice"].get(f"{actor}/@@images/logo/{scale}")
        # No scale made (PIL refused to decode it): never an image of it.
        assert response.status_code in (404, 200), response.status_code
        if response.status_code == 200:
            assert response.content == BOMBS["PNG 9000 x 9000"][0]
    page = clients["alice"].get(actor, headers={"Accept": "text/html"})
    assert page.status_code == 200
    with api.env.adopt_roles(["Manager"]):
        assert obj.logo.getImageSize() == (9000, 9000)
