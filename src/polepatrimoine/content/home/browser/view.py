"""``@@home``: the site root's default view, the blocks of ``home.blocks``."""

from plone import api
from polepatrimoine.content.home import blocks
from polepatrimoine.content.newsletter.browser.subscribe import FormMixin
from Products.Five import BrowserView


class NewsletterForm(FormMixin, BrowserView):
    """The newsletter's own sign-up fields, rendered in the home page's block."""


class HomeView(BrowserView):
    def __call__(self):
        # The page is its own layout: the site root's portlets (Plone's events
        # and news, repeated by the blocks) would squeeze its grid.
        self.request.set("disable_plone.leftcolumn", True)
        self.request.set("disable_plone.rightcolumn", True)
        self.blocks = blocks.blocks(self.request)
        return self.index()

    def site_title(self) -> str:
        return self.context.Title()

    def site_description(self) -> str:
        return self.context.Description()

    def newsletter_fields(self) -> str:
        form = NewsletterForm(self.context, self.request)
        return form.fields(
            values={"email": form.member_email()}, prefix="newsletter-home"
        )

    def newsletter_action(self) -> str:
        return NewsletterForm(self.context, self.request).action()

    def static(self) -> str:
        return f"{api.portal.get().absolute_url()}/++plone++polepatrimoine.content"

    def home_static(self) -> str:
        return f"{api.portal.get().absolute_url()}/++plone++polepatrimoine.home"

    def map_settings(self) -> dict:
        return {
            "tile_url": api.portal.get_registry_record("polepatrimoine.map.tile_url"),
            "attribution": api.portal.get_registry_record(
                "polepatrimoine.map.tile_attribution"
            ),
        }

    def has_map(self) -> bool:
        return any(block["id"] == "map" for block in self.blocks)
