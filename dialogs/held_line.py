"""Replies just after a signpost to someone talking themselves out of reporting (tryout38 #4):
"is it ok to not report it then?", "can i just keep an eye on her", "my colleague says the
family are lovely and its nothing". The line is held, kindly and first, in a short reply: tell
the safeguarding lead today; passing on a worry is not accusing anyone; watching is not enough
on its own. The words are the about pack's (`not_reporting`); the phrases that tell the worry,
the typed-words pack's `not-report`.
"""

from __future__ import annotations

from dialogs.contract import Private, Reply
from knowledge.text_packs import AboutPack


def not_reporting(about: AboutPack) -> Reply:
    """The line held against not reporting. It speaks of the signposted case, so in a shared
    place it goes to its writer alone, as the signpost did (a channel never sees the bot let
    not reporting pass, nor argue it in public)."""
    return Reply(text=about.not_reporting, private=Private.RISK_OF_HARM)
