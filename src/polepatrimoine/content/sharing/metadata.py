"""What a page says of itself to social networks, computed from the catalog-free object.

Only content that anonymous visitors may see gets any: the title of a private or
draft item never reaches a crawler, nor a page cached for a logged-in user.
"""

from AccessControl.PermissionRole import rolesForPermissionOn
from plone import api
from plone.base.utils import safe_text
from Products.CMFPlone.utils import getSiteLogo


# The types whose pages carry the share links.
SHARED_TYPES = ("News Item", "Event", "Call", "Resource", "WorkingGroup", "Actor")
IMAGE_SCALE = "great"


def public(context) -> bool:
    """May an anonymous visitor see ``context``?"""
    return all(
        "Anonymous" in (rolesForPermissionOn(permission, context) or ())
        for permission in ("View", "Access contents information")
    )


def _image(context):
    """The lead image's or the actor's logo's scale: (url, width, height, type)."""
    for field in ("image", "logo"):
        if getattr(context.aq_base, field, None):
            images = context.restrictedTraverse("@@images", None)
            try:
                scale = images.scale(field, scale=IMAGE_SCALE) if images else None
            except (AttributeError, KeyError, TypeError):
                scale = None
            if scale is not None:
                return (
                    scale.url,
                    scale.width,
                    scale.height,
                    getattr(scale, "mimetype", None),
                )
    return None


def tags(context, request) -> list[dict]:
    """The ``<meta>`` of a public page, as attribute dicts; none for any other."""
    if not public(context):
        return []
    portal = api.portal.get()
    state = context.restrictedTraverse("@@plone_context_state")
    url = state.canonical_object_url()
    title = safe_text(context.Title() or "")
    description = safe_text(context.Description() or "")
    site_name = safe_text(portal.Title())
    kind = "article" if context.portal_type == "News Item" else "website"
    result = [
        {"property": "og:site_name", "content": site_name},
        {"property": "og:locale", "content": "fr_FR"},
        {"property": "og:type", "content": kind},
        {"property": "og:title", "content": title},
        {"property": "og:url", "content": url},
        {"name": "twitter:title", "content": title},
        {"itemprop": "name", "content": title},
        {"itemprop": "url", "content": url},
    ]
    if description:
        result += [
            {"property": "og:description", "content": description},
            {"name": "twitter:description", "content": description},
            {"itemprop": "description", "content": description},
        ]
    image = _image(context)
    if image is not None:
        image_url, width, height, mimetype = image
        result += [
            {"property": "og:image", "content": image_url},
            {"property": "og:image:width", "content": str(width)},
            {"property": "og:image:height", "content": str(height)},
        ]
        if mimetype:
            result.append({"property": "og:image:type", "content": mimetype})
        result.append({"name": "twitter:card", "content": "summary_large_image"})
    else:
        image_url, mimetype = getSiteLogo(portal, include_type=True)
        result.append({"property": "og:image", "content": image_url})
        if mimetype:
            result.append({"property": "og:image:type", "content": mimetype})
        result.append({"name": "twitter:card", "content": "summary"})
    result += [
        {"name": "twitter:image", "content": image_url},
        {"itemprop": "image", "content": image_url},
    ]
    if title:
        result.append({"property": "og:image:alt", "content": title})
    return result
