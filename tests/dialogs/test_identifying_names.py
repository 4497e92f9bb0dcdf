"""A name or a street address typed in a message gets the kind warning to leave such details out;
ordinary capitalised words (the law, services, places, the packs' own words) do not."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

WARNING = "may contain personal details"


@pytest.mark.parametrize(
    "message",
    [
        "Jane Smith, 14, told me her dad hits her, what do I do?",
        "can I share Tom Jones's file with the school?",
        "my client Mohammed Ali has been evicted, can I tell his GP?",
        "Mrs Patel in room 4 wants her daughter told about her medication",
        "can I give the housing officer the address, 12 Acacia Avenue?",
        "a pupil said Mr Jones the PE teacher has been messaging her late at night",
    ],
)
def test_a_name_or_an_address_gets_the_warning(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert WARNING in texts(replies)
    if replies[0].risk_of_harm:
        assert WARNING not in replies[0].text, "the signpost still comes first"


@pytest.mark.parametrize(
    "message",
    [
        "Does the Data Protection Act stop me sharing?",
        "I work for Leeds City Council, can we share with Early Help?",
        "Can Social Care share with the Designated Safeguarding Lead?",
        "Quick question about the Caldicott Guardian",
        "What does Working Together to Safeguard Children 2023 say about consent?",
        "Hi, I am a Health Visitor in North Yorkshire: do I need consent to tell the GP?",
        "Is an Information Sharing Protocol needed before I ring St Mary's Primary School?",
    ],
)
def test_ordinary_capitalised_words_get_no_warning(chat: Chat, message: str) -> None:
    assert WARNING not in texts(chat.send(message))


def test_a_name_in_the_record_form_gets_the_warning(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    chat.send("no")  # the information identifies no one: the check ends
    form = chat.choice("Fill in the record here").value
    chat.press_value(form)
    submit = next(r.form for r in reversed(chat.history) if r.form is not None)
    assert submit is not None
    replies = chat.submit(submit.submit_value, {"decided-by": "Priya Sharma, duty social worker"})
    assert WARNING in texts(replies)
