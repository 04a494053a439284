"""Send a French e-mail from the site, queued until the transaction commits."""

from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate


def tr(message) -> str:
    return translate(message, context=getRequest())


def send(recipients, subject, body) -> None:
    for recipient in sorted({r for r in recipients if r}):
        api.portal.send_email(recipient=recipient, subject=tr(subject), body=tr(body))


def email_of(userid: str) -> str:
    user = api.user.get(userid=userid)
    return (user.getProperty("email") if user else "") or ""


def fullname_of(userid: str) -> str:
    user = api.user.get(userid=userid)
    return (user.getProperty("fullname") if user else "") or userid
