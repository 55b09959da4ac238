r"""Crisis-screen rules for German (see bot.domain.safety and its engine).

Rules are written against the normalised text: lowercase, accents removed ("würgen" ->
"wurgen", "ß" -> "ss"). People on phones also type umlauts as "ae", "oe", "ue", which the
engine keeps, so the stems that carry an umlaut allow both ("wue?rg", "schlae?gt").
Conjunctions ("und", "aber", "weil", "dass", ...) count as clause starts for negation, so
"ich halt das nicht aus und will sterben" is not read as denied; "nicht mehr" before a
phrase is not a denial but a history, and since round 5 a history told as over ("ich ritze
mich nicht mehr", "seit 6 Monaten nicht mehr geritzt") is recovery and not flagged. Where a
phrase starts with a common word, a `\s` stands for its space ("hat\smich\s...
geschlagen", "wen+\sich"): it keeps that word out of the trigger words derived from the
rules (see triggers.py), so that the rarer word of the phrase is the one looked for.

Decisions on the ambiguous cases
- Hyperbole: "ich lach mich tot", "ich sterbe vor Lachen", "todmüde"/"tot müde", "die Hitze
  bringt mich um", "meine Mutter bringt mich um", "ich könnte sterben für ...", "ich könnte
  mich umbringen" (for a blunder), "ich bring ihn um" about a colleague, "der Boss killt
  mich" are not flagged. "bringt mich um" said of a person is DANGER only when a leaving or
  telling condition ("wenn ich ihn verlasse") or fear stands beside it. The first-person
  "ich bring mich um", "will sterben", "kms" are flagged even with "lol".
- History: an own past attempt ("hab versucht mich umzubringen", "ich hatte mit 15 einen
  Suizidversuch") and past self-harm ("früher hab ich mich geritzt") told bare are flagged,
  as in en. A crisis that is over, told from a safe present, is not (round 5, _RECOVERY):
  streaks ("heute 1 Jahr ritzfrei", "500 Tage ohne SV", "seit der Therapie nicht mehr
  geritzt"), "so froh, dass ich noch da bin", "heute bin ich 30, in
  Sicherheit", a past beside a present told as good ("vor nem halben Jahr aus der Klinik
  raus und heut wurd ich befördert"); a relapse or an urge now keeps it a crisis ("4 Monate
  clean und jetzt das", "200 Tage ohne SV einfach weg", "der Druck ist wieder da").
  Another person's past death ("hat sich umgebracht", "hat sich das Leben genommen") is
  grief and is not flagged; someone at risk now ("sie will sich umbringen") is.
- "ohne mich wären alle besser dran" is read as SUICIDE (as "better off without me" in en);
  so are "ich will nur dass es aufhört", "mir egal ob ich lebe oder sterbe", "ich will zu
  meiner Oma in den Himmel" and the algospeak "mich unaliven".
- "ich will sterben" counts even with "lol", but not beside "so peinlich"/"cringe", where it
  is the embarrassment idiom.
- "mit allem Schluss machen", "meinem Leben ein Ende setzen" are SUICIDE; "Schluss machen"
  alone is a break-up and is not flagged.
- Check-in only (narrow): "ich will verschwinden", "ich bin allen eine Last", "was soll das
  alles", "wozu das alles", "ich kann nicht mehr." (alone at a sentence end), "keine Kraft
  mehr", "müde von allem", "es wird nie besser", "hat alles keinen Sinn mehr", "bevor ich
  noch was Dummes mache". "ich will verschwinden" beside a party, meeting or class is not.

- Calm plans and means: a means word (pills or a named medicine, rope/belt/cable, a gun in
  the house, heights, rails, water, car exhaust) counts beside a cue of intent in the same
  sentence: a quantity or "reicht/genug/auf einmal", hoarding, "schon ausprobiert", "denk
  dauernd daran", "hoch genug", "und komm nicht mehr raus", a date or "heute nacht"; and
  not beside a trip, a prescription, a cold or a film. Giving things away counts only with
  "alle meine"/"brauch ... nicht mehr"/"wenn ich weg bin" (not baby clothes or books);
  "bin bereit zu gehen", "mein letzter Tag" (not at work), "bald bin ich nicht mehr da"
  (not with a trip), "leider wieder aufgewacht", "ohne mich hätten alle weniger
  Probleme", "bald seid ihr mich los", "es wär so einfach" beside a height, goodbye shapes
  ("falls das hier jemand liest", "ihr könnt nichts dafür", "vergesst mich nicht", letters
  for everyone, "wenn mir was passiert" with a password) are SUICIDE. "ich bring mich um"
  followed by "nein Spaß" is retracted and not flagged.
- Danger also reads: hiding or locked in with him named ("er hämmert gegen die Tür"),
  "traue mich nicht rein" with him waiting, a knife beside a threat, "weiß wo ich wohne"
  beside a threat, money or papers kept from the writer, waking up undressed or not
  knowing what happened after one drink, "trotzdem" after a no, and a child told to tell
  no one or that telling sends a parent to prison.

- Round 3 (a fresh round written before reading these rules): "unalive"/"sewerslide" count
  alone (about_others: not in a film or the news); questions about a lethal height or dose
  ("wie hoch ... damit man tot ist", "ab welcher Dosis ... tödlich"), an exhaust hose, pills
  got from several pharmacies or "damit keiner was merkt", "mach ichs" beside a time when
  no one is home, "alles geplant" with a time, method or letters, "falls ich morgen nicht
  mehr on bin" beside thanks, "halts nicht mehr aus, ich mach Schluss" with no one to leave
  named, "erleichterung wenn ich tot" are SUICIDE; a rope is still a means when "nicht
  fürs Klettern". Danger adds sex under a threat ("wenn ich nicht mit ihm schlafe, setzt
  es was"), "setzt es was" alone, stealthing, being held down beside resisting, sex owed
  in a marriage ("zur Verfügung stehen"), a child's bruises beside fear or a disclosure,
  a child left hungry or alone for days, an adult online asking a child for pictures or
  secrecy, and an ex waiting outside or texting from new numbers. Self-harm adds "zur
  Klinge gegriffen", "mir neue gemacht" beside scars, "verbrüht" on purpose. Check-in adds
  "wofür noch aufstehen/kämpfen", "wär ich gern einfach weg", "egal was mit mir passiert",
  "kein Licht am Ende des Tunnels", "nur noch eine Hülle", "innerlich tot".
  Further wordings of the same families: split compounds ("Suizid Gedanken"), "beschlossen
  zu sterben", the verb last ("dass er nicht mehr leben will"), pills counted out (not a
  week's dosette), "er springt" (not in a film), "ich mach Schluss" beside despair (not
  "mit ihm", "für heute"), "hat mich zum Sex gezwungen", "hat mich angefasst" said alone,
  "schlägt Mama und mich", "sperren mich ein"; check-in "Klotz am Bein", "sollte nicht
  existieren", "nichts hat mehr Sinn", "weiß nicht mehr weiter" (alone), "hoffnungslos".
  "Stalker" as a noun is not read in a series or a film.
  Drinking a household poison ("Rohrreiniger getrunken", not a pet or an accident) is
  SUICIDE.
- Denials after the phrase ("Suizidgedanken hab ich keine", "suizidal? nein") and before a
  comma ("ich habe nicht vor, mir das Leben zu nehmen", which the engine's clause cut
  hides) are read here; "will sterben" after a marathon or training is hyperbole.

- Round 4 (fresh2, typed as on a phone: "nich", "is", "heut", no umlauts): going to the
  rails beside a train's time ("der letzte ICE kommt um 23 uhr"), walking into a lake "bis
  ich nicht mehr steh" or "kann eh nicht schwimmen", "mach ichs" beside "alles geplant", a
  decision or a time when no one is home, a chosen day beside "keiner zuhause", "weiss wie
  und wann" beside a decision, "testament fertig" beside a pet or "bereit", "nach Silvester
  bin ich nicht mehr hier", "morgen gibts mich nicht mehr" (not a social account), "fahr an
  die Ostsee und komm nicht zurück" (not a move abroad or to a partner), the highest bridge
  looked up beside "rausgesucht"/"fahr hin", someone sitting on a railing or the edge of a
  roof (a window sill or roof only beside a height or silence), "sich heute nacht umbringt"
  with the verb last, "er will zu Oma in den Himmel", pills someone "hortet", "meine
  letzte Nachricht" beside "sorry für alles"/"hdl", "ich bin raus" beside "für immer" (not
  a chat group), "an Suizid gedacht" with the verb last are SUICIDE. Danger adds a beating
  with an object ("mit dem Gürtel") or by a parent named bare ("mama haut mich"), the verb
  last ("weil mein Vater mich geschubst hat"), a cover story for bruises ("sag immer ich bin
  hingefallen"), "kriegt Schläge", an adult sending a child strange pictures or wanting
  them alone (beside an age or a trainer, teacher, uncle), "schreit um Hilfe", and a
  killing threat against another person with the weapon ready ("das Messer liegt bereit").
  Denials add "nein, tu ich nicht", "war nie mein Ding" and a clause-final "nein"
  ("traurig ja, suizidal nein"). Check-in adds "seh keine Zukunft für mich", "fühl mich
  leer", "wozu eigentlich", "komm nie wieder raus", "keiner versteht mich".
  Further wordings of these families: a running engine beside a closed garage or a hose
  (not warming up or a repair), "in zwei Tagen ist es vorbei für mich" beside a time or a
  method (not a season or school), leaving "bevor alle aufwachen" with everything prepared,
  a child told telling sends a parent (not a thief) to prison, an adult asking a child for
  pictures in a bikini, a parent giving no food, someone's "tschüss für immer" or talk "vom
  Sterben" (not a grandparent's), "passt auf Mama auf für mich" beside a goodbye (not a
  holiday), pills taken and someone not waking, "er wirft sich vor den Zug", "hat mich im
  Klo gezwungen", "will nur noch Schluss machen" beside despair (not a partner, a shift).
  Denials put first ("niemals würd ich", "auf keinen Fall will ich") move after the
  subject; a reported question answered no ("ob ich Suizidgedanken hab, hab nein gesagt")
  denies only after those words, so an assault followed by "ich hab nein gesagt" stays.
  Also: a rope ordered ("Strick bei Amazon bestellt", not knitting), "morgen ist Schluss"
  beside letters to everyone, things given away beside "bin bereit" (not a move), "von
  meiner Familie verabschiedet ohne dass sie's checken", "perfekter Zeitpunkt zum Gehen"
  beside an empty house (not a party), an adult who "macht Sachen mit mir" at night or
  "mir glaubt eh keiner" beside an abuser's words, an adult online who wants to meet a
  child or tells them to say nothing to the parents (beside an age or "Mann"), "mach dem
  ein Ende" beside despair (not a quarrel), "hat mir was gegeben" beside a blackout (not
  a doctor), "war schön euch gekannt zu haben". "tschau Leute, war schön mit euch" alone
  is an everyday goodbye and is not read. Denials add "ist ja nicht so als ob ich sterben
  will" (moved into the clause by the shorthand), "null Suizidgedanken" and "ob ich sterben
  will, hab gesagt nein".
  Also: a hand under the skirt beside a refusal, a stranger or a relative, "hat es
  ausgenutzt" beside drink or sleep (not a beer taken), "als er auf mir war" beside waking,
  filmed during sex or secretly while showering, "gezwungen ihn anzufassen", an adult coming
  into the shower while the writer is in it (a relative named or watching), "ich spring
  gleich" beside despair or a height (not a pool), "jag mir ne Kugel", someone's note "mit
  sorry" and then no answer (not off to work), a young child with bruises and fear (not
  football), "sagt meiner Schwester dass ich sie lieb hab" beside an apology, "meine
  letzte Nacht" beside thanks (not a trip), a letter left for the parents beside "heut
  abend geh ich" (not Mother's Day). A stepfather or uncle "war heut nacht in meinem Zimmer"
  beside secrecy or fear (not after a nightmare, not a brother without knocking) is
  DANGER; looking up how to tie a noose counts even on YouTube. Denials also read "ich sag
  nicht dass ich ... will" and a short question answered "spinnst du"/"quatsch".
  Also: a knot or belt tried and "hält", pills taken by someone locked in or not opening,
  "gecheckt wann die Brücke leer ist" (not for photos), a note "für jeden" beside "bevor
  ich geh".

- Round 5 (a third fresh round, de.fresh3: 100 cases written before reading the rules;
  recall 20/48 and 10/48 false alarms before its fixes, 4 of them recovery) added recovery
  (above) and, in _R5: a child (an age under 18, "(5)", "mein Sohn", school) with a grown-up
  (Onkel, Opa, Stiefvater, "der Mann von meiner Mutter", Sportlehrer, Nachbar, "ein
  erwachsener Typ") in the same or a next sentence makes a secret ("geheimes Spiel", "Mama
  darf's nicht wissen", "soll niemandem was sagen", "wenn ich's Mama erzähl, komm ich ins
  Heim") a danger, and so do watching through the keyhole while the child showers, pictures
  "in Unterhose" asked of a child; children given nothing to eat, a lock on the fridge.
  Means: a gun with its cartridges and a thought of it every evening, a car-park roof with
  the floor counted or nobody around, a razor blade beside a full bath, a belt tied to the
  wardrobe rail "hält mein Gewicht", several packs from several shops, a sharpener screwed
  apart, "heute nacht geschnitten". Someone else: a photo of pills then "es ist Zeit" or
  offline, "hat alles durchgeplant" with a father's gun, "kümmer dich um den Kater" and the
  phone off, a method googled ("wie man schmerzlos stirbt"). Plans: a day chosen beside an
  empty house, a letter for each child with the insurance papers, "wo ich hingeh brauch ich
  das nicht", "jetzt nur noch zur Brücke", "fahr ich zum Aussichtspunkt und fertig" beside a
  decision or calm, "alle denken ich fahr in Urlaub" beside a date, "überhaupt mein letzter
  Tag"; a password left with "sorry an alle" and "hab euch lieb"; staring at the pills for a
  week after an attempt; the urge ("Druck") strong or back beside cutting. Denials: "schlägt
  mich keiner" (the subject after the verb), "nie dran gedacht, mir das Leben zu nehmen", a
  reported question answered no ("im Fragebogen ... hab überhaupt nicht angekreuzt";
  `_REPORTED_NO`, for every rule). Spared: a pharmacist at work ("hab 32 Ibuprofen
  abgegeben", also "pharmacist here, handed out 32 ibuprofen"), "steh aufm Balkon weil da das WLAN besser is", a season finale, a rope for a
  bike. Recovery and reported answers do not spare the rules that read the neighbouring
  sentences, and the round-5 rules that read their neighbours for what they need (and the
  older ones for a stabbing with the knife ready, a will beside a pet, a running engine in a
  closed garage) read what spares them (`unless`) in their own sentence only
  (_own_sentence); "ich bin raus" reads its farewell within its line. Out of reach (round 5): a recovery or a relapse told across sentences that are
  not next to each other; a grown-up named only in an earlier message.

- Round 6 (a fourth fresh round, de.fresh4: 185 cases written before reading the rules;
  recall 61/95, 16/85 false alarms, 11 of them in the 18 recovery cases, and soft 2/5
  before its fixes) added, in _R6: an ending ("am besten mach ich Schluss", "ich verschwinde,
  und zwar endgültig", "ich nehm ihnen das ab, für immer", "nicht mehr aufwachen") beside a
  burden (_BURDEN6: "zur Last", "nur im Weg", "mach ihm nur Probleme", "hätten es leichter",
  "müssen sich um mich kümmern", "sorry dass ich existiere") in the same or a next sentence;
  "besser aufgehoben/dran, wenn ich nicht mehr bin"; "ab morgen müsst ihr euch nicht mehr mit
  mir rumschlagen", "ihr seid mich bald los", "keiner muss sich mehr um mich kümmern" beside a
  burden, a farewell or a decision (not a trip, a move or a job: _TRAVEL6). Goodbye: a letter
  for each of you beside a farewell (_FAREWELL6; not Christmas, colleagues or a class trip),
  "ich geh jetzt" after "ihr wart die besten"/"danke dass ihr immer da wart" (not to bed, a
  train, work), "nicht mehr erreichbar" beside "für immer" or "ruft nicht an", "falls ihr das
  lest, lebe ich nicht mehr", "sucht mich bitte nicht", "sagt Mama dass ich sie liebe" beside
  a password or an apology. Means: a hanging means (Gürtel, Kabel, Seil, Schal ...) with an
  anchor (Haken, Balken, a compound "-treppe") and a cue that it is ready ("hält mein
  Gewicht", "weiß schon an welchen", "getestet", "befestigt"; not a swing, a lamp, laundry);
  "nur noch ein Schritt" beside a platform, a bridge or a roof (not a goal); an appliance
  beside a running bath, "eingesteckt" (not drying hair, not a warning); "kann eh nicht
  schwimmen" beside a river or a bridge (not a lesson, not staying on the blanket); a gun with
  its ammunition and the writer (not hunting, a club, the police, a game); "muss mich wieder
  spüren" beside a needle or a lighter (self-harm; not sauna or yoga); a crash into a tree "mit
  180" or "wie ein Unfall"; an engine left running in the garage at night. Plans: "dann bin ich
  endlich bei ihm" beside a death or "Todestag" (a pronoun or "im Himmel", not a visit),
  "wo mich keiner so schnell findet", bills paid "wenn ich nicht mehr lebe" (not "irgendwann",
  a notary; not read as denied by "damit keiner"), "bis dahin bin ich tot" (not "tot vor
  Stress", exams), "vor Montag vermisst mich keiner" beside a death word, "dann zieh ichs
  durch" beside waiting until the children are away, "meinen Suizid geplant". Danger:
  "hat mich gezwungen" beside a refusal or sex (not broccoli or overtime), "hört nie auf wenn
  ich nein sag" (not teasing), "als seine Frau muss ich" beside not wanting, "die Tür
  abgeschlossen und mich angefasst", touching "da unten"/under the blanket with a grown-up
  named (not a doctor, nappies), naked pictures shown to a child, a parent who "hat Mama ins
  Gesicht geschlagen", a knife in his hand beside shouting or a threat (not cooking). Phone:
  "sh" beside arms, cuts or blood (not Schleswig-Holstein), "sui gedanken", Swiss ("ich wott
  nüm läbe", "für alli nume e last", "ohni mich") and Bavarian ("a belastung für olle", "ohne mi
  vü besser") spellings in _SHORTHAND, "kein bock mehr auf leben". Check-in: "warum noch
  probieren/versuchen", "aufsteh" clipped, "alles fühlt sich irgendwie sinnlos an, schon seit
  Monaten", "wozu mach/quäl ich mich das alles", "fühl mich als würd ich verschwinden / mich
  auflösen", "i mog nimma"; "ich konnte nicht mehr" of a pet or of someone else ("er war 16 und
  konnte nicht mehr") is not. Denials: after the phrase with words between ("sterben will ich
  deswegen noch lange nicht", "ritzen würd ich mich deswegen nie"); "ich verabschiede mich
  nicht für immer"; what others think, denied ("keine Ahnung wie ihr drauf kommt, dass ich
  ...": the shorthand writes "dass ich nicht"); "nicht suizidal, nur müde" spares the
  check-in in its sentence (_NOT_SUICIDAL_JUST). Recovery (_SAFE, _PAST, _PRESENT, _NOW):
  thoughts told as gone ("die Suizidgedanken sind komplett weg", "seit 3 Jahren keine
  Suizidgedanken mehr"), the time since the last time ("2 Jahre her, dass ich zuletzt"), a
  last relapse dated long ago ("der letzte Rückfall war im März"; "letzte Rückfall" is no
  relapse now), "seit der Klinik geht's mir besser", the old letter burned or torn up (an
  "Abschiedsbrief" destroyed is no farewell now), "letztes Jahr"/"letzten Winter" as a past,
  and as a present "bin jetzt 30", "heute bin ich Krankenpfleger/clean", "heute weiß ich dass
  das nicht stimmt", "heute seh ich das anders", "heute plan ich meinen Urlaub", "heute freu
  ich mich auf", "heute hab ich nen Job" (not "verloren"), "jetzt geht's ihr wieder gut"
  ("wieder gut" is no relapse), "stolz auf mich", "die Narben sind verblasst", working in a
  crisis line. Left out: a date and a time with no means or death word ("Termin festgelegt,
  Sonntag früh bevor alle aufwachen"), being on a roof "so ruhig hier oben" with no other cue,
  and farewell thanks followed by a train in the next sentence (an older rule reads its own
  sentence only).

Out of reach: indirect plans with no means, place cue or death word ("am Freitag ist es
vorbei", "ich fahr morgen zu den Klippen"), threats said only through context, and a child's account that names no
room, bed, secret or touching; the screen reads wordings, not situations. Measured on
fresh wordings written after each round of rules, recall was 30-50% before that round's
fixes: new phrasings keep appearing, so these rules are a net, not a guarantee. A full stop inside a word ("K.o.-Tropfen", "z.B.") ends the
sentence the engine reads, so what follows it may be missed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.domain.safety.engine import Concern, Language, Rule, rule
from bot.domain.safety.sentences import own_sentence as _own_sentence

__all__ = ["LANGUAGE"]

_SHORTHAND: tuple[tuple[str, str], ...] = (
    (r"\b(?:nich|net|ned|nit|nciht|nicth|nichd)\b", "nicht"),
    (r"\bkb\b", "kein bock"),
    (r"(?<!\d )(?<!\d)\b(?:kms|kmsl)\b", "ich bring mich um"),
    (r"\bs(?:ui|iu|u|uu)[sz]i[dt]", "suizid"),
    (r"\bsel(?:bst|bs|ps|pst|st)mor[dt]", "selbstmord"),
    (r"\bumbrigen\b|\bumbirngen\b", "umbringen"),
    (r"\bnimmer\b", "nicht mehr"),
    (r"\bis\b", "ist"),
    # "ist ja nicht so als ob ich sterben will": the denial moves into the clause.
    (r"\bnicht so,? als ob (ich|er|sie) ", r"als ob \1 nicht "),
    # "ich sag nicht dass ich sterben will".
    (r"\b(sag|sage) (?:ja |doch )?nicht,? dass (ich) ", r"\1 dass \2 nicht "),
    (r"\bnull (suizidgedanken|suizidgedanke|selbstmordgedanken|todeswunsch)\b", r"keine \1"),
    # A denial put first ("niemals würd ich mir was antun", "auf keinen fall will ich ...")
    # moves after its subject, where the engine reads it.
    (
        r"\b(nie|niemals|keinesfalls|auf keinen fall|nie im leben) (wue?rde?|wurd|werde|werd|will|"
        r"wollte|hab|habe|hatte|bin|war|kann|konnte|moe?chte?|mocht|tu|tue|mach|mache) (ich)\b",
        r"\3 \2 \1",
    ),
    (r"\bn(?:ix|x)\b", "nichts"),
    (r"\bselber\b", "selbst"),
    (r"\bnimma\b", "nicht mehr"),
    (r"\bni\b(?= mehr\b)", "nicht"),
    (r"\blebn\b", "leben"),
    (r"\bsterbn\b", "sterben"),
    (r"\bumbringn\b", "umbringen"),
    (r"\bwu\b", "will"),
    (r"\bs[u*][i!1*]?z[i!1*][dt]", "suizid"),
    (r"\bsvv'?(?:en|t)?\b|\bgesvvt\b", "svv"),
    (r"\b(um(?:zu)?bring|sterb|leb|ritz|schneid|geh)n\b", r"\1en"),
    (r"\bwi(?:da|eda|edr|dr)\b", "wieder"),
    (r"\bgeschnit+e?n\b", "geschnitten"),
    (r"\bheut\b", "heute"),
    # Round 5: "s bahn", "u bahn" as one word; "nie dran gedacht" brings the denial into the
    # verb group the engine reads ("hab nie dran gedacht, mir das leben zu nehmen").
    (r"\b([su]) bahn\b", r"\1-bahn"),
    (
        r"\b(nie|niemals|nicht|noch nie) (?:so )?(?:richtig )?(?:dran|daran) (gedacht|denken)\b",
        r"\1 \2",
    ),
    (r"\b(suizid|selbstmord)[ -](gedank|versuch|gefae?hrd|plae?n|absicht)", r"\1\2"),
    # Round 6: "sui gedanken"; Swiss ("ich wott nüm läbe", "für alli nume e last", "ohni
    # mich") and Bavarian ("a belastung für olle", "ohne mi vü besser") spellings; "eig".
    (r"\bsui[ -]?(gedank|versuch)", r"suizid\1"),
    (r"\beig\b", "eigentlich"),
    (r"\bwott\b", "will"),
    (r"\bich cha\b", "ich kann"),
    (r"\b(will|kann|mag|mog) num(?:me)?\b", r"\1 nicht mehr"),
    (r"(?<=nicht mehr )l(?:ae|a)be\b", "leben"),
    (r"\beifach\b", "einfach"),
    (r"\bohni\b", "ohne"),
    (r"\bnume\b", "nur"),
    (r"\b(fur|fuer|an|mit|von) (?:alli|olle)\b", r"\1 alle"),
    (r"\b(ohne|fur|fuer|gegen|wegen) mi\b", r"\1 mich"),
    (r"\bvu\b(?= (?:besser|mehr|leichter)\b)", "viel"),
    (r"\b(?:nur|eh|bloss) [ae] (last|belastung|zumutung)\b", r"nur eine \1"),
    # "keine ahnung wie ihr drauf kommt, dass ich mir was antun will": what others think, denied.
    (
        r"\b(?:wie|warum|wieso|weshalb) (?:(?:kommt|kommst|kommen|denkt|denkst|denken|glaubt|"
        r"glaubst|glauben|meint|meinst) (?:ihr|du|die|alle|sie|die leute|ihr alle)|(?:ihr|du|die "
        r"leute|alle) (?:\w+ ){0,2}?(?:kommt|kommst|kommen|denkt|denkst|denken|glaubt|glaubst|"
        r"glauben|meint|meinst))(?: (?:drauf|darauf|auf die idee|eigentlich|immer|jetzt|bitte)){0,2}"
        r",? (?:dass|das) (ich|i) ",
        r"dass \1 nicht ",
    ),
)

# --- building blocks ---------------------------------------------------------------------

_RELATION = (
    r"(?:freund|freundin|ex|exfreund|exfreundin|ex-freund|ex-freundin|mann|ehemann|frau|"
    r"ehefrau|partner|partnerin|verlobter|verlobte|vater|papa|vati|mutter|mama|mutti|"
    r"stiefvater|stiefmutter|stiefpapa|stiefmama|bruder|schwester|stiefbruder|onkel|tante|"
    r"opa|oma|cousin|cousine|sohn|tochter|chef|chefin|nachbar|nachbarin|mitbewohner|"
    r"mitbewohnerin|typ|kerl|lehrer|lehrerin|trainer|betreuer|eltern|familie|date)"
)
_PERSON = (
    rf"(?:er|sie|der|jemand|einer|ein (?:mann|typ|kerl|fremder)|"
    rf"(?:mein|meine|meinen|meinem|meiner|ihr|ihre|sein|seine|unser|unsere) "
    rf"(?:\w+ )?{_RELATION})"
)
# A gap of words that are not another person (so "ich glaube meine mutter will ..." fails).
_GAP = r"(?:(?!(?:er|sie|es|der|die|das|mein\w*|dein\w*|sein\w*|ihr\w*|man|jemand|du)\b)\w+ )"
_MODAL = (
    r"(?:will|wollte|moe?chte?|mochten|moe?chte?|wue?rde?|wue?rde?|werde|werd|muss|musste|sollte|"
    r"soll|"
    r"plane|versuche|versuch|hatte|habe|hab|denke|uberlege|ueberlege|uberleg|ueberleg|"
    r"kann|konnte|darf|wue?rde? am liebsten)"
)
# Ways of killing oneself after "mich" ("mich ... umbringen").
_KILL_SELF = (
    r"(?:umbringen|umbringe|umgebracht|toe?ten|zu toe?ten|getoe?tet|killen|zu killen|"
    r"erschiessen|zu erschiessen|erschossen|erhae?ngen|zu erhae?ngen|erhae?ngt|aufhae?ngen|"
    r"aufzuhae?ngen|aufgehae?ngt|vergiften|zu vergiften|vergiftet|ertrae?nken|zu ertrae?nken|"
    r"erstechen|zu erstechen|totfahren|totzufahren|abstechen|abknallen|umnieten|"
    r"vor (?:den|einen|nen|n|die|eine|ne) (?:zug|bahn|u-?bahn|s-?bahn|lkw|laster|auto|bus|"
    r"strassenbahn|tram) (?:werfen|zu werfen|schmeissen|zu schmeissen|legen|zu legen|"
    r"stellen|zu stellen|geworfen|geschmissen))"
)
# "ich habe nicht vor, mich umzubringen": the comma ends the clause the engine reads for a
# denial, so the rules that take an infinitive read it here (and the engine reads it as
# denied_before for every negatable rule).
_NO_INTENT = (
    r"\b(?:nicht|nie|niemals|keinesfalls|keineswegs) (?:\w+ )?(?:vor|vorgehabt|geplant)(?=[ ,])|"
    r"\bkeine(?:rlei)? (?:absicht|plae?ne)\b"
)
_GAME = (
    r"\b(?:schach|tennis|spiel\w*|game|games|runde|match|finale|partie|karten|uno|"
    r"mario ?kart|fifa|fortnite|minecraft|zocken|gezockt|boss|level|wettkampf|rennen|turnier|"
    r"armdrucken|training|kampfsport|judo|bjj|ringen|sparring|mma|boxen|karate|tischtennis|"
    r"badminton|squash|kicker|billard|darts|poker|monopoly|bowling|"
    r"laufen|wettrennen|quiz|abstimmung|wahl)\b"
)
_CUT_ACCIDENT = (
    r"\b(?:kochen|koch\w*|gemuse|zwiebel\w*|brot|messer (?:ist )?abgerutscht|abgerutscht|"
    r"aus versehen|versehentlich|rasier\w*|glas|scherbe\w*|papier|dose|kuche|garten\w*|"
    r"basteln|unfall|schneiden von|schnippeln|tomaten?|kartoffel\w*|paprika|fleisch)\b"
)
_BURN_ACCIDENT = (
    r"\b(?:backofen|ofen|herd|pfanne|topf|kochen|koch\w*|backen|bugel\w*|tee|kaffee|sonne|"
    r"sonnenbrand|wasserkocher|grill\w*|glatteisen|lockenstab|aus versehen|versehentlich|"
    r"heisse?s? wasser|suppe|blech|toaster)\b"
)
_KNOCK_ACCIDENT = (
    r"\b(?:aus versehen|versehentlich|training|gym|fussball|gestolpert|hingefallen|gefallen|"
    r"tur\w*|tuer\w*|schrank|tisch|ecke|kante|mucke\w*|muecke\w*|stich\w*|juck\w*|"
    r"ausschlag|neurodermitis|allergie|ekzem|im schlaf)\b"
)

_MEDS = (
    r"(?:tabletten|pillen|medikamente|meds|tabs|schlaftabletten|\w+tabletten|schmerzmittel|"
    r"paracetamol|ibuprofen|ibus?|aspirin|antidepressiva|insulin|morphin|tilidin|tramadol|"
    r"lithium|amitriptylin|quetiapin|seroquel|diazepam|tavor|lorazepam|valium|zolpidem|"
    r"zopiclon|mirtazapin|citalopram|sertralin|venlafaxin|benzos?|opioide|novalgin|doxepin)"
)

D, S, H = Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM

_VIOLENT_STRONG = (
    r"(?:schlae?gt|schlug|verprue?gelt|prue?gelt|wue?rgt|wue?rgte|erwue?rgt|tritt|trat|schubst|"
    r"schubste|ohrfeigt|vergewaltigt|vergewaltigte|misshandelt|misshandelte|boxt|boxte|"
    r"verdrischt|vermoe?belt|tabasst|begrapscht|betatscht|befummelt|missbraucht|missbrauchte)"
)
_VIOLENT_PARTICIPLE = (
    r"(?:geschlagen|verprue?gelt|gewue?rgt|getreten|geschubst|gestoe?ssen|geohrfeigt|"
    r"vergewaltigt|missbraucht|misshandelt|begrapscht|betatscht|befummelt|angegriffen|"
    r"attackiert|gefesselt|eingesperrt|eingeschlossen|bedroht|vermoe?belt|am (?:arm|hals|"
    r"handgelenk|nacken) gepackt|"
    r"gebissen|mit (?:dem|einem|nem) messer bedroht|an den haaren (?:\w+ ){0,4}?(?:gezogen|"
    r"gerissen|geschleift|gezerrt)|durch die (?:\w+ )?(?:geschleift|gezerrt)|gegen die wand "
    r"gedrue?ckt|zu boden geworfen|k\.?o\.? geschlagen|bewusstlos geschlagen|"
    r"grun und blau geschlagen|windelweich geschlagen)"
)

# A small child hitting a parent is not danger.
_SMALL_CHILD = (
    r"|\b(?:trotzphase|kleinkind|baby|kita|kindergarten|\d ?jae?hrige?r?|(?:ist|wird) (?:erst )?"
    r"\d|zahnt|wutanfall|wutanfae?lle)\b"
)

# "Ich bin raus" said with a farewell, and the groups and places one leaves every day.
_FOR_GOOD = r"fur immer|fuer immer|machts gut|lebt wohl|fur alle zeit"
_I_AM_OUT = r"(?:bin|ich bin) (?:\w+ )?(?:raus|weg|dann mal weg|hier weg)"
_OUT_OF_A_GROUP = (
    r"\b(?:gruppe|chat|whatsapp|insta\w*|tiktok|social media|verein|team|job|firma|stadt|hier "
    r"aus|wg|beziehung|schule|urlaub|serie|spiel\w*)\b"
)

# Round 5 rules that read their neighbours read what spares them in their own sentence
# (bot/domain/safety/sentences.py).


_CRISIS: tuple[Rule, ...] = (
    # ---- DANGER
    rule(
        D,
        rf"\b(?P<core>{_VIOLENT_STRONG}) (?:er |sie |der |die |mein \w+ |meine \w+ )?mich\b"
        r"(?! (?:\w+ )?(?:um|ab|durch|nieder)\b)(?! (?:nie|nicht|niemals)\b(?! mehr))",
        unless=_GAME + _SMALL_CHILD,
    ),
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,3}}?(?P<core>schlae?gt|haut|verhaut|tritt|bedroht|bedrohte|"
        r"verfolgt|stalkt|stalkte|beobachtet|kontrolliert|erpresst|erpresste|quae?lt|fesselt|"
        r"schlie?e?sst|sperrt) mich\b(?! (?:\w+ ){0,2}?(?:um|ab|aus|durch|nieder)\b)"
        r"(?! (?:nie|nicht|niemals)\b(?! mehr))",
        unless=_GAME
        + _SMALL_CHILD
        + r"|\b(?:gedanke\w*|vergangenheit|pech|erinnerung\w*|alptraum\w*|albtraum"
        r"\w*|blick\w*|angst|song|lied)\b",
    ),
    rule(
        D,
        rf"\b(?:hat|hatte|haben|hatten)\s(?:er |sie |der |die )?mich\s(?:\w+ ){{0,6}}?"
        rf"(?P<core>{_VIOLENT_PARTICIPLE})\b",
        unless=_GAME,
    ),
    rule(
        D,
        rf"\b(?:ich )?(?:wue?rde?|werde|wurd|bin|war|worden) (?:\w+ ){{0,4}}?(?P<core>"
        rf"{_VIOLENT_PARTICIPLE})\b(?! (?:worden )?(?:im|beim|bei|in der|in|vom (?:ball|auto|"
        r"blitz)))",
        unless=_GAME + r"|\b(?:ball|auto|blitz|welle|nachricht\w*|news|gedanke\w*|mucke\w*)\b",
    ),
    rule(
        D,
        r"\b(?:hat|hatte|hat er|hat sie)\smir\s(?:\w+ ){0,3}?(?P<core>(?:eine|ne|n|paar|ein paar|"
        r"eine runtergehauen|ins gesicht) ?(?:geknallt|gescheuert|geklebt|runtergehauen|"
        r"reingehauen|gelangt|gewatscht|verpasst|gedonnert|geschlagen|getreten)|(?:eine|ne|n) "
        r"(?:ohrfeige|backpfeife|schelle|faust) (?:gegeben|verpasst)|(?:ein|n|nen|einen) "
        r"blaues auge (?:\w+ )?(?:verpasst|geschlagen|gehauen|gemacht)|(?:die|meine) (?:nase|"
        r"rippen?|hand|arm|lippe|kiefer|finger) (?:\w+ )?(?:gebrochen|aufgeschlagen|ausgerenkt)|"
        r"gedroht|an die gurgel|die luft abgedrue?ckt|den hals zugedrue?ckt|mit der faust)",
    ),
    rule(
        D,
        r"\b(?P<core>(?:hand|hae?nde|finger) (?:\w+ )?(?:um|an|auf) (?:meinen|meinem|den) (?:hals|"
        r"kehle)|(?:druckt|drueckt|drue?ckte) mir (?:\w+ )?(?:die kehle|den hals|die luft) (?:zu|"
        r"ab)|"
        r"(?:messer|waffe|pistole|knarre) (?:\w+ )?(?:an meinen|an meine|an den|an die) (?:hals|"
        r"kehle|kopf|brust)|(?:mit|mit einem|mit nem|mit dem) messer (?:auf mich|bedroht|"
        r"gedroht)|(?:angst|panik) um mein leben|todesangst vor (?:ihm|ihr|meinem|meiner))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:blaue flecken|blaue auge|blaues auge|hae?matome|wue?rgemale|striemen) "
        r"(?:\w+ ){0,3}?(?:von\sihm|von\sihr|von\smeinem|von\smeiner|wegen\sihm|wegen\sihr)|"
        r"(?:von\sihm|von\sihr|von\smeinem \w+|von\smeiner \w+)\s(?:\w+ ){0,3}?(?:blaue flecken|"
        r"grun und blau|blaues auge|geschlagen|gewue?rgt|verprue?gelt|vergewaltigt|bedroht|"
        r"getreten|missbraucht|misshandelt|eingesperrt|verfolgt|gestalkt))\b",
        unless=_GAME,
    ),
    rule(
        D,
        # A threat: he will kill me if I leave or tell.
        r"\b(?P<core>wenn\sich\s(?:\w+ ){0,4}?(?:verlasse|verlass|gehe|geh|schluss mache|"
        r"schluss mach|mich trenne|trenne|abhaue|ausziehe|anzeige|zur polizei|jemandem|"
        r"jemanden|irgendwem|was sage|was erzae?hle|es erzae?hle|es sage|weggehe|nein sage)"
        r"[ ,]+(?:\w+ ){0,3}?(?:bringt|bringe|bring|toe?tet|killt|ersticht|erschiesst|"
        r"schlae?gt)\s(?:er |sie |der |die |mein \w+ )?mi(?:ch)?\s(?:\w+ )?(?:um|kalt|tot|"
        r"fertig|kaputt)?)",
    ),
    rule(
        D,
        r"\b(?P<core>(?:bringt|toe?tet|killt|ersticht|erschiesst) (?:er|sie) mich (?:\w+ )?"
        r"(?:um|tot)?,? (?:\w+ )?wenn ich (?:\w+ ){0,3}?(?:verlasse|gehe|schluss|trenne|"
        r"abhaue|ausziehe|anzeige|polizei|jemandem|jemanden|erzae?hle|sage|weggehe))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:droht|drohte|gedroht|drohen|droht er|droht sie) (?:\w+ ){0,4}?"
        r"(?:mich|mir|uns|meine \w+|meinen \w+|mein \w+)? ?(?:\w+ ){0,2}?(?:umzubringen|"
        r"zu toe?ten|abzustechen|zu erschiessen|zu schlagen|zu verprue?geln|weh ?zu ?tun|"
        r"was anzutun|etwas anzutun|kaputt ?zu ?machen|anzuzue?nden|fertigzumachen|"
        r"umbringen|mit dem tod|mit mord|mit gewalt))\b",
    ),
    rule(
        D,
        # A partner's suicide threat that holds the writer in place.
        r"\b(?P<core>(?:bringt|bringe|toe?tet) (?:er|sie) sich (?:\w+ )?um,? (?:\w+ )?wen+\sich|"
        r"(?:er|sie) (?:\w+ ){0,3}?(?:bringt|bringe|bring) sich (?:\w+ )?um,? (?:\w+ )?wen+\sich|"
        r"(?:er|sie) (?:\w+ ){0,3}?(?:tut|tu) sich (?:\w+ )?(?:was|etwas) an,? (?:\w+ )?wen+\sich|"
        r"droh\w*(?:,? \w+){0,3}?,? (?:mit (?:suizid|selbstmord)|sich (?:\w+ )?umzubringen|sich "
        r"(?:\w+ )?(?:was|etwas) anzutun|sich (?:\w+ )?das leben zu nehmen))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:schlie?e?sst|sperrt|sperrte|schloss|sperren|sperrten|schliessen|schlossen) "
        r"(?:er |sie |der |die |mein \w+ )?"
        r"mich (?:\w+ ){0,4}?(?:ein|weg)|(?:hat|hatte|haben) (?:er |sie |der |die )?mich "
        r"(?:\w+ ){0,4}?(?:eingesperrt|eingeschlossen|weggesperrt)|(?:lae?sst|lae?sst er|lae?sst "
        r"sie|liess) mich (?:\w+ )?(?:nicht|nie) (?:mehr )?(?:raus|aus dem haus|aus der wohnung|"
        r"aus der tur|aus dem zimmer|vor die tur|alleine raus|zu meinen freunden|zu meiner "
        r"familie|meine freunde sehen|meine familie sehen))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:verfolgt|stalkt|stalkte|beobachtet|beschattet|bespitzelt) mich "
        r"(?:\w+ ){0,2}?(?:uberall|ueberall|seit|jeden|nach hause|bis nach|auf schritt|heimlich|"
        r"standig|staendig|immer)|(?:werde|wue?rde?|bin) (?:\w+ )?(?:gestalkt|verfolgt|beschattet)|"
        r"lauert mir (?:\w+ )?auf|steht (?:\w+ ){0,3}?vor "
        r"meiner (?:tur|tuer|wohnung|haustur|haustuer|arbeit|schule|uni)|taucht (?:\w+ ){0,3}?"
        r"(?:bei mir|vor meiner|an meiner arbeit|vor meinem haus)|(?:ortet|trackt|uberwacht|"
        r"ueberwacht) (?:mein|meine|meinen|meinem) (?:handy|standort|auto|nachrichten)|(?:tracker|airtag|"
        r"peilsender) (?:\w+ ){0,3}(?:an|in) meinem (?:auto|rucksack|fahrrad|tasche))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:hab|habe|hatte) (?:(?!keine?n?\b)\w+ )?(?:so |total |echt |richtig |voll |"
        r"solche |"
        r"riesige )?(?:angst|panik|schiss) (?:\w+ )?(?:vor (?:ihm|ihr|meinem (?:mann|freund|"
        r"vater|stiefvater|ex|partner)|meiner (?:frau|freundin|mutter|partnerin))(?=\s*(?:$|"
        r"[.,!?;]|und|wenn|weil|seit))|(?:nach hause|heim) ?zu ?gehen|heimzugehen|heimzukommen|"
        r"nach hause zu kommen|dass er\smich\s(?:\w+ ){0,2}?(?:schlae?gt|umbringt|findet|wieder|"
        r"wue?rgt|vergewaltigt|verletzt|toe?tet)|dass sie mich (?:\w+ ){0,2}?(?:schlae?gt|"
        r"umbringt|findet|toe?tet))|fuhl\w* mich (?:\w+ )?(?:bei ihm|bei ihr|zu ?hause|daheim|in "
        r"meiner wohnung) (?:\w+ )?nicht (?:mehr )?sicher|(?:versteck|verstecke) mich (?:\w+ )?"
        r"(?:vor ihm|vor ihr|im bad|im klo|im schrank|bei)|trau\w* mich nicht (?:mehr )?(?:nach "
        r"hause|heim))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:er|sie|mein \w+|meine \w+) (?:ist|war|wird|"
        r"wue?rde?) (?:\w+ )?(?:gewalttae?tig|"
        r"handgreiflich)|(?:mein|meine|meinem|meinen) (?:gewalttae?tige\w*|prugelnde\w*) \w+|"
        r"hae?usliche gewalt|(?:gewalt|missbrauch) (?:in|zu) (?:meiner|unserer) (?:beziehung|ehe|"
        r"familie|hause))\b",
        about_others=True,
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:\w+ ){{0,2}}?(?:schlae?gt|verprue?gelt|wue?rgt|tritt|"
        r"vergewaltigt|missbraucht|misshandelt) (?:sie|ihn|uns|meine \w+|meinen \w+|mein \w+)|"
        r"(?:wird|wue?rde?) (?:\w+ ){0,3}?von\s(?:ihrem|seinem|ihm|ihr|ihrer|seiner|unserem|"
        r"meinem) "
        r"(?:\w+ )?(?:geschlagen|verprue?gelt|vergewaltigt|missbraucht|misshandelt|gewue?rgt|"
        r"bedroht|eingesperrt))\b(?! (?:im|beim|in|bei)\b)",
        about_others=True,
        unless=_GAME,
    ),
    rule(
        D,
        r"\b(?P<core>(?:wirft|warf|schmeisst|schmiss|geworfen|geschmissen) (?:\w+ ){0,2}?"
        r"(?:sachen|dinge|teller|glae?ser|glas|flaschen?|zeug|gegenstae?nde|stue?hle|messer) "
        r"(?:\w+ )?(?:nach\smir|auf\smich|gegen\smich)|(?:verbietet|verbot|verboten) (?:er |sie )?"
        r"mir (?:\w+ ){0,3}?(?:meine freunde|meine familie|rauszugehen|das haus|die wohnung|"
        r"alleine|arbeiten zu gehen|mein handy|mein geld|kontakt)|(?:kontrolliert|checkt|"
        r"durchsucht) (?:\w+ )?(?:mein handy|meine nachrichten|mein konto|wo ich bin|jeden "
        r"schritt))\b",
    ),
    rule(
        D,
        r"\b(?:gesagt|sagt|sagte|meinte|meint|schreibt|schrieb|geschrieben|geschworen|schwort|"
        r"schwoert|droht|gedroht)(?:,| dass)? (?:er|sie) (?:\w+ )?(?:bringt|bringe|wird|wue?rde?|"
        r"wue?rde?|werde|kann|konnte) mich (?:\w+ )?(?P<core>umbringen|um|toe?ten|abstechen|"
        r"kaltmachen|fertigmachen|abknallen|erschiessen)\b",
        unless=r"\b(?:zu spae?t|zeugnis|note|noten|delle|kratzer|rechnung|verschlafen|vergessen|"
        r"spoiler\w*|haha\w*|lol|xd|witz|spass)\b|😂|🤣",
    ),
    rule(
        D,
        r"\b(?:wue?rde?|werde|wurden|bin|hat|haben|"
        r"hatte) (?:\w+ ){0,3}?(?:mich )?(?P<core>betae?ubt|"
        r"unter drogen gesetzt|abgefullt und|ausgenutzt als ich (?:\w+ )?(?:betrunken|schlief|"
        r"bewusstlos))\b",
        unless=r"\b(?:zahnarzt|arzt|op|operation|narkose|krankenhaus|tierarzt|klinik)\b",
    ),
    rule(
        D,
        r"\b(?:hat|hatte|er|sie) (?:\w+ ){0,2}?(?:einfach )?(?P<core>weitergemacht|nicht "
        r"aufgehoe?rt|nicht aufgehort)\b",
        needs=r"\b(?:nein|stopp?|nicht wollte|wollte (?:das|es) nicht|hor auf|aufhoren|weinte|"
        r"geweint|schmerzen|weh getan)\b",
        unless=_GAME + r"|\b(?:reden|quatschen|musik|laut|nerven|streit)\b",
    ),
    rule(
        D,
        # "K.o.-Tropfen": the full stops split the sentence, so the drops are read alone.
        r"\b(?P<core>tropfen)\b",
        needs=r"\b(?:gegeben|reingetan|getan|gemischt|reingemischt|ins glas|ins getrae?nk|in "
        r"(?:mein|meinen) (?:getrae?nk|drink|glas|bier|cocktail))\b",
        unless=r"\b(?:augen|nasen|hals|ohren|baldrian|homoopath\w*|arzt|aerztin|arztin|"
        r"apotheke\w*|husten\w*|globuli|regen\w*|wasser|schweiss|kind|baby|hund|katze|"
        r"tierarzt|medizin|rescue|bachblueten|bachbluten)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:nacktbilder\w*|nacktfotos?|nacktvideos?|nudes|intime\w* (?:bilder|fotos|"
        r"videos|aufnahmen)|sexvideos?|sextapes?))\b",
        needs=r"\b(?:droh\w*|erpress\w*|verschick\w*|rumschick\w*|rumzuschicken|verbreit\w*|"
        r"veroe?ffentlich\w*|post\w*|hochlad\w*|hochzuladen|leak\w*|online|ins netz|allen "
        r"zeig\w*|weiterleit\w*|weitergeschickt|rumgeschickt)\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:das|es) bleibt (?:\w+ )?unter uns|darf (?:\w+ ){0,2}?(?:mama|papa|mami|"
        r"papi|niemandem|keinem|meiner mutter|meinem vater|der lehrerin|dem lehrer) (?:\w+ )?"
        r"(?:nichts|was|davon|etwas) (?:\w+ )?(?:sagen|erzae?hlen|verraten)|(?:beim|wen+\sich)\s"
        r"(?:duschen|umziehen|baden|dusche|bade) (?:\w+ ){0,3}?(?:zuschaut|zuguckt|zusieht|"
        r"filmt|fotografiert|reinkommt)|(?:guckt|schaut|sieht|starrt|"
        r"glotzt) (?:\w+ ){0,3}?zu,? (?:\w+ )?(?:wen+|wae?hrend)\s"
        r"ich\s(?:\w+ )?(?:dusche|bade|mich umziehe|schlafe)|(?:kommt|"
        r"kam) (?:\w+ ){0,3}?(?:ins bad|ins badezimmer) "
        r"wenn ich (?:dusche|bade))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?:fasst|fasste|grabscht|grapscht|tatscht|betatscht|befummelt|grapschte) (?:er |sie )?"
        r"mich (?:\w+ ){0,3}?(?P<core>an)\b",
        unless=r"\b(?:an der schulter|am arm|an der hand|am ru?e?cken|zur begruessung|"
        r"zur begrussung)\b",
    ),
    rule(
        D,
        r"\b(?:schaut|guckt|sieht|glotzt|starrt|schaute|guckte|sah) (?:mir|mich) (?:\w+ )?(?:beim|"
        r"wae?hrend) (?:\w+ )?(?:duschen|baden|umziehen|schlafen|anziehen|pinkeln) (?:\w+ )?"
        r"(?P<core>zu)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:fotos|bilder|videos|aufnahmen) (?:\w+ )?von mir)\b",
        needs=r"\b(?:droh\w*|erpress\w*)\b(?:,? \w+){0,6}?,? (?:zu posten|zu verschicken|"
        r"rumzuschicken|zu veroe?ffentlichen|zu zeigen|online|ins netz|hochzuladen|zu "
        r"verbreiten|weiterzuschicken)\b",
        about_others=True,
    ),
    # sexual violence and coercion
    rule(
        D,
        r"\b(?P<core>vergewaltig\w*|sexuell (?:\w+ )?(?:belae?stigt|missbraucht|genoe?tigt|"
        r"angegriffen|bedrae?ngt)|sexuelle\w* (?:missbrauch|ubergriff\w*|uebergriff\w*|gewalt|"
        r"noe?tigung)|missbraucht (?:mich|worden)|(?:wue?rde?|werde|bin) (?:\w+ )?missbraucht|"
        r"(?:ko|k\.o\.?|k\.o)[ -]?tropfen|vergewaltigungsdroge)\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:zwingt|zwang|gezwungen|draengt|drae?ngt|noe?tigt|ueberredet) (?:er |sie "
        r")?(?:mich )?(?:\w+ ){0,3}?(?:zum sex|zu sex|zum geschlechtsverkehr|mit ihm zu schlafen|"
        r"mit ihr zu schlafen|mit ihm ins bett|zu sexuellen|sex zu haben|sachen zu machen|dinge "
        r"zu tun|mich auszuziehen|ihn anzufassen|es zu tun|(?:ihm |ihr )?(?:bilder|fotos|"
        r"nacktbilder|nacktfotos|nudes|videos) (?:von mir )?zu (?:schicken|senden|machen))|(?:sex|"
        r"angefasst|weitergemacht|"
        r"ausgezogen|geschlafen|angefasst|beruhrt|beruehrt|gekusst) (?:\w+ ){0,4}?(?:obwohl|"
        r"auch wenn|trotzdem|als) ich (?:\w+ ){0,2}?(?:(?:nein|stopp?|halt|aufhoe?ren|hor auf) "
        r"(?:gesagt|sage|sagte|gesagt habe|gerufen|geschrien)|gewehrt|weggedrue?ckt|"
        r"weggestossen|wehrte|geweint|weinte|nicht wollte)|"
        r"gegen meinen willen|ohne mein (?:einverstae?ndnis|okay|ok|ja)|(?:fasst|fasste|beruhrt|"
        r"beruehrt|begrapscht|betatscht) mich (?:\w+ ){0,3}?(?:an )?(?:obwohl|ohne|wenn ich "
        r"schlafe|im schlaf|nachts|unter|zwischen|an (?:meinen|meiner|meine) (?:brust|brusten|"
        r"po|hintern|intim\w*|beinen)|wo ich (?:\w+ )?nicht will))",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:was|etwas|irgendwas|drogen|tropfen|pulver|zeug|ne pille|eine pille|"
        r"was rein)\s(?:\w+ ){0,2}?(?:in|ins|in mein|in meinen|in mein)\s(?:\w+ )?(?:getrae?nk|"
        r"glas|drink|bier|cocktail|wein|sekt|cola|becher)|(?:getrae?nk|drink|glas) (?:\w+ ){0,3}?"
        r"(?:was|etwas|drogen|tropfen)\s(?:\w+ )?(?:reingetan|reingemischt|gemischt|gekippt|"
        r"getan))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:nacktbilder|nacktfotos|nacktvideos|nudes|nackt(?:bilder|fotos) von mir|"
        r"intime\w* (?:bilder|fotos|videos|aufnahmen)|sexvideo\w*|sextape\w*|bilder von mir "
        r"nackt|fotos von mir nackt) (?:\w+ ){0,4}?(?:verschick\w*|zu verschicken|rumschick\w*|"
        r"rumzuschicken|verbreit\w*|zu verbreiten|veroe?ffentlich\w*|zu veroe?ffentlichen|"
        r"post\w*|zu posten|hochlad\w*|hochzuladen|leak\w*|zu leaken|zeig\w*|zu zeigen|"
        r"schick\w*|zu schicken|online ?zu ?stellen|online stellen|ins netz)|droh\w* "
        r"(?:\w+ ){0,4}?(?:nacktbilder|nacktfotos|nudes|intime\w* (?:bilder|fotos|videos)|"
        r"sexvideo\w*))\b",
    ),
    rule(
        D,
        r"\b(?:packt|packte|gepackt|greift|griff|gegriffen|drue?ckt|drue?ckte|wue?rgt|wue?rgte|"
        r"zieht|zog) (?:er |sie )?mich (?:\w+ ){0,2}?(?P<core>(?:am|an den|beim|bei den|an der) "
        r"(?:hals|kehle|haaren|nacken|gurgel|hae?nden|gelenken|handgelenken))\b",
        unless=_GAME + _SMALL_CHILD,
    ),
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,2}}?(?P<core>droht|drohte|bedroht|bedrohte) (?:mir|mich)"
        r"(?=\s*(?:$|[.,!?;]|und\b|seit\b|immer\b|stae?ndig\b|dauernd\b|wieder\b|schon\b|"
        r"jeden\b|per\b|mit (?:dem|einem|nem) (?:messer|tod|umbringen|waffe)))",
        unless=_GAME + r"|\b(?:kundigung|kuendigung|abmahnung|anwalt|polizei|strafe|note)\b",
    ),
    rule(
        D,
        r"\b(?:sex|angefasst|beruhrt|beruehrt|ausgezogen|geschlafen|befriedigt|gefilmt|"
        r"fotografiert) (?:\w+ ){0,5}?(?:als|wae?hrend|obwohl|wen+)\sich\s(?:\w+ ){0,2}?(?P<core>"
        r"geschlafen|schlief|schlafe|betrunken|bewusstlos|weggetreten|ohnmae?chtig|nicht bei mir|"
        r"zu betrunken|high|wehrlos)\b",
    ),
    rule(
        D,
        r"\b(?:hat|hatte|haben) (?:er |sie )?mir (?:\w+ ){0,2}?(?P<core>(?:blaue flecken|"
        r"hae?matome|striemen|wue?rgemale|eine platzwunde|prellungen) (?:\w+ )?(?:gemacht|"
        r"verpasst|zugefue?gt|gehauen|geschlagen))\b",
        unless=_GAME + _SMALL_CHILD,
    ),
    rule(
        D,
        r"\b(?:wird|wue?rde?|werde|wurden|werden) (?:\w+ ){0,3}?von\s(?P<core>(?:papa|mama|"
        r"vater|mutter|stiefvater|stiefmutter|onkel|opa|ihm|ihr|ihrem|seinem|ihrer|seiner|"
        r"meinem|meiner|unserem|unserer) (?:\w+ )?(?:geschlagen|verprue?gelt|vergewaltigt|"
        r"missbraucht|misshandelt|gewue?rgt|bedroht|eingesperrt|getreten|angefasst))\b",
        about_others=True,
        unless=_GAME + r"|\b(?:bayern|dortmund|bvb|team|mannschaft|gegner|verein|fc|club|"
        r"schalke|tabelle|liga)\b",
    ),
    rule(
        D,
        # A child's account: an adult in the room at night, secrets.
        r"\b(?P<core>(?:kommt|kam|schleicht|legt sich|legte sich|steigt|stieg) (?:\w+ ){0,3}?zu "
        r"mir (?:ins|in mein|unter die) (?:bett|zimmer|decke)|(?:kommt|kam|schleicht|geht) "
        r"(?:\w+ ){0,3}?(?:nachts|abends|immer|wenn "
        r"(?:alle|mama|papa) schlafen) (?:\w+ ){0,2}?in mein (?:zimmer|bett)|(?:kommt|kam|legt "
        r"sich|legte sich) (?:\w+ ){0,2}?(?:zu mir )?in mein bett|darf (?:es|das) (?:\w+ )?"
        r"(?:keinem|niemandem|niemanden|keinen|keiner|nicht mama|nicht papa|nicht meiner mama) "
        r"(?:\w+ )?(?:sagen|erzae?hlen|verraten)|soll (?:es|das) (?:\w+ )?(?:keinem|niemandem|"
        r"niemanden|keinen) (?:\w+ )?(?:sagen|erzae?hlen|verraten)|(?:das|es) (?:ist|sei|bleibt) "
        r"unser (?:kleines )?geheimnis)\b",
        negatable=False,
    ),
    # ---- DANGER, round 2: wordings of the same situations
    rule(
        D,
        # "wenn ich gehe, bringt er sich um": a suicide threat that holds the writer.
        r"\b(?P<core>wen+\sich\s(?:\w+ ){0,3}?(?:gehe|geh|verlasse|verlass|schluss mache|"
        r"mich trenne|trenne|ausziehe|abhaue|weggehe)[ ,]+(?:\w+ ){0,2}?(?:bringt|bringe|toe?tet|"
        r"tut|tue|erhae?ngt|erschiesst) (?:er|sie) sich)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:messer|waffe|pistole|knarre|schere|axt|baseballschlae?ger))\b",
        needs=r"\b(?:vorbei mit (?:mir|dir)|bist du tot|bist du dran|bring\w* (?:ich )?dich um|"
        r"stech\w* (?:ich )?dich|abzustechen|an (?:meinen|meine|den|die) (?:hals|kehle|kopf)|"
        r"auf mich|gegen mich|gedroht|bedroht|droht|drohte|nae?chste mal (?:\w+ )?(?:tot|dran|"
        r"vorbei))\b",
        unless=_GAME + r"|\b(?:film\w*|serie|buch|krimi|kuche|kochen|brot)\b",
    ),
    rule(
        D,
        r"\b(?:trau\w*|traue) (?:ich )?mich (?:\w+ )?(?P<core>nicht (?:mehr )?(?:rein|hoch|"
        r"zuruck|zurueck|in die wohnung|ins haus|nach oben|heim|nach hause))\b",
        needs=r"\b(?:er|ihm|mann|freund|partner|vater|stiefvater|ex|wartet|tobt|betrunken)\b",
        unless=r"\b(?:wasser|see|meer|pool|kalt|kalte)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:war|lag) (?:er|sie|jemand|der typ|der kerl) (?:\w+ )?(?:auf|uber|ueber|in) "
        r"mir|(?:er|sie|jemand|der typ|der kerl) (?:war|lag) (?:\w+ )?(?:auf|in) mir)\b",
        needs=r"\b(?:aufgewacht|aufwachte|schlief|geschlafen|schlafe|betrunken|nein|nicht wollte|"
        r"bewusstlos|weggetreten|wehren|weinte|geweint)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>nimmt sich (?:\w+ )?(?:was|das was|einfach was) (?:er|sie) will|"
        r"(?:obwohl|auch wenn|wenn) ich (?:\w+ ){0,2}?(?:nicht will|nicht wollte|nein sage|nein "
        r"gesagt|keine lust hab\w*|nein sag))\b",
        needs=r"\b(?:sex|schlaf\w*|bett|anfass\w*|angefasst|nimmt sich|ausgezogen|ausziehen|"
        r"beruhr\w*|beruehr\w*|intim\w*|hose|nachts|eheliche pflicht)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:zwingt|zwang|drae?ngt) (?:\w+ ){0,3}?(?:mich|mir) (?:\w+ ){0,3}?"
        r"(?:zum|zu|beim) (?:sex|schlafen|blasen|ausziehen)|eheliche pflicht)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:hat|hatte) (?:er |sie )?mir (?:\w+ ){0,3}?(?:handgelenk|arm|finger|hand|"
        r"nase|rippe|kiefer) (?:\w+ )?(?:umgedreht|verdreht|gebrochen|gequetscht|ausgerenkt|"
        r"ausgekugelt|umgebogen))\b",
        unless=_GAME + _SMALL_CHILD + r"|\b(?:arzt|physio\w*|chiropraktiker|osteopath\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:hab|habe|hatte) mich (?:\w+ ){0,3}?(?:eingeschlossen|eingesperrt|"
        r"verbarrikadiert|verschanzt))\b",
        needs=r"\b(?:er|ihm|mann|freund|vater|stiefvater|ex|hae?mmert|tobt|schreit|tritt|"
        r"bru?e?llt|gegen die tu?e?r)\b",
        unless=r"\b(?:ausgesperrt|versehentlich|aus versehen|klausur|lernen|zocken)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:raus|weg|aus dem haus|aus der wohnung|arbeiten)\s(?:\w+\s)?ohne\s(?:seine|"
        r"ihre)\serlaubnis|(?:sperrt|nimmt|"
        r"kontrolliert) mir (?:das|mein|meinen) (?:geld|konto|handy|pass|ausweis|schlue?ssel|"
        r"auto))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>droh\w* (?:\w+ ){0,4}?(?:online ?zu ?stellen|online zu posten|zu posten|"
        r"hochzuladen|zu verschicken|rumzuschicken|ins netz|zu veroe?ffentlichen|allen zu "
        r"zeigen|weiterzuschicken|zu verbreiten|zu schicken|zu senden|zu zeigen))\b",
        needs=r"\b(?:video\w*|fotos?|bilder|nackt\w*|nudes|aufnahmen|sex\w*)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>trotzdem (?:\w+ ){0,3}?(?:sex|mit mir geschlafen|weitergemacht|"
        r"angefasst|in mich)|(?:macht|machte) (?:es )?(?:einfach )?trotzdem|(?:sex|"
        r"geschlafen) (?:\w+ ){0,3}?trotzdem)\b",
        needs=r"\b(?:betrunken|nein|nicht wollte|nicht will|geschlafen|geweint|weggetreten|"
        r"jede nacht|sex|schlafen)\b",
        unless=_GAME + r"|\b(?:hausaufgaben|sport|training|diat|diaet)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:die )?treppe (?:\w+ )?(?:runtergesto\w*|runtergeschubst|hinuntergesto\w*|"
        r"heruntergesto\w*|runtergeworfen|hinuntergeschubst))\b",
        unless=_GAME + _SMALL_CHILD,
    ),
    rule(
        D,
        r"\b(?P<core>aufgewacht (?:\w+ ){0,4}?(?:ohne klamotten|nackt|ohne kleidung|ohne hose|"
        r"ausgezogen)|weiss (?:\w+ )?nicht (?:mehr )?,? ?was (?:\w+ )?(?:passiert|geschehen) ist)\b",
        needs=r"\b(?:glas|getrunken|drink|aufgewacht|nackt|party|klamotten|ihm|neben)\b",
        unless=r"\b(?:prue?fung|klausur|film|serie|arbeit|buro|buero|schule)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>wen+\sich (?:\w+ )?(?:was|etwas|es|das|jemandem) (?:\w+ )?(?:erzae?hle|sage|"
        r"verrate|petze)[ ,]+(?:\w+ ){0,4}?(?:gefae?ngnis|heim|kinderheim|passiert was|"
        r"schlimm|tot|umgebracht|weggenommen|kommst du|kommt mama|kommt papa))\b",
        unless=r"\b(?:geburtstag|uberraschung|ueberraschung|post|paket|lieferung|pizza|geklaut|"
        r"gestohlen|lol|haha\w*)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>weiss,? wo ich (?:wohne|schlafe|arbeite|bin))\b",
        needs=r"\b(?:droh\w*|schreibt|jeden tag|angst|ex|stalk\w*|findet mich|lauert|beobachtet|"
        r"warnt|zerkratzt|kaputt|pass auf)\b",
        unless=r"\b(?:kino|abholen|holt mich|besuch\w*|paket|post|pizza|lieferung)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>darf\s(?:\w+ ){0,2}?(?:keinem|niemandem|niemanden|keinen|keiner) (?:\w+ ){0,3}?"
        r"(?:sagen|erzae?hlen|verraten))\b",
        needs=r"\b(?:onkel|stiefvater|stiefpapa|papa|vater|opa|nachbar|trainer|lehrer|betreuer|"
        r"cousin|bruder|er|lieblings\w*|spiele?n?|geheimnis|zimmer|bett|anfass\w*)\b",
        unless=r"\b(?:ue?berraschung\w*|geburtstag|party|geschenk\w*|spoiler\w*|schwanger\w*|"
        r"verlobung|hochzeit|antrag|note|zeugnis)\b",
        negatable=False,
    ),
    # ---- DANGER, round 3: coercion, stealthing, children, stalking
    rule(
        D,
        # Sex under a threat: "wenn ich nicht mit ihm schlafe, setzt es was".
        r"\b(?P<core>wen+\sich\s(?:\w+ ){0,2}?(?:nicht (?:\w+ ){0,2}?mit (?:ihm|ihr) (?:schlafe|"
        r"schlaf|ins bett gehe|ins bett geh|sex habe|sex hab|schlafen will|schlafen mag)|(?:keinen|"
        r"kein|nicht) (?:\w+ )?sex (?:mit (?:ihm|ihr) )?(?:haben )?(?:habe|hab|will|mag|mache|"
        r"mach)))\b",
        needs=r"\b(?:setzt es|schlae?gt|haut|droht|drohte|bestraft|zwingt|verlae?sst|wird (?:er|sie) "
        r"(?:\w+ )?(?:sauer|wue?tend|aggressiv|gewalttae?tig)|macht (?:er|sie) schluss|also mach|"
        r"gewalt|nimmt (?:er|sie) sich|tut (?:er|sie) mir weh|muss ich)\b",
        negatable=False,
    ),
    rule(
        D,
        # A beating announced: "wenn ich schlechte Noten heimbringe, setzt es was".
        r"\b(?P<core>setzt es (?:was|schlae?ge|prue?gel|hiebe)|gibt(?:s| es) (?:\w+ )?(?:schlae?ge|"
        r"prue?gel|haue|hiebe|den gue?rtel))\b",
        unless=_GAME + r"|\b(?:fussball|derby|fans?|liga|gegner|mannschaft|team|hooligan\w*|"
        r"film|serie|buch|krimi)\b",
    ),
    rule(
        D,
        r"\b(?P<core>stealthing|kondom (?:\w+ ){0,4}?(?:heimlich|einfach|unbemerkt|ohne (?:\w+ ){0,3}?"
        r"(?:fragen|wissen|sagen|zu sagen)) (?:\w+ )?(?:abgemacht|abgezogen|runtergenommen|"
        r"runtergemacht|entfernt|weggelassen|abgenommen|kaputt ?gemacht|durchgestochen)|(?:heimlich|"
        r"unbemerkt) (?:\w+ ){0,2}?(?:das |sein |ihr )?kondom (?:\w+ )?(?:abgemacht|abgezogen|"
        r"runtergenommen|abgenommen|weggelassen|entfernt|kaputt ?gemacht|durchgestochen)|kondom "
        r"(?:\w+ )?(?:abgemacht|abgezogen|runtergenommen|abgenommen|entfernt|kaputt ?gemacht|"
        r"durchgestochen) (?:\w+ ){0,2}?(?:ohne (?:\w+ ){0,3}?(?:fragen|sagen|wissen)|heimlich|"
        r"obwohl))\b",
        negatable=False,
    ),
    rule(
        D,
        # Held down: "wenn ich mich wehre, hält er mich fest".
        r"\b(?P<core>(?:hae?lt|haelt|hielt|drue?ckt|drueckt|drue?ckte|pinnt) (?:er |sie )?mich "
        r"(?:\w+ )?(?:fest|runter|nieder|aufs bett|auf das bett|an den armen|an den handgelenken))\b",
        needs=r"\b(?:wehre|gewehrt|wehren|nein|nicht will|nicht wollte|schreie|gegen meinen willen|"
        r"zwingt|loslassen|los ?lassen|sex)\b",
        unless=_GAME + r"|\b(?:umarm\w*|kuschel\w*|trost\w*|tanz\w*|spritze|impfung|arzt|"
        r"zahnarzt|blutabnahme)\b",
        negatable=False,
    ),
    rule(
        D,
        # Sex owed in a marriage: "dass ich ihm jeden Abend zur Verfügung stehe".
        r"\b(?P<core>(?:ihm|ihr) (?:\w+ ){0,3}?zur verfue?gung (?:stehe|stehen|zu stehen|steh|sein "
        r"muss))\b",
        needs=r"\b(?:verheiratet|ehe|ehemann|mein mann|mein freund|bett|sex|nachts|jede nacht|"
        r"eheliche)\b",
        negatable=False,
    ),
    rule(
        D,
        # A child with bruises and a disclosure or fear beside them.
        r"\b(?P<core>(?:nichte|neffe|kind|kinder|kleine|kleiner|sohn|tochter|enkel\w*|schue?ler\w*|"
        r"nachbarskind\w*|pflegekind\w*) (?:\w+ ){0,8}?(?:blaue flecken|hae?matome|striemen|"
        r"brandwunden|brandmale|wue?rgemale))\b",
        needs=r"\b(?:angst|boe?se|schlae?gt|haut|geschlagen|sagt|erzae?hlt|will nicht (?:nach hause|"
        r"heim|zuruck|zurueck)|versteckt|stiefvater|freund von|vater|papa|mutter|mama)\b",
        unless=r"\b(?:gefallen|hingefallen|sturz|gestue?rzt|fahrrad|spielplatz|fussball|sport|"
        r"training|impf\w*|blutverdue?nner|toben|rumtoben|trampolin|geklettert|klettern|"
        r"leukae?mie|blutbild|arzt|kinderarzt)\b",
    ),
    rule(
        D,
        # Neglect: a child left hungry or alone for days.
        r"\b(?P<core>(?:weint|weinen|schreit|schreien|wimmert) (?:\w+ ){0,4}?vor hunger|(?:nichts|"
        r"kaum was|kaum etwas|nie was|nie etwas) (?:\w+ )?zu essen (?:bekommt|bekommen|kriegt|"
        r"kriegen|bekam|gibt)|(?:tagelang|nae?chtelang|wochenlang|tage lang) (?:\w+ )?(?:allein\w*|"
        r"weg|nicht da|unterwegs|nicht zuhause|nicht zu hause))\b",
        needs=r"\b(?:kind|kinder|baby|kleine|kleiner|kleinen|nachbarskind\w*|sohn|tochter|"
        r"geschwister|nichte|neffe|bruder|schwester)\b",
        unless=r"\b(?:urlaub|sturmfrei|hund|katze|tier\w*|diae?t|fasten|film|serie|buch|roman)\b",
        about_others=True,
    ),
    rule(
        D,
        # Grooming: an adult online asking a child for pictures.
        r"\b(?P<core>(?:will|wollte|moe?chte|verlangt|fragt|bittet|sagt) (?:\w+ ){0,3}?(?:dass ich|"
        r"ob ich|mich|ich soll) (?:\w+ ){0,3}?(?:bilder|fotos|videos|pics|nudes|selfies) (?:\w+ ){0,2}?"
        r"(?:schicke|sende|schicken|senden|zu schicken|zu senden|mache|schick))\b",
        needs=r"\b(?:erwachsen\w*|typ|mann|\d\d (?:jahre|jae?hrig\w*)|discord|snapchat|snap|"
        r"insta\w*|online|internet|chat|nackt|oben ohne|unterwae?sche|unterwaesche|niemandem|"
        r"keinem|eltern|geheimnis)\b",
        unless=r"\b(?:bewerbung|agentur|casting|oma|opa|urlaub|hochzeit|geburtstag)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>darf (?:es|das|davon|nichts) (?:\w+ ){0,2}?(?:meinen eltern|meiner mama|"
        r"meiner mutter|meinem papa|meinem vater|mama|papa|eltern|niemandem|keinem|lehrer\w*) "
        r"(?:\w+ )?(?:nicht |nichts )?(?:sagen|erzae?hlen|verraten))\b",
        needs=r"\b(?:sagt|sagte|meint|meinte|gesagt|verlangt|droht|geheimnis)\b",
        unless=r"\b(?:ue?berraschung\w*|geburtstag|party|geschenk\w*|spoiler\w*|schwanger\w*|"
        r"verlobung|hochzeit|antrag|note|noten|zeugnis|klausur|prue?fung)\b",
        negatable=False,
    ),
    rule(
        D,
        # Stalking: waiting outside again, texts from ever new numbers.
        r"\b(?P<core>(?:er|sie|ex|exfreund|exfreundin|typ|kerl) (?:\w+ ){0,2}?(?:steht|stand|"
        r"wartet|wartete|lauert|lauerte|parkt|parkte|taucht|tauchte) (?:\w+ ){0,3}?(?:vorm haus|"
        r"vor dem haus|vor meinem haus|vor der (?:tur|tuer|haustur|haustuer|wohnung)|vor meiner "
        r"(?:tur|tuer|wohnung|haustur|haustuer|arbeit|schule|uni))|(?:von|mit|uber|ueber) "
        r"(?:\w+ )?(?:verschiedenen|neuen|anderen|unterdrue?ckten|unbekannten|immer neuen|fake) "
        r"(?:nummern|accounts|profilen))\b",
        needs=r"\b(?:ex|exfreund\w*|exfreundin|stalk\w*|verfolg\w*|nummern|angst|obwohl|"
        r"kontaktverbot|annae?herungsverbot|polizei|jeden (?:tag|abend)|blockiert)\b",
        unless=r"\b(?:paket|post|lieferung|pizza|abholen|holt mich|spam|werbung)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:einen|nen|n|mein|meinen) stalker)\b",
        about_others=True,
    ),
    rule(
        D,
        # "hat mich zum Sex gezwungen"; "hat mich angefasst" said alone; "schlägt mama und mich"
        r"\b(?P<core>(?:mich|uns) (?:\w+ ){0,3}?(?:zum sex|zu sex|zum geschlechtsverkehr|zu "
        r"sexuellen \w+|zum oralsex|zum blasen) (?:\w+ )?(?:gezwungen|genoe?tigt|gedrae?ngt|"
        r"gedraengt|uberredet|ueberredet|erpresst|zwingen|zwingt)|mich (?:\w+ )?zu (?:sachen|"
        r"dingen) (?:gezwungen|genoe?tigt|gedrae?ngt|gedraengt),? (?:die|was) ich (?:\w+ )?nicht "
        r"(?:wollte|will)|(?:hat|hatte) (?:\w+ )?mich "
        r"(?:(?:schon|wieder|immer|einfach|heimlich|nachts|oft|da) )?(?:angefasst|unsittlich "
        r"beruhrt|unsittlich beruehrt|angegrapscht|angegrabscht)(?=\s*(?:$|[.,!?;]|(?:und|obwohl|"
        r"als|wo|da|zwischen|unten|unter|am po|an der brust)\b)))",
        unless=_GAME,
        negatable=False,
    ),
    rule(
        D,
        rf"\b(?P<core>{_VIOLENT_STRONG}) (?!(?:vor|zu|ab|um|aus|nach|auf|durch|nieder)\b)"
        r"(?:\w+ ){1,3}?(?:und|auch|sogar) mich\b(?=\s*(?:$|[.,!?;]|(?:und|wenn|weil|auch|immer|"
        r"jeden|oft|dauernd|stae?ndig)\b))",
        unless=_GAME + _SMALL_CHILD,
    ),
    # ---- SUICIDE
    rule(
        S,
        r"\b(?:ich bringe?|bringe? ich|ich bring|bring ich|i bring|bring i) (?:mich|"
        r"mi) (?:\w+ ){0,3}?(?P<core>um)\b"
        r"(?! (?:den|die|das|meinen|meine|mein|jede\w*|\d|halb|viertel|punkt|kurz)\b)",
        unless=r"\b(?:(?:nein|nee|war nur|nur|kleiner) spass|spass beiseite|scherz)\b",
    ),
    rule(
        S,
        rf"\b(?:ich|i) {_GAP}{{0,3}}?{_MODAL} {_GAP}{{0,4}}?mi(?:ch)?\s(?:\w+ ){{0,3}}?"
        rf"(?P<core>{_KILL_SELF})\b",
        unless=r"\b(?:ko?e?nnte?|ko?e?nnt) (?:\w+ ){0,3}?mich (?:\w+ ){0,2}?(?:selbst )?umbringen\b"
        r"(?! weil| ehrlich| echt)",
    ),
    rule(
        S,
        rf"\b{_MODAL}\s(?:ich|"
        rf"i)\s{_GAP}{{0,4}}?mi(?:ch)?\s(?:\w+ ){{0,3}}?(?P<core>{_KILL_SELF})\b",
    ),
    rule(
        S,
        rf"(?:^|[.!?,;:] ?|\b(?:und|aber|dann|ehrlich|einfach|echt|manchmal|heute|jetzt|bald|"
        rf"morgen|sonst) ){_MODAL}\s{_GAP}{{0,4}}?mi(?:ch)?\s(?:\w+ ){{0,3}}?(?P<core>{_KILL_SELF})\b",
    ),
    rule(
        S,
        r"\b(?:gedanken?|gedanke|drang|lust|bock|plan|plane|versucht|versuch|versuche|idee|"
        r"uberlege|ueberlege|uberlegt|ueberlegt|angefangen|davor|dran|daran|kurz|mal|wieder|"
        r"angst|schon|fast|beinahe|bereit|entschlossen|vor|dachte|denke|mut|ob ich|traue?),? "
        r"(?:\w+ ){0,3}?mich (?:\w+ ){0,2}?(?P<core>umzubringen|zu toe?ten|zu erhae?ngen|"
        r"aufzuhae?ngen|zu erschiessen|zu vergiften|zu ertrae?nken|totzufahren|umbringen|"
        r"erhae?ngen|aufhae?ngen|vor (?:den|einen|nen|die) (?:zug|bahn|u-?bahn|lkw|auto) zu "
        r"(?:werfen|schmeissen|legen))\b",
        unless=_NO_INTENT,
    ),
    rule(
        S,
        r"\b(?:ich |i )?(?:hab|habe|hatte|hatte mich|hab mich|habe mich) (?:\w+ ){0,3}?mich "
        r"(?:\w+ ){0,2}?(?P<core>(?:fast|beinahe|schon mal|schonmal|mal) (?:umgebracht|"
        r"erhae?ngt|vergiftet))\b",
    ),
    rule(
        S,
        r"\b(?:ich |i )?(?:hae?nge?|hae?ng) (?:ich )?mich (?:\w+ ){0,2}?(?P<core>auf)\b"
        r"(?! (?:an|am|bei|uber|ueber|daran)\b)",
        unless=r"\b(?:wae?sche|jacke|bild|poster|hae?ngematte|tur|haken)\b",
    ),
    rule(
        S,
        r"\bich (?:\w+ )?(?P<core>kill mich|kille mich)\b(?! (?:\w+ )?(?:vor lachen|weg|lachend|"
        r"gleich vor))",
    ),
    rule(
        S,
        r"\bmir (?:\w+ ){0,3}?(?:das|mein) leben (?:zu )?(?P<core>nehmen|nehme|genommen|nimmt)\b",
        unless=_NO_INTENT,
    ),
    rule(
        S,
        r"\b(?:nehme?|nimm) (?:ich )?mir\s(?:\w+ ){0,2}?(?:das|mein)\s(?P<core>leben)\b",
    ),
    rule(
        S,
        # Someone at risk now (a past death, "hat sich umgebracht", is grief).
        r"\bsich\s(?:\w+ ){0,3}?(?P<core>umzubringen|umbringen|das leben (?:zu )?nehmen|"
        r"zu toe?ten|toe?ten|aufzuhae?ngen|aufhae?ngen|zu erhae?ngen|erhae?ngen|(?:was|etwas) "
        r"anzutun|(?:was|etwas) (?:antun|antut|antue)|zu erschiessen|vor (?:den|einen) zug zu werfen)\b",
        about_others=True,
        unless=_NO_INTENT,
    ),
    rule(
        S,
        r"\b(?P<core>(?:bringt|bringen) sich (?:\w+ ){0,3}?um|nimmt sich (?:\w+ )?das leben|"
        r"(?:tut|tun) sich (?:\w+ )?(?:was|etwas) an)\b(?! (?:\w+ )?wenn ich)",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>suizidal\w*|"
        r"suizidgedank\w*|selbstmordgedank\w*|suizidversuch\w*|selbstmordversuch\w*|"
        r"suizidgefae?hrd\w*|selbstmordgefae?hrd\w*|suizidplan\w*|selbstmordplan\w*|"
        r"suizidgedanke|abschiedsbrief\w*|abschiedsnachricht\w*|abschiedsvideo\w*|abschiedspost\w*|"
        r"abschiedskram|abschiedszeug|abschiedstext\w*|abschiedsworte|abschiedszeilen|abschiedsmail\w*|"
        r"todessehnsucht|todeswunsch|sterbewunsch|lebensmue?de gedanken)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:denke|denk|denkt|denkst|dachte|gedacht|denken|nachdenken|nachgedacht|uberlege|"
        r"ueberlege|"
        r"uberlegt|ueberlegt|uberleg|ueberleg|plane|geplant|versucht|recherchiert|gegoogelt|"
        r"googel|google|gedanken|gedanke) (?:\w+ ){0,3}?(?:an |ans |uber |ueber |ubers |"
        r"uebers )?(?P<core>suizid|"
        r"selbstmord|freitod|den freitod|sterben|den tod|meinen tod|meinen eigenen tod)\b"
        r"(?! (?:meines|meiner|von|des|der|vom|seines|ihres) )",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:suizid|selbstmord|freitod|der tod|sterben) (?:\w+ ){0,2}?(?:begehen|"
        r"zu begehen|machen|zu machen|gemacht|begangen|versucht|(?:ist|war|wae?re|ware|scheint|"
        r"bleibt) (?:\w+ ){0,2}?(?:die|meine|eine|mein|der|ein|einzige\w*) (?:\w+ )?(?:losung|"
        r"loesung|ausweg|option|weg raus)|als (?:\w+ )?(?:losung|loesung|ausweg|option))|"
        r"(?:einzige\w*|letzte\w*) (?:ausweg|losung|loesung) (?:\w+ )?(?:ist|wae?re|ware) "
        r"(?:\w+ )?(?:der tod|sterben|suizid|selbstmord|tot zu sein))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>um (?:\w+ )?zu sterben|um mich (?:\w+ )?umzubringen|um mir (?:\w+ )?das "
        r"leben zu nehmen|um (?:nie|nicht) (?:mehr|wieder) aufzuwachen)\b",
        about_others=True,
        unless=r"\b(?:tiere?|elefant\w*|katzen?|zellen?|pflanzen?|bae?ume)\b",
    ),
    rule(
        S,
        r"\b(?:werf\w*|schmeiss\w*|leg\w*|stell\w*)\s(?:ich )?mich\s(?:\w+ ){0,2}?(?P<core>vor "
        r"(?:(?:den|einen|nen|n) (?:zug|lkw|laster|bus|ice|laster)|(?:die|eine|ne) (?:bahn|"
        r"u-?bahn|s-?bahn|strassenbahn|tram)|(?:ein|n|das) auto))\b|\bvor (?:(?:den|einen|nen|n) "
        r"(?:zug|lkw|laster|ice)|(?:die|eine|ne) (?:bahn|u-?bahn|s-?bahn)) (?:springen|zu "
        r"springen|springe|spring|laufen|zu laufen|gehen|werfen|legen)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:fahr|fahre|ras|rase|steuer|steuere|lenk|lenke|brettere|bretter|knall|knalle) "
        r"(?:ich )?(?:\w+ ){0,3}?(?P<core>(?:gegen|in) (?:einen|nen|n|den|die|eine|ne) (?:baum|"
        r"mauer|pfeiler|brue?ckenpfeiler|lkw|laster|gegenverkehr|betonwand|leitplanke|abgrund)|"
        r"in den gegenverkehr)\b",
        unless=r"\b(?:aus versehen|unfall|fast|beinahe|glatteis|projekt|firma|beziehung|"
        r"karriere)\b",
    ),
    rule(
        S,
        r"\b(?P<core>waffe|pistole|knarre|gewehr|revolver|dienstwaffe)\b",
        needs=r"\b(?:an (?:den|meinen) kopf|an (?:die|meine) schlae?fe|in den mund|mich "
        r"(?:\w+ )?(?:zu )?erschiessen|abzudrue?cken|abdrue?cken|mir (?:\w+ )?(?:eine|ne|die) "
        r"kugel)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:hoffentlich|hoffe|wunsch\w*|wuensch\w*|will|wenn ich (?:doch )?nur|bete) "
        r"(?:\w+ ){0,2}?(?:wache?|wach) (?:ich )?(?:\w+ ){0,2}?(?:nie|nicht) (?:mehr|wieder) "
        r"(?P<core>auf)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:besser|leichter|einfacher|glucklicher|gluecklicher|ruhiger|erleichtert|"
        r"erleichterung|befreiung|segen|"
        r"froh|egal|scheissegal) (?:\w+ ){0,4}?wen+\sich\s(?:\w+ )?(?:tot|nicht mehr da|nicht mehr "
        r"hier|nicht mehr am leben|fur immer weg|fuer immer weg|gestorben|nicht mehr existier\w*|"
        r"sterben|sterbe|nie geboren))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:will|moe?chte?|moe?chte?|wue?rde?|wue?rde?|werde|wunsch\w*|wuensch\w*|sehne|sehn|"
        r"bereit|lust|bock|hoffe|hoffentlich|einfach|endlich|nur noch|darf|soll|sollte|muss|"
        r"wollte|lieber|gerne?|ready|verdiene?|verdient) (?:\w+ ){0,3}?(?P<core>sterben|sterbe|"
        r"tot sein|krepieren|verrecken|abkratzen)\b(?! (?:fur|fuer|vor|an|aus|wegen|bevor|im "
        r"alter|alt|glucklich|gluecklich|in (?:deinen|seinen|ihren|meinen) armen|zusammen|"
        r"mit \w+|als \w+|ohne \w+|lassen|sehen|lachen|scham|langeweile|hunger|neugier|hitze))",
        about_others=True,
        unless=r"\b(?:ko?e?nnte?|ko?e?nnt) (?:\w+ ){0,3}?sterben (?:fur|fuer|vor)\b|"
        r"\b(?:fur|fuer) (?:dich|ihn|sie|euch|uns|meine?n? \w+|die \w+|das \w+) (?:\w+ )?sterben\b|"
        r"\b(?:in frieden|friedlich|alt und|im alter|mit \d+|mit hundert|im schlaf|irgendwann|"
        r"eines tages|mal alt)\b|\b(?:so peinlich|wie peinlich|cringe|fremdscham\w*|"
        r"fremdschae?m\w*)\b|\b(?:marathon|halbmarathon|muskelkater|workout|beintag|leg day|"
        r"crossfit|spinning|triathlon|zirkeltraining|fitnessstudio|gym|\w*training)\b|"
        r"\b(?:lieber|eher) (?:\w+ ){0,3}?(?:sterben|sterbe ich|tot) als (?!(?:\w+ ){0,3}?(?:so |"
        r"weiter|leben|"
        r"das hier|noch einen|noch einmal|jeden tag))",
    ),
    rule(
        S,
        r"\b(?P<core>sterben (?:will|moe?chte?|moe?chte?|wollte|werde|mochten))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:ich|i|und|dass) (?:\w+ ){0,2}?(?P<core>sterbe (?:heute|morgen|bald|heute nacht|"
        r"diese woche|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wae?re?|ware|waer|wae?r|bin) (?:\w+ ){0,2}?(?:lieber|besser|gern|gerne|"
        r"am liebsten|einfach|endlich|bald) tot|besser tot|lieber tot(?! als(?! (?:\w+ ){0,3}?"
        r"(?:so |weiter|leben|das hier|noch)))|(?:will|moe?chte?|moe?chte?|"
        r"wollte) (?:(?!(?:nicht|nie|niemals|keinesfalls)\b(?! mehr))\w+ ){0,2}?tot "
        r"sein|tot sein (?:will|moe?chte?|moe?chte?|wollte)|wunsch\w* (?:mir )?,? ?(?:ich|"
        r"dass ich) "
        r"(?:\w+ )?(?:wae?re?|ware|waer|wae?r) (?:\w+ )?(?:tot|nie geboren|nicht (?:mehr )?"
        r"(?:da|hier|am leben))|wae?re? (?:ich )?(?:doch )?(?:bloss )?nie geboren|nie geboren "
        r"(?:worden )?(?:wae?re?|ware))\b",
    ),
    rule(
        S,
        r"\b(?:bin|fuhl\w*|fuehl\w*|so|total|echt|voll|einfach|richtig|werde|furchtbar) "
        r"(?:mich )?(?:\w+ )?(?P<core>lebensmue?de)\b",
    ),
    rule(
        S,
        # Phrases that carry their own negation: "ich will nicht mehr leben".
        r"\b(?P<core>(?:will|wollte|moe?chte?|kann|konnte|darf|werde|mag|mog|mecht|"
        r"mechat) (?:\w+ ){0,2}?"
        r"(?:so )?nicht mehr (?:so |einfach |wirklich |weiter |lange |langer |hier |auf dieser "
        r"welt |auf der welt |auf dieser erde )?(?:leben|weiterleben|existieren|am leben sein|"
        r"da sein|hier sein|atmen|aufwachen))\b(?! (?:mit|bei|in|zusammen|ohne|hier in|wie|"
        r"neben|unter|im|am)\b)",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:schnauze|nase) (?:\w+ )?voll (?:vom|von meinem|von diesem) leben|"
        r"(?:keine|keinen|kein|null)\s(?:lust|bock|kraft|grund|sinn|willen|wille|"
        r"motivation|energie)\s(?:mehr )?(?:zu leben|zum leben|auf (?:das|mein|dieses|dies) leben|auf leben(?! (?:in|im|hier|"
        r"als|auf|mit|bei)\b)|"
        r"am leben|"
        r"weiterzuleben|weiter zu leben|zu existieren|im leben|in meinem leben|mehr zu leben|"
        r"mehr im leben|mehr zum leben)|(?:das|mein)\sleben\s(?:\w+ )?(?:hat|macht)\s(?:\w+ )?"
        r"(?:keinen|null|kein) sinn|(?:das|mein)\sleben\sist\s(?:\w+ )?(?:sinnlos|nicht "
        r"lebenswert|nichts wert|wertlos)|nicht lebenswert|nichts (?:mehr )?(?:wofur|wofuer) "
        r"(?:es sich )?(?:\w+ )?(?:zu leben|leben)|wofur (?:\w+ )?(?:lebe|leb) ich (?:\w+ )?"
        r"(?:noch|uberhaupt|ueberhaupt))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:einschlafen|einzuschlafen|schlafen|hoffe|hoffentlich|will|moe?chte?|moe?chte?|"
        r"wunsch\w*|"
        r"wuensch\w*|wue?rde?|wue?rde?|liebsten|einfach|und) (?:\w+ ){0,3}?(?:nie|nicht) (?:mehr|"
        r"wieder) (?P<core>aufwachen|aufzuwachen|aufwache|aufwach)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>fur immer (?:einschlafen|schlafen)|fuer immer (?:einschlafen|schlafen)|"
        r"ewig schlafen|(?:einschlafen|einzuschlafen) und (?:\w+ )?(?:nie|nicht) (?:mehr|wieder))"
        r"\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:schluss|ende|ein ende|einen schlussstrich) (?:\w+ ){0,2}?(?:mit allem|"
        r"mit dem leben|mit meinem leben|mit allem hier)|mit (?:allem|dem leben|meinem leben) "
        r"(?:\w+ ){0,2}?(?:schluss|ein ende) (?:machen|mache|mach|zu machen|setzen|setze)|"
        r"(?:meinem|dem) leben (?:\w+ )?(?:ein ende|ein end) (?:machen|setzen|bereiten|mache|"
        r"setze|zu setzen|zu machen)|mein leben (?:\w+ )?(?:beenden|zu beenden|beende|"
        r"wegwerfen)|(?:einfach |endlich )?alles (?:\w+ )?(?:beenden|zu beenden|beende)(?=\s*"
        r"(?:$|[.,!?;]|und|heute|jetzt|bald))|dem (?:ganzen|allem) (?:\w+ )?ein ende "
        r"(?:setzen|machen|bereiten|setze|mache|zu setzen))\b",
        unless=r"\b(?:job|arbeit|beziehung|streit|kundig\w*|kuendig\w*|vertrag|studium|"
        r"ausbildung|diskussion|affae?re|freundschaft|chat|gruppe|projekt)\b",
    ),
    rule(
        S,
        r"\b(?P<core>ins wasser gehen|in den tod (?:springen|gehen|stue?rzen)|den freitod|"
        r"(?:mich|mir) (?:\w+ )?(?:die|meine) pulsadern|pulsadern (?:\w+ )?(?:aufschneiden|"
        r"aufzuschneiden|aufschlitzen|aufgeschnitten|aufgeschlitzt|aufritzen)|"
        r"(?:kugel|knarre|pistole|waffe|gewehr) (?:\w+ ){0,3}?(?:in den kopf|an den kopf|an die "
        r"schlae?fe|an meinen kopf|in den mund)|(?:mich|mir) (?:\w+ )?(?:die )?kugel (?:geben|"
        r"zu geben|jagen)|(?:mich|ich) (?:\w+ )?(?:vom|von der|von einem|von ner|von nem|aus dem) "
        r"(?:dach|brue?cke|hochhaus|balkon|fenster|turm|parkhaus|klippe) (?:\w+ )?(?:sturzen|"
        r"stuerzen|zu stue?rzen|werfen|springen|fallen lassen)|(?:gegen|in) (?:einen|nen|n|den|"
        r"die|eine|ne) (?:baum|wand|mauer|pfeiler|brue?ckenpfeiler|lkw|laster|gegenverkehr) "
        r"(?:\w+ )?(?:zu )?(?:fahren|rasen|steuern|knallen|lenken|brettern)|in den gegenverkehr)\b",
        about_others=True,
        unless=r"\b(?:aus versehen|unfall|fast (?:gegen|in)|wae?re? (?:\w+ )?fast|glatteis)\b",
    ),
    rule(
        S,
        r"\b(?P<core>springen|zu springen|springe|spring|springt|runterspringen|runterzuspringen|"
        r"runter ?zu ?springen|runterspringe|runter springen|mich (?:\w+ )?fallen lassen|"
        r"mich (?:\w+ )?(?:runter)?(?:zu )?(?:sturzen|stuerzen|werfen))\b",
        needs=r"\b(?:brue?cke|brueck\w*|bruck\w*|dach|hochhaus|balkon|klippe|parkhaus|fenster|"
        r"turm|gleise?n?|schienen|abgrund|aussichtsplattform|staumauer|zug|bahn)\b",
        unless=r"\b(?:see|fluss|wasser|baden|schwimm\w*|bungee\w*|fallschirm\w*|sommer|pool|"
        r"freibad|hund|katze|tramp\w*|trampolin|klippenspringen|aufspringen|abspringen|"
        r"gesprungen|zug (?:noch )?(?:erwischt|bekommen|gekriegt)|haha\w*|lol|xd|radio|lied|"
        r"song)\b|😂|🤣|\bspring\w* (?:\w+ )?(?:nicht|nie|von keiner|von keinem|keiner|keinem)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:tabletten|pillen|medikamente|meds|tabs|schlaftabletten|"
        r"beruhigungs\w*|schmerztabletten|schmerzmittel|ibus|ibuprofen|paracetamol|aspirin|"
        r"tavor|lorazepam|valium|diazepam|antidepressiva|insulin|tramadol|tilidin|opioide|"
        r"novalgin|zopiclon|zolpidem|lithium|quetiapin|seroquel) (?:\w+ ){0,3}?(?:gesammelt|"
        r"sammle|sammel|sammeln|gehortet|horte|hoerte|gebunkert|bunkere|bunker|aufgehoben|"
        r"zusammengesammelt|zusammengespart|beiseitegelegt|beiseite gelegt|versteckt|gespart)|"
        r"(?:sammle|sammel|horte|bunkere|bunker|spare) (?:\w+ ){0,3}?(?:tabletten|pillen|"
        r"medikamente|meds|schlaftabletten))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:alle|die ganzen?|ganze|eine ganze|ne ganze|n ganze|packung|packungen|"
        r"schachtel|schachteln|\d{2,}|zwanzig|dreissig|vierzig|funfzig|fuenfzig|hundert|haufen|"
        r"handvoll|hand voll|ne menge|eine menge|zu viele|mehrere|blister|streifen|doppelte?|"
        r"drei packungen|zwei packungen) (?:\w+ ){0,3}?(?:tabletten|pillen|medikamente|meds|"
        r"tabs|schlaftabletten|schmerztabletten|schmerzmittel|ibus|ibuprofen|paracetamol|"
        r"aspirin|tavor|valium|diazepam|antidepressiva|insulin|tramadol|tilidin|novalgin|"
        r"seroquel|quetiapin) (?:\w+ ){0,3}?(?:geschluckt|schlucken|schluck|schlucke|genommen|"
        r"nehmen|nehme|eingeworfen|einwerfen|eingeschmissen|einschmeissen|reingehauen|"
        r"gefressen|fressen|auf einmal|auf ex))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:uberdosis|ueberdosis|uberdosiert|ueberdosiert|ueberdosieren|"
        r"uberdosieren))\b(?! (?:an|von) (?:zucker|kaffee|koffein|liebe|drama|"
        r"schokolade|serien|netflix|kitsch|nostalgie|sonne|sport|arbeit))",
        about_others=True,
        unless=r"\b(?:gestorben|verstorben|starb|ums leben|tot|beerdigung|gedenken|vermisse|"
        r"verloren)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:strick|schlinge|galgen)|seil (?:\w+ ){0,3}?(?:hae?ngt|liegt|bereit|"
        r"gekauft|geholt|besorgt|bestellt|geknotet|geknue?pft|befestigt|festgemacht))\b",
        needs=r"\b(?:hae?ngen|aufhae?ngen|aufzuhae?ngen|erhae?ngen|hals|dachboden|keller|"
        r"balken|decke|gekauft|liegt|hae?ngt|bereit|mut|geknue?pft|geknotet|knoten|mich|mir|"
        r"schon|heute|nacht|ast|baum|garage|wald|im auto|kofferraum|dabei|bei sich)\b",
        unless=r"\b(?:springseil|(?<!nicht )(?<!nicht fur )(?<!nicht furs )(?<!nicht fuers )"
        r"(?<!nicht zum )kletter\w*|boot|segeln|zelt|wae?scheleine|strickjacke|hae?ngematte|schaukel|"
        r"stricken|gestrickt|strickpullover|hund|leine|theater|film|turnen|sportunterricht|"
        r"fahrrad\w*|rad an|kajak|kanu|surfbrett|pflanz\w*|blumen\w*|regal\w*|lichterkette\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:an|fur|fuer) (?:wen|den|die|diejenigen?|denjenigen) (?:auch )?(?:immer )?"
        r"(?:\w+ )?(?:das|dies|diesen brief|diese nachricht|den brief)(?: hier)? (?:findet|liest|"
        r"gefunden|gelesen)|wer (?:auch )?immer (?:das|dies|diesen brief|diese nachricht)(?: "
        r"hier)? (?:findet|liest)|(?:sucht|such|suchen|sucht bitte|such bitte) (?:\w+ )?(?:nicht "
        r"nach mir|mich (?:bitte |auch |einfach )?nicht)|versucht nicht mich zu finden|lebt "
        r"(?:alle )?wohl|(?:wenn|bis|falls|sobald) "
        r"(?:ihr|du|jemand) (?:das|dies)(?: hier)? (?:lest|liest|findet|findest),? (?:\w+ )?"
        r"(?:(?:bin|ist) (?:ich|es) (?:\w+ )?(?:tot|weg|nicht mehr|vorbei|schon)|(?:lebe|gibt es) "
        r"(?:ich|mich) (?:\w+ )?nicht mehr(?! (?:in|im|bei|hier|dort|zu hause|zuhause|mit)\b))|ich verabschiede mich (?:(?!nicht\b|nur\b|kurz\b)"
        r"\w+ )?(?:von euch|von allen|von dir|fur immer|fuer immer|fur immer)|das (?:ist|"
        r"war) (?:mein|meine) (?:\w+ )?(?:letzter eintrag|letzte nachricht|letzten worte|"
        r"letzter brief|letztes mal hier)|meine letzten worte|es tut mir leid (?:\w+ ){0,3}?"
        r"(?:dass ich gehe|dass ich euch verlasse|fur alles,? (?:ich liebe euch|lebt wohl)))\b",
        unless=r"\b(?:bin (?:im|in der|beim|bei|auf dem|unten|oben|drau?ssen)|lol|haha\w*|xd|"
        r"versteck\w*|spiel\w*|flieger|flug\w*|urlaub|reise\w*|unterwegs|hotel|ferien|"
        r"ausland|im (?:zug|bus|auto|flugzeug|taxi|bett))\b|😂|🤣|✈",
    ),
    rule(
        S,
        r"\b(?P<core>danke (?:fur|fuer) alles)\b",
        unless=r"\b(?:sagte? (?:ich|sie|er)|sagt (?:sie|er)|kollege\w*|kollegin\w*|"
        r"arbeitstag|rente|ruhestand|abschiedsfeier|team|verein|urlaub|abi\w*|schule)\b",
        needs=r"\b(?:lebt wohl|sucht|es tut mir leid|verzeiht|vergesst|ihr wart|ich liebe euch|"
        r"kummert euch|kuemmert euch|passt auf|machts gut|macht es gut|fur immer|fuer immer|"
        r"letzte\w*|abschied\w*|nicht mehr da|bin weg|gehe jetzt|hab (?:euch|dich) (?:\w+ )?"
        r"lieb)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:kummert|kuemmert|kummer|kuemmer|passt|pass) (?:euch |dich |bitte )*"
        r"(?:\w+ )?(?:um|auf) (?:meine|meinen|mein) (?:katze|kater|hund|hase|hasen|haustiere?|"
        r"tiere?|kinder|pflanzen|meerschweinchen|vogel|sachen))\b",
        needs=r"\b(?:wenn ich (?:\w+ )?(?:weg|tot|nicht mehr)|nicht mehr da|nach mir|"
        r"fur immer|fuer immer|lebt wohl|danke fur alles|danke fuer alles|verzeiht|"
        r"es tut mir leid)\b",
        unless=r"\b(?:urlaub|reise|ferien|verreist|kur|dienstreise|krankenhaus|klinik|"
        r"wochenende)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:verschenkt|verschenke|verschenk|weggegeben|weggeben|weggebe|vermacht|"
        r"vererbt|verteilt|verteile|abgegeben))\b",
        needs=r"\b(?:brauch\w* (?:ich )?(?:\w+ ){0,3}?(?:bald|dann|nachher|ab morgen|eh bald|"
        r"sowieso bald) (?:\w+ )?nicht mehr|bald nicht mehr|wenn ich (?:\w+ )?(?:weg|tot|"
        r"nicht mehr da|nicht mehr hier) bin|wo ich hingehe|nicht mehr lange|werde ich "
        r"(?:eh |sowieso |ja )?nicht mehr brauchen|brauch\w* (?:ich )?(?:\w+ )?(?:bald )?"
        r"(?:eh |sowieso |ja )?nicht mehr lange)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>wer (?:kriegt|bekommt|nimmt|erbt) (?:\w+ )?(?:meine|meinen|mein) (?:\w+ )?"
        r"(?:sachen|katze|hund|kater|zeug|tiere?)(?: \w+)?,? wen+\sich\s(?:\w+ )?(?:tot|weg|nicht "
        r"mehr)|(?:bin|ich bin)\s(?:jetzt |endlich |nun )?bereit\s(?:zu sterben|zu gehen|fur den "
        r"tod|fuer den tod|mich zu verabschieden)|heute (?:nacht|abend) (?:ist es soweit|ist es "
        r"so weit|mach ich es|tu ich es|passiert es)|(?:hab|habe) (?:einen|nen|n) plan,? "
        r"(?:\w+ ){0,2}?wie ich (?:mich|es|mir|sterbe))\b",
        negatable=False,
    ),
    rule(
        S,
        # Burden with a death meaning.
        r"\b(?P<core>(?:alle|jeder|ihr|die welt|meine familie|meine eltern|es|alles) (?:\w+ ){0,3}?"
        r"(?:besser dran|besser|gluecklicher|glucklicher|leichter|einfacher) (?:\w+ ){0,2}?"
        r"ohne\smich|ohne\smich\s(?:\w+ ){0,3}?(?:besser dran|glucklicher|gluecklicher|viel besser|"
        r"besser|leichter|einfacher)(?! (?:\w+ ){0,2}?(?:gewesen|ausgegangen|gelaufen|"
        r"verlaufen)))\b",
        negatable=False,
        unless=r"\b(?:party|feier|spiel|team|projekt|urlaub|reise|meeting|treffen|ausflug|"
        r"abend|essen)\b",
    ),
    rule(
        S,
        r"\b(?P<core>wen+\sich\s(?:\w+ )?(?:tot|nicht mehr da|nicht mehr hier|nicht mehr am leben|"
        r"weg|gestorben|sterben|nicht mehr existieren) (?:wae?re?|ware|waer|wae?r|bin|wue?rde?|"
        r"wue?rde?|ist|sein wue?rde?)(?:[ ,]+\w+){0,5}?[ ,]+(?:merken|vermissen|auffallen|"
        r"interessieren|kummern|kuemmern|egal|weinen|besser|leichter|glucklicher|gluecklicher|"
        r"erleichtert|froh|scheissegal)|(?:keiner|niemand|keine sau|kein schwein|kein mensch|"
        r"keinen) (?:\w+ ){0,3}?(?:vermissen|merken|auffallen|vermisst|interessieren|kummern|"
        r"weinen),? (?:\w+ ){0,2}?wen+\sich\s(?:\w+ )?(?:tot|weg|nicht mehr|sterbe|sterben|gehe)|"
        r"(?:keiner|niemand|kein mensch) (?:wue?rde?|wue?rde?|wird|wurd|wue?rde? je) mich (?:\w+ )?"
        r"vermissen)\b",
        negatable=False,
        unless=r"\b(?:ausland|umziehe|umzug|urlaub|verreise|reise|party|feier|ziehe|wegziehe|"
        r"auslandsjahr|austausch)\b",
    ),
    rule(
        S,
        r"\b(?:ich|i|will|moe?chte?|moe?chte?|werde) (?:\w+ ){0,3}?mir (?:\w+ ){0,2}?(?:was|etwas|"
        r"irgendwas) (?:\w+ )?(?P<core>antun|anzutun|antue|angetan)\b",
        unless=r"\b(?:ko?e?nnte?|ko?e?nnt) (?:\w+ ){0,2}?mir (?:\w+ )?(?:was|etwas) antun\b",
    ),
    rule(
        S,
        r"\b(?P<core>wenn es mich (?:\w+ )?(?:nicht|nie) (?:mehr )?(?:gae?be|gabe|gaebe|gibt|"
        r"geben wue?rde?|geben wue?rde?|gegeben hae?tte)|(?:kurz|knapp|nah|"
        r"so nah) davor,? (?:\w+ )?"
        r"(?:es|alles) (?:\w+ )?zu beenden|(?:tabletten|pillen|medikamente|schlaftabletten|"
        r"paracetamol) (?:\w+ ){0,3}?(?:lie?g\w*|ste\w+)\s(?:\w+ ){0,2}?(?:bereit\b|vor\smir|"
        r"neben\smir|schon\sda)|(?:toe?dliche?n?|letale?n?) (?:dosis|menge)|(?:wie ?viele?|"
        r"wieviel)\s(?:\w+ ){0,2}?(?:tabletten|pillen|ibus|paracetamol|schlaftabletten)\s(?:\w+ )"
        r"{0,5}?(?:toe?dlich|sterben|tot))\b",
        negatable=False,
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:egal|scheissegal|wurscht|wurst|juckt mich nicht),? (?:\w+ ){0,2}?ob\sich\s"
        r"(?:\w+ ){0,2}?(?P<core>lebe oder sterbe|sterbe|noch aufwache|morgen aufwache|aufwache|"
        r"noch lebe)\b(?! (?:um|vor|nach|fruh|spae?t|pue?nktlich)\b)",
        negatable=False,
    ),
    rule(
        S,
        r"\bwie ich mich (?:\w+ ){0,2}?(?P<core>umbringe|umbringen|umbringen kann|toe?te|"
        r"toe?ten|aufhae?nge|aufhae?ngen|erhae?nge|erhae?ngen|vergifte|erschiesse|vor den zug "
        r"werfe)\b",
    ),
    rule(
        S,
        r"\b(?:will|moe?chte?|wunsch\w*|wuensch\w*|sehne mich danach),? (?:\w+ ){0,3}?dass\s"
        r"(?P<core>(?:es|alles|das alles|der schmerz|das leben|mein leben|das ganze) (?:\w+ )?"
        r"(?:aufhoe?rt|endet|vorbei ist|zu ende ist|ein ende hat))\b(?! (?:mit|zu|weh)\b)",
        unless=r"\b(?:regen|lae?rm|baustelle|streit|meeting|woche|schule|semester|prufung|"
        r"pruefung|winter|hitze|erkae?ltung|kopfschmerz\w*|schicht|party|krieg|"
        r"rue?cken|ruecken|kopf|zahn|zae?hne|bauch|knie|nacken|migrae?ne|periode|regel|krae?mpfe?|"
        r"juck\w*|husten|tinnitus)\b",
    ),
    rule(
        S,
        r"\b(?:fast|beinahe|kurz davor|knapp)\b(?:,? \w+){0,5}?,? (?P<core>gesprungen|"
        r"runtergesprungen|gesprungen waere|gesprungen wae?re)\b",
        needs=r"\b(?:brue?cke|brueck\w*|bruck\w*|dach|hochhaus|balkon|klippe|parkhaus|fenster|"
        r"turm|gleise?n?|schienen|abgrund|zug|bahn)\b",
    ),
    rule(
        S,
        r"\b(?P<core>unalive\w*|sewer ?slide\w*)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:will|moe?chte?|wue?rde?|sehne mich) (?:\w+ ){0,3}?zu (?:meiner|meinem|meinen) "
        r"(?:\w+ )?(?P<core>(?:oma|opa|mama|papa|mutter|vater|bruder|schwester|freund|freundin|"
        r"sohn|tochter|eltern) (?:\w+ )?(?:in den himmel|nach oben|ins jenseits|auf die andere "
        r"seite))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:brief|briefe|nachricht|nachrichten|zeilen|video|abschied) (?:\w+,? ){0,6}?"
        r"(?:falls|wenn|fur den fall dass|fuer den fall dass) mir (?:\w+ )?(?:was|etwas) "
        r"(?:passiert|zustoe?sst)|(?:(?:ist|war) nicht (?:eure|deine|ihre|seine) schuld|(?:ihr seid|"
        r"du bist|seid ihr|bist du) (?:\w+ )?nicht schuld)(?=\s*(?:$|[.!,;])))",
        needs=r"\b(?:brief|briefe|abschied\w*|falls mir|wenn mir|es tut mir leid|verzeiht|"
        r"verzeih|lebt wohl|hab (?:euch|dich) lieb|wenn ich (?:weg|tot|nicht mehr)|vergesst|"
        r"vergiss (?:\w+ )?nie)\b|^ ?(?:liebe|lieber|liebste|liebster) \w+,",
    ),
    rule(
        S,
        r"\b(?:hat|hatte|haben) (?:\w+ ){0,3}?(?:tabletten|pillen|medikamente|schlaftabletten|"
        r"ibus|paracetamol) (?:\w+ )?(?P<core>genommen|geschluckt|eingeworfen)\b",
        needs=r"\b(?:krankenhaus|notaufnahme|intensiv\w*|magen ausgepumpt|notarzt|112|"
        r"rettungswagen|krankenwagen|psychiatrie|klinik)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:hat|habe|hab|hatte) (?:\w+ )?(?:schon|bereits|jetzt) (?:die|seine|ihre|meine|"
        r"genug|alle) (?P<core>tabletten|pillen|medikamente|schlaftabletten|tabs)\b(?! (?:fur|"
        r"fuer|gegen|vom)\b)",
        unless=r"\b(?:apotheke|rezept|migrae?ne|kopfschmerz\w*|arzt|aerztin|arztin|morgen frueh|"
        r"morgen fruh|urlaub|reise)\b",
        about_others=True,
    ),
    # ---- SUICIDE, round 2: calm plans, means, goodbyes, histories
    rule(
        S,
        r"\b(?P<core>(?:verschenk\w*|verteil\w*|weggegeben|weggeben|gebe?\s(?:\w+\s)?weg))\b",
        needs=r"\b(?:alle (?:meine|seine|ihre)|all (?:meine|seine|ihre)|meine ganzen|ihre "
        r"ganzen|seine ganzen|lieblings\w*|besitz\w*|(?:ihre|seine) sachen|brauch\w* (?:\w+ )"
        r"{0,3}nicht mehr|wenn ich (?:\w+ )?(?:weg|tot|nicht mehr))\b",
        unless=r"\b(?:flohmarkt|vinted|ebay|kleinanzeigen|aussortiert|ausgemistet|umzug|"
        r"baby\w*|kinder\w*|rausgewachsen|spielsachen|spielzeug|bue?cher|buecher|platten|"
        r"zu klein|zu voll|weihnacht\w*|geburtstag|spende\w*|tombola|karten|punkte)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hund|hunde|katze|katzen|kater|hamster|kaninchen|vogel|tiere?|pferd|"
        r"meerschweinchen|fische))\b",
        needs=r"\b(?:brauch\w* (?:\w+ ){0,3}nicht mehr|wenn ich (?:\w+ )?(?:weg|tot|nicht mehr "
        r"(?:da|lebe|bin))|nach mir|fur immer|fuer immer|fur mich sorgen)\b",
        unless=r"\b(?:urlaub|reise|verreis\w*|wochenende|ferien|kur|dienstreise|umzug|allergie\w*|"
        r"futter|leckerli\w*|gassi|tierarzt)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:testament|mein leben|meine angelegenheiten|meinen nachlass|meine "
        r"finanzen|alles) (?:\w+ ){0,2}?(?:geschrieben|geordnet|geregelt|gemacht|erledigt))\b",
        needs=r"\b(?:bereit|soweit|ruhig|bald|letzte\w*|schlussel|schluessel|katze|hund|abschied\w*|"
        r"briefe?|passwort\w*|kundigung|kuendigung)\b",
        unless=r"\b(?:umzug|urlaub|reise|auswander\w*|op|operation|steuer\w*|hochzeit|"
        r"notar wegen|oma|opa|eltern)\b",
    ),
    rule(
        S,
        r"\b(?:bin|ist) (?:\w+ )?(?:bereit|soweit|so weit|ready) (?P<core>zu gehen|zu sterben|(?:fur|"
        r"fuer) den tod|(?:fur|fuer) das ende|loszulassen|abzutreten)\b",
    ),
    rule(
        S,
        r"\b(?P<core>mein letzter tag)(?: auf (?:der|dieser) (?:welt|erde))?(?=\s*(?:$|[.,!]|"
        r"auf (?:der|dieser) (?:welt|erde)))",
        unless=r"\b(?:arbeit\w*|job|firma|buro|buero|schule|praktikum|urlaub|ferien|vertrag|"
        r"probezeit|kur|klinik|reha|hier in|in der|im)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:bald|nae?chste woche|morgen|ab morgen|dann|nicht mehr lange|uebermorgen|"
        r"ubermorgen|am \w+) bin ich (?:\w+ )?nicht mehr (?:da|hier|am leben)|(?:wen+|falls|"
        r"sobald)\sich (?:\w+ ){0,2}?nicht mehr (?:da|hier|am leben) bin)\b",
        unless=r"\b(?:urlaub|reise|umzug|ausziehe|auswander\w*|arbeit|buro|buero|job|schicht|"
        r"ferien|kur|dienstreise|verreis\w*|krankenhaus|schule|praktikum|abi|studium|wg|"
        r"in rente|semester)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:spring\w*|sturz\w*|stuerz\w*|fallen lassen)\b",
        needs=r"\b(?:stock|stockwerk|etage|hoch genug|tief genug|wie tief|runtergeht|nae?chsten "
        r"mal|heute nacht)\b",
        unless=r"\b(?:see|fluss|wasser|baden|schwimm\w*|bungee\w*|fallschirm\w*|pool|freibad|"
        r"tramp\w*|trampolin|sprungturm|zehner|10er|ski\w*|schanze|pferd|hurde|huerde|"
        r"haha\w*|lol|xd|radio|lied|song|aktie\w*|kurs|minecraft|lava|level)\b|😂|🤣|\bspring\w* "
        r"(?:\w+ )?(?:nicht|nie|von keiner|von keinem|keiner|keinem)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:gleise|gleisen|schienen|bahnstrecke|bahngleise\w*))\b",
        needs=r"\b(?:es (?:\w+ ){0,3}(?:machen|tun|zu machen|zu tun)|mich (?:\w+ )?(?:legen|"
        r"stellen|werfen)|hinlegen|drauflegen|sterben|tot|ende|guterzug|gueterzug|vorbei)\b",
        unless=r"\b(?:spazier\w*|gleisbau\w*|bauarbeit\w*|verspae?tung|weiche|stellwerk|foto\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:in den|ins|in die) (?:see|fluss|meer|wasser|rhein|elbe|donau|main|spree|"
        r"weser|isar|kanal|ostsee|nordsee|fluten) (?:\w+ ){0,4}?(?:nicht mehr|nie wieder|nie mehr) "
        r"(?:\w+ )?(?:raus|auftauch\w*|zuruck|zurueck|hoch|rauskomm\w*|wieder ?komm\w*|an land))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>abgase (?:\w+ ){0,3}?(?:ins|in das|in den) (?:auto|wagen|innenraum)|"
        r"(?:motor|auto) (?:\w+ ){0,3}?in der (?:geschlossenen )?garage (?:\w+ )?laufen "
        r"lassen|(?:setz\w*|sitz\w*) (?:mich )?(?:\w+ ){0,2}ins auto und (?:\w+ )?(?:fahr\w*|"
        r"rase) (?:\w+ ){0,3}?(?:gegen|in) (?:den|einen|nen|die|eine|ne))\b",
        unless=r"\b(?:warm|winter|kalt|reparier\w*|werkstatt|mechaniker)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:insulin|tabletten|pillen|medikamente|meds|tabs|schlaftabletten|"
        r"\w+tabletten|schmerzmittel|paracetamol|ibuprofen|antidepressiva|morphin|oxycodon|"
        r"tilidin|tramadol|lithium|amitriptylin|quetiapin|seroquel|diazepam|tavor|lorazepam|"
        r"zolpidem|zopiclon|promethazin|opipramol|mirtazapin|citalopram|sertralin|venlafaxin|"
        r"fentanyl|doxepin|trimipramin|escitalopram|fluoxetin|valium|benzos?)) (?:\w+ ){0,4}?"
        r"(?:wue?rden? |sollten? |mue?sste |koe?nnten? )?(?:reichen|genug sein|reicht|"
        r"ausreichen)\b",
        unless=r"\b(?:urlaub|reise|wochenende|rezept|bis (?:montag|freitag|zum)|nachschub)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:horte|hortet|gehortet|sammle|sammelt|gesammelt|bunker\w*|gebunkert|"
        r"spare|gespart|aufgehoben|hebe|versteck\w*) (?:\w+ ){0,3}?(?:meine |die |ihre |seine )?"
        r"(?:insulin|tabletten|pillen|medikamente|meds|tabs|\w+tabletten|antidepressiva|"
        r"schmerzmittel|paracetamol|ibuprofen|tilidin|tramadol|lithium|amitriptylin|quetiapin|"
        r"seroquel|diazepam|tavor|lorazepam|zolpidem|mirtazapin|citalopram|sertralin|"
        r"venlafaxin|benzos?|opioide))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:packungen|schachteln|dosen|blister) (?:\w+ )?(?:paracetamol|"
        r"ibuprofen|ibu|ibus|aspirin|schlaftabletten|tabletten|pillen|schmerzmittel|"
        r"\w+tabletten|novalgin))\b",
        needs=r"\b(?:auffae?llt|auffaellt|auf einmal|auf ex|genug|reicht|reichen|verschiedenen "
        r"apotheken|gesammelt|gehortet|versteckt|schluck\w*|einwerf\w*|reingeworfen|"
        r"reingehauen|geschluckt)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ganze|ganzen|komplette) (?:packung|schachtel|dose|flasche|blister) "
        r"(?:\w+ )?(?:\w+ )?(?:schluck\w*|geschluckt|genommen|nehm\w*|nimm\w*|eingeworfen|"
        r"einwerf\w*|reingeworfen|reinwerf\w*|reingehauen|leer gemacht)|leider (?:\w+ )?"
        r"(?:wieder )?(?:aufgewacht|uberlebt|ueberlebt|noch am leben|nicht gestorben))\b",
        unless=r"\b(?:chips|kekse|gummibae?rchen|schokolade|pralinen|wein|bier|eis|zu spae?t|"
        r"wecker|verschlafen|kater)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:pistole|waffe|knarre|gewehr|revolver|flinte|jagdgewehr|dienstwaffe))\b",
        needs=r"\b(?:denk\w* (?:\w+ ){0,4}(?:daran|dran)|zu nehmen|an den kopf|in den mund|"
        r"weiss wo (?:der|die|er) (?:\w+ )?(?:schlussel|schluessel|munition)|geladen|abzudrue?cken|"
        r"abdrue?cken|mir (?:\w+ )?(?:die kugel|ne kugel|eine kugel))\b",
        unless=_GAME + r"|\b(?:film\w*|serie|buch|krimi|verein|schutzen\w*|schuetzen\w*|"
        r"waffenschein|jagdschein|airsoft|paintball|wasserpistole)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:gurtel|guertel|seil|strick|schal|kabel|ladekabel|schnur|"
        r"verlae?ngerungskabel|hundeleine))\b",
        needs=r"\b(?:an der tue?r|tue?rklinke|am balken|an den balken|am haken|ausprobiert|"
        r"festmache\w*|festgemacht|schlinge|um den hals|um meinen hals|aufhae?ngen|"
        r"aufzuhae?ngen|erhae?ngen|zu erhae?ngen|traegt mich|tragt mich|halt mich aus|"
        r"haelt mich aus)\b",
        unless=r"\b(?:hae?ngematte|wae?sche\w*|boot|klettern|segeln|hose|schaukel|gassi|"
        r"zelt|haken fur|bild|fahrrad\w*|kajak|kanu|surfbrett|pflanz\w*|regal\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:stand|war|sass|stehe|stand ich|war ich|sass ich) (?:\w+ )?(?:schon mal|"
        r"schonmal|schon einmal|damals|schon wieder) (?:\w+ )?(?:auf|an) (?:der|dem|den) "
        r"(?:\w*brue?cke|dach|gleisen|klippe|gelae?nder|bahnsteig\w*|fensterbrett|"
        r"balkongelae?nder))\b",
        unless=r"\b(?:urlaub|aussicht|sonnenuntergang|foto\w*|spazier\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>nach (?:meinem|dem) (?:letzten |ersten |zweiten )?(?:versuch|suizidversuch|"
        r"selbstmordversuch))\b",
        needs=r"\b(?:klinik|psychiatrie|krankenhaus|intensiv\w*|notaufnahme|geschlossene\w*|"
        r"uberlebt|ueberlebt|wieder da|wieder so|kommt wieder|kommen wieder)\b",
        unless=r"\b(?:prue?fung|fuhrerschein|fuehrerschein|test|klausur|bewerbung|ivf|"
        r"schwanger\w*|rekord)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:uberlebt|ueberlebt))\b",
        needs=r"\b(?:wunsch\w*|wuensch\w*|leider|schade|hae?tte es nicht|hae?tte nicht|versuch\w*"
        r"|brue?cke|tabletten|gesprungen|dach|sprung|gestue?rzt)\b",
        unless=r"\b(?:unfall|krebs|operation|op|corona|covid|prue?fung|klausur|woche|party|"
        r"montag|meeting|chemo|herzinfarkt|haha\w*|lol|zombie\w*|serie|film|spiel|flug|"
        r"familienfeier|weihnacht\w*|geburt)\b",
    ),
    rule(
        S,
        r"\b(?P<core>fertig mit dem leben|mit dem leben (?:\w+ )?(?:abgeschlossen|fertig)|"
        r"(?:seid|sind|bist|seit) (?:ihr|sie|du|alle) mich (?:\w+ )?los|(?:habt|haben|hast) "
        r"(?:ihr|sie|du|alle) (?:\w+ )?(?:eure |ihre |deine )?ruhe vor mir)\b",
        unless=r"\b(?:urlaub|reise|ferien|wochenende|umzug|ausziehe|auszug)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wen+|falls)\sich (?:\w+ )?tot (?:ware|waere|war|bin|wae?r)|(?:ware|waere) "
        r"ich (?:\w+ ){0,2}?tot|(?:am liebsten|lieber) (?:ware|waere|wae?r|war) ich "
        r"(?:\w+ )?tot|ich (?:ware|waere) (?:\w+ ){0,2}?(?:lieber |gern |gerne |einfach |"
        r"am liebsten )?tot)\b(?! ?mue?de)",
        unless=_GAME
        + r"|\b(?:mude|muede|lach\w*|peinlich|cringe|zombie\w*|vor (?:scham|lachen))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:redet|spricht|schreibt|postet) (?:\w+ ){0,4}?(?:vom|uber das|ueber das|"
        r"uber den|ueber den|nur noch vom|von) (?:sterben|tod|suizid|selbstmord|umbringen|"
        r"nicht mehr leben))\b",
        about_others=True,
        unless=r"\b(?:opa|oma|hund|katze|krieg|geschichte|unterricht|film|serie|buch|"
        r"religion\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hat|hatte) sich (?:\w+ ){0,3}?verabschiedet)\b",
        needs=r"\b(?:angst|sorge\w*|geht nicht (?:mehr )?(?:ans|an ihr|an sein)|erreich\w* "
        r"(?:ihn|sie) nicht|meldet sich nicht|nicht mehr erreichbar|handy aus)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wollte mich|wollt mich|will mich|mochte mich|moechte mich) (?:\w+ ){0,4}?"
        r"verabschieden(?: von (?:euch|allen|dir))?,? (?:\w+ )?bevor ich (?:gehe|geh|sterbe|es "
        r"tue|es mache|weg bin))\b",
    ),
    rule(
        S,
        r"\b(?P<core>briefe? (?:fur|fuer|an) (?:alle|euch|jeden|jeden von euch|meine familie|"
        r"mama|papa|meine eltern) (?:\w+ )?geschrieben)\b",
        unless=r"\b(?:weihnacht\w*|geburtstag|hochzeit|einladung\w*|bewerbung\w*|karte\w*|"
        r"schule|projekt|brieffreund\w*|urlaub)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wen+|falls) mir (?:\w+ )?(?:was|etwas) (?:passiert|zustoe?sst))\b",
        needs=r"\b(?:passwort\w*|pin|danke fue?r alles|hab (?:euch|dich) lieb|schlue?ssel|"
        r"katze|hund|verzeiht|tut mir leid)\b",
        unless=r"\b(?:op|operation|reise|flug|urlaub|motorrad|wanderung|notar)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hoch|tief) genug)\b",
        needs=r"\b(?:\w*brue?cke|dach|hochhaus|balkon|klippe|parkhaus|fenster|stock|stockwerk|"
        r"etage|turm|abgrund|staumauer|runter)\b",
        unless=r"\b(?:regal|schrank|klettern|kletter\w*|pool|see|wasser|tauch\w*|sprungturm|"
        r"drachen|leiter|lampe|decke|zelt|lkw|laster|durchfahrt|wohnmobil)\b",
    ),
    rule(
        S,
        r"\b(?P<core>alles (?:\w+ )?(?:zurechtgelegt|vorbereitet|bereitgelegt|bereit gelegt|"
        r"geplant|durchgeplant))\b",
        needs=r"\b(?:schluss|vorbei|ende|bereit|soweit|letzte\w*|abschied\w*|tabletten|seil|"
        r"brue?cke)\b",
        unless=r"\b(?:party|feier|urlaub|reise|umzug|prue?fung|hochzeit|geburtstag|"
        r"weihnacht\w*|ausflug|wanderung|training|wettkampf|meeting|praesentation|"
        r"prae?sentation|klausur|abi\w*|termin)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wie|wann|wo) und (?:wann|wie|wo) ich es (?:\w+ )?(?:mache|tue|mach|tu|"
        r"machen werde|tun werde))\b",
        unless=r"\b(?:kuchen|termin|arbeit|hausaufgaben|sport|training|umzug|bewerbung|"
        r"antrag|steuer\w*|haare|tattoo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tabletten|pillen|medikamente|meds|tabs|schlaftabletten|\w+tabletten|"
        r"schmerzmittel|paracetamol|ibuprofen|ibus?|aspirin|antidepressiva|insulin|morphin|"
        r"tilidin|tramadol|lithium|amitriptylin|quetiapin|seroquel|diazepam|tavor|lorazepam|"
        r"valium|zolpidem|zopiclon|mirtazapin|citalopram|sertralin|venlafaxin|benzos?|"
        r"opioide|novalgin|doxepin))\b",
        needs=r"\b(?:reichen|reicht|genug|auf einmal|auf ex|alle (?:\w+ )?(?:tabletten|pillen|"
        r"die ich)|\d{2,}|wodka|schnaps|alkohol|whisky|heute nacht|fur immer|fuer immer|"
        r"einschlafen und|nicht mehr aufwachen|sterben|tot|(?:meine |die )?ganzen|ganze (?:packung|"
        r"schachtel|dose|flasche|blister)|alle meine|all "
        r"meine|\d+ (?:packungen|schachteln|blister|dosen|flaschen)|verschiedenen (?:apotheken|"
        r"drogerien|lae?den|laeden)|damit keiner (?:fragt|was merkt))\b",
        # Round 5: a pharmacist at work ("bin apothekerin, hab heute 32 ibuprofen abgegeben").
        unless=r"\b(?:rezept|apotheke\w*|apotheker\w*|pharmac\w*|chemist|handed out|"
        r"dispens\w*|pta|abgegeben|ausgegeben|kund(?:e|in|en|"
        r"innen)|patient\w*|farmacia|receta|paciente\w*|arzt|aerztin|arztin|verschrieben|"
        r"kopfschmerz\w*|erkae?ltung|"
        r"grippe|fieber|zahn\w*|migrae?ne|periode|doku\w*|film|serie|buch|nachrichten|"
        r"wechselwirkung|nebenwirkung\w*|vergessen|beipackzettel|1 ?mg|mg|urlaub|reise\w*|"
        r"eingepackt|vorrat|nachschub)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>weiss (?:\w+ )?(?:schon|genau|jetzt|bereits) (?:welche|welchen|welches|wo|"
        r"wie) (?:\w+ )?(?:brue?cke|bruecke|dach|hochhaus|stelle|gleis\w*|zug|tabletten|baum|"
        r"ast|seil|ort|stock))\b",
        unless=r"\b(?:urlaub|ausflug|foto\w*|wanderung|treffpunkt|party)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:der|mein) plan (?:steht|ist fertig|ist klar))\b",
        needs=r"\b(?:(?:den|der) mut|bereit|soweit|tabletten|seil|brue?cke|sterben|tot|ende)\b",
        unless=r"\b(?:bewerbung|heiratsantrag|antrag|fallschirm|bungee|anrufen|fragen|"
        r"ansprechen|anzusprechen|kue?ndig\w*|reise|urlaub|umzug|projekt|business|training|"
        r"hochzeit|diat|diaet|schluss machen|trennung)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:nur noch|fehlt (?:mir )?(?:nur )?noch) (?:\w+ )?(?:den|der) mut)\b",
        needs=r"\b(?:plan|bereit|soweit|tabletten|seil|brue?cke|sterben|tot|ende)\b",
        unless=r"\b(?:bewerbung|heiratsantrag|antrag|fallschirm|bungee|anrufen|fragen|"
        r"ansprechen|kue?ndig\w*|reise|urlaub|umzug|projekt|business|training|diat|diaet|"
        r"schluss machen|trennung)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:bald|heute nacht|morgen|endlich) (?:ist )?(?:es |alles )?vorbei)\b",
        needs=r"\b(?:ruhig|erleichtert|frieden|bereit|soweit|leicht|gelassen)\b",
        unless=r"\b(?:prue?fung\w*|klausur\w*|semester|winter|woche|schicht|umzug|"
        r"schuljahr|abi\w*|projekt|stress|baustelle|urlaub)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:was|etwas) von mir (?:hat|haben|behae?lt|bleibt)|(?:erinnerung|andenken) "
        r"an mich|damit (?:sie|er|ihr) (?:sich )?an mich erinner\w*)\b",
        needs=r"\b(?:geschenkt|verschenkt|gegeben|vermacht|schmuck|uhr|ring|gitarre|kette)\b",
        unless=r"\b(?:geburtstag|weihnacht\w*|umzug|auslandsjahr|ausland|weggehe|ziehe|"
        r"austausch|abschiedsfeier|hochzeit)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wen+|falls) (?:das hier|das|dies|diese zeilen) (?:\w+ )?(?:jemand|ihr|"
        r"einer) (?:liest|lest|findet)|ihr (?:ko?e?nnt|koennt) nichts dafu?e?r|(?:tut|tuts) "
        r"mir leid,? dass ich (?:\w+ )?(?:so )?(?:schwach|feige|eine enttae?uschung|eine last|"
        r"so eine last) (?:war|bin)|(?:fur|fuer) (?:jeden|alle|euch) (?:\w+ )?(?:einen |nen )?"
        r"brief\w* geschrieben)\b",
        unless=r"\b(?:spiel|training|match|prue?fung|klausur|weihnacht\w*|geburtstag|zug|"
        r"wetter|stau|verspae?tung|haha\w*|lol)\b",
    ),
    rule(
        S,
        r"\b(?P<core>ohne mich (?:\w+ ){0,3}?(?:hae?tten|haben|ware|waere|wae?ren|ist|sind|geht|"
        r"ginge|wue?rde|wue?rden) (?:es )?(?:\w+ ){0,3}?(?:besser|leichter|weniger|glue?cklicher|"
        r"ruhiger|einfacher)|(?:fur|fuer) immer (?:weg sein|verschwinden|einschlafen)|"
        r"(?:weg sein|verschwinden|einschlafen) (?:\w+ )?(?:fur|fuer) immer)\b",
        unless=r"\b(?:party|feier|team|spiel|arbeit|projekt|urlaub|wg|umzug|ausziehe|"
        r"auswander\w*|stadt|beziehung)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:kurz davor|nah dran|nahe dran|bereit|den mut),? (?:\w+ ){0,2}?es (?:\w+ )?"
        r"(?:zu beenden|endlich zu beenden)|(?:stand|stehe|sass|sitze|war|kletterte|klettere|"
        r"bin) (?:ich )?(?:\w+ ){0,2}?(?:am|auf dem|auf der|uber das|ueber das|hinter dem|an der|"
        r"auf dem) (?:gelae?nder|brue?ckengelae?nder|bruestung|bruestung|fensterbrett|"
        r"fenstersims|sims|dachkante|bahnsteigkante|kante|abgrund))\b",
        needs=r"\b(?:schon|fast|bereit|soweit|springen|runter|mut|beinahe|wae?rs|wars|es zu "
        r"beenden|kurz davor|nah dran)\b",
        unless=r"\b(?:beziehung|studium|job|ausbildung|freundschaft|vertrag|serie|buch|"
        r"aussicht|foto\w*|sonnenuntergang|projekt|streit|diskussion|kletter\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hat|hatte|haben) (?:\w+ ){0,3}?(?:tabletten|pillen|medikamente|"
        r"schlaftabletten|\w+tabletten|ibus|paracetamol) (?:\w+ )?(?:genommen|geschluckt|"
        r"eingeworfen)|(?:tabletten|pillen|medikamente|schlaftabletten|\w+tabletten|ibus|"
        r"paracetamol) (?:\w+ )?(?:genommen|geschluckt|eingeworfen) (?:hat|hatte|haben))\b",
        needs=r"\b(?:gerade|grad|eben|vorhin|zu viele|alle (?:auf einmal|zusammen|tabletten|"
        r"pillen)|ganze|packung|angst|sterben|tot)\b",
        unless=r"\b(?:kopfschmerz\w*|erkae?ltung|arzt|verschrieben|migrae?ne|gegen)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:recherchiert|gegoogelt|gesucht|nachgeschaut|nachgelesen|googel\w*|"
        r"google|recherchiere) (?:\w+ ){0,3}?(?:wie ?viele?|welche menge|wieviel|ab wann|wie hoch|"
        r"wie tief|wie lange|welche dosis|todliche dosis|toedliche dosis))\b",
        needs=r"\b(?:tabletten|pillen|medikament\w*|to?e?dlich\w*|sterben|uberdosis|ueberdosis|"
        r"brue?cke|stock|springen|ertrinken|erhae?ngen|tot)\b",
        unless=r"\b(?:kalorien|zucker|koffein|vitamin\w*|hund|katze|referat|hausarbeit)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:nichts|niemand|keiner) mehr,? (?:\w+ )?(?:was|der|die|das) mich (?:hier |"
        r"noch )?(?:hae?lt|haelt|am leben hae?lt)|(?:accounts|konten|profile|social media|"
        r"instagram|tiktok) (?:\w+ )?gelo?e?scht)\b",
        needs=r"\b(?:mach ich es|tu ich es|lieb|soweit|abschied\w*|verabschied\w*|letzte\w*|"
        r"hae?lt|haelt)\b",
        unless=r"\b(?:job|stadt|wohnung|beziehung|detox|pause|neuanfang|ausziehen|umzug)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:liegen|liegt|steht|stehen|sind|ist) (?:\w+ )?(?:schon|bereit|bereits|"
        r"griffbereit) (?:\w+ ){0,3}?(?:badewanne|nachttisch|bett|kopfkissen|schreibtisch|"
        r"waschbecken))\b",
        needs=r"\b(?:klinge\w*|rasierklinge\w*|tabletten|pillen|seil|strick|messer|pistole|"
        r"waffe)\b",
    ),
    rule(
        S,
        r"\b(?P<core>verschwind\w* (?:\w+ ){0,2}?(?:von|aus) (?:dieser|der) welt|(?:diese|die) "
        r"welt (?:\w+ )?verlassen|verzeiht mir|vergebt mir)\b",
        unless=r"\b(?:zu spae?t|verspae?tung|vergessen|geburtstag|essen|kuchen|tippfehler|"
        r"spam|haha\w*|lol)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:steht|sitzt|ist|stand|sass) (?:\w+ )?(?:auf dem dach|auf der brue?cke|"
        r"auf der bruecke|am gelae?nder|auf den gleisen|an der klippe|auf dem hochhaus))\b",
        needs=r"\b(?:antwortet nicht|geht nicht ran|angst|hilfe|springen|will|polizei|112)\b",
        unless=r"\b(?:handwerker|dachdecker|reparier\w*|antenne|solar\w*|foto\w*|katze)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>vergesst mich nicht|(?:das ist|hier ist|dies ist) mein (?:letzter )?abschied|"
        r"(?:es )?(?:wae?re|waere|ware|war|wars|wae?rs) (?:\w+ )?so (?:einfach|leicht)|(?:wen+|"
        r"sobald|falls)\sich (?:\w+ )?(?:weg|tot|nicht mehr da) bin[ ,]+(?:\w+ ){0,4}?(?:ruhe|besser|"
        r"leichter|frei|glue?cklich\w*))\b",
        needs=r"\b(?:lieb|abschied|runter|springen|stock|balkon|dach|brue?cke|tabletten|gleise|"
        r"seil|weg bin|tot|nicht mehr da|vergesst)\b",
        unless=r"\b(?:arbeit|firma|verein|rente|geburtstag|urlaub|auslandsjahr|ausland|umzug|"
        r"erasmus|schule|klasse|prue?fung|rezept|spiel|level|aufgabe)\b",
    ),
    # ---- SUICIDE, round 3: questions about means, calm plans, goodbyes
    rule(
        S,
        # "wie hoch muss ein Haus sein, damit man sicher tot ist"
        r"\b(?P<core>(?:wie ?(?:hoch|tief|viele?|viel|lange)|wieviele?|welche (?:dosis|menge|"
        r"hoe?he)|ab (?:welcher|welchem) \w+) (?:\w+ ){0,8}?(?:damit|dass|bis|um|wenn) (?:\w+ ){0,3}?"
        r"(?:tot (?:ist|bin|sein|umfae?llt)|stirbt|sterbe|zu sterben|sterben|nicht (?:mehr )?"
        r"(?:aufwacht|aufwache|uberlebt|ueberlebt|uberlebe|ueberlebe))|(?:dosis|menge|wie ?viele?|"
        r"wieviele?) (?:\w+ ){0,4}?(?:toe?dlich|letal))\b",
        about_others=True,
        unless=r"\b(?:pflanze\w*|hund\w*|katze\w*|fisch\w*|tier\w*|bakterien|zelle\w*|virus|"
        r"handy|akku|batterie|bae?ume?|film|serie|buch|krimi|referat|hausarbeit|koffein|kaffee|"
        r"alkohol|wasser|hai\w*|schlange\w*|spinne\w*|pilz\w*)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>schlauch (?:\w+ ){0,4}?(?:auspuff\w*|abgas\w*)|(?:auspuff\w*|abgas\w*) "
        r"(?:\w+ ){0,4}?schlauch|(?:abgase|kohlenmonoxid) (?:\w+ ){0,3}?einatmen)\b",
        unless=r"\b(?:werkstatt|tuv|tuev|reparatur|kaputt|undicht|rostig|film|serie|buch)\b",
    ),
    rule(
        S,
        # Pills got where no one notices: "bei drei verschiedenen Apotheken".
        rf"\b(?P<core>{_MEDS})\b",
        needs=r"\b(?:(?:verschiedene\w*|mehrere\w*|zwei|drei|vier|allen) apotheke\w*|damit (?:es )?"
        r"(?:keiner|niemand|keine sau) (?:\w+ )?(?:merkt|mitkriegt|mitbekommt|auffae?llt|weiss)|"
        r"heimlich (?:\w+ )?(?:gekauft|besorgt|gesammelt|geholt|gebunkert|gehortet))\b",
        unless=r"\b(?:urlaub|reise|engpass|lieferengpass|ausverkauft|nicht vorrae?tig|vorratig|"
        r"nicht da|nicht vorhanden)\b",
    ),
    rule(
        S,
        # "wenn meine Eltern im Urlaub sind, mach ichs": a time when no one is there.
        r"\b(?P<core>(?:mach|mache|tu|tue) ich(?:s| es)|ich (?:mach|mache|tu|tue)(?:s| es)|"
        r"(?:zieh|ziehe) ich(?:s| es) (?:\w+ )?durch|ich (?:zieh|ziehe)(?:s| es) (?:\w+ )?durch)\b"
        r"(?! (?:\w+ )?(?:mir|uns|dir|euch|selbst|selber|gemue?tlich|gemuetlich|schoe?n|"
        r"schoen|bequem|fertig|sauber)\b)",
        needs=r"\b(?:wen+|sobald|wae?hrend|bis) (?:\w+ ){0,4}?(?:alle schlafen|(?:niemand|keiner) "
        r"(?:\w+ )?(?:da|zuhause|zu hause|daheim|wach) ist|(?:im urlaub|weg|nicht da|nicht zuhause|"
        r"nicht zu hause|verreist|unterwegs|aus dem haus|bei (?:\w+ )?\w+) (?:sind|ist))\b",
        unless=r"\b(?:party|feier|putz\w*|aufrae?um\w*|hausaufgaben|haushalt|kochen|backen|"
        r"ue?berraschung|sturmfrei|zock\w*|lern\w*|wae?sche|geschenk\w*|sport|training|rauch\w*|"
        r"staubsaug\w*|einkauf\w*|streich\w*|renovier\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>alles (?:\w+ )?(?:geplant|durchgeplant|vorbereitet|organisiert))\b",
        needs=r"\b(?:zeitpunkt|methode|abschiedsbriefe?|briefe an|briefe,|die briefe|den ort)\b",
        unless=r"\b(?:party|feier|urlaub|reise|umzug|prue?fung|hochzeit|geburtstag|"
        r"weihnacht\w*|ausflug|wanderung|training|wettkampf|meeting|prae?sentation|klausur|abi\w*|"
        r"einladung\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wen+|falls)\sich (?:\w+ ){0,2}?nicht mehr (?:on|online|aktiv|da|hier|wach) "
        r"bin)\b",
        needs=r"\b(?:danke|lieb|verzeih\w*|passt auf|lebt wohl|tut mir leid|vergesst|macht(?:s| es) "
        r"gut)\b",
        unless=r"\b(?:akku|internet|wlan|handy|urlaub|funkloch|netz|empfang|reise|flug|detox|"
        r"pause|prue?fung|klausur|arbeit|schicht)\b",
        negatable=False,
    ),
    rule(
        S,
        # "ich halts nicht mehr aus, ich mach schluss" (not a break-up: no one to leave named)
        r"\b(?:ich )?(?P<core>(?:mach|mache) (?:jetzt |einfach |heute |endlich )?schluss)\b(?! "
        r"(?:\w+ )?(?:mit|fur|fuer|fue?r heute|fuer heute|fur heute)\b)",
        needs=r"\b(?:nicht mehr aus|leben ist (?:\w+ )?(?:vorbei|kaputt|zersto?e?rt|sinnlos|am ende)|"
        r"kann nicht mehr|will nicht mehr|keine kraft|(?:hat|macht) (?:\w+ )?keinen sinn|sinnlos|"
        r"lebt wohl|verzeiht)\b",
        unless=r"\b(?:job|arbeit|beziehung|freund|freundin|feierabend|projekt|diae?t|schicht|"
        r"training|serie|spiel|lernen|uni|studium)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:trinken|getrunken|trinke|trink|schlucken|geschluckt|schlucke|schluck) "
        r"(?:\w+ ){0,3}?(?:rattengift|bleiche|bleichmittel|chlorreiniger|rohrreiniger|"
        r"frostschutz\w*|pflanzenschutz\w*|unkrautvernichter|insektengift|abflussreiniger)|"
        r"(?:rattengift|bleiche|bleichmittel|chlorreiniger|rohrreiniger|frostschutz\w*|"
        r"unkrautvernichter|insektengift|abflussreiniger) (?:\w+ ){0,3}?(?:trinken|getrunken|"
        r"schlucken|geschluckt|zu trinken|zu schlucken))\b",
        unless=r"\b(?:hund|katze|kind|baby|kleinkind|versehentlich|aus versehen|giftnotruf|"
        r"giftnotrufzentrale|film|serie)\b",
        about_others=True,
    ),
    rule(
        S,
        # Phone style without the subject: "bring mich heut um".
        r"(?:^|[.!?,;:] ?)(?:bring|bringe) mi(?:ch)? (?:\w+ ){0,3}?(?P<core>um)\b"
        r"(?! (?:den|die|das|meinen|meine|mein|jede\w*|\d|halb|viertel|punkt|kurz)\b)",
        unless=r"\b(?:(?:nein|nee|war nur|nur|kleiner) spass|spass beiseite|scherz|nach hause|"
        r"heim|zum bahnhof|zur arbeit|zur schule|ins bett)\b",
    ),
    rule(
        S,
        r"\b(?:beschlossen|entschieden|entschlossen|vorgenommen),? (?:\w+ ){0,2}?(?P<core>zu "
        r"sterben|nicht mehr (?:zu )?leben|nicht weiterzuleben|aus dem leben zu scheiden)\b",
    ),
    rule(
        S,
        # Verb last ("dass er nicht mehr leben will").
        r"\b(?P<core>nicht mehr (?:wirklich |weiter |lange |langer |laenger )?(?:leben|weiterleben|"
        r"existieren|am leben sein|aufwachen) (?:will|wollte|mochte|moechte|mag|kann|konnte|"
        r"wuerde|wurde))\b",
        about_others=True,
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:tabletten|pillen|medikamente|schlaftabletten|\w+tabletten|meds|tabs) "
        r"(?:\w+ ){0,3}?(?:abgezae?hlt|abgezaehlt|bereitgelegt|rausgelegt|zurechtgelegt|"
        r"ausgedrue?ckt|ausgedrueckt|gezae?hlt))\b",
        unless=r"\b(?:woche|wochendosierer|dosierer|dosette|morgens|abends|pillendose|rezept|"
        r"arzt|pflege\w*|oma|opa|mama|papa|patient\w*)\b",
    ),
    # ---- SELF_HARM
    rule(
        H,
        r"\b(?:mich|mir) (?:\w+ ){0,2}?mit (?:dem|einem|nem|n|der|einer|ner|meiner|meinem) "
        r"(?:feuerzeug|zigarette|kippe|kerze|glut|heissen messer|loffel) (?:\w+ )?(?P<core>"
        r"verbrannt|verbrenne|verbrennen|gebrannt|gebrandmarkt)\b",
        unless=r"\b(?:aus versehen|versehentlich|unfall)\b",
    ),
    rule(
        H,
        r"\bbestraf\w* (?:ich )?mich (?:\w+ ){0,3}?(?P<core>nichts esse|nicht esse|nichts zu essen|"
        r"hungern|mit hunger|essen verweigere|nichts mehr esse|schlage|schneide|ritze|kratze)\b",
        negatable=False,
    ),
    rule(
        H,
        r"\b(?:ich |i )?(?:schneide|schneid) (?:ich )?(?P<core>mich)\b(?! (?:\w+ )?(?:aus|ab|raus|"
        r"los|frei|beim|mit dem brot|in den finger|in den daumen|ins?)\b)|\b(?:will|muss|moe?chte?|"
        r"drang|angefangen|wieder|aufgehort|aufhoren),? (?:\w+ )?mich (?:\w+ )?(?:selbst )?"
        r"(?:zu )?(?:schneiden)\b",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?:tu|tue|tat) (?:ich )?mir (?:\w+ ){0,2}?(?:selbst |absichtlich |extra |mit absicht )?"
        r"(?P<core>weh)\b",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?:hab|habe|hatte)\s(?:ich )?mich\s(?:\w+ ){0,2}?(?:wieder|schon wieder|erneut|"
        r"absichtlich|extra|mit absicht|selbst) (?:\w+ )?(?P<core>geschnitten|verletzt|verbrannt|"
        r"aufgeschnitten|blutig gekratzt)\b",
        unless=rf"{_CUT_ACCIDENT}|{_BURN_ACCIDENT}|{_KNOCK_ACCIDENT}",
    ),
    rule(
        H,
        r"\b(?P<core>(?:ge)?ritz(?:e|en|t|te|ten|st|end)?|ritzerei|ritzdruck|ritzfrei|"
        r"ritzwunden|ritznarben)\b(?! (?:mich |sich )?(?:nicht|nie|niemals)\b(?! mehr))",
        about_others=True,
        unless=r"\b(?:in|aus|durch|zwischen) (?:der|die|den|einer|eine|ne) ritzen?\b|"
        r"\britzen? (?:im|in der|in den|zwischen|am) (?:boden|tur|tuer|fenster|wand|dielen|"
        r"fliesen|sofa|couch|holz)|\b(?:tisch|holz|baum|rinde|stein|glas|bank|namen|initialen|"
        r"herz|muster|scheibe|lack|cracker|hotel|carlton|kratzer|gravur|gravier\w*|linoleum)\b",
    ),
    rule(
        H,
        r"\b(?P<core>svv|selbstverletz\w*|selbst verletz\w*|verletz\w* (?:ich )?(?:mich|"
        r"sich) (?:(?!(?:nicht|nie|niemals|keinesfalls)\b(?! mehr))\w+ ){0,3}?"
        r"selbst|mich selbst (?:zu )?verletz\w*|selbstschae?dig\w*|automutilation|"
        r"mir\sselbst\s(?:\w+ )?(?:weh ?(?:zu ?)?tun|wehtun|wehzutun|schmerzen zufue?gen|"
        r"schaden)|mir (?:\w+ )?weh ?(?:zu ?)?tun wollen|(?:will|moe?chte?|muss|drang) (?:\w+ )?"
        r"mir (?:\w+ )?weh ?(?:zu ?)?tun)\b",
        about_others=True,
        unless=r"\b(?:sport|training|gym|ausversehen|aus versehen|unfall|doku\w*|film\w*|buch|"
        r"artikel|vortrag|referat|serie|reportage|podcast|studie|seminar|kurs|pra?e?vention|"
        r"fortbildung|hausarbeit|thema)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:schneid\w*|geschnitten|aufgeschnitten|aufschneiden|aufgeschlitzt) "
        r"(?:ich )?(?:mich|mir|sich) (?:\w+ ){0,3}?(?:die |den |meine |meinen |in die |in den |"
        r"in meine |in meinen |an den |an die |am |an der )?(?:arme?|unterarme?|handgelenke?|"
        r"beine?|oberschenkel|bauch|haut|hue?fte?n?|brust)|(?:mich|mir|sich) (?:\w+ ){0,3}?"
        r"(?:in die |in den |die |den |meine |meinen )?(?:arme?|unterarme?|handgelenke?|beine?|"
        r"oberschenkel|bauch|haut|hue?fte?n?) (?:\w+ )?(?:geschnitten|aufgeschnitten|schneiden|"
        r"aufzuschneiden|aufgeschlitzt|aufgekratzt|verbrannt))\b",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:rasier)?klingen?|cuttermesser|skalpell)\b",
        needs=r"\b(?:mich|mir|sich|arm|arme|armen|haut|beine?|oberschenkel|handgelenk\w*|"
        r"ritz\w*|schneid\w*|narben?|druck|versteck\w*|gekauft|ausgebaut|rausgebaut|"
        r"rausgeholt|svv|wieder|gegriffen|ruckfall|rueckfall|clean)\b",
        unless=r"\b(?:rasier(?:en|t|e|te|er|klinge vom)|bart|beine rasier\w*|schlittschuh\w*|"
        r"messer schleifen|"
        r"kuche|kochen|kochmesser|schwert\w*|film|spiel)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:zigarette\w*|kippe\w*|feuerzeug|kerze|bue?geleisen|glut) (?:\w+ ){0,4}?"
        r"(?:auf|an|in)\s(?:meiner|meinem|meinen|der|dem|mir|meine|den|die) (?:\w+ )?(?:haut|arm|"
        r"arme|"
        r"armen|hand|handgelenk|bein|beinen|oberschenkel)|(?:druck|drueck|druecke|drucke|"
        r"gedrueckt|gedruckt) (?:ich )?(?:mir|sich) (?:\w+ ){0,3}?(?:zigarette\w*|kippe\w*) "
        r"(?:\w+ ){0,3}?aus|(?:verbrenn\w*|verbrannt) (?:ich )?(?:mich|mir|sich) (?:\w+ ){0,3}?"
        r"(?:absichtlich|extra|selbst|mit (?:dem|einem|nem|n|der|einer|ner) (?:feuerzeug|"
        r"zigarette|kippe|kerze|bue?geleisen)|mit absicht)|mich (?:\w+ )?selbst (?:zu )?"
        r"verbrenn\w*)\b",
        about_others=True,
        unless=_BURN_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:schlag\w*|schlug|hau\w*|box\w*|bestraf\w*|kratz\w*) (?:ich )?(?:mich|sich) "
        r"(?:\w+ ){0,2}?selbst|(?:schlag\w*|schlug|hau\w*) (?:ich )?(?:mir|sich) (?:\w+ ){0,2}?"
        r"(?:selbst )?(?:ins gesicht|auf den kopf|gegen den kopf|an den kopf|die faust)|"
        r"(?:kopf|faust|fae?uste) (?:\w+ ){0,2}?gegen (?:die|eine|ne) (?:wand|tur|tuer|mauer) "
        r"(?:\w+ )?(?:schlagen|schlage|schlag|hauen|haue|hau|geschlagen|gehauen|knallen|"
        r"geknallt|donnern|rammen)|(?:schlag\w*|schlug|hau\w*|knall\w*|ramm\w*) (?:ich )?(?:mir )?"
        r"(?:meinen|den) kopf (?:\w+ )?gegen (?:die|eine|ne|den) (?:wand|tur|tuer|mauer|tisch|"
        r"spiegel)|mich selbst (?:zu )?(?:schlagen|hauen|bestrafen|verletzen))\b"
        r"(?! (?:\w+ )?(?:durch|zurecht|durchs|gut|tapfer|wacker))",
        about_others=True,
        unless=_KNOCK_ACCIDENT + r"|\b(?:ko?e?nnte?|ko?e?nnt) (?:mich|mir) (?:\w+ )?selbst "
        r"(?:\w+ )?(?:schlagen|ohrfeigen|treten|hauen)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:(?:kratze|kratz|kratzte|aufgekratzt|gekratzt) (?:ich )?(?:mich|mir)|kratzt "
        r"sich|kratzen sich) (?:\w+ ){0,3}?"
        r"(?:blutig|auf|bis es blutet|bis blut)|bis (?:es|ich|die haut|sie|das blut) (?:\w+ )?"
        r"(?:blutet|blute|blutete|bluten|kommt|aufplatzt|blau (?:ist|war)))\b",
        about_others=True,
        unless=rf"{_KNOCK_ACCIDENT}|{_CUT_ACCIDENT}|\b(?:nase|nasenbluten|zahnfleisch|katze|kater|"
        r"hund|hamster|kaninchen|tier|welpe|papagei|pferd)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:hungern?|hunger mich|nichts essen|nichts gegessen|esse nichts|ess "
        r"nichts|esse nicht|verweigere essen) (?:\w+ ){0,3}?(?:zur strafe|als strafe|um mich zu "
        r"bestrafen|weil ich es nicht verdiene|verdien\w* (?:es )?nicht)|verdiene (?:\w+ )?"
        r"(?:kein essen|nichts zu essen|es nicht zu essen)|(?:essen|es) (?:\w+ )?nicht verdient|"
        r"bestrafe mich (?:\w+ )?(?:mit|durch) "
        r"(?:hungern|nicht essen|essen))\b",
        negatable=False,
    ),
    rule(
        H,
        r"\b(?P<core>(?:\w+ )?(?:tage|tag|wochen|woche|monate|monat|jahre|jahr) (?:\w+ )?"
        r"(?:clean|frei|sauber) (?:vom|von|ohne) (?:ritzen|svv|schneiden|selbstverletzung)|"
        r"(?:tage|tag|wochen|woche|monate|monat|jahre|jahr) (?:\w+ ){0,2}?(?:nicht|kein) (?:mehr )?"
        r"(?:geritzt|geschnitten|svv|verletzt|verbrannt)|(?:ruckfall|rueckfall|ruckfallig|"
        r"rueckfaellig|rueckfallig)(?:[ ,]+\w+){0,4}?[ ,]+(?:ritzen|svv|geritzt|geschnitten|"
        r"klinge|selbstverletz\w*|verletzt|verbrannt))\b",
        negatable=False,
    ),
    rule(
        H,
        r"\b(?P<core>(?:frische|neue|offene) (?:schnitte|wunden|narben|ritzer|kratzer) (?:\w+ )?"
        r"(?:an|auf|am|in) (?:meinem|meinen|meiner|ihrem|ihren|seinem|seinen|den|dem|der) "
        r"(?:\w+ )?(?:arm|armen|arme|handgelenk\w*|oberschenkel\w*|beinen?|bauch|haut)|"
        r"(?:frischen|neuen) (?:schnitte|ritzer)|narben (?:vom|von dem|von) (?:ritzen|svv|"
        r"schneiden)|(?:versteck\w*|verdeck\w*|uberdeck\w*) (?:\w+ )?(?:meine|die) "
        r"(?:narben|schnitte|ritzer))\b",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:operation|op|kaiserschnitt|unfall|sturz|katze)\b",
    ),
    # ---- SELF_HARM, round 2
    rule(
        H,
        r"\b(?P<core>brauch\w* (?:\w+ )?(?:den|diesen|die|meinen) schmerz(?:en)?|um (?:\w+ )?"
        r"(?:wieder )?(?:was|etwas|irgendwas) zu (?:spue?ren|fue?hlen))\b",
        needs=r"\b(?:schneid\w*|ritz\w*|klinge\w*|sonst|spue?r\w*|fue?hl\w*|leer|taub|"
        r"verletz\w*|haut|blut\w*)\b",
        unless=r"\b(?:sport|training|gym|tattoo\w*|piercing\w*|muskelkater|sauna|eisbad|"
        r"massage|yoga|dehnen|peperoni|chili\w*|scharf\w*|musik|achterbahn|film|serie)\b",
    ),
    rule(
        H,
        r"\b(?:hab|habe|hatte)\s(?:ich )?mich (?:\w+ ){0,4}?(?P<core>geschnitten|verbrannt|"
        r"verletzt|blutig gekratzt|aufgekratzt)\b",
        needs=r"\b(?:extra|absichtlich|mit absicht|bewusst|zur strafe|wollte es|wieder|"
        r"ruckfall|rueckfall|fruher|frueher|damals|jahrelang|als teenager|heute nacht|gestern "
        r"nacht|letzte nacht|nachts|svv?|ritzfrei|clean|tage ohne)\b",
        unless=r"\b(?:aus versehen|versehentlich|unfall|kochen|koch\w*|zwiebel\w*|brot|"
        r"gemuse|rasier\w*|papier|backofen|herd|pfanne|topf|bue?geleisen|gartenarbeit|"
        r"sturz|gestue?rzt|hingefallen|fahrrad)\b",
    ),
    rule(
        H,
        r"\b(?P<core>klingen? (?:\w+ ){0,3}?(?:aus dem|aus nem|aus einem|vom|aus meinem) "
        r"(?:rasierer|anspitzer|spitzer|cuttermesser|teppichmesser) (?:\w+ )?(?:rausgeholt|"
        r"ausgebaut|rausgebrochen|geholt|gebrochen|rausgemacht|rausgenommen)|(?:rasierer|"
        r"anspitzer|spitzer) (?:\w+ )?(?:auseinandergenommen|auseinandergebaut|zerlegt|"
        r"aufgebrochen|geknackt|auseinandergeschraubt|aufgeschraubt|abgeschraubt))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:schlag\w*|schlug|hau\w*|box\w*|prue?gel\w*|kneif\w*|kniff) (?:ich )?"
        r"(?:mir|mich) (?:\w+ ){0,4}?(?:auf|gegen|in) (?:die|den|das|meine|meinen|mein) "
        r"(?:beine|bein|oberschenkel|arme|arm|bauch|kopf|gesicht|brust|hae?nde|hand|rippen)|"
        r"bis (?:\w+ ){0,2}?(?:blau|grun und blau|grue?n und blau) (?:sind|ist|war|waren|werden|"
        r"wird|anlaufen))\b",
        needs=r"\b(?:selbst|mir|mich|wut|wue?tend|hass\w*|strafe|bestraf\w*|bis)\b",
        unless=_KNOCK_ACCIDENT + r"|\b(?:mue?cke\w*|fliege|fluge\w*|moskito\w*|ko?e?nnte?|"
        r"vor freude|vor lachen|haha\w*|auf die schulter)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:fruher|frueher|damals|jahrelang|als teenager|in der schulzeit|mit "
        r"\d\d) (?:\w+ ){0,3}?(?:mich )?(?:geschnitten|geritzt|verletzt|verbrannt|"
        r"selbst verletzt))\b",
        needs=r"\b(?:drang|wieder|lust|bedurfnis|beduerfnis|druck|ruckfall|rueckfall|narben?|"
        r"jetzt)\b",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:mir|mich) (?:\w+ ){0,2}?(?:die|meine|den|meinen) (?:arme?|beine?|"
        r"oberschenkel|handgelenke?|haut|unterarme?) (?:\w+ ){0,2}?(?:kaputt ?gemacht|"
        r"zerschnitten|zerkratzt|aufgeschlitzt|aufgeritzt))\b",
        unless=_KNOCK_ACCIDENT + r"|\b(?:sturz|fahrrad|sport|skate\w*|garten\w*|dornen|"
        r"rosen|brombeer\w*|katze)\b",
    ),
    rule(
        H,
        r"\b(?:mich|mir)\s(?:\w+ ){0,5}?(?P<core>verbrannt|geschnitten|verletzt|geschlagen|"
        r"gekratzt|aufgekratzt|geritzt|weh getan|wehgetan|verbrue?ht|verbrueht)\b",
        needs=r"\b(?:weil ich mich (?:\w+ )?hasse|hasse mich|zur strafe|als strafe|um mich zu "
        r"bestrafen|"
        r"verdien\w* es|absichtlich|mit absicht|extra)\b",
        unless=r"\b(?:aus versehen|versehentlich|unfall|nicht absichtlich|nicht mit absicht)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:sh|svv) (?:ruckfall|rueckfall)|(?:ruckfall|rueckfall) (?:\w+ )?(?:sh|svv))\b",
        negatable=False,
    ),
    rule(
        H,
        r"\b(?P<core>(?:gebissen|gekratzt|geschlagen|gehauen|gekniffen|gezwickt) (?:\w+ ){0,2}?"
        r"bis (?:es|ich|die haut|das blut) (?:\w+ )?(?:geblutet (?:hat|hatte)|blutete|blau war)|"
        r"(?:beiss\w*|biss|gebissen) (?:ich )?(?:mir|mich) (?:\w+ ){0,3}?(?:in den|auf den|in "
        r"die|auf die) (?:arm|hand|finger|unterarm|handgelenk))\b",
        needs=r"\b(?:blut\w*|bis|wund|strafe|bestraf\w*|lange|hasse)\b",
        unless=r"\b(?:hund|katze|kater|hamster|pferd|mue?cke\w*|zunge aus versehen|aus "
        r"versehen|nase|zahnfleisch)\b",
    ),
    # ---- SELF_HARM, round 3
    rule(
        H,
        r"\b(?P<core>zur (?:rasier)?klinge (?:\w+ )?(?:gegriffen|greifen|greife|gegriffen hab\w*)|"
        r"mir (?:\w+ ){0,2}?(?:neue|frische|wieder welche) (?:\w+ )?(?:gemacht|zugefue?gt|"
        r"dazugemacht|geritzt|geschnitten))\b",
        needs=r"\b(?:klinge|narben?|schnitte|wunden|ritz\w*|verheilt|clean|wieder)\b",
        unless=_CUT_ACCIDENT + r"|\b(?:tattoo\w*|piercing\w*|haare?|nae?gel|naegel|strae?hnen)\b",
    ),
    # ---- Round 4 (fresh2, phone-typed): plans, means, children, people at risk, goodbyes
    rule(
        S,
        # Going to the rails with a train's time ("der letzte ICE kommt um 23 uhr").
        r"\b(?P<core>(?:zu|an|auf|uber|ueber) (?:den|die|das) (?:\w+ )?(?:gleise?n?|schienen|"
        r"bahngleise?n?|bahnstrecke|bahndamm))\b(?! (?:\d|nummer))",
        needs=r"\b(?:letzte\w* (?:\w+ )?(?:zug|ice|ic|bahn|s-?bahn|gue?terzug|regio)|nae?chste\w* "
        r"(?:\w+ )?(?:zug|ice|gue?terzug)|(?:zug|ice|gue?terzug|bahn) (?:\w+ ){0,3}?(?:kommt|"
        r"fae?hrt|rast|donnert) (?:\w+ ){0,3}?(?:um \d|durch|vorbei)|heute nacht|nachts)\b",
        unless=r"\b(?:spazier\w*|gleisbau\w*|bauarbeit\w*|verspae?tung|foto\w*|modell\w*|"
        r"bahnsteig|umsteig\w*|anschluss|verpasst|erwischt|pendel\w*|abholen|arbeit)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Walking into water until one cannot stand ("in den baggersee bis ich nicht mehr steh").
        r"\b(?P<core>(?:in den|ins|in die|in nen|in einen) (?:\w+ )?(?:\w*see|fluss|meer|wasser|"
        r"rhein|elbe|donau|main|spree|weser|isar|kanal|ostsee|nordsee|teich|weiher|talsperre|"
        r"stausee|hafenbecken|fluten|wellen))\b",
        needs=r"\b(?:bis ich (?:\w+ )?(?:nicht mehr|keinen boden mehr|keinen grund mehr) "
        r"(?:stehe?n?|steh|grund|boden|atme|atmen|kann)|(?:kann|konnte) (?:\w+ ){0,2}?nicht schwimmen|"
        r"nicht mehr (?:auftauch\w*|hochkomm\w*|rauskomm\w*)|steine (?:\w+ ){0,3}?(?:taschen|"
        r"rucksack)|untergeh\w*)\b",
        unless=r"\b(?:schwimmkurs|schwimmflugel|schwimmfluegel|schwimmen lernen|kind|baby|hund|"
        r"urlaub|surf\w*|boot|paddel\w*)\b",
    ),
    rule(
        S,
        # "mach ichs" beside a plan, a decision or a time when no one is home.
        r"\b(?P<core>(?:mach|mache|tu|tue|zieh|ziehe) ich(?:s| es)(?: (?:dann|endlich|wirklich))?"
        r"(?: durch)?)(?=\s*(?:$|[.,!;]|und\b|dann\b|endlich\b))",
        needs=r"\b(?:alles (?:\w+ )?geplant|(?:hab|habe) mich (?:\w+ )?entschieden|beschlossen|"
        r"steht fest|abschiedsbrief\w*|keiner (?:\w+ )?(?:zuhause|zu hause|daheim|da ist)|niemand "
        r"(?:\w+ )?(?:zuhause|zu hause|daheim|da ist)|wenn (?:meine |mein |die )?(?:eltern|mama|"
        r"papa|mutter|vater|alle|freund|freundin|mann|frau) (?:\w+ ){0,4}?(?:weg|nicht da|"
        r"unterwegs|verreist|im urlaub|auf der \w+|auf \w+|schlafen|arbeiten) (?:sind|ist))\b",
        unless=_GAME + r"|\b(?:hausaufgaben|referat|party|kuchen|essen|putzen|aufrae?umen|"
        r"fuhrerschein|fuehrerschein|bewerbung|geschenk|uberraschung|ueberraschung|tattoo|"
        r"umzug|training|sport)\b",
        neighbours=True,
        negatable=False,
    ),
    # Round 5: its `unless` reads its own sentence only (see _own_sentence).
    *_own_sentence(
        (
            rule(
                S,
                r"\b(?P<core>testament (?:\w+ ){0,2}?(?:fertig|aufgesetzt|unterschrieben|hinterlegt|"
                r"gemacht|geschrieben))\b",
                needs=r"\b(?:bereit|soweit|so weit|ruhig|bald|letzte\w*|schlussel|schluessel|katze|kater|"
                r"hund|abschied\w*|briefe?|passwort\w*|nachbarin|danach|dann kann)\b",
                unless=r"\b(?:umzug|urlaub|reise|auswander\w*|op|operation|steuer\w*|hochzeit|notar "
                r"wegen|oma|opa|eltern|vorsorge\w*|patientenverfu?e?gung|kinder)\b",
                neighbours=True,
            ),
        )
    ),
    rule(
        S,
        # A chosen day when no one is home.
        r"\b(?P<core>(?:den|diesen|einen|nen) (?:\w+ )?(?:tag|abend|termin|zeitpunkt|moment|"
        r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) (?:\w+ ){0,2}?"
        r"(?:ausgesucht|ausgewae?hlt|festgelegt|gewae?hlt))\b",
        needs=r"\b(?:keiner|niemand|kein mensch) (?:\w+ ){0,2}?(?:zuhause|zu hause|daheim|da)|"
        r"ist es so ?weit|mach ichs|passiert es|bin ich (?:\w+ )?nicht mehr\b",
        unless=r"\b(?:party|feier|hochzeit|geburtstag|umzug|urlaub|date|fest|treffen|"
        r"uberraschung|ueberraschung|besuch)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>weiss (?:\w+ )?(?:jetzt |genau |auch )?(?:wie und wann|wann und wie|wo und "
        r"wie|wie und wo|wann und wo|wo und wann))(?=\s*(?:$|[.,!;]|und\b))",
        needs=r"\b(?:entschieden|beschlossen|ruhig|bereit|plan|geplant|endlich|erleichter\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:nach|ab|vor|zu|an|bis|nae?chste\w*) (?:\w+ ){0,2}?bin ich (?:\w+ )?nicht "
        r"mehr (?:da|hier|am leben|auf der welt)|gibt(?:s| es) mich (?:\w+ )?nicht mehr)\b",
        unless=r"\b(?:urlaub|reise|umzug|ausziehe|auswander\w*|arbeit|buro|buero|job|schicht|"
        r"ferien|kur|dienstreise|verreis\w*|krankenhaus|schule|praktikum|abi|studium|wg|"
        r"in rente|semester|insta\w*|facebook|tiktok|whatsapp|snap\w*|twitter|gruppe|chat|"
        r"account|online|social media|verein|firma|auslandsjahr)\b",
        negatable=False,
    ),
    rule(
        S,
        # Going somewhere and not coming back.
        r"\b(?:fahr\w*|geh\w*|lauf\w*|flieg\w*|verschwind\w*)\b(?:,? \w+){0,8}?,? und (?:\w+ )?"
        r"(?P<core>(?:komm|komme|kehre|kehr) (?:\w+ )?(?:nicht|nie) (?:mehr |wieder |mehr "
        r"wieder )?(?:zuru?e?ck|wieder|heim|nach hause))\b(?! (?:bevor|ohne|bis|vor)\b)",
        unless=r"\b(?:zieh\w*|umzug|auswander\w*|ausland\w*|job|studium|stelle|wohnung|lol|"
        r"haha\w*|xd|urlaub|weltreise|work and travel|australien|kanada|amerika|usa|ihm|ihr|"
        r"zu ihm|zu dir|freund|freundin|ex|firma|verein|schule)\b|😂|🤣",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hoe?chste\w*|hoechste\w*) (?:\w+ )?(?:brue?cke|klippen?|hochhaus|"
        r"parkhaus|gebae?ude|turm|staumauer|dach)|(?:brue?cke|klippen?|hochhaus|parkhaus|"
        r"gebae?ude|turm|staumauer) (?:\w+ ){0,5}?am hoe?chsten)\b",
        needs=r"\b(?:rausgesucht|ausgesucht|fahr\w* (?:\w+ ){0,3}hin|geh\w* (?:\w+ ){0,3}hin|"
        r"gegoogelt|hoch genug|runter|spring\w*)\b",
        unless=r"\b(?:urlaub|aussicht|foto\w*|besichtig\w*|ausflug|tour\w*|quiz|referat|"
        r"wanderung|wandern|klettern|bungee\w*|rekord|architektur)\b",
        about_others=True,
    ),
    rule(
        D,
        # Beaten with an object, or by a parent named bare ("mama haut mich").
        r"\b(?P<core>(?:haut|hauen|schlae?gt|schlagen|schlug|prue?gelt|verhaut|verhauen|"
        r"geschlagen|gehauen|verprue?gelt) (?:\w+ ){0,3}?mit (?:dem|der|einem|nem|ner|einer|"
        r"seinem|ihrem|seiner|ihrer|m) (?:gurtel|guertel|kochloe?ffel|kochloeffel|stock|"
        r"rohrstock|kabel|schuh|hausschuh|latschen|flasche|peitsche|lineal|bugel|buegel|"
        r"teppichklopfer|gerte|faust|fae?usten|handy|schlae?ger)|(?:mama|papa|mami|papi|mutti|"
        r"vati|stiefvater|stiefmutter|stiefpapa|stiefmama)\s(?:\w+ ){0,3}?(?:schlae?gt|haut|"
        r"verhaut|prue?gelt|tritt|wue?rgt|schubst) mich)\b",
        unless=_GAME + _SMALL_CHILD + r"|\b(?:haha\w*|spass|scherz|witz)\b",
    ),
    rule(
        D,
        # A verb-final clause: "weil mein vater mich gegen die wand geschubst hat".
        rf"\b(?:weil|dass|als|nachdem|wenn|seit|wie|da) {_PERSON} (?:\w+ )?mich (?:\w+ ){{0,4}}?"
        rf"(?P<core>{_VIOLENT_PARTICIPLE}) (?:hat|hatte|hab|haben)\b",
        unless=_GAME + _SMALL_CHILD,
    ),
    rule(
        D,
        # A cover story told for bruises.
        r"\b(?P<core>sag\w* (?:ich )?(?:\w+ ){0,3}?(?:ich bin|ich sei|dass ich|ich waere|ich "
        r"wae?r) (?:\w+ ){0,3}?(?:hingefallen|gestolpert|gestu?e?rzt|gegen (?:\w+ ){0,2}?"
        r"gelaufen|die treppe runtergefallen))\b",
        needs=r"\b(?:blaue\w* flecken|flecken|hae?matom\w*|wunde\w*|striemen|blaues auge|"
        r"verletzung\w*|narben?|schule|lehrer\w*|arzt|aerztin|arztin)\b",
        unless=r"\b(?:ski\w*|fussball|training|snowboard|skate\w*|fahrrad|glatteis)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:kriegt|kriege|krieg|kriegen|bekommt|bekomme|bekommen|gab|gibt|gibts|"
        r"gibt es|setzt es) (?:\w+ ){0,4}?(?:schlae?ge|prue?gel|haue|dresche|tracht prue?gel|"
        r"ohrfeigen?|backpfeifen?|den gurtel|den guertel))\b",
        unless=_GAME + r"|\b(?:tennis|golf|boxen|boxkampf|sparring|training|tischtennis|"
        r"badminton|schlagzeug|herz\w*|bauchschmerz\w*|film|serie|buch)\b",
        about_others=True,
    ),
    rule(
        D,
        # An adult sending a child strange pictures or wanting them alone.
        r"\b(?P<core>(?:schickt|schickte|sendet|geschickt) (?:mir|uns) (?:\w+ ){0,2}?(?:komische|"
        r"eklige|nackt\w*|versaute|perverse|sexuelle|seltsame|unangenehme|intime) (?:\w+ )?"
        r"(?:bilder|fotos|videos|pics|nachrichten|sachen)|(?:allein|alleine) (?:\w+ )?(?:bei|mit)"
        r" (?:ihm|ihr) (?:bleib|bleibe|bleiben|sein)|dickpics?)\b",
        needs=r"\b(?:bin (?:erst )?\d{1,2}\b|\d{1,2} jahre|trainer\w*|lehrer\w*|onkel|betreuer\w*|"
        r"stiefvater|erwachsene\w*|alter mann|(?:viel )?ae?lter\w*|nachbar|coach)\b",
        unless=r"\b(?:meme\w*|katze|hund|witz\w*|lol)\b",
    ),
    rule(
        S,
        # Someone at risk now, the verb last ("dass sie sich heute nacht umbringt").
        r"\b(?:sich|dich|mich) (?:\w+ ){0,3}?(?P<core>umbringt|umbringst|umbringe|aufhae?ngt|"
        r"erhae?ngt|das leben nimmt|das leben nimmst|(?:was|etwas) antut|(?:was|etwas) antust)"
        r"\b",
        about_others=True,
        unless=_NO_INTENT + r"|\b(?:wie (?:er|sie) sich|spiel\w*)\b",
    ),
    rule(
        S,
        # Someone sitting on a railing or an edge.
        r"\b(?:sitzt|sitze|sitz|steht|stehe|steh|sass|stand|klettert|kletter|kletterte|hockt|"
        r"balanciert|kniet) (?:\w+ ){0,4}?(?P<core>(?:auf|aufm|auf dem|auf der|auf nem|auf ner|"
        r"uber|ueber|am|an der) (?:\w+ )?(?:\w*gelae?nder|brue?stung|dachkante|dachrand|"
        r"abgrund|klippenrand|fenstersims|brue?ckenrand))\b",
        about_others=True,
        unless=_GAME + r"|\b(?:foto\w*|selfie|urlaub|aussicht|sonnenuntergang|bier|kaffee|"
        r"zigarette|kippe|raucht|rauchen|katze|vogel)\b",
    ),
    rule(
        S,
        r"\b(?:sitzt|sitze|sitz|steht|stehe|steh|sass|stand|klettert|hockt|kniet) (?:\w+ ){0,4}?"
        r"(?P<core>(?:auf|aufm|auf dem|auf der|am|im) (?:\w+ )?(?:fensterbrett|dach|fenster|"
        r"balkon))\b",
        needs=r"\b(?:\d+\.? (?:stock|etage|og)|stock(?:werk)?|etage|runter(?:zu)?springen|"
        r"spring\w*|redet nicht|antwortet nicht|reagiert nicht|will nicht runter|hoch oben|"
        r"(?:schau|guck|seh|sieht|schaut|guckt)\w* (?:\w+ )?runter)\b",
        neighbours=True,
        about_others=True,
        unless=_GAME + r"|\b(?:foto\w*|selfie|urlaub|aussicht|sonnenuntergang|bier|kaffee|"
        r"zigarette|kippe|raucht|rauchen|katze|vogel|pflanzen|grill\w*|sonne|wlan|wifi|empfang|"
        r"netz|telefonier\w*)\b|\bspring\w* (?:\w+ )?(?:nicht|nie)\b",
    ),
    rule(
        S,
        r"\b(?:will|wollte|moe?chte?|wue?rde?|sehne (?:mich|sich)|sehnt sich) (?:\w+ ){0,3}?zu "
        r"(?:seiner |seinem |seinen |ihrer |ihrem |ihren |unserer |unserem )?(?P<core>(?:oma|opa|"
        r"mama|papa|mutter|vater|bruder|schwester|sohn|tochter|mann|frau|eltern) (?:\w+ )?"
        r"(?:in den himmel|nach oben|ins jenseits|auf die andere seite))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:tabletten|pillen|medikamente|meds|tabs|schlaftabletten|\w+tabletten|"
        r"schmerzmittel|insulin|beruhigungs\w*) (?:\w+ ){0,2}?(?:hortet|sammelt|bunkert|"
        r"versteckt|spart|aufhebt|beiseitelegt))\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:schreit|schrie|schreien|schrien|ruft|rief|rufen|gerufen|geschrien|"
        r"schreie|rufe) (?:\w+ ){0,2}?um hilfe|hilfeschreie?|hilferufe?)\b",
        about_others=True,
        unless=_GAME + r"|\b(?:film\w*|serie|buch|theater|lol|haha\w*|xd|hausaufgaben|mathe|"
        r"excel|computer|pc|laptop|handy|umzug|support|wasser|feuer|brand|keller|hochwasser|"
        r"panne|reifen)\b|😂|🤣",
    ),
    rule(
        S,
        r"\b(?P<core>(?:meine|mein|die) letzte (?:nachricht|message|sms|worte)|(?:mein|der) "
        r"letzte\w* (?:post|eintrag|beitrag|text|tweet|video))\b",
        needs=r"\b(?:sorry (?:fur|fuer) alles|tut mir leid|hdl|hab (?:euch|dich) (?:\w+ )?lieb|"
        r"lebt wohl|machts gut|verzeiht|vergesst mich|morgen|nicht mehr|fur immer|fuer immer|"
        r"passt auf euch auf)\b",
        unless=r"\b(?:fur heute|fuer heute|vor dem urlaub|vor der pause|bevor ich schlafe|gute "
        r"nacht|insta\w*|account|kanal|channel|gruppe)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Leaving for good ("machts gut leute, ich bin raus. für immer diesmal"). Round 5: the
        # farewell before or after is read by the pattern itself, within 60 characters of the
        # same line, so that the rule reads only its own sentence (a series named in the
        # sentence before no longer excuses it).
        rf"\b(?:{_FOR_GOOD})\b[^\n]{{0,60}}?(?P<core>{_I_AM_OUT})\b",
        unless=_OUT_OF_A_GROUP,
    ),
    rule(
        S,
        rf"\b(?P<core>{_I_AM_OUT})\b(?=[^\n]{{0,60}}?\b(?:{_FOR_GOOD})\b)",
        unless=_OUT_OF_A_GROUP,
    ),
    # Round 5: its `unless` reads its own sentence only (see _own_sentence).
    *_own_sentence(
        (
            rule(
                D,
                # A killing said of another person, with a weapon ready.
                r"\b(?P<core>(?:stech|steche|stach|erstech|ersteche|abstechen|abzustechen|erschiess|"
                r"erschiesse|abknallen|abzuknallen|knall) (?:\w+ ){0,3}?(?:ab|ihn|sie|um|nieder)?)\b",
                needs=r"\b(?:(?:messer|waffe|pistole|knarre|axt|klinge) (?:\w+ ){0,3}?(?:liegt|ist|"
                r"hab|habe|bereit|schon|unterm|unter dem|gekauft|besorgt|versteckt|geladen)|(?:liegt|hab|"
                r"habe) (?:\w+ ){0,3}(?:messer|waffe|pistole|knarre) (?:\w+ ){0,2}bereit)\b",
                unless=_GAME + r"|\b(?:kuche|kochen|brot|zwiebel\w*|film\w*|serie|buch|krimi)\b",
                neighbours=True,
            ),
        )
    ),
    rule(
        S,
        # The verb last: "an suizid gedacht", "ans sterben denke".
        r"\b(?:an|uber|ueber|ans) (?:den |meinen )?(?P<core>suizid|selbstmord|freitod|sterben|"
        r"tod|tot sein|mich umzubringen|mich zu toe?ten) (?:\w+ ){0,2}?(?:gedacht|denke|denk|"
        r"nachgedacht|nachdenke|nachdenken|denken)\b",
        about_others=True,
    ),
    # ---- Round 4b: further wordings of the same families
    # Round 5: its `unless` reads its own sentence only (see _own_sentence).
    *_own_sentence(
        (
            rule(
                S,
                # Car exhaust: the engine running in a closed garage.
                r"\b(?P<core>motor (?:\w+ )?(?:lae?uft|laeuft|lauft|laufen|ist an|is an|an))\b",
                needs=r"\b(?:(?:tor|tur|tuer|garage) (?:\w+ )?(?:ist |is )?(?:zu|geschlossen|"
                r"abgeschlossen)|schlauch|abgase)\b",
                unless=r"\b(?:werkstatt|reparier\w*|mechaniker|ol\w*|oel\w*|warm|winter|komisch|"
                r"batterie|starthilfe|kalt|gerae?usch\w*)\b",
                neighbours=True,
            ),
        )
    ),
    rule(
        S,
        r"\b(?P<core>(?:vorbei|aus|zu ende) (?:fur|fuer) mich|(?:fur|fuer) mich (?:\w+ )?(?:vorbei|"
        r"zu ende))\b",
        needs=r"\b(?:in (?:\w+ )?(?:tagen|wochen|stunden)|morgen|heute nacht|heute abend|bald|"
        r"am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)|weiss "
        r"(?:\w+ )?wie|entschieden|beschlossen)\b",
        unless=_GAME + r"|\b(?:saison|schule|beziehung|job|party|urlaub|semester|mit (?:ihm|ihr|"
        r"dir)|verein|team|ausbildung|studium|abi)\b",
    ),
    rule(
        S,
        # Leaving before the others wake, everything prepared.
        r"\b(?P<core>bevor (?:alle|die anderen|meine eltern|jemand|mama|papa) (?:\w+ )?"
        r"(?:aufwachen|aufwacht|wach (?:sind|ist|werden|wird)|heimkommen|heimkommt|nach hause "
        r"kommen?))\b",
        needs=r"\b(?:alles (?:\w+ )?(?:vorbereitet|geplant|bereit|erledigt|geregelt)|briefe?|"
        r"abschied\w*|lebt wohl|weiss (?:\w+ )?wie|mach ichs|geh ich)\b",
        unless=r"\b(?:uberraschung|ueberraschung|geburtstag|fruhstuck|fruehstueck|kuchen|"
        r"geschenk|arbeit|schule|flug|zug|urlaub)\b",
        neighbours=True,
    ),
    rule(
        D,
        # A child told that telling sends a parent to prison.
        r"\b(?P<core>wen+\sich\s(?:\w+ ){0,3}?(?:erzae?hle|sage|verrate|petze|rede)\b(?:[ ,]+\w+)"
        r"{0,6}?[ ,]+(?:mama|papa|mutter|vater|du|ich|wir|uns|meine eltern|deine \w+|dein \w+|"
        r"meine (?:mama|mutter)|mein (?:papa|vater)) (?:\w+ ){0,2}?(?:ins gefae?ngnis|in den knast|"
        r"ins heim|ins kinderheim|weggenommen))",
        unless=r"\b(?:geburtstag|uberraschung|ueberraschung|film|serie|spiel\w*|geklaut|lol|"
        r"haha\w*)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:will|wollte|fragt|fragte|verlangt|bittet|bat) (?:\w+ ){0,3}?(?:fotos|"
        r"bilder|videos|pics) (?:\w+ ){0,3}?(?:im bikini|in unterwae?sche|nackt|oben ohne|im "
        r"badeanzug|in badesachen|von meinem ko?e?rper|im bett))\b",
        needs=r"\b(?:bin (?:erst )?\d{1,2}\b|\d{1,2} jahre|trainer\w*|lehrer\w*|onkel|betreuer\w*|"
        r"stiefvater|erwachsene\w*|alter mann|(?:viel )?ae?lter\w*|nachbar|coach|privat)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:gibt|gab|geben|gaben) (?:\w+ ){0,4}?(?:nichts|nix|kein essen|nie was) "
        r"(?:\w+ )?(?:zu essen|zum essen|essen)|(?:lae?sst|lassen|liess) mich (?:\w+ ){0,3}?"
        r"hungern)\b",
        unless=r"\b(?:diae?t|fasten|ramadan|op|operation|narkose|tierarzt|hund|katze|vorher)\b",
        about_others=True,
    ),
    rule(
        S,
        # Someone's goodbye, or talk of dying.
        r"\b(?P<core>(?:tschu?e?ss|bye|lebwohl|lebe wohl|auf wiedersehen|adieu|abschied) (?:\w+ )?"
        r"(?:fur|fuer) immer|(?:redet|redete|geredet|spricht|sprach|gesprochen) (?:\w+ ){0,3}?"
        r"(?:vom sterben|vom tod|von suizid|von selbstmord|vom umbringen))\b",
        about_others=True,
        unless=r"\b(?:oma|opa|hund|katze|haustier|beerdigung|trauer\w*|religion\w*|unterricht|"
        r"ethik|reli|philosoph\w*|umzug|ausland|urlaub|verein|gruppe|schule)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:passt|pass) (?:\w+ )?auf (?:\w+ ){1,3}?auf (?:fur|fuer) mich|(?:kummert|"
        r"kuemmert|kummer|kuemmer) (?:euch |dich )?(?:\w+ )?um (?:\w+ ){1,3}?(?:fur|fuer) mich)\b",
        needs=r"\b(?:lebt wohl|adieu|hab (?:euch|dich) (?:\w+ )?lieb|verzeiht|es tut mir leid|"
        r"fur immer|fuer immer|danke (?:fur|fuer) alles)\b",
        unless=r"\b(?:urlaub|reise|ferien|verreist|wochenende|kur|krankenhaus|klinik|"
        r"dienstreise)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?:hat|hatte|haben) (?:\w+ ){0,3}?(?:tabletten|pillen|medikamente|schlaftabletten|"
        r"ibus|paracetamol|tavor|insulin) (?:\w+ )?(?P<core>genommen|geschluckt|eingeworfen|"
        r"gespritzt)\b",
        needs=r"\b(?:(?:nicht|kaum) (?:mehr )?wach|wacht nicht auf|reagiert nicht|atmet (?:kaum|"
        r"komisch|nicht)|bewusstlos|antwortet nicht|ganze packung|alle auf einmal)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:wirft|werfe|wirf|legt|stellt|schmeisst|schmeisse) (?:er |sie )?sich (?:\w+ ){0,2}?"
        r"(?P<core>vor (?:den|einen|nen|die|eine|ne|n) (?:zug|bahn|u-?bahn|s-?bahn|lkw|laster|bus|"
        r"auto|ice|tram|strassenbahn))\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?:hat|hatte) (?:er |sie |der typ |ein typ )?mich (?:\w+ ){0,4}?(?P<core>gezwungen)"
        r"(?=\s*(?:$|[.,!;]|und\b))",
        needs=r"\b(?:klo|toilette\w*|club|party|auto|bett|zimmer|festgehalten|typ|kerl|fremder|"
        r"hinterhof|park|treppenhaus|keller)\b",
        negatable=False,
    ),
    rule(
        S,
        # "ich mach schluss" beside despair (not a break-up or the end of a shift).
        r"\b(?P<core>(?:will|moe?chte?|werde|werd|mach|mache) (?:\w+ ){0,3}?schluss(?: machen| "
        r"mache| mach)?)(?=\s*(?:$|[.,!;]))",
        needs=r"\b(?:leben|pack (?:\w+ )?(?:das|es) nicht|halt\w* (?:das|es) nicht|kann nicht mehr|"
        r"heute nacht|uberflu?e?ssig|ueberfluessig|last|sinnlos|keinen sinn|allen egal)\b",
        unless=r"\b(?:mit (?:ihm|ihr|dir)|beziehung|freund|freundin|fur heute|fuer heute|"
        r"feierabend|arbeit|schicht|job|diat|diaet|rauchen)\b",
        negatable=False,
    ),
    # ---- Round 4c
    rule(
        S,
        r"\b(?P<core>(?:strick|schlinge|galgen)|seil (?:\w+ ){0,3}?(?:bestellt|besorgt|geholt))\b",
        needs=r"\b(?:bestellt|besorgt|geholt|kommt (?:\w+ )?(?:morgen|heute|bald)|amazon|ebay)\b",
        unless=r"\b(?:springseil|kletter\w*|boot|segeln|zelt|wae?scheleine|strickjacke|"
        r"hae?ngematte|schaukel|stricken|gestrickt|strickpullover|hund|leine|theater|film|"
        r"turnen|sportunterricht|wolle|deko\w*|garten|schal|mue?tze|muetze|pulli|garn|"
        r"nadel\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:morgen|heute nacht|heute abend|bald|am (?:montag|dienstag|mittwoch|"
        r"donnerstag|freitag|samstag|sonntag|wochenende)) (?:ist|is) (?:\w+ )?(?:schluss|es "
        r"vorbei|alles vorbei)(?=\s*(?:$|[.,!;])))",
        needs=r"\b(?:allen geschrieben|briefe?|abschied\w*|lebt wohl|alles (?:\w+ )?geregelt|"
        r"bereit|hab (?:euch|dich) (?:\w+ )?lieb|verzeiht)\b",
        unless=r"\b(?:urlaub|ferien|schule|job|arbeit|praktikum|saison|vertrag|diat|diaet|"
        r"rauchen|serie|umzug)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:verschenkt|abgegeben|weggegeben|vermacht|verteilt))\b",
        needs=r"\b(?:bin (?:jetzt |nun |endlich )?(?:bereit|ready)|brauch\w* (?:\w+ )?nichts "
        r"mehr|schlue?ssel abgegeben)\b",
        unless=r"\b(?:umzug|urlaub|reise|auswander\w*|flohmarkt|vinted|ebay|kleinanzeigen|"
        r"ausgemistet|aussortiert|auslandsjahr|ferien|klinik|krankenhaus)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>verabschiedet(?: (?:\w+ ){0,4}?)?,? ohne dass (?:\w+ ){0,2}?(?:checken|merken|"
        r"wissen|ahnen|mitbekommen|checkt|merkt|weiss|ahnt|kapieren|verstehen))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:perfekte\w*|gute\w*|richtige\w*|idealer?) (?:zeitpunkt|moment|gelegenheit) "
        r"(?:zum|um zu|fur|fuer) (?:gehen|sterben|es zu tun|schluss|zu gehen|schluss zu machen))\b",
        needs=r"\b(?:keiner (?:\w+ )?(?:da|zuhause|zu hause)|niemand (?:\w+ )?(?:da|zuhause|zu "
        r"hause)|allein\w*)\b",
        unless=r"\b(?:party|feier|urlaub|reise|abhauen|ausgehen|club|kumpels?|freunde)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:macht|machte|tut|tat) (?:\w+ ){0,2}?(?:sachen|dinge|zeug) mit mir)\b",
        needs=r"\b(?:nachts|im bett|in meinem zimmer|wenn (?:\w+ ){0,3}?(?:schlae?ft|schlafen|"
        r"nicht da)|die ich nicht will|ekelhaft|anfass\w*|geheimnis|glaubt (?:\w+ )?keiner)\b",
        unless=r"\b(?:lol|haha\w*|witz|spiel\w*|zauber\w*)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:mir|dir) (?:glaubt|glauben|wird|wurde|wue?rde?) (?:\w+ )?(?:eh |sowieso |"
        r"doch )?(?:keiner|niemand)(?: glauben)?)\b(?!,? (?:dass|das|wenn|ob)\b)",
        needs=r"\b(?:sachen mit mir|anfass\w*|angefasst|beruhr\w*|beruehr\w*|nachts|geheimnis|"
        r"sagt (?:er|sie|mein \w+|der)|hat (?:er|sie) gesagt|droht|onkel|stiefvater|trainer)\b",
        unless=r"\b(?:witz|verschwo?e?rung\w*|ufo|spiel\w*|zauber\w*)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        D,
        # An adult online wanting a child to meet or to keep it from the parents.
        r"\b(?P<core>(?:sagt|sagte|schreibt|schrieb) (?:\w+ ){0,3}?(?:ich soll|ich darf|soll ich) "
        r"(?:\w+ ){0,2}?(?:meinen eltern|mama|papa|meiner mutter|meinem vater|keinem|niemandem) "
        r"(?:\w+ )?(?:nichts|nix|was|davon) (?:\w+ )?(?:sagen|erzae?hlen|verraten)|will mich "
        r"(?:\w+ )?(?:treffen|sehen) (?:\w+ )?(?:allein|heimlich|in echt|privat)?|will sich "
        r"(?:\w+ )?mit (?:meiner|meinem|unserer|unserem) (?:\w+ )?(?:tochter|sohn|kind|kleinen?|"
        r"\d+ ?jae?hrigen) (?:\w+ )?(?:treffen|sehen))\b",
        needs=r"\b(?:bin (?:erst )?(?:\d|1[0-5])\b|(?:\d|1[0-5]) jahre|mann|erwachsene\w*|discord|"
        r"internet|online|snap\w*|insta\w*|tiktok)\b",
        unless=r"\b(?:geburtstag|uberraschung|ueberraschung|geschenk)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:mach|mache|setz|setze) (?:ich )?(?:\w+ )?(?:dem|dem ganzen|allem|dem allen) "
        r"(?:\w+ )?ein ende)\b",
        needs=r"\b(?:pack\w* (?:\w+ )?(?:das|es) nicht|halt\w* (?:\w+ )?(?:das|es) nicht|kann "
        r"nicht mehr|leben|heute nacht|bald|last)\b",
        unless=r"\b(?:streit|diskussion|drama|chaos|beziehung|job|mit (?:ihm|ihr|dir)|gerue?chte?|"
        r"mobbing|lae?rm)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:hat|hatte) (?:er |sie |der typ |einer |jemand )?mir (?:\w+ )?(?:was|etwas|"
        r"irgendwas|ne pille|eine pille|tabletten|drogen) (?:\w+ )?(?:gegeben|reingetan|"
        r"untergemischt|ins glas))\b",
        needs=r"\b(?:weiss (?:\w+ )?(?:nix|nichts) mehr|filmriss|aufgewacht|blackout|erinner\w* "
        r"(?:mich )?(?:an )?(?:nix|nichts))\b",
        unless=r"\b(?:arzt|aerztin|arztin|krankenhaus|narkose|op|zahnarzt|kopfschmerz\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>war schoe?n,? euch (?:\w+ )?(?:zu kennen|gekannt zu haben)|schoe?n,? (?:dass "
        r"ich euch|euch) gekannt zu haben)\b",
        unless=r"\b(?:umzug|ausland|auslandsjahr|praktikum|job|gruppe|klasse|abschlussfeier|"
        r"rente|ruhestand)\b",
    ),
    # ---- Round 4d
    rule(
        D,
        r"\b(?P<core>(?:unter (?:meinen|den|meine|mein) (?:rock|shirt|pulli|top|bh|hose|unterhose|"
        r"slip|kleid)|in (?:meine|die) (?:hose|unterhose)|zwischen (?:meine|die) beine|an (?:meine|"
        r"die|meinen) (?:brust|bruste|brueste|busen|po|hintern)) (?:\w+ )?(?:gefasst|gegriffen|"
        r"gefummelt|gelangt|angefasst|gegrapscht))\b",
        needs=r"\b(?:ohne|obwohl|nein|festgehalten|gegen meinen willen|schwager|onkel|stiefvater|"
        r"chef|lehrer|fremder|typ|kerl|bahn|bus|als ich geschlafen|wollte (?:das|es) nicht)\b",
        unless=r"\b(?:baby|arzt|aerztin|arztin|frauenarzt|untersuchung)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:hat|haben|hatte) (?:er |sie |der typ |die typen )?(?:das|es|mich|die "
        r"situation) (?:\w+ )?ausgenutzt)\b",
        needs=r"\b(?:besoffen|betrunken|geschlafen|bewusstlos|high|nix machen|nichts machen|"
        r"wehrlos|ko|weggetreten|zu viel getrunken)\b",
        unless=r"\b(?:bier|essen|pizza|pommes|geld|handy|auto|spiel\w*|gewonnen|geklaut)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:er|sie|jemand|der typ|der kerl) (?:\w+ )?(?:auf|in|uber|ueber) mir (?:war|"
        r"lag))\b",
        needs=r"\b(?:aufgewacht|aufwachte|schlief|geschlafen|betrunken|nein|nicht wollte|"
        r"bewusstlos|weggetreten|wehren|weinte|geweint)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:beim|wae?hrend dem|wae?hrend des) sex (?:\w+ )?(?:gefilmt|fotografiert|"
        r"aufgenommen)|heimlich (?:\w+ )?(?:beim (?:duschen|umziehen|sex|schlafen|pinkeln|baden)|"
        r"nackt|unter der dusche) (?:\w+ )?(?:gefilmt|fotografiert))\b",
        unless=r"\b(?:hochzeit|geburtstag|urlaub|konzert|spass)\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>gezwungen,? (?:\w+ ){0,4}?(?:anzufassen|auszuziehen|zu blasen|zu lutschen|"
        r"zu beruhren|zu beruehren|mitzumachen|anzuschauen|zu kussen|zu kuessen))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:kommt|kam|geht|ging) (?:\w+ ){0,2}?(?:in die dusche|ins bad|ins "
        r"badezimmer) (?:\w+ ){0,2}?(?:wenn|wae?hrend) ich (?:\w+ )?(?:drin bin|drinnen bin|dusche|"
        r"bade|mich wasche|nackt bin|mich umziehe))\b",
        needs=r"\b(?:stiefvater|onkel|vater|papa|opa|cousin|freund von (?:mama|meiner mutter)|"
        r"nachbar|trainer|schaut|guckt|glotzt|angst|bleibt)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ich )?(?:spring|springe) (?:\w+ )?(?:gleich|jetzt|heute nacht|heute|sofort))"
        r"(?=\s*(?:$|[.,!;]))",
        needs=r"\b(?:am ende|kann nicht mehr|pack (?:\w+ )?(?:das|es) nicht|will nicht mehr|leben|"
        r"keinen sinn|sinnlos|tschu?e?ss|lebt wohl|brue?cke|dach|fenster|stock)\b",
        unless=r"\b(?:pool|schwimm\w*|trampolin|fallschirm\w*|bungee\w*|freibad|see|dusche|"
        r"sprungturm|zug (?:noch)|bus)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:jag|jage|jagt|geb|gebe|gibt|knall|knalle|schiess|schiesse) (?:ich |er |sie )?"
        r"(?:mir|sich) (?:\w+ ){0,2}?(?:ne|eine|die|n) kugel)\b",
        about_others=True,
    ),
    rule(
        S,
        # Someone's note with an apology, then gone and silent.
        r"\b(?P<core>(?:zettel|brief|nachricht|notiz) (?:\w+ ){0,4}?(?:mit |mit nem |mit einem )?"
        r"(?:sorry|tut mir leid|verzeiht|lebt wohl|hab euch lieb))\b",
        needs=r"\b(?:geht nicht ran|antwortet nicht|nicht erreichbar|weg|handy aus|verschwunden|"
        r"nicht mehr da)\b",
        unless=r"\b(?:zur arbeit|zur schule|zum training|zur uni|einkaufen|zum sport|fur "
        r"gestern|fuer gestern|wegen gestern)\b",
        about_others=True,
    ),
    rule(
        D,
        # A young child with bruises and fear.
        r"\b(?P<core>(?:ist|is) (?:\d|sechs|sieben|acht|neun|zehn|elf) (?:jahre )?(?:\w+ ){0,4}?"
        r"(?:blaue flecken|blaue fleck|hae?matome|striemen|brandwunden))\b",
        needs=r"\b(?:weint|angst|zuckt|versteckt|zittert|wenn (?:sein|ihr) (?:vater|papa|mutter|"
        r"mama|stiefvater) (?:\w+ )?(?:heimkommt|nach hause kommt))\b",
        unless=r"\b(?:fussball|sport|fahrrad|judo|spielplatz|gefallen|hingefallen|trampolin)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>sagt (?:meiner|meinem|meinen) (?:\w+ ){1,2}?(?:dass|das) ich (?:sie|ihn|euch|"
        r"sie alle) (?:\w+ )?lieb (?:hab|habe))\b",
        needs=r"\b(?:tut mir leid|verzeiht|sorry|lebt wohl|nicht mehr da|fur immer|fuer immer)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>meine letzte nacht|mein letzter tag|mein letzter abend|danke an alle,? die "
        r"mich (?:\w+ )?geliebt haben)\b",
        needs=r"\b(?:danke|lebt wohl|hab euch lieb|verzeiht|tut mir leid|geliebt)\b",
        unless=r"\b(?:urlaub|hotel|ferien|in (?:berlin|paris|london|der wg|dieser wg)|hier in|"
        r"bei|arbeit\w*|job|praktikum|auslandsjahr|single|camping)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>brief (?:\w+ ){0,3}?(?:fur|fuer|an) (?:meine eltern|mama|papa|meine mutter|"
        r"meinen vater|meine familie|euch|alle|meinen freund|meine freundin) (?:\w+ ){0,4}?"
        r"(?:hingelegt|gelegt|geschrieben|hinterlassen|hinterlegt))\b",
        needs=r"\b(?:geh ich|gehe ich|heute abend|heute nacht|lebt wohl|verzeiht|tut mir leid|"
        r"nicht mehr)\b",
        unless=r"\b(?:urlaub|geburtstag|uberraschung|ueberraschung|muttertag|vatertag|"
        r"weihnacht\w*|valentin\w*|klassenfahrt|einkauf\w*)\b",
        neighbours=True,
    ),
    # ---- Round 4e
    rule(
        D,
        r"\b(?P<core>(?:stiefvater|stiefpapa|onkel|vater|papa|opa|cousin|freund von (?:mama|meiner "
        r"mutter)|nachbar|bruder|trainer) (?:\w+ ){0,3}?(?:war|kam|kommt|ist|schleicht) (?:\w+ )"
        r"{0,3}?(?:in meinem zimmer|in mein zimmer|in meinem bett|in mein bett|zu mir ins bett))\b",
        needs=r"\b(?:nachts|heute nacht|letzte nacht|keinem|niemandem|geheimnis|angst|angefasst|"
        r"jede nacht)\b",
        unless=r"\b(?:gute nacht|geweckt|wecken|staubsaug\w*|aufrae?umen|geschenk|gewitter|ohne (?:zu )?"
        r"klopfen|albtraum|alptraum|fieber|krank)\b",
        neighbours=True,
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:schlinge|strick|henkersknoten|galgenknoten) (?:\w+ )?(?:knotet|knoten|"
        r"knue?pfen|knue?pft|bindet|binden|macht|machen))\b",
        # Looking up how to tie one counts even on YouTube (so not about_others).
        unless=r"\b(?:segeln|boot|klettern|pfadfinder|knotenkunde|schal|film|serie|western|"
        r"krimi|buch|tatort)\b",
    ),
    # ---- Round 4f
    rule(
        S,
        r"\b(?P<core>(?:knoten|strick|gue?rtel|guertel|schlinge|seil|kabel) (?:\w+ ){0,3}?"
        r"(?:ausprobiert|getestet|probiert))\b",
        needs=r"\b(?:hae?lt|haelt|halt|stabil|mein gewicht|tra?e?gt|balken|haken)\b",
        unless=r"\b(?:klettern|boot|segeln|pfadfinder|schaukel|hae?ngematte|hose|zelt)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hat|habe|hab) (?:\w+ )?(?:tabletten|pillen|medikamente|schlaftabletten) "
        r"(?:\w+ )?(?:genommen|geschluckt|eingeworfen))\b",
        needs=r"\b(?:eingeschlossen|eingesperrt|macht nicht auf|antwortet nicht|krieg (?:\w+ )?"
        r"nicht wach|notarzt|112)\b",
        unless=r"\bweil (?:sie|er) (?:\w+ )?schlae?ft\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:gecheckt|geschaut|nachgeschaut|rausgefunden|beobachtet) (?:\w+ ){0,2}?wann "
        r"(?:die|der|das) (?:brue?cke|gleise|bahnhof|parkhaus|dach|klippe) (?:\w+ )?(?:leer|"
        r"menschenleer|verlassen))\b",
        unless=r"\b(?:fotos?|foto\w*|graffiti|spray\w*|film\w*|drehen|skaten)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:fur|fuer|an) jeden (?:\w+ ){0,2}?(?:nen|einen|ein|n) (?:zettel|brief)|"
        r"(?:zettel|briefe?) (?:fur|fuer|an) (?:jeden|alle))\b",
        needs=r"\b(?:bevor ich geh\w*|lebt wohl|verzeiht|nicht mehr|abschied\w*|tut mir leid)\b",
        unless=r"\b(?:weihnacht\w*|geburtstag|hochzeit|urlaub|umzug|einladung\w*|klassenfahrt)\b",
        neighbours=True,
    ),
)

# --- round 5: families from the third fresh round (de.fresh3.toml) ------------------------
# A child, by age, school or as a parent names them (umlauts removed or typed "ue").
_CHILD_MARK = (
    r"\b(?:(?:bin|ist|is|er ist|sie ist|ist erst|bin erst|wird) (?:[4-9]|1[0-7])\b(?! (?:uhr|"
    r"jahre (?:alt(?:er)?|her|lang)|euro|minuten|stunden|tage|wochen|monate|kilo|prozent|mal))|"
    r"(?:[2-9]|1[0-7])[ -]?(?:jae?hrige?[rn]?|jahre alt|j\.)|\((?:[2-9]|1[0-7])\)|(?:mein|meine|"
    r"meinem|meinen|meiner|unser|unsere|unserem) (?:sohn|tochter|kind|kleine[rn]?|kleinen|"
    r"nichte|neffe\w*|enkel\w*)\b|(?:\d|1[0-2])\. klasse|grundschul\w*|kita|kindergarten|nach "
    r"dem unterricht|in der schule|schulhof|klassenfahrt|in der pause)"
)
# A grown-up who may hold power over a child (not the mother kept in the dark).
_GROWN = (
    r"\b(?:stiefvater|stiefmutter|stiefpapa|stiefmama|stiefbruder|onkel|opa|papa|vater|mann "
    r"von meiner (?:mutter|mama)|freund von (?:meiner )?(?:mama|mutter)|\w*lehrer\w*|trainer\w*|"
    r"nachbar\w*|erwachsen\w*|typ\w*|mann|kerl|betreuer\w*|pfarrer|(?:1[89]|[2-6]\d) "
    r"(?:jahre|j\.))\b"
)
_SECRET = (
    r"(?:(?:unser\w* )?geheimnis|geheime?s? (?:spiel|sache)|(?:mama|papa|niemand\w*|keinem|den "
    r"eltern|mami) (?:darf|darfs|soll|sollte) (?:\w+ )?(?:nicht|nichts)? ?(?:wissen|erfahren)|"
    r"(?:darf|soll|sollst|durfe|duerfe) (?:\w+ )?(?:niemandem|keinem|mama|papa|den eltern) "
    r"(?:\w+ )?(?:was|nichts|davon)? ?(?:sagen|erzae?hlen|verraten)|(?:soll|sollst|darf|durfe|"
    r"duerfe) (?:\w+ )?nichts (?:\w+ ){0,2}?(?:sagen|verraten|erzae?hlen)|(?:niemandem|keinem) "
    r"(?:\w+ )?(?:was|etwas|davon) (?:\w+ )?(?:sagen|erzae?hlen|verraten)|wenn ich (?:\w+ ){0,3}?"
    r"(?:erzae?hl\w*|sag\w*|verrat\w*)\b[^.!?\n]{0,50}\b(?:komm ich|kommt (?:er|sie|mama|papa)|"
    r"ins heim|ins gefae?ngnis|glaubt (?:mir )?(?:eh )?keiner|passiert was)|(?:lo?e?sch)\w* "
    r"(?:\w+ )?(?:alles|die (?:chats|nachrichten|bilder|fotos)))"
)
_SURPRISE = (
    r"\b(?:uberraschung|ueberraschung|geschenk\w*|geburtstag\w*|party|weihnacht\w*|"
    r"nikolaus|osterhase|zahnfee|vase|kaputt gemacht|verliebt|tagebuch|versteck\w*|spoiler)\b"
)
_DAY_DE = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|"
    r"wochenende|heute nacht|den \d+\.?)"
)
_R5: tuple[Rule, ...] = (
    # DANGER: a grown-up's secret or threat with a child ("mein onkel sagt wenn ich mama
    # erzahl was er macht komm ich ins heim. bin 9", "opa spielt mit ihr ein geheimes spiel und
    # mama darfs nicht wissen", "der sportlehrer sagt ich soll niemandem was sagen").
    rule(
        D,
        rf"\b(?P<core>{_SECRET})",
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        neighbours=True,
        unless=_SURPRISE,
    ),
    # A grown-up watching a child shower through the keyhole.
    rule(
        D,
        r"\b(?P<core>(?:guckt|schaut|glotzt|spannt|beobachtet|filmt|linst|guckte|schaute)\w* "
        r"(?:\w+ ){0,3}?(?:durchs schlue?ssel(?:loch)?|durch (?:das|den) (?:schlue?sselloch|"
        r"tue?rspalt|fenster)|wenn ich (?:dusch|bade|mich umzieh)\w*|beim (?:duschen|baden|"
        r"umziehen)))",
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        neighbours=True,
    ),
    # A grown-up online who wants pictures of a child in underwear.
    rule(
        D,
        r"\b(?P<core>(?:fotos|bilder|pics|videos|nacktbilder) (?:\w+ ){0,3}?(?:in unterhose|in "
        r"unterwae?sche|ohne (?:klamotten|kleidung|was an)|nackt|im bikini|in badesachen))\b",
        about_others=True,
        # Not negatable: "mit nem erwachsenen" holds the Portuguese "nem", which would deny it
        # in a message that holds a Portuguese denial too.
        negatable=False,
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        neighbours=True,
        unless=r"\b(?:werbung|katalog|shop|model\w*|fotograf\w*|urlaubsfotos)\b",
    ),
    # Children kept hungry: "kriegen seit gestern nichts zu essen", a lock on the fridge.
    rule(
        D,
        r"\b(?P<core>(?:kriegen|bekommen|kriege|bekomme|kriegt|bekommt|gibt es|gibts|gab es) "
        r"(?:\w+ ){0,3}?(?:nichts|kein(?:e|en)?) (?:\w+ )?(?:zu essen|essen|was zu essen|"
        r"fruhstuck|fruehstueck)|schloss (?:\w+ )?(?:an|am|vor|vorm) (?:den |dem )?"
        r"kue?hlschrank)\b",
        needs=r"\b(?:seit|tage\w*|schloss|stiefmutter|stiefvater|mama|papa|mutter|vater|"
        r"schwester|bruder)\b",
        unless=r"\b(?:diae?t|fasten|abnehm\w*|op\b|operation|blutabnahme|nue?chtern|katze|hund|"
        r"strafe fur|hotel|restaurant|kantine)\b",
    ),
    # SUICIDE: a gun with its cartridges named, and a thought of it every evening.
    rule(
        S,
        r"\b(?P<core>(?:flinte|gewehr|pistole|revolver|knarre|waffe|schrotflinte))\b",
        needs=r"(?s:\A(?=.*\b(?:patronen|munition|kugeln|schlue?ssel|geladen|waffenschrank)\b)(?=.*"
        r"\b(?:denk (?:\w+ )?dran|denke (?:\w+ )?daran|jeden abend|jede nacht|nicht aufhoe?ren "
        r"(?:dran )?zu denken|schau sie an|hol sie raus)\b))",
        neighbours=True,
        unless=r"\b(?:jagd|jaeger|jager|schutzenverein|schuetzenverein|sammlung|waffenschein|"
        r"spiel\w*|fortnite)\b",
    ),
    # A roof of a car park or a bridge, with the floor counted or nobody around.
    rule(
        S,
        r"\b(?P<core>(?:steh|stehe|sitz|sitze|bin|hock|hocke) (?:\w+ ){0,2}?(?:auf|aufm|auf dem|am|"
        r"oben auf dem) (?:\w+ )?(?:parkhaus\w*|\w*dach|hochhaus\w*|brue?cke\w*|bruck\w*|"
        r"gelae?nder|turm|kran|staumauer))\b",
        needs=r"\b(?:\d+\.? (?:stock|etage|og)|kein mensch|niemand|keiner|allein|hoch oben|runter|"
        r"abgrund|tief)\b",
        # "8. etage" ends a sentence for the engine.
        neighbours=True,
        unless=r"\b(?:foto\w*|aussicht|party|feier|arbeit|dachdecker\w*|sonnenuntergang|bier|"
        r"grill\w*|parkplatz suchen|auto abgestellt|wlan|empfang)\b",
    ),
    # A blade beside a filled bath.
    rule(
        S,
        r"\b(?P<core>(?:rasierklinge\w*|klinge\w*|cuttermesser|teppichmesser|skalpell))\b",
        needs=r"\b(?:wanne|badewanne|bad eingelassen|wasser eingelassen)\b",
        unless=r"\b(?:rasier(?:en|t|e)|beine|bart|achseln|putz\w*)\b",
    ),
    # A belt or cord tied to a rail, tested for weight.
    rule(
        S,
        r"\b(?P<core>(?:gurtel|guertel|seil|strick|schal|kabel|ladekabel|schnur|"
        r"verlae?ngerungskabel|hundeleine|leine)\w* (?:\w+ ){0,3}?(?:an|um|uber|ueber) (?:die|den|"
        r"das|der|dem) (?:\w+ )?(?:kleiderstange|stange|rohr|heizungsrohr|tue?rrahmen|hochbett|"
        r"treppengelae?nder|gelae?nder|balken|haken|tue?rklinke|dachbalken|duschstange) "
        r"(?:\w+ )?(?:gebunden|geknotet|festgemacht|befestigt|gehae?ngt|gemacht))\b",
        needs=r"\b(?:hae?lt|trae?gt|getestet|ausprobiert|gewicht|aushae?lt|mich|heute)\b",
        unless=r"\b(?:hae?ngematte|wae?sche\w*|schaukel|klimmzug\w*|fitness|boxsack|fahrrad\w*|"
        r"lichterkette\w*|deko\w*|vorhang|gardine)\b",
    ),
    # Someone else: a photo of pills sent, then "it is time" or offline.
    rule(
        S,
        r"\b(?P<core>(?:foto|bild|pic|video|story|selfie) (?:\w+ ){0,4}?(?:tabletten|pillen|"
        r"strick|seil|pistole|klinge|brue?cke|bruck\w*|gleise|schienen|dach)\w*)",
        about_others=True,
        needs=r"\b(?:offline|geht nicht ran|antwortet nicht|handy aus|es ist zeit|tschuss|"
        r"tschau|sorry|lebwohl|abschied\w*|weiss nicht was ich tun soll)\b",
        neighbours=True,
        unless=r"\b(?:apotheke\w*|rezept\w*|gekauft|shop|wandern|klettern|aussicht|urlaub)\b",
    ),
    # Someone else with it all planned: a father's gun and the date, a secret sworn.
    rule(
        S,
        r"\b(?P<core>(?:hat|hab|habe) (?:\w+ )?alles (?:durch)?geplant|(?:die|eine|seine|ihre) "
        r"(?:pistole|waffe|knarre|flinte) (?:von )?(?:seinem|ihrem|seines|ihres) (?:vater|papa|"
        r"opa|bruder|onkel))\b",
        about_others=True,
        needs=r"\b(?:pistole|waffe|knarre|datum|schwoe?ren|schwor|nichts zu sagen|sich umbringen|"
        r"tabletten|strick|abschied\w*|handy aus|offline|antwortet nicht|geht nicht ran)\b",
        neighbours=True,
        unless=r"\b(?:urlaub|reise|party|hochzeit|geburtstag\w*|antrag|uberraschung|"
        r"ueberraschung|jagd|umzug)\b",
    ),
    # Someone else who asked to mind a pet and turned the phone off.
    rule(
        S,
        r"\b(?P<core>(?:kue?mmer dich|kue?mmert euch|pass (?:\w+ )?auf|passt (?:\w+ )?auf|nimm|"
        r"nehmt) (?:\w+ )?(?:um )?(?:den kater|die katze|den hund|meinen kater|meine katze|meinen "
        r"hund|die kinder|meine pflanzen|das meerschweinchen))\b",
        needs=r"\b(?:handy aus|handy ist aus|offline|geht nicht ran|antwortet nicht|nicht mehr "
        r"erreichbar|blockiert)\b",
        neighbours=True,
        unless=r"\b(?:urlaub|reise|dienstreise|krankenhaus|flug|zug|schicht|festival|wochenende "
        r"weg)\b",
    ),
    # A method searched for: "hat gegoogelt wie man schmerzlos stirbt".
    rule(
        S,
        r"\b(?P<core>(?:gegoogelt|googelt|gesucht|sucht|recherchiert) (?:\w+ ){0,2}?(?:wie man|"
        r"wie viel|ab wann|welche|wie lange) (?:\w+ ){0,3}?(?:stirbt|sterben|tot ist|tod\w*|"
        r"umbringt|erhae?ngt|verblutet|schmerzlos|toe?dlich))\b",
        about_others=True,
        negatable=False,
        unless=r"\b(?:hausaufgabe\w*|referat|erste hilfe|krimi|roman|buch|geschichte|figur|"
        r"hund|katze|pflanze|fisch)\b",
    ),
    # Plans: a day chosen beside an empty house.
    rule(
        S,
        rf"\b(?P<core>(?:hab|habe) (?:mir )?(?:den )?{_DAY_DE} (?:\w+ )?(?:ausgesucht|"
        r"ausgewae?hlt|festgelegt|gewae?hlt))\b",
        needs=r"\b(?:leer|keiner (?:da|zuhause|zu hause)|niemand (?:da|zuhause|zu hause)|allein|"
        r"alleine|bis (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))\b",
        neighbours=True,
        unless=r"\b(?:party|feier|geburtstag\w*|hochzeit|urlaub|reise|date|kino|umzug|putz\w*|"
        r"grill\w*|pyjamaparty|besuch)\b",
    ),
    # A letter for each child, put with the insurance papers.
    rule(
        S,
        r"\b(?P<core>(?:jedem|jeder|jedes) (?:meiner|von meinen|meiner beiden) (?:kinder|freunde|"
        r"geschwister|liebsten) (?:\w+ )?(?:einen |nen |n )?(?:brief|abschiedsbrief|zettel|karte)"
        r"|(?:einen |nen )?brief (?:an|fur|fuer) (?:jedes|jeden|jede) (?:meiner |von meinen )?"
        r"(?:kinder|kind|freunde))\b",
        needs=r"\b(?:versicherung\w*|testament|nach mir|wenn ich weg bin|schublade|ordner|"
        r"passwort\w*|sorry|verzeih\w*|abschied)\b",
        neighbours=True,
        unless=r"\b(?:weihnacht\w*|geburtstag\w*|einschulung|zeitkapsel|ferienlager|osterk\w*)\b",
    ),
    # "Wo ich hingeh brauch ich das nicht".
    rule(
        S,
        r"\b(?P<core>wo(?:hin)? ich (?:hin)?(?:geh|gehe|hingeh|hingehe|jetzt hingeh)\w*,? "
        r"(?:brauch|brauche) ich (?:\w+ )?(?:das|die|es|sie|nichts)(?: \w+)? nicht)",
        unless=r"\b(?:umzug|ausland|auslandsjahr|wg|kloster|bundeswehr|zelten|camping|festival|"
        r"studium|internat)\b",
    ),
    # "Jetzt nur noch zur Brücke".
    rule(
        S,
        r"\b(?P<core>(?:jetzt |dann )?nur noch (?:zur|zum|auf die|aufs|an die) (?:\w+ )?"
        r"(?:brue?cke|bruck\w*|gleise|schienen|dach|klippe\w*|staumauer|parkhaus\w*))\b",
        unless=r"\b(?:foto\w*|aussicht|spaziergang|wanderung|tour|einkauf\w*|bahnhof)\b",
    ),
    # Calm and decided: "fahr ich zum Aussichtspunkt und fertig".
    rule(
        S,
        r"\b(?P<core>(?:fahr|fahre|geh|gehe|lauf|laufe) ich (?:\w+ ){0,2}?(?:zum|zur|an die|auf "
        r"die|auf den) (?:\w+ )?(?:aussichtspunkt|brue?cke|bruck\w*|klippe\w*|gleise|staumauer|"
        r"parkhaus\w*|dach|see|wald)(?: \w+){0,2}? und (?:fertig|schluss|ende|aus|das wars))"
        r"(?=\s*(?:$|[.!?]))",
        needs=r"\b(?:entschieden|beschlossen|ruhig|bereit|fertig)\b",
        neighbours=True,
        unless=r"\b(?:urlaub|ausflug|foto\w*|spaziergang|joggen|picknick|grill\w*|schwimm\w*|"
        r"angeln|freunde\w*)\b",
    ),
    # "Alle denken ich fahr in Urlaub", beside a date.
    rule(
        S,
        r"\b(?P<core>(?:alle|meine (?:eltern|familie|freunde)|mama|papa) (?:denken|glauben|"
        r"denkt|glaubt),? (?:dass )?(?:ich )?(?:fahr|fahre|flieg|fliege|bin|geh|gehe) (?:\w+ )?"
        r"(?:in urlaub|in den urlaub|weg|auf reise|auf dienstreise))\b",
        needs=r"\b(?:datum|eingekreist|kalender|entschieden|keiner weiss|niemand weiss|der tag)\b",
        neighbours=True,
        unless=r"\b(?:uberraschung|ueberraschung|antrag|hochzeit|vorstellungsgespre?ae?ch|op\b|"
        r"operation|reha|entzug)\b",
    ),
    # Nobody knows it is my last day at all.
    rule(
        S,
        r"\b(?P<core>(?:uberhaupt|ueberhaupt|generell|auf der welt|auf erden) mein letzter tag|"
        r"(?:keiner|niemand) weiss,? dass (?:es|das|heute) (?:\w+ )?mein letzter tag (?:uberhaupt|"
        r"ueberhaupt|auf der welt|auf erden))\b",
    ),
    # A password left with an apology or love for all (the shape of a goodbye note).
    rule(
        S,
        r"\b(?P<core>(?:\w+ )?(?:passwort|pin|kennwort|code) (?:fur |fuer |vom |von meinem )?"
        r"(?:\w+ )?(?:ist|lautet)\b)",
        needs=r"\b(?:sorry an alle|sorry fur alles|sorry fuer alles|verzeiht mir|hab euch lieb|"
        r"hdl|lebt wohl|macht[' ]?s gut|passt auf euch auf)\b",
        neighbours=True,
        unless=r"\b(?:wlan|wifi|netflix|spotify|gast\w*|urlaub|vergessen|zuru?e?ckgesetzt|arbeit)\b",
    ),
    # SELF_HARM: the urge ("druck") strong or back, beside cutting or a clean streak.
    rule(
        H,
        r"\b(?P<core>(?:der )?(?:druck|drang|suchtdruck|ritzdruck) (?:\w+ ){0,3}?(?:so |echt |"
        r"voll |mega |wieder )?(?:krass|stark|schlimm|gross|heftig|unertrae?glich|da|zuru?e?ck|"
        r"zurueck))\b",
        needs=r"\b(?:ritz\w*|geritzt|svv?|klinge\w*|schneid\w*|geschnitten|clean|ritzfrei)\b",
        neighbours=True,
        unless=r"\b(?:rauch\w*|kipp\w*|zigarett\w*|alkohol|trinken|saufen|essen|fress\w*|zock\w*|"
        r"zeitdruck|leistungsdruck|blutdruck|pru?e?fung\w*|arbeit|job|termin\w*)\b",
    ),
    # Staring at the pills for a week after an attempt.
    rule(
        S,
        rf"\b(?P<core>(?:starr|starre|starrt|guck|gucke|schau|schaue) (?:\w+ ){{0,4}}?(?:auf|an) "
        rf"(?:die|meine) {_MEDS})\b",
        needs=r"\b(?:versuch\w*|seit (?:ner|einer) woche|jede nacht|stundenlang|versprochen|nie "
        r"wieder)\b",
        neighbours=True,
        unless=r"\b(?:beipackzettel|rezept|apotheke\w*|verfallsdatum|dosierung)\b",
    ),
)

# --- round 6: families from the fourth fresh round (de.fresh4.toml) -----------------------
# Being a weight to others: the cue that makes an ending beside it a suicide.
_BURDEN6 = (
    r"\b(?:zur last|(?:eine|ne|nur) (?:last|belastung|zumutung)|last (?:fur|fuer)|klotz am bein|"
    r"(?:nur|immer nur|eh nur|bloss) im weg|"
    r"(?:mach|mache|bereite|bring|bringe) (?:\w+ ){0,2}?(?:nur|immer nur|bloss|nichts als) "
    r"(?:probleme|a?e?rger|stress|sorgen|kummer)|(?:wae?r|waere|ware|wae?ren|waeren|waren|sind|"
    r"hae?tten|haetten|hattens|haettens|habens|haben'?s|hats|hat'?s) (?:\w+ ){0,3}?(?:leichter|"
    r"besser dran|erleichtert|ihre ruhe)|ohne mich|erleichterung|mich los\b|(?:mue?ssen|muessen|"
    r"muss|musst) (?:sich |euch |dich )?(?:\w+ ){0,2}?um mich (?:kue?mmern|sorgen)|sorry,? dass "
    r"ich (?:existiere|lebe|da bin|geboren))"
)
# A farewell or despair beside a plan, a letter or "not reachable any more".
_FAREWELL6 = (
    r"\b(?:danke (?:fu?e?r|fuer) alles|sorry (?:fu?e?r|fuer) alles|tut mir leid (?:fu?e?r|fuer) "
    r"alles|hab (?:euch|dich) (?:\w+ )?lieb|ich liebe euch|lebt wohl|machts gut|vergesst mich "
    r"nicht|fu?e?r immer|fuer immer|es tut mir leid|nicht eure schuld|passt auf (?:euch|mama|"
    r"papa) auf|ihr wart (?:\w+ )?(?:die besten|immer|alles)|danke,? dass ihr (?:\w+ ){0,3}?"
    r"(?:da wart|fu?e?r mich da)|war (?:\w+ )?(?:gern|schon|schoen) mit euch|kann nicht mehr|"
    r"halt\w* (?:das )?nicht mehr aus)"
)
_HANGING6 = (
    r"(?:seil|strick|kabel|verlae?ngerungskabel|gue?rtel|guertel|schal|krawatte|schnur|schlinge|"
    r"spanngurt|abschleppseil)"
)
_WATER_PLACE6 = (
    r"\b(?:brue?cke\w*|fluss|see|donau|rhein|elbe|main|spree|isar|weser|neckar|inn|meer|ufer|"
    r"hafen|kanal|talsperre|stausee|steg|kai|wasser)\b"
)
_HIGH_PLACE6 = (
    r"\b(?:bahnsteig\w*|gleis\w*|schienen|bahnue?bergang|bahnuebergang|kante|brue?cke\w*|dach\w*|"
    r"balkon|gelae?nder|klippe\w*|abgrund|fenster\w*|hochhaus|parkhaus|stock(?:werk)?|ice|zug|"
    r"gueterzug|s-bahn|u-bahn)\b"
)
_TRAVEL6 = (
    r"\b(?:urlaub|reise|ausland|umzug|ziehe|ausziehe|auszug|wegziehe|job|kue?ndig\w*|praktikum|"
    r"schicht|ferien|semester|abschlussfahrt|klassenfahrt|flug|flieger|festival|camping|kur|"
    r"retreat|detox|handy|akku|nummer|vertrag|funkloch|bis (?:in|zum|zur|nach|am|ende|\d))\b"
)
_R6: tuple[Rule, ...] = (
    # Burden: an ending said beside being a weight ("ich fall allen nur zur last, am besten
    # mach ich schluss", "ich mach ihm nur probleme ... wenn ich verschwinde, und zwar
    # endgültig", "um mich kümmern ... ich nehm ihnen das bald ab, für immer").
    rule(
        S,
        r"\b(?P<core>(?:mach|mache) (?:ich )?(?:\w+ )?schluss\b(?! (?:mit|fur|fuer|furs|fuers)\b)|"
        r"(?:ein|nem|einem) ende (?:machen|setzen|bereiten)|(?:verschwinde|verschwinden|gehe|geh|"
        r"bin weg|weg bin)\b[^.!?\n]{0,20}?\b(?:endgue?ltig|fu?e?r immer|fuer immer)|(?:nehm|nehme) "
        r"(?:\w+ ){0,3}?ab,? (?:\w+ )?(?:fu?e?r immer|fuer immer|endgue?ltig)|nicht mehr aufwach\w*)",
        needs=_BURDEN6,
        unless=_TRAVEL6 + r"|\b(?:beziehung|streit|diskussion|chat|gruppe|verein|spiel\w*)\b",
        neighbours=True,
    ),
    # "die kinder sind bei ihrem vater besser aufgehoben, wenn ich nicht mehr bin".
    rule(
        S,
        r"\b(?P<core>besser (?:aufgehoben|dran|ab)\b[^.!?\n]{0,40}?\b(?:wenn|sobald|falls) ich "
        r"(?:\w+ ){0,2}?(?:nicht mehr (?:bin|lebe|existiere|da bin|da wae?re)|tot (?:bin|wae?re)|"
        r"sterbe|gestorben bin)|(?:wenn|sobald|falls) ich (?:\w+ ){0,2}?(?:nicht mehr (?:bin|lebe|"
        r"existiere|da bin|da wae?re)|tot (?:bin|wae?re)|sterbe|gestorben bin)\b[^.!?\n]{0,40}?"
        r"\bbesser (?:aufgehoben|dran|ab))\b",
        unless=_TRAVEL6 + r"|\b(?:sorgerecht|trennung|scheidung|eines tages|irgendwann|im alter)\b",
    ),
    # "ab morgen müsst ihr euch nicht mehr mit mir rumschlagen" beside a burden or despair.
    rule(
        S,
        r"\b(?P<core>(?:ab (?:morgen|heute|jetzt|heute abend)|bald|morgen|nicht mehr lange|dann) "
        r"(?:\w+ )?(?:mue?sst|muesst|musst|mue?ssen|muessen|muss|braucht|brauchst|brauchen) (?:ihr|"
        r"du|sie|keiner|niemand) (?:euch |dich |sich )?(?:\w+ )?(?:nicht mehr|nie wieder|nie mehr) "
        r"(?:\w+ ){0,2}?(?:mit mir|um mich|wegen mir|fu?e?r mich|fuer mich|mich))\b",
        needs=rf"{_BURDEN6}|{_FAREWELL6}",
        unless=_TRAVEL6,
        neighbours=True,
    ),
    # "ihr seid mich bald los"; "keiner muss sich bald mehr um mich kümmern" beside a
    # decision, a burden or a farewell.
    rule(
        S,
        r"\b(?P<core>(?:ihr seid|seid ihr|sie sind|sind sie|du bist|bist du) mich (?:\w+ )?"
        r"(?:bald|endlich|morgen|dann|fu?e?r immer|fuer immer) los)\b",
        unless=_TRAVEL6 + r"|\b(?:fu?e?r (?:\w+ )?(?:tage|wochen?|monate|wochenende)|spanien|"
        r"italien|mallorca|kur)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:keiner|niemand|kein mensch) (?:muss|braucht|mue?sste) sich (?:\w+ ){0,2}?"
        r"(?:mehr|nie wieder) (?:\w+ )?(?:um mich|mit mir|wegen mir|fu?e?r mich|fuer mich))\b",
        needs=rf"{_FAREWELL6}|\b(?:entschieden|beschlossen|heute nacht|(?:eine|ne|nur) "
        r"(?:last|belastung)|zur last)\b",
        unless=_TRAVEL6 + r"|\b(?:zieh\w*|volljae?hrig|erwachsen|selbststae?ndig|eigene wohnung)\b",
        negatable=False,
        neighbours=True,
    ),
    # A message to be passed on beside a password or an apology ("sagt mama dass ich sie
    # liebe").
    rule(
        S,
        r"\b(?P<core>sag[td]? (?:\w+ )?(?:mama|papa|meiner \w+|meinem \w+|meinen \w+|allen|ihr|"
        r"ihm),? dass ich (?:sie|ihn|euch|sie alle) (?:\w+ )?(?:liebe|lieb hab\w*|vermissen werde))\b",
        needs=r"\b(?:passwort|testament|zettel|brief|sorry|tut mir leid|verzeih\w*|lebt "
        r"wohl|fu?e?r immer|fuer immer|abschied\w*|wenn ich weg|nicht mehr da)\b",
        unless=r"\b(?:urlaub|reise|ausland|flug|geburtstag\w*|muttertag|vatertag|weihnacht\w*|"
        r"lol|haha\w*|xd|vergessen|ruf\w*|anruf\w*|morgen|spa?e?ter|nachher|bis)\b",
        neighbours=True,
    ),
    # A car's engine running in the garage at night ("setz mich heut nacht ins auto in der
    # garage und lass den motor laufen"); not warming it up or a repair.
    rule(
        S,
        r"\b(?P<core>(?:lass|lasse|lassen) (?:\w+ )?(?:motor|auto|wagen) (?:\w+ ){0,2}?laufen|"
        r"(?:motor|auto|wagen) (?:\w+ ){0,3}?(?:laufen lassen|laufen lass\w*))\b",
        needs=r"(?s:\A(?=.*\bgarage\b)(?=.*\b(?:heute? nacht|nachts|tor (?:\w+ )?zu|"
        r"geschlossen|schlauch|auspuff|abgas\w*|einschlafen|nicht mehr aufwach\w*|setz\w* mich "
        r"(?:\w+ ){0,2}?(?:ins|in das) auto)\b))",
        unless=r"\b(?:warm\w*|enteis\w*|kalt|winter|reparatur|werkstatt|mechaniker|batterie|"
        r"oel|ol|starthilfe|klimaanlage|heizung|kinder?)\b",
        neighbours=True,
    ),
    # Goodbye: a letter for each ("hab jedem von euch nen brief geschrieben ... danke für
    # alles"), "ich geh jetzt" after thanks, "nicht mehr erreichbar" beside "für immer".
    rule(
        S,
        r"\b(?P<core>(?:jedem|jeder|jeden|allen|euch allen|fu?e?r jeden|fuer jeden|fu?e?r euch "
        r"alle|fuer euch alle) (?:\w+ ){0,2}?(?:einen|nen|n|ein|eine|ne) (?:\w+ )?(?:brief|zettel|"
        r"abschiedsbrief|briefchen))\b",
        needs=_FAREWELL6,
        unless=r"\b(?:weihnacht\w*|geburtstag\w*|hochzeit|einladung\w*|postkarte\w*|"
        r"abschlussfahrt|abi\w*|abschluss\w*|schultag|jga|einweihung|wichtel\w*|kollege\w*|"
        r"kollegin\w*|team|firma|buro|buero|rente|ruhestand)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ich )?(?:geh|gehe) (?:jetzt|nun)(?: (?:fu?e?r immer|fuer immer|"
        r"endgue?ltig))?)(?=\s*(?:$|[.!❤🖤💔]))",
        needs=r"\b(?:ihr wart (?:\w+ )?(?:die besten|immer|alles)|danke,? dass ihr (?:\w+ ){0,3}?"
        r"(?:da wart|fu?e?r mich da)|lebt wohl|vergesst mich nicht|sorry (?:fu?e?r|fuer) alles|"
        r"passt auf (?:euch|mama|papa) auf)\b",
        unless=_TRAVEL6 + r"|\b(?:schlafen|pennen|bett|arbeit|heim|hause|einkaufen|duschen|essen|"
        r"offline|training|bus|party|feiern|kollege\w*|team|firma|schule|uni|gute nacht|bis "
        r"(?:morgen|bald|dann|spa?e?ter)|wiedersehen|sehen uns|meld mich)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:bin|werde|werd) (?:ich )?(?:\w+ ){0,2}?(?:nicht mehr|nie (?:mehr|wieder)) "
        r"erreichbar)\b",
        needs=_FAREWELL6 + r"|\bruft (?:\w+ )?nicht (?:mehr )?an\b",
        unless=_TRAVEL6 + r"|\b(?:offline|ferien|wandern|klinik|flugzeug|arbeit|kloster)\b",
        neighbours=True,
    ),
    # Means: a hanging means beside a hook or beam and a cue that it is ready ("hab n
    # gürtel und nen haken an der decke, das hält bestimmt mein gewicht", "ein
    # verlängerungskabel ... weiß schon an welchen balken").
    rule(
        S,
        rf"\b(?P<core>{_HANGING6})\b",
        needs=r"(?s:\A(?=.*(?:haken|balken|\bast|rohr|gelae?nder|stange|tue?rrahmen|\bdecke|"
        r"treppe)\b)(?=.*\b(?:hae?lt|haelt|halten|trae?gt|traegt|reicht|stabil genug|hoch genug|"
        r"weiss (?:\w+ )?(?:schon|genau|wo|welche\w*)|mein gewicht|ausprobiert|getestet|"
        r"festgemacht|festgebunden|befestigt|festgeknotet|geknotet|angebracht|knoten)\b))",
        unless=r"\b(?:schaukel|hae?ngematte|haengematte|boxsack|lichterkette|\w*lampe\w*|deko\w*|"
        r"kletter\w*|weihnacht\w*|vogelhaus|hae?ngesessel|wae?sche\w*|waesche\w*|klimmzug\w*|"
        r"yoga|turnen|regal|bild|bilder|fahrrad|auto|anhae?nger|zelt|boot|segel\w*|hose|"
        r"kabelsalat|ladekabel|hdmi|router|fernseher|tv|strom)\b",
        neighbours=True,
    ),
    # "nur ein schritt" at the edge of a platform, a bridge or a roof.
    rule(
        S,
        r"\b(?P<core>(?:nur|bloss|noch) (?:noch )?(?:ein|einen|1) (?:einziger |einzigen |kleiner "
        r"|kleinen )?schritt)\b(?! (?:bis|zum|zur|in|nach|vor|weiter)\b)",
        needs=_HIGH_PLACE6,
        unless=r"\b(?:ziel|erfolg|sieg|finale|diplom|prue?fung|bestanden|baby|laufen lernen|"
        r"geschafft|projekt|traum|job|karriere|tanz\w*|choreo\w*|treppe)\b",
        neighbours=True,
    ),
    # An electric appliance beside a full bath ("lass mir die badewanne ein und hab den föhn
    # schon eingesteckt daneben liegen").
    rule(
        S,
        r"\b(?P<core>(?:fo?e?hn|foehn|toaster|radio|heizlue?fter|glae?tteisen|lockenstab|"
        r"wasserkocher))\b",
        needs=r"(?s:\A(?=.*\b(?:badewanne|wanne|ins wasser|badewasser|(?:ein )?bad ein|bad "
        r"einlassen)\b)(?=.*\b(?:eingesteckt|"
        r"angesteckt|an der steckdose|daneben|reinwerfen|reinfallen|reinschmeissen|rein "
        r"(?:werfen|fallen|schmeissen)|ins wasser)\b))",
        unless=r"\b(?:kind\w*|baby|warn\w*|gefae?hrlich|aufpassen|vorsicht|sicherung|"
        r"fi-schalter|nie|niemals|film|serie|haare?|trocknen|frisur|styl\w*|musik|podcast|hoe?re?n?)\b",
        neighbours=True,
    ),
    # "ich kann eh nicht schwimmen" beside a bridge, a river or a lake.
    rule(
        S,
        r"\b(?P<core>(?:kann|konnte) (?:eh|sowieso|doch|ja|ja eh|eh nie|zum glue?ck) (?:\w+ )?"
        r"nicht schwimmen)\b",
        needs=_WATER_PLACE6,
        unless=r"\b(?:urlaub|kurs|lernen|schwimmkurs|kind\w*|tochter|sohn|bademeister|"
        r"seepferdchen|schwimmflue?gel|schwimmbad|freibad|boot|tretboot|kanu|sup|"
        r"schwimmweste|deshalb|deswegen|darum|lieber|bleib\w*|decke|handtuch|liegewiese)\b",
        neighbours=True,
    ),
    # A gun fetched with its ammunition ("hab das jagdgewehr von opa aus dem keller geholt,
    # munition ist auch da").
    rule(
        S,
        r"\b(?P<core>(?:jagd|schrot|luft)?(?:gewehr|flinte)|pistole|knarre|revolver|"
        r"dienstwaffe|waffe)\b",
        needs=r"(?s:\A(?=.*\b(?:munition|patronen?|geladen|durchgeladen|entsichert|magazin)\b)"
        r"(?=.*\b(?:ich|hab|habe|mir|meine[mnr]?|geholt|genommen)\b))",
        unless=r"\b(?:jagd(?!gewehr)\w*|jae?ger|jagen|schiessstand|schiessen gehen|verein|"
        r"schue?tzen\w*|reinig\w*|putz\w*|bue?chsenmacher|waffenschein|revier|ansitz|saison|"
        r"tontauben|wettkampf|polizei|soldat\w*|bundeswehr|armee|dienst|film|serie|spiel\w*|"
        r"game|cs|fortnite|airsoft|paintball|wasser(?:pistole)?)\b",
        about_others=True,
    ),
    # Self-harm: "muss mich wieder spüren" with a needle, a lighter, a blade.
    rule(
        H,
        r"\b(?P<core>(?:muss|will|wollte|mo?e?chte?|moechte) mich (?:\w+ )?(?:wieder |endlich |"
        r"einfach |irgendwie )?(?:spue?ren|spueren|fue?hlen|fuehlen))\b",
        needs=r"\b(?:nadel\w*|feuerzeug|klinge\w*|rasierklinge\w*|schere|scherbe\w*|zirkel|"
        r"spitzer|messer|cutter\w*|kerze|zigarette|ritz\w*|schneid\w*|brenn\w*)\b",
        unless=r"\b(?:yoga|sport|meditation|sauna|massage|laufen|joggen|eisbad|kalt duschen|"
        r"tanzen|natur|nae?hen|naehen|stricken|kochen|basteln)\b",
        neighbours=True,
    ),
    # A crash on purpose ("wenn ich mit 180 gegen nen baum fahr, siehts aus wie n unfall").
    rule(
        S,
        r"\b(?:ich|wenn ich|werd ich|wue?rd ich)\s(?:\w+ ){0,4}?(?P<core>(?:gegen|in) (?:nen|"
        r"einen|den|die|eine|n|ne) (?:\w+ )?(?:baum|wand|mauer|brue?ckenpfeiler|pfeiler|"
        r"betonpfeiler|leitplanke|gegenverkehr|lkw|laster) (?:fahr|fahre|fahren|rase|rasen|"
        r"brettere|brettern|knall|knalle|knallen|steuer|steuere|steuern|lenk|lenke|lenken))\b",
        needs=r"\b(?:\d{3}|vollgas|absicht\w*|unfall|ungebremst|schuldig|ohne gurt|nicht "
        r"anschnall\w*)\b",
        unless=_GAME + r"|\b(?:fahrschule|fahrlehrer|glatteis|fast|beinahe|traum|getrae?umt)\b",
    ),
    # Plans: "dann bin ich endlich bei ihm" beside a death; "wo mich keiner so schnell
    # findet"; bills paid "wenn ich nicht mehr lebe"; "bis dahin bin ich tot".
    rule(
        S,
        r"\b(?P<core>(?:dann|bald|endlich|morgen|heute nacht) (?:\w+ )?(?:bin ich|komm ich|"
        r"komme ich|seh ich|sehe ich|darf ich|kann ich) (?:\w+ ){0,2}?(?:endlich|wieder) (?:\w+ )?"
        r"(?:bei|zu) (?:ihm|ihr|ihnen|(?:papa|mama|oma|opa|meine[mrn]? \w+) im himmel))\b",
        needs=r"\b(?:todestag|gestorben|verstorben|tot|himmel|grab|beerdigung|sterb\w*)\b",
        unless=r"\b(?:besuch\w*|fahr\w*|zug|flug|urlaub|ferien|wohn\w*|zieh\w*|feier\w*|"
        r"krankenhaus|heim|freu\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:wo|damit) mich (?:keiner|niemand|kein mensch) (?:\w+ )?(?:so schnell|"
        r"rechtzeitig|zu schnell|fru?e?h genug|frueh genug|so bald|jemals|mehr) (?:\w+ )?findet)\b",
        unless=r"\b(?:versteck\w*|spiel\w*|lernen|lesen|chillen|rauch\w*|kiff\w*|ostereier|"
        r"geocach\w*|ruhe zum|entspann\w*|zock\w*|lol|haha\w*|xd)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:wenn|sobald|falls|nachdem) ich (?:\w+ )?(?:nicht mehr (?:lebe|bin)|tot "
        r"bin|gestorben bin))\b",
        needs=r"\b(?:bezahlt|geregelt|aufgerae?umt|erledigt|gekue?ndigt|geordnet|sortiert|"
        r"verschenkt|hinterlegt|vorbereitet|damit (?:keiner|niemand|ihr|du|mama|papa)|"
        r"kue?mmert euch)\b",
        unless=r"\b(?:irgendwann|eines tages|spa?e?ter|im alter|wenn ich alt|"
        r"patientenverfue?gung|vorsorge\w*|notar|erbschaft|rente|organspende\w*|in \d+ jahren)\b",
        # "damit keiner was nachzahlen muss, wenn ich nicht mehr lebe": "keiner" denies
        # nothing here.
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>bis (?:dahin|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
        r"sonntag|zum wochenende|ende der woche) (?:\w+ )?(?:bin ich|lebe ich) (?:\w+ )?(?:tot|"
        r"nicht mehr (?:da|am leben)|schon weg))\b(?! vor\b)",
        unless=r"\b(?:todmue?de|arbeit|stress|lernen|klausur\w*|prue?fung\w*|hitze|training|"
        r"marathon|umzug|muskelkater|party|urlaub|game|spiel\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:vor|bis|erst) (?:\w+ ){0,2}?(?:montag|dienstag|mittwoch|donnerstag|"
        r"freitag|samstag|sonntag|morgen|wochenende|nae?chste\w* woche|tagen) (?:\w+ )?"
        r"(?:vermisst|merkt|findet|sucht|bemerkt) (?:mich|das|es) (?:\w+ )?(?:keiner|niemand|"
        r"kein mensch))\b",
        needs=r"\b(?:tot|sterb\w*|nicht mehr (?:da|am leben|leben)|vorbei|schluss|abschied\w*)\b",
        unless=r"\b(?:urlaub|ferien|abtauch\w*|detox|ruhe|entspann\w*|schlaf\w*|netflix|zock\w*|"
        r"serie\w*)\b",
        neighbours=True,
    ),
    # "hab meinen suizid geplant", "heute plan ich meinen tod".
    rule(
        S,
        r"\b(?P<core>(?:meinen|den eigenen|meinen eigenen) (?:suizid|selbstmord|tod|abgang|"
        r"freitod) (?:(?!nicht\b|nie\b|niemals\b)\w+ ){0,3}?(?:geplant|planen|vorbereitet|"
        r"durchgeplant|organisiert)|(?:plan|"
        r"plane|planen) (?:ich )?(?:\w+ )?(?:meinen|den eigenen|meinen eigenen) (?:suizid|"
        r"selbstmord|tod|abgang|freitod))\b",
        unless=_GAME + r"|\b(?:film|serie|buch|roman|story|rolle|charakter|figur|theater)\b",
    ),
    # Sexual: forced beside a refusal or sex ("hat mich gezwungen obwohl ich nein gesagt
    # hab"), "hört nie auf wenn ich nein sag", "als seine frau muss ich ... auch wenn ich
    # nicht will", "hat die tür abgeschlossen und mich angefasst".
    rule(
        D,
        r"\b(?:hat|hatte|haben|hatten)\s(?:\w+ ){0,3}?mich\s(?:\w+ ){0,4}?(?P<core>gezwungen|"
        r"genoe?tigt|gedrae?ngt|festgehalten)\b",
        needs=r"\b(?:obwohl ich (?:\w+ ){0,3}?(?:nein|nicht wollte|nicht will|geweint|aufhoe?ren|"
        r"stopp)|nein gesagt|nicht wollte|geweint|weh getan|sex|mit ihm (?:zu )?schlafen|ausziehen|"
        r"anfassen|nackt|im bett|blasen|oral)\b",
        unless=_GAME + r"|\b(?:uberstunden|ueberstunden|hausaufgaben|essen|gemue?se|sport|"
        r"arbeit|schicht|putzen|aufzurae?umen|film|serie|party|mitzukommen|joggen|lernen|"
        r"impfung|arzt|zahnarzt)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:hoe?rt|hort|macht) (?:\w+ )?(?:nie|nicht|einfach (?:nicht|weiter)) "
        r"(?:auf|weiter),? (?:\w+ )?(?:wenn|obwohl|auch wenn) ich (?:\w+ ){0,2}?(?:nein|stopp|stop|"
        r"aufhoe?ren|nicht will|weine|wein))\b",
        needs=r"\b(?:er|mein (?:mann|freund|ex|partner|chef|stiefvater|onkel)|sex|bett)\b",
        unless=r"\b(?:kitzel\w*|nerv\w*|frag\w*|reden|witze|quatsch\w*|sing\w*|spiel\w*|"
        r"anruf\w*|schreib\w*|zock\w*|laut|musik|essen)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>als (?:seine|deine|meine) (?:frau|freundin|ehefrau) (?:\w+ ){0,2}?(?:muss|"
        r"musst|soll|sollst|hae?tte ich|haette ich))\b",
        needs=r"\b(?:nicht will|nicht wollte|nein|pflicht|zwingt|gezwungen|sex|schlafen|"
        r"ehelich\w*|hoe?rt (?:\w+ )?nie auf)\b",
        unless=r"\b(?:kochen|putzen|haushalt|waschen|einkaufen|feier\w*|familie|besuch\w*|"
        r"hochzeit|geburtstag)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?:er|der|mein \w+|sein \w+|hat|hatte)\s(?:\w+ ){0,6}?(?:und|,) mich\s(?:\w+ ){0,3}?"
        r"(?P<core>angefasst|begrapscht|betatscht|befummelt|ausgezogen)\b",
        unless=_GAME + r"|\b(?:arzt|aerztin|arztin|untersuch\w*|physio\w*|massage|friseur\w*|"
        r"tattoo\w*|baby|hund|katze)\b",
        about_others=True,
    ),
    # Child: a grown-up sending a child naked pictures ("der trainer hat meiner tochter
    # nacktbilder geschickt").
    rule(
        D,
        r"\b(?P<core>(?:hat|hatte|schickt|schickte|sendet|zeigt|zeigte|zeigen|schicken) (?:\w+ )"
        r"{0,3}?(?:nacktbilder|nacktfotos|pornos?|penisbilder|dickpics?|nackte (?:bilder|fotos)))\b",
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        unless=r"\b(?:film|serie|nachrichten|news|doku\w*|aufklae?rung\w*)\b",
        about_others=True,
        neighbours=True,
    ),
    # Child: touched "da unten" or under the clothes, told by the child or a relative.
    rule(
        D,
        r"\b(?P<core>(?:da unten|untenrum|zwischen (?:den|die|ihren|seinen|meinen) beine?n?|unter "
        r"(?:der|die|den|ihre[nr]?|seine[nr]?|meine[nr]?) (?:hose|unterhose|rock|decke|bettdecke|"
        r"schlafanzug\w*|pyjama|shirt|pulli|top)) (?:\w+ ){0,3}?(?:angefasst|anfasst|anfassen|"
        r"anfasse|beruhrt|beruehrt|beruehren|beruhren|gestreichelt|streichelt|streicheln|"
        r"gefummelt|fummelt|rumgefummelt|grapscht|gegrapscht|reingefasst|reingegriffen|"
        r"gegriffen|greift|fasst)|(?:fasst|fasste|greift|griff|beruhrt|beruehrt|streichelt|"
        r"fummelt) (?:sie|ihn|mich|es|ihr|ihm|mir) (?:\w+ ){0,2}?(?:da unten|untenrum|zwischen "
        r"die beine|unter (?:die|den) (?:hose|unterhose|rock|decke|bettdecke|schlafanzug\w*|"
        r"pulli|shirt|top)))\b",
        needs=r"\b(?:er|opa|onkel|papa|vater|stiefvater|stiefpapa|mann|typ|kerl|bruder|cousin|"
        r"nachbar\w*|lehrer\w*|trainer\w*|betreuer\w*|freund)\b",
        unless=r"\b(?:arzt|aerztin|arztin|frauenarzt|urolog\w*|untersuch\w*|wickel\w*|windel\w*|"
        r"eincrem\w*|salbe|ausschlag|juck\w*|spinne|zecke|katze|hund)\b",
        about_others=True,
        neighbours=True,
    ),
    # Self-harm typed "sh" beside the body or wounds.
    rule(
        H,
        r"\b(?P<core>sh)\b",
        needs=r"\b(?:arme?|handgelenk\w*|beine?|oberschenkel|narben?|wunden?|schnitte?|"
        r"klinge\w*|blut\w*|verband|pflaster|ritz\w*|clean|ruckfall|rueckfall)\b",
        unless=r"\b(?:schleswig|holstein|kiel|lubeck|luebeck|flensburg|landtag|wahl\w*|corona|"
        r"lockdown|ferien|shirt|tshirt|t-shirt)\b",
    ),
    # Violence to someone in the house now ("mein vater hat mama grad ins gesicht geschlagen
    # und jetzt hat er ein messer in der hand").
    rule(
        D,
        rf"\b{_PERSON}\s(?:\w+ ){{0,2}}?(?:hat|hatte)\s(?:mama|mami|papa|meine (?:mutter|mama|"
        r"schwester|oma|freundin|frau)|meinen (?:bruder|vater|opa)|sie|ihn|uns)\s(?:\w+ ){0,4}?"
        r"(?P<core>geschlagen|gewue?rgt|getreten|verprue?gelt|geschubst|gestossen|ins gesicht "
        r"\w+|an den haaren \w+|gegen die wand \w+|bedroht|eingesperrt)\b",
        unless=_GAME + r"|\b(?:ball|fussball|sport|boxen|kampf|training|film|serie|mucke\w*|"
        r"fliege|spinne|schach|karten|wette)\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:er|sie|vater|papa|mann|freund|stiefvater|bruder|onkel) (?:\w+ ){0,2}?"
        r"(?:hat|hae?lt|haelt|hatte|nimmt|nahm|holt|holte) (?:\w+ )?(?:ein|das|nen|n|einen|ne|eine|"
        r"sein) (?:\w+ )?(?:messer|beil|axt|pistole|waffe|knarre|hammer|baseballschlae?ger) "
        r"(?:\w+ ){0,2}?(?:in der hand|in die hand|geholt|gezogen))\b",
        needs=r"\b(?:schreit|droht|gedroht|geschlagen|schlae?gt|brue?llt|betrunken|angst|"
        r"wue?tend|rastet aus|ausgerastet|bringt (?:\w+ )?um|umbringen)\b",
        unless=r"\b(?:koch\w*|braten|schneid\w*|gemue?se|zwiebel\w*|fleisch|brot|kue?che|"
        r"grill\w*|holz|garten|film|serie|spiel\w*|game)\b",
        neighbours=True,
    ),
)

# --- round 5: a crisis that is over, told from a safe present --------------------------
# (see en.py): no rule is valid in a sentence that tells a crisis as over ("heute 1 jahr
# ritzfrei", "vor drei jahren hab ich versucht mich umzubringen. heut ... bin so froh, dass
# ich noch da bin"), with the next sentence when it tells the safe present, unless a
# relapse, an urge, a wish or "wieder/heute nacht" is there. A bare past ("ich hatte mit 15
# einen Suizidversuch") is still flagged.
_NOW = (
    r"\b(?:(?<!letzte )(?<!letzter )(?<!letzten )(?:ruckfall\w*|rueckfall\w*)|rue?ckfae?llig|"
    # Round 6: "jetzt geht's ihr wieder gut" is no relapse.
    r"wieder(?! (?:richtig |total |echt |viel |ganz |so |zum glue?ck )?(?:gut|besser|"
    r"glue?cklich|stabil|gesund|auf den beinen)(?=\s*(?:$|[^\w\s]|und\b|aber\b|jetzt\b|"
    r"seit\b)))|erneut|druck (?:ist |is )?(?:\w+ )?"
    r"(?:da|zuru?e?ck|zurueck)|drang|(?:will|mo?e?chte?|muss|werd) (?:mich )?(?:\w+ )?(?:ritzen|"
    r"schneiden|umbringen|sterben|verletzen|tot sein)|einfach weg|dahin|futsch|heute nacht|"
    r"gestern nacht|letzte nacht|gerade|grad|immer noch|noch immer|manchmal|schlimmer|nicht "
    r"(?:mehr )?aufho?e?ren|will nicht mehr leben|hae?tte es (?:doch )?geklappt|wae?r(?:e)? ich "
    r"doch|starr\w*|seit (?:ner|einer) woche|kae?mpf\w*|entschieden|beschlossen|"
    # (round 6: not an old letter destroyed, "abschiedsbrief von damals verbrannt")
    r"(?:abschied|brief)\w*(?! (?:\w+,? ){0,6}?(?:verbrannt|zerrissen|weggeworfen|weggeschmissen|"
    r"geloe?scht|entsorgt)\b)|morgen|bald|verschenkt|(?:tabletten|pillen) (?:genommen|geschluckt)|alle (?:tabletten|"
    r"pillen)|schlae?gt mich|wue?rgt mich|tritt mich|bedroht mich|tut mir weh|(?:immer noch|"
    r"noch immer) (?:\w+ )?(?:schlae?gt|bedroht|verfolgt)|nicht (?:mehr )?(?:in sicherheit|"
    r"sicher|gut))\b"
)
_SAFE = (
    r"\b(?:(?:\d+|ein|eine|einem|einen|zwei|drei|vier|fue?nf|sechs|sieben|acht|neun|zehn|"
    r"halbe?s?n?) (?:tage?n?|wochen?|monate?n?|jahre?n?) (?:\w+ ){0,2}?(?:ohne (?:sv|ritzen|"
    r"selbstverletzung|schneiden|klinge|rue?ckfall|rueckfall)|clean|ritzfrei|svv?-?frei)|"
    r"ritzfrei|seit (?:\w+ ){0,3}?nicht mehr (?:geritzt|verletzt|geschnitten)|(?:ritz\w*|"
    r"schneid\w*|verletz\w*) (?:mich )?(?:\w+ ){0,2}?nicht mehr|froh,? dass ich (?:noch )?"
    r"(?:da|hier|am leben|lebe)|dankbar,? (?:dass ich|zu) (?:\w+ )?(?:lebe|leben|da bin|hier "
    r"bin)|(?:heute|jetzt|mittlerweile|inzwischen) (?:geht(?:'?s)? es mir|gehts "
    r"mir|bin ich) (?:(?!nicht\b|nie\b|kein\w*\b)\w+ )?(?:gut|besser|super|sicher|in sicherheit|"
    r"frei|glue?cklich)|(?<!nicht )(?<!nie )(?<!mehr )in sicherheit|mir geht(?:'?s)? "
    r"(?:(?!nicht\b|nie\b|kein\w*\b)\w+ )?(?:echt |richtig |wirklich )?gut jetzt|(?:therapie|"
    r"medis|medikamente|klinik|behandlung|meine therapeutin|mein therapeut) (?:\w+ ){0,3}?"
    r"(?:haben|hat) (?:\w+ ){0,2}?(?:geholfen|geae?ndert|gerettet)|leben gerettet|"
    r"keine blauen flecken mehr|kein verstecken mehr|ich bin "
    r"frei|ich leb(?:e)? und bin (?:\w+ )?(?:glue?cklich|froh)"
    # Round 6: thoughts told as gone, the time since the last time, a relapse dated long ago,
    # better since the clinic, the old letter or blades thrown away.
    r"|(?:suizidgedanken|selbstmordgedanken|gedanken|todeswunsch|druck|drang) (?:sind|ist) "
    r"(?:(?!nicht\b|nie\b|erst\b|noch\b)\w+ )?(?:weg|verschwunden|vorbei|verflogen)\b"
    r"(?! (?:wenn|sobald|bis|fur|fuer)\b)"
    r"|(?:\d+|ein|eine|einem|zwei|drei|vier|fue?nf|sechs|sieben|acht|neun|zehn|paar|halbes) "
    r"(?:jahre?|monate?) her,? (?:dass|seit|seitdem) ich (?:\w+ ){0,2}?(?:zuletzt|das letzte "
    r"mal|letztes mal)|(?:zuletzt|das letzte mal|letztes mal) (?:\w+ ){0,5}?(?:ist|war|liegt) "
    r"(?:\w+ ){0,2}?(?:\d+|ein|eine|einem|zwei|drei|vier|fue?nf|sechs|paar) (?:jahre?n?|"
    r"monate?n?) her|letzte[rn]? (?:ruckfall|rueckfall|mal|versuch|schnitt) (?:\w+ ){0,4}?"
    r"(?:war|ist|liegt) (?:\w+ ){0,2}?(?:im (?:januar|februar|marz|maerz|april|mai|juni|juli|"
    r"august|september|oktober|november|dezember)|vor (?:\w+ )?(?:monaten|jahren|einem (?:halben )?"
    r"jahr)|(?:19|20)\d\d|(?:\d+|ein|eine|einem|zwei|drei|vier|fue?nf|sechs|paar|halbes) "
    r"(?:jahre?|monate?) her)|hae?tte nie gedacht,? dass (?:das|es|die gedanken) (?:\w+ )?"
    r"(?:aufhoe?rt|vorbeigeht|weggeht|besser wird)|(?:seit|nach) (?:der|dem|meiner|meinem) "
    r"(?:klinik\w*|therapie|reha|behandlung|aufenthalt|psychiatrie)(?: \w+){0,3}? (?:geht(?:'?s)? "
    r"(?:es )?mir|gehts mir|bin ich) (?:(?!nicht\b|nie\b|kein\w*\b)\w+ )?(?:besser|gut|stabil)|"
    r"(?:abschiedsbrief\w*|klingen|rasierklingen) (?:\w+,? ){0,6}?(?:verbrannt|zerrissen|"
    r"weggeworfen|weggeschmissen|geloe?scht|entsorgt)(?! und (?:\w+ )?(?:neu|nochmal))"
    r"|seit (?:\w+ ){0,3}?(?:keine|kein|nie|nicht) (?:\w+ )?(?:suizidgedanken|selbstmordgedanken|"
    r"gedanken|rue?ckfall|rueckfall|ritzen|geritzt|sv|svv|versuch\w*) mehr)\b"
)
_PAST = (
    r"\b(?:vor (?:\w+ ){0,2}?(?:jahre?n?|monate?n?|wochen)|fru?e?her|damals|letzte[ns]? "
    r"(?:jahr|winter|sommer|herbst|fruhling|fruehling|fruhjahr|fruehjahr)|als (?:kind|"
    r"teenager|jugendliche\w*)|mit (?:\d+|fue?nfzehn|sechzehn|siebzehn)|in der schulzeit|"
    r"(?:19|20)\d\d)\b"
)
_PRESENT = (
    r"\b(?:heute|jetzt|mittlerweile|inzwischen) (?:(?!nicht\b|nie\b|kein\w*\b)\w+ )?(?:(?:bin ich|"
    r"geht es mir|gehts mir) (?:(?!nicht\b|nie\b|kein\w*\b)\w+ )?(?:gut|besser|glue?cklich|"
    r"verheiratet|sicher|stabil|frei|mama|papa|\d+)|(?:wurd|"
    r"wurde) ich befoe?rdert|(?:hab|habe) ich (?:meinen|den) abschluss)\b"
    # Round 6: the present told in more ways ("bin jetzt 30", "heute weiß ich, dass das
    # nicht stimmt", "heute plan ich meinen Urlaub", "heute hab ich nen Job, den ich liebe",
    # "jetzt geht's ihr wieder gut", "bin stolz auf mich", helping others in a crisis line).
    r"|\b(?:(?:bin (?:heute|jetzt|mittlerweile|inzwischen)|(?:heute|jetzt|mittlerweile|"
    r"inzwischen) bin ich) (?:(?!nicht\b|nie\b|kein\w*\b)\w+ )?(?:gut|besser|glue?cklich|"
    r"verheiratet|verlobt|sicher|stabil|frei|mama|papa|mutter|vater|oma|opa|\d+|\w*pfleger\w*|"
    r"lehrer\w*|erzieher\w*|arzt|aerztin|arztin|student\w*|azubi|sozialarbeiter\w*|psycholog\w*|"
    r"therapeut\w*|selbststae?ndig|trocken|clean|nue?chtern|nuechtern|angestellt|ingenieur\w*)|(?:heute|jetzt|"
    r"mittlerweile|inzwischen) (?:(?:weiss ich,? (?:dass )?(?:das|es|sowas) (?:\w+ )?(?:nicht "
    r"stimmt|nicht wahr ist|falsch (?:war|ist)|quatsch (?:war|ist)|gelogen war))|(?:seh|sehe) ich "
    r"das (?:\w+ )?anders|(?:plan|plane|buch|buche|feier|feiere|organisier\w*) ich (?:\w+ )?"
    r"(?:urlaub|hochzeit|geburtstag\w*|zukunft|reise|umzug|studium|ausbildung)|freu(?:e)? ich "
    r"mich (?:auf|uber|ueber)|(?:hab|habe) ich (?:nen|einen|ne|eine|meinen|meine|ein) (?:\w+ )?"
    r"(?:job|arbeit|freundin|freund|frau|mann|familie|kind|kinder|tochter|sohn|hund|katze|"
    r"wohnung|abschluss|bachelor|master|ausbildung|studienplatz|ausbildungsplatz)\b(?! (?:\w+ )"
    r"{0,2}?(?:verloren|gekue?ndigt|verlassen|weg|nicht))|(?:geht es|gehts|geht's) (?:ihm|ihr|"
    r"uns|mir) (?:(?!nicht\b|nie\b|kein\w*\b)\w+ ){0,3}?(?:gut|besser|stabil))|(?:bin|ich bin) "
    r"(?:\w+ )?(?:so |echt |richtig |sehr |mega )?stolz auf mich|narben (?:\w+ ){0,2}?"
    r"(?:verblasst|verheilt)|arbeite (?:\w+ ){0,2}?selbst (?:in der|bei der|als|in einer) "
    r"(?:\w+ )?(?:krisenhilfe|telefonseelsorge|seelsorge|suizidpra?e?vention\w*|"
    r"genesungsbegleit\w*|krisendienst))\b"
)
_RECOVERY = rf"(?s:\A(?!.*{_NOW})(?=.*{_SAFE}|(?=.*{_PAST}).*(?:{_PRESENT})))"
# A sentence that tells the safe present joins the one before it.
_JOIN_SAFE_PRESENT = (
    r"(?<=\w)[.!]+ +(?=(?:[^.!?\n]{0,120}?\b(?:froh,? dass|dankbar|stolz auf|heute (?:bin|war|"
    r"hab|wurd|weiss|seh|sehe|plan|plane|freu)|jetzt (?:bin|geht|hab|weiss|seh|sehe|freu)|bin "
    r"(?:heute|jetzt|mittlerweile|inzwischen)\b|mittlerweile|inzwischen|therapie (?:\w+ ){0,3}?"
    r"(?:geholfen|geae?ndert)|\d+ (?:jahre?|monate?|tage?) (?:clean|ritzfrei|ohne))))"
)


# A question about a crisis, reported and answered no, with nothing after the answer but an
# ending: "im fragebogen kam ob ich dran gedacht hab mir was anzutun, hab überhaupt nicht
# angekreuzt" (not "hab nicht geantwortet", which is no answer).
_REPORTED_NO = (
    r"\b(?:gefragt|fragt|fragte|frage|fragen|fragebogen|umfrage|screening)\b[^.!?\n]{0,40}\bob\b"
    r"[^.!?\n]{0,90}?,? (?:und )?(?:ich )?(?:(?:hab|habe|sagte|sag|antwortete|hatte) (?:\w+ )?"
    r"(?:nein|nee|noe)(?: gesagt| geantwortet| angekreuzt)?|(?:hab|habe|kreuzte) (?:\w+ )?(?:gar "
    r"nicht|uberhaupt nicht|ueberhaupt nicht|nie|nein|keine) (?:\w+ )?(?:angekreuzt|angeklickt|"
    r"ausgewae?hlt|eingetragen))(?=\s*(?:$|[.!?]|,? (?:bin nur|nur|ehrlich|stimmt auch|lol|"
    r"haha)))"
)


def _spared(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules, none of them valid in a sentence that tells a crisis as over (_RECOVERY)
    or reports a question about one answered no (_REPORTED_NO); a rule that reads the
    neighbouring sentences is left as it is, so that a recovery told before a crisis never
    hides it."""
    excuse = f"{_RECOVERY}|{_REPORTED_NO}"
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


