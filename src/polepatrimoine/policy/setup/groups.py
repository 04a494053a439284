"""The site-wide user groups of the network."""

from plone import api
from polepatrimoine.policy import logger


GROUPS = (
    {
        "groupname": "coordinateurs",
        "title": "Coordinateurs",
        "description": (
            "L'équipe de Pôle Patrimoine : administre le site, publie et relit les "
            "contenus, anime les groupes de travail."
        ),
        "roles": ["Site Administrator", "Editor", "Reviewer"],
    },
    {
        "groupname": "adherents",
        "title": "Adhérents",
        "description": "Les structures membres du réseau et leurs représentants.",
        "roles": [],
    },
    {
        "groupname": "jury",
        "title": "Jury",
        "description": (
            "Les personnes qui examinent les candidatures aux appels "
            "d'accompagnement (TRAJET, Culturdiag)."
        ),
        "roles": [],
    },
)


def create_groups() -> None:
    for spec in GROUPS:
        group = api.group.get(groupname=spec["groupname"])
        if group is None:
            api.group.create(
                groupname=spec["groupname"],
                title=spec["title"],
                description=spec["description"],
                roles=spec["roles"],
            )
            logger.info("Created group %s", spec["groupname"])
        elif spec["roles"]:
            api.group.grant_roles(groupname=spec["groupname"], roles=spec["roles"])
