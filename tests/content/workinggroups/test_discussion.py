"""The Discussion type: added in a space by its members and coordinators, over
REST and with the Classic UI form; internal to the group; replies are comments."""

from plone import api
from plone.dexterity.interfaces import IDexterityFTI
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http
from zope.component import getUtility

import pytest
import re
import transaction


@pytest.fixture
def live(functional):
    scenario = build(functional["portal"])
    transaction.commit()
    return scenario


def test_fti(portal):
    fti = getUtility(IDexterityFTI, name="Discussion")
    assert fti.klass == "polepatrimoine.content.workinggroups.discussion.Discussion"
    assert fti.add_permission == "polepatrimoine.AddDiscussion"
    assert not fti.global_allow
    # Comments are switched on by the space, not by the type (see discussions/).
    assert not fti.allow_discussion
    assert (
        "Discussion"
        in getUtility(IDexterityFTI, name="WorkingGroup").allowed_content_types
    )


def body(title="Sujet", text="<p>Qu'en pensez-vous ?</p>"):
    return {
        "@type": "Discussion",
        "title": title,
        "text": {"data": text, "content-type": "text/html"},
    }


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("other_group_member", False),
        ("guest", False),
        ("member", True),
        ("coordinator", True),
        ("site_coordinator", True),
    ],
)
def test_who_adds_over_rest(live, persona, allowed):
    response = http(live, persona).post(
        live.group.absolute_url(), json=body(title=f"Sujet de {persona}")
    )
    transaction.begin()
    titles = [
        o.title for o in live.group.objectValues() if o.portal_type == "Discussion"
    ]
    if allowed:
        assert response.status_code == 201
        assert response.json()["review_state"] == "internal"
        assert titles == [f"Sujet de {persona}"]
    else:
        assert response.status_code in (401, 403)
        assert titles == []


def test_only_in_a_space(live):
    coordinator = http(live, "site_coordinator")
    for container in (live.folder, live.portal["ressources"]):
        response = coordinator.post(container.absolute_url(), json=body())
        assert response.status_code in (400, 403), container
    transaction.begin()
    assert not api.content.find(portal_type="Discussion")


def test_text_is_required(live):
    response = http(live, "member").post(
        live.group.absolute_url(), json={"@type": "Discussion", "title": "Sans texte"}
    )
    assert response.status_code == 400
    assert "text" in response.text
    transaction.begin()
    assert "sans-texte" not in live.group


def test_classic_ui_add_form_and_replies(live):
    browser = http(live, "member", json=False)
    form = browser.get(f"{live.group.absolute_url()}/++add++Discussion")
    assert form.status_code == 200
    assert "Écrivez @prenom.nom" in form.text
    token = re.search(
        r"name=\"_authenticator\"[^>]*value=\"([^\"]+)\"", form.text
    ).group(1)
    response = browser.post(
        f"{live.group.absolute_url()}/++add++Discussion",
        data={
            "_authenticator": token,
            "form.widgets.IBasic.title": "Compte rendu à relire",
            "form.widgets.text": "<p>Relisez avant jeudi.</p>",
            "form.widgets.text.mimeType": "text/html",
            "form.buttons.save": "Enregistrer",
        },
        allow_redirects=False,
    )
    assert response.status_code == 302
    url = response.headers["Location"]
    assert url.startswith(f"{live.group.absolute_url()}/compte-rendu-a-relire")
    page = browser.get(url.split("#")[0])
    assert "Relisez avant jeudi." in page.text
    # The comment form is on the page for a member.
    assert 'name="form.buttons.comment"' in page.text
    guest_form = http(live, "guest", json=False).get(
        f"{live.group.absolute_url()}/++add++Discussion", allow_redirects=False
    )
    assert guest_form.status_code in (302, 401, 403)
    guest_page = http(live, "guest", json=False).get(url.split("#")[0])
    assert "Relisez avant jeudi." in guest_page.text
    assert 'name="form.buttons.comment"' not in guest_page.text
