"""An adult's harm told with the one who cares for them at work named as the one it is about:
round 41 (staff40, tryout39 #9).

"a resident with dementia has bruises on her inner thighs and screams when the night carer does
her pad change. do I suspend him and who do I ring" got the adult signpost alone: the bruises
were read, the night carer was not, so the allegations-against-staff steps never came (the
council's adult safeguarding team today, the police and evidence kept, the carer kept away,
the CQC). When a message read as an adult's harm names a care worker (`ROLES`: "the night
carer", "one of the carers", "the agency worker", "the nurse on nights", "a member of staff")
who is not there as someone else, the finding carries the allegation's mark ("staff": the
steps follow "who do I ring" here or next, `dialogs.staff_follow_up`) and its `adult_note`.

Someone else: the one harmed ("a resident punched one of our carers"), the one told ("she told
the nurse her son hits her", the risk pack's `told-to`), the one who saw or found it ("the
carer noticed bruises", its `staff-saw` and `_FOUND`), the writer or a relative caring ("I'm a
carer", "her husband is her carer", "an unpaid carer"). A child's case is the LADO's, and is
read as it always was. Imported only when a message tells of harm.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dialogs.tell_involved import FAMILY
from knowledge.matching.text import words
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import RiskFinding

__all__ = ["ROLES", "StaffNamed"]

ALLEGATION = "allegation-against-staff"
"""The risk pack's category of an allegation against staff: its mark and `adult_note`."""
ROLES = frozenset(
    {
        *("carer", "carers", "careworker", "careworkers", "caregiver", "caregivers", "nurse"),
        *("nurses", "hca", "hcas", "staff", "volunteer", "volunteers"),
    }
)
"""Words for one who cares for an adult at risk at work, named alone (not "colleague" nor
"employee": "one of my employees came in after hours to say she was beat up" is the one
harmed)."""
_AT_WORK = frozenset({"worker", "workers", "assistant", "assistants"})
_WORK_KINDS = frozenset(
    {"care", "support", "agency", "bank", "night", "relief", "healthcare", "domiciliary"}
)
"""…and the words that make one of `_AT_WORK` a care worker ("the agency worker"; not "her
social worker", who is told)."""
_FILLERS = frozenset(
    {
        *("a", "an", "the", "one", "of", "our", "my", "their", "her", "his", "this", "that"),
        *("some", "two", "another", "other", "new", "male", "female", "night", "day", "agency"),
        *("bank", "senior", "regular", "usual", "same", "member", "members", "care", "support"),
        *("healthcare", "domiciliary", "relief", "nursing", "staff", "home", "s", "to", "by"),
    }
)
"""Read past between a role and the word before it that says what it is to the harm."""
_HARMING = frozenset(
    {
        *("hit", "hits", "hitting", "punched", "punches", "punching", "kicked", "kicks"),
        *("kicking", "slapped", "slaps", "slapping", "attacked", "attacks", "attacking"),
        *("assaulted", "assaults", "bit", "bites", "biting", "spat", "spits", "spitting"),
        *("scratched", "scratches", "threatened", "threatens", "threatening", "pushed"),
        *("pushes", "grabbed", "grabs", "headbutted", "abused", "abusing", "abusive"),
        *("hurt", "hurts", "hurting", "injured", "groped", "gropes", "swore", "swearing"),
        *("scratching", "pinched", "pinches", "pinching", "shoving", "shoved", "pushing"),
        *("grabbing", "at", "towards", "toward", "racist", "aggressive", "violent"),
        *("blockades", "blocks", "blocked", "stops", "stopped", "prevents", "bars", "barred"),
        *("reports", "reported", "explained", "mentioned", "asked", "asks", "rang", "called"),
    }
)
"""Just before a role, it is the one harmed or kept out ("punched one of our carers", "lashes
out at staff", "his partner blockades our carers"), or the one told ("reports to the nurse")."""
_OWN = frozenset(
    {"is", "was", "as", "am", "are", "were", "be", "been", "being", "im", "young", "unpaid"}
    | {"family", "informal", "main", "primary", "sole", "fulltime"}
)
"""Just before a role, it is what someone is, not who did it ("I'm a carer", "her husband is
her carer"), or one of the family caring ("an unpaid carer")."""
_FOUND = frozenset(
    {"found", "finds", "raised", "flagged", "mentioned", "rang", "phoned", "checked", "asked"}
    | {"disclosed", "confided", "seeing", "see", "hear"}
)
"""Up to `_NEAR` words after a role, with the pack's `staff-saw`, it is the one who saw or found
the harm ("the carer noticed bruises", "staff and visitors keep seeing them argue"); just after
it, one of `told-to` makes them the one telling ("the nurse told me"), and a relative (`FAMILY`)
the relative theirs ("one of my staff's husband grabbed her")."""
_AT_THEM = frozenset({"her", "him", "them"})
_NEAR = 5
"""One named is the one it is about when one at risk follows within `_NEAR` words of their
sentence ("the night carer does her pad change", "the agency worker was rough with her")…"""
_FEARING = frozenset(
    {
        *("scared", "frightened", "afraid", "terrified", "petrified", "fearful", "fears"),
        *("flinches", "flinched", "cowers", "cowered", "cries", "cried", "screams", "upset"),
        *("screamed", "distressed", "agitated"),
    }
)
"""…or one of these is just before them ("is frightened of the nurse on nights")."""
_HELPING = frozenset(
    {"checking", "examining", "treating", "assessing", "helping", "comforting", "reassuring"}
)
"""…unless one of these is there: what they do is care ("the nurse is checking her hip now")."""
_SENTENCE = re.compile(r"[.!?;:\n]+")


