"""Catalog data of calls and applications (listings read brains)."""

from plone.indexer import indexer
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.calls.call import ICall
from polepatrimoine.content.common import workflow


@indexer(ICall)
def call_programme(obj):
    return obj.programme


@indexer(ICall)
def call_close_date(obj):
    """The closing day: the home page lists the open calls by it, from brains."""
    return obj.close_date


@indexer(IApplication)
def application_department(obj):
    return obj.department or ""


@indexer(IApplication)
def submitted_on(obj):
    """When the application was last submitted (from its workflow history)."""
    for entry in reversed(workflow.history(obj)):
        if entry.get("action") == "submit":
            return entry["time"]
    return None
