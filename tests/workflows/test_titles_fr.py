"""Workflow titles in French in the Classic UI and in plone.restapi (``plone`` domain)."""

from importlib.util import module_from_spec
from importlib.util import spec_from_file_location
from pathlib import Path
from plone import api
from zope.i18n import translate

import pytest


ROOT = Path(__file__).resolve().parents[2]
spec = spec_from_file_location("i18n", ROOT / "scripts" / "i18n.py")
i18n = module_from_spec(spec)
spec.loader.exec_module(i18n)

# English titles whose French is the same word: none yet.
SAME_IN_FRENCH = frozenset()


def suite_titles(portal):
    """(workflow, what, English text) of every state, transition, button and description.

    Plone's state menu shows the descriptions as its entries' tooltips.
    """
    for workflow in api.portal.get_tool("portal_workflow").objectValues():
        if not workflow.getId().startswith("polepatrimoine_"):
            continue
        yield workflow.getId(), "workflow", workflow.title
        for state in workflow.states.objectValues():
            yield workflow.getId(), f"state {state.getId()}", state.title
            if state.description:
                yield (
                    workflow.getId(),
                    f"state {state.getId()} description",
                    (state.description),
                )
        for transition in workflow.transitions.objectValues():
            where = f"transition {transition.getId()}"
            yield workflow.getId(), where, transition.title
            if transition.actbox_name:
                yield workflow.getId(), f"{where} button", transition.actbox_name
            if transition.description:
                yield workflow.getId(), f"{where} description", transition.description


def test_every_suite_title_is_french_in_the_plone_domain(portal):
    titles = list(suite_titles(portal))
    assert len({t[0] for t in titles}) >= 11
    assert len([t for t in titles if t[1].endswith(" description")]) >= 30
    english = [
        (workflow, what, title)
        for workflow, what, title in titles
        if title not in SAME_IN_FRENCH
        and translate(title, domain="plone", target_language="fr") == title
    ]
    assert english == []


def test_the_suite_keeps_its_own_french_where_plone_has_none(portal):
    """Plone's own catalog keeps its msgids; the others read as in the suite's pages."""
    plone_catalog = i18n.MessageCatalog(
        filename=str(
            Path(i18n.plone.app.locales.__file__).parent
            / "locales/fr/LC_MESSAGES/plone.po"
        )
    )
    for _workflow, _what, title in suite_titles(portal):
        ours = translate(title, domain="polepatrimoine", target_language="fr")
        assert ours != title
        if title in plone_catalog and plone_catalog[title].msgstr:
            continue
        assert translate(title, domain="plone", target_language="fr") == ours


@pytest.mark.parametrize("package", ["content", "workflows"])
def test_plone_domain_catalog_is_current(package):
    """``make i18n`` writes it from the definitions: a new workflow gets its titles."""
    po = i18n.catalog_path(package, "plone")
    assert po.read_text() == i18n.plone_domain_catalog(package)
    assert po.with_suffix(".mo").read_bytes() == i18n.compile_mo(po)
    assert 'msgstr ""\n\n' not in po.read_text().split("\n\n", 1)[1]
