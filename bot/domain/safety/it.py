"""Crisis-screen rules for Italian (it).

Rules are written against normalised text: lowercase, no accents ("più" -> "piu", "è" ->
"e", "perché" -> "perche"), after the shorthand below: "nn" -> "non", "xké"/"xk"/"pk" ->
"perche", "cmq" -> "comunque", "x" -> "per", a lone "+" -> "piu", "ke"/"k" -> "che",
"tt" -> "tutto", "sn" -> "sono", "d" -> "di", "m" -> "mi", "t" -> "ti", Roman "vojo" ->
"voglio".

Decisions on the ambiguous cases
- First person is read from the verb and the clitic: "uccidermi", "ammazzarmi",
  "suicidarmi", "togliermi la vita", "mi voglio uccidere" are the writer's own; "mi
  uccide", "mia madre mi ammazza" (someone kills me) are figures of speech unless the
  sentence ties them to leaving, telling or fear, when they are a threat (DANGER).
- "Voglio morire" is flagged even with "ahah" (policy), but not "muoio dal ridere",
  "morire di noia/caldo/vergogna", "mi fai morire", "morire vecchia/in pace"; "mi ammazzo
  di lavoro/dalle risate" is not, "mi ammazzo" ending a clause after "se"/"giuro" is.
- "Farla finita" is suicide, but "farla finita con lui / con questa storia / di
  lamentarmi" is ending something else. "Mi butto" (I go for it) is not a jump;
  "buttarmi dal ponte / sotto un treno" is. "Da tagliarsi le vene" (a sad song) is an
  idiom; "tagliarmi le vene" is suicide. "Mi sparo una serie" (binge) is not flagged.
- "Mi picchia", "mi mena", "mi ha messo le mani addosso" are violence; "il sole picchia"
  and "il prof mi ha massacrato all'orale" are not.
- Plans and goodbyes without a death word are flagged when their shape is clear: giving a
  pet away ("ho dato via il mio gatto"), "ho già deciso come farlo", "prendetevi cura del
  mio gatto" (not before a trip), "non cercatemi", "quando non ci sarò più".
- History told bare is flagged ("l'anno scorso ho tentato il suicidio", "da ragazza ho
  provato a impiccarmi"). Recovery (round 5, a product decision) is not: a crisis that is
  over, told from a safe present, in a short message with no urge, relapse or fear in it
  (see recovery.py and _RECOVERY below): a streak ("oggi un anno senza tagli", "pulita da
  2 mesi", "è una settimana che non mi taglio", "non mi taglio più da due anni") or a past
  crisis beside a safe present ("due anni fa ho tentato il suicidio, oggi sono felice di
  essere ancora qui", "il mio ex mi picchiava ... ora sto bene"). A relapse or an urge now
  ("dopo 5 mesi pulita stasera mi sono tagliata", "ho paura di ricaderci", "sto peggio")
  stays a crisis, and so does "non ... di nuovo". Someone known at risk now is flagged; a
  past death ("si è suicidato") is grief, not flagged. A partner threatening to kill
  himself if the writer leaves is DANGER.
- Check-in only: "vorrei sparire", "sono un peso", "non ce la faccio più" (with nothing
  after it), "che senso ha tutto", "niente ha senso", "sono stanca di tutto" (not "di
  questo lavoro"). "Non ne posso più" alone is venting and is not flagged.
- Calm plans without a death word are flagged by their shape: a chosen day or place ("ho
  già scelto il giorno", "ho scelto il ponte"), "sono pronta." ending a sentence (not "sono
  pronta!" or "pronta per la festa"), pills saved, counted or taken "tutte", a gun at home
  "e so dove la tiene", a car running in a closed garage, the clothes to be buried in, a
  pet left with someone after "ho sistemato tutto" (not before a trip, Erasmus or a move).
  "Il mio tentativo" with no other object is an attempt. Apostrophes typed as spaces are
  restored ("l unica" -> "l'unica"); Roman "mi so tagliata" reads "mi sono tagliata".
- Goodbye shapes: "se state leggendo è perché ce l'ho fatta", "non datevi la colpa",
  "addio a tutti" or "perdonatemi" ending a message, a letter left for mother or father;
  school and work farewells, Mother's Day letters and films are excused. "Mi ammazzo"
  ending a message, or after "non ce la faccio", is suicide unless an exam is named.
- Control and confinement are DANGER: "sono chiusa in camera", the keys taken "così non
  esco", the phone broken "così non posso chiedere aiuto", control of phone, money or who
  one sees (not a boss), waking up to sex, a child made to undress.

Out of reach: wordings only the situation makes grave ("ho deciso", "venerdì finisce
tutto"), dialect beyond a few Roman forms ("me vojo ammazzà"), sarcasm, and "mi sparo"
as true intent (it is mostly "I'll binge"). One-letter shorthand ("n", "d", "m") is
expanded only before another word, so that the language keeps its trigger words.

Also out of reach (round 2): a plan that names no means ("aspetto solo che mia madre parta
per farlo"), a relapse with no object ("ero pulita da 200 giorni e ci sono ricaduta" may be
drugs), "sono sul ponte" inside a longer message, a goodbye spread over sentences that hold
no trigger word.

Round 3 (a fresh round written before reading these rules; families, not sentences)
- Shorthand: "s*icidio", "sewerslide" -> suicidio, "unalive (me stessa)" -> uccidermi, Roman
  "taja/tajo" -> tagliare, "dp" -> dopo, "cn" -> con, truncated infinitives after "voglio/
  vorrei/a/di" ("a vive", "vojo ammazza"). "Nessuna/nessun" deny what follows ("nessuna
  intenzione di ammazzarmi").
- Flagged: praying or hoping not to wake up, "pensieri di morte", "vorrei non esserci più",
  "meglio/più felici ... senza di me", "se morissi" with relief beside it, a date set "il
  giorno dopo" an event, a will with passwords, "martedì è il giorno" after things given back,
  "nessuno mi troverà in tempo", waiting for everyone to sleep to take pills, pills counted
  "ne bastano venti", laid out or "una boccetta intera basterebbe", cartridges whose place is
  known, looking down "pensando a quanto ci vorrebbe", a rope with a beam, a train that does
  not stop where nobody is, charcoal in a sealed room, an engine running in a garage, a belt or
  noose tried, goodbyes ("quello che sto per fare" with sorry/love, a letter for each, "...
  addio" after a letter or thanks, "non dovrai più preoccuparti per me" with thanks,
  "domani non ci sarò più"), "a un passo dal terzo tentativo", a relapse with a razor,
  "erano mesi che non mi facevo male", "mi faccio del male" with a time or a tool, "sh" with
  a verb and a time, lamette kept "per quando non reggo". DANGER: fear "per la mia vita", a
  knife threat with "col", "mi ha forzata" unless to study/eat, "si sono approfittati di me"
  with drink or sleep, intimate photos passed around, an adult touching a child "quando
  restiamo soli", cigarettes put out on the writer, a child beaten, bruised, left alone for
  days or kept without food, sexual messages to a minor, a secret meeting asked by an adult,
  waking undressed after a drink, a threat to kill the children, groping ("mi palpa"), forced
  porn, exposure, photos of an adult's genitals; means in other words (gas opened before lying
  down, a loaded gun, poison bought, accounts closed with apologies); someone else at risk
  ("ho paura che si faccia del male", "l'ultima volta che ci sentiamo").
- Check-in: no future, no way out, "mi sento in trappola" (not in traffic), no hope that
  things improve (not a team), "non so perché continuo" (ending there), "un peso" after
  "sono", "me ne voglio andare per sempre" (not from a city).
- Excused: razors for shaving, perfume, a living will, a wedding or holiday date, "mi faccio
  del male da sola" (self-sabotage), a guitar string, a water pistol, "il cappio al collo"
  of debts, "se non ci fossi alla festa", a child kept without dinner over homework.
Out of reach (round 3): "ho scritto il biglietto, è nel cassetto", "stasera quando tutti
dormono lo faccio", "ho preso le chiavi del tetto", money put aside "per il funerale": only
the situation makes them grave.

Round 4 (fresh2, a round weighted to means, plans, children, third persons and denials)
decided:
- Means and plans: "farla finita" after come, quando, per, di ("ho deciso come e quando
  farla finita"; not with "con" or of a diet or a quarrel); "per non svegliarmi più"; "se
  bevo la candeggina muoio subito?" (a lethality question with a means); on a bridge or a
  roof with the jump named; "ci vado domenica e mi butto" with a height; "il 3 marzo è la
  data" only with "è tutto pronto", letters or "non chiedermi" (not San Valentino, a trip);
  "sono pronto ad andarmene" after affairs put in order; "ho scelto il posto" with a jump or
  a means; pills kept "per quando mi decido"; "mi impicco"; a gun in the hand now; walking
  into the sea "finché non riesco più a tornare".
- Goodbyes: "è l'ultima volta che scrivo" with "vi ho voluto bene" or an apology, "non
  piangere per me" and "vado in un posto migliore" with a goodbye, "andarmene per sempre"
  with a goodbye (not a city or a group), "non mi vedrete più" after "addio"; one that
  promises to meet again ("ci vediamo", "sto bene") is excused.
- Someone else: found with the wrists cut or hanged, a car running in a closed garage,
  "domani non ci sarà più" with things given away, a quoted goodbye then a phone switched
  off, "si sta tagliando adesso".
- DANGER: locked in a room without food, an adult getting into a child's bed, "se lo
  racconto mi ammazza" with abuse, an armed man outside, an ex threatening now.
- Check-in: "niente migliorerà mai", "non mi interessa più niente", "a che serve
  impegnarsi", "mi sento vuoto", "come se non esistessi".
- Denials: "pensieri suicidi? no, per niente" (answered_no), "l'autolesionismo non fa per
  me", "mi ha chiesto se volevo morire e le ho detto di no", "nessuno mi picchia", "zero
  voglia di", "per niente voglio"; a denial taken back ("ho detto che non ... ma è una
  bugia") is flagged.
- Also flagged (later wordings): pills laid out with a bottle of spirits (not bought for a
  dinner), "mi butto sotto l'autobus", a rope hung "pronta" or from a beam, "oggi mi ammazzo"
  ending a clause (not "di studio"), "che voglia di sparire per sempre", "fare una cazzata"
  with despair, "questo è un addio" (not work or a hen party); touched or raped while asleep
  or drunk, sex "anche se non voglio" in a couple, waking with torn clothes after a blank, an
  adult making a child shower or sleep with him, someone beating a child or partner, an ex
  who "ha detto che mi ammazza", someone with a rope or gun and "oggi è il giorno", someone
  shut in the bathroom with pills.
- Round 4 rules read only their own sentence (except "l'ultima volta che scrivo", whose
  goodbye may be in the one before), so an everyday sentence nearby neither triggers nor
  excuses them.
Out of reach (round 4): a plan named only by its shape ("faccio una cazzata" with no
despair near it, "ho scelto il posto" with no means or jump); "mia madre ha detto che mi
ammazza se torno tardi" was still flagged by the older threat rule (round 5 spares it).

Round 5 (fresh3, written before reading these rules; families, not sentences) decided:
- Recovery as above; "ci sono ricascata" or "ho ricominciato" beside cuts is a relapse.
- "Non ce la faccio più voglio morire" is two clauses: the shorthand ends the first with a
  comma, so its "non" no longer denies the second (it did: a crisis went unflagged).
- A threat is hyperbole with a trivial condition ("se torno tardi") or when a parent, a
  teacher or a boss says it with no fear, blow or weapon beside it ("mia madre ha detto
  che mi ammazza se torno tardi"); an abuser's "mi ammazza se mia madre lo sa" is not.
- Children: a secret game, money given "per non dire niente", a coach who wants a child
  alone with him beside money, secrecy, touch or an age (not extra training alone).
- Means: medicines bought in several pharmacies so no one suspects (not a shortage), high
  up with "è il momento" or no one watching (not an aerial or a view), a train that does
  not slow down and "ci penso", a belt or rope tied to a handle and "per vedere se regge",
  the car in the garage with the engine on and falling asleep (not warming it up), letting
  oneself go down in a lake "tanto non so nuotare".
- Others: "ci farebbe un favore a sparire" said by someone or by the writer, all one's
  things given away with "addio", shut in the bathroom with a razor or pills, "vuole
  raggiungere papà in cielo" or medicines hidden beside a wish to die, the day and the
  place chosen, a neighbour "la riempie di botte" or always bruised. Plans: "sabato è il
  giorno" after letters, rent and the cat, "sarà tutto finito" beside a scheduled message,
  two affairs closed "tanto non mi serviranno più" (not the gym alone), things given away
  "non ne avrò più bisogno", the guard's round on the bridge, "prendetevi cura di" with an
  apology or love (not a holiday). Check-in: "come se non contassi nulla", sleeping to
  wake up years later.
- Spared: a denial in the clause before ("non lo farei mai, ammazzarmi").
Out of reach (round 5): recovery told in a long message or beside any word of urge or fear
(flagged, erring toward a crisis); an older rule still reads "ho legato la corda alla
maniglia" (to hold a door open) as a means. Things given away are spared when old, outgrown
or before a move.

Round 6 (fresh4, written before reading these rules; weighted to burden, goodbyes, means,
plans, sexual coercion, children and phone spellings, and to denials and recovery) decided:
- Denials: "ammazzarmi no, cambiare lavoro sì" (a "no" closing the phrase before a comma,
  not a question tag "no?"); someone else's fear told as wrong in the same sentence ("mia
  madre pensa che voglio suicidarmi ..., sono solo dark"; "... e ha ragione" stays); "no non
  mi ammazzo" at the end of a message is denied; a short question answered no after up to
  five words ("buttarmi sotto un treno per un brutto voto? ma figurati"; not "no, non
  scherzo").
- Recovery widened: a year ("nel 2019"), "a lungo", "ho creduto", "il giorno che", "dal mio
  tentativo" for the past; "sono ancora qui/viva", "vivo grazie a", "oggi so che era la
  depressione a parlare", "quattro anni dopo", "ho appena preso la patente", "adesso mi godo", a proud
  therapist, telling one's story in schools for the present; streaks "giorno 90 senza",
  "pulita dall'autolesionismo da 14 mesi", "sono due anni che ho smesso di tagliarmi", "i
  pensieri suicidi sono finiti". "tornato prima" (came home early) and "è solo un momento
  no" are no urge; "non so perché" and "addio" are.
- SUICIDE adds: my absence as their relief ("se sparissi avrebbero finalmente pace"; not a
  holiday, a move or retirement), a death word as a favour or a solution ("farla finita
  sarebbe un favore a lei"), "è ora che me ne vada per sempre", "meglio che non ci sto più"
  (Roman "nun ce sto", not "in questo gruppo"), a letter found "quando la troverà io non ci
  sarò più", things given away "dove vado non mi servono" (not a holiday), hugging everyone
  "per l'ultima volta" beside another farewell (not a move or a job), "adesso posso andare"
  beside a pet rehomed or things settled, medicines "che bastino" (not for a week away),
  stepping over a railing, lying down on the rails, a backpack full of stones, a car aimed at
  a pillar or "nessuno saprà se è stato un incidente", "lo scoglio dove mi butto" (not diving
  in summer) and "non ho più paura di buttarmi", not spoiling a relative's party beside a
  date, two steps of calm logistics, waiting for a flatmate to sleep beside pills, "nessuno
  verrà a cercarmi" beside a means or a note (not a relaxing weekend), unsubscribing from
  life, "stasera mi uccido" (not "di serie tv"), "mi ammazzo," opening a message beside
  despair, someone else who "ha detto che si spara" (not a TV series). Shorthand: "mi
  unalivo", Roman "nun", "so un fardello", "pe".
- DANGER adds: taken by force or while asleep, sextortion ("se non gli mando altre foto le
  manda a tutta la scuola"), drugged at the pub beside a blank or pain, an adult online
  asking a child for pictures in underwear, an adult who says not to tell the parents beside
  an age gap, someone outside the door beside a knife.
- Check-in adds "non vedo più il senso di niente".
Left out (round 6): "solo andata" alone (a one-way ticket is mostly a move); other
languages' rules may still read an Italian recovery line in their own words (an engine
matter: a line emptied as recovery by Italian is no witness for them).
"""

from __future__ import annotations

from bot.domain.safety.engine import Concern, Language, Rule, rule
from bot.domain.safety.recovery import recovery

__all__ = ["LANGUAGE"]

_SHORTHAND: tuple[tuple[str, str], ...] = (
    # One-letter words are expanded only before another word, so that each pattern has a
    # two-character factor and the language can be gated by its triggers (see triggers.py).
    # Never right after an apostrophe: "don't", "i'm", "i'd" stay English words (other
    # languages' negation checks read this text too).
    (r"\b(?<!')(l|d|dell|nell|sull|all|dall|quell|c) (?=[aeiouh]\w)", r"\1'"),
    (r"\bmi so (?=(?:tagliat|bruciat|fatt|pres|buttat|ammazzat|ferit)\w*\b)", "mi sono "),
    (r"\bnn\b", "non"),
    (r"\b(?<!')n (?=\w)", "non "),
    (r"\b(?:xke|xche|xk|pk|perke|pke|xch|xkè)\b", "perche"),
    (r"\bcmq\b", "comunque"),
    (r" \+ (?=\w)", " piu "),
    (r"\b(?<!')x (?=\w)", "per "),
    (r"\b(?<!')k (?=\w)", "che "),
    (r"\b(?:ke|ch)\b", "che"),
    (r"\btt\b", "tutto"),
    (r"\bsn\b", "sono"),
    (r"\b(?<!')d (?=\w)", "di "),
    (r"\b(?<!')m (?=\w)", "mi "),
    (r"\b(?<!')t (?=\w)", "ti "),
    (r"\bqlcn\b|\bqlc\b", "qualcuno"),
    (r"\bqlcs\b", "qualcosa"),
    (r"\bnnt\b", "niente"),
    (r"\b(?:vojo|vojio|voio)\b", "voglio"),
    (r"\bammazza'", "ammazzare"),
    (r"\bsuicido\b", "suicidio"),
    (r"\b(voglio|vorrei) mori\b", r"\1 morire"),
    (r"\bsu[iy]?[cs]{1,2}[iy]?d(?=[aeio])", "suicid"),
    (r"\bme (voglio|vojo|vorrei) (ammazza|uccide|mori)\b", r"mi \1 \2re"),
    # Round 3: asterisks and algospeak for suicide, Roman "taja", more phone shorthand.
    (r"\bs[u*]{1,2}[i*]?c[i*]d(?=[aeio])", "suicid"),
    (r"\bs[eu]wer ?slide\b", "suicidio"),
    (r"\bmi unaliv[oa]\b", "mi uccido"),
    (r"\bunaliv(?:e|are|armi|ermi)(?: (?:me stess[oa]|myself))?\b", "uccidermi"),
    (r"\btaja(?:rme|mme|rmi)?\b", "tagliarmi"),
    (r"\btaj(o|ata|ato|ate|avo)\b", r"tagli\1"),
    (r"\b(voglio|vorrei|a|di) (ammazza|uccide|mori|vive|suicida)(?=$|[\s.,!?])", r"\1 \2re"),
    (r"\b(voglio|vorrei)( piu)? sta (qua|qui|al mondo)\b", r"\1\2 stare \3"),
    (r"\bdp\b", "dopo"),
    (r"\bcn\b", "con"),
    (r"\bmi so (?=rimess[oa] )", "mi sono "),
    (r"\bd'(?=esistere|esserci|essere viv)", "di "),
    # Round 4: "zero voglia di", "per niente voglio" deny as "non" does.
    (r"\bzero (?=voglia di|intenzione di|intenzioni di|piani di|pensieri di|idea di)", "non "),
    (
        r"\b(?:per niente|per nulla|manco per sogno|neanche per sogno|nemmeno per sogno|"
        r"assolutamente no|ma figurati) (?=voglio|vorrei|penso|mi\b|sto\b|io\b)",
        "non ",
    ),
    # Round 5: "non ce la faccio più voglio morire" is two clauses; its "non" does not deny
    # what follows.
    (
        r"\b(non (?:ce la faccio|ne posso|reggo|sopporto|resisto)(?: piu)?) (?=(?:voglio|vorrei|mi|"
        r"sto|ho|devo|basta|giuro|sono|penso|stasera|oggi|domani)\b)",
        r"\1, ",
    ),
    # Round 6 (fresh4): Roman "nun" and "so" ("so solo un fardello pe mamma, meglio che nun ce
    # sto più"), "pe" for "per".
    (r"\bnun\b", "non"),
    (r"\bnon ce (sto|sta|so|sono|saro|stanno|stessi)\b", r"non ci \1"),
    (
        r"\bso (?=(?:solo |soltanto )?(?:un|una) (?:peso|fardello|problema|disastro|"
        r"fallimento|zavorra)\b)",
        "sono ",
    ),
    (r"\b(?<!')pe (?=\w)", "per "),
    # Someone else's fear told as wrong in the same sentence ("mia madre pensa che voglio
    # suicidarmi perché mi vesto di nero, sono solo dark"): the denial moves into the clause.
    (
        r"\b((?:pensa|pensano|crede|credono|ha paura|hanno paura|teme|temono|e convinta|e convinto|"
        r"sono convinti|si e messa in testa|si e messo in testa) (?:che|ch') )(?:io )?(?=(?:\w+ )"
        r"{0,2}?[^.!?\n]{0,80}?(?:\bsono solo\b|\be solo\b|\bma non e vero\b|\bmacche\b|"
        r"\bfigurati\b|\bahah\w*|\blol\b|\bin realta sto bene\b))",
        r"\1non ",
    ),
    # A question reported and answered no ("mi ha chiesto se volevo morire e le ho
    # detto di no") denies what was asked.
    (
        r"\b(chiest\w*|domandat\w*|chiede|chiedeva|domanda|domandava) se (?=(?:\w+ ){1,6}?\w+\W+"
        r"(?:e )?(?:io )?(?:le |gli |l' ?)?(?:ho )?(?:detto|risposto|dico|rispondo) (?:di |che )?no\b)",
        r"\1 se non ",
    ),
)

# --- building blocks ---------------------------------------------------------------------

