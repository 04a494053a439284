"""The suite's add and edit forms: what a proposal says, and Plone's fieldsets kept for coordinators."""

from plone import api
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.z3cform.fieldsets import extensible
from polepatrimoine.content import _


PROPOSAL_SENT = _(
    "Your proposal was sent; it will be published once the network's team has "
    "reviewed it."
)
# Plone's own fieldsets (publication dates, tags, ownership, settings): the
# network's team decides them; members and applicants fill in the content.
COORDINATOR_FIELDSETS = ("settings", "ownership", "dates", "categorization")
COORDINATOR_ROLES = {"Manager", "Site Administrator"}


def is_site_coordinator() -> bool:
    if api.user.is_anonymous():
        return False
    roles = api.user.get_roles(obj=api.portal.get())
    return bool(COORDINATOR_ROLES & set(roles))


def awaits_review(obj) -> bool:
    """Pending, and its author may not publish it."""
    if api.content.get_state(obj, default=None) != "pending":
        return False
    return not api.user.has_permission("Review portal content", obj=obj)


class AddForm(DefaultAddForm):
    """Plone's add form; an item that lands pending says it was sent for review."""

    def add(self, object):
        super().add(object)
        added = self.container.get(object.id)
        if added is not None and awaits_review(added):
            self.success_message = PROPOSAL_SENT


class AddView(DefaultAddView):
    form = AddForm


class CoordinatorFieldsets(extensible.FormExtender):
    """Plone's settings, ownership, dates and categorization fieldsets: for
    the site's coordinators only (hidden from members and applicants)."""

    # After the other extenders, which may still name these fields.
    order = 100

    def update(self):
        if is_site_coordinator():
            return
        self.form.groups = [
            group
            for group in self.form.groups
            if getattr(group, "__name__", None) not in COORDINATOR_FIELDSETS
        ]
