"""Schema of the about pack's texts said to the person at risk or their family after a
signpost. Moved from `knowledge.follow_up_schema` (round 50); `AboutPack` of
`knowledge.text_schema` holds it; what the conversation reads is the value of the same name in
`knowledge.writer_texts`.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from knowledge.strict_model import StrictPack as _Strict


def _text(description: str) -> Any:
    """A text of the pack: at least three characters, with what it says (`description`)."""
    return Field(min_length=3, description=description)


class WriterTexts(_Strict):
    """Said to the person at risk or their family when a message telling of harm reads as theirs;
    what each says is on the value of the same name."""

    child: str = _text("to a young person telling of harm to them")
    adult: str = _text("to an adult telling of harm to them")
    domestic_abuse: str = _text("after `adult`'s, for domestic abuse: the national helplines")
    parent_using: str = _text("in place of `parent`'s, for their own drinking or drug use")
    young_online: str = _text("after `child`'s, for harm online: no secrets, CEOP, 999 to meet")
    young_images: str = _text("after `child`'s, for harm online: Report Remove, the police")
    threatened: str = _text("to the writer threatened with being killed or hurt: 999, the police")
    threatened_helpline: str = _text("after `threatened`, not domestic abuse: the helplines")
    threatened_steps: str = _text("what to do, asked by the writer threatened: 999, a plan")
    threatened_away: str = _text("the writer threatened, the one who threatened out now")
    no_age: str = _text("to the person at risk, no age given")
    family: str = _text("to family worried about someone they know")
    family_adult: str = _text("`family`'s, an adult's case alone: adult social care, the police")
    family_adult_bank: str = _text("after `family_adult`, where money is told: the bank")
    family_staff: str = _text("after `family`, someone who works with children: the LADO")
    friend: str = _text("to a young person telling of harm to a friend")
    parent: str = _text("to a parent telling of harm they did or fear doing to their child")
    carer: str = _text("to one telling of harm they did to someone in the family they care for")
    own_child: str = _text("to a parent telling of harm to their own child by someone else")
    partner: str = _text("to one telling of harm they did to a partner or ex: help to stop")
    own_life: str = _text("to one telling of their own plan to end their life: 999, 111, 116 123")
    life_control: str = _text("to one threatened with a suicide if they leave: domestic abuse")
    life_control_other: str = _text("to family told of such a threat to another: domestic abuse")
    own_harm_help: str = _text("a parent or carer who did harm, afraid of trouble: ask for help")
    if_suicidal: str = _text("after `family`'s, for thoughts of ending one's life")
    if_threat: str = _text("to family or the public told of a threat to kill or hurt")
    not_in_trouble: str = _text("to family or the public afraid of getting anyone in trouble")
    asked_not_to_tell: str = _text("to family or the public asked not to tell anyone")
    family_says_fine: str = _text("to family told by the one at risk it is fine, not to interfere")
    family_steps: str = _text("to family or the public asking whom to tell: anyone can")
    family_adult_steps: str = _text("`family_steps`'s, an adult's case alone: adult social care")
    family_grown_steps: str = _text("what to do, asked with the adult told as grown: consent")
    family_police: str = _text("to family or the public asking to go to the police themselves")
    family_doubts: str = _text("to family or the public afraid of overreacting: they're not")
    family_men: str = _text("to family or the public asking if a man harmed is believed: yes")
    family_now: str = _text("to family or the public telling where the one at risk is now")
    own_not_report: str = _text("an adult at risk not wanting anyone in trouble: advice first")
    adult_steps: str = _text("an adult at risk asking whom they can talk to")
    own_in_trouble: str = _text("the person at risk afraid of being in trouble or arrested")
    own_secret: str = _text("the person at risk asking that no one is told")
    own_law: str = _text("the person at risk asking whether what is done to them is a crime")
    own_abuse: str = _text("the person at risk asking whether what is done to them is abuse")
    own_not_believed: str = _text("a young person afraid their parent won't believe them")
    family_bank: str = _text("family of an adult whose card is misused, asking to ring the bank")
    young_hurt: str = _text("after `child`'s, for a young person hurting themselves")
    grown_fault: str = _text("a grown-up harmed asking whether it is their fault: no")
    grown_police: str = _text("a grown-up harmed asking this assistant to tell the police")
    grown_stay: str = _text("a grown-up harmed who wants the abuse to stop, not to leave")
    friend_police: str = _text("a young person about a friend asking to tell the police: yes")
    own_steps: str = _text("the person at risk asking whom else they can talk to")
    own_no_services: str = _text("a young person not wanting social services involved")
    own_ok: str = _text("a bare 'ok' from the person at risk or family after their signpost")
    age_alone: str = _text("a young person's age typed on its own: where to get help")
    only_them: str = _text("all a practitioners' tool can do for them, said after")
