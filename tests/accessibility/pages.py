"""The pages of the suite each persona visits in the axe test, found in the demo site.

A page is (label, path) or (label, path, selector): the selector names what the
page is visited for (a form, a control) and must be on it.
"""

from DateTime import DateTime
from plone import api
from tests.fixtures.actors import make_actor
from tests.fixtures.users import PASSWORD

import transaction


DEMO_PASSWORD = "demo-patrimoine"
GROUP = "groupes-de-travail/chartes-labels-et-marques"
OTHER_GROUP = "groupes-de-travail/patrimoine-industriel-et-technique"
MEMBER = "membre1.chartes@example.org"
# A rich-text field once TinyMCE has drawn its editor.
RICH_TEXT = "iframe[id$='_ifr']"
GROUP_COORDINATOR = "coordination.chartes@example.org"
SITE_COORDINATOR = "claire@example.org"


def path(portal, **query) -> str:
    """The site-relative path of the first item the query finds."""
    brains = api.content.find(context=portal, unrestricted=True, **query)
    assert brains, f"the demo site has no {query}"
    root = len(portal.getPhysicalPath())
    return "/".join(brains[0].getPath().split("/")[root:])


def public_pages(portal) -> list[tuple[str, str]]:
    now = DateTime()
    pages = [
        ("home", ""),
        ("directory", "acteurs"),
        ("actor", path(portal, portal_type="Actor", review_state="published")),
        ("working group", GROUP),
        ("call", path(portal, portal_type="Call", sort_on="created")),
        (
            "event and its registration form",
            path(
                portal,
                portal_type="Event",
                end={"query": now, "range": "min"},
                sort_on="start",
            ),
            "form[action$='@@meeting-registration']",
        ),
        ("resources", "ressources"),
        ("news listing", "actualites"),
        ("news item", path(portal, portal_type="News Item", sort_on="created")),
        ("newsletter sign-up", "@@newsletter-subscribe", "#newsletter-page-form"),
        ("offers", "jeunes-pros/offres"),
        (
            "offer and its apply form",
            path(portal, portal_type="Opportunity", review_state="published"),
            ".opportunity-apply-form",
        ),
        ("trade", path(portal, portal_type="Trade")),
        ("projects", "projets"),
        ("project", path(portal, portal_type="Project", review_state="published")),
        ("observatory", "observatoire"),
        ("open data", "donnees-ouvertes"),
        ("personal data", "@@personal-data-policy"),
        ("search", "@@search?SearchableText=patrimoine"),
    ]
    pages += legal_pages(portal)
    return pages


def legal_pages(portal) -> list[tuple[str, str]]:
    """The legal pages of the theme, once they exist."""
    found = []
    for brain in api.content.find(
        context=portal, portal_type="Document", unrestricted=True
    ):
        if brain.getId in ("mentions-legales", "accessibilite", "donnees-personnelles"):
            found.append((f"legal page {brain.getId}", brain.getId))
    return found


def anonymous_pages(portal):
    return [
        *public_pages(portal),
        ("login", "login", "#login-form"),
        ("registration", "@@register", "#form-buttons-register"),
    ]


def member_pages(portal, actor):
    call = path(portal, portal_type="Call", sort_on="created")
    return [
        ("home", ""),
        ("actor add form", "acteurs/++add++Actor", ".pat-leaflet"),
        ("actor edit form", f"acteurs/{actor}/@@edit", "#form-buttons-save"),
        ("group space", f"{GROUP}/@@space"),
        ("group members", f"{GROUP}/@@members"),
        ("group activity", f"{GROUP}/@@activity"),
        ("group agenda", f"{GROUP}/@@group-agenda"),
        (
            "discussion",
            path(portal, portal_type="Discussion", path=path_of(portal, GROUP)),
        ),
        ("poll", path(portal, portal_type="DatePoll", path=path_of(portal, GROUP))),
        ("join request form", f"{OTHER_GROUP}/@@join", "#join-message"),
        # The « actor » field's related-items picker draws its path after load.
        (
            "call application form",
            f"{call}/++add++Application",
            ".pat-relateditems-container a.crumb",
        ),
        # Rich text: the format select and TinyMCE's iframe.
        ("group document add form", f"{GROUP}/++add++Document", RICH_TEXT),
        (
            "offer add form",
            "jeunes-pros/offres/++add++Opportunity",
            "#form-buttons-save",
        ),
        (
            "group folder contents",
            f"{GROUP}/folder_contents",
            "#selectAllInputCheckbox",
        ),
        ("my data", "@@my-data"),
        ("my working groups", "@@my-working-groups"),
    ]


def group_coordinator_pages(portal):
    return [
        ("group space", f"{GROUP}/@@space"),
        ("group members (roles)", f"{GROUP}/@@members", "select[name=role]"),
        ("group mail form", f"{GROUP}/@@group-mail", "form textarea"),
        ("poll", path(portal, portal_type="DatePoll", path=path_of(portal, GROUP))),
        ("group activity", f"{GROUP}/@@activity"),
    ]


def site_coordinator_pages(portal):
    call = path(portal, portal_type="Call", sort_on="created")
    return [
        ("home", ""),
        (
            "applications dashboard",
            f"{call}/@@applications",
            "input[name='uids:list']",
        ),
        (
            "application",
            path(portal, portal_type="Application", path=path_of(portal, call)),
        ),
        ("call edit form", f"{call}/edit", RICH_TEXT),
        ("personal-data register", "@@personal-data"),
        ("control panel", "@@personal-data-settings"),
        ("control panel (social)", "@@social-settings"),
        ("directory", "acteurs"),
        ("search", "@@search?SearchableText=patrimoine"),
    ]


def path_of(portal, relative: str) -> str:
    return "/".join((*portal.getPhysicalPath(), relative))


def personas(portal) -> dict:
    """Each persona: its login (or None), password and pages."""
    actor = make_actor(portal, title="Atelier du membre")
    # The demo users' ids are not their logins.
    user = api.user.get(username=MEMBER)
    actor.changeOwnership(user.getUser())
    actor.manage_setLocalRoles(user.getId(), ["Owner"])
    actor.reindexObjectSecurity()
    transaction.commit()
    return {
        "anonymous": (None, None, anonymous_pages(portal)),
        "member": (MEMBER, DEMO_PASSWORD, member_pages(portal, actor.getId())),
        "group coordinator": (
            GROUP_COORDINATOR,
            DEMO_PASSWORD,
            group_coordinator_pages(portal),
        ),
        "site coordinator": (
            SITE_COORDINATOR,
            PASSWORD,
            site_coordinator_pages(portal),
        ),
    }
