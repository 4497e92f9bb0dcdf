"""Round 38 (whom38): the right contacts (tryout37 #6, #7, #8 and round 37's leftovers).

1. Ages are read one way (`knowledge.risk_stated_ages`): "a man in his 80s" and "a boy of about
   15" give an age, as "an 80 year old" and "a boy about 15" do; when only the learnt model
   finds harm, whom it names is read from those ages too (`knowledge.risk_learnt_whom`): a
   stated child's age is a child's, an old person's an adult's.
"""

from __future__ import annotations

import pytest

from knowledge.risk_learnt_whom import whom_learnt
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("a man in his 80s told me his son hits him", "adult"),
        ("a woman in her 70s says her son hits her", "adult"),
        ("a boy of about 15 told me his dad hits him", "child"),
        # an era, not an age
        ("back in the 80s her dad hit her and she is still scared of him", "either"),
    ],
)
def test_a_decade_of_life_or_an_age_after_of_about_is_an_age(
    chat: Chat, message: str, concern: str
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concern)


# The cues find nothing in these; the learnt model does.
LEARNT_CHILD = [
    "a 15 year old has been sleeping in the library toilets",
    "a boy of about 15 has been sleeping in the library toilets",
    "a lad about 15 keeps sleeping in the library toilets and says he has nowhere else to go",
    "a 15 year old has been sleeping in the library toilets, says he can't go home because of "
    "his mum's boyfriend",
]
LEARNT_ADULT = [
    "a woman in her 70s keeps coming into the library and sleeping in the corner, she says she "
    "has nowhere to go",
]


@pytest.mark.parametrize("message", LEARNT_CHILD)
def test_a_childs_age_makes_the_learnt_finding_a_childs(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is None
    reply = chat.send(message)[0]
    assert reply.risk_of_harm
    assert "a child is at risk" in reply.text
    assert "Adult social care" not in reply.text


@pytest.mark.parametrize("message", LEARNT_ADULT)
def test_an_old_persons_age_makes_the_learnt_finding_an_adults(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is None
    reply = chat.send(message)[0]
    assert reply.risk_of_harm
    assert "an adult is at risk" in reply.text


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("a boy of about 15 has nowhere to go", "child"),
        ("she's only 12 and she has nowhere to go", "child"),
        ("a man in his 80s has nowhere to go, his son never visits", "adult"),
        ("my 90 year old neighbour has nowhere to go, her daughter never visits", "adult"),
        # the reverse: a grown woman named may be at risk beside the child
        ("a mum told me her 15yo is scared of her partner", "either"),
        ("a 15 year old and her mum are scared of him", "either"),
        # an old person beside a child: both
        ("a 15 year old is caring for his nan who is 84", "either"),
        ("a 15 year old is caring for his nan (84)", "either"),
        # an era, not an age
        ("something happened to him back in the 80s, his son is scared", "either"),
    ],
)
def test_whom_the_learnt_finding_names_from_ages(message: str, concern: str) -> None:
    assert whom_learnt(message, KNOWLEDGE.risk) == concern


# 2. The LADO follows the accused's job: "girls from his lessons" are whose lessons they are, not
# a lesson's topic ("lessons on instagram").
FROM_THEIR_LESSONS = [
    "leisure centre, one of our swimming instructors has been adding 13-14 yr old girls from his "
    "lessons on instagram and messaging them late at night",
    "the swimming instructor keeps messaging girls from his lessons on instagram late at night",
    "the dance teacher keeps messaging girls from her classes on snapchat late at night",
]


@pytest.mark.parametrize("message", FROM_THEIR_LESSONS)
def test_children_from_staffs_own_lessons_go_to_the_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child", {"lado"})


