"""The privacy reminder said to the person at risk or their family, not to a practitioner."""


def privacy_for_writer(questions_kept: bool = False) -> str:
    """The one-off privacy reminder, for the person at risk or their family: what a
    practitioner is asked (not to type the details of the people they work with) said as what
    they need not give, and as truthfully whether any question text is kept."""
    given = "You don't need to give your name, or anyone else's, here."
    if questions_kept:
        return (
            f"{given} I don't keep what you tell me about harm; some other messages I can't "
            "answer are kept for a while, with names and details taken out, to improve this tool."
        )
    return f"{given} I don't keep what you type."
