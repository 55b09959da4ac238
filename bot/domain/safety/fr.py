r"""Crisis-screen rules for French (see bot.domain.safety and its engine).

Rules are written against the normalised text: lowercase, accents removed ("étranglée" ->
"etranglee", "ça" -> "ca", "œ" -> "oe"). Phone spellings are expanded first ("jveux" ->
"je veux", "chui" -> "je suis", "jpp" -> "j'en peux plus", "g" -> "j'ai", "pk" ->
"pourquoi", "tt" -> "tout", "m'tuer" -> "me tuer"). Conjunctions ("et", "mais", "car",
"quand", ...) count as clause starts for negation, so "je dors plus et je veux mourir" is
not read as denied. Where a phrase starts with a common word, a `\s` stands for its space
("je\ssuis\s... violée", "si\sje\s"): it keeps that word out of the trigger words
derived from the rules (see triggers.py), so that the rarer word is the one looked for.

Decisions on the ambiguous cases
- Hyperbole: "mort de rire", "mdr", "je suis morte" (tired), "crevé(e)", "ça me tue", "tu me
  tues", "il va me tuer si j'arrive en retard", "ma mère va me tuer", "je me tue au
  travail", "plutôt mourir que d'aller à ce mariage", "mourir de honte/de chaud", "je vais le
  tuer" about a colleague, "se tirer une balle dans le pied", "se jeter à l'eau" are not
  flagged. "il va me tuer" is DANGER only beside a leaving/telling condition ("si je le
  quitte") or fear. The explicit "jvais me tuer", "j'ai envie de mourir", "me suicider" are
  flagged even with "lol" or "mdr".
- History: an own past attempt or past self-harm told bare ("j'ai fait une TS il y a deux
  ans", "je me taillais les bras") is flagged. Recovery (round 5, a product decision) is
  not: a crisis that is over, told from a safe present, in a short message with no urge,
  relapse or fear in it (see recovery.py and _RECOVERY below): a streak ("3 ans sans
  scarif", "ça fait 2 mois que je me suis pas scarifiée", "6 mois clean", "j'ai arrêté de
  me scarifier il y a un an") or a past crisis beside a safe present ("il y a un an j'ai
  fait une ts, aujourd'hui je suis contente d'être encore là", "mon ex me frappait, ...
  maintenant je revis"). A relapse or an urge now ("100 jours sans et j'ai recommencé ce
  soir", "j'y repense", "j'ai peur de rechuter") stays a crisis, and so does a denial that
  implies it again ("pas ... de nouveau"); "je me coupe plus" (no longer) is read as over.
  Another person's past death ("il s'est suicidé") is grief and is not flagged; someone at
  risk now ("elle veut se suicider") is.
- "tout le monde serait mieux sans moi", "si je meurs ce soir c'est pas grave", "je veux
  que tout s'arrête", "rejoindre mon père au ciel", "me unalive" are read as SUICIDE;
  "en finir" is SUICIDE alone or with "avec la vie/tout/moi", never with another object ("en
  finir avec ce schéma"); "mettre fin à" only with "mes jours/ma vie".
- "je me fais du mal" is SELF_HARM unless it is said of the heart ("en restant avec lui",
  "quand je repousse les gens", "moralement"), this bot's everyday theme.
- Check-in only (narrow): "envie de disparaître", "je suis un poids/fardeau", "à quoi bon"
  (alone or with "vivre/continuer/tout ça"), "j'en peux plus" (alone or "de tout"), "je sers
  à rien", "fatigué(e) de tout", "plus de force", "idées noires", "aucune issue", "j'ai peur
  de faire une connerie" (the usual euphemism). "je vais mourir" alone is hyperbole ("j'ai
  trop mangé, je vais mourir"); "je veux mourir" is not.

- Negation after the verb: French puts "pas"/"jamais" after a finite verb, which the
  engine (it reads negators before a phrase only) does not see; the self-harm verbs ("je me
  scarifie pas", "je me coupe pas") and "je pense pas au suicide" carry their own check.
  "j'arrive pas à m'empêcher de ..." is resisting, not a denial.
- Calm plans and means: a means word (cachets or a named medicine, corde/ceinture/câble,
  a gun at home, heights, rails, water) counts beside a cue of intent in the same sentence
  (a quantity or "suffira/assez/d'un coup", hoarding, "testé sur la porte", "j'y pense",
  "assez haut", "et ne plus remonter"), not beside a prescription, a cold, a trip or a
  film. Giving things away counts with "toutes mes affaires"/"souvenir de moi"/a pet "quand
  je serai plus là" (not baby clothes, books or toys); "le plan est prêt" with courage,
  "mon dernier jour" (not at work), "bientôt je serai plus là" (not with a trip), "vous
  serez débarrassés de moi", "sans moi ils seraient mieux", "ce serait si simple" beside a
  height, goodbye shapes ("si quelqu'un lit ça", "vous y êtes pour rien", "veillez sur
  maman", "ne m'oubliez pas", a letter for everyone) are SUICIDE.
- Danger also reads: hiding or locked in with him named ("il tape contre la porte"),
  "j'ose pas rentrer" with him waiting, a knife beside a threat, "il sait où j'habite"
  beside a threat, "il menace de me planter / de me prendre mon fils", money or papers
  kept, waking up undressed or remembering nothing after one drink, "quand même" after a
  no, and a child told to tell no one or that telling sends a parent to prison.

- Round 3 (a fresh round written before reading these rules): questions about a lethal dose
  or height ("combien de comprimés pour que ce soit mortel", "quelle dose est mortelle"),
  "je le ferai" beside a time when no one is home, "je me tue/pends/jette" beside a decision
  or a date (not "au boulot", not with "mdr"), "c'est la dernière fois que vous me voyez"
  at a sentence end, goodbye letters ("maman, c'est pas ta faute", "ceci est ma dernière
  lettre", "dites à papa que je lui en veux pas"), "ils auront plus à s'occuper de moi",
  "personne ne pleurerait si je mourais", rails beside "j'y pense"/a TGV and "je saute du
  8e" are SUICIDE. Danger adds sex "même quand je pleure / alors que je me débattais", "se
  sert de moi quand il veut", "disponible tous les soirs", being pinned down beside a
  refusal, "menacé de me planter/poignarder", a child's bruises beside fear or a
  disclosure, a child hungry or left alone for days, an adult online asking a child for
  pictures or secrecy. Self-harm adds blades kept at hand (pencil case, drawer), "j'en ai
  refait de nouvelles" beside scars, a past habit whose urge is back. Check-in adds "rien
  n'a plus de sens pour moi", "pourquoi je me lève", "perdu tout espoir", "à quoi ça sert de
  se battre", "tout me paraît vide", "au bout du rouleau", "je m'en fiche de ce qui
  m'arrive", "coquille vide". "juste disparaître un moment" stays unflagged (a break).
  Further wordings: glued phone verbs ("jpense", "jsens", "jdois" -> "je ..."), plural
  medicine names with "tous les prendre", "ce week-end je me tue", "j'arrête tout" beside
  despair (not social media or a job), "j'ai dit non mais il a pas arrêté", "mon prof m'a
  touchée" said alone (not "ton message m'a touchée", "la main"), "il nous frappe";
  check-in "je devrais pas exister", "désespérée" (not "de trouver un appart"). "le
  suicide c'est pas une option" is a denial; "un harceleur" is not read in a series.
  Drinking a household poison ("bu de la javel", not for cleaning, not a pet), "rouler
  contre un arbre", "il menace de prendre les enfants et de me tuer" (a longer gap before
  the threat) are read too.
- Denials: "jamais j'ai eu envie d'en finir" / "jamais je me ferais du mal" are moved into
  the engine's reach by the shorthand ("j'ai jamais", "je ne"); denied_after also reads
  "suicidaire ? non", "des idées suicidaires, j'en ai pas" and a clause-final "pas" ("il me
  frappe pas, ..." but not "pas mal", "pas souvent"). "envie de mourir" after a marathon,
  a workout or a session is hyperbole.

- Round 4 (fresh2, typed as on a phone): more spellings are expanded ("c le jour" -> "c'est
  le jour", "yaura" -> "il y aura", "quil"/"quelle voulait" -> "qu'il"/"qu'elle", "ma frappée"
  -> "m'a frappée" (only before a participle, so "ma plaquette" stays), "menferment" ->
  "m'enferment", "jexisterai" -> "j'existerai", "limpression" -> "l'impression"). SUICIDE
  adds a lethal-dose question ("combien de xanax pour que le coeur lâche", not a cold or a
  pet), being on a bridge or a roof beside "c'est haut"/looking down (not a view or a
  visit), rails beside a train's time (not a platform or a delay), a gun at home beside
  knowing the code or key, a rope or belt beside a beam or "tenir mon poids" (not a
  washing line being hung), walking into the sea "jusqu'à plus avoir pied", medicines
  "de toute la famille"/"y a de quoi faire", "je le fais" beside "tout est prévu", a
  decision or an empty house, a chosen day beside "il y aura personne", "je sais comment et
  quand" beside a decision, "je serai plus là"/"elle sera plus là"/"j'existerai plus" beside
  a time or a goodbye (not work, a trip, or leaving a group), "je pars ... et je reviendrai
  pas" (not a move abroad), the highest cliffs looked up, "si rien change je me tue",
  someone on a railing or a parapet (a window or roof only beside a height or silence),
  posts "d'adieu", "on se reverra pas" beside thanks (not "avant noël"), "mon dernier
  message" beside "désolé pour tout", "je m'en vais pour de bon". Self-harm adds "couper
  plus profond" (not cooking) and "s'est ouvert le bras". Danger adds an adult sending a
  child strange pictures or wanting them alone (beside an age or a coach, teacher, uncle),
  a cover story for bruises ("je dis que je suis tombée"), "se fait taper par sa mère",
  "crie au secours", a killing threat against another person with the knife ready, one
  drink then a blackout beside pain or waking up, "me laisse pas aller chez le médecin",
  "peur qu'il finisse par me tuer". Denials add "non je le fais pas" and a clause-final
  "non" ("triste oui, suicidaire non"). Check-in adds "je vois aucun avenir", "envie de
  rien", "jamais pouvoir en sortir", "personne me comprend".
  Further wordings: a running engine beside a closed garage or a pipe (not a repair),
  "dans deux jours ce sera terminé pour moi" beside a time or a method (not a job or a
  season), leaving "avant que tout le monde se réveille" with everything ready, a child
  told that telling sends a parent to prison or to a foster home, "me laisse sans manger",
  someone "parle de se tirer une balle", "prenez soin de maman pour moi" beside a goodbye
  (not a trip), locked in "avec une lame", "m'a forcée dans les toilettes". Denials: "non,
  il m'a pas touchée", "personne me frappe" ("personne" is a negator), "scarification:
  jamais", and a reported question answered no ("des idées suicidaires, j'ai dit non"),
  read only after those words, so an assault followed by "j'ai dit non" stays. (Round 5:
  "je me coupe plus depuis longtemps" is now read as recovery, not flagged.)
  Also: "avaler tout le flacon/toute la boîte" (not sweets), "me mettre sous le métro",
  "demain c'est fini" beside letters to everyone, things given away beside "je suis prête"
  (not a move), "fait mes adieux sans qu'ils comprennent", "le bon moment pour partir"
  beside an empty house (not a holiday), an adult who "me fait des choses la nuit" or
  "personne te croira" beside an abuser's words, an adult who wants to meet a child or
  tells them to say nothing to the parents (beside an age or "un homme"), "c'était cool de
  vous connaître"/"adieu les gars" (not a move, a job or a server), and "je saute pas du
  pont" (a "pas" right after the verb) as a denial. Further denials: "c'est pas comme si je voulais
  mourir" (moved into the clause by the shorthand), "zéro idée suicidaire", "me suicider,
  moi ? tu rigoles", "si on me frappait à la maison, non pas du tout", "ça m'arrive plus
  d'avoir des idées noires"; "me faire du mal" is read from "me", so "j'ai jamais eu envie
  de" before it is seen, and a "pas"/"jamais" inside it leaves it unmatched.
  Also: a hand under the skirt or on the buttocks beside a refusal, a stranger or a
  relative (not a partner at the cinema), "il en a profité" beside drink or sleep (not
  "profité pour"), waking with him "sur moi", an adult coming into the shower "quand je
  suis dedans" (a relative or an age named), "je vais sauter" beside despair or a height
  (not a diving board), "me faire sauter le caisson", someone's note "pardon" and then no
  answer (not "pardon pour hier"), "veut plus se réveiller" (not on Mondays), a young child
  with bruises and fear (not football), "dites à ma soeur que je l'aime" beside an apology,
  "ma dernière nuit" beside thanks (not a trip), medicines counted ("calculé combien de
  cachets", not a daily dose), a letter left for the parents beside "je pars ce soir" (not
  Mother's Day), "me met des claques". A stepfather or uncle who "est encore venu dans ma
  chambre cette nuit" beside secrecy or fear (not to say good night) is DANGER. Denials
  also read "jamais de la vie je ...", "je suis pas en train de dire que je veux ...", a
  short question answered "nan mais ça va pas"/"tu rigoles", and "m'a tapé l'épaule" is
  not read as a blow. Also: a knot or belt tested and "ça tient", pills taken by someone
  locked in or not answering, "repéré l'heure où le pont est désert" (not for photos), "un
  petit mot à chacun" beside "avant de partir".

- Round 5 (fresh3, written before reading these rules; families, not sentences):
  recovery as above. Children: an adult who comes to a child's bed or room beside secrecy,
  fear or an age; secrecy enforced by a threat ("si je parle elle partira à cause de
  moi"); someone who speaks for a child (a son, a little sister "de 6 ans") about a coach,
  a teacher, an uncle who kisses it, does "des trucs bizarres" or asks for secrets; a hand
  on the thigh from a teacher or to a child; an adult who wants to meet a child in secret
  or says the parents would not understand (beside an age, not said by the teen herself);
  a parent's threat made real by earlier blows ("la dernière fois j'ai saigné du nez", not
  "ma mère va me tuer" alone); a child locked in a cupboard or cellar for a night. Means:
  pills at hand and "je prends tout" (not a holiday kit), medicines bought in several
  pharmacies so no one notices, a hose for the car in the garage (not a repair), high up
  with "c'est le moment" or no one in sight (not a view), a belt tied to a shower rail or a
  handle and tested, stones in the pockets or walking into a river. Others: someone who
  says the family would be better off without him and is silent since, someone who has
  chosen and scouted the bridge, a neighbour with a black eye or "son mari la massacre",
  someone who burns himself with cigarettes, "qu'elle veut plus vivre" read in a child's
  diary (a diary is not fiction). Plans: a message scheduled for the parents with "le
  reste est réglé", things boxed with each name and "je suis prête", "vendredi ce sera
  fini" beside letters or rent paid, not wanting to spoil a child's birthday and then
  "pour de bon", the guard's round on the bridge, the phone's code left in an envelope,
  appointments cancelled "j'en aurai plus besoin", "dimanche c'est la date" with a reason
  chosen, "adieu" ending a message beside love or sorry. Danger also: held under water, a
  picture of one's door sent by an ex. Self-harm: "je me fais des entailles". Check-in:
  "plus rien me fait envie", "à quoi ça sert de faire des efforts", feeling a ghost
  nobody sees. Spared: "c'est à se tirer une balle" (so dull), "un mari violent" in a
  novel ("violent" is not "ils la violent"; "bouquin" is fiction), "pas d'idées noires",
  "il me caressait les cheveux" (tenderness), "je ne ferais jamais ça, me suicider".

- Round 6 (fresh4, written before reading these rules; weighted to denials and recovery on
  the everyday side). Denials: spoken French drops "ne", so "je pense plus à mourir", "j'ai
  plus envie d'en finir" get it back in the shorthand and are read as denied ("je pense plus
  qu'à mourir", nothing but, is SUICIDE; "je veux plus vivre" stays); a question answered
  after up to five words ("me foutre en l'air pour un partiel ? jamais de la vie"); a
  reported question about dark thoughts answered no also spares the check-in; someone
  else's fear told as wrong in the same sentence ("ma mère croit que je vais me suicider
  ..., je suis juste gothique", "... mdr"); "me pendre si j'entends encore cette chanson
  mdr" (a trivial thing again beside a laugh) is hyperbole. A box of medicine fetched at the
  pharmacy is not "caché" ("cachets" no longer reads as hiding). Recovery widened: a year
  ("en 2019"), "pendant/j'ai longtemps", "le jour où", the anniversary of an attempt for the
  past; "je suis (encore) en vie / vivant grâce à", "j'adore ma vie", "c'était la dépression
  qui parlait", a milestone ("je viens d'avoir mon permis"), "suivie depuis", "4 ans après",
  "maintenant je profite", "cette année je fête",
  testifying, "ma psy est fière" for the present; streaks "jour 90 sans", "clean de X
  depuis", "ça fait deux ans que j'ai arrêté de", "X c'est fini pour moi depuis", and a wish
  to die no longer thought of; "envie de vivre", "repris contact" are no urge, while "plus
  pour longtemps", "je sais pas pourquoi", "adieu", "tout à l'heure" are. SUICIDE adds: my
  absence or death as their relief ("le jour où je disparais ils pourront enfin respirer",
  "ma mort lui rendrait service", "le mieux que je puisse faire pour eux c'est de plus
  exister"; not a holiday or retirement), a strong farewell ("une dernière fois", "ne m'en
  voulez pas", "j'ai fait mon temps", "c'était pas sa faute") beside another farewell word
  (not a move or a new job), stepping over a railing of a height, stones in the pockets or
  a bag beside water, a car driven into a pillar or a tree beside speed or intent (not
  ice, "failli"), waiting until after a relative's celebration beside "tout calé", two
  steps of calm logistics ("écrit les lettres, choisi le jour", "étrangement calme"), a
  scouted cliff or bridge beside a day, waiting for the others to sleep beside the act,
  logging out of life ("me déco de la vie", not "sociale"), someone's photo of pills beside
  a goodbye, starred spellings ("sui**de"), "tout les cachets". DANGER adds: taken by force
  or while asleep (not "dans ses bras"), cornered in a storeroom or a job threatened for
  telling beside touching, a child's adult with strange cuddles or wanting the child alone
  with him. SELF_HARM adds: a relapse now beside self-harm (not cigarettes), an urge to do it
  again beside a past attempt, a streak and "mais ce soir j'ai envie". Check-in adds "je vois
  plus l'intérêt de rien", "j'attends plus rien de la vie", "tannée de vivre". Left out:
  "juste disparaître un moment" stays unflagged (round 3's decision); "clean de
  l'automutilation depuis 14 mois" is still read by the German and Portuguese rules (an
  engine matter: a recovery line emptied by French is not a witness for the others).

Out of reach: indirect plans with no means, place cue or death word ("ce soir tout sera
fini", "demain je vais aux falaises"), post-verb
negation on verbs other than those above, and threats or abuse described only through
context; the screen reads wordings, not situations. Recovery told in a long message, or
beside any word of urge or fear ("j'ai peur de rechuter"), stays flagged (the rule errs
toward a crisis); another language's rules may still read a French recovery message in
their own words ("1 an sans automutilation" is read by the German rules). Measured on
fresh wordings written after each round of rules, recall was 30-60% before that round's
fixes (round 5: 41%): new phrasings keep appearing, so these rules are a net, not a
guarantee.
"""

from __future__ import annotations

from bot.domain.safety.engine import Concern, Language, Rule, rule
from bot.domain.safety.recovery import recovery

__all__ = ["LANGUAGE"]

_SHORTHAND: tuple[tuple[str, str], ...] = (
    (r"\bj ?veu[xt]?\b|\bj'veu[xt]?\b", "je veux"),
    (r"\bj ?vai[se]?\b|\bj'vai[se]?\b|\bjvé\b|\bjve\b", "je vais"),
    (r"\bj ?peu[xt]?\b|\bj'peu[xt]?\b", "je peux"),
    (r"\b(?:chui[se]?|chuis|shui|jsui[sz]?|j'sui[sz]?)\b", "je suis"),
    (r"\bj ?me\b|\bj'me\b", "je me"),
    (r"\bj ?m'", "je m'"),
    (r"\bj ?pp\b|\bjpeux plus\b", "j'en peux plus"),
    (r"\bj ?sp\b|\bjsais pas\b|\bjsai pa\b", "je sais pas"),
    (r"\bj ?sais\b", "je sais"),
    (r"\bj(?:ai|é)\b|\bg\b", "j'ai"),
    (r"\bj(?:en|an)\b", "j'en"),
    (r"\bj ?(?:ten|t'en)\b", "je t'en"),
    (r"\bmtuer\b", "me tuer"),
    (r"\ben lair\b", "en l'air"),
    (r"\bmsuicider\b", "me suicider"),
    (r"\bpa\b", "pas"),
    (r"\bp[kq]\b|\bpourkoi\b|\bpk\b", "pourquoi"),
    (r"\bt(?:t|te|ts|ou)\b", "tout"),
    (r"\bvrm(?:n)?t\b|\bvraimen\b", "vraiment"),
    (r"\bq(?:d|nd)\b|\bkan\b", "quand"),
    (r"\bds\b", "dans"),
    (r"\bpr\b", "pour"),
    (r"\bk(?:e|oi)\b", "que"),
    (r"\btjr?s?\b", "toujours"),
    (r"\btro\b", "trop"),
    (r"\bplu\b", "plus"),
    (r"\bj ai\b", "j'ai"),
    (r"\bj en\b", "j'en"),
    (r"\bjvx\b|\bjv\b(?= (?:mourir|crever|me|en finir|disparaitre)\b)", "je veux"),
    (r"\bveu\b", "veux"),
    (r"\bpendr\b", "pendre"),
    (
        r"\bj'?(pense|pensais|crois|sens|dois|fais|vois|trouve|comprends|arrive|aime|deteste|hais|"
        r"regarde|reve|prends|mange|dors|pleure|tiens|supporte|ressens|voudrais|voulais|prefere|"
        r"devrais|merite|sers)\b",
        r"je \1",
    ),
    # A denial put first ("jamais j'ai eu envie d'en finir") moves after its subject, where
    # the engine reads it.
    (r"\bjamais,? (j'ai|j'avais|j'aurais|j'en ai|j'y ai|je me suis|je me serais)\b", r"\1 jamais"),
    (r"(?<!plus )\bjamais,? je\b(?! (?:ne|n'))", "je ne"),
    (r"\bjamais de la vie,? je\b(?! (?:ne|n'))", "je ne"),
    # "je suis pas en train de dire que je veux mourir", "je dis pas que je veux ...".
    (r"\b(?:pas en train de dire|(?:dis|dit) pas) (?:que |qu')(je |j')", r"dis que \1ne "),
    (r"\bs[u*][i!1*]?c[i!1*]d(?=e|\b)", "suicid"),
    (r"\bs(?:ui|iu|u)s?[cs]i[dt]e?\b", "suicide"),
    (r"\bs(?:ui|iu|u)s?[cs]ide?r\b", "suicider"),
    (r"\bsuicidaire?s?\b|\bsuicidere\b", "suicidaire"),
    (r"\bscarif\b", "scarification"),
    (r"\bpr(?:c|k)\b|\bpcq?\b|\bpsk\b", "parce que"),
    (r"\bnn\b", "non"),
    (
        r"\bpu\b(?= (?:vivre|envie|la force|de force|rien|jamais|capable|personne|le courage|me|m'))",
        "plus",
    ),
    # Round 4 (fresh2): more phone spellings.
    (
        r"\bc\b(?= (?:le|la|les|l'|un|une|mon|ma|mes|pas|trop|vraiment|quoi|fini|decide|bon|"
        r"que|qu'|tout|plus|ca|sur|juste|notre|leur|ce|cette|si|tellement|grave|dur|haut|"
        r"mort|la fin|ma faute|pas ta faute|pas sa faute)\b)",
        "c'est",
    ),
    (r"\by'?aura\b", "il y aura"),
    (r"\bcest\b", "c'est"),
    # "c'est pas comme si je voulais mourir": the denial moves into the clause.
    (r"\b(?:c'est |ce n'est |c est )?pas comme si (je|j'ai|j'avais) ", r"comme si \1 ne "),
    (
        r"\bzero (idees?|pensees?|envie) (suicidaires?|noires|de (?:mourir|me tuer|me suicider|"
        r"en finir|crever))\b",
        r"aucune \1 \2",
    ),
    (r"\bcetait\b", "c'etait"),
    (r"\by'?a (?=(?:de quoi|personne|plus|rien|aucun|aucune)\b)", "il y a "),
    (r"\bquil(s?)\b", r"qu'il\1"),
    (
        r"\bquelle(s?)\b(?= (?:voulait|veut|va|allait|voudrait|avait|a|est|etait|s'est|se|me|"
        r"m'|ne|n'|pense|disait|sera|serait|ferait|fait|m'a|l'a|allait|pouvait|en)\b)",
        r"qu'elle\1",
    ),
    (
        r"\b(m|t|s)a (?=(?:(?:encore|deja|de nouveau|aussi|souvent|meme) )?(?:(?:frapp|pouss|gifl|viol|touch|etrangl|cogn|menac|forc|enferm|"
        r"agress|plaqu|drogu|secou|oblig|insult|attach|brul|laiss|envoy|montr|avou|demand|"
        r"empech|jet|tir)(?:e|ee|es|ees)|battue?|mordue?|dit|ecrit|promis|mis|interdit|"
        r"tapee?s?(?! (?:l'epaule|sur l'epaule|dans le dos|la main|dans la main|la bise)))\b)",
        r"\1'a ",
    ),
    (
        r"\bm(enferm|envoi|envoy|oblig|attach|insult|etrangl|ecras|embrass|emmen|appel|arrach|"
        r"engueul|humili|ignor|isol|interdi|empech|explos|etouff)(\w*)",
        r"m'\1\2",
    ),
    (
        r"\bj(existe\w*|existerai\w*|ecri\w*|entend\w*|avais|aurai\w*|etais|etait|habite\w*|"
        r"envoie\w*|attend\w*|ecoute\w*|espere\w*|essaie\w*|essaye\w*|imagine\w*|appelle\w*|"
        r"ose\w*|irai|y|etouffe|avale\w*|ouvre\w*)\b",
        r"j'\1",
    ),
    (r"\bl(impression|intention|envie|eau|ecole|hopital|autre)\b", r"l'\1"),
    (r"\bd(etre|avoir|aller|en finir)\b", r"d'\1"),
    # Round 6 (fresh4): letters starred out ("sui**de", "s**cider"); "tout les" for "tous
    # les"; a glued "jenjambe".
    (r"\bs[ui*!1]{0,3}\*[ci*!1]{0,3}d(?=e|er)", "suicid"),
    (
        r"\btout (les|mes|ses)\b(?= (?:\w+ )?(?:cachets|comprimes|medocs|medicaments|pilules|"
        r"gelules|boites|plaquettes|somniferes|lames)\b)",
        r"tous \1",
    ),
    (r"\bj(enjamb\w*)\b", r"j'\1"),
    (r"\bj ?(serai|serais|etais)\b(?= (?:morte?|partie?|plus|pas|la)\b)", r"je \1"),
    # Spoken French drops "ne", so "je pense plus à mourir", "j'ai plus envie
    # d'en finir" (no longer) get it back and the engine reads the denial; "je pense plus
    # qu'à mourir" (nothing but) is left alone, and so is "je veux plus vivre".
    (
        r"\bje (pense|songe|reve|veux|voudrais|cherche) plus (?!que\b|qu')(?=(?:jamais )?(?:a |au |"
        r"de |d')?(?:mourir|me tuer|me suicider|en finir|crever|la mort|suicide|me faire du mal|"
        r"me couper|me scarifier)\b)",
        r"je ne \1 plus ",
    ),
    (
        r"\bj'(ai|avais) plus (?=(?:jamais )?(?:d'|l'|les |des |aucune )?(?:envie|envies|idees?|"
        r"pensees?) (?:de |d')?(?:mourir|me tuer|me suicider|en finir|crever|me faire du mal|"
        r"me couper|me scarifier|noires|suicidaires)\b)",
        r"je n'\1 plus ",
    ),
    # Someone else's fear told as wrong: "ma mère croit que je vais me suicider parce que je
    # m'habille en noir, je suis juste gothique" (a correction in the same sentence).
    (
        r"\b((?:croit|croient|pense|pensent|s'imagine|s'imaginent|est persuadee?|sont persuades|"
        r"a peur|ont peur|s'inquiete|s'inquietent) (?:que |qu'))(je |j')(?=[^.!?\n]{0,80}?(?:\bje "
        r"suis (?:juste|seulement|simplement)\b|\bc'est juste\b|\balors que\b|\bn'importe quoi\b|"
        r"\bmais non\b|\bmais c'est faux\b|\bn'importe quoi\b|\bmdr\b|\bptdr\b|\blol\b))",
        r"\1\2ne ",
    ),
    # Hyperbole: "jvais me pendre si j'entends encore cette chanson mdr" (a trivial thing
    # again, beside a laugh) is left unread.
    (
        r"\b(?:me|m') (?:pendre|tuer|suicider|foutre en l'air|tirer une balle|jeter par la "
        r"fenetre|defenestrer)(?= si (?:j'entends|je (?:dois|vois|revois|reentends|refais|relis)|"
        r"il faut|on me|il me|elle me|ils me|le prof) (?:\w+ ){0,2}?(?:encore|une fois de plus|"
        r"re\w+)\b[^.!?\n]{0,60}?(?:\bmdr\b|\bptdr\b|\blol\b|\bxd\b|😂|🤣|😅|🙄|😩))",
        "me lasser",
    ),
)