_RELATION = (
    r"(?:ragazzo|ragazza|fidanzato|fidanzata|marito|moglie|compagno|compagna|ex|padre|papa|"
    r"babbo|madre|mamma|patrigno|matrigna|fratello|sorella|fratellastro|zio|zia|cugino|cugina|"
    r"nonno|nonna|capo|vicino|vicina|suocero|suocera|cognato|cognata|figlio|figlia|"
    r"professore|prof|allenatore|coinquilino|coinquilina|tipo|uomo|amico|amica|collega)"
)
_PERSON = (
    rf"(?:lui|lei|loro|qualcuno|(?:il |la |lo )?(?:mio|mia|suo|sua|un|uno|una|quel|quella) "
    rf"{_RELATION}|(?:il|la|lo|l') ?{_RELATION})"
)
_INTENT = (
    r"(?:voglio|vorrei|volevo|che voglia di|ho voglia di|avevo voglia di|mi viene voglia di|mi e venuta "
    r"voglia di|penso di|pensavo di|sto pensando di|ho pensato di|penso a|pensando a|pensavo "
    r"a|ho deciso di|decido di|devo|dovrei|vado a|sto per|stavo per|ho provato a|ho provato ad|provato ad|provo ad|provo a|mi sto preparando (?:a|per)|mi preparo (?:a|per)|"
    r"provato a|ho tentato di|tentato di|ho cercato di|cercato di|cerco di|ho intenzione di|"
    r"progetto di|sogno di|desidero|preferirei|preferisco|meglio|merito di|mi merito di|la "
    r"tentazione di|l'idea di|idea di|pensieri di|voglio solo|solo voglio|potrei|avrei voglia "
    r"di|pronta a|pronto a|tentata di|tentato di|ho paura di|spero di|speravo di|mi piacerebbe|"
    r"vorrei tanto|voglio tanto|non vedo l'ora di|a un passo dal|quasi)"
)
_SELF_DEATH = (
    r"(?:morire|uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita(?! (?:con|di)\b)|"
    r"farmi fuori(?! (?:una|un|tutta|tutto|la|il|le|i)\b)|"
    r"levarmi di mezzo|togliermi di mezzo|smettere di vivere|smettere di esistere|non "
    r"svegliarmi (?:piu|domani)|sparire per sempre|impiccarmi|avvelenarmi|annegarmi|tagliarmi "
    r"le vene|spararmi(?: un colpo| in testa| alla tempia)?|farmi saltare le cervella|non "
    r"esistere piu)"
)
_NOT_DEATH_AFTER = (
    r"(?! (?:di (?!nuovo)|d'|dal|dalla|dalle|dai|dallo|del|della|per (?!sempre)|vecchi[oa]|"
    r"felice|in pace|tra le (?:tue|sue) braccia|con te|con lui|con lei|accanto a|sul lavoro|"
    r"lavorando|studiando|ridendo|con (?:il|la|l') (?:lavoro|studio)))"
)
_EMBARRASSED = (
    r"\b(?:che (?:figura|figuraccia|vergogna|imbarazzo)|figuraccia|imbarazzantissim\w*)\b"
)
_VIOLENT = (
    r"(?:picchia|picchiava|ha picchiat[oa]|picchiato|picchiata|mena|menava|ha menat[oa]|"
    r"strozza|strozzava|ha strozzat[oa]|strangola|strangolava|ha strangolat[oa]|spinge|"
    r"spingeva|ha spint[oa]|spintona|ha spintonat[oa]|schiaffeggia|ha schiaffeggiat[oa]|morde|"
    r"ha mors[oa]|sputa|ha sputato|stupra|ha stuprat[oa]|violenta|ha violentat[oa]|molesta|"
    r"ha molestat[oa]|maltratta|maltrattava|ha maltrattat[oa]|prende a (?:schiaffi|pugni|calci|"
    r"botte|sberle|cinghiate)|prendeva a (?:schiaffi|pugni|calci|botte|sberle)|ha preso a "
    r"(?:schiaffi|pugni|calci|botte|sberle)|(?:ha )?riempit[oa] di botte|riempie di botte|"
    r"massacra di botte|ha massacrat[oa] di botte|soffoca con|ha soffocat[oa] con|accoltella|"
    r"ha accoltellat[oa]|tira i capelli|ha tirato i capelli|tirava i capelli)"
)
_NOT_VIOLENCE_AFTER = (
    r"(?! (?:a (?:scacchi|carte|briscola|tennis|ping pong|fifa|calcetto|padel)|al (?:gioco|"
    r"videogioco|fantacalcio)|con (?:le domande|i messaggi|le chiamate|la gelosia|le sue "
    r"paranoie)))"
)
_CUT_ACCIDENT = (
    r"\b(?:per sbaglio|per errore|senza volerlo|accidentalmente|cucinando|cucinare|tagliando "
    r"(?:il|la|le|lo|i|gli|pane|cipolla|verdure|carne)|affettando|sbucciando|cipoll\w+|pomodor\w+|"
    r"pane\b|verdur\w+|coltello (?:del pane|da cucina)|mi radevo|radendomi|rasoio|depil\w+|"
    r"carta\b|foglio|lattina|vetro rotto|bicchiere rotto|giardin\w+|capelli|frangia|unghie|"
    r"barba|il dito|un dito)"
)
_BURN_ACCIDENT = (
    r"\b(?:per sbaglio|senza volerlo|forno|fornello|fornelli|pentola|padella|ferro da stiro|"
    r"cucinando|olio|caffe|te\b|tisana|brodo|vapore|acqua bollente|sole\b|spiaggia|piastra|"
    r"phon|griglia|barbecue|grigliata|pizza|candela|moka)"
)
_KNOCK_ACCIDENT = (
    r"\b(?:per sbaglio|senza volerlo|palestra|allenamento|calcio|calcetto|giocando|partita|"
    r"correndo|bici|moto|sono cadut[oa]|caduta|inciampat[oa]|scivolat[oa]|spigolo|porta|"
    r"tavolo|sportello|armadio|ginocchio|caviglia|puntura|zanzara|zanzare|allergia|prurito|"
    r"orticaria|eczema|brufol\w+|crosta)\b"
)
_LEAVING = (
    r"(?:lo lascio|la lascio|lo lasciassi|la lasciassi|lo mollo|la mollo|me ne vado|me ne "
    r"andassi|vado via|andassi via|lo denuncio|la denuncio|denuncio|lo dico a qualcuno|lo "
    r"racconto|parlo|lo dico|chiamo la polizia|lo tradisco|esco con|mi separo|chiedo la "
    r"separazione|chiedo il divorzio|lo lasciavo|lo avessi lasciato)"
)
_FEAR = r"\b(?:paura|terrorizzat[oa]|spaventat[oa]|tremo|tremando|panico|nascost[oa]|mi nascondo)\b"
# A threat that is a figure of speech: a trivial condition ("se torno tardi"), a joke, or a
# parent, a teacher or a boss with no fear, blow or weapon in the sentence (round 5: "mia
# madre ha detto che mi ammazza se ...").
_TRIVIAL_THREAT = (
    r"\bse (?:\w+ ){0,2}?(?:torno tardi|arrivo tardi|faccio tardi|arrivo in ritardo|prendo (?:un )?"
    r"brutto voto|vengo bocciat\w+|perdo|rompo|dimentico|non studio|non pulisco)\b|"
    r"\b(?:ahah\w*|scherz\w+)\b|^(?![\s\S]*\b(?:paura|terror\w*|picchia\w*|botte|lividi|"
    r"coltello|pistola|polizia|denunc\w*|lascio|mollo|me ne vado)\b)(?=[\s\S]*\b(?:mia madre|"
    r"mia mamma|mamma|mio padre|papa|babbo|i miei|mia nonna|mio nonno|prof|professoressa|capo|"
    r"capa|allenatore) (?:\w+ ){0,2}?(?:ha detto|dice|diceva|giura|urla|ha urlato|mi ha scritto|"
    r"mi scrive|mi)\b)"
)
_ADULT = (
    r"\b(?:zio|patrigno|(?:compagno|ragazzo|fidanzato|marito) di mia (?:mamma|madre)|cugino|"
    r"nonno|papa|padre|vicino|signore|prof|professore|allenatore|uomo|adulto|prete|mister)\b"
)
_PILLS = (
    r"(?:pillole|pastiglie|pasticche|compresse|farmaci|medicine|medicinali|gocce|psicofarmaci|"
    r"antidepressivi|sonniferi|ansiolitici|tranquillanti|tachipirin[ae]|paracetamolo|compressa|capsul[ae]|aspirine?|"
    r"oki|brufen|ibuprofene|xanax|alprazolam|tavor|lorazepam|lexotan|bromazepam|delorazepam|"
    r"valium|diazepam|rivotril|clonazepam|minias|zoloft|sertralina|daparox|paroxetina|prozac|"
    r"fluoxetina|entact|cipralex|escitalopram|seroquel|quetiapina|litio|insulina|stilnox|"
    r"zolpidem|tramadolo|contramal|benzodiazepine|benzo|oppiacei|gocce di en|calmanti|"
    r"pasticca|pastiglia|pillola|blister|moment|venlafaxina|efexor|trittico|en\b)"
)
_HIGH = (
    r"(?:ponte|palazzo|balcone|finestra|terrazzo|terrazza|tetto|piano|treno|metro|metropolitana|"
    r"macchina|auto|camion|tir|binari|binario|burrone|dirupo|scogliera|fiume|vuoto|cavalcavia|"
    r"viadotto|autostrada|strada|tram|precipizio|rupe|grattacielo|campanile|ringhiera)"
)
_BODY = (
    r"(?:braccia|braccio|polsi|polso|cosce|coscia|gambe|gamba|pancia|pelle|fianchi|fianco|"
    r"avambracci|avambraccio|caviglie|caviglia|petto|spalle|spalla|corpo|stomaco)"
)

D, S, H = Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM

