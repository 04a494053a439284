"""The view of a Resource, with the click-to-load video player."""

from plone import api
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.resources.vocabularies import AUDIENCES
from polepatrimoine.content.resources.vocabularies import RESOURCE_TYPES
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import title_of
from Products.Five import BrowserView
from urllib.parse import parse_qs
from urllib.parse import urlparse


def embed_url(url: str):
    """The player address of a video page, or None when unknown.

    YouTube goes through its no-cookie domain. Nothing is requested from it
    until the visitor clicks the player.
    """
    if not url:
        return None
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parsed.path.strip("/")
    video_id = None
    if host in ("youtube.com", "youtube-nocookie.com"):
        if path == "watch":
            video_id = parse_qs(parsed.query).get("v", [None])[0]
        elif path.startswith(("embed/", "shorts/", "live/")):
            video_id = path.split("/")[1]
        if video_id:
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    if host == "youtu.be" and path:
        return f"https://www.youtube-nocookie.com/embed/{path.split('/')[0]}?autoplay=1"
    if host in ("vimeo.com", "player.vimeo.com"):
        video_id = path.split("/")[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?autoplay=1&dnt=1"
    if host in ("dailymotion.com", "dai.ly"):
        video_id = path.split("/")[-1]
        if video_id:
            return f"https://www.dailymotion.com/embed/video/{video_id}?autoplay=1"
    return None


class ResourceView(BrowserView):
    def type_title(self):
        return title_of(RESOURCE_TYPES, self.context.resource_type or "")

    def audience(self):
        return [title_of(AUDIENCES, t) for t in self.context.audience or ()]

    def topics(self):
        return [title_of(HERITAGE_DOMAINS, t) for t in self.context.topics or ()]

    def video(self):
        url = safe_url(self.context.video_url)
        if not url:
            return None
        embed = embed_url(url)
        is_file = urlparse(url).path.lower().endswith((".mp4", ".webm", ".ogv"))
        return {"url": url, "embed": embed, "file": is_file and not embed}

    def related(self, name):
        relation = getattr(self.context, name, None)
        obj = None if relation is None or relation.isBroken() else relation.to_object
        if obj is None or not api.user.has_permission("View", obj=obj):
            return None
        return {"title": obj.Title(), "url": obj.absolute_url()}

    def file_url(self):
        if self.context.file:
            return f"{self.context.absolute_url()}/@@download/file"
        return None
