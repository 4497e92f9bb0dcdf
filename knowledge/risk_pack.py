"""The risk pack's values: the cues that a message may describe a risk of harm.

Each cue is a phrase in the syntax of `knowledge.risk_phrases`. A category's ``near`` items pair
two groups of phrases that must both match, in either order, within `NEAR_WORDS` words of each
other in one sentence ("marks ... neck"): families of words, which generalise better than phrases.
Its pydantic models, and the merge of the built-in pack and an organisation's: `risk_schema`.
"""

from dataclasses import field
from typing import Literal

from knowledge.contacts_pack import ContactRole
from knowledge.pack_values import PackValue
from knowledge.value_class import value_class

Concern = Literal["child", "adult", "either"]
CaseMark = Literal[
    "duty",
    "unsafe-to-ask",
    "staff",
    "lead-not-acting",
    "danger-now",
    "overdose-now",
    "threat-to-you",
    "here-now",
    "own-life",
    "life-now",
    "life-mine",
    "life-control",
    "online",
    "baby-hurt",
    "own-using",
    "child-lost",
    "on-rail",
    "life-control-other",
    "writer-harmed",
]
"""What a signpost of a harm leaves for the replies after it (`RiskCategory.marks`; danger_now)."""
ADULT_MARKS: frozenset[CaseMark] = frozenset(
    (
        *("staff", "lead-not-acting", "danger-now", "overdose-now", "threat-to-you", "here-now"),
        *("own-life", "life-now", "life-mine", "life-control"),
        *("on-rail", "life-control-other", "writer-harmed"),
    )
)
"""The marks a signpost leaves for an adult at risk too (`RiskFinding.marks`)."""
NEAR_WORDS = 5


@value_class(kw_only=True)
class RiskCategory(PackValue):
    """One kind of harm, with its cues, who it concerns and which contacts it points to.

    Attributes:
        id: a stable name, e.g. ``sexual-abuse``; an organisation's pack adds cues to a built-in
            category by using its id.
        name: what the category is, in words (for people reading the pack and the logs).
        concerns: whether the harm is to a child, an adult, or either.
        contacts: the contact roles the signpost shows for it, in order.
        cues: phrases that, anywhere in a message, suggest this harm.
        terms: words for the harm itself ("neglect", "county lines"). They count only in a
            sentence that is not a general question, in a message about someone in particular,
            so "what counts as neglect?" is not taken for a disclosure.
        together: each item is a list of groups of phrases; every group must match in one
            sentence (e.g. "older lads" with "gave him a phone").
        near: each item is two groups of phrases; one phrase of each must start within
            `NEAR_WORDS` words of the other, in either order, in one sentence.
        note: one short extra line for the signpost, if this harm needs one.
        adult_contacts: the contact roles shown instead of `contacts` when the person at risk
            is an adult (round 35: no LADO, whose allegations are about people who work with
            children, for "another carer slapped an elderly client").
        adult_note: the line shown instead of `note` when the person at risk is an adult.
        own_note: `note` in the words of the person harmed, for the reply spoken to them
            (`dialogs.public_notes`; round 52): "tell the venue's staff", "your bank can act".
        told_note: `note` in the words of one who tells of another's harm (family, a friend, a
            parent of their child; round 53): "stay with them until help comes".
        lines: the ids of the contacts pack's `lines` (the police, a helpline) shown too.
        on_record: a record or a closed matter told of this harm is the risk itself ("her new
            partner was convicted of offences against children"): the `records` and `closed`
            settings (`knowledge.risk_setting`) set none of its signs aside.
        asked_after: an enquiry after this harm is the risk itself ("the police want to know if a
            missing adult has been seen at our day centre"): the `enquiries` setting sets none of
            its signs aside.
        marks: what a signpost of this harm to a child (or someone who may be one) leaves for
            the replies after it (`RiskFinding.marks`): ``duty``, its `note` states the writer's
            own duty to report ("do I have to report it?"); ``unsafe-to-ask``, asking for
            consent may increase the risk (the consent check never ends at "ask for consent
            first"); ``staff``, an allegation against someone who works with children or adults
            at risk, kept for an adult too (`ADULT_MARKS`: "do I suspend him").
        worries: phrases for the writer's worry about someone ("worried about", "have a concern
            about"): enough in a sentence that tells, when what follows names someone in
            particular and says nothing of why ("I'm worried about a child in my class").
        secrets: phrases for someone asking the writer to keep what they say secret ("asked me
            not to tell", "made me promise"): never a threat themselves; enough in a sentence
            that tells about someone in particular without saying what the secret is about. In a
            sentence that asks or supposes ("what do I say if a child asks me to keep a
            secret?") their clause is a general question.
    """

    id: str
    name: str | None = None
    concerns: Concern | None = None
    contacts: tuple[ContactRole, ...] | None = None
    cues: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    together: tuple[tuple[tuple[str, ...], ...], ...] = ()
    near: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    note: str | None = None
    adult_contacts: tuple[ContactRole, ...] | None = None
    adult_note: str | None = None
    own_note: str | None = None
    told_note: str | None = None
    lines: tuple[str, ...] = ()
    worries: tuple[str, ...] = ()
    secrets: tuple[str, ...] = ()
    on_record: bool = False
    asked_after: bool = False
    marks: tuple[CaseMark, ...] = ()

    def phrases(self) -> list[str]:
        """Every phrase of this category (cues, terms, the groups of `together` and `near`,
        worries and secrets)."""
        grouped = [p for item in (*self.together, *self.near) for group in item for p in group]
        return [*self.cues, *self.terms, *grouped, *self.worries, *self.secrets]


