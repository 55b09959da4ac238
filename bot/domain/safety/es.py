"""Crisis-screen rules for Spanish (es), for Spain and Latin America alike.

Rules are written against normalised text: lowercase, no accents ("está" -> "esta",
"daño" -> "dano", "él" -> "el", "más" -> "mas"), after the shorthand below ("xq"/"pq"
-> "porque", "q"/"k" -> "que", "d" -> "de", "m" -> "me", "tb" -> "tambien", "kiero" ->
"quiero", "toy" -> "estoy", "suisidio" -> "suicidio").

Decisions on the ambiguous cases
- First person is read from the verb, Spanish being pro-drop: "matarme", "suicidarme",
  "quitarme la vida", "me quiero morir", "voy a matarme" are the writer's own; "me va a
  matar", "va a matarme", "me mata" (someone else kills me) are figures of speech ("mi
  mamá me va a matar") unless the sentence ties them to leaving, telling or fear, when
  they are a threat (DANGER).
- "Me quiero morir" and "quiero morirme" are flagged even with "jaja" (policy), but not
  in "me muero de risa/ganas/vergüenza", "morirme de/por ...", "me quiero morir, qué
  oso/qué vergüenza" (embarrassment), "morir de viejo/en paz", "antes de morirme".
- "Me mato / matarme a estudiar, trabajando, de risa" is overwork or laughter; "casi me
  mato" an accident. "Me mato" alone at the end of a clause is suicide ("si me deja me
  mato"). "Para cortarse las venas" (a sad song) is an idiom; "cortarme las venas" is
  suicide.
- "Acabar con todo" is suicide unless it has an object ("acabé con todo el trabajo");
  "no quiero seguir" is suicide when nothing follows it ("no quiero seguir estudiando" is
  not). "Me corté" is self-harm unless it is the hair, a finger, cooking, shaving, paper,
  or a break-up ("corté con él"); "me corté un montón" (Spain: I was shy) is not.
- "Me pega" is violence when a person does it and nothing idiomatic follows (not "me
  pegó la gripe / un susto / un grito", not "ese color me pega").
- Plans and goodbyes without a death word are flagged when their shape is clear: giving a
  pet away ("regalé a mi perro"), "ya decidí cómo lo voy a hacer", "cuiden a mi gato"
  (not before a trip), "no me busquen", "a quien encuentre esto", "cuando ya no esté".
- History told bare is flagged ("el año pasado intenté suicidarme", "cuando era
  adolescente intenté ahorcarme"); a crisis that is over, told from a safe present, is
  not (round 5: "llevo 60 días sin cortarme", "hoy cumplo 6 meses sin autolesionarme", "ya
  no me corto, llevo dos años limpia", "hace tres años intenté quitarme la vida. hoy ... me
  alegro tanto de seguir aquí", "de chica mi padrastro me pegaba, ahora tengo 30, estoy a
  salvo"), unless a relapse, an urge or a wish is told now ("un año limpia pero las ganas
  volvieron", "hoy tengo las mismas ganas"; see _RECOVERY). Someone known at risk now is
  flagged; a past death ("se suicidó", "se mató") is grief, not flagged.
  A partner threatening to kill himself if the writer leaves is DANGER.
- Check-in only: "quiero desaparecer", "soy una carga", "ya no puedo más" (with nothing
  after it, or "con todo/esto/mi vida"), "para qué seguir", "nada tiene sentido", "estoy
  cansada de todo" (not "de este trabajo"). "Desaparecer para siempre" is crisis.
- Calm plans without a death word are flagged by their shape: a chosen day or place ("ya
  tengo la fecha", "ya elegí el puente"), "estoy lista." ending a sentence (not "¡estoy
  lista!" or "lista para la fiesta"), pills saved, counted or taken "todas", a gun at home
  "y sé dónde está la llave", standing on the edge of a bridge, a car running in a closed
  garage, the clothes to be buried in, a pet left with someone after "ya arreglé todo" (not
  before a trip or a move). "Mi intento" with no other object is an attempt.
- Goodbye shapes: "si están leyendo esto es porque lo logré", "no se culpen", "adiós a
  todos" or "perdónenme" ending a message, a letter left for mother or father; school and
  work farewells, Mother's Day letters and films are excused.
- Control and confinement are DANGER: "estoy encerrada", the keys taken "para que no
  salga", the phone broken "para que no pida ayuda", control of phone, money or who one
  sees (not a boss), waking up to sex, a child made to undress. "La fila del banco me
  mató", "me va a matar si entrego tarde" stay idioms; "si no apruebo me mato" is read as
  exam hyperbole.

Out of reach: wordings that only the situation makes grave ("tengo todo listo, el sábado
me despido", "me voy para siempre", "ya está todo"), which are also how people speak of
trips and moves; "me tiro por la ventana" as a joke about a song (flagged); regional slang
beyond the common forms; sarcasm. One-letter shorthand ("q", "d", "m") is expanded only
before another word, so that the language keeps its trigger words (see triggers.py).

Also out of reach (round 2): a plan that names no means ("solo espero que mi mamá se vaya
de viaje para hacerlo"), a relapse with no object ("llevaba 200 días limpia y recaí" may
be drugs), "estoy en el puente" inside a longer message, a goodbye spread over sentences
that hold no trigger word.

Round 3 (a fresh round written before reading these rules) decided:
- Calm plans with a means or a time: "mañana/después de X me mato/me suicido" (not exams,
  the gym, games), "para no despertar", "con una dosis grande no me despierto", pills kept
  "por si un día me decido", a gun "para usarla conmigo", going up a roof "para ver si me
  animaba", "lo hago, ya está decidido" (not a haircut, tattoo, cleaning, trip), "solo falta
  elegir el día" after letters or debts, "así no me encuentra mi madre" with a plan.
- Goodbyes: "despídeme de ...", "diles que los quise", bank passwords handed over with a
  goodbye, "me despedí de todos sin que se dieran cuenta", "perdónenme/perdón por todo ...
  adiós" and "fueron lo mejor de mi vida" ending a message (not work, school or trips).
- Burden: "sin mí estarían mejor", "si me muriera estarían aliviados", "lo justo sería que
  dejara de existir". Check-in: no future, no hope, empty inside, "me da igual todo", "cuánto
  más voy a aguantar", "nada de lo que haga importa" (not about a team, an exam or a job).
- DANGER: threats with a knife or of disfigurement, a beating "cuando no le contesto" (the
  denial belongs to the subordinate clause), phone and GPS control with violence or fear (not
  parents or bosses), coercion in a couple ("me lo hace aunque esté llorando", "es su derecho",
  "le digo que no y lo hace igual" with a sexual word), filming and blackmail with a video,
  children: images asked of a child, left alone for nights, coming back bruised, touched.
- Someone else: "dice que esta noche se mata", "se va a pegar un tiro", "dice que va a saltar"
  (with a height), "se encerró con las pastillas", "se despidió de todos y no contesta".
- Shorthand: "no es que ...", "para nada ...", "lejos de ..." deny what follows; "me suicido"
  is a verb, not a typo of "suicidio"; "sewerslide", "unalive", "cn", "aki", "voi".

Still out of reach after round 3: a plan with neither means nor death word ("ya lo tengo
todo planeado para el domingo", "ya elegí el sitio y la hora"); "le digo que no y lo hace
igual" with no sexual word; "ya no pienso en suicidarme, estoy mejor" is read as a history.

Round 4 (fresh2, a round weighted to means, plans, children, third persons and denials)
decided:
- Plans: "el 14 es el día" only with "tengo todo listo", letters, "no me preguntes" or a
  goodbye (not "el día de ..." nor a trip, wedding or exam); letters written and "el viernes
  lo hago"; going up to a roof or a bridge "y salto"; "ya estoy preparado para irme" and
  "ya elegí el sitio" only after affairs put in order or with a means or jump nearby; pills
  kept "para cuando me decida"; sealing a room with charcoal; "me voy a colgar de/con ...";
  a gun in the hand "ahora mismo"; walking into the sea "hasta que no pueda volver".
- Goodbyes: "es la última vez que escribo" with love in the past or an apology, "no llores
  por mí" and "me voy a un lugar mejor" with a goodbye, "irme/despedirme para siempre" with a
  goodbye (not a trip, a country or a group), "ya no me van a ver más" after "chau a todos";
  one that promises to meet again ("nos vemos", "estoy bien") is excused.
- Someone else: found with the arms cut or hanging, many pills taken and not responding, a
  car running in a closed garage, "mañana ya no va a estar" with things given away, a
  quoted goodbye followed by silence, "se está cortando ahora".
- DANGER: burned with an iron or cigarettes by a person, a child asked for pictures, "me
  hace cosas" with solitude, night or a threat, an adult getting into a child's bed, "si le
  cuento lo que me hace me mata", an armed man outside, an ex threatening now.
- Denials: "¿ideas de suicidio? no, para nada" (answered_no), "autolesionarme nunca fue lo
  mío" (denied_after), "me preguntó si quería morirme y le dije que no" (the reported
  question is denied), "nadie me pega" ("nadie" negates), "cero ganas de", "que no me mato";
  a denial taken back ("dije que no ... pero es mentira") is flagged.
- "ya no me corto, llevo dos años limpia" was read as a history; round 5 reads it as recovery.
- Also flagged (later wordings): pills laid out with a bottle of spirits (not bought for a
  dinner), the edge of a roof with a jump or fear, "tirarme abajo del colectivo", a rope hung
  "lista" or from a beam, "me voy a cortar las venas", "hacer una locura" with despair, "no
  doy más", "quiero que todo termine ya" (not a term or an exam); touched or raped while
  asleep or drunk, sex "aunque no quiera" in a couple, waking with torn clothes after a blank,
  an adult making a child bathe or sleep with him, someone beating his child or partner,
  someone with a rope or gun and "hoy es el día", someone shut in the bathroom with pills.
- Round 4 rules read only their own sentence (except "la última vez que escribo", whose
  goodbye may be in the one before), so an everyday sentence nearby neither triggers nor
  excuses them.
Out of reach (round 4): a plan named only by its shape ("voy a hacer una locura" with no
despair near it, "ya elegí el sitio" with no means or jump), "si le cuento a mi mamá que
reprobé me mata" (spared only when no abuse is named near it).

Round 5 (a third fresh round, es.fresh3: 100 cases written before reading the rules; recall
20/48 and 10/48 false alarms before its fixes, 6 of them recovery) added recovery (above)
and, in _R5: a child (an age under 18, "mi hija de 5 años", a school year) with a grown-up
(padrastro, tío, abuelo, hermanastro, profe, "un señor", an adult's age) in the same or a
next sentence makes a secret ("juego secreto", "a mamá no se le dice", "si le cuento ... me
mandan a un hogar", "borra todo") a danger, and so do touching, "me obliga a ver cosas", an
adult coming into the child's room and locking it; children unfed ("no nos dan de comer
desde ayer", a padlock on the fridge); "a mi compañera le pega el novio". Means: a gun with
its cartridges and a thought of it every night, a high floor or a bridge rail with an open
window, nobody around or "soltarme", "solo tendría que soltarme", a blade beside a filled
bath, "me voy a aventar al metro", a belt tied to the closet rail "ya probé que aguanta", a
car left running in a closed garage, staring at the pills for a week after an attempt.
Someone else: a photo of pills then offline, "ya tiene todo pensado" with a parent's gun,
"puso en el grupo que esta noche se cuelga", a method searched ("buscó cómo morir sin
dolor"). Plans: a day chosen beside an empty house, a letter for each child with the life
insurance, "donde voy no me hacen falta", "solo me falta llegar al puente", "me voy al
mirador y ya" beside a decision or calm, "todos creen que me voy de vacaciones" beside a
date, "mi último día en todos lados"; a password left with "perdón" and "los quiero".
Self-harm: an urge back beside a blade or a clean streak. Shorthand: "no es broma" affirms
("no es broma, me quiero morir"), "nada de pensamientos suicidas" denies. Spared: siblings
fighting ("mi hijo le pega a su hermana", "mis hijos se pelean", unless marks, fear, a
weapon or an adult's age are told with it), a rope for a bike, "un audio más y me tiro por
la ventana".
Round-5 rules that read their neighbours for what they need read what spares them
(`unless`) in their own sentence only (_own_sentence), so that an everyday sentence next to a
crisis does not hide it.
Out of reach (round 5): a recovery or a relapse told across sentences that are not next to
each other; a grown-up named only in an earlier message.

Round 6 (fresh4: 145 cases written before reading these rules, weighted to burden, goodbyes,
means, plans and phone spellings against denials and recovery; recall 50/79, soft 4/5 and
10/61 false alarms before its fixes, 7 of them recovery) added, in _R6:
- Burden by its structure, not its words: anyone (a partner, the parents) "estaría(n) mejor /
  más tranquilos / en paz / aliviados" "sin mí" or "si yo no estuviera / desapareciera / no
  amanezco" (a conditional: "está mejor sin mí" is a break-up; "sin mí en el equipo" is
  work); "sería un alivio / un favor para ella que yo ..."; "les haría un favor si ...";
  "si me muero se acaba el problema"; better off with the life insurance or the inheritance
  "que conmigo"; "y dejo de existir / me quito del medio" beside a burden word; a burden
  "solved" by the writer on a day ("sobro ... esta semana lo soluciono yo") unless work, an
  exam or papers are named; "ya lo busqué cómo" beside a burden or a death word.
- Goodbyes: "ya no los voy a necesitar / ya no me hacen falta / solo me falta despedirme"
  beside things given away or accounts deleted (not school notes, a trip or a move); "si
  lees esto / cuando leas esto ... no es tu culpa / no te culpes" (not "no es tu culpa que
  ..."); "no lloréis por mí" with "cuando te enteres", a past "fuiste" or an apology;
  passwords and accounts left "para cuando ya no me tengáis / ya no esté".
- Means: how many pills "hacen falta para no despertar / morir" or are lethal; beyond the
  railing of a roof, bridge or balcony ("ya pasé la baranda", "del otro lado de la reja");
  an appliance plugged in by the filled bath; a belt, scarf or cord that "aguanta mi peso"
  (not a hammock, a pull-up bar or climbing gear).
- Plans: a day chosen "para no arruinárselo" or after someone's birthday (not "la fecha de
  la boda", a trip or an operation); rent and papers put in order and then "el domingo me
  voy." (not a trip, a move or a city named); where and when nobody passes near a bridge,
  rails or a roof; "estoy listo, solo espero a que se duerman" (not a film, a game, a date or
  a surprise); the highest floor "que no tiene red"; going straight to the rails or the
  bridge with a decision.
- DANGER: cornered "y me toca"; being touched now with fear or refusal; doors locked and the
  route changed; someone being beaten now ("le está pegando", not a ball, a punching bag or
  a game); a grown-up relative who touches the writer "cuando me quedo a dormir", with fear
  or a secret. Someone's wrists or arms bleeding or full of cuts (self-harm, not a fall).
- Shorthand: a star anywhere in "s*icidio"; "me voy a autoeliminar / desvivir"; "matr" for
  "matar". Check-in: "ya no me importa lo que me pase", "me da igual si
  me muero", "cansada de estar cansada" (not "... de este trabajo"), "¿para qué todo esto?",
  "me estoy apagando".
- Denials and recovery: "¿suicidarme yo? ni loca" (answered_no after "yo"); "ya no pienso en
  X" and "cuando quería morirme" are not an urge now; "cada mañana" is not "mañana"; a
  present told in more ways ("hoy soy enfermera", "hoy vivo tranquila", "ahora miro para
  atrás", "... y estoy bien.", "hoy celebro", "hoy ... sonrío", scars that no longer show); a
  past told as "me acuerdo de cuando", "una vez estuve", "sobreviví a un intento"; a goodbye
  letter torn up "ya no la necesito" (and the Portuguese "rasguei ..., não preciso mais").
  "Es para pegarse un tiro" is an idiom; a letter for an anniversary or a wedding is no
  goodbye.
- Second pass (wordings written after the first): letters left "escritas" beside "hoy es el
  día" or a goodbye (not Christmas, a CV or a wedding); "ya tengo el lugar y la hora" beside
  "nadie me va a encontrar" or a goodbye (not "... de la cena"); "los quise mucho" with
  passwords, letters or an apology ending the message; a grown-up who shows a child "videos
  feos / de adultos" (not "fotos raras de su viaje"); "ya no tengo ganas de morirme" is no
  urge now; "tirarme al sofá / a la cama / al suelo" is no jump. Spared after probing
  everyday variants: a pet "estaría mejor sin mí", a belt on a zip line, the highest
  viewpoint "sin vigilancia" for photos, "le está pegando al colchón" (a thing, not a
  person, after "al"), "para cuando ya no esté en casa".
Out of reach (round 6): "ya lo tengo todo" with no means, day or goodbye near it; a plan told
across sentences that are not next to each other; third-person burden ("mi hermana dice que
sobra"). "n" for "no" is not a Spanish negator: it made the Spanish rules excuse their own
match in Portuguese text ("q n me corto") and so read the Portuguese "no" ("in the") as a
denial of a Portuguese crisis in the same message (see engine.Witnesses); the Portuguese
"faz uma semana q n me corto" stays flagged by the Spanish "me corto".
"""

from __future__ import annotations

from bot.domain.safety.engine import Concern, Language, Rule, rule
from bot.domain.safety.sentences import own_sentence as _own_sentence
from bot.domain.safety.sentences import spared

__all__ = ["LANGUAGE"]

_SHORTHAND: tuple[tuple[str, str], ...] = (
    (r"\b(?:x ?q|xk|xke|porq|porke|pq)\b", "porque"),
    # One-letter words are expanded only before another word, so that each pattern has a
    # two-character factor and the language can be gated by its triggers (see triggers.py).
    # Never right after an apostrophe: "don't", "i'm", "i'd" stay English words (other
    # languages' negation checks read this text too).
    (r"\b(?:q|k) (?=\w)", "que "),
    (r"\b(?:ke|qe)\b", "que"),
    (r"\b(?<!')d (?=\w)", "de "),
    (r"\b(?<!')m (?=\w)", "me "),
    (r"\b(?<!')t (?=\w)", "te "),
    (r"\b(?<!')x (?=\w)", "por "),
    (r"\b(?:tb|tmb|tmbn|tbn)\b", "tambien"),
    (r"\b(?:xa|pa)\b", "para"),
    (r"\b(?:kiero|qiero|kero|qero|qro|quero)\b", "quiero"),
    (r"\b(?:kisiera|qisiera)\b", "quisiera"),
    (r"\btoy\b", "estoy"),
    (r"\bnd\b", "nada"),
    (r"\bnose\b", "no se"),
    (r"\b(?<!me )(?<!se )suicido\b", "suicidio"),
    (r"\bsu[iy]?[cs]{1,2}[iy]?d(?=[aeio])", "suicid"),
    (r"\bmatarm\b", "matarme"),
    (r"\bmorirm\b", "morirme"),
    (r"\bdesvivir(me|se)\b", r"matar\1"),
    # Algospeak, the English forms used in Spanish too.
    (r"\bsewer ?slide\b", "suicidio"),
    (r"\bunalive(?:ar)?(me|se)\b", r"matar\1"),
    (r"\b(me|se) (quiero|quiere|voy a|va a) unalive\b", r"\2 matar\1"),
    (r"\bcn\b", "con"),
    (r"\baki\b", "aqui"),
    (r"\bvoi\b", "voy"),
    (r"\bsu?i?\*+(?:c|s)?i?dio\b", "suicidio"),
    # Round 6: a star anywhere in the word ("s*icidio", "sui*idio"), and the algospeak verbs
    # after an auxiliary ("me voy a autoeliminar", "me quiero desvivir").
    (r"\bs[uic]{0,3}\*+[uic*]{0,5}dio\b", "suicidio"),
    (r"\bautoeliminacion\b", "suicidio"),
    (r"\b(quiero|voy a|queria) (?:matr|mtar|matra)(me)?\b", r"\1 matar\2"),
    (
        r"\b(me|se) (quiero|quiere|queria|voy a|va a|vas a|pienso|iba a|podria) "
        r"(?:autoeliminar|desvivir)\b",
        r"\2 matar\1",
    ),
    (r"\b(?:para nada|ni de broma|ni loc[oa]) (?=quiero|quisiera|pienso|voy|me)", "no "),
    (r"\blejos de (?=querer|pensar)", "no "),
    # Round 5: "no es broma, me quiero morir" affirms what follows (not a denial of it).
    (r"\bno es (?:broma|joda|chiste|cona|mentira|por joder)\b", "en serio"),
    # "No es que quiera morirme": the denial is of what follows.
    (r"\bno es que\b", "no"),
    # Round 5: "nada de pensamientos suicidas" denies as "no" does.
    (r"\bnada de (?=pensamientos|ideas|intenciones|planes)", "no "),
    (r"\bni (?:se me|me) (?:pasa|paso|ha pasado) por la cabeza\b", "no quiero"),
    (r"\bautoeliminar(me|se)\b", r"matar\1"),
    # Round 4: "nn" is "no"; a question reported and answered no ("me preguntó si quería
    # morirme y le dije que no") denies what was asked.
    (r"\bnn\b", "no"),
    # "Cero ganas de morirme" denies as "no" does.
    (r"\bcero (?=ganas de|intencion|intenciones|planes de|pensamientos de|ideas de)", "no "),
    (
        r"\b(pregunt\w*|preguntaron) si (?=(?:\w+ ){1,6}?(?:\w+)\W+(?:y )?(?:yo )?(?:le |les )?"
        r"(?:dije|respondi|conteste|explique) (?:que )?no\b)",
        r"\1 si no ",
    ),
)

# --- building blocks ---------------------------------------------------------------------

_RELATION = (
    r"(?:novio|novia|pareja|marido|esposo|esposa|mujer|ex|expareja|exnovio|exnovia|papa|padre|"
    r"papi|mama|madre|mami|padrastro|madrastra|hermano|hermana|hermanastro|tio|tia|primo|"
    r"prima|abuelo|abuela|jefe|jefa|companero|companera|roomie|vecino|vecina|suegro|suegra|"
    r"cunado|cunada|hijo|hija|profe|profesor|profesora|maestro|entrenador|amigo|amiga|chico|"
    r"chica|hombre|senor|tipo|man|vato|chavo)"
)
_PERSON = rf"(?:el|ella|ellos|alguien|(?:mi|su|el|la|un|una|este|ese) (?:mejor )?{_RELATION})"
# Wanting, planning, trying, in the first person (accents removed).
_INTENT = (
    r"(?:quiero|queria|quisiera|quise|deseo|desearia|necesito|voy a|iba a|pienso|pienso en|"
    r"pense en|pensaba en|estoy pensando en|he pensado en|he estado pensando en|sigo pensando en|"
    r"sigo queriendo|"
    r"planeo|planeando|planeaba|intente|he intentado|trate de|tratare de|tengo ganas de|tenia "
    r"ganas de|me dan ganas de|me entran ganas de|me dieron ganas de|ganas de|me gustaria|"
    r"prefiero|preferiria|a punto de|debería|deberia|tendria que|tengo que|merezco|mereceria|"
    r"decidi|he decidido|idea de|ideas de|pensamientos de|fantaseo con|sueno con|tentad[oa] de|"
    r"considero|considerando|me planteo|planteandome|ojala|solo quiero|lo unico que quiero es|"
    r"estoy list[oa] para|impulsos? de|necesidad de|la tentacion de|miedo de|voy a terminar|"
    r"podria|quiza|quizas|mejor|no veo la hora de|con ganas de|ya quiero)"
)
_SELF_DEATH = (
    r"(?:morirme|matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida|"
    r"poner fin a mi vida|ponerle fin a mi vida|quitarme de en medio|dejar de existir|dejar de "
    r"vivir|desaparecer para siempre|no despertar(?:me)?|ahorcarme|colgarme|envenenarme|"
    r"ahogarme|pegarme un tiro|darme un tiro|volarme la cabeza|dispararme|cortarme las venas|"
    r"abrirme las venas|morir)"
)
# What may follow dying when it is not a wish to die.
_NOT_DEATH_AFTER = (
    r"(?! (?:de (?!una vez|ya\b|hoy|verdad|tristeza|dolor|pena\b)|del |por (?!favor)|antes de|al |"
    r"a (?:ese|esa|este|esta|mi|tu|su|el|la|los|las|alguien|todos|todo el mundo)\b|"
    r"en (?:paz|tus brazos|sus brazos|el intento|la playa|mi cama)|viej[oa]|feliz|tranquil[oa]|"
    r"sin (?:conocer|ver|haber)|lentamente de|joven y|como (?:un|una) (?:heroe|leyenda)|contigo|"
    r"a tu lado|estudiando|trabajando|entrenando|a (?:estudiar|trabajar|entrenar)))"
)
_EMBARRASSED = r"\b(?:que|q) (?:oso|verguenza|bochorno|corte|pena)\b|\btragame tierra\b"
_VIOLENT = (
    r"(?:pega|pego|pegaba|pegan|pegaron|ha pegado|golpea|golpeo|golpeaba|golpean|golpearon|ha "
    r"golpeado|maltrata|maltrato|maltrataba|patea|pateo|pateaba|empuja|empujo|empujaba|ahorca|"
    r"ahorco|ahorcaba|estrangula|estrangulo|estrangulaba|cachetea|cacheteo|cacheteaba|abofetea|"
    r"abofeteo|muerde|mordio|viola|violo|violaba|violaron|ha violado|manosea|manoseo|manoseaba|"
    r"apunalo|acuchillo|zarandea|zarandeo|jalonea|jaloneo|arrastra|arrastro|escupe|escupio|"
    r"madrea|madreo|surra|surro|zurra|zurraba)"
)
_NOT_VIOLENCE_AFTER = (
    r"(?! (?:un susto|un grito|unos gritos|una bronca|la gripe|el resfriado|el covid|el virus|los "
    r"piojos|el sol|bien|mal|mucho|nada|con (?:la ropa|el color|todo)|al (?:balon|ojo)|a la "
    r"(?:pelota|bola)|el acento|la costumbre|la cancion|las ganas|en (?:el|al) (?:fifa|juego|"
    r"ajedrez|partido))|(?: (?:el|la|los|las|sus|su) (?!(?:cara|cabeza|espalda|estomago|panza|"
    r"brazos?|piernas?|boca|ojos?|nariz|cuerpo|costillas)\b)\w+))"
)
_CUT_ACCIDENT = (
    r"\b(?:sin querer|por accidente|accidentalmente|cocinando|cocinar|picando|picar|pelando|"
    r"cortando (?:el|la|las|los|pan|cebolla|verdura)|cebollas?|tomate|pan\b|verduras?|cuchillo "
    r"de (?:cocina|pan)|afeit\w+|depil\w+|rasur\w+|papel|folio|sobre\b|lata|vidrio roto|cristal "
    r"roto|se rompio|jardin\w*|podando|cuter del trabajo|pelo|flequillo|unas|barba|cutis)"
)
_BURN_ACCIDENT = (
    r"\b(?:sin querer|por accidente|sarten|horno|plancha(?! para)|cocinando|cocinar|olla|aceite|"
    r"cafe|te\b|sopa|vapor|agua caliente|sol\b|playa|bronce\w*|rizador|secador|tostadora|"
    r"barbacoa|parrilla|asado|fogon|estufa|vela\b)"
)
_KNOCK_ACCIDENT = (
    r"\b(?:sin querer|por accidente|gimnasio|gym|entreno|entrenando|futbol|jugando|partido|"
    r"corriendo|bici|moto|me cai|caida|tropece|resbale|esquina|puerta|mesa|armario|mueble|"
    r"rodilla|tobillo|picadura|mosquito|roncha|alergia|eccema|sarpullido|granos?|costra)\b"
)
_LEAVING = (
    r"(?:lo dejo|la dejo|le dejo|lo dejara|la dejara|lo dejaba|lo deje|la deje|lo abandono|me "
    r"voy|me iba|me fuera|me separo|me separara|termino con|terminara con|termino\b|me divorcio|"
    r"lo denuncio|la denuncio|denuncio|lo cuento|se lo cuento|le cuento|hablo|lo digo|se lo digo|"
    r"le digo|se entera|me ve con|salgo con|no vuelvo|no regreso|lo engano)"
)
_FEAR = r"\b(?:miedo|aterrad[oa]|asustad[oa]|temblando|tiemblo|panico|escondid[oa]|me escondi)\b"
_ADULT = (
    r"\b(?:tio|padrastro|(?:novio|pareja|esposo|marido) de mi (?:mama|madre)|primo|abuelo|papa|"
    r"padre|vecino|senor|profe|profesor|maestro|entrenador|hombre|adulto|cura|sacerdote)\b"
)
_PILLS = (
    r"(?:pastillas|pastis|pildoras|capsulas|comprimidos|tabletas|medicamentos|medicinas|remedios|"
    r"pastas|clonazepam|rivotril|diazepam|valium|alprazolam|xanax|trankimazin|lorazepam|"
    r"orfidal|lexatin|tranxilium|paracetamol|acetaminofen|tylenol|ibuprofeno|aspirinas?|"
    r"nolotil|metamizol|somniferos|antidepresivos|tranquilizantes|ansioliticos|sertralina|"
    r"fluoxetina|quetiapina|seroquel|litio|insulina|tramadol|zolpidem|stilnox|pregabalina|lyrica|"
    r"benzos|benzodiacepinas|opioides|fentanilo|sertralina|escitalopram|venlafaxina|"
    r"paroxetina|amitriptilina|clonacepam|ravotril|blister|pastilla|calmantes)"
)
_HIGH = (
    r"(?:puente|edificio|azotea|terraza|balcon|ventana|techo|tejado|piso \d+|quinto piso|ultimo "
    r"piso|vias|via del tren|tren|metro|coche|carro|auto|camion|trafico|acantilado|barranco|"
    r"precipicio|rio|mar|vacio|autopista|carretera|periferico|segundo piso|un puente|el puente)"
)
_BODY = (
    r"(?:brazos?|piernas?|munecas?|muslos?|piel|abdomen|panza|barriga|estomago|caderas?|"
    r"antebrazos?|tobillos?|pecho|cuerpo|hombros?)"
)

