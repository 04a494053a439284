"""The role the calls grant (Juror) comes with the content profile that grants it."""

from polepatrimoine.content.calls.jury import JUROR_ROLE


def test_the_content_profile_declares_the_juror_role(portal, setup_tool):
    portal.__ac_roles__ = tuple(r for r in portal.__ac_roles__ if r != JUROR_ROLE)
    assert JUROR_ROLE not in portal.validRoles()
    setup_tool.runImportStepFromProfile(
        "profile-polepatrimoine.content:default", "rolemap"
    )
    assert JUROR_ROLE in portal.validRoles()
