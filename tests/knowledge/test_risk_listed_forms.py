"""One word of harm alone counts only as a form its family lists (round 15).

The `alone` and `related` readings take a single word of a signal family as enough in a
sentence telling of someone in particular. The light stemmer also folds other words into a
family's words, and those were read as harm on their own: "scared" as an injury ("scar"),
"plaster" (a cast) as drunk ("plastered"), "helped me up" as a plea ("help me"), "missed the bus"
as missing. Such a single word now counts only when typed as a form its family lists; beside
other signs it still counts as before. Each look-alike failed before; the disclosures, some of
which were signposted only through such a collision, stay signposted (a base form a family
lacked, "shout", "hurt", and two cues, were added with the rule).
"""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge

BUILT_IN = load_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "mum slipped on the ice outside the post office and broke her wrist. she's in plaster for"
        " six weeks",
        "she missed the bus so she was late",
        "i am old and i fell in the garden last week but my neighbour helped me up, im fine now",
        "during the trip a child cut her finger on a tin can; the first aider dealt with it",
        "my son was scared of the dentist but he was brave and had his filling",
    ],
)
def test_a_word_the_stemmer_folds_into_harm_is_not_harm_alone(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "she's got a list of names of people she wants to hurt",
        "new at a nursery - a couple of the staff really shout at the babies",
        "Mrs K over the road hardly comes out any more and I'm scared she isn't managing to look"
        " after herself",
        "a 12 yr old in my class goes home every lunchtime to check on her mum who has MS",
        "my nan has a scar on her arm from where her carer burnt her with a cigarette",
        "he came in with a bruised cheek and says his dad did it",
    ],
)
def test_harm_in_the_forms_the_families_list_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
