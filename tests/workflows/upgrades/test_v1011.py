"""Upgrade 1010 → 1011 of the workflows profile: the newsletter's send transition is named."""

from plone import api


PROFILE = "polepatrimoine.workflows:default"
WORKFLOW = "polepatrimoine_newsletter_issue_workflow"


def test_upgrade_names_send_and_leaves_other_workflows(integration, setup_tool):
    workflows = api.portal.get_tool("portal_workflow")
    # A site installed before: send had no action; a site manager retitled
    # another workflow's state, which re-importing every workflow would undo.
    send = workflows[WORKFLOW].transitions["send"]
    send.actbox_name = ""
    send.actbox_category = "workflow"
    other = workflows["polepatrimoine_actor_workflow"].states["published"]
    other.title = "Annuaire"
    setup_tool.setLastVersionForProfile(PROFILE, "1010")

    setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    send = api.portal.get_tool("portal_workflow")[WORKFLOW].transitions["send"]
    assert send.actbox_name == "Send"
    assert send.actbox_category == "newsletter_command"
    assert send.new_state_id == "sent"
    assert other.title == "Annuaire"
