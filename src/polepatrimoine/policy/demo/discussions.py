"""Demo content: in each working group, a discussion with replies and a comment
on its launch minutes, written by the group's own demo users."""

from datetime import UTC
from datetime import datetime
from plone import api
from plone.app.discussion.interfaces import IConversation
from plone.app.textfield.value import RichTextValue
from polepatrimoine.policy import logger
from polepatrimoine.policy.demo.working_groups import PEOPLE
from polepatrimoine.policy.demo.working_groups import email
from zope.component import createObject


DISCUSSION_ID = "preparer-la-prochaine-reunion"
DISCUSSION_TITLE = "Préparer la prochaine réunion"
DISCUSSION_TEXT = (
    "<p>Quels points voulez-vous mettre à l'ordre du jour de la prochaine "
    "réunion ? Indiquez aussi si vous viendrez sur place ou en visioconférence.</p>"
)
REPLIES = (
    "Je propose un point sur l'avancement du recensement, et je viendrai sur place.",
    "Merci ! J'ajoute un tour de table des projets de chacun ; ordre du jour "
    "envoyé la semaine prochaine.",
)
MINUTES_COMMENT = "Compte rendu relu, rien à corriger de mon côté."


def _user(local):
    return api.user.get(username=email(local))


def add_comment(item, local, text) -> None:
    user = _user(local)
    comment = createObject("plone.Comment")
    comment.text = text
    comment.mime_type = "text/plain"
    comment.author_username = comment.creator = user.getId()
    comment.author_name = user.getProperty("fullname")
    comment.creation_date = comment.modification_date = datetime.now(UTC)
    with api.env.adopt_user(user=user):
        IConversation(item).addComment(comment)


def ensure_discussion(group) -> None:
    if DISCUSSION_ID in group:
        return
    people = PEOPLE[group.getId()]
    coordinator = next(local for local, _name, role in people if role == "coordinator")
    member = next(local for local, _name, role in people if role == "member")
    with api.env.adopt_user(user=_user(coordinator)):
        discussion = api.content.create(
            container=group,
            type="Discussion",
            id=DISCUSSION_ID,
            title=DISCUSSION_TITLE,
            text=RichTextValue(DISCUSSION_TEXT, "text/html", "text/x-html-safe"),
        )
    add_comment(discussion, member, REPLIES[0])
    add_comment(discussion, coordinator, REPLIES[1])
    minutes = group.get("compte-rendu-de-lancement")
    if minutes is not None:
        add_comment(minutes, member, MINUTES_COMMENT)
    logger.info("Demo discussion in %s", group.getId())


def create(portal) -> None:
    folder = portal["groupes-de-travail"]
    for group_id in PEOPLE:
        group = folder.get(group_id)
        if group is not None:
            ensure_discussion(group)
