"""The follow-ups' texts said just after a signpost, and the several-questions line, are the about
pack's (tidy37; the replies to a worry and the footer since tidy38): an organisation's own are
said. An about pack without one, or with one empty, is refused (`test_about_texts_refused`)."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.app import build_core
from tests.support.core import Chat, texts
from tests.support.packs import about_pack

SENCO = (
    "hiya im a SENCo, got a yr 8 girl with ADHD, shes told her TA that her step brother (19) "
    "sends her pics and asks for hers back. mum knows and says its just banter. i need to tell "
    "the DSL but can i also tell her CAMHS worker?"
)
SOLE_TRADER = (
    "I'm a sole trader (a hairdresser) and a 14 year old client told me her stepdad hits her"
)


def test_an_organisations_texts_are_said(tmp_path: Path) -> None:
    about = {
        **about_pack(),
        "works_with": "Tell the LADO too.",
        "several_questions": "One answered.",
    }
    (tmp_path / "about.yaml").write_text(yaml.safe_dump(about, sort_keys=False))
    chat = Chat(build_core(tmp_path))
    assert chat.send(SENCO)[0].risk_of_harm
    assert texts(chat.send("what if he volunteers at a school")).startswith("Tell the LADO too.")
    said = texts(chat.send("two questions: what is an ISP, and who is the guidance for?"))
    assert "One answered." in said and "You asked more than one question" not in said


def test_the_signposts_note_and_the_follow_up_say_the_same_on_your_own(tmp_path: Path) -> None:
    # tidy38: the signpost's note to a writer with no safeguarding lead was words in code.
    own = "Ring the front door yourself: no name needed at first."
    (tmp_path / "about.yaml").write_text(yaml.safe_dump({**about_pack(), "on_your_own": own}))
    chat = Chat(build_core(tmp_path))
    signpost = chat.send(SOLE_TRADER)[0]
    assert signpost.risk_of_harm and own in signpost.text
    assert texts(chat.send("who do I tell then?")).startswith(own)


def test_an_organisations_worry_replies_and_footer_are_said(tmp_path: Path) -> None:
    about = about_pack()
    about["worry_replies"]["police"] = "Ring 999 if in danger; else your lead."
    about["follow_up_footer"] = "Our own words."
    (tmp_path / "about.yaml").write_text(yaml.safe_dump(about, sort_keys=False))
    chat = Chat(build_core(tmp_path))
    assert chat.send(SENCO)[0].risk_of_harm
    said = texts(chat.send("should I ring the police"))
    assert said == "Ring 999 if in danger; else your lead.\n\nOur own words."
