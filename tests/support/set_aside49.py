"""The message tables of round 49's two set-aside readings, shared by their tests and the
test that each message is read once (tests/knowledge/test_whole_once_shape162.py).

`PRACTICE_*`: a harm only named in a question or a rule about practice (fa152,
knowledge/risk_practice_asked.py; tests/dialogs/test_practice_r49.py). `WHOSE_*`: another's
story told as a book, a film or a report tells it (fa145, knowledge/risk_whose_now.py;
tests/dialogs/test_whose_now_r49.py). `*_QUIET` are not signposted, `*_RINGS` still are.
"""

from __future__ import annotations

PRACTICE_QUIET = [
    # a question about practice: the harm is a kind named, "the person at risk"
    "housing officer here: does the person at risk always have to consent before we can share "
    "a worry with the council?",
    "To report suspicions of domestic abuse involving tenants, talk to your supervisor and follow "
    "the workplace policy for reporting abuse.",
    "If unsure whether a child is at risk of harm, any practitioner should seek advice from the "
    "safeguarding lead rather than wait for further evidence.",
    # a policy page: procedure words, no one in particular
    "Information will only be given to the person thought to be at risk, unless that person may "
    "not understand it. Staff should explain the policy on sharing information, and consent "
    "should be sought where it is safe to do so, following the local safeguarding procedures.",
]
PRACTICE_RINGS = [
    # the same words beside a particular person harmed now
    "housing officer here: a tenant told me her partner hits her. does the person at risk always "
    "have to consent before we can share a worry with the council?",
    "To report suspicions of domestic abuse, talk to your supervisor. My neighbour's husband "
    "beats her every night.",
    "If unsure whether a child is at risk of harm, any practitioner should seek advice. A pupil "
    "told me today that her dad hits her.",
    "Information will only be given to the person at risk. Staff should explain the policy on "
    "sharing information. She said her stepdad hurt her last night and she is scared to go home.",
    # the writer's own harm in a question about procedure
    "should I report it to the police if my partner hits me?",
    "what is the procedure for reporting abuse? my stepdad hits me every night",
    "our policy says we should share concerns with consent. I am being abused at home by my "
    "partner.",
]
WHOSE_QUIET = [
    # told as a book, a film or a script (30 words or more, no time of now)
    "In her debut novel a girl of twelve is sexually abused by her stepfather, runs away from home "
    "to live on the streets of Glasgow, and is taken in by an old woman who keeps pigeons.",
    "The memoir tells how the author was beaten and starved by her mother throughout her "
    "childhood in a small mining town, and how a teacher who noticed the bruises changed the "
    "course of her life.",
    "Narrator: the social worker arrives at the flat and finds the toddler alone, covered in "
    "bruises, with no food in the fridge. Social worker: where is his mother? Neighbour: she went "
    "out hours ago.",
    # told as a news or law report
    "The sheriff's office arrested a 30-year-old man on Friday for trying to stab his brother "
    "with a knife at their home. The victim was taken to hospital with cuts to his arms and is "
    "expected to recover.",
    "The father, who had beaten the children, was refused contact. The boy is referred to in the "
    "judgement as 'B'. The court found that the risk of further harm to the children outweighed "
    "any benefit of contact.",
    # told in general (round 48's stance): one person in a conditional or a general rule, or a
    # noun for one person naming a kind of harm or service
    "Information is usually shared with consent. But if there is a concern that a child may be at "
    "risk of significant harm, staff must share it with children's services without delay, and "
    "the guidance says many practitioners should also record why they decided to share.",
    "Dental professionals are well placed to notice potential patient abuse or neglect. Every "
    "practice needs a safeguarding policy, and most guidance says training should include the "
    "signs of neglect and the local procedures for sharing information with social care.",
]
WHOSE_RINGS = [
    # the writer, or someone of theirs
    "my daughter is reading a novel where a girl is sexually abused and now she says her uncle "
    "does that to her",
    "I'm writing a memoir about the abuse, and my stepdad still lives with my little sister",
    "the sheriff came round last night after our neighbour stabbed his brother, and we can hear "
    "him hitting his kids again",
    "a police spokesman said the man who attacked you is out on bail, are you safe at home?",
    # general words beside one child told of, with no conditional in the clause that names her
    "Signs of neglect may include hunger and poor hygiene, and many families need help. A girl "
    "arrived at nursery with bruises on both arms and no coat, and the guidance says staff should "
    "read the procedures before they decide.",
    # a line, not a page, and a time of now beside a blurb
    "since the novel came out she has been cutting herself",
    "In her debut novel a girl of twelve is sexually abused by her stepfather. Last night my "
    "niece read it and said that is what happens at her house, and she is scared to go home.",
    "In her debut novel a girl of twelve is sexually abused by her stepfather. The girl next door "
    "said last night that is what happens at her house, and that she is scared to go home to him.",
    # a film a child was made to watch: "film" is not a work told to readers
    "boy's drawings show adults doing sexual things. he says the lad next door who babysits made "
    "him watch a film",
]
