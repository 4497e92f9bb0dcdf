"""Round 12 (misses): kinds of wording the risk check missed on harm-dev11, each as a class.

For every missed disclosure of harm-dev11 (and the fan-site one left from harm-dev6) the class of
wording was named and probed both ways BEFORE any cue was written: disclosures worded other ways,
and ordinary lines that share the words. The classes: hoarding and a fire risk in an older
adult's home; a marriage the family picked, refusing it cast out; a child repeating that someone
"does that to me" when shown abuse, or a secret from a parent beside a game or a bath; a caller
telling an older person their roof or chimney needs work; a child doing the housework or living
alone with an ill parent (young carer); a child who never arrived at school, with a rumour of
where or nobody knowing; someone met online who claims to be the child's age, in private contact
or sending gifts. Then, from the writer's own wider probes: possessions given away beside a sign
of an ending; a caller saying a computer is hacked or claiming to be the bank, then money moved;
weight lost, or teeth or hearing aids left out, since going into a care home; someone coming
into a child's room in text-speak ("in2") or a door that will not lock; a threat to post videos
of someone "if"; a child seeing someone in his twenties; a one-way ticket abroad for a child;
nobody having seen someone living alone for days; an ex who knows where she lives now; a young
woman barred from study or kept at home to keep house; a child told she will live with a
"husband"; a new older "cousin" waiting for a child after school in a car; a baby sleeping in a
drawer, a family in one room with mould or rats; adults at risk: someone who moved in keeping
family out or changing the locks, another's name on an older person's house after papers were
signed, the same traders doing the same work again and again, a disabled adult made to carry or
sell for a group, sedated to be "less trouble". The cues are pack data
(knowledge/packs/risk.yaml, a comment above each).
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

TOLD = (
    # hoarding, and a fire risk, in an older adult's home
    (
        "housing officer. tenant in her 70s, flat is stacked to the ceiling, can only get through "
        "a path in the hall, she smokes and has an airflow mattress. how do I get the fire service "
        "to do a home safety visit?"
    ),
    (
        "my neighbour is 80 and his house is piled to the ceiling with newspapers, you can barely "
        "get in the door"
    ),
    (
        "district nurse: patient's bungalow is full of rubbish bags floor to ceiling and she "
        "smokes in bed with her oxygen on"
    ),
    (
        "the old man downstairs has so much stuff piled up that he sleeps in his chair because he "
        "can't get to his bed"
    ),
    (
        "client in his 60s, the rooms are crammed full of stuff, only a narrow path through to the "
        "kitchen, and he uses candles since the electric was cut off"
    ),
    (
        "my dad smokes in bed and uses emollient cream, the carpet has cigarette burns all round "
        "his chair"
    ),
    (
        "social worker: my client's flat is rammed to the ceiling with bags and boxes and she has "
        "an oxygen concentrator"
    ),
    "her bungalow is so cluttered that she sleeps in her armchair and she smokes",
    (
        "the tenant upstairs is in his 80s, his hallway has only a narrow path through the junk "
        "and he lights candles at night"
    ),
    # forced marriage: a match picked for someone against their will
    (
        "next month I'm meant to marry the man my parents picked for me. I've told them I don't "
        "want to, they say I'll be an outcast if I refuse. the panic attacks are getting worse"
    ),
    (
        "my parents have chosen a husband for me and the wedding is in the summer but I don't want "
        "to marry him"
    ),
    (
        "a year 11 girl says her family has picked a man for her to marry after her exams and she "
        "doesn't want to"
    ),
    "my student says she has to marry the boy her dad chose for her or her family will cut her off",
    "she told me she is being made to marry someone she has never met in the summer holidays",
    (
        "my friend's parents have arranged for her to marry a cousin and say she will be disowned "
        "if she says no"
    ),
    (
        "my best friend is being sent to marry the cousin her uncle picked for her and she cries "
        "every night"
    ),
    (
        "a year 12 student says she will be disowned and shunned if she refuses the man her family "
        "chose"
    ),
    "he says he'll be an outcast if he says no to the girl his parents have lined up for him",
    # a child's reported words: someone "does that to me", a secret from a parent
    (
        "my friend's 4 year old was watching a film about a girl being abused and said 'june does "
        "that to me' - june's the 17 year old cousin who babysits him at weekends. he said it's a "
        "secret from mummy"
    ),
    "my 5 year old said her babysitter has a special game that is a secret from mummy",
    (
        "a child in reception said that uncle tom does that to her too when they saw a programme "
        "about touching"
    ),
    (
        "the little boy told his key worker that his uncle gives him baths and it's a secret from "
        "his mum"
    ),
    (
        "my 6 year old said the boy next door plays a game with her and it's their secret and she "
        "mustn't tell mummy"
    ),
    "during the NSPCC PANTS assembly a year 2 girl whispered that her stepbrother does that to her",
    (
        "after the PANTS lesson a year 1 boy said his cousin touching his willy is what his uncle "
        "does to him"
    ),
    (
        "we watched a video about smacking and my 5 year old said daddy does that to her when "
        "mummy is out"
    ),
    # doorstep crime / rogue trader against an older adult
    (
        "a man calling himself Tony told the old lady across the road her chimney needed fixing "
        "after the storm. she gave him £1,500 up front and he hasn't been back"
    ),
    (
        "two men knocked on my gran's door saying her roof was loose and charged her £4000 cash "
        "for an hour's work"
    ),
    (
        "a builder turned up at my elderly neighbour's house uninvited and said the gutters needed "
        "replacing, she paid him up front and he never came back"
    ),
    (
        "my 90 year old uncle paid a man who cold called at his door £800 for a new driveway and "
        "he's not come back"
    ),
    (
        "my mum is 82 and keeps letting in a man who says her roof needs work and she's paid him "
        "thousands"
    ),
    (
        "my grandad is 85 and two men knocked on his door saying his roof was dangerous, he's "
        "given them his savings"
    ),
    (
        "an elderly lady on my round had a man at the door who said her drains needed replacing "
        "and he took £900"
    ),
    # a young carer doing personal care and the running of a home
    (
        "Sam is 8 and it's just him and his mum, who has MS and uses a wheelchair. he helps her in "
        "and out of bed, does the washing and fetches everything"
    ),
    (
        "Emma's 17 and since her dad left 4 years ago she's done all the cooking, cleaning, food "
        "shopping and paying the bills because her mum has rheumatoid arthritis and some days "
        "can't make a cup of tea"
    ),
    "my pupil has done all the housework since his dad's stroke",
    "he's 10 and he lifts his dad in and out of the bath every night",
    "a year 6 girl helps her mum in and out of bed and gets her little brother ready for school",
    "she's 12, it's just her and her dad who has MS, and she does all the cooking",
    "Jack is 9 and lives with his mum who is bedbound, he makes all the meals",
    "Tom is 11 and lives alone with his dad who has schizophrenia and won't go out",
    "since his mum's stroke the 14 year old does all the shopping and pays the bills",
    # a child who did not arrive at school and is whereabouts unknown
    (
        "school just rang at 2.40 to say my son hasn't been in all day and there's a rumour he and "
        "another boy have gone to Exeter. he left this morning like normal with his PE kit"
    ),
    (
        "my daughter left for school as usual this morning but the school says she never arrived "
        "and her phone is off"
    ),
    (
        "college phoned to say my 15 year old hasn't been in all day, his friends think he has "
        "gone to london with an older lad"
    ),
    (
        "a year 9 boy never turned up to registration and his mum says he left home at 8, nobody "
        "knows where he is"
    ),
    "the school texted that my son didn't arrive this morning, I dropped him at the gate",
    (
        "my 13 year old went off with a friend after lunch and hasn't been seen since, there's a "
        "rumour they got a train to Manchester"
    ),
    (
        "the school rang because my 14 year old never turned up and her friends reckon she went "
        "off with an older lad"
    ),
    "he didn't arrive at school this morning and his phone is switched off, it's not like him",
    (
        "our year 10 pupil hasn't been in all day and nobody knows where he is, mum thought he was "
        "here"
    ),
    # an online contact whose age or identity is doubtful, in private contact with a child
    (
        "teacher: a vulnerable girl in my class who was badly bullied says a 'boy her age from "
        "Dubai' reads her blog and has been emailing her privately for months. his english is "
        "suspiciously good. her mum is very anxious"
    ),
    (
        "Parent came to me worried - her 14 yr old made 'friends' on a Harry Potter fan site. One "
        "of them, supposedly a girl her age, has been sending letters to the house (childish "
        "writing on the envelope, adult handwriting inside, quite suggestive) and a silver "
        "necklace, and wants her to come and visit."
    ),
    (
        "my 12 year old has been messaging someone privately on instagram for weeks who says he's "
        "her age"
    ),
    "a boy in year 8 says a girl his age he met on a gaming site messages him secretly every night",
    "my son says his new friend from fortnite is supposedly 13 and wants to meet him",
    (
        "my daughter's online friend supposedly a boy her age keeps messaging her privately and "
        "asking for her school"
    ),
    (
        "my 13 year old has been talking privately on discord for weeks to someone who says she is "
        "her age but wants to video call"
    ),
    (
        "a student says her online friend claims to be 15 and has sent her presents and wants to "
        "meet up"
    ),
    # possessions given away with a sign of an ending
    "my flatmate has given away her cat and all her stuff and keeps saying it won't matter soon",
    "my son gave away his xbox and his games to his friends and said he won't need them anymore",
    "a resident has given away all his belongings to other residents and said goodbye to the staff",
    "my mum gave away her jewellery to us last week and keeps saying sorry for everything",
    # a remote-access or impersonation scam on an older person
    (
        "my dad keeps getting calls from a man saying his computer has a virus and he's let him "
        "log on and take payments"
    ),
    (
        "my nan had a call from someone saying they were from the bank and she moved her savings "
        "to a safe account"
    ),
    (
        "my 80 year old mum got a pop up saying her laptop was hacked, she rang the number and "
        "gave them her card details"
    ),
    (
        "a man phoned my uncle claiming to be from the police and told him to withdraw cash for a "
        "courier to collect"
    ),
    # an older person's care home: weight, teeth, glasses
    (
        "my nan in the care home has lost loads of weight and her teeth haven't been in for weeks, "
        "staff say she refuses food"
    ),
    (
        "since dad went into the nursing home he has lost so much weight and his hearing aids "
        "haven't been put in for days"
    ),
    "mum's dentures have not been in for a week at the home and she can't eat properly",
    # text-speak: someone coming into a child's bedroom, a door that will not lock
    "im 15 n my stepdad comes in2 my room wen mum's on nights n i cant lock the door",
    "my uncle keeps coming in2 my bedroom wen every1 is asleep",
    "i'm 12 and i can't lock my bedroom door and my mum's boyfriend comes in at night",
    "she says she can't lock her door and her brother comes into her room at night",
    # a threat to post videos or pictures of someone
    "my bf says if i go out with my mates without him he'll post the vids of me",
    "she told me her ex said he would share the pictures of her unless she sends more",
    "he says if I leave he'll send the videos of me to my parents",
    "my daughter's ex says if she doesn't get back with him he is going to upload pics of her",
    # a child seeing someone in his twenties or older
    (
        "my 15 yo daughter's been seeing a 'friend' in his 20s who picks her up in a nice car and "
        "she's changed completely"
    ),
    "a year 9 girl says her boyfriend is in his twenties and buys her vapes",
    "my 14 year old son has a new friend in his 30s who gives him money and lifts",
    # a one-way ticket abroad for a child
    "they've booked a one way ticket to pakistan for my friend in the summer and she's only 15",
    (
        "a year 10 pupil says her dad has bought her a one way ticket to bangladesh and she "
        "doesn't want to go"
    ),
    "my 14 year old niece is being sent to somalia on a one way flight next week",
    # nobody has seen someone living alone
    (
        "nobody's seen the old man at number 4 for a week and there's a smell coming from the "
        "letterbox"
    ),
    "no one has seen my elderly neighbour for days and her curtains are still closed",
    "nobody's heard from the lady in the bungalow for a week, she lives alone",
    # an ex who knows where she lives now
    "i keep getting texts from my ex saying he knows where i live now and he's coming for me",
    "my client's ex has found out where she lives and keeps turning up outside",
    "her ex husband knows where she works now and has been following her home",
    # barred from study or kept at home to keep house
    (
        "my student's dad has forbidden her from going to university and she's being kept at home "
        "to look after the house"
    ),
    "a year 12 girl says her brothers have banned her from applying to college",
    "she's 17 and being kept at home to cook and clean for her uncles since she left school",
    # a new older "cousin" or man waiting for a child after school
    "one of our Year 11s has a new older 'cousin' who waits for her after school in a BMW",
    (
        "a year 8 girl has a new boyfriend who picks her up from the school gates in a different "
        "car each week"
    ),
    "older men in a van have been waiting outside school for a 14 year old girl",
    # a child going to live with a "husband"
    (
        "a 12 year old in my class says she has been told she'll be going to live with her "
        "'husband' after the summer"
    ),
    "a year 7 pupil said she's being sent to stay with her husband in the holidays",
    # nowhere safe to sleep
    "the family I support live in one room with mould and the baby sleeps in a drawer",
    "health visitor: the newborn sleeps in a cardboard box on the floor next to the dogs",
    "four children are living in one room with rats and no heating",
    # someone who moved in with a vulnerable adult keeping family out
    (
        "the new 'friend' who moved in with my brother (he has a learning disability) has changed "
        "the locks and won't let us in"
    ),
    "my uncle's lodger won't let anyone see him now and he has dementia",
    "since her boyfriend moved in my autistic sister doesn't let us visit and he has her keys",
    # another's name on an older person's house after papers were signed
    "gran's been signing things for the man next door and now his name is on her house",
    "my nan with dementia signed some papers for her carer and now her name is on the bank account",
    # the same traders doing the work again and again
    "the lady I clean for has had five new roofs in two years from the same builders",
    "my elderly neighbour has had three new driveways from the same men who keep knocking",
    # a disabled adult made to carry or sell for a group
    (
        "a man with learning disabilities at the day centre has been made to carry bags for a "
        "group of lads and comes in with cuts"
    ),
    "our service user with autism says his mates make him sell stuff for them at the station",
    # sedated to be less trouble
    "the care home keeps my dad sedated so he's 'less trouble' and he barely recognises us",
    "a nurse told me the night staff give residents extra sedatives so they're more manageable",
)


ORDINARY = (
    # hoarding, and a fire risk, in an older adult's home
    "we are stacking chairs to the ceiling in the school hall for the summer fair",
    "the storeroom is piled to the ceiling with files, can I shred old records?",
    "can the fire service share a home safety visit report with the housing officer?",
    "the tenant has an airflow mattress delivered by the hospital, who do I tell about the move?",
    "the loft is packed to the rafters with the kids' old toys, can the council collect them?",
    "we moved my mum's oxygen to her bedroom, do we tell the GP?",
    # forced marriage: a match picked for someone against their will
    "my parents picked the school for me and I don't want to go there",
    "we have picked a venue for the wedding, is it ok to share the guest list with the caterer?",
    "she picked a man for the role in the school play",
    (
        "my son would be an outcast at school if he refused to go on the trip, how do I raise it "
        "with the teacher?"
    ),
    # a child's reported words: someone "does that to me", a secret from a parent
    "my son's birthday party is a secret from mummy, can nursery keep it quiet?",
    "my toddler watched a film about a dog and said grandad does that to me when he tickles",
    "the football coach said kicking the ball that way does that to your knee",
    # doorstep crime / rogue trader against an older adult
    "my chimney needed fixing after the storm so I paid the sweep £200 up front",
    "the roofer came back to finish the job, do I need to tell the landlord?",
    "my nan's neighbour fixed her fence for free after the storm",
    "my grandad's roof needs fixing after the storm, can the council help pensioners with repairs?",
    "two men knocked on the door selling dusters, is that allowed?",
    # a young carer doing personal care and the running of a home
    "my carer helps me in and out of bed, can she see my medical notes?",
    "my son has done all the cooking for his DofE expedition, can school share his photo?",
    "she's done all the paperwork for the school trip",
    "the care worker helps the resident in and out of bed twice a day",
    "my wife has done all the cooking since my stroke, can I get a carer's assessment?",
    # a child who did not arrive at school and is whereabouts unknown
    (
        "school rang to say my son hasn't been in all day because the bus broke down, do I need to "
        "ring the attendance office?"
    ),
    "my daughter hasn't been in school all week with flu, can the teacher send work home?",
    "there's a rumour that the school is closing, who can I ask?",
    # an online contact whose age or identity is doubtful, in private contact with a child
    "my daughter has a pen pal her age in france who writes to her every month",
    "my son's friend his age from school has been messaging him about the homework",
    "a boy her age in her class emails her the notes when she's off sick",
    "can a school blog show pupils' first names?",
    "my 12 year old plays minecraft with her cousin who is her age",
    "my son's friend from cubs wants to meet him at the park",
    "my 11 year old plays roblox with a girl her age from her class every night",
    # possessions given away with a sign of an ending
    "she's given away all her old clothes to charity, can the shop send a receipt?",
    "my son gave away his old bike to his cousin, is that ok?",
    # a remote-access or impersonation scam on an older person
    "my dad's computer has a virus, can the repair shop look at his files?",
    "the bank called my mum to check a payment she made, is that normal?",
    "can the police phone me about my son's case without a letter first?",
    # an older person's care home: weight, teeth, glasses
    "my nan has lost weight since her operation, can the GP tell us why?",
    "can the care home share my dad's weight chart with me?",
    "my son's brace hasn't been in for a week because it broke, does the dentist need to know?",
    # text-speak: someone coming into a child's bedroom, a door that will not lock
    "the bathroom door can't lock, can the landlord fix it before my dad comes to stay?",
    "my son can't lock his locker at school, who do I ask?",
    "the caretaker comes in at night to lock the doors, can he see the CCTV?",
    # a threat to post videos or pictures of someone
    "if it rains tomorrow he will post the photos of the sports day on the school website",
    "can the school share photos of my son on its facebook page?",
    "if I send you the pictures of the form, will you share them with the nurse?",
    # a child seeing someone in his twenties or older
    "my 15 year old's tutor is in his 20s, can he have her phone number for lessons?",
    "my 16 year old works at a café where the manager is in his 30s, can he share her rota?",
    # a one-way ticket abroad for a child
    "we booked a one way flight to india for my gap year, can I share my passport details?",
    "my son is 16 and flying one way to Spain to join his dad, does school need to know?",
    # nobody has seen someone living alone
    "no one's seen the letter from the council for weeks, who do we ask?",
    # an ex who knows where she lives now
    "my ex knows where I live because we share custody, can he get my new phone number?",
    "does my ex need to know where I work for the child maintenance form?",
    # barred from study or kept at home to keep house
    "my son's been banned from going to the school disco after the fight, can I appeal?",
    "the university has barred students from the library after 10pm",
    # a new older "cousin" or man waiting for a child after school
    "my older cousin picks me up after school in his car, can the school release me to him?",
    "the new teaching assistant waits at the school gate to collect the year 7s for the bus",
    # a child going to live with a "husband"
    (
        "my 12 year old is going to stay with my sister and her husband for the summer, does "
        "school need to know?"
    ),
    # nowhere safe to sleep
    "the baby's clothes are in a drawer in the nursery, can we share the room?",
    "my son sleeps in a single room at university, is the damp the landlord's job?",
    # someone who moved in with a vulnerable adult keeping family out
    "my landlord changed the locks on the shed, can he do that?",
    # another's name on an older person's house after papers were signed
    "his name is on our house deeds, can he sell without my signature?",
    # the same traders doing the work again and again
    "we've had two new boilers in a year from the same company, can I complain?",
    "the school has had three new roofs since it was built",
    # a disabled adult made to carry or sell for a group
    "the lads at the day centre carry the chairs for the group every friday",
    "can a man with learning disabilities be made to leave supported living?",
    # sedated to be less trouble
    "the vet sedated our dog so he was easier to manage at the groomers",
)


@pytest.mark.parametrize("text", TOLD)
def test_a_class_of_wording_is_signposted_however_worded(text: str) -> None:
    """Each class of wording is caught in the words of the set and in other words."""
    assert BUILT_IN.detect(text) is not None


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_in_an_ordinary_line_are_not(text: str) -> None:
    """The class's words in an ordinary line (a wedding, a repair, a sick day) stay quiet."""
    assert BUILT_IN.detect(text) is None


def test_a_young_carer_is_signposted_as_a_young_carer() -> None:
    """A child alone with an ill parent is found as the young-carer kind of harm, whose contacts
    are the school's lead and children's social care."""
    found = BUILT_IN.detect(
        "Sam is 8 and it's just him and his mum, who has MS and uses a wheelchair."
    )
    assert found is not None
    assert found.categories == ("young-carer",)


def test_a_doorstep_caller_is_an_adult_at_risk() -> None:
    """A caller telling an older person their chimney needs fixing is financial abuse of an
    adult, not a child's harm."""
    found = BUILT_IN.detect(
        "a man calling himself Tony told the old lady across the road her chimney needed fixing"
    )
    assert found is not None
    assert found.categories == ("adult-abuse-neglect",)
