"""The viewlet that loads the accessibility script on every page."""

from plone.app.layout.viewlets.common import ViewletBase
from polepatrimoine.policy import _
from zope.i18n import translate

import html


class AccessibilityScript(ViewletBase):
    # The script's few words come translated from here: it has no catalog of its own.
    def index(self):
        url = f"{self.site_url}/++plone++polepatrimoine.accessibility/accessibility.js"
        label = translate(
            _("Position on the map: drag the marker to change it"),
            context=self.request,
        )
        return (
            f'<script defer src="{url}" '
            f'data-marker-label="{html.escape(label)}"></script>'
        )
