"""Round 56 (fa222, issue 11): a guide's advice, told to its reader, tells of no one at risk.

The largest kind of dev false alarm is a page written about harm in general: an explainer, a
policy, a news report. Among them, guides that instruct their reader ("What to Do If a Family
Member with Dementia Goes Missing… Call 911", "How can you help? … You can spot worrying
behaviour") rang because round 37's reading of advice (`knowledge.risk_advice`) knew only ten
instruction verbs and set aside no sign that stood outside a sentence of advice. Now
(`knowledge.risk_advice_general`):

- a sentence opening on one of `guide-verbs` ("Call 999", "Get help now", "Recognise the signs"),
  and in a page of 30 words or more the reader told what they can or should do ("you should
  talk to…") or a guide's heading ("What to do if…", "How to help…"), instructs the reader;
- a sentence that tells of harm in general (a word such as "often", "signs", "can") stands
  beside the advice.

Whose story, and when: the reading holds only when no sentence with a sign of harm, signal
words too, names someone in particular or a time of now: "he" or "she", "tonight", "every
night", "again", or a noun for people that is not anyone's ("the kids", "the older boy", "the
man" even beside "often"; not "your family member", "carers", "a child" in "if a child…"), and
then every sign must stand in the advice. The twins share the reading's
words (an instruction, "you should", a heading, "often") and tell of
someone in particular; the cues alone still signpost them.
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat

GUIDES: dict[str, list[str]] = {
    "a guide's instruction": [
        "Call 999 if a child is in immediate danger. Neglect is when a child's basic needs are "
        "not met, and the signs can include hunger, tiredness and poor hygiene. You should write "
        "down what you see and pass it to the safeguarding lead.",
    ],
    "a guide's heading": [
        "What to do if a family member with dementia goes missing. Try the places they like to go "
        "first. As soon as you realise your family member is missing, call 999 and give a recent "
        "photo.",
        "What to do if an older man is messaging your child online. Grooming often starts with "
        "compliments and gifts and moves to secrets. You should keep the messages, block the "
        "account and report it to CEOP. Get your child somewhere calm and reassure them it is "
        "not their fault.",
    ],
    "the reader told what they should do": [
        "Neglect is when a parent or carer fails to meet a child's basic needs. It can be hard to "
        "spot, and one sign on its own may not mean a child is neglected. You should talk to the "
        "safeguarding lead if you notice several signs.",
        "Watching a friend struggle with their mental health is hard. You may notice they stop "
        "eating, drink much more or talk about suicide. You should ask them directly how they "
        "are and you can call a helpline together.",
    ],
}

CASES: dict[str, list[str]] = {
    "an instruction beside a case": [
        "Call 999, the kids next door have been left alone all weekend and the baby hasn't "
        "stopped screaming since last night.",
        "Check on the lad in year 6 please, you can see he hasn't eaten and he says his dad hits "
        "him with a belt.",
        "Get help now. You can see the girl upstairs through the window, her boyfriend has her "
        "by the throat and she is screaming.",
        "Get over here, you need to see this, the baby next door has been left alone all night "
        "screaming.",
        "Rang social care this morning, you could see the bruises on her arms and she says her "
        "dad does it when he drinks.",
        "Called 999. You should see the state of the kids next door, no food in the house and "
        "the little one has burns on his arms.",
        "Talk to the boy in year 5, you might get more out of him. He keeps coming in with a "
        "black eye and says his stepdad hits him.",
        "Ask the care home about it, you should see the bruises on the residents. Staff shout at "
        "them, and one carer slapped an old man in front of us today.",
    ],
    "people pointed at beside a guide's instruction": [
        "Ring the police, you can see it from the road. Kids at the flats are often beaten by the "
        "man who lives there.",
        "Call social care. If you ever go past number 4, the kids are always outside in the cold "
        "with no coats and no shoes, the little one is covered in bruises, and the older boy says "
        "their mum leaves them alone and hits them with a belt.",
        "You should know that the kids at number 4 are always outside in the cold with no coats "
        "and no shoes, the little one is covered in bruises, and the older boy says their mum "
        "leaves them alone and hits them with a belt.",
        "Get someone round to number 4. You can see the kids are always outside in the cold with "
        "no coats, the little one is covered in bruises and the older boy says their mum hits "
        "them with a belt.",
    ],
    "a heading beside a case": [
        "What to do now? A girl in year 9 says her stepdad comes into her room at night and "
        "touches her, and you can tell she is terrified of going home. You should know she "
        "begged us not to tell her mum.",
        "How to start. The lad in 9C comes in with bruises every Monday and says his dad does it "
        "when he drinks, and you can see the marks on his neck. You should know he is scared to "
        "go home tonight.",
        "What to do if a child says they are hurt at home. Stay calm. The boy in my class told "
        "me today that his mum burns him with cigarettes, and you can see the marks.",
    ],
    "the reader told, of someone now": [
        "Report it? You can hear the toddler next door crying for hours every night and nobody "
        "comes, and you can see him at the window alone. He is about two and the flat is always "
        "dark.",
        "Check on the kids upstairs when you can, you can hear them screaming every night and "
        "the dad shouting that he will kill them. Nobody has seen the mum for a week.",
        "Recognise the signs of grooming, you should know a man of 40 is messaging a 13 year old "
        "girl in our club every night and sending her gifts.",
    ],
    "a writer's question beside a case": [
        "What should I do? You can see the kids at number 4 are always left alone and hungry, and "
        "the little one has bruises all over.",
        "How can I help my friend? She says her husband hits her, and you can see the bruises on "
        "her arms.",
        "Can I report this? If you walk past the flat, a toddler is often left alone screaming for "
        "hours and nobody ever comes.",
        "Who do I tell? You should know a man from the club is messaging a 13 year old girl every "
        "night and sending gifts.",
        "How do I help my sister? Her partner controls her money and phone, and you can tell she "
        "is frightened of him.",
    ],
    "in general, beside a case": [
        "Neglect is often hard to spot, so you should know the kids at number 4 are left alone "
        "every night and they came to school hungry again today.",
    ],
}


@pytest.mark.parametrize("message", cases(GUIDES))
def test_a_guide_told_to_its_reader_gets_no_signpost(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", cases(CASES))
def test_its_twins_telling_of_someone_still_lead_with_the_signpost(
    chat: Chat, message: str, cues_only: None
) -> None:
    assert chat.send(message)[0].risk_of_harm
