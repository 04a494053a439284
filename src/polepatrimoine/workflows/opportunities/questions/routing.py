"""A visitor's question: checked, then mailed to the coordinators of the working
group « Action Jeunes-Pros du Patrimoine » (its roster). Nothing is stored: the
mail is the only copy, so no store of the register holds it."""

from plone import api
from plone.schema.email import Email
from polepatrimoine.content.common import mail
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.personaldata import consent
from polepatrimoine.workflows import _
from polepatrimoine.workflows.opportunities.reviewers import jeunes_pros_group_uid
from polepatrimoine.workflows.workinggroups import membership
from zope.schema import ValidationError


SECTION = "jeunes-pros"
RATE_LIMIT = "opportunities.questions"
LIMIT = 5
WINDOW = 600
FIELD_LIMITS = {"fullname": 200, "email": 254, "question": 5000}
HONEYPOT = "website"
FIELD_TITLES = {
    "fullname": _("Full name"),
    "email": _("E-mail address"),
    "question": _("Your question"),
}
SENT = _(
    "Your question was sent to the coordinators of Jeunes-Pros du Patrimoine: "
    "they will answer you by e-mail."
)


def is_section(context) -> bool:
    """The ``jeunes-pros`` section of the site, where the form lives."""
    portal = api.portal.get()
    return (
        getattr(context, "getId", lambda: None)() == SECTION
        and context.aq_inner.aq_parent == portal
    )


def retry_after(request) -> int:
    return ratelimit.check(request, RATE_LIMIT, LIMIT, WINDOW)


def clean(data: dict) -> dict:
    """The question's fields; raise RequestError (400, French) naming the field."""
    if str(data.get(HONEYPOT) or "").strip():
        raise RequestError(_("Your question was refused."), HONEYPOT)
    values = {}
    for name, limit in FIELD_LIMITS.items():
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise RequestError(_("This field must be text."), name)
        value = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
        if "\0" in value:
            raise RequestError(_("This field contains a null character."), name)
        if name != "question":
            value = " ".join(value.split())
        if len(value) > limit:
            raise RequestError(
                _(
                    "${field}: this field is too long (${limit} characters at most).",
                    mapping={"field": FIELD_TITLES[name], "limit": limit},
                ),
                name,
            )
        values[name] = value
    if not values["fullname"]:
        raise RequestError(_("Please give your full name."), "fullname")
    if not values["email"]:
        raise RequestError(_("Please give your e-mail address."), "email")
    try:
        Email().validate(values["email"])
    except ValidationError:
        raise RequestError(_("This e-mail address is not valid."), "email") from None
    if not values["question"]:
        raise RequestError(_("Please write your question."), "question")
    if data.get(consent.FIELD) is not True:
        raise RequestError(consent.MISSING, consent.FIELD)
    return values


def recipients() -> list[str]:
    """The addresses of the group's coordinators; the site's own address when
    the group has none (a question must reach someone)."""
    uid = jeunes_pros_group_uid()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=uid) if uid else []
    group = brains[0]._unrestrictedGetObject() if brains else None
    found = []
    if group is not None:
        found = [mail.email_of(userid) for userid in membership.coordinators(group)]
    found = [address for address in found if address]
    if not found:
        found = [api.portal.get_registry_record("plone.email_from_address") or ""]
    return found


def ask(section, values: dict) -> None:
    mail.send(
        "jeunes-pros-question",
        section,
        recipients(),
        _("Question from the Jeunes-Pros page"),
        question=values,
    )
