"""Following a query of offers: RSS 2.0 of the open offers and an iCalendar of their deadlines.

``@@opportunities.rss?opportunity_kind=alternance&department=44`` lets a school
follow "alternance in 44". Both read the catalog's metadata only, through the
same filters and open-offers query as the listing; never an offer's contact.
"""

from datetime import timedelta
from email.utils import format_datetime
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.common.facets import FilterError
from polepatrimoine.content.common.geojson import URLs
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.opportunities import display
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities import search
from Products.Five.browser import BrowserView
from urllib.parse import urlencode
from xml.etree import ElementTree
from zope.i18n import translate

import icalendar


ATOM = "http://www.w3.org/2005/Atom"
MAX_ITEMS = 200


class FeedView(BrowserView):
    """The filters of the request, the matching open offers, a 400 in French for a bad filter."""

    def __call__(self):
        response = self.request.response
        try:
            self.filters = search.OFFERS.filters_from_form(self.request.form)
        except FilterError as error:
            response.setStatus(400)
            response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return translated(error.message, self.request)
        return self.render()

    def query_string(self) -> str:
        return urlencode(search.OFFERS.query_pairs(self.filters))

    def listing_url(self) -> str:
        url = self.offers_folder_url()
        query = self.query_string()
        return f"{url}?{query}" if query else url

    def offers_folder_url(self) -> str:
        folder = api.portal.get().unrestrictedTraverse("jeunes-pros/offres", None)
        return (folder or self.context).absolute_url()

    def title(self) -> str:
        """« Offres Jeunes-Pros du Patrimoine — Alternance, 44 – Loire-Atlantique »."""
        base = translate(_("Jeunes-Pros du Patrimoine offers"), context=self.request)
        chosen = []
        for name, values in self.filters.items():
            if name == "SearchableText":
                chosen.append(f"« {values} »")
                continue
            titles = dict(search.OFFERS.items(name))
            chosen.append(", ".join(titles.get(v, v) for v in values))
        return f"{base} — {' · '.join(chosen)}" if chosen else base

    def brains(self, **sort):
        return search.OFFERS.search(self.filters, **sort)[:MAX_ITEMS]


def _rss_date(value) -> str | None:
    if value is None or not hasattr(value, "asdatetime"):
        return None
    return format_datetime(value.asdatetime())


class OpportunitiesRSS(FeedView):
    """RSS 2.0: the newest open offers first."""

    def render(self):
        rss = ElementTree.Element("rss", {"version": "2.0"})
        rss.set("xmlns:atom", ATOM)
        channel = ElementTree.SubElement(rss, "channel")
        ElementTree.SubElement(channel, "title").text = self.title()
        ElementTree.SubElement(channel, "link").text = self.listing_url()
        ElementTree.SubElement(channel, "description").text = translate(
            _(
                "Internships, work-study, jobs, civic service, worksites and summer "
                "jobs offered by heritage structures, open to applications."
            ),
            context=self.request,
        )
        ElementTree.SubElement(channel, "language").text = "fr"
        self_url = self.request.getURL()
        query = self.query_string()
        ElementTree.SubElement(
            channel,
            "atom:link",
            {
                "href": f"{self_url}?{query}" if query else self_url,
                "rel": "self",
                "type": "application/rss+xml",
            },
        )
        urls = URLs(self.request)
        for brain in self.brains(sort_on="effective", sort_order="descending"):
            url = urls(brain)
            item = ElementTree.SubElement(channel, "item")
            ElementTree.SubElement(item, "title").text = brain.Title
            ElementTree.SubElement(item, "link").text = url
            ElementTree.SubElement(item, "guid", {"isPermaLink": "true"}).text = url
            description = display.summary(brain, self.request)
            if brain.Description:
                description = f"{description}\n\n{brain.Description}"
            ElementTree.SubElement(item, "description").text = description
            kind = display.KIND_TITLES.get(display.value(brain, "opportunity_kind"))
            if kind:
                ElementTree.SubElement(item, "category").text = kind
            published = _rss_date(display.value(brain, "effective", None))
            if published:
                ElementTree.SubElement(item, "pubDate").text = published
        response = self.request.response
        response.setHeader("Content-Type", "application/rss+xml; charset=utf-8")
        return ElementTree.tostring(rss, encoding="utf-8", xml_declaration=True)


class OpportunitiesICal(FeedView):
    """iCalendar: one all-day event per open offer, on its deadline."""

    def render(self):
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Pôle Patrimoine//Offres Jeunes-Pros//FR")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", self.title())
        calendar.add("x-wr-timezone", "Europe/Paris")
        stamp = expiry.now().astimezone(expiry.PARIS).replace(microsecond=0)
        host = self.request.get("HTTP_HOST", "") or "polepatrimoine"
        urls = URLs(self.request)
        for brain in self.brains(**search.SORT):
            deadline = display.value(brain, "opportunity_deadline", None)
            if not deadline:
                continue
            url = urls(brain)
            event = icalendar.Event()
            event.add("uid", f"deadline-{brain.UID}@{host.split(':')[0]}")
            event.add("dtstamp", stamp.astimezone(expiry.PARIS))
            event.add("dtstart", deadline)
            event.add("dtend", deadline + timedelta(days=1))
            event.add(
                "summary",
                translate(
                    _("Application deadline: ${title}", mapping={"title": brain.Title}),
                    context=self.request,
                ),
            )
            event.add("description", f"{display.summary(brain, self.request)}\n{url}")
            event.add("url", url)
            event.add("location", display.place(brain))
            event.add("transp", "TRANSPARENT")
            calendar.add_component(event)
        response = self.request.response
        response.setHeader("Content-Type", "text/calendar; charset=utf-8")
        response.setHeader(
            "Content-Disposition", 'attachment; filename="offres-jeunes-pros.ics"'
        )
        return calendar.to_ical()
