"""Crisis-screen rules for Portuguese (pt), Brazil and Portugal alike.

Rules are written against normalised text: lowercase, no accents ("não" -> "nao", "tô" ->
"to", "é" -> "e", "força" -> "forca"), after the shorthand below: "vc" -> "voce", "q" ->
"que", "pq" -> "porque", "n"/"naum" -> "nao", "mt" -> "muito", "dnv" -> "de novo", "hj" ->
"hoje", "qro" -> "quero", "cmg" -> "comigo", and European enclisis put before the verb
("matar-me" -> "me matar", "bate-me" -> "me bate", "apetece-me" -> "me apetece").

Decisions on the ambiguous cases
- First person is read from the verb and the clitic: "vou me matar", "quero me matar",
  "matar-me", "me suicidar", "tirar minha vida" are the writer's own; "minha mãe vai me
  matar", "vai me matar" (someone kills me) are figures of speech unless the sentence ties
  them to leaving, telling or fear, when they are a threat (DANGER).
- "Quero morrer" is flagged even with "kkk" (policy), but not "morrendo de rir", "morri
  de vergonha", "morro de saudade", "quero morrer de rir", "vou morrer" (hyperbole),
  "morrer velhinha/em paz"; "me mato de trabalhar/rir" is not, "eu me mato" ending a
  clause is. "Me joguei na pista" (went for it) is not a jump; "me jogar da ponte" is.
- "Fazer uma besteira comigo" (the Brazilian euphemism for an attempt) is suicide.
  "Acabar com tudo" is suicide unless it has an object ("acabei com a pizza").
- "Me bate" is violence, but not "me bateu uma saudade/tristeza/fome" (a feeling hit me);
  "apanho do meu marido" is. In Portugal "apanhar o comboio" is not violence: "apanhar"
  needs "do/da" and a person.
- "Me machuca" is not read as violence on its own (it is the heart as often as the body);
  "me machuco de propósito", "quero me machucar" are self-harm.
- Plans and goodbyes without a death word are flagged when their shape is clear: giving a
  pet away ("dei meu gato"), "já decidi como vou fazer", "cuidem do meu gato" (not before
  a trip), "não me procurem", "pra quem encontrar isso", "quando eu não estiver mais aqui".
- History told bare is flagged ("ano passado tentei me matar", "voltei a me cortar").
  Recovery (round 5, a product decision) is not: a crisis that is over, told from a safe
  present, in a short message with no urge, relapse or fear in it (see recovery.py and
  _RECOVERY below): a streak ("6 meses sem me cortar hoje", "faz uma semana que não me
  corto", "limpa há 3 meses", "parei de me cortar há um ano", "já não me corto mais") or a
  past crisis beside a safe present ("há dois anos tentei suicídio e hoje sou grata por
  estar viva", "meu ex me batia ... hoje tô bem"). A relapse or an urge now ("8 meses sem
  me cortar e hj voltei", "ainda penso nisso", "tô pior") stays a crisis, and so does "não
  ... de novo". Someone known
  at risk now is flagged; a past death ("se matou", "se suicidou") is grief, not flagged.
  A partner threatening to kill himself if the writer leaves is DANGER.
- Check-in only: "quero sumir", "sou um peso", "não aguento mais" (nothing after it, or
  "nada"/"com tudo"), "qual o sentido de tudo", "nada faz sentido", "cansada de tudo"
  (not "desse trabalho"), "desistir de tudo". "Sumir pra sempre" is crisis.
- Calm plans without a death word are flagged by their shape: a chosen day or place ("já
  escolhi o dia", "escolhi a ponte"), "tô pronta." ending a sentence (not "tô pronta!" or
  "pronta pra festa"), pills saved, counted or taken "todos", a gun at home "e sei onde
  ele guarda", standing on the edge of a bridge or roof, a car running in a closed garage,
  the clothes to be buried in, a pet left with someone after "já tratei de tudo" (not
  before a trip, Erasmus or a move). "Minha tentativa" with no other object is an attempt.
- Goodbye shapes: "se estiverem lendo isso é porque eu consegui", "não se culpem",
  "adeus a todos" ending a message, a letter left for mother or father, "mãe, pai, me
  perdoem"; school and work farewells, Mother's Day letters and fiction are excused.
- Control and confinement are DANGER: "tô trancada no quarto", the keys taken "pra eu não
  sair", the phone broken "pra eu não pedir ajuda", control of phone, money or who one sees
  (not a boss), being followed to work, waking up to sex, a child made to undress.

Out of reach: wordings only the situation makes grave ("tá tudo pronto", "sexta acaba"),
which are also how people speak of trips and moves; regional slang beyond the common
forms; sarcasm; mesoclisis ("matar-me-ei"). One-letter shorthand ("q", "n", "d") is
expanded only before another word, so that the language keeps its trigger words.

Also out of reach (round 2): a plan that names no means ("tô só esperando minha mãe viajar
pra fazer"), a relapse with no object ("limpa há 200 dias e recaí" may be drugs), "tô na
ponte" inside a longer message (traffic on the Rio-Niterói bridge), a goodbye spread over
sentences that hold no trigger word ("amo vcs, nunca esqueçam. me desculpem").

Round 3 (a fresh round written before reading these rules) decided:
- Calm plans with a means or a time: "depois/amanhã/domingo eu me mato" (not exams, the gym,
  games, "kkk"), "pra não acordar mais", "com isso não acordo", "usar ela em mim" with a gun,
  going up a roof "pra ver se tinha coragem", "eu faço, já decidi" (not a cake, cleaning,
  haircut, trip), "quando todos dormirem eu faço", "marquei a data ... acabo com isso de vez",
  "onde ninguém vai me ver" with a means, "pra não ser minha mãe que me encontra" with a plan,
  "eu tiro minha vida", charcoal to shut oneself in, "qual dose é fatal".
- Goodbyes: "diz pros meninos que eu amava eles", "esse é meu último post" (not of the day),
  the bank password with a goodbye, "me despedir antes de partir pra sempre" (not "do Brasil").
- Burden: "sem mim vão ficar melhor", "se eu morresse iam respirar aliviados", "o justo era
  eu deixar de existir". Check-in: no hope, no future, empty inside, "tanto faz tudo", "quanto
  tempo mais eu aguento", "nada do que eu faço importa", "não vejo saída pra isso".
- DANGER: threats with a knife, "me enche de porrada", beatings "quando não respondo", phone
  and GPS control with violence or fear (not parents or bosses), coercion in a couple
  ("obrigação de esposa", "faz mesmo comigo chorando", "digo que não e ele faz à força" with a
  sexual word), filming and blackmail with a video, "passa a mão em mim", harassment, children:
  nude photos asked for, left alone for nights, coming back bruised, touched by an adult.
- Someone else: "disse que hoje se mata", "vai dar um tiro na cabeça", "dizendo que vai pular"
  (with a height), "se trancou com os remédios", arms found cut.
- Shorthand: "não é que ..." denies what follows; "sewerslide", "me unalive", "vontd",
  "qrendo", "kero/qro morre", "qro sumi". Old clothes given away are no goodbye.

Still out of reach after round 3: a plan with neither means nor death word ("já planejei
tudo pra domingo", "já escolhi o lugar e a hora"); "já não penso em me matar, tô melhor" was
read as a history (round 5 reads it as recovery).

Round 4 (fresh2, a round weighted to means, plans, children, third persons and denials)
decided:
- Plans: "dia 20 é o dia" only with "tá tudo pronto", letters, "não me pergunta" or a goodbye
  (not "o dia dos namorados" nor a trip); "quando eu partir" with accounts, passwords or a
  will; clothes given away "não vou precisar deles depois"; "tô pronto pra ir" and "já
  escolhi o sítio" only after affairs put in order or with a means or jump nearby; sealing a
  room with charcoal; a gun in the hand now.
- Goodbyes: "é a última vez que escrevo" with love or an apology, "não chora por mim" and
  "vou pra um lugar melhor" with a goodbye, "não me vão ver mais" after "adeus"; one that
  promises to meet again ("a gente se vê", "tô bem") is excused.
- Someone else: found with the arms cut or hanged, many pills taken and not responding, a
  car running in a closed garage, "amanhã não vai estar mais aqui" with things given away, a
  quoted goodbye followed by silence, "tá se cortando agora".
- DANGER: burned with an iron or cigarettes by a person, "faz coisas comigo" with solitude or
  night, locked in a room without food (European "fecha-me" read as "me fecha"), "se eu
  contar o que ele faz comigo ele me mata", groping ("apalpou-me"), an armed man outside, an
  ex threatening now.
- Denials: "pensamentos suicidas? não, de jeito nenhum" (answered_no), "me automutilar nunca
  foi comigo", "perguntou se eu queria morrer e eu disse que não", "ninguém me bate",
  "zero vontade de", "de jeito nenhum quero"; a denial taken back ("falei que não ... mas é
  mentira") is flagged.
- Kept then: "já não me corto há dois anos" was read as a history (round 5: recovery).
- Also flagged (later wordings): pills laid out with a bottle of spirits (not bought for a
  dinner), driving the car into a tree, a rope hung "pronta" or from a beam, "fazer besteira"
  with despair, "a fim de morrer", "desculpa pelo que vou fazer", "isso é uma despedida" (not
  work or a hen party); touched or raped while asleep or drunk, sex "mesmo sem querer" in a
  couple, waking with torn clothes after a blank, an adult making a child bathe or sleep with
  him, a minor asked for nude photos, someone beating a child or partner, someone with a rope
  or gun and "hoje é o dia", someone shut in the bathroom with pills.
- Round 4 rules read only their own sentence (except "a última vez que escrevo", whose
  goodbye may be in the one before), so an everyday sentence nearby neither triggers nor
  excuses them.
Out of reach (round 4): a plan named only by its shape ("vou fazer uma besteira" with no
despair near it, "já escolhi o lugar" with no means or jump); a sibling hitting another.

Round 5 (fresh3, written before reading these rules; families, not sentences) decided:
- Recovery as above.
- Children: an adult (tio, técnico, vizinho ...) who tells a child not to tell, or gives it
  presents or money and asks it alone to his house, beside a child's age or word; "fica
  passando a mão em mim" and "ninguém vai acreditar" beside an adult or being alone (not
  "ninguém vai acreditar que passei no vestibular").
- Means: medicines bought in several pharmacies so no one suspects (not a shortage), a
  parent's gun with no one home or knowing where it is (not "no cofre" alone), high up
  looking down with the window open (not a view), a car running in a closed garage, a
  rope tied to a beam or fan, lying on the tracks, the gas left on with the windows shut
  (not forgotten while cooking), heating a knife "pra me queimar".
- Others: a quoted goodbye and then gone, charcoal and tape in a locked room, "o marido
  espanca ela" (the pronoun after the verb) or a black eye beside cries, a bridge and a
  day chosen and "só esperando". Plans: "não vou estar aqui" beside a scheduled e-mail,
  "já decidi como e quando" ending a clause, things cancelled and returned "não vou
  precisar de mais nada" (not a move), not wanting to spoil a sister's day and then "acabo
  com isso", things given away that the others "nem entenderam", the viaduct's guard
  leaving, "amanhã cedo acaba tudo" beside passwords, "cuida do bob por mim" with love or
  an apology (not a trip), "todo mundo vive melhor sem mim". A blade in the hand with "não
  sei se aguento". Check-in: "só ocupando espaço nesse mundo", sleeping to wake up years
  later. Danger: an ex circling the house every night who threatens.
- Spared: medicines put out of a child's reach, "o professor pediu pra ele não contar a
  resposta da prova", "nenhuma vontade de acabar com tudo", "eu jamais faria isso, me
  matar", and the Spanish "ya no me corto, llevo dos años" (the Spanish rules read it).
Out of reach (round 5): a Portuguese recovery message whose words another language's rules
read in their own way ("faz uma semana q n me corto" is read by the Spanish rules as "me
corto"; "fui abusada há 10 anos" by the Spanish rules); recovery told in a long message or
beside any word of urge or fear (flagged, erring toward a crisis).

Round 6 (fresh4: 145 cases written before reading these rules, Brazil and Portugal, weighted
to burden, goodbyes, means, plans and phone spellings against denials and recovery; recall
54/79, soft 4/5 and 9/61 false alarms before its fixes, 6 of them recovery) added, in _R6:
- Burden by its structure: "seria um alívio / um favor (pra ela) se eu morresse / sumisse /
  me fosse de vez"; "se eu morrer acaba o problema"; better off with the insurance, the
  pension or the inheritance "do que comigo"; "o melhor que posso fazer é deixar de existir";
  "ninguém ia dar pela minha falta / sentir minha falta se eu ..."; a way out beside a burden
  word ("sair do caminho dele pra sempre" after "merecia alguém melhor", "essa semana eu
  resolvo isso do meu jeito" after "fardo", "ninguém vai precisar cuidar de mim nunca mais"
  after "cansados de mim"), not about work, bills, a car or a quarrel.
- Goodbyes: "se você ler isso ... não é culpa sua / não se culpe" (not "não é culpa sua que
  ..."); "não chora por mim" with "quando souber", a past "foi" or an apology; passwords "para
  quando eu já cá não estiver".
- Means: beyond the railing of a roof or bridge ("passei pro outro lado da grade"); the car
  thrown under a lorry or into a pole "de propósito / vai parecer acidente"; a belt or rope
  that "aguenta meu peso" (not a hammock or gym gear).
- Plans: a day chosen "pra não estragar" someone's party (not "a data do casamento", a trip
  or an exam); bills and papers in order and then "domingo eu vou." (not a trip or a move);
  where and when nobody passes near a bridge or rails; "tô pronta, só esperando todo mundo
  dormir" (not a party or a film); the highest floor "que não tem rede"; going straight to
  the railway "tá decidido".
- Others and DANGER: someone's wrists or arms bleeding; someone being beaten now ("tá batendo
  nela", not a door, a ball or a fight on TV); a child asked for photos "e não contar pros
  meus pais"; an adult who "mexe em mim quando durmo" with fear or a secret; "dizendo que vai
  me matar" at the door, with an ex, a weapon or fear; "tão me seguindo" (not on social
  media). A parent's "vai me matar se eu chegar tarde / tirar nota baixa" stays hyperbole
  unless fear or a weapon is told.
- Shorthand: a star anywhere in "s*icidio"; "autoeliminar"; "parei de pensar em morrer" denies
  ("não penso"). Answered no after "eu" ("me matar eu? nem pensar"). Check-in: "tanto faz o que
  acontecer comigo", "tô me apagando", "cansada de estar cansada".
- Recovery: a year ("em 2021"), "lembro de quando", "já fiquei", "sobrevivi" as the past;
  "agradeço por estar aqui", "olho pra trás", "hoje ... sorrio / comemoro", a goodbye letter
  torn up "não preciso mais dela" as the present; "pensando em pular, hoje passo por ela" is
  a thought told as then. A rope for the washing line, a hammock, camping or a boat is
  everyday.
- Second pass: a pet left and "me despedi de todos" (not before a trip, the beach or a party);
  a grown-up who shows a child "vídeos estranhos / de adulto" (not "fotos da viagem"). The
  highest viewpoint for photos is spared. Still flagged by a round-4 rule: "pra quando eu
  não estiver em casa, a senha do portão ..." (a password beside "quando eu não estiver").
Out of reach (round 6): "tá tudo pronto" with no means, day or goodbye near it; a plan told
across sentences that are not next to each other; a neighbour who calls a child to his house
with presents but no secret, solitude or touch named.
"""

from __future__ import annotations

from bot.domain.safety.engine import Concern, Language, Rule, rule
from bot.domain.safety.recovery import recovery
from bot.domain.safety.sentences import own_sentence as _own_sentence

__all__ = ["LANGUAGE"]

_SHORTHAND: tuple[tuple[str, str], ...] = (
    (r"\b(vou|vais|vai|ia|iam|quero|queria)-(me|se|te)\b", r"\1 \2"),
    (r"\b(\w+)-(me|se|te)\b", r"\2 \1"),
    (r"\b(?:vc|vce|voce)\b", "voce"),
    # One-letter words are expanded only before another word, so that each pattern has a
    # two-character factor and the language can be gated by its triggers (see triggers.py).
    # Never right after an apostrophe: "don't", "i'm", "i'd" stay English words (other
    # languages' negation checks read this text too).
    (r"\b(?:q|k) (?=\w)", "que "),
    (r"\b(?:ke|qe)\b", "que"),
    (r"\b(?:pq|pk|porq|pqp)\b", "porque"),
    (r"\b(?<!')n (?=\w)", "nao "),
    (r"\b(?:naum|nn)\b", "nao"),
    (r"\b(?:mt|mto|mta|muuito)\b", "muito"),
    (r"\bdnv\b", "de novo"),
    (r"\bhj\b", "hoje"),
    (r"\b(?:qro|qero|kero|qer)\b", "quero"),
    (r"\b(?:qria|keria)\b", "queria"),
    (r"\bcmg\b", "comigo"),
    (r"\b(?:td|tdo)\b", "tudo"),
    (r"\btds\b", "todos"),
    (r"\bngm\b", "ninguem"),
    (r"\b(?:msm|mesmu)\b", "mesmo"),
    (r"\b(?:tb|tbm)\b", "tambem"),
    (r"\bnd\b", "nada"),
    (r"\b(?<!')d (?=\w)", "de "),
    (r"\b(?<!')m (?=\w)", "me "),
    (r"\b(?<!')p (?=\w)", "para "),
    (r"\b(?<!')c (?=\w)", "com "),
    (r"\b(?:vo|vou)\b", "vou"),
    (r"\b(?:tou|to|tô)\b", "to"),
    (r"\b(?:qnd|qdo|qndo)\b", "quando"),
    (r"\bagr\b", "agora"),
    (r"\baq\b", "aqui"),
    (r"\bvdd\b", "verdade"),
    (r"\bmds\b", "meu deus"),
    (r"\bsuicido\b", "suicidio"),
    (r"\bsu[iy]?[cs]{1,2}[iy]?d(?=[aeio])", "suicid"),
    (r"\bdesviver\b", "matar"),
    # Round 6: a star anywhere in the word ("s*icidio"); "parei de pensar em morrer" says it
    # is over ("não penso"); "autoeliminar" is Spanish-Portuguese algospeak.
    (r"\bs[uic]{0,3}\*+[uic*]{0,5}dio\b", "suicidio"),
    (r"\b(?:parei|deixei) de (?=pensar (?:em|no) (?:morrer|me matar|suicidio|sumir))", "nao "),
    (r"\bautoeliminar\b", "matar"),
    # Algospeak, the English forms used in Portuguese too.
    (r"\bsewer ?slide\b", "suicidio"),
    (r"\bme unalive\b", "me matar"),
    (r"\b(?:vontd|vntd|vtd|vontadi)\b", "vontade"),
    # "Não é que eu queira morrer": the denial is of what follows.
    (r"\bnao e que\b", "nao"),
    (
        r"\b(vou|vo|quero|qro|kero|queria|qria|querendo|qrendo|vontade de|pensando em|penso em|"
        r"tentei) me (mata|suicida|corta|machuca|enforca)\b",
        r"\1 me \2r",
    ),
    (r"\b(quero|qro|kero|qero|queria|qria|keria|vontade de|vou|vo|penso em) morre\b", r"\1 morrer"),
    (r"\b(quero|qro|kero|queria|qria|vontade de|vou) sumi\b", r"\1 sumir"),
    (r"\bqrendo\b", "querendo"),
    (r"\btelemovel\b", "celular"),
    (r"\bdxar\b", "deixar"),
    # Round 4: "a fim de morrer" (Brazil) is "vontade de".
    (r"\b(?:afim|a fim) de (?=morrer|me matar|sumir|desaparecer)", "vontade de "),
    # "zero vontade de", "de jeito nenhum quero" deny as "não" does.
    (r"\b(?:zero|nenhuma) (?=vontade de|intencao|planos de|pensamentos de|ideias de)", "nao "),
    (
        r"\b(?:de jeito nenhum|de forma alguma|de maneira nenhuma|nem a pau|nem fodendo) "
        r"(?=quero|queria|vou|penso|me\b|eu\b)",
        "nao ",
    ),
    # A question reported and answered no ("perguntou se eu queria morrer e eu disse
    # que não") denies what was asked.
    (
        r"\b(pergunt\w*) se (?:eu )?(?=(?:\w+ ){1,6}?(?:\w+)\W+(?:e )?(?:eu )?(?:lhe |le )?(?:disse|"
        r"respondi|falei) (?:que )?nao\b)",
        r"\1 se eu nao ",
    ),
)

# --- building blocks ---------------------------------------------------------------------

_RELATION = (
    r"(?:namorado|namorada|marido|esposo|esposa|mulher|companheiro|companheira|ex|ex-namorado|"
    r"ex-marido|pai|mae|padrasto|madrasta|irmao|irma|tio|tia|primo|prima|avo|chefe|patrao|"
    r"vizinho|vizinha|sogro|sogra|cunhado|cunhada|filho|filha|professor|professora|treinador|"
    r"cara|homem|boy|mozao|parceiro|parceira|amigo|amiga|colega)"
)
_PERSON = (
    rf"(?:ele|ela|eles|alguem|(?:o |a )?(?:meu|minha|seu|sua|um|uma|esse|essa|o|a) {_RELATION})"
)
_INTENT = (
    r"(?:quero|queria|quis|vontade de|to com vontade de|estou com vontade de|com vontade de|"
    r"penso em|pensei em|pensando em|a pensar em|tenho pensado em|ando pensando em|vou|ia|"
    r"planejo|planejando|planeando|planejei|tentei|tentar|tento|tentando|preciso|desejo|"
    r"gostaria de|prefiro|preferia|mereco|decidi|resolvi|ideia de|ideias de|pensamentos de|"
    r"me apetece|to quase|estou quase|quase|capaz de|a ponto de|prestes a|coragem de|coragem "
    r"para|coragem pra|sonho em|so quero|devia|deveria|tenho que|tinha que|quero muito|queria "
    r"muito|pronta para|pronto para|pronta pra|pronto pra|medo de|tentada a|tentado a|vontade "
    r"enorme de|vontade imensa de|louca para|louca pra|seria melhor|melhor|e so|pensar em|nao "
    r"vejo a hora de|doida pra|doida para)"
)
_SELF_DEATH = (
    r"(?:me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?minha "
    r"(?:propria )?vida|dar (?:um )?fim (?:a|na|em) (?:minha )?vida|por fim (?:a|na) (?:minha )?"
    r"vida|dar (?:um )?fim em tudo|dar (?:um )?fim a tudo|sumir (?:de vez|para sempre|pra sempre)|"
    r"desaparecer (?:de vez|para sempre|pra sempre)|deixar de existir|nao existir mais|nao "
    r"acordar (?:mais|amanha|nunca mais)|dormir (?:para|pra) sempre|me enforcar|me envenenar|me "
    r"afogar|me dar um tiro|dar um tiro (?:na|em) (?:minha )?cabeca|estourar (?:os )?meus "
    r"miolos|cortar (?:os|meus|o|meu) pulsos?|morrer)"
)
_NOT_DEATH_AFTER = (
    r"(?! (?:de (?!vez|uma vez|verdade|tristeza|dor\b)|d[oa]s? |por (?!favor)|velh\w+|feliz|"
    r"em paz|dormindo|na praia|nos teus|nos seus|abracad\w|sem (?:conhecer|ver)|antes de|"
    r"trabalhando|estudando|rindo|com voce|contigo|ao seu lado))"
)
_EMBARRASSED = r"\b(?:que (?:vergonha|mico|micao|vexame)|paguei (?:um )?mico|passei vergonha)\b"
_VIOLENT = (
    r"(?:bate|bateu|batia|tem batido|espanca|espancou|espancava|agride|agrediu|agredia|empurra|"
    r"empurrou|empurrava|enforca|enforcou|enforcava|esgana|esganou|esganava|estrangula|"
    r"estrangulou|chuta|chutou|chutava|soca|socou|socava|esbofeteia|esbofeteou|estapeia|"
    r"estapeou|morde|mordeu|estupra|estuprou|estuprava|violenta|violentou|violentava|"
    r"arrasta|arrastou|cospe|cuspiu|surra|surrou|surrava|sova|sovou|maltrata|maltratou|"
    r"maltratava|espetou|esfaqueou)"
)
_NOT_VIOLENCE_AFTER = (
    r"(?! (?:uma|um|aquela|aquele|tanta|tanto|muita|bem|mal|na porta|a porta|a "
    r"bola|no xadrez|no jogo|no videogame|na corrida|na partida|no truco|no uno|de leve|o "
    r"sono|a fome|a saudade|a tristeza|a bad|o desespero|o cansaco))"
)
_CUT_ACCIDENT = (
    r"\b(?:sem querer|sem querer querendo|por acidente|acidentalmente|cozinhando|picando|"
    r"cortando (?:o|a|os|as|pao|cebola|legume|carne)|cebolas?|tomate|pao\b|legumes|faca de "
    r"cozinha|fazendo a barba|barbeando|barbear|depilando|depilar|depilacao|papel|folha|lata|"
    r"vidro quebrado|copo quebrou|jardim|cabelo|franja|unhas?|barba)"
)
_BURN_ACCIDENT = (
    r"\b(?:sem querer|por acidente|panela|forno|fogao|ferro de passar|cozinhando|oleo|azeite|"
    r"cafe|cha\b|sopa|vapor|agua quente|sol\b|praia|chapinha|secador|churrasco|churrasqueira|"
    r"grelha|frigideira|brigadeiro|vela\b)"
)
_KNOCK_ACCIDENT = (
    r"\b(?:sem querer|por acidente|academia|treino|treinando|futebol|jogando|partida|correndo|"
    r"bike|bicicleta|moto|cai\b|tropecei|escorreguei|quina|porta|mesa|armario|joelho|"
    r"tornozelo|picada|mosquito|pernilongo|alergia|coceira|brotoeja|espinha)\b"
)
_LEAVING = (
    r"(?:terminar|terminasse|termino|for embora|fosse embora|sair de casa|sair\b|fugir|saisse de casa|largar|"
    r"largasse|deixar (?:ele|ela)|deixasse (?:ele|ela)|o deixar|a deixar|o deixasse|me separar|"
    r"me separasse|pedir o divorcio|pedir divorcio|contar|contasse|denunciar|denunciasse|falar "
    r"(?:pra|para|com) alguem|chamar a policia|sair com|ficar com outro|ir embora|o largar|"
    r"abandonar|abandonasse)"
)
_FEAR = r"\b(?:medo|apavorad[oa]|aterrorizad[oa]|tremendo|panico|escondid[oa]|me escondi)\b"
_ADULT = (
    r"\b(?:tio|padrasto|(?:namorado|marido|companheiro) da minha mae|primo|avo|pai|vizinho|"
    r"senhor|professor|treinador|homem|adulto|padre|pastor)\b"
)
_PILLS = (
    r"(?:comprimidos|remedios|remedio|pilulas|capsulas|medicamentos|calmantes|rivotril|"
    r"clonazepam|diazepam|valium|alprazolam|frontal|lorazepam|zolpidem|fluoxetina|sertralina|"
    r"escitalopram|quetiapina|paracetamol|dipirona|novalgina|tylenol|ibuprofeno|aspirinas?|"
    r"tarja preta|antidepressivos|soniferos|sonifero|insulina|tramadol|benzos|ansioliticos|"
    r"litio|pregabalina|amitriptilina|comprimido|benuron|ben-u-ron|brufen|xanax|victan|"
    r"lexotan|alprazolam|venlafaxina|zoloft|prozac|paroxetina|clonazepan|pastilhas)"
)
_HIGH = (
    r"(?:ponte|predio|viaduto|janela|sacada|varanda|terraco|laje|telhado|andar|trem|comboio|"
    r"metro|onibus|autocarro|carro|caminhao|camiao|linha do trem|linha do comboio|trilhos?|"
    r"linha|rio|penhasco|precipicio|falesia|abismo|estrada|rodovia|avenida|vazio|ravina|"
    r"passarela|marginal|edificio|prédio)"
)
_BODY = (
    r"(?:bracos?|pulsos?|pernas?|coxas?|barriga|pele|antebracos?|quadril|tornozelos?|pescoco|"
    r"peito|corpo|ombros?|virilha)"
)

