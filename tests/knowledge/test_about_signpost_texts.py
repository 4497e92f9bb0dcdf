"""What the signpost says to the person at risk or their family (where they can get help, the
urgent routes for thoughts of ending a life, all this tool can do for them) is the about pack's
`to_the_writer`, and its last paragraph to a practitioner and its words for a harm told again in
the consent check of the same case are its `safety_first` and `same_case` (tidy38; were words in
dialogs/signpost.py): an organisation's own are said. An about pack without one of them, or with
one empty, is refused (`test_about_texts_refused`)."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.app import build_core
from tests.support.core import Chat, texts
from tests.support.packs import about_pack

CHILD = "im 14 and my dad hits me, who can i tell"
SCOUTS = (
    "hi, scout leader here (volunteer). one of the other leaders keeps DMing a 14yo explorer "
    'on whatsapp late at night saying "dont tell ur mum we talk". whos the LADO'
)


def test_an_organisations_texts_to_the_writer_are_said(tmp_path: Path) -> None:
    about = about_pack()
    about["to_the_writer"] |= {"child": "Talk to us: 0800 0000.", "only_them": "Only them."}
    (tmp_path / "about.yaml").write_text(yaml.safe_dump(about, sort_keys=False))
    chat = Chat(build_core(tmp_path))
    first = chat.send(CHILD)
    assert first[0].risk_of_harm and first[0].text.startswith("Talk to us: 0800 0000.")
    assert "Only them." in texts(first)
    assert texts(chat.send("i dont know what to do")).startswith("Talk to us: 0800 0000.")


def test_an_organisations_signpost_texts_are_said(tmp_path: Path) -> None:
    about = {**about_pack(), "safety_first": "Safety first, ours.", "same_case": "The same case:"}
    (tmp_path / "about.yaml").write_text(yaml.safe_dump(about, sort_keys=False))
    chat = Chat(build_core(tmp_path))
    signpost = chat.send(SCOUTS)[0]
    assert signpost.risk_of_harm and signpost.text.endswith("\n\nSafety first, ours.")
    for answer in ("check", "yes", "yes", "yes"):
        chat.send(answer)
    again = chat.send("no she hasnt agreed, she begged me not to tell")[0]
    assert again.risk_of_harm and again.text.startswith("The same case:\n")
