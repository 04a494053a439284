"""The Classic UI pages of a working group, rendered as each persona sees them."""

from plone import api
from plone.app.testing import logout
from tests.workflows.workinggroups.scenario import SECRET

import pytest


def render(scenario, persona, name, context=None):
    context = context or scenario.group
    request = scenario.portal.REQUEST
    with api.env.adopt_user(user=api.user.get(userid=scenario.users[persona])):
        return api.content.get_view(name=name, context=context, request=request)()


class TestPublicPage:
    def test_shows_the_group(self, scenario):
        logout()
        html = api.content.get_view(
            name="view", context=scenario.group, request=scenario.portal.REQUEST
        )()
        for words in (
            "Objectifs",
            "Tester",
            "Initiateurs",
            "Structure initiatrice",
            "Rythme des rencontres",
            "Une fois par mois",
            "Coordinateurs",
            "Coordinator",
            "groupe-test@example.org",
            "Rejoindre ce groupe",
            "/login?came_from=",
        ):
            assert words in html
        assert "Member" not in html
        assert SECRET not in html

    def test_outsider_may_join(self, scenario):
        html = render(scenario, "outsider", "view")
        assert "@@rejoindre" in html
        assert "@@espace" not in html

    def test_member_goes_to_the_space(self, scenario):
        html = render(scenario, "member", "view")
        assert "@@rejoindre" not in html
        assert "@@espace" in html


class TestSpace:
    def test_member_home(self, scenario):
        html = render(scenario, "member", "espace")
        assert "Prochaines réunions" in html
        assert f"Réunion {SECRET}" in html
        assert "Rencontre ouverte" in html
        assert "Modifications récentes" in html
        assert f"Note {SECRET}" in html
        assert "Votre rôle" in html
        assert "Membre" in html
        assert "Gérer les membres" not in html

    def test_coordinator_home_links_to_members(self, scenario):
        html = render(scenario, "coordinator", "espace")
        assert "Gérer les membres" in html

    def test_past_meetings_are_not_upcoming(self, scenario):
        from datetime import timedelta

        scenario.meeting.start -= timedelta(days=30)
        scenario.meeting.end -= timedelta(days=30)
        scenario.meeting.reindexObject()
        html = render(scenario, "member", "espace")
        upcoming = html.split('class="upcoming-meetings"')[1].split("recent-changes")[0]
        assert f"Réunion {SECRET}" not in upcoming
        assert "Rencontre ouverte" in upcoming

    @pytest.mark.parametrize("persona", ["outsider", "other_group_member"])
    def test_refused(self, scenario, persona):
        from AccessControl import Unauthorized

        user = api.user.get(userid=scenario.users[persona])
        with api.env.adopt_user(user=user), pytest.raises(Unauthorized):
            scenario.group.restrictedTraverse("@@espace")


class TestDashboard:
    def test_lists_groups_with_role_and_activity(self, scenario):
        html = render(scenario, "guest", "mes-groupes-de-travail", scenario.portal)
        assert "Groupe test" in html
        assert "Invité" in html
        assert f"Note {SECRET}" in html

    def test_empty(self, scenario):
        html = render(scenario, "outsider", "mes-groupes-de-travail", scenario.portal)
        assert "aucun groupe de travail" in html