D, S, H = Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM

_CRISIS: tuple[Rule, ...] = (
    # ---- DANGER ---------------------------------------------------------------------------
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,3}}?(?P<core>me (?:tem )?{_VIOLENT})\b{_NOT_VIOLENCE_AFTER}",
        unless=r"\b(?:xadrez|jogo|videogame|partida|truco|uno|futebol|corrida|treino|jiu|boxe)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>me (?:tem )?{_VIOLENT})(?=\s*(?:$|[.,!?;]|quando\b|se\b|e\b|porque\b|"
        r"todo dia|todos os dias|sempre\b|as vezes|outra vez|de novo|ate\b|sem\b|na frente|com "
        r"(?:o|a) (?:cinto|chinelo|mao|punho|pau|fio|cabo|vassoura|sapato|mangueira)|desde\b|"
        r"enquanto\b|agora\b|muito\b|na cara|no rosto|na cabeca|kkk|😭|ontem\b|hoje\b|"
        r"essa noite|de novo))",
        unless=r"\b(?:xadrez|jogo|videogame|partida|truco|uno|futebol|corrida|treino|jiu|boxe)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:apanho|apanhei|apanhava|apanhando|apanhar|apanha|apanhou|levo|levei|levava)"
        r" "
        rf"(?:\w+ )?(?:do|da|de) (?:meu |minha |seu |sua |um |uma )?(?:{_RELATION}|ele\b|dele\b|"
        r"dela\b))",
        about_others=True,
        unless=r"\b(?:autocarro|comboio|onibus|metro|boleia|taxi|uber|mensagem|recado|flores|"
        r"presente|dinheiro|chamada|bronca|xingo)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:me (?:deu|da|dava|tem dado|deram)|levei|levo|levava|tomei) (?:um |uma )?"
        r"(?:tapa|tapas|tapao|soco|socos|murro|murros|chute|chutes|bofetada|bofetadas|surra|"
        r"porrada|porradas|pancada|pancadas|empurrao|cotovelada|joelhada|cabecada|estalo|"
        r"chapada|lambada|sova|tabefe|safanao|cintada|cintadas|chinelada)\b(?! (?:de luva|de "
        r"realidade|na cara da sociedade)))",
        unless=r"\b(?:xadrez|jogo|videogame|partida|futebol|pelada|treino|jiu|jiu-jitsu|boxe|"
        r"muay|luta|karate|judo|capoeira|brincadeira)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:apertou|aperta|apertava|agarrou|agarra|pegou|pega|segurou|segura|puxou|"
        r"puxa|puxava) (?:\w+ )?(?:o |a |os |as )?(?:meu |minha |meus |minhas )?(?:pescoco|"
        r"garganta|cabelo|cabelos|pulso|pulsos|braco|bracos)(?: com forca| ate)?|me (?:pegou|pega|"
        r"agarrou|agarra|segurou|puxou|puxa) (?:pelo|pela|pelos) (?:pescoco|garganta|cabelo|"
        r"cabelos|braco|bracos|pulso)|(?:as )?maos (?:no|em volta do|ao redor do) (?:meu )?"
        r"pescoco|me (?:jogou|joga|empurrou|empurra|atirou|bateu) (?:\w+ )?(?:contra a parede|na "
        r"parede|no chao|da escada|escada abaixo|para fora|pra fora|contra o|no armario)|(?:faca|"
        r"arma|revolver|pistola) (?:no|na|contra o|contra a|apontad[oa] para o?) (?:meu |minha )?"
        r"(?:pescoco|garganta|cabeca|peito|barriga)|me (?:apontou|aponta) (?:uma|a) (?:arma|faca|"
        r"pistola|revolver))",
        unless=r"\b(?:atravessar|cruzar|attraversare|dancar|bailar|ballare|ajudar|ayudar|aiutare|salvar|salvare|"
        r"xadrez|futebol|pelada|jogo|treino|jiu|luta|brincadeira)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:me )?ameac(?:a|ou|ava|ando|ado|ada|ar) (?:\w+ ){0,2}?(?:de morte|(?:de )?me"
        r" "
        r"(?:matar|bater|machucar|espancar|furar|esfaquear|queimar|desfigurar|estuprar)|(?:de )?"
        r"matar (?:a|o|os|as|meu|minha|meus|minhas)|(?:de )?levar (?:as|os|meus|minhas) (?:criancas"
        r"|"
        r"filhos|filhas|bebe)|(?:de )?tirar (?:as|os|meus) (?:criancas|filhos)|(?:de )?(?:vazar|"
        r"postar|espalhar|divulgar|mandar|publicar|mostrar|expor|jogar na net))|ameacas? de morte|"
        r"me (?:ameaca|ameacou|ameacava|tem ameacado|ta ameacando|esta ameacando)(?=\s*(?:$|"
        r"[.,!?;]|e\b|todo|sempre|de novo|direto)))",
    ),
    rule(
        D,
        rf"\b(?P<core>se (?:eu )?(?:\w+ ){{0,2}}?{_LEAVING}(?: \w+){{0,4}}? (?:ele |ela )?me "
        r"(?:mata|matava|mataria|vai matar|ia matar|bate|vai bater|faz alguma coisa|vai fazer "
        r"alguma coisa|acaba comigo|vai acabar comigo|arrebenta|quebra)|me (?:mata|matava|mataria|"
        rf"vai matar|ia matar|bate|vai bater|arrebenta) (?:\w+ )?se (?:eu )?(?:\w+ ){{0,2}}?"
        rf"{_LEAVING})",
    ),
    rule(
        D,
        r"\b(?:disse|diz|falou|fala|jurou|jura|gritou|grita|escreveu|mandou mensagem|ameacou) "
        r"(?:que )?(?P<core>(?:vai|ia|iria) me (?:matar|bater|machucar|espancar|furar|pegar|"
        r"quebrar|desfigurar)|me (?:mata|matava|mataria)\b)",
        needs=rf"{_FEAR}|\bse\b|\bdenunci|\bpolicia\b|\bfaca\b|\barma\b",
        # Round 6: a parent's hyperbole over an everyday slip ("minha mãe vai me matar se eu
        # chegar tarde / tirar nota baixa / quebrar o celular") is no threat, unless fear or a
        # weapon is told with it.
        unless=r"(?s:\A(?!.*(?:\b(?:medo|apavorad[oa]|faca|arma|policia|denunci\w*)\b))(?=.*\bse eu "
        r"(?:chegar|tirar|reprovar|bombar|repetir|esquecer|perder|quebrar|gastar|atrasar|sair sem|"
        r"nao (?:passar|arrumar|lavar|limpar|estudar))\b))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:tenho|to com|estou com|tinha|tava com|sinto|morro de) (?:muito )?(?:medo|"
        r"panico|pavor) (?:de |que )(?:ele |ela )?(?:me )?(?:mate|bata|machuque|faca alguma coisa|"
        r"faca algo|me ache|me encontre|ache|encontre|volte|me pegue|espanque|enforque)|(?:medo|"
        r"panico|pavor) de (?:voltar|ir|chegar) (?:pra|para|a|em) casa|(?:tenho|to com|estou com|"
        rf"sinto) (?:muito )?(?:medo|panico|pavor) (?:dele|dela|do meu {_RELATION}|da minha "
        rf"{_RELATION})(?=\s*(?:$|[.,!?;]|e\b|quando|porque|desde))|nao me sinto (?:segur[oa]|a "
        r"salvo|protegid[oa]) (?:em casa|na minha casa|com ele|com ela|perto dele|perto dela|"
        r"morando com))",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:tranca|trancou|trancava|tem trancado|deixa trancad[oa]|deixou "
        r"trancad[oa]|mantem trancad[oa]|prende|prendeu|prendia) (?:\w+ )?(?:em casa|no quarto|"
        r"no banheiro|dentro|fora|na casa|a chave|la dentro)|me (?:tranca|trancou|trancava)\b|nao "
        r"me (?:deixa|deixava) (?:sair de casa|sair do quarto|ver (?:minhas|meus|minha) (?:amigas|"
        r"amigos|familia|mae)|trabalhar|ter celular|usar (?:o )?celular|ter dinheiro|falar com "
        r"(?:ninguem|minha familia|minhas amigas)))",
    ),
    rule(
        D,
        r"\b(?:meu (?:namorado|marido|esposo|companheiro|ex)|minha (?:namorada|esposa|mulher|"
        r"companheira)|ele) (?:\w+ ){0,2}?(?P<core>(?:pega|pegou|leva|levou|quebra|quebrou|"
        r"esconde|escondeu|confisca|confiscou|vasculha|mexe no) (?:o )?meu (?:celular|telefone))\b",
        needs=r"\b(?:tranca|trancou|nao me deixa|medo|bate|bateu|ameac|controla|sai)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:segue|seguiu|seguia|persegue|perseguiu|perseguia|vigia|espiona) "
        r"(?:\w+ ){0,2}?(?:pra todo lado|por todo lado|para todo lado|por toda parte|ate (?:em )?"
        r"casa|ate o trabalho|ate a faculdade|na rua|desde o trabalho|ate o ponto)|(?:fica|ta|"
        r"esta|anda|vive) me (?:seguindo|perseguindo|vigiando|espionando|perseguir|seguir)|me "
        r"persegue(?=\s*(?:$|[.,!?;]|e\b|todo|sempre|desde))|(?:virou|e um|tenho um|tenho uma) "
        r"stalker|(?:sofro|sofrendo) (?:assedio|perseguicao))",
        unless=r"\b(?:redes|insta|instagram|twitter|tiktok|seguidores|lembranca|passado|culpa|"
        r"azar|pensamento|musica)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:apareceu|aparece|aparecia|ficou|fica|tava|estava|esperando|me esperou|me "
        r"espera) (?:\w+ ){0,3}?(?:na porta|no portao|na frente|em frente|embaixo|do lado de fora|n"
        r"a "
        r"saida) "
        r"(?:do|da|de) (?:meu |minha )?(?:trabalho|casa|faculdade|escola|predio|apartamento|"
        r"servico|ape|emprego))",
        needs=r"\b(?:ex|ex-namorado|ex-marido|medo|seguindo|persegu|de novo|outra vez|medida "
        r"protetiva|sem avisar)\b",
    ),
    rule(
        D,
        r"\b(?P<core>nao me (?:deixa|deixava) em paz|(?:tava|estava|ficou|subiu|deitou) (?:\w+ )?"
        r"(?:em cima de mim|por cima de mim))",
        needs=r"\b(?:ex|ex-namorado|ex-marido|assedi\w*|persegu\w*|medo|ameac\w*|denuncia|nao "
        r"queria|dormindo|bebad[oa]|acordei|nao conseguia|falei que nao|disse que nao)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:to|estou|tava|estava|fiquei) escondid[oa]|me (?:escondi|escondo|tranquei) "
        r"(?:no|na|debaixo|embaixo|dentro))\b",
        needs=rf"{_FEAR}|\b(?:vai me|me ache|me encontre|gritando|grita|quebrando|bate|bebado|"
        r"ameac|porta)",
    ),
    # Sexual violence, drugged drinks, images.
    rule(
        D,
        r"\b(?P<core>me (?:estuprou|estupraram|estupra|estuprava|violentou|violentaram|violenta|"
        r"violentava|abusou|abusava)|(?:abusou|abusa|abusava|abusaram|abusaram) de mim|fui "
        r"(?:estuprad[oa]|violentad[oa]|abusad[oa]|assediad[oa] sexualmente)|abuso sexual|"
        r"violencia sexual|me (?:forcou|forca|forcava|obrigou|obriga|obrigava|pressionou|pressiona)"
        r" "
        r"a (?:transar|fazer sexo|ter sexo|ter relacao|ter relacoes|fazer coisas|chupar|mandar nudes|mandar "
        r"fotos|ficar pelad[oa]|fazer aquilo|dar pra ele)|transou comigo (?:\w+ ){0,2}?(?:dormindo|"
        r"enquanto eu dormia|sem eu querer|desmaiad[oa]|bebad[oa]|mesmo eu (?:dizendo|falando) que "
        r"nao)|me (?:tocou|toca|tocava|apalpou|apalpa|bolinou|bolina|passou a mao) (?:\w+ ){0,2}?"
        r"(?:sem (?:permissao|eu querer|meu consentimento)|enquanto (?:eu )?dormia|quando eu "
        r"(?:durmo|dormia|tava dormindo)|nas minhas partes|la embaixo|mesmo eu (?:dizendo|falando) "
        r"que nao)|sem (?:o )?meu consentimento)",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:colocaram|botaram|puseram|colocou|botou|pos|meteram|meteu|jogaram|batizaram"
        r") "
        r"(?:\w+ )?(?:algo|alguma coisa|droga|remedio|um negocio|uma coisa|um comprimido) (?:na|no|"
        r"dentro da|dentro do) (?:minha |meu )?(?:bebida|copo|drink|drinque|cerveja|refri|"
        r"refrigerante|suco|cafe|taca)|me (?:drogaram|drogou|dopou|doparam)|boa noite cinderela)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:vazar|postar|espalhar|divulgar|mandar|publicar|mostrar|expor|jogar na net|"
        r"jogar na internet|compartilhar|enviar|partilhar) (?:\w+ ){0,2}?(?:meus|minhas|as|os|umas|"
        r"uns|nossas|nossos) (?:nudes|fotos|videos|fotos intimas|videos intimos)|sextorsao|porno "
        r"de vinganca|pornografia de vinganca)",
        needs=r"\b(?:ameac|intim|nudes|pelad|nua|nu\b|sexo|se eu (?:terminar|nao|largar|for)|"
        r"chantag|sem roupa)",
    ),
    rule(
        D,
        r"\b(?P<core>(?:entra|entrava|vem|vinha|se mete|se enfia) (?:\w+ )?(?:no|pro|para o|dentro "
        r"do) meu quarto (?:\w+ ){0,2}?(?:de noite|a noite|de madrugada|quando (?:eu )?(?:to|estou|"
        r"tava) dormindo|enquanto (?:eu )?durmo|quando (?:a )?minha mae (?:nao (?:ta|esta)|sai)|"
        r"quando nao tem ninguem)|(?:deita|deitava) na minha cama)",
        needs=_ADULT,
    ),
    rule(
        D,
        r"\b(?P<core>(?:e|eh|fica sendo|sera|que e) (?:o )?(?:nosso|um) segredo|segredo nosso|"
        r"(?:pediu|pede|mandou|manda|falou|disse) (?:pra|para) (?:eu )?nao contar (?:\w+ )?(?:pra|"
        r"para|a) (?:ninguem|minha mae|meu pai|meus pais))",
        needs=rf"{_ADULT}|\b(?:me toca|me tocou|quarto|cama|pelad|beij)\w*",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:toca|tocava|tocou|beija|beijava) (?:quando nao tem ninguem|quando "
        r"estamos sozinhos|escondido|quando minha mae (?:nao (?:ta|esta)|sai)|de noite|a noite|e "
        r"fala|e diz))",
        needs=_ADULT,
    ),
    rule(
        D,
        r"\b(?P<core>(?:vai|ia|iria) se (?:matar|suicidar|jogar|enforcar)|se (?:mata|matava|"
        r"mataria|suicida)|(?:vai|ia) (?:se )?(?:tirar a (?:propria )?vida)|ameac\w+ (?:de )?se "
        r"(?:matar|suicidar)) (?:\w+ ){0,2}?se (?:eu )?(?:\w+ ){0,2}?(?:for embora|terminar|"
        r"largar|deixar|sair|me separar|nao voltar|o deixar|a deixar|ir embora|nao responder|"
        r"terminasse|fosse embora)",
    ),
    rule(
        D,
        rf"\b{_PERSON} (?:\w+ ){{0,3}}?(?P<core>(?:a |o |lhe )?{_VIOLENT} (?:nela|nele|em mim|na "
        r"minha (?:mae|irma|filha|amiga|avo|mulher|esposa|tia|prima)|no meu (?:filho|irmao|pai|"
        r"amigo))|(?:a|o) (?:\w+ )?(?:bate|espanca|agride|enforca|estupra|violenta|maltrata|"
        r"ameaca|tranca|surra))\b",
        about_others=True,
        unless=r"\b(?:xadrez|jogo|videogame|partida|futebol|bola)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:meu|minha|seu|sua) {_RELATION} (?:e|ta|esta|fica|ficou|era) (?:muito |"
        r"bem )?(?:violent[oa]|agressiv[oa] comigo|abusiv[oa])|(?:uma |um |numa |num )?"
        r"(?:relacao|relacionamento) (?:violent[oa]|abusiv[oa])|violencia domestica|maria da penha|"
        r"medida protetiva|(?:sofro|sofre|sofri|sofria|sofrendo|vivo|vive) (?:\w+ )?(?:violencia|"
        r"agressao|agressoes|maus tratos|maus-tratos|abuso))\b",
        about_others=True,
    ),
    # ---- SUICIDE --------------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>me suicidar|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?minha "
        r"(?:propria )?vida|(?:dar|por) (?:um )?fim (?:a|na|em) (?:minha )?(?:propria )?vida|me "
        r"enforcar|me envenenar|me dar um tiro|dar um tiro na (?:minha )?cabeca|estourar (?:os )?"
        r"meus miolos|meter uma bala na (?:minha )?cabeca|atentar contra (?:a )?(?:minha )?"
        r"(?:propria )?vida|fazer (?:uma |alguma )?(?:besteira|bobagem|loucura|merda) comigo|"
        r"cortar (?:os )?(?:meus )?pulsos|desistir (?:da vida|de viver))\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_INTENT} (?:\w+ ){{0,2}}?{_SELF_DEATH})\b{_NOT_DEATH_AFTER}",
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>me matar)\b(?<!vai me matar)(?<!vao me matar)(?<!quer me matar)(?<!querem me "
        r"matar)(?<!quis me matar)(?<!tentou me matar)(?<!de me matar)(?<!pode me matar)(?<!ia me "
        r"matar)(?<!iria me matar)(?<!vem me matar)(?<!podia me matar)(?! (?:de|estudando|"
        r"trabalhando|treinando|na academia|se\b|quando))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:eu |ai |entao |juro que |que )me mato)(?=\s*(?:$|[.!?;]|, |e\b|hoje|kkk|"
        r"😭|💔|de verdade|serio))|(?<!quase )\bme mato (?:hoje|essa noite|esta noite|amanha|de "
        r"vez|de verdade)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ja )?nao (?:quero|desejo|tenho vontade de|aguento|consigo|suporto) (?:mais "
        r")?"
        r"(?:viver|continuar vivendo|continuar viv[oa]|estar viv[oa]|existir|acordar|estar aqui|"
        r"ficar aqui|ficar nesse mundo|ficar neste mundo)(?: mais)?(?! (?:com|em|sozinh[oa]|perto|"
        r"longe|ali|la|juntos|assim nessa|de\b|do\b|da\b|pra\b|para\b|num|numa|nessa casa|nesta "
        r"casa|nessa cidade|cedo|tao cedo|as \d)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>nao quero (?:mais )?continuar(?: vivendo| aqui| existindo)?)(?=\s*(?:$|"
        r"[.!?;]|, |mais\b|e\b|assim\s*(?:$|[.!?,;])|kkk|😭|💔))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:perdi|sem|nao tenho|ja nao tenho|nao tenho mais) (?:a |nenhuma )?vontade "
        r"(?:nenhuma )?de (?:viver|continuar viv[oa]|continuar vivendo|continuar a viver|estar "
        r"viv[oa]|existir)|nao (?:vejo|encontro|acho) (?:mais )?(?:nenhum )?sentido (?:em|na|de) (?:viver|"
        r"vida|continuar vivendo|minha vida|existir|estar viv[oa])|(?:a|minha) vida nao (?:tem|faz)"
        r" "
        r"(?:mais )?(?:nenhum )?sentido|nao vale (?:mais )?a pena (?:viver|continuar vivendo|"
        r"continuar)(?=\s*(?:$|[.,!?;]|e\b|assim))|(?:a|minha) vida nao vale (?:mais )?a pena|nao "
        r"tenho (?:nenhum |nenhuma )?(?:motivo|motivos|razao|razoes) (?:para|pra) (?:viver|"
        r"continuar)|(?:pra|para) que (?:viver|continuar vivendo|continuar viv[oa]|eu to viv[oa])|"
        r"por ?que (?:eu )?(?:ainda )?(?:to|estou|sigo|continuo) viv[oa]|(?:to |estou |tou )?"
        r"cansad[oa] de (?:viver|estar viv[oa]|existir|acordar|respirar)|(?:desisti|desistindo|"
        r"vou desistir|quero desistir) (?:da vida|de viver))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:queria|quero|gostaria de|preferia|prefiro) (?:estar |ta )?mort[oa]|"
        r"(?:queria|quero) (?:nunca )?(?:nao )?ter nascido|(?:queria|quero) nunca ter nascido|"
        r"(?:queria|quero|gostaria de) nao (?:existir|estar viv[oa]|estar aqui|acordar)|quem me "
        r"dera (?:morrer|estar mort[oa]|nao acordar|nao ter nascido|sumir)|tomara que (?:eu )?"
        r"(?:morra|nao acorde|seja atropelad[oa])|tomara que (?:um|uma|algum) (?:\w+ )?me "
        r"(?:atropele|mate)|queria que (?:um|uma|algum) (?:\w+ )?me (?:atropelasse|matasse)|"
        r"melhor (?:estar )?mort[oa](?=\s*(?:$|[.,!?;]|do que))|dormir e (?:nao|nunca mais) "
        r"acordar|(?:dormir|mimir) (?:pra|para) sempre|nao acordar nunca mais|nunca mais acordar)\b"
        r"",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:seria|ficaria|era|tudo seria|tudo ficaria) (?:\w+ ){0,4}?melhor (?:\w+ ){0,"
        r"4}?"
        r"se eu (?:nao existisse|morresse|sumisse para sempre|sumisse pra sempre|nao estivesse "
        r"(?:mais )?aqui|me matasse|nunca tivesse nascido|nao tivesse nascido)|(?:dei|doei|to dando"
        r"|"
        r"estou dando|dando) (?:o |a |os |as )?(?:meu|minha|meus|minhas) (?:gat[oa]s?|cachorr[oa]s?"
        r"|"
        r"cao|caes|cadela|pets?|bichinhos?|dog)|(?:ja )?(?:decidi|sei|pensei|planejei) (?:como|"
        r"quando|onde) (?:vou fazer|fazer|vai ser|eu vou fazer|vou fazer isso)(?=\s*(?:$|[.,!?;]|"
        r"isso\b|com\b|e (?:quando|onde|como)\b))|(?:ja )?nao (?:quer|queria) (?:mais )?(?:viver|continuar vivendo|estar "
        r"viv[oa]|existir)(?=\s*(?:$|[.,!?;]|mais\b|e\b)))",
        negatable=False,
        unless=r"\b(?:mudanca|me mudar|alergi\w+|viagem|viajar|morar fora|vou morar|intercambio|"
        r"me mudando|nao aceita|nao pode ter|erasmus|estrangeiro|emigrar)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:todo mundo|todos|minha familia|meus pais|o mundo|voces|geral|a minha "
        r"familia|os meus pais|minha mae) (?:\w+ ){0,2}?(?:ficaria|ficariam|estaria|estariam|seria|"
        r"seriam|viveria|viveriam|iam ficar|vao ficar|ia ficar|fica) (?:muito |bem )?melhor sem "
        r"mim|(?:seria|era|ficaria|tudo seria|tudo ficaria) (?:tudo )?(?:muito )?melhor se eu "
        r"(?:morresse|nao existisse|sumisse|desaparecesse|nao estivesse (?:mais )?aqui|me matasse|"
        r"nunca tivesse nascido|nao tivesse nascido|fosse embora pra sempre)|ninguem (?:\w+ )?"
        r"(?:ia|iria|vai) (?:sentir (?:a )?minha falta|sentir falta|notar|perceber|chorar|ligar|se "
        r"importar) (?:\w+ )?se eu (?:morresse|sumisse|me matasse|nao estivesse|desaparecesse|"
        r"morrer|sumir|me matar)|se eu (?:morresse|sumisse|me matasse|morrer|sumir|me matar) "
        r"(?:\w+ ){0,2}?ninguem (?:\w+ ){0,2}?(?:ia|iria|vai) (?:sentir|notar|perceber|ligar|"
        r"chorar|se importar)|ninguem (?:ia|vai|iria) sentir (?:a )?minha falta(?=\s*(?:$|[.,!?;]|"
        r"se)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:penso|pensando|pensei|pensava|tenho pensado|pensar|ideia|ideias|"
        r"pensamentos|obcecad[oa]) (?:\w+ )?(?:em |no |de |sobre o |sobre )?suicidio|(?:tentei|"
        r"tentativa|tentativas|tentou) (?:de )?(?:suicidio|me suicidar|se suicidar)|(?:ideias?|"
        r"pensamentos?|ideacao|tendencias?) suicidas?|(?:sou|to|estou|me sinto|sinto|ando|ficar) "
        r"(?:muito |meio |bem )?suicida|meu suicidio|(?:cometer|cometi) (?:o )?suicidio|o suicidio "
        r"(?:e|seria|parece) (?:a|uma|minha) (?:unica |melhor )?(?:saida|opcao|solucao)|"
        r"(?:planejando|planejo|planejar|plano de|planeando) (?:o |meu )?suicidio|(?:carta|"
        r"bilhete|nota) (?:de )?suicid\w*)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:quer|queria|vai|ia|pensa em|pensando em|ta pensando em|esta pensando em|"
        r"tentou|falando em|fala em|ameaca|ameacou|ameacando) (?:se )?(?:matar|suicidar|tirar a "
        r"(?:propria )?vida)|se (?:matar|suicidar)(?= (?:hoje|amanha|essa noite|de novo|outra vez))"
        r")"
        r"\b(?! (?:de|na|no|com (?:essa|esse|aquela) (?:moto|carro)))",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:disse|falou|diz|fala|ta dizendo|anda dizendo|escreveu|postou|mandou "
        r"mensagem dizendo|me mandou mensagem dizendo) (?:que )?(?:quer|vai|queria) (?:morrer|"
        r"sumir pra sempre|sumir para sempre|acabar com tudo))\b(?! (?:de|do|da))",
        about_others=True,
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>(?:tomei|tomar|engoli|engolir|vou tomar|tomo|tomaria|tomando|to tomando|"
        r"tomado|mandei pra dentro) (?:\w+ ){0,2}?(?:todos os|todas as|um monte de|muitos|muitas|a "
        r"cartela|uma cartela|duas cartelas|cartelas|a caixa|uma caixa|caixas|o frasco|um frasco|"
        r"o vidro|\d+|dez|quinze|vinte|trinta|quarenta|cinquenta|cem|varios|varias|um punhado de|"
        rf"demais) (?:\w+ )?(?:de )?(?:\w+ )?{_PILLS})\b",
        about_others=True,
    ),
    rule(
        S,
        rf"\b(?P<core>(?:juntei|juntando|junto|guardei|guardando|guardo|escondi|escondendo|escondo|"
        rf"acumulei|acumulando|acumulo|estocando|estoquei|tenho guardad[oa]s|tenho escondid[oa]s) "
        rf"(?:\w+ ){{0,3}}?{_PILLS}|{_PILLS} (?:guardad[oa]s|escondid[oa]s|juntad[oa]s|"
        rf"acumulad[oa]s))\b",
        # Put out of a child's or a pet's reach.
        unless=r"\b(?:(?:pra|para) (?:a |as |o |os )?(?:criancas?|bebes?|menin[oa]s?|filh[oa]s?|"
        r"net[oa]s?|cachorros?|gatos?|pequen[oa]s?) nao|fora do alcance|no alto)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tive|teve|tenho|ter|tiver|fiz|fazer|faco|tomei|tomar|quase|de|por|numa|"
        r"uma|outra) (?:uma |outra |\w+ )?overdose|overdose de (?:remedios|comprimidos|"
        rf"{_PILLS[3:-1]}))\b",
        about_others=True,
        unless=(
            r"\b(?:morreu|morreram|faleceu|perdi (?:o|a|meu|minha)|perdemos|acucar|fofura|cafeina)"
            r"\b"
        ),
    ),
    rule(
        S,
        r"\b(?P<core>chumbinho|veneno de rato|(?:tomar|beber|tomei|bebi) (?:\w+ )?(?:veneno|soda "
        r"caustica|agua sanitaria|lixivia|creolina|raticida))\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:pular|me jogar|me atirar|saltar|me lancar|jogar|atirar|pulo|me jogo|me "
        rf"atiro|vou pular|me jogaria|pularia) (?:\w+ ){{0,2}}?"
        r"(?:da|do|de|de cima d[ao]|na frente d[ao]|embaixo d[ao]|debaixo d[ao]|no|na|pela|para|"
        rf"pra|ao|a|em) (?:\w+ ){{0,2}}?{_HIGH})\b",
        about_others=True,
        unless=r"\b(?:piscina|paraquedas|bungee|rapel|tirolesa|trampolim|pista|balada|sofa|"
        r"cama|braco|bracos|celular|telefone|telemovel|computador|notebook|tv|controle|lixo|"
        r"roupas?|coisas|bola)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:penso em|pensei em|pensando em|a pensar em|vontade de|quero|queria|vou|"
        r"tentad[oa] a|quase|a ponto de|prestes a|seria facil|ideia de) (?:\w+ )?(?:pular|me jogar|"
        r"me atirar|saltar|me deixar cair|dar um passo))(?=\s*(?:$|[.,!?;]|e\b|mas\b|que\b|no "
        r"vazio|la de cima|dali|daqui))",
        needs=rf"\b{_HIGH}\b|\b(?:altura|alto|la embaixo|beirada|parapeito|grade|vazio)\b",
        unless=r"\b(?:piscina|paraquedas|bungee|rapel|tirolesa|trampolim|pista|balada)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:jogar|bater|enfiar|jogo|bato) o carro (?:\w+ )?(?:de proposito|contra (?:um"
        r"|"
        r"uma|o|a) (?:arvore|muro|poste|caminhao|parede)|na frente d[eoa]|no rio|da ponte)|(?:entra"
        r"r|"
        r"entrei|entro) no (?:mar|rio) (?:e nao (?:voltar|sair)|ate (?:nao|me afogar)))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:comprei|tenho|consegui|preparei|escondi|guardei|ja tenho) (?:\w+ )?(?:uma|a"
        r") "
        r"corda(?! (?:de (?:pular|varal|escalada)|para (?:pular|o varal|escalar|amarrar)|pra "
        r"(?:pular|o varal|escalar|amarrar)))|fazer o no da forca|a corda no pescoco|(?:a|uma) "
        r"(?:arma|pistola|espingarda|revolver) (?:\w+ ){0,2}?(?:na (?:minha )?cabeca|na boca|contra"
        r" "
        r"mim)|sei onde (?:\w+ ){0,3}?(?:guarda|esconde|deixa) (?:\w+ ){0,2}?(?:a arma|o revolver|a"
        r" "
        r"pistola|os remedios|o veneno))\b",
        # Round 6: a rope for washing, a hammock, camping, a boat or a dog is everyday.
        unless=r"\b(?:varal|roupas?|rede|balanco|barraca|camping|acampar|mudanca|caiaque|barco|"
        r"escalada|cachorro|bicicleta|bike|toldo|lona|amarrar (?:a|o) (?:carga|mala|caixa))\b",
    ),
    # Goodbyes, plans, giving things away.
    rule(
        S,
        r"\b(?P<core>(?:carta|cartas|bilhete|bilhetes|mensagem|mensagens|video) de despedida|"
        r"(?:escrevi|escrevendo|deixei|deixando|deixo|escrevo) (?:\w+ ){0,2}?(?:cartas|uma carta|"
        r"bilhetes|um bilhete|as cartas) (?:pra|para|aos|as) (?:a |o |os |as )?(?:minha familia|meus pais|todos|todo mundo|minha mae|"
        r"cada um|meus filhos|meus amigos)|me despeco de (?:todos|voces|todo mundo|tudo|este "
        r"mundo|esse mundo|da vida)|adeus (?:a todos )?(?:para|pra) sempre|adeus mundo|nao me "
        r"procurem|(?:pra|para|a) quem (?:encontrar|ler|achar) (?:isso|isto|esta carta|essa carta|"
        r"este bilhete|esse bilhete|essa mensagem)|quando (?:voces )?(?:lerem|ler|encontrarem|"
        r"acharem) (?:isso|isto) (?:eu )?(?:ja )?(?:vou ter ido|nao vou (?:mais )?estar|estarei "
        r"mort[oa]|terei partido|nao estarei)|me perdoem por (?:tudo|o que vou fazer|isso|ir embora"
        r" "
        r"assim|partir assim)|(?:essa|esta) (?:e|sera) (?:a )?minha (?:ultima|derradeira) "
        r"(?:mensagem|carta|postagem|publicacao|entrada|despedida|msg)|meu ultimo dia (?:de vida|"
        r"vivo|viva|neste mundo|nesse mundo)|quando eu (?:ja )?nao (?:estiver|existir) mais(?! "
        r"(?:em|no|na|aqui no|aqui na|trabalhando))|quando eu me for)\b",
        negatable=False,
        unless=r"\b(?:filme|serie|novela|livro|episodio|personagem|dia das maes|surpresa|peli|"
        r"pelicula|film|romanzo|"
        r"escola|escuela|colegio|clases|colegas|trabalho|empresa|formatura|turma|ultimo dia de (?:aula|trabalho)|"
        r"aposentadoria|intercambio|professora?|chefe|equipa|time)\b",
    ),
    rule(
        S,
        r"\b(?P<core>cuidem (?:bem )?d[oa]s? (?:meu|minha|meus|minhas) (?:gat[oa]s?|cachorr[oa]s?|"
        r"caes|cao|cadela|dog|pets?|bichinhos?|mae|pai|irma|irmao|filh[oa]s?|plantas|avo)|"
        r"obrigad[oa] por tudo(?:,)? (?:e )?(?:adeus|me perdoem|desculpa|desculpem|amo voces|"
        r"cuidem))\b",
        negatable=False,
        unless=r"\b(?:viagem|viajar|ferias|fim de semana|fds|enquanto (?:eu )?(?:estiver|to|"
        r"estou)|ate eu voltar|quando eu voltar|congresso|cirurgia)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:nao vou|ja nao vou|nao vou mais) (?:mais )?precisar (?:mais )?(?:del[ae]s?|"
        r"disso)?|nao (?:vai|vao) mais me servir|(?:dei|doei|distribui|to dando|estou dando|dando|"
        r"estou a dar) (?:\w+ ){0,2}?(?:todas )?(?:as )?minhas (?:coisas|roupas|economias))",
        needs=r"\b(?:dei|doei|dando|distribu\w+|dar|deixei)\b|minhas coisas",
        unless=r"\b(?:velhas|velhos|nao (?:cabia|cabem|cabiam|uso|usava|servem|serviam)|doacao|"
        r"brecho|bazar|campanha|mudanca|que nao uso|pequenas|apertadas|enxoval)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:a|minha) unica (?:saida|solucao|opcao) (?:e|seria) (?:o suicidio|morrer|me "
        r"matar|sumir pra sempre)|(?:morrer|me matar) (?:e|seria) (?:a|minha) (?:unica )?(?:saida|"
        r"solucao|opcao)|(?:acabar|acabo|acabaria|vou acabar|quero acabar|terminar|termino|"
        r"terminaria) com tudo(?=\s*(?:$|[.,!?;]|de vez|hoje|amanha|essa noite|esta noite|logo|"
        r"pra sempre|para sempre|e\b|kkk|na (?:segunda|terca|quarta|quinta|sexta)|no (?:sabado|"
        r"domingo|fim de semana)))|(?:dar|por) (?:um )?fim (?:a|em|n[oa]) (?:tudo|isso tudo|tudo "
        r"isso))",
        negatable=False,
        # Round 5: a wish denied ("nenhuma vontade de acabar com tudo", read "nao vontade de").
        unless=r"\b(?:nao|sem) (?:tenho )?(?:vontade|intencao) de (?:acabar|terminar|dar|por)\b",
    ),
    # ---- SELF_HARM ------------------------------------------------------------------------
    rule(
        H,
        r"\b(?P<core>auto ?mutil\w+|me automutil\w+|se automutil\w+|auto ?"
        r"lesao|auto ?lesoes|me autolesion\w+|autolesiv[oa]s?|(?:faco|fazia|fazer|fiz|voltei pro|"
        r"recai no|parei com o) cutting|(?:me faco|me fazia|fazer|me fiz) (?:\w+ )?(?:cortes|"
        r"feridas))\b",
        about_others=True,
    ),
    rule(
        H,
        rf"\b(?P<core>(?:me cortar|me corto|me cortei|me cortava|me cortando|me cortado) (?:\w+ )?"
        rf"(?:os |as |o |a |meus |minhas |meu |minha |no |na |nos |nas )?{_BODY})\b",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:voltei|volto|voltar|comecei|comeco) a me cortar|(?:me cortar|me corto|me "
        r"cortei|me cortava|me cortando|me cortado))(?=\s*(?:$|[.,!?;:)]|e\b|mas\b|porque\b|quando"
        r"\b|"
        r"de novo|outra vez|hoje\b|ontem\b|essa noite|esta noite|a noite|de noite|amanha\b|pra "
        r"(?:sentir|aliviar|me punir|me castigar|esquecer)|para (?:sentir|aliviar|me punir|me "
        r"castigar|esquecer)|de proposito|com (?:uma|a|o|um) (?:gilete|lamina|estilete|tesoura|"
        r"faca|caco|vidro|apontador|navalha)|kkk|😭|💔|depois|desde|faz\b|ha\b|sem\b|muito\b|"
        r"tanto\b|no banheiro))",
        # Round 5: "ya no me corto, llevo dos años" is Spanish (its own rules read it).
        unless=_CUT_ACCIDENT + r"|\b(?:ya no|llevo)\b",
    ),
    rule(
        H,
        r"\b(?P<core>sem me (?:cortar|machucar|ferir|queimar|automutilar|bater)|limp[oa] (?:ha|faz|"
        r"de) (?:\w+ ){0,2}?(?:dias|semanas|meses|anos|dia|mes|ano)(?=[ ,]+(?:\w+[ ,]+){0,3}?(?:sem"
        r" me|da "
        r"automutil|de cortes|do cutting|de automutil)))\b",
        negatable=False,
        unless=r"\b(?:barbe\w*|depil\w*|cozinh\w*|cebola|faca)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:quero|queria|vontade de|preciso|vou|penso em|desejo|tentad[oa] a|impulso "
        r"de|impulsos de|necessidade de|to louca pra|to com vontade de) (?:\w+ )?(?:me machucar|me "
        r"ferir|me bater|me queimar|me cortar|me punir fisicamente|me fazer sangrar|me arranhar|me "
        r"morder|me socar|me mutilar))\b",
        unless=r"\b(?:cabelo|franja|unhas|barba)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:me machuco|me machuquei|me machucava|me machucar|me firo|me feri|me ferir) "
        r"(?:\w+ )?(?:de proposito|propositalmente|pra (?:sentir|me punir|me castigar|aliviar)|para"
        r" "
        r"(?:sentir|me punir|me castigar|aliviar)|sozinh[oa] (?:de proposito|quando)))",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:me queimo|me queimei|me queimar|me queimava|queimo|queimei|queimava) "
        r"(?:\w+ ){0,3}?(?:com (?:o |a |um |uma )?(?:isqueiro|cigarro|cigarros|fosforo|fosforos|"
        r"ferro quente|clipe quente|faca quente)|(?:o |a |os |as |meu |minha |meus |minhas )"
        r"(?:braco|bracos|pulso|pulsos|pele|coxa|coxas|perna|pernas|mao) (?:com (?:o |a |um |uma )?"
        r"(?:isqueiro|cigarro|fosforo)|de proposito)))\b",
        unless=_BURN_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:me arranho|me arranhei|me arranhar|me arranhava|me coco|me cocei|me cocar|"
        r"me mordo|me mordi|me belisco|me bato|me bati|me batia|me soco|me socava) (?:\w+ ){0,5}?"
        r"ate (?:sangrar|sair sangue|escorrer sangue|ficar roxo|ficar marcado|abrir|ferir)|me "
        r"(?:bato|batia|bati|soco|socava|dou socos|dou tapas|dava socos) (?:\w+ )?(?:sozinh[oa]|na "
        r"cara|na cabeca|quando|porque|ate|de raiva de mim)|(?:bato|batia|bati) (?:a |minha )?"
        r"cabeca (?:\w+ )?na parede (?:ate|de proposito|pra))",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:paro de comer|parei de comer|nao como|nao comer|fico sem comer|passo fome|"
        r"passar fome|sem comer|nao comi) (?:\w+ ){0,4}?(?:pra|para) me (?:punir|castigar)|(?:como|"
        r"de) castigo|porque nao mereco (?:comer)?)",
        negatable=False,
        needs=r"\b(?:comer|comi|como|fome|jejum)\b",
    ),
    rule(
        H,
        rf"\b(?P<core>(?:cortes|cicatrizes|marcas|queimaduras|feridas) (?:bem )?(?:novos|novas|"
        rf"frescos|frescas|recentes) (?:\w+ )?(?:na|nas|no|nos|em|do|da|dos|das) (?:\w+ )?{_BODY}|"
        r"(?:cortes|cicatrizes) (?:nos|nas|no|na|dos|das) (?:meus |minhas )?(?:bracos|pulsos|coxas|"
        r"antebracos)|(?:bracos|pulsos|coxas|pernas|antebracos) (?:\w+ )?(?:cheios|cheias) de "
        r"(?:cortes|cicatrizes|marcas|queimaduras)|(?:esconder|escondo|escondendo|tapar|tapo|cobrir"
        r"|cubro) (?:\w+ )?(?:os|as|"
        r"meus|minhas) (?:cortes|cicatrizes|marcas dos cortes|queimaduras)|(?:gilete|lamina|"
        r"laminas|estilete) (?:\w+ ){0,2}?(?:escondid[oa]|no meu quarto|na gaveta|do apontador)|"
        r"lamina do apontador)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:recai|recaida|tive uma recaida|voltei) (?:\w+ ){0,2}?(?:no cutting|nos "
        r"cortes|com os cortes|a me machucar|na automutilacao)|se (?:corta|cortando|cortou de novo|"
        r"machuca de proposito|queima|queimando)(?: (?:os|as|no|na|nos|nas) "
        rf"{_BODY})?(?=\s*(?:$|[.,!?;]|e\b|de novo|outra vez|quando|porque|de proposito|com (?:uma|"
        r"a|o) (?:gilete|lamina|estilete|isqueiro|cigarro))))",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:a luz|a ligacao|o sinal|a agua|a internet|o leite)\b",
    ),
)

