"""``@@actors.csv``: the directory's « Télécharger en CSV » button, a French spreadsheet."""

from polepatrimoine.content.actors import search
from polepatrimoine.content.actors.importer.download import export_download
from polepatrimoine.content.actors.importer.download import set_download_headers
from polepatrimoine.content.common.rest import translated
from Products.Five.browser import BrowserView


class ActorsCSV(BrowserView):
    """The same export as ``@actors-export``, for a browser (no JSON Accept
    header needed) and in the French style unless ``?style=tokens``."""

    def __call__(self):
        response = self.request.response
        try:
            data = export_download(self.request, default_style="fr")
        except search.FilterError as error:
            response.setStatus(400)
            response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return translated(error.message, self.request)
        set_download_headers(response)
        return data