D, S, H = Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM

_CRISIS: tuple[Rule, ...] = (
    # ---- DANGER ---------------------------------------------------------------------------
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,3}}?(?P<core>(?:me|nos) (?:ha |han )?{_VIOLENT})\b"
        rf"{_NOT_VIOLENCE_AFTER}",
        unless=r"\b(?:fifa|ajedrez|partido|jugando|videojuego|play|cartas|padel|tenis)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:me|nos) (?:ha |han )?{_VIOLENT})(?=\s*(?:$|[.,!?;]|cuando\b|si\b|y\b|"
        r"porque\b|a (?:mi|mis|todos)|ayer\b|anoche\b|hoy\b|"
        r"todos\b|siempre\b|a veces|otra vez|cada\b|delante\b|enfrente\b|frente a|"
        r"hasta\b|sin\b|de nuevo|por\b|en (?:la|el|los|mi) (?:cara|cabeza|espalda|estomago|"
        r"panza|casa|cuarto)|con (?:el|la|su|un|una) (?:cinturon|chancla|chancla|mano|puno|palo|"
        r"cable|correa|zapato|manguera|sarten|botella)|desde\b|mientras\b|ahora\b))",
        unless=r"\b(?:fifa|ajedrez|partido|jugando|videojuego|cartas|padel|tenis)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:dio|da|daba|ha dado|dieron|pego|pega|metio|mete|solto|suelta) (?:\w+ )?"
        r"(?:paliza|palizas|golpiza|bofetada|bofetadas|cachetada|cachetadas|patada|patadas|"
        r"punetazo|punetazos|pinas|trompada|trompadas|madrazo|madrazos|chingadazo|cachetazo|"
        r"sopapo|guantazo|hostia|hostias|ostia|ostias|tortazo|torta|bofeton|cabezazo|"
        r"cinturonazo|rodillazo|codazo|empujon))\b",
        unless=r"\b(?:fifa|ajedrez|partido|jugando|videojuego|juego|cartas|padel|tenis|futbol|"
        r"basket|baloncesto|pachanga|entreno|clase de|karate|boxeo|judo)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:agarro|agarra|agarraba|apreto|aprieta|apretaba|cogio|coge|tomo|sujeto|"
        r"sujeta|jalo|jala|tiro|tira|estiro) (?:fuerte )?(?:del|de los|de la|el|la|los) "
        r"(?:cuello|garganta|pelo|pelos|cabello|muneca|munecas|brazo|brazos)|(?:puso|pone|ponia) "
        r"las manos (?:en|alrededor de) (?:mi|el) cuello|(?:sus|las) manos (?:en|alrededor de) mi "
        r"(?:cuello|garganta)|me (?:estampo|estampa|estrello|estrella|empujo|empuja|tiro|tira|"
        r"avento|avienta|arrojo|lanzo|lanza) (?:\w+ )?(?:contra|al suelo|al piso|por las "
        r"escaleras|de la cama|del coche|del carro|fuera del)|me (?:asfixio|asfixia|ahogo|ahoga) "
        r"con (?:una|la) (?:almohada|bolsa|mano|manos)|(?:cuchillo|navaja|pistola|arma) (?:en|al|"
        r"contra) (?:mi|el) (?:cuello|garganta|cabeza|pecho)|me (?:apunto|apunta) con (?:un|una|"
        r"el|la) (?:pistola|arma|cuchillo|navaja|escopeta))",
        unless=r"\b(?:cruzar|bailar|ayudar|salvar|fifa|partido|jugando|futbol|basket|entreno|karate|judo|boxeo)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:me )?(?:amenaza|amenazo|amenazaba|ha amenazado|amenazando|amenazandome) "
        r"(?:\w+ ){0,2}?con (?:matarme|pegarme|golpearme|hacerme dano|lastimarme|violarme|"
        r"desfigurarme|quemarme|quitarme (?:a )?(?:los|mis) (?:ninos|hijos|hijas|bebe)|llevarse a "
        r"(?:los|mis) (?:ninos|hijos)|matar a|hacerle dano|matarnos|romperme|echarme|"
        r"encerrarme|publicar|subir|pasar|mandar|difundir|ensenar|mostrar|compartir|filtrar|"
        r"enviar)|amenaza(?:s|do|da)? de muerte|me (?:amenaza|amenazo|amenazaba|ha amenazado|esta "
        r"amenazando)(?=\s*(?:$|[.,!?;]|y\b|todo|siempre|cada|otra vez|de nuevo)))",
    ),
    rule(
        D,
        rf"\b(?P<core>si (?:\w+ ){{0,3}}?{_LEAVING}(?: \w+){{0,4}}? me (?:mata|matara|mataria|va a "
        r"matar|iba a matar|matare|hace algo|va a hacer algo|hara algo|pega|va a pegar|destroza|va "
        r"a destrozar|desfigura|rompe|va a romper)|me (?:mata|matara|mataria|va a matar|iba a "
        rf"matar|va a pegar|pega|hace algo|va a hacer algo) (?:\w+ )?si (?:\w+ ){{0,2}}?{_LEAVING})"
        rf"",
    ),
    rule(
        D,
        r"\b(?:dijo|dice|me dijo|me dice|jura|juro|grito|grita|me escribio|amenazo|amenaza) "
        r"(?:que )?(?P<core>me (?:va a|iba a) (?:matar|pegar|hacer dano|lastimar|romper|desfigurar|"
        r"violar|degollar|quemar|buscar y)|va a matarme|iba a matarme|me mata(?:ra|ria)?\b)",
        needs=rf"{_FEAR}|\bsi\b|\bdenunci|\bpolicia\b|\bcuchillo\b|\bpistola\b|\barma\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:tengo|me da|tenia|me daba|siento) (?:mucho |un )?(?:miedo|panico|terror) "
        r"(?:de|a|por) que (?:\w+ )?(?:me|nos) (?:mate|pegue|haga dano|haga algo|lastime|golpee|"
        r"viole|encuentre|ahorque|mate a|encuentre|vuelva a pegar|quite a)|(?:miedo|panico|terror) "
        r"(?:de|a) (?:volver|regresar|llegar|ir) a (?:casa|mi casa|la casa)|(?:tengo|le tengo|me "
        rf"da) (?:mucho )?(?:miedo|panico|terror) (?:de|a) (?:el|ella|mi {_RELATION}|su "
        r"reaccion)(?=\s*(?:$|[.,!?;]|y\b|porque|cuando|desde))|no me siento (?:segur[oa]|a "
        r"salvo|protegid[oa]) (?:en (?:mi |la )?casa|con el|con ella|con mi \w+|a su lado|"
        r"viviendo con))",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:encierra|encerro|encerraba|ha encerrado|deja encerrad[oa]|dejo "
        r"encerrad[oa]|tiene encerrad[oa]|tenia encerrad[oa]|tiene secuestrad[oa]|encierran)|no me "
        r"(?:deja|dejaba|dejan) (?:salir de (?:la |mi )?(?:casa|cuarto|habitacion|pieza|depa)|"
        r"(?:ver|hablar con) a? ?(?:mis|mi) (?:amigas|amigos|familia|mama|madre|papas|padres)|"
        r"tener (?:celular|telefono|movil|dinero|amigas|amigos)|trabajar|ir a trabajar))",
    ),
    rule(
        D,
        r"\b(?:mi (?:novio|novia|pareja|marido|esposo|esposa|ex)|el) (?:\w+ ){0,2}?(?P<core>(?:me "
        r"(?:quita|quito|quitaba|rompe|rompio|revisa|esconde|escondio)|se (?:lleva|llevo|llevaba)) "
        r"(?:el|mi) (?:celular|telefono|movil|cel))\b",
        needs=r"\b(?:encierra|encerr|no me deja|miedo|pega|golpe|amenaz|controla)",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:sigue|seguia|siguio|persigue|perseguia|acosa|acosaba|acosan|acecha|"
        r"vigila|espia|ha seguido) (?:\w+ ){0,2}?(?:a todas partes|a todos lados|a todos sitios|"
        r"hasta (?:mi |la )?(?:casa|trabajo|curro|escuela|uni|facultad|coche|carro)|por la calle|"
        r"a la salida|desde (?:el|la) (?:trabajo|escuela|uni|metro|parada))|me (?:esta|estan) "
        r"(?:acosando|siguiendo|persiguiendo|vigilando|espiando|acechando)|me (?:acosa|acosan|"
        r"acecha|persigue)(?=\s*(?:$|[.,!?;]|y\b|todos|siempre|por|en|desde|cada))|(?:sufro|sufrien"
        r"do) "
        r"acoso|tengo un acosador|mi acosador)",
        unless=r"\b(?:recuerdo|recuerdos|pasado|culpa|idea|cancion|mala suerte|pensamiento|"
        r"fantasma|mirada|redes|insta|instagram|twitter|tiktok|seguidores)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:aparece|aparecio|aparecia|se presenta|se presento|lo vi|la vi|lo veo|me "
        r"espera|me esperaba|me espero|esta|estaba) (?:\w+ ){0,3}?(?:afuera|fuera|en la puerta|"
        r"frente|enfrente|debajo|abajo) (?:de|a|del|al) (?:mi |el |la )?(?:casa|trabajo|curro|ofici"
        r"na|escuela|"
        r"colegio|facultad|uni|depa|departamento|piso|edificio|portal|gym))",
        needs=r"\b(?:ex|expareja|exnovio|exnovia|acos|miedo|me sigue|persigue|otra vez|de nuevo|"
        r"aunque le|sin avisar|orden de alejamiento)\b",
    ),
    rule(
        D,
        r"\b(?P<core>no me (?:deja|dejaba) en paz|(?:estaba|se puso|se subio|se me subio|lo tenia) "
        r"encima (?:mio|mia|de mi))",
        needs=r"\b(?:ex|expareja|exnovio|exnovia|acos\w*|persigu\w*|miedo|amenaz\w*|denuncia|no "
        r"queria|dormid[oa]|borrach[oa]|me desperte|desperte|no podia|le dije que no)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:estoy|estaba|sigo) escondid[oa]|me (?:escondi|escondo|estoy escondiendo|"
        r"encerre) (?:en|de|bajo|debajo))\b",
        needs=rf"{_FEAR}|\b(?:me va a|me encuentre|grita|gritando|golpe|pega|borracho|romp|"
        r"amenaz|puerta)",
    ),
    # Sexual violence, drugged drinks, images.
    rule(
        D,
        r"\b(?P<core>me (?:violo|violaron|viola|violaba|ha violado|han violado|forzo|forzaron|"
        r"fuerza|forzaba)|(?:abuso|abusa|abusaba|abusaron|ha abusado|abusan) de mi|(?:fui|he sido|"
        r"sido) (?:violad[oa]|abusad[oa]|agredid[oa] sexualmente)|abuso sexual|agresion sexual|"
        r"me (?:obligo|obliga|obligaba|obligaron|ha obligado|presiona|presiono|forzo|fuerza) a "
        r"(?:tener (?:sexo|relaciones)|acostarme|hacerlo|hacer cosas|tocarle|tocarlo|chuparsela|"
        r"mandarle fotos|desnudarme|hacer cosas sexuales|coger|follar|tener intimidad)|me "
        r"(?:toco|toca|tocaba|tocan|manosea|manoseo|manoseaba) (?:\w+ ){0,2}?(?:sin (?:mi "
        r"permiso|permiso|consentimiento|que yo quisiera)|mientras (?:dormia|duermo|estaba dormid)|"
        r"cuando (?:duermo|dormia|estaba (?:borracha|dormida|borracho|dormido))|mis partes|ahi "
        r"abajo|por debajo|aunque (?:le )?dije que no)|sin mi consentimiento|me hizo tocarl[oea]|me"
        r" "
        r"hace tocarl[oea])",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>me (?:echaron|echo|pusieron|puso|metieron|metio|han echado|han puesto|echaron)"
        r" "
        r"(?:algo|una droga|droga|drogas|burundanga|escopolamina|una pastilla|algo raro) (?:en|a) "
        r"(?:mi|la|el) (?:bebida|trago|copa|vaso|cerveza|chela|refresco|cubata|cubalibre|drink|"
        r"cafe|birra)|me (?:drogaron|drogo|han drogado|drogaban)|burundanga|escopolamina|sumision "
        r"quimica)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:amenaza|amenazo|amenazaba|dice que va a|dijo que iba a|dijo que va a|va a|"
        r"quiere|me va a) (?:con )?(?:\w+ ){0,2}?(?:subir|publicar|pasar|mandar|difundir|ensenar|"
        r"mostrar|compartir|filtrar|enviar|colgar) (?:\w+ ){0,2}?(?:mis|las|unas|esas|nuestras) "
        r"(?:fotos|videos|nudes|packs|fotos intimas|videos intimos)|sextorsion|porno ?venganza)",
        needs=r"\b(?:amenaz|intim|desnud|nudes|packs|sexual|porno|sin ropa|si (?:lo|la|le) dejo|si "
        r"no\b|si termino|chantaj)",
    ),
    # A child or teen: an adult in their room at night, secrets.
    rule(
        D,
        r"\b(?P<core>(?:entra|entraba|se mete|se metia|viene|venia|se cuela|se colaba) (?:\w+ )?"
        r"(?:a|en) mi (?:cuarto|habitacion|pieza|recamara|cama|bano) (?:\w+ ){0,2}?(?:en la "
        r"noche|por la noche|de noche|en las noches|cuando (?:duermo|estoy dormid|me (?:bano|"
        r"cambio|ducho))|mientras (?:duermo|me (?:bano|cambio|ducho))|cuando no hay nadie|cuando "
        r"mi (?:mama|madre) no esta))",
        needs=_ADULT,
    ),
    rule(
        D,
        r"\b(?P<core>(?:es|sea|era) (?:nuestro|un) secreto|no (?:le )?(?:diga|cuente|dijera|"
        r"contara|digas|cuentes) (?:nada )?a (?:nadie|mi (?:mama|madre|papa|padre)|mis (?:papas|"
        r"padres)))",
        needs=rf"{_ADULT}|\b(?:me toca|me toco|tocarme|cuarto|cama|desnud|besarme|me besa)\b",
        unless=r"\b(?:sorpresa|regalo|cumple\w*|fiesta)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:toca|tocaba|toco|manosea|manoseaba|besa|besaba) (?:cuando no hay nadie|"
        r"cuando estamos sol[oa]s|a solas|cuando mi (?:mama|madre) no esta|en secreto|por las noche"
        r"s|"
        r"de noche|en la noche|y me dice|y me dijo))",
        needs=_ADULT,
    ),
    # A partner threatening suicide to stop the writer leaving.
    rule(
        D,
        r"\b(?P<core>(?:se (?:va a|iba a) (?:matar|suicidar|quitar la vida|tirar)|se mata|se "
        r"suicida|se mataria|se suicidaria|con (?:matarse|suicidarse|quitarse la vida)|va a "
        r"(?:matarse|suicidarse|quitarse la vida)) (?:\w+ ){0,2}?si (?:\w+ ){0,2}?(?:lo|la|le|me|"
        r"termino|corto|no vuelvo|no regreso|no (?:le )?contesto))",
    ),
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,3}}?(?P<core>(?:la|lo|las|los|le|les) (?:ha )?{_VIOLENT})\b"
        rf"{_NOT_VIOLENCE_AFTER}(?! (?:a la|al|a los|a las|el balon|la pelota))",
        about_others=True,
        unless=r"\b(?:fifa|ajedrez|partido|jugando|videojuego|cartas|padel|tenis|futbol|perr[oa]s?|"
        r"perrit[oa]|gat[oa]s?|mascota|caballo)\b|"
        # Round 5: children who hit a brother or sister ("mi hijo le pega a su hermana") are
        # siblings fighting, unless marks, fear, a weapon or an adult's age are told with it.
        r"(?s:\A(?!.*\b(?:moreton\w*|sangr\w*|hospital|miedo|marcas|cuchillo|navaja|cinturon|"
        r"de (?:1[89]|[2-9]\d)|(?:1[89]|[2-9]\d) anos|abus\w*|viol\w*|toca)\b)(?=.*\b(?:mi|mis) "
        r"(?:hij[oa]s?|nen[ea]s?|nin[oa]s?|peques?|chic[oa]s?|hij[oa] (?:mayor|menor|grande|"
        r"chico)) (?:\w+ )?(?:le |les )?(?:pega|pegan|pego|muerde|muerden|empuja|patea|jalonea|"
        r"rasguna) (?:\w+ )?(?:a )?(?:su|sus) (?:herman\w*|prim[oa]s?)\b|.*\b(?:mis hij[oa]s|"
        r"los nenes|los chicos) se pelean\b.*\b(?:el|la) (?:mayor|menor|grande|chic[oa]|"
        r"pequen[oa]) (?:le |les )?(?:pega|muerde|empuja|patea) (?:a )?(?:su|sus) herman\w*\b))",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:mi|su) {_RELATION} (?:es|se pone|se vuelve|era|esta) (?:muy )?"
        r"(?:violent[oa]|agresiv[oa] conmigo|abusiv[oa])|(?:una|mi) relacion (?:violenta|abusiva)|"
        r"violencia (?:domestica|de genero|intrafamiliar|machista)|(?:sufro|sufre|sufri|sufrio|"
        r"sufriendo|vivo|vive) (?:\w+ )?(?:maltrato|malos tratos|violencia))\b",
        about_others=True,
    ),
    # ---- SUICIDE --------------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:suicidarme|quitarme la vida|desvivirme|autoeliminarme|ahorcarme|"
        r"colgarme (?:de|con|del)|acabar con mi (?:propia )?vida|terminar con mi (?:propia )?vida|"
        r"poner(?:le)? fin a mi vida|cortarme las venas|abrirme las venas|pegarme un tiro|darme un "
        r"tiro|meterme un tiro|volarme (?:la cabeza|los sesos)|quitarme de en medio))\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_INTENT} (?:\w+ ){{0,2}}?{_SELF_DEATH})\b{_NOT_DEATH_AFTER}",
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>me (?:quiero|queria|quisiera|quise|voy a|iba a|pienso|puedo|podria|deberia|"
        r"tengo que|dan ganas de|dieron ganas de|entran ganas de|gustaria|estoy por|estaba por) "
        r"(?:\w+ )?(?:morir|matar|suicidar|quitar la vida|desvivir|ahorcar|colgar|envenenar|"
        r"pegar un tiro|tirar (?:de(?! (?:cabeza|panza|lleno|espaldas|los pelos|las orejas|la oreja|la lengua|la manta|la cuerda|la cadena|la manga|la palanca|la puerta|la cisterna|la fila))|del|desde|por|a las|al(?! (?:sofa|sillon|cama|suelo|piso|pasto|cesped|colchon|agua|piscina|pileta)\b)|bajo|debajo)|aventar (?:de|del|desde|"
        rf"por)|lanzar (?:de|del|desde|por|al)))\b{_NOT_DEATH_AFTER}",
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>matarme)\b(?<!va a matarme)(?<!van a matarme)(?<!vas a matarme)(?<!quiere "
        r"matarme)(?<!quieren matarme)(?<!quiso matarme)(?<!con matarme)(?<!intento matarme)"
        r"(?! (?:a|de|por|estudiando|trabajando|entrenando|haciendo|limpiando|en el (?:gym|"
        r"gimnasio|trabajo)|si)\b)",
    ),
    rule(
        S,
        r"(?<!casi )(?<!casi que )\b(?P<core>me mato)(?= (?:ya|hoy|esta noche|manana|de verdad|en "
        r"serio|te lo juro|lo juro|de una vez)\b)|\b(?:si|yo|que|juro que|mejor|al final) (?:\w+ )"
        r"{0,4}?(?<!no )(?<!nunca )(?<!jamas )(?<!ni )(?P<core2>me mato)(?=\s*(?:$|[.!?;]|, |y\b|jaja|jeje|xd|lol|😭|💔))",
        unless=r"\b(?:examen|examenes|parcial|final|prueba|selectividad|apruebo|suspendo|"
        r"repruebo|la materia|fila|cola|trafico|calor|clase|jefe|profe|partido|gym|gimnasio|"
        r"entrenamiento|rutina)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:me muera|me muero|morirme|morir|matarme|me mato) (?:ya )?de una (?:puta |"
        r"maldita )?vez|(?:se|sabe|sabemos) donde (?:\w+ ){0,3}?(?:guarda|esconde|tiene|deja) "
        r"(?:\w+ ){0,3}?(?:la pistola|el arma|la escopeta|el revolver|las pastillas|la soga)|(?:la|"
        r"el) (?:pistola|arma|escopeta|revolver) de mi (?:papa|padre|abuelo|tio|marido|esposo|"
        r"hermano)(?= (?:\w+ ){0,5}?(?:usarla|usarlo|matarme|morir|la cabeza|dispararme)))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>por si (?:ya )?no (?:vuelvo|regreso|despierto|amanezco|estoy manana|sigo aqui)"
        r")",
        needs=r"\b(?:carta|cartas|nota|notas|despedida|cuiden|perdon|los quiero|adios)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ya )?no (?:quiero|quisiera|deseo|tengo ganas de|me quedan ganas de) "
        r"(?:seguir )?(?:vivir|viviendo|estar viv[oa]|seguir viv[oa]|existir|seguir aqui|estar aca|seguir aca|seguir en este mundo|"
        r"estar aqui|estar en este mundo|despertar(?:me)? (?:mas|manana|nunca)|volver a "
        r"despertar(?:me)?)(?! (?:con|en (?!este mundo)|sol[oa]|cerca|lejos|alli|ahi|juntos|"
        r"contigo|de\b|del\b|para\b|como\b|a\b|bajo|sin\b|cerca|lejos|alla)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>no quiero seguir(?: viviendo| aqui| existiendo| en este mundo| asi con mi "
        r"vida)?)(?=\s*(?:$|[.!?;]|, |mas\b|ya\b|asi\s*(?:$|[.!?,;])|y\b|pero\b|de verdad|"
        r"jaja|😭|💔))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ya )?no (?:quiere|queria) (?:seguir )?(?:vivir|viviendo|estar viv[oa]|exist"
        r"ir|"
        r"seguir aqui|estar aqui))(?=\s*(?:$|[.,!?;]|mas\b|y\b|asi))",
        negatable=False,
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:perdi|he perdido|se me (?:fueron|quitaron|acabaron)|sin|no tengo|ya no "
        r"tengo|no me quedan) (?:las )?ganas de vivir|no (?:le )?(?:veo|encuentro) (?:ningun |el )?"
        r"sentido a (?:la vida|vivir|seguir viviendo|mi vida|seguir aqui|existir)|(?:la|mi) vida no"
        r" "
        r"(?:tiene|le veo) (?:ningun )?sentido|no tiene sentido (?:vivir|seguir viviendo|seguir "
        r"aqui|mi vida|la vida|existir)|no vale la pena (?:vivir|seguir viviendo|seguir aqui|"
        r"seguir)(?=\s*(?:$|[.,!?;]|y\b|ya\b|asi))|(?:la|mi) vida no vale la pena|no tengo "
        r"(?:ninguna |ni una )?(?:razon|razones|motivo|motivos) (?:para|por las? que|por los? que) "
        r"(?:vivir|seguir)|no tengo (?:nada )?(?:por|para) (?:lo )?que vivir|(?:para|pa) que "
        r"(?:vivir|seguir viviendo|sigo viviendo|sigo viv[oa]|sigo aqui)|de que sirve (?:vivir|"
        r"seguir viviendo)|por que (?:sigo|estoy) (?:viv[oa]|aqui|respirando)(?=\s*(?:$|[.,!?;]))|"
        r"(?:estoy |me siento )?(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|estar viv[oa]|"
        r"existir|la vida(?! (?:de|en|que|social|nocturna|laboral))|despertar(?:me)?))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>ojala (?:\w+ )?(?:me muera|me muriera|me muriese|estuviera muert[oa]|no "
        r"hubiera nacido|nunca hubiera nacido|no existiera|no despierte|no despertara|me atropell\w"
        r"+|"
        r"me (?:pase|pasara|de|diera) algo|me (?:caiga|cayera) (?:un|una|algo)|me mate (?:un|una|"
        r"algo|el|la)|me (?:matara|matase) (?:un|una|algo|el|la)|se acabe todo|todo se acabe|"
        r"(?:pudiera )?dormir(?:me)? y no despertar)|(?:quiero|quisiera|me gustaria|desearia|"
        r"deseo|prefiero|preferiria|estaria mejor|estariamos mejor|seria mejor) (?:estar )?"
        r"muert[oa]|mejor (?:estar )?muert[oa](?=\s*(?:$|[.,!?;]|que))|(?:desearia|quisiera|"
        r"ojala) no haber nacido|(?:quisiera|quiero|desearia|me gustaria) no (?:existir|haber "
        r"existido|estar viv[oa]|estar aqui)|dormir(?:me)? (?:y )?(?:no|nunca) (?:volver a )?"
        r"despertar(?:me)?|(?:dormir|mimir|dormirme) para siempre|no volver a despertar(?:me)?)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:seria|estaria|estarian|todo seria|seria todo) (?:\w+ ){0,3}?mejor (?:\w+ ){"
        r"0,3}?"
        r"(?:si|que) (?:yo )?(?:no existiera|me muriera|muriera|me muera|no estuviera|desapareciera"
        r" "
        r"para siempre|no hubiera nacido|me matara|dejara de existir)|mejor (?:me muero|me mato|"
        r"morirme|matarme)(?=\s*(?:$|[.,!?;]|y\b|de una vez|ya\b))|(?:regale|di en adopcion|doy en "
        r"adopcion|estoy regalando|regalando) (?:a )?(?:mi|mis) (?:perr[oa]s?|gat[oa]s?|mascotas?|"
        r"perrit[oa]s?|gatit[oa]s?|michis?)|(?:ya )?(?:decidi|tengo decidido|tengo pensado|se|pense"
        r") "
        r"(?:como|cuando|donde) (?:lo voy a hacer|hacerlo|lo hare|lo hago|va a ser))",
        negatable=False,
        unless=r"\b(?:mudanza|me mudo|alergi\w+|viaje)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:todos|todo el mundo|mi familia|mis padres|mis papas|los demas|el mundo|"
        r"ustedes|mis hijos|mi mama|mi madre|la gente|tod[oa]s) (?:\w+ ){0,2}?(?:estarian|estaria|"
        r"estaran|vivirian|serian|seria|iban a estar|van a estar) (?:mucho )?mejor sin mi|(?:todo|"
        r"el mundo|la vida de todos|todos|seria|estaria) (?:\w+ )?(?:seria|estaria|estarian|seria "
        r"todo)? ?mejor si (?:yo )?(?:me muero|me muriera|muriera|me muera|no existiera|no "
        r"estuviera|desapareciera|no hubiera nacido|ya no estuviera|me mato|me matara|me fuera "
        r"para siempre|dejara de existir)|nadie (?:me )?(?:\w+ )?(?:extranaria|echaria de menos|"
        r"notaria|lloraria|se daria cuenta|le importaria) (?:\w+ ){0,2}?si (?:me muero|muriera|"
        r"me muriera|desaparezco|desapareciera|me mato|me matara|ya no estoy|no estuviera|dejo de "
        r"existir)|a nadie le (?:importaria|importa|afectaria) si (?:me muero|muriera|me muriera|"
        r"me mato|me matara|desaparezco|desapareciera)|si (?:me muero|me muriera|me mato|"
        r"desaparezco|desapareciera) (?:\w+ ){0,2}?nadie (?:\w+ ){0,2}?(?:extranaria|echaria de "
        r"menos|notaria|lloraria|daria cuenta|importaria|va a notar|se va a dar cuenta)|nadie me "
        r"(?:extranaria|echaria de menos|lloraria)(?=\s*(?:$|[.,!?;]|y\b|si)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:pienso|pensando|pense|pensaba|he pensado|idea|ideas|pensamientos|"
        r"fantaseo|fantaseando|obsesionad[oa]|obsesion) (?:\w+ )?(?:en el |en |de |con el |con |"
        r"del )?suicidio|(?:intente|he intentado|intento|intentos|intento fallido|tentativa|"
        r"tentativas) (?:de )?(?:suicidio|suicidarme|suicidarse)|ideas? suicidas?|pensamientos? "
        r"suicidas?|ideacion suicida|(?:soy|estoy|me siento|siento|sentirme|estar) (?:muy |un poco "
        r"|bastante |algo )?suicida|tendencias suicidas|mi suicidio|(?:cometer|cometi|comete) "
        r"suicidio|(?:el|un) suicidio (?:es|como|seria|parece) (?:la|una|mi) (?:unica |mejor )?"
        r"(?:salida|opcion|solucion)|(?:planeo|planeando|planear|plan de|planificando) (?:mi |el )?"
        r"suicidio|(?:carta|nota|mensaje) (?:de )?suicid\w*|nota suicida|carta suicida)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>se (?:quiere|queria|va a|iba a) (?:matar|suicidar|quitar la vida|morir)|"
        r"(?:quiere|queria|va a|iba a|piensa en|esta pensando en|ha pensado en|intento|habla de|"
        r"hablando de|amenaza con) (?:matarse|suicidarse|quitarse la vida|morirse|desvivirse)|"
        r"(?:dice|dijo|me dijo|me escribio|escribio|publico|puso) (?:que )?(?:se )?(?:quiere|va a) "
        r"(?:morir|matar|suicidar|desaparecer para siempre))\b(?! (?:de|del|por|con (?:esa|ese|la|"
        r"el) (?:moto|coche|carro|bici)))",
        about_others=True,
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>(?:me tome|tome|me trague|trague|tomarme|tragarme|me voy a tomar|me tomo|me "
        r"he tomado|me bebi|bebi|me meti) (?:\w+ ){0,2}?(?:todas|todos|un monton de|muchas|muchos|"
        r"una caja|un frasco|un bote|un blister|una tira|la caja|el frasco|el bote|el blister|"
        r"varias cajas|\d+|diez|quince|veinte|treinta|cuarenta|cincuenta|cien|un punado de|"
        rf"demasiadas) (?:\w+ )?(?:de )?(?:las |los |mis |sus )?(?:\w+ )?{_PILLS})\b",
        about_others=True,
    ),
    rule(
        S,
        rf"\b(?P<core>(?:guardad[oa]s|escondid[oa]s|juntad[oa]s|acumulad[oa]s|ahorrad[oa]s) "
        rf"(?:\w+ ){{0,3}}?{_PILLS}|(?:juntando|guardando|acumulando|junte|guarde|acumule|escondo|"
        rf"escondi|tengo escondid[oa]s|tengo guardad[oa]s|voy juntando) (?:\w+ ){{0,3}}?{_PILLS}|"
        rf"{_PILLS} (?:guardad[oa]s|escondid[oa]s|juntad[oa]s|acumulad[oa]s))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:una |la |otra )?sobredosis)\b(?! (?:de (?:azucar|cafeina|cafe|series|amor|"
        r"drama|informacion|memes|ternura|chocolate|dulce|netflix|trabajo|redes)))",
        about_others=True,
        unless=r"\b(?:murio|murieron|fallecio|perdi a|perdimos|muerte)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:veneno (?:para|de) ratas|raticida|matarratas|(?:tomarme|beberme|tomar|me "
        r"tome|me bebi) (?:el |la |un |una )?(?:veneno|lejia|cloro|lavandina|salfuman|"
        r"anticongelante|insecticida)|meter la cabeza en el horno|dejar el gas abierto))\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:tirarme|aventarme|lanzarme|arrojarme|botarme|echarme|saltar|me tiro|me "
        rf"aviento|me lanzo|me arrojo|me tirare|me aventare) (?:\w+ ){{0,2}}?"
        rf"(?:de|del|desde|por|a|al|bajo|debajo de|delante de|frente a|enfrente de|contra) "
        rf"(?:\w+ ){{0,2}}?{_HIGH})\b",
        about_others=True,
        unless=r"\b(?:piscina|alberca|pileta|paracaidas|bungee|puenting|tirolina|trampolin|torta|"
        r"pastel|comida|cama|sillon|sofa|fortnite|minecraft|juego)\b|"
        # Round 5: one more trivial thing, and "me tiro por la ventana" is a figure of speech.
        r"\b(?:un|una|otro|otra) (?:audio|mensaje|meme|video|sticker|correo|mail|examen|parcial|"
        r"reunion|lunes|tarea) mas\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:pienso en|pense en|pensando en|ganas de|quiero|quisiera|voy a|me dan ganas "
        r"de|tentad[oa] de|a punto de|deseo|deseaba|idea de|podria|seria facil) (?:\w+ )?"
        r"(?:tirarme|aventarme|lanzarme|arrojarme|saltar|dar un paso|dejarme caer|soltarme))"
        r"(?=\s*(?:$|[.,!?;]|y\b|pero\b|que\b|al vacio))",
        needs=rf"\b{_HIGH}\b|\b(?:altura|alto|abajo|borde|cornisa|barandilla|vacio)\b",
        unless=r"\b(?:piscina|alberca|pileta|paracaidas|bungee|puenting|tirolina|trampolin|torta|"
        r"pastel|comida|cama|sillon|sofa|fortnite|minecraft|juego)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:estrellarme|estamparme|matarme) (?:\w+ )?(?:con|contra) (?:el|un|una|la) "
        r"(?:coche|carro|auto|camion|arbol|muro|pared|tren)|(?:estrellar|chocar|estampar) (?:el|mi)"
        r" "
        r"(?:coche|carro|auto) (?:a proposito|adrede|contra (?:un|una|el|la) (?:arbol|muro|pared|"
        r"camion))|(?:meterme|entrar) (?:en el |al )(?:mar|rio|lago) (?:y no (?:volver|salir)|"
        r"hasta (?:no|ahogarme)))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:compre|tengo|consegui|prepare|escondi|guarde|ya tengo) (?:\w+ )?(?:una|la) "
        r"(?:soga|cuerda)(?! (?:para|de) (?:saltar|tender|el tendedero|la ropa|escalar|atar|el perro|colgar la "
        r"ropa))|(?:la|una) soga (?:al|en el) cuello|hacer el nudo|(?:la|una) (?:pistola|arma|"
        r"escopeta) (?:\w+ ){0,2}?(?:en la cabeza|en la boca|en la sien|contra mi))\b",
        # Round 5: a rope bought for a bike, a hammock or plants.
        unless=r"\b(?:bici\w*|hamaca|columpio|maceta\w*|planta\w*|cuadro\w*|espejo|luces|"
        r"tendedero|kayak|tabla de surf|lona|toldo|mudanza|camping|acampar)\b",
    ),
    # Goodbyes, plans, giving things away.
    rule(
        S,
        r"\b(?P<core>(?:carta|cartas|nota|notas|mensaje|mensajes|video) de despedida|(?:escribi|"
        r"escribiendo|deje|dejando|dejo|escribo) (?:\w+ ){0,2}?(?:cartas|una carta|notas|una nota) "
        r"(?:para (?:mi familia|mis padres|mis papas|mis hijos|todos|mi mama|cada uno|cada una|mis "
        r"amigos)|de despedida)|me despido de (?:todos|ustedes|todo el mundo|este mundo|la vida)|"
        r"adios (?:a todos )?para siempre|adios mundo cruel|no me (?:busquen|busqueis|vayan a "
        r"buscar)|a quien (?:me )?encuentre|(?:para|a) (?:quien|el que|la que) (?:encuentre|lea) "
        r"(?:esto|esta carta|esta nota|este mensaje)|(?:cuando|para cuando) (?:lean|leas|leais|"
        r"encuentren) esto (?:\w+ )?(?:ya )?(?:no )?(?:estare|habre|me habre|estare muert[oa])|"
        r"perdon(?:en|adme|ame)?(?:me)? por (?:lo que voy a hacer|irme asi|hacerles esto|hacerte "
        r"esto|dejarlos|dejarles)|perdonenme por todo|(?:esta|este) (?:es|sera) mi (?:ultimo|ultima"
        r") "
        r"(?:mensaje|entrada|carta|despedida|post|publicacion|audio)|mi (?:ultimo|ultima) (?:dia|"
        r"noche) (?:con vida|en este mundo|vivo|viva|aqui)|(?:cuando|el dia que) (?:yo )?ya no "
        r"(?:este|estare|exista)(?! (?:en|aqui en|con|de|trabajando|en casa|por aqui))|"
        r"(?:cuando|para cuando) (?:me haya ido|me vaya) para siempre)\b",
        negatable=False,
        unless=r"\b(?:peli|pelicula|serie|novela|libro|episodio|personaje|dia de la madre|filme|"
        r"livro|film|romanzo|"
        r"sorpresa|escuela|escola|colegio|companeros|trabajo|empresa|graduacion|egresados|clase|ultimo dia de "
        r"(?:clases?|trabajo)|jubilacion|intercambio|profe|profesora?|jefe|equipo|del dia|de hoy|"
        r"de la noche|antes de dormir|a dormir|hasta manana|de la semana|del ano)\b",
    ),
    rule(
        S,
        r"\b(?P<core>cuiden (?:bien )?(?:a|de) (?:mi|mis) (?:gat[oa]s?|perr[oa]s?|perrit[oa]s?|"
        r"gatit[oa]s?|michis?|mascotas?|conejo|hamster|mama|madre|papa|padre|hermanit[oa]s?|"
        r"hij[oa]s?|plantas)|gracias por todo (?:y )?(?:perdon|adios|los quiero|lo siento|los amo|"
        r"fue un placer))\b",
        negatable=False,
        unless=r"\b(?:viaje|vacaciones|finde|fin de semana|mientras (?:estoy|este|estemos)|hasta "
        r"que vuelva|cuando vuelva|congreso|hospital para|operacion)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:total|igual|ya|porque|si) (?:\w+ )?no (?:la|las|lo|los|me)? ?(?:voy a "
        r"necesitar|necesitare|va a hacer falta|van a hacer falta|me va a hacer falta|me van a "
        r"hacer falta|me van a servir|me va a servir)|(?:regale|regalando|estoy regalando|regalo|"
        r"reparti|repartiendo) (?:\w+ ){0,2}?(?:todas )?mis (?:cosas|pertenencias|ahorros))",
        needs=r"\b(?:regal\w+|di\b|doy|reparti\w*|done|deje|dejando)\b|mis cosas",
    ),
    rule(
        S,
        r"\b(?P<core>(?:la|mi) unica (?:salida|solucion|opcion) (?:es|seria) (?:el suicidio|"
        r"morir(?:me)?|matarme|quitarme la vida|desaparecer para siempre)|(?:morir(?:me)?|matarme) "
        r"(?:es|seria) (?:la|mi) (?:unica )?(?:salida|solucion|opcion)|(?:acabar|terminar|acabo|"
        r"termino|acabare|terminare|acabaria|terminaria|acabarlo|terminarlo) con todo(?=\s*(?:$|"
        r"[.,!?;]|ya|de una vez|hoy|esta noche|manana|para siempre|y\b|porque\b|pero\b|nadie\b|"
        r"no (?:aguanto|puedo|soporto)|de verdad|en serio|jaja|😭|💔|el (?:lunes|martes|"
        r"miercoles|jueves|viernes|sabado|domingo|finde)))|(?:darle|ponerle|dar|poner) fin a todo|"
        r"(?:acabar|terminar) de una vez con (?:todo|mi vida)(?! (?:el|la|lo|los|las)\b))",
        negatable=False,
    ),
    # ---- SELF_HARM ------------------------------------------------------------------------
    rule(
        H,
        r"\b(?P<core>autolesion(?:es|arme|arse|o|a|e|ando|ado|ada|ar)?|autolesiv[oa]s?|autoagresion"
        r"(?:es)?|(?:hago|hacia|hacer|hice|el|volvi al|recai en el|deje el|haciendo) cutting|"
        r"(?:me hago|me hacia|hacerme|me hice|se hace|se hacia) (?:\w+ )?(?:cortes|cortadas|"
        r"cortaduras|heridas))\b",
        about_others=True,
    ),
    rule(
        H,
        rf"\b(?P<core>(?:cortarme|me corto|me corte|me cortaba|me he cortado|me estoy cortando|"
        rf"cortandome|me volvi a cortar|me vuelvo a cortar|me hice cortes en) (?:\w+ )?(?:los|las|l"
        rf"a|"
        rf"el|mis|mi) {_BODY})\b",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:volvi|he vuelto|vuelvo|volver) a cortarme|me (?:volvi|he vuelto|vuelvo) a "
        r"cortar|(?:cortarme|me corto|me corte|me cortaba|me he cortado|me estoy cortando|"
        r"cortandome|me cortare))(?=\s*(?:$|[.,!?;:)]|y\b|pero\b|porque\b|cuando\b|otra vez|de "
        r"nuevo|ya\b|hoy\b|ayer\b|anoche\b|esta noche|esta manana|manana\b|para (?:sentir|"
        r"castigarme|no|aliviar|calmar)|a proposito|aposta|adrede|con (?:una|la|el|un) (?:cuchilla|"
        r"navaja|hoja|gillette|tijera|cutter|cuter|vidrio|cristal|sacapuntas|compas)|jaja|😭|💔|"
        r"despues|desde|hace|sin\b|mucho\b|tanto\b|otra\b))",
        unless=rf"{_CUT_ACCIDENT}|\b(?:un monton|un poco|bastante|mucho|verguenza|timid\w*|no "
        r"me atrevi|no te cortes|corte con)\b",
    ),
    rule(
        H,
        r"\b(?P<core>sin (?:cortarme|autolesionarme|hacerme dano|lastimarme|quemarme|hacerme "
        r"cortes|lesionarme|hacerme heridas)|limpi[oa] de (?:cortes|cutting|autolesiones))\b",
        negatable=False,
        unless=r"\b(?:afeit\w*|depil\w*|rasur\w*|cocin\w*|pic\w+ cebolla|cuchillo)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:hace|llevo|van|ya van|ya son|son|ya llevo) (?:\w+ ){0,2}?(?:dias|semanas|"
        r"meses|anos|ano|mes|semana) (?:que no|sin) (?:me (?:corto|he cortado|autolesiono|lastimo|"
        r"hago dano|quemo|he hecho dano)|cortarme|autolesionarme|lastimarme|hacerme dano|quemarme|"
        r"recaer))\b",
        negatable=False,
        unless=r"\b(?:pelo|flequillo|unas|barba)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:quiero|quisiera|ganas de|necesito|voy a|pienso en|deseo|tentad[oa] de|"
        r"impulsos? de|necesidad de|me dan ganas de|urgencia de|la tentacion de|castigo|castigarme)"
        r" "
        r"(?:\w+ )?(?:hacerme dano|lastimarme|herirme|golpearme|quemarme|cortarme|hacerme cortes|"
        r"hacerme heridas|pegarme|castigarme fisicamente|hacerme sangrar|morderme hasta))\b",
        unless=r"\b(?:el pelo|flequillo|las unas|la barba)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:me hago|me hice|me hacia|hacerme|me he hecho) dano|me (?:lastimo|lastime|"
        r"lastimaba|he lastimado)|lastimarme|herirme)(?: (?:a mi mism[oa]|yo sol[oa]))? (?:a "
        r"proposito|aposta|adrede|intencionalmente|para (?:castigarme|sentir|no sentir|calmar|"
        r"aliviar))",
    ),
    rule(
        H,
        r"\b(?P<core>(?:me hago|me hacia|me hice) dano a mi mism[oa]|me (?:lastimo|lastimaba) a mi "
        r"mism[oa])\b(?! (?:\w+ ){0,2}(?:cuando (?:me alejo|alejo|aparto|pienso|me aislo)|"
        r"emocionalmente|con (?:mis pensamientos|lo que pienso|mis palabras)))",
    ),
    rule(
        H,
        r"\b(?P<core>(?:me quemo|me queme|quemarme|me he quemado|me estoy quemando|me quemaba) "
        r"(?:\w+ ){0,3}?(?:con (?:un |el |la |los |las |una )?(?:cigarro|cigarrillo|cigarros|mecher"
        r"o|"
        r"encendedor|cerillos|cerillas|fosforos|hierro|clip)|(?:los|las|el|la|mis) (?:brazos?|"
        r"munecas?|muslos?|piel|piernas?|manos?) (?:con (?:un |el |la )?(?:cigarro|cigarrillo|"
        r"mechero|encendedor|cerillos|cerillas|fosforos)|a proposito)))\b",
        unless=_BURN_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:me arano|me arane|aranarme|me aranaba|me rasguno|rasgunarme|me rasco|"
        r"rascarme|me rascaba|me muerdo|morderme|me pellizco|me golpeo|golpearme|me golpeaba|me "
        r"pego|pegarme) (?:\w+ ){0,6}?hasta (?:sangrar|que (?:me )?sangr\w+|hacerme sangre|"
        r"dejarme (?:marcas|moretones)|que (?:me )?salg\w+ sangre|abrirme la piel)|me (?:pego|doy|"
        r"daba|pegaba|di) (?:a mi mism[oa]|golpes|punetazos|cabezazos|bofetadas|cachetadas) "
        r"(?:\w+ )?(?:en la cabeza|en la cara|contra la pared|a mi mism[oa]|cuando|porque|hasta|si)"
        r"|me (?:pego|golpeo|pegaba|golpeaba) a mi mism[oa]|(?:golpearme|me golpeo|me doy "
        r"cabezazos|darme cabezazos) (?:\w+ ){0,2}?contra (?:la|las) (?:pared|paredes))",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:dejo de comer|deje de comer|no como|no comer|no comi|ayuno|ayunar|sin "
        r"comer|me mato de hambre|matarme de hambre) (?:\w+ ){0,4}?(?:para castigarme|como "
        r"castigo|de castigo|por castigo|porque no (?:lo )?merezco|porque no merezco comer)|"
        r"(?:castigarme|me castigo|me castigaba) (?:\w+ )?(?:sin comer|no comiendo|dejando de "
        r"comer|con hambre|matandome de hambre))\b",
        negatable=False,
    ),
    rule(
        H,
        rf"\b(?P<core>(?:cortes|cicatrices|cortadas|cortaduras|quemaduras|heridas|marcas) "
        rf"(?:muy )?(?:nuev[oa]s|fresc[oa]s|recientes) (?:\w+ )?(?:en|de) (?:los|las|mis|el|la) "
        rf"{_BODY}|(?:cortes|cicatrices|cortadas) (?:nuev[oa]s |fresc[oa]s )?(?:en|de) (?:los|las|"
        r"mis) (?:brazos|munecas|muslos|antebrazos)|(?:brazos|munecas|muslos|piernas|antebrazos) "
        r"(?:llen[oa]s de|con) (?:\w+ )?(?:cortes|cicatrices|cortadas|quemaduras)|(?:esconder|escon"
        r"do|tapar|tapo|ocultar|oculto|"
        r"cubrir|cubro|que no (?:vean|se vean|me vean)) (?:\w+ )?(?:los|las|mis) (?:cortes|"
        r"cicatrices|cortadas|quemaduras|marcas de (?:los )?cortes)|(?:cuchilla|hoja) del "
        r"sacapuntas)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:recai|recaida|recaer|volvi a caer) (?:\w+ ){0,2}?(?:en|con) (?:el cutting|"
        r"los cortes|cortarme|las autolesiones|hacerme dano|lastimarme)|se (?:corta|esta cortando|"
        r"sigue cortando|volvio a cortar|hace dano|lastima|autolesiona|quema)(?: (?:los|las|"
        rf"a si mism[oa]|sus) {_BODY})?(?=\s*(?:$|[.,!?;]|y\b|otra vez|de nuevo|cuando|porque|a "
        r"proposito|con (?:una|la|el) (?:cuchilla|navaja|cigarro|mechero|encendedor))))",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:la luz|la llamada|la leche|la senal|el agua|el internet)\b",
    ),
)