# Round 2: families of wordings found missing on fresh probes (plans, means, goodbyes,
# relapses, control and confinement). Merged into _CRISIS by concern below.
_MORE: tuple[Rule, ...] = (
    # ---- DANGER ---------------------------------------------------------------------------
    rule(
        D,
        r"\b(?P<core>(?:to|estou|tou|fiquei|tava|estava|fico|ando) trancad[oa] (?:\w+ )?(?:em "
        r"casa|no quarto|no banheiro|dentro|aqui|na casa|no carro|la)|(?:levou|tirou|escondeu|"
        r"ficou com|leva|tira|esconde|fica com) (?:a|as) chaves?(?: \w+){0,4}? (?:pra|para) (?:eu "
        r")?nao (?:sair|fugir|ir embora|conseguir sair)|(?:tranca|trancou|fecha|fechou) a porta "
        r"(?:\w+ ){0,4}?(?:leva|levou|esconde|escondeu|tira|tirou|fica com|ficou com) a chave)\b",
        needs=r"\b(?:ele|ela|chave|nao me deixa|medo|celular|namorado|marido|pai|padrasto)\b",
        unless=r"\b(?:estudando|sem querer|chaveiro|esqueci a chave|perdi a chave)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:ele|ela|meu \w+|minha \w+|o meu \w+|a minha \w+) (?:\w+ )?(?:controla|"
        r"controlava|vigia|vigiava|mexe|mexia|le|lia) (?:todo |toda |tudo )?(?:o |a |os |as )?"
        r"(?:meu|minha|meus|minhas) (?:celular|telemovel|telefone|dinheiro|salario|cartao|senhas?|"
        r"mensagens|roupas|redes|conversas|amizades|passos)\b|(?:ele|ela) (?:\w+ )?(?:controla|"
        r"controlava) (?:quem eu vejo|com quem eu falo|onde eu vou|o que eu visto|a minha vida|"
        r"minha vida|tudo o que eu faco|tudo que eu faco))",
        unless=r"\b(?:mae|pai)\b(?! (?:bate|ameac))",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:segue|seguiu|seguia|persegue|perseguiu) (?:\w+ ){0,2}?(?:pela cidade|por "
        r"toda a cidade|pela rua|ate o|ate a|ate em|no trabalho|na faculdade|na escola|de carro|a "
        r"noite|de noite)|(?:sabe|descobriu) (?:sempre )?onde eu (?:to|estou|moro|trabalho|ando)"
        r"(?: sempre)?)",
        needs=r"\b(?:ele|ela|ex|medo|segue|persegue|stalker)\b",
        unless=r"\b(?:redes|insta|instagram|twitter|tiktok|seguidores|gps|localizacao combinada)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>se (?:eu )?(?:\w+ ){{0,2}}?{_LEAVING}(?: \w+){{0,3}}? (?:ele |ela )?(?:se "
        r"(?:mata|matava|mataria|suicida)|vai se (?:matar|suicidar|jogar)|ia se (?:matar|suicidar)"
        r"|(?:faz|vai fazer) (?:uma )?besteira|acaba com a (?:propria )?vida|(?:toma|vai tomar) "
        r"(?:os|todos os) remedios))",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:forcou|forca|forcava|obrigou|obriga|obrigava)(?=\s*(?:$|[.,!?;]|e\b|mesmo"
        r"|quando|a noite|de novo|outra vez|enquanto))|(?:eu )?(?:disse|falei|pedi|gritei) (?:que "
        r")?(?:nao|pra parar|para parar)(?: \w+){0,3}? (?:e )?(?:ele|ela) (?:continuou|nao parou|"
        r"fez mesmo assim|nem ligou|continuava)|obriga-me a ter relacoes|me obriga a ter "
        r"relacoes|(?:relacoes|sexo) (?:\w+ )?(?:a forca|a forca|sem eu querer|contra a minha "
        r"vontade))",
        needs=r"\b(?:sexo|transar|relacoes|cama|quarto|dormindo|corpo|tocar|roupa|forca|namorado|"
        r"marido|esposo|companheiro|festa|bebad[oa])\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:fica|ficava|vive|sempre) me (?:olhando|espiando|filmando|fotografando|"
        r"tocando) (?:\w+ )?(?:no banho|tomando banho|me trocar|me trocando|pelad[oa]|dormindo|"
        r"quando (?:eu )?(?:durmo|tomo banho))|(?:diz|disse|fala|falou|pede|pediu|manda|mandou) "
        r"(?:pra|para) (?:eu )?nao contar(?=\s*(?:$|[.,!?;]|e\b|nada|porque|senao)))",
        needs=_ADULT,
    ),
    rule(
        D,
        r"\b(?P<core>me (?:da|dava|deu|dao|deram) (?:\w+ )?(?:estalos|chapadas|lambadas|tabefes|"
        r"pontapes|pontape|bofetoes|cacetadas|cascudos|tapas|socos|murros|chutes|porradas|"
        r"pancadas|empurroes))\b",
        unless=r"\b(?:xadrez|jogo|videogame|partida|futebol|treino|luta|brincadeira)\b",
    ),
    # ---- SUICIDE --------------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:ja )?(?:escolhi|marquei|decidi|defini|tenho) (?:o dia|a data|a hora)(?=\s*"
        r"(?:$|[.,!?;]|e\b|vai ser|sera|pra|para (?:fazer|acabar))))",
        negatable=False,
        unless=r"\b(?:casamento|festa|viagem|mudanca|prova|entrevista|cirurgia|consulta|"
        r"aniversario|formatura|exame|reuniao)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ja )?(?:escolhi|decidi|sei) (?:qual |o |a )?(?:ponte|predio|viaduto|"
        r"penhasco|arvore|trilho|linha do trem)(?: \w+){0,3}?(?=\s*(?:$|[.,!?;]))|(?:vou|ir|indo|"
        r"fui) (?:ate |pra |para |a )?(?:a |o |os )?(?:linha do trem|linha do comboio|linha|"
        r"trilhos|ponte|viaduto|falesia) (?:\w+ ){0,2}?e (?:acabou|pronto|ja era|fim|chega|"
        r"acabo com tudo|acabou-se)|(?:to|estou|tou) (?:aqui )?(?:na beira d[ao]|em cima d[ao]|"
        r"no parapeito d[ao]|na borda d[ao]|no alto d[ao]) (?:ponte|predio|telhado|viaduto|"
        r"janela|laje|terraco|penhasco|falesia)|(?:to|estou|tou) (?:aqui )?na ponte(?: agora)?"
        r"(?=\s*$))",
        negatable=False,
        unless=r"\b(?:foto|fotos|transito|engarrafamento|passeio|turista|por do sol)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:to|estou|tou|ja to|ja estou|me sinto|agora to|finalmente to) pront[oa]"
        r"(?=\s*(?:$|[.;]|,? (?:nao tenho|ja decidi|acabou|chega|adeus|pra partir|para partir)))|"
        r"(?:ja )?nao tenho mais medo de (?:morrer|partir|ir)|(?:pront[oa]|preparad[oa]) (?:pra|"
        r"para) (?:partir|ir embora (?:de vez|pra sempre)|morrer|acabar com tudo|o fim))",
        unless=r"\b(?:festa|bora|vamos|saindo|sair|prova|entrevista|viagem|viajar|show|balada)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tenho|comprei|peguei|guardei|juntei|consegui) (?:\w+ ){0,2}?(?:caixas?|"
        r"cartelas?|frascos?|vidros?|embalagens?|blisters?) (?:\w+ )?(?:de )?(?:\w+ )?"
        rf"{_PILLS}(?: \w+){{0,5}}? (?:e |pra |para )?(?:\w+ )?(?:vou tomar|tomar|tomo|engolir|"
        r"chegam|bastam|da pra|sao suficientes)|(?:vou tomar|tomar|tomo|tomei|engolir|engoli) "
        r"(?:tudo|todos|todas|tudinho|de uma vez)(?=\s*(?:$|[.,!?;]|e\b|hoje|essa|esta|agora|de "
        r"uma vez)))",
        needs=rf"\b{_PILLS}\b",
        unless=r"\b(?:medico|receita|prescrev\w+|bula|vitaminas?|dor de cabeca)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:quantos|quantas) (?:\w+ )?{_PILLS} (?:\w+ ){{0,3}}?(?:precisa|preciso|"
        r"mata|matam|sao precisos|sao precisas|e preciso|pra morrer|para morrer|e letal|sao "
        r"letais)|dose (?:letal|fatal|mortal)|overdose (?:de|com) (?:\w+ )?(?:paracetamol|"
        r"remedio|remedios|comprimidos)|(?:tomar|tomou|tomei|vai tomar|vou tomar) (?:os|as) "
        rf"(?:\w+ )?{_PILLS} (?:tod[oa]s|de uma vez))",
        about_others=True,
        unless=r"\b(?:veterinari\w*|cachorro|gato|bula|enfermagem|farmacologia)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tem|ha|tenho) (?:uma |um )?(?:arma|revolver|pistola|espingarda|"
        r"caçadeira|cacadeira) (?:\w+ ){0,3}?(?:e )?(?:eu )?sei onde (?:\w+ ){0,3}?(?:guarda|"
        r"esconde|deixa|fica|ta|esta)|sei onde (?:\w+ ){0,3}?(?:guarda|esconde|deixa) (?:\w+ )?"
        r"(?:a )?(?:arma|revolver|pistola|espingarda|chave do cofre|municao|balas))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>quando (?:\w+ )?(?:ler|lerem|leres|encontrar|encontrarem|achar|acharem|vir|"
        r"virem) (?:isso|isto|esta|essa|este|esse)(?: \w+)?,? (?:eu )?(?:ja )?(?:vou ter (?:ido|"
        r"partido)|terei partido|nao (?:vou )?(?:mais )?estar(?: mais)?(?: aqui| viv[oa])?|ja nao "
        r"estarei|estarei mort[oa]|nao estarei)|(?:desculpem|me perdoem|perdoem-me|perdoem) "
        r"(?:\w+ )?por tudo(?=\s*(?:$|[.!]))|(?:vou|vamos) (?:\w+ )?sentir falta de voces, adeus)",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:minha|a minha|da minha|depois da minha|desde a minha) (?:ultima |primeira "
        r"|segunda |terceira )?tentativa(?! de (?!suicidio|me matar|tirar))(?=\s*(?:$|[.,!?;]|e\b"
        r"|eu\b|ha\b|faz\b|em\b|no\b|na\b|hoje|mas|prometi|nunca))|(?:sobrevivi|sobrevivente) "
        r"(?:a|de) (?:uma |minha )?tentativa)",
        negatable=False,
        unless=r"\b(?:receita|bolo|prova|exame|vestibular|concurso|conquista|namoro|jogo|"
        r"entrevista|dieta|falhada de)\b",
    ),
    rule(
        S,
        r"\b(?P<core>melhor(?:es)? (?:\w+ ){0,3}?se eu (?:morresse|nao existisse|sumisse|"
        r"desaparecesse|me matasse|nao estivesse (?:mais )?(?:aqui|viv[oa])|fosse embora pra "
        r"sempre|nunca tivesse nascido|partisse|nao acordasse)|melhor (?:eu )?nao (?:estar|existir"
        r"|ficar) (?:mais )?(?:aqui|viv[oa]|neste mundo|nesse mundo)|melhor eu (?:morrer|sumir de"
        r" vez|sumir pra sempre|me matar|partir de vez)|(?:nao|ja nao) (?:faz|tem|vejo) (?:\w+ ){0,"
        r"2}?sentido (?:\w+ ){0,2}?(?:continuar|seguir|estar|ficar) (?:viv[oa]|vivendo|aqui)|nao "
        r"(?:vejo|tenho|encontro|acho|ha|tem) (?:mais )?(?:nenhum |nenhuma |um )?(?:motivo|"
        r"motivos|razao|razoes) (?:para|pra|de|em) (?:continuar (?:a )?viv\w+|seguir viv\w+|"
        r"viver|estar viv[oa]|existir|continuar aqui|continuar))",
        negatable=False,
        unless=r"\b(?:festa|jogo|time|equipa|reuniao|trabalho|escola)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:acabar|acabo|acabaria|terminar|termino|por fim|dar fim|dar um fim) "
        r"(?:com |a |em |n)?(?:isso|isto|tudo isso|tudo isto) (?:de vez|de uma vez|hoje|pra "
        r"sempre|para sempre|esta noite|essa noite))",
        needs=r"\b(?:peso|fardo|morrer|viver|vida|aguento|cansad[oa]|sofrer|sofrimento|dor)\b",
        unless=r"\b(?:namoro|relacao|relacionamento|emprego|divida|dividas)\b",
    ),
    rule(
        S,
        r"\b(?P<core>depois (?:disso|de (?:hoje|amanha|sexta|sabado|domingo|segunda|terca|quarta|"
        r"quinta)) (?:\w+ )?(?:nao|ja nao) (?:tem|vai ter|havera|ha|vai haver) mais (?:sofrimento|"
        r"dor|nada|eu)|(?:deixei|tenho|ta|esta) tudo (?:organizado|arrumado|pront[oa]|em ordem|"
        r"resolvido)(?:,| e)? (?:\w+ ){0,3}?(?:as senhas|o testamento|as cartas|as contas|quem "
        r"fica com))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:postou|mandou|publicou|escreveu|deixou|gravou) (?:uma |um )?(?:carta |"
        r"mensagem |video |post |texto )?(?:de )?despedida)",
        needs=r"\b(?:nao (?:atende|responde|aparece)|sumiu|desaparec\w+|ninguem (?:acha|sabe)|"
        r"celular desligado|preocupad[oa]|desesperad[oa]|medo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:(?:ta|esta|anda|fica|vive) )?(?:falando|dizendo|escrevendo|postando|"
        r"ameacando) (?:que )?(?:quer|vai|queria|ia) (?:morrer|se matar|sumir pra sempre|acabar "
        r"com tudo|se suicidar)|(?:quer|vai|queria) se (?:matar|suicidar) e (?:trancou|se trancou|"
        r"sumiu))",
        about_others=True,
        unless=_EMBARRASSED,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ja )?nao (?:vou )?precis(?:o|ar) (?:mais )?(?:del[ae]s?|disso|de nada|"
        r"de mais nada))\b",
        needs=r"\b(?:dei|doei|vendi|dando|distribu\w+|deixei|dar)\b",
        unless=r"\b(?:mudanca|me mudar|morar fora|obrigad[oa])\b",
    ),
    # ---- SELF_HARM ------------------------------------------------------------------------
    rule(
        H,
        rf"\b(?P<core>(?:passei|passo|passar|passando|passava|usei|uso) (?:a |uma |o |um )?"
        r"(?:gilete|lamina|estilete|navalha|caco|x-acto|xis-ato) (?:\w+ )?(?:no|na|nos|nas|pelo|"
        rf"pela|em) (?:meu |minha |meus |minhas )?{_BODY}|(?:cortei|corto|cortava|cortando|"
        r"cortar|abri) (?:os |o |meus |meu )?pulsos?|apag(?:uei|o|ar|ava|ando) (?:o |um |uns |os |"
        rf"a )?(?:cigarros?|beatas?) (?:\w+ )?(?:no|na|nos|nas|em) (?:meu |minha )?{_BODY})\b",
        unless=r"\b(?:barbe\w*|depil\w*|raspar|rapar|pelos|barba|cozinh\w*|cinzeiro)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:enfiei|enfio|cravei|cravo|arranhei|arranho|cocei|coco|mordi|mordo|"
        r"belisquei|belisco|me arranhando|me cocando|me mordendo|me beliscando|me batendo) "
        r"(?:\w+ ){0,4}?ate (?:sangrar|sair sangue|escorrer sangue|ficar roxo|ficar marcad[oa]|"
        r"abrir|ferir|doer muito)|(?:bato|batia|bati|batendo|bater|soco|soquei|socava|dou com) "
        r"(?:com )?(?:a |minha )?(?:cabeca|testa|punho|mao|maos) (?:\w+ )?(?:na|contra a|contra "
        r"o|no) (?:parede|espelho|chao|porta) (?:\w+ )?(?:ate|de proposito|pra|quando|de raiva|"
        r"porque))",
        unless=_KNOCK_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>escondi (?:uma |a |as |umas |o |um )?(?:gilete|giletes|lamina|laminas|"
        r"estilete|navalha)|(?:gilete|lamina|laminas|estilete) (?:\w+ ){0,2}?(?:no estojo|na "
        r"capinha|debaixo do colchao|na caixa|na mochila))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:voltei a|volto a|quero|queria|vontade de|preciso|impulso de|vou) (?:\w+ )?"
        r"me magoar(?: fisicamente)?|voltei a (?:me )?(?:ferir|machucar|bater|queimar))\b",
        unless=r"\b(?:amor|coracao|relacao|relacionamento|namoro|apaixonar|iludir)\b",
    ),
    # Round 2, second pass.
    rule(
        D,
        r"\b(?P<core>me (?:partiu|quebrou|fraturou|rachou|abriu) (?:o |a |um |uma )?(?:braco|nariz|"
        r"costela|costelas|perna|dente|dentes|mandibula|maxilar|dedo|labio|sobrancelha|cabeca)|"
        r"(?:mata-? ?leao|gravata|mao no (?:meu )?pescoco) (?:\w+ ){0,2}?ate (?:eu )?(?:desmaiar|"
        r"apagar|quase desmaiar|ficar sem ar)|me (?:trancou|deixou|botou|pos|expulsou|pôs) (?:pra |"
        r"para )?fora de casa (?:\w+ ){0,3}?(?:de madrugada|a noite|de noite|sem roupa|de "
        r"calcinha|de cueca|no frio|na chuva))",
        unless=r"\b(?:futebol|jogo|jogando|pelada|treino|luta|jiu|medico|dentista|sem querer)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:pra|para|para que) (?:eu )?(?:nao|nem) (?:\w+ ){0,2}?(?:pedir|pedisse|"
        r"chamar|chamasse|ligar|ligasse|conseguir pedir) (?:\w+ )?(?:ajuda|socorro|a policia|pra "
        r"policia|para a policia|pro 190|o 112))",
        needs=r"\b(?:quebrou|partiu|pegou|tirou|escondeu|levou|trancou|celular|telefone|telemovel)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:acordei|acordo|despertei) (?:\w+ )?(?:e|com) (?:ele|ela|o cara|um cara|meu "
        r"\w+) (?:\w+ )?(?:tava |estava |)?(?:transando comigo|fazendo sexo comigo|em cima de mim|"
        r"dentro de mim|me tocando|me despindo|tirando minha roupa|me penetrando))",
    ),
    rule(
        D,
        r"\b(?P<core>se (?:eu )?(?:contar|contasse|falar|falasse) (?:\w+ ){0,4}?(?:a culpa (?:e|vai "
        r"ser|sera) minha|ninguem vai acreditar|ninguem acredita|vou apanhar|ele vai embora|ela vai "
        r"embora|vai acontecer (?:algo|alguma coisa)|ele me mata)|me (?:faz|fez|obriga|obrigou|"
        r"manda|mandou|pede pra|pediu pra) (?:\w+ )?(?:tirar a roupa|ficar pelad[oa]|me despir|"
        r"tocar nele|tocar no corpo dele))",
        needs=rf"{_ADULT}|\bvizinho\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:separei|escolhi|ja deixei|deixei separad[oa]) (?:\w+ ){0,3}?(?:roupa|"
        r"vestido|terno|musica|musicas) (?:\w+ ){0,4}?(?:enterrad[oa]|velad[oa]|cremad[oa]|meu "
        r"enterro|meu velorio|meu funeral)|(?:sei|decidi|escolhi) (?:\w+ )?(?:qual|quais|que) "
        rf"(?:\w+ )?{_PILLS} (?:\w+ ){{0,3}}?e (?:quantos|quantas))",
        negatable=False,
        unless=r"\b(?:medico|gripe|receita|dor|febre|por dia|farmaceutic\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:olhando|olho|olhei) (?:\w+ ){0,2}?(?:pela |pra |para a |da )?janela (?:\w+ )?"
        r"(?:do|no) (?:\d+|decimo|ultimo|vigesimo) ?\w* andar|(?:me por|me pôr|me jogar|me deitar|me"
        r" atirar|ficar parad[oa]|me meter) (?:\w+ )?(?:a frente|na frente|em frente|debaixo|"
        r"embaixo|a frente) d[oa] (?:comboio|trem|metro|onibus|autocarro|camiao|caminhao|carro)|"
        r"(?:carro|motor) (?:ligado|a trabalhar|funcionando) (?:\w+ )?(?:na|dentro da) garagem "
        r"(?:fechada|trancada)|(?:cartelas?|caixas?|frascos?|blisters?|embalagens?) (?:\w+ )?de "
        rf"(?:\w+ )?{_PILLS} (?:guardad[oa]s|escondid[oa]s|juntad[oa]s|acumulad[oa]s))",
        negatable=False,
        unless=r"\b(?:foto|fotos|paisagem|vista linda|por do sol|mecanico|oficina)\b",
    ),
    rule(
        S,
        r"\b(?P<core>se (?:voces |vc |voce )?(?:estiverem|estao|esta|tiverem|estiver) (?:a )?"
        r"(?:lendo|ler) (?:isso|isto|esta mensagem|essa mensagem)(?:,)? (?:\w+ ){0,2}?(?:porque|e "
        r"porque|pq) (?:eu )?(?:consegui|ja fui|ja parti|ja nao estou|nao estou mais|morri)(?= *"
        r"(?:$|[.!,]))|nao se culpem(?= *(?:$|[.!]|pelo que|por (?:isso|mim|minha|nada)))|nao (?:fiquem|fique) (?:se )?culpando|deixei (?:uma |umas )?cartas? (?:\w+ ){0,4}?"
        r"(?:pra|para) (?:a )?(?:minha mae|meu pai|meus pais|minha familia|minha irma|meu irmao|"
        r"meus filhos)|adeus a todos(?=\s*[.!]*\s*$))",
        negatable=False,
        unless=r"\b(?:escola|trabalho|grupo|ferias|viagem|mudanca|aniversario|dia das maes)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:a|na) (?:ultima|primeira) vez que (?:eu )?(?:tentei|tentei me matar|quase "
        r"morri)(?= (?:foi|em|faz|ha|no|na|\d)))",
        negatable=False,
        needs=r"\b(?:ideia|vontade|pensamento|pensamentos|hospital|internad[oa]|uti|voltou|de novo|"
        r"outra vez)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:falando|fala|falou|fica falando|vive falando) (?:em|de|que vai|que quer) "
        r"(?:acabar com tudo|se matar|morrer|sumir pra sempre|se suicidar|tirar a propria vida)|"
        r"(?:acabe|termine|acabar|terminar|acabou)(?:,)? (?:inclusive|incluindo|ate|inclusivamente)"
        r" eu|suicidio (?:\w+ ){0,2}?(?:parece|parecendo|seria|e) (?:uma |a )?(?:boa|melhor|unica) "
        r"(?:opcao|saida|solucao|ideia)|(?:hoje|amanha|esta noite|essa noite) (?:vai ser|sera|e) "
        r"(?:o )?meu ultimo dia(?! (?:de|no|na|do|da|em|aqui no))|(?:decidi|ja sei|sei) que nao "
        r"(?:passo|chego|vou passar|vou chegar) (?:d[eo]st[ea]|dess[ea]|ao?|de) (?:fim de semana|"
        r"semana|noite|natal|sexta|sabado|domingo|mes))",
        about_others=True,
        unless=r"\b(?:ferias|estagio|aula|contrato|dieta|filme|serie|novela|livro)\b",
    ),
    rule(
        H,
        r"\b(?P<core>me cortei (?:muito |bem |tao )?(?:fundo|profundo)|(?:isqueiro|ferro|clipe|"
        r"moeda|colher|faca) (?:\w+ )?(?:quente|aquecid[oa]|em brasa) (?:\w+ )?(?:na|contra a|no|"
        r"em) (?:minha )?(?:pele|braco|bracos|perna|pernas|coxa|pulso|barriga)|(?:me puno|me "
        r"castigo|me punir|me castigar|puno-me|castigo-me) (?:\w+ )?(?:batendo em mim|me batendo|me "
        r"cortando|me machucando|me queimando|me arranhando|sem comer))",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        S,
        r"\b(?P<core>(?:peguei|roubei|tirei|juntei) (?:\w+ ){0,2}?"
        rf"{_PILLS} (?:\w+ ){{0,6}}?(?:e )?(?:escondi|guardei|escondo|guardo)|(?:de )?que altura "
        r"(?:\w+ ){0,2}?(?:pular|me jogar|me atirar|cair)|(?:melhor|prefiro) (?:eu )?(?:sumir|"
        r"desaparecer) (?:de vez|pra sempre|para sempre))",
        negatable=False,
        unless=r"\b(?:medico|receita|farmacia|paraquedas|piscina|trampolim|bungee)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:entra|entrava|fica entrando|vive entrando|entrou) (?:\w+ )?(?:no|pro) "
        r"banheiro (?:\w+ ){0,2}?(?:quando|enquanto) (?:eu )?(?:to |estou |tava |estava )?"
        r"(?:tomando banho|no banho|me trocando|pelad[oa]))",
        needs=_ADULT,
    ),
    rule(
        H,
        rf"\b(?P<core>(?:fiz|faco|fazia|me fiz|fazer) (?:uns |alguns |novos |mais )?cortes (?:\w+ )?"
        rf"(?:n[oa]s?|em) (?:minha |meu |minhas |meus )?{_BODY})\b",
        unless=_CUT_ACCIDENT,
    ),
    # Round 2, fourth pass.
    rule(
        S,
        r"\b(?P<core>(?:sumir|desaparecer|partir|sair|ir embora|me ir|ir-me) (?:de vez )?(?:deste|"
        r"desse) mundo|nao quero (?:ca|aqui) estar(?: mais)?(?=\s*(?:$|[.,!?;]))|(?:fart[oa]|"
        r"cheio|cheia) de (?:viver|estar viv[oa]|existir)|(?:a |de )(?:juntar|guardar|acumular|"
        rf"esconder) (?:\w+ ){{0,2}}?{_PILLS}|se (?:eu )?(?:morresse|sumisse|desaparecesse|me "
        r"matasse|nao existisse) (?:\w+ ){0,3}?(?:ficavam|ficariam|estariam|seriam|viveriam|iam "
        r"ficar|ficava) (?:\w+ )?melhor(?:es)?|(?:me perdoem|desculpem)[.!,]? (?:eu )?(?:ja )?nao "
        r"(?:aguentei|aguento|consegui) mais|(?:mae|pai|mamae|papai|familia),? (?:\w+,? ){0,2}?me "
        r"perdoem(?=\s*(?:$|[.!])))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:gat[oa]|cao|cachorr[oa]|cadela|papagaio|coelho) (?:\w+ )?(?:fica|vai "
        r"ficar|ficara) com (?:a |o )?(?:minha|meu))",
        needs=r"\b(?:tratei|resolvi|organizei|arrumei|deixei tudo|tudo (?:pronto|tratado|"
        r"resolvido)|ja esta tudo)\b",
        unless=r"\b(?:viagem|viajar|ferias|erasmus|mudanca|hospital|cirurgia|enquanto)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:guardar|guardo|manter|mantenha|guarde|guardasse) (?:o |um |esse |nosso )?"
        r"segredo|(?:levou|arrastou|puxou|levaram|arrastaram) (?:\w+ ){0,3}?(?:a forca|contra a "
        r"minha vontade))",
        needs=rf"{_ADULT}|\b(?:cara|homem|desconhecido|ele|eles)\b",
        unless=r"\b(?:surpresa|presente|festa|aniversario)\b",
    ),
)

# Round 3: families missed by a fresh round written before reading these rules (calm plans
# and means, goodbyes that hand things over, burden, control, sexual coercion within a
# couple, children at risk, someone else at risk). Merged into _CRISIS by concern below.
_CHILD = (
    r"\b(?:bebe|bebes|nene|nenem|criancas?|menin[oa]s?|filh[oa]s?|filhinh[oa]s?|irmaozinho|"
    r"irmazinha|irmaozinhos|miud[oa]s?|putos?|pequen[oa]s?|sobrinh[oa]s?|alun[oa]s?|menor|"
    r"menores|\d+ anos|tenho 1[0-7]|de (?:[4-9]|1[0-7])\b)"
)
_MEANS = (
    rf"\b(?:{_PILLS}|arma|revolver|pistola|espingarda|corda|gilete|lamina|navalha|veneno|"
    r"chumbinho|insulina|dose|ponte|predio|viaduto|terraco|telhado|laje|trem|comboio|metro|"
    r"trilhos?|janela|andar|andares)\b"
)
_ROUND3: tuple[Rule, ...] = (
    # ---- DANGER ---------------------------------------------------------------------------
    rule(
        D,
        r"\b(?P<core>(?:me )?ameac(?:ou|a|ava|ando) (?:\w+ )?com (?:uma|a|um|o|sua|seu) (?:faca|"
        r"facao|arma|pistola|revolver|tesoura|canivete|martelo|garrafa partida|garrafa quebrada|"
        r"navalha)|(?:me )?ameac(?:ou|a|ava) (?:\w+ )?com (?:me matar|matar-me|me bater|me "
        r"tirar (?:as|os) (?:criancas|filhos|miudos)|levar (?:as|os) (?:criancas|filhos|miudos)))",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:enche|encheu|enchia|mete|meteu|cobre|cobriu|da|deu|dava) (?:\w+ )?de "
        r"(?:porrada|porradas|pancada|pancadas|socos|murros|tapas|chutes|pontapes|pau|tabefes|"
        r"estalos|chapadas)|me (?:desce|desceu|descia|baixa|baixou) o (?:cacete|pau|sarrafo|braco)|"
        r"(?:desce|desceu|descia|baixa|baixou) o (?:cacete|pau|sarrafo|braco) em mim)\b",
        unless=r"\b(?:xadrez|jogo|videogame|partida|futebol|treino|luta|brincadeira|critica\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:quando|se) (?:eu )?nao (?:\w+ ){1,3}?(?:ele |ela )?me (?:bate|batia|"
        r"espanca|espancava|agride|agredia|empurra|chuta|soca|enforca))(?=\s*(?:$|[.,!?;]|e\b))",
        negatable=False,
        unless=r"\b(?:xadrez|jogo|videogame|partida|saudade|fome|sono)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:controla|controlava|vigia|vigiava|rastreia|rastreava|localiza) (?:\w+ )?"
        r"(?:pelo|pela|com o|com a|por) (?:gps|localizacao|app|aplicativo|aplicacao|celular|"
        r"telemovel)|(?:mexe|mexia|le|lia|revista|revistava|vasculha|vasculhava|olha|olhava) "
        r"(?:\w+ )?(?:o |os |as )?(?:meu|minhas|meus) (?:celular|telemovel|telefone|whatsapp|zap|"
        r"mensagens|conversas|redes|email))",
        needs=r"\b(?:bate|batia|bateu|medo|ciume\w*|controla|ameac\w*|gps|localizacao|grita|"
        r"xinga|nao me deixa|empurra)\b",
        unless=r"\b(?:mae|pai|chefe|empresa|trabalho|ti\b)\b",
    ),
    # Sexual coercion, in a couple too; images used as blackmail.
    rule(
        D,
        r"\b(?P<core>(?:faz|fez|fazia|transa|transou|transava|me obriga|me obrigou) (?:\w+ ){0,2}?"
        r"(?:mesmo|ainda que|apesar de) (?:\w+ ){0,2}?(?:eu )?(?:chorando|dormindo|dizendo que "
        r"nao|falando que nao|pedindo (?:pra|para) parar|nao querendo|sem querer|eu nao querer|"
        r"bebad[oa]|desmaiad[oa])|(?:e |ser |sua |minha )?(?:obrigacao|dever) (?:de|da|como) "
        r"(?:esposa|mulher|namorada|companheira)|dever conjugal|(?:diz|disse|acha) que (?:e|tem) "
        r"(?:o )?(?:direito dele|seu direito|direito))",
        needs=r"\b(?:sexo|transar|transa|relacoes|cama|faz|fez|obriga\w*|forca|chorando|marido|"
        r"esposo|namorado|companheiro)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:digo|disse|falo|falei|dizia|falava|eu digo|eu falo) (?:que )?nao (?:\w+ ){0,"
        r"5}?(?:faz|fez|fazia|continua|continuou|transa|transou|insiste e faz|me obriga|me forca) "
        r"(?:\w+ )?(?:a forca|mesmo assim|assim mesmo|igual|do mesmo jeito|na marra)|(?:faz|fez|"
        r"fazia|transa|transou|me comeu|me pegou) (?:\w+ )?(?:a forca|na marra)(?! (?:de|do|da)\b))",
        needs=r"\b(?:sexo|transar|transa|relacoes|cama|insiste|tocar|namorado|marido|esposo|"
        r"companheiro)\b",
        negatable=False,
        unless=r"\b(?:porta|janela|tampa|pote|academia|treino|peso)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:forcou|forcava|forcaram)(?! a\b| o\b)|(?:me|nos) (?:filmou|filmava|"
        r"filmaram|gravou|gravava|gravaram|fotografou) (?:\w+ ){0,3}?(?:na cama|transando|fazendo "
        r"sexo|pelad[oa]s?|nu\b|nua|nus|no banho|dormindo|sem (?:eu|a gente) (?:saber|querer|"
        r"autorizar)|sem (?:minha|a minha) (?:permissao|autorizacao))|me (?:chantageia|chantageou|"
        r"chantageava|extorque|extorquiu) com (?:o|os|a|as|um|uns|umas|meus|minhas|esse|essas|"
        r"esses) (?:video|videos|foto|fotos|nudes|imagens)|(?:por|colocar|botar|postar|jogar|"
        r"publicar|vazar|mandar|espalhar|subir) (?:o|esse|aquele|nosso|um) (?:video|videozinho) "
        r"(?:\w+ ){0,2}?(?:na net|na internet|nas redes|no grupo|pra todo mundo|para toda a gente|"
        r"pra minha familia|para a minha familia))",
        needs=r"\b(?:tinder|encontro|carro|festa|cama|namorado|namorada|marido|esposo|cara|ele|"
        r"ela|ex|amigo|desconhecido|denunciar|denuncio|video|videos|fotos|foto|chantag\w*|sexo|"
        r"pelad\w*|ameac\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>passa(?:va|ou)? a mao (?:em mim|no meu corpo|nas minhas (?:pernas|coxas|partes)"
        r"|na minha (?:bunda|perna|coxa|cintura|peito))|me (?:toca|tocava|tocou|apalpa|apalpou|"
        r"bolina|agarra) (?:\w+ )?(?:quando|se|enquanto) (?:eu )?(?:fico sozinh[oa]|to sozinh[oa]|"
        r"estou sozinh[oa]|ficamos sozinhos|estamos sozinhos|ninguem (?:ta )?(?:ve|vendo|olha)|nao "
        r"tem ninguem|durmo|to dormindo|estou a dormir))",
        about_others=True,
    ),
    # Children: images asked of or shown to a child, neglect, bruises.
    rule(
        D,
        r"\b(?P<core>(?:pedindo|pede|pediu|pedia|manda|mandou|mandava|envia|enviou|mostra|mostrou) "
        r"(?:\w+ )?(?:foto|fotos|video|videos|nudes|imagens)(?: \w+){0,2}? (?:pelad[oa]s?|nu\b|nua|"
        r"sem roupa|intimas?|intimos|porno|sexuais|de calcinha|de cueca|das partes|estranhas|"
        r"estranhos)|se (?:eu )?nao (?:mandar|enviar) (?:\w+ ){0,3}?(?:conta (?:pra|para) todo "
        r"mundo|vai contar|posta|vai postar|espalha|vai espalhar|vaza|vai vazar)|(?:pede|pediu|"
        r"manda|mandou|fala|falou|diz|disse) (?:pra|para) (?:ela|ele|eles|elas) (?:nao contar|"
        r"guardar segredo))",
        needs=rf"{_CHILD}|{_ADULT}|\b(?:insta|instagram|tiktok|discord|whatsapp|internet|"
        r"desconhecido|online)\b",
        unless=r"\b(?:surpresa|presente|aniversario|festa|prova|resposta|gabarito|spoiler|nota|"
        r"resultado|gravidez)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:deixa|deixam|deixava|deixavam|deixou) (?:\w+ )?(?:o|a|os|as|seu|sua|seus|"
        r"suas) (?:\w+ )?(?:bebe|bebes|nene|crianca|criancas|menino|menina|meninos|meninas|"
        r"filho|filha|filhos|filhas|miudo|miuda|miudos|irmaozinho|irmazinha) (?:\w+ )?sozinh[oa]s? "
        r"(?:\w+ ){0,3}?(?:a noite (?:toda|inteira)|o dia (?:todo|inteiro)|dias|horas|trancad[oa]s?|"
        r"sem comer|chorando)|(?:da|dava|deu) (?:pra|para) ouvir (?:\w+ ){0,3}?(?:pancada|pancadas|"
        r"tapas|batendo|apanhando|choro e)|(?:ouco|ouvi|ouvimos|escuto|escutei) (?:\w+ ){0,3}?"
        r"(?:batendo (?:na|no|nas|nos) (?:crianca|menin\w+|bebe|filh\w+)|(?:a crianca|o bebe|o "
        r"menino|a menina) apanhando))",
        needs=_CHILD,
        unless=r"\b(?:filme|serie|novela|jogo|festa|vizinha barulhenta)\b",
    ),
    rule(
        D,
        rf"(?:{_CHILD}) (?:\w+ ){{0,4}}?(?P<core>(?:volta|voltou|chega|chegou|aparece|apareceu|"
        r"vem|veio|vai|esta|ta|anda) (?:\w+ ){0,5}?(?:com|cheio de|cheia de|cheios de) (?:\w+ )?"
        r"(?:hematomas|roxos|manchas roxas|marcas de (?:pancada|cinto|dedos|mordida|cigarro|"
        r"queimadura)|queimaduras|nodoas negras|machucados|feridas))",
        about_others=True,
        unless=r"\b(?:futebol|jogo|treino|jogando|parque|bike|bicicleta|judo|karate|catapora|"
        r"varicela|vacina|alergia|mosquito|picada|caneta|tinta|pintura|canetinha)\b",
    ),
    # ---- SUICIDE --------------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:depois|e depois|ai|logo|amanha|hoje|hoje a noite|essa noite|esta noite|"
        r"domingo|sabado|sexta|segunda|no fim de semana|no sabado|no domingo) (?:\w+ ){0,3}?(?:eu )?"
        r"(?:me mato|me suicido|mato-me|suicido-me|acabo com tudo|acabo com a minha vida|tiro a "
        r"minha vida)(?=\s*(?:$|[.,!?;]|e\b)))",
        unless=r"\b(?:prova|exame|vestibular|enem|teste|academia|treino|chefe|calor|transito|"
        r"jogo|lol|minecraft|fortnite|rir|rindo|kkk+)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:pra|para) (?:nao|nunca mais) (?:mais )?acordar(?: mais| nunca mais)?(?=\s*"
        r"(?:$|[.,!?;]|e\b))|(?:ja )?nao (?:vou )?acordar mais(?=\s*(?:$|[.,!?;]|e\b))|(?:com|se "
        r"(?:eu )?(?:tomar|injetar|engolir)) (?:\w+ ){0,4}?(?:ja )?nao (?:acordo|acordaria|acorde)"
        r"(?! (?:cedo|tarde|a tempo|com)\b)|(?:uma )?(?:dose|quantidade) (?:bem |muito )?(?:grande|"
        r"alta|enorme|letal|fatal|suficiente) (?:\w+ ){0,4}?(?:me mata|me matava|me mataria|morro|"
        r"nao acordo|pra morrer|para morrer|pra me matar))",
        negatable=False,
        unless=r"\b(?:alarme|despertador|soneca|bebe|cedo|vizinhos|barulho|medico|receita)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:usar|usa-la|usa-lo|usar ela|usar ele|usar isso|usar a arma|usar o revolver|"
        r"usar a corda|usar os remedios) (?:\w+ )?(?:em mim|contra mim|comigo|pra me matar|para me "
        r"matar|em mim mesm[oa])|(?:subi|fui|ja subi) (?:\w+ ){0,2}?(?:no|na|ao|a|ate o|ate a|pro|"
        r"pra|para o|para a) (?:\w+ )?(?:terraco|telhado|laje|cobertura|topo|ultimo andar|"
        r"parapeito|beirada) (?:\w+ ){0,3}?(?:pra|para) (?:ver se (?:dava|tinha coragem|"
        r"conseguia|eu conseguia)|ver a altura|medir|pular|me jogar|ter coragem|olhar pra baixo))",
        needs=_MEANS,
        unless=r"\b(?:agua|brinquedo|paintball|airsoft|caca|por do sol|foto|fotos|vista)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:eu )?(?:faco|vou fazer|farei|faco isso)(?:,)? (?:ja )?(?:decidi|ta decidido|"
        r"esta decidido|esta resolvido|ta resolvido)|(?:ja )?(?:decidi|ta decidido|esta decidido)"
        r"(?:,)? (?:\w+ ){0,3}?(?:eu )?(?:faco|vou fazer)(?! (?:o|a|os|as|um|uma)\b)|quando (?:\w+ )"
        r"{1,5}?(?:forem|sairem|viajarem|dormirem|dormir|sair|viajar|estiver sozinh[oa]|ficar sozinh[oa]|ninguem "
        r"estiver|nao tiver ninguem) (?:\w+ ){0,3}?(?:eu )?(?:faco|vou fazer|farei|acabo com tudo|"
        r"acabo com isso)(?=\s*(?:$|[.,!?;]|e\b|ja\b)))",
        negatable=False,
        unless=r"\b(?:tatuagem|cabelo|prova|mudanca|viagem|dieta|academia|piercing|curso|tarefa|"
        r"licao|faxina|limpeza|festa|ligacao|ligo|exercicio|yoga|musica|bolo|receita|trabalho|"
        r"surpresa|presente|janta|jantar|almoco)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:acabar|acabo|acabarei|vou acabar) com (?:isso|isto|tudo) de vez|(?:marquei|"
        r"escolhi|defini) (?:a data|o dia|a hora)(?: \w+){0,4}?(?:\W+\w+){0,6}?\W+(?:acabo|acabar|"
        r"eu faco|vou fazer|me mato|fim))",
        negatable=False,
        needs=r"\b(?:data|dia \d+|marquei|decidi|escolhi|calendario|peso|fardo|morrer|viver|vida|"
        r"aguento|cansad[oa]|sofrer|sofrimento|dor)\b",
        unless=r"\b(?:namoro|relacao|relacionamento|emprego|divida|dividas|vicio|cigarro|"
        r"procrastina\w*|bagunca|dieta)\b",
    ),
    rule(
        S,
        r"\b(?P<core>onde ninguem (?:vai )?(?:me )?(?:ver|ve|achar|acha|encontrar|encontra|impedir|"
        r"impede)|(?:sei|decorei|anotei) (?:a )?(?:hora|horario|horarios) (?:que|em que|do|dos) "
        r"(?:\w+ )?(?:trem|comboio|metro)(?: passa| passam)?(?:\W+\w+){0,8}?\W+ninguem)",
        negatable=False,
        needs=_MEANS,
        unless=r"\b(?:esconde-esconde|surpresa|presente|festa|chorar|fumar)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hoje|hoje a noite|esta noite|essa noite|amanha) (?:e|vai ser) (?:o dia|a "
        r"noite)(?:\W+\w+){0,10}?\W+(?:calm[oa]|tranquil[oa]|em paz|tudo pronto|ta tudo pronto|"
        r"esta tudo pronto|tudo preparado|ja nao (?:tenho medo|doi)|nao tenho mais medo|"
        r"despedi\w*|decidid[oa]))",
        negatable=False,
        unless=r"\b(?:casamento|festa|encontro|show|jogo|prova|entrevista|estreia|aniversario|"
        r"formatura|pedido|viagem|voo|date)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:pra|para|assim) (?:que )?nao (?:seja|ser|e|sejam|for) (?:a |o |os |as )?"
        r"(?:minha|meu|meus|minhas) (?:mae|pai|pais|filh[oa]s?|irm\w+|familia|namorad[oa]) (?:a |o |"
        r"quem |que )?(?:me )?(?:encontr\w+|ach\w+)|(?:pra|para) (?:a |o )?(?:minha|meu|meus) "
        r"(?:mae|pai|pais|filh[oa]s?|familia) nao me (?:encontrar|achar|ver))",
        negatable=False,
        needs=r"\b(?:fazer|faco|hotel|corpo|depois|mort[oa]|remedios|ponte|quarto|longe|"
        r"sozinh[oa])\b",
        unless=r"\b(?:presente|surpresa|festa|tatuagem|fumando|fumar|baseado)\b",
    ),
    # Goodbyes: handing things over, the past tense of love, a last post.
    rule(
        S,
        r"\b(?P<core>(?:diz|diga|digam|fala|fale|falem|avisa|conta) (?:pr[oa]s?|para (?:o|a|os|as)|"
        r"a|ao|aos|as) (?:\w+ ){0,2}?que eu (?:amava|amei|sempre amei|gostava muito|adorava) "
        r"(?:\w+ )?(?:ela|ele|eles|elas|voce|voces|vcs|todos|muito|tanto|demais)\b|"
        r"(?:esse|este) (?:e|sera|foi) (?:o )?meu (?:ultimo|derradeiro) (?:post|texto|video|tweet|"
        r"story|desabafo|audio|recado|adeus|status)(?! (?:do dia|de hoje|do ano|da semana|antes "
        r"de (?:dormir|viajar)|aqui no|no grupo))|(?:a )?senhas? do (?:banco|cartao|celular) "
        r"(?:\w+ ){0,4}?(?:\W+\w+){0,10}?\W+(?:amava|cuida\w*|adeus|me perdoa\w*|desculp\w+)|(?:me "
        r"despedir|despedir-me|me despeco|dizer adeus) (?:\w+ ){0,4}?(?:antes de )?(?:ir embora|"
        r"partir|ir) (?:pra|para) sempre(?!\s*(?:d[oa]s?|de|pr[oa]|para|rumo|daqui)\b)|(?:voces|"
        r"voce|vcs|tu) (?:foram|foi|sao|es) o melhor da minha vida(?:\W+\w+){0,4}?\W*$)",
        negatable=False,
        unless=r"\b(?:viagem|ferias|festa|casamento|reuniao|trabalho|emprego|jantar|nao posso ir|"
        r"vou morar|intercambio|erasmus|hospital|cirurgia|turma|escola|faculdade|empresa|"
        r"novela|filme|serie)\b",
    ),
    # Burden: the others better off without me, what would be fair.
    rule(
        S,
        r"\b(?P<core>sem mim (?:\w+ ){0,2}?(?:vao ficar|ficam|ficariam|ficavam|estariam|iam ficar|"
        r"vivem|viveriam|seriam|sao|vai ficar|fica|ficaria|ficava|estaria|ia ficar|seria|vive|"
        r"viveria|esta) (?:\w+ )?(?:melhor(?:es)?|mais felizes|em paz|tranquil[oa]s)|"
        r"se (?:eu )?(?:morresse|sumisse|desaparecesse|me matasse|nao existisse|nao estivesse "
        r"(?:mais )?aqui|partisse) (?:\w+ ){0,4}?(?:aliviad[oa]s|mais felizes|em paz|livres|"
        r"tranquil[oa]s|respirar|descansar)|(?:o justo|o certo|o melhor|o mais justo|o logico) "
        r"(?:\w+ ){0,2}?(?:era|seria|e) (?:que )?(?:eu )?(?:deixar de existir|deixasse de existir|"
        r"morrer|morresse|sumir de vez|sumisse|desaparecer|desaparecesse|me matar|me matasse|nao "
        r"existir|tirar a minha vida))",
        negatable=False,
        unless=r"\b(?:time|equipa|(?:no|do|meu|o) trabalho|grupo|empresa|banda|projeto|escritorio|"
        r"festa|turma)\b",
    ),
    # Someone else at risk: a shot, a gun obtained, arms cut.
    rule(
        S,
        r"\b(?P<core>(?:vai |quer |ia |pensa em |pensando em )?(?:se )?(?:dar|da|meter|mete|dando) "
        r"um tiro (?:na (?:propria )?cabeca|em si)(?! d[eoa]s?\b)|(?:ja )?(?:conseguiu|comprou|"
        r"arranjou|tem) (?:\w+ )?(?:uma|a|um|o) (?:arma|pistola|revolver|corda) (?:\w+ ){0,4}?"
        r"(?:pra|para) (?:se matar|se suicidar|fazer isso|acabar com tudo))",
        about_others=True,
    ),
    # ---- SELF_HARM ------------------------------------------------------------------------
    rule(
        H,
        r"\b(?P<core>(?:com|de) (?:os|as) (?:bracos|pulsos|pernas|coxas|antebracos) (?:todos |"
        r"todas )?(?:cortad[oa]s|retalhad[oa]s|lanhad[oa]s|cheios de cortes|cheias de cortes|"
        r"marcad[oa]s de cortes)|(?:voltei|volto|tornei|recai e voltei) a fazer (?:\w+ )?cortes)",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
)