# --- recovery (round 5) --------------------------------------------------------------------
# A crisis that is over, told from a safe present, is not a crisis (see recovery.py): a short
# message with a streak ("3 ans sans scarif", "ça fait 2 mois que je me suis pas coupée",
# "6 mois clean"), or a past crisis ("il y a un an", "avant je me brûlais", "mon ex me
# frappait") beside a safe present ("fière de moi", "contente d'être encore là", "je revis",
# "maintenant ça va mieux"), and no urge, relapse or fear anywhere, is read as empty.
_DURATION = (
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|"
    r"trente|cent|quelques|plusieurs|des) ?(?:jours?|j|semaines?|mois|ans?|annees?)\b"
)
_OVER = (
    r"(?:(?:me |m')?(?:scarif|coup|mutil|bless|brul|taillad|entaill)\w*|scarification|sh|"
    r"self ?harm|automutil\w*|(?:me |m')?(?:faire|fait|fais) (?:du |de )?mal|lames?|cutter|ts|"
    r"tentatives?|(?:idees?|pensees?) (?:noires|suicidaires?)|crises?|rechutes?|"
    # Round 6: a wish to die that is no longer thought of ("je pense plus à mourir").
    r"(?:a |de |d')?(?:mourir|me tuer|me suicider|en finir|la mort|au suicide|le suicide))"
)
_SINCE = (
    rf"(?:{_DURATION}|longtemps|la therapie|le lycee|l'hp|l'hopital|janvier|fevrier|mars|avril|"
    r"mai|juin|juillet|aout|septembre|octobre|novembre|decembre|l'ete|l'hiver|noel|la rentree|"
    r"\d{4})"
)
_RECOVERY = recovery(
    streak=(
        rf"\b{_DURATION} (?:\w+ ){{0,2}}?(?:sans|loin de) (?:\w+ ){{0,2}}?{_OVER}\b|"
        rf"\b{_DURATION} (?:\w+ )?(?:clean|sobre)\b|\b(?:clean|sobre) depuis\b|"
        rf"\b(?:ca fait|cela fait|voila|depuis|il y a) (?:pile |deja |presque |plus de )?"
        rf"{_DURATION} (?:\w+ )?(?:que|qu') ?(?:je |j')(?=[^.!?\n]{{0,40}}?\b(?:plus|pas|"
        rf"jamais|arrete|cesse|stoppe)\b)(?![^.!?\n]{{0,40}}?\bplus (?:que|qu'))"
        rf"[^.!?\n]{{0,40}}?\b{_OVER}\b|"
        # Round 6: "jour 90 sans me faire de mal", "clean de l'automutilation depuis 14 mois",
        # "les idées suicidaires c'est fini pour moi depuis longtemps".
        rf"\b(?:jour|jours|semaine|mois) (?:n ?)?\d+ (?:\w+ )?(?:sans|loin de|clean)\b|"
        rf"\b(?:clean|sobre|libre) (?:de |du |d')(?:[\w']+ ){{0,2}}?depuis\b|"
        rf"\b{_OVER},? (?:\w+ )?(?:c'est|c'etait|sont|ont) (?:\w+ )?(?:fini|finies|termine\w*|"
        rf"du passe|derriere moi|de l'histoire ancienne)\b|"
        rf"\b{_OVER} (?:\w+ ){{0,2}}?(?:plus|pas) depuis (?:\w+ ){{0,2}}?{_SINCE}|"
        rf"\b(?:plus|pas|jamais|plus de|pas de|aucune?) (?:\w+ )?{_OVER}\b(?=[^.!?\n]{{0,30}}?\b"
        rf"(?:ca fait|cela fait|depuis) (?:\w+ )?{_SINCE})|"
        rf"\b(?:arrete|cesse|stoppe) (?:de |d')?{_OVER}\b[^.!?\n]{{0,20}}?\b(?:il y a|depuis) "
        rf"(?:\w+ ){{0,2}}?{_SINCE}"
    ),
    past=(
        r"\bil y a (?:\w+ ){0,2}?(?:ans?|annees?|mois)\b|\bl'(?:an|annee) (?:dernier|derniere|"
        r"passee?)\b|\ba \d+ ans\b|\bquand j'etais\b|\bado\b|\badolescen\w*|\bplus jeune\b|"
        r"\bavant\b|\bautrefois\b|\ba l'epoque\b|\bau (?:lycee|college)\b|\bmon ex\b|\bmon "
        r"ancien\b|\bancienne?\b|\bsortie? de l'(?:hp|hopital|clinique)\b|\bj'ai (?:voulu|fait|"
        r"essaye|tente|survecu)\b|\bje (?:me |m')?\w+ais\b|"
        # Round 6: a year, "longtemps", the anniversary of an attempt.
        r"\ben (?:19|20)\d\d\b|\b(?:j'ai|pendant) longtemps\b|\ble jour (?:ou|de)\b|"
        r"\b(?:depuis|anniversaire de) (?:ma|mon) (?:tentative|ts|hospitalisation)\b|"
        r"\b(?:ca fait|ca faisait|cela fait|voila) (?:\w+ )?(?:ans?|annees?|mois)\b|"
        r"\b(?:il|elle) (?:me |m')\w+ait\b|\bpendant "
        rf"{_DURATION}"
    ),
    safe=(
        r"\bfiere? de moi\b|\b(?:contente?|heureuse?|heureux|reconnaissante?|soulagee?|fiere?) "
        r"d'(?:etre|avoir) (?:encore |toujours )?(?:la|en vie|vivante?|ici|tenu|survecu|arrete)\b|"
        r"\bje revis\b|\bguerie?\b|\bj'en suis sortie?\b|\bje m'en suis sortie?\b|\bc'est "
        r"(?:derriere moi|du passe|bien fini|fini tout ca)\b|\bc'est fini(?=\s*(?:$|[.,!]))|"
        r"\b(?:ca|tout) va (?:beaucoup |tellement |vraiment |bien )?mieux\b|"
        r"\b(?:aujourd'hui|maintenant|desormais|enfin|cette annee),? (?:je (?:suis|vais|me sens|vis|"
        r"travaille|profite|fete|respire|souris|voyage|bosse|etudie|cours)|ca va|tout va|j'ai)\b|\b(?:j'|je )aime (?:ma|la) vie\b|\bque (?:j'|je )aime\b|\bje me sens (?:enfin |"
        r"tellement )?(?:moi|bien|vivante?|libre)\b|\bla therapie (?:\w+ )?(?:marche|fonctionne|"
        r"m'a (?:sauvee?|aidee?))\b|\bplus (?:jamais )?d'idees noires\b|\bje suis heureuse?\b|"
        r"\bje vais bien\b|\b(?:refait|reconstruit) ma vie\b|\bretrouve (?:le )?gout a la vie\b|"
        r"\bchemin parcouru\b|\bje suis toujours la\b|"
        # Round 6: alive thanks to someone, loving one's life, what was the illness talking,
        # a milestone now, years after, telling one's story to others.
        r"\bje suis (?:encore |toujours )?(?:vivante?|en vie)\b|\b(?:vivante?|en vie) grace a\b|"
        r"\b(?:j'|je )(?:adore|kiffe|savoure) (?:ma|la) vie\b|\bc'etait la (?:depression|"
        r"maladie|douleur) qui parlait\b|\bje viens d'(?:avoir|obtenir|decrocher|signer|"
        r"reussir)\b|\b(?:suivie?|soignee?|accompagnee?) depuis\b|"
        rf"\b{_DURATION} (?:apres|plus tard)\b|\btemoign\w*\b|\bfiere? (?:de moi )?(?:pis|et) "
        r"moi aussi\b|\b(?:ma|mon) psy (?:est|etait) fiere?\b"
    ),
    urge=(
        # "plus envie de mourir" is over; "plus envie de vivre" is not.
        r"\b(?<!plus )(?<!aucune )(?<!pas )envie\b(?! de (?:vivre|continuer|avancer|profiter|le "
        r"dire|partager|feter|celebrer|remercier|le crier))|"
        r"\bplus pour longtemps\b|\bpour (?:l'instant|le moment)\b|\bmalheureusement\b|"
        r"\badieu\b|\bne me cherchez pas\b|\bje sais (?:pas|plus) pourquoi\b|\btout a l'heure\b|"
        r"\bje viens de (?:prendre|avaler|me)\b|\b(?:plus|aucune|pas) envie de (?:vivre|rien|"
        r"exister|continuer)\b|"
        r"\b(?:tentations?|recommenc\w*|rechut\w*|replong\w*|craqu\w*|reviens|revient|"
        r"reviennent|revenue?s?|de retour|repris(?! (?:contact|le sport|le travail|le boulot|"
        r"les cours|mes etudes|confiance|gout|espoir|ma vie|des forces|le dessus))|"
        r"refait(?! ma vie)|de nouveau|a nouveau|peur|"
        r"repense\w*|ces temps-ci|ces jours-ci|sauf que|pourtant|hier soir|la nuit derniere|au "
        r"secours|urgence|help|fond du trou|deprim\w*|perdue?|vide|pire)\b|\bencore (?:envie|une "
        r"fois|fait|coupe\w*|scarifi\w*|brule\w*)\b|"
        r"\bj'y (?:re)?pense\b|\bje (?:re)?pense (?:a|au|encore|souvent|tout le temps)\b|"
        r"\bje (?:veux|voudrais|vais (?:me|m'|le|recommencer|craquer))\b|\bj'aimerais\b|"
        r"\bje (?:tiens|peux) plus\b|\bj'en peux plus\b|\ba bout\b|\bplus la force\b|\bje sais "
        r"pas si je\b|\bdans (?:ma|la) main\b|\baide[ -]moi\b|\bmais (?:la|ces|depuis|ce soir|"
        r"cette nuit|aujourd'hui j'ai)\b|\bje (?:suis|me sens) (?:\w+ )?(?:mal|seule?|triste|a bout)\b"
    ),
)

# --- building blocks ---------------------------------------------------------------------

_RELATION = (
    r"(?:copain|copine|mec|meuf|mari|femme|epoux|epouse|conjoint|conjointe|compagnon|"
    r"compagne|ex|pere|mere|papa|maman|beau-pere|beau-mere|beau pere|belle-mere|beaupere|"
    r"frere|soeur|demi-frere|oncle|tante|cousin|cousine|grand-pere|parrain|fils|fille|"
    r"patron|chef|voisin|voisine|coloc|colocataire|prof|professeur|entraineur|coach|"
    r"petit ami|petite amie|petit copain|petite copine|chum|blonde|jules|daron|daronne|"
    r"parents|famille)"
)
_PERSON = rf"(?:il|elle|ils|on|lui|(?:mon|ma|son|sa|notre|le|la|mes|ses) (?:\w+ )?{_RELATION})"
# A gap of words that are not another person ("je crois que ma mère va me tuer" fails).
_GAP = (
    r"(?:(?!(?:il|elle|ils|elles|on|tu|mon|ma|ta|ton|son|sa|ses|mes|sa|lui|qu'il|qu'elle|"
    r"quelqu'un|personne)\b)[\w']+ )"
)
_WANT = (
    r"(?:vais|veux|voudrais|voulais|aimerais|vai|va|compte|pense|penser|pensais|songe|dois|"
    r"devrais|"
    r"faudrait|faut|peux|pourrais|essaie|essaye|hesite|prefere|prefererais|suis prete?|suis "
    r"pret|suis sur le point|suis a deux doigts|suis tentee?|finir par|finirai par|finirais "
    r"par|envie|besoin|peur|idee|idees|pensees|pulsions?|tentation|desir|projet|plan|"
    r"essaye|essaye|tente|tenter|voulu|failli|pense a|pensee a|envie de|vouloir|decide|"
    r"decidee?|ai decide|hate|reve|revais|revé|prie|aimerai|voudrai|va falloir que)"
)
_KILL_ME = (
    r"(?:tuer|tue|tuerai|tuerais|buter|bute|buterai|flinguer|flingue|descendre|"
    r"supprimer|achever|zigouiller|foutre en l'air|fous en l'air|fout en l'air|"
    r"foutrai en l'air|faire sauter la cervelle|tirer une balle(?! dans le pied)|"
    r"pendre(?! (?:a|au) (?:ton|son|mon|leur|votre|cou|telephone|tel|bras))|pends|pendrai|noyer|"
    r"noie|jeter (?:du|d'un|d'une|de la|par|sous|dans le vide|"
    r"devant|d'en haut|en bas)|balancer (?:du|d'un|d'une|de la|par|sous)|empoisonner|"
    r"immoler|ouvrir les veines|taillader les veines|tailler les veines|trancher les veines|"
    r"trancher la gorge|laisser mourir|laisser crever|donner la mort|oter la vie|"
    r"faire exploser|defenestrer|mettre sous un train|foutre sous un train)"
)
_MEDS = (
    r"(?:cachets?|comprimes?|medocs?|medicaments?|medicament|pilules?|gelules?|somniferes?|"
    r"anxiolytiques?|antidepresseurs?|calmants?|doliprane|dolipranes|paracetamol|dafalgan|"
    r"efferalgan|xanax|lexomil|temesta|lysanxia|stilnox|imovane|tramadol|codeine|lamaline|"
    r"seresta|atarax|insuline|lithium|seroquel|zopiclone|valium|ibuprofene|ibuprofenes|"
    r"advil|neurofen|nurofen|opium|morphine|izalgi|theralene|tercian|loxapac|risperdal|"
    r"deroxat|prozac|seroplex|effexor|laroxyl)"
)
_QUANTITY = (
    r"(?:toute ma boite|toute ma plaquette|toutes mes boites|toutes mes plaquettes|tout mon "
    r"tube|tout mon flacon|tout mon stock|toute la boite|toutes? les boites|toute une boite|"
    r"une boite|deux boites|trois "
    r"boites|des boites|plusieurs boites|toute la plaquette|toutes? les plaquettes|une "
    r"plaquette|des plaquettes|plusieurs plaquettes|tout le tube|tout le flacon|toute la "
    r"bouteille|tous (?:mes|les|ses)|toutes (?:mes|les|ses)|plein de|un tas de|une poignee "
    r"de|des dizaines de|une dizaine de|une vingtaine de|une trentaine de|\d{2,}|vingt|"
    r"trente|quarante|cinquante|cent|beaucoup trop de|trop de|tout ce que j'avais comme|"
    r"toutes? mes boites de|mes boites de)"
)
_GAME = (
    r"\b(?:jeu|jeux|partie|scrabble|dames|jeu de societe|petits chevaux|cluedo|smash|"
    r"rummikub|tarot|foot|basket|muscu|fortnite|minecraft|fifa|lol|valo|valorant|cod|warzone|gta|"
    r"mario|zelda|boss|niveau|manche|echecs|tennis|ping-pong|ping pong|babyfoot|baby-foot|"
    r"cartes|uno|monopoly|belote|poker|match|course|sprint|tournoi|bras de fer|entrainement|"
    r"boxe|judo|karate|mma|sparring|combat|ring|catch|playstation|ps5|xbox|switch|"
    r"console|quiz|examen|concours|vote|election)\b"
)
_CUT_ACCIDENT = (
    r"\b(?:cuisine|cuisinant|cuisiner|eplucher|epluchant|epluche|couteau|legumes?|patates?|"
    r"pommes de terre|oignons?|tomates?|pain|viande|rasoir|rase|raser|rasant|rasais|"
    r"feuille|papier|verre|bouteille|boite de conserve|conserve|bricol\w*|jardin\w*|"
    r"par accident|accidentellement|sans faire expres|sans le faire expres|mandoline|"
    r"ciseaux|cheveux|ongles|frange)\b"
)
_BURN_ACCIDENT = (
    r"\b(?:four|poele|casserole|plaque|cuisine|cuisinant|cuisiner|fer a lisser|fer a "
    r"repasser|lisseur|boucleur|bouilloire|cafe|the|soupe|soleil|coup de soleil|barbecue|"
    r"bbq|eau chaude|vapeur|par accident|accidentellement|sans faire expres|sans le faire "
    r"expres|gateau|plat|huile|grille-pain|raclette)\b"
)
_KNOCK_ACCIDENT = (
    r"\b(?:porte|placard|table|coin|meuble|escalier|tombe|tombee|glisse|glissee|chute|"
    r"trebuche|sport|foot|match|entrainement|sans faire expres|par accident|"
    r"accidentellement|moustique|piqure|eczema|allergie|demange\w*|boutons?)\b"
)
# "Je me fais du mal en restant avec lui": the heart, this bot's theme, not self-harm.
_EMOTIONAL = (
    r"\b(?:en (?:\w+ant|restant|pensant|repoussant)|a (?:penser|ressasser|repousser|fuir|"
    r"m'isoler|rester|attendre|esperer|comparer|croire)|quand je (?:repousse|fuis|m'isole|"
    r"pense|reste|m'attache|le laisse|la laisse)|emotionnellement|psychologiquement|"
    r"moralement|dans ma tete|avec (?:ces|mes) pensees|en amour|avec lui|avec elle)\b"
)

# A child's age, said by the child ("j'ai 12 ans") or by whoever speaks for it ("mon fils de 9
# ans").
_CHILD_AGE = (
    r"\b(?:j'ai|il a|elle a|de) (?:[4-9]|1[0-7]|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
    r"treize|quatorze|quinze|seize|dix-sept) ans\b"
)
# The adults who come near a child: a coach, a teacher, a relative, a neighbour.
_ADULT = (
    r"(?:entraineur|coach|prof|professeur|animateur|moniteur|oncle|tonton|voisin|cousin|"
    r"grand-?pere|grand pere|papy|beau-?pere|beau pere|nounou|baby-?sitter|pretre|cure|parrain|"
    r"chauffeur|surveillant|copain de (?:ma|sa) mere|mec de (?:ma|sa) mere|monsieur|adulte)"
)

D, S, H = Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM

_HIT = (
    r"(?:frapp\w*|bat|bats|battu|battue|battait|tape|tapee?|tapait|tapent|gifl\w*|"
    r"etrangl\w*|tabass\w*|cogne|cognee|cognait|brutalis\w*|maltrait\w*|bouscul\w*|"
    r"viol\w*|agress\w*|etouff\w*|defonce (?:la gueule|la tete|le crane|le visage)|roue de "
    r"coups|rouee de coups|tire les cheveux|tire par les cheveux|trainee? par les cheveux|"
    r"mordu|mordue|mord|brulee? (?:avec|a la cigarette|au fer|a la clope)|attachee? (?:au|a "
    r"la|sur|les mains|les poignets)|drogue|droguee|pousse contre|poussee contre|plaque "
    r"contre|plaquee contre|jete par terre|jetee par terre|jete contre|jetee contre|pousse "
    r"dans les escaliers|poussee dans les escaliers|fait tomber dans les escaliers|menace|"
    r"menacee|menacait|sequestr\w*|enferm\w*|forcee?(?=\s*(?:$|[.,!?;]))|donne des coups|"
    r"donne un coup|cherche partout|mis (?:une|"
    r"des|un) (?:claques?|gifles?|baffes?|tartes?|patates?|beignes?|coups?(?: de \w+)?|"
    r"pains?|torgnoles?|droites?))"
)

