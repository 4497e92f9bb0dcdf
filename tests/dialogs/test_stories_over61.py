"""Round 61 (fa281, issue 11): a story that is over, the writer grown and well now, is quiet.

A census of the ringing look-alikes of harm-dev45-53 (docs/risk-cues.md, "Round 61: fa281")
found the largest kind a story that is over. Its everyday form in a writer's own words is the
writer's harm long ago told beside "I'm fine now". Round 51's reading of the writer's own harm
survived long ago (`knowledge.risk_survived.survived_long_ago`) read it only with a survivor's
word and no "he" or "she" in the message; `over_long_ago` reads the same time long past ("years
ago") with a clause of the writer's own saying they are well now ("I'm 34 now and doing fine")
or the harm said to have ended ("It stopped when I left home at 18."), the writer grown (an age
of 18 or more, or a time at least 18 years ago), and nothing telling of someone near the harm
now.

The twins are the same stories in the same words with someone at risk now ("…it stopped but he
has started again", "…I'm fine but my little sister still lives with him"), and the reading's
guards (a doer told of now, a well clause negated, a question, a harm told for the first time, a
young writer or one not told as grown); the cues alone still signpost them.
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat

OVER: dict[str, list[str]] = {
    "a story over, the writer well now": [
        "Years ago my dad used to hit me when he was drunk. It stopped when I left home at 18. "
        "I'm 34 now and doing fine.",
        "When I was a kid my stepdad was violent. That was 25 years ago. I'm safe now and happy "
        "with my life.",
        "I self harmed for a while when I was 15. That was years ago, I'm 29 now and I'm fine.",
        "I was bullied badly at school years ago. It all stopped when I moved schools. I'm 40 now "
        "and fine.",
        "Twenty years ago I took an overdose. I got help and I'm well now, I'm 45 and I run my "
        "own business.",
        "My mum drank a lot when I was little, that was thirty years ago. I'm okay now and we get "
        "on.",
        "I used to get hit with a belt as a child. That stopped decades ago. I'm 52 now and I'm "
        "fine.",
        "My first husband beat me. I divorced him 20 years ago. I'm settled now with a lovely "
        "partner.",
        "I was groomed online when I was 13, about 18 years ago. It ended when my mum found the "
        "messages. I'm doing well now.",
        "Years ago my uncle touched me when I was small. He died in 2009. I'm 38 now and in a "
        "good place, I'm okay.",
        "I tried to kill myself when I was 19. That was 12 years ago. I'm 31 now and happy.",
        "When I was 16 I was kicked out of home. That was 20 years ago, I'm 36 now and doing "
        "great.",
        "My dad was an alcoholic and used to shout at us all the time. That was years ago. I'm 44 "
        "now and I'm okay.",
        "I used to cut myself when I was a teenager. It stopped years ago. I'm 33 now and fine.",
        "I was in care as a child because my mum neglected us. That was 30 years ago. I'm fine "
        "now.",
        "My stepmum used to starve me as a punishment when I was little. It stopped years ago, "
        "I'm 37 now and okay.",
        "I had a breakdown and wanted to die years ago. I got through it and I'm happy now.",
        "I was forced to marry at 17, about 20 years ago. I divorced him and I'm settled now.",
        "Years ago a man exposed himself to me on a bus when I was 10. I'm 35 now and fine.",
        "I lived with a violent partner when I was 22. It ended years ago. I'm 47 now and happy.",
        "When I was a kid my mum used to slap me across the face. That was years ago, I'm 39 now "
        "and fine.",
        "My grandad molested me when I was 8. He died years ago. I'm 42 now and I'm okay.",
        "I overdosed when I was 17. That was years ago and I'm doing well now, I'm 30.",
        "Years ago I was raped by a man I met at a party. I'm 44 now and I'm okay.",
        "I was neglected as a child, often hungry and dirty. That was decades ago. I'm 60 now and "
        "well.",
        "My ex was controlling and used to check my phone. I left him twenty years ago. I'm 48 "
        "now and happy.",
        "Years ago I was in an abusive relationship and he used to push me around. I'm 52 now and "
        "safe.",
        "I lived with domestic violence for years. I got out 25 years ago and I'm safe now.",
        "I was sexually assaulted at university decades ago. I had counselling and I'm well now.",
        "I was addicted to heroin about twenty years ago. I've been clean a long time and I'm "
        "well now.",
        "My mum used to call me stupid and worthless when I was a child, 30 years ago. I'm okay "
        "now.",
        "I was beaten at boarding school decades ago. I'm 70 now and in good health, I'm fine.",
        "When I was a teenager I starved myself for months. That was 25 years ago and I'm well "
        "now.",
        "I was a victim of grooming when I was 14, about 20 years ago. I'm safe now and doing "
        "well.",
        "Decades ago I was locked out of the house overnight as a punishment. I'm fine now.",
        "I used to be hit with a slipper as a kid, 35 years ago. I'm 44 now and happy.",
        "Twenty years ago I was so depressed I wanted to die. I'm 41 now and I'm good.",
        "My husband was violent to me for years, he died thirty years ago. I'm 80 now and I'm "
        "fine.",
        "My dad used to beat me with his belt, that was decades ago. I'm 58 now and I'm fine.",
        "I self harmed badly in my twenties, about 18 years ago. I'm 46 now and doing well.",
        "Thirty years ago my boyfriend used to hit me and lock me in the flat. I'm safe now.",
        "I ran away from a violent home when I was 16, that was 30 years ago. I'm settled now.",
        "My mother neglected us when I was a girl, forty years ago. I'm 51 now and well.",
        "I was held at knifepoint in a robbery 20 years ago. I'm 60 now and I'm okay.",
        "Twenty years ago my dad used to hit me when he was drunk. It stopped when I left home at "
        "18.",
        "My stepmum used to starve me as a punishment when I was little, 30 years ago. It all "
        "stopped when my dad found out.",
        "I was bullied by a manager decades ago. It ended when I changed jobs.",
        "Thirty years ago my husband used to hit me. It stopped when I divorced him.",
        "When I was a kid my dad used to beat my mum, forty years ago. It ended when she left him.",
        "I'm 52. My ex controlled my money and my phone years ago. It's over and it has been for "
        "a long time.",
        "I self harmed as a teenager, about 20 years ago. It stopped when I got help.",
        "Decades ago my uncle used to touch me. It stopped when we moved away.",
        "I'm 60. I was in an abusive marriage years ago. It ended when he left.",
    ],
}

AT_RISK: dict[str, list[str]] = {
    "the same story with someone at risk now": [
        "Years ago my dad used to hit me when he was drunk. It stopped when I left home but he "
        "has started hitting me again since I moved back.",
        "When I was a kid my stepdad was violent. That was 25 years ago. I'm safe but my little "
        "sister still lives with him and he hits her.",
        "I self harmed for a while when I was 15. That was years ago, but I've started cutting "
        "myself again this week.",
        "My ex was controlling and used to check my phone. I left him ten years ago but now he's "
        "back and threatening me.",
        "I was bullied badly at school years ago. Now my son is being bullied and beaten up at "
        "the same school.",
        "Twenty years ago I took an overdose. I'm 45 and I'm having those thoughts again, I want "
        "to kill myself.",
        "My mum drank a lot when I was little, that was thirty years ago. Now she looks after my "
        "kids and she's drunk every time.",
        "Years ago I was in an abusive relationship. He used to push me around. It stopped but "
        "last night he pushed me down the stairs.",
        "Back when I was a teenager I had an eating disorder. That was 15 years ago but I'm "
        "starving myself again.",
        "I used to get hit with a belt as a child. That stopped decades ago. Now my dad hits my "
        "nephew with a belt.",
        "My first husband beat me. I divorced him 20 years ago but he still beats his new wife "
        "and her children.",
        "I was groomed online when I was 13. It ended when my mum found the messages. Now the "
        "same man is messaging my daughter.",
        "Years ago my uncle touched me when I was small. I'm 38 now and he still babysits my "
        "nieces.",
        "I tried to kill myself when I was 19. That was 12 years ago. I'm 31 now and I feel "
        "suicidal again.",
        "My parents used to lock me in my room for hours when I was a kid. They still lock my "
        "little brother in his room.",
        "I lived with domestic violence for years. I got out 8 years ago but he has found my "
        "address and is threatening to kill me.",
        "Years ago I was homeless. I'm settled now but my 15 year old has run away and is "
        "sleeping rough.",
        "When I was 16 I was kicked out of home. That was 20 years ago. My parents have just "
        "kicked my 16 year old brother out too.",
        "My dad was an alcoholic and used to shout at us. That was years ago. I'm okay but he "
        "still hits my mum when he's drunk.",
        "I was sexually assaulted at university years ago. The same man is now a teacher at my "
        "daughter's school.",
        "My ex used to threaten to kill himself if I left. I left 11 years ago. My new partner is "
        "now threatening to kill me.",
        "I used to cut myself when I was a teenager. It stopped years ago. Now my 14 year old "
        "daughter is cutting herself.",
        "I was in care as a child because my mum neglected us. That was 30 years ago. She's "
        "neglecting my half brother now.",
        "Years ago my boyfriend strangled me during a row. I left him. My current partner "
        "strangled me last night.",
        "I was abused by a teacher when I was 12. He still works with children at a youth club.",
        "My brother used to beat me up when we were kids. That was decades ago. He now beats his "
        "own kids.",
        "When I was 14 I ran away from home for a week. That was 22 years ago. Now my daughter is "
        "missing.",
        "I was addicted to heroin years ago. I'm using again and my kids are at home with me.",
        "My stepmum used to starve me as a punishment when I was little. It stopped years ago but "
        "she is starving my little brother now.",
        "I had a breakdown and wanted to die years ago. I got through it but I want to die again "
        "now.",
        "I was forced to marry at 17, about 20 years ago. Now my parents are forcing my 15 year "
        "old sister to marry.",
        "Years ago a man exposed himself to me on a bus when I was 10. The same man exposed "
        "himself to my son today.",
        "I lived with a violent partner when I was 22. It ended years ago. He is back and he hit "
        "me again.",
        "When I was a kid my mum used to slap me across the face. That was years ago, but she "
        "still slaps my little sister.",
        "I was trafficked to the UK years ago and made to work for nothing. They still have my "
        "passport and I can't leave.",
        "My grandad molested me when I was 8. I'm 42 now and he still has my cousin's kids over "
        "to stay.",
        "I used to be beaten by my ex every weekend. I got away from him 15 years ago, but he is "
        "beating me again.",
        "I overdosed when I was 17. That was years ago but I took an overdose again last night.",
        "My father used to hit my mother in front of us when I was a child. It stopped years ago. "
        "Now he hits my stepmum in front of my little brothers.",
        "Years ago I was raped by a man I met at a party. I'm 44 now and he raped me again last "
        "week.",
        "When I was a teenager my boyfriend used to control who I saw. That was 20 years ago. My "
        "husband now controls who I see and takes my money.",
        "I was neglected as a child, often hungry and dirty. That was decades ago. My sister's "
        "kids are hungry and dirty now.",
        "Twenty years ago my dad used to hit me when he was drunk. It stopped when I left home "
        "but he has started again since I moved back.",
        "My stepmum used to starve me as a punishment when I was little. It all stopped when my "
        "dad found out, but she starves my little brother now.",
        "Thirty years ago my husband used to hit me. It stopped for years but last night he hit "
        "me again.",
        "I'm 45. My brother used to hurt me when I was a child. That stopped when he moved out, "
        "but he is hurting his own kids.",
        "Decades ago my uncle used to touch me. It stopped when we moved away, and he is now "
        "living with my cousin's children.",
        "I'm 60. I was in an abusive marriage years ago. It ended when he left, but he keeps "
        "turning up and threatening me.",
        "I self harmed as a teenager, about 20 years ago. It stopped when I got help, but I cut "
        "myself again last week.",
    ],
    "the reading's guards": [
        "Years ago my dad used to hit me. I'm 34 now and fine. He works at a primary school.",
        "Twenty years ago my uncle abused me. I'm not okay now, I can't sleep.",
        "Twenty years ago my ex beat me. I'm safe now. He is now with a woman who has two young "
        "kids.",
        "When I was a kid my stepdad hit me, it was 20 years ago. I'm fine now but he has my "
        "little cousins at weekends.",
        "Years ago my uncle raped me. I'm 30 now and okay. I have never told anyone.",
        "I was abused by my coach decades ago and I'm fine now, he still coaches the under 12s.",
        "Twenty years ago my dad beat me. I'm fine now. Should I tell someone he is a foster "
        "carer?",
        "Twenty years ago my stepdad raped me. It stopped when I left home. I want to report him.",
        "I'm 40. My coach abused me 25 years ago. I'm fine now but I need to tell the police.",
        "I'm 15. Years ago my dad used to hit me. I'm okay now.",
        "My uncle touched me 5 years ago. I'm fine now.",
        "Years ago my stepdad hit me when I was little. I'm fine now.",
        "I'm 16. My dad used to hit me years ago. It stopped when he moved out.",
        "My uncle used to touch me 5 years ago. It stopped when we moved away.",
        "Twenty years ago my dad hit me. It stopped me going out for years. He still hits my mum.",
    ],
}


@pytest.mark.parametrize("message", cases(OVER))
def test_a_story_over_with_the_writer_well_now_gets_no_signpost(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", cases(AT_RISK))
def test_its_twins_telling_of_someone_at_risk_now_lead_with_the_signpost(
    chat: Chat, message: str, cues_only: None
) -> None:
    assert chat.send(message)[0].risk_of_harm
