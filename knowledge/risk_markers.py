"""The names of the risk pack's `markers`: word lists the risk check reads beside the cues (a
pack may give only these; `risk_schema` rejects any other name). Split from `risk_pack` in round 44.
"""

# The `markers` the risk check reads, and where (else beside each): `risk_clauses` "supposing",
# "writers-own", "examples"; `risk_setting` "because" to "going-on"; `risk_scene` "told-writer";
# `risk_telling` "pass-on", "rule-sharing"; `risk_subjects` "sharing", "anyone"; `risk` "asides".
MARKERS = (
    "supposing",
    "writers-own",
    "case-pointers",  # `risk_clauses.case_in_frame`
    "child-work",  # `risk_finding.judge`: the LADO for an adult harmed
    "because",
    "particular",
    "pointing",
    "going-on",
    "recovered",
    "safe-places",  # `risk_setting.outside_settings` (round 47)
    *("near-later-openers", "near-later"),  # `risk_near_later.going_on_later` (round 51)
    "since",
    "told-writer",
    *("told-back", "happening", "happens-where"),  # `risk_told_back.told_back`
    # `risk_kin_age.kin_aged`:
    *("kin-owners", "elder-kin", "parent-kin", "youth-roles", "kin-state", "kin-harms"),
    "kin-minded",  # `risk_kin_age.kin_aged` (round 46)
    *("told-back-tellers", "told-back-general"),  # `risk_told_back.told_back_by_one`
    *("told-anew", "told-anew-back", "told-anew-returned"),  # `RiskReading.remark`
    *("same-verbs", "same-things"),  # `dialogs.same_again.told_the_same`
    *("answer-said", "answer-given"),  # `dialogs.risk_reading.RiskReading.remark`
    "english-also",  # `knowledge.english_share.not_english` (round 46)
    *("role-line", "agreed-gesture", "gesture-off"),  # `RiskReading.remark`, `.as_check_answer`
    "role-head",  # `dialogs.remark_readings.names_role`
    *("told-to", "told-off"),  # `risk_staff_acts.told_staff`
    *("safe-now", "safe-not", "safe-long"),  # `risk_safe_now.safe_now` (round 44)
    *("plot-words", "plot-reading", "plot-readers"),  # `risk_plot_asked.plot_asked` (round 44)
    "staff-saw",  # `risk_staff_witness.witness_staff`
    # `risk_staff_words.not_staff_words`:
    *("staff-body", "body-before", "role-after", "staff-missing", "missing-before"),
    *("campus", "campus-years", "campus-halls", "campus-people", "school-words"),  # risk_campus
    "alleging",  # `risk_staff_witness.witness_staff`
    *(
        "lado-roles",
        "lado-tells",
        "lado-said",
        "lado-being",
        "lado-doing",
        "lado-runs",
    ),  # `risk_lado_doer`
    *("lado-bid-whom", "lado-bid", "lado-runs-who", "lado-runs-gap"),  # `risk_lado_doer`
    "told-act",  # `risk_staff_acts.kin_acts`
    "money-told",  # `dialogs.bank_note` (round 47): the bank's route only where money is told
    "collapse-habit",  # `dialogs.danger_now` (round 47): "cant wake up when…", no collapse now
    "rail-places",  # `dialogs.rail_police` (round 47): British Transport Police on the railway
    # the contacts pack's lines' `only_when_told` (`dialogs.lines_told`; round 48):
    *("slavery-told", "marriage-told", "unpaid-not", "unpaid-pay", "carers-named"),
    *("asks-of-it", "asks-pointer"),  # `dialogs.remark_readings.asks_of_it` (round 47)
    # `own_role.OwnRole` (`risk_staff_acts.writer_staff`, `dialogs.friend_voice`; round 48):
    *("label-opens", "label-articles", "label-not", "label-tails", "own-roles"),
    *("injury-done", "injury-marks", "injury-not"),  # `risk_done_by_kin.injuries_by_kin`
    "seen-people",  # `risk_staff_witness.witness_staff`
    *("told-of", "done-to", "done-by"),  # `risk_staff_teller.teller_staff`
    "pass-on",
    "duty",  # `risk_duty.duty_cases`
    "sharing",
    "consent",  # `risk_consent_case.consent_cases`
    "consent-need",  # `risk_consent_case.consent_cases`
    "believing",  # `risk_consent_case.consent_cases`
    "anyone",
    "rule-sharing",
    "examples",
    "grown-kin",
    "old-age",  # `risk_grown.grown_up`
    "grown-nouns",  # `risk_grown.grown_up`
    "young-words",  # `risk_grown.grown_up`
    "door-places",  # `risk_child_door.child_door`
    "young-nouns",  # `risk_young_named.young_named`
    "head-words",  # `risk_head_hurt.head_hurt`
    "head-staff",
    "head-hurts",
    "head-owners",
    "drunk-verbs",  # `risk_drunk_verbs.drunk_verbs`
    "drunk-probe",
    "verb-objects",
    "have-words",  # `risk_kids_reason.kids_as_reason`
    "reason-joiners",
    "wont-words",
    "better-words",
    "off-words",
    "unborn",  # `risk_grown.grown_up`
    "accused-roles",  # `risk_with_children.with_children`
    "works-with",  # `risk_with_children.with_children`
    "child-settings",  # `risk_with_children.with_children`
    "also-words",  # `risk_with_children.with_children`
    "relative-age",  # `risk_concern.concern_of`
    "grown-words",
    "adult-describes",  # `risk_adult_doer.adult_doers` (round 41)
    "adult-doers",
    "maybe-grown",  # `risk_girl_at_work.girl_at_work` (round 41)
    "at-work-signs",
    "child-places",  # `risk_concern.concern_of`
    "dropped-subject",
    *("note-openers", "note-opener-next", "note-about"),  # `risk_subjects.subjectless` (round 60)
    "note-verbs",  # `risk_subjects.subjectless` (round 61)
    "note-heads",  # `risk_subjects.note_subjects` (round 60, notes275)
    "wish-asked",  # `risk_subjects.rhetorical` (round 55, secret218)
    *(
        "secret-kept",
        "secret-bid",
        "secret-after",
        "secret-if",
        "secret-told",
    ),  # `risk_secret_kept` (round 55, secret218)
    *("own-telling", "own-teller"),  # `dialogs.own_telling` (round 56, secret221)
    "asides",
    *("aside-back", "aside-any"),  # `risk_words.told_apart` (round 58, fa252)
    "run-on-askers",  # `risk_run_on.asked_run_on` (round 58)
    *("run-on-starters", "run-on-back"),  # `risk_run_on.stopless_cuts` (rounds 59, 60)
    "grown-people",
    "grown-women",  # `risk_women.woman_harmed`
    "said-opens",  # `risk_women.woman_harmed`
    "partners",  # `risk_women.woman_harmed`
    "partner-doers",  # `risk_partner_harmed.partner_harmed`
    "offspring",  # `risk_partner_harmed.partner_harmed`
    *("struck-acts", "struck-spouses", "struck-others"),  # `risk_struck.struck_whom` (round 50)
    *("struck-also", "struck-women", "struck-men"),  # `risk_struck_sex.sex_struck` (round 51)
    "baby-ages",  # `risk_ages.baby_age_alone`
    "age-openers",  # `risk_ages.baby_age_alone`
    "age-times",  # `risk_ages.baby_age_alone`
    "judging",
    "age-roles",  # `risk_stated_ages.aged`
    "age-writer",  # `risk_stated_ages.stated_ages` (pack data in round 56)
    "practitioners",  # `risk_generic.in_general`
    "generic-openers",
    *("generic-anyone", "generic-anyone-rules"),  # `risk_generic.in_general` (round 58)
    *("generic-verbs", "kind-verbs", "sources", "source-verbs"),
    *("kind-places", "kind-numbered"),  # `risk_generic.in_general` (round 56)
    "titles",  # `risk_whom.whom`
    "adult-settings",  # `risk_whom.whom`
    "grown-workers",  # `risk_workers.grown_workers` (round 43)
    "age-nouns",  # `risk_whom.whom`
    "adult-age-nouns",  # `risk_adult_aged.adult_aged`
    "adult-life",  # `risk_life_named.life_named` (round 42)
    "adult-service-heads",
    "adult-service-tails",
    "small-children",
    "young-service-heads",  # `risk_life_named`
    "passing-before",
    "age-relatives",  # `risk_whom.whom`
    "women-tell",  # `risk_whom.whom`
    "feelings",  # `risk_feelings.caused_feelings`
    "feeling-causes",
    "feeling-guards",
    "condition-moods",  # `risk_feelings.condition_moods`
    "conditions",
    "deaths",  # `risk_feelings.feared_deaths`
    "fears",
    "unafraid",
    "fear-links",
    "own-childhood",  # `risk_own_past.own_past_at_work`
    "own-asks",
    "own-work",
    "own-now",
    "story-past",  # `risk_story_out.story_made_public`
    "story-wants",
    "story-out",
    "story-public",
    "story-recent",
    "record-past",  # `risk_setting.outside_settings`
    "explaining",  # `risk_judging.explained`
    "records-verbs",  # `risk_closed_records.closed_records`
    "records-nouns",
    "closure",
    "closure-of",
    "advice-verbs",  # `risk_advice.advice_to_anyone`
    "advice-not",
    "writer-words",
    "advice-past",
    "advice-reader",
    "advice-if",
    "advice-modals",
    "advice-heads",
    "guide-verbs",
    "statutes",  # `risk_law.law_stated`
    "asking-tail",  # `dialogs.message_parts.without_tail`
    "frame-words",  # `dialogs.risk_reading.RiskReading`
    # `dialogs.supposed_telling.SupposedTelling` (round 47, mend125):
    *("supposed-lead", "supposed-open", "supposed-who", "supposed-tells"),
    *("court-sent", "court-down", "court-for"),  # `risk_court_past.court_past` (round 47)
    # `dialogs.plain_readings.PlainReadings` (round 47, mend125):
    *("plain-told", "plain-not", "plain-acts", "plain-has", "plain-capacity", "plain-conditions"),
    *("plain-helpers", "plain-helps", "plain-places", "plain-events"),  # … round 52, fa182
    *("plain-chore-helps", "plain-chores", "plain-chore-not"),  # `dialogs.plain_chores` (r53)
    *("upset-died", "upset-passed", "upset-away"),  # `risk_own_child` (round 55, fa211)
    # `dialogs.grown_chores` (round 55, fa211):
    *("grown-chore-makers", "grown-chore-made", "grown-chore-tasks", "grown-chore-not"),
    # `dialogs.plain_errands` (round 56, model229):
    *("errand-takes", "errand-things", "errand-places", "errand-not"),
    *("offer-said", "offer-will", "offer-kinds", "offer-not"),
    *("want-needs", "want-till", "want-ends", "want-not", "care-asks", "care-acts", "care-not"),
    "pregnant",  # `risk_unborn.unborn_too`
    *("gestation-before", "gestation-weeks", "gestation-not"),
    "job-before",  # `risk_whom.whom`
    *("dealt-with", "dealt-not", "dealt-people", "dealt-past"),  # `risk_dealt_with` (round 43)
    *("court-past", "long-ago", "court-not"),  # `risk_court_past.court_past` (round 45)
    *("court-asked-verb", "court-asked-who"),  # ... and the matter asked of (round 46)
    *("doer-named", "doer-dead"),  # ... and the doer dead (round 47)
    *("stance-general", "stance-writer", "stance-others", "stance-any"),  # `risk_stance` (round 48)
    "consent-one-person",  # `dialogs.case_consent.of_the_one_told` (round 50)
    *("stance-one-verbs", "stance-openers"),  # `risk_stance.told_in_general`
    *("back-roles", "back-feels"),  # `risk_stance.looked_back` (round 48)
    "asks-reader",  # `risk_scene.scene_of` (round 49)
    *("whose-work", "whose-press", "whose-near"),  # `risk_whose_now` (round 49)
    *("press-source", "press-verb"),  # `risk_whose_now.court_reported` (round 52)
    *("press-plea", "press-charge"),  # `risk_whose_now.told_as_press` (round 52)
    *("stance-frame", "stance-kinds"),  # `risk_stance.told_in_general` (round 49)
    *("practice-terms", "practice-told", "practice-kinds"),  # `risk_practice_asked` (round 49)
    *("practice-one", "practice-maybe", "practice-ours"),  # `risk_practice_asked.about_practice`
    *("practice-own-if", "practice-own-asks", "practice-own", "practice-own-still"),  # (round 59)
    "practice-joined",  # (round 60)
    # `risk_own_when.own_harm_asked` (round 49, miss154):
    *("own-when", "own-when-between", "own-when-past", "own-when-any", "own-when-work"),
    *("own-when-done-to", "own-when-no-one"),  # ... and round 49, miss155
    # `risk_normal_asked.normal_asked`, `risk_one_case.one_case_asked` (round 50):
    *("normal-asked", "normal-asked-it", "normal-asked-own", "normal-asked-not"),
    "normal-asked-told",  # `risk_normal_asked` (round 52, quiet185)
    *("normal-asked-back", "normal-asked-back-told"),  # ... (round 53, quiet197)
    *("age-first-writer", "age-first-words"),  # `risk_age_first.after_young_age` (round 53)
    *("one-case-particular", "one-case-supposing"),
    *("topic-about", "topic-after", "topic-verbs", "topic-told"),  # `risk_topic_asked` (round 50)
    "state-thinking",  # `risk_subjects.writer_states` (round 50, miss157)
    *("also-mine", "also-verbs"),  # `risk_also_mine.also_mine` (round 50, miss157)
    # `risk_own_told.own_told` (round 50, young164)
    *("own-told-between", "own-told-joiners", "own-told-wish", "own-told-home"),
    *("own-told-done-to", "secret-askers", "secret-ours"),  # `risk_own_told.ours_kept`
    *("own-state-aux", "own-when-someone"),  # `risk_subjects.writer_states`, … (round 50, ask165)
    *("own-home", "own-home-not", "own-home-others"),  # `risk_own_home` (round 50, ask165)
    *("own-talk", "own-happening"),  # `risk_own_home.talk_asked`
    "writers-things",  # `risk_writers_things.writers_things` (round 50)
    "here-now",  # `risk_happening_now.happening_now` (round 50)
    *("scenario-frames", "scenario-not"),  # `risk_scenario_case.scenario_cases` (round 50)
    *("survived-words", "survived-not"),  # `risk_survived.survived_long_ago` (round 51)
    *("over-well", "over-not", "over-present"),  # `risk_survived.over_long_ago` (round 61)
    *("over-long", "over-it", "over-ended"),
    *("scenario-where", "scenario-wanted"),  # `risk_scenario_case.scenario_where` (round 51)
    *("drunk-when", "drunk-harmless", "drunk-more"),  # `risk_drunk_harmless` (round 53)
    *("unknown-not", "unknown-know"),  # `risk_writer_harmed` (round 52; pack data in round 53)
    "made-to",  # `risk_made_to.made_to` (round 53, young196)
    *("unnamed-when", "unnamed-others", "unnamed-topic", "unnamed-lasting"),  # `risk_unnamed_own`
    *("told-plural-the", "told-plural-verbs"),  # `risk_told_plural.told_plural` (round 59)
    *("judged-plural-not", "judged-plural-verbs", "judged-plural-here"),  # `risk_judged_plural`
    *("together-object", "together-whole"),  # `risk_own_together.own_together` (round 59, quiet265)
    "lado-writer",  # `risk_lado_doer` (round 45; pack data in round 55)
    "safe-writer",  # `risk_safe_now` (pack data in round 55)
    *("thing-describers", "thing-described"),  # `risk_set_aside.not_describing` (round 57)
    *(
        "grief-died",
        "grief-passed",
        "grief-away",
        "grief-felt",
        "grief-not",
    ),  # `dialogs.grief_told`
)
SET_ASIDE = ("animals", "animals-gone", "grown-couple")
"""The readings that name in the risk pack's `set_aside` the categories whose signs they may set
aside: `risk_animals` (harm to an animal alone; "animals-gone": an animal gone, only as its sign's
subject), `risk_grown_couple` (grooming cues between grown adults). A pack may give only these;
`risk_schema` rejects any other name."""
