"""Reading the JSON-LD blocks of a page as a search engine does."""

import json
import re


BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def job_postings(html: str) -> list[dict]:
    return [
        data
        for data in (json.loads(text) for text in BLOCK.findall(html))
        if data.get("@type") == "JobPosting"
    ]
