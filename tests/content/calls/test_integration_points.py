"""Two documented behaviours of the calls, tested as their users meet them.

- An integrator overrides a mail body with ZCML (a ``mail-*`` browser page for
  their own browser layer, based on the suite's, or an ``overrides.zcml``
  replacing the suite's page): the e-mail the real SMTP server receives after a
  real submission uses their text.
- In Chromium, an applicant who attaches an SVG file to the Classic UI add form
  sees the French refusal under the field, and no application is created.
"""

from playwright.sync_api import expect
from plone import api
from plone.browserlayer.utils import register_layer
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.interfaces import IBrowserLayer
from tests.fixtures.browser import login
from tests.fixtures.calls import login_name
from tests.fixtures.calls import valid_data
from tests.fixtures.users import PASSWORD
from tests.services.calls_http import as_user
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


@pytest.fixture
def world(functional, call_world):
    transaction.commit()
    return call_world


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
    applicant = as_user("applicant")
    created = applicant.post(
        world.call.absolute_url(), json={"@type": "Application", **valid_data()}
    )
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    submitted = applicant.post(f"{url}/@workflow/submit", json={})
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


SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>\n"
)


def test_svg_attachment_refused_in_the_add_form(world, new_page):
    portal_url = world.portal.absolute_url()
    page = new_page()
    login(page, portal_url, login_name("applicant"), PASSWORD)
    page.wait_for_selector("#personaltools-logout", state="attached")
    page.goto(world.call.absolute_url())
    page.get_by_role("link", name="Déposer une candidature").click()
    page.fill("#form-widgets-structure_name", "Atelier des vitraux")
    page.check("#form-widgets-consent-0")
    tabs = page.locator("nav.autotoc-nav")
    tabs.get_by_text("Pièces jointes").click()
    page.set_input_files(
        "#form-widgets-document_presentation-input",
        files=[
            {"name": "presentation.svg", "mimeType": "image/svg+xml", "buffer": SVG}
        ],
    )
    page.click("#form-buttons-save")
    page.wait_for_load_state()

    expect(page.locator(".portalMessage")).to_contain_text("Il y a des erreurs.")
    # The form comes back on its first tab: the applicant opens the attachments.
    tabs.get_by_text("Pièces jointes").click()
    message = (
        "Ce format de fichier n'est pas accepté "
        "(formats acceptés : PDF, ODT, DOCX, PNG, JPEG)."
    )
    field = page.locator("#formfield-form-widgets-document_presentation")
    expect(field.locator(".invalid-feedback")).to_have_text(message)
    expect(field.get_by_text(message)).to_be_visible()
    # The file is the only error: everything else would have been saved.
    expect(page.locator(".invalid-feedback")).to_have_count(1)

    # Sending the form again keeps the refused upload ("Garder le fichier
    # existant"): it is checked again, not let through.
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    tabs.get_by_text("Pièces jointes").click()
    expect(field.get_by_text(message)).to_be_visible()
    assert "++add++Application" in page.url

    transaction.begin()
    assert list(world.call.objectIds()) == []
    found = api.content.find(portal_type="Application", unrestricted=True)
    assert "Atelier des vitraux" not in [brain.Title for brain in found]
