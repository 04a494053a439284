"""A control panel of registry records: its Classic UI form and its ``@controlpanels`` entry."""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.z3cform import layout
from polepatrimoine.content.interfaces import IBrowserLayer
from zope.component import adapter
from zope.interface import Interface


def registry_controlpanel(schema, prefix, configlet_id, title, label, description):
    """The page (``@@<configlet_id>``, a registry edit form) and the REST panel
    (register it as a named adapter: ``@controlpanels/<name>``) of one schema."""
    name = schema.__name__.removeprefix("I")
    form = type(
        f"{name}Form",
        (RegistryEditForm,),
        {
            "schema": schema,
            "schema_prefix": prefix,
            "label": label,
            "description": description,
        },
    )
    panel = type(
        f"{name}Controlpanel",
        (RegistryConfigletPanel,),
        {
            "schema": schema,
            "schema_prefix": prefix,
            "configlet_id": configlet_id,
            "configlet_category_id": "Products",
            "title": title,
            "group": "Add-on Configuration",
        },
    )
    view = layout.wrap_form(form, ControlPanelFormWrapper)
    return view, adapter(Interface, IBrowserLayer)(panel)