@pytest.mark.parametrize(
    "message",
    [
        "she taught a lesson on how groomers keep messaging girls on instagram late at night",
        "ideas for her lessons on how men keep messaging girls on instagram late at night?",
    ],
)
def test_a_lessons_topic_is_still_a_topic(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


# ...and a member of staff adding girls or boys on a platform is an allegation about them.
ADDING = [
    "the swimming instructor keeps adding girls from his lessons on instagram",
    "our minibus driver keeps adding boys from the club on snapchat",
    "the coach keeps adding girls on instagram",
]
ADDING_TO_A_GROUP = [
    "the coach added girls to the team facebook page for match updates",
    "coach added boys to the under 12s team whatsapp group",
]


@pytest.mark.parametrize("message", ADDING)
def test_staff_adding_children_on_a_platform_go_to_the_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child", {"lado"})


@pytest.mark.parametrize("message", ADDING_TO_A_GROUP)
def test_staff_adding_children_to_a_group_is_no_allegation(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


# 3. An adult's own childhood abuse is no child at risk now: the adult's procedures, with a line
# that the one who abused them may still have contact with children.
GROWN_SINCE = [
    "hospice - pt said her brother abused her as a child and he's visiting tomorrow, she doesnt "
    "want to see him. can i stop him?",
    "hospice - pt (60) said her brother sexually abused her when she was a child, he's visiting "
    "tomorrow",
    "my client was abused by her uncle as a child",
    "when he was a boy his stepdad hit him",
    "when i was little my dad used to beat me and now he keeps turning up at my flat",
]
# A child named now, or staff accused (who may still work with children), keeps the child's.
CHILDREN_NOW = [
    "pt disclosed CSA by grandfather as a child, he still babysits her nieces",
    "my client told me her uncle sexually abused her when she was a child and he now lives with "
    "her sister's kids",
    "my client said a teacher at her old school sexually abused her when she was a girl",
]
NOT_CHILDHOOD = [
    ("there was a child in the park whose dad hit him", "child"),
    ("she works as a child minder and her husband hits her", "either"),
]


@pytest.mark.parametrize("message", GROWN_SINCE)
def test_an_adults_childhood_abuse_is_the_adults_now(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "adult")
    finding = BUILT_IN.detect(message)
    assert finding is not None and "childrens-social-care" not in finding.contacts
    assert any("may still have contact with children" in note for note in finding.notes)


@pytest.mark.parametrize("message", CHILDREN_NOW)
def test_children_now_keep_the_childs_procedures(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "either", {"childrens-social-care"})


@pytest.mark.parametrize(("message", "concern"), NOT_CHILDHOOD)
def test_a_child_named_otherwise_is_no_childhood(chat: Chat, message: str, concern: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, concern)


# The LADO follows the accused's job: a dinner lady is staff, not a grown woman at risk.
@pytest.mark.parametrize(
    "message",
    [
        "a dinner lady keeps grabbing one of the year 3 boys by the arm and shouting at him",
        "the dinner lady grabbed a year 3 boy by the arm and shouted at him",
    ],
)
def test_a_dinner_lady_accused_is_a_lado_case_for_the_child(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child", {"lado"})


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("im a dinner lady, a year 3 boy told me his dad hits him", "child"),
        ("an old lady told me her son grabbed her by the arm and shouted at her", "adult"),
    ],
)
def test_the_writers_job_and_a_lady_at_risk_are_as_they_were(
    chat: Chat, message: str, concern: str
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concern)
    finding = BUILT_IN.detect(message)
    assert finding is not None and "lado" not in finding.contacts


# 1, the cues' reading: a child's age beside a harm only adults are taken to suffer names the
# child's procedures too; with no grown-up's life named, the child's alone (round 42, adult42:
# a 15-year-old who can't go home is children's social care's, not adult social care's).
@pytest.mark.parametrize(
    "message",
    [
        "library - a lad about 15 has been sleeping in the library toilets, says he can't go "
        "home because of his mum's boyfriend",
    ],
)
def test_a_childs_age_beside_an_adults_harm_keeps_the_childs_procedures(
    chat: Chat, message: str
) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child", {"childrens-social-care"})


def test_with_no_age_given_an_adults_harm_stays_the_adults(chat: Chat) -> None:
    message = (
        "library - a lad has been sleeping in the library toilets, says he can't go home because "
        "of his mum's boyfriend"
    )
    signposted_in_both(BUILT_IN, chat, message, "adult")


# Staff pinching, smacking or punching a child are accused: the LADO ("the teacher pinched a year
# 1 boy" named children's social care alone); staff punched by a pupil are not.
@pytest.mark.parametrize(
    "message",
    [
        "the lunchtime supervisor pinched a year 1 boy",
        "the teacher pinched a year 1 boy",
        "the TA smacked a year 2 girl",
        "our minibus driver punched a 12 year old",
    ],
)
def test_staff_pinching_or_punching_a_child_go_to_the_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child", {"lado"})


@pytest.mark.parametrize(
    "message",
    [
        "the TA got punched by a year 6 boy",
        "one of our teachers was punched by a year 10 pupil",
    ],
)
def test_staff_punched_by_a_pupil_are_no_lado_case(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is None or "lado" not in finding.contacts


# A grown woman named only as whose someone is ("his mum's boyfriend") is no woman at risk
# beside the child, as the learnt model's reading has it too; a mum harmed still is.
@pytest.mark.parametrize(
    ("message", "concern"),
    [
        (
            "scout leader, one of my cubs (9) said his mums boyfriend locks him in his room "
            "without food",
            "child",
        ),
        ("my 8 year old said her mums boyfriend hits her mum", "either"),
        ("a 4 yo who saw her dad assault her mum. Mum is sobbing", "either"),
    ],
)
def test_whose_someone_is_names_no_woman_at_risk(chat: Chat, message: str, concern: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, concern)


# "older" before a word for children describes them ("older boys held him down"): no grown-up
# at risk beside the child.
@pytest.mark.parametrize(
    "message",
    [
        "school bus driver. a yr 7 kid on my bus keeps getting his stuff taken and yesterday older "
        "boys held him down and filmed it",
        "a year 8 girl says older lads gave her vodka and took her to a flat",
    ],
)
def test_older_children_name_no_adult_at_risk(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")
