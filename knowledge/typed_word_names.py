"""The names the typed-words pack's lists and sections go by: the commands, the worries typed
just after a signpost, the lists of its `askers`, `whom_asked` and `friend` sections and the
answers its hedged leads give (`knowledge.typed_words`)."""

from __future__ import annotations

from typing import Literal, get_args

CommandName = Literal[
    "help",
    "topics",
    "check",
    "rules",
    "about",
    "back",
    "restart",
    "cancel",
    "resume",
    "record",
    "privacy",
    "fill",
    "questions",
]
WorryName = Literal[
    "others",
    "now-or-later",
    "only-logged",
    "turns-up",
    "protect",
    "police",
    "no-lead",
    "known",
    "no-names",
    "number",
    "my-business",
    "parents-consent",
    "alone",
    "whom",
    "consent-to-tell",
    "tell-first",
    "hold",
    "capacity",
    "consents",
    "refuses",
    "secret",
    "identity",
    "questioning",
    "record",
    "tell",
    "feelings",
    "unsure",
    "age",
    "another",
    "works-with",
    "close",
    "not-report",
    "children-too",
    "images",
    "duty",
    "into-care",
    "angry",
    "who-told",
    "thanked",
    "fault",
    "no-name",
    "leave-it",
    "law",
    "tell-parent",
    "their-parent",
    "in-trouble",
    "what-to-do",
    "staff",
    "staff-steps",
    "whereabouts",
    "threat",
    "where-now",
    "asked-where",
    "not-staff",
    "still-raise",
    "care-team",
    "in-charge",
    "danger-now",
    "go-in",
    "now-here",
    "attack-now",
    "drive-off",
    "now-past",
    "now-asked",
    "overdose-things",
    "overdose-now",
    "overdose-found",
    "overdose-safe",
    "before-travel",
    "accused-consent",
]
"""The worries typed just after a signpost that the conversation has a reply for (by value:
`dialogs.worry.Worry`)."""
AskerList = Literal["asking", "with", "telling"]
"""The lists of `TypedWordsPack.askers`."""
WhomList = Literal["asking", "between", "contacting"]
"""The lists of `TypedWordsPack.whom_asked`."""
FriendList = Literal[
    "friends",
    "at_school",
    "not_harm",
    "us",
    "years",
    "openings",
    "in_year",
    "at_work",
    "own_body",
    "friend_is",
    "someone_else",
    "relations",
    "to_me",
    "childhood",
    "young_words",
    "grown",
    "known",
    "nearby",
    "own_parent",
    "grown_self",
    "own_things",
]
"""The lists of `TypedWordsPack.friend`."""
# Hedged leads are tried in the order written: "no idea" is not sure before "no" is no, "we
# haven't asked" is not asked before "we haven't" is no, "it is not" is no before "it is" yes.
LeadAnswer = Literal["not-sure", "unsafe-to-ask", "not-asked", "refused", "no", "yes"]
LEAD_ORDER: tuple[LeadAnswer, ...] = get_args(LeadAnswer)
