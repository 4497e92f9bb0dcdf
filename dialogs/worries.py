"""What people worry about straight after the signpost, and the words that tell each worry.

Read only on the few typed turns just after a signpost (`ConversationState.after_signpost`):
the same words with no signpost before them keep the reply they always had. Phrases match as
whole words anywhere in a message, split as the matcher splits them ("I'm" reads "i am", "im"
stays "im"), so both spellings are listed. The first worry in `_PHRASES`' order whose phrase is
in a message wins: the most practical question first ("I'm scared, should I ring the police?"
asks about the police).
"""

from __future__ import annotations

from dialogs.worry import Worry
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words

# First-person words only for feelings: "she's scared of him" tells of the person, not the asker.
_FEELINGS = tuple(
    f"{me} {feel}"
    for me in (
        "i am",
        "im",
        "i am so",
        "im so",
        "i am really",
        "im really",
        "i feel",
        "i feel so",
        "i feel really",
    )
    for feel in (
        "scared",
        "frightened",
        "terrified",
        "shaking",
        "panicking",
        "sick",
        "in shock",
        "shocked",
        "anxious",
        "overwhelmed",
        "awful",
        "terrible",
        "dreadful",
        "horrible",
        "upset",
        "guilty",
        "bad",
        "numb",
        "devastated",
        "gutted",
        "freaking out",
        "out of my depth",
    )
)

_SHAKEN = (
    "upset me",
    "upsetting",
    "shaken me",
    "got to me",
    "cant stop shaking",
    "cant stop crying",
)

