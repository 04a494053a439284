"""polepatrimoine.content."""

from zope.i18nmessageid import MessageFactory

import logging


PACKAGE_NAME = "polepatrimoine.content"

_ = MessageFactory("polepatrimoine")

logger = logging.getLogger(PACKAGE_NAME)