# Round 2: families of wordings found missing on fresh probes (plans, means, goodbyes,
# relapses, control and confinement). Merged into _CRISIS by concern below.
_MORE: tuple[Rule, ...] = (
    # ---- DANGER ---------------------------------------------------------------------------
    rule(
        D,
        r"\b(?P<core>(?:estoy|quede|estaba|me dejo|me tiene|sigo) encerrad[oa] (?:\w+ )?(?:en "
        r"(?:la casa|casa|el cuarto|mi cuarto|el bano|la pieza|el auto|el carro)|aqui|adentro|"
        r"dentro)|(?:se llevo|me quito|escondio|se quedo con|se lleva|me quita|esconde) (?:la|las) "
        r"llaves?(?: \w+){0,4}? para (?:que )?(?:yo )?no (?:salga|pueda salir|me vaya|escape)|"
        r"(?:cierra|cerro|echa|echo) (?:la puerta )?con llave (?:\w+ ){0,4}?(?:se la lleva|se la "
        r"llevo|la esconde|la escondio|para que no salga))\b",
        needs=r"\b(?:el|ella|llave|llaves|no me deja|miedo|celular|novio|marido|esposo|papa|"
        r"padrastro|pareja)\b",
        unless=r"\b(?:estudiando|sin querer|cerrajero|me olvide la llave|perdi la llave|cuarentena"
        r")\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:el|ella|mi \w+|su \w+) (?:\w+ )?(?:controla|controlaba|revisa|revisaba|"
        r"vigila|vigilaba) (?:todo |toda )?(?:mi|mis) (?:celular|telefono|movil|plata|dinero|"
        r"sueldo|tarjeta|contrasenas?|mensajes|ropa|redes|conversaciones|amistades|pasos)\b|(?:el|"
        r"ella) (?:\w+ )?(?:controla|controlaba) (?:a quien veo|mi vida|con quien hablo|a donde voy|"
        r"lo que me pongo)|^controla (?:mi|mis) (?:celular|telefono|movil|plata|dinero))",
        unless=r"\b(?:mama|papa|madre|padre)\b(?! (?:me pega|me amenaz))",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:sigue|siguio|seguia|persigue|persiguio|acosa|acosaba) (?:\w+ ){0,2}?"
        r"(?:por toda la ciudad|por la calle|hasta (?:el|la|mi)|al trabajo|a la facu|a la escuela|"
        r"en auto|en el carro|de noche|y aparece)|(?:aparece|aparecio|se aparece) (?:\w+ ){0,2}?"
        r"en (?:mi|el) (?:trabajo|casa|facu|escuela|depto|departamento)|sabe (?:siempre )?donde "
        r"(?:estoy|vivo|trabajo|ando)(?: siempre)?)",
        needs=r"\b(?:el|ella|ex|miedo|sigue|persigue|acosa|acosador)\b",
        unless=r"\b(?:redes|insta|instagram|twitter|tiktok|seguidores|ubicacion compartida)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>si (?:yo )?(?:\w+ ){{0,2}}?{_LEAVING}(?: \w+){{0,3}}? (?:el |ella )?(?:se "
        r"(?:mata|mataria|suicida|quita la vida)|se va a (?:matar|suicidar|tirar)|(?:hace|va a "
        r"hacer) una locura|se (?:toma|va a tomar) (?:las|todas las) pastillas))",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:forzo|forza|forzaba|obligo|obliga|obligaba)(?=\s*(?:$|[.,!?;]|y\b|aunque"
        r"|cuando|de noche|otra vez|mientras))|(?:yo )?(?:le )?(?:dije|decia|pedi|grite) (?:que )?"
        r"(?:no|que parara|basta)(?: \w+){0,3}? (?:y )?(?:el|ella) (?:siguio|no paro|lo hizo igual"
        r"|ni caso|seguia))",
        needs=r"\b(?:sexo|cama|cuarto|dormida|dormido|cuerpo|tocar|ropa|fuerza|novio|marido|"
        r"esposo|pareja|fiesta|borrach[oa])\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:mira|miraba|espia|espiaba|filma|filmaba|toca|tocaba) (?:\w+ )?(?:cuando "
        r"me (?:bano|cambio|ducho|visto)|en la ducha|banandome|desnud[oa]|mientras duermo|cuando "
        r"duermo)|me (?:dice|dijo|pide|pidio) que no (?:le )?(?:cuente|diga|cuente nada)(?=\s*(?:$|"
        r"[.,!?;]|y\b|a nadie|a mi|porque|o si no|nada)))",
        needs=_ADULT,
        unless=r"\b(?:sorpresa|regalo|cumple\w*|fiesta)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:ahorco|estrangulo|asfixio|apreto el cuello) (?:\w+ ){0,3}?(?:durante|en "
        r"la pelea|en la discusion|cuando|hasta que|y me|con sus manos|otra vez)|(?:recibe|recibo|"
        r"recibia|recibe) golpes|(?:me|le|la) (?:iba|va) a (?:apunalar|acuchillar|degollar|"
        r"rajar) (?:\w+ ){0,3}?(?:con|si)|(?:agarro|saco|tomo) un cuchillo y (?:\w+ ){0,3}?(?:me "
        r"iba a|que me|me amenazo))",
        needs=r"\b(?:el|ella|novio|marido|esposo|pareja|pelea|discusion|aire|respirar|cuchillo|"
        r"miedo|golpes)\b",
    ),
    rule(
        D,
        r"\b(?P<core>no (?:me|la|lo|nos) (?:deja|dejaba) (?:salir|ver a|hablar con|trabajar|tener "
        r"(?:celular|plata|amigas)))\b",
        needs=r"\b(?:novio|marido|esposo|pareja|el|su)\b",
        unless=r"\b(?:mama|papa|madre|padre|castigad[oa]|examen)\b",
    ),
    # ---- SUICIDE --------------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:ya )?(?:tengo|elegi|decidi|puse|fije) (?:la fecha|el dia|la hora)(?=\s*"
        r"(?:$|[.,!?;]|y\b|va a ser|sera|para hacerlo))|lo (?:deje|dejo|tengo) (?:para|pensado "
        r"para) el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        unless=r"\b(?:boda|fiesta|viaje|mudanza|examen|entrevista|cirugia|cita|turno|cumple\w*|"
        r"graduacion|reunion|tatuaje|corte)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ya )?(?:elegi|decidi|se) (?:cual |el |la )?(?:puente|edificio|azotea|"
        r"arbol|vias|via del tren)(?: \w+){0,3}?(?=\s*(?:$|[.,!?;]))|(?:voy|ir|yendo|fui) (?:a |"
        r"hasta |para )?(?:las |el |la )?(?:vias|via del tren|puente|azotea|acantilado) (?:\w+ )"
        r"{0,2}?y (?:ya|listo|se acabo|fin|chau|adios)(?=\s*(?:$|[.,!?;]))|(?:estoy|toy) (?:aca |"
        r"aqui )?(?:en el borde del?|arriba del?|en la orilla del?|en la baranda del?) (?:puente|"
        r"edificio|techo|azotea|balcon|acantilado)|(?:estoy|estoy aca|estoy aqui) en el puente"
        r"(?: ahora| ya)?(?=\s*$))",
        negatable=False,
        unless=r"\b(?:foto|fotos|trafico|transito|paseo|turista|atardecer)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ya )?(?:estoy|me siento) list[oa](?=\s*(?:$|[.;]|,? (?:ya no tengo|ya "
        r"decidi|se acabo|adios)))|ya no (?:le )?tengo miedo a (?:morir|la muerte)|(?:list[oa]|"
        r"preparad[oa]) para (?:irme (?:para siempre|de este mundo)|morir|el final|partir))",
        unless=r"\b(?:fiesta|vamos|salir|examen|entrevista|viaje|recital|boliche)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>me (?:la|las|lo|los) (?:tomo|voy a tomar|trago|tome)|(?:tomarme|tragarme|"
        r"me tomo|me tome|me voy a tomar|tomar(?:se)?|se va a tomar) (?:todas|todos) (?:las |los )"
        rf"?(?:\w+ )?{_PILLS}?|(?:cuantas|cuantos) (?:\w+ )?{_PILLS} (?:\w+ ){{0,3}}?(?:hacen falta|"
        r"necesito|se necesitan|matan|son letales|para morir)|dosis (?:letal|mortal))\b",
        about_others=True,
        needs=rf"\b{_PILLS}\b|\bdosis\b",
        unless=r"\b(?:medico|receta|recetad\w+|prospecto|vitaminas?|dolor de cabeza|veterinari\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>se donde (?:\w+ ){0,3}?(?:esta|estan|guarda|guardan|tiene|deja) (?:\w+ ){0,2}?"
        r"(?:la llave|las balas|la pistola|el arma|la escopeta|el revolver)|(?:tiene|hay|tengo) "
        r"(?:una |un )?(?:pistola|arma|escopeta|revolver) (?:\w+ ){0,4}?(?:y )?(?:yo )?se donde)",
        negatable=False,
        needs=r"\b(?:pistola|arma|escopeta|revolver|balas)\b",
    ),
    rule(
        S,
        r"\b(?P<core>cuando (?:\w+ )?(?:leas|lean|leais|encuentres|encuentren|veas|vean) (?:esto|"
        r"este mensaje|esta carta)(?: \w+)?,? (?:yo )?(?:ya )?no (?:voy a estar|estare|voy a "
        r"existir)|perdon(?:en)? por todo(?=\s*(?:$|[.!])))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:mi|despues de mi|desde mi|de mi) (?:ultimo |primer |segundo |tercer )?"
        r"intento(?! de (?!suicidio|matarme|quitarme))(?=\s*(?:$|[.,!?;]|y\b|yo\b|hace\b|en\b|"
        r"hoy|pero|prometi|nunca))|sobrevivi a (?:un|mi) intento)",
        negatable=False,
        unless=r"\b(?:receta|torta|examen|prueba|dieta|entrevista|juego|nivel)\b",
    ),
    rule(
        S,
        r"\b(?P<core>mejor (?:que |si )?(?:yo )?ya no (?:este|estuviera|exista|existiera|estoy)|"
        r"mejor (?:\w+ ){0,3}?si (?:yo )?(?:me muriera|no existiera|desapareciera|me matara|ya no "
        r"estuviera|no hubiera nacido)|nadie (?:me )?(?:va a|iba a|lo va a) (?:extranar|notar|"
        r"llorar)(?=\s*(?:$|[.,!?;]))|no (?:le )?(?:veo|tengo|encuentro|hay) (?:ningun |ninguna )?"
        r"(?:sentido|motivo|razon|razones|motivos) (?:a|para|de|en) (?:seguir viv\w+|vivir|seguir"
        r" aqui|seguir))",
        negatable=False,
        unless=r"\b(?:fiesta|partido|equipo|trabajo|escuela|clase)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:terminar|acabar|ponerle fin|poner fin) (?:con |a )?(?:esto|todo esto) (?:de "
        r"una vez|hoy|para siempre|esta noche))",
        needs=r"\b(?:carga|estorbo|morir|vivir|vida|aguanto|cansad[oa]|harto|harta|sufrir|dolor)\b",
        unless=r"\b(?:relacion|noviazgo|trabajo|deuda|deudas)\b",
    ),
    rule(
        S,
        r"\b(?P<core>despues (?:de eso|de esto|del (?:lunes|martes|miercoles|jueves|viernes|sabado|"
        r"domingo)) (?:\w+ )?(?:ya )?no (?:hay|va a haber|habra) mas (?:sufrimiento|dolor|nada)|"
        r"(?:deje|tengo|esta) todo (?:organizado|arreglado|listo|en orden)(?:,| y)? (?:\w+ ){0,3}?"
        r"(?:las contrasenas|el testamento|las cartas|las cuentas|quien se queda con)|(?:hago|hacer|"
        r"cometo|cometer|hare|voy a hacer) una (?:locura|tonteria|estupidez|burrada)(?=\s*(?:$|"
        r"[.,!?;]|hoy|esta noche|con mi vida)))",
        negatable=False,
        needs=r"\b(?:sufrimiento|dolor|contrasenas|testamento|cartas|cuentas|no (?:puedo|aguanto)|"
        r"morir|vida|pastillas|despedi\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:publico|mando|subio|escribio|dejo|grabo) (?:una |un )?(?:carta |mensaje |"
        r"video |post |texto )?(?:de )?despedida)",
        needs=r"\b(?:no (?:contesta|responde|aparece)|desaparecid[oa]|nadie sabe|celular apagado|"
        r"preocupad[oa]|desesperad[oa]|miedo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:le |se los |les )?(?:di|deje|regale|done) (?:a )?(?:mi|mis) (?:perr[oa]s?|"
        r"gat[oa]s?|perrit[oa]s?|gatit[oa]s?|michis?|mascotas?|conejo|hamster)|no (?:la|las|lo|los|"
        r"me)? ?(?:voy a necesitar|necesitare|necesito)(?: mas| nada)?|ya no (?:necesito|voy a "
        r"necesitar) nada)\b",
        needs=r"\b(?:di|deje|regale|done|vendi|regalando|dando)\b",
        unless=r"\b(?:mudanza|me mudo|me voy a vivir|alergi\w+|viaje|intercambio|no aceptan|no "
        r"puedo tener|gracias)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:meterme|me meto|me voy a meter|entrar|entro|voy a entrar|caminar|camino) "
        r"(?:\w+ )?(?:al|en el|hacia el) (?:mar|rio|lago|agua) (?:\w+ ){0,3}?y no (?:volver|voy a "
        r"volver|vuelvo|salir|voy a salir|regresar)|(?:meterme|me meto|entrar|entro|camino) (?:\w+ "
        r")?(?:al|en el) (?:mar|rio|lago) hasta (?:no|que no|ahogarme|hundirme))",
    ),
    # ---- SELF_HARM ------------------------------------------------------------------------
    rule(
        H,
        rf"\b(?P<core>(?:me )?(?:pase|paso|pasar|pasando|pasaba) (?:la |una |el |un )?(?:cuchilla|"
        rf"navaja|hoja|gillette|cutter|cuter|cuchillo|vidrio) (?:\w+ )?(?:por|en) (?:el |la |los |"
        rf"las |mi |mis )?{_BODY}|(?:me )?(?:apague|apago|apagar|apagaba) (?:el |un |los |la )?"
        rf"(?:cigarros?|cigarrillos?|pucho|puchos|colilla) (?:\w+ )?(?:en|sobre) (?:el |la |mi |mis"
        rf" )?{_BODY}|(?:me )?(?:corte|corto|cortaba|cortarme) (?:las |mis )?munecas)\b",
        unless=r"\b(?:afeit\w*|depil\w*|rasur\w*|pelos|barba|cocin\w*|cenicero)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:me (?:clave|clavo|clavaba|rasque|rasco|rascaba|rasguno|rasgune|mordi|muerdo|"
        r"pellizco|pellizque|pegue|pego|pegaba|golpee|golpeo|golpeaba)|rascandome|pegandome|"
        r"golpeandome|mordiendome) (?:\w+ ){0,5}?hasta (?:sangrar|que sangr\w+|que (?:me )?"
        r"(?:quedo|quede|quedara|queda) (?:morad[oa]|marcad[oa]|roj[oa])|quedar (?:morad[oa]|"
        r"marcad[oa])|hacerme sangre|lastimarme))",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>escondi (?:una |la |las |unas |un )?(?:cuchilla|cuchillas|navaja|hoja de "
        r"afeitar|gillette|cutter|cuter)|(?:cuchilla|cuchillas|navaja|cutter) (?:\w+ ){0,2}?(?:en "
        r"la cartuchera|en el estuche|debajo del colchon|en la mochila|en el cajon))\b",
    ),
    # Round 2, second pass.
    rule(
        D,
        r"\b(?P<core>me (?:rompio|quebro|fracturo|partio|rajo|revento) (?:el |la |un |una "
        r"|los )?(?:brazo|nariz|costilla|costillas|pierna|diente|dientes|mandibula|dedo|labio|ceja|"
        r"cabeza)|me (?:dejo|echo|saco|encerro) (?:afuera|fuera) de (?:la )?casa (?:\w+ ){0,3}?"
        r"(?:de madrugada|de noche|en ropa interior|sin ropa|en calzones|con el frio|bajo la "
        r"lluvia))",
        unless=r"\b(?:futbol|partido|jugando|entreno|pelea de box|medico|dentista|sin querer)\b",
    ),
    rule(
        D,
        r"\b(?P<core>para (?:que )?(?:yo )?no (?:\w+ ){0,2}?(?:pida|pidiera|pedir|llame|llamara|"
        r"llamar) (?:\w+ )?(?:ayuda|auxilio|a la policia|al 911|al 112|a nadie))",
        needs=r"\b(?:rompio|quebro|quito|escondio|llevo|encerro|celular|telefono|movil)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:me desperte|desperte|me despierto) (?:\w+ )?(?:y|con) (?:el|ella|un tipo|"
        r"mi \w+) (?:\w+ )?(?:estaba |)?(?:teniendo sexo conmigo|cogiendome|encima mio|encima de "
        r"mi|dentro mio|tocandome|desnudandome|quitandome la ropa|violandome))",
    ),
    rule(
        D,
        r"\b(?P<core>si (?:le |se lo )?(?:cuento|digo|contara|dijera) (?:\w+ ){0,4}?(?:es mi culpa|"
        r"va a ser mi culpa|nadie me va a creer|nadie me cree|me va a pegar|se va|me mata|le pasa "
        r"algo)|me (?:hace|hizo|obliga|obligo|pide|pidio) (?:\w+ )?(?:sacarme la ropa|quitarme la "
        r"ropa|desnudarme|que me desnude|que me saque la ropa|tocarlo))",
        needs=rf"{_ADULT}|\bvecino\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:elegi|ya elegi|deje (?:lista|elegida)|escogi) (?:\w+ ){0,3}?(?:ropa|vestido|"
        r"traje|cancion|musica) (?:\w+ ){0,6}?(?:entierren|enterrad[oa]|velorio|funeral|cremen|"
        r"mi entierro)|(?:se|decidi|elegi) (?:\w+ )?(?:que|cuales|cual) (?:\w+ )?"
        rf"{_PILLS} (?:\w+ ){{0,3}}?y (?:cuantas|cuantos))",
        negatable=False,
        unless=r"\b(?:medico|gripe|receta|dolor|fiebre|por dia|farmaceutic\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:mirando|miro|mire) (?:\w+ ){0,2}?(?:por |desde |de )?la ventana (?:\w+ )?"
        r"(?:del|de un) (?:piso|\w+ piso) ?\w*|(?:me pongo|ponerme|me voy a poner|me tiro|tirarme|"
        r"me acuesto|acostarme|me paro|pararme|meterme) (?:\w+ )?(?:delante|enfrente|frente|debajo|"
        r"abajo) del? (?:tren|metro|camion|auto|carro|colectivo|bus|coche|subte)|(?:auto|carro|"
        r"coche|motor) (?:prendido|encendido|en marcha) (?:\w+ )?(?:en el|dentro del) (?:garage|"
        r"garaje|cochera) (?:cerrad[oa])|(?:tome|tomar|bebi|beber|me tome|tomarme) (?:\w+ )?"
        r"(?:veneno|lejia|cloro|raticida|matarratas|soda caustica))",
        negatable=False,
        unless=r"\b(?:foto|fotos|paisaje|vista|atardecer|mecanico|taller|piscina)\b",
    ),
    rule(
        S,
        r"\b(?P<core>si (?:estan|estas|alguien esta) leyendo (?:esto|este mensaje)(?:,)? (?:\w+ )"
        r"{0,2}?(?:porque|es porque|xq) (?:ya )?(?:lo logre|lo hice|ya no estoy|me fui|me mori|ya "
        r"me fui)(?= *(?:$|[.!,]))|no se culpen(?= *(?:$|[.!]|por lo que|por (?:esto|mi|nada)))|"
        r"perdonenme(?=\s*[.!]*\s*$)|no te culpes por lo que (?:hice|voy a hacer)|deje (?:una |unas )?"
        r"cartas? (?:\w+ ){0,4}?para (?:mi mama|mi papa|mis papas|mis padres|mi familia|mi "
        r"hermana|mi hermano|mis hijos)|adios a todos(?=\s*[.!]*\s*$))",
        negatable=False,
        unless=r"\b(?:escuela|trabajo|grupo|vacaciones|viaje|mudanza|cumple\w*|dia de la madre)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:la|el) (?:ultima|primera) vez que (?:lo )?(?:intente|trate|intente "
        r"matarme)(?= (?:fue|en|hace|\d)))",
        negatable=False,
        needs=r"\b(?:idea|ganas|pensamiento|hospital|internad[oa]|volvio|otra vez|de nuevo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:habla|hablando|hablo|dice|diciendo) (?:de|que (?:se )?va a|que quiere) "
        r"(?:acabar con todo|matarse|morirse|suicidarse|quitarse la vida|tirar(?:se)? del? "
        r"(?:\w+ )?(?:puente|edificio|balcon|techo|azotea))|se va a (?:tirar|lanzar|aventar) (?:del?|"
        rf"por|al) (?:\w+ )?{_HIGH}|(?:acabe|termine|se acabe|se termine)(?:,)? (?:incluid[oa]|"
        r"incluso|hasta) yo|suicidio (?:\w+ ){0,2}?(?:parece|seria|es) (?:una |la )?(?:buena|mejor|"
        r"unica) (?:opcion|salida|solucion|idea)|(?:hoy|manana|esta noche) (?:va a ser|sera|es) mi "
        r"ultimo dia(?! (?:de|en|del|aqui en))|(?:decidi|ya se|se) que no (?:paso|llego|voy a "
        r"pasar|voy a llegar) (?:de|a|al) (?:este|esta|el|la) (?:fin de semana|semana|viernes|"
        r"noche|mes|navidad)|no (?:aguanto|soporto) (?:mas )?vivir(?: asi)?|(?:rendirme|"
        r"renunciar) (?:con|a) la vida)",
        about_others=True,
        unless=r"\b(?:vacaciones|pasantia|contrato|dieta|clases|peli|pelicula|serie|novela|libro)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:quiero|queria|quisiera|querria) estar muert[oa])\b",
        negatable=False,
    ),
    rule(
        H,
        r"\b(?P<core>me corte (?:muy |bien |tan )?(?:profundo|hondo)|(?:encendedor|mechero|"
        r"fierro|clip|moneda|cuchara|cuchillo) (?:\w+ )?(?:caliente|calentad[oa]|al rojo) (?:\w+ )?"
        r"(?:en|contra|sobre) (?:la |mi )?(?:piel|brazo|brazos|pierna|piernas|muslo|muneca|panza)|"
        r"(?:me castigo|castigarme|me castigaba) (?:\w+ )?(?:pegandome|golpeandome|cortandome|"
        r"lastimandome|quemandome|rasgunandome|sin comer))",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        S,
        r"\b(?P<core>(?:agarre|robe|saque|junte|tome) (?:\w+ ){0,2}?"
        rf"{_PILLS} (?:\w+ ){{0,6}}?(?:y )?(?:las |los )?(?:escondi|guarde|escondo|guardo)|(?:de )?que "
        r"altura (?:\w+ ){0,2}?(?:saltar|tirarme|tirar|caer)|mejor (?:me )?(?:desaparezco|"
        r"desaparecer|me voy) para siempre)",
        negatable=False,
        unless=r"\b(?:medico|receta|farmacia|paracaidas|piscina|trampolin|bungee)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:entra|entraba|se mete|se metia|entro) (?:\w+ )?(?:al|en el) bano (?:\w+ )"
        r"{0,2}?(?:cuando|mientras) (?:yo )?(?:me estoy banando|me bano|me baño|me estoy duchando|"
        r"me ducho|me cambio|estoy desnud[oa]))",
        needs=_ADULT,
    ),
    # Round 2, fourth pass.
    rule(
        S,
        r"\b(?P<core>(?:irme|me quiero ir|me voy|desaparecer|largarme) (?:de una vez )?de este "
        r"mundo|si (?:yo )?(?:me muriera|muriera|desapareciera|no existiera|me matara) (?:\w+ ){0,3}?"
        r"(?:estarian|serian|vivirian|estaria|seria) (?:\w+ )?mejor(?:es)?|(?:perdonenme|perdon)"
        r"[.!,]? (?:ya )?no (?:aguante|pude|aguanto) mas|deje (?:una |unas )?cartas? (?:\w+ ){0,4}?"
        r"a (?:mi|mis) (?:mama|papa|papas|padres|familia|hermana|hermano|hijos|novio|novia)|(?:me "
        r"voy a|voy a) (?:tirar|poner|acostar)(?:me)? (?:delante|enfrente|debajo) (?:del?|de "
        r"(?:un|una|la)) (?:tren|metro|camion|auto|carro|colectivo|bus|coche|subte))",
        negatable=False,
        unless=r"\b(?:peli|pelicula|serie|novela|cumple\w*|dia de la madre|navidad|aniversario|"
        r"san valentin|boda|graduacion|de amor)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:gat[oa]|perr[oa]|perrit[oa]|michi|loro|conejo) (?:\w+ )?(?:se queda|se va a "
        r"quedar|queda) con (?:mi|la|el))",
        needs=r"\b(?:arregle|resolvi|organice|deje todo|todo (?:listo|arreglado|resuelto)|ya esta "
        r"todo)\b",
        unless=r"\b(?:viaje|vacaciones|intercambio|mudanza|hospital|cirugia|mientras)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:guarde|guardar|guardes|mantenga|mantener) (?:el |un |este |nuestro )?secreto"
        r"|(?:me )?(?:llevo|arrastro|llevaron|arrastraron|metio|metieron) (?:\w+ ){0,3}?(?:a la "
        r"fuerza|contra mi voluntad))",
        needs=rf"{_ADULT}|\b(?:tipo|hombre|desconocido|el|ellos)\b",
        unless=r"\b(?:sorpresa|regalo|fiesta|cumple\w*)\b",
    ),
)

# Round 3: families missed by a fresh round written before reading these rules (calm plans
# and means, goodbyes that hand things over, burden, control, sexual coercion within a
# couple, children at risk, someone else at risk). Merged into _CRISIS by concern below.
_CHILD = (
    r"\b(?:bebe|bebes|nene|nena|nenes|ninos?|ninas?|hij[oa]s?|hermanit[oa]s?|crios?|crias?|"
    r"chiquit[oa]s?|pequen[oa]s?|sobrin[oa]s?|alumn[oa]s?|menor|menores|\d+ anos|tengo 1[0-7]|"
    r"de (?:[4-9]|1[0-7])\b)"
)
_MEANS = (
    rf"\b(?:{_PILLS}|pistola|revolver|arma|escopeta|soga|cuerda|cuchillas?|navaja|veneno|"
    r"insulina|dosis|puente|azotea|edificio|tren|vias|balcon|ventana|piso)\b"
)
_ROUND3: tuple[Rule, ...] = (
    # ---- DANGER ---------------------------------------------------------------------------
    rule(
        D,
        r"\b(?P<core>me (?:amenazo|amenaza|amenazaba|ha amenazado|amenazaron) con (?:un|una|el|la|"
        r"su) (?:cuchillo|navaja|pistola|arma|escopeta|machete|tijeras|martillo|bate|botella "
        r"rota)|me (?:amenazo|amenaza|amenazaba|ha amenazado) con (?:matarme|pegarme|quitarme a "
        r"(?:los|mis) (?:ninos|hijos|hijas|nenes|crios)|quemarme|desfigurarme|rajarme|"
        r"apunalarme|llevarse a (?:los|mis) (?:ninos|hijos)))",
    ),
    rule(
        D,
        r"\b(?P<core>que me (?:va|iba) a (?:desfigurar|apunalar|acuchillar|degollar|rajar|tirar "
        r"acido|echar acido|partir la cara|romper la cara|reventar la cara|violar|ahorcar)|me "
        r"(?:va|iba) a (?:desfigurar|apunalar|acuchillar|degollar|tirar acido|echar acido)|"
        r"(?:me )?(?:quita|quitara|va a quitar) (?:a )?(?:los|mis) (?:ninos|hijos|nenes|crios) "
        r"(?:\w+ ){0,3}?y (?:que )?me)",
        needs=r"\b(?:si|dice|dijo|amenaz\w*|jura|juro|grita|grito|miedo|me separo|lo dejo)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:cuando|si) no (?:\w+ ){1,3}?(?:me|nos) (?:pega|pegaba|golpea|golpeaba|"
        r"maltrata|patea|zarandea|empuja|ahorca|insulta y me pega))(?=\s*(?:$|[.,!?;]|y\b))",
        negatable=False,
        unless=r"\b(?:fifa|partido|jugando|videojuego|sol|gripe)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:revisa|revisaba|mira|miraba|lee|leia|controla|controlaba|vigila) "
        r"(?:todo )?(?:el|mi|los|mis|las) (?:celular|movil|telefono|whatsapp|wasap|mensajes|"
        r"chats|redes|correo|conversaciones|llamadas)|me (?:rastrea|controla|vigila|localiza) "
        r"(?:con|por|desde) (?:el|la|una|un) (?:gps|ubicacion|app|aplicacion|localizador))",
        needs=r"\b(?:pega|pego|golpe\w*|miedo|celos\w*|controla|amenaz\w*|gps|ubicacion|grita|"
        r"insulta|no me deja|empuja)\b",
        unless=r"\b(?:mama|papa|madre|padre|jefe|jefa|empresa|trabajo)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:muele|molio|molia|revienta|reventaba|llena|lleno|llenaba|cae|caia|"
        r"agarra|agarraba|caga|cagaba|mata|mataba|casca|cascaba|zurra) (?:a|de) (?:palos|golpes|"
        r"patadas|punetazos|hostias|ostias|trompadas|madrazos|correazos|cinturonazos|palizas))\b",
        unless=r"\b(?:fifa|partido|jugando|videojuego|juego|entreno|boxeo|karate|judo)\b",
    ),
    # Sexual coercion, in a couple too; images used as blackmail.
    rule(
        D,
        r"\b(?P<core>me lo (?:hace|hizo|hacia|hacen|hicieron) (?:\w+ ){0,2}?(?:aunque|a pesar de "
        r"que|mientras|cuando) (?:yo )?(?:\w+ )?(?:llorando|lloro|lloraba|dormid[oa]|duermo|dormia|"
        r"no quiera|no quiero|no queria|diga que no|digo que no|dije que no|le (?:diga|digo|dije) "
        r"que no|borrach[oa]|inconsciente)|(?:mi|su|es su|es mi) (?:obligacion|deber) (?:de|como) "
        r"(?:esposa|mujer|novia|pareja)|(?:deber|debito) conyugal|(?:dice|dijo|cree) que es su "
        r"derecho)",
        needs=r"\b(?:sexo|relaciones|acostarme|acostarnos|me lo hace|me lo hizo|hacerlo|cama|"
        r"obliga\w*|fuerza|forz\w+|llorando|marido|esposo|novio|pareja)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:digo|dije|decia|le digo|le dije|le decia|diga|le diga) (?:que )?no (?:\w+ ){0,"
        r"5}?(?:lo hace|lo hizo|lo hacia|me lo hace|me lo hizo|sigue|siguio|seguia|no para|no "
        r"paro|no paraba|me obliga|me obligo|me fuerza|me forzo) (?:\w+ )?(?:igual|igualmente|de "
        r"todas formas|de todos modos|a la fuerza|aun asi|sin importarle))",
        needs=r"\b(?:sexo|relaciones|acostarme|acostarnos|cama|presiona\w*|tocar\w*|hacerlo|"
        r"novio|pareja|marido|esposo)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>me (?:forzo|forzaba|forzaron|forzo a hacerlo)(?! a\b| la\b| el\b| los\b)|"
        r"(?:me|nos) (?:grabo|grababa|grabaron|filmo|filmaba|fotografio) (?:\w+ ){0,3}?(?:mientras "
        r"(?:lo haciamos|teniamos sexo|me cambiaba|me duchaba|dormia|me banaba)|sin (?:que yo "
        r"(?:supiera|quisiera|lo supiera)|mi permiso|mi consentimiento)|desnud[oa]|en la cama|"
        r"teniendo sexo)|me (?:chantajea|chantajeaba|chantajeo|extorsiona|extorsiono) con (?:el|"
        r"los|la|las|un|una|unos|unas|mis|sus|ese|esas|esos) (?:video|videos|fotos|foto|nudes|"
        r"packs|imagenes)|(?:subir|publicar|pasar|mandar|difundir|ensenar|colgar|filtrar) (?:el|"
        r"ese|nuestro|un) (?:video|videito) (?:\w+ ){0,3}?(?:si|a (?:todos|todo el mundo|mi "
        r"familia|mis padres)|en (?:internet|redes|las redes)))",
        needs=r"\b(?:tinder|cita|coche|carro|auto|fiesta|cama|novio|novia|pareja|marido|esposo|"
        r"chico|tipo|el|ella|ex|amigo|desconocido|denunciar|denuncio|video|videos|fotos|foto|"
        r"chantaj\w*|sexo|lo haciamos|desnud\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:toca|tocaba|toco|manosea|manoseaba|besa|besaba|soba|sobaba) (?:\w+ )?"
        r"(?:cuando|si|mientras) (?:me quedo sol[oa]|estoy sol[oa]|nos quedamos sol[oa]s|estamos "
        r"sol[oa]s|nadie (?:nos )?ve|no (?:hay|esta) nadie|mi (?:mama|madre|papa|padre) no esta|"
        r"duermo|estoy dormid[oa])|me (?:toca|tocaba|toco|manosea|manoseaba|soba|sobaba) (?:las "
        r"piernas|los pechos|las tetas|el culo|la cola|el trasero|mis partes|por debajo de|debajo "
        r"de la))",
        about_others=True,
        needs=rf"{_ADULT}|\b(?:jefe|companero|tipo|el|chico|cura)\b",
    ),
    # Children: images asked of or shown to a child, neglect, bruises, an adult's secret.
    rule(
        D,
        r"\b(?P<core>(?:le|les|me) (?:manda|mando|mandaba|envia|envio|ensena|enseno|pide|pidio|"
        r"pedia|exige|exigio) (?:\w+ )?(?:fotos|videos|imagenes|packs|nudes|fotitos)(?: \w+){0,2}? "
        r"(?:raras|raros|desnud[oa]s?|sin ropa|intimas|intimos|porno|sexuales|de sus partes|de su "
        r"pene|en ropa interior|en calzones|hot)|(?:le|les|me) (?:dice|dijo|decia|pide|pidio) que "
        r"no (?:le )?(?:cuente|diga|contara|dijera) (?:nada|a nadie)|si no (?:se las|se lo|le|les)"
        r" (?:mando|mande|envio|paso) (?:\w+ ){0,3}?(?:se lo cuenta|las publica|las sube|lo cuenta|"
        r"me (?:expone|escracha|funa)|las pasa))",
        needs=rf"{_CHILD}|{_ADULT}|\b(?:instagram|insta|tiktok|discord|snap|whatsapp|internet|"
        r"desconocido)\b",
        unless=r"\b(?:sorpresa|regalo|cumple\w*|fiesta)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:dejan?|dejaban?|deja|dejo) (?:\w+ )?(?:al|a la|a los|a las|a su|a sus|a "
        r"mi|a mis) (?:\w+ )?(?:bebe|bebes|nene|nena|nenes|nino|nina|ninos|ninas|hijo|hija|hijos|"
        r"hijas|crio|cria|peque|pequeno|pequena|hermanito|hermanita) (?:\w+ )?sol[oa]s? (?:\w+ )"
        r"{0,3}?(?:toda la noche|todo el dia|dias enteros|dias|horas|encerrad[oa]s?|sin comer|"
        r"llorando)|se (?:escucha|escuchan|oye|oyen) (?:\w+ ){0,3}?(?:golpes|pegarle|como le pega|"
        r"gritos y golpes|llorar y golpes))",
        needs=_CHILD,
        unless=r"\b(?:peli|pelicula|serie|obra|vecina ruidosa|partido|fiesta)\b",
    ),
    rule(
        D,
        rf"(?:{_CHILD}) (?:\w+ ){{0,4}}?(?P<core>(?:vuelve|volvio|llega|llego|aparece|aparecio|"
        r"regresa|regreso|viene|vino|va) (?:\w+ ){0,5}?(?:con|lleno de|llena de|llenos de) (?:\w+ )?"
        r"(?:moretones|moratones|morados|marcas de (?:golpes|cinturon|correa|dedos|mordidas|"
        r"cigarro|quemaduras)|golpes|hematomas|quemaduras|cardenales|chichones))",
        about_others=True,
        unless=r"\b(?:futbol|partido|entreno|jugando|parque|bici|rugby|karate|judo|patinaje|"
        r"varicela|vacuna|alergia|rotulador|boli|pintura|tinta)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:le|les) (?:pega|pegaba|golpea|golpeaba) (?:con el|con la|con un|con una) "
        r"(?:cinturon|correa|chancla|palo|cable|manguera|zapatilla|cuchara de palo) (?:\w+ ){0,4}?"
        r"(?:hasta|y le deja|y les deja)|(?:le|les) (?:deja|dejo|dejaba) (?:\w+ )?(?:marcas|"
        r"moretones|morados|cardenales))",
        needs=_CHILD,
    ),
    # ---- SUICIDE --------------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:me suicido|me quito la vida|me pego un tiro|me ahorco|me cuelgo|me tiro "
        r"(?:del|de un|de la|por la|al) \w+)(?= (?:ya|hoy|esta noche|manana|el (?:lunes|martes|"
        r"miercoles|jueves|viernes|sabado|domingo|finde|fin de semana)|de verdad|en serio|y se "
        r"acabo|y listo|y ya)\b|\s*(?:$|[.!?;]|, ))|(?:manana|hoy|esta noche|el (?:lunes|martes|"
        r"miercoles|jueves|viernes|sabado|domingo)|despues (?:de|del)(?: \w+){0,4}?|cuando(?: \w+)"
        r"{1,4}?|pasado(?: \w+){0,3}?|luego) (?:me (?:mato|suicido|quito la vida))(?=\s*"
        r"(?:$|[.,!?;]|y\b)))",
        unless=r"\b(?:examen|examenes|parcial|final|prueba|selectividad|apruebo|suspendo|"
        r"repruebo|la materia|fila|cola|trafico|calor|clase|jefe|profe|partido|gym|gimnasio|"
        r"entrenamiento|rutina|piscina|cama|sofa|lol|minecraft|juego|fortnite)\b",
    ),
    rule(
        S,
        r"\b(?P<core>para (?:no|nunca) (?:volver a )?despertar(?:me)?(?: (?:mas|nunca|jamas))?"
        r"(?=\s*(?:$|[.,!?;]|y\b|nunca|mas\b))|(?:ya )?no (?:vuelvo|voy|volvere) a despertar(?:me)?"
        r"(?! (?:a|al|con|temprano|tarde|sin)\b)|(?:con|si me (?:tomo|pongo|inyecto|trago)) (?:\w+ "
        r"){0,4}?(?:ya )?no (?:me )?(?:despierto|despertaria|despierte)(?! (?:a|al|con|temprano|"
        r"tarde)\b)|(?:una )?(?:dosis|cantidad) (?:muy )?(?:grande|alta|enorme|letal|mortal|"
        r"suficiente) (?:\w+ ){0,4}?(?:me mata|me mataria|me muero|me moriria|no despierto|para "
        r"morir|para matarme))",
        negatable=False,
        unless=r"\b(?:alarma|despertador|siesta|bebe|temprano|vecinos|ruido|medico|receta)\b",
    ),
    rule(
        S,
        r"\b(?P<core>por si (?:acaso |algun dia |un dia |alguna vez |al final )?(?:me )?(?:decido|"
        r"animo|atrevo|armo de valor|hace falta|lo necesito)(?=\s*(?:$|[.,!?;]|a hacerlo|y\b))|"
        r"(?:robe|le robe|le quite|saque|me lleve|me guarde) (?:\w+ ){0,3}?"
        rf"{_PILLS} (?:\w+ ){{0,6}}?(?:por si|para cuando|para el dia))",
        negatable=False,
        needs=_MEANS,
        unless=r"\b(?:dolor de cabeza|resaca|regla|viaje|alergia|medico|fiebre)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:usarl[oa]|usarla conmigo|usar (?:el|la|las|los) \w+|usarlas|usarlos) "
        r"(?:conmigo|contra mi(?: mism[oa])?|en mi contra|en mi|sobre mi|para matarme|para "
        r"acabar)|(?:la|el|las|los|una|un) (?:pistola|revolver|arma|escopeta|cuchilla|navaja|"
        r"soga|cuerda|pastillas) (?:\w+ ){0,8}?(?:para mi|conmigo)(?=\s*(?:$|[.,!?;]|y\b)))",
        needs=_MEANS,
        unless=r"\b(?:agua|juguete|paintball|airsoft|caza|cazar|tiro al blanco|receta)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:si|cuando) (?:me )?(?:salto|salte|tiro|tirara|lanzo|lanzara|dejo caer|"
        r"dejara caer) (?:\w+ ){0,2}?(?:de|del|desde|por) (?:\w+ ){0,2}?"
        rf"{_HIGH}|(?:no hay (?:forma|manera)|imposible|no habria forma) de sobrevivir|no "
        r"(?:sobreviviria|sobrevive nadie)|(?:subi|fui|me asome|me subi) (?:\w+ ){0,2}?(?:a la|al|"
        r"hasta la|hasta el) (?:azotea|terraza|tejado|techo|ultimo piso|puente|borde|cornisa) "
        r"(?:\w+ ){0,3}?(?:para|a) (?:ver (?:si|la altura|cuanto)|mirar abajo|medir|saltar|"
        r"tirarme|ver si me animaba|ver si me atrevia))",
        negatable=False,
        needs=rf"{_MEANS}|\b(?:altura|salto|saltar|tirarme|caer|sobrevivir|abajo)\b",
        unless=r"\b(?:piscina|alberca|pileta|paracaidas|bungee|puenting|tirolina|trampolin|"
        r"accidente|avion|zombies?|juego|peli|pelicula|serie|parkour)\b",
    ),
    rule(
        S,
        r"\b(?P<core>lo (?:hago|hare|voy a hacer)(?:,)? (?:ya )?(?:esta|lo tengo|lo he|lo tengo "
        r"bien) decidido|(?:ya )?(?:esta|lo tengo|lo he) decidido(?:,)? (?:\w+ ){0,3}?lo (?:hago|"
        r"hare|voy a hacer)|cuando (?:no (?:haya|este) nadie|me quede sol[oa]|(?:todos |todas )?"
        r"(?:se duerman|esten dormid[oa]s|se vayan)) (?:\w+ ){0,4}?(?:lo hago|lo hare|lo voy a "
        r"hacer|acabo con (?:todo|esto)|me voy para siempre))",
        negatable=False,
        unless=r"\b(?:tatuaje|pelo|examen|mudanza|viaje|dieta|gimnasio|gym|piercing|curso|tarea|"
        r"deberes|limpi\w+|fiesta|llamada|llamo|videollamada|ejercicio|yoga|musica|cantar|bailar|"
        r"regalo|sorpresa|receta|pastel|torta|trabajo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:solo|ya solo|nada mas|solo me) (?:me )?falta (?:elegir|decidir|escoger|"
        r"poner|fijar) (?:el dia|la fecha|la hora|cuando|el momento|el lugar|como)|(?:deje|dejo|"
        r"tengo|deje ya) (?:pagadas|saldadas|en orden|arregladas) (?:mis|las|todas mis) "
        r"(?:deudas|cuentas)|(?:ya )?(?:pague|salde|cancele) (?:todas )?mis deudas (?:\w+ ){0,4}?"
        r"(?:y )?(?:escribi|deje|las cartas))",
        negatable=False,
        needs=r"\b(?:cartas?|deudas|testamento|despedi\w*|contrasenas?|todo listo|organizad[oa]|"
        r"pastillas|cuerda|ya no|adios|morir)\b",
        unless=r"\b(?:boda|fiesta|viaje|mudanza|vacaciones|cumple\w*|graduacion|reunion)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hoy|esta noche|manana) es (?:el dia|la noche)(?:\W+\w+){0,10}?\W+"
        r"(?:tranquil[oa]|en paz|todo (?:preparado|listo|decidido)|ya no (?:tengo miedo|duele)|"
        r"despedi\w*|decidid[oa]))",
        negatable=False,
        unless=r"\b(?:boda|fiesta|cita|concierto|partido|examen|entrevista|estreno|cumple\w*|"
        r"graduacion|pedida|declararme|primera cita|viaje|vuelo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:asi|para que) no (?:sea|me encuentre|me encuentren|me vea|me vean) "
        r"(?:\w+ ){0,2}?(?:mi|mis) (?:madre|mama|padre|papa|padres|papas|hij[oa]s?|hermanit[oa]s?|"
        r"familia|novi[oa]|pareja)|(?:asi|para que) no me (?:encuentra|encuentran) (?:mi|mis) "
        r"(?:madre|mama|padre|papa|padres|papas|hij[oa]s?|familia))",
        negatable=False,
        needs=r"\b(?:hacerlo|lo hago|lo hare|hotel|cuerpo|despues|muert\w+|pastillas|puente|"
        r"habitacion|bosque|lejos|sol[oa])\b",
        unless=r"\b(?:regalo|sorpresa|fiesta|tatuaje|fumando|fumar|porro|novio nuevo)\b",
    ),
    # Goodbyes: asking to be said goodbye for, handing over passwords, saying goodbye in secret.
    rule(
        S,
        r"\b(?P<core>despid(?:eme|anme|ete de mi parte|ete por mi)|(?:diles?|deciles|digan?les) "
        r"(?:a \w+ ){0,2}?que (?:yo )?(?:los|las|l[oa]|le|les) (?:quise|ame|quise mucho|queria "
        r"mucho|amaba)|me despedi de (?:todos|todo el mundo|mi familia|mis \w+) sin que (?:\w+ )?"
        r"(?:se dieran cuenta|lo supieran|supieran|se enteraran|nadie supiera)|te dejo (?:\w+ )"
        r"{0,2}?(?:contrasenas?|claves?|pin|numeros?|datos) (?:\w+ ){0,3}?(?:banco|cuenta|"
        r"cuentas|tarjeta|tarjetas|seguro)(?:\W+\w+){0,12}?\W+(?:despid\w+|cuida\w*|perdon\w*|"
        r"adios|los quiero|te quiero))",
        negatable=False,
        needs=r"\b(?:contrasena\w*|claves?|banco|cuenta|llaves|perdon\w*|adios|ya no|carta|"
        r"despedi|sin que|quise|ame|amaba|cuidal\w+|cuida)\b",
        unless=r"\b(?:viaje|vacaciones|fiesta|boda|reunion|trabajo|cena|no puedo ir|no voy a "
        r"poder ir|me voy a vivir|erasmus|intercambio|hospital|operacion)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:perdon por todo|perdon a todos|perdonenme|perdoname|les pido perdon|pedirles "
        r"perdon|pedir perdon a todos|lo siento por todo|lo siento mucho)(?:\W+\w+)"
        r"{0,14}?\W+adios(?:\W+\w+){0,2}\W*$|(?:fueron|fuiste|han sido|son|eres) lo mejor (?:que "
        r"(?:tuve|me paso|he tenido|tengo)|de mi vida)(?:\W+\w+){0,4}?\W+(?:adios|perdon\w*|"
        r"cuidense|cuidate|gracias por todo))",
        negatable=False,
        unless=r"\b(?:trabajo|clase|curso|equipo|viaje|vacaciones|graduacion|intercambio|erasmus|"
        r"despedida de soltera|jubilacion|empresa|colegio|escuela|oficina|nos vemos|hasta "
        r"manana|hasta luego|peli|serie)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ya )?(?:esta|es) (?:mi|la) ultima (?:noche|vez que (?:les )?escribo)(?=\s*(?:$|[.,!?;]|y\b))|"
        r"(?:este|esto) es (?:mi )?(?:ultimo|el ultimo) (?:mensaje|post|video|audio|texto|tweet|"
        r"adios))\b",
        negatable=False,
        unless=r"\b(?:trabajo|clase|curso|equipo|viaje|vacaciones|grupo|canal|temporada|serie|"
        r"hasta manana|del ano|de la semana|del dia|de hoy|a dormir|antes de (?:irme|dormir)|en espana|en (?:el|la) "
        r"(?:pais|ciudad|depa|piso))\b",
    ),
    # Burden: the others better off without me, what would be fair.
    rule(
        S,
        r"\b(?P<core>sin mi (?:\w+ ){0,2}?(?:estarian|estaria|iria|irian|vivirian|viviria|seria|"
        r"serian|estan|van a estar|les iria|le iria) (?:\w+ )?(?:mejor|mas felices|en paz|"
        r"tranquil[oa]s)|(?:si|que) (?:yo )?(?:me muriera|muriera|me muero|desapareciera para "
        r"siempre|no existiera|me matara|me fuera para siempre|dejara de existir) (?:\w+ ){0,4}?"
        r"(?:estarian|estaria|vivirian|serian|iban a estar|van a estar|podrian|podria) (?:\w+ )?"
        r"(?:mejor|aliviad[oa]s|mas felices|felices|en paz|tranquil[oa]s|libres|descansar|"
        r"respirar)|(?:lo justo|lo correcto|lo mejor|lo logico|lo unico) (?:\w+ ){0,2}?(?:seria|es|"
        r"era) (?:que )?(?:yo )?(?:dejara de existir|me muriera|muriera|desapareciera|me matara|"
        r"me quitara la vida|dejar de existir|morirme|matarme|desaparecer para siempre|no "
        r"existir))",
        negatable=False,
        unless=r"\b(?:equipo|trabajo|grupo|empresa|banda|proyecto|oficina|fiesta|clase)\b",
    ),
    # Someone else at risk: a shot, hanging, a goodbye and a phone switched off.
    rule(
        S,
        r"\b(?P<core>(?:se (?:va a |quiere |iba a |piensa )?(?:pegar|dar|meter|pega|da|mete) un "
        r"tiro|(?<!es para )(?<!era para )(?<!seria para )(?<!como para )pegarse un tiro|darse un "
        r"tiro|volarse la cabeza|se (?:va a |quiere |iba a )?(?:ahorcar"
        r"|colgar|tirar al tren|tirar a las vias)|ahorcarse)(?! (?:de|del|en el|al (?:aire|blanco))"
        r"\b)|(?:ya )?(?:consiguio|compro|tiene|consiguio) (?:\w+ )?(?:una|un|la|el) (?:pistola|"
        r"arma|revolver|soga|cuerda) (?:\w+ ){0,4}?(?:para (?:matarse|suicidarse|hacerlo)|y que "
        r"(?:\w+ ){0,2}?se))",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>se (?:despide|despedia|despidio|estaba despidiendo|esta despidiendo) de "
        r"(?:todos|todo el mundo|mi|nosotros|mi familia|su familia|sus amigos|todas))",
        about_others=True,
        needs=r"\b(?:apago|apagado|apagada|no contesta|no responde|no aparece|desaparecio|"
        r"preocupad[oa]|miedo|bloqueo|ultima vez|no se nada)\b",
    ),
    # ---- SELF_HARM ------------------------------------------------------------------------
    rule(
        H,
        r"\b(?P<core>(?:me )?(?:volvi|he vuelto|vuelvo|volvere|volver) a (?:hacerme|hacer) (?:\w+ )?"
        r"(?:cortes|cortaditas|cortadas|heridas|dano|quemaduras)|me (?:volvi|he vuelto|vuelvo) a "
        r"(?:hacer (?:\w+ )?(?:cortes|cortaditas|heridas|dano)|autolesionar|quemar (?:con|los|las|"
        r"el|la|mis)|rasgunar|aranar)|recai(?:\W+\w+){0,4}?\W+(?:cortes|cortarme|cortando|"
        r"autoles\w+|hacerme dano|lastimarme|quemarme))",
        unless=rf"{_BURN_ACCIDENT}|{_CUT_ACCIDENT}",
    ),
)

