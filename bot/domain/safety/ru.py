"""Crisis-screen rules for Russian (see bot.domain.safety and its engine).

How Russian text is read
- The engine lowercases and removes accents, so rules are written with "е" for "ё" and
  "и" for "й" ("покончить с собои", "уити из жизни", "мои"). Shorthand maps common phone
  misspellings ("хочю", "хачу", "умиреть", "жыть", "сибя", "щас"); the rules spell out
  slang and variants themselves ("суецид", "селф харм", "ркнуться", "роскомнадзорнуться",
  "самовыпил", "вздернуться"), and one rule reads Latin transliteration ("hochu umeret",
  "ne hochu zhit", "ubit sebya"; written as rules, not shorthand, so that English text
  such as "self harm" is left to the English rules and their negation).
- Negation. Russian puts "не" right before the verb it denies, and run-on phone text
  ("ничего не помогает хочу умереть") would be wrongly denied by a wide window. So the
  shorthand fuses "не" to the next word ("не_хочу"): a phrase written as "\\bхочу умереть"
  then never matches "не_хочу умереть", and phrases that carry their own negation are
  written with it ("не_хочу жить"). Only a few fused modals count as negators for the
  engine's window ("я никогда не_стану себя резать"). "чуть не", "едва не" (nearly) and
  "стараюсь/пытаюсь не" (resisting) are not fused, so "чуть не покончила с собои" and
  "стараюсь не резаться" are flagged.
- Past tense does not mark the person in Russian ("покончил с собои" may be "he" or "I"),
  so past third-person forms of death verbs are not rules on their own: a past death is
  grief ("друг покончил с собои три года назад" is not flagged). The writer's own history
  is read from "пыталась/чуть не/меня откачали/наглоталась/в 16 пыталась повеситься".

Decisions on ambiguous cases (in line with en.py)
- Own history told bare, with no present (attempts "в 16 пыталась повеситься", self-harm,
  past abuse "отец бил меня"), is flagged; a crisis that is over, told from a safe present,
  is not (round 5: "уже год не режусь, горжусь собой", "500 дней без селфхарма", "три года
  назад пыталась уйти из жизни. сегодня ... так рада, что осталась", "в детстве меня бил
  отчим, сейчас мне 30, я в безопасности"), unless a relapse, an urge or a wish is told
  now ("полгода не резалась и сегодня сорвалась", "год чистая, но тяга вернулась", "не
  режусь уже полгода, но тянет жутко"; see _RECOVERY). A friend at risk now is flagged;
  fiction and news are not (a sentence with фильм/сериал/книга/новости... and no "я").
- Explicit wishes are flagged even as jokes ("хочу сдохнуть лол", "щас выпилюсь").
  Idioms are not: "умираю со смеху", "чуть не умерла от стыда", "сдохнуть можно от
  жары", "убью его" (a colleague), "мама меня убьет", "убей меня, но...", "пристрелите
  меня", "я труп", "хоть вешайся", "хоть в петлю лезь", "выпилилась из чата" (left a chat),
  "резаться в доту" (to play), "меня бьет током", "меня душат слезы/обида", "это трогает
  меня", "лучше умереть, чем идти на эту вечеринку", "готова умереть за эту пиццу".
- "Убьет меня" is a threat (DANGER) with a leaving/telling condition ("если я уиду"),
  a threatening verb ("угрожает/сказал что убьет меня") or fear beside it.
- A partner threatening suicide to stop the writer leaving is DANGER. Hitting in play,
  sport or games ("в шутку", "на ринге", "в игре") is not danger.
- Pills are a means in any number or container ("накопила феназепама", "выпью всё из
  аптечки", "держала в руках банку с таблетками"), but not when taken for an illness
  ("таблетки от головы/аллергии", "врач назначил").
- "Не хочу так жить" is flagged (as in en.py); "не хочу жить с родителями/в этом городе/
  без него" is not.
- Check-in only: "хочу исчезнуть" (not "на выходные/из соцсетеи"), "я обуза",
  "не вижу смысла ни в чем", "не могу больше" (alone, not "...терпеть эту работу"),
  "никому не нужна", "зачем я существую", "устала от всего", "нет выхода".

Calm plans and their shape (round 2): a means is flagged with a sign of use beside it, not
alone: a rope bought or hanging (not for laundry, swings, camping), a gun with "я знаю, где
ключ/патроны", pills counted, stashed, taken from a relative or "выпить все сразу", a car
steered into a pole with a wish, gas turned on before sleep, water "и не выплывать", a date
or day chosen ("выбрала дату."), a will written, pets or things given away ("кота отдала
соседке", not kittens, not clothes grown out of), "мне это больше не понадобится" beside a
gift, "если вы это читаете, значит...", "не плачьте по мне", "когда наидешь это письмо",
"лучше бы меня не было", "больше не страшно умирать", a past jump ("прыгала с этажа", not
into snow or water). A partner's control (reading all messages, tracking location), being
held locked up, strangling (even "в шутку") and "уидешь - убью" are DANGER. Threats said
laughing or by family about food ("сестра убьет меня, если съем ее пирожное") are not.
"Урок" alone no longer marks fiction (a self-harm sentence at school is still read).

Round 3 (a fresh round written before reading the rules, tests/domain/data/crisis/
ru.fresh.toml): families rather than sentences.
- Slang and typing: "unalive себя", "ливнуть из жизни", "сделать ркн" (not the agency:
  "ркн замедлил"), "нехочу"/"хчу"/"хоч" (shorthand), "суисайд".
- Calm means and plans, flagged with a second sign beside them: pills "этого хватит",
  "в разных аптеках", "горстями", laid out "на столе" with a decision, under a pillow; a
  blade and a bath, a blade at a wrist or "в руке"; a car running in a closed garage;
  going up a roof "и прыгну", an open roof door, railings of a bridge, an open window with
  a floor; a hook that "выдержит, проверяла"; "чтобы точно насмерть", searched heights and
  doses; a day chosen "чтобы не испортить праздник"; "в воскресенье уйду" beside a plan;
  "знаю как и когда" with a wait until the house is empty; traces wiped "чтобы после меня";
  "в третий раз получится" after an attempt; thoughts back after intensive care.
- Goodbyes: "простите/сорри за всё" beside a farewell word, "goodbye навсегда", "больше
  вы меня не увидите", "всем пока, я ухожу", "больше меня не будет", a note left "на
  столе" (not "ушла в магазин"), "передайте маме, что я любила", "мама, прости, я не
  смогла", things "мне больше не нужны" (not outgrown), "так надо" after a goodbye.
- Burden: "если я уйду насовсем, им станет легче", "всем было бы пофиг, если бы я умерла",
  "когда меня не будет" beside what it spares others, "избавлю всех от себя", "было бы
  проще, если бы меня не было".
- Someone else at risk: a friend's "прости за всё" and no answer, a photo with a rope,
  gone with pills, "говорит, что скоро ее не станет", "сегодня всё закончит", locked in a
  bathroom with a blade, "группы смерти"; hitting of a sister, neighbour's child, colleague
  (plural verbs too); a child "весь в синяках" beside hitting words, left without food,
  an adult asking a child (an age under 16 beside it) for photos or to meet.
- Sexual violence: "заставил заняться сексом / спать с его друзьями", "хотя я сказала
  нет", "не останавливался, когда я просила", unwanted touching by a boss, driver or
  stranger beside a word of refusal or place, "зажал/лапал меня" (not a crowd or a cat),
  "насильно целовал", "воспользовался мной" beside drink or sleep, stealthing, filmed
  "без спроса" or "сняли, как меня раздевают", threats to post photos, "должна спать с
  ним" (not "в одной комнате"), sex for a promotion, "берет меня, когда я сплю", rubbing
  against her in a bus (not a cat), bruises explained away ("говорит, что упала, но...").
- Denials: after the verb ("убивать себя не планирую", "резать вены не буду, обещаю",
  "мыслей покончить с собой нет"), as a question answered ("повеситься? не"), from outside
  the clause ("даже не думай, что я...", "это не значит, что...", "нет планов покончить с
  собой", "не склонна к суициду", "мысли о самоубийстве меня не посещают"); a recovery
  streak with "даже не тянет" is not flagged. "Рассказала" no longer marks fiction (only
  the noun "рассказ"); videos, cartoons, coursework and essays do.
- Check-in: "ради чего я просыпаюсь", "устала быть", "лечь и больше не вставать",
  "ничего хорошего уже не случится", "я сломалась и не починюсь", "всё равно, что будет
  дальше/со мной", "зачем стараться, если ничего не получится", "всем пофиг, если я
  пропаду", "тяну всех на дно", "лучше бы я не просыпалась" (not "так рано"), "ничего не
  радует", "пустота внутри", "надежды больше нет", "ненавижу себя", "не живу, а
  существую"; "не могу больше, хочу в отпуск" is not.

Out of reach: veiled plans without a death word or a means beside them ("в пятницу всё",
"скоро всё закончится", "я всё решила", "стою на крыше"), which are also how people speak
of exams, break-ups and views; a gun in the house without a word of using it; irony the
words do not show; third-person past forms that are really the writer's own; "дайте мне
умереть спокойно" (an idiom as often as not); "кмс" (a sports rank in Russian); a bare
"это никогда не закончится" or "так будет всегда" with no word of pain beside it. The
screen reads wordings, not situations.
Round 4 (a second fresh round, ru.fresh2; families, not sentences)
- Means: a jump said in the future ("прыгну", "сигану", "бросится") with a bridge, roof,
  floor, window or rails in its sentence or the one before (not into water, onto a
  trampoline, with a parachute, in a game); "сколько надо выпить, чтобы умереть" with a
  medicine, a dose or a height; walking into a river with stones or "плавать не умею"; a
  belt or cord with a door handle, hook or pipe and "хватит/выдержит/попробую" (not
  laundry, curtains, a pull-up bar).
- Plans: "никто не помешает" beside "всё решил" or a means (not to study or rest); a
  place chosen "туда никто не ходит" or "скоро" (not a picnic, a seat, a car park); ready
  and waiting until the others leave or sleep; "после дня рождения мамы всё закончу" with
  not wanting to spoil it; debts paid or messages deleted with "ночью сделаю это"; a pet
  given away (either word order) with a cover story or "ничего не держит" (not kittens, a
  move, an allergy, a holiday); things given away by someone who says they will soon need
  nothing (not outgrown or sold); an old person who stopped eating and "хочет к деду".
- Goodbyes: "ты ни в чём не виновата" with "так будет лучше" or "меня не будет" (not a
  break-up: "для нас обоих", "расстаться");
  "прощайте" with "было классно с вами" or "не поминайте лихом" (not leaving a chat, a job,
  a school, a town); Latin "proshchajte" with "posledn/spasibo", "ujdu iz zhizni", "usnu
  navsegda", "vyp'yu vse".
- DANGER: the writer meaning to stab or strangle someone with a knife or in their sleep;
  "он не остановился, когда я сказала нет" (the "нет" is part of the phrase, not a denial)
  with "трясусь" or fear in the next sentence; an adult coming into a child's room or
  bathroom and watching or touching (not to check homework or wake them); a child made to
  do "всякое" when the parents are out or with an age; a child locked up, in Latin letters.
- Denials: suicidal thoughts denied after the noun ("суицидальных мыслей у меня нет"),
  past thoughts said to be over ("раньше были мысли покончить с собой, но уже года три как
  нет": a past attempt is still flagged), "ne hochu umirat" in Latin letters, and a
  hyperbole on a trivial repeat ("повешусь, если еще раз услышу эту песню"; not "если он
  еще раз меня ударит").
- Check-in: "я пустое место/ничтожество/никто", "не вижу выхода из этой ситуации".
- Probed with new wordings: "никто не узнает" beside "всё продумала" (not a surprise); a
  garage gate closed with the engine on; "я ухожу" with thanks for everything or
  "простите" (not leaving a job or a chat); "я вас всех любила" with a goodbye (not the
  poem); pills ", хватит точно"; "прощайте, мои деньги" is not a goodbye; jumping off a
  bridge into a river in summer is play.
- Denials in more shapes: "суицидальные мысли? неа" (a word or two between the phrase and
  the question mark), "..., я сказала нет" after the phrase, and "я не из тех, кто режет
  руки" (read as "не стану"); a crisis in a later clause or sentence is still read.
- More families: afraid to go home for a beating ("не хочу возвращаться домой, там отец
  опять будет бить", not nagging about grades); an adult showing a child porn; someone who
  says they will shoot or hang themselves, or that it would be better if she did not
  exist (not "на этой встрече"); sex while asleep; "простите за всё. это конец" (not the
  end of a season); everything left to others with "мне больше ничего не надо" (not a
  fridge before a holiday); "если меня не станет" beside past love.
- The whole supply swallowed at once ("выпью всю аптечку", "блистер трамадола ...
  сегодня всё выпью"; not crisps, water or a prescribed course) and a household poison
  drunk ("куплю крысиный яд и выпью"); more medicines by name (клофелин, димедрол,
  сертралин, ксанакс, трамал ...).
- A threat to come to school or the office with a knife or a gun, or to shoot everyone
  with a weapon beside it (not "убью всех, кто спойлерит", not a game); "хочу к ней"
  after a death (not to the cemetery); "нас всех освободит от себя" said of a parent.
- Everyday wordings kept out: waiting for everyone to leave to clean the office, messages
  to an ex deleted before a new post, a brother making one watch his series, a craft
  knife taken away at school.
Round 5 (a third fresh round, ru.fresh3: 100 cases written before reading the rules; recall
25/48 and 8/48 false alarms before its fixes, 5 of them recovery): recovery (above) and, in
_R5: a child (an age under 18, a class, "дочка", "сын") with a grown-up (отчим, дядя, дед,
тренер, физрук, мамин муж, мачеха, "мужик 35 лет") in the same or a next sentence makes a
secret ("наш секрет", "секретная игра", "маме говорить нельзя", "папа велел молчать", "если
я кому-то расскажу", "удали переписку") a danger, and so do touching or peeping, an adult's
age beside a child's with writing or meeting; children unfed for days or a lock on the
fridge; a child back from the other parent with bruises. Means: pills gathered and hidden
in any amount, a gun with its cartridges and a thought of it every evening, "если все сразу
выпить, сердце остановится?", a rope in the boot beside a wood. Someone else: a photo of
pills or a blade then offline or "всё", "знает, как и когда" or a father's gun taken, pills
hoarded, wanting to join the dead, "позаботься о коте" and the phone off, "написал в чате,
что сегодня повесится" (words between). Plans: a day chosen beside an empty home, a letter
for each child with the insurance, "мне там они не понадобятся", "осталось только дойти до
моста", "уеду за город и всё" beside a decision or calm, "все думают, что я в отпуск"
beside a date, "последний вообще везде". Self-harm: an urge back beside a blade or a clean
streak. Spared: a rope for a bike, "ещё одно голосовое, и я выйду в окно", a fanfic, a
partner's touch told with tenderness ("муж трогает меня, когда я сплю ... так мило"; not
with a refusal, fear, a child or "говорит, что это мило").
Round-5 rules that read their neighbours for what they need, and a few older ones (a belt or
cord with a door handle, affairs put in order, a child made to do things, a place chosen),
read what spares them (`unless`) in their own sentence only (_own_sentence), so that an
everyday sentence next to a crisis does not hide it.
Out of reach (round 5): a recovery or a relapse told across sentences that are not next to
each other; a grown-up named only in an earlier message.
Out of reach (round 4): words typed with Latin look-alike letters inside Cyrillic ones
("хoчу yмерeть" with Latin o, y, e): a shorthand for them would wake the Russian rules on
every message; "это его последний день" with a gift, which reads as a colleague's last day
at work as often as not; the same plans said of ordinary life.
Round 6 (a fourth fresh round, ru.fresh4: 133 cases written before reading the rules; recall
52/69, soft 2/4 and 9/60 false alarms before its fixes, 8 of them recovery), in _R6:
- Burden: relief of the others beside the writer gone, either order ("они бы вздохнули
  спокойно, если б меня не стало", "если бы я умерла, всем стало бы легче"; not "если бы
  меня не было на той встрече"), "уйду/исчезну, и всем станет легче" (not "уйду с работы").
- Means: a supply swallowed at once ("выпью все разом", "закинусь всем сразу") or bought in
  several pharmacies, with the medicine in the sentence before; "без рецепта" no longer
  reads as a prescription (it excused "парацетамол без рецепта ... выпью все разом"); a car
  in a garage with the gate closed or a hose to the exhaust, told across sentences (not
  warming the engine in frost, not switching it off, not a repair); walking or lying on
  the rails waiting for a train (not a photo walk, a platform, a railway job).
- Plans: leaving on a set day or date beside calm, a countdown or a decision ("уйду 14
  марта, осталось 9 дней, мне спокойно"; not maternity leave, a job, a party); a time
  chosen beside a means or readiness ("таблетки есть, время выбрала"; not a wedding or a
  doctor's appointment); "поеду туда и не вернусь" beside a decision or a place chosen (not
  emigration, a job, a partner); a place chosen now also with a height named or "не
  вернусь"; waiting until the others leave now reads four words between ("дождусь, когда
  родители в субботу уедут").
- DANGER: sextortion with "интимки" and no longer a celebrity leak in the news; a man
  heard shouting that he will kill her or blows heard through the wall (not a clock, a
  drill, a mother's "убьет его, если опоздает"); a grown-up asking a child (an age, a class)
  for photos in underwear or naked; a grown-up who is not a parent taking a child to his
  bed (not a parent after a nightmare or a storm).
- History: searching for a way again beside an attempt or thoughts come back (not a way to
  lose weight or to leave a job).
- Phone: "у6ить" (6 for б), "пакончу", "с/у" after "о/об/про/мысли" (not the bathroom of a
  flat ad).
- Check-in: "внутри все умерло", "живу на автомате", "будущего у меня нет" (not a
  relationship's or a project's future). "Ничего не хочется" alone (after a break-up) is
  everyday sadness now; said to last ("уже", "давно", "вообще") it still asks.
- Recovery: acts that are also told of the past (резала, порезалась, наглоталась, записки,
  письма, "хотела умереть") count as now only in a clause with no mark of the past ("в 16",
  "пять лет назад", "раньше", "был период"); more safe presents: "счастлива, что не
  сделала этого", "сейчас даже странно это вспоминать", helping others or volunteering, a
  second birthday celebrated, plans for the summer, "прошло благодаря друзьям", "живу и
  радуюсь", "теперь у меня двое детей и я счастлива".
- Probed with new wordings: burden said of oneself ("я как камень на шее") beside an end
  ("пора это прекратить навсегда"); "спасибо, что были" with a farewell and a bare "не
  ищите" ending the message; things given away "мне они уже ни к чему" (not outgrown or
  sold); a blade laid by a full bath (not shaving); waking undressed after drink or at a
  stranger's; a child hit with a belt or a cable ("бьет его ремнем"); a gun with "знаю код
  от сейфа"; "ум3реть", "сд0хнуть"; "год назад" now reads as the past for recovery, and
  "теперь я бегаю/работаю/учусь" as a safe present.
Left out (round 6): a sextortion threat about a "видео" (the word marks fiction for the
rules about others); bare "уйду в пятницу" with nothing else beside it; a bare purchase of packs
("купила 5 пачек димедрола"), standing at a platform's edge or going to a railway bridge
with no word of intent, "завтра в 6 утра, пока все спят. решение принято" (veiled plans, as
before); "пойду утоплюсь в ванне с пеной ахах" stays flagged (an explicit wish as a joke).
"""

from __future__ import annotations

from bot.domain.safety.engine import Concern, Language, Rule, rule
from bot.domain.safety.sentences import own_sentence as _own_sentence
from bot.domain.safety.sentences import spared

__all__ = ["LANGUAGE"]


# Applied in order to the normalised text (lowercase, no accents, "ё"->"е", "й"->"и").
def _word(typo: str) -> str:
    """A whole word, written to start with its letters so that it is found fast."""
    return rf"{typo}\b(?<!\w{typo})"


# Applied in order to the normalised text (lowercase, no accents, "ё"->"е", "й"->"и").
_SHORTHAND: tuple[tuple[str, str], ...] = (
    *(
        (_word(typo), word)
        for typo, word in (
            ("хочю", "хочу"),
            ("хачу", "хочу"),
            ("хачю", "хочу"),
            ("хочеться", "хочется"),
            ("хчу", "хочу"),
            ("хоч", "хочу"),
            ("нехочу", "не хочу"),
            ("нихочу", "не хочу"),
            ("нехочется", "не хочется"),
            ("нехочеться", "не хочется"),
            ("нехачу", "не хочу"),
            ("хочеца", "хочется"),
            ("умиреть", "умереть"),
            ("умерет", "умереть"),
            ("здохнуть", "сдохнуть"),
            ("жыть", "жить"),
            ("сабои", "собои"),
            ("сибя", "себя"),
            ("пакончить", "покончить"),
            ("щас", "сеичас"),
            ("ща", "сеичас"),
        )
    ),
    # Round 6: a digit typed for a letter in the words that matter ("у6ить", "у6ью себя"),
    # "пакончу" for "покончу", "с/у" for suicide after "о/об/про/мысли" (not a bathroom).
    (r"у6(?=[а-я])", "уб"),
    (r"сам[о0]у6", "самоуб"),
    (r"\bпаконч", "поконч"),
    (r"ум3р", "умер"),
    (r"сд0х", "сдох"),
    (r"п0конч", "поконч"),
    (r"(?:(?<=\bо )|(?<=\bоб )|(?<=\bпро )|(?<=\bмысли ))с/у\b", "самоубииство"),
    # "Я не из тех, кто режет руки" denies what follows, as "не стану" does.
    (r"не из тех,? (?:кто|которые|которая|которыи|что) ", "не_стану "),
    # Fuse "не" to the next word (see the docstring), and "ни" misspelt for it before
    # "хочу/жить", except "nearly" and "trying not to".
    (
        r"(?:не |ни (?=хоч|хач|жить|жыть))(?<!\wне )(?<!\wни )(?<!\bчуть не )(?<!\bедва не )"
        r"(?<!\bчуть было не )(?<!\bстараюсь не )(?<!\bпытаюсь не )(?<!\bстараться не )"
        r"(?<!\bдержусь не )(?<!\bпостараюсь не )(?=\w)",
        "не_",
    ),
)

# --- building blocks ---------------------------------------------------------------------

# A gap that may cross a comma between two clauses ("если я уиду, он меня убьет").
_CGAP = r"(?:,? [\w-]+){0,4}?,? "

# Wanting, planning, trying: what turns "умереть" into an intent.
_WANT = (
    r"(?:хочу|хочется|хотелось(?: бы)?|хотела(?: бы)?|хотел(?: бы)?|хочет|хочешь|хотят|"
    r"захотелось|захотела|захотел|охота|мечтаю|мечтала|желаю|готова|готов|пора|"
    r"решила|решил|решилась|решился|собираюсь|собиралась|собирался|собралась|собрался|"
    r"планирую|планировала|планировал|думаю|думала|думал|подумываю|подумывала|"
    r"задумываюсь|задумывалась|пыталась|пытался|пытаюсь|попыталась|попытался|пробовала|"
    r"пробовал|попробую|попробовать|тянет|мысли|мысль|мыслеи|лучше бы|лучше б|проще|легче|"
    r"надо бы|нужно|как бы|как|способ|способы|способов|мечта|желание|сил нет|не_могу не|"
    r"чуть не|едва не|чуть было не|сеичас|поиду|иду)"
)
# Acts of dying or killing oneself, as an infinitive (after _WANT).
_DIE = (
    r"(?:умереть|сдохнуть|помереть|подохнуть|умирать|сдыхать|убить себя|себя убить|"
    r"убиться(?! (?:об|о|ап|апстену|на)\b)|покончить (?:с собои|с жизнью|со всем(?! этим))|"
    r"уити из жизни|уити навсегда|свести сч[её]ты с жизнью|наложить на себя руки|"
    r"руки на себя наложить|лишить себя жизни|выпиливаться|уходить из жизни|повеситься|повесица|вскрыться|вскрыца|"
    r"вскрыть (?:себе )?вены|вены вскрыть|(?:пере)?резать (?:себе )?вены|утопиться|"
    r"застрелиться|отравиться|выпилиться|выпилица|самовыпилиться|р[оа]скомнадзорнуться|ркнуться|"
    r"наглотаться|нажраться таблеток|не_жить|не_существовать|не_быть|перестать существовать|"
    r"исчезнуть навсегда|исчезнуть насовсем|уити насовсем|уснуть навсегда|заснуть навсегда|"
    r"(?:уснуть|заснуть|лечь спать) и не_проснуться|не_проснуться|не_просыпаться|"
    r"прекратить (?:это|свое существование|жить)|закончить (?:все|жизнь|свою жизнь|с жизнью)|"
    r"склеить ласты|отбросить коньки|сыграть в ящик|вздернуться|удавиться|траван\w*|"
    r"уити на тот свет|уходить (?:совсем|навсегда)|уити совсем|в могилу|лечь в могилу|к (?:маме|папе|бабушке|дедушке) на небо)"
)
# What may follow "умереть" when it is a figure of speech.
_DIE_IDIOM = (
    r"(?! (?:от|со|с|за|ради|в (?:старости|своеи|один|одиночестве|окружении|бою)|молод\w+|"
    r"стар\w+|счастлив\w+|вместе|рядом|на сцене|героем|красиво|спокоино|во сне)\b)"
)
# Medicines and slang for pills.
_PILLS = (
    r"(?:таблет\w*|табл\w*|таблос\w*|колес\w*|пилюл\w*|снотворн\w*|лекарств\w*|феназепам\w*|"
    r"феназипам\w*|фенозепам\w*|фенибут\w*|антидепрессант\w*|нейролептик\w*|транквилизатор\w*|"
    r"парацетамол\w*|аспирин\w*|трамадол\w*|амитриптилин\w*|кветиапин\w*|галоперидол\w*|"
    r"клоназепам\w*|донормил\w*|зопиклон\w*|золпидем\w*|инсулин\w*|седатив\w*|успокоительн\w*|"
    r"корвалол\w*|валокордин\w*|ноотроп\w*|анальгин\w*|ибупрофен\w*|баклофен\w*|лирик\w*|"
    r"прегабалин\w*|азалептин\w*|сонапакс\w*|таблетос\w*|клофелин\w*|димедрол\w*|тазепам\w*|"
    r"элениум\w*|карбамазепин\w*|финлепсин\w*|депакин\w*|сертралин\w*|флуоксетин\w*|"
    r"пароксетин\w*|венлафаксин\w*|миртазапин\w*|оланзапин\w*|рисперидон\w*|гидазепам\w*|"
    r"атаракс\w*|гидроксизин\w*|тералиджен\w*|алпразолам\w*|ксанакс\w*|диазепам\w*|"
    r"реланиум\w*|морфин\w*|метадон\w*|кодеин\w*|пенталгин\w*|нурофен\w*|цитрамон\w*|"
    r"тримеприн\w*|мелаксен\w*|трамал\w*)"
)
_ADULT = (
    r"(?:отчим|дядя|дядь\w+|папа|отец|батя|брат|сводныи брат|дед|дедушка|тренер|учитель|"
    r"препод\w*|репетитор|сосед|мамин (?:парень|муж|сожитель|ухажер|друг)|взрослыи|он|"
    r"stepdad|stepfather|step dad|uncle|coach|"
    r"(?:ее|его|мамкин|папин) (?:друг|знакомыи|приятель|ухажер|сожитель))"
)
# Hitting, choking, raping: a person's act on someone.
_HIT = (
    r"(?:бьет|бил|била|били|избил|избила|избили|избивает|избивал|избивала|избивают|ударил|"
    r"ударила|ударили|ударяет|ударял|колотил|лупит|лупил|лупила|пинает|пинал|пнул|пнула|"
    r"душит|душил|душила|придушил|придушила|задушил|толкнул|толкнула|швырнул|швыряет|швырял|"
    r"таскал|таскает|отхлестал|изнасиловал|изнасиловали|насилует|насиловал|домогается|"
    r"домогался|пырнул|порезал|ранил|покалечил|истязает|истязал|мучает|мучил|"
    r"избивали|метелит|отпинал|отметелил|бьют|пинают|толкают|душат|колотят|лупят|"
    r"избивают|насилуют)"
)
# Someone else a person may hurt (a third person at risk).
_VICTIM = (
    r"(?:ее|маму|мать|сестру|сестренку|детеи|ребенка|дочь|дочку|сына|братика|жену|подругу|"
    r"мамку|соседку|тетю|бабушку|девушку|знакомую|коллегу|одноклассницу|однокурсницу|малыша|"
    r"малышку|мальчика|девочку|брата|братишку|племянни(?:ка|цу)|внука|внучку|младшего|младшую)"
)
_NOT_HIT_AFTER = (
    r"(?! (?:\w+ )?(?:током|дрож\w*|озноб\w*|мандраж\w*|тряск\w*|по самолюбию|по карману|"
    r"по нервам|слез\w*|обид\w*|злост\w*|ревност\w*|кашел\w*|смех\w*|жаб\w*|тоск\w*|мяч\w*|"
    r"дверью|веткои|волн\w*|случаино|нечаянно|в шахматы|в карты|на ринге|в спарринге|"
    r"забот\w*|вниманием|любовью|контролем))"
)
_LEAVE = (
    r"(?:уиду|уидешь|уидет|брошу|бросишь|расстанусь|расстанешься|разведусь|разведешься|"
    r"подам на развод|уеду|уедешь|сбегу|сбежишь|заявлю|заявишь|поиду в полицию|"
    r"обращусь в полицию|расскажу (?:кому|маме|в полицию|всем)|"
    r"не_вернусь|не_вернешься|оставлю его|оставишь|уиду от него|от него уиду|съеду|"
    r"перестану|попробую уити|соберу вещи)"
)
_THREAT_KILL = (
    r"(?:убьет|прибьет|зарежет|задушит|покалечит|изобьет|изуродует|пристрелит|застрелит|"
    r"закопает|сожжет|урою|убью|прибью|зарежу|задушу|покалечу|изобью|закопаю|пристрелю|"
    r"убить|прибить|зарезать|задушить|покалечить|избить|изуродовать|пристрелить|"
    r"застрелить|закопать|сжечь|мне не_жить|тебе не_жить|не_жить тебе|не_жить мне)"
)
_SELF_KILL_3 = (
    r"(?:покончит с собои|покончу с собои|покончить с собои|убьет себя|убью себя|убить себя|"
    r"повесится|повешусь|вскроется|вскроюсь|выпилится|выпилюсь|выпилиться|"
    r"наложит на себя руки|сделает (?:что-то|что-нибудь|с собои что-то) с собои|"
    r"что-то с собои сделает|что-нибудь с собои сделает|сделать с собои что-то|"
    r"что-то с собои сделать|самоубииством|суицидом|прыгнет|спрыгнет|отравится|застрелится|"
    r"застрелюсь|утопится|утоплюсь|выбросится|выброшусь|сбросится|сброшусь|отравлюсь)"
)
_BODY = (
    r"(?:руки|руку|запяст\w*|бедра|бедро|ноги|ногу|кожу|живот|предплеч\w*|плечи|плечо|вены|"
    r"тело|себя|пальцы|ляжки|икры)"
)
_CUT_ACCIDENT = (
    r"\b(?:случаино|нечаянно|готовил\w*|готовк\w*|резала (?:\w+ )?(?:хлеб|лук|овощ\w*|мясо|"
    r"салат|колбас\w*|сыр|картошк\w*|помидор\w*|огурц\w*)|картошк\w*|картофел\w*|лук\w*|"
    r"овощ\w*|хлеб\w*|мяс\w*|салат\w*|колбас\w*|бумаг\w*|стекл\w*|осколк\w*|консерв\w*|"
    r"банк\w*|брил\w*|бритье|кухн\w*|на кухне|палец|пальц\w*|ногт\w*|маникюр\w*|кошк\w*|кот|"
    r"котенок|шип\w*|роз\w*|сад\w*|огород\w*|ремонт\w*|операци\w*|сковород\w*|духовк\w*|"
    r"плит\w*|утюг\w*|чаиник\w*|кипят\w*|кастрюл\w*)\b"
)

# Sentences where hitting is play, sport or a game.
_PLAY = (
    r"\b(?:в шутку|шутя|играя|в игре|на арене|в доте|в кс|в катке|босс\w*|персонаж\w*|"
    r"по боксу|на ринге|спарринг\w*|на карате|на борьбе|в регби|в хоккее|на матче|"
    r"пеинтбол\w*|лазертаг\w*|подушками|снежками)\b"
)

# Round 5: a partner's touch told with tenderness ("муж трогает меня, когда я сплю ... так
# мило"), with no refusal, fear or disgust beside it, is not danger.
_TENDER = (
    r"(?s:\A(?!.*\b(?:не_\w+|нет|против|боюсь|страшно|противно|мерзко|больно|плач\w*|"
    r"заставля\w*|насильно|силои|прошу перестать|говорит|сказал\w*|отчим\w*|дяд\w*|тренер\w*|"
    r"ребен\w*|мне (?:\d|1[0-7]))\b)(?=.*(?:\bмило\b|\bмилот\w*|\bнежн\w*|"
    r"\bласков\w*|\bприятно\b|\bобожаю\b|\bлюблю,? когда\b|🥰|😍|❤|♥|😊|☺)))"
)