@value_class(kw_only=True)
class SignalFamily(PackValue):
    """Words for one idea that, beside a word of another family, suggest harm.

    Attributes:
        category: the id of the kind of harm this idea points to (for the contacts shown).
        words: phrases for the idea, one word each as a rule ("bruise|bruises", "hiding").
        telling: whether one of its words is enough in a sentence that reports what someone
            said or a worry about someone (the pack's `telling` phrases).
        alone: whether one of its words is enough in a sentence that tells rather than asks
            (starts with no question word, ends with no "?") about someone in particular
            ("her boyfriend", "my pupil", "he"), not a person of a kind ("a pupil").
        related: the same for a sentence that names someone by their relation to someone, a
            noun for people a few words after "my", "her", "their"… ("her ex", "my year 9
            pupil"): for families whose words are weaker ("screaming", "smells").
    """

    category: str
    words: tuple[str, ...]
    telling: bool = False
    alone: bool = False
    related: bool = False


@value_class(kw_only=True)
class RiskSignals(PackValue):
    """Families of words for the ideas of harm, which count together rather than as phrases.

    A sentence about someone in particular, neither a general question nor asking, with words of
    at least `least` different families ("scared" and "bruise"; "older" and "snapchat"), or with
    more than `least` words of any families, is taken as a sign of harm when no phrase of a
    category was found: this generalises past the wording of the cues.

    Attributes:
        least: how many different families one sentence must hold.
        families: the families by name; an organisation's pack adds words to a family by name.
    """

    least: int = 2
    families: dict[str, SignalFamily] = field(default_factory=dict)


@value_class(kw_only=True)
class RiskExamples(PackValue):
    """Messages the pack is checked against whenever it loads.

    Attributes:
        disclosures: each must be caught.
        ordinary: ordinary questions that merely mention harm words; none may be caught.
    """

    disclosures: tuple[str, ...] = ()
    ordinary: tuple[str, ...] = ()


