"""The WorkingGroup type: FTI, schema, where it can be added and by whom."""

from plone import api
from plone.dexterity.interfaces import IDexterityFTI
from polepatrimoine.content.workinggroups.workinggroup import IWorkingGroup
from tests.workflows.workinggroups.scenario import build
from zope.component import getUtility
from zope.interface import Invalid

import pytest


WORKSPACE_TYPES = ["Document", "File", "Image", "Folder", "Event", "News Item", "Link"]


@pytest.fixture
def fti(portal):
    return getUtility(IDexterityFTI, name="WorkingGroup")


def test_fti(fti):
    assert fti.klass == "polepatrimoine.content.workinggroups.workinggroup.WorkingGroup"
    assert fti.filter_content_types
    assert sorted(fti.allowed_content_types) == sorted(
        {*WORKSPACE_TYPES, "Discussion", "GroupMessage", "DatePoll"}
    )
    assert fti.add_permission == "polepatrimoine.AddWorkingGroup"


@pytest.mark.parametrize(
    "name", ["objectives", "initiators", "meeting_rhythm", "contact_email"]
)
def test_fields(name):
    assert name in IWorkingGroup


def test_contact_email_is_checked():
    with pytest.raises(Invalid):
        IWorkingGroup["contact_email"].validate("pas une adresse")


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [
        ("site_coordinator", True),
        ("coordinator", False),
        ("member", False),
        ("outsider", False),
    ],
)
def test_who_adds_a_working_group(integration, persona, allowed):
    scenario = build(integration["portal"])
    folder = integration["portal"]["groupes-de-travail"]
    user = api.user.get(userid=scenario.users[persona])
    with api.env.adopt_user(user=user):
        assert (
            api.user.has_permission("polepatrimoine: Add WorkingGroup", obj=folder)
            is allowed
        )


def test_title_in_french(portal, fti):
    from zope.i18n import translate

    assert translate(fti.Title(), target_language="fr") == "Groupe de travail"
