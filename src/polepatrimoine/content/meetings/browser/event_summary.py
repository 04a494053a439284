"""The « Quand ? » block of an event: the zone named in French, with its real UTC offset."""

from plone.app.event.browser.event_summary import EventSummaryView
from polepatrimoine.content import _
from polepatrimoine.content.common.dates import PARIS
from zope.i18n import translate


class EventSummary(EventSummaryView):
    def timezone_text(self) -> str:
        # plone.app.event prints « (Europe/Paris / UTC100) »: an offset in
        # hundredths of an hour, and the zone's identifier as it is stored.
        start = self.data.start
        zone = self.data.timezone
        if zone == PARIS.key:
            text = _("Paris time")
        else:
            offset = start.strftime("%z")
            text = _(
                "${zone} time, UTC${offset}",
                mapping={"zone": zone, "offset": f"{offset[:3]}:{offset[3:]}"},
            )
        return f"({translate(text, context=self.request)})"