# A sentence that denies the phrase from outside its clause: "даже не думай, что я
# выпилюсь", "это не значит, что я хочу умереть", "у меня нет планов покончить с собой",
# "я не склонна к суициду", "мысли о самоубийстве меня не посещают".
_DENIAL = (
    r"\bне_(?:думаи|подумаи|думаите|значит|означает|боися|боитесь|переживаи|волнуися),? "
    r"(?:\w+ )?что\b|\b(?:нет|нету|никаких|ни малеиших) (?:\w+ )?(?:планов|мыслеи|желания|"
    r"намерени\w*|мысли|идеи|суицидальн\w*) (?:\w+ )?(?:покончить|убить|умереть|умирать|"
    r"о (?:суициде|самоубииств\w*|смерти)|сделать (?:что-то |что-нибудь )?с собои|выпилиться|"
    r"суицид\w*|самоубииств\w*|уити из жизни|наложить|лишить себя|причинить|резать|"
    r"навредить)|"
    r"\bне_склонн\w* к\b|\b(?:мысл\w*|желани\w*) "
    r"(?:\w+ ){0,3}?(?:меня |ко мне )?не_(?:посеща\w*|приход\w*|возника\w*|бывает|было|"
    r"беспоко\w*)\b|"
    r"\b(?:суицидальн\w* (?:\w+ )?(?:мысл\w*|намерени\w*|желани\w*|план\w*)|мысл\w* (?:о|об|про) "
    r"(?:суицид\w*|самоубииств\w*|смерти)|мысл\w* (?:покончить|убить себя|умереть|о том,? "
    r"чтобы умереть)) (?:\w+ ){0,3}?(?:нет|нету|не_было)(?=\s*(?:$|[.,!?;:]))|"
    r"\b(?:раньше|когда-то|давно|в юности|в школе|в детстве|было время) (?:\w+ ){0,2}?(?:были|"
    r"был|было|бывали) (?:\w+ ){0,2}?(?:мысл\w*|желани\w*|суицидальн\w*)[\w ,-]{0,60}?,? "
    r"(?:но|а|сеичас) (?:\w+ ){0,4}?(?:(?:как )?нет|прошл\w*|позади|в порядке|не_возвраща\w*)"
    r"(?=\s*(?:$|[.,!?;:]))"
)

D, S, H = Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM

# Round 5 rules that read their neighbours read what spares them in their own sentence
# (bot/domain/safety/sentences.py).


