"""A wrong quote is worse than none: what practitioners type that no published entry answers."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what are the golden rules?", "seven golden rules"),
        ("Which golden rule covers seeking advice?", "seven golden rules"),
        ("who do I ask", "Who to ask"),
        ("who can I speak to about this?", "Who to ask"),
        ("what happens to what I type", "What happens to what you type"),
        ("are you a real person?", "How current is this?"),
        ("what replaced it?", "replaced"),
        ("when was the guidance published?", "How current is this?"),
        ("is this guidance out of date?", "replaced"),
        ("is the guidance legally binding?", "non-statutory"),
        ("how do I record a decision not to share?", "Record your decision"),
        ("what counts as confidential?", "Information is confidential when"),
        ("what age can a child consent?", "From 16"),
        ("From what age can a child give their own consent to sharing?", "From 16"),
        # Round 30 (a practitioner trial): was the not-covered reply on capacity.
        ("do we need parental consent for a 14 year old?", "From 16"),
        # Round 31 (a practitioner trial): the capacity reply, though "gillick" got the ages.
        ("what does fraser competent mean?", "From 16"),
        ("Who can consent to the sharing of personal information?", "Consent should be informed"),
        ("What do we mean by consent?", "Consent should be informed"),
        ("How much information should I share?", "Share only what the purpose needs"),
        ("what is proportionate sharing?", "Share only what the purpose needs"),
    ],
)
def test_questions_about_the_assistant_and_the_guidance_get_built_in_replies(
    chat: Chat, message: str, expected: str
) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert expected in texts(replies)


def test_summaries_say_plainly_they_are_not_quoted_answers(chat: Chat) -> None:
    said = texts(chat.send("what counts as confidential?"))
    assert "In summary, from the 2008 guidance" in said
    assert "not a quoted published answer" in said


def test_the_key_questions_are_listed_not_quoted(chat: Chat) -> None:
    replies = chat.send("what are the seven key questions?")
    assert quoted(replies) == []
    assert "clear and legitimate purpose" in texts(replies)


def test_the_privacy_reply_is_true_to_the_organisations_settings(chat: Chat) -> None:
    assert "don't keep what you type" in texts(chat.send("do you store my messages?"))


@pytest.mark.parametrize("word", ["no", "yes", "ok", "thanks", "maybe", "I think so", "no idea"])
def test_one_word_and_filler_never_quote_an_entry(chat: Chat, word: str) -> None:
    assert quoted(chat.send(word)) == []


def test_filler_after_a_finished_check_never_quotes_an_entry(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    chat.send("no")  # the information identifies no one: the check ends
    assert "You can share" in texts(chat.history[-2:])
    for word in ("no", "yes", "maybe", "not really"):
        assert quoted(chat.send(word)) == []


@pytest.mark.parametrize(
    ("answer", "label"),
    [
        # "I think so" at key question 1 is asked again for a clear yes (round 46, follow106)
        ("yep, there is one", "Yes"),
        # "yes, she told me in confidence" tells of key question 3's subject, not of this one's
        # (the purpose): confirmed, not taken (test_an_answer_to_another_question.py)
        ("yes, it's part of my job", "Yes"),
        ("not really, no", "No"),
        ("not really", "No"),
        ("I'm not sure to be honest", "Not sure"),
    ],
)
def test_hedged_and_longer_answers_in_a_check_are_read_and_confirmed(
    chat: Chat, answer: str, label: str
) -> None:
    chat.send("check")
    replies = chat.send(answer)
    assert quoted(replies) == []
    assert f"I've taken that as **{label}**" in texts(replies)
    # The check moved on from the first question.
    assert chat.state.check is not None
    assert chat.state.check.answers[0][0] == "purpose"


def test_a_question_mid_check_is_not_read_as_an_answer(chat: Chat) -> None:
    chat.send("check")
    replies = chat.send("not sure what an ISP is?")
    assert chat.state.check is not None and chat.state.check.answers == ()
    assert "We're still on this question" in texts(replies)


@pytest.mark.parametrize("words", ["previous question", "go back", "go back a question"])
def test_previous_question_means_back(chat: Chat, words: str) -> None:
    chat.send("check")
    chat.send("yes")
    before = chat.state.check
    assert before is not None and len(before.answers) == 1
    replies = chat.send(words)
    assert quoted(replies) == []
    after = chat.state.check
    assert after is not None and len(after.answers) == 0


@pytest.mark.parametrize(
    ("message", "wrong_reply"),
    [
        ("can I email a patient's letter to their solicitor?", "72 hours"),
        ("do I have to tell the parents I've made a referral?", "MARAC"),
        ("what counts as confidential?", "impact assessments"),
    ],
)
def test_not_covered_replies_fire_only_on_their_own_topic(
    chat: Chat, message: str, wrong_reply: str
) -> None:
    replies = chat.send(message)
    assert wrong_reply not in texts(replies)
    assert quoted(replies) == []


@pytest.mark.parametrize(
    "message",
    [
        "what does the guidance say about sharing with police",
        "Can professionals ever share information with carers without patient consent?",
        "Will my NFA be disclosed to my employer?",
        "What should be in a data sharing agreement?",
        # a particular person, age, law or situation that the nearest entry never speaks of
        "Is patient consent needed to disclose personal information when it's in the public "
        "interest?",
        "From what age can a child give their own consent to sharing their personal information?",
        "Can I share information about a client who has died?",
        # asking what a word means, which only the ISP entry does
        "What does it mean for consent to be informed?",
        # a bare "Can I?" after a story asks about that case
        "He refuses consent and says he'll complain if I share. Can I?",
        # "what does the guidance say about X": the frame's own "about" names no entry
        "what does the guidance say about fathers",
        "what does the guidance say about support for staff",
        # advice on what to say or think, not what young people and families think
        "what should I say to the young person",
        "Why might an adult refuse consent to sharing, and what should I say to them?",
        "what do I think about when sharing",
        # "matter", "value" and "every" in a practice question, not why sharing matters or
        # whether the guidance covers every kind of sharing
        "does it matter how I share it",
        "what is the value of the information I hold",
        "should I share every detail",
        # asking a named party to do something is a question about one case
        "A DC has asked me for a patient's medical history for a serious crime investigation. "
        "The patient is in custody. Should I ask the police to get his consent first?",
        # "wishes" about one's life, not someone's wishes about sharing
        "Youth worker. In a group session one of the lads (14) said he wishes he wasn't here "
        "any more. He laughed it off. Is this a safeguarding thing or just teenage stuff?",
        # the practitioner's own worry, not what young people and families worry about
        "Tutor. A 15 year old in my form wrote that she wishes she could go to sleep and not "
        "wake up. Is this something I should worry about or normal teenage stuff?",
        # a lawful basis other than consent is a law's term, which no entry speaks of
        "Can I rely on vital interests instead of consent to share?",
        # the parent asked for consent, but the school is where the information would go
        "Do I need the parents' consent to tell the school?",
        # the opening sentence of a story is not a question
        "Dementia support worker. A son rang me upset about his mum's savings going missing "
        "and wanted to know what could be done, he was very cross with his sister",
        # laws are a subject only the entries that speak of them answer
        "Our home care agency needs a policy on sharing information with GPs, district nurses "
        "and the council. Which laws should it cover?",
        # a disclosure scheme with rules of its own, which no entry speaks of
        "can I disclose under Clare's law without consent?",
        # a story that ends by telling, not asking
        "Mum showed me her 9 yo's phone - someone she met in a game chat keeps asking for "
        "pictures of her, offering her money. She's said no every time.",
    ],
)
def test_case_questions_and_near_misses_are_not_quoted(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("What is an ISP?", 12),
        ("Can I share with the police without an ISP?", 13),
        ("Does the Data Protection Act stop me telling the school?", 3),
        ("will my employer support me if I share?", 14),
        ("When should I get consent to share information?", 4),
        ("What should I do if a parent won't agree to me sharing information?", 4),
        ("What is meant by an information sharing protocol?", 12),
        ("What does the guidance say about the Data Protection Act?", 3),
        ("What do young people actually think about information sharing?", 5),
        ("does this guidance apply to school staff", 9),
        ("why is info sharing such a priority for the council?", 1),
        ("I trained on the 2006 version of the guidance years ago. Why was it updated?", 6),
        # young people's wishes and worries about sharing, not anyone's
        ("What are young people's wishes about sharing their information?", 5),
        ("Are young people worried about us sharing their information?", 5),
        # consent not given, as the published answer has it ("cannot be obtained")
        ("What happens if consent wasn't given?", 4),
        ("what if the person has not given their consent?", 4),
        # a near tie with "why is there guidance?", which names no guidance
        ("Why do we need to share information at all?", 1),
        # the parent named as the one asked for consent, not as where it would go
        ("What should I do if the parents object to sharing?", 4),
        ("The parents have refused consent, can I still share?", 4),
        ("Do I need consent from the parents before I share information?", 4),
    ],
)
def test_entries_that_answer_still_answer(chat: Chat, message: str, entry: int) -> None:
    expected = chat.core.knowledge.entry(entry)
    assert expected is not None
    assert quoted(chat.send(message)) == [expected.question]


def test_an_entry_held_back_is_offered_honestly_as_related_with_the_check_and_who_to_ask(
    chat: Chat,
) -> None:
    # (not "is patient consent needed…?": since round 22 that asks as "do I need patient
    # consent…?" does, and gets the summary on sharing without consent)
    replies = chat.send("Does patient consent matter when disclosing personal information?")
    assert quoted(replies) == []
    said = texts(replies)
    assert "related, but may not answer yours" in said
    assert "seek advice" in said
    key_factors = chat.core.knowledge.entry(4)
    assert key_factors is not None
    offered = [c.label for r in replies for c in r.choices]
    assert offered == [key_factors.question, "Start a consent check"]


def test_a_near_tie_between_entries_still_asks_which_was_meant(chat: Chat) -> None:
    said = texts(chat.send("reason for the guidance"))
    assert "Did you mean one of these?" in said
    assert "may not answer" not in said


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # nearest the entry on whether an ISP is needed, but it asks first what one is
        ("What is a data sharing agreement, and why is one required?", 12),
        # as near the entry on why there is guidance, but it asks what the guidance is for
        (
            "I'm preparing a talk for trustees. How would I summarise the purpose of the "
            "government's information sharing guidance?",
            7,
        ),
        # nearest the entry on organisational support, which names no consent
        (
            "Do the adults we support have to give consent before we share anything about "
            "them with other agencies?",
            4,
        ),
        (
            "Do the people we support have to give consent before we share anything with "
            "other agencies?",
            4,
        ),
    ],
)
def test_the_near_entry_that_answers_what_is_asked_is_quoted(
    chat: Chat, message: str, entry: int
) -> None:
    expected = chat.core.knowledge.entry(entry)
    assert expected is not None
    assert quoted(chat.send(message)) == [expected.question]


@pytest.mark.parametrize(
    "message",
    [
        "What should be in a data sharing agreement?",
        "How do we implement an information sharing agreement?",
    ],
)
def test_a_near_entry_answering_another_ask_is_not_quoted_in_its_place(
    chat: Chat, message: str
) -> None:
    # The ISP definition is held back (it does not say how to write or run one); the entry on
    # whether one is needed names agreements too, but answers whether, not what or how.
    replies = chat.send(message)
    assert quoted(replies) == []
    offered = [c.label for r in replies for c in r.choices]
    assert "What is an information sharing protocol?" in offered


@pytest.mark.parametrize(
    "message",
    [
        # no published answer says where anything is kept
        "Where can I find our local information sharing protocol?",
        "Where can I find the organisation's information sharing policy?",
        # nor how long or how soon anything should be, nor which person to go to
        "How soon should the guidance be updated?",
        "Who do we go to if our organisation doesn't support us to share information?",
        # nor what anyone is bound to do ("No. This guidance focuses on…" is about its scope)
        "Do we have a statutory duty to share information?",
        "Is it mandatory to share information about a child at risk?",
        # an age written as a plural is as much an age as "over 16"
        "For school trips, who gives consent for under-16s, the pupil or the parent?",
    ],
)
def test_asks_no_entry_answers_and_ages_written_as_plurals_are_not_quoted(
    chat: Chat, message: str
) -> None:
    assert quoted(chat.send(message)) == []


def test_a_question_on_deciding_gets_the_entry_on_deciding_not_one_nearer_its_story(
    chat: Chat,
) -> None:
    # The story names trust, which brings what families think nearest; the question asks how
    # to decide, which only the entry on key factors answers.
    deciding = chat.core.knowledge.entry(4)
    assert deciding is not None
    replies = chat.send(
        "The young people we work with worry we'll break their trust. How should we decide "
        "whether to share?"
    )
    assert quoted(replies) == [deciding.question]


@pytest.mark.parametrize(
    "message",
    [
        "who can I share information with?",
        "Who should we share a child's records with?",
        "who do I tell about a pupil's health condition?",
        "With whom can I share a care plan?",
    ],
)
def test_whom_to_share_with_is_not_answered_by_whom_the_guidance_is_for(
    chat: Chat, message: str
) -> None:
    # "Who is the guidance for?" is about its readers; no published answer names recipients.
    assert quoted(chat.send(message)) == []


def test_whom_the_guidance_is_for_is_still_quoted(chat: Chat) -> None:
    readers = chat.core.knowledge.entry(9)
    assert readers is not None
    assert quoted(chat.send("Who can use this guidance?")) == [readers.question]


@pytest.mark.parametrize(
    "message", ["why is that important?", "why does that matter?", "who is that for?"]
)
def test_a_short_question_pointing_at_nothing_named_is_quoted_nothing(
    chat: Chat, message: str
) -> None:
    # Round 35 (tryout33b N16): "what was that about?" quoted entry 7, the guidance's purpose:
    # "that" points at something said before the message, which the entry may not be about.
    assert quoted(chat.send(message)) == []


def test_a_short_question_naming_the_guidance_beside_the_pointer_is_answered(chat: Chat) -> None:
    assert quoted(chat.send("what's this guidance for?")) == [published_question(7)]
