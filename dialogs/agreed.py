"""Sharing the person has agreed to ("can I tell the jobcentre my client has depression? she
said yes"): no published answer decides it, and the plain answer is the guidance's own starting
point, in summary, never a quote.

It is read after matching, only when no entry answered and no topic of its own took the
question (`AgreedSharing.over`), so the matcher's shortlist never changes for it: round 38's
try, a topic on the shortlist, took the records-transfer reply from "the new school has asked
for the child's safeguarding file".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dialogs.contract import Choice, Private, Reply
from knowledge.lazy_pattern import LazyPattern, holding

AGREED_TOPIC = "with-agreement"
"""The id its reply is noted under, as a not-covered topic's would be (no topic of the pack)."""

# The person the information is about, or whoever speaks for a child: never a manager or the
# police, whose say-so is no consent ("my manager said yes").
_PERSON = (
    r"(?:she|he|they|client|patient|customer|pupil|student|resident|tenant|claimant|member|"
    r"person|man|woman|lady|gentleman|service user|young person|mum|mother|dad|father|"
    r"parent|parents|family)"
)
_HAS = r"(?:(?:has|have|had|is|are|was|were) )?"
_THEIR = r"(?:(?:her|his|their|the|a|full|verbal|written|explicit|informed) ){0,2}"
_CONSENT = r"(?:consent|permission|agreement|ok|okay|go ahead|blessing)"
# Acts of sharing the agreement is to: "agreed to me telling", "happy for me to pass on".
_SHARING = (
    r"(?:tell|telling|share|sharing|pass|passing|send|sending|give|giving|disclose|disclosing|"
    r"inform|informing|let|letting|contact|contacting|speak|speaking|talk|talking|ring|ringing|"
    r"call|calling|phone|phoning|email|emailing|refer|referring|update|updating|forward|"
    r"forwarding|show|showing|write|writing)"
)
# Words telling, in a message's words (`knowledge.matching.text.words`: lower case, "she's"
# as "she"), that the person agreed: "she said yes", "he has agreed", "they gave consent",
# "with her consent", "she is happy for me to pass it on", "i have his permission". Agreeing
# with something ("he agrees with them"), or to something else ("she agreed to make him a
# signatory", "he agreed she can stay") is not agreeing to the sharing.
_TELLS = LazyPattern(
    r"(?<!\S)(?:"
    rf"{_PERSON} {_HAS}(?:said|says|saying) (?:yes|i can|i could|we can|we could|"
    r"(?:is )?(?:ok|okay|fine|alright|all right)"
    # "she said it's fine" to the sharing: not "she says it's fine but she looks shattered"
    r"|(?:it|that|thats|its) (?:is )?(?:ok|okay|fine|alright|all right)"
    rf"(?:$| (?:if|for) (?:i|me|we|us)(?!\S)| to {_SHARING}(?!\S)))"
    rf"|{_PERSON} (?:doesnt|does not|dont|do not) mind"
    rf"|{_PERSON} {_HAS}(?:agreed|agrees|consented|consents|okayed)"
    rf"(?:$| (?!with |that |she |he |they |to )| to (?:me |us )?(?:it|this|that|{_SHARING})(?!\S))"
    rf"|{_PERSON} {_HAS}(?:given|gave|gives|give) (?:me |us )?{_THEIR}{_CONSENT}"
    rf"|{_PERSON} {_HAS}(?:happy|fine|ok|okay) (?:for|with) (?:me|us)(?: to)?(?: {_SHARING}|$)"
    rf"|{_PERSON} (?:wants|want|wanted|asked) (?:me|us) to {_SHARING}"
    rf"|with {_THEIR}{_CONSENT}"
    rf"|(?:i|we) (?:have|had|got|ve got|have got) {_THEIR}{_CONSENT}"
    rf"|{_CONSENT} (?:was|has been|is) given"
    r")(?!\S)",
    needs=holding(
        *("said", "says", "saying", "agree", "consent", "permission", "ok", "fine", "alright"),
        *("all right", "happy", "want", "asked", "ahead", "blessing", "mind"),
    ),
)
# A question asking whether one may share: a sharing act named and a question asked.
_ACT = LazyPattern(rf"(?<!\S){_SHARING}(?!\S)")
_ASKS = frozenset(
    {"can", "could", "may", "should", "ok", "okay", "alright", "allowed", "fine", "right"}
)
# What undoes or clouds that agreement, anywhere in the message: a refusal, a change of mind,
# doubt over whether they can decide; and whoever's say-so is not the person's.
_CLOUDED = LazyPattern(
    r"(?<!\S)(?:no|not|never|didnt|doesnt|dont|wont|hasnt|havent|isnt|refus\w*|withdr\w*|"
    r"changed|change|mind|retract\w*|capacity|dementia|manager|supervisor|boss|dsl|police|"
    r"safeguarding|protection)(?!\S)"
)
# "She doesn't mind" agrees: its "doesnt" is no refusal.
_NOT_MINDED = LazyPattern(r"(?<!\S)(?:doesnt|does not|dont|do not) mind(?!\S)")
# Words before the agreement that make it only supposed: "if she agrees", "once he consents".
_SUPPOSED = frozenset({"if", "unless", "whether", "once", "when", "until", "before", "even"})
_SUPPOSED_REACH = 3  # "whether the patient agreed": the words before the person and the verb


