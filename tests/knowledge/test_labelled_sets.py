"""The labelled sets: well formed, dev and held-out apart, and the development floors kept.

The held-out sets are measured (`infoshare eval`, figures in the README) but never asserted on
here: a floor on a held-out set would invite tuning against it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.app import Core
from dialogs.evaluation import assistant_judge
from knowledge.evaluation import evaluate, load_cases

DATA = Path(__file__).resolve().parents[1] / "data"
GATHERED = ("practice", "harm")
LABELLED = ("*-dev*.yaml", "dev-*.yaml", "*holdout*")


def sources(path: Path) -> set[str]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(item["source"]).rstrip("/").lower() for item in items}


@pytest.mark.parametrize("path", [p for pattern in LABELLED for p in sorted(DATA.glob(pattern))])
def test_every_labelled_set_loads(path: Path) -> None:
    assert load_cases(path)


@pytest.mark.parametrize("kind", GATHERED)
def test_no_source_page_is_in_both_a_development_and_the_held_out_set(kind: str) -> None:
    held_out = sorted(DATA.glob(f"{kind}-holdout*.yaml"))
    if not held_out:
        pytest.skip(f"no {kind} held-out set")
    dev = set().union(*(sources(p) for p in DATA.glob(f"{kind}-dev*.yaml")))
    assert dev, kind
    assert not dev & set().union(*(sources(p) for p in held_out))


def test_no_source_page_is_in_both_halves_of_the_sourced_question_sets() -> None:
    # The sets of questions about the guidance gathered from public pages (dev-questions2 onwards)
    # give a page for every item; the first pair was written from the Q&A alone and gives none.
    dev = [sources(p) for p in sorted(DATA.glob("dev-questions[2-9]*.yaml"))]
    held_out = [sources(p) for p in sorted(DATA.glob("holdout-questions[2-9]*.yaml"))]
    assert dev and held_out and all(dev) and all(held_out)
    assert not set().union(*dev) & set().union(*held_out)


def test_disclosures_in_the_development_sets_are_signposted(core: Core) -> None:
    judge = assistant_judge(core.assistant)
    cases = [c for p in sorted(DATA.glob("harm-dev*.yaml")) for c in load_cases(p)]
    report = evaluate(judge, cases)
    assert report.risk_caught_rate >= 0.95
    # A floor against slipping back, not the target (3%): 30 of 724 (4.1%) before harm-dev12
    # came in round 13, whose ordinary messages rang 24 false alarms of 51 untouched; after that
    # round's tuning 46 of 775 (5.9%). harm-dev13 came in round 15 with 23 false alarms of 50
    # untouched; after that round's tuning 64 of 825 (7.8%; 45 of 775 without harm-dev13).
    # harm-dev14 came in round 16 with 17 false alarms of 52 untouched, and no rule of that
    # round lowered them: 81 of 877 (9.2%; 64 of 825 without harm-dev14, as before). harm-dev15
    # came at that round's end, measured untouched and not tuned on: 16 of 57, so 97 of 934 (10.4%).
    # Round 17 narrowed seven rules by what they cost (docs/risk-cues.md): 92 of 934; two of them
    # cost a held-out disclosure each and were reverted: 94 of 934 (10.1%). Round 18: harm-dev16
    # came with 26 of 60 untouched (42 of its ordinary messages are about one person with words
    # near harm); the learnt model's dev items were in-sample by then: 120 of 994 (12.1%).
    # Round 20: harm-dev17 came with 20 of 40 untouched: 139 of 1,034 (13.4%). Round 21: harm-dev18
    # came with 22 of 60 untouched: 161 of 1,094 (14.7%). Round 22: harm-dev19 (writers' own
    # words, no longer reworded) came with 26 of 42 untouched: 181 of 1,136 (15.9%); harm-dev20
    # with 8 of 13: 189 of 1,149 (16.4%). Round 24: harm-dev21 (writers' own words) came with 13
    # of 17 untouched; with round 23's rules merged: 194 of 1,166 (16.6%). Round 25: round 24's
    # rules, 193 of 1,166; harm-dev22 came with 8 of 17 untouched: 201 of 1,183 (17.0%). Round 27:
    # round 27's rules, 198 of 1,183; harm-dev23 (short messages as typed in a chat, thread titles
    # and first lines) came with 13 of 21 untouched: 211 of 1,204 (17.5%). Round 28: round 28's
    # rules (a storyline told, a death told with when it was), 208 of 1,204 (17.3%). Round 30:
    # harm-dev24 (people who pose a risk to a child, long messages) came with 9 of 18 untouched
    # (the code before round 30's cues gives the same): 217 of 1,222 (17.8%). Round 32: harm-dev25
    # (ordinary halves leaning to policy, training, news and looking back; disclosures written by
    # young people and parents) came with 13 of 21 untouched: 229 of 1,243 (18.4%); round 32's
    # false-alarm rules (fa32, without its death-told rule, which lost a held-out disclosure):
    # 222 of 1,243 (17.9%). Round 33 (fa33): a figure of people ("up to 1.3 million children
    # are living with parents who misuse alcohol") is no one in particular: 221 of 1,243 (17.8%);
    # "statement" a name ("our modern slavery statement"): 219 of 1,243 (17.6%); an item of a
    # list joins its clause ("legally mandated to report abuse, neglect, …"): 218 (17.5%); a
    # service used online is a thing ("looking at online courses"): 217 (17.5%); children as a
    # whole kept from a harm ("failed to protect children from extreme views"): 216 (17.4%); a
    # place that burned down ("his house burned down"): 215 (17.3%). Round 34: harm-dev26
    # (asking whether what is described is abuse; adults at risk; look-alikes from the same
    # pages) came with 13 of 20 untouched: 228 of 1,263 (18.1%); fa34: a worry said of
    # someone else, 227; people of a kind "falling under extremist influence", 226 (17.9%).
    # Round 35 (fa35): what a kind of people does or faces in general ("GPs often see…"), 225
    # of 1,263 (17.8%). Round 36: harm-dev27 (look-alikes leaning to past matters, people's own
    # past now safe, definitions, fiction and idioms) came with 20 of 38 untouched: 245 of 1,301
    # (18.8%); r1m36's everyday questions read as harm ("a missed depot"): 244 of 1,301 (18.8%).
    # Round 37: harm-dev28 (look-alikes: stories and past matters, mostly from outside the UK)
    # came with 28 of 37 untouched: 272 of 1,338 (20.3%); fa37 (advice to no one in particular, the
    # law stated, a novel retold, and fa36's readings but its fear of a thing), whom37 (a staff
    # member who saw a relative's act is the witness): 263 of 1,338 (19.7%). Round 38: harm-dev29
    # (look-alikes from advice columns, faith groups' pages, court reports, TV plots, idioms, mostly
    # from outside the UK) came with 27 of 37 untouched: 290 of 1,375 (21.1%). Round 39: harm-dev30
    # (look-alikes from parenting and advice forums, carers' and school staff forums, case-review
    # summaries, job and course pages) came with 28 of 31 untouched: 317 of 1,406 (22.5%); fa39
    # (harm to an animal alone, a pet's groomer, a parent's own child upset) and whom40 (a
    # partner's "smashed" is no parent drunk): 312 of 1,406 (22.2%). Round 40: harm-dev31
    # (look-alikes from hospitality, gaming, student and carers' pages, advice columns) came with 23
    # of 29 untouched: 335 of 1,435 (23.3%); fa41 (a shop is not someone's shopping): 334 (23.3%).
    # Round 42: harm-dev32 (look-alikes from pharmacies, childminders, food banks, lifeguards, vets,
    # kinship carers, tutors, faith groups, mostly from outside the UK) came with 15 of 19
    # untouched: 349 of 1,454 (24.0%); fa43 (an accident written up on its form): 348 (23.9%).
    # Round 43: harm-dev33 (look-alikes that read like disclosures: past suicide attempts in student
    # halls, inquests, farm papers, autism and LGBT youth pages, care homes and domestic workers in
    # the news, poems and stories) came with 25 of 28 untouched: 372 of 1,482 (25.1%); fa47 (a
    # court's case dealt with, told in the third person): 370 of 1,482 (25.0%). Round 44:
    # harm-dev34 (look-alikes that read like disclosures: vivid first-person pasts, teaching
    # scenarios, hypotheticals, retold stories, from student halls, building sites, farming, forces
    # families, dementia and carers' pages) came with 27 of 28 untouched: 397 of 1,510 (26.3%);
    # the round's readings (fa53, fa59, fa64) quietened none of them. Round 45: harm-dev35
    # (look-alikes from advice columns in four countries, parenting, teachers', HR, tenant, expat
    # and recovery pages, and issue threads where people typed real messages) came with 21 of 25
    # untouched: 418 of 1,535 (27.2%); lado90's grandchildren as children rang a law firm's
    # "protecting your grandchild from parental abuse" (+1): 419 of 1,535 (27.3%). Round 46:
    # harm-dev36 (look-alikes from pet-welfare, allotment, cycling, referees' and festival pages,
    # ombudsman decisions, and issue threads where people typed real messages) came with 25 of 30
    # untouched: 444 of 1,565; life102 (a heart appointment missed is no one missing): 443 of
    # 1,565 (28.3%). Round 47: harm-dev37 (look-alikes from advice and agony-aunt columns, tenants'
    # and employment forums, streaming and game communities, student and carers' pages, faith pages,
    # taxi stories, caravan blogs; English only) came with 31 of 36 untouched: 474 of 1,601 (29.6%).
    # Round 48: harm-dev38 (scout leaders, driving instructors, forces and prisoners' families,
    # church youth work, hairdressers, farmers' and cyclists' forums, issue threads; English only)
    # came with 12 of 18 untouched: 486 of 1,619 (30.0%).
    # stance135 (a whole message told in general terms, or a memory of one's own past work
    # long ago; knowledge/risk_stance.py): 481 of 1,619 (29.7%). Round 49: harm-dev39 (69 unused
    # pages; teaching scenarios now labelled by the round-49 rule, see its header) came with 21 of
    # 23 untouched: 502 of 1,642 (30.6%). fa145 (another's story told as a book, a film or a
    # script, or as a news or law report, naming no one of the writer's; knowledge/
    # risk_whose_now.py; round 48's stance read wider: one person named in a conditional or a
    # general rule, "child abuse" as a kind): 494 of 1,642 (30.1%); fa152 (a harm only named in
    # sentences about practice): 493 of 1,642 (30.0%). Round 50: harm-dev40 (47 unused pages, mostly
    # look-alikes: few unused disclosure pages were left) came with 26 of 32 untouched: 519 of
    # 1,674 (31.0%). Round 51: harm-dev41 (26 unused pages) came with 14 of 15 untouched: 534 of
    # 1,689 (31.6%). fa173 (the writer's own harm survived long ago, knowledge/risk_survived.py;
    # an inquiry's, a tribunal's or a suit's report read as the press's): 529 of 1,689 (31.3%).
    # Round 52: harm-dev42 (24 unused pages) came with 13 of 15 untouched: 541 of 1,704 (31.7%);
    # harm-dev43 (59 long first-person posts and case prose, court and inquest reports among the
    # look-alikes) came with 29 of 32 untouched: 570 of 1,736 (32.8%). fa182 (two grown people
    # in a relationship): 569; long186 (a hearing reported as the press reports it, a plea):
    # 558 of 1,736 (32.1%). Round 53: harm-dev44 (21 unused pages) came with 10 of 11 untouched;
    # harm-dev45 (51 pages of the kinds unfound before: FGM, missing people, modern slavery...)
    # with 20 of 23: 588 of 1,770 (33.2%). Round 54: harm-dev46 (28 unused pages, mostly long
    # first-person or retold stories) came with 16 of 18 untouched: 604 of 1,788 (33.8%).
    # Round 55: round 54's narrowed cues, 601 of 1,788; harm-dev47 (27 unused pages in rare
    # registers: drivers, a barber, coaches, scout leaders, gamers) came with 16 of 17 untouched:
    # 617 of 1,805 (34.2%). harm-dev48 (225 unused pages in four kinds the check was weakest on:
    # an older or disabled adult's neglect, allegations against staff, suicide risk, domestic abuse;
    # development only) came with 122 of 137 signposted and 66 false alarms of 88 untouched: 683 of
    # 1,893 (36.1%). kinds215's readings: 682. fa211 (harm words with no one harmed, read by the
    # words around them: a thing moved, a task made to be done, idioms; 595 of 1,788 on the
    # round's first sets): 676 of 1,893 (35.7%). Round 56: harm-dev49 (28 unused pages: a
    # dentist, a landlord, midwives, nannies, food banks, probation, forums) came with 11 of 11
    # signposted and 12 false alarms of 17 untouched: 688 of 1,910 (36.0%). fa222 (a guide told
    # to its reader: "Call 911", "you should…", "What to do if…", beside sentences of harm in
    # general, when no sentence with a sign names someone in particular or a time of now; its
    # reading of a writer named only in a question reverted at the merge): 686 of 1,910 (35.9%).
    # advice227 (round 37's advice asks whose story first: a forum's advice on the reader's own
    # maid, "keeping her passport is completely illegal", now rings): 687 of 1,910 (36.0%).
    # Round 57: harm-dev50 (29 unused pages: a GP receptionist, a delivery driver, a care-home
    # cook, an interpreter, a letting agent, forums, advice columns; few rare kinds were left
    # unused) came with 11 of 11 signposted and 16 false alarms of 18 untouched: 703 of 1,928
    # (36.5%). fa241 (a plain thing described, "the empty bottles"; grief after a death told
    # as over, left to the learnt model alone; God no person's name): 700 of 1,928 (36.3%).
    # Round 58: harm-dev51 (29 unused pages, some from GitHub issue threads: the stored pages
    # are nearly used up) came with 10 of 11 signposted and 15 false alarms of 18 untouched:
    # 715 of 1,946 (36.7%). Round 59: harm-dev52 (27 unused pages; the rare kinds' disclosure
    # pages are used up) came with 10 of 11 signposted and 15 false alarms of 16 untouched: 730 of
    # 1,962 (37.2%). Round 60: harm-dev53 (27 unused pages found with everyday words rather than
    # harm labels; no rare kind's disclosure page left) came with 9 of 10 signposted and 16 false
    # alarms of 17 untouched: 746 of 1,979 (37.7%). Round 61: harm-dev54 (27 more unused pages,
    # everyday words and people asking whether something counts) came with 10 of 10 signposted
    # and 12 false alarms of 17 untouched: 757 of 1,996 (37.9%); harm-dev55 (27 pages from a
    # second gatherer, other voices) 10 of 10 and 13 of 17: 770 of 2,013 (38.3%).
    assert report.false_alarm_rate <= 0.383
    assert report.wrong_quote_rate <= 0.01


def test_practice_questions_in_the_development_sets_are_rarely_quoted_wrongly(core: Core) -> None:
    judge = assistant_judge(core.assistant)
    cases = [c for p in sorted(DATA.glob("practice-dev*.yaml")) for c in load_cases(p)]
    # Every development set, as each new one arrives (the first three alone were read until
    # round 10): 4 of 654 (0.6%) when practice-dev10 came, measured before anyone tuned on it.
    report = evaluate(judge, cases)
    assert report.wrong_quote_rate <= 0.01
    # A floor against slipping back on the signpost's false alarms (issue 11's target 3%): 25 of
    # 897 (2.8%) at round 19's start, 14 of 897 (1.6%) after its `things` phrases for harm words
    # read in another sense (docs/risk-cues.md, round 19). Round 20: practice-dev17 came with 13
    # of 94 untouched (3.0% of all). Round 21: practice-dev18 came with 8 of 83 untouched: 40 of
    # 1,143 (3.5%). Round 22: practice-dev19 (writers' own words) came with 24 of 86 untouched:
    # 60 of 1,229 (4.9%); practice-dev20 with 12 of 56: 72 of 1,285 (5.6%). Round 24:
    # practice-dev21 came with 7 of 25 untouched; with round 23's rules merged: 77 of 1,310 (5.9%).
    # Round 25: round 24's rules, 74 of 1,310; practice-dev22 came with 5 of 26 untouched: 79 of
    # 1,336 (5.9%). Round 26: practice-dev23 and practice-dev24 (disclosures told inside practice
    # questions beside ordinary ones naming harm) came with 10 of 23 and 10 of 22 untouched: 99 of
    # 1,381 (7.2%). Round 27: one practice-dev24 item relabelled a disclosure by the lead (a
    # member of staff who spoke of suicide and how): 98 of 1,380. practice-dev25 (questions near the
    # published answers, from people in roles) came with 7 of 33 untouched: 102 of 1,413 (7.2%).
    # Round 28: practice-dev26 (case questions about one particular person, half at risk) came
    # with 12 of 22 untouched: 114 of 1,435 (7.9%). Round 30: practice-dev27 (leaning to
    # disclosures told inside practice questions) came with 9 of 18 untouched: 123 of 1,453 (8.5%).
    # Round 32 (fa32): a debt collector named, 122 of 1,453 (8.4%). Round 33 (fa33): a service used
    # online ("their child's online learning journal"), 121 of 1,453 (8.3%); a record of injuries
    # ("their PAR-Q answers and injury history"), 120 of 1,453 (8.3%); "bitter" a real word, not
    # a misspelt "batter", 119 of 1,453 (8.2%). Round 33: practice-dev28 (look-alikes of the
    # published questions) came with 3 of 14 untouched; with the round's rules, 121 of 1,467 (8.2%).
    # Round 35: practice-dev29 (ordinary practice questions naming harm, nobody at risk) came with
    # 6 of 35 untouched: 125 of 1,502 (8.3%); fa35 (GPs who "often see" family members), 124.
    # Round 37: practice-dev30 (people seldom heard before: dentists, pools, universities, salons,
    # landlords, employers; mostly from outside the UK) came with 18 of 47 untouched: 142 of 1,549
    # (9.2%); round 37's rules (fa37's lesson missed, "cut first period"): 141 of 1,549 (9.1%).
    # Round 38: practice-dev31 (teaching assistants, nannies, vets, interpreters, parish councils,
    # neighbours; mostly from outside the UK) came with 8 of 28 untouched: 149 of 1,577 (9.4%).
    # Round 39: practice-dev32 (school nurses, children's homes, therapists, prisons, letting
    # agents, pharmacy counters, host families; mostly from outside the UK) came with 14 of 37
    # untouched: 158 of 1,614 (9.8%); fa39's readings, 157 of 1,614 (9.7%). Round 40:
    # practice-dev33 (ambulance and first aid, GP and dental staff, housing, hotels, shops, drivers,
    # cadets, moderators, young workers) came with 13 of 41 untouched: 170 of 1,655 (10.3%); fa41
    # (a refuge worker's job, a shop, written parliamentary questions, a study's subject): 165 of
    # 1,655 (10.0%). Round 42: practice-dev34 (pharmacies, libraries, faith groups, housing,
    # probation, interpreters, foster carers, tutors; mostly from outside the UK) came with 11 of 36
    # untouched: 176 of 1,691 (10.4%); fa43 (harm written into records): 175 of 1,691 (10.3%).
    # Round 43: practice-dev35 (GP practices, universities, apprenticeship providers, carers'
    # forums, separated parents, early-help hubs, holiday clubs, children's homes; over half from
    # outside the UK) came with 15 of 36 untouched: 190 of 1,727 (11.0%); typo correction reaching
    # every cue word read a misspelt "pover" as harm (+1), a tenant owing rent is no one missing
    # (quiet47, -1): 190 of 1,727 (11.0%). Round 44: practice-dev36 (GP practice managers, exams
    # officers, bursars, supported lodgings, Clare's Law pages, drug services, holiday clubs, home
    # care agencies; about half from outside the UK) came with 9 of 27 untouched: 199 of 1,754
    # (11.3%); fa64's readings (an ICO complaint decision quiet): 198 of 1,754 (11.3%). Round 45:
    # practice-dev37 (data-protection officers' pages, NHS trusts' pages for carers, charity
    # trustees, sports clubs' data pages, Welsh, Scottish, Northern Irish and Irish procedures)
    # came with 11 of 37 untouched: 209 of 1,791 (11.7%); the round's readings moved none. Round
    # 46: practice-dev38 (hospices, coroners, attorneys, advocates, banks, prisoners' families,
    # SEND and adoption records; about half from outside the UK, some in other languages) came
    # with 5 of 40 untouched: 214 of 1,831 (11.7%); lang117's precautionary signpost on a message
    # not in English (the assistant reads English only) rings 16 more, every one in another
    # language: 230 of 1,831 (12.6%). Round 47: practice-dev39 (dentists, opticians, pharmacy,
    # occupational health, GP reception, care homes, faith groups, dance schools, housing,
    # probation; English only) came with 8 of 38 untouched: 238 of 1,869 (12.7%). Round 48:
    # practice-dev40 (sports coaches, cubs, churches, dental and forces health, salons, groomers,
    # a vets' ethics case, bank staff, nannies, school-bus parents, housing, apprenticeships;
    # English only) came with 8 of 25 untouched: 246 of 1,894 (13.0%). Round 49: practice-dev41
    # (39 unused pages, none telling of someone at risk) came with 3 of 19 untouched: 249 of
    # 1,913 (13.0%). fa145 (round 48's stance read wider: one person named in a conditional or a
    # general rule, "patient abuse" as a kind): 242 of 1,913 (12.7%). fa152 (a harm only named in
    # sentences about practice, knowledge/risk_practice_asked.py): 236 of 1,913 (12.3%). Round 50:
    # practice-dev42 (20 unused pages) came with 3 of 18 untouched: 239 of 1,931 (12.4%). Round
    # 51: practice-dev43 (9 unused pages) came with 5 of 9 untouched: 244 of 1,940 (12.6%).
    # Round 52: practice-dev44 (7 unused pages) came with 2 of 7 untouched: 246 of 1,947 (12.6%).
    # Round 56: at the round's start 245 of 1,965 (12.5%); fa222 (a guide told to its reader, see
    # the harm sets above): 242 of 1,965 (12.3%); practice-dev48 (13 unused pages) came with 1 of
    # 7 untouched: 244 of 1,972 (12.4%). Round 57: practice-dev49 (6 unused pages, none answered)
    # came with 3 of 6 untouched: 247 of 1,978 (12.5%). curly244 (a phone's apostrophe read as
    # the ASCII one by every reading and the model): a page typed with U+2019 ("You haven't
    # seen your elderly neighbor lately…"), rung by the model when typed with "'", rings so too:
    # 248 of 1,978 (12.5%). Round 58: practice-dev50 (6 unused pages, half from GitHub issue
    # threads, one answered) came with 2 of 6 untouched: 250 of 1,984 (12.6%). fa252 (a general
    # question's "because their…" about anyone of a kind; "anyone who… has legal immunity" read as
    # a rule for anyone): 249 of 1,984 (12.6%). Round 59: practice-dev51 (5 unused pages, one
    # answered, one a training scenario of suicide risk) came with 1 of 4 untouched: 250 of 1,988
    # (12.6%). Round 60: practice-dev52 (12 unused pages, one answered) came with 0 of 12
    # untouched: 249 of 2,000 (12.5%).
    assert report.false_alarm_rate <= 0.127
