"""The site that the polepatrimoine distribution creates (as make start does)."""

from plone import api
from polepatrimoine.policy.setup.sections import SECTIONS

import pytest


SECTION_IDS = [spec[0] for spec in SECTIONS]


class TestSite:
    def test_title(self, portal):
        assert portal.title == "Pôle Patrimoine"

    def test_language_is_french(self, portal):
        assert api.portal.get_registry_record("plone.default_language") == "fr"
        assert portal.Language() == "fr"

    def test_timezone(self, portal):
        assert api.portal.get_registry_record("plone.portal_timezone") == "Europe/Paris"

    def test_created_by_the_distribution(self, portal):
        from plone.distribution.api.distribution import get_current_distribution

        assert get_current_distribution(portal).name == "polepatrimoine"


class TestSections:
    def test_sections_in_navigation_order(self, portal):
        ids = [i for i in portal.objectIds() if i in SECTION_IDS]
        assert ids == SECTION_IDS

    @pytest.mark.parametrize(
        ("section_id", "title"),
        [
            ("acteurs", "Annuaire des acteurs"),
            ("groupes-de-travail", "Groupes de travail"),
            ("agenda", "Agenda"),
            ("accompagnement", "Accompagnement"),
            ("ressources", "Ressources"),
            ("actualites", "Actualités"),
            ("jeunes-pros", "Jeunes-Pros du Patrimoine"),
            ("lettre", "La lettre d'information"),
            ("a-propos", "À propos"),
        ],
    )
    def test_section_is_published(self, portal, section_id, title):
        section = portal[section_id]
        assert section.title == title
        assert api.content.get_state(section) == "published"

    @pytest.mark.parametrize(
        ("page_id", "words"),
        [("trajet", "incubation"), ("culturdiag", "employeuses")],
    )
    def test_programme_pages(self, portal, page_id, words):
        page = portal["accompagnement"][page_id]
        assert page.portal_type == "Document"
        assert words in page.text.output
        assert api.content.get_state(page) == "published"


class TestGroups:
    @pytest.mark.parametrize(
        ("groupname", "title"),
        [
            ("coordinateurs", "Coordinateurs"),
            ("adherents", "Adhérents"),
            ("jury", "Jury"),
        ],
    )
    def test_group_exists(self, portal, groupname, title):
        group = api.group.get(groupname=groupname)
        assert group is not None
        assert group.getProperty("title") == title

    def test_coordinators_run_the_site_and_review(self, portal):
        roles = api.group.get_roles(groupname="coordinateurs")
        assert {"Site Administrator", "Reviewer", "Editor"} <= set(roles)

    @pytest.mark.parametrize("groupname", ["adherents", "jury"])
    def test_other_groups_have_no_global_power(self, portal, groupname):
        roles = set(api.group.get_roles(groupname=groupname))
        assert not roles & {"Manager", "Site Administrator", "Editor", "Reviewer"}


class TestRegistration:
    def test_self_registration_is_on(self, portal):
        assert api.portal.get_registry_record("plone.enable_self_reg") is True
        roles = [
            r["name"]
            for r in portal.rolesOfPermission("Add portal member")
            if r["selected"]
        ]
        assert "Anonymous" in roles

    def test_email_is_the_login(self, portal):
        assert api.portal.get_registry_record("plone.use_email_as_login") is True


class TestDemoContent:
    WORKING_GROUPS = {
        "chartes-labels-et-marques": (
            "Chartes, labels et marques",
            ["Patrimoine-Environnement", "Petites Cités de Caractère", "CAPEB"],
        ),
        "patrimoine-industriel-et-technique": (
            "Patrimoine industriel et technique",
            ["Maison des Hommes et des Techniques", "Espace Air Passion"],
        ),
        "action-jeunes-pros-du-patrimoine": ("Action Jeunes-Pros du Patrimoine", []),
        "patrimoine-culturel-immateriel": ("Patrimoine culturel immatériel", []),
    }

    @pytest.mark.parametrize("group_id", list(WORKING_GROUPS))
    def test_working_group(self, portal, group_id):
        title, initiators = self.WORKING_GROUPS[group_id]
        group = portal["groupes-de-travail"][group_id]
        assert group.portal_type == "WorkingGroup"
        assert group.title == title
        assert group.objectives
        # The initiators found in the directory are linked to their actor.
        linked = [relation.to_object.title for relation in group.initiator_actors]
        for name in initiators:
            assert any(name in title for title in linked)
        assert api.content.get_state(group) == "active"

    def test_initiators_not_in_the_directory_stay_text(self, portal):
        group = portal["groupes-de-travail"]["action-jeunes-pros-du-patrimoine"]
        assert group.initiator_actors == []
        assert "Collectivités" in group.initiators

    def test_public_page_links_the_initiators(self, portal):
        group = portal["groupes-de-travail"]["patrimoine-industriel-et-technique"]
        html = api.content.get_view("view", group, portal.REQUEST)()
        actor = portal["acteurs"]["maison-des-hommes-et-des-techniques"]
        assert f'href="{actor.absolute_url()}"' in html

    @pytest.mark.parametrize("group_id", list(WORKING_GROUPS))
    def test_members_documents_and_meeting(self, portal, group_id):
        from polepatrimoine.workflows.workinggroups import membership

        group = portal["groupes-de-travail"][group_id]
        roles = membership.members(group)
        assert "coordinator" in roles.values()
        assert "member" in roles.values()
        emails = [api.user.get(userid=u).getProperty("email") for u in roles]
        assert all(email.endswith("@example.org") for email in emails)
        documents = [o for o in group.objectValues() if o.portal_type == "Document"]
        assert len(documents) >= 2
        assert {api.content.get_state(d) for d in documents} == {"internal"}
        (meeting,) = [o for o in group.objectValues() if o.portal_type == "Event"]
        assert api.content.get_state(meeting) == "internal"

    def test_demo_users_log_in_with_their_email(self, portal):
        user = api.user.get(username="coordination.chartes@example.org")
        assert user is not None
        assert user.getProperty("email") == "coordination.chartes@example.org"

    def test_quarterly_meetings_of_the_industrial_group(self, portal):
        group = portal["groupes-de-travail"]["patrimoine-industriel-et-technique"]
        assert group.meeting_rhythm == (
            "Une fois par trimestre, en présentiel et en distanciel."
        )
        meeting = group["prochaine-reunion"]
        assert "en présentiel et en distanciel" in meeting.description


@pytest.mark.parametrize(
    "group_id",
    [
        "chartes-labels-et-marques",
        "patrimoine-industriel-et-technique",
        "action-jeunes-pros-du-patrimoine",
        "patrimoine-culturel-immateriel",
    ],
)
def test_each_group_meets_once_a_quarter(portal, group_id):
    group = portal["groupes-de-travail"][group_id]
    meeting = group["prochaine-reunion"]
    assert meeting.recurrence == "RRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=4"
    assert meeting.meeting_format == "rencontre"
    assert meeting.working_group.to_object == group
    assert meeting.online_url.startswith("https://")
