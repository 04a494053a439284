"""What only coordinators decide on an actor, and what they are told of its owner's edits."""

from plone import api
from plone.z3cform.fieldsets import extensible
from polepatrimoine.content import _
from polepatrimoine.content.common import mail
from zope.i18n import translate
from zope.lifecycleevent.interfaces import IAttributes


MANAGE_MEMBERSHIP = "polepatrimoine: Manage actor membership"
# Fields of IActor carrying ``write_permission`` (plone.autoform) plus Dublin
# Core's ``creators``, which belongs to a behavior shared by every type.
COORDINATOR_FIELDS = ("is_member", "member_since", "labels", "creators")
# The group the policy package creates (policy.setup.groups).
COORDINATORS_GROUP = "coordinateurs"


def may_manage(obj) -> bool:
    """Whether the current user may set membership, labels and creators."""
    return bool(api.user.has_permission(MANAGE_MEMBERSHIP, obj=obj))


def _tokens(values) -> list:
    # A list of tokens, or of {"token": ...} as the REST GET gives them.
    return sorted(v.get("token") if isinstance(v, dict) else v for v in values or ())


def refused_fields(actor, data: dict) -> list[str]:
    """The coordinators' fields that ``data`` (a REST body) would change."""
    if may_manage(actor):
        return []
    refused = []
    for name in COORDINATOR_FIELDS:
        if name not in data:
            continue
        current = getattr(actor, name, None)
        wanted = data[name]
        if isinstance(current, list | tuple) or isinstance(wanted, list | tuple):
            changed = _tokens(current) != _tokens(wanted)
        else:
            changed = (current or None) != (wanted or None)
        if changed:
            refused.append(name)
    return refused


def refusal_message(fields: list[str]):
    return _(
        "Only the coordinators of the network may change: ${fields}.",
        mapping={"fields": ", ".join(fields)},
    )


class ActorFormExtender(extensible.FormExtender):
    """The creators field of the actor forms, for coordinators only (the
    other fields are guarded by ``write_permission`` on the schema)."""

    def update(self):
        if not may_manage(self.context):
            for prefix in ("IOwnership", "IDublinCore"):
                self.remove(f"{prefix}.creators")


def coordinator_emails() -> list[str]:
    group = api.group.get(groupname=COORDINATORS_GROUP)
    members = group.getGroupMembers() if group is not None else []
    return [m.getProperty("email") for m in members if m.getProperty("email")]


def changed_fields(actor, event) -> list[str]:
    """The French titles of the fields an edit changed."""
    titles = []
    for description in event.descriptions or ():
        if not IAttributes.providedBy(description):
            continue
        for name in description.attributes:
            short = name.split(".")[-1]
            field = description.interface.get(short) if description.interface else None
            title = getattr(field, "title", None) or short
            titles.append(translate(title, target_language=mail.language()))
    return titles


def report_owner_edit(actor, event) -> None:
    """A published actor changed by someone who is not a coordinator: the
    entry stays public, and the coordinators get a mail listing what changed."""
    if api.content.get_state(actor, default=None) != "published":
        return
    if may_manage(actor):
        return
    fields = changed_fields(actor, event)
    if not fields:
        return
    user = api.user.get_current()
    mail.send(
        "actor-modified",
        actor,
        coordinator_emails(),
        _(
            "Published actor changed: ${title}",
            mapping={"title": actor.Title()},
        ),
        fields=fields,
        author=user.getProperty("fullname") or user.getId(),
        author_email=user.getProperty("email") or "",
    )