_CRISIS: tuple[Rule, ...] = (
    # ---- DANGER ---------------------------------------------------------------------------
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,3}}?(?P<core>mi {_VIOLENT}|(?:picchia|picchiava|ha picchiato|"
        r"mena|menava|maltratta|maltrattava|prende a (?:schiaffi|pugni|calci|botte)) me)\b"
        rf"{_NOT_VIOLENCE_AFTER}",
    ),
    rule(
        D,
        rf"\b(?P<core>mi {_VIOLENT})(?=\s*(?:$|[.,!?;]|quando\b|se\b|e\b|perche\b|ogni\b|sempre\b|"
        r"ieri|stanotte|stasera|oggi\b|l'altra sera|"
        r"a volte|ancora\b|di nuovo|fino\b|senza\b|davanti\b|con (?:la|il) (?:cintura|ciabatta|"
        r"mano|pugno|bastone|cavo|scarpa|mestolo)|da quando|mentre\b|adesso\b|ora\b|in (?:faccia|"
        r"testa)|tutti i giorni|😭))",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:ha dato|da|dava|hanno dato|ha tirato|tira|tirava|ha mollato|molla|"
        r"mollava) (?:un |uno |una |dei |delle )?(?:schiaffo|schiaffi|pugno|pugni|calcio|calci|"
        r"spinta|spintone|spintoni|testata|ceffone|ceffoni|sberla|sberle|manrovescio|botte|"
        r"cinghiate|cazzotto|cazzotti|sganassone|scappellotto|ginocchiata|gomitata|cinghiata)\b"
        r"(?! (?:morale|di (?:fortuna|vita|realta))))",
        unless=r"\b(?:partita|calcetto|allenamento|pallone|campo|gioco|giocando|boxe|karate|"
        r"judo|kick|scherzo|scherzando)\b",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:ha messo|mette|metteva|ha messe) le mani (?:addosso|al collo|alla "
        r"gola|intorno al collo)|(?:le )?(?:sue )?mani (?:al|sul|intorno al) (?:mio )?collo|mi "
        r"(?:ha preso|prende|prendeva|afferra|ha afferrat[oa]|stringe|ha stretto|stringeva) "
        r"(?:\w+ )?(?:per il collo|per la gola|il collo|la gola|per i capelli|per il braccio|i "
        r"polsi)|mi (?:ha sbattut[oa]|sbatte|sbatteva|ha spint[oa]|spinge|ha buttat[oa]|butta|"
        r"ha scaraventat[oa]|scaraventa|ha lanciat[oa]) (?:\w+ )?(?:contro il muro|al muro|a "
        r"terra|per terra|contro la parete|giu dalle scale|fuori di casa|fuori dalla macchina|"
        r"sul letto|contro)|(?:coltello|pistola|lama|forbici) (?:alla|al|contro la|contro il|"
        r"puntat[oa] alla) (?:mia )?(?:gola|collo|testa|pancia|petto)|mi (?:ha puntato|punta|"
        r"puntava) (?:un|una|il|la) (?:coltello|pistola|lama|forbici))",
        unless=r"\b(?:attraversare|ballare|aiutare|salvare|partita|calcetto|allenamento|pallone|gioco|giocando|scherzo|lotta libera)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:mi )?minacci(?:a|ava|ato|ata|ano|ando|o) (?:\w+ ){0,2}?(?:di morte|di "
        r"(?:ammazzarmi|uccidermi|picchiarmi|farmi del male|sfregiarmi|bruciarmi|violentarmi|"
        r"portarmi via (?:i|il|la) (?:bambini|figli|figlio|figlia|bambino|bambina)|togliermi (?:i|"
        r"il) (?:bambini|figli)|ammazzare|uccidere|pubblicare|diffondere|mandare|postare|"
        r"condividere|mostrare|far vedere|girare)|con (?:un|il) (?:coltello|pistola))|minacce di "
        r"morte|mi (?:minaccia|minacciava|ha minacciat[oa]|sta minacciando)(?=\s*(?:$|[.,!?;]|e\b|"
        r"sempre|ogni|di continuo|ancora)))",
    ),
    rule(
        D,
        rf"\b(?P<core>se (?:\w+ ){{0,2}}?{_LEAVING}(?: \w+){{0,4}}? mi (?:ammazza|uccide|ammazzera|"
        r"uccidera|ammazzerebbe|ucciderebbe|fa (?:del male|fuori|la pelle)|fara del male|picchia|"
        r"massacra|spacca la faccia|ammazzava|uccideva)|mi (?:ammazza|uccide|ammazzera|uccidera|"
        rf"ammazzerebbe|ucciderebbe|fa fuori|fa la pelle) (?:\w+ )?se (?:\w+ ){{0,2}}?{_LEAVING})",
    ),
    rule(
        D,
        r"\b(?:ha detto|dice|mi ha detto|mi dice|giura|ha giurato|urla|ha urlato|mi ha scritto|"
        r"minaccia) (?:che )?(?P<core>mi (?:ammazza|uccide|ammazzera|uccidera|ammazzerebbe|"
        r"ucciderebbe|fa (?:del male|fuori|la pelle)|spacca la faccia|rompe le gambe|sfregia|"
        r"ammazzava|uccideva))\b",
        needs=rf"{_FEAR}|\bse\b|\bdenunc|\bpolizia\b|\bcarabinieri\b|\bcoltello\b|\bpistola\b",
        # Round 4: a trivial condition ("se torno tardi", "se perdo le chiavi") is a figure
        # of speech.
        unless=_TRIVIAL_THREAT,
    ),
    rule(
        D,
        r"\b(?P<core>(?:ho|avevo) (?:tanta |molta |una gran )?(?:paura|terrore|il terrore) che "
        r"(?:\w+ )?mi (?:uccida|ammazzi|picchi|faccia del male|faccia qualcosa|trovi|metta le mani "
        r"addosso|violenti|rintracci)|(?:paura|terrore) (?:di|a) (?:tornare|rientrare|andare) a "
        rf"casa|(?:ho|avevo) (?:tanta |molta )?(?:paura|terrore) (?:di lui|di lei|del mio "
        rf"{_RELATION}|"
        rf"della mia {_RELATION}|di mio {_RELATION}|di mia {_RELATION})(?=\s*(?:$|[.,!?;]|e\b|"
        r"quando|perche|da quando))|non mi sento (?:al sicuro|sicur[oa]|protett[oa]) (?:a casa|in "
        r"casa|con lui|con lei|vicino a lui|a casa mia))",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:chiude|chiudeva|ha chius[oa]|tiene chius[oa]|teneva chius[oa]|ha "
        r"rinchius[oa]|rinchiude|segrega|ha segregat[oa]) (?:\w+ )?(?:a chiave|in casa|in camera|"
        r"in bagno|dentro|fuori|in cantina|nella stanza)|non mi (?:lascia|lasciava|fa) (?:uscire "
        r"(?:di casa|mai|da sola)|vedere (?:le mie|i miei|mia) (?:amiche|amici|famiglia|madre)|"
        r"lavorare|usare il telefono|avere il telefono|avere soldi|parlare con nessuno))",
    ),
    rule(
        D,
        r"\b(?:il mio (?:ragazzo|fidanzato|marito|compagno|ex)|la mia (?:ragazza|fidanzata|moglie|"
        r"compagna)|mio marito|lui) (?:\w+ ){0,2}?(?P<core>(?:mi (?:prende|ha preso|toglie|ha "
        r"tolto|controlla|spacca|ha spaccato|rompe|ha rotto|nasconde)|si porta via|si e portato "
        r"via) (?:il )?(?:mio )?(?:telefono|cellulare|telefonino))\b",
        needs=r"\b(?:chiude|chius[oa]|non mi lascia|paura|picchia|minacc|controlla)\b",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:segue|seguiva|ha seguit[oa]|pedina|pedinava|ha pedinat[oa]|spia|"
        r"perseguita|perseguitava) (?:\w+ ){0,2}?(?:ovunque|dappertutto|fino a casa|sotto casa|per "
        r"strada|al lavoro|fuori dal lavoro|fino al lavoro|da (?:scuola|lavoro))|mi (?:perseguita|"
        r"pedina|perseguitava|pedinava|sta perseguitando|sta pedinando)(?=\s*(?:$|[.,!?;]|e\b|da|"
        r"ogni|sempre|ovunque))|(?:e diventato|e diventata|e uno|ho uno|ho una) stalker|(?:subisco|"
        r"sto subendo|vittima di) stalking|me (?:lo|la) (?:ritrovo|sono ritrovat[oa]|trovo) "
        r"(?:sempre )?(?:sotto casa|davanti (?:a casa|al lavoro|a scuola)|fuori dal lavoro|"
        r"ovunque))",
        unless=r"\b(?:social|instagram|insta|tiktok|twitter|follower|ricordo|ricordi|passato|"
        r"sfortuna|pensiero|colpa|canzone)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:si presenta|si e presentat[oa]|e venut[oa]|viene|mi aspetta|mi aspettava|"
        r"mi ha aspettat[oa]) (?:\w+ ){0,2}?(?:sotto casa|davanti a casa|davanti al lavoro|fuori "
        r"dal lavoro|a scuola|al lavoro|sotto l'ufficio))",
        needs=r"\b(?:ex|paura|perseguit|pedin|ancora|di nuovo|ordinanza|diffida|divieto)\b",
    ),
    rule(
        D,
        r"\b(?P<core>non mi (?:lascia|lasciava) in pace|(?:era|stava|si e messo|salito) (?:\w+ )?"
        r"(?:sopra di me|addosso a me))",
        needs=r"\b(?:ex|perseguit\w*|paura|minacc\w*|denunc\w*|non volevo|dormivo|ubriac[oa]|mi "
        r"sono svegliat[oa]|non riuscivo|ho detto (?:di )?no|dicevo (?:di )?no)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:mi sono|sono) (?:chius[oa]|nascost[oa]) (?:\w+ )?(?:in bagno|in camera|"
        r"nell'armadio|sotto il letto|in macchina|a chiave)|mi (?:nascondo|sto nascondendo) "
        r"(?:da lui|da lei|in bagno|in camera|nell'armadio))\b",
        needs=rf"{_FEAR}|\b(?:mi trovi|mi trova|urla|urlando|picchia|ubriaco|spacca|rompe|"
        r"minacc|porta)\b",
    ),
    # Sexual violence, drugged drinks, images.
    rule(
        D,
        r"\b(?P<core>mi (?:ha stuprat[oa]|hanno stuprat[oa]|stupra|stuprava|ha violentat[oa]|"
        r"hanno violentat[oa]|violenta|violentava|ha molestat[oa]|molesta|molestava)|(?:ha "
        r"abusato|abusa|abusava|hanno abusato) di me|sono stat[oa] (?:stuprat[oa]|violentat[oa]|"
        r"abusat[oa]|molestat[oa])|(?:abuso|abusi|violenza|violenze) sessual[ei]|mi (?:ha "
        r"costrett[oa]|costringe|costringeva|obbliga|obbligava|ha obbligat[oa]|forza|ha forzat[oa])"
        r" "
        r"ad? (?:fare sesso|fare l'amore|avere rapporti|farlo|fare cose|fargli|toccarlo|mandargli "
        r"foto|spogliarmi|fare sesso orale)|mi (?:ha toccat[oa]|tocca|toccava|palpa|ha palpat[oa]|"
        r"palpeggia|ha palpeggiat[oa]) (?:\w+ ){0,2}?(?:senza (?:il mio )?(?:permesso|consenso)|"
        r"mentre dormivo|quando dormo|mentre dormo|quando dormivo|le parti intime|li sotto|"
        r"anche se (?:dicevo|ho detto) (?:di )?no)|senza il mio consenso|anche se dicevo di no "
        r"(?:\w+ ){0,3}?(?:sesso|rapporti|farlo))",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:messo|mess[oa]|versato|aggiunto|sciolto|buttato) (?:\w+ )?(?:qualcosa|una "
        r"droga|della droga|una pastiglia|una pillola|qualche cosa) (?:nel|nella|nel mio|nella mia|"
        r"dentro il) (?:drink|bicchiere|cocktail|spritz|birra|bevanda|bibita|caffe|coca)|mi (?:hann"
        r"o "
        r"drogat[oa]|ha drogat[oa]|drogano)|droga dello stupro)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:pubblicare|diffondere|mandare|postare|condividere|mostrare|far vedere|far "
        r"girare|girare|mettere online|mettere in rete|inviare) (?:\w+ ){0,2}?(?:le mie|mie|delle "
        r"mie|i miei|nostre|nostri|le nostre|i nostri) (?:foto|video|nudes|immagini)|revenge porn|"
        r"sextortion|sextorsione|pornovendetta)",
        needs=r"\b(?:minacc\w*|intim\w+|nud[eoia]\w*|hot\b|sesso|se (?:lo|la) lascio|se non|"
        r"ricatt\w*|spogliat\w+|svestit\w+)",
    ),
    rule(
        D,
        r"\b(?P<core>(?:entra|entrava|viene|veniva|si infila|si infilava) (?:\w+ )?(?:nella mia "
        r"camera|in camera mia|nel mio letto|in camera|nella mia stanza|in bagno) (?:\w+ ){0,2}?"
        r"(?:di notte|la notte|quando dormo|mentre dormo|quando (?:la )?mamma non c'e|quando non "
        r"c'e nessuno|mentre mi (?:lavo|cambio)))",
        needs=_ADULT,
    ),
    rule(
        D,
        r"\b(?P<core>(?:e|sia) (?:il )?(?:nostro|un) segreto|segreto tra noi|(?:di )?non dirlo a "
        r"nessuno|non devo dirlo a nessuno|non dirlo (?:alla mamma|a mamma|ai tuoi|a tua madre))",
        needs=rf"{_ADULT}|\b(?:mi tocca|mi ha toccat|camera|letto|nud|spogli|baci)\w*",
    ),
    rule(
        D,
        r"\b(?P<core>(?:si (?:ammazza|uccide|ammazzerebbe|ucciderebbe|butta|toglie la vita|"
        r"suicida|suiciderebbe|ammazzera|uccidera)|(?:di )?(?:uccidersi|ammazzarsi|suicidarsi|"
        r"farla finita|togliersi la vita|buttarsi)) (?:\w+ ){0,2}?se (?:\w+ )?(?:lo|la|l') ?"
        r"(?:lascio|mollo|lasciassi)|(?:si (?:ammazza|uccide|ammazzerebbe|ucciderebbe|suicida)|"
        r"(?:di )?(?:uccidersi|ammazzarsi|suicidarsi|farla finita)) (?:\w+ ){0,2}?se (?:me ne "
        r"vado|vado via|non torno))",
    ),
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,3}}?(?P<core>(?:la|lo|li|le) (?:picchia|picchiava|ha "
        r"picchiat[oa]|mena|menava|maltratta|maltrattava|strozza|stupra|violenta|chiude in casa|"
        r"minaccia|prende a (?:schiaffi|pugni|calci|botte)))\b",
        about_others=True,
        unless=r"\b(?:scacchi|carte|partita|gioco|videogioco)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:mio|mia|il mio|la mia|suo|sua|il suo|la sua) {_RELATION} (?:e|diventa|"
        r"era|e diventato|e diventata) (?:molto |spesso )?(?:violent[oa]|manesc[oa]|aggressiv[oa] "
        r"con me)|(?:una |in una )?relazione (?:violenta|abusiva|tossica e violenta)|violenza "
        r"domestica|maltrattamenti|codice rosso|centro antiviolenza|(?:subisco|subiva|subisce|"
        r"sto subendo|ho subito) (?:\w+ )?(?:violenza|violenze|maltrattamenti|abusi))\b",
        about_others=True,
    ),
    # ---- SUICIDE --------------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>suicidarmi|togliermi la vita|farmi fuori(?! (?:una|un|tutta|tutto|la|il|le|"
        r"i)\b)|levarmi di mezzo|togliermi di mezzo|impiccarmi|avvelenarmi|tagliarmi le vene|mi "
        r"taglio le vene|spararmi (?:un colpo|in testa|alla tempia|in bocca)|farmi saltare le "
        r"cervella|buttarmi sotto (?:un|il|al|una|la) (?:treno|macchina|tram|camion|metro|auto))\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_INTENT} (?:\w+ ){{0,2}}?{_SELF_DEATH})\b{_NOT_DEATH_AFTER}",
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>mi (?:voglio|volevo|vorrei|sono volut[oa]|stavo per|sto per|devo|dovrei|"
        r"vado a|potrei|vorrei tanto|voglio tanto) (?:\w+ )?(?:uccidere|ammazzare|suicidare|"
        r"togliere la vita|impiccare|avvelenare|sparare (?:un colpo|in testa|alla tempia)|buttare "
        rf"(?:giu|dal|dalla|da|sotto))){_NOT_DEATH_AFTER}",
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>(?:uccidermi|ammazzarmi))\b(?<!vuole uccidermi)(?<!vuole ammazzarmi)(?<!voglio"
        r"no "
        r"uccidermi)(?<!vogliono ammazzarmi)(?<!cercato di uccidermi)"
        r"(?<!provato a uccidermi)(?<!provato ad ammazzarmi)(?<!minacciato di uccidermi)"
        r"(?<!minacciato di ammazzarmi)(?<!per ammazzarmi)(?! (?:di|dal|dalle|dalla|con il|col) )",
    ),
    rule(
        S,
        r"\b(?:se|giuro che|giuro|io|che|poi) (?:\w+ ){0,4}?(?P<core>mi (?:ammazzo|uccido|sparo|"
        r"butto giu))(?=\s*(?:$|[.!?;]|, |e\b|ahah|😭|💔))|\b(?P<core2>la faccio finita|la farei "
        r"finita|la faro finita|l'ho quasi fatta finita)(?! (?:con|di|una volta per tutte con)\b)",
        unless=r"\b(?:calcio|partita|juve|inter|milan|roma|lazio|napoli|esame|verifica)\b",
    ),
    rule(
        S,
        r"\b(?P<core>non (?:voglio|ho voglia di|ce la faccio(?: piu)? a|riesco(?: piu)? a|sopporto "
        r"di) (?:piu )?"
        r"(?:vivere|continuare a vivere|stare al mondo|stare (?:qui|qua)(?: su questa terra)?|esist"
        r"ere|"
        r"svegliarmi|andare avanti|restare in vita|essere viv[oa])(?: piu)?(?! (?:con|in|da sol[oa]"
        r"|"
        r"vicino|lontano|li|la\b|insieme|a (?!questo)|di\b|del\b|della\b|per\b|cosi in|presto|"
        r"alle|prima)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho perso|senza|non ho(?: piu)?) (?:la |nessuna )?voglia di vivere|non "
        r"(?:trovo|vedo|ha) (?:piu )?(?:nessun |un |alcun )?senso (?:a |nel |di )?(?:vivere|la vita"
        r"|"
        r"alla vita|nella vita|la mia vita|alla mia vita|andare avanti|esistere)|(?:la|mia) (?:mia "
        r")?"
        r"vita non ha (?:piu )?(?:nessun |alcun )?senso|vivere non ha (?:piu )?senso|non vale "
        r"(?:piu )?la pena (?:di )?(?:vivere|andare avanti|continuare)(?=\s*(?:$|[.,!?;]|e\b|"
        r"cosi))|la (?:mia )?vita non vale (?:piu )?la pena|non ho (?:nessun |un |alcun )?"
        r"(?:motivo|motivi|ragione|ragioni) (?:per|di) (?:vivere|andare avanti|continuare)|(?:a "
        r"che serve|perche) (?:vivere|continuare a vivere)|perche sono ancora (?:viv[oa]|qui)"
        r"(?=\s*(?:$|[.,!?;]))|(?:sono |mi sento )?stanc[oa] di (?:vivere|essere viv[oa]|esistere|"
        r"svegliarmi|respirare))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vorrei|voglio|preferirei|preferisco|mi piacerebbe) (?:essere|esser|"
        r"stare) mort[oa]|(?:vorrei|avrei voluto) non (?:essere|esser) (?:mai )?nat[oa]|(?:vorrei|"
        r"voglio) non esistere|magari (?:morissi|fossi mort[oa]|non mi svegliassi|non fossi mai "
        r"nat[oa]|mi (?:investisse|investa|prendesse|venisse) (?:\w+ )?(?:una macchina|un "
        r"camion|un treno|qualcosa|un infarto|un tumore))|spero di (?:morire|non svegliarmi)|"
        r"sarebbe meglio (?:se fossi mort[oa]|essere mort[oa]|morire|non esserci)|meglio mort[oa]"
        r"(?=\s*(?:$|[.,!?;]|che))|(?:addormentarmi|dormire) e non svegliarmi|(?:dormire|"
        r"addormentarmi) per sempre|non svegliarmi (?:mai )?piu)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:sarebbe|starebbero|sarebbero) (?:\w+ ){0,4}?meglio (?:\w+ ){0,4}?se (?:io )"
        r"?"
        r"(?:non esistessi|morissi|sparissi per sempre|non ci fossi piu|fossi mort[oa]|non fossi ma"
        r"i "
        r"nat[oa]|mi uccidessi)|(?:ho dato via|ho regalato|sto dando via|do via|regalo) (?:il |la |"
        r"i |le )?(?:mio|mia|miei|mie) (?:gatt[oa]|gatti|cane|cani|cagnolin[oa])|(?:ho (?:gia )?"
        r"deciso|so gia|ho pensato|ho gia pensato) (?:come|quando|dove) (?:farlo|lo faro|lo "
        r"faccio|fare)(?=\s*(?:$|[.,!?;]|con\b))|non (?:vuole|voleva) (?:piu )?(?:vivere|esistere|"
        r"stare al mondo)(?=\s*(?:$|[.,!?;]|piu\b|e\b)))",
        negatable=False,
        unless=r"\b(?:trasloco|trasferisco|allergi\w+|viaggio)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tutti|la mia famiglia|i miei|il mondo|mia madre|mia mamma|gli altri|voi) "
        r"(?:\w+ ){0,2}?(?:starebbero|starebbe|sarebbero|sarebbe|vivrebbero|vivrebbe|staranno|"
        r"stanno) (?:molto |tutti )?meglio senza di me|(?:starebbero|starebbe|sarebbero|"
        r"vivrebbero|staranno) (?:tutti )?(?:molto )?meglio (?:senza di me|se (?:io )?(?:morissi|"
        r"non ci fossi (?:piu)?|sparissi|fossi mort[oa]|non esistessi|non fossi mai nat[oa]|mi "
        r"uccidessi|me ne andassi per sempre))|sarebbe (?:tutto )?(?:molto )?meglio se (?:io )?"
        r"(?:morissi|non ci fossi (?:piu)?|sparissi|fossi mort[oa]|non esistessi|non fossi mai "
        r"nat[oa]|mi uccidessi)(?!\s*(?:a|al|alla|alle|ai|in|oggi|stasera|domani|li|la)\b)|nessuno (?:\w+ )?(?:sentirebbe|sentira|noterebbe|piangerebbe) "
        r"(?:la mia mancanza|niente|nulla)? ?(?:\w+ )?se (?:io )?(?:morissi|sparissi|mi "
        r"uccidessi|non ci fossi|muoio|sparisco|mi ammazzo)|a nessuno (?:importerebbe|"
        r"fregherebbe|importa) (?:\w+ )?se (?:io )?(?:morissi|sparissi|mi uccidessi|muoio|mi "
        r"ammazzo)|se (?:io )?(?:morissi|sparissi|mi uccidessi|muoio) (?:\w+ ){0,2}?nessuno "
        r"(?:\w+ ){0,2}?(?:accorgerebbe|noterebbe|piangerebbe|sentirebbe|importerebbe)|nessuno "
        r"sentirebbe la mia mancanza)",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:penso|pensando|pensato|pensavo|pensare|pensieri|idea|idee|ossessionat[oa]) "
        r"(?:\w+ )?(?:al |di |sul |a |del )?suicidio|(?:ho tentato|tentato|tentativo|tentativi) "
        r"(?:di |il )?suicidi[oa]|pensieri suicidi|ideazione suicid\w+|tendenze suicide|(?:sono|"
        r"mi sento|sentirmi) (?:un po' |molto )?suicida|il mio suicidio|(?:commettere|commesso) "
        r"suicidio|il suicidio (?:e|sarebbe|sembra) (?:l'unica|la|una|la mia) (?:unica )?"
        r"(?:soluzione|via d'uscita|uscita|scelta)|(?:pianificando|pianifico|progetto|piano) "
        r"(?:il |per il |di )?(?:mio )?suicidio|(?:lettera|biglietto|messaggio) (?:di )?suicid\w*)"
        r"\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vuole|voleva|vorrebbe|pensa di|sta pensando di|ha pensato di|ha tentato di|"
        r"ha cercato di|ha provato a|parla di|dice di volersi|minaccia di) (?:uccidersi|"
        r"ammazzarsi|suicidarsi|farla finita|togliersi la vita|buttarsi|impiccarsi|morire)|si "
        r"(?:vuole|voleva|vorrebbe) (?:uccidere|ammazzare|suicidare|togliere la vita|buttare)|"
        r"(?:ha detto|dice|mi ha scritto|ha scritto|ha postato|scrive) (?:che )?(?:vuole|vorrebbe) "
        r"(?:morire|farla finita|sparire per sempre))\b(?! (?:di|dal|dalla|dalle|con (?:lui|lei|"
        r"questa|quella)))",
        about_others=True,
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho preso|prendere|preso|presa|ingoiato|ingoiare|ho ingoiato|mandato giu|"
        r"prendo|prenderei|ho buttato giu|buttare giu|mi sono calat[oa]|ho mandato giu) "
        r"(?:\w+ ){0,2}?(?:tutta la scatola|tutte le|tutti i|tutto il|un sacco di|un mucchio di|"
        r"una scatola|due scatole|la scatola|una confezione|la confezione|il flacone|un flacone|"
        r"un blister|il blister|(?:[4-9]|[1-9]\d+)|dieci|quindici|venti|trenta|quaranta|cinquanta|cento|una "
        r"manciata di|troppe|troppi|tantissime|tantissimi) (?:\w+ )?(?:di |delle |dei |del )?"
        rf"(?:\w+ )?{_PILLS})\b",
        about_others=True,
        unless=r"\b(?:febbre|mal di (?:testa|denti|gola|pancia|schiena)|influenza|raffreddore|"
        r"ricetta|come da|come prescritto|al giorno|ogni \d+ ore|mestruazion\w*|vitamin\w*|"
        r"integrator\w*|prima di dormire|ogni sera|in (?:una|due|tre) settiman\w*)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:messo da parte|mettendo da parte|metto da parte|accumulat[oa]|accumulando|"
        rf"conservat[oa]|nascost[oa]|nascondo|tengo nascost[ie]|raccolto|raccogliendo|sto "
        rf"accumulando|ho accumulato|ho conservato|da parte) (?:\w+ ){{0,3}}?{_PILLS}|{_PILLS} "
        rf"(?:nascost[ei]|da parte|accumulat[ei]|messe da parte))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho avuto|avuto|avere|fare|fatto|faccio|in|un'|quasi) ?(?:un' ?|un )?"
        rf"overdose|overdose di (?:farmaci|pillole|pastiglie|{_PILLS[3:-1]}))\b",
        about_others=True,
        unless=r"\b(?:morto|morta|morti|e mort[oa]|ho perso|abbiamo perso|zuccheri|zucchero|"
        r"coccole|caffe)\b",
    ),
    rule(
        S,
        r"\b(?P<core>veleno per (?:topi|ratti)|topicida|(?:bere|bevuto|ho bevuto|ingoiare) (?:\w+ )"
        r"?"
        r"(?:candeggina|varechina|acido|veleno|soda caustica|antigelo)|aprire il gas|lasciare il "
        r"gas aperto)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:buttarmi|gettarmi|lanciarmi|saltare|buttarsi|buttato|buttata|mi butto|mi g"
        rf"etto|mi "
        rf"lancio|mi buttero) (?:\w+ ){{0,2}}?"
        r"(?:da|dal|dalla|dallo|giu|giu dal|giu dalla|giu da|sotto|sotto al|sotto il|sotto un|"
        rf"sotto una|sotto alla|nel|in|davanti al|davanti a|contro|dall'|sui) (?:\w+ ){{0,2}}?"
        rf"{_HIGH})\b",
        about_others=True,
        unless=r"\b(?:piscina|paracadute|bungee|tuffo|trampolino|divano|letto|mischia|pista|"
        r"fortnite|minecraft|gta|videogioco|gioco|partita|livello|personaggio)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:penso di|pensavo di|ho pensato di|sto pensando di|voglio|vorrei|ho voglia "
        r"di|potrei|sarebbe facile|l'idea di|la tentazione di|tentat[oa] di|stavo per|sto per|"
        r"quasi) (?:\w+ )?(?:buttarmi|gettarmi|lanciarmi|saltare|lasciarmi cadere|fare un passo))"
        r"(?=\s*(?:$|[.,!?;]|e\b|ma\b|che\b|giu|di sotto|nel vuoto))",
        needs=rf"\b{_HIGH}\b|\b(?:altezza|alto|di sotto|sotto di me|bordo|parapetto|cornicione|"
        r"vuoto)\b",
        unless=r"\b(?:piscina|paracadute|bungee|tuffo|trampolino)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:schiantarmi|andare a sbattere|lanciarmi) (?:\w+ )?(?:con la macchina|con "
        r"l'auto|contro (?:un|il|una|la) (?:albero|muro|camion|tir|guardrail))|(?:entrare|"
        r"entrata|entrato) in (?:mare|acqua|fiume) (?:e non (?:tornare|uscire)|fino a non))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho comprato|ho|ho preparato|ho nascosto|ho trovato) (?:\w+ )?(?:una|la) "
        r"corda(?! (?:\w+ )?(?:per (?:saltare|stendere|lo stendino|arrampic\w+|il bucato|legare|"
        r"l'altalena|la barca|la tenda|il cane|il pacco)|da (?:saltare|"
        r"arrampicata)))|un cappio|il cappio|fare il nodo|(?:la|una) (?:pistola|fucile|arma) "
        r"(?:\w+ ){0,2}?(?:alla tempia|in bocca|alla testa|contro di me)|so dove (?:\w+ ){0,3}?"
        r"(?:tiene|nasconde|mette) (?:\w+ ){0,2}?(?:la pistola|il fucile|l'arma|le pillole|i "
        r"farmaci))\b",
        unless=r"\b(?:debiti|mutuo|banca|tasse|finanziaria|strozzin\w*|rate|bollette)\b",
    ),
    # Goodbyes, plans, giving things away.
    rule(
        S,
        r"\b(?P<core>(?:lettera|lettere|biglietto|biglietti|messaggio|messaggi|video) (?:d'|di |d )"
        r"?addio|(?:ho (?:gia )?scritto|sto scrivendo|ho lasciato|lascio|scrivo) (?:\w+ ){0,2}?(?:lettere|"
        r"una lettera|biglietti|un biglietto) (?:per|a) (?:la mia famiglia|i miei|tutti|mia "
        r"madre|mia mamma|ognuno|ciascuno|i miei figli|i miei amici)|vi saluto per sempre|addio "
        r"(?:a tutti )?per sempre|addio mondo|non cercatemi|non venite a cercarmi|(?:a|per) chi "
        r"(?:trovera|legge|leggera|trova) (?:questo|questa|queste)|quando (?:leggerete|leggerai|"
        r"troverete) (?:questo|questa|queste) (?:\w+ )?(?:non ci saro|saro gia|sara troppo tardi|"
        r"me ne saro andat[oa])|perdonatemi (?:per tutto|per quello che (?:sto per fare|faro)|se "
        r"potete)|(?:questo|questa) e (?:il mio|la mia) (?:ultimo|ultima) (?:messaggio|lettera|"
        r"post|saluto|pagina)|il mio ultimo giorno (?:di vita|da viv[oa]|al mondo)|quando non ci "
        r"saro piu|quando me ne saro andat[oa] per sempre)\b",
        negatable=False,
        unless=r"\b(?:film|serie|romanzo|libro|episodio|personaggio|festa della mamma|"
        r"sorpresa|peli|pelicula|filme|scuola|colleghi|lavoro|azienda|laurea|maturita|classe|ultimo giorno di (?:scuola|"
        r"lezione|lavoro)|pensione|erasmus|prof|professoressa|professore|capo|squadra|compleanno|"
        r"auguri|natale|anniversario|matrimonio|onomastico)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:prendetevi|prenditi|abbiate) cura (?:di|del|della|dei|delle) (?:mio|mia|"
        r"miei|mie) (?:gatt[oa]|gatti|cane|cagnolin[oa]|cani|mamma|madre|padre|papa|fratello|"
        r"sorella|figli|figlio|figlia|piante|nonna|nonno)|grazie di tutto(?:,)? (?:e )?"
        r"(?:addio|perdonatemi|scusatemi|vi voglio bene|vi amo|prendetevi cura))\b",
        negatable=False,
        unless=r"\b(?:viaggio|vacanza|vacanze|weekend|fine settimana|mentre sono via|finche non "
        r"torno|quando torno|ospedale per|operazione|trasferta)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tanto|ormai|perche) (?:\w+ )?non mi (?:serve|servono|servira|serviranno|"
        r"servirebbero) piu|(?:ho regalato|sto regalando|regalo|ho dato via|sto dando via|do via) "
        r"(?:\w+ ){0,2}?(?:tutte )?(?:le mie cose|i miei vestiti|la mia roba|tutto quello che (?:ho|avevo|possiedo)|tutto "
        r"cio che (?:ho|avevo)))",
        needs=r"\b(?:regal\w+|dato via|dando via|do via)\b|le mie cose",
        # Clothes grown out of, a move.
        unless=r"\b(?:vecchi[eo]|cresciut\w*|piccol\w*|mercatino|trasloc\w*|trasferisco)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:l'unica|la sola|la mia unica) (?:soluzione|via d'uscita|uscita|scelta) "
        r"(?:e|sarebbe) (?:morire|il suicidio|farla finita|uccidermi|ammazzarmi|sparire per "
        r"sempre)|(?:morire|farla finita|uccidermi) (?:e|sarebbe) (?:l'unica|la sola|la mia) "
        r"(?:soluzione|via d'uscita|uscita|scelta)|(?:chiudere|finire) (?:con )?tutto (?:una volta "
        r"per tutte|per sempre)(?=\s*(?:$|[.,!?;])))",
        negatable=False,
    ),
    # ---- SELF_HARM ------------------------------------------------------------------------
    rule(
        H,
        r"\b(?P<core>autolesionis\w+|autolesion[ei]|mi autolesiono|autolesionarmi|si "
        r"autolesiona|autolesiv[oi]|(?:faccio|facevo|fare|ho fatto) cutting|(?:mi faccio|mi "
        r"facevo|farmi|mi sono fatt[oa]) (?:\w+ )?(?:tagli|ferite|bruciature)(?! (?:di capelli|ai "
        r"capelli)))\b",
        about_others=True,
    ),
    rule(
        H,
        rf"\b(?P<core>(?:tagliarmi|mi taglio|mi sono tagliat[oa]|mi tagliavo|mi sto tagliando|"
        rf"tagliandomi|mi taglierei|mi sono rimess[oa] a tagliare) (?:\w+ )?(?:le |i |il |la |lo |"
        rf"gli |sulle |sui |sul |sulla )?{_BODY})\b",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:ricominciato|ricomincio|ricominciare|tornat[oa]|torno|tornare|ripreso|"
        r"riprendo) a tagliarmi|(?:tagliarmi|mi taglio|mi sono tagliat[oa]|mi tagliavo|mi sto "
        r"tagliando|tagliandomi|mi sono ritagliat[oa]))(?=\s*(?:$|[.,!?;:)]|e\b|ma\b|perche\b|"
        r"quando\b|di nuovo|ancora\b|oggi\b|ieri\b|stanotte|stasera|stamattina|domani\b|per "
        r"(?:sentire|punirmi|non sentire|calmarmi|sfogarmi)|apposta|di proposito|con (?:una|la|il|"
        r"un|le) (?:lametta|lamette|lama|temperino|forbici|taglierino|vetro|coltello|rasoio)|😭|💔|"
        r"dopo\b|da\b|senza\b|tanto\b|in bagno))",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>senza (?:tagliarmi|farmi del male|autolesionarmi|bruciarmi|ferirmi)|pulit[oa] "
        r"da (?:\w+ ){0,2}?(?:giorni|settimane|mesi|anni|giorno|mese|anno)(?=[ ,]+(?:\w+[ ,]+){0,4}"
        r"?"
        r"(?:tagli|autolesion|lamett|senza tagliarmi|senza farmi)))\b",
        negatable=False,
        unless=r"\b(?:rad\w+|rasoio|depil\w+|cucin\w+|cipolla|coltello)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:sono|e|da|ormai|gia) (?:\w+ ){0,2}?(?:giorni|settimane|settimana|mesi|anni|"
        r"giorno|mese|"
        r"anno) (?:che non|senza) (?:mi (?:taglio|sono tagliat[oa]|faccio del male|brucio|"
        r"autolesiono)|tagliarmi|farmi del male|bruciarmi|autolesionarmi))\b",
        negatable=False,
        unless=r"\b(?:capelli|frangia|unghie|barba)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:voglio|vorrei|voglia di|bisogno di|devo|penso di|desidero|tentazione di|"
        r"tentat[oa] di|impulso di|impulsi di|ho voglia di|ho una voglia matta di|mi viene da|sto "
        r"per) (?:\w+ )?(?:farmi del male|ferirmi|colpirmi|picchiarmi|bruciarmi|tagliarmi|punirmi "
        r"fisicamente|farmi sanguinare|graffiarmi|mordermi))\b",
        unless=r"\b(?:capelli|frangia|unghie|barba)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:mi faccio|mi facevo|mi sono fatt[oa]|farmi) (?:del )?male (?:\w+ )?"
        r"(?:apposta|di proposito|volontariamente|fisicamente|da sol[oa] apposta|con (?:la|"
        r"le|il|un|una) (?:lametta|lamette|accendino|sigaretta|coltello|forbici)|per (?:punirmi|"
        r"sentire|non sentire|sfogarmi))|(?:mi ferisco|ferirmi|mi colpisco) (?:\w+ )?(?:apposta|di "
        r"proposito|volontariamente))",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:mi brucio|mi sono bruciat[oa]|bruciarmi|mi bruciavo|brucio) (?:\w+ ){0,3}?"
        r"(?:con (?:l'|la |il |un |una |le |i )?(?:accendino|sigaretta|sigarette|fiammifer\w+|"
        r"ferro rovente|graffetta)|(?:il|la|le|i|gli) (?:braccio|braccia|polso|polsi|pelle|coscia|"
        r"cosce|gamba|gambe|mano) (?:con (?:l'|la |il |un |una )?(?:accendino|sigaretta|"
        r"fiammifer\w+)|apposta|di proposito)))",
        unless=_BURN_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:mi graffio|mi sono graffiat[oa]|graffiarmi|mi graffiavo|mi gratto|grattarmi"
        r"|"
        r"mi mordo|mordermi|mi pizzico|mi picchio|picchiarmi|mi colpisco|mi prendo a pugni) "
        r"(?:\w+ ){0,5}?(?:fino a (?:sanguinare|farmi sanguinare|far uscire il sangue|lasciare il "
        r"segno|farmi male)|a sangue|fino al sangue)|mi (?:picchio|picchiavo|prendo a (?:pugni|"
        r"schiaffi)|prendevo a (?:pugni|schiaffi)|do (?:dei )?(?:pugni|schiaffi)|davo (?:dei )?"
        r"(?:pugni|schiaffi)) (?:\w+ )?(?:da sol[oa]|in testa|in faccia|quando|perche|fino|sulle "
        r"gambe|da sol[oa])|(?:sbatto|sbattevo|ho sbattuto) (?:la )?testa contro il muro "
        r"(?:apposta|fino|di proposito|per))",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:smetto di mangiare|ho smesso di mangiare|non mangio|non mangiare|digiuno|"
        r"salto i pasti|resto senza mangiare|non ho mangiato) (?:\w+ ){0,4}?(?:per punirmi|per "
        r"punizione|come punizione|perche non (?:me lo )?merito)|(?:punirmi|mi punisco) (?:\w+ )?"
        r"(?:non mangiando|senza mangiare|saltando i pasti|digiunando))\b",
        negatable=False,
    ),
    rule(
        H,
        rf"\b(?P<core>(?:tagli|cicatrici|ferite|bruciature|segni) (?:\w+ )?(?:freschi|fresche|"
        rf"nuovi|nuove|recenti) (?:\w+ )?(?:sulle|sui|sul|sulla|nelle|nei|sull') ?(?:\w+ )?{_BODY}|"
        r"(?:tagli|cicatrici) (?:sulle|sui|sul|sulla) (?:mie )?(?:braccia|polsi|cosce|gambe|"
        r"avambracci)|(?:polsi|braccia|cosce|gambe|avambracci) (?:\w+ )?(?:pien[ie]) di (?:tagli|"
        r"cicatrici|segni|bruciature)|(?:nascondo|nascondere|coprire|copro) (?:\w+ )?(?:i|le|gli|i "
        r"miei|le mie) "
        r"(?:tagli|cicatrici|segni dei tagli|bruciature)|(?:lametta|lama) del temperino|(?:ho|"
        r"tengo) (?:\w+ )?(?:una |delle |le )?lamett[ae] (?:nascost[ea]|sotto|nel cassetto|in "
        r"camera))\b",
        unless=r"\b(?:radermi|radersi|rasoio elettrico|barba|depil\w+|ceretta|per radere)\b",
        about_others=True,
    ),
    rule(
        H,
        r"\b(?P<core>(?:ricaduta|ricaduto|ricaduta|ho avuto una ricaduta) (?:\w+ ){0,2}?(?:con i "
        r"tagli|nell'autolesionismo|e mi sono tagliat[oa])|si (?:taglia|sta tagliando|e tagliat[oa]"
        r" "
        r"di nuovo|fa del male apposta|brucia|sta bruciando)(?: (?:le|i|il|la|sulle|sui) "
        rf"{_BODY})?(?=\s*(?:$|[.,!?;]|e\b|di nuovo|ancora|quando|perche|apposta|con (?:una|la|il)"
        r" (?:lametta|lama|accendino|sigaretta))))",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:la luce|la linea|la chiamata|il segnale|il latte)\b",
    ),
)

