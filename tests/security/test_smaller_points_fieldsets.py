"""Plone's settings (short name) and ownership (rights) fields: a member who posts them anyway changes nothing; a coordinator does."""

from tests.fixtures.actors import make_actor

import pytest
import re
import transaction


FIELDS = {
    "form.widgets.IOwnership.rights": "© Pirate",
    "form.widgets.IShortName.id": "forge-piratee",
}


@pytest.fixture
def actor(functional, members):
    made = make_actor(
        functional["portal"], title="Forge Quillon gardée", owner=members["alice"]
    )
    transaction.commit()
    return made


def edit(session, actor):
    path = f"{actor.absolute_url()}/edit"
    text = session.get(path, headers={"Accept": "text/html"}).text
    tag = re.search(r'<input[^>]*name="_authenticator"[^>]*>', text).group(0)
    return session.post(
        path,
        data={
            "_authenticator": re.search(r'value="([^"]+)"', tag).group(1),
            "form.widgets.IBasic.title": "Forge Quillon gardée",
            "form.widgets.actor_category:list": "association",
            "form.widgets.department:list": "44",
            "form.widgets.zip_code": "44000",
            "form.widgets.city": "Nantes",
            "form.buttons.save": "Enregistrer",
            **FIELDS,
        },
        headers={"Accept": "text/html"},
    )


def stored(functional, actor):
    transaction.abort()
    functional["portal"]._p_jar.sync()
    portal = functional["portal"]
    return portal["acteurs"].objectIds().count("forge-piratee"), actor.rights or None


def test_a_member_cannot_set_them_by_posting(clients, functional, actor):
    assert edit(clients["alice"], actor).status_code == 200
    assert stored(functional, actor) == (0, None)


def test_a_coordinator_sets_them(clients, functional, actor):
    assert edit(clients["claire"], actor).status_code == 200
    assert stored(functional, actor) == (1, "© Pirate")
