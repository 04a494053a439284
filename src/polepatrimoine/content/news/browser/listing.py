"""The ``actualites`` section's page (``@@news``): facets with counts, paging, French dates."""

from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.common.facets import plural_text
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import count_param
from polepatrimoine.content.news import search
from Products.Five.browser import BrowserView
from urllib.parse import urlencode
from zope.i18n import translate


NOUNS = (_("${count} news item"), _("${count} news items"))


def listing_url(base: str, filters: dict, **extra) -> str:
    """``base`` with the filters (one parameter per value) and ``extra``."""
    params = [(name, value) for name, values in filters.items() for value in values]
    params += [(name, value) for name, value in extra.items() if value]
    return f"{base}?{urlencode(params)}" if params else base


class NewsView(BrowserView):
    """Published news, newest first, filtered by scope and heritage domain."""

    page_size = search.PAGE_SIZE

    def __call__(self):
        self.filters = search.read_filters(self.request.form, strict=False)
        try:
            self.start = count_param(self.request, "b_start")
        except RequestError:
            self.start = 0
        self.data = search.page(
            self.context, self.request, self.filters, self.start, self.page_size
        )
        return self.index()

    @property
    def news_items(self) -> list[dict]:
        return self.data["items"]

    @property
    def total(self) -> int:
        return self.data["items_total"]

    def total_text(self) -> str:
        return plural_text(self.total, *NOUNS, self.request)

    @property
    def base(self) -> str:
        return self.context.absolute_url() + "/@@news"

    @property
    def rss_url(self) -> str:
        return listing_url(self.context.absolute_url() + "/@@news.rss", self.filters)

    def facets(self) -> list[dict]:
        groups = []
        counts = self.data["facets"]
        for name, (terms, _index) in search.FACETS.items():
            selected = self.filters.get(name, [])
            options = []
            for token, title in terms:
                active = token in selected
                values = (
                    [v for v in selected if v != token]
                    if active
                    else [*selected, token]
                )
                filters = {**self.filters, name: values}
                options.append(
                    {
                        "token": token,
                        "title": title,
                        "count": counts[name][token],
                        "count_text": plural_text(
                            counts[name][token], *NOUNS, self.request
                        ),
                        "active": active,
                        "url": listing_url(
                            self.base, {k: v for k, v in filters.items() if v}
                        ),
                    }
                )
            groups.append(
                {
                    "name": name,
                    "title": translate(search.FACET_TITLES[name], context=self.request),
                    "options": options,
                }
            )
        return groups

    def topic_titles(self, tokens) -> str:
        titles = dict(search.FACETS["topics"][0])
        return ", ".join(titles.get(token, token) for token in tokens)

    def previous_url(self):
        if self.start <= 0:
            return None
        start = max(self.start - self.page_size, 0)
        return listing_url(self.base, self.filters, b_start=str(start) if start else "")

    def next_url(self):
        start = self.start + self.page_size
        if start >= self.data["items_total"]:
            return None
        return listing_url(self.base, self.filters, b_start=str(start))

    def page_number(self) -> int:
        return self.start // self.page_size + 1

    def page_count(self) -> int:
        return max(1, -(-self.data["items_total"] // self.page_size))

    def static(self) -> str:
        # The faceted listings' script and styles.
        return f"{api.portal.get().absolute_url()}/++plone++polepatrimoine.content"