# Round 2: families of wordings found missing on fresh probes (plans, means, goodbyes,
# relapses, control and confinement). Merged into _CRISIS by concern below.
_MORE: tuple[Rule, ...] = (
    # ---- DANGER ---------------------------------------------------------------------------
    rule(
        D,
        r"\b(?P<core>(?:sono|sto|resto|mi ha|mi tiene|mi lascia) chius[oa] (?:\w+ )?(?:in camera|"
        r"in casa|in bagno|dentro|a chiave|qui|in macchina)|(?:si e preso|si e presa|si prende|mi "
        r"ha preso|mi ha tolto|mi toglie|ha nascosto|nasconde|si porta via|si e portato via) (?:la"
        r"|le) chiavi?(?: \w+){0,4}? (?:cosi|perche|per) (?:io )?non (?:esco|esca|posso uscire|"
        r"scappi|me ne vada)|chiude (?:la porta )?a chiave (?:\w+ ){0,4}?(?:se la porta via|la "
        r"nasconde|cosi non esco|per non farmi uscire)|(?:si e preso|si e presa|mi ha preso|mi ha "
        r"tolto) (?:\w+ )?(?:la chiave|le chiavi) e (?:il )?(?:mio )?(?:telefono|cellulare))\b",
        needs=r"\b(?:lui|lei|chiave|chiavi|non mi lascia|paura|telefono|cellulare|ragazzo|marito|"
        r"padre|patrigno|compagno|chiusa|chiuso)\b",
        unless=r"\b(?:studiando|per sbaglio|fabbro|ho perso le chiavi|quarantena)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:lui|lei|il mio \w+|la mia \w+|mio \w+|mia \w+)? ?(?:controlla|controllava|"
        r"mi controlla|mi controllava) (?:tutto |sempre )?(?:il mio|la mia|i miei|le mie) "
        r"(?:telefono|cellulare|soldi|stipendio|carta|password|messaggi|vestiti|social|chat|"
        r"amicizie|spostamenti)\b|(?:lui|lei) (?:\w+ )?controlla (?:la mia vita|chi vedo|con chi parlo|"
        r"dove vado|come mi vesto))",
        unless=r"\b(?:mamma|papa|madre|padre|genitori)\b(?! (?:mi picchia|mi minaccia))",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:segue|seguiva|ha seguit[oa]|perseguita|perseguitava|pedina|pedinava) "
        r"(?:\w+ ){0,2}?(?:per tutta la citta|per strada|fino a casa|fino al lavoro|al lavoro|a "
        r"scuola|in macchina|di notte|e si presenta|ovunque|dappertutto)|si (?:presenta|e "
        r"presentato|presentava) (?:\w+ ){0,2}?(?:al mio lavoro|sotto casa|a casa mia|in ufficio|"
        r"all'universita|a scuola)|sa (?:sempre )?dove (?:sono|abito|lavoro|vado)(?: sempre)?)",
        needs=r"\b(?:lui|lei|ex|paura|segue|perseguita|pedina|stalker)\b",
        unless=r"\b(?:social|instagram|insta|tiktok|follower|posizione condivisa)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>se (?:io )?(?:\w+ ){{0,2}}?{_LEAVING}(?: \w+){{0,3}}? (?:lui |lei )?(?:si "
        r"(?:ammazza|uccide|suicida|toglie la vita|butta)|si (?:ammazzerebbe|ucciderebbe)|fa una "
        r"cazzata|fa una sciocchezza|(?:si prende|prende) tutte le (?:pillole|pastiglie)))",
    ),
    rule(
        D,
        r"\b(?P<core>mi ha (?:forzat[oa]|costrett[oa])(?=\s*(?:$|[.,!?;]|e\b|anche|quando|di notte|"
        r"mentre))|(?:io )?(?:gli |le )?(?:ho detto|dicevo|ho urlato) (?:di )?(?:no|smettila|basta|di"
        r" fermarsi)(?: \w+){0,3}? (?:e )?(?:lui|lei) (?:ha continuato|non si e fermat[oa]|"
        r"continuava|l'ha fatto lo stesso))",
        needs=r"\b(?:no|sesso|letto|camera|dormivo|corpo|toccare|vestiti|forza)\b",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:guarda|guardava|spia|spiava|filma|filmava|tocca|toccava) (?:\w+ )?"
        r"(?:quando (?:faccio la doccia|mi lavo|mi cambio|dormo)|sotto la doccia|nud[oa]|mentre "
        r"dormo|mentre mi cambio)|mi (?:dice|ha detto|chiede|ha chiesto) di non (?:dirlo|dire "
        r"niente|raccontarlo|parlarne)(?=\s*(?:$|[.,!?;]|e\b|a nessuno|ai miei|alla mamma|alla "
        r"mia|perche|sennò|senno|altrimenti)))",
        needs=_ADULT,
    ),
    rule(
        D,
        r"\b(?P<core>mi ha (?:strangolat[oa]|strozzat[oa]|soffocat[oa]|picchiat[oa]|menat[oa]|"
        r"stretto il collo|messo le mani al collo|spint[oa] giu)|(?:viene|e stat[oa]|veniva) "
        r"(?:picchiat[oa]|menat[oa]|strangolat[oa]|maltrattat[oa]) (?:dal|dalla|dal suo|dalla sua)"
        r"|mi (?:da|dava|ha dato|danno|dà) (?:gli |degli |uno |un |dei |delle |le )?(?:schiaffi|"
        r"schiaffo|pugni|pugno|calci|sberle|ceffoni|botte|spintoni|cinghiate)|(?:mi|che mi) "
        r"(?:accoltellava|ammazzava|uccideva|accoltella|sgozza|sgozzava) (?:\w+ ){0,3}?(?:con|se)?|"
        r"(?:ha preso|prende|ha tirato fuori) un coltello e (?:\w+ ){0,3}?(?:mi|che mi))",
        needs=r"\b(?:lui|lei|ragazzo|marito|compagno|fidanzat[oa]|padre|litigio|respiravo|aria|"
        r"coltello|paura|incinta|beve|picchia|mi|dal)\b",
        unless=r"\b(?:calcio|calcetto|partita|allenamento|pallone|videogioco|gioco|ridere|"
        r"risate)\b",
    ),
    # ---- SUICIDE --------------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:gia )?(?:ho (?:gia )?scelto|ho (?:gia )?deciso|ho (?:gia )?fissato|ho) "
        r"(?:il giorno|la data|l'ora)(?=\s*(?:$|[.,!?;]|e\b|sara|per farlo))|l'ho fissato per (?:"
        r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|stasera|domani))",
        negatable=False,
        unless=r"\b(?:matrimonio|festa|viaggio|trasloco|esame|colloquio|operazione|visita|"
        r"compleanno|laurea|riunione|tatuaggio|parrucchiere|sposiamo|sposo|nozze|battesimo|"
        r"comunione|cresima|partiamo|vacanz\w*|ferie)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho (?:gia )?scelto|ho (?:gia )?deciso|so gia) (?:quale |il |la )?(?:ponte|"
        r"palazzo|binari|scogliera|albero|viadotto)(?: \w+){0,3}?(?=\s*(?:$|[.,!?;]))|(?:vado|"
        r"andro|andare) (?:\w+ )?(?:sui binari|sul ponte|sul tetto|in cima al palazzo|sulla "
        r"scogliera|sul viadotto) (?:\w+ ){0,2}?e (?:basta|fine|chiudo|la faccio finita|addio)|"
        r"(?:sono|sto) (?:qui )?(?:sul bordo del|sul cornicione|in cima al|sulla ringhiera del|sul"
        r" parapetto del) ?(?:ponte|palazzo|tetto|balcone|viadotto)?|sono sul (?:ponte|tetto|"
        r"cornicione)(?: adesso| ora)?(?=\s*$))",
        negatable=False,
        unless=r"\b(?:foto|fotografie|traffico|coda|passeggiata|turist\w+|tramonto|antenna)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sono|ormai sono|finalmente sono|mi sento) pront[oa](?=\s*(?:$|[.;]|,? "
        r"(?:non ho|ho deciso|basta|addio)))|non ho piu paura di (?:morire|andarmene)|(?:pront[oa]"
        r"|preparat[oa]) (?:a|per) (?:andarmene (?:per sempre|da questo mondo)|morire|la fine))",
        unless=r"\b(?:festa|andiamo|uscire|esame|colloquio|viaggio|concerto|serata)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:me |se )?(?:le|li) (?:prendo|prendero|ingoio|butto giu|prende|prendera|ingoia|"
        rf"butta giu|vuole prendere|vuole ingoiare) tutt[ei]|prend(?:o|ere|"
        r"ero|ermi|ermele|erle) tutt[ei] (?:le |i |quante )?(?:\w+ )?(?:pillole|pastiglie|"
        r"compresse|calmanti|farmaci|medicine|sonniferi|gocce|pasticche)?|(?:si )?(?:prende|"
        r"prendera|vuole prendere) tutt[ei] (?:le |i )|(?:quante|quanti) (?:\w+ )?"
        rf"{_PILLS} (?:\w+ ){{0,3}}?(?:servono|ci vogliono|bastano|uccidono|sono letali|per "
        r"morire)|dose (?:letale|mortale)|(?:mi sono pres[oa]|ho preso|ho ingoiato|mi sono "
        rf"sparat[oa]) (?:\w+ )?(?:tutta|tutto|tutte|tutti) (?:la |il |le |i )?(?:scatola|blister|"
        r"boccetta|flacone|confezione|pillole|pastiglie|compresse))",
        about_others=True,
        needs=rf"\b{_PILLS}\b|\bdose\b",
        unless=r"\b(?:medico|ricetta|prescri\w+|bugiardino|vitamine?|mal di testa|veterinari\w*|"
        r"integratori)\b",
    ),
    rule(
        S,
        r"\b(?P<core>so dove (?:\w+ ){0,3}?(?:la|lo|le|li) (?:tiene|nasconde|mette|tengono)|so dove "
        r"(?:sono|stanno|tiene) (?:le cartucce|i proiettili|le munizioni)|so dove "
        r"(?:\w+ ){0,3}?(?:tiene|nasconde|mette) (?:la chiave|le chiavi|i proiettili|la pistola|il "
        r"fucile|l'arma))",
        negatable=False,
        needs=r"\b(?:pistola|arma|fucile|revolver|proiettili|pillole|farmaci|veleno)\b",
        unless=r"\b(?:caccia|poligono)\b(?! (?:e|ma) (?:penso|voglio))",
    ),
    rule(
        S,
        r"\b(?P<core>mi (?:tolgo|togliero|voglio togliere|sto per togliere) la vita|mi (?:uccido|"
        r"ammazzo|suicido|impicco|avveleno|sparo in testa|sparo un colpo) (?:oggi|stasera|stanotte|"
        r"domani|davvero|sul serio|per davvero|non scherzo|adesso|ora|giuro)|(?:non ce la faccio "
        r"piu|non ce la faccio|basta|ho deciso|e finita|non reggo piu),? (?:io )?mi (?:uccido|ammazzo|suicido|"
        r"impicco|butto giu)|(?:mettere|porre|metto|pongo) fine alla (?:mia )?vita|(?:la )?voglia "
        r"di morire(?! (?:dal|dalla|dalle|di|d'))|voglio (?:piu )?stare (?:piu )?qui(?=\s*$)|non "
        r"voglio piu (?:stare|essere) qui(?=\s*(?:$|[.,!?;]|e\b)))",
        unless=r"\b(?:esame|interrogazione|verifica|compito|maturita)\b",
    ),
    rule(
        S,
        r"\b(?P<core>quando (?:\w+ )?(?:leggerai|leggerete|leggi|troverai|troverete|vedrai) "
        r"(?:questo|questa|queste)(?: \w+)?,? (?:io )?(?:non ci saro piu|non ci saro|saro gia "
        r"mort[oa]|me ne saro andat[oa])|scusate(?:mi)? (?:\w+ )?per tutto(?=\s*(?:$|[.!])))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:il mio|dal mio|dopo il mio|del mio) (?:ultimo |primo |secondo )?"
        r"tentativo(?! di (?!suicidio|uccidermi|togliermi|ammazzarmi))(?=\s*(?:$|[.,!?;]|e\b|"
        r"avevo|ho\b|oggi|ma\b|mai|di suicidio))|sopravvissut[oa] a (?:un|il mio) tentativo)",
        negatable=False,
        unless=r"\b(?:ricetta|torta|esame|dieta|colloquio|gioco|livello|concorso)\b",
    ),
    rule(
        S,
        r"\b(?P<core>meglio (?:se )?(?:io )?non ci fossi piu|meglio (?:\w+ ){0,3}?se (?:io )?"
        r"(?:morissi|non esistessi|sparissi|non ci fossi piu|non fossi mai nat[oa]|mi uccidessi)|"
        r"(?:piu felice|piu felici|meglio) senza di me(?=\s*(?:$|[.,!?;]|e\b))|nessuno "
        r"(?:\w+ )?(?:sentira|sentirebbe|noterebbe|notera|piangera) (?:la mia mancanza|niente)|non"
        r" (?:vedo|ho|trovo|c'e) (?:nessun |alcun |un )?(?:motivo|senso|ragione|motivi) (?:per|di)"
        r" (?:continuare a vivere|vivere|andare avanti|restare|stare al mondo))",
        negatable=False,
        unless=r"\b(?:festa|squadra|lavoro|scuola|classe|partita)\b",
    ),
    rule(
        S,
        r"\b(?P<core>dopo (?:non|non ci) (?:ci )?(?:sara|sarà) piu (?:dolore|sofferenza|niente)|"
        r"(?:ho lasciato|lascio|e) tutto in ordine(?:,| e)? (?:\w+ ){0,3}?(?:le password|il "
        r"testamento|le lettere|i conti)|il suicidio (?:e|sembra|mi sembra) (?:l'unica|la sola|"
        r"l'ultima) (?:via|soluzione|uscita|opzione|strada)|l'unica via d'uscita (?:e|sarebbe) "
        r"(?:il suicidio|morire|farla finita))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ha pubblicato|ha mandato|ha scritto|ha lasciato|ha postato) (?:un |una )?"
        r"(?:messaggio |lettera |video |post )?(?:d'|di )?addio)",
        needs=r"\b(?:non (?:risponde|si trova|si fa sentire)|sparit[oa]|scomparso|scomparsa|"
        r"nessuno sa|telefono spento|preoccupat[oa]|paura)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ha )?(?:detto|scritto|dice|scrive|mi ha scritto) (?:che )?(?:si (?:ammazzava|"
        r"uccideva|suicidava|sarebbe uccis[oa]|sarebbe ammazzat[oa])|(?:stasera |oggi "
        r"|domani |adesso )?si (?:ammazza|uccide|suicida|butta|toglie la vita|impicca)))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho dato|ho lasciato|ho affidato) (?:il mio|la mia|i miei|le mie) (?:gatt[oa]|"
        r"gatti|cane|cani|cagnolin[oa]|coniglio|criceto)|non mi serve piu (?:niente|nulla)|non mi "
        r"servono piu)",
        needs=r"\b(?:dato|venduto|regalato|affidato|lasciato)\b",
        unless=r"\b(?:trasloco|trasferisco|trasferimento|estero|allergi\w+|viaggio|erasmus|non "
        r"posso tenerl[oa]|grazie)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:pensando di|penso di|pensavo di|voglia di) (?:\w+ )?(?:buttarmi|gettarmi|"
        r"lanciarmi)|(?:entro|entrare|cammino) (?:\w+ )?(?:in mare|nel mare|nel fiume|nel lago|in "
        r"acqua) (?:\w+ ){0,2}?e non (?:torno|tornero|esco|riemergo))",
        needs=rf"\b{_HIGH}\b|\b(?:giu|mare|fiume|lago|acqua|sotto)\b",
        unless=r"\b(?:piscina|paracadute|bungee|tuffo|trampolino|divano|letto|progetto|lavoro)\b",
    ),
    # ---- SELF_HARM ------------------------------------------------------------------------
    rule(
        H,
        rf"\b(?P<core>(?:mi sono passat[oa]|passo|passarmi|mi passo) (?:la |una |il |un )?(?:lametta|"
        rf"lama|taglierino|rasoio|coltello|vetro) (?:\w+ )?(?:sul|sulla|sui|sulle|nel|nella) "
        rf"{_BODY}|(?:mi sono spent[oa]|spengo|mi spengo|ho spento) (?:la |le |una )?sigarett[ae] "
        rf"(?:\w+ )?(?:sul|sulla|sui|sulle) {_BODY}|mi sono bruciat[oa] (?:il |la |i |le )?{_BODY} "
        r"(?:\w+ ){0,2}?(?:con l'accendino|con la sigaretta|apposta|di proposito))\b",
        unless=r"\b(?:barba|depil\w*|radermi|rasatura|peli|cucin\w*|posacenere)\b",
    ),
    rule(
        H,
        r"\b(?P<core>mi (?:sono|ero) (?:pres[oa]|piantat[oa]|graffiat[oa]|mors[oa]|colpit[oa]) "
        r"(?:\w+ ){0,4}?(?:fino a (?:sanguinare|diventare viola|far uscire il sangue|farmi male|"
        r"lasciare il segno)|a (?:schiaffi|pugni|testate|sberle))|mi (?:prendo|prendevo) a "
        r"(?:schiaffi|pugni|testate|sberle)|prendermi a (?:schiaffi|pugni)|(?:sbatto|sbattevo|ho "
        r"sbattuto|batto) (?:la testa|la fronte|i pugni) (?:\w+ )?contro il muro (?:\w+ )?(?:finche|"
        r"fino a|apposta|quando|per)|(?:mi graffio|mi gratto|mi mordo|mi pizzico) (?:\w+ ){0,3}?"
        r"fino a (?:sanguinare|far uscire il sangue|diventare viola))",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>ho nascosto (?:una |la |le |delle |un )?(?:lametta|lamette|lama|taglierino|"
        r"rasoio)|(?:lametta|lamette|taglierino) (?:\w+ ){0,2}?(?:nell'astuccio|nel cassetto|sotto "
        r"il materasso|nello zaino))|(?:voglia di|voglio|vorrei|bisogno di) farmi male(?! (?:a|al|"
        r"alla|con))",
        unless=r"\b(?:radermi|radersi|rasoio elettrico|barba|depil\w+|ceretta|per radere)\b",
    ),
    # Round 2, second pass.
    rule(
        D,
        r"\b(?P<core>mi ha (?:rotto|spaccato|fratturato|incrinato) (?:il |la |un |una |le |i )?"
        r"(?:braccio|naso|costola|costole|gamba|dente|denti|mascella|dito|labbro|polso|testa)|mi "
        r"ha (?:chius[oa]|lasciat[oa]|buttat[oa]|sbattut[oa]) fuori (?:di|da) casa (?:\w+ ){0,3}?"
        r"(?:di notte|in mutande|al freddo|senza vestiti|sotto la pioggia|in pigiama))",
        unless=r"\b(?:calcio|partita|giocando|allenamento|medico|dentista|per sbaglio)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:cosi|perche|per) (?:io )?non (?:\w+ ){0,2}?(?:posso|possa|potessi|riesca) "
        r"(?:chiedere|chiamare) (?:\w+ )?(?:aiuto|soccorso|la polizia|i carabinieri|il 112|nessuno))",
        needs=r"\b(?:rotto|spaccato|preso|tolto|nascosto|chiuso|telefono|cellulare)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:mi sono svegliat[oa]|mi sveglio|svegliandomi) (?:\w+ )?(?:e|con) (?:lui|"
        r"lei|un tizio|il mio \w+) (?:\w+ )?(?:stava |)?(?:facendo sesso con me|sopra di me|dentro "
        r"di me|toccandomi|spogliandomi|che mi toccava|che mi spogliava))",
    ),
    rule(
        D,
        r"\b(?P<core>se (?:lo )?(?:dico|racconto|dicessi|raccontassi) (?:\w+ ){0,4}?(?:e colpa mia|"
        r"sara colpa mia|nessuno mi crede|nessuno mi credera|mi picchia|se ne va|mi ammazza|succede"
        r" qualcosa)|mi (?:fa|ha fatto|obbliga|costringe|chiede di) (?:\w+ )?(?:togliere i vestiti|"
        r"spogliare|spogliarmi|toccarlo|stare nud[oa]))",
        needs=rf"{_ADULT}|\bvicino\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:manda|mandera|pubblica|pubblichera|diffonde|mostra|gira|fa girare|mette "
        r"online) (?:\w+ ){0,2}?(?:le mie|mie|i miei|miei) (?:foto|video) (?:nud[ei]|intim[ei]|"
        r"hot|private|ose))",
        needs=r"\b(?:se|minaccia|ricatta|ricatto)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:sono|sto|mi sono) nascost[oa] (?:[\w']+,? ){0,6}?(?:lui|lei) mi (?:sta cercando|"
        r"cerca|cercava))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho (?:gia )?scelto|ho preparato) (?:\w+ ){0,3}?(?:vestiti|vestito|abito|"
        r"canzone|musica) (?:\w+ ){0,5}?(?:sepolt[oa]|seppellit[oa]|funerale|cremat[oa])|"
        rf"(?:so|ho deciso) (?:gia )?(?:quali|quale|che) (?:\w+ )?{_PILLS} (?:\w+ ){{0,2}}?e "
        r"(?:quante|quanti))",
        negatable=False,
        unless=r"\b(?:medico|influenza|ricetta|dolore|febbre|al giorno|farmacist\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>guard\w* giu (?:\w+ ){0,2}?(?:dalla|dal) (?:finestra|balcone|terrazzo|tetto) "
        r"(?:\w+ )?(?:del|al) (?:\w+ )?piano|(?:mi metto|mettermi|mi butto|buttarmi|mi sdraio|"
        r"sdraiarmi|mi stendo) (?:\w+ )?(?:davanti|sotto|sui binari davanti) (?:al|a un|alla|a "
        r"una) (?:treno|metro|tram|camion|macchina|auto|pullman)|(?:macchina|auto|motore) "
        r"(?:accesa|acceso|in moto) (?:\w+ )?(?:nel|in|dentro il) (?:garage|box) (?:chiuso)|"
        r"(?:blister|scatole|scatola|confezioni|flaconi|boccette) (?:\w+ )?(?:di |del |della )?"
        rf"(?:\w+ )?{_PILLS} (?:messi da parte|messe da parte|nascost[ei]|conservat[ei]))",
        negatable=False,
        unless=r"\b(?:foto|panorama|tramonto|meccanico|officina)\b",
    ),
    rule(
        S,
        r"\b(?P<core>se (?:state|stai|qualcuno sta) leggendo(?: questo| questa| questo messaggio)?"
        r"(?:,)? (?:\w+ ){0,2}?(?:e perche|perche) (?:ce l'ho fatta|non ci sono piu|me ne sono "
        r"andat[oa]|sono mort[oa])(?= *(?:$|[.!,]))|non (?:datevi|darti|sentitevi) (?:la )?colp[ae](?= *(?:"
        r"$|[.!]|per quello|per (?:questo|me|niente)))|perdonatemi(?=\s*[.!]*\s*$)|ho lasciato "
        r"(?:una |delle )?letter[ae] (?:\w+ ){0,4}?(?:per|a) (?:mia madre|mio padre|i miei|la mia "
        r"famiglia|mia sorella|mio fratello|mia mamma)|addio a tutti(?=\s*[.!]*\s*$))",
        negatable=False,
        unless=r"\b(?:scuola|lavoro|gruppo|vacanz\w+|viaggio|trasloco|compleanno|festa della "
        r"mamma)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:l'|la )?(?:ultima|prima) volta che (?:ci )?(?:ho provato|ho tentato)(?= "
        r"(?:era|e stato|e stata|nel|a|\d)))",
        negatable=False,
        needs=r"\b(?:idea|voglia|pensier\w+|ospedale|ricoverat[oa]|tornat[oa]|di nuovo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:dicendo|dice|ha detto) che si (?:butta|vuole buttare|sta per buttare) "
        rf"(?:giu )?(?:da|dal|dalla|sotto) (?:\w+ )?{_HIGH}|(?:finisca|finire|finiscano)(?:,)? "
        r"(?:anche|compres[oa]|incluso|inclusa) (?:io|me)|suicidio (?:\w+ ){0,2}?(?:sembra|pare|"
        r"sarebbe|e) (?:una |la )?(?:buona|migliore|unica) (?:opzione|soluzione|via|idea)|(?:oggi|"
        r"domani|stasera) (?:sara|e) il mio ultimo giorno(?! (?:di|al|in|qui))|(?:ho deciso|so) "
        r"che non (?:arrivo|arrivero|supero|passo) (?:alla fine di |a )?(?:questo|questa|il|la) "
        r"?(?:weekend|fine settimana|settimana|natale|venerdi|notte)|penso (?:solo|sempre|"
        r"soltanto) a (?:morire|uccidermi|ammazzarmi|farla finita)(?! (?:dal|dalla|di))|"
        r"(?:arrendermi|rinunciare) (?:con la|alla) vita|(?:volevo|voglio|vorrei) essere mort[oa])",
        about_others=True,
        unless=r"\b(?:vacanz\w+|stage|contratto|dieta|film|serie|romanzo|libro)\b",
    ),
    rule(
        H,
        r"\b(?P<core>mi sono tagliat[oa] (?:molto |troppo |cosi )?(?:profondo|in profondita)|"
        r"(?:accendino|ferro|graffetta|moneta|cucchiaio|coltello) (?:\w+ )?(?:caldo|calda|rovente|"
        r"arroventat[oa]) (?:\w+ )?(?:sulla|sul|contro la) (?:pelle|braccio|braccia|gamba|coscia|"
        r"polso|pancia)|(?:mi punisco|punirmi|mi punivo) (?:\w+ )?(?:picchiandomi|tagliandomi|"
        r"bruciandomi|graffiandomi|facendomi male|non mangiando))",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho preso|ho rubato|ho messo da parte) (?:\w+ ){0,2}?"
        rf"{_PILLS} (?:\w+ ){{0,6}}?(?:e )?(?:le |li )?(?:ho nascost[eio]|nascondo|tengo nascost[ei])"
        r"|(?:da )?che altezza (?:\w+ ){0,2}?(?:saltare|buttarmi|cadere)|meglio (?:se )?(?:io )?"
        r"(?:sparisco|sparire|me ne vado) per sempre)",
        negatable=False,
        unless=r"\b(?:medico|ricetta|farmacia|paracadute|piscina|trampolino|bungee)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:entra|entrava|e entrato) (?:\w+ )?(?:in bagno|nel bagno) (?:\w+ ){0,2}?"
        r"(?:quando|mentre) (?:io )?(?:faccio la doccia|mi lavo|mi cambio|sono nud[oa]|sono sotto "
        r"la doccia))",
        needs=_ADULT,
    ),
    # Round 2, fourth pass.
    rule(
        S,
        r"\b(?P<core>(?:andarmene|me ne voglio andare|me ne vado|sparire) (?:\w+ )?da questo mondo|"
        r"se (?:io )?(?:morissi|sparissi|non esistessi|mi uccidessi|non ci fossi piu) (?:\w+ ){0,3}?"
        r"(?:starebbero|sarebbero|vivrebbero|starebbe|sarebbe) (?:\w+ )?meglio|(?:perdonatemi|"
        r"scusatemi)[.!,]? non ce l'ho fatta piu|nessuno se ne (?:accorgerebbe|accorgera) se (?:io )?"
        r"(?:sparissi|morissi|non ci fossi piu)|(?<!non )(?<!mai )mi (?:ammazzo|uccido|suicido)"
        r"(?=\s*[.!]*\s*$))",
        negatable=False,
        unless=r"\b(?:esame|interrogazione|verifica|compito|maturita|film|serie)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:gatt[oa]|cane|cagnolin[oa]|coniglio|pappagallo) (?:\w+ )?(?:resta|restera|"
        r"sta|stara|rimane) (?:a|con) (?:mia|mio|la|il))",
        needs=r"\b(?:sistemato|organizzato|lasciato tutto|tutto (?:pronto|sistemato|a posto)|ho "
        r"pensato a tutto)\b",
        unless=r"\b(?:viaggio|vacanz\w+|erasmus|trasloco|ospedale|operazione|mentre)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:tenere|mantenere|tieni|mantieni|tenga) (?:il |un |questo |nostro )?segreto|"
        r"(?:mi ha|mi hanno) (?:portat[oa]|trascinat[oa]) (?:\w+ ){0,3}?(?:con la forza|a forza|"
        r"contro la mia volonta))",
        needs=rf"{_ADULT}|\b(?:tipo|tizio|sconosciuto|lui|loro)\b",
        unless=r"\b(?:sorpresa|regalo|festa|compleanno)\b",
    ),
)

