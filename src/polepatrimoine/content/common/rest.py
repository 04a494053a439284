"""REST services of the suite: one folder per endpoint."""

from zExceptions import BadRequest

import json


def bad_request(request, message: str, **extra) -> dict:
    """Set HTTP 400 and return plone.restapi's error body."""
    request.response.setStatus(400)
    return {"error": {"type": "BadRequest", "message": message, **extra}}


__all__ = ["BadRequest", "bad_request", "json"]