_ROUND3B: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:dice|dijo|me dijo|escribio|me escribio|amenaza|amenazo|jura|juro) (?:que )?"
        r"(?:\w+ ){0,3}?se (?:mata|suicida|quita la vida|pega un tiro|ahorca|cuelga)(?=\s*(?:$|"
        r"[.,!?;]|y\b|hoy|esta noche|manana|ya\b|de verdad))|(?:quiere|queria|va a|iba a|piensa) "
        r"(?:dejar de vivir|dejar de existir|desaparecer para siempre|acabar con su vida|acabar con "
        r"todo|quitarse de en medio|irse de este mundo)|se (?:encerro|encierra|ha encerrado) (?:\w+ )"
        r"{0,3}?con (?:las|sus|unas|todas las|un monton de) (?:\w+ )?(?:pastillas|pastis|"
        r"medicinas|medicamentos|remedios)(?! de (?:menta|caldo|jabon|cloro|freno))|(?:dice|dijo|diciendo|amenaza con|amenazando con) (?:que )?"
        r"(?:se )?(?:va a|quiere|iba a)? ?(?:saltar|tirarse|lanzarse|aventarse|tirar)(?=\s*(?:$|"
        r"[.,!?;]|y\b|de|del|desde|al)))",
        about_others=True,
        needs=r"\b(?:mata|suicida|vida|tiro|ahorca|cuelga|vivir|existir|siempre|todo|medio|mundo|"
        r"pastillas|pastis|medicinas|medicamentos|remedios|puente|edificio|azotea|balcon|ventana|"
        r"techo|tejado|vias|tren|metro|acantilado|piso)\b",
        unless=r"\b(?:risa|ganas|estudiar|gimnasio|gym|piscina|paracaidas|bungee|"
        r"puenting|trampolin|tirolina)\b",
    ),
    rule(
        H,
        r"\b(?P<core>se (?:esta|ha|habia) (?:haciendo|hecho) (?:\w+ )?(?:cortes|heridas|dano|"
        r"quemaduras))",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>me (?:obliga|obligo|obligaba|fuerza|forzaba|presiona|presionaba) a (?:ver|"
        r"mirar) porno|(?:me obliga|me obligo|me obligaba|me hace|me hizo|me hacia) (?:a )?hacer(?:le)? "
        r"cosas que no (?:quiero|queria)|me (?:toca|tocaba|besa|besaba|agarra|agarraba) (?:\w+ ){0,"
        r"2}?aunque (?:yo )?(?:le )?(?:aparte|quite|diga que no|dije que no|no quiera|no queria|"
        r"empuje)|no (?:acepta|aceptaba|acepto|respeta|respetaba) (?:un |mi )?no(?! por respuesta)|"
        r"me (?:manda|mandaba|envia|enviaba) (?:\w+ )?(?:mensajes|fotos|audios|videos) (?:\w+ )?"
        r"(?:sexuales|obscenos|obscenas|de su pene|desnudo|guarros|guarras))",
        needs=r"\b(?:toca\w*|sexo|sexuales|relaciones|cama|besa\w*|porno|novio|pareja|marido|"
        r"esposo|jefe|profe|tio|el|cosas|miedo|obscen\w+|pene|desnudo|guarr\w+)\b",
    ),
    rule(
        D,
        r"\b(?P<core>a (?:mi|su|la|nuestra) (?:hermanit[oa]|hermana pequena|hermano pequeno|"
        r"hij[oa]|sobrin[oa]|nena|nene|nieta|nieto|prima pequena|hijita|hijito)(?: de \d+(?: anos)?)? "
        r"(?:\w+ ){0,2}?(?:la|lo|le) (?:toca|tocaba|toco|manosea|manoseaba|besa|besaba|mete mano|"
        r"desnuda|desnudaba|mira raro))",
        needs=_ADULT + r"|\b(?:novio|vecino|jefe)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:carbon|brasero|barbacoa portatil) (?:\w+ ){0,4}?(?:para )?(?:encerrarme|"
        r"meterme|quemarlo) (?:\w+ )?(?:en el|dentro del|en la) (?:coche|carro|auto|habitacion|"
        r"cuarto|bano)|(?:que|cual|cuanta|cuantas) (?:\w+ )?dosis (?:es|seria|son) (?:letal|"
        r"mortal|letales|mortales)|dosis (?:letal|mortal)(?:es)? (?:de|del|para) (?:\w+ )?"
        rf"{_PILLS})",
        negatable=False,
        unless=r"\b(?:veterinari\w*|enfermeri\w*|farmacologi\w*|examen|clase|perro|gato|"
        r"barbacoa con|asado)\b",
    ),
)