_ROUND3B: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:disse|diz|falou|fala|escreveu|me escreveu|jurou|jura|ameacou|ameaca) "
        r"(?:que )?(?:\w+ ){0,3}?se (?:mata|suicida|enforca|da um tiro|joga)(?=\s*(?:$|[.,!?;]|e\b|"
        r"hoje|essa noite|esta noite|amanha|ja\b|de verdade|da ponte|do predio|da janela))|(?:quer|"
        r"queria|vai|ia|pensa em) (?:deixar de viver|deixar de existir|sumir pra sempre|sumir para "
        r"sempre|acabar com a (?:propria )?vida|ir embora deste mundo|partir deste mundo)|se "
        r"(?:trancou|tranca|fechou) (?:\w+ ){0,3}?com (?:os|uns|todos os|um monte de|as) (?:\w+ )?"
        r"(?:remedios|comprimidos|medicamentos|calmantes)|(?:dizendo|diz|disse|falou|falando|"
        r"ameacando|ameaca) (?:que )?(?:vai|quer|ia)? ?(?:pular|se jogar|se atirar|saltar)(?=\s*"
        r"(?:$|[.,!?;]|e\b|da|do|de|la)))",
        about_others=True,
        needs=r"\b(?:mata|suicida|enforca|tiro|joga|viver|existir|sempre|vida|mundo|remedios|"
        r"comprimidos|medicamentos|calmantes|ponte|predio|viaduto|janela|telhado|terraco|laje|"
        r"trem|comboio|metro|penhasco|andar)\b",
        unless=r"\b(?:rir|rindo|saudade|trabalhar|estudar|academia|piscina|paraquedas|bungee|"
        r"trampolim|tirolesa)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:eu )?tiro (?:a )?minha (?:propria )?vida|(?:qual|que|quanto|quantos) "
        r"(?:\w+ )?(?:dose|doses) (?:e|seria|sao) (?:fatal|letal|mortal|fatais|letais|mortais)|"
        r"(?:carvao|fogareiro) (?:\w+ ){0,4}?(?:pra|para) (?:me )?(?:trancar|fechar|me fechar) "
        r"(?:\w+ )?(?:no|dentro do|na|no meu) (?:carro|quarto|banheiro|casa de banho))",
        negatable=False,
        unless=r"\b(?:veterinari\w*|enfermagem|farmacologia|prova|aula|cachorro|gato|"
        r"churrasco)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:assedia|assediou|assediava|assediam|assediaram)|(?:manda|mandou|mandava|"
        r"envia|enviou) (?:\w+ )?(?:mensagens|fotos|audios|videos) (?:\w+ )?(?:sexuais|obscenas|"
        r"do pau|do penis|pelado|nu\b|safadas|indecentes)|me (?:obriga|obrigou|obrigava|forca|"
        r"forcou) a (?:ver porno|assistir porno|fazer coisas que (?:eu )?nao quero)|me (?:toca|"
        r"tocava|beija|agarra) (?:\w+ ){0,2}?mesmo (?:eu )?(?:tirando|afastando|dizendo|falando|"
        r"empurrando)|nao (?:aceita|aceitava|respeita|respeitava) (?:um |o meu |meu )?nao(?! como "
        r"resposta))",
        needs=r"\b(?:toca\w*|sexo|sexuais|transar|relacoes|cama|beij\w*|porno|namorado|marido|"
        r"esposo|chefe|professor|tio|ele|coisas|medo|assedi\w*|obscen\w*|pau|penis|pelado|"
        r"safad\w*|indecentes)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:toca|tocava|tocou|mexe com|mexia com|mexeu com|abusa|abusava|abusou|passa "
        r"a mao|passava a mao|beija|beijava) (?:\w+ )?(?:na|a|da|em|com a|no|o|do|com o) (?:minha|meu) "
        r"(?:irmazinha|irmaozinho|irma mais nova|irmao mais novo|filha|filho|filhinha|filhinho|"
        r"sobrinha|sobrinho|neta|neto|priminha|priminho|enteada|enteado))",
        needs=_ADULT + r"|\b(?:namorado|vizinho|chefe)\b",
    ),
)

