"""GET @news: published news of a folder, filtered, with facet counts and paging."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.news import search
from polepatrimoine.content.news.browser.listing import listing_url


class NewsGet(GuardedService, Service):
    def reply(self):
        filters = search.read_filters(self.request.form, strict=True)
        b_start, b_size = search.read_paging(self.request)
        data = search.page(self.context, self.request, filters, b_start, b_size)
        base = self.context.absolute_url() + "/@news"
        size = str(b_size) if b_size != search.PAGE_SIZE else ""
        data["@id"] = listing_url(
            base, filters, b_start=str(b_start) if b_start else "", b_size=size
        )
        if b_start + b_size < data["items_total"]:
            data["next"] = listing_url(
                base, filters, b_start=str(b_start + b_size), b_size=size
            )
        return data