# Round 3: families found missing on a fresh round written before reading these rules
# (calm plans and means, goodbyes, relapses, burden, sexual violence, a child at risk,
# someone else at risk). Merged into _CRISIS by concern below.
_CHILD = (
    r"\b(?:bambin[oaie]|piccol[oaie]|neonat[oa]|figli[oa]?|figlie|nipotin[oa]|fratellino|"
    r"sorellina|creatura|bimb[oaie])\b"
)
_ROUND3: tuple[Rule, ...] = (
    # ---- DANGER ---------------------------------------------------------------------------
    rule(
        D,
        r"\b(?P<core>(?:ho paura|temo|tremo|ho il terrore|sono terrorizzat[oa]) per la mia "
        r"(?:vita|incolumita|sicurezza)(?! (?:sociale|sentimentale|lavorativa|universitaria))|"
        r"(?:ha detto|dice|mi ha detto|mi dice|giura|ha giurato|urla|ha urlato|mi ha scritto|"
        r"mi scrive) (?:che )?(?:\w+ ){1,2}?mi (?:ammazza|uccide|ammazzera|uccidera|fa fuori|fara "
        r"fuori|fa la pelle|fara la pelle|fa del male|fara del male))\b",
        needs=rf"{_FEAR}|\b(?:stanotte|stasera|domani|vita|se|denunc\w*|polizia|coltello|"
        r"pistola)\b",
        unless=_TRIVIAL_THREAT,
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:minaccia|minacciava|ha minacciat[oa]|punta|puntava|ha puntato|insegue|"
        r"inseguiva|ha inseguit[oa]|aspetta|viene dietro) (?:\w+ ){0,2}?(?:col|con il|con un|con"
        r" la|con una) (?:coltello|coltellino|pistola|lama|forbici|martello|cacciavite|bastone|"
        r"mazza|fucile|spranga|cintura|accetta))\b",
        unless=r"\b(?:scherz\w+|gioco|giocando|recita|film|halloween|ad acqua|giocattolo|finta|"
        r"nerf|ahah\w*|haha\w*|lol)\b",
    ),
    rule(
        D,
        r"\b(?P<core>mi ha (?:forzat[oa]|costrett[oa])(?! (?:a|ad) (?:studiare|mangiare|venire|"
        r"andare|lavorare|uscire|fare i compiti|pagare|restare|guidare|ballare|cantare|"
        r"correre|vedere|guardare|leggere|scegliere|dire|chiedere|rifare))|si (?:e|sono) "
        r"approfittat[oa]|approfittat[oi] di me|approfittarsi di me|approfittato di me)\b",
        needs=r"\b(?:no|sesso|letto|camera|dormivo|corpo|toccat\w*|vestiti|forza|ubriac[oa]|"
        r"non capivo|drog\w*|incoscien\w+|svenut[oa]|festa|spogliat\w*|rapporti|nud[oa])\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:foto|video|filmat\w+|immagini) (?:\w+ ){0,2}?(?:nud[aoie]|intim[ei]|hot|"
        r"mentre (?:dormivo|mi cambiavo|facevamo sesso|ero nud[oa])|di nascosto))\b",
        needs=r"\b(?:(?:fa|ha fatto|fanno|hanno fatto|fara) girare|girano|gira|mandat\w*|manda|"
        r"mandera|condivi\w+|pubblic\w+|fa vedere|ha fatto vedere|mostra|senza (?:il mio )?"
        r"consenso|senza chiedermelo|di nascosto|mentre dormivo|ricatt\w+|minacc\w+|amici)\b",
        about_others=True,
        unless=r"\b(?:mostra (?:d'|di |fotografica)|museo|fotograf\w+ professionist\w+|matrimonio|"
        r"modell[aei]|artist\w+|quadr\w+|statu\w+)",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:tocca|toccava|tocchi|palpa|palpava|accarezza|accarezzava) (?:quando|"
        r"mentre|di nascosto|di notte(?=\s*(?:$|[.,!?;]|e\b|quando|mentre))|sotto (?:i vestiti|la "
        r"maglietta|le mutande|la gonna)|li|nelle parti|"
        r"tra le gambe|il sedere|il seno|sul seno|le parti))",
        needs=rf"{_ADULT}|\b\d+ anni\b|\b(?:soli|sola|solo|nessuno|mamma|segreto)\b",
        unless=r"\bmi tocca (?:quando|mentre) (?:\w+ ){0,2}?(?:lavor\w+|studi\w+|pag\w+|"
        r"aspett\w+|fare)\b",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:spegne|spegneva|ha spento|spengono) (?:le |la |una )?sigarett[ae] "
        r"(?:addosso|sul|sulla|sulle|sui|in)|mi (?:brucia|bruciava|ha bruciat[oa]) (?:\w+ )?con "
        r"(?:la sigaretta|le sigarette|l'accendino|il ferro|l'acqua bollente))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:lo|la|li|le) (?:picchia|picchiava|ha picchiat[oa]|mena|menava|maltratta|"
        r"maltrattava|prende a (?:schiaffi|pugni|calci|botte|cinghiate)|chiude (?:in|a chiave|"
        r"fuori))|(?:lascia|lasciava|ha lasciato|lasciano) (?:\w+ ){0,2}?(?:bambin[oaie]|"
        r"piccol[oaie]|neonat[oa]|figli[oa]?|bimb[oaie]) (?:\w+ ){0,2}?(?:da sol[oie]|senza "
        r"mangiare) (?:per (?:giorni|ore|notti|tutta la notte|tutto il giorno)|di notte))\b",
        needs=_CHILD,
        about_others=True,
        unless=r"\b(?:gioco|partita|scacchi|carte|videogioco|playstation)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:viene|e stat[oa]|veniva|vengono|sono stati|sono state) (?:\w+ )?"
        r"(?:picchiat[oaie]|menat[oaie]|maltrattat[oaie]|abusat[oaie]|molestat[oaie]|"
        r"toccat[oaie]|chius[oaie] (?:in|fuori))|\blividi\b(?:\W+\w+){0,8}?\W+(?:e stat[oa]|gli ha "
        r"fatto|le ha fatto|l'ha picchiat[oa]|lo picchia|la picchia))\b",
        needs=rf"{_CHILD}|\b(?:\d+ anni|mia sorella|mio fratello|mia madre|mia mamma)\b",
        about_others=True,
        unless=r"\b(?:partita|calcio|rugby|boxe|gioco|videogioco|film|serie|fortnite|minecraft|"
        r"roblox|gta|fifa|playstation)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:messaggi|foto|video|richieste|commenti|vocali|chat) (?:\w+ )?(?:sessuali|"
        r"sporchi|sporche|spinti|spinte|hot|osceni|oscene|di sesso|porno)|mi (?:chiede|ha chiesto|"
        r"chiedeva) (?:\w+ )?(?:foto|video) (?:\w+ )?(?:nud[oa]|senza vestiti|in intimo|senza "
        r"maglietta|intime))\b",
        needs=rf"{_ADULT}|\b(?:\d+ anni|segreto|nessuno|sconosciuto|tizio)\b",
    ),
    rule(
        D,
        r"\b(?P<core>mi sono svegliat[oa] (?:\w+ ){0,3}?(?:nud[oa]|senza vestiti|senza mutande|"
        r"svestit[oa]|in un letto non mio|in una casa che non conosco)|mi (?:ha|hanno) fatto bere "
        r"(?:\w+ ){0,4}?(?:non ricordo|non mi ricordo|mi sono svegliat[oa]))",
        needs=r"\b(?:ricordo|ricordavo|bere|bevuto|drink|ubriac\w*|festa|drog\w*|lui|loro|tizio|"
        r"sconosciut\w*)\b",
        unless=r"\b(?:caldo|afa|estate|dormo (?:sempre )?nud[oa])\b",
    ),
    rule(
        D,
        rf"\b(?P<core>se (?:\w+ ){{0,2}}?{_LEAVING}(?: \w+){{0,3}}? (?:uccide|ammazza|uccidera|"
        r"ammazzera|fa del male a|fara del male a|si porta via) (?:me|noi|i bambini|i figli|mio "
        r"figlio|mia figlia|tutti|il bambino|la bambina))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:vuole|vorrebbe|chiede di|mi chiede di|insiste per) (?:vedermi|incontrarmi|"
        r"uscire con me|venire a prendermi) (?:\w+ )?(?:di nascosto|da sol[oa]|senza dirlo|in "
        r"segreto|senza che lo sappiano)|mi (?:lascia|lasciava|ha lasciat[oa]|tiene|teneva|lasciano)"
        r" (?:\w+ )?(?:senza mangiare|senza cibo|a digiuno)(?! (?:per|a causa) (?:la |le |gli )?"
        r"(?:dieta|esami|analisi|operazione)) (?:\w+ ){0,2}?(?:per giorni|da giorni|da ieri|tutto il "
        r"giorno|per (?:due|tre|piu) giorni|da stamattina|per punizione))\b",
        needs=rf"{_ADULT}|\b(?:\d+ anni|madre|mamma|matrigna|patrigno|punizione|sconosciut\w*)\b",
    ),
    # ---- SUICIDE --------------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:prego|pregavo|spero|speravo|sperando|chiedo a dio|prego dio) (?:\w+ ){0,2}?"
        r"(?:di )?(?:non svegliarmi|non risvegliarmi|morire nel sonno|non arrivare a domani|"
        r"che (?:dio )?mi (?:porti via|prenda)))\b(?! (?:tardi|presto|alle|in ritardo|prima))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:pensieri|pensiero|idee|immagini) (?:\w+ )?(?:di morte|di morire|di farla "
        r"finita|di uccidermi|di ammazzarmi|di togliermi la vita)|(?:una )?parte di me "
        r"(?:\w+ ){0,2}?(?:vuole|vorrebbe|volesse) (?:\w+ )?(?:morire|uccidersi|ammazzarsi|farla "
        r"finita))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vorrei|voglio|preferirei|meglio|spero di|vorrei solo|voglio solo) (?:\w+ )?"
        r"non (?:esserci|essere qui|esistere) (?:piu|proprio)(?!\w)|(?:meglio|e meglio) che (?:io )?"
        r"(?:sparisca|muoia|me ne vada|non ci sia piu|non esista) (?:per sempre|da questo mondo)?)",
        negatable=False,
        unless=r"\b(?:festa|riunione|cena|gruppo|lezione|ufficio|chat|a casa|in ufficio)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:meglio|piu felic[ei]|piu facile|piu facili|piu seren[oai]|piu tranquill[oai]"
        r"|piu leggera|piu leggere) (?:[\w']+,? ){0,5}?senza di me(?=\s*(?:$|[.,!?;]|e\b))|senza "
        r"di me (?:[\w']+ ){0,4}?(?:avrebbe|avrebbero|sarebbe|sarebbero|starebbe|starebbero|"
        r"vivrebbe|vivrebbero|crescerebbero|crescerebbe) (?:\w+ ){0,3}?(?:piu facile|piu facili|"
        r"meglio|piu felic[ei]|piu seren[oai]|piu tranquill[oai]))",
        negatable=False,
        unless=r"\b(?:festa|cena|serata|gita|viaggio|squadra|gruppo|progetto|partita|riunione)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:cammino|camminare|entro|entrare|entrero|vado|andare|nuoto|nuotare) "
        r"(?:\w+ ){0,3}?(?:in acqua|nel lago|nel mare|in mare|nel fiume|al largo) (?:\w+ ){0,3}?"
        r"(?:finche|fino a quando|fino a che) non (?:tocco|tocchero|riesco|ce la faccio)(?: piu)?)\b",
        needs=r"\b(?:ho deciso|ho scelto|ho pianificato|con calma|e basta|per sempre|addio|"
        r"ultima volta|sparire|morire|finita|non torno)\b",
    ),
    rule(
        S,
        r"\b(?P<core>ho (?:gia )?(?:scelto|deciso|fissato) (?:il giorno|la data|la notte|la sera)"
        r"[,:]? (?:sara )?(?:il giorno |la sera |la notte )?(?:dopo|prima)\b)",
        negatable=False,
        unless=r"\b(?:matrimonio|trasloco|partenza|esame|colloquio|operazione|laurea|riunione|"
        r"data (?:del|della|di)|festa di|sposiamo|sposo|nozze|battesimo|comunione|cresima|"
        r"partiamo|parto|vacanz\w*|ferie|viaggio|cena|pranzo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho (?:gia )?(?:sistemato|scritto|fatto|preparato|lasciato|messo in ordine)) "
        r"(?:[\w']+,? ){0,4}?(?:il )?testamento|(?:ho sistemato|ho lasciato|ho scritto) "
        r"(?:\w+ ){0,2}?(?:le password|le mie password|chi prende (?:il|la|i) (?:cane|gatt[oa]|"
        r"gatti|figli)))\b",
        needs=r"\b(?:password|manca poco|ormai|lettere?|addio|chi prende|quando non ci saro|per "
        r"dopo|testamento)\b",
        unless=r"\b(?:notaio|avvocato|nonn[oa]|lavoro|ufficio|azienda|cliente|biologico|dat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:domani|stasera|stanotte|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|"
        r"domenica) e il giorno(?=\s*(?:$|[.])))",
        needs=r"\b(?:cancellat\w+|restituit\w+|regalat\w+|sistemat\w+|deciso|pront[oa]|lettere?|"
        r"addio|ultim[oa])\b",
        unless=r"\b(?:viaggio|vacanz\w+|partenza|trasloco|matrimonio|esame|festa|concerto|gara|"
        r"colloquio|operazione)\b",
    ),
    rule(
        S,
        r"\b(?P<core>nessuno mi (?:trovera|troverebbe|trovi|potra trovare|verra a cercare|"
        r"cerchera) (?:subito|in tempo|prima|per giorni|presto|piu))\b",
        negatable=False,
        unless=r"\b(?:nascondino|vacanz\w+|ferie|relax|pace e tranquillita)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>aspett\w+ (?:che )?(?:\w+ ){{0,2}}?(?:si addorment\w+|dorm\w+|se ne vad\w+|"
        rf"escano|esca|uscire|partano|parta) (?:\w+ ){{0,4}}?(?:prend\w*|ingoi\w*|butt\w* giu|"
        rf"mand\w* giu) (?:\w+ ){{0,2}}?{_PILLS})",
        unless=r"\b(?:medico|ricetta|mal di testa|febbre|dolore|anticoncezional\w+)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:basterebbe|basterebbero|bastano|basta|sarebbe sufficiente|sarebbero "
        r"sufficienti|ne bastano|ne basterebbero)\b(?:\W+\w+){0,4}?\W+per (?:non svegliarmi|"
        r"morire|farla finita|sempre|uccidermi|non svegliarsi)|(?:contat\w+|conto|intera|tutte|"
        r"quante)\b(?:\W+\w+){0,6}?\W+(?:ne )?(?:basterebbe|basterebbero|bastano|sarebbero "
        r"sufficienti)\b)",
        needs=rf"\b{_PILLS}\b|\b(?:boccett\w+|flacon\w+|scatol\w+)\b",
        unless=r"\b(?:al giorno|per dormire|medico|ricetta|mal di testa|febbre|dolore|sciroppo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:una|la|tutta la|tutto il|un|il) (?:boccetta|scatola|confezione|flacone|"
        r"blister) intera\b(?:\W+\w+){0,3}?\W+(?:basterebbe|basterebbero|bastano|prenderla|prenderlo|"
        r"berla|ingoiarla))\b",
        needs=rf"\b{_PILLS}\b|\b(?:gocce|sonnifer\w+)\b",
    ),
    rule(
        S,
        r"\b(?P<core>so (?:bene |esattamente |anche )?dove (?:\w+ ){0,2}?(?:tiene|tengono|mette|"
        r"mettono|nasconde|nascondono|sono|stanno) (?:le cartucce|i proiettili|le munizioni|i "
        r"colpi|la chiave dell'armadio|le chiavi dell'armadio))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>guard\w* (?:giu|di sotto|in basso|il vuoto)\b(?:\W+\w+){0,6}?\W+(?:pensando "
        r"(?:a|di) (?:quanto|come|saltare|buttarmi|cadere)|quanto ci (?:vorrebbe|metterei)|"
        r"sarebbe (?:facile|semplice|veloce)|(?:voglia|tentazione) di (?:saltare|buttarmi)))",
        negatable=False,
        unless=r"\b(?:panorama|foto|tramonto|vertigini)\b",
    ),
    rule(
        S,
        r"\b(?P<core>corda\b(?:\W+\w+){0,12}?\W+(?:trave|gancio|ramo|lampadario)\b|(?:trave|"
        r"gancio)\b(?:\W+\w+){0,12}?\W+corda)\b",
        unless=r"\b(?:altalena|arrampic\w+|palestra|stendere|stendino|panni|bucato|barca|"
        r"campeggio|tenda|amaca|sacco da boxe|pacco|legna|chitarra|violino|basso|arpa|palco|"
        r"teatro|scena)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:treno|regionale|intercity|merci|frecciarossa|metro) (?:\w+ ){0,4}?"
        r"(?:passa|passano|arriva|arrivano) (?:\w+ ){0,2}?senza fermarsi)",
        needs=r"\b(?:(?:a quell'ora|di notte|la notte) non c'e (?:mai )?nessuno|nessuno (?:mi )?(?:vede|"
        r"vedrebbe)|passaggio a livello|binari)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:quello|cio) che (?:sto per fare|faro stanotte|faro stasera|faro domani|"
        r"ho deciso di fare))",
        negatable=False,
        needs=r"\b(?:colpa|scus\w*|perdon\w*|ti voglio bene|vi voglio bene|addio|mamma|papa)\b",
        unless=r"\b(?:film|serie|sorpresa|regalo|festa|viaggio|lavoro)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:busta|lettera|lettere|biglietto|biglietti) (?:\w+ ){0,3}?(?:per ognuno|per "
        r"ciascuno|per ognuna|a ognuno|per ogni (?:persona|amico|amica)))\b",
        negatable=False,
        unless=r"\b(?:natale|compleanno|regal\w+|invit\w+|matrimonio|festa|scuola|classe|"
        r"bomboniere|segnaposto|lavoro|colleghi)\b",
    ),
    rule(
        S,
        r"\b(?P<core>non (?:dovrai|dovrete|dovete|devi|dovrete mai) piu preoccupar\w+ (?:per|di) "
        r"me)\b",
        negatable=False,
        needs=r"\b(?:grazie|addio|ti voglio bene|vi voglio bene|perdon\w*|scus\w*|per sempre)\b",
        unless=r"\b(?:lavoro|casa nuova|patente|trasfer\w+|trasloc\w+|stipendio|affitto|soldi|"
        r"guarit[oa]|operazione|esame|promoss[oa]|assunt[oa]|trovato|casa|appartamento)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:lettera|lettere|busta|buste|biglietto|biglietti|perdonatemi|scusatemi|vi "
        r"voglio bene|ti voglio bene|vi ho voluto bene|e stato bello|grazie di tutto|non cercatemi|"
        r"non e colpa (?:vostra|tua))\b[^\n]{0,80}?[.!] ?addio)(?=\s*[.!]*\s*$)",
        negatable=False,
        unless=r"\b(?:gruppo|chat|lavoro|ufficio|scuola|vacanz\w+|estate|ferie|erasmus)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:a un passo|vicin[oa]|quasi|stavo per fare) (?:\w+ )?(?:al|dal|il) "
        r"(?:terzo|secondo|quarto|quinto|prossimo)(?: tentativo)?)\b",
        needs=r"\btentativ\w+\b",
        unless=r"\b(?:esame|patente|concorso|guida|test|ammissione|gioco|livello|rigore|gol)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:(?:mi sono|sono|mi ha|ha|mi hanno) (?:\w+ )?(?:scritto|detto|mandato un "
        r"messaggio|chiamat[oa])|mi scrive|scrive|dice|dicendo) (?:che )?(?:stanotte|stasera|oggi|"
        r"domani|adesso|ora|presto|questa notte|tra poco|appena|di notte) (?:lo fa|la (?:fa|fara|vuole "
        r"fare) finita(?! (?:con|di)\b)|si (?:ammazza|"
        r"uccide|suicida|butta|toglie la vita|impicca|ammazzera|uccidera|fa fuori)))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:carbone|carbonella|braciere)\b(?:\W+\w+){0,8}?\W+(?:sigillat\w+|"
        r"sigillare|sigillo|nastro adesivo|tappat\w+)|(?:sigillat\w+|sigillare|tappat\w+)\b(?:\W+\w+)"
        r"{0,8}?\W+(?:carbone|carbonella|braciere))\b",
        unless=r"\b(?:grigliata|salsicce|carne|giardino|terrazzo|picnic|spiedini|barbecue|"
        r"tovaglia|brace|griglia)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:scusate(?:mi)?|perdonatemi|scusami|perdonami|scusa) per (?:tutto il male|"
        r"tutto il dolore|tutti i problemi|tutto quello) che (?:vi|ti) ho (?:fatto|causato|dato))\b",
        negatable=False,
        needs=r"\b(?:adesso basta|ora basta|e finita|addio|per l'ultima volta|non ci saro|basta "
        r"cosi|per sempre|non dovrete|non dovrai)\b",
    ),
    rule(
        S,
        r"\b(?P<core>se (?:io )?(?:morissi|sparissi(?: per sempre)?|non ci fossi(?: piu)?|non "
        r"esistessi|mi uccidessi|fossi mort[oa]|mi ammazzassi))(?=\s*(?:$|[.,!?;]|e\b|domani|"
        r"oggi))",
        negatable=False,
        needs=r"\b(?:meglio|felic[ei]|sollievo|favore|sollevat\w+|contenti|tranquill\w+|seren\w+|"
        r"respirerebbero|problem\w+|nessuno)\b",
        unless=r"\b(?:festa|cena|gita|viaggio|riunione|lezione|chat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:motore|macchina|auto) (?:\w+ )?(?:accesa|acceso|in moto)\b(?:\W+\w+){0,4}?"
        r"\W+(?:garage|box)\b|(?:prove|provato|preparato|comprato|fatto) (?:\w+ ){0,2}?(?:col|con "
        r"il|un|il) cappio|(?:cintura|corda|cavo|laccio|cavo) (?:\w+ ){0,2}?(?:al|intorno al|"
        r"attorno al) (?:mio )?collo)",
        about_others=True,
        needs=r"\b(?:chius\w*|tubo|sigillat\w*|finestrini|dentro|stringe\w*|provat\w*|prova|"
        r"prove|cappio|strett\w*)\b",
        unless=r"\b(?:meccanico|scaldare|riscaldare|cane|guinzaglio|cravatta|debiti|mutuo|"
        r"banca|tasse)\b",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:fa|faceva|ha fatto|fanno|facevano) (?:delle )?cose (?:brutte|strane|che "
        r"non voglio|sporche|da grandi|che mi fanno male))\b",
        needs=rf"{_ADULT}|\b(?:\d+ anni|segreto|notte|nessuno)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tanto|domani|stanotte|spero che|magari) (?:\w+ )?non mi (?:sveglio|"
        r"svegliero|risveglio)(?: piu)?)(?=\s*(?:$|[.,!?;]))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho aperto|apro|ho lasciato aperto|lascio aperto|aprire) (?:\w+ )?(?:il |"
        r"tutto il )?gas\b(?:\W+\w+){0,6}?\W+(?:sdraiat[oa]|mi sdraio|mi sono sdraiat[oa]|a letto|"
        r"addormentarmi|mi addormento|dormire|finestre chiuse|chius[oa] (?:la porta|dentro))|"
        r"(?:fucile|pistola|arma|revolver) (?:\w+ ){0,4}?(?:caric[oa]|col colpo in canna)|"
        r"(?:ordinato|comprato|procurat[oa]|preso) (?:\w+ ){0,2}?(?:del |il |un |dello )?(?:veleno|"
        r"cianuro|arsenico|stricnina|nitrito)|(?:comprat[oa]|pres[oa]) (?:\w+ ){0,2}?(?:lametta|"
        r"lamette|taglierino) (?:apposta|di proposito|per tagliarmi)|(?:cancellato|eliminato|chiuso) "
        r"(?:\w+ ){0,2}?(?:social|profili|account)\b(?:\W+\w+){0,6}?\W+(?:chiesto scusa|salutato "
        r"tutti|scritto a tutti|regalato|restituito))",
        unless=r"\b(?:cucin\w*|pentol\w*|fornell\w*|pasta|caldaia|tecnico|bolletta|caccia|"
        r"cacciatore|poligono|guardia giurata|poliziott\w*|formiche|lumache|scarafagg\w*|"
        r"zanzare|insetti|vespe|barba|radermi|lavoro|nuovo telefono)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|stasera|stanotte|"
        r"domani) mi (?:butto|lancio|getto))(?=\s*(?:$|[.!]))",
        needs=r"\b(?:ho (?:gia )?deciso tutto|addio|non ce la faccio|farla finita|non reggo)\b",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:palpa|palpava|palpeggia|palpeggiava|ha palpat[oa]|ha palpeggiat[oa]|"
        r"mette le mani sul sedere|mette le mani sul seno)|mi (?:obbliga|costringe|obbligava|"
        r"costringeva|ha obbligat[oa]|ha costrett[oa]) a (?:guardare (?:porno|video porno|film "
        r"porno)|toccarl[oa]|mandargli foto)|(?:si (?:e|sta) masturband\w*|si e masturbat[oa]|si "
        r"masturbava|si e abbassato i pantaloni|mi ha mostrato (?:il|i) (?:pene|genitali)|"
        r"esibizionista) (?:\w+ ){0,2}?(?:davanti a me|guardandomi|vicino a me|sul treno|in "
        r"metro|sul bus)?|(?:foto|video) (?:del suo|dei suoi) (?:pene|genitali|pisello|cazzo|parti "
        r"intime))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:paura che|temo che|ho paura che) (?:\w+ ){0,3}?si (?:faccia del male|uccida|"
        r"ammazzi|tolga la vita|butti|tagli)(?! (?:i|il|la|le|un|una|via|con)\b)|non (?:ce la fa|riesce) (?:piu )?a vivere(?! (?:con|in|"
        r"da sol[oa]|li|la)\b)|(?:e|sara) l'ultima volta che (?:ci sentiamo|ci vediamo|vi scrivo|ti "
        r"scrivo|mi sentite|mi vedete|parliamo)(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:perche )?non mi (?:ammazzo|uccido|suicido) e basta|mi (?:ammazzo|uccido|"
        r"suicido|butto giu|impicco) e basta(?! (?:di|con)\b)|(?:domani|stanotte|stasera|presto|tra "
        r"poco|tra qualche giorno|a breve|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|"
        r"domenica) non ci saro piu(?=\s*(?:$|[.,!?;]|e\b|per nessuno))|(?:vado|andro|salgo) "
        r"(?:\w+ )?(?:sul tetto|sul ponte|sul cornicione|sulla scogliera|sui binari|sul viadotto|"
        r"in cima al palazzo) (?:\w+ ){0,2}?e (?:salto(?! (?:la|con|il|i|le|gli|in|a)\b)|mi butto|mi "
        r"lascio cadere|non torno|faccio un passo(?! (?:di|indietro|avanti)\b)))",
        negatable=False,
        unless=r"\b(?:esame|interrogazione|verifica|compito|paracadute|bungee|tuffo|foto|"
        r"panorama|parkour)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_PILLS} (?:\w+ )?(?:pronte|pronti|preparate|preparati|contate|contati|in "
        r"fila|allineate|tutte insieme)(?! per (?:domani|il viaggio|la settimana)))\b",
        unless=r"\b(?:viaggio|settiman\w*|portapillole|terapia|vacanz\w*|nonn[oa]|mamma|papa|"
        r"gatto|cane|veterinari\w*|paziente|pazienti|reparto)\b",
    ),
    # ---- SELF_HARM ------------------------------------------------------------------------
    rule(
        H,
        r"\b(?P<core>mi (?:faccio|facevo) del male(?= da (?:quando|anni|mesi|\d+)| ogni (?:volta|sera|"
        r"notte|giorno)| quando sto| di nuovo| ancora| sulle| sui| sul| alle| ai| con (?:la|le|il|"
        r"un|una) (?:lametta|lamette|accendino|sigaretta|coltello|forbici|unghie)| da sol[oa] (?:apposta|"
        r"con (?:la|le|il|un|una) (?:lametta|lamette|accendino|sigaretta|coltello|forbici))|\s*$)|mi sono (?:fatt[oa] )?(?:di nuovo|ancora|"
        r"ancora una volta) (?:fatt[oa] )?del male|(?:ricominciat[oa]|ripres[oa]|tornat[oa]|"
        r"rimess[oa]|continua|continuava|torna|ricomincia) a (?:tagliarsi|farsi del male|bruciarsi|"
        r"ferirsi|graffiarsi|tagliarmi|farmi del male|bruciarmi|ferirmi))\b",
        about_others=True,
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:rifatto|fatto|faccio|facevo|rifaccio|ricaduta nel|ricadut[oa] nel|"
        r"tornat[oa] all'|pulit[oa] dall'|ricominciato|ricomincio) sh(?=\s*(?:$|[.,!?;]|di nuovo|"
        r"ancora|stanotte|ieri|oggi|stasera|dopo|da\b|\d))|\d+ tagli (?:\w+ )?"
        rf"(?:sul|sulla|sulle|sui|nel|nella) {_BODY}|(?:tagli|cicatrici|ferite) (?:sulle|sui|sul|"
        rf"sulla) (?:mie |mio |mia )?{_BODY})\b",
        unless=_CUT_ACCIDENT,
        about_others=True,
    ),
    rule(
        H,
        r"\b(?P<core>(?:ci sono |ci sei |sono )?(?:ricascat[oa]|ricadut[oa]|ricaduta)\b(?:\W+\w+)"
        r"{0,5}?\W+(?:col|con il|con la|con una|con le|con un) (?:rasoio|lametta|lamette|lama|"
        r"taglierino|coltello|accendino|forbici|temperino))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:sono|erano|era|e|da|ormai|gia) (?:\w+ ){0,2}?(?:giorni|settimane|settimana|"
        r"mesi|anni|giorno|mese|anno) (?:che non|senza) (?:mi (?:taglio|tagliavo|sono tagliat[oa]|"
        r"faccio (?:del )?male|facevo (?:del )?male|brucio|bruciavo|autolesiono)|tagliarmi|farmi "
        r"(?:del )?male|bruciarmi|autolesionarmi))\b",
        negatable=False,
        unless=rf"{_KNOCK_ACCIDENT}|\b(?:capelli|frangia|unghie|barba|schiena)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:comprat[oa]|preso|tengo|ho|nascost[ei]|nascondo|messo da parte) "
        r"(?:\w+ ){0,3}?lamett[ae]\b(?:\W+\w+){0,6}?\W+(?:per quando|nel cassetto|nascost[ei]|"
        r"sotto il (?:materasso|letto|cuscino)|nell'astuccio|nel portafoglio|nella cover|di "
        r"scorta|non (?:reggo|ce la faccio)))",
        unless=r"\b(?:radermi|rasoio elettrico|barba|depil\w+|ceretta|bricolage|gambe lisce)\b",
    ),
)