_R5 = _own_sentence(_R5)
_CRISIS = _spared((*_CRISIS, *_R5, *_R6))


_CHECK_IN: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>alles (?:ist|wirkt|scheint|fuhlt sich|fuehlt sich) (?:(?:so|total|einfach|"
        r"nur|komplett|voll|irgendwie|echt|grad|gerade|mittlerweile|nur noch) ){0,2}(?:sinnlos|"
        r"hoffnungslos|aussichtslos)(?: an)?|was bringt "
        r"(?:das|es|mir das) (?:\w+ )?(?:alles|uberhaupt|ueberhaupt)(?: noch)?|wozu (?:\w+ )?"
        r"(?:uberhaupt|ueberhaupt|noch)|(?:es|das) hat (?:eh |doch |sowieso |alles |einfach |"
        r"echt )*(?:keinen|kein) sinn(?: mehr)?|(?:sehe?|seh|gibt) (?:\w+ )?keinen ausweg(?: "
        r"mehr)?|bin (?:es )?(?:so |einfach |echt |wirklich |sowas von )?leid|bin (?:komplett |"
        r"total |voe?llig |echt |einfach |wirklich |so )?am ende(?: mit (?:meinen kra?e?ften|"
        r"allem|meiner kraft))?)"
        r"(?=\s*(?:$|[.!?😭😢💔]|,? (?:alles|so|einfach|echt|ehrlich|ich|wirklich|egal|"
        r"wozu|nichts|bringt|schon|seit|seitdem|momentan|irgendwie|total|komplett|"
        r"mittlerweile)\b))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:will|moe?chte?|moe?chte?|wue?rde?|wue?rde?|liebsten|wunsch\w*|"
        r"wuensch\w*) (?:(?:einfach|"
        r"nur|am liebsten|fur immer|fuer immer|komplett|ganz|noch|so|halt|echt|gern|gerne|"
        r"mich|nur noch) ){0,4}(?P<core>verschwinden|mich auflosen|mich aufloesen|weg sein|"
        r"unsichtbar sein|aufhoren zu existieren|aufhoeren zu existieren|nicht mehr da sein|"
        r"nicht existieren|nie existiert haben|mich in luft auflosen)\b(?! (?:aus|von|nach|in|"
        r"vom|zur|zum|aufs|auf)\b)",
        unless=r"\b(?:party|feier|hier|von hier|langweilig|peinlich|meeting|unterricht|schule|"
        r"arbeit|buro|buero|veranstaltung|date|gesprach|gespraech|raum|zimmer)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:bin|fuhl\w*|fuehl\w*)\s(?:mich )?(?:\w+ ){0,3}?(?:eine\s|nur eine\s|ne\s|"
        r"nur "
        r"ne\s)?(?:last|belastung|ballast|zumutung)\s(?:fur|fuer) (?:alle|jeden|alle anderen|"
        r"meine familie|meine freunde|euch|die welt)|(?:bin|sind)\s(?:\w+ ){0,3}?(?:allen|jedem|"
        r"euch|allen anderen)\s(?:\w+ ){0,2}?(?:eine\s|ne\s|nur eine\s|nur\s)?(?:last|belastung)|"
        r"falle\s(?:\w+ )?(?:allen|jedem|euch|allen anderen)\s(?:\w+ )?zur last|bin\s(?:\w+ )?"
        r"(?:eh |doch |sowieso )?(?:nur )?(?:eine\s|ne\s)?(?:last|belastung)(?=\s*(?:$|"
        r"[.,!?;])))\b",
    ),
    rule(
        S,
        r"\b(?P<core>was soll (?:das |es |ich )?(?:alles|das ganze)(?: \w+)?(?: noch| uberhaupt| "
        r"ueberhaupt)*|wozu (?:das alles|das ganze|noch|uberhaupt noch|ueberhaupt noch|bin ich "
        r"(?:\w+ )?(?:hier|da|noch))|wofur (?:das alles|das ganze|noch)|(?:alles|nichts|das "
        r"alles) (?:\w+ )?(?:hat|macht|ergibt) (?:\w+ )?(?:keinen|kein|mehr|null) (?:einen )?"
        r"sinn mehr|(?:alles|nichts) (?:ist|hat) (?:\w+ )?(?:sinnlos|keinen sinn) mehr|"
        r"hat (?:eh|doch|sowieso) (?:alles )?keinen sinn)(?=\s*(?:$|[.,!?;]|\w+$)|\s*(?:mehr|"
        r"eh|doch|hier|alles))",
        negatable=False,
    ),
    rule(
        S,
        r"(?:^|[.!?,;:] ?|\b(?:ich|i|und|aber|einfach|echt|halt|ehrlich) )(?:ich )?(?:einfach |"
        r"echt |wirklich |halt |ehrlich |langsam )*(?P<core>(?:kann|konnte) (?:\w+ )?nicht mehr|"
        r"(?:will|mag|mog) (?:\w+ )?nicht mehr|halt(?:e)? "
        r"(?:das )?(?:alles )?nicht mehr aus|schaff(?:e)? (?:das )?(?:alles )?nicht mehr)"
        r"(?=\s*(?:$|[.!?]|\s*[😭😢💔]|,? (?:alles|ich kann|ich will|echt nicht|wirklich|es "
        r"ist alles|einfach nicht)))",
        unless=r"\b(?:hund\w*|katze\w*|kater|tier\w*|pferd\w*|hamster|kaninchen|meerschweinchen|"
        r"einschlae?fer\w*|eingeschlae?fert)\b|\b(?:er|sie|es) (?:war|ist|wurde|hatte|hat) "
        r"(?:\w+ ){0,4}?und (?:(?!ich\b|i\b)\w+ )?(?:kann|konnte|mag|mochte|will|wollte) "
        r"(?:\w+ )?nicht mehr",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:keine|null) kraft mehr(?! (?:fur|fuer|zum|zu|um) (?:den|die|das|sport|"
        r"training|arbeit|putzen|haushalt|heute|diese)\b)|(?:so |total |einfach )?mue?de von "
        r"(?:allem|allem hier|dem ganzen|dem leben)|(?:wird|werde) (?:eh |sowieso |doch |"
        r"halt )?(?:nie|niemals) (?:wieder )?besser|keine hoffnung mehr|hoffnungslos|"
        r"(?:bin|fuhl\w*|fuehl\w*) (?:mich )?(?:so )?leer und (?:\w+ )?(?:sinnlos|hoffnungslos)|"
        r"(?:will|moe?chte?) (?:einfach |nur )*(?:den loffel abgeben|nicht mehr sein|schlafen und "
        r"nicht mehr|es (?:einfach )?beenden)|(?:keinen|kein|null) bock mehr auf (?:alles|gar "
        r"nichts|nichts mehr|irgendwas))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:bevor ich|sonst|gleich|noch|angst dass ich|angst,? dass ich|mache?|mach) "
        r"(?:\w+ ){0,2}?(?P<core>(?:was|etwas|ne|eine) (?:dummes|dummheit|bloedes|blodes|"
        r"schlimmes)) (?:\w+ )?(?:mache|tue|anstelle|mach|tu)\b|\bmach(?:e)? (?:ich )?(?:noch )?"
        r"(?:ne|eine) dummheit\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sehe?|seh|finde?|gibt) (?:\w+ )?(?:keinen|kein|null) sinn mehr(?: "
        r"(?:in|im) (?:\w+ )?(?:irgendwas|allem|nichts|leben|dasein|ganzen))?)(?=\s*(?:$|[.,!?]))",
        unless=r"\b(?:job|arbeit|beziehung|studium|verein|app|streit|diskussion|schule|"
        r"ausbildung|serie|spiel|projekt|gruppe|chat|kurs)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>warum (?:bin ich|lebe ich|existiere ich) (?:\w+ )?(?:uberhaupt|ueberhaupt|"
        r"noch) (?:\w+ )?(?:hier|da|am leben)?|wozu (?:lebe ich|existiere ich) (?:\w+ )?"
        r"(?:uberhaupt|ueberhaupt|noch)?)(?=\s*(?:$|[.,!?]))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:will|mochte|moechte|wue?rde (?:\w+ )?(?:lieber|gern|gerne)) (?:\w+ ){0,2}?"
        r"(?P<core>nicht mehr (?:hier |da |auf der welt |auf dieser welt )?sein)\b",
        unless=r"\b(?:party|arbeit|job|firma|stadt|schule|wohnung|dorf|beziehung|wg|verein|"
        r"gruppe|chat|gruppenchat|klasse|team|buro|buero|familie feier\w*|land|deutschland)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>funktionier\w* (?:\w+ )?nur noch|mir ist (?:\w+ )?alles (?:\w+ )?egal"
        r"(?: geworden)?(?=\s*(?:$|[.,!]))|(?:glaub|glaube|denke?) (?:\w+ )?nicht,? dass es "
        r"(?:\w+ )?(?:jemals|je|irgendwann) (?:wieder )?besser (?:wird|werden))",
        unless=r"\b(?:job|arbeit|buro|buero|beziehung|wetter|politik|team|verein|handy|auto|"
        r"laptop|drucker|app)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:wofur|wofuer|wozu|warum) ich (?:\w+ ){0,3}?(?:uberhaupt|ueberhaupt|noch) "
        r"(?:\w+ )?aufsteh(?:e|en)?(?: soll)?|(?:wofur|wofuer|wozu|warum|wieso) (?:\w+ ){0,2}?"
        r"(?:noch|uberhaupt|"
        r"ueberhaupt|eigentlich) (?:\w+ )?(?:kae?mpfen|weitermachen|durchhalten|aufstehen|"
        r"weiterleben|leben|probieren|versuchen|anstrengen|hoffen))\b",
        unless=_GAME + r"|\b(?:schule|prue?fung|klausur|arbeit|job|projekt|partei|verein|"
        r"wlan|internet|router|drucker|handy|laptop|app|update|login|passwort|rezept|kuchen|"
        r"motor|diae?t)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:wae?r|waere|ware) ich (?:\w+ ){0,2}?(?:gern|gerne|lieber|am liebsten) (?:\w+ ){0,2}?"
        r"(?P<core>weg|nicht (?:mehr )?da|unsichtbar|verschwunden)\b(?! (?:aus|von|nach|in|im|bei|"
        r"auf)\b)",
        unless=r"\b(?:urlaub|reise|feiern|party|unterwegs|fruher|frueher|meer|strand|berge|"
        r"arbeit|buro|buero|schule|meeting|hier)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:mir ist|ist mir) (?:\w+ ){0,2}?(?:egal|scheissegal|wurscht|"
        r"gleichgue?ltig),? (?:\w+ )?was (?:\w+ )?(?:mit mir|aus mir) (?:\w+ )?(?:passiert|wird|"
        r"geschieht)|(?:kein|keinen) licht (?:mehr )?am ende (?:des|vom) tunnels?|nur noch "
        r"(?:eine |ne )?(?:leere )?(?:hulle|huelle)|innerlich (?:komplett |total |ganz |schon )?"
        r"(?:tot|leer|abgestorben))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>klotz am bein|(?:sollte|sollt|hae?tte|haette) (?:\w+ )?(?:gar )?(?:nicht|nie) "
        r"(?:mehr )?(?:existieren|existiert haben|geboren werden)|nichts (?:\w+ )?(?:hat|macht|"
        r"ergibt) (?:\w+ )?mehr (?:einen )?sinn|(?:alles|mein leben|das leben) (?:ist|wird) "
        r"(?:\w+ )?(?:sinnlos|hoffnungslos|bedeutungslos) geworden|weiss (?:einfach |echt |"
        r"wirklich )?nicht mehr weiter(?=\s*(?:$|[.,!?]))|(?:fuhl\w*|fuehl\w*|bin) (?:mich )?"
        r"(?:so |total |einfach |voll |echt )?(?:hoffnungslos|verzweifelt)(?=\s*(?:$|[.,!?])))",
        unless=_GAME + r"|\b(?:job|arbeit|projekt|steuer\w*|hausaufgaben|mathe|formular|"
        r"software|code|handy|laptop)\b",
        negatable=False,
    ),
    # ---- Round 4 (fresh2): hopelessness typed as on a phone
    rule(
        S,
        r"\b(?P<core>(?:seh|sehe) (?:\w+ )?keine (?:\w+ )?zukunft(?: mehr)? (?:fur|fuer) mich|"
        r"(?:fuhl\w*|fuehl\w*) mich (?:\w+ ){0,2}?(?:so |total |komplett |voll |nur noch )?leer"
        r"(?=\s*(?:$|[.,!?;]|und\b))|wozu (?:eigentlich|uberhaupt|ueberhaupt|das alles|der ganze|"
        r"die ganze|noch)|(?:komm|komme) (?:\w+ )?(?:nie|nicht) (?:mehr |wieder )?(?:raus|hoch)"
        r"(?=\s*(?:$|[.,!?;]))|keiner versteht mich|niemand versteht mich)\b",
        unless=_GAME + r"|\b(?:job|arbeit|projekt|steuer\w*|hausaufgaben|mathe|formular|"
        r"software|code|handy|laptop|akku|tank|kuhlschrank|kuehlschrank|bett|stau|aufzug)\b",
        negatable=False,
    ),
    # ---- Round 6 (fresh4): "wozu mach ich das alles", "fühl mich als würd ich langsam
    # verschwinden"
    rule(
        S,
        r"\b(?P<core>(?:wozu|wofur|wofuer|warum|wieso|fur was|fuer was) (?:mach|mache|tu|tue|"
        r"quae?l\w*|kae?mpf\w*|ertrag|ertrage) ich (?:mir |mich )?(?:das (?:alles|ganze)|dieses "
        r"leben|das leben|mich (?:eigentlich |uberhaupt |ueberhaupt |noch )*(?:ab|rum|durch)))\b",
        unless=_GAME + r"|\b(?:job|arbeit|projekt|steuer\w*|hausaufgaben|mathe|formular|"
        r"software|code|diae?t|abnehmen|training|sport|schule|uni|studium|chef\w*)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:fuhl\w*|fuehl\w*) mich,? (?:so,? )?(?:als (?:ob )?|wie wenn )(?:ich )?"
        r"(?:wue?rd\w*|wurd\w* )?(?:ich )?(?:\w+ ){0,2}?(?:verschwinden|verschwinde|mich "
        r"(?:\w+ )?aufl(?:o|oe)sen?|nicht (?:mehr )?existier\w*|nicht mehr da))\b",
        unless=r"\b(?:party|feier|meeting|unterricht|gruppe|menge|konzert|stadt)\b",
        negatable=False,
    ),
)

# Round 6: "ich bin nicht suizidal, einfach nur müde": a denial with what it is instead
# spares the check-in in its sentence.
_NOT_SUICIDAL_JUST = (
    r"\b(?:bin|ist|is) (?:\w+ )?(?:nicht|kein|keineswegs|null) (?:\w+ )?(?:suizidal|"
    r"suizidgefae?hrdet|selbstmordgefae?hrdet|lebensmue?de)\b[^.!?\n]{0,40}?\b(?:nur|bloss|"
    r"sondern|halt)\b"
)
_CHECK_IN = tuple(
    replace(
        each,
        unless=re.compile(
            _NOT_SUICIDAL_JUST
            if each.unless is None
            else rf"(?:{each.unless.pattern})|{_NOT_SUICIDAL_JUST}"
        ),
    )
    for each in _CHECK_IN
)

_CHECK_IN = _spared(_CHECK_IN)
del D, S, H

LANGUAGE = Language(
    code="de",
    crisis=_CRISIS,
    check_in=_CHECK_IN,
    shorthand=(*_SHORTHAND, (_JOIN_SAFE_PRESENT, "; ")),
    subjects=(
        "ich i du er sie es wir ihr man jemand niemand keiner und aber weil dass denn doch "
        "sondern oder wenn obwohl als"
    ),
    first_person="ich i",
    negators=r"nicht|nie|niemals|keinesfalls|keineswegs|kein|keine|keinen|keinem|keiner",
    doubt_after="mehr sicher ob aufhoren aufhoeren los raus weiss wirklich",
    resisting_before="versuche versuch versucht bemuhe bemuehe kampfe kaempfe probiere",
    history_after=r" ?(?:\w+ ){0,3}?(?:mehr|nie wieder)\b",
    # A denial after the phrase: "Suizidgedanken hab ich keine" ("suizidal? nein": answered_no).
    denied_after=(
        r" ?,? (?:(?:nein|nee|noe),? )?(?:hab|habe|hatte|bin|war|werd|werde|tu|tue|mach|mache) "
        r"ich (?:(?:aber|echt|wirklich|ehrlich|gar|"
        r"uberhaupt|ueberhaupt|absolut|definitiv) )?(?:keine|keinen|nicht|nie|niemals)\b(?! mehr)"
        r"(?=\s*(?:$|[.,!?;:]|(?:und|aber|nur|sondern|keine)\b))| ich (?:(?:aber|echt|wirklich|ehrlich|gar|absolut|definitiv) )?(?:nicht|nie|"
        r"niemals)\b(?! mehr)(?=\s*(?:$|[.,!?;:]|(?:und|aber|nur|sondern)\b))"
        # Round 6: "sterben will ich deswegen noch lange nicht".
        r"| (?:(?:wue?rd\w*|werd\w*|will|wollte|kann|hab|habe|bin|tu|tue|mach|mache|muss|soll) )?"
        r"ich (?:(?!weil\b|dass\b|wenn\b|ob\b|obwohl\b|nicht\b|nie\b)\w+ ){1,3}?(?:nicht|nie|"
        r"niemals)\b(?! mehr)(?=\s*(?:$|[.,!?;:]|(?:und|aber|nur|sondern)\b))"
        # Round 5: "zuhause schlägt mich keiner" (the subject, after the verb, says no one).
        r"| (?:\w+ )?(?:keiner|niemand|kein mensch)\b(?=\s*(?:$|[.,!?;:]|(?:und|aber|nur|"
        r"sondern)\b))"
        # A short question ending the phrase, answered no: "von ner Brücke stürzen? spinnst du".
        r"|(?: \w+){1,2} ?\? ?(?:nein|nee|noe|niemals|spinnst du|quatsch|bist du (?:irre|"
        r"verru?e?ckt))\b"
        # "ritzen war nie mein ding", "suizidal? ... traurig ja, suizidal nein".
        r"| (?:war|ist|is) (?:\w+ )?(?:nie|nicht|noch nie|niemals) (?:so )?(?:mein ding|meins|"
        r"mein fall|was (?:fur|fuer) mich|eine option|ne option)\b| ?,? (?:nein|nee|noe)\b"
        r"(?=\s*(?:$|[.!;]))"
        # A reported question answered no: "ob ich suizidgedanken hab, hab nein gesagt" (only
        # after these words, so "er hat mich vergewaltigt, ich hab nein gesagt" stays).
        r"|(?:(?<=suizidgedanken)|(?<=suizidal)|(?<=umzubringen)|(?<=umbringen)|(?<=sterben)|"
        r"(?<=antun)|(?<=anzutun)|(?<=verletze)|(?<=verletzen)|(?<=ritze)|(?<=ritzen)|"
        r"(?<=sterben will)|(?<=umbringen will)) ?(?:hab|habe|hatte|hae?tte|bin|will|wollte)?,? "
        r"(?:und |da )?(?:ich )?(?:(?:hab|habe|hatte|sagte|sag) (?:\w+ )?(?:nein|nee|noe)(?: "
        r"gesagt)?|(?:hab|habe|hatte) (?:\w+ )?gesagt,? (?:nein|nee|noe))\b"
    ),
    answered_no=r"\s*\? ?(?:nein|nee|noe|no|nope|niemals|spinnst du|quatsch|bist du (?:irre|"
    r"verru?e?ckt))\b",
    denied_before=_NO_INTENT,
    fiction=(
        r"\b(?:film\w*|serie\w*|folge|staffel\w*|serienfinale|buch|buchern|bucher|roman\w*|geschichte|story|"
        r"doku\w*|reportage|nachrichten|news|artikel|zeitung|podcast|lied|song\w*|album|"
        r"anime|manga|tatort|krimi|figur|hauptfigur|charakter\w*|protagonist\w*|netflix|"
        r"tiktok|youtube|theater|gedicht|studie|statistik|vortrag|referat|unterricht|"
        r"praevention|pravention|kampagne|awareness|ehrenamt|seminar|vorlesung|hausarbeit|"
        r"true crime|prozess|gericht|polizeibericht|schauspieler\w*)\b"
    ),
)
