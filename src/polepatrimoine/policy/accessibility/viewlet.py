"""The viewlet that loads the accessibility script on every page."""

from plone.app.layout.viewlets.common import ViewletBase
from polepatrimoine.policy import _
from zope.i18n import translate

import html


class AccessibilityScript(ViewletBase):
    # The script's few words come translated from here: it has no catalog of its own.
    def index(self):
        url = f"{self.site_url}/++plone++polepatrimoine.accessibility/accessibility.js"
        # "{label}" is filled in by the script with the field's label.
        words = {
            "marker-label": _("Position on the map: drag the marker to change it"),
            "format-label": _("Text format: ${label}", mapping={"label": "{label}"}),
            "editor-label": _("Text editor: ${label}", mapping={"label": "{label}"}),
            "root-label": _("Site root"),
        }
        attributes = " ".join(
            f'data-{name}="{html.escape(translate(msgid, context=self.request))}"'
            for name, msgid in words.items()
        )
        return f'<script defer src="{url}" {attributes}></script>'
