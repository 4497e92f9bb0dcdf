"""Spotting details that could identify someone, so the assistant can ask people to leave them out.

Nothing here stores or logs text; it only answers "does this look identifying?".
"""

from __future__ import annotations

import re

_PATTERNS = (
    re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"),  # e-mail address
    re.compile(r"(?<!\d)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\d)"),  # UK phone number
    re.compile(r"(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)"),  # NHS number
    re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.IGNORECASE),  # NI number
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE),  # postcode
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b"),  # date, e.g. of birth
    re.compile(r"\b(?:born|dob|d\.o\.b\.?|date of birth)\b", re.IGNORECASE),
)


def looks_identifying(text: str) -> bool:
    """Whether the text contains something that looks like personal data."""
    return any(p.search(text) for p in _PATTERNS)
