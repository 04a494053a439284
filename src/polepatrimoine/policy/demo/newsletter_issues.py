"""A demo issue of the newsletter, already sent: the archive of ``lettre`` shows it.

No mail leaves at install: the issue is composed from the demo content and
recorded as delivered to the demo's active subscribers.
"""

from datetime import timedelta
from plone import api
from plone.app.textfield.value import RichTextValue
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter.issues import compose
from polepatrimoine.content.newsletter.issues import delivery
from polepatrimoine.content.newsletter.issues.sending import publish


ISSUE_ID = "lettre-novembre-demo"
INTRODUCTION = """
<p>Bonjour à toutes et à tous,</p>
<p>Voici les nouvelles du réseau : les rencontres à venir, les ressources
publiées ce mois-ci et les appels à candidatures ouverts. Bonne lecture !</p>
"""


def create(portal) -> None:
    lettre = portal.get("lettre")
    if lettre is None or ISSUE_ID in lettre:
        return
    issue = api.content.create(
        container=lettre,
        type="NewsletterIssue",
        id=ISSUE_ID,
        title="La lettre du Pôle Patrimoine – novembre (démo)",
        description="Les rencontres, les ressources et les appels du mois.",
        introduction=RichTextValue(INTRODUCTION, "text/html", "text/x-html-safe"),
    )
    compose.compose(issue)
    delivery.queue(issue)
    active = subscribers.store(portal).active()
    delivery.take_recipients(issue, [s.token for s in active])
    for recipient in delivery.pending(issue):
        recipient.done("sent")
    for subscriber in active:
        subscriber.last_issue_uid = issue.UID()
    data = delivery.state(issue)
    data["queued"] = data["started"] = delivery.now() - timedelta(days=7)
    publish(issue)
