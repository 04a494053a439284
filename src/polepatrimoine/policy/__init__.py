"""polepatrimoine.policy."""

from zope.i18nmessageid import MessageFactory

import logging


PACKAGE_NAME = "polepatrimoine.policy"

_ = MessageFactory("polepatrimoine")

logger = logging.getLogger(PACKAGE_NAME)
