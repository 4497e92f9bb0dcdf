"""The offer of the consent check, for "can I share this?": the decision is the practitioner's,
and the check helps make it. Moved from `dialogs.texts` (round 43), which was at its length
limit, when a writer with no safeguarding lead of their own got a lead of its own (tryout44 #6).
"""

from __future__ import annotations

from dialogs.contract import Choice, Private, Reply


def offer_check(
    check: Choice,
    topics: Choice,
    *,
    concern: bool = False,
    earlier: bool = False,
    alone: bool = False,
    professional: bool = False,
) -> Reply:
    """The offer of the consent check, with its `check` and `topics` buttons.

    Args:
        concern: a risk of harm was described in this conversation: telling the family, or
            asking for consent, may come second to keeping someone safe (key question 4).
        earlier: that risk was described some turns ago, so this question may be about
            someone else: the caution is given for the case it was described in.
        alone: the writer said they have no safeguarding lead of their own (a self-employed
            hairdresser, a taxi driver; `ConversationState.alone`): social care's front door,
            rung by them, comes first, never "your designated safeguarding lead".
        professional: with a `concern`, the question asks to tell a colleague or another
            professional ("can i tell her teacher too"): sharing what they need to keep the
            person safe is normally right, not "don't tell anyone who may be involved".
    """
    if alone:
        first_step = (
            "contact social care at your council first: with no safeguarding lead of your "
            "own, you can ring them yourself, and ask for advice without giving a name."
        )
    else:
        first_step = "speak to your designated safeguarding lead first."
    lead = (
        f"If this is about what you described earlier, {first_step}"
        if earlier
        else f"Because of what you've described, {first_step}"
    )
    if concern and professional:
        return Reply(
            text=f"**{lead}** Telling a colleague or another professional what they need to "
            "know to keep the person safe is normally right: your safeguarding lead decides, "
            "with you, who else needs to know and what. Share only what is needed, securely, "
            "and record what you shared, with whom and why (golden rule 6).",
            choices=(check, topics),
            private=Private.RISK_OF_HARM,
        )
    first = (
        f"**{lead}** Don't tell anyone who may be involved, or ask for consent, if that could "
        "increase the risk of harm or get in the way of an investigation into a serious "
        "crime (key question 4).\n\n"
        if concern
        else ""
    )
    return Reply(
        text=f"{first}That's a decision for your professional judgement, and I can help you "
        "make it. "
        "The consent check takes you through the seven key questions of the guidance and "
        "ends with a record for your case notes. If you think someone is at risk of harm, "
        "follow your protection procedures now.",
        choices=(check, topics),
        # What was described is never spoken of where others can read it.
        private=Private.RISK_OF_HARM if concern else None,
    )
