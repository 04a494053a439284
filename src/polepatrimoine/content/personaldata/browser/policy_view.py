"""``@@personal-data-policy``: the public page « Données personnelles »."""

from polepatrimoine.content.personaldata.policy import policy
from Products.Five import BrowserView


class PolicyView(BrowserView):
    def __call__(self):
        self.data = policy(self.request)
        return self.index()

    def title(self):
        return self.data["title"]
