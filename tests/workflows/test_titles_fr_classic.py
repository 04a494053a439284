"""The Classic UI's toolbar shows the suite's states, transitions and tabs in French."""

from tests.fixtures.http import client

import html
import re


def toolbar(page: str) -> str:
    """The text of Plone's toolbar: state menu, transitions, object tabs."""
    match = re.search(r'<section id="edit-bar".*?</section>', page, re.S)
    assert match, "no toolbar"
    text = re.sub(r"<[^>]+>", " ", match.group(0))
    return re.sub(r"\s+", " ", html.unescape(text))


def test_call_toolbar(world):
    page = client(admin=True, json=False).get(
        world.call.absolute_url(), headers={"Accept": "text/html"}
    )
    text = toolbar(page.text)
    assert "État : Ouvert" in text
    assert "Clore l'appel" in text
    assert "Candidatures" in text
    for english in ("Open", "Close the call", "Applications", "Back to draft"):
        assert not re.search(rf"\b{english}\b", text), english


def test_application_toolbar(apps):
    page = client(admin=True, json=False).get(
        apps[0].absolute_url(), headers={"Accept": "text/html"}
    )
    text = toolbar(page.text)
    assert "Déposée" in text
    assert "Examiner" in text
    assert "Demander des compléments" in text
    for english in ("Submitted", "Review", "Ask for more information", "Start review"):
        assert not re.search(rf"\b{english}\b", text), english
