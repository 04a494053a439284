"""An integrator overrides a call's mail body with ZCML (a ``mail-*`` browser page
for their own browser layer, based on the suite's, or an ``overrides.zcml``
replacing the suite's page): the e-mail the real SMTP server receives after a
real submission uses their text."""

from plone.browserlayer.utils import register_layer
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.interfaces import IBrowserLayer
from tests.services.calls_http import create_and_submit
from zope.component import getGlobalSiteManager
from zope.component.hooks import site
from zope.configuration import xmlconfig
from zope.interface import Interface

import Products.Five
import pytest
import transaction


class IIntegratorLayer(IBrowserLayer):
    """The browser layer of an integrator's theme add-on."""


INTEGRATOR_TEMPLATE = """\
<tal:mail>
Bonjour de la part de l'équipe régionale !
<tal:s tal:replace="view/structure" /> est bien candidate à « <tal:c tal:replace="view/call_title" /> ».
Suivre le dossier : <tal:u tal:replace="view/url" />
</tal:mail>
"""

# What an integrator writes in their add-on's configure.zcml (their layer) or
# overrides.zcml (the suite's layer: replaces the suite's page).
INTEGRATOR_ZCML = """\
<configure
    xmlns="http://namespaces.zope.org/zope"
    xmlns:browser="http://namespaces.zope.org/browser">
  <browser:page
      name="mail-acknowledgement"
      for="polepatrimoine.content.calls.application.IApplication"
      class="polepatrimoine.workflows.calls.mails.MailView"
      template="{template}"
      permission="zope2.View"
      layer="{layer}"
      />
</configure>
"""


@pytest.fixture(params=["browser-layer", "overrides-zcml"])
def mail_override(request, world, tmp_path):
    """Load the integrator's ZCML; restore the global registry afterwards."""
    template = tmp_path / "acknowledgement.pt"
    template.write_text(INTEGRATOR_TEMPLATE, encoding="utf-8")
    if request.param == "browser-layer":
        # The integrator's add-on profile installs its layer (browserlayer.xml).
        register_layer(IIntegratorLayer, "integrator.theme")
        transaction.commit()
        layer = IIntegratorLayer
    else:
        layer = IBrowserLayer
    gsm = getGlobalSiteManager()
    required = (IApplication, layer)
    name = "mail-acknowledgement"
    original = gsm.adapters.lookup(required, Interface, name)
    previous = [
        r
        for r in gsm.registeredAdapters()
        if r.name == name and tuple(r.required) == required
    ]
    # ZCML handlers register on the current site manager: the global one, as
    # at start-up, not the test portal's persistent registry.
    with site(None):
        context = xmlconfig.file("meta.zcml", Products.Five)
        xmlconfig.string(
            INTEGRATOR_ZCML.format(
                template=template, layer=f"{layer.__module__}.{layer.__name__}"
            ),
            context=context,
        )
    yield request.param
    gsm.unregisterAdapter(required=required, provided=Interface, name=name)
    for registration in previous:
        gsm.registerAdapter(
            registration.factory, required, Interface, name, registration.info
        )
    assert gsm.adapters.lookup(required, Interface, name) is original


def test_mail_template_override_is_used_for_the_real_mail(world, smtp, mail_override):
    url, submitted = create_and_submit(world)
    assert submitted.status_code == 200, submitted.text

    smtp.wait(3)  # the acknowledgement twice, the jury's notice
    for address in ("contact@atelier.example", "applicant@exemple.fr"):
        (acknowledgement,) = smtp.to(address)
        body = acknowledgement.get_content()
        assert body.startswith("Bonjour de la part de l'équipe régionale !\n")
        assert (
            "Atelier du patrimoine est bien candidate à « Appel appel-test »." in body
        )
        assert f"Suivre le dossier : {url}" in body
        assert "Nous avons bien reçu" not in body
        # The subject is not part of the template.
        assert acknowledgement["Subject"] == (
            "Votre candidature à Appel appel-test a bien été reçue"
        )
    # The other mails keep the suite's templates.
    (notice,) = smtp.to("juror@exemple.fr")
    assert "a déposé une candidature" in notice.get_content()
    assert "équipe régionale" not in notice.get_content()
