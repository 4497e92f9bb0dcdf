"""Indicators of harm a message names without harm words: each is a sign trainers teach.

Round 11 (misses): children hiding from a parent out of control, threats about leaving, touching a
child when they say no, food withheld or never sent, missing from care and not found, degrading
names and threats of removal, persistent poor hygiene with infestation, indirect suicidal intent,
monitoring a partner, a relationship across a position of trust, food saved to take home, no sign
of life at a frail adult's home, dread as home time comes, a glare that silences, strangulation
named indirectly ("does the neck thing"), FGM named as "the procedure", no documents of one's own,
the same stained clothes seen again, an online "friend" sending gifts and wanting a child to visit.
The cues are pack data (knowledge/packs/risk.yaml); these lines are the writer's own probes, each
indicator worded several ways, beside ordinary lines with the same words that must not signpost.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

TOLD = (
    # children hiding from a drunk / out-of-control parent
    (
        "my husband drinks himself into a state in front of our three little ones. last week I "
        "found them hiding in the bathroom because he was out of control"
    ),
    "the kids hide in their room because their dad gets drunk and shouts",
    "my partner drinks herself into oblivion most nights while the baby is in the cot",
    "when he has been drinking the children hide under the bed",
    "her mum drinks herself into a stupor every weekend and the girls look after themselves",
    # threats about a partner leaving
    (
        "my client's husband keeps telling her 'I will destroy you if you leave' and that she'll "
        "never see the kids again"
    ),
    "he says if she leaves him she will never see the children again",
    "her boyfriend told her he would ruin her life if she ever left",
    "he said if I try to leave he'll take the kids and I'll never see them again",
    "my ex says he will destroy me in court and make sure I never see my son again",
    # touching a child against their will
    (
        "my 4 year old says her nursery teacher keeps picking her up and holding her when she "
        "says no. she also hugs her and kisses her cheek at home time"
    ),
    "a parent says the coach keeps hugging her son even though he tells him to stop",
    "the volunteer tickles the children and won't stop when they say no",
    "my daughter says her uncle kisses her on the mouth even though she tells him to stop",
    "one of the staff keeps holding a boy on her lap when he asks to get down",
    # withheld food / no food sent
    (
        "a 5 year old often arrives with no lunch or just a cereal bar, today she was dropped off"
        " late with no bag. parents never answer and the head says we mustn't feed her"
    ),
    "my 7 year old pupil comes in with no breakfast and no lunch most days",
    "his mum says he isn't allowed to eat until he has finished his chores",
    "his stepmum sends him to bed without any tea as a punishment",
    "the foster carer won't feed the boy when he misbehaves",
    "she was told she can't have any food until she apologises",
    # missing from care / not found
    (
        "two lads, 16 and 15, jumped the fence at the residential unit five days ago and still "
        "haven't been found. one is autistic and it's getting colder at night"
    ),
    (
        "a 14 year old climbed out of the window of her children's home last night and hasn't "
        "been found"
    ),
    "our resident left the care home on friday and still has not been located",
    "the boy absconded from his placement and police have not traced him",
    "my son went off on his bike three days ago and still hasn't been found",
    # degrading names / threatening removal
    (
        "a 9 yr old in my after school group told me his mum keeps saying there's something wrong"
        " with him, that he's a monster and always will be, and that she'll get social services "
        "to take him away"
    ),
    "her dad calls her a monster and a freak in front of her friends",
    "mum keeps telling him she will put him in care if he doesn't behave",
    "his mum says she'll ring social services and have him taken away",
    "my pupil says his stepdad calls him a little monster and tells him nobody wants him",
    # persistent poor hygiene with infestation
    (
        "year 4 teacher. one girl in my class smells so strongly of wee the other kids move away "
        "from her, she's had lice and flea bites for months and I've started washing her uniform "
        "myself in the school laundry. mum never answers our letters"
    ),
    "a boy in my class smells every day and his clothes are always dirty",
    "she has flea bites all over her legs and her hair is full of lice",
    "we have been washing his clothes at school because he comes in smelling",
    "the children have bed bug bites and scabies that never get treated",
    "he always smells of urine and the other children won't sit next to him",
    # indirect suicidal intent
    (
        "a 68 yr old lady with pancreatic cancer says she will do 'whatever she needs to' rather "
        "than become dependent and won't discuss care options. she doesn't want her partner "
        "involved in case he gets arrested for helping her"
    ),
    "my dad says he'd rather be dead than go into a home",
    "she has asked her husband to help her end it when the time comes",
    "he said he won't be a burden to anyone and has been giving his things away",
    "our patient says she'd sooner die than be dependent on carers",
    # monitoring a partner
    (
        "a mum at our toddler group says her partner needs to know where she is every minute, "
        "went through her phone and found she'd talked about leaving, and since then poured juice"
        " over her in front of the kids. her little girl isn't sleeping"
    ),
    "her husband goes through her phone every night and reads all her messages",
    "my client's boyfriend insists on knowing where she is at all times",
    "he poured a drink over her head at the party because she was talking to a friend",
    "her partner has to know where she is every minute of the day",
    # position of trust relationship
    (
        "practice manager. one of our vulnerable patients has told the GP he's in a relationship "
        "with one of the receptionists. do we have to report it to anyone?"
    ),
    "a year 11 pupil says she is in a relationship with her PE teacher",
    "one of our support workers is dating a resident with learning disabilities",
    "I think a carer is sleeping with one of the clients she supports",
    (
        "a student told me she has been seeing her tutor outside college and they are in a "
        "relationship"
    ),
    # food hoarding / taken home
    (
        "found a stash of food in a little girl's tray - she saves it to take home on Fridays so "
        "she has something at the weekend"
    ),
    "a boy in year 2 hides bread rolls in his bag to take home",
    "she keeps asking for leftovers to take home for her little brothers",
    "he fills his pockets with food from the breakfast club to take home",
    # no sign of life at a frail adult's home
    (
        "lady next door is very frail and keeps herself to herself. some days there's no movement"
        " at all at her house"
    ),
    (
        "the old man at number 4 has had his curtains closed for three days and his milk is still"
        " on the step"
    ),
    (
        "my elderly neighbour's post is piling up on the mat and her curtains have been shut "
        "since tuesday"
    ),
    "nobody has seen the old lady upstairs for a week and her lights are never on",
    # dread of going home
    (
        "3 year old at nursery gets more and more anxious all afternoon as home time gets closer,"
        " asking over and over if it's time to go home yet"
    ),
    "a girl in my class gets really anxious every day as home time approaches",
    "he becomes distressed at pick up time when his stepdad arrives",
    "she is frightened at home time and clings to staff",
    # intimidation: a look that silences
    (
        "my friend's husband glares at her whenever she speaks and she just goes silent. "
        "am I overreacting?"
    ),
    "the children go silent whenever their stepdad walks into the room",
    "she goes quiet when her husband is around and lets him answer every question for her",
    "my client stares at the floor and goes silent whenever her partner comes into the appointment",
    "he glares at her if she disagrees with him in front of people",
    # strangulation said indirectly
    "patient in for a smear said her partner does the neck thing when he's in one of his moods",
    "she said he does that neck thing again last night and she saw stars",
    "my client says her ex used to do the throat thing when he was angry and now he's back",
    # FGM named as "the procedure"
    (
        "Her older sister told her form tutor that girls in their family 'have the procedure' at "
        "her age."
    ),
    "she told me all the girls in her family have the procedure when they turn nine",
    "a mum said the women in her community had the cut and her daughter will too this summer",
    # without documents of her own
    (
        "one girl says she's 17, doesn't seem to have her own documents and never goes anywhere "
        "except the salon"
    ),
    "the lads at the car wash don't hold their own passports, the boss keeps them",
    "she has no papers of her own and her employer does all the talking",
    # the same stained or dirty clothes
    (
        "visited Mr J (84) today. lost a lot of weight, same stained shirt as last week, forgot "
        "what I'd said a minute before"
    ),
    "the little boy in my class wears the same dirty jumper every day",
    "our resident has been in the same soiled pyjamas since monday",
    # an online "friend" sending gifts or asking to meet
    (
        "her 14 yr old made friends on a fan site and one of them has been sending letters and a "
        "necklace and wants her to come and visit"
    ),
    (
        "my son met someone on a gaming site who keeps sending him parcels and wants him to come "
        "and stay"
    ),
    (
        "a girl in year 8 says a friend from an app has sent her a phone and wants her to meet "
        "him in town"
    ),
    "someone she chats to online sent her a bracelet and asked her to visit him next weekend",
)

ORDINARY = (
    # children hiding from a drunk / out-of-control parent
    "my son likes hiding in the bathroom when we play hide and seek",
    "the kids were hiding in the garden because they wanted to surprise their dad",
    # threats about a partner leaving
    "she worries the move abroad means grandad will never see the kids again",
    "if she leaves the job she will lose her pension, is that right?",
    "the storm will destroy the garden if we leave the shed open",
    # touching a child against their will
    "my toddler says no when I try to pick her up from nursery, is that normal?",
    "the teacher picks the children up from the hall and holds the door for them",
    "can staff hug children who are upset?",
    # withheld food / no food sent
    "she forgot her packed lunch today so we gave her a school dinner, can we charge the parents?",
    "can we feed a child who has a nut allergy in the breakfast club?",
    "he arrived with no lunch because it was a school trip and lunch was provided",
    # missing from care / not found
    "the keys still haven't been found, can we charge the tenant?",
    "the boy jumped the fence to get his football back",
    "has a cure been found for dementia yet?",
    # degrading names / threatening removal
    "my son loves monster trucks and dinosaurs",
    "can social services take a child away without telling the parents?",
    "the cookie monster costume was a hit at the school fair",
    # persistent poor hygiene with infestation
    "the class hamster has fleas, can we take it home over half term?",
    "my daughter got head lice from school, how do I treat them?",
    "the school laundry washes the football kit every week",
    # indirect suicidal intent
    "my mum says she'd rather stay at home than go into respite",
    "he was arrested for helping a friend move stolen goods years ago",
    "she will do whatever she needs to get the job",
    # monitoring a partner
    "my son needs to know where the bus stop is for the school trip",
    "I poured juice over my cereal by mistake",
    "she went through her phone contacts to find the number of the plumber",
    # position of trust relationship
    "two of our receptionists are in a relationship, does HR need to know?",
    "how do I build a relationship with a new client?",
    # food hoarding / taken home
    "the children made biscuits to take home to their parents",
    "can we let children take home leftover food from the class party?",
    # no sign of life at a frail adult's home
    "no movement on the planning application for the house next door",
    "the curtains in the hall were closed for the school play",
    # dread of going home
    "the children get excited as home time gets closer on fridays",
    "my son is anxious about starting school, any tips?",
    # a nurse holding a hand, a stolen bike, a state, a game, a house move
    "the nurse held her hand when she said no to the injection and we stopped",
    "my son's bike still hasn't been found since it was stolen from outside school",
    "she was in a terrible state in the waiting room after the news",
    "he calls his little brother a monster when they play dinosaurs",
    "my mum says she will do anything rather than move house",
    # the riskier cues' words in ordinary lines
    "I stopped tickling her when she said stop, like we teach at nursery",
    "the dentist says we mustn't feed her sweets before bed",
    "our dog has fleas again and the kids keep getting bitten, who do we call?",
    "the nursery needs to know where she is going after she leaves in july",
    "the school has to know where they are at all times on the trip",
    "the nurse is in a relationship with a doctor from another ward",
    "he asked if he could hold her hand when she said no to the swings",
    "she arrived with no lunch again because it was her birthday treat day",
    "we had to put the kitten into care at the rescue centre because the landlord said no pets",
    "the children get anxious at pick up when the car park is busy",
    "she hides her lunch because she is embarrassed about what she eats",
    "our cat has fleas and scratches all day",
    "my son was anxious at home time because he wanted to stay and play",
    "the volunteer did not stop when the whistle went",
    # intimidation: a look that silences
    "she goes quiet when the teacher asks her a question in maths",
    "my son goes silent when he is concentrating on his lego",
    "the dog glares at the cat whenever it comes in",
    "the class went silent when the head walked in",
    "he glares at me whenever I take the last biscuit, it's a running joke",
    # strangulation said indirectly
    "she has a neck thing going on, the physio thinks it's posture",
    "the throat thing she had turned out to be tonsillitis",
    # FGM named as "the procedure"
    "what is the procedure for reporting a concern about a girl in our school?",
    "what's the procedure if a parent refuses to collect their child?",
    # without documents of her own
    "she doesn't need her own passport to travel with us to France, does she?",
    "my son has got his own passport now, can he travel alone?",
    # the same stained or dirty clothes
    "she wore the same dress as last week to the party",
    "can pupils wear the same pe top for sport and swimming?",
    # an online "friend" sending gifts or asking to meet
    (
        "my daughter's pen pal from the school exchange sent her a necklace and wants her to "
        "visit in the summer"
    ),
    "my son's friend from football wants him to come and stay at the weekend",
    "my 12 year old plays minecraft and her friend from school wants her to come and stay",
    "my 10 year old plays roblox with her cousin who sent her a present for her birthday",
    "the app sent my 11 year old a reminder and her nan wants her to visit",
    # no documents of one's own
    "my son doesn't have his own passport yet, can he travel on mine?",
    # no answer, a quiet ward, a post building, a quiet child hearing news
    "I phoned the parents twice but there was no answer at home, can I share with the nurse?",
    "it was quiet when my mum came home from work so I made tea",
    "the ward was quiet when my dad arrived for his operation",
    "I work in the post building next to the school, my son comes in after class",
    "she went quiet when her dad explained the divorce, is that normal for a 6 year old?",
)


@pytest.mark.parametrize("text", TOLD)
def test_an_indicator_worded_in_many_ways_is_signposted(text: str) -> None:
    """Each indicator is caught however it is worded, not only as one set worded it."""
    assert BUILT_IN.detect(text) is not None


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_in_an_ordinary_line_are_not(text: str) -> None:
    """The indicator's words in an ordinary line (a game, a pet, a trip, a policy) stay quiet."""
    assert BUILT_IN.detect(text) is None


def test_state_is_not_stats() -> None:
    """ "into a state" stems like "stats": it must not make the sentence a question about figures,
    while "the stats on…" still does."""
    assert BUILT_IN.detect("my husband drinks himself into a state every night.") is not None
    assert BUILT_IN.detect("what do the stats on domestic abuse say?") is None


def test_the_procedure_of_a_family_is_not_a_procedure_question() -> None:
    """ "the procedure" that girls of a family "have" is FGM's name, not a question about
    procedures; "what is the procedure for reporting…?" still asks."""
    told = "she says the girls in her family have the procedure at her age"
    assert BUILT_IN.detect(told) is not None
    assert BUILT_IN.detect("what is the procedure for reporting a girl at risk of fgm?") is None