_ROUND3C: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:tomarme|tragarme|me tomo|me trago|me voy a tomar|me tome|me trague) "
        r"(?:todo el|toda la|el|la) (?:frasco|caja|bote|blister|tira|tarro)(?: entera| entero| "
        r"complet[oa]| de golpe)?(?=\s*(?:$|[.,!?;]|y\b|de una|esta|hoy|ya))|nudo (?:de (?:la )?horca|"
        r"corredizo para (?:colgarme|mi))|(?:pienso|creo|siento) que (?:seria|sera|es) (?:muy |tan )?"
        r"(?:rapido|facil|indoloro|instantaneo|sin dolor)(?=\s*(?:$|[.,!?;]|y\b))|nadie (?:me )?(?:va "
        r"a|iba a|lo va a) (?:extranar|echar de menos|notar|llorar) (?:cuando|si) (?:me vaya|me "
        r"haya ido|ya no este|me muera|desaparezca)(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        needs=rf"{_MEANS}|\b(?:nudo|horca|vias|extranar|echar|llorar|notar|cuchillo|saltar|"
        r"caer|frasco|caja|bote|blister|tira|tarro)\b",
        unless=r"\b(?:jarabe|vitaminas|tos|galletas|cereales|helado|corbata|marinero|examen|"
        r"vacaciones|viaje|trabajo|oficina)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:tocaron|manosearon|manoseo|metieron mano|metio mano|restrego|"
        r"restregaron|agarraron el culo|agarro el culo) (?:\w+ ){0,2}?(?:en el|en la|en un|en una) "
        r"(?:metro|bus|autobus|camion|colectivo|tren|fiesta|discoteca|disco|boliche|calle|"
        r"concierto|bar|trabajo|oficina|ascensor|portal))",
    ),
)

_CHECK_IN: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:quiero|quisiera|queria|me gustaria|ganas de|tengo ganas de|ojala pudiera|"
        r"solo quiero|necesito|me dan ganas de|desearia|deseo) (?:\w+ )?(?:desaparecer|esfumarme|"
        r"dejar de estar aqui|que la tierra me trague))\b(?! (?:de (?:redes|instagram|insta|"
        r"twitter|tiktok|whatsapp|este grupo|la fiesta|la reunion|la oficina|clase)|del grupo))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:soy|me siento|siento que soy|me siento como|solo soy) (?:una|un) (?:carga|"
        r"estorbo|lastre|peso muerto|peso para)|ser (?:una|un) (?:carga|estorbo) para)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ya )?no (?:aguanto|soporto) nada(?: mas)?(?=\s*(?:$|[.!?;]))|(?:ya )?no (?:puedo|aguanto|soporto) mas(?: con (?:todo|esto|mi vida|la vida|"
        r"nada|este dolor))?)(?=\s*(?:$|[.,!?;]|de verdad|en serio|de todo|con todo|😭|💔|y\b))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:para|pa) que (?:seguir|sigo|intentar|sigo intentando|seguir intentando|"
        r"levantarme|luchar|sigo luchando|esforzarme)|nada (?:\w+ )?tiene sentido|(?:que|cual es "
        r"el) sentido (?:de|tiene) (?:todo|nada|seguir|esto|la vida)|ya nada (?:me )?importa|no "
        r"(?:le )?veo (?:el )?sentido a nada|no (?:veo|hay|le veo|tengo) (?:ninguna )?salida(?! "
        r"(?:de|al|a la|para))|(?:estoy |me siento )?(?:cansad[oa]|hart[oa]|agotad[oa]) de "
        r"(?:todo|luchar|intentarlo|sentirme asi)(?=\s*(?:$|[.,!?;]|y\b|ya\b|pero\b|de verdad|"
        r"que (?:ya no|no) ))|"
        r"no tengo (?:mas )?fuerzas(?: para (?:nada|seguir|luchar))?(?=\s*(?:$|[.,!?;])))"
        r"(?=\s*(?:$|[.,!?;]|y\b|si\b|ya\b|pero\b|de verdad|en serio|😭|💔|\w))",
        negatable=False,
    ),
)

_CHECK_IN_ROUND3: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>no espero (?:ya )?nada (?:de la vida|de nada|del futuro|de nadie)|(?:ya )?nada "
        r"(?:de lo que (?:haga|hago|hice|hagas)|de lo que yo haga) (?:importa|sirve|vale)|"
        r"(?:nunca|jamas) (?:va|vaya) a (?:mejorar|cambiar) nada|nada (?:va|vaya) a (?:mejorar|"
        r"cambiar)(?: nunca)?(?=\s*(?:$|[.,!?;]))|(?:mi vida|esto|todo) (?:nunca|no) (?:va|vaya) a "
        r"(?:mejorar|cambiar)(?=\s*(?:$|[.,!?;]))|(?:estoy|me siento|me siento tan) vaci[oa](?: por "
        r"dentro)?(?=\s*(?:$|[.,!?;]|y\b|por dentro))|(?:ya )?me da igual todo(?=\s*(?:$|[.,!?;]|"
        r"y\b))|todo me da igual(?=\s*(?:$|[.,!?;]|y\b|ya\b))|no (?:tengo|le veo|veo) (?:ningun )?"
        r"futuro(?=\s*(?:$|[.,!?;]|y\b|ninguno|para mi))|no hay futuro para mi|"
        r"(?:sin|no tengo|perdi|he perdido) (?:ya )?(?:ninguna |toda |la )?esperanza(?! (?:de|en) "
        r"(?:que|ganar|aprobar|encontrar|conseguir))|(?:me siento|estoy) atrapad[oa](?=\s*(?:$|"
        r"[.,!?;]|y\b|en mi vida|en mi cabeza|sin salida))|cuanto (?:mas|tiempo mas) (?:voy a |"
        r"podre |puedo )?(?:aguantar|aguanto|resistir)(?: asi)?|(?:no tengo|ni|sin|perdi|ya no "
        r"tengo|se me fueron las) (?:\w+ )?ganas de seguir(?: luchando| adelante| intentando| con "
        r"todo| viviendo)?(?=\s*(?:$|[.,!?;]|y\b))|(?:dormir|dormirme) (?:\w+ ){0,3}?(?:meses|anos)"
        r"(?=\s*(?:$|[.,!?;]|y\b|sin))|(?:no sentir nada|dejar de sentir|apagar (?:mi|la) cabeza)"
        r"(?=\s*(?:$|[.,!?;]|y\b|para siempre)))",
        negatable=False,
        unless=r"\b(?:partido|equipo|examen|jefe|trafico|gobierno|pais|politic\w*|liga|serie)\b",
    ),
)