_CHECK_IN: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:voglio|vorrei|ho voglia di|mi viene voglia di|vorrei solo|voglio solo) "
        r"(?:\w+ )?(?:sparire|scomparire|svanire|sprofondare))\b(?! (?:dai social|da instagram|dal "
        r"gruppo|da whatsapp|dalla festa|dall'ufficio|dalla vergogna|per la vergogna))",
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>(?:sono|mi sento|sento di essere|sono solo) (?:un|uno|una) (?:peso|fardo|"
        r"zavorra|problema per tutti)|essere un peso per)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:non ce la faccio|non reggo|non sopporto niente|non reggo niente) piu(?: "
        r"con (?:tutto|niente|questa vita|la mia vita))?)"
        r"(?=\s*(?:$|[.,!?;]|davvero|sul serio|😭|💔|e\b|a (?:reggere|sopportare|andare avanti)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>che senso ha (?:tutto|niente|continuare|andare avanti|la vita|questa vita|"
        r"questo)|niente ha (?:piu )?senso|nulla ha (?:piu )?senso|a che serve (?:tutto|continuare|"
        r"andare avanti)|non (?:vedo|c'e) (?:nessuna )?via d'uscita|(?:sono |mi sento )?stanc[oa] "
        r"di (?:tutto|lottare|tutto e tutti)(?=\s*(?:$|[.,!?;]|e\b|davvero|che non ))|a (?:cosa|"
        r"che) serv[ea] (?:\w+ )?(?:continuare|andare avanti|provarci|vivere)|non ho piu (?:la )?"
        r"forz[ae](?: (?:di|per) (?:niente|andare avanti|lottare))?(?: cosi)?(?=\s*(?:$|[.,!?;]))|"
        r"niente (?:mi )?importa piu)",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:solo |soltanto )?un peso(?=\s*(?:$|[.,!?;]|per (?:tutti|gli altri|la mia "
        r"famiglia|i miei|mia madre|mio padre|chi mi sta vicino))))",
        needs=r"\b(?:sono|mi sento|sarei|ero|divento)\b",
        unless=r"\b(?:zaino|valigia|borsa|chili|kg|palestra|bilanciere|pacco|spesa)\b",
    ),
    # Round 3: no future, no way out, no hope, no reason to go on.
    rule(
        S,
        r"\b(?P<core>non (?:vedo|c'e|ho|intravedo) (?:piu )?(?:nessun |alcun |un )?futuro(?= *(?:$|"
        r"[.,!?;]|per me|davanti|e\b))|non (?:vedo|c'e|trovo|ci sono|vedo piu) (?:nessuna |alcuna |"
        r"una |delle |piu )?vie? (?:d'|di )uscita|mi sento in trappola(?= *(?:$|[.,!?;]|e\b|nella mia "
        r"(?:vita|testa)|dentro))|(?:niente|nulla|nessun "
        r"motivo|nessuna ragione) per cui (?:valga|vale|valesse) la pena|non so (?:nemmeno |neanche "
        r"|piu )?perche (?:continuo|vado avanti|sono ancora qui|vivo|esisto|mi alzo)(?= *(?:$|[.,!?;]|a "
        r"vivere|ad andare avanti))|(?:non ho piu|"
        r"ho perso|non ho) (?:nessuna |ogni |alcuna |la )?speranza(?= *(?:$|[.,!?;]|che (?:le cose|"
        r"qualcosa|la (?:mia )?vita|io|tutto|niente)\b|per il futuro|in niente|nel futuro))|"
        r"tanto non cambiera (?:mai )?(?:niente|nulla)(?= *(?:$|[.,!?;]))|(?:e|sara) tutto inutile(?= *(?:$|[.!]))|"
        r"non (?:ne )?vedo (?:il|un|nessun) (?:motivo|senso)(?= *(?:$|[.,!?;]))|(?:me ne (?:voglio|"
        r"vorrei) andare|voglio andarmene|vorrei andarmene) per sempre(?= *(?:$|[.,!?;]|e\b)))",
        negatable=False,
        unless=r"\b(?:partita|squadra|juve|inter|milan|esame|campionato|film|serie|con lui|con lei|"
        r"insieme)\b",
    ),
)

# Round 4 (fresh2, a round weighted to means, plans, children, third persons, goodbyes).
_DAY = (
    r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|weekend|fine settimana|\d{1,2}"
    r"(?: \w+)?)"
)
_TRAVEL = (
    r"\b(?:viaggio|viaggiare|vacanz[ae]|volo|aeroporto|valigi[ae]|trasloco|trasferisco|erasmus|"
    r"scambio|estero|altro paese|altra citta|borsa di studio|lavoro nuovo|nuovo lavoro|"
    r"matrimonio|compleanno|festa|esame|concerto|partita|colloquio|intervento|operazione)\b"
)
# A goodbye that promises to meet again, or says all is well, is not a last one.
_SEE_YOU = r"|\b(?:ci vediamo|ci sentiamo|a presto|a dopo|sto bene|natale)\b"
_ROUND4: tuple[Rule, ...] = (
    # "Farla finita" with no object after how, when, for, to; "per non svegliarmi".
    rule(
        S,
        r"\b(?:come|quando|per|di|a|ad|e) (?:\w+ ){0,2}?(?P<core>farla finita|la faccio finita)"
        r"(?=\s*(?:$|[.,!?;]|stasera|stanotte|oggi|domani|per sempre|una volta per tutte|e\b))",
        unless=r"\b(?:litigio|discussione|storia con|relazione|lavoro|dieta|fumo|sigarett\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:abbastanza|sufficienti|a sufficienza|bastano|basterebbero|basta) (?:\w+ )"
        r"{0,2}?per non (?:svegliarmi|risvegliarmi)|per non (?:svegliarmi|risvegliarmi) (?:mai )?"
        r"piu)\b",
    ),
    # Whether a means kills at once or hurts.
    rule(
        S,
        r"\b(?P<core>se (?:\w+ ){1,6}?(?:muoio|morirei|moriro|muore uno)(?: \w+){0,2}?"
        r"(?: o (?:soffro|no|sopravvivo|resto)|\s*\?))",
        needs=rf"{_PILLS}|\b(?:candeggina|varechina|ammoniaca|veleno|topicida|antigelo|"
        r"diserbante|acido|pastiglie|corda|cappio|ponte|piano|binari|treno|sotto)\b",
        unless=r"\b(?:ridere|risate|fame|sete|caldo|freddo|noia|vergogna|ansia|mangio|fetta)\b",
    ),
    # On a bridge or a roof, and the jump named; going somewhere high and jumping.
    rule(
        S,
        r"\b(?P<core>(?:sono|sto|mi trovo|sono salit[oa]) (?:\w+ ){0,2}?(?:sul|sulla|in cima al|in "
        r"cima alla|sul bordo del|sul bordo della|sopra il|sopra al|sul cornicione del) (?:\w+ )"
        r"{0,2}?(?:ponte|tetto|terrazzo|terrazza|viadotto|cornicione|scogliera|binari|palazzo|"
        r"grattacielo|parapetto|balcone|cavalcavia|dirupo|rupe))\b",
        needs=r"\b(?:saltare|salto|buttarmi|mi butto|lanciarmi|mi lancio|gettarmi|mi getto|farla "
        r"finita|vuoto|coraggio|paura di saltare|paura di cadere|guardo giu)\b",
        unless=r"\b(?:foto|selfie|panorama|bellissimo|turisti|tuffo|tuffi|paracadute|bungee)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ci vado|vado|salgo|andro|ci andro) (?:[\w']+ ){0,5}?(?:e|per) (?:mi butto|mi "
        r"lancio|mi getto|salto giu|buttarmi|lanciarmi|gettarmi|saltare giu))\b",
        needs=r"\b(?:scogliera|ponte|tetto|terrazzo|viadotto|palazzo|piano|grattacielo|dirupo|"
        r"rupe|burrone|faro|binari|treno|campanile|balcone)\b",
        unless=r"\b(?:piscina|tuffo|tuffi|mare|lago|paracadute|bungee|pista|mischia|progetto)\b",
    ),
    # A chosen place, with a jump or a means near it.
    rule(
        S,
        r"\b(?P<core>(?:ho (?:gia )?(?:scelto|deciso|trovato)|so gia) (?:il|quale|che) (?:posto|"
        r"luogo|punto|metodo))\b",
        needs=r"\b(?:saltare|salto|buttarmi|mi butto|lanciarmi|mi lancio|gettarmi|farla finita|"
        r"uccidermi|ammazzarmi|scogliera|ponte|tetto|palazzo|binari|viadotto|dirupo|pillole|"
        r"pastiglie|corda)\b",
        unless=_TRAVEL + r"|\b(?:cena|ristorante|picnic|campeggio|appuntamento|casa nuova|"
        r"appartamento|locale)\b",
    ),
    # A chosen day with everything ready; ready to go after putting things in order.
    rule(
        S,
        rf"\b(?P<core>(?:il |la )?{_DAY} (?:e|sara) (?:la data|il giorno)(?! (?:di|del|della|dei|"
        r"delle|d)\b))",
        negatable=False,
        needs=r"\b(?:(?:e|ho) (?:gia )?tutto (?:pronto|preparato|organizzato|deciso|sistemato|"
        r"pianificato)|non chiedermi|non mi chiedete|lettere?|ho deciso|salutat\w*|vi saluto)\b",
        unless=_TRAVEL
        + r"|\b(?:natale|capodanno|evento|uscita|consegna|parto|tatuaggio|laurea|trasloco)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:e|ho) (?:gia )?tutto (?:pronto|preparato|organizzato|deciso|sistemato|"
        r"pianificato)(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        needs=rf"\b{_DAY} (?:e|sara) (?:la data|il giorno)(?! (?:di|del|della|dei|delle|d)\b)|"
        r"\b(?:non chiedermi|non mi chiedete|lettere?|ho deciso|salutat\w*|vi saluto)\b",
        unless=_TRAVEL
        + r"|\b(?:natale|capodanno|evento|uscita|consegna|parto|tatuaggio|laurea|trasloco|san "
        r"valentino)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ormai |ora |adesso )?(?:sono|mi sento) (?:pront[oa]|preparat[oa]) (?:ad "
        r"andarmene|a morire|a farla finita|ad andare|a salutare|a lasciare tutto|al passo|a "
        r"partire)(?=\s*(?:$|[.,!?;]|per sempre)))",
        needs=r"\b(?:cancellato|eliminato|chiuso|regalato|password|lettere?|testamento|salutat\w*|"
        r"debiti|conti|sistemato|le mie cose|social)\b",
        unless=_TRAVEL + r"|\b(?:lezione|palestra|appuntamento|riunione|uscire)\b",
    ),
    # Locked in a room and starved.
    rule(
        D,
        r"\b(?P<core>mi (?:chiudono|chiude|chiudeva|chiudevano|hanno chiuso|ha chiuso|rinchiudono|"
        r"rinchiude|rinchiudeva|hanno rinchiuso|ha rinchiuso|lasciano chius[oa]) (?:\w+ )?(?:in "
        r"camera|in stanza|in bagno|in cantina|in soffitta|nello sgabuzzino|in casa|a chiave|fuori "
        r"casa|sul balcone)(?:\W+\w+){0,4}?\W+(?:senza (?:mangiare|cibo|acqua|bere|uscire)|da "
        r"(?:ieri|giorni|ore|\w+ giorni)|per punizione|tutta la notte|per ore|per giorni))",
    ),
    # Someone found cut; locked in a garage with the engine on; "won't be here tomorrow".
    rule(
        H,
        r"\b(?P<core>con (?:i|le|gli) (?:polsi|braccia|vene|gambe|cosce|avambracci) (?:tagliat[ie]|"
        r"apert[ie]|pien[ie] di tagli|sanguinanti|insanguinat[ie]))",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        S,
        r"\b(?:si e|mi sono|si|mi) (?P<core>(?:chius[oa]|rinchius[oa]|chiude|chiudo) (?:\w+ )"
        r"{0,2}?(?:in|nel|dentro il|dentro al) garage(?:\W+\w+){0,4}?\W+(?:macchina|auto|motore)"
        r"(?: \w+)? (?:accesa|acceso|in moto|che va|avviata|avviato))",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:domani |presto |stanotte )?non ci (?:sara|sarebbe) piu)(?=\s*(?:$|[.,!?;'\"]"
        r"|e\b|per\b))",
        about_others=True,
        needs=r"\b(?:regalato|regala|regalando|salutato|saluta|lettera|scusa|le sue cose|tutto|non "
        r"risponde|spento|sparit[oa])\b",
        unless=_TRAVEL + r"|\b(?:lavoro|ufficio|lezione|riunione|medico|malat[oa]|negozio|"
        r"prodotto|offerta)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:scusa(?:te)? per tutto(?:\W+\w+){0,5}?\W+(?:pensa\w*|badate|cura|addio|ti "
        r"voglio bene|vi voglio bene)|pensa(?:ci)? tu (?:a|al|alla|ai|alle) (?:mio|mia|miei|mie) \w+|"
        r"(?:prenditi|prendetevi) cura (?:del|della|dei|delle|di) (?:mio|mia|miei|mie) \w+|addio|si "
        r"e (?:salutat[oa]|congedat[oa]))(?:\W+\w+){0,8}?\W+(?:e )?(?:ora |adesso )?(?:non "
        r"(?:risponde|legge|si fa sentire|visualizza)|ha (?:il )?(?:telefono|cellulare|cell) "
        r"spento|(?:e )?sparit[oa]|spento il (?:telefono|cellulare)))",
        about_others=True,
        unless=_TRAVEL,
    ),
    # Goodbyes: the last time one writes, "don't cry for me", a better place, gone forever,
    # "you won't see me again".
    rule(
        S,
        r"\b(?P<core>(?:e|questa e|sara) (?:l'|la )?ultima volta che (?:vi |ti )?(?:scrivo|parlo|"
        r"mi leggete|mi vedete|posto|pubblico))",
        negatable=False,
        needs=r"\b(?:vi ho voluto bene|ti ho voluto bene|vi voglio bene|ti voglio bene|scusa\w*|"
        r"perdon\w*|addio|non cercatemi|abbiate cura|vi saluto|grazie di tutto|grazie per tutto)\b",
        unless=r"\b(?:gruppo|canale|forum|server|account|insta|instagram|twitter|tiktok|facebook|"
        r"app|settimana|a domani|mi trasferisco)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>non (?:piangere|piangete|soffrire|soffrite|essere triste|siate tristi) per "
        r"me)\b",
        negatable=False,
        needs=r"\b(?:ti voglio bene|vi voglio bene|ti amo|addio|scusa\w*|perdon\w*|grazie di tutto|"
        r"posto migliore|non ci saro|me ne vado)\b",
        unless=r"\b(?:canzone|testo|argentina)\b" + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vado|andro|saro|sto andando) (?:in|a) un posto migliore)\b(?! (?:di lavoro|a "
        r"lavorare|a vivere))",
        negatable=False,
        needs=r"\b(?:ti voglio bene|vi voglio bene|ti amo|addio|scusa\w*|perdon\w*|grazie di tutto|"
        r"non (?:piangere|piangete|soffrire))\b",
        unless=_TRAVEL
        + r"|\b(?:lavoro|azienda|citta|paese|appartamento|casa nuova|quartiere|scuola|"
        r"universita|squadra)\b" + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>(?:andarmene|andarmi|me ne vado|me ne andro|partire|sparire) per sempre)\b",
        needs=r"\b(?:salutare|saluto|addio|ultima|scusa\w*|perdon\w*|ti voglio bene|vi voglio "
        r"bene|lettere?)\b",
        unless=_TRAVEL + r"|\b(?:citta|paese|italia|gruppo|canale|chat|lavoro|azienda)\b",
    ),
    rule(
        S,
        r"\b(?P<core>non mi (?:vedrete|vedrai|sentirete|sentirai|leggerete|leggerai) (?:mai )?piu)\b",
        negatable=False,
        needs=r"\b(?:addio|ciao a tutti|e stato bello|vi voglio bene|grazie di tutto|scusa\w*|"
        r"perdon\w*|abbiate cura)\b",
        unless=_TRAVEL
        + r"|\b(?:gruppo|canale|chat|server|app|social|insta|instagram|twitter|tiktok|forum|"
        r"lezione|ufficio|lavoro|squadra|quartiere|citta|paese|da queste parti|qui dentro)\b",
    ),
    # Threats: an armed man outside, someone threatening now.
    rule(
        D,
        r"\b(?P<core>(?:un|uno|una|il|lo|la|mio|il mio) (?:tizio|tipo|uomo|signore|ex|vicino|"
        r"ragazzo|marito|compagno|pazzo)(?: \w+)? armat[oa] (?:\w+ ){0,2}?(?:sotto casa|fuori|davanti|"
        r"alla porta|sotto|che mi aspetta|qui fuori)|mi (?:sta|stanno|continua a|continuano a) "
        r"(?:minacciando|minacciare|perseguitando|perseguitare|seguendo)|mi (?:minaccia|minacciano|"
        r"ha minacciat[oa]|minacciava|minacciavano))\b",
        needs=r"\b(?:ex|ragazz[oa]|fidanzat[oa]|marito|moglie|compagn[oa]|tizio|uomo|arma|armat[oa]|"
        r"coltello|pistola|ammazz\w+|uccid\w+|morte|paura|picchi\w+)\b",
        unless=r"\b(?:giocando|gioco|scherzo|capo|prof|professore|banca|debito|multa)\b",
    ),
    # Round 4, second pass: families found missing on wordings written after the first.
    rule(
        S,
        r"\b(?P<core>per quando (?:mi decido|mi decidero|saro pront[oa]|non ce la faro piu|non ce "
        r"la faccio piu|arrivera il momento|arriva il momento|avro il coraggio))\b",
        needs=rf"{_PILLS}|\b(?:da parte|conservando|conservo|accumul\w+|nascost[eio]|corda|"
        r"pistola|fucile)\b",
    ),
    rule(
        S,
        r"\b(?P<core>mi (?:impicco|impicchero|avveleno|avvelenero)(?= (?:a|al|all|alla|allo|con|"
        r"stasera|stanotte|domani|oggi|in|nel|nella|dal|dalla)\b|\s*(?:$|[.,!?;])))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho|tengo) (?:la|il|una|un) (?:pistola|fucile|arma|revolver|rivoltella)"
        r"(?: \w+){0,4}? (?:in mano|in bocca|alla tempia|puntat[oa] (?:contro di me|alla testa)))",
        needs=r"\b(?:adesso|ora|in questo momento|carica|puntat[oa]|tempia|testa|bocca|uccidermi|"
        r"spararmi|farla finita|salutarvi|non so cosa fare)\b",
        unless=r"\b(?:acqua|giocattolo|softair|paintball|videogioco|gioco|caccia|poligono|corso|"
        r"museo|foto)\b",
    ),
    rule(
        D,
        r"\b(?P<core>si (?:mette|metteva|infila|infilava|corica|coricava|e messo|e infilato) (?:nel "
        r"mio letto|in camera mia|nella mia camera|nella mia stanza|sotto le mie coperte|in bagno "
        r"con me|nella doccia con me))\b",
        needs=r"\b(?:patrigno|zio|cugino|nonno|papa|padre|vicino|compagno|ragazzo|fratello "
        r"(?:grande|maggiore)|fratellastro|allenatore|prof|signore|uomo|ho \d+ anni|\d+ anni|paura|"
        r"segreto)\b",
        unless=r"\b(?:cane|cagnolino|gatto|gattino|fratellino|sorellina|bimb[oa]|temporale|incubo|"
        r"tuoni)\b",
    ),
    rule(
        D,
        r"\b(?P<core>se (?:lo )?(?:racconto|dico|parlo|racconti|dici)(?: \w+){0,7}? (?:mi ammazza|mi "
        r"uccide|mi picchia|mi caccia|ammazza (?:mia|mio) \w+|nessuno mi crede|nessuno mi "
        r"credera))\b",
        needs=r"\b(?:quello che mi (?:fa|ha fatto|faceva)|segreto|mi tocca|mi toccava|abus\w+|ho \d+ "
        r"anni|\d+ anni)\b",
    ),
    rule(
        H,
        r"\b(?P<core>si (?:sta tagliando|taglia|e tagliat[oa]|sta facendo del male|fa del male|sta "
        r"bruciando|brucia))(?=\s*(?:$|[.,!?;]|adesso|ora|di nuovo|ancora|(?:in|nel|nella) "
        r"(?:bagno|camera|stanza|sua camera)|le "
        r"braccia|i polsi|le gambe|apposta|e\b))",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:maionese|latte|salsa|chiamata|luce|segnale|internet|wifi|"
        r"capelli|frangia|arrosto|torta)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:se )?(?:state|stai|qualcuno sta) leggendo (?:questo|questo messaggio|queste "
        r"righe)(?:\W+\w+){0,4}?\W+(?:(?:vuol dire che )?(?:io )?(?:non ci sono piu|sono gia mort[oa]|"
        r"ce l'ho fatta(?!\s*\w)|e gia tardi|l'ho fatto(?!\s*\w))))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ho trovato|abbiamo trovato|ho visto) (?:mio|mia|il mio|la mia|suo|sua|un|una) "
        r"\w+(?: \w+)? (?:impiccat[oa]|appes[oa] (?:a|al|alla|in)))",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:entrare|entro|camminare|cammino|nuotare|nuoto|andare|buttarmi|mi butto) "
        r"(?:\w+ ){0,3}?(?:in mare|nel mare|nel fiume|nel lago|in acqua)(?:\W+\w+){0,6}?\W+(?:finche|"
        r"fino a|fino a quando) (?:non )?(?:riesco piu|riusciro piu|riuscire piu|posso piu|affogare|"
        r"annegare|sparire|affondare))",
        unless=r"\b(?:allenamento|gara|triathlon|surf|sub|kayak)\b",
    ),
    # A denial taken back: "ho detto che non volevo ammazzarmi ma è una bugia".
    rule(
        S,
        r"\b(?P<core>(?:ho detto|dicevo|dico|ho scritto) (?:che )?(?:non|mai) (?:\w+ ){0,3}?"
        r"(?:ammazzarmi|uccidermi|morire|suicidarmi|farmi del male|tagliarmi|togliermi la vita|mi "
        r"ammazzerei|mi ucciderei)(?:\W+\w+){0,3}?\W+(?:ma )?(?:e|era) (?:una )?(?:bugia|falso|non "
        r"vero))",
        negatable=False,
    ),
    # Round 4, third pass.
    rule(
        S,
        rf"\b(?P<core>(?:\d+|varie|molte|tutte le) (?:blister|scatole|scatolette|confezioni|boccette|"
        rf"flaconi) (?:di )?(?:\w+ )?{_PILLS}(?:\W+[\w']+){{0,6}}?\W+(?:una |la )?(?:bottiglia|litro) "
        r"di (?:vino|vodka|whisky|grappa|rum|tequila|alcol|gin|amaro|liquore))",
        unless=r"\b(?:cena|pranzo|festa|grigliata|comprato|compriamo|spesa|supermercato|farmacia|"
        r"regalo|ricetta)\b",
    ),
    rule(
        S,
        r"\b(?P<core>mi (?:butto|getto|lancio|butterei|voglio buttare|vado a buttare) (?:sotto|davanti "
        r"a|davanti al|contro) (?:un |il |l'|la |una |al |all')?(?:autobus|bus|treno|camion|tir|"
        r"macchina|auto|metro|tram|pullman))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:corda|cintura|lenzuolo|cavo) (?:\w+ ){0,2}?(?:appes[oa]|legat[oa]) (?:[\w']+ )"
        r"{0,5}?(?:pront[oa]|preparat[oa]|che mi aspetta|col nodo|con il nodo)|corda (?:\w+ ){0,2}?"
        r"(?:appesa|legata) (?:alla|al) (?:trave|ventilatore|soffitto|lampadario|sbarra))\b",
        unless=r"\b(?:stendere|panni|bucato|altalena|amaca|boxe|palestra|arrampicata|decorazion\w+|"
        r"piante?)\b",
    ),
    rule(
        D,
        r"\b(?P<core>mi (?:obbliga|obbligava|ha obbligat[oa]|costringe|costringeva|ha costrett[oa]|fa) "
        r"(?:a |ad )?(?:fare la doccia|fare il bagno|dormire|spogliarmi|stare nud[oa]|mettermi a "
        r"letto) (?:con lui|con lei|davanti a lui|davanti a lei|nud[oa]))",
        needs=r"\b(?:patrigno|zio|cugino|nonno|papa|padre|vicino|compagno di mia|fratello|"
        r"fratellastro|allenatore|prof|signore|uomo|ho \d+ anni|\d+ anni)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:sta picchiando|picchia|picchiava|ha picchiato|mena|menava|sta menando) "
        r"(?:il |la |i |le )?(?:suo|sua|suoi|sue|mio|mia|miei|mie) (?:figli[oa]?|figlie|moglie|madre|"
        r"mamma|fratellino|sorellina|bambin[oi]|bimb[oi]|ragazza|nonna|compagna))\b",
        about_others=True,
        unless=r"\b(?:palla|pallone|giocando|gioco|scherzo|videogioco)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:ha detto|dice|mi ha detto|mi dice|ha scritto|mi ha scritto|giura) che mi "
        r"(?:ammazza|uccide|ammazzera|uccidera|fa fuori|fara fuori|ammazzava|uccideva))\b",
        needs=r"\b(?:ex|marito|compagno|fidanzato|ragazzo|mi segue|mi seguiva|perseguit\w+|paura|"
        r"coltello|pistola|minacci\w+)\b",
        unless=r"\b(?:ritardo|tardi|voto|voti|bocciat\w+|pagella|macchina nuova|scherz\w+|ahah\w*)\b",
    ),
    rule(
        S,
        r"\b(?:oggi|stasera|stanotte|domani|adesso|ora|allora|basta|giuro) (?:\w+ ){0,2}?(?P<core>mi "
        r"(?:ammazzo|uccido|impicco))(?=\s*(?:$|[.,!?;]|basta|davvero|sul serio|e\b))",
        unless=r"\b(?:esame|studio|studiare|lavoro|palestra|partita|juve|inter|milan|roma)\b",
    ),
    # Round 4, fourth pass.
    rule(
        D,
        r"\b(?P<core>mi (?:hanno toccat[oa]|ha toccat[oa]|hanno violentat[oa]|ha violentat[oa]|hanno "
        r"abusato di me|ha abusato di me|hanno spogliat[oa]|ha spogliat[oa]) (?:\w+ ){0,2}?mentre "
        r"(?:io )?(?:dormivo|ero ubriac[oa]|ero svenut[oa]|non ero cosciente|ero incosciente))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:fare sesso|fare l'amore|andare a letto|farlo) con lui (?:\w+ ){0,2}?(?:anche "
        r"se|anche quando|pure se) (?:io )?(?:non (?:voglio|ne ho voglia)|dico di no|gli dico di no))",
    ),
    rule(
        D,
        r"\b(?P<core>mi sono svegliat[oa] (?:[\w']+ ){0,4}?(?:(?:col|con il|con la) (?:vestito|"
        r"maglia|gonna|camicia) (?:strappat[oa]|rott[oa])|con (?:dei )?lividi|senza (?:vestiti|"
        r"mutande|slip)))",
        needs=r"\b(?:non ricordo|non mi ricordo|non so cosa (?:e|sia) successo|drogat[oa]|drink|"
        r"bicchiere|festa|ieri sera|discoteca|bar)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:questo|questo messaggio|questo vocale) e (?:un|il mio) addio)\b",
        negatable=False,
        unless=r"\b(?:lavoro|ufficio|azienda|scuola|corso|squadra|viaggio|vacanz\w+|erasmus|"
        r"pensione|addio al nubilato|festa|gruppo|canale)\b" + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>(?:faccio|fare|sto per fare|vado a fare) (?:una )?(?:cazzata|follia|stupidaggine"
        r"|sciocchezza))\b",
        needs=r"\b(?:non me ne frega niente|niente importa|non ce la faccio|basta|nessuno|scusa\w*|"
        r"addio|sono stanc[oa] di tutto)\b",
        unless=r"\b(?:ubriac\w+|festa|tatuaggio|capelli|shopping|spesa)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ha|aveva|ha comprato|si e procurat[oa]) (?:una|la|un|il) (?:corda|pistola|"
        r"arma|rivoltella|veleno)(?: [\w']+){0,4}?)(?=\s*(?:$|[.,!?;]|e\b|che\b))",
        about_others=True,
        needs=r"\b(?:(?:oggi|domani|stanotte|stasera) e il giorno(?! d)|si e salutat[oa]|non risponde|"
        r"addio|ammazzarsi|uccidersi|suicidarsi|vuole morire|non ce la fa piu)\b",
        unless=r"\b(?:arrampicata|campeggio|caccia|poligono|gioco|softair|paintball|acqua|"
        r"giocattolo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:non esce|non apre|si e chius[oa]|e chius[oa]|si e rinchius[oa]) (?:[\w']+ )"
        r"{0,3}?(?:dal|in|nel|nella|dalla) (?:bagno|camera|stanza))\b",
        about_others=True,
        needs=_PILLS + r"|\b(?:lametta|coltello|corda|pistola|veleno|vuole morire|non risponde)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:mi sono|mi ero|mi sto|mi) autolesion(?:at[oa]|ando|o|avo))\b",
    ),
)

_CHECK_IN_ROUND4: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>niente (?:migliorera|cambiera|andra meglio) mai|non (?:migliorera|cambiera) "
        r"mai (?:niente|nulla)|non mi interessa piu (?:niente|nulla)(?=\s*(?:$|[.,!?;]|di niente))|"
        r"a che (?:serve|servirebbe) (?:\w+ )?(?:impegnarsi|impegnarmi|sforzarmi|sforzarsi|provarci|"
        r"alzarmi|alzarsi|lottare)|mi sento (?:cosi )?vuot[oa](?=\s*(?:$|[.,!?;]|dentro|come|e\b))|"
        r"come se non esistessi)",
        negatable=False,
        unless=r"\b(?:partita|squadra|juve|inter|milan|esame|campionato|film|serie|politic\w*|"
        r"governo)\b",
    ),
)