_ROUND3C: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:tomar|engolir|tomo|engulo|vou tomar|tomei|engoli) (?:a|o|toda a|todo o) "
        r"(?:cartela|caixa|frasco|vidro|blister|embalagem)(?: toda| todo| inteira| inteiro| de uma "
        r"vez)?(?=\s*(?:$|[.,!?;]|e\b|hoje|essa|esta|agora|ja))|no (?:de|da) forca|(?:penso|acho|"
        r"sinto) que (?:seria|ia ser|era|e) (?:muito |bem |tao )?(?:rapido|facil|indolor|"
        r"instantaneo|sem dor)(?=\s*(?:$|[.,!?;]|e\b))|ninguem (?:vai|ia|iria) sentir (?:a )?minha "
        r"falta quando (?:eu )?(?:for|partir|sumir|morrer|nao estiver mais aqui|me for)(?=\s*(?:$|"
        r"[.,!?;]))|(?:caso|se|pra quando|para quando) (?:eu )?nao (?:aguente|aguentar|aguento) "
        r"mais(?=\s*(?:$|[.,!?;]|e\b))|(?:caso|pra quando) (?:eu )?nao aguente(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        needs=rf"{_MEANS}|\b(?:forca|trilhos|falta|faca|navalha|pular|cair|cartela|caixa|frasco|"
        r"vidro|blister|embalagem)\b",
        unless=r"\b(?:xarope|vitaminas|tosse|bolacha|biscoito|sorvete|gravata|marinheiro|prova|"
        r"ferias|viagem|trabalho|escritorio|mudanca)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:passaram|passou|passavam) a mao em mim|me (?:apalparam|apalpou|bolinaram|"
        r"bolinou|encoxaram|encoxou|encoxava|tocaram|tocou) (?:\w+ ){0,2}?(?:no|na|num|numa) "
        r"(?:metro|onibus|autocarro|trem|comboio|festa|balada|rua|show|bar|trabalho|escritorio|"
        r"elevador|uber|taxi))",
    ),
)

