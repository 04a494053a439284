"""Uploaded files: content must match the declared type; served as detected, nosniff."""

from plone.namedfile.file import NamedBlobFile
from polepatrimoine.content.common import files
from tests.fixtures.calls import PDF
from tests.fixtures.calls import make_application
from tests.services.calls_http import as_user
from tests.services.calls_http import create
from tests.services.calls_http import get
from tests.services.content.test_actor_create import VALID as ACTOR

import base64
import pytest
import transaction


# A whole 1 x 1 PNG: an image's header must be readable to be bounded
# (tests/security/test_image_bombs.py), so a truncated one is refused.
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
    b"\x00\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03"
    b"\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)
HTML = (
    b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
FORMAT = (
    "Ce format de fichier n'est pas accepté "
    "(formats acceptés : PDF, ODT, DOCX, PNG, JPEG)."
)


def upload(data: bytes, filename: str, content_type: str) -> dict:
    return {
        "data": base64.b64encode(data).decode(),
        "encoding": "base64",
        "filename": filename,
        "content-type": content_type,
    }


ATTACHMENT_ATTACKS = {
    "HTML named .pdf": (HTML, "dossier.pdf", "application/pdf", FORMAT),
    "%PDF- then HTML": (
        b"%PDF-1.4\n" + HTML,
        "dossier.pdf",
        "application/pdf",
        FORMAT,
    ),
    "%PDF- then a script further in": (
        b"%PDF-1.7\n" + b"%" * 900 + b"\n<script>alert(1)</script>",
        "dossier.pdf",
        "application/pdf",
        FORMAT,
    ),
    "PDF declared as a page": (
        PDF,
        "dossier.html",
        "text/html",
        "Le contenu de ce fichier (PDF) ne correspond pas à son nom ou à son "
        "type déclaré.",
    ),
    "PNG named .pdf": (
        PNG,
        "dossier.pdf",
        "application/pdf",
        "Le contenu de ce fichier (PNG) ne correspond pas à son nom ou à son "
        "type déclaré.",
    ),
}


@pytest.mark.parametrize("attack", sorted(ATTACHMENT_ATTACKS))
def test_attachment_refused_when_content_and_type_differ(world, attack):
    data, filename, content_type, message = ATTACHMENT_ATTACKS[attack]
    response = create(
        world,
        structure_name="Structure piégée",
        document_presentation=upload(data, filename, content_type),
    )
    assert response.status_code == 400, response.text[:300]
    (error,) = response.json()["error"]["errors"]
    assert error == {**error, "field": "document_presentation", "message": message}
    assert (
        get(f"{world.portal.absolute_url()}/@my-applications", "applicant").json()[
            "items"
        ]
        == []
    )
    transaction.begin()
    assert list(world.call.objectIds()) == []


def test_attachment_stored_and_served_as_its_content(world):
    response = create(
        world, document_presentation=upload(PDF, "projet", "application/octet-stream")
    )
    assert response.status_code == 201, response.text[:300]
    stored = response.json()["document_presentation"]
    assert stored["content-type"] == "application/pdf"
    assert stored["filename"] == "projet.pdf"
    served = as_user("applicant", json=False).get(stored["download"])
    assert served.status_code == 200
    assert served.headers["Content-Type"].startswith("application/pdf")
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert served.content == PDF


@pytest.mark.parametrize(
    ("data", "declared", "served_as"),
    [
        # Stored before the checks, under the uploader's word.
        (PDF, "text/html", "application/pdf"),
        (HTML, "text/html", "application/octet-stream"),
        (SVG, "image/svg+xml", "application/octet-stream"),
    ],
)
def test_files_stored_earlier_are_served_as_their_content(
    world, data, declared, served_as
):
    app = make_application(world.call, "applicant", "ancienne")
    app.document_other = NamedBlobFile(data=data, filename="x", contentType=declared)
    transaction.commit()
    for view in ("@@download", "@@display-file"):
        served = as_user("coordinator", json=False).get(
            f"{app.absolute_url()}/{view}/document_other"
        )
        assert served.status_code == 200
        assert served.headers["Content-Type"].split(";")[0] == served_as
        assert served.headers["X-Content-Type-Options"] == "nosniff"


LOGO_ATTACKS = {
    "SVG with a script": (SVG, "logo.svg", "image/svg+xml", "L'image doit être"),
    "HTML named .png": (HTML, "logo.png", "image/png", "L'image doit être"),
    "PDF named .png": (PDF, "logo.png", "image/png", "L'image doit être"),
    "PNG declared as a page": (PNG, "logo.html", "text/html", "ne correspond pas"),
}


@pytest.mark.parametrize("attack", sorted(LOGO_ATTACKS))
def test_actor_logo_refused(clients, functional, attack):
    data, filename, content_type, message = LOGO_ATTACKS[attack]
    title = f"Logo piégé {attack}"
    response = clients["alice"].post(
        "acteurs",
        json={**ACTOR, "title": title, "logo": upload(data, filename, content_type)},
    )
    assert response.status_code == 400, response.text[:300]
    assert "logo" in response.text
    assert message in response.json()["message"]
    found = clients["claire"].get(
        "@search", params={"portal_type": "Actor", "Title": title}
    )
    assert found.json()["items_total"] == 0


def test_actor_logo_served_with_nosniff(clients):
    response = clients["alice"].post(
        "acteurs", json={**ACTOR, "logo": upload(PNG, "logo", "image/png")}
    )
    assert response.status_code == 201, response.text[:300]
    url = response.json()["@id"]
    served = clients["alice"].get(f"{url}/@@download/logo")
    assert served.headers["Content-Type"] == "image/png"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    image = clients["alice"].get(f"{url}/@@images/logo")
    assert image.status_code == 200
    assert image.headers["Content-Type"] == "image/png"
    assert image.headers["X-Content-Type-Options"] == "nosniff"


RESOURCE_ATTACKS = {
    "HTML page": (HTML, "guide.html", "text/html", "pages web ou des scripts"),
    "HTML named .pdf": (
        HTML,
        "guide.pdf",
        "application/pdf",
        "pages web ou des scripts",
    ),
    "%PDF- then HTML": (
        b"%PDF-1.4\n" + HTML,
        "guide.pdf",
        "application/pdf",
        "pages web ou des scripts",
    ),
    "PNG named .pdf": (PNG, "guide.pdf", "application/pdf", "(PNG) ne correspond pas"),
    "PDF named .png": (PDF, "carte.png", "image/png", "(PDF) ne correspond pas"),
    "SVG named .txt": (SVG, "notes.txt", "text/plain", "pages web ou des scripts"),
    "script": (
        b"alert(document.cookie)",
        "outil.js",
        "text/javascript",
        "pages web ou des scripts",
    ),
}


@pytest.mark.parametrize("attack", sorted(RESOURCE_ATTACKS))
def test_resource_file_refused(clients, functional, attack):
    data, filename, content_type, message = RESOURCE_ATTACKS[attack]
    folder = functional["portal"]["ressources"]
    before = set(folder.objectIds())
    response = clients["claire"].post(
        "ressources",
        json={
            "@type": "Resource",
            "title": "Ressource piégée",
            "resource_type": "outil",
            "file": upload(data, filename, content_type),
        },
    )
    assert response.status_code == 400, response.text[:300]
    assert "file" in response.text
    assert message in response.json()["message"]
    transaction.begin()
    assert set(folder.objectIds()) == before


def test_resource_of_another_format_kept_and_served_with_nosniff(clients):
    csv = "nom;commune\nChâteau;Angers\n".encode()
    response = clients["claire"].post(
        "ressources",
        json={
            "@type": "Resource",
            "title": "Inventaire",
            "resource_type": "outil",
            "file": upload(csv, "inventaire.csv", "text/csv"),
        },
    )
    assert response.status_code == 201, response.text[:300]
    served = clients["claire"].get(f"{response.json()['@id']}/@@download/file")
    assert served.headers["Content-Type"].startswith("text/csv")
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert served.content == csv


def test_detect_never_takes_a_page_for_a_document():
    assert files.detect(b"%PDF-1.4\n<html>") is None
    assert files.detect(PDF) == "application/pdf"
