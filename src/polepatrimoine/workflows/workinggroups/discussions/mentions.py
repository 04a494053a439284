"""@mentions: a member of the group named in a comment or a discussion gets an e-mail.

``@prenom.nom`` (the full name, lower case, without accents, words joined by
dots), ``@<user id>`` or ``@<login>`` name a member of the item's group (any
role). Nobody outside the group is ever written to, nor a member who may not
read the item (a sub-folder closed to them), nor the author.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from polepatrimoine.content.common.mail import email_of
from polepatrimoine.content.common.mail import fullname_of
from polepatrimoine.content.common.mail import send
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity.store import current_userid
from polepatrimoine.workflows.workinggroups.chain import working_group_of
from Products.CMFCore.utils import _checkPermission
from zope.container.interfaces import IContainerModifiedEvent
from zope.i18nmessageid import Message

import re
import unicodedata


# "@" at the start or after a space or punctuation (not inside an address).
MENTION = re.compile(r"(?<![\w@.])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)", re.UNICODE)
SUBJECT = _("[${group}] ${author} mentioned you")
# Who the text named when last saved: an edit tells only those it adds.
MENTIONED_ATTRIBUTE = "_polepatrimoine_mentioned"


def handle(fullname: str) -> str:
    """``Zoé Martin-Leroy`` → ``zoe.martin-leroy``."""
    text = unicodedata.normalize("NFKD", fullname or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return ".".join(re.sub(r"[^\w\s-]", "", text).split())


def _names(userid: str) -> set:
    user = api.user.get(userid=userid)
    names = {userid.lower()}
    if user is not None:
        names.add((user.getUserName() or "").lower())
        fullname = user.getProperty("fullname") or ""
        if fullname:
            names.add(handle(fullname))
    return names - {""}


def mentioned(group, text: str) -> set:
    """User ids of the members of group that text mentions."""
    tokens = {t.rstrip(".-").lower() for t in MENTION.findall(text or "")}
    if not tokens:
        return set()
    return {userid for userid in membership.members(group) if _names(userid) & tokens}


def _may_read(userid: str, obj) -> bool:
    user = api.user.get(userid=userid)
    if user is None:
        return False
    with api.env.adopt_user(user=user):
        return bool(_checkPermission("View", obj))


def notify_mentioned(
    item, text: str, author: str | None, anchor: str = "", holder=None
) -> list:
    """Mail the members of item's group mentioned in text and not already in
    the text ``holder`` (the comment, or the item) had before; returns their ids."""
    group = working_group_of(item)
    if group is None:
        return []
    holder = item if holder is None else holder
    named = mentioned(group, text)
    before = set(getattr(holder, MENTIONED_ATTRIBUTE, ()) or ())
    setattr(holder, MENTIONED_ATTRIBUTE, tuple(sorted(named)))
    userids = sorted(
        userid
        for userid in named - before
        if userid != author and _may_read(userid, item)
    )
    recipients = [email_of(userid) for userid in userids]
    if not any(recipients):
        return []
    author_name = fullname_of(author) if author else ""
    subject = Message(SUBJECT, mapping={"group": group.title, "author": author_name})
    send(
        "mention",
        item,
        recipients,
        subject,
        group=group,
        author=author_name,
        text=text,
        url=item.absolute_url() + anchor,
    )
    return userids


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html or "")


def comment_added(comment, event) -> None:
    conversation = aq_parent(aq_inner(comment))
    item = aq_parent(conversation)
    notify_mentioned(
        item,
        comment.text,
        comment.author_username,
        anchor=f"#{comment.comment_id}",
        holder=comment,
    )


def discussion_added(discussion, event) -> None:
    text = getattr(discussion, "text", None)
    raw = getattr(text, "raw", "") if text is not None else ""
    creators = discussion.listCreators()
    notify_mentioned(discussion, _plain(raw), creators[0] if creators else None)


def comment_modified(comment, event) -> None:
    """An edit that names someone new tells them (and only them)."""
    comment_added(comment, event)


def discussion_modified(discussion, event) -> None:
    if IContainerModifiedEvent.providedBy(event):
        return
    text = getattr(discussion, "text", None)
    raw = getattr(text, "raw", "") if text is not None else ""
    notify_mentioned(discussion, _plain(raw), current_userid())
