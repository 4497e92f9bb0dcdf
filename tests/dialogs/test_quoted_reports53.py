"""Round 53 (quoted189): a report quoting its speakers (knowledge/quoted_words.py,
knowledge/risk_whose_now.py `_report_words`).

"The court heard that the mother told police: "I was terrified he would kill me"": the quoted
"I" is the mother's, not the writer's, so it no longer keeps the readings of a court's or the
press's report off. The report itself must be told outside the quotation marks, with no word of
the writer's there. Beside each, a near twin still rings: the writer's own words outside the
quotes, a whole message typed inside quotation marks, a threat quoted to the writer, a child's
words quoted by a practitioner, a quotation left unclosed.

The finding's mark that the writer is the one harmed (knowledge/risk_writer_harmed.py) is not
given for a harm told in a quoted speaker's "me" ("my mum said "he punches me""), and still is
for the writer's own words quoted ("I told him "stop hitting me"") and a threat quoted to them.
"""

from __future__ import annotations

import pytest

from bot.app import Core
from tests.support.cases import cases
from tests.support.core import Chat

QUIET = {
    "court-double": [
        'The court heard that the mother told police: "I was terrified he would kill me, he'
        ' punched me and locked me in the flat for days." He was jailed for four years at Leeds'
        " Crown Court last month, where the judge described the abuse as sustained and cruel.",
    ],
    "court-single": [
        "Leeds Crown Court heard the woman said: 'He hit me every day and I thought I would"
        " die.' The man was sentenced to six years in prison for the attacks, which took place"
        " over three years at the couple's former home in the city.",
    ],
    "inquest-curly": [
        "An inquest heard the carer told the coroner: \u201cI found her on the floor, I could see"
        " she had not been fed for days and I called an ambulance.\u201d The coroner ruled the"
        " woman died of neglect at the care home, which has since closed.",
    ],
    "press-word": [
        "The defendant punched his partner and held her down, the prosecutor said, reading her"
        " statement: \u201cHe told me I was worthless and that my family would never see"
        " me.\u201d The verdict was given at the end of the trial.",
    ],
}

RINGS = {
    "writer-outside": [
        'The court heard that the mother told police: "I was terrified he would kill me, he'
        ' punched me and locked me in the flat." My sister is that mother and she is back with'
        " him now and he still hits her every week.",
        "The judge heard the girl told her teacher: 'daddy hurts me when mummy is at work.' I am"
        " her teacher and she is going home to him tonight.",
    ],
    "all-quoted": [
        '"The court heard that my stepdad punches me and locks me in my room for days, and the'
        " judge said I have to keep living with him, I am scared he will kill me one day soon and"
        ' I have nobody else to tell."',
    ],
    "threat-to-writer": [
        "my dad told me 'you're worthless' and hit me again last night, i'm 14 and scared to go"
        " home after school today",
        "he said 'if you tell anyone i'll kill you' and he is my mum's boyfriend and he lives"
        " with us",
    ],
    "child-quoted": [
        "Year 5 girl came to the office this morning. She said 'daddy hurts me when mummy is at"
        " work' and showed a bruise on her arm.",
        'she said "he hits me" and i don\'t know what to do',
    ],
    "unclosed": [
        'The court heard that the mother told police: "I was terrified he would kill me, he'
        " punched me and locked me in the flat for days. He was jailed for four years at Leeds"
        " Crown Court last month, where the judge described the abuse as sustained and cruel.",
    ],
}


@pytest.mark.parametrize("message", cases(QUIET))
def test_a_report_quoting_its_speakers_is_not_signposted(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", cases(RINGS))
def test_the_writers_own_or_a_quoted_telling_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


WRITER_HARMED = "writer-harmed"
MARKED = {
    "own-quoted": [
        '"you hit me again and I\'m calling the police," I said, and he laughed and hit me',
        "my dad told me 'you're worthless' and hit me again last night, i'm 14 and scared to go"
        " home",
    ],
    "threat-quoted": [
        "he said 'if you tell anyone i'll kill you' and he is my mum's boyfriend",
    ],
    "unquoted": ["he punches me when he drinks"],
}
NOT_MARKED = {
    "speaker-harmed": [
        'my mum said "he punches me when he drinks" and she is scared to go home',
        "Ms Green told the court: 'He hit me every day for a year.' He is still living nearby.",
    ],
}


def _marks(core: Core, text: str) -> tuple[str, ...]:
    finding = core.assistant._risk.detect(text)
    assert finding is not None, text
    return finding.marks


@pytest.mark.parametrize("text", cases(MARKED))
def test_the_writers_own_words_quoted_mark_the_writer_harmed(core: Core, text: str) -> None:
    assert WRITER_HARMED in _marks(core, text)


@pytest.mark.parametrize("text", cases(NOT_MARKED))
def test_a_quoted_speakers_harm_is_not_the_writers(core: Core, text: str) -> None:
    assert WRITER_HARMED not in _marks(core, text)
