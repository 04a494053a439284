"""polepatrimoine.workflows."""

from zope.i18nmessageid import MessageFactory

import logging


PACKAGE_NAME = "polepatrimoine.workflows"

_ = MessageFactory("polepatrimoine")

logger = logging.getLogger(PACKAGE_NAME)
