"""Short remarks the risk check's cues alone read, not the learnt model.

Split from `dialogs.risk_reading` (round 48, shape133): `RiskReading.remark` asks it whether a
message is a remark about a question or a signpost just given, whose words the learnt model,
which learnt from first messages, would take for harm.
"""

from __future__ import annotations

from dialogs.remark_readings import points_back, returned, role_line, said_answer, tells_anew
from knowledge.risk_pack import RiskPack

CHECK_REMARK_WORDS = 16
"""While a consent check's question waits, the learnt model is not asked about a message of
fewer words: it learnt from first messages, and a remark that short is about the question
("the mum said no" scored 3.3 against its threshold of 1.9; round 34, tryout34: "she's 16 and
gillick competent and said no", 8 words, at the consent question, was 8 then). Every development
disclosure the model catches and the cues miss has 26 words or more; the cues still read every
remark."""
ANSWER_REMARK_WORDS = 24
"""A message telling someone's answer (`said_answer`: "she said no, can i?") is read by the
cues alone up to this many words, not only `CHECK_REMARK_WORDS`: "i want to share something
about a mum with the school but she said no, can i?" (17 words) fired (round 43, tryout44 #3).
Still under the 26 words of the shortest development disclosure only the model catches."""


TOLD_ANEW = "told-anew"
"""The risk pack's marker whose words tell that a harm happened again ("again"): just after a
signpost, a short message holding one, asking nothing, is read by the learnt model too."""
TOLD_ANEW_BACK = "told-anew-back"
"""The risk pack's marker whose words point back at the harm told before ("it", "happened"):
a short message telling it happened again is read by the model only with one of them."""
TOLD_ANEW_RETURNED = "told-anew-returned"
"""The risk pack's marker whose words, straight before a word of `TOLD_ANEW`, tell that someone
came back ("he's back again"), not where ("she's back at school again"): the model reads it."""


class ShortRemarks:
    """Reads whether a message is a remark the cues alone read. Pure; built once."""

    def __init__(self, pack: RiskPack) -> None:
        self._question_words = frozenset(pack.question_words)
        self._anew = frozenset(pack.markers.get(TOLD_ANEW, ()))
        self._anew_back = frozenset(pack.markers.get(TOLD_ANEW_BACK, ()))
        self._returned = frozenset(pack.markers.get(TOLD_ANEW_RETURNED, ()))
        self._said = frozenset(pack.markers.get("answer-said", ()))
        self._answers = frozenset(pack.markers.get("answer-given", ()))
        self._role_words = frozenset(pack.markers.get("role-line", ()))

    def remark(self, text: str, checking: bool, after_signpost: int) -> bool:
        """Whether `text` is a remark the cues alone read. Of fewer than `CHECK_REMARK_WORDS`
        words: one while a consent check's question waits (`checking`), or one typed
        just after a signpost (`after_signpost`, the state's, over 0: "and if shes 16?", "the
        mum said no"), unless it tells that the harm happened again, asking nothing
        (`tells_anew`: "he has done it again", "it happened again last night"; round 37,
        r1o37), which the model reads too; only one that points back at the harm
        (`points_back`: "done it", "it happened"; round 38, r1q38), as the model reads any
        short "again" as harm ("she's crying again", "he's late again"). At any other time, one
        telling someone's answer (`said_answer`: "he said no, he doesnt want me to"; round 42,
        tryout42 #7), which the model took for harm, or a role line alone (`role_line`: "night
        manager at a care home here"; round 42, tryout43 #7). Of fewer than
        `ANSWER_REMARK_WORDS` words, away from a signpost: one telling someone's answer."""
        count = len(text.split())
        if count >= CHECK_REMARK_WORDS:
            return (
                count < ANSWER_REMARK_WORDS
                and after_signpost <= 0
                and said_answer(text, self._said, self._answers)
            )
        if checking:
            return True
        if after_signpost <= 0:
            return said_answer(text, self._said, self._answers) or role_line(text, self._role_words)
        return not (
            tells_anew(text, self._question_words, self._anew)
            and (
                points_back(text, self._anew_back)
                or returned(text, self._returned, self._anew)  # round 39
            )
        )