class StaffNamed:
    """Reads whether an adult's harm is told of a care worker. Pure; built from the risk pack."""

    def __init__(self, pack: RiskPack) -> None:
        """`pack`: the risk pack, whose `told-to` and `staff-saw` markers and allegation
        category are read."""
        markers = pack.markers
        self._told = frozenset(markers.get("told-to", ()))
        self._saw = frozenset(markers.get("staff-saw", ())) | _FOUND
        self._family = FAMILY - ROLES
        category = pack.category(ALLEGATION)
        self._note = category.adult_note if category is not None else None

    def named(self, text: str) -> bool:
        """Whether `text` names a care worker (`ROLES`, or a worker of `_WORK_KINDS`) as the
        one a harm is about (`_NEAR`, `_FEARING`), and each one named is neither harmed, told,
        the one who saw it, a relative's, nor what someone is (the module docstring): "keeps
        hitting the night staff and one of the carers has bruises" names the staff harmed."""
        about = False
        for sentence in _SENTENCE.split(text):
            said = words(sentence)
            for at, word in enumerate(said):
                if word in _AT_WORK and at > 0 and said[at - 1] in _WORK_KINDS:
                    pass
                elif word not in ROLES:
                    continue
                before = next(
                    (w for w in reversed(said[max(0, at - 6) : at]) if w not in _FILLERS), ""
                )
                after = said[at + 1] if at + 1 < len(said) else ""
                if before in _HARMING or before in self._told or before in _OWN:
                    return False
                if after in self._told or after in self._family:
                    return False
                near = said[at + 1 : at + 1 + _NEAR]
                if not self._saw.isdisjoint(near):  # "staff and visitors keep seeing them"
                    return False
                if _HELPING.isdisjoint(near):
                    about = about or before in _FEARING or not _AT_THEM.isdisjoint(near)
        return about

    def family_caring(self, text: str) -> bool:
        """Whether every care worker `text` names is what a relative is ("daughter is her carer
        and was drunk": `_OWN` before the role, a relative in its sentence; round 42, tryout42
        #11), so no one at work is named."""
        roles = 0
        for sentence in _SENTENCE.split(text):
            said = words(sentence)
            for at, word in enumerate(said):
                if word not in ROLES:
                    continue
                roles += 1
                before = next(
                    (w for w in reversed(said[max(0, at - 6) : at]) if w not in _FILLERS), ""
                )
                if before not in _OWN or self._family.isdisjoint(said[:at]):
                    return False
        return roles > 0

    def read(self, finding: RiskFinding, text: str) -> RiskFinding:
        """`finding`, for `text`, with the mark "staff" and the allegation's `adult_note` when
        it is an adult's harm and `text` names a care worker as the one it is about (`named`);
        without them where the only carer named is a relative (`family_caring`)."""
        # another harm found stays: the allegation alone is left as it was
        others = [c for c in finding.categories if c != ALLEGATION]
        alleged = finding.concerns == "adult" and 0 < len(others) < len(finding.categories)
        if alleged and self.family_caring(text):
            return replace(
                finding,
                categories=tuple(others),
                notes=tuple(n for n in finding.notes if n != self._note),
                marks=tuple(m for m in finding.marks if m != "staff"),
            )
        if finding.concerns != "adult" or "staff" in finding.marks or not self.named(text):
            return finding
        notes = finding.notes
        if self._note and self._note not in notes:
            notes = (*notes, self._note)
        return replace(finding, notes=notes, marks=(*finding.marks, "staff"))