_PHRASES: tuple[tuple[Worry, tuple[str, ...]], ...] = (
    (
        Worry.POLICE,
        (
            *(f"{act} the police" for act in ("call", "ring", "phone", "contact", "tell", "get")),
            "report it to the police",
            "report this to the police",
            "report to the police",
            "involve the police",
            "police matter",
            "police involved",
            "police or",
            *(f"report {who} to the police" for who in ("him", "her", "them")),
            "matter for the police",
            "police be called",
            "police need to know",
            "police know",
            "police be told",
            "police be involved",
            "999",
        ),
    ),
    (
        Worry.NO_LEAD,
        (
            "who is our lead",
            "who our lead",
            "who is the lead",
            "who is the safeguarding lead",
            "who the safeguarding lead",
            "who is the designated safeguarding lead",
            "who is the dsl",
            "who the dsl",
            "who is our safeguarding lead",
            "who our safeguarding lead",
            "who is our dsl",
            "who our dsl",
            *(
                f"{know} who {whose}"
                for know in ("dont know", "do not know", "no idea", "not sure")
                for whose in ("our", "the", "my", "is")
            ),
            *(
                f"{who} {away}"
                for who in ("lead", "dsl", "lead is", "dsl is", "manager is")
                for away in (
                    "off",
                    "away",
                    "on holiday",
                    "on leave",
                    "out",
                    "sick",
                    "isnt",
                    "not in",
                    "in a meeting",
                    "busy",
                    "not available",
                    "unavailable",
                )
            ),
            "lead isnt",
            "dsl isnt",
            "out of hours",
            "its late",
            "on a night shift",
            "on night shift",
            "on nights",
            "lead left",
            "dsl left",
            "been replaced",
            "after hours",
            "its the weekend",
            "it is the weekend",
            "its a weekend",
            "no one in the office",
            "nobody in the office",
            "no one is in",
            "nobody is in",
            "no one around",
            "nobody around",
            "no one to ask",
            "nobody to ask",
            "no one to tell",
            "nobody to tell",
            *(
                f"{cant} {reach} {whom}"
                for cant in ("cant", "cannot", "can not")
                for reach in ("get hold of", "reach", "get through to")
                for whom in ("anyone", "anybody", "them", "the", "our", "my")
            ),
            "no one answering",
            "nobody answering",
            "no one is answering",
            "nobody is answering",
            "not answering",
            "isnt answering",
            "no answer",
            "dont have a safeguarding lead",
            "dont have a dsl",
            "dont have a lead",
            "no safeguarding lead",
            "no dsl",
        ),
    ),
    (
        Worry.SECRECY,
        (
            "not to tell",
            "not tell anyone",
            "not to say anything",
            "not say anything",
            "promised",
            "promise",
            "swear",
            "swore",
            "wouldnt say",
            "wouldnt tell",
            "would not tell",
            "wont tell",
            "keep it a secret",
            "keep it secret",
            "keep a secret",
            "keep this a secret",
            "keep this secret",
            "between us",
            "trust me again",
            "lose her trust",
            "lose his trust",
            "lose their trust",
            "break her trust",
            "break his trust",
            "betray*",
            "keep it confidential",
            "keep it to myself",
            "asked me not to",
            "told me not to",
            "begged me not to",
            "want me to tell",
            "want anyone to know",
        ),
    ),
    (
        Worry.IDENTITY,
        (
            "it was me",
            "it came from me",
            "came from me",
            "it is from me",
            "know i reported",
            "know i told",
            "know i rang",
            "know i called",
            "find out i",
            "anonymous",
            "anonymously",
            "my name",
            "know who reported",
            "come after me",
            "coming after me",
            "blame me",
            "retaliat*",
            "know who told",
        ),
    ),
    (
        Worry.QUESTIONING,
        (
            *(f"ask {who} more" for who in ("her", "him", "them")),
            *(f"ask {who} what happened" for who in ("her", "him", "them")),
            *(f"ask {who} about it" for who in ("her", "him", "them")),
            *(f"question {who}" for who in ("her", "him", "them")),
            *(f"{talk} to {who} again" for talk in ("talk", "speak") for who in ("her", "him")),
            "ask what happened",
            "more questions",
            *(f"{ask} {who} to write" for ask in ("get", "ask") for who in ("her", "him", "them")),
            "tell me everything",
            "tell me more",
            *(f"get {who} to tell" for who in ("her", "him", "them")),
            "ask questions",
            "more details",
            "more detail",
            "find out more",
            "get more information",
            "investigate",
        ),
    ),
    (
        Worry.RECORD,
        (
            "write it down",
            "write this down",
            "write down",
            "write it up",
            "write this up",
            "write up",
            "make notes",
            "make a note",
            "take notes",
            "what do i record",
            "what should i record",
            "what do i need to record",
            "record it",
            "record this",
            "note it down",
            "document it",
            "document this",
            "put in my notes",
        ),
    ),
    (
        Worry.TELL,
        tuple(
            f"{ask} {who}"
            for ask in (
                "do i tell",
                "should i tell",
                "shall i tell",
                "do i need to tell",
                "do i have to tell",
            )
            for who in ("her", "his", "their", "the", "mum", "dad", "my")
        ),
    ),
    (Worry.FEELINGS, _FEELINGS + _SHAKEN),
    (
        Worry.UNSURE,
        (
            "i am wrong",
            "im wrong",
            "be wrong",
            "got it wrong",
            "get it wrong",
            "making it up",
            "make it up",
            "made it up",
            "lying",
            *(
                f"not {sure} {what}"
                for sure in ("sure", "certain")
                for what in (
                    "it",
                    "if it",
                    "if this",
                    "if thats",
                    "that",
                    "this",
                    "thats",
                    "about this",
                    "about it",
                    "whether it",
                    "what i",
                    "what she",
                    "what he",
                    "i",
                    "she means",
                    "he means",
                )
            ),
            "unsure",
            "no proof",
            "any proof",
            "need proof",
            "proof",
            "no evidence",
            "any evidence",
            "need evidence",
            "evidence first",
            "turns out to be nothing",
            "its nothing",
            "nothing in it",
            "misunderstood",
            "misread",
            "misjudged",
            "word for it",
            "overthinking",
            "over thinking",
            "misheard",
            "not 100",
            "overreacting",
            "what if nothing",
            "nothing is happening",
            "nothing happening",
            "telling stories",
            "tells stories",
            "exaggerat*",
            "attention seeking",
            "over reacting",
        ),
    ),
)


class WorryReader:
    """Tells which worry a follow-up to a signpost speaks of. Pure; built once."""

    def __init__(self) -> None:
        self._sets = tuple((worry, PhraseSet(phrases)) for worry, phrases in _PHRASES)

    def worry(self, text: str) -> Worry | None:
        """The first worry (in order of precedence) whose words are in `text`, if any."""
        found = words(text)
        return next((w for w, s in self._sets if s.first_in_words(found) is not None), None)