_CRISIS: tuple[Rule, ...] = (
    # ---- DANGER
    rule(
        D,
        rf"(?<!\bje )(?<!\bj' )(?<!\bon se )\b(?:me|m'a|m'ont|m'avait|m'avaient|m'as|m'aurait)\s"
        rf"(?:encore |deja |souvent |violemment |trop fort |fort |plusieurs fois |a nouveau |"
        rf"hier |ce soir |carrement |presque |quasiment |limite |tellement fort )?(?P<core>"
        rf"{_HIT})\b(?! (?:a bout|verbalement|de (?:calins|bisous|amour|attentions?|questions|"
        r"messages)|dans (?:ses|ce|cette|un|une|son|sa) (?:mensonges?|role|silence|bulle|schema|"
        r"case|histoires?)|d'une (?:heure|colle|punition|sanction|amende)|de (?:me quitter|"
        r"partir|rompre|divorcer|me larguer|me virer|me licencier|me mettre|me signaler|"
        r"m'exclure|appeler|demissionner|me tej|me bloquer|se separer)|par (?:son|sa|ses|la|"
        r"le) (?:beaute|"
        r"gentillesse|intelligence|talent)|l'esprit|que|(?:\w+ )?(?:a|sur) (?:la|ma) (?:porte|"
        r"fenetre|vitre)|dans (?:la main|le dos|l'oeil)|sur (?:l'epaule|les nerfs|le systeme)|"
        r"l'incruste))",
        unless=_GAME + r"|\b(?:ce qui me frappe|ca m'a frappe|ca me frappe|m'a frappe que|"
        r"m'a frappee que|le soleil|la fatigue|la chaleur|le sommeil|la grippe|le rhume|"
        r"le covid|le virus|les moustiques|la faim|la vie|le destin|l'idee|la pensee|"
        r"le prof|l'examen|le controle|chat|chaton|chien|chiot|lapin|hamster|perroquet|"
        r"cheval|moustique|guepe|araignee|tique|serpent|film|serie|livre|musique)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:jete|lance|balance|jetait|lancait|balancait|envoye) (?:\w+ ){0,3}?(?:sur|"
        r"contre|a la figure de|a la tete de) moi|reveillee? (?:\w+ ){0,4}?(?:nue|sans (?:aucun )?"
        r"souvenir|sans mes vetements|chez un inconnu|a cote d'un inconnu)|garder (?:ca|cela|le "
        r"secret) (?:pour nous|entre nous))\b",
        unless=_GAME + r"|\b(?:coussin|oreiller|ballon|balle|boule de neige|eau|confettis|"
        r"fleurs|bouquet|regard|sort|coup d'oeil|cake)\b",
    ),
    rule(
        D,
        r"\b(?:je\sme\ssuis\s(?:encore\s)?faite?|je\sme\sfai[st]|je\svais\sme\sfaire|"
        r"j'ai\sete|je\ssuis|j'etais|on\sm'a)\s(?:encore |"
        r"deja |souvent |a nouveau |hier |violemment )?(?P<core>frapper|frappee?|battre|"
        r"battue?|taper|tapee|tabasser|tabassee?|violer|violee?|agresser|agressee?|"
        r"etrangler|etranglee?|sequestrer|sequestree?|enfermer|enfermee?|droguer|droguee?|"
        r"menacer|menacee?|abuser|abusee?|attoucher|tripoter|tripotee?|peloter|pelotee?|"
        r"harceler|harcelee?|suivre|suivie|traquer|traquee?)\b(?! (?:verbalement|par (?:mail|sms|"
        r"telephone|le prof|la prof|un medecin|une psy|un psy))\b)",
        unless=_GAME + r"|\b(?:harceler par (?:des|les) (?:pubs?|mails?|notifs?|appels? "
        r"commerciaux)|suivie? par (?:un|une|le|la|mon|ma) (?:medecin|psy|docteur|therapeute|"
        r"infirmiere?|kine|coach|conseiller))\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:\w+ ){{0,2}}?(?:leve|levee|lever|a leve|levait) la main sur "
        r"(?:moi|nous|elle|lui)|(?:serre|serrait|serre|a serre|m'a serre) (?:\w+ )?(?:le|mon) "
        r"cou|(?:ses|les) mains (?:\w+ )?(?:autour de|sur) (?:mon|ma) (?:cou|gorge)|(?:pris|prend|"
        r"attrape|saisi) (?:\w+ )?(?:a|par) la gorge|(?:m'a|me) (?:\w+ )?(?:fait|laisse) (?:un "
        r"oeil au beurre noir|un cocard|un coquard|des bleus|des marques|des hematomes)|m'a "
        r"(?:\w+ )?casse (?:le nez|le bras|une cote|des cotes|les dents|la machoire|le poignet|"
        r"les doigts)|(?:peur|craindre|crains) pour ma vie|couteau (?:\w+ ){0,2}?sous (?:la|ma) "
        r"gorge|(?:pointe|braque) (?:\w+ )?(?:une arme|un couteau|un flingue|un pistolet) sur "
        r"moi)\b",
    ),
    rule(
        D,
        r"(?<!\bje )(?<!\bj' )\bm'(?P<core>etrangl\w*|agress\w*|etouff\w*|ecrase (?:contre|"
        r"par terre|au sol)|empoign\w*|attrap\w* (?:par|a) (?:la gorge|le cou|les cheveux)|"
        r"arrach\w* les cheveux|ejecte\w* (?:de|hors))\b(?! (?:de (?:calins|bisous|amour|"
        r"questions|messages|travail)|verbalement))",
        unless=_GAME + r"|\b(?:chaleur|fumee|emotion|rire|larmes|sanglots)\b",
    ),
    rule(
        D,
        r"\b(?:est|etait|a ete|se fait|se faisait|s'est fait|s'est faite) (?:\w+ )?"
        r"(?P<core>battue?|frappee?|violee?|tabassee?|maltraitee?|agressee?|etranglee?|"
        r"sequestree?|enfermee?) par (?:son|sa|ses|le|la|mon|ma|leur|un|une)\b",
        about_others=True,
        unless=_GAME,
    ),
    rule(
        D,
        # A threat: he will kill me if I leave or tell.
        r"\b(?P<core>(?:si|quand|le jour ou)\sje\s(?:\w+ ){0,3}?(?:le |la |les )?(?:quitte|quittes|"
        r"laisse|pars|m'en vais|parle|porte plainte|dis (?:\w+ )?(?:a|quoi que ce soit)|raconte|"
        r"previens|divorce|demenage|appelle la police|vais (?:a|voir) la police|dis non|refuse|"
        r"partais|quittais|laissais|parlais|disais|racontais|portais plainte|allais voir la police)"
        r"[ ,]+(?:\w+ ){0,3}?(?:me |m')(?:tue|tuer|tuera|tuerait|buterait|frapperait|"
        r"retrouverait|ferait du mal|ferait la peau|"
        r"bute|buter|butera|frappe|frapper|frappera|defonce|defoncer|retrouve|retrouvera|"
        r"egorge|egorger|fera du mal|faire du mal|fera la peau|faire la peau|massacre|"
        r"massacrer|crever|cr[eè]ve)|(?:va|vont|allait) me (?:tuer|buter|faire la peau|"
        r"retrouver|defoncer|egorger|faire du mal) (?:\w+ )?(?:si|quand|le jour ou) je (?:\w+ )"
        r"{0,2}?(?:le |la )?(?:quitte|laisse|pars|m'en vais|parle|porte plainte|dis|raconte|"
        r"previens|divorce))",
    ),
    rule(
        D,
        r"\b(?:menace|menacee|menacait|menacent|a menace|m'a menace|m'a menacee|il a dit|"
        r"elle a dit|il dit|elle dit|a jure|jure|promis|m'a dit|me dit|m'a ecrit|m'ecrit|me "
        r"repete)(?: qu'(?:il|elle)| de| que)? (?:(?!(?:ma|ta|sa|mon|ton|son|mes|tes|ses|ils|"
        r"elles|on)\b)[\w']+ ){0,5}?(?P<core>(?:va |allait |)?(?:me "
        r"tuer|me buter|me frapper|me defoncer|me faire du mal|me retrouver|m'egorger|me "
        r"defigurer|me bruler|me vitrioler|me faire la peau|me crever|me planter|me poignarder|"
        r"me descendre|me flinguer|me saigner|tuer (?:mes|nos|les) "
        r"(?:enfants|gosses|gamins|parents)|faire du mal (?:a|aux) (?:mes|nos|les) "
        r"(?:enfants|gosses)|tuerait|me tuerait|me tuera|me butera))\b",
        unless=r"\b(?:en retard|retard|note|notes|bulletin|controle|spoiler\w*|mdr|ptdr|lol|"
        r"xd|blague|rigol\w*|humour|jeu|partie)\b|😂|🤣",
    ),
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ )?(?:va|allait|vont|pourrait|risque de) (?:\w+ )?(?P<core>me "
        r"(?:tuer|buter|frapper|defoncer|faire du mal|egorger|etrangler|retrouver))\b",
        needs=r"\b(?:peur|terrifiee?|panique|tremble|cache|cachee|enfermee?|enfui|fuir|"
        r"securite|police|flics|17|112|aide|au secours|sos)\b",
    ),
    rule(
        D,
        # A partner's suicide threat that holds the writer in place.
        r"\b(?P<core>se (?:tuer|tue|suicider|suicide|foutre en l'air|pendre|jeter|faire du mal|"
        r"buter|flinguer|ouvrir les veines)|mettre fin a ses jours) (?:\w+ ){0,2}?si (?:je|on) "
        r"(?:\w+ )?(?:le |la |l' )?(?:quitte|laisse|pars|m'en vais|romp\w*|separe|divorce)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:m'enferme|m'a enfermee?|m'enfermait|me sequestre|m'a sequestree?|"
        r"m'empeche|m'a empeche|m'empechait|m'interdit|m'a interdit|m'interdisait) (?:\w+ )?"
        r"(?:de sortir|de partir|de voir (?:mes|ma|mon)|de travailler|d'aller|dans (?:la|le|ma|mon|"
        r"l'|une|un|les|sa|son)(?! (?:mensonges?|role|silence|bulle|schema|case))|a cle|a "
        r"double tour|chez|de parler|d'appeler|de quitter|la maison|l'appart|la chambre|"
        r"de m'habiller|de manger|d'avoir un telephone)|(?:me prend|m'a pris|me confisque|m'a "
        r"confisque|garde|cache) (?:mon|mes|ma) (?:telephone|tel|portable|papiers|passeport|"
        r"cles|carte bancaire|argent|carte d'identite)|(?:a pris|prend|a confisque|confisque|a "
        r"cache|cache) (?:mes|mon|ma) (?:cles|telephone|tel|portable|papiers|passeport) "
        r"(?:\w+ ){0,3}?(?:pour (?:que je|pas que je|m'empecher)|pas partir|pas sortir)|"
        r"(?:controle|fouille|verifie|surveille) "
        r"(?:tout le temps |toujours |sans arret )?(?:mon|mes|ma) (?:telephone|tel|portable|"
        r"messages|comptes|position|localisation)|(?:me )?geolocalis\w*|(?:un |une )?(?:traceur|"
        r"airtag|balise gps) (?:\w+ ){0,3}?(?:sur|dans) (?:ma|mon|mes))\b",
        unless=r"\b(?:maman|papa|mes parents|ma mere|mon pere)\b(?! (?:me frappe|m'a frappe))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:me suit|me suivait|m'a suivie?|me suivent|me poursuit|me traque|"
        r"me piste|m'espionne|me harcele|me harcelait|m'a harcelee?|me stalke|me stalk) "
        r"(?:partout|jusqu|quand|dans la rue|jusqu'a chez moi|a la sortie|en voiture|depuis|"
        r"tous les|toute la|h24|sans arret|tout le temps|encore|de messages|d'appels|au "
        r"travail|au taf|au boulot|a l'ecole|a la fac)|(?:me suit|me suivait|me poursuit|me "
        r"traque|m'espionne|me harcele|me harcelait|m'a harcelee?|me stalke)(?=\s*(?:$|[,.!?;]))|"
        r"m'attend (?:\w+ )?devant (?:chez "
        r"moi|le taf|mon taf|mon travail|le boulot|mon boulot|l'ecole|la fac|le lycee|mon "
        r"immeuble|ma porte|mon appart|la maison)|rode (?:\w+ )?(?:autour de|devant) (?:chez "
        r"moi|ma maison|mon appart)|"
        r"harcelement (?:\w+ )?(?:de mon ex|par mon ex|de sa part|de lui))",
        unless=r"\b(?:sur (?:insta|instagram|tiktok|twitter|snap|snapchat|facebook|x|"
        r"youtube|twitch|les reseaux)|abonne|follow\w*|pub|pubs|publicite|newsletter|"
        r"operateur|banque|la chance|la poisse|le malheur|cette pensee|ce souvenir|"
        r"cette chanson|mon ombre)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:j'ai|jai|j'avais|je suis|je me sens)\s(?:\w+ )?(?:tellement |trop |si |"
        r"vraiment |tres |super )?(?:peur|terrifiee?|effrayee?|morte de peur)\s(?:de\slui|d'el+e|"
        r"de (?:mon|ma) (?:\w+ )?(?:mari|copain|mec|ex|pere|beau-pere|compagnon|conjoint|"
        r"copine|femme|compagne|mere|frere)(?=\s*(?:$|[.,!?;]|quand|parce|car|et|depuis))|"
        r"(?:de\s)?rentrer\s(?:chez\smoi|a\sla\smaison|a\sl'appart|ce\ssoir)|qu'(?:il|"
        r"elle)\s(?:\w+ )?(?:par )?"
        r"(?:me frappe|me tuer?|me retrouve|recommence|me fasse du mal|revienne|me batte|me "
        r"viole|me defonce|m'etrangle|me trouve))|(?:me sens|suis) (?:\w+ )?pas (?:\w+ )?en "
        r"securite (?:chez moi|a la maison|avec lui|avec elle|pres de lui|avec (?:mon|ma) \w+)|"
        r"je me cache (?:de lui|d'elle|pour qu'il|pour pas qu'il)|j'ose plus rentrer|"
        r"j'ose pas rentrer)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?:je me cache|je me suis cachee?|je me planque|je dors|je suis partie?|je me suis "
        r"refugiee?) (?P<core>dans (?:la salle de bain|les toilettes|ma chambre|la voiture|"
        r"le placard)|chez (?:une|un|ma|mon|des) \w+)\b",
        needs=r"\b(?:peur|terrifiee?|panique|il (?:\w+ )?(?:crie|hurle|frappe|cogne|boit|a bu|"
        r"est saoul|est bourre|est violent|defonce|menace|me cherche)|violent|securite)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:{_PERSON}) (?:\w+ )?(?:la|le|les) (?:frappe|bat|tape|tabasse|cogne|"
        r"etrangle|viole|enferme|menace|brutalise|maltraite)|(?:frappe|bat|tabasse|cogne|"
        r"viole|maltraite) (?:ma|mon|mes) (?:mere|soeur|frere|maman|petite soeur|petit frere|"
        r"fille|fils|enfants|gosses)|se fait (?:\w+ )?(?:taper|frapper|battre|violer|tabasser|"
        r"cogner|agresser|maltraiter|etrangler|enfermer|menacer|harceler) (?:\w+ ){0,2}?(?:par|"
        r"chez)|(?:victime|victimes) de (?:violences?|viol|coups|abus|maltraitance)|(?:je )?"
        r"subi\w* (?:des |de la |les )?(?:violences?|coups|viols?|abus|maltraitance)|"
        r"violences? conjugales?|violences? domestiques?|(?:il|elle|mon \w+|ma \w+) est "
        r"(?:\w+ )?violente? (?:avec|envers) (?:moi|nous|elle|lui|ma|mon))\b",
        about_others=True,
        unless=_GAME + r"|\b(?:la porte|le ballon|la balle|le record|la pluie)\b",
    ),
    rule(
        D,
        rf"\b(?:{_PERSON}) (?:\w+ ){{0,2}}?(?P<core>me touche|me touchait|me tripote|me tripotait|"
        r"me pelote|me caresse|me caressait)\b(?=\s*(?:$|[.,!?;]|partout|la|les|mes|sous|entre|"
        r"quand|la nuit|dans|en bas|alors|pendant|et))"
        # Tenderness: "il me caressait les cheveux", "la joue".
        r"(?! (?:les cheveux|la tete|la joue|les joues|le visage|la main|les mains)\b)",
        unless=r"\b(?:ca me touche|cela me touche|me touche (?:beaucoup|vraiment|enormement|"
        r"profondement|au coeur|le coeur|l'epaule|le bras|la main))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:photos?|videos?) (?:\w+ )?de moi)\b",
        needs=r"\b(?:menace\w*|chantage|fait chanter)\b(?:,? [\w']+){0,6}?,? (?:de )?(?:les |la "
        r")?(?:balancer|publier|diffuser|poster|montrer|envoyer|partager|mettre en ligne|faire "
        r"tourner|leak\w*)\b",
        about_others=True,
    ),
    # sexual violence and coercion
    rule(
        D,
        r"\b(?P<core>viol(?:ee|ees|er|ait)?|(?:(?<=\bla )|(?<=\ble )|(?<=\bles )|(?<=\bme )|"
        r"(?<=\bnous ))violent|violee|agression sexuelle|agressee? "
        r"sexuellement|abus sexuels?|abusee? sexuellement|abuse de moi|a abuse de moi|"
        r"attouchements?|inceste|viol conjugal|harcelement sexuel|(?:a|ont) abuse de (?:moi|"
        r"elle|lui|ma|mon))\b(?! (?:la loi|les regles|le reglement|le code|le secret|"
        r"mon intimite|la vie privee|le contrat|le couvre-feu))",
        about_others=True,
        unless=r"\b(?:loi|lois|regle|regles|reglement|code de la route|domicile|violon\w*|"
        r"alto|violette|violet)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:me force|m'a forcee?|me forcait|me forcent|me pousse|me contraint|"
        r"m'oblige|m'a obligee?|m'obligeait|oblige|forcee?) (?:\w+ ){0,2}?(?:a|a le|de) (?:lui |"
        r"leur )?"
        r"(?:coucher|faire l'amour|avoir des rapports|avoir un rapport|le sucer|le toucher|"
        r"faire des choses|faire des trucs|me deshabiller|regarder des|faire une fellation|"
        r"envoyer des photos|des relations)|(?:sans mon consentement|contre mon gre|contre ma "
        r"volonte)|(?:coucher|rapport|rapports|du sexe|le sexe|l'amour|touchee?|deshabillee?|"
        r"continue|"
        r"continuer|a continue|insiste) (?:\w+ ){0,4}?(?:alors que|meme (?:si|quand)|quand|pendant "
        r"que)\s"
        r"(?:je |j'avais |j'ai )?(?:\w+ )?(?:disais|dis|dit|avais dit|ai dit|dormais|dors|"
        r"pleurais|pleure|etais (?:saoule|ivre|bourree|inconsciente|endormie)) ?(?:non)?)",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:mis|met|mettre|verse|glisse) (?:\w+ ){0,3}?(?:dans|a) mon (?:verre|"
        r"cocktail|boisson|drink|gobelet|cafe|the)|(?:drogue|ghb|produit|poudre|cachet|truc|"
        r"quelque chose|un truc|qqch) (?:\w+ ){0,3}?dans (?:mon|ma) (?:verre|boisson|cocktail|"
        r"drink|gobelet)|(?:on|il|elle|quelqu'un|ils)\sm'a\s(?:\w+ )?droguee?|j'ai (?:\w+ )?ete "
        r"droguee?|soumission chimique|ghb)\b",
    ),
    rule(
        D,
        r"\b(?P<core>nudes?|photos? intimes?|videos? intimes?|photos? de moi (?:toute? )?"
        r"nue?|videos? de moi (?:toute? )?nue?|sextapes?|sex tapes?|photos? denudees?)\b",
        needs=r"\b(?:menace\w*|balancer|balance|publier|publie|diffuser|diffuse|envoyer a|"
        r"poster|poste|montrer|montre|partager|partage|leak\w*|faire tourner|tourner|chantage|"
        r"fait chanter|faire chanter|mettre en ligne|sur internet|sur les reseaux)\b",
        about_others=True,
    ),
    rule(
        D,
        # A child's account: an adult in the room at night, secrets, touching.
        r"\b(?P<core>(?:vient|venait|rentre|rentrait|entre|entrait|se glisse|se glissait|se "
        r"couche|se couchait|monte|montait) (?:\w+ ){0,3}?(?:dans|sur) (?:ma chambre|mon lit)"
        r"(?: \w+){0,2}? (?:la nuit|le soir|quand|la nuit quand|pendant)|(?:la nuit|le soir) "
        r"(?:\w+ ){0,3}?(?:vient|venait|rentre|entre|se glisse|se couche) (?:\w+ ){0,2}?dans "
        r"(?:ma chambre|mon lit)|(?:c ?'?est|c ?'?etait|ce sera|ca reste|"
        r"ca doit rester) (?:notre (?:petit )?secret|un "
        r"secret entre nous)|"
        r"(?:faut|dois|il faut) (?:pas |rien |surtout pas )?le dire a personne|(?:m'a dit|me dit)"
        r" de (?:rien dire|ne rien dire|le dire a personne|pas le dire)|(?:ne |n')?(?:le )?dis "
        r"(?:rien )?a personne|me touche (?:\w+ ){0,2}?(?:la nuit|quand|la ou|les seins|les "
        r"fesses|entre les jambes|sous|partout|en bas)|me (?:regarde|filme|photographie) "
        r"(?:\w+ ){0,2}?(?:sous la douche|quand je me lave|quand je me change|dans la salle de "
        r"bain|nue?))\b",
        negatable=False,
    ),
    # ---- DANGER, round 2: wordings of the same situations
    rule(
        D,
        r"\b(?P<core>si\sje (?:\w+ ){0,2}?(?:pars|le quitte|la quitte|m'en vais|romps|le laisse|"
        r"la laisse|demenage|divorce)[ ,]+(?:\w+ ){0,2}?(?:il|elle) (?:va )?(?:se tue|se tuera|"
        r"se suicide|se suicidera|se tuer|se suicider|se fout en l'air|fait une connerie|se "
        r"pend|se jette))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>menac\w* de (?:me |m')?(?:\w+ )?(?:planter|tuer|buter|frapper|defoncer|"
        r"cogner|crever|descendre|egorger|bruler|flinguer|detruire|pourrir la vie|etrangler|"
        r"casser la gueule|enlever (?:mon|ma|mes)|prendre (?:mon|ma|mes)|retirer (?:mon|ma|mes)|"
        r"publier|balancer|envoyer))\b",
        unless=r"\b(?:mdr|ptdr|lol|xd|blague|jeu|partie|note|notes|retard|amende|greve|"
        r"licenci\w*|proces|plainte|avocat)\b|😂|🤣",
    ),
    rule(
        D,
        r"\b(?P<core>couteau|arme|flingue|pistolet|fusil|ciseaux|batte|hache|tesson)\b",
        needs=r"\b(?:t'es mort\w*|tu es mort\w*|je vais te tuer|je te tue|je te bute|je vais te "
        r"buter|menac\w*|sous (?:la|ma) gorge|contre (?:ma|la) gorge|sur moi|vers moi|"
        r"prochaine fois)\b",
        unless=r"\b(?:film|serie|jeu|partie|cuisine|legumes|oignons?|pain|viande|mdr|lol)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:m'a dit|me dit|m'a crie|m'a hurle|m'a ecrit|me repete|il a dit|il dit) "
        r"(?:\w+ ){0,4}?(?:t'es|tu es|t'seras|tu seras) mort(?:e)?|je (?:vais te|te) (?:tuer|"
        r"tue|buter|bute|crever|creve|egorger|planter))\b",
        unless=r"\b(?:mdr|ptdr|lol|xd|haha\w*|blague|jeu|partie|rigol\w*|spoiler\w*|retard)\b|"
        r"😂|🤣",
    ),
    rule(
        D,
        r"\b(?P<core>(?:bleus|marques|traces|hematomes|griffures|coquards?|cocards?) (?:\w+ )"
        r"{0,4}?(?:a cause de (?:lui|elle|mon|ma)|qu'il m'a fait\w*|qu'elle m'a fait\w*|de ses "
        r"(?:mains|doigts|coups)|de (?:ses|son|sa) (?:mains|doigts|coups|poing)))\b",
    ),
    rule(
        D,
        r"\b(?P<core>j'ose (?:\w+ )?(?:pas|plus) (?:\w+ )?(?:rentrer|monter|retourner|revenir|"
        r"rentrer chez moi))\b",
        needs=r"\b(?:il|lui|mari|copain|mec|pere|ex|compagnon|m'attend|beau-pere|violent|"
        r"bourre|ivre)\b",
        unless=r"\b(?:eau|piscine|mer|froid|note|bulletin|vole)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?:je\s)?(?P<core>me cache (?:\w+ ){0,2}?(?:dans|sous|chez|de lui|d'elle|derriere))\b",
        needs=r"\b(?:il|lui|mari|copain|mec|pere|ex|compagnon|beau-pere|casse|crie|hurle|"
        r"frappe|bourre|ivre|cherche|tape|menace)\b",
        unless=r"\b(?:cache-cache|cache cache|jeu|enfants|surprise|anniversaire|chat|chien|"
        r"araignee|guepe|soleil|pluie|voisine? qui parle|collegue)\b",
        negatable=False,
    ),
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,2}}?(?P<core>m'enferm\w*)\b",
        unless=r"\b(?:jeu|escape|par erreur|accident\w*|sans faire expres|dehors par)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:attend|attendait|traine|rode|rodait|guette|campe|poste|est|etait) "
        r"(?:\w+ ){0,3}?(?:devant|en bas de) (?:ma porte|chez moi|mon immeuble|mon travail|"
        r"mon boulot|mon taf|mon ecole|mon lycee|mon college|mon appart\w*|ma fac))\b",
        needs=r"\b(?:tous les|toutes les|chaque|encore|sans arret|depuis|toujours|me suit|"
        r"m'attend|me guette|peur)\b",
        unless=r"\b(?:livreur|colis|taxi|uber|facteur|pote|amie?|copine|maman|papa|bus|"
        r"neige|voiture garee)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:alors que|meme si|meme quand|bien que|pourtant|malgre que) (?:j'(?:avais|"
        r"ai)|je) (?:\w+ ){0,2}?(?:dit|disais|dis|dise|crie|criais) (?:\w+ )?(?:non|stop|"
        r"d'arreter|arrete))\b",
        needs=r"\b(?:couch\w*|sexe|rapport\w*|touch\w*|continu\w*|force\w*|lit|deshabill\w*|"
        r"embrass\w*|viol\w*|penetr\w*|sur moi|en moi)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:il|elle|quelqu'un|le mec|le type|le gars|un mec) (?:etait|etais) (?:\w+ )?"
        r"(?:sur|en) moi)\b",
        needs=r"\b(?:reveill\w*|dormais|endormie?|bourree?|ivre|inconsciente?|non|pleur\w*|"
        r"bouger|pas voulu|voulais pas)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:touche\w*|couche\w*|deshabill\w*|profite\w*|embrass\w*|filme\w*|"
        r"pelote\w*|tripote\w*) (?:\w+ ){0,5}?(?:alors que|quand|pendant que|vu que) (?:j'etais|"
        r"je dormais|j'avais|je suis) (?:\w+ ){0,2}?(?:bourree?|ivre|saoule?|sous|"
        r"inconsciente?|endormie?|dormais|defoncee?|incapable|dans les vapes|k\.?o)|trop "
        r"(?:bourree?|saoule?|ivre|defoncee?) pour (?:me defendre|dire non|reagir|bouger|"
        r"dire quoi que ce soit))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:dire|le dire|raconter|en parler|parler) a personne|c'est (?:notre|un) (?:petit )?"
        r"secret|garder (?:le|ce|notre) secret)\b",
        needs=r"\b(?:entraineur|coach|prof|oncle|beau-pere|pere|papa|monsieur|adulte|voisin|"
        r"cousin|grand-pere|papi|moniteur|animateur|seule?|chambre|toucher|touche|bisou|"
        r"douche|lit)\b",
        unless=r"\b(?:anniversaire|surprise|cadeau|fete|enceinte|recette|spoiler\w*|mariage|"
        r"fiancailles|demande)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:rentre|entre|vient|ouvre la porte|regarde) (?:\w+ ){0,3}?(?:dans la "
        r"salle de bain|dans la douche|dans ma chambre|dans mon lit)? ?(?:\w+ )?quand je (?:me "
        r"douche|prends ma douche|me lave|me change|dors|m'habille|me deshabille|prends mon "
        r"bain)|me regarde (?:\w+ )?(?:me doucher|me changer|prendre ma douche|me laver|me "
        r"deshabiller))\b",
        needs=r"\b(?:il|lui|oncle|beau-pere|pere|papa|cousin|frere|voisin|monsieur|entraineur|"
        r"grand-pere|papi|copain de (?:ma|maman))\b",
        unless=r"\b(?:chat|chien|bebe|petit frere|petite soeur)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>m'a (?:tordu|casse|retourne|broye|ecrase|deboite|luxe) (?:le|la|les) "
        r"(?:poignet|bras|doigts?|main|nez|cotes?|machoire|epaule))\b",
        unless=r"\b(?:kine|osteo\w*|medecin|judo|match|entrainement|jeu|bebe|petit)\b",
    ),
    rule(
        D,
        r"\b(?P<core>je me suis (?:\w+ )?(?:enfermee?|barricadee?|cachee?) (?:\w+ ){0,3}?(?:dans|"
        r"a|au|sous))\b",
        needs=r"\b(?:il|lui|mari|copain|mec|pere|beau-pere|ex|compagnon|tape|frappe|cogne|"
        r"hurle|crie|defonce|contre la porte|tambourine)\b",
        unless=r"\b(?:dehors|cles|par erreur|par accident|reviser|jeu|cache-cache)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:bloque|controle|confisque|garde|prend|gere) (?:tout )?(?:mon|mes|ma) "
        r"(?:argent|compte|carte bleue|carte bancaire|salaire|papiers|passeport)|(?:peux|peut|"
        r"ai le droit de) (?:\w+ )?(?:pas|plus|jamais) (?:\w+ )?sortir sans (?:lui|elle|son "
        r"accord|sa permission))\b",
        unless=r"\b(?:banque|conseiller|tutelle|curatelle|parents? (?:gere|gerent))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>menac\w* (?:\w+ ){0,3}?(?:de (?:la |les |le |l')(?:mettre en ligne|publier|"
        r"poster|envoyer|diffuser|balancer|montrer|partager)|de mettre (?:\w+ )?en ligne))\b",
        needs=r"\b(?:video\w*|photos?|nudes|images|sextape|intimes?|nue?s?|filme\w*)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>quand meme (?:\w+ ){0,2}?(?:couche\w*|continue\w*|force\w*|fait l'amour|"
        r"touche\w*)|(?:dis|disais|dit) non (?:[\w']+ ){0,6}?(?:le fait|continue|insiste|force) "
        r"(?:\w+ )?quand meme)\b",
        needs=r"\b(?:saoule?|bourree?|ivre|non|voulais pas|dormais|pleur\w*|couche\w*|sexe|"
        r"tous les soirs)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:reverras|reverrai|reverrez|verras|reverra) (?:\w+ )?(?:plus jamais|jamais "
        r"plus|plus|jamais) (?:\w+ )?vivante?s?|sait (?:\w+ )?ou (?:j'habite|je vis|je dors|je "
        r"travaille|tu habites))\b",
        needs=r"\b(?:menac\w*|ecrit|tous les jours|peur|ex|harcel\w*|me retrouve\w*|guette|"
        r"raye|rayer|casse|fais gaffe|vivante?s?|si je)\b",
        unless=r"\b(?:livreur|facteur|colis|maman|mamie|pizza|cine|prendre|chercher)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>reveillee? (?:\w+ ){0,4}?(?:sans (?:mes )?vetements|nue|a poil|sans "
        r"culotte|deshabillee)|je me souviens (?:\w+ )?(?:de rien|plus de rien))\b",
        needs=r"\b(?:verre|bu|soiree|nue|reveillee?|vetements|lui|cote de)\b",
        unless=r"\b(?:exam\w*|film|serie|anniversaire|cuite)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>si\sje (?:\w+ )?(?:raconte|le dis|dis quoi que ce soit|parle|balance|en "
        r"parle)[ ,]+(?:\w+ ){0,4}?(?:prison|foyer|placee?s?|tue|tuera|mort|morte|mal|frapper|"
        r"frappera|disparaitre))\b",
        unless=r"\b(?:anniversaire|surprise|spoiler\w*|fin du film|mdr|lol)\b",
        negatable=False,
    ),
    # ---- DANGER, round 3: coercion in a couple, children, neglect
    rule(
        D,
        r"\b(?P<core>(?:se sert de moi|abuse de moi|me prend|me force|m'oblige|me touche|me fait "
        r"l'amour|couche avec moi|me baise|m'a (?:touchee?|pris|prise|forcee?|deshabillee?|"
        r"caressee?|embrassee?|pelotee?|tripotee?)|a continue) (?:\w+ ){0,4}?(?:meme|alors|pendant|"
        r"bien|malgre) (?:quand|que|si|qu') ?(?:je|j') ?(?:\w+ )?(?:pleure|pleurais|dis non|disais "
        r"non|dors|dormais|refuse|refusais|veux pas|voulais pas|ai pas envie|avais pas envie|me "
        r"debats|me debattais|criais|crie|le repoussais|le repousse|me defendais|etais "
        r"(?:\w+ )?(?:bourree|inconsciente|endormie|saoule|droguee|ivre)))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>se sert de moi (?:\w+ ){0,2}?(?:quand|comme) (?:il|elle) (?:veut|voulait|en a "
        r"envie)|(?:exige|veut|oblige|force|impose) (?:\w+ ){0,2}?que je (?:sois|me rende|me "
        r"tienne) disponible|devoir conjugal)\b",
        needs=r"\b(?:mari|marie\w*|copain|mec|conjoint|compagnon|lit|sexe|coucher|soirs?|nuits?|"
        r"pleure|conjugal)\b",
        unless=r"\b(?:menage|courses|devoirs|argent|travail|boulot|taf|patron|chef|client\w*)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:me|m') ?(?:tient|tenait|bloque|bloquait|plaque|plaquait|immobilise|maintient|"
        r"maintenait|coince|coincait|serre|serrait|attrape) (?:\w+ )?(?:les poignets|les bras|par "
        r"les poignets|au sol|sur le lit|contre le mur|par terre))\b",
        needs=r"\b(?:refuse|refusais|non|debat\w*|veux pas|voulais pas|force\w*|lit|sexe|coucher|"
        r"crie|frappe|peur|lacher|lache)\b",
        unless=r"\b(?:judo|lutte|jeu|calin\w*|danse|vaccin|piqure|medecin|dentiste|prise de "
        r"sang|bebe)\b",
        negatable=False,
    ),
    rule(
        D,
        # A child with bruises, beside fear or a disclosure.
        r"\b(?P<core>(?:niece|neveu|enfant|gamine?|petite?|fils|fille|eleve|petit frere|petite "
        r"soeur|filleule?) (?:[\w']+ ){0,8}?(?:des bleus|bleus partout|hematomes?|marques de "
        r"coups|traces de coups|brulures))\b",
        needs=r"\b(?:peur|mechant\w*|frappe|tape|battu\w*|dit que|raconte|veut pas rentrer|"
        r"cache|beau-pere|copain de sa mere|copain de sa maman|pere|papa|mere|maman)\b",
        unless=r"\b(?:tombee?|chute|velo|trampoline|foot|sport|judo|recre|toboggan|vaccin|"
        r"leucemie|medecin|pediatre)\b",
    ),
    rule(
        D,
        # Neglect: a child left hungry or alone for days.
        r"\b(?P<core>(?:pleure|pleurent|crie|crient|hurle) (?:\w+ ){0,2}?(?:de faim|famine)|"
        r"(?:rien|jamais rien|pas assez) a manger|(?:disparaissent|partent|absents?|seuls?|"
        r"seules?) (?:\w+ ){0,2}?(?:des jours|pendant des jours|plusieurs jours|des semaines))\b",
        needs=r"\b(?:petit|petite|petits|enfants?|bebe|gamins?|gamines?|gosses?|fils|fille|"
        r"niece|neveu|frere|soeur)\b",
        unless=r"\b(?:vacances|chien|chat|animal|regime|jeune|ramadan|film|serie|livre|roman)\b",
        about_others=True,
    ),
    rule(
        D,
        # Grooming: an adult online asking a child for pictures, or for secrecy.
        r"\b(?P<core>(?:veut|voulait|demande|m'a demande|insiste|exige) (?:\w+ ){0,3}?(?:que je "
        r"(?:lui )?(?:envoie|envoies|montre)|de (?:lui )?(?:envoyer|montrer)|des) (?:\w+ ){0,2}?"
        r"(?:photos?|videos?|nudes|selfies?|pics?))\b",
        needs=r"\b(?:adulte|majeur|mec|monsieur|homme|\d\d ans|discord|snap\w*|insta\w*|"
        r"tiktok|en ligne|internet|chat|nue?s?|sous-vetements|culotte|dire a (?:mes parents|"
        r"personne|ma mere|mon pere)|secret)\b",
        unless=r"\b(?:casting|agence|candidature|cv|mamie|papi|vacances|mariage|anniversaire)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:dois|faut) (?:pas|rien) (?:le |en |leur |lui )?(?:dire|raconter) (?:a |aux )?"
        r"(?:mes parents|ma mere|mon pere|maman|papa|personne|mes profs|la maitresse))\b",
        needs=r"\b(?:dit|disait|m'a dit|insiste|exige|menace|secret|adulte|discord|photos?|il|"
        r"elle)\b",
        unless=r"\b(?:surprise|anniversaire|cadeau|fete|enceinte|note|notes|bulletin|exam|"
        r"controle|spoiler)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:un|mon|une) (?:harceleur|harceleuse|stalker))\b",
        about_others=True,
    ),
    rule(
        D,
        # "j'ai dit non mais il a pas arrêté"
        r"\b(?P<core>(?:dit|disais|dis|crie|criais|suppli\w*) (?:\w+ )?(?:non|stop|d'arreter|"
        r"arrete)[ ,]+(?:\w+ ){0,2}?(?:il|elle) (?:a |n'a )?(?:pas|jamais) (?:arrete|ecoute|voulu "
        r"arreter|stoppe)\b(?! d))",
        unless=r"\b(?:chatouill\w*|blague|taquin\w*|jeu|musique|chanter|parler|message\w*|"
        r"appel\w*)\b",
        negatable=False,
    ),
    rule(
        D,
        # "mon prof m'a touchée" said alone; "il nous frappe, maman et moi"
        rf"\b(?P<core>{_PERSON} (?:\w+ )?m'a (?:(?!(?:pas|jamais|plus|rien)\b)\w+ )?(?:touchee|"
        r"tripote|tripotee|pelote|pelotee)"
        r"(?=\s*(?:$|[.,!?;]|(?:et|alors|pendant|quand|en bas|partout|entre|sous)\b)))",
        unless=r"\b(?:message|discours|histoire|lettre|mots|cadeau|attention|geste|ballon|"
        r"balle|match|jeu|tag|loup)\b",
        negatable=False,
    ),
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:\w+ )?nous (?:frappe|frappait|bat|battait|tabasse|tabassait|"
        r"cogne|cognait|maltraite|maltraitait))\b",
        unless=r"\b(?:cartes|jeu|jeux|partie|match|echecs|course|scrabble|monopoly|uno|foot|"
        r"tennis|mario|fifa)\b",
    ),
    # ---- SUICIDE
    rule(
        S,
        r"\b(?P<core>me suicider|me suicide|me suiciderai|me suiciderais|me suicidais|"
        r"me suicidee?|me foutre en l'air|me fous en l'air|me fout en l'air|me foutrai en "
        r"l'air|me foutre sous un train|me pendre|me pends|me pendrai|me pendrais|mettre fin a "
        r"mes jours|mettre fin a ma vie|mettre un terme a (?:ma vie|mes jours)|m'oter la vie|"
        r"m'ouvrir les veines|me taillader les veines|me tailler les veines|me trancher les "
        r"veines|me faire sauter la cervelle|me tirer une balle(?! dans le pied)|me donner la "
        r"mort|me defenestrer|m'immoler|me jeter (?:du|d'un|d'une|de la|par la|sous|dans le "
        r"vide|dans (?:la|le|l') ?(?:seine|loire|rhone|garonne|fleuve|riviere|canal|mer|"
        r"ravin|precipice)|devant (?:un|le|une|la) (?:train|metro|bus|camion|voiture|rer|tram))|me "
        r"balancer (?:du|d'un|d'une|de la|par la|sous|dans le vide)|me noyer(?! (?:sous|dans "
        r"(?:le|mon|les|mes) (?:boulot|travail|taf|devoirs|dossiers|mails|verre|larmes|"
        r"pensees|problemes))))\b",
        unless=r"\b(?:pendre (?:au|a son|a mon|a ton) (?:cou|telephone|tel|bras)|pendre la "
        r"cremaillere|jeter (?:du|d'un) (?:linge|sac)|balancer (?:du|de la) (?:son|musique)|"
        # Spanish "me suicidé en el lol" (a game), which these words also read.
        r"la kill|les kills|jaja\w*|partida|juego)\b",
    ),
    rule(
        S,
        rf"\b(?:je|j'\w*|moi) {_GAP}{{0,4}}?{_WANT} {_GAP}{{0,3}}?(?:de |d'|a )?(?:me "
        rf"|m')(?P<core>{_KILL_ME})\b",
        unless=r"\b(?:me tuer (?:a|au|aux|pour) (?:la tache|le travail|la tache|le boulot|"
        r"bosser|travailler|repeter|le dire|expliquer)|me tuer a (?:\w+er)\b)|\bfailli me "
        r"\w+ (?:en \w+ant|avec (?:la|le|ma|mon) (?:voiture|velo|scooter|moto|trottinette)|dans "
        r"(?:la douche|les escaliers|l'escalier))|\b(?:accident|verglas|glisse\w*|trebuch\w*)\b",
    ),
    rule(
        S,
        rf"(?:^|[.!?,;:] ?|\b(?:et|mais|donc|alors|sinon|franchement|serieux|honnetement|"
        rf"parfois|souvent|ce soir|demain|bientot|juste) ){_WANT} {_GAP}{{0,3}}?(?:de |d'|a )?"
        rf"(?:me |m')(?P<core>{_KILL_ME})\b",
        unless=r"\bme tuer (?:a|au|aux|pour) (?:la tache|le travail|le boulot|bosser|"
        r"travailler|repeter|le dire|expliquer)\b",
    ),
    rule(
        S,
        r"\b(?:je|j'|moi) (?:vais |veux |voudrais |pense |compte )?(?:me |m')(?P<core>tuerai|"
        r"tuerais|tue ce soir|tue cette nuit|tue demain|suiciderai|suiciderais|buterai|"
        r"pendrai|pendrais)\b(?! (?:jamais|pas|pas du tout|point)\b)",
    ),
    rule(
        S,
        r"\b(?:essaye|essaie|tente|voulu|failli|ai fait|j'ai fait|rate|loupe|"
        r"reussi|survecu a) (?:\w+ ){0,2}?(?:de |d'|a )?(?:me |m')?(?P<core>tuer|suicider|"
        r"pendre|foutre en l'air|jeter|noyer|ouvrir les veines|empoisonner|une ts|ma ts|deux ts|"
        r"plusieurs ts|ts)\b",
        unless=r"\b(?:s'est|se sont|il a|elle a|ils ont|en \w+ant|accident|verglas|glisse\w*|"
        r"trebuch\w*|tombe\w*)\b",
    ),
    rule(
        S,
        r"\b(?:une|ma|mes|deux|trois|premiere|derniere|plusieurs|fait|faite|refait|autre|apres) "
        r"(?P<core>ts)\b",
    ),
    rule(
        S,
        r"\b(?:fait|faite|fais|refait|ma|mes|une|deux|trois|premiere|derniere|apres|depuis|"
        r"avant)\s(?:\w+ )?(?P<core>tentatives?(?: de suicide)?)\b(?! (?:de (?:record|"
        r"reconciliation|\w+er)|d'))",
        unless=r"\b(?:record|reconciliation|belle|echouee de (?!suicide)|essai|rugby|"
        r"coup franc|vol|braquage|evasion|cambriolage|meurtre|assassinat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>suicidaire|suicidaires|idees suicidaires|pensees suicidaires|crise "
        r"suicidaire|risque suicidaire|tendances suicidaires|lettre de suicide|plan de suicide|"
        r"(?:pense|pensais|pensee|pensees|penser|songe|songer|envie|idee|idees|recherche|"
        r"cherche|google|googlise) (?!(?:pas|jamais|point)\b)(?:\w+ ){0,3}?(?:au|le|du|a|de) suicide|"
        r"le suicide "
        r"(?:\w+ ){0,2}?(?:comme|est|c ?'?est|serait) (?:(?!(?:pas|plus|jamais|point)\b)\w+ ){0,2}?"
        r"(?:solution|issue|option|"
        r"sortie|porte de sortie|echappatoire|reponse)|(?:seule|derniere|unique) (?:solution|"
        r"issue|option|sortie) (?:\w+ ){0,3}?(?:la mort|mourir|le suicide|de mourir|de partir "
        r"pour de bon|d'en finir|en finir))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:envie|envi|veux|veut|voudrais|voulais|aimerais|souhaite|souhaiterais|prete?|"
        r"pret|prefere|prefererais|besoin|hate|merite|meriterais|dois|devrais|juste|voulait|"
        r"voudrait|veulent|voulaient|"
        r"reve|revé|revais|laisse[zr]?-moi|laissez moi|laisse moi|attends|attendre|aimerai|"
        r"voudrai|seul souhait|seule envie|pense|pensais|pensee|idee) (?:\w+ ){0,2}?"
        r"(?:de |d')?(?P<core>mourr?ire?|crever|creve|etre morte?|etre mort|clamser|caner|y passer)"
        r"\b(?! (?:de (?:rire|honte|faim|soif|chaud|froid|ennui|envie|peur|fatigue|jalousie|"
        r"curiosite|impatience|chagrin|stress|bonheur|plaisir)|d'(?:ennui|envie|impatience|"
        r"amour)|pour (?:toi|lui|elle|eux|vous|ma|mon|mes|la|le|les|ce|cette|un|une|des)|"
        r"dans (?:tes|ses|vos|leurs|mes) bras|vieux|vieille|heureux|heureuse|en paix|"
        r"tranquille|ensemble|avec (?:toi|lui|elle|vous)|a (?:\d+|cent|quatre-vingt) ans|"
        r"entoure|un jour|un jour ou l'autre|comme tout le monde|de vieillesse|d'un cancer|"
        r"si (?:je|j'ai|on) (?:\w+ )?(?:mange|bois|rate|loupe)))",
        about_others=True,
        unless=r"\b(?:plutot|plutôt) (?:\w+ ){0,2}?(?:mourir|crever) (?:que|qu')(?! (?:de )?"
        r"(?:continuer|vivre|supporter|rester|souffrir|survivre|endurer|me reveiller|revivre|"
        r"encore))|\bmourir (?:de|d') (?:rire|honte|faim|soif|chaud|froid|ennui|envie)\b|"
        r"\b(?:film|serie|jeu|partie|personnage|perso)\b|\bje vais mourir (?:si|quand) (?:je|"
        r"il|elle)\b|\b(?:marathon|semi|courbatures|seance|muscu|crossfit|spinning|triathlon|"
        r"entrainement|salle de sport|leg day|footing|trail)\b",
    ),
    rule(
        S,
        r"\b(?:si seulement j'etais|j'aimerais mieux etre|je serais mieux|serais mieux|"
        r"serait mieux que je sois|mieux vaut que je sois|prefere etre|prefererais etre|je "
        r"voudrais etre|veux etre|aimerais etre) (?P<core>morte?|six pieds sous terre|sous "
        r"terre|au cimetiere|enterree?)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:j'aurais|j'aurai) (?:\w+ ){0,2}?(?:du mourir|jamais du naitre|pas du "
        r"naitre|prefere ne (?:jamais|pas) naitre|voulu ne jamais naitre|voulu ne (?:jamais|"
        r"pas) exister)|(?:regrette|deteste) d'etre nee?|pourquoi je suis nee?|pourquoi je "
        r"suis encore (?:en vie|la|vivante?)|ne (?:jamais|pas) etre nee?)\b",
        negatable=False,
    ),
    rule(
        S,
        # Phrases that carry their own negation: "j'ai plus envie de vivre".
        r"\b(?P<core>(?:plus|pas|aucune?|jamais|perdu l') ?(?:\w+ )?(?:envie|gout|force|raison|"
        r"courage|volonte|desir)\s(?:de |d')(?:vivre|exister|continuer a vivre|rester en vie|"
        r"etre la|etre ici|etre en vie|etre vivante?|etre sur terre|"
        r"me battre pour vivre)|(?:plus|pas) (?:\w+ )?gout a la vie|(?:veux|voudrais|peux|vais)"
        r"\s(?:plus|pas|jamais)\s(?:\w+ )?(?:vivre(?! (?:avec|chez|ici|a|en|dans|la|sous|pres|"
        r"loin|seule?|ensemble|sans|au|aux|comme (?!ca|cela))\b)|exister|etre en vie|etre la"
        r"(?=\s*(?:$|[.,!?;]|demain|pour))|me reveiller|voir demain|me lever le matin(?= "
        r"(?:du tout|plus jamais))|continuer a vivre|survivre)|marre de (?:vivre|la vie|exister|"
        r"ma vie|cette vie)|(?:fatiguee?|epuisee?|lasse?|degoutee?) (?:\w+ )?(?:de vivre|"
        r"d'exister|de la vie|de ma vie)|(?:la|ma)\svie (?:\w+ )?(?:ne vaut|vaut) (?:\w+ )?pas "
        r"(?:la peine|le coup)|(?:ma|la)\svie (?:\w+ )?(?:n'a|a) (?:plus |aucun |pas de |"
        r"plus aucun |plus de )sens|"
        r"(?:rien|personne) pour (?:qui|quoi) vivre|plus rien (?:\w+ )?(?:ne )?me retient|"
        r"rien ne me retient|(?:sais|suis)\s(?:pas|plus)\s(?:\w+ )?(?:si|de)\s(?:j'ai|je veux|"
        r"vouloir|"
        r"j'aie)\s(?:encore |vraiment )?(?:envie\sde\s)?(?:vivre|rester en vie|continuer a vivre|"
        r"exister)|au bord (?:des|de la) (?:rails|voie ferree|voie))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ne (?:plus|jamais|pas)|pas|plus|jamais) (?:me )?reveiller|(?:dormir|"
        r"m'endormir|endormir) (?:\w+ )?(?:pour toujours|a jamais|pour l'eternite|sans me "
        r"reveiller|et ne (?:plus|jamais|pas) (?:me )?reveiller|et plus (?:me )?reveiller|"
        r"et pas (?:me )?reveiller)|(?:partir|disparaitre|m'en aller) (?:pour toujours|pour de "
        r"bon|definitivement|a jamais)(?! (?:de|d'|a|au|en|aux|vivre)\b))\b",
        negatable=False,
        unless=r"\b(?:week-end|weekend|vacances|grasse mat\w*|lendemain de soiree|sieste|"
        r"reveil|alarme|cours|boulot|travail|taf|pays|ville|etranger|demenag\w*)\b",
    ),
    rule(
        S,
        r"\b(?:je|j'|envie|veux|vais|voudrais|prete?|pret|besoin|decide|decidee|faut|"
        r"temps|moment|heure|aimerais|dois|compte|pense) (?:\w+ ){0,2}?(?:d'|de )?"
        r"(?P<core>en finir|en finis|en finirai|en finirais)(?=\s*(?:$|[.,!?;]|avec (?:la vie|"
        r"tout|moi|ma vie|l'existence|cette vie|tout ca|tout cela|mes jours|ce monde|cette "
        r"existence|la souffrance|cette douleur)\b|une (?:bonne )?fois|pour de bon|ce soir|"
        r"cette nuit|demain|bientot|maintenant|aujourd'hui|c ?'?est|je|une fois pour toutes|"
        r"definitivement))",
    ),
    rule(
        S,
        r"\b(?P<core>j'en (?:finis|finirai|finirais|fini|finit))(?=\s*(?:$|[.,!?;]|avec (?:la vie|"
        r"tout|moi|ma vie|l'existence|cette vie|tout ca|tout cela|ce monde)\b|une (?:bonne )?fois|"
        r"pour de bon|ce soir|cette nuit|demain|bientot|maintenant|aujourd'hui|definitivement))",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:avale|avaler|avalé|pris|prendre|prends|gobe|gober|gobé|ingere|"
        rf"ingurgite|bu|boire) (?:\w+ ){{0,2}}?{_QUANTITY} (?:\w+ ){{0,2}}?{_MEDS}|{_MEDS} "
        rf"(?:\w+ ){{0,3}}?(?:avale|avalees?|avales|avalé|gobes?|gobees?|d'un coup|en une fois|"
        rf"en meme temps)|{_QUANTITY} (?:\w+ ){{0,2}}?{_MEDS} (?:\w+ ){{0,3}}?(?:d'un coup|en une "
        rf"fois|avec de l'alcool|avec de la vodka|avec du whisky|et de l'alcool))\b",
        about_others=True,
    ),
    rule(
        S,
        rf"\b(?P<core>(?:mis de cote|mets de cote|mettre de cote|stocke|stocker|stock|accumule|"
        rf"accumuler|planque|planquer|amasse|collectionne|economise)\s(?:\w+ ){{0,4}}?{_MEDS}|"
        rf"{_MEDS} (?:\w+ ){{0,3}}?(?:de cote|"
        rf"planques?|cachees?|caches|stockees?|stockes|en reserve|accumulees?|accumules|qui "
        rf"m'attendent|pretes?|prets|sur la table|devant moi|a cote de moi)|(?:doses?|quantites?) "
        rf"(?:\w+ )?(?:mortelles?|letales?)|combien (?:de |"
        rf"d')?(?:\w+ ){{0,2}}?{_MEDS} (?:\w+ ){{0,4}}?"
        rf"(?:pour mourir|pour crever|mortel|mortelle|pour en finir|pour y passer|pour ne "
        rf"plus)|(?:fait|faite|faire|fais|ferai|ferais|refait|tente|tenter)\s(?:une |un |l')?"
        rf"(?:overdose|surdose)|(?:fait|faite|faire|fais|ferai|refait) (?:une|un) od|"
        rf"overdose volontaire|surdose volontaire)\b(?! (?:de|d') (?:sucre|cafe|"
        rf"cafeine|chocolat|series?|amour|mignonnerie|informations?|infos|travail|boulot|"
        rf"reseaux|taf|bonbons?))",
        about_others=True,
        unless=r"\b(?:mort|morte|morts|decede\w*|enterre\w*|obseques|deces|perdu|disparu|"
        r"me manque|nous a quittes)\b",
    ),
    rule(
        S,
        r"\b(?P<core>sauter|saute|sauterai|sauterais|me lancer|me laisser tomber|tomber|"
        r"plonger|enjamber|enjambe|passer par-dessus|passer par dessus)\b",
        needs=r"\b(?:pont|viaduc|toit|toits|fenetre|balcon|immeuble|falaise|tour|parking|"
        r"vide|rails?|voie ferree|quai|train|metro|rer|barrage|precipice|ravin|garde-corps|"
        r"rambarde|parapet|(?:\d+|dixieme|huitieme|septieme|sixieme|cinquieme) ?e? etage|"
        r"(?:du|au|le) \d+ ?(?:e|eme))\b",
        unless=r"\b(?:jeu|game|minecraft|gta|perso|elastique|parachute|saut a|bungee|piscine|plongeoir|"
        r"lac|mer|riviere "
        r"pour (?:se )?baigner|baignade|parkour|trampoline|le pas|de joie|du lit|un repas|"
        r"une etape|une ligne|un cours|la barriere|les cours|la seance|en l'air|sur l'occasion|"
        r"dans le train|le train de|dans le metro|rater le|pas tomber|tomber amoureuse?|"
        r"tomber malade|tomber enceinte|tomber sur|laisser? tomber(?! (?:du|de|d'|par|"
        r"dans le vide))|"
        r"tomber dans "
        r"les pommes|tomber de sommeil|tomber des nues|tomber en panne|tombe (?:de|sous) la "
        r"pluie|il tombe|tombe la neige|tomber a pic|mal tombe|bien tombe)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:foncer|fonce|foncerai|rentrer|me jeter|me crasher|me precipiter|"
        r"precipiter la voiture|lancer la voiture|me planter|planter la voiture|"
        r"jeter la voiture|rouler|m'ecraser|m'encastrer|encastrer la voiture) (?:\w+ )?(?:dans|"
        r"contre|sous|sur) (?:un|une|le|la|l'|les) "
        r"(?:mur|arbre|platane|pile|pilier|glissiere|camion|poids lourd|semi-remorque|ravin|"
        r"falaise|rail|train|voiture d'en face|voitures d'en face)|lacher le volant|"
        r"(?:me mettre|m'allonger|me coucher) (?:\w+ )?sur (?:les|la) (?:rails|voie))\b",
        unless=r"\b(?:failli|accident|verglas|glisse|distrait|evite|esquive|freine|"
        r"de justesse|frein|pneu|pluie|fatigue au volant|endormie? au volant)\b",
    ),
    rule(
        S,
        r"\b(?P<core>corde|noeud coulant|potence)\b",
        needs=r"\b(?:pendre|pends|pendrai|cou|gorge|garage|grenier|poutre|achete|achetee|"
        r"chercher|procure\w*|magasin|commande\w*|voiture|coffre|sur lui|sur elle|"
        r"prete|courage|cave|crochet|plafond|ce soir|cette nuit|noeud|me tuer|en finir|"
        r"mourir)\b",
        unless=r"\b(?:corde a sauter|cordes vocales|cordes? de (?:guitare|violon)|guitare|"
        r"violon|escalade|grimpe|bateau|voile|tente|camping|linge|corde sensible|hamac|"
        r"balancoire|sapin|pour le bricolage|demenagement|jardin|sur la "
        r"corde raide|fil|cordee|chien|laisse|gym|cours|sport)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:arme|flingue|pistolet|fusil|carabine|revolver|calibre)|balle)\b",
        needs=r"\b(?:(?:sur|contre) (?:ma|la) tempe|dans (?:ma|la) (?:bouche|tete)|me tirer|"
        r"me flinguer|me faire sauter|appuyer sur la detente|appuyer sur la gachette|sur ma "
        r"tete|contre ma tete|me buter|en finir|mourir)\b",
        unless=r"\b(?:pied|jeu|partie|film|serie|fortnite|cod|paintball|airsoft|balle de "
        r"(?:tennis|golf|ping)|ballon)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>lettres? d'adieu|mots? d'adieu|messages? d'adieu|videos? d'adieu|"
        r"(?:trucs?|posts?|textes?|stories|story|publications?|snaps?) d'adieu|"
        r"(?:a|pour) (?:celui|celle|ceux|celles|qui que ce soit|quiconque)(?: ou (?:celui|celle))? "
        r"qui (?:lira|liront|"
        r"lit|lisent|trouvera|trouveront|trouve|tombera)|(?:a|pour) qui (?:trouvera|lira) "
        r"(?:ce|cette|ca|ceci)|(?:si|quand|lorsque) (?:vous|tu) (?:lisez|lis|lirez|liras) "
        r"(?:ce message|ceci|ca|cette lettre|ces mots|ce mot)(?:[ ,]+\w+){0,3}?[ ,]+(?:je "
        r"serai|je suis|je ne serai|je serai plus|c ?'?est que|il sera)|ne me cherchez pas|"
        r"cherchez-moi pas|me cherchez pas|essayez pas de me (?:trouver|retrouver|sauver)|"
        r"adieu (?:a tous|a tout le monde|tout le monde|les amis|maman|papa|la vie|le monde|"
        r"mes amours|vous tous)|je vous dis adieu|je dis adieu a (?:tous|tout le monde|la vie|"
        r"ce monde)|(?:c ?'?est|voici|ce sera) (?:mon|ma|mes) (?:\w+ )?(?:dernier message|"
        r"derniere entree|derniers mots|dernier mot|derniere lettre|dernier post|dernier "
        r"journal)|mes derniers mots)\b",
    ),
    rule(
        S,
        r"\b(?P<core>merci pour tout|merci de tout|pardonnez-moi|pardonnez moi|je vous aime "
        r"tous|je vous aime toutes)\b",
        needs=r"\b(?:adieu|ne me cherchez|me cherchez pas|pardon|pardonnez|prenez soin|"
        r"occupez-vous|occupez vous|dites a|je m'en vais|je pars|pour toujours|derniere fois|"
        r"au revoir a tous|c ?'?est mieux comme ca|je ne serai plus|je serai plus|plus la|"
        r"vivez|soyez heureux|oubliez-moi|oubliez moi|je vous aime|prends soin de toi|"
        r"prenez soin de "
        r"vous|je t'aime|ne m'en veux pas|ne m'en voulez pas|je vous ai (?:\w+ )?aimee?s?)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:prenez|prends|prendre) (?:bien )?soin de (?:mon|ma|mes) (?:chat|"
        r"chien(?:ne)?|"
        r"chats|chiens|lapin|animaux|enfants|plantes|maman|mere|petite soeur|petit frere|"
        r"hamster|cochon d'inde|poisson)|(?:occupez|occupe)[- ](?:vous|toi) de (?:mon|ma|mes) "
        r"(?:chat|chien(?:ne)?|chats|chiens|lapin|animaux|enfants|hamster)|qui (?:va|pourra|"
        r"voudra) s'occuper de (?:mon|ma|mes) (?:chat|chien(?:ne)?|chats|chiens|lapin|animaux)"
        r"(?: \w+){0,3}? (?:quand|si|apres) (?:je serai|je ne serai|je suis|je meurs|ma mort))\b",
        needs=r"\b(?:adieu|ne me cherchez|pardon|je m'en vais|je pars|pour toujours|plus la|"
        r"merci pour tout|quand je serai|apres ma mort|si je meurs|je ne serai|je serai plus|"
        r"je vous aime|derniere)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:j'en|je n'en|j'n'en) (?:aurai|aurais|aura) (?:\w+ )?(?:plus|pas) besoin|"
        r"plus besoin (?:la ou|la-bas|la bas|ou) je (?:vais|pars)|la ou je vais|quand je "
        r"(?:serai|ne serai) plus la|apres ma mort|de toute facon je (?:serai|ne serai) plus|"
        r"je serai bientot plus la|bientot plus la)\b",
        needs=r"\b(?:donne|donnee?|donner|distribue|distribuer|legue|leguer|offert|offrir|"
        r"vendu|laisse|confie)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:je suis|suis) (?:enfin |maintenant |vraiment )?(?:prete?|pret) (?:a|pour) "
        r"(?:partir(?! (?:en|au|a|pour|demain|ce week))|mourir|en finir|le faire|y aller pour de "
        r"bon|la fin|mourir)|passer a l'acte|(?:ce soir|cette nuit|demain) (?:c ?'?est|ce sera) "
        r"(?:la fin|fini pour moi|le grand saut|le jour)|j'ai (?:\w+ )?(?:choisi|fixe|prevu) "
        r"(?:la date|le jour|l'endroit|le moment|comment)(?: \w+){0,3}? (?:pour )?(?:mourir|en "
        r"finir|partir|le faire|me tuer)|j'ai un plan pour (?:mourir|en finir|me tuer|me "
        r"suicider|partir))\b",
        negatable=False,
        unless=r"\b(?:vacances|voyage|week-end|concert|soiree|examen|entretien|match|course|"
        r"mariage|demenagement)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:c ?'?est decide|c ?'?est decidee|decision est prise|"
        r"j'ai decide)(?:[ ,]+\w+)"
        r"{0,4}?[ ,]+(?:ce soir|cette nuit|demain|en finir|j'en finis|je pars pour|mourir|"
        r"me tuer|je me tue|le faire|j'arrete tout))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:pense|pensais|penser|songe|obsede|obsedee|fantasme|reve) (?:\w+ ){0,3}?"
        r"(?P<core>a (?:la|ma) (?:propre )?mort|a mourir|a mon (?:propre )?enterrement|a mes "
        r"funerailles)\b(?! (?:de|d'|du|des) (?!moi))|\b(?:(?:j'imagine|imaginer|"
        r"prepare|preparer|organise|planifie) (?:\w+ )?(?:mon|mes) (?:propre )?(?:enterrement|"
        r"funerailles|obseques))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:comment|facon de|moyens? de|methodes? pour|methode pour|meilleure "
        r"facon de|maniere de) (?:\w+ )?(?:mourir sans|se suicider|me suicider|en finir|se tuer|"
        r"se pendre|me pendre|faire un noeud coulant|s'ouvrir les veines|se jeter|mourir|"
        r"me tuer sans|mourir vite|mourir rapidement|mourir facilement|mourir sans douleur|"
        r"mourir sans souffrir)|mourir sans (?:souffrir|douleur|avoir mal))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:s'en (?:foutrai(?:t|ent)|ficherai(?:t|ent)|fout|fiche|foutent|fichent)|"
        r"seraient? (?:\w+ )?(?:content|contente|contents|soulages?|heureux|tranquilles?)|"
        r"feraient la fete|ferait la fete) (?:\w+ )?si je (?:\w+ )?(?:mourais|crevais|"
        r"disparaissais|me tuais|me suicidais|n'etais plus la|etais plus la|meurs|creve|me tue)|"
        r"si je (?:meurs|creve|me tue|me suicide|disparais)(?: \w+)?(?:[ ,]+[\w']+){0,4}?[ ,]+"
        r"(?:personne (?:ne )?(?:\w+ )?(?:pleurera|remarquera|verra|s'en rendra compte)|ca "
        r"changera rien|tout le monde s'en fout|ils seront soulages|ils s'en foutent))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:veux|voudrais|aimerais|prefererais|prefere|envie de|souhaite|j'aimerais|besoin de|"
        r"reve de) (?:juste |simplement |tellement )?(?P<core>ne (?:plus|pas|jamais) (?:exister|"
        r"etre la|etre en vie|vivre|me reveiller|etre nee?|avoir existe))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\bme vois (?:pas|plus) (?P<core>vivre (?:encore )?(?:longtemps|vieux|vieille|jusqu)|"
        r"vieillir|survivre|continuer a vivre|passer (?:l'annee|l'hiver|la semaine|noel))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>si je (?:meurs|creve|disparais|me tue|mourais|crevais)(?: \w+){0,3}?,? "
        r"(?:c ?'?est|c ?'?etait|ce serait|ca serait) (?:pas grave|tant mieux|mieux|pas plus mal|"
        r"pas une perte)|(?:m'en fous|m'en fiche|egal|je m'en fous|je m'en fiche|peu importe) "
        r"(?:\w+ )?(?:de (?:mourir|crever|vivre ou mourir|vivre ou de mourir)|si je (?:meurs|creve|"
        r"me reveille|me reveille pas|suis morte?)))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>lettres?|mots?|messages?) (?:\w+ ){0,4}?(?:pour|a) (?:ma famille|mes "
        r"parents|maman|papa|mes proches|mes enfants|mes amis|mes potes|ma soeur|mon frere|"
        r"ceux que j'aime)\b",
        needs=r"\b(?:au cas ou|pour apres|quand je (?:serai|ne serai) plus|adieu|pardon|"
        r"derniere?s?|si (?:jamais )?il m'arrive|apres ma mort|quand je serai partie?)\b",
    ),
    rule(
        S,
        r"\b(?:je )?vais (?P<core>mourir (?:ce soir|cette nuit|aujourd'hui))\b",
    ),
    rule(
        S,
        # Burden with a death meaning.
        r"\b(?P<core>(?:mieux|plus heureux|plus heureuse|plus heureuses|plus tranquilles?|"
        r"soulages?|soulagees?|un soulagement|plus simple|plus facile) (?:\w+ ){0,3}?(?:sans "
        r"moi|si je (?:\w+ )?(?:n'etais plus la|n'existais pas|n'existais plus|etais plus la|"
        r"mourais|crevais|disparaissais|partais pour de bon|me tuais|me suicidais|etais morte?|"
        r"n'etais pas nee?|etais pas nee?|n'avais jamais existe)|si j'(?:etais|existais|avais) "
        r"(?:\w+ )?(?:morte?|plus la|pas la|pas nee?|jamais nee?|pas|plus|jamais existe))|"
        r"(?:si je (?:\w+ )?"
        r"(?:mourais|crevais|disparaissais|me tuais|me suicidais|n'etais plus la|etais plus "
        r"la|etais morte?))(?:[ ,]+[\w']+){0,5}?[ ,]+(?:personne|mieux|soulage\w*|"
        r"remarquerait|verrait|pleurerait|manquerais|manquerait|regretterait|changerait rien|"
        r"s'en rendrait compte|s'en apercevrait|serait (?:\w+ )?(?:mieux|content|heureux|"
        r"soulage))|(?:personne|nul) (?:\w+ )?(?:ne )?(?:me regretterait|me pleurerait|"
        r"remarquerait (?:\w+ )?mon absence|verrait (?:\w+ )?la difference si je|(?:pleurerait|"
        r"regretterait|remarquerait),? (?:\w+ )?si je (?:\w+ )?(?:mourais|crevais|partais|"
        r"disparaissais|me tuais|me suicidais|n'etais plus la|etais plus la))|je (?:ne )?"
        r"manquerais (?:\w+ )?a personne)\b",
        negatable=False,
        unless=r"\b(?:soiree|fete|match|equipe|projet|voyage|vacances|reunion|diner|sortie|"
        r"anniversaire)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:veux|voudrais|aimerais|besoin) (?:juste |seulement )?que (?:tout|ca|"
        r"la douleur|la souffrance|cette douleur|ma vie|tout ca|cette vie) (?:\w+ )?(?:s'arrete|"
        r"s'arretent|se termine|finisse|prenne fin|cesse))\b",
        negatable=False,
    ),
    rule(
        S,
        # Someone at risk now (a past death, "il s'est suicidé", is grief).
        r"\b(?:veut|voulait|va|allait|pense a|parle de|parlait de|menace de|essaye de|"
        r"essaie de|tente de|a essaye de|a tente de|envie de|a voulu|pourrait|risque de|"
        r"veulent|vont|compte) (?:\w+ ){0,2}?(?P<core>se (?:suicider|tuer|foutre en l'air|"
        r"pendre|jeter|ouvrir les veines|noyer|flinguer)|mettre fin a ses jours|en finir)\b",
        about_others=True,
        unless=r"\bsi (?:je|on) (?:\w+ )?(?:le |la )?(?:quitte|laisse|pars)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:il|elle|mon \w+|ma \w+) (?:est|etait) (?:\w+ )?suicidaire|(?:se "
        r"suicide|se tue|se pend) (?:ce soir|cette nuit|demain|maintenant|bientot)|(?:avale|"
        r"pris) (?:\w+ ){0,2}?(?:toute la boite|tous ses|toutes ses|plein de) (?:\w+ )?"
        r"(?:cachets|medocs|medicaments|comprimes|pilules))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:me|m'|je|moi)\s?(?:\w+ ){0,2}?(?P<core>unalive\w*|sewerslide|sewer slide|"
        r"desabonner de la vie|desinscrire de la vie)\b",
    ),
    rule(
        S,
        r"\b(?:veux|voudrais|aimerais|vais|envie de|hate de|pressee? de) (?:\w+ )?(?P<core>"
        r"rejoindre (?:mon|ma|mes) (?:\w+ ){0,2}?(?:au ciel|la-haut|la haut|de l'autre cote|"
        r"dans la mort|au paradis)|faire le grand saut|partir rejoindre (?:mon|ma|mes) \w+)\b",
    ),
    rule(
        S,
        r"\b(?:a|avait|ont) (?:\w+ ){0,2}?(?:pris|avale|gobe) (?:des|plein de|trop de|tous ses|"
        r"toutes ses|toute sa boite de|une boite de) (?P<core>medocs|cachets|medicaments|"
        r"comprimes|pilules|somniferes|anxiolytiques)\b",
        needs=r"\b(?:hopital|urgences|samu|lavage d'estomac|reanimation|pompiers|15|112|"
        r"psychiatrie|hp|clinique|reveille pas|reveillait pas)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:a|avait|ai|j'ai|j'avais) (?:\w+ )?(?:deja|enfin|maintenant) (?:les|ses|mes|assez "
        r"de|tous les|toutes les) (?P<core>cachets|medocs|medicaments|comprimes|pilules|"
        r"somniferes)\b(?! (?:pour|contre|du|de la)\b)",
        unless=r"\b(?:pharmacie|ordonnance|migraine|medecin|docteur|vacances|voyage|demain "
        r"matin)\b",
        about_others=True,
    ),
    # ---- SUICIDE, round 2: calm plans, means, goodbyes, histories
    rule(
        S,
        r"\b(?P<core>(?:tout|ma vie|mes affaires|mes papiers) (?:\w+ )?(?:prepare|planifie|"
        r"organise|regle|range|mis en ordre|ecrit)|(?:range|regle|mis en ordre|organise) "
        r"(?:\w+ )?(?:ma vie|mes affaires|mes papiers))\b",
        needs=r"\b(?:fini|fin|prete?|derni\w*|adieu|plus la|calme|chat|chien|lettres?|"
        r"demission|testament|partir)\b",
        unless=r"\b(?:fete|soiree|voyage|vacances|demenag\w*|exam\w*|mariage|anniversaire|"
        r"grand-\w+|mamie|papi|parents|notaire|rentree|week-end|weekend|reunion|oral|concours|partiel\w*|rando\w*|valise)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:comment|quand|ou) et (?:quand|comment|ou) je (?:vais|veux|compte) le "
        r"faire|testament)\b",
        needs=r"\b(?:faire|pret|prete|fin|fini|calme|adieu|derni\w*|dimanche|samedi|ce soir|"
        r"cette nuit|demain|decide\w*)\b",
        unless=r"\b(?:notaire|heritage|grand-\w+|papi|mamie|parents|tatouage|demenag\w*|"
        r"demande|mariage|gateau)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:chat|chats|chien|chiens|chienne|lapin|hamster|perruche|animaux|poisson|"
        r"cochon d'inde))\b",
        needs=r"\b(?:serai (?:\w+ )?plus la|serai plus|apres moi|pour toujours|en prendra soin|"
        r"prendra soin|mieux que moi|quand je (?:\w+ )?(?:serai|suis) plus|aurai plus besoin)\b",
        unless=r"\b(?:vacances|voyage|week-end|weekend|hopital|stage|erasmus|demenag\w*)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:donne|donner|donne|offre|offert|distribue|distribuer|refile)\b (?:\w+ )"
        r"{0,3}?(?:toutes (?:mes|ses) affaires|tous (?:mes|ses) (?:trucs|biens|objets)|mes "
        r"affaires|ses affaires|mes biens|tout ce que j'ai|mes objets preferes))\b",
        unless=r"\b(?:vinted|leboncoin|demenag\w*|trop petit\w*|association|emmaus|tri|bebe|"
        r"enfants?|grandi|vetements|fringues|livres|jouets|"
        r"croix-rouge|croix rouge|vide-grenier|brocante|noel)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:assez|suffisamment|trop) (?:haut|profond|haute|profonde))\b",
        needs=r"\b(?:pont|viaduc|toit|immeuble|fenetre|etage|falaise|balcon|sauter|saute|"
        r"parking|tour|barrage|vide)\b",
        unless=r"\b(?:etagere|placard|meuble|escabeau|escalade|piscine|plongeoir|cerf-volant|"
        r"camion|plafond|tente|lampe)\b",
    ),
    rule(
        S,
        r"\b(?P<core>rails?|voies? ferrees?|voie du train|passage a niveau)\b",
        needs=r"\b(?:le faire|me jeter|m'allonger|me coucher|me mettre|fret|fini|mourir|"
        r"mort|en finir|attendre|me garer|garer|y pense|y pense tout le temps|toute vitesse|"
        r"tgv)\b",
        unless=r"\b(?:travaux|retard|photo\w*|balade|promenade|greve|sncf annonce|modelisme|"
        r"maquette|train electrique)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:dans|a) (?:la mer|le lac|la riviere|la seine|le fleuve|l'eau|l'ocean|le "
        r"rhone|la loire|le canal|la garonne|le rhin|les vagues) (?:\w+ ){0,4}?(?:reviens pas|"
        r"revenir pas|plus remonter|ne plus remonter|remonte pas|remonterai pas|jamais revenir|"
        r"reviendrai pas|ressortir pas|ressors pas|plus ressortir|jamais ressortir|plus "
        r"revenir|me laisser couler|couler))\b",
        unless=r"\b(?:bateau|pierre|caillou|telephone|tel|bague|cles)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:bientot|la semaine prochaine|demain|ce soir|cette nuit|dans \w+ jours|"
        r"d'ici \w+)\s(?:\w+ )?je (?:serai|vais etre|serais) (?:\w+ )?(?:plus la|plus de ce "
        r"monde|plus parmi vous|partie? pour de bon)|si (?:demain |un jour |jamais )?je (?:suis|"
        r"serai|ne suis|ne serai) (?:\w+ )?plus la)\b",
        unless=r"\b(?:vacances|voyage|demenag\w*|stage|erasmus|boulot|taf|travail|bureau|"
        r"reunion|cours|ecole|fac|week-end|weekend|partie? en|a l'etranger|conge)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>mon dernier jour)(?=\s*(?:$|[.,!]|sur (?:terre|cette terre)|c'est decide))",
        unless=r"\b(?:boulot|stage|travail|taf|ecole|lycee|fac|vacances|contrat|ici|bureau|"
        r"conge|chantier|mission|cdd|essai)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:boites?|plaquettes?|tubes?|flacons?) (?:\w+ )?(?:de |d')?(?:doliprane|"
        r"paracetamol|dafalgan|efferalgan|ibuprofene|advil|nurofen|aspirine|xanax|lexomil|"
        r"stilnox|somniferes?|cachets|medocs|medicaments|comprimes|tramadol|lamaline|"
        r"antidepresseurs?|anxiolytiques?|seresta|atarax|temesta|valium|imovane|zolpidem))\b",
        needs=r"\b(?:remarque|d'un coup|en une fois|assez|suffi\w*|pharmacies differentes|tout "
        r"avaler|avale\w*|cache(?!ts?\b)\w*|stock\w*|accumul\w*|de cote|toute la)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:insuline|cachets|medocs|medicaments|comprimes|pilules|somniferes|"
        r"antidepresseurs|anxiolytiques|doliprane|paracetamol|xanax|lexomil|stilnox|tramadol|"
        r"morphine|lithium|seroquel|quetiapine|valium|temesta|seresta|imovane|zolpidem|"
        r"atarax|lamaline|codeine|benzos?) (?:\w+ ){0,3}?(?:suffirai\w*|suffirait|suffira|"
        r"suffit|suffisent|suffiront|seront assez|sera assez|serait assez))\b",
        unless=r"\b(?:vacances|voyage|week-end|ordonnance|renouvel\w*|pharmacie)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:garde|gardais|stocke|stockais|cache|cachais|accumule|mets de cote|mis "
        r"de cote|economise) (?:\w+ ){0,2}?(?:mes |des |les |ses |tous mes |toutes mes )?"
        r"(?:cachets|medocs|medicaments|comprimes|pilules|somniferes|antidepresseurs|"
        r"anxiolytiques|xanax|lexomil|stilnox|tramadol|insuline|benzos?|traitement))\b",
        needs=r"\b(?:prete?|assez|jour ou|de cote|au lieu de|stock\w*|cache(?!ts?\b)\w*|accumul\w*|"
        r"avaler|d'un coup|pour le jour|un jour|au cas ou)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ceinture|corde|cable|echarpe|foulard|rallonge|drap|draps|lacets?))\b",
        needs=r"\b(?:porte|poignee|poutre|crochet|teste\w*|essaye\w*|noeud|autour du cou|me "
        r"pendre|pendre|accrocher|tient|tiendra|tiendrait|solide)\b",
        unless=r"\b(?:balancoire|linge|escalade|bateau|hamac|guitare|sport|saut a la corde|"
        r"corde a sauter|pantalon|robe|jean|lit|rideau|velo|chien|laisse|valise|poignee de "
        r"main|draps propres|changer les draps)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:fusil|carabine|pistolet|revolver|arme|flingue|calibre))\b",
        needs=r"\b(?:y penser|y pense|j'arrete pas d'y|le prendre|la prendre|l'utiliser|dans la bouche|"
        r"sur la tempe|charge\w*|les cles|la cle|munitions|cartouches|balles)\b",
        unless=r"\b(?:jeu|partie|film|serie|fortnite|cod|paintball|airsoft|chasse (?:ce|ce "
        r"week-end|dimanche)|stand de tir|club de tir)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:etais|etait|suis|j'etais) (?:deja|encore) (?:\w+ )?(?:sur|au bord du|au "
        r"bord de la|au bord des) (?:le |la |les )?(?:pont|toit|rebord|voie|rails|falaise|"
        r"viaduc|parapet|balcon|quai))\b",
        needs=r"\b(?:il y a|deja|aujourd'hui|retourne\w*|encore|fois)\b",
        unless=r"\b(?:vacances|photo\w*|vue|coucher de soleil|balade|promenade)\b",
    ),
    rule(
        S,
        r"\b(?P<core>regrette (?:\w+ )?d'avoir survecu|(?:aurais|aurait) (?:\w+ )?(?:du|voulu) "
        r"(?:\w+ )?(?:mourir|y rester|pas me reveiller|pas survivre|ne pas survivre|ne pas me "
        r"reveiller)|(?:aurais|aurait) (?:pas|jamais) du (?:me reveiller|survivre|me sauver)|"
        r"(?:dommage|malheureusement|manque de bol) (?:\w+ )?(?:j'ai survecu|je me suis "
        r"reveillee?|je suis encore la|je suis toujours en vie))\b",
        unless=r"\b(?:mdr|ptdr|lol|soiree|fete|cuite|gueule de bois|exam\w*)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:fini|termine) avec la vie|j'en ai fini avec (?:tout|ce monde|"
        r"l'existence|l'existence)(?=\s*(?:$|[.,!]))|(?:serez|seront|sera|seras|serai) "
        r"(?:\w+ )?debarrass\w* de moi|(?:bientot|enfin) (?:vous|ils|tu) (?:serez|seront|seras) "
        r"(?:\w+ )?tranquilles?(?=\s*(?:$|[.,!]|sans moi)))\b",
    ),
    rule(
        S,
        r"\b(?P<core>si j'etais (?:\w+ )?morte?)\b(?! de)",
        needs=r"\b(?:enfin|paix|mieux|tranquille|repos|soulag\w*|personne|remarquerait|"
        r"regretterait|manquerait)\b",
        unless=r"\b(?:jeu|partie|zombie|film|serie|mdr|ptdr)\b",
    ),
    rule(
        S,
        r"\b(?:veut|va|voulait|compte|menace de|parle de|pense a) (?:\w+ )?(?P<core>sauter)\b",
        needs=r"\b(?:cette nuit|ce soir|pont|toit|fenetre|immeuble|falaise|viaduc|etage|balcon|"
        r"vide)\b",
        unless=r"\b(?:parachute|elastique|piscine|trampoline|plongeoir|cheval|saut|haha\w*|mdr|"
        r"ptdr|lol|joie|lit|etape|repas|cours)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:m'a|nous a|lui a|m'a envoye) (?:\w+ )?(?:dit|ecrit|envoye) adieu|(?:m'a|"
        r"nous a) (?:\w+ )?fait ses adieux)\b",
        needs=r"\b(?:peur|repond (?:\w+ )?(?:plus|pas)|injoignable|inquiet\w*|telephone eteint|"
        r"tel eteint|plus de nouvelles|bizarre)\b",
    ),
    rule(
        S,
        r"\b(?:il|elle|qu'il|qu'elle) (?:\w+ ){0,2}?(?:veut|voulait|voudrait|veux|a envie de|"
        r"avait envie de) (?:\w+ )?(?P<core>plus vivre|mourir|en finir|se tuer|se suicider)\b",
        about_others=True,
        unless=r"\b(?:mdr|ptdr|lol|honte|rire|chaud|faim|ennui|film|serie|personnage)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:parle|parlait|parlent) (?:\w+ ){0,3}?(?:de mourir|de la mort|de suicide|"
        r"du suicide|de se tuer|d'en finir|de disparaitre pour toujours))\b",
        about_others=True,
        unless=r"\b(?:film|histoire|philo\w*|cours|livre|serie|religion|podcast|docu\w*|"
        r"grand-\w+|papi|mamie|chien|chat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:dire|dit) (?:au revoir|adieu) (?:\w+ ){0,2}?avant de (?:partir|m'en "
        r"aller|mourir|y aller|disparaitre)|lettres? (?:pour|a) (?:tout le monde|chacun|vous|"
        r"ma famille|tous|mes proches|maman|papa)|s'il m'arrive (?:quelque chose|qqch|un truc))\b",
        needs=r"\b(?:ecrit\w*|laisse\w*|adieu|au revoir|code|mot de passe|merci pour tout|je "
        r"vous aime|pardon|chat|chien|bureau|voulez pas|en veux pas)\b",
        unless=r"\b(?:vacances|voyage|demenag\w*|erasmus|noel|anniversaire|mariage|invitation"
        r"\w*|motivation|stage|cv|fete|voeux)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_MEDS}|quetiapine|zolpidem|benzos?)\b",
        needs=r"\b(?:suffire|suffira|suffirait|suffisent|assez|d'un coup|en une fois|(?:tous|"
        r"toutes) les (?:prendre|avaler)|les (?:prendre|avaler) (?:tous|toutes)|tous les "
        r"(?:cachets|medocs|comprimes)|toute la boite|toutes les boites|\d{2,3}|vodka|alcool|"
        r"whisky|cette nuit|pour toujours|plus me reveiller|mourir|en finir|tous mes|toutes mes|"
        r"vide\w*)\b",
        unless=r"\b(?:ordonnance|pharmacie|medecin|prescri\w*|mal de tete|migraine|rhume|"
        r"grippe|fievre|dents?|regles|docu\w*|film|serie|livre|infos?|effets secondaires|"
        r"doctor|prescribed|pharmacy|arzt|rezept|medico|receta|farmacia|lekarz|recepta|"
        r"oublie\w*|notice|mg)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vient d'|vient de |a |ont |avait )avale\w* (?:\w+ ){0,3}?(?:cachets|"
        r"medocs|medicaments|comprimes|pilules|somniferes|boite))\b",
        unless=r"\b(?:mal de tete|migraine|rhume|fievre|pour dormir un peu|ordonnance|par "
        r"erreur|le chien|le chat|bebe|enfant)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:je sais|sais) (?:\w+ )?(?:deja|exactement|maintenant) (?:quel|quelle|ou|"
        r"comment) (?:\w+ )?(?:pont|toit|immeuble|endroit|train|falaise|arbre|viaduc|corde|"
        r"cachets|etage))\b",
        unless=r"\b(?:vacances|balade|photo\w*|rendez-vous|rdv|fete|pique-nique)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:le|mon) plan est (?:pret|fait|clair|decide))\b",
        needs=r"\b(?:courage|cachets|corde|pont|mourir|mort|fin)\b",
        unless=r"\b(?:demande|declarer|declaration|appeler|demission|voyage|vacances|projet|"
        r"business|entretien|rompre|quitter|lui (?:dire|parler)|saut|parachute|regime|mariage|"
        r"fete|anniversaire)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:il me manque|me manque|manque plus que) (?:\w+ )?le courage)\b",
        needs=r"\b(?:plan|pret|prete|cachets|corde|pont|mourir|mort|fin)\b",
        unless=r"\b(?:demande|declarer|declaration|appeler|demission|voyage|vacances|projet|"
        r"business|entretien|rompre|quitter|lui (?:dire|parler)|saut|parachute|regime)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ce sera|ca sera|tout sera|c'est) (?:\w+ )?(?:bientot|enfin|presque) "
        r"(?:fini|termine))\b",
        needs=r"\b(?:calme|soulag\w*|paix|pret|prete|sereine?|leger|legere)\b",
        unless=r"\b(?:exam\w*|partiel\w*|semestre|hiver|semaine|chantier|demenag\w*|"
        r"annee|stage|projet|travaux|vacances)\b",
    ),
    rule(
        S,
        r"\b(?P<core>souvenir de moi|pour (?:qu'elle|qu'il|qu'ils|qu'elles) (?:se souvienne\w*|"
        r"pense\w*) (?:de|a) moi)\b",
        needs=r"\b(?:offert|donne|legue|bijoux|montre|bague|guitare|collier)\b",
        unless=r"\b(?:anniversaire|noel|demenag\w*|erasmus|etranger|expatri\w*|mariage|"
        r"depart en)\b",
    ),
    rule(
        S,
        r"\b(?P<core>si (?:quelqu'un|qqn|vous|tu) (?:\w+ )?(?:lit|lisez|lis|trouve|trouvez) "
        r"(?:ca|ce message|ceci|ces mots|cette lettre)|vous (?:n'y etes|y etes) pour rien|"
        r"(?:desolee?|pardon) (?:d'avoir ete|d'etre) (?:\w+ )?(?:si |aussi |trop )?(?:faible|"
        r"lache|une deception|un poids|un fardeau)|(?:veillez|veille) sur (?:maman|papa|ma "
        r"mere|mon pere|ma soeur|mon frere|mes \w+))\b",
        unless=r"\b(?:match|partie|exam\w*|entrainement|meteo|retard|greve|mdr|lol|ptdr)\b",
    ),
    rule(
        S,
        r"\b(?P<core>sans moi (?:\w+ ){0,3}?(?:seraient|serait|seriez|auraient|aurait|auriez|"
        r"irait|iraient|vivraient|vivriez) (?:\w+ ){0,2}?(?:mieux|moins|plus heureu\w*|plus "
        r"tranquilles?|plus simple|plus facile))\b",
        unless=r"\b(?:fete|soiree|equipe|match|partie|projet|boulot|coloc|voyage|vacances|"
        r"demenag\w*)\b",
    ),
    rule(
        S,
        r"\b(?:a ca|a deux doigts|pas loin|sur le point|tout pres|proche) (?:de |d')(?P<core>en "
        r"finir|me tuer|me suicider|sauter|me foutre en l'air|tout arreter pour de bon)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sur|derriere|de l'autre cote de|au bord de) (?:la|le|du) (?:rambarde|"
        r"garde-corps|garde corps|parapet|rebord|bord du toit|bord du quai|balustrade))\b",
        needs=r"\b(?:deja|presque|failli|sauter|prete?|enjambe\w*|courage|vide)\b",
        unless=r"\b(?:vue|photo\w*|coucher de soleil|selfie|touriste\w*|appuyee? pour|"
        r"escalade|balade)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:cherche|recherche|googl\w*|regarde) (?:\w+ ){0,2}?(?:combien de (?:cachets|"
        r"comprimes|medocs|medicaments|pilules|somniferes|doliprane|xanax)|(?:la )?dose (?:mortelle|"
        r"letale)|quelle hauteur (?:\w+ )?(?:pour|faut)))\b",
        unless=r"\b(?:calories|sucre|cafeine|vitamine\w*|chien|chat|expose|devoir)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sont|est|posee?s?) (?:\w+ )?(?:deja|pretes?|prets?) (?:\w+ ){0,2}?(?:a "
        r"cote de|pres de|sur|dans|sous) (?:la |le |l'|ma |mon )?(?:baignoire|table de nuit|lit|"
        r"oreiller|bureau|lavabo))\b",
        needs=r"\b(?:lames?|rasoirs?|cachets|medocs|comprimes|corde|couteau|pistolet|arme)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:disparaisse|disparaitre|partir|m'en aller) (?:\w+ )?de ce monde|quitter "
        r"ce monde)\b",
        unless=r"\b(?:mdr|ptdr|lol|honte|film|serie|personnage|jeu)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:est|se tient|assise?|debout|etait) (?:\w+ )?(?:sur le toit|sur le pont|sur "
        r"les rails|au bord du (?:toit|pont|vide|quai)|sur la rambarde|sur le rebord))\b",
        needs=r"\b(?:repond (?:\w+ )?(?:plus|pas)|peur|aide|sauter|veut|police|pompiers|17|112|"
        r"15)\b",
        unless=r"\b(?:couvreur|reparer|antenne|panneaux|photo\w*|chat|pigeon)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ce serait|ca serait|se serait|c'est|ce sera) (?:\w+ )?(?:si|tellement|"
        r"trop) (?:simple|facile)|quand je serai (?:partie?|morte?|plus la)[ ,]+(?:\w+ ){0,4}?"
        r"(?:paix|tranquilles?|mieux|soulag\w*|libres?|heureu\w*)|ne m'oubliez pas|"
        r"oubliez-moi pas|oubliez moi pas)\b",
        needs=r"\b(?:en bas|sauter|balcon|etage|toit|pont|cachets|rails|vide|partie?|morte?|"
        r"plus la|adieu|je vous aime)\b",
        unless=r"\b(?:exam\w*|recette|jeu|niveau|exercice|vacances|erasmus|demenag\w*|"
        r"boulot|stage|anniversaire)\b",
    ),
    # ---- SUICIDE, round 3: questions about means, calm plans, goodbyes, burden
    rule(
        S,
        # "combien de comprimés faut-il pour que ce soit mortel"
        r"\b(?P<core>(?:combien|quelle (?:dose|quantite|hauteur|distance)|a partir de (?:combien|"
        r"quelle \w+)|dose) (?:[\w'-]+ ){0,8}?(?:mortel\w*|letale?s?|fatale?s?|pour (?:mourir|"
        r"crever|en finir|y rester|ne pas survivre|pas survivre|ne plus (?:se|me) reveiller|etre "
        r"sure? de mourir|que (?:ce soit|ca soit) (?:mortel|fatal|fini|definitif))))\b",
        about_others=True,
        unless=r"\b(?:chien|chat|animal|animaux|plante|cafe|cafeine|alcool|serpent|araignee|"
        r"champignon|requin|film|serie|livre|expose|cours|virus|bacterie)\b",
        negatable=False,
    ),
    rule(
        S,
        # "samedi mes parents partent, c'est là que je le ferai": a time when no one is home.
        r"\b(?P<core>je le (?:ferai|fais|ferais)|je vais le faire|c'est la que je le (?:ferai|"
        r"fais))\b",
        needs=r"\b(?:(?:parents|mere|pere|coloc|mari|copain|famille|tout le monde|ils|elle|il) "
        r"(?:\w+ ){0,3}?(?:partent|seront partis|sont partis|seront absents|dorment|dormiront|"
        r"dormira|en vacances)|(?:y aura|n'y aura|il y aura) personne|personne a la maison|"
        r"seule? (?:a la maison|chez moi))\b",
        unless=r"\b(?:fete|soiree|menage|devoirs|ranger|reviser|gateau|surprise|cuisine|jouer|"
        r"fumer|inviter|teuf|repas|lessive|peinture|bricolage|jou\w*|switch|console)\b",
    ),
    rule(
        S,
        # A decision with a date: "c'est décidé : après le bac je me tue".
        r"\b(?P<core>je me (?:tue|pends|jette|flingue|fous en l'air|fiche en l'air|suicide))\b"
        r"(?! (?:\w+ )?(?:au|a|pour|de|dans|sur|avec|en)\b)",
        needs=r"\b(?:c'est decide|j'ai decide|c'est sur|c'est regle|apres (?:le|la|les|mon|ma|"
        r"mes|l')|demain|ce soir|cette nuit|bientot|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche|week-?end|cette semaine|ce mois|le \d+|dans \w+ jours)\b",
        unless=r"\b(?:mdr|ptdr|lol|jrigole|je rigole|xd|blague|boulot|taf|travail)\b|😂|🤣",
    ),
    rule(
        S,
        r"\b(?P<core>(?:c'est|ce sera) la derniere fois que (?:vous|tu|on) (?:me )?(?:voyez|vois|"
        r"verrez|verras|m'entendez|m'entends|me lisez|me lis|entendez parler de moi|entendrez "
        r"parler de moi))(?=\s*(?:$|[.,!]))",
        unless=r"\b(?:blonde|brune|cheveux|frange|coupe|celibataire|ici|au bureau|en cours)\b",
    ),
    rule(
        S,
        # A goodbye letter: "maman, papa, c'est pas votre faute", "ceci est ma dernière lettre".
        r"\b(?P<core>(?:c'est|ce n'est|ce n'est|c'etait) (?:pas|jamais) (?:votre|ta) faute"
        r"(?=\s*(?:$|[.,!;]))|(?:ceci|c'est|voici|voila) (?:est )?(?:ma|mon|mes) (?:derniere lettre|"
        r"dernier message|derniers mots|lettre d'adieu)(?! (?:de|d'|du|avant|pour le|au)\b)|dites "
        r"(?:a|aux) (?:\w+ ){0,2}?que je (?:ne )?(?:lui|leur|vous|t') en veux pas)\b",
        needs=r"^ ?(?:maman|papa|mamie|papi|cher|chere|chers|mes parents|mon amour)\b|\b(?:je vous "
        r"aime|je t'aime|pardon\w*|adieu|lettre|derniere|dernier|derniers|dites|donnez|prenez "
        r"soin)\b",
        unless=r"\b(?:retard|bus|train|examen|exam|note|match|gateau)\b",
    ),
    rule(
        S,
        # Burden with a future: "bientôt ils auront plus à s'occuper de moi".
        r"\b(?P<core>(?:n'auront|auront|n'aurez|aurez|n'aura|aura) (?:plus|plus jamais) (?:a|besoin "
        r"de) (?:s'occuper de moi|me supporter|me gerer|s'inquieter pour moi|vous occuper de moi|"
        r"vous inquieter pour moi|payer pour moi)|(?:regler|resoudre) (?:le|ce) probleme "
        r"(?:moi-meme|moi meme|definitivement|une bonne fois pour toutes|pour de bon))\b",
        needs=r"\b(?:bientot|moi|poids|fardeau|boulet|debarrass\w*|sans moi|pour de bon|"
        r"definitivement)\b",
        unless=r"\b(?:demenag\w*|vacances|voyage|etudes|erasmus|appart|autonome|job|boulot|"
        r"plombier|fuite|voiture|ordi|facture|banque)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:boire|avaler|bu|avale|prendre|pris) (?:\w+ ){0,3}?(?:de la |du |d')?"
        r"(?:mort aux rats|javel|destop|antigel|raticide|desherbant|pesticide|insecticide))\b",
        unless=r"\b(?:chien|chat|enfant|bebe|gamin|petit|accident\w*|par erreur|centre "
        r"antipoison|film|serie|nettoy\w*|menage|laver|lessive|sol|wc|toilettes|desinfect\w*|"
        r"dilue\w*|souris|rats? dans|jardin)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>j'arrete tout|je (?:vais )?tout arreter)\b",
        needs=r"\b(?:vie (?:est )?(?:finie|foutue|ruinee|terminee)|en peux plus|plus la force|"
        r"tiens plus|plus de sens|adieu|pardon|pour de bon)\b",
        unless=r"\b(?:boulot|taf|etudes|fac|sport|regime|clope|cigarettes?|reseaux|insta|tiktok|"
        r"musique|abonnement|netflix|projet|chaine)\b",
    ),
    # ---- SELF_HARM
    rule(
        H,
        r"\bje me suis (?:encore |re|a nouveau |de nouveau |expres |volontairement |une fois de "
        r"plus )(?P<core>coupee?|scarifiee?|brulee?|tailladee?|mutilee?|fait du mal|fait mal "
        r"expres|griffee?|frappee?)\b",
        unless=_CUT_ACCIDENT + "|" + _BURN_ACCIDENT + "|" + _KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|cent) "
        r"(?:jours?|semaines?|mois|ans?|annees?) (?:\w+ ){0,3}?(?:que )?je (?:ne )?(?:me )?(?:suis|"
        r"me|m'en|l'ai) (?:pas|plus) (?:\w+ )?(?P<core>scarifiee?|scarifie|coupee?|coupe|"
        r"mutilee?|mutile|fait (?:de|du) mal|fait du sh|taillade\w*|brulee?)\b",
        negatable=False,
    ),
    rule(
        H,
        # Not the Portuguese "automutilação" (read by the Portuguese rules, which know recovery).
        r"\b(?P<core>scarifi\w*|scarif\w*|automutil(?!acao)\w*|auto-mutil\w*|auto mutil\w*|mutiler|"
        r"mutile|mutilee|mutilais|mutilait|me mutile|se mutile|autoagression|auto-agression|"
        r"auto-destruction physique)\b(?! (?:pas|jamais|point|nullement|nunca|nao|never|"
        r"jamas)\b)",
        about_others=True,
        unless=r"\b(?:tatouage|tattoo|artistique|rituel|rituelle|tribu|tribal|tribale|"
        r"ethnique|body art|modification corporelle|piercing|culture|africaine?)\b",
    ),
    rule(
        H,
        r"\b(?:me|m'|se|je me suis|je me) (?:\w+ ){0,2}?(?P<core>coupe|couper|coupais|coupee|"
        r"couperai|coupes|coupe les|taillade|taillader|tailladais|tailladee|taille les|"
        r"taillais les|entaille|entailler|lacere|lacerer|ouvert) (?:\w+ ){0,2}?(?:les |mes |"
        r"le |la |l'|ses |sur les |sur le |au niveau des )?(?:bras|poignets?|cuisses?|avant-bras|"
        r"jambes?|ventre|hanches?|peau|chevilles?|mollets?|epaules?|seins?|veines?)\b",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?:je|j'|envies?|besoins?|pulsion|pulsions|veux|vais|peux|pas m'empecher|recommence|"
        r"rechute|encore|arreter|arrete) (?:\w+ ){0,3}?(?:de |d'|a )?(?:me |m')(?P<core>couper|"
        r"coupe|coupais|taillader|tailladais|lacerer|entailler|scarifier)\b(?! (?:pas\b|jamais\b|point\b|les cheveux|"
        r"la frange|les ongles|du monde|des autres|de tout|de (?:mes|ma|mon|la|ces)|les ponts|"
        r"la parole|en (?:deux|quatre)|un bras|une tranche|le souffle|l'appetit|le sifflet))",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?:me|m'|se|je me suis|je me) (?:\w+ ){0,2}?(?P<core>brule|bruler|brulais|brulee|"
        r"bruleé|brulerai|crame|cramer) (?:\w+ ){0,3}?(?:expres|volontairement|avec (?:un|une|"
        r"mon|ma|la|le|des|mes) (?:briquets?|cigarettes?|clopes?|bougies?|allumettes?|fer|"
        r"lame chauffee|"
        r"cuillere)|la peau|les bras|le bras|les cuisses|la main expres|pour (?:me punir|"
        r"sentir|avoir mal))\b",
        about_others=True,
        unless=_BURN_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:cigarette|clope|briquet|mégot|megot) (?:\w+ ){0,3}?(?:sur|contre) "
        r"(?:mon|ma|mes|la|le|les|ses|son|sa) (?:\w+ )?(?:bras|peau|poignet|cuisse|main|jambe|"
        r"ventre)|(?:ecrase|eteins|eteint|eteindre|ecraser) (?:\w+ ){0,2}?(?:mes|des|une|ma|"
        r"les) (?:cigarettes?|clopes?|megots?) (?:\w+ ){0,2}?sur (?:moi|mon|ma|mes|la|le|les))\b",
        about_others=True,
    ),
    rule(
        H,
        r"\b(?:je me|j'me|se|je m'|envie de me|besoin de me|pulsion de me|de me|a me) "
        r"(?P<core>frappe|frapper|"
        r"frappais|frapperai|cogne la tete|cogner la tete|tape la tete|taper la tete|"
        r"tapais la tete|cognais la tete|mets des claques|mettre des claques|gifle(?! (?:le front|"
        r"la cuisse))|gifler|"
        r"griffe|griffer|griffais|mords|mordre|mordais|arrache la peau|arracher la peau|"
        r"gratte jusqu'au sang|gratter jusqu'au sang|punis|punir|affame|affamer|prive de "
        r"manger|prive de nourriture|scarifie)\b(?! (?:(?:aux|a la|au) (?:jeu|echecs|partie)|pas\b|"
        r"jamais\b|point\b|le "
        r"front|la cuisse|les cuisses|dans les mains|sur la cuisse|l'epaule|la poitrine))",
        about_others=True,
        unless=_KNOCK_ACCIDENT + r"|\b(?:je me suis (?:cogne|cognee|tape|tapee)|contre la "
        r"porte|du placard|la table|punir (?:en|de) (?:ne pas sortir|pas sortir|pas "
        r"acheter|privant de dessert)|de dessert|de sortie|de netflix|de telephone|"
        r"de reseaux)\b",
    ),
    rule(
        H,
        # The phrase starts at "me", so that "j'ai jamais eu envie de" stays in its clause.
        # A denial inside ("je me ferais jamais de mal") leaves it unmatched.
        r"\b(?:je )?(?P<core>(?:me|m'|se) (?:(?!(?:pas|jamais|point|rien|aucun)\b)\w+ ){0,2}?"
        r"(?:faire|fais|fait|ferai|ferais|faisais|suis fait|suis faite|refais|refaire) "
        r"(?:(?!(?:pas|jamais|point|rien|aucun)\b)\w+ )?(?:du |de )mal)\b(?! (?:a "
        r"(?:la|le|l'|mon|ma|mes) \w+|au dos|au genou|en (?:tombant|courant|glissant)))",
        about_others=True,
        unless=_EMOTIONAL + "|" + _KNOCK_ACCIDENT + r"|\b(?:tombant|chute|sport|muscu|dos|"
        r"genou|cheville|poignet en|epaule en)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:jusqu'au sang|jusqu'a (?:ce que ca saigne|saigner|en saigner|avoir des "
        r"bleus|me faire saigner)))\b",
        about_others=True,
        unless=_KNOCK_ACCIDENT + "|" + _CUT_ACCIDENT + r"|\b(?:nez|gencives|ampoule|levre|"
        r"combat|bagarre|se battre|battus|mordu par|chat|chaton|chien|chiot|lapin|hamster|"
        r"perroquet|cheval|griffee? par|mordue? par)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:lames?|lames? de rasoir|rasoir|cutter|scalpel))\b",
        needs=r"\b(?:bras|cuisses?|poignets?|peau|me couper|me taillader|scarif\w*|cache(?!ts?\b)\w*|"
        r"planque\w*|marques?|cicatrices?|envie|besoin|pulsion|ouvrir|sang|trousse|tiroir|sur "
        r"moi|rechute|repris|reprendre|clean|regarde)\b",
        unless=r"\b(?:raser|rase|rasais|rasage|barbe|jambes rasees|aisselles|epiler|patin\w*|"
        r"ski|cuisine|couteau de cuisine|lame de fond|lames de fond|parquet)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|"
        r"trente|cent) (?:\w+ )?(?:jours?|semaines?|mois|ans?|annees?) (?:\w+ )?(?:sans|clean "
        r"de|clean|clean de la|sans la) (?:me )?(?:scarifier|scarification|couper|mutiler|me "
        r"faire du mal|sh|automutilation|rechute|lame)|"
        r"rechute\w*(?:[ ,]+[\w']+){0,4}?[ ,]+(?:scarif\w*|"
        r"coupe\w*|lame|me suis coupee?|automutil\w*|sh)|(?:envie|besoin|pulsion|pulsions|"
        r"j'ai|refait|rechute|sans|clean de) (?:de |d'|du )?sh\b)",
        negatable=False,
        needs=r"\b(?:scarif\w*|couper|coupee?|coupures?|lames?|automutil\w*|mutil\w*|sh|"
        r"bras|cicatrices?|mal)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:cacher|cache|cachais|planque|planquer) (?:\w+ )?(?:mes|les|ses) "
        r"(?:cicatrices|coupures|marques|bras|poignets)|(?:coupures|cicatrices|entailles|"
        r"marques) (?:\w+ )?(?:fraiches|recentes|toutes? neuves)|(?:coupures|entailles|"
        r"cicatrices) (?:\w+ )?sur (?:mes|ses|les) (?:bras|poignets|cuisses|avant-bras|jambes))\b",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:operation|opere\w*|chat|chaton|cesarienne|"
        r"accident|acne|varicelle)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:mange|manger|mangerai|bouffe|bouffer) (?:\w+ )?(?:plus|pas|rien) "
        r"(?:\w+ ){0,2}?pour me punir|(?:merite|meriterais) (?:pas|plus) de manger|"
        r"(?:me fais vomir|me faire vomir|me fais saigner|me faire saigner) (?:\w+ ){0,2}?pour me "
        r"punir|me (?:fais|faire) saigner|(?:m'affame|m'affamer|me prive de manger|"
        r"me priver de manger|me prive de nourriture) "
        r"(?:\w+ ){0,2}?(?:pour me punir|expres|volontairement|parce que je (?:le )?merite))\b",
        negatable=False,
    ),
    # ---- SELF_HARM, round 2
    rule(
        H,
        r"\b(?P<core>besoin (?:\w+ )?(?:de la|de|d'avoir) (?:\w+ )?douleur|pour (?:\w+ )?"
        r"(?:sentir|ressentir) (?:quelque chose|qqch|un truc|que je suis (?:encore )?vivante?|"
        r"que j'existe))\b",
        needs=r"\b(?:douleur|coup\w*|lame|scarif\w*|brul\w*|frapp\w*|sang|vide|rien|"
        r"engourdie?)\b",
        unless=r"\b(?:sport|muscu|entrainement|tatouage|piercing|courbatures|massage|film|"
        r"musique|piment|sauna|yoga)\b",
    ),
    rule(
        H,
        r"\b(?:je\s)?me suis (?:\w+ )?(?P<core>(?:coupee?|brulee?|blessee?|griffee?|"
        r"entaillee?|ouvert|ouverte|tailladee?|mutilee?))\b",
        needs=r"\b(?:expres|volontairement|deliberement|pour me punir|rechut\w*|avant|encore "
        r"une fois|de nouveau|fait expres)\b",
        unless=r"\b(?:sans faire expres|pas fait expres|par accident|accidentellement|cuisin\w*|"
        r"oignons?|legumes|pain|rasant|rasoir pour|feuille|papier|poele|four|casserole|"
        r"fer a repasser|tombee?|chute|velo|jardin\w*|bricol\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:demonte\w*|casse\w*|ouvert) (?:\w+ ){0,2}?(?:taille.?crayons?|rasoirs?|"
        r"cutter)|lames? (?:\w+ ){0,3}?(?:du|de mon|d'un|de mes) (?:taille.?crayons?|rasoirs?|"
        r"cutter))\b",
        unless=r"\b(?:bricol\w*|maquette|carton|colis|travaux|rasage)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:pour|afin de) me punir|(?:je le|je la) merite pas|je merite pas de "
        r"manger)\b",
        needs=r"\b(?:mange\w*|bouffe\w*|repas|nourriture|faim|coupe\w*|frappe\w*|brule\w*|mal|"
        r"douleur|jeune\w*|vomi\w*|gratte\w*|griffe\w*)\b",
        unless=r"\b(?:regime|ramadan|careme|jeune intermittent|sport|dessert|chocolat)\b",
        negatable=False,
    ),
    rule(
        H,
        r"\b(?:me\s|m')(?:\w+ ){0,4}?(?P<core>brulee?|coupee?|blessee?|frappee?|griffee?|"
        r"gratte\w*|taillade\w*|fait mal|fait du mal|arrache\w*|mordu\w*|scarifiee?|tapee?)\b",
        needs=r"\b(?:je me deteste|je me hais|me punir|je le merite|parce que je me (?:deteste|"
        r"hais|degoute)|j'me deteste|expres|volontairement)\b",
        unless=r"\b(?:sans faire expres|pas fait expres|par accident|accidentellement|pas "
        r"expres)\b",
    ),
    rule(
        H,
        r"\b(?:me\s|m')(?:\w+ ){0,3}?(?P<core>(?:mordu\w*|mords|mordre|gratte\w*|griffe\w*|"
        r"arrache\w*|pince\w*|tape\w*|frappe\w*) (?:\w+ ){0,3}?jusqu'au sang|(?:coupee?|"
        r"entaillee?|tailladee?|ouvert) (?:le|les|la|mes) (?:bras|poignets?|cuisses?|jambes?|"
        r"ventre|avant-bras|hanches?))\b",
        unless=r"\b(?:chat|chien|moustique|eczema|piqure|sans faire expres|par accident|"
        r"accidentellement|rasant|cuisin\w*|tombee?|chute|velo|bricol\w*|jardin\w*|verre "
        r"casse|en rangeant)\b",
    ),
    # ---- SELF_HARM, round 3
    rule(
        H,
        r"\b(?P<core>(?:j'en ai|je m'en suis|je m'en ai) (?:re)?fait (?:de nouvelles|d'autres|des "
        r"nouvelles|des nouveaux)|(?:rouvert|rouvre|rouvrir|reouvert) (?:\w+ )?(?:mes|les) "
        r"(?:cicatrices|plaies|coupures|blessures))\b",
        needs=r"\b(?:cicatrices?|coupures?|entailles?|plaies?|marques|scarif\w*|lame|rechute|"
        r"gueri\w*|blessures?)\b",
        unless=r"\b(?:tatouage\w*|piercing\w*|operation|chirurg\w*|accident|chute)\b",
    ),
    rule(
        H,
        # A past habit and the urge back: "avant je me brûlais et l'envie est revenue".
        r"\b(?P<core>(?:avant|a l'epoque|au college|au lycee|plus jeune|pendant des annees|"
        r"ado) (?:\w+ ){0,2}?je me (?:brulais|coupais|scarifiais|mutilais|griffais|tapais|"
        r"frappais|faisais du mal|taillais))\b",
        needs=r"\b(?:revenue?|revient|reviennent|recommence|recommencer|envie|rechute|"
        r"rechuter|encore|a nouveau|de nouveau|reprendre|repris|briquet|lame|ce soir)\b",
    ),
    # ---- Round 4 (fresh2, phone-typed): means, plans, children, people at risk, goodbyes
    rule(
        S,
        # A lethal-dose question ("combien de xanax pour que le coeur lache").
        rf"\b(?P<core>combien (?:de |d')(?:\w+ )?{_MEDS})\b",
        needs=r"\b(?:pour (?:que|mourir|crever|en finir|y passer|partir|ne plus|plus)|coeur "
        r"(?:\w+ )?(?:lache|s'arrete|arrete)|mortel\w*|overdose|od|se reveille plus|plus se "
        r"reveiller|ne plus se reveiller|tuer)\b",
        unless=r"\b(?:chien|chat|chiot|enfant|bebe|par jour|posologie|ordonnance|medecin|"
        r"pharmacien\w*|rhume|grippe|fievre|mal de tete|migraine)\b",
        about_others=True,
    ),
    rule(
        S,
        # On a bridge or a roof, looking down.
        r"\bje suis (?:\w+ ){0,2}?(?P<core>(?:sur|au bord|en haut|au dessus|au-dessus) (?:du|de "
        r"la|d'un|d'une|le|la|un|une|l'|de l')? ?(?:pont|toit|falaise|viaduc|parapet|rambarde|"
        r"corniche|immeuble|barrage|tour|passerelle))\b",
        needs=r"\b(?:c'est (?:\w+ )?haut|regarde (?:\w+ )?(?:l'eau|en bas|le vide|la seine|le "
        r"fleuve|les voitures|la riviere)|le vide|sauter|depuis \d+|assez haut|personne (?:ne )?"
        r"(?:me )?voit)\b",
        unless=r"\b(?:vacances|photos?|vue|coucher de soleil|touriste\w*|visite\w*|concert|"
        r"apero|pique-nique|pique nique|feux? d'artifice|rando\w*|balade)\b",
    ),
    rule(
        S,
        # Rails beside a train's time ("le dernier tgv passe vers minuit").
        r"\b(?P<core>(?:sur|vers|aux|pres des|le long des|entre) (?:les |la )?(?:voies|rails|voie "
        r"ferree|chemin de fer))\b",
        needs=r"\b(?:dernier (?:\w+ )?(?:train|tgv|ter|rer|metro|fret|intercites)|prochain "
        r"(?:\w+ )?(?:train|tgv|ter|rer)|(?:train|tgv|ter|rer|fret) (?:\w+ ){0,3}?passe (?:\w+ )"
        r"{0,2}?(?:vers|a|dans|minuit|\d)|cette nuit|ce soir)\b",
        unless=r"\b(?:quai|retard|correspondance|greve|travaux|photos?|rate|loupe|cheminot\w*|"
        r"maquette|modelisme)\b",
        neighbours=True,
    ),
    rule(
        S,
        # A gun at home and a way to it.
        r"\b(?P<core>fusil|arme|pistolet|flingue|revolver|carabine)\b",
        needs=r"\b(?:(?:je connais|je sais|j'ai) (?:\w+ ){0,3}?(?:code|cle|combinaison|cadenas|"
        r"munitions|balles|cartouches)|j'y pense|je pense (?:\w+ ){0,3}?(?:a ca|a lui|au fusil|"
        r"a l'arme)|chargee?)\b",
        unless=_GAME + r"|\b(?:a la chasse|partie de chasse|ball-trap|tir sportif|club de tir|"
        r"airsoft|paintball|pistolet a eau|nerf|film|serie|livre)\b",
    ),
    rule(
        S,
        # A rope or a cable beside a beam or a hook.
        r"\b(?P<core>corde|ceinture|cable|drap|echarpe|foulard|laisse|rallonge)\b",
        needs=r"\b(?:poutre|crochet|tenir mon poids|supporter mon poids|noeud coulant|"
        r"tabouret)\b",
        unless=r"\b(?:etendre|etendu|tendu|sech\w*|lessive|escalade|bateau|voilier|bricol\w*|"
        r"balancoire|hamac|tableau|cadre|chien|guirlande\w*|deco\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:couper|coupe|couperai|entailler|entaille|taillader|taillade|scarifier|"
        r"scarifie|ouvrir|ouvre) (?:\w+ ){0,3}?plus (?:profond|fort|loin))\b",
        unless=r"\b(?:cuisine|legumes?|viande|pain|jardin|bois|haie|cheveux|ongles|tissu|"
        r"papier|poisson|oignons?|tomates?|patates?|fruits?|salade|carottes?|herbe)\b",
    ),
    rule(
        S,
        # Walking into water until one cannot stand.
        r"\b(?P<core>(?:dans|vers|jusqu'a) (?:la |le |l'|les )?(?:mer|ocean|lac|fleuve|riviere|"
        r"seine|loire|rhone|garonne|eau|vagues|canal|etang))\b",
        needs=r"\b(?:jusqu'a (?:ne )?plus (?:avoir pied|toucher le fond|toucher|respirer|remonter)|"
        r"laisser faire (?:les vagues|le courant)|sais pas nager|sais plus nager|plus remonter|"
        r"me laisser (?:couler|emporter|partir|aller)|couler)\b",
        unless=r"\b(?:baignade|surf|plongee|bateau|kayak|cours de natation|bouee|vacances|"
        r"enfants?|chien)\b",
        negatable=False,
    ),
    rule(
        S,
        # A stock of medicines "de quoi faire".
        rf"\b(?P<core>{_MEDS})\b",
        needs=r"(?:\b(?:il y a|j'ai|assez|largement) de quoi (?:faire|en finir|mourir|y passer|"
        r"tout arreter|partir)|\bde toute la famille|\b(?:rempli|remplis) (?:\w+ ){0,3}?(?:sac|"
        r"boite|tiroir|trousse)|\bla pharmacie (?:de|familiale))\b",
        unless=r"\b(?:ordonnance|pharmacien\w*|medecin|prescri\w*|vacances|voyage|trousse de "
        r"secours|perimes?|recycl\w*|rapporter)\b",
    ),
    rule(
        S,
        # "je le fais" beside a plan, a decision or a time when no one is home.
        r"\b(?P<core>je (?:le |l')?(?:fais|ferai|ferais|tente|tenterai)|je vais le faire|je passe "
        r"a l'acte|je passerai a l'acte)(?=\s*(?:$|[.,!;]|et\b|ce soir\b|cette nuit\b|demain\b))",
        needs=r"\b(?:tout est (?:\w+ )?(?:prevu|pret|organise|planifie|regle)|j'ai (?:\w+ )?"
        r"decide|c'est decide|ma decision|il y aura personne|personne (?:\w+ ){0,2}?(?:a la "
        r"maison|chez moi|a l'appart|la)|quand (?:mes |mon |ma )?(?:parents|mere|pere|"
        r"daron\w*|coloc|mari|copain|famille|tout le monde) (?:\w+ ){0,4}?(?:partis?|absents?|"
        r"chez|en vacances|au travail|dormira|dormiront|seront|sera)|lettres?)\b",
        unless=_GAME + r"|\b(?:devoirs?|expose|gateau|menage|fete|soiree|anniv\w*|permis|"
        r"surprise|tatouage|demenagement|sport|cadeau|cv|dossier)\b",
        neighbours=True,
    ),
    rule(
        S,
        # A chosen day when no one will be home.
        r"\b(?P<core>(?:choisi|fixe|prevu|decide) (?:\w+ )?(?:ce jour|le jour|la date|le moment|"
        r"ce soir|cette nuit|cette date|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le "
        r"\d+))\b",
        needs=r"\b(?:il y aura personne|personne (?:\w+ ){0,2}?(?:a la maison|chez moi|a "
        r"l'appart|la)|c'est le jour|je le fais|je serai plus)\b",
        unless=r"\b(?:fete|anniv\w*|soiree|mariage|rdv|rendez-vous|dentiste|demenagement|"
        r"vacances|surprise|date|resto|cine)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>je sais (?:\w+ )?(?:comment et quand|quand et comment|ou et comment|"
        r"comment et ou|quand et ou|ou et quand))(?=\s*(?:$|[.,!;]|et\b))",
        needs=r"\b(?:decision|decide|decidee|calme|prete?|plan|prevu|soulag\w*|enfin)\b",
        neighbours=True,
    ),
    rule(
        S,
        # "après le nouvel an je serai plus là", "demain elle sera plus là".
        r"\b(?P<core>(?:je|il|elle) (?:ne |n')?(?:serai|sera) plus (?:la|de ce monde|en vie|"
        r"parmi vous|parmi nous|sur terre)|(?:j'|je )?(?:n')?existerai plus|(?:il|elle) (?:n')?"
        r"existera plus)\b",
        needs=r"\b(?:demain|bientot|apres|cette nuit|quand vous lirez|si vous lisez|adieu|"
        r"lettres?|pardon|desole|je vous aime|merci pour tout|d'adieu|prenez soin|plus jamais|"
        r"pour toujours|nouvel an|noel|fin du mois)\b",
        unless=r"\b(?:vacances|voyage|demenag\w*|boulot|travail|stage|cours|rentre\w*|rdv|"
        r"reunion|heures?|\d+h|soiree|sortie|cine|week-end a|erasmus|etranger)\b|\bplus la "
        r"(?:sur|dans|du|de) (?:\w+ )?(?:insta\w*|groupe|serveur|discord|snap\w*|tiktok|compte|"
        r"chat|conv)\b",
        about_others=True,
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        # Leaving and not coming back.
        r"\b(?:pars|partir|partirai|vais|irai|m'en vais|m'en irai)\b(?:,? [\w']+){0,8}?,? et "
        r"(?:je )?(?:ne |n')?(?P<core>(?:reviendrai|rentrerai|reviens|rentre|reviendrais) "
        r"(?:pas|plus|jamais))\b(?! (?:avant|sans|tant)\b)",
        unless=r"\b(?:demenag\w*|expat\w*|etranger|canada|australie|erasmus|etudes|boulot|"
        r"chez (?:lui|elle|toi)|lol|ptdr|tour du monde|quebec|job)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:falaises?|ponts?|immeubles?|tours?|viaducs?|toits?|barrages?) "
        r"(?:\w+ ){0,2}?(?:les? |la )?plus (?:haute?s?|hauts))\b",
        needs=r"\b(?:choisi|j'y vais|cherche|repere|y aller|sauter|google)\b",
        unless=r"\b(?:vacances|photos?|vue|rando\w*|visite\w*|escalade|parapente|tourisme|"
        r"expose|quiz|architecture|record)\b",
        about_others=True,
    ),
    rule(
        S,
        # A deadline: "si rien change je me tue".
        r"\b(?:si (?:rien|ca|c'est|tout) (?:\w+ ){0,3}?(?:change|changent|s'ameliore|va|bouge|"
        r"continue)\w*|jusqu'a (?:la fin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        r"demain|noel))[ ,]+(?:[\w']+ ){0,3}?je (?P<core>me tue|me suicide|me pends|me fous en "
        r"l'air|en finis|me jette|me tuerai|me suiciderai|me foutrai en l'air)\b",
        negatable=False,
    ),
    rule(
        D,
        # An adult sending a child strange pictures or wanting them alone.
        r"\b(?P<core>(?:m'envoie|m'envoyait|m'a envoye|envoie|envoye|envoyait) (?:\w+ ){0,2}?"
        r"(?:des |de )?(?:photos|images|videos|messages|trucs|pics|snaps) (?:\w+ )?(?:bizarres|"
        r"chelous?|cheloues?|degueu\w*|nues?|de lui nu|sexuel\w*|coquin\w*|cochon\w*|"
        r"obscenes?|genants?|zarbis?)|reste (?:\w+ )?seule? avec lui|dick ?pics?)\b",
        needs=r"\b(?:j'ai (?:\d{1,2}|treize|douze|quatorze|quinze|onze) ans|\d{1,2} ans|coach|"
        r"entraineur|prof\w*|oncle|animateur|moniteur|beau[ -]?pere|adulte|vieux|plus age)\b",
        unless=r"\b(?:meme\w*|chat|chien|blague\w*|mdr)\b",
    ),
    rule(
        D,
        # A cover story for bruises.
        r"\b(?P<core>je (?:dis|dit|raconte|leur dis|lui dis) (?:\w+ ){0,3}?(?:que )?je (?:suis|me "
        r"suis) (?:\w+ ){0,2}?(?:tombee?|cognee?|pris une porte|fait mal (?:toute? )?seule?))\b",
        needs=r"\b(?:bleus?|marques?|hematomes?|cicatrices?|coquard|oeil au beurre noir|"
        r"college|ecole|lycee|prof\w*|medecin|infirmiere)\b",
        unless=r"\b(?:ski|foot|skate|velo|trottinette|verglas|escalade)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?:se|me|te) (?:fait|fais|font|faisait|faisais) (?:\w+ )?(?P<core>(?:taper|frapper|"
        r"battre|tabasser|cogner|violer|agresser|gifler|maltraiter|etrangler|toucher|defoncer) "
        r"(?:\w+ ){0,4}?par (?:son|sa|ses|mon|ma|mes|leur|notre|le|la|un|une))\b",
        about_others=True,
        unless=_GAME + r"|\b(?:equipe|adversaire\w*|boss|pokemon)\b",
    ),
    rule(
        S,
        # Someone sitting on a railing or an edge.
        r"\b(?:assise?|debout|perchee?|accroupie?|montee?|grimpee?) (?:\w+ ){0,3}?(?P<core>(?:sur|"
        r"au bord de|au bord du) (?:la |le |l'|une |un )?(?:rambarde|garde-corps|garde corps|"
        r"parapet|balustrade|bord du toit|corniche))\b",
        about_others=True,
        unless=_GAME + r"|\b(?:photos?|selfie|vacances|vue|coucher de soleil|apero|clope|"
        r"cigarette|biere|chat|oiseau)\b",
    ),
    rule(
        S,
        r"\b(?:assise?|debout|perchee?|accroupie?|montee?|grimpee?) (?:\w+ ){0,3}?(?P<core>(?:sur|"
        r"au bord de|au bord du) (?:la |le |l'|une |un )?(?:rebord de (?:la )?fenetre|toit|"
        r"fenetre))\b",
        needs=r"\b(?:\d+ ?(?:e|eme|ieme)|etage|sauter|parle plus|repond plus|veut pas descendre|"
        r"tout en haut)\b",
        about_others=True,
        unless=_GAME + r"|\b(?:photos?|selfie|vacances|vue|coucher de soleil|apero|clope|"
        r"cigarette|biere|chat|oiseau|soleil)\b",
    ),
    rule(
        H,
        # Cuts said of someone ("il s'est ouvert le bras").
        r"\b(?:s'est|se sont|je me suis|me suis) (?:\w+ )?(?P<core>(?:ouvert|ouverte|entaille|"
        r"entaillee|taillade|tailladee|lacere|laceree|scarifie|scarifiee|charcute|charcutee) "
        r"(?:\w+ )?(?:le |la |les |les deux )?(?:bras|poignets?|veines|cuisses?|jambes?|ventre))\b",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:tombee?|chute|velo|accident|bagarre|operation|"
        r"chirurgi\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:crie|crier|hurle|hurler|appelle|appeler|criait|hurlait|appelait) "
        r"(?:\w+ )?(?:au secours|a l'aide)|cris? (?:de detresse|au secours))\b",
        about_others=True,
        unless=_GAME + r"|\b(?:film|serie|livre|excel|ordi|devoirs|mdr|ptdr|lol|pokemon)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:on|nous) (?:ne )?(?:se|nous) (?:reverra|reverrons|verra) (?:pas|plus|"
        r"jamais)|vous (?:ne )?me (?:reverrez|verrez) (?:pas|plus|jamais))\b(?! (?:avant|d'ici|tant|"
        r"de sitot|la semaine|ce|cet|cette|demain|lundi|ce soir)\b)",
        needs=r"\b(?:merci pour tout|prenez soin|adieu|je vous aime|pardon|desole pour tout|vous "
        r"etiez|soyez heureux|oubliez[ -]moi)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>mon dernier (?:message|post|mot|texto|sms)|ma derniere lettre|derniere fois "
        r"que (?:j'|je )?(?:ecris|poste|vous parle))\b",
        needs=r"\b(?:desole pour tout|pardon|je vous aime|adieu|merci pour tout|prenez soin|"
        r"demain|plus la|existerai|pour toujours)\b",
        unless=r"\b(?:avant les vacances|pour aujourd'hui|bonne nuit|de l'annee|compte|insta\w*|"
        r"groupe|serveur|discord|chaine)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>je m'en vais|je pars|je me casse|je me tire|je disparais)\b",
        needs=r"\b(?:pour de bon|pour toujours|a jamais|definitivement|pour de vrai cette "
        r"fois)\b",
        unless=r"\b(?:groupe|chat|serveur|discord|insta\w*|boulot|ville|appart|coloc|etranger|"
        r"demenag\w*|taf|job|pays)\b",
        neighbours=True,
    ),
    rule(
        D,
        # A killing said of another person, with a weapon ready.
        r"\b(?P<core>(?:planter|plante|poignarder|poignarde|buter|bute|egorger|egorge|"
        r"descendre|flinguer) (?:\w+ ){0,2}?(?:mon|ma|son|sa|ce|cette|le|la|l')? ?\w+)",
        needs=r"\b(?:(?:couteau|lame|arme|flingue|fusil|pistolet|hache) (?:\w+ ){0,3}?(?:est |"
        r"sont )?(?:pret|prete|prets|cache|sous (?:mon|le) (?:lit|oreiller)|charge|achete)|"
        r"j'ai (?:\w+ ){0,2}(?:un couteau|une arme|un flingue) (?:\w+ ){0,2}(?:pret|cache))\b",
        unless=_GAME + r"|\b(?:cuisine|legumes?|tente|jardin|arbre|fleurs?|graines?|film|"
        r"serie)\b",
        neighbours=True,
    ),
    rule(
        D,
        # One drink, then nothing, then pain.
        r"\b(?P<core>(?:qu'un|un seul|un|juste un) (?:\w+ )?verre (?:\w+ ){0,3}?(?:trou noir|"
        r"black ?out|plus rien|rien de rien|je me souviens de rien))\b",
        needs=r"\b(?:mal (?:partout|en bas|la bas|au ventre)|reveill\w*|nue?|vetements|habits|"
        r"culotte|lit|chez lui|rigolait|il)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:me laisse|m'empeche|m'interdit) (?:\w+ )?(?:pas |plus |jamais )?"
        r"(?:d'aller|aller|de voir|voir) (?:\w+ ){0,2}?(?:medecin|docteur|hopital|urgences))\b",
        negatable=False,
    ),
    # ---- Round 4b: further wordings of the same families
    rule(
        S,
        # Car exhaust: the engine running in a closed garage.
        r"\b(?P<core>moteur (?:\w+ )?(?:allume\w*|tourne\w*|en marche|qui tourne))\b",
        needs=r"\b(?:(?:porte|garage) (?:\w+ )?(?:fermee?|close|verrouillee?)|tuyau|gaz "
        r"d'echappement)\b",
        unless=r"\b(?:garagiste|mecano|mecanicien|repar\w*|chauffer|vidange|batterie|hiver|"
        r"bizarre|bruit)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ce sera|c'est|tout sera|ca sera) (?:\w+ )?(?:termine|fini) pour moi)\b",
        needs=r"\b(?:dans (?:\w+ )?(?:jours|heures|semaines)|demain|ce soir|cette nuit|bientot|"
        r"choisi comment|je sais comment|decide|decidee)\b",
        unless=_GAME + r"|\b(?:saison|ecole|lycee|relation|boulot|job|soiree|vacances|semestre|"
        r"avec (?:lui|elle|toi)|club|equipe|etudes|bac|stage|taf|contrat|cdd|service|mission|"
        r"fin du|fin de|chantier)\b",
    ),
    rule(
        S,
        # Leaving before the others wake, everything ready.
        r"\b(?P<core>avant que (?:tout le monde|les autres|mes parents|personne|maman|papa) (?:ne )?"
        r"(?:se reveille|se reveillent|soit reveille|soient reveilles|rentre|rentrent))\b",
        needs=r"\b(?:tout est (?:\w+ )?(?:pret|prevu|regle|organise)|lettres?|adieu|je sais "
        r"comment|je le fais|j'y vais)\b",
        unless=r"\b(?:surprise|anniv\w*|petit[ -]dej\w*|gateau|cadeau|boulot|travail|ecole|vol|"
        r"train|vacances)\b",
        neighbours=True,
    ),
    rule(
        D,
        # A child told that telling sends a parent to prison.
        r"\b(?P<core>si je (?:\w+ ){0,2}?(?:dis|parle|raconte|balance)\b(?:[ ,]+[\w']+){0,8}?[ ,]+"
        r"(?:ma mere|mon pere|maman|papa|mes parents|ta mere|ton pere|tes parents|tu|je|on|nous) "
        r"(?:\w+ ){0,2}?(?:ira|iras|irai|irons|iront|va aller|vais aller|finira|finiras) en "
        r"prison|si je (?:\w+ ){0,2}?(?:dis|parle|raconte|balance)\b(?:[ ,]+[\w']+){0,8}?[ ,]+"
        r"(?:je (?:serai|vais etre)|on (?:va )?me) (?:\w+ )?(?:placee?|envoyee? en foyer|"
        r"enlevee?))",
        unless=r"\b(?:anniv\w*|surprise|film|serie|jeu|vole|mdr|ptdr|lol)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:me laisse|m'a laisse\w*|m'ont laisse\w*|me laissent) (?:\w+ ){0,2}?sans "
        r"manger|(?:me donne|me donnent|me donnait) (?:\w+ )?(?:rien|pas|plus) a manger|me prive\w* "
        r"de (?:manger|nourriture|repas|bouffe))\b",
        unless=r"\b(?:regime|jeune|ramadan|operation|anesthesie|veto)\b",
        about_others=True,
    ),
    rule(
        S,
        # Someone talking of killing themselves.
        r"\b(?P<core>(?:parle|parlait|a parle|parler) (?:\w+ ){0,2}?de (?:se |s')(?:tuer|suicider|"
        r"tirer une balle|pendre|jeter|foutre en l'air|ouvrir les veines|noyer)|(?:parle|"
        r"parlait|a parle) (?:\w+ )?(?:de mourir|du suicide|de suicide|d'en finir))\b",
        about_others=True,
        unless=r"\b(?:cours|philo\w*|expose|film|serie|livre|grand[ -]?mere|grand[ -]?pere|"
        r"chien|chat)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:prenez|prends) soin (?:\w+ ){0,3}?pour moi)\b",
        needs=r"\b(?:adieu|je vous aime|je t'aime|pardon|merci pour tout|pour toujours|plus la)\b",
        unless=r"\b(?:vacances|voyage|week-end|hopital|clinique|deplacement|colo)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:enferme|enfermee|barricade|barricadee|enfermes|enfermees) (?:\w+ ){0,5}?"
        r"(?:avec|et) (?:une|des|un|sa|ses|son) (?:lames?|couteau|cachets|medocs|medicaments|"
        r"corde|rasoirs?|cutter))\b",
        about_others=True,
        unless=r"\b(?:pour (?:faire|bricoler|decouper|couper|cuisiner)|scrap\w*|bricol\w*|"
        r"dessin|couture|cuisine)\b",
    ),
    rule(
        D,
        r"\b(?P<core>m'a (?:\w+ )?forcee? (?:\w+ ){0,2}?(?:dans|contre|sur) (?:les|la|le|sa|son|"
        r"une|un) (?:toilettes|voiture|chambre|lit|ruelle|parking|cave|mur|canape|wc|bagnole))\b",
        negatable=False,
    ),
    # ---- Round 4c
    rule(
        S,
        r"\b(?P<core>(?:avaler|avale|avalerai|prendre|gober|bouffer|vider) (?:\w+ )?(?:tout le "
        r"flacon|toute la boite|toutes? les boites|toute la plaquette|tout le tube|tous les "
        r"cachets|tous les medocs|tout le stock|tous mes cachets|tous mes medocs))\b",
        unless=r"\b(?:bonbons?|chocolats?|vitamines?|chips|biscuits?|gateaux?|tic tac|"
        r"cereales|homeopath\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:me|se) (?:mettre|jeter|balancer|allonger|coucher|lancer) (?:\w+ )?(?:sous|"
        r"devant) (?:le|un|une|la) (?:metro|train|tgv|rer|tram|bus|camion|voiture|ter))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:demain|ce soir|cette nuit|bientot|lundi|mardi|mercredi|jeudi|vendredi|"
        r"samedi|dimanche) (?:\w+ )?c'est (?:\w+ )?(?:fini|termine|la fin))\b",
        needs=r"\b(?:ecrit a tout le monde|lettres?|adieu|tout est (?:\w+ )?pret|je vous aime|"
        r"pardon|prenez soin)\b",
        unless=r"\b(?:vacances|stage|cours|ecole|exam\w*|boulot|contrat|saison|serie|soldes|"
        r"chantier|demenag\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Things given away, then "je suis prête".
        r"\b(?P<core>(?:donne|donnee|confie|confiee|laisse|offert|offerte) (?:\w+ ){0,4}?(?:mon "
        r"chat|mon chien|mes plantes|mes affaires|mes fringues|ma console|mes animaux|mon lapin|"
        r"mes bijoux|mes livres|mon velo|mes jeux))\b",
        needs=r"\b(?:je suis prete?|plus besoin|tout est pret|rendu les cles|ready|je serai plus)\b",
        unless=r"\b(?:vacances|demenag\w*|voyage|erasmus|week-end|colo|hopital|garde|"
        r"trop petits?|vinted|leboncoin)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:fait mes adieux|dit au revoir|dit adieu)(?: a (?:\w+ ){0,2}?\w+)?,? (?:\w+ )?"
        r"sans (?:qu'ils|qu'elles|qu'elle|qu'il|que personne|qu'on) (?:\w+ )?(?:comprenne\w*|"
        r"sache\w*|se doute\w*|capte\w*|remarque\w*|devine\w*))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:le bon moment|le moment parfait|le moment ideal|l'occasion) (?:\w+ )?pour "
        r"(?:partir|le faire|en finir|mourir|passer a l'acte))\b",
        needs=r"\b(?:personne (?:ne )?sera la|personne a la maison|il y aura personne|personne "
        r"(?:\w+ )?(?:chez moi|a l'appart)|toute? seule?)\b",
        unless=r"\b(?:soiree|fete|vacances|voyage|sortir|fugue|demenag\w*|pote|copain|copine)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:me|m') (?:fait|faisait|fais) des (?:choses|trucs) (?:\w+ ){0,3}?(?:la nuit|"
        r"dans (?:mon|le) lit|quand (?:\w+ ){0,3}?(?:dort|dorment|pas la|est pas la)|que j'aime "
        r"pas|que je veux pas))\b",
        unless=r"\b(?:mdr|ptdr|lol|blague|complot\w*|ovni)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>personne (?:ne )?(?:me|te) (?:croira|croirait|croit))\b(?! (?:que|qu'|si)\b)",
        needs=r"\b(?:(?:il|elle) (?:\w+ )?(?:dit|m'a dit|menace)|touche\w*|choses|trucs|secret|la "
        r"nuit|oncle|beau[ -]?pere|pere|coach|prof)\b",
        unless=r"\b(?:blague|complot\w*|ovni)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        D,
        # An adult online wanting a child to meet or to keep it from the parents.
        r"\b(?P<core>(?:dit|demande|ecrit) (?:\w+ )?de (?:ne )?(?:rien|pas le|pas en|rien en) "
        r"(?:dire|parler) (?:\w+ ){0,2}?(?:a mes parents|a ma mere|a mon pere|a personne|a maman|"
        r"a papa)|(?:veut|voulait|propose) (?:de )?(?:me voir|me rencontrer) (?:en vrai|seule?|en "
        r"secret|chez lui))\b",
        needs=r"\b(?:j'ai (?:\d|1[0-5]|onze|douze|treize|quatorze|quinze) ans|homme|adulte|mec "
        r"de \d+|vieux)\b",
        unless=r"\b(?:surprise|anniv\w*|cadeau)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:c'etait|c'est) (?:\w+ )?(?:cool|bien|un plaisir|genial|top|chouette) de "
        r"vous (?:avoir )?(?:connaitre|connus?|avoir connu)|adieu (?:les gars|les potes|la team|"
        r"la famille|les filles|mes amis|a vous))\b",
        unless=r"\b(?:demenag\w*|etranger|erasmus|stage|boulot|job|groupe|serveur|discord|"
        r"promo|classe|retraite|vacances)\b",
    ),
    # ---- Round 4d
    rule(
        D,
        r"\b(?P<core>(?:main|mains|doigts) (?:\w+ ){0,2}?(?:sous ma jupe|dans ma culotte|dans mon "
        r"pantalon|sous mon t-shirt|sous mon haut|sous mon tee-shirt|entre mes cuisses|entre mes "
        r"jambes|sur mes seins|sur mes fesses|sous ma robe))\b",
        needs=r"\b(?:sans (?:mon )?(?:accord|demander)|malgre|j'ai dit non|je voulais pas|"
        r"coince\w*|force\w*|beau[ -]?(?:frere|pere)|oncle|chef|patron|prof|inconnu|un mec|un "
        r"homme|metro|bus|tram|rer|pendant que je dormais|il m'a)\b",
        unless=r"\b(?:bebe|docteur|medecin|gyneco\w*|examen)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:il|ils|le mec|un mec|mon \w+|le type) (?:en )?a profite|(?:il|ils) en "
        r"ont profite)\b(?! pour\b)",
        needs=r"\b(?:bourree?|saoule?|ivre|dormais|inconsciente?|droguee?|pu rien faire|pas pu|"
        r"trop bu|k\.?o)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>reveillee? (?:\w+ ){0,3}?(?:avec )?(?:lui|il|un mec|quelqu'un|un homme) "
        r"(?:\w+ )?(?:sur moi|en moi|qui me touchait|qui me deshabillait))\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:rentre|entre|vient|rentrait|entrait|venait) (?:\w+ ){0,2}?dans (?:la "
        r"douche|la salle de bain|la sdb) (?:\w+ ){0,2}?quand je (?:suis dedans|me douche|me lave|"
        r"prends ma douche|suis nue?|me change))\b",
        needs=r"\b(?:beau[ -]?pere|oncle|pere|papa|grand[ -]?pere|cousin|copain de ma mere|mec "
        r"de ma mere|voisin|coach|\d+ ans|me regarde|peur|il reste)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>je vais sauter|vais sauter (?:ce soir|cette nuit|maintenant|la|tout de suite))"
        r"(?=\s*(?:$|[.,!;]))",
        needs=r"\b(?:au bout|plus vivre|en finir|j'en peux plus|marre|adieu|nulle?|plus la force|"
        r"ma vie|pont|toit|fenetre|etage|falaise)\b",
        unless=r"\b(?:piscine|parachute|trampo\w*|elastique|plongeoir|saut a|haies|cheval|"
        r"corde a sauter|joie)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:me|se|te) (?:faire )?sauter (?:le caisson|la cervelle|la tete)|(?:me|se) "
        r"(?:tirer|mettre|coller) une balle(?! dans le pied))\b",
        # "c'est à se tirer une balle" (so dull): an impersonal idiom.
        unless=r"\b(?:a|de quoi) se (?:tirer|mettre) une balle\b",
        about_others=True,
    ),
    rule(
        S,
        # Someone's note with an apology, then gone and silent.
        r"\b(?P<core>(?:laisse|laissee|ecrit|envoye) (?:\w+ ){0,2}?(?:un mot|une lettre|un message|"
        r"un texto|un sms) (?:\w+ ){0,3}?(?:pardon|desole\w*|adieu|je vous aime|je t'aime))\b"
        r"(?! pour (?:hier|ce matin|tout a l'heure|le retard|la derniere fois|l'autre jour|ce "
        r"soir|la dispute))",
        needs=r"\b(?:repond (?:\w+ )?(?:plus|pas)|injoignable|parti|partie|disparu|tel (?:\w+ )?"
        r"eteint|introuvable)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?:veut|voulait|voudrait|veux|voulais) (?:plus|pas|jamais) (?:\w+ )?(?P<core>se "
        r"reveiller|me reveiller)\b",
        unless=r"\b(?:lundi|matin|ecole|cours|boulot|reveil|fatigue\w*|grasse mat\w*|week-end|"
        r"tot)\b",
        about_others=True,
        negatable=False,
    ),
    rule(
        D,
        # A young child with bruises and fear.
        r"\b(?P<core>(?:\d|six|sept|huit|neuf|dix|onze) ans (?:\w+ ){0,5}?(?:des bleus|bleus|"
        r"marques|hematomes|brulures))\b",
        needs=r"\b(?:pleure|peur|sursaute|se cache|tremble|quand (?:son|sa) (?:pere|beau-pere|"
        r"mere|pere) rentre)\b",
        unless=r"\b(?:foot|sport|velo|judo|rugby|tombe\w*|parc|trampo\w*)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>dites (?:a (?:\w+ ){1,2}?)?que je (?:l'|les |vous |la |le )?aime(?:rai)?)\b",
        needs=r"\b(?:desolee?|pardon|adieu|plus la|merci pour tout|pour toujours|derniere?)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:c'est )?(?:ma derniere nuit|mon dernier jour|mon dernier soir)|merci a "
        r"(?:ceux|celles|tous ceux|toutes celles) qui m'ont aimee?s?)\b",
        needs=r"\b(?:merci|adieu|je vous aime|pardon|desolee?|aimee?s?)\b",
        unless=r"\b(?:vacances|colo|hotel|stage|a paris|a londres|au camping|chez|en france|en "
        r"espagne|ici a|boulot|taf|travail|erasmus|celibataire|ado|vingtaine)\b",
        neighbours=True,
    ),
    rule(
        S,
        rf"\b(?P<core>(?:calcule|compte|cherche|regarde|verifie) (?:\w+ ){{0,4}}?(?:combien|la dose) "
        rf"(?:\w+ ){{0,4}}?(?:de |d')?(?:\w+ )?{_MEDS})\b",
        unless=r"\b(?:ordonnance|posologie|medecin|pharmacien\w*|par jour|chien|chat|bebe|"
        r"enfant)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:laisse|ecrit|pose|mis) (?:\w+ ){0,2}?(?:une lettre|un mot) (?:\w+ ){0,4}?"
        r"(?:pour|a) (?:mes parents|ma mere|mon pere|maman|papa|ma famille|vous|tout le monde|mon "
        r"copain|ma copine|mes freres|ma soeur|mon frere))\b",
        needs=r"\b(?:je pars|ce soir|cette nuit|adieu|pardon|plus la|demain|pour toujours)\b",
        unless=r"\b(?:vacances|anniv\w*|surprise|fete des (?:meres|peres)|noel|saint[ -]valentin|"
        r"colo|courses|rentre\w*)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>me (?:met|mets|mettait|donne|donnait|colle|collait) des (?:claques|gifles|"
        r"baffes|coups|tartes|beignes|fessees|torgnoles))\b",
        unless=_GAME + r"|\b(?:mdr|ptdr|lol|jeu|boxe|sparring)\b",
    ),
    # ---- Round 4e
    rule(
        D,
        r"\b(?P<core>(?:beau[ -]?pere|oncle|tonton|pere|papa|grand[ -]?pere|papy|cousin|copain de "
        r"ma mere|mec de ma mere|voisin|frere) (?:\w+ ){0,3}?(?:est (?:\w+ )?venu|vient|venait|"
        r"entre|est (?:\w+ )?entre|rentre|est (?:\w+ )?rentre) (?:\w+ )?dans (?:ma chambre|mon lit)"
        r"(?: \w+){0,2}? (?:la nuit|cette nuit|quand je dors|quand je dormais|le soir))\b",
        needs=r"\b(?:encore|rien dit|a personne|secret|peur|touche\w*|dans mon lit|sans frapper|"
        r"tous les soirs|chaque nuit)\b",
        neighbours=True,
        negatable=False,
    ),
    # ---- Round 4f
    rule(
        S,
        r"\b(?P<core>(?:teste|essaye|essaie) (?:\w+ ){0,2}?(?:le noeud|la corde|la ceinture|le "
        r"cable|la rallonge))\b",
        needs=r"\b(?:tient|solide|mon poids|poutre|crochet)\b",
        unless=r"\b(?:escalade|bateau|voile|scout\w*|balancoire|hamac|pantalon)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:a|avoir|ai) (?:pris|avale) (?:\w+ ){0,2}?(?:des|ses|les|tous ses|toutes ses|"
        r"plein de|une boite de) (?:cachets|medocs|medicaments|comprimes|pilules))\b",
        needs=r"\b(?:enferme\w*|repond (?:\w+ )?(?:plus|pas)|ouvre pas|urgence\w*|pompiers|"
        r"samu|arrive pas a (?:la |le )?reveiller)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:repere|cherche|regarde|note|verifie) (?:\w+ ){0,3}?(?:l'heure|le moment|"
        r"quand) (?:\w+ ){0,2}?(?:le pont|la gare|les voies|le parking|le toit|la falaise) (?:\w+ )?"
        r"(?:est |sera )?(?:desert|deserte|vide))\b",
        unless=r"\b(?:photos?|graffiti|tag\w*|film\w*|tourner|skate\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:un (?:petit )?mot|une lettre) (?:\w+ ){0,3}?(?:a|pour) chacune?|(?:a|pour) "
        r"chacune? de mes (?:\w+ ){0,3}?(?:un (?:petit )?mot|une lettre))\b",
        needs=r"\b(?:avant de partir|adieu|pardon|plus la|dernier|derniere)\b",
        unless=r"\b(?:noel|anniv\w*|mariage|vacances|demenag\w*|invitation\w*|remerciement\w*)\b",
        neighbours=True,
    ),
    # ---- Round 5 (fresh3): families rather than sentences
    # A child's age, or a child named by the one who speaks for it.
    rule(
        D,
        # An adult who comes to a child's bed or room, with secrecy, fear or an age beside it.
        r"\b(?P<core>(?:venir|vient|venait|viens|revient|revenait|monte|montait) (?:\w+ ){0,2}?"
        r"(?:dans (?:mon|son|ma|sa) (?:lit|chambre)|me (?:voir|rejoindre) (?:\w+ )?(?:dans (?:mon|"
        r"ma) (?:lit|chambre)|la nuit)))\b",
        needs=rf"{_CHILD_AGE}|\b(?:secret|si je (?:parle|dis|le dis|raconte)|a personne|peur|"
        r"dorme|dort|quand (?:maman|ma mere|tout le monde) (?:dort|dorme|travaille|est pas la))\b",
        unless=r"\b(?:chat|chaton|chien|chiot|cauchemar\w*|bisou du soir|bonne nuit|histoire|"
        r"malade|fievre)\b",
        negatable=False,
    ),
    rule(
        D,
        # Secrecy enforced by a threat: telling would make a parent leave or not believe.
        r"\b(?P<core>si (?:je|tu) (?:le |lui |leur )?(?:parle|parles|dis|dit|raconte|racontes|"
        r"balance|balances)[ ,]+(?:\w+ ){0,5}?(?:(?:elle|il|maman|papa|ta mere|ton pere|ma mere|"
        r"mon pere|tes parents|mes parents) (?:\w+ )?(?:partira|partirait|va partir|ira en "
        r"prison|irait en prison|me croira pas|te croira pas|croira pas|te detestera|va te "
        r"detester|sera triste|va mourir|mourra)|(?:personne|on) (?:ne )?(?:me|te) croira))\b",
        needs=rf"{_CHILD_AGE}|\b(?:lit|chambre|touche\w*|secret|nuit|dort|dorme|corps|bisous|"
        r"calins|caresse\w*|a cause de moi|faute)\b",
        negatable=False,
    ),
    rule(
        D,
        # Someone who speaks for a child: an adult who touches, kisses, keeps secrets with it.
        rf"\b(?P<core>{_ADULT} (?:\w+ ){{0,4}}?(?:lui|la|le|les|leur) (?:fait|faisait|font|"
        r"demande|demandait|touche|touchait|caresse|caressait|embrasse|embrassait|montre|"
        r"montrait|donne|donnait|offre|envoie|prend))\b",
        needs=r"^(?=[\s\S]*\b(?:fils|fille|petit|petite|neveu|niece|frere|soeur|enfant|gamin|"
        r"gamine|bebe|eleve|\d{1,2} ans)\b)(?=[\s\S]*\b(?:secrets?|bisous|bizarres?|chelou\w*|"
        r"vestiaire|seule? avec (?:lui|elle)|dans (?:son|sa) (?:lit|chambre|voiture)|en cachette|"
        r"photos?|zizi|partout|dire a personne|rien dire|sous (?:sa|la|son) (?:jupe|culotte|"
        r"slip|pyjama|t-shirt)|calins|sur la bouche|pas le droit d'en parler))",
        unless=r"\b(?:devoirs|anniversaire|gateau|cadeau d'anniv\w*|noel|dessin|surprise|"
        r"livre|bonbons? (?:a|pour) (?:tous|toute))\b",
        neighbours=True,
        negatable=False,
    ),
    rule(
        D,
        # A hand on the thigh, under the skirt, from a teacher, a coach, a relative, or to a
        # child.
        r"\b(?P<core>(?:me met|m'a mis|me mettait|me pose|m'a pose|me posait|me glisse|m'a "
        r"glisse|me passe|me passait) (?:\w+ )?(?:la |sa |les |ses )?mains? (?:sur|entre|sous|"
        r"dans) (?:ma|mes|la|les) (?:cuisses?|jambes|fesses|seins|poitrine|culotte|jupe|"
        r"pantalon|short|slip|soutien-gorge))\b",
        needs=rf"{_CHILD_AGE}|\b(?:prof\w*|coach|entraineur|oncle|tonton|patron|chef|medecin|"
        r"voisin|beau[ -]?pere|moniteur|animateur|j'aime plus|j'ose pas|je veux pas|mal a "
        r"l'aise|peur|arrete|non)\b",
        neighbours=True,
        negatable=False,
    ),
    rule(
        D,
        # An adult who wants to meet a child in secret, or says the parents would not
        # understand.
        r"\b(?P<core>(?:se voie|se voir|se voit|se rencontrer|me voir|le voir|le rejoindre|"
        r"venir me chercher|me rejoindre) (?:\w+ ){0,2}?(?:en cachette|en secret|sans (?:le "
        r"dire|que) (?:a )?(?:mes|tes) parents|sans personne)|(?:dit|dis|disait|a dit|m'a dit|"
        r"repete|ecrit) (?:\w+ ){0,2}?(?:que |qu')?(?:mes|tes) parents (?:ne )?(?:comprendraient|"
        r"comprendront|comprennent) (?:pas|rien))\b",
        needs=rf"{_CHILD_AGE}|\b(?:mec|homme|adulte|monsieur|type|gars|vieux) de \d{{2}} ans\b",
        negatable=False,
    ),
    rule(
        D,
        # A parent's threat that earlier blows make real (not "ma mère va me tuer" alone).
        r"\b(?P<core>(?:va|vont|allait|allaient|va encore) me (?:defoncer|frapper|taper|tuer|"
        r"massacrer|tabasser|cogner|battre|demonter|fracasser))\b",
        needs=r"\b(?:saigne\w*|sang|bleus?|marques|hopital|urgences|casse|cocard|coquard|"
        r"derniere fois (?:\w+ ){0,4}?(?:frappe\w*|tape\w*|battu\w*|cogne\w*|gifle\w*)|ose pas "
        r"rentrer|veux pas rentrer|peur de rentrer)\b",
        neighbours=True,
        negatable=False,
    ),
    rule(
        D,
        # A child locked in a cupboard, a cellar, a room, for a night or without food.
        r"\b(?P<core>(?:enferme\w*|boucle\w*|laisse\w*|met|mettait|mis) (?:\w+ ){0,3}?(?:dans|a) "
        r"(?:le |la |un |une |sa |son |l')?(?:placard|cave|garage|grenier|toilettes|cagibi|"
        r"debarras|coffre|niche|balcon|cabane))\b",
        needs=r"^(?=[\s\S]*\b(?:toute la nuit|des heures|des jours|sans manger|sans (?:lumiere|"
        r"eau|boire)|dans le noir|a cle|puni\w*|quand (?:il|elle|je) (?:fait|pleure|mouille)|pipi)"
        r"\b)(?=[\s\S]*\b(?:frere|soeur|fils|fille|petit|petite|enfants?|gosses?|me|m'|moi))",
        unless=r"\b(?:chat|chien|velo|valise|cartons?|courses|jouets|vetements|bouteilles?|"
        r"vin|outils)\b",
        negatable=False,
    ),
    rule(
        D,
        # A neighbour, a sister, a mother with a black eye, or beaten "au sang".
        rf"\b(?P<core>{_PERSON} (?:\w+ ){{0,2}}?(?:la|le|les) (?:massacre|defonce|demolit|roue de "
        r"coups|cogne|tabasse|frappe|bat|tape)|(?:oeil au beurre noir|coquard|cocard|levre "
        r"fendue|bleus partout))\b",
        needs=r"\b(?:mari|mec|copain|compagnon|pere|beau-pere|conjoint|frere|ex|il|lui|cris|"
        r"hurle\w*|entend\w*|tous les soirs|encore|chaque)\b",
        unless=_GAME + r"|\b(?:porte|placard|ballon|rugby|hand|volley|chute|tombe\w*|velo|"
        r"ski)\b",
        about_others=True,
    ),
    rule(
        D,
        # Held under water.
        r"\b(?P<core>(?:me|m'a|m'avait|lui|la|le) (?:\w+ )?(?:mis|met|mettait|plonge|"
        r"plongeait|enfonce|enfoncait|maintenu|maintenait|tenu|tenait) (?:\w+ )?(?:la )?tete "
        r"sous l'eau)\b",
        unless=r"\b(?:piscine|plong\w*|apnee|jeu|rigol\w*|mdr|ptdr|nage\w*|mer|vagues?|surf)\b",
        negatable=False,
    ),
    rule(
        D,
        # A picture of the writer's door, street or car, sent as a message.
        r"\b(?P<core>(?:photos?|videos?) (?:\w+ ){0,2}?(?:de |d')(?:ma porte|mon immeuble|ma "
        r"maison|chez moi|ma fenetre|ma voiture|mon appart|ma rue|mon bureau|mon ecole|mon "
        r"boulot|mon travail))\b",
        needs=r"\b(?:ex|inconnu|numero masque|a ce soir|a bientot|je sais ou|je te vois|"
        r"menace\w*|peur|suit|traque)\b",
        unless=r"\b(?:agence|proprio|syndic|assurance|voisin|livreur|colis|vendre|annonce)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Pills at hand and "tonight I take everything".
        r"\b(?P<core>(?:je )?(?:prends|prendre|prendrai|avale|avaler|avalerai|gobe|gober) (?:tout|"
        r"le tout|tous|toutes|l'ensemble|la totalite)(?=\s*(?:$|[.,!?;]|d'un coup|ce soir|cette "
        r"nuit|en une fois|maintenant|demain)))",
        needs=rf"\b(?:{_MEDS}|boites?|plaquettes?|flacons?|tubes?)\b",
        unless=r"\b(?:vacances|voyage|ordonnance|prescri\w*|cure|menu|buffet|bonbons?|"
        r"vitamines?|chips|apero)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Medicines bought in several pharmacies so that no one notices.
        r"\b(?P<core>(?:dans|de|a) (?:chaque|plusieurs|toutes les|trois|deux|quatre|\d+) "
        r"pharmacies?|pharmacies? differentes)\b",
        needs=r"\b(?:remarqu\w*|se doute\w*|soupcon\w*|boites|de cote|stock\w*|assez|j'en ai "
        r"(?:\w+ )?(?:\d+|plusieurs|des))\b",
        unless=r"\b(?:rupture|penurie|introuvable|en stock nulle part|masques?|tests?|vaccin\w*|"
        r"lait|ordonnance)\b",
    ),
    rule(
        S,
        # A hose for the car in the garage.
        r"\b(?P<core>tuyau)\b",
        needs=r"\b(?:voiture|pot d'echappement|echappement|garage|moteur)\b",
        unless=r"\b(?:arrosage|jardin|plomb\w*|fuite|fuit|lave-linge|machine|aspirateur|douche|"
        r"evier|piscine|radiateur|reparer|repare|changer|change|garagiste|mecan\w*|durite|"
        r"controle technique)\b",
        neighbours=True,
    ),
    rule(
        S,
        # High up, alone, and the moment has come.
        r"\b(?P<core>(?:je suis|suis) (?:\w+ )?(?:sur le toit|en haut d[eu]|au (?:dernier|\d+e?|"
        r"\d+eme) etage|sur le pont|sur la falaise|au bord d[eu]|sur la rambarde|sur le rebord))\b",
        needs=r"\b(?:c'est le moment|c'est l'heure|il est temps|personne (?:en vue|me voit|ne me "
        r"voit|autour)|je (?:suis|me sens) (?:\w+ )?(?:pret|prete)|plus qu'a|sauter|saute|"
        r"adieu|en finir|je lache)\b",
        unless=r"\b(?:photos?|coucher de soleil|(?<!en )vue|feu d'artifice|pique-nique|apero|soiree|"
        r"concert|selfie|visite)\b",
        neighbours=True,
    ),
    rule(
        S,
        # A belt, a rope, a cable tied to a door handle, a shower rail, a beam, and tried.
        r"\b(?P<core>(?:corde|ceinture|cable|drap|echarpe|foulard|laisse|rallonge|lacets?))\b",
        needs=r"^(?=[\s\S]*\b(?:barre de (?:la )?douche|poignee de (?:la )?porte|tringle|"
        r"crochet|poutre|rampe|radiateur|porte|plafond|lustre)\b)(?=[\s\S]*\b(?:tient|tiendra|"
        r"tiendrait|solide|verifie|teste|supporte|mon poids|regle|serre)\b)",
        unless=r"\b(?:rideau|linge|hamac|balancoire|decoration|guirlande|escalade|velo|chien|"
        r"bricol\w*|rangement|porte-manteau)\b",
    ),
    rule(
        S,
        # Stones in the pockets, or walking into a river.
        r"\b(?P<core>(?:poches|sac|manteau) (?:\w+ ){0,2}?(?:de|avec des) (?:cailloux|pierres)|"
        r"marcher dans (?:la|le|l') ?(?:mer|lac|riviere|fleuve|seine|loire|rhone|garonne|eau|"
        r"canal) (?:\w+ ){0,3}?(?:et|jusqu|sans|pour pas|pour ne))\b",
        unless=r"\b(?:plage|baignade|ricochets?|collection|jardin|aquarium|pieds nus|chaud)\b",
    ),
    rule(
        H,
        # Cutting or burning oneself named by its marks: "je me fais des entailles".
        r"\b(?P<core>(?:je |j')?(?:me fais|me ferai|vais me faire|me suis fait|me faisais) "
        r"(?:\w+ )?(?:des |une |de nouvelles |encore des )?(?:entailles?|coupures?|scarif\w*|"
        r"brulures?|griffures?|marques))\b",
        unless=_CUT_ACCIDENT + r"|" + _BURN_ACCIDENT + r"|\b(?:tatou\w*|piercing|cheveux)\b",
    ),
    rule(
        H,
        # Someone else who burns, cuts or hurts himself: the writer is worried.
        rf"\b(?:{_PERSON}|il|elle) (?:\w+ ){{0,2}}?(?P<core>se (?:brule|brulait|brulent|coupe|"
        r"coupait|taillade\w*|mutile\w*|griffe\w*|mord\w*|tape la tete|cogne la tete|frappe la "
        r"tete|ouvre les bras|fait des entailles))\b",
        needs=r"\b(?:clopes?|cigarettes?|briquet|lames?|rasoir|cutter|compas|bras|poignets|"
        r"cuisses|ronds|marques|cicatrices|sang|expres|quand (?:on|il|elle) (?:se dispute|va mal|"
        r"est triste|craque))\b",
        unless=r"\b(?:en se rasant|cheveux|ongles|frange|cuisine|four|plaque|soleil|casserole|fer "
        r"a|couteau a pain|bricol\w*|accident\w*|barbecue|bbq|allum\w*)\b",
        about_others=True,
    ),
    rule(
        S,
        # Someone else says the others would be better off without him, and now is silent.
        r"\b(?P<core>(?:il|(?:mon|son|le) (?:\w+ )?\w+) (?:\w+ ){0,3}?(?:a dit|dit|disait|m'a "
        r"dit|m'a ecrit|a ecrit|repete|a poste|poste) (?:\w+ ){0,4}?(?:que |qu')?(?:on|nous|vous|"
        r"tout le monde|ils|elles|sa famille|les autres) (?:serai\w*|seri\w*) (?:\w+ )?(?:mieux|"
        r"plus (?:tranquilles?|heureux|heureuses)|en paix|soulages?) sans lui|(?:elle|(?:ma|sa|la) "
        r"(?:\w+ )?\w+) (?:\w+ ){0,3}?(?:a dit|dit|disait|m'a dit|m'a ecrit|a ecrit|repete|a "
        r"poste|poste) (?:\w+ ){0,4}?(?:que |qu')?(?:on|nous|vous|tout le monde|ils|elles|sa "
        r"famille|les autres) (?:serai\w*|seri\w*) (?:\w+ )?(?:mieux|plus (?:tranquilles?|"
        r"heureux|heureuses)|en paix|soulages?) sans elle)\b",
        needs=r"\b(?:repond (?:\w+ )?(?:plus|pas)|peur|inquiet\w*|injoignable|disparu\w*|hors "
        r"ligne|eteint|pleur\w*|va mal|depuis|ce soir|cette nuit|enferme\w*)\b",
        unless=r"\b(?:equipe|groupe|match|projet|boulot|taf|soiree|coloc|relou)\b",
        about_others=True,
    ),
    rule(
        S,
        # Someone else (or the writer) who has chosen the bridge, the place, or scouted it.
        r"\b(?P<core>(?:choisi|repere|trouve) (?:\w+ ){0,2}?(?:le pont|l'endroit|le lieu|la "
        r"falaise|l'immeuble|la voie|le toit|le viaduc|la methode)|fait des reperages)\b",
        needs=r"\b(?:deja|pour (?:le faire|sauter|en finir)|attend\w* (?:juste )?que|se tuer|"
        r"sauter|mourir|en finir|plus la|reperages|quand (?:ses|mes) parents|partent)\b",
        unless=r"\b(?:photos?|mariage|balade|pique-nique|visite|vacances|rando\w*|shooting|"
        r"rdv|rendez-vous|anniv\w*|tournage|film|graff\w*|urbex|skate|peche)\b",
        about_others=True,
    ),
    rule(
        S,
        # A message scheduled for the family, with the rest settled.
        r"\b(?P<core>(?:programme|planifie|prepare) (?:\w+ )?(?:un |des |une )?(?:mails?|messages?|"
        r"lettres?|textos?|sms|envois?) (?:\w+ ){0,3}?(?:pour|a) (?:mes|ma|mon) (?:parents|mere|"
        r"pere|soeur|frere|amis|proches|famille))\b",
        needs=r"\b(?:le reste est regle|tout est (?:regle|pret|prevu|organise)|regle|apres ma "
        r"mort|quand je serai plus|je serai plus|adieu|pardon)\b",
        unless=r"\b(?:anniv\w*|mariage|fete|surprise|noel|vacances|voyage)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Things shared out, each labelled, and "ready".
        r"\b(?P<core>je suis (?:\w+ )?(?:prete?|pret)(?:,? vraiment (?:prete?|pret))?)"
        r"(?=\s*(?:$|[.!]))",
        needs=r"\b(?:cartons?|le nom de (?:chaque|chacun)|pour chacun|a chacun|mes affaires|"
        r"donne|confie|lettres?|testament|regle)\b",
        unless=r"\b(?:demenag\w*|soiree|fete|exam\w*|partiels?|bac|vacances|voyage|depart en|"
        r"valises?|mariage|concert|rentree)\b",
        neighbours=True,
    ),
    rule(
        S,
        # "Friday it will be over", beside letters written or affairs settled.
        r"\b(?P<core>(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|cette "
        r"nuit|bientot|le \d+) (?:\w+ )?(?:ce sera|tout sera|ca sera|sera) (?:\w+ )?(?:fini|"
        r"termine|la fin))\b",
        needs=r"\b(?:lettres?|loyer|testament|adieu|pardon|plus la|regle|confie|donne|codes?)\b",
        unless=r"\b(?:exams?|partiels?|bac|vacances|boulot|travaux|chantier|saison|serie|"
        r"contrat|stage|demenag\w*|regles|traitement|cure|antibio\w*|cours|semestre|projet)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Leaving "for good" after a child's birthday, not to spoil it.
        r"\b(?P<core>(?:veux|voudrais) pas (?:lui |leur |vous |te )?(?:gacher|pourrir|ruiner) "
        r"(?:sa|son|leur|la|le|ta|ton) (?:fete|anniv\w*|mariage|noel|jour|bac|diplome))\b",
        needs=r"\b(?:pour de bon|pour toujours|le ferai|le faire|je serai plus|en finir)\b",
        unless=r"\b(?:demenag\w*|etranger|voyage|pays|ville|boulot|job)\b",
        neighbours=True,
    ),
    rule(
        S,
        # When the guard makes his round on the bridge, and when no one is there.
        r"\b(?P<core>(?:vigile|gardien|agent de securite|surveillant|ronde) (?:\w+ ){0,5}?(?:pont|"
        r"viaduc|toit|parking|gare|voies|falaise|tour|barrage))\b",
        needs=r"\b(?:plus personne|personne|desert\w*|vide|repere|a quelle heure)\b",
        unless=r"\b(?:graff\w*|tag\w*|photos?|skate|urbex|vol\w*|cambriol\w*|boulot|job|"
        r"travail|embauche|garer|stationn\w*|voiture)\b",
        neighbours=True,
    ),
    rule(
        S,
        # The phone's code or passwords left in an envelope, beside a time or a goodbye.
        r"\b(?P<core>(?:laisse|note|ecrit|mis) (?:\w+ ){0,2}?(?:le code|les codes|mes codes|mot de "
        r"passe|mots de passe|mes identifiants) (?:\w+ ){0,4}?(?:l')?(?:enveloppe|lettre|tiroir|papier|"
        r"bureau|table))\b",
        needs=r"\b(?:ce soir|cette nuit|demain|sereine?|calme|adieu|lac|pont|ecrit a chacun|"
        r"lettres?|pardon|plus la)\b",
        unless=r"\b(?:baby-?sit\w*|nounou|vacances|voisin|airbnb|wifi|coloc)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Appointments cancelled, things given back: "j'en aurai plus besoin".
        r"\b(?P<core>(?:j'en aurai|j'aurai|je n'en aurai|j'en aurais) (?:plus|pas|jamais plus) "
        r"besoin)\b",
        needs=r"\b(?:annule|resilie|rdv|rendez-vous|abonnement|toutes? mes affaires|tout ce que "
        r"j'ai|mon chat|mon chien|mes animaux)\b",
        unless=r"\b(?:demenag\w*|vacances|voyage|trop petite?|taille|ecole|fac|diplome|bac|"
        r"nouveau|nouvelle|remplace|permis|lentilles|lunettes|operation|bebe|grossesse|cours|"
        r"manuels?|classeurs?)\b",
        neighbours=True,
    ),
    rule(
        S,
        # "Sunday is the date", the day chosen for a reason beside it.
        r"\b(?P<core>(?:c'est|ce sera|sera) (?:la|le) (?:date|jour))(?=\s*(?:$|[.!]))",
        needs=r"\b(?:choisi|la mort de|deces|partir|plus la|pret|prete|lettres?|adieu|tout est "
        r"pret|decide)\b",
        unless=r"\b(?:mariage|entretien|exam\w*|partiel|bac|concert|rendez-vous|rdv|vacances|"
        r"demenag\w*|accouch\w*|terme|match|soutenance|date limite|rentree|fete|soiree|"
        r"naissance|marathon|course|semi|trail|compet\w*|tournoi|courir)\b",
        neighbours=True,
    ),
    rule(
        S,
        # A goodbye ending a message, beside love, sorry or care.
        r"\b(?P<core>adieu)(?=\s*(?:$|[.!❤️😢💔🖤]))",
        needs=r"\b(?:pardon|desolee?|dsl|je vous aime|je t'aime|prenez soin|veillez sur|merci "
        r"pour tout)\b",
        unless=r"\b(?:partiels?|boulot|taf|ecole|lycee|vacances|ete|week-?end|argent|salaire|"
        r"regime|serveur|groupe|collegues?|stage)\b",
        neighbours=True,
    ),
    # ---- Round 6 (fresh4): families rather than sentences
    rule(
        S,
        # Burden: my absence or death as their relief ("le jour où je disparais ils pourront
        # enfin respirer", "quand je serai partie ils seront mieux", "ma mort lui rendrait
        # service", "un poids en moins quand je serai mort").
        r"\b(?P<core>(?:quand|le jour ou|une fois que|si|lorsque) (?:je (?:serai|serais) "
        r"(?:partie?|morte?|plus la|plus de ce monde)|je (?:disparais|disparaitrai|disparaissais|"
        r"meurs|mourrai|mourais|pars pour de bon)|j'existerai plus|j'existe plus))\b",
        needs=r"\b(?:enfin|respirer|soulage\w*|mieux|poids en moins|tranquilles?|debarrasse\w*|"
        r"libres?|plus heureu\w*|(?:plus|moins) de (?:soucis|problemes|depenses|frais)|revivre|"
        r"(?:leur|lui) (?:rendre|rendrait) service)\b",
        unless=r"\b(?:vacances|voyage|erasmus|stage|demenag\w*|retraite|de la maison|de chez|"
        r"au (?:boulot|travail|taf)|en weekend|en week-end|la fete|la soiree)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ma mort|mon suicide|ma disparition|si je (?:mourais|crevais|disparaissais)) "
        r"(?:\w+ ){0,2}?(?:rendrait|rendra|ferait|fera|arrangerait|arrangera|soulagerait|"
        r"soulagera|simplifierait|simplifiera|liberera|libererait) (?:\w+ ){0,2}?(?:service|"
        r"du bien|la vie|tout le monde|le monde|un poids)|le mieux (?:que je (?:puisse|peux) "
        r"faire|pour (?:eux|elle|lui|tout le monde)) (?:\w+ ){0,3}?(?:c'est|ce serait|serait) "
        r"(?:de |d')(?:ne )?(?:plus exister|disparaitre|mourir|partir pour de bon|en finir|plus etre "
        r"la)|(?:un|ca (?:leur|lui|vous) fera un|ce sera un) poids en moins (?:\w+ ){0,3}?quand "
        r"(?:je|j') ?(?:serai|serais) (?:morte?|partie?|plus la))\b",
    ),
    rule(
        S,
        # Goodbye: one strong farewell beside another ("je vous embrasse une dernière fois",
        # "j'ai fait mon temps ... ne m'en voulez pas", "c'était pas sa faute ... une dernière
        # fois"); not a move, a new job or a trip.
        r"\b(?P<core>une (?:toute )?derniere fois|pour la derniere fois|ne m'en (?:voulez|veux|"
        r"voulez surtout) pas|j'ai fait mon temps(?! (?:dans|a|au|chez|ici|sur|comme))|ne me "
        r"cherchez pas|c'(?:etait|est) pas (?:ta|sa|votre|leur) faute)\b",
        needs=r"\b(?:vous allez me manquer|tu vas me manquer|je vous (?:aime|embrasse|remercie)|"
        r"je t'(?:aime|embrasse)|prenez soin|adieu|pardon(?! si)|merci pour tout|dites a|dis a)\b",
        unless=r"\b(?:demenag\w*|nouveau (?:job|poste|travail|taf)|retraite|pot de depart|voyage|"
        r"expat\w*|erasmus|australie|canada|quebec|demission\w*|(?:le|la|ce|cette) (?:groupe|"
        r"serveur|boite|equipe|classe|colo)|vacances|avant (?:de partir|mon depart) (?:en|au|a)|"
        r"gateau|match|partie)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Means: stepping over the railing of a height, tonight.
        r"\b(?P<core>j'enjambe\w*|enjamber|(?:passer|passe|passerai) (?:par-dessus|par dessus|de "
        r"l'autre cote de) (?:la|le) (?:rambarde|balustrade|garde-corps|parapet|rebord))\b",
        needs=r"\b(?:balcon|fenetre|toit|pont|viaduc|falaise|rambarde|parapet|\d+ ?(?:e|eme) "
        r"(?:etage)?|etage)\b",
        unless=r"\b(?:barriere|cloture|portail|flaque|chat|chien|randonnee|obstacle|haie|muret)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Stones or weights in the pockets or a bag, beside water.
        r"\b(?P<core>(?:pierres|cailloux|galets|poids|halteres?|parpaings?) (?:\w+ ){0,2}?dans "
        r"(?:les|mes|mon|ma|le|un|une) (?:poches|sac|sac a dos|manteau|veste|blouson)|(?:sac|sac a "
        r"dos|poches) (?:\w+ )?(?:rempli|remplies|pleines?|plein) de (?:pierres|cailloux|galets))\b",
        needs=r"\b(?:lac|riviere|fleuve|mer|seine|loire|rhone|garonne|meuse|canal|etang|leman|"
        r"saint-laurent|st-laurent|eau|pont|ce soir|cette nuit|demain)\b",
        unless=r"\b(?:plage|baignade|ricochets?|collection|jardin|aquarium|geolog\w*|muscu|"
        r"salle|rando\w*|lester|peche)\b",
    ),
    rule(
        S,
        # A car driven into a pillar, a tree, a wall, on purpose.
        r"\b(?P<core>(?:finir|finira|va finir|foncer|fonce|foncerai|m'encastrer|m'encastre|me "
        r"planter|me crasher|precipiter|rentrer|rentre|lancer) (?:\w+ ){0,3}?(?:dans|contre|sous) "
        r"(?:un|une|le|la|les) (?:pilier|pile|arbre|platane|mur|camion|poids lourd|semi|"
        r"glissiere|parapet|pont|falaise|ravin))\b",
        needs=r"^(?=[\s\S]*\b(?:voiture|char|bagnole|caisse|auto|moto|volant)\b)(?=[\s\S]*(?:\b"
        r"(?:ce soir|cette nuit|demain|a fond|pardonne pas|expres|volontairement|sans freiner|"
        r"ceinture|saura|en finir|pour de bon|plus jamais)\b|\ba \d{3}\b|\d{3} ?km))",
        unless=r"\b(?:failli|evite|verglas|brouillard|heureusement|temoin|hier|film|jeu|gta|"
        r"mario ?kart|forza|conduite accompagnee|auto-?ecole)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Plans: waiting until after a child's or a relative's celebration.
        r"\b(?P<core>(?:apres|une fois passee?s?|attendre|j'attends) (?:\w+ ){0,2}?"
        r"(?:l'anniversaire|noel|les fetes|le mariage|la communion|le bapteme|son bac|ses examens|"
        r"la rentree|sa fete) (?:de |d')?(?:ma|mon|mes|sa|son) (?:\w+ )?(?:fille|fils|enfants?|"
        r"petite?|soeur|frere|mere|pere|maman|papa|niece|neveu|filleule?))\b",
        needs=r"\b(?:j'ai tout (?:cale|prevu|organise|prepare|regle|planifie)|tout est (?:pret|"
        r"prevu|regle|cale)|pour de bon|tout sera (?:fini|regle|termine)|c'est decide|je le ferai|"
        r"je partirai|(?:il|elle|ils|elles) (?:aura|auront) eu|gacher|gache|lettres?|adieu)\b",
        unless=r"\b(?:pour (?:la|sa|une) fete|invites|gateau|cadeaux?|deco\w*|traiteur|la salle|"
        r"menu|vacances|voyage)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Plans: two steps of calm logistics ("écrit les lettres, choisi le jour", "mis de côté
        # ce qu'il faut").
        r"\b(?P<core>(?:ecrit|redige|prepare|fini) (?:les|mes|des|toutes les|tous les) (?:lettres|"
        r"mots|petits mots|adieux)|choisi (?:le jour|la date|l'endroit|le lieu|le moment|la "
        r"methode|comment)|mis de cote ce qu'il (?:faut|fallait)|regle (?:mes|toutes mes) "
        r"(?:dettes|affaires)|laisse (?:mes|les) codes)\b[^\n]{0,120}?\b(?:ecrit (?:les|mes|des|"
        r"toutes les|tous les) (?:lettres|mots|petits mots)|choisi (?:le jour|la date|l'endroit|le "
        r"lieu|le moment|la methode|comment)|mis de cote ce qu'il (?:faut|fallait)|regle (?:mes|"
        r"toutes mes) (?:dettes|affaires)|laisse (?:mes|les) codes|(?:etrangement|tellement|tres|"
        r"super) (?:calme|sereine?|apaisee?))\b",
        unless=r"\b(?:mariage|anniv\w*|fete|soiree|demenag\w*|voyage|vacances|examen|rendez-vous|"
        r"rdv|cv|motivation|candidature|noel|pere noel|saint-valentin|bapteme|colis)\b",
    ),
    rule(
        S,
        # Plans: a scouted height or a place and a day, or a one-way ticket to it.
        r"\b(?P<core>(?:j'ai|je suis alle\w*|suis alle\w*) (?:\w+ )?(?:repere|choisi|trouve|"
        r"visite) (?:\w+ ){0,2}?(?:la falaise|le pont|le viaduc|le toit|l'immeuble|la voie "
        r"ferree|les rails|le parking|la tour|le barrage|l'endroit|le lieu|l'arbre|la poutre)|"
        r"aller simple(?= (?:\w+ ){0,3}?(?:vers |pour )?(?:la falaise|le pont|le viaduc|la mer|le "
        r"lac|la-bas)))\b",
        needs=r"\b(?:j'y vais|j'irai|ce soir|cette nuit|demain|lundi|mardi|mercredi|jeudi|vendredi|"
        r"samedi|dimanche|aller simple|pour de bon|c'est haut|assez haut|personne|sauter|le moment|"
        r"derniere fois|pret|prete)\b",
        unless=r"\b(?:photos?|rando\w*|pique-nique|balade|vue|coucher de soleil|tournage|spot|"
        r"escalade|parapente|base jump|geocach\w*|mariage|shooting|drone|visite guidee)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Plans: waiting for the others to sleep or leave, and then the act.
        r"\b(?P<core>(?:j'attends|attendre|des que|une fois que) (?:juste |seulement )?(?:que |"
        r"qu')?(?:\w+ ){0,3}?(?:s'endorme|dorme|dorment|s'endorment|parte|partent|soit parti\w*|"
        r"soient partis|soit couche\w*|soient couches|quitte la maison|soit au boulot))\b",
        needs=r"\b(?:avaler|avale|tout prendre|prendre tout|le faire|je suis prete?|cachets|"
        r"medocs|comprimes|corde|lame|sauter|en finir|passer a l'acte|me pendre|me tuer|tout "
        r"ca d'un coup)\b",
        unless=r"\b(?:sortir|fete|jouer|manger|gateau|regarder|film|appeler|surprise|fumer|"
        r"discuter|cadeau|colis|ranger|rentrer|facetime|console|chocolat|bonbons)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Phone: logging out of life ("me déco de la vie", "me désabonner de la vie").
        r"\b(?P<core>me (?:deco|deconnecte\w*|desabonne\w*|desinscri\w*|delog\w*|unsub\w*|"
        r"desactive\w*) (?:de (?:la|cette) vie(?! (?:sociale|pro\w*|publique|en ligne|numerique|"
        r"virtuelle|reelle|de|du|des))|de l'existence|du monde|de la planete|pour de bon|"
        r"pour toujours|definitivement de tout))\b",
    ),
    rule(
        S,
        # Someone's picture of a means beside a goodbye or silence.
        r"\b(?P<core>(?:photo|snap|video|story) (?:\w+ ){0,2}?(?:de |d')(?:\w+ ){0,3}?"
        r"(?:cachets|medocs|comprimes|pilules|boites|lames?|corde|rails|pont|toit|flingue|arme))\b",
        needs=r"\b(?:adieu|repond plus|repond pas|decroche (?:pas|plus)|injoignable|pardon|"
        r"derniere fois|je vous aime|en finir)\b",
        about_others=True,
        neighbours=True,
    ),
    rule(
        D,
        # Sexual: taken by force, or while asleep.
        r"\b(?P<core>(?:me|m') (?:prend|prenait|a prise?|prendre|prends) (?:\w+ )?de force|(?:me|"
        r"m') (?:baise|touche|penetre|deshabille|force)\w* (?:\w+ ){0,3}?(?:pendant que|quand|alors "
        r"que|pendant mon sommeil) (?:je |j')?(?:dors|dormais|suis endormie?|etais endormie?|suis "
        r"inconsciente?|pleure|pleurais|sommeil))\b",
        unless=r"\b(?:dans ses bras|par le bras|par la main|mon (?:telephone|tel|portable|velo)|"
        r"mes affaires|la telecommande|ma place)\b",
    ),
    rule(
        D,
        # Sexual: cornered and touched, or a job threatened for telling.
        r"\b(?P<core>(?:m'a|me|m'avait) (?:coince\w*|plaque\w*|bloque\w*|enferme\w*) (?:\w+ ){0,3}?"
        r"(?:dans|contre) (?:la|le|les|un|une|son|sa) (?:reserve|bureau|toilettes|vestiaire|"
        r"ascenseur|couloir|mur|voiture|cave|local|cuisine|chambre)|si je (?:parle|dis quoi que ce "
        r"soit|le dis|porte plainte|refuse|dis non|balance) (?:\w+ ){0,3}?(?:je perds (?:mon|ma) "
        r"(?:cdi|job|taf|boulot|poste|place|stage|contrat|emploi)|(?:il|elle) (?:me )?(?:vire|"
        r"licencie|renvoie|virera)|je (?:suis|serai|serais) (?:viree?|licenciee?|renvoyee?)))\b",
        needs=r"\b(?:touche\w*|embrass\w*|mains?|deshabill\w*|jupe|fesses|seins|cuisses?|"
        r"sexe|coucher|avances|force\w*|peur|agress\w*|si je parle)\b",
        unless=r"\b(?:cle|cles|badge|panne|ascenseur (?:en panne|bloque)|neige|embouteillage)\b",
        negatable=False,
    ),
    rule(
        D,
        # A child: an adult's strange cuddles, being kept alone with him, told to say nothing.
        r"\b(?P<core>(?:me fait|m'a fait|me faisait|me donne|me demande) (?:des |de )?(?:calins|"
        r"bisous|caresses|massages|trucs|choses) (?:\w+ )?(?:bizarres?|chelous?|genants?|pas "
        r"normaux|qui me (?:genent|font peur))|(?:me demande|veut|m'oblige|me force) (?:de |a )?"
        r"(?:rester|venir|aller|dormir) (?:\w+ ){0,3}?seule? avec (?:lui|elle))\b",
        needs=rf"{_CHILD_AGE}|\b(?:{_ADULT}|bizarres?|secret|rien dire|dire a personne|calins|"
        r"bisous|touche\w*|peur)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        H,
        # An urge to do it again, beside a past attempt or self-harm ("il y a un an j'ai pris
        # des cachets, maintenant j'ai envie de recommencer").
        r"\b(?P<core>(?:envie|tentee?|besoin|peur|pulsion) (?:\w+ )?(?:de |d')(?:recommencer|"
        r"refaire|rechuter|y retourner|remettre ca))\b",
        needs=r"\b(?:cachets|medocs|comprimes|coupe\w*|scarif\w*|lames?|ts|tentative|me faire du "
        r"mal|automutil\w*|brule\w*|sauter|pendre|veines)\b",
        unless=r"\b(?:cigarettes?|clopes?|alcool|regime|fumer|tabac|biere|voyage|tatou\w*|"
        r"piercing|marathon|soiree)\b",
        neighbours=True,
    ),
    rule(
        H,
        # A streak and the urge now: "jour 3 sans me couper, mais ce soir j'ai envie".
        r"\b(?P<core>j'ai (?:tellement |trop |tres |grave )?envie(?=\s*(?:$|[.!?,;]| de (?:"
        r"recommencer|craquer|le refaire)))|je (?:vais|sens que je vais) craquer|je craque)",
        needs=r"\bsans (?:me |m')?(?:couper|scarif\w*|bruler|faire (?:de|du) mal|automutil\w*|"
        r"lames?)\b",
        negatable=False,
        neighbours=True,
    ),
    rule(
        S,
        # "je pense plus qu'à mourir": nothing but dying.
        r"\b(?P<core>(?:pense|songe|reve|obsede\w*) (?:\w+ )?(?:plus |que )?(?:qu'a|qu'au|que a) "
        r"(?:mourir|la mort|en finir|me tuer|me suicider|suicide|disparaitre))\b",
    ),
    rule(
        H,
        # A relapse now: "j'ai rechuté ce soir" beside self-harm.
        r"\b(?P<core>(?:j'ai|je suis) (?:\w+ )?(?:rechute|recraque|craque|replonge|recommence)\w*"
        r"(?: (?:\w+ ){0,2}?(?:ce soir|cette nuit|aujourd'hui|hier|tout a l'heure|ce matin))?)\b",
        needs=r"\b(?:coupe\w*|scarif\w*|lames?|cutter|me faire du mal|automutil\w*|brule\w*|"
        r"sang|entailles?)\b",
        unless=r"\b(?:cigarettes?|clopes?|alcool|sucre|chocolat|regime|fumer|tabac|biere|vapot\w*|"
        r"porno|instagram|tiktok|series?|jeux?|gateau|mon ex|sa story)\b",
        negatable=False,
        neighbours=True,
    ),
)

