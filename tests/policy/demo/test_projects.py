"""The demo projects and the concertation workshop of the site built by the distribution."""

from plone import api
from polepatrimoine.policy.demo import projects
from polepatrimoine.policy.demo.projects import GROUP_PROJECTS


def test_ten_published_projects_over_the_five_departements(portal):
    brains = api.content.find(portal_type="Project", review_state="published")
    assert len(brains) == 10
    covered = {code for brain in brains for code in brain.departments}
    assert covered == {"44", "49", "53", "72", "85"}


def test_two_reproducible_experimentations(portal):
    brains = api.content.find(
        portal_type="Project", project_reproducible=True, project_kind="experimentation"
    )
    assert len(brains) == 2
    for brain in brains:
        project = brain.getObject()
        assert project.how_to_reproduce.output
        assert project.contact_email


def test_carried_by_demo_actors_among_them_collectivites(portal):
    carriers = [
        brain.getObject().carrier.to_object
        for brain in api.content.find(portal_type="Project")
    ]
    assert all(actor.portal_type == "Actor" for actor in carriers)
    assert all(api.content.get_state(actor) == "published" for actor in carriers)
    categories = {actor.actor_category for actor in carriers}
    assert "collectivite" in categories
    assert len(categories) >= 3


def test_concertation_workshop_with_its_organiser(portal):
    (brain,) = api.content.find(portal_type="Event", meeting_format="concertation")
    event = brain.getObject()
    assert event.organiser.to_object.actor_category == "collectivite"
    assert api.content.get_state(event) == "published"


def test_working_groups_link_projects(portal):
    for group_id, project_ids in GROUP_PROJECTS.items():
        group = portal["groupes-de-travail"][group_id]
        assert [r.to_object.getId() for r in group.projects] == list(project_ids)


def test_demo_is_idempotent(portal):
    before = (len(portal["projets"]), len(portal["agenda"]))
    projects.create(portal)
    assert (len(portal["projets"]), len(portal["agenda"])) == before