# Round 4 (fresh2, a round weighted to means, plans, children, third persons, goodbyes).
_DAY = (
    r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana|\d{1,2}(?: de "
    r"\w+)?)"
)
_TRAVEL = (
    r"\b(?:viaje|viajo|vacaciones|vuelo|aeropuerto|maletas?|mudanza|mudo|me mudo|erasmus|"
    r"intercambio|extranjero|otro pais|otra ciudad|beca|trabajo nuevo|nuevo trabajo|boda|"
    r"cumple\w*|fiesta|examen|concierto|partido|entrevista|operacion|cirugia)\b"
)
# A goodbye that promises to meet again, or says all is well, is not a last one.
_SEE_YOU = r"|\b(?:nos vemos|hasta pronto|hasta luego|te veo|los veo|estoy bien|navidad)\b"
_GOODBYE_WORDS = (
    r"\b(?:adios|chau|chao|hasta nunca|los quiero|las quiero|les quiero|te quiero|te amo|los "
    r"amo|perdon\w*|cuiden\w*|cuidate|gracias por todo|despid\w+|los quise|te quise|fue lindo|"
    r"fue bonito|fue un placer)\b"
)
_ROUND4: tuple[Rule, ...] = (
    # Walking into the sea, a river or a lake until there is no way back.
    rule(
        S,
        r"\b(?P<core>(?:meterme|me meto|entrar|entro|caminar|camino|nadar|nado|adentrarme|me "
        r"adentro|irme|me voy|tirarme|me tiro|lanzarme|me lanzo) (?:\w+ ){0,4}?(?:mar|rio|lago|"
        r"laguna|agua|olas|presa|embalse|pantano)(?:\W+\w+){0,6}?\W+"
        r"hasta (?:que )?(?:ya )?(?:no (?:pueda|poder|pudiera) (?:volver|regresar|salir|mas|"
        r"respirar)|hundirme|ahogarme|desaparecer|que me (?:lleve|trague|hunda))|(?:caminar|"
        r"nadar|meterme|adentrarme) mar adentro (?:hasta|y no (?:volver|regresar|salir)))",
        unless=r"\b(?:entreno|entrenamiento|competencia|triatlon|surf|buceo|kayak)\b",
    ),
    # A chosen day with everything ready; letters written and a day to do it.
    rule(
        S,
        rf"\b(?P<core>(?:el|este|ese) {_DAY} (?:es|sera) el dia(?! (?:de|del|d)\b)|(?:escribi|"
        r"deje|termine|tengo|ya estan) (?:\w+ )?(?:las|mis) cartas(?:\W+\w+){0,14}?\W+(?:lo hago|"
        r"lo voy a hacer|lo hare|me mato|me tiro|es el dia))",
        negatable=False,
        needs=r"\b(?:(?:tengo|esta|ya esta|dejo|deje|lo tengo) todo (?:listo|preparado|planeado|"
        r"pensado|decidido|organizado)|no me preguntes|no preguntes|cartas|ya decidi|despedi\w*|"
        r"lo hago|lo hare)\b",
        unless=_TRAVEL
        + r"|\b(?:navidad|reyes|papa noel|recomendacion|presentacion|motivacion|poker|tarot|"
        r"baraja|magia|curriculum|solicitud|mudanza|evento|estreno|entrega|parto|tatuaje)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tengo|esta|ya esta|dejo|deje|lo tengo) todo (?:listo|preparado|planeado|"
        r"pensado|decidido|organizado)(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        needs=rf"\b(?:el|este|ese) {_DAY} (?:es|sera) el dia(?! (?:de|del|d)\b)|\b(?:no me "
        r"preguntes|no preguntes|cartas|ya decidi|despedi\w*|me despido|lo hago|lo hare)\b",
        unless=_TRAVEL
        + r"|\b(?:navidad|reyes|mudanza|evento|estreno|entrega|parto|tatuaje|examen)\b",
    ),
    # Going up somewhere high and jumping.
    rule(
        S,
        r"\b(?P<core>(?:subo|subir|me subo|voy a subir|subire|subiendo|llego|voy) (?:\w+ ){0,2}?"
        r"(?:a|al|hasta) (?:la |el |lo )?(?:azotea|terraza|tejado|techo|ultimo piso|puente|"
        r"acantilado|balcon|cornisa|mirador|barranco|precipicio)(?: \w+){0,5}? (?:y )?(?:salto|me "
        r"tiro|me lanzo|me aviento|saltar|tirarme|lanzarme|aventarme|me dejo caer)\b)",
        unless=r"\b(?:paracaidas|puenting|bungee|piscina|trampolin|clavados|parkour|foto|fotos)\b",
    ),
    # Ready to go, after the affairs are put in order.
    rule(
        S,
        r"\b(?P<core>(?:ya )?(?:estoy|me siento) (?:list[oa]|preparad[oa]) para (?:irme|partir|"
        r"despedirme|morir|el final|lo que sigue|dejarlo todo|hacerlo|dar el paso|marcharme)"
        r"(?=\s*(?:$|[.,!?;]|de una vez|ya\b)))",
        needs=r"\b(?:borre|elimine|cerre|regale|regalando|claves?|contrasenas?|cartas?|testamento|"
        r"despedi\w*|deudas|seguro|mis cosas|redes|cuentas|pastillas|ya no voy a estar)\b",
        unless=_TRAVEL + r"|\b(?:clase|gym|gimnasio|cita|reunion)\b",
    ),
    # A chosen place, with a means or a jump near it.
    rule(
        S,
        r"\b(?P<core>(?:ya )?(?:elegi|escogi|tengo|decidi|encontre) (?:el|mi) (?:sitio|lugar|"
        r"metodo|punto))\b",
        needs=r"\b(?:salto|saltar|tirarme|me tiro|lanzarme|me lanzo|matarme|me mato|acabar con "
        r"todo|no volver|puente|azotea|edificio|vias|acantilado|pastillas|soga|cuerda)\b",
        unless=_TRAVEL + r"|\b(?:cena|restaurante|picnic|camping|acampar|sesion|cita|depa|piso "
        r"nuevo|casa nueva|local)\b",
    ),
    # Burned by a person (an iron, cigarettes), as a punishment.
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:\w+ ){{0,3}}?(?:me|nos) (?:quema|quemo|quemaba|queman|quemaron|"
        r"ha quemado) (?:\w+ ){0,2}?(?:con|el brazo|los brazos|la mano|las manos|la piel|la "
        r"espalda|las piernas)|(?:me|nos) (?:quema|quemaba|queman|quemaron) (?:\w+ ){0,5}?"
        r"(?:cuando se (?:enoja|enfada|emborracha|pone)|para castigarme|de castigo|como castigo)|"
        r"(?:me|nos) (?:apaga|apagaba|apago) (?:los |sus )?(?:cigarr\w+|puchos|colillas) (?:en|"
        r"sobre))",
        unless=r"\b(?:sin querer|por accidente|accidente|sol|playa|picante|chile|aji)\b",
    ),
    # A child asked for pictures; things done to a child, alone or in secret.
    rule(
        D,
        r"\b(?P<core>(?:me|le) (?:pide|pidio|pedia|piden|pidieron|exige|exigio|obliga a|obligo a) "
        r"(?:que )?(?:le |les )?(?:mande|envie|pase|mandar|enviar|pasar|mandarle|enviarle|"
        r"pasarle|me saque|sacarme) (?:yo )?(?:\w+ ){0,2}?(?:fotos?|videos?|packs?|nudes|fotitos|"
        r"tmb|tambien|desnud\w*|sin ropa))",
        needs=r"\b(?:soy menor|menor de edad|tengo (?:1[0-7]|[5-9])\b|(?:1[0-7]|[5-9]) anos|soy "
        r"(?:una |un )?nin[oa]|mi hij[oa]|mi hermanit[oa])",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:hace|hacia|hizo|hacen|hacian|ha hecho) cosas (?:\w+ )?(?=(?:cuando "
        r"(?:\w+ ){0,2}?(?:sol[oa]s?|duerme|no hay nadie|nadie)|que no (?:me gustan|quiero|queria"
        r"|entiendo)|raras|feas|malas|de noche|en (?:mi|el|la|su) (?:cuarto|cama|habitacion|bano|"
        r"pieza)|y me (?:amenaza|dice que no)|a escondidas|que me (?:duelen|dan asco|dan miedo)|"
        r"sin ropa)))",
        unless=r"\b(?:chistosas|graciosas|ricas|de comer|bonitas|lindas|regalos|favores|celular|"
        r"telefono|movil|compu|ordenador|app|pagina|coche|auto|carro|perro|gato)\b",
    ),
    # Someone found cut, someone who took many pills, locked in a garage with the engine on.
    rule(
        H,
        r"\b(?P<core>con (?:los|las|sus) (?:brazos|munecas|venas|piernas|muslos|antebrazos) "
        r"(?:cortad[oa]s|abiert[oa]s|llen[oa]s de cortes|sangrando|ensangrentad[oa]s)|se (?:corto|"
        r"ha cortado|corta|cortaba) (?:las|los) (?:venas|munecas|brazos))",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        S,
        r"\b(?P<core>se (?:tomo|trago|ha tomado|ha tragado|bebio|tomaba|metio) (?:\w+ ){0,2}?(?:un "
        r"monton de|muchas|much[ao]s|todas (?:las|sus)|todos (?:los|sus)|una caja (?:entera )?de|"
        r"un bote (?:entero )?de|un frasco (?:entero )?de|un blister de|\d{2,}) (?:\w+ )?"
        rf"{_PILLS})",
        about_others=True,
        needs=r"\b(?:no (?:reacciona|responde|despierta|contesta|se despierta|abre los ojos|se "
        r"mueve)|inconsciente|desmayad[oa]|sobredosis|hospital|urgencias|ambulancia|vomit\w*|para "
        r"(?:matarse|morir|suicidarse|no despertar)|a proposito|convulsion\w*)",
    ),
    rule(
        S,
        r"\b(?P<core>(?:me|se) (?:encerro|encerre|encierra|encierro|ha encerrado|metio|meti|quedo) "
        r"(?:\w+ ){0,2}?(?:en el|en la|dentro del|dentro de la) (?:garaje|cochera|garage)(?:\W+\w+)"
        r"{0,4}?\W+(?:auto|coche|carro|motor)(?: \w+)? (?:prendido|encendido|en marcha|andando|"
        r"arrancado|funcionando))",
        about_others=True,
    ),
    # Someone else: "won't be here tomorrow" with things given away; a goodbye and silence.
    rule(
        S,
        r"\b(?P<core>(?:ya )?no (?:va|iba) a estar (?:mas|aqui|aca|con nosotros|entre nosotros)?)"
        r"(?=\s*(?:$|[.,!?;'\"]|y\b|para\b|manana|pronto))",
        about_others=True,
        needs=r"\b(?:regalo|regalando|regala|regalaba|se despidio|se despide|despidiendose|carta|"
        r"perdon|sus cosas|no contesta|no responde|apago)\b",
        unless=_TRAVEL + r"|\b(?:trabajo|oficina|clase|reunion|medico|enferm\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:perdon por todo(?:\W+\w+){0,4}?\W+(?:cuid\w+|adios|los quiero|te quiero)|"
        r"cuid(?:a|en|ame|enme|amelo|amela) (?:a )?(?:mi|mis) \w+|adios|se despidio|"
        r"despidiendose|se despide)(?:\W+\w+){0,8}?\W+(?:ya |y )?(?:no (?:me )?(?:responde|contesta"
        r"|aparece|lee|atiende)|apago el (?:cel|celu|celular|movil|telefono)|tiene el (?:cel|celu|"
        r"celular|movil|telefono) apagado|desaparecio|no se nada de (?:el|ella)))",
        about_others=True,
        unless=_TRAVEL,
    ),
    # Goodbyes: the last time one writes, "don't cry for me", a better place, gone forever,
    # "you won't see me again".
    rule(
        S,
        r"\b(?P<core>(?:es|esta es|sera|va a ser) (?:la )?ultima vez que (?:les |te |os )?(?:escribo|"
        r"hablo|me leen|me lees|me ven|me veis|publico|posteo))",
        negatable=False,
        needs=r"\b(?:los quise|las quise|te quise|les quise|los ame|te ame|perdon\w*|adios|ya no "
        r"(?:voy a|estare)|no me busquen|cuiden\w*|me despido|gracias por todo)\b",
        unless=r"\b(?:grupo|canal|foro|server|servidor|cuenta|insta|instagram|twitter|tiktok|"
        r"facebook|app|aplicacion|semana|hasta manana|hasta el|me mudo|me doy de baja)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>no (?:llores|lloren|lloreis|sufras|sufran|esten tristes|estes triste|te pongas "
        r"triste) por mi)\b",
        negatable=False,
        needs=r"\b(?:te quiero|te amo|los quiero|las quiero|les quiero|adios|perdon\w*|despid\w*|"
        r"gracias por todo|lugar mejor|ya no (?:voy a|estare)|me voy)\b",
        unless=r"\b(?:argentina|cancion|letra)\b|" + _TRAVEL + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>(?:me voy|me ire|voy a estar|estare|ire|voy) (?:a|en) un lugar mejor)\b"
        r"(?! (?:de trabajo|para trabajar|a vivir))",
        negatable=False,
        needs=r"\b(?:te quiero|te amo|los quiero|las quiero|les quiero|adios|perdon\w*|despid\w*|"
        r"gracias por todo|no (?:llores|lloren|sufras|sufran))\b",
        unless=_TRAVEL
        + r"|\b(?:trabajo|empleo|empresa|ciudad|pais|piso|depa|departamento|barrio|escuela|"
        r"colegio|universidad|facu|equipo|club)\b" + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>(?:irme|marcharme|partir|me voy|me ire|me vaya|me marcho|me marche|me "
        r"despido|despedirme|me despedire) (?:de todos |de ustedes |de aqui "
        r"|de aca |de este mundo )?para siempre)",
        needs=r"\b(?:despedirme|despedir|me despido|adios|ultima|perdon\w*|te quiero|los quiero|"
        r"cartas?)\b",
        unless=_TRAVEL
        + r"|\b(?:pais|ciudad|espana|mexico|argentina|chile|colombia|peru|europa|eeuu|usa|"
        r"madrid|barcelona|grupo|canal|chat|trabajo|empresa)\b" + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ya )?no (?:me )?(?:van|vais|vas|volveran|volveras|volvereis) a (?:ver|leer|"
        r"escuchar|oir|saber (?:nada )?de mi)(?: \w+)? (?:mas|nunca mas|nunca|jamas))\b",
        negatable=False,
        needs=r"\b(?:adios|chau|chao|hasta nunca|los quiero|las quiero|fue lindo|fue bonito|"
        r"gracias por todo|perdon\w*|cuidense)\b",
        unless=_TRAVEL
        + r"|\b(?:grupo|canal|chat|server|servidor|app|aplicacion|redes|insta|instagram|twitter|"
        r"tiktok|face|foro|clase|oficina|trabajo|equipo|barrio|ciudad|pais|por aca|por aqui|este "
        r"sitio)\b",
    ),
    # Threats: an armed man outside, someone threatening now.
    rule(
        D,
        r"\b(?P<core>(?:un|una|el|la|mi) (?:tipo|hombre|senor|tio|man|persona|chavo|vato|loco|"
        r"sujeto|ex|vecino|pareja|novio|marido)(?: \w+)? armad[oa] (?:\w+ ){0,2}?(?:afuera|fuera|"
        r"frente|enfrente|en la puerta|abajo|en mi|delante|esperandome|rondando)|(?:me|nos) "
        r"(?:esta|estan|sigue|siguen) (?:amenazando|acosando|persiguiendo)|(?:me|nos) (?:amenaza|"
        r"amenazan|amenazo|amenazaron|amenazaba))\b",
        needs=r"\b(?:ex|expareja|pareja|novio|novia|marido|esposo|esposa|tipo|hombre|arma|armad[oa]|"
        r"cuchillo|pistola|matar|mata|muerte|miedo|golpe\w*|pegar|pega)\b",
        unless=r"\b(?:jugando|juego|broma|jefe|profe|profesor|banco|deuda|cobrador|multa|"
        r"tormenta|lluvia)\b",
    ),
    # Round 4, second pass: families found missing on wordings written after the first.
    rule(
        S,
        r"\b(?P<core>para (?:cuando|el dia (?:en )?que|si algun dia) (?:por fin )?(?:me decida|lo "
        r"decida|no aguante mas|ya no pueda mas|llegue el momento|lo vaya a hacer|me anime))\b",
        needs=_MEANS + r"|\b(?:guardad[oa]s|juntad[oa]s|acumulad[oa]s|escondid[oa]s)\b",
        unless=r"\b(?:casarme|boda|mudarme|viaje|comprar|estudiar|carrera)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sellar|tapar|encintar|cerrar) (?:\w+ ){0,2}?(?:el bano|la puerta|las "
        r"ventanas|el cuarto|la habitacion|las rendijas|el auto|el coche|el carro|la cocina))\b",
        needs=r"\b(?:carbon|brasero|gas|monoxido|parrilla|barbacoa|anafe|hornillo)\b",
        unless=r"\b(?:frio|invierno|humedad|mosquitos|bichos|ruido|olor|pintar|pintura)\b",
    ),
    rule(
        S,
        r"\b(?P<core>me (?:voy a|quiero|pienso|iba a|quisiera|deberia) (?:colgar|ahorcar)"
        r"(?: \w+){0,3}? (?:de (?:la|el|un|una|mi) \w+|del \w+|con (?:el|la|un|una|mi) (?:cinturon|"
        r"soga|cuerda|sabana|cable|cadena|corbata|bufanda|cordon))|me (?:voy a|quiero|iba a) "
        r"ahorcar)\b",
        unless=r"\b(?:telefono|celular|movil|llamada|medalla|cuadro|foto|tirolina|hamaca)\b",
    ),
    rule(
        H,
        r"\b(?P<core>me (?:quiero|voy a|iba a|tengo ganas de|dan ganas de|quisiera|necesito) cortar)"
        r"(?=\s*(?:$|[.,!?;]|otra vez|de nuevo|los brazos|las piernas|las munecas|la piel|y\b|ya\b))",
        unless=_CUT_ACCIDENT + r"|\b(?:con (?:el|ella|mi novi[oa])|la relacion|el rollo|cabello)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tengo|agarre|agarro|sostengo|tengo agarrad[oa]) (?:la|el|una|un) (?:arma|"
        r"pistola|revolver|escopeta|rifle)(?: \w+){0,4}? (?:en (?:la|mi|mis) manos?|en la cabeza|"
        r"contra mi|apuntandome)(?=\s*(?:$|[.,!?;]|ahora|y\b|cargad[oa])))",
        needs=r"\b(?:ahora|ahora mismo|en este momento|cargad[oa]|apuntando\w*|cabeza|sien|boca|"
        r"matarme|disparar\w*|despedirme|no se que hacer)\b",
        unless=r"\b(?:agua|juguete|airsoft|paintball|videojuego|juego|caza|practica|poligono|"
        r"curso|museo|foto)\b",
    ),
    rule(
        D,
        r"\b(?P<core>se (?:mete|metia|metio|acuesta|acostaba|acosto|cuela|colaba|colo) (?:en|a|"
        r"dentro de) mi (?:cama|cuarto|pieza|habitacion|ducha|bano))\b",
        needs=r"\b(?:padrastro|tio|primo|abuelo|papa|padre|vecino|novio|pareja|hermano mayor|"
        r"hermanastro|entrenador|profe|senor|hombre|tengo \d+|\d+ anos|miedo|secreto)\b",
        unless=r"\b(?:perro|perrito|gato|gatito|hermanit[oa]|bebe|nene|nena|tormenta|pesadilla|"
        r"truenos)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:si|que si) (?:le |les )?(?:cuento|digo|hablo|decia|contaba)(?: \w+){0,7}? "
        r"(?:me mata|me va a matar|me pega|me va a pegar|me echa|mata a mi \w+|nadie me va a "
        r"creer|me mete en problemas|le hace dano a mi \w+))\b",
        needs=r"\b(?:lo que me (?:hace|hizo|hacia)|secreto|me toca|me tocaba|abus\w+|tengo \d+|"
        r"\d+ anos)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:toca|tocaba|toco|manosea|manoseaba)(?:\W+\w+){0,6}?\W+(?:secreto|"
        r"juego secreto|no (?:le )?diga|no (?:lo )?cuente|nadie (?:me )?va a creer))",
        needs=r"\b(?:padrastro|tio|primo|abuelo|papa|padre|vecino|novio|pareja|hermano|"
        r"hermanastro|entrenador|profe|profesor|senor|hombre|cura)\b",
    ),
    rule(
        H,
        r"\b(?P<core>se (?:esta cortando|corta|corto|ha cortado|cortaba|esta lastimando|lastima|"
        r"esta haciendo dano|hace dano|esta quemando))(?=\s*(?:$|[.,!?;]|ahora|otra vez|de nuevo|"
        r"en el bano|en su cuarto|los brazos|las piernas|las munecas|a proposito|y\b))",
        about_others=True,
        unless=_CUT_ACCIDENT
        + r"|\b(?:mayonesa|leche|salsa|crema|llamada|luz|senal|internet|conexion|wifi|agua|"
        r"video|cancion|pelo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:si )?(?:estas|estan|estais|alguien esta) leyendo esto(?:\W+\w+){0,4}?\W+"
        r"(?:ya me fui|ya no estoy|ya no estare|ya estoy muert[oa]|lo hice(?!\s*\w)|lo logre(?!\s*\w)|ya "
        r"es tarde|me "
        r"fui para siempre))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:encontre|encontramos|vi|hallamos|halle) a (?:mi|su|un|una) \w+(?: \w+)? "
        r"(?:colgad[oa]|ahorcad[oa])(?! (?:del|al) (?:telefono|celular|movil))(?: \w+){0,3}? (?:en|"
        r"de|del) )",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>se (?:encerro|encierra|metio|quedo|ha encerrado) (?:\w+ ){0,2}?(?:en|dentro "
        r"del?) (?:el )?(?:auto|coche|carro)(?:\W+\w+){0,3}?\W+(?:motor|auto|coche|carro) "
        r"(?:prendido|encendido|en marcha|andando))",
        about_others=True,
        needs=r"\b(?:garaje|cochera|garage|manguera|cerrad[oa]|tubo)\b",
    ),
    # A denial taken back: "dije que no quería matarme pero es mentira".
    rule(
        S,
        r"\b(?P<core>(?:dije|le dije|les dije|digo|decia|escribi) (?:que )?(?:no|nunca) (?:\w+ ){0,3}?"
        r"(?:matarme|morirme|suicidarme|hacerme dano|cortarme|quitarme la vida|me mataria|me "
        r"suicidaria)(?:\W+\w+){0,3}?\W+(?:pero )?(?:es|era|fue|eso es) (?:mentira|falso))",
        negatable=False,
    ),
    # Round 4, third pass.
    rule(
        S,
        rf"\b(?P<core>(?:\d+|varias|muchas|todas las|tod[oa]s mis) (?:blisters?|cajas?|tiras|"
        rf"frascos?|botes?|cajitas) (?:de )?(?:\w+ )?{_PILLS}(?:\W+\w+){{0,6}}?\W+(?:una |la )?"
        r"(?:botella|litro|petaca) de (?:vino|vodka|whisky|ron|tequila|alcohol|ginebra|gin|fernet|"
        r"licor|aguardiente|pisco))",
        unless=r"\b(?:cena|comida|almuerzo|fiesta|asado|compre|compramos|super|supermercado|"
        r"farmacia|regalo|receta)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:estoy|toy|me subi|subi|sigo) (?:\w+ ){0,3}?(?:en|arriba de|sobre|encima de) "
        r"(?:la |el )?(?:orilla|borde|cornisa|baranda|barandal|filo) (?:del|de la) (?:techo|"
        r"edificio|puente|balcon|terraza|azotea|acantilado|tejado|precipicio))\b",
        needs=r"\b(?:saltar|salto|tirarme|me tiro|lanzarme|me lanzo|caer|vacio|miedo|abajo|valor)\b",
        unless=r"\b(?:foto|selfie|paisaje|vista|turistas|clavados|paracaidas|bungee)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tirarme|me tiro|me voy a tirar|me tiraria|me quiero tirar|aventarme|me "
        r"aviento|lanzarme|me lanzo|me pienso tirar) (?:abajo|debajo|delante|adelante|enfrente) "
        r"(?:de|del) (?:un |el |la )?(?:colectivo|bus|autobus|camion|tren|auto|coche|carro|metro|"
        r"subte|micro|trailer|bondi))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:cuerda|soga|cinturon|sabana|cable) (?:\w+ ){0,2}?(?:colgando|colgad[oa]|"
        r"atad[oa]|amarrad[oa]) (?:\w+ ){0,5}?(?:list[oa]|preparad[oa]|esperandome|con (?:el )?"
        r"nudo)|(?:cuerda|soga) (?:\w+ ){0,2}?(?:colgando|colgad[oa]|atad[oa]|amarrad[oa]) (?:de "
        r"la|del|en la|en el) (?:viga|ventilador|techo|barra|lampara))\b",
        unless=r"\b(?:tender|ropa|columpio|hamaca|boxeo|gimnasio|gym|escalada|decoracion|plantas?)\b",
    ),
    rule(
        S,
        r"\b(?P<core>me (?:voy a|quiero|pienso|iba a|quisiera|kiero) (?:cortar|abrir) las venas)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:obliga|obligaba|obligo|hace|hacia|hizo|fuerza|forzaba) (?:a )?(?:banarme|"
        r"ducharme|desnudarme|dormir|acostarme|meterme en la cama|quitarme la ropa) (?:con (?:el|"
        r"ella)|delante de (?:el|ella)|desnud[oa]))",
        needs=r"\b(?:padrastro|tio|primo|abuelo|papa|padre|vecino|novio de mi|pareja de mi|"
        r"hermano|hermanastro|entrenador|profe|senor|hombre|tengo \d+|\d+ anos)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:le )?(?:esta pegando|pega|pegaba|golpea|golpeaba|esta golpeando|maltrata|"
        r"maltrataba|esta maltratando|ha pegado|pego) (?:a )?(?:su|mi|sus|mis) (?:hij[oa]s?|mujer|"
        r"esposa|pareja|mama|madre|hermanit[oa]s?|bebe|nene|nena|novia|abuela))\b",
        about_others=True,
        unless=r"\b(?:pelota|balon|jugando|juego|broma|sin querer)\b",
    ),
    # Round 4, fourth pass.
    rule(
        D,
        r"\b(?P<core>me (?:tocaron|toco|manosearon|manoseo|violaron|violo|abusaron de mi|abuso de mi"
        r"|desnudaron|desnudo) (?:\w+ ){0,2}?mientras (?:yo )?(?:dormia|estaba dormid[oa]|estaba "
        r"inconsciente|estaba borrach[oa]|estaba desmayad[oa]|no estaba consciente))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:acostarme|tener relaciones|tener sexo|hacerlo|coger|cogerme) con (?:el|ella) "
        r"(?:\w+ ){0,2}?(?:aunque|aun si|aun cuando|incluso si|incluso cuando) (?:yo )?(?:no "
        r"(?:quiera|quiero|tenga ganas)|le diga que no|diga que no))",
    ),
    rule(
        D,
        r"\b(?P<core>me desperte (?:\w+ ){0,4}?(?:con (?:el vestido|la ropa|la remera|la camisa|la "
        r"pollera|la falda|la blusa) (?:rot[oa]|rasgad[oa]|desgarrad[oa])|con moretones|sin (?:ropa|"
        r"bombacha|calzones|ropa interior|bragas)))",
        needs=r"\b(?:no me acuerdo|no recuerdo|no se que paso|me drogaron|bebida|trago|fiesta|"
        r"anoche|boliche|bar)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:esto|este mensaje|este audio) es (?:una|mi) despedida)\b",
        negatable=False,
        unless=r"\b(?:trabajo|oficina|empresa|clase|curso|equipo|viaje|vacaciones|erasmus|"
        r"jubilacion|soltera|fiesta|grupo|canal)\b" + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>no doy mas|(?:quiero|kiero|necesito) que (?:todo|esto) (?:termine|se termine|"
        r"acabe|se acabe)(?: ya| de una vez)?)(?=\s*(?:$|[.,!?;]|y\b|ya\b))",
        negatable=False,
        needs=r"\b(?:no doy mas|no aguanto|ya fue|me quiero morir|no puedo mas|todo termine|se "
        r"acabe)\b",
        unless=r"\b(?:semestre|cuatrimestre|ano|examenes|parciales|clases|trabajo|turno|partido|"
        r"peli|serie|fiesta|viaje|calor|frio|comer|risa)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:voy a|pienso|quiero|estoy por|estoy a punto de) (?:hacer|cometer) (?:una "
        r"locura|una tonteria|una estupidez|algo de lo que no hay vuelta))",
        needs=r"\b(?:no me importa nada|nada me importa|no aguanto|no doy mas|ya fue|nadie|perdon|"
        r"adios|no puedo mas|cansad[oa] de todo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tiene|compro|consiguio|lleva|tenia) (?:\w+ )?(?:una|la|un|el) (?:soga|cuerda|"
        r"pistola|arma|revolver|veneno)(?: \w+){0,4}?)(?=\s*(?:$|[.,!?;]|y\b|que\b))",
        about_others=True,
        needs=r"\b(?:(?:hoy|manana|esta noche) es el dia(?! d)|se despidio|no contesta|no responde|adios|"
        r"matarse|suicidarse|se quiere morir|quiere morir|ya no aguanta)\b",
        unless=r"\b(?:escalada|camping|caza|club de tiro|poligono|juego|airsoft|paintball|agua|"
        r"juguete)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:no sale|no abre|se encerro|esta encerrad[oa]|se encerro con llave) (?:\w+ )"
        r"{0,3}?(?:del|el|en el|en la|de la) (?:bano|cuarto|pieza|habitacion))\b",
        about_others=True,
        needs=_PILLS + r"|\b(?:cuchilla|navaja|soga|cuerda|pistola|arma|veneno|se quiere morir|no "
        r"contesta|no responde)\b",
    ),
    rule(
        S,
        r"\b(?P<core>nadie (?:me )?(?:va|iba) a (?:extranar|echar de menos|notar|llorar)(?:me)?"
        r"(?: \w+)? (?:si|cuando) (?:yo )?(?:me muero|muero|me mato|me voy|desaparezco|ya no estoy|me "
        r"suicido|me muera|me mate|me vaya))\b",
        negatable=False,
    ),
)

# --- round 5: families from the third fresh round (es.fresh3.toml) ------------------------
# A child, by age, school year or as a parent names them (accents removed: "años" ->
# "anos").
_CHILD_MARK = (
    r"\b(?:tengo (?:[4-9]|1[0-7])\b(?! (?:anos (?:mas|menos)|dias|meses|semanas|horas|minutos|"
    r"euros|pesos|dolares|anos de))|(?:[2-9]|1[0-7]) anos\b(?! (?:de|mas|menos|atras|despues))|"
    r"(?:hij[oa]|nen[ea]|nin[oa]|herman[oa]|sobrin[oa]) de (?:[2-9]|1[0-7])\b|(?:mi|mis|su|sus) "
    r"(?:hij[oa]s?|nen[ea]s?|nin[oa]s?|bebes?|peques?|chiquit[oa]s?|crios?)\b|(?:en|voy en) "
    r"(?:\d|1[0-2])(?:o|a|ro|do|to|vo|no|mo)? (?:grado|de primaria|de secundaria|de la secu|"
    r"basico)|primaria|secundaria|la secu|el cole|kinder|guarderia)"
)
# A grown-up who may hold power over a child (not the mother kept in the dark).
_GROWN = (
    r"\b(?:padrastro|madrastra|hermanastro|tio|abuelo|papa|padre|papi|vecino|senor|profe|"
    r"profesor|maestro|entrenador|hombre|adulto|cura|sacerdote|catequista|monitor|novio de mi "
    r"(?:mama|madre)|esposo de mi (?:mama|madre)|pareja de mi (?:mama|madre)|tipo|viejo|man|"
    r"(?:1[89]|[2-6]\d) anos)\b"
)
_SECRET = (
    r"(?:(?:nuestro|un|el|su) (?:pequeno )?secreto|(?:juego|juegos) secretos?|(?:a (?:mi )?"
    r"(?:mama|mami|papa|nadie)|a tus papas) no (?:se le |le |se lo |les )?(?:dice|digo|puedo decir|"
    r"cuento|puedo contar)|no (?:se lo |le |les )?(?:puedo|debo|tengo que) (?:decir|contar)(?: "
    r"(?:a|nada a) (?:mi )?(?:mama|mami|nadie|papa))?|(?:me|le|les) (?:dijo|dice|pidio|pide|hizo "
    r"jurar|obliga a jurar) (?:que )?no (?:le |se lo |les )?(?:diga|dijera|cuente|contara)|si "
    r"(?:le |se lo |les )?(?:cuento|digo|contaba|decia|cuenta|dice)\b[^.!?\n]{0,60}\b(?:me (?:mandan|"
    r"mata|pega|va a|van a|quitan|llevan|castiga)|nadie me va a creer|se va a enojar)|"
    r"(?:borra|borrar|borre|borro|elimina|eliminar) (?:todo|los (?:chats|mensajes)|las (?:fotos|"
    r"conversaciones)|el chat))"
)
_SURPRISE = (
    r"\b(?:sorpresa|regalo|fiesta|cumple\w*|navidad|reyes|santa|raton perez|florero|rompio|"
    r"rompi|me gusta|le gusta|diario|escondidas|spoiler)\b"
)
_DAY_ES = (
    r"(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy|manana|finde|fin de "
    r"semana|esta noche|(?:el )?\d+)"
)
_R5: tuple[Rule, ...] = (
    # DANGER: a grown-up's secret or threat with a child ("mi tio dice q si le cuento a mi mama
    # lo q me hace me mandan a un hogar. tengo 9", "el abuelo juega con ella a un juego secreto
    # y a mama no se le dice"); not a present, a party or a broken vase.
    rule(
        D,
        rf"\b(?P<core>{_SECRET})",
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        neighbours=True,
        unless=_SURPRISE,
    ),
    # A grown-up touching a child, making them watch, coming into their room and locking it.
    rule(
        D,
        r"\b(?P<core>me (?:toca|toco|tocaba|manosea|manoseo|obliga a (?:ver|tocar|hacer|"
        r"desvestirme|quitarme)|obligo a (?:ver|tocar|hacer))|(?:entra|se mete|viene|se cuela) "
        r"(?:\w+ )?(?:a|en) (?:mi|la) (?:pieza|cuarto|habitacion|recamara|cama|ducha|bano)(?: "
        r"\w+){0,8}? (?:cierra|pone el seguro|echa (?:la )?llave|apaga la luz|con llave))\b",
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        neighbours=True,
        unless=r"\b(?:tarea|deberes|despertarme|para despertar|ordenar|limpiar|gato|perro|"
        r"hermanit[oa] (?:me )?toca)\b",
    ),
    # Children kept hungry: "no nos dan de comer desde ayer", a padlock on the fridge.
    rule(
        D,
        r"\b(?P<core>no (?:nos|me|les|le) (?:dan|da|dieron|dio|deja|dejan) (?:de )?(?:comer|"
        r"comida)|(?:candado|llave) (?:a|en) (?:la )?(?:nevera|heladera|refri|refrigerador))\b",
        needs=r"\b(?:desde (?:ayer|el|hace)|dias|madrastra|padrastro|mama|papa|candado|hermanit\w*|"
        r"hermana|hermano|tengo \d+)\b",
        unless=r"\b(?:dieta|ayuno|operacion|analisis|gato|perro|castigo por|doctor|medico)\b",
    ),
    # A gun with its cartridges or key named, and a thought of it every night.
    rule(
        S,
        r"\b(?P<core>(?:escopeta|pistola|revolver|rifle|arma|fusil))\b",
        needs=r"(?s:\A(?=.*\b(?:cartuchos|balas|municion|llave|cargada|caja fuerte)\b)(?=.*\b(?:"
        r"pienso en (?:eso|ella|usarla)|todas las noches|cada noche|no dejo de pensar|no puedo "
        r"dejar de pensar|la miro|la saco|me tienta)\b))",
        neighbours=True,
        unless=r"\b(?:caza|cazar|tiro al blanco|coleccion|licencia|permiso|juego|fortnite)\b",
    ),
    # A high floor or a bridge rail, with an open window, nobody around or "soltarme".
    rule(
        S,
        r"\b(?P<core>(?:estoy|sentad[oa]|parad[oa]|subid[oa]) (?:\w+ )?(?:en|sobre) (?:el |la )?"
        r"(?:piso \d+|ultimo piso|azotea|techo|tejado|baranda|barandal|cornisa|borde|orilla) "
        r"?(?:\w+ ){0,3})",
        needs=r"\b(?:ventana (?:\w+ ){0,4}?abierta|no pasa nadie|nadie me ve|a esta hora|mirando "
        r"(?:para |pa )?abajo|soltarme|me suelto|saltar|salto|tirarme|aventarme|crecido|vacio)\b",
        unless=r"\b(?:trabajo|oficina|vista|fiesta|foto\w*|hotel|vacaciones|depa nuevo|mudanza|"
        r"atardecer|amanecer|fuegos|mirador turistico|excursion)\b",
    ),
    # "Solo tendría que soltarme": letting go, on a bridge or a rail.
    rule(
        S,
        r"\b(?P<core>(?:solo|nada mas) (?:tendria|tengo|tendre) que (?:soltarme|dejarme caer|dar un "
        r"paso|inclinarme))\b",
    ),
    # A blade beside a filled bath.
    rule(
        S,
        r"\b(?P<core>(?:navaja|cuchilla|gillette|rastrillo|hoja de afeitar|cutter|cuchillo|"
        r"bisturi))\b",
        needs=r"\b(?:tina|banera|bano lleno|llene la (?:tina|banera)|agua caliente)\b",
        unless=r"\b(?:afeit\w*|depil\w*|piernas? (?:peludas|sin)|barba|cocina\w*|jabon)\b",
    ),
    # "Me voy a aventar al metro", "me quiero tirar del puente": a jump with a place, in the
    # forms the older rule did not read.
    rule(
        S,
        r"\b(?P<core>me (?:voy a|quiero|pienso|dan ganas de|gustaria|tengo que) (?:tirar|aventar|"
        r"lanzar|arrojar|botar|echar) (?:\w+ ){0,2}?(?:de|del|desde|por|a|al|bajo|debajo de|"
        r"delante de|contra) (?:\w+ ){0,2}?(?:puente|edificio|azotea|terraza|balcon|ventana|techo|"
        r"piso \d+|ultimo piso|vias|tren|metro|coche|carro|auto|camion|trafico|acantilado|rio|mar|"
        r"vacio|autopista|anden))\b",
        unless=r"\b(?:piscina|alberca|pileta|paracaidas|bungee|puenting|tirolina|trampolin|"
        r"fortnite|minecraft|juego|cama|sofa|sillon|agua (?:fria|helada))\b|\b(?:un|otro|otra) "
        r"(?:audio|mensaje|meme|video|sticker|correo|mail|examen|parcial|reunion|lunes) mas\b",
    ),
    # A belt tied to a rail, tested: "tengo el cinturon amarrado al tubo del closet, ya probe q
    # aguanta".
    rule(
        S,
        r"\b(?P<core>(?:cinturon|cuerda|soga|cable|cordon|sabana|bufanda|correa|extension|"
        r"corbata) (?:\w+ ){0,2}?(?:amarrad[oa]|atad[oa]|colgad[oa]|anudad[oa]|amarre|ate|"
        r"colgue|anude) (?:\w+ )?(?:a|al|en|de|del) (?:la |el )?(?:tubo|barra|viga|gancho|puerta|"
        r"picaporte|manija|closet|ropero|armario|baranda|barandal|regadera|lampara|ventilador))\b",
        unless=r"\b(?:hamaca|columpio|ropa|tender|perro|bici\w*|planta\w*|maceta|cuadro|espejo|"
        r"luces|adorno\w*|navidad|pinata|mochila)\b",
    ),
    # A car left running in a closed garage.
    rule(
        S,
        r"\b(?P<core>(?:carro|coche|auto|camioneta|motor)\b(?: \w+){0,6}? (?:cochera|garaje|"
        r"garage)|(?:cochera|garaje|garage)\b(?: \w+){0,6}? (?:carro|coche|auto|motor))\b",
        needs=r"\b(?:prendido|encendido|en marcha|andando|cerrar la puerta|puerta cerrada|cerrado "
        r"por dentro|manguera)\b",
        unless=r"\b(?:calentar|frio|arreglar|mecanico|taller|lavar|bateria|se calienta)\b",
    ),
    # Someone else: a photo of pills or a rope, then offline or "ya es hora".
    rule(
        S,
        r"\b(?P<core>(?:mando|envio|paso|subio|publico|posteo) (?:\w+ ){0,2}?(?:una )?"
        r"(?:foto|video|historia|story|selfie) (?:\w+ ){0,4}?(?:pastillas|pastis|\w+pam|soga|"
        r"cuerda|pistola|navaja|cuchilla|puente|vias|azotea|venas|cortes))",
        about_others=True,
        needs=r"\b(?:no esta en linea|desconect\w*|no contesta|no responde|apago|ya es hora|adios|"
        r"perdon|despid\w*|chau|no se que hacer)\b",
        neighbours=True,
        unless=r"\b(?:farmacia|receta|compro en|tienda|excursion|vista|atardecer)\b",
    ),
    # Someone else with it all thought out: a parent's gun and the date, a secret sworn.
    rule(
        S,
        r"\b(?P<core>(?:ya )?tiene (?:todo )?(?:pensado|planeado|decidido)|(?:la|una) (?:pistola|"
        r"escopeta|arma) de su (?:papa|padre|abuelo|hermano|tio))\b",
        about_others=True,
        needs=r"\b(?:pistola|escopeta|arma|la fecha|el dia|jurar|no diga nada|matarse|pastillas|"
        r"soga|despedi\w*)\b",
        neighbours=True,
        unless=r"\b(?:caza|cazar|tiro al blanco|viaje|fiesta|boda|sorpresa|propuesta|cumple\w*)\b",
    ),
    # "A mi compañera le pega el novio": someone close beaten by a partner or parent.
    rule(
        D,
        r"\b(?P<core>a (?:mi|su) (?:\w+ ){1,3}?(?:le|la) (?:pega|golpea|maltrata|ahorca|patea|"
        r"empuja|viola|pegaba|golpeaba) (?:el|la|su) (?:novio|novia|marido|esposo|esposa|pareja|"
        r"ex|papa|padre|padrastro|madrastra|mama|madre|jefe))\b",
        about_others=True,
        unless=r"\b(?:juego|jugando|pelota|balon|perro|gato)\b",
    ),
    # Someone else who posted that he will hang himself tonight.
    rule(
        S,
        r"\b(?P<core>(?:dijo|dice|puso|escribio|posteo|publico|mando) (?:\w+ ){0,4}?(?:que|q) "
        r"(?:\w+ ){0,4}?se (?:cuelga|mata|suicida|tira|corta las venas|va a (?:colgar|matar|"
        r"suicidar|tirar))(?: \w+){0,3}?)\b",
        about_others=True,
        needs=r"\b(?:hoy|esta noche|manana|ahora|ya|se salio|no contesta|no responde|adios|"
        r"despid\w*|grupo)\b",
        unless=r"\b(?:si (?:pierde|no gana|repruebo|reprueba)|examen|jaja\w*|broma|meme|juego|"
        r"fortnite|minecraft|lol)\b",
    ),
    # A method searched for: "busco como morir sin dolor".
    rule(
        S,
        r"\b(?P<core>(?:busco|busca|buscaba|busque|googleo|googleaba|googlea|investigo|investiga)"
        r" (?:en (?:google|internet) )?(?:como|formas de|maneras de|cuanto|cuantas) (?:\w+ ){0,3}?"
        r"(?:morir|matarse|matarme|suicid\w*|ahorcar\w*|desangrar\w*|sobredosis|letal|mortal|sin "
        r"dolor|no despertar))\b",
        about_others=True,
        negatable=False,
        unless=r"\b(?:tarea|trabajo (?:de|para)|ensayo|primeros auxilios|enfermer\w*|novela|"
        r"cuento|guion|personaje|perro|gato|planta)\b",
    ),
    # Plans: a day chosen beside an empty house.
    rule(
        S,
        rf"\b(?P<core>(?:elegi|escogi|decidi|fije|puse) {_DAY_ES})(?=\s*(?:$|[.!?,;]))",
        needs=r"\b(?:vacia|vacio|sola|solo en casa|no (?:va a )?(?:haber|estar) nadie|nadie en "
        r"casa|se van|hasta el)\b",
        neighbours=True,
        unless=r"\b(?:fiesta|cumple\w*|boda|viaje|cita|examen|reunion|mudanza|pijamada|peli|cine|"
        r"limpieza|comida|asado|carne asada)\b",
    ),
    # A letter for each child, with the life insurance.
    rule(
        S,
        r"\b(?P<core>(?:una )?carta (?:a|para) cada (?:uno|una) de (?:mis|los|mis) (?:hijos|"
        r"hijas|ninos|sobrinos|hermanos|seres queridos)|cartas (?:a|para) (?:todos )?(?:mis|los) "
        r"(?:hijos|hijas|ninos|seres queridos))\b",
        needs=r"\b(?:seguro|testamento|cuando (?:ya )?no (?:este|estoy)|despues|cajon|carpeta|"
        r"claves?|contrasenas?|perdon|adios)\b",
        neighbours=True,
        unless=r"\b(?:navidad|reyes|cumple\w*|campamento|graduacion|capsula del tiempo|dia de|"
        r"san valentin)\b",
    ),
    # "Donde voy no me hacen falta": things given away for where the writer goes.
    rule(
        S,
        r"\b(?P<core>(?:a )?donde (?:voy|me voy|yo voy|ire)(?: \w+)?,? (?:ya )?no (?:me )?(?:hace|"
        r"hacen|van a hacer) falta|(?:a )?donde (?:voy|me voy),? no (?:los|las|lo|la) (?:voy a )?"
        r"necesit\w*)\b",
        unless=r"\b(?:mudanza|me mudo|viaje|otro pais|extranjero|intercambio|convento|servicio "
        r"militar|ejercito|mision|campamento|departamento nuevo)\b",
    ),
    # "Solo me falta llegar al puente".
    rule(
        S,
        r"\b(?P<core>(?:solo|nada mas|ya solo) me falta (?:llegar|ir|subir|caminar|manejar) "
        r"(?:a|al|a la|hasta el|hasta la) (?:\w+ )?(?:puente|azotea|vias|mirador|acantilado|"
        r"techo|edificio|rio|mar))\b",
        unless=r"\b(?:foto\w*|paseo|excursion|vista|atardecer|turis\w*)\b",
    ),
    # Calm and decided: "el viernes me voy al mirador y ya".
    rule(
        S,
        r"\b(?P<core>me voy (?:a|al|a la|hasta el|hasta la) (?:\w+ )?(?:mirador|puente|azotea|"
        r"vias|acantilado|techo|rio|mar|monte|bosque)(?: \w+){0,2}? y (?:ya|listo|se acabo|fin))"
        r"(?=\s*(?:$|[.!?]))",
        needs=r"\b(?:decidi\w*|tranquil[oa]|list[oa]|en paz|ya esta)\b",
        neighbours=True,
        unless=r"\b(?:paseo|foto\w*|vacaciones|amigos|novio|novia|picnic|asado|pescar|nadar|"
        r"surf\w*|correr|caminata)\b",
    ),
    # "Todos creen que me voy de vacaciones", beside a date.
    rule(
        S,
        r"\b(?P<core>(?:todos|todo el mundo|mi familia|mis papas|mi mama|mis amigos) (?:creen|"
        r"piensan|cree|piensa) (?:que |q )?(?:me voy|es|estoy) (?:de )?(?:vacaciones|viaje|paseo))\b",
        needs=r"\b(?:fecha|marcad[oa]|calendario|decidi|nadie sabe|el dia)\b",
        neighbours=True,
        unless=r"\b(?:sorpresa|propuesta|boda|entrevista|operacion|rehabilitacion|fiesta)\b",
    ),
    # The last day anywhere, on earth.
    rule(
        S,
        r"\b(?P<core>ultimo dia (?:en todos lados|en todas partes|en la tierra|de mi vida|en este "
        r"mundo|vivo|viv[oa]))\b",
        unless=r"\b(?:jaja\w*|si como|picante|vacaciones|examen)\b",
    ),
    # A password left with an apology or love for all (a goodbye note).
    rule(
        S,
        r"\b(?P<core>(?:la )?(?:clave|contrasena|password|pin) (?:de|del) (?:\w+ ){0,2}?es)\b",
        needs=r"\b(?:perdon|perdonenme|los quiero|las quiero|te quiero|adios|cuidense|no es culpa)\b",
        neighbours=True,
        unless=r"\b(?:wifi|netflix|spotify|disney|invitad\w*|mientras (?:estoy|este) de viaje|"
        r"vacaciones|olvide|cambie|trabajo)\b",
    ),
    # Staring at the pills for a week after an attempt.
    rule(
        S,
        rf"\b(?P<core>(?:mirando|miro|mire|viendo|veo) (?:\w+ )?(?:las|mis) (?:{_PILLS}))\b",
        needs=r"\b(?:intento|toda la semana|noches?|horas|pienso|prometi|nunca mas|en serio)\b",
        neighbours=True,
        unless=r"\b(?:receta|prospecto|etiqueta|dosis recomendada|farmacia|caducad\w*)\b",
    ),
    # SELF_HARM: an urge back, beside a blade or a clean streak.
    rule(
        H,
        r"\b(?P<core>(?:las ganas|la necesidad|el impulso|la tentacion) (?:\w+ ){0,2}?(?:volvieron|"
        r"volvio|han vuelto|ha vuelto|vuelven|regresaron|estan|es) (?:\w+ )?(?:fuert\w*|de nuevo|"
        r"otra vez|intens\w*|horrible\w*|muchisimo)?)",
        needs=r"\b(?:cuchilla|navaja|cortar\w*|limpi[oa]|recai\w*|autolesion\w*|cicatrices|"
        r"gillette|sacapuntas)\b",
        neighbours=True,
        unless=r"\b(?:fumar|cigarro\w*|vapear|tomar|alcohol|dulce\w*|chocolate|comer|apostar|"
        r"jugar)\b",
    ),
)


# Round 5 rules that read their neighbours read what spares them in their own sentence
# (bot/domain/safety/sentences.py).


_R5 = _own_sentence(_R5)

# --- round 6: families from the fourth fresh round (es.fresh4.toml) -----------------------
# Someone who would be better off, relieved or at peace without the writer.
_BETTER = (
    r"(?:mejor(?:es)?|tranquil[oa]s|mas tranquil[oa]s?|mas feli(?:z|ces)|en paz|aliviad[oa]s?|"
    r"descansad[oa]s?|mas libres?|libres)"
)
# The writer gone, in the forms a burden sentence uses.
_GONE = (
    r"(?:no estuviera|no existiera|ya no estuviera|desapareciera|desaparezca|me muriera|me muera|"
    r"muriera|me matara|me mato|me muero|no este|ya no este|dejara de existir|deje de existir|"
    r"me fuera para siempre|me vaya para siempre|no amanezco|no amaneciera|no despierto|no "
    r"despertara|desaparezco|no hubiera nacido)"
)
# A rope-like thing that could hang a person.
_LIGATURE = (
    r"\b(?:cinturon|cinto|correa|cuerda|soga|cable|bufanda|corbata|sabana|cordon|cordones|"
    r"lazo|cadena|pañuelo|panuelo|cinta)\b"
)
# Things given away, accounts closed, a goodbye.
_GIVEN = (
    r"\b(?:regale|regalo|regalando|done|dono|di (?:mi|mis|la|el|los|las)|le deje|les deje|se "
    r"(?:lo|la|los|las) queda|se queda(?:n)? con|borre (?:mis|todas|todo|mi)|elimine (?:mis|todas|"
    r"mi)|cerre (?:mis|mi|todas)|reparti)\b"
)
_R6: tuple[Rule, ...] = (
    # Burden: "todos estarían más tranquilos si yo no estuviera", "mi novio estaría mucho mejor
    # sin mí" (a conditional: "mi ex está mejor sin mí" is a break-up), "sería un alivio para
    # ella que yo desaparezca", "les haría un favor si no amanezco", "si me muero se acaba el
    # problema", the children better off "con lo del seguro de vida que conmigo".
    rule(
        S,
        r"(?<!perro )(?<!perra )(?<!gato )(?<!gata )(?<!mascota )(?<!planta )(?<!perrito )"
        r"\b(?P<core>(?:estarian|estaria|vivirian|viviria|serian|seria|iban a estar|van a estar|"
        rf"estaran|estara|va a estar|iba a estar) (?:mucho |muy |bastante )?{_BETTER} "
        rf"(?:\w+ ){{0,2}}?(?:sin mi|si (?:yo )?{_GONE}))\b(?! en (?:el|la|los|las|este|esta|mi|su) "
        r"(?:equipo|trabajo|curro|empresa|oficina|proyecto|grupo|banda|clase|partido|fiesta|viaje|"
        r"torneo|juego|cocina|reunion))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:seria|es|sera|seria como) (?:un|una) (?:alivio|favor|descanso|peso menos|"
        r"liberacion|bendicion) (?:\w+ ){0,3}?(?:que|si|cuando) (?:yo )?(?:ya )?"
        rf"{_GONE}|(?:les|le|te|os) (?:haria|hago) (?:un )?(?:favor|bien) (?:\w+ ){{0,3}}?(?:si|"
        rf"cuando) (?:yo )?{_GONE})\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>si (?:yo )?(?:me muero|me muriera|me mato|me matara|desaparezco|desapareciera|"
        r"dejo de existir|ya no estoy|no estoy) (?:\w+ ){0,2}?se (?:acaba|acabaria|acaban|acabarian|"
        r"termina|terminaria|terminan|resuelve|resuelven|soluciona|solucionan|arregla|arreglan) "
        r"(?:\w+ )?(?:el problema|los problemas|todo|sus problemas|la carga))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:mejor|mas felices|mas tranquil[oa]s) (?:\w+ ){0,6}?(?:seguro de vida|la "
        r"herencia|el seguro|la pension|la indemnizacion) (?:\w+ ){0,3}?que conmigo|(?:cobrar|"
        r"cobran|cobraria\w*|cobren) (?:el|mi) seguro(?: de vida)? (?:\w+ ){0,3}?si (?:yo )?"
        rf"{_GONE})\b",
        negatable=False,
    ),
    # "Mi novio/mis papás estaría(n) mucho mejor sin mí" beside a way out ("se lo voy a poner
    # fácil", "y dejo de existir", "me quito del medio").
    rule(
        S,
        r"\b(?P<core>(?:y|asi que|entonces|mejor|ya|por eso) (?:\w+ )?(?:dejo de existir|me dejo "
        r"de existir|desaparezco para siempre|me borro del mapa|me quito del medio|me quito de en "
        r"medio))\b",
        needs=r"\b(?:sin mi|carga|estorbo|lastre|sobro|mejor|poner facil|nadie)\b",
        neighbours=True,
        unless=r"\b(?:redes|insta\w*|tiktok|twitter|grupo|chat|fiesta|reunion|discusion|"
        r"conversacion|foto)\b",
    ),
    # A burden "solved" by the writer: "sobro en esta casa ... esta semana lo soluciono yo".
    rule(
        S,
        r"\b(?P<core>(?:esta semana|este finde|esta noche|hoy|manana|pronto|muy pronto|el "
        r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|de una vez) (?:\w+ ){0,2}?"
        r"(?:lo|eso|esto) (?:soluciono|arreglo|resuelvo|termino|acabo)(?: yo)?(?: \w+)?|"
        r"(?:lo|eso|esto) (?:soluciono|arreglo|resuelvo) (?:yo )?(?:sol[oa]|solit[oa]|a mi "
        r"manera|para siempre|de una vez))\b",
        needs=r"\b(?:sobro|estorbo|lastre|carga|sin mi|molestia para|mejor sin|les sobro|no me "
        r"quieren|me quieren fuera)\b",
        neighbours=True,
        unless=r"\b(?:trabajo|curro|jefe|examen|proyecto|factura|coche|tramite|papeles|ordenador|"
        r"compu|movil|celular)\b",
    ),
    # Searching how: "ya lo busqué cómo", "busqué cómo morir sin dolor".
    rule(
        S,
        r"\b(?P<core>(?:ya )?(?:lo )?(?:busque|googlee|investigue|averigue|mire) como(?: hacerlo)?"
        r"(?=\s*(?:$|[.,!?;]))|(?:busque|googlee|investigue|averigue|mire) (?:como|cuanto|cuantas|"
        r"que) (?:\w+ ){0,3}?(?:morir|matarme|ahorcarme|suicidarme|no despertar\w*|es letal|seria "
        r"letal|es mortal))",
        needs=r"\b(?:problemas|favor|carga|estorbo|mejor sin|amanezco|morir\w*|matar\w*|"
        r"suicid\w*|pastillas|puente|soga)\b",
        neighbours=True,
    ),
    # Goodbye: things given away and "ya no los voy a necesitar" / "ya no me hacen falta".
    rule(
        S,
        r"\b(?P<core>ya no (?:lo|la|los|las|les) (?:voy a|vo a|vamos a) (?:necesitar|usar)|(?:ya )?"
        r"no me (?:van|va) a (?:hacer falta|servir)|(?:solo )?me (?:falta|queda) despedirme(?: de "
        r"(?:ustedes|todos|vosotros|ti|vos))?)\b",
        needs=_GIVEN,
        neighbours=True,
        unless=rf"{_TRAVEL}|\b(?:ropa de invierno|uniforme|apuntes|libros de|curso|colegio|"
        r"talla|me queda chic\w*|me queda grande)\b",
    ),
    # A message for whoever reads it, with an absolution or a letter: "mamá si lees esto no es
    # tu culpa", "cuando leas esto no te culpes".
    rule(
        S,
        r"\b(?P<core>(?:si (?:estas |estan |estais )?(?:lees|leen|leeis|leyendo) esto|cuando "
        r"(?:leas|lean|leais) esto)(?: \w+){0,6}? (?:no (?:es|fue) (?:tu|su|vuestra) culpa(?! (?:que|"
        r"de que|si|lo|el|la|los|las)\b)|no es culpa (?:tuya|de nadie|de ustedes|vuestra)(?! (?:que|"
        r"de que|si)\b)|no te culpes|no se culpen|(?:te|les|os) deje "
        r"(?:una )?carta))",
    ),
    rule(
        S,
        r"\b(?P<core>no (?:es|fue) (?:tu|su|vuestra) culpa|no es culpa (?:tuya|de nadie|de "
        r"ustedes|vuestra))(?! (?:que|de que|si)\b)(?=[^.!?\n]{0,60}\b(?:te|les|os|le) deje (?:una |unas )?"
        r"cartas?)",
    ),
    # "No llores por mí cuando te enteres ... fuiste la mejor amiga, perdóname".
    rule(
        S,
        r"\b(?P<core>no (?:llores|lloren|lloreis|sufras|sufran|te pongas triste) por mi)",
        needs=r"\b(?:cuando (?:te enteres|se enteren|os enteréis|os entereis|ya no este|me vaya)|"
        r"fuiste|fueron|has sido|han sido|perdon\w*|adios)\b",
        neighbours=True,
        unless=r"\b(?:peli|pelicula|serie|cancion|partido|examen)\b",
    ),
    # Passwords and accounts left "para cuando ya no me tengáis / ya no esté".
    rule(
        S,
        r"\b(?P<core>(?:para|por si) cuando (?:yo )?ya no (?:me )?(?:este|tengas|tengais|tengan|"
        r"exista|vean))\b(?! (?:en|por|disponible|de)\b)",
        needs=r"\b(?:contrasena|contrasenas|clave|claves|pin|password|cuentas|banco|carta|cartas|"
        r"cuiden|adios|los quiero|os quiero)\b",
        neighbours=True,
    ),
    # Means: how many pills "hacen falta para no despertarse", a lethal dose asked about.
    rule(
        S,
        r"\b(?P<core>(?:cuant[oa]s|cuanta cantidad de|que cantidad de|que dosis de|cuanto) "
        r"(?:\w+ ){0,2}?(?:hacen falta|se necesitan|necesito|necesitaria|hay que tomar|tengo que "
        r"tomar|tomar|son|es) (?:\w+ ){0,3}?(?:para|pa) (?:no despertar\w*|no volver a despertar\w*|"
        r"morir\w*|matar(?:me|se)|una sobredosis|que sea (?:letal|mortal)|dormir para siempre)|"
        r"(?:cuant[oa]s|cuanto) (?:\w+ ){0,3}?(?:es|son|seria|serian) (?:una )?(?:dosis )?"
        r"(?:letal|mortal)(?:es)?)\b",
    ),
    # Beyond the railing up high: "ya pasé la baranda", "estoy del otro lado de la reja".
    rule(
        S,
        r"\b(?P<core>(?:ya )?(?:pase|cruce|salte|me subi a|me subi en|estoy (?:del|al) otro lado "
        r"de|del otro lado de|al otro lado de|estoy por fuera de|estoy sentad[oa] en|estoy parad[oa] "
        r"en) (?:la|el|de la|del) (?:baranda|barandilla|barandal|reja|valla|muro|borde|cornisa|"
        r"pretil|parapeto|malla|barrera|quitamiedos))\b",
        needs=r"\b(?:azotea|puente|piso|pisos|planta|plantas|edificio|terraza|balcon|techo|"
        r"tejado|viaducto|acantilado|mirador|altura|\d+ metros)\b",
        neighbours=True,
        unless=r"\b(?:foto|selfie|vistas|atardecer|partido|estadio|concierto|festival|carrera|"
        r"maraton|vaca\w*|caballo\w*)\b",
    ),
    # An electric device by the filled bath.
    rule(
        S,
        r"\b(?P<core>(?:banera|tina|jacuzzi)(?: \w+){0,6}? (?:con|y) (?:el|la|un|una|mi) "
        r"(?:secador|tostadora|plancha|radio|estufa|calefactor|alargador|cable)(?: \w+){0,2}? "
        r"enchufad[oa]|(?:secador|tostadora|plancha|radio|estufa|calefactor|alargador)(?: \w+)"
        r"{0,2}? enchufad[oa](?: \w+){0,4}? (?:banera|tina))",
        unless=r"\b(?:limpi\w*|ordenar|baño del perro|perro|gato)\b",
    ),
    # A ligature that "aguanta mi peso" / tested.
    rule(
        S,
        r"\b(?P<core>(?:aguanta|aguantaria|aguanto|soporta|soportaria|soporto|resiste|resistio|"
        r"resistiria) (?:bien )?mi peso|ya (?:lo |la )?probe (?:que aguanta|si aguanta|en la "
        r"(?:barra|viga|puerta|lampara|ducha)|en el (?:armario|ropero|placard|gancho|ventilador)))",
        needs=_LIGATURE,
        unless=r"\b(?:dominadas|escalada|escalar|hamaca|columpio|arnes|rapel|trx|gym|gimnasio|"
        r"bici|moto|mochila|perro|silla|estanteria|tirolina|tirolesa|paracaidas|parapente|"
        r"puenting|slackline|trapecio|telas|circo|yoga)\b",
    ),
    # A day chosen after someone's event "para no arruinárselo", or beside a goodbye.
    rule(
        S,
        r"\b(?P<core>ya (?:elegi|escogi|decidi|fije|tengo|puse) (?:el|la) (?:dia|fecha)(?! (?:de|"
        r"del|para (?:la|el|mi|nuestra|nuestro))\b))",
        needs=r"\b(?:para no (?:arruin|estrope|amarg|fastidi|agu|cagar)\w*|despues (?:del|de la|de "
        r"su) (?:cumple\w*|boda|graduacion|fiesta|navidad)|cartas?|despedi\w*|nadie (?:lo )?sepa|no "
        r"se (?:den|de) cuenta|no me busquen)",
        neighbours=True,
        unless=r"\b(?:viaje|vuelo|mudanza|examen|entrevista|operacion|cirugia|cita|tatuaje|"
        r"corte de pelo|fiesta sorpresa|de la fiesta|regalo)\b",
    ),
    # Affairs put in order, then "el domingo me voy." with nothing after it.
    rule(
        S,
        r"\b(?P<core>(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|hoy|"
        r"esta noche|finde|el \d{1,2}) (?:ya )?me voy(?= ?(?:$|[.!]|para siempre|tranquil|en paz)))",
        needs=r"\b(?:(?:deje|dejo|tengo|estan|ya estan|quedan) (?:\w+ ){0,2}?(?:pagad[oa]s?|"
        r"ordenad[oa]s?|en orden|arreglad[oa]s?|organizad[oa]s?)|(?:pague|ordene|organice|arregle|"
        r"salde) (?:\w+ ){0,2}?(?:deudas|cuentas|papeles|facturas|alquiler)|testamento)\b",
        neighbours=True,
        unless=rf"{_TRAVEL}|\b(?:pais|ciudad|piso nuevo|casa nueva|alemania|espana|madrid|"
        r"barcelona|vuelo|tren|bus|autobus)\b",
    ),
    # A place where and when nobody passes: "ya sé a qué puente ir y a qué hora no pasa nadie".
    rule(
        S,
        r"\b(?P<core>(?:a que hora|cuando|donde|por donde) no (?:pasa|hay|me ve|me vea|me veria|me "
        r"encuentra|me encuentre|me encontraria|me van a ver) nadie)",
        needs=r"\b(?:puente|vias|tren|azotea|edificio|acantilado|rio|mirador|viaducto|techo|"
        r"tejado|presa|cornisa)\b",
        neighbours=True,
        unless=r"\b(?:foto\w*|pesca\w*|correr|bici|pasear|grafiti\w*|graffiti|pintar|besarnos|"
        r"fumar|skate)\b",
    ),
    # Ready, waiting for the house to sleep: "estoy listo, solo espero a que todos se duerman".
    rule(
        S,
        r"\b(?P<core>(?:estoy list[oa]|ya (?:tengo|esta) todo(?: list[oa]| preparado)?|ya es "
        r"hora|lo hago)(?: \w+){0,4}?[,.]? (?:solo |nomas |ya solo )?(?:espero|estoy esperando|"
        r"falta|me falta esperar) (?:a )?que (?:\w+ ){0,3}?se (?:duerma|duerman|vaya|vayan|quede "
        r"dormid[oa]|queden dormid[oa]s))\b",
        unless=r"\b(?:ver|jugar|salir|escaparme|estudiar|peli|serie|regalo|sorpresa|fiesta|juego|"
        r"partida|play|fortnite|comer|fumar|novi[oa]|videollamada)\b",
    ),
    # The highest floor "que no tiene red", without protection.
    rule(
        S,
        r"\b(?P<core>(?:piso|edificio|puente|sitio|lugar|planta|terraza|mirador|parking|"
        r"estacionamiento|techo|azotea|tejado|balcon|ventana) mas alt[oa](?: \w+){0,6}? (?:que no tiene|sin) (?:red|reja|redes|"
        r"barandal|barandilla|malla|proteccion|vigilancia|seguridad|camaras))\b",
        unless=r"\b(?:fotos?|vistas|atardecer|turis\w*|paseo|selfie|drone|dron)\b",
    ),
    # Going straight to the rails or the bridge, with a decision.
    rule(
        S,
        r"\b(?P<core>(?:voy|me voy|ire|me ire|me largo) (?:directo |derecho |directamente )?(?:a "
        r"(?:las|la|el)|al|hacia (?:las|la|el)|para (?:las|la|el)) (?:vias|via del tren|puente|"
        r"azotea|acantilado|viaducto|tejado|presa))\b",
        needs=r"\b(?:decidid[oa]|ya esta|no hay vuelta atras|lo hago|tirarme|me tiro|saltar|"
        r"salto|para siempre|adios|despedi\w*|no me busquen|se acabo)\b",
        neighbours=True,
        unless=r"\b(?:pesca\w*|foto\w*|correr|bici|pasear|perro|turistas?|concierto|fiesta)\b",
    ),
    # DANGER: cornered and touched; being touched now with fear; doors locked and the route
    # changed; someone being beaten now; photos of someone's cut wrists.
    rule(
        D,
        r"\b(?P<core>me (?:acorrala|acorralo|acorralaba|arrincona|arrincono|arrinconaba|encierra|"
        r"encerro)(?: \w+){0,6}? y me (?:toca|toco|tocaba|manosea|manoseo|besa|beso|agarra|"
        r"agarro|soba|sobo|mete mano|metio mano|mete la mano|metio la mano))\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:esta|estan) (?:tocando|manoseando|sobando|agarrando|acariciando|"
        r"besando|metiendo mano|metiendo la mano|rozando))\b",
        needs=rf"{_FEAR}|\b(?:no quiero|no me deja|cerro|asco|ayuda|socorro|auxilio|para por "
        r"favor|le dije que no|sin permiso)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:cerro|trabo|bloqueo|puso el seguro a|le puso (?:el )?seguro a|cerro con "
        r"seguro) (?:las|los|todas las) (?:puertas|seguros)(?: \w+){0,4}? (?:y )?(?:se desvio|"
        r"cambio (?:de )?(?:ruta|camino)|tomo otro camino|agarro otro camino|no me deja (?:bajar|"
        r"salir)))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:le|la|lo|les|los|las) (?:esta|estan) (?:pegando|golpeando|ahorcando|"
        r"estrangulando|pateando|violando|acuchillando|apunalando|maltratando|arrastrando|dando "
        r"una paliza|dando golpes))\b(?! (?:al|a la|a los|a las) (?!(?:nene|nena|nin[oa]s?|bebe|"
        r"chic[oa]s?|pibe|piba|muchach[oa]|senora?|hombre|mujer|vecin[oa]|hij[oa]s?)\b)\w+)",
        about_others=True,
        unless=r"\b(?:pelota|balon|saco|gym|gimnasio|fifa|juego|jugando|partido|play|boxeo|ufc|"
        r"pinata|tambor|bateria|perro|gato|tele|pelicula|serie|video|clase de)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:sus|las|los|mis) (?:munecas|brazos|piernas|muslos|antebrazos|venas) "
        r"(?:\w+ )?(?:sangrando|ensangrentad\w+|abiert\w+ (?:a cortes|con cortes)|llen\w+ de "
        r"cortes|con cortes (?:nuevos|frescos)))",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:cai|caida|bici|moto|accidente|patin\w*|vidrio)\b",
    ),
    # A grown-up relative touching the writer "cuando me quedo a dormir", with fear.
    rule(
        D,
        r"\b(?P<core>me (?:toca|tocaba|toco|manosea|manoseaba|mete la mano|soba|sobaba) cuando "
        r"(?:me quedo|duermo|me toca dormir|voy|estoy|me bano|me cambio|estamos))",
        needs=rf"(?s:\A(?=.*{_ADULT})(?=.*(?:{_FEAR}|no quiero ir|asco|secreto|no le (?:digas|"
        r"diga)|no me gusta)))",
        neighbours=True,
    ),
    # Round 6, second pass (wordings written after the first): letters left ready on a day;
    # a place and an hour chosen where nobody will find the writer; "los quise mucho" with a
    # goodbye or passwords; a child shown videos or pictures by a grown-up.
    rule(
        S,
        r"\b(?P<core>(?:deje|tengo|estan|ya estan|quedaron) (?:las|mis) cartas (?:ya )?(?:escritas|"
        r"listas|hechas|en (?:el|la|mi) \w+))",
        needs=r"\b(?:hoy es el dia|es el dia|ya esta|decidid[oa]|adios|perdon\w*|no me busquen|los "
        r"quiero|cuiden|me voy)\b",
        neighbours=True,
        unless=r"\b(?:navidad|reyes|papa noel|amor|san valentin|postales|presentacion|trabajo|"
        r"curriculum|cv|boda|cumple\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ya )?(?:tengo|elegi|decidi|se) (?:el|la) (?:lugar|sitio|hora|dia|fecha) y (?:el|"
        r"la) (?:lugar|sitio|hora|dia|fecha))\b(?! (?:de|del|para)\b)",
        needs=r"\b(?:nadie me va a (?:encontrar|ver|parar)|no me (?:van a )?encontrar|no me busquen|"
        r"cartas?|despedi\w*|adios|perdon\w*)\b",
        neighbours=True,
        unless=_TRAVEL,
    ),
    rule(
        S,
        r"\b(?P<core>(?:los|las|les|os) (?:quise|ame|he querido) (?:mucho|muchisimo|tanto|un "
        r"monton))\b",
        needs=r"\b(?:perdon(?:enme|adme|ame|)(?: por todo)?(?=\s*(?:$|[.!,]))|adios|claves|contrasenas?|"
        r"pin|cartas?|cuiden|no me busquen|hasta nunca)",
        neighbours=True,
        unless=_TRAVEL + _SEE_YOU,
    ),
    rule(
        D,
        r"\b(?P<core>(?:le|me|les|nos) (?:muestra|mostro|ensena|enseno|pone|puso|manda|mando) "
        r"(?:\w+ )?(?:videos|fotos|pelis|peliculas|imagenes|cosas) (?:feos|feas|raros|raras|de "
        r"adultos|porno\w*|de gente desnuda|sin ropa|cochin[oa]s|de sexo|asqueros[oa]s))"
        r"(?! de (?:su|sus|mi|mis|la|el|un|una|cuando)\b)",
        needs=rf"(?s:\A(?=.*{_CHILD_MARK}|.*\bhermanit[oa]\b)(?=.*{_GROWN}))",
        neighbours=True,
    ),
)
_R6 = _own_sentence(_R6)
_CHECK_IN_R6: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:ya )?no me importa (?:nada )?(?:lo que (?:me )?pase|si me pasa algo|lo que "
        r"sea de mi)|(?:ya )?me da (?:igual|lo mismo) (?:lo que (?:me )?pase|si me pasa algo|si me "
        r"muero|vivir o morir|lo que sea de mi)|me vale (?:madre )?(?:lo que me pase|si me muero))\b",
        negatable=False,
    ),
    # "Cansada de estar cansada", "¿para qué todo esto?", "siento que me estoy apagando".
    rule(
        S,
        r"\b(?P<core>cansad[oa] de estar cansad[oa](?! de\b)|(?:para|pa) que todo esto(?=\s*(?:$|[.!?]))|"
        r"(?:me estoy|me voy|me siento) (?:apagando|apagad[oa]|marchitando|desvaneciendo)(?! "
        r"(?:el|la|los|las) (?:movil|celular|cel|luz|luces|compu|tele)))\b",
        negatable=False,
        unless=r"\b(?:movil|celular|bateria|luz|tele|compu|ordenador|fuego|vela)\b",
    ),
)

