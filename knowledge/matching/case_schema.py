"""The schema of the not-covered pack's `case_questions`: the words that tell a question about
one case from a question about the guidance, and the stories told before one.

Its values are `knowledge.matching.models.CaseQuestions`; the pack's own model
(`knowledge.matching.schema.NotCoveredPack`) holds it.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from knowledge.matching.schema_checks import StrictModel, phrases_checked


class CaseQuestions(StrictModel):
    """How to tell a question about one case ("can I tell the school about…?") from a question
    about the guidance: a sharing verb and a named party, both in the question itself."""

    topic: str = Field(min_length=1, description="the topic whose reply such questions get")
    verbs: tuple[str, ...] = Field(min_length=1)
    parties: tuple[str, ...] = Field(min_length=1)
    people: tuple[str, ...] = Field(
        default=(),
        description="the person the information is about, by their relation to the service "
        "(patient, pupil, client…): like a party, no reason to withhold an entry that answers "
        "case questions",
    )
    subjects: tuple[str, ...] = Field(
        default=(),
        description="particular settings, ages, laws and situations (as the parties, words or "
        "phrases, a last word ending in * a prefix): an entry is quoted for a question naming "
        "one, a party or a person only when the entry's own wording names it too",
    )
    settings: tuple[str, ...] = Field(
        default=(),
        description="places where a service is given (a nursery, a pharmacy, a care home): "
        "subjects as the others are, except to an entry that `speaks_of_parties`, whose answer "
        "holds whichever service a question names ('is the guidance for nurseries?')",
    )

    consent_after: tuple[str, ...] = Field(
        default=(),
        description="words that, right after a party or person, name them as the one whose "
        "consent or wishes are asked about ('the parents' consent', 'mum said no'): the one "
        "asked, not the one the information would go to, so no reason to hold an entry back",
    )
    consent_before: tuple[str, ...] = Field(
        default=(),
        description="the same, right before the party or person ('consent from the')",
    )
    owner_after: tuple[str, ...] = Field(
        default=(),
        description="words that, right after a party or person, name them as the one the "
        "information is about ('a patient's information', 'something a pupil told me'): whose "
        "it is, not where it would go nor a setting the question is asked in",
    )
    owner_before: tuple[str, ...] = Field(
        default=(),
        description="the same, right before the party or person ('information about a')",
    )
    owner_group_after: tuple[str, ...] = Field(
        default=(),
        description="what is always someone's ('confidence'): right before it, a short noun "
        "group opened by a word of `owner_group_openers` names whose it is, listed as a party "
        "or not ('a young person's confidence')",
    )
    owner_group_openers: tuple[str, ...] = Field(
        default=(),
        description="words opening such a noun group ('a', 'the', 'my')",
    )
    owner_group_breaks: tuple[str, ...] = Field(
        default=(),
        description="words no such noun group holds ('in': 'tell the GP in confidence')",
    )
    other_acts: tuple[str, ...] = Field(
        default=(),
        description="words that name an act a question asks consent or leave for ('allowed "
        "to', 'permission to'): when the question names no act of sharing (`verbs`) and "
        "nothing shared (`shared_things`) anywhere, that act is not sharing ('is she allowed "
        "to smack them if we give permission?') and no entry is quoted",
    )
    shared_things: tuple[str, ...] = Field(
        default=(),
        description="what is shared, or ways of passing it on that are not in `verbs` "
        "('information', 'records', 'contact'): naming one makes a question about sharing",
    )
    outside_parties: tuple[str, ...] = Field(
        default=(),
        description="people outside the services (family, friends, the press, a solicitor), "
        "parties as the others are: named after a sharing verb ('can I tell a journalist?'), "
        "no entry is quoted, even one that answers case questions",
    )
    colleagues: tuple[str, ...] = Field(
        default=(),
        description="people in the asker's own organisation (a manager, a supervisor, senior "
        "leaders): named after a sharing verb ('can I share this with my manager?') as "
        "`outside_parties` are, so the entry on organisational support, whose anchors name "
        "them as the ones supporting, is not quoted for telling them",
    )
    roles: tuple[str, ...] = Field(
        default=(),
        description="the asker's roles ('receptionist', 'youth worker', 'DSL'): a label "
        "ending with one (or a party) before a dash or colon says who asks ('health visitor "
        "- mum won't give consent…'), and the question is read without it",
    )
    provisions: tuple[str, ...] = Field(
        default=(),
        description="single words that, followed by a number, name a numbered part of a law "
        "or code ('section 42', 'schedule 2'): like a year ('the 2018 guidance'), such a "
        "subject is quoted only an entry whose own wording names it",
    )

    requests: tuple[str, ...] = Field(
        default=(),
        description="words of asking for something ('asked', 'wants'): a story telling of an "
        "outside party asking ('a journalist has asked…'), then a short question ('Does the "
        "DPA stop me?'), is about that request, and no entry is quoted",
    )

    own_wishes: tuple[str, ...] = Field(
        default=(),
        description="words that, right after one of `requests`, make it the party's own wish to "
        "share ('to share', 'to tell': 'the bank wants to share…'), not a request for "
        "information",
    )

    requesters: tuple[str, ...] = Field(
        default=(),
        description="people outside the services who are not `outside_parties` (not named "
        "after a sharing verb, where 'family' would also be 'family support'), but whose "
        "request told in a story ('the family want the CCTV…', 'a carer wants to know what "
        "tablets…') makes the short question after it about that request",
    )

    refers_back: tuple[str, ...] = Field(
        default=(),
        description="a sharing verb whose object is a word pointing back ('sharing it', "
        "'passing them on'): the thing shared is in the story before the question, so the "
        "story's subjects count as the question's ('we have CCTV of the car park. does data "
        "protection stop us sharing it?' names CCTV, which no entry speaks of)",
    )
    documents: tuple[str, ...] = Field(
        default=(),
        description="documents someone writes or keeps other than the guidance ('privacy "
        "notice', 'toolkit', 'policy'): a short question pointing back ('what is its "
        "purpose?') after a story naming one asks of it, not of the guidance",
    )
    pointers: tuple[str, ...] = Field(
        default=(),
        description="single words pointing back to something named before ('it', 'its', "
        "'they'), read with `documents`",
    )
    held_things: tuple[str, ...] = Field(
        default=(),
        description="records and media a story may name as what is held and then shared "
        "('CCTV', 'photos', 'the register'): after `refers_back`, one in the story that an "
        "entry's own wording never names holds that entry back",
    )

    formal_requesters: tuple[str, ...] = Field(
        default=(),
        description="parties whose requests for information have rules of their own (the "
        "police, a court): a message telling of a request from one ('the police want a "
        "statement about a pupil, does the DPA allow it?') is quoted no entry and gets the "
        "reply of `formal_topic`",
    )
    formal_topic: str | None = Field(
        default=None, description="the topic whose reply a formal request gets"
    )
    consent_topics: tuple[str, ...] = Field(
        default=(),
        description="other topics whose questions asking whether one may share without consent "
        "are case questions too: 'do I need consent to share with the MASH?' asks about consent, "
        "not how to make a referral",
    )
    own_request_topic: str | None = Field(
        default=None,
        description="the topic whose reply a person's own request gets: someone close to the "
        "asker asking them to pass on his own information ('my employer asked me to email his "
        "OT', `knowledge.matching.claim_source.own_requester`), when no entry answers",
    )
    own_request_over: tuple[str, ...] = Field(
        default=(),
        description="topics the reply of `own_request_topic` is given in place of, for such a "
        "request: an outside body's request or a case question is not what it tells",
    )

    withholding: tuple[str, ...] = Field(
        default=(),
        description="acts of keeping something from someone, each as two phrases with '…' "
        "between ('keep … from', 'withhold … from'): the second a few words after the first, "
        "then a party, names that party as the one not told, the mirror of a sharing verb's "
        "recipient ('is it right to keep vital information from parents?' asks about one case "
        "as 'is it right to tell parents?' does)",
    )

    addressing: tuple[str, ...] = Field(
        default=(),
        description="acts whose next word names who is told ('contact', 'tell', 'refer to', "
        "'write to'): a name written in capitals there ('before we contact CADS about a "
        "child') is a service the asker tells, listed among the parties or not, so the "
        "question is about one case",
    )

    @field_validator("withholding")
    @classmethod
    def _check_withholding(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        problems = [
            f"{v!r} is not two phrases with '…' between" for v in values if v.count("…") != 1
        ]
        phrases_checked(tuple(p.strip() for v in values for p in v.split("…")))
        if problems:
            raise ValueError("; ".join(problems))
        return values

    @field_validator(
        "own_wishes",
        "verbs",
        "parties",
        "people",
        "subjects",
        "settings",
        "consent_after",
        "consent_before",
        "owner_after",
        "owner_before",
        "owner_group_after",
        "owner_group_openers",
        "owner_group_breaks",
        "other_acts",
        "shared_things",
        "outside_parties",
        "colleagues",
        "roles",
        "provisions",
        "requests",
        "requesters",
        "refers_back",
        "documents",
        "pointers",
        "held_things",
        "formal_requesters",
        "addressing",
    )
    @classmethod
    def _check_phrases(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return phrases_checked(values)
