"""The plone.distribution that creates the Pôle Patrimoine site."""

from plone.distribution.core import Distribution
from plone.distribution.handler import post_handler as default_post_handler
from polepatrimoine.policy import demo
from Products.CMFPlone.Portal import PloneSite


def post_handler(
    distribution: Distribution, site: PloneSite, answers: dict
) -> PloneSite:
    """After the profiles ran: the logo, then the demo content when asked for."""
    site = default_post_handler(distribution, site, answers)
    if answers.get("setup_content"):
        demo.create_demo_content(site)
    return site
