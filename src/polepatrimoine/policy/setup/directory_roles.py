"""The ``acteurs`` section (an ActorsDirectory): who may propose actors there."""

from plone import api


def configure_directory(portal) -> None:
    # Any member may propose the entry of their own structure; it stays pending
    # until a coordinator publishes it.
    api.group.grant_roles(
        groupname="AuthenticatedUsers", roles=["Contributor"], obj=portal["acteurs"]
    )
