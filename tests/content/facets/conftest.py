"""Actors, projects and news of known counts for the faceted listings' tests."""

from plone import api
from tests.content.news.helpers import make_news
from tests.fixtures.actors import make_actor
from tests.fixtures.projects import make_project

import pytest
import transaction


@pytest.fixture
def listed(functional, members):
    """Four actors named Quilbrac (three in 44, one in 49), two projects (44, 49)
    of the same word, three news items (one regional) in a folder of their own."""
    portal = functional["portal"]
    actors = [
        make_actor(
            portal, title=f"Atelier Quilbrac {n}", position=(47.2 + n / 10, -1.5)
        )
        for n in range(3)
    ]
    actors.append(
        make_actor(
            portal,
            title="Musée Vernolet de Quilbrac",
            department="49",
            zip_code="49000",
            city="Angers",
            position=(47.47, -0.55),
        )
    )
    make_project(portal, actors[0], title="Chantier Quilbrac")
    make_project(portal, actors[3], title="Inventaire Quilbrac", departments=["49"])
    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(
            container=portal, type="Folder", id="breves", title="Brèves"
        )
        api.content.transition(obj=folder, to_state="published")
    make_news(portal, "seule", scope="regional", topics=("bati",), container=folder)
    for number in (1, 2):
        make_news(portal, f"nationale-{number}", scope="national", container=folder)
    transaction.commit()
    return {"portal": portal, "actors": actors, "news": folder}
