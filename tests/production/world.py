"""The people, event, call and working group of the cross-process tests, made by a console process.

Run by ``zconsole run <zope.conf> tests/production/world.py`` beside the running
instances (RelStorage lets another process write to the same database); prints
the ids and URLs as one JSON line.
"""

from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from polepatrimoine.content.calls import jury
from polepatrimoine.workflows.workinggroups import membership
from Testing.makerequest import makerequest
from tests.content.meetings.helpers import in_days
from tests.fixtures.calls import make_application
from tests.fixtures.calls import make_call
from tests.fixtures.users import PASSWORD
from zope.component.hooks import setSite

import json
import transaction


PLACES = 3
APPLICATIONS = 8
USERS = ("applicant", "other", "coordinator", "joiner", "member")

app = makerequest(app)  # noqa: F821 (bound by zconsole)
site = app["Plone"]
setSite(site)
admin = app.acl_users.getUser("admin")
newSecurityManager(None, admin.__of__(app.acl_users))

# With the e-mail address as login, Plone makes the user ids from the full names.
ids = {
    name: api.user.create(
        email=f"{name}@exemple.fr",
        password=PASSWORD,
        properties={"fullname": f"{name.capitalize()} Cluster"},
    ).getId()
    for name in USERS
}
api.group.add_user(groupname="coordinateurs", username=ids["coordinator"])

event = api.content.create(
    container=site["agenda"],
    type="Event",
    id="connexions-cluster",
    title="ConneXionS en cluster",
    start=in_days(30, 9),
    end=in_days(30, 17),
    capacity=20,
    meeting_format="rencontre",
    location="Nantes",
)
api.content.transition(obj=event, to_state="published")

calls = site["accompagnement"]
call = make_call(calls, "appel-cluster", required_documents=[])
accept = make_call(calls, "appel-places", required_documents=[], places=PLACES)
jury.set_jurors(call, [])
to_accept = []
for n in range(APPLICATIONS):
    application = make_application(
        accept, ids["applicant"], f"candidature-{n}", structure_name=f"Structure {n}"
    )
    with api.env.adopt_user(user=api.user.get(userid=ids["applicant"])):
        api.content.transition(obj=application, transition="submit")
    api.content.transition(obj=application, transition="start_review")
    to_accept.append(application)

group = api.content.create(
    container=site["groupes-de-travail"],
    type="WorkingGroup",
    id="gt-cluster",
    title="Groupe en cluster",
)
api.content.transition(obj=group, transition="activate")
membership.add_member(group, ids["coordinator"], "coordinator")
document = api.content.create(
    container=group, type="Document", id="compte-rendu", title="Compte rendu interne"
)
transaction.commit()


def path(obj) -> str:
    """The object's path under the portal: the tests put the instance's URL before it."""
    return "/".join(obj.getPhysicalPath()[2:])


print(
    json.dumps(
        {
            "ids": ids,
            "event": path(event),
            "call": path(call),
            "places_call": path(accept),
            "places": PLACES,
            "to_accept": [path(obj) for obj in to_accept],
            "group": path(group),
            "document": path(document),
        }
    )
)
