"""Helpers of the sharing tests: a page's meta tags and share links, over HTTP."""

from io import BytesIO
from lxml import html
from PIL import Image
from plone.namedfile.file import NamedBlobImage
from tests.fixtures.http import client


def png(width=600, height=400) -> NamedBlobImage:
    buffer = BytesIO()
    Image.new("RGB", (width, height), "red").save(buffer, "PNG")
    return NamedBlobImage(data=buffer.getvalue(), filename="photo.png")


def fetch(url, login=None, admin=False):
    response = client(login=login, admin=admin, json=False).get(url)
    return response, html.fromstring(response.text)


def meta(tree) -> dict:
    """``{property or name: content}`` of the page's head."""
    return {
        tag.get("property") or tag.get("name"): tag.get("content")
        for tag in tree.cssselect("head meta")
        if tag.get("property") or tag.get("name")
    }


def share_links(tree) -> dict:
    return {
        a.get("class").split("-", 1)[1]: a.get("href")
        for a in tree.cssselect(".share-links a")
    }