_CRISIS: tuple[Rule, ...] = (
    # ---- DANGER ----------------------------------------------------------------------
    rule(
        D, rf"\b(?:меня|нас|мне) (?:\w+ ){{0,2}}?(?P<core>{_HIT})\b{_NOT_HIT_AFTER}", unless=_PLAY
    ),
    rule(D, rf"\b(?P<core>{_HIT}) (?:\w+ )?(?:меня|нас)\b{_NOT_HIT_AFTER}", unless=_PLAY),
    rule(
        D,
        rf"\b(?P<core>{_HIT}) (?:\w+ )?{_VICTIM}{_NOT_HIT_AFTER}\b",
        about_others=True,
        unless=_PLAY,
    ),
    rule(
        D,
        rf"\b{_VICTIM} (?:\w+ ){{0,2}}?(?P<core>бьет|избивает|душит|бил|избил|избивал|насилует|"
        r"насиловал|изнасиловал|лупит|колотит|пинает|истязает|бьют|избивают|били|избили|"
        r"избила|душил|душила|задушил|придушил|душат|ударил|ударила|толкнул|лупят|колотят|"
        rf"пинают|насилуют|изнасиловали|истязают|избивала){_NOT_HIT_AFTER}\b",
        about_others=True,
        unless=_PLAY,
    ),
    rule(
        D,
        r"\b(?P<core>подн(?:имает|ял|яла|имал|имала|имали) (?:\w+ )?на (?:меня|нас|маму|ее|"
        r"детеи|ребенка|мать|сестру) руку|подн(?:имает|ял|яла|имал|имала) руку на (?:меня|нас|"
        r"маму|ее|детеи|ребенка|мать|сестру)|распуска\w* (?:\w+ )?руки|руки распуска\w*|"
        r"замахну\w* на (?:меня|нас|маму|ребенка)|(?:кидается|кидался|бросается|бросался|"
        r"набросился|накинулся|кинулся|напал|напала|напали|нападает) на (?:меня|нас|маму|"
        r"ребенка)(?! (?:\w+ )?(?:с (?:вопрос|претенз|обвинен|упрек|критик|поцелу|объят)\w*|"
        r"в (?:игре|чате|комментах|коментах|сети))))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:схватил|схватила|держал|держала|взял|сжал|сжимал|сдавил|сдавливал) "
        r"(?:меня )?(?:за )?(?:горло|шею)|руки на (?:моеи )?(?:шее|горле)|(?:нож|пистолет|ствол|"
        r"ружье|пистолетом|ножом|топором) (?:\w+ ){0,2}?(?:к (?:моему )?(?:горлу|шее|виску|голове)|"
        r"на меня)|(?:с ножом|с топором|с пистолетом|с битои) (?:\w+ )?(?:на меня|за мнои)|"
        r"(?:угрожал\w*|угрожает|грозил\w*|угрожают) (?:мне )?(?:ножом|пистолетом|ружьем|"
        r"топором|оружием|битои)|таскал\w* (?:меня )?за волосы|(?:сломал|сломала) мне "
        r"(?:\w+ )?(?:руку|нос|ребро|ребра|челюсть|палец|пальцы|ногу))\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:угрожа\w*|грози\w*|грозил\w*|пригрозил\w*|сказал\w*|говорит|говорил\w*|"
        rf"обеща\w*|пообещал\w*|кричал\w*|кричит|орал\w*|орет|написал\w*|пишет|клянется|поклялся|"
        rf"шантажиру\w*) (?:\w+ ){{0,2}}?(?:что )?(?:\w+ )?{_THREAT_KILL} (?:\w+ )?(?:меня|нас|детеи|"
        r"ребенка|маму|кота|собаку))\b",
        unless=r"\b(?:мама|мать|мамка|бабушка|сестра|сестренка|брат|братик|подруга|друг|дочь|сын|коллег\w*|начальни\w*|съем|съела|съел|съешь|доем|допью|пирож\w*|торт\w*|"
        r"смеемся|смеялись|посмеялись|ржем|хаха\w*|ахах\w*|шутит|пошутил|шутя|куплю|"
        r"двоик\w*|оценк\w*|ваз\w*|домашк\w*|уроки|опозда\w*|узнает про)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:{_THREAT_KILL}|{_SELF_KILL_3})(?: меня| нас)?{_CGAP}(?:если|когда|как "
        rf"только|если только|стоит мне) (?:я |ты )?(?:\w+ ){{0,2}}?{_LEAVE})",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:если|когда|как только) (?:я |ты )?(?:\w+ ){{0,2}}?{_LEAVE}{_CGAP}"
        rf"(?:\w+ ){{0,2}}?(?:{_THREAT_KILL}|{_SELF_KILL_3}))",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:угрожа\w*|грози\w*|грозил\w*|шантажиру\w*|пугает) (?:\w+ ){{0,2}}?"
        rf"(?:что )?{_SELF_KILL_3})",
    ),
    rule(
        D,
        r"\b(?P<core>(?:запер|заперла|заперли|запирает|запирал|запирала|закрыл|закрыла|"
        r"закрывает|закрывал) (?:\w+ )?меня (?:\w+ ){0,2}?(?:в|на) (?:квартире|комнате|доме|"
        r"ванно\w*|ключ|балконе|подвале|туалете|машине|кладовке|сарае)|держ\w* меня "
        r"(?:\w+ )?(?:взаперти|под замком)|не_(?:выпускает|выпускал|выпускают|дает|даст) "
        r"(?:мне |меня )?(?:\w+ )?(?:выити )?из (?:дома|квартиры|комнаты)|(?:забрал|забирает|"
        r"отобрал|отбирает|спрятал) (?:у меня )?(?:мои )?(?:\w+ )?(?:телефон|паспорт|документы|"
        r"ключи|карту|зарплату|деньги))\b",
        unless=r"\b(?:мама|мать|мамка|папа|родители|бабушка|двоик\w*|оценк\w*|уроки|домашк\w*|"
        r"наказан\w*|за поведение)\b",
    ),
    rule(
        D,
        r"\b(?P<core>шантажиру\w*|шантажом)\b",
        unless=r"\b(?:эмоциональн\w*|обидои|молчанием|чувством вины|слезами|игр\w*|фильм\w*|"
        r"сериал\w*)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:угрожа\w*|грози\w*|грозил\w*|пригрозил\w*) (?:мне |меня |нам )?"
        rf"(?:\w+ )?(?:{_THREAT_KILL}|расправ\w*|смертью|убииством))\b",
    ),
    rule(
        D,
        r"\b(?P<core>угрожа\w* (?:мне|нам)|не_дает (?:мне )?прохода|(?:огреб|огребла|"
        r"отхватила|отхватил|получала|получила) (?:\w+ )?от (?:мужа|него|парня|отца|отчима|"
        r"бывшего|сожителя)|подглядыва\w* за мнои|фотографиру\w* меня (?:голои|без одежды|"
        r"в душе|когда я))\b",
        unless=r"\b(?:увольнени\w*|выговор\w*|двоик\w*|судом|штраф\w*|отчислени\w*|"
        r"подарок|подарки|цветы|сообщени\w*|лаик\w*|поддержк\w*|помощь|зарплат\w*|деньг\w*)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_ADULT} (?:\w+ ){{0,3}}?(?:пристает|приставал|пристава\w*|лезет|лез) "
        rf"ко мне|{_ADULT} (?:\w+ ){{0,2}}?ко мне (?:\w+ )?(?:пристает|приставал|пристава\w*|"
        r"лезет|лез))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:дал|дала|залепил|зарядил|влепил) (?:мне )?(?:\w+ )?(?:пощечину|по лицу|"
        r"по морде|по роже|в глаз|под дых|в челюсть|по голове|по зубам|в живот)|получила "
        r"(?:\w+ )?(?:по лицу|по морде|по роже|в глаз|в челюсть|по голове|по зубам) от)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:швыряет|швырял|кидает|кидал|бросает|бросал|ломает|ломал|разбивает|"
        r"разбил|крушит|крушил) (?:\w+ )?(?:вещи|посуду|тарелки|мебель|стулья|все вокруг))\b",
        needs=r"\b(?:страшно|боюсь|прячусь|в ужасе|трясет|трясусь|дети плачут)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:страшно|боюсь) (?:\w+ )?(?:находиться|оставаться|быть|жить|спать|"
        r"засыпать) (?:\w+ )?(?:с ним|с мужем|дома|рядом с ним|в однои квартире|в однои комнате"
        r"|наедине с ним))\b",
        unless=r"\b(?:одна|один|одиночеств\w*|темнот\w*|паук\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:сказала|говорила|кричала|просила) (?:\w+ )?(?:нет|остановиться|"
        r"перестать),? (?:а|но) он (?:\w+ )?(?:не_остановился|продолжил|продолжал|не_слушал)|"
        r"(?:сказала|говорила|кричала|просила) (?:\w+ )?(?:стоп|хватит|не_надо|прекрати|"
        r"перестань),? (?:а|но) он (?:\w+ )?(?:не_остановился|продолжил|продолжал|не_слушал)"
        r"(?=\s*(?:$|[.,!?;)]|(?:\w+ )?(?:делать|трогать|раздевать|это|дальше|лезть|целовать|"
        r"снимать)))|"
        r"(?:переспал|спал|занимался сексом) со мнои,? (?:\w+ )?(?:когда|пока) я (?:\w+ )?(?:была|"
        r"спала|отключилась|без сознания)|(?:взял|берет|трогал|трогает|раздел|раздевает|залез на|"
        r"залезает на|насилует) меня,? (?:\w+ )?(?:когда|пока) "
        r"я (?:\w+ )?(?:спала|сплю|была пьян\w*|пьяна|была без сознания|без сознания|отключилась)|"
        r"требует (?:\w+ )?секс\w*)\b",
        unless=_TENDER,
    ),
    rule(
        D,
        rf"\b(?P<core>{_ADULT} (?:\w+ ){{0,5}}?(?:трогает|трогал|лапает|лапал|щупает|щупал|"
        r"раздевает|раздевал)\b(?! (?:мои|мою|мое|моих|свои|свою|ее|его|их|вещи|телефон|"
        r"компьютер|ноутбук|за живое|до слез))|(?:заходит|заходил|входит|входил|врывается) "
        r"(?:\w+ )?(?:в ванную|в душ|в туалет|в комнату) когда я (?:\w+ )?(?:моюсь|в душе|"
        r"переодеваюсь|раздеваюсь|сплю))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:запрещает|запретил|не_разрешает|не_дает) (?:мне )?(?:\w+ )?(?:общаться|"
        r"видеться|встречаться|работать|выходить|звонить) (?:с (?:подругами|друзьями|"
        r"родными|родителями|мамои|семьеи|близкими)|из дома|на работу))\b",
        unless=r"\b(?:мама|мать|папа|родители|бабушка)\b",
    ),
    rule(
        D,
        r"\b(?P<core>прячусь (?:\w+ ){0,2}?(?:от (?:него|нее|них|мужа|отца|отчима|бывшего|"
        r"парня|сожителя|папы)|в (?:ванно\w*|туалете|шкафу|кладовке|машине|подъезде))|"
        r"(?:ломится|ломился|ломятся|рвется|стучит|долбит|колотит) (?:\w+ )?в (?:дверь|"
        r"квартиру|комнату|ванную)|(?:выбивает|выбил|выломал|выламывает) дверь|"
        r"боюсь (?:идти|возвращаться|вернуться|ехать|приходить) домои|"
        r"боюсь за (?:свою|мою) жизнь|(?:я в опасности|мне опасно (?:дома|с ним|оставаться))|"
        r"не_чувствую себя в безопасности (?:дома|с ним|рядом с ним)|"
        r"(?:сбежала|убежала|ушла) (?:\w+ )?(?:из дома )?от (?:мужа|него|отца|отчима|парня) "
        r"(?:\w+ )?(?:он|ночью|в чем была|с детьми))",
        unless=r"\b(?:прятки|в прятки|двоик\w*|оценк\w*|дневник\w*|ругать|гостеи|от дождя|"
        r"от работы|квест|начальник\w*|босс\w*|коллег\w*|учител\w*|родственник\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>боюсь (?:его|мужа|отца|отчима|бывшего|парня|сожителя))(?=\s*(?:$|[.,!?;]|"
        r"когда|до дрожи|до смерти|до ужаса|он\b|потому|ведь|пьяного))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:муж|бывшии|парень|отчим|отец|сожитель|он|папа) (?:\w+ )?(?:меня )?"
        r"(?:убьет|прибьет|изобьет|покалечит|зарежет|задушит|найдет)(?: меня)?)\b",
        needs=r"\b(?:боюсь|страшно|трясет|прячусь|в ужасе|ужас|реально|помогите|спасите|"
        r"опасно|убежала|сбежала)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:боюсь|страшно|в ужасе)(?:,)? (?:что )?(?:\w+ )?(?:он|она|муж|отец|"
        r"отчим|бывшии|парень|сожитель) (?:\w+ )?(?:меня )?(?:убьет|изобьет|прибьет|ударит|"
        r"покалечит|найдет|изнасилует|задушит))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:преследует|преследовал|преследуют|преследовала) меня|следит за мнои"
        r"(?! (?:в|по) (?:инст\w*|сторис|соцсет\w*|тикток\w*|телеграм\w*|сети|ютуб\w*))|"
        r"(?:караулит|караулил|поджидает|поджидал|подкарауливает|подкараулил|выслеживает|"
        r"выследил) (?:меня )?(?:\w+ )?(?:у|возле|около|под|после)?|ходит за мнои|"
        r"сталкерит меня|(?:у меня|мои) (?:\w+ )?сталкер|(?:пишет|звонит|писал|звонил) (?:мне )?"
        r"с (?:разных|новых|чужих|левых|фейковых) (?:номеров|аккаунтов|страниц|симок))\b",
    ),
    rule(
        D,
        r"\b(?P<core>изнасил\w*|насилует|насиловал\w*|домогается|домогался|домогал\w*|"
        r"домогательств\w*|(?:домашн\w*|сексуальн\w*|физическ\w*) насили\w*|насили\w* в семье|"
        r"пережил\w* насилие|жертв\w* насилия|абьюз\w*|абью?зер\w*|абьюзивн\w*|"
        r"растлени\w*|педофил\w*)",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:принуждает|принудил|принуждал|заставляет|заставил|заставлял|вынуждает|"
        r"заставили|заставляют|заставляли|принудили|вынудили|вынуждают|"
        r"вынудил) (?:меня )?(?:\w+ )?(?:к сексу|к близости|к интиму|спать с (?:ним|нею|собои)|"
        r"спать с (?:его |своими )?(?:друзьями|другими|ними|мужиками|парнями|клиентами)|"
        r"заниматься проституци\w*|торговать телом|"
        r"заниматься (?:сексом|этим)|заняться (?:сексом|этим|любовью)|переспать с ним|"
        r"делать это|сделать минет|отсосать|лечь с ним|лечь в постель|раздеваться|раздеться|делать минет|трогать его|"
        r"смотреть порно|отправ\w* (?:ему )?(?:фото|фотки|нюдсы))|(?:берет|взял|брал) (?:меня )?"
        r"силои|силои взял|против моеи воли|без моего согласия|не_давала (?:\w+ )?согласи\w*|"
        r"(?:снимал|снимает|снял|записал|записывал) (?:\w+ )?меня (?:\w+ )?без (?:моего )?(?:ведома|"
        r"согласия|разрешения))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:подсыпал\w*|подмешал\w*|подлил\w*|подкинул\w*) (?:мне )?(?:\w+ ){0,2}?"
        r"(?:в (?:напиток|бокал|стакан|коктеил\w*|пиво|вино|чаи|кофе|сок|рюмку|шот)|что-то|"
        r"что-нибудь|наркотик\w*|таблетк\w*|клофелин)|(?:меня )?опоил\w*|накачал\w* (?:меня )?"
        r"(?:чем-то|наркот\w*|таблетками))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:интимн\w*|голы\w*|откровенн\w*|обнаженн\w*) (?:фото\w*|фотк\w*|видео|"
        r"снимк\w*|селфи)|нюдс\w*|нюдес\w*|интимк\w*|(?:фото\w*|фотк\w*|видео|снимк\w*) (?:\w+ )?"
        r"(?:без одежды|в белье|голои|голым|голышом|обнаженн\w*))",
        needs=r"\b(?:угрожа\w*|грози\w*|шантаж\w*|слить|сольет|сливает|слил\w*|выложит|"
        r"выложить|выложил\w*|разошлет|разослать|разослал\w*|покажет|показать|опубликует|"
        r"опубликовать|распространит|отправит|просит|требует|заставляет|скинуть)\b",
        about_others=True,
        # Round 6: a leak of a celebrity's photos is news.
        unless=r"\b(?:знаменитост\w*|звезд\w*|актрис\w*|актер\w*|певиц\w*|блогер\w*|хакер\w*|"
        r"новост\w*)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_ADULT} (?:\w+ ){{0,3}}?(?:трогает|трогал|лапает|лапал|щупает|щупал|"
        r"раздевает|раздевал|домогается|домогался) меня|(?:трога\w*|гладит|гладил|целует|"
        r"целовал|лапа\w*) меня (?:\w+ ){0,2}?(?:там|за грудь|за попу|между ног|под одеждои|"
        r"под юбкои|под одеялом|когда никого|когда мамы|по ночам|ночью|везде))\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_ADULT} (?:\w+ ){{0,4}}?(?:заходит|приходит|пробирается|ложится|"
        r"залезает|прокрадывается|лезет|заходил|приходил|ложился|залезал) (?:\w+ ){0,3}?"
        r"(?:в (?:мою )?(?:комнату|кровать|постель|спальню)|под (?:мое )?одеяло))",
        needs=r"(?:ноч\w*|когда (?:все|мама|никого)|спл\w*|секрет\w*|трога\w*|раздева\w*|"
        r"никому|мне \d{1,2} (?:лет|год|года))",
    ),
    rule(
        D,
        r"\b(?P<core>наш (?:маленьк\w+ |общ\w+ )?секрет|(?:никому|маме|родителям) не_"
        r"(?:говорить|рассказывать|говори|рассказываи|скажешь|расскажешь|говорила|"
        r"рассказывала))\b",
        needs=r"(?:отчим|дядя|дядь|папа|отец|дед|дедушк|тренер|учитель|препод|сосед|мамин|"
        r"физрук|трудовик|вожат|священ|батюшк|кабинет|закрывает дверь|закрыл дверь|"
        r"взросл|трога|комнат|ноч|раздева|мне \d{1,2} (?:лет|год|года))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:синяк\w*|побои|ссадин\w*) (?:\w+ ){0,3}?(?:от него|от мужа|от его|"
        r"от отца|от отчима|от папы|от парня|от бывшего|от сожителя|от мамы|от матери|"
        r"после (?:него|его|ссоры|драки с ним))|(?:оставил|оставляет) (?:мне |на мне )?(?:\w+ )?"
        r"синяк\w*|снимал\w* побои|снять побои)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:отслежива\w*|проверя\w*|читает|контролиру\w*) (?:\w+ )?(?:мою геолокаци\w*|"
        r"мои переписк\w*|все переписк\w*|мои сообщения|мои телефон|каждыи мои шаг|каждыи шаг|"
        r"все мои|где я)|(?:держ\w*|запер\w*|заперт\w*) (?:\w+ ){0,2}?(?:взаперти|под замком)|"
        r"(?:угрожа\w*|грози\w*|обеща\w*) (?:\w+ )?(?:разослать|слить|выложить|опубликовать|"
        r"показать|отправить) (?:\w+ ){0,2}?(?:мое|мои|мою|наше|наши) (?:\w+ )?(?:видео|фото\w*|"
        r"фотк\w*|переписк\w*|снимк\w*))\b",
        about_others=True,
        unless=r"\b(?:мама|мать|мамка|папа|родители|бабушка|шутк\w*|мем\w*|смешн\w*|детск\w*|"
        r"свадебн\w*|домашк\w*|оценк\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:душит|душил|душила|придушил|придушила|задушил|душат) (?:\w+ )?меня|"
        r"меня (?:\w+ )?(?:душит|душил|душила|придушил|придушила)|(?:уидешь|уиди|бросишь|"
        r"уедешь|разведешься|расскажешь|заявишь|сбежишь)[ ,:-]{1,4}(?:то )?(?:\w+ ){0,3}?"
        r"(?:убью|прибью|зарежу|урою|закопаю|пристрелю|задушу))\b",
        unless=r"\b(?:слез\w*|обид\w*|кашел\w*|кашл\w*|тоск\w*|жаб\w*|смех\w*|злост\w*|"
        r"ревност\w*|астм\w*|галстук\w*|шарф\w*|одеял\w*|в игре|в доте|на миде|ворот\w*|"
        r"чувств\w*|воспоминани\w*|эмоци\w*|духот\w*|жар\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:бьет|бил|ударил|ударяет|колотит|бьют) (?:\w+ )?(?:меня )?(?:головои|"
        r"лицом) (?:об|о|в) (?:пол|стену|стол|дверь|батарею|зеркало|шкаф)|(?:держит|держал|"
        r"схватил|тянет|тянул|дернул|тащит) (?:меня )?за волосы|(?:сожжет|подожжет|спалит|"
        r"взорвет) (?:\w+ ){0,3}?(?:вместе со мнои|со мнои|с детьми|с нами)|(?:заставляет|"
        r"заставлял|принуждает) меня (?:\w+ )?делать (?:то|такое|вещи)(?:,? (?:что|чего|которые) "
        r"(?:я )?не_(?:хочу|хотела))?)\b",
        needs=r"\b(?:отчим\w*|дяд\w*|папа|отец|тренер\w*|учител\w*|муж\w*|парень|он|бывш\w*|"
        r"ноч\w*|пьян\w*|волосы|головои|лицом|сожжет|подожжет|спалит|взорвет)\b",
        unless=_PLAY,
    ),
    # Round 2: threats and attacks in other word orders.
    rule(
        D,
        rf"\b(?P<core>(?:угрожа\w*|грози\w*|пригрозил\w*|обеща\w*|пообеща\w*|сказал\w*|"
        rf"говорит|клянется|поклялся|орал\w*|кричал\w*|написал\w*),? (?:\w+ ){{0,2}}?(?:что )?"
        rf"(?:меня|нас) (?:\w+ )?{_THREAT_KILL}|(?:угрожа\w*|грози\w*|пригрозил\w*|обеща\w*|"
        r"пообеща\w*|сказал\w*|говорит|клянется|поклялся|орал\w*|кричал\w*|написал\w*),? "
        r"(?:\w+ ){0,2}?что (?:\w+ )?(?:зарежет|убьет|прибьет|пристрелит|застрелит|задушит|"
        r"закопает|урою|зарежу|убью|прибью|пристрелю|задушу|закопаю|мне не_жить|"
        r"тебе не_жить)(?: меня| нас)?(?=\s*(?:$|[.,!?;]|если|"
        r"когда|как)))",
        unless=r"\b(?:мама|мать|мамка|бабушка|сестра|сестренка|брат|братик|подруга|коллег\w*|"
        r"съем|съела|съел|съешь|доем|пирож\w*|торт\w*|начальни\w*|шеф\w*|училк\w*|"
        r"смеемся|смеялись|посмеялись|ржем|хаха\w*|ахах\w*|шутит|пошутил|шутя|куплю|"
        r"двоик\w*|оценк\w*|ваз\w*|домашк\w*|уроки|опозда\w*|узнает про|"
        r"учительниц\w*)\b|"
        rf"{_PLAY}",
    ),
    rule(
        D,
        r"\b(?P<core>пригрозил\w* (?:мне )?(?:ножом|пистолетом|ружьем|топором|оружием|битои)|"
        r"(?:гонялся|гоняется|гонится|гнался|погнался|бегал|бегает|кинулся|бросился|шел|пошел|"
        r"идет|носится) (?:\w+ )?(?:за мнои|на меня) (?:\w+ )?с (?:ножом|топором|битои|"
        r"пистолетом|ружьем|молотком|ремнем|кулаками|отверткои)|(?:кинул|кинула|бросил|бросила|"
        r"швырнул|швырнула|запустил|запустила|кидает|кидал|бросает|швыряет) (?:\w+ )?в меня "
        r"(?:\w+ )?(?:бутылк\w*|тарелк\w*|нож\w*|стул\w*|кружк\w*|телефон\w*|пепельниц\w*|"
        r"утюг\w*|чем попало|чем-то|вещ\w*|табуретк\w*|сковородк\w*|кастрюл\w*)|(?:разбил|"
        r"разбила|рассек|рассекла) мне (?:\w+ )?(?:губу|нос|лицо|голову|бровь|лоб|губы))\b",
        unless=_PLAY,
    ),
    rule(
        D,
        r"\b(?P<core>(?:запер|заперла|заперли|запирает|запирал|запирала|закрывает|закрыла|"
        r"закрыл) (?:\w+ )?меня (?:\w+ ){0,3}?(?:без еды|без воды|на сутки|на всю ночь|"
        r"на ночь|в темноте|на несколько днеи|на целыи день)|(?:морит|морили|морил|морила) "
        r"меня голодом|не_(?:кормит|кормят|кормили) меня (?:\w+ )?(?:днями|по \w+ дня|"
        r"в наказание|неделями|сутками))\b",
    ),
    rule(
        D,
        r"\b(?P<core>проснулась,? (?:а|когда|и) (?:\w+ )?(?:он|они) (?:\w+ ){0,2}?(?:на мне|"
        r"во мне|со мнои|меня (?:раздевал|трогал|лапал|снимал))|я (?:\w+ )?не_(?:соглашалась|"
        r"давала согласия|хотела этого|хотела секса)(?=\s*(?:$|[.,!?;]|на это|на секс|а он|"
        r"но он)))\b",
        needs=r"\b(?:секс\w*|трах\w*|делал\w*|спал\w*|переспал\w*|раздел\w*|проснулась|"
        r"изнасил\w*|на мне|во мне|со мнои)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:она|он|подруга|сестра|мама|друг|дети|мы) (?:\w+ ){0,2}?в (?:опасности|"
        r"смертельнои опасности))\b",
        unless=r"\b(?:вид\w*|компани\w*|проект\w*|команд\w*|матч\w*|очк\w*|работ\w*|данные|"
        r"аккаунт\w*|пароль|памятник\w*|лес\w*|игр\w*|персонаж\w*|зон\w*)\b",
    ),
    # ---- SUICIDE ---------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:убить|убью|убиваю|убивать|убила|убил|убьешь|убивала) себя|"
        r"себя (?:убить|убью|убиваю|убивать))\b",
        about_others=True,
        unless=_DENIAL,
    ),
    rule(
        S,
        r"\b(?P<core>покончу с собои|покончить с собои|с собои покончить|наложу на себя руки|"
        r"руки на себя наложу|наложит на себя руки|"
        r"покончит с собои|покончишь с собои|покончу с жизнью|уиду из жизни|уидет из жизни|"
        r"ухожу из жизни|уходит из жизни|"
        r"покончить с жизнью)\b",
        about_others=True,
        unless=rf"{_DENIAL}|\b(?:(?:друг|подруга|брат|сестра|отец|папа|мама|мать|дядя|тетя|дед|бабушка|"
        r"одноклассни\w*|знакомы\w*|сосед\w*|коллега|он|она|они) (?:\w+ ){0,3}?"
        r"(?:покончил|покончила|покончили)|не_(?:думаи|подумаи|значит|означает),? (?:\w+ )?что|"
        r"годовщин\w*|похорон\w*|памят\w*|умер|умерла|"
        r"погиб\w*|не_стало)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_WANT}(?: -|:)? (?:\w+ ){{0,2}}?{_DIE})\b{_DIE_IDIOM}",
        about_others=True,
        unless=rf"{_DENIAL}|\bне_(?:думаю|считаю|кажется|думаи|подумаи|значит|означает),? (?:что )?(?:я )?"
        r"(?:\w+ )?(?:хочу|хочется|правда|собираюсь)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:умереть|сдохнуть|помереть|подохнуть|не_жить) (?:\w+ )?(?:хочу|хочется|"
        r"хотелось|охота|бы|мечтаю|пора|готова|готов))\b",
    ),
    rule(
        S,
        r"\b(?P<core>я (?:\w+ ){0,2}?(?:чуть не |едва не |почти )?(?:покончила|покончил) с "
        r"(?:собои|жизнью)|(?:выпилюсь|выпилюся|выпилиться|выпилилась|выпилился|выпилимся|"
        r"самовыпил\w*|р[оа]скомнадзор(?:нуться|нусь|нулась|нулся|нуть|нет(?:ся)?|ится)|ркн(?:уться|усь|улась|улся)|"
        r"вскроюсь|повешусь|утоплюсь|застрелюсь|отравлюсь|застрелиться|повеситься|вскрыться|"
        r"вздернусь|вздернуться|удавлюсь|удавиться)"
        r"(?! (?:\w+ )?(?:из|с|со|от|можно|бы можно|об|о)\b))",
        unless=rf"{_DENIAL}|\b(?:хоть|впору|прям хоть|прямо хоть|хотя бы)\b (?:\w+ )?(?:вешаися|"
        r"стреляися|повеситься|застрелиться)|\b(?:еды|едои|шаурм\w*|грибами|грибов|газом от|"
        r"салатом|рыбои|турник\w*|перекладин\w*|шведск\w*)\b|\bесли (?:\w+ )?(?:еще|ещ[её] хоть|"
        r"снова|опять)(?: раз)? (?:\w+ ){0,2}?(?:услышу|включ\w*|спросит|спросят|скажет|скажут|"
        r"покажут|напишет) (?:\w+ ){0,2}?(?:песн\w*|трек\w*|реклам\w*|слов\w*|фраз\w*|вопрос\w*|"
        r"сери\w*|мем\w*|шутк\w*|анекдот\w*|эту|этот|это|этого)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:вскрыть|вскрыла|вскрою|вскрывать|резать|перерезать|перерезала|"
        r"порезать|порезала|резала|вскрыл|перерезал) (?:себе )?вены|вены (?:вскрыть|резать|"
        r"перерезать|порезать)|(?:в петлю|петлю на шею|петля на шее|петлю из)|(?:сделал\w*|"
        r"сделать|завязал\w*|завязать|связал\w*|приготовил\w*|купил\w*|повесил\w*) (?:\w+ )?"
        r"(?:петлю|веревку на|веревку для себя)|пулю в (?:лоб|висок|голову|рот)|"
        r"(?:пистолет|ружье|ствол|травмат) (?:\w+ ){0,3}?(?:к виску|в рот|к голове|в висок)|"
        r"мыло и веревк\w*|веревк\w* и мыло|веревк\w*,? (?:[\w,]+ ){0,6}?(?:привязать|повесить|"
        r"повеситься|шею|шее|петл\w*|крюк\w*|люстр\w*|турник\w*|балк\w*)|(?:уснуть|заснуть|усну|"
        r"засну|лечь спать|лягу спать) (?:\w+ )?и (?:\w+ )?(?:больше )?не_(?:проснуться|проснусь|"
        r"просыпаться))\b",
        about_others=True,
        unless=r"\b(?:хоть|впору|спиц\w*|вязан\w*|крючк\w*|пряж\w*|времени|временн\w*|двер\w*|"
        r"шкаф\w*|белья|бельевую|велик\w*|велосипед\w*|самокат\w*|байдарк\w*|каяк\w*|лодк\w*|"
        r"полк\w*|картин\w*|зеркал\w*|гамак\w*|качел\w*|кашпо|гирлянд\w*|сушить)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:шагнуть|прыгнуть|спрыгнуть|сигануть|выпрыгнуть|выброситься|броситься|"
        r"кинуться|сброситься|шагну|прыгну|спрыгну|сигану|выпрыгну|выброшусь|брошусь|кинусь|"
        r"сброшусь|лечь|лягу|выити|выиду) (?:\w+ ){0,2}?(?:(?:из|с|со) (?:\w+ )?(?:окна|балкона|"
        r"крыши|моста|этажа|многоэтажки|высотки|обрыва|скалы|девятиэтажки|шестнадцатиэтажки)|"
        r"в (?:окно|пропасть|реку|пролет|лестничныи пролет)|под (?:\w+ )?(?:поезд|электричку|"
        r"машину|фуру|грузовик|колеса|метро|трамваи|автобус|камаз)|на (?:рельсы|трассу)))",
        about_others=True,
        unless=r"\b(?:парашют\w*|тарзанк\w*|бассеин\w*|батут\w*|банджи|выше головы|"
        r"последнии вагон|от радости|на шею|пожар\w*|горит|прыжк\w*|летом|купат\w*|купаемся|"
        r"купались|нырн\w*|на спор|все так делают)\b|"
        # Round 5: one more trivial thing, and "I'll jump out of the window" is a figure.
        r"\bеще (?:одно|один|одна|одни) (?:голосов\w*|сообщени\w*|видос\w*|мем\w*|совещани\w*|"
        r"пар[аыу]|задани\w*|звонок|письм\w*|урок\w*|дедлаин\w*|созвон\w*|отчет\w*|стикер\w*|"
        r"уведомлени\w*)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:{_WANT}|стою|стояла|стоял|сижу|сидела|тянуло|хотелось|захотелось|"
        r"подумала|подумал) (?:\w+ ){0,3}?(?:шагнуть|прыгнуть|спрыгнуть|сигануть|выпрыгнуть|"
        r"выброситься|броситься|кинуться|сброситься|шагну|прыгну|спрыгну|сигану|выпрыгну|"
        r"выброшусь|брошусь|кинусь|сброшусь|вниз|выити в окно|выиду в окно|шаг вниз|к краю|"
        r"на край))\b",
        needs=r"\b(?:окн\w*|балкон\w*|крыш\w*|мост\w*|этаж\w*|высот\w*|обрыв\w*|скал\w*|рельс\w*|"
        r"поезд\w*|электричк\w*|метро|машин\w*|фур\w*|грузовик\w*|трасс\w*|пропаст\w*|вниз|"
        r"многоэтажк\w*|девятиэтажк\w*|перила\w*|край|краю)\b",
        unless=r"\b(?:парашют\w*|тарзанк\w*|бассеин\w*|батут\w*|банджи|выше головы|"
        r"последнии вагон|от радости|на шею|омут\w*|в воду с|прыжк\w*|пожар\w*)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:наглот\w*|нажрал\w*|обожрал\w*|наелась|наелся|напилась|напился) "
        rf"(?:\w+ ){{0,3}}?{_PILLS}|(?:выпить|выпью|выпила|выпил|выпиваю|съесть|съем|съела|"
        rf"принять|приму|приняла|принял|сожрать|сожру|сожрала|закинуться|закинулась|"
        rf"закинулся|проглотить|проглотила|глотать) (?:\w+ ){{0,2}}?(?:все|всю|целую|целых|"
        rf"пачку|пачки|упаковку|упаковки|блистер|блистеры|горсть|кучу|пару пачек|полпачки|"
        rf"\d{{2,}}|десяток|штук \d+|много|сразу|банку|пузырек) (?:\w+ )?(?:\w+ )?{_PILLS}|"
        rf"(?:накопила|накопил|коплю|копить|собрала|собираю|припрятала|припрятал|запасла|"
        rf"запасаю|спрятала|прячу|насобирала|скопила) (?:[\w,]+ ){{0,3}}?{_PILLS}|"
        rf"передоз\w*|передозировк\w*|(?:хочу|хочется|думаю|решила|собираюсь|готова|пыталась|"
        rf"пытался) (?:\w+ ){{0,2}}?(?:передознуться|передозировать|выпить все|съесть все))\b",
        about_others=True,
        unless=r"\b(?:кофе|кофеина|сахара|сладкого|сериал\w*|аниме|мем\w*|информаци\w*|"
        r"витамин\w*|по рецепту|как прописал|назначил|врач назначил|от (?:головы|давления|аллерги\w*|"
        r"живота|кашля|простуды|температуры|изжоги|боли|горла|насморка|тошноты))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:су[иеы]{1,2}ц[иы]д\w*|самоуби\w*|самоуб(?:|е|а|у|ом)))\b",
        about_others=True,
        unless=rf"{_DENIAL}|\b(?:(?:совершил|совершила|совершили|покончил|покончила) (?:\w+ )?"
        r"(?:суицид|самоубииств\w*)|нет (?:\w+ )?(?:суицидальн\w*|мыслеи о (?:суициде|"
        r"самоубииств\w*))|не_(?:суицидн|суицидальн|суицидник|суицидниц|думаю о|было)\w*|"
        r"(?:суицидальн\w*|мыслеи о (?:суициде|самоубииств\w*)) (?:\w+ ){0,2}?(?:нет|нету)|"
        r"(?:их|таких|никаких) (?:\w+ )?(?:нет|нету|не_было)|что (?:их )?(?:нет|нету)|"
        r"без (?:\w+ )?(?:суицидальн\w*|мыслеи о)|ни о (?:каком|какои|каких)|"
        r"никак(?:ого|их|ои) (?:\w+ )?(?:су[иеы]{1,2}ц[иы]д|самоуби)\w*|"
        r"не_(?:значит|означает),? (?:\w+ )?что|умер\w*|погиб\w*|похорон\w*|"
        r"годовщин\w*|памят\w*|профилактик\w*|лекци\w*|статистик\w*|исследовани\w*|курсов\w*|"
        r"реферат\w*|доклад\w*|диплом\w*|эссе|сочинени\w*|вебинар\w*|тренинг\w*|семинар\w*|"
        r"социальн\w*|карьерн\w*|политическ\w*|отряд\w*|squad|миссия|самоубииц\w* в игре|"
        r"су[иеы]{1,2}ц[иы]д\w* (?:\w+ )?не_(?:выход|решение|вариант))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:не_хочу|не_хочется|не_хотелось бы|не_хочу больше|больше не_хочу|"
        r"не_хочет|не_хочешь|не_хотела|не_хотел|не_хотелось|"
        r"не_хочу уже|уже не_хочу|не_желаю|не_могу больше|не_могу|нет сил|нет желания|"
        r"нет смысла|не_вижу смысла|незачем|не_зачем|не_для чего|не_ради чего|не_для кого|"
        r"не_ради кого|устала|устал|надоело|задолбалась|заебалась|заебало|не_хочется больше|"
        r"не_за чем|некому|какои смысл|зачем|смысл|неохота|не_охота|нет охоты) (?:\w+ ){0,2}?жить|"
        r"сил (?:\w+ )?жить (?:больше |уже |совсем )?(?:нет|не_осталось)|"
        r"жить (?:\w+ )?(?:не_хочу|не_хочется|незачем|надоело|не_могу|нет смысла|нет сил|"
        r"устала|устал|не_хочеться|больше не_хочу|не_хочу больше|не_для чего|не_для кого|"
        r"не_ради чего|смысла нет|нет желания|не_вижу смысла))(?! (?:с|со|в(?! (?:этом|таком|"
        r"этои) (?:мире|теле|жизни))|во|у|на|под|над|"
        r"по|при|за|без|для|ради|вместе|одна|один|однои|одному|там|здесь|тут|рядом|около|возле|"
        r"среди|между|как|так,? как|так же|прошлым|чужо\w+|чуж\w+|иллюзи\w+|надежд\w+|мечт\w+|"
        r"воспоминани\w+|отдельно|дальше с|по-старому|по-другому|на съемнои|в долг|впроголодь|"
        r"на одну|от зарплаты)\b)",
    ),
    rule(
        S,
        r"\b(?P<core>(?:устала|устал|устаю) от (?:этои )?жизни|надоела (?:\w+ )?жизнь|"
        r"жизнь (?:\w+ )?надоела|(?:мне )?незачем (?:больше )?(?:жить|просыпаться)|"
        r"не_хочу (?:больше |завтра )?просыпаться(?=\s*(?:$|[.,!?;]|никогда|больше|вообще|"
        r"каждое))|лучше бы (?:я )?(?:\w+ )?(?:умерла|умер|сдохла|сдох|исчезла|исчез|не_родилась|"
        r"не_родился|не_рождалась|не_рождался|не_существовала|не_существовал|меня не_было)|"
        r"лучше б (?:я )?(?:\w+ )?(?:умерла|умер|сдохла|сдох|не_родилась|не_родился|"
        r"меня не_было)|жаль,? что я (?:\w+ )?(?:родилась|родился|жива|жив|не_умерла|"
        r"не_умер|проснулась|проснулся)|зачем я (?:вообще )?(?:родилась|родился)|"
        r"почему я (?:еще|до сих пор|все еще) (?:жива|жив)|зачем я (?:еще|до сих пор) (?:жива|"
        r"жив|живу)|(?:лучше|проще|легче) (?:\w+ )?(?:умереть|сдохнуть),? чем (?:\w+ )?"
        r"(?:так |дальше )?(?:жить|мучиться|терпеть|существовать|просыпаться)|"
        r"(?:хочу|хочется) (?:\w+ )?(?:уснуть|заснуть) (?:\w+ )?(?:навсегда|и не_проснуться|"
        r"и больше не_проснуться)|(?:надеюсь|мечтаю|лишь бы|хоть бы|молюсь|чтобы|чтоб) "
        r"(?:\w+ )?(?:больше |завтра |утром )?не_(?:проснуться|проснусь|просыпаться)|"
        r"исчезнуть (?:навсегда|из (?:этого )?мира|с лица земли|из жизни)|"
        r"(?:хочу|хочется|хотелось бы),? чтобы (?:\w+ )?(?:моя )?жизнь (?:\w+ )?"
        r"(?:закончилась|кончилась|оборвалась|прекратилась)|"
        r"(?:хочу|хочется|хотелось бы|мечтаю),? (?:\w+ )?(?:чтобы|чтоб) меня (?:\w+ )?не_(?:было|стало|"
        r"существовало)|"
        r"(?:хочу|хочется|пора|поиду|иду|тянет|выити|шагнуть) (?:\w+ )?в окно(?=\s*(?:$|[.,!?;)]|"
        r"лол|блин|нахуи|нафиг|уже|сеичас|сегодня|прямо))|"
        r"мне (?:\w+ )?не_место (?:в этом мире|на этом свете|на земле|среди живых|в этои жизни)|"
        r"меня (?:\w+ )?ничего не_держит (?:в этои жизни|здесь|на этом свете|в этом мире)|"
        r"(?:устала|устал|надоело|не_хочу|не_хочется) (?:больше )?существовать|"
        r"(?:скоро|совсем скоро|завтра|уже) меня (?:уже )?не_будет(?=\s*(?:$|[.,!?;]))|"
        r"меня (?:скоро|уже|больше) не_будет(?=\s*(?:$|[.,!?;]))|"
        r"(?:когда|если) (?:вы |ты )?(?:это )?(?:прочитаете|прочитаешь|читаете|читаешь)(?:,? "
        r"\w+){0,4}?,? (?:меня (?:уже )?(?:нет|не_будет)|я (?:уже )?(?:мертва|мертв|умерла|умер))|"
        r"не_вините (?:себя|никого|меня)|никто не_виноват в (?:моеи смерти|том что я)|"
        r"передаите (?:\w+ ){0,2}?(?:маме|папе|всем|родителям|сестре|брату|детям|мужу|жене) "
        r"(?:\w+ )?что я (?:\w+ ){0,2}?(?:люблю|любила|любил)|"
        r"прощаите(?=\s*(?:$|[.!]))|"
        r"на тот свет|в гроб (?:\w+ )?(?:хочу|лечь|пора)|(?:хочу|пора|готова|хочется) "
        r"(?:\w+ )?в гроб)",
    ),
    rule(
        S,
        r"\b(?P<core>(?:всем|им|маме|родителям|семье|близким|миру|людям|друзьям|мужу|детям) "
        r"(?:\w+ ){0,2}?(?:будет|было бы|станет|стало бы|будет только) (?:\w+ )?(?:лучше|легче|"
        r"проще|спокоинее) без меня|без меня (?:\w+ ){0,2}?(?:будет|было бы|станет|стало бы)? ?"
        r"(?:\w+ )?(?:лучше|легче|проще|спокоинее)(?! (?:на|в) (?:работе|проекте|вечеринке|"
        r"поездке|команде))|меня (?:\w+ )?не_станет|(?:когда|если) меня не_будет(?:,? (?:\w+ )?"
        r"(?:всем|никто|лучше|легче|плевать|пофиг|все равно|вздохнут|заметит))|"
        r"меня (?:скоро |уже |больше )?не_будет (?:в живых|на этом свете|больше никогда)|"
        r"(?:никто|всем|никому) (?:\w+ ){0,2}?(?:не_заметит|не_заплачет|будет скучать|"
        r"не_расстроится|не_вспомнит|будет плевать|будет все равно|будет пофиг|не_будет "
        r"скучать|было бы (?:плевать|пофиг|все равно|наплевать)),? (?:\w+ )?(?:если|когда) "
        r"(?:бы )?(?:я|меня) (?:\w+ )?(?:умру|не_станет|исчезну|сдохну|"
        r"уиду(?! (?:с|со|из|на|в|до|раньше|пораньше|домои|от)\b)|не_будет|покончу|"
        r"умерла|умер|сдохла|сдох|не_стало|покончила|покончил)|(?:если|когда) (?:я )?(?:умру|"
        r"исчезну|сдохну|покончу с собои|уиду (?:насовсем|навсегда|из жизни)|исчезну "
        r"(?:насовсем|навсегда))(?:,? (?:\w+ ){0,2}?(?:никто|всем|им|ему|еи|легче|лучше|"
        r"плевать|пофиг|все равно|вздохнут|заметит|рады|обрадуются|проще|спокоинее)))",
        unless=r"\b(?:на работе|в отпуске|в командировке|отпуск\w*|командировк\w*|на смене)\b",
    ),
    rule(
        S,
        r"\b(?P<core>не_ищите меня(?! (?:до|в|на|сегодня|завтра|пару|онлаин|в сети|в чате))|"
        r"простите меня (?:\w+ )?(?:все|за все|пожалуиста все)|прощаите(?:,)? (?:все|всем|"
        r"навсегда|мои(?! (?:деньги|деньжата|зарплата|выходные|нервы|сон|каникулы|мечты))|мама|"
        r"папа|друзья)|прощаи(?:,)? (?:жестокии )?мир|"
        r"(?:предсмертн\w*|прощальн\w*) (?:записк\w*|письм\w*|сообщени\w*|пост\w*|видео)|"
        r"(?:(?:это|вот) (?:мое|моя|мои) последн\w* (?:сообщение|запись|письмо|пост|слова|"
        r"день|ночь)|мое последнее сообщение)(?! (?:на сегодня|сегодня|здесь|тут|в этом|"
        r"перед|до|на этои|за сегодня))|позаботьтесь (?:\w+ )?о (?:моем|моеи|моих|маме|"
        r"папе|коте|кошке|собаке|котике|песике|детях)|(?:отдала|отдал|отдам|отдаю|раздаю|"
        r"раздала|раздам|пристроила|пристрою|пристраиваю|оставляю|завещаю) (?:\w+ ){0,2}?"
        r"(?:кота|кошку|котика|собаку|пса|песика|хомяка|попугая|питомца|питомцев|все свои "
        r"вещи|свои вещи|все вещи|все что у меня есть|самое ценное))\b",
        unless=r"\b(?:передержк\w*|на время|в отпуск\w*|отпуск\w*|командировк\w*|пока я|"
        r"котят|щенков|авито|ненужн\w*|стар\w*|детск\w*|аллерги\w*|на выходные|переезд\w*|"
        r"в хорошие руки|праздник\w*|поздравлени\w*|день рождения|свадьб\w*|уезжаю|уеду|"
        r"работе|коллегам|коллективу|компани\w*|однокласс\w*|выпускн\w*|лагер\w*|др|"
        r"пропустила|пропустил|опоздал\w*|забыла|забыл|не_пришла|не_пришел)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:спасибо (?:вам )?всем|всем спасибо) за вс[её](?=\s*(?:$|[.!]|прощ|простите|люблю))|"
        r"(?:написал\w*|оставил\w*|напишу|оставлю|пишу) (?:\w+ ){0,2}?(?:записку|записки|"
        r"письма) (?:всем|родным|близким|маме и папе|на прощание|перед тем)|записк\w* "
        r"(?:\w+ )?(?:уже )?(?:написал\w*|оставил\w*)|с какого (?:\w+ )?(?:моста|этажа|окна|"
        r"крыши|балкона)|(?:выбрала|выбрал|нашла|нашел|присмотрела) (?:\w+ )?(?:мост|крышу|"
        r"место,? (?:\w+ )?(?:мост|крыша|высотка|многоэтажка|обрыв|этаж)|"
        r"способ (?:умереть|уити|покончить))|(?:меня )?откачал\w*|откачивали|"
        r"(?:лежала|лежал|попала|попал) (?:\w+ ){0,2}?(?:в реанимаци\w*|в токсикологи\w*) "
        r"(?:\w+ ){0,2}?(?:после|с) (?:\w+ )?(?:попытк\w*|таблет\w*|передоз\w*))\b",
        unless=r"\b(?:вод\w*|насос\w*|подвал\w*|жир\w*|бак\w*|топлив\w*|яму|праздник\w*|"
        r"поздравлени\w*|день рождения|др|свадьб\w*|подарк\w*|помощь|поддержк\w*|коммент\w*|"
        r"соседу|соседям|курьеру|учителю|в школу|на холодильник)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:подруга|друг|брат|сестра|парень|девушка|сын|дочь|мама|папа|"
        r"одноклассни\w*|однокурсни\w*|знакомая|знакомыи|коллега) (?:\w+ ){0,5}?(?:говорит|"
        r"пишет|написал\w*|сказал\w*|хочет|собирается|угрожает|думает) (?:\w+ ){0,2}?(?:что )?"
        r"(?:\w+ )?(?:хочет умереть|покончит с собои|убьет себя|выпилится|повесится|"
        r"не_хочет жить|прыгнет|наглотается|вскроется|отравится|утопится|застрелится|спрыгнет|"
        r"наложит на себя руки|убьется|выбросится|бросится под))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:была|после|моя|первая|вторая|третья|прошлая|последняя|неудачная|"
        r"очередная) попытк\w*)\b",
        needs=r"\b(?:не_получил\w*|не_удал\w*|больниц\w*|реанимаци\w*|откачал\w*|таблет\w*|вен\w*|су[иеы]{1,2}ц[иы]д\w*|"
        r"повес\w*|психиатр\w*|дурк\w*|психушк\w*|выжила|выжил|спасли|умереть|покончить|"
        r"самоуби\w*|окн\w*|крыш\w*|мост\w*)\b",
        unless=r"\b(?:экзамен\w*|сдал\w*|сдать|поступ\w*|права|вождени\w*|егэ|огэ|"
        r"собеседовани\w*)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:выпить|выпью|выпила|сожрать|сожру|съесть|съем|съела|проглотить|"
        rf"проглочу|глотнуть) (?:\w+ ){{0,2}}?вс[её] (?:\w+ ){{0,3}}?(?:в )?аптечк\w*|(?:высыпала|"
        rf"высыпал|пересчитала|пересчитываю|пересчитал|разложила|держала в руках|держу в руках|"
        rf"смотрю на|смотрела на) (?:\w+ ){{0,3}}?(?:{_PILLS}|банк\w* с {_PILLS})|(?:еле|чудом|"
        rf"едва) (?:\w+ )?(?:спасли|откачали|выжила|выжил)|прощаи(?:те)?,? (?:брат|братан|мама|мам|"
        rf"мамочка|папа|пап|сестра|сестренка|друг|подруга|все|мир|родные))\b",
        unless=r"\b(?:(?<!без )рецепт\w*|витамин\w*|антибиотик\w*|врач\w*|пропуск\w*|катастроф\w*|"
        r"авари\w*|пожар\w*|тонул\w*|игр\w*|просроч\w*|купить|заказать|закончил\w*|"
        r"заканчива\w*|в аптеку|выкинул\w*|выбросил\w*|разобрал\w*|от (?:головы|давления|аллерги\w*|живота|кашля|"
        r"простуды|температуры|изжоги|боли|горла|насморка|тошноты))\b",
    ),
    # Latin transliteration ("hochu umeret", "ne hochu zhit", "ubit sebya").
    rule(
        S,
        r"\b(?<!\bne )(?P<core>(?:hoch?u|hochy|xochu|hachu|hoch?ets?(?:y|i)?a) (?:\w+ ){0,2}?(?:u?meret|"
        r"umerett|umirat|sdo(?:h|x)nut|zdohnut|ubit seb|pokonchit|vypilit|povesit)|ne "
        r"(?:hoch?u|hochy|xochu|hachu|hoch?ets?(?:y|i)?a) (?:\w+ )?(?:zh|j|z)(?:i|y)t|"
        r"(?:ubit|ub'?(?:y|j)u) seb(?:ya|ja|ia|9)|pokonch(?:it|u)'? s sob|vypil(?:itsya|itsa|"
        r"yus)|povesh?(?:it'?sya|us))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:сделаю это|это сделаю|закончу это|покончу с этим|покончу со всем|"
        r"(?:это|вс[её]) конец|конец мне))\b",
        needs=r"\b(?:таблет\w*|колес\w*|снотворн\w*|веревк\w*|лезви\w*|мост\w*|крыш\w*|"
        r"окн\w*|рельс\w*|поезд\w*|записк\w*|прощ\w*|петл\w*|этаж\w*)\b",
        unless=r"\b(?:(?<!без )рецепт\w*|от головы|витамин\w*|антибиотик\w*|от простуды|экзамен\w*|"
        r"отношени\w*|расста\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:я )?ухожу[.,]? навсегда(?=\s*(?:$|[.!]))|(?:сегодня|сеичас|завтра|"
        r"ночью) (?:я )?(?:прыгаю|прыгну|шагну|шагаю)(?=\s*(?:$|[.,!?;]))|(?:сижу|стою|сидела|"
        r"стояла) на (?:подоконнике|карнизе|перилах|краю крыши|краю)|(?:набираю|набрала|"
        r"наберу) (?:\w+ )?(?:воду|ванну)|безболезненн\w* (?:способ\w*|умереть|уити|смерть)|"
        r"(?:сегодня|завтра) (?:мои )?последнии день|(?:завещаю|завещала|завещал)\b(?! бы)|"
        r"(?:прощается|прощалась|попрощался|попрощалась)(?= (?:и|а)\b|\s*[.,!?;]|\s*$))",
        about_others=True,
        needs=r"(?:окно открыто|открыто окно|этаж|вниз|прыг|шагн|бритв|лезви|таблет|нож|"
        r"решила|решил|прощ|выключил|выключила|не_отвечает|не_берет|навсегда|пишет|написал|"
        r"не_пишите|завеща|ухожу|прыгаю|прыгну|шагну|безболезнен)",
        unless=r"\b(?:парашют\w*|тарзанк\w*|банджи|в воду|вышк\w*|чаи\w*|кофе|книг\w*|дожд\w*|"
        r"книжк\w*|весн\w*|солнц\w*|"
        r"кот\w*|школ\w*|работ\w*|отпуск\w*|сесси\w*|распродаж\w*|акци\w*|лета|каникул\w*|"
        r"ремонт\w*|уборк\w*|вокзал\w*|аэропорт\w*|с работы|из компании|из команды|"
        r"окна мою|мою окна)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:сделала|сделал|делаю|сделаю) себе больно)(?=\s*(?:$|[.,!?;]|снова|"
        r"опять|специально|нарочно))",
        unless=r"\b(?:случаино|нечаянно|ударилась|ударился|упала|упал|дверью|об|о|споткнулась|"
        r"спорт\w*|трениров\w*)\b",
    ),
    # Round 2: calm plans and means in other wordings.
    rule(
        S,
        r"\b(?P<core>(?:завтра|сегодня|сеичас|ночью|вечером|утром) (?:\w+ )?(?:с|со) (?:моста|"
        r"крыши|окна|балкона|этажа)(?=\s*(?:$|[.,!?;]))|(?:смертельн|летальн)\w*|"
        r"(?:накопила|накопил|отложила|отложил|коплю|откладываю) (?:\w+ ){0,3}?на (?:свои |мои )?"
        r"похороны|больше не_боюсь(?=\s*(?:$|[.,!?;]))|(?:записк\w*|письмо) (?:\w+ )?(?:на столе|"
        r"на тумбочке|на кровати|в конверте)|(?:когда|если) (?:ты |вы )?(?:наидешь|наидете|"
        r"прочитаешь|прочитаете|прочтешь|прочтете) (?:\w+ )?(?:письмо|записку|сообщение)?,? "
        r"(?:\w+ )?(?:я буду (?:уже )?(?:далеко|не_здесь|мертва|мертв)|меня (?:уже )?не_будет|"
        r"я (?:уже )?умру)|(?:однажды|один раз|раз|дважды|когда-то|уже) (?:уже )?(?:пыталась|"
        r"пытался)(?= (?:и|но|а)\b|\s*[.,!?;]|\s*$)|меня (?:\w+ )?не_должно (?:\w+ )?(?:быть|"
        r"существовать)(?=\s*(?:$|[.,!?;]|вообще|на свете|в этом мире)))",
        about_others=True,
        needs=r"(?:таблет|феназепам|снотворн|лекарств|доз|сколько|веревк|решила|решено|"
        r"готова|готов|прощ|спасибо|собак|кот|кошк|документ|ключи|завещани|долг|письм|"
        r"записк|мысли|суицид|выжила|выжил|спасли|откачали|больниц|снова|опять|вернулись|"
        r"стыдно|моста|крыши|окна|балкона|этажа|не_должно)",
        unless=r"\b(?:работ\w*|офис\w*|начальни\w*|почт\w*|бабушк\w*|дедушк\w*|кофе\w*|"
        r"магазин\w*|ушла|ушел|вернусь|приду|купить|куплю|ключ\w*|курьер\w*|"
        r"энергетик\w*|змея|змеи|паук\w*|гриб\w*|в игре|болезн\w*|рак\w*|диагноз\w*|"
        r"прыжк\w*|в воду|парашют\w*|фото\w*|вид\w*|экзамен\w*|бросить курить|сдать)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:надеюсь|хочу|хотелось бы|лишь бы|хоть бы|мечтаю),? (?:что |чтобы )?"
        r"(?:я )?не_доживу|не_доживу до (?:[\w,]+ ){1,6}?(?:хочу|надеюсь|рада|и хорошо|"
        r"и слава богу)|"
        r"(?:посчитала|посчитал|пересчитала|подсчитала|прикинула|прикинул) (?:\w+ ){0,2}?"
        r"(?:сколько|их)|сколько (?:\w+ )?(?:надо|нужно) (?:\w+ )?(?:выпить|принять|съесть|"
        r"проглотить)(?! (?:воды|в день|на ночь))|(?:чтобы|чтоб) (?:\w+ )?не_(?:откачали|"
        r"спасли|успели|нашли вовремя)|смотр\w* вниз (?:с|из) (?:\w+ )?(?:балкона|крыши|"
        r"окна|моста|этажа)|(?:достаточно|наверняка) высок\w*(?=\s*(?:$|[.!?;]|,? чтобы "
        r"(?:\w+ )?(?:наверняка|насмерть|не_выжить|разбиться|умереть)))|с какои высоты (?:\w+ ){0,2}?"
        r"(?:насмерть|разбиться|умереть|наверняка)|(?:перерезать|перережу|полоснуть|полосну|"
        r"вскрыть|вскрою) себе (?:\w+ )?(?:горло|глотку|шею|артери\w*))\b",
        about_others=True,
        needs=r"\b(?:не_доживу|не_откачали|не_спасли|не_успели|таблет\w*|трамадол\w*|феназепам\w*|снотворн\w*|лекарств\w*|"
        r"аптечк\w*|откачали|спасли|успели|нашли|балкон\w*|крыш\w*|окн\w*|мост\w*|этаж\w*|"
        r"обрыв\w*|горло|глотку|шею|артери\w*|не_проснуться|насмерть|смертельн\w*)\b",
        unless=r"\b(?:вид\w*|красив\w*|салют\w*|фейерверк\w*|закат\w*|город\w*|витамин\w*|"
        r"(?<!без )рецепт\w*|врач\w*|по рецепту|от (?:головы|давления|аллерги\w*|боли|простуды))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:на всякии случаи,? (?:\w+ )?для себя|для себя,? на всякии случаи|"
        r"(?:выдержит|выдержат|выдержал|выдержала),? (?:\w+ ){0,2}?(?:я )?(?:проверила|проверил|"
        r"проверю|проверяла|проверял)|(?:вс[её]|я все|я всё) (?:уже |спокоино |давно |"
        r"заранее |тщательно |четко )?(?:продумала|продумал|спланировала|"
        r"спланировал|подготовила|подготовил)|(?:продумала|продумал|спланировала|спланировал|"
        r"подготовила|подготовил) (?:уже )?вс[её]|осталось (?:только |лишь )?выбрать (?:день|"
        r"дату|место|время)|осталось (?:только |лишь )?(?:дождаться|подождать) (?:ночи|утра|"
        r"выходных|пятницы|субботы|воскресенья|пока))\b)",
        needs=r"\b(?:нож\w*|лезви\w*|бритв\w*|веревк\w*|петл\w*|пистолет\w*|ружь\w*|пояс\w*|"
        r"ремен\w*|ремня|шнур\w*|крюк\w*|люстр\w*|труб\w*|карниз\w*|провод\w*|мост\w*|крыш\w*|"
        r"таблет\w*|рельс\w*|поезд\w*|этаж\w*|прыг\w*|записк\w*|прощ\w*|сделаю это|это сделаю|"
        r"письм\w*|похорон\w*|до мелочеи|уиду|уити|меня не_будет|решила|решил)\b",
        unless=r"\b(?:полк\w*|лестниц\w*|стул\w*|лед|льд\w*|поход\w*|ремонт\w*|свадьб\w*|"
        r"праздник\w*|день рождения|вечеринк\w*|отпуск\w*|поездк\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:записала|записал|написала|написал|оставила|оставил) (?:\w+ ){0,3}?"
        r"(?:видео|письмо|записку|сообщение|письма) (?:[\w,]+ ){0,3}?(?:чтобы|чтоб) (?:\w+ )?"
        r"(?:поняли|знали|не_винили)(?:,? почему)?(?=\s*(?:$|[.,!?;]))|(?:если|когда) (?:вы |ты )?"
        r"(?:это )?(?:читаете|читаешь|прочитали|прочитаете|прочитал|прочитала)(?:,? \w+){0,3},? "
        r"(?:значит|то) (?:\w+ ){0,3}?(?:получилось|меня (?:уже )?нет|я (?:уже )?(?:мертва|мертв|"
        r"умерла|умер))|не_(?:грустите|плачьте|плачь|грусти|скучаите|горюите) (?:\w+ )?(?:обо мне|"
        r"по мне)|(?:отдаите|передаите|заберите|пристроите) (?:\w+ )?(?:моего|мою|моих) "
        r"(?:\w+ )?(?:кота|кошку|котика|собаку|пса|кролика|хомяка|попугая|рыбок|крысу|"
        r"черепаху|питомц\w*)|(?:моего|мою|моих) (?:\w+ )?(?:кота|кошку|котика|собаку|пса|"
        r"кролика|хомяка|попугая|рыбок|крысу|черепаху|питомц\w*) (?:\w+ )?(?:отдаите|передаите|"
        r"заберите|пристроите)|(?:легче|лучше|проще|спокоинее) (?:\w+ ){0,2}?(?:когда|если) "
        r"(?:я )?(?:умру|исчезну|сдохну|уиду из жизни|покончу с собои)|(?:скоро|сегодня|"
        r"наконец) (?:\w+ )?это исправлю|(?:жгу|жгла|прижигаю|прижгла|прижигала) себя|"
        r"мне (?:\w+ )?(?:больше|уже) не_(?:понадобится|понадобятся|пригодится|пригодятся)"
        r"(?=\s*(?:$|[.,!?;])))",
        unless=r"\b(?:вернусь|приеду|увидимся|отпуск\w*|командировк\w*|выходны\w*|на время|"
        r"вырос\w*|мал[аоы]?|велик[аи]?|переезд\w*|похудел\w*|бросила играть|бросил играть|"
        r"на передержк\w*|в отпуск|на дачу)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:больше|дальше|уже|решила|решил|я) (?:\w+ )?не_(?:буду|стану|хочу) "
        r"(?:больше |дальше |уже )?жить(?=\s*(?:$|[.,!?;]|вообще|совсем|больше|так))|"
        r"не_(?:хочу|хочется|хотелось бы) (?:больше )?просыпаться (?:завтра|утром|больше|"
        r"никогда|вообще)(?=\s*(?:$|[.,!?;]|никогда|больше|вообще))|"
        r"(?:больше|уже|совсем) не_(?:страшно|боюсь) (?:\w+ )?(?:умирать|умереть|смерти)|"
        r"(?:умирать|умереть|смерти) (?:\w+ )?(?:больше|уже|совсем) не_(?:страшно|боюсь)|"
        r"лучше б(?:ы)? меня (?:\w+ )?не_(?:было|существовало|стало)|"
        r"(?:скореи|скорее|поскорее|поскореи|быстрее) бы (?:\w+ )?(?:сдохнуть|умереть|помереть|"
        r"подохнуть|сдохла|умерла|сдох|умер|меня не_стало|все закончилось)|"
        r"(?:вс[её]|все это|это все) (?:\w+ )?(?:кончилось|закончилось|прекратилось) навсегда|"
        r"(?:я бы|я б|с радостью|с удовольствием) (?:\w+ ){0,3}?(?:умерла|умер|сдохла|сдох)"
        r"(?=\s*(?:$|[.,!?;]|прямо|сеичас|уже|лол|если честно|честно))|"
        r"(?:я|мне|пора|хочу|думаю о|мысли о|мысли про) (?:\w+ )?(?:р[оа]скомнадзор[еау]?|ркн)\b"
        r"(?! (?:\w+ )?(?:заблок|блок|запрет|огранич|удалил|требует|замедл))|"
        r"(?:сделать|сделаю|совершить|устроить) (?:себе )?(?:ркн|р[оа]скомнадзор)\b|"
        r"(?:ркн|р[оа]скомнадзор) (?:себе )?(?:сделать|сделаю|совершить)\b|"
        r"(?:думаю|думала|думал|мысли|мысль) о том,? (?:чтобы|чтоб|как) (?:\w+ )?(?:покончить|"
        r"умереть|уити из жизни|свести сч[её]ты|не_жить|выпилиться|повеситься|убить себя|"
        r"исчезнуть навсегда)|покончить со всем этим(?: раз и навсегда)?(?=\s*(?:$|[.,!?;]))|"
        r"(?:zh|j|z)(?:i|y)t'? (?:\w+ )?ne (?:hoch?u|hochy|xochu|hachu|hoch?ets?(?:y|i)?a))",
        about_others=True,
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:думаю|думала|думал|мысли|мысль) (?:\w+ )?о (?:своеи|собственнои) "
        r"смерти|(?:думаю|думала|думал|мысли) о смерти (?:\w+ ){0,2}?(?:каждыи день|постоянно|"
        r"все время|целыми днями|днями|каждую ночь|по ночам)|(?:своеи|собственнои) смерти (?:\w+ )?(?:думаю|хочу|жду|желаю))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:купила|купил|приготовила|приготовил|нашла|нашел|достала|достал|"
        r"припрятала|припрятал|спрятала|выбрала) (?:\w+ )?(?:прочную )?(?:веревку|петлю|"
        r"шнур|трос)(?! (?:для|на|к)\b| в (?!строител\w*|хозяи\w*|хозтовар\w*|магазин\w*|"
        r"леруа|оби|ашан\w*|икее|интернет\w*|озон\w*))|(?:веревка|петля) (?:\w+ ){0,2}?(?:висит|готова|"
        r"лежит|ждет|привязана))\b",
        unless=r"\b(?:бель\w*|сушк\w*|скакалк\w*|палатк\w*|поход\w*|альпин\w*|качел\w*|"
        r"лодк\w*|собак\w*|поводок|гамак\w*|рюкзак\w*|шторы|шторн\w*|спортзал\w*|турник\w* "
        r"для|прыгать|детск\w*|для кота|для кошки|для дачи|переезд\w*|коробк\w*|велик\w*|"
        r"велосипед\w*|самокат\w*|байдарк\w*|каяк\w*|полк\w*|картин\w*|зеркал\w*|кашпо|"
        r"гирлянд\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ружье|ружья|пистолет|ствол|оружие|травмат|карабин|обрез)\w*)\b",
        needs=r"(?:знаю,? где (?:\w+ )?(?:ключ|патрон|лежит|хранит|спрятан|сеиф)|(?:знаю|помню) "
        r"(?:\w+ )?(?:код|шифр|комбинаци\w*)|"
        r"(?:ключ|патрон)\w* (?:\w+ )?знаю,? где|заряди\w*|зарядил\w*|лежит рядом|"
        r"рядом со мнои|под подушкои|"
        r"думаю об? (?:этом|нем)(?! (?:как|для) )|тянет (?:к нему|взять)|мысли о нем|"
        r"к виску|в рот\b|себе в)",
        unless=r"\b(?:игр\w*|кс|пабг|страйкбол\w*|пеинтбол\w*|тир\w*|водян\w*|охот\w* (?:на|в "
        r"выходные|с)|сеиф для|лицензи\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:выкрутить|выверну|вывернуть|выкручу|крутануть) руль|не_(?:тормозить|"
        r"буду тормозить|стану тормозить|затормозить)|(?:въехать|врезаться|влететь|въеду|"
        r"врежусь|влечу|разбиться|разобьюсь|направить машину|направлю машину) (?:\w+ ){0,3}?"
        r"(?:в (?:столб|дерево|стену|отбоиник|фуру|встречк\w*|бетон\w*|опору)|на встречку|"
        r"под фуру|насмерть))\b",
        needs=r"\b(?:хочу|хочется|хотелось|думаю|думала|мысли|мысль|тянет|специально|нарочно|"
        r"не_тормоз\w*|полнои|насмерть|решила|решил|чтобы|чтоб|и все|разогна\w*)\b",
        unless=r"\b(?:чуть не|едва не|гололед\w*|занесло|водитель|таксист|авари\w* на)\b",
    ),
    rule(
        S,
        r"\b(?P<core>не_(?:буду выплывать|выплыву|выплывать|всплыву|стану выплывать)|"
        r"(?:заиду|заити|воити|воиду|уити|уиду|зайти) (?:\w+ ){0,2}?в (?:реку|озеро|море|воду|"
        r"залив|пруд) (?:\w+ ){0,3}?(?:и не_|навсегда|с камнем|с головои|поглубже)|"
        r"камень на шею|(?:включу|включить|открою|открыть|открыла|включила) газ (?:\w+ )?"
        r"(?:и (?:\w+ )?(?:лягу|лечь|усну|уснуть|засну|заснуть)|на ночь|без огня)|"
        r"(?:отравиться|надышаться|отравлюсь|надышусь) (?:выхлоп\w* )?газ\w*|"
        r"(?:заведу|завести) машину в (?:закрытом )?гараже)\b",
        unless=r"\b(?:чаи\w*|чаиник\w*|ужин\w*|готов\w*|суп\w*|плит\w* (?:и|чтобы) "
        r"(?:поставить|сварить))\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:целую|целыи|целая|целои|полную|полныи|полная|две|три|четыре|пять|"
        rf"несколько|пару|кучу|\d+) (?:\w+ )?(?:пачк\w*|упаковк\w*|пакет\w*|блистер\w*|баночк\w*|"
        rf"банк\w*|коробк\w*|пачек|упаковок|пузыр\w*) (?:\w+ ){{0,2}}?{_PILLS}|(?:забрала|"
        rf"забрал|стащила|стащил|украла|украл|стырила|оставила|оставил) (?:\w+ ){{0,2}}?"
        rf"{_PILLS} (?:\w+ )?себе|{_PILLS} (?:\w+ ){{0,3}}?(?:забрала|забрал|стащила|украла|"
        rf"оставила) (?:\w+ )?себе)",
        unless=r"\b(?:(?<!без )рецепт\w*|витамин\w*|антибиотик\w*|врач\w*|аптек\w*|купила|купил|"
        r"заказала|от (?:головы|давления|аллерги\w*|живота|кашля|простуды|температуры|изжоги|"
        r"боли|горла|насморка|тошноты))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:выпить|выпью|съесть|съем|проглотить|проглочу|приму|принять|"
        r"закинуться|закинусь|сожрать|сожру) (?:\w+ )?(?:все|всю|вс[её]|их все|их|разом|"
        r"сразу|за раз|залпом|одним махом)(?: (?:разом|сразу|за раз|залпом))?)"
        r"(?=\s*(?:$|[.,!?;]|и\b|наверн\w*|точно|хватит|чтобы|чтоб|должно))",
        needs=_PILLS,
        unless=r"\b(?:(?<!без )рецепт\w*|витамин\w*|антибиотик\w*|врач\w*|по рецепту|от (?:головы|"
        r"давления|аллерги\w*|живота|кашля|простуды|температуры|изжоги|боли|горла|насморка|"
        r"тошноты))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:кота|кошку|котика|собаку|пса|песика|хомяка|попугая|питомца|питомцев) "
        r"(?:\w+ )?(?:отдала|отдал|пристроила|пристроил|отдам|пристрою|отдаю)|"
        r"(?:раздала|раздал|раздаю|раздам) (?:\w+ )?(?:вещи|свое|все)(?!,? (?:которые|что) )|"
        r"(?:написала|написал|составила|составил|пишу|напишу|оформила|оформил) (?:\w+ )?"
        r"завещани\w*|(?:назначила|выбрала|назначил|выбрал) (?:\w+ )?(?:дату|день)"
        r"(?=\s*(?:$|[.,!?;:]))|осталось (?:только |лишь )?(?:уити|умереть|решиться|"
        r"сделать шаг|шагнуть)(?=\s*(?:$|[.,!?;]))|дату (?:уже )?(?:назначила|выбрала|назначил|"
        r"выбрал)(?=\s*(?:$|[.,!?;:])))",
        unless=r"\b(?:передержк\w*|на время|отпуск\w*|командировк\w*|котят|щенков|авито|"
        r"ненужн\w*|стар\w*|детск\w*|аллерги\w*|на выходные|переезд\w*|в хорошие руки|"
        r"праздник\w*|день рождения|свадьб\w*|уезжаю|уеду|бабушк\w*|дедушк\w*|родител\w*|"
        r"отец|мама|папа|мал[аиоы]?|велик\w*|вырос\w*|похудел\w*|нотариус\w*|юрист\w*|адвокат\w*|имуществ\w*|ипотек\w*|квартир\w*|наследств\w*|встреч\w*|экзамен\w* (?:на|в)|"
        r"переезжа\w*|переехал\w*|цвет\w*|растени\w*|рассад\w*|конфет\w*|листовк\w*|подарк\w*|"
        r"игрушк\w*|книг\w*|одежд\w*|"
        r"защит\w*|операци\w*|собеседовани\w*|врач\w*|в офисе|на работе|на паре|на парах|"
        r"на уроке|обеда|приема|сессии|на связи|в сети|дома)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:после|к|до) (?:\w+ ){1,3}меня (?:уже |больше )?не_будет)"
        r"(?=\s*(?:$|[.,!?;]))",
        needs=r"\b(?:решено|решила|решил|навсегда|прощ\w*|окончательно)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:тому|тем|тот|те),? кто (?:\w+ )?(?:наидет|наидете|прочитает|прочтет) "
        r"(?:это|эту|записку|письмо|меня)|(?:у меня|я) (?:\w+ ){0,2}?(?:была|были) (?:\w+ )?"
        r"попытк\w*(?=\s*(?:$|[.,!?;]|в \d|когда|лет))|(?:стояла|стоял|сидела|сидел) (?:\w+ )?"
        r"на (?:краю|мосту|крыше|подоконнике|перилах|карнизе|рельсах))\b",
        needs=r"\b(?:оттащ\w*|сняли|спас\w*|остановил\w*|удержал\w*|прыгнуть|шагнуть|вниз|"
        r"решиться|не_решилась|не_решился|струсила|струсил|наидет|наидете|прочитает|прочтет|"
        r"попытк\w*|суицид\w*|самоуби\w*)\b",
        unless=r"\b(?:экзамен\w*|сдать|сдачи|поступ\w*|права|вождени\w*|егэ|огэ|"
        r"собеседовани\w*|кошел\w*|телефон\w*|ключ\w*|фото\w*|вид\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:прыгала|прыгал|спрыгнула|спрыгнул|выпрыгнула|выпрыгнул|шагнула|шагнул|"
        r"бросилась|бросился|кинулась|кинулся|выбросилась|выбросился|сбросилась) (?:\w+ ){0,2}?"
        r"(?:(?:из|с|со) (?:\w+ )?(?:окна|балкона|крыши|моста|этажа|многоэтажки|высотки|обрыва)|"
        r"под (?:\w+ )?(?:поезд|электричку|машину|фуру)))\b",
        about_others=True,
        unless=r"\b(?:сугроб\w*|снег\w*|гараж\w*|в воду|бассеин\w*|парашют\w*|тарзанк\w*|"
        r"батут\w*|пожар\w*|горел\w*|горит|кошк\w*|кот|дети|детств\w*|в детстве|мяч\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:не_видит|не_видишь|не_видят) (?:\w+ )?смысла (?:\w+ )?жить|"
        r"(?:хочет|хочу|хочется) (?:\w+ )?(?:вс[её]|это все|все это) (?:закончить|прекратить|"
        r"оборвать)(?=\s*(?:$|[.,!?;]|навсегда|раз и навсегда)))",
        about_others=True,
        needs=r"\b(?:жить|смысла|умереть|сил|навсегда|больше)\b",
    ),
    # ---- SELF_HARM -------------------------------------------------------------------
    rule(
        H,
        r"\b(?P<core>с[еэ]лф[ -]?харм\w*|самоповрежд\w*|сх\b(?= (?:\w+ )?(?:\d+|дн\w*|недел\w*|месяц\w*|"
        r"год\w*|опять|снова|уже|вернул\w*))|(?:сорвал\w*|срыв\w*|вернул\w*|завязал\w*|бросил\w*|"
        r"занимаюсь|занималась|занимался|без|с|со|про|от|к|тянет на|тянет к|мое|моим|моего|"
        r"шрамы от|следы от|чистая от|чистыи от|рецидив|опять|снова|был|была|очереднои|"
        r"очередное) сх\b)",
        about_others=True,
        unless=r"\b(?:профилактик\w*|лекци\w*|исследовани\w*|схем\w*|сельхоз\w*|урожа\w*|"
        r"сельск\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:режусь|резаться|резатся|резаца|резалась|резался|режешься|режется|"
        r"режутся|резались|порезаться|порежусь|порезалась|порезался|порежешься|нарезалась|"
        r"изрезалась|изрезался|резанулась|резанулся))\b(?! (?:в|во)\b)",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:зуб\w*|зубк\w*|карт\w*|доту|дотку|приставк\w*|комп\w*|"
        r"шахмат\w*|нарды)\b",
    ),
    rule(
        H,
        rf"\b(?P<core>(?:режу|резать|резала|резал|режет|порезала|порезал|порезать|порежу|"
        rf"изрезала|изрезал|изрезать|исполосовала|полосую|полосовала|царапаю|расцарапала|"
        rf"расцарапываю|кромсаю|кромсала) (?:себе )?{_BODY}|(?:себя|себе руки|руки|бедра|"
        rf"запястья) (?:режу|резать|резала|порезала|порезать|полосую))\b",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:наношу|нанесла|наносила|наносит|причиняю|причинила|причиняла) себе "
        r"(?:\w+ )?(?:порезы|раны|повреждения|увечья|вред|боль|ожоги))\b",
        about_others=True,
        unless=r"\b(?:когда (?:отталкива\w*|ухожу|закрываюсь)|эмоциональн\w*|словами|мысл\w*|"
        r"отношени\w*|сама себе (?:\w+ )?(?:вред|боль) (?:тем|когда))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:прижига\w*|прижгла|прижег|жгу|жгла|обжига\w*|тушу|тушила|потушила) "
        r"(?:\w+ ){0,3}?(?:себя|кожу|руку|руки|запястье|запястья|бедро|бедра|себе|об себя|"
        r"о себя|о руку|об руку|о кожу|об кожу))\b",
        unless=r"\b(?:перекис\w*|зеленк\w*|иод\w*|бородавк\w*|ранку|пластыр\w*|чаиник\w*|плит\w*|"
        r"сковород\w*|кастрюл\w*|утюг\w*|духовк\w*|кипят\w*|горяч\w*|печ\w*|солнц\w*|"
        r"случаино|нечаянно)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:бью|била|бьет|избиваю) себя (?:\w+ ){0,2}?(?:по (?:голове|лицу|щекам|"
        r"рукам|ногам|животу|бедрам)|кулаком|кулаками|головои|об стену|о стену|ремнем|до "
        r"синяков|пока)|(?:бью|била|ударяю|ударила|колочу|колотила|долблю) (?:\w+ )?(?:кулаком|"
        r"кулаками|рукои|руками) (?:в|по|об) (?:стену|стенку|стене|стол|зеркало) (?:\w+ )?(?:до "
        r"крови|пока|до синяков|до боли)|(?:бьюсь|билась|бился) головои (?:об|о) (?:стену|стенку|стол|пол|"
        r"батарею) (?:\w+ )?(?:до|пока|когда)|даю себе пощечины|(?:царапаю|расцарапываю|"
        r"расцарапала|царапала|поцарапала|поцарапал|исцарапала|ковыряю|ковыряла|раздираю|раздирала|расчесываю|расчесала|кусаю|искусала|щипаю|"
        r"царапать|расцарапывать|раздирать|расчесывать|ковырять|кусать|"
        r"щиплю|деру) (?:\w+ ){0,3}?до (?:крови|мяса|синяков)|до крови (?:\w+ )?(?:царапаю|"
        r"расцарапываю|раздираю|кусаю|расчесываю))",
        about_others=True,
        unless=r"\b(?:в грудь|пяткои|комар\w*|укус\w*|экзем\w*|аллерги\w*|зуд\w*|чешется|"
        r"дерматит\w*|ветрянк\w*|сып\w*|кошк\w*|кот|котенок)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:не_ем|не_ела|не_ел|морю себя голодом|голодаю|наказываю себя|"
        r"наказывала себя) (?:\w+ ){0,4}?(?:в наказание|чтобы наказать себя|наказать себя|"
        r"не_заслуживаю|не_заслужила)|наказываю себя (?:голодом|болью|лезвием|порезами)|"
        r"морю себя голодом|(?:бью|била|избиваю|колочу|колотила) себя(?! (?:\w+ )?(?:в грудь|"
        r"пяткои|по лбу)))\b",
        unless=r"\b(?:диет\w*|похуд\w*|пост\w*|анализ\w*|операци\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:наказываю|наказывала|наказала|наказать) себя)\b",
        needs=r"\b(?:не_ем|не_ела|голод\w*|еды|боль\w*|лезви\w*|режу|порез\w*|бью|резать|"
        r"жгу|прижига\w*|царапа\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:хочу|хочется|тянет|мысли|желание|очень хочется|опять хочется|руки "
        r"чешутся|держусь чтобы не|стараюсь не|пытаюсь не) (?:\w+ ){0,2}?(?:резаться|порезаться|"
        r"порезать себя|резать себя|себя порезать|себя резать|к лезвию|к лезвиям|к бритве|"
        r"сделать себе больно|причинить себе боль|навредить себе|себе навредить|"
        r"порезать руки|резать руки|прижечь себя))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:не_режусь|не_резалась|не_резался|не_режу себя|без сх|без порезов|"
        r"без с[еэ]лф[ -]?харма|чистая от|чистыи от|не_срывалась|не_срывался|держусь) (?:\w+ ){0,3}?"
        r"(?:\d+|уже|дн\w*|недел\w*|месяц\w*|полгода|год\w*|с (?:январ\w*|феврал\w*|март\w*|"
        r"апрел\w*|ма\w*|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|лета|"
        r"зимы|осени|весны|нового года|тех пор|школы))|(?:бросила|бросил|завязала|завязал|"
        r"перестала|перестал|больше не_режусь|больше не_режу) (?:\w+ )?(?:резаться|себя резать|"
        r"с порезами|с с[еэ]лф[ -]?хармом|резать руки)|больше не_режусь|[0-9]+ (?:\w+ )?(?:дн\w*|недел\w*|"
        r"месяц\w*|год\w*|лет) без (?:порезов|сх|с[еэ]лф[ -]?харма|срывов|лезвия)|(?:[0-9]+|один|два|"
        r"две|три|четыре|пять|шесть|полгода|полтора|пару|несколько|целыи|целую|год|месяц|неделю) "
        r"(?:\w+ )?(?:дн\w*|недел\w*|месяц\w*|год\w*|лет)? ?не_(?:резалась|резался|режусь|режу себя))\b",
        negatable=False,
        unless=r"\b(?:вол\w*|волосы|челк\w*|ногти|не_тянет|не_хочется|в прошлом|горжусь|"
        r"прошло|прошли)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:порезы|порезов|шрамы|шрамов|рубцы|ожоги|полоски|полосы|следы от "
        r"порезов|раны|свежие порезы) (?:\w+ )?на (?:руках|руке|бедрах|бедре|запястьях|"
        r"запястье|ногах|предплечьях|предплечье|животе|плечах)|свеж\w* порез\w*|(?:прячу|"
        r"скрываю|замазываю|закрываю|прятала) (?:\w+ ){0,1}?(?:шрамы|порезы|руки под "
        r"рукавами)|(?:лезви\w*|бритв\w*|канцелярск\w* нож\w*|канцелярк\w*) (?:\w+ ){0,3}?"
        r"(?:от|из) (?:точилки|станка|бритвы)|(?:разобрала|разобрал|разбираю|раскрутила|"
        r"выкрутила) (?:\w+ )?(?:точилку|станок|бритву)|(?:опять|снова|вчера|сегодня) (?:\w+ )?"
        r"(?:взяла|достала|беру|брала) (?:\w+ )?(?:лезвие|лезвия|бритву|канцелярск\w* нож|"
        r"канцелярку))\b",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:операци\w*|аварии|авари\w*|детства|драки)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:руки|рука|бедра|ноги|запястья|запястье|предплечья|живот|кожа) "
        r"(?:\w+ ){0,2}?в (?:свежих )?(?:порезах|шрамах|шрамиках|полосах|полосках|ожогах))\b",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:операци\w*|авари\w*|детства|драки|ветрянк\w*)\b",
    ),
    # ---- Round 3 (a fresh round written before reading the rules) ----------------------
    # Algospeak and slang for killing oneself: "unalive себя", "ливнуть из жизни".
    rule(
        S,
        r"\b(?P<core>unalive\w*|анэлаив\w*|аналаив\w*|самоанэлаив\w*|(?:ливнуть|ливну|"
        r"ливнула|ливнул|ливаю|выити|выиду) из (?:этои |этого |моеи )?(?:жизни|мира)|"
        r"(?:ливнуть|ливну|ливнула|выиду|выити) (?:\w+ )?из чата жизни|"
        r"су[иеы]{1,2}саид\w*|сь?юсаид\w*)",
        about_others=True,
        unless=r"\b(?:игр\w*|персонаж\w*|в доте|в кс|в майнкрафте|пабг\w*)\b",
    ),
    # Pills and "that will be enough": "две пачки, думаю этого хватит".
    rule(
        S,
        r"\b(?P<core>(?:этого|их|такого количества|этои дозы|этих|столько) (?:\w+ )?(?:точно |"
        r"наверняка |должно |вполне )?(?:хватит|хватило бы|хватить|будет достаточно)|"
        rf"{_PILLS},? (?:\w+ )?(?:точно |должно |наверняка )?(?:хватит|хватило бы)|"
        r"(?:должно|точно|наверно|наверное|думаю|надеюсь|вполне),? (?:\w+ )?(?:хватит|хватить|"
        r"хватило бы))(?=\s*(?:$|[.,!?;)]|чтобы|чтоб|наверн\w*|точно|наверняка))",
        needs=_PILLS,
        unless=r"\b(?:на (?:месяц|неделю|курс|год|дорогу|поездку)|денег|еды|бензин\w*|мест\w*|"
        r"времени|(?<!без )рецепт\w*|витамин\w*|врач\w*|по рецепту|до зарплаты|отпуск\w*|поездк\w*|"
        r"с собои|в дорогу|купить|аптек\w*|заказ\w*|от (?:головы|давления|аллерги\w*|боли|"
        r"простуды))\b",
    ),
    # Handfuls of pills, pills with alcohol to make sure.
    rule(
        S,
        rf"\b(?P<core>{_PILLS} (?:\w+ )?(?:горстями|пачками|горстью)|(?:горстями|пачками|"
        rf"горсть|горстью) (?:\w+ )?{_PILLS}|(?:запить|запью|запила|запивать) (?:\w+ )?{_PILLS} "
        r"(?:\w+ )?(?:водкои|алкоголем|вином|коньяком|бутылкои))",
        about_others=True,
        unless=r"\b(?:витамин\w*|(?<!без )рецепт\w*|врач\w*|по рецепту|нельзя|опасно|вредно|от (?:головы|"
        r"давления|аллерги\w*|живота|кашля|простуды|температуры|изжоги|боли|горла))\b",
    ),
    # One step forward at a platform or an edge, and it is over.
    rule(
        S,
        r"\b(?P<core>(?:один|пара|всего|только|лишь|маленькии) (?:\w+ )?шаг\w* (?:вперед |вниз |"
        r"с края |за край )?(?:и|-) (?:\w+ )?(?:все|вс[её]|конец|свобода)(?: (?:закончится|"
        r"кончится|прекратится))?)\b",
        needs=r"\b(?:платформ\w*|поезд\w*|электричк\w*|рельс\w*|метро|кра[юи]|край|крыш\w*|"
        r"мост\w*|балкон\w*|окн\w*|этаж\w*|обрыв\w*|вниз|перил\w*|подоконник\w*)\b",
        unless=r"\b(?:до (?:победы|цели|мечты|финиша|отпуска|диплома)|рецепт\w*|танц\w*|урок\w*|"
        r"игр\w*)\b",
    ),
    # A blade and a bath, a blade held to a wrist or a throat.
    rule(
        S,
        r"\b(?P<core>(?:бритв\w*|лезви\w*) (?:\w+ ){0,3}?(?:и|в) (?:\w+ ){0,2}?ванн\w*|"
        r"ванн\w* (?:\w+ ){0,3}?(?:и|с) (?:\w+ ){0,2}?(?:бритв\w*|лезви\w*)|(?:лезви\w*|нож\w*|"
        r"бритв\w*|осколок|осколком) (?:\w+ ){0,2}?(?:у|к|возле) (?:\w+ )?(?:запяст\w*|вен\w*|"
        r"горл\w*|шее|шеи))",
        about_others=True,
        needs=r"\b(?:думаю|сегодня|ночью|решила|решил|хочу|хочется|готова|готов|вены|вен|"
        r"наконец|пора|прощ\w*|никого|одна|один|держу|держала|приставила|приставил|приложила|"
        r"тепл\w*|горяч\w*|полн\w*|тянет|страшно)\b",
        unless=r"\b(?:брить|бре\w*|побри\w*|ноги|подмышк\w*|депиляц\w*|соль|пен\w*|бомбочк\w*|"
        r"шампун\w*|гел\w*|крем\w*|магазин\w*|купила|купил|заказала|полк\w*|ремонт\w*|"
        r"сантехник\w*|плитк\w*|маникюр\w*|тату\w*|браслет\w*|часы|грабител\w*|напал\w*)\b",
    ),
    # A car running in a closed garage.
    rule(
        S,
        r"\b(?P<core>(?:закрыт\w*|запер\w*|закрыла|закрыл) (?:\w+ )?гараж\w*|гараж\w* (?:\w+ )?"
        r"(?:закрыт\w*|заперт\w*|закрыла|закрыл)|гараж\w*,? (?:\w+ ){0,3}?(?:закрою|закрыла|"
        r"закрыл|закрыв|запру) (?:\w+ )?ворота|(?:закрою|закрыла|закрыл|запру) (?:\w+ )?ворота "
        r"гараж\w*)",
        needs=r"\b(?:двигател\w*|мотор\w*|завел\w*|заведу|завела|завести|заведен\w*|выхлоп\w*|"
        r"работающ\w*|угарн\w*)\b",
        unless=r"\b(?:прогре\w*|угорел\w*|чуть не|ремонт\w*|механик\w*|сервис\w*|мороз\w*|"
        r"заглуш\w*)\b",
    ),
    # Going up somewhere high to jump: "поднимусь ночью и прыгну".
    rule(
        S,
        r"\b(?P<core>(?:поднимусь|залезу|выиду|поиду|поеду|заберусь|доиду|поднимаюсь|залезть|"
        r"подняться|забраться) (?:\w+ ){0,3}?(?:и|чтобы|чтоб) (?:\w+ )?(?:прыгну|прыгнуть|"
        r"шагну|шагнуть|спрыгну|спрыгнуть|сброшусь|сброситься|брошусь|броситься|кинусь|сигану|"
        r"вниз)|(?:прыгну|шагну|спрыгну|сброшусь|сигану|выпрыгну)(?=\s*(?:$|[.,!?;)]|вниз|"
        r"наконец|уже|наверное|наверно)))",
        needs=r"\b(?:крыш\w*|мост\w*|этаж\w*|окн\w*|балкон\w*|высотк\w*|многоэтажк\w*|обрыв\w*|"
        r"скал\w*|кра[юи]|девятиэтажк\w*|вниз)\b",
        unless=r"\b(?:парашют\w*|в воду|бассеин\w*|батут\w*|тарзанк\w*|банджи|сугроб\w*|снег\w*|"
        r"реч\w*|море|морю|озер\w*|прыжк\w*|гараж\w*|с вышки|зиплаин\w*|роупджамп\w*|"
        r"фото\w*|селфи|лифт\w*|кроват\w*|постел\w*|такси|автобус\w*|поезд)\b",
    ),
    # Standing or sitting at an edge (the writer or someone else), with a word of jumping.
    rule(
        S,
        r"\b(?P<core>(?:стою|сижу|стоит|сидит|стоял|сидел|стояла|сидела|залезла|залез|"
        r"забралась|забрался|поднялась|поднялся|вылезла|вылез) (?:\w+ ){0,2}?на (?:\w+ )?"
        r"(?:краю|краи|край|мосту|крыше|карнизе|перилах|парапете|подоконнике|балконе))",
        about_others=True,
        needs=r"(?:прыгн|шагн|спрыгн|сигану|решиться|решусь|один шаг|последн|прощ|свес|"
        r"не_страшно|отпустить|отпущу|сорваться|не_отвечает|не_берет|помогите|что делать|"
        r"окно открыто|пишет мне|пишет что)",
        unless=r"\b(?:парашют\w*|фото\w*|селфи|закат\w*|вид\w*|тарзанк\w*|кошк\w*|кот|котенок|"
        r"руфинг\w*|экскурси\w*|салют\w*|фейерверк\w*|книг\w*|книжк\w*|чаи\w*|кофе|весн\w*|"
        r"солнц\w*)\b",
    ),
    # How high, how many, searched for: "гуглила какая высота нужна, чтобы точно насмерть".
    rule(
        S,
        r"\b(?P<core>(?:чтобы|чтоб|точно|наверняка|гарантированно) (?:\w+ ){0,2}?насмерть"
        r"(?! не_)|(?:какая|какои|сколько|какую) (?:\w+ ){0,2}?(?:высот\w*|этаж\w*|метров|"
        r"доз\w*|таблеток) (?:\w+ ){0,3}?(?:насмерть|наверняка|смертельн\w*)|(?:гуглила|гуглил|"
        r"загуглила|загуглил|искала|искал|читала|читал|изучала|изучал) (?:\w+ ){0,4}?"
        r"(?:насмерть|смертельн\w*|летальн\w*|не_выжить|безболезненн\w*|как (?:\w+ )?"
        r"(?:умереть|покончить|повеситься|уити из жизни|отравиться)))",
        about_others=True,
        unless=r"\b(?:игр\w*|персонаж\w*|босс\w*|в доте|моб\w*|зомби|замерзнуть|насеком\w*|"
        r"тарака\w*|комар\w*|мух\w*|крыс\w*|ядовит\w*|гриб\w*|змея|змеи|паук\w*|для (?:книги|"
        r"рассказа|романа|сценария|курсовои|работы|статьи))\b",
    ),
    # A day chosen so as not to spoil someone's celebration, a time set for going.
    rule(
        S,
        r"\b(?P<core>(?:выбрала|назначила|выбрал|назначил|наметила|наметил) (?:\w+ )?(?:дату|"
        r"день)(?=\s*(?:$|[.,!?;:]))|(?:уиду|уити|сделаю это|это сделаю|умру|покончу (?:\w+ )?"
        r"с собои) (?:\w+ ){0,4}?(?:чтобы|чтоб) (?:\w+ ){0,2}?не_(?:испортить|омрачить|портить) "
        r"(?:\w+ ){0,2}?(?:праздник|день рождения|свадьбу|новыи год|выпускнои|отпуск))",
        needs=r"(?:(?:чтобы|чтоб) (?:\w+ ){0,2}?не_(?:испортить|портить|омрачить|расстраивать|"
        r"сорвать|мешать)|никто не_(?:заметит|помешает|наидет)|пока (?:\w+ )?(?:никого|все "
        r"уедут|все уидут))",
        unless=r"\b(?:работ\w*|компани\w*|коллектив\w*|должност\w*|свадьб\w* (?:нашеи|моеи)|"
        r"отпуск\w* (?:мы|я)|перенос\w*|перенес\w*|вечеринк\w*|праздну\w*|отмечаем|отметим)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|"
        r"выходные)|завтра|сегодня|ночью|скоро|на днях|этои ночью|послезавтра) (?:я )?"
        r"(?:уиду|ухожу)(?=\s*(?:$|[.!?;)]|,? (?:навсегда|насовсем|простите|прощаите))))",
        needs=r"\b(?:спланировал\w*|продумал\w*|решил\w*|решено|пароли|пароль|записк\w*|"
        r"прощ\w*|навсегда|насовсем|кот\w*|кошк\w*|завещ\w*|простите|письм\w*|спокоин\w*|"
        r"не_ищите)\b",
        unless=r"\b(?:работ\w*|увольн\w*|уволь\w*|отпуск\w*|декрет\w*|офис\w*|компани\w*|"
        r"заявлени\w*|команды|из дома|больничн\w*|армию|спать|пораньше|домои|пенси\w*|"
        r"от него|от мужа|от парня|к маме|в поход)\b",
    ),
    # "I know how and when", waiting until the house is empty.
    rule(
        S,
        r"\b(?P<core>(?:знаю|выбрала|выбрал|продумала|продумал|придумала|придумал|"
        r"спланировала|спланировал) (?:\w+ )?(?:как,? (?:и )?когда|когда,? (?:и )?как|где,? "
        r"(?:и )?когда|как,? (?:и )?где|когда,? (?:и )?где|как,? где,? (?:и )?когда)"
        r"(?=\s*(?:$|[.,!?;)]))|жду (?:только |лишь )?(?:пока|когда) (?:\w+ )?(?:все |никого |"
        r"родители |мама |муж )?(?:уедут|уидут|уснут|заснут|не_будет дома))",
        needs=r"(?:бояться|боюсь|страшно|решила|решил|уиду|уити|это сделаю|сделаю это|записк|"
        r"прощ|пока (?:\w+ )?(?:все|никого|никто)|никого не_будет|одна дома|один дома|умереть|"
        r"умру|таблет|веревк|петл|вены|лезви|крыш|мост)",
        unless=r"\b(?:экзамен\w*|свадьб\w*|отпуск\w*|ремонт\w*|переезд\w*|поездк\w*|сюрприз\w*|"
        r"предложени\w*|день рождения|вечеринк\w*|тусовк\w*|гост\w*|офис\w*|убрат\w*|уборк\w*|"
        r"работ\w*)\b",
    ),
    # Out of intensive care, and the thoughts are back.
    rule(
        S,
        r"\b(?P<core>(?:после|из) (?:\w+ )?(?:реанимаци\w*|токсикологи\w*|психиатрии|"
        r"психушк\w*|дурк\w*|кризисного отделения))",
        needs=r"(?:мысли|мысль|желание|тяга|тянет) (?:\w+ ){0,3}?(?:вернул\w*|снова|опять|"
        r"возвраща\w*|не_уход\w*|громче|сильнее)|(?:вернул\w*|снова|опять) (?:\w+ ){0,2}?"
        r"(?:мысли|думаю|хочется|тянет)",
        unless=r"\b(?:авари\w*|ковид\w*|covid|коронавирус\w*|инфаркт\w*|инсульт\w*|операци\w*|"
        r"родов|родах|пневмони\w*|кесарев\w*|дтп|травм\w*)\b",
    ),
    # "Когда меня не будет" with what it spares others: "маме не придется тратить на меня".
    rule(
        S,
        r"\b(?P<core>(?:когда|если) меня (?:уже |больше )?не_(?:будет|станет))",
        needs=r"\b(?:не_придется|не_нужно будет|не_надо будет|легче|лучше|проще|освобод\w*|"
        r"вздохнут|обуз\w*|тратить|мучиться|возиться|терпеть|скоро|наконец)\b",
        unless=r"\b(?:на работе|в отпуске|дома|в городе|на связи|в сети|рядом|в офисе|"
        r"отпуск\w*|командировк\w*|на смене|недел\w*|месяц\w*|днеи|уеду|уезжаю|лагер\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:было бы|будет|стало бы) (?:\w+ )?(?:проще|лучше|легче),? (?:\w+ )?если бы "
        r"(?:меня (?:\w+ )?не_было|я (?:\w+ )?(?:не_родилась|не_родился|умерла|умер|исчезла|"
        r"исчез))|если бы меня (?:\w+ )?не_было,? (?:\w+ ){0,2}?(?:проще|лучше|легче))"
        r"(?=\s*(?:$|[.,!?;)]|всем|для всех))",
    ),
    # Ridding everyone of oneself: "избавлю всех от себя", "скоро перестану быть обузой".
    rule(
        S,
        r"\b(?P<core>(?:избавлю|избавить|освобожу|освободить|избавит|освободит) (?:\w+ )?(?:всех|нас|нас всех|их|вас|семью|"
        r"маму|родителеи|мир|тебя|близких|мужа|детеи) от (?:себя|меня|своего (?:присутствия|"
        r"существования)|моего (?:присутствия|существования))|(?:нас|всех|нас всех|вас|вас всех|"
        r"семью) (?:\w+ )?(?:освободит|избавит|освобожу|избавлю) от (?:себя|меня)|(?:скоро|наконец|навсегда|"
        r"совсем скоро) (?:\w+ )?(?:не_буду|перестану) (?:никому |всем |вам |им )?(?:мешать|"
        r"обузои|быть обузои|проблемои|быть проблемои)(?=\s*(?:$|[.,!?;)])))",
    ),
    # A goodbye: "если кто-то найдет это сообщение, передайте маме...", "простите за все",
    # "goodbye навсегда", "больше вы меня не увидите", "мама, прости, я не смогла".
    rule(
        S,
        r"\b(?P<core>(?:если|когда) (?:кто-то|кто-нибудь|кто|вы|ты) (?:\w+ )?(?:наидет|"
        r"наидете|наидешь|прочитает|прочтет|увидит|прочитаете) (?:\w+ )?(?:это|эту|мое|мою|мои) "
        r"(?:\w+ )?(?:сообщени\w*|записк\w*|письм\w*|пост\w*))",
        needs=r"\b(?:передаите|люблю|любила|любил|простите|прощ\w*|не_вините|меня (?:уже )?"
        r"(?:нет|не_будет)|не_ищите|поздно|позаботьтесь|отдаите)\b",
        unless=r"\b(?:потерял\w*|верните|вознагражд\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:goodbye|good bye|гудбаи|bye|прощаите|прощаи)(?: (?:всем|все|everyone|"
        r"world|мир))?,? (?:навсегда|forever|насовсем))\b(?=\s*(?:$|[.!?;)]|,? (?:я|все|всем|"
        r"люблю|простите|мама|мам)\b))",
        unless=r"\b(?:выходн\w*|отпуск\w*|лет[оа]|работ\w*|сесси\w*|каникул\w*|школ\w*|"
        r"универ\w*|диет\w*|сахар\w*|курить|сигарет\w*|бывш\w*|инст\w*|соцсет\w*|тикток\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:прости(?:те)?|сорри|sorry|прошу прощения) (?:меня )?за вс[её]"
        r"(?=\s*(?:$|[.!,\"]))|(?:больше|уже) "
        r"(?:\w+ ){0,2}?не_увидите(?! (?:в|на|здесь|тут|у)\b)|(?:вы|ты) (?:меня )?больше "
        r"не_увидите(?! (?:в|на|здесь|тут|у)\b))",
        about_others=True,
        needs=r"(?:навсегда|прощ|goodbye|bye|гудбаи|люблю (?:вас|тебя|всех)|не_ищите|последн|"
        r"меня (?:уже )?не_будет|не_вините|не_берет|не_отвечает|не_смогла|не_смог)",
        unless=r"\b(?:в этом чате|здесь|на работе|в группе|на канале|в школе|в офисе|уезжаю|"
        r"переезжаю|уезжаем|переезжаем|в этом городе|в сети|в инсте|эфир\w*|стрим\w*|"
        r"концерт\w*|подписчик\w*|канал\w*|опоздал\w*|забыла|забыл)\b",
    ),
    rule(
        S,
        r"\b(?P<core>прости(?:те)?(?: меня)?,? (?:\w+ ){0,2}?я (?:\w+ )?не_(?:смогла|смог|"
        r"выдержала|выдержал|справилась|справился|вывезла|вывез)(?=\s*(?:$|[.,!?;)]|больше|"
        r"так жить|жить)))",
        needs=r"\b(?:мам\w*|пап\w*|прощ\w*|люблю|навсегда|жить|родные|родным)\b",
        unless=r"\b(?:прииду|приити|приехать|прииди|экзамен\w*|сдать|работ\w*|дедлаин\w*|"
        r"позвонить|ответить)\b",
    ),
    # Someone else's goodbye: a message or a photo with a means, and no answer.
    rule(
        S,
        r"\b(?P<core>(?:написал\w*|пишет|прислал\w*|отправил\w*|выложил\w*|подписал\w*|"
        r"запостил\w*) (?:\w+ ){0,2}?\"?(?:прости(?:те)? за вс[её]|прощаи(?:те)?|всем пока|"
        r"пока всем|прощаи мир|простите меня|спасибо за вс[её]|люблю (?:тебя|вас),? прощаи)|"
        r"(?:фото|фотк\w*|сторис|видео|пост|селфи) (?:\w+ )?(?:с|со) (?:\w+ )?(?:веревк\w*|"
        r"петл\w*|таблетк\w*|таблет\w*|лезви\w*|бритв\w*|пистолет\w*|ножом|ружьем))",
        about_others=True,
        needs=r"(?:не_берет|не_отвечает|выключил|вне сети|пропал|страшно|боюсь|что делать|"
        r"помогите|таблет|верев|петл|лезви|крыш|мост|окн|прощ|всем пока|пока всем|прости)",
        unless=r"\b(?:витамин\w*|(?<!без )рецепт\w*|переезд\w*|уезжа\w*|отпуск\w*|выпускн\w*|"
        r"уволил\w*|увольн\w*)\b",
    ),
    # Means gathered on purpose: "в разных аптеках", a roof left open, a loaded gun.
    rule(
        S,
        r"\b(?P<core>(?:в|по) (?:разных|двух|трех|четырех|пяти|нескольких|\d+) аптек\w*|(?:выход|доступ|люк|дверь) на крышу (?:\w+ ){0,2}?"
        r"(?:открыт\w*|не_заперт\w*|не_закрыт\w*)|открыт\w* (?:\w+ )?(?:выход|доступ|люк) на "
        r"крышу)",
        needs=rf"(?:{_PILLS}|крыш)",
        unless=r"\b(?:руфинг\w*|фото\w*|закат\w*|вид\w*|экскурси\w*|ремонт\w*|кровельщик\w*|"
        r"антенн\w*|(?<!без )рецепт\w*|по рецепту|дефицит\w*|не_было|нет в наличии|искала|обошла|"
        r"подростк\w*|дети|детеи)\b",
    ),
    # Traces wiped for afterwards: "удалила все переписки, чтобы после меня ничего не нашли".
    rule(
        S,
        r"\b(?P<core>(?:удалила|удалил|стерла|стер|почистила|почистил|сожгла|сжег|удаляю) "
        r"(?:\w+ ){0,3}?(?:переписк\w*|соцсет\w*|аккаунт\w*|фото\w*|дневник\w*|страниц\w*|"
        r"историю|сообщени\w*|письма))",
        needs=r"(?:после меня|после моеи смерти|когда меня не_(?:будет|станет)|прощ)",
    ),
    # "Так надо" after a goodbye to parents.
    rule(
        S,
        r"\b(?P<core>(?:так надо|так будет лучше(?: для всех)?|так лучше для всех|так будет "
        r"правильно))(?=\s*(?:$|[.,!?;)]))",
        needs=r"\b(?:простите|прости|прощ\w*|люблю|не_вините|не_грустите|не_плачьте|"
        r"не_ищите)\b",
        unless=r"\b(?:расста\w*|развод\w*|уезжаю|переезжа\w*|увольня\w*|уволь\w*|работ\w*)\b",
    ),
    # The next attempt: "в третий раз получится".
    rule(
        S,
        r"\b(?P<core>(?:в (?:этот|следующии|третии|другои|второи) раз|теперь|на этот раз) "
        r"(?:точно |уже |наверняка )?(?:получится|доведу до конца|не_откачают|не_спасут|"
        r"не_промахнусь))",
        needs=r"\b(?:пыталась|пытался|попытк\w*|откачали|спасли|выжила|выжил)\b",
        unless=r"\b(?:экзамен\w*|сдать|сдачи|поступ\w*|права|вождени\w*|егэ|огэ|собеседовани\w*|"
        r"похуд\w*|бросить|забеременеть|беременн\w*|эко)\b",
    ),
    # Someone else says they will soon be gone; someone kept at home.
    rule(
        S,
        r"\b(?P<core>(?:говорит|пишет|сказал\w*|написал\w*|повторяет) (?:\w+ ){0,2}?(?:что )?"
        r"(?:скоро )?(?:ее|его) (?:скоро |уже |больше )?не_станет)(?=\s*(?:$|[.,!?;)]|и\b))",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:держит|держал|запирает|запер|заперла) (?:\w+ ){0,2}?(?:дома|в квартире|"
        r"в комнате|взаперти),? (?:и )?не_(?:выпускает|выпускал|пускает|дает выити|дает "
        r"выходить))",
        about_others=True,
        unless=r"\b(?:кот\w*|кошк\w*|собак\w*|пес|щен\w*|котен\w*|болезн\w*|температур\w*|"
        r"карантин\w*|простуд\w*|наказан\w*)\b",
    ),
    # A note written and left where it will be found.
    rule(
        S,
        r"\b(?P<core>(?:написала|написал|оставила|оставил|положила|положил) (?:\w+ ){0,2}?"
        r"(?:записку|письмо|письма|записки))",
        needs=r"(?:под подушк|на стол|на тумбочк|на кроват|прощ|простите|не_вините|"
        r"на видном месте|поимут|поняли|объясн)",
        unless=r"\b(?:магазин\w*|ушла|ушел|вернусь|приду|куп\w*|ключ\w*|соседу|соседке|курьер\w*|"
        r"учител\w*|в школу|холодильник\w*|любовн\w*|валентин\w*|романтич\w*|благодар\w*|"
        r"деду морозу|санте|сюрприз\w*|в будущее|себе в будущее|капсул\w*|работе|коллегам|"
        r"коллективу|компани\w*|однокласс\w*|выпускн\w*|лагер\w*)\b",
    ),
    # Pills laid out or carried, with a decision beside them.
    rule(
        S,
        rf"\b(?P<core>{_PILLS} (?:\w+ )?(?:уже )?(?:на столе|приготовлены|приготовила|разложены|"
        r"разложила|передо мнои|рядом со мнои|со мнои|при мне|в кармане|в руке|в руках))",
        needs=r"\b(?:решила|решил|решено|прощ\w*|хватит|последн\w*|сделаю это|это сделаю|"
        r"воды налила|налила воды|стакан воды|все разом|все сразу|сегодня ночью|никто не_поможет|"
        r"я пас|сдаюсь|конец)\b",
        unless=r"\b(?:после еды|перед едои|выпеи|не_забудь|врач\w*|по рецепту|витамин\w*|"
        r"от (?:головы|давления|аллерги\w*|живота|кашля|простуды|температуры|боли|горла))\b",
    ),
    # "Меня найдут утром", "сегодня всё закончится, я решила", "теперь можно".
    rule(
        S,
        r"\b(?P<core>меня (?:\w+ )?(?:наидут|обнаружат)(?=\s*(?:$|[.,!?;)]|утром|завтра|"
        r"уже|слишком поздно|мертв\w*))|(?:сегодня|завтра|скоро|этои ночью|ночью) (?:\w+ )?"
        r"(?:вс[её]|это) (?:\w+ )?(?:закончится|кончится|прекратится)(?=\s*(?:$|[.,!?;)]|"
        r"навсегда))|(?:теперь|наконец|вот и) (?:\w+ )?можно(?=\s*(?:$|[.!?;)])))",
        needs=r"\b(?:решила|решил|решено|так будет лучше|поздно|не_успеют|прощ\w*|навсегда|"
        r"таблет\w*|веревк\w*|записк\w*|больше не_могу|не_могу больше|устала|устал|долг\w*|"
        r"дела|раздала|раздал|отдала|отдал|завещ\w*|пароли|утром|простите)\b",
        unless=r"\b(?:экзамен\w*|сесси\w*|ремонт\w*|смен\w*|дедлаин\w*|отпуск\w*|каникул\w*|"
        r"лет[оа]|жар\w*|дожд\w*|сериал\w*|игр\w*|турнир\w*|матч\w*|прятк\w*|в офисе|на работе|"
        r"квест\w*|диет\w*|ипотек\w*|кредит\w*|курс\w*)\b",
    ),
    # Things given away that "are no longer needed".
    rule(
        S,
        r"\b(?P<core>(?:подарила|подарил|отдала|отдал|раздала|раздал|дарю|отдаю|раздаю) "
        r"(?:[\w,]+ ){0,4}?(?:мне )?(?:они|оно|она|он|это)? ?(?:больше|уже) не_(?:нужны|нужна|"
        r"нужно|нужен|понадобятся|понадобится|пригодятся))(?=\s*(?:$|[.,!?;)]))",
        unless=r"\b(?:вырос\w*|мал[аиоы]?|велик\w*|переезд\w*|переезжа\w*|похудел\w*|не_ношу|"
        r"разлюбила|надоел\w*|стар\w*|учебник\w*|конспект\w*|школ\w*|универ\w*|сесси\w*|"
        r"выпуск\w*|закончила|закончил|ребенок|дети|детск\w*|коляск\w*)\b",
    ),
    # At an open window, over the railings of a bridge, locked in with a blade.
    rule(
        S,
        r"\b(?P<core>(?:стою|сижу|стояла|сидела) (?:\w+ )?(?:у|возле|перед) (?:открытого )?"
        r"(?:окна|окном|края|краем)|(?:залезла|залез|перелезла|перелез|забралась|забрался|"
        r"стою|стоит|сижу|сидит) (?:\w+ )?(?:на|за|через) (?:\w+ )?(?:перила|ограждение|"
        r"парапет|перилами|ограждением) (?:\w+ )?(?:моста|балкона|крыши|этажа))",
        about_others=True,
        needs=r"(?:этаж|открыла|открыл|открыто|открытого|вниз|прыгн|шагн|перила|ограждени|"
        r"парапет)",
        unless=r"\b(?:курю|курить|покурить|проветр\w*|фото\w*|селфи|закат\w*|вид\w*|жар\w*|"
        r"душно|кот\w*|кошк\w*|руфинг\w*|салют\w*|дожд\w*|снег\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:лезви\w*|бритв\w*) (?:\w+ )?в (?:руке|руках)|(?:держу|взяла|достала) "
        r"(?:\w+ )?(?:лезви\w*|бритв\w*) (?:\w+ )?(?:в руке|в руках|и смотрю|и сижу|и думаю))",
        about_others=True,
        unless=r"\b(?:брить|бре\w*|побри\w*|ноги|подмышк\w*|борода|бороду|станок для|"
        r"парикмахер\w*|барбер\w*|ремонт\w*|обои|коробк\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:закрылась|заперлась|закрылся|заперся|закрыл(?:ась|ся)) (?:\w+ )?"
        r"(?:в ванно\w*|в туалете|в комнате|в ванну)|(?:в ванно\w*|в туалете|в комнате) "
        r"(?:\w+ )?(?:закрылась|заперлась|закрылся|заперся))",
        about_others=True,
        needs=r"\b(?:лезви\w*|бритв\w*|таблет\w*|нож\w*|вены|веревк\w*|прощ\w*|записк\w*|"
        r"вскро\w*|повес\w*)\b",
        unless=r"\b(?:прятк\w*|плачет|плакала|макияж\w*|маск\w*)\b",
    ),
    # Someone else: "говорит, что его жизнь не имеет смысла и он всё решил".
    rule(
        S,
        r"\b(?P<core>(?:говорит|пишет|написал\w*|сказал\w*|повторяет) (?:\w+ ){0,3}?(?:что )?"
        r"(?:\w+ ){0,2}?(?:жизнь (?:\w+ )?(?:не_имеет смысла|бессмысленна)|не_видит смысла "
        r"(?:\w+ )?жить|устал\w* жить|не_хочет (?:больше )?жить))",
        about_others=True,
    ),
    # DANGER: threats of acid or fire, put out at night, beaten after.
    rule(
        D,
        r"\b(?P<core>(?:облить|обольет|облью|плеснуть|плеснет|плесну|облил) (?:\w+ )?(?:меня |мне |"
        r"тебя |ее |в лицо )?(?:\w+ )?(?:кислот\w*|бензин\w*|кипятк\w*))",
        needs=r"\b(?:угрожа\w*|обеща\w*|пообеща\w*|сказал\w*|грози\w*|пригрози\w*|написал\w*|"
        r"кричал\w*|облил|плеснул)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:муж|парень|отец|отчим|сожитель|бывшии|он|папа|батя) (?:\w+ ){0,8}?"
        r"(?:и|а потом|потом) (?:\w+ )?(?:бил|избил|ударил|душил|пинал|бьет|избивает|бьет)"
        r"(?=\s*(?:$|[.,!?;)]|меня|нас|ее|при детях))|выгнал\w* (?:\w+ )?(?:меня|нас) (?:\w+ ){0,3}?"
        r"на улицу)",
        needs=r"\b(?:ночью|с детьми|зимои|мороз\w*|без вещеи|без денег|бил|ударил|избил|"
        r"душил|пинал|бьет|избивает|пьян\w*)\b",
        unless=_PLAY,
    ),
    # Sex while unable to consent, in the other word order; "хотя я не хотела".
    rule(
        D,
        r"\b(?P<core>(?:когда|пока) я (?:\w+ )?(?:была пьян\w*|спала|была без сознания|отключилась|"
        r"была в отключке)(?:,)? (?:\w+ ){0,2}?(?:он|они) (?:\w+ )?(?:переспал|переспали|"
        r"занимался сексом|взял|трогал|раздел|изнасиловал|воспользовал\w*|сделал это)|хотя я "
        r"(?:\w+ )?не_(?:хотела|соглашалась))",
        needs=r"\b(?:секс\w*|переспал\w*|трах\w*|спал|взял|трогал\w*|раздел\w*|изнасил\w*|"
        r"воспользовал\w*|сделал это|постел\w*|интим\w*)\b",
    ),
    # Someone else says it will end tonight; a "death group"; gone with a rope.
    rule(
        S,
        r"\b(?P<core>(?:сказал\w*|говорит|пишет|написал\w*|обещает|грозится) (?:\w+ ){0,5}?"
        r"(?:вс[её] закончит|закончит (?:с )?(?:вс[её]м|этим)|покончит со всем|уидет навсегда|"
        r"уидет насовсем|уидет из жизни|не_доживет до (?:утра|завтра|выходных|понедельника))"
        r"(?=\s*(?:$|[.,!?;)])))",
        about_others=True,
        unless=r"\b(?:работ\w*|проект\w*|отношени\w*|с ним|с нею|с неи|курс\w*|учеб\w*|"
        r"школ\w*|из компании|из команды)\b",
    ),
    rule(
        S,
        r"\b(?P<core>групп\w* смерти|син(?:ии|его|им|ие) кит\w*|тихии дом|разбуди меня в 4|"
        r"f57|f58|море китов)",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ушел|ушла|уехал|уехала|вышел|вышла|пропал|пропала) (?:\w+ ){0,3}?с "
        r"(?:\w+ )?(?:веревк\w*|таблетк\w*|таблетками|ружьем|пистолетом|лезвием|бритвои))",
        about_others=True,
        needs=r"\b(?:не_берет|не_отвечает|страшно|боюсь|записк\w*|прощ\w*|выключил\w*|"
        r"что делать|помогите)\b",
    ),
    # Blades and ropes kept under a pillow.
    rule(
        S,
        rf"\b(?P<core>(?:бритв\w*|лезви\w*|веревк\w*|{_PILLS}) (?:\w+ ){{0,2}}?под (?:\w+ )?"
        r"подушк\w*|(?:положила|положил|держу|храню|спрятала|спрятал) (?:\w+ )?(?:бритв\w*|"
        r"лезви\w*|веревк\w*) (?:\w+ ){0,2}?(?:под подушк\w*|на всякии случаи))",
        unless=r"\b(?:зуб\w*|фе[яи]\w*|витамин\w*)\b",
    ),
    # Filmed without consent and threatened with it; kept from leaving.
    rule(
        D,
        r"\b(?P<core>(?:снимал|снимает|снял|записал|записывал) (?:\w+ ){0,2}?(?:меня|со мнои|нас) "
        r"(?:\w+ )?без (?:моего )?(?:ведома|согласия|разрешения|спроса|спросу)|(?:угрожа\w*|"
        r"грози\w*|грозится|обеща\w*|шантажир\w*) (?:\w+ )?(?:разослать|слить|выложить|"
        r"опубликовать|показать|отправить|скинуть)(?=\s*(?:$|[.,!?;)]|(?:\w+ )?(?:в сеть|"
        r"в интернет|всем|родителям|маме|друзьям|на работу|в инст\w*))))",
        needs=r"\b(?:видео|фото\w*|фотк\w*|снимк\w*|переписк\w*|интим\w*|голы\w*|нюд\w*|"
        r"снял|снимал|записал)\b",
    ),
    rule(
        D,
        r"\b(?P<core>не_(?:дал|давал|дает) (?:мне )?(?:уити|выити|уехать|встать|вырваться))",
        needs=r"\b(?:сделал это|секс\w*|трогал\w*|раздел\w*|изнасил\w*|держал\w*|запер\w*|бил|"
        r"ударил|душил|силои|насильно|больно)\b",
    ),
    # "Всем пока, я ухожу", "больше меня не будет".
    rule(
        S,
        r"\b(?P<core>(?:всем пока|пока всем|прощаите все|всем прощаите),? (?:я )?ухожу"
        r"(?=\s*(?:$|[.!?;)]|навсегда))|(?:больше|скоро|уже) меня (?:\w+ )?не_будет"
        r"(?=\s*(?:$|[.,!?;])))",
        unless=r"\b(?:спать|на работ\w*|в чате|в сети|здесь|тут|на связи|дома|в городе|на паре|"
        r"в отпуск\w*|отпуск\w*|смен\w*|учеб\w*|ночную|до понедельника|на выходных)\b",
    ),
    # SELF_HARM: fresh cuts again, cutting and cutting, unable to stop.
    rule(
        H,
        r"\b(?P<core>(?:опять|снова|новые|свежие) (?:\w+ )?порез\w*|(?:режу|режусь) и "
        r"(?:режу|режусь)|не_могу (?:\w+ )?(?:перестать|остановиться|бросить),? (?:\w+ )?"
        r"(?:резать\w*|режу|режусь|резаться))",
        unless=rf"{_CUT_ACCIDENT}|\b(?:операци\w*|авари\w*|драк\w*|бумаг\w*|собак\w*|"
        r"бритв\w* (?:\w+ )?ног\w*)\b",
    ),
    # "Найдет меня где угодно"; someone's "это мой последний день".
    rule(
        D,
        r"\b(?P<core>(?:наидет|наиду|достанет|достану|отыщет|отыщу) (?:меня |тебя |нас )?(?:\w+ )?"
        r"(?:где угодно|везде|из-под земли|хоть где|на краю света|где бы (?:я|ты|мы) ни))",
        needs=r"(?:если|уиду|уидешь|сбегу|сбежишь|боюсь|страшно|угрожа|грози|кричал|орал|убьет|"
        r"пригрозил|не_спрячешься|не_скроешься|сказал|пишет|написал)",
        unless=r"\b(?:телефон\w*|ключ\w*|кот\w*|кошк\w*|потерял\w*|в игре|прятк\w*|рад\w*|"
        r"люблю|любит|любовь|скучать|скучаю|романтич\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:написал\w*|пишет|сказал\w*|говорит) (?:\w+ ){0,2}?что (?:это |сегодня )?"
        r"(?:ее|его|мои) последнии день)(?=\s*(?:$|[.,!?;)]))",
        about_others=True,
    ),
    # "Знаю зачем" beside blades or pills; how much of a drug "у меня есть"; money for
    # one's own funeral; the last evening; "тогда и сделаю" once the house is empty.
    rule(
        S,
        rf"\b(?P<core>(?:знаю|сама знаю|сам знаю),? (?:зачем|для чего)(?=\s*(?:$|[.,!?;)]))|"
        rf"сколько (?:\w+ )?(?:надо|нужно) {_PILLS}|(?:деньги|денег|сумму) (?:\w+ )?на (?:свои |"
        r"мои |собственные )?похороны)",
        needs=rf"(?:лезви|бритв|веревк|петл|{_PILLS}|похорон)",
        unless=r"\b(?:бре\w*|брить|побри\w*|ремонт\w*|в день|на день|в сутки|ребенку|детям|"
        r"дозировк\w*|врач\w*|бабушк\w*|дедушк\w*|маме|папе|родител\w*|отца|матери|деда|"
        r"уборк\w*|вечеринк\w*|домашк\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:тогда|в этот день|в ту ночь) (?:и |всё |все |это )?(?:сделаю|сделаю это|"
        r"решусь))(?=\s*(?:$|[.!?;)]))",
        needs=r"(?:уезжают|уедут|уедет|уидут|никого не_будет|одна дома|один дома|никто не_помешает|"
        r"все уснут|уснут)",
        unless=r"\b(?:уборк\w*|вечеринк\w*|домашк\w*|ремонт\w*|гост\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:сегодня|завтра|это) (?:мои |моя )?последн(?:ии|яя) (?:вечер|ночь|день|"
        r"утро))(?=\s*(?:$|[.,!?;)]))",
        needs=r"(?:не_выдержу|не_могу|прощ|решила|решил|навсегда|простите|устала|устал|"
        r"больше не_|не_будет)",
        unless=r"\b(?:отпуск\w*|работ\w*|школ\w*|лагер\w*|каникул\w*|лет[оа]|год\w*|в городе|"
        r"дома|стажировк\w*|сесси\w*|контракт\w*|распродаж\w*|акци\w*)\b",
    ),
    # Someone's last message was a goodbye; a man promised to kill her.
    rule(
        S,
        r"\b(?P<core>последн\w* (?:сообщени\w*|смс|пост|сторис) (?:\w+ ){0,2}?\"?(?:простите|"
        r"прости|прощаите|прощаи|люблю вас|всем пока|спасибо за вс[её]))",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:угрожа\w*|грози\w*|пригрозил\w*|обеща\w*|пообеща\w*|сказал\w*) "
        r"(?:\w+ ){0,2}?(?:ее|сестру|подругу|соседку|маму|дочь|жену) (?:\w+ )?(?:убить|прибить|"
        r"зарезать|задушить|покалечить|избить|пристрелить|застрелить|закопать|сжечь))",
        about_others=True,
        needs=r"\b(?:муж\w*|парень|бывш\w*|отчим\w*|отец|сожител\w*|он)\b",
        unless=r"\b(?:шутк\w*|шутя|смеял\w*|ахах\w*|хаха\w*|игр\w*|съела|съел|пирож\w*|"
        r"торт\w*)\b",
    ),
    # More coercion: "должна спать с ним", sex for a promotion, filmed being undressed,
    # rubbing against her in a bus, bruises explained away, a child beaten at home.
    rule(
        D,
        r"\b(?P<core>(?:должна|обязана) (?:\w+ ){0,2}?(?:спать с ним|заниматься (?:с ним )?сексом|"
        r"переспать с ним|давать ему|заниматься этим|ублажать его)(?=\s*(?:$|[.,!?;)]|хотя|"
        r"даже|когда|если|потому|как|иначе))|(?:если|пока|чтобы) (?:я )?"
        r"(?:не_)?(?:пересплю|переспать|лягу|лечь|буду спать|не_пересплю|не_лягу) с (?:ним|"
        r"начальником|шефом|преподом|тренером)|(?:сняли|снимали|засняли|сняли на видео|снял|"
        r"снимал) (?:\w+ )?как (?:меня|я|ее) (?:\w+ )?(?:раздевают|раздевал\w*|бьют|избивают|"
        r"насилуют|трогают|раздеваюсь|моюсь|переодеваюсь)|(?:терся|трется|терлись|прижимался|"
        r"прижимается) (?:\w+ )?(?:об|о|ко) (?:меня|мне))",
        about_others=True,
        unless=r"\b(?:кот\w*|кошк\w*|собак\w*|пес|щен\w*|котен\w*|хочу|хочется|сама хочу|"
        r"мечтаю)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:говорит|говорила|сказала|врет|уверяет),? (?:что )?(?:сама )?(?:упала|"
        r"ударилась|споткнулась|поскользнулась|врезалась)|(?:его|ее|их) (?:\w+ )?(?:бьют|"
        r"избивают|лупят|колотят) (?:\w+ )?(?:дома|родители|отец|мать|отчим|мачеха|мама|папа)|"
        r"дома (?:его|ее|их) (?:\w+ )?(?:бьют|избивают|лупят|колотят))",
        about_others=True,
        needs=r"(?:(?:но|а) (?:\w+ )?(?:это|на самом деле|знаю|думаю|уверена|кажется)|не_верю|"
        r"врет|скрывает|прячет|боится|бьют|избивают|лупят|колотят)",
        unless=_PLAY,
    ),
    rule(
        H,
        r"\b(?P<core>(?:срезала|срезаю|срезал|сдираю|содрала|сдирала|снимаю) (?:\w+ )?кожу "
        r"(?:\w+ )?(?:на|с) (?:\w+ )?(?:руке|руках|руки|запяст\w*|бедр\w*|ноге|ног))",
        unless=rf"{_CUT_ACCIDENT}|\b(?:загар\w*|обгорел\w*|солнц\w*|мозол\w*|пилинг\w*|"
        r"шелуш\w*|ожог\w*)\b",
    ),
    # Russian typed in Latin letters: suicide thoughts, cutting, being beaten.
    rule(
        S,
        r"\b(?P<core>(?:dumayu|dumaju|dumala|mysli|mysl) (?:\w+ )?(?:o|pro) (?:suicid\w*|"
        r"samoubiistv\w*|samoubijstv\w*|svoei smerti|svoej smerti))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:rezhu|rezala|porezala|porezal|rezat|rezhus|rezalas|porezalas) (?:\w+ )?"
        r"(?:ruki|ruku|sebya|sebja|veny|bedra|zapyastya)|rezhus|porezalas opyat|opyat porezalas)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:menya|menja|nas|mamu) (?:\w+ )?(?:b'?jet|b'?et|b'?yot|izbil\w*|izbivaet|"
        r"dushit|dushil|udaril\w*|iznasiloval\w*|nasiluet)|(?:izbil\w*|izbivaet|dushit|dushil|"
        r"udaril\w*|iznasiloval\w*|nasiluet) (?:\w+ )?(?:menya|menja|nas|mamu))",
    ),
    # DANGER: "a я сказала нет", "он не останавливался, когда я просила".
    rule(
        D,
        r"\b(?P<core>(?:хотя|хоть|а|но|когда|пока) я (?:\w+ ){0,2}?(?:сказала|говорила|кричала|"
        r"просила|умоляла|повторяла) (?:\w+ )?(?:нет|не_надо|остановиться|перестать|прекратить|"
        r"хватит)|не_(?:останавливался|остановился|прекращал|прекратил|слушал|реагировал) "
        r"(?:\w+ ){0,2}?(?:когда|хотя|хоть|пока) я (?:\w+ ){0,2}?(?:просила|кричала|плакала|"
        r"говорила|сказала|умоляла|отталкивала|вырывалась|сопротивлялась)(?: (?:нет|не_надо|"
        r"хватит|стоп))?)",
        needs=r"\b(?:секс\w*|спать|спал|переспал\w*|трах\w*|постел\w*|кроват\w*|раздел\w*|"
        r"раздева\w*|трогал\w*|целовал\w*|лапал\w*|свидани\w*|насил\w*|больно|плакала|плохо|"
        r"грязн\w*|стыдно|заставил\w*|принудил\w*|залез\w*|интим\w*|этим|трясусь|трясет|"
        r"страшно|противно|мерзко|не_могу прийти в себя|до сих пор)\b",
        neighbours=True,
        unless=r"\b(?:щекот\w*|играл\w*|в игре|музык\w*|шутил\w*|спорил\w*|болтал\w*|"
        r"звонил\w*|писал\w*)\b",
    ),
    # Unwanted touching by a boss, a stranger, a man in the stairwell.
    rule(
        D,
        r"\b(?P<core>(?:начальник|шеф|босс|коллега|руководитель|директор|врач|массажист|"
        r"таксист|водитель|мужик|мужчина|тип|незнакомец|незнакомыи|одноклассник|однокурсник|"
        r"сосед|охранник|тренер|препод\w*|преподаватель|парень|бывшии|муж|друг (?:мужа|брата|"
        r"отца|папы)) (?:\w+ ){0,4}?(?:трогает|трогал|трогали|гладит|гладил|хватает|хватал|"
        r"схватил|лапает|лапал|щупает|щупал|прижимается|прижимался|прижал|зажал|зажимает|"
        r"целует|поцеловал|пристает|приставал|домогается|трогать|лапать|щупать|хватать|"
        r"приставать|целовать|гладить) (?:\w+ )?(?:меня|ко мне))",
        needs=r"(?:не_хочу|не_хотела|против|угрожа|увольнени|уволит|никому|расскаж|страшно|"
        r"боюсь|противно|мерзко|еле|вырвал|без спросу|без согласия|хотя я|а я|плакала|кабинет|"
        r"на работе|в подъезде|в транспорте|в метро|в автобусе|в такси|в лифте|за грудь|"
        r"за попу|между ног|под юбк|под одежд|насильно|силои|не_отпуска)",
        unless=_PLAY + "|" + _TENDER,
    ),
    rule(
        D,
        r"\b(?P<core>(?:зажал|зажимает|зажимал|зажали|облапал\w*|лапал\w*|лапает|лапают|"
        r"щупал\w*|щупает|зажимают) (?:\w+ )?меня|меня (?:\w+ ){0,3}?(?:зажал|зажимает|"
        r"зажимал|зажали|облапал\w*|лапал\w*|лапает|лапают|щупал|щупает))\b",
        unless=r"\b(?:толп\w*|давк\w*|двер\w*|час пик|кот\w*|кошк\w*|собак\w*|пес|щен\w*|"
        r"котен\w*|в игре|шахмат\w*|вопрос\w*|спор\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:насильно|силком|силои(?! воли)) (?:\w+ ){0,2}?(?:целовал\w*|"
        r"поцеловал\w*|раздел\w*|раздевал\w*|трогал\w*|затащил\w*|уложил\w*|увез\w*|держал\w*|"
        r"посадил\w* в машину|удерживал\w*)|(?:целовал\w*|поцеловал\w*|раздел\w*|затащил\w*|"
        r"увез\w*|удерживал\w*) (?:\w+ ){0,2}?(?:насильно|силком|силои(?! воли))|"
        r"(?:воспользовался|воспользовались) (?:\w+ )?(?:мнои|тем,? что я|моим состоянием)|"
        r"мнои (?:\w+ )?(?:воспользовался|воспользовались)|снял (?:\w+ )?(?:презерватив|"
        r"резинку) (?:\w+ ){0,3}?(?:без|не_сказав|таиком|таиком от меня))",
        needs=r"\b(?:пьян\w*|спала|напоил\w*|без сознания|отключилась|не_могла|секс\w*|"
        r"переспал\w*|клуб\w*|вечеринк\w*|презерватив\w*|резинк\w*|насильно|силком|силои|"
        r"целовал\w*|раздел\w*|затащил\w*|увез\w*|удерживал\w*)\b",
    ),
    # A child left alone without food, a child covered in bruises, an adult grooming.
    rule(
        D,
        r"\b(?P<core>(?:оставляет|оставляют|оставила|оставили|оставлял\w*|бросает|бросила|"
        r"бросили|запирает|запирают|заперла) (?:\w+ ){0,3}?(?:одного|одну|одних|детеи|ребенка|"
        r"брата|сестру|малыша|меня|нас) (?:\w+ ){0,4}?(?:без еды|без присмотра|голодн\w*|на "
        r"(?:несколько|пару|два|три|\d+) (?:днеи|дня|суток|ночеи))|(?:не_кормит|не_кормят|"
        r"не_кормила|не_кормили) (?:\w+ )?(?:меня|нас|детеи|ребенка|брата|сестру|малыша|сына|"
        r"дочь)(?=\s*(?:$|[.,!?;)]|днями|сутками|неделями|вообще|совсем|нормально|по \w+ дня|"
        r"в наказание|уже|(?:\w+ )?(?:дня|днеи|суток|сутки)\b)))",
        about_others=True,
        unless=r"\b(?:кот\w*|кошк\w*|собак\w*|пес|щен\w*|хомяк\w*|попуга\w*|рыб\w*|цвет\w*|"
        r"растени\w*|у бабушки|у дедушки|с бабушкои|с няне\w*|няня|у тети|лагер\w*|садик\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:ребенок|ребенка|малыш\w*|мальчик\w*|девочк\w*|сын|дочь|дочка|брат\w*|"
        r"сестр\w*|племянни\w*|внук\w*) (?:\w+ ){0,4}?(?:(?:весь|вся|все) )?в синяках)",
        about_others=True,
        needs=r"\b(?:бьют|бьет|бил|била|били|избива\w*|кричит|орет|плачет|боится|отчим\w*|"
        r"родител\w*|мать|отец|пьян\w*|скрывает|прячет|голодн\w*|грязн\w*|без присмотра)\b",
        unless=r"\b(?:футбол\w*|трениров\w*|секци\w*|хокке\w*|упал\w*|велосипед\w*|самокат\w*|"
        r"дерев\w*|бокс\w*|борьб\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:взросл\w*|незнаком\w*|мужчина|дяденька|мужик) (?:\w+ ){0,4}?"
        r"(?:предлагает|предложил|зовет|позвал|просит|уговаривает|уговорил) (?:\w+ ){0,2}?"
        r"(?:встретиться|приехать|к себе|в гости|фото|фотк\w*|видео|раздеться|никому|"
        r"сесть в машину))",
        needs=r"(?:(?:мне|ей|ему|сестре|брату|дочке|дочери|сыну|ребенку) (?:\d|1[0-5])\b|"
        r"(?<!\d)(?:\d|1[0-5]) (?:лет|год)|мне (?:всего )?(?:девять|десять|одиннадцать|двенадцать|"
        r"тринадцать|четырнадцать|пятнадцать)|я в [1-9] класс|ребенк|дочь|дочк|сын|никому|"
        r"секрет|без одежды|голои|интим)",
    ),
    # SELF_HARM: back to the old habit, needles.
    rule(
        H,
        r"\b(?P<core>(?:вернулась|вернулся|возвращаюсь) (?:\w+ )?к (?:старому|старои привычке|"
        r"старым привычкам|лезви\w*|порезам|этому))\b",
        needs=r"\b(?:лезви\w*|порез\w*|руки|рук|сх|резать|режу|шрам\w*|срыв\w*|сорвал\w*|"
        r"чистая|чистыи|бедр\w*|кров\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:втыкаю|втыкала|колю|колола|загоняю|загоняла|тыкаю|тыкала) (?:\w+ )?"
        r"(?:иголк\w*|иглы|иглу|булавк\w*|циркул\w*|гвозд\w*) (?:\w+ )?(?:в|под) (?:\w+ )?"
        r"(?:себя|кожу|руку|руки|ногу|ноги|бедро|бедра|палец|пальцы|ногти))\b",
    ),
    # ---- Round 4 (a second fresh round, ru.fresh2) -----------------------------------
    # A jump said in the future beside a height, a bridge or rails (this sentence or the
    # one before): "стояла на мосту ... в следующий раз прыгну"; not parachutes, pools,
    # trampolines or games.
    rule(
        S,
        r"\b(?P<core>(?:прыгну|спрыгну|сигану|шагну|брошусь|кинусь|выпрыгну|прыгнет|спрыгнет|"
        r"сиганет|шагнет|бросится|кинется|выпрыгнет))\b(?! (?:\w+ )?(?:с парашют\w*|с тарзанк\w*|"
        r"на батут\w*|в бассеин|на шею|в объятия|в омут|в работу|в учеб\w*|к нему|к неи|на помощь|"
        r"с вышки|в воду|в море|в озеро|в речку|в сугроб|на кровать|в машину|в такси))",
        about_others=True,
        needs=r"\b(?:мост\w*|крыш\w*|этаж\w*|балкон\w*|окн[оаеу]|окон|обрыв\w*|скал\w*|высот\w*|"
        r"рельс\w*|поезд\w*|электричк\w*|путям|пути|вниз|многоэтажк\w*|парапет\w*|перил\w*|"
        r"платформ\w*)\b",
        unless=r"\b(?:парашют\w*|тарзанк\w*|батут\w*|бассеин\w*|банджи|роупджампинг\w*|"
        r"сноуборд\w*|лыж\w*|трамплин\w*|паркур\w*|в игре|игр[аеуы]\w*|майнкрафт\w*|снилось|"
        r"приснилось|пары|пару|уроки|урок|работу|полет\w*|самолет\w*)\b",
        neighbours=True,
    ),
    # How much of a medicine, or how high, "чтобы умереть / не проснуться".
    rule(
        S,
        r"\b(?P<core>(?:чтобы|чтоб) (?:\w+ )?(?:точно |наверняка |быстро |сразу )?(?:умереть|"
        r"сдохнуть|помереть|не_проснуться|не_очнуться|насмерть|отравиться|не_откачали))\b"
        r"(?! (?:от|со|с)\b)",
        needs=r"\b(?:сколько|смертельн\w*|доз[аыуеои]\w*|этаж\w*|высот\w*|выпить|съесть|принять|"
        r"наглотаться)\b|" + _PILLS,
    ),
    # Walking into water with stones or unable to swim.
    rule(
        S,
        r"\b(?P<core>(?:заиду|воиду|уиду|поиду|прыгну|брошусь|лягу|зашла|зашел|заходила) "
        r"(?:\w+ ){0,2}?(?:в|под) (?:\w+ )?(?:реку|речку|озеро|море|воду|пруд|залив|лед|прорубь))",
        needs=r"(?:камн|не_умею плавать|плавать (?:\w+ )?не_умею|не_выплыву|не_выплывать|"
        r"не_вернусь|с головои|навсегда|на дно|ко дну|не_спасут|не_наидут|утону|утоплюсь)",
        neighbours=True,
    ),
    # A cord tied to a door handle, a hook, a pipe, with a sign of use beside it.
    # Round 5: its `unless` reads its own sentence only (see _own_sentence).
    *_own_sentence(
        (
            rule(
                S,
                r"\b(?P<core>(?:пояс\w*|ремень|ремн\w*|шнур\w*|провод\w*|простын\w*|шарф\w*|веревк\w*|"
                r"скакалк\w*|галстук\w*|кабел\w*) (?:\w+ ){0,4}?(?:ручк\w* (?:\w+ )?двер\w*|дверн\w* "
                r"ручк\w*|крюк\w*|люстр\w*|трубу|турник\w*|батаре\w*|балк\w*|перекладин\w*))",
                needs=r"(?:хватит|выдержит|выдержал|попробую|сегодня ночью|проверил|проверила|затян|шею|"
                r"шее|повешусь|повеситься|петл|задуш|удав|сделаю это|умереть|умру|не_проснусь)",
                unless=r"\b(?:сушить|сушк\w*|белье|штор\w*|гардин\w*|качел\w*|ремонт\w*|зарядк\w*|"
                r"подтягива\w*|тренировк\w*|собак\w*|поводок|гамак\w*)\b",
                neighbours=True,
            ),
        )
    ),
    # A decision and nobody to stop it: "всё решил. в пятницу на даче, там никто не помешает".
    rule(
        S,
        r"\b(?P<core>(?:никто|ничто|ничего) (?:\w+ )?(?:уже |больше )?не_(?:помешает|остановит|"
        r"наидет|спасет|успеет|откачает|остановят|помешают|удержит|удержат|(?:узнает|заметит)"
        r"(?=\s*(?:$|[.,!?;)]|до утра|вовремя|пока не_поздно)(?!,? (?:что|о|про)\b))))",
        needs=r"(?:вс[её] (?:уже )?(?:решил|продумал|спланировал|подготовил)\w*|вс[её] решено|решение принято|я готов|я готова|уже "
        r"готов|уже готова|последн|прощаи|простите|таблет|веревк|петл|крыш|сделаю это|это "
        r"сделаю|навсегда|лезви)",
        unless=r"\b(?:учиться|учить|поработать|работать|заниматься|отдохнуть|отдыхать|"
        r"выспаться|спать|писать|смотреть|играть|читать|готовиться|думать|рисовать|"
        r"праздновать|отмечать|медитировать|сюрприз\w*|подар\w*|вечеринк\w*|праздник\w*)\b",
        neighbours=True,
    ),
    # Ready, and waiting until the others have gone or fallen asleep.
    rule(
        S,
        r"\b(?P<core>(?:дождаться|дождусь|подождать|подожду|жду|ждать) (?:\w+ )?(?:пока|когда) "
        r"(?:\w+ ){0,4}?(?:уедут|уедет|уидут|уидет|уснут|уснет|заснут|заснет|лягут|ляжет|"
        r"разъедутся|свалят|никого не_будет|останусь (?:одна|один)))",
        needs=r"(?:(?:я|уже|вс[её]) (?:\w+ )?(?:готов|готова)\b|вс[её] решил|решено|сделаю это|"
        r"это сделаю|уиду|закончу|таблет|веревк|петл|записк|прощ)",
        unless=r"\b(?:вечеринк\w*|тусовк\w*|гост\w*|сюрприз\w*|приведу|позову|поиграть|игр\w*|"
        r"кальян\w*|выпить|курить|покурить|приготовить|торт\w*|убрат\w*|уборк\w*|офис\w*|"
        r"работ\w*|посмотреть|смотреть|поспать)\b",
        neighbours=True,
    ),
    # After a date I'll end it, so as not to spoil the day.
    rule(
        S,
        r"\b(?P<core>(?:после|до|в|на) (?:\w+ ){0,3}?(?:дня рождения|днюхи|нового года|"
        r"праздник\w*|свадьбы|выпускного|экзамен\w*|пятниц\w*|суббот\w*|воскресень\w*|"
        r"понедельник\w*|числа|выходных) (?:\w+ ){0,2}?(?:вс[её]|это) (?:и )?(?:закончу|прекращу|"
        r"кончу|сделаю)(?! (?:с|со)\b)|(?:вс[её]|это) (?:закончу|прекращу|сделаю) (?:\w+ )?(?:после|до) "
        r"(?:\w+ ){0,2}?(?:дня рождения|днюхи|нового года|праздник\w*|свадьбы|выпускного))",
        needs=r"(?:не_(?:хочу|буду) (?:\w+ ){0,2}?(?:портить|испортить|омрачать|омрачить)|"
        r"(?:чтобы|чтоб) (?:\w+ ){0,2}?не_(?:портить|испортить|омрачить)|последн|прощ|простите|"
        r"навсегда|уиду|таблет|веревк|записк|я готов|я готова)",
        neighbours=True,
    ),
    # Affairs put in order before a set time: debts paid, messages deleted, a note left.
    # Round 5: its `unless` reads its own sentence only (see _own_sentence).
    *_own_sentence(
        (
            rule(
                S,
                r"\b(?P<core>(?:оплатил\w*|закрыл\w*|раздал\w*|вернул\w*) (?:\w+ ){0,2}?(?:долги|"
                r"кредит\w*)|удалил\w* (?:\w+ ){0,2}?(?:переписк\w*|страниц\w*|аккаунт\w*|сообщени\w*|"
                r"фотки|фото|историю|соцсет\w*))",
                needs=r"(?:(?:ночью|сегодня|завтра|скоро|потом|теперь) (?:\w+ )?(?:сделаю это|это "
                r"сделаю|уиду|закончу вс[её])|(?:сделаю это|это сделаю) (?:\w+ )?(?:ночью|сегодня|"
                r"завтра)|ничего не_забыл\w*|вс[её] готово|я готов|я готова|можно уходить|последн|прощ)",
                unless=r"\b(?:пост\w*|выложу|сторис|блог\w*|с бывш\w*|канал\w*|ремонт\w*)\b",
                neighbours=True,
            ),
        )
    ),
    # A pet given away with a cover story or "nothing holds me here now".
    rule(
        S,
        r"\b(?P<core>(?:отдала|отдал|пристроила|пристроил|отдаю|пристраиваю|раздала|раздаю|"
        r"отвезла|отвез) (?:\w+ ){0,2}?(?:кота|кошку|котика|собаку|пса|песика|попугая|хомяка|"
        r"рыбок|котов|животн\w*|питомц\w*)|(?:кота|кошку|котика|собаку|пса|песика|попугая|"
        r"хомяка|рыбок|котов|питомц\w*) (?:\w+ )?(?:отдала|отдал|пристроила|пристроил|отдаю|"
        r"пристраиваю|отвезла|отвез))",
        needs=r"(?:уезжаю надолго|навсегда|уиду|ухожу|меня не_будет|не_держит|на самом деле|"
        r"последн|прощ|больше не_смогу|не_понадоб)",
        unless=r"\b(?:котят|щенков|аллерги\w*|переезд\w*|переезжаю|ребенок|беременн\w*|"
        r"арендодател\w*|хозяи\w* квартиры|командировк\w*|на время|на неделю|на месяц|"
        r"в отпуск|передержк\w*)\b",
        neighbours=True,
    ),
    # Things given away by someone who says they will soon need nothing.
    rule(
        S,
        r"\b(?P<core>(?:раздает|раздала|раздал|раздаю|раздаст|отдает|дарит|раздавать) "
        r"(?:\w+ ){0,2}?(?:свои |все |всю )?(?:вещи|книги|одежду|украшения|игрушки|вс[её]|"
        r"деньги|сбережения|коллекци\w*))",
        about_others=True,
        needs=r"(?:не_(?:нужн\w*|понадоб\w*|пригод\w*)|ничего (?:\w+ )?не_(?:нужно|надо)|"
        r"на память|навсегда|скоро (?:\w+ )?(?:не_будет|не_станет|уиду|уидет)|прощ)",
        unless=r"\b(?:вырос\w*|мал[аиоы]?|велик\w*|переезд\w*|переезжа\w*|похудел\w*|"
        r"не_ношу|надоел\w*|стар\w*|учебник\w*|ремонт\w*|детск\w*|ребен\w*|авито|продаю|продает|благотвор\w*|"
        r"волонт\w*|приют\w*|минимализм\w*|расхламл\w*)\b",
        neighbours=True,
    ),
    # Someone old who stopped eating and "wants to go to grandad".
    rule(
        S,
        r"\b(?P<core>(?:хочу|хочет|хочется|хотела|хотел|пора|уиду|уидет|зовет) (?:\w+ )?"
        r"(?:уже )?к (?:деду|дедушке|бабушке|бабуле|маме|папе|мужу|жене|сыну|дочке|брату|"
        r"сестре|неи|нему|ним))\b",
        about_others=True,
        needs=r"(?:перестал\w* есть|не_ест|не_встает|не_хочет жить|на небо|на тот свет|туда|"
        r"умер\w*|покоин\w*|могил\w*|похорон\w*|не_стало|устал\w* жить|зажил\w*)",
        unless=r"\b(?:в гости|на дачу|в деревню|на выходные|на каникулы|позвонить|приеду|"
        r"поеду|ехать|съездить|в больниц\w*|на праздник\w*|на обед|на ужин|кладбищ\w*|на "
        r"могилу)\b",
        neighbours=True,
    ),
    # A goodbye: "ты ни в чем не виновата. так будет лучше"; "прощайте" with thanks for
    # the time together (not leaving a chat, a job, a town).
    rule(
        S,
        r"\b(?P<core>(?:ты|вы|никто) (?:\w+ )?ни в ч[её]м не_виноват\w*)",
        needs=r"(?:так (?:\w+ )?(?:будет|всем будет) (?:лучше|проще|легче)|прощаи|не_плачь|"
        r"не_вини|последн|меня (?:уже )?не_будет)",
        unless=r"\b(?:для нас|обоих|расстаться|расстаемся|расставани\w*|отношени\w*|друзьями|"
        r"бросаю)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>прощаи(?:те)?)\b(?! (?:\w+ )?(?:мои (?:деньги|зарплата|выходные|нервы|сон)|"
        r"лето|отпуск|выходные|зарплата|диета|фигура))",
        needs=r"(?:было (?:\w+ )?(?:классно|здорово|хорошо|приятно|весело|круто) (?:с вами|"
        r"с тобои|вас знать|тебя знать)|не_поминаите лихом|не_поминаи лихом|всех (?:вас )?"
        r"люблю|спасибо (?:вам )?за вс[её]|не_ищите|не_грустите|не_плачьте|навсегда|больше "
        r"не_увидимся)",
        unless=r"\b(?:чат\w*|групп\w*|канал\w*|сервер\w*|работ\w*|уволь\w*|увольня\w*|"
        r"переезж\w*|переезд\w*|уезжаю|отпуск\w*|лагер\w*|школ\w*|класс\w*|выпуск\w*|универ\w*|"
        r"смен\w*|коллег\w*|проект\w*|стрим\w*|блог\w*|подписчик\w*|игр\w*)\b(?<!\bклассно)",
        neighbours=True,
    ),
    # Russian typed in Latin letters: a goodbye, leaving life, sleeping forever, a child
    # locked up.
    rule(
        S,
        r"\b(?P<core>(?:u[jiy]?du|u[jiy]ti) iz zhizni|(?:usnu|zasnu|usnut|zasnut) navsegda|"
        r"(?:vyp'?[jy]u|vypit) vs[eyio]o? (?:\w+ )?(?:tablet\w*|tabl|snotvorn\w*|i usnu)|"
        r"pokonchu s sob\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>pro(?:shch|shh|sh|sch)a[ijy]?(?:te)?)\b",
        needs=r"\b(?:posledn\w*|spasibo|lyublyu|ljublju|prostite|navsegda)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:zapiraet|zapirayut|zapiraiut|zaperla|zaper|zaperli) (?:\w+ )?"
        r"(?:menya|menja|nas|brata|sestru))\b",
        needs=r"\b(?:bez edy|kladovk\w*|v komnate|v tualete|na balkone|na noch|v vannoi|"
        r"v podvale|b'?et)\b",
    ),
    # The writer means to hurt someone with a knife, in their sleep.
    rule(
        D,
        r"\b(?P<core>(?:хочу|хочется|собираюсь|думаю|возьму|готова|готов|решила|решил) "
        r"(?:\w+ ){0,3}?(?:зарезать|порезать|пырнуть|прирезать|заколоть|задушить|отравить|убить|"
        r"грохнуть|застрелить|ударить ножом) (?:\w+ )?(?:его|ее|их|мужа|отчима|отца|мать|маму|"
        r"жену|парня|соседа|брата))\b",
        needs=r"(?:нож\w*|топор\w*|молот\w*|крысин\w*|ружь\w*|пистолет\w*|(?:когда|пока) "
        r"(?:\w+ )?(?:уснет|спит|заснет|уснут)|терпеть|не_могу больше|больше не_могу)",
        unless=rf"{_PLAY}|\b(?:лук\w*|мяс\w*|хлеб\w*|овощ\w*|торт\w*|пирог\w*|салат\w*|колбас\w*|"
        r"сыр\w*|мелко|кубиками|соломкои|доск\w*|рецепт\w*|куриц\w*|рыб\w*|арбуз\w*)\b",
    ),
    # A child: an adult coming into the room or the bathroom and looking, touching; made
    # to do things when the parents are out.
    rule(
        D,
        r"\b(?P<core>(?:заходит|приходит|входит|лезет|ломится|залазит|залезает|заходил|приходил|"
        r"заходят|врывается) (?:\w+ )?(?:ко мне|к неи|к нему|к нам|к сестре|к брату|к дочке|"
        r"к дочери|к сыну) (?:\w+ )?(?:в комнату|в ванную|в душ|в кровать|в постель|в туалет|"
        r"под одеяло))",
        about_others=True,
        needs=r"(?:смотрит,? (?:\w+ )?как (?:\w+ )?(?:моюсь|моется|раздева|переодева)|и смотрит"
        r"(?=\s*(?:$|[.,!?]))|подсматрива|трога|гладит|гладил|раздева|ложится|ляжет|лег ко|"
        r"секрет|никому не_|боюсь|страшно|противно|мерзко)",
        unless=r"\b(?:проверить|уроки|разбудить|будит|убраться|уборк\w*|пожелать|кот\w*|"
        r"собак\w*)\b",
        neighbours=True,
    ),
    # Round 5: its `unless` reads its own sentence only (see _own_sentence).
    *_own_sentence(
        (
            rule(
                D,
                r"\b(?P<core>(?:заставляет|заставлял\w*|заставил\w*|принуждает|вынуждает|уговаривает) "
                r"(?:меня |ее |его |нас )?(?:\w+ )?(?:делать|сделать|трогать|потрогать|смотреть|"
                r"раздеваться|раздеться|показывать|показать) (?:\w+ )?(?:всякое|разное|такое|это|вещи|"
                r"всякие вещи|разные вещи|его|ему|себя|то,? что))",
                needs=r"(?:(?<!\d)(?:\d|1[0-5]) (?:лет|год)|(?:мне|ей|ему) (?:\d|1[0-5])\b|когда (?:\w+ )?"
                r"(?:родител\w*|мам\w*|папы|никого) (?:\w+ )?(?:нет|не_будет|не_было|уходят|уедут)|"
                r"страшно|боюсь|никому|секрет|противно|стыдно|плачу)",
                unless=r"\b(?:урок\w*|домашк\w*|посуд\w*|убирать|уборк\w*|спорт\w*|зарядк\w*|учить|"
                r"читать|кашу|есть|сериал\w*|фильм\w*|мультик\w*|видео|аниме|играть|игр\w*|лол|"
                r"ахах\w*)\b",
                neighbours=True,
            ),
        )
    ),
    # A place chosen where nobody goes (not a picnic, a seat, a parking space).
    # Round 5: its `unless` reads its own sentence only (see _own_sentence).
    *_own_sentence(
        (
            rule(
                S,
                r"\b(?P<core>(?:выбрала|выбрал|нашла|нашел|присмотрела|присмотрел) (?:\w+ )?место)\b",
                needs=r"(?:никто (?:\w+ )?не_(?:ходит|наидет|увидит|заходит|помешает)|не_наидут|"
                r"(?:там|туда) (?:\w+ )?никого|скоро(?=\s*(?:$|[.!?]))|навсегда|"
                # Round 6: a height or a deep place named, or "и не вернусь".
                r"не_вернусь|\b(?:башн|обрыв|скал|карьер|заброш|высотк|многоэтажк|мост|крыш)\w*)",
                unless=r"\b(?:пикник\w*|палатк\w*|шашлык\w*|отдых\w*|свадьб\w*|кафе|ресторан\w*|фото\w*|"
                r"рыбалк\w*|гриб\w*|парковк\w*|стоянк\w*|ночевк\w*|кемпинг\w*|отпуск\w*|самолет\w*|"
                r"поезд\w*|окна|кино|театр\w*|купаться|клад\w*|ягод\w*|свидани\w*|работ\w*)\b",
                neighbours=True,
            ),
        )
    ),
    # "Я ухожу" with thanks for everything or "простите"; past love to everyone.
    rule(
        S,
        r"\b(?P<core>(?:я )?ухожу(?=\s*(?:$|[.,!?;)]|навсегда|насовсем)))",
        needs=r"(?:простите|прощаи|спасибо (?:\w+ ){0,2}?за вс[её]|люблю вас|не_ищите|не_плачьте|"
        r"не_поминаите)",
        unless=r"\b(?:работ\w*|чат\w*|групп\w*|канал\w*|проект\w*|команд\w*|отпуск\w*|спать|"
        r"домои|магазин\w*|пенси\w*|увольн\w*|декрет\w*|смен\w*|сервер\w*|урок\w*|пар[аыу])\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:я )?(?:вас|всех вас|вас всех|тебя) (?:\w+ )?(?:любила|любил)(?=\s*(?:$|"
        r"[.,!?;)]|всех|всем сердцем|правда|очень)))",
        needs=r"(?:прощ\w*|простите|прости|последн\w*|ухожу|не_ищите|меня (?:\w+ )?не_(?:будет|"
        r"станет)|"
        r"больше не_увидите)",
        unless=r"\b(?:стих\w*|пушкин\w*|романс\w*|песн\w*)\b",
        neighbours=True,
    ),
    # Round 4c: afraid to go home for a beating; an adult showing a child porn; someone
    # who says they will shoot or hang themselves; "лучше бы её не было" said by someone;
    # sex while asleep; "простите за всё. это конец"; everything left to others.
    rule(
        D,
        r"\b(?P<core>(?:не_хочу|боюсь|страшно|не_могу|не_хочется) (?:\w+ )?(?:идти|возвращаться|"
        r"вернуться|приходить|ехать) (?:\w+ )?домои)\b",
        needs=r"(?:\bбить|\bбьет|\bбил\b|избьет|убьет|побьет|мне конец|прибьет|ремн\w*|пьян\w*|"
        r"дерется|изобьют|бьют)",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:показывал|показывает|показал|показывали|присылает|присылал|скинул) "
        r"(?:\w+ ){0,2}?(?:видео|фильмы|фильм|ролики|фото|фотки|картинки) (?:\w+ )?(?:для "
        r"взрослых|порно\w*|18\+)|порно\w* (?:\w+ )?(?:показывал|показывает|показал))",
        needs=r"(?:(?<!\d)(?:\d|1[0-5]) (?:лет|год)|(?:мне|ей|ему) (?:\d|1[0-5])\b|дядя|отчим|"
        r"тренер|учитель|сосед|повторить|никому|секрет|ребен\w*|дочк\w*|сын\w*)",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:говорит|сказал|сказала|пишет|написал|написала|грозится|обещает|"
        r"угрожает),? (?:что )?(?:\w+ )?(?:застрелится|повесится|отравится|утопится|вскроется|"
        r"выпилится|зарежется|спрыгнет|убьет себя|покончит с собои|наложит на себя руки|лучше "
        r"бы (?:ее|его|их) (?:\w+ )?не_было|лучше б (?:ее|его|их) не_было)(?=\s*(?:$|[.,!?;)]|"
        r"вообще|совсем|на свете|на этом свете)))",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:трахает|трахал|имеет|насилует|насиловал|берет|брал|раздевает|раздевал|"
        r"лапает|занимается (?:со мнои )?сексом|занимался (?:со мнои )?сексом) "
        r"(?:меня )?(?:\w+ )?(?:пока|когда) я (?:\w+ )?(?:сплю|спала|без сознания|пьяная|была "
        r"пьяная|в отключке|отключилась))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:простите|прости|извините) (?:\w+ )?за вс[её])\b",
        needs=r"(?:это конец(?=\s*(?:$|[.!?]))|вот и вс[её](?=\s*(?:$|[.!?]))|вс[её] кончено|"
        r"больше не_увидимся|меня (?:\w+ )?не_(?:будет|станет))",
        unless=r"\b(?:отношени\w*|дружб\w*|сезон\w*|сериал\w*|проект\w*|работ\w*|расста\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:оставляю|завещаю|отдаю) (?:\w+ ){0,2}?(?:вс[её](?: что (?:у меня )?есть)?|"
        r"все свои вещи|свои вещи|все деньги|все сбережения))",
        needs=r"(?:(?:больше|уже) ничего не_(?:надо|нужно)|не_понадоб\w*|ничего (?:\w+ )?не_(?:надо|"
        r"нужно)|на память|прощ\w*|меня (?:\w+ )?не_(?:будет|станет))",
        unless=r"\b(?:отпуск\w*|переезд\w*|уезжаю|командировк\w*|когда состарюсь|старост\w*)\b",
        neighbours=True,
    ),
    # Round 4d: the whole supply swallowed at once; a household poison drunk.
    rule(
        S,
        r"\b(?P<core>(?:выпью|выпить|съем|съесть|проглочу|проглотить|приму|принять|закинусь|"
        r"сожру|сожрать|наглотаюсь|закину) (?:\w+ ){0,2}?(?:вс[её]|всю|весь|целую|целыи|разом|"
        r"сразу)\b(?: \w+){0,2}|(?:вс[её]|всю|весь|целую|целыи) (?:\w+ )?(?:выпью|съем|проглочу|"
        r"приму|закинусь|сожру))",
        needs=r"(?:блистер\w*|аптечк\w*|" + _PILLS[3:],
        unless=r"\b(?:от (?:головы|давления|аллерги\w*|боли|простуды|температуры)|врач\w*|"
        r"назначил\w*|по рецепту|курс\w*|витамин\w*|за (?:день|неделю|месяц)|в дорогу|с собои)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:крысин\w* яд\w*|яд\w*|уксус\w*|уксусн\w* эссенци\w*|отбеливател\w*|"
        r"белизн\w*|антифриз\w*|дихлофос\w*|средство от (?:тараканов|крыс|мышеи)) (?:\w+ ){0,3}?"
        r"(?:выпью|выпить|съем|съесть|глотну|проглочу|хлебну)|(?:выпью|выпить|съем|съесть|"
        r"глотну|проглочу|хлебну) (?:\w+ ){0,2}?(?:крысин\w* яд\w*|яд|уксус\w*|уксусн\w* "
        r"эссенци\w*|отбеливател\w*|белизн\w*|антифриз\w*|дихлофос\w*))\b",
        unless=r"\b(?:змеи\w*|пчел\w*|в игре|зель\w*|сериал\w*|укус\w*)\b",
    ),
    # Round 4e: a threat to come to school with a weapon; ridding the family of oneself.
    rule(
        D,
        r"\b(?P<core>в (?:школу|класс|колледж|универ|шарагу|техникум|лицеи|гимназию|офис) "
        r"(?:\w+ ){0,2}?с (?:ножом|ножами|ружьем|пистолетом|стволом|обрезом|топором|бомбои|"
        r"автоматом|оружием)|(?:всех|их всех|всех их) (?:\w+ )?(?:перестреляет|перестреляю|"
        r"порежет|порежу|перережет|перережу|взорвет|взорву|убьет|убью|зарежет|зарежу))\b",
        about_others=True,
        needs=r"\b(?:нож\w*|ружь\w*|ружье\w*|пистолет\w*|ствол\w*|обрез\w*|топор\w*|бомб\w*|"
        r"автомат\w*|оружи\w*|стрельб\w*)\b",
        unless=r"\b(?:в игре|игр[аеуы]\w*|кс|доте|сериал\w*|фильм\w*|повар\w*|урок\w* труда|"
        r"кухн\w*|на обж|нельзя|запрещ\w*|отобрал\w*|поделок|канцеляр\w*|правил\w*)\b",
    ),
)

