"""The Classic UI pages of a working group, rendered as each persona sees them."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import logout
from polepatrimoine.workflows.workinggroups import joinrequests
from polepatrimoine.workflows.workinggroups import membership
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
        assert "@@join" in html
        assert "@@space" not in html

    def test_member_goes_to_the_space(self, scenario):
        html = render(scenario, "member", "view")
        assert "@@join" not in html
        assert "@@space" in html


class TestSpace:
    def test_member_home(self, scenario):
        html = render(scenario, "member", "space")
        assert "Prochaines réunions" in html
        assert f"Réunion {SECRET}" in html
        assert "Rencontre ouverte" in html
        assert "Modifications récentes" in html
        assert f"Note {SECRET}" in html
        assert "Votre rôle" in html
        assert "Membre" in html
        assert "Gérer les membres" not in html

    def test_coordinator_home_links_to_members(self, scenario):
        html = render(scenario, "coordinator", "space")
        assert "Gérer les membres" in html

    def test_past_meetings_are_not_upcoming(self, scenario):
        from datetime import timedelta

        scenario.meeting.start -= timedelta(days=30)
        scenario.meeting.end -= timedelta(days=30)
        scenario.meeting.reindexObject()
        html = render(scenario, "member", "space")
        upcoming = html.split('class="upcoming-meetings"')[1].split("recent-changes")[0]
        assert f"Réunion {SECRET}" not in upcoming
        assert "Rencontre ouverte" in upcoming

    @pytest.mark.parametrize("persona", ["outsider", "other_group_member"])
    def test_refused(self, scenario, persona):
        from AccessControl import Unauthorized

        user = api.user.get(userid=scenario.users[persona])
        with api.env.adopt_user(user=user), pytest.raises(Unauthorized):
            scenario.group.restrictedTraverse("@@space")


class TestDashboard:
    def test_lists_groups_with_role_and_activity(self, scenario):
        html = render(scenario, "guest", "my-working-groups", scenario.portal)
        assert "Groupe test" in html
        assert "Invité" in html
        assert f"Note {SECRET}" in html

    def test_empty(self, scenario):
        html = render(scenario, "outsider", "my-working-groups", scenario.portal)
        assert "aucun groupe de travail" in html


class TestMembersPage:
    """The coordinators' page: every action goes through a POST with a CSRF token."""

    def post(self, scenario, persona, **form):
        from plone.protect import createToken

        request = scenario.portal.REQUEST
        request.method = "POST"
        request.form.update(form)
        user = api.user.get(userid=scenario.users[persona])
        with api.env.adopt_user(user=user):
            request.form["_authenticator"] = createToken()
            view = api.content.get_view(
                name="members", context=scenario.group, request=request
            )
            view()
        return request

    def messages(self, request):
        from Products.statusmessages.interfaces import IStatusMessage

        return [m.message for m in IStatusMessage(request).show()]

    def test_add_change_remove(self, scenario):
        outsider = scenario.users["outsider"]
        request = self.post(
            scenario, "coordinator", action="add", user=outsider, role="guest"
        )
        assert self.messages(request) == ["Le membre a été ajouté."]
        assert membership.role_of(scenario.group, outsider) == "guest"
        request.form.clear()
        self.post(
            scenario, "coordinator", action="change", user=outsider, role="member"
        )
        assert membership.role_of(scenario.group, outsider) == "member"
        request.form.clear()
        self.post(scenario, "coordinator", action="remove", user=outsider)
        assert membership.role_of(scenario.group, outsider) is None

    def test_french_error_and_nothing_changed(self, scenario):
        coordinator = scenario.users["coordinator"]
        request = self.post(
            scenario, "coordinator", action="change", user=coordinator, role="guest"
        )
        (message,) = self.messages(request)
        assert "dernier coordinateur" in message
        assert membership.role_of(scenario.group, coordinator) == "coordinator"

    def test_unknown_user(self, scenario):
        request = self.post(
            scenario, "coordinator", action="add", user="inconnu", role="member"
        )
        assert self.messages(request) == ["Utilisateur inconnu « inconnu »."]

    def test_without_token_nothing_happens(self, scenario):
        from zExceptions import Forbidden

        request = scenario.portal.REQUEST
        request.method = "POST"
        request.form.update(action="remove", user=scenario.users["member"])
        user = api.user.get(userid=scenario.users["coordinator"])
        with api.env.adopt_user(user=user), pytest.raises(Forbidden):
            api.content.get_view(
                name="members", context=scenario.group, request=request
            )()
        assert membership.role_of(scenario.group, scenario.users["member"]) == "member"

    def test_pending_requests_listed(self, scenario):
        joinrequests.file_request(scenario.group, scenario.users["outsider"], "Bonjour")
        html = render(scenario, "coordinator", "members")
        assert "Demandes en attente" in html
        assert "Bonjour" in html
        assert "outsider@example.org" in html


class TestProposedGroup:
    @pytest.fixture
    def proposed(self, scenario):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            group = api.content.create(
                container=scenario.portal["groupes-de-travail"],
                type="WorkingGroup",
                id="en-projet",
                title="En projet",
            )
        membership.add_member(group, scenario.users["member"], "coordinator")
        return scenario, group

    @pytest.mark.parametrize(
        ("persona", "sees"),
        [
            ("outsider", False),
            ("other_group_member", False),
            ("member", True),
            ("site_coordinator", True),
        ],
    )
    def test_visible_to_its_members_only(self, proposed, persona, sees):
        scenario, group = proposed
        with api.env.adopt_user(user=api.user.get(userid=scenario.users[persona])):
            assert api.user.has_permission("View", obj=group) is sees
            assert not api.user.has_permission(
                "polepatrimoine: Request to join a working group", obj=group
            )

    def test_not_public(self, proposed):
        _, group = proposed
        logout()
        assert not api.user.has_permission("View", obj=group)


class TestLeave:
    def leave(self, scenario, persona):
        from plone.protect import createToken

        request = scenario.portal.REQUEST
        request.method = "POST"
        user = api.user.get(userid=scenario.users[persona])
        with api.env.adopt_user(user=user):
            request.form["_authenticator"] = createToken()
            api.content.get_view(
                name="leave", context=scenario.group, request=request
            )()

    def test_member_leaves(self, scenario):
        self.leave(scenario, "member")
        assert membership.role_of(scenario.group, scenario.users["member"]) is None

    def test_last_coordinator_cannot_leave(self, scenario):
        self.leave(scenario, "coordinator")
        role = membership.role_of(scenario.group, scenario.users["coordinator"])
        assert role == "coordinator"