# --- round 5: a crisis that is over, told from a safe present --------------------------
# (see en.py): no rule is valid in a sentence that tells a crisis as over ("hoy cumplo 6
# meses sin autolesionarme", "hace tres años intenté quitarme la vida. hoy ... me alegro
# tanto de seguir aquí"), with the next sentence when it tells the safe present, unless a
# relapse, an urge, a wish or "otra vez/de nuevo/anoche" is there. A bare past ("cuando
# era adolescente intenté ahorcarme") is still flagged.
_NOW = (
    r"\b(?:reca\w*|otra vez|de nuevo|volvi a|volvieron|vuelven|ha vuelto|han vuelto|volvio|"
    r"(?<!no tengo )(?<!sin )ganas de (?:cortarme|morirme|matarme|hacerme dano|desaparecer|"
    r"lastimarme)|(?:quiero|(?<!cuando )(?<!antes )queria|necesito|voy a|(?<!ya no )pienso) "
    r"(?:\w+ )?(?:morirme|matarme|cortarme|suicidarme|hacerme dano|lastimarme|desaparecer|intentarlo)|anoche|esta noche|ayer me|hoy me (?:corte|queme|"
    r"lastime)|ahora mismo|todavia (?:quiero|pienso|tengo ganas|me)|aun (?:quiero|pienso|tengo "
    r"ganas)|a veces|peor|a la basura|perdi (?:todo|la racha)|no puedo parar|no quiero (?:vivir|"
    r"seguir)|ojala (?:hubiera|me hubiera) (?:funcionado|muerto|salido)|sigo (?:pensando|"
    r"queriendo)|mirando las|me corte|me volvi a|esta semana|lucho|luchando|me cuesta|(?:las )?"
    r"mismas ganas|(?<!no )tengo (?:\w+ )?ganas(?! de vivir)|las ganas|(?:muchas|tantas) ganas|decidi\w*|"
    r"(?:carta\w*|notas?|despedid\w*)(?![^.!?\n]{0,40}[.!?,;]? ?(?:\w+ )?(?:(?:la|las|lo|los) )?"
    r"(?:rompi|queme|tire|borre|destrui|rasgue|rasguei|queimei))|despedirme|adios|regale "
    r"(?:a )?(?:mi )?(?:perro|gato|ropa|cosas)|(?<!cada )(?<!por la )(?<!todas las )manana|pronto|"
    r"me tome (?:todas|la caja|el bote|el frasco)|me (?:pega|golpea|amenaza|ahorca|patea|"
    r"viola|maltrata)|(?:todavia|aun|sigue) (?:me )?(?:pega|golpea|amenaza|buscando)|no estoy "
    r"(?:a salvo|bien|segur[oa])|(?<!no )me (?:quemo|corto|lastimo|rasguno|hago dano))\b"
)
_SAFE = (
    r"\b(?:(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|medio) (?:dias?|"
    r"semanas?|mes(?:es)?|anos?) (?:\w+ ){0,2}?(?:sin (?:cortarme|autolesion\w*|hacerme dano|"
    r"lastimarme|quemarme|recaer|recaidas|cortes)|limpi[oa]s?)|(?:cumplo|llevo|ya son|ya van) "
    r"(?:\w+ ){0,3}?(?:sin (?:cortarme|autolesion\w*|hacerme dano|lastimarme|quemarme)|limpi[oa])|"
    r"ya no me (?:corto|lastimo|hago dano|autolesiono|quemo)|(?:hace|desde hace) (?:\w+ ){1,3}que "
    r"no me (?:corto|lastimo|hago dano)|me alegro (?:\w+ ){0,2}?de (?:seguir (?:aqui|viv[oa]|"
    r"aca)|estar (?:viv[oa]|aqui|aca))|agradecid[oa] (?:\w+ ){0,2}?de (?:estar|seguir) (?:viv[oa]|"
    r"aqui|aca)|(?<!no )estoy a salvo|ahora estoy (?:(?!no\b|nada\b|nunca\b)\w+ )?(?:bien|mejor|"
    r"feliz|a salvo)|ahora tengo \d+|(?:la terapia|la medicacion|el tratamiento|"
    r"mi psicolog[oa]|el psiquiatra) (?:\w+ ){0,4}?(?:me )?(?:cambi\w*|ayud\w*|salv\w*)|me "
    r"(?:cambio|cambiaron|salvo|salvaron) la vida|(?:doy|dar) (?:una )?charla|cuento mi historia|"
    r"ni un moreton mas|ni (?:esconderme|golpes) mas|soy libre|ya no (?:quiero "
    r"morirme|pienso en (?:morirme|matarme|suicidarme))|estoy viv[oa] y (?:content[oa]|feliz|"
    r"bien))\b"
)
_PAST = (
    r"\b(?:hace (?:\w+ ){0,2}?(?:anos|meses|semanas|ano|mes)|antes (?:\w+ )?\w+(?:aba|ia)\b|de "
    r"(?:chic[oa]|nin[oa]|"
    r"pequen[oa]|adolescente|joven)|cuando (?:era|tenia)|en (?:el )?\d{4}|en la (?:prepa|"
    r"secundaria|escuela|uni|facu)|(?:me acuerdo de|recuerdo|me acuerdo) cuando|una vez "
    r"(?:estuve|intente|pense|quise|me)|sobrevivi (?:a )?(?:un|mi|el|dos|varios) intentos?|"
    r"cuando (?:\w+ )?(?:queria|pensaba|vivia|me cortaba|me pegaba)|ha \d+ (?:anos|meses))\b"
)
_PRESENT = (
    r"(?:\b(?:ahora|hoy|hoy en dia) (?:(?!no\b|nada\b|nunca\b)\w+ )?(?:estoy (?:(?!no\b|nada\b)\w+ )?"
    r"(?:bien|mejor|feliz|a salvo|"
    r"content[oa])|tengo (?:\d+|un trabajo|una familia|hijos|un perro|pareja|"
    r"novi[oa])|soy feliz|me ascendieron|me gradue|me case)\b|"
    # Round 6: a present told in more ways ("hoy soy enfermera", "hoy vivo tranquila con mis
    # hijos", "ahora miro para atrás", "... y estoy bien.", "hoy celebro mis 30").
    r"\b(?:ahora|hoy|hoy en dia) (?:\w+ ){0,2}?(?:soy (?!un\b|una\b|incapaz|peor|nada|nadie)\w+|"
    r"trabajo|estudio|ayudo|vivo (?:tranquil\w*|feliz|en paz|bien|con)|celebro|miro (?:para |pa )?"
    r"atras|tengo ganas de vivir|estoy en paz|doy gracias|agradezco)\b|\bhoy (?:\w+ ){0,10}?"
    r"(?:sonrio|me rio)\b|\b(?:y|pero|ya) (?:ahora )?estoy (?:bien|mejor|feliz|a salvo|en paz)"
    r"(?=\s*(?:$|[.!]))|\b(?:cicatrices|marcas) (?:\w+ ){0,3}?no se (?:ven|notan)\b|\b(?:la|las|lo|"
    r"los) (?:rompi|queme|tire|borre|destrui|rasgue)(?: \w+)?,? ya no (?:la|las|lo|los) necesito\b|"
    r"\b(?:rasguei|queimei|joguei fora)(?: \w+){0,3}?,? nao preciso mais\b)"
)
_RECOVERY = rf"(?s:\A(?!.*{_NOW})(?=.*{_SAFE}|(?=.*{_PAST}).*{_PRESENT}))"
# A sentence that tells the safe present joins the one before it.
_JOIN_SAFE_PRESENT = (
    r"(?<=\w)[.!]+ +(?=(?:[^.!?\n]{0,120}?\b(?:me alegro|agradecid[oa]|orgullos[oa]|ahora "
    r"estoy|ahora tengo|hoy (?:\w+ )?(?:me ascendieron|me gradue|cumplo|lleve)|(?:la terapia|la "
    r"medicacion) (?:\w+ ){0,3}?(?:cambi|ayud|salv)\w*|\d+ (?:anos|meses|dias) (?:limpi|sin)|ya no "
    r"(?:la|las|lo|los) necesito\b)))"
)


