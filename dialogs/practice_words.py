"""The people a practitioner works with ("a pupil", "my client"): a message naming one is a
practitioner's. Read by the writer's voice (`dialogs.own_voice`, only after harm is found) and by
the question about the asker's own information (`dialogs.own_information`, every question), so it
is kept apart from the voice's readings, which a start that answers a question never imports.
"""

from __future__ import annotations

PRACTICE = frozenset(
    [
        "pupil",
        "pupils",
        "student",
        "students",
        "client",
        "clients",
        "patient",
        "patients",
        "pt",
        "resident",
        "residents",
        "tenant",
        "tenants",
        "claimant",
        "claimants",
        "learner",
        "learners",
        "attendee",
        "attendees",
        # "a dad on my caseload said he will kill me": the writer threatened at work (round 44)
        "caseload",
        "caseloads",
    ]
)
