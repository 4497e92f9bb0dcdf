"""Round 38 (r1r38, tryout38 #1, #2, #3, #5, #6): disclosures with no signpost.

Each family is read whoever does it, tested with wordings written here beside look-alikes that
stay quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()

# An adult taking children into a bedroom one at a time or alone (tryout38 #2): "the uncle" was
# lost where "a man" was read.
BEDROOM = [
    "the uncle kept taking the children into the bedroom one at a time",
    "the birthday boy's uncle kept taking kids into the bedroom one at a time to play a game",
    # written here
    "the lodger takes the girls up to his room one by one",
    "someone was taking kids into the shed alone",
    "her stepdad keeps bringing the boys into his bedroom on their own",
    "a dad at the sleepover took the girls into his bedroom one at a time",
]
BEDROOM_QUIET = [
    "the nurse takes the children into the room one at a time for their jabs",
    "we take the children to the hall one at a time for their photos",
    "the kids each have their own bedroom",
    "we took the children to the hall one at a time for their photos",
]


@pytest.mark.parametrize("message", BEDROOM)
def test_children_taken_into_a_bedroom_one_at_a_time(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert "sexual-abuse" in finding.categories
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", BEDROOM_QUIET)
def test_bedroom_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


# Anyone who keeps asking a child to meet him (tryout38 #1): "a volunteer" was lost where "a man"
# was read; one who works or volunteers with children brings the LADO.
MEETING = [
    "a volunteer keeps asking a 14 yr old girl to meet him",
    "a volunteer at our foodbank keeps asking the 14 yr old daughter of a client to meet him",
    # written here
    "the lodger has been messaging the 13 year old girl next door asking her to meet up",
    "the entertainer keeps asking my 12 year old to meet him after school",
    "her mum's friend keeps texting the boys to meet him somewhere",
]
MEETING_QUIET = [
    "the head asked the pupil to meet him at break",
    "the club keeps asking the old members to meet up for a reunion",
    "the school asked the parents to meet the new head",
]
MEETING_STAFF = [*MEETING[:2], MEETING[3]]


@pytest.mark.parametrize("message", MEETING)
def test_someone_who_keeps_asking_a_child_to_meet(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert "grooming-online" in finding.categories
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", MEETING_STAFF)
def test_a_volunteer_asking_a_child_to_meet_brings_the_lado(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "lado" in finding.contacts, finding


@pytest.mark.parametrize("message", MEETING_QUIET)
def test_meeting_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


# A sexual interest in children told of someone, "sexual" unsaid (tryout38 #3): someone who may
# pose a risk to children, and one who works with them brings the LADO.
INTEREST = [
    "clinical psychologist - my client, a primary school teacher, told me he's been having urges"
    " towards pupils in his class",
    "my client works in a nursery and said he's attracted to the toddlers",
    # written here
    "the lodger told me he is attracted to young girls",
    "my client said he has urges towards little boys",
    "a man in my group says he has sexual feelings about children",
]
INTEREST_AT_WORK = INTEREST[:2]
INTEREST_QUIET = [
    "activities that are attractive to children",
    "the toddlers are attracted to the water tray",
    "how do we make the library attract more young readers?",
]


@pytest.mark.parametrize("message", INTEREST)
def test_a_sexual_interest_in_children_is_signposted(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert "risk-from-a-person" in finding.categories
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", INTEREST_AT_WORK)
def test_one_who_works_with_children_and_tells_of_urges_brings_the_lado(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "lado" in finding.contacts, finding


@pytest.mark.parametrize("message", INTEREST_QUIET)
def test_interest_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


# A child with no home but a tent or a car (tryout38 #5).
NO_HOME = [
    "parish council - there's a man and a young child living in a tent in the churchyard, the"
    " child doesnt seem to go to school",
    "there's a child living in a tent in the park with his dad",
    "a family with a toddler is sleeping in their car in the car park",
    # written here
    "mum and the kids have been sleeping in the car for weeks",
    "a 6 year old is living in a car with his mum",
]
NO_HOME_QUIET = [
    "the toddler fell asleep in the car on the way home",
    "my daughter's family live in a house with a big garage",
    "can children sleep in tents on the school residential trip?",
]


@pytest.mark.parametrize("message", NO_HOME)
def test_a_child_living_in_a_tent_or_a_car(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert "neglect" in finding.categories
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", NO_HOME_QUIET)
def test_no_home_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


# FGM already done to a girl, told by her (tryout38 #6): the signpost names the police and the
# duty on teachers and on health and social care professionals to report it themselves.
FGM_DONE = [
    "sexual health nurse - a 16 yo girl told me she was cut (FGM) in Somalia last summer. do i"
    " have to report it",
    "TA - a yr 9 girl told me she was cut over the summer in Sudan, FGM. do i have to report it"
    " myself or does the DSL",
    "sexual health nurse - 17 yo told me she had FGM as a child, do i need to tell the police",
    # written here
    "school nurse - a year 10 pupil says shes had fgm",
    "a 14 year old told her teacher she was circumcised back home when she was little",
]
FGM_QUIET = [
    "we had fgm training today",
    "she was cut by broken glass in the playground, do I need to tell her parents?",
]


@pytest.mark.parametrize("message", FGM_DONE)
def test_fgm_done_to_a_girl_names_the_police_and_the_duty(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert any("police" in n and "under 18" in n for n in finding.notes), finding
    reply = chat.send(message)[0]
    assert reply.risk_of_harm and "report it to the police yourself" in reply.text


def test_fgm_done_to_a_woman_is_not_the_girls_duty() -> None:
    finding = KNOWLEDGE.risk_detector.detect("my client, 45, told me she has had fgm")
    assert finding is not None and finding.concerns == "adult", finding
    assert finding.notes and all("yourself (call 101)" not in n for n in finding.notes)


@pytest.mark.parametrize("message", FGM_QUIET)
def test_fgm_look_alikes_have_no_duty_line(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is None or "fgm-known-case" not in finding.categories


# Photos or videos of children in the toilets, a changing room or the showers, whoever takes them
# (tryout38 #1): "the clown … taking photos of kids in the toilet" got the not-covered images line.
TOILET_PHOTOS = [
    "the clown at the party was taking photos of kids in the toilet",
    # written here
    "the lodger took pictures of the girls in the shower",
    "someone in the toilets was taking photos of the kids",
    "the volunteer has been snapping pics of the boys in the changing rooms",
    "the uncle had his phone out filming the kids in the loos",
    "the photographer was recording the girls while they got changed",
    "someone has been putting a camera in the girls toilets",
]
TOILET_PHOTOS_QUIET = [
    "can staff take photos of children getting changed for swimming?",
    "we never take photos of children in the changing rooms",
    "the nursery takes photos of the children at lunch",
    "we have cctv cameras outside the toilets",
    "can we film the children getting changed for the nativity",
]


@pytest.mark.parametrize("message", TOILET_PHOTOS)
def test_photos_of_children_in_the_toilets_are_signposted(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    reply = chat.send(message)[0]
    assert reply.risk_of_harm and reply.text.startswith("**What you've described")


@pytest.mark.parametrize("message", TOILET_PHOTOS_QUIET)
def test_toilet_photo_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


# One booked to entertain children is staff for the LADO (tryout38 #1: "the children's entertainer
# we booked was filming the kids in the toilets").
ENTERTAINERS = [
    "children's entertainer we booked was filming the kids in the toilets at the party",
    "the clown at the party was taking photos of kids in the toilet",
    # written here
    "the magician hit a child at the party",
]


@pytest.mark.parametrize("message", ENTERTAINERS)
def test_an_entertainer_harming_children_brings_the_lado(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert "lado" in finding.contacts


def test_an_entertainer_booked_is_no_harm() -> None:
    message = "we booked a clown for the party, can I share the parents' numbers with him?"
    assert KNOWLEDGE.risk_detector.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "her grandad keeps taking the little ones into his bedroom on their own",
        "mum leaves the little ones on their own all night",
    ],
)
def test_the_little_ones_are_children(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns != "adult", finding
    assert "childrens-social-care" in finding.contacts


def test_photos_in_the_toilets_get_what_to_do_with_them_not_the_images_policy(chat: Chat) -> None:
    replies = chat.send("the clown at the party was taking photos of kids in the toilet")
    text = "\n".join(r.text for r in replies)
    assert replies[0].risk_of_harm
    assert "don't look through" in text and "police" in text
    assert "aren't covered by the 2008 Q&A" not in text


def test_a_question_on_photos_keeps_the_images_policy(chat: Chat) -> None:
    text = "\n".join(r.text for r in chat.send("are photographs covered by the q&a?"))
    assert "Follow your organisation's policy on images and media" in text
    assert "don't look through" not in text


@pytest.mark.parametrize(
    "message",
    [
        "the caretaker was videoing the kids in the toilets",
        "the photographer was recording the girls while they got changed",
        "one of our volunteers took photos of the girls in the changing rooms",
    ],
)
def test_staff_filming_children_in_the_toilets_brings_the_lado(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert "lado" in finding.contacts