_CHECK_IN: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:quero|queria|vontade de|so quero|to com vontade de|gostaria de|preciso|me "
        r"apetece|louca pra|louca para) (?:\w+ )?(?:sumir|desaparecer|evaporar|sumir do mapa))\b"
        r"(?! (?:das redes|do grupo|do insta|do instagram|da internet|do whatsapp|da festa|do "
        r"trabalho|da aula))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:sou|me sinto|sinto que sou|so sou|me sinto como) (?:um|uma) (?:peso|fardo|"
        r"estorvo|problema pra todo mundo|problema para todos)|ser (?:um|uma) (?:peso|fardo) (?:pra"
        r"|"
        r"para))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ja )?nao (?:aguento|suporto|consigo) mais(?: nada| com (?:tudo|isso|essa "
        r"vida|minha vida|nada))?)(?=\s*(?:$|[.,!?;]|de verdade|serio|😭|💔|e\b|kkk|isto\b|"
        r"isso\b))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:pra|para) que (?:continuar|tentar|seguir|lutar|levantar|me esforcar|insistir|acordar)|nada (?:mais )?"
        r"(?:faz|tem) sentido|qual (?:e )?o sentido (?:de|disso|dessa|deste|desse|d[ae]) ?(?:tudo|"
        r"nada|isso|vida|continuar|viver|seguir|tentar|lutar)|(?:ja )?nada (?:mais )?importa|nao (?:vejo|tem|ha) (?:nenhuma )?saida(?! "
        r"(?:de|do|da|pra|para))|(?:to |estou |tou |ando )?(?:cansad[oa]|exaust[oa]|esgotad[oa]) "
        r"de (?:tudo|lutar|tentar|me sentir assim)(?=\s*(?:$|[.,!?;]|e\b|mesmo|de verdade|que "
        r"(?:nem|ja nao|nao) ))|nao "
        r"tenho (?:mais )?forcas(?: (?:pra|para) (?:nada|continuar|lutar))?(?=\s*(?:$|[.,!?;]))|"
        r"desistir de tudo)",
        negatable=False,
    ),
)

_CHECK_IN_ROUND3: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>nao espero (?:mais )?nada (?:da vida|do futuro|de ninguem|de nada)|nada (?:do )?"
        r"(?:que )?(?:eu )?(?:faco|faca|fizer|fiz) (?:importa|vale|adianta|serve)|(?:nunca|nada) "
        r"(?:vai|nunca vai) (?:melhorar|mudar)(?: nada)?(?=\s*(?:$|[.,!?;]))|(?:to|tou|estou|me "
        r"sinto|sinto-me|ando) (?:tao )?vazi[oa](?: por dentro)?(?=\s*(?:$|[.,!?;]|e\b|por dentro))|"
        r"tanto faz tudo|tudo tanto faz|(?:ja )?nao (?:tenho|vejo) (?:nenhum )?futuro(?: nenhum)?"
        r"(?=\s*(?:$|[.,!?;]|e\b|pra mim|para mim))|(?:sem|nao tenho|perdi|ja nao tenho|nao tenho "
        r"mais) (?:nenhuma |a |toda a )?esperanca(?: nenhuma| em nada| de nada)?(?=\s*(?:$|[.,!?;]|"
        r"e\b|em nada|nenhuma|sinceramente))|(?:me sinto|to|estou|sinto-me) (?:pres[oa]|"
        r"encurralad[oa])(?=\s*(?:$|[.,!?;]|e\b|sem saida|na minha vida))|quanto (?:tempo )?mais "
        r"(?:eu )?(?:aguento|vou aguentar|consigo aguentar|aguentarei|vou conseguir aguentar)|nao "
        r"(?:vejo|tem|ha) (?:nenhuma )?saida (?:pra|para) (?:isso|isto|mim|nada|minha vida)|nao "
        r"tenho (?:mais )?forcas? (?:pra|para) (?:continuar|seguir)(?: lutando| tentando| vivendo|"
        r" a lutar)?(?=\s*(?:$|[.,!?;]|e\b))|(?:dormir|dormir e so acordar|acordar) (?:\w+ ){0,3}?"
        r"(?:daqui a|por|durante) (?:uns |alguns )?(?:meses|anos)|(?:nao sentir nada|deixar de "
        r"sentir|desligar (?:a|minha) cabeca)(?=\s*(?:$|[.,!?;]|e\b|pra sempre)))",
        negatable=False,
        unless=r"\b(?:jogo|time|prova|chefe|transito|governo|pais|politic\w*|campeonato|serie|"
        r"empresa|emprego)\b",
    ),
)

# Round 4 (fresh2, a round weighted to means, plans, children, third persons, goodbyes).
_DAY = (
    r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|fds|fim de semana|dia \d{1,2}|\d{1,2}"
    r"(?: de \w+)?)"
)
_TRAVEL = (
    r"\b(?:viagem|viajar|viajo|ferias|voo|aeroporto|malas?|mudanca|mudar|me mudo|intercambio|"
    r"exterior|outro pais|outra cidade|bolsa|emprego novo|novo emprego|casamento|aniversario|"
    r"niver|festa|prova|exame|show|jogo|entrevista|cirurgia|operacao)\b"
)
# A goodbye that promises to meet again, or says all is well, is not a last one.
_SEE_YOU = r"|\b(?:a gente se ve|nos vemos|ate logo|ate breve|ate ja|to bem|estou bem|natal)\b"
_ROUND4: tuple[Rule, ...] = (
    # A chosen day with everything ready.
    rule(
        S,
        rf"\b(?P<core>(?:o |a )?{_DAY} (?:e|vai ser|sera) o dia(?! (?:de|do|da|dos|das|d)\b))",
        negatable=False,
        needs=r"\b(?:(?:ta|esta|ja ta|ja esta|deixei|tenho) tudo (?:pronto|preparado|planejado|"
        r"planeado|pensado|decidido|organizado)|nao me pergunt\w+|cartas?|ja decidi|despedi\w*|"
        r"me despeco)\b",
        unless=_TRAVEL
        + r"|\b(?:natal|reveillon|evento|estreia|entrega|parto|tatuagem|lancamento|formatura)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ta|esta|ja ta|ja esta|deixei|tenho) tudo (?:pronto|preparado|planejado|"
        r"planeado|pensado|decidido|organizado)(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        needs=rf"\b{_DAY} (?:e|vai ser|sera) o dia(?! (?:de|do|da|dos|das|d)\b)|\b(?:nao me "
        r"pergunt\w+|cartas?|ja decidi|despedi\w*|me despeco)\b",
        unless=_TRAVEL
        + r"|\b(?:natal|reveillon|evento|estreia|entrega|parto|tatuagem|lancamento|formatura)\b",
    ),
    # Affairs in order "for when I am gone"; belongings given away "I won't need them".
    rule(
        S,
        r"\b(?P<core>(?:quando|depois que|assim que|pra quando|para quando) (?:eu )?(?:partir|me "
        r"for|for embora|morrer|nao estiver (?:mais )?(?:aqui|ca)?|sumir|faltar|ja nao estiver))\b",
        negatable=False,
        needs=r"\b(?:contas|senhas?|banco|testamento|seguro|pendente|cartas?|organizad[oa]|"
        r"resolvid[oa]|doando|doei|dei|cuida\w*)\b",
        unless=_TRAVEL,
    ),
    rule(
        S,
        r"\b(?P<core>(?:nao|n) vou (?:mais )?precisar (?:mais )?(?:deles|delas|disso|dessas coisas|"
        r"de nada disso|de nada)(?: \w+){0,2}? (?:depois|quando|a partir|daqui))",
        negatable=False,
        needs=r"\b(?:doando|doei|dando|dei|distribuindo|distribui|roupas|livros|coisas|pertences)\b",
        unless=_TRAVEL + r"|\b(?:minimalis\w*|desapego|brecho|vender|venda|igreja|crescer)\b",
    ),
    # Ready to go, after the affairs are put in order.
    rule(
        S,
        r"\b(?P<core>(?:agora |ja )?(?:to|estou|me sinto) (?:pront[oa]|preparad[oa]) (?:pra|para) "
        r"(?:ir|partir|me despedir|morrer|o fim|acabar com tudo|fazer isso|dar o passo|ir embora)"
        r"(?=\s*(?:$|[.,!?;]|de vez|ja\b)))",
        needs=r"\b(?:apaguei|deletei|exclui|fechei|doei|dei|senhas?|cartas?|testamento|despedi\w*|"
        r"dividas|contas|seguro|minhas coisas|redes|tudo organizado|comprimidos)\b",
        unless=_TRAVEL + r"|\b(?:aula|academia|encontro|reuniao|balada)\b",
    ),
    # A chosen place, with a means or a jump near it; "acabo com isto" there.
    rule(
        S,
        r"\b(?P<core>(?:ja )?(?:escolhi|decidi|tenho|encontrei|achei) o (?:sitio|lugar|local|"
        r"metodo|ponto))\b",
        needs=r"\b(?:pular|pulo|saltar|salto|atirar me|me atirar|me atiro|me jogar|me jogo|me "
        r"matar|acabo com (?:isto|isso|tudo)|acabar com (?:isto|isso|tudo)|ponte|predio|viaduto|"
        r"linha|comboio|trilhos|falesia|comprimidos|corda)\b",
        unless=_TRAVEL + r"|\b(?:jantar|restaurante|piquenique|acampar|sessao|encontro|casa nova|"
        r"apartamento)\b",
    ),
    # Burned by a person, as a punishment.
    rule(
        D,
        rf"\b(?P<core>{_PERSON} (?:\w+ ){{0,3}}?me (?:queima|queimou|queimava|queimam|queimaram|"
        r"tem queimado) (?:\w+ ){0,2}?(?:com|o braco|os bracos|a mao|as maos|a pele|as costas|as "
        r"pernas)|me (?:queima|queimava|queimam|queimaram) (?:\w+ ){0,5}?(?:quando (?:fica|ta|esta)"
        r" (?:com raiva|brav[oa]|bebad[oa]|nervos[oa])|de castigo|pra me castigar|para me castigar)"
        r"|(?:apaga|apagava|apagou) (?:os |o )?(?:cigarros?|bitucas?|beatas?) (?:em mim|no meu|na "
        r"minha))",
        unless=r"\b(?:sem querer|por acidente|acidente|sol|praia|pimenta)\b",
    ),
    # Things done to a child, alone or in secret; locked in and starved.
    rule(
        D,
        r"\b(?P<core>(?:faz|fazia|fez|fazem|faziam|tem feito) coisas (?:\w+ )?(?:comigo|em mim)"
        r"(?=\s*(?:$|[.,!?;]|quando|que (?:eu )?nao|de noite|a noite|no meu|na minha|e me|escondido"
        r"|sem)))",
        unless=r"\b(?:engracadas|legais|boas|gostosas|presentes|favores|celular|computador|app|"
        r"carro|cachorro|gato)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:fecha|fechou|fechava|fecham|fecharam|tranca|trancou|trancava|trancam|"
        r"trancaram|prende|prendeu|prendem|prendiam) (?:\w+ )?(?:no quarto|na casa de banho|no "
        r"banheiro|no porao|na cave|no sotao|na despensa|em casa|a chave)(?:\W+\w+){0,4}?\W+"
        r"(?:sem (?:comer|comida|agua|beber|sair)|dias|horas|desde (?:ontem|\w+ feira|sabado|"
        r"domingo)|de castigo|a noite toda))",
    ),
    # Someone found cut, someone who took many pills, locked in a garage with the engine on.
    rule(
        H,
        r"\b(?P<core>com (?:os|as|seus|suas) (?:bracos|pulsos|pernas|coxas|antebracos|veias) "
        r"(?:cortad[oa]s|abert[oa]s|chei[oa]s de cortes|sangrando|ensanguentad[oa]s))",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        S,
        r"\b(?P<core>(?:tomou|engoliu|bebeu|tomaram) (?:\w+ ){0,2}?(?:um monte de|uma porrada de|"
        r"muitos|muitas|todos os|todas as|uma cartela (?:inteira )?de|uma caixa (?:inteira )?de|"
        r"um frasco (?:inteiro )?de|um vidro (?:inteiro )?de|\d{2,}) (?:\w+ )?"
        rf"{_PILLS})",
        about_others=True,
        needs=r"\b(?:nao (?:responde|reage|acorda|abre os olhos|se mexe|atende)|inconsciente|"
        r"desmaiad[oa]|desmaiou|overdose|hospital|urgencias|pronto socorro|ambulancia|samu|"
        r"inem|vomit\w*|pra (?:se matar|morrer)|para (?:se matar|morrer)|de proposito|"
        r"convuls\w*)",
    ),
    rule(
        S,
        r"\b(?:se|me) (?P<core>(?:trancou|tranquei|tranca|fechou|fechei|fecha) (?:\w+ ){0,2}?(?:na|"
        r"dentro da) garagem(?:\W+\w+){0,4}?\W+(?:carro|motor)(?: \w+)? (?:ligado|a trabalhar|"
        r"funcionando|em funcionamento))",
        about_others=True,
    ),
    # Someone else: "won't be here tomorrow" with things given away; a goodbye and silence.
    rule(
        S,
        r"\b(?P<core>(?:ja )?nao (?:vai|ia) (?:mais )?estar (?:mais )?(?:aqui|ca|com a gente|entre "
        r"nos)?)(?=\s*(?:$|[.,!?;'\"]|e\b|pra\b|amanha|logo))",
        about_others=True,
        needs=r"\b(?:deu|doou|dando|doando|distribuiu|se despediu|despedindo|carta|desculpa|"
        r"coisas dele|coisas dela|nao responde|nao atende|sumiu)\b",
        unless=_TRAVEL + r"|\b(?:trabalho|escritorio|aula|reuniao|medico|doente)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:desculpa por tudo(?:\W+\w+){0,4}?\W+(?:cuid\w+|adeus|te amo|amo voces)|"
        r"cuid(?:a|em|e) (?:bem )?(?:do|da|dos|das|de) (?:meu|minha|meus|minhas) \w+|adeus|se "
        r"despediu|se despedindo)(?:\W+\w+){0,8}?\W+(?:ja |e )?(?:nao (?:me )?(?:responde|atende|"
        r"aparece|le|visualiza)|desligou o (?:celular|telefone|telemovel)|(?:ta|esta) com o "
        r"(?:celular|telefone|telemovel) desligado|sumiu|desapareceu))",
        about_others=True,
        unless=_TRAVEL,
    ),
    # Goodbyes: the last time one writes, "don't cry for me", a better place, "you won't see
    # me again".
    rule(
        S,
        r"\b(?P<core>(?:e|essa e|esta e|sera|vai ser) (?:a )?ultima vez que (?:eu )?(?:escrevo|falo|"
        r"voces me leem|me veem|me leem|posto|publico))",
        negatable=False,
        needs=r"\b(?:amo (?:voces|vcs|vces|todos)|te amo|amei voces|gostei muito de voces|"
        r"desculp\w*|perdo\w*|adeus|nao me procurem|cuid\w*|me despeco|obrigad[oa] por tudo)\b",
        unless=r"\b(?:grupo|canal|forum|servidor|conta|insta|instagram|twitter|tiktok|facebook|"
        r"app|semana|ate amanha|me mudo)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>nao (?:chora|chore|chorem|choreis|sofra|sofram|fique triste|fiquem tristes) "
        r"por mim)\b",
        negatable=False,
        needs=r"\b(?:te amo|amo voces|amo vcs|adeus|desculp\w*|perdo\w*|despe\w*|obrigad[oa] por "
        r"tudo|lugar melhor|ja nao vou estar|nao vou estar|vou embora)\b",
        unless=r"\b(?:argentina|musica|cancao|letra)\b" + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vou|irei|vou estar|estarei|to indo) (?:pra|para|num|em um|a um) (?:um )?lugar "
        r"melhor)\b(?! (?:de trabalho|pra trabalhar|pra morar|para morar))",
        negatable=False,
        needs=r"\b(?:te amo|amo voces|amo vcs|adeus|desculp\w*|perdo\w*|despe\w*|obrigad[oa] por "
        r"tudo|nao (?:chora|chore|chorem|sofra|sofram))\b",
        unless=_TRAVEL
        + r"|\b(?:trabalho|emprego|empresa|cidade|pais|apartamento|bairro|escola|faculdade|"
        r"time|clube)\b" + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ja )?nao (?:me )?(?:vao|vai|vais|voltarao|voltaram) (?:mais )?(?:me )?(?:ver|"
        r"ler|ouvir|saber (?:nada )?de mim)(?: \w+)? (?:mais|nunca mais|nunca))\b",
        negatable=False,
        needs=r"\b(?:adeus|tchau|xau|ate nunca|amo (?:voces|vcs|todos)|foi bom|obrigad[oa] por "
        r"tudo|desculp\w*|perdo\w*|cuidem se|se cuidem)\b",
        unless=_TRAVEL
        + r"|\b(?:grupo|canal|chat|servidor|app|redes|insta|instagram|twitter|tiktok|face|"
        r"forum|aula|escritorio|trabalho|time|bairro|cidade|pais|por aqui|por ca)\b",
    ),
    # Threats: an armed man outside, someone threatening now; groping at work.
    rule(
        D,
        r"\b(?P<core>(?:um|uma|o|a|meu|minha) (?:cara|homem|senhor|tipo|sujeito|gajo|ex|vizinho|"
        r"namorado|marido|maluco)(?: \w+)? armad[oa] (?:\w+ ){0,2}?(?:la fora|fora|na frente|em "
        r"frente|na porta|a porta|la embaixo|me esperando|rondando)|me (?:ta|esta|estao|tao|anda|"
        r"andam|fica) (?:ameacando|a ameacar|perseguindo|a perseguir|assediando)|me (?:ameaca|"
        r"ameacou|ameacava|ameacam|ameacaram))\b",
        needs=r"\b(?:ex|namorad[oa]|marido|esposa?|companheir[oa]|cara|homem|gajo|arma|armad[oa]|"
        r"faca|revolver|pistola|matar|mata|morte|medo|bate|bater)\b",
        unless=r"\b(?:jogando|jogo|brincadeira|chefe|professor|banco|divida|cobranca|multa)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:apalpa|apalpou|apalpava|apalparam|bolinou|bolina|bolinava|encoxou|"
        r"encoxa|encoxava|encurralou|encurrala|encurralava) )",
        unless=r"\b(?:jogo|futebol|jogando|brincadeira)\b",
    ),
    # Round 4, second pass: families found missing on wordings written after the first.
    rule(
        S,
        r"\b(?P<core>(?:vedar|tapar|fechar bem|selar) (?:\w+ ){0,2}?(?:o banheiro|a casa de banho|a "
        r"porta|as janelas|o quarto|as frestas|o carro|a cozinha))\b",
        needs=r"\b(?:carvao|braseiro|gas|monoxido|churrasqueira|fogareiro)\b",
        unless=r"\b(?:frio|inverno|umidade|humidade|mosquitos?|insetos|barulho|cheiro|pintar|"
        r"pintura)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:to|estou|tou|fiquei) com (?:a|o|uma|um) (?:arma|revolver|pistola|espingarda|"
        r"trinta e oito|38)(?: \w+){0,4}? (?:na mao|nas maos|na cabeca|apontad[oa] pra mim))",
        needs=r"\b(?:agora|nesse momento|neste momento|carregad[oa]|apontad[oa]|cabeca|boca|me "
        r"matar|atirar|me despedir|nao sei o que fazer)\b",
        unless=r"\b(?:agua|brinquedo|airsoft|paintball|jogo|videogame|caca|treino|estande|curso|"
        r"museu|foto)\b",
    ),
    rule(
        D,
        r"\b(?P<core>se (?:eu )?(?:contar|falar|disser|conto|falo)(?: \w+){0,7}? (?:ele |ela )?(?:me "
        r"mata|vai me matar|me bate|vai me bater|me expulsa|mata a minha \w+|mata o meu \w+|ninguem "
        r"vai acreditar|ninguem vai me acreditar))\b",
        needs=r"\b(?:o que (?:ele|ela) (?:faz|fez|fazia)|faz comigo|fez comigo|segredo|me toca|me "
        r"tocava|abus\w+|tenho \d+|\d+ anos)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:ta|esta|tava|estava) se (?:cortando|machucando|queimando)|(?:se cortou|se "
        r"corta|se machucou de proposito))(?=\s*(?:$|[.,!?;]|agora|de novo|outra vez|no banheiro|"
        r"na casa de banho|no quarto|nos bracos|nas pernas|nos pulsos|de proposito|e\b))",
        about_others=True,
        unless=_CUT_ACCIDENT + r"|\b(?:maionese|leite|molho|ligacao|luz|sinal|internet|wifi)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:se )?(?:voce|voces|vcs|alguem) (?:ta|esta|estao|tao) lendo (?:isso|isto|essa "
        r"mensagem)(?:\W+\w+){0,4}?\W+(?:(?:e porque )?(?:eu )?(?:ja fui|ja nao estou|ja nao "
        r"estou mais aqui|ja morri|consegui(?!\s*\w)|ja era|fiz isso)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:encontrei|encontramos|achei|achamos|vi) (?:o |a )?(?:meu|minha|seu|sua|um|"
        r"uma) \w+(?: \w+)? (?:enforcad[oa]|pendurad[oa] (?:no|na|pelo|pela)))",
        about_others=True,
    ),
    # A denial taken back: "falei que não queria me matar mas é mentira".
    rule(
        S,
        r"\b(?P<core>(?:disse|falei|digo|dizia|escrevi) (?:que )?(?:nao|nunca) (?:\w+ ){0,3}?"
        r"(?:me matar|morrer|me suicidar|me machucar|me cortar|tirar (?:a )?minha vida|me mataria|"
        r"me suicidaria)(?:\W+\w+){0,3}?\W+(?:mas )?(?:e|era|foi|isso e) (?:mentira|falso))",
        negatable=False,
    ),
    # Round 4, third pass.
    rule(
        S,
        rf"\b(?P<core>(?:\d+|varias|muitas|todas as|todos os) (?:cartelas?|caixas?|frascos?|"
        rf"blisters?|vidros?) (?:de )?(?:\w+ )?{_PILLS}(?:\W+\w+){{0,6}}?\W+(?:uma |a )?(?:garrafa|"
        r"litro) de (?:vinho|vodka|whisky|cachaca|pinga|rum|tequila|alcool|gin|licor))",
        unless=r"\b(?:jantar|janta|almoco|festa|churrasco|comprei|compramos|mercado|supermercado|"
        r"farmacia|presente|receita)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:vou|quero|penso em|pensando em|vontade de|to pensando em|pensei em) (?:\w+ )?"
        r"(?:bater|jogar|lancar|enfiar|atirar) o carro (?:numa|em uma|contra (?:uma|um|o|a)|no|na) "
        r"(?:arvore|muro|poste|caminhao|camiao|parede|ponte|barranco|ribanceira|penhasco))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:corda|cinto|lencol|cabo) (?:\w+ ){0,2}?(?:pendurad[oa]|amarrad[oa]) (?:\w+ )"
        r"{0,5}?(?:pront[oa]|preparad[oa]|me esperando|com (?:o )?no)|corda (?:\w+ ){0,2}?"
        r"(?:pendurada|amarrada) (?:na|no) (?:viga|ventilador|teto|barra|lustre))\b",
        unless=r"\b(?:varal|roupa|balanco|rede|boxe|academia|escalada|decoracao|plantas?)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:obriga|obrigava|obrigou|faz|fazia|fez|forca|forcava) (?:a |pra )?(?:tomar "
        r"banho|dormir|deitar|tirar a roupa|ficar pelad[oa]|ficar nu|ficar nua) (?:com (?:ele|ela)|na "
        r"frente dele|na frente dela|pelad[oa]))",
        needs=r"\b(?:padrasto|tio|primo|avo|pai|vizinho|namorado da minha|irmao|treinador|"
        r"professor|homem|tenho \d+|\d+ anos)\b",
    ),
    rule(
        D,
        r"\b(?P<core>me (?:pede|pediu|pedia|obriga|obrigou|obrigava|forca|forcou) (?:pra|para|a) "
        r"(?:eu )?(?:mandar|enviar|tirar|mandar pra ele) (?:\w+ ){0,2}?(?:fotos?|videos?|nudes|"
        r"packs?)(?: \w+)?)",
        needs=r"\b(?:sou menor|menor de idade|tenho (?:1[0-7]|[5-9])\b|(?:1[0-7]|[5-9]) anos|pelad[oa]|"
        r"nu|nua|sem roupa|intim\w+)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:ta|esta|tava|estava) (?:batendo|espancando) (?:no|na|nos|nas|em) (?:seu |sua "
        r"|meu |minha )?(?:filh[oa]s?|mulher|esposa|mae|irmaozinho|irmazinha|crianca|criancas|bebe|"
        r"namorada|avo)|bate (?:no|na) (?:minha|meu|sua|seu)? ?(?:mae|filh[oa]|irmaozinho|irmazinha|"
        r"mulher|esposa|avo|bebe))\b",
        about_others=True,
        unless=r"\b(?:bola|jogando|jogo|brincadeira|sem querer)\b",
    ),
    # Round 4, fourth pass.
    rule(
        D,
        r"\b(?P<core>me (?:tocaram|tocou|apalpou|apalparam|estupraram|estuprou|abusaram de mim|abusou "
        r"de mim|despiram|despiu) (?:\w+ ){0,2}?enquanto (?:eu )?(?:dormia|tava dormindo|estava "
        r"dormindo|tava bebad[oa]|estava bebad[oa]|tava desmaiad[oa]|estava desmaiad[oa]|estava "
        r"inconsciente))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:transar|fazer sexo|ter relacoes|ter relacao|dormir|fazer amor) com (?:ele|ela) "
        r"(?:\w+ ){0,2}?(?:mesmo sem (?:eu )?querer|mesmo quando (?:eu )?nao quero|mesmo (?:eu )?nao "
        r"querendo|mesmo (?:eu )?dizendo (?:que )?nao|mesmo que (?:eu )?nao queira))",
    ),
    rule(
        D,
        r"\b(?P<core>acordei (?:\w+ ){0,4}?(?:com (?:o vestido|a roupa|a blusa|a saia|a calcinha|a "
        r"camisa) (?:rasgad[oa]|rasgad[oa])|com (?:roxos|hematomas|marcas)|sem (?:roupa|calcinha|"
        r"cueca)))",
        needs=r"\b(?:nao lembro|nao me lembro|nao sei o que aconteceu|me drogaram|bebida|copo|festa|"
        r"ontem|balada|bar)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:isso|isto|essa mensagem|esta mensagem|esse audio) e (?:uma|a minha) "
        r"despedida|desculp\w* (?:pelo|por) (?:o )?que (?:eu )?(?:vou|to prestes a|estou prestes a|"
        r"to pra) fazer)\b",
        negatable=False,
        unless=r"\b(?:trabalho|escritorio|empresa|aula|curso|time|viagem|ferias|intercambio|"
        r"aposentadoria|despedida de solteira|festa|grupo|canal)\b" + _SEE_YOU,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vou|penso em|quero|to quase|to pensando em) (?:fazer|cometer) (?:uma )?"
        r"(?:besteira|bobagem|loucura|merda))\b",
        needs=r"\b(?:nao ligo|nada importa|nao aguento|cansei|ninguem|desculp\w*|adeus|nao da mais|"
        r"acabar com tudo|sozinh[oa])\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:tem|comprou|conseguiu|levou|tinha) (?:\w+ )?(?:uma|a|um|o) (?:corda|arma|"
        r"revolver|pistola|veneno)(?: \w+){0,4}?)(?=\s*(?:$|[.,!?;]|e\b|que\b))",
        about_others=True,
        needs=r"\b(?:(?:hoje|amanha|essa noite) e o dia(?! d)|se despediu|nao responde|nao atende|adeus|"
        r"se matar|se suicidar|quer morrer|nao aguenta mais)\b",
        unless=r"\b(?:escalada|acampamento|caca|clube de tiro|jogo|airsoft|paintball|agua|"
        r"brinquedo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:nao sai|nao abre|se trancou|ta trancad[oa]|esta trancad[oa]) (?:\w+ ){0,3}?"
        r"(?:do|no|na|da) (?:banheiro|quarto|casa de banho))\b",
        about_others=True,
        needs=_PILLS + r"|\b(?:gilete|lamina|faca|corda|arma|veneno|quer morrer|nao responde|nao "
        r"atende)\b",
    ),
)


