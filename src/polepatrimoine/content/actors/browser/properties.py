"""Folder contents' "Properties" (``@@fc-properties``) kept to the rules of actors."""

from DateTime import DateTime
from plone.app.content.browser.contents.properties import PropertiesActionView
from plone.app.dexterity.behaviors.metadata import ICategorization
from plone.base.defaultpage import check_default_page_via_view
from polepatrimoine.content.actors import coordination
from polepatrimoine.content.actors.actor import IActor
from polepatrimoine.content.common.rest import translated
from Products.CMFCore.interfaces._content import IFolderish

import transaction


class GuardedPropertiesView(PropertiesActionView):
    """Plone's view, except that ``creators`` of an actor is set only by those
    who may manage its membership (the coordinators' fields of an actor), and
    that an object without ``ICategorization`` (an actor) is not a 500."""

    def __call__(self):
        self.refused = []
        result = super().__call__()
        if not self.refused:
            return result
        # The request changes several objects: all of them or none.
        transaction.doom()
        self.request.response.setStatus(403)
        return self.json(
            {
                "status": "error",
                "msg": translated(
                    coordination.refusal_message(["creators"]), self.request
                ),
            }
        )

    def _refuses(self, obj) -> bool:
        if not (self.creators and IActor.providedBy(obj)):
            return False
        if coordination.may_manage(obj):
            return False
        return tuple(self.creators) != tuple(getattr(obj, "creators", ()) or ())

    def action(self, obj, bypass_recurse=False):
        if self._refuses(obj):
            self.refused.append(obj)
            return
        if ICategorization(obj, None) is not None:
            return super().action(obj, bypass_recurse=bypass_recurse)
        # Plone's action adapts every object to ICategorization, which actors
        # do not provide: the same steps, language left out.
        if check_default_page_via_view(obj, self.request):
            self.action(obj.aq_parent, bypass_recurse=True)
        if self.recurse and not bypass_recurse and IFolderish.providedBy(obj):
            for sub in obj.values():
                self.action(sub)
        if self.effectiveDate and hasattr(obj, "effective_date"):
            obj.effective_date = DateTime(self.effectiveDate)
        if self.expirationDate and hasattr(obj, "expiration_date"):
            obj.expiration_date = DateTime(self.expirationDate)
        if self.copyright and hasattr(obj, "rights"):
            obj.rights = self.copyright
        if self.contributors and hasattr(obj, "contributors"):
            obj.contributors = tuple(self.contributors)
        if self.creators and hasattr(obj, "creators"):
            obj.creators = tuple(self.creators)
        if self.exclude and hasattr(obj, "exclude_from_nav"):
            obj.exclude_from_nav = self.exclude == "yes"
        obj.reindexObject()
