"""Related items never name what the reader may not see: plone.restapi would
summarise every target of a relation field, a private page's title included."""

from plone import api
from tests.fixtures.actors import make_actor
from tests.fixtures.projects import relation

import pytest
import transaction


SECRET = "Quorvandel"


@pytest.fixture
def page(functional, members):
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        hidden = api.content.create(
            container=portal, type="Document", title=f"Note {SECRET}"
        )
        shown = api.content.create(
            container=portal, type="Document", title="Note publique"
        )
        api.content.transition(obj=shown, to_state="published")
        pending = make_actor(
            portal, title=f"Acteur {SECRET}", state="pending", owner=members["alice"]
        )
        page = api.content.create(container=portal, type="Document", title="Page liée")
        page.relatedItems = [relation(hidden), relation(shown), relation(pending)]
        api.content.transition(obj=page, to_state="published")
    transaction.commit()
    return page


@pytest.mark.parametrize("who", ["anonymous", "bruno"])
def test_related_items_hide_what_the_reader_may_not_see(page, clients, who):
    answer = clients[who].get(page.absolute_url())
    assert answer.status_code == 200
    titles = [item["title"] for item in answer.json()["relatedItems"]]
    assert titles == ["Note publique"]
    assert SECRET not in answer.text


def test_a_coordinator_sees_every_related_item(page, clients):
    answer = clients["claire"].get(page.absolute_url())
    titles = sorted(item["title"] for item in answer.json()["relatedItems"])
    assert titles == [f"Acteur {SECRET}", f"Note {SECRET}", "Note publique"]