# Round 5 (fresh3, weighted to children, means, third persons, plans, denials and recovery).
# A crisis that is over, told from a safe present, is not a crisis (see recovery.py): a short
# message with a streak ("6 meses sem me cortar hoje", "faz uma semana que não me corto"), or
# a past crisis ("há dois anos tentei", "meu ex me batia", "na adolescência") beside a safe
# present ("hoje sou grata por estar viva", "orgulhosa de mim", "hoje tô bem"), and no urge,
# relapse or fear anywhere, is read as empty.
_DURATION = (
    r"(?:\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta|"
    r"cem|mil|meio|alguns|algumas|varios|varias|muitos|muitas) ?(?:dias?|semanas?|mes|meses|"
    r"anos?)\b"
)
_OVER = (
    r"(?:me (?:cort|machuc|queim|fir|fer|mutil)\w*|cortes?|autoles\w*|automutil\w*|cortar|sh|"
    r"self ?harm|gilete|laminas?|tentativas?|(?:pensamentos?|ideias?) (?:suicidas?|de morte)|"
    r"crises?|recaidas?|internac\w*|penso (?:mais )?(?:em|no) (?:morrer|me matar|suicidio))"
)
_SINCE = (
    rf"(?:{_DURATION}|muito tempo|a terapia|janeiro|fevereiro|marco|abril|maio|junho|julho|"
    r"agosto|setembro|outubro|novembro|dezembro|o natal|o verao|\d{4})"
)
_RECOVERY = recovery(
    streak=(
        rf"\b{_DURATION} (?:\w+ ){{0,2}}?(?:sem|longe d[aeo]s?) (?:\w+ ){{0,2}}?{_OVER}\b|"
        rf"\b{_DURATION} (?:\w+ )?(?:limp[oa]s?|clean)\b|\b(?:limp[oa]|clean) (?:ha|faz|desde)\b|"
        rf"\b(?:faz|ha|tem|ja faz|ja tem|completei|completo) (?:mais de |quase )?(?:{_DURATION}|"
        rf"(?:muito )?tempo) (?:\w+ )?(?:que )?(?:eu )?(?:nao|nunca mais) (?:\w+ ){{0,2}}?{_OVER}|"
        rf"\b(?:nao|nunca mais) (?:\w+ ){{0,2}}?{_OVER} (?:\w+ ){{0,2}}?(?:ha|faz|desde) (?:\w+ )"
        rf"{{0,2}}?{_SINCE}|\b(?:parei|deixei) de {_OVER} (?:\w+ ){{0,2}}?(?:ha|faz|desde) (?:\w+ )"
        rf"{{0,2}}?{_SINCE}"
    ),
    past=(
        r"\bha (?:\w+ ){0,2}?(?:anos?|meses)\b|\bano passado\b|\badolescencia\b|\bquando (?:eu )?"
        r"era\b|\bcom \d+ anos\b|\baos \d+\b|\bantes\b|\bmeu ex\b|\bminha ex\b|\bsai da "
        r"(?:internacao|clinica)\b|\bja (?:pensei|tentei|quis)\b|\btentei\b|\bme \w+(?:ava|ia)\b|"
        r"\b(?:pensava|queria|tentava|cortava|machucava)\b|\b(?:no ensino medio|na escola|no "
        r"colegio|na faculdade|na epoca)\b|\bex[ -]\w+|"
        # Round 6: a year, a remembered time, a survived attempt, a time once stood there.
        r"\bem \d{4}\b|\b(?:lembro|me lembro) (?:de )?quando\b|\bja (?:fiquei|estive|escrevi)\b|"
        r"\bsobrevivi\b|\bhace (?:\w+ ){0,2}?(?:anos|meses)\b"
    ),
    safe=(
        r"\bacabou(?=\s*(?:$|[.,!]))|\bvoltei a (?:gostar|amar) (?:da|a) vida\b|\b(?:hoje|agora),? "
        r"(?:eu )?(?:sou|tenho|trabalho|vivo)\b|\brefiz (?:a )?minha vida\b|\bque (?:eu )?amo\b|"
        r"\b(?:sou|to|estou) feliz\b|\bo quanto caminhei\b|"
        r"\borgulhos[oa] de mim\b|\btenho orgulho\b|\b(?:grat[oa]|feliz) (?:por|de) (?:estar|ta|"
        r"to|continuar) (?:viv[oa]|aqui)\b|\b(?:hoje|agora) (?:eu )?(?:to|estou|sou) (?:\w+ )?"
        r"(?:bem|melhor|feliz|livre|em paz|grat[oa])\b|\bamo (?:a )?minha vida\b|\buma vida que "
        r"(?:eu )?amo\b|\bvenci\b|\bsuperei\b|\bsai dessa\b|\bja passou\b|\bficou (?:pra|para|no) "
        r"tras\b|\ba terapia (?:\w+ )?(?:funcionando|funciona|ajudou|me salvou)\b|\b(?:to|estou) "
        r"(?:muito )?(?:feliz|bem)\b|\brenasci\b|"
        # Round 6: thanks for being here, looking back, celebrating, a letter torn up.
        r"\b(?:agradeco|sou grat[oa]|dou gracas) (?:\w+ )?(?:por|de) (?:estar|ta|continuar|seguir) "
        r"(?:viv[oa]|aqui)\b|\bolho (?:pra|para) tras\b|\b(?:hoje|agora) (?:\w+ ){0,10}?(?:sorrio|"
        r"comemoro|celebro)\b|\b(?:rasguei|queimei|joguei fora|apaguei|rompi|queme|tire)(?: \w+)"
        r"{0,3}?,? (?:nao preciso mais|ya no (?:la|las|lo) necesito)\b|\bnao preciso mais "
        r"(?:dela|dele|delas|disso)\b"
    ),
    urge=(
        r"\b(?<!nenhuma )(?<!sem )vontade\b|\bnenhuma vontade de (?:viver|nada|continuar)\b|"
        r"\b(?:tentacao|recai\w*|recomec\w*|voltei(?! a (?:gostar|amar|viver|sorrir))|voltou|"
        r"voltaram|voltando|de novo|outra vez|novamente|quero|(?<!nao )penso em|medo|"
        r"aguento|aguentar|ultimamente|pior|sozinh[oa]|triste|"
        # "Pensando em pular, hoje passo por ela": a thought told as then, against today.
        r"pensando(?! em (?:pular|me jogar|me matar|morrer|suicidio)[,;.] (?:e )?(?:hoje|agora) )|"
        r"esses dias|socorro|ajuda|so que|porem|mas agora|mas hoje|na mao|penso nisso|ainda "
        r"penso)\b"
    ),
)
_TRUSTED = (
    r"(?:tio|padrasto|namorado da minha mae|marido da minha mae|primo|avo|vizinho|professor|"
    r"treinador|tecnico|instrutor|padre|pastor|catequista|monitor|motorista|baba|baby-?sitter|"
    r"senhor|homem|cara|adulto)"
)
_ROUND5: tuple[Rule, ...] = (
    # ---- DANGER: children
    rule(
        D,
        # An adult who tells a child not to tell.
        r"\b(?P<core>(?:mandou|mandava|manda|pediu|pedia|pede|disse|falou|obrigou|fez) (?:\w+ )?"
        r"(?:ele |ela |eu |me |pra ele |pra ela |pra mim |para ele |para ela |para mim )?(?:nao "
        r"(?:contar|falar|dizer)|ficar (?:quiet|calad)[oa]|guardar (?:o )?segredo|manter (?:o )?"
        r"segredo))\b",
        needs=rf"{_CHILD}|\b{_TRUSTED}\b",
        unless=r"\b(?:surpresa|presente de aniversario|festa|spoiler|resultado|nota|prova|"
        r"gravidez)\b",
        negatable=False,
    ),
    rule(
        D,
        # A trusted adult with gifts, money or "alone at his place" for a child.
        rf"\b(?P<core>{_TRUSTED} (?:\w+ ){{0,6}}?(?:da|dava|deu|pede|pedia|pediu|manda|mandou|"
        r"chama|chamou|leva|levava|convida|convidou) (?:\w+ ){0,5}?(?:presentes?|dinheiro|"
        r"sozinh[oa]|na casa dele|no carro dele|segredo|sem (?:falar|contar|dizer)))\b",
        needs=_CHILD,
        unless=r"\b(?:aniversario|natal|festa|dever de casa|licao|aula particular|mesada)\b",
        negatable=False,
    ),
    rule(
        D,
        # A hand that keeps touching, and "no one will believe you".
        r"\b(?P<core>(?:fica |vive |ficava |vivia )?passando a mao (?:\w+ )?(?:em mim|no meu "
        r"corpo|nas minhas|na minha)|ninguem (?:vai|iria|ia) (?:te |me )?acreditar)\b",
        needs=rf"\b{_TRUSTED}\b|\b(?:sozinh[oa]s?|segredo|ele|quando)\b",
        negatable=False,
    ),
    rule(
        D,
        # Someone beats her: the pronoun after the verb, as spoken in Brazil.
        rf"\b(?P<core>{_PERSON} (?:\w+ )?{_VIOLENT} (?:ela|ele|eles|elas)|olho roxo)\b",
        needs=r"\b(?:vizinh[oa]|irma|mae|amiga|prima|tia|marido|namorado|socorro|grita\w*|toda "
        r"noite|sempre|de novo)\b",
        unless=r"\b(?:bola|jogo|futebol|luta|treino|academia|boxe|porta|quina|cai\w*)\b",
        about_others=True,
    ),
    rule(
        D,
        # An ex who rides past the house every night, and threatens.
        r"\b(?P<core>(?:fica |vive )?rondando (?:a )?minha casa|ronda (?:a )?minha casa|se eu "
        r"(?:arrumar|ficar com|namorar|sair com|arranjar) (?:outro|outra|alguem) (?:\w+ ){0,3}?"
        r"(?:vou ver|vai ver|vou me arrepender|vai se arrepender|me mata|eu morro))\b",
        needs=r"\b(?:ex|toda noite|todo dia|ameac\w*|vou ver|medo)\b",
        negatable=False,
    ),
    # ---- SUICIDE: means
    rule(
        S,
        # Medicines bought in several pharmacies so that no one suspects.
        r"\b(?P<core>(?:em|de|nas) (?:farmacias|drogarias) (?:diferentes|diversas)|(?:em|de) "
        r"(?:varias|cada|tres|duas|quatro|\d+) (?:farmacias|drogarias)|farmacia em farmacia)\b",
        needs=r"\b(?:desconfi\w*|perceb\w*|suspeit\w*|caixas|guardad\w*|junt\w*|estoc\w*)\b",
        unless=r"\b(?:falta|em falta|esgotad\w*|mascara|teste|vacina|leite|receita)\b",
    ),
    rule(
        S,
        # A gun at home, where it is kept, and no one home.
        r"\b(?P<core>(?:revolver|arma|pistola|espingarda|oitao|trinta e oito|38) d[oa] (?:meu|"
        r"minha) (?:pai|mae|padrasto|avo|tio|marido|irmao))\b",
        needs=r"\b(?:sei onde|nao (?:ta|esta) em casa|sozinh[oa]|carregad[oa]|balas|penso|"
        r"pensando|coragem|hoje)\b",
        unless=r"\b(?:jogo|gta|free fire|filme|serie|tiro esportivo|clube de tiro|caca|airsoft|"
        r"paintball|brinquedo|d'agua|de agua)\b",
    ),
    rule(
        S,
        # High up, the window open, looking down.
        r"\b(?P<core>(?:to|estou|tou) no (?:\d+|decimo|ultimo|vigesimo)\w* andar|(?:to|estou) "
        r"(?:no|na|em cima d[oa]) (?:telhado|terraco|laje|ponte|viaduto|parapeito|beirada))\b",
        needs=r"\b(?:olhando (?:pra|para) baixo|janela (?:\w+ )?abre|pular|vazio|coragem|ninguem "
        r"(?:me )?ve|chegou a hora|adeus)\b",
        unless=r"\b(?:vista|foto\w*|por do sol|festa|churrasco|reuniao|trabalho|escritorio)\b",
    ),
    rule(
        S,
        # The car in a closed garage.
        r"\b(?P<core>(?:garagem|portao) fechad[oa])\b",
        needs=r"\b(?:(?:carro|motor) (?:\w+ )?(?:ligad[oa]|funcionando)|ligar o (?:carro|motor)|"
        r"dormir|deitar|fumaca|escapamento)\b",
        unless=r"\b(?:ladr\w*|assalt\w*|chuva|chave|controle)\b",
    ),
    rule(
        S,
        # A rope or a belt tied to a beam, a hook, a fan.
        r"\b(?P<core>(?:corda|cinto|lencol|fio|cabo|cadarco|gravata))\b",
        needs=r"^(?=[\s\S]*\b(?:viga|caibro|gancho|ventilador|trave|galho|arvore|macaneta|cano|"
        r"teto|lustre)\b)(?=[\s\S]*\b(?:amarr\w*|pendur\w*|prend\w*|test\w*|aguenta|segura|no "
        r"pescoco)\b)",
        unless=r"\b(?:estender|rede de dormir|balanco|escalada|barco|cachorro|mudanca|"
        r"decoracao|cortina|festa|luzes|pisca)\b",
    ),
    rule(
        S,
        # Lying down on the tracks.
        r"\b(?P<core>(?:deitar|deito|me deitar|ficar deitad[oa]) (?:\w+ ){0,2}?(?:la|nos trilhos|"
        r"na linha|na via|em cima dos trilhos))\b",
        needs=r"\b(?:trem|trilhos?|linha do|comboio|metro)\b",
        unless=r"\b(?:praia|rede|grama|foto\w*)\b",
    ),
    rule(
        S,
        # The gas left on and the windows closed.
        r"\b(?P<core>gas (?:\w+ ){0,3}?(?:abert[oa]|ligad[oa])|abri o gas)\b",
        needs=r"\b(?:(?:fechei|fechad[oa]s?|vedei|vedad[oa]s?|tranquei) (?:\w+ ){0,2}?(?:janelas?|"
        r"portas?|frestas?)|dormir|deitar|deitei)\b",
        unless=r"\b(?:cozinh\w*|panela|comida|bolo|esqueci|vazamento|cheiro de gas)\b",
    ),
    # ---- SUICIDE: someone else, plans, goodbyes, burden
    rule(
        S,
        # A quoted goodbye, then gone.
        r"\b(?P<core>(?:postou|escreveu|mandou|publicou|deixou|disse) (?:\w+ ){0,2}?\"?"
        r"(?:obrigad[oa] por tudo|foi bom enquanto durou|adeus|me perdoem|desculpa por tudo|"
        r"cuidem d))",
        needs=r"\b(?:sumiu|desapareceu|nao responde|ninguem sabe|desligad[oa]|offline|nao atende|"
        r"sem resposta)\b",
        unless=r"\b(?:grupo|emprego|trabalho|empresa|escola|intercambio|viagem)\b",
        about_others=True,
    ),
    rule(
        S,
        # Charcoal and tape, a room locked.
        r"\b(?P<core>carvao)\b",
        needs=r"\b(?:fita|vedou|vedar|vedei|trancou|tranquei|fechou (?:a porta|o quarto|as "
        r"janelas)|quarto|banheiro)\b",
        unless=r"\b(?:churrasco|picanha|carne|desenho|lapis|arte|filtro|dente)\b",
        about_others=True,
    ),
    rule(
        S,
        # A bridge, a day, a place chosen, and waiting.
        r"\b(?P<core>(?:escolheu|escolhi|escolhido|escolhida) (?:\w+ ){0,2}?(?:a ponte|o predio|o "
        r"viaduto|o lugar|o dia|a data|o metodo|o jeito|a hora))\b",
        needs=r"\b(?:so (?:ta|esta|to|estou) esperando|esperando|(?:pra|para) (?:se matar|me matar|"
        r"pular|fazer)|coragem|passar)\b",
        unless=r"\b(?:foto\w*|passeio|encontro|festa|casamento|ensaio|viagem|ferias|show|jogo|"
        r"mudanca|entrevista)\b",
        about_others=True,
    ),
    rule(
        S,
        # "By then I will not be here", beside a message scheduled or a goodbye.
        r"\b(?P<core>(?:ja )?nao vou (?:mais )?estar (?:mais )?(?:aqui|viv[oa]|nesse mundo|neste "
        r"mundo))\b",
        needs=r"\b(?:ate la|agendei|agendad[oa]|e-?mail|carta|adeus|desculpa|perdo\w*|cuidem|"
        r"dia \d+)\b",
        unless=_TRAVEL,
        neighbours=True,
    ),
    rule(
        S,
        # "I have decided how and when", calm.
        r"\b(?P<core>(?:ja )?(?:decidi|sei|escolhi) (?:exatamente )?(?:o )?como e (?:o )?quando)"
        r"(?=\s*(?:$|[.,!;]))",
        unless=_TRAVEL + r"|\b(?:pedido|pedir|contar|falar|surpresa|noivado)\b",
    ),
    rule(
        S,
        # Things cancelled and returned: "I will not need anything more".
        r"\b(?P<core>nao vou (?:mais )?precisar (?:de )?(?:mais )?(?:nada|disso|deles|delas))\b",
        needs=r"\b(?:cancelei|devolvi|doei|vendi tudo|academia|biblioteca|minhas coisas|"
        r"assinatura|plano)\b",
        unless=_TRAVEL + r"|\b(?:cresc\w*|nao serve|pequen\w*|formei|formatura|mudei|mudou)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Not to spoil a sister's day, "after it I end this".
        r"\b(?P<core>nao quero (?:estragar|stragar|acabar com) (?:o dia|a festa|o aniversario|a "
        r"formatura|o casamento|o natal|o niver) (?:dela|dele|deles|delas|da minha|do meu))\b",
        needs=r"\b(?:acabo com (?:isso|tudo)|pra sempre|para sempre|me matar|me mato|fazer "
        r"isso)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Things given away, and the others do not understand why.
        r"\b(?P<core>(?:dei|doei|distribui|dando) (?:\w+ ){0,3}?(?:videogame|play|ps\d|console|"
        r"roupas|celular|notebook|livros|coisas|joias|perfumes|colecao))\b",
        needs=r"\b(?:nem entenderam|nao entenderam|nao vou (?:mais )?precisar|lembranca|pra "
        r"lembrarem)\b",
        unless=r"\b(?:bazar|brecho|mudanca|nao serve|pequen\w*|natal|amigo secreto)\b",
        neighbours=True,
    ),
    rule(
        S,
        # When the guard of the viaduct leaves.
        r"\b(?P<core>(?:seguranca|vigia|guarda|porteiro|zelador) (?:\w+ ){0,3}?(?:d[oa] )?"
        r"(?:viaduto|ponte|predio|terraco|telhado|passarela|estacao))\b",
        needs=r"\b(?:horario|hora|vai embora|sai|ninguem|sozinh[oa])\b",
        unless=r"\b(?:trabalho|emprego|vaga|salario|turno|entrevista)\b",
    ),
    rule(
        S,
        # "Tomorrow early it all ends", beside a password, letters or a pet.
        r"\b(?P<core>(?:amanha|hoje|sabado|domingo|de madrugada|hoje a noite|essa noite)(?: "
        r"cedo)? (?:\w+ )?acaba tudo)\b",
        needs=r"\b(?:senhas?|cartas?|despedi\w*|adeus|desculpa|gato|cachorro|pronto|decidi)\b",
        unless=_TRAVEL + r"|\b(?:contrato|semestre|prova|aula|temporada|serie)\b",
        neighbours=True,
    ),
    rule(
        S,
        # "Look after him for me", with an apology or love.
        r"\b(?P<core>(?:cuida|cuidem|cuide) d[oa] (?:\w+ )?por mim)\b",
        needs=r"\b(?:perdo\w*|desculp\w*|te amo|amo voces|adeus|pra sempre)\b",
        unless=_TRAVEL + r"|\b(?:plantao|enquanto|semana|fim de semana)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Everyone lives better without me.
        r"\b(?P<core>(?:todo mundo|todos|voces|eles|minha familia) (?:\w+ )?(?:vive|vivem|viveria|"
        r"viveriam|fica|ficam|ficaria|ficariam|seria|seriam|estaria|estariam) (?:\w+ )?melhor "
        r"sem mim)\b",
    ),
    # ---- SELF_HARM
    rule(
        H,
        r"\b(?P<core>(?:pra|para) me (?:queimar|cortar|machucar|ferir|furar|marcar)|me (?:queimar|"
        r"cortar) (?:de novo|de proposito))\b",
        unless=r"\b(?:sem querer|por acidente|acidentalmente|cozinhando|cozinhar|panela|oleo|"
        r"azeite|churrasco|chapinha|depil\w*|barb\w*|cabelo|unhas?|tatuag\w*|piercing|sol|praia|"
        r"cebola|legumes)\b",
    ),
    rule(
        H,
        # A blade in the hand, and not knowing whether one can hold on.
        r"\b(?P<core>(?:gilete|lamina|navalha|estilete|tesoura|faca) (?:\w+ )?na mao)\b",
        needs=r"\b(?:aguento|limp[oa]|de novo|vontade|me cortar|coragem|nao sei se)\b",
        unless=_CUT_ACCIDENT,
    ),
)
_CHECK_IN_ROUND5: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:so )?(?:to |estou )?(?:ocupando|ocupo) espaco (?:nesse|neste|no) mundo)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:queria|quero) (?:so )?dormir e (?:so )?acordar (?:daqui|em|depois de) "
        r"(?:\w+ ){0,2}?(?:anos|meses))\b",
        negatable=False,
    ),
)