class AgreedSharing:
    """Reads a question telling that the person agreed to the sharing asked about, and gives
    the plain answer. Pure; built at the first question no entry answers."""

    topic = AGREED_TOPIC

    def __init__(self, over: Iterable[str], texts: tuple[str, str], footer: str) -> None:
        """Args:
        over: the not-covered topics its reply is given in place of (a case question, one
            about relatives or other recipients): topics of their own keep their replies.
        texts: the about pack's `with_agreement` and `with_agreement_after_harm`.
        footer: the summary's last line (`dialogs.summary_footer`).
        """
        self._over = frozenset(over)
        self._plain, self._after_harm = texts
        self._footer = footer

    def over(self, topic: str | None) -> bool:
        """Whether the reply may be given in place of `topic` (None: no topic took it)."""
        return topic is None or topic in self._over

    @staticmethod
    def tells(typed: Sequence[str]) -> bool:
        """Whether a message (its `words`) asks whether one may share, and tells plainly that
        the person agreed, with nothing that undoes or clouds it ("she said yes but then
        changed her mind", "my manager said it's ok", "if she agrees")."""
        said = " ".join(typed)
        if _ASKS.isdisjoint(typed) or _ACT.search(said) is None:
            return False  # no question of sharing
        if _CLOUDED.search(_NOT_MINDED.sub("", said)) is not None:
            return False
        # The words before each agreement, by counting the spaces since the last: slicing the
        # message before each was quadratic ("can i tell if she said yes" 4,000 times).
        before, counted = 0, 0
        for found in _TELLS.finditer(said):
            before += said.count(" ", counted, found.start())
            counted = found.start()
            if _SUPPOSED.isdisjoint(typed[max(0, before - _SUPPOSED_REACH) : before]):
                return True
        return False

    def reply(self, *, concern: bool, choices: tuple[Choice, ...]) -> Reply:
        """The plain answer, with `choices`: with the person's agreement, share what they
        agreed to and record it; after a risk of harm (`concern`), the protection procedures
        come first, in private."""
        if concern:
            # What was described is never spoken of where others can read it.
            return Reply(text=self._after_harm, choices=choices, private=Private.RISK_OF_HARM)
        return Reply(
            text=(
                "**In summary, from the 2008 guidance** (sharing with agreement)\n\n"
                f"{self._plain}\n\n{self._footer}"
            ),
            choices=choices,
        )
