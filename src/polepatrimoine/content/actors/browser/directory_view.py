"""The directory of actors (default view of the ``acteurs`` section) and its import form."""

from plone import api
from plone.batching import Batch
from plone.protect import CheckAuthenticator
from polepatrimoine.content import _
from polepatrimoine.content.actors import geojson
from polepatrimoine.content.actors import search
from polepatrimoine.content.actors.importer.parse import MAX_UPLOAD_BYTES
from polepatrimoine.content.actors.importer.publish import PublishRefused
from polepatrimoine.content.actors.importer.report import ImportResult
from polepatrimoine.content.actors.importer.report import RowError
from polepatrimoine.content.actors.importer.run import import_csv
from polepatrimoine.content.common import geojson as maps
from polepatrimoine.content.common.facets import plural_text
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import count_param
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.vocabularies import DEPARTMENTS
from Products.Five.browser import BrowserView
from urllib.parse import urlencode
from zope.i18n import translate

import transaction


NOUNS = (_("${count} actor"), _("${count} actors"))


def no_next_previous(context):
    """No next/previous links between actors.

    Computing them lists every id of the folder at each actor's view or REST GET,
    which thousands of actors make slow.
    """
    return None


class DirectoryView(BrowserView):
    page_size = 50

    def __call__(self):
        try:
            self.filters = search.filters_from_form(self.request.form)
            self.start = count_param(self.request, "b_start")
            self.filter_error = None
        except (search.FilterError, RequestError) as error:
            self.filters, self.start = {}, 0
            self.filter_error = translated(error.message, self.request)
            # The page still lists the directory, with the error above it.
            self.request.response.setStatus(400)
        self.brains = search.search(self.filters, sort_on="sortable_title")
        return self.index()

    def facets(self):
        return search.facets_for_display(self.filters, self.request, NOUNS)

    @property
    def total(self) -> int:
        return len(self.brains)

    def total_text(self) -> str:
        return plural_text(self.total, *NOUNS, self.request)

    def unmapped(self) -> int:
        rows = maps.metadata_rows(self.brains, ("latitude", "longitude"))
        return sum(1 for row in rows if not maps.has_position(row))

    def batch(self):
        return Batch(self.brains, self.page_size, self.start)

    def query_string(self) -> str:
        return urlencode(search.DIRECTORY.query_pairs(self.filters))

    def geojson_url(self) -> str:
        query = self.query_string()
        url = f"{self.context.absolute_url()}/@actors-geojson"
        return f"{url}?{query}" if query else url

    def export_url(self) -> str:
        query = self.query_string()
        # A page for browsers: the REST service answers only a JSON Accept.
        url = f"{self.context.absolute_url()}/@@actors.csv"
        return f"{url}?{query}" if query else url

    def map_settings(self) -> dict:
        return {
            "tile_url": api.portal.get_registry_record("polepatrimoine.map.tile_url"),
            "attribution": api.portal.get_registry_record(
                "polepatrimoine.map.tile_attribution"
            ),
        }

    def category_title(self, token) -> str:
        return geojson.CATEGORY_TITLES.get(token, "")

    def department_title(self, code) -> str:
        return dict(DEPARTMENTS).get(code, code or "")

    def can_import(self) -> bool:
        return api.user.has_permission(
            "polepatrimoine: Import actors", obj=self.context
        )

    def can_add(self) -> bool:
        return api.user.has_permission("polepatrimoine: Add Actor", obj=self.context)

    def static(self) -> str:
        return f"{api.portal.get().absolute_url()}/++plone++polepatrimoine.content"


class ImportView(BrowserView):
    """The CSV import as a form: the same rules as @actors-import."""

    result = None

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.submitted"):
            CheckAuthenticator(self.request)
            upload = self.request.form.get("file")
            data = upload.read() if upload else b""
            if not data:
                self.result = ImportResult(
                    errors=[
                        RowError(
                            0,
                            "file",
                            translate(_("Choose a CSV file."), context=self.request),
                        )
                    ]
                )
            else:
                try:
                    self.result = import_csv(
                        data, self.context, max_bytes=MAX_UPLOAD_BYTES
                    )
                except PublishRefused as refused:
                    self.result = ImportResult(errors=[RowError(0, "", str(refused))])
            if self.result.errors:
                transaction.doom()
            else:
                api.portal.show_message(
                    translate(
                        _(
                            "Import done: ${created} actors created, ${updated} updated.",
                            mapping={
                                "created": self.result.created,
                                "updated": self.result.updated,
                            },
                        ),
                        context=self.request,
                    ),
                    request=self.request,
                )
                self.request.response.redirect(self.context.absolute_url())
                return ""
        return self.index()