# --- round 6: families from the fourth fresh round (pt.fresh4.toml) -----------------------
# The writer gone, in the forms a burden sentence uses.
_GONE = (
    r"(?:morresse|morrer|sumisse|sumir|desaparecesse|desaparecer|nao existisse|me matasse|me "
    r"matar|nao estivesse (?:mais )?(?:aqui|ca)?|deixasse de existir|deixar de existir|me fosse "
    r"(?:de vez|embora)|fosse embora (?:de vez|pra sempre|para sempre)|partisse|nao acordasse|"
    r"nao acordar mais|nao tivesse nascido)"
)
# A burden: the words that make a way out read as a death.
_BURDEN = (
    r"\b(?:fardo|peso|estorvo|atrapalho|a mais|sem mim|despesa|so dou (?:trabalho|despesa|"
    r"problema)|cansad[oa]s de mim|dando trabalho|incomodo|sou um problema|melhor sem|"
    r"merec\w+ (?:alguem|coisa|uma vida) melhor)\b"
)
_LIGATURE = (
    r"\b(?:cinto|cinta|corda|cabo|cachecol|gravata|lencol|cordao|cadarco|fio|corrente|lenco|"
    r"faixa)\b"
)
_R6: tuple[Rule, ...] = (
    # Burden: "seria um alívio pra ela se eu morresse", "se eu morrer acaba o problema deles",
    # the children better off "com o dinheiro do seguro do que comigo", "o melhor que posso
    # fazer por eles é deixar de existir", "ninguém ia dar pela minha falta se eu me fosse".
    rule(
        S,
        r"\b(?P<core>(?:seria|ia ser|era|vai ser|sera) (?:um|uma) (?:alivio|favor|descanso|peso a "
        r"menos|libertacao|bencao) (?:\w+ ){0,3}?(?:se|que|quando) (?:eu )?(?:ja )?"
        rf"{_GONE}|(?:faria|fazia|vou fazer) (?:um )?favor (?:\w+ ){{0,2}}?(?:se|quando) (?:eu )?"
        rf"{_GONE})\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>se (?:eu )?(?:morrer|morresse|me matar|me matasse|sumir|sumisse|desaparecer|"
        r"deixar de existir|nao estiver mais aqui) (?:\w+ ){0,2}?(?:acaba|acabaria|acabam|acabava|"
        r"resolve|resolveria|resolvia|resolvem|termina|terminaria) (?:\w+ )?(?:o problema|os "
        r"problemas|tudo|a preocupacao|o sofrimento))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:melhor|mais felizes|mais tranquil[oa]s) (?:\w+ ){0,6}?(?:seguro|heranca|"
        r"pensao|indenizacao) (?:\w+ ){0,3}?(?:do )?que comigo|o (?:melhor|unico) que (?:eu )?"
        r"(?:posso|poderia|devo|consigo) fazer (?:\w+ ){0,3}?e (?:deixar de existir|sumir (?:de "
        r"vez|pra sempre|para sempre)|morrer|me matar|desaparecer|ir embora (?:pra|para) sempre|"
        r"partir))\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>ninguem (?:ia|iria|vai|ira) (?:dar (?:pela|por) (?:minha|a minha) falta|sentir "
        r"(?:a )?minha falta|notar|perceber|se importar|ligar) (?:\w+ ){0,2}?se (?:eu )?"
        rf"{_GONE})\b",
        negatable=False,
    ),
    # A way out beside a burden: "vou sair do caminho dele pra sempre", "essa semana eu resolvo
    # isso do meu jeito", "logo logo ninguém vai precisar cuidar de mim nunca mais".
    rule(
        S,
        r"\b(?P<core>(?:sair|sumir) do caminho (?:\w+ ){0,3}?(?:pra|para) sempre|(?:essa semana|"
        r"esta semana|hoje|amanha|logo|em breve|esse fds|de vez) (?:\w+ ){0,2}?(?:eu )?(?:resolvo|"
        r"acabo com|termino|dou um jeito n)(?:isso|isto|tudo)?(?: \w+)?(?: (?:do meu jeito|de vez|"
        r"pra sempre|para sempre|sozinh[oa]))|(?:resolvo|acabo com) (?:isso|isto) (?:do meu jeito|"
        r"de vez|pra sempre|para sempre)|ninguem (?:vai|ia|vai mais) (?:precisar|ter que|ter de) "
        r"(?:\w+ ){0,2}?(?:cuidar de mim|se preocupar comigo|me aguentar|me sustentar|me "
        r"carregar) (?:\w+ )?(?:nunca mais|pra sempre|para sempre))\b",
        needs=_BURDEN + r"|\blogo logo\b",
        neighbours=True,
        unless=r"\b(?:trabalho|emprego|prova|projeto|conta de luz|boleto|carro|celular|"
        r"computador|contrato|briga|discussao|namoro|relacionamento)\b",
    ),
    # Goodbye: an absolution for whoever reads it ("mãe se vc ler isso não é culpa sua"),
    # "não chora por mim quando souber ... me perdoa", passwords "para quando eu já cá não
    # estiver".
    rule(
        S,
        r"\b(?P<core>(?:se (?:voce |vcs |voces |tu )?(?:ler|lerem|leres|estiver lendo|estiverem "
        r"lendo|estiveres a ler) (?:isso|isto)|quando (?:voce |vcs |voces |tu )?(?:ler|lerem|leres) "
        r"(?:isso|isto))(?: \w+){0,6}? (?:nao (?:e|foi) (?:culpa sua|sua culpa|tua culpa|culpa tua|"
        r"culpa de ninguem|culpa de voces)(?! (?:que|se|o|a|os|as)\b)|nao se culpe|nao te culpes|nao se culpem|deixei (?:uma )?"
        r"carta))",
    ),
    rule(
        S,
        r"\b(?P<core>nao (?:chora|chore|chorem|chores|sofra|sofram|fica triste|fique triste) por "
        r"mim)",
        needs=r"\b(?:quando (?:souber|souberem|eu (?:partir|for|nao estiver))|foi|foram|perdoa|"
        r"perdoem|perdao|desculpa|adeus)\b",
        neighbours=True,
        unless=r"\b(?:filme|serie|novela|musica|jogo|prova)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:pra|para|por se) quando (?:eu )?(?:ja )?(?:ca |aqui )?(?:nao (?:estiver|"
        r"existir)|partir|me for|faltar))\b(?! (?:em|no|na|por|disponivel|de|a trabalho)\b)",
        needs=r"\b(?:senha|senhas|pin|conta|contas|banco|carta|cartas|cuidem|adeus|amo voces)\b",
        neighbours=True,
    ),
    # Means: beyond the railing up high; the car thrown under a lorry "e vai parecer acidente".
    rule(
        S,
        r"\b(?P<core>(?:ja )?(?:passei|pulei|sai|to|estou|fiquei) (?:pro|para o|do|no) outro lado "
        r"(?:da|do) (?:grade|parapeito|mureta|corrimao|guarda-corpo|guarda corpo|cerca|muro|beiral|"
        r"tela|rede))\b",
        needs=r"\b(?:terraco|predio|andar|andares|ponte|viaduto|sacada|varanda|telhado|laje|"
        r"penhasco|falesia|metros|altura|edificio|mirante)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:vou|quero|penso em|vontade de) (?:jogar|bater|enfiar|meter|atirar|lancar) "
        r"(?:o|meu|o meu) carro (?:\w+ ){0,3}?(?:debaixo|contra|em|no|na|num|numa|pra|para|de))",
        needs=r"\b(?:parecer (?:um )?acidente|de proposito|morrer|acabar|pra sempre|caminhao|"
        r"carreta|ribanceira|penhasco|precipicio|poste|arvore|muro|rio)\b",
    ),
    # A ligature that "aguenta meu peso".
    rule(
        S,
        r"\b(?P<core>(?:aguenta|aguentaria|aguentou|suporta|suportaria|suportou) (?:bem )?(?:o )?"
        r"meu peso)",
        needs=_LIGATURE,
        unless=r"\b(?:barra|academia|escalada|rede de descanso|balanco|rapel|bike|mochila|"
        r"cadeira|prateleira)\b",
    ),
    # Plans: a day chosen "pra não estragar" someone's day; affairs in order, then "domingo eu
    # vou."; where and when nobody passes; ready, waiting for the house to sleep; the
    # highest floor without a net; going straight to the railway "tá decidido".
    rule(
        S,
        r"\b(?P<core>ja (?:escolhi|decidi|marquei|tenho|defini) (?:o|a) (?:dia|data)(?! (?:de|do|"
        r"da|pra|para)\b))",
        needs=r"\b(?:(?:pra|para) nao (?:estragar|atrapalhar|arruinar|estragar)|depois do "
        r"(?:niver|aniversario|casamento|natal)|carta|cartas|despedi\w*|ninguem (?:saiba|perceba|"
        r"desconfie))",
        neighbours=True,
        unless=r"\b(?:viagem|voo|mudanca|prova|entrevista|cirurgia|consulta|tatuagem|festa "
        r"surpresa|presente|cha de|show)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|hoje|hoje a "
        r"noite|dia \d{1,2}) (?:eu )?(?:vou|parto|me vou)(?= ?(?:$|[.!]|embora (?:pra|para) sempre|"
        r"em paz|tranquil)))",
        needs=r"\b(?:(?:deixei|deixo|ta|tao|esta|estao|ficou|ficaram) (?:\w+ ){0,4}?(?:pagos?|pagas?|"
        r"organizad[oa]s?|em ordem|resolvid[oa]s?|quitad[oa]s?)|(?:paguei|organizei|quitei|"
        r"resolvi) (?:\w+ ){0,2}?(?:dividas|contas|papeis|aluguel|boletos)|testamento)\b",
        neighbours=True,
        unless=r"\b(?:viagem|viajar|voo|aeroporto|mudanca|ferias|pais|cidade|casa nova|"
        r"intercambio|onibus|rodoviaria|praia)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:a que horas|quando|onde|por onde) nao (?:passa|tem|me ve|vai me ver|me "
        r"encontra|me acha|vai me achar) ninguem)",
        needs=r"\b(?:ponte|viaduto|linha do trem|trilhos?|predio|terraco|penhasco|rio|mirante|"
        r"represa|falesia|telhado|laje)\b",
        neighbours=True,
        unless=r"\b(?:foto\w*|pesca\w*|correr|bike|passear|grafite|pichar|namorar|fumar|skate)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:to|estou|ja to|ja estou) pront[oa](?: \w+){0,3}?[,.]? (?:so )?(?:to |estou "
        r"|fico )?(?:esperando|aguardando|a espera (?:de|que)|a esperar (?:que)?) (?:\w+ ){0,2}?"
        r"(?:dormir|dormirem|sair|sairem|ir embora|viajar|viajarem))\b",
        unless=r"\b(?:ver|jogar|assistir|comer|fugir pra|balada|festa|presente|surpresa|serie|"
        r"filme|namorad\w*|sair escondid\w*|videochamada|ligar)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:andar|predio|ponte|lugar|ponto|terraco|mirante|viaduto|estacionamento|"
        r"edificio) mais alt[oa](?: \w+){0,6}? (?:que nao tem|sem) (?:rede|grade|tela|protecao|"
        r"seguranca|cameras?|vigia))\b",
        unless=r"\b(?:fotos?|vista|por do sol|turis\w*|passeio|selfie|drone)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:vou|irei) (?:direto |direito )?(?:pra|para|pro|ate)(?: a| o| os)? "
        r"(?:linha do trem|linha do comboio|trilhos|ponte|viaduto|terraco|penhasco|represa|"
        r"telhado))\b",
        needs=r"\b(?:decidid[oa]|ja era|pra sempre|para sempre|me jogar|pular|adeus|nao me "
        r"procurem|acabou|ta resolvido|sem volta)\b",
        neighbours=True,
        unless=r"\b(?:pesca\w*|foto\w*|correr|bike|passear|cachorro|turistas?|show|festa)\b",
    ),
    # Someone else: photos of bleeding wrists; someone being beaten now.
    rule(
        H,
        r"\b(?P<core>(?:pulsos|bracos|pernas|coxas|antebracos) (?:\w+ )?(?:sangrando|"
        r"ensanguentad\w+|cheios de cortes|com cortes (?:novos|frescos)|todo cortados?|cortados))",
        about_others=True,
        unless=r"\b(?:cai|caiu|queda|bike|moto|acidente|patins|skate|vidro|gato|faca de "
        r"cozinha|cozinhando)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:ta|esta|estao|tao|fica|ficam) (?:espancando|agredindo|enforcando|"
        r"esganando|estrangulando|socando|estuprando|chutando|batendo) (?:nela|nele|nelas|neles|"
        r"ela|ele|a (?:mulher|esposa|crianca|menina|filha|mae)|(?:na|no|nas|nos) (?:minha|meu|"
        r"minhas|meus|sua|seu) \w+|na (?:mulher|esposa|namorada|crianca|menina|filha|mae|vizinha)|"
        r"no (?:menino|filho|bebe|pai|vizinho)|em mim))\b",
        about_others=True,
        unless=r"\b(?:jogo|jogando|videogame|luta de|ufc|mma|boxe|treino|filme|serie|novela|"
        r"bola|massa|bolo|porta|portao)\b",
    ),
    # Children: photos asked "e não contar pros meus pais"; an adult who "mexe em mim" with fear.
    rule(
        D,
        r"\b(?P<core>(?:pede|pediu|fica pedindo|manda|mandou|quer que eu) (?:pra |para )?(?:eu )?"
        r"(?:mandar|enviar|tirar|mande|envie|tire) (?:uma |umas |mais )?fotos?(?: \w+){0,6}? (?:e )?"
        r"(?:nao|sem) (?:contar|falar|dizer) (?:nada )?(?:pros|para os|aos|pra|pro|a|para|pras) "
        r"(?:meus |minha |meu |minhas )?(?:pais|mae|pai|ninguem|familia))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:mexe|mexia|mexeu|fica mexendo|passa a mao|passava a mao) (?:\w+ )?em mim "
        r"quando|me (?:toca|tocava|tocou|apalpa|apalpava) quando)",
        needs=rf"(?s:\A(?=.*(?:{_ADULT}|{_TRUSTED}))(?=.*(?:{_FEAR}|nojo|segredo|nao quero ir|nao "
        r"conta|nao (?:me )?gosto)))",
        neighbours=True,
    ),
    # DANGER: a threat shouted at the door; being followed now.
    rule(
        D,
        r"\b(?P<core>(?:dizendo|disse|diz|falando|falou|gritando|gritou|jurando|jurou) que vai me "
        r"(?:matar|pegar|bater|quebrar|furar|acabar|esfaquear|dar um tiro))",
        needs=r"\b(?:ex|porta|portao|frente de casa|faca|arma|revolver|medo|policia|chutando|"
        r"arromb\w*|socorro|ajuda)\b",
        unless=r"\b(?:se eu chegar|nota|boletim|prova|atrasad\w*|kkk\w*|haha\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:tao|estao|ta|esta|continua|continuam|fica|ficam|tem (?:um|uma|dois|tres|"
        r"uns|umas) \w+(?: \w+)?) me (?:seguindo|"
        r"perseguindo|cercando|encurralando|vigiando))\b",
        unless=r"\b(?:insta\w*|redes|twitter|tiktok|seguidores|youtube|twitch|perfil|conta)\b",
    ),
    # Round 6, second pass: a pet left and goodbyes said to everyone; a child shown videos or
    # pictures by a grown-up.
    rule(
        S,
        r"\b(?P<core>me despedi de (?:todos|todo mundo|voces|vcs|geral|toda a gente))\b",
        needs=r"\b(?:deixei (?:o |a )?(?:meu|minha) (?:gat[oa]|cachorr[oa]|cadel[oa]|pet|"
        r"passarinho|coelho)|dei (?:o |a )?(?:meu|minha) (?:gat[oa]|cachorr[oa]|cadel[oa])|doei|dei "
        r"(?:minhas|meus) coisas|cartas?|nao me procurem)\b",
        neighbours=True,
        unless=_TRAVEL + r"|\b(?:festa|trabalho|escola|empresa|turma|formatura|ferias|praia|sitio|"
        r"fazenda|acampamento|excursao|congresso|fds|fim de semana)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:mostra|mostrou|mostrava|manda|mandou|fica mostrando|poe|pos) (?:\w+ )?"
        r"(?:videos|fotos|filmes|imagens|coisas) (?:estranh[oa]s|feios|feias|de adulto|de "
        r"adultos|porno\w*|de gente pelada|pelad[oa]s|de sexo|nojent[oa]s|sem roupa))"
        r"(?! d[aeo]s? (?:sua|seu|minha|meu|viagem|ferias|quando)\b)",
        needs=rf"(?s:\A(?=.*(?:{_ADULT}|{_TRUSTED}))(?=.*(?:minha filha|meu filho|irmazinha|"
        r"irmaozinho|sobrinh[oa]|crianca|\b(?:[2-9]|1[0-7]) anos\b|de (?:[2-9]|1[0-7])\b|tenho "
        r"(?:[4-9]|1[0-7])\b)))",
        neighbours=True,
    ),
)
_R6 = _own_sentence(_R6)
_CHECK_IN_R6: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>tanto faz (?:o que|se) (?:\w+ )?(?:acontecer|acontece|acontecesse) comigo|"
        r"(?:ja )?nao me importa (?:mais )?o que (?:acontecer|acontece) comigo|tanto faz se eu "
        r"(?:morrer|viver|sumir)|(?:to|estou) me apagando|cansad[oa] de estar cansad[oa](?! d[eoa]s?\b))\b",
        negatable=False,
    ),
)

del D, S, H

_ORDER = {Concern.DANGER: 0, Concern.SUICIDE: 1, Concern.SELF_HARM: 2}

LANGUAGE = Language(
    code="pt",
    crisis=tuple(
        sorted(
            _CRISIS + _MORE + _ROUND3 + _ROUND3B + _ROUND3C + _ROUND4 + _ROUND5 + _R6,
            key=lambda each: _ORDER[each.concern],
        )
    ),
    check_in=_CHECK_IN + _CHECK_IN_ROUND3 + _CHECK_IN_ROUND5 + _CHECK_IN_R6,
    shorthand=(*_SHORTHAND, _RECOVERY),
    subjects=(
        "eu voce ele ela eles elas nos ninguem alguem todos todas mas porque que quando se pois"
    ),
    first_person="eu",
    # "Ninguém" is also a subject: "ninguém me bate" denies what follows it.
    negators=r"nao|nunca|jamais|nem|tampouco|ninguem",
    doubt_after="sei consigo paro aguento sabia entendo posso",
    resisting_before=(
        "tento tentando tentei procuro prometi prometo jurei juro ja pra para de luto lutando"
    ),
    history_after=r" ?(?:\w+ ){0,3}?(?:de novo|outra vez)\b",
    # "Me automutilar nunca foi comigo", "me matar não é opção", "morrer? nem pensar".
    denied_after=(
        r"\s*,?\s*(?:nunca|jamais|nao) (?:foi|e|era|sera|seria) (?:comigo|pra mim|para mim|a minha|"
        r"minha praia|opcao|uma opcao)\b|\s*,?\s+(?:nem pensar|nem morto|nem morta|nem a pau|nem "
        r"sonhando|nem de longe)\b|\s+(?:nao|nunca|jamais) (?:faria isso|farei isso|esta nos "
        r"meus planos|ta nos meus planos)\b"
    ),
    # "Eu jamais faria isso, me matar" (the comma would hide the denial from the clause).
    denied_before=r"\b(?:jamais|nunca|nao) (?:faria|farei|faco) (?:isso|isto)|\bnenhuma intencao",
    # "Pensamentos suicidas? Não, de jeito nenhum."; and "... nunca foi comigo" after any
    # phrase (another language's rule that cannot be negated may hold the same word).
    answered_no=(
        r"(?:\s+eu)?\s*\?+\s*(?:nao(?! (?:sei|tenho certeza)\b)\b|nops?\b|nope\b|nah\b|nada\b|nem\b|de "
        r"jeito nenhum|"
        r"jamais\b|nunca\b|negativo\b|que nada\b|zero\b|nenhum\w*)|\s*,?\s*(?:nunca|jamais) "
        r"(?:foi|e) (?:comigo|pra mim|para mim|a minha praia)\b"
    ),
    fiction=(
        r"\b(?:filme|filmes|serie|series|livro|livros|romance|novela|novelas|capitulo|"
        r"episodio|temporada|personagem|personagens|protagonista|conto|noticia|noticias|jornal|"
        r"telejornal|reportagem|artigo|articulo|podcast|documentario|musica|cancao|letra|anime|(?<!de )manga|"
        r"videogame|jogo|peca|teatro|tiktok|youtube|reddit|twitter|netflix|estatisticas|estudo|"
        r"pesquisa|campanha|prevencao|setembro amarelo|palestra|true crime)\b"
    ),
)
