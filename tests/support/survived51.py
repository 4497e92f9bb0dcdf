"""The message tables of round 51's survived and reported readings (fa173), shared by their
test (tests/dialogs/test_survived_r51.py) and the test that each whole-message reading is read
once (tests/knowledge/test_whole_once_shape162.py). `SURVIVED_QUIET` are not signposted,
`SURVIVED_RINGS` still are.
"""

from __future__ import annotations

SURVIVED_QUIET = [
    # the writer's own harm, survived long ago
    "I'm a suicide survivor. Years ago I made a very serious attempt on my own life. I am doing "
    "well and want to help other people who struggle.",
    "Like many survivors of childhood violence, I grew up to be a survivor of domestic violence. "
    "Twenty years ago I lived with a man who hurt me. I volunteer at a refuge.",
    # another's story as an inquiry or a lawsuit tells it
    "A care worker who slapped an elderly resident across the face was allowed to keep working "
    "in the sector, an inquiry has been told. The resident's daughter said the provider did not "
    "report the assault to the regulator for months.",
    "A former pupil is suing the county council over abuse by a teacher at a children's home in "
    "the 1980s, saying staff ignored the signs and the bruises on his arms.",
]
SURVIVED_RINGS = [
    # the brief's own disclosures
    "years ago my uncle abused me and he still babysits my niece",
    "when I was a child my dad hit me; now he looks after my kids",
    # survived long ago, but someone near the harm now, a time of now, a fear or a first telling
    "I am a survivor of abuse. Years ago my uncle abused me and he still babysits my niece.",
    "I survived domestic abuse years ago but now he has found where I live.",
    "I am a survivor. Years ago my stepdad raped me and I have never told anyone.",
    "I'm a survivor of childhood abuse from years ago and my abuser has just moved in next door.",
    "I'm a survivor of sexual abuse years ago. My abuser lives with my sister and her kids.",
    "I am a self harm survivor. I stopped cutting years ago but the urges are back.",
    "I survived a suicide attempt years ago and I am thinking about it again.",
    "Years ago I survived abuse by my coach, who still coaches girls at the club.",
    "I am a survivor of abuse by my grandad from years ago. My sister leaves her kids with him.",
    # an inquiry told of by someone of the writer's own
    "An inquiry has been told that the care worker who slapped my mum is still working at her "
    "home, and I am scared she will do it again.",
]