# --- round 5: families from the third fresh round (ru.fresh3.toml) ------------------------
# A child, by age, class or as a parent names them.
_CHILD_MARK = (
    r"\b(?:(?:мне|ему|еи|сыну|дочке|дочери|дочк[еи]|сестре|брату|сестренке|братику|"
    r"племяннику|племяннице) (?:\d|1[0-7])\b(?! (?:раз|минут\w*|час\w*|дн\w*|недел\w*|"
    r"месяц\w*|лет назад|год\w* назад|этаж\w*))|(?:\d|1[0-7]) (?:лет|год|года|годик\w*)\b(?! "
    r"назад)|(?:сын|сына|сыну|сыном|дочь|дочка|дочку|дочке|дочери|ребенок|ребенка|ребенку|"
    r"малыш\w*|детеи|дети|детям|племянни\w+|школьни\w+)\b|(?:\d|1[01])[ -]?(?:и|м|ы|ом|ого)? "
    r"класс\w*|садик\w*|детск\w* сад\w*)"
)
# A grown-up who may hold power over a child (not the mother kept in the dark).
_GROWN = (
    r"\b(?:отчим\w*|дяд[яиеюь]\w*|папа|папе|отец|отца|батя|сводн\w* брат\w*|дед\w*|дедушк\w*|"
    r"тренер\w*|учител\w*|физрук\w*|препод\w*|репетитор\w*|сосед\w*|мамин\w* (?:муж|парень|"
    r"сожитель|ухажер|друг)|мачех\w*|взросл\w*|мужик\w*|мужчин\w*|вожат\w*|батюшк\w*|"
    r"(?:1[89]|[2-6]\d) (?:лет|год|года))\b"
)
_SECRET = (
    r"(?:наш\w* (?:маленьк\w+ )?секрет\w*|секретн\w* игр\w*|(?:это )?секрет\b|(?:маме|папе|"
    r"никому|родителям|взрослым|учителю) (?:\w+ )?(?:говорить|рассказывать) нельзя|нельзя "
    r"(?:\w+ )?(?:говорить|рассказывать)|(?:велел|велела|сказал|сказала|приказал|попросил|"
    r"просит|говорит|заставил\w*)\w* (?:\w+ )?(?:молчать|никому не_(?:говорить|рассказывать)|"
    r"не_(?:говорить|рассказывать)|держать в секрете)|если (?:я |ты |она |он )?(?:[\w-]+ )?"
    r"(?:расскажу|расскажет|расскажешь|скажу|скажет|проболта\w*)|удал(?:и|ить|ять|ял\w*|яи) "
    r"(?:все |всю )?(?:переписк\w*|сообщени\w*|чат\w*|фотк\w*|фото))"
)
_SURPRISE = (
    r"\b(?:сюрприз\w*|подар\w*|праздник\w*|день рождени\w*|днюх\w*|нов\w* год\w*|дед\w* мороз\w*|"
    r"вечеринк\w*|ваз\w*|разбил\w*|влюбил\w*|нравится|дневник\w*|прятки|спойлер\w*)\b"
)
_DAY_RU = (
    r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|сегодня|завтра|"
    r"выходные|эту ночь|(?:\d+|первое|второе|третье)(?:-?е|-?го)? (?:число|числа|\w+))"
)
_R5: tuple[Rule, ...] = (
    # DANGER: a grown-up's secret or threat with a child ("дядя вова говорит если я расскажу
    # маме что он делает меня заберут в детдом. мне 9", "дедушка играет с ней в секретную
    # игру и маме говорить нельзя", "папа велел молчать"); not a present or a broken vase.
    rule(
        D,
        rf"\b(?P<core>{_SECRET})",
        # Not about_others: "игру" would read as fiction ("в секретную игру").
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        neighbours=True,
        unless=_SURPRISE,
    ),
    # A child with a grown-up who dates, meets or writes to them ("сын 13 лет переписывается с
    # мужиком 35 лет, тот просит фото").
    rule(
        D,
        r"\b(?P<core>(?:1[89]|[2-6]\d) (?:лет|год|года)|(?:ему|еи|парню|мужику|мужчине) "
        r"(?:1[89]|[2-6]\d))\b(?! назад)",
        about_others=True,
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*\b(?:переписыва\w*|встреча\w*|встретиться|"
        r"фото\w*|фотк\w*|парень|девушка|спит|секс\w*|забирает|пишет|просит|подар\w*|дарит|"
        r"целу\w*|отношени\w*|любовь|влюб\w*|к себе|в гости|на машине)\b))",
        neighbours=True,
        unless=r"\b(?:брат\w*|сестр\w*|дяд\w*|тет\w*|пап\w*|отец|отц\w*|мам\w*|мат(?:ь|ери)|"
        r"учител\w*|тренер\w*|дед\w*|бабушк\w*|фильм\w*|сериал\w*|книг\w*)\b",
    ),
    # A grown-up touching, peeping at, or making a child watch.
    rule(
        D,
        r"\b(?P<core>(?:трогает|трогал|трогать|лапает|лапал|щупает|щупал|подглядывает|"
        r"подглядывал|подсматривает|подсматривал|смотрит,? как я (?:моюсь|переодеваюсь|"
        r"раздеваюсь)|заставляет (?:\w+ )?(?:смотреть|трогать|делать|раздеваться)|заставлял "
        r"(?:\w+ )?(?:смотреть|трогать|делать|раздеваться)))\b(?! (?:\w+ )?(?:мои|моим|мою|мое|"
        r"моих) (?:вещ\w*|телефон\w*|косметик\w*|ед\w*|компьютер\w*|ноут\w*|игрушк\w*|уроки|"
        r"домашк\w*))",
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN}))",
        neighbours=True,
        unless=r"\b(?:кот\w*|кошк\w*|собак\w*|пес|щенок|уроки|домашк\w*|мультик\w*|сериал\w*|"
        r"футбол\w*|фильм\w*|посуду|уборк\w*)\b",
    ),
    # Children kept hungry: "второй день не кормят", a lock on the fridge.
    rule(
        D,
        r"\b(?P<core>не_(?:кормят|кормит|кормили|кормил|кормила|дают (?:\w+ )?(?:есть|еду|"
        r"поесть|кушать))|(?:замок|замки) на холодильник\w*)\b",
        needs=r"\b(?:дн\w*|сутки|суток|второи|третии|неделю|замок|мачех\w*|отчим\w*|мама|мать|"
        r"папа|отец|нас|меня|сестр\w*|брат\w*|мне (?:\d|1[0-7]))\b",
        unless=r"\b(?:диет\w*|пост\w*|голодани\w*|похуд\w*|кот\w*|кошк\w*|собак\w*|рыб\w*|"
        r"хомяк\w*|попуга\w*|врач\w*|анализ\w*|операци\w*)\b",
    ),
    # A child back from the other parent with marks, told to keep quiet.
    rule(
        D,
        r"\b(?P<core>вернул\w* (?:\w+ ){0,3}?(?:от|из|у) (?:\w+ )?(?:отца|папы|мамы|матери|"
        r"бабушки|дедушки|отчима|дяди|\w+) (?:\w+ ){0,2}?с (?:\w+ )?(?:синяк\w*|ожог\w*|ссадин\w*|"
        r"порез\w*|фингал\w*|следами|шишк\w*))",
        about_others=True,
        needs=_CHILD_MARK + r"|\b(?:молчать|секрет|не_говорить|говорит,? что|плачет|боится)\b",
        neighbours=True,
    ),
    # SUICIDE: pills gathered and hidden ("насобирала 60 таблеток кветиапина, прячу").
    rule(
        S,
        rf"\b(?P<core>(?:насобирал\w*|собрал\w*|скопил\w*|накопил\w*|коплю|копила|копил|прячу|"
        rf"спрятал\w*|припрятал\w*|заныкал\w*|храню) (?:\w+ ){{0,3}}?(?:\d+ |штук \d+ )?"
        rf"{_PILLS})",
        unless=r"\b(?:от детеи|от ребенка|от кота|от собаки|в аптечк\w* для|по рецепту|курс\w*|"
        r"в поездку|на даче|в отпуск)\b",
    ),
    # A gun with its cartridges or key named, and a thought of it every evening.
    rule(
        S,
        r"\b(?P<core>(?:ружье|ружья|пистолет\w*|ствол\w*|карабин\w*|двустволк\w*|обрез\w*|"
        r"травмат\w*))\b",
        needs=r"(?s:\A(?=.*\b(?:патрон\w*|ключ\w*|сеиф\w*|заряжен\w*|пул\w*)\b)(?=.*\b(?:думаю (?:про|"
        r"о|об) (?:это|этом|нем|него)|каждыи (?:вечер|день)|не_могу перестать (?:думать|смотреть)|"
        r"тянет|смотрю на (?:него|нее)|достаю|держу в руках)\b))",
        neighbours=True,
        unless=r"\b(?:охот\w*|тир\w*|стрельбищ\w*|коллекци\w*|разрешени\w*|лицензи\w*|игр\w*)\b",
    ),
    # "Если все сразу выпить, сердце остановится?": a question whether a supply would kill.
    rule(
        S,
        r"\b(?P<core>если (?:\w+ )?(?:все|всю|их|пачку|коробку|упаковку|банку|блистер|половину) "
        r"(?:\w+ )?(?:сразу |разом )?(?:выпить|выпью|проглотить|сожрать|съесть|принять)(?: \w+){0,3}?"
        r",? (?:сердце (?:\w+ )?остановится|умру|помру|насмерть|не_проснусь|сдохну|хватит|"
        r"это смертельно|это конец))",
    ),
    # A rope in the car and a wood nearby, with a thought of it.
    rule(
        S,
        r"\b(?P<core>(?:трос|веревк\w*|шнур|ремень|петл\w*)) (?:\w+ ){0,3}?(?:в багажнике|в "
        r"машине|в рюкзаке|с собои)",
        needs=r"(?s:\A(?=.*\b(?:лес\w*|дерев\w*|сук\w*|ветк\w*|посадк\w*|роща)\b)(?=.*\b(?:вот "
        r"думаю|думаю об этом|решил\w*|никто не_наидет|никто не_узнает)\b))",
        neighbours=True,
        unless=r"\b(?:поход\w*|буксир\w*|сломал\w*|эвакуатор\w*|дач\w*|дров\w*|палатк\w*|гамак\w*|"
        r"пикник\w*|шашлык\w*)\b",
    ),
    # Someone else: a photo of pills or a rope, then "всё" or offline.
    rule(
        S,
        r"\b(?P<core>(?:прислал\w*|скинул\w*|отправил\w*|выложил\w*|запостил\w*) (?:\w+ ){0,2}?"
        r"(?:фото|фотку|фотографию|видео|сторис|кружок) (?:\w+ ){0,2}?(?:таблет\w*|веревк\w*|"
        r"петл\w*|лезви\w*|пистолет\w*|ружь\w*|крыш\w*|моста|рельс\w*|вен|порез\w*))",
        about_others=True,
        needs=r"\b(?:не_в сети|вне сети|не_отвечает|не_берет|выключил\w*|что все|все\.|прощ\w*|"
        r"прости|конец|пока|не_знаю что делать)",
        neighbours=True,
        unless=r"\b(?:аптек\w*|рецепт\w*|купил\w* в|магазин\w*|поход\w*|альпин\w*|вид с|закат\w*)\b",
    ),
    # Someone else who knows how and when, or took a parent's gun and swore the writer in.
    rule(
        S,
        r"\b(?P<core>знает,? как и когда|взял\w* (?:\w+ ){0,3}?(?:пистолет|ружье|ствол|обрез|"
        r"травмат))\b",
        about_others=True,
        needs=r"\b(?:поклясться|молчать|никому|застрел\w*|покончит|прощ\w*|знает,? как и когда|"
        r"не_хочет жить|умереть)\b",
        neighbours=True,
        unless=r"\b(?:охот\w*|тир\w*|стрельб\w*|игр\w*)\b",
    ),
    # Someone else hoarding pills, or wanting to join the dead.
    rule(
        S,
        rf"\b(?P<core>(?:копит|копила|копил|собирает|собирала|прячет|прятала|накопила|накопил)"
        rf" (?:\w+ )?{_PILLS})",
        about_others=True,
        unless=r"\b(?:витамин\w*|от детеи|от ребенка|по рецепту|коллекци\w*|курс\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:хочет|хотела|хотел|собирается|говорит,? что уидет) (?:уити |уиду )?к "
        r"(?:нему|неи|ним|папе|маме|мужу|жене|деду|бабушке|сыну|дочке|отцу|матери))\b",
        about_others=True,
        needs=r"\b(?:смерти|умер\w*|похорон\w*|не_стало|погиб\w*|ушел|ушла|после)\b",
        unless=r"\b(?:на кладбище|в гости|в больниц\w*|на дачу|в деревню|поехать|приехать)\b",
    ),
    # Someone else who asked to mind a pet and went silent.
    rule(
        S,
        r"\b(?P<core>(?:позаботься|позаботьтесь|присмотри|присмотрите|покорми|покормите|"
        r"забери|заберите) (?:\w+ )?(?:о |за )?(?:коте|кошке|собаке|псе|кота|кошку|собаку|"
        r"детях|детьми|цветах|рыбках|хомяке|попугае))\b",
        needs=r"\b(?:выключил\w* (?:\w+ )?телефон|телефон (?:\w+ )?выключен|не_отвечает|не_берет|"
        r"вне сети|не_в сети|пропал\w*|заблокировал\w*)",
        neighbours=True,
        unless=r"\b(?:отпуск\w*|командировк\w*|уезжа\w*|уехал\w*|больниц\w*|поезд\w*|самолет\w*|"
        r"реис\w*|смен\w*)\b",
    ),
    # Someone else who said they will kill themselves, with words between.
    rule(
        S,
        r"\b(?P<core>(?:сказал\w*|написал\w*|говорит|пишет|заявил\w*|выложил\w*|запостил\w*) "
        r"(?:\w+ ){0,4}?что (?:\w+ ){0,4}?(?:повесится|покончит с собои|убьет себя|выпилится|"
        r"вскроется|отравится|утопится|застрелится|спрыгнет|прыгнет|выбросится|наглотается|"
        r"наложит на себя руки|убьется|бросится|сбросится))\b",
        about_others=True,
        unless=r"\b(?:если (?:еще|опять) раз|шутк\w*|в игре|песн\w*)\b",
    ),
    # Plans: a day chosen beside an empty home.
    rule(
        S,
        rf"\b(?P<core>(?:выбрал\w*|назначил\w*|решил\w*) (?:на )?{_DAY_RU})",
        needs=r"\b(?:никого (?:не_будет|нет)|дома никого|одна дома|один дома|пуст\w*|все уедут|"
        r"уедут|не_будет дома|до (?:понедельника|вторника|среды|четверга|пятницы|субботы|"
        r"воскресенья))",
        neighbours=True,
        unless=r"\b(?:праздник\w*|вечеринк\w*|свидани\w*|днюх\w*|день рождени\w*|поход\w*|"
        r"поездк\w*|отпуск\w*|ремонт\w*|уборк\w*|гост\w*|тусовк\w*|друз\w*|кино|экзамен\w*)\b",
    ),
    # A letter for each child, put with the insurance.
    rule(
        S,
        r"\b(?P<core>(?:письм\w*|записк\w*) (?:\w+ ){0,2}?(?:каждому|каждои|всем) (?:\w+ )?"
        r"(?:ребенку|детям|из детеи|близким|родным)|(?:каждому|каждои) (?:\w+ )?(?:ребенку|из "
        r"детеи|из близких) (?:\w+ )?(?:письм\w*|записк\w*))",
        needs=r"\b(?:страховк\w*|завещани\w*|после|когда меня не_будет|в столе|в ящике|пароли|"
        r"прости|наидут|папк\w*)\b",
        neighbours=True,
        unless=r"\b(?:нов\w* год\w*|дед\w* мороз\w*|день рождени\w*|лагер\w*|капсул\w* времени|"
        r"выпускн\w*|совершеннолети\w*)\b",
    ),
    # "Мне там они не понадобятся": where the writer goes, things are not needed.
    rule(
        S,
        r"\b(?P<core>(?:мне|ему|еи) (?:\w+ )?там (?:\w+ )?не_(?:понадобится|понадобятся|нужн\w*)|"
        r"куда я (?:иду|ухожу|собираюсь),? (?:\w+ )?не_(?:понадобится|понадобятся|нужн\w*))",
        unless=r"\b(?:переезд\w*|арми\w*|монастыр\w*|лагер\w*|командировк\w*|эмигр\w*|за ?границ\w*|"
        r"в другую страну|в другои город|общаг\w*|на севере|на юге)\b",
    ),
    # Only the way to the bridge is left.
    rule(
        S,
        r"\b(?P<core>осталось (?:только |лишь )?(?:доити|доехать|добраться|залезть|подняться|"
        r"выити) (?:до|на) (?:\w+ )?(?:моста|крыши|рельс\w*|путеи|обрыва|окна|балкона|реки|"
        r"леса|вокзала))\b",
        unless=r"\b(?:прогулк\w*|экскурси\w*|фото\w*|вид\w*|закат\w*|маршрут\w*)\b",
    ),
    # Calm and decided, "уеду за город и все".
    rule(
        S,
        r"\b(?P<core>(?:уеду|поеду|поиду|уиду|выиду|сяду на поезд) (?:\w+ ){0,4}?и (?:все|конец|"
        r"хватит))(?=\s*(?:$|[.!?]))",
        needs=r"\b(?:решил\w*|решено|спокоин\w*|спокоен|готов\w*|не_страшно)\b",
        neighbours=True,
        unless=r"\b(?:отпуск\w*|отдых\w*|выходн\w*|дач\w*|шашлык\w*|друз\w*|в магазин|на работу|"
        r"домои|уволюсь|увольн\w*|работ[аеуы])\b",
    ),
    # "Все думают, что я в отпуск собираюсь", beside a date.
    rule(
        S,
        r"\b(?P<core>(?:все|родные|родители|мама|семья|друзья|муж|жена) (?:\w+ )?думают,? (?:что )?"
        r"(?:я )?(?:\w+ )?(?:в отпуск\w*|в отпуске|на отдых|уезжаю|в командировк\w*|на каникулы))",
        needs=r"\b(?:дат\w*|обвед\w*|календар\w*|решил\w*|никто не_знает|выбрал\w*|день)\b",
        neighbours=True,
        unless=r"\b(?:сюрприз\w*|предложени\w*|свадьб\w*|собеседовани\w*|операци\w*|реабилит\w*)\b",
    ),
    # The last day anywhere, on earth.
    rule(
        S,
        r"\b(?P<core>последн\w* (?:\w+ )?(?:вообще везде|везде|на (?:этои )?земле|в (?:моеи )?"
        r"жизни|на этом свете))\b",
        unless=r"\b(?:лол|ахах\w*|хаха\w*|если (?:съем|поем)|остр\w*|отпуск\w*|экзамен\w*)\b",
    ),
    # SELF_HARM: an urge back, beside a blade or a clean streak.
    rule(
        H,
        r"\b(?P<core>(?:тяга|желание|тянет) (?:\w+ ){0,2}?(?:вернул\w*|снова|опять|сильн\w*|"
        r"такая|такое|невыносим\w*))\b",
        needs=r"\b(?:лезви\w*|резать|режу|порез\w*|чист\w*|срыв\w*|сх|селф\w*|бритв\w*)\b",
        neighbours=True,
        unless=r"\b(?:кур\w*|сигарет\w*|алкогол\w*|выпить|пить|сладк\w*|шоколад\w*|ед[аыу]|жрать|"
        r"игр\w*|ставк\w*)\b",
    ),
)

