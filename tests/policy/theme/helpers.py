"""Helpers of the theme tests: a page over HTTP, parsed."""

from lxml import html
from tests.fixtures.http import client


def fetch(url, login=None, headers=None):
    response = client(login=login, json=False).get(url, headers=headers or {})
    return response, html.fromstring(response.text)


def texts(tree, selector) -> list:
    return [" ".join(node.text_content().split()) for node in tree.cssselect(selector)]
