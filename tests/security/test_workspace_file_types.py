"""Plone's File and Image, as working-group members add them, are checked like the suite's own files."""

from plone import api
from plone.namedfile.file import NamedBlobFile
from tests.fixtures.calls import PDF
from tests.security.browser_session import BrowserSession
from tests.security.test_file_routes import png
from tests.security.test_file_types import HTML
from tests.security.test_file_types import SVG
from tests.security.test_file_types import upload
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import base64
import pytest
import transaction


PAGES = "Les fichiers contenant des pages web ou des scripts"
IMAGE_FORMATS = "L'image doit être un fichier PNG, JPEG, GIF ou WebP."

FILE_ATTACKS = {
    "HTML named .pdf": (HTML, "compte-rendu.pdf", "application/pdf", PAGES),
    "%PDF- then HTML": (
        b"%PDF-1.4\n" + HTML,
        "compte-rendu.pdf",
        "application/pdf",
        PAGES,
    ),
    "HTML page": (HTML, "compte-rendu.html", "text/html", PAGES),
    "SVG named .txt": (SVG, "notes.txt", "text/plain", PAGES),
    "PNG named .pdf": (png(), "plan.pdf", "application/pdf", "(PNG) ne correspond pas"),
}
IMAGE_ATTACKS = {
    "SVG with a script": (SVG, "plan.svg", "image/svg+xml", IMAGE_FORMATS),
    "HTML named .png": (HTML, "plan.png", "image/png", IMAGE_FORMATS),
    "PDF named .jpg": (PDF, "plan.jpg", "image/jpeg", IMAGE_FORMATS),
    "PNG declared as a JPEG": (
        png(),
        "plan.jpg",
        "image/jpeg",
        "(PNG) ne correspond pas",
    ),
}
ATTACKS = [("File", "file", name) for name in sorted(FILE_ATTACKS)] + [
    ("Image", "image", name) for name in sorted(IMAGE_ATTACKS)
]


def attack(portal_type, name):
    return (FILE_ATTACKS if portal_type == "File" else IMAGE_ATTACKS)[name]


@pytest.fixture
def space(functional):
    s = build(functional["portal"])
    with api.env.adopt_user(user=api.user.get(userid=s.users["member"])):
        s.file = api.content.create(
            container=s.group, type="File", id="ordre-du-jour", title="Ordre du jour"
        )
        s.file.file = NamedBlobFile(
            PDF, filename="odj.pdf", contentType="application/pdf"
        )
    transaction.commit()
    return s


def items(space, persona="coordinator") -> list:
    """What the group holds, read back by another request."""
    found = http(space, persona).get(
        f"{space.group.absolute_url()}/@search",
        params={"portal_type": ["File", "Image"], "metadata_fields": "id"},
    )
    assert found.status_code == 200
    return sorted(item["id"] for item in found.json()["items"])


# Guests read a space but add nothing to it (README, Working groups).
@pytest.mark.parametrize("persona", ["member", "coordinator"])
@pytest.mark.parametrize(("portal_type", "field", "name"), ATTACKS)
def test_rest_post_refused(space, persona, portal_type, field, name):
    data, filename, content_type, message = attack(portal_type, name)
    response = http(space, persona).post(
        space.group.absolute_url(),
        json={
            "@type": portal_type,
            "title": "Pièce piégée",
            field: upload(data, filename, content_type),
        },
    )
    assert response.status_code == 400, response.text[:300]
    assert message in response.json()["message"]
    assert field in response.text
    assert items(space) == ["ordre-du-jour"]


@pytest.mark.parametrize("name", sorted(FILE_ATTACKS))
def test_rest_patch_refused(space, name):
    data, filename, content_type, message = FILE_ATTACKS[name]
    member = http(space, "member")
    url = space.file.absolute_url()
    response = member.patch(url, json={"file": upload(data, filename, content_type)})
    assert response.status_code == 400, response.text[:300]
    assert message in response.json()["message"]
    stored = http(space, "coordinator").get(f"{url}/@@download/file")
    assert stored.content == PDF
    assert stored.headers["Content-Type"] == "application/pdf"


def tus(client, url, data, metadata, service="@tus-upload") -> object:
    """A whole tus upload of data, creating (or, with ``mode``, replacing) content."""
    encoded = ",".join(
        f"{key} {base64.b64encode(value.encode()).decode()}"
        for key, value in metadata.items()
    )
    headers = {"Tus-Resumable": "1.0.0"}
    created = client.post(
        f"{url}/{service}",
        headers={
            **headers,
            "Upload-Length": str(len(data)),
            "Upload-Metadata": encoded,
        },
    )
    assert created.status_code == 201, created.text[:300]
    return client.patch(
        created.headers["Location"],
        headers={
            **headers,
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": "0",
        },
        data=data,
    )