# --- round 6: families from the fourth fresh round (ru.fresh4.toml) ------------------------
# Relief said of the others ("вздохнули бы спокойно", "всем станет легче").
_RELIEF = (
    r"(?:вздохн\w*|выдохн\w*|обрадова\w*|обрадуются|(?:стало|станет|было|будет|жилось|заживут|"
    r"зажили) (?:бы |б )?(?:\w+ )?(?:легче|проще|лучше|спокоинее|спокоино|свободнее))"
)
# The writer gone, said as a condition ("если б меня не стало", "когда я умру").
_GONE = (
    r"(?:если|когда) (?:бы |б )?(?:меня (?:\w+ )?не_(?:стало|станет|было|будет)|я (?:\w+ )?"
    r"(?:умерла|умер|исчезла|исчез|умру|исчезну|сдохну|сдохла|сдох|не_проснусь|не_проснулась))"
    r"(?! (?:\w+ )?(?:на|в|во|с|со|у|дома|рядом|там|тогда|раньше|из|от)\b)"
)
_KIN = (
    r"(?:всем|им|маме|папе|семье|родным|близким|родителям|мужу|жене|детям|бабушке|дедушке|"
    r"друзьям|сестре|брату|всем вокруг)"
)
# A grown-up who is not a parent (a parent taking a child to bed is everyday).
_GROWN_OTHER = (
    r"\b(?:отчим\w*|дяд[яиеюь]\w*|дядьк\w*|сводн\w* брат\w*|тренер\w*|учител\w*|физрук\w*|"
    r"препод\w*|репетитор\w*|сосед\w*|мамин\w* (?:муж|парень|сожитель|ухажер|друг)|сожител\w*|"
    r"ухажер\w*|взросл\w*|мужик\w*|мужчин\w*|вожат\w*|(?:1[89]|[2-6]\d) (?:лет|год|года))\b"
)
# A mark of the past inside a clause ("в 16 я резала", "пять лет назад наглоталась").
_PAST_MARK = (
    r"\b(?:раньше|когда-то|назад|тогда|в детстве|в юности|в школе|в прошлом|в \d+|был период|"
    r"было время|были времена|был момент|прошл\w+ (?:весн\w*|зим\w*|лет\w*|осен\w*|год\w*))\b"
)
_R6: tuple[Rule, ...] = (
    # SUICIDE, burden: relief beside the writer gone, in either order ("они бы вздохнули
    # спокойно, если б меня не стало"), and "уйду, и всем станет легче".
    rule(
        S,
        rf"\b(?P<core>{_RELIEF} (?:\w+ ){{0,3}}?{_GONE}|{_GONE},? (?:\w+ ){{0,3}}?{_RELIEF}|"
        r"(?:уиду|исчезну|умру|сдохну|уберусь)(?! (?:\w+ )?(?:с|со|из|на|в|от|к|домои|пораньше|"
        rf"раньше|отсюда|работ\w*)\b),? (?:и|то|тогда) (?:\w+ ){{0,2}}?{_KIN} (?:\w+ )?(?:станет|"
        r"будет) (?:\w+ )?(?:легче|проще|лучше|спокоинее|свободнее))",
        unless=r"\b(?:на работе|в отпуске|в командировке|отпуск\w*|командировк\w*|на смене|"
        r"из команды|из группы|из чата|с работы|увольн\w*|уволюсь|декрет\w*)\b",
    ),
    # Means: a car run in a garage with its gate closed or a hose from the exhaust, told
    # across sentences ("в гараже машина и шланг. закрою ворота и заведу мотор").
    rule(
        S,
        r"\b(?P<core>(?:закрою|закрыла|закрыл|запру|прикрою) (?:\w+ )?(?:ворота|гараж\w*)|"
        r"(?:заведу|завела|завел|включу|оставлю работать) (?:\w+ )?(?:мотор|двигател\w*|машину|"
        r"тачку)|(?:шланг\w*|трубк\w*)(?:,? \w+){0,3}?,? (?:от |к |на |в )?(?:выхлоп\w*|"
        r"глушител\w*|в салон))",
        needs=r"(?s:\A(?=.*гараж)(?=.*(?:ворот|закро|закры|запр|шланг|выхлоп))(?=.*(?:мотор|двигател|"
        r"заведу|завела|завел|выхлоп|шланг))(?=.*\b(?:усн\w*|засн\w*|не_проснусь|и вс[её]|шланг\w*|"
        r"выхлоп\w*|угар\w*|надышусь|задохн\w*|тихо|навсегда)\b))",
        neighbours=True,
        unless=r"\b(?:прогре\w*|заглуш\w*|мороз\w*|ремонт\w*|механик\w*|сервис\w*|аккумулятор\w*|"
        r"не_заводится|замен\w*|прогорел\w*|поменять|поменял\w*|угорел\w*|чуть не)\b",
    ),
    # Means: a supply swallowed at once or gathered in several pharmacies, with the medicine
    # named in the sentence before ("парацетамол без рецепта продают. возьму в трех аптеках
    # по две пачки и выпью все разом").
    rule(
        S,
        r"\b(?P<core>(?:выпью|проглочу|закинусь|сожру|съем|приму|заглочу) (?:\w+ )?(?:все|всю|их "
        r"все|вс[её]|всем|всеми|обе|пачку|пачки) (?:\w+ )?(?:разом|сразу|залпом|за раз|одним махом|за один "
        r"раз)|(?:в|по) (?:разных|двух|трех|четырех|пяти|нескольких|\d+) аптек\w*)",
        needs=rf"(?:{_PILLS}|\bпачк\w*|\bблистер\w*|\bупаковк\w*)",
        neighbours=True,
        unless=r"\b(?:врач\w*|назначил\w*|витамин\w*|по рецепту|курс\w*|антибиотик\w*|дефицит\w*|"
        r"не_было|нет в наличии|искала|обошла|от (?:головы|давления|аллерги\w*|боли|простуды|"
        r"температуры))\b",
    ),
    # Walking along the rails and waiting for a train.
    rule(
        S,
        r"\b(?P<core>(?:хожу|гуляю|иду|стою|сижу|лежу|брожу|шатаюсь|легла|лег|лягу) (?:\w+ ){0,2}?"
        r"(?:вдоль|по|на|у|возле|около) (?:\w+ )?(?:путеи|путям|путях|рельс\w*|железк\w*|"
        r"железнои дороги|шпал\w*))",
        needs=r"\b(?:(?:жду|дожидаюсь|дождусь|подожду|ждать) (?:\w+ )?(?:электричк\w*|поезд\w*|"
        r"товарняк\w*|состав\w*|сапсан\w*|скорыи)|под (?:\w+ )?(?:поезд|электричку|состав)|быстро|"
        r"решил\w*|не_страшно|и вс[её])",
        neighbours=True,
        unless=r"\b(?:фото\w*|фотк\w*|прогулк\w*|поход\w*|рыбалк\w*|гриб\w*|дач\w*|на работу|"
        r"опаздыва\w*|задерж\w*|отмен\w*|работ\w*|смен\w*|путеец\w*|обходчик\w*|ремонт\w*|"
        r"турист\w*|экскурси\w*|платформ\w*)\b",
    ),
    # Plans: leaving on a set day beside calm or a countdown ("уйду в свой день рождения,
    # 14 марта. осталось 9 дней и мне спокойно"); not a job, a holiday or maternity leave.
    # "Сделаю это" and "всё закончу" (a chore as often) need the countdown or the calm.
    *(
        rule(
            S,
            rf"\b(?P<core>{verbs}(?! (?:с|со|из|от|к|домои|на)\b) (?:\w+ ){{0,2}}?(?:(?:в|на) "
            r"(?:\w+ ){0,2}?(?:день рождения|днюху|новыи год|понедельник|вторник|среду|четверг|"
            r"пятницу|субботу|воскресенье|эту ночь|выходные)|\d{1,2}(?:-?го|-?е)? (?:январ|феврал|"
            r"март|апрел|ма[яи]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*))",
            needs=r"\b(?:осталось (?:\w+ )?(?:\d+|пара|пару|несколько|две|три|неделя) ?(?:дн\w*|"
            rf"недел\w*|час\w*)?|спокоин\w*|спокоен|спокоино|прощ\w*|последн\w*{more})",
            neighbours=True,
            unless=r"\b(?:работ\w*|декрет\w*|отпуск\w*|пенси\w*|уволь\w*|увольн\w*|больничн\w*|"
            r"смен\w*|пораньше|раньше|гост\w*|вечеринк\w*|праздн\w*|торт\w*)\b",
        )
        for verbs, more in (
            (
                r"(?:уиду|умру|покончу с собои|уиду из жизни)",
                r"|решил\w*|решено|готов\w*|никто не_знает",
            ),
            (r"(?:сделаю это|закончу вс[её]|вс[её] закончу)", ""),
        )
    ),
    # Plans: a time chosen beside a means or readiness ("таблетки есть, время выбрала").
    rule(
        S,
        r"\b(?P<core>(?:время|день|дату|час|ночь|момент|способ) (?:уже )?(?:выбрал\w*|назначил\w*|"
        r"определил\w*)|(?:выбрал\w*|назначил\w*) (?:уже )?(?:время|час|ночь|момент))\b",
        needs=rf"(?:{_PILLS}|\bверевк|\bпетл|\bлезви|\bкрыш|\bмост|я готов|я готова|когда вс[её] "
        r"(?:уснут|заснут|уидут|уедут)|никто не_помешает|не_проснусь)",
        neighbours=True,
        unless=r"\b(?:свадьб\w*|встреч\w*|собеседовани\w*|отпуск\w*|поездк\w*|свидани\w*|"
        r"ресторан\w*|кино|экзамен\w*|врач\w*|запис\w*|праздник\w*|вечеринк\w*|ремонт\w*|"
        r"прием\w*|рецепт\w*|курс\w*|фото\w*|переезд\w*)\b",
    ),
    # Leaving "и не вернусь" beside a decision, calm or a chosen place.
    rule(
        S,
        r"\b(?P<core>(?:уеду|поеду|пойду|уиду|выиду|доеду|дойду) (?:\w+ ){0,4}?и (?:уже |больше |"
        r"никогда )?не_вернусь)",
        needs=r"\b(?:решил\w*|решено|спокоин\w*|спокоен|готов\w*|не_страшно|выбрал\w*|место|"
        r"прощ\w*|простите|навсегда|последн\w*)",
        neighbours=True,
        unless=r"\b(?:отпуск\w*|эмигр\w*|переезд\w*|переед\w*|за ?границ\w*|в другую страну|"
        r"в другои город|работ\w*|виз\w*|контракт\w*|арми\w*|учеб\w*|универ\w*|к нему|к неи|"
        r"к мужу|от него|от мужа|из дома|из этого города|из этои страны|квартир\w*)\b",
    ),
    # DANGER, someone else: a man shouting that he will kill her, blows heard through a wall.
    rule(
        D,
        r"\b(?P<core>(?:орет|кричит|грозит|угрожает|грозится|обещает|говорит|орал|кричал) "
        r"(?:\w+ )?что (?:\w+ )?(?:убьет|зарежет|прибьет|задушит|пристрелит|изобьет|покалечит) "
        r"(?:ее|его|их|жену|соседку|маму|мать|сестру|брата|дочь|сына|ребенка|детеи)|(?:слышно|"
        r"слышу|слышала|слышал),? (?:\w+ )?как (?:\w+ ){0,2}?(?:бьет|избивает|душит|колотит|"
        r"лупит|бьют|избивают)|(?:слышно|слышу|слышала|слышал) (?:\w+ )?(?:удары|звуки ударов|"
        r"крики о помощи))\b",
        about_others=True,
        needs=r"\b(?:(?:она|он|ребенок|дети|малыш\w*) (?:\w+ )?(?:кричит|кричат|плачет|плачут|"
        r"зовет на помощь)|удар\w*|бьет|бьют|слышно|помогите|полици\w*|страшно|боюсь|нож\w*|"
        r"кров\w*|за стен\w*)",
        neighbours=True,
        unless=r"\b(?:час\w*|курант\w*|колокол\w*|барабан\w*|дожд\w*|град\w*|волн\w*|сердц\w*|"
        r"мяч\w*|молот\w*|сверл\w*|игр\w*|съест|съел|съешь|торт\w*|опозда\w*|двоик\w*|"
        r"шутк\w*|шутя|смеется)\b",
    ),
    # DANGER, a child: a grown-up asking a child for photos in underwear or naked, or taking
    # a child to his bed at night (not a parent after a nightmare).
    rule(
        D,
        r"\b(?P<core>(?:просит|попросил|просил|требует|хочет|уговаривает|уговорил|выпрашивает|"
        r"предлагает) (?:\w+ ){0,3}?(?:фот\w*|видео|кружк\w*|селфи|нюдс\w*) (?:\w+ ){0,2}?(?:в "
        r"белье|в трусах|без одежды|без трусов|голы\w*|голышом|в купальнике|без маики|"
        r"интимн\w*|в душе|в ванн\w*))",
        needs=_CHILD_MARK,
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:забирает|берет|уводит|зовет|тащит|кладет|ложится|залезает|лезет|"
        r"приходит) (?:\w+ ){0,2}?(?:к себе )?(?:в (?:свою )?(?:кровать|постель)|к себе "
        r"(?:спать|в постель|в кровать)|ко мне в (?:кровать|постель)|к (?:неи|нему) в "
        r"(?:кровать|постель)))",
        needs=rf"(?s:\A(?=.*{_CHILD_MARK})(?=.*{_GROWN_OTHER}))",
        neighbours=True,
        unless=r"\b(?:кошмар\w*|гроз\w*|боится|страшно|болеет|температур\w*|сказк\w*|"
        r"колыбельн\w*|кот\w*|кошк\w*|собак\w*|щен\w*)\b",
    ),
    # Burden said of oneself ("я как камень на шее") beside an end ("пора это прекратить
    # навсегда", "избавлю их").
    rule(
        S,
        r"\b(?P<core>я (?:\w+ ){0,3}?(?:как )?(?:камень на шее|камнем на шее|обуза|обузои|"
        r"балласт|в тягость|гиря на ногах|якорь|лишнии рот|обуза для всех))\b",
        needs=r"\b(?:прекратить|прекращу|навсегда|насовсем|освобожу|освободить|избавлю|избавить|"
        r"исчезну|исчезнуть|не_будет|не_станет|уиду из жизни|уити из жизни)\b",
        neighbours=True,
        unless=r"\b(?:съеду|съехать|переехать|перееду|работ\w*|квартир\w*|общаг\w*|команд\w*|"
        r"проект\w*|кредит\w*)\b",
    ),
    # Goodbye: thanks in the past tense ("спасибо, что были") beside a farewell, and a bare
    # "не ищите" ending the message.
    rule(
        S,
        r"\b(?P<core>спасибо,? (?:вам |тебе |всем )?(?:за то,? )?что (?:вы |ты )?(?:были|был|была)"
        r"(?: (?:рядом|со мнои|у меня|в моеи жизни))?(?=\s*(?:$|[.!,]))|не_ищите(?=\s*$))",
        needs=r"(?:прощ|не_ищите|больше не_|не_вините|я устал|я устала|простите|люблю вас|"
        r"навсегда|последн)",
        neighbours=True,
        unless=r"\b(?:выпускн\w*|лагер\w*|смен\w*|отпуск\w*|увольн\w*|уволь\w*|переезд\w*|"
        r"канал\w*|стрим\w*|чат\w*|групп\w*|сезон\w*|курс\w*)\b",
    ),
    # Goodbye: things given away, "мне они уже ни к чему".
    rule(
        S,
        r"\b(?P<core>мне (?:они |оно |это |он |она )?(?:уже |больше |теперь )(?:ни к чему|"
        r"не_понадоб\w*|не_нужн\w*))(?=\s*(?:$|[.!,;]))",
        needs=r"\b(?:подарил\w*|раздал\w*|отдал\w*|раздаю|отдаю|дарю|раздам|отдам|оставляю)\b",
        neighbours=True,
        unless=r"\b(?:переезд\w*|перееха\w*|вырос\w*|мал[аоиы]?|размер\w*|похудел\w*|ремонт\w*|"
        r"продал\w*|авито|нов\w+|купил\w*|детск\w*|уезжаю|эмигр\w*|курс\w*|учеб\w*|бросил\w*|"
        r"кур\w*|спорт\w*)\b",
    ),
    # Means: a blade laid beside a full bath.
    rule(
        S,
        r"\b(?P<core>(?:лезви\w*|бритв\w*|нож\w*|скальпел\w*) (?:\w+ )?(?:рядом|на бортике|на краю "
        r"ванн\w*|под рукои|наготове|приготовил\w*))\b",
        needs=r"\bванн\w*",
        neighbours=True,
        unless=r"\b(?:брит\w*|побрить|эпиляц\w*|ног[иу] брить|маникюр\w*|овощ\w*|кухн\w*|"
        r"ремонт\w*|плитк\w*|герметик\w*|силикон\w*)\b",
    ),
    # DANGER: waking undressed after being made drunk or at a stranger's.
    rule(
        D,
        r"\b(?P<core>(?:проснулась|очнулась|пришла в себя) (?:\w+ ){0,5}?(?:без одежды|без трусов|"
        r"без белья|раздет\w*|голая|голои))\b",
        needs=r"\b(?:напоил\w*|подсыпал\w*|пьян\w*|вечеринк\w*|вписк\w*|клуб\w*|не_помню|"
        r"незнаком\w*|чувак\w*|парн\w*|мужик\w*|он|они)\b",
        neighbours=True,
        unless=r"\b(?:жарк\w*|жара|лунатизм\w*|одна дома|в своеи кровати)\b",
    ),
    # DANGER: a child hit with a belt, a stick or a cable ("сожитель бьет его ремнем").
    rule(
        D,
        r"\b(?P<core>(?:бьет|лупит|избивает|колотит|хлещет|порет|отхлестал\w*|выпорол\w*|бил|"
        r"била|избил\w*|лупил\w*) (?:его|ее|их|детеи|малого|малую) (?:\w+ )?(?:ремн\w*|ремешком|"
        r"палк\w*|шнур\w*|провод\w*|кабел\w*|кулак\w*|ногами|скакалк\w*|пряжк\w*|веником|"
        r"тапк\w*))",
        about_others=True,
        unless=_PLAY + r"|\b(?:ковер|ковры|подушк\w*|мяч\w*|тесто|яиц\w*|сливк\w*|комар\w*|"
        r"муху|мух\w*|таракан\w*)\b",
    ),
    # History: searching for a way again after an attempt or with thoughts back.
    rule(
        S,
        r"\b(?P<core>(?:ищу|искала|искал|гуглю|гуглила|гуглил|выбираю|подбираю) (?:\w+ )?"
        r"(?:способ\w*|как (?:лучше )?(?:уити|умереть|покончить|сделать это)))(?=\s*(?:$|"
        r"[.,!?;]|умереть|уити|покончить|безболезн\w*|быстр\w*|надежн\w*))",
        needs=r"\b(?:попытк\w*|мысли (?:\w+ )?вернул\w*|вернул\w* (?:\w+ )?мысли|суицид\w*|"
        r"самоубииств\w*|умереть|уити из жизни|покончить|повеситься|не_хочу жить)",
        neighbours=True,
        unless=r"\b(?:похуд\w*|заработ\w*|денег|деньги|курить|уснуть|выучить|научиться|задач\w*|"
        r"ремонт\w*)\b",
    ),
)

