"""The people the README's examples log in as: coordinators, a juror, an applicant, members.

Every one logs in with their ``@example.org`` address and the demo password.
The working groups' people are made by ``working_groups``; this step runs
after the actors, calls and offers it hands out.
"""

from plone import api
from polepatrimoine.content.calls.jury import SITE_JURY_GROUP
from polepatrimoine.content.calls.jury import jurors
from polepatrimoine.content.calls.jury import set_jurors
from polepatrimoine.policy import logger
from polepatrimoine.policy.demo.working_groups import ensure_user


# (login's local part, full name, site groups, who)
PEOPLE = (
    (
        "coordination",
        "Hélène Garnier",
        ("coordinateurs",),
        "coordinatrice du réseau : administre le site et valide les propositions",
    ),
    (
        "communication",
        "Claire Moreau",
        ("coordinateurs",),
        "chargée de communication du réseau : actualités et lettre d'information",
    ),
    (
        "jury",
        "Sophie Renard",
        (SITE_JURY_GROUP,),
        "membre du jury des appels TRAJET et Culturdiag",
    ),
    (
        "candidat",
        "Julien Mercier",
        (),
        "candidat : porte les candidatures « Les Amis du moulin de la vallée » "
        "(brouillon) et « Atelier des vitraux du bocage » (déposée)",
    ),
    (
        "alice.bernard",
        "Alice Bernard",
        ("adherents",),
        "adhérente, propriétaire de la fiche « Atelier du vitrail de Guérande » "
        "et de ses offres",
    ),
    (
        "zoe.martin",
        "Zoé Martin",
        (),
        "visiteuse inscrite : ses données personnelles (« Mes données »)",
    ),
)

# Calls whose jury the juror sits on.
JURY_CALLS = ("appel-trajet", "appel-culturdiag")
# The applicant's applications: (call id, application id).
APPLICATIONS = (
    ("appel-trajet", "candidature-demo-1"),
    ("appel-trajet", "candidature-demo-2"),
)
# The member's structure (title of a demo actor).
OWNED_ACTOR = "Atelier du vitrail de Guérande"


def login(local: str) -> str:
    return f"{local}@example.org"


def ensure_people() -> dict:
    ids = {}
    for local, fullname, groups, _who in PEOPLE:
        userid = ensure_user(local, fullname)
        ids[local] = userid
        for group in groups:
            if userid not in api.group.get(groupname=group).getGroupMemberIds():
                api.group.add_user(groupname=group, username=userid)
    return ids


def give(obj, userid: str) -> None:
    """Make userid the creator and Owner of obj, as if they had created it."""
    if obj.Creator() == userid:
        return
    obj.changeOwnership(api.user.get(userid=userid).getUser())
    obj.setCreators((userid,))
    roles = set(obj.get_local_roles_for_userid(userid))
    obj.manage_setLocalRoles(userid, sorted(roles | {"Owner"}))
    obj.reindexObject()
    obj.reindexObjectSecurity()


def create(portal) -> None:
    with api.env.adopt_roles(["Manager"]):
        ids = ensure_people()
        calls = portal["accompagnement"]
        for call_id in JURY_CALLS:
            call = calls[call_id]
            if ids["jury"] not in jurors(call):
                set_jurors(call, [*jurors(call), ids["jury"]])
        for call_id, application_id in APPLICATIONS:
            give(calls[call_id][application_id], ids["candidat"])
        actor = next(
            brain._unrestrictedGetObject()
            for brain in api.content.find(portal_type="Actor", unrestricted=True)
            if brain.Title == OWNED_ACTOR
        )
        if "Owner" not in actor.get_local_roles_for_userid(ids["alice.bernard"]):
            actor.manage_setLocalRoles(ids["alice.bernard"], ["Owner"])
            actor.reindexObjectSecurity()
    logger.info("Demo people: %s", ", ".join(login(p[0]) for p in PEOPLE))
