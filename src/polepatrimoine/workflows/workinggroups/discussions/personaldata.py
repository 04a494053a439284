"""The register's provider for the comments of the working groups."""

from Acquisition import aq_parent
from plone import api
from plone.app.discussion.interfaces import DISCUSSION_ANNOTATION_KEY
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.personaldata import userids
from zope.interface import implementer


ERASED = "Commentaire effacé (RGPD)."


def all_comments() -> list:
    catalog = api.portal.get_tool("portal_catalog")
    return [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="Discussion Item")
    ]


def _comments_of(person) -> list:
    ids = userids(person)
    return [
        comment
        for comment in all_comments()
        if comment.author_username in ids
        or comment.creator in ids
        or (comment.author_email and person.matches(email=comment.author_email))
    ]


def _item(comment):
    return aq_parent(aq_parent(comment))


@implementer(IPersonalDataProvider)
class CommentsProvider:
    title = _("Comments and discussions of the working groups")
    purpose = _("Let the members of a group discuss its items and its discussions.")
    legal_basis = _(
        "Membership of the network (RGPD art. 6.1.b): the group's shared work."
    )
    categories = (_("User account"), _("Name"), _("Text of the comment"))
    recipients = _(
        "The coordinators, members and guests of the group; the network's coordinators."
    )
    retention = _("As long as the item commented is kept.")
    retention_settings = ()
    stores = (f"annotation:{DISCUSSION_ANNOTATION_KEY}",)

    def find(self, person) -> list:
        return [
            {
                "title": _item(comment).Title(),
                "url": f"{_item(comment).absolute_url()}#{comment.comment_id}",
                "summary": (comment.text or "")[:80],
            }
            for comment in _comments_of(person)
        ]

    def export(self, person) -> list:
        return [
            {
                "item": _item(comment).Title(),
                "url": _item(comment).absolute_url(),
                "comment_id": str(comment.comment_id),
                "author_username": comment.author_username,
                "author_name": comment.author_name,
                "author_email": comment.author_email,
                "created": iso_paris(comment.creation_date),
                "text": comment.text,
            }
            for comment in _comments_of(person)
        ]

    def erase(self, person) -> int:
        """Each comment keeps its place in the thread (the replies to it stay
        readable) without its author nor its words."""
        found = _comments_of(person)
        for comment in found:
            owner = comment.author_username or comment.creator
            comment.text = ERASED
            comment.author_username = comment.author_name = None
            comment.author_email = comment.creator = None
            comment.user_notification = False
            if owner:
                comment.manage_delLocalRoles([owner])
            # Owned by the site's owner from now on, like an anonymised application.
            site_owner = api.portal.get().getOwner()
            comment.changeOwnership(site_owner, recursive=False)
            comment.reindexObject()
        return len(found)

    def purge(self, now, dry_run=False) -> int:
        # Comments live as long as the item they are about.
        return 0
