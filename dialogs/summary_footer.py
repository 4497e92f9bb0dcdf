"""The last line of every summary of the guidance in the assistant's own words."""

from __future__ import annotations


def summary_footer(guidance: str, status: str) -> str:
    """Says a summary of `guidance` is in our own words, not a quoted published answer, with the
    Q&A's one-line `status` (the about pack's `short_status`)."""
    return (
        f"*A summary in our own words of {guidance}, not a quoted published answer. "
        f"{status}: type about for what is current.*"
    )
