"""1009 → 1011: the site root shows the home page (``@@home``)."""

from plone import api
from polepatrimoine.policy.setup import home_page


def show_home_page(setup_tool) -> None:
    home_page.set_home_page(api.portal.get())