@pytest.mark.parametrize(("portal_type", "field", "name"), ATTACKS)
def test_tus_upload_refused(space, portal_type, field, name):
    data, filename, content_type, message = attack(portal_type, name)
    response = tus(
        http(space, "member"),
        space.group.absolute_url(),
        data,
        {"filename": filename, "content-type": content_type, "@type": portal_type},
    )
    assert response.status_code == 400, (response.status_code, response.text[:300])
    assert message in response.json()["message"]
    assert items(space) == ["ordre-du-jour"]


def test_tus_replacement_refused(space):
    url = space.file.absolute_url()
    response = tus(
        http(space, "member"),
        url,
        HTML,
        {"filename": "odj.pdf", "content-type": "application/pdf", "mode": "update"},
        service="@tus-replace",
    )
    assert response.status_code == 400, (response.status_code, response.text[:300])
    assert http(space, "coordinator").get(f"{url}/@@download/file").content == PDF


@pytest.mark.parametrize(("portal_type", "field", "name"), ATTACKS)
def test_classic_add_form_refused(space, portal_type, field, name):
    data, filename, content_type, message = attack(portal_type, name)
    browser = BrowserSession(space.portal.absolute_url(), space.emails["member"])
    response = browser.session.post(
        f"{space.group.absolute_url()}/++add++{portal_type}",
        data={
            "form.widgets.title": "Pièce piégée",
            "form.buttons.save": "Enregistrer",
            "_authenticator": browser.token,
        },
        files={f"form.widgets.{field}": (filename, data, content_type)},
        timeout=60,
    )
    assert response.status_code == 200, response.status_code
    assert message.replace("'", "&#x27;") in response.text or message in response.text
    assert "/++add++" in response.url
    assert items(space) == ["ordre-du-jour"]


@pytest.mark.parametrize("name", sorted(FILE_ATTACKS))
def test_classic_edit_form_refused(space, name):
    data, filename, content_type, message = FILE_ATTACKS[name]
    browser = BrowserSession(space.portal.absolute_url(), space.emails["member"])
    url = space.file.absolute_url()
    response = browser.session.post(
        f"{url}/@@edit",
        data={
            "form.widgets.title": "Ordre du jour",
            "form.widgets.file.action": "replace",
            "form.buttons.save": "Enregistrer",
            "_authenticator": browser.token,
        },
        files={"form.widgets.file": (filename, data, content_type)},
        timeout=60,
    )
    assert response.status_code == 200
    assert message.replace("'", "&#x27;") in response.text or message in response.text
    assert http(space, "coordinator").get(f"{url}/@@download/file").content == PDF


def test_genuine_files_and_images_are_added_in_every_channel(space):
    member = http(space, "member")
    group = space.group.absolute_url()
    posted = member.post(
        group,
        json={
            "@type": "File",
            "title": "Compte rendu",
            "file": upload(PDF, "compte-rendu", "application/octet-stream"),
        },
    )
    assert posted.status_code == 201, posted.text[:300]
    assert posted.json()["file"]["content-type"] == "application/pdf"
    assert posted.json()["file"]["filename"] == "compte-rendu.pdf"
    image = member.post(
        group,
        json={
            "@type": "Image",
            "title": "Plan",
            "image": upload(png(), "plan.png", "image/png"),
        },
    )
    assert image.status_code == 201, image.text[:300]
    uploaded = tus(
        member,
        group,
        PDF,
        {"filename": "annexe.pdf", "content-type": "application/pdf", "@type": "File"},
    )
    assert uploaded.status_code == 204, uploaded.text[:300]
    browser = BrowserSession(space.portal.absolute_url(), space.emails["member"])
    form = browser.session.post(
        f"{group}/++add++File",
        data={
            "form.widgets.title": "Budget",
            "form.buttons.save": "Enregistrer",
            "_authenticator": browser.token,
        },
        files={"form.widgets.file": ("budget.pdf", PDF, "application/pdf")},
        timeout=60,
    )
    assert form.status_code == 200
    assert "++add++" not in form.url
    assert items(space) == sorted(
        ["ordre-du-jour", "compte-rendu.pdf", "plan.png", "annexe.pdf", "budget.pdf"]
    )