# Round 5 (fresh3, weighted to children, means, third persons, plans, denials and recovery).
# A crisis that is over, told from a safe present, is not a crisis (see recovery.py): a short
# message with a streak ("oggi un anno senza tagli", "è una settimana che non mi taglio",
# "pulita da 2 mesi"), or a past crisis ("due anni fa ho tentato", "il mio ex mi picchiava",
# "da ragazzina") beside a safe present ("oggi sono felice di essere ancora qui", "fiera di
# me", "ora sto bene"), and no urge, relapse or fear anywhere, is read as empty.
_DURATION = (
    r"(?:\d+|un|una|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici|venti|trenta|"
    r"cento|mille|qualche|alcuni|alcune|tanti|tante|molti|molte) ?(?:giorni?|settiman[ae]|"
    r"mes[ei]|ann[oi])\b"
)
_OVER = (
    r"(?:tagli\w*|mi (?:taglio|tagliavo|faccio del male|ferisco|brucio)|autolesion\w*|farmi del "
    r"male|fatta del male|fatto del male|lamett\w*|sh|self ?harm|tentativ[oi]|pensieri (?:suicidi|"
    r"di morte)|crisi|ricadut\w*|penso (?:piu )?(?:a morire|al suicidio|di uccidermi)|"
    # Round 6: a wish to die no longer thought of.
    r"(?:a |di )?(?:morire|uccidermi|ammazzarmi|suicidarmi|farla finita))"
)
_RECOVERY = recovery(
    streak=(
        rf"\b{_DURATION} (?:\w+ ){{0,2}}?senza (?:\w+ ){{0,2}}?{_OVER}\b|"
        rf"\b{_DURATION} (?:\w+ )?(?:pulit[oa]|clean)\b|\b(?:pulit[oa]|clean) da (?:\w+ )?"
        rf"{_DURATION}|\b(?:e|sono|da) (?:\w+ )?(?:{_DURATION}|(?:tanto|molto) (?:tempo )?) ?che "
        rf"non (?:\w+ )?{_OVER}|\bnon (?:\w+ ){{0,2}}?{_OVER} (?:piu )?da (?:\w+ ){{0,2}}?"
        rf"(?:{_DURATION}|tanto|molto tempo)|"
        # Round 6: "giorno 90 senza farmi del male", "pulita dall'autolesionismo da 14 mesi",
        # "sono due anni che ho smesso di tagliarmi", "i pensieri suicidi per me sono finiti".
        rf"\bgiorno (?:n ?)?\d+ (?:\w+ )?(?:senza|pulit[oa]|clean)\b|"
        rf"\b(?:pulit[oa]|clean|liber[oa]) (?:da(?:l|ll'|lla|i|gli|lle) ?\w+ )da (?:\w+ )?"
        rf"{_DURATION}|"
        rf"\b(?:e|sono|da) (?:\w+ )?{_DURATION} ?che (?:ho smesso|ho chiuso|non \w+ piu) (?:di |"
        rf"con )?(?:\w+ )?{_OVER}|"
        rf"\b{_OVER},? (?:\w+ ){{0,3}}?(?:sono|e) (?:\w+ )?(?:finit[oaie]|passat[oaie]|acqua "
        rf"passata|un ricordo|alle spalle)\b"
    ),
    past=(
        r"\bann[oi] fa\b|\bmesi fa\b|\bl'anno scorso\b|\bda (?:ragazzin[oa]|ragazz[oa]|"
        r"adolescente|piccol[oa])\b|\badolescen\w*|\ba \d+ anni\b|\bquando ero\b|\bprima\b|"
        r"\bal liceo\b|\bex[ -]\w+|"
        r"\bil mio ex\b|\bla mia ex\b|\buscit[oa] dal (?:reparto|ospedale|ricovero)\b|\bho "
        r"(?:tentato|provato|pensato)\b|\bmi \w+(?:ava|eva|iva)\b|\bpensavo\b|"
        # Round 6: a year, "a lungo", "il giorno che", the anniversary of an attempt.
        r"\bnel (?:19|20)\d\d\b|\b(?:a lungo|per anni|per molto tempo)\b|\bho creduto\b|"
        r"\bil giorno (?:che|in cui)\b|\b(?:dal|dopo il|anniversario del) mio (?:\w+ )?"
        r"tentativo\b|\bvolevo\b"
    ),
    safe=(
        r"\be finita(?=\s*(?:$|[.,!]))|\britrovat[oa] (?:la )?voglia di vivere\b|\b(?:oggi|ora|"
        r"adesso|quest'anno),? (?:sono|ho|faccio|lavoro|vivo|mi godo|festeggio|studio|viaggio|"
        r"sorrido|corro)\b|\bmi sono rifatt[oa] una vita\b|\bche amo\b|"
        r"\bquanta strada\b|"
        r"\bfier[oa] di me\b|\b(?:felice|grat[oa]|content[oa]) di essere (?:ancora )?(?:qui|"
        r"viv[oa]|al mondo)\b|\b(?:oggi|ora|adesso) (?:\w+ )?(?:sto|sono) (?:\w+ )?(?:bene|meglio|"
        r"felice|seren[oa]|liber[oa]|in pace)\b|\bamo (?:la )?mia vita\b|\bla terapia (?:\w+ )?"
        r"(?:funziona|mi ha (?:salvat|aiutat)\w*)\b|\bho superato\b|\bne sono uscit[oa]\b|\be "
        r"passato\b|\bsto bene\b|\bce la sto facendo\b|\bniente piu crisi\b|"
        # Round 6: still here, alive thanks to, what the illness said, years after, milestones.
        r"\bsono ancora (?:qui|viv[oa]|in vita)\b|\bviv[oa] grazie a\b|\b(?:oggi|ora|adesso) so "
        r"che (?:era|erano|non e)\b|\bera la (?:depressione|malattia) a parlare\b|"
        rf"\b{_DURATION} (?:dopo|piu tardi)\b|\bho imparato a volermi\b|\bho appena (?:preso|"
        r"finito|iniziato|avuto)\b|\b(?:la mia|il mio) (?:terapeuta|psicolog[oa]|psichiatra) e "
        r"fier[oa]\b|\bil litio\b|\bporto la mia storia\b|\btestimonianz\w*"
    ),
    urge=(
        r"\b(?<!ritrovato la )(?<!ritrovata la )(?<!nessuna )voglia\b(?! di vivere)|\b(?:nessuna|"
        r"piu|senza) voglia di vivere\b|\b(?:peggio|a pezzi|distrutt[oa]|sol[oa](?! (?:un|una|uno|"
        r"per|che|di|a|il|la|lo|le|i|gli|dark|stanc\w*))|triste)\b|"
        r"\b(?:tentazion\w*|ricadut\w*|ricascat\w*|ricominciat\w*|tornat[aoie](?! (?:prima|a casa|"
        r"presto|dal lavoro|da scuola|in tempo))|tornano|"
        r"torna|di nuovo|un'altra volta|voglio|vorrei|per ora|ancora per poco|"
        r"non so perche|addio|(?<!non )penso (?:a|di|ancora|spesso)|ci "
        r"penso|ripenso|paura|(?<!che )non ce la faccio|non reggo|in mano|ma ora|ma adesso|pero "
        r"ora|ultimamente|in questi giorni|aiuto|stasera|stanotte|ieri sera)\b"
    ),
)
_TRUSTED = (
    r"(?:zio|patrigno|compagno di mia (?:mamma|madre)|cugino|nonno|vicino|signore|prof|"
    r"professore|allenatore|mister|animatore|catechista|prete|don|maestro|istruttore|autista|"
    r"baby-?sitter|uomo|adulto|tizio)"
)
_ROUND5: tuple[Rule, ...] = (
    # ---- DANGER: children
    rule(
        D,
        # A secret game, money for silence, "stay alone with me".
        r"\b(?P<core>(?:gioco|giochi|cosa|cose) (?:\w+ )?segret[oie]|segreto (?:tra noi|nostro)|"
        r"(?:mi|gli|le|ci) (?:da|dava|ha dato|regala|regalava|ha regalato) (?:dei |i |tanti )?soldi "
        r"per non (?:dire|dirlo|parlare|raccontare))\b",
        needs=rf"{_CHILD}|\b{_TRUSTED}\b|\b(?:\d{{1,2}} anni|allenamento|catechismo|oratorio|"
        r"spogliatoio)\b",
        unless=r"\b(?:sorpresa|regalo di compleanno|festa|babbo natale|caccia al tesoro|"
        r"nascondino|videogioco)\b",
        negatable=False,
    ),
    rule(
        D,
        # An adult who wants a child to stay alone with him, beside money, secrecy or touch.
        r"\b(?P<core>vuole che (?:\w+ )?(?:resto|resti|rimanga|rimango|stia) (?:\w+ )?da sol[oa] "
        r"con lui)\b",
        needs=r"\b(?:soldi|segret\w*|non (?:dire|dirlo)|tocca\w*|strano|strane|paura|\d{1,2} "
        r"anni|bacia\w*|coccole)\b",
        negatable=False,
    ),
    rule(
        D,
        # Beaten, object first ("il marito la riempie di botte"), or always bruised.
        r"\b(?P<core>(?:la|lo|li|le) (?:riempie|riempiva|ha riempit[oa]|massacra|massacrava|pesta|"
        r"pestava|gonfia|gonfiava|mena|menava|picchia|picchiava)(?: di botte)?|(?:sempre|pien[oa] "
        r"di|coperta di) lividi|occhio nero)\b",
        needs=r"\b(?:marito|compagno|ragazzo|fidanzato|padre|patrigno|vicin[oa]|sorella|madre|"
        r"mamma|amica|urla|urlare|sentiamo|ogni sera|sempre)\b",
        unless=r"\b(?:pallone|calcio|calcetto|pallavolo|basket|rugby|boxe|palestra|caduta|"
        r"cadut[oa]|porta|spigolo|gioco|partita)\b",
        about_others=True,
    ),
    # ---- SUICIDE: means
    rule(
        S,
        # Medicines bought in several pharmacies so that no one suspects.
        r"\b(?P<core>(?:in|da) (?:tre|due|quattro|varie|diverse|piu|\d+) farmacie|farmacie "
        r"diverse)\b",
        needs=r"\b(?:insospett\w*|sospett\w*|accorg\w*|notare|abbastanza|scatole|da parte|"
        r"accumul\w*)\b",
        unless=r"\b(?:introvabil\w*|esaurit\w*|mancava|mascherin\w*|tampon\w*|vaccin\w*|latte|"
        r"ricetta)\b",
    ),
    rule(
        H,
        # A relapse said without its object, beside what the streak was free of.
        r"\b(?P<core>ci sono ricascat[oa]|sono ricadut[oa]|ho avuto una ricaduta|ho ricominciato)\b",
        needs=r"\b(?:tagli\w*|lamett\w*|autolesion\w*|farmi del male|sh|rasoio)\b",
        negatable=False,
    ),
    rule(
        S,
        # High up, alone, and the moment has come.
        r"\b(?P<core>sono (?:\w+ )?(?:sul tetto|in cima|all'ultimo piano|sul ponte|sul "
        r"cornicione|sulla ringhiera|sul parapetto|sul bordo))\b",
        needs=r"\b(?:e il momento|e ora|nessuno mi vede|nessuno (?:\w+ )?intorno|sono pront[oa]|"
        r"saltare|salto|buttarmi|mi butto|addio)\b",
        unless=r"\b(?:foto\w*|tramonto|panorama|vista|festa|aperitivo|concerto|selfie|visita|"
        r"antenna|lavori)\b",
        neighbours=True,
    ),
    rule(
        S,
        # A train that does not slow down, and thinking of it.
        r"\b(?P<core>(?:ferrovia|binari|treno|regionale|intercity|frecciarossa|merci) (?:\w+ ){0,4}?"
        r"(?:non (?:rallenta|si ferma|frena)))\b",
        needs=r"\b(?:ci penso|penso|buttarmi|sdraiarmi|mi butto|coraggio|nessuno)\b",
        unless=r"\b(?:ritardo|sciopero|pendolar\w*|stazione di|biglietto)\b",
        neighbours=True,
    ),
    rule(
        S,
        # A belt or a rope tied to a handle, a hook, a beam, and tried.
        r"\b(?P<core>(?:cintura|corda|cavo|lenzuolo|sciarpa|laccio|cinghia))\b",
        needs=r"^(?=[\s\S]*\b(?:maniglia|gancio|trave|lampadario|ringhiera|porta|soffitto|"
        r"termosifone|tubo)\b)(?=[\s\S]*\b(?:regge|reggera|il mio peso|al collo|(?:provato|"
        r"vedere) se (?:regge|tiene))\b)",
        unless=r"\b(?:tenda|bucato|panni|amaca|altalena|arrampicata|cane|trasloco|decorazion\w*|"
        r"luci)\b",
    ),
    rule(
        S,
        # Shut in the car in the garage with the engine on.
        r"\b(?P<core>(?:motore|macchina|auto) accesa? (?:\w+ ){0,3}?(?:in|nel|dentro il) (?:garage|"
        r"box)|(?:in|nel|dentro il) (?:garage|box) (?:\w+ ){0,3}?(?:col|con il) motore acceso)\b",
        needs=r"\b(?:gas di scarico|tubo|addormentarmi|chiudermi|dormire|per sempre|non "
        r"svegliarmi)\b",
        unless=r"\b(?:meccanico|riparare|batteria|parcheggi\w*)\b",
    ),
    rule(
        S,
        # Letting oneself go down in water one cannot swim in.
        r"\b(?P<core>mi lascio (?:andare )?(?:giu|a fondo|affondare|annegare|trascinare)|tanto "
        r"non so nuotare)\b",
        needs=r"\b(?:lago|mare|fiume|acqua|stanotte|stasera|vado)\b",
        unless=r"\b(?:piscina|corso di nuoto|salvagente|braccioli|gita|vacanz\w*|imparare)\b",
    ),
    # ---- SUICIDE: someone else, plans, goodbyes
    rule(
        S,
        # "It would do us a favour if he disappeared", said by someone or by the writer.
        r"\b(?P<core>(?:farei|farebbe|faccio|farebbero) (?:a tutti |a voi |a loro |ci |vi )?un "
        r"favore (?:a|se) (?:sparire|spariss\w*|morire|moriss\w*|andarmene|andarsene|togliermi|"
        r"togliersi|non esserci|non ci fossi|non ci fosse)|(?:ci|vi|gli) farebbe un favore)\b",
        unless=r"\b(?:riunione|festa|cena|gruppo|squadra|turno)\b",
        about_others=True,
    ),
    rule(
        S,
        # Everything given away, and a goodbye.
        r"\b(?P<core>(?:regalato|dato via|regala|regalando) (?:\w+ )?(?:tutte le sue|tutta la sua|"
        r"tutti i suoi|tutte le mie|tutti i miei|le sue cose|la sua roba|le mie cose|la mia roba))\b",
        needs=r"\b(?:addio|non (?:ne )?(?:avra|avro) piu bisogno|non (?:gli|mi) serv\w*|per "
        r"sempre|ultima)\b",
        unless=_TRAVEL + r"|\b(?:cresciut\w*|piccol\w*|mercatino|armadio)\b",
        about_others=True,
        neighbours=True,
    ),
    rule(
        S,
        # Shut in the bathroom with a blade or pills.
        r"\b(?P<core>(?:si e |e |mi sono |sono )?chius[oa] (?:a chiave )?in (?:bagno|camera|"
        r"stanza))\b",
        needs=rf"\b(?:rasoio|lamett\w*|coltell\w*|forbici|corda|cintura|{_PILLS})\b",
        about_others=True,
    ),
    rule(
        S,
        # Wanting to join a dead parent, and medicines hidden.
        r"\b(?P<core>(?:vuole|vorrebbe|voglio|vorrei) raggiungere (?:\w+ ){0,2}?(?:in cielo|lassu|"
        r"in paradiso|dall'altra parte)|nasconde (?:\w+ )?(?:i |le )?(?:farmaci|pastiglie|pillole|"
        r"medicine|gocce|sonniferi))\b",
        needs=r"\b(?:raggiungere|morire|sparire|farla finita|stanc[oa] di vivere)\b",
        about_others=True,
        neighbours=True,
    ),
    rule(
        S,
        # The day and the place chosen, and waiting.
        r"\b(?P<core>scelto (?:\w+ ){0,2}?(?:il giorno e il posto|il posto e il giorno|il giorno e "
        r"l'ora|il ponte|il metodo)|(?:ho |ha )?deciso come e quando(?=\s*(?:$|[.,!;])))",
        unless=_TRAVEL + r"|\b(?:foto\w*|cena|gita|appuntamento|proposta)\b",
        about_others=True,
    ),
    rule(
        S,
        # A chosen day after letters, rent paid, a pet left.
        rf"\b(?P<core>{_DAY} (?:e|sara) il giorno)(?=\s*(?:$|[.!]))",
        needs=r"\b(?:lettere|lettera|affitto|gatto|cane|password|testamento|tutto pronto|"
        r"sistemato)\b",
        unless=_TRAVEL,
        neighbours=True,
    ),
    rule(
        S,
        # "At that hour it will all be over", beside a message scheduled.
        r"\b(?P<core>(?:sara|e) tutto finito)\b",
        needs=r"\b(?:programmato|messaggio|lettera|a quell'ora|per i miei|ai miei|addio)\b",
        unless=_TRAVEL + r"|\b(?:esami|lavoro|stagione|contratto|scuola|semestre)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Things cancelled or given away: "I will not need them any more".
        r"\b(?P<core>non (?:mi )?(?:serviranno|servira|serve|servono) piu)\b",
        # Two affairs closed, not one.
        needs=r"^(?=[\s\S]*?\b(?:disdetto|restituito|riportato|regalato|dato via|venduto|chiuso|"
        r"cancellato)\b[\s\S]*?\b(?:disdetto|restituito|riportato|regalato|dato via|venduto|"
        r"chiuso|cancellato)\b)",
        unless=_TRAVEL + r"|\b(?:cresciut\w*|piccol\w*|laurea\w*|diplom\w*|ho finito|cambiato|"
        r"nuov[oa])\b",
        neighbours=True,
    ),
    rule(
        S,
        # Things given away: "I will not need them any more".
        r"\b(?P<core>non (?:ne )?(?:avro|avrei) piu bisogno)\b",
        needs=r"\b(?:regalato|dato via|venduto|lasciato)\b",
        unless=_TRAVEL + r"|\b(?:cresciut\w*|piccol\w*|vecchi[eo]|laurea\w*|diplom\w*|ho finito|"
        r"cambiato|nuov[oa])\b",
        neighbours=True,
    ),
    rule(
        S,
        # When the guard makes his round on the bridge, and when no one is there.
        r"\b(?P<core>(?:guardiano|custode|vigilante|guardia|sorvegliante) (?:\w+ ){0,3}?(?:sul|"
        r"del|dal) (?:ponte|viadotto|tetto|palazzo|cavalcavia))\b",
        needs=r"\b(?:a che ora|nessuno|dopo l'una|dopo le|orari?o)\b",
        unless=r"\b(?:lavoro|turno|stipendio|colloquio)\b",
        neighbours=True,
    ),
    rule(
        S,
        # "Look after my cat", beside an apology or love.
        r"\b(?P<core>prendetevi cura (?:di|del|della|dei|delle))\b",
        needs=r"\b(?:scusa\w*|perdon\w*|vi voglio bene|ti voglio bene|addio)\b",
        unless=_TRAVEL + r"|\b(?:settimana|weekend|mentre|fino a)\b",
        neighbours=True,
    ),
)
_CHECK_IN_ROUND5: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>come se (?:non )?(?:contassi|valessi|esistessi) (?:nulla|niente|piu))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vorrei|voglio) (?:solo )?(?:addormentarmi|dormire) e (?:solo )?svegliarmi "
        r"(?:tra|fra|dopo) (?:\w+ ){0,2}?(?:anni|mesi))\b",
        negatable=False,
    ),
)