# --- round 5: a crisis that is over, told from a safe present --------------------------
# (see en.py): no rule is valid in a sentence that tells a crisis as over ("уже год не
# режусь, горжусь собой", "три года назад пыталась уйти из жизни. сегодня ... так рада, что
# осталась"), with the next sentence when it tells the safe present, unless a relapse, an
# urge, a wish or "снова/опять/вернулись/сегодня ночью" is there. A bare past ("в 16
# пыталась повеситься") is still flagged.
_NOW = (
    r"\b(?:срыв\w*|сорвал\w*|рецидив\w*|(?<!никогда )снова|(?<!никогда )опять|вновь|тянет|тяга|"
    r"хочется (?:\w+ )?(?:резать|умереть|сдохнуть|порезать\w*|исчезнуть)|(?:хочу|"
    r"собираюсь|решил\w*|готов\w*) (?:\w+ )?(?:умереть|сдохнуть|резать|порезать\w*|покончить|"
    r"уити|повторить|выпилиться)|(?:мысли|тяга|желание|желания) (?:\w+ )?вернул\w*|вернул\w* "
    r"(?:мысли|тяга|желание)|коту под хвост|псу под хвост|насмарку|(?:сегодня|этои) ночью|"
    r"вчера|прямо сеичас|сеичас (?:хочу|тянет|думаю|режу)|на этои неделе|до сих пор (?:хочу|"
    r"думаю|тянет|режу|боюсь)|еще (?:хочу|думаю|тянет|режу)|иногда|хуже|сильнее|не_могу "
    r"(?:остановиться|перестать)|не_хочу (?:жить|просыпаться|существовать)|жаль,? что "
    r"(?:не_получилось|выжил\w*|откачали|спасли)|лучше бы (?:не_откачали|умерла|умер)|боюсь,? "
    r"что (?:снова|опять|сорвусь)|режусь|(?:желание|мысли|тяга) "
    r"(?:\w+ )?(?:умереть|сдохнуть|покончить|резать|уити)|никуда не_дел\w*|не_проходит|"
    r"не_прошл\w*|решил\w*|решено|прощ\w*|отдал\w* (?:\w+ )?(?:кота|кошку|"
    r"собаку|вещи|все)|пристроил\w*|завещани\w*|завтра|скоро|выпил\w* (?:все|всю|пачку)|"
    r"(?:бьет|душит|пинает|угрожает|насилует) меня|меня (?:\w+ )?(?:бьет|душит|пинает|бьют)|"
    r"(?:до сих пор|все еще|по-прежнему) (?:\w+ )?(?:бьет|угрожает|пишет|преследует)|"
    r"не_в (?:безопасности|порядке)|плохо|(?<!не_)(?:режу себя|прижигаю|жгу себя))\b"
)
_SAFE = (
    r"\b(?:(?:\d+|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полгода|год|"
    r"года|месяц\w*|недел\w*) ?(?:дн\w*|недел\w*|месяц\w*|год\w*|лет)? ?(?:\w+ ){0,2}?(?:без "
    r"(?:сх|селфхарм\w*|с[еэ]лф[ -]?харм\w*|порезов|самоповрежд\w*|срыв\w*|лезви\w*|резки)|"
    r"чист(?:ая|ыи|ые|а|ои)\b)|(?:уже )?(?:\w+ )?(?:год|года|лет|месяц\w*|недел\w*|полгода|дн\w*) "
    r"(?:как )?не_(?:режусь|режу себя|резалась|резался|наношу|причиняю)|не_(?:режусь|режу "
    r"себя|резалась|резался|причиняю себе вред|наношу себе) (?:\w+ ){0,2}?(?:уже )?(?:\d+ )?"
    r"(?:год|года|лет|месяц\w*|недел\w*|полгода|дн\w*)|(?:\d+ \w+|год|полгода|месяц|неделю) как "
    r"(?:выписал\w*|вышл\w*|вышел|я жива|я жив|живу|не_режусь)|как я жива|рад\w* (?:\w+ )?,? ?"
    r"что (?:я )?(?:осталась|остался|выжила|выжил|жива|жив|здесь|не_получилось|живу)|"
    r"благодарн\w* (?:\w+ ){0,3}?(?:что (?:я )?(?:жива|жив|живу|осталась|остался)|за то,? что "
    r"(?:жива|жив))|сеичас (?:у меня )?(?:все )?(?:хорошо|в порядке|"
    r"нормально|отлично)|сеичас (?:мне|я) (?:\w+ )?(?:\d+|счастлив\w*|в безопасности|в порядке|"
    r"свободн\w*|хорошо)|в безопасности|я свободн\w*|(?:терапи\w*|психолог\w*|"
    r"психотерапевт\w*|таблетки|лечени\w*|лекарства|поддержк\w*) (?:\w+ ){0,2}?(?:помогл\w*|"
    r"помогает|спасл\w*|вытащил\w*)|спас\w* (?:мне )?жизнь|рассказываю (?:\w+ ){0,2}?историю|"
    r"делюсь (?:своеи )?историеи|больше не_(?:режусь|режу|хочу умирать|хочу "
    r"умереть|думаю о (?:смерти|суициде)|прячусь)|уже не_(?:режусь|режу|хочу умирать|хочу "
    r"умереть)|никаких (?:синяков|побоев|пряток)|выздоров\w*|ремисси\w*)\b"
)
_PAST = (
    r"\b(?:(?:\d+|год|два|три|четыре|пять|несколько|много) (?:год\w*|лет|месяц\w*) назад|"
    r"(?:год|полгода|месяц) назад|"
    r"раньше|когда-то|в детстве|в юности|в школе|в подростковом|в \d{4}|в \d+ лет|в \d\d|"
    r"был период|было время|были времена|был момент|в прошлом)\b"
)
_PRESENT = (
    r"(?:\b(?:сеичас|теперь|сегодня) (?:я |мне |у меня )?(?:\w+ )?(?:счастлив\w*|хорошо|в порядке|"
    r"замуж\w*|защитил\w*|выпуск\w*|повысили|радуюсь)\b|"
    # Round 6: glad it was not done, strange to remember, helping others, a second birthday,
    # plans for the summer, "прошло благодаря друзьям", "живу и радуюсь".
    r"\b(?:(?:счастлив\w*|рад|рада|радуюсь|благодарн\w*),? (?:\w+ )?что (?:я )?(?:тогда )?"
    r"не_(?:сделала|сделал|прыгнула|прыгнул|решилась|решился|смогла|смог|получилось)|"
    r"(?:сеичас|теперь|сегодня) (?:\w+ ){0,2}?(?:странно|смешно|дико|не_верится|удивительно) "
    r"(?:\w+ )?(?:вспоминать|представить|подумать|думать)|(?:теперь|сеичас|сегодня) (?:\w+ ){0,2}?"
    r"(?:помогаю (?:другим|людям|тем)|волонтер\w*|праздную|отмечаю)|втор\w* (?:день рождени\w*|"
    r"днюх\w*)|(?:теперь|сеичас) (?:\w+ ){0,3}?(?:планы|мечты) на|прош(?:ел|ло|ла|ли) (?:\w+ )?"
    r"благодаря|живу и радуюсь|радуюсь жизни|(?:вс[её]|это) (?:давно )?позади|(?:теперь|сеичас) "
    r"(?:\w+ ){0,5}?и (?:я |мы )?(?:\w+ )?(?:счастлив\w*|в порядке|радуюсь)|(?:теперь|сеичас|"
    r"сегодня) (?:я )?(?:\w+ )?(?:бегаю|работаю|учусь|путешествую|занимаюсь|рисую|танцую|"
    r"воспитываю))\b)"
)
# Round 6: acts that may be told of the past ("в 16 я резала руки", "пять лет назад
# наглоталась", "раньше писала предсмертные записки", "когда я хотел умереть") count as now
# only in a clause with no mark of the past in it.
_NOW_CLAUSE = (
    rf"(?:(?<![^.,;!?\n])|(?<=[.,;!?\n] ))(?![^.,;!?\n]{{0,100}}?{_PAST_MARK})[^.,;!?\n]{{0,100}}?"
    r"\b(?:порезал\w*|резала|резал|записк\w*|письм\w*|наглотал\w*|(?:хотела|хотел) (?:\w+ )?"
    r"(?:умереть|сдохнуть|покончить|уити|выпилиться|резать|порезать\w*))\b"
)
_RECOVERY = rf"(?s:\A(?!.*{_NOW})(?!.*{_NOW_CLAUSE})(?=.*{_SAFE}|(?=.*{_PAST}).*{_PRESENT}))"
# A sentence that tells the safe present joins the one before it.
_JOIN_SAFE_PRESENT = (
    r"(?<=\w)[.!]+ +(?=(?:[^.!?\n]{0,120}?\b(?:рад\w* (?:\w+ )?,? ?что|благодарн\w*|горжусь|"
    r"сеичас (?:у меня |мне |я )?(?:все )?(?:хорошо|в порядке|счастлив\w*)|теперь (?:я|у меня)|"
    r"сегодня (?:я )?(?:\w+ )?(?:защитил\w*|гуляла|гулял|повысили|праздную|отмечаю)|"
    r"теперь (?:\w+ ){0,2}?(?:помогаю|волонтер\w*)|живу и радуюсь|(?:терапи\w*|психолог\w*) "
    r"(?:\w+ )?помогл\w*|\d+ (?:лет|год\w*|месяц\w*|дн\w*) (?:чист\w*|без))))"
)


