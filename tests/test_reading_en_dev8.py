"""English dev round on US and UK front pages (issue 8, round dev8, helper h49).

60 headlines of headlines-2025 (May, July, August 2025; `pv-en-2401`…`pv-en-2460` in
tests/gold/plover-en.jsonl, labelled before any run) were read right (main type and both
polarities) 30 times before this round and 53 times after it (31 before against the one label
corrected after the first run, pv-en-2459). This file: 45 invented sentences written first (31
readings, 14 guards; none is a gold text), 37 read right at their first run; two failures were fixed
by capability, six sentences reworded where they failed on another construction (an accusation
noun, a reopening as the deadline's object, a museum exclusion, two guards), three guards added
after the corpus review: 31 readings and 17 guards, all read right. The capabilities added:

- verdicts of dismissal beside a verb of calling or branding: "calls the rumours a hoax", "calls
  the push meaningless", "brands the probe a witch hunt" (REJECT, `en.rejection.verdict_hoax`);
- headline verbs of criticism "swipes at", "rips", "rips into" (ACCUSE, `en.disapproval.swipe`);
- a deadline given to or set for a party is an ultimatum (THREATEN, `en.threat.deadline`);
- an investigation opened into an office or an official (ACCUSE investigate, CAMEO 09,
  `en.disapproval.investigate_office`); seeking or calling for an investigation is a demand
  (REQUEST, `en.demand.seek_investigation`);
- agents searching a home or offices (COERCE, `en.coercion.search_premises`);
- weapons "for" a recipient beside a package, sale or funding (AID, `en.aid.weapons_for`; the
  bare missile noun no longer reads an attack there);
- troops or the military sent to patrol (MOBILIZE, `en.mobilisation.patrol`);
- migration deals between states (COOPERATE, `en.cooperation.migration_deal`), fugitives handed
  over between states (COOPERATE, `en.cooperation.fugitives_returned`);
- withheld or frozen funds released or restored (CONCEDE, `en.concession.release_withheld`);
- citizenship revoked or stripped (COERCE, `en.coercion.revoke_citizenship`), and "considering",
  "weighs", "mulls" as intent cues (a coercive act only considered is a threat);
- an agreement struck or reached with a named party (AGREE, `en.agreement.agreement_with`);
  agreeing "to end the violence / fighting / hostilities" (`en.agreement.agree_to`);
- a tough, firm or forceful response (THREATEN, `en.threat.tough_response`), which makes an appeal
  asking for it a demand;
- "instead of", "rather than" negate the act they name; "raises (legal) questions", "raises the
  stakes" make a headline an analysis (explainer cues);
- senses: a labour union defying a back-to-work order is no REJECT, a designation that only
  describes people ("leaders of foreign terrorist organizations") is no listing, a shopping-centre
  fire's dead are no attack.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_inventory, assert_silent

DAY = date(2025, 8, 1)

READS = [
    # verdicts of dismissal (REJECT)
    ("REJECT", "E", "Senator Hale calls the leaked memo a hoax"),
    ("REJECT", "E", "Governor Ortiz calls the mayor's recall push meaningless"),
    ("REJECT", "E", "Prime Minister Varga brands the inquiry a witch hunt"),
    # criticism verbs (ACCUSE)
    ("ACCUSE", "E", "Finance minister Okafor swipes at the central bank governor"),
    ("ACCUSE", "E", "Former president Dalen rips the Pentagon's new strategy"),
    ("ACCUSE", "E", "Senator Moreau rips into the administration over tariffs"),
    # deadlines (THREATEN)
    ("THREATEN", "E", "Washington gives Caracas a two-week deadline over the detainees"),
    ("THREATEN", "E", "Brussels sets Minsk a deadline in the border dispute"),
    # investigations (ACCUSE) and demands for them (REQUEST)
    ("ACCUSE", "E", "Justice Department opens an investigation into the governor's office"),
    ("ACCUSE", "E", "Prosecutors launch a probe into the mayor's campaign"),
    ("REQUEST", "E", "Opposition leader seeks an investigation into the election commission"),
    ("REQUEST", "E", "Lawmakers call for an inquiry into the minister's contracts"),
    # searches (COERCE)
    ("COERCE", "E", "Police search the home of opposition leader Kemal Arslan"),
    ("COERCE", "E", "Agents searched the offices of the newspaper Daily Voice"),
    # weapons for a recipient (AID)
    ("AID", "D", "Norway approves air defence systems for Kyiv in new package"),
    ("AID", "D", "Thousands of artillery shells for Ukraine in German-funded package"),
    # patrols (MOBILIZE)
    ("MOBILIZE", "E", "Troops patrol the streets of the capital after the president's order"),
    ("MOBILIZE", "E", "Soldiers patrol the border town of Westmark"),
    # migration deals and handed-over fugitives (COOPERATE, neutral between partners)
    ("COOPERATE", "N", "Italy and Albania sign migration deal"),
    ("COOPERATE", "N", "Rome and Tunis to announce migration agreement at summit"),
    ("COOPERATE", "N", "Ten fugitives returned to Spain from Morocco"),
    # released frozen funds (CONCEDE)
    ("CONCEDE", "D", "Government releases the funding it withheld from the universities"),
    ("CONCEDE", "D", "Treasury restores frozen funds to the state universities"),
    # citizenship (COERCE; only considered: THREATEN)
    ("COERCE", "E", "Bahrain revokes the citizenship of 20 dissidents"),
    ("THREATEN", "E", "Minister says he is considering revoking the activist's citizenship"),
    # agreements with a party (AGREE)
    ("AGREE", "D", "Yale strikes agreement with the administration over research grants"),
    ("AGREE", "D", "Oxford reaches an agreement with the ministry to restore funding"),
    ("AGREE", "D", "The factions agreed to end the violence in Sweida"),
    # tough responses (THREATEN; asked for: a demand)
    ("THREATEN", "E", "Beijing vows a firm response to the new tariffs"),
    ("REQUEST", "E", "France urges a tough EU response to the steel tariffs"),
    # the road not taken
    ("CONSULT", "D", "Instead of sanctions, Trump announces talks with Russia"),
]

SILENT = [
    # verdict_hoax: hoaxes as crime news
    "Police say the caller was a hoax caller",
    "Hoax calls to emergency services rise in the capital",
    # swipe: other senses of rip
    "Storm rips roofs off homes along the coast",
    "Tornado rips through the town of Millbrook",
    "Hurricane brings rip currents to the Jersey Shore",
    # deadline: paperwork
    "Tax filing deadline is set for April 15",
    "Minister scrambles to announce trade deals ahead of self-imposed deadline",
    # investigate_office: crime news
    "Police open an investigation into the death of a cyclist",
    # search_premises: rescues
    "Rescuers search the home for survivors after the quake",
    # patrol: agencies
    "Border Patrol agents met at the river crossing",
    # tough_response: other responses
    "The emergency response to the floods was robust",
    # agreement_with: a labour dispute settled
    "Transit strike ends after mayor strikes deal with the drivers' union",
    # explainer cues
    "Governor's threat to send troops raises legal questions",
    "Trump's ceasefire goal raises the stakes of the summit",
    # defy: labour
    "Striking dockworkers defy back-to-work order",
    # blacklist: a description of people
    "The suspects include leaders of foreign terrorist organizations",
    # disaster: an accidental fire
    "Twelve dead in shopping centre fire in the city of Basra",
]


@pytest.mark.parametrize(("plover", "polarity", "text"), READS)
def test_reads(plover: str, polarity: str, text: str) -> None:
    assert_inventory(text, "en", DAY, plover, polarity)


@pytest.mark.parametrize("text", SILENT)
def test_other_senses(text: str) -> None:
    assert_silent(text, "en", DAY)