# Round 6 (fresh4, weighted to burden, goodbyes, means, plans, sexual coercion, children,
# third persons and phone spellings; denials and recovery on the everyday side).
_WATER = (
    r"(?:fiume|lago|mare|tevere|po|arno|adige|canale|naviglio|porto|molo|ponte|acqua|stasera|"
    r"stanotte|domani)"
)
_ROUND6: tuple[Rule, ...] = (
    # ---- DANGER
    rule(
        D,
        # Taken by force, or while asleep or drunk.
        r"\b(?P<core>mi (?:prende|prendeva|ha pres[oa]|prendono) (?:\w+ )?(?:con la forza|a forza|"
        r"di forza)|(?:mi )?(?:tocca|toccava|penetra|spoglia|scopa|prende|fa sesso con me|abusa di "
        r"me)\w* (?:\w+ ){0,3}?(?:mentre|quando) (?:io )?(?:dormo|dormivo|sono addormentat[oa]|ero "
        r"addormentat[oa]|sono ubriac[oa]|ero ubriac[oa]|piango|piangevo|sono svenut[oa]))\b",
        unless=r"\b(?:in braccio|per mano|il telefono|le chiavi|il telecomando|coperte|piumone)\b",
        negatable=False,
    ),
    rule(
        D,
        # Sextortion: pictures asked for under a threat of spreading others.
        r"\b(?P<core>mi (?:ricatta|ricattava|sta ricattando|minaccia|minacciava|sta minacciando)"
        r"[^.!?\n]{0,60}?\b(?:foto|video|nud[eoai]|nudes|intim\w*)|se non (?:gli|le) (?:mando|invio|"
        r"giro|faccio) (?:\w+ ){0,3}?(?:foto|video|nud[eoai]|nudes)[^.!?\n]{0,60}?\b(?:manda|"
        r"mandera|pubblica|pubblichera|diffonde|diffondera|fa girare|fara girare|posta|postera))\b",
        negatable=False,
    ),
    rule(
        D,
        # Drugged: something put in a drink, then a blank or pain.
        r"\b(?P<core>(?:essere|sono|stat[oa]|mi hanno|mi ha) (?:\w+ )?drogat[oa]|(?:messo|mess[oa]|"
        r"versato) (?:\w+ )?(?:qualcosa|roba|una pasticca|una pillola|della droga) nel (?:mio )?"
        r"(?:bicchiere|drink|cocktail|spritz|birra|bevanda))\b",
        needs=r"\b(?:non (?:mi )?ricordo|buco|vuoto|male|dolor\w*|svegliat[oa]|nud[oa]|senza "
        r"vestiti|tipo|tizio|uomo|casa sua|letto|ospedale|paura)\b",
        unless=r"\b(?:film|serie|cane|gatto|scherz\w*|di serie|di caffe|di lavoro)\b",
        negatable=False,
    ),
    rule(
        D,
        # A child: an adult online asking for pictures in underwear, for game money or gifts.
        r"\b(?P<core>(?:vuole|chiede|mi chiede|ha chiesto|insiste|vorrebbe) (?:\w+ ){0,3}?(?:foto|"
        r"video|selfie) (?:\w+ ){0,2}?(?:in mutande|nud[oaie]|senza vestiti|in costume|in intimo|"
        r"in reggiseno|del (?:mio )?corpo|sexy|in bagno))\b",
        needs=r"\b(?:signore|tizio|uomo|adulto|\d{2} anni|roblox|fortnite|minecraft|discord|robux|"
        r"v-?bucks|skin|regal\w*|ricarica|segreto|non dirlo|ho \d{1,2} anni)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        D,
        # A child: an adult who says not to tell the parents, beside an age gap or a meeting.
        r"\b(?P<core>(?:dice|ha detto|mi dice|mi ha detto|mi scrive|mi ha scritto) (?:di )?non "
        r"dir(?:lo|glielo|e niente) (?:ai miei|a mia (?:madre|mamma)|a mio (?:padre|papa)|ai miei "
        r"genitori|a mamma|a papa|a nessuno))\b",
        needs=r"\b(?:ha \d{2} anni|adulto|signore|uomo|tizio|conosciuto (?:su|in|online)|vuole "
        r"vedermi|incontrarci|vederci|ho \d{1,2} anni|io \d{1,2}|(?:ha|di) (?:[3-6]\d) anni)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        D,
        # Someone armed outside the door.
        r"\b(?P<core>(?:e|sta|c'e|si trova|aspetta) (?:\w+ )?(?:sotto casa|fuori (?:dalla|alla) "
        r"porta|davanti (?:a|alla) (?:casa|porta)|qui fuori|in cortile|sul pianerottolo|in "
        r"giardino|nel parcheggio))\b",
        needs=r"\b(?:coltell\w*|pistola|mazza|machete|fucile|spranga|ascia|accetta|arma)\b",
        unless=r"\b(?:film|serie|sogno|sognato|cucina|pane|tagliare|affilare)\b",
        negatable=False,
    ),
    # ---- SUICIDE
    rule(
        S,
        # Burden: my absence or death as their relief ("se sparissi avrebbero finalmente un po'
        # di pace").
        r"\b(?P<core>(?:se|quando|una volta che|il giorno che|il giorno in cui) (?:io )?(?:sparissi|"
        r"sparisco|sparisse|sparira|morissi|muoio|moriro|non ci fossi piu|non ci saro piu|non ci "
        r"sono piu|me ne andro per sempre|me ne andassi per sempre|non esistessi piu|non esistero "
        r"piu))\b",
        needs=r"\b(?:pace|respirare|respirerebbero|liber[oaie]|sollievo|meglio|tranquill[oaie]|peso "
        r"in meno|rifarsi|seren[oaie]|felic[ei]|favore|problemi in meno|spese in meno)\b",
        unless=r"\b(?:vacanz\w*|viaggio|erasmus|trasferi\w*|in pensione|dal lavoro|di casa|festa|"
        r"ufficio|trasloc\w*)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        # A death word as a favour or a solution ("farla finita sarebbe un favore a lei"); time
        # to go for good; "meglio che non ci sto più".
        r"\b(?P<core>(?:farla finita|morire|sparire|andarmene|uccidermi|ammazzarmi|togliermi di "
        r"mezzo|la mia morte) (?:\w+ )?(?:sarebbe|e|sara) (?:solo |davvero )?(?:un favore|un "
        r"sollievo|la soluzione|la cosa giusta|un regalo|meglio per tutti|l'unica)|(?:e ora|e il "
        r"momento|e tempo|e arrivato il momento) (?:che|di) (?:io )?(?:me ne vada|andarmene|"
        r"sparisca|sparire) (?:per sempre|definitivamente|da questo mondo)|meglio (?:che|se) (?:io )?"
        r"non ci (?:sto|sia|sono|saro|stessi) piu\b(?! (?:in|nel|nella|nei|su|sul|sulla|a|al|alla|"
        r"con|da|dentro|qui dentro)))\b",
        negatable=False,
    ),
    rule(
        S,
        # Goodbye: a letter found or read when I am no longer here.
        r"\b(?P<core>quando (?:\w+ ){0,2}?(?:trover\w+|legger\w+|aprir\w+),? (?:io )?(?:non ci "
        r"saro piu|saro gia (?:mort[oa]|lontan[oa])|me ne saro (?:gia )?andat[oa]))\b",
        negatable=False,
    ),
    rule(
        S,
        # Goodbye: things given away "where I'm going I won't need them".
        r"\b(?P<core>(?:dove|la dove) (?:sto andando|vado|andro),? (?:non )?(?:mi )?(?:serv\w+|ne "
        r"avro bisogno|ne ho bisogno))\b",
        needs=r"\b(?:regalat[oaie]|dat[oaie] via|lasciat[oaie]|ridat[oaie]|restituit[oaie])\b",
        unless=r"\b(?:vacanz\w*|viaggio|caraibi|mare|trasferi\w*|erasmus|estate|montagna|"
        r"campeggio|crociera|militare|convento)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        # Goodbye: hugging or greeting everyone one last time, beside another farewell.
        r"\b(?P<core>(?:salutar\w*|abbracci\w*|vedervi|sentirvi|dirvi|ringraziar\w*|salut\w*) "
        r"(?:\w+ ){0,2}?(?:un'ultima|l'ultima|per l'ultima) volta)\b",
        needs=r"\b(?:non e colpa (?:sua|tua|vostra|di nessuno)|addio|perdonatemi|perdonami|vi voglio "
        r"bene|ti voglio bene|non cercatemi|finisce|stanotte|stasera|per sempre|dite a|di' a)\b",
        unless=r"\b(?:trasloc\w*|trasferi\w*|partenza|erasmus|lavoro|ufficio|scuola|classe|"
        r"pensione|vacanz\w*|matrimonio|concerto|tour|gruppo|squadra|estero|aereo|volo)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        # Goodbye: a pet rehomed or things settled, and now I can go.
        r"\b(?P<core>(?:ora|adesso|finalmente) posso (?:andare|andarmene)(?: (?:in pace|"
        r"tranquill\w*|seren\w*))?)(?=\s*(?:$|[.!,;]))",
        needs=r"\b(?:cane|gatto|sistemato tutto|una casa per|lettera|lettere|addio|dopo di me|solo "
        r"dopo|non ci saro)\b",
        unless=r"\b(?:vacanz\w*|viaggio|partire per|aereo|volo|trasloc\w*|trasferi\w*|lavoro|"
        r"ufficio|palestra|bagno|letto|dormire|pensione|dog ?sitter|pensione per (?:cani|gatti))\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        # Means: medicines and "they should be enough".
        rf"\b(?P<core>{_PILLS})\b",
        needs=r"\b(?:bastino|basteranno|bastano|basterebbero|basterebbe|bastera|sufficienti|"
        r"dovrebbe(?:ro)? bastare|per non svegliarmi)\b",
        unless=r"\b(?:ricetta|medico|febbre|mal di (?:testa|denti|pancia)|influenza|raffreddore|"
        r"viaggio|vacanz\w*|scorta|inverno|settimana|dose|bastino per (?:il|la|tutta|una))\b",
    ),
    rule(
        S,
        # Means: stepping over a railing; lying down on the rails; stones in a backpack.
        r"\b(?P<core>scavalc\w* (?:\w+ ){0,2}?(?:ringhiera|parapetto|balaustra|protezione|muretto)|"
        r"(?:mi (?:sdraio|stendo|metto|sdraiero|mettero)|sdraiarmi|stendermi|mettermi) (?:\w+ )"
        r"{0,2}?(?:sui|sulle|sotto (?:il|al|un|alla|la)) (?:binari|rotaie|treno|regionale|"
        r"frecciarossa|intercity|metro|tram)|(?:zaino|tasche|borsa|cappotto|giacca) (?:\w+ )?"
        r"(?:pien[oaie]|riempit[oaie]|carich[oaie]) di (?:sassi|pietre|mattoni|pesi))\b",
        unless=r"\b(?:cancello|recinto|rete del campo|pallone|gatto|cantiere|concerto|foto|set|"
        r"film|plastico|modellino|spiaggia|collezione|giardino|acquario|trekking|palestra|"
        r"zavorra|pesca)\b",
    ),
    rule(
        S,
        # Means: a car driven into a pillar or a tree on purpose, "it will look like an accident".
        r"\b(?P<core>(?:punto|puntare|schiantarmi|mi schianto|andare a sbattere|vado a sbattere|"
        r"lanciarmi|mi lancio|finire|finisco) (?:\w+ ){0,3}?(?:contro )?(?:il|un|la|una|lo) "
        r"(?:pilone|albero|muro|guardrail|tir|camion|pilastro|spalletta|platano)|(?:nessuno sapra|"
        r"sembrera|sembrerebbe|penseranno (?:che sia|a)) (?:\w+ ){0,3}?(?:un )?incidente)\b",
        needs=r"(?:\b(?:macchina|auto|moto|autostrada|volante|incidente|stasera|stanotte|apposta|"
        r"di proposito|senza frenare)\b|\ba \d{3}\b)",
        unless=r"\b(?:quasi|per poco|ghiaccio|nebbia|ieri|patente|scuola guida|gioco|gta|"
        r"videogioco|fantacalcio)\b",
    ),
    rule(
        S,
        # Means: "where I'll jump" from a height, "no longer afraid to jump".
        r"\b(?P<core>(?:dove|da cui|da dove) (?:mi )?(?:butto|buttero|lancero|lancio|saltero|"
        r"salto)(?= (?:\w+ ){0,4}?(?:ci vado|venerdi|sabato|domenica|lunedi|martedi|mercoledi|"
        r"giovedi|stasera|stanotte|domani|solo andata)|\s*[,.]|\s*$)|non (?:ho|avro) piu paura (?:di|"
        r"a) (?:morire|buttarmi|farlo|saltare|farla finita|uccidermi|ammazzarmi|lanciarmi))\b",
        needs=r"\b(?:ponte|tetto|balcone|binari|treno|viadotto|scoglio|scogliera|rupe|dirupo|"
        r"burrone|palazzo|finestra|buio|vuoto|finita|morire|pastiglie|pillole|corda)\b",
        unless=r"\b(?:tuff\w*|piscina|bungee|paracadut\w*|d'estate|ogni estate|bagno|ragni|volare|"
        r"aereo|guidare|parlare|esame)\b",
        negatable=False,
    ),
    rule(
        S,
        # Plans: not spoiling a relative's celebration, a date set.
        r"\b(?P<core>(?:non (?:voglio|volevo|vorrei)|per non) (?:\w+ )?(?:rovinar\w*|guastar\w*))\b",
        needs=r"\b(?:sara il \d{1,2}|il \d{1,2}\b|ho deciso|e deciso|ho scelto|per sempre)\b",
        unless=r"\b(?:sorpresa|regalo|torta|dieta|vestito|trucco|meteo|pioggia|capelli)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        # Plans: two steps of calm logistics ("scritto le lettere, scelto il giorno").
        r"\b(?P<core>(?:scritto (?:le|delle|tutte le|una|la|il) (?:lettere|lettera|biglietto|"
        r"biglietti)|scelto (?:il giorno|la data|il posto|il modo|come)|messo in ordine (?:le )?"
        r"(?:mie )?cose|sistemato (?:tutto|le mie cose)|pagato (?:l'affitto|i debiti)|lasciato "
        r"(?:le )?password))\b[^\n]{0,120}?\b(?:scritto (?:le|delle|tutte le|una|la|il) (?:lettere|"
        r"lettera|biglietto|biglietti)|scelto (?:il giorno|la data|il posto|il modo|come)|messo in "
        r"ordine (?:le )?(?:mie )?cose|sistemato (?:tutto|le mie cose)|pagato (?:l'affitto|i "
        r"debiti)|lasciato (?:le )?password|stranamente (?:tranquill\w*|seren\w*|calm\w*)|nessuno "
        r"se ne accorgera)\b",
        unless=r"\b(?:matrimonio|compleanno|festa|trasloc\w*|viaggio|vacanz\w*|esame|colloquio|"
        r"curriculum|natale|babbo natale|san valentino|battesimo|laurea)\b",
        negatable=False,
    ),
    rule(
        S,
        # Plans: waiting for the others to sleep or leave, to take it all.
        r"\b(?P<core>aspetto (?:solo |soltanto )?che (?:\w+ ){0,3}?(?:si addormenti|dorma|dormano|"
        r"si addormentino|esca|escano|se ne vada|vadano via|sia fuori|parta|partano))\b",
        needs=r"\b(?:prendere tutto|prenderle tutte|farlo|farla finita|pastiglie|pillole|corda|"
        r"buttarmi|sono pronta|sono pronto|lametta|gocce)\b",
        unless=r"\b(?:uscire|festa|film|giocare|mangiare|sorpresa|regalo|fumare|chiamare|pulire|"
        r"play|serie)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        # Plans: a place where nobody will come looking, beside a means or a note.
        r"\b(?P<core>nessuno (?:\w+ )?(?:verra|verrebbe|potra|riuscira) a (?:cercarmi|trovarmi|"
        r"fermarmi)|nessuno mi (?:trovera|fermera|cerchera)|nessuno se ne accorgera (?:fino a|"
        r"prima di))\b",
        needs=rf"{_PILLS}|\b(?:corda|lametta|ponte|farla finita|tutte le|biglietto|lettera|"
        r"sistemato tutto|per sempre|addio)\b",
        unless=r"\b(?:nascondino|gioco|vacanz\w*|relax|ferie|weekend|spa|meditazione|studiare)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        # Phone: logging out of life.
        r"\b(?P<core>mi (?:disiscriv\w*|disconnett\w*|cancell\w*|sloggo|slogg\w*|scollego|"
        r"disattiv\w*) (?:\w+ )?(?:dalla vita|da questa vita|dal mondo|dall'esistenza))\b",
    ),
    rule(
        S,
        # "stasera mi uccido": a time and the act.
        r"\b(?P<core>(?:stasera|stanotte|domani|oggi|adesso|ora|tra poco|lunedi|martedi|mercoledi|"
        r"giovedi|venerdi|sabato|domenica) (?:io )?mi (?:ammazzo|uccido|suicido|impicco|tolgo la "
        r"vita))\b(?! (?:di|dal|dalle|dalla|dai|con|a|per|se)\b)",
        unless=r"\b(?:esame|interrogazione|verifica|compito|maturita|film|serie|ahah\w*|scherz\w*|"
        r"lol|risate|lavoro|studio|palestra)\b",
    ),
    rule(
        S,
        # "mi ammazzo" opening a message or a clause, beside despair.
        r"(?:^|[.!?] ?)(?:io )?(?P<core>mi (?:ammazzo|uccido|suicido|impicco))(?=\s*[,;.!]|\s*$)",
        needs=r"\b(?:non (?:sopporto|reggo|ce la faccio|ne posso)|questa vita|basta|voglio morire|"
        r"stanc[oa]|addio|nessuno|sol[oa]|odio la mia vita|sto male)\b",
        unless=r"\b(?:esame|interrogazione|verifica|compito|maturita|film|serie|ahah\w*|scherz\w*|"
        r"lol|inter|milan|juve|partita|squadra|traffico|caldo|freddo|lunedi)\b",
        negatable=False,
    ),
    rule(
        S,
        # Someone else who says he will shoot, hang or kill himself.
        r"\b(?P<core>(?:ha detto|dice|diceva|ha scritto|scrive|minaccia|giura|urla) (?:che )?"
        r"(?:stasera |stanotte |adesso |ora |oggi |domani )?(?:si (?:spara|sparera|ammazza|ammazzera|"
        r"uccide|uccidera|butta (?:giu|dal|sotto)|buttera (?:giu|dal|sotto)|impicca|impicchera|toglie "
        r"la vita|suicida|suicidera)|(?:di )?(?:spararsi|ammazzarsi|uccidersi|impiccarsi|"
        r"suicidarsi|togliersi la vita)))\b(?! (?:di lavoro|di studio|dal ridere|una serie|un film|"
        r"una maratona|tutta la serie))",
        unless=r"\b(?:serie|film|episodi|maratona|scherz\w*|ahah\w*|lol)\b",
        about_others=True,
    ),
)
_CHECK_IN_ROUND6: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>non vedo (?:piu |alcun |nessun )?(?:il )?senso (?:di|in|a|nel) (?:niente|nulla|"
        r"tutto|vivere|andare avanti|continuare|questa vita))\b",
        unless=r"\b(?:film|serie|riunione|esercizio|regola|legge|compito|gioco|partita)\b",
        negatable=False,
    ),
)

del D, S, H

_ORDER = {Concern.DANGER: 0, Concern.SUICIDE: 1, Concern.SELF_HARM: 2}

LANGUAGE = Language(
    code="it",
    crisis=tuple(
        sorted(
            _CRISIS + _MORE + _ROUND3 + _ROUND4 + _ROUND5 + _ROUND6,
            key=lambda each: _ORDER[each.concern],
        )
    ),
    check_in=_CHECK_IN + _CHECK_IN_ROUND4 + _CHECK_IN_ROUND5 + _CHECK_IN_ROUND6,
    shorthand=(*_SHORTHAND, _RECOVERY),
    subjects="io tu lui lei loro noi voi nessuno qualcuno tutti tutte ma perche quando se pero",
    first_person="io",
    # "Nessuno" is also a subject: "nessuno mi picchia" denies what follows it.
    negators=r"non|mai|neanche|nemmeno|neppure|nessuna|nessun|nessuno",
    doubt_after="so riesco smetto sapevo capisco posso",
    resisting_before="cerco cercando provo provando sforzo promesso prometto giurato giuro di a",
    history_after=r" ?(?:\w+ ){0,3}?(?:di nuovo|un.altra volta)\b",
    # "L'autolesionismo non fa per me", "ammazzarmi non è un'opzione", "neanche per sogno".
    denied_after=(
        r"\s*,?\s*(?:non|mai) (?:fa|ha fatto|fara|faceva) per me\b|\s*,?\s*non (?:e|e mai stat[oa]"
        r"|sara) (?:roba per me|da me|un'opzione|una opzione|un opzione|nei miei piani)\b|\s*,?\s+"
        r"(?:neanche|nemmeno|manco) per (?:sogno|idea|scherzo)\b"
        # Round 6: "ammazzarmi no, cambiare lavoro sì" (a contrast, not a question tag).
        r"|\s*,?\s*(?:no|manco mort[oa]|mai e poi mai)\b(?=\s*[,.;!]|\s*$)"
        # "buttarmi sotto un treno per un brutto voto? ma figurati": a short question, then no.
        r"|(?: [\w']+){1,5} ?\?+ ?(?:no\b(?!,? (?:non )?(?:scherzo|sto scherzando|davvero|"
        r"sul serio))|macche\b|ma figurati|ma scherzi|ma va\b|ma dai|"
        r"figurati|mai\b|neanche per sogno|nemmeno per sogno)"
    ),
    # "Non lo farei mai, ammazzarmi" (the comma would hide the denial from the clause).
    denied_before=r"\bnon (?:lo )?(?:farei|faro|faccio) mai\b|\bmai (?:lo )?(?:farei|faro)\b|"
    r"\bnessuna intenzione",
    # "Pensieri suicidi? No, per niente."; "... non fa per me" after any phrase.
    answered_no=(
        r"\s*\?+\s*(?:no(?! (?:so|lo so)\b)\b|nah\b|nope\b|per niente|per nulla|affatto|mai\b|"
        r"macche\b|"
        r"assolutamente no|zero\b|nessun\w*|ma (?:figurati|scherzi|va)\b|neanche\b|nemmeno\b)|"
        r"\s*,?\s*(?:non|mai) (?:fa|ha fatto|fara) per me\b"
    ),
    fiction=(
        r"\b(?:film|serie|libro|libri|romanzo|romanzi|capitolo|episodio|episodi|stagione|"
        r"personaggio|personaggi|protagonista|racconto|notizia|notizie|giornale|tg|telegiornale|"
        r"articolo|podcast|documentario|canzone|testo|anime|manga|videogioco|gioco|spettacolo|"
        r"teatro|tiktok|youtube|reddit|twitter|netflix|statistiche|studio|ricerca|campagna|"
        r"prevenzione|conferenza|true crime|fiction)\b"
    ),
)