_CHECK_IN: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>a quoi (?:ca|cela) (?:sert|rime)(?: (?:tout ca|de continuer|de se battre|"
        r"de me battre|d'essayer))?|je (?:ne )?tiens plus(?: le coup)?|(?:je vois|vois) (?:pas|"
        r"plus) "
        r"le bout(?: du tunnel)?|(?:plus )?rien n'a (?:plus )?(?:de sens|d'importance|de gout)|"
        r"tout est (?:\w+ )?(?:inutile|vain|foutu|sans espoir|perdu)|je me sens de trop(?: "
        r"(?:partout|dans ce monde|sur terre|ici-bas|dans ma vie))?)"
        r"(?=\s*(?:$|[.!?😭😢💔]|,? (?:franchement|vraiment|serieux|je|j'|tout|plus)\b))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:je|j') ?(?:en )?(?P<core>(?:pouvais|peux|pouvait) (?:plus|pu)|en pouvais plus)"
        r"(?=\s*(?:$|[.!?]))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?:peur de|vais|envie de|sur le point de|avant de|pour pas|pas) (?:\w+ )?"
        r"(?P<core>faire une (?:grosse |enorme )?(?:connerie|betise|folie))\b|\bqu'(?:il|elle) "
        r"(?:ne )?fasse (?:une )?(?:grosse )?(?:connerie|betise)\b",
        negatable=False,
        unless=r"\b(?:achat|acheter|soldes|commande|amazon|boulot|taf|travail|examen|exam|"
        r"texto|sms|message|ex|coiffeur|cheveux|tatouage|frange)\b",
    ),
    rule(
        S,
        r"\b(?:envie|veux|voudrais|aimerais|besoin|juste|prefererais|rever) (?:de |d')?"
        r"(?:\w+ ){0,2}?(?P<core>disparaitre|me volatiliser|m'effacer|m'evaporer|me faire "
        r"oublier de tous|plus exister|ne plus etre la)\b(?! (?:de|d'|du|des|sous|dans|au|a|en|"
        r"quelques|pendant|une|un|deux|ce|cette|le|la)\b)",
    ),
    rule(
        S,
        r"\b(?P<core>(?:je suis|suis|je me sens|me sens|je ne suis qu'|je suis qu'|j'suis) "
        r"(?:\w+ ){0,2}?(?:un poids|un fardeau|une charge|une plaie|un boulet)(?: (?:pour|a) "
        r"(?:tout le monde|tous|les autres|ma famille|mes proches|mes parents|mes amis|vous|"
        r"toi|lui|elle|eux|la societe))?(?=\s*(?:$|[.,!?;]|pour|a|et|depuis|je|j'))|je pese "
        r"sur tout le monde)\b",
    ),
    rule(
        S,
        r"\b(?P<core>a quoi bon(?=\s*(?:$|[.,!?;]|franchement|serieux|vivre|continuer|tout|"
        r"se battre|me battre|essayer|me lever|rester|exister|en fait|sinon|de toute|au fond|"
        r"j'|je))|(?:ca|tout ca|ma vie|la vie|rien) (?:\w+ )?(?:sert|servira) (?:\w+ )?(?:a rien|"
        r"plus a rien)(?=\s*(?:$|[.,!?;]))|je sers a rien(?=\s*(?:$|[.,!?;]|sur|dans ce monde|a "
        r"personne|je|j'))|sers a rien sur (?:cette )?terre)",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>j'en peux plus(?=\s*(?:$|[.!?]|de (?:tout|rien|moi|cette vie|ma vie|"
        r"exister|vivre|la vie)|,? (?:je suis a bout|vraiment|franchement|serieux|de tout)))|"
        r"je\s(?:suis|me sens)\s(?:\w+ )?a bout(?=\s*(?:$|[.!?]|de tout|,? (?:je|j')))|"
        r"au bout du rouleau(?=\s*(?:$|[.!?]))|(?:tellement |trop |si |vraiment )?"
        r"(?:fatiguee?|epuisee?|lasse?|crevee?) de tout(?! (?:ce (?:boulot|travail|taf|bruit|"
        r"monde)|ca au (?:boulot|taf)))|(?:j'ai|jai)\splus\s(?:\w+ )?(?:de force|la force|"
        r"d'espoir|aucun espoir|gout a rien|envie de rien|la force de rien)|(?:aucun|plus "
        r"d'|pas d')espoir(?=\s*(?:$|[.,!?;]))|plus aucun espoir|des idees noires|idees "
        r"noires|(?:je vois|vois) (?:plus |pas |aucune )(?:d'issue|issue|de sortie|le bout du "
        r"tunnel|de solution)|aucune issue|(?:rien ne|ca|ca ne|ca va) (?:\w+ )?(?:changera|ira) "
        r"(?:jamais|plus jamais)(?: mieux)?|je veux tout arreter(?=\s*(?:$|[.,!?;]))|"
        r"tout est noir|j'ai plus gout a la vie)\b",
        unless=r"\bidees noires,? (?:c'est|c est) (?:\w+ )?(?:fini|termine|du passe|derriere)\b|"
        r"\b(?:m'arrive|arrive) plus (?:\w+ )?d'avoir des idees noires|\b(?:plus|pas|aucune|"
        r"zero|jamais) (?:jamais )?(?:eu )?(?:d'|des )?idees noires\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vois|trouve) (?:\w+ )?(?:plus |pas |aucun |plus aucun )(?:de |d')?sens "
        r"(?:a rien|a la vie|a ma vie|a tout ca|a quoi que ce soit|a vivre|a continuer|a "
        r"l'existence)|(?:pourquoi|a quoi bon) (?:je suis|j'existe|je vis) (?:encore|toujours) "
        r"(?:la|en vie|ici)?(?=\s*(?:$|[.,!?])))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>tout m'est (?:\w+ )?egal(?=\s*(?:$|[.,!]))|(?:en|sur) pilote automatique|"
        r"je (?:crois|pense) (?:pas|plus) que (?:ca|les choses|ma vie) (?:\w+ )?(?:ira|iront|va "
        r"aller|aille|ailleront) (?:\w+ )?mieux)",
        unless=r"\b(?:boulot|travail|taf|voiture|conduite|politique|meteo|match|equipe)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:plus )?rien n'a (?:plus )?(?:de sens|d'importance)|(?:je )?(?:sais|vois) "
        r"(?:\w+ )?(?:plus|pas) pourquoi je me leve|pourquoi je me leve (?:encore|le matin)|"
        r"(?:perdu tout|plus aucun|plus d'|aucun) espoir|a quoi (?:ca |cela )?(?:sert|bon) (?:de |d')"
        r"(?:se battre|continuer|vivre|lutter|essayer|me battre|tenir|me lever|avancer)|"
        r"(?:tout|ma vie|la vie) (?:me )?(?:parait|semble|est|devient) (?:tellement |si |trop |"
        r"completement |totalement |juste )?(?:vide|inutile|vaine?|sans (?:interet|sens|but))"
        r"(?! (?:dans|au|a la|chez|sur)\b)|au bout du rouleau|je m'en (?:fiche|fous|moque|"
        r"balance) (?:\w+ )?(?:de ce qui|ce qui) (?:\w+ )?(?:m'arrive|peut m'arriver|va m'arriver|"
        r"m'arrivera)|(?:peu importe|qu'importe) ce qui m'arrive|coquille vide|(?:morte?|vide) "
        r"(?:a l'interieur|interieurement|de l'interieur))\b",
        unless=r"\b(?:equipe|match|saison|film|serie|jeu|projet|frigo|boulot|exam|examen|"
        r"partiel|politique|gouvernement)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:devrais|aurais du|aurais pas du|aurais jamais du) (?:pas |jamais |plus )?"
        r"(?:exister|etre nee?|naitre)|(?:je me sens|je suis|me sens) (?:\w+ )?(?:desesperee?|sans "
        r"espoir)(?! (?:de|d')\b))\b",
        negatable=False,
    ),
    # ---- Round 4 (fresh2): hopelessness typed as on a phone
    rule(
        S,
        r"\b(?P<core>je (?:ne )?vois (?:\w+ )?(?:aucun|pas d'|plus d'|pas de|plus de) avenir|"
        r"envie de rien(?=\s*(?:$|[.,!;]))|(?:jamais|"
        r"pas|plus) pouvoir en sortir|au fond (?:d'un|du) trou|personne (?:ne )?me comprend)\b",
        unless=_GAME + r"|\b(?:frigo|reservoir|batterie|compte|boulot|job|dossier|mdr|ptdr)\b",
        negatable=False,
    ),
    # ---- Round 5 (fresh3)
    rule(
        S,
        r"\b(?P<core>(?:plus )?rien (?:ne )?me (?:fait (?:plus )?envie|donne (?:plus )?envie|fait "
        r"(?:plus )?plaisir|rend (?:plus )?heureuse?))(?=\s*(?:$|[.,!;]))",
        unless=r"\b(?:resto|menu|carte|a manger|magasin|vitrine|soldes|netflix|series?|film|"
        r"frigo|boutique)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>a quoi (?:ca |cela )?(?:sert|bon) (?:de |d')(?:faire des efforts|faire "
        r"semblant|respirer|exister|bouger|essayer encore|me lever le matin))\b",
        unless=r"\b(?:regime|muscu|salle|devoirs|revis\w*|exam\w*|ranger|menage)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>je me sens (?:\w+ )?(?:comme un fantome|invisible|transparente?))\b",
        needs=r"\b(?:personne (?:ne )?me (?:voit|remarque|entend|calcule)|comme si j'existais "
        r"(?:pas|plus)|pour tout le monde|pour personne)\b",
        negatable=False,
    ),
    # ---- Round 6 (fresh4)
    rule(
        S,
        r"\b(?P<core>(?:je )?(?:ne )?vois (?:plus|pas|aucun) (?:l'interet|le sens|le but|interet) "
        r"(?:de (?:rien|tout|vivre|continuer|la vie|me lever|quoi que ce soit)|a (?:rien|vivre|"
        r"continuer|la vie))|(?:j'attends|j'espere) (?:plus|pas|plus jamais) rien de (?:la vie|"
        r"l'avenir|demain|personne|l'existence)|(?:tannee?|fatiguee?|lasse?|epuisee?|ecoeuree?|"
        r"usee?) de vivre(?! (?:a|en|dans|avec|chez|au|sans) ))\b",
        unless=r"\b(?:cours|reunion|match|film|serie|jeu|exam\w*|devoirs|regime|paris|colocation|"
        r"ville|coloc)\b",
        negatable=False,
    ),
)

