"""The e-mail of an issue: HTML with its CSS inlined and a plain-text twin.

An issue is rendered once; each recipient's copy only replaces the
unsubscribe placeholder with their own link. Every link and image is an
absolute URL of the site: no tracking pixel, no redirect.
"""

from lxml import html as lxml_html
from plone import api
from plone.browserlayer.layer import mark_layer
from polepatrimoine.content import _
from polepatrimoine.content.common.dates import french_datetime
from polepatrimoine.content.common.dates import french_day
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.content.newsletter.issues.compose import public_brains
from polepatrimoine.content.newsletter.issues.delivery import state
from polepatrimoine.content.newsletter.issues.issue import KIND_TITLES
from polepatrimoine.content.newsletter.issues.issue import KINDS
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from types import SimpleNamespace
from urllib.parse import urljoin
from zope.i18n import translate

import css_inline
import textwrap


UNSUBSCRIBE = "NEWSLETTER-UNSUBSCRIBE-LINK"


def language() -> str:
    return api.portal.get_default_language() or "fr"


def tr(message) -> str:
    return translate(message, target_language=language())


def absolute_html(markup: str, base: str) -> str:
    """The introduction with every link and image made absolute."""
    if not markup or not markup.strip():
        return ""
    fragment = lxml_html.fragment_fromstring(markup, create_parent="div")
    for element, attribute in (("a", "href"), ("img", "src")):
        for node in fragment.iter(element):
            value = node.get(attribute)
            if value and not value.startswith(("mailto:", "#")):
                node.set(attribute, urljoin(base, value))
    return (
        "".join(lxml_html.tostring(child, encoding="unicode") for child in fragment)
        if len(fragment)
        else (fragment.text or "")
    )


def html_to_text(markup: str) -> str:
    if not markup:
        return ""
    fragment = lxml_html.fragment_fromstring(markup, create_parent="div")
    blocks = []
    for node in fragment.iter("p", "li", "h2", "h3", "h4"):
        text = " ".join(node.text_content().split())
        if text:
            blocks.append(("- " if node.tag == "li" else "") + text)
    if not blocks:
        blocks = [" ".join(fragment.text_content().split())]
    return "\n\n".join(textwrap.fill(b, 76) for b in blocks if b)


def image_url(obj, url: str) -> str | None:
    for name in ("image", "logo"):
        if getattr(obj, name, None):
            return f"{url}/@@images/{name}/preview"
    return None


def resolve(entry: dict) -> dict | None:
    """What the e-mail shows of an entry; None when its item is no longer public."""
    item = {
        "kind": entry["kind"],
        "title": entry["title"],
        "summary": entry.get("summary") or "",
        "url": entry.get("url") or "",
        "date": "",
        "registration_url": None,
        "image": None,
    }
    if entry.get("uid"):
        brains = public_brains(UID=entry["uid"])
        if not brains:
            return None
        brain = brains[0]
        item["url"] = brain.getURL()
        obj = brain._unrestrictedGetObject()
        item["image"] = image_url(obj, item["url"])
        if brain.portal_type == "Event":
            item["date"] = french_datetime(getattr(obj, "start", None))
            if getattr(obj, "capacity", 0):
                item["registration_url"] = item["url"] + "#registration"
        elif brain.portal_type == "Call" and getattr(obj, "close_date", None):
            item["date"] = french_day(obj.close_date)
    return item


def groups(issue) -> list[dict]:
    """The entries grouped by kind, groups in the order their first entry takes."""
    by_kind = {}
    for entry in issue.entries or ():
        item = resolve(entry)
        if item is not None:
            by_kind.setdefault(entry["kind"], []).append(item)
    return [
        {
            "kind": kind,
            "title": tr(KIND_TITLES[kind]),
            "entries": items,
        }
        for kind, items in by_kind.items()
        if kind in KINDS
    ]


class NewsletterEmail(BrowserView):
    """The HTML of the e-mail (not a published view: see @@newsletter-preview)."""

    index = ViewPageTemplateFile("templates/email.pt")

    def __call__(self, groups, introduction, unsubscribe_url):
        self.groups = groups
        self.introduction = introduction
        self.unsubscribe_url = unsubscribe_url
        template = self.index.__func__
        namespace = template.pt_getContext(self, self.request)
        namespace["target_language"] = language()
        return template.pt_render(namespace)

    def site_title(self):
        return api.portal.get().Title()

    def site_url(self):
        return api.portal.get().absolute_url()

    def archive_url(self):
        return self.context.aq_parent.absolute_url()

    def issue_date(self):
        data = state(self.context)
        when = data and (data.get("queued") or data.get("finished"))
        return french_day(when or self.context.created())


def render(issue, unsubscribe_url: str = UNSUBSCRIBE) -> tuple[str, str]:
    """``(html, text)`` of the issue's e-mail, CSS inlined."""
    request = issue.REQUEST
    if not IBrowserLayer.providedBy(request):
        mark_layer(api.portal.get(), SimpleNamespace(request=request))
    base = issue.absolute_url() + "/"
    introduction = getattr(issue, "introduction", None)
    intro = absolute_html(introduction.output if introduction else "", base)
    parts = groups(issue)
    markup = NewsletterEmail(issue, request)(parts, intro, unsubscribe_url)
    markup = css_inline.inline(markup)
    return markup, text_version(issue, parts, intro, unsubscribe_url)


def text_version(issue, parts, intro, unsubscribe_url) -> str:
    lines = [issue.Title(), "=" * len(issue.Title()), ""]
    if intro:
        lines += [html_to_text(intro), ""]
    for group in parts:
        lines += [group["title"], "-" * len(group["title"]), ""]
        for item in group["entries"]:
            lines.append(f"* {item['title']}")
            if item["date"]:
                lines.append(f"  {item['date']}")
            if item["summary"]:
                lines.append(
                    textwrap.fill(
                        item["summary"], 76, initial_indent="  ", subsequent_indent="  "
                    )
                )
            lines.append(f"  {item['url']}")
            if item["registration_url"]:
                lines.append(f"  {tr(_('Register'))} : {item['registration_url']}")
            lines.append("")
    site = api.portal.get()
    lines += [
        "--",
        f"{site.Title()} – {site.absolute_url()}",
        f"{tr(_('Previous issues'))} : {issue.aq_parent.absolute_url()}",
        f"{tr(_('Unsubscribe'))} : {unsubscribe_url}",
    ]
    return "\n".join(lines) + "\n"