@value_class(kw_only=True)
class RiskPack(PackValue):
    """A file of kind `risk`. An organisation's own adds to the built-in one, never replaces it.

    Attributes:
        sets: named word sets that cues use as ``<name>``.
        people: phrases showing a message is about someone in particular (he, my pupil…).
        any_person: words for a person who may be anyone ("a child", "pupils", "a tenant"):
            enough for a message to be about someone, but a question that names nobody more
            particular is a general question, in which nothing counts.
        question_words: words that make a sentence starting with them a question.
        general: phrases marking a sentence as a general question ("what counts as", "policy"),
            in which `terms` do not count.
        conditional: phrases that make a general question only in a sentence that asks (starts
            with a question word or ends with "?"): "if a child…?" is general, but "a flat where
            a vulnerable man lives" is not.
        child_words: phrases showing the person at risk is a child.
        adult_words: phrases showing the person at risk is an adult.
        framing: phrases showing a whole message is about training, study, a published case or
            the news, not about someone the writer is worried about; nothing in it counts.
        own_case: phrases that, opening a sentence, open the writer's own case ("here is the
            scenario", "here's my scenario" read as "here my scenario"): a framing phrase
            starting inside one is no frame; what follows is what happened.
        telling: phrases showing a sentence reports what someone said or that the writer is
            worried about someone ("she told me", "I'm worried about"): in such a sentence one
            word of a signal family is enough, and framing after it does not count.
        concluded: phrases saying the harm they name is over ("took his own life"): the cues
            and signal words inside them do not count; every other sign in the message does.
        occasion: words naming one occasion ("yesterday", "this morning"): a conditional
            opening that names one ("when a boy came in yesterday, …?") reports what happened.
        names: words after a sign of harm that make it the name of a service or a job
            ("coordinator", "referral centre"): "domestic abuse coordinator" is not a harm.
        things: phrases naming an ordinary thing with a harm word in it ("breast cancer",
            "drinks too much coffee", "cut to twice a day"): a sign ending inside one is no harm.
        health_risks: `things` that give way to a stated cause: phrases for a risk to health
            ("at risk of infection"), no harm unless their sentence says "because" after them
            (the cause may be the harm: "… because mum leaves her in the same nappy all day").
        records: phrases for someone's criminal record ("convicted of", "arrested for"): the
            harm named in or just after one is an offence on a record, not a harm now.
        kinds: phrases naming a kind of people by a harm ("victims of", "families affected
            by"): the harm just after one describes the kind, not someone now.
        closed: phrases saying a matter is over ("the court case … finished", "was jailed"):
            the signs in their clause do not count.
        enquiries: phrases for someone asking the writer about another's incident ("wants to
            know which"): the signs after one in its sentence do not count.
        deciding: phrases for how to decide about sharing ("how do I decide", "whether to
            share"): in a message that asks one, a category's `worries` and `secrets` alone are
            the setting of a question about the decision, not a sign of harm.
        permission: phrases asking whether an act would be allowed ("is it legal to", "in
            trouble for"): in a sentence that asks, the rest of the clause is the act asked
            about, unless it names a relative or the writer before the act, or says "that".
        known_words: ordinary words that look like a misspelt cue word ("setting" is not
            "sexting"); typo correction leaves them alone.
        also_names: common given names and surnames that are also words the packs know
            ("sarah" of "Sarah's law", "brown" as drug slang): beside another capitalised name
            mid-sentence they are still a full name (`knowledge.person_names.full_name_in`).
        given_names: common given names that are seldom anything else typed capitalised
            ("sarah", "emma"): one just before another capitalised word names someone, even
            when that word is one the packs know ("Sarah Black": `given_name_in`).
        surnames: common surnames ("thompson", "khan"): one after a given name typed in lower
            case in a channel names someone ("chloe thompson's gp": `dialogs.lower_case_names`).
        children_still_note: the signpost's line when the harm told is an adult's own
            childhood ("abused by her uncle as a child", `knowledge.risk_childhood`): if the one
            who abused them may still have contact with children, that is a child protection
            matter too.
        pregnancy_abuse_note: the signpost's line when domestic abuse is told of a pregnant
            woman ("20 wks pregnant and said her partner burned her arm"; round 46): her
            midwife or the maternity safeguarding team, and the domestic abuse helpline.
        markers: closed classes of single words, by name (`MARKERS`), that the steps weighing
            where a sign stands read ("supposing": the last word of a general phrase that
            supposes, "if I think"). Unlike a set's, their words are neither cue words nor
            typo targets: typo correction neither corrects towards them nor leaves them alone.
        set_aside: by the name of a reading (`SET_ASIDE`), the ids of the categories whose signs
            it may set aside ("animals": the harms an animal can suffer, `risk_animals`;
            "grown-couple": grooming, `risk_grown_couple`).
        categories: the kinds of harm.
        signals: families of words whose meeting in one sentence suggests harm.
        examples: messages the pack must catch, and ordinary questions it must not.
    """

    kind: Literal["risk"]
    sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    people: tuple[str, ...] = ()
    any_person: tuple[str, ...] = ()
    question_words: tuple[str, ...] = ()
    general: tuple[str, ...] = ()
    conditional: tuple[str, ...] = ()
    child_words: tuple[str, ...] = ()
    adult_words: tuple[str, ...] = ()
    framing: tuple[str, ...] = ()
    own_case: tuple[str, ...] = ()
    telling: tuple[str, ...] = ()
    concluded: tuple[str, ...] = ()
    occasion: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    things: tuple[str, ...] = ()
    health_risks: tuple[str, ...] = ()
    records: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    closed: tuple[str, ...] = ()
    enquiries: tuple[str, ...] = ()
    deciding: tuple[str, ...] = ()
    permission: tuple[str, ...] = ()
    known_words: tuple[str, ...] = ()
    also_names: tuple[str, ...] = ()
    given_names: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    children_still_note: str | None = None
    pregnancy_abuse_note: str | None = None
    markers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    set_aside: dict[str, tuple[str, ...]] = field(default_factory=dict)
    categories: tuple[RiskCategory, ...] = ()
    signals: RiskSignals = field(default_factory=RiskSignals)
    examples: RiskExamples = field(default_factory=RiskExamples)
    _categories_by_id: dict[str, RiskCategory] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Made once with the pack, for `category` (the first of an id, as a search in order
        # finds it); derived, so neither dumped nor compared.
        by_id = {c.id: c for c in reversed(self.categories)}
        object.__setattr__(self, "_categories_by_id", by_id)

    def category(self, id: str) -> RiskCategory | None:
        """The category whose `id` is `id`, or None when the pack has none (an organisation's
        pack need not keep every built-in id the code names)."""
        return self._categories_by_id.get(id)
