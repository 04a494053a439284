"""The viewlets of sharing: ``<meta>`` tags, share links, the footer's links."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.app.layout.viewlets.social import SocialTagsViewlet
from plone.memoize.view import memoize
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.news.behavior import INewsWatch
from polepatrimoine.content.sharing import metadata
from polepatrimoine.content.sharing.settings import PREFIX
from urllib.parse import quote
from urllib.parse import urlencode


class MetaTagsViewlet(SocialTagsViewlet):
    """Replaces Plone's: ours says fr_FR, uses the actor's logo, and reads what
    anonymous visitors may see rather than whether the reader is anonymous."""

    @memoize
    def _get_tags(self):
        return metadata.tags(self.context, self.request)


class ShareViewlet(ViewletBase):
    """Plain links: nothing is asked of a social network before a click."""

    def available(self) -> bool:
        shared = self.context.portal_type in metadata.SHARED_TYPES
        return (shared or INewsWatch.providedBy(self.context)) and metadata.public(
            self.context
        )

    def update(self):
        super().update()
        self.url = self.context.restrictedTraverse(
            "@@plone_context_state"
        ).canonical_object_url()
        title = self.context.Title() or ""
        self.links = [
            {
                "name": "linkedin",
                "title": "LinkedIn",
                "url": "https://www.linkedin.com/sharing/share-offsite/?"
                + urlencode({"url": self.url}),
            },
            {
                "name": "facebook",
                "title": "Facebook",
                "url": "https://www.facebook.com/sharer/sharer.php?"
                + urlencode({"u": self.url}),
            },
            {
                "name": "email",
                "title": "E-mail",
                "url": f"mailto:?subject={quote(title)}&body={quote(self.url)}",
            },
        ]

    def render(self):
        return self.index() if self.available() else ""


class FooterLinksViewlet(ViewletBase):
    """The network's LinkedIn and Facebook pages (« Réseaux sociaux » settings)."""

    def update(self):
        super().update()
        self.links = []
        for name, title in (("linkedin", "LinkedIn"), ("facebook", "Facebook")):
            value = api.portal.get_registry_record(f"{PREFIX}.{name}_url", default=None)
            url = safe_url(value) if value else None
            if url:
                self.links.append({"name": name, "title": title, "url": url})