del D, S, H

LANGUAGE = Language(
    code="fr",
    crisis=_CRISIS,
    check_in=_CHECK_IN,
    shorthand=(*_SHORTHAND, _RECOVERY),
    subjects=(
        "je j' j'ai j'en j'y j'suis j'vais j'veux j'me j'avais j'etais moi tu t'as t'es il elle "
        "on nous vous ils elles personne quelqu'un ca c'est et mais car donc quand parce "
        "puisque sinon alors"
    ),
    first_person="je j' j'ai j'en j'y j'suis j'vais j'veux j'me j'avais j'etais moi",
    # "personne me frappe" denies as "nobody" does ("personne me comprend" is read by its
    # own check-in rule, which is not negatable).
    negators=r"pas|jamais|ne|n'\w+|aucun|aucune|rien|nullement|personne",
    doubt_after="sur sure certain certaine si m'empecher empecher arreter vraiment",
    resisting_before="essaie essaye essayer tente tenter promis jure lutte arrive j'arrive",
    history_after=r" ?(?:\w+ ){0,3}?(?:de nouveau|a nouveau|encore une fois)\b",
    # Spoken French drops "ne" and puts the denial after the verb: "je me tuerai jamais".
    # Only "jamais": "pas" there is as often "pas de doute", and "je veux plus vivre" is a
    # crisis.
    # Also "des idées suicidaires, j'en ai pas", "il me frappe pas, ..." ("pas" only where
    # the clause ends: "il me frappe pas mal", "pas souvent" are not denials). "suicidaire ?
    # non" is answered_no, read for every rule.
    denied_after=(
        r" ?[,:]? jamais\b| ?,? (?:je (?:le |l')?"
        r"suis|j'en ai|j'en ai eu|j'y pense|j'en fais) (?:(?:vraiment|absolument|franchement) )?"
        r"(?:pas|jamais|aucune?)\b(?! mal)| pas\b(?=\s*(?:$|[.,!?;]|(?:du tout|vraiment|hein|si|"
        r"mais|t'inquiete|rassure\w*|non)\b))"
        # "la psy m'a demandé si je me scarifiais, non je le fais pas"; "triste oui, suicidaire
        # non".
        r"| ?,? (?:(?:non|nan),? )?je (?:le |l')?(?:fais|faisais|ferai|ferais) (?:pas|jamais)\b"
        r"| ?,? (?:non|nan|nope)\b(?=\s*(?:$|[.!;]))"
        # "me suicider, moi ? tu rigoles"; "... si on me frappait, non pas du tout".
        r"|,? moi ?\? ?(?:tu rigoles|jamais|non|nan|n'importe quoi|mdr|lol|ptdr)\b"
        r"|(?: [\w']+){0,4}?,? (?:non|nan),? (?:pas du tout|jamais|absolument pas|pas vraiment)\b"
        # A short question ending the phrase, answered no: "me jeter d'un pont ? nan".
        r"|(?: [\w']+){1,5} ?\? ?(?:non|nan|nope|jamais|t'es fou|t'es folle|tu rigoles|"
        r"n'importe quoi|mais ca va pas)\b"
        # "je saute pas du pont", "je me coupe pas avec ca": "pas" right after a verb.
        r"|(?:(?<=saute)|(?<=sauterai)|(?<=jette)|(?<=tue)|(?<=pends)|(?<=coupe)|(?<=scarifie)|"
        r"(?<=suicide)|(?<=tuerai)|(?<=suiciderai)) (?:pas|plus jamais|jamais) (?=(?:du|de la|"
        r"d'un|d'une|de|par|sous|dans|devant|avec|ce soir|demain)\b)"
        # A reported question answered no: "on m'a demandé si j'avais des idées suicidaires,
        # j'ai dit non" (only after these words, so "il m'a violée, j'ai dit non" stays).
        r"|(?:(?<=suicidaires)|(?<=suicidaire)|(?<=suicide)|(?<=suicider)|(?<=noires)|"
        r"(?<=mourir)|(?<=tuer)|(?<=scarifiais)|(?<=scarifier)|(?<=scarifie)|(?<=finir)) ?"
        r"(?:j'en avais|j'en ai|j'avais)?,? (?:et )?(?:j'ai|je lui ai|je leur ai) (?:\w+ )?"
        r"(?:dit|repondu) (?:que )?(?:non|nan|jamais|pas du tout)\b"
    ),
    answered_no=r"\s*\? ?(?:non|nan|nn|pas du tout|jamais|absolument pas|t'es fou|t'es folle|"
    r"tu rigoles|n'importe quoi|mais ca va pas)\b"
    # Round 6: a reported question about dark thoughts answered no reads for the check-in too
    # ("la psy m'a demandé si j'avais des idées noires, j'ai dit non"); only after these words.
    r"|(?:(?<=suicidaires)|(?<=suicidaire)|(?<=noires)|(?<=mourir)|(?<=suicider)|(?<=finir)) ?"
    r"(?:j'en avais|j'en ai|j'avais)?,? (?:et )?(?:j'ai|je lui ai|je leur ai) (?:\w+ )?"
    r"(?:dit|repondu) (?:que )?(?:non|nan|jamais|pas du tout)\b",
    # "je n'ai aucune intention, ..." (the comma would hide the denial from the clause).
    denied_before=r"\b(?:aucune|pas l'|pas d'|nullement l'|jamais eu l')\s?intention|\b(?:ferais|"
    r"ferai|fais) (?:jamais|pas) (?:ca|cela)",
    fiction=(
        r"\b(?:films?|series?|episodes?|saisons?|livres?|bouquins?|romans?|histoire|bd|mangas?|animes?|"
        r"docu\w*|reportages?|(?<!son )(?<!mon )(?<!ton )journal(?! intime)|journaux|articles?|infos?|actu\w*|podcasts?|chansons?|"
        r"clips?|albums?|jeu video|jeux video|personnages?|persos?|heros|heroine|netflix|"
        r"tiktok|youtube|theatre|poemes?|etude|statistiques|cours|expose|prevention|"
        r"campagne|sensibilisation|benevolat|proces|faits divers|true crime|emission|"
        r"acteur|actrice)\b"
    ),
)