def _spared(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules, spared in a sentence that tells a crisis as over (sentences.spared)."""
    return spared(rules, _RECOVERY)


del D, S, H

_ORDER = {Concern.DANGER: 0, Concern.SUICIDE: 1, Concern.SELF_HARM: 2}

LANGUAGE = Language(
    code="es",
    crisis=_spared(
        tuple(
            sorted(
                _CRISIS + _MORE + _ROUND3 + _ROUND3B + _ROUND3C + _ROUND4 + _R5 + _R6,
                key=lambda each: _ORDER[each.concern],
            )
        )
    ),
    check_in=_spared(_CHECK_IN + _CHECK_IN_ROUND3 + _CHECK_IN_R6),
    shorthand=(*_SHORTHAND, (_JOIN_SAFE_PRESENT, "; ")),
    subjects=(
        "yo nadie alguien todos todas ellos ellas nosotros nosotras ustedes usted vos y pero "
        "porque que aunque cuando si"
    ),
    first_person="yo",
    # "Nadie" is also a subject: "nadie me pega" denies what follows it.
    negators=r"no|nunca|jamas|ni|tampoco|nao|non|nadie",
    doubt_after="se puedo paro dejo aguanto consigo logro sabia sabes entiendo",
    resisting_before=(
        "intento intentando trato tratando procuro prometi prometo jure juro ya de para"
    ),
    history_after=r" ?(?:\w+ ){0,3}?(?:mas|nunca mas|otra vez|de nuevo)\b",
    # "Autolesionarme nunca fue lo mío", "matarme no es una opción", "¿quererme morir? ni de
    # broma".
    denied_after=(
        r"\s*,?\s*(?:nunca|jamas|no) (?:fue|ha sido|es|ha ido|fueron|son|seria|sera) (?:lo "
        r"mio|conmigo|para mi|mi rollo|una opcion|opcion)\b|\s*,?\s+(?:ni de broma|ni loc[oa]|ni en "
        r"suenos|ni hablar)\b|\s+(?:no|nunca|jamas) (?:lo haria|lo hare|entra en mis planes|esta "
        r"en mis planes|me lo planteo|me lo he planteado)\b"
    ),
    # "¿Ideas de suicidio? No, para nada."
    answered_no=(
        r"(?:\s+yo)?\s*\?+\s*(?:no(?! (?:se|lo se|sabria|estoy segur[oa])\b)\b|nop\b|nel\b|nah\b|naa\b|"
        r"nope\b|para nada|ni de "
        r"broma|ni loc[oa]|jamas\b|nunca\b|que va\b|en absoluto|cero\b|ninguna?\b)"
    ),
    fiction=(
        r"\b(?:peli|pelis|pelicula|peliculas|serie|series|libro|libros|novela|novelas|"
        r"telenovela|capitulo|capitulos|temporada|personaje|personajes|protagonista|cuento|"
        r"noticia|noticias|periodico|telediario|noticiero|articulo|podcast|documental|cancion|"
        r"letra|anime|manga|videojuego|obra|teatro|tiktok|youtube|reddit|twitter|netflix|"
        r"reportaje|estadisticas|estudio|campana|prevencion|charla|true crime|reportagem|filme|"
        r"livro|film|libro|articolo|documentario|notizia|jornal|giornale)\b|\b(?:lei|leo|vi|sale|"
        r"salio|segun|publico|publica|dice) (?:en )?el diario\b"
    ),
)
