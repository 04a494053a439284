"""The suite's one way to send mail, met through each feature over HTTP.

- An integrator replaces a mail body of any feature (meetings, calls, working
  groups) with ZCML: the real SMTP server receives their text, the subject
  stays the suite's.
- Mail leaves only when the request's transaction commits: none when it
  aborts, once when a conflict makes the publisher retry it.
"""

from plone import api
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.interfaces import IBrowserLayer
from Products.DCWorkflow.interfaces import IAfterTransitionEvent
from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client
from tests.services.calls_http import create_and_submit
from tests.services.registrations.helpers import confirm
from tests.services.registrations.helpers import confirm_link
from tests.services.registrations.helpers import mails_to
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http
from ZODB.POSException import ConflictError
from zope.component import getGlobalSiteManager
from zope.component.hooks import site
from zope.configuration import xmlconfig
from zope.dottedname.resolve import resolve
from zope.interface import Interface

import Products.Five
import pytest
import transaction


# What an integrator writes in their add-on's overrides.zcml.
OVERRIDE_ZCML = """\
<configure
    xmlns="http://namespaces.zope.org/zope"
    xmlns:browser="http://namespaces.zope.org/browser">
  <browser:page
      name="{name}"
      for="{for_}"
      class="{class_}"
      template="{template}"
      permission="zope2.View"
      layer="polepatrimoine.content.interfaces.IBrowserLayer"
      />
</configure>
"""


@pytest.fixture
def override(tmp_path):
    """Load an integrator's mail page; restore the global registry afterwards."""
    gsm = getGlobalSiteManager()
    restore = []

    def load(name, for_, class_, text):
        template = tmp_path / f"{name}.pt"
        template.write_text(text, encoding="utf-8")
        required = (resolve(for_), IBrowserLayer)
        (previous,) = [
            r
            for r in gsm.registeredAdapters()
            if r.name == name and tuple(r.required) == required
        ]
        restore.append(previous)
        # ZCML handlers register on the current site manager: the global one,
        # as at start-up, not the test portal's persistent registry.
        with site(None):
            context = xmlconfig.file("meta.zcml", Products.Five)
            xmlconfig.string(
                OVERRIDE_ZCML.format(
                    name=name, for_=for_, class_=class_, template=template
                ),
                context=context,
            )
        assert gsm.adapters.lookup(required, Interface, name) is not previous.factory

    yield load
    for r in restore:
        gsm.registerAdapter(r.factory, r.required, r.provided, r.name, r.info)


def register_to_a_meeting(request):
    portal = request.getfixturevalue("functional")["portal"]
    url = make_event(portal["agenda"]).absolute_url()
    person = {
        "fullname": "Personne 1",
        "email": "personne1@exemple.fr",
        "consent": True,
    }
    response = client().post(f"{url}/@registrations", json=person)
    assert response.status_code == 202, response.text
    # A visitor confirms by the link of a first mail; the overridden one follows.
    smtp = request.getfixturevalue("smtp")
    secret = confirm_link(mails_to(smtp, "personne1@exemple.fr")[0]).group(2)
    smtp.clear()
    assert confirm(url, secret).status_code == 200
    return "personne1@exemple.fr"


def submit_an_application(request):
    world = request.getfixturevalue("call_world")
    transaction.commit()
    _url, submitted = create_and_submit(world)
    assert submitted.status_code == 200, submitted.text
    return "contact@atelier.example"


def ask_to_join_a_group(request):
    live = build(request.getfixturevalue("functional")["portal"])
    transaction.commit()
    response = http(live, "outsider").post(
        f"{live.group.absolute_url()}/@join-requests",
        json={"message": "Je souhaite contribuer.", "consent": True},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return "coordinator@example.org"


FEATURES = {
    "meetings": (
        "mail-registration-confirmed",
        "polepatrimoine.content.meetings.behavior.IMeeting",
        "polepatrimoine.content.meetings.mails.MailView",
        "Inscription de <tal:n replace='view/fullname' /> "
        "à « <tal:t replace='view/title' /> » enregistrée par la région.",
        register_to_a_meeting,
        "Inscription de Personne 1 à « Rencontre des acteurs du patrimoine » "
        "enregistrée par la région.",
        "Inscription confirmée : Rencontre des acteurs du patrimoine",
    ),
    "calls": (
        "mail-acknowledgement",
        "polepatrimoine.content.calls.application.IApplication",
        "polepatrimoine.workflows.calls.mails.MailView",
        "Candidature de <tal:s replace='view/structure' /> "
        "à « <tal:c replace='view/call_title' /> » enregistrée par la région.",
        submit_an_application,
        "Candidature de Atelier du patrimoine à « Appel appel-test » "
        "enregistrée par la région.",
        "Votre candidature à Appel appel-test a bien été reçue",
    ),
    "working groups": (
        "mail-join-requested",
        "polepatrimoine.content.workinggroups.workinggroup.IWorkingGroup",
        "polepatrimoine.workflows.workinggroups.mails.MailView",
        "Demande de <tal:u replace='view/user' /> pour « "
        "<tal:g replace='view/group' /> » enregistrée par la région : "
        "<tal:m replace='view/message' />",
        ask_to_join_a_group,
        "Demande de Outsider pour « Groupe test » enregistrée par la région : "
        "Je souhaite contribuer.",
        "[Groupe test] Nouvelle demande d'adhésion",
    ),
}


@pytest.mark.parametrize("feature", FEATURES)
def test_an_overridden_mail_template_is_the_real_mail(
    request, functional, smtp, override, feature
):
    name, for_, class_, template, act, expected, subject = FEATURES[feature]
    override(name, for_, class_, f"<tal:mail>\n{template}\n</tal:mail>\n")
    recipient = act(request)
    smtp.wait(1)
    (message,) = smtp.to(recipient)
    assert message.get_content().strip() == expected
    assert message["Subject"] == subject


@pytest.fixture
def world(functional, call_world):
    transaction.commit()
    return call_world


@pytest.fixture
def after_submit():
    """Make the submission fail after its mails are queued, as a later step would."""
    gsm = getGlobalSiteManager()
    required = (IApplication, IAfterTransitionEvent)
    failures = []

    def install(*errors):
        failures.extend(errors)

        def fail(application, event):
            transition = event.transition.id if event.transition else None
            if transition == "submit" and failures:
                raise failures.pop(0)

        gsm.registerHandler(fail, required)
        installed.append(fail)

    installed = []
    yield install
    for handler in installed:
        gsm.unregisterHandler(handler, required)


def submit(world):
    url, response = create_and_submit(world)
    transaction.begin()
    return response, api.content.get(path=url.split("/plone", 1)[1])


def test_an_aborted_request_sends_no_mail(world, smtp, after_submit):
    after_submit(RuntimeError("a later step failed"))
    response, application = submit(world)
    assert response.status_code == 500
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(application) == "draft"
    # The response leaves after the commit and its mails: nothing is on the way.
    assert smtp.messages == []


def test_a_retried_request_sends_each_mail_once(world, smtp, after_submit):
    after_submit(ConflictError())
    response, application = submit(world)
    assert response.status_code == 200, response.text
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(application) == "submitted"
    assert sorted(m["X-Envelope-To"] for m in smtp.messages) == [
        "applicant@exemple.fr",
        "contact@atelier.example",
        "juror@exemple.fr",
    ]