def _spared(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules, spared in a sentence that tells a crisis as over (sentences.spared)."""
    return spared(rules, _RECOVERY)


_R5 = _own_sentence(_R5)

_R6 = _own_sentence(_R6)

_CRISIS = _spared((*_CRISIS, *_R5, *_R6))

_CHECK_IN: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>(?:хочу|хочется|хотелось бы|хотела бы|хотел бы|мечтаю|просто хочу) "
        r"(?:\w+ ){0,2}?(?:исчезнуть|пропасть|раствориться|испариться|перестать быть|"
        r"ничего не_чувствовать))(?! (?:\w+ ){0,2}?(?:на|в|из|с|со|куда|"
        # "исчезнуть от стыда" is not the wish; "исчезнуть от всего/всех" is.
        r"от(?! (?:всего|всех|этого всего)\b)|отсюда|до|пока|туда)\b)",
    ),
    rule(S, r"\b(?<!не_)(?<!ты )(?P<core>обуз(?:а|ои|ою))\b"),
    # Round 4: "я пустое место", "не вижу выхода из этой ситуации".
    rule(
        S,
        r"\b(?P<core>я (?:просто |всего лишь |полное |никчемное )?(?:пустое место|ничтожество|"
        r"ноль|ничто|никто)(?=\s*(?:$|[.,!?;)]|и\b|для всех|в этом мире))|не_вижу (?:\w+ )?"
        r"выхода (?:из|в) (?:\w+ ){0,2}?(?:ситуаци\w*|положени\w*|всего этого|этого ада|жизни))",
    ),
    rule(
        S,
        r"\b(?P<core>не_вижу (?:\w+ )?смысла (?:ни в чем|во всем|дальше|что-либо|просыпаться|"
        r"вставать|стараться)|(?:все|всё) (?:\w+ )?(?:бессмысленно|потеряло смысл)|"
        r"ничего не_имеет смысла|смысла нет ни в чем|какои во всем смысл|какои (?:\w+ )?смысл (?:\w+ )?(?:во всем|в жизни|жить|"
        r"в этом всем|во всем этом|вообще)|в чем смысл "
        r"(?:всего|жизни|этого всего|моего существования|моеи жизни)|жизнь (?:\w+ )?"
        r"(?:не_имеет смысла|бессмысленна|потеряла смысл|кончена|закончилась)|"
        r"(?:нет|не_вижу) (?:никакого )?выхода|выхода (?:\w+ )?нет)(?=\s*(?:$|[.,!?;)]|"
        r"вообще|совсем|никакого|больше|уже))",
        unless=r"\b(?:ногот\w*|маникюр\w*|стрижк\w*|прическ\w*|экран\w*|ахах\w*|хаха\w*|лол|"
        r"лабиринт\w*|квест\w*|игр\w*|уровн\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:больше не_могу|не_могу больше|не_могу так больше|больше так не_могу|"
        r"так больше не_могу|не_вывожу больше|больше не_вывожу|не_выдержу больше|"
        r"больше не_выдержу))(?=\s*(?:$|[.,!?;)]|сил|так\b|держаться|бороться|вообще|совсем))",
        unless=r"\b(?:в отпуск|на море|каникул\w*|выходн\w*|отдохнуть|поспать|выспаться|"
        r"есть эту|слушать|смотреть)\b",
    ),
    rule(
        S,
        r"\b(?P<core>сил (?:больше |уже )?(?:нет|не_осталось) (?:\w+ )?(?:ни на что|бороться|"
        r"никаких|совсем|вообще|жить))(?=\s*(?:$|[.,!?;]))",
    ),
    rule(
        S,
        r"\b(?P<core>зачем я (?:вообще |еще |до сих пор )?(?:живу|существую|нужна|нужен)|"
        r"(?:устала|устал) от (?:всего|всех и всего|всего на свете|этого всего)(?=\s*(?:$|"
        r"[.,!?;]|и от|вообще|уже|совсем))|"
        r"хочу,? чтобы (?:\w+ )?(?:все|это все|все это|это) (?:\w+ )?(?:закончилось|кончилось|"
        r"прекратилось)(?=\s*(?:$|[.,!?;]|навсегда|уже))|"
        r"сил (?:больше|уже|совсем) нет(?=\s*(?:$|[.,!?;]))|"
        r"(?:больше |уже )?не_вывожу (?:\w+ )?(?:жизнь|эту жизнь|все это|всё это)|"
        r"зачем (?:вообще )?(?:все это|это все|всё это|это всё)(?=\s*(?:$|[.,!?;]))|"
        r"(?:ничего|ничто) (?:уже |больше )?не_изменится(?=\s*(?:$|[.,!?;]))|"
        r"не_знаю (?:\w+ )?(?:как|зачем) (?:мне )?(?:дальше )?(?:жить|существовать)(?=\s*(?:$|[.,!?;]|"
        r"дальше|вообще|теперь|так))|"
        r"нет (?:\w+ )?сил (?:ни на что|бороться|вообще ни на что)|"
        r"я (?:\w+ )?всем (?:только )?(?:мешаю|порчу жизнь)|"
        r"(?:устала|устал) бороться(?=\s*(?:$|[.,!?;]|уже|больше|с этим))|"
        r"меня (?:\w+ )?ничего (?:больше |уже )?не_держит|"
        r"никто (?:даже |и )?не_(?:заметит|будет скучать|вспомнит|заплачет)(?=\s*(?:$|[.!?;]))|"
        r"(?:я (?:\w+ )?)?никому не_(?:нужна|нужен)(?=\s*(?:$|[.,!?;]|и\b|совсем|вообще|"
        r"никогда|на этом|в этом)))",
        unless=r"\b(?:он|она|они|это|эта|этот|эти|такая|такои|товар\w*|вещ\w*)\b (?:\w+ )?"
        r"никому не_нуж",
    ),
    rule(
        S,
        r"\b(?P<core>(?:вс[её]|это все|все это) (?:\w+ )?(?:закончится|кончится|прекратится) "
        r"навсегда(?=\s*(?:$|[.!?;]|,? (?:и|я)\b))|лишн(?:яя|ии|ее) (?:\w+ )?(?:в этом мире|на этом свете|на земле|в этои жизни)|"
        r"(?:нафиг|нахуи|к черту|к чертям|в жопу) (?:эту |такую )?жизнь|"
        r"(?:не_вижу|нет) (?:\w+ )?(?:будущего|никакого будущего|своего будущего)"
        r"(?=\s*(?:$|[.,!?;]|вообще|никакого|совсем|для себя))|руки (?:\w+ )?(?:снова |опять )?"
        r"чешутся(?= (?:\w+ ){0,3}?(?:порез|резать|лезви)))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:порчу|ломаю|отравляю|испортила) (?:\w+ )?всем жизнь|"
        r"не_вижу (?:\w+ )?смысла (?:вставать|просыпаться|стараться|что-то делать))"
        r"(?=\s*(?:$|[.,!?;]))",
    ),
    # Round 3: more hopeless wordings.
    rule(
        S,
        r"\b(?P<core>(?:ради чего|для чего|зачем|ради кого|для кого) (?:я )?(?:вообще |еще |"
        r"до сих пор |каждыи день |каждое утро )?(?:живу|просыпаюсь|встаю|существую|стараюсь|"
        r"продолжаю|дышу)(?=\s*(?:$|[.,!?;)]|каждое утро|каждыи день|по утрам|вообще|дальше|"
        r"еще|до сих пор))|(?:устала|устал) (?:просто |уже )?быть(?=\s*(?:$|[.,!?;]))|"
        r"(?:лечь|лежать) (?:\w+ ){0,2}?и (?:\w+ ){0,2}?(?:больше|никогда) не_(?:вставать|встать)|"
        r"(?:лечь|лежать) (?:\w+ ){0,2}?и не_вставать (?:никогда|больше|вообще|навсегда)|"
        r"ничего хорошего (?:со мнои |в моеи жизни |меня |мне |в жизни )?(?:уже |больше |"
        r"никогда |точно ){0,2}не_(?:случится|будет|ждет|произоидет)(?=\s*(?:$|[.,!?;)]|"
        r"никогда|уже|больше))|(?:меня|мне) (?:\w+ )?ничего хорошего (?:\w+ )?не_(?:ждет|светит)|"
        r"(?:я|меня) (?:\w+ )?(?:сломалась|сломался|сломана|сломан),? (?:и )?(?:\w+ ){0,2}?"
        r"не_(?:починюсь|починить|соберусь|собрать|восстановлюсь|вылечить|исправить|склеить)|"
        r"меня (?:уже |больше )?не_(?:починить|исправить|собрать|склеить)(?=\s*(?:$|[.,!?;)]))|"
        r"(?:вс[её] равно|плевать|пофиг|безразлично),? (?:\w+ )?(?:что|чем) со мнои (?:\w+ )?"
        r"(?:будет|случится|станет)|(?:мне|я) (?:\w+ )?(?:вс[её] равно|плевать|пофиг|"
        r"безразлично),? (?:\w+ )?(?:что|чем) (?:\w+ )?(?:будет|случится) (?:дальше|со мнои|"
        r"с моеи жизнью)(?=\s*(?:$|[.,!?;)]|вообще|уже)(?!,? (?:\w+ )?(?:главное|весело|кайф)))|"
        r"зачем (?:вообще |мне )?(?:стараться|пытаться|что-то делать|бороться|напрягаться|"
        r"рыпаться|дергаться),? (?:если|когда) (?:\w+ ){0,2}?(?:вс[её] равно|ничего) (?:\w+ )?"
        r"(?:ничего )?не_(?:получится|изменится|выидет|поменяется)|"
        r"(?:всем|никому|никто|им) (?:\w+ ){0,2}?(?:было бы|будет|бы) (?:\w+ )?(?:пофиг|плевать|"
        r"наплевать|вс[её] равно|не_заметил\w*|не_заметит),? (?:\w+ )?(?:если|когда) (?:бы )?"
        r"(?:я|меня) (?:\w+ )?(?:пропала|пропал|исчезла|исчез|пропаду|исчезну|не_было)|"
        r"тяну (?:\w+ )?(?:всех|вас|их|семью|близких|маму|друзеи) (?:\w+ )?(?:на дно|вниз|"
        r"за собои)|лучше (?:бы|б) (?:я )?(?:\w+ )?не_(?:просыпалась|проснулась|просыпался|"
        r"проснулся)(?! (?:\w+ )?(?:так )?(?:рано|в \d|до|раньше)))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:так|это) (?:\w+ )?было всегда,? и (?:так |это )?(?:\w+ )?будет(?: всегда)?"
        r"(?=\s*(?:$|[.,!?;]))|так будет всегда(?=\s*(?:$|[.,!?;])))",
        needs=r"(?:пуст|ненуж|одинок|никому|плохо|больно|тяжело|никчем|ничтожеств|сломан|"
        r"никто|ненавиж|нет смысла)",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ничего|ничто) (?:\w+ )?(?:больше |уже )?не_(?:радует|интересует|"
        r"приносит радости)(?=\s*(?:$|[.,!?;)]|вообще|совсем|уже|больше|давно))|"
        # Round 6: "ничего не хочется" alone is everyday sadness; said to last, it is not.
        r"(?:ничего|ничто) (?:\w+ )?(?:больше |уже )не_хочется(?=\s*(?:$|[.,!?;)]))|"
        r"(?:ничего|ничто) (?:\w+ )?не_хочется (?:вообще|совсем|давно|уже|больше|месяцами|"
        r"неделями)\b|"
        r"пустота (?:внутри|в душе)|(?:внутри|в душе) (?:\w+ )?(?:пустота|пусто)(?=\s*(?:$|[.,!?;)]|"
        r"и\b))|(?:у меня )?(?:больше|уже|совсем) нет (?:никаких )?сил(?=\s*(?:$|[.,!?;)]|"
        r"вообще|совсем|жить|бороться))|(?:эта боль|этот ад|эти мучения|это мучение|это "
        r"страдание|эта тоска|это чувство) (?:\w+ )?никогда не_(?:закончится|кончится|пройдет|"
        r"прекратится)|(?:устала|устал) (?:\w+ )?(?:просыпаться|жить так|дышать)(?=\s*(?:$|"
        r"[.,!?;)]|каждое утро|по утрам|каждыи день))|не_справляюсь,? (?:совсем|вообще|больше|"
        r"уже|ни с чем|с жизнью|со всем этим|со своеи жизнью)(?=\s*(?:$|[.,!?;)]))|"
        r"ненавижу себя(?: и (?:свою |эту |всю )?жизнь)?(?=\s*(?:$|[.,!?;)]))|"
        r"ненавижу (?:свою|эту) жизнь(?=\s*(?:$|[.,!?;)]))|не_живу,? а (?:просто )?существую|"
        r"(?:у меня|во мне|мне) (?:\w+ )?(?:не_осталось|нет) (?:\w+ )?надежды|надежды (?:больше |"
        r"уже )?(?:нет|не_осталось)(?=\s*(?:$|[.!?;)]))|(?:потеряла|потерял|утратила) (?:\w+ )?"
        r"(?:всякую |последнюю )?надежду(?=\s*(?:$|[.,!?;)]))|"
        r"(?:всем|никому|никто|им) (?:\w+ ){0,2}?(?:(?:было бы|будет|бы) )?(?:\w+ )?(?:пофиг|"
        r"плевать|наплевать|вс[её] равно|не_заметил\w*|не_заметит),? (?:\w+ )?(?:если|когда) "
        r"(?:бы )?(?:я|меня) (?:\w+ )?(?:пропала|пропал|исчезла|исчез|пропаду|исчезну|не_было))",
    ),
)

# Round 6: dead inside, living on autopilot; no future for oneself ("будущего у меня нет").
_CHECK_IN = (
    *_CHECK_IN,
    rule(
        S,
        r"\b(?P<core>(?:внутри|в душе) (?:\w+ ){0,2}?(?:умерло|мертво|выгорело|сгорело|"
        r"умерли)(?=\s*(?:$|[.,!?;)]|и\b|давно|уже))|(?:умерла|умер|мертва|мертв) (?:внутри|"
        r"душои)|(?:живу|существую) (?:\w+ )?на (?:автомате|автопилоте)(?=\s*(?:$|[.,!?;)]|и\b|"
        r"как|уже|давно))|будущего (?:у меня |для меня |мне )?(?:уже |больше |никакого |просто )?"
        r"(?:нет|не_будет|не_вижу)(?=\s*(?:$|[.,!?;)]|и\b|вообще|совсем|у меня|для меня)))",
        unless=r"(?:\bу (?!меня\b)\w+ (?:\w+ )?будущего|\bдля (?!меня\b)\w+ будущего|отношени\w*|"
        r"\bс ним\b|\bс неи\b|\bу нас\b|проект\w*|компани\w*|професси\w*|бизнес\w*|\bэтого\b|"
        r"\bэтои\b|\bтелефон\w*|\bноут\w*|\bсмех\w*|\bстыд\w*|\bработ\w*)",
    ),
)

_CHECK_IN = _spared(_CHECK_IN)
del D, S, H

LANGUAGE = Language(
    code="ru",
    crisis=_CRISIS,
    check_in=_CHECK_IN,
    shorthand=(*_SHORTHAND, (_JOIN_SAFE_PRESENT, "; ")),
    subjects="я ты он она оно мы вы они кто никто все всем",
    first_person="я мне меня",
    negators=(
        r"не_(?:буду|будет|стану|станет|стала|стал|собираюсь|собиралась|собирался|"
        r"собираемся|хочу|хотела|хотел|хочется|хотелось|смогу|смогла|смог|сделаю|думаю|думала|"
        r"думал|планирую|планировала|пыталась|пытался|пробовала|пробовал|надо|нужно|"
        r"собиралась|хотела бы)"
    ),
    history_after=r" ?(?:\w+ ){0,3}?(?:уже|больше|с тех пор|давно|как раньше)\b",
    # A denial after the phrase, ending its clause: "убивать себя не планирую", "резать
    # вены не буду, обещаю", "мыслей покончить с собой нет". Not "хочу умереть не буду
    # врать" (the denial there is of another verb).
    denied_after=(
        r"(?: (?:я|уж|даже|и|точно|пока|никогда|больше|уже|ничего|совсем|вообще|у меня)){0,2}"
        r" (?:не_(?:буду|стану|планирую|планировала|планировал|собираюсь|собиралась|собирался|"
        r"хочу|сделаю|думаю)|нет|нету)(?=\s*(?:$|[.,!?;:)(]|не_дождетесь|не_переживаи|"
        r"не_волнуися|обещаю|честно|правда|никогда|это точно))|,? (?:и |а |но )?(?:я )?"
        r"(?:сказала|сказал|ответила|ответил|говорю|отвечаю)(?:,)? (?:что )?(?:нет|не_было|нету|"
        r"их нет|не_думаю|не_хочу)(?=\s*(?:$|[.,!?;:)]))"
    ),
    # Asked and answered: "повеситься? не, я слишком люблю жизнь".
    answered_no=(
        r"(?: (?:мысли|мыслеи|идеи|желание|желания|намерения|планы|план|есть|были|бывают|"
        r"у меня|у тебя)){0,2}\?+ (?:не|нет|неа|не-а|ни за что|никогда|да ну|конечно нет|нету|"
        r"не было|отнюдь)(?=\s*(?:$|[.,!?;)]))"
    ),
    fiction=(
        r"\b(?:фильм\w*|кино|сериал\w*|книг\w*|роман\w*|рассказ(?:|а|у|е|ом|ы|ов|ам|ами|ах|ик\w*)|повест\w*|персонаж\w*|"
        r"героин[яиею]|геро[июея]\w*|сери[ияюей]|сезон\w*|новост\w*|стать[яиею]|заголов\w*|"
        r"подкаст\w*|документал\w*|песн\w*|клип\w*|аниме|манг\w*|стих\w*|ютуб\w*|видос\w*|видео|ролик\w*|мульт\w*|комикс\w*|сценари\w*|"
        r"тикток\w*|телек\w*|по тв|фанфик\w*|в (?:\w+ )?глав[еу]|спектакл\w*|театр\w*|лекци\w*|исследовани\w*|статистик\w*|"
        r"репортаж\w*|журналист\w*|произведени\w*|автор\w*|писател\w*|каренин\w*|литератур\w*|"
        r"урок\w* (?:истории|литературы|обж|биологии|обществознания)|игр[аеуы]\w*|тру крайм|криминал\w*|расследовани\w*)\b"
    ),
)
