"""Crisis screen: does a reply speak of suicide, self-harm or being in danger?

Every reply a person writes passes `screen`. A positive result makes the bot answer, in
the same turn, with care and with helplines for the person's country. The screen is a
set of readable English rules (regular expressions over normalised text), not a model,
so that anyone can see why a sentence was or was not flagged.

How text is read
- Normalised first (engine): NFKC, casefold, accents removed, repeated letters squashed,
  leetspeak read as letters ("d13" -> "die"). Then this module's shorthand: phone
  spellings ("im", "dont", "wanna", "abt", "2nite", "b" for "be", "n" for "and", dropped
  final g: "thinkin", "hidin") and algospeak ("unalive", "sewer slide", "s*icide",
  "commit sudoku", "kms", "kys", "off myself", "yeet myself", "sh" beside "relapsed",
  "urge to", "clean from"), all mapped to the words the rules are written against.
- Negation is read in the verb group before the phrase: from the nearest subject
  pronoun to the phrase, at most six words, within the clause. "I'm not going to hurt
  myself" and "I would never kill myself" are not flagged; "I can't stop thinking
  about killing myself", "I'm not sure I want to live" and "trying not to hurt myself"
  are. Phrases that carry their own negation ("I don't want to live anymore", "there's
  no reason to live", "please don't look for me") are rules of their own.
- Idioms and hyperbole are excluded where the words themselves say so: "killing me",
  "could kill for", "died laughing", "dying to", "dead tired", "killed it", "the death
  of me", "suicide squad", "cut the onions", "cut myself some slack", "cut myself off",
  "hit me up", "beat me at chess", "choked up", "pushed me away", "killing myself to
  finish the project" (overwork), "die of embarrassment", "I'd rather jump off a cliff
  than go to a baby shower"; and by context words: cooking and shaving for cuts, the
  stove for burns, sparring and pillows for blows, games ("killed myself with my own
  grenade"), climbing for ropes, hunting for guns, a trip for "I'll be gone by Friday".

Two tiers
- CRISIS rules: wish to die, plans and means, goodbyes, attempts, self-harm, danger.
- CHECK_IN rules (a gentle "are you safe right now?"): hopelessness without a stated
  intent, kept narrow: "I want to disappear" / "vanish" at the end of a sentence (not
  "when people get close"), "I'm a burden to everyone" (not "a burden when I ask for
  help"), "what's the point of anything", "I can't do this anymore" (not followed by
  what "this" is: "..., the neighbours are so loud"), "so tired of everything" (not "of
  this job"), "nothing matters anymore", "hopeless", "no way out", "taking up space",
  "everyone would be fine without me", "I hate being alive".

Decisions on the ambiguous cases (all deliberate; the test sets encode them)
- Past tense. A person's own history of suicidal thoughts, attempts, self-harm or abuse,
  told bare, with no present ("after my attempt last year", "I used to cut", "my ex was
  abusive", "two years ago I ended up in hospital after trying to end it"), is flagged:
  past attempts and self-harm are the strongest predictors of future risk, this bot's
  users write about old wounds on purpose, and the cost of a gentle "if any of this comes
  back, here is who to call" is small next to a missed crisis. The reply must therefore
  be worded for "now or before", never as an alarm. A crisis that is over, told from a
  safe present (recovery, round 5), is not flagged: a streak ("365 days no self-harm",
  "4 yrs clean", "I haven't cut in 90 days", "18 months sh free", "5 years out from my
  attempt"), gladness to be alive ("so glad I stayed", "grateful to be alive"), a safe or
  good present ("I'm doing really well now", "I'm 30 now, safe", "today I'm okay", "now I
  volunteer on a crisis line"), or a past told as past beside a present told as good
  ("back in 2020 I wanted to die every day. now I have a dog"); pride alone is not enough.
  A relapse, an urge, a wish, a plan or harm now keeps it a crisis ("100 days clean gone, I
  cut tonight", "clean for a year but the urge is back", "I haven't cut in 90 days but
  tonight is hard", "a year ago I tried, and now I want to try again", "I'm doing better
  now, I gave my cat away and wrote the letters", "... but he still hits me"): see _NOW. Denials are not
  history: "I'm not suicidal", "no thoughts of suicide lately", "my therapist asked if I
  have suicidal thoughts and I don't" are not flagged; "not anymore" and "no longer"
  said of oneself now read as recovery ("I'm not suicidal anymore"). A streak named as
  sobriety, vaping, sugar... is not self-harm.
- Third person. Someone the writer knows being at risk now is flagged with that
  person's concern: a friend who says she wants to kill herself or "wants to end
  things" with a gun at hand, a goodbye text and no answer (suicide), a sister whose
  husband hits her, a friend whose partner took her passport (danger). Past deaths are
  grief, not crisis ("my uncle killed himself", "lost him to an overdose", "two years
  since my brother's overdose", and in the languages that share the word, "mon oncle est
  mort d'une overdose", "morto di overdose", "morreu de overdose"), and
  third-person phrases are ignored in a sentence about fiction, the news or a lesson
  (film, book, play, character, article, documentary, podcast, true crime...).
  A partner threatening suicide to stop the writer leaving is DANGER: it is coercion,
  and the DANGER reply carries both abuse and crisis lines.
- Ending it. "I'm going to end it tonight" is also how people speak of a break-up. It is
  flagged as SUICIDE unless the sentence names what is ended ("end it with him", "the
  relationship", "the lease", "this streak"): a gentle message to someone leaving a
  partner costs little, a missed goodbye costs a life. "End things" alone is a break-up;
  with a means beside it ("has a gun and wants to end things") it is not.
- Calm statements of plan and means are flagged without a word of feeling: a date or a
  place chosen ("I picked the bridge", "I'd be gone by Friday" unless a trip is named),
  "I know how and when", "ready to go now", pills held, counted, lined up or stockpiled
  (any quantity over a dose, any container, a named medicine), a rope or belt tied to a
  beam, a gun in the house with thoughts of it, the edge of a bridge or roof, train
  tracks, walking into the sea, belongings or pets given away "she doesn't know why".
  Their everyday twins are not: "took my meds this morning", "rehoming my cat because
  the landlord said no pets", "a rope for the climbing gym". Round 2 widened this to the
  quieter shapes of a plan: a second or third box bought "so I have enough", pills
  skipped and kept, someone else's pills taken and hidden, "every pill in the cabinet",
  a beam that "would hold my weight", a hose and tape with a car, "I know exactly where
  to stand" by the rails, "couldn't get out of the car" at the bridge, "not planning on
  checking out" of a hotel, "so nobody has to break in", "so nobody gets stuck with the
  debt", savings moved into a sibling's account, "won't be needing either" after
  cancelling things, "the only thing keeping me here", "saturday is the day" with the
  kids away or the socials deleted. Each has a list of the everyday twins it spares
  (a party date, a gig, a pull-up bar, a garden hose, a holiday, a pet sitter).
- Goodbye notes are read by their shape: "to whoever finds this", "if you're reading
  this, I'm sorry", "by the time anyone reads this", "please don't look for me",
  "thank you for everything" next to a goodbye or an apology, "none of this is your
  fault. Goodbye", letters left for each of the family, "please take care of my cat"
  (unless the writer is away for a while). A leaving party or a last day at work is not.
  Two lines of a note close together also make its shape ("don't blame yourself" ...
  "I love you", "forgive me" ... "it's better this way", "my passwords are in ..." ...
  "don't be sad"); an apology ("forgive me for the late reply", "sorry for everything I
  said last night") or a consolation ("it's not your fault he cheated") does not.
- Algospeak is read as what it stands for: "unalive", "sewer slide", "ctb" and "catch
  the bus" (when no destination, ticket or commute is named), "6 feet under".
- Danger now includes: hiding from a partner (with him at the door, or "from my
  husband"), afraid to go in "because he'll be drunk and angry", threats to kill "if I
  leave" or "if I tell anyone", threats aimed at the kids, the pets or another body
  part, strangling to passing out, keys or passport taken, tracking, showing up
  wherever the writer goes, drugged drinks and blackouts, sex while asleep or after a
  no (also in marriage, "it's my duty"), images used as threats; and for a child, an
  adult coming into the room at night, touching, asking for secrets or pictures, "nobody
  will believe you".
- Hyperbole. "I'd rather die than sing karaoke", "I'd rather be dead", "my mom will
  kill me", "he'll kill me if I'm late", "kill me now" are read as figures of speech;
  "I'd rather die than keep feeling this way" is not. The explicit "kill myself",
  "kms" and "I want to die" are never read as jokes, even with "lol".
- Emotional hurt is this bot's core theme, not danger: "I'm scared he'll hurt me if I
  let him in", "he hurt me when he forgot my birthday", "I don't feel safe opening up"
  are not flagged; "I'm scared he'll hurt me when he gets home", "I don't feel safe
  around him", "he's going to hurt me again tonight" are.
- Round 3 (a fresh round of 240 cases written before reading these rules, then probe
  batches written the same way) added rules for families of wordings rather than
  sentences, in their own tuples (_DANGER_R3, _SUICIDE_R3, _SELF_HARM_R3, _CHECK_IN_R3):
  burden with an intent ("take myself out of the picture", "the kindest thing I can do is
  go", "they'd cry at the funeral and then their lives would get better"); calm plans
  ("I have it all planned, I just need the courage", rehearsing how, "after everyone's
  asleep" with a night named, "once mum's back from holiday, I'm doing it", "nobody will
  find out till after", "won't be needing the rest of my savings", passwords left so
  accounts can be closed "after", "she doesn't know it's forever"); means (enough saved up,
  several pharmacies "so nobody would ask", pills ready for tonight, a hose and a car with
  the thought of it, walking into the sea and nearly going on, the tallest car park looked
  up, a train that doesn't stop); goodbyes ("the last thing I'll ever write in here",
  "thank you to the few who were kind ... bye", "sorry I couldn't stay", "don't be sad
  when I'm gone", letters in the drawer, phone off for good); sexual violence (he didn't
  stop / kept going after a no or while frozen, a condom taken off, not let go "until I
  did stuff", waking undressed with no memory after a drink, "won't take no for an answer"
  in bed, groping, hands under clothes, pressured until I gave in); a child (watched while
  changing and told "it's normal", left alone for days, bruises and flinching, an adult
  with a 13-15 year old, a young child's "hurts me", grooming); self-harm done "on
  purpose", blades hidden, streaks with "no", urges beside healing cuts, reopened scars.
  Check-in: "nothing will ever get better", "I don't know why I bother", "given up
  hoping", "the future looks black", "a weight on everyone", "all I do is drag people
  down", "I don't see the point anymore", "my life is going nowhere". Phone spellings:
  w/o, hv, 4 tonight, wnt, cud, wud, luv, agn, nemore, every1, no1, bro, sis, diee.
  Denials said before the subject ("not that I want to die or anything", "I wouldn't say
  I'm suicidal", "Suicidal? No.", "no way I'd kill myself") or after the phrase
  ("hurting myself isn't something I'd do", `denied_after`) and "zero plans to" are read
  as denials. "Her story" (a social post) no longer reads as fiction. Each new rule lists
  the everyday twins it spares (a trip, a party, a gap year, a condom demo, a toddler).
  Later probe batches added journal-entry shapes ("I'm going to the bridge after work",
  "I want someone to know that I tried", "she doesn't know it was our last talk", "I'd be
  doing everyone a favour", "not turning the wheel at the bend", a friend's "sorry" then
  no answer, "how peaceful it would be not to wake up", "who gets my plants"), more
  check-in shapes ("I don't know how to keep going", "not sure I can do this much
  longer", "running out of reasons", "trapped in my own head") and more danger shapes (a
  weapon held to the writer, "he's hitting me", someone coming into the shower or the room
  at night, "made me kneel", a child who says a parent hurts them). Two older rule lines
  that never matched ({_PERSON}/{_RELATION} in a plain string) were fixed.
- Round 4 (a second fresh round of 200 phone-typed cases, en.fresh2.toml, written before
  reading these rules: recall 85/120 and 3/65 false alarms before its fixes; later probe
  batches written the same way were caught at about two thirds before theirs) added families in
  _DANGER_R4, _SUICIDE_R4, _SELF_HARM_R4 and _CHECK_IN_R4. Means: a lethality question
  about any named medicine ("how many tylenol would it take to not wake up", "how many
  would I need"), a supply saved, hidden or counted "enough", "taking the lot" with the
  medicine named in the sentence before, a drawer full of someone's morphine "and I know
  where", someone else's pills or gun taken to my room, a beam stared at with a rope
  nearby, a roof or bridge with the drop measured or stared down at, a car running in a
  closed garage, going to the tracks at night, walking into water "and keep going", a
  means bought "and it's not for hunting" / "you know what for", household poisons, a blade
  in the bath. Plans: a day decided ("it's gonna be sunday night"), "after friday it won't
  matter", two signs of affairs put in order (socials deleted, debts paid, a will,
  passwords left, pets rehomed; one alone is everyday), "so nobody finds me", "so it
  doesn't look weird after", "tonight's the night" with calm or readiness beside it, "this
  is my last christmas", "by next week I won't be here", life insurance checked for
  suicide, joining a loved one who died. Goodbyes: a last message, "if you don't hear from
  me tomorrow" with "I did it", "signing off for good" (not from an app), "nice knowing
  you" with a farewell, "don't be sad about me", "tell everyone I said bye", "this is the
  end for me". "I'm ending it" is read as SUICIDE unless a partner or a thing is named (as
  "end it" above). Third persons: a goodbye and then no answer, "nobody would miss him",
  her location at the bridge, locked in with a knife, won't come down from a ledge, her
  arms cut up. Danger: a child afraid to go home because of what an adult does, left
  without food for days, walked in on in the shower, an adult in the child's bed, "mature
  for my age", "our secret game"; touching named body parts; locked in a car; threats if
  the writer tells; not allowed to say no; sex as the price of a job; intent to hurt
  someone with a weapon bought. Check-in: alone, empty or numb "all the time", "a failure
  at everything", "done with everything", "life feels so heavy", "don't feel anything
  anymore". A relapse is self-harm only with cutting or self-harm named nearby (not a
  cigarette or a diet). Round-4 rules read their own sentence; the few that need the one
  before or after (the medicine named before "taking the lot") keep short `unless` lists,
  so that an everyday sentence next to a crisis does not hide it.
  Denials (round 4): a question answered no is read by `answered_no`, after "?" ("kill
  myself? lol no", "suicidal? absolutely not"), after ":" or "-" ("thoughts of suicide:
  none"), after a full stop only when the no is confirmed ("...suicide. nope, none"; "I want
  to die. No, really" is not a denial), and "... and I said no", "... and I honestly don't",
  "told her I don't do that". "Asked about X and I don't" is read like "asked if". "I'm
  not someone who would self harm", "I'd never do anything to hurt myself", "no way would
  I ever hurt myself" and "she thinks I'm suicidal, I'm not" are read as the plain
  denials; "never have I wanted to die so much" is emphasis and still flags. Double
  negatives that affirm are read as what they say ("not a day goes by that I don't think
  about killing myself", "I can't promise I won't hurt myself"). A denial followed by a
  crisis still flags ("not gonna lie I want to die", "I'm not suicidal but I keep thinking
  about killing myself"). Later round-4 probes added: can't stop myself from cutting, not
  making it through tonight beside a means, someone on a bridge with a farewell, "six feet
  under" wished for, "it won't be an accident", "peace out forever"; threats "if I tell",
  an adult asking a child to his flat, touching as the price of a place in a team,
  intimate images shared.
- Round 5 (a third fresh round of 160 phone-typed cases, en.fresh3.toml, written before
  reading these rules: recall 38/80 and 17/75 false alarms before its fixes, 13 of them in
  the 15 recovery cases) added recovery (above) and families in _DANGER_R5, _SUICIDE_R5,
  _SELF_HARM_R5 and _CHECK_IN_R5. A child (an age under 18, a school year, "my son/my 6
  yr old") and a grown-up (a relative, a teacher, a coach, "a grown man", an age of 18 or
  more) in the same or a neighbouring sentence make a secret ("our secret", "not allowed
  to tell mommy", "told him not to tell", "delete everything", "if I tell anyone") a
  danger, and so do an adult's age beside a child's with dating, meeting or messages, and
  an online stranger who wants a child's address or to talk in private. Being dragged by
  the hair or held down; bruises shaped like fingers or a burn after a weekend at the
  other parent's, with a child; "give me something to cry about" and then done; a third
  person threatened "if she leaves". Means: a belt, cord or lead tied to a door, beam or
  banister; "would hold me", "tested it with my backpack"; a train that doesn't slow down
  beside the tracks; looking over the edge of a measured drop again and again, legs over
  the wall of a roof; a supply "saved for when I'm sure"; "will that do it" after "if I
  take all 30"; a household poison with drinking; a car floored into a pillar with no
  seatbelt; a helium tank with tubing, hidden. Third persons: cutting her thighs, walking
  into the sea, googling how long it takes to bleed out (not negatable: "hasn't eaten in
  days and keeps googling" is not a denial), things given away "he won't need them", a
  picture of a rope with blame, a goodbye letter found, "look after my dog" and the phone
  off. Plans: a day picked with no object beside an empty house, a letter for each child
  with the insurance papers, "by then it'll be done", "no next month for me", "everyone
  thinks it's a vacation" beside a date, "tonight I go" after a goodbye, "my last day
  anywhere", "drive up to the lookout and that's it"; a password left with "I'm sorry"
  and "love you all". Self-harm: a blade taken out "for later", an urge that is back
  beside cutting or a clean streak, "all I can think about is cutting", a relapse with
  blood or bandages. Denials: a question answered no after an address word ("suicidal??
  babe no"), and a reported question answered no with nothing after the answer ("the form
  asked if I've had thoughts of hurting myself and I ticked not at all"; `_REPORTED_NO`,
  for every rule). Recovery and reported answers do not spare the rules that read the
  neighbouring sentences, so a recovery told before a crisis never hides it; and the
  round-5 rules that read their neighbours for what they need read what spares them
  (`unless`) in their own sentence only (_own_sentence), so that an everyday sentence next
  to a crisis does not hide it either. Everyday
  twins spared: a gun locked in a safe whose code only the father knows, a rope and pulley
  for a bike, a secret about a birthday present, a 16 and a 17 year old dating, a train
  that doesn't stop at one's station, a tickle fight, legs over the pier eating chips.
- Round 6 (a fourth fresh round of 220 phone-typed cases, en.fresh4.toml, written before
  reading these rules: recall 71/118, 16/94 false alarms (12 of them in the 22 recovery
  cases) and soft 5/8 before its fixes) added families in _DANGER_R6, _SUICIDE_R6,
  _SELF_HARM_R6 and _CHECK_IN_R6. Burden: a burden said of oneself (_BURDEN_SELF: a dead
  weight, a drain, "has to carry me", "dragging them down", "better off without me") with
  an end for good in the same or the next sentence (_FOR_GOOD: "permanently", "time to put
  the weight down", "i'll do it for them"); "removing myself" as a kindness; what they would
  gain "once i'm gone" (start over, the insurance, peace "while i'm alive"); "the world would
  lose nothing if i"; staying alive called selfish or unfair; a third person's "the family
  would be better off without him". Goodbyes: note lines "none of this is on you", "i just
  can't stay", "tell maya i loved her", "been a good run"; "i won't be around to tell her"
  and "since i won't be here" (not a trip, an operation, "when I'm old"); belongings shared
  out two to a list beside a will or a code; thanks for everything and a strange calm beside
  deleted socials (signs of affairs in order). Means: "strong enough to hold my weight"
  beside a lead or belt, a ligature named with its anchor ("a belt and a door handle"), a
  drop thought about again and again or leaned over further every night, "how long does it
  take to drown / bleed out" (not a phone, a toddler in a safety article, trivia), charcoal
  in a closed car or tent, a whole pen of insulin, a one-way ticket to the cliffs, "all of
  grandma's tablets". Plans: "everything's ready" or "doing it friday" beside an empty
  house (not a party, a clean, a date), the route to a drop timed for when nobody is awake,
  a day named and "it's over" after "i've decided", ending things "whatever they say",
  notes written and pills counted told passively, "not checking out" of a hotel. Third
  persons: pills she is going to take tonight, a picture of a rope and no reply, her meds
  found empty while she does not come out, cuts found up her thighs. Danger: blacking out
  after one or two drinks someone kept pouring, pain "down there" after a night one cannot
  remember, sex as the price of rent, a child locked in a cupboard or not fed as a
  punishment, a grown-up who asks a child in "when i'm not around" or messages her at 2am,
  someone breaking in with the writer hiding. Self-harm: a blade hidden "for later" or "so
  nobody finds it", another's fresh cuts found. Check-in: "i don't see a future where i'm
  ok", "i don't care what happens to me anymore", "they'd be fine without me". Phone:
  "cttng", "slf hrm", "kys is what my brain says". Recovery now also reads: a crisis stopped
  "a long time ago", "last time i hurt myself was before covid", "how far i've come", "it
  does get better", "5 years out", "therapy helps", "turns out they wanted me around", a
  present told by what one does now ("today i ran 10k", "now i google recipes", "now my
  scars have faded", "i'm in a better place", "at peace with it", "building my own family"),
  and _NOW no longer reads "wear t-shirts again", "not even tempted", "he's been gone 10
  years", "used to want to die", "goodbye letters" remembered or "for good reasons" as a
  crisis now. Denials: "asked if ... and i could honestly say no for the first time", and
  what others think denied in the same sentence ("people think i'm suicidal bc ... but nah
  i'm fine", _THOUGHT_DENIED; not "but i'm not okay"). Fiction also reads thrillers and
  detectives, and no longer reads "he shows her pictures" as a TV show. Everyday twins
  spared in older rules: "better off without me at the tournament", razor blades hidden
  "away from the toddler", "at peace with my decision to leave the company".
  Probe batches written the same way after these fixes (caught at about half before theirs)
  added: "free of me" as a burden, "the best gift i could give them is not being here",
  "this is the last time you'll hear from me", a gun found loaded, the method "sorted"
  beside a date, someone shut in a garage with the engine running, "she'd be better off
  dead" said of someone else, waking to him on top, a child touched by a coach or hit
  with a belt, trains (plural) that don't slow down by the railway line, rat poison (only
  "rats" spares it, as pests); "i won't be coming back" and left passcodes as note lines
  (a pet left in someone's care is not one: the note rule spares pets, and a leftmost
  match would hide the lines after it). Recovery and denials: "the old me / the new me",
  "now i'm a youth worker", "those days are behind me", "used to beat me" is not a blow
  now, "i had said no before" is a refusal and not an answered question, "told her i've
  never done it", "my mum worries i'll hurt myself but i'm doing fine". Left out: "the
  world keeps spinning without me, might as well make it official", "removing the problem
  tonight" after "i'm the problem" (the meaning is in the situation), "tomorrow is the day.
  everything's in place" (as often a wedding or a move), and "my phone died and i want to
  die lol" stays flagged (the explicit wish is never read as a joke).
- When a reply shows several concerns, DANGER wins (its reply lists abuse lines and
  crisis lines), then SUICIDE, then SELF_HARM.

Known limits: the screen reads wordings, not situations, one sentence at a time (a few
goodbye shapes span two, but only when each sentence holds a trigger word: the engine
reads just the sentences around triggers, so "i love you. bye" after "don't blame
yourself" is not seen). What a sentence leaves unsaid is missed: "I'm ready" with no
object, "next friday. I've thought about it enough", "I know how it ends", a place
named with no word of what happens there ("the woods behind my old school, it's quiet
there"), a metaphor ("I'm drowning and nobody notices"), a plan told across several
messages. Round 2 measured this honestly: on fresh probe batches written after each
round of fixes, the rules caught about half of the crisis wordings before those fixes
(33-55% per batch); every calm plan has many wordings and a list of phrases reaches only
those its authors thought of. The break-up reading of "end it" is
flagged on purpose (see above), and a sibling's "she'd kill me if I told mum" is read
as a threat. Ages, roles and relations are guessed from words ("I'm 13", "my coach"),
so an adult's "he comes into my room at night" is flagged too. The long word lists cost
time: a 4,000-character message whose every sentence holds a trigger takes tens of
milliseconds to read in English. It is a floor under the bot's care, not a clinical tool.
Round 3 measured the same thing again: the fresh round was caught at 61% before its fixes
and later probe batches at 51-73% before theirs. Still out of reach: bare statements whose
meaning is in the situation ("I've got a date. Friday.", "I'm ready now. No more
waiting", "I keep my belt hanging on the door now", "tied a knot I learned on YouTube"),
"down the lot tonight" (pills or drinks?) unless the medicine is named in the sentence
before, and "I feel empty inside" (kept out, as "dead inside" is ordinary sadness here;
"empty all the time" gets the check-in). Round 4 leaves out: a poison named with no word
of its use ("got some rat poison from the shed"), a bare "I'm sorry mum", and a third
person's hyperbole with "lol" after a real phrase ("she wants to die when she sees her
results lol" is flagged). A reported question answered in the next sentence is now read
("my doctor asked if I've had thoughts of suicide. Nope, none.").
Round 5 leaves out: a recovery told only in a sentence that is not next to the crisis
words, or with a present that is safe only by implication ("my scars are just lines
now"); a relapse told with no word of now ("after 2 years I did it"); a bare past is still
flagged on purpose; a child's age or a grown-up named only in a message before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.domain.safety.engine import Concern, Language, Rule, rule
from bot.domain.safety.sentences import own_sentence as _own_sentence

__all__ = ["LANGUAGE"]

# Shorthand and frequent typos, applied in order. Each one maps many spellings to the one
# the rules are written against, so the rules stay short.
_SHORTHAND: tuple[tuple[str, str], ...] = (
    # Dropped final g: "thinkin", "cuttin", "hidin", "bangin".
    (
        r"\b((?:think|go|try|feel|kill|cutt|dy|plann|hurt|hid|bang|burn|starv|hitt|cry|want|"
        r"jump|hang|say|scream|yell|punch|chok|follow|stalk|text|threaten|touch|com|look|do|"
        r"gett|noth|someth|anyth|everyth|leav|stay|sleep|liv|bleed|slic|scratch|overdos|drink|"
        r"drown|walk|driv|tak|giv|writ|push|hold|shak|lock|lyin|end|kick|slapp|beat)in)\b",
        r"\1g",
    ),
    (r"\b(do|does|did|is|was|were|are|has|have|had|would|could|should|ca|wo|ai)nt\b", r"\1n't"),
    (r"\bdnt\b", "don't"),
    # Round 6: vowels dropped ("cttng", "slf hrm").
    (r"\bc(?:tt?|utt)(?:ng|in)\b", "cutting"),
    (r"\bslf\b", "self"),
    (r"\bhrm\b", "harm"),
    # Round 3: more phone spellings.
    (r"\b(talk|ask|beg|mak|us|sav|count|grabb|dragg|slamm|pinn|stabb|drugg|swallow)in\b", r"\1ing"),
    (r"\bwnt\b|\bwan(?= (?:2|to)\b)", "want"),
    (r"\bcud\b", "could"),
    (r"\bwud\b", "would"),
    (r"\bshud\b", "should"),
    (r"\bluv\b|\bluvs\b", "love"),
    (r"\bagn\b|\bagen\b|\bagin\b", "again"),
    (r"\bnite\b", "night"),
    (r"\bnemore\b|\bn e more\b|\bnymore\b|\banymoe\b|\banymor\b", "anymore"),
    (r"\bevery1\b|\bevry1\b|\bevery ?1 (?=(?:would|will|is|hates|knows)\b)", "everyone "),
    (r"\bany1\b", "anyone"),
    (r"\bsome1\b", "someone"),
    (
        r"\bno1\b|\bno 1(?= (?:would|will|cares|care|knows|notices|understands|loves|wants)\b)",
        "nobody",
    ),
    (r"\bbro\b", "brother"),
    (r"\bsis\b", "sister"),
    (r"\bdi+e{2,}\b|\bdi{2,}e+\b", "die"),
    (r"\b2 (?=(?:many|much|late|far|scared|tired)\b)", "too "),
    (r"\bw (?=(?:a|an|the|my|his|her|their|him|me|them|knife|gun)\b)", "with "),
    (r"\bcnt\b", "can't"),
    (r"\bcan ?not\b", "can't"),
    (r"\bwill not\b", "won't"),
    (r"\b(do|does|did|is|was|were|are|has|have|had|would|could|should|must) not\b", r"\1n't"),
    (r"\bi ?am\b|\bim\b", "i'm"),
    (r"\bive\b", "i've"),
    (r"\bi'?d\b", "i'd"),
    (r"\bid (?=(?:be|rather|never|just|kill|like|love|want|do|go|die|jump|end)\b)", "i'd "),
    (
        r"\bill (?=(?:be|kill|do|end|go|never|just|die|take|jump|leave|try|miss|hurt|cut|make|"
        r"finally|drive|walk|head|swallow|hang|write|give|text|call)\b)",
        "i'll ",
    ),
    (
        r"\bhell (?=(?:kill|post|send|share|leak|show|tell|ruin|hurt|hit|find|do|end|be|take|"
        r"never|leave|beat|come|make|break|burn|shoot)\b)",
        "he'll ",
    ),
    (
        r"\bshell (?=(?:kill|post|send|share|leak|show|tell|ruin|hurt|hit|find|do|end|be|take|"
        r"never|leave|beat|come|make|break|burn)\b)",
        "she'll ",
    ),
    (r"\bitll\b", "it'll"),
    (r"\b(he|she)ll (?=(?:say|tell|said)\b)", r"\1'll "),
    (r"\b(he|she|it|that|there|what|who) is\b", r"\1's"),
    (r"\b(he|she|what|that)s\b", r"\1's"),
    (r"\b(i|you|he|she|we|they) will\b", r"\1'll"),
    (r"\b(i|you|he|she|we|they) would\b", r"\1'd"),
    (r"\btheyre\b", "they're"),
    (r"\byoure\b|\bu r\b", "you're"),
    (r"\bur (?=\w+ing\b)", "you're "),
    (r"\bur\b", "your"),
    (r"\bwann?a\b|\bwnna\b", "want to"),
    (r"\bgonna\b|\bgunna\b|\bgna\b|\bfinna\b", "going to"),
    (r"\bimma\b|\bima\b|\bi'ma\b", "i'm going to"),
    (r"\bgotta\b", "got to"),
    (r"\btryna\b", "trying to"),
    (r"\bdunno\b", "don't know"),
    (r"\bidk\b", "i don't know"),
    (r"\bidc\b", "i don't care"),
    (r"\bidwt? (?:2|to)\b|\bidw\b|\bidwt\b", "i don't want to"),
    (r"\babt\b|\bbout\b", "about"),
    (r"\brl?ly\b", "really"),
    (r"\bppl\b", "people"),
    (r"\bw/o\b|\bw/out\b|\bwo/\b", "without"),
    (r"\bw/ (?=\w)", "with "),
    (
        r"\b(done|finished|fed up|sick|tired|over it|better off|happier|fine) w (?=\w)",
        r"\1 with ",
    ),
    (r"\bhv\b", "have"),
    (r"\b4 (?=(?:tonight|2nite|2night|tomorrow|2moro|today|2day|good|ever|real|now)\b)", "for "),
    (r"\b2nite\b|\b2night\b|\btonite\b|\btn\b|\btnite\b", "tonight"),
    (r"\b2day\b", "today"),
    (r"\b2morrow\b|\b2mrw\b|\b2moro\b|\btmrw?\b|\btomoz\b", "tomorrow"),
    (r"\b4ever\b|\b4eva\b", "forever"),
    (
        r"\b(want|wants|going|have|need|wish|try|tried|plan|planning|ready|about|used|supposed|"
        r"burden|talk|listen|go|come|back|nice|mean|close|next|due|able|hard|easy|reason|"
        r"got) 2\b",
        r"\1 to",
    ),
    (r"\b(to|not|never|i'll|i'd|will|just|can't|don't|won't|should|could|would) b\b", r"\1 be"),
    (r" n (?=\w)(?<=\w n )", " and "),
    (r" r (?=\w)(?<=\w r )", " are "),
    # Algospeak and other ways round a filter: "unalive", "sewer slide", "s*icide", "kys".
    (
        r"\bun-?aliving(?! (?:my|him|her|them|your|it|people|someone|the|a|his|their)\b)",
        "killing myself",
    ),
    (r"\bun-?aliving\b", "killing"),
    (
        r"\bun-?alived(?! (?:my|him|her|them|your|it|people|someone|the|a|his|their)\b)",
        "killed myself",
    ),
    (r"\bun-?alived\b", "killed"),
    (r"\b(be|being|was|were|am|i'm|feel) un-?alive\b", r"\1 dead"),
    (
        r"\bun-?alive(?= *(?:$|[.!?,;]|lol|lmao|fr|tbh|ngl|rn|right now|tonight|today|so bad|"
        r"soon|already|again|honestly|now|forever|for good)| *[^\w\s])",
        "die",
    ),
    (r"\bun-?alive\b", "kill"),
    (r"\bself[- ]?(?:unalive|delete)\b", "kill myself"),
    (r"\bsew(?:er|a|ah)[- ]?sli(?:de|ding|ded)\b|\bsewercide\b|\bsuey[- ]?side\b", "suicide"),
    (r"\bs[u*][i*1!]?[c*]{1,2}[i*1!]d", "suicid"),
    (
        r"\bcommit(s|ted|ting)? (?:sudoku|toaster bath|die|not alive|self delete)\b",
        r"commit\1 suicide",
    ),
    (r"\bk[i*!]ll", "kill"),
    (r"\bd[*!]e\b", "die"),
    (r"\b(?:6|six) ?(?:ft|feet) under\b", "six feet under"),
    (r"(?<!\d)(?<!\d )\bkms\b", "kill myself"),
    (
        r"\b(to|should|just|might|i'll|i'd|must|finally|will|i|gonna|going to) kys\b",
        r"\1 kill myself",
    ),
    (r"\bkys\b", "kill yourself"),
    (r"\bkil\b", "kill"),
    (r"\bkilling my ?self\b", "killing myself"),
    (r"\bmy ?s[el]{1,2}[fv]e?l?\b|\bmy sefl\b|\bmyslf\b|\bmeself\b", "myself"),
    (r"\b(to|will|'ll|should|might|just|could|would|'d|finally|i) off myself\b", r"\1 kill myself"),
    (r"\boffing myself\b", "killing myself"),
    (r"\b(i|just|almost|nearly) offed myself\b", r"\1 killed myself"),
    (r"\bend myself\b", "kill myself"),
    (r"\bending myself\b", "killing myself"),
    (r"\byeet(ing)? myself\b", r"throw\1 myself"),
    (r"\bneck(ing)? myself\b", r"hang\1 myself"),
    (r"\brop(?:e|ing) myself\b", "hang myself"),
    (r"\b(him|her|them) self\b", r"\1self"),
    (r"\bno[ -]?one\b|\bno body\b|\bnoone\b", "nobody"),
    (r"\bany more\b", "anymore"),
    (r"\bsu[ia1!]{0,2}[cs]{1,2}[i1!y]{0,2}d(?:a|e)?l\b", "suicidal"),
    (r"\bsu[ia1!]{0,2}[cs]{1,2}[i1!y]{0,2}d[e3]?\b", "suicide"),
    (r"\bself ?-? ?harm", "self-harm"),
    (r"\bselfharm", "self-harm"),
    # "sh" is self-harm only where the words around it say so.
    (
        r"\b(on|to|from|did|do|does|doing|about|no|into|with|of|the|my|urge|urges|free|clean) sh\b",
        r"\1 self-harm",
    ),
    (
        r"\bsh(?= (?:again|scars?|urges?|free|clean|relapse|tonight|today|yesterday|marks|wounds|"
        r"cuts|streak|recovery|habits?)\b)",
        "self-harm",
    ),
    (r"\bsh'e?d\b", "self-harmed"),
    (r"\bsa'd\b|\bs/a'?d\b", "sexually assaulted"),
    (r"\bgrap(?:ed|ing) (?=me|her|him)", "raped "),
    # Round 4: denials built around "do anything to" and "not someone who would" are read as
    # the plain denial ("I'd never do anything to hurt myself" -> "I'd never hurt myself").
    (
        r"\b(never|not|no|\w+n't) (?:ever )?do anything (?:to|that would|that could|that might) "
        r"(?=(?:hurt|harm|kill|end|put)\b)",
        r"\1 ",
    ),
    (
        r"\b(?:i'm|i am) (?:just )?not (?:someone|somebody|the (?:type|kind|sort) of (?:person|"
        r"girl|guy|man|woman)) (?:who|that|to)(?: would| will| could|'d)?\b",
        "i would never",
    ),
    # Round 4: inverted denials read in the usual order ("no way would I ever hurt myself" ->
    # "I would never ever hurt myself"); and the double negatives that affirm ("not a day goes
    # by that I don't think about ...", "I can't promise I won't ...").
    # ("never have I wanted to die so much" stays as it is: it is emphasis, not a denial).
    (
        r"\b(?:no way|never|nor) (would|will|could) i\b|\bno way (am|do|did|have) i\b",
        r"i \1\2 never",
    ),
    (
        r"\bnot (?:a|one) (?:single )?(?:day|night|hour) (?:goes by|passes) (?:that |where |when |"
        r"without )?i (?:don't |do not )?",
        "every day i ",
    ),
    (
        r"\b(?:can't|cannot|won't|couldn't) promise (?:that )?i (?:won't|will not|wouldn't)\b",
        "i might",
    ),
    # Round 4: a possessive typed without its apostrophe ("my moms bf", "her dads wife").
    (
        r"\b(mum|mom|mam|dad|mother|father|sister|brother|aunt|uncle|nan|gran|grandma|grandpa|"
        r"friend|cousin)s (?=(?:boyfriend|girlfriend|husband|wife|partner|friend|mate|brother|"
        r"sister|son|dad|new|ex|bf|gf)\b)",
        r"\1's ",
    ),
    (r"\bbf\b", "boyfriend"),
    (r"\bgf\b", "girlfriend"),
    (r"\bhubby\b", "husband"),
    (r"\bstep ?-?(dad|father|mom|mum|mother|brother|sister|son|daughter)\b", r"step\1"),
    (r"\b(?:cuz|coz|cos|bc)\b", "because"),
    (r"\brn\b", "right now"),
    (r"\bu\b", "you"),
    (r"\bwhats\b", "what's"),
    (r"\bthats\b", "that's"),
    (r"\btheres\b", "there's"),
)

# --- building blocks of the rules --------------------------------------------------------

_RELATION = (
    r"(?:partner|boyfriend|girlfriend|husband|wife|spouse|fianc[ée]e?|ex|ex-\w+|dad|father|"
    r"mom|mum|mother|mama|papa|stepdad|stepfather|stepmom|stepmum|stepmother|brother|sister|"
    r"uncle|aunt|cousin|son|daughter|roommate|flatmate|housemate|boss|landlord|neighbou?r|"
    r"grandpa|grandfather|grandma|grandmother|parents?|family|friend|best friend|bestie|"
    r"coworker|colleague|classmate|teacher|coach|date|man|guy|woman|girl|stranger|kid|child)"
)
# Family and partners, who are often named without "my" on a phone ("bf choked me").
_BARE = (
    r"(?:partner|boyfriend|girlfriend|husband|wife|fianc[ée]e?|ex|dad|daddy|father|mom|mum|"
    r"mother|mommy|mummy|stepdad|stepfather|stepmom|stepmum|stepmother|stepbrother|uncle|"
    r"grandpa|grandad|granddad|cousin|coach)"
)
_PERSON = (
    r"(?:he|she|they|someone|somebody|(?:my|our|her|his|their|a|the) (?:(?:\w+ )?\w+'s )?"
    rf"(?:(?:new|old|own|current|former|older|younger|little|big|drunk|ex-?) )?{_RELATION}|"
    rf"{_BARE})"
)
# Someone close, as the object of a verb: "hurting her", "threatening my sister".
_THEM = (
    rf"(?:her|him|them|my (?:(?:\w+ )?\w+'s )?(?:little |big |baby |older |younger )?{_RELATION})"
)
# Pills of any kind, a named medicine, or a container of them.
_MEDS = (
    r"(?:pills?|tablets?|meds|medications?|medicines?|capsules?|painkillers?|pain killers|"
    r"sleeping (?:pills|tablets)|sleepers|antidepressants?|anti-?depressants?|antipsychotics?|"
    r"benzos?|opioids?|opiates?|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|advil|motrin|"
    r"nurofen|aspirin|codeine|co[- ]?codamol|tramadol|oxy(?:codone|contin|s)?|percocets?|vicodin|"
    r"hydrocodone|fentanyl|morphine|methadone|xanax|xannies|valium|diazepam|lorazepam|ativan|"
    r"klonopin|clonazepam|alprazolam|ambien|zolpidem|zopiclone|sertraline|zoloft|prozac|"
    r"fluoxetine|citalopram|escitalopram|lexapro|venlafaxine|effexor|duloxetine|cymbalta|"
    r"wellbutrin|bupropion|amitriptyline|nortriptyline|mirtazapine|trazodone|quetiapine|seroquel|"
    r"olanzapine|risperidone|abilify|aripiprazole|lithium|lamotrigine|lamictal|gabapentin|"
    r"pregabalin|lyrica|insulin|benadryl|diphenhydramine|nytol|sominex|unisom|melatonin|"
    r"propranolol|warfarin|adderall|ritalin|vyvanse)"
)
_CONTAINER = (
    r"(?:bottles?|box(?:es)?|packs?|packets?|strips?|blisters?|blister packs?|sheets?|tubs?|jars?|"
    r"containers?|pots?|stash|supply|prescription)"
)
# A quantity that is more than a dose.
_QUANT = (
    r"(?:\d{2,}(?! ?(?:mg|mcg|ml|milligrams?|micrograms?|g|grams?|years?|days?|hours?|minutes?|"
    r"mins?|weeks?|months?|percent|%)\b)|like \d+|about \d+|over \d+|(?:twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a hundred|hundreds|a dozen|dozens|two dozen)(?:[ -]\w+)?|"
    rf"\d+ {_CONTAINER}(?: of)?|(?:two|three|four|five|several|multiple) {_CONTAINER}(?: of)?|"
    rf"a (?:whole |full |entire |half )?(?:{_CONTAINER}|handful|fistful|bunch|load|ton|lot) of|"
    rf"(?:half|most|all|every(?: single)?|the rest) (?:of )?(?:a |the |my |his |her |\w+'s )?"
    rf"{_CONTAINER}(?: of)?|(?:the )?whole {_CONTAINER}(?: of)?|everything in (?:the|my) "
    r"(?:medicine )?(?:cabinet|cupboard|drawer)|too many|way too many|so many|loads of|lots of|"
    r"a lot of|handfuls of|a bunch of|every pill|all (?:of )?(?:the|my|his|her|\w+'s) (?:\w+ )?"
    r"(?:pills|meds|tablets))"
)
# Where a person may go to die; read with a wish, a thought or a step towards it.
_HEIGHT = (
    r"(?:bridge|roof|rooftop|building|cliff|cliffs|balcony|parking (?:garage|lot|structure|deck)|"
    r"multi-?stor(?:e)?y|car park|tower|overpass|flyover|skyscraper|block of flats|ledge|dam|"
    r"quarry|window|fire escape|pier|\w+ floor)"
)
_MEANS_WORD = (
    r"\b(?:bridge|roof|rooftop|ledge|edge|balcony|cliffs?|tracks|train|trains|platform|rails|"
    r"railway|subway|tube|traffic|motorway|highway|lorry|truck|river|sea|ocean|lake|water|waves|"
    r"pier|tower|window|car park|parking garage|overpass|flyover|pills|meds|tablets|rope|noose|"
    r"belt|gun|pistol|knife|blade|razor|bath|exhaust|garage|wheel|heights|quarry|dam|drop|"
    r"multi-?stor(?:e)?y|hook|cliff edge)\b"
)
# Thinking of how it would be done, said calmly ("how easy it would be").
_CONTEMPLATE = (
    r"\b(?:how easy (?:it )?(?:would|could|will) be(?! to (?:just )?(?:take|get|go|book|move|"
    r"travel|ask|"
    r"call|text|find|make|learn|fall in|cook|buy|order|fix|start|quit|leave|say|tell|run away|"
    r"catch))|"
    r"how (?:quick|fast|simple|easy|quiet) it "
    r"(?:would|could) be|how it would (?:feel|be) to|one (?:small |little )?step(?= *(?:$|[.!?,;]))|"
    r"(?:pictur|imagin)\w* (?:the|that) (?:drop|fall|impact|jump|landing)|"
    r"one (?:small |little )?step (?:forward|and|"
    r"off)|just (?:one|a) (?:small |little )?step|let (?:myself )?(?:go|fall|slip)(?! of)|lean "
    r"(?:forward|over) (?:a little|too far|and (?:let|fall|jump))|nobody would (?:stop me|notice|"
    r"know)|(?:wonder|wondered|wondering|"
    r"imagin\w+|pictur\w+|thinking|thought|think) (?:about )?(?:what|how|if|whether) (?:it "
    r"would|i would|i'd|i could|the fall|the water|the drop|the train|the impact|anyone would)|"
    r"(?:urge|pull|tempt\w*) to (?:jump|step|lean|let go|walk|drive|swerve|steer|fall|swallow|take "
    r"them)|make it (?:all )?stop|end it (?:all|there|here)|(?:and|to) (?:never|not) (?:come|"
    r"coming|go|walk|swim|turn) back)"
)
_TRAVEL = (
    r"\b(?:trip|travel\w*|conference|flight|fly(?:ing)?|holiday|vacation|business|camp|festival|"
    r"visit\w*|abroad|away|moving|move|new (?:job|flat|place|city|house)|office|shift|surgery|"
    r"honeymoon|road ?trip|retreat|course|training|exam|uni|college|school|semester|deploy\w*|"
    r"tour|gig|cruise|town|city|country|out of (?:town|office)|airport|work|job|weekend away|"
    r"gone (?:fishing|shopping)|leave|leaving (?:for|on)|back (?:on|by|in|next|after))\b"
)
# A relationship, a task or a thing that "it" may be when one speaks of ending it.
_ENDING_SOMETHING_ELSE = (
    r"\b(?:with (?!(?:a|the|some|these|those|my|all|pills|rope|gun|knife|this|one)\b)\w+|"
    r"relationship|break ?up|broke up|dating|situationship|engagement|marriage|divorce|contract|"
    r"lease|subscription|call|meeting|conversation|friendship|chapter|argument|fight|discussion|"
    r"streak|game|season|series|book|project|deal|affair|fling|things with)\b"
)
_SELF = r"(?:i|i'm|i've|i'd|i'll)"
# Lines of a goodbye note; two of them close together make its shape.
_NOTE_LINE = (
    r"(?:(?:please )?(?:don't|do not) blame (?:yourself|yourselves)(?! for)|(?:it's|it is|it "
    r"was|it wasn't|it isn't) (?:not )?(?:your|anyone's) fault(?! (?:he|she|they|that|the|what|"
    r"your|if|for|because|you)\b)|none of (?:this|it) (?:is|was) your "
    r"fault|(?:please )?forgive me(?! for (?!(?:everything|what i'm|what i've|this|leaving|"
    r"doing this|being weak|what i did)\b))|i had to (?:go|do it|leave)|(?:it's|this is|it is) better "
    r"this way|(?:please )?don't be sad|don't cry (?:for|over) me|don't miss me|remember me "
    r"(?:as|fondly|for|happy)|i(?:'ll| will) (?:always )?(?:love|miss) you all|i love you all|"
    r"goodbye|farewell|bye (?:everyone|all|forever)|(?:my |the )?(?:\w+ )?(?:passwords?|passcodes?) (?:\w+ ){0,2}?(?:are|is)|thank (?:you|u) "
    r"(?:to )?(?:everyone|everybody|all) (?:who|that) (?:tried|helped|cared|was there)(?! "
    r"(?:with|me (?:with|move|out|pack)|out|at|on|organi\w+|to (?:move|pack|clean|organi)))|"
    r"sorry for everything(?! (?:i|i've|that|we|you|last)\b)|take care of each other|dear (?:everyone|everybody|all|family)|(?:it's |"
    r"it has |it )?been a good run|none of (?:this|it) (?:is|was) on (?:you|any of you)|(?:this|it) "
    r"(?:isn't|wasn't|is not|was not) on (?:you|any of you)|i (?:just )?(?:can't|couldn't) stay(?= *(?:$|"
    r"[.!?,]|any ?(?:more|longer)|here))|tell (?:\w+ ){0,2}?(?:that )?i (?:really )?loved (?:her|him|"
    r"them|you)|(?:left|leaving|wrote down|written down) (?:my |the )?(?:\w+ )?(?:passwords?|passcodes?|"
    r"pins?|codes?|bank (?:details|stuff|info|cards?))|"
    r"i (?:won't|will not|'m not) be coming back(?= *(?:$|[.!?,]))|"
    r"last post|turning my phone off for good|i couldn't (?:hold "
    r"on|do it) any ?(?:more|longer)|i wasn't (?:stronger|strong enough|enough|a better \w+)|"
    r"(?:please )?give my love to (?:everyone|everybody|all|mum|mom|dad|my \w+)|(?:please )?"
    r"(?:don't|do not) be (?:mad|angry|cross) (?:at|with) me|to my (?:babies|kids|children|boys|"
    r"girls|darling \w+|beautiful (?:kids|children|babies))|i hope (?:one day |someday |some "
    r"day )?you (?:can |will |all )?(?:understand|forgive me))"
)
_NOTE_WEAK = r"(?:i love you|love you|i'm sorry|i am sorry|i'm so sorry|bye)"
# "My therapist asked if I'd thought about it and I said no" is a denial, not a history.
_ASKED_DENIED = (
    r"\b(?:asked|asks|ask|asking)(?: me)? (?:if|whether|about)\b[^.!?\n]{0,80}\b(?:and|but) i "
    r"(?:\w+ ){0,2}?(?:don't|didn't|haven't|hadn't|wasn't|'m not|said (?:\w+ )?no|answered (?:\w+ )?no|"
    r"told (?:her|him|them) (?:\w+ )?no)(?! (?:know|want|answer|tell|say|lie|admit|reply|"
    r"mean|expect))"
)
# Denials said before the subject: "not that I want to die or anything", "I wouldn't say
# I'm suicidal" (the negation check reads only from the nearest subject on).
_DENIAL_SHAPE = (
    r"\b(?:not that i(?:'m| am| would| 'd)? (?:\w+ ){0,3}?(?:want|wanna|am|was|feel)\b[^.!?\n]"
    r"{0,40}\bor (?:anything|whatever)|i (?:wouldn't|would not|won't|don't) (?:say|call (?:it|"
    r"myself)|describe (?:it|myself) as) (?:that )?(?:i'm |i am |i was )?(?:suicidal|that i want "
    r"to die))\b"
)
# Physical violence done to someone; "hurt" is left out on purpose (see the docstring).
_VIOLENT = (
    r"(?:hit|hits|hitting|beat|beats|beating|slap|slaps|slapped|slapping|punch|punches|"
    r"punched|punching|kick|kicks|kicked|kicking|choke|chokes|choked|choking|strangle|"
    r"strangles|strangled|strangling|smother|smothered|shove|shoves|shoved|rape|rapes|raped|"
    r"molest|molests|molested|assault|assaults|assaulted|abuse|abuses|abused|abusing|attack|"
    r"attacks|attacked|stab|stabs|stabbed|throttle|throttled|headbutted|bit|bites|"
    r"(?:threw|throws|throwing) (?:\w+ ){1,2}at)"
)
# What may follow "hit/beat/choke... me" when it is not violence.
_NOT_VIOLENCE_AFTER = (
    r"(?:(?<!hit me)(?<!hits me)(?<!hitting me)(?<!choked me)(?<!chokes me)(?<!choking me)|"
    r"(?! up\b))"
    r"(?! (?:back up|to it|to the|at|in (?:a |an |the )?(?:game|chess|race|match|"
    r"argument|debate|round)|with (?:the |a |an |that |this |his |her |some )?(?:news|question|"
    r"idea|truth|joke|line|comment|request|story|fact|pun|compliment|reality)|that|how|"
    r"hard when|out\b|off (?:the|a) (?:team|list|group)))"
)
# "her/him" after a violent verb is an object only when no noun follows ("hit her car").
_OBJECT_END = (
    r"(?=\s*(?:$|[.,!?;:]|and\b|but\b|when\b|if\b|again\b|with\b|in\b|on\b|until\b|while\b|"
    r"whenever\b|sometimes\b|badly\b|hard\b|too\b|every\b|all\b|because\b|so\b|now\b|up\b|"
    r"around\b|daily\b|regularly\b|after\b|last\b|yesterday\b|today\b|tonight\b))"
)
# "He'll hurt me if I let him in" is about the heart, this bot's theme, not about danger.
_EMOTIONAL_IF = (
    r"(?! (?:(?:\w+ ){0,5}?if i (?:let|open|get (?:too )?close|get attached|trust|fall|love|show|"
    r"tell (?:him|her|them) how|share|commit|depend)|emotionally|by leaving|(?:like|the way) "
    r"(?:my ex|the last|\w+ \w+ did|everyone)))"
)
# Ways of wanting, planning or feeling drawn to do something.
_INTENT = (
    r"(?:want|wants|wanted|wanting|need|needs|going|plan|plans|planning|planned|ready|"
    r"tempted|urge|urges|trying|tried|try|thinking about|thinking of|think about|thought "
    r"about|thought of|feel like|felt like|about)"
)
_LIFE = (
    r"(?:living|live|being alive|be alive|going on|go on|carrying on|carry on|keep going|"
    r"keeping going|keep living|existing|exist|staying alive|stay alive|life|waking up|wake up|"
    r"getting up|anything (?:anymore|at all))"
)
# Ways of not being here: "if I was gone", "if I died".
_GONE = (
    r"(?:died|die|(?:was|were) gone(?! for (?:a |the |\w+ )?(?:days?|weeks?|hours?|while|bit|"
    r"weekend|night|month|trip|holiday))|was dead|were dead|wasn't (?:here|around|alive)|"
    r"didn't wake up|never woke up|don't wake up|never wake up|stopped breathing|"
    r"weren't (?:here|around|alive)|disappeared|vanished|killed myself|ended it|didn't exist|"
    r"never existed|left this world|wasn't born|was never born|had never been born|"
    r"wasn't here anymore|stopped existing|was out of the picture for good)"
)


# Words that make a cut, burn or bruise an everyday accident, one list per kind of injury
# so that "coffee" excuses a burn but not a cut.
_BY_ACCIDENT = r"by accident|accident(?:al|ally)?|(?:knife|razor|hand) slipped"
_CUT_ACCIDENT = (
    rf"\b(?:{_BY_ACCIDENT}|shav(?:e|ed|ing)|cooking|chopping|slicing|kitchen|paper ?cut|"
    r"gardening|broken glass|glass broke|onions?|vegetables|bread|sharp edge|can lid)\b"
)
_BURN_ACCIDENT = (
    rf"\b(?:{_BY_ACCIDENT}|stove|oven|pan|iron|kettle|cooking|baking|coffee|tea|toast|soup|"
    r"sunburn(?:ed|t)?|in the sun|hot water|straightener|curling iron|grill|barbecue|bbq)\b"
)
_KNOCK_ACCIDENT = (
    rf"\b(?:{_BY_ACCIDENT}|gym|workout|training|sprain(?:ed)?|ankle|fell|tripped|football|"
    r"soccer|skiing|hiking|climbing|running|lifting|door|cupboard|cabinet|table|itch(?:y|ing)?|"
    r"rash|eczema|mosquito|hives|allerg(?:y|ic)|sleep)\b"
)

D, S, H = Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM

# --- round 3: families of wordings -----------------------------------------------------
# Written after a fresh round of cases (tests/domain/data/crisis/en.fresh.toml) that was
# composed before its writer read these rules. Each rule is meant for a family of
# wordings (the several ways people say the same thing), with the everyday twins it spares.
_PLAN_EVERYDAY = (
    r"\b(?:wedding|party|surprise|holiday|trip|vacation|flight|move|moving|interview|exam|"
    r"presentation|speech|proposal|propose|birthday|dinner|date night|first date|gig|concert|"
    r"match|game|race|marathon|tattoo|haircut|piercing|hair|dye|diet|gym|workout|quit\w*|"
    r"smok\w*|vap\w*|apply\w*|confess\w*|tell (?:him|her|them|my)|ask (?:him|her|them)|"
    r"break ?up|divorce|renovat\w*|decorat\w*|paint\w*|skydiv\w*|bungee|essay|revision|"
    r"homework|project|budget|meal|menu|recipe|christmas|new year|picnic|see you|meet|"
    r"meeting|bbq|barbecue|drinks|coffee|lunch|brunch|class|lesson|appointment)\b"
)
# Away for a while, not for good.
_AWAY = _TRAVEL + (
    r"|\b(?:gap year|year abroad|erasmus|exchange|placement|internship|study abroad|travels|"
    r"travelling|traveling|backpacking|at (?:her|his|their|my|the) \w+|at (?:work|school|uni|"
    r"home|the gym))\b"
)
_CHILD_WORD = (
    r"(?:toddler|baby|babies|kids?|children|child|son|daughter|little one|infant|newborn|"
    r"niece|nephew|grandson|granddaughter|little (?:brother|sister|cousin)|stepson|"
    r"stepdaughter|students?|pupils?)"
)
_DANGER_R3: tuple[Rule, ...] = (
    # A weapon held to the writer.
    rule(
        D,
        r"\b(?P<core>(?:held|holds|hold|holding|pulled|pulls|pull|pulling|put|puts|putting|"
        r"pointed|points|point|pointing|waved|waves|waving|pressed|presses) (?:a |the |his |her |"
        r"their |my )?(?:kitchen )?(?:knife|knives|gun|blade|pistol|rifle|shotgun|scissors|bat|"
        r"hammer|machete|screwdriver|broken bottle) (?:to|at|against|on|in) (?:me|my (?:throat|"
        r"neck|head|face|chest|stomach|belly|back|side))\b)",
        needs=r"\b(?:he|she|they|him|her|them|husband|wife|partner|boyfriend|girlfriend|dad|"
        r"father|mum|mom|mother|stepdad|stepmum|stepmom|brother|sister|ex|someone|guy|man|"
        r"uncle|son|flatmate|roommate)\b",
        unless=r"\b(?:nerf|water ?gun|laser ?tag|paintball|airsoft|toy|game|play\w*|film|movie|"
        r"show|scene|stage|rehearsal|barber|hairdresser|haircut|surgeon|doctor|dentist|"
        r"photo\w*|selfie)\b",
    ),
    # Grabbing the neck, the throat, the hair: violence, with the marks it leaves.
    rule(
        D,
        r"\b(?P<core>(?:grabbed|grabs|grab|grabbing|squeezed|squeezes|squeezing|gripped|grips|"
        r"gripping|twisted|twists|twisting|yanked|yanks|yanking|pulled|pulls|pulling|clutched|"
        r"held|holds|pinned|pins) (?:me by )?(?:my |the )?(?:neck|throat))\b",
        needs=r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|"
        r"mother|stepdad|stepmum|stepmom|brother|sister|ex|someone|guy|man|uncle)\b",
        unless=r"\b(?:massag\w*|kiss\w*|hug\w*|scarf|necklace|collar|playful\w*|consent\w*|"
        r"asked|hickey|cpr|heimlich|chok(?:ing|ed) on (?:food|a|his|her)|doctor|physio|"
        r"chiropractor|bjj|jiu|judo|wrestl\w*|sparring|mma|karate|dog|cat|puppy|kitten|baby)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:grabbed|grabs|grabbing|squeezed|squeezes|gripped|twisted|twists|yanked|"
        r"yanks|pulled|pulls|dragged|drags) (?:me by )?my (?:hair|wrists?|arms?|face|jaw|ponytail)"
        r")\b",
        needs=r"\b(?:so hard|hard|until|till|bruis\w*|mark\w*|dragged|twisted|hurt|pinned|"
        r"slammed|threw|shov\w*|pushed|scream\w*|shout\w*|yell\w*|angry|drunk|rage|wouldn't let|"
        r"scared|crying|cried|bleed\w*)\b",
        unless=r"\b(?:fell|falling|slipped|trip\w*|traffic|car|road|cliff|edge|save|saved|"
        r"saving|stop me|catch me|caught me|playful\w*|joking|game|dance|dancing|ride|"
        r"rollercoaster|hairdresser|braid\w*|plait\w*|bjj|judo|wrestl\w*|sparring|nurse|doctor|"
        r"toddler|baby|kid|son|daughter|niece|nephew|little one|lol|haha|lmao)\b",
    ),
    # Sex after a no, while frozen or hurting: "he didn't stop", "he kept going".
    rule(
        D,
        r"\b(?P<core>(?:didn't|doesn't|don't|wouldn't|won't|never|did not|does not|would not|"
        r"will not) (?:\w+ )?stop(?:,| even| when| after| although| though| while| until)"
        r"(?: \w+){0,3}? (?:i (?:\w+ ){0,3}?(?:said|say|says|told|tell|asked|ask|begged|beg|"
        r"cried|cry|was crying|screamed|scream|pushed|push|tried|froze|freeze|said no|"
        r"was asleep|was crying)|it (?:hurt|hurts)|i'm crying|i'm asleep))\b",
        unless=r"\b(?:tickl\w*|talking|texting|calling|joking|teas\w*|sing\w*|music|laugh\w*|"
        r"game|gaming|car|bus|driver|train|messag\w*|snor\w*|chew\w*|playing|complain\w*|nag\w*|"
        r"lectur\w*|ranting|drinking|eating|smok\w*|vap\w*|spend\w*|crying baby|baby|dog|"
        r"puppy|cat|kitten|bleeding|nosebleed|cough\w*|hiccups?|rain)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:he|she|they) (?:just |still |only )?(?:kept going|carried on|continued|"
        r"went on|kept on|didn't stop|wouldn't stop|did it anyway|did it anyways|still did it|"
        r"did it regardless))"
        r"(?=\s*(?:$|[.!?,;]|and|anyway|even|after|when|while|although|though|until|as if|"
        r"like))",
        # Round 4: the phrase holds its own subject, so a negation before it belongs to
        # another clause ("I couldn't move and he just kept going").
        negatable=False,
        needs=r"\b(?:froze|frozen|freeze|said no|say no|told (?:him|her|them) (?:no|to stop)|"
        r"asked (?:him|her|them) to stop|crying|cried|asleep|sleeping|passed out|pushed|"
        r"didn't want|couldn't move|couldn't say|couldn't speak|shaking|hurt|hurting|pain|"
        r"drunk|too drunk|out of it|begged|stop)\b",
        unless=r"\b(?:talking|ranting|rambling|shouting|yelling|arguing|complain\w*|driving|"
        r"walking|running|game|music|singing|party|drinking|eating|texting|calling|"
        r"presentation|meeting|lecture|class|story|jok\w*|teas\w*|tickl\w*|play\w*|show|"
        r"film|movie|video|speech|interview|run|race|training|workout|lesson)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:took|takes|take|pulled|pulls|slipped|slips|taking|pulling) (?:the |a |"
        r"his |her )?condom off|(?:removed|removes|ripped|poked holes in|pierced|put holes in|"
        r"tampered with) (?:the |a |his |her )?condoms?|stealth(?:ed|ing)? me)\b",
        needs=r"\b(?:without|didn't (?:tell|ask|say)|secretly|behind my back|when i wasn't|"
        r"during|halfway|even though|after i (?:said|told|asked)|told (?:him|her) to|stealth\w*|"
        r"holes)\b",
        unless=r"\b(?:banana|cucumber|demo|sex ed|class|lesson|lol|haha)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:wouldn't|won't|didn't|doesn't|would not|will not|refused to|refuses to) "
        r"let me (?:leave|go|out|get out|go home)(?: \w+){0,3}? (?:until|till|til|unless|before) "
        r"i (?:\w+ ){0,2}?(?:did|do|had|have|slept|sleep|kissed|kiss|gave|give|sent|send|"
        r"touched|touch|agreed|said yes|took off|undressed|showed))\b",
        needs=r"\b(?:stuff with|things (?:with|to|for)|sex|slept with|sleep with|kiss\w*|"
        r"touch\w*|blowjob|bj|oral|naked|undress\w*|nudes?|pics?|photos?|hook(?:ed)? up|"
        r"made out|make out|took off|clothes|top off|him|her|them)\b",
        unless=r"\b(?:homework|chores|dishes|room|tidy|clean\w*|eat\w*|dinner|vegetables|veg|"
        r"breakfast|finished (?:my|the)|revision|practice|piano|test|exam|paid|pay|bill|"
        r"teacher|detention|apolog\w*|said sorry)\b",
    ),
    # Woken up undressed with no memory; a blackout after one drink somewhere not one's own.
    rule(
        D,
        r"\b(?P<core>woke up (?:\w+ ){0,3}?(?:naked|undressed|half[- ]naked|with (?:my|no) "
        r"(?:clothes|jeans|pants|trousers|underwear|knickers|top|shirt|dress|skirt|bra) (?:off|"
        r"on backwards|inside out|missing|gone|torn|ripped|pulled down|round my ankles)|"
        r"without (?:my |any )?(?:clothes|underwear|pants|jeans|knickers)))\b",
        unless=r"\b(?:hot|heat|heating|boiling|sweltering|summer|heatwave|warm|sweat\w*|fever|"
        r"sleepwalk\w*|lol|haha|lmao|funny|"
        r"my (?:own )?bed|by myself|on my own|alone|husband|wife)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:don't|can't|didn't|do not|cannot) remember (?:anything|a thing|much|"
        r"what happened|how i got (?:there|home|here)) (?:after|past|from|since|beyond) (?:the |"
        r"my |a |one |that |his |her )?(?:first |second |third |one |single |last |\w+ )?(?:drink|"
        r"drinks|shot|glass|sip|beer|cocktail|can))\b",
        needs=r"\b(?:his|her|their|someone|a guy|a man|stranger|bought me|gave me|handed me|"
        r"woke up|flat|place|house|room|car|spiked|drugged|naked|clothes|jeans|hurt|bruis\w*|"
        r"sore|bleed\w*|only had)\b",
        unless=r"\b(?:lol|haha|lmao|hangover|hungover|so drunk|wasted|we|us|our|birthday|"
        r"wedding|stag|hen|pub crawl)\b",
    ),
    # A child: watched while changing, "it's normal", left alone for days, bruises and
    # flinching, an adult with a young teenager.
    rule(
        D,
        r"\b(?P<core>(?:watch|watches|watched|watching|stares at|stared at|staring at|looks at|"
        r"looked at|peeks at|peeked at|peeking at|films|filmed|filming|records|recorded|"
        r"photographs|photographed) me (?:while i |when i |as i )?(?:\w+ )?(?:change|changing|"
        r"get changed|getting changed|undress|undressing|undressed|in the (?:shower|bath|"
        r"bathroom)|shower|showering|bathe|bathing|naked|in my underwear|pee|peeing))\b",
        unless=r"\b(?:cat|cats|dog|dogs|kitten|puppy|pet|parrot|baby monitor|lol|haha|lmao|"
        r"husband|wife|boyfriend|girlfriend|partner|fitting room|nurse|doctor|carer|"
        r"swimming lesson)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:says|said|tells me|told me|keeps saying) (?:that )?(?:it's|its|it is|this "
        r"is|that's|it was) (?:normal|what (?:dads|daddies|uncles|families|grown ?ups|brothers|"
        r"people who love each other) do|our (?:little )?secret|a game|okay because|ok because|"
        r"how (?:he|she) shows love))\b",
        needs=r"\b(?:touch\w*|watch\w*|room|bed|bath|shower|chang(?:e|ing)|undress\w*|pics?|"
        r"pictures|photos|secret|kiss\w*|lap|private|naked|hurt\w*|hits?|hitting|belt)\b",
        unless=r"\b(?:doctor|gp|nurse|dentist|midwife|therapist|teacher said (?:it's|its) "
        r"normal to feel|period|puberty|growing pains|spots|acne|mood|feel\w*)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:leave|leaves|left|leaving) (?:their|her|his|the|my|our|a) (?:\w+ )?"
        rf"{_CHILD_WORD} (?:\w+ )?(?:alone|home alone|by (?:him|her|them)sel(?:f|ves)|on (?:his|"
        r"her|their) own|locked (?:in|up|out)|in the car)(?: \w+){0,3}? (?:for (?:whole |entire |"
        r"full )?(?:hours|days|nights|the (?:whole |entire )?(?:day|night|weekend))|all (?:day|"
        r"night|weekend)|overnight|every (?:day|night)|while (?:they|she|he) (?:go|goes|went) "
        r"(?:out|drinking|to the pub|clubbing|partying)|in the heat|hours|days))\b",
        about_others=True,
        unless=r"\b(?:for a (?:minute|second|sec|bit|few minutes|moment)|sitter|babysitter|"
        r"nanny|monitor|nap\w*|asleep upstairs|grandma|grandpa|nan|teen\w*|1[4-9]|"
        r"fourteen|fifteen|sixteen|seventeen|eighteen|cat|dog)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:bruises|marks|welts|burns|cuts|belt marks) (?:\w+ ){0,2}?(?:on|all over|"
        r"across|down) (?:her|his|their) (?:back|arms?|legs?|neck|face|body|wrists?|thighs?|"
        r"bum|bottom)\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:flinch\w*|scared to go home|doesn't "
        r"want to go home|won't say|won't tell|makes excuses|says? (?:she|he|they) fell|hides|"
        r"hiding|covers? (?:it|them)|long sleeves|jumpy)|flinch(?:es|ed|ing)?\b(?:[ ,.!]+[\w']+)"
        r"{0,10}?[ ,.!]+(?:bruises|marks|welts|belt marks) (?:\w+ ){0,2}?(?:on|all over|across) "
        r"(?:her|his|their))\b",
        about_others=True,
        unless=r"\b(?:football|rugby|hockey|netball|sport\w*|fell off|climb\w*|playground|"
        r"trampoline|bike|skat\w*|eczema|allerg\w*|birthmark|dog|cat|puppy|kitten|horse)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:my |our |the |her |his )?(?:\w+ )?{_CHILD_WORD}(?:'s| is| was| are| "
        r"gets| got)? (?:being |getting )?(?:hurt|hit|beaten|abused|smacked|neglected|starved|"
        r"molested|touched|locked (?:in|up)) (?:at home|by (?:his|her|their) (?:\w+ )?(?:dad|"
        r"mum|mom|father|mother|stepdad|stepmum|stepmom|stepfather|stepmother|parents?|uncle|"
        r"aunt|brother|sister|grandad|grandpa|boyfriend|girlfriend|partner|carer|teacher|"
        r"coach)))\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:boyfriend|girlfriend|partner|man|guy|bloke|he|she|he's|she's)(?:'s| is|"
        r" was)? (?:like |about |nearly |almost |over )?(?:1[89]|[2-5]\d)\b(?:[ ,.!]+[\w']+){0,5}?"
        r"[ ,.!]+(?:she's|he's|she is|he is|i'm|i am|and she's|and he's|and i'm) (?:only |just "
        r"|barely )?(?:1[0-5]|[89]|eleven|twelve|thirteen|fourteen|fifteen)\b|(?:she's|he's|she "
        r"is|he is|i'm|i am) (?:only |just |barely )?(?:1[0-5]|[89]|eleven|twelve|thirteen|"
        r"fourteen|fifteen)\b(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+(?:boyfriend|girlfriend|partner|man|guy|"
        r"he|she)(?:'s| is| was)? (?:like |about |nearly |almost |over )?(?:1[89]|[2-5]\d)\b)",
        unless=r"\b(?:years? (?:ago|since)|when (?:i|she|he) was|married for|together for|"
        r"minutes|mins|hours|days|weeks|months|kg|lbs|stone|cm|inches|score|points|goals|"
        r"level|dog|cat|brother|son|daughter|dad|mum|mom)\b",
    ),
    # Someone heard screaming for help; someone about to be killed, said with fear.
    rule(
        D,
        r"\b(?P<core>(?:hear|heard|hearing|hears) (?:her|him|them|someone|somebody|a (?:woman|"
        r"girl|kid|child|man|baby|boy)|the (?:woman|girl|kid|child|neighbou?rs?|baby|boy|man)|my "
        r"(?:\w+ )?\w+) (?:\w+ )?(?:screaming|scream|shouting|yelling|crying|begging|calling "
        r"out|calling|screamed|shouted|yelled|cried|begged) (?:out )?(?:for )?[\"']?(?:help|"
        r"stop|please stop|don't|no\b|get off))",
        about_others=True,
        unless=r"\b(?:film|movie|show|game|tv|telly|video|stream|karaoke|concert|fair|"
        r"rollercoaster|ride|haunted|halloween|prank|party|sex|lol|haha)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:is|'s|are|'re) (?:going to|gonna|about to) (?:actually "
        r"|really )?(?:kill|hurt|beat|strangle|stab|shoot) (?:her|him|them|my (?:\w+ )?\w+)(?: "
        r"one day| one of these days| this time| tonight)?)(?=\s*(?:$|[.!?,;]|i\b|and\b))",
        needs=r"\b(?:i think|scared|afraid|worried|terrified|police|scream\w*|help|911|999|"
        r"bruis\w*|hits?|hitting|beats?|beating|violent|abus\w*)\b",
        unless=r"\b(?:lol|haha|lmao|finds out|find out|sees|see the|hears about|when (?:she|he|"
        r"they) (?:gets?|hears?|sees?|finds?|comes? home)|if (?:she|he|they) (?:finds?|sees?|"
        r"hears?)|for (?:being|eating|breaking|forgetting|losing|using|leaving|not)|late|mess|"
        r"car|dent|game|match|exam|bill|spoil\w*|finale)\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:keeps |kept |been |started |is |'s |are )?(?:sending|sends|sent|texting|"
        r"texts|texted|messaging|messages|messaged|leaving|left) me (?:\w+ )?(?:threats|death "
        r"threats|threatening (?:messages|texts|voicemails|notes|letters)))\b",
        unless=r"\b(?:game|gaming|lol|haha|scam\w*|spam\w*|phishing|bot|bank|tax|hmrc|irs|"
        r"bailiffs?|debt collectors?|council|landlord's agent|fine)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:he'll|she'll|they'll|he will|she will|they will|going to|gonna|"
        r"threaten\w* to|says (?:he|she|they)(?:'ll| will| is going to)|said (?:he|she|they)(?:'d| "
        r"would)) (?:\w+ )?(?:post|share|send|leak|show|upload|put up|spread|sell) (?:my|the|our) "
        r"(?:private |intimate |naked |nude |sexy |)(?:pictures|pics|photos|nudes|videos|vids|"
        r"sex tape|tape|images))\b",
        needs=r"\b(?:if i|unless i|threat\w*|blackmail\w*|ruin|everyone|parents|mum|mom|dad|"
        r"boss|work|school|online|internet|revenge|don't|leave|come back|send more|pay)\b",
        unless=r"\b(?:holiday|wedding|birthday|baby|graduation|party|trip|gig|concert|"
        r"match|race|lol|haha|cute|instagram and tag|tag me)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:\w+ )?(?:slammed|slams|smashed|smashes|banged|bangs|shoved|"
        r"shoves|pushed|pushes|threw|throws|knocked|knocks|rammed|rams|bashed|bashes) (?:me|my "
        r"head|my face|my body|my back) (?:\w+ )?(?:into|against|onto|on|through|down) (?:the "
        r"|a )?(?:wall|door|doorframe|floor|table|counter|worktop|car|window|fridge|wardrobe|"
        r"radiator|stairs|ground|mirror|sink|cupboard|bed ?frame|dashboard))\b",
        unless=r"\b(?:game|rugby|football|hockey|wrestl\w*|sparring|bjj|judo|mma|boxing|play\w*|"
        r"dance|mosh|crowd|joking|accident\w*|by accident|dog|puppy)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:locks|locked|locking|lock|shuts|shut|shutting) (?:me|her|him|them|us|my "
        r"(?:\w+ )?\w+) (?:\w+ )?(?:in|inside|out of|into) (?:\w+ ){0,2}?(?:room|bedroom|"
        r"basement|cupboard|closet|cellar|shed|garage|house|bathroom|attic|loft)(?: \w+){0,4}? "
        r"(?:without (?:food|water|dinner|eating|anything to eat)|for (?:hours|days|the (?:whole )?"
        r"(?:night|day|weekend))|all (?:day|night|weekend)|overnight|as (?:a )?punishment))\b",
        about_others=True,
        unless=r"\b(?:cat|dog|puppy|kitten|hamster|by accident|accidentally|locksmith|keys|"
        r"game|escape room|lol|haha|studying|revision|to study|to focus)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:i'm|i am|im) (?:only |just )?(?:[5-9]|1[0-7]|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?:[ ,.!]+[\w']+){0,8}?"
        r"[ ,.!]+(?:hurts|hits|beats|kicks|slaps|touches|hurt|hit|beat|kicked|slapped|touched|"
        r"punches|punched|chokes|choked|starves|burns|burned|burnt|whips|whipped|molests|"
        r"molested|threatens|threatened) me\b|(?:leaves|left) me (?:alone|home alone|on my "
        r"own|without food)|(?:locks|locked) me (?:in|out|up)|(?:doesn't|won't|forgets to|"
        r"never) feeds? me)",
        unless=r"\b(?:game|football|rugby|hockey|karate|judo|boxing|sparring|dodgeball|"
        r"cat|dog|puppy|kitten|hamster|ball|by accident|accidentally|playing|tickl\w*|lol|"
        r"haha|years? ago|when i was)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:grown|older|adult|old|middle[- ]aged) (?:man|men|guy|dude|bloke|woman|"
        r"stranger)\b(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+(?:dm\w*|messag\w*|text\w*|snap\w*|chatting "
        r"(?:to|with)|talking to|asking|grooming|follows|following|sending|sends|sent)\b(?:[ ,.!]+"
        r"[\w']+){0,4}?[ ,.!]+(?:(?:[5-9]|1[0-5])[ -]?(?:year|yr)s?[ -]?old|(?:eleven|twelve|"
        r"thirteen|fourteen|fifteen)[ -]year[ -]old)|(?:sleeps with|sleeping with|slept with|"
        r"having sex with|has sex with|had sex with|dating|going out with|hooking up with|hooked "
        r"up with|sexting|sexts|sending nudes to|asking for nudes from) (?:my |his |her |a |their "
        r"|our )?(?:[5-9]|1[0-5]|eleven|twelve|thirteen|fourteen|fifteen)[ -]?(?:year|yr)s?[ -]?"
        r"old|groom(?:ing|ed|s) (?:me|her|him|them|my \w+|kids|children|a (?:kid|child|"
        r"minor|girl|boy)))\b",
        about_others=True,
        unless=r"\b(?:dog|dogs|puppy|horse|pony|cat|pet|salon|groomer|beard|hair|wedding)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:won't|doesn't|didn't|wouldn't|never|will not|does not|did not) take "
        r"no for an answer)\b",
        needs=r"\b(?:bed|sex|touch\w*|kiss\w*|at night|body|consent|stop|clothes|drunk|"
        r"asleep|forced?|pressur\w*|husband|boyfriend|partner|wife|girlfriend|date)\b",
        unless=r"\b(?:sales\w*|job|interview|kids? (?:want|ask)|dog|cat|pitch|client|boss "
        r"(?:asked|wants)|recruiter|salesman|vendor|offer|deal|invite\w*|party|drinks|"
        r"dinner)\b",
    ),
    rule(
        D,
        r"\b(?P<core>grop(?:e|ed|es|ing)|fondl(?:e|ed|es|ing)|upskirt\w*|(?:sexually )?"
        r"(?:assaulted|raped|molested|spiked|drugged) me|flash(?:ed|es|ing) (?:me|at me|himself)"
        r")\b",
        about_others=True,
        unless=r"\b(?:verbally|with questions|mosquito\w*|cat|dog|kitten|puppy|in (?:the )?"
        r"(?:game|meeting|comments|chat|email)|flash(?:ed|es|ing) me (?:a|his|her) (?:smile|"
        r"grin|badge|card|id|look|thumbs)|headlights|lights)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:\w+ )?(?:threatens|threatened|threatening|terrori[sz]es|"
        r"terrori[sz]ed) (?:us|my (?:mum|mom|mother|dad|family|kids|children|sister|brother|"
        rf"siblings|little \w+))|{_PERSON} (?:\w+ )?(?:punch\w*|kick\w*|smash\w*) (?:holes|a hole|"
        r"the walls?|the doors?) (?:in )?(?:the )?(?:walls?|doors?)?)\b",
        needs=r"\b(?:threat\w*|scared|afraid|terrified|us|me|when (?:he|she)|angry|drunk|rage|"
        r"shout\w*|scream\w*|hits?)\b",
        unless=r"\b(?:lawsuit|sue|court|eviction|evict\w*|landlord|bank|fine|council|game|"
        r"lol|haha|diy|renovat\w*|builder\w*|plaster\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:pressured|pressures|pressuring|guilted|guilt-tripped|guilt tripped|guilts|"
        r"nagged|badgered|manipulated|coerced|coerces|bullied|pushed) me (?:\w+ ){0,3}?(?:until|"
        r"till|into) (?:i (?:gave in|said yes|agreed|did it|slept with|had sex|let him|let her)|"
        r"(?:having )?sex|sleeping with|doing (?:it|stuff|things|sexual|something sexual)|sending "
        r"(?:\w+ )?(?:pics|nudes|photos)))\b",
        needs=r"\b(?:sex|sexual|slept|sleep with|bed|didn't want|feel sick|feel dirty|used|"
        r"touch\w*|kiss\w*|naked|clothes|nudes|pics|photos|let (?:him|her))\b",
        unless=r"\b(?:buy\w*|bought|car|phone|puppy|dog|pay\w*|money|loan|job|tattoo|move|shift|"
        r"overtime|lol|haha|gym|diet|uni|course)\b",
    ),
    rule(
        D,
        r"\b(?P<core>i (?:said|told (?:him|her|them)|kept saying|begged(?: (?:him|her|them))?|"
        r"asked (?:him|her|them)) (?:to )?(?:stop|no)\b(?:[ ,.!]+[\w']+){0,4}?[ ,.!]+(?:and|but) "
        r"(?:he|she|they) (?:just )?(?:laughed|kept going|didn't|wouldn't|carried on|ignored me|"
        r"did it anyway|held me down|pinned me|didn't care|got angry))\b",
        unless=r"\b(?:tickl\w*|jok\w*|prank\w*|teas\w*|lol|haha|lmao|sing\w*|music|game|"
        r"talking|texting|calling|messag\w*|spending|drinking|smok\w*|vap\w*|driving)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:put|puts|putting|shoved|slid|stuck|slipped) (?:his|her|their) (?:hands?|"
        r"fingers?) (?:up|down|in|inside|under|into) my (?:skirt|dress|shirt|top|pants|trousers|"
        r"jeans|knickers|underwear|bra|shorts)|(?:touched|grabbed|groped|squeezed|slapped|"
        r"pinched|rubbed) my (?:breasts?|boobs?|bum|butt|ass|arse|crotch|private parts|privates|"
        r"chest|inner thigh|genitals|vagina|penis|dick))\b",
        unless=r"\b(?:boyfriend|girlfriend|husband|wife|partner|baby|toddler|doctor|nurse|"
        r"midwife|mammogram|exam|screening|physio|massage|lol|haha|dog|cat|consent\w*|asked)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:teacher|coach|tutor|boss|manager|uncle|stepdad|stepfather|priest|"
        r"instructor|neighbou?r|\w+'s dad|youth leader|pastor|grown man|older guy|older man)\b"
        r"(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:sexy|my body|pics|pictures|photos|nudes|kiss\w*|"
        r"date|our secret|don't tell|delete (?:it|them|the messages)|sit on his lap|alone with "
        r"(?:him|her)|(?:texting|messaging|texts|messages|dms|dming|snapchatting|calling) (?:her|him|"
        r"me) (?:at night|late at night|all night|every night|at \d)))\b",
        needs=r"\b(?:i'm|im|i am|she's|he's|she is|he is) (?:only |just )?(?:1[0-5]|[89]|nine|ten|"
        r"eleven|twelve|thirteen|fourteen|fifteen)\b|\b(?:1[0-5]|[89]|eleven|twelve|thirteen|"
        r"fourteen|fifteen)[ -](?:year|yr)[ -]old\b",
        unless=r"\b(?:years? ago|when i was)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:forced|forces|forcing|made|makes|making|pressured|pressures|pushed|"
        r"coerced) me (?:to )?(?:give|do|perform|have|watch|touch|suck|undress|strip|send|take off)"
        r"(?: \w+){0,2}? (?:a )?(?:bj|blowjob|blow job|oral|head|sex|porn|naked|nudes|him|her|his "
        r"(?:thing|dick|penis)|my (?:clothes|top|bra|pants|knickers)))\b",
        unless=r"\b(?:lift|ride|coffee|tea|dinner|lunch|homework|presentation|speech|lol|haha|"
        r"hug|a hug|high five|massage him|massage her)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:comes|came|walks|walked|barges|barged|keeps coming|keeps walking|bursts|"
        r"burst) (?:in|into) (?:the bathroom|my room|my bedroom|the shower|the bedroom)(?: \w+)"
        r"{0,3}? (?:when|while|whenever) i(?:'m| am| was)? (?:showering|in the shower|in the bath|"
        r"changing|getting changed|undressed|undressing|naked|asleep|sleeping|bathing|having a "
        r"(?:shower|bath)))\b",
        unless=r"\b(?:toddler|baby|kid|kids|son|daughter|cat|dog|puppy|kitten|lol|haha|"
        r"husband|wife|boyfriend|girlfriend|partner|flatmate|roommate|lock|knock\w*)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:\w+ )?(?:burns|burned|burnt|scalds|scalded|bites|bit|whips|"
        r"whipped|belts|belted|pinches|pinched|stubs (?:\w+ )?(?:cigarettes?|fags?) out on) "
        rf"(?:me|us|(?:him|her|them){_OBJECT_END}))\b(?! (?:off|up|out|a\b|an\b|some|dinner|"
        r"a slice|toast|cds?|a cd|a copy|back))",
        unless=r"\b(?:baby|toddler|dog|puppy|cat|kitten|hamster|lol|haha|playful\w*|teething|"
        r"sun|mosquito\w*|gnats?|midges?|game|in the game|as kids|growing up|years ago|when "
        r"(?:we|i) (?:was|were) (?:kids|little|young))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:making|makes|made|forcing|forces|forced|pressuring|pressures|"
        r"blackmailing|blackmails|blackmailed) me (?:to )?(?:(?:send|share|make) (?:\w+ )?"
        r"(?:pictures|pics|photos|nudes|videos|vids|naked)|take (?:naked|nude|sexy|topless|"
        r"explicit) (?:\w+ )?(?:pictures|pics|photos|videos)|take (?:pictures|pics|photos|videos) "
        r"of (?:myself|me) (?:naked|undressed|in my underwear)))\b",
        unless=r"\b(?:homework|project|holiday|report|passport|id card|school photo|yearbook|"
        r"instagram|for the (?:group|family|album)|lol|haha|baby pics|of the (?:baby|dog|cat|"
        r"kids|house|car))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:outside|at|by|behind|banging on|kicking) (?:my|the|our) (?:door|house|"
        r"window|flat|room|car|work)(?: \w+){0,3}? with (?:a |his |her |their |the )?(?:knife|"
        r"gun|bat|baseball bat|hammer|weapon|axe|machete|crowbar))\b",
        unless=r"\b(?:delivery|parcel|pizza|takeaway|chef|butcher|builder|plumber|"
        r"carpenter|tree surgeon|hunting|game|halloween|costume|toy|nerf|film|movie)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:he's|she's|they're|he is|she is|they are|he keeps|she keeps|they keep|"
        r"he's been|she's been|they've been|he has been|she has been|he's started|she's started|"
        r"he started|she started) (?:\w+ )?(?:hitting|beating|slapping|punching|kicking|choking|"
        r"strangling|smothering|shoving|raping|molesting|assaulting|abusing|attacking|stabbing|"
        r"throttling|biting|burning|spitting on|dragging) (?:me|us|my (?:mum|mom|mother|dad|"
        r"sister|brother|kids|children|son|daughter|baby|little \w+)))\b"
        r"(?! (?:up|back up|at|in (?:a |an |the )?(?:game|chess|race|match|argument|debate|round)|"
        r"with (?:questions|emails|messages|texts|the news|jokes|puns|compliments)|to it|to the))",
        unless=r"\b(?:game|gaming|fortnite|cod|chess|cards|tennis|squash|pool|ping pong|"
        r"sparring|bjj|judo|boxing|wrestl\w*|pillow|snowball|water ?balloon|nerf|lol|haha|"
        r"tickl\w*|puppy|dog|cat|kitten|baby|toddler|teething)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:touched|touches|touching|touch|grabbed|grabs|rubbed|rubs) (?:my|her|his|"
        r"their) (?:private parts|privates|private area|private bits|down there|genitals|"
        r"vagina|penis|no-no square))\b",
        about_others=True,
        unless=r"\b(?:doctor|nurse|gp|exam|examin\w*|midwife|cream|rash|nappy|diaper|potty|"
        r"puberty|himself|herself|themselves|myself|itch\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:says|said|told me|tells me|told us|told the teacher|told her teacher|told "
        r"his teacher) (?:that )?(?:his|her|their|my) (?:\w+ )?(?:dad|daddy|mum|mom|mummy|mommy|"
        r"father|mother|stepdad|stepmum|stepmom|parents?|uncle|aunt|brother|sister|grandad|"
        r"grandpa|(?:mum's|mom's|dad's) (?:boyfriend|girlfriend|partner)) (?:\w+ )?(?:hurts|"
        r"hits|beats|kicks|burns|touches|hurt|hit|beat|kicked|burned|burnt|touched|punches|"
        r"punched|locks|locked|starves) (?:him|her|them))\b",
        about_others=True,
        unless=r"\b(?:game|football|play\w*|accident\w*|by accident|lol|haha|tickl\w*)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_CHILD_WORD}\b(?:[ ,.!]+[\w']+){{0,6}}?[ ,.!]+(?:always |often |"
        r"constantly |usually )?(?:covered in|full of|has|with) (?:new |fresh )?(?:bruises|"
        r"marks|burns|welts)\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:dad|mum|mom|parents?|stepdad|"
        r"stepmum|stepmom|hurts|hits|scared|flinch\w*|won't say|doesn't want to go home))\b",
        about_others=True,
        unless=r"\b(?:football|rugby|hockey|sport\w*|fell|climb\w*|playground|trampoline|bike|"
        r"skat\w*|eczema|allerg\w*|chickenpox|rash|dog|cat)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:i was|i got|i've been|i have been|i'd been|i had been) (?:\w+ )?"
        r"(?:sexually (?:abused|assaulted|exploited)|abused|raped|molested|groomed|trafficked|"
        r"strangled|choked|beaten up|drugged|spiked|stalked|assaulted))\b(?! up\b| (?:at|in|on) "
        r"(?:chess|the game|the match|the final|cards|scrabble|poker|monopoly)|(?: \w+)? by (?:the "
        r"|a )?(?:mosquitoes|mosquito|bugs|midges|gnats|questions|emails|work|seagulls?|swans?|"
        r"geese|a goose|wasps?|bees?|my cat|the cat|my dog))",
        unless=r"\b(?:chess|game|match|final|quiz|scrabble|poker|lol|haha|mosquito\w*|"
        r"emails?|questions|spam|ads|notifications)\b",
    ),
    rule(
        D,
        r"\b(?P<core>i (?:told (?:him|her)|said|kept saying|told (?:him|her) that) i (?:didn't|"
        r"don't|did not|do not) want (?:to|it|sex)\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:didn't have "
        r"a choice|had no choice|have no choice|don't get a say|doesn't matter what i want|his "
        r"wife|her husband|his right|my duty|i owe (?:him|her)|i owed (?:him|her)|did it anyway|"
        r"went ahead anyway|carried on anyway))\b",
        needs=r"\b(?:wife|husband|partner|boyfriend|girlfriend|sex|bed|touch\w*|his right|duty|"
        r"owe|owed|anyway)\b",
        unless=r"\b(?:party|dinner|birthday|visit|family|holiday|work|job|shift|move|moving|"
        r"wedding|christmas|church|gym|film|movie|restaurant|trip|lunch|drive)\b",
    ),
    rule(
        D,
        r"\b(?P<core>woke up in (?:his|her|their|a stranger's|someone's|a strange|an unfamiliar|a "
        r"random|some guy's|a guy's|a man's) (?:bed|room|flat|house|car|place|apartment|hotel "
        r"room)\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:not knowing|no idea|don't remember|didn't "
        r"remember|can't remember|couldn't remember|no memory|not remembering|naked|undressed|"
        r"sore|bleeding|bruises)(?! (?:where|which|what time|my (?:keys|phone|bag|wallet))))",
        unless=r"\b(?:lol|haha|lmao|hangover|hungover|husband|wife|boyfriend|girlfriend|"
        r"partner|sleepover|airbnb|booked)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:asked|asks|told|tells|makes|made|making|wants|wanted) (?:me|her|him|them) "
        r"(?:to )?keep (?:a |it |things |our |this )?(?:secrets?|quiet|it secret|it between us|"
        r"it a secret)(?: about (?:what|the things|it))?)\b",
        needs=r"\b(?:coach|teacher|tutor|uncle|stepdad|stepfather|stepbrother|cousin|priest|"
        r"pastor|instructor|neighbou?r|babysitter|man|guy|grandad|grandpa|he|his|him|changing "
        r"room|bedroom|bathroom|touch\w*|happens|we do|pics|photos)\b",
        unless=r"\b(?:surprise|party|present|gift|birthday|proposal|propos\w*|pregnan\w*|baby "
        r"news|engagement|christmas|santa|tooth fairy|recipe|game|spoiler\w*|score|crush|team|"
        r"captain|tactics|line-?up|squad|announcement|excited|selection|results)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:made|makes|forced|forces|making|forcing) me (?:to )?(?:kneel|beg|crawl|"
        r"strip|sleep on the floor|eat off the floor|stand in the corner for hours|sleep outside)|"
        r"(?:said|says|tells me|told me|keeps saying) i (?:deserved?|had it coming|asked for) "
        r"(?:it|this|to be (?:hit|hurt|punished|beaten)))\b",
        needs=r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|"
        r"mother|stepdad|stepmum|stepmom|brother|sister|ex|uncle)\b",
        unless=r"\b(?:yoga|game|church|pray\w*|proposal|propos\w*|dog|puppy|cat|lol|haha|"
        r"award|prize|promotion|raise|holiday|rest|break|treat|win|won|grade|mark)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:\w+ )?(?:comes|came|walks|walked|keeps coming|gets|got|"
        rf"climbs|climbed) (?:in|into) (?:the shower|the bath|my shower|my bath)|{_PERSON} (?:\w+ )?"
        r"(?:comes|came|keeps coming|sneaks|snuck|creeps|crept) (?:in|into my (?:room|bed|"
        r"bedroom)) (?:at night|when (?:i'm|everyone's|everyone is) asleep|in the night|while i "
        r"sleep))\b",
        unless=r"\b(?:my (?:boyfriend|girlfriend|husband|wife|partner) (?:\w+ )?(?:comes|came|"
        r"walks|walked|keeps|gets|got|climbs|sneaks)|toddler|baby|kids?|son|daughter|dog|"
        r"puppy|cat|kitten|lol|haha|nightmare|cuddle|storm|thunder)\b",
    ),
)
_SUICIDE_R3: tuple[Rule, ...] = (
    # Burden with an intent: taking oneself out of the picture; "make that happen".
    rule(
        S,
        r"\b(?P<core>(?:take|taking|took|remove|removing|removed|erase|erasing|erased|delete|"
        r"deleting|deleted|subtract\w*) myself (?:out of|from|off) (?:the |this |their |"
        r"everyone's |your |his |her |my (?:family's|kids'|friends') )?(?:picture|equation|"
        r"world|lives|life|existence|earth|planet|face of the earth)|(?:remove|erase|delete) "
        r"myself(?=\s*(?:$|[.!?,;]|permanently|for good|forever|from existence)))\b",
        unless=r"\b(?:dating|crush|love triangle|so (?:they|he|she) (?:can|could) be together|"
        r"group ?chat|chat|app|apps|social|socials|instagram|insta|facebook|tiktok|twitter|"
        r"server|mailing list|list|account|photos?|pictures? (?:of|from))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:better|easier|happier|simpler|lighter|calmer|fine|okay|ok|better off) if "
        r"i (?:wasn't|weren't|was not|were not) (?:in it|in (?:their|your|his|her|the|everyone's) "
        r"(?:lives?|way|world|picture)|(?:a )?part of it|around anymore|here anymore|here at "
        r"all))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:better off|happier|easier|fine|relieved|without me|burden|weight on "
        r"(?:everyone|them))\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:i'm going to|i will|i'll|going "
        r"to|gonna) (?:make (?:that|it|this) happen|make sure of (?:it|that)|give (?:them|"
        r"everyone) (?:that|what they want)|fix that|sort that out))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:the )?(?:kindest|best|right|only|most loving|most selfless|nicest) thing "
        r"(?:i (?:can|could) (?:do|give)|left for me to do|i have left|for (?:everyone|them|my "
        r"family|my kids|the people i love)) (?:for (?:\w+ ){1,3})?(?:is|would be|'s) (?:to )?(?:just )?"
        r"(?:go|die|disappear|vanish|be gone|not be here|not exist|end it|stop existing|leave "
        r"(?:this world|for good|forever|permanently)|let (?:them|everyone) go)(?=\s*(?:$|[.!?,;]|"
        r"for good|forever|permanently|away forever|and (?:never|not))))",
        negatable=False,
        unless=r"\b(?:party|bed|sleep|home early|class|meeting|doctor|gp|therapy|walk|gym|"
        r"break ?up|relationship|him|her|job|leave (?:him|her|the job|my job))\b",
    ),
    rule(
        S,
        r"\b(?P<core>funeral\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:their lives (?:would|will) "
        r"(?:get|be) (?:better|easier)|(?:they'd|they would|they will|they'll|everyone would|"
        r"everyone will|everyone'd) (?:\w+ )?(?:move on|get over it|be fine|be relieved|forget "
        r"(?:about )?me|be better off|get on with (?:their|it))|(?:nobody|no one) (?:would|will|"
        r"'d) (?:come|show up|turn up|cry))|(?:nobody|no one) (?:would|will|'d) (?:even )?"
        r"(?:come|show up|turn up|cry) (?:to|at) my funeral)\b",
        negatable=False,
        unless=r"\b(?:grandma'?s?|grandpa'?s?|nan'?s?|gran'?s?|uncle'?s?|aunt'?s?|dad's|mum's|"
        r"mom's|his funeral|her funeral|dog'?s?|cat'?s?|friend's|colleague'?s?|joke|lol|haha|"
        r"playlist|songs?)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:nobody|no one|anyone|anybody)(?: \w+){0,3}? (?:notice|care|miss me|cry|"
        r"come looking|look for me|mind)(?: \w+){0,2}? (?:when|if|once|after) i(?:'m| am)? "
        r"(?:gone|dead|not here|not around|no longer here|die|died))\b",
        negatable=False,
        unless=_AWAY,
    ),
    rule(
        S,
        r"\b(?P<core>might as well (?:just )?(?:make it soon|do it (?:now|soon|tonight)|end it|"
        r"die|be dead|kill myself|go (?:now|soon|for good)|get it over with)|(?:make|making) it "
        r"soon(?=\s*(?:$|[.!?,;])))",
        needs=r"\b(?:gone|dead|die|notice|miss me|care|burden|end it|better off|alive|here|"
        r"funeral|nobody|no one)\b",
        unless=r"\b(?:exam|test|dentist|doctor|appointment|haircut|meeting|call|party|trip|"
        r"holiday|wedding|visit|coffee|drinks|dinner|lunch|date)\b",
    ),
    rule(
        S,
        r"\b(?P<core>burden\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:permanently|for good|forever|once "
        r"and for all|stop being (?:one|a burden)|won't be (?:one |a burden )?(?:much longer|for "
        r"long|anymore|soon)|not for (?:much )?long(?:er)?|soon i won't be|end it|fix (?:it|that) "
        r"for them))\b",
        negatable=False,
        unless=r"\b(?:used to|therapy|helped|anymore,|no longer feel|not a burden|isn't a "
        r"burden|aren't a burden|wasn't a burden|proof|paperwork|tax|debt|loan|mortgage|admin)\b",
    ),
    # Plans told calmly: the steps, the people asleep, the nerve still missing.
    rule(
        S,
        r"\b(?P<core>(?:i have|i've got|i've|got|have|i had) (?:it|everything|this|the whole "
        r"thing) (?:all )?(?:planned|worked out|figured out|sorted|thought through|mapped out)"
        r"(?: out)?)\b",
        needs=r"\b(?:courage|nerve|guts|balls|bottle|just need|tonight|do it|go through|how|"
        r"when|where|no one|nobody|goodbye|note|letters|pills|rope|bridge|gun|jump|end it|"
        r"die|ready)\b",
        unless=_PLAN_EVERYDAY + r"|\b(?:week|weekend|day|route|outfit|playlist|seating|"
        r"lesson|classes|schedule|timetable|shift|revision|notes for)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:rehears\w+|practis\w+|practic\w+|run(?:ning)? through|go(?:ing)? over|"
        r"went over|goes over|plan\w*|imagin\w+|pictur\w+|visuali[sz]\w+|think(?:ing)? about|"
        r"thought about|work(?:ing|ed)? out|figur(?:ing|ed) out|replay\w*) (?:\w+ ){0,2}?how i(?:'d|"
        r" would| will|'ll| could| am going to|'m going to| might) (?:do it|end it|go through with "
        r"it|kill myself|die|jump|take them|do this|end things|end everything|do it tonight))\b",
        unless=_PLAN_EVERYDAY,
    ),
    rule(
        S,
        r"\b(?P<core>i (?:know|have|'ve got|got|picked|chose|chosen|planned|worked out|decided "
        r"on|sorted|found) (?:out )?(?:the|a|my) (?:spot|place|time|date|day|night|method|way|"
        r"bridge|dose|amount|building|drop|height|rope|pills)\b(?:,| and)(?: and)? (?:the|a|my|"
        r"what|how|when|where|which) \w+)",
        unless=_PLAN_EVERYDAY + r"|\b(?:venue|band|dj|cake|dress|suit|guest list|caterer|"
        r"tickets?|hotel|flights?|restaurant|table|booking|photographer|flowers|rings?|"
        r"agenda|room for|slides|team|players?|squad|lineup|we|we've|us|our)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:after|once|when|while|as soon as) (?:everyone|everybody|the (?:house|"
        r"kids|family)|they|my (?:parents|family|flatmates|roommates|husband|wife|partner|kids|"
        r"mum|mom|dad))(?:'s|'re| is| are| has| have| goes| go)? (?:\w+ )?(?:asleep|in bed|to "
        r"sleep|to bed|out|gone|at work|away|empty))\b",
        needs=r"\b(?:i've decided|decided|it's decided|made up my mind|tonight|the night|"
        r"(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday) night|do it|go through|"
        r"end it|i'll go|i'm going|take them|pills|rope|bridge|no one will|nobody will)\b",
        unless=_PLAN_EVERYDAY + r"|\b(?:snack\w*|eat\w*|ice cream|chocolate|watch\w*|read\w*|"
        r"game\w*|play\w*|call\w*|text\w*|facetime|bath|shower|clean\w*|tidy\w*|wrap\w*|"
        r"presents?|gifts?|santa|stockings?|tooth fairy|sneak out|party|work on|study\w*|"
        r"write|journal\w*|cry|crying|relax\w*|peace and quiet|me time|wine|movie|film|show|"
        r"episode|stream|youtube|netflix|music|guitar|piano|sleep in|application|cv|resume|"
        r"form|email|finish the|catch up)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:once|after|when|as soon as) (?:[\w']+ ){1,6}?(?:back|gone|over|asleep|away|"
        r"out|done|left|finished|passed|paid|sorted|here|home|through)(?: \w+){0,4}?,? (?:then )?"
        r"i(?:'m| am) (?:doing it|going to do it|going through with it|ending it|gone|out)"
        r")(?=\s*(?:$|[.!?;]|for real|properly|this time|finally|for good))",
        unless=r"\b(?:wedding|party|surprise|move|moving|interview|exam|presentation|speech|"
        r"propos\w*|birthday|tattoo|haircut|piercing|hair|dye|diet|gym|workout|quit\w*|smok\w*|"
        r"vap\w*|confess\w*|tell (?:him|her|them|my)|ask (?:him|her|them)|break ?up|divorce|"
        r"renovat\w*|decorat\w*|paint\w*|skydiv\w*|bungee|essay|revision|homework|project|"
        r"budget|christmas|apply|sign up|book\w*|order\w*|buy\w*|sell\w*|shop\w*|"
        r"clean\w*|laundry|dishes|tidy\w*|cook\w*|bake|baking|garden\w*|driving test|lesson|"
        r"course|class|uni|school|job|work|shift|leave|out of here|outta here|weekend|night "
        r"out|pub|bar|club|drinks|date)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:doesn't|don't|didn't|won't|does not|do not|did not) know (?:that )?"
        r"(?:it's|its|it is|it'll be|it will be|this is|i'm not|i am not|i won't be|i'll never "
        r"be|i'm never) (?:forever|for good|permanent|the last time|the last|goodbye|coming "
        r"back|going to be back|back|ever coming back|seeing (?:her|him|them|me) again|a "
        r"goodbye))\b",
        negatable=False,
        unless=_TRAVEL + r"|\b(?:surprise|proposal|party|present|gift|pregnan\w*|baby|job|"
        r"promotion|fired|quit\w*|break ?up|breaking up|dump\w*|leave (?:him|her)|divorce|"
        r"cheat\w*|tattoo|hair)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:nobody|no one|they|anyone) (?:will|would|'ll|'d|is going to|gonna|are "
        r"going to) (?:find out|know|find me|notice|realise|realize|figure it out)(?: \w+){0,2}? "
        r"(?:until|till|til) (?:after|it's too late|too late|the morning|morning|monday|it's "
        r"done|it's over|i'm gone|i'm dead|later))\b",
        negatable=False,
        unless=r"\b(?:surprise|party|gift|present|proposal|propos\w*|pregnan\w*|baby|wedding|"
        r"tattoo|hair|elop\w*|engag\w*|results|promotion|job|new job|quit\w*|sold|bought|"
        r"booked|moved|moving|lol|haha)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:so|until|till|once|and then) i(?:'d| would| will|'ll)? (?:have|got|get|"
        r"had) enough(?: (?:\w+ )?(?:saved|stored|put away|hidden|stashed|stockpiled|together)"
        r"(?: up)?)?|enough (?:\w+ )?(?:saved|stashed|stockpiled|hidden|put away) up)\b",
        needs=rf"\b(?:{_MEDS}|prescription|pharmac\w*|chemists?|refill|dose|doses|them all)\b",
        unless=r"\b(?:for (?:the |my )?(?:trip|holiday|vacation|week|month|weekend|travel\w*|"
        r"flight|abroad|christmas)|while i'm away|money|cash|deposit|rent|vitamins?|"
        r"supplements?|dog|cat|pet|vet)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:save|saving|saved|keep|keeping|kept|store|storing|stored|hoard\w*|"
        r"stockpil\w*|collect\w*|stash\w*) (?:them|it|the rest|the pills|the tablets|my meds|my "
        r"pills|my tablets|every one|each one|all of them) (?:all )?(?:up )?(?:for|until|till) "
        r"(?:one|a|the|tonight|when|later|that|the right|the day|the night|one go|enough))\b",
        needs=rf"\b(?:{_MEDS}|prescription|dose|doses|stopped taking|not taking|skipp\w*)\b",
        unless=r"\b(?:for (?:the |my )?(?:trip|holiday|vacation|week|month|weekend|"
        r"emergenc\w*|flare)|vitamins?|supplements?|dog|cat|pet|vet|doctor said|as prescribed)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:take|taking|swallow\w*|down|downing|neck) (?:them|the lot|it all|all of "
        r"them|everything|them all|every one of them|the whole lot) (?:all )?(?:at once|in one "
        r"go|together|in one night|the same night|at the same time|in one sitting))\b",
        needs=rf"\b(?:{_MEDS}|saved|stockpil\w*|hoard\w*|sav(?:e|ing))\b",
        unless=r"\b(?:vitamins?|supplements?|as prescribed|doctor said|pharmacist said|"
        r"morning|with (?:food|breakfast|dinner|lunch)|dog|cat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>so (?:nobody|no one|they|the pharmacist|the cashier|the chemist|staff) "
        r"(?:would|wouldn't|won't|will|'d|doesn't|don't|didn't|can't|couldn't)? ?(?:ask|asks|"
        r"notice|notices|question|get suspicious|suspect|think twice|flag it|refuse)|without "
        r"(?:anyone|them|the pharmacist|the cashier) (?:noticing|asking|getting suspicious))\b",
        needs=r"\b(?:pharmac\w*|chemists?|boots|superdrug|walgreens|cvs|drug ?stores?|"
        rf"{_MEDS}|packs?|boxes|bottles)\b",
        unless=r"\b(?:vitamins?|supplements?|condoms?|pregnancy test|morning after|plan b|"
        r"tampons?|pads|hair dye|lube|birthday|surprise|present|gift)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:have|got|'ve got|had|has) (?:the |my |all (?:the |my )?)?(?:\w+ )?"
        rf"{_MEDS} (?:all )?(?:ready|set out|laid out|out and ready|waiting)|{_MEDS} (?:are|is|"
        r"'s|'re) (?:all )?(?:ready|set out|laid out|waiting)) (?:for )?(?:tonight|later|"
        r"for later|for when|when|after|now|to go)\b",
        unless=r"\b(?:dose|usual|nightly|bedtime|morning|week|organi[sz]er|dosette|trip|"
        r"travel\w*|holiday|kids|dog|cat|pet|vet|grandma|grandpa|nan|patients?|shift)\b",
    ),
    # Carbon monoxide told calmly: a hose, a car, a garage, and the thought of it.
    rule(
        S,
        r"\b(?P<core>(?:hose|hosepipe)\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:car|exhaust|engine|full "
        r"tank|tank of petrol|tank of gas)\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:thinking|think|"
        r"thought|keep|could|easy|tonight|alone|sealed|seal|tape|quiet|nobody|no one)|(?:thinking|"
        r"think|thought|keep|could|easy)\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:hose|hosepipe)\b"
        r"(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:car|exhaust|engine|full tank|garage))\b",
        unless=r"\b(?:wash\w*|clean\w*|garden\w*|water\w*|plants?|lawn|pond|paddling pool|"
        r"pool|leak\w*|mechanic|garage (?:fixed|said|quoted)|mot|service|repair\w*|fix\w*|"
        r"radiator|coolant|fuel line|siphon\w*|vacuum|hoover|kids|dog)\b",
    ),
    # Walking into water and wanting to keep going.
    rule(
        S,
        r"\b(?P<core>(?:walk|walked|walking|waded|wading|wade|swam|swim|swimming|went|go|going|"
        r"stepped|stepping) (?:out |straight |right )?into the (?:sea|ocean|river|lake|water|"
        r"waves|loch|reservoir|canal|surf))\b",
        needs=r"\b(?:kept going|keep going|keep walking|kept walking|not come back|never come "
        r"back|not coming back|didn't want to (?:stop|turn back|come back|come out)|nearly|"
        r"almost|let (?:it|the water|the current|the waves)|up to my (?:chest|neck|chin)|fully "
        r"clothed|in my clothes|pockets|stones|rocks|alone at night|3am|sink|under)\b",
        unless=r"\b(?:swim(?:suit|ming costume|ming lesson|mers?)|wetsuit|surf\w*|paddl\w*|"
        r"kayak\w*|holiday|vacation|kids|dog|fun|wild swim\w*|we (?:walked|waded|swam|went)|"
        r"(?:our|my) (?:knees|ankles|waist)|cold water|ice bath|dip|"
        r"beach day|lifeguard|fishing|fish|phone|keys|sunglasses|ball)\b",
    ),
    # Goodbyes: the last thing I'll write; thanks and a bye; "sorry I couldn't stay".
    rule(
        S,
        r"\b(?P<core>(?:this is|this'll be|this will be|that's|these are|it's) (?:the |my )?"
        r"(?:very )?(?:last|final) (?:thing|words?|message|text|note|post|entry|letter|time)"
        r"(?: i| i'm| i'll| i will| i am| you'll| you will| anyone will| you're)?(?: ever)? "
        r"(?:going to |gonna )?(?:ever )?(?:write|say|send|post|hear from me|read from me|"
        r"get from me|be writing|be posting)(?: \w+)?(?: in here| here| on here| to you| to "
        r"anyone)?)(?=\s*(?:$|[.!?,;]|ever|again|goodbye|bye|sorry|i love))",
        negatable=False,
        unless=r"\b(?:today|tonight|for (?:today|tonight|now|a while|this year|the day|the "
        r"week)|about (?:him|her|them|this|that|work|it)|until|till|this year|promise|lol|"
        r"haha|vacation|holiday|trip|break|off|offline|detox|exam|bed)\b",
    ),
    rule(
        S,
        r"\b(?P<core>thank(?:s| you) (?:to )?(?:everyone|everybody|all|the (?:few )?(?:people|"
        r"ones)|those|anyone|you all|all of you) (?:who|that) (?:\w+ ){0,2}?(?:were|was|tried|"
        r"helped|cared|loved|stayed|stood|listened)\b(?:[ ,.!]+[\w']+){0,16}?[ ,.!]+(?:bye|"
        r"goodbye|farewell|it wasn't enough|i'm sorry|forgive me|i tried|i can't anymore|i'm "
        r"done))\b",
        negatable=False,
        unless=r"\b(?:party|leaving do|last day|graduat\w*|wedding|birthday|shower|retire\w*|"
        r"team|colleagues|class|semester|season|show|event|stream|subscribers|followers|game|"
        r"gift|present|dinner|fundraiser|donat\w*|move|moving|see you|tomorrow|next)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am|so|really) sorry i (?:couldn't|could not|wasn't able to|"
        r"can't) (?:stay|hold on|be stronger|keep fighting|fight (?:anymore|any longer|it)|go on|"
        r"keep going|carry on|be better|be enough|stick around))(?=\s*(?:$|[.!?,;]|anymore|any "
        r"longer|for you|for her|for him|for them|for everyone|love you|i love))",
        negatable=False,
        unless=r"\b(?:party|dinner|drinks|wedding|event|shift|meeting|game|match|visit|night|"
        r"weekend|class|lecture|concert|pub|bar|later|late|longer at|early|work|job|school|"
        r"uni|bye for now|see you|tomorrow|next time)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:please |pls |plz )tell (?!me\b|you\b|us\b|him to\b|her to\b)\w+(?: \w+)?"
        r" (?:that )?i(?:'m| am| was)? (?:so |really |truly )?sorry)\b",
        negatable=False,
        unless=r"\b(?:late|forgot|forget|miss(?:ed)?|couldn't (?:come|make)|can't (?:come|"
        r"make)|for (?:being late|the|not|missing|forgetting|what i said|the mess|yesterday|last "
        r"night)|party|dinner|shift|meeting|birthday|running late|cancel\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|do not|please don't|please do not|try not to) (?:be sad|cry|"
        r"grieve|mourn|miss me|feel bad|blame yourself|be angry) (?:\w+ )?(?:when|after|once|if) "
        r"i(?:'m| am)? (?:gone|dead|not here|not around|no longer here|die))\b",
        negatable=False,
        unless=_AWAY,
    ),
    rule(
        S,
        r"\b(?P<core>(?:when|once|after) i(?:'m| am) gone,? (?:it's|its|it is|it'll be|it "
        r"will be|everything (?:will|'ll) be|things (?:will|'ll) be|you'll all be|everyone (?:will|"
        r"'ll) be) (?:\w+ )?(?:better|easier|fine|okay|ok|for the best|lighter|calmer|happier))\b",
        negatable=False,
        unless=_AWAY,
    ),
    # Things one will not need, passwords left so that accounts can be closed "after".
    rule(
        S,
        r"\b(?P<core>(?:won't|will not|not going to|wont) (?:be needing|need|be using) (?:\w+ )"
        r"{0,3}?(?:savings|money|stuff|things|clothes|phone|belongings|anything|any of (?:it|"
        r"this|them)|the rest of (?:my|it|them))(?: \w+){0,2}?)(?=\s*(?:$|[.!?,;]|"
        r"anymore|any more|after|where|soon|much longer|for long|now))",
        negatable=False,
        unless=_AWAY + r"|\b(?:upgrade\w*|new (?:one|phone|laptop|car|bike)|sold|selling|"
        r"diet|uniform|winter|summer|coat|jacket|retire\w*|graduat\w*|baby|pregnan\w*|"
        r"tent|camping|ski\w*|textbooks?|notes|revision|exam|course|class|lease|flat|car)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:list|note|written down|wrote down|write down|writing down|gave|give|"
        r"giving|left|leave|leaving|sent|send|sending) (?:\w+ ){0,4}?passwords (?:for|to|with) "
        r"(?:my |mum|mom|dad|\w+)(?: \w+){0,8}? (?:after|afterwards|when i'm gone|once i'm gone|"
        r"after i'm gone|if (?:anything|something) happens|close (?:my|all|everything)|delete "
        r"(?:my|all|everything)|shut (?:down|everything))\b(?=\s*(?:$|[.!?,;]|\w)))",
        negatable=False,
        unless=r"\b(?:holiday|trip|travel\w*|abroad|netflix|spotify|wifi|wi-fi|shared|"
        r"house ?sit\w*|pet ?sit\w*|while i'm|work|office|admin|it department|new phone|"
        r"laptop repair|forgot|forgets|forgetful|password manager)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:from|at|across|in) (?:two|three|four|five|several|multiple|different|"
        r"\d+) (?:different )?(?:shops|pharmacies|chemists|stores|supermarkets|places|"
        r"branches)|so (?:nobody|no one|they|the pharmacist|the cashier|staff) (?:would|"
        r"wouldn't|won't|will|'d|couldn't|can't) (?:stop me|refuse|say no|sell me less|limit it))"
        r"\b",
        needs=rf"\b(?:{_MEDS}|packs?|boxes|bottles)\b",
        unless=r"\b(?:vitamins?|supplements?|shortage|out of stock|sold out|ran out|run out|"
        r"runs out|didn't have|first one|cheaper|cheapest|"
        r"price|prices|deal|offer|for (?:my|the|her|his) (?:kids?|mum|mom|dad|nan|gran|"
        r"grandma|grandpa|baby|dog|cat)|compare|comparing)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:tallest|highest|top floor of the|top level of the|top of the) (?:\w+ )?"
        rf"{_HEIGHT}s?)\b",
        needs=r"\b(?:google|maps|looking|looked|search\w*|which|nearest|closest|near me|in town|"
        r"around here|how high|how tall|high enough|checked|scout\w*|walk(?:ed)? past)\b",
        unless=r"\b(?:tourist|tourism|view|views|visit\w*|trip|holiday|photo\w*|skyline|"
        r"architecture|fact|facts|quiz|world|climb\w*|hike|hiking|restaurant|bar|drinks|sunset|"
        r"sunrise|fireworks|apartment|flat|office|rent|lift|elevator|parking space|park the "
        r"car|parked|space for|spaces|ticket|cheaper|free parking)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:which|the|what|a) (?:fast |express |non-?stop |freight )?(?:trains?|"
        r"express|freight) (?:that )?(?:doesn't|don't|won't|does not|never|do not) (?:stop|"
        r"slow down)s? (?:at|here|through))\b",
        needs=r"\b(?:i know|i've checked|i checked|looked up|memoris\w*|memoriz\w*|the times|"
        r"what time|platform edge|the edge|jump|step|which one)\b",
        unless=r"\b(?:late|commute|annoying|work|delay\w*|missed|had to|change at|change "
        r"trains|ticket|timetable changes|strike|rail replacement)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:{_MEDS}|knife|knives|blade|blades|razor|razors|rope|noose|gun|"
        r"pistol|belt|cord) (?:is |are |'s |'re )?(?:\w+ ){0,4}?(?:ready )?for (?:tonight|later "
        r"tonight|when everyone's asleep|afterwards|the end))(?=\s*(?:$|[.!?,;]))",
        unless=r"\b(?:kitchen|cook\w*|dinner|camp\w*|bbq|barbecue|carv\w*|turkey|cake|roast|"
        r"steak|party|dose|usual|nightly|bedtime|morning|dog|cat|pet|vet|costume|halloween|"
        r"play|show|prop|props|rehearsal|hunt\w*|range|shooting club|climb\w*|gym|craft\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>so (?:that )?(?:everyone|everybody|they|the house|nobody|my (?:parents|"
        r"family|flatmates|roommates|husband|wife|partner|mum|mom|dad)) (?:will be|'ll be|is|'s|"
        r"are|'re|would be|'d be) (?:\w+ )?(?:asleep|in bed|out|gone|empty|awake)(?: \w+){0,2}? "
        r"(?:when|before|by the time) i (?:go|leave|do it|end it|take them|jump|start))\b",
        unless=_PLAN_EVERYDAY + r"|\b(?:snack\w*|run|running|jog\w*|gym|walk|work|shift|"
        r"sneak out|party|club|night out|flight|airport|taxi|train|bus|drive)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:written|wrote|finished|done|left|sealed) (?:the|my|all the|all my) "
        r"(?:letters|notes|goodbye letters|last letters|goodbyes)\b(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+"
        r"(?:in (?:my|the) (?:\w+ )?(?:drawer|desk|wardrobe|box|bag|car|room|bedside table|"
        r"nightstand|pillowcase|jewel\w* box)|under (?:my|the) (?:pillow|bed|mattress)|for "
        r"(?:everyone|each of|all of|mum and|mom and|dad and)|when i'm gone|you'll find them|"
        r"everyone will find))\b",
        negatable=False,
        unless=r"\b(?:christmas|thank[- ]you|wedding|invitations?|valentine|birthday|teacher|"
        r"class|school|pen ?pal|recommendation|reference|cover|cards?|santa|homework|"
        r"assignment|revision|exam|lecture|study|landlord|council|application|meeting|party|"
        r"time capsule|future self|18th|21st|post office|stamps?)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:my )?phone (?:will be|'ll be|is going to be|'s going to be|is|'s|going "
        r"to be) (?:\w+ )?(?:off|dead|switched off|turned off|gone) (?:after tonight|for good|"
        r"forever|permanently|from (?:now on|tonight)|after today)|(?:don't|dont|do not) (?:bother|"
        r"try|even try) (?:calling|texting|ringing|to call|to text|to reach me|looking)(?= *(?:$|"
        r"[.!?,;]|me|anymore|after))(?:(?: me)?(?: anymore| after tonight| again))?)",
        needs=r"\b(?:after tonight|for good|forever|permanently|anymore|goodbye|sorry|love you|"
        r"won't answer|won't be (?:here|around)|gone|the end|last)\b",
        unless=_TRAVEL + r"|\b(?:detox|digital detox|retreat|exam|festival|camping|signal|"
        r"battery|broken|screen|repair\w*|new number|new phone|contract|block\w*|ex|ghost\w*|"
        r"dating|mad at|angry at|annoyed|busy|sleep\w*|focus\w*|revis\w*|lol|haha)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm |i am )?sorry\b(?:[ ,.!\n]+[\w']+){0,6}?[ ,.!\n]+(?:i )?love you"
        r"\b(?:[ ,.!\n]+[\w']+){0,6}?[ ,.!\n]+(?:please )?(?:don't|do not) (?:be (?:angry|mad|sad|"
        r"upset|cross)|cry|hate me|blame yourself|blame yourselves|look for me))\b",
        negatable=False,
        unless=r"\b(?:late|forgot|forget|later|tonight|tomorrow|home|dinner|see you|call me|"
        r"text me|work|shift|traffic|train|bus|missed|running|movie|film|show|game|match|"
        r"burnt|broke|spilled|spilt|dent|car|dishes)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i've been|i have been|been|i was|i'm|i am|i've|i sat|i stood) (?:\w+ )?"
        r"(?:standing|sitting|stood|sat|waiting|pacing|leaning) (?:on|at the top of|on top of|"
        r"at the edge of|on the edge of|over|against) (?:the|a|this) (?:bridge|roof|rooftop|"
        r"ledge|cliff|overpass|railing|parapet|platform edge|edge|cliff edge|balcony railing)"
        r")(?=\s*(?:$|[.!?,;]|for (?:an|a|two|three|hours|ages|a while|so long|\d+)|again|now|"
        r"tonight|and (?:i|thinking|looking)|thinking|looking down|alone|right now))",
        unless=r"\b(?:view|sunset|sunrise|photos?|pictures?|selfie|hik\w*|tourist|concert|"
        r"party|fireworks|drinks|beers?|picnic|with (?:friends|him|her|the \w+)|traffic|stuck|"
        r"queue|bus|car|train|work|job|roofer|gutters?|repair\w*|shingles|fixing|fishing|"
        r"waiting for (?:him|her|them|the|my|a)|date|meet\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:to|gonna|going to|will|i'll|might|want to|should|just|about to|plan to|"
        r"planning to|tried to|try to|i'd) od|od(?:ing|'ing)|(?:an|the|my) od)\b(?! (?:on "
        r"(?:sugar|caffeine|coffee|chocolate|cuteness|drama|love|memes|netflix|tv|candy|cake|"
        r"sweets|pizza)))",
        about_others=True,
        unless=r"\b(?:lost (?:my|our|her|his) (?:\w+ ){0,2}to an od|died (?:of|from) an od|"
        r"sugar|caffeine|coffee|chocolate|cuteness|drama|memes|narcan|naloxone)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i have|i've got|i've|got|have|i had) (?:a |the |my )?(?:plan|method|way) "
        r"(?:and|&) (?:the )?(?:means|method|date|time|place|stuff|pills|rope|gun)|(?:have|got|"
        r"'ve got) the means(?: to (?:do it|end it|go through with it)| at home| now| here)?"
        r"(?=\s*(?:$|[.!?,;])))",
        unless=_PLAN_EVERYDAY + r"|\b(?:business|budget|money|mortgage|afford|financial|"
        r"savings|means test\w*|means-tested|within my means|live within)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:plan|planning|planned|plotting|plotted|prepar\w+) my (?:exit|way out|final "
        r"exit|departure|exit from (?:life|this world|it all|everything)|escape from (?:life|this "
        r"world|it all|everything))|check(?:ing)? out (?:for good|permanently|of (?:life|this "
        r"life|this world)|early)(?=\s*(?:$|[.!?,;])))",
        unless=r"\b(?:job|company|career|work|party|meeting|class|hotel|airbnb|room|flat|"
        r"apartment|lease|relationship|marriage|group|band|team|game|library|books?|shop|"
        r"store|groceries|supermarket|cart|basket|till|cashier)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:want|wants|wanted|wanting|just want|just wants) (?:it|this|life|her life|"
        r"his life|their life) to (?:end|be over|stop))(?=\s*(?:$|[.!?,;]|for good|forever|"
        r"permanently|now|already|honestly|tbh))",
        about_others=True,
        negatable=False,
        unless=r"\b(?:term|semester|week|day|shift|meeting|class|lecture|exam|film|movie|show|"
        r"series|game|match|season|party|relationship|situationship|trip|holiday|year|month|"
        r"pain in my|headache|hangover|rain|winter|heat|heatwave|lockdown|strike|war|song|"
        r"book|story|flight|drive|queue|wait|argument|fight)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hose|hosepipe|pipe|tube) (?:\w+ ){0,2}?(?:in|into|on|from|to|through|"
        r"attached to|taped to|connected to|running from) (?:the |my )?(?:exhaust|tailpipe|"
        r"exhaust pipe))\b",
        unless=r"\b(?:mechanic|garage (?:fixed|said|quoted)|mot|service|repair\w*|fix\w*|"
        r"vacuum|hoover|leaf blower|smok\w*|extension)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:keep|kept|keeps|been|can't stop|couldn't stop|stop|i'm|i was) "
        r"(?:looking|staring|glancing|star(?:e|ed)) (?:at )?(?:the |my |our )?(?:knife|knives|"
        r"knife block|kitchen knives|razors?|razor blades?|blades?|pills|tablets|my meds|rope|"
        r"belt|bridge|train tracks|tracks|gun|medicine cabinet|bathroom cabinet|window|balcony|"
        r"edge|drop))\b",
        unless=r"\b(?:shop|buy\w*|set|new|cook\w*|chef|sharpen\w*|sale|gift|present|birthday|"
        r"pretty|beautiful|lights|lit up|photo\w*|view|sunset|rain|snow|bird|birds|squirrel|"
        r"cat|dog|neighbour\w*|weather|traffic|clock|phone|screen|crush|cute)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i've|i have|i|i've already|i already) (?:said|made|done) my (?:final |last "
        r"|quiet |silent )?goodbyes)(?=\s*(?:$|[.!?,;]|to (?:everyone|everybody|all|my|the "
        r"people)|now|already|i'm ready|and))",
        unless=r"\b(?:party|leaving|move|moving|trip|holiday|funeral|hospice|grandma|grandpa|"
        r"nan|gran|dog|cat|vet|visit\w*|hospital|flight|airport|abroad|uni|school|job|team|"
        r"office|flat|house|city|town|country|camp|season)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:will|passwords|life insurance|insurance policy)\b(?:[ ,.!]+[\w']+){0,6}?"
        r"[ ,.!]+(?:letters|notes|goodbyes?|goodbye letters)|(?:letters|notes|goodbyes?)\b"
        r"(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+(?:my will|the will|passwords|life insurance))\b",
        needs=r"\b(?:my will|the will|wrote|written|writing|updated|made|finished|left|"
        r"passwords|insurance)\b",
        unless=r"\b(?:christmas|thank[- ]you|wedding|invitations?|valentine|birthday|teacher|"
        r"class|school|pen ?pal|baby|pregnan\w*|married|house|mortgage|surgery|operation|"
        r"deploy\w*|military|army|retire\w*|estate|solicitor|lawyer|grandma|grandpa|parents|"
        r"nan|gran|exam|lecture|course|study|homework|will (?:be|have|go|do|get|see|try|"
        r"write|send|help)|i will|you will|they will|we will|he will|she will|it will)\b",
    ),
    rule(
        S,
        r"\b(?P<core>made sure (?:\w+ ){0,3}?(?:cat|cats|dog|dogs|pets?|kids?|children|fish|"
        r"rabbit|bird|hamster|plants) (?:will be|is|are|'ll be|would be|'s|'re|will) (?:\w+ )?"
        r"(?:looked after|taken care of|fed|okay|ok|fine|safe|sorted|rehomed|cared for))(?=\s*(?:$|"
        r"[.!?,;]|when|after|once|forever|for good|permanently))",
        unless=_TRAVEL + r"|\b(?:hospital|surgery|weekend|while|days?|weeks?|sitter|holiday|"
        r"vacation|conference|tonight|tomorrow|night shift|overtime)\b",
    ),
    rule(
        S,
        r"\b(?P<core>if (?:anything|something) (?:happens|should happen|were to happen|happened) "
        r"to me\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:passwords?|letters?|note|notes|my will|"
        r"insurance|look after|take care of|tell (?:them|mum|mom|dad|everyone)))",
        negatable=False,
        unless=_TRAVEL + r"|\b(?:surgery|operation|hospital|flight|deploy\w*|climb\w*|"
        r"skydiv\w*|hik\w*|abroad|dangerous|army|military|police|firefighter|pregnan\w*|"
        r"labour|birth|solo|alone on|diving|motorbike)\b",
    ),
    rule(
        S,
        r"\b(?P<core>i (?:really |honestly |probably |just )?(?:shouldn't|should not) (?:even )?"
        r"(?:be here|be around|still be here|be in this world|be on this earth))(?=\s*(?:$|"
        r"[.!?,;]|anymore|at all|honestly|tbh))",
        unless=r"\b(?:work|class|party|office|school|uni|meeting|late|bar|club|this (?:late|"
        r"early)|at this|without|sneak\w*|concert|gig|shift|lol|haha|lmao|ticket|vip|backstage|"
        r"staff only|trespass\w*|allowed|grounded|detention|hospital (?:visit|hours)|ward)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:collect|collecting|collected|saving|saved|keeping|kept|hoard\w*|"
        r"stockpil\w*|stash\w*|hiding|hid|gathering|gathered) (?:up )?(?:all )?(?:(?:my|her|his|"
        r"their) )?(?:\w+'s )?(?:old|leftover|unused|expired|spare) (?:prescriptions|meds|medication|"
        r"medicines|pills|tablets|painkillers))\b",
        unless=r"\b(?:dispos\w*|pharmacy to|take (?:them )?back|return\w*|throw\w*|bin|clear "
        r"out|clean out|recycl\w*|drop(?:ped)? off|amnesty)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:found out|find out|googled|looked up|checked|worked out|researched|know|"
        r"knew|read up on) how (?:much|many)(?: \w+){0,3}? (?:it takes|it would take|would do it|"
        r"is enough|are enough|would be enough|i'd need|i would need))(?=\s*(?:$|"
        r"[.!?,;]|to (?!(?:work|kick in|help|take effect|get rid|clear|cure|feel)\b)))",
        needs=rf"\b(?:{_MEDS}|pills|tablets|insulin)\b",
        unless=r"\b(?:dog|cat|pet|vet|nurse|course|recipe|bak\w*|for (?:my|the) (?:headache|"
        r"migraine|period|cramps|back|tooth))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:blade|blades|razor|razors|sharpener)\b(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+"
        r"(?:(?:it's|its|they're|theyre|it is|they are) for me|not for (?:crafts|craft|shaving|"
        r"art|my art|pencils|cooking|the kitchen|work|diy)))\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_HEIGHT}\b(?:[ ,.!]+[\w']+){{0,6}}?[ ,.!]+(?:opened the window|climbed "
        r"(?:over|onto|up on|out)|leaned (?:over|out)|got over the (?:railing|barrier|fence)|sat "
        r"on the (?:edge|ledge|railing|window ?sill)|stood on the (?:edge|ledge|railing)))\b",
        unless=r"\b(?:hot|heat|air|fresh air|stuffy|smoke|smell|cooking|ventilat\w*|breeze|"
        r"clean\w*|birds?|view|sunset|sunrise|photo\w*|selfie|fireworks|hik\w*|tourist|with "
        r"friends|we|us|cat|dog|kids|toddler|roofer|window cleaner|fix\w*|repair\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:looked|looking|stared|staring|leaned|leaning|peered|peering|gazed|gazing) "
        r"(?:over|down from|off|down over) (?:the )?(?:railing|edge|ledge|balcony|barrier|parapet|"
        r"side|bridge)\b(?:[ ,.!]+[\w']+){0,5}?[ ,.!]+(?:for (?:ages|hours|a long time|so long|an "
        r"hour|a while|too long)|again|thinking|wondering))\b",
        unless=r"\b(?:view|sunset|sunrise|photo\w*|selfie|fireworks|hik\w*|tourist|with "
        r"friends|we|us|boats?|fish|ducks|swans|kids|dog|lost my|dropped|parade|concert|"
        r"crowd|match|game|waiting for (?:him|her|them|my|the))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:keep|kept|been|i) (?:driving|walking|going|cycling|drive|walk) (?:past|by|"
        r"over|to|along) (?:the )?(?:\w+ )?(?:cliffs?|bridge|tracks|railway|river|quarry|edge|"
        r"multi-?stor(?:e)?y|car park|level crossing)\b(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+(?:slowing "
        r"down|stopping|pulling over|looking down|thinking|can't stop looking|slow down|almost))\b",
        unless=r"\b(?:view|scenic|sunset|photo\w*|commute|work|traffic|roadworks|speed "
        r"camera|police|accident|crash|deer|tourist|pretty|beautiful|lights|to look|to see|"
        r"christmas|sign|signs|house|houses|shop)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:stood|standing|stand|stood right|standing right) (?:at|on|near|by) the "
        r"(?:very )?edge of the (?:platform|bridge|roof|cliff|building|balcony|tracks|car park|"
        r"multi-?stor(?:e)?y)\b(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+(?:leaned|leaning|lean|swayed|"
        r"swaying|thinking|closed my eyes|waited for|let (?:the|a) train|step|almost|nearly|"
        r"wanted|wondering))\b",
        unless=r"\b(?:photo\w*|view|selfie|sunset|sunrise|hik\w*|tourist|we|us|with friends|"
        r"late|delay\w*|crowd\w*|rush hour|pushed|busy|to see if|to check|was coming|next "
        r"train|train times)\b",
    ),
    rule(
        S,
        r"\b(?P<core>for (?:whoever|whomever|the person who|anyone who|whoever's) (?:comes after|"
        r"finds (?:me|it|this|my)|has to (?:sort|clear|deal|clean|go through|find)|sorts (?:out )?"
        r"my|clears (?:out )?my|goes through my|finds me))\b",
        negatable=False,
        unless=r"\b(?:work|job|shift|desk|handover|role|position|office|tenant|flat|lease|"
        r"landlord|deposit|moving|move out|next tenant|treasure|easter egg|geocache|time "
        r"capsule|game|quiz|puzzle|scavenger)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:no point|no need|won't need|not going to need|don't need|pointless|no "
        r"use) (?:\w+ ){0,3}?(?:where i'm going|for where i'm going))\b",
        negatable=False,
        unless=_AWAY + r"|\b(?:pack\w*|coat|clothes|jumper|jacket|degrees|weather|sun|beach|"
        r"hot|cold|snow|visa|currency|adapter|charger)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:emails?|messages?|texts?|letters?|posts?|videos?|notes?) (?:\w+ ){0,3}?"
        r"(?:to be sent|to send|to go out|scheduled|that will send|set to send|timed|to post) "
        r"(?:\w+ ){0,2}?(?:after i'm gone|when i'm gone|once i'm gone|after i die|after i'm dead|"
        r"if i don't wake up))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:giving|gave|give|leaving|left|leave|sending|sent|handing|handed) (?:\w+ )"
        r"{0,4}?(?:to \w+)?(?:[ ,.!]+[\w']+){0,4}?[ ,.!]+(?:he'll|she'll|they'll|you'll|he will|"
        r"she will|they will|you will) (?:know|understand) why)\b",
        negatable=False,
        unless=_AWAY + r"|\b(?:birthday|christmas|present|gift|upgrade\w*|new (?:one|guitar|"
        r"phone|laptop)|always wanted|wanted it|asked for|needs it|deserves it|inside joke)\b",
    ),
    rule(
        S,
        r"\b(?P<core>so (?:mum|mom|dad|my (?:mum|mom|dad|family|parents|sister|brother|partner|"
        r"wife|husband|flatmate|roommate|kids)|nobody|no one|they) (?:doesn't|don't|won't|wouldn't|"
        r"doesnt|dont|wont) (?:have|need) to (?:deal with|sort out|pay|worry about|clean up|"
        r"handle|pay for) (?:it|anything|that|the \w+|my \w+)(?: after| when i'm gone| "
        r"afterwards)?)(?=\s*(?:$|[.!?,;]|after|when|once))",
        needs=r"\b(?:paid|pay|rent|bills|debts?|cancell?\w*|sorted|cleared|closed|deleted|"
        r"funeral|insurance)\b",
        unless=_AWAY + r"|\b(?:while|this month|early|direct debit|standing order|party|"
        r"wedding|birthday|christmas|car|repair\w*|vet|dog|cat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:the )?last time i(?:'ll| will| am going to|'m going to)? (?:ever )?(?:see|"
        r"hug|talk to|speak to|hear) (?:my (?:family|kids|children|mum|mom|dad|parents|sister|"
        r"brother|friends|dog|cat|little \w+)|them|you all|everyone|any of (?:you|them)))\b"
        r"(?=\s*(?:$|[.!?,;]|and|alive|ever))",
        negatable=False,
        unless=_AWAY + r"|\b(?:before (?:i|the|we) (?:move|leave|fly|go)|for (?:a while|months|a "
        r"year|ages|weeks)|until|till|christmas|summer|holidays?|hospice|funeral|prison|"
        r"custody|court|visit\w*|contact)\b",
    ),
    rule(
        S,
        r"\b(?P<core>this time i (?:won't|will not|'m not going to|am not going to) (?:fail|mess "
        r"(?:it )?up|screw (?:it )?up|survive|wake up|be saved|let (?:them|anyone) (?:save|stop) "
        r"me|be found in time))(?=\s*(?:$|[.!?,;]))",
        needs=r"\b(?:tried|try|attempt\w*|last time|again|hospital|survived|pills|rope|"
        r"overdose|woke up|saved|found)\b",
        unless=r"\b(?:test|exam|driving|interview|course|class|diet|recipe|audition|bake\w*|"
        r"cake|souffle|game|level|boss|race|marathon|resolution|dry january)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:saying|said|says|been saying) (?:goodbye|bye) to (?:people|everyone|"
        r"everybody|us all|all of us|her friends|his friends|their friends)\b(?:[ ,.!]+[\w']+)"
        r"{0,6}?[ ,.!]+(?:giving (?:\w+ )?(?:stuff|things|belongings|everything) away|giving away)|"
        r"giving (?:\w+ )?(?:stuff|things|belongings|everything) away\b(?:[ ,.!]+[\w']+){0,6}?"
        r"[ ,.!]+saying (?:goodbye|bye))\b",
        about_others=True,
        negatable=False,
        unless=r"\b(?:party|job|leaving do|moving|move\w*|emigrat\w*|declutter\w*|minimalis\w*|"
        r"marie kondo|car boot|charity shop|abroad|travel\w*|trip|gap year|uni|college|army|"
        r"deploy\w*|new (?:job|city|country|flat|house))\b",
    ),
    rule(
        S,
        r"\b(?P<core>wish(?:ed|ing)? (?:that )?i (?:was|were|had been) never born|wish(?:ed|ing)? "
        r"(?:that )?i (?:wasn't|weren't) (?:ever )?born)(?=\s*(?:$|[.!?,;]|and\b|honestly|tbh|"
        r"sometimes|some days|i\b))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:nobody|no one|nothing) (?:can|could|will|is going to) (?:save|stop|help) "
        r"me(?: now| anymore)?\b(?:[ ,.!]+[\w']+){0,4}?[ ,.!]+(?:i don't want|and i don't want|"
        r"i won't let)|(?:don't|do not) want (?:to be saved|anyone to (?:save|stop) me|you to "
        r"(?:save|stop) me|them to (?:save|stop) me|to be stopped))\b",
        unless=r"\b(?:game|level|boss|quiz|exam|lol|haha|film|movie|song|lyrics)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:can't|cannot|can not) (?:do|take|handle) (?:this|it) anymore,? (?:i )?"
        r"(?:just )?(?:want to|need to|have to|am going to|'m going to|i'm going to) (?:go|leave|"
        r"die|end it|sleep forever|disappear|be gone))(?=\s*(?:$|[.!?,;]|now|forever|for good))",
        unless=r"\b(?:party|meeting|home|bed|work|job|class|school|uni|shift|lecture|holiday|"
        r"vacation|trip|abroad|outside|for a walk|shop|gym)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:want|wants|need|wish|ready|going|about) to (?:go|be|end up|lie|rest|put "
        r"myself) (?:\w+ )?six feet under|(?:want|wanna|need|needs) out of (?:this|my) (?:life|"
        r"world|existence|body)|why (?:am i|i'm|do i) (?:even |still )?(?:alive|breathing|exist|"
        r"existing)(?=\s*(?:$|[.!?,;]|anymore|honestly|tbh|lol|at all)))\b",
    ),
    rule(
        S,
        rf"\b(?P<core>zero (?:reasons?|will|desire|wish|point|motivation|interest) (?:to|in|of|"
        rf"for) (?:keep )?{_LIFE})\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:sent|gave|texted|left|messaged|emailed|handed) me (?:all )?(?:his|her|"
        r"their) (?:passwords?|pin|pin numbers?|bank details|phone code|will|keys to everything)"
        r")\b",
        needs=r"\b(?:look after|take care|goodbye|bye|sorry|love you|not answering|isn't "
        r"answering|phone off|won't answer|scared|worried|for good|just in case)\b",
        unless=_AWAY + r"|\b(?:netflix|spotify|wifi|wi-fi|house ?sit\w*|pet ?sit\w*|"
        r"while (?:he|she|they)|hospital for|surgery|shared|account for)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm going|going|heading|i'll go|i'll walk|i'm driving|driving|walking|"
        r"i'm walking|i'm heading) (?:up |down |back )?to the (?:bridge|cliffs?|tracks|railway "
        r"line|railway bridge|multi-?stor(?:e)?y|quarry|cliff edge|viaduct|overpass|flyover)"
        r"(?: \w+){0,3}?)(?=\s*(?:$|[.!?,;]))",
        unless=r"\b(?:view|run|running|jog\w*|walk the dog|dog|bike|cycl\w*|sunset|sunrise|"
        r"photo\w*|meet|meeting|friends|we|us|market|drinks|fireworks|gig|pub|bar|club|"
        r"restaurant|work at|fish\w*|climb\w*|picnic|hike|hiking|swim\w*|kayak\w*|birds?|"
        r"trains?|trainspott\w*|card|cards|game|lesson|class|tournament)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:want|need|wanted) (?:someone|somebody|you|people|everyone|them|you all|"
        r"y'all|my (?:family|mum|mom|dad|parents|kids)) to know (?:that )?i (?:tried|did try|"
        r"fought|really tried|tried my best|tried so hard|did my best))(?=\s*(?:$|[.!?,;]|so "
        r"hard|really hard|my best|for (?:so long|years|them|you)))",
        negatable=False,
        unless=r"\b(?:recipe|exam|test|cake|diet|interview|application|essay|game|match|race|"
        r"audition|job|quiz|dish|bake\w*|course|project)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:doesn't|don't|didn't|won't|does not|did not) know (?:that )?(?:it was|it's|"
        r"that was|this was|it'll be|it will be|this is) (?:our|my|the) (?:very )?last (?:one|"
        r"talk|call|chat|conversation|time|hug|visit|dinner|goodbye|day|night|christmas|"
        r"birthday))\b",
        negatable=False,
        unless=_AWAY + r"|\b(?:break ?up|breaking up|dump\w*|leav\w* (?:him|her)|divorce|job|"
        r"quit\w*|moving|move|emigrat\w*|pregnan\w*|surprise|proposal|hospice|cancer|"
        r"terminal|dementia|grandma|grandpa|nan|gran)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'd|i would|i'll|i will|i'm|i am) (?:really |honestly |just |actually )?"
        r"(?:be )?doing (?:everyone|everybody|them|the world|my family|you all|all of them|"
        r"the people i love) a (?:favou?r|kindness|service))(?=\s*(?:$|[.!?,;]|by (?:dying|going|"
        r"disappearing|not being here|ending it|killing myself|not existing|leaving (?:this world|"
        r"for good|forever))|if i (?:died|was gone|disappeared|wasn't here|left for good)))",
        negatable=False,
        unless=r"\b(?:cook\w*|clean\w*|bak\w*|leaving early|leave early|staying home|quitting|"
        r"moving out|not coming|skipping|singing|joke|lol|haha)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:thought|thinking|think|tempted|wanted|urge|wondered|wondering|imagined|"
        r"imagining) (?:about |to |of )?(?:just )?(?:not (?:turning|braking|stopping|steering)|"
        r"letting go of the wheel|taking my hands off the wheel|closing my eyes|flooring it) "
        r"(?:\w+ ){0,3}?(?:wheel|bend|corner|at the|on the motorway|on the road|while driving|and "
        r"driving|at \d+|into))\b",
        unless=r"\b(?:meditat\w*|yoga|passenger|autopilot|tesla|self-driving|cruise control|"
        r"game|simulator|go-?karts?)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:(?:she|he|they)(?:'s| is|'re| are| was| were)? (?:so |really |very )?"
        r"sorry|(?:she|he|they) (?:can't|cannot) (?:do this|go on|take it|take this) anymore|"
        r"(?:saying|said|says|texted|wrote|posted|sent (?:me )?) (?:goodbye|bye|love you all|"
        r"she loves|he loves))\b(?:[ ,.!]+[\w']+){0,14}?[ ,.!]+(?:(?:isn't|is not|not|won't|hasn't|has "
        r"not|stopped|doesn't|didn't) (?:been )?(?:picking up|answering|replying|responding|"
        r"reading|online)|can't reach (?:him|her|them)|(?:phone|cell) (?:is |'s )?(?:off|dead|"
        r"going to voicemail)))",
        negatable=False,
        about_others=True,
        unless=r"\b(?:fight|argument|row|cheat\w*|late|ghost\w*|date|ex\b|sorry for (?:being "
        r"late|the|missing|forgetting)|busy|at work|asleep|sleeping|battery|signal|flight|"
        r"driving)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:how )?(?:peaceful|nice|easy|good|restful|lovely|quiet|calm) it (?:would|'d|"
        r"will|might) be (?:to )?(?:just )?(?:not wake up|never wake up|not exist|be dead|die|"
        r"sleep forever|not be here|disappear forever|not be alive|stop existing))\b(?! (?:at|"
        r"until|till|before|early|for (?:a|the|one|once)|on (?:a|the|mondays?|weekends?|"
        r"sundays?|saturdays?)|to an alarm|with))",
        about_others=True,
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:wrote down|written down|writing down|decided|worked out|made a list of|"
        r"listing|listed) who (?:gets|should get|will get|can have|should have|inherits|"
        r"gets to have) (?:my|all my) (?:\w+ )?(?:plants|books|clothes|jewel(?:le)?ry|records|"
        r"guitar|games|console|car|bike|savings|money|things|stuff|belongings|cat|dog|pets?|"
        r"art|paintings|collection))\b",
        unless=r"\b(?:divorce|break ?up|moving|move out|split|estate|lawyer|solicitor|"
        r"retire\w*|declutter\w*|car boot|charity|wedding|birthday|christmas|secret santa)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:gun|shotgun|rifle|pistol|revolver|handgun)\b(?:[ ,.!]+[\w']+){0,8}?"
        r"[ ,.!]+(?:just holding it|holding it|in my (?:hand|lap|mouth)|loaded it|to my (?:head|"
        r"chin|temple|mouth))|(?:got|took|getting|taking|taken) (?:\w+ )?(?:gun|shotgun|rifle|"
        r"pistol|revolver|handgun) out of (?:the |his |my |her )?(?:cabinet|safe|case|drawer|"
        r"cupboard|wardrobe|locker|box))\b",
        unless=r"\b(?:hunt\w*|range|clean\w*|shoot\w* club|clay|licen[cs]e|season|deer|"
        r"rabbits?|pheasants?|ducks?|game|nerf|toy|water|airsoft|paintball|film|movie|"
        r"police|army|training|sell\w*|sold)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sat|sitting|stood|standing|was|i'm|been) (?:on|at) the (?:roof|rooftop|"
        r"bridge|cliff|balcony|building|car park|platform) (?:edge|ledge|railing)|(?:writing|typing|"
        r"texting|sending) (?:this|you|u) (?:from|on) (?:the )?(?:top of (?:the|a) )?(?:roof|"
        r"rooftop|bridge|car park|multi-?stor(?:e)?y|cliff|ledge|edge|tracks|platform edge)|(?:at|"
        r"on) the (?:station|platform)\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:trains? (?:are|is|go|"
        r"goes|look|looks|seem|seems) (?:so )?(?:fast|quick|close|loud)|(?:the )?edge|the tracks))\b",
        unless=r"\b(?:sun|view|coffee|wine|sunset|sunrise|holiday|hotel|breakfast|lovely|"
        r"beautiful|photo\w*|selfie|friends|we|us|waiting for|late|delay\w*|commute|meet\w*|"
        r"trainspott\w*|camera|cool|lol|haha|roofer|repair\w*|fix\w*|picnic)\b",
    ),
    rule(
        S,
        r"\b(?P<core>my will (?:and|&) (?:my |all my )?passwords|(?:my |all my )?passwords (?:and|"
        r"&) (?:my )?will)\b",
        needs=r"\b(?:sorted|done|finished|wrote|written|updated|today|calm|peace|ready|"
        r"letters|notes?|goodbye)\b",
        unless=_AWAY + r"|\b(?:marri\w*|wedding|baby|pregnan\w*|house|mortgage|surgery|"
        r"operation|deploy\w*|lawyer|solicitor|estate|retire\w*|grandma|grandpa|parents)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:everyone|everybody|all the people|the people) i love\b(?:[ ,.!]+[\w']+)"
        r"{0,8}?[ ,.!]+(?:the last time|one last time|for the last time|goodbye|final "
        r"(?:message|text|goodbye)))\b",
        negatable=False,
        unless=_AWAY + r"|\b(?:wedding|party|birthday|christmas|new year|graduat\w*|moving|"
        r"leaving do|funeral|memorial|holiday)\b",
    ),
    # Third persons: a goodbye note found; someone who says they won't be here tomorrow.
    rule(
        S,
        r"\b(?P<core>found (?:a |his |her |their |the )?(?:\w+ )?(?:note|letter|message|text)"
        r"(?: \w+){0,4}? (?:saying|that says|that said|said|with) (?:goodbye|sorry(?! (?:for|"
        r"about) (?!(?:everything|what i'm|this|leaving)\b))|bye|he's sorry|"
        r"she's sorry|they're sorry|he loves|she loves|not to blame|it's not our fault|it wasn't "
        r"our fault))\b",
        about_others=True,
        unless=r"\b(?:grandad|grandpa|grandma|granny|nan|gran|died|passed|funeral|will|"
        r"estate|hospice|cancer|break ?up|broke up|dumped|leaving (?:me|him|her|us) for|moved out|"
        r"moving out|cheat\w*|affair|landlord|flatmate moved|gone to|went to|gone travel\w*|"
        r"back (?:on|by|in|soon|next)|trip|holiday)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:won't|will not|wont|isn't going to|is not going to|not going to) be "
        r"(?:here|around|alive)(?: \w+)? (?:tomorrow|tonight|in the morning|by (?:morning|"
        r"tomorrow|the weekend|tonight|\w+day)|next week|much longer|for (?:much )?long(?:er)?|"
        r"anymore|after (?:tonight|today|this)))\b",
        about_others=True,
        unless=_AWAY + r"|\b(?:in the office|class|meeting|shift|party|dinner|home|back|"
        r"online|on here|lesson|stream|sick|off|day off|appointment|dentist|doctor|busy|"
        r"hospital for|surgery|annual leave|camp|sleepover|away|weekend|staying|stay(?:ing)? "
        r"(?:at|with)|signal|wifi|reception)\b",
    ),
)
_SELF_HARM_R3: tuple[Rule, ...] = (
    rule(
        H,
        r"\b(?P<core>(?:burn|burns|burnt|burned|burning|scald|scalds|scalded|scalding|cut|"
        r"cuts|cutting|scratch|scratched|scratching|scratches|hit|hits|hitting|punch|punched|"
        r"punching|bite|bit|biting|bang|banged|banging|pinch\w*|hurt|hurts|hurting|bruis\w*|"
        r"carv\w*|slash\w*|stab|stabbed|stabbing|freez\w*) (?:myself|my (?:own )?(?:\w+ )?(?:arms?|"
        r"wrists?|thighs?|legs?|skin|hands?|stomach|hips?|head|face|fingers|forearms?|ankles?|"
        r"chest|knuckles))(?: \w+){0,6}? (?:on purpose|deliberately|intentionally|to feel "
        r"(?:something|better|pain|it|real|in control)|to punish myself|as (?:a )?punishment|so "
        r"i (?:can|could) feel|until it (?:bled|bleeds|blistered|bruised|bruises)))\b",
        unless=r"\b(?:not on purpose|by accident|accidentally|didn't mean|wasn't on purpose|"
        r"ice bath|cold plunge|cryo\w*|tattoo|piercing|wax\w*|eyebrows|hair)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:hid|hide|hides|hiding|hidden|keep|keeps|kept|stash\w*|carry|carries|"
        r"carrying|bought|buying|buy|ordered|got) (?:\w+ ){0,3}?(?:blades|razor blades|razors|"
        r"sharpener blades|a blade|some blades|new blades|a razor blade)(?: \w+){0,5}? (?:in|"
        r"under|inside|behind) (?:my|the) (?:pencil case|drawer|room|bag|wallet|phone case|"
        r"sock|socks|bra|pillowcase|pillow|mattress|bed|bedroom|desk|box|jewel(?:le)?ry box|"
        r"makeup bag|locker|pocket))\b",
        unless=r"\b(?:shav\w*|craft\w*|stanley|box cutter|work|diy|kitchen|cook\w*|art|"
        r"model\w*|scalpel for|lino|wallpaper|(?:from|away from|safe from) (?:my |the )?(?:little )?"
        r"(?:brother|sister|kids?|toddler|baby|children|dog)|childproof)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"a few|a couple of|several) (?:whole )?(?:days?|weeks?|months?|years?) (?:no|clean of|"
        r"clean from|without any|free of) (?:cutting|self-harm|self-harming|hurting myself|"
        r"burning myself|blades?))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:cuts|scars|burns|wounds|marks|scabs)\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+"
        r"(?:want|wanna|urge|urges|itching|itch|tempted|need|needing|craving|crave) (?:\w+ )?"
        r"(?:to )?(?:do it again|do it|cut again|cut|make (?:new|more|fresh|another)(?: ones?)?|"
        r"open them|reopen|add (?:more|another|new)|burn again))\b",
        unless=r"\b(?:surgery|stitches|operation|c-section|tattoo|piercing|cat|kitten|dog|"
        r"bramble|thorn|hik\w*|climb\w*|bike|fell|haircut|hair|budget|film|edit\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:opened|ripped|tore|picked|reopened|cut|sliced) (?:them|it|the (?:cuts|"
        r"scars|wounds|old cuts|old scars)|my (?:cuts|scars|wounds|old cuts|old scars)) (?:back )?"
        r"(?:up |open )?(?:again|back open|open again))\b",
        needs=r"\b(?:arms?|wrists?|thighs?|legs?|cuts|scars|wounds|healing|healed|fading|skin)\b",
        unless=r"\b(?:surgery|stitches|operation|c-section|tattoo|piercing|blister|spot|pimple|"
        r"fell|bike|doctor|nurse|infection|emotional\w*|old wounds between|knee|elbow)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:been|keep|kept|started|still|back to|i'm|i am|am) cutting (?:\w+ ){0,2}?"
        r"(?:most|every|each|all|some|other|many) (?:nights?|days?|mornings?|evenings?|week|"
        r"weekend)|(?:been|started|keep|kept|still|back to) cutting(?=\s*(?:$|[.!?,;]|again|"
        r"lately|recently|more|daily|a lot|every|most|and|since)))",
        unless=_CUT_ACCIDENT + r"|\b(?:hair|fringe|bangs|carbs|sugar|coupons|wood|paper|"
        r"fabric|grass|lawn|hedge|costs|budget|corners|class|classes|school|back|down|out|"
        r"calories|meat|dairy|gluten|alcohol|drink\w*|caffeine|coffee|film|video|edit\w*|"
        r"teeth|tooth|keys|glass|tiles|stone|metal|diet)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:cuts|scars|burns|scratches|slashes|wounds) (?:all )?(?:over|on|across|"
        r"along|up|down) (?:both )?(?:my (?:\w+ )?\w+'s|\w+'s) (?:wrists?|arms?|thighs?|legs?|"
        r"stomach|hips?|forearms?|skin|ankles?))\b",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:cat|kitten|dog|puppy|bramble|thorn|fell|accident|bike|"
        r"surgery|operation|rash|chickenpox|eczema|mosquito|bites|climb\w*|hik\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>relaps\w* (?:on|into|with|back (?:into|to)|to) (?:cutting|self-harm|"
        r"self-harming|burning(?: myself)?|hurting myself|the blade|blades|scratching|hitting "
        r"myself))\b",
    ),
)
_CHECK_IN_R3: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>nothing(?:'s| is| will)? (?:ever )?(?:going to |gonna )?(?:ever )?(?:get "
        r"(?:better|easier|any better)|change|be (?:okay|ok|better|different|good again|right "
        r"again)|feel (?:better|okay|good|right))|nothing ever changes)\b(?! (?:the fact|that|how|"
        r"what|about|in\b|at\b|"
        r"without|my mind|your mind|his mind|her mind|their mind|for (?:the|this|that|us|them)|"
        r"unless|until|till|if))",
        negatable=False,
        unless=r"\b(?:game|team|traffic|government|politics|council|election|weather|"
        r"this (?:job|country|company|city|town)|landlord|boss|show|series|app|update|phone|"
        r"laptop|recipe|cake)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:it|things|life|my life|this|everything)(?:'s| is| will| are)? (?:just )?"
        r"never (?:going to |gonna )?(?:get|gets|getting|be|feel|feels) (?:better|easier|any "
        r"better|okay|ok|any easier))(?=\s*(?:$|[.!?,;]|so\b|and\b|no matter|for me|honestly|tbh|"
        r"is it|does it))",
        negatable=False,
        unless=r"\b(?:game|team|traffic|show|series|season|sequel|film|movie|book|app|update|"
        r"phone|laptop|recipe|commute|wifi|queue|weather|kit|coffee|food)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|do not|dont) (?:even )?know why i (?:even )?(?:bother|try|keep "
        r"(?:going|trying|on)|get up|get out of bed|am still here|'m still here|exist|wake up))"
        r"(?=\s*(?:$|[.!?,;]|anymore|at all|honestly|tbh|with (?:anything|any of (?:it|this)|life|"
        r"living|myself)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am|i feel like|i feel|feel like|feels like|i've become|like) (?:a |"
        r"just a |such a )?(?:ghost in my own (?:life|home|body|family)|shell of (?:a person|"
        r"myself|who i (?:was|used to be))|walking corpse|empty shell))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am) (?:so |just |completely |honestly |totally |really )?done with "
        r"(?:everything|it all|all of (?:it|this)|everyone and everything)|i (?:just |really |"
        r"honestly |literally )?can't anymore)(?=\s*(?:$|[.!?,;]|and\b|honestly|tbh|i\b|i'm))",
        negatable=False,
        unless=r"\b(?:lol|lmao|haha|meme|this meme|dead|😂|🤣|with this (?:job|meeting|class|"
        r"week|day|app|game))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:want|wish i could|wish to|just want|wanna) (?:to )?(?:just )?(?:disappear|"
        r"vanish|fade away)(?: \w+){0,2}? and (?:nobody|no one|never|not|nobody would|no one "
        r"would|everyone would|the world would))\b",
        negatable=False,
        unless=r"\b(?:party|meeting|class|wedding|group ?chat|chat|the room|the floor|embarrass\w*|"
        r"cringe|awkward|blush\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:feel|feeling|felt|i'm|i am|i've been feeling|i've felt) (?:so |completely "
        r"|totally |really |very |just |kinda |pretty |utterly |absolutely )?(?:hopeless|"
        r"worthless|useless and empty|empty and hopeless))\b(?! (?:at|with|when it comes|about "
        r"(?:the|this|my) (?:exam|job|test|game|team|match|cooking|maths)))",
        negatable=False,
        unless=r"\b(?:hopeless (?:romantic|case)|at (?:cooking|maths|math|directions|names|"
        r"sport|football)|puzzle|crossword|game|level|boss)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:given up|giving up|gave up) (?:on )?(?:hoping|hope|believing|on (?:life|"
        r"myself|everything|the future|getting better|being happy|feeling (?:better|okay|normal)|"
        r"things (?:getting better|changing)|ever being (?:happy|okay|loved))))\b",
    ),
    rule(
        S,
        r"\b(?P<core>what'?s (?:even )?the (?:point|use) (?:of|in) (?:even )?(?:waking up|getting "
        r"up|living|existing|life|being alive|being me|going on|carrying on|tomorrow|anything "
        r"anymore|me being here|trying anymore|getting out of bed|any of it|breathing))(?=\s*(?:$|"
        r"[.!?,;]|anymore|honestly|tbh|lol|at all|every day|each day|some days|when))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:can't|cannot|don't|do not) see (?:myself|me|how i(?:'ll| will| can| "
        r"could| am going to|'m going to)) (?:getting|get|making it|make it|coming|come|surviving|"
        r"survive|lasting|last|pulling|pull) (?:through|out of|past|out the other side of) "
        r"(?:this|it|the night|another|much longer|all this|any of this))\b",
        negatable=False,
        unless=r"\b(?:job|work|shift|exam|exams|class|lecture|meeting|deadline|uni|school|"
        r"course|semester|term|budget|money|pay ?day|payday|rent|heat|traffic|queue|flight|film|"
        r"movie|show|party|wedding|diet|gym|workout|marathon|race|season|book|paperwork|"
        r"without (?:coffee|caffeine|sleep|a nap|snacks))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wonder|wondering|wondered|don't know|not sure|ask myself|asking myself) "
        r"why i(?:'m| am) (?:even |still )?(?:here|alive|around|breathing|on this earth|in this "
        r"world))(?=\s*(?:$|[.!?,;]|anymore|at all|honestly|tbh|lol|sometimes|some days))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:the |my )?future (?:looks|feels|seems|is|looks so|feels so) (?:so |"
        r"completely |totally |just |really |pretty |very |all )?(?:black|dark|bleak|empty|"
        r"hopeless|pointless|blank|non-?existent|like nothing|grey|gray))\b",
        negatable=False,
        unless=r"\b(?:economy|company|business|industry|planet|climate|country|team|club|market|"
        r"high street|shop|store|brand|franchise|series|show|band|party|government|for (?:the|"
        r"our|this|retail|them|him|her|us))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:all i (?:ever )?do is |i (?:just |only |always )|i'm (?:just |only )?)"
        r"(?:drag|dragging|bring|bringing|weigh|weighing) (?:\w+ )?(?:people|everyone|everybody|"
        r"them|my (?:family|friends|partner|parents)) down)\b",
        negatable=False,
        unless=r"\b(?:mood at|at (?:the|work|parties)|with my (?:jokes|complaining)|lol|haha)\b",
    ),
    rule(
        S,
        r"\b(?P<core>i(?:'m| am) (?:\w+ )?(?:a |just a |such a |the )?(?:weight|drain|dead "
        r"weight|liability|nuisance|inconvenience|problem|waste of (?:space|time|money|air|"
        r"oxygen)) (?:on|to|for) (?:everyone|everybody|all|my (?:family|friends|parents|mum|"
        r"mom|dad|partner)|them|the people|the world|anyone))\b",
        negatable=False,
        unless=r"\b(?:team|project|group project|when|if|at work|sometimes|at times|asking|lol|"
        r"haha|hik\w*|walk\w*|run\w*|slow)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i(?:'m| am) not (?:okay|ok|alright|fine)(?: \w+){0,3}? (?:and )?i "
        r"(?:don't|do not) think i (?:ever )?(?:will|'ll) be|(?:don't|do not) think i(?:'ll| "
        r"will)? (?:ever )?(?:be|feel) (?:okay|ok|alright|happy|normal|myself|whole) again|"
        r"i(?:'ll| will) never (?:be|feel) (?:okay|ok|happy|normal|alright|myself|whole) "
        r"again))\b",
        negatable=False,
        unless=r"\b(?:show|series|season|cancel\w*|lol|haha|lmao|team|game|pizza|food|"
        r"restaurant|hangover|hungover|flight|movie|film|finale)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tired|exhausted|sick|worn out|done) (?:of|from|with) (?:fighting|"
        r"struggling|trying so hard|surviving|barely surviving|pretending (?:to be|i'm|i am) "
        r"(?:okay|ok|fine|happy|alright))\b(?! (?:with|about|over|for (?!nothing)|against|to "
        r"(?:get|find|lose|make|fix|keep))\b))",
        negatable=False,
        unless=r"\b(?:landlord|council|insurance|bank|company|customer service|the system|"
        r"benefits|traffic|parking|kids over|siblings|game|boss|level)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|can't|do not|cannot) see (?:the|any) point(?: (?:anymore|in anything|"
        r"of anything|in trying|in living|in going on|in any of (?:it|this)))?)(?=\s*(?:$|[.!?,;]|"
        r"anymore|honestly|tbh|lol|at all))",
        unless=r"\b(?:meeting|class|lecture|homework|app|feature|argu\w*|diet|makeup|tax|game|"
        r"film|movie|show|sequel|it (?:if|when|unless))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:my life|i'm|i am|i feel like i'm|life) (?:is |'s )?(?:going nowhere|a dead "
        r"end)(?: and (?:always|never) will)?)(?=\s*(?:$|[.!?,;]|and|honestly|tbh|fast))",
        negatable=False,
        unless=r"\b(?:job|career|project|relationship|situationship|show|series|plot|band)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:feel|feeling|felt) like giving up|(?:want|wanna|ready|about|going) to "
        r"(?:just )?give up(?=\s*(?:$|[.!?,;]|on (?:everything|life|myself|it all|living|trying)|"
        r"honestly|tbh|completely)))\b(?! on (?:the|this|my|that|a) )",
        unless=r"\b(?:diet|course|degree|gym|game|project|book|show|sugar|meat|smok\w*|vap\w*|"
        r"drink\w*|coffee|chocolate|alcohol|lent|piano|guitar|instagram|twitter|dating|uni|"
        r"language|duolingo|exam|essay|puzzle|level)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:there's |there is )?nothing (?:left )?(?:for me|to live for|worth living "
        r"for)(?: here| anymore| in this world| on this earth)?)(?=\s*(?:$|[.!?,;]|anymore|"
        r"honestly|tbh))",
        negatable=False,
        unless=r"\b(?:town|city|village|country|job|company|uni|school|menu|buffet|fridge|"
        r"shop|sale|store|left (?:to eat|in the))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am) (?:so |just |honestly |completely )?done (?:trying|fighting|"
        r"caring|with trying|with fighting))(?=\s*(?:$|[.!?,;]|anymore|honestly|tbh|i\b|at all))",
        unless=r"\b(?:him|her|them|diet|gym|dating|apps?|game|level|boss|exam|course|job)\b",
    ),
    rule(
        S,
        r"\b(?P<core>nothing i (?:do|say|try) (?:ever )?(?:matters|helps|works|changes anything|"
        r"makes (?:a|any) difference))(?=\s*(?:$|[.!?,;]|anyway|anymore|honestly|tbh))",
        negatable=False,
        unless=r"\b(?:skin|acne|hair|diet|weight|plants?|baby|sleep|code|printer|wifi|laptop|"
        r"phone|car|garden|cat|dog|boss|manager|team|teacher|grades?|recipe|cake)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:not|never) (?:have to )?(?:deal with|face|feel|wake up to) (?:anything|"
        r"anyone|any of (?:it|this)|life|the world|people) (?:ever )?(?:again|anymore))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|can't|cannot|do not) see (?:a|any) (?:way forward|way through|end "
        r"to (?:this|it)|light at the end))\b",
        negatable=False,
        unless=r"\b(?:project|problem|negotiation|deal|budget|team|company|politics|government|"
        r"war|conflict|traffic|roadworks|strike|tunnel)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:they'd|they would|everyone would|everyone'd|people would|nobody would|no "
        r"one would|my family would|they'll|everyone will|they will) (?:all )?(?:just )?(?:forget "
        r"(?:about )?me|get over (?:me|it)|move on)(?: \w+){0,2}? (?:in (?:a|one|two) (?:day|"
        r"week|weeks|month|days)|within (?:a|one) (?:week|month|day)|by (?:next )?(?:week|month)|"
        r"soon enough|quickly|so fast|anyway))\b",
        negatable=False,
        unless=r"\b(?:team|job|work|band|group|class|uni|school|move|moved|left the|leave the|"
        r"quit|ex|breakup|break up|dating)\b",
    ),
    rule(
        S,
        r"\b(?P<core>nothing (?:really )?(?:makes sense|feels real|feels right|helps|works) "
        r"(?:anymore|any more)|everything hurts and nothing helps|(?:tired|exhausted|sick) ?[.!,]+ ?"
        r"of (?:everything|it all|me|myself|life|being me)\b)(?=\s*(?:$|[.!?,;]|and\b|honestly|"
        r"tbh|lol))",
        negatable=False,
        unless=r"\b(?:acne|skin|headache|migraine|back|knee|sleep|diet|plants?|code|printer|"
        r"wifi|laptop|phone|app|update|remote|car|baby|teething|colic)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|do not) know how (?:to|i can|i'm going to|i'll|much longer i can) "
        r"(?:keep going|go on|carry on|keep living|keep doing this|survive this|get through this|"
        r"cope|do this anymore|hold on)|(?:not sure|don't know if|don't think) i can (?:do this|"
        r"keep doing this|keep going|go on|hold on|take (?:this|it)|cope) (?:much |any )?"
        r"longer)(?=\s*(?:$|[.!?,;]|anymore|honestly|tbh|like this|i\b|and\b))",
        negatable=False,
        unless=r"\b(?:job|work|shift|exam|exams|class|lecture|meeting|deadline|uni|school|"
        r"course|semester|term|budget|money|rent|heat|traffic|queue|flight|diet|gym|workout|"
        r"marathon|race|training|project|commute|renovation|pregnan\w*|contractions|labour|"
        r"essay|homework|assignment|thesis|dissertation|revision|maths|math|"
        r"without (?:coffee|caffeine|sleep|a nap|snacks|food|a break|a wee))\b",
    ),
    rule(
        S,
        r"\b(?P<core>drowning\b(?:[ ,.!]+[\w']+){0,4}?[ ,.!]+(?:no one|nobody|no-one) (?:\w+ )?"
        r"(?:sees|notices|cares|knows|helps|see|notice|care))\b",
        negatable=False,
        unless=r"\b(?:work|emails?|laundry|paperwork|coursework|homework|admin|deadlines?|"
        r"manager|boss|piling|workload|shifts?|tasks|projects?|"
        r"debt|bills|kids|toys|washing|dishes|pool|swim\w*|lifeguard)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:can't|cannot|don't) remember the last time i (?:felt|was) (?:\w+ )?"
        r"(?:okay|ok|happy|good|alright|normal|like myself|at peace|hopeful|safe))\b",
        negatable=False,
        unless=r"\b(?:rested|slept|holiday|vacation|date|dinner|night out|gym|fit|skinny|"
        r"thin|tan|pizza|restaurant)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:anyone|anybody|nobody|no one) (?:would|will|'d) (?:even )?(?:notice|"
        r"care|miss me) if i (?:just )?(?:stopped (?:showing up|being here|existing|coming|"
        r"texting|talking|replying|waking up)|disappeared|vanished|wasn't (?:here|around)|"
        r"left (?:for good|forever)))\b",
        negatable=False,
        unless=r"\b(?:group ?chat|chat|work|meeting|class|lecture|gym|party|club|team|"
        r"practice|rehearsal|discord|server)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:want|need|wish i could|wanna) (?:to )?(?:just )?stop feeling(?: "
        r"(?:anything|everything|this|like this|so much))?|(?:don't|do not|can't|cannot) care "
        r"about (?:anything|anyone|myself|my life|what happens to me|living|whether i live)"
        r"(?: anymore)?)(?=\s*(?:$|[.!?,;]|anymore|honestly|tbh|at all|and\b))",
        negatable=False,
        unless=r"\b(?:sick|nauseous|nausea|hungover|hangover|bloated|itchy|cold|hot|"
        r"dizzy|pain|cramps|anxious about|nervous|jealous|embarrass\w*|you say|he says|she "
        r"says|they say|what (?:you|he|she|they) think|grades|exam)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|do not|can't|cannot) see (?:that|it|this|things|anything|my life|"
        r"life) (?:ever )?(?:changing|getting better|improving|being different|getting easier)|"
        r"(?:running out of|run out of|ran out of|no more|fewer and fewer|out of) reasons to "
        r"(?:keep going|live|stay|go on|carry on|be here|get up|stay alive)|(?:feel|feeling|i'm|"
        r"i am|i feel) (?:so |completely |totally |just )?trapped in my (?:own )?(?:head|mind|"
        r"life|body|thoughts)|no light at the end of (?:the|this|my) tunnel)\b",
        negatable=False,
        unless=r"\b(?:job|work|project|renovation|exams?|course|degree|budget|politics|"
        r"government|team|company|economy|prices|traffic|roadworks|weather|app|game|show|"
        r"anytime soon|any time soon|landlord|boss|manager|council|neighbou?rs?|flatmate|"
        r"roommate|season|league|club)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am) (?:so |just )?done waiting for (?:it|things|life|my life) to"
        r"(?: (?:get better|change|improve|turn around))?(?=\s*(?:$|[.!?,;]))|(?:it gets better|"
        r"things get better|it'll get better|it will get better)[.!,]+ (?:it|they) (?:doesn't|"
        r"don't|won't|never does|never do)\b)",
        negatable=False,
    ),
)

# --- round 4: families of wordings -----------------------------------------------------
# Written after a second fresh round (tests/domain/data/crisis/en.fresh2.toml), composed
# before its writer read these rules. Same spirit as round 3: one rule per family, each
# with the everyday twins it spares.
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|"
    r"(?:this|next) (?:weekend|week|month)|the weekend|the \d+(?:st|nd|rd|th)?|my birthday|"
    r"christmas|new year'?s?(?: eve)?|(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday) (?:night|morning|evening))"
)
# A method named in a purchase or in the house ("not for hunting", "you know what for").
_MEANS_THING = (
    r"(?:gun|shotgun|pistol|rifle|handgun|revolver|firearm|bullets?|ammo|rope|noose|"
    r"charcoal|hose|helium|tank|razors?|blades?|knife|pills|tablets|meds|poison|bleach|"
    rf"antifreeze|{_MEDS})"
)
# Household poisons.
_POISON = (
    r"(?:bleach|antifreeze|anti-freeze|weed ?killer|rat poison|poison|drain cleaner|"
    r"pesticides?|paraquat|lighter fluid|window cleaner|oven cleaner|toilet cleaner|"
    r"windscreen wash|screen wash)"
)
# A parent or an adult in the house, as a child names them.
_ADULT_AT_HOME = (
    r"(?:stepdad|stepfather|stepmom|stepmum|stepmother|uncle|(?:mum|mom|mother|mam|ma)'s "
    r"(?:boyfriend|partner|husband|friend|new \w+)|(?:dad|father)'s (?:girlfriend|partner|"
    r"wife|friend)|grandpa|grandad|granddad|grandfather|dad|father|daddy|coach|teacher|"
    r"landlord|lodger|neighbou?r|tutor|pastor|priest|(?:older|grown) (?:man|guy|cousin)|"
    r"cousin)"
)
# Signs of affairs put in order; two of them together make the shape of a plan.
_IN_ORDER = (
    r"\b(?:i'm ready|ready now|paid (?:back|off)|gave away|given away|giving away|goodbyes?|"
    r"notes?\b|letters?|sorted|in order|(?:my |a )will\b|affairs|nothing left|last|right (?:night|"
    r"time|moment|day)|deleted|deactivated|rehomed|passwords?|cleaned|cleared out|insurance|"
    r"who gets|goes to (?:my|mum|mom|dad|the)|(?:phone|pass|door|safe|bank) ?codes?|"
    r"than(?:ks|k you) for everything|(?:weirdly|strangely|oddly|so|really|finally) (?:calm|at "
    r"peace|peaceful))"
)
_WAITING_EVERYDAY = (
    r"\b(?:to (?:tell|ask|say|propose|confess|quit|apply|text|call|move|buy|sell|invest)|"
    r"sale|deal|price|offer|job|house|flat|weather|wave|surf|fish|bite|shot|photo|picture|"
    r"sunset|sunrise|stars|moon|aurora|launch|release|drop|match|guy|girl|person|one)\b"
)

_DANGER_R4: tuple[Rule, ...] = (
    # A threat with "if I tell" after it.
    rule(
        D,
        r"\b(?P<core>(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to) (?:hurt|kill|"
        r"hit|beat|harm|take) (?:me|my \w+|us|her|him|them|the \w+) if i (?:ever )?(?:tell|told|"
        r"say|said|report|talk|speak))\b",
        about_others=True,
        unless=r"\b(?:lol|lmao|haha\w*|spoiler|ending|surprise|secret santa|birthday|present)\b",
    ),
    # An adult asking a child to come to his place.
    rule(
        D,
        r"\b(?P<core>(?:asking|asked|asks|wants|wanted|keeps asking|invited|invites) me (?:to "
        r"(?:come|go) )?(?:to|back to|round to|over to|into) (?:his|her|their) (?:flat|house|place|"
        r"car|room|apartment|hotel|van))\b",
        needs=r"\b(?:i'm|i am|im) (?:[5-9]|1[0-5]|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen)\b|\b(?:man|guy|stranger|adult|grown)\b.{0,120}?\b(?:sweets|"
        r"secret|don't tell|online|snap|instagram|gifts?|money)\b",
        unless=r"\b(?:party|dinner|birthday|sleepover|my friend|classmate|his son|his daughter|"
        r"her son|her daughter)\b",
    ),
    # Touching as the price of a place in a team, a job, a grade.
    rule(
        D,
        r"\b(?P<core>if i (?:didn't|don't|won't|wouldn't|did not|do not|refuse to|refused to) "
        r"(?:let (?:him|her|them) (?:touch|kiss|see|photograph|film|feel)|send (?:him|her|them) "
        r"(?:pics|photos|pictures|nudes)|sleep with (?:him|her|them)|have sex|do (?:stuff|things|"
        r"it|what (?:he|she|they) (?:wants?|said))))\b",
        unless=r"\b(?:homework|chores|dishes|room|lol|haha)\b",
    ),
    # Intimate images shared.
    rule(
        D,
        r"\b(?P<core>(?:sent|sends|shared|shares|posted|posts|leaked|leaks|spread|showed|shows|"
        r"uploaded|sold) (?:all )?(?:of )?(?:my|her|his) (?:nudes|nude (?:pics|photos|pictures|"
        r"videos)|naked (?:pics|photos|pictures|videos)|intimate (?:pics|photos|images|videos)|"
        r"private (?:pics|photos|pictures|videos)|sex tape))\b",
        about_others=True,
    ),
    # An adult at home who "hurts me", said by a child.
    rule(
        D,
        rf"\b(?:my |her |his )?{_ADULT_AT_HOME}(?: [\w']+){{0,2}}? (?P<core>(?:hurts|hurt|is "
        r"hurting|keeps hurting|has been hurting) me)\b",
        needs=r"\b(?:(?:i'm|i am|im) (?:[5-9]|1[0-7]|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen)\b|(?:doesn't|don't|won't|didn't) believe me|bruises?|"
        r"scared|secret|don't tell|at night|belt|mark|marks)",
        neighbours=True,
        unless=r"\b(?:feelings|words|said|saying|ignor\w*|forgot|forgets|heart)\b",
    ),
    # An adult kissing or touching a child who gives an age.
    rule(
        D,
        r"\b(?P<core>(?:he|she|they|him|her) (?:\w+ )?(?:kissed|kisses|touched|touches|groped|"
        r"undressed|undresses|hugged and kissed) me)\b",
        needs=r"\b(?:teacher|coach|tutor|uncle|stepdad|stepfather|boyfriend|dad|father|grandpa|"
        r"grandad|neighbou?r|pastor|priest|man|guy|babysitter|cousin|friend's dad)\b.{0,200}?"
        r"\b(?:i'm|i am|im) (?:[5-9]|1[0-6]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen|sixteen)\b|\b(?:i'm|i am|im) (?:[5-9]|1[0-6]|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b.{0,200}?\b(?:teacher|coach|"
        r"tutor|uncle|stepdad|stepfather|dad|father|grandpa|grandad|neighbou?r|pastor|priest|man|"
        r"guy|babysitter|cousin)\b",
        neighbours=True,
    ),
    # An adult letting himself into a child's room.
    rule(
        D,
        r"\b(?P<core>(?:lets|let|letting) (?:himself|herself) (?:in(?:to)? my (?:room|bedroom)|into "
        r"my bed)|(?:sneaks|sneaked|snuck|creeps|crept|slips|slipped|creeping|sneaking) (?:in(?:to)?"
        r") my (?:room|bedroom|bed))\b",
        unless=r"\b(?:cat|dog|kitten|puppy|sister|brother|toddler|son|daughter|kids?|to wake me|"
        r"birthday|surprise|present)\b",
    ),
    # "Coming to finish what he started."
    rule(
        D,
        r"\b(?P<core>(?:coming|come|going|back|here|returning|return) to finish (?:what (?:he|she|"
        r"they) started|me off|the job))(?=\s*(?:$|[.!?,;]))",
        unless=r"\b(?:decorating|painting|kitchen|bathroom|garden|fence|job on the|work|project|"
        r"game|level|boss|essay|book|puzzle)\b",
        about_others=True,
    ),
    # An adult at home touching a child.
    rule(
        D,
        rf"\b(?:my |her |his )?{_ADULT_AT_HOME}(?: [\w']+){{0,2}}? (?P<core>(?:touches|touched|"
        r"touching|feels|felt|rubs|rubbed|kisses|kissed|gropes|groped) me)\b(?! (?:on the "
        r"(?:shoulder|arm|back|head|cheek|forehead)|goodnight|to say))",
        unless=r"\b(?:hug\w*|shoulder|high five|tickl\w*|goodnight|forehead|cheek|heart|deeply|"
        r"moved|song|story|speech|words)\b",
        about_others=True,
    ),
    # A child kept from food.
    rule(
        D,
        r"\b(?P<core>(?:i'm|i am|im|we're|we are) (?:not|never) allowed (?:to )?(?:eat|have "
        r"(?:food|dinner|breakfast|lunch|anything to eat))|(?:won't|doesn't|don't|never) (?:let|"
        r"lets) (?:me|us) (?:eat|have (?:food|dinner|any food)))\b(?! (?:sweets|snacks|dessert|"
        r"pudding|chocolate|candy|junk|crisps|in (?:class|bed|front of|the (?:car|lounge|library|bedroom|"
        r"living room|front room|\w+ room|sofa))|on the (?:sofa|couch)|upstairs|outside|there|here)\b)",
        unless=r"\b(?:fasting|fast|surgery|operation|diet|allerg\w*|before (?:dinner|bed|the "
        r"(?:op|surgery|scan|test))|after (?:\d|midnight|eight|nine|ten)|braces|gluten|vegan|"
        r"ramadan|procedure|anaesthe\w*)\b",
    ),
    # Grooming: "mature for my age", a grown man online.
    rule(
        D,
        r"\b(?P<core>(?:says|said|tells me|told me|thinks|keeps saying) (?:that )?i'm (?:so |really "
        r"|very )?mature for (?:my age|(?:a )?\d{1,2}\b|(?:a )?(?:ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen))|(?:grown|older|adult|old) (?:man|guy|men|woman|dude) (?:\w+ ){0,3}?"
        r"(?:wants (?:to meet|me to)|asked (?:to meet|me to|for)|asks (?:to meet|me to|for)|keeps "
        r"asking))\b",
        unless=r"\b(?:interview|job|work|colleague|client|customer|for (?:a|the) (?:job|role))\b",
    ),
    # "It's our game" and "don't tell", said to a child.
    rule(
        D,
        r"\b(?P<core>(?:says|said|told me|tells me) (?:it's|its|it is) (?:just )?(?:a|our) "
        r"(?:special |secret |little |fun )?game)\b",
        needs=r"\b(?:can't tell|don't tell|not (?:allowed|supposed) to tell|secret|mustn't tell|"
        r"won't tell|not tell)\b",
    ),
    # Advantage taken while drunk or asleep.
    rule(
        D,
        r"\b(?P<core>took advantage of me(?: \w+){0,3}? (?:when|while|because|after) i (?:was|'d "
        r"been|had been) (?:so |really |too )?(?:drunk|high|asleep|passed out|unconscious|out of it|"
        r"wasted|blacked out|sleeping|drugged|\w+ drunk))\b",
    ),
    # Sex as the price of a job, a home or safety.
    rule(
        D,
        r"\b(?P<core>(?:have|has|got) to (?:sleep with|have sex with|do stuff with|hook up with|"
        r"sleep with) (?:him|her|them|my \w+) (?:to|or|if|so)|(?:sleep|have sex) with (?:him|her|"
        r"them) or (?:i'll|i will|i'd|he'll|she'll|he will|she will) (?:lose|get|be))\b",
        unless=r"\b(?:lol|haha|lmao|film|show|book|character|plot)\b",
    ),
    # A violent act after a controlling one ("checks my phone and hits me").
    rule(
        D,
        rf"\b{_PERSON}(?: [\w']+){{0,8}}? and (?:then )?(?P<core>{_VIOLENT}) me "
        r"(?:if|when|whenever|every time|for|because|again)\b",
        unless=r"\b(?:sparring|boxing|bjj|judo|karate|mma|wrestl\w*|pillows?|tickl\w*|playful\w*|"
        r"snowballs?|nerf|game|ball|catch)\b",
    ),
    # A threat of harm if the writer tells.
    rule(
        D,
        r"\b(?P<core>if i (?:ever )?(?:tell|told|say|said|talk|report|call|go to|show)(?: [\w']+)"
        r"{0,5}?,? (?:he|she|they|my \w+)(?:'ll| will|'d| would| is going to|'s going to|'re going "
        r"to| said he'd| said she'd) (?:\w+ )?(?:hurt|kill|hit|beat|harm|punish|take) (?:me|my "
        r"\w+|her|him|them|us|the \w+))\b",
        about_others=True,
        unless=r"\b(?:lol|lmao|haha\w*|spoiler|ending|surprise|secret santa|birthday)\b",
    ),
    # An adult getting into a child's bed.
    rule(
        D,
        rf"\b(?:my |her |his )?{_ADULT_AT_HOME}(?: [\w']+){{0,2}}? (?P<core>(?:sleeps|slept|"
        r"sleeping|gets|got|getting|climbs|climbed|climbing|crawls|crawled|lies|lay|lying) "
        r"(?:in|into) (?:my bed|bed with me|bed next to me))\b",
        needs=r"\b(?:don't like|didn't like|uncomfortable|weird|scared|touch\w*|secret|don't tell|"
        r"hurts?|i'm (?:\d|1[0-7]\b)|make me|makes me)",
    ),
    # Not allowed to say no, in a relationship.
    rule(
        D,
        r"\b(?P<core>(?:won't|doesn't|never|didn't|wouldn't) (?:let|allow) me (?:to )?(?:say no|"
        r"refuse|stop (?:him|her|it)|turn (?:him|her) down))\b",
        needs=r"\b(?:in bed|sex|sexual|touch\w*|my body|husband|boyfriend|partner|wife|girlfriend|"
        r"he wants|she wants|at night|forces?|makes me)\b",
        unless=r"\b(?:chores|food|dinner|vegetables|homework|drinks?|shots|job|shift|overtime)\b",
    ),
    # A threat to hurt, whatever comes before it in the sentence.
    rule(
        D,
        r"\b(?P<core>threat(?:en|ens|ening|ened) (?:me )?(?:to|that (?:he|she|they)(?:'ll|'d| will| "
        r"would)) (?:[\w']+ ){0,6}?(?:and |then )?(?:hurt|kill|hit|beat|harm|stab|shoot|burn|"
        r"strangle) (?:me|us|the (?:kids|children|baby|dog|cat)|my \w+|her|him|them))\b",
        about_others=True,
        unless=r"\b(?:if i don't (?:clean|do|tidy|finish|get)|lol|haha\w*|jokingly|room|"
        r"homework|chores|game|character|villain)\b",
    ),
    # A child afraid to go home because of what an adult does there.
    rule(
        D,
        r"\b(?P<core>(?:don't|do not|never) want to go (?:back )?home|(?:scared|afraid|"
        r"terrified|frightened|too scared|too afraid) (?:to|of) (?:go(?:ing)?|be(?:ing)?) "
        r"(?:back )?(?:home|at home)|hate going home)\b",
        needs=rf"\b(?:{_VIOLENT}|hurts? me|angry|drunk|mad at me|rage|yell\w*|scream\w*|"
        r"throws? (?:\w+ )?(?:stuff|things|plates|bottles)|belt|bruises?|kill me|lock\w* me|"
        r"comes? (?:into|in) my room|touch\w*)\b",
        unless=r"\b(?:party|holiday|trip|vacation|festival|concert|fun|beach|boring|bored)\b",
    ),
    # Things thrown at the writer by someone at home.
    rule(
        D,
        rf"\b{_PERSON}(?: [\w']+){{0,6}}? (?P<core>(?:throws?|threw|throwing|chucks?|chucked|"
        r"hurls?|hurled) (?:\w+ ){1,3}?at (?:me|my head|my face|us))\b",
        unless=r"\b(?:ball|balls|frisbee|snowballs?|pillows?|water balloons?|confetti|treats?|"
        r"ideas?|questions?|compliments?|jokes?|catch|game)\b",
    ),
    # A child left alone: parents gone for days, no food.
    rule(
        D,
        r"\b(?P<core>(?:parents?|mum|mom|mam|dad|mother|father|mummy|mommy|daddy) (?:\w+ )?"
        r"(?:haven't|hasn't|have not|has not|didn't|did not|never) (?:been |come |came )?"
        r"(?:back|home)(?: \w+)? (?:in|for|since) (?:\d+|two|three|four|five|six|a few|"
        r"several|days|a week|ages|last \w+))\b",
        needs=r"\b(?:little (?:sister|brother)|baby|no food|hungry|alone|scared|by (?:myself|"
        r"ourselves)|i'm (?:\d|1\d|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen)\b|just (?:me|us))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:no|isn't any|isnt any|hasn't been any|there's no) food (?:at home|in "
        r"the house|in the flat|in the fridge|for days)(?: \w+){0,3}? (?:and|,) (?:my )?"
        r"(?:parents?|mum|mom|dad|mother|father)\b)",
    ),
    # An adult walking in on a child in the shower or while changing.
    rule(
        D,
        rf"\b(?:my |her |his )?{_ADULT_AT_HOME}(?: [\w']+){{0,3}}? (?P<core>(?:keeps? |always "
        r"|kept |still )?(?:walk|walks|walked|walking|come|comes|came|coming|barg(?:e|es|ed|ing)|"
        r"peek(?:s|ed|ing)?|look(?:s|ed|ing)?) (?:in|into the (?:bathroom|shower|room)|at me)"
        r"(?: on me)? (?:when|while|whenever) i'm (?:in the (?:shower|bath|bathroom)|showering|"
        r"bathing|changing|getting (?:dressed|changed|undressed)|naked|undressed|in my "
        r"(?:underwear|towel)))\b",
        about_others=True,
    ),
    # Touching named parts of the body.
    rule(
        D,
        r"\b(?P<core>(?:grabb?ed|grabs|grabbing|touched|touches|touching|rubbed|rubs|rubbing|"
        r"felt|feeling|groped|gropes|groping|squeezed|pinched|stuck (?:his|her|their) hands?|"
        r"put (?:his|her|their) hands?) (?:me |up )?(?:\w+ )?(?:between my legs|up my (?:skirt|"
        r"dress|shorts|top|shirt)|down my (?:pants|trousers|jeans|top|shirt|underwear|knickers|"
        r"bra)|my (?:crotch|breasts?|boobs?|chest|butt|bum|ass|arse|privates|private parts|"
        r"genitals|vagina|penis|dick|inner thighs?)))\b",
        unless=r"\b(?:doctor|nurse|physio|massage|exam|examination|scan|mammogram|by accident|"
        r"accidentally|cramp|baby|toddler|kid|dog|cat|puppy|kitten|myself|lump|rash)\b",
    ),
    # Trapped in a car or a room.
    rule(
        D,
        r"\b(?:driver|he|she|they|guy|man|boyfriend|husband|partner|uber|taxi|cab) (?:\w+ )?"
        r"(?P<core>(?:locked|locks|locking) (?:the |all the |his |her |its )?(?:car )?doors?"
        r"(?: \w+){0,3}? (?:and|so i (?:couldn't|can't|could not))|locked me in (?:the|his|her|a|"
        r"their|my) (?:car|room|house|flat|bathroom|van|basement|shed|cupboard|closet)|"
        r"wouldn't (?:let me (?:out|leave|go|get out)|unlock the doors?))\b",
        about_others=True,
        unless=r"\b(?:child ?lock|safety|for my safety|automatically|auto-?lock|joking|tried|"
        r"tast\w*|cake|dinner|finished|game|film|movie|story|song|hug)\b",
    ),
    # Intent to hurt someone, with a weapon or a plan beside it.
    rule(
        D,
        r"\b(?P<core>(?:keep |kept )?(?:thinking|thought|fantasi[sz]\w+|dream\w*|plann\w*|"
        r"plan) (?:about|of|on) (?:stabbing|shooting|killing|strangling|poisoning|attacking|"
        r"hurting|beating up|running over)|(?:want|going|plan|planning|ready) to (?:stab|shoot|"
        r"kill|strangle|poison|attack|hurt|run over)) (?:my |her |him |them |the |that )?(?:\w+ )?"
        rf"(?:{_RELATION}|him|her|them|someone|people|everyone)\b",
        needs=r"\b(?:bought|buy|got (?:a|the|my)|have (?:a|the)|hid|hidden|sharpen\w*|knife|"
        r"knives|gun|blade|bat|hammer|poison|plan|planned|when (?:he|she|they)(?:'s|'re| is| "
        r"are) (?:asleep|sleeping|alone)|for real|not joking|i mean it|seriously)\b",
        unless=r"\b(?:lol|lmao|haha\w*|jk|just kidding|game|fortnite|minecraft|boss|character)\b",
    ),
)

_SUICIDE_R4: tuple[Rule, ...] = (
    # Someone close on a bridge or a roof, with a farewell or worry beside it.
    rule(
        S,
        r"\b(?P<core>(?:she's|he's|they're|she is|he is|they are) (?:\w+ )?(?:on|at) (?:the|a|"
        r"that|this) (?:bridge|roof|rooftop|ledge|cliff|cliffs|tracks|railway|edge|overpass|car "
        r"park roof))\b",
        needs=r"\b(?:sorry|goodbye|bye|won't come|jump|pills|end it|scared|worried|voice note|"
        r"love you|not answering|kill (?:herself|himself|themselves)|suicid\w*)\b",
        unless=r"\b(?:photos?|pictures?|sunset|sunrise|view|fireworks|fishing|walk\w*|run\w*|"
        r"cycl\w*|commute|traffic|work|roofer|repair\w*|fix\w*)\b",
        about_others=True,
    ),
    # Wanting to be in the ground.
    rule(
        S,
        r"\b(?P<core>(?:can't wait to be|want to be|wanna be|ready to be|wish i was|wish i were|"
        r"should be|deserve to be|need to be|long to be) (?:\w+ )?six feet under)(?=\s*(?:$|"
        r"[.!?,;]|already|now|soon|tonight|honestly|fr|tbh))",
    ),
    # "It won't be an accident."
    rule(
        S,
        r"\b(?P<core>(?:it )?(?:won't|will not|wouldn't|isn't going to|would not) be an accident)"
        r"\b",
        needs=r"\b(?:die|dead|death|crash|car|pills|jump\w*|overdose|bridge|tonight|myself)\b",
        unless=r"\b(?:pregnan\w*|baby|spill\w*|mess|the next one|bump)\b",
    ),
    # "Peace out forever."
    rule(
        S,
        r"\b(?P<core>peace out (?:forever|for good|permanently|world|for the last time))\b",
        unless=r"\b(?:twitter|tiktok|instagram|insta|facebook|reddit|app|server|group|chat|"
        r"school|job|work|class|lol|lmao|haha|summer|holiday)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:can't|cannot|don't know if i can|not sure i can|unable to|couldn't|don't "
        r"think i can) (?:stop|keep|hold) myself (?:back )?(?:from )?(?:killing myself|doing it|"
        r"jumping|taking (?:the|my|all (?:the|my)) (?:pills|meds|tablets)|ending it|overdosing))\b",
        negatable=False,
    ),
    # Not making it through the night, with a means or a farewell beside it.
    rule(
        S,
        r"\b(?P<core>(?:not going to|won't|don't think i'll|don't think i'm going to|can't|not "
        r"gonna) (?:make it|survive|last) (?:through |till |until |to |past )?(?:tonight|the night|"
        r"the weekend|morning|tomorrow|the morning))\b",
        needs=_MEANS_WORD + r"|\b(?:goodbye|sorry|love you|end it|die|note|ready)\b",
        negatable=False,
        unless=r"\b(?:shift|exam|lecture|meeting|class|film|movie|party|wedding|caffeine|coffee|"
        r"battery|phone|game|match|hike|drive|flight)\b",
    ),
    # Someone else's medicine in the writer's room.
    rule(
        S,
        rf"\b(?P<core>all (?:of )?(?:my |the )?\w+'?s (?:\w+ )?{_MEDS} (?:is |are )?(?:\w+ )?"
        r"(?:in my (?:room|bag|car|drawer|wardrobe)|under my (?:bed|pillow|mattress)|hidden))\b",
        unless=r"\b(?:for (?:her|him|them)|to (?:her|him|them)|pick(?:ed)? up|pharmacy|chemist|"
        r"looking after|while (?:she|he)'s away)\b",
    ),
    # Heights asked about for certainty.
    rule(
        S,
        r"\b(?P<core>how (?:many |much |high |far )?(?:storeys|stories|floors|metres|meters|feet|"
        r"m\b|ft|high|far)(?: [\w']+){0,4}? (?:to be (?:certain|sure|fatal|deadly|enough)|to die|"
        r"to kill|for it to (?:work|be certain|be fatal|be enough|kill)|would kill|is fatal|is "
        r"enough to die|is deadly))\b",
        unless=r"\b(?:parachute|skydiv\w*|bungee|dive|diving|pool|cliff jump\w*|insects?|cat|"
        r"dog|phone|egg|exam|physics|homework|class)\b",
    ),
    # Buying from several shops to get enough.
    rule(
        S,
        r"\b(?P<core>(?:chemists|pharmacies|shops|supermarkets|stores|places)(?: \w+){0,3}? "
        rf"(?:to get|to buy|for|so i (?:have|had|could get)) (?:enough|more|extra) (?:\w+ )?"
        rf"(?:{_MEDS}))\b",
    ),
    # "I know where and I know when."
    rule(
        S,
        r"\b(?P<core>i know (?:where|when|how) and (?:i know )?(?:where|when|how)(?: (?:i'm|i am) "
        r"(?:going to|doing it)| to do it)?)(?=\s*(?:$|[.!?,;]))",
        unless=r"\b(?:revision|revise|study\w*|exams?|meet\w*|party|date|interview|appointment|"
        r"lesson|class|practice|training|surprise|propos\w*|where and when to)\b",
    ),
    # A day chosen for its meaning.
    rule(
        S,
        r"\b(?P<core>(?:it'll|it will|it's going to|i'll do it|i will do it|going to do it|it "
        r"happens|it'll happen) (?:be )?on the anniversary of (?:his|her|their|my \w+'s|\w+'s) "
        r"death)\b",
    ),
    # Things given away, in the other word order.
    rule(
        S,
        r"\b(?P<core>(?:started |been |am |i'm )?giv(?:e|es|ing|en) (?:all )?(?:of )?my (?:stuff|"
        r"things|belongings|possessions|treasures) (?:\w+ )?away)\b",
        unless=r"\b(?:moving|move|abroad|travel\w*|new (?:flat|house|place|city)|declutter\w*|"
        r"charity|car boot|ebay|vinted|sell\w*|sold|"
        r"minimalis\w*|marie kondo|spring clean\w*)\b",
    ),
    # Things cancelled, "I won't be needing them."
    rule(
        S,
        r"\b(?P<core>(?:i )?won't be needing (?:it|them|any of (?:it|them|this)|either|those|these|"
        r"anything|that)(?: (?:anymore|again|soon|after|where i'm going))?)(?=\s*(?:$|[.!?,;]))",
        needs=r"\b(?:cancel\w*|gave away|giving away|given away|closed|sold|deleted|ended)\b",
        unless=r"\b(?:since|because|as i'm|instead|switch\w*|new|moving|move|upgrad\w*|holiday|"
        r"trip|winter|summer|coat|umbrella)\b",
        neighbours=True,
    ),
    # "That's when", after a day and an empty house.
    rule(
        S,
        r"\b(?P<core>that's (?:when|the day|the night|my chance))(?=\s*(?:$|[.!?]))",
        needs=rf"{_DAY}.{{0,80}}?\b(?:away|out|alone|nobody|no one|empty|asleep|gone)\b|"
        rf"\b(?:away|out|alone|nobody|no one|empty|asleep|gone)\b.{{0,80}}?{_DAY}",
        unless=r"\b(?:party|surprise|sale|match|game|concert|gig|movie|film|release|launch|"
        r"deadline|exam)\b",
        neighbours=True,
    ),
    # Goodbye said "before I go", with a farewell beside it.
    rule(
        S,
        r"\b(?P<core>(?:wanted|want|wanna|need|needed) to say (?:goodbye|bye)(?: to (?:you|"
        r"everyone|everybody|you all|you guys))? before i (?:go|leave|do it))(?=\s*(?:$|[.!?,;]))",
        needs=r"\b(?:take care|love you|sorry|forgive|don't blame|be happy|remember me|forever|"
        r"thank you for everything|do it)\b",
        unless=r"\b(?:see you|month|week|back|trip|flight|holiday|airport|abroad|move|moving|"
        r"uni|army|deploy\w*)\b",
        neighbours=True,
    ),
    # "When you read this I'll be gone."
    rule(
        S,
        r"\b(?P<core>(?:when|once|if) (?:you|u|anyone|someone|somebody|you all|you guys) "
        r"(?:read|reads|see|sees|find|finds|get|gets) this,? i(?:'ll| will)(?: already)? (?:be "
        r"gone|be dead|not be (?:here|around|alive)|no longer be (?:here|around|alive)|be at "
        r"peace|be free|have done it|have gone))\b",
        unless=_AWAY + r"|\b(?:plane|train|bus|asleep|in bed|at (?:the|work|school))\b",
    ),
    # "Ending it tonight" with no subject.
    rule(
        S,
        r"(?:^|[.!?\n] *)(?P<core>(?:just )?ending it(?: all)? (?:tonight|today|now|soon|for good))"
        r"\b",
        unless=_ENDING_SOMETHING_ELSE + r"|\b(?:him|her|them|boyfriend|girlfriend|husband|wife|"
        r"partner|ex)\b",
    ),
    # A gun taken to the writer's room, with its bullets.
    rule(
        S,
        r"\b(?P<core>(?:found|took|taken|got|grabbed|stole|nicked|have|hid) (?:my |the |his |her )?"
        r"(?:\w+'?s )?(?:old )?(?:gun|rifle|pistol|shotgun|revolver|handgun)(?: and (?:the |some |"
        r"his |her )?(?:bullets|ammo|shells|rounds))?(?:[, ]+[\w']+){0,4}?[, ]+(?:in my (?:room|"
        r"bag|car|drawer|bed)|under my (?:bed|pillow|mattress)|with me now|hidden))\b",
        unless=r"\b(?:police|cops|safe|locked (?:up|away)|gun (?:shop|store|safe)|range|hunting "
        r"trip|nerf|toy|water gun|airsoft|paintball)\b",
    ),
    # Someone else's medicine taken, the whole supply.
    rule(
        S,
        r"\b(?P<core>(?:got|have|took|taken|stole|grabbed|nicked|swiped|hid|hidden) (?:all )?"
        rf"(?:of )?(?:my |her |his )?\w+'?s (?:\w+ )?{_MEDS})(?:[, ]+[\w']+){{0,3}}?[, ]+(?:the "
        r"whole (?:bottle|box|pack|packet|strip|lot)|all of (?:them|it)|every (?:one|last one)|"
        r"enough|in my room|nobody knows)\b",
        unless=r"\b(?:for (?:her|him|them)|to (?:her|him|them)|pick(?:ed)? up|collect(?:ed)? "
        r"(?:her|his)|pharmacy|chemist|by mistake|by accident|accidentally)\b",
    ),
    # The rope in the writer's bag or room.
    rule(
        S,
        r"\b(?P<core>the (?:rope|noose) (?:is|'s) (?:already )?(?:in|under|ready in) my (?:bag|room|"
        r"car|wardrobe|closet|drawer|bed|backpack))\b",
        unless=r"\b(?:climb\w*|gym|boat|sail\w*|camping|tent|tow|skipping|jump rope|swing|"
        r"hammock|dog|lead)\b",
    ),
    # Not being here by a day.
    rule(
        S,
        rf"\b(?P<core>(?:by|after|come) {_DAY},? i (?:won't|will not|'ll not|wont) be (?:here|"
        r"around|alive|breathing)|i (?:won't|will not|wont) be (?:here|around|alive|breathing) "
        rf"(?:by|after|come) {_DAY})\b",
        negatable=False,
        unless=_AWAY + r"|\b(?:holiday|trip|flight|moving|move|office|shift|out of \w+)\b",
    ),
    # Someone locked in a room with a means.
    rule(
        S,
        r"\b(?P<core>(?:in|locked (?:\w+ )?in|locked (?:herself|himself|themselves|myself) in) "
        r"(?:the|a|her|his|their|my) (?:bathroom|bedroom|room|toilet|garage|car|shed) with (?:a|the|"
        rf"her|his|their|my|some) (?:\w+ )?(?:knife|gun|blade|razor|{_MEDS}|rope|belt|cord))\b",
        about_others=True,
        unless=r"\b(?:cooking|chopping|dinner|shav\w*|fix\w*|repair\w*|lol|haha)\b",
    ),
    # Someone on a ledge who will not come down.
    rule(
        S,
        r"\b(?P<core>(?:won't|wont|refuses to|refusing to|will not|isn't going to) (?:come|get|"
        r"climb|step) (?:down|back|off|away)(?: from (?:the |that )?\w+)?)\b",
        needs=r"\b(?:ledge|edge|roof|rooftop|bridge|railing|balcony|cliff|multi|car park|tower|"
        r"window|parapet|overpass)\b",
        unless=r"\b(?:cat|kitten|tree|ladder|toddler|climbing frame|bunk|stage|table|high horse|"
        r"from (?:the )?(?:stage|table|ladder))\b",
        about_others=True,
    ),
    # Farewells passed on, "remember me", "this is the end for me", "time for me to go".
    rule(
        S,
        r"\b(?P<core>tell (?:everyone|everybody|them all|my (?:\w+ )?(?:family|mum|mom|dad|friends|"
        r"sister|brother|kids|children)) (?:that )?i (?:said (?:bye|goodbye)|love(?:d)? (?:them|"
        r"her|him)|'m sorry|am sorry|was sorry)|(?:this is|it's|this'll be) the end (?:for me|of "
        r"me|of the road for me|of my life)|remember me(?= *(?:$|[.!?,;]|ok|okay|please|x)))",
        needs=r"\b(?:love|bye|goodbye|sorry|forgive|end|gone|last|forever|tired|done|remember)\b",
        unless=r"\b(?:party|leaving early|heading home|going home|bed|team|job|school|game|season|"
        r"club|relationship|us|band|career|famous|lol|haha|lmao|class|reunion|at the|from "
        r"(?:school|uni|work)|when i'm)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:it's|its|it is) (?:my )?time (?:for me )?to go)(?=\s*(?:$|[.!?,;]))",
        needs=r"\b(?:love you|bye|goodbye|sorry|forgive|forever|peace|ready|tired|remember me|"
        r"don't be sad|don't cry)\b",
        unless=r"\b(?:party|home|bed|work|leave|taxi|bus|train|flight|uber|drinks|night out|"
        r"dinner|shift|school|uni|class|gym|meeting|airport|pick up|kids|stream|game)\b",
        neighbours=True,
    ),
    # "I'm ending it", said as an act, not a break-up.
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am|im) (?:just |finally |really )?ending it(?: all)?)(?=\s*(?:$|"
        r"[.!?,;]|now|tonight|today|soon|for real|fr|honestly|this time))",
        unless=_ENDING_SOMETHING_ELSE + r"|\b(?:him|her|them|boyfriend|girlfriend|husband|wife|"
        r"partner|ex)\b",
    ),
    # Medicine within reach, with the thought of it ("a drawer full of morphine, I know where").
    rule(
        S,
        r"\b(?P<core>(?:drawer|cupboard|cabinet|box|bag|shoebox|tin|bathroom|shelf)(?:s)? "
        rf"(?:full|stuffed|packed|loaded) (?:of|with) (?:old |her |his |my )?{_MEDS}|i know where "
        r"(?:she|he|they|my \w+|mum|mom|dad) (?:keeps|hides|puts|keep|hide|put|stores) (?:the|her|"
        rf"his|their|all the) (?:\w+ )?(?:{_MEDS}|gun|pistol|rifle|shotgun|key to the gun \w+))\b",
        needs=r"\b(?:know where|i could|thinking|tempt\w*|enough|tonight|nobody would|take "
        r"(?:them|it)|all of (?:them|it)|myself|end it|die)\b",
        unless=r"\b(?:dog|cat|toddler|kids? (?:can't|don't)|child ?proof|locked away|safe)\b",
    ),
    # What a whole supply would do, asked of oneself.
    rule(
        S,
        r"\b(?P<core>(?:what (?:would|will) happen |would i (?:just )?(?:\w+ )?)?if i (?:took|"
        r"swallowed|downed|had|take|swallow|down) (?:all|every|the whole|the rest|\d{2,}) (?:of )?"
        rf"(?:my |the |these |those |her |his )?(?:\w+ )?(?:{_MEDS}|\w+ of {_MEDS}|them)"
        r"(?:[, ]+[\w']+){0,2}?[, ]+(?:would|will|could|do you think|does|is it) (?:i|it|that))\b",
        unless=r"\b(?:dog|cat|toddler|baby|by accident|accidentally|by mistake|double dose|"
        r"missed (?:a|my) dose|vitamins?|supplements?)\b",
    ),
    # On a bridge or a roof, staring down.
    rule(
        S,
        r"\b(?P<core>(?:up |out |stood |standing |sat |sitting )?on (?:the|a|that|this) "
        r"(?:bridge|roof|rooftop|ledge|cliff|cliffs|overpass|car park roof|balcony)(?: [\w']+){0,6}? "
        r"(?:staring|looking|gazing|peering) (?:down )?(?:at|into|over) (?:the )?(?:water|drop|"
        r"river|road|traffic|tracks|ground|edge|waves|rocks|cars|sea|street))\b",
        unless=r"\b(?:view|sunset|sunrise|fireworks|photos?|pics?|selfie|fish\w*|boats?|swans?|"
        r"ducks?|pretty|beautiful|gorgeous|lovely|tour|holiday)\b",
    ),
    # In the bath with a blade.
    rule(
        S,
        r"\b(?P<core>(?:in|into) the (?:bath|bathtub|tub) with (?:a|the|my|some) (?:razor|"
        rf"blade|knife|toaster|hairdryer|hair dryer|{_MEDS})|(?:razor|blade|knife|toaster|"
        r"hairdryer) (?:in|by|next to) the (?:bath|bathtub|tub))\b",
        unless=r"\b(?:shav\w*|legs|armpits?|bath bomb|bubbles|candles|book|wine|podcast)\b",
    ),
    # The thing bought is for the writer ("I know what I'm doing with it").
    rule(
        S,
        r"\b(?P<core>(?:bought|got|ordered|picked up|have|found)(?: [\w']+){0,4}? "
        rf"{_MEANS_THING}(?: [\w',]+){{0,6}}? (?:i|you|u) know (?:exactly )?what (?:i'm|im|i am) "
        r"(?:doing|going to do) with (?:it|them))\b",
        unless=r"\b(?:balloons?|party|birthday|garden|mice|rats?|slugs|weeds|diy|project)\b",
    ),
    # A day and a time when nobody is home, for "doing it".
    rule(
        S,
        r"\b(?P<core>(?:going to|will|'ll|i'm going to|i'll) do it (?:on |this |next )?(?:"
        rf"{_DAY} )?(?:while|when|after|once) (?:my (?:parents|mum|mom|dad|family|wife|husband|"
        r"partner|roommate|flatmate|housemate|kids)|everyone|everybody|nobody|no one|they|the "
        r"kids)(?:'s|'re| are| is)? (?:are |is |'re |'s )?(?:away|out|at|asleep|gone|on|in bed|"
        r"at work|not (?:home|here|around)|home))",
        unless=_PLAN_EVERYDAY + r"|\b(?:clean\w*|sneak\w*|dye|paint\w*|game|gaming|laundry|"
        r"shopping|washing|tidy\w*|homework|chores|revise|revision|study\w*|work ?out)\b",
    ),
    # A pet left for good, a trip made up.
    rule(
        S,
        r"\b(?P<core>(?:leav|left|giv|gave|given|rehom)\w* (?:away )?(?:my |all my )?(?:\w+ )?"
        r"(?:cat|dog|pets?|rabbits?|hamster|bird|fish|kids|children) (?:with|to) (?:[\w']+ ){1,3}?"
        r"(?:for good|forever|permanently)|told (?:her|him|them|everyone|my \w+) (?:that )?i'm "
        r"(?:going|moving) (?:travelling|traveling|away|abroad|on (?:a trip|holiday)|to \w+)"
        r"[, ]+but i'm not)\b",
        unless=r"\b(?:allerg\w*|landlord|moving (?:to|abroad|house|in)|baby|no pets|can't afford|"
        r"doesn't allow|farm|surprise|proposing|party)\b",
    ),
    # Nobody left with the rent or the bill "after".
    rule(
        S,
        r"\b(?P<core>so (?:that )?(?:nobody|no one|my (?:\w+ )?(?:flatmate|roommate|housemate|"
        r"family|mum|mom|dad|parents|partner|wife|husband|sister|brother|kids)|they|she|he) "
        r"(?:isn't|aren't|won't be|doesn't get|don't get|is not|doesn't have to be|don't have to "
        r"be|won't get|isn't left|won't have to be|won't) (?:left )?(?:stuck|left|lumbered|"
        r"saddled|landed) with (?:it|the (?:rent|bill|bills|debt|debts|mess|cost|costs|funeral))"
        r" (?:after|afterwards|when i'm gone|once i'm gone|later))\b",
    ),
    # Joining a loved one who has died.
    rule(
        S,
        r"\b(?P<core>(?:i'll|i will|i'm going to|going to|want to|i wanna|i want to|can't wait "
        r"to|ready to|soon i'll) (?:be )?(?:join|joining|be with|see) (?:him|her|them|my (?:\w+ )?"
        rf"{_RELATION}|my (?:\w+ )?(?:nan|gran|grandad|granny|baby))(?: (?:soon|again|in heaven|up "
        r"there|on the other side|wherever (?:he|she|they) (?:is|are)))?)(?= *(?:$|[.!?,;]|soon|"
        r"again|in heaven|up there|on the other side))",
        needs=r"\b(?:funeral|died|passed|grave|heaven|gone|death|lost (?:him|her|them|my)|rest in "
        r"peace|rip|ashes|buried|miss (?:him|her|them))\b",
        unless=r"\b(?:pub|party|later|dinner|lunch|drinks|trip|holiday|team|company|gym|call|"
        r"zoom|meeting|tomorrow|next week|weekend|visit)\b",
    ),
    # "Don't be sad about me", with a farewell beside it.
    rule(
        S,
        r"\b(?P<core>(?:please |pls )?(?:don't|do not) (?:be sad|cry|grieve|mourn|feel bad) "
        r"(?:about|for|over) me|(?:i'm |i am )?sorry i (?:couldn't|wasn't|could not|was not) "
        r"(?:be )?(?:better|enough|stronger|strong enough|a better \w+|the \w+ you (?:wanted|"
        r"deserved|needed)))\b",
        needs=r"\b(?:free|gone|better place|at peace|peace|goodbye|bye|love you|forgive|not your "
        r"fault|this is it|i'm done|last|forever|for good|won't|tired|can't)\b",
        unless=r"\b(?:exams?|school|job|holiday|break|moving|move|trip|at (?:the|this|my) "
        r"(?:game|match|party)|cook\w*|grades?|test|team|i'll be (?:back|fine|ok|okay))\b",
        neighbours=True,
    ),
    # Doubting one can stay alive much longer.
    rule(
        S,
        r"\b(?P<core>(?:don't think|do not think|not sure|doubt|don't know if) (?:that )?(?:i|i'll) "
        r"(?:can |will |could |am going to |'m going to )?(?:stay alive|keep living|keep myself "
        r"alive|hold on|last|survive|make it) (?:much longer|another (?:day|night|week)|for long|"
        r"(?:through|past) (?:tonight|the night|this week|the weekend)))\b",
        negatable=False,
        unless=r"\b(?:job|work|shift|exam|exams|class|lecture|meeting|uni|school|course|heat|"
        r"traffic|queue|flight|film|movie|party|wedding|diet|gym|without (?:coffee|caffeine|"
        r"sleep|food|snacks)|game|match|battery|phone)\b",
    ),
    # A counted supply said to be enough.
    rule(
        S,
        rf"\b(?P<core>\d{{2,}} (?:\w+ )?{_MEDS}(?:[, ]+[\w']+){{0,4}}? (?:should|will|would|must|"
        r"ought to|has to|is|'s|are|might) (?:be )?(?:more than |plenty |definitely )?enough)\b",
        about_others=True,
        unless=r"\b(?:for (?:the|a|this|next) (?:week|month|trip|holiday|year)|until|till|refill|"
        r"prescription|dose|doses|per day|a day)\b",
    ),
    # How much of a medicine would kill, asked of oneself.
    rule(
        S,
        rf"\b(?P<core>how (?:many|much) (?:of (?:my |the |these |those )?)?(?:\w+ )?{_MEDS}"
        r"(?: [\w']+){0,4}? (?:(?:would|will|does|do|to) (?:it )?(?:\w+ ){0,2}?(?:take to |it "
        r"take to )?(?:not wake up|never wake up|die|kill (?:me|you|a person|someone|myself)|be "
        r"(?:fatal|lethal|deadly|enough to die)|overdose|od|stop (?:my|your|a) heart)|(?:i'd|i "
        r"would|i'll|i) need(?! to (?:feel|work|help|sleep|function|cope|get through|take (?:a|per|"
        r"each)|order|buy|refill))|(?:is|are|"
        r"would be|'s) (?:a )?(?:lethal|fatal|deadly|an overdose|enough to (?:die|kill|not wake)))"
        rf"|(?:is|are|would) (?:\w+ )?{_MEDS} (?:\w+ ){{0,3}}?(?:lethal|fatal|deadly|kill you))\b",
        about_others=True,
        unless=r"\b(?:dog|cat|pet|vet|puppy|kitten|toddler|baby|patient|nurse|nursing|exam|"
        r"pharmacology|module|course|lecture|class)\b",
    ),
    # Saving, keeping or hiding a supply of medicine instead of taking it.
    rule(
        S,
        r"\b(?P<core>(?:sav|stockpil|hoard|collect|stash|keep|kept|hid|hiding|put|set|"
        r"squirrel)\w*(?: up| aside| away| by)?(?: (?:a few|some|one|two|a couple|one or two)"
        r"(?: of)?)? "
        rf"(?:all )?(?:of )?(?:my |the |his |her |mum's |mom's |nan's )?(?:\w+ )?{_MEDS} "
        r"(?:[\w']+ ){0,6}?(?:instead of (?:taking|swallowing) (?:it|them)|for (?:weeks|months|a "
        r"while|ages)|every (?:night|day|week)|each (?:night|day|week)|one at a time|(?:in|under) (?:a |my |the )?(?:sock|drawer|box|bag|mattress|bed|"
        r"wardrobe|shoe|shoebox|tin|pillow|jar))|(?:got|have|counted|there's|there are) (?:about |around |like |over |"
        r"nearly )?\d{2,} (?:of them |left |now |saved )?(?:now|saved|left|in total|stashed|"
        r"hidden)\b(?! (?:in (?:the|my) (?:bank|account|budget|wallet|savings)|dollars|quid|"
        r"pounds|euros)))",
        needs=rf"\b(?:{_MEDS}|them|it)\b",
        unless=r"\b(?:money|cash|coins|pounds|dollars|euros|quid|stickers|cards|points|"
        r"toddler|kids?|children|baby|safe|safely|locked|lock|can't (?:get|reach)|out of reach|"
        r"for (?:the|a|this|next) (?:week|month|year)|until|till|refill|prescription|repeat|"
        r"pharmacy|chemist|"
        r"organi[sz]er|cool|dry|"
        r"followers|subscribers|stamps|vitamins?|supplements?|for (?:the|my) (?:trip|holiday|"
        r"kids?|dog|cat))\b",
    ),
    # Taking all of a supply at once, with the medicine named nearby.
    rule(
        S,
        r"\b(?P<core>(?:tak|swallow|down|neck|pop|chug)\w* (?:the (?:whole )?lot|all of (?:them|"
        r"it)|them all|everything i have|all (?:of )?(?:my|the|these|those) (?:\w+ )?"
        rf"{_MEDS})(?: [\w']+){{0,6}}?(?: (?:tonight|today|now|at once|in one go|together|with "
        r"(?:the |a |this |some )?(?:rest of (?:the |this |my )?)?(?:bottle of |glass of )?"
        r"(?:vodka|wine|whiskey|whisky|jack|alcohol|booze|rum|gin|tequila|beer|drink)))\b)",
        needs=rf"\b(?:{_MEDS}|supply|bottle|box|packet|strip)\b",
        unless=r"\b(?:with me (?:on|to)|on (?:holiday|the trip)|as prescribed|course of|"
        r"antibiotics?|vitamins?|supplements?)\b",
        neighbours=True,
    ),
    # A beam, hook or rafter looked at, with a rope or belt nearby.
    rule(
        S,
        r"\b(?P<core>(?:star(?:e|es|ed|ing)|look(?:s|ed|ing)?|gaz(?:e|ed|ing)|eye(?:d|ing)?) "
        r"(?:up )?at (?:the|that|a|my) (?:beam|rafters?|hook|banister|bannister|loft hatch|"
        r"ceiling (?:fan|hook|beam)|pipe|door frame|railing|light fitting))\b",
        needs=r"\b(?:rope|noose|belt|cord|cable|tie|scarf|ligature|hold (?:my|me)|weight|hang)",
    ),
    # On a roof, a ledge or a bridge, with the height or the drop named.
    rule(
        S,
        r"\b(?P<core>(?:standing|sitting|stood|sat|i'm|i am|up|climbed|leaning|perched) "
        r"(?:\w+ )?(?:on|over|onto|at) (?:the |a |this |top of (?:the |a )?)?(?:edge of (?:the "
        r"|a )?|ledge of (?:the |a )?)?(?:\w+ )?(?:roof|rooftop|ledge|edge|railing|top floor|"
        r"balcony|bridge|parking garage|car park|cliff|overpass))\b",
        needs=r"\b(?:\d+|\w+) (?:floors?|stor(?:e)?ys|stories|metres|meters|m|feet|ft) "
        r"(?:up|high|down|drop|below)|\b(?:long way down|looking down|the drop|the fall|"
        r"how high|so high|high enough|the edge)\b",
        unless=r"\b(?:view|sunset|sunrise|fireworks|photo|pics?|selfie|smoke|cigarette|coffee|"
        r"ducks?|swans?|geese|boats?|cute|pretty|beautiful|lovely|"
        r"drink|beer|party|bbq|barbecue|tour|hike|climb(?:ing)?|abseil\w*|bungee|skydiv\w*)\b",
    ),
    # Car exhaust: a car running in a closed garage.
    rule(
        S,
        r"\b(?P<core>(?:in|inside) (?:the|my|a) (?:car|van) (?:with|w) (?:[\w']+ ){0,5}?"
        r"(?:garage (?:door )?(?:shut|closed|down)|hose)|(?:in|inside) (?:the|my|a) (?:car|van) in "
        r"(?:the|a|my) (?:closed |shut )?garage (?:with|and) (?:[\w']+ ){0,4}?(?:engine|motor|car) "
        r"(?:running|on)|(?:engine|car|motor) (?:running|on) "
        r"(?:\w+ ){0,4}?(?:in|inside) (?:the|a|my) (?:closed |shut )?garage|garage (?:door )?"
        r"(?:shut|closed|down)(?: [\w']+){0,6}? (?:engine|car|motor) (?:running|on))\b",
        unless=r"\b(?:warm(?:ing)? up|defrost\w*|mechanic|repair|fix(?:ing)?|oil change)\b",
    ),
    # Going to the tracks and waiting there.
    rule(
        S,
        r"\b(?P<core>(?:keep |kept )?(?:walk|walks|walking|walked|go|goes|going|went|stand|"
        r"standing|stood|sit|sitting|sat|lie|lying|lay|wait|waiting|waited) (?:\w+ )?(?:to|on|by|"
        r"near|at|onto|down to|along|beside|next to) the (?:train |railway |rail |subway |tube )?"
        r"(?:tracks|rails|railway line|line|level crossing|edge of the platform|platform edge))\b",
        needs=r"\b(?:keep|kept|at night|every night|again|alone|for hours|wait\w* for (?:the|a) "
        r"train|train (?:comes|passes|goes past)|think\w*|wonder\w*|how (?:easy|quick))\b",
        unless=r"\b(?:trainspotting|train ?spotter|photos?|pictures?|photograph\w*|work(?:ing)? "
        r"on the (?:line|tracks|railway)|engineer\w*|maintenance|delays?|late|cancelled|"
        r"commute|station to)\b",
    ),
    # Walking into water and going on.
    rule(
        S,
        r"\b(?P<core>(?:walk|wade|swim|go|keep) (?:in|into|out into|out)(?: the (?:sea|lake|river|"
        r"ocean|water|waves|loch|reservoir|canal))? and (?:just )?(?:keep (?:going|walking|"
        r"swimming)|never (?:come|turn|swim) back|not (?:come|turn|swim) back|let (?:it|the "
        r"water|the current|the waves) take me|sink|not stop|disappear)|(?:can't|cannot) swim"
        r"(?: [\w']+){0,4}? (?:walk|wade|go) (?:in|into))\b",
    ),
    # A gun or a means bought, with its everyday use denied ("not for hunting").
    rule(
        S,
        r"\b(?P<core>(?:bought|got|ordered|picked up|buying|getting|have|found)(?: [\w']+){0,4}? "
        rf"{_MEANS_THING}(?: [\w',]+){{0,6}}? (?:(?:it's|its|it is|and it's|and its|they're|"
        r"theyre|but it's|but its) not for (?:hunting|climbing|camping|the range|protection|"
        r"sport|shooting|the garden|a project|cooking|cleaning|work|self[- ]defen[cs]e)(?= *(?:$|"
        r"[.!?,;]|if|and|either))|(?:you|u) "
        r"know what (?:it's |its |they're |theyre )?for|not for what you think|only need one "
        r"(?:bullet|shot)))\b",
    ),
    # Drinking a household poison.
    rule(
        S,
        r"\b(?P<core>(?:drink|drinking|drank|swallow|swallowing|swallowed|down|downing|chug|"
        rf"chugging|chugged) (?:the |some |a bottle of |a cup of |a glass of |all the )?"
        rf"{_POISON}|{_POISON}(?: [\w']+){{0,6}}? (?:think\w*|wonder\w*) (?:about|of) (?:drinking|"
        r"swallowing|downing|chugging) (?:it|some|the (?:whole )?bottle))\b",
        about_others=True,
        unless=r"\b(?:go (?:and )?drink|cult|you should|you can|he should|she should|they should|"
        r"kids?|toddler|baby|dog|cat|accident\w*|by mistake|trump|injecting)\b",
    ),
    # A day decided on, said as a plan.
    rule(
        S,
        r"\b(?P<core>(?:i've|i have|i) (?:decided|made up my mind|chosen|picked|set)(?: that| on)?"
        rf"(?: it'?s| it is| it'll be| it will be| it'?s going to be| it is going to be)? (?:on )?"
        rf"{_DAY})(?=\s*(?:$|[.!?,;]))",
        unless=_PLAN_EVERYDAY + r"|" + _AWAY,
    ),
    # "After friday it won't matter."
    rule(
        S,
        rf"\b(?P<core>(?:after|by|come|past) {_DAY},? (?:it|nothing|none of (?:it|this|that)|any "
        r"of (?:it|this)|money|bills|rent|debt) (?:won't|will not|doesn't|isn't going to|wont|"
        rf"won't even|will never) matter|(?:after|by|come|past) {_DAY},? (?:nothing|none of (?:it|"
        r"this|that)) (?:will|is going to|'ll|would) (?:even )?matter|(?:won't|will not|doesn't|wont) matter (?:anyway |soon "
        rf"|anymore )?(?:after|by|come|past) {_DAY})\b",
        unless=_PLAN_EVERYDAY + r"|\b(?:deadline|due|results?|grades?|vote|election|sale|"
        r"offer|submission|tickets?|application|decision|interview|contract)\b",
    ),
    # Affairs put in order: socials deleted, debts paid, things given away, "I'm ready".
    rule(
        S,
        r"\b(?P<core>(?:deleted|deactivated|wiped|closed) (?:all )?(?:of )?my (?:socials|social "
        r"media|accounts|instagram|insta|tiktok|snap|snapchat|facebook|twitter|photos)|paid "
        r"(?:back|off) (?:everything|everyone|all (?:my )?debts?|what i owed|all i owe)|"
        r"(?:everything's|everything is|it's all|all) (?:sorted|in order|taken care of|ready)|"
        r"(?:passwords?|pins?) (?:\w+ ){0,2}?(?:written down|left|on a note|in (?:the|my) "
        r"(?:drawer|notebook))|(?:plants|pets?|cats?|dogs?|rabbits?|fish|guitar|clothes|books|"
        r"games|things|stuff|belongings|records|jewell?ery) (?:all )?(?:given away|rehomed)|"
        r"(?:written|wrote|made|done|updated|finished|signed) (?:a |my )?will|(?:cleaned|cleared) "
        r"out my (?:room|flat|wardrobe|desk|locker))\b",
        # Two signs of affairs put in order, not one ("deleted my instagram, too much drama").
        needs=rf"{_IN_ORDER}.{{0,240}}?{_IN_ORDER}",
        unless=r"\b(?:moving|move|new (?:phone|job|flat|house|place)|travel\w*|abroad|"
        r"detox|digital|break from|mental health break|exams?|wedding|party|holiday|trip|"
        r"declutter\w*|spring clean\w*|marie kondo|minimalis\w*)\b",
    ),
    # Somewhere else so that nobody close finds the writer.
    rule(
        S,
        r"\b(?P<core>so (?:that )?(?:nobody|my (?:kids|family|mum|mom|wife|husband|partner|"
        r"roommate|flatmate|parents|children|son|daughter)|the kids|they|she|he) (?:\w+ )?"
        r"(?:finds|find|will find|has to find|have to find|doesn't find|don't find|won't find|"
        r"wouldn't find|isn't the one to find|aren't the ones to find|sees|see|won't see) "
        r"(?:me|my body|it)(?: \w+){0,2}?(?= *(?:$|[.!?,;]|at home|in the \w+|after|first|like "
        r"that|dead)))",
        unless=r"\b(?:hide and seek|hide-and-seek|game|surprise|present|gift|hiding spot|"
        r"nap|sleep|naps|crying|cry|pimple|spot|mess)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:find|finds|found|finding|discover\w*) (?:my body|me dead|me hanging|me "
        r"in the (?:bath|garage|car)(?= *(?:$|[.!?,;])))|who(?:'ll| will| would|'d) (?:find|"
        r"discover) (?:me|my body)(?= *(?:$|[.!?,;]|first|after)))",
        about_others=False,
        unless=r"\b(?:murder|detective|crime|police found|body of|hide and seek|funny|prank)\b",
    ),
    # Pets or belongings given away, with the reason kept back.
    rule(
        S,
        r"\b(?P<core>(?:giv(?:e|es|ing)|gave|given|rehom(?:e|es|ed|ing)|leav(?:e|ing)|left) "
        r"(?:away )?(?:all )?(?:of )?my (?:\w+ )?(?:dog|cat|pets?|rabbits?|hamster|bird|fish|"
        r"guitar|clothes|books|games|console|xbox|ps5|jewell?ery|things|stuff|belongings|"
        r"records|plants|savings)(?:[, ]+[\w']+){0,6}?[, ]+(?:she|he|they|nobody|no one|mum|mom|dad) "
        r"(?:doesn't|don't|didn't|does not|did not|won't) (?:know|ask|understand|get) why)\b",
    ),
    # "Tonight's the night", said with peace or readiness.
    rule(
        S,
        rf"\b(?P<core>{_DAY}(?:'s|s| is| will be) the (?:night|day)|it's (?:happening|going to "
        rf"happen) (?:on )?{_DAY}|(?:i feel|i'm|i am|feel|"
        r"feeling) (?:so |weirdly |strangely |finally |oddly |completely |very |really )*(?:at "
        r"peace|calm|peaceful|ready) (?:with|about) (?:it|my decision|the decision|what i'm "
        r"(?:about|going) to do|the plan|dying|going|leaving this world)(?= *(?:$|[.!?,;]|now|"
        r"finally|at last|honestly)))",
        needs=r"\b(?:at peace|made (?:my )?peace|calm|peaceful|ready|decided|no going back|"
        r"it's time|goodbye|not scared|not afraid|won't hurt|plan)\b",
        unless=_PLAN_EVERYDAY + r"|" + _AWAY + r"|\b(?:break ?up|broke up|divorce|diagnosis|"
        r"results?|surgery|chemo|treatment|retire\w*|quit\w*|leaving (?:him|her|my job)|finale|"
        r"episode|show|season|premiere|crisps|snacks|popcorn)\b",
        neighbours=True,
    ),
    # Last days said as such.
    rule(
        S,
        r"\b(?P<core>(?:this|it's|this'll be|next week is|this week is) (?:is )?my (?:very )?"
        r"last (?:week|day|night|weekend|birthday|christmas|summer|month)(?: (?:alive|on earth|"
        r"here|ever|of my life))?)(?=\s*(?:$|[.!?,;]))",
        unless=_AWAY + r"|\b(?:wedding|party|interview|exam|gig|concert|match|game|race|"
        r"diet|gym|quit\w*|smok\w*|vap\w*|class|lesson|lease|contract|notice|placement|"
        r"internship|treatment|chemo|course|term|semester|year|teen|twenties|thirties|single|"
        r"at (?:work|school|uni|the)|before (?:i|we|the)|of (?:school|uni|work|freedom))\b",
    ),
    rule(
        S,
        r"\b(?P<core>it (?:doesn't|won't|wouldn't|does not|will not) look "
        r"(?:weird|suspicious|strange|obvious|planned|odd|bad) (?:after|afterwards|later|when "
        r"(?:i'm|i am) gone|when it happens))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:figured|worked|found) out (?:exactly )?when (?:nobody|no one|everyone's "
        r"out|everyone is out|i'll be alone|i will be alone|the house is empty|nobody's|nobody is)"
        r"(?: (?:will be |'ll be |is |'s )?(?:home|here|around|in|back))?)\b",
        unless=r"\b(?:party|parties|surprise|sneak (?:out|in)|bake|cake|present|gift|friends "
        r"over|girlfriend over|boyfriend over|gaming|practice|practise|drums|guitar|sing\w*)\b",
    ),
    # Life insurance checked for suicide.
    rule(
        S,
        r"\b(?P<core>(?:life )?(?:insurance|policy)(?: [\w']+){0,5}? (?:pays? out|paid out|"
        r"covers?|covered|valid|still counts) (?:\w+ ){0,3}?(?:if|for|in case of|after|even if) "
        r"(?:it's |its |it is |it was |i )?(?:suicide|kill myself|killed myself|take my (?:own )?"
        r"life|end it)|(?:does|will|would) (?:my )?(?:life )?(?:insurance|policy) (?:still )?"
        r"(?:pay out|cover) (?:for )?(?:a )?suicide)\b",
    ),
    # Waiting for the right night.
    rule(
        S,
        r"\b(?P<core>(?:just |only )?waiting for the right (?:night|moment|time|day|opportunity)"
        r"(?= *(?:$|[.!?,;]|now|to do it|to go)))",
        unless=_PLAN_EVERYDAY + r"|" + _WAITING_EVERYDAY,
    ),
    # Someone close saying nobody would miss them.
    rule(
        S,
        r"\b(?P<core>(?:saying|says|said|keeps saying|texted|told me|posting|posted|wrote|"
        r"messaged) (?:that )?(?:nobody|no one) (?:would|will|'d) (?:even )?(?:miss|notice|care "
        r"if) (?:him|her|them)(?! (?:at|in|on|for)\b))",
        about_others=True,
    ),
    # A goodbye from someone close, then no answer.
    rule(
        S,
        r"\b(?P<core>(?:she's|he's|they're|she|he|they|she is|he is|they are|mum|mom|dad|"
        r"sister|brother|friend) (?:\w+ )?(?:not|isn't|won't|isnt|wont|doesn't|hasn't|stopped|"
        r"not been|hasn't been) (?:picking up|answering|replying|responding|reading (?:my|the) "
        r"(?:texts|messages))|(?:isn't|won't|doesn't|hasn't|haven't|not|hasn't been) (?:pick(?:ing|"
        r"ed)? up|answer(?:ing|ed)?|repl(?:y|ying|ied)|respond(?:ing|ed)?|online|read (?:my|the) "
        r"(?:texts|messages))(?: (?:her|his|their) phone)?)\b",
        needs=r"\b(?:sorry for everything|goodbye|bye forever|look after|take care of (?:the|my|"
        r"mum|mom|dad|everyone|the kids)|love you all|forgive me|not your fault|won't be here|"
        r"other side|took (?:all )?(?:her|his|their) (?:pills|meds|tablets)|suicide|kill "
        r"(?:herself|himself|themselves)|end it|note|bridge|gun)\b",
        about_others=True,
    ),
    # "See you on the other side", as a farewell.
    rule(
        S,
        r"\b(?P<core>see (?:you|ya|y'all) (?:all |guys )?on the other side)(?= *(?:$|[.!?,;]|and|x|"
        r"xx|<3))",
        unless=_PLAN_EVERYDAY + r"|" + _AWAY + r"|\b(?:exams?|surgery|op|operation|new year|"
        r"tunnel|pond|atlantic|border|finish line|deadline|shift|week|weekend|winter|summer|"
        r"storm|flu|mountain|hill|river|road|wall|door|room|sleep|nap|lol|lmao|haha)\b",
    ),
    # Someone close at a bridge, the tracks or a roof, with worry nearby.
    rule(
        S,
        r"\b(?P<core>(?:her|his|their) (?:location|phone|car|bag|shoes|bike) (?:is|was|'s|shows "
        r"(?:her|him|them)?) (?:\w+ )?(?:at|on|by|near|next to) (?:the )?(?:bridge|cliffs?|tracks|"
        r"railway|river|pier|roof|car park|dam|quarry|viaduct|edge))\b",
        needs=r"\b(?:goodbye|bye|not (?:answering|picking up|replying)|isn't (?:answering|"
        r"picking up|replying)|won't (?:answer|pick up|reply)|posted|texted|sorry|worried|"
        r"scared|other side|note|pills|end it|kill (?:herself|himself|themselves))\b",
        about_others=True,
    ),
    # Goodbyes: no bother after tonight, a last message, signing off for good.
    rule(
        S,
        r"\b(?P<core>(?:won't|will not|wont|won't ever|will never) (?:be )?(?:bother(?:ing)?|"
        r"burden(?:ing)?|a burden (?:to|on)|annoy(?:ing)?|troubl(?:e|ing)|a problem for|in (?:anyone's|your) way) "
        rf"(?:anyone|anybody|you|everyone|people|you all|you guys) (?:\w+ )?(?:after {_DAY}|"
        r"after (?:this|today)|much longer|for (?:much )?longer|soon|ever again after (?:this|"
        r"tonight)))\b",
        unless=r"\b(?:move|moving|leave|leaving|trip|holiday|new (?:job|flat|house)|shift|"
        r"exams?|out of (?:town|office))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:this is |this'll be |here's |that's )?(?:my )?(?:very )?(?:last|final) "
        r"(?:message|msg|text|post|words?)(?: (?:from me|i'll (?:ever )?(?:send|write|post)|"
        r"ever|to (?:you|anyone|anybody|you all|everyone))))(?=\s*(?:$|[.!?,;]|i love|love you|"
        r"goodbye|bye|it was|sorry))",
        unless=r"\b(?:tonight|today|for (?:now|a while|today|tonight|the (?:day|night|week))|"
        r"before (?:bed|i sleep|the|my)|until|till|break|holiday|trip|exams?|weekend|week|"
        r"deactivat\w*|new (?:account|number|phone)|on (?:this|here|that) (?:app|account|"
        r"platform|site|server|sub|thread)|promise)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:it was|it's been|it has been|was) (?:nice|good|great|lovely) knowing "
        r"(?:you|ya|y'all|you all|everyone|everybody|some of you|you guys)(?= *(?:$|[.!?,;]|all|"
        r"guys)))",
        needs=r"\b(?:last|bye|goodbye|farewell|forever|for good|sorry|love you|i'm done|can't do|"
        r"won't be|tonight|end)\b",
        unless=r"\b(?:lol|lmao|haha\w*|if (?:the|my|she|he|they|mum|mom|dad)|finds out|sees "
        r"this|boss|teacher|exam|quiz|spicy|chilli|roller ?coaster|ride|skydiv\w*|bungee)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>if (?:you|u) (?:don't|do not|never) hear from me (?:again|tomorrow|after "
        rf"(?:tonight|today|this)|by {_DAY}|in the morning|by (?:morning|the morning)))\b",
        needs=r"\b(?:did it|do it|done it|finally|gone|went through|sorry|goodbye|bye|love you|"
        r"you'll know|i'm dead|it worked|worked|know why|don't look|forgive)\b",
        unless=r"\b(?:battery|phone (?:is )?(?:dead|died|dying)|signal|wifi|reception|camping|"
        r"hike|hiking|festival|flight|plane|lost my phone|busy|exams?|work)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:signing|logging|checking|clocking) (?:off|out) (?:for good|forever|"
        r"permanently|for the (?:very )?last time|for the final time))(?=\s*(?:$|[.!?,;]|"
        r"now|tonight|x|xx))",
        unless=r"\b(?:twitter|x\.com|tiktok|instagram|insta|facebook|fb|reddit|(?:this|the) (?:app|"
        r"site|server|platform|game|account|sub|forum|group|chat)|social media|discord|twitch|"
        r"stream\w*|shift|job|work|office|company|lol|lmao|haha)\b",
    ),
)

_SELF_HARM_R4: tuple[Rule, ...] = (
    # Unable to stop oneself.
    rule(
        H,
        r"\b(?P<core>(?:can't|cannot|don't know if i can|not sure i can|unable to|couldn't|don't "
        r"think i can) (?:stop|keep|hold) myself (?:back )?(?:from )?(?:cutting|hurting myself|"
        r"burning (?:myself)?|self-harming|harming myself|relapsing|scratching|hitting myself))\b",
        negatable=False,
    ),
    # Someone's arms or wrists cut up, bleeding.
    rule(
        H,
        r"\b(?P<core>(?:her|his|their|my|(?:my|her|his|our) \w+'?s) (?:wrists?|forearms?|arms?|"
        r"thighs?|legs?|stomach|hips?)"
        r"(?:[, ]+[\w']+){0,4}? (?:all |really |so |badly |are |were |'re |is |still )*(?:cut "
        r"up|slashed|sliced (?:up|open)|covered in (?:fresh |new |deep )?cuts|cut (?:open|deep)|"
        r"bleeding|full of cuts))\b",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:brambles?|thorns?|hike|hiking|fell|fall|bike|glass|"
        r"cat|kitten|dog|rugby|football|surgery|stitches|nosebleed|period)\b",
    ),
    # Clean from cutting, and a relapse.
    rule(
        H,
        r"\b(?P<core>(?:clean|free) (?:from|of) (?:cutting|self-harm|self-harming|harming|"
        r"burning)|relaps(?:e|ed|ing) (?:on|with|into) (?:cutting|self-harm|self-harming|"
        r"burning))\b",
        negatable=False,
    ),
    rule(
        H,
        r"\b(?P<core>(?:i |i've |just |finally )?(?:relapsed|slipped up|broke my streak|lost my "
        r"streak|reset my (?:streak|counter)))\b",
        needs=r"\b(?:cut|cutting|cuts|self-harm|self-harmed|self-harming|blade|razor|burn(?:ed|"
        r"t|ing)? myself|scars?|sh)\b",
    ),
)

_CHECK_IN_R4: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:don't|can't|cannot|do not) feel anything (?:anymore|any more|at all "
        r"anymore|these days|lately))\b",
        negatable=False,
        unless=r"\b(?:leg|legs|foot|feet|arm|hand|fingers?|toes?|tooth|teeth|numb(?:ed)? from|"
        r"anaesthe\w*|dentist|injection|cold)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i feel|i'm|i am|feel|feeling|i always feel) (?:so |completely |totally "
        r"|really |just |always )?(?:alone|lonely|empty|numb|hollow|worthless) (?:all the time|"
        r"every single day|every day|constantly|all day every day|no matter what))(?=\s*(?:$|"
        r"[.!?,;]|and|now|lately|honestly))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am|i feel like|feel like) (?:such |a |such a |just )*(?:a )?failure "
        r"(?:at (?:literally |just )?(?:everything|life|being (?:a )?(?:person|human|alive))|as a "
        r"(?:person|human(?: being)?)|in (?:every|all) (?:way|ways)))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am|im) (?:just |so |honestly |literally |completely |totally )*"
        r"(?:done|finished|over) with (?:everything|it all|life|all of it|this life|living|"
        r"existing))(?=\s*(?:$|[.!?,;]|right now|honestly|tbh|lol|i\b|and\b))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|can't|cannot|do not) see how (?:things|it|anything|my life|life) "
        r"(?:could|can|will|would|is going to|are going to) (?:ever )?(?:get|be) (?:any )?"
        r"(?:better|okay|ok|good))\b",
        negatable=False,
        unless=r"\b(?:team|season|league|club|economy|prices|traffic|government|country|"
        r"company|market|weather|series|show)\b",
    ),
    rule(
        S,
        r"\b(?P<core>life (?:just )?(?:feels|is) (?:so |really |too |just )?(?:heavy|unbearable|"
        r"pointless|meaningless|empty))(?=\s*(?:$|[.!?,;]|right now|lately|and|honestly))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>wish i could (?:just )?(?:sleep|go to sleep) (?:for (?:a year|years|months|a "
        r"month|ever)|forever))(?=\s*(?:$|[.!?,;]))",
        negatable=False,
    ),
)

# --- round 5: families from the third fresh round (en.fresh3.toml) ------------------------
# Written after a third fresh round, composed before its writer read these rules and
# weighted to children, means, third persons and plans. One rule per family, each with the
# everyday twins it spares.
# A child, by age, school year or as a parent names them.
_CHILD_MARK = (
    r"\b(?:(?:i'm|i am|she's|he's|she is|he is|they're|only|just turned) (?:[5-9]|1[0-7])\b(?! "
    r"(?:minutes?|hours?|days?|weeks?|months?|mins?|floors?|times?|percent|%|kg|lbs?|pounds|"
    r"years? (?:older|younger|in|into|of|clean|ago|since|out))\b)|(?:[2-9]|1[0-7]) ?(?:yo|y/o|"
    r"yrs? old|years? old|-year-old|year old)\b|(?:in )?(?:\d(?:st|nd|rd|th)|1[0-2]th|first|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth) grade|(?:in )?year (?:[3-9]|1[01])\b|"
    r"primary school|elementary|middle school|my (?:toddler|son|daughter|kid|kids|little one|"
    r"baby|child|children|boy|girl|niece|nephew|stepson|stepdaughter)(?:'s|s)?\b|mature for "
    r"(?:[5-9]|1[0-7])\b)"
)
# A grown-up who may hold power over a child.
_GROWN = (
    rf"\b(?:{_ADULT_AT_HOME}|step ?brother|stepbrother|step ?sister|grown|adult|man|men|guy|"
    r"dude|pastor|youth pastor|youth leader|priest|mr|mrs|ms|miss|sir|instructor|babysitter|"
    r"nanny|daddy|(?:his|her|their|my) (?:dad|father|uncle|brother's friend|friend's dad)|"
    r"(?:1[89]|[2-6]\d) ?(?:yo|y/o|yrs? old|years? old|-year-old))\b"
)
# A secret kept from the other parent, a threat if the child tells, messages deleted.
_SECRET = (
    r"(?:(?:our|a|the|little|special|big) secret|(?:keep|keeps|kept|keeping) (?:\w+ ){0,4}?"
    r"(?:a )?secret|(?:not|isn't|aren't|'s not|'m not|never) allowed to tell|(?:told|tells|"
    r"telling|says|said|made) (?:me|him|her|them|us) (?:not to|never to|to never|promise not to|"
    r"swear not to) (?:tell|say)|(?:told|tells|says|said) (?:me|him|her|them|us) (?:i|he|she|"
    r"they|we) (?:can't|cannot|mustn't|shouldn't) tell|(?:can't|cannot|mustn't|not allowed to) "
    r"tell (?:my |our )?(?:mom|mum|mommy|mummy|mama|dad|anyone|anybody|my parents|the teacher)|"
    r"(?:delete|deleted|clear|cleared|erase) (?:everything|all (?:of )?(?:it|the \w+)|the "
    r"(?:chats?|messages|texts|pics|photos|snaps|dms))|if (?:i|he|she|they) (?:tell|tells|"
    r"told)\b[^.!?\n]{0,40}\b(?:he'll|she'll|he will|she will|i'll get|they'll|nobody will|no one "
    r"will|(?:he|she)(?:'ll| will) say|i'm off|i'll be)|if (?:i|he|she|they) (?:ever )?(?:tell|"
    r"tells|told|say|says) (?:anyone|anybody|someone|my (?:mom|mum|dad|parents|teacher)|mom|mum|"
    r"mommy|mummy|the teacher|the police))"
)
_SURPRISE = (
    r"\b(?:surprise|present|gift|party|birthday|christmas|santa|easter|tooth fairy|spoiler|crush|"
    r"vase|broke (?:the|my|her|his)|game|recipe|handshake|hiding place|hide and seek|card|"
    r"proposal|propose|engagement|pregnan\w*|diary)\b"
)
_DANGER_R5: tuple[Rule, ...] = (
    # A grown-up's secret with a child: "mr d says i can eat lunch in his classroom if i keep
    # our hugs a secret. im in 6th grade", "grandpa gives her tickle baths and she's not
    # allowed to tell mommy", "daddy told him not to tell" (not a surprise party or a gift).
    rule(
        D,
        rf"\b(?P<core>{_SECRET})",
        about_others=True,
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        neighbours=True,
        unless=_SURPRISE,
    ),
    # A child with a grown-up who dates, meets or messages them: "my 15 yo is seeing a 28 yr
    # old guy who buys her vapes", "im 14 and my boyfriend is 22".
    rule(
        D,
        r"\b(?P<core>(?:1[89]|[2-6]\d) ?(?:yo|y/o|yrs? old|years? old|-year-old)|(?:boyfriend|"
        r"girlfriend|he|she|guy|man)(?:'s| is| who's) (?:1[89]|[2-6]\d)\b)",
        about_others=True,
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*\b(?:dating|seeing|going out|boyfriend|girlfriend|"
        r"sleeping with|sex|picks? (?:her|him|me) up|meets?|meeting|meet up|sneaks? out|vapes?|buys? "
        r"(?:her|him|me)|sends? (?:her|him|me)|messag\w*|texts?|snap\w*|pics?|nudes|kiss\w*|"
        r"relationship|in love)\b))",
        neighbours=True,
        unless=r"\b(?:brother|sister|cousin|aunt|uncle|dad|father|mum|mom|mother|teacher|tutor|"
        r"coach|babysitter|nanny|grandma|grandpa)(?: is| who)\b|\b(?:film|movie|book|show|series)\b",
    ),
    # Dragged, pulled or held down: "he drags me out of bed by my hair", "held me down at
    # the sleepover" (not wrestling, tickling or a nurse with a vaccine).
    rule(
        D,
        rf"\b{_PERSON}(?: \w+){{0,4}}? (?P<core>(?:drags?|dragged|dragging|pulls?|pulled|pulling|"
        r"yanks?|yanked|yanking|grabs?|grabbed|grabbing|lifts?|lifted) (?:me|us|her|him) (?:\w+ )"
        r"{0,5}?by (?:my|the|her|his|our) (?:hair|neck|throat|ears?|collar|ponytail)|(?:held|holds|"
        r"holding|pinned|pins|pinning|sat on|sits on) (?:me|her|him) down)\b",
        unless=r"\b(?:wrestl\w*|tickl\w*|play\w*|game|pillow|bjj|jiu|judo|sparring|dentist|vaccin\w*|"
        r"injection|jab|nurse|doctor|blood test|hairdresser|braid\w*|plait\w*|brush\w*|lice|"
        r"haircut|dance|dancing|lifeguard|drown\w*|fainted|seizure)\b",
    ),
    # A child's body says what the child does not: bruises shaped like fingers, a burn after
    # a weekend at the other parent's, screaming at the door of the daycare.
    rule(
        D,
        r"\b(?P<core>(?:bruis\w*|marks?) (?:\w+ )?(?:shaped like|in the shape of|like) (?:\w+ )?"
        r"(?:fingers|fingerprints|a hand|hands|handprints?|a belt)|(?:finger|hand|belt)[ -]?"
        r"(?:shaped|print|mark)s? (?:bruis\w*|marks?|on)|came (?:back|home) from (?:his|her|their|"
        r"the) (?:dad's|mum's|mom's|father's|mother's|\w+'s)(?: (?:house|place|flat|weekend))? "
        r"with (?:a |another |more |new )?(?:burns?|bruis\w*|black eye|marks|cuts?|split lip))",
        about_others=True,
        needs=_CHILD_MARK + r"|\b(?:he|she) (?:says|said|won't say|screams|cries|flinches)\b",
        neighbours=True,
    ),
    # "He'll give me something to cry about, and then he does": said to a child, then done.
    rule(
        D,
        r"\b(?P<core>give (?:me|you|him|her|us) something to cry about)\b",
        needs=r"\b(?:and (?:then )?(?:he|she|they) (?:does|did|do)|hits?|slaps?|belt|bruis\w*|"
        r"marks|back hurts|hurts so|beats?)\b",
        neighbours=True,
    ),
    # A grown-up met online who wants a child's address, to meet, or to talk in private:
    # "im 12 and a guy on roblox wants my address, says hes sending me a phone".
    rule(
        D,
        r"\b(?P<core>(?:guy|man|someone|adult|person|dude|boy|girl|lady|woman|stranger|player|"
        r"somebody) (?:\w+ ){0,3}?(?:on|from|in|off) (?:roblox|discord|snap(?:chat)?|insta(?:gram)?|"
        r"tiktok|fortnite|minecraft|xbox|ps\d|playstation|online|a game|the game|omegle|kik|"
        r"whatsapp|reddit|twitch|vrchat|a server|the server|a dating app))\b",
        about_others=True,
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*\b(?:address|where i live|where (?:she|he) lives|"
        r"meet|meeting|video call|facetime|my number|phone so|send(?:ing)? (?:me|her|him) (?:a "
        r"phone|money|robux|v-?bucks|gift cards?|presents?)|private|in secret|pics?|photos?|"
        r"pictures|secret|don't tell|not (?:to )?tell)\b))",
        neighbours=True,
    ),
    # Someone else's partner threatens to kill her if she leaves or tells.
    rule(
        D,
        r"\b(?:he|she|they|her \w+|his \w+)(?:'ll| will|'d| would|'s going to| is going to|'s "
        r"gonna| is gonna| says he'll| says she'll| said he'd| said she'd) (?P<core>(?:kill|hurt|"
        r"murder|beat|end) (?:her|him|them)(?: \w+){0,2}? if (?:she|he|they) (?:ever )?(?:leaves?|"
        r"goes|tells|calls|reports|tries to leave|breaks? up|talks))\b",
        about_others=True,
    ),
)
_SUICIDE_R5: tuple[Rule, ...] = (
    # A ligature tied to a door, a beam or a rail: "tied my belt to the top of the bedroom
    # door and sat under it" (not a hammock, a coat or the washing).
    rule(
        S,
        r"\b(?P<core>(?:tied|tie|ties|tying|knotted|hung|hang|looped|attached|fixed|fastened) "
        r"(?:my |a |the |his |her |an )?(?:belt|cord|rope|scarf|cable|extension (?:cord|lead)|"
        r"charger (?:cable|cord|lead)|sheets?|bedsheets?|tie|dog lead|leash|wire|noose)s? (?:\w+ )"
        r"{0,2}?(?:to|around|over|on|from) (?:the |my |a )?(?:top of (?:the |my )?)?(?:\w+ )?(?:door|"
        r"door ?handle|doorknob|beam|rafter|rail|hook|banister|bannister|closet rod|clothes rail|"
        r"pipe|bunk|curtain rail|shower rail|ceiling fan|light fitting|stair ?rail|railing|loft "
        r"hatch))\b",
        unless=r"\b(?:hammock|swing|(?:the )?dog to|walk\w*|puppy|washing|laundry|clothes to dry|"
        r"towel|bag|coat|pull-?ups?|"
        r"resistance band|workout|gym|stretch\w*|tow|bike|christmas|decorations?|lights|bunting|"
        r"balloons?|wreath|door ?stop|draught|baby gate|tooth|teeth|wobbly)\b",
    ),
    # A ligature tested for weight: "the extension cord in my closet would hold me i think".
    rule(
        S,
        r"\b(?P<core>(?:would|will|could|can|might|should|does|did) (?:it |that |this |they )?"
        r"(?:hold|take|support) (?:me|my weight|my body|someone my size)|held my weight|holds? my "
        r"weight|tested (?:it|them|the \w+) (?:with|w) (?:my|a) (?:backpack|bag|weight|body)"
        r"(?: \w+){0,3})\b",
        needs=r"\b(?:cord|belt|rope|beam|hook|closet|rail|door|cable|scarf|noose|rafter|banister|"
        r"bannister|knot|ligature|pipe|loft)\b",
        neighbours=True,
        unless=r"\b(?:pull-?ups?|chin-?ups?|hammock|swing|shelf|shelves|tv|bracket|ladder|chair|"
        r"stool|bed|sofa|ice|floor|climb\w*|boulder\w*|harness|zip ?line|trampoline|bridge|walk\w*|"
        r"towel|coat)\b",
    ),
    # A train that does not slow down where the writer waits by the tracks.
    rule(
        S,
        r"\b(?P<core>(?:trains?|freights?|express|goods trains?|trams?|the \d+:\d+|the \d+(?:am|pm)) "
        r"(?:\w+ ){0,3}?(?:doesn't|does not|won't|never|don't|do not) (?:even )?(?:slow|stop|"
        r"brake)(?:s|ing)?)\b",
        needs=r"\b(?:tracks|rails|railway(?: line)?|line|level crossing|crossing|parked|standing by|"
        r"mins? from|minutes? from|near (?:my|the)|"
        r"sitting by|walk(?:ed|ing)? (?:down )?to)\b",
        neighbours=True,
        unless=r"\b(?:late|commute|missed|annoying|delay\w*|ticket|connection|timetable|station "
        r"so|change at|gricers|trainspott\w*|photograph\w*|video)\b",
    ),
    # A height with its drop measured, visited again and again: "the quarry by my house is
    # like 80 ft straight down, been going there every night to look over the edge".
    rule(
        S,
        r"\b(?P<core>(?:look|looking|looked|stare|staring|stared|lean|leaning|leaned) (?:\w+ )?"
        r"(?:over|down) (?:the |from the )?(?:edge|side|railing|drop|ledge)|(?:(?:sitting|sat|sit|"
        r"standing|stood|stand) on (?:the |a )?(?:wall|edge|ledge|railing|rail|parapet|side)"
        r"(?: \w+){0,3}? with my (?:legs|feet) (?:over|dangling|hanging)|my (?:legs|feet) "
        r"(?:dangling |hanging )?over (?:the )?(?:edge|side|wall|railing|ledge|drop)))\b",
        needs=r"(?s:\A(?=.*\b(?:\d+ ?(?:ft|feet|foot|metres|meters|m|floors?|stor(?:e)?ys?|"
        r"stories)|straight down|top floor|roof|rooftop|bridge|parking (?:deck|garage|lot)|car "
        r"park|cliff|quarry|balcony|tower|building|overpass|up here)\b)(?=.*\b(?:every night|at "
        r"night|nobody|no one|alone|been going|keep going|i keep|again|up here|legs|feet)\b))",
        neighbours=True,
        unless=r"\b(?:view|photo\w*|pic\w*|sunset|sunrise|stars|fireworks|picnic|dive|diving|"
        r"bungee|zip ?line|skydiv\w*|climb\w*|hik\w*|tourist|tour|observation deck|scared of "
        r"heights|afraid of heights|vertigo|pool|dock|fishing|paddl\w*|beach|boat|ducks)\b",
    ),
    # "One is enough", saved "for when I'm sure": a lethal supply kept for a later day.
    rule(
        S,
        r"\b(?P<core>(?:saving|keeping|holding onto|hiding|saved|kept|stashing|stashed) (?:it|"
        r"them|this|that|the \w+|those|these)(?: \w+){0,2}? for (?:when (?:i'm|i am|i feel|it gets|"
        r"things get|i need|i decide|the time)|the (?:right|last|final) (?:time|night|day|moment)|"
        r"a (?:bad|really bad|worst) (?:day|night)|when i can't|if i (?:ever )?need))\b",
        needs=rf"\b(?:{_MEDS}|fent\w*|enough|lethal|fatal|rope|gun|blade|razor|bullets?)\b",
        neighbours=True,
        unless=r"\b(?:birthday|party|wedding|trip|holiday|christmas|money|cash|chocolate|cake|"
        r"dress|wine|champagne|voucher|coupon|points|emergency kit|hayfever|allerg\w*|migraine|"
        r"headache|period|flight|anxiety attacks?|panic attacks?)\b",
    ),
    # A question whether a number of pills would do it: "if i take all 30 of my propranolol
    # will that do it or just make me sick".
    rule(
        S,
        r"\b(?P<core>(?:will|would|could|is|'s|'d|does|do) (?:that|it|this|those|these|they|that "
        r"many|that amount|the lot)(?: \w+)? (?:do it|kill me|be enough(?! for)|be fatal|be "
        r"lethal|finish me|end it|stop my heart|be the end|make me not wake up|put me to sleep "
        r"forever))\b",
        needs=rf"(?:{_QUANT}|\b(?:all|the lot|whole|\d{{2,}})\b)[^.!?\n]{{0,40}}\b(?:{_MEDS})|"
        r"\bif i (?:take|took|swallow\w*|down|drink|had|have|took)\b",
        unless=r"\b(?:headache|migraine|period|cramps|cold|flu|fever|hangover|gym|diet|hair|acne|"
        r"allerg\w*|tooth|toothache|back pain|for (?:the|my|a) pain|plant|plants|garden|weeds|"
        r"cake|recipe|oven|paint|stain|mould|mold|cleaning)\b",
    ),
    # A household poison with a thought of drinking it: "there's antifreeze in the shed and
    # i can't stop thinking about drinking the whole jug".
    rule(
        S,
        rf"\b(?P<core>{_POISON})\b",
        needs=r"(?s:\A(?=.*\b(?:i|i'm|i've|i'd|i'll|me|my)\b)(?=.*\b(?:drink|drinking|drank|"
        r"swallow\w*|downing|down it|chug\w*|gulp\w*)\b))",
        unless=r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|kid|kids|toddler|son|daughter|baby|child|"
        r"accident\w*|by mistake|poison control|poisons? (?:centre|center|line)|111|999|911|spill\w*|"
        r"clean\w*|radiator|windscreen|windshield|engine|car|garden|weeds?|rats|mice|slugs|"
        r"film|movie|book|show|podcast|story|character|villain|documentary|antifreeze protein)\b",
    ),
    # A car driven into something hard, on purpose: "gonna floor it into the overpass pillar
    # on the way home, no seatbelt".
    rule(
        S,
        r"\b(?P<core>(?:floor it|drive|driving|drove|crash|crashing|swerve|swerving|steer\w*|"
        r"plow|plough|slam\w*|smash\w*|aim\w*|veer\w*|go|going) (?:\w+ ){0,3}?(?:into|in to) "
        r"(?:a |the |that |an |oncoming )?(?:\w+ )?(?:pillar|wall|tree|truck|lorry|barrier|pole|"
        r"lamppost|oncoming traffic|traffic|bus|train|abutment|concrete|overpass|bridge support))\b",
        needs=r"\b(?:(?:no|without|unbuckled|take off my|not wearing (?:a|my)) seat ?belt|on "
        r"purpose|going to|want|wanna|thinking|tempted|urge|i'll|i will|tonight|on the way "
        r"home|floor it|full speed|\d+ ?mph|so it looks like an accident)\b",
        unless=r"\b(?:almost|nearly|another driver|someone|accident(?! on purpose)|skid\w*|ice|"
        r"icy|snow|video game|gta|forza|mario kart|game|dream|lost control|parking|reversed|"
        r"bumper|scratch\w*|insurance claim|learner|lesson)\b",
    ),
    # A helium tank with a bag or tubing, hidden (not balloons for a party).
    rule(
        S,
        r"\b(?P<core>helium (?:tank|canister|cylinder|bottle)s?|(?:tank|canister|cylinder) of "
        r"helium)\b",
        needs=r"\b(?:tub(?:e|es|ing)|bag|mask|regulator|hose|hid|hide|hidden|hiding|closet|nobody|"
        r"no one|don't tell|secret)\b",
        neighbours=True,
        unless=r"\b(?:balloons?|party|birthday|wedding|baby shower|voice|science|welding|diving|"
        r"shop|store|work|job)\b",
    ),
    # Someone else on the edge: "she said she's going to walk into the ocean this weekend".
    rule(
        S,
        r"\b(?:going to|gonna|will|'ll|wants? to|plans? to|planning to|thinking (?:about|of)) "
        r"(?:just )?(?P<core>(?:walk|walking|wade|wading|swim|swimming) (?:\w+ ){0,2}?(?:into|"
        r"out into|out in|out to|out) (?:the )?(?:ocean|sea|lake|river|waves|water))\b"
        r"(?! (?:to cool|for a swim|with))",
        about_others=True,
        unless=r"\b(?:holiday|beach day|swim ?suit|wetsuit|paddl\w*|surf\w*|kayak\w*|cold plunge|"
        r"polar bear|charity|boat|fishing|kids|dog|friends|tan|sunset|snorkel\w*|float\w*|"
        r"wild swim\w*|training|triathlon|race)\b",
    ),
    # Someone's method searched: "keeps googling how long it takes to bleed out".
    rule(
        S,
        r"\b(?P<core>(?:googl\w*|search\w*|look\w* up|research\w*|asking (?:chatgpt|google|siri|"
        r"ai)) (?:\w+ ){0,3}?(?:how (?:long|much|many|fast|quickly)|how to|ways to|what happens "
        r"(?:if|when))\b[^.!?\n]{0,40}\b(?:bleed out|bleeding out|to die|lethal|fatal|overdose|od|"
        r"hang (?:yourself|myself|himself|herself)|kill (?:yourself|myself|himself|herself|"
        r"themselves)|suicide|drown|painless\w*|not wake up|stop (?:your|my|the|a) heart))\b",
        about_others=True,
        unless=r"\b(?:homework|essay|assignment|first aid|course|nurse|paramedic|for a (?:book|"
        r"story|novel|script|game)|true crime|murder mystery|writing|character|plot|exam|"
        r"lecture|dog|cat|pet|plant|fish)\b",
        # "hasn't eaten in days and keeps googling...": the clause before is not a denial.
        negatable=False,
    ),
    # Things given away with "won't need them": "dad gave me his watch and his truck keys
    # and said he wont need them, hes been weirdly calm all week".
    rule(
        S,
        r"\b(?P<core>(?:gave|giving|give|given|handed|handing) (?:me|us|away|her|him|them|my "
        r"\w+)(?: \w+){0,8}? (?:and )?(?:said|says|saying|told (?:me|us)|keeps saying) (?:that )?"
        r"(?:he|she|they|i) (?:won't|wouldn't|will not|doesn't|don't|won't be|wouldn't be) "
        r"(?:need|needing|use|using) (?:it|them|that|those|any of it|anything)(?: anymore| any more|"
        r" now| where (?:he's|she's|they're|i'm) going)?)\b",
        about_others=True,
        unless=r"\b(?:moving|move|new one|upgrad\w*|bought|replaced|downsiz\w*|retir\w*|declutter\w*|"
        r"minimalis\w*|donat\w*|charity|doesn't fit|too small|grown out|outgrown|broken|old one|"
        r"spare|extra|duplicate|gift|present|birthday|christmas)\b",
    ),
    # A picture of a means sent by someone, with blame or a goodbye: "my ex texted me a pic of
    # a rope and said this is ur fault".
    rule(
        S,
        r"\b(?P<core>(?:sent|sends|texted|posted|showed|snapped)(?: me| us| everyone)? (?:a |an )?"
        r"(?:pic|picture|photo|video|snap|selfie|story)s? (?:\w+ ){0,2}?of (?:a |the |his |her |"
        r"some |all (?:of )?(?:his |her )?)?(?:rope|noose|pills|tablets|gun|pistol|razor|blade|"
        r"bridge|train tracks|tracks|ledge|roof edge|wrists))\b",
        about_others=True,
        needs=r"\b(?:fault|goodbye|bye|sorry|the end|last|tonight|won't|can't do this|did this|"
        r"because of (?:you|me)|forgive|see you|done|offline|not answering|isn't answering|"
        r"phone off|blocked)\b",
        neighbours=True,
        unless=r"\b(?:climb\w*|camp\w*|shop\w*|sale|museum|costume|halloween|prop|art|hunt\w*|"
        r"range|collection|haul|pharmacy|chemist|prescription)\b",
    ),
    # A found goodbye letter or note of someone close.
    rule(
        S,
        r"\b(?P<core>found (?:a |her |his |their |the )?(?:goodbye|suicide|farewell|last) "
        r"(?:letter|note|message|video|text)s?)\b",
        about_others=True,
        unless=r"\b(?:grandma|grandpa|granny|nan|great|years ago|old|antique|history|diary from|"
        r"museum|film|book|show)\b",
    ),
    # Someone else who asked to mind a pet and then went silent: "my mate sent look after my
    # dog for me and turned his phone off, hes been so low lately".
    rule(
        S,
        r"\b(?P<core>(?:look after|take care of|feed|mind|walk|keep) (?:my|the|her|his) (?:dog|"
        r"cat|kids?|rabbits?|pets?|plants|fish|hamster|bird|babies|boys|girls)(?: for me)?)\b",
        needs=r"\b(?:turned (?:his|her|their|the) phone off|phone(?:'s| is)? off|not answering|"
        r"isn't answering|won't answer|not picking up|isn't picking up|offline|gone quiet|no "
        r"reply|hasn't replied|blocked (?:me|everyone))\b",
        neighbours=True,
        unless=_AWAY + r"|\b(?:packing|suitcase|flight|hospital|surgery|shift|night out|date)\b",
    ),
    # A day picked, with no object, beside an empty house: "picked saturday. my parents are at
    # my aunts till sunday and the house will be empty".
    rule(
        S,
        rf"\b(?P<core>(?:i )?(?:picked|chose|have chosen|decided on|settled on|set) {_DAY})"
        r"(?=\s*(?:$|[.!?;]))",
        needs=r"\b(?:empty|nobody|no one|alone|by myself|won't be (?:home|back|here)|away|till|"
        r"until)\b",
        neighbours=True,
        unless=_PLAN_EVERYDAY,
    ),
    # Letters for each of the children, with papers for after.
    rule(
        S,
        r"\b(?P<core>(?:letters?|notes?|cards?|videos?)(?: \w+){0,2}? (?:for|to) (?:each|every "
        r"one|all) of (?:my|the|our) (?:kids|children|family|friends|boys|girls|sisters|brothers|"
        r"babies)|(?:a |one )?(?:letter|note|video) (?:for|to) each (?:of (?:my|them|the \w+)|one))",
        needs=r"\b(?:insurance|will|after|when i'm gone|drawer|folder|find them|safe|papers|"
        r"passwords?|goodbye|sorry|forgive|envelope|when they're older|one day)\b",
        neighbours=True,
        unless=r"\b(?:christmas|birthday|thank\w*|teacher|camp|wedding|holiday|santa|valentine|"
        r"tooth fairy|school|graduation|time capsule|first day|when they turn 18|advent|deploy\w*|"
        r"surgery)\b",
    ),
    # Done by then: "scheduled an email to everyone for 6am tomorrow. by then it'll be done".
    rule(
        S,
        r"\b(?P<core>by (?:then|that time|the time (?:they|you|anyone|she|he|it|people|my \w+) "
        r"(?:read|see|get|open|wake|find)\w*)(?: \w+){0,3}? (?:it'll|it will|it's|i'll|i will|"
        r"i'd|everything will|everything'll|it would|i'm|i am) (?:be )?(?:all )?(?:done|over|"
        r"finished|gone|too late|dead|already))\b",
        unless=r"\b(?:delivery|cake|laundry|oven|pizza|order|exam|essay|project|move|renovat\w*|"
        r"build\w*|paint\w*|job|work|meeting|parcel|package|bread|dough|dinner|chores|homework|"
        r"shift|flight|boarding|party|assignment|deadline|report|update|download|install)\b",
    ),
    # No next month for me.
    rule(
        S,
        r"\b(?P<core>(?:there's|there is|there'll be|there will be) no (?:next|another) (?:month|"
        r"year|week|christmas|summer|birthday|semester|spring|winter) for me|(?:i|i'm) (?:won't|"
        r"will not|am not going to|not going to) (?:be )?(?:see|seeing|make it to|around for|here "
        r"for) (?:next|another) (?:month|year|christmas|birthday|summer|week|semester))\b",
        unless=r"\b(?:abroad|moving|job|contract|lease|visa|exchange|deploy\w*|trip|travel\w*|"
        r"holiday|work)\b",
    ),
    # "Everyone thinks it's a vacation", with a date or a plan near it.
    rule(
        S,
        r"\b(?P<core>(?:everyone|everybody|they|people|my (?:family|parents|mum|mom|friends|wife|"
        r"husband|partner)) (?:thinks?|believes?|assumes?) (?:it's|its|i'm going on|i'm on|i'm "
        r"taking|it is|i'm going away for) (?:a |just )?(?:vacation|holiday|trip|break|getaway|"
        r"weekend away|work trip))\b",
        needs=r"\b(?:date|circled|picked|weeks?|calendar|decided|nobody knows|no one knows|"
        r"the day|ready|last)\b",
        neighbours=True,
        unless=r"\b(?:propos\w*|surprise|wedding|elop\w*|interview|rehab|surgery|gender reveal|"
        r"engagement|party|birthday|anniversary|secret santa)\b",
    ),
    # "Tonight I go", ending a sentence after a goodbye, a list done or "I love her".
    rule(
        S,
        r"\b(?P<core>(?:tonight|tomorrow|today|now|this is when|then) i (?:go|leave|let go|finally "
        r"go|say goodbye))(?=\s*(?:$|[.!?;]))",
        needs=r"\b(?:love (?:you|her|him|them)|last|list|goodbye|sorry|ready|done|finished|note|"
        r"letter|it's time|peace|calm)\b",
        neighbours=True,
        unless=_AWAY + r"|\b(?:packing|packed|suitcase|bags?|flight|tickets?|party|gig|concert|"
        r"date|club|shopping)\b",
    ),
    # My last day anywhere, on earth, alive.
    rule(
        S,
        r"\b(?P<core>(?:my|the) last (?:day|night|week|sunrise|morning) (?:anywhere|on earth|"
        r"alive|ever|of my life|in this world|on this earth|breathing|of being alive|here)|nobody "
        r"knows (?:it's|its|this is|today is) my last (?:day|night|week)(?= *(?:$|[.!?,;])))",
        unless=r"\b(?:if i eat|spicy|chilli|chili|pepper|lol|lmao|haha|exam|holiday|trip|"
        r"contract|job|work(?!\b.*\banywhere)|school|uni|here in|in (?:this|the) (?:city|town|"
        r"country|job|flat|house))\b",
    ),
    # All I can think about is dying.
    rule(
        S,
        r"\b(?P<core>all i (?:can|could|ever) (?:think|dream) (?:about|of)(?: \w+){0,2}? (?:is|"
        r"are) (?:dying|death|killing myself|ending it|suicide|being dead|not being here|"
        r"jumping|the pills|the rope|the bridge))\b",
    ),
    # A password left for someone, with an apology or love for all near it: "tell my sister
    # the laptop password is her birthday. im sorry. love you all".
    rule(
        S,
        r"\b(?P<core>(?:password|passcode|pin|login)s? (?:to|for|of)? ?(?:my |the )?(?:\w+ )?"
        r"(?:is|are|'s)\b)",
        needs=r"\b(?:i'm sorry|i am sorry|so sorry|love you all|i love you|goodbye|forgive me|"
        r"take care of (?:each other|them|her|him|mum|mom|dad)|don't be sad|not your fault)\b",
        neighbours=True,
        unless=r"\b(?:wi-?fi|netflix|disney|spotify|guest|router|hotspot|while i'm away|holiday|"
        r"trip|sitter|babysitter|have fun|see you|reset|forgot|changed|work|locker|alarm|safe "
        r"code|door code|gate)\b",
    ),
    # "After my shift friday i'll drive up to the lookout and that's it": a place where
    # people die, reached, and nothing after.
    rule(
        S,
        r"\b(?:i'll|i will|i'm going to|i'm gonna|going to|gonna|then i|i'm driving|i'm walking) "
        r"(?:\w+ ){0,6}?(?P<core>(?:to|up to|off|from|onto|into) (?:the |that |a )?(?:\w+ )?"
        r"(?:lookout|viewpoint|bridge|cliffs?|cliff edge|quarry|dam|tracks|rails|roof|rooftop|"
        r"ledge|tower|top floor|car park|parking garage|woods|forest|river|sea|lake)(?: \w+){0,3}? "
        r"and (?:that's|that is|that'll be|it's|it is) (?:it|that|the end|over|all|done))"
        r"(?=\s*(?:$|[.!?;]))",
        unless=_PLAN_EVERYDAY + r"|\b(?:club|pub|bar|cinema|shopping|holiday|trip|camp\w*|swim\w*|"
        r"walk the dog|run|jog\w*|picnic|fishing|photos?|sunset|for the day|for today|home)\b",
    ),
)
_SELF_HARM_R5: tuple[Rule, ...] = (
    # A blade taken out of a sharpener or a cutter and kept "for later".
    rule(
        H,
        r"\b(?P<core>(?:took|take|taking|got|get|getting|popped|pulled|snapped|broke|broken) "
        r"(?:the |a |my |some )?(?:blade|blades|razor|razors)(?: \w+){0,2}? out|(?:blade|blades|"
        r"razor|razors)s? (?:\w+ ){0,6}?for later)\b",
        needs=r"\b(?:for later|hid|hidden|hide|hiding|in my (?:sock|pencil case|drawer|pillow|bra|"
        r"wallet|room|bag)|sock drawer|tonight|when i need)\b",
        neighbours=True,
        unless=r"\b(?:shav\w*|craft\w*|kitchen|cook\w*|diy|replace\w*|chang\w*|new blade|"
        r"wallpaper|carpet|art|model\w*|lino|mower|blender|scraper|skate\w*|dispos\w*)\b",
    ),
    # Someone else cutting or burning themselves.
    rule(
        H,
        r"\b(?:she|he|they|my \w+(?: \w+)?)(?:'s| is| has| have| keeps?| been| started)?(?: \w+)"
        r"{0,2}? (?P<core>(?:cutting|burning|scratching|carving|slicing|cuts|burns|carves) "
        r"(?:herself|himself|themselves|her (?:\w+ )?(?:arms?|wrists?|thighs?|legs?|stomach|skin|"
        r"hips?)|his (?:\w+ )?(?:arms?|wrists?|thighs?|legs?|stomach|skin|hips?)))\b",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:hair|fringe|bangs|nails|fell|climb\w*|bramble|thorn|cat|"
        r"shaving|wax\w*|tattoo|sunburn\w*|oven|stove|iron|curling)\b",
    ),
    # An urge that is back, with self-harm near it: "clean for a year but the urge is back".
    rule(
        H,
        r"\b(?P<core>(?:the )?(?:urges?|cravings?|itch|temptation|pull)(?: to \w+)? (?:is|are|"
        r"'s|'re|came|come|coming|been|getting) (?:so |really |back |coming |so bad |all )*"
        r"(?:back|strong|bad|loud|intense|unbearable|worse))\b",
        needs=r"\b(?:cut\w*|self-harm\w*|blade|razor|clean|relaps\w*|scars?|burn\w*|sh)\b",
        neighbours=True,
        unless=r"\b(?:smok\w*|vap\w*|cigarettes?|drink\w*|alcohol|sugar|chocolate|snack\w*|"
        r"gambl\w*|shopping|nicotine|caffeine|coffee|weed|porn|binge)\b",
    ),
    # All I can think about is cutting.
    rule(
        H,
        r"\b(?P<core>all i (?:can|could|ever) (?:think|dream) (?:about|of)(?: \w+){0,2}? (?:is|"
        r"are) (?:cutting|self-harm\w*|hurting myself|burning myself|the blade|blades|razors))\b",
    ),
    # A relapse with blood, a blade or bandages near it.
    rule(
        H,
        r"\b(?P<core>relaps\w*)\b",
        needs=r"\b(?:blood|bleeding|bled|blade|razor|bandages?|plasters?|band-?aids?|wounds?|"
        r"cuts?|scars?|stitches|sleeves)\b",
        neighbours=True,
        unless=r"\b(?:drink\w*|drank|alcohol|beer|wine|vodka|drugs?|smok\w*|vap\w*|weed|coke|"
        r"heroin|meth|gambl\w*|diet|binge|sugar|nicotine|porn|cancer|leukaemia|leukemia|ms|"
        r"illness|symptoms?|flare)\b",
    ),
)
_CHECK_IN_R5: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>nothing (?:ever )?(?:gets|changes|works out|goes right)(?: (?:better|for the "
        r"better))? for me|(?:can't|can barely|cannot|can hardly) (?:even )?(?:bring myself to )?"
        r"care about anything(?: anymore)?)\b",
        negatable=False,
        unless=r"\b(?:game|team|club|diet|gym|hair|weather|traffic|wifi|internet|phone)\b",
    ),
)


# Round 5 rules that read their neighbours read what spares them in their own sentence
# (bot/domain/safety/sentences.py).


_DANGER_R5 = _own_sentence(_DANGER_R5)
_SUICIDE_R5 = _own_sentence(_SUICIDE_R5)
_SELF_HARM_R5 = _own_sentence(_SELF_HARM_R5)

# --- round 6: families from the fourth fresh round (en.fresh4.toml) -----------------------
# Written after a fourth fresh round, composed before its writer read these rules and
# weighted to burden, goodbyes, means and plans. One rule per family, each with the
# everyday twins it spares.
# Being a weight on the people one loves, said of oneself.
_BURDEN_SELF = (
    r"\b(?:(?:a|such a|the|just a|nothing but a) (?:huge |massive |big |constant )?(?:burden|"
    r"dead weight|drain|weight|problem|liability)|dead weight|drain on|(?:drag|drags|dragging|"
    r"dragged|weigh|weighing|holding|hold) (?:them|everyone|everybody|people|him|her|you all|my "
    r"\w+|this \w+) (?:down|back)|(?:has|have|had) to (?:carry|drag|prop up|babysit|look after|"
    r"clean up after) me|(?:better off|fine|happier) without me|cost (?:them|people|everyone|my "
    r"\w+) (?:so much|money|everything)|one less (?:mouth|problem|burden)|(?:free|rid) of me|waste of (?:space|"
    r"oxygen|their \w+))"
)
# What ends it for good, said in the sentence or the next one.
_FOR_GOOD = (
    r"\b(?:permanently|for good|once and for all|(?:time|ready) (?:for me )?to (?:go|leave|"
    r"disappear|set (?:them|everyone|everybody) free|put (?:the|this|that|my) (?:weight|burden|"
    r"load) down|stop (?:dragging|being)\b[^.!?\n]{0,30}\bfor good)(?= *(?:$|[.!?,;]|for good|"
    r"now|forever|permanently))|(?:i'll|i will|let me|i'm going to|time i) (?:do (?:it|that|this) "
    r"for (?:them|everyone|everybody|her|him|you all)|set (?:them|everyone|everybody|her|him) free|"
    r"make it easy for (?:them|everyone|her|him)|save (?:them|everyone|her|him) the (?:trouble|"
    r"money|bother)))"
)
# A place one may fall from, or water, or rails.
_DROP = (
    rf"\b(?:{_HEIGHT}|footbridge|viaduct|motorway bridge|railway bridge|cliff edge|edge|"
    r"gorge|waterfall|tracks|rails|railway|level crossing|river|sea|reservoir|lake|canal|"
    r"beachy head|coast)\b"
)
# A ligature, and what it may be tied to.
_LIGATURE = (
    r"(?:belt|cord|rope|scarf|cable|extension (?:cord|lead)|charger (?:cable|cord|lead)|"
    r"(?:bed)?sheets?|tie|dog lead|lead|leash|wire|strap|noose|skipping rope|jump rope)"
)
_ANCHOR = (
    r"(?:door ?handle|doorknob|door|beam|rafter|rail|hook|banister|bannister|closet rod|"
    r"clothes rail|pipe|bunk bed|curtain rail|shower rail|ceiling fan|light fitting|stair ?rail|"
    r"railing|loft hatch|tree|branch)"
)
_DANGER_R6: tuple[Rule, ...] = (
    # Blacking out after a drink someone else kept pouring, or pain "down there" after a night
    # one cannot remember (not a hangover told as a joke).
    rule(
        D,
        r"\b(?P<core>(?:blacked|passed|zonked|conked) out after (?:only |just )?(?:one|two|2|1|a|"
        r"half a|a single|three|3)(?: (?:drinks?|sips?|glass(?:es)?|beers?|shots?|ciders?|cups?))?"
        r"(?! (?:bottles?|litres?|pints? of vodka))|(?:hurts?|hurting|sore|bleeding|pain\w*|aching|"
        r"aches?) (?:\w+ ){0,2}?(?:down there|between my legs|in my privates)|(?:down there|between "
        r"my legs) (?:hurts?|is sore|is bleeding|aches?|feels? wrong))\b",
        needs=r"\b(?:(?:kept|keep|keeps|was) (?:topping up|filling|refilling|buying|getting|"
        r"pouring|handing|bringing|making) (?:me|my (?:drink|glass|cup))|(?:he|she|they|guy|man|"
        r"someone|somebody|stranger|bartender) (?:\w+ ){0,3}?(?:gave|bought|got|made|handed|brought|"
        r"poured) me|spiked|drugged|roofied|blacked out|passed out|can't remember|don't remember|"
        r"no memory|woke up (?:in|at|with|naked|undressed))\b",
        neighbours=True,
        unless=r"\b(?:period|cramps?|smear|giving birth|labou?r|stitches|uti|thrush|surgery|"
        r"bike|saddle|horse ?riding|spin class|squats|lightweight|lol|lmao|haha)\b",
    ),
    # Sex asked as the price of rent, a job, a grade or a place to stay: "my landlord says i can
    # skip rent if i do stuff with him" (not odd jobs or painting in exchange).
    rule(
        D,
        r"\b(?P<core>(?:if|as long as|in exchange for|in return for|so long as) (?:i|me) (?:do|"
        r"doing|did) (?:stuff|things|favou?rs|something|anything) (?:\w+ ){0,2}?(?:with|for|to) "
        r"(?:him|her|them)|if (?:i|me) (?:sleep|slept|have sex|hook up|mess around|fool around|go "
        r"down on|get naked|sit on (?:his|her) lap|send (?:him|her) (?:pics|nudes|photos))(?: (?:with|"
        r"for|on) (?:him|her|them))?)\b",
        needs=r"\b(?:rent|job|shifts?|grades?|deposit|visa|pay|paid|money|debt|raise|promotion|"
        r"contract|flat|room|mark|marks|pass|team|part|role|fees?|bills?|landlord|boss|manager|"
        r"lecturer|professor|teacher|coach)\b",
        unless=r"\b(?:like (?:cleaning|painting|repairs|odd jobs|gardening|decorating|"
        r"babysitting|dog ?walking|cooking|admin|shopping)|odd jobs|chores|diy|overtime|"
        r"extra shifts)\b",
    ),
    # A child locked in a cupboard, a cellar or a crate by an adult (not hide and seek).
    rule(
        D,
        r"\b(?P<core>(?:locks?|locked|locking|shuts?|shutting|puts?|putting|keeps?|kept) (?:me|"
        r"her|him|them|us|my (?:little |baby |younger |big |older )?(?:brother|sister|son|daughter|"
        r"kids?|child|children|stepson|stepdaughter|cousin)) (?:\w+ ){0,2}?(?:in|inside|into) "
        r"(?:the|a|her|his|their|my|our) (?:cupboard|closet|cellar|basement|shed|cage|dog crate|"
        r"crate|attic|car boot|boot|wardrobe|garage|coal shed|under ?stairs cupboard|cupboard "
        r"under the stairs|box|kennel))\b",
        about_others=True,
        unless=r"\b(?:by accident|accidentally|hide and seek|hide-and-seek|game|prank|joke|"
        r"dog|puppy|cat|kitten|hamster|rabbit|coats?|shoes|toys|bikes?|christmas|presents?|"
        r"gifts?|wine|beer|snacks|sweets|chocolate)\b",
    ),
    # A child not fed as a punishment: "my foster carer doesnt feed us if we talk back".
    rule(
        D,
        r"\b(?P<core>(?:doesn't|does not|won't|don't|didn't|refuses? to|refused to|stopped|never|"
        r"isn't allowed to|not allowed to) (?:\w+ )?(?:feed|feeding) (?:me|us|them|her|him|my "
        r"\w+)|(?:doesn't|won't|don't|didn't|refuses? to|refused to|never) (?:let|lets) (?:me|us|"
        r"them|her|him) (?:eat|have (?:any )?(?:food|dinner|tea|lunch|breakfast|meals?))\b(?! "
        r"(?:his|her|their|my|the|that|sweets|junk|chocolate|crisps|sugar|in)\b))",
        needs=r"\b(?:if (?:i|we|they|she|he)|when (?:i|we|they|she|he)|unless|as (?:a )?punishment|"
        r"for (?:days|a day|two days|\d+ days)|haven't eaten|hasn't eaten|didn't eat|starv\w*|"
        r"hungry|since (?:yesterday|this morning|last night|\w+day))\b",
        neighbours=True,
        unless=r"\b(?:dog|cat|puppy|kitten|pet|fish|ducks?|pigeons?|birds?|diet|fast\w*|"
        r"ramadan|surgery|anaesthetic|blood test|before (?:the|my) (?:op|operation|scan))\b",
    ),
    # A grown-up who draws a child in when the parent is away: "asking her in when im not
    # around", "shows her pictures", with a child and a grown-up named.
    rule(
        D,
        r"\b(?P<core>(?:asking|asks|asked|invites?|invited|inviting|calls?|calling|wants?) "
        r"(?:her|him|them|my (?:\w+ ){0,2}?\w+) (?:to come )?(?:in|inside|into (?:his|her) (?:house|flat|room|"
        r"car|van|shed|garage)|round|over)\b[^.!?\n]{0,40}\b(?:when|while|whenever) (?:i'm|i am|we're|"
        r"we are|mum's|mom's|dad's|nobody's|no one's|i'm at work|i'm out)(?: not)? ?(?:around|home|"
        r"looking|there|watching|in|out|away|at work)?|shows? (?:her|him|them|me) (?:\w+ )?"
        r"(?:pictures|pics|photos|videos|things on his phone|stuff on his phone)(?! (?:of|from) (?:the "
        r"|his |her |their |our )?(?:holiday|wedding|baby|grandkids|puppy|kittens?|garden|allotment|"
        r"trains?|model|fishing|birds?|dog|cat|family|school|football|match)))\b",
        about_others=True,
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        neighbours=True,
    ),
    # A grown-up in a position of trust who messages a child at night or says he can't stop
    # thinking about her: "my teacher ... sends messages at 2am", with a child named.
    rule(
        D,
        r"\b(?P<core>(?:can't stop thinking about|keeps thinking about|dreams? about|is (?:falling "
        r"|madly )?in love with|fancies|wants to kiss|misses) (?:me|her|him)|(?:messag\w*|texts?|"
        r"texted|texting|snaps?|snapped|snapping|dms?|dm'?d|dming|calls?|calling|facetimes?) (?:me|"
        r"her|him)(?: \w+){0,3}? (?:at|around|after|past) (?:midnight|\d{1,2} ?am|\d{1,2}:\d\d ?am|"
        r"night))\b",
        about_others=True,
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*\b(?:teacher|coach|tutor|mr|mrs|miss|sir|pastor|"
        r"youth (?:leader|pastor|worker)|instructor|uncle|stepdad|stepfather|stepbrother|priest|"
        r"lodger|landlord|neighbou?r|grown (?:man|up)|adult|(?:1[89]|[2-6]\d) ?(?:yo|y/o|yrs? old|"
        r"years? old|-year-old))\b))",
        neighbours=True,
        unless=r"\b(?:homework|parents? evening|assignment|deadline|revision|exam|trip|"
        r"permission slip|the school|class group)\b",
    ),
    # Someone breaking in now, with the writer hiding or hearing them.
    rule(
        D,
        r"\b(?:someone|somebody|a (?:man|guy|person|stranger)|some (?:man|guy|men|guys)|people|"
        r"he|they|my (?:ex|ex-\w+|\w+'s ex))(?:'s|'re| is| are)? (?P<core>(?:trying to (?:break|get|"
        r"force (?:their|his|her|the) way|kick (?:the|my) (?:door|way)) in(?:to)?|breaking in(?:to)?|"
        r"kicking (?:the|my) door|banging on (?:the|my) (?:door|window)s? and (?:trying|screaming|"
        r"threatening)|forcing (?:the|my) (?:door|window|lock)))\b",
        needs=r"\b(?:right now|as we speak|hiding|hid|i can hear|downstairs|upstairs|still "
        r"(?:here|inside|outside|there)|at the door|in the (?:house|flat|hallway|kitchen|garden)|"
        r"locked myself|scared|terrified|help)\b",
        unless=r"\b(?:car|shed|garage|bike|van|last (?:year|month|week)|while we were (?:away|out)|"
        r"insurance|film|movie|game|book|dream|dreamt|dreamed)\b",
    ),
)
_SUICIDE_R6: tuple[Rule, ...] = (
    # What the head says, quoted: "kys is what my brain says to me every morning".
    rule(
        S,
        r"\b(?P<core>(?:kill yourself|you should (?:just )?die|go die|end it)\b[^.!?\n]{0,20}\b(?:is "
        r"what|says|said|keeps saying|tells me)\b[^.!?\n]{0,10}\b(?:my|the) (?:brain|head|mind|"
        r"thoughts?|voices?|inner voice|depression|intrusive thoughts?)|(?:my|the) (?:brain|head|mind|"
        r"voices?|inner voice|depression) (?:\w+ ){0,3}?(?:says|tells me|whispers|screams|keeps "
        r"saying|repeats|goes)(?: to me)?:? (?:to )?(?:kill yourself|you should (?:just )?die))\b",
        negatable=False,
    ),
    # A burden that is to end for good: "i'm a dead weight on this family ... time i stopped
    # dragging them down. permanently", "they should cut their losses, i'll do it for them".
    rule(
        S,
        rf"(?P<core>{_FOR_GOOD})",
        negatable=False,
        needs=_BURDEN_SELF + r"|\bcut (?:their|your|his|her|our) losses\b",
        neighbours=True,
        unless=r"\b(?:job|work|team|band|club|company|flat|house|lease|group chat|course|uni|"
        r"college|relationship|moving|move out|quit\w*|resign\w*|smok\w*|vap\w*|drink\w*|gambl\w*|"
        r"diet|sugar|caffeine|habit)\b",
    ),
    # Removing oneself as a kindness: "removing myself is the kindest thing i can do for them".
    rule(
        S,
        r"\b(?P<core>(?:remove|removing|removed|erase|erasing|delete|deleting) myself\b"
        r"(?![^.!?\n]{0,30}\b(?:from (?:the |this |that |our |their |my )?(?:group|chat|situation|"
        r"conversation|equation of|drama|team|project|list|thread|server|room|argument|friendship|"
        r"circle|photos?|pics?)|socials|account)))",
        negatable=False,
        needs=r"\b(?:kindest|best thing|favou?r|for good|permanently|for (?:them|everyone|everybody|"
        r"my (?:family|kids|wife|husband|parents|mum|mom|dad))|from (?:the |this )?(?:world|earth|"
        r"planet|picture|equation)|their lives|burden|better off)\b",
    ),
    # What they would gain once the writer is gone: "once im gone she can start over with the
    # life insurance", "the world would lose nothing if i stopped existing", "they wont get
    # peace while im alive".
    rule(
        S,
        r"\b(?P<core>(?:once|when|after|if) i'm (?:gone|dead|not here|not around)(?! (?:for|on|to|"
        r"from|this|next|tomorrow|abroad|away)\b)[^.!?\n]{0,40}\b(?:can|could|will|'ll|would|'d) "
        r"(?:finally |just |at least )?(?:start (?:over|again|fresh)|move on|be (?:free|happy|"
        r"happier|okay|ok|fine|better off|at peace)|breathe|live (?:her|his|their) li(?:fe|ves)|"
        r"have (?:the )?(?:life )?insurance|get (?:the )?(?:life )?insurance|pay (?:off )?(?:the|"
        r"everything))|(?:would|'d|will) (?:lose|miss) nothing if i\b|nothing would (?:change|be "
        r"lost) if i (?:died|was gone|wasn't here|stopped existing|disappeared)|(?:won't|will "
        r"never|can't|never|don't|wouldn't|will not) (?:\w+ ){0,2}?(?:peace|happy|happiness|free|"
        r"rest|a life|a chance|a normal life)\b[^.!?\n]{0,20}\b(?:while|as long as|so long as) "
        r"i'm (?:still )?(?:alive|breathing|around|here|living|on this earth)|deserves? (?:peace|better|"
        r"happiness|a (?:break|rest|life|chance)|rest)\b[^.!?\n]{0,40}\b(?:while|as long as|so long "
        r"as) i'm (?:still )?(?:alive|breathing|around|here|on this earth))",
        negatable=False,
        unless=r"\b(?:holiday|trip|work|office|shift|uni|abroad|travel\w*|moving|away|will (?:says|"
        r"is written|goes)|retire\w*|old age|pension)\b",
    ),
    # Staying alive called selfish: "its selfish to keep living when all i do is hurt people".
    rule(
        S,
        r"\b(?P<core>(?:selfish|unfair|cruel|wrong) (?:of me |to (?:them|everyone|my \w+|\w+) )?(?:to|"
        r"for me to) (?:keep|go on|"
        r"carry on|continue|stay) (?:living|being alive|being here|existing|around|breathing|alive)"
        r"(?= *(?:$|[.!?,;]|when|while|if|and|because|since|knowing|after)))",
        negatable=False,
    ),
    # Someone else's burden told with a farewell sign: "my cousin just said the family would be
    # better off without him and gave me his watch".
    rule(
        S,
        r"\b(?:said|says|told me|tells me|texted|messaged|keeps saying|posted) (?:that )?"
        r"(?P<core>(?:the family|everyone|everybody|we|they|his \w+|her \w+|the world|us|people) "
        r"(?:would|'d|will) be (?:better off|fine|happier|okay|ok|free) (?:without (?:him|her|them)|if "
        r"(?:she|he|they) (?:was|were|'s|is) (?:dead|gone)|if (?:she|he|they) died))\b",
        about_others=True,
        negatable=False,
        unless=r"\b(?:team|club|band|group|company|job|project|party|trip|game|holiday|match|"
        r"fantasy|league|squad|class)\b",
    ),
    # Goodbye lines: "please tell maya i loved her", "i won't be around to tell her myself",
    # "since i won't be here".
    rule(
        S,
        r"\b(?P<core>(?:i|i'm|i'll) (?:won't|will not|wont|'m not going to|not going to|am not "
        r"going to) be (?:around|here|alive) (?:to (?:tell|see|say|watch|explain|hear|apologi[sz]e|"
        r"hug|meet)\b|after (?:tonight|today|this|\w+day)|(?:much|any) longer|for (?:much|long) "
        r"longer|by (?:tomorrow|morning|the morning|then|next \w+)|tomorrow)|(?:since|because|as|"
        r"now that) i (?:won't|will not|wont|'m not going to|am not going to) be (?:here|around|"
        r"alive|needing (?:it|them|any))(?= *(?:$|[.!?,;]|anymore|after|for|to)))",
        unless=rf"{_AWAY}|\b(?:(?:when|by the time|in) (?:\d{{4}}|the future|years|decades)|old "
        r"age|retire\w*|climate|grandchildren|in \d+ years|wedding|graduation|birth|due date|op|"
        r"operation|surgery|signal|reception|wifi|battery|meeting|zoom|call)\b",
    ),
    # A means tested for weight: "the dog lead is strong enough to hold my weight i checked".
    rule(
        S,
        r"\b(?P<core>(?:strong|sturdy|long|tough) enough to (?:hold|take|support|carry) (?:me|my "
        r"weight|my body|someone my size))\b",
        needs=rf"\b(?:{_LIGATURE}|{_ANCHOR}|knot|ligature)\b",
        neighbours=True,
        unless=r"\b(?:pull-?ups?|chin-?ups?|hammock|swing|shelf|shelves|tv|bracket|ladder|chair|"
        r"stool|bed|sofa|ice|floor|climb\w*|boulder\w*|harness|zip ?line|trampoline|towel|coat|"
        r"skateboard|board|bike|kayak|tent|trolley|horse)\b",
    ),
    # A ligature and what to tie it to, named together: "ive got a belt and a door handle".
    rule(
        S,
        rf"\b(?P<core>{_LIGATURE} (?:\w+ )?(?:and|&|plus|\+) (?:a |the |my )?(?:\w+ )?{_ANCHOR})\b",
        needs=r"\b(?:all (?:you|i|u) need|enough|that's all|will do|would do|works?|got|have|"
        r"ready|tonight|checked|tested|strong|(?:keep|kept|been|can't stop) (?:\w+ )?(?:looking|"
        r"staring|thinking)|looking at|staring at)\b",
        unless=r"\b(?:hammock|swing|coat|bags?|washing|laundry|pull-?ups?|gym|stretch\w*|tow|"
        r"bike|christmas|decorations?|lights|bunting|balloons?|wreath|dog to|walk\w*|puppy|"
        r"climb\w*|outfit|suit|trousers|jeans|dress|shoes|boots|wear\w*|shop\w*|buy\w*|bought)\b",
    ),
    # A drop thought about again and again, or leaned over further each night: "i keep
    # thinking about how high it is", "leaning over further every night".
    rule(
        S,
        r"\b(?P<core>(?:keep|kept|can't stop|cannot stop|been|always|obsess\w*|constantly) "
        r"(?:\w+ ){0,2}?(?:thinking|think|wondering|staring|looking|picturing) (?:about |at |down "
        r"(?:at )?)?(?:how (?:high|tall|far (?:down|up)?|deep|long the drop|long the fall)|the "
        r"(?:drop|fall|height|water below)|what it would (?:feel|be) like to (?:fall|jump|step off))|"
        r"(?:wonder\w*|thinking about|think about) how (?:high|deep|far down|long the drop|tall) "
        r"(?:it's|it is|it was|it goes|the \w+(?:'s| is| was| goes))|"
        r"(?:lean\w*|hang\w*|climb\w*|step\w*|go\w*) (?:\w+ ){0,3}?(?:over|out|closer)\b[^.!?\n]{0,30}"
        r"\b(?:further|farther|a bit more|a little more|closer to the edge) (?:each|every) "
        r"(?:time|night|day|morning|evening))\b",
        needs=_DROP,
        neighbours=True,
        unless=r"\b(?:photos?|pictures?|selfies?|view|sunset|sunrise|plants?|washing|paint\w*|"
        r"windows? cleaner|afraid of heights|scared of heights|vertigo|bungee|skydiv\w*|"
        r"abseil\w*|climbing wall|rent|prices|bill|cost|crane|tourist|swim\w*|div(?:e|ing)|"
        r"fishing|kayak\w*|paddle\w*|boat)\b",
    ),
    # A lethality question about drowning, bleeding out or suffocating ("if you dont fight it").
    rule(
        S,
        r"\b(?P<core>how (?:long|quickly|fast|much time) (?:does|would|will|did|can|do) it (?:take|"
        r"need) (?:for (?:me|someone|a person|you|u|somebody) )?to (?:drown|bleed out|suffocate|"
        r"asphyxiate|hang|die|stop breathing|pass out|lose consciousness|freeze to death|go numb "
        r"and die))\b(?= *(?:$|[.!?,;]|if|when|in|and|once|without|with|from|after|for (?:someone|a "
        r"person|me)))",
        needs=r"\b(?:drown|bleed out|suffocate|asphyxiate|hang)\b|\b(?:if (?:you|i|u) (?:don't|"
        r"do not|stop|just|never) (?:fight|struggle|resist|panic|move|swim|try)|if (?:i|you) "
        r"(?:let|just let)|without (?:fighting|struggling|a fight|pain)|painless\w*|peaceful\w*|"
        r"for me|if i (?:took|take|swallow|jump|cut))\b",
        unless=r"\b(?:child|toddler|kids?|baby|babies|dogs?|cats?|fish|plants?|swimming lessons?|"
        r"lifeguard|pool safety|first aid|cpr|movie|film|in space|documentary|book|character|"
        r"titanic|crime|murder|victim|history|exam|homework|quiz|trivia|cells?|bacteria|phones?|"
        r"ipad|laptop|battery)\b",
    ),
    # Charcoal or a barbecue in a closed car, tent or room.
    rule(
        S,
        r"\b(?P<core>(?:charcoal|disposable (?:bbq|barbecue|grill)|bbq|barbecue|grill|burner|"
        r"generator)\b[^.!?\n]{0,40}\b(?:in|inside|into) (?:the|my|a) (?:car|tent|bedroom|room|"
        r"bathroom|van)\b(?! park))",
        needs=r"\b(?:(?:windows?|doors?|vents?|gaps?) (?:\w+ )?(?:shut|closed|sealed|taped|up)|"
        r"tape|taped|seal\w*|sleep|fall asleep|bags?|tonight|already bought)\b",
        neighbours=True,
        unless=r"\b(?:never|don't|do not|warning|danger of|carbon monoxide alarm|news|safety|"
        r"campsite rules|festival)\b",
    ),
    # A whole pen or vial of insulin, or every unit, injected on purpose.
    rule(
        S,
        r"\b(?P<core>(?:inject|injecting|shoot|use|take|taking|dump|do) (?:\w+ ){0,2}?(?:my |the )?"
        r"(?:whole|entire|full|every|all (?:of )?(?:my|the)) (?:\w+ )?(?:pens?|vials?|cartridges?|"
        r"syringes?|insulin|units)(?: of (?:insulin|\w+))?)\b",
        needs=r"\b(?:insulin|pen|vial|cartridge|syringe|units)\b",
        unless=r"\b(?:by accident|accidentally|by mistake|doctor|nurse|prescribed|as usual|"
        r"every day|daily|dose|before meals|with (?:dinner|lunch|breakfast|food)|dog|cat|vet)\b",
    ),
    # A one-way journey to a place one may fall from or drown in: "not getting a return
    # ticket" beside the cliffs.
    rule(
        S,
        r"\b(?P<core>(?:not|no|won't|don't|didn't|never) (?:\w+ ){0,2}?(?:getting|get|buy|buying|"
        r"book|booking|need|needing|bother\w*)(?: \w+)? (?:a )?return(?: ticket| journey| fare)?|"
        r"one[- ]way (?:ticket|trip|train|bus|journey))\b",
        needs=r"\b(?:cliffs?|bridge|edge|sea|coast|beachy head|waterfall|lake|river|tracks|quarry|"
        r"gorge|viaduct|forest|woods|reservoir|pier)\b",
        neighbours=True,
        unless=r"\b(?:moving|move|new job|relocat\w*|emigrat\w*|holiday|gap year|trip|festival|"
        r"visit\w*|staying with|flat|uni|university|contract|seasonal|work there|live there|"
        r"drive back|lift back|walk back|cycle back|boat back)\b",
    ),
    # A plan that only waits for an empty house: "everything's ready, i just need the house
    # to be empty", "im doing it on friday after everyone leaves for the weekend".
    rule(
        S,
        rf"\b(?P<core>(?:everything's|everything is|it's all|all's|all is|i'm all|i'm) (?:ready|"
        r"set|sorted|in place|prepared|planned)|(?:i'm|i am|i'll|i will|going to|i'll be) (?:be )?"
        rf"(?:do|doing|going through with) it(?: (?:on |this |next )?{_DAY})?)\b",
        needs=r"\b(?:(?:house|flat|place|home|room) (?:to be |is |'s |will be )?(?:empty|to myself|"
        r"quiet)|(?:after|when|once|while) (?:everyone|everybody|they|nobody|the (?:house|flat|"
        r"kids)|my \w+)(?:'s|'re| is| are)? (?:\w+ ){0,2}?(?:leaves?|left|gone|out|away|asleep|at "
        r"work|on shift|in bed)|need (?:everyone|them|the kids|my \w+) (?:to )?(?:leave|go out|be "
        r"gone|be asleep|be out)|(?:whole )?night to myself|house to myself|(?:when|once|after|while) "
        r"(?:my )?(?:mum|mom|dad|\w+) (?:goes|go|leaves|gets|'s|is) (?:to work|out|away|asleep|on "
        r"nights|on shift)|(?:the kids|everyone|they|mum|mom|dad|my \w+) (?:are|is|'re|'s) (?:at|with) "
        r"(?:their|his|her|my) \w+)\b",
        neighbours=True,
        unless=_PLAN_EVERYDAY + r"|\b(?:clean\w*|hoover\w*|vacuum\w*|decorat\w*|gifts?|presents?|"
        r"guests|visitors|cook\w*|bak\w*|movie|film|stream\w*|record\w*|practi[cs]e|rehears\w*|"
        r"sleepover|bath|nap|self care|pamper\w*|skincare|facemask|game|gaming|wank\w*|masturbat\w*"
        r"|date|tinder|hook ?up|spa|yoga|meditat\w*)\b",
    ),
    # Travel to a drop timed for when nobody is awake: "leave before anyone wakes up. ill be
    # at the quarry by 5"; a route to the bridge worked out "tonight while my flatmate is on
    # shift".
    rule(
        S,
        r"\b(?P<core>(?:i'll be|i'll go|i'll get|i'll walk|i'll drive|heading|going|getting|"
        r"walking|driving|off|be) (?:\w+ ){0,2}?(?:to|at) the (?:quarry|cliffs?|bridge|tracks|"
        r"railway|viaduct|dam|reservoir|lake|river|sea|coast|edge|roof|multi-?stor(?:e)?y|car park)|"
        r"(?:worked out|figured out|planned|timed|looked up|mapped|checked) (?:\w+ ){0,2}?(?:the "
        r"|my )?(?:route|way|how to get|how long it takes|bus|train|walk|path) (?:\w+ ){0,2}?to the "
        r"(?:quarry|cliffs?|bridge|tracks|railway|viaduct|dam|reservoir|lake|river|sea|coast|edge|"
        r"roof|multi-?stor(?:e)?y|car park))\b",
        needs=r"\b(?:before (?:anyone|everyone|anybody|they|the house|my \w+) (?:wakes?|gets?) up|"
        r"[1-5] ?am|so (?:nobody|no one) (?:sees|stops|notices|knows)|by myself|without (?:telling|"
        r"anyone)|tonight while|while (?:my \w+|everyone|they|he|she)(?:'s| is| are)? (?:\w+ )?"
        r"(?:on shift|at work|asleep|out|away)|when (?:nobody|no one)|told nobody|alone)\b",
        neighbours=True,
        unless=r"\b(?:fish\w*|swim\w*|sunrise|sunset|photos?|photograph\w*|hike|hiking|run|"
        r"running|jog\w*|dog walk|walk the dog|kayak\w*|paddle\w*|surf\w*|bird\w*|climb\w*|"
        r"work\b|my shift|picnic|date|friends|mates|festival|race|marathon|parkrun|training)\b",
    ),
    # A day named and "it's over" after a decision: "i've decided. no more therapy no more
    # pills. sunday night its over"; ending things "whatever they say".
    rule(
        S,
        rf"\b(?P<core>{_DAY}(?: night)? (?:it's|its|it is|it'll be|it will be|everything's|everything "
        r"is|i'm) (?:over|done|finished|the end)|(?:i'm |i am |i'll |i will |going to )?(?:end|"
        r"ending) (?:it|things|everything|it all|my life) (?:whatever|no matter what|regardless|"
        r"either way|whichever way|win or lose))\b",
        needs=r"\b(?:i've decided|decided|made up my mind|no more (?:therapy|pills|meds|trying|"
        r"fighting|doctors|appointments)|i'm done|can't anymore|results|whatever (?:they|he|she) "
        r"says?|no matter what)\b",
        neighbours=True,
        unless=_ENDING_SOMETHING_ELSE + r"|\b(?:exams?|term|semester|season|show|series|job|"
        r"shift|diet|holiday|course|dissertation|tour|wedding|surgery|move|moving|rent|"
        r"him|her|them|us)\b",
    ),
    # A note written and pills counted, passively told: "note is written, pills are counted".
    rule(
        S,
        rf"\b(?P<core>(?:{_MEDS}) (?:are|is|'re|all|already|have been|been) (?:all )?(?:counted|"
        r"lined up|laid out|crushed|in a pile|stockpiled|saved up)|(?<!cover )(?<!thank you )"
        r"(?<!lecture )(?<!sick )(?<!revision )(?<!love )(?:the |my )?(?:note|notes|letter|letters)"
        r"(?: is|'s| are|s are)? (?:all )?(?:written|done|finished|sealed|on the (?:table|desk|bed)))\b",
        needs=rf"\b(?:{_MEDS}|rope|belt|noose|alone|night to myself|house (?:is )?empty|ready|"
        r"counted|tonight|goodbye|sorry)\b",
        neighbours=True,
        unless=r"\b(?:organi[sz]er|dosette|pill ?box|for the week|weekly|pharmac\w*|trip|holiday|"
        r"dog|cat|vet|thank you|christmas|cards?|birthday|wedding|teacher|school|university|"
        r"application|job|cv|essay|report)\b",
    ),
    # Check-out that never comes: "bringing what i need and not checking out" at a hotel.
    rule(
        S,
        r"\b(?P<core>(?:not|never|won't|don't|wont) (?:\w+ ){0,2}?check(?:ing)? out)(?= *(?:$|[.!?,;]"
        r"|of (?:the|this|that) (?:hotel|room|motel|inn|place)|at all|ever|this time))",
        needs=r"\b(?:hotel|room|motel|inn|airbnb|b&b|told nobody|one night|what i need)\b",
        neighbours=True,
        unless=r"\b(?:(?:till|until|before|at|by) (?:\d|noon|midday|the|\w+day|tomorrow)|late checkout|extra "
        r"night|extend\w*|bill|book|library|shop|supermarket|groceries|trolley|basket)\b",
    ),
    # Someone else with the pills in hand for tonight: "she has a bottle of pills and is going
    # to take them tonight".
    rule(
        S,
        r"\b(?:she|he|they)\b[^.!?\n]{0,60}?\b(?P<core>(?:going to|gonna|"
        r"will|plans? to|planning to|wants? to|about to) (?:take|swallow|down|neck|overdose on) "
        r"(?:them|it|all (?:of )?(?:them|it)|the lot|everything|the whole \w+))\b",
        about_others=True,
        negatable=False,
        needs=rf"\b(?:{_MEDS}|{_CONTAINER})\b",
        unless=r"\b(?:doctor|prescribed|with food|as prescribed|for (?:her|his|their) "
        r"(?:headache|pain|cold|flu|cough|period|back)|antibiotics|vitamins?|dog|cat|vet|"
        r"exam|test|driving)\b",
    ),
    # Someone else's picture of a means, then no answer: "posted a pic of a rope on his story
    # captioned soon and isnt replying".
    rule(
        S,
        r"\b(?P<core>(?:pic|picture|photo|snap|story|video|selfie|screenshot)s? of (?:a |the |some "
        r"|his |her |their )?(?:rope|noose|pills|tablets|blade|razor|gun|bridge|ledge|edge|tracks|"
        r"knife|belt|meds|drop|roof))\b",
        about_others=True,
        needs=r"\b(?:(?:isn't|not|won't|hasn't|doesn't|stopped|never) (?:\w+ )?(?:replying|"
        r"answering|responding|picking up|reading|answered|replied)|caption\w*|soon|goodbye|bye|"
        r"sorry|left on read|no answer|phone(?:'s| is) off|can't reach|can't get hold)\b",
        neighbours=True,
        unless=r"\b(?:sunset|sunrise|view|holiday|trip|climb\w*|hike|hiking|gym|camping|"
        r"hunting|fishing|recipe|cooking|chef|art|project|shop|sale|selling|for sale)\b",
    ),
    # Someone else's pills found emptied while she does not come out or answer.
    rule(
        S,
        rf"\b(?P<core>(?:found|find|saw|see|noticed) (?:\w+ ){{0,2}}?empty (?:{_CONTAINER}) (?:of )?"
        rf"(?:her|his|their|my \w+'s|\w+'s) (?:\w+ )?(?:{_MEDS}))\b",
        about_others=True,
        needs=r"\b(?:(?:hasn't|hasnt|won't|isn't|not|never) (?:\w+ ){0,2}?(?:come out|come home|"
        r"answer\w*|wake|woken|respond\w*|opened|replied|got up|left (?:her|his) room)|locked|can't "
        r"wake|won't wake|asleep|in (?:her|his|their) room|days)\b",
        neighbours=True,
    ),
)
_SUICIDE_R6 += (
    # Belongings shared out as in a will, two to a list: "laptop goes to my sister, savings to
    # mum", with a will, a code or an "after" beside them (not a move, a sale or presents).
    rule(
        S,
        r"\b(?P<core>(?:my )?(?:laptop|phone|car|savings|money|guitar|xbox|ps\d|playstation|switch|"
        r"clothes|jewell?e?ry|rings?|watch|books|records|vinyls?|cat|dog|bike|camera|console|games|"
        r"plants|paintings|everything else|the rest|my stuff|my things) (?:goes|go|should go|can go|"
        r"is going|are going|will go) to (?:my \w+|mum|mom|dad|\w+)\b[^.!?\n]{0,30}[,;] ?(?:\w+ )"
        r"{0,2}?(?:to|goes to|go to|for) (?:my \w+|mum|mom|dad|\w+))",
        needs=r"\b(?:will|codes?|passwords?|pins?|(?:when|after|once) i'm (?:gone|dead)|after i "
        r"die|won't need|goodbye|sorry|love you)\b",
        neighbours=True,
        unless=r"\b(?:moving|move|declutter\w*|charity|sell|selling|sold|ebay|vinted|divorce|split|"
        r"holiday|trip|away|house ?sit\w*|pet ?sit\w*|babysit\w*|christmas|birthday|secret santa|"
        r"presents|gifts)\b",
    ),
)
_SELF_HARM_R6: tuple[Rule, ...] = (
    # A blade hidden for later in a pencil case, a sock, a phone case.
    rule(
        H,
        r"\b(?P<core>(?:hid|hide|hiding|hidden|stash\w*|keep|kept|keeping|tucked|taped|saving|"
        r"saved) (?:\w+ ){0,3}?(?:in|inside|under|behind) (?:my|the) (?:pencil case|phone case|"
        r"socks?|drawer|mattress|pillow\w*|wallet|bra|shoes?|books?|makeup bag|jewell?e?ry box|"
        r"tampon box|case|bag|wardrobe|locker))\b",
        needs=r"(?s:\A(?=.*\b(?:razors?|blades?|sharpener|scalpel|craft knife|stanley knife|box "
        r"cutter)\b)(?=.*\b(?:for later|for tonight|just in case|so (?:nobody|no one|mum|mom|dad|they|"
        r"he|she) (?:\w+ )?(?:finds?|sees?|knows?|can't find|won't find)|where (?:nobody|no one|they|"
        r"mum|mom) (?:can|will|would|won't)|secret\w*|for when)\b))",
        unless=r"\b(?:present|gift|surprise|from (?:the )?(?:kids|toddler|baby|little one|dog)|"
        r"safe from|away from|so (?:the|my) (?:kids|toddler|baby|dog)|childproof|cash|money)\b",
    ),
    # Someone else's fresh cuts found on the body.
    rule(
        H,
        r"\b(?P<core>(?:found|noticed|saw|seen|spotted|discovered) (?:\w+ ){0,2}?(?:cuts|scars|"
        r"burns|scratches|slashes|wounds|bandages|plasters|lines) (?:all )?(?:\w+ ){0,2}?"
        r"(?:up|on|over|across|along|down) (?:her|his|their) (?:arms?|wrists?|thighs?|legs?|"
        r"stomach|tummy|hips?|body|skin|ankles?|forearms?))\b",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:cat|kitten|dog|puppy|brambles?|fell|fall|skat\w*|bike|"
        r"football|rugby|hockey|eczema|hiking|climb\w*|surgery|op|chickenpox|rash|bites?)\b",
    ),
)
_CHECK_IN_R6: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:don't|can't|cannot|do not|never) (?:even )?(?:see|imagine|picture) (?:a|any)"
        r" future (?:for me|where i|where i'm|with me in it|at all|ahead)(?! (?:in|at|here|with) )|"
        r"(?:don't|do not) care what happens to me(?: anymore)?(?= *(?:$|[.!?,;]|anymore|honestly|"
        r"tbh|now)))",
        negatable=False,
        unless=r"\b(?:job|company|career|team|band|relationship|city|town|country|industry)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:they'd|they would|everyone would|everybody would|(?:the|my) (?:kids|"
        r"family|parents|children|wife|husband|partner) (?:would|'d))(?: \w+)? be (?:fine|happier|"
        r"okay|ok|"
        r"better|better off) without (?:me|a \w+ like me)(?= *(?:$|[.!?,;]|honestly|tbh|anyway|"
        r"really|tho|though|lol|even|right)))",
        negatable=False,
    ),
)

_SUICIDE_R6 += (
    # A farewell said as the last word: "this is the last time you'll hear from me".
    rule(
        S,
        r"\b(?P<core>(?:this is|this'll be|it's|that's|that was) (?:the )?(?:last|final) time "
        r"(?:you'll|youll|you will|anyone will|you all will|you guys will|u will) (?:ever )?(?:hear "
        r"from|see|hear) me)(?= *(?:$|[.!,]|ever|again|x|love))",
        unless=r"\b(?:about|on this|re|regarding|until|till|before|for a while|for a bit|this "
        r"week|today|holiday|trip|complain\w*|moan\w*|rant\w*|promise)\b",
    ),
    # Not being here as the gift: "the best gift i could give them is not being here".
    rule(
        S,
        r"\b(?P<core>(?:best|kindest|greatest|only) (?:gift|thing|favou?r|present) i (?:could|can|"
        r"will|would) (?:ever )?(?:give|do for) (?:them|her|him|everyone|my \w+)(?: \w+)? (?:isn't "
        r"(?:being|be) (?:here|around|alive)|is (?:to )?(?:not (?:being|be) (?:here|around|alive)|(?:go|leave|disappear|die)(?= *(?:$|[.!?,;]|"
        r"for good|forever|permanently))|my absence|not exist\w*)))",
        negatable=False,
    ),
    # A gun found and loaded.
    rule(
        S,
        r"\b(?P<core>(?:found|got|have|holding|took|taken|grabbed|sitting with) (?:\w+ ){0,2}?"
        r"(?:gun|pistol|revolver|handgun|rifle|shotgun)\b[^.!?\n]{0,30}\b(?:it's|its|it is|and it's) "
        r"loaded|(?:holding|have|got|sitting with|found) (?:\w+ ){0,2}?loaded (?:gun|pistol|revolver|"
        r"handgun|rifle|shotgun))\b",
        unless=r"\b(?:hunt\w*|range|clays?|clay pigeon|club|fox\w*|farm\w*|rabbits|pests?|vermin|"
        r"police|army|military|film|movie|game|airsoft|paintball|nerf|water ?gun|glue gun|staple "
        r"gun|nail gun|safe|locked)\b",
    ),
    # A method settled beside a date or a plan: "i have the date set and the method sorted".
    rule(
        S,
        r"\b(?P<core>(?:the |my )?method (?:is |'s )?(?:all )?(?:sorted|chosen|picked|decided|ready|"
        r"figured out|worked out|set)|(?:chose|chosen|picked|decided on|worked out|figured out|got) "
        r"(?:the |a |my )method)\b",
        needs=r"\b(?:date|day|time|when|plan|note|tonight|tomorrow|ready|how|where)\b",
        unless=r"\b(?:recipe|bak\w*|cook\w*|teach\w*|study\w*|revision|exams?|research|science|"
        r"experiment|training|diet|budget|payment|contraception|birth control|essay|thesis|"
        r"dissertation|maths?|calculation|sourdough|brew\w*|knit\w*|workout|lesson)\b",
    ),
    # Someone shut in a garage or car with the engine running.
    rule(
        S,
        r"\b(?P<core>(?:locked|shut|sealed|sitting|sat) (?:himself|herself|themselves|myself|in) "
        r"(?:in )?(?:the|his|her|my|their) (?:garage|car)\b[^.!?\n]{0,30}\b(?:(?:car|engine) "
        r"(?:running|on|going)|exhaust|hose))\b",
        about_others=True,
        negatable=False,
        unless=r"\b(?:heater|heating|warm\w*|cold|snow|music|phone call|radio|cry\w*|nap|lunch|"
        r"waiting for|charging)\b",
    ),
)
_CHECK_IN_R6 += (
    rule(
        S,
        r"\b(?P<core>(?:better|happier|easier|fine|okay|ok|free|better one)\b[^.!?\n]{0,30}\bwithout "
        r"me (?:in the picture|around|here|alive))\b",
        negatable=False,
        unless=r"\b(?:photo|pic|picture taken|selfie|camera|tonight|today|weekend|trip|party|"
        r"holiday|game|match|team)\b",
    ),
)
_DANGER_R6 += (
    # Woken to someone on top of, inside or undressing the writer.
    rule(
        D,
        r"\b(?P<core>(?:woke|wake|woken|waking) up (?:\w+ )?(?:with|to) (?:him|her|them|someone|"
        r"somebody|my \w+|a \w+|his \w+) (?:\w+ )?(?:on top of|inside|touching|undressing|having sex "
        r"with|groping|feeling) me)\b",
        unless=r"\b(?:cat|dog|baby|toddler|kid|kids|puppy|kitten|son|daughter|nightmare|dream)\b",
    ),
    # Touched by a grown-up, said of a child: "my coach ... touches me, im 13".
    rule(
        D,
        r"\b(?P<core>(?:touches|touched|touching|feels|felt|rubs|rubbed|strokes|stroked) (?:me|her|"
        r"him|my \w+)(?! (?:on the (?:shoulder|arm|back|head)|up|base|in|with (?:his|her) "
        r"(?:words|kindness))))\b",
        about_others=True,
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*\b(?:coach|teacher|tutor|uncle|stepdad|stepfather|"
        r"stepbrother|cousin|priest|pastor|youth (?:leader|pastor|worker)|instructor|neighbou?r|"
        r"lodger|babysitter|grown (?:man|up)|adult|(?:mum|mom|mother)'s (?:boyfriend|partner)|"
        r"(?:1[89]|[2-6]\d) ?(?:yo|y/o|yrs? old|years? old|-year-old))\b))",
        neighbours=True,
    ),
    # Hit with a belt, a cable or a stick; belt marks.
    rule(
        D,
        r"\b(?P<core>belt (?:marks|welts|bruises)|(?:marks|welts|bruises) from (?:the|a|his|her|"
        r"\w+'s) belt|(?:hit|hits|hitting|beat|beats|beating|whips?|whipped|whipping|lash\w*|"
        r"smacks?|smacked|smacking|thrash\w*) (?:me|him|her|us|them|my \w+) with (?:a|the|his|"
        r"her|their) (?:belt|cable|wire|cord|wooden spoon|stick|shoe|slipper|hose|buckle|rod|"
        r"hanger))\b",
        about_others=True,
        unless=r"\b(?:pillow|game|play\w*|joke|tickl\w*|nerf|foam|sparring|film|movie|show)\b",
    ),
)

_DANGER_R6 = _own_sentence(_DANGER_R6)
_SUICIDE_R6 = _own_sentence(_SUICIDE_R6)
_SELF_HARM_R6 = _own_sentence(_SELF_HARM_R6)

# Ordered by priority: the first concern that has a valid match wins.
_CRISIS: tuple[Rule, ...] = (
    # ---- DANGER: the writer is hurt, threatened, controlled or followed by someone.
    rule(
        D,
        rf"\b{_PERSON}(?: \w+){{0,3}}? (?P<core>{_VIOLENT}) me\b{_NOT_VIOLENCE_AFTER}",
        unless=r"\b(?:sparring|boxing class|bjj|jiu|judo|karate|mma|kickboxing|wrestling|dodgeball|"
        r"play(?:ing)? catch|the ball|a ball|frisbee|"
        r"pillows?|pillow fight|playfully|tickl\w*|by accident|accidentally|in (?:his|her|their) "
        r"sleep|snowballs?|water balloons?|nerf)\b",
    ),
    rule(
        D,
        rf"\b{_PERSON}(?: \w+){{0,3}}? (?P<core>{_VIOLENT}) (?:her|him|them|us|my (?:\w+'s )?"
        rf"(?:little |big |baby |older |younger )?{_RELATION}){_NOT_VIOLENCE_AFTER}{_OBJECT_END}",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:grabbed|grabs|held|holds|pinned|pins) me (?:by the (?:throat|neck|hair|"
        r"arms?|wrists?)|down|against)|(?:hands|hand|fingers) (?:around|round|on) my (?:neck|"
        r"throat)|(?:pushed|pushes|shoved|shoves|threw|throws) me (?:against|down|into (?:a|the) "
        r"wall|to the (?:ground|floor)|off|over|out of (?:the|a|his|her) (?:car|house)|into (?:a|the|"
        r"my) (?:\w+ )?(?:wardrobe|door|table|cupboard|fridge|mirror|radiator|counter|bookcase|"
        r"cabinet|window))|(?:pillow|hand|hands|bag|plastic bag|towel) over my (?:face|mouth|nose|"
        r"head)(?! (?:to (?:sleep|block)|because|when i (?:laugh|sleep|sneeze|cough|cry)))|"
        r"(?:spat|spits|spit) (?:in|on) my face)",
        unless=r"\b(?:tickl\w*|pillow fight|wrestl\w*|my (?:little )?(?:sister|brother|son|"
        r"daughter)|toddler|baby|cat|dog|sleep mask|light|alarm|snor\w*)\b",
    ),
    rule(
        D,
        # A negation inside the threat ("said he'd never hurt me") is not a threat.
        r"\b(?P<core>(?:threaten(?:s|ed|ing)?|said|says|told me|swore|swears|promised|texted|"
        r"keeps saying)(?: that)?(?: he| she| they)?(?:'ll|'d| will| would| is going to| was going "
        r"to| going to)?(?: to)? (?:(?!never |not |no )\w+ )?(?:kill|hurt|hit|beat|stab|shoot|burn|"
        r"rape|strangle|choke|harm|break) (?:me|us|my (?:face|neck|legs?|arms?|bones|kids|children|"
        r"son|daughter|baby|family|dog|cat|pets?)))",
        unless=r"\b(?:lol|lmao|haha\w*|if i'm late|finds out|report card|curfew)\b",
    ),
    rule(D, rf"\b{_PERSON} (?:\w+ ){{0,2}}(?P<core>threaten(?:s|ed|ing)? me)\b"),
    rule(
        D,
        r"\b(?P<core>(?:grabbed|grabs|squeezed|squeezes|twisted|twists|yanked|yanks|pulled|pulls) "
        r"(?:me by )?my (?:wrists?|arms?|hair|neck|throat|face|jaw) (?:so hard|until|and (?:it"
        r"|that) "
        r"(?:bruised|hurt|bled))|(?:left|leaves|gave me) (?:\w+ )?bruises (?:on|all over) my|gave "
        rf"me a black eye|{_PERSON} (?:\w+ )?sat on me and (?:wouldn't|didn't"
        r"|won't) let me breathe)",
    ),
    rule(
        D,
        r"\b(?P<core>(?:knife|gun|blade|razor) (?:to|at|against) my (?:throat|neck|head|chest)|"
        r"(?:pointed|points|aimed|aims|pulled) a (?:gun|knife) (?:at|on) me|(?:scared|afraid|fear|"
        r"fearing|terrified|worried) for my (?:life|safety))\b",
    ),
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,2}}(?P<core>(?:broke|broken|fractured|cracked|dislocated|"
        r"bruised) my (?:arm|nose|ribs?|wrist|jaw|fingers?|leg|hand|shoulder|eye|face|skull))\b",
    ),
    # "He's going to kill me" is usually a figure of speech; with fear beside it, it is not.
    rule(
        D,
        rf"\b{_PERSON}"
        r"(?P<core>(?: is going to|'s going to| going to| is gonna|'ll| will| might|"
        r" could|'d) (?:really |actually )?(?:kill|hurt|hit|beat|strangle|stab|shoot) me)\b"
        rf"{_EMOTIONAL_IF}",
        needs=r"\b(?:scared|afraid|terrified|frightened|fear|panicking|shaking|hiding|unsafe|"
        r"nowhere to go|help me|police|bruises|locked)\b",
        unless=r"\b(?:not|n't|never) (?:scared|afraid|worried) (?:that )?(?:he|she|they)(?:'ll|"
        r" will)",
    ),
    rule(
        D,
        r"\b(?P<core>(?:threaten(?:s|ed|ing)?|says?|said|told me|swears?|swore) (?:that )?"
        r"(?:he|she|they)?(?:'ll|'d| will| would| is going to| was going to)? ?(?:to )?"
        r"(?:kill|hurt) (?:himself|herself|themselves|themself) (?:if|when|unless))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:post|share|leak|send|show|publish|spread)(?:s|ed|ing)? (?:my|our) "
        r"(?:\w+ )?(?:nudes|naked (?:photos|pictures|pics)|intimate (?:photos|pictures|images|"
        r"videos)|sex tape))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:scared|afraid|terrified|frightened|worried|fear) (?:that )?"
        rf"{_PERSON}(?:'ll|'s going to| will| would| might| could| is going to| may| is gonna)? "
        r"(?:\w+ ){0,2}?(?:hurt|hit|kill|beat|attack|rape|find|stab|shoot|choke|strangle)s? me)\b"
        rf"{_EMOTIONAL_IF}",
    ),
    rule(
        D,
        r"\b(?P<core>(?:not|never|don't feel|doesn't feel|never feel|no longer feel|don't|"
        r"can't feel) safe)(?: (?:at home|in my (?:own )?(?:home|house|flat|apartment|room|bed)|"
        rf"with (?:him|her|them|my (?:\w+'s )?{_RELATION})|around (?:him|her|them|my (?:\w+'s )?"
        rf"{_RELATION})|here|living with \w+|right now|tonight|anymore))?"
        r"(?=\s*(?:$|[.,!?;]|and\b|but\b|because\b|since\b|when (?:he|she|they)\b|anymore|"
        r"right now|tonight|at home))",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:scared|afraid|terrified|frightened) (?:to|of) (?:go|going|be|being|stay|"
        r"staying|sleep|sleeping) (?:back )?(?:home|at home|here tonight|there tonight|alone with "
        r"(?:him|her|them)|in the same (?:house|room|bed)))\b",
        unless=r"\b(?:exams?|grades?|results|report card|disappointed|curfew|late|spider|ghost|"
        r"horror|film|movie)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:scared|afraid|terrified|frightened) of (?:him|her|them|my (?:\w+'s )?"
        rf"{_RELATION}))(?=\s*(?:$|[.,!?;]|when\b|because\b|and\b|but\b|so\b|now\b|anymore|"
        r"sometimes|lately|right now))",
    ),
    rule(
        D,
        r"\b(?P<core>stalk(?:s|ed|ing)? me|being stalked|(?:have|got|i've got) a stalker|"
        r"my stalker|"
        r"being followed|follow(?:s|ed|ing) me (?:home|to my (?:car|house|flat|door|apartment"
        r"|work)|"
        r"from (?:work|school|the \w+)|everywhere|around town|all the way))\b",
    ),
    rule(
        D,
        r"\b(?:someone|somebody|a (?:man|guy|woman|car|stranger)|my ex|this (?:man|guy)) "
        r"(?:\w+ ){0,2}(?P<core>follow(?:s|ed|ing) me)(?! (?:on|back|around on))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:keeps?|kept) (?:showing|turning) up (?:at|outside) (?:my|our) (?:door"
        r"|house|"
        r"home|flat|apartment|place|work|office|job|school|gym))",
    ),
    rule(
        D,
        r"\b(?P<core>lock(?:s|ed|ing)? me (?:in|up|out|inside)|(?:won't|doesn't|didn't|never) "
        r"lets? me (?:leave|go out|go outside|go home|out of (?:the|my) (?:house|flat|apartment|"
        r"room)|see (?:my )?(?:friends|family)|have my phone|use my phone|talk to (?:anyone|my)|"
        r"have (?:my own |a |any )?(?:money|bank card|bank account|card|phone|car keys|keys|job)|"
        r"leave the (?:house|flat|apartment)|go anywhere|work|drive)|"
        r"won't let me leave)\b",
        negatable=False,
        unless=r"\b(?:by accident|accidentally|forgot|lost (?:my|the) keys?|as a joke|prank)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:forced|forces|forcing|made|makes|pressured|pressures|coerced|coerces) me "
        r"(?:to |into )?(?:have sex|having sex|sleep with|sleeping with|do (?:sexual )?(?:things|"
        r"stuff)|sex|sexual)|forc(?:ed|es|ing) (?:himself|herself|themselves) on me|(?:touch|touches|touched|"
        r"grope|gropes|groped) me (?:\w+ ){0,2}?(?:without|against my will|inappropriately|in my "
        r"sleep|(?:when|while) i(?:'m| am| was)? (?:asleep|sleeping|sleep|drunk|passed out)|"
        r"(?:when|after|even though) i (?:said|say) no)|raped me|sexually assaulted me)",
    ),
    rule(
        D,
        rf"\b{_SELF} (?:\w+ )?(?P<core>(?:was|got|'ve been|have been|am|keep getting|get|'m being|"
        r"am being|'m) (?:being )?(?:raped|sexually assaulted|molested|abused|assaulted|beaten|"
        r"attacked|strangled|choked|stalked|threatened|hit|trafficked))\b"
        r"(?:(?<!choked)|(?! up\b))(?! (?:at (?:chess|cards|tennis|pool|darts|poker|trivia|"
        r"(?:\w+ )?games?|the (?:race|match|game|polls))|by (?:the |a )?(?:news|realization|"
        r"thought|truth|reality|idea|car|ball|bus|truck|wave)))",
        unless=r"\b(?:level|boss fight|in the game|gaming|player|npc|character|respawn\w*|"
        r"controller|fortnite|zelda|elden ring|dark souls|minecraft|roblox|cod|warzone)\b",
    ),
    rule(
        D,
        rf"\b{_PERSON} (?P<core>(?:is|was|'s|has been|got|gets|keeps getting) (?:being )?"
        r"(?:raped|abused|beaten|hit|assaulted|strangled|choked|stalked|attacked))\b"
        r"(?! (?:at|up|by (?:the|a) (?:car|ball|truck|bus|wave)))",
        about_others=True,
    ),
    rule(
        D,
        rf"\b(?:(?:my|our|her|his) (?:\w+'s )?{_RELATION}|he|she|they) (?P<core>(?:is|was|'s|has "
        r"been|can be|gets|got|became|used to be|'s been|turned|turns) (?:\w+ )?(?:abusive|violent|"
        r"physical with (?:me|her|him|us)))\b",
        about_others=True,
    ),
    rule(D, rf"\b(?P<core>my (?:\w+ )?(?:abusive|violent) (?:\w+ )?{_RELATION})\b"),
    rule(
        D,
        r"\b(?P<core>in an? (?:\w+ )?(?:abusive|violent|controlling and abusive) "
        r"(?:relationship|marriage|home|household))\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:victim|survivor) of (?:domestic|sexual|child|emotional|physical) "
        r"(?:violence|abuse|assault))\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:i'm|i am|we're) being (?:abused|hurt|beaten|hit|threatened|stalked|"
        r"followed|controlled|hurt))\b",
    ),
    # -- danger: wordings added after an evaluation of what the first rules missed.
    # Afraid to go home because of how someone will be.
    rule(
        D,
        r"\b(?P<core>(?:don't want to|do not want to|can't|afraid to|scared to|terrified to|too "
        r"scared to|dread(?:ing)?|not ready to|won't|dont want to) (?:go|going|get out|walk) "
        r"(?:back )?(?:in|inside|home|back|upstairs|into the house)(?: \w+){0,5}? (?:because|"
        r"since|as)"
        r" (?:he|she|they|my \w+|dad|mum|mom)(?:'ll| will| is|'s|'s going to| is going to| might|"
        r" may"
        r"| would)? (?:be )?(?:\w+ )?(?:drunk|wasted|high|angry|mad|furious|raging|violent|"
        r"in a mood|"
        r"in one of his moods|in one of her moods|waiting for me))",
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON}(?:'ll| will|'s| is| gets| get|'s going to| is going to) (?:be )?"
        r"(?:\w+ )?(?:drunk|wasted|high) (?:and|&) (?:angry|violent|mean|aggressive|raging|mad|"
        r"scary|furious|throwing (?:things|stuff)|looking for a fight|hitting))",
    ),
    # Hiding from someone, or someone at the door.
    rule(
        D,
        r"\b(?P<core>(?:i'm|i am|we're|we are|i've been|we've been|i was|we were|currently|still|"
        r"am) (?:\w+ )?hiding (?:in|under|inside|behind) (?:the|my|a|our) (?:\w+ )?(?:bathroom|"
        r"toilet|"
        r"closet|wardrobe|car|room|bedroom|basement|garage|cupboard|shed|attic|loft|bed|stairs|"
        r"kitchen|garden))",
        needs=r"\b(?:(?:he|she|they|him|her|them|my \w+)(?:'s|'re| is| are|'ll| will)? (?:\w+ )"
        r"{0,2}?(?:bang|pound|kick|scream|yell|shout|drunk|rag|furious|angry|looking for me|trying "
        r"to get in|outside|throw|smash|break|threat|hit|hurt|find me|coming|search)|scared|"
        rf"terrified|afraid|help|please|pls|knife|gun|from {_THEM})",
    ),
    rule(
        D,
        rf"\b(?P<core>hid(?:ing|e|den) from {_THEM})\b",
        about_others=True,
        unless=r"\b(?:surprise|present|gift|party|spoiler|hide and seek|birthday|christmas|tattoo|"
        r"vase|broke|grades|report card|trouble|lol|lmao|haha|chores|homework|cleaning|smok\w*|"
        r"vap\w*|bought|spending|shopping|purchase|bill)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:he|she|they|my \w+)(?:'s| is|'re| are| was| keeps?| kept)? (?:\w+ )?"
        r"(?:banging|pounding|hammering|kicking|punching|slamming|beating|trying to break) (?:on )?"
        r"(?:down )?(?:the|my|our) (?:\w+ )?(?:door|window)s?)",
        needs=r"\b(?:scared|terrified|afraid|hiding|hide|locked|help|screaming|yelling|shouting|"
        r"threat\w*|drunk|kill|hurt|let (?:him|her) in|won't stop|pls|please|shaking|crying|police|"
        r"middle of the night)\b",
    ),
    # Threats: to kill if the writer leaves or tells; with other words and other objects.
    rule(
        D,
        r"\b(?P<core>if i (?:ever |even |actually |try to |tried to |dare to |decide to )?(?:leave|"
        r"left|go|break up|broke up|tell (?:anyone|anybody|someone|somebody|the police|the cops|a "
        r"teacher|my teacher|social services)|told (?:anyone|anybody|someone|the police)|call "
        r"(?:the police|the cops|anyone)|called (?:the police|the cops)|report (?:him|her|it)|see "
        r"(?:my \w+|other \w+|him|her|them)|text (?:my \w+|him|her|anyone)|talk to (?:my \w+|"
        r"anyone|"
        r"other \w+))(?: (?:him|her|them|with (?:him|her)|this house|the house|again|ever))?"
        r"(?: \w+)?,? (?:then )?(?:he|she|they)(?:'ll|'d| will| would| is going to|'s going to| is "
        r"gonna| going to| could| might| swears (?:he|she)'ll)? (?:\w+ )?(?:kill|hurt|murder|stab|"
        r"shoot|strangle|beat|hunt|find|end|bury|destroy|come after|break) (?:me|us|my|the kids|"
        r"the "
        r"children|the baby|himself|herself)|make sure i (?:never|don't|won't|can't) see (?:my|the|"
        r"our) (?:kids|children|daughter|son|baby|family))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:threaten\w*|said|says|told me|swore|swears|promised|texted|texts|keeps "
        r"saying|yelled|screamed|warned me|warns me)(?: that)?(?: he| she| they)?(?:'ll|'d| will| "
        r"would| is going to| was going to| going to)?(?: to)? (?:(?!never |not |no )\w+ )?(?:put "
        r"me in (?:the ground|hospital|the hospital|a grave|a box|a wheelchair)|bury me|end me|"
        r"make "
        r"me disappear|break every bone|slit my throat|cut me|burn me|set me on fire|drown me|"
        r"throw acid (?:in|on|at) (?:my|me)|disfigure me|ruin my face|"
        r"burn (?:\w+ ){0,2}?down with (?:me|us|the kids|the children|my \w+) (?:still )?(?:in|"
        r"inside)(?: it)?|run "
        r"me over|finish me|kill (?:the |my |our )?(?:dog|cat|kids|baby|children|family|mum|mom|"
        r"parents)|take (?:the |my |our )?(?:kids|children|baby|son|daughter) (?:away|from me|and "
        r"i(?:'ll| will) never see)|"
        r"hurt "
        r"(?:the |my |our )?(?:kids|children|baby|dog|cat|family)|(?:kill|hurt|hit|beat|stab|shoot|"
        r"strangle|choke|harm|break|punch|slap|murder|smash) (?:me|us|my (?:face|head|neck|legs?|"
        r"arms?|bones|teeth|jaw|kids|children|son|daughter|baby|family|dog|cat|pets?))))",
        unless=r"\b(?:lol|lmao|haha\w*|if i'm late|finds out|report card|curfew)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON}(?:'ll| will| is going to|'s going to| going to| is gonna| gonna) "
        r"(?:really |actually )?(?:kill|hurt|beat|hit) me if i (?:go|come|get|went|walk) (?:back )?"
        r"(?:home|back|inside|in|there))",
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON}(?:'s| is) going to (?:hurt|hit|beat|strangle|choke) me (?:again|"
        r"tonight|when he gets|when she gets|as soon as))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:punched|punches|punching|hit|hits|hitting|kicked|kicks|smashed|smashes|"
        r"slammed|slams|threw|throws|put) (?:\w+ )?(?:a |the |his |her )?(?:wall|door|window|table|"
        r"fist|glass|plate|phone|mug|bottle|hole)(?: \w+){0,2}? (?:right )?(?:next to|beside|by|"
        r"near|above|inches from|an inch from|past|behind) (?:me|my (?:head|face))\b|next time "
        r"(?:it'll be|it's|it will be|its) (?:my|your|ur) (?:face|head|neck|throat)|next time "
        r"(?:it'll be|it's|it will be) you\b)",
    ),
    rule(
        D,
        rf"\b{_PERSON}(?: \w+){{0,3}}? (?P<core>(?:threw|throws|throwing|hurled|hurls|chucked|"
        r"chucks|"
        r"flung|flings|smashed|smashes|swung|swings) (?:\w+ ){1,3}?(?:at|into|on|over|"
        r"across) (?:me|"
        r"my (?:head|face|body|back|chest|legs?|arms?)))\b",
        unless=r"\b(?:ball|frisbee|pillow fight|snowball|water balloon|confetti|party|game|playing|"
        r"dodgeball|bouquet|joke|compliment|question|shade|curveball|kiss|smile|wink|money|cash)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:dragged|drags|dragging|pulled|pulls|pulling|yanked|yanks|yanking|hauled) "
        r"me (?:by (?:my|the) (?:hair|arm|arms|neck|throat|collar|feet|legs?|ankles?|wrists?|"
        r"clothes|"
        r"hood|shirt|ear)|(?:\w+ ){0,2}?(?:across|down|along|up|out of|into|through) (?:the|my|a) "
        r"(?:floor|stairs|kitchen|room|hall|hallway|house|car|street|bed|bedroom|ground|dirt)))",
        unless=r"\b(?:party|shopping|gym|concert|event|dance|karaoke|club|for a (?:run|walk|"
        r"drink))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:bruises|bruise|marks|bite marks|scratches|burns|welts|black eye|"
        r"handprints?|"
        r"fingerprints?|finger marks) (?:\w+ ){0,3}?(?:from|because of|thanks to|courtesy of|that) "
        rf"(?:him|her|them|{_PERSON}))\b",
        unless=r"\b(?:hickeys?|love bites?|kiss\w*|suck\w*|gym|training|sparring|match|game|cat|"
        r"dog|"
        r"puppy|kitten|baby|toddler)\b",
    ),
    # Control: keys, phone or passport taken so the writer cannot leave; tracking; shadowing.
    rule(
        D,
        r"\b(?P<core>(?:takes|took|taken|taking|hides|hid|hiding|smashed|smashes|broke|breaks|"
        r"keeps|"
        r"kept|confiscat\w+|locks? up|locked up|steals|stole) (?:away )?(?:my|her|his|"
        r"our) (?:\w+ )?"
        r"(?:keys|car keys|phone|passport|wallet|money|cards?|bank cards?|id|documents|papers|visa|"
        r"shoes)(?:(?: and|,) (?:my |her |his )?(?:\w+ )?(?:keys|phone|passport|wallet|money|"
        r"cards?|"
        r"id|documents|papers|shoes))?(?: \w+){0,3}? (?:so (?:that )?(?:i|she|he|we) (?:can't|"
        r"couldn't|won't be able to|don't|can not) (?:leave|go|call|get out|escape|contact|talk|"
        r"see|"
        r"drive|run)|and (?:won't|doesn't|didn't|wouldn't) let (?:me|her|him|us) (?:leave|go|out|"
        r"call)))",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:won't|doesn't|didn't|never|wouldn't) lets? {_THEM} (?:leave|go out|go "
        r"outside|go home|out of (?:the|her|his|their) (?:house|flat|apartment|room)|see (?:her|"
        r"his|"
        r"their )?(?:friends|family)|have (?:her|his|a) phone|talk to anyone))\b",
        negatable=False,
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:i'm|i am|i was|i've been|we're|we are|we were|i got|we got|been) (?:\w+ )?"
        r"locked (?:in|inside|up))\b(?! (?:\w+ ){0,2}?(?:meeting|contract|deal|conversation|battle|"
        r"game|call|debate|focus|argument|race|zone|loop|cycle|mode|study|studying|work|grind|gym|"
        r"for (?:the|this|a)|on (?:this|the|my)|lol|fr|out))",
        needs=r"\b(?:he|she|they|him|her|them|key|keys|can't get out|won't let|my (?:dad|mum|mom|"
        r"husband|boyfriend|partner|wife|girlfriend|stepdad|stepmom|stepmum|parents|father|"
        r"mother))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:pinned|pins|pinning|held|holds|holding|shoved|pushed|slammed|slams|threw|"
        r"throws) me (?:down )?(?:to|onto|on|against|into) (?:the|my|a|his|her) (?:bed|floor|wall|"
        r"ground|couch|sofa|car|door|mattress|fridge|counter|table|stairs|bathtub|cupboard))",
        unless=r"\b(?:wrestl\w*|tickl\w*|play\w*|hug\w*|danc\w*|bjj|judo|training|sparring|joke|"
        r"kidding|kiss\w*|romantic|passionate)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:squeez\w+|press\w*|crush\w*) (?:on )?my (?:neck|throat|windpipe)|"
        r"(?:choked|strangled|throttled) me (?:out|until|till|unconscious|so hard)|"
        r"couldn't breathe "
        r"(?:because|when|while|as) (?:he|she|they)|(?:until|till) i (?:passed out|blacked out|"
        r"nearly passed out|almost passed out|saw stars|couldn't breathe))",
        unless=r"\b(?:bjj|jiu|judo|mma|wrestl\w*|sparring|training|class|tap(?:ped)?|laugh\w*|"
        r"run|running|workout|gym|asthma|panic attack|anxiety)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:tracks?|tracked|tracking|traces?|traced|monitors?|monitored|monitoring|"
        r"spies on|spied on|spying on|hacked|hacks|hacking|bugged) (?:me|my (?:phone|location|car|"
        r"messages|texts|emails?|accounts?|instagram|snap|whatsapp|dms|chats|call logs?|gps|every "
        r"move))|(?:put|hid|placed|installed|found) (?:a |an )?(?:tracker|tracking app|airtag|gps|"
        r"spyware|tracking device|camera) (?:on|in|under) my (?:car|bag|phone|coat|jacket|bike|"
        r"room|"
        r"flat|house))\b",
        unless=r"\b(?:parcel|package|order|delivery|fitness|steps|sleep|period|app store|ads|"
        r"cookies|google|facebook|meta|amazon|apple|runs?|running|workout|find my friends|life360|"
        r"parents? (?:use|share)|we share|both share|lost (?:my|the) (?:phone|bag))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:shows?|showed|showing|turns?|turned|turning|pops?|popped) up (?:\w+ ){0,2}?"
        r"(?:wherever|everywhere|anywhere) (?:i|she|he) (?:go|goes|am|is|went|work|works)|"
        r"(?:keeps?|kept)"
        r" (?:showing|turning) up (?:at|outside) (?:her|his|their) (?:door|house|home|flat|"
        r"apartment|"
        r"place|work|office|job|school|gym))\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:says|said|texts?|texted|messag\w+|told me|reminds me|keeps saying|wrote) "
        r"(?:that )?(?:he|she|they)? ?knows? where (?:i|we|my (?:\w+ )?(?:kids|family|mum|mom|"
        r"parents|sister|brother)) (?:live|am|are|work|sleep|go to school))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:he|she|they|my ex|someone|somebody|a (?:man|guy|car))(?:'s| is|'s been|"
        r" has "
        r"been| was| keeps| kept)? (?:\w+ )?(?:outside|waiting outside|parked outside|sitting "
        r"outside|standing outside|watching|lurking (?:around|outside)) my (?:house|flat|door|"
        r"window|"
        r"work|apartment|place|building|school|car|office))",
        needs=r"\b(?:won't leave|right now|again|every|texting|knows|scared|afraid|terrified|"
        r"calling|watching|staring|night|creepy|restraining|police|blocked|ex)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:gets?|got|getting|was|is|been) (?:really |too |very |so )?(?:rough|"
        r"physical|violent) with me)\b",
        unless=r"\b(?:consensual|we agreed|safe ?word|kink\w*|i like|i asked|i love it|play)\b",
    ),
    # Someone close being hurt now.
    rule(
        D,
        rf"\b{_PERSON}(?:'s| is| keeps| has been|'s been| was| still) (?:\w+ )?(?P<core>(?:hurting|"
        r"hitting|beating|choking|strangling|abusing|attacking|slapping|kicking|punching|"
        rf"threatening|stalking|harassing) {_THEM})\b(?! (?:on|at|in) (?:chess|cards|games?|tennis|"
        r"instagram|insta|online|the race))",
        about_others=True,
    ),
    rule(
        D,
        rf"\b{_PERSON}(?: \w+){{0,3}}? (?P<core>(?:threaten(?:s|ed|ing)?|stalk(?:s|ed|ing)?|"
        rf"harass(?:es|ed|ing)?) (?:me|{_THEM}))\b(?! (?:instagram|insta|ig|profile|page|account|"
        r"socials|posts|facebook|twitter|tiktok|online|on (?:instagram|insta|social|tiktok|twitter|"
        r"facebook)))",
        about_others=True,
    ),
    # A partner threatening suicide to keep the writer: coercion.
    rule(
        D,
        r"\b(?P<core>(?:threaten\w*|says?|said|told me|swears?|swore|keeps saying|texted|texts|"
        r"promised)(?: that)?(?: he| she| they)?(?:'ll|'d| will| would| is going to| was going to| "
        r"going to)? ?(?:to )?(?:kill (?:himself|herself|themselves|themself|myself)|"
        r"hurt (?:himself|"
        r"herself|themselves)|end (?:his|her|their) (?:own )?life|end it(?: all)?|overdose|od|jump"
        r"(?: off \w+)?|take (?:all )?(?:of )?(?:his |her |their |the )?(?:\w+ )?(?:pills|meds|"
        r"tablets)|slit (?:his|her|their) wrists|hang (?:himself|herself)|do something (?:stupid|"
        r"drastic|bad)|cut (?:himself|herself)|not be here)(?: \w+){0,4}? (?:if|when|unless|the "
        r"day) i (?:ever )?(?:leave|left|go|break|broke|end|don't|didn't|stop|block|say|said|tell|"
        r"move|talk|see))",
    ),
    # Harassment that urges the writer to die.
    rule(
        D,
        r"\b(?P<core>(?:told|tell|tells|telling|keeps telling|kept telling|texted|messaged|dm'?d|"
        r"commented|sent) (?:\w+ ){0,2}?(?:me|us) (?:that )?(?:i should |to (?:go )?)(?:kill "
        r"myself|kill yourself|die|hang myself|hang yourself|jump))\b",
    ),
    # Sex without consent, drugged drinks, images used as threats.
    rule(
        D,
        r"\b(?P<core>(?:was|got|been|were|being) (?:roofied|drugged|spiked)|(?:spiked|drugged|"
        r"roofied|dosed) (?:my|our|her|his) (?:\w+ )?(?:drink|drinks|"
        r"cup|glass|beer|wine|cocktail|coffee|soda)|(?:spiked|drugged|roofied) (?:me|her)\b|"
        r"(?:put|slipped|dropped|added|poured) (?:something|a pill|a roofie|drugs?|stuff|some\w* "
        r"\w+) (?:in|into) my (?:drink|cup|glass|beer|wine|cocktail|coffee|soda|food)|my (?:drink|"
        r"cup|glass|beer|wine|cocktail|coffee) (?:was|got|had been|must have been|might have been|"
        r"may have been) (?:spiked|drugged|tampered with|laced))",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:drink|drinks|cup|glass|beer|wine|cocktail) (?:\w+ ){0,2}?(?:tasted|tastes|"
        r"smelled|looked) (?:weird|funny|off|strange|bitter|salty|wrong)(?:[ ,.!]+[\w']+){0,10}?"
        r"[ ,.!]+(?:blacked out|black|blank|passed out|don't remember|can't remember|woke up|"
        r"couldn't move|couldn't stand|room was spinning|everything went))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:woke up|came to) (?:\w+ ){0,2}?(?:at|in) (?:his|her|their|a stranger's|"
        r"some "
        r"guy's|a guy's|someone's|the guy's) (?:place|bed|flat|house|apartment|room|car)(?:[ ,.!]+"
        r"[\w']+){0,8}?[ ,.!]+(?:don't|didn't|can't|couldn't|no) (?:remember|memory|idea how|know "
        r"how)|(?:don't|can't|didn't) remember (?:\w+ ){0,4}?(?:and|then|"
        r"but) (?:\w+ ){0,2}?woke up "
        r"(?:\w+ ){0,2}?(?:at|in|next to) (?:his|her|a stranger|some guy|a guy|someone)|"
        r"drink(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:everything went black|blacked out)(?:[ ,.!]+"
        r"[\w']+){0,6}?[ ,.!]+woke up)",
    ),
    rule(
        D,
        r"\b(?P<core>(?:kept going|didn't stop|did not stop|wouldn't stop|won't stop|doesn't stop|"
        r"never stops|kept touching|kept pushing|continued|carried on|did it anyway|does it anyway|"
        r"went ahead anyway|ignored me|didn't listen|doesn't listen)(?: (?:even|still|anyway|"
        r"touching me|pushing))? (?:after|when|even "
        r"though|even when|although|while|though) i (?:said no(?! to)|say no(?! to)|told him no|"
        r"told her no|told "
        r"him to stop|tell him to stop|told her to stop|said stop|say stop|was crying|cry|cried|"
        r"asked "
        r"(?:him|her|them) to stop|ask (?:him|her) to stop|pushed (?:him|her) away|tried to push|"
        r"begged|beg|was asleep|was passed out|was drunk|said i didn't want|said i wasn't ready|"
        r"froze)|i (?:said|told (?:him|her|them)) (?:no(?! to\b)|stop)(?: \w+){0,5}? (?:and|but) "
        r"(?:he|she|they) (?:still |just )?(?:kept going(?! on)|didn't stop|did not stop|"
        r"wouldn't stop|did it anyway|"
        r"carried on|continued|ignored me|kept touching|forced|pushed|held me))",
    ),
    rule(
        D,
        r"\b(?P<core>without (?:my|her|his|their) consent|(?:i|she) (?:didn't|did not|never|"
        r"couldn't|"
        r"could not|wasn't able to|was too drunk to) (?:give )?consent|non-?consensual|(?:sex|"
        r"touching|things|stuff) i (?:didn't|did not|never) (?:want|agree to|consent to|"
        r"ask for))\b",
        unless=r"\b(?:data|cookies|photo of my (?:dog|cat|food)|tagged|number|address|gdpr|app|"
        r"company|employer|subscription|charged|bank|account|card|email|newsletter|post(?:ed)? "
        r"(?:a|my) (?:photo|pic) of (?:my|our) (?:dog|cat|kid|food|house))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:has|had|have|having|started having|starts having|tries to have|tried to "
        r"have|wants|forces|forced) sex with me (?:\w+ ){0,3}?(?:when|while|even though|although|"
        r"after|though|even when|whenever) i(?:'m| am| was|'d)? (?:\w+ )?(?:asleep|sleeping|drunk|"
        r"passed out|unconscious|sick|crying|said no|say no|told him|told her|don't want|"
        r"didn't want|"
        r"do not want|ask him|asked him|beg|begged|pretend)|(?:starts?|started|tries|"
        r"tried) (?:to )?"
        r"(?:touch|touching|undress|undressing|have sex with|having sex with) me (?:while|when) "
        r"i(?:'m| was| am)? (?:asleep|sleeping|passed out|unconscious))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:woke up|wake up|came to|woken up)(?: \w+){0,3}? (?:and|to|with) (?:he|him|"
        r"she|her|someone|a man|a guy|my \w+)(?: was| is)? (?:\w+ ){0,2}?(?:on top of me|inside me|"
        r"touching me|undressing me|in my bed|taking my clothes off|groping me|having sex with me|"
        r"feeling me up|filming me|with his hands? (?:on|in|down|under)))",
        unless=r"\b(?:cat|dog|kitten|puppy|baby|toddler|kid|son|daughter|pet|cuddl\w*|sweet|cute|"
        r"breakfast|coffee)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:made|makes|making|forced|forces|forcing|pressured|pressures|pressuring|"
        r"pushed|pushes|guilted|guilts|coerced|coerces|talked|talks|tricked|tricks|manipulated|"
        r"manipulates) me (?:into )?(?:to )?(?:do(?:ing)?|go(?:ing)? down on|touch(?:ing)?|"
        r"perform(?:ing)?|giv(?:e|ing)|send(?:ing)?|film(?:ing)?|strip(?:ping)?|undress(?:ing)?|"
        r"watch(?:ing)?) (?:\w+ ){0,2}?(?:stuff|things|something|sexual|it|him|her|his|pics|photos|"
        r"nudes|videos?|porn)\b(?: \w+){0,4}? (?:i (?:didn't|did not|don't|do not|wasn't|never) "
        r"(?:want|ready|comfortable|agree|like)|against my will|when i said no|"
        r"even though i said no|"
        r"after i said no|i said no|i owed|i owe|or (?:else|he'd|he'll|she'd|she'll)|and (?:said|"
        r"says|told me|tells me) (?:nobody|no one|not to tell|to keep|it's our|its our|i owed|"
        r"i owe)))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:said|says|told me|tells me|keeps saying|threatened|threatens)(?: that)? "
        r"(?:nobody|nobody'd) (?:will|would|'ll|'d|is going to|is gonna|going to|ever) (?:ever )?"
        r"believe (?:me|you|a kid|a child))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:my|a|her) (?:wifely |marital |conjugal )?duty(?: as (?:a|his|your) wife)?|"
        r"wifely duties|marital duties|conjugal (?:duty|duties|rights))\b",
        needs=r"\b(?:sex|stop|cry|crying|forces|makes me|take no|don't want|didn't want|refuse|"
        r"said no|say no|hurts?)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:send|sends|sent|sending|post|posts|posted|posting|share|shares|shared|"
        r"sharing|leak|leaks|leaked|leaking|show|shows|showed|showing|spread|spreads|spreading|"
        r"upload|uploads|uploaded|uploading|put|puts|putting|publish\w*|expose|exposes|exposed|"
        r"exposing) (?:\w+ ){0,2}?(?:my|our|the|those|these|private|"
        r"intimate) (?:\w+ ){0,2}?(?:pics|"
        r"pictures|photos|videos|vids|nudes|nude|tape|recording|footage|snaps|"
        r"images)\b(?: \w+){0,6}? "
        r"(?:if|unless|or else))",
        unless=r"\b(?:holiday|vacation|wedding|trip|graduation|baby|dog|cat|food|art|portfolio|"
        r"birthday|concert|family photos)\b",
    ),
    rule(
        D,
        r"\b(?P<core>threaten(?:s|ed|ing)? to (?:post|leak|share|send|upload|show|spread|expose|"
        r"publish|release|put) (?:it|them|those|that|the ones (?:he|she|they|he's|she's)|"
        r"everything (?:he|she|they)|what (?:he|she|they) (?:has|have|got|took)|the (?:video|pics|"
        r"pictures|photos|tape|"
        r"recording|nudes)|(?:my|our) (?:\w+ )?(?:pics|nudes|photos|pictures|videos?|secrets|"
        r"tape|sex tape)|(?:pics|"
        r"photos|"
        r"videos|nudes) of me))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:recorded|records|recording|filmed|films|filming|photographed|took (?:pics|"
        r"pictures|photos|videos) of|secretly (?:filmed|recorded)) (?:me|us|her)\b (?:\w+ ){0,3}?"
        r"(?:without (?:me|my|her|asking|consent|permission|telling)|(?:while|when) (?:i|we|she) "
        r"(?:was |were )?(?:asleep|sleeping|naked|undressed|changing|showering|in the shower|"
        r"having "
        r"sex|drunk|passed out)|in the (?:shower|bathroom|changing room)|having sex|naked))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:asks?|asked|asking|wants|wanted|keeps asking|kept asking|begs?|begged|"
        r"pressur\w+|tells?|told|makes?|made|forces?|forced|pushes|"
        r"pushed) me (?:\w+ )?(?:to )?send "
        r"(?:him|her|them) (?:\w+ )?(?:pics|pictures|photos|nudes|videos|vids|snaps|selfies))\b",
        unless=r"\b(?:(?:of|from) (?:the|my|our) (?:flat|apartment|house|dog|cat|trip|holiday|"
        r"vacation|food|outfit|new|room|car|garden|baby|work|documents|receipt|homework|view|"
        r"hotel|dress|nails|hair|cake|art|painting))\b",
    ),
    # A child: an adult coming into the room at night, touching, asking for secrets.
    rule(
        D,
        r"\b(?P<core>(?:comes?|coming|came|sneaks?|sneaking|snuck|creeps?|creeping|crept|walks?|"
        r"walking|walked|gets?|getting|got|climbs?|climbing|climbed) (?:in|into|in to) (?:my|our) "
        r"(?:bed(?:room)?|room|shower|bath(?:room)?)(?: \w+){0,4}? (?:at night|every night|in the "
        r"night|late at night|when (?:everyone|everybody|mum|mom|dad|my (?:mum|mom|dad|parents)|"
        r"i'm|"
        r"i am|the house)|while i(?:'m| am| was)? (?:asleep|sleeping|in bed|changing|showering|in "
        r"the shower)|after (?:mum|mom|dad|everyone|my \w+) (?:goes|go|went|leaves|left)|and "
        r"(?:touches|touched|lies|lays|gets in|sits on my bed|watches me|(?:locks|shuts|"
        r"closes) the "
        r"door)))",
        unless=r"\b(?:cat|dog|kitten|puppy|baby|toddler|little (?:brother|sister)|nightmares?|"
        r"storm|dark|thunder|cuddl\w*|goodnight|good night|wake me|alarm|check on me|checks on me|"
        r"roommate|flatmate)\b",
    ),
    rule(
        D,
        rf"\b{_PERSON}(?: \w+){{0,3}}? (?P<core>(?:touches|touched|touching|feels|felt|rubs|rubbed|"
        r"grabs|grabbed|gropes|groped) (?:me|my (?:private|privates|private parts|chest|breasts?|"
        r"boobs|butt|bum|ass|legs?|thighs?|body|crotch|underwear|bottom|penis|"
        r"vagina))\b(?! (?:\w+ )"
        r"{0,2}?(?:heart|soul|feelings|deeply|emotionally|shoulder|arm to get|back to)))",
        unless=r"\b(?:boyfriend|girlfriend|husband|wife|partner|fianc\w*|date|crush|lol|haha|cute|"
        r"sweet|cuddl\w*|massag\w*|kiss\w*|hug\w*|romantic|flirt\w*|doctor|nurse|physio|"
        r"hairdresser|barber|tattoo|words|story|letter|gesture|song)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:touches|touched|keeps touching|kept touching|gropes|groped|rubs|rubbed) my "
        r"(?:private|privates|private parts|chest|breasts?|boobs|butt|bum|legs?|thighs?|crotch|"
        r"underwear|bottom|penis|vagina))\b",
        unless=r"\b(?:boyfriend|girlfriend|husband|wife|partner|fianc\w*|date|crush|lol|haha|cute|"
        r"sweet|cuddl\w*|massag\w*|kiss\w*|hug\w*|romantic|flirt\w*|doctor|nurse|physio|cat|dog|"
        r"kitten|puppy|baby|toddler|by accident|accidentally|under the table by)\b",
    ),
    rule(
        D,
        rf"\b{_PERSON}(?: \w+){{0,3}}? (?P<core>(?:makes|made|forces|forced|wants|wanted|asks|"
        r"asked) "
        r"me (?:to )?(?:touch|watch|look at) (?:him|her|his|it|things|videos|porn|him naked))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:it's|its|it is|this is|that's|thats) (?:our (?:little |special |big )?|a "
        r"(?:little |special ))secret|our (?:little|special) secret|keep(?:ing)? (?:it |this |"
        r"that |everything )?(?:a )?"
        r"(?:\w+ )?secrets? (?:about|from) (?:what (?:we|he|she)|my (?:mum|mom|dad|parents)|mum|"
        r"mom|"
        r"dad|everyone|anyone)|(?:tells?|told|asks?|asked|makes?|made|wants|wanted|keeps telling|"
        r"warned|warns) me (?:to |not to |never to )?(?:keep (?:it |this |this a |it a |secrets?|"
        r"quiet|our)|not (?:to )?tell|never (?:to )?tell|don't tell|"
        r"not say)(?: \w+){0,2}? (?:anyone|"
        r"anybody|mum|mom|dad|my (?:mum|mom|dad|parents|teacher)|a secret|secret|quiet|about (?:it|"
        r"this|what)))",
        unless=r"\b(?:surprise|party|present|gift|birthday|proposal|pregnan\w*|engagement|"
        r"christmas|santa|tooth fairy|spoiler|crush|ending|recipe|game|puppy|kitten|plan|plans)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:he|she|they)(?:'s| is| are|'re) (?:like |almost |over )?(?:[2-6]\d|twenty|"
        r"thirty|forty|fifty)\w*\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+i(?:'m| am) (?:only |"
        r"just )?(?:1[0-5]"
        r"|[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b|i(?:'m| am) (?:only |"
        r"just )?(?:1[0-5]|"
        r"[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:he|"
        r"she|"
        r"they)(?:'s| is| are|'re) (?:like |almost |over )?(?:[2-6]\d|twenty|thirty|forty|"
        r"fifty)\w*)\b",
        needs=r"\b(?:dating|date|boyfriend|girlfriend|loves me|in love|meet|pics|secret|sleep|kiss"
        r"\w*|touch\w*|sex|relationship|room|bed)\b",
    ),
    rule(
        D,
        rf"\b{_PERSON}(?: \w+){{0,2}}? (?P<core>(?:hurts|hurt|is hurting|keeps hurting) me)\b",
        needs=r"\bi(?:'m| am) (?:only |just )?(?:[5-9]|1[0-6])\b|\b(?:bruises?|bruised|marks|"
        r"physically|belt|black eye|bleed\w*|bled|broke|when (?:he|she)(?:'s| is| gets) drunk)\b",
    ),
    # -- danger: round-2 wordings (control, coerced images, consent in marriage, a child).
    rule(
        D,
        r"\b(?P<core>(?:took|takes|has taken|taken|hid|hides|has hidden|confiscated|stole|"
        r"steals|won't give (?:me )?back|refuses to give (?:me )?back) (?:away )?(?:my|her) "
        r"(?:\w+ )?(?:passport|visa|id card|immigration papers|residence permit))\b",
        about_others=True,
        unless=r"\b(?:safe ?keeping|embassy|renew\w*|application|lost|holiday|trip|airport|"
        r"check-?in|hotel|bank|border|customs|copy|photocop\w*|scan\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:pressur\w+|begs?|begged|begging|forc\w+|guilt\w*|coerc\w+|harass\w+|"
        r"keeps (?:asking|pushing|begging)|kept (?:asking|pushing|begging)|won't stop asking|"
        r"blackmail\w*) me (?:\w+ )?(?:to |into )?(?:send|sending) (?:\w+ ){0,2}?(?:pics|pictures|"
        r"photos|nudes|videos|vids|snaps|selfies))\b",
        unless=r"\b(?:(?:of|from) (?:the|my|our) (?:flat|apartment|house|dog|cat|trip|holiday|"
        r"vacation|food|outfit|new|room|car|garden|baby|work|documents|receipt|homework|view|"
        r"hotel|dress|nails|hair|cake|art|painting))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:i|we|wives|she) (?:don't|do not|doesn't|never|no longer) (?:get to|have the "
        r"right to|get a say|get a choice|have a choice|have a say|'ve got a choice)(?: (?:to )?say "
        r"no)?|(?:not|never) allowed to say no)\b(?! to (?!(?:him|her|sex|it)\b))",
        needs=r"\b(?:wife|husband|married|marriage|sex|in bed|his|her|he|she)\b",
        unless=r"\b(?:boss|work|job|manager|shift|overtime|kids|mum|mom|dad|parents|teacher|"
        r"school|holiday|dinner|restaurant|trip|movie|film|chores)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:watches|watched|watching|films|filmed|filming|peeks? at|peeked at|peeps? "
        r"at|peeped at|spies on|spied on|spying on|stares at|stared at|walks in on|walked in on|"
        r"comes in on|came in on) me (?:\w+ )?(?:in the (?:shower|bath|bathroom)|(?:while|when|as) "
        r"i(?:'m| am| was)? (?:shower|showering|bathing|changing|undress\w*|get (?:undressed|"
        r"changed|dressed)|getting (?:undressed|changed|dressed)|naked|in the (?:shower|bath))|"
        r"naked|undress\w*|changing))\b",
        about_others=True,
        unless=r"\b(?:cat|cats|dog|dogs|pet|kitten|puppy|baby|toddler|lifeguard|accident\w*|"
        r"by mistake|lol|haha|parrot|bird)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:staying|stay|living|live|moved|went|go|going|fled|ran) (?:at|in|to|into) "
        r"(?:a |the )?(?:women's |domestic violence |dv )?(?:refuge|safe house|shelter for "
        r"women|women's shelter|dv shelter|domestic violence shelter)|(?:found|finds|find|has "
        r"found|figured) out where i(?:'m| am)? (?:live|lived|living|staying|work|moved|am now))\b",
        needs=r"\b(?:ex|husband|boyfriend|partner|wife|girlfriend|stalker|scared|afraid|"
        r"terrified|refuge|police|hiding|safe house|shelter|restraining|because)\b",
        unless=r"\b(?:volunteer\w*|donat\w*|fundrais\w*|dog|cat|animal|pet|job|work there|"
        r"shift|placement)\b",
    ),
    rule(
        D,
        r"\b(?P<core>too (?:drunk|high|out of it|wasted|asleep|scared) to (?:say no|consent|stop "
        r"(?:him|her|them|it)|fight (?:him|her|them|back)|push (?:him|her|them) (?:off|away)|"
        r"move)|(?:did|does|doing|tried|started) (?:stuff|things|something|sexual \w+) (?:to|with) "
        r"me (?:\w+ ){0,3}?(?:when|while|after|even though) i (?:was|am|'m|said|told|didn't|"
        r"couldn't|wasn't|fell))\b",
        unless=r"\b(?:pranks?|drew|drawing|sharpie|makeup|hair|shaved|eyebrows|photo of me "
        r"asleep|lol|haha|funny)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:says?|said|told me|tells me|warned me|warns me|makes me promise|made me "
        r"promise) (?:that )?i (?:can't|cannot|mustn't|shouldn't|am not allowed to|'m not allowed "
        r"to|can never|must never|should never) tell (?:anyone|anybody|my (?:mum|mom|dad|parents|"
        r"teacher|friends)|mum|mom|dad|a teacher))\b",
        unless=r"\b(?:surprise|party|present|gift|birthday|proposal|pregnan\w*|engagement|"
        r"christmas|santa|spoilers?|crush|ending|recipe|game|plans?|grades|results|dent|broke|"
        r"vase|smok\w*|vap\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:sit|sitting|sat|sits) on (?:his|her) (?:lap|knee)|(?:asks?|asking|asked|"
        r"keeps asking|kept asking|wants|wanted|makes|made) me to (?:\w+ ){1,6}?and (?:not|never) "
        r"(?:to )?tell(?: (?:anyone|anybody|mum|mom|dad|my \w+))?)\b",
        needs=r"\bi'm (?:only |just )?(?:[5-9]|1[0-6])\b|\b(?:not (?:to )?tell|secret|touch\w*|"
        r"uncomfortable|scared|weird|creepy|lap|room|bed|pictures?|pics|photos)\b",
        unless=r"\b(?:santa|shift|boss|work|surprise|party|present|gift|birthday|grandma|"
        r"granny|nan|photo with|cat|dog)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:keeps?|kept) (?:cornering|groping|touching|grabbing|feeling up) me|"
        r"(?:touch\w*|grop\w*|grabb\w*|kiss\w*) me (?:\w+ ){0,6}?(?:i've|i have|i|even though i|"
        r"after i) (?:said|told (?:him|her|them)|asked (?:him|her|them)(?: to)?) (?:to )?(?:stop|"
        r"no|not to))\b",
        unless=r"\b(?:cat|kitten|dog|puppy|baby|toddler|my (?:son|daughter)|lol|haha|tickl\w*|"
        r"joke|sister|brother|nephew|niece)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:asks?|asking|asked|keeps asking|kept asking|wants|wanted|begs|begging|"
        r"begged|demands?|demanding) (?:me )?for (?:\w+ )?(?:pictures|pics|photos|nudes|videos|"
        r"selfies|snaps)(?: of me)?)\b",
        needs=r"\bi'?m (?:only |just )?(?:[5-9]|1[0-7])\b|\b(?:grown|adult|older|stranger|"
        r"online|secret|delete|don't tell|not to tell|man|guy|in my underwear|naked|body)\b",
        unless=r"\b(?:portfolio|insta|modell?ing|agency|job|passport|id|visa|grandma|nan|gran|"
        r"mum|mom|dad|baby|dog|cat|holiday|trip|outfit|wedding)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:tells?|telling|told|asks?|asking|asked|makes?|made) me (?:[\w']+ ){0,4}?to "
        r"delete (?:them|the messages|the texts|the chats|our (?:chats|messages|texts|"
        r"conversations?)|everything|the pics|the photos)|(?:i'm|i am|that i'm|how) (?:so )?"
        r"special (?:to him|to her)? ?(?:and|but) (?:not to|i (?:can't|mustn't|shouldn't)) tell)\b",
        needs=r"\b(?:night|special|secret|don't tell|not to tell|mum|mom|dad|parents|i'm (?:1[0-7]|"
        r"[5-9])|husband|uncle|teacher|coach|man|older|aunt's|stepdad|stepfather|tutor|grown)\b",
        unless=r"\b(?:boss|work|colleague|spam|scam|storage|phone (?:is )?full|gdpr|data|app)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:says?|said|told me|tells me|warned me|threatened) (?:that )?i(?:'ll| will|"
        r"'d| would) (?:get in(?:to)? trouble|be in trouble|get hurt|be taken away|be sent away|"
        r"get (?:mum|mom|dad|him|her) in trouble) if i (?:ever )?(?:tell|told|say anything))\b",
        unless=r"\b(?:teacher|school|homework|exam|grades|phone|party|surprise|boss|work)\b",
    ),
    *_DANGER_R3,
    *_DANGER_R4,
    *_DANGER_R5,
    *_DANGER_R6,
    # ---- SUICIDE
    rule(
        S,
        r"\b(?P<core>(?:kill|kills|killed) myself|killing myself)\b(?! laughing)",
        unless=r"\b(?:'m|am|was|were|been|'re|are) killing myself (?:to|for|over|at|trying|working|"
        r"on)\b|\bkill(?:ed|ing)? myself (?:\w+ ){0,3}?(?:with my own|in (?:cod|fortnite|minecraft|"
        r"the game|game|apex|valorant|gta|halo|overwatch|elden ring|dark souls|skyrim|terraria|"
        r"roblox|warzone)|by accident|accidentally|fall damage|respawn)|\b(?:grenade|respawn\w*|"
        r"fall damage|speedrun\w*)\b|\bnever (?:would|will|could) i\b|\bno way (?:i'd|i would|i'm|"
        r"i am|am i|would i|will i|i'll|i will)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:want|wants|wanted|wanting|ready|plan|planning|deserve|deserves|need|"
        r"would like|i'd like|just want|long|longing|pray|praying) to (?:just )?die|(?:wish(?:ed)? "
        r"(?:i )?(?:could|would)|should(?: just)?|hope i|hoping i) (?:just )?die)\b(?! (?:of|from|for|"
        r"than|laughing|happy|old|with (?:him|her|them|you|my|someone)|in (?:peace|(?:his|her|"
        r"their|your|my) arms)|at home|peacefully|alone|young|a (?:hero|legend|virgin)|someday|"
        r"one day|on (?:this|that) hill|trying|doing|a little))",
        about_others=True,
        # Round 4: a third person's hyperbole about a chore ("she wants to die when she has to
        # eat broccoli lol").
        unless=_DENIAL_SHAPE + r"|\b(?:she|he|they) (?:keeps saying |says |said )?(?:she|he|they)?"
        r" ?wants? to die when (?:she|he|they) (?:has|have|had|sees?|saw|gets?|hears?|eats?|does)\b"
        r"[^.!?\n]{0,60}\b(?:lol|lmao|haha\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:deserve|deserves|deserved) to (?:just )?(?:die|be dead))\b"
        r"(?! (?:a little|inside|of|laughing|happy|old))",
    ),
    rule(
        S,
        rf"\b(?P<core>{_INTENT} (?:to )?(?:crash(?:ing)? (?:the|my) car|swerv(?:e|ing) into "
        r"(?:traffic|a truck|a tree|a wall|oncoming)))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|"
        r"obsess(?:ed|ing)?) (?:about|of) (?:dying(?! (?:alone|my|her|his|their|it|old|young))|"
        r"being dead|not being (?:alive|here|around)|not existing|not waking up|my (?:own )?"
        r"funeral)|(?:imagin|pictur|plann)(?:e|es|ed|ing) my (?:own )?funeral|danger to "
        r"myself(?! (?:in|at|with|on|behind|when|around))|(?:not|don't feel) safe (?:with|"
        r"from|around) myself|don't trust myself (?:not to|tonight|right now|alone|with (?:the|"
        r"my|a) (?:pills|knife|razor|blade|meds)))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:research(?:ed|ing)?|look(?:ed|ing)? up|googl(?:e|ed|ing)|read(?:ing)? "
        r"about|search(?:ed|ing)? for) (?:suicide |painless |easy |quick )?methods)"
        r"(?=\s*(?:$|[.!?,;]|to (?:die|end|kill)|again|lately|tonight|today))",
    ),
    rule(
        S,
        r"\b(?P<core>who (?:gets|will get|should get|would get|inherits|to give|i'll give|i should "
        r"give) my (?:stuff|things|"
        r"belongings|possessions|cat|dog|pets?)|(?:don't|do not|can't|cannot) (?:think|see how) "
        r"i(?:'ll| will| can) survive (?:another|this|much longer|the night|the week))\b(?! (?:\w+ "
        r")?of (?:this|that|the|my) (?:job|work|course|class|semester|school|heat|weather|commute|"
        r"boss|meeting|exam))",
        negatable=False,
        unless=r"\b(?:break ?up|broke up|divorce|split|separat(?:e|ed|ion)|mov(?:e|ing) out|"
        r"custody)\b",
    ),
    rule(
        S,
        r"\b(?P<core>wish(?:ed|ing)? (?:that )?i (?:was|were) dead|wish(?:ed|ing)? (?:that )?i "
        r"(?:wasn't|weren't|wasn't even) (?:alive|here|born|around)|wish(?:ed|ing)? (?:that )?i'?d "
        r"never (?:been born|existed|woken up|wake up)|wish(?:ed|ing)? (?:that )?i (?:had )?never "
        r"(?:been born|existed|woke up|woken up)|wish(?:ed|ing)? (?:that )?i didn't exist|"
        r"wish(?:ed|ing)? i could (?:just )?(?:stop existing|not exist|cease to exist|not wake up|"
        r"never wake up)|(?:want|wanted|wanting) to (?:stop existing|not exist|cease to exist)|"
        r"better off (?:dead|six feet under|in (?:a|the|my) (?:grave|ground|box|coffin))|"
        r"(?:want|wanted|wanting|wish) to not (?:be alive|exist|be here|wake up"
        r"|live)"
        r")\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:better off|happier|easier|simpler|lighter|calmer|better|(?:finally )?free|a favou?r"
        r"|a relief|"
        r"relieved) (?:for (?:everyone|everybody|them|him|her|my family|all of them) )?(?:without "
        rf"me(?! (?:(?!(?:dragging|holding|weighing|ruining|messing|screwing|bringing|being)\b)"
        rf"\w+ing|around (?:to|for)|there|in (?:the|their) way|(?:at|on|in|for) (?:the |this |that |"
        r"our |their |tomorrow's |\w+day's )?(?:tournament|match|game|party|meeting|trip|gig|wedding|"
        r"event|practice|training|pub|weekend|holiday|project|shift|dinner|night out|concert|quiz|"
        rf"race|final|league|tour))\b)|if i (?:just |simply "
        rf"|really |finally )?(?:{_GONE})|once i'm gone|when i'm gone)|"
        r"(?:fine|okay|ok|alright) (?:without me|if i (?:just )?(?:was|were) (?:gone|dead)) "
        r"(?:for good|forever|permanently)|(?:richer|wealthier|freer) if i (?:just )?(?:was|were) "
        r"(?:dead|gone)|(?:get over it|move on|forget (?:about )?me|cope|be fine|be okay) (?:\w+ )?"
        r"(?:if|when|once) i (?:died|was dead|were dead|killed myself|was gone for good))",
        negatable=False,
    ),
    rule(
        S,
        rf"\b(?P<core>(?:nobody|anyone|anybody) (?:\w+ ){{0,2}}(?:care|notice|miss me|cry|mind) "
        rf"(?:\w+ )?if i "
        rf"(?:{_GONE})|if i (?:{_GONE})(?: \w+){{0,2}},? nobody (?:\w+ ){{0,2}}(?:care|notice|"
        r"miss me|cry|mind)|nobody (?:would|will|'d) (?:even |really )?miss me(?=\s*(?:$|[.!?,;]|"
        r"anyway|at all)))",
        negatable=False,
    ),
    rule(
        S,
        rf"\b(?P<core>no (?:real |more |good )?(?:reason|point|purpose|will|desire|wish) (?:to|in|"
        rf"of|for) "
        rf"(?:keep )?{_LIFE}|(?:don't|can't|doesn't|no longer|never) (?:see|find|have|feel) (?:a|"
        rf"the|any) (?:\w+ )?(?:reason|point|purpose) (?:to|in|of|for) (?:keep )?{_LIFE}|"
        rf"what's the (?:point|use) (?:of|in) {_LIFE}|nothing (?:left )?to live for|"
        r"(?:life|living|my life|it) (?:isn't|is not|ain't|doesn't feel|does not feel|is no longer|"
        r"isn't really|is not really) worth (?:living|it)|not worth living|life (?:is|feels) "
        r"(?:so )?(?:pointless|meaningless)|not worth (?:saving|keeping alive))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|never|no longer|doesn't|didn't|not sure (?:if |whether |that )?i|"
        r"don't know (?:if|whether|why) i|don't think i|(?:don't|can't) see why i|why (?:should|"
        r"would|do) i) (?:really |even |actually |honestly |just "
        r"|still )?(?:want|wish|deserve|need|should|have) (?:to )?(?:live(?! (?:with|in|at|near|"
        r"together|alone|abroad|there|on my own|by myself|without|a |an |the |far|close|next|"
        r"under|through|up |it |for |according|so |here |closer|somewhere|back|my life the way))|"
        r"be alive|keep living|exist|stay alive|wake up(?! (?:early|at|so|before|for|in the "
        r"morning for|to |and go))|be here(?=\s*(?:$|[.!?,;]|anymore|any longer|now|at all|"
        r"tomorrow|on this))|go on(?! (?:the|a|an|this|that|with|holiday|vacation|dates?|trips?)\b)"
        r"|keep going(?! (?:to|back|out|on dates))|be around(?=\s*(?:$|[.!?,;]|anymore|any longer))"
        r"))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:can't|couldn't) (?:\w+ )?(?:go on|keep going|do (?:this )?life|live like "
        r"this|keep living|exist like this|be alive)(?=\s*(?:$|[.!?,;]|anymore|any longer|like "
        r"this|without|and|but|i|because)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|do not) know how (?:much )?(?:longer|long) i can (?:go on|keep going|"
        r"hold on|keep living|live|survive|take (?:it|this)|last|stay alive|hang on))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:done|finished) with (?:this )?(?:life|living|being alive|existing|it all)|"
        r"(?:tired|sick|exhausted) of (?:living|being alive|life(?! (?:in|as|at|on|with))|existing|"
        r"being here|waking up)|why (?:am i|i'm) still (?:alive|here|breathing)(?=\s*(?:$"
        r"|[.!?,;])))"
        r"\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:end|ends|ended|ending|take|taking|took) (?:my (?:own )?life|it all|this "
        r"life|everything(?! (?:with|between|for))))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>suicidal(?![?!. ]+(?:no(?! idea| clue)|nope|nah|never|not (?:at all|really|"
        r"me))\b)|(?:commit|committed|committing|attempt|attempted|attempts|attempting|"
        r"consider|considered|considering|contemplate|contemplated|contemplating|thinking about|"
        r"thinking of|think about|think of|thought about|thought of|thoughts of|thoughts about|"
        r"planning|plan|planned|googled|googling|researched|researching|urges? to commit) suicide|"
        r"suicide (?:attempts?|plans?|notes?|letters?|thoughts?|ideation|urges?|watch|risk|hotline|"
        r"helpline|line|lifeline)|my (?:own )?suicide)\b",
        about_others=True,
        unless=_ASKED_DENIED + "|" + _DENIAL_SHAPE,
    ),
    rule(
        S,
        r"\b(?P<core>(?:took|take|taking|taken|swallowed|swallow|swallowing|downed"
        r"|popped) (?:\w+ )?"
        r"(?:a bunch of|all (?:of )?(?:my|the|his|her|\w+'s)|too many|(?:way|far) too many|a lot of|lots "
        r"of|loads of|a handful of|handfuls of|the whole (?:bottle|box|pack|packet|strip) of"
        r"|a whole "
        r"(?:bottle|box|pack|packet) of|\d{2,}|twenty|thirty|forty|fifty|a hundred) (?:of )?(?:my |"
        r"the |his |her )?(?:\w+ )?(?:pills|tablets|meds|medication|medicine|painkillers|"
        r"antidepressants|paracetamol|tylenol|ibuprofen|aspirin|xanax|insulin))\b",
        about_others=True,
        unless=r"\b(?:with me|on holiday|in (?:a|my) (?:little )?(?:bag|pill ?box|organi[sz]er)|"
        r"to (?:the )?(?:pharmacy|doctor|gp|appointment|hospital)|as prescribed|this morning|"
        r"on time|with (?:breakfast|food|dinner|lunch))\b",
    ),
    rule(
        S,
        r"\b(?P<core>overdos(?:e|ed|es|ing)|od'?d|o\.d\.)\b(?! (?:on|of) (?:sugar|caffeine|coffee|"
        r"chocolate|cuteness|drama|love|romance|sun|tv|netflix|information|cheese|candy|cake|"
        r"feelings|emotions|memes))",
        about_others=True,
        unless=r"\b(?:lost (?:my|our|her|his) (?:\w+ ){0,2}to (?:an? )?overdose|died (?:of|"
        r"from) (?:an? )?"
        r"overdose|overdose (?:deaths?|response|awareness|prevention|training|kit)|passed away|"
        r"(?:overdosed|od'?d) and died|death by (?:an? )?overdose|"
        r"mort|morte|morts|decede\w*|morto|morta|morreu|faleceu|(?:d'une|d'un|di|de|da|par|per|"
        r"por|une|um|uma|un) overdose|"
        r"funeral|rip|first aid|naloxone|narcan|course|anniversary of|(?:years?|months?) (?:since|"
        r"after) (?:my |his |her |our )?(?:[\w']+ ){0,2}?overdose)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sav(?:ed|ing)|stockpil(?:ed|ing|e)|hoard(?:ed|ing)|collect(?:ed|ing)|"
        rf"stash(?:ed|ing)?|a stash of|a supply of) (?:up )?(?:\w+ ){{0,2}}?{_MEDS}|{_MEDS} "
        r"(?:saved|stashed|stockpiled|hidden|hoarded))\b",
        unless=r"\b(?:money|coupons?|for (?:the )?(?:trip|holiday|vacation|week)|prescription "
        r"refill|pharmacy)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hang|hanging|drown|drowning|shoot|shooting|poison|poisoning|electrocute|"
        r"suffocate|suffocating|gas) myself|starv(?:e|ing) myself to death|slit (?:my )?(?:own )?"
        r"wrists?|noose|(?:gun|pistol) to my head)\b",
        unless=r"\bif i (?:have to|gotta|need to|hear|see|get) (?:sit through |listen to |hear |"
        r"watch |attend |go to |read |write |answer |do |fill (?:in|out) |deal with )?(?:\w+ ){0,3}?"
        r"(?:another|one more|this|that|the) (?:\w+ ){0,2}?(?:meetings?|zoom|calls?|presentation|"
        r"songs?|emails?|lectures?|class|forms?|reports?|spreadsheets?|ads?|adverts?|episodes?|"
        r"seminars?|webinars?|training|quiz|exams?|shifts?|christmas songs?|group projects?)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_INTENT} (?:to )?(?:jump|jumping|leap|leaping|throw(?:ing)? myself|"
        r"step(?:ping)? in front|walk(?:ing)? in front|driv(?:e|ing) (?:my car )?(?:into|off))\b"
        r"(?! (?:in\b|into (?:a |the |my )?(?:pool|lake|sea|water|conversation|relationship|"
        r"dating|bed)|on\b|at\b|for\b|back\b|out\b|ship\b|ahead\b|to conclusions|the gun|through|"
        r"rope|around|up\b|with\b|right in|straight in|over\b|across\b|onto\b|of (?:a |the |an |"
        r"my |our |his |her |their |the whole )?(?:class|audience|camera|crowd|mirror|stage|room|"
        r"everyone|everybody|people|team|school|congregation|panel|judges|jury|board|committee|"
        r"lens|mic|microphone|tv|screen|him|her|them|you|me)\b)))",
        about_others=True,
        unless=r"\b(?:traffic|commute|this song|this lecture|this meeting|this class|the queue|"
        r"this weather|this heat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:suicide|goodbye|farewell) (?:notes|letters|messages|videos)|suicide note|"
        r"(?:goodbye|farewell) (?:note|letter|message|video) (?:to|for) (?:everyone|everybody|all|"
        r"my (?:family|kids|children|parents|friends|loved ones)|the people i love)|"
        r"(?:said|saying|say) (?:my |little |quiet |silent |secret |small |last )?goodbyes? to "
        r"(?:everyone|everybody|all|my (?:family|friends|"
        r"loved ones))(?! (?:at|before|after|in|on|from|there|here|and left|and went)))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:this is|this'll be|this will be|it's) my (?:very )?last (?:entry|message|"
        r"reflection|note|post|day|night|goodbye|check-?in|answer|words)|my last (?:day|night) "
        r"alive|won't be (?:here|around|alive) (?:much longer|for (?:much )?long(?:er)?|anymore|by "
        r"(?:tomorrow|morning|monday|the weekend))|won't have to (?:worry about|deal with|see"
        r"|put up "
        r"with) me (?:anymore|much longer|for (?:much )?longer)|giv(?:e|ing|en) away (?:all )?"
        r"(?:of )?my (?:stuff|things|belongings|possessions))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:want|wanted|need|needs|wish|make|just want) (?:\w+ )?(?:the |this |my )?"
        r"pain to (?:stop|end|go away)|make (?:the|this|it|my) pain (?:stop|end|go away)|"
        r"want (?:it all|everything|all of (?:this|it)|my life) to (?:end|stop|be over))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sleep|go to sleep|fall asleep) (?:forever|and (?:never|not) wake up)|"
        r"(?:hope|hoping|pray|praying|wish) (?:that )?i (?:don't|won't|never|wouldn't) wake up|"
        r"(?:and|to) never wake up|don't care if i (?:die|died|live|wake up|don't wake up|never "
        r"wake up))\b",
        negatable=False,
        unless=r"\b(?:on (?:sundays?|saturdays?|weekends?|(?:my )?days? off|holiday)|lie[- ]in|"
        r"so comfy|comfy)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:how|ways?|best way|easiest way|painless way) to (?:die|commit suicide|end "
        r"it(?: all)?|hang myself|overdose)(?! (?:of|from|for|than|laughing|with dignity|well)))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>rather (?:die|be dead) than (?:keep |continue |go on |spend another (?:day|"
        r"night) )?(?:feel|feeling|live|living|go(?:ing)? on|be(?:ing)? alive|wake|waking"
        r"|be(?:ing)? "
        r"like this|exist|existing|this|do this))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:kill|kills|killing|hang|hangs|hanging|shoot|shoots|drown|drowns) "
        r"(?:himself|herself|themselves|themself))\b",
        about_others=True,
    ),
    # -- suicide: wordings added after an evaluation of what the first rules missed.
    rule(
        S,
        r"\b(?P<core>(?:want|wanted|wanting|wish|wishing|would like|i'd like|like|need|ready|long|"
        r"longing|deserve) to (?:just )?(?:be dead|be six feet under|be in (?:the|my) grave|"
        r"be in a "
        r"(?:coffin|box|body bag)|stop (?:being alive|living|breathing|existing|my heart)|quit "
        r"(?:living|life|existing))\b(?! (?:to|tired|on|serious|inside|weight|last|in|with|at|like|"
        r"for|off|a |the |as |under|through|together|apart|my|this|that|around)))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:like|i mean|as in|meaning) (?:actually |literally |really |permanently )?"
        r"(?:die|dead|be dead|not exist|not alive|kill myself|end it))\b(?=\s*(?:$|[.!?,;]|lol|tbh|"
        r"fr|honestly))(?<!could like die)(?<!would like die)",
    ),
    rule(
        S,
        r"\b(?P<core>(?:dying|death|my death|being dead|not existing|not being here|me being gone|"
        r"me dying|me not being here|my being gone|ending it|ending my life|suicide) (?:would|will|"
        r"could|might|'d|is|seems|feels|sounds|looks|is looking|is sounding|is starting to (?:look|"
        r"feel|sound)) (?:honestly |really |probably |just |actually |like |so |real |pretty |very "
        r")?(?:be |feel like |like |make )?(?:a |an |the )?(?:\w+ )?(?:gift|relief|mercy|favou?r|"
        r"blessing|better|easier|best|kinder|kindest|answer|solution|fix|escape|rest|release|peace|"
        r"peaceful|welcome|nice|good|tempting|appealing|inviting|option|way out|only way|"
        r"for the best"
        r"|everyone happier|everything easier|things easier|easier for everyone))\b",
        about_others=True,
        unless=r"\b(?:grandma|grandpa|grandmother|grandfather|nan|gran|granny|dog|cat|pet|patient|"
        r"hospice|cancer|illness|suffering so much|character|poem|rip|in peace)\b",
    ),
    rule(
        S,
        r"\b(?P<core>suicide (?:is|feels like|seems like|looks like|sounds like|would be|is "
        r"starting to (?:look|feel|sound) like|might be|could be) (?:\w+ ){0,3}?(?:only|best|"
        r"easiest|last|one|real|right|an|a) (?:way out|option|answer|choice|solution|exit|escape|"
        r"door|path|road|route|thing)|"
        r"(?:only|best|easiest|last|one) (?:way out|option|answer|choice|solution|exit|escape) "
        r"(?:\w+ ){0,3}?(?:is|would be|left is|i see is|i can see is) (?:suicide|death|dying|"
        r"to die|"
        r"ending it|to end it|killing myself))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:i(?:'d| would) welcome death|i (?:want|crave|need) death|(?:ready|waiting) "
        r"for death|death (?:can|could) (?:come|take me)|(?:come|just) take me already|(?:hope|"
        r"hoping|pray|praying|wish|wishing) (?:that )?i (?:die|get hit by|don't make it|crash|drop "
        r"dead|get sick and die|just die|die in my sleep)|(?:hope|hoping|pray|praying|wish|"
        r"wishing) "
        r"(?:that )?(?:a |the |something |someone )?(?:\w+ )?(?:(?:would|will|could|'d|might) "
        r"(?:hit|kill|run me over|crash into|fall on)|hits|kills|runs me over|"
        r"crashes into"
        r"|falls on) me|(?:hope|pray|wish) (?:the )?(?:plane|car|bus|train) crashes))\b(?! (?:of|"
        r"from|laughing|before|than|happy|old|in (?:my|her|his) arms|doing|at))",
    ),
    rule(
        S,
        r"\b(?P<core>one less (?:me|mouth to feed|burden|problem for (?:everyone|them|you))|world "
        r"(?:would be|is|'d be|will be|would honestly be) (?:a )?better (?:\w+ )?(?:without me|"
        r"with "
        r"me gone|with one less|if i (?:was|were|wasn't|weren't|died|left)))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:go to sleep|fall asleep|sleep) and (?:stay asleep|not wake up|"
        r"never wake up|"
        r"not ever wake up|never come back|not come back)|stay asleep forever|never wake up again|"
        r"(?:take|taking|want) a (?:permanent |long )?dirt nap|(?:permanent|forever|eternal) "
        r"(?:sleep|nap)\b(?! (?:mode|schedule|deprived|deprivation)))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>done (?:with )?(?:living|being alive|existing|breathing|this world|being "
        r"here))\b(?! (?:in|with|at|as|like|the|a|for|here in|alone))",
    ),
    rule(
        S,
        r"\b(?P<core>i (?:really |probably |honestly )?(?:shouldn't|should not|was never meant to|"
        r"wasn't meant to) (?:be alive|exist|have been born|have survived|still be alive))\b",
    ),
    rule(
        S,
        r"\b(?P<core>disappear (?:permanently|from existence|off the face of the (?:earth|planet)|"
        r"forever and (?:never|not) (?:come back|wake up)|and (?:never|not) (?:wake up|exist))|"
        r"stop existing|cease to exist|not exist anymore)\b",
        negatable=False,
        unless=r"\b(?:from (?:the |my |this )?(?:group|chat|internet|social|instagram|insta|app)"
        r"|online|profile|account|for a (?:while|bit|day|week|few))\b",
    ),
    # Ending it: decided to read "I'm going to end it tonight" as a crisis unless the
    # sentence names a relationship, a task or a thing being ended (see the docstring).
    rule(
        S,
        r"\b(?P<core>(?:going to|want to|wanted to|will|i'll|he'll|she'll|ready to|about to|"
        r"decided to|"
        r"deciding to|plan to|planning to|planned to|need to|should|might|could|tried to|trying to|"
        r"try to|time to|choose to|chose to|i'd like to|have to|finally) (?:finally |just |"
        r"really |actually |probably |quietly |simply )?end (?:it|things|everything))\b(?! (?:with|"
        r"off|between|for (?:us|good with|them|him|her)|there|here|now and|early|on a))",
        about_others=True,
        unless=_ENDING_SOMETHING_ELSE,
    ),
    rule(
        S,
        r"\b(?P<core>(?:thinking (?:about|of)|thought (?:about|of)|think about|think of|"
        r"considering|"
        r"considered|contemplating|dream(?:ing)? (?:about|of)|fantasi\w+ about|obsess\w+ (?:about|"
        r"over)|close to|came close to|almost|nearly|tempted by|planning on|keep thinking about|"
        r"ready for|scared of|afraid of) (?:just )?ending (?:it|everything|myself))\b(?! (?:with|"
        r"off|"
        r"between))",
        about_others=True,
        unless=_ENDING_SOMETHING_ELSE + "|" + _ASKED_DENIED,
    ),
    rule(
        S,
        r"\b(?P<core>(?:end|ending|ended|ends) (?:it|things|everything))\b",
        needs=r"\b(?:gun|pistol|rifle|shotgun|pills|tablets|meds|rope|noose|bridge|overdose|jump|"
        r"for good|permanently|forever|once and for all|goodbye|suicid\w*)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>put an end to (?:it all|everything|my life|myself|my suffering|this life|my "
        r"existence|me))\b",
    ),
    # Being gone by a day; not being here for a date.
    rule(
        S,
        r"\b(?P<core>(?:i(?:'ll|'d| will| would| am going to|'m going to| might| should)|i'm|i am) "
        r"(?:\w+ )?(?:be )?(?:gone|not here|not around|out of (?:your|the|everyone's) (?:hair|way|"
        r"lives?) (?:for good|forever|permanently))(?: \w+)? (?:by|before|soon|tomorrow|tonight|in "
        r"(?:a|two|three|\d+) (?:days?|weeks?)|for good|forever|for real|permanently|at last|soon "
        r"enough|next week)|(?:i(?:'ll|'d| will| would| might)|"
        r"i'm going to) (?:\w+ )?be dead (?:by|"
        r"before|soon|within|in a (?:week|few days|month)))\b",
        unless=_TRAVEL,
    ),
    rule(
        S,
        r"\b(?P<core>(?:won't|not going to|never going to) (?:be (?:here|around|alive)|make it|"
        r"last|"
        r"see) (?:much longer|for long|after (?:christmas|tonight|this week|the weekend|new year|"
        r"my "
        r"birthday|next week|\w+day)|"
        r"by (?:\w+ )?(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|tonight|"
        r"morning|christmas|the weekend|next week|the end of)|next (?:week|month|year|christmas|"
        r"summer)|for (?:christmas|my birthday|new year|\w+'s birthday)|to see (?:christmas|"
        r"the new "
        r"year|my birthday|spring|summer|next year|another (?:year|birthday|christmas))))\b",
        negatable=False,
        unless=_TRAVEL,
    ),
    # A plan, a date, a place, saying one is ready.
    rule(
        S,
        r"\bi(?:'ve| have)? (?:already |finally |even |just )?(?P<core>(?:picked|chosen|chose|set|"
        r"decided on|settled on) (?:a |the |my )(?:date|day|night|spot|place|bridge|method|time))\b"
        r"(?=\s*(?:$|[.!?,;:]|and\b|already|now\b|too\b|it's|its|i'll|i'm|so\b|-))",
        unless=r"\b(?:wedding|party|holiday|trip|move|moving|appointment|interview|birthday|"
        r"dinner|meeting|surgery|exam|launch|vacation|flight|deadline|baby|due|gender|reveal|venue|"
        r"reservation|class|gym|workout|therapy|doctor|dentist|concert|game|match|tickets?|hotel|"
        r"restaurant|office|school|camping|hike|haircut|tattoo|coffee|lunch|brunch|drinks|call|"
        r"zoom|picnic|date night|first date|anniversary|proposal|propose|presentation|dog|cat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>i know (?:exactly )?(?:how and when|when and how|where and (?:how|when)|how "
        r"(?:and where|i(?:'ll|'d| will| would| am going to|'m going to) do it)|where i(?:'ll|"
        r" will|'m "
        r"going to) do it))\b(?! to\b)",
        unless=r"\b(?:revision|revise|study\w*|exams?|meet\w*|party|date|interview|"
        r"appointment|lesson|class|practice|training)\b",
    ),
    rule(
        S,
        r"\b(?P<core>i(?:'m| am) (?:so |finally |really |just |more than )?ready to (?:go|leave|be "
        r"gone|let go|say goodbye|die|rest|leave this world))\b(?=\s*(?:$|[.!?;]|now|for good|"
        r"forever|finally|tonight|i think|at last|i've|honestly|and i'm|i'm))",
        unless=r"\b(?:trip|holiday|party|airport|flight|work|school|home|out|bed|sleep|dinner|date|"
        r"gym|shop|store|move|moving|new job|next chapter|relationship|start|bags|packed|car|taxi|"
        r"uber|train|bus|plane|class|uni|hospital|church|game|match|concert|beach|walk|run)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i've|i have) made my peace(?=\s*(?:$|[.!?]|now\b|with (?:it|everything|"
        r"everyone|all of it|the world)\b))|(?:made|making|make) (?:my )?peace with (?:dying|death|"
        r"my death|leaving this "
        r"world|not being here|my decision|going|the end|the decision|what i'm going to do|"
        r"ending it)|"
        r"(?:calm|peaceful|at peace|relieved|settled) (?:about|with) (?:finally )?(?:doing it|my "
        r"decision|the decision|going through with it|leaving (?:this world|for good|forever)|"
        r"dying|"
        r"ending it|what i'm going to do|what comes next|what happens next|what i'm about to do|"
        r"my choice))\b",
        unless=r"\b(?:move|moving|job|quit|breakup|break up|divorce|proposal|interview|surgery|"
        r"company|career|resign\w*|retire\w*|to (?:leave|quit|move|sell|stop|change)|"
        r"trip|exam|marathon|tattoo|haircut|wedding|presentation|tell (?:him|her|them)|leaving "
        r"(?:him|her|my job|the)|degree|course|college|uni|house|flat|city)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:made|make|making) (?:my|the|a) (?:final )?decision\b(?:[ ,.!]+[\w']+){0,8}?"
        r"[ ,.!]+(?:calm|at peace|peaceful|relieved|so light|lighter|no longer scared|not scared))\b",
        unless=r"\b(?:job|quit|move|moving|breakup|break up|divorce|leave (?:him|her)|leaving "
        r"(?:him|her|my job|the)|uni|college|course|degree|offer|house|flat|city|surgery|"
        r"operation|tattoo|haircut|wedding|baby|pregnan\w*|dog|cat|puppy|therapy|meds)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:put|putting|getting|got|get|sorting out|sorted out|sort out) (?:all )?my "
        r"affairs in order)\b",
        unless=r"\b(?:estate|lawyer|solicitor|retire\w*|pension|mortgage|inheritance|surgery|"
        r"operation|deploy\w*|baby|will and|grandma|grandpa|parents|move|moving|taxes|tax)\b",
    ),
    rule(
        S,
        r"\b(?P<core>who gets what|my (?:\w+ ){0,2}?(?:goes|go|will go|should go|"
        r"is going) to (?:\w+ )"
        r"{1,2}?(?:when|after|once|if) i(?:'m| am)? (?:gone|dead|die))\b",
        unless=r"\b(?:break ?up|broke up|divorce|split|separat\w+|mov(?:e|ing) out|custody|game|"
        r"board game|dinner|pizza|cake|chores)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:gave|give|giving|given|gifted|gives|signed|signing|handed|handing) (?:away "
        r"|over )?(?:all )?(?:of )?(?:my|her|his|their) (?:\w+ ){0,2}?"
        r"(?:stuff|things|belongings|possessions|clothes|books|guitar|games|records|collection|"
        r"plants|jewel(?:le)?ry|savings|money|console|laptop|art|paintings|bike|camera|car|ps5|"
        r"xbox|switch|phone|watch|tools|vinyls?|instruments?))"
        r"\b",
        needs=r"\b(?:won't need(?! to)|don't need (?:them|it|any of it|anything)|not going to need|where "
        r"i'm going|when i'm gone|after i'm gone|once i'm gone|before i go|doesn't know why|don't "
        r"know why|didn't ask why|no use for|won't be needing|won't be using|last (?:few )?days|"
        r"anymore after|won't need (?:it|them|any of it)|where (?:she's|he's|they're) going)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:gave|give|giving|given|gifted|found (?:a )?(?:new )?homes? for|finding "
        r"(?:a )?(?:new )?homes? for|rehom(?:e|ed|ing)) (?:away )?my (?:cat|cats|dog|dogs|pets?|"
        r"bird|"
        r"rabbit|hamster|fish|guinea pigs?|snake|kitten|puppy))\b",
        unless=r"\b(?:landlord|moving|move|allerg\w*|new (?:flat|apartment|place|job|baby)|lease|"
        r"baby|afford|no pets|vet|shelter|deployment|army|abroad|travel\w*|pregnan\w*|asthma|work "
        r"hours|long hours|garden|space|too small|sitter|while|weekend|week|holiday|vacation|trip|"
        r"back|until|till)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:won't|will not|don't|not going to) (?:need|be needing|be using) (?:\w+ )"
        r"{0,3}?(?:where i'm going|after (?:tonight|this week|friday|saturday|sunday|tomorrow)))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:tonight|today|this|tomorrow)(?:'s| is| will be) the (?:night|day)(?: \w+)"
        r"{0,3}? i (?:finally )?(?:do it|go|end it|end things|leave for good|say goodbye|let go|"
        r"die))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>finish (?:what i started|myself off|it (?:this time|for good|properly)))\b"
        r"(?=\s*(?:$|[.!?,;]|this time|properly|for good|tonight|and))",
        unless=r"\b(?:project|course|degree|book|novel|painting|thesis|essay|puzzle|renovation|"
        r"paint|build|knit\w*|game|season|series|diet|work|homework|assignment|drawing|song|"
        r"album)\b",
    ),
    # Algospeak that has no other reading on a phone.
    rule(S, r"\b(?P<core>ctb(?:ing)?|an hero)\b"),
    rule(
        S,
        r"\b(?P<core>(?:going to|want to|ready to|planning to|plan to|decided to|time to|"
        r"about to|i'll|i will|finally|wanna) (?:finally |"
        r"just )?catch(?:ing)? the bus)\b(?! (?:\w+ )"
        r"{0,3}?(?:to|home|into|back|at|from|with|downtown|instead|because|after|before|in the "
        r"morning|there|up|uptown|stop|driver|station|ticket|work|school|uni|class|town)\b)",
        unless=r"\b(?:late|missed|miss|stop|driver|ticket|train|work|school|uni|class|office|"
        r"shops?|mall|town|city|airport|station|commute|route|timetable|schedule|seat|rain\w*|bike|"
        r"car|drive|lift|ride|uber|taxi|walk)\b",
    ),
    # Means: pills held, counted, lined up or taken in a quantity; a named medicine.
    rule(
        S,
        r"\b(?P<core>(?:took|take|taking|taken|swallow(?:ed|ing|s)?|down(?:ed|ing)?|popp?(?:ed|ing|"
        rf"s)?|chugg?(?:ed|ing)|necked|ate|od'?d on|overdosed on) {_QUANT}(?: of)? (?:\w+ ){{0,3}}?"
        rf"{_MEDS})\b",
        about_others=True,
        unless=r"\b(?:(?:this|every) morning|as prescribed|like (?:i'm|i am|i was) supposed to|on "
        r"time|with (?:breakfast|food|dinner|lunch)|every day|daily|remember(?:ed)? to|routine|"
        r"vitamins?|supplements?|for the week|prescribed|doctor said)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:took|swallowed|downed|popped|necked|ate) (?:like |about |over )?(?:\d{2,}|"
        r"twenty|thirty|forty|fifty|a hundred|(?:a |the )?whole (?:bottle|box|pack|packet|strip)|"
        r"half "
        r"(?:a |the )?(?:bottle|box|pack|packet|strip)))\b",
        about_others=True,
        needs=rf"\b{_MEDS}\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:have|got|i've got|there's|there are|bought|buying|saved|saving|"
        r"stash(?:ed|ing)?|collect(?:ed|"
        r"ing)|hoard(?:ed|ing)|ordered|ordering|counted|kept|keeping|hidden|hid) (?:up )?(?:like "
        r"|about |over )?(?:\d{2,}(?! ?(?:mg|mcg|ml|g)\b)|twenty|thirty|forty|fifty|sixty|"
        r"a hundred|"
        rf"hundreds|dozens|enough|\d+ {_CONTAINER}|(?:two|three|four|five|"
        rf"several) {_CONTAINER})(?: of)?"
        rf" (?:\w+ ){{0,3}}?{_MEDS})\b",
        unless=r"\b(?:pharmacy|pharmacist|shift|patients?|vet|dog|cat|for the (?:week|month)|"
        r"prescription refill|refill|vitamins?|supplements?|grandma|grandpa|nan|mum's|mom's|dad's)"
        r"\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_MEDS} (?:\w+ ){{0,4}}?(?:in (?:my|her|his|their) (?:hands?|palms?|mouth|lap|"
        r"fist)|"
        r"in front of "
        r"me|lined up|laid out|spread out|counted out|on (?:my|the) (?:desk|nightstand|"
        r"bedside table|"
        r"bed|pillow|floor)(?! (?:for|at) (?:the )?(?:morning|week))))",
        unless=r"\b(?:organi[sz]er|pill box|dosette|for the week|weekly|vitamins?|supplements?|dog|"
        r"cat|grandma|grandpa|nan|patients?|pharmacy|nurse|shift|sort(?:ed|ing)? (?:them|my meds) "
        r"for|dose|evening|morning|nightly|bedtime|with food)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:counted|counting|count|lined|lining|line|laid|laying|sorted|sorting|"
        r"crushed|crushing|poured|pouring|emptied|emptying|tipped|tipping|spilled|spilling) (?:out "
        rf"|up )?(?:\w+ ){{0,3}}?{_MEDS}|(?:stare|stared|staring|look|looked|looking|sit|sat|"
        r"sitting)"
        r" (?:at|with) (?:the |my |a |all (?:the |my )?)?(?:\w+ )?(?:bottle of |box of |pack of |"
        rf"packet of )?{_MEDS}(?! (?:list|schedule|prescription|dose|cabinet|label|box in the)))\b",
        unless=r"\b(?:organi[sz]er|pill box|dosette|for the week|weekly|vitamins?|supplements?|dog|"
        r"cat|grandma|grandpa|nan|patients?|pharmacy|nurse|shift|doctor|gp|label|dosage|"
        r"for the month|enough for the|refill|repeat prescription|side "
        r"effects?|price)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>enough (?:\w+ ){{0,2}}?{_MEDS}(?: \w+){{0,2}}? (?:to|for)|"
        rf"{_MEDS} (?:\w+ ){{0,3}}?"
        r"(?:is|are|would be|will be|should be|'s) enough (?:to|for)|(?:enough|plenty) (?:of )?"
        r"(?:them|pills|meds) to (?:die|do it|end it|kill|not wake up|overdose|od))\b",
        unless=r"\b(?:for the (?:week|month|trip|holiday)|until|refill|prescription)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:googl\w+|look(?:ed|ing)? up|search(?:ed|ing)?|research\w*|check(?:ed|ing)?|"
        r"calculat\w+|work(?:ed|ing)? out|watch(?:ed|ing)? (?:videos? |clips )?(?:on|about)|"
        r"read(?:ing)? (?:up )?(?:on|about)|ask(?:ed|ing)? (?:chatgpt|google|ai)) (?:how (?:high|tall|far|deep|long it takes|many|much) "
        r"(?:\w+ ){0,4}?(?:bridge|building|floor|fall|drop|balcony|roof|cliff|water|pills|tablets|"
        rf"{_MEDS}|\w+ to (?:die|kill|overdose|od|be fatal|be lethal))|(?:the )?(?:lethal|fatal|"
        r"deadly) (?:dose|doses|amount|height)|which (?:bridge|building|cliff|car park|floor|"
        r"multi-?stor(?:e)?y|tower|overpass) (?:is|would be) (?:the )?(?:highest|tallest|high "
        r"enough|closest|quietest)|how (?:long|much) it takes to (?:die|drown|"
        r"bleed out|"
        r"suffocate|hang))|lethal dose of|fatal dose of)\b",
        about_others=True,
    ),
    # Means: rope, belt, gun, heights, water, rails, car.
    rule(
        S,
        r"\b(?P<core>(?:bought|buy|buying|got|getting|ordered|tied|tie|tying|tested|test|testing|"
        r"made|make|making|hung|put up|set up|fixed|knotted|have|found) (?:\w+ ){0,3}?(?:a |the |"
        r"some |my )?(?:rope|noose|ligature)s?)\b(?! (?:swing|ladder|bridge|course|light|lights|"
        r"toy|for (?:the )?(?:dog|cat)))",
        unless=r"(?<!not )\b(?:climbing|camping|boat|sailing|swing|hammock|tent|tow|towing|"
        r"skipping|jump|tug|laundry|washing|clothesline|crossfit|gym|bouldering|hiking|hike|garden|"
        r"dog|lead|leash|knots? class|scouts?|rigging|shibari|bondage|kink|climb|gymnastics|aerial|"
        r"circus|macrame|craft|gutters?|fix|repair\w*|tie (?:it )?down|tarp|trailer|van|load|"
        r"pulley|hoist|bikes?|bicycle|kayak|canoe|surfboard|paddle ?board|plants?|shelf|shelves|"
        r"mirror|picture|frame|lights|decorations?|"
        r"moving)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tied|tie|tying|looped|loop|looping|fixed|attached|knotted) (?:\w+ ){0,2}?"
        r"(?:a |the |my )?(?:rope|belt|cord|scarf|sheet|cable|charger cable|dressing gown cord|"
        r"ligature)s? (?:\w+ ){0,2}?(?:to|around|over|on|from) (?:the |my |a )?(?:\w+ )?(?:beam|"
        r"ceiling|rafters?|tree|banister|bannister|railing|rail|hook|pipe|door|doorframe|door "
        r"handle|handle|neck|closet|wardrobe|bed ?frame|bunk|stairs|staircase|fan|shower))\b",
        unless=r"\b(?:swing|hammock|tent|boat|dog|laundry|washing|dry\w*|curtain|climbing|tree "
        r"house|treehouse|christmas|lights|decorations?|bunting|balloons?|gift|present|hair|bag|"
        r"bike|box|luggage|suitcase|costume|dress|robe)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:rope|noose|belt|cord|scarf|cable|ligature)s? (?:is |are |was |'s )?"
        r"(?:already |now |still |all )?(?:(?:\w+ ){0,2}?(?:hanging|tied|ready|set up|fixed|"
        r"attached|looped) )?(?:from|to|over|around|above) (?:the |my |a )?"
        r"(?:beam|ceiling|rafters?|tree|banister|bannister|railing|hook|pipe|doorframe|door frame|"
        r"fan|stairs|staircase|bunk|loft hatch|door handle|doorknob|door knob|wardrobe rail|"
        r"curtain rail|shower rail|bed ?frame))\b",
        unless=r"\b(?:swing|hammock|tent|boat|laundry|washing|dry\w*|curtain|climbing|gym|"
        r"lights|decorations?|bunting|plants?|pot)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:thinking|think|thought|obsess\w*|fantasi\w+|dream\w*) (?:about|of) (?:\w+ )"
        r"{0,2}?(?:gun|guns|pistol|rifle|shotgun|revolver|firearm|handgun)s?|(?:gun|pistol|rifle|"
        r"shotgun|revolver|firearm|handgun)s? (?:\w+ ){0,2}?(?:in|under|inside) (?:the|my|our|his|"
        r"her|dad's|mom's|mum's) (?:\w+ )?(?:house|home|closet|drawer|nightstand|bedside|safe|"
        r"glove ?"
        r"box|car|room|bedroom|wardrobe|garage|basement|attic|cabinet|cupboard|pillow|bed)|"
        r"i (?:\w+ )"
        r"{0,2}?(?:loaded|held|took out|got out|was holding|sat with|sat holding|unlocked|bought|"
        r"have bought|got myself) (?:the |my |a |his |her |dad's |\w+'s )?(?:gun|pistol|rifle|"
        r"shotgun|revolver|handgun))\b",
        unless=r"\b(?:nerf|water gun|glue gun|toy|video game|game|hunt|range|licen[cs]e|"
        r"heat gun|nail gun|airsoft|paintball|laser|spray|tattoo gun|staple gun|massage gun|caulk|"
        r"going hunting|hunting (?:trip|season|licen[cs]e|club)|"
        r"price|collection|polic(?:y|ies)|control|laws?|rights|amendment|movie|film|show|news|book|"
        r"safely|safety|locked away|protection|self-defen[cs]e|clay|skeet|deer|duck)\b|"
        # Round 5: locked in a safe that the writer cannot open.
        r"(?s:\A(?!.*\bi (?:\w+ )?(?:know|found|got|have|guessed|worked out) (?:\w+ )?(?:the|"
        r"his|her|where|what) (?:\w+ )?(?:code|key|combination|pin))(?=.*\b(?:locked (?:up|away|"
        r"in)|gun safe|gun cabinet|(?:in|inside) (?:the|a|his|her|\w+'s) safe)\b))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:has|have|got|owns|bought|found|took|has got|he's got|she's got) (?:a |"
        r"the |his |her |"
        r"my |dad's |\w+'s )?(?:gun|pistol|rifle|shotgun|revolver|handgun)s?)\b",
        needs=r"\b(?:end (?:it|things|everything|his life|her life|my life)|kill (?:himself|"
        r"herself|"
        r"myself|themselves)|use it on (?:himself|herself|myself)|suicid\w*|not be here|goodbye|"
        r"die|dead)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:stood|standing|stand|sat|sitting|sit|climbed|climbing|climb|went|go|going|"
        r"walked|walking|walk|drove|driving|been|ended up|found myself|leaning|leaned|hung|hanging|"
        r"dangling|dangled|crossed|climbed over|over|on) (?:\w+ ){0,3}?(?:on|onto|to|at|up to|over|"
        r"off|out on|out onto|of) (?:the )?(?:very )?(?:edge|ledge|railing|rail|parapet|wrong side|"
        r"other side) (?:of )?(?:the |a |my |our |that |this )?(?:\w+ ){0,2}?" + _HEIGHT + r")\b",
        unless=r"\b(?:view|sunset|sunrise|photo|pictures?|selfie|hike|hiking|tourist|concert|party|"
        r"smok\w*|vap\w*|wedding|fireworks|drinks|beers?|lunch|picnic|date|photos?|"
        r"with (?:friends|him|her|(?:my|our) (?:dad|mum|mom|family|kids|son|daughter|friends?|"
        r"partner|boyfriend|girlfriend|husband|wife|dog|brother|sister)|"
        r"the \w+)|boats|seals|dolphins|ducks|harness|climbing|painting|fixing|repair\w*|shingles|gutters?|clean\w*|"
        r"inspect\w*|"
        r"work|job|roofer|pool|swim\w*|dive|diving|fishing|cat|kitten|bird|seat|chair|bed|sofa|"
        r"couch|bath|stage)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:looking|looked|stared|staring|stare|look|gazing|gazed|peering|peered) "
        r"(?:down|over) (?:from|at|over|off|into) (?:the )?(?:\w+ )?(?:bridge|edge|ledge|balcony|"
        r"roof|"
        r"railing|window|drop|water|river|traffic|tracks|cliff|parapet))\b",
        needs=_CONTEMPLATE + r"|\b(?:for (?:a long time|hours|ages|an hour|ages)|again|every "
        r"night|thinking|jump|fall|end|die|nobody|no one|how far|how high)\b",
    ),
    rule(S, r"\b(?P<core>" + _CONTEMPLATE[5:], needs=_MEANS_WORD),
    rule(
        S,
        r"\b(?P<core>(?:walk|walking|walked|wade|wading|waded|swim|swimming|swam|drive|drove|"
        r"driving)(?: \w+){0,2}? (?:into|out into|out to|out in|in(?:to)? the) (?:the )?(?:sea|"
        r"ocean|"
        r"lake|river|water|waves|bay|canal|loch|current)\b(?: \w+){0,5}? (?:and (?:not|never|just "
        r"not|not ever) (?:come|coming|swim|swimming|turn|turning) back|(?:until|till|til) (?:i|it|"
        r"the water|i can't|my)|forever|for good|and (?:keep|kept) (?:walking|going|swimming)|and "
        r"let (?:it|the water|the waves|go)))",
        about_others=True,
        unless=r"\b(?:we (?:walked|waded|swam|went|drove)|(?:our|my) (?:knees|ankles|waist)|"
        r"paddl\w*|swim(?:suit|ming costume)|wetsuit)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:fill|filled|filling) my pockets with (?:stones|rocks)|let the (?:water|"
        r"waves|"
        r"sea|river|current|ocean) take me|(?:lie|lying|lay|laying|layed|lain|sit|sat|sitting|"
        r"stood|"
        r"standing|stand|walked|walking) (?:down )?(?:on|onto|between|across) (?:the )?(?:train |"
        r"railway |rail |subway )?(?:tracks|rails)|(?:step|stepping|stepped|jump|jumping|jumped|"
        r"throw myself|throwing myself|threw myself|walk|walking|walked|run|running|ran|fall|"
        r"falling"
        r"|lie|lay) (?:down )?(?:out )?(?:in front of|onto|under|into the path of) (?:a |the |an )?"
        r"(?:oncoming |next |moving |passing )?(?:train|tracks|rails|subway|tube|metro|bus|truck|"
        r"lorry|traffic|van|tram)s?)\b",
        about_others=True,
        unless=r"\b(?:model|toy|photo\w*|shoot|abandoned|disused|old|heritage|picture|almost|nearly"
        r"|by accident|accidentally|careful|phone|distracted|dog|kid|child|ball|puddle|catch|"
        r"missed|"
        r"late)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:jump|jumping|jumped|leap|leaping|leapt|leaped|throw myself|throwing "
        r"myself|threw myself|fling myself|hurl myself|let myself fall|fall|falling) (?:off|from|"
        r"out of) (?:the |a |my |that |this |"
        r"our )?"
        rf"(?:\w+ ){{0,2}}?{_HEIGHT})\b",
        about_others=True,
        unless=r"\b(?:almost fell|nearly fell|slipped|tripped|dared|dare|parkour|bungee|zip ?line|"
        r"skydiv\w*|parachute|pool|lake|into the (?:water|pool|lake|sea|river)|for fun|tiktok|"
        r"stunt|"
        r"movie|film|show|character|dream|nightmare|cat|dog|kid|toddler|fortnite|game|minecraft|"
        r"trampoline|board|diving|swim\w*|shed|as kids|as a kid|when i was (?:little|a kid|young)|"
        r"zelda|mario|sims|gta|skyrim|elden ring|roblox|gaming|level|respawn\w*|controller|"
        r"bunk ?bed|sofa|couch|bed|wall|fence|swing|stairs|step|car|bus|horse|bike)\b|\bif (?:he|"
        r"she|they|you|my \w+|i have to|i hear|i see) (?:\w+ ){0,6}?(?:again|one more|another)\b|"
        r"\brather\b(?: \w+){1,8}? than (?!(?:keep |continue |"
        r"go "
        r"on |spend another (?:day|night) )?(?:feel|feeling|live|living|go(?:ing)? on|"
        r"be(?:ing)? alive|"
        r"wake|waking|be(?:ing)? like this|exist|existing|this|do this|face|deal))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:drive|driving|drove|steer|steering|steered|swerve|swerving|swerved|veer|"
        r"veering|veered|crash|crashing|crashed|wrap|wrapping|yank|yanking) (?:\w+ ){0,3}?(?:into|"
        r"off|"
        r"onto|in front of) (?:a |the |an |my |oncoming )?(?:oncoming )?(?:tree|wall|pole|lamppost|"
        r"lamp post|bridge|cliff|traffic|river|lake|sea|truck|lorry|barrier|road|pier|embankment|"
        r"ravine|ditch|bus|concrete|pillar|overpass))\b",
        needs=r"\b(?:on purpose|deliberately|want\w*|tempt\w*|urge|thought about|thinking|think|"
        r"imagin\w*|fantasi\w*|wish|wonder\w*|almost|nearly|so close|just|could|keep|end it|die|"
        r"dead|never)\b",
        unless=r"\b(?:by accident|accident|icy|ice|snow|rain|fog|deer|dog|cat|fox|lost control|"
        r"swerved to avoid|brakes|tyre|tire|other (?:car|driver)|drunk driver|insurance|dashcam|"
        r"traffic makes|this traffic|commute|this song|this playlist|"
        r"lesson|instructor|test|parking|park)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:run|running|ran|leave|leaving|left|start|started|starting) (?:the |my )?"
        r"(?:car|engine) (?:running )?in (?:the|a|my) (?:closed |locked |shut )?garage|"
        r"(?:car|engine) (?:\w+ ){0,2}?running in (?:the|a|my) (?:closed |locked |"
        r"shut )?"
        r"garage|(?:hose|pipe|tube) (?:from|to|into|on) the (?:exhaust|window)|exhaust (?:pipe )?"
        r"(?:into|through) the (?:car|window))\b",
    ),
    # Goodbye notes and their shape.
    rule(
        S,
        r"\b(?P<core>(?:whoever|(?:anyone|anybody|someone|somebody|the person) who) (?:finds|"
        r"reads|sees|is reading|found|gets) (?:this|me|my "
        r"(?:phone|body|note|letter|journal|diary))|by the time (?:you|anyone|anybody|someone|"
        r"somebody|y'all|you all|you guys|mum|mom|dad|my \w+) (?:read|reads|see|sees|find|finds|"
        r"get|"
        r"gets|hear|hears) (?:this|these|my)|if (?:you're|you are|anyone is|anyone's|anybody's|"
        r"someone is|someone's|somebody's) reading this,? (?:\w+ ){0,4}?(?:i'm|i am|i've|i'll|it's|"
        r"then|i was|please|sorry|i love|too late|i didn't|i couldn't))\b",
        about_others=True,
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:please don't|pls don't|plz don't|please do not|don't|"
        r"do not) (?:come )?(?:look|looking|search|"
        r"searching|try to (?:find|look for|reach|save|stop|call|contact|text)) (?:for )?me)\b(?=\s*(?:$|[.!?,;]|i\b|"
        r"please|anymore|again|this time|ever))",
        negatable=False,
        unless=r"\b(?:party|surprise|hide and seek|hiding spot|game|tonight at|at the|in the "
        r"(?:crowd|morning)|i'll be (?:at|in|back|fine|home)|i'm (?:at|in|fine|okay|ok)|busy|shop|"
        r"gym|back|later|till|until|work|trip|holiday|festival|concert|mall|class|lecture)\b",
    ),
    rule(
        S,
        r"\b(?P<core>this is (?:my )?(?:final |last )?goodbye|goodbye (?:forever|for good|world|"
        r"cruel world|everyone|everybody|y'all|you all|my friends|my loves?|mum|mom|dad)|"
        r"(?:final|last) goodbye)\b",
        negatable=False,
        about_others=True,
        unless=r"\b(?:party|leaving|moving|job|city|school|summer|holiday|camp|last day|graduat\w*|"
        r"flat|house|apartment|team|office|colleagues|season|show|series|vacation|trip|"
        r"relationship|us|to (?:this|my|the|our) (?!world|life)\w+|account|app|channel|blog|"
        r"group|chat|server|game|stream|song|album|tour|funeral|grave|grandma|grandpa|nan|dog|cat|"
        r"hamster|memorial|hospice|coffin|ashes|see you|see ya|until|till|next (?:week|month|year|"
        r"time)|holidays?|back (?:on|in|after|soon))\b",
    ),
    rule(
        S,
        r"\b(?P<core>thank(?:s| you) (?:\w+ ){0,2}?for (?:everything|trying|all you(?:'ve)? (?:did|"
        r"done|tried)|putting up with me)\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:goodbye|bye|farewell|"
        r"i'm "
        r"sorry|i am sorry|forgive me|love you all|not your fault|i tried|i'm tired|i can't|i "
        r"couldn't|i'm done|it's time)|(?:goodbye|i'm sorry|forgive me|not your fault|love you all)"
        r"(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+thank(?:s| you) (?:\w+ ){0,2}?for (?:everything|trying|"
        r"putting up with me))\b",
        negatable=False,
        unless=r"\b(?:party|leaving do|last day|graduat\w*|wedding|birthday|shower|retire\w*|team|"
        r"colleagues|class|semester|season|show|event|stream|subscribers|followers|game|gift|"
        r"present|dinner)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:not|none of (?:this|it)|nothing|never) (?:is |was |'s )?(?:anyone's|"
        r"anybody's|your|yours|y'all's) fault\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:goodbye|farewell|"
        r"bye "
        r"(?:forever|everyone|all)|love you all|(?:please )?take care of (?:my|each other|"
        r"yourselves|"
        r"mum|mom|dad)|don't blame yourself|forgive me)|(?:goodbye|farewell|love you all|"
        r"forgive me)"
        r"(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:it's|it is|this is|it was|"
        r"none of this is) not (?:anyone's|"
        r"your) fault)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:wrote|written|left|writing) (?:you all|all of you|each of you|everyone|"
        r"everybody|you each) (?:a )?(?:letters?|notes?)|"
        r"(?:left|leaving|leave|wrote|written|writing|write|finished|finishing) (?:\w+ )"
        r"{0,2}?(?:letters|notes|goodbyes|final letters|last letters|final messages|last messages) "
        r"(?:for|to) (?:everyone|everybody|each of|all of|the people|my (?:family|parents|kids|"
        r"children|friends|loved ones|mum and|mom and|dad and|sister and|brother and)|mum and|"
        r"mom and|"
        r"dad and|them)|(?:left|leaving) (?:a )?(?:note|letter) (?:(?:for|"
        r"to) (?:\w+ ){1,3}?)?(?:saying|that "
        r"says) (?:sorry|goodbye|i love|i'm sorry|he loves|she loves|he's sorry|she's sorry))\b"
        r"(?! (?:for (?:eating|using|the|taking|being|missing|breaking|borrowing|not|forgetting)|"
        r"about))",
        about_others=True,
        unless=r"\b(?:christmas|thank[- ]you|wedding|birthdays?|18th|21st|valentine|teacher|class|"
        r"moved out|moving out|moved away|left for|flight|"
        r"school|pen ?"
        r"pal|recommendation|reference|cover|cards?|exchange|santa|camp|assignment|homework|"
        r"project|"
        r"application|landlord|council|complaint|team|colleagues|meeting|lecture|exam|study|"
        r"babysitter"
        r"|sitter|neighbou?rs?|milkman|delivery)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:please |pls |plz )(?:take care of|look after|love|feed|"
        r"find (?:a )?(?:good )?"
        r"home for) my (?:cat|cats|dog|dogs|pets?|bird|rabbit|hamster|fish|plants|kids|children|"
        r"baby|"
        r"puppy|kitten)|(?:make sure|promise) (?:someone|somebody|you|\w+) (?:takes care of|looks "
        r"after|feeds|will take care of|will look after) my (?:cat|cats|dog|dogs|pets?|kids|"
        r"children)"
        r"(?: \w+){0,3}? (?:when|after|once) i(?:'m| am)? (?:gone|dead))\b",
        negatable=False,
        unless=r"\b(?:while i'm|while im|when i'm away|this weekend|next week|for the (?:weekend|"
        r"week|day|night)|tomorrow|until|till|i'm away|at work|on holiday|vacation|trip|hospital|"
        r"appointment|i'm back|days?|weeks?|shift|surgery|conference|visit\w*|tonight while)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:please tell|pls tell|plz tell|tell) (?:my |mum|mom|dad|everyone|them|her|"
        r"him)(?:\w+ )?"
        r"(?:that )?i(?:'m| am| was)? (?:so )?sorry\b(?: \w+){0,3}? (?:goodbye|and that i love|i "
        r"loved|for everything|it wasn't)|(?:please |pls |plz )tell (?:my |mum|mom|dad|everyone|"
        r"them)(?:\w+ )?(?:that )?i (?:loved|love) (?:them|her|him|you)(?: all)?(?:[ ,.!]+[\w']+)"
        r"{0,6}?[ ,.!]+(?:goodbye|sorry|forgive))\b",
        negatable=False,
    ),
    # History: a past attempt, with or without the thoughts coming back.
    rule(
        S,
        r"\b(?P<core>(?:my|his|her|a|an|the|one|two|three|multiple|several|previous|last|first|"
        r"second|failed)(?: (?:last|first|second|third|previous|earlier|failed|most recent|suicide|"
        r"serious))? attempts?)\b(?! (?:at|to (?!(?:end|kill|take))|of|on|in (?:the|a) (?:race|"
        r"exam|"
        r"test|game|match)))",
        needs=r"\b(?:suicid\w*|survived|surviving|after my|since my|before my|hospital|icu|a&e|"
        r"ward|psych|overdos\w*|pills|scars|anniversary|survivor|never again|thoughts are (?:back|"
        r"coming back)|coming back|finish what)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\bi(?:'ve| have)? (?:\w+ )?(?P<core>attempted)\b(?! (?:to (?!(?:kill|end|take))|a |an |"
        r"the |my |it\b|"
        r"this|"
        r"that|to\b|\w+ing\b))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am|i'm standing|i'm sitting|i'm stood|i'm sat|standing|sitting|sat|"
        r"stood) (?:on|at the top of|on top of) (?:the|a|this) (?:bridge|roof|rooftop|ledge|cliff|"
        r"overpass|railing|parapet|platform edge))(?=\s*(?:$|[.!?,;]|right now|again|now|tonight|"
        r"and i|thinking|looking down|alone))",
        unless=r"\b(?:view|sunset|sunrise|photos?|pictures?|selfie|hik\w*|tourist|concert|party|"
        r"fireworks|drinks|beers?|picnic|with (?:friends|him|her|the \w+)|traffic|stuck|queue|bus|"
        r"car|train|work|job|roofer|gutters?|repair\w*|shingles|fixing|ducks?|swans?|geese|"
        r"boats?|cute|pretty|beautiful|lovely)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:had|have|got|with|getting|needed) my stomach pumped|woke up in (?:the )?(?:hospital|icu|a&e|er)"
        r" (?:\w+ ){0,2}?after (?:taking|swallowing|i took|i swallowed|the pills|the overdose|"
        r"trying|"
        r"i tried))\b",
        unless=r"\b(?:drunk|alcohol|vodka|drinking|party|food poisoning|mushrooms|shrooms|"
        r"appendix|surgery)\b",
    ),
    # Someone the writer knows, now.
    rule(
        S,
        r"\b(?P<core>goodbye\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:(?:isn't|is not|not|won't|hasn't|"
        r"has not|stopped|doesn't|didn't) (?:been )?(?:picking up|pick up|answering|answer|"
        r"replying|"
        r"reply|responding|respond|reading|online|home)|can't reach (?:him|her|them)|(?:phone|"
        r"cell) "
        r"(?:is |'s )?(?:off|dead|going to voicemail)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:talking|talks|talked|talk|joking|jokes|joked|posting|posts|posted|writing|"
        r"wrote|keeps saying|kept saying) about (?:\w+ ){0,2}?(?:suicide|killing (?:himself|"
        r"herself|"
        r"themselves|myself)|ending (?:it|his life|her life|their life|it all|things|everything)|"
        r"wanting to die|not wanting to (?:live|be here|be alive)|taking (?:his|her|their|"
        r"my) (?:own )?"
        r"life|unaliving|(?:shooting|hanging|drowning|poisoning|gassing) (?:himself|herself|"
        r"themselves|myself)|jumping (?:off|in front)|overdosing|not being (?:here|around|alive)"
        r"))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:a |the |half a |an entire |a whole )(?:pack|packet|box|bottle|strip|"
        rf"blister|handful|tub|jar) of (?:my |the |\w+'s )?(?:\w+ )?{_MEDS})\b",
        needs=r"\b(?:took|taken|swallow\w*|down(?:ed|ing)|popp?(?:ed|ing)|ate|necked|chugg?\w*|"
        r"od'?d|overdos\w*)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:wrote|written|writing|finished|left) my (?:last |final |goodbye )?(?:note|"
        r"letter))\b(?! (?:to|for) (?:work|school|the (?:landlord|teacher|council|school)|class))",
        unless=r"\b(?:class|lecture|exam|study|teacher|school|work|thank|christmas|birthday|card|"
        r"council|landlord|complaint|application|cover|reference|santa|pen ?pal)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:please )?(?:don't|do not) blame yourselves|(?:i'm|i am) sorry for "
        r"everything\b(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+(?:goodbye|bye|don't blame|please (?:forgive|"
        r"don't|take care)|love you all|it's not your fault))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:not|no longer) (?:scared|afraid|frightened) of (?:dying|death)(?: anymore| "
        r"any more|,? i'm ready))",
        negatable=False,
    ),
    # -- suicide: round-2 wordings (calm plans and means, goodbye shapes, third persons).
    rule(
        S,
        r"\b(?P<core>(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|the \d{1,2}(?:st|nd|rd|th)?)(?:'s|s| is| will be|'ll be) the (?:day|night))\b",
        negatable=False,
        needs=r"\b(?:kids (?:are|will be) (?:at|with|away)|(?:house|flat|place) (?:is|will be) "
        r"empty|nobody|goodbye|notes?|letters?|deleted|sorted|decided|thought (?:it|this) "
        r"(?:through|thru)|thinking (?:it|this) (?:through|thru)|been planning|socials|search "
        r"history|pills|rope|bridge|gun|ready|no more|done|for good|last|end it|do it)\b",
        unless=r"\b(?:tell\w*|ask\w*|propos\w*|wedding|party|game|match|exam|interview|show|"
        r"concert|launch|premiere|gig|mov(?:e|ing)|birthday|results|first|date|confess\w*|"
        r"finally (?:doing|getting)|race|marathon|flight|trip|surgery|graduation)\b",
    ),
    rule(
        S,
        r"(?:^|(?<=[.!?] )|(?<=\n))(?P<core>(?:picked|chosen|chose|set|decided on|settled on) "
        r"(?:a |the |my )(?:date|day|night|spot|place|bridge|method|time))\b"
        r"(?=\s*(?:$|[.!?,;:]|and\b|already|now\b|too\b|it's|its|i'll|i'm|so\b|-))",
        unless=r"\b(?:wedding|party|holiday|trip|move|moving|appointment|interview|birthday|"
        r"dinner|meeting|surgery|exam|launch|vacation|flight|deadline|baby|due|gender|reveal|venue|"
        r"reservation|class|gym|workout|therapy|doctor|dentist|concert|game|match|tickets?|hotel|"
        r"restaurant|office|school|camping|hike|haircut|tattoo|coffee|lunch|brunch|drinks|call|"
        r"zoom|picnic|date night|first date|anniversary|proposal|propose|presentation|dog|cat|"
        r"we|we've|us)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:got|have|found|bought) everything i need(?: now)?|(?:waiting|wait) (?:for|"
        r"till|until) (?:the (?:house|flat|place) (?:is|to be) empty|everyone (?:is|to be) "
        r"(?:asleep|out|gone))|(?:spot|place|somewhere) (?:\w+ ){0,4}?where (?:nobody|no one|"
        r"anyone) (?:would|will|could|'d|'ll|can) (?:ever |easily )?find (?:me|my body))\b",
        needs=r"\b(?:ready|tonight|quiet|alone|woods|forest|bridge|pills|rope|gun|end|die|empty|"
        r"goodbye|note|gone|nobody would find|no one would find|for a while|for days)\b",
        unless=r"\b(?:read\w*|study\w*|nap\w*|revis\w*|homework|cook\w*|recipe|bake|baking|"
        r"party|surprise|trip|holiday|camping|hike|picnic|game|hide and seek|paint\w*|diy|"
        r"project|smok\w*|vap\w*|spliff|joint|shopping|list|guests)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:work(?:ing|ed)? up|get(?:ting)?|got|find(?:ing)?|found|build(?:ing)?) "
        r"(?:up )?the (?:nerve|courage|guts|balls|bottle))\b(?! to (?:ask|tell|talk|say|text|call|"
        r"quit|leave (?:him|her|my|the)|apply|sign|go to (?:the )?(?:gym|doctor|gp|class|party)|"
        r"confront|speak|message))",
        needs=_MEANS_WORD + r"|\b(?:do it|end it|go through with it|die|kill|jump|step off|"
        r"let go)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:went|walked|drove|cycled|biked|climbed|go|going|got|get|been going|keep "
        r"going) (?:up |back |out )?to (?:the |a |that |this )?(?:top of the )?(?:\w+ )?"
        + _HEIGHT
        + r"s?\b(?:[ ,]+[\w']+){0,8}?[ ,]+(?:sat|stood|sitting|standing|looked|looking|stared|"
        r"staring|leaned|leaning|hung|dangl\w+) (?:\w+ ){0,3}?(?:on the (?:edge|ledge|railing)|"
        r"down\b|over the (?:edge|railing|side)|at the (?:drop|water|edge|ground)|for (?:a long "
        r"time|hours|ages|an hour|a while)|with my legs over))",
        unless=r"\b(?:view|sunset|sunrise|photo\w*|pictures?|selfie|hik\w*|tourist|concert|party|"
        r"fireworks|drinks|beers?|picnic|lovely|beautiful|gorgeous|stars|smok\w*|vap\w*|we|us|"
        r"friends|date|lunch|coffee|wedding|fix\w*|repair\w*|gutters?|shingles|roofer|painting|"
        r"stuck|queue|meeting|office|exam|interview|dentist|flat|hotel)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sat|stood|sitting|standing) on the (?:edge|ledge) with my legs (?:over|"
        r"dangling)|with my legs dangling over the (?:edge|water|drop)|(?:let|letting|watched|"
        r"watching) (?:\w+ )?(?:trains|train) (?:go|pass|go past|pass by) (?:\w+ ){0,6}?(?:nerve|"
        r"courage|jump|step|edge))\b",
        unless=r"\b(?:pool|dock|jetty|lake|beach|swim\w*|fishing|view|sunset|lovely|we|us|"
        r"friends|photo\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:beam|rafters?|banister|bannister|hook|loft hatch|doorframe|door frame|"
        r"pipe|railing|branch|tree|curtain rail|shower rail|ceiling fan|fan|bunk) (?:\w+ ){0,4}?"
        r"(?:would|will|could|can|might) (?:hold|take|support|bear) my weight)\b",
        unless=r"\b(?:pull[- ]?ups?|chin[- ]?ups?|gym|workout|hammock|swing|climb\w*|aerial|yoga|"
        r"trx|rings|bouldering|treehouse|tree house|ladder|shelf|shelves)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hose|tube|pipe|hosepipe) and (?:some )?(?:duct |gaffer |masking |"
        r"electrical )?tape|(?:tape|duct tape) and (?:a )?(?:hose|hosepipe|tube))\b",
        needs=r"\b(?:park\w*|car|somewhere quiet|exhaust|window|garage|tonight|woods|alone)\b",
        unless=r"\b(?:garden\w*|leak\w*|sink|plants?|pond|aquarium|fish|tank|washing machine|"
        r"plumb\w*|tap|shower|hoover|vacuum|bike)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:bought|buying|buy|got|getting|picked up|collected) (?:a |an |the |my )?"
        r"(?:second|third|fourth|fifth|another|extra|more|several|multiple|two|three|four|five|"
        rf"\d+) (?:\w+ )?{_CONTAINER}(?: of (?:\w+ )?{_MEDS})?)\b",
        needs=r"\b(?:enough|this week|today|different (?:shops|pharmacies|chemists|stores|"
        r"places)|pharmacist|chemist|stockpil\w*|sav(?:e|ed|ing)|hid\w*|glove ?box|under my bed|"
        r"drawer|so (?:nobody|no one)|one at a time|can only buy)\b",
        unless=r"\b(?:for (?:my |the |her |his )?(?:period|headache|migraine|cold|flu|kids?|"
        r"trip|holiday|back|tooth|teeth|mum|mom|dad|nan|gran)|vitamins?|supplements?|dog|cat|"
        r"wine|beer|cider|milk|eggs|crisps|chips|biscuits|cigarettes|fags|vapes?|nappies|"
        r"diapers|cereal|pasta|tea|coffee|juice|water|candles|batteries|paint|stickers)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:know|knew|googled|looked up|worked out|read) (?:exactly )?(?:what|how "
        r"much|how many) (?:\w+ ){0,3}?(?:too much|too many|a lot|the whole \w+|all of (?:them|"
        r"it)|enough|a (?:big|large) dose) (?:\w+ ){0,2}?(?:does|would do|will do|would take|it "
        r"takes|would kill|will kill|to kill|to die))\b",
        needs=rf"\b(?:{_MEDS}|pens?|injections?)\b",
        unless=r"\b(?:dog|cat|pet|vet|patient|nurse|shift|course|exam|coffee|caffeine|alcohol)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:take|taking|swallow|swallowing|took|swallowed|gonna take|going to take) "
        rf"(?:every|each|all (?:of )?the|all (?:of )?my|every single) (?:\w+ )?{_MEDS} (?:in|from|"
        r"i (?:have|own|can find|could find)|we have|there is|left|i've got))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:skipp(?:ed|ing)|stopp(?:ed|ing)|not taking|haven't been taking|pretend"
        rf"(?:ing|ed) to take) (?:\w+ ){{0,2}}?{_MEDS}(?: \w+){{0,4}}? (?:and|but|so|to) (?:i )?"
        r"(?:kept|keep|keeping|saved|saving|save|hid|hide|hiding|stash\w*|collect\w*|stockpil\w*|"
        r"hoard\w*|put them))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:found|took|stole|nicked|pocketed|swiped|hid|taken|grabbed) (?:all )?(?:my "
        r"|the )?(?:mum'?s|mom'?s|dad'?s|nan'?s|gran'?s|grandma'?s|grandad'?s|grandpa'?s|parents'?|"
        rf"sister'?s|brother'?s|her|his) (?:\w+ )?{_MEDS})\b",
        needs=r"\b(?:put them|hid them|hidden|kept them|in my (?:bag|room|drawer|pocket)|stash|"
        r"without (?:her|him|them) knowing|secretly|nobody knows|no one knows|so i have|enough)\b",
        unless=r"\b(?:for (?:her|him|them)|gave (?:them )?back|to (?:her|him)|bring|brought|"
        r"picked up (?:her|his)|pharmacy|dog|cat|expired|dispose|disposal|throw (?:them )?away)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|do not|won't|not going to|doesn't) (?:plan on|planning on|intend to|"
        r"expect to|think i'll|see myself) (?:be |being |still being )?(?:here|around|alive) "
        r"(?:past|after|beyond|by|much longer|for long|next|at|for)|(?:don't|do not|can't|cannot) "
        r"(?:see|imagine|picture) myself (?:living|making it|surviving|lasting|getting) (?:past|"
        r"beyond|to|till|until)|(?:can't|cannot|don't) (?:see|"
        r"imagine|picture) (?:myself )?(?:being |still being |still )?(?:alive|around|here) (?:at|by|"
        r"for|in|next|past|after|when|this time next))\b",
        negatable=False,
        unless=_TRAVEL,
    ),
    rule(
        S,
        r"\b(?P<core>(?:the )?only (?:thing|reason|one|person|people|things) (?:\w+ )?(?:keeping "
        r"me (?:here|alive|around|from (?:doing it|ending it|killing myself|going through with "
        r"it))|(?:that )?(?:stops|stopped|stopping) me (?:from )?(?:doing it|ending it|killing "
        r"myself|going through with it)|i'm still (?:here|alive|breathing)|i haven't (?:done it|"
        r"killed myself|ended it)))\b",
        unless=r"\b(?:coffee|caffeine|snacks?|energy drinks?|tea|chocolate|podcast|show|music|"
        r"playlist|netflix|meme|lol|haha|this job|at work|in this job|in this class|at this "
        r"party|office|company)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:going to|gonna|will|i'll|about to|finally) (?:actually |finally |really )?"
        r"(?:do it|go through with it) (?:this time|for real this time|for real)|go through with "
        r"it (?:this time|tonight|for real))\b",
        unless=r"\b(?:ask\w*|tell\w*|propos\w*|quit\w*|smok\w*|vap\w*|diet\w*|gym|apply\w*|"
        r"sign\w* up|exam|test|interview|mov(?:e|ing)|leave (?:him|her)|break ?up|divorce|"
        r"tattoo|haircut|marathon|run|confess\w*|uni|course|jump (?:in|into)|skydiv\w*|bungee)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:might|gonna|going to|want to|will|i'll|should|could|finally|i'd|ready to|"
        r"need to|plan to|planning to) (?:just |finally |actually )?suicide)\b(?! (?:squad|"
        r"notes?|prevention|awareness|rates?|hotline|line|helpline|watch|risk|bomber|mission|"
        r"doors?|run|pact|forest|bridge))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:plan|plans|planning|going|wants?|wanting|trying|threaten\w*|talking about|"
        r"thinking about|thinks about|said (?:he|she|they)(?:'d| would| will|'ll)|will|about) "
        r"(?:to )?end(?:ing)? (?:his|her|their) (?:own )?life)\b",
        about_others=True,
    ),
    rule(
        S,
        rf"\b(?P<core>{_PERSON}(?:'s| is| was|'s been| has been) (?:\w+ )?(?:on|at the top of|on "
        r"top of|at|standing on|sitting on) (?:the|a) (?:bridge|roof|rooftop|ledge|cliff|edge|"
        r"railing|tracks|overpass|balcony))\b",
        needs=r"\b(?:right now|won't (?:answer|pick up|come down|respond|reply)|not answering|"
        r"isn't answering|jump\w*|threaten\w*|goodbye|scared|help|police|crying|999|911)\b",
        unless=r"\b(?:view|sunset|photo\w*|selfie|repair\w*|fix\w*|gutters?|work|shift|job|"
        r"roofer|painting|tourist)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>life insurance\b(?: \w+){0,5}? (?:than (?:with )?me|when i(?:'m gone| die)|if "
        r"i (?:die|died|was gone|wasn't here|killed myself)|(?:would|will) (?:help|cover|pay|look "
        r"after) (?:them|my|everything|the)|covers suicide|pays out (?:for|if|on) suicide)|better "
        r"off with (?:the |my )?(?:life insurance|insurance|payout))\b",
        unless=r"\b(?:policy|quote|broker|mortgage|benefits? at work|signed up|comparing|premium|"
        r"advisor|adviser)\b",
    ),
    # Goodbye notes by their shape: two of these lines close together, or one beside "I love
    # you" or "I'm sorry" (which alone end many an ordinary message).
    rule(
        S,
        rf"\b(?P<core>{_NOTE_LINE}\b(?:[ ,.!\n]+[\w']+){{0,12}}?[ ,.!\n]+(?:{_NOTE_LINE}|"
        rf"{_NOTE_WEAK})|{_NOTE_WEAK}\b(?:[ ,.!\n]+[\w']+){{0,12}}?[ ,.!\n]+{_NOTE_LINE})"
        r"(?=\s*(?:$|[.!?,;]|\w))",
        negatable=False,
        unless=r"\b(?:party|leaving do|last day|graduat\w*|wedding|birthday|retire\w*|team|"
        r"colleagues|class|semester|season|show|series|stream|subscribers|followers|funeral|grave|"
        r"grandma|grandpa|nan|granny|dog|cat|hamster|rip|rest in peace|hospice|ashes|film|movie|"
        r"book|song|lyrics|character|see you|see ya|talk (?:tomorrow|later|soon)|tomorrow|"
        r"next (?:week|time)|flight|airport|trip|holiday|moving|new job|old (?:flat|house|home|"
        r"car|apartment|room|job|phone|life|school)|carpet|landlord|deposit|move|can we|call me|"
        r"text me|text back|told (?:my|her|him|them)|tell(?:ing)? (?:my \w+|her|him|them))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:mum|mom|dad|mama|papa|mummy|mommy|daddy|mother|father),? (?:please |pls )?"
        r"(?:don't|do not) (?:blame yourself|cry|be sad))(?=\s*(?:$|[.!?;]|i love|it's not|it was"
        r"|none of))",
        negatable=False,
        unless=r"\b(?:divorce|split|exam|grades?|results|dog|cat|accident|broke|broken|vase|"
        r"car|money|bill|fight|argument|film|movie|funeral|grandma|grandpa|nan)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:this is|these are|that's|this'll be) (?:the |my )?(?:very )?(?:last|final) "
        r"(?:thing|words?|message|text|note|post|entry|letter) (?:i'll|i will|i'm going to|you'll|"
        r"you will|anyone will) (?:ever )?(?:write|say|send|post|get from me|hear from me|read "
        r"from me))\b(?! (?:today|tonight|for (?:today|tonight|now|a while|this year|the day)|"
        r"before|on (?:this|the)|about|until|till|here|in this|this year))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:please |pls |plz )?(?:take care of|look after|feed|love|give|walk|cuddle) "
        r"(?!(?:yourself|yourselves|it|this|that|the|my|me|you|each|everyone|them|him|her|us)\b)"
        r"\w+ (?:(?:lots of |a |extra |some )?(?:walks|cuddles|treats|hugs?|kisses|belly rubs|"
        r"pats|scritches|a walk) )?for me)\b"
        r"(?:[ ,.!\n]+[\w']+){0,12}?[ ,.!\n]+(?:i'm sorry|sorry|goodbye|forgive me|not your fault|"
        r"when i'm gone|after i'm gone|love you all|don't blame)\b",
        negatable=False,
        unless=r"\b(?:while i'm|when i'm away|this weekend|next week|for the (?:weekend|week|day|"
        r"night)|tomorrow|until|till|i'm away|at work|on holiday|vacation|trip|hospital|"
        r"appointment|i'm back|days?|weeks?|shift|surgery|conference|visit\w*|tonight while)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:note|notes|letters?) (?:is |are )?(?:written|done|left|finished|ready)|"
        r"(?:letters|notes)\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:everyone'?s names?|each of (?:them|"
        r"you|my)|one for (?:each|every|everyone|mum|mom|dad)|their names on))\b",
        needs=r"\b(?:sorted|bills|paid|affairs|passwords|will|in order|ready|goodbye|drawer|"
        r"everyone'?s names?|each of|one for|their names|fed|tonight)\b",
        unless=r"\b(?:christmas|thank[- ]you|wedding|invitations?|valentine|birthday|teacher|"
        r"class|school|pen ?pal|recommendation|reference|cover|cards?|santa|homework|assignment|"
        r"revision|exam|lecture|study|landlord|council|application|meeting|party|birthdays|18th|"
        r"21st|wedding day|graduation|time capsule|future)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:got|get|getting|put|putting|sorting|sorted|have|had) (?:all )?(?:my "
        r"|the )?(?:things|everything|stuff|life) in order)\b",
        needs=r"\b(?:passwords|a letter|letters|notes?|goodbye|when i'm gone|after i'm gone|"
        r"won't be (?:here|around)|don't plan on being|the will|my will)\b",
        unless=r"\b(?:estate|lawyer|solicitor|retire\w*|pension|mortgage|surgery|operation|"
        r"deploy\w*|baby|move|moving|taxes|tax|new job|exam)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:gets|get|will get|can have|should get|can take|takes) my (?:\w+ ){0,2}?"
        r"(?:ps5|xbox|switch|console|laptop|guitar|car|bike|cat|dog|phone|jewel(?:le)?ry|clothes|"
        r"stuff|things|records|books)\b(?:[ ,.!]+[\w']+){0,10}?[ ,.!]+(?:i wrote it (?:all )?down|"
        r"wrote it (?:all )?down|in the note|in my note|when i'm gone|after i'm gone|once i'm "
        r"gone|i won't need|won't need))\b",
        unless=r"\b(?:move|moving|mov(?:e|ing) out|uni|college|abroad|divorce|break ?up|new "
        r"(?:one|phone|laptop|console)|upgrade\w*|birthday|christmas)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:picked|chosen|chose|found|scouted|settled on|decided on) (?:a |the |my )?"
        r"(?:\w+ )?(?:bridge|cliff|multi-?stor(?:e)?y|car park|parking garage|overpass|flyover|"
        r"quarry|rooftop|roof|tracks|building|tower)\b)",
        needs=r"\b(?:top floor|top level|highest|high enough|edge|drop|tonight|jump|alone|nobody|"
        r"no one|the one)\b",
        unless=r"\b(?:view|picnic|photo\w*|wedding|venue|cheap\w*|tickets?|space|office|flat|"
        r"apartment|to live|rent|buy|sunset|date|we|us)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:and|but) (?:i'm |i am )?not coming back for (?:her|him|them|it))\b",
        needs=r"\b(?:dog|cat|pet|puppy|kitten|kids|rabbit|bird)\b",
        unless=_TRAVEL,
    ),
    rule(
        S,
        r"\b(?P<core>(?:have|get|give (?:them|the kids|her|him)) one (?:last|final) (?:nice |good |"
        r"happy |proper |normal )?(?:christmas|birthday|summer|holiday|one|day|weekend))\b",
        needs=r"\b(?:doing it|do it|before i go|before i'm gone|then i'm|then i'll|after that)\b",
        unless=r"\b(?:house|flat|moving|move|divorce|sell\w*|abroad|deploy\w*|before (?:we|the) "
        r"(?:move|sell)|grandma|grandpa|nan|hospice|dog|cat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am|i'll be|then i'm) (?:done|gone|out of here) for good)"
        r"(?=\s*(?:$|[.!?;]))",
        unless=_TRAVEL + r"|\b(?:dating|apps?|smok\w*|drink\w*|twitter|instagram|tiktok|facebook|"
        r"gym|diet|men|women|church|group|team|club|band|relationships?|overtime|no more|shift)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sat|sitting|sit|lying|lay|laid|lie|got) in the (?:bath|bathtub|tub) (?:\w+ )"
        r"{0,3}?with (?:the |a |my )?(?:razor|blade|knife|pills|tablets|toaster|hairdryer|hair "
        r"dryer|radio|heater))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:every|each) (?:one|pill|tablet|dose) (?:i've|i have|i've ever|they've) "
        r"(?:ever )?been (?:prescribed|given)|all (?:of )?(?:the |my )?(?:\w+ )?(?:pills|tablets|"
        r"meds) i've (?:ever )?been (?:prescribed|given))\b",
        needs=r"\b(?:drawer|saved|kept|hid|hidden|all of them|stash\w*|box|bag|under)\b",
        unless=r"\b(?:took|taken|take|taking|as prescribed|vitamins?|dog|cat|pharmacy|disposal|"
        r"return\w*|expired)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:gun|shotgun|rifle|pistol|firearm)s? (?:cabinet |safe |locker |case )?"
        r"(?:key|keys|code|combination))\b",
        needs=r"\b(?:just in case|on me|i know (?:the|where)|found|took|keep|kept|hid|hidden|"
        r"stole|figured out|worked out|guessed)\b",
        unless=r"\b(?:hunting|clay|range|club|licen[cs]e|police|inspection|safety|dad (?:asked|"
        r"gave)|lost)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:make it|made it|would) look like an accident|(?:nobody|no one|anyone) would "
        r"(?:know|think|guess) it (?:was|wasn't) (?:an accident|on purpose)|pass (?:it )?off as an "
        r"accident)\b",
        unless=r"\b(?:murder mystery|book|novel|plot|film|movie|show|character|game|prank|lol|"
        r"haha|vase|broke|spill\w*|cake|dent|scratch|kill (?:him|her|them)|boss|husband|wife|"
        r"neighbou?r)\b",
    ),
    rule(
        S,
        r"\b(?P<core>i know (?:exactly )?(?:where|when) to (?:stand|jump|step|go|do it|park|wait|"
        r"climb over|get over))\b",
        needs=_MEANS_WORD,
        unless=r"\b(?:gig|concert|queue|photo\w*|view|fireworks|parade|sunset|doors|carriage|"
        r"board|seat|crowd|bus stop|commute|shade|platform \d|ticket|festival)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:keep|kept|can't stop|couldn't stop|been|always end up) (?:staring|looking|"
        r"thinking|glancing) (?:at|about) (?:it|them))\b",
        needs=r"\b(?:hook|beam|rafters?|banister|loft hatch|rope|belt|noose|gun|shotgun|rifle|"
        r"pistol|pills|tablets|blades?|razor|bridge|tracks|ledge|cliff|quarry)\b",
        unless=r"\b(?:cake|food|phone|ex|crush|ring|dress|shoes|buy|price|sale|art|painting|"
        r"tattoo|model|collection|vintage|antique|museum|film|movie|game|show)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:take|taking|swallow\w*|took|down(?:ed|ing)?|eat|ate|eating) (?:everything|"
        r"all|whatever(?: is| i can find| i find)?) in (?:the|my|our) (?:medicine |bathroom )?"
        r"(?:cabinet|cupboard|drawer|box|bag|first aid kit))\b",
        unless=r"\b(?:fridge|kitchen|snacks?|biscuits|crisps|sweets|chocolate|food|pantry|"
        r"cereal|munchies|hungry|starving)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:scars?|marks?|bruis\w+|rope burns?) (?:on|around|across) my neck(?: \w+)"
        r"{0,3}? from (?:the )?(?:rope|noose|belt|cord|ligature|hanging|when i tried|my attempt))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:save|spare|saving|sparing|do) (?:everyone|everybody|them|my family|the "
        r"world|all of them|the people i love) (?:a |so much |a lot of |the )?(?:\w+ )?"
        rf"(?:trouble|hassle|money|pain|grief|effort|burden|favou?r)? ?if i (?:just )?(?:{_GONE}))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:not|never|won't be|won't|don't plan on|not planning on) (?:planning on |"
        r"plan on |going to |gonna )?check(?:ing)? out)\b",
        needs=r"\b(?:hotel|room|motel|airbnb|b&b|inn)\b",
        unless=r"\b(?:late check-?out|extend\w*|another night|extra night|lol|haha|vacation|"
        r"holiday|spa|honeymoon|weekend|conference|trip|pool|breakfast|until|till|so nice|lovely|"
        r"gorgeous|amazing)\b",
    ),
    rule(
        S,
        r"\b(?P<core>practi[cs]\w* (?:tying )?(?:the |a |my )?(?:knot|noose|hangman's knot)|"
        r"(?:learn\w*|look\w* up|googl\w*|watch\w*) how to (?:tie|make) (?:a |the )?(?:noose|"
        r"hangman's knot|slip knot that holds))\b",
        unless=r"\b(?:sail\w*|boat|scouts?|climb\w*|fishing|macrame|tie|necktie|bow|shoelaces?|"
        r"knot class|rigging|bouldering|camping)\b",
    ),
    rule(
        S,
        r"\b(?P<core>so (?:nobody|no one|they|the police|mum|mom|dad|the landlord) (?:has|have|"
        r"will have|would have|won't have|doesn't have|don't have|needs?) to (?:break (?:in|down "
        r"the door|the door)|find me))\b",
        unless=r"\b(?:locked (?:myself )?out|holiday|trip|vacation|away|plants|cat|dog|parcel|"
        r"delivery|spare key)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:and|with|bring\w*|taking|took|packed|pack\w*) all (?:of )?my (?:\w+ )?"
        r"(?:pills|meds|tablets|medication|medicine))\b",
        needs=r"\b(?:tonight|lake|river|bridge|woods|forest|car|alone|bottle|vodka|wine|whisky|"
        r"gin|drink|beach|sea|cliff|roof)\b",
        unless=r"\b(?:holiday|trip|pharmacy|organi[sz]er|flight|luggage|suitcase|hospital bag|"
        r"vacation|festival|camping|abroad|week away)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:once|when|after|as soon as) (?:the kids|everyone|everybody|he|she|they|"
        r"my \w+) (?:are|is|'re|'s|go|goes|leave|leaves|left|has left|have left|gone|fall|falls)"
        r"(?: \w+){0,4}?,? (?:i'm going to|i'll|i will|i'm gonna) (?:finally |just )?(?:do it|go "
        r"through with it))(?=\s*(?:$|[.!?;]))",
        unless=r"\b(?:presents?|wrap\w*|tidy\w*|clean\w*|paint\w*|homework|taxes|laundry|emails?|"
        r"bath|puzzle|bake|baking|cook\w*|call|tell|ask|workout|yoga|study|read|watch|diy|"
        r"shower|nap|hoover|vacuum)\b",
    ),
    rule(
        S,
        r"\b(?P<core>i (?:go|went|keep going|'ve been going|been going|end up) (?:up )?there "
        r"(?:most|every|late|again|at|some) ?(?:nights?|night|evenings?|\d)|i (?:keep|kept) "
        r"(?:going|ending up|walking|driving) (?:back )?(?:there|to it)(?=\s*(?:$|[.!?,;])))",
        needs=r"\b(?:ledge|edge|bridge|roof|rooftop|car park|parking garage|cliff|tracks|overpass|"
        r"multi-?stor(?:e)?y|quarry|railing|river|weir|lake|canal|sea|pier|dam)\b",
        unless=r"\b(?:view|sunset|stars|smok\w*|vap\w*|friends|skate\w*|photo\w*|run\w*|walk the "
        r"dog|dog walk|work|shift)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:keep|kept|can't stop|couldn't stop|always) thinking (?:about|of) (?:the |"
        r"that )?(?:\w+ )?(?:overpass|bridge|cliff|ledge|tracks|quarry|multi-?stor(?:e)?y|noose|"
        r"drop|railway line))\b",
        unless=r"\b(?:holiday|trip|venice|paris|view|photo\w*|wedding|beautiful|lovely|date|kiss"
        r"\w*|built|engineering|traffic|closure|roadworks|commute|dream|game|film|movie|book|"
        r"drop-?off|price drop|album|song|bass|beat|dj|mic|shipping|delivery)\b",
    ),
    rule(
        S,
        r"\b(?P<core>if (?:anyone|anybody|someone|somebody|you) (?:finds?|reads?) (?:this|my "
        r"(?:phone|body|note|letter|journal|diary))\b(?:[ ,]+[\w']+){0,6}?[ ,]+(?:code|passcode|"
        r"pin|password|sorry|goodbye|i love|tell (?:my|mum|mom|dad)))",
        negatable=False,
        unless=r"\b(?:lost|return\w*|reward|hand it in|drop it|call|contact|please return|"
        r"owner)\b",
    ),
    rule(
        S,
        r"\b(?P<core>locked (?:himself|herself|themselves|themself) in (?:the|his|her|their) "
        r"(?:bathroom|room|bedroom|garage|car|shed|toilet))\b",
        needs=r"\b(?:note|pills|knife|blade|razor|rope|won't (?:answer|open|come out|respond)|"
        r"not answering|goodbye|suicid\w*|kill|die|gun|threaten\w*)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vodka|whisky|whiskey|gin|wine|alcohol|rum|tequila|booze) and (?:\w+ ){0,2}?"
        rf"{_MEDS}|{_MEDS} and (?:a |the )?(?:bottle of |half a bottle of )?(?:vodka|whisky|"
        r"whiskey|gin|wine|alcohol|rum|tequila|booze))\b",
        unless=r"\b(?:don't mix|never mix|shouldn't mix|not mix|can't mix|doctor|gp|pharmacist|"
        r"interaction|warning|label|hangover|headache|cold|flu|party|festival|pregame|pre-?drinks)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:could|want to|tempted to|urge to|thinking i could|wish i could|so easy "
        r"to|going to|about to) (?:just )?(?:step|walk|fall|lean|jump|roll) (?:off|from|over|in "
        r"front of) (?:the |a |this )?(?:platform|ledge|edge|roof|bridge|railing|balcony|cliff|"
        r"train|tracks|bus|traffic|lorry|truck))\b",
        unless=r"\b(?:kerb|curb|lol|haha|photo\w*|selfie|mind the gap|paddle ?board|boat|dock|"
        r"stage|diving board|pool)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sent|texted|posted|snapped) (?:me |us )?(?:a )?(?:photo|pic|picture|snap|"
        rf"video) of (?:\w+ ){{0,2}}?(?:{_MEDS}|a rope|a noose|a gun|a knife|a blade|the bridge|"
        r"the edge|her wrists|his wrists))\b",
        needs=r"\b(?:sorry|goodbye|bye|love you|won't answer|not answering|isn't answering|"
        r"can't reach|phone (?:is )?off|forgive)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:just |only )?waiting (?:to die|for (?:death|the end|it all to end|my turn "
        r"to die|my heart to stop))|(?:the world|everyone|my family|nobody|no one) (?:doesn't|does "
        r"not|don't|wouldn't|won't|will not) (?:need|want) me (?:in it|alive|around anymore|here "
        r"anymore|to exist))\b",
        negatable=False,
        unless=r"\b(?:queue|line|traffic|meeting|dmv|on hold|lecture|class|bus|train|kettle|"
        r"download|update|results|lol|haha|waiting room)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:message|text|note|voice ?note|post|snap) (?:\w+ )?(?:saying|that said|that "
        r"says) (?:\w+ ){0,2}?(?:(?:she|he|they) loves? (?:us|me|you|everyone)|loves? (?:us|you) "
        r"all|(?:she's|he's|they're|she is|he is) sorry|goodbye|sorry for everything|thank you "
        r"for everything))\b",
        needs=r"\b(?:hasn't (?:replied|answered)|not answering|won't answer|isn't answering|can't "
        r"reach|phone (?:is )?off|no reply|isn't replying|haven't heard|not replying|went quiet|"
        r"offline)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:cancel\w*|gave away|sold|ended|closed|quit) (?:[\w']+[ ,]+){0,8}?(?:won't|"
        r"will not|"
        r"not going to) (?:be )?(?:need\w*|using|use) (?:it|them|either|any of (?:it|them)|"
        r"anything|those|that) ?(?:anymore|again|where i'm going)?(?=\s*(?:$|[.!?;])))",
        unless=_TRAVEL + r"|\b(?:treadmill|home gym|new|cheaper|switch\w*|because|since|as i|"
        r"upgrade\w*|better|free|app|subscription|netflix|spotify)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:is|'s|are|will be) getting my savings|(?:moved|transferred|sent|gave|"
        r"giving) (?:it all|all my savings|my savings|all my money|everything) (?:in)?to (?:her|his|"
        r"my (?:sister|brother|mum|mom|dad|son|daughter|friend|kids?|partner|wife|husband))(?:'s)? "
        r"(?:account|bank))\b",
        unless=r"\b(?:deposit|house|wedding|car|mortgage|loan|pay (?:me )?back|isa|interest|"
        r"tax|uni|tuition|rent for|holiday|trip|business|safe ?keeping|scam\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:has|with|there's|there is|without) (?:no|a) (?:barrier|railing|guard ?rail|"
        r"crash barrier|fence)(?: \w+){0,3}?)\b",
        needs=r"\b(?:i know which|i know where|petrol|full tank|drive (?:off|into)|speed|tonight|"
        r"nobody would|end it|do it)\b",
        unless=r"\b(?:ramp|stairs|baby|toddler|kids?|council|complain\w*|dangerous for|accident "
        r"waiting|petition|report\w*|fixed)\b",
    ),
    rule(
        S,
        r"\b(?P<core>if i (?:was|were) (?:gone|dead|not here|not around)(?! for)[ ,]+(?:\w+ ){0,3}?"
        r"(?:could|would|'d|can|will|might) (?:finally |at last )?(?:rest|be free|be happy|move "
        r"on|relax|breathe|live|sleep|stop worrying)|only way (?:this|it|the pain|everything|any of "
        r"this) (?:\w+ )?(?:stops|ends|gets better|will stop|will end) is (?:if|when|for) (?:i|me) "
        r"(?:stop|die|go|end it|am gone|'m gone|to die|disappear|stop existing|stop breathing))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:look after|take care of|be good to|be there for) (?:your|ur) (?:mum|mom|dad|"
        r"sister|brother|family|mother|father|siblings))\b",
        needs=r"\b(?:phone (?:is |'s )?(?:off|dead)|not answering|won't answer|isn't answering|"
        r"can't reach|hasn't (?:replied|answered)|no reply|voicemail|not picking up|isn't picking "
        r"up|gone quiet)\b",
        negatable=False,
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:couldn't|could not|didn't|did not|can't) (?:get out of the car|go through "
        r"with it|make myself (?:jump|do it|step)|jump|step off|let go)|(?:lost|losing) my nerve|"
        r"chicken(?:ed)? out|turned back)\b",
        needs=r"\b(?:bridge|cliff|roof|ledge|tracks|edge|overpass|quarry|car park|multi-?stor(?:e)?"
        r"y|river|weir|pills|rope|noose|railing|platform)\b",
        unless=r"\b(?:date|ask\w*|tell\w*|sky ?div\w*|bungee|zip ?line|roller ?coaster|interview|"
        r"dentist|party|gig|swim\w*|div(?:e|ing)|audition|abseil\w*|climb\w*|hike|hiking|"
        r"trampoline|pool|lake swim|jump (?:in|into))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:keep|kept|keeping|save|saving|saved|hide|hiding|hid|stash\w*) (?:all )?"
        rf"(?:my |the )?(?:old )?(?:\w+ )?(?:{_MEDS}|prescriptions?) (?:\w+ ){{0,5}}?instead of "
        r"(?:taking|swallowing|using) (?:them|it))\b",
    ),
    rule(
        S,
        r"\b(?P<core>so (?:nobody|no one|mum|mom|dad|my \w+|they|she|he) (?:gets|get|is|are|'s|"
        r"will be|won't be|isn't|doesn't get) (?:stuck|left|lumbered|saddled) with (?:it|my debt|the "
        r"(?:debt|bill|bills|mess|costs?))(?: after| when i'm gone| after i'm gone)?)"
        r"(?=\s*(?:$|[.!?,;]))",
        unless=r"\b(?:break ?up|divorce|mov(?:e|ing)|roommate|flatmate|landlord|lease|holiday|"
        r"party|dinner|wedding|trip|business|split)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:left|leaving|wrote|written|writing) (?:\w+ )?instructions (?:for|about) "
        r"(?:the |my )?(?:cat|cats|dog|dogs|pets?|kids|children|plants|rabbit|fish))\b",
        unless=r"\b(?:sitter|neighbou?r|while|away|holiday|trip|weekend|back|house ?sitter|"
        r"vacation|feeder|walker|nanny|babysitter|week|hospital|appointment|conference|"
        r"festival)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:soon|not for long|not much longer|not for much longer),? i (?:won't|will "
        r"not) be)(?=\s*(?:$|[.!?]|anymore|though))",
        needs=r"\b(?:burden|problem|here|around|alive|bother|trouble|in the way|weight)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:looked|looking|stared|staring|stare|sat|sitting) (?:at|with) (?:the |my |"
        r"a )?(?:knives|knife|blades?|razors?|rope|gun|noose) (?:\w+ ){0,4}?for (?:a long time|"
        r"ages|hours|an hour|a while|too long))\b",
        unless=r"\b(?:shop|store|buy\w*|price|expensive|sale|set|wedding|gift|cooking|chef|"
        r"sharpen\w*|museum|display|collection|catalogue|website|online)\b",
    ),
    rule(
        S,
        r"\b(?P<core>tying up (?:all )?(?:the |my )?loose ends|(?:saying|said|say) sorry to "
        r"(?:everyone|everybody|all the people) i've (?:ever )?hurt)\b",
        needs=r"\bbefore i (?:go|leave|die)(?=\s*(?:$|[.!?,;]))|\b(?:for good|when i'm gone|"
        r"after i'm gone|goodbyes?|saying sorry|loose ends)\b",
        unless=r"\b(?:work|job|leave|holiday|trip|move|moving|office|maternity|paternity|"
        r"retire\w*|project|aa|step|sponsor|program(?:me)?|meeting|uni|semester|contract)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:dying|death|suicide|ending it|killing myself|to die) (?:is|seems|feels "
        r"like|looks like) (?:the )?only (?:thing|option|way|choice|answer) (?:left|i have|"
        r"remaining))\b",
        negatable=False,
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:posted|texted|sent|wrote|messaged|put up|left)(?: \w+)? '?(?:sorry for "
        r"everything|goodbye|i'm sorry|bye everyone|thank you for everything|i love you all))\b",
        needs=r"\b(?:deleted|not answering|phone (?:is )?off|can't reach|won't answer|isn't "
        r"answering|no reply|hasn't (?:replied|answered)|gone quiet|offline)\b",
        negatable=False,
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:took|taking|take|removed|disabled|pulled) (?:the )?batter(?:y|ies) out of "
        r"(?:the )?smoke (?:alarm|detector)|charcoal (?:\w+ ){0,4}?(?:in (?:the|my) (?:car|bedroom|"
        r"room|bathroom|tent)|seal\w*|tape))\b",
        unless=r"\b(?:bbq|barbecue|grill|cooking|beep\w*|chirp\w*|replac\w*|new batter\w*|art|"
        r"drawing|sketch\w*|face mask|toothpaste|burnt toast|smoke from|vape|steam|shower)\b",
    ),
    *_SUICIDE_R3,
    *_SUICIDE_R4,
    *_SUICIDE_R5,
    *_SUICIDE_R6,
    # ---- SELF_HARM
    rule(
        H,
        r"\b(?P<core>self-harm(?:s|ed|ing|er)?|self-? ?injur(?:y|e|ed|ing|ies|ious)|self-? ?"
        r"mutilat(?:e|ed|ing|ion))\b(?! (?:awareness|prevention|training|workshop|course|research|"
        r"policy|statistics|policies))",
        about_others=True,
        unless=r"\b(?:documentar\w*|film|movie|book|article|podcast|lecture|course|class|training|"
        r"talk|video|show|episode|essay|research|awareness|leaflet|poster|module) (?:about|on) "
        r"self-harm\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:haven't|hasn't|didn't|not) (?:\w+ )?(?:cut|cutting|self-harmed|self-harm|"
        r"hurt myself|burned myself|burnt myself|relapsed)) (?:myself )?(?:in|for|since) (?:\w+ )"
        r"{0,2}?(?:days?|weeks?|months?|years?|\d+|ages|a while|then|christmas|summer|spring|"
        r"winter|autumn|fall|january|february|march|april|may|june|july|august|september|october|"
        r"november|december|new year'?s?|my birthday|school|uni|college|high school)\b",
        negatable=False,
    ),
    rule(
        H,
        r"\b(?P<core>(?:cut|cuts|cutting|cutted|slash(?:ed|ing)?|slice[ds]?|slicing|carv(?:e|ed|"
        r"ing)) (?:myself|my (?:wrists?|arms?|legs?|thighs?|skin|stomach|hips?|body|forearms?)))\b"
        r"(?! (?:off|out|some slack|slack|free|loose|short|a break|in half|down|back))",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:cut|cuts|cutting|hurt|hurts|hurting|burn|burns|burned|burnt|burning|"
        r"starv(?:e|es|ed|ing)) (?:himself|herself|themselves|themself))\b(?! (?:off|out|some "
        r"slack|slack|free|loose|short|by|emotionally))",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:hurt|hurts|hurting) myself)\b(?! (?:by|more than|emotionally|in the long "
        r"run|with (?:my )?(?:words|thoughts|expectations|overthinking)|when i (?:push|pull|run|"
        r"shut|leave|ghost)))",
        unless=_KNOCK_ACCIDENT + r"|\bnever (?:would|will|could) i\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:cut|hurt|burn(?:ed|t)?|hit|scratch(?:ed)?|punch(?:ed)?|bit|bite|"
        r"starv(?:e|ed|ing))\w* (?:myself|my \w+)(?:[ ,]+\w+){0,3}?[ ,]+(?:on purpose|deliberately|"
        r"intentionally))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:carv|scratch|etch|cut)(?:e|es|ed|ing)? (?:\w+ ){1,4}?(?:into|in|on) my "
        r"(?:arms?|wrists?|skin|thighs?|legs?|hands?|stomach|hips?)|(?:held|hold|holds|holding) "
        r"(?:a|the|my) (?:knife|blade|razor|lighter)(?: \w+){0,3}? (?:to|against|on|over) my "
        r"(?:wrists?|arms?|skin|thighs?|legs?))\b",
        unless=rf"{_CUT_ACCIDENT}|{_KNOCK_ACCIDENT}",
    ),
    rule(
        H,
        r"\b(?P<core>(?:haven't|hadn't|didn't|not|stopped|stop) (?:eaten|eat|eating)(?: \w+){0,4}?"
        r"[ ,]+(?:on purpose|deliberately|intentionally|to punish myself|because i don't deserve))",
        negatable=False,
        unless=r"\b(?:fast|fasting|blood (?:test|work)|diet|dieting|ramadan|lent|surgery|"
        r"procedure|operation|colonoscopy)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:burn|burns|burned|burnt|burning) myself)\b",
        unless=_BURN_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|bit|bite|bites|"
        r"biting|scratch(?:ed|es|ing)?|starv(?:e|ed|es|ing)|head-?butt(?:ed|ing)?) myself)\b",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:until|till|til) (?:it|they|i|my \w+) (?:bleeds?|bled|bleeding|"
        r"bruises?|bruised|was (?:bleeding|raw)|were (?:bleeding|raw)))\b",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:urges?|temptation|tempted|want|wanted|need|needed|itch|cravings?|craving) "
        r"(?:\w+ )?to (?:cut|self-harm|hurt myself|burn myself|relapse))\b(?! (?:(?!(?:is|was|has|"
        r"came|comes|keeps|got|returned|won't|never)\b)\w+ )?(?:off|back|"
        r"ties|down|out|class|corners|carbs|sugar|my hair|the|him|her|them|people|contact|loose|in|"
        r"through|it|things|costs|my losses|spending|on|with|a))",
    ),
    rule(
        H,
        r"\b(?P<core>(?:start(?:ed)?|stopped|stop|quit|relapsed|back to|went back to|go back to|"
        r"been|was|i'm|am|keep|kept|miss|missed|addicted to|thinking about|thought about"
        r"|for) cutting"
        r"(?: again)?)(?=\s*(?:$|[.!?,;]|and\b|but\b|after\b|since\b|because\b|when\b|last\b|"
        r"again\b|today\b|tonight\b|yesterday\b|for (?:\w+ )?(?:days|weeks|months|years)))",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:cuts|scars|scratches|burns|wounds) (?:on|across|along|up) "
        r"(?:my|both my|both) (?:wrists?|arms?|thighs?|legs?|stomach|hips?|skin|forearms?)|"
        r"(?:hid(?:e|ing)?|cover(?:ing|ed)?) (?:my|the) (?:cuts|scars)|fresh cuts)\b",
    ),
    # -- self-harm: wordings added after an evaluation of what the first rules missed.
    rule(
        H,
        r"\b(?P<core>cut (?:again|tonight|last "
        r"night|today|yesterday|this morning|deeper|too deep|so deep|bad|for the first time))\b",
        unless=_CUT_ACCIDENT + r"|\b(?:hair|fringe|bangs|class|corners|ties|carbs|sugar|line|"
        r"queue|grass|lawn|hedge|wood|paper|fabric|film|scene|video|price|deal)\b",
    ),
    rule(
        H,
        r"\b(?:and|then|so) (?P<core>cut)(?=\s*(?:$|[.!?,;]))",
        unless=_CUT_ACCIDENT + r"|\b(?:hair|wood|paper|fabric|grass|lawn|hedge|paste|copy|film|"
        r"edit|video|scene|print|glue|sew\w*|craft|pattern|tape|cake|pizza|deal|run|cards?|deck|"
        r"coupons?|lines?|trees?|flowers?|ribbon|cord|wire)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|smack(?:ed|s|"
        r"ing)?|"
        r"pinch(?:ed|es|ing)?|bang(?:ed|s|ing)?|bash(?:ed|es|ing)?|scratch(?:ed|es|ing)?|"
        r"claw(?:ed|s|"
        r"ing)?|bite|bit|biting|bites) (?:at )?my (?:own )?(?:legs?|arms?|thighs?|head|face|"
        r"stomach|"
        r"chest|wrists?|skin|hips?|body|knuckles) (?:\w+ ){0,3}?(?:until|till|til|so hard|to feel|"
        r"black and blue|"
        r"raw|red raw|bloody|open|to bits|"
        r"to "
        r"punish|to stop|as (?:a )?punishment|on purpose|when i|whenever i|every time))",
        unless=r"\b(?:by accident|accidentally|cupboard|tripped|fell|gym|workout|mosquito|itch\w*|"
        r"rash|eczema|hives|allerg\w*|cat|dog|game|laugh\w*|desk|table|ceiling|doorframe|low)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:dig|digging|dug|press|pressing|pressed|stab|stabbing|stabbed|jab|jabbing|"
        r"jabbed|held|hold|holding) (?:my )?(?:nails|fingernails|a (?:pen|pencil|pin|needle|"
        r"compass|"
        r"key|knife|blade|fork|lighter)|the (?:\w+ )?(?:pen|pencil|pin|needle|compass|key|knife|"
        r"blade|fork|lighter)|something (?:hot|sharp)|an? (?:hot|burning|heated) \w+|the (?:hot|"
        r"burning|heated) \w+|hot \w+) (?:into|against|onto|through|on|to) (?:my )?(?:own )?(?:skin|"
        r"arms?|wrists?|thighs?|legs?|palms?|hands?|stomach|hips?|forearms?|body|flesh))\b",
        unless=r"\b(?:by accident|accidentally|cooking|tattoo|injection|acupunct\w*|vaccin\w*|"
        r"doctor|nurse|blood test|piercing|sewing|knitting|splinter|massage|hand warmer|hot water "
        r"bottle|cramps|period|heat pad|heating pad|pain relief)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:razor|razor blade|blade|blades|razors|knife|scissors|compass|sharpener|"
        r"safety pin|pin|needle|shard|lighter|cigarette|lit match|matches) (?:\w+ ){0,3}?(?:on|to|"
        r"into|against|across|over) my (?:own )?(?:wrists?|arms?|thighs?|legs?|skin|stomach|hips?|"
        r"ankles?|forearms?|body|chest|shoulders?|ribs|belly|tummy|calves))\b",
        unless=_CUT_ACCIDENT + r"|\b(?:shav\w+|wax\w*|epilat\w*|tattoo|doctor|nurse|blood test|"
        r"injection|vaccin\w*|splinter|acupunct\w*|massage|spilled|spilt|knocked|dropped|slipped|"
        r"broke|smashed|shattered|stepped|sewing|hem|dress|costume)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:burn|burns|burned|burnt|burning) my (?:own )?(?:\w+ )?(?:wrists?|arms?|"
        r"skin|"
        r"thighs?|legs?|hands?|stomach|hips?|forearms?|fingers?|palms?) (?:\w+ ){0,2}?with (?:a |"
        r"my "
        r"|the )?(?:hot |heated |lit )?(?:lighter|cigarettes?|matches|match|candle|lit \w+))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:took|take|taking|broke|break|breaking|pried|prying|pulled|pulling|got|"
        r"getting|removed|removing) (?:\w+ ){0,3}?(?:sharpeners?|razors?|"
        r"disposable razors?)(?: \w+)"
        r"{0,2}? (?:for|to get) (?:the |its |a )?blades?|blades? (?:out of|from) (?:a |the |my )?"
        r"(?:\w+ )?(?:sharpener|razor))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:cut|cuts|cutting|slic(?:e|ed|es|ing)|carv(?:e|ed|es|ing)|scratch(?:ed|es|"
        r"ing)?|etch(?:ed|ing)?) (?:on|into|up|at|in) my (?:own )?(?:wrists?|arms?|thighs?|legs?|"
        r"skin|"
        r"stomach|hips?|ankles?|forearms?|body|chest|shoulders?|ribs|belly|feet|calves))\b",
        unless=_CUT_ACCIDENT + r"|\b(?:glass|nail|fence|wire|rock|coral|shell|branch|thorn|"
        r"bramble|paper|hike|hiking|climbing|fell|cat|kitten|dog|mosquito|itch\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:punch|punched|punching|punches|hit|hitting|hits|smash\w*|kick\w*|slam\w*|"
        r"bang\w*) (?:the |a |my )?(?:walls?|doors?|mirror|floor|brick|window)(?: \w+){0,3}? "
        r"(?:until|till|til|so hard (?:that |it )?(?:i|my|it)|and (?:broke|split|bled|fractured)|"
        r"to "
        r"feel))",
        unless=r"\b(?:boxing|bag|sparring|training|gym|he|she|they|his|her)\b",
    ),
    rule(
        H,
        r"\bi (?:\w+ )?(?P<core>used to (?:cut|self-harm|burn myself|hurt myself|starve myself|hit "
        r"myself|scratch myself|cut myself))\b(?! (?:\w+ )?(?:hair|out|off|class|school|corners|"
        r"ties|people|the|my hair|coupons|grass|wood|back|down|it|carbs|meat|sugar|him|her|them|"
        r"in (?:line|half|front|the queue)|"
        r"through|deals|lines|a |an |up\b|cards|fabric|cake|bread|vegetables|onions|paper|hedges|"
        r"lawn)\b)",
    ),
    rule(
        H,
        r"\b(?P<core>(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a "
        r"few|a couple of|several|many) (?:whole )?(?:days?|weeks?|months?|years?) (?:clean|free)\b"
        r"(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+(?:relapsed|relapse|broke (?:my|the) streak|slipped|messed "
        r"up|did it again|cut|grabbed)|(?:clean|free) for (?:a|one|two|three|\d+|\w+) (?:days?|"
        r"weeks?|"
        r"months?|years?)(?:[ ,.!]+[\w']+){0,6}?[ ,.!]+(?:relapsed|relapse|grabbed|cut|"
        r"did it again)"
        r"|relapsed (?:\w+ ){0,2}?after (?:\d+|a|an|one|two|three|four|five|six|\w+) (?:days?|"
        r"weeks?|"
        r"months?|years?))\b",
        unless=r"\b(?:alcohol|drink\w*|sober|sobriety|weed|vap\w*|smok\w*|cigarettes?|nicotine|"
        r"porn|"
        r"gambl\w*|sugar|caffeine|coffee|social media|drugs?|coke|cocaine|heroin|meth|binge\w*|"
        r"purg\w*|nail biting|diet|aa|na|meetings?|sponsor|cancer|tumou?r|covid|debt)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:grabbed|picked up|got out|took out|reached for|found myself holding|"
        r"dug out|"
        r"pulled out|bought|buying) (?:\w+ ){0,2}?(?:the|my|a|new|some) (?:\w+ )?(?:razor|blade|"
        r"razors|"
        r"blades|lighter|scissors|knife)s?(?: \w+){0,2}? again)\b",
        unless=r"\b(?:shav\w+|cook\w*|kitchen|dinner|chopp\w*|slic\w*|legs? (?:smooth|hair)|craft|"
        r"wrapping|present|box|parcel|package)\b",
    ),
    rule(
        H,
        r"\b(?P<core>scars?\b(?:[ ,.!]+[\w']+){0,8}?[ ,.!]+(?:make|making|add|adding|want|wanting|"
        r"need) (?:\w+ )?(?:new|more|fresh) (?:ones|cuts|scars|marks|lines))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:new|fresh|more|deep|deeper) (?:cuts|burns|wounds|scratches|lines))\b",
        needs=r"\b(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|ankles?|sleeves|hide|hiding|"
        r"relapse\w*|lol|myself|scars|again|mess)\b",
        unless=_CUT_ACCIDENT + r"|\b(?:cat|kitten|dog|puppy|bramble|thorn|rose|paper|hik\w*|"
        r"climb\w*|work|fence|film|movie|edit|budget|funding|pay|salary|staff|job|tax|interest|"
        r"rate|"
        r"scene|version|album|track|hair|fringe|bangs|steak|meat|beef|nhs|government|council|"
        r"cuts to)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:cuts|scars|scratches|burns|wounds) (?:on|across|along|up) "
        r"(?:her|his|their|both her|both his) (?:wrists?|arms?|thighs?|legs?|stomach|hips?|skin|"
        r"forearms?))\b",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:cat|kitten|dog|puppy|bramble|thorn|fell|accident|bike|"
        r"surgery|operation)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:don't|didn't|won't|not|never|stopped) (?:let(?:ting)?|"
        r"allow(?:ing)?) myself "
        r"(?:to )?(?:eat|have (?:food|dinner|lunch|breakfast|a meal)))\b(?! (?:sugar|junk|sweets|"
        r"dessert|carbs|snacks?|chocolate|fast food|after|before|late|past|out|in bed|at my desk|"
        r"meat|"
        r"dairy|gluten|fried|pizza|cake|bread|crisps|chips))",
        negatable=False,
        unless=r"\b(?:fast\w*|diet\w*|ramadan|lent|surgery|blood (?:test|work)|procedure|"
        r"operation|colonoscopy|keto)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:punish|punishing|punished) myself (?:\w+ ){0,3}?(?:by|with) (?:not eating|"
        r"starving|skipping (?:meals|food|dinner|lunch)|cutting|burning|hitting|scratching|hurting|"
        r"pain)|(?:skip|skipping|skipped) (?:meals|food|eating|dinner|lunch|"
        r"breakfast) (?:\w+ ){0,3}?"
        r"(?:to punish myself|as (?:a )?punishment|because i don't deserve|because i deserve)|"
        r"(?:don't|do not) deserve (?:to eat|food))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:wrists?|arms?|forearms?|thighs?|legs?|stomach|skin|body|hips?) (?:are|is|"
        r"were|was|'re|'s) (?:\w+ )?(?:covered|full|littered) (?:in|of|with) (?:cuts|scars|burns|"
        r"scratches|fresh cuts|wounds))\b",
        unless=_CUT_ACCIDENT + r"|\b(?:cat|kitten|dog|puppy|bramble|thorn|rose|hik\w*|climb\w*|"
        r"mosquito|bites|chickenpox|acne|eczema|surgery|operation|accident|fell|crash)\b",
    ),
    rule(
        H,
        r"\b(?P<core>since i (?:last )?(?:cut|self-harmed|hurt myself|burned myself|burnt myself|"
        r"relapsed))(?=\s*(?:$|[.!?,;]|myself|and|but))",
        unless=_CUT_ACCIDENT + r"|\b(?:hair|fringe|bangs|grass|lawn|sugar|carbs|drink\w*|"
        r"smok\w*|vap\w*|sober)\b",
    ),
    # -- self-harm: round-2 wordings.
    rule(
        H,
        r"\b(?P<core>(?:held|hold|holding|put|kept|keep|keeping) my (?:hand|arm|finger|fingers|"
        r"palm|wrist|forearm) (?:\w+ )?(?:over|on|in|against|under|near) (?:the|a|my) (?:lighter|"
        r"flame|candle|stove|hob|burner|hot \w+|boiling \w+|iron)(?: \w+){0,3}? (?:until|till|til|"
        r"so long|on purpose|to feel|as (?:a )?punishment))\b",
        unless=r"\b(?:by accident|accidentally|warm|cold|numb|frozen|freezing|camping|fire ?pit|"
        r"hand warmer|dare|magic trick)\b",
    ),
    rule(
        H,
        r"\b(?P<core>my (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?) (?:are|is|'re|'s|look|"
        r"looks) (?:\w+ )?(?:a mess|wrecked|torn up|shredded|cut up|destroyed|covered) again)\b",
        unless=_CUT_ACCIDENT + r"|\b(?:cat|kitten|dog|puppy|bramble|thorn|hik\w*|climb\w*|"
        r"mosquito|bites|eczema|rash|sunburn\w*|gym|workout|tattoo|paint)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:excuses?|lies?|story|stories|explanation|cover story) (?:for|about) (?:the "
        r"|my )?(?:marks|cuts|scars|burns|scratches)|(?:say|said|tell|told|telling) (?:\w+ ){0,3}?"
        r"(?:it was|it's|its|they're|they were) (?:the|my) cat\b(?! (?:that|who) (?:broke|ate|"
        r"knocked|did the)))",
        unless=r"\b(?:vase|plant|sofa|couch|curtains|broke|knocked|ate|food|mess|sick|vomit|"
        r"carpet)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:blades?|razors?)\b(?:[ ,.!]+[\w']+){0,12}?[ ,.!]+(?:used (?:it|them|one) "
        r"(?:again|for the first time (?:since|in))|relapsed|did it again))\b",
        unless=r"\b(?:shav\w+|craft\w*|cook\w*|kitchen|lawn ?mower|mower|blender|skate\w*|wiper\w*|"
        r"fan|scalpel|box cutter|stanley knife|diy|wallpaper)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:keep|keeps|kept|carry|carries|carrying|have|hide|hid|hiding) (?:a |my |"
        r"the |some |spare )?(?:razor|blade|lighter|knife|scissors|sharpener blade|razor blade)s? "
        r"(?:\w+ ){0,5}?(?:for when (?:it|things|i) (?:gets?|get|feel)|for my (?:thighs|arms|"
        r"wrists|legs|skin|stomach|hips)|for emergencies|just in case it gets))",
        unless=r"\b(?:shav\w+|cook\w*|camp\w*|craft\w*|diy|work|kitchen|smok\w*|candles?|"
        r"cigarettes?|birthday|cake)\b",
    ),
    rule(
        H,
        r"\b(?P<core>made (?:myself|my (?:\w+ )?(?:arms?|skin|thighs?|legs?|wrists?|hands?)) "
        r"(?:bleed|bruise|burn)|(?:cut|cutting) (?:\d+|two|three|four|five|six|several|a few|"
        r"so many) (?:times|lines|more))\b",
        unless=_CUT_ACCIDENT + r"|\b(?:hair|fringe|bangs|queue|line|budget|film|scene|price|"
        r"cake|pizza|paper|wood|fabric|lawn|grass|carbs|sugar|interest|rate|tax)\b",
    ),
    rule(
        H,
        rf"\b{_PERSON}(?:'s| is| has been|'s been| keeps| started| has started| still| was) "
        r"(?:\w+ )?(?P<core>(?:cutting|self-harming|burning (?:himself|herself|themselves)|"
        r"starving (?:himself|herself|themselves)))\b(?! (?:\w+ )?(?:hair|class|classes|school|"
        r"corners|back|down|carbs|sugar|wood|paper|fabric|grass|lawn|the|a|his|her|their|my|out|"
        r"off|up|it|onions|vegetables|ties|costs|lines|in|through|ribbons?|cake|pizza|shapes|"
        r"coupons|deals|calories|meat)\b)",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:hair|barber|hairdresser|film|editor|teeth|tooth|"
        r"budget)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple "
        r"of|several) (?:whole )?(?:days?|weeks?|months?|years?) (?:without|with no|of no|free "
        r"from|off) (?:cutting|self-harm|self-harming|hurting myself|burning myself|a blade|"
        r"blades))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:open|opening|reopen\w*|rip|ripping|tear|tearing|pick|picking) (?:them|it|"
        r"the (?:cuts|scars|wounds)|my (?:cuts|scars|wounds)) (?:back )?(?:up |open )?again)\b",
        needs=r"\b(?:arms?|wrists?|thighs?|legs?|cuts|scars|wounds|healing|healed|skin)\b",
        unless=r"\b(?:surgery|stitches|operation|c-section|tattoo|piercing|blister|spot|pimple|"
        r"scab from|fell|bike|doctor|nurse|infection|emotional\w*|old wounds between)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:scrub\w*|scrap\w*|rubb\w*|sand\w*) (?:\w+ )?my (?:skin|arms?|legs?|thighs?|"
        r"hands?|face|body) (?:\w+ ){0,4}?(?:until|till|til) (?:it|they|i) (?:bled|bleeds|bleed|was "
        r"raw|were raw|burned|burnt|stung))\b",
    ),
    *_SELF_HARM_R3,
    *_SELF_HARM_R4,
    *_SELF_HARM_R5,
    *_SELF_HARM_R6,
)
# Hopelessness without a stated intent: the bot asks gently whether the person is safe.
# Narrow on purpose: "I'm so tired of this job" or "I want to disappear when people get
# close" must not fire.
_CHECK_IN: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:want|wanna|wish i could|just want) (?:to )?(?:just )?be gone)(?=\s*(?:$|"
        r"[.!?;]|forever|for good|already|honestly|tbh|lol))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:want|wanna|wish i could|wish to|need to|just want) (?:to )?(?:just )?"
        r"(?:disappear|vanish|fade away|not be here|stop existing|evaporate|cease to exist))\b"
        r"(?=\s*(?:$|[.!?,;]|forever|for good|completely|from (?:this|the) (?:world|earth|planet)|"
        r"and (?:never|not)|lol|tbh|honestly|right now|sometimes|so bad|so badly|fr))",
        # Round 3: "I don't want to disappear, I want to be seen" is a denial.
    ),
    rule(
        S,
        r"\b(?P<core>(?:i'm|i am|i feel|i feel like|feel like|feeling like|i've become|"
        r"i always feel"
        r" like|i'm just|tired of being) (?:such |just |nothing but |only |a total |a huge |always "
        r"|so much of )?(?:a |such a )?burden)(?=\s*(?:$|[.!?,;]|to (?:everyone|everybody|all|my "
        r"(?:family|friends|parents|mum|mom|dad|partner|boyfriend|girlfriend|husband|wife|kids|"
        r"loved ones)|them|the people|those|others|people|the world|anyone|you)|on (?:everyone|"
        r"everybody|my (?:family|friends|parents)|them|others)|and\b|honestly|lol|tbh|i\b))"
        r"(?!(?: \w+){0,4} (?:when|if|at work|at times|sometimes)\b)",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:everyone|everybody|they|the world|my family|my friends|people) (?:would|'d|"
        r"will|'ll) (?:all )?be (?:fine|okay|ok|happier|better|relieved) without me|"
        r"i hate (?:being "
        r"alive|existing|living|life))(?=\s*(?:$|[.!?,;]|anyway|honestly|tbh|lol|so much|and\b))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>what'?s (?:even )?the (?:point|use)(?: (?:of|in) (?:anything|everything|"
        r"it all|"
        r"any of (?:this|it)|trying|even trying|me|being here|getting up|carrying on|going on|"
        r"all of "
        r"this))?|what is (?:even )?the point(?: (?:of|in) (?:anything|everything|it all|any of "
        r"(?:this|it)|trying))?)(?=\s*(?:$|[.!?,;]|anymore|any more|honestly|tbh|lol|though|tho|"
        r"really|at all|even))",
        negatable=False,
        unless=r"\b(?:meeting|class|lecture|homework|exam|test|app|game|feature|button|email|"
        r"arguing|argue|asking|washing|cleaning|dishes|ironing|diet|makeup|tax|taxes)\b",
    ),
    rule(
        S,
        r"\b(?P<core>i (?:just |really |honestly |literally |seriously )?(?:can't|cannot|don't "
        r"think i can|do not think i can|don't know if i can) (?:do "
        r"this|do it|keep doing this|keep going like this|handle (?:it|this)|cope|deal|take (?:it|"
        r"this)|keep (?:living|being) like this)(?: (?:anymore|any more|any longer|much longer|for "
        r"much longer))?)(?=\s*(?:$|"
        r"[.!?;]|i'm so tired|i'm done|i'm exhausted|everything|honestly|tbh))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:tired|exhausted|sick|worn out) (?:of|from) "
        r"(?:everything|it all|all of (?:it|this)|being me|being myself|fighting|pretending|"
        r"feeling "
        r"(?:like )?this|this life|my life|existing|being alive|being a burden|trying))(?=\s*(?:$|"
        r"[.!?,;]|and|i\b|honestly|anymore|lol|tbh))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>nothing (?:really )?matters(?: anymore| any more| to me anymore)?|(?:it'?s|"
        r"things are|everything is|my life is|life is|everything's|everything feels|it all feels|i "
        r"feel|feeling|i'm) (?:so |just |completely |totally |utterly )?(?:\w+ (?:and|&) )?"
        r"(?:hopeless|pointless|"
        r"meaningless)|(?:i've|i have) (?:completely |totally )?(?:given up|lost all hope)|"
        r"i give up"
        r"(?: on (?:everything|life|myself|it all))?|there'?s no (?:hope|way out|point)(?: (?:left|"
        r"anymore|for me|of this (?:feeling|pain|hole|darkness|life|mess)))?|no way out(?: of this "
        r"(?:feeling|pain|hole|darkness|life|mess))?|(?:i don't|i can't|don't|can't) see (?:a|"
        r"any) (?:future|"
        r"way out|point|light)(?: for (?:myself|me))?|no future for me|taking "
        r"up space|waste of (?:space|oxygen|air|skin)|(?:don't|do not) know how much (?:more|"
        r"longer) (?:of this )?i can (?:take|handle|do)|(?:want|need) (?:it|everything|it all|"
        r"all of "
        r"(?:it|this)|the (?:noise|thoughts)|my (?:brain|head)) to (?:stop|go quiet|shut up|"
        r"be over)"
        r"|i'm sorry for existing|giving up on (?:everything|life|myself))(?=\s*(?:$|"
        r"[.!?,;]|and\b|anymore|honestly|lol|tbh|lately|right now|today|i\b))",
        negatable=False,
        unless=r"\b(?:hopeless (?:at|with)|(?:at|with) (?:cooking|maths|math|directions|names)|"
        r"puzzle|crossword|game|level|boss|traffic|parking|diet|job hunt)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:disappear|vanish|go away) (?:forever|for good)|you(?:'ll| will) never "
        r"(?:hear from|see) me again|won't hear from me again|thank you (?:all |everyone |guys )?"
        r"for everything)\b(?=\s*(?:$|[.!?,;]))",
        negatable=False,
        unless=r"\b(?:party|leaving do|last day|graduat\w*|wedding|birthday|shower|retire\w*|team|"
        r"colleagues|class|semester|season|show|event|stream|subscribers|followers|block\w*|"
        r"number|unfollow\w*|ex\b|break ?up|broke up|dump\w*|therapist|teacher|coach|mentor|"
        r"doctor|nurse|midwife|you've been|you were|you are|you're|best|help|advice|gift|present|"
        r"dinner|lift|ride)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:don't|do not) think i(?:'m going to|'ll| will| can) (?:make it|get|last) "
        r"(?:through|to|till|until) (?:this|the|another|tonight|tomorrow|the end of)(?: \w+)?)"
        r"(?=\s*(?:$|[.!?,;]|honestly|tbh))",
        negatable=False,
        unless=r"\b(?:job|work|shift|exam|exams|class|lecture|meeting|deadline|uni|school|course|"
        r"semester|term|budget|money|pay ?day|payday|rent|heat|traffic|queue|flight|film|movie|"
        r"show|party|wedding|diet|gym|workout|without (?:coffee|caffeine|sleep|a nap|snacks))\b",
    ),
    *_CHECK_IN_R3,
    *_CHECK_IN_R4,
    *_CHECK_IN_R5,
    *_CHECK_IN_R6,
)
del D, S, H

# --- round 5: a crisis that is over, told from a safe present -----------------------------
# "365 days no self-harm today", "a year ago I tried to kill myself, today I'm grateful to be
# alive", "i survived my attempt in 2019 and now i volunteer": the words of a crisis, told as
# over, from a present that is safe. No rule is valid in such a sentence (with the sentence
# after it when that one tells the safe present: see _JOIN_SAFE_PRESENT), unless the same
# sentences hold a crisis now: a relapse, an urge, a wish, "again", "back", "tonight".
# A bare past ("I used to cut", "my ex was abusive", "two years ago I ended up in hospital
# after trying to end it") is still flagged: no present is told, so none is known to be safe.
_NOW = (
    r"\b(?:relaps\w*|urges?|urged|craving\w*|crave|(?<!not )(?<!not even )(?<!never )(?<!no longer )"
    r"tempt\w*|itch(?:ing|y)? to|(?<!never )(?<!shirts )(?<!shirt )(?<!sleeves )(?<!shorts )(?<!happy )"
    r"(?<!myself )(?<!smiling )(?<!laughing )(?<!swimming )(?<!dating )(?<!alive )again|"
    r"(?:is|are|'s|'re|came|coming|come|creeping|crept) back|back again|broke|broken|break|"
    r"(?<!been )gone|lost|ruined|wasted|threw (?:it|that) away|reset|tonight|right now|this (?:week|"
    r"morning|evening|afternoon)|last night|yesterday|today i (?:cut|burned|hurt|did it)|"
    r"still (?:want|wish|think|feel|cut|have (?:the )?(?:urge|thought)|struggl\w*|hurts?|"
    r"scared)|sometimes|some (?:days|nights)|lately|recently|worse|more than ever|even more|"
    r"struggl\w*|slipping|spiral\w*|hard (?:today|tonight|right now|lately|this week)|close to|"
    r"(?<!used to )(?:want|wanna|need|needing|going|planning|plan|ready|about|trying not|decided|made up my "
    r"mind) to (?:die|cut|kill|hurt|"
    r"harm|burn|end|jump|overdose|do it|try again|use|relapse|disappear|not (?:be|exist|wake))|"
    r"(?:want|wish) (?:to be|i was|i were) dead|wish (?:it|i) (?:had|'d) (?:worked|died|"
    r"succeeded)|finish (?:what|the job)|try again|do it again|(?:i'm|i am|been|keep) "
    r"(?:thinking|think) about|can't stop|don't want to (?:live|be (?:here|alive)|exist|go on|"
    r"wake up)|no reason to|scared (?:i'll|i will|i might|of myself)|not (?:safe|okay|ok|fine)|"
    r"(?<!used to )(?<!would )(?:hits? me|hurts? me|beats? me)|he still|she still|they still|my (?:husband|wife|partner|"
    r"boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad) (?:is|still|keeps|hits|beats)|"
    r"tomorrow|soon|i'll (?:kill|end|do it|jump|cut|overdose|hang|take|try|finally)|just (?:took|"
    r"swallowed|cut)|took (?:all|them all|the lot|everything)|it's done|goodbye(?! (?:letters?|notes?|"
    r"messages?))|final message|last "
    r"message|for good(?! (?:reasons?|measure|causes?|luck|times?|vibes|food|company))|ready to go|decided|(?:gave|giving|given) (?:away )?(?:my |the |all my )?"
    r"(?:cat|dog|pets?|rabbits?|things|stuff|belongings|clothes|guitar|xbox|switch|books)|"
    r"rehom\w*|(?<!remember )(?:wrote|writing|left) (?:the |my |a )?(?:goodbye |suicide )?(?:letters?|"
    r"notes?|will))\b"
)
_SAFE = (
    # A streak: "365 days no self-harm", "4 yrs clean", "18 months self-harm free", "havent cut
    # since last summer", "6 months since my overdose", "5 years out from my attempt".
    r"\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|"
    r"a couple of|several|half a|over a|almost a|nearly a) (?:whole |full )?(?:days?|weeks?|"
    r"months?|mos?|years?|yrs?|yr) (?:\w+[ -]){0,2}?(?:clean|free|sober|safe|strong|without|no|"
    r"since (?:i|my)|out from|out of|after my|out(?= (?:and|now)\b| *[,.!]| *$))|(?:clean|free) (?:of|from) (?:self-harm\w*|"
    r"cutting|burning|suicid\w*|it)\b(?: \w+){0,2} (?:for|since)|(?:recovery|sobriety|clean) "
    r"streak|in recovery|my recovery|recovered|(?:haven't|have not|hasn't) (?:\w+ ){0,2}?(?:cut|self-harm\w*|hurt "
    r"(?:myself|herself|himself)|burn\w* (?:myself|herself|himself)|relapsed|attempted|tried "
    r"(?:again|anything)|had (?:a|an|any) (?:\w+ )?(?:thoughts?|urges?|episodes?))(?: \w+){0,2}? "
    r"(?:since|in (?:over )?(?:a|an|\d+|\w+) (?:days?|weeks?|months?|years?))|"
    # A safe present: glad, grateful, proud, well now, safe now, what helped.
    r"glad (?:i|i'm|i am) (?:stayed|survived|didn't|failed|lived|held on|got help|reached out|"
    r"(?:still )?(?:here|alive))|grateful (?:to be|i'm|i am|that i'm|that i am|to still be) "
    r"(?:\w+ )?(?:alive|here)|survivor|"
    r"(?:i'm|i am) (?:doing )?(?:so |really |much |a lot |way )?(?:well|better|good|"
    r"great|okay|ok|fine|safe|happy|free|healthy)(?: \w+)? now|now (?:i'm|i am) (?:\d+|safe|"
    r"happy|okay|ok|fine|healthy|married|doing (?:well|great|good|better|okay|ok|fine)|a (?:mum|"
    r"mom|dad|nurse|teacher|mother|father))|(?:i'm|i am) (?:\d+|safe|free) now|(?:i'm|i am) "
    r"(?:finally )?(?:safe|free(?= *(?:$|[.!])))|safe now|(?:therapy|meds|medication|treatment|"
    r"support|dbt|cbt|"
    r"my therapist) (?:\w+ )?(?:changed|helped|saved|helps|is helping|works|worked)|changed my life|"
    r"saved my life|"
    # Round 6: a crisis stopped long ago, a last time told as past, a distance travelled.
    r"(?:stopped|quit|gave up) (?:\w+ ){1,4}?(?:a long time|long|years|ages|a while|months|forever|"
    r"decades|\d+ (?:years?|months?)) ago|(?:remind\w*|remember|see|shows?|proof of) (?:me |myself )?"
    r"how far (?:i've|i have) come|it (?:really |honestly |truly )?does get better|it got better|"
    r"last time i (?:hurt|cut|burned|self-harmed|tried|attempted|harmed|relapsed)\b[^.!?\n]{0,20}"
    r"\bwas (?:\w+ ){0,3}?(?:ago|before|in \d{4}|years|last year)|(?:not|no longer|never) (?:even )?"
    r"tempted(?: anymore)?|(?:those days are|that's|it's|that is|all that is|that part of my life "
    r"is|that time is) (?:all |long |well |now |firmly )?behind me|"
    r"now i (?:volunteer|help (?:others|people)|work with|teach|speak|tell|share)|(?:telling|tell|"
    r"share|sharing) my story|(?:don't|do not) (?:even )?miss it|no more (?:bruises|"
    r"hiding|fear)|(?:i'm|i am) not (?:\w+ )?(?:suicidal|self-harming|cutting|hurting myself) "
    r"anymore|(?:i )?(?:don't|do not|no longer) (?:cut|self-harm|burn myself|hurt myself|want to "
    r"die|think about (?:killing myself|suicide|dying))(?: \w+){0,2} anymore|no longer "
    r"(?:suicidal|self-harm\w*|cutting)|today (?:i'm|i am) (?:graduating|celebrating|alive|"
    r"here|okay|ok|fine|good|well|better|safe|happy))\b"
)
# A past told as past, and a present told as good: "back in 2020 i wanted to die every day.
# now i have a dog, a garden and reasons".
_PAST = (
    r"\b(?:back in (?:\d{4}|the day|school|college|uni)|(?:\d+|a|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|many|a few|several) (?:years?|yrs?|months?) ago|used to|when i was "
    r"(?:\d+|younger|a (?:kid|teen|teenager|child))|as a (?:kid|teen|teenager|child)|in (?:high "
    r"school|college|uni|my teens|my twenties|\d{4})|survived (?:my|the|an|a) (?:attempt|overdose|od)|"
    r"(?:all |right )?(?:through|during|throughout) (?:uni|college|school|high school|my teens|my "
    r"twenties|covid|lockdown)|before covid|a decade ago|the old me)\b"
)
_PRESENT = (
    r"\b(?:(?:now|these days|nowadays|today) (?:i'm|i am|i feel) (?:(?!not\b|never\b|no\b)\w+ )?"
    r"(?:happy|safe|okay|ok|"
    r"fine|well|good|better|married|healthy|stable|a (?:mum|mom|dad|nurse|teacher|mother|"
    r"father))|(?:now|these days|nowadays) i (?:have|'ve got|got) (?:a |an |my |two |three )?"
    r"(?:\w+ )?(?:dog|cat|job|partner|wife|husband|boyfriend|girlfriend|kids?|baby|family|home|"
    r"garden|reasons?|life|degree|daughter|son)|"
    # Round 6: a good present told by what one does now, or by a settled state.
    r"(?:today|now|these days|nowadays|this (?:morning|week|year)) i (?:ran|got (?:my first|a new|the "
    r"job|a job|married|engaged|promoted|into|my degree|my results)|graduated|started (?:my|a|the) "
    r"(?:new )?(?:job|course|uni|college|degree)|finished (?:my|a|the) (?:first |\w+ )?(?:degree|"
    r"course|marathon|race|10k|5k|half)|passed|celebrated|hugged|hiked|swam|baked|danced|laughed|won|"
    r"bought (?:a|my|our) (?:house|flat|home|car)|met (?:my|the)|moved into|adopted|planted|google "
    r"(?!ways|how|methods|suicide|painless|lethal)\w+|wear|wore|volunteer\w*|coach\w*|teach|taught|"
    r"bake|cook|run|swim|hike|paint|draw|garden|knit|travel|laugh|smile|sleep (?:well|through)|study|"
    r"sing|dance|love (?:my|life|it)|enjoy)|"
    r"(?:i'm|i am) in (?:such |a )?(?:much |so much |way |a )?(?:better|good|great|happier|healthier|"
    r"safer) (?:place|headspace|space)|(?:i'm|i am) (?:(?!not\b|never\b)\w+ )?(?:genuinely|actually|"
    r"really|truly|finally) (?:happy|okay|ok|well|content|at peace)|(?:i'm|i am) (?:finally |now "
    r"|mostly |really )?at peace(?= *(?:$|[.!,]|now|with (?:it|that|myself|my past|what happened|who "
    r"i am)))|(?:i'm|i am) (?:\w+ ){0,2}?(?:building|raising|starting|making) (?:my own|a) (?:family|"
    r"life|home)|(?:now|these days|nowadays) (?:my )?(?:scars|arms|wrists|legs) (?:are|have) (?:\w+ )?"
    r"(?:faded|healed|white|silver)|turns out (?:they|she|he|everyone|people|my \w+) (?:\w+ ){0,2}?"
    r"(?:wanted|want|need|needed|love|loved) me|the new me|now (?:i'm|i am) (?:a|an) (?:\w+ ){0,2}?"
    r"(?:worker|nurse|teacher|mum|mom|dad|parent|counsel+or|therapist|doctor|student|graduate|"
    r"volunteer|coach|mentor|supporter|carer|paramedic|advocate|trainer))\b"
)
_RECOVERY = rf"(?s:\A(?!.*{_NOW})(?=.*{_SAFE}|(?=.*{_PAST}).*{_PRESENT}))"
# A sentence that tells the safe present joins the one before it (whose past it ends), so
# that the check above reads both: "three years ago today i tried to end my life. today i
# took my niece to the zoo and i'm so glad i stayed".
_JOIN_SAFE_PRESENT = (
    r"(?<=\w)[.!]+ +(?=(?:[^.!?\n]{0,120}?\b(?:glad i|grateful|proud of|doing (?:so |really )?"
    r"(?:well|better|great|good) now|now i|today i'm|today i am|(?:therapy|meds|treatment) "
    r"(?:\w+ )?(?:changed|helped|saved)|\d+ (?:yrs?|years?|months?|days?) (?:clean|free)|"
    r"thank (?:you|u) (?:to )?(?:everyone|all) who stayed|turns out|(?:therapy|meds|treatment|"
    r"medication) (?:\w+ )?(?:helps|is helping|works)|i'm \d+ now|\d+ (?:yrs?|years?) out|today i "
    r"(?:ran|got|graduated|started|finished|passed|celebrated)|now my (?:scars|arms|wrists|legs)|how "
    r"far i've come|i'm in (?:such )?a (?:much )?better place|at peace|it does get better|the new me|"
    r"behind me|"
    r"(?:i'm|i am) (?:\w+ ){0,2}?(?:building|raising) (?:my own|a) (?:family|life|home))))"
)


# A question about a crisis, reported and answered no, with nothing after the answer but
# an ending: "the form asked if i've had thoughts of hurting myself in the last 2 weeks and
# i ticked not at all" (not "...and i said no because i'd taken them already").
_REPORTED_NO = (
    r"\b(?:asked|asks|ask|asking|questions?|wanted to know|form|questionnaire|screening|survey)"
    r"\b[^.!?\n]{0,30}\b(?:if|whether|about|have you|do you|are you|any)\b[^.!?\n]{0,90}\b(?:and|"
    r"but|so) (?:i|i've) (?:\w+ ){0,2}?(?:said|say|answered|ticked|checked|clicked|selected|circled|"
    r"put|wrote|marked|picked|chose|told (?:her|him|them|the \w+)|replied) (?:\w+ |i've )?(?:no|nope|"
    r"never|none|not at all|not really|zero|0)\b(?: (?:done|tried|had|felt|thought about|wanted|did)"
    r"(?: (?:it|that|anything like that|any|them))?)?(?=\s*(?:$|[.!?]|,? (?:for (?:the first time|once)|"
    r"and (?:i )?meant it|"
    r"i'm (?:just|fine|ok|okay|good)|just\b|honestly|lol|haha|it's true|because it's true)))"
)


# Round 6: what others think, denied in the same sentence: "people think im suicidal bc i
# post sad songs but nah im fine" (not "... but i'm not okay", nor with a wish now).
_THOUGHT_DENIED = (
    rf"(?s:\A(?!.*{_NOW})(?=.*\b(?:people|they|everyone|everybody|he|she|my \w+|mum|mom|dad|some "
    r"\w+) (?:\w+ )?(?:think|thinks|thought|assume\w*|reckon\w*|worr\w*|are worried|is worried|act "
    r"like|acts like) (?:that )?(?:i'm (?:\w+ )?(?:suicidal|self-harming|cutting|going to (?:kill|"
    r"hurt) myself|depressed)|i(?:'ll| will|'d| would| might) (?:hurt|kill|harm|cut) myself)\b"
    r"[^.!?\n]{0,60}\b(?:but |and |tbh |honestly )?,? ?(?:(?:nah|no|nope|honestly|tbh|lol|really|"
    r"actually),? )?(?:i'm|i am) (?:(?:just|honestly|actually|really|totally) )?(?:doing )?(?:not(?! (?:ok|okay|fine|alright|good|safe|sure|coping))|fine|ok|okay|good|alright|"
    r"grand|safe)\b))"
)


def _spared(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules, none of them valid in a sentence that tells a crisis as over (_RECOVERY)
    or that reports a question about one answered no (_REPORTED_NO). A rule that reads the
    neighbouring sentences is left as it is: a recovery told in the sentence before must
    not hide a crisis told after it."""
    excuse = f"{_RECOVERY}|{_REPORTED_NO}|{_THOUGHT_DENIED}"
    return tuple(
        each
        if each.neighbours
        else replace(
            each,
            unless=re.compile(
                excuse if each.unless is None else rf"(?:{each.unless.pattern})|{excuse}"
            ),
        )
        for each in rules
    )


_CRISIS = _spared(_CRISIS)
_CHECK_IN = _spared(_CHECK_IN)


LANGUAGE = Language(
    code="en",
    crisis=_CRISIS,
    check_in=_CHECK_IN,
    shorthand=(*_SHORTHAND, (_JOIN_SAFE_PRESENT, "; ")),
    subjects=(
        "i i'm i'd i've i'll he he's he'd he'll she she's she'd she'll they they're they'd they'll "
        "you you're you'd you'll we we're we'd we'll it it's who nobody someone somebody "
        "everyone everybody people"
    ),
    first_person="i i'm i'd i've i'll",
    negators=r"not|never|no|nor|zero|\w+n't",
    doubt_after=(
        "sure certain know knowing okay ok fine stop help lie imagined expected care matter mind "
        "more do"
    ),
    resisting_before="try trying tried struggling struggle hard fighting promised promise swore sw"
    "ear told",
    history_after=r" ?(?:\w+ ){0,3}?(?:anymore|any longer|again)\b",
    # Round 3: a denial after the phrase ("hurting myself isn't something I'd do").
    denied_after=(
        r"\s*(?:(?:is|was)n't|(?:is|'s|was) not) (?:something|anything) (?:i've|i have|i) (?:ever )?"
        r"(?:done|did|tried|thought about|considered|been into|wanted)\b|"
        r"\s*(?:(?:is|was)n't|(?:is|'s|was) not|are not|aren't) (?:ever |really |even )?(?:something "
        r"(?:i'd|i would|i will|i'll|i'm going to|i am going to|i could)|an option|on the table|in my "
        r"plans|a thing i)|\s*(?:is|'s) (?:never|not) going to happen|\s*(?:is|are) off the table"
    ),
    # Round 4: a question answered no right after it ("kill myself? lol no", "thoughts of
    # suicide? nope", "...suicide. nope, none."); after a full stop the no must be
    # confirmed ("nope, none", "no, not at all"), as "I want to die. No, really" is not one.
    answered_no=(
        r"(?: (?:thoughts?|ideation|urges?|feelings?|plans?|intentions?|tendencies))?(?:"
        r"\s*\?+ ?(?:(?:lol|haha|lmao|ha|um+|uh+|hmm+|honestly|tbh|obviously|definitely|"
        r"absolutely|hell|god|of course|oh|omg|babe|baby|girl|dude|brother|sister|man|mate|hun|"
        r"honey|bestie|mum|mom|bruh|lmfao|lol+|jeez|what) ){0,2}(?:no|nope|nah|never|not at all|"
        r"not really|not me|"
        r"none|no way)\b(?! (?:idea|clue|matter|one|reason|point|hope|future|longer|more|joke|"
        r"lie|cap|kidding|way out|escape|wonder|doubt)\b)|\s*\?+ ?(?:(?:absolutely|definitely|"
        r"certainly|of course|god|hell|honestly|lol) )?not\b(?! (?:sure|yet|anymore|any more|now|"
        r"today|tonight|lately|right now|at the moment|currently|really sure|that i know))|"
        r"\s*,? (?:and|but) (?:i|i've) (?:(?!had\b)\w+ )?(?:said|answered|told (?:her|him|them|the \w+)|"
        r"replied|say) (?:\w+ )?(?:no|nope|never|not at all)\b(?! (?:more|one|longer|to\b|but|and "
        r"(?:he|she|they)|before|twice|again|so many|many|over and))|"
        r"\s*,? (?:and|but) i (?:honestly |really |truly |genuinely )?(?:don't|haven't|didn't|"
        r"wasn't|'m not|am not)(?= *(?:$|[.!?,;]|at all|really|lately|honestly))|"
        r"\s*(?::|-|=)\s*(?:none|no|nope|never|nil|zero|n/a|nah|not at all)\b|"
        r"\s*[,.]? (?:and )?(?:i )?(?:told|said to) (?:her|him|them|the \w+|my \w+) (?:that )?"
        r"(?:i )?(?:don't|haven't|never|wasn't|'m not|am not|no)\b|"
        r"\s*[,.]? (?:but )?(?:i'm|i am) not(?= *(?:$|[.!?,;]|at all|really|though|tho|lol|haha))|"
        r"\s*[.!]+ ?(?:nope|nah|no)[,.!]* ?"
        r"(?:none|not at all|never|not once|not even once|i don't|i haven't|i'm fine|i'm good|"
        r"i'm ok|i'm okay)\b)"
    ),
    fiction=(
        r"\b(?:movies?|films?|books?|novels?|(?<!he )(?<!she )(?<!it )(?<!who )(?<!that )(?<!they )shows?|series|episodes?|seasons?|characters?|"
        r"protagonist|(?<!her )(?<!his )(?<!my )(?<!your )(?<!their )(?<!insta )(?<!snap )"
        r"(?<!instagram )(?<!whatsapp )(?<!fb )stor(?:y|ies)|news|articles?|headlines?|podcasts?|documentar(?:y|ies)|songs?|"
        r"lyrics|albums?|video games?|anime|manga|musical|poems?|tv|netflix|reddit|tiktok|youtube|"
        r"report|study|statistics|research|lecture|essay|awareness|prevention|campaign|"
        r"volunteer(?:ing|ed)?|charity|fundraiser|shakespeare|hamlet|romeo|juliet|plot|chapter|"
        r"finale|villain|author|opera|theat(?:re|er)|fiction|fanfic|comic|literature|poet|thriller|"
        r"detective|whodunn?it|murder mystery|crime novel|audiobook|sitcom|soap opera|screenplay|true "
        r"crime|history class|history lesson)\b"
    ),
)
