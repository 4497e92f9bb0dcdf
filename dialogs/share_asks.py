"""Whether a typed message asks for a decision to share rather than a fact: it asks to share
("can I tell her GP?"), tells of someone asking for information held about a person ("the GP
surgery wants our notes"), or points back at someone already spoken of ("can I tell her mum?").
Patterns, not words: each is linear, and compiled only when a message may match it.
"""

from __future__ import annotations

from knowledge.lazy_pattern import LazyPattern, holding

_SHARE_VERBS = r"(share|pass|tell|disclose|give|send|report|inform|text|message|phone|ring|forward)"
_SHARE_REQUEST = LazyPattern(
    r"\b(can|could|may|should|shall|must) (i|we) (still |just |also |now |then |actually )?"
    rf"({_SHARE_VERBS}|let .{{1,20}} know)\b"
    rf"|\b(am i|are we) (allowed|able|ok|okay|permitted) to {_SHARE_VERBS}\b"
    rf"|\bis it (ok|okay|alright|all right|legal|lawful|fine) (for me |for us )?to {_SHARE_VERBS}\b"
    r"|\bshould (this|it|that) be shared\b"
    # "can the school know?", "should her GP be told?": a party named as the one who would know.
    r"|(?<!how )(?<!what )\b(can|could|may|should|must) (the|their|his|her|our|my) (\w+ ){0,2}"
    r"(know|be told|be informed)\b"
    r"|\b(decide|deciding|unsure|not sure|wondering|debating) (whether|if) (or not )?(to|i should|"
    rf"we should|i can|we can) ({_SHARE_VERBS}|refer|let)\b",
    needs=holding(
        "can",
        "could",
        "may",
        "should",
        "shall",
        "must",
        "am i",
        "are we",
        "is it",
        "decid",
        "unsure",
        "not sure",
        "wondering",
        "debating",
    ),
)
_THINGS_HELD = (
    r"(records?|notes|files?|details|information|info|data|reports?|address|phone number|"
    r"contact details|history|assessments?|plans?|minutes|statements?)"
)
_REQUEST = LazyPattern(  # few messages reach it (`tells_of_request`)
    r"(?<!dont )(?<!not )(?<!never )\b(asked|asking|asks|ask|wants|want|wanted|requested|"
    r"requesting|requests|request|demanding|demanded) (us |me )?(for |to see |to have |to look at "
    r"|to send |to share )?(a copy of |copies of |access to |sight of )?"
    r"(our|my|the|their|his|her|your|all|any|a) (\w+ ){0,2}"
    rf"{_THINGS_HELD}\b(?! (closed|deleted|destroyed|removed|corrected|amended|changed|updated))"
    r"|\b(asked|asking|asks|wants to know|want to know|wanted to know|checking|enquiring|"
    r"inquiring|rang to ask|phoned to ask) (us |me )?(if|whether) (\w+ ){0,6}(known to|open to|"
    r"attends|attending|attended|using|uses|registered|on our|working with|involved with|in "
    r"contact with|in touch with|seen by|been seen|a client|a patient|a pupil|a resident)\b"
    r"|\b(do|must) (i|we) (have to|need to|got to) (hand|give|pass|send|share|disclose|tell|"
    r"inform|report) "
    # "the police have asked for CCTV of a fight": footage, which people name without "the".
    r"|\b(asked|asking|asks|wants|want|wanted|requested|requesting) (us |me )?(for |to see )?"
    r"(the |our |any |a copy of (the )?|copies of (the )?)?(cctv|footage)\b"
    # "if they ring up asking about a patient": someone in the service, asked about.
    r"|\b(asked|asking|asks|enquiring|inquiring) (us |me )?about (a|an|one of our|our) "
    r"(patient|pupil|student|client|resident|service user|tenant|child|young person|family)"
)


def asks_to_share(simple: str) -> bool:
    """Whether the message asks for a decision ("can I share this?") rather than a fact."""
    return bool(_SHARE_REQUEST.search(simple))


def tells_of_request(simple: str) -> bool:
    """Whether the message tells of someone asking for information held about a person ("the
    GP surgery wants our notes on a family", "housing asked whether a tenant is known to us"):
    a decision to make, as asking to share is. "Why does the form want their details?" asks why,
    and a file wanted closed or corrected is not wanted shared."""
    return not simple.startswith("why ") and bool(_REQUEST.search(simple))


# "can I tell her mum?", "should I let them know?": someone already spoken of.
_BACK = frozenset(
    {"he", "she", "him", "her", "his", "hers", "hes", "shes", "they", "them", "their", "theyre"}
)


def refers_back(simple: str) -> bool:
    """Whether a message points back at someone already spoken of: a third-person pronoun among
    its words ("can I tell her mum?"). "can I send the match report to the league?" names a
    new matter, which a caution given for an earlier case may not concern."""
    return not _BACK.isdisjoint(simple.split())
