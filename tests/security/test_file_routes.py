"""Every route that serves a stored file answers with its content's type and nosniff."""

from plone import api
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage
from tests.fixtures.calls import PDF
from tests.fixtures.calls import make_application
from tests.fixtures.calls import pdf
from tests.security.test_file_types import HTML
from tests.security.test_file_types import SVG
from tests.security.test_file_types import upload
from tests.services.calls_http import as_user
from tests.services.content.test_actor_create import VALID as ACTOR

import io
import pytest
import transaction


def png(width=2, height=2) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "red").save(buffer, "PNG")
    return buffer.getvalue()


def served(response, expected: str) -> None:
    assert response.status_code == 200, (response.url, response.text[:300])
    assert response.headers["Content-Type"].split(";")[0] == expected, response.url
    assert response.headers["X-Content-Type-Options"] == "nosniff", response.url


def test_edit_form_file_links_of_an_actor_logo(clients):
    created = clients["alice"].post(
        "acteurs", json={**ACTOR, "logo": upload(png(), "logo.png", "image/png")}
    )
    assert created.status_code == 201, created.text[:300]
    url = created.json()["@id"]
    page = clients["alice"].get(f"{url}/@@edit", headers={"Accept": "text/html"})
    assert page.status_code == 200
    link = f"{url}/edit/++widget++form.widgets.logo/@@download/logo.png"
    assert link in page.text
    response = clients["alice"].get(link)
    served(response, "image/png")
    assert response.content == png()


def test_edit_form_file_links_of_a_resource(clients):
    created = clients["claire"].post(
        "ressources",
        json={
            "@type": "Resource",
            "title": "Guide",
            "resource_type": "outil",
            "file": upload(PDF, "guide.pdf", "application/pdf"),
        },
    )
    assert created.status_code == 201, created.text[:300]
    url = created.json()["@id"]
    link = f"{url}/edit/++widget++form.widgets.file/@@download/guide.pdf"
    assert link in clients["claire"].get(f"{url}/@@edit").text
    response = clients["claire"].get(link)
    served(response, "application/pdf")
    assert response.content == PDF


def test_edit_form_file_links_of_an_application(world):
    app = make_application(
        world.call, "applicant", "avec-piece", document_presentation=pdf()
    )
    transaction.commit()
    client = as_user("applicant", json=False)
    page = client.get(f"{app.absolute_url()}/@@edit")
    assert page.status_code == 200, page.text[:300]
    link = (
        f"{app.absolute_url()}/edit/++widget++form.widgets.document_presentation"
        "/@@download/presentation.pdf"
    )
    assert link in page.text
    served(client.get(link), "application/pdf")


# What was stored, under which declared type, before the checks; and what it is.
EARLIER = {
    "page declared as a page": (HTML, "text/html", "application/octet-stream"),
    "page declared as a PDF": (HTML, "application/pdf", "application/octet-stream"),
    "SVG with a script": (SVG, "image/svg+xml", "application/octet-stream"),
    "PDF declared as a page": (PDF, "text/html", "application/pdf"),
}


@pytest.mark.parametrize("kind", sorted(EARLIER))
def test_plone_file_stored_earlier_served_as_its_content_by_every_route(
    clients, functional, kind
):
    data, declared, expected = EARLIER[kind]
    with api.env.adopt_roles(["Manager"]):
        item = api.content.create(
            container=functional["portal"], type="File", id="ancien", title="Ancien"
        )
    item.file = NamedBlobFile(data=data, filename="ancien.bin", contentType=declared)
    transaction.commit()
    url = item.absolute_url()
    admin = clients["admin"]
    rest = admin.get(url).json()["file"]["download"]
    routes = [
        f"{url}/@@download/file",
        f"{url}/@@download/file/ancien.bin",
        # No field name: the primary field.
        f"{url}/@@download",
        f"{url}/@@display-file/file",
        f"{url}/@@display-file",
        f"{url}/edit/++widget++form.widgets.file/@@download/ancien.bin",
        rest,
    ]
    for route in routes:
        response = admin.get(route)
        served(response, expected)
        assert response.content == data


def test_image_stored_earlier_served_as_its_content_by_every_route(clients, functional):
    data = png(40, 30)
    with api.env.adopt_roles(["Manager"]):
        item = api.content.create(
            container=functional["portal"], type="Image", id="photo", title="Photo"
        )
    # A PNG its uploader declared as a JPEG named .gif.
    item.image = NamedBlobImage(
        data=data, filename="photo.gif", contentType="image/jpeg"
    )
    transaction.commit()
    url = item.absolute_url()
    admin = clients["admin"]
    image = admin.get(url).json()["image"]
    routes = [
        f"{url}/@@download/image",
        f"{url}/@@download",
        f"{url}/@@display-file/image",
        f"{url}/@@images/image",
        f"{url}/edit/++widget++form.widgets.image/@@download/photo.gif",
        image["download"],
    ]
    for route in routes:
        response = admin.get(route)
        served(response, "image/png")
        assert response.content == data
    # Scales are made by PIL from the content, in its own format.
    for scale in ("thumb", "icon"):
        served(admin.get(f"{url}/@@images/image/{scale}"), "image/png")
    for scale in image["scales"].values():
        served(admin.get(scale["download"]), "image/png")


def test_actor_logo_stored_earlier_corrected_on_every_route(clients, functional):
    created = clients["alice"].post(
        "acteurs", json={**ACTOR, "logo": upload(png(), "logo.png", "image/png")}
    )
    url = created.json()["@id"]
    transaction.begin()
    actor = functional["portal"].unrestrictedTraverse(
        url.replace(functional["portal"].absolute_url() + "/", "")
    )
    actor.logo = NamedBlobImage(
        data=png(), filename="logo.svg", contentType="image/svg+xml"
    )
    transaction.commit()
    alice = clients["alice"]
    for route in (
        f"{url}/@@download/logo",
        f"{url}/@@display-file/logo",
        f"{url}/@@images/logo",
        f"{url}/edit/++widget++form.widgets.logo/@@download/logo.svg",
        alice.get(url).json()["logo"]["download"],
    ):
        served(alice.get(route), "image/png")
