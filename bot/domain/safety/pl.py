"""Crisis-screen rules for Polish (see bot.domain.safety and its engine).

How Polish text is read
- The engine lowercases and removes accents, so rules are written without them ("zabic
  sie", "nie chce zyc", "skonczyc ze soba", "samobojstwo", "tne sie"); "ż" and "ź" both
  become "z", "ł" becomes "l", "ą"/"ę" become "a"/"e". Because of this "ją" reads "ja"
  (like "I"), so "ja" is only read as "her" after a relative ("jej facet ja bije").
- Negation. Polish "nie" sits right before the verb ("nie zabije sie", "sie nie zabije").
  The shorthand fuses it to that verb ("nie_zabije"), so a rule written for "zabije sie"
  never matches the denied form, and phrases that carry their own negation are written
  with it ("nie_chce zyc", "nie_chce mi sie zyc"). A few fused modals are negators for the
  engine's window ("nie_zamierzam sie zabic", "nigdy w zyciu nie_chcialabym sie zabic").
  "staram sie nie", "probuje nie" (resisting) are not fused: "staram sie nie ciac" is
  flagged.
- Past tense marks the person in Polish: "-lam/-lem" is the writer, "-la/-l" someone else.
  A third person's past death is grief ("wujek popelnil samobojstwo piec lat temu",
  "zastrzelil sie z milosci" in a book), the writer's own past is history
  ("probowalam sie zabic", "nalykalam sie tabletek").

Decisions on ambiguous cases (in line with en.py)
- Own history told bare (attempts, self-harm, past abuse) is flagged; someone known at
  risk now is flagged; fiction and news are not. Recovery (round 5, a product decision) is
  not flagged: a crisis that is over, told from a safe present, in a short message with
  no urge, relapse or fear in it (see recovery.py and _RECOVERY below): a streak ("dzis rok
  bez ciecia sie", "nie tne sie od 3 miesiecy", "dawno sobie nic nie robilam", "przestalam
  sie ciac rok temu") or a past crisis beside a safe present ("dwa lata temu probowalam
  sie zabic, dzis ciesze sie, ze zyje", "byly mnie bil ... teraz jest dobrze"). A relapse
  or an urge now ("ale dzisiaj mam straszna ochote", "boje sie, ze wroci", "wczoraj
  peklam") stays a crisis, and so does "nie ... znowu".
- Explicit "zabije sie", "chce umrzec", "powiesze sie" count even as jokes ("xd").
  Idioms do not: "umieram ze smiechu/z glodu", "umre ze wstydu", "nie zyje po silowni",
  "padnieta", "zabije go" (a colleague), "mama mnie zabije", "zabij mnie, ale...",
  "ta nuda mnie zabija", "zabijam czas", "samoboj/samobojcza bramka" (own goal),
  "misja samobojcza", "zawodowe samobojstwo", "zabij sie" said to someone, "wale glowa
  w mur", "wali mnie to", "bije mnie na glowe", "utopic sie w pracy", "prawie sie
  zabilam na schodach", "wole umrzec niz isc na te impreze".
- "Zabije mnie" is a threat (DANGER) with a leaving/telling condition ("jak od niego
  odejde"), a threatening verb ("grozi, ze mnie zabije") or fear beside it; a mother's
  or a boss's "zabije cie" is hyperbole. A partner threatening suicide to stop the writer
  leaving is DANGER. Hitting in play, sport or games ("dla zartu", "na ringu", "w grze")
  is not danger.
- Pills are a means in any number or container ("cale opakowanie tabletek nasennych",
  "wypije wszystko z apteczki", "trzymalam w reku opakowanie tabletek"), but not when taken
  for an illness ("tabletki na alergie", "na bol glowy", "od lekarza").
- "Samobojstwo" is flagged unless it is an own goal, a figure of speech ("zawodowe
  samobojstwo", "misja samobojcza"), a denial ("nie mam mysli samobojczych"), a third
  person's past death or a lesson ("samobojstwo to nie rozwiazanie").
- Self-harm slang "sh" counts with a verb or preposition around it ("robie sh",
  "wrocilam do sh", "czysta od sh 50 dni"). English "self harm" is left to the English
  rules, whose negation reads it.
- Check-in only: "chce zniknac" (not "na weekend w gory"), "jestem ciezarem", "nie widze
  sensu w niczym", "juz nie daje rady", "mam dosc wszystkiego", "po co to wszystko",
  "nikomu nie jestem potrzebna".

Calm plans and their shape (round 2): a means is flagged with a sign of use beside it, not
alone: a rope bought or hanging (not for laundry, swings, camping), a gun with "wiem, gdzie
klucz", pills counted, stashed or "cale opakowanie", a car driven into a tree with a wish,
gas turned on before sleep, a lake "i nie wroce", a date chosen, a will written, pets or
things given away (not kittens, not clothes grown out of), "jesli to czytacie, to znaczy
ze...", "nie placzcie po mnie", "kiedy znajdziesz ten list", "oby mnie jutro nie bylo",
"juz sie nie boje" with a decision beside it, a past jump ("skakalam z pietra", not into
snow or water). A partner's control (reading all messages, tracking location), being held
locked up, strangling (even "dla zartu") and "odejdziesz, to cie zabije" are DANGER;
threats said laughing ("smiejemy sie") are not. "Wiadomosci" (messages) and "dokumenty"
no longer mark news or documentaries, only "w wiadomosciach" and "dokumentalny" do.

Out of reach: veiled plans without a death word or a means beside them ("w sobote bedzie
po wszystkim", "juz niedlugo nie bede problemem"), which read like exams and break-ups;
"samoboj" (mostly an own goal) as slang for suicide, except "mysle o samoboju"; irony that the words do not show;
the self-harm slang "sh" alone (it is also an English interjection). The screen reads
wordings, not situations.

Round 3 (a fresh round written before reading these rules; families, not sentences)
- Shorthand: "unalive" -> zabic, "sewerslide" -> samobojstwo, "nie (jest) tak, ze" kept in one
  clause so that it denies what follows ("to nie tak, ze chce sie zabic").
- Flagged: "najchetniej bym sie zabila", "mysli o zabiciu sie" (not after "nie mam/zadnych"),
  thinking of taking "to wszystko" with pills or morphine beside it, a rope carried or kept
  hidden or with a beam or hook (not laundry, towing, swings, boxing), tracks where "nikt nie
  chodzi" with a train, going to a lake or roof "i nie wracam/skacze" (not "do niedzieli"),
  "we wtorek to zrobie" after things deleted or given back, "wiem gdzie i kiedy" with a plan,
  "nikt mnie szybko nie znajdzie" (not in a crowd), "przepraszam za to, co zrobie" with love
  or sorry, "nie bedziesz musiala sie o mnie martwic" with thanks (not a job or a flat),
  "przepraszam za caly bol" with "to koniec", "jutro mnie nie bedzie" (not "w pracy"), "nie
  ratujcie mnie", "lepiej, zebym sie nie urodzila", "blisko trzeciej proby", burden ("bez
  mnie mama mialaby latwiej", "dzieciom lepiej beze mnie", "gdybym umarla/zniknela" with
  relief), charcoal and sealing, a counted stash of tens of pills, pills laid out, an engine
  running in a garage, a belt tried on the neck, "zrobie sb dzis krzywde", "znowu sh",
  "potne sie", reaching for a razor again, a friend who "znowu zaczela sie ciac". DANGER:
  pushed down the stairs, "bierze mnie na sile", groping, "zmusil mnie" with a no or sex
  beside it (not to study), "wykorzystali mnie" with drink or sleep (not money), nude photos
  shown around (not a celebrity leak), an adult making a child undress or asking for a secret
  meeting, a child beaten, bruised or left alone for days, burning the writer with
  cigarettes, waking undressed after a drink, exposure, photos of an adult's genitals; means
  in other words (gas turned on before lying down, a loaded gun, poison ordered, accounts
  deleted with apologies); someone else at risk ("boje sie, ze mama cos sobie zrobi", "mowila,
  ze sie potnie", "to ostatni raz jak piszemy").
- Check-in: no point trying, nothing matters, tired of existing, nothing will change, no
  strength to go on, wanting to sleep and feel nothing, "nie wiem po co sie staram", lost
  hope (not in a team), "zycie to meczarnia".
- Excused: "X to samobojstwo" (a reckless move), "zadnych/zero mysli samobojczych", scenes of
  a series, Mother's Day letters, recovery said as reassurance ("spokojnie, nie tne sie od
  lat, jest dobrze"), "ciac sie z siostra o pilota", "urodzilam sie w listopadzie".
Out of reach (round 3): "wezme wszystkie tabletki na wyjazd" is still flagged by an older
rule; irony and situations the words do not show.

Round 4 (a second fresh round, pl.fresh2; families, not sentences)
- Means: a jump said in the future ("skocze", "wyskocze", "rzuci sie") with a bridge,
  roof, floor, window or rails in its sentence or the one before (not "skocze do sklepu /
  po piwo", parachutes, pools, games); going to the tracks with a train and "odwagi sie
  polozyc"; walking into a river or lake with stones or "nie umiem plywac"; a belt or
  cord with a door handle, hook or pipe and "wystarczy/wytrzyma/sprobuje".
- Plans: "nikt mi nie przeszkodzi" beside a decision taken (not to study or rest); a
  place chosen "gdzie nikt nie chodzi" or "juz niedlugo" (not a picnic, a seat, a car
  park); ready and waiting until the others leave or sleep; "po urodzinach to zakoncze"
  with not wanting to spoil the day; debts paid or messages deleted with "w nocy to
  zrobie"; a pet given away with a cover story or "nic mnie tu nie trzyma" (not kittens,
  a move, an allergy, a holiday), a home found for it; things given away by someone who
  says they will soon need nothing (not outgrown or sold).
- Someone else: an old person who stopped eating and "chce juz do dziadka" (not a
  visit); locked in a bathroom with blades; a farewell video and the phone switched off;
  "dzis to skonczy" beside being fed up with life; a neighbour or relative beaten, object
  first ("sasiadke maz bije").
- Goodbyes: "kochalem was" with "wybaczcie/nie piszcie", "to moja ostatnia wiadomosc"
  with thanks (not a chat, a job, "przed urlopem"), "to nie twoja wina" with "tak bedzie
  lepiej" (not a break-up: "dla nas obojga", "rozstac sie"), "zegnam" with "ostatni raz"
  or thanks for everything (not leaving a group, a job, a school).
- DANGER: "nie przestal, jak powiedzialam nie" with fear or a sexual word beside it;
  waiting outside the block with a threat ("juz po mnie"); "nasza tajemnica" with a
  child's age or an adult; a child made to do "rozne rzeczy" when the parents are out; an
  adult coming into a child's room or bathroom and watching or touching; "zebym nie mowila
  rodzicom" with an adult from the internet or a meeting (not a present or a grade).
- Denials: after the phrase ("zabijac sie nie bede, nawet nie mysl"), asked and answered
  ("mysli o samobojstwie? nie, nic takiego"), and past thoughts said to be over right
  after them ("mialam mysli, zeby sie zabic, ale od trzech lat jest ok": a past attempt is
  still flagged as history).
- Check-in: "nic mnie nie cieszy", "zmeczona wszystkim", "nic dobrego mnie nie czeka",
  "jestem nikim", "nikt by nie zauwazyl", "nie widze wyjscia" (not from a car park or a
  maze), "w srodku pustka".
- More means and acts (probed with new wordings): "zastrzelic sie", "podpalic sie",
  "rzucic sie pod pociag", "wyskoczyc przez okno" join the acts after a wish; pills with
  "to wystarczy" (not for an illness or a trip); gas turned on before sleep (not to cook);
  a closed garage with the engine on; "nikt sie nie dowie" beside a plan (not a surprise);
  someone who swallowed all the pills; someone on a roof or bridge who does not answer;
  "odchodze" with thanks or "wybaczcie" (not leaving a job or a partner); touched by an
  adult who says not to tell; "dobiera sie do mnie" (not to the fridge). A past jump in a
  game or a dream is not flagged; "zegnajcie pieniadze" is not a goodbye.
- Denials in more shapes: "mysli o samobojstwie nigdy mnie nie nachodzily", "...,
  powiedzialam, ze nie mam" after the phrase, and "nie jestem typem, ktory sie tnie" /
  "nie jestem z tych, co" (read as "nie bede"); a crisis in a later clause is still read.
- More families: afraid to go home for a beating (not nagging about grades); an adult
  showing a child porn, kissing a child on the mouth or making her sleep in his bed;
  burned with cigarettes; someone saying it would be better without her (not at a
  meeting); sex while asleep; stealthing; "przepraszam za wszystko. to koniec";
  "odchodze z tego swiata" (not a death at 90); everything left to others with "nic nie
  bedzie mi potrzebne"; "bija", "tluka" (plural hitting); "sie zastrzeli", "sie utopi",
  "sie potnie" said of someone else.
- The whole supply swallowed at once ("wypije cala apteczke", "blister tramalu ... dzis
  wszystko wypije"; not crisps, water or a prescribed course) and a household poison
  drunk ("kupie trutke na szczury i wypije"); more medicines by name (klonidyna,
  fluoksetyna, alprazolam, ketonal ...).
- A threat to come to school or work with a knife or a gun, or to kill everyone with a
  weapon beside it (not spoilers, not a game); "uwolni nas od siebie"; "chce do niej"
  after a death (not to the cemetery); "zegnaj" with thanks or silence (not "zegnaj
  lato"); "wyrzucil mnie ... i pobil".
- Everyday wordings kept out: waiting for everyone to leave to clean the office, a brother
  making one watch his series, a craft knife taken away at school, a goodbye at the end of
  a summer camp ("do przyszlego roku").
Round 5 (fresh3, written before reading these rules; families, not sentences)
- Recovery as above; "peklam", "wrocilam do tego" beside cuts is a relapse.
- Children: an adult who touches or kisses a child ("kladzie sie kolo mnie i mnie
  dotyka") beside an adult's word, an age, the night or secrecy (not a doctor, a partner
  or a cat); secrets kept on an adult's order, "robi jej dziwne rzeczy"; a child beaten by
  a step-parent, object first ("bije mojego brata paskiem"), and told what to say at
  school.
- Means: standing on a roof or a bridge with "juz czas" or nobody there (not a sunset),
  lying down on the tracks beside a train, someone swallowing all their pills; a belt on
  a door handle now read in its locative too ("na klamce", "na belce", "w rurze").
- Others: "siostra dostaje od meza" (a beating, not a present), the phone taken "zeby
  nie mogla dac znac", "bez niego bedzie nam lepiej" said by someone (not of a team), a
  wish to join the dead with medicines hidden, a bridge and a day chosen and waiting.
- Plans: "wiem juz jak i kiedy" ending a clause, "wtedy bedzie juz po wszystkim" beside a
  scheduled e-mail (not an exam), two affairs closed "nic mi sie juz nie przyda" or things
  given away "nie bede ich juz potrzebowal", not wanting to spoil a sister's wedding and
  "potem to skoncze", passwords left in an envelope (not for guests, a trip or hospital),
  the guard leaving the bridge. Check-in: "czuje sie niewidzialna, jakby mnie nie bylo",
  sleeping to wake up years later.
- Denials: "zero/zadnej ochoty, zeby ..." (read "nie chce"), "? bez przesady", "powiedzialam,
  ze nie i to prawda", "nigdy bym tego nie zrobila, zabic sie", "to nie dla mnie"; pills
  put out of a child's reach are not a stash.
Out of reach (round 5): recovery told in a long message or beside any word of urge or
fear (flagged, erring toward a crisis); a recovery message another language's rules read in
their own words.

Out of reach (round 4): "to jego ostatni dzien" with a gift (a colleague's last day at
work as often as not); the same wordings said of ordinary life ("w piatek na dzialke, tam
nikt mi nie przeszkodzi" alone is a quiet weekend); a goodbye with none of the words above.

Round 6 (fresh4, 132 cases written before reading these rules; recall 46/69, soft 2/4 and
8/59 false alarms before its fixes, 5 of them recovery; families, not sentences; _ROUND6)
- Burden: relief of the others beside the writer gone, either order ("jak mnie zabraknie,
  to sie w koncu poukladaja", "gdyby mnie nie bylo, wszystkim byloby lzej"; not "jak mnie
  nie bedzie w pracy/jutro"); "lepiej dla nich, zebym odszedl na dobre" (not "z zespolu");
  "bez mnie bylaby wolna" beside a decision (not a break-up told alone).
- Goodbyes: "wiecej nie napisze / juz sie nie odezwe" with thanks or the friendship told as
  over (not leaving a forum, a chat or a job); "jak mnie juz nie bedzie" with a pet or a
  child left in care, love or sorry (not "jak mnie nie bedzie w weekend").
- Means: "bez recepty" no longer reads as a prescription (it excused "apap jest bez
  recepty ... lykne wszystko naraz"); a supply swallowed at once or bought in several
  pharmacies with the medicine in the sentence before; a garage, a gate closed and the
  engine started, or a hose on the exhaust, across sentences (not warming the car in frost,
  not switching it off); walking or lying on the tracks waiting for a train (not a photo
  walk or a platform); driving into a tree "bedzie wygladac na wypadek" (not a near miss on
  ice, not a crime novel); a cord and a hook now read across a comma and with "utrzyma".
- Plans: leaving on a day or date beside calm, a countdown or a decision ("odejde 14 marca,
  zostalo 9 dni, jestem spokojna"; not leaving a job); a time chosen beside a means or
  readiness ("tabletki mam, godzine wybralam"; not a wedding or a doctor); "koncze z tym
  wszystkim" beside a will, debts paid or relief (not a diet, a job, a partner); "jade tam
  i juz nie wroce" beside a decision or a place (not emigration); "nikt mi nie przeszkodzi"
  now also beside "postanowilem / wszystko przemyslane"; waiting until the others leave
  reads four words between ("az starzy pojada w sobote na dzialke"); a place chosen also
  with a height named or "nie wroce".
- DANGER: a man heard shouting that he will kill her or blows heard through the wall (not
  a drill, a clock or a mother's "zabije go, jak zje tort"); a grown-up asking a child (an
  age, a class) for photos in underwear or naked; a grown-up who is not a parent taking a
  child to his bed (not a parent after a nightmare or a storm).
- Phone and history: "sie" before the verb with a word or two between ("chyba sie dzis
  zab1je", not "ze smiechu"); "mysli s" for suicidal thoughts; looking for a way again
  beside an attempt or thoughts back (not a way to lose weight).
- Check-in: "nikomu nie bede brakowac", "zawadzam na tym swiecie", "we mnie wszystko
  umarlo", "zyje na autopilocie", "nie widze w niczym sensu", "po prostu wegetuje".
- Denials: "mysli samobojczych brak/zero", "...? brak", "nie mysl, ze cos sobie zrobie"
  (nie_mysl and nie_sadz are negators), "nie zamierzam, gdyby co".
- Recovery, more safe presents: "ciesze sie, ze zostalam", a milestone today ("dzis zdalam
  prawko"), "dzis az dziwnie to wspominac", helping others or volunteering, a second
  birthday, "przeszlo dzieki przyjaciolom", "zyje i sie ciesze".
- Probed with new wordings: a gun with "znam szyfr"; a child hit with a belt or a cable
  ("bije go pasem"; not beating a rug or a cake mix); a count of packs of a medicine with
  "dzis wieczorem wszystkie" (not for an illness, a trip or the dishwasher); "zdechnac by
  juz"; "teraz biegam maratony" as a safe present.
Left out (round 6): a bare "umre w sobote" with nothing else beside it; a goodbye to friends
with no word of thanks, love or the end.
"""

from __future__ import annotations

from bot.domain.safety.engine import Concern, Language, Rule, rule
from bot.domain.safety.recovery import recovery

__all__ = ["LANGUAGE"]

# Applied in order to the normalised text (lowercase, no accents). Each starts with its
# letters so that it is found fast.
_SHORTHAND: tuple[tuple[str, str], ...] = (
    *(
        (rf"{typo}\b(?<!\w{typo})", word)
        for typo, word in (
            ("umzec", "umrzec"),
            ("umrzc", "umrzec"),
            ("sb", "sobie"),
            ("se", "sobie"),
            ("hce", "chce"),
            ("chcem", "chce"),
            ("mn", "mnie"),
            ("wgl", "w ogole"),
            ("wogole", "w ogole"),
            ("nie mam zamiaru", "nie zamierzam"),
        )
    ),
    (r"samobuj(?<!\wsamobuj)", "samoboj"),
    # Round 6: "mysli s" (suicidal thoughts, the adjective cut short on a phone).
    (r"mysli s\b(?!\.\w)(?!-)", "mysli samobojcze"),
    # Round 3: algospeak ("unalive", "sewerslide").
    (r"unaliv\w*(?<!\wunaliv)(?<!\wunalive)", "zabic"),
    (r"s[eu]wer ?slide\b", "samobojstwo"),
    # "nie (jest) tak, ze chce..." denies what follows: keep it in one clause.
    (r"nie (?:jest )?tak,? ze\b", "nie_tak ze"),
    # "Nie jestem typem, ktory sie tnie" / "nie jestem z tych, co" deny what follows, as
    # "nie bede" does.
    (
        r"nie jestem (?:typem|typem osoby|osoba|kims|z tych|taka osoba|taki|taka),? "
        r"(?:ktory|ktora|co|ktorzy|ktore|zeby|by) ",
        "nie_bede ",
    ),
    # Round 5: "zero/zadnej ochoty, zeby ..." denies what follows as "nie chce" does.
    (r"\b(?:zero|zadnej|ani troche) (?:ochoty|checi)\b", "nie_chce"),
    # Fuse "nie" to the next word (see the docstring), except "trying not to".
    (
        r"nie (?<!\wnie )(?<!\bstaram sie nie )(?<!\bstaram nie )(?<!\bprobuje nie )"
        r"(?<!\bprobuje sie nie )(?<!\busiluje nie )(?<!\bstarac sie nie )(?=\w)",
        "nie_",
    ),
)

# --- building blocks ---------------------------------------------------------------------

# A gap of a few words that may cross a comma ("mysle, zeby skoczyc").
_CGAP = r"(?:,? [\w-]+){0,3}?,? "

_WANT = (
    r"(?:chce|chcialabym|chcialbym|chcialam|chcialem|chciala|chcial|chcesz|chca|chcialoby sie|"
    r"chcialo mi sie|ochote|ochota|marze|marzylam|marzylem|pragne|planuje|planowalam|"
    r"zamierzam|zamierzalam|postanowilam|postanowilem|postanowila|musze|powinnam|powinienem|"
    r"probowalam|probowalem|probowala|probowal|probuje|sprobuje|probowac|mysle|myslalam|"
    r"myslalem|myslala|zastanawiam sie|zastanawialam sie|kusi mnie|kusilo mnie|ciagnie mnie|"
    r"gotowa|gotowy|pora|czas|lepiej|najlepiej|latwiej|najlatwiej|prosciej|najprosciej|"
    r"wolalabym|wolalbym|jak|sposob|"
    r"sposoby|sposobu|zeby|aby|mysli|mysl|mam mysli|chec|checi|decyzje|zdecydowalam|"
    r"zdecydowalem)"
)
# Acts of dying or killing oneself, as an infinitive after _WANT.
_DIE = (
    r"(?:zastrzelic sie|sie zastrzelic|podpalic sie|sie podpalic|zadzgac sie|zagazowac sie|"
    r"zaglodzic sie|rzucic sie pod (?:pociag|auto|samochod|tira|ciezarowke|tramwaj)|"
    r"wyskoczyc (?:przez okno|z okna|z balkonu)|umrzec(?!,? (?:ze|z|za|dla|w spokoju|w starosci|mloda|mlodo|szczesliwa|razem|na "
    r"scenie|ze smiechu|niz)\b)|zdechnac|zdychac|umierac(?! (?:ze|z)\b)|nie_zyc|nie_istniec|"
    r"przestac istniec|przestac zyc|zniknac na zawsze|zniknac na dobre|zasnac na zawsze|zasnac i (?:sie )?"
    r"nie_obudzic|nie_obudzic sie|sie nie_obudzic|nie_budzic sie|sie nie_budzic|zabic sie|"
    r"sie zabic|zajebac sie|sie zajebac|skonczyc ze soba|ze soba skonczyc|odebrac sobie zycie|"
    r"sobie zycie odebrac|skonczyc z zyciem|skonczyc z tym wszystkim|skonczyc to wszystko|"
    r"zakonczyc (?:swoje |moje )?zycie|zakonczyc to wszystko|powiesic sie|sie powiesic|"
    r"podciac (?:sobie )?zyly|utopic sie(?! w)|sie utopic(?! w)|otruc sie|sie otruc|"
    r"nalykac sie|sie nalykac|przedawkowac|strzelic sobie w (?:leb|glowe|skron)|"
    r"palnac sobie w (?:leb|glowe)|odejsc z tego swiata|odejsc na zawsze|"
    r"wyjsc przez okno|targnac sie na (?:wlasne |swoje )?zycie|popelnic samobojstwo|"
    r"pociac zyly|przeciac zyly|zginac)"
)
_PILLS = (
    r"(?:tablet\w*|tabsy|tabs\w*|prochy|prochow|prochami|lekow|leki|lekami|pigul\w*|"
    r"nasenn\w*|antydepresant\w*|paracetamol\w*|apap\w*|ibuprom\w*|ibuprofen\w*|relanium|"
    r"xanax\w*|clonazepam\w*|klonazepam\w*|hydroksyzyn\w*|hydroxyzyn\w*|kwetiapin\w*|"
    r"ketrel\w*|sertralin\w*|estazolam\w*|zolpidem\w*|stilnox\w*|insulin\w*|tramal\w*|"
    r"morfin\w*|valium|signopam\w*|afobam\w*|asertin\w*|pramolan\w*|trittico|lekarstw\w*|"
    r"benzo\w*|opioid\w*|pregabalin\w*|lyric\w*|nasennych|klonidyn\w*|fluoksetyn\w*|"
    r"paroksetyn\w*|wenlafaksyn\w*|mirtazapin\w*|olanzapin\w*|rispolept\w*|alprazolam\w*|"
    r"diazepam\w*|lorazepam\w*|kodein\w*|metadon\w*|pyralgin\w*|ketonal\w*|nurofen\w*|"
    r"aspiryn\w*|polopiryn\w*|karbamazepin\w*|depakin\w*|trittico\w*|mianseryn\w*)"
)
_KTO = (
    r"(?:maz|chlopak|facet|partner|narzeczony|byly|byla|ojciec|tata|tato|ojczym|mama|matka|"
    r"macocha|brat|siostra|wujek|wuj|ciocia|dziadek|babcia|sasiad|szef|trener|nauczyciel|"
    r"kolega|znajomy|obcy|on|ona|oni|zona|dziewczyna|konkubent|tesc\w*|ziec|syn|kuzyn|"
    r"kochanek|jakis \w+|ktos|typ|ex)"
)
_ADULT = (
    r"(?:ojczym|wujek|wuj|wujaszek|tata|tato|ojciec|brat|dziadek|trener|nauczyciel|"
    r"korepetytor|ksiadz|sasiad|partner mamy|chlopak mamy|facet mamy|konkubent|kuzyn|"
    r"dorosly|on|(?:jej|jego|mamy|taty) (?:kolega|znajomy|przyjaciel|chlopak|facet|partner))"
)
_BIJE = (
    r"(?:bije|bija|tluka|bil|bila|bili|pobil|pobila|pobili|uderzyl|uderzyla|uderzyli|uderza|tlucze|tlukl|"
    r"stlukl|zlal|zlala|zlali|leje|lal|walnal|walnela|kopie|kopal|kopnal|kopnela|kopali|dusil|"
    r"dusila|przydusil|przydusila|podduszal|podduszala|szarpie|szarpal|szarpnal|szarpala|"
    r"popycha|popchnal|popchnela|pchnal|spoliczkowal|spoliczkowala|zgwalcil|zgwalcili|gwalci|"
    r"gwalcil|molestuje|molestowal|maltretuje|maltretowal|katuje|katowal|skatowal|oklada|"
    r"okladal|rzucil mna|rzuca mna|rzucal mna|sponiewieral)"
)
_NOT_BIJE_AFTER = (
    r"(?! (?:\w+ )?(?:na glowe|prad\w*|w (?:szachy|karty|warcaby|fife|gre|grze|pilke|tenisa)|"
    r"serce|goraco|fala|mysl|do glowy|samochod\w*|auto|pilka|pilke|drzwi\w*|w brzuchu|"
    r"po kieszeni|ze smiechu|w gardle|w piersi\w*|kaszel|astma|emocj\w*|zal|przypadkiem|"
    r"niechcacy|w zartach|na treningu|na sparingu))"
)
_LEAVE = (
    r"(?:odejde|odejdziesz|zostawie|zostawisz|rzuce|rzucisz|rozwiode|rozwiedziesz|rozstane|"
    r"rozstaniesz|wyprowadze|wyprowadzisz|ucieke|uciekne|uciekniesz|zglosze|zglosisz|"
    r"pojde na policje|pojdziesz na policje|powiem komus|komus powiem|powiem (?:\w+ )?"
    r"(?:mamie|policji|wszystkim|rodzicom)|nie_wroce|nie_wrocisz|odejde od niego|"
    r"od niego odejde|zloze pozew|zaloze niebieska karte|go zostawie|go rzuce|zerwe|zerwiesz)"
)
_THREAT = (
    r"(?:zabije|zabic|pobije|pobic|udusi|udusic|zatlucze|zatluc|skrzywdzi|skrzywdzic|"
    r"zrobi mi krzywde|zrobic mi krzywde|poderznie|zajebie|zakopie|podpali|oszpeci|polamie|"
    r"zadzga|zastrzeli|dopadnie|zabijesz|zabiej|nie_zyjesz|juz nie_zyjesz|nie_bedziesz zyla)"
)
_SELF_KILL_3 = (
    r"(?:sie zabije|zabije sie|skonczy ze soba|ze soba skonczy|cos sobie zrobi|"
    r"zrobi sobie krzywde|sie powiesi|powiesi sie|odbierze sobie zycie|targnie sie na zycie|"
    r"sie otruje|skoczy z|rzuci sie pod|sobie cos zrobi|sie zastrzeli|zastrzeli sie|sie utopi|"
    r"utopi sie|sie podpali|podpali sie|sie potnie|potnie sie)"
)
_BODY = (
    r"(?:rece|reke|nadgarstki|nadgarstek|uda|udo|nogi|noge|skore|brzuch|przedramiona|"
    r"przedramie|ramiona|ramie|cialo|lydki|zyly|biodra)"
)
_CUT_ACCIDENT = (
    r"\b(?:przypadkiem|niechcacy|przez przypadek|gotow\w*|kroj\w*|cebul\w*|warzyw\w*|chleb\w*|"
    r"miesa|mieso|salat\w*|obiad\w*|kuchni\w*|papier\w*|kartk\w*|szkl\w*|szklan\w*|puszk\w*|"
    r"golen\w*|golil\w*|golark\w*|maszynk\w*|palec|palca|palcu|paznok\w*|kot\w*|kocur\w*|"
    r"roz\w*|ogrod\w*|remont\w*|operacj\w*|piekarnik\w*|garnk\w*|patelni\w*|zelazk\w*|"
    r"czajnik\w*|wrzat\w*|herbat\w*|kaw\w*|prostownic\w*|lokowk\w*|slonc\w*|wypadk\w*)\b"
)

# Sentences where hitting is play, sport or a game; medicines taken for an illness.
_PLAY = (
    r"\b(?:dla zartu|w zartach|zartem|dla zabawy|w grze|na arenie|w lolu|w csie|fortnit\w*|"
    r"boss\w*|postac\w*|boks\w*|sparing\w*|na ringu|w rugby|na meczu|paintball\w*|"
    r"poduszkami|sniezkami|na treningu)\b"
)
_ILLNESS = (
    # Round 6: "bez recepty" is how a supply is bought, not a prescription.
    r"\b(?:(?<!bez )recept\w*|witamin\w*|antybiotyk\w*|lekarz\w*|od lekarza|przepisal\w*|boli (?:mnie )?"
    r"(?:glowa|zab|brzuch|gardlo|kregoslup|plecy|ucho|kolano)|dalej boli|"
    r"przeziebi\w*|na (?:alergi\w*|bol\w*|glowe|gardlo|kaszel|katar|zoladek|cisnienie|goraczk\w*|"
    r"migren\w*|tarczyc\w*))\b"
)

D, S, H = Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM

_CRISIS: tuple[Rule, ...] = (
    # ---- DANGER ----------------------------------------------------------------------
    rule(
        D,
        rf"\b(?:mnie|nas) (?:\w+ ){{0,2}}?(?P<core>{_BIJE})\b{_NOT_BIJE_AFTER}",
        unless=rf"\b(?:dziecko|maluch\w*|bobas\w*|kon|konik|mysl\w*|to mnie|refleksj\w*|serc\w*)\b|{_PLAY}",
    ),
    rule(
        D,
        rf"\b(?P<core>{_BIJE}) (?:\w+ )?(?:mnie|nas)\b{_NOT_BIJE_AFTER}",
        unless=rf"\b(?:dziecko|maluch\w*|bobas\w*|kon|konik|mysl\w*|refleksj\w*)\b|{_PLAY}",
    ),
    rule(
        D,
        rf"\b(?P<core>{_KTO} (?:\w+ ){{0,2}}?(?:ja|go|jej|ich|mame|matke|siostre|brata|dzieci|"
        rf"dziecko|corke|syna) (?:\w+ )?{_BIJE})\b{_NOT_BIJE_AFTER}",
        about_others=True,
    ),
    rule(
        D,
        rf"\b(?P<core>{_BIJE} (?:\w+ )?(?:mame|matke|siostre|siostrzyczke|dzieci|dziecko|corke|"
        rf"syna|zone|przyjaciolke|kolezanke|sasiadke|braciszka))\b{_NOT_BIJE_AFTER}",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>podni(?:osl|osla|osi|esie) (?:\w+ )?na (?:mnie|nas|mame|dzieci|ja) "
        r"reke|(?:zlapal|zlapala|chwycil|chwycila|trzymal|scisnal|sciskal) (?:mnie )?za "
        r"(?:gardlo|szyje|wlosy)|rece na (?:mojej )?szyi|(?:noz|nozem|pistolet|bron) (?:\w+ ){0,2}?"
        r"(?:do (?:mojego )?gardla|przy (?:mojej )?szyi|na mnie)|(?:rzucil|rzucila|rzuca) "
        r"(?:sie )?na mnie (?:z nozem|z piesciami|z lapami)|(?:grozil|grozi|grozila) (?:mi )?"
        r"(?:nozem|bronia|pistoletem|siekiera)|(?:zlamal|zlamala) mi (?:\w+ )?(?:reke|nos|zebro|"
        r"zebra|szczeke|palec|palce|noge)|(?:rzucil|rzucila|rzuca|rzucal) (?:\w+ )?(?:we mnie|"
        r"mna o)|ciagnal\w* mnie za wlosy|(?:dal|dala) mi (?:w twarz|w pysk|z liscia|w morde|"
        r"w leb|w brzuch|z piesci)|(?:mam|mialam) (?:\w+ )?(?:siniaki|slady|sine) (?:\w+ ){0,2}?"
        r"(?:od niego|po nim|na szyi)|(?:zostawil|zostawia) (?:mi )?(?:\w+ )?siniaki|"
        r"obdukcj\w*|niebiesk\w* kart\w*)\b",
        unless=r"\b(?:skarpet\w*|poduszk\w*|klapk\w*|kapci\w*|zabawk\w*|papierk\w*|kulk\w*|"
        r"sniezk\w*|pilk\w*|zartem|dla zartu|w zartach)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:grozi|grozil|grozila|straszy|straszyl|straszyla|powiedzial|mowi|"
        rf"krzyczal|krzyczy|napisal|pisze|obiecal|zagrozil|zapowiedzial|szantazuje|wrzeszczal|"
        rf"wrzeszczy)(?:,? \w+){{0,2}}?,? (?:ze )?(?:mnie |nas |mi |ja |jej |go |ich )?{_THREAT}(?: mnie| nas| dzieci|"
        r" mi)?)\b",
        unless=r"\b(?:mama|mamusia|matka|babcia|ciocia|kolezanka|przyjaciolka|siostra|szef|"
        r"smiejemy|smialismy|smiejac|zartem|zartuje|haha\w*|xd|kupie|zjem|szefowa)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:{_THREAT}|{_SELF_KILL_3})(?: mnie| nas)?{_CGAP}(?:jesli|jezeli|jak|"
        rf"gdy|kiedy|gdyby|jakbym|jesliby)(?: (?:\w+)){{0,3}}? {_LEAVE})",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:jesli|jezeli|jak|gdy|kiedy|gdybym|jakbym) (?:\w+ ){{0,3}}?{_LEAVE}"
        rf"{_CGAP}(?:\w+ ){{0,2}}?(?:mnie )?(?:{_THREAT}|{_SELF_KILL_3}|nie_zyje|juz nie_zyje|po mnie))",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:grozi|grozil|grozila|straszy|straszyl|straszyla|szantazuje|"
        rf"szantazowal|szantazowala)(?:,? \w+){{0,3}}?,? (?:ze )?(?:{_SELF_KILL_3}|samobojstwem))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:zamknal|zamknela|zamyka|zamykal|zamykala|zamkneli) (?:\w+ )?mnie "
        r"(?:\w+ )?(?:w|na) (?:domu|mieszkaniu|pokoju|lazience|piwnicy|klucz|samochodzie|"
        r"szafie|balkonie|lazience)|nie_(?:wypuszcza|wypuszczaja|wypuszczal|wypuszczala|wypuszczali) (?:mnie )?(?:\w+ )?z (?:domu|mieszkania|"
        r"pokoju)|nie_pozwala mi (?:\w+ )?(?:wychodzic|wyjsc|spotykac sie|widywac sie|widywac|"
        r"rozmawiac z|pracowac|dzwonic|miec kolezanek|kontaktowac sie)|(?:zabral|zabrala|"
        r"odebral|odebrala|schowal|zabiera) mi (?:\w+ )?(?:telefon|dokumenty|dowod|paszport|"
        r"pieniadze|karte|klucze|wyplate)|kontroluje (?:\w+ )?(?:moj telefon|kazdy moj krok|"
        r"moje pieniadze|z kim pisze|gdzie jestem))\b",
        unless=r"\b(?:mama|mamusia|matka|tata|tato|rodzice|babcia|szlaban\w*|kar\w*|ocen\w*|"
        r"jedynk\w*|lekcj\w*|zadani\w*|szkol\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>ukrywam sie (?:\w+ ){0,2}?(?:przed (?:nim|nia|mezem|partnerem|bylym|"
        r"ojcem|ojczymem|facetem|chlopakiem|nimi|tata)|u (?:kolezanki|przyjaciolki|siostry|"
        r"mamy|znajomych|sasiadki|sasiadow|rodzicow|babci|cioci))|boje sie (?:wrocic|wracac|"
        r"isc|pojsc|jechac|pojechac) do domu|boje sie o (?:swoje|moje) zycie|"
        r"(?:dobija|dobijal|wali|walil|lomocze) sie do (?:drzwi|mieszkania|lazienki|pokoju)|"
        r"(?:wywaza|wywazyl|wywazal|wylamal) drzwi|uciekl\w* (?:\w+ )?(?:z domu )?"
        r"(?:przed (?:nim|mezem|ojcem|ojczymem|partnerem))|nie_czuje sie bezpiecznie "
        r"(?:w domu|z nim|przy nim|we wlasnym domu)|jestem w niebezpieczenstwie)\b",
        unless=r"\b(?:szef\w*|nauczyciel\w*|ocen\w*|jedynk\w*|swiadectw\w*|chowanego|"
        r"w chowanego|gosci)\b",
    ),
    rule(
        D,
        r"\b(?P<core>boje sie (?:go|jego|meza|ojca|ojczyma|partnera|bylego|faceta|chlopaka|"
        r"taty))(?=\s*(?:$|[.,!?;]|bo\b|kiedy|gdy|jak\b|do szpiku|panicznie|strasznie|tak bardzo"
        r"|jak ognia))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:boje sie|przerazona|przerazony|w strachu),? (?:ze )?(?:\w+ )?"
        r"(?:on |maz |ojciec |ojczym |byly |chlopak |facet |partner )?(?:mnie )?(?:zabije|pobije|"
        r"uderzy|skrzywdzi|znajdzie|zrobi mi krzywde|zgwalci|udusi)(?: mnie)?)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:maz|byly|chlopak|facet|partner|ojciec|ojczym|on|tata) (?:\w+ )?(?:mnie )?"
        r"(?:zabije|pobije|zatlucze|udusi|skrzywdzi))\b",
        needs=r"\b(?:boje|strach\w*|przeraz\w*|trzese|ukrywam|pomocy|ratunku|niebezpiecz\w*|"
        r"uciekl\w*|serio|naprawde)\b",
    ),
    rule(
        D,
        r"\b(?P<core>sledzi mnie(?! (?:na|w) (?:insta\w*|ig|instagram\w*|tiktok\w*|fb|"
        r"facebook\w*|social\w*|sieci|necie))|(?:sledzil|sledzila|sledza) mnie|nachodzi mnie|mnie nachodzi|"
        r"nachodzil mnie|mnie nachodzil|czai sie (?:\w+ )?pod|(?:ciagle|codziennie|znowu|wciaz|caly czas|co noc|"
        r"co wieczor|od tygodni) (?:\w+ )?(?:czeka|wystaje|stoi) (?:na mnie )?pod|chodzi za mna|"
        r"stalkuje mnie|stalkowal mnie|(?:mam|mialam) stalkera|moj stalker|"
        r"(?:pisze|dzwoni|pisal|dzwonil) (?:do mnie )?z (?:roznych|nowych|fejkowych|obcych|"
        r"innych) (?:kont|numerow|profili))\b",
    ),
    rule(
        D,
        r"\b(?P<core>zgwalc\w*|gwalci|gwalcil|molest\w*|(?:domow\w*|seksualn\w*|fizyczn\w*) "
        r"przemoc\w*|przemoc\w* (?:domow\w*|seksualn\w*|fizyczn\w*|w domu|w rodzinie)|"
        r"ofiar\w* przemocy|przemocow\w*|znecal\w* sie nade mna|zneca sie nade mna|"
        r"znecanie sie|pedofil\w*)",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:zmusza|zmusil|zmuszal|zmuszala|zmusila|zmuszaja) (?:mnie )?(?:\w+ )?"
        r"(?:do seksu|do stosunku|do wspolzycia|do zblizen\w*|do robienia|do rozbierania|"
        r"do ogladania porno|zebym (?:z nim )?(?:spala|uprawiala|robila|sie rozbierala|go "
        r"dotykala))|wymusza\w* (?:\w+ )?(?:seks|zblizen\w*|stosunek)|(?:bierze|wzial|"
        r"bral) mnie sila|sila mnie|wbrew mojej woli|bez mojej zgody|(?:nagral|nagrywal|nagrywa|"
        r"sfilmowal|fotografowal|nagrala) mnie (?:\w+ )?bez (?:mojej )?(?:wiedzy|zgody)|"
        r"mimo ze (?:mowilam|"
        r"powiedzialam|krzyczalam) nie|(?:powiedzialam|mowilam|krzyczalam) (?:\w+ )?nie,? (?:a|"
        r"ale) (?:on )?(?:nie_przestal|dalej|kontynuowal|nie_przestawal))\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:dosypal\w*|dorzucil\w*|dolal\w*|wsypal\w*|dodal\w*) (?:mi )?(?:\w+ ){0,2}?"
        r"(?:do (?:drinka|piwa|kieliszka|napoju|szklanki|kawy|herbaty|wina|soku|shota)|cos|"
        r"tablet\w*|narkotyk\w*)|pigulk\w* gwaltu|tablet\w* gwaltu|cos mi dosypal\w*|mi cos dosypal\w*)",
        unless=r"\b(?:cukr\w*|sol\w*|przypraw\w*|mleka|lodu|cytryn\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:nagie|nagich|nago|intymne|intymnych|rozbierane|rozbieranych|"
        r"prywatne|prywatnych) (?:\w+ )?(?:zdjecia|zdjec|fotki|fotek|filmiki|filmy|nagrania|"
        r"nagran|foty|fot)|nudes\w*|nudesy|nudeski)",
        needs=r"\b(?:grozi\w*|szantaz\w*|wrzuci|wrzucic|opublikuje|opublikowac|wysle|wyslac|"
        r"rozesle|rozeslac|pokaze|pokazac|udostepni|udostepnic|upubliczni|pusci|puscic|zada|"
        r"kaze|wymusza|prosi|zmusza|wrzucil|wyslal|rozeslal|pokazal|straszy)\b",
    ),
    rule(
        D,
        r"\b(?P<core>szantaz\w*)\b",
        unless=r"\b(?:emocjonaln\w*|foch\w*|milczeniem|poczuciem winy|lzami|gr[aezy]\b|film\w*|"
        r"serial\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:nie_zgadzalam|nie_zgodzilam) sie(?=\s*(?:$|[.,!?;]|a on|ale on))|bez "
        r"(?:mojej )?zgody|nie_dalam (?:\w+ )?zgody|(?:stoi|czeka|wystaje|czai sie|krazy) "
        r"(?:\w+ )?pod (?:moimi )?oknami)",
        needs=r"\b(?:seks\w*|we mnie|spal\w*|dotyk\w*|rozebral\w*|zgwalc\w*|lozk\w*|pijan\w*|"
        r"obudzil\w*|byly|obcy|ktos|jakis|stalker\w*|co noc|ciagle|codziennie|wciaz|od tygodni|"
        r"znowu)\b",
    ),
    rule(
        D,
        r"\b(?P<core>grozi mi|grozil mi|grozila mi|dobiera\w* sie do mnie|podglada mnie|"
        r"podgladal mnie|(?:robi|robil|zrobil) mi (?:\w+ )?zdjeci\w* (?:nago|bez ubrania|w bieliznie|"
        r"pod prysznicem))\b",
        unless=r"\b(?:zwolnieni\w*|pozw\w*|sad\w*|kar\w*|mandat\w*|palcem|konsekwencj\w*|"
        r"policj\w* za)\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_KTO} (?:\w+ ){{0,2}}?(?:mnie dusi|dusi mnie|mnie poddusza|poddusza mnie|"
        r"mnie wali|wali mnie(?! to)))\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_ADULT} (?:\w+ ){{0,3}}?(?:mnie )?(?:dotyka|dotykal|maca|macal|obmacuje|"
        r"obmacywal|rozbiera|rozbieral|caluje mnie po|ogladal mnie nago)(?! (?:\w+ )?"
        r"(?:do zywego|moich|mojego|moje|mojej)))\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:dotyka|dotykal|maca|macal|obmacuje|obmacywal) mnie (?:\w+ ){0,2}?"
        r"(?:tam|w nocy|noca|gdy|kiedy|jak (?:mamy|nikogo)|pod (?:koldra|ubraniem|bluzka|"
        r"spodnica)|w miejscach|po (?:piersiach|udach|pupie|tylku)|wszedzie))\b",
    ),
    rule(
        D,
        rf"\b(?P<core>{_ADULT} (?:\w+ ){{0,4}}?(?:przychodzi|wchodzi|zakrada sie|przychodzil|"
        r"wchodzil|kladzie sie|wslizguje sie|wlazi|wchodzi mi) (?:\w+ ){0,3}?(?:do (?:mojego )?"
        r"(?:pokoju|lozka|sypialni)|do mnie do pokoju|pod (?:moja )?koldre|do lazienki))",
        needs=r"\b(?:w nocy|noca|nocami|nocn\w*|kiedy mama|jak (?:mamy|wszyscy|nikogo)|kiedy (?:mamy|wszyscy|"
        r"nikogo|spie|sie kapie|sie myje)|gdy (?:spie|mamy|nikogo)|nikomu|sekret\w*|dotyka\w*|"
        r"rozbiera\w*|mam \d{1,2} (?:lat|lata))",
        unless=r"\b(?:bez pukania|wkurza\w*|denerwuje|irytuje|sprawdzic|obudzic|budzi|"
        r"posprzatac|lekcj\w*|zyczyc)\b",
    ),
    rule(
        D,
        r"\b(?P<core>to (?:jest )?nasz (?:maly )?sekret|nikomu nie_(?:mowila|mowil|mowic|"
        r"powiedziala|powiedzial|mowi|powiem|mowie|mow)|ma zostac miedzy nami)\b",
        needs=r"(?:ojczym|wujek|wuj|tata|tato|ojciec|dziadek|trener|nauczyciel|ksiadz|sasiad|"
        r"wuefist|kantork|zamyka drzwi|zamknal drzwi|gabinet|"
        r"dorosl|dotyka|pokoj|w nocy|noca|rozbiera|mam \d{1,2} (?:lat|lata)|zdjeci)",
    ),
    # Round 2: attacks, locking up and third persons in other word orders.
    rule(
        D,
        r"\b(?P<core>(?:gonil|goni|gonila|biegl|biega|rzucil sie|rzuca sie|ruszyl) (?:\w+ )?"
        r"(?:za mna|mnie|na mnie) (?:\w+ )?z (?:nozem|siekiera|pistoletem|kijem|pasem|"
        r"mlotkiem|bronia|piesciami|tasakiem|butelka)|(?:zamyka|zamknela|zamknal|zamykal|"
        r"zamykala|zamykaja) (?:\w+ )?mnie (?:\w+ ){0,3}?(?:bez jedzenia|bez wody|na noc|na cala "
        r"noc|na caly dzien|na kilka dni|w ciemnosci|po ciemku)|(?:glodzi|glodzila|glodzil) "
        r"mnie|nie_(?:daje|dawala|dawal) mi jesc|(?:rozcial|rozciela|rozbil|rozbila) mi "
        r"(?:\w+ )?(?:warge|wargi|luk brwiowy|glowe|nos|twarz)|(?:rzucil|rzucila|rzuca|rzucal) "
        r"(?:\w+ )?we mnie (?:\w+ )?(?:butelk\w*|talerz\w*|nozem|krzeslem|kubkiem|telefonem|"
        r"popielniczk\w*|czym popadnie))\b",
        unless=_PLAY,
    ),
    rule(
        D,
        rf"\b(?P<core>(?:przyjaciolke|kolezanke|mame|matke|siostre|corke|sasiadke|zone|"
        rf"ciocie|babcie|kuzynke) (?:\w+ )?{_BIJE} (?:\w+ )?(?:maz|chlopak|partner|ojciec|"
        rf"ojczym|byly|facet|tata|konkubent|narzeczony))\b",
        about_others=True,
        unless=_PLAY,
    ),
    rule(
        D,
        r"\b(?P<core>(?:stoi|stal|czeka|czekal|wystaje|wystawal|krazy) (?:\w+ )?pod (?:moim )?"
        r"(?:blokiem|domem|oknami|oknem|praca|szkola|klatka))\b",
        needs=r"\b(?:byly|ex|boje|strach|sledzi|co wieczor|codziennie|ciagle|znowu|nachodzi|"
        r"przesladuje|nie_daje mi spokoju)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:walil|walnal|uderzyl|rzucal|tlukl|walnela|walila|uderzal|rzucil) mna "
        r"(?:\w+ )?(?:o|w) (?:sciane|podloge|szafe|drzwi|stol|mur|kaloryfer|lodowke)|"
        r"(?:powiedzial|mowi|grozi|krzyczal|napisal|zagrozil),? ze (?:wtedy|to|to juz|wtedy juz) "
        r"(?:juz )?nie_zyje|(?:sledzi|sprawdza|czyta|kontroluje|przeglada) (?:\w+ )?(?:moja "
        r"lokalizacj\w*|wszystkie (?:moje )?wiadomosci|moj telefon|kazdy moj "
        r"krok|gdzie jestem|moje rozmowy)|(?:grozi|grozil|straszy|szantazuje|zagrozil),? "
        r"(?:\w+ )?(?:ze )?(?:rozesle|wrzuci|opublikuje|pokaze|wysle|udostepni) (?:\w+ ){0,2}?"
        r"(?:moje|moja|nasze) (?:\w+ )?(?:nagrani\w*|zdjeci\w*|filmik\w*|fotk\w*|wiadomosci|"
        r"rozmowy)|trzyma (?:\w+ )?(?:zamknieta|zamknietego|zamknietych|zamknieta w domu|pod "
        r"kluczem|w zamknieciu)|(?:wiezi|wiezil|wiezila) (?:\w+ )?(?:w domu|w piwnicy|"
        r"w mieszkaniu|mnie|ja))\b",
        about_others=True,
        unless=r"\b(?:mama|mamusia|matka|tata|tato|rodzice|babcia|zart\w*|mem\w*|smieszn\w*|"
        r"slubn\w*|ocen\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:dusi|dusil|dusila|przydusil|przydusila|podduszal|udusil) (?:\w+ )?mnie|"
        r"mnie (?:\w+ )?(?:dusi|dusil|dusila|przydusil|podduszal)|(?:odejdziesz|zostawisz|"
        r"rzucisz|uciekniesz|zglosisz|powiesz)[ ,:-]{1,4}(?:to )?(?:\w+ ){0,3}?(?:zabije|"
        r"zatluke|zajebie|udusze|zakopie|zastrzele))\b",
        unless=r"\b(?:lzy|lez|kaszel|kaszl\w*|smiech\w*|zlosc\w*|zazdrosc\w*|astm\w*|krawat\w*|"
        r"szalik\w*|koldr\w*|w grze|w docie|na midzie|kolnierz\w*|emocj\w*|wspomnie\w*|upal\w*|"
        r"zal)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:jestem|jest|sa|jestesmy) (?:\w+ )?w (?:niebezpieczenstwie|zagrozeniu "
        r"zycia))\b",
        unless=r"\b(?:gatun\w*|firm\w*|projekt\w*|druzyn\w*|mecz\w*|punkt\w*|wynik\w*|posad\w*|"
        r"prac\w*|dane|konto|haslo|pomnik\w*|zabyt\w*|drzew\w*|las\w*|gra|grze|postac\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:wali|walil|uderza|uderzyl|tlucze|tlukl|bije) (?:\w+ )?(?:moja glowa|mna|"
        r"moja twarza) (?:o|w) (?:podloge|sciane|stol|drzwi|kaloryfer|lustro|szafe)|(?:trzyma|"
        r"trzymal|zlapal|chwycil|ciagnie|ciagnal|szarpie|szarpal) mnie za wlosy|(?:spali|"
        r"podpali|wysadzi) (?:\w+ ){0,3}?(?:razem ze mna|ze mna w srodku|z nami|z dziecmi)|"
        r"(?:zmusza|zmuszal|zmusil) mnie do (?:rzeczy|robienia rzeczy|tego)(?:,? (?:ktorych|"
        r"czego) (?:nie_chce|nie_chcialam))?)\b",
        needs=r"\b(?:ojczym\w*|wujek|wuj\w*|tata|ojciec|trener\w*|nauczyciel\w*|maz\w*|chlopak|"
        r"on|byly|nocy|noca|pijan\w*|wlosy|glowa|twarza|mna|spali|podpali|wysadzi)\b",
        unless=_PLAY,
    ),
    # ---- SUICIDE ---------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:zabic|zabije|zabijesz|zabilabym|zabilbym|zabijac|zabilam|"
        r"zabilem|zajebie|zajebac) sie|sie (?:zabic|zabije|zabijesz|zabilam|zabilem|zabijac|"
        r"zajebie|zajebac)|bym sie zabila|bym sie zabil|sie zabije)\b(?! o\b)",
        about_others=True,
        unless=r"\b(?:mozna|schod\w*|rower\w*|lod\w*|slizg\w*|"
        r"potknel\w*|spadl\w*|hulajnog\w*|nart\w*|desk\w*|o bilety|o miejsce|"
        r"ze smiechu)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:skonczyc|skoncze|skonczylabym|skonczylbym|skonczy) ze soba|ze soba "
        r"(?:skonczyc|skoncze|skonczy)|(?:odebrac|odbiore|odbierze|odebralabym) sobie zycie|"
        r"sobie zycie (?:odebrac|odbiore)|stryczek|stryczka|stryczku|petl\w* na (?:szyi|szyje)|"
        r"(?:zalozyc|zalozylam|zawiazac|zawiazalam|zrobilam|zrobic) (?:\w+ )?petle|(?:sznur\w*|kabl\w*|"
        r"line|lina|kabel|pasek),? (?:[\w,]+ ){0,5}?(?:zawiesic|powiesic|szyj\w*|na hak\w*|"
        r"zyrandol\w*)|targn(?:ac|e|ie) sie na (?:wlasne |swoje )?zycie|"
        r"(?:popelnic|popelnie) samobojstwo|(?:powiesic|powiesze|powiesilabym|powiesilbym|"
        r"wieszac) sie|sie (?:powiesic|powiesze|powiesi)|podciac (?:sobie )?zyly|(?:podetne|"
        r"podcielam|podcialem|przetne|przecielam|pocielam) (?:sobie )?zyly|zyly (?:sobie )?"
        r"(?:podciac|podetne|pociac|przeciac)|utopie sie(?! w)|sie utopie(?! w)|otruje sie|"
        r"(?:strzele|palne) sobie w (?:leb|glowe|skron)|(?:wyjde|wyskocze|skocze) przez okno)\b",
        about_others=True,
        unless=r"\b(?:mozna|drazk\w*|silowni\w*|podciag\w*|z nudow|zart\w*|kaw\w*|jedzen\w*|grzyb\w*|obraz\w*|zaslon\w*|"
        r"plakat\w*|pranie|drzwi|klucz\w*)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_WANT}{_CGAP}{_DIE})",
        about_others=True,
        unless=r"\b(?:z nudow|ze smiechu|ze wstydu|z glodu|z zazdrosci|mozna)\b|\bnie_(?:sadze|"
        r"mysle|wydaje mi sie),? (?:ze|zebym|zeby) (?:\w+ )?(?:chce|chcialabym|naprawde)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:umrzec|zdechnac|nie_zyc|nie_istniec|zabic sie|sie zabic|skonczyc ze soba) "
        r"(?:\w+ )?(?:mi sie chce|bym chciala|bym chcial|bym chcialam|bym wolala|chce|chcialabym|"
        r"chcialbym|pragne|marze))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:skoczyc|skocze|skoczylabym|wyskoczyc|wyskocze|rzucic sie|rzuce sie|"
        r"sie rzucic|sie rzuce|zeskoczyc|zeskocze|zrzucic sie|wyjsc|wyjde|polozyc sie|"
        r"poloze sie|rzucilabym sie) (?:\w+ ){0,2}?(?:(?:z|ze) (?:\w+ )?(?:mostu|dachu|okna|"
        r"balkonu|bloku|wiezowca|pietra|skaly|klifu|urwiska|wiaduktu|kladki)|przez (?:\w+ )?"
        r"(?:okno|balkon|barierke)|pod (?:\w+ )?(?:pociag|samochod|auto|tira|tramwaj|"
        r"ciezarowke|autobus|metro|kola)|na (?:tory|autostrade|ulice pod)|do (?:rzeki|wisly|"
        r"jeziora|morza)))",
        about_others=True,
        unless=r"\b(?:spadochron\w*|bungee|basen\w*|trampolin\w*|na glowke|kapiel\w*|"
        r"plywa\w*|pozar\w*|pali sie|zakupy|do sklepu|drzwi)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:{_WANT}|stalam|stalem|stoje|siedzialam|siedze|patrzylam|patrze)"
        r"(?:,? \w+){0,4}?,? (?:skoczyc|skocze|skoczylabym|wyskoczyc|rzucic sie|sie rzucic|"
        r"zeskoczyc|zrobic krok|skok|w dol))\b",
        needs=r"\b(?:most\w*|mosc\w*|dach\w*|okn\w*|okien\w*|balkon\w*|blok\w*|wiezowc\w*|pietr\w*|skal\w*|"
        r"klif\w*|urwisk\w*|tor\w*|pociag\w*|przepasc\w*|krawedz\w*|barierk\w*|w dol|wiadukt\w*|"
        r"kladk\w*)\b",
        unless=r"\b(?:spadochron\w*|bungee|basen\w*|trampolin\w*|na glowke|kapiel\w*|plywa\w*|"
        r"do wody|na impreze|po zakupy|do sklepu|fajerwerk\w*|widok\w*|zachod\w*|pieknie)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:nalykac|nalykam|nalykalam|nalykalem|nalykala|nalykal|nazrec|nazarlam) "
        rf"sie (?:\w+ )?{_PILLS}?|sie (?:nalykac|nalykam|nalykalam|nalykalem) (?:\w+ )?{_PILLS}|"
        rf"(?:lyknac|lykne|lyknelam|lyknalem|wziac|wezme|wzielam|wzialem|polknac|polkne|"
        rf"polknelam|polknalem|zjesc|zjem|zjadlam|zjadlem|lykac|lykam|lykalam|polykac|"
        rf"wypic|wypije|wypilam) (?:\w+ ){{0,2}}?(?:wszystkie|cale|caly|calej|calo|opakowanie|"
        rf"opakowania|listek|listki|garsc|kilkanascie|kilkadziesiat|\d{{2,}}|pol opakowania|"
        rf"wszystkich|pare opakowan|paczke|blister|fiolke|butelke|sloik|naraz|na raz) "
        rf"(?:\w+ )?(?:\w+ )?{_PILLS}|(?:zbieram|zbieralam|odkladam|odkladalam|chowam|"
        rf"schowalam|uzbieralam|nazbieralam|kolekcjonuje|gromadze|zgromadzilam|zachomikowalam|"
        rf"trzymam) (?:[\w,]+ ){{0,3}}?{_PILLS}|{_PILLS} (?:[\w,]+ ){{0,6}}?(?:mysle o nich|"
        rf"myslalam o nich|kusza mnie|patrze na nie|gapie sie na nie|wpatruje sie w nie|"
        rf"coraz czesciej o nich)|przedawkow\w*)\b",
        about_others=True,
        unless=rf"\b(?:kaw\w*|kofein\w*|cukr\w*|slodycz\w*|seriali?|memow)\b|{_ILLNESS}|"
        r"\b(?:wysoko|zeby (?:maly|mala|dziecko|dzieci|pies|kot|wnuk\w*) nie_\w+|poza zasiegiem)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:trzymalam|trzymam|trzymalem|patrze na|patrzylam na|wysypalam|wysypalem|"
        rf"przeliczylam|przeliczam|liczylam|rozlozylam) (?:\w+ ){{0,3}}?(?:opakowani\w* |pudelk\w* |"
        rf"fiolk\w* |garsc |listek |listki )?(?:\w+ )?{_PILLS}|(?:wypic|wypije|wypilam|zjesc|zjem|"
        rf"zjadlam|lyknac|lykne|polknac|polkne) (?:\w+ ){{0,2}}?wszystko (?:\w+ ){{0,3}}?(?:z |w )?"
        rf"aptecz\w*|(?:napisalam|napisalem|zostawilam|zostawilem|zostawie|napisze|pisze) (?:\w+ )?"
        rf"(?:list|listy|liscik\w*|wiadomosci) (?:do|dla) (?:rodziny|rodzicow|mamy|wszystkich|bliskich|"
        rf"najblizszych|kazdego))\b",
        unless=rf"\b(?:urodzin\w*|swiat\w*|kartk\w*|zyczeni\w*|podziekowani\w*|wakacj\w*|"
        rf"dzien (?:matki|mamy|ojca|taty|babci|dziadka)|imienin\w*|walentyn\w*|mikolaj\w*|"
        rf"oboz\w*|przeterminowan\w*|wyrzucil\w*|posprzatal\w*|porzadk\w*)\b|{_ILLNESS}",
    ),
    rule(
        S,
        r"\b(?P<core>samobojstw\w*|samobojcz\w*|samobojc\w*|samobojczyni\w*|(?:mysle|mysli|"
        r"myslalam|myslalem|myslami|myslenie) o samoboju)\b",
        about_others=True,
        unless=r"\b(?:(?:zamach\w*|misj\w*|bramk\w*|gol\w*|strzal\w*|akcj\w*|zawodow\w*|"
        r"finansow\w*|polityczn\w*|towarzysk\w*|wizerunkow\w*|atak\w*|zolnierz\w*|pilot\w*|"
        r"kamikaze) (?:\w+ )?samoboj\w*|samoboj\w* (?:\w+ )?(?:bramk\w*|gol\w*|zawodow\w*|"
        r"finansow\w*|polityczn\w*|towarzysk\w*|wizerunkow\w*|zamach\w*|misj\w*)|"
        r"nie_mam (?:\w+ )?(?:mysli|sklonnosci)|nie_mialam|nie_myslalam|nie_myslam|"
        r"nie_jestem|(?:popelnil|popelnila|popelnili|odebral|odebrala) (?:\w+ )?samoboj\w*|"
        r"zmarl\w*|zginal\w*|zginela|pogrzeb\w*|rocznic\w*|zaloba\w*|"
        r"profilaktyk\w*|prewencj\w*|wyklad\w*|statystyk\w*|badani\w*|kampani\w*|"
        r"samoboj\w* (?:\w+ ){0,2}?nie_(?:jest )?(?:rozwiazanie\w*|wyjsci\w*)|to nie_rozwiazanie|"
        r"to nie_wyjscie|to (?:\w+ )?samobojstwo(?=\s*(?:$|[.,!?;]|xd))|(?:zadnych|zadnej|zero|brak) "
        r"(?:\w+ )?(?:mysli|sklonnosci|planow)|samobojstw\w*\? w zyciu|to (?:\w+ )?samobojstwo (?:\w+ )?"
        r"(?:trenera|druzyny|rzadu|firmy|partii|kariery|polityczne|zawodowe|finansowe|dla \w+))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:nie_chce|nie_chcialabym|nie_chcialbym|nie_chcialam|nie_chce juz|"
        r"juz nie_chce|nie_chce dalej|nie_chce dluzej|nie_mam po co|nie_ma po co|po co mam|"
        r"po co|nie_mam dla kogo|nie_mam sily|nie_ma sensu|nie_widze sensu|nie_umiem juz|"
        r"nie_potrafie juz|nie_moge juz|nie_chce mi sie|odechcialo mi sie|nie_chcialo mi sie|"
        r"nie_warto|sensu nie_ma) (?:\w+ ){0,2}?zyc|zyc (?:\w+ )?(?:mi sie )?(?:nie_chce|"
        r"nie_chcialo|nie_warto|juz nie_chce|nie_ma po co|nie_mam po co|nie_ma sensu)|"
        r"odechcialo mi sie zycia|nie_chce (?:\w+ )?istniec|"
        r"nie_widze (?:\w+ )?sensu (?:zycia|w zyciu|istnienia|w dalszym zyciu|dalszego zycia)|"
        r"(?:mam|mialam) (?:juz )?(?:dosc|dosyc|serdecznie dosc) (?:tego )?zycia|"
        r"(?:dosc|dosyc) mam (?:tego )?zycia|zmeczon\w* zyciem|"
        r"nie_chce (?:sie )?(?:juz )?(?:jutro |rano |wiecej )?(?:budzic|obudzic)(?: sie)?(?=\s*(?:$|[.,!?;]|rano|wiecej|nigdy|juz)))"
        r"(?! (?:w(?! (?:tym|takim) (?:swiecie|ciele)| ogole)|we|z|ze|u|na(?! (?:tym|tamtym) swiecie)|pod|"
        r"nad|po|przy|za|bez|dla|razem|sama|sam|samotnie|tam|tu|"
        r"tutaj|obok|jak|tak jak|tak,? jak|cudzym|przeszloscia|nadzieja|iluzjami|bez niego|"
        r"bez niej|oddzielnie|osobno|z nim|z nia|w klamstwie|w ten sposob jak)\b)",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wszystkim|im|rodzinie|rodzicom|mamie|swiatu|ludziom|bliskim|znajomym|"
        r"przyjaciolom) (?:\w+ ){0,2}?(?:bedzie|byloby|bylo|bedzie tylko) (?:\w+ )?(?:lepiej|"
        r"lzej|prosciej|spokojniej) beze mnie|beze mnie (?:\w+ ){0,2}?(?:bedzie|byloby|bylo)? ?"
        r"(?:\w+ )?(?:lepiej|lzej|prosciej|spokojniej)(?! (?:w|na) (?:pracy|projekcie|imprezie|"
        r"wyjezdzie|druzynie))|swiat (?:bylby|bedzie) lepszy beze mnie|lepiej (?:\w+ )?"
        r"(?:bedzie|byloby|bylo|by bylo) beze mnie|(?:jak|gdy|kiedy|jesli|jezeli|gdyby) mnie "
        r"(?:juz )?(?:nie_bedzie|nie_bylo|zabraknie)(?:,? (?:\w+ ){0,3}?(?:lepiej|nikt|wszyscy|"
        r"wszystkim|zauwazy|tesknic|plakac|odetchna|lzej|prosciej|obchodzi|przejmie|szkoda))|"
        r"(?:lepiej|lzej|wszystkim|wszyscy|nikt|nikomu|odetchn\w*|ulg\w*)(?:,? \w+){0,4}?,? "
        r"(?:jak|gdy|kiedy|jesli|jezeli|"
        r"gdyby) mnie (?:juz )?(?:nie_bedzie|nie_bylo|zabraknie)|nikt (?:by |nawet )?"
        r"(?:nie_zauwazy|nie_zauwazylby|nie_bedzie tesknil|nie_bedzie plakal|nie_zaplacze|"
        r"nie_przejmie sie|sie nie_przejmie)(?:,? (?:jak|gdy|jesli|gdybym|kiedy|jezeli) (?:\w+ )?"
        r"(?:znikne|umre|mnie nie_bedzie|sie zabije|odejde|mnie zabraknie|zdechne))|"
        r"(?:znikne|zniknac|zniknelabym) (?:\w+ )?na zawsze(?=\s*(?:$|[.,!?;]))|"
        r"(?:lepiej|chcialabym|chcialbym|wolalabym|wolalbym|szkoda) (?:\w+ ){0,3}?(?:zebym|"
        r"gdybym|ze) (?:\w+ )?(?:umarla|umarl|nie_zyla|nie_zyl|nie_istniala|nie_istnial|"
        r"sie nie_urodzila|sie nie_urodzil|nie_urodzila sie|zniknela|zniknal|zdechla)|"
        r"(?:szkoda|zaluje|po co|czemu|dlaczego),? ze? ?sie (?:w ogole )?urodzil(?:am|em)"
        r"(?! (?:w|we|na|jako|tak|za|przed|po|akurat|wlasnie)\b)|"
        r"po co sie (?:w ogole )?urodzil(?:am|em)|obym (?:\w+ )?(?:umarla|umarl|sie nie_obudzila|"
        r"sie nie_obudzil|nie_obudzila sie|zdechla)|oby mnie (?:juz )?nie_bylo|"
        r"niech mnie (?:juz )?nie_bedzie|(?:lepiej|wolalabym|wolalbym|wole) (?:juz )?"
        r"(?:umrzec|nie_zyc),? niz (?:\w+ )?(?:tak |dalej |tak dalej )?(?:zyc|sie meczyc|to czuc|"
        r"czuc|cierpiec|sie budzic)|(?:zasnac|zasne|zasnelabym) i (?:\w+ )?(?:sie )?"
        r"nie_obudzic|(?:zasnac|zasne) na zawsze|nie_ma mnie dla czego|"
        r"(?:nie_pasuje|nie_ma dla mnie miejsca) (?:\w+ )?na tym swiecie|"
        r"zniknac z tego swiata|zejsc z tego swiata|na tamten swiat|"
        r"(?:najchetniej|chetnie|wolalabym|wolalbym) (?:\w+ )?(?:bym|juz) (?:\w+ )?(?:umarla|umarl|"
        r"zniknela|zniknal|sie zabila|sie zabil|nie_zyla|nie_zyl|zdechla)|(?:umarlabym|"
        r"umarlbym) (?:\w+ )?najchetniej|nie_obwiniajcie (?:sie|siebie|nikogo)|nikt nie_jest "
        r"winny mojej smierci|(?:jesli|jezeli|jak|kiedy|gdy) (?:to )?(?:czytasz|czytacie|"
        r"przeczytasz|przeczytacie)(?:,? \w+){0,4}?,? (?:mnie (?:juz )?nie_ma|juz nie_zyje|"
        r"nie_zyje|mnie (?:juz )?nie_bedzie|odeszlam|odszedlem)|mam (?:juz )?(?:plan|pomysl),? "
        r"jak (?:to )?(?:zrobic|skonczyc|sie zabic|odejsc)|(?:chce|chcialabym|chcialbym|"
        r"wolalabym|marze|pragne),? (?:zeby|aby|by|gdyby) mnie (?:\w+ ){0,2}?(?:nie_bylo|nie_istnialo)|"
        r"(?:szczesliwsi|szczesliwszy|szczesliwsza|spokojniejsi|spokojniejszy|latwiej|lepszy|"
        r"lepsze|lzej) (?:\w+ )?beze mnie(?! (?:w|na) (?:pracy|projekcie|imprezie|wyjezdzie|"
        r"druzynie)))\b",
        unless=r"\b(?:w pracy|na urlopie|na wakacjach|urlop\w*|wyjazd\w*|delegacj\w*|"
        r"w sobote w domu|z tego czatu|z grupy|z insta\w*|z fb|z social\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>nie_szukajcie mnie(?! (?:w|na|do|dzis|jutro|przez|online))|"
        r"zegnajcie(?=\s*(?:$|[.!]))|nie_placz(?:cie)? (?:po mnie|za mna)|zegnajcie(?!,? (?:\w+ )?(?:pieniadze|pieniazki|kaso|wyplato|wakacje|lato|weekend|"
        r"urlop\w*|diet\w*|marzenia|nerwy|oszczednosci))(?:,)? (?:wszyscy|wszystkim|na zawsze|moi|kochani)?|zegnaj(?:,)? (?:swiecie|stary|"
        r"mamo|tato|siostro|bracie|przyjacielu|kochanie|okrutny swiecie)|"
        r"zegnam sie z wami(?: na zawsze)?|(?:list|liscik|wiadomosc|listy|wiadomosci|nagranie) "
        r"pozegnaln\w*|pozegnaln\w* (?:list|listy|liscik|wiadomosc|wpis|post)|"
        r"(?:to (?:jest )?)?moj (?:ostatni|ostatnie) (?:wpis|post|list|dzien|wieczor|slowa)"
        r"(?! (?:w|na|przed|dzis|dzisiaj|tutaj|tu)\b)|przepraszam was (?:\w+ )?za wszystko|"
        r"dziekuje (?:wam|wszystkim) (?:\w+ )?za wszystko(?=\s*(?:$|[.!]|przepraszam|zegnajcie|"
        r"kocham))|zaopiekujcie sie (?!soba|nim przez|nia przez|mna|nami)\w+|zajmijcie sie "
        r"(?:moim|moja|moimi) (?:kotem|psem|kotami|psami|mama|rodzicami|rybkami|chomikiem)|"
        r"(?:oddalam|oddalem|oddam|rozdalam|rozdalem|rozdaje|rozdam|oddaje) (?:\w+ ){0,2}?"
        r"(?:psa|kota|kotka|pieska|chomika|papuge|rybki|zwierzaki|swoje rzeczy|wszystkie "
        r"(?:moje |swoje )?rzeczy|wszystko co mam|rzeczy|ulubione rzeczy))\b",
        unless=r"\b(?:olx\w*|vinted\w*|allegro\w*|stare|starych|niepotrzebn\w*|ubrani\w*|"
        r"przeprowadz\w*|wakacj\w*|urlop\w*|na czas|hotel\w*|alergi\w*|na weekend|wyjazd\w*|"
        r"wyjezdzam|wyjade|urodzin\w*|imprez\w*|zyczeni\w*|prezent\w*|pomoc|wsparci\w*|"
        r"komentarz\w*|lajk\w*|prac\w*|firm\w*|zespol\w*|erasmus\w*|nad morze|oboz\w*|"
        r"do przyszlego|do zobaczenia|koloni\w*|turnus\w*|na (?:dwa |trzy |"
        r"kilka )?(?:dni|tydzien|tygodnie|miesiac|miesiace))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:wszystko )?(?:juz )?(?:zaplanowalam|zaplanowalem|przygotowalam|"
        r"przygotowalem|zdecydowalam|zdecydowalem)(?:,? \w+){0,3}?,? (?:zrobie to|to zrobie)"
        r"(?: \w+)? (?:dzis|dzisiaj|jutro|w nocy|wieczorem|w (?:poniedzialek|wtorek|srode|"
        r"czwartek|piatek|sobote|niedziele)|jak|kiedy|gdy)|odratowali mnie|odratowano mnie|"
        r"mnie odratowali|(?:ledwo|cudem|ledwie) (?:mnie )?(?:odratowali|uratowali|odratowano|"
        r"przezylam|przezylem)|"
        r"(?:trafilam|trafilem|lezalam|lezalem|wyladowalam|wyladowalem) (?:\w+ ){0,2}?"
        r"(?:na toksykologi\w*|na oiom\w*|na odtrucie|na sor\w*|na psychiatryk\w*|w psychiatryku) "
        r"(?:\w+ ){0,2}?po (?:\w+ )?(?:tablet\w*|probie|przedawkowan\w*|lekach|prochach))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:moja|pierwsza|druga|trzecia|ostatnia|nieudana|kolejna|po) (?:\w+ )?"
        r"prob(?:a|ie|y|e))\b",
        needs=r"\b(?:szpital\w*|tablet\w*|samoboj\w*|zyly|powies\w*|psychiatr\w*|odratowal\w*|"
        r"przezyl\w*|uratowal\w*|odtruci\w*|toksykologi\w*|oiom\w*|zabic|umrzec|nie_udal\w*|nieudan\w*)\b",
        unless=r"\b(?:egzamin\w*|prawo jazdy|prawka|matur\w*|kolokwi\w*|rekrutacj\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:zrobie to|to zrobie|skoncze to|skoncze z tym|zakoncze to|to koniec|"
        r"koniec ze mna))\b",
        needs=r"\b(?:tablet\w*|leki|lekow|prochy|sznur\w*|zyletk\w*|most\w*|mosc\w*|dach\w*|"
        r"pociag\w*|tory|torach|list\w* pozegnaln\w*|zegna\w*|pozegna\w*|przepraszam was|"
        r"nie_szukajcie|petl\w*|okn\w* (?:na|z) \w+ pietr\w*)\b",
        unless=_ILLNESS,
    ),
    # Round 2: calm plans and means in other wordings.
    rule(
        S,
        r"\b(?P<core>(?:mysle|myslalam|myslalem|mysli|mysl) (?:\w+ ){0,3}?o (?:swojej|wlasnej) "
        r"smierci|(?:mysle|myslalam|mysli) o smierci (?:\w+ ){0,2}?(?:codziennie|ciagle|caly "
        r"czas|stale|kazdego dnia|kazdej nocy|non stop)|(?:strzele|strzelic|palne|palnac|"
        r"wpakuje|wpakowac|strzelilabym) sobie (?:\w+ )?(?:w leb|w glowe|w skron|kulke|kule)|"
        r"sobie (?:\w+ )?(?:strzele|palne|wpakuje|strzelilabym) (?:\w+ )?(?:w leb|w glowe|w skron|kulke|kule)|"
        r"(?:oby|zeby|zebym|niech) mnie (?:\w+ )?(?:juz )?nie_(?:bylo|bedzie)(?=\s*(?:$|[.,!?;]|"
        r"juz|wiecej|na tym swiecie))|(?:lepiej|lepiej by bylo),? (?:zeby|by|gdyby|aby) mnie "
        r"(?:\w+ ){0,2}?nie_(?:bylo|istnialo)|(?:jak|jesli|jezeli|gdy|kiedy) (?:umre|zgine|"
        r"mnie zabraknie|sie zabije|mnie nie_bedzie),? (?:\w+ ){0,2}?(?:nikt|wszyscy|wszystkim|"
        r"nikogo|lzej|lepiej|latwiej|odetchna)|nie_(?:widzi|widzisz|widza) (?:\w+ )?sensu "
        r"(?:\w+ )?zyc|(?:juz |teraz )?(?:tylko|juz tylko) odejsc(?=\s*(?:$|[.,!?;]))|"
        r"zostalo (?:mi )?(?:tylko |juz tylko |juz )?(?:odejsc|umrzec|sie zdecydowac|"
        r"skoczyc)(?=\s*(?:$|[.,!?;])))",
        about_others=True,
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:kupilam|kupilem|przygotowalam|przygotowalem|zalatwilam|schowalam|"
        r"znalazlam|mam juz) (?:\w+ )?(?:mocny |gruby )?(?:sznur|line|petle|powroz)(?! (?:do|na|dla)\b)|"
        r"(?:sznur|lina|petla) (?:\w+ ){0,2}?(?:wisi|czeka|lezy|jest gotow\w*|gotow\w*|"
        r"przywiazan\w*))\b",
        unless=r"\b(?:pran\w*|suszeni\w*|skakank\w*|namiot\w*|wspinacz\w*|hustawk\w*|lodk\w*|"
        r"psa|smycz\w*|hamak\w*|silowni\w*|przeprowadz\w*|karton\w*|zaslon\w*|choink\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:bron|pistolet|strzelb\w*|sztucer\w*|rewolwer\w*|dubeltowk\w*|"
        r"pistoletu|broni))\b",
        needs=r"(?:wiem,? gdzie (?:\w+ )?(?:klucz|nabo|lezy|trzyma|schowan|sejf)|(?:znam|pamietam) "
        r"(?:\w+ )?(?:szyfr|kod|kombinacj)|mysle o "
        r"(?:tym|niej|nim)|o tym mysle|ciagnie mnie|w skron|do skroni|w usta)",
        unless=r"\b(?:gr[aezy]\w*|cs\w*|pubg|asg|paintball\w*|strzelnic\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:poloze sie|polozyc sie|lec|lege|polozylam sie|polozylem sie) (?:\w+ )?"
        r"na (?:torach|tory|torowisku|szynach)|(?:wjade|wjechac|wjechalabym|rozbije sie|"
        r"rozbic sie|uderze|uderzyc|przywale|przywalic) (?:\w+ ){0,2}?(?:w (?:drzewo|slup|"
        r"sciane|mur|barierk\w*|tira|ciezarowke|filar|przyczolek)|pod tira|pod ciezarowke|"
        r"na czolowke)|(?:wejde|wejsc|wchodze|wejdz) (?:\w+ )?do (?:jeziora|rzeki|morza|wody|"
        r"wisly|stawu) (?:\w+ ){0,3}?(?:i (?:juz )?nie_(?:wroce|wyjde|wyplyne)|na zawsze|"
        r"z kamieniem)|nie_wyplyne|kamien (?:\w+ )?(?:u|na) szyi|(?:odkrece|odkrecic|"
        r"odkrecilam|wlacze|wlaczyc|puszcze) gaz (?:\w+ )?(?:i (?:\w+ )?(?:pojde spac|zasne|"
        r"sie poloze|poloze sie|lege|polozylam sie|sie polozylam|polozylem sie|sie polozylem|ide spac|"
        r"kladam sie|sie kladam)|na noc|bez ognia)|(?:zatruc|sie zatruc) (?:sie )?(?:gazem|spalinami)|"
        r"(?:zatruje|zatrulam) sie (?:gazem|spalinami))\b",
        needs=r"\b(?:chce|chcialabym|mysle|mysli|celowo|specjalnie|pelnej|gaz\w*|zeby|"
        r"i po wszystkim|nie_wroce|nie_wyjde|nie_wyplyne|kamien\w*|torach|tory|torowisku|szynach|"
        r"spalin\w*|zasne|spac|sie poloze|lege|dechy)\b",
        unless=r"\b(?:prawie|o malo|omal|slisko|poslizg\w*|kierowca|herbat\w*|obiad\w*|"
        r"zup\w*|gotow\w*|czajnik\w*|opalac|plywac|kapac|kapiel\w*|ploch\w*)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:odlozone|odlozonych|odlozylam|odlozylem|schowane|schowanych|"
        rf"uzbierane|uzbieralam|nazbieralam|nazbierane|odkladam|chomikuje|gromadze|zgromadzilam|"
        rf"zbieram|zbieralam|licze|liczylam|przeliczam|przeliczylam|rozkladam|rozlozylam|"
        rf"wysypalam|wysypuje) (?:\w+ ){{0,3}}?{_PILLS}|(?:cale|caly|cala|trzy|dwa|dwie|"
        rf"cztery|piec|kilka|pare|pelne|pelna) (?:\w+ )?(?:opakowani\w*|opakowan|pudel\w*|"
        rf"listk\w*|blistr\w*|blister|fiol\w*|sloik\w*|paczk\w*|paczek) (?:\w+ ){{0,2}}?{_PILLS}|"
        rf"(?:polknela|polknal|lyknela|lyknal|nalykala|nalykal|wziela|wzial|zazyla|zazyl|"
        rf"wypila|wypil|polknelam|lyknelam|wzielam) (?:\w+ ){{0,2}}?(?:cale |caly |cala )?"
        rf"(?:opakowanie|opakowania|garsc|blister|listek|fiolke|wszystkie|pudelko|paczke) "
        rf"(?:\w+ )?{_PILLS}|{_PILLS} (?:juz )?(?:leza|czekaja|sa gotowe) (?:\w+ ){{0,2}}?"
        rf"(?:na biurku|na stole|obok|przy lozku|przygotowane|gotowe))",
        unless=rf"{_ILLNESS}|\b(?:aptec\w*|organizer\w*|dawk\w*|kupilam|kupilem|zamowilam|"
        rf"w pracy|babci|dziadka|dziadkowi|babcinych|przeterminowan\w*|wyrzucil\w*|"
        r"posprzatal\w*|porzadk\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:kota|kotka|psa|pieska|chomika|papuge|rybki|zwierzaki) (?:\w+ )?"
        r"(?:oddalam|oddalem|oddam|oddaje|rozdalam)|(?:rozdalam|rozdalem|rozdaje|rozdam) "
        r"(?:\w+ )?(?:rzeczy|ubrania|ksiazki|wszystko|swoje)(?!,? (?:z ktorych|ktore|ktorych) )|(?:napisalam|napisalem|spisalam|"
        r"sporzadzilam|pisze|napisze) (?:\w+ )?testament\w*|(?:mam|wybralam|wybralem|"
        r"wyznaczylam|ustalilam) (?:juz )?(?:date|dzien)(?=\s*(?:$|[.,!?;:])))",
        unless=r"\b(?:olx\w*|vinted\w*|allegro\w*|stare|starych|niepotrzebn\w*|"
        r"przeprowadz\w*|wakacj\w*|urlop\w*|na czas|hotel\w*|alergi\w*|na weekend|wyjazd\w*|"
        r"wyjezdzam|wyjade|kociet\w*|szczeni\w*|w dobre rece|babci\w*|dziadk\w*|rodzic\w*|"
        r"notariusz\w*|mieszkani\w*|spadk\w*|slub\w*|wesel\w*|egzamin\w*|obron\w*|zabieg\w*|"
        r"operacj\w*|wizyt\w*|spotkani\w*|termin\w*|rozmow\w*|przeglad\w*|wyrosl\w*|za mal\w*|"
        r"za duz\w*|schudl\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:znalazlam|znalazlem|wybralam|wybralem|upatrzylam|upatrzylem) (?:\w+ )?"
        r"(?:dach|most|wiadukt|wysoki blok|wiezowiec|klif|urwisko))\b",
        needs=r"\b(?:da sie wejsc|mozna wejsc|skocz\w*|wysok\w*|pieter|w dol|odpowiedni\w*)\b",
        unless=r"\b(?:widok\w*|imprez\w*|zdjec\w*|sesj\w*|bar\w*|zachod\w*|randk\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:po|do|przed) (?:\w+ ){1,3}mnie (?:juz )?nie_bedzie)(?=\s*(?:$|[.,!?;]))",
        needs=r"\b(?:postanowion\w*|postanowilam|postanowilem|zdecydowan\w*|zdecydowalam|"
        r"na zawsze|zegna\w*|ostatecznie)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:do|dla) (?:tego|tej osoby|osoby|ciebie)(?:,)? (?:kto|ktora|ktory) "
        r"(?:\w+ )?(?:to )?(?:znajdzie|przeczyta|odnajdzie)(?: (?:to|ten list|te wiadomosc|"
        r"mnie|ten liscik|te kartke))?(?=\s*(?:$|[.,!?;:]))|(?:mialam|mialem) (?:\w+ ){0,2}?"
        r"prob(?:e|y)(?=\s*(?:$|[.,!?;]|w wieku|kiedy|gdy|jak|\d))|(?:stoi|stoje|stalam|"
        r"stalem|stal|stala|siedzi|siedze|siedzialam) (?:\w+ )?na (?:krawedzi|moscie|dachu|"
        r"parapecie|barierce|torach|gzymsie))\b",
        needs=r"\b(?:odciagn\w*|sciagn\w*|uratow\w*|zatrzymal\w*|skocz\w*|w dol|zdecydowa\w*|"
        r"stchorz\w*|pozegn\w*|zegna\w*|znajdzie|przeczyta|odnajdzie|prob\w*|samoboj\w*)\b",
        unless=r"\b(?:egzamin\w*|prawo jazdy|prawka|matur\w*|kolokwi\w*|rekrutacj\w*|portfel\w*|"
        r"telefon\w*|klucz\w*|widok\w*|zdjeci\w*|sesj\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:skakalam|skakalem|skoczylam|skoczylem|wyskoczylam|wyskoczylem|"
        r"zeskoczylam|rzucilam sie|rzucilem sie|skoczyla|skoczyl|wyskoczyla|wyskoczyl|"
        r"rzucila sie|rzucil sie) (?:\w+ ){0,2}?(?:z (?:\w+ )?(?:pietra|okna|balkonu|dachu|"
        r"mostu|wiaduktu)|pod (?:pociag|auto|samochod|tira|ciezarowke)))\b",
        about_others=True,
        unless=r"\b(?:spadochron\w*|basen\w*|do wody|zasp\w*|snieg\w*|garaz\w*|dziec\w*|"
        r"trampolin\w*|bungee|pozar\w*|palil\w*|kot\w*|pilk\w*|w grze|grze|minecraft\w*|"
        r"fortnit\w*|gta|postaci\w*|snil\w*|sen|we snie)\b",
    ),
    # Round 2b: veiled plans, means and goodbyes.
    rule(
        S,
        r"\b(?P<core>(?:jutro|dzis|dzisiaj|teraz|w nocy|wieczorem|rano) (?:\w+ )?z (?:mostu|dachu|"
        r"okna|balkonu|wiaduktu)(?=\s*(?:$|[.,!?;]))|smierteln\w* dawk\w*|dawk\w* smierteln\w*|"
        r"ile (?:\w+ ){0,3}?smierteln\w*|(?:odlozylam|odlozylem|odkladam|zbieram|uzbieralam|"
        r"odlozona|odlozone) (?:\w+ ){0,3}?na (?:swoj |moj )?pogrzeb|(?:juz )?sie nie_boje"
        r"(?=\s*(?:$|[.,!?;]))|(?:list|liscik|kartka|kartke) (?:\w+ )?(?:na stole|na biurku|"
        r"na lozku|w kopercie)|(?:kiedy|jak|gdy|jesli) (?:\w+ )?(?:znajdziesz|znajdziecie|"
        r"przeczytasz|przeczytacie) (?:ten |moj |te )?(?:list|liscik|wiadomosc|kartke)?,? "
        r"(?:\w+ )?(?:bede (?:juz )?(?:daleko|martwa|martwy)|mnie (?:juz )?nie_bedzie|juz "
        r"nie_zyje)|(?:raz|kiedys|juz|dwa razy) (?:juz )?(?:probowalam|probowalem)(?= (?:i|ale|"
        r"a)\b|\s*[.,!?;]|\s*$)|nie_powinno mnie (?:\w+ )?byc|mnie (?:\w+ )?nie_powinno "
        r"(?:\w+ )?byc(?=\s*(?:$|[.,!?;]|w ogole|na swiecie)))",
        about_others=True,
        needs=r"(?:tablet|relanium|nasenn|lek|dawk|ile|sznur|postanowil|zdecydowal|gotow|zegna|"
        r"dzieki|dziekuje|pies|kot|dokument|klucze|testament|list|mysli|samoboj|przezylam|"
        r"odratowal|szpital|znowu|wrocil|wstyd|mostu|dachu|okna|balkonu|wiaduktu|nie_powinno)",
        unless=r"\b(?:prac\w*|biur\w*|szef\w*|poczt\w*|babci\w*|dziadk\w*|kaw\w*|kofein\w*|"
        r"energetyk\w*|wez\w*|pajak\w*|grzyb\w*|w grze|chorob\w*|rak\w*|diagnoz\w*|skok\w*|"
        r"do wody|spadochron\w*|zdjec\w*|widok\w*|egzamin\w*|rzucic palenie|prawk\w*|zdac)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:mam nadzieje|chce|oby|obym|chyba tego chce),? (?:ze )?(?:\w+ )?nie_"
        r"(?:dozyje|doczekam)|nie_(?:dozyje|doczekam) (?:do )?(?:[\w,]+ ){1,7}?(?:chce|mam "
        r"nadzieje|i dobrze|i bardzo dobrze)|(?:zrobie|zrobilabym|zrobic) sobie cos|sobie cos "
        r"(?:zrobie|zrobic)|cos sobie (?:zrobie|zrobic)|(?:policzylam|policzylem|przeliczylam|"
        r"liczylam|sprawdzilam|sprawdzilem) (?:\w+ ){0,2}?ile|ile (?:\w+ )?(?:trzeba|potrzeba|"
        r"musze|wystarczy) (?:\w+ )?(?:wziac|lyknac|polknac|wypic|zazyc)(?! (?:wody|dziennie|"
        r"na noc))|(?:zeby|aby|by) mnie nie_(?:odratowali|uratowali|odratowano|zdazyli|"
        r"znalezli)|(?:wystarczajaco|dosc|na tyle) wysok\w*(?=\s*(?:$|[.!?;]|,? (?:zeby|by) "
        r"(?:\w+ )?(?:na pewno|na smierc|nie_przezyc|sie zabic|umrzec)))|z jakiej wysokosci|(?:poderznac|"
        r"poderzne|poderznie|podciac|podetne|podetnie|przeciac|przetne|przetnie) sobie "
        r"(?:\w+ )?(?:gardlo|zyly|szyje|tetnic\w*|nadgarstki)|wytrzyma,? (?:\w+ ){0,2}?"
        r"sprawdzil\w*|na wszelki wypadek,? (?:\w+ )?dla (?:mnie|siebie)|dla (?:mnie|siebie),? "
        r"na wszelki wypadek|(?:wszystko|juz wszystko) (?:juz )?(?:przemyslalam|przemyslalem|"
        r"zaplanowalam|zaplanowalem|przygotowalam|obmyslilam)|zostalo (?:mi )?(?:tylko |juz "
        r"tylko )?wybrac (?:dzien|date|miejsce|godzine))\b",
        about_others=True,
        needs=r"\b(?:nie_dozyje|nie_doczekam|sobie cos|cos sobie|tablet\w*|tramal\w*|lek\w*|"
        r"apteczk\w*|prochy|prochow|nasenn\w*|nie_odratowali|nie_uratowali|nie_zdazyli|"
        r"nie_znalezli|most\w*|dach\w*|pieter|pietra|balkon\w*|blok\w*|okn\w*|gardlo|zyly|"
        r"szyje|tetnic\w*|nadgarstki|pasek|sznur\w*|lina|hak\w*|zyrandol\w*|rur\w*|kabel|"
        r"noz\w*|zyletk\w*|zrobie|to zrobie|tory|pociag\w*)\b",
        unless=rf"{_ILLNESS}|\b(?:do jedzenia|jesc|obiad\w*|kolacj\w*|sniadani\w*|herbat\w*|"
        r"kaw\w*|paznok\w*|fryzur\w*|tatuaz\w*|dobrego|milego|ladnego|przyjemnego|zakup\w*|"
        r"prezent\w*|widok\w*|zdjec\w*|lekcj\w*|lekarz\w*|dawk\w*|wody|remont\w*|wesel\w*|"
        r"slub\w*|urlop\w*|wakacj\w*|impreza\w*|imprez\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:nagralam|nagralem|napisalam|napisalem|zostawilam|zostawilem) "
        r"(?:[\w,]+ ){0,3}?(?:filmik|film|nagranie|list|liscik|wiadomosc|kartke|listy) "
        r"(?:[\w,]+ ){0,3}?(?:zeby|aby|by) (?:\w+ )?(?:zrozumieli|wiedzieli|nie_obwiniali)"
        r"(?: dlaczego)?(?=\s*(?:$|[.,!?;]))|(?:jesli|jezeli|jak|kiedy|gdy) (?:to )?"
        r"(?:czytacie|czytasz|przeczytacie|przeczytasz)(?:,? \w+){0,3}?,? (?:to )?(?:znaczy|"
        r"oznacza),? (?:ze )?(?:\w+ ){0,2}?(?:udalo|mnie (?:juz )?nie_ma|nie_zyje)|"
        r"(?:wszystkim|wam) dziekuje za wszystko(?=\s*(?:$|[.!]|przepraszam|zegnajcie|kocham))|"
        r"nie_(?:smuccie|placzcie|placz|smuc|tesknijcie|rozpaczajcie) (?:sie )?(?:po mnie|"
        r"za mna)|(?:oddajcie|przekazcie|zabierzcie|zaopiekujcie sie) (?:\w+ )?(?:mojego|moja|"
        r"moje|moimi|moim) (?:\w+ )?(?:kota|kotem|psa|psem|krolika|krolikiem|chomika|papuge|"
        r"rybki|zwierzaki|szczura|zolwia)|(?:mojego|moja|moje) (?:\w+ )?(?:kota|psa|krolika|"
        r"chomika|papuge|rybki|zwierzaki|szczura|zolwia) (?:\w+ )?(?:oddajcie|przekazcie|"
        r"zabierzcie)|(?:lzej|lepiej|latwiej|prosciej|spokojniej) (?:\w+ ){0,2}?(?:jak|jesli|"
        r"gdy|kiedy) (?:umre|zgine|sie zabije|mnie zabraknie|mnie nie_bedzie)|"
        r"(?:niedlugo|wkrotce|dzis|zaraz|juz niedlugo) (?:\w+ )?to naprawie|"
        r"(?:odtruwali|odtruli|odtruwano|reanimowali) mnie|plukali mi zoladek|"
        r"mnie ciagnie do (?:zyletki|zyletek|ostrza|ciecia)|(?:mnie|mi) (?:juz )?"
        r"(?:nie_bedzie potrzebn\w*|sie nie_przyda|nie_przyda sie)|"
        r"(?:jutro|niedlugo|wkrotce|dzis|dzisiaj) mnie (?:juz )?nie_bedzie(?=\s*(?:$|[.,!?;])))",
        unless=r"\b(?:wroce|wracam|przyjade|zobaczymy sie|urlop\w*|wyjazd\w*|weekend\w*|"
        r"na chwile|wyrosl\w*|za mal\w*|za duz\w*|przeprowadz\w*|schudl\w*|w pracy|"
        r"na zajeciach|wolne|delegacj\w*|imprez\w*|alkohol\w*|wodk\w*|piw\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:przypalam|przypalalam|przypalilam|parze|oparzam|przypalac) (?:sie|sobie) "
        r"(?:\w+ ){0,2}?(?:zelazkiem|lokowka|prostownica|zapalniczka|papierosem|zapalkami))\b",
        needs=r"\b(?:zasluzylam|zasluzylem|za kare|specjalnie|celowo|zeby poczuc|kiedy czuje|"
        r"nienawidze|ukarac|znowu)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ja )?odchodze[.,]? na zawsze(?=\s*(?:$|[.!]))|(?:dzis|dzisiaj|teraz|"
        r"jutro|w nocy) (?:\w+ )?(?:skacze|skocze)(?=\s*(?:$|[.,!?;]))|(?:siedze|stoje|"
        r"siedzialam|stalam) na (?:parapecie|gzymsie|barierce|krawedzi dachu|krawedzi)|"
        r"(?:napuszczam|napuscilam|napuszcze) (?:\w+ )?(?:wode|wanne|wody)|bezbolesn\w* "
        r"(?:sposob\w*|umrzec|smierc\w*|odejsc)|(?:dzis|dzisiaj|jutro) (?:moj )?ostatni dzien|"
        r"(?:zapisalam|zapisalem) (?:\w+ )?(?:laptop\w*|mieszkani\w*|rzeczy|kota|kotke|psa|"
        r"oszczednosci|wszystko) (?:\w+ )?(?:bratu|siostrze|mamie|przyjaciolce|przyjacielowi|"
        r"corce|synowi|kolezance|rodzicom)|przezylam (?:\w+ )?prob\w*|(?:chec|checi|pragnienie) "
        r"(?:\w+ )?(?:smierci|umrzec|odebrania sobie zycia)|(?:sie zegna|zegna sie)(?= (?:i|a)\b|"
        r"\s*[.,!?;]|\s*$))",
        about_others=True,
        needs=r"(?:okno otwarte|otwarte okno|pietr|w dol|skocz|zyletk|nozyk|tablet|brzytw|"
        r"postanowil|zdecydowal|zegna|zycia|wylaczyl|nie_odbiera|nie_odpisuje|na zawsze|"
        r"napisal|pisze|nie_piszcie|zapisal|odchodze|skacze|bezbolesn|przezylam|smierci|umrzec)",
        unless=r"\b(?:spadochron\w*|bungee|do wody|trampolin\w*|herbat\w*|kaw\w*|ksiazk\w*|"
        r"deszcz\w*|kot\w*|szkol\w*|prac\w*|urlop\w*|wakacj\w*|sesj\w*|promocj\w*|"
        r"wyprzedaz\w*|remont\w*|sprzatani\w*|dworc\w*|lotnisk\w*|z pracy|z firmy|z zespolu|"
        r"nie_mam|zero|zapisalabym|zapisalbym|myje okna)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:zrobilam|zrobilem|robilam|robilem) sobie krzywde)(?=\s*(?:$|[.,!?;]))",
        unless=rf"{_CUT_ACCIDENT}|\b(?:upadl\w*|poslizg\w*|przewrocil\w*|potknel\w*|"
        r"trening\w*|silowni\w*|rower\w*)\b",
    ),
    # ---- SELF_HARM -------------------------------------------------------------------
    rule(
        H,
        r"\b(?P<core>samookalecz\w*|(?:okaleczam|okalecza|okaleczalam|okaleczala|okaleczylam|okaleczac|kalecze|"
        r"kaleczylam|kaleczyc) sie|sie (?:okaleczam|okaleczac|kalecze|kaleczyc|okaleczylam)|"
        r"(?:do|od|po|robie|robic|robilam|robilem|robi|nawrot\w*|bez|przez|ze|wrocilam do|"
        r"wrocilem do|czysta od|czysty od|blizny po|slady po) sh\b|\bsh (?:od|juz|znowu|"
        r"przez|po) (?:\w+ )?(?:\d+|dni|tygodni|miesiecy|roku|lat|latach|pol)|\bsh (?:znowu|znow|"
        r"dzisiaj|dzis|wczoraj)(?=\s*(?:$|[.,!?;])))",
        about_others=True,
        unless=r"\b(?:profilaktyk\w*|prewencj\w*|wyklad\w*|badani\w*|szkoleni\w*|ptaki|"
        r"zwierzat\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:tne|tniesz|tnie|tniemy|tna|cieli|ciac|cielam|cialem|ciela|cial|pocielam|pocialem|"
        r"pociela|pocial|pociac|pocne|pociachalam|pociachalem|pociachac|ciachac|ciacham|"
        r"ciachalam|ciachnelam|ciachnalem|nacielam|nacinam|tnac) sie|sie (?:tne|tnie|ciac|cielam|"
        r"cialem|ciela|cial|pocielam|pocialem|pociela|pociac|pocne|ciacham|ciachac|"
        r"pociachalam|ciachnelam|nacinam))\b(?! (?:z|ze|o) (?!siebie\b))",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:kabel\w*|drukark\w*|komputer\w*|program\w*|gr[ay]\w*|"
        r"wyraz\w*|slow\w*|zdani\w*|w polowie|glos\w*|mow\w*|zamek|zamka|suwak\w*|"
        r"material\w*|tkanin\w*)\b",
    ),
    rule(
        H,
        rf"\b(?P<core>(?:tne|ciac|cielam|cialem|ciela|tnie|pocielam|pocialem|pociac|pociela|"
        rf"ciacham|ciachalam|drapie|drapalam|rozdrapuje|rozdrapalam|kalecze|przypalam|"
        rf"przypalilam|przypalac|przypalalam|parze|oparzylam) (?:sobie )?{_BODY}|(?:sobie )?"
        rf"{_BODY} (?:sobie )?(?:tne|ciac|cielam|pocielam|pociac|ciacham))\b",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:przypalam|przypalilam|przypalac|przypalalam|parze|oparzylam|"
        r"wypalam) (?:sie|sobie) (?:\w+ ){0,3}?(?:papierosem|zapalniczka|fajkiem|pet\w*|"
        r"specjalnie|celowo|za kare)|(?:gasze|gasilam|zgasilam|zgasze) (?:\w+ )?(?:papierosy|papierosa|"
        r"peta|pety|fajki|fajke) (?:\w+ )?(?:na|o) (?:sobie|rece|rekach|skorze|ramieniu|udzie|"
        r"dloni|nadgarstku|nadgarstkach|przedramieniu|reku|nodze|brzuchu|udach)|(?:przypalam|przypalalam) sie)\b",
        unless=r"\b(?:piekarnik\w*|garnk\w*|patelni\w*|zelazk\w*|czajnik\w*|wrzat\w*|"
        r"prostownic\w*|lokowk\w*|slonc\w*|opalal\w*|kuchenk\w*|zupa|zupy|obiad\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:bije|bilam|bilem|uderzam|uderzalam|wale|walilam|tluke) sie "
        r"(?:\w+ ){0,2}?(?:po (?:twarzy|glowie|udach|rekach|nogach|brzuchu|policzkach)|piescia|"
        r"piesciami|w (?:twarz|glowe|brzuch)|do krwi|do siniakow|az)|(?:uderzam|wale|walilam|"
        r"walnelam|tluke|tluklam) (?:\w+ )?(?:piescia|piesciami|reka|rekami) (?:w|o) (?:sciane|"
        r"mur|biurko|lustro) (?:\w+ )?(?:do krwi|az|do bolu)|(?:uderzam|wale|"
        r"walilam|tluke|tluklam) (?:\w+ )?glowa (?:o|w) (?:sciane|mur|podloge|biurko|stol) "
        r"(?:\w+ )?(?:az|do|kiedy|jak|gdy)|(?:drapie|drapalam|podrapalam|podrapalem|zadrapalam|rozdrapuje|rozdrapalam|"
        r"gryze|gryzlam|szczypie|szczypalam|skubie|rozdrapywalam|wydrapuje|wydrapalam) "
        r"(?:\w+ ){0,3}?(?:do krwi|do siniakow|az do krwi|az leci krew)|do krwi (?:sie )?"
        r"(?:drapie|drapalam|rozdrapuje|gryze))",
        about_others=True,
        unless=r"\b(?:komar\w*|ugryzi\w*|swedz\w*|egzem\w*|atopow\w*|alergi\w*|ospa|ospy|"
        r"wysypk\w*|pokrzyw\w*|kot\w*|pies|psa|obgryzam paznokcie|paznokc\w*|skorki)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:glodze|glodzilam|glodzilem|glodzic|zaglodzic|zaglodze) sie|"
        r"sie glodze|(?:nie_jem|nie_jadlam|nie_jadlem) (?:[\w,]+ ){0,4}?(?:za kare|bo nie_zasluguje|"
        r"zeby sie ukarac)|(?:karze|karalam|ukaralam|ukarac) sie (?:\w+ ){0,2}?(?:glodem|"
        r"niejedzeniem|bolem|zyletk\w*|cieciem|przypalaniem|biciem)|(?:chce|musze|powinnam) "
        r"(?:\w+ )?(?:sie )?ukarac (?:\w+ )?(?:bolem|cieciem|zyletk\w*))\b",
        unless=r"\b(?:diet\w*|post\w*|badani\w*|operacj\w*|odchudz\w*|schudn\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:karze|karalam|ukaralam|ukarac|karac) sie|(?:bije|bilam|bilem|tluke|"
        r"tluklam) sie(?=\s*(?:$|[.,!?;]|kiedy|gdy|jak\b|bo\b|piescia|piesciami|az\b|do\b)))",
        needs=r"\b(?:nie_jem|nie_jadlam|glod\w*|jedzeni\w*|bol\w*|zyletk\w*|tne|ciac\w*|"
        r"przypala\w*|drapi\w*|zla na siebie|zly na siebie|nienawidze siebie|siebie|sobie)\b",
        unless=r"\b(?:z bratem|z siostra|z kolegami|z nim|z nia|na treningu|boks\w*|w piersi)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:chce|mam ochote|ochota|ciagnie mnie|kusi mnie|mysle|mysli|"
        r"mam chec|chec|strasznie chce|znow chce|znowu chce|mam straszna ochote|potrzebuje) "
        r"(?:\w+ ){0,2}?(?:sie (?:pociac|ciac|ciachnac|okaleczyc|przypalic)|(?:pociac|ciac|"
        r"ciachnac|okaleczyc|przypalic) sie|do zyletki|do zyletek|do ostrza|zrobic sobie "
        r"krzywde|sobie zrobic krzywde|zrobic sobie bol|sprawic sobie bol|sie skrzywdzic|"
        r"skrzywdzic sie))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:robie|robilam|robilem|zrobilam|zrobilem) sobie krzywde(?= (?:\w+ )?"
        r"(?:specjalnie|celowo|znowu|znow|nozem|zyletka|kiedy|jak|gdy|bo))|(?:robie|robi) "
        r"sobie krzywde(?=\s*(?:$|[.,!?;]))|(?:zrobie|zrobic) sobie krzywde(?= (?:\w+ )?"
        r"(?:specjalnie|celowo|dzis|dzisiaj|w nocy|zyletka|nozem)))\b",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:[0-9]+|rok|dwa|trzy|cztery|piec|pol roku|kilka|pare|miesiac|tydzien) "
        r"(?:\w+ )?(?:dni|tygodni|tygodnie|miesiecy|miesiace|lat|lata|roku)? ?sie nie_(?:tne|cielam|"
        r"cialem|ciachalam|okaleczam|okaleczalam|krzywdzilam)|sie nie_(?:tne|cielam|cialem|"
        r"ciachalam) (?:od|przez)\b|nie_(?:tne|cielam|cialem|robie|robilam|robilem|ciacham|okaleczam|kalecze|"
        r"przypalam) (?:sie|sh|sobie (?:krzywdy|\w+))(?: \w+){0,2}? od\b|(?:czysta|czysty) "
        r"(?:juz )?(?:od )?(?:\d+|kilku|paru|pol|roku|miesiaca|tygodnia) (?:\w+ )?(?:dni|"
        r"tygodni|miesiecy|lat|roku|miesiaca)? ?(?:bez|od) (?:sh|ciecia|samookalecz\w*|"
        r"zyletki|krzywdzenia)|(?:[0-9]+|kilka|pare|pol) (?:\w+ )?(?:dni|tygodni|miesiecy|"
        r"lat|roku) (?:\w+ )?(?:bez|od) (?:sh|ciecia|samookalecz\w*|zyletki|krzywdzenia "
        r"sie)|(?:przestalam|przestalem|rzucilam) sie ciac)\b",
        negatable=False,
        # Recovery said as reassurance ("spokojnie, nie tne sie od lat, jest dobrze").
        unless=r"\b(?:spokojnie|jest (?:dobrze|ok|okej|w porzadku)|wszystko (?:ok|dobrze|gra)|"
        r"nie_martw sie|nie_martwcie sie)\b(?! ale)",
    ),
    rule(
        H,
        r"\b(?P<core>(?:blizny|blizn|bliznami|rany|ran|ranki|ciecia|naciecia|kreski|slady "
        r"po cieciu|swieze slady|strupy) (?:\w+ ){0,2}?na (?:moich |swoich |jej |jego )?"
        r"(?:nadgarstkach|nadgarstku|rekach|rece|udach|udzie|przedramionach|przedramieniu|"
        r"brzuchu|nogach|ramionach|biodrach)|swieze (?:ciecia|rany|naciecia|blizny)|"
        r"(?:ukrywam|chowam|zakrywam|zaslaniam|ukrywalam) (?:\w+ ){0,1}?(?:blizny|rany|ciecia|"
        r"rece pod|nadgarstki)|(?:wyjelam|wyjalem|wyjac|wyciagnelam|wyciagnalem|kupilam|"
        r"schowalam|trzymam|chowam|mam przy sobie|mam) (?:\w+ ){0,2}?zyletk\w*|zyletk\w* "
        r"(?:\w+ ){0,2}?(?:z|ze|od) temperowk\w*|(?:rozkrecilam|rozkrecam|rozkrecilem|"
        r"rozebralam|rozmontowalam) (?:\w+ )?temperowk\w*)\b",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:goleni\w*|ogol\w*|maszynk\w*|wypadk\w*|operacj\w*|"
        r"dziecinstw\w*|ospy|tradzik\w*|bojk\w*|pogryz\w*)\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:rece|reka|uda|udo|nadgarstki|nadgarstek|nogi|przedramiona|"
        r"przedramie|brzuch|skora) (?:\w+ ){0,2}?w (?:swiezych )?(?:kreskach|bliznach|cieciach|"
        r"ranach|strupach|naciecia\w*|oparzeniach))\b",
        about_others=True,
        unless=rf"{_CUT_ACCIDENT}|\b(?:operacj\w*|wypadk\w*|dziecinstw\w*|ospy|tradzik\w*|"
        r"bojk\w*|pogryz\w*|komar\w*)\b",
    ),
)

# Round 3: families found missing on a fresh round written before reading these rules
# (calm plans and means, goodbyes, relapses, burden, sexual violence, a child at risk).
_CHILD = (
    r"\b(?:dzieck\w*|dzieci|dzieciak\w*|mal(?:y|ego|emu|a|ej|ych)|maluch\w*|niemowl\w*|synek|"
    r"synka|coreczk\w*|bobas\w*|chlopiec|chlopca|dziewczynk\w*|brat\w*|siostr\w*|"
    r"corke|corka|syna)\b"
)
_ROUND3: tuple[Rule, ...] = (
    # ---- DANGER ----------------------------------------------------------------------
    rule(
        D,
        r"\b(?P<core>(?:zepchnal|zepchnela|zepchneli|wypchnal|wypchnela|zrzucil|zrzucila) "
        r"(?:\w+ )?mnie (?:\w+ )?(?:ze schodow|z balkonu|z samochodu|z auta|na ziemie|na podloge|"
        r"na sciane|na szafke)|mnie (?:\w+ )?(?:zepchnal|zepchnela|zepchneli|wypchnal|wypchnela)"
        r" (?:\w+ )?(?:ze schodow|z balkonu|z samochodu|z auta))\b",
        unless=_PLAY,
    ),
    rule(
        D,
        r"\b(?P<core>(?:bierze|wzial|wziela|bral|bral|brali|wzieli|wykorzystuje|wykorzystal) "
        r"mnie (?:\w+ ){0,2}?(?:na sile|sila|wbrew mojej woli)(?! (?:na|do|w|ze soba|z)\b)|(?:obmacywal\w*|obmacuje|"
        r"obmacal\w*|obmacywali|obmacywac)|(?:macal|maca|macali|dotykal|dotyka|dotykali) mnie "
        r"(?:\w+ ){0,2}?(?:wbrew|na sile|po (?:piersiach|tylku|udach|krotku)|pod (?:bluzka|"
        r"spodnica|koszulka|ubraniem))|przyparl\w* mnie do (?:sciany|muru|drzwi|samochodu))\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:zmusil|zmusila|zmusza|zmuszal|zmuszali|zmusili|przymusil|przymusila|"
        r"wymusil) mnie(?! do (?:nauki|jedzenia|sprzatania|pracy|wyjscia|biegania|treningu|"
        r"zakupow|lekcji|wizyty|kupna|zaplaty|placenia|przeprosin|odrabiania)))\b",
        needs=r"\b(?:mowilam nie\w*|mowilam,? (?:ze )?nie\w*|powiedzialam nie\w*|krzyczalam|"
        r"plakalam|prosilam|nie_chcialam|nie_chcialem|seks\w*|lozk\w*|sil[ae]|pijan\w*|spalam|"
        r"rozebr\w*|rozbier\w*|gwalt\w*|wspolzy\w*)\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>wykorzyst(?:al|ala|ali|alo|ywal|ywali|uje|uja) mnie(?! (?:\w+ )?"
        r"(?:finansowo|emocjonalnie|w pracy|jako|do)))\b",
        needs=r"\b(?:pijan\w*|spalam|nieprzytomn\w*|nic nie_\w+|imprez\w*|seks\w*|drink\w*|"
        r"dosypal\w*|lozk\w*|rozebr\w*|sil[ae]|kolesi|dwoch|gwalt\w*|nie_kumalam|nie_pamietam)\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:nagie|intymne|rozbierane|nagich|intymnych) (?:\w+ )?(?:zdjecia|zdjec|"
        r"fotki|fotek|foty|fot|nagrania|nagran|filmiki|filmy|wideo))\b",
        needs=r"\b(?:pokazuje|pokazal\w*|wysyla|wyslal\w*|rozsyla|rozeslal\w*|wrzucil\w*|wrzuci|"
        r"udostepni\w*|spalam|bez (?:mojej )?zgody|potajemnie|ukradkiem|kumpl\w*|koleg\w*|"
        r"znajom\w*|grozi|szantaz\w*|rozesle|internet\w*)\b",
        about_others=True,
        unless=r"\b(?:celebryt\w*|gwiazd\w*|aktork\w*|aktor\w*|modelk\w*|wyciek\w*|piosenkark\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:kaze|kazal|kazala|kazali|kaza) mi (?:sie )?(?:rozbierac|rozebrac|"
        r"zdjac (?:majtki|ubranie|ubrania|spodnie|koszulke|bluzke)|dotykac|dotknac|pokazac sie|"
        r"siadac mu|usiasc mu|calowac))\b",
        needs=rf"\b{_ADULT}\b|\b\d+ lat\b|\b(?:nikt nie_widzi|sekret\w*|nikomu)\b",
        unless=r"\b(?:kapiel\w*|kapac|lekarz\w*|lekarka|badani\w*|basen\w*|przebier\w*|pizam\w*|"
        r"prysznic\w*|przymierzal\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:go|ja|je|ich) (?:bije|bila|bil|bija|leje|lala|lal|tlucze|katuje|kopie|"
        r"szarpie|zamyka|zamykala|przypala|glodzi)|(?:zostawia|zostawiala|zostawil|zostawila|"
        r"zostawiaja) (?:\w+ ){0,2}?(?:samego|sama|same|samych|bez jedzenia) (?:\w+ )?na (?:cale "
        r"dnie|caly dzien|cala noc|noc|kilka dni|pare dni|weekend|cale noce))\b",
        needs=_CHILD,
        about_others=True,
        unless=rf"{_PLAY}|\bw (?:fife|fifie|gre|grze|szachy|karty|pilke|warcaby)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:przypala|przypalal\w*|przypalila|parzy|oparzyl\w*|gasi|gasil\w*|zgasil\w*|"
        r"pali) mnie (?:\w+ )?(?:papierosem|papierosami|zapalniczk\w+|zelazkiem|wrzatkiem|"
        r"lokowk\w+)|gasi (?:na mnie|o mnie|na mojej \w+) papieros\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:jest|byl|byla|bywa|sa|byli|zostal|zostala|zostali) (?:\w+ )?(?:bit[aey]?|"
        r"pobit[aey]?|maltretowan\w*|molestowan\w*|wykorzystywan\w*|katowan\w*|dotykan\w*|"
        r"zamykan\w*|glodzon\w*)|siniak\w*\b(?:\W+\w+){0,8}?\W+(?:mowi,? ze to|to (?:on|ona|tata|"
        r"ojciec|ojczym|dziadek|wujek|mama|matka|brat|sasiad)\b|ktos (?:go|ja|je) bije|od bicia))\b",
        needs=rf"{_CHILD}|\b(?:\d+ lat|\d+-letn\w*)\b",
        about_others=True,
        unless=rf"{_PLAY}|\bw (?:fife|fifie|gre|grze)\b|\b(?:mecz|meczu|treningu|pilk\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:wiadomosci|zdjecia|filmiki|teksty|rozmowy|propozycje|wiadomosc) (?:\w+ )?"
        r"(?:o seksie|erotyczn\w*|seksualn\w*|sprosn\w*|rozbieran\w*|nago|porno\w*)|prosi "
        r"(?:mnie )?o (?:nagie |rozbierane )?(?:zdjecia|fotki|nagrania)(?: (?:nago|bez ubrania|w "
        r"bieliznie|bez koszulki|bez stanika)))\b",
        needs=rf"\b{_ADULT}\b|\b(?:\d+ lat|nikomu|sekret\w*|obcy|nieznajom\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:obudzilam sie|obudzilem sie|ocknelam sie|ocknelem sie) (?:\w+ ){0,3}?"
        r"(?:naga|nagi|bez ubrania|bez majtek|rozebran[aey]|w obcym lozku|w obcym mieszkaniu)|"
        r"dal\w* mi (?:cos|jakis|jakies|jakas) (?:\w+ ){0,2}?(?:do picia|drinka|tabletk\w*|"
        r"proszek)(?:\W+\w+){0,8}?\W+(?:nie_pamietam|obudzilam|urwal|nic nie_))",
        needs=r"\b(?:pamietam|picia|pilam|pilem|drink\w*|dosypal\w*|imprez\w*|on|oni|koles\w*|"
        r"nie_pamietam|nic nie_\w+|urwal)\b",
        unless=r"\b(?:upal\w*|goraco|lato|latem|spie nago)\b",
    ),
    rule(
        D,
        r"\b(?P<core>chce (?:sie )?(?:spotkac|zobaczyc|widziec)(?: sie)? (?:\w+ ){0,2}?(?:w "
        r"tajemnicy|potajemnie|bez wiedzy rodzicow|zebym nikomu))\b",
        needs=rf"\b{_ADULT}\b|\b(?:\d+ lat|\d+ letni\w*|\d+-letni\w*|dorosl\w*|starszy|obcy|"
        r"nieznajom\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>robi(?:l|la|a)? mi (?:\w+ )?(?:brzydkie|dziwne|zle|niedobre|obrzydliwe|"
        r"nieprzyjemne) rzeczy|robi(?:l|la)? mi rzeczy,? (?:ktorych|ktore) nie_chce)\b",
        needs=rf"\b{_ADULT}\b|\b(?:\d+ lat|w nocy|sekret\w*|nikomu)\b",
    ),
    # ---- SUICIDE ---------------------------------------------------------------------
    rule(
        S,
        r"\b(?P<core>(?:najchetniej|chetnie|juz dawno|najlepiej|najprosciej|w koncu) (?:bym )?"
        r"(?:sie )?(?:[\w]+ ){0,3}?(?:zabila|zabil|powiesila|powiesil|otrula|otrul|utopila|"
        r"utopil|zabilabym|zabilbym)(?: sie)?)\b",
        negatable=False,
        unless=r"\b(?:ze smiechu|go|ja|ich|szefa|brata|siostre|komara|muche|czas)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?<!nie_mam )(?<!nie_miewam )(?<!zadnych )(?<!nie_mialam )(?:mysli|mysl|"
        r"myslenie|myslami|mysle|myslalam|myslalem) (?:\w+ )?o (?:zabiciu sie|odebraniu sobie "
        r"zycia|skonczeniu ze soba|powieszeniu sie|otruciu sie|skoku z|rzuceniu sie pod))\b",
        about_others=True,
        unless=r"\b(?:nie_mam (?:\w+ )?mysli|nigdy nie_mialam|nie_miewam)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:mysle|myslalam|myslalem|chce|chcialabym|chcialbym|mam ochote|kusi mnie|"
        r"zastanawiam sie)(?:,)? (?:zeby |aby |czy |jak )?(?:to |je |wszystkie |to wszystko |"
        r"wszystko |cale )(?:\w+ )?(?:wziac|polknac|lyknac|wypic|zazyc|wsypac)|wszystk\w+ "
        r"(?:\w+ )?(?:naraz|na raz|za jednym razem))\b",
        needs=rf"\b{_PILLS}\b|\bmorfin\w*|\bzapas\w*",
        unless=_ILLNESS,
    ),
    rule(
        S,
        r"\b(?P<core>(?:nosze|trzymam|schowalam|schowalem|chowam|ukrywam|ukrylam|ukrylem|kupilam"
        r"|kupilem|mam) (?:\w+ ){0,3}?sznur\b|sznur\b (?:\w+ ){0,3}?(?:w plecaku|pod lozkiem|w "
        r"szafie|w piwnicy|w garazu|w szufladzie|w bagazniku)|sznur\w*\b(?:\W+\w+){0,10}?\W+"
        r"(?:belk\w+|hak\w*|galez\w*|zyrandol\w*)|(?:belk\w+|hak)\b(?:\W+\w+){0,10}?\W+sznur)\b",
        unless=r"\b(?:holow\w*|prani\w*|bielizn\w*|namiot\w*|lodz\w*|wspinacz\w*|hustawk\w*|"
        r"skakank\w*|psa|smycz\w*|kajak\w*|zagl\w*|przeprowadzk\w*|paczk\w*|bagaz\w*|worek "
        r"treningow\w*|boks\w*|drewn\w*|choink\w*|lamp\w*|ozdob\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:przy torach|na torach|na tory|tory|torowisko)\b(?:\W+\w+){0,8}?\W+"
        r"(?:nikt nie_(?:chodzi|bywa|widzi|zobaczy|pilnuje|przychodzi|zauwazy)|nikogo (?:tam )?nie_ma)|"
        r"(?:nikt nie_(?:chodzi|bywa|widzi|zobaczy|pilnuje|przychodzi|zauwazy)|nikogo (?:tam )?"
        r"nie_ma)\b(?:\W+\w+){0,8}?"
        r"\W+(?:przy torach|na torach|torowisk\w*))\b",
        needs=r"\b(?:pociag\w*|towarow\w*|ekspres\w*|jedzie|przejezdza|pendolino|intercity)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:jade|pojade|ide|pojde|wejde|pojechac|isc) (?:\w+ ){0,3}?(?:nad jezioro|"
        r"nad rzeke|nad morze|do lasu|na most|na dach|do wody|nad wode|na tory|na klif|w gory) "
        r"(?:\w+ ){0,2}?i (?:juz )?nie_(?:wracam|wroce)(?! (?:do|przed|az|na|dopoki|przez|"
        r"wczesniej|niz|bo)\b))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:we?|w) (?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele) "
        r"to zrobie|(?:jutro|dzis|dzisiaj|w nocy|dzis w nocy|wieczorem) to zrobie)(?=\s*(?:$|[.!]))",
        needs=r"\b(?:usunel\w*|usunal\w*|oddal\w*|rozdal\w*|pozegnal\w*|list\w*|zdecydowal\w*|"
        r"postanowil\w*|gotow\w*|plan\w*|testament\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>wiem (?:juz )?(?:dokladnie )?(?:gdzie|jak|kiedy),? (?:i|a) (?:kiedy|jak|"
        r"gdzie)(?=\s*(?:$|[.,!?;])))",
        needs=r"\b(?:plan\w*|zrobie|to zrobic|postanowil\w*|zdecydowal\w*|czekam tylko|koniec)\b",
        unless=r"\b(?:imprez\w*|urodzin\w*|wesel\w*|koncert\w*|spotkani\w*|wyjazd\w*|wakacj\w*|"
        r"egzamin\w*|prac\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>nikt mnie (?:\w+ )?nie_(?:znajdzie|znajdzie szybko|bedzie szukal\w*|zdazy)"
        r"(?: (?:szybko|od razu|predko|w pore|na czas|przez (?:dlugi czas|kilka dni|pare dni)))?"
        r"|nikt mnie (?:szybko|od razu|predko|w pore|na czas) nie_znajdzie)\b",
        negatable=False,
        needs=r"\b(?:szybko|od razu|predko|w pore|na czas|przez (?:dlugi czas|kilka dni|pare dni)"
        r"|miejsce|las\w*|most\w*|dach\w*)\b",
        unless=r"\b(?:chowany|chowanego|wakacj\w*|urlop\w*|odpoczyn\w*|spokoj\w* od pracy|tlum\w*|"
        r"koncert\w*|imprez\w*|festiwal\w*|galeri\w*|centrum)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:za )?to,? co (?:zaraz |dzis |dzisiaj |jutro |w nocy )?(?:zrobie|mam "
        r"zamiar zrobic|chce zrobic|postanowilam zrobic|postanowilem zrobic))\b(?! (?:z|ze|w|na|do|dla|"
        r"twoim|twoja|twoje|twojemu|jego|jej)\b)",
        negatable=False,
        needs=r"\b(?:przepras\w*|wybacz\w*|kocham|nie_twoja wina|nie_wasza wina|zegnaj\w*|"
        r"nie_obwiniaj\w*)\b",
        unless=r"\b(?:niespodzian\w*|prezent\w*|impreza|tort\w*|haha\w*|xd+)\b",
    ),
    rule(
        S,
        r"\b(?P<core>nie_(?:bedziesz|bedziecie|musisz|musicie) (?:\w+ )?(?:musial\w* )?(?:sie )?"
        r"(?:juz )?(?:o mnie )?martwic(?: sie)?(?: o mnie)?)\b",
        negatable=False,
        needs=r"\b(?:dzieki|dziekuje|kocham|zegnaj\w*|przepras\w*|wybacz\w*|na zawsze|o mnie)\b",
        unless=r"\b(?:prac\w*|mieszkani\w*|prawo jazdy|wyprowadz\w*|pieniadz\w*|kas\w*|"
        r"wyzdrowial\w*|operacj\w*|egzamin\w*|zdal\w*|rachunk\w*|czynsz\w*|odbior\w*|podwoz\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:blisko|o krok od|prawie|o maly wlos od) (?:\w+ )?(?:trzeciej|drugiej|"
        r"czwartej|kolejnej|nastepnej)(?: proby)?)\b",
        needs=r"\bprob\w*\b",
        unless=r"\b(?:egzamin\w*|prawo jazdy|prawka|matur\w*|rekrutac\w*|gr[aezy]|poziom\w*|"
        r"rekord\w*|skok\w* (?:w dal|wzwyz)|podejsci\w*|maraton\w*|bieg\w*|zawod\w*|trening\w*|"
        r"konkurs\w*|turniej\w*|mecz\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>bez mnie (?:\w+ ){0,3}?(?:mial\w*by|bylo\w*by|byl\w*by|zyl\w*by|by mial\w*|by "
        r"bylo|by zyl\w*) (?:\w+ ){0,2}?(?:latwiej\w*|lepiej|lepsze|spokojniej\w*|szczesliw\w*|"
        r"lzej)|(?:lepiej|latwiej|lzej|spokojniej|szczesliwsi|szczesliwsza|szczesliwszy)(?:,? "
        r"[\w]+){0,5},? (?:bez mnie|beze mnie)(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        unless=r"\b(?:imprez\w*|wyjazd\w*|druzyn\w*|zespol\w*|mecz\w*|projekt\w*|grup\w*|"
        r"wycieczk\w*|spotkani\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:gdybym|jakbym|jesli|jezeli|kiedy) (?:\w+ )?(?:umarla|umarl|(?:zniknela|"
        r"zniknal)(?! (?:na|do|z|ze|w|od)\b)|sie zabila|sie zabil|nie_zyla|nie_zyl|nie_istniala|"
        r"nie_istnial|odeszla na zawsze|odszedl na zawsze))\b",
        negatable=False,
        needs=r"\b(?:odetchn\w*|lepiej|latwiej|lzej|spokojniej|ulg\w*|ulzy\w*|nikt by|nikt nie_\w+|"
        r"szczesliw\w*|nikogo)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wegiel|wegla|wegiel drzewny|grill\w*)\b(?:\W+\w+){0,8}?\W+(?:uszczelnil\w*|"
        r"uszczelni\w*|zakleil\w*|zakleje|zaklejam|tasm\w*)|(?:uszczelnil\w*|uszczelni\w*|"
        r"zakleil\w*)\b(?:\W+\w+){0,8}?\W+(?:wegiel|wegla|grill\w*))\b",
        unless=r"\b(?:kielbas\w*|ogrod\w*|dzialk\w*|piknik\w*|majowk\w*|balkon\w*|remont\w*|zim\w*|"
        r"okna|okien|piec\w*|ogrzewani\w*|kominek\w*|kominka|sezon\w*|kotl\w*)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>(?:[1-9]\d+|kilkadziesiat|sto|dwiescie) (?:\w+ )?{_PILLS})",
        needs=r"\b(?:licze|liczylam|liczylem|przeliczam|schowan\w*|chowam|ukrywam|zbieram|"
        r"odkladam|chomikuj\w*|w szufladzie|pod lozkiem|zapas\w*|na wszelki wypadek)\b",
        unless=_ILLNESS,
    ),
    rule(
        S,
        r"\b(?P<core>przepraszam (?:was |cie )?za (?:caly |wszystek |wszystkie |te |ten )?(?:bol|"
        r"klopoty|problemy|cierpienie|zlo|wszystko|krzywdy))\b",
        negatable=False,
        needs=r"\b(?:(?:teraz juz|juz|to) koniec(?=\s*(?:$|[.!]))|zegnaj\w*|na zawsze|ostatni raz|"
        r"nie_bedzie mnie|nie_bede|juz mnie nie_bedzie|nie_szukajcie)\b",
    ),
    rule(
        S,
        r"\b(?P<core>nie_chce (?:juz )?(?:tu|tutaj) byc(?: (?:juz|wiecej))?(?=\s*(?:$|[.!]))|(?:jutro|"
        r"dzis w nocy|oby|moze|i tak) (?:\w+ )?(?:sie nie_obudze|nie_obudze sie)(?=\s*(?:$|[.,!?;]|"
        r"juz|wiecej)))",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>naladowan\w+ (?:\w+ )?(?:strzelb\w+|pistolet\w*|bron\w*|rewolwer\w*)|(?:strzelb\w+|"
        r"pistolet\w*|rewolwer\w*) (?:\w+ ){0,3}?naladowan\w+|(?:zamowilam|zamowilem|kupilam|kupilem|"
        r"zdobylam|zdobylem|mam) (?:\w+ ){0,2}?(?:trucizn\w+|cyjan\w*|arszenik\w*|strychnin\w*|"
        r"azotyn\w*)|(?:usunelam|usunalem|skasowalam|skasowalem|zamknelam) (?:\w+ ){0,2}?(?:sociale|"
        r"konta|profile|social media|insta\w*|fb|facebook\w*)\b(?:\W+\w+){0,6}?\W+(?:przeprosil\w*|"
        r"pozegnal\w*|oddal\w*|rozdal\w*))",
        unless=r"\b(?:polowan\w*|mysliw\w*|strzelnic\w*|policj\w*|sluzb\w*|paintball\w*|asg|"
        r"szczur\w*|myszy|mrowk\w*|slimak\w*|karaluch\w*|owad\w*|kret\w*|nowy telefon|nowy start|"
        r"z pracy|detoks\w*|przeprowadz\w*|wyjazd\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:(?:w|we) (?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele)|"
        r"jutro|dzis|dzisiaj|w nocy) (?:\w+ )?(?:skacze|skocze|sie zabije|zabije sie|sie powiesze|"
        r"powiesze sie))(?=\s*(?:$|[.,!?;]))",
        needs=r"\b(?:postanowil\w*|zdecydowal\w*|plan\w*|wszystko|koniec|most\w*|dach\w*|okn\w*|"
        r"pieter\w*|pietr\w*)\b",
    ),
    rule(
        D,
        r"\b(?P<core>(?:onanizowal|onanizuje|masturbowal|masturbuje|zabawial) sie (?:\w+ )?(?:przy "
        r"mnie|przede mna|patrzac na mnie)|pokazal mi (?:swojego |swoje )?(?:penisa|genitalia|"
        r"przyrodzenie|chuja)|obnazyl sie|(?:zdjeci\w*|fotk\w*|foty|nagrani\w*) (?:swojego |jego )?"
        r"(?:penisa|chuja|kutasa|przyrodzenia|genitali\w*))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:boje sie|obawiam sie|martwie sie),? ze (?:\w+ ){0,2}?(?:cos sobie zrobi|"
        r"zrobi sobie krzywde|sie zabije|sie potnie|skonczy ze soba|sobie cos zrobi)(?! (?:w|na|z|ze|"
        r"przy|podczas)\b)|nie_da (?:juz )?rady (?:dluzej )?zyc(?=\s*(?:$|[.,!?;]|juz))|to (?:juz )?ostatni raz,? (?:jak|kiedy|gdy) (?:piszemy|rozmawiamy|sie "
        r"widzimy|do was pisze|do ciebie pisze|mnie widzicie|sie slyszymy)(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        about_others=True,
    ),
    rule(
        H,
        r"\b(?P<core>(?:mowi|mowila|mowil|powiedziala|powiedzial|napisala|napisal|pisze|grozi)(?:,)?"
        r" (?:ze )?(?:\w+ )?(?:sie potnie|potnie sie|sie okaleczy|zrobi sobie krzywde))\b",
        about_others=True,
    ),
    rule(
        S,
        rf"\b(?P<core>{_PILLS} (?:\w+ )?(?:przygotowane|przygotowan\w*|gotowe|policzone|odliczone|"
        r"wysypane|poukladane|naszykowane))\b",
        unless=rf"{_ILLNESS}|\b(?:tydzien|tygodni\w*|podroz\w*|wyjazd\w*|babci|dziadk\w*|mamy|taty|"
        r"pojemnik\w*|organizer\w*|kot\w*|psa|weterynarz\w*|kuracj\w*|pacjent\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:ide|pojde|wejde|jade|wchodze|pojade) (?:\w+ )?(?:na dach|na most|na wiadukt|"
        r"na klif|na tory|na skale|na ostatnie pietro) (?:\w+ ){0,2}?i (?:skacze|skocze|sie rzuce|"
        r"rzucam sie|koniec|sie puszcze)(?! (?:na|do|z|ze|w)\b)|(?:jutro|dzis w nocy|dzisiaj w "
        r"nocy|niedlugo|wkrotce|za (?:tydzien|pare dni|kilka dni)|juz) (?:juz )?mnie nie_bedzie"
        r"(?=\s*(?:$|[.,!?;]|na tym swiecie|wsrod was|juz|nigdy))|nie_ratujcie mnie|nie_ratuj mnie|"
        r"nie_ma (?:mnie )?po co (?:mnie )?ratowac|(?:lepiej|wolalabym|wolalbym) (?:\w+ )?(?:zebym|"
        r"jakbym|gdybym|bym) (?:sie )?(?:w ogole )?nie_urodzil\w*|szkoda,? ze (?:sie )?(?:w ogole )?"
        r"(?:sie )?urodzil\w*(?=\s*(?:$|[.,!?;])))",
        negatable=False,
        unless=r"\b(?:spadochron\w*|bungee|basen\w*|trampolin\w*|parkour\w*|zdjec\w*|widok\w*|"
        r"w pracy|w szkole|na zajeciach|w domu|na imprezie|na obiedzie|urlop\w*|wyjazd\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wezme|wezmie|lykne|lyknie|polkne|polknie|wypije|lykne) (?:je |to )?"
        r"(?:wszystkie|cale opakowanie|wszystko naraz|wszystko na raz|cala paczke))\b",
        needs=rf"\b{_PILLS}\b|\bopakowan\w*",
        about_others=True,
        unless=rf"{_ILLNESS}|\b(?:wyjazd\w*|podroz\w*|wakacj\w*|urlop\w*|walizk\w*|ze soba|do "
        r"torby|do plecaka|do apteczki)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:wlaczon\w*|uruchomion\w*|pracujac\w*) silnik\w*\b(?:\W+\w+){0,4}?\W+garaz\w*|"
        r"silnik\w* (?:wlaczon\w*|pracuj\w*)\b(?:\W+\w+){0,4}?\W+garaz\w*|(?:pasek|sznur|kabel|"
        r"line|lina|petle|petla) (?:\w+ ){0,2}?(?:na szyi|wokol szyi|na szyje)|prob\w* (?:\w+ )"
        r"{0,2}?(?:ze sznurem|z petla|z paskiem na szyi))\b",
        about_others=True,
        needs=r"\b(?:zamkn\w*|zamkniet\w*|waz\w*|spalin\w*|szczelnie|zaciska\w*|zacisn\w*|"
        r"sprawdz\w*|prob\w*|mocno|sznur\w*|petl\w*)\b",
        unless=r"\b(?:mechanik\w*|rozgrz\w*|nagrzac|zima|zimno|pies|psa|smycz\w*|krawat\w*|"
        r"szalik\w*|naszyjnik\w*|medal\w*)\b",
    ),
    # ---- SELF_HARM -------------------------------------------------------------------
    rule(
        H,
        r"\b(?P<core>(?:zrobie|zrobic) sobie (?:dzis|dzisiaj|w nocy|znowu|znow|zaraz|chyba|w "
        r"koncu|naprawde|cos i) krzywde|(?:zrobie|zrobic) sobie krzywde(?=[ ,]+(?:nie_wytrzymam|"
        r"nie_daje rady|mam dosc|serio|naprawde|bo\b))|(?:znowu|znow|ponownie|dzis|wczoraj|"
        r"nawrot) sh\b|potne sie(?=\s*(?:$|[.,!?;]|dzis|dzisiaj|znowu|znow|w nocy|jak|bo|chyba|"
        r"zaraz|serio|xd)))",
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:siegnelam|siegnalem|siegam|siegne|chwycilam|chwycilem|wzielam|wzialem) "
        r"(?:znowu |znow |ponownie |w koncu )?po (?:zyletk\w+|nozyk\w*|ostrze|temperowk\w+))\b",
        unless=r"\b(?:golen\w*|golic|nogi|pachy|brod\w*|maszynk\w*|kartk\w*|paczk\w*|karton\w*|"
        r"tapet\w*|papier\w*|do (?:papieru|tapet|kartonu))\b",
    ),
    rule(
        H,
        r"\b(?P<core>(?:zaczela|zaczal|zaczyna|wrocila|wrocil|wraca) (?:znowu |znow |ponownie )?"
        r"(?:sie ciac(?! (?:z|ze|o)\b)|ciac sie(?! (?:z|ze|o)\b)|do ciecia(?=\s*(?:$|[.,!?;]|sie|znowu|po))|do sh|sie okaleczac|"
        r"sie przypalac|robic sobie krzywde)|"
        r"(?:znowu|znow|ponownie) zaczela sie ciac(?! (?:z|ze|o)\b))\b",
        about_others=True,
    ),
)

_CHECK_IN: tuple[Rule, ...] = (
    # Round 4: nothing brings joy, nothing good ahead, "jestem nikim", no way out, emptiness.
    rule(
        S,
        r"\b(?P<core>nic (?:mnie |mi )?(?:juz |wiecej )?nie_(?:cieszy|interesuje|bawi|sprawia "
        r"(?:mi )?radosci)(?=\s*(?:$|[.,!?;)]|od|juz|wcale|w ogole))|(?:jestem )?(?:zmeczon\w*|"
        r"zmeczony) (?:tym )?wszystkim(?=\s*(?:$|[.,!?;)]))|nic dobrego (?:\w+ ){0,2}?(?:juz )?"
        r"nie_(?:czeka|spotka|bedzie)|jestem (?:nikim|zerem|nic niewart\w*|bezwartosciow\w*|"
        r"pustym miejscem)(?=\s*(?:$|[.,!?;)]|i\b|dla))|nikt by (?:nawet )?nie_(?:zauwazyl|"
        r"zatesknil|plakal)(?=\s*(?:$|[.,!?;)]))|nie_widze (?:\w+ )?wyjscia(?=\s*(?:$|[.,!?;)]|"
        r"z (?:\w+ ){0,2}?(?:sytuacji|dlug\w*|tego wszystkiego|tego piekla|zycia)))|"
        r"(?:w srodku|w sercu|w duszy|we mnie) (?:\w+ )?pustka|pustka (?:w srodku|w sercu|"
        r"w duszy|we mnie))",
        unless=r"\b(?:parking\w*|budynk\w*|labirynt\w*|gr[aeyz]|pokoj\w*|sal[aiy]|kin\w*|"
        r"lodowk\w*|portfel\w*|ahah\w*|haha\w*|xd)\b",
    ),
    # Round 3: no point, no hope, tired of existing, wanting to feel nothing.
    rule(
        S,
        r"\b(?P<core>po co (?:w ogole |jeszcze |dalej )?(?:probowac|sie starac|starac sie|wstawac|"
        r"walczyc|cokolwiek robic)|nie_ma po co (?:wstawac|zyc|sie starac|probowac|walczyc|dalej)|"
        r"nic (?:juz )?nie_ma (?:zadnego )?znaczenia|zmeczon\w* (?:\w+ )?(?:zyciem|istnieniem)|"
        r"i tak nic (?:sie )?nie_zmieni|wszystko (?:jest )?na nic|nie_mam (?:juz )?(?:\w+ )?sily "
        r"(?:\w+ ){0,2}?(?:ciagnac|zyc|walczyc|isc dalej|na zycie)|zasnac (?:\w+ ){0,3}?i (?:nic )?"
        r"nie_(?:czuc|myslec)|nie_wiem,? po co (?:jeszcze |w ogole |dalej )?(?:sie staram|zyje|"
        r"istnieje|probuje|walcze|wstaje)|(?:stracil\w*|trace) (?:juz )?(?:cala |wszelka |resztki )?"
        r"nadzieje(?=\s*(?:$|[.,!?;]))|nie_mam (?:juz )?(?:zadnej )?nadziei(?=\s*(?:$|[.,!?;]|na "
        r"lepsze|ze))|zycie to (?:tylko |jedna |jedno |jakas )?(?:meczarnia|meka|cierpienie|pieklo|"
        r"koszmar)|nie_widze w tym (?:\w+ )?(?:celu|sensu))(?=\s*(?:$|[.,!?;)]|juz|wiecej|dalej|"
        r"xd|ze|z lozka|dla siebie|ciagnac|zyc|walczyc))",
        unless=r"\b(?:mecz|meczu|meczem|mecze|meczow|druzyn\w*|legi\w*|lech\w*|reprezentacj\w*|"
        r"egzamin\w*|serial\w*|"
        r"film\w*|dieta|diety|remont\w*|z nim|z nia|z tym facetem)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:chce|chcialabym|chcialbym|marze (?:zeby|o tym zeby)|chcialoby sie|"
        r"chcialam|mam ochote) (?:\w+ ){0,2}?(?:zniknac|zapasc sie pod ziemie|rozplynac sie|sie rozplynac|sie zapasc pod ziemie|"
        r"wyparowac|przestac czuc|nic nie_czuc|nie_czuc nic))(?! (?:\w+ ){0,2}?(?:na|w|z|ze|do|"
        r"od|gdzies|stad|daleko|za granice|w gory|nad)\b)",
    ),
    rule(
        S,
        r"\b(?P<core>(?:jestem|bede|czuje sie|bylabym|bylam) (?:\w+ ){0,3}?(?:ciezarem|"
        r"problemem|balastem|zawada|kula u nogi)|(?:ciezarem|problemem|balastem) dla "
        r"(?:wszystkich|rodziny|bliskich|innych|was|rodzicow))\b",
        unless=r"\b(?:nie_jestem|nie_bede|nie_chce byc|nie_bylam|w (?:zespole|pracy|druzynie|klasie|"
        r"projekcie|grupie))\b",
    ),
    rule(
        S,
        r"\b(?P<core>jaki (?:jest |ma )?(?:w ogole )?sens (?:zycia|zyc|tego wszystkiego|wszystkiego|"
        r"istnienia|mojego zycia|mojego istnienia)|w czym (?:jest )?sens (?:zycia|tego wszystkiego)|"
        r"nie_widze (?:\w+ )?sensu (?:wstawac|sie budzic|sie starac|probowac|w niczym|niczego|dalej|we wszystkim|w tym "
        r"wszystkim|w dalszym)|nic (?:juz )?nie_ma sensu|wszystko (?:juz )?stracilo sens|"
        r"(?:moje )?zycie (?:\w+ )?nie_ma (?:\w+ )?sensu|(?:zycie|wszystko) (?:jest )?(?:juz )?bez sensu|jaki (?:\w+ )?wszystko ma sens|jaki sens ma (?:to )?wszystko|"
        r"(?:mysle|mysli mnie|mam mysli|marze) (?:\w+ ){0,2}?o smierci(?! (?:\w+ )?(?:babci|dziadka|mamy|taty|psa|kota|bliskich|przyjaciela|przyjaciolki))|"
        r"po co (?:to )?wszystko|po co ja (?:w ogole )?(?:zyje|istnieje|jestem)|"
        r"nie_ma (?:\w+ )?wyjscia|nie_widze (?:\w+ )?wyjscia|bez wyjscia)(?=\s*(?:$|[.,!?;)]|w ogole|"
        r"juz|wiecej|dalej|xd))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:juz )?nie_daje (?:juz )?rady|nie_dam (?:juz )?rady (?:dluzej|wiecej)|"
        r"(?:juz |tak |dluzej |wiecej ){1,3}nie_moge|nie_moge (?:juz|tak|dluzej|wiecej)(?: (?:juz|tak|"
        r"dluzej|wiecej)){0,2}|wszystkim (?:tylko )?przeszkadzam|jestem (?:tylko )?przeszkoda|"
        r"nie_wytrzymam (?:juz )?dluzej|(?:mam|mialam) (?:juz )?(?:dosc|dosyc) (?:tego )?"
        r"wszystkiego|wszystkiego (?:mam )?(?:juz )?(?:dosc|dosyc)|juz nie_moge|nie_moge juz|"
        r"nie_mam (?:juz )?sily (?:na nic|na to wszystko|walczyc|dalej)|"
        r"nikomu nie_jestem potrzebn\w*|jestem nikomu niepotrzebn\w*|nikt mnie nie_potrzebuje|"
        r"(?:chce|chcialabym),? zeby (?:to )?(?:wszystko )?(?:sie )?(?:juz )?(?:skonczylo|"
        r"przestalo))(?=\s*(?:$|[.,!?;)]|juz|z tym wszystkim|ze soba|wiecej|dluzej|xd|na nic|"
        r"naprawde|serio))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:chce|chcialabym|chcialbym|chcial|chciala|chca) (?:\w+ )?(?:to )?"
        r"wszystko (?:skonczyc|zakonczyc|przerwac)(?=\s*(?:$|[.,!?;]|raz na zawsze|na zawsze)))",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:pierdole|pieprzyc|pierdolic|chrzanic|jebac|mam w dupie) (?:to |takie )?"
        r"zycie|wszystko (?:sie )?(?:skonczy|skonczylo|skonczy sie) na zawsze(?=\s*(?:$|[.!?;]|,? (?:i|ja)\b))|zbedn\w* (?:\w+ )?"
        r"(?:na tym swiecie|na swiecie|w tym swiecie)|(?:nie_widze|nie_mam|nie_ma dla mnie) "
        r"(?:\w+ ){0,3}?przyszlosci(?=\s*(?:$|[.,!?;]|zadnej|w ogole|juz|dla siebie)))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:niszcze|psuje|rujnuje|zniszczylam) (?:\w+ )?wszystkim zycie)"
        r"(?=\s*(?:$|[.,!?;]))",
    ),
)

# ---- Round 4 (a second fresh round, pl.fresh2): families, not sentences ---------------
_ROUND4: tuple[Rule, ...] = (
    # A jump said in the future beside a height, a bridge or rails (this sentence or the
    # one before): "stalam na moscie ... nastepnym razem skocze"; not "skocze do sklepu /
    # po piwo", parachutes, pools or games.
    rule(
        S,
        r"\b(?P<core>(?:skocze|wyskocze|zeskocze|rzuce sie|skoczy|wyskoczy|zeskoczy|rzuci sie))\b"
        r"(?! (?:\w+ )?(?:do|po|na|ze spadochronem|z wami|z nim|z nia|z toba|w ogien|"
        r"w ramiona|komus|mu|jej)\b)",
        about_others=True,
        needs=r"\b(?:most\w*|moscie|dach\w*|pietr\w*|balkon\w*|okn[oaie]|okien|urwisk\w*|klif\w*|"
        r"skal\w*|wysokos\w*|tor[yach]*|pociag\w*|w dol|wiezowc\w*|blok\w*|barierk\w*|"
        r"porecz\w*|peron\w*|wiadukt\w*)\b",
        unless=r"\b(?:spadochron\w*|bungee|basen\w*|trampolin\w*|skoczni\w*|nart\w*|"
        r"snowboard\w*|parkour\w*|w grze|gr[aezy]|minecraft\w*|snil\w*|przysnil\w*|sklep\w*|"
        r"piwo|zakup\w*|samolot\w*)\b",
        neighbours=True,
    ),
    # Rails: going to the tracks and waiting for a train, lying down on them.
    rule(
        S,
        r"\b(?P<core>(?:na|przy|pod) tor(?:y|ach|ami)|(?:poloze|polozyc|polozylam|polozylem|"
        r"kladlam|rzuce|rzucic) sie (?:\w+ )?(?:na tory|pod pociag)|pod pociag)\b",
        needs=r"(?:odwag\w*|polozyc|poloze|rzucic|rzuce|wskocz\w*|lezec|pod pociag|pod kola|"
        r"czekam na pociag|czekalam na pociag|nadjedzie|zeby (?:\w+ )?(?:umrzec|skonczyc))",
        unless=r"\b(?:kartingow\w*|wyscig\w*|gokart\w*|rolk\w*|lyzw\w*|sank\w*|makiet\w*|"
        r"kolejk\w* elektryczn\w*|spoznil\w*|opozni\w*)\b",
        neighbours=True,
    ),
    # Walking into water unable to swim or with stones.
    rule(
        S,
        r"\b(?P<core>(?:wejde|wchodze|wejsc|pojde|wskocze|rzuce sie|wszedlem|weszlam) "
        r"(?:\w+ ){0,3}?(?:do|pod) (?:\w+ )?(?:wody|rzeki|jeziora|morza|wisly|odry|stawu|"
        r"przerebli|lod))",
        needs=r"(?:kamien\w*|kamieni|nie_umiem plywac|plywac (?:\w+ )?nie_umiem|nie_wyplyne|"
        r"nie_wroce|na dno|na zawsze|utone|utopie|glowa pod)",
        neighbours=True,
    ),
    # A belt or a cord and a door handle, a hook, a pipe, with a sign of use.
    rule(
        S,
        r"\b(?P<core>(?:pas\w*|sznur\w*|kabel\w*|kabl\w*|przescieradl\w*|szalik\w*|lin[aeyi]|"
        r"linke|linka|krawat\w*|skakank\w*),? (?:\w+,? ){0,4}?(?:klamk\w*|klamc\w*|hak\w*|zyrandol\w*|"
        r"rur[aeyi]|rure|rurz\w*|drazek|drazk\w*|belk\w*|belc\w*|kaloryfer\w*))",
        needs=r"(?:wystarczy|wytrzyma|utrzyma|udzwignie|sprobuje|sprawdzil\w*|zacisn\w*|szyj\w*|"
        r"powiesze|powiesic|petl\w*|udusic|zrobie to|umre|umrzec|nie_obudze)",
        unless=r"\b(?:susz\w*|pranie|pranie\w*|firan\w*|zaslon\w*|hustawk\w*|remont\w*|trening\w*|"
        r"podciag\w*|smycz\w*|hamak\w*|psa)\b",
        neighbours=True,
    ),
    # A decision and nobody to stop it: "wszystko postanowione ... nikt mi nie przeszkodzi".
    rule(
        S,
        r"\b(?P<core>(?:nikt|nic) (?:\w+ )?(?:juz |wiecej )?nie_(?:przeszkodzi|powstrzyma|"
        r"znajdzie|uratuje|zatrzyma|odratuje|zdazy|przeszkodza|powstrzymaja|znajda))",
        needs=r"(?:wszystko (?:juz )?(?:postanowion|przemyslan|zaplanowan|przygotowan)\w*|"
        r"postanowil(?:am|em)\b|(?:juz )?wszystko postanowil\w*|decyzja "
        r"(?:\w+ )?zapadla|podjel\w* decyzj\w*|podjal\w* decyzj\w*|jestem gotow\w*|juz gotow\w*|"
        r"ostatni|zegna\w*|przepraszam|tablet\w*|petl\w*|zrobie to|to zrobie|na zawsze|"
        r"zyletk\w*)",
        unless=r"\b(?:uczyc|nauk\w*|pracowac|popracowac|odpoczac|odpoczywac|wyspac|spac|pisac|"
        r"ogladac|grac|czytac|myslec|rysowac|swietowac|medytowac|imprezowac|cwiczyc)\b",
        neighbours=True,
    ),
    # A place chosen where nobody goes (not a picnic, a seat, a parking space).
    rule(
        S,
        r"\b(?P<core>(?:wybralam|wybralem|znalazlam|znalazlem|upatrzylam|upatrzylem) (?:\w+ )?"
        r"miejsce)\b",
        needs=r"(?:nikt (?:\w+ ){0,2}?nie_(?:chodzi|znajdzie|zobaczy|zaglada|przeszkodzi)|"
        r"nie_znajda|(?:juz )?niedlugo(?=\s*(?:$|[.!?]))|wkrotce(?=\s*(?:$|[.!?]))|na zawsze|"
        # Round 6: a height named, or "i juz nie wroce".
        r"nie_wroce|\b(?:wiadukt|most|dach|skarp|urwisk|wiez|kamienilom|wiezowc|blok)\w*)",
        unless=r"\b(?:piknik\w*|namiot\w*|grill\w*|ognisk\w*|odpoczyn\w*|wesel\w*|kawiarn\w*|"
        r"restauracj\w*|zdjec\w*|ryb\w*|grzyb\w*|parking\w*|nocleg\w*|kemping\w*|urlop\w*|"
        r"samolot\w*|pociag\w*|okn\w*|kin\w*|teatr\w*|kapiel\w*|skarb\w*|jagod\w*|randk\w*|"
        r"prac\w*|nauk\w*)\b",
        neighbours=True,
    ),
    # Ready, and waiting until the others have gone or fallen asleep.
    rule(
        S,
        r"\b(?P<core>(?:czekam|poczekam|doczekam|zaczekam|czekac|czekalam|czekalem) (?:\w+ )?"
        r"(?:az|kiedy|do kiedy|do czasu,? az) (?:\w+ ){0,4}?(?:wyjada|wyjedzie|wyjdzie|wyjda|"
        r"pojada|pojedzie|zasna|zasnie|pojda spac|poloza sie|nikogo nie_bedzie|zostane sama|"
        r"zostane sam))",
        needs=r"(?:(?:jestem|juz|wszystko) (?:\w+ )?gotow\w*|postanowion\w*|zrobie to|to zrobie|"
        r"odejde|skoncze|tablet\w*|petl\w*|list|zegna\w*)",
        unless=r"\b(?:impre\w*|gosc\w*|gosci|niespodziank\w*|przyprowadze|zaprosze|pograc|gr[aey]|"
        r"piwo|wypic|zapalic|upiec|tort\w*|chlopak\w*|dziewczyn\w*|ogladac|serial\w*|"
        r"posprzatac|sprzat\w*|biur\w*|prac\w*|obejrzec|pospac)\b",
        neighbours=True,
    ),
    # After a day that matters to someone, "it" will be ended, so as not to spoil it.
    rule(
        S,
        r"\b(?P<core>(?:po|przed|w|na) (?:\w+ ){0,3}?(?:urodzin\w*|swiet\w*|sylwestr\w*|nowym "
        r"roku|wesel\w*|egzamin\w*|piatek|piatku|sobote|sobocie|niedziel\w*|weekend\w*|wakacj\w*) "
        r"(?:\w+ ){0,2}?(?:to|wszystko) (?:zakoncze|skoncze|zrobie)|(?:to|wszystko) (?:zakoncze|"
        r"skoncze|zrobie) (?:\w+ )?(?:po|przed) (?:\w+ ){0,2}?(?:urodzin\w*|swiet\w*|sylwestr\w*|"
        r"wesel\w*))",
        needs=r"(?:nie_(?:chce|bede) (?:\w+ ){0,2}?(?:psuc|zepsuc|niszczyc)|zeby (?:\w+ ){0,2}?"
        r"nie_(?:psuc|zepsuc|niszczyc)|ostatni|zegna\w*|przepraszam|na zawsze|odejde|tablet\w*|"
        r"petl\w*|list|jestem gotow\w*)",
        neighbours=True,
    ),
    # Affairs put in order before a set time: debts paid, messages deleted.
    rule(
        S,
        r"\b(?P<core>(?:splacil\w*|oddal\w*|pooddawal\w*|zamknel\w*) (?:\w+ ){0,2}?(?:dlugi|"
        r"kredyt\w*|pozyczk\w*)|(?:usunel\w*|usunal\w*|skasowal\w*|wykasowal\w*) (?:\w+ ){0,2}?"
        r"(?:wiadomosci|konto|konta|profil\w*|zdjecia|histori\w*|rozmowy|czaty))",
        needs=r"(?:(?:w nocy|dzis|dzisiaj|jutro|wkrotce|potem|teraz|wieczorem) (?:\w+ )?"
        r"(?:to zrobie|zrobie to|odejde|skoncze)|(?:to zrobie|zrobie to) (?:\w+ )?(?:w nocy|dzis|"
        r"dzisiaj|jutro)|niczego nie_zapomnial\w*|wszystko gotowe|jestem gotow\w*|ostatni|"
        r"zegna\w*)",
        neighbours=True,
    ),
    # A pet given away with a cover story, or "nothing holds me here now".
    rule(
        S,
        r"\b(?P<core>(?:oddalam|oddalem|oddaje|oddam|oddala|oddal|oddac) (?:\w+ ){0,2}?"
        r"(?:kota|kotke|kotka|psa|psiaka|suczke|chomika|papuge|rybki|zwierzak\w*|pupil\w*)|"
        r"(?:kota|kotke|psa|psiaka|suczke|chomika|papuge|rybki|zwierzak\w*) (?:\w+ )?(?:oddalam|"
        r"oddalem|oddaje|oddam)|(?:znalazlam|znalazlem|znalazla|szukam) (?:\w+ ){0,2}?dom "
        r"(?:\w+ )?dla (?:\w+ )?(?:kota|kotki|psa|psiaka|suczki|chomika|papugi|zwierzak\w*))",
        needs=r"(?:wyjezdzam na dlugo|na zawsze|odejde|odchodze|mnie (?:juz )?nie_bedzie|"
        r"nie_trzyma|tak naprawde|ostatni|zegna\w*|nie_przyda)",
        unless=r"\b(?:kociat\w*|szczeni\w*|alergi\w*|przeprowadz\w*|dziecko|ciaz\w*|"
        r"wlasciciel\w* mieszkania|delegacj\w*|na czas|na tydzien|na miesiac|na wakacje|"
        r"urlop\w*|hotel\w*|przechowani\w*|schronisk\w*)\b",
        neighbours=True,
    ),
    # Someone gives things away, saying they will soon need nothing.
    rule(
        S,
        r"\b(?P<core>(?:rozdaje|rozdala|rozdal|rozda|oddaje|rozdawac) (?:\w+ ){0,2}?(?:swoje |"
        r"wszystkie |cale )?(?:rzeczy|ksiazki|ciuchy|ubrania|bizuteri\w*|zabawki|wszystko|"
        r"pieniadze|oszczednosci|kolekcj\w*))",
        about_others=True,
        needs=r"(?:nie_(?:beda|bedzie|bedziesz) (?:\w+ )?potrzebn\w*|nie_przydadza|nie_przyda|"
        r"niedlugo (?:\w+ )?(?:nie_bedzie|odejde|odejdzie)|na pamiatke|na zawsze|zegna\w*)",
        unless=r"\b(?:wyrosl\w*|za mal\w*|za duz\w*|przeprowadz\w*|schudl\w*|nie_nosze|"
        r"znudzil\w*|star\w*|podrecznik\w*|remont\w*|vinted|olx|sprzedaj\w*|charytatywn\w*|"
        r"wolontari\w*|schronisk\w*|minimalizm\w*)\b",
        neighbours=True,
    ),
    # Someone old who stopped eating and "wants to go to grandad now".
    rule(
        S,
        r"\b(?P<core>(?:chce|chcialaby|chcialbym|chcialabym|pora|pojde|pojdzie|ide|idzie) "
        r"(?:\w+ )?(?:juz )?do (?:dziadka|babci|mamy|taty|meza|zony|syna|corki|brata|siostry|"
        r"niej|niego|nich))\b",
        about_others=True,
        needs=r"(?:przestal\w* jesc|nie_je\b|nie_wstaje|nie_chce zyc|do nieba|na tamten swiat|"
        r"zmarl\w*|nie_zyje|grob\w*|pogrzeb\w*|odeszl\w*|juz czas)",
        unless=r"\b(?:w odwiedziny|na dzialke|na wies|na weekend|na wakacje|zadzwonic|przyjade|"
        r"pojade|jechac|pojechac|do szpitala|na obiad|na kolacje|na swieta|w gosci|cmentarz\w*|"
        r"na grob)\b",
        neighbours=True,
    ),
    # Someone locked in with blades; someone's farewell video and the phone switched off.
    rule(
        H,
        r"\b(?P<core>(?:zamknal|zamknela|zamkneli|zamyka|zamknie) sie (?:\w+ )?w (?:lazience|"
        r"pokoju|toalecie|kiblu|piwnicy))\b",
        about_others=True,
        needs=r"\b(?:zyletk\w*|noz\w*|nozyk\w*|brzytw\w*|ostrz\w*|tablet\w*|prochy|lin[aeyi]|"
        r"sznur\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>pozegnaln\w* (?:\w+ )?(?:filmik\w*|film\w*|wideo|post\w*|wiadomosc\w*|list\w*|"
        r"sms\w*|wpis\w*|relacj\w*|story|nagrani\w*))",
        needs=r"(?:wylaczyl\w*|nie_odbiera|nie_odpisuje|nie_odzywa|zniknal\w*|zniknela|"
        r"nie_wiem gdzie|martwie|boje|milczy|nie_ma kontaktu)",
        neighbours=True,
    ),
    # "Dzis to skonczy" beside being tired of life.
    rule(
        S,
        r"\b(?P<core>(?:dzis|dzisiaj|w nocy|tej nocy|jutro|wieczorem) (?:\w+ )?(?:to|wszystko|"
        r"z tym) (?:skonczy|skoncze|zakonczy|zakoncze|zrobi|zrobie))\b",
        about_others=True,
        needs=r"(?:dosc zycia|dosyc zycia|zegna\w*|ostatni|nie_odbiera|nie_odpisuje|tablet\w*|"
        r"petl\w*|most\w*|dach\w*)",
        unless=r"\b(?:prac\w*|projekt\w*|raport\w*|ksiazk\w*|serial\w*|sezon\w*|remont\w*|"
        r"lekcj\w*|zadani\w*|esej\w*|gr[aeyz]|zmian\w*|trening\w*|diet\w*|zwiazek|z nim|z nia)\b",
        neighbours=True,
    ),
    # Someone close beaten, object first: "sasiadke maz bije co noc".
    rule(
        D,
        r"\b(?P<core>(?:sasiadke|kolezanke|przyjaciolke|siostre|mame|matke|corke|syna|dziecko|"
        r"dzieci|brata|zone|babcie) (?:\w+ ){0,2}?(?:bije|tlucze|leje|katuje|dusi|maltretuje|"
        r"pobil|pobija|bil|tlukl))" + _NOT_BIJE_AFTER,
        about_others=True,
        unless=_PLAY,
    ),
    # Goodbyes: "kochalem was", "to moja ostatnia wiadomosc", "to nie twoja wina. tak
    # bedzie lepiej", "zegnam" with thanks for everything (not a chat, a job, a school).
    rule(
        S,
        r"\b(?P<core>(?:kochalam|kochalem) (?:\w+ )?was|was (?:\w+ )?(?:kochalam|kochalem)"
        r"(?=\s*(?:$|[.,!?;)]|wszystkich|najbardziej|bardzo)))\b",
        needs=r"(?:wybaczcie|zegna\w*|nie_piszcie|nie_szukajcie|ostatni|nie_placzcie|mnie "
        r"(?:\w+ )?(?:nie_bedzie|zabraknie))",
        unless=r"\b(?:oboz\w*|do przyszlego|do zobaczenia|koloni\w*|turnus\w*|do nastepnego|"
        r"klas\w*|szkol\w*|semestr\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>ostatni\w* (?:\w+ )?(?:wiadomosc|wpis|post|sms|list|slowa))\b",
        needs=r"(?:dzieki|dziekuje|zegna\w*|wybaczcie|ze byliscie|nie_szukajcie|kocham (?:was|"
        r"cie)|przepraszam)",
        unless=r"\b(?:w tym roku|w tym tygodniu|na dzis|dzisiaj|przed (?:urlopem|wyjazdem|"
        r"egzaminem|snem|przerwa)|na grupie|w tym watku|na jakis czas|kanal\w*|czat\w*|"
        r"do jutra|obiecuje|prac\w*|firm\w*|redakcj\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:to )?nie_(?:twoja|wasza|niczyja) wina|(?:ty|wy) (?:\w+ )?nic "
        r"nie_zawinil\w*)",
        needs=r"(?:tak bedzie (?:\w+ )?(?:lepiej|latwiej|prosciej)|zegna\w*|nie_placz|"
        r"nie_obwiniaj|ostatni|mnie (?:juz )?nie_bedzie)",
        unless=r"\b(?:dla nas|obojga|rozstac|rozstani\w*|zwiazek|zwiazku|zerwac|przyjaciolmi|"
        r"zrywam)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>zegnam|zegnajcie|zegnaj)\b(?! (?:\w+ )?(?:lato|urlop|wakacje|weekend|wyplat\w*|"
        r"diet\w*|pieniadze))",
        needs=r"(?:ostatni raz|ostatnia|dziekuje wszystkim|dzieki za wszystko|kocham was|"
        r"wybaczcie|nie_szukajcie|na zawsze|bylo (?:\w+ )?(?:fajnie|milo|super) (?:was|cie) znac|"
        r"dzieki za wszystko|przestal\w* sie odzywac|nie_odbiera|nie_odpisuje)",
        unless=r"\b(?:czat\w*|grup\w*|kanal\w*|serwer\w*|prac\w*|zwalniam|przeprowadz\w*|"
        r"wyjezdzam|urlop\w*|oboz\w*|szkol\w*|klas\w*|studi\w*|projekt\w*|stream\w*|blog\w*|"
        r"obserwuj\w*|gr[aey]|firm\w*)\b",
        neighbours=True,
    ),
    # DANGER: "nie przestal, jak powiedzialam nie"; stalked with a threat; a secret with an
    # adult; a child made to do things, an adult coming into the room or the bathroom.
    rule(
        D,
        r"\b(?P<core>(?:nie_przestal|nie_przestawal|nie_przestali|nie_sluchal|nie_zatrzymal sie|"
        r"dalej to robil|kontynuowal)(?: (?:mnie )?(?:dotykac|calowac|rozbierac|tego robic))?,? "
        r"(?:jak|kiedy|chociaz|mimo ze|choc|gdy|a) (?:\w+ )?(?:powiedzialam|mowilam|prosilam|"
        r"krzyczalam|plakalam|blagalam|odpychalam)(?: (?:nie|przestan|stop|zeby przestal))?)",
        needs=r"(?:trzes\w*|boje|bolalo|plakalam|seks\w*|dotyk\w*|lozk\w*|rozbier\w*|calow\w*|"
        r"wstyd\w*|obrzydl\w*|zgwalc\w*|nie_moge dojsc do siebie)",
        unless=_PLAY,
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:czeka|czekal|czatuje|wystaje|stoi|krazy|sledzi|chodzi) (?:\w+ ){0,2}?"
        r"(?:na mnie |mnie )?(?:pod (?:blokiem|domem|klatka|praca|szkola|uczelnia|oknami)|za mna))",
        needs=r"(?:juz po mnie|po mnie(?=\s*(?:$|[.,!?]))|pozalujesz|pozaluje|zabije|trup\w*|"
        r"dopadnie|dopadne|grozi|boje|strach|zakaz zblizania)",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:nasza|nasz) (?:mala |maly )?(?:tajemnica|tajemnice|sekret))\b",
        needs=r"(?:(?<!\d)(?:\d|1[0-5]) (?:lat|rok)|mam (?:\d|1[0-5])\b|wujek|ojczym|trener|"
        r"dotyka|rozbiera|zdjec|boje|jak powiem|bedzie zle|nie_wolno)",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:kaze|kazal|kazala|zmusza|zmuszal|zmuszala|kaza|namawia|namawial) "
        r"(?:mi |mnie |jej |jemu )?(?:\w+ )?(?:robic|zrobic|dotykac|dotknac|ogladac|rozbierac|"
        r"pokazywac|pokazac) (?:\w+ )?(?:rozne rzeczy|rozne|takie rzeczy|rzeczy|to|cos|go|sie|"
        r"swoje))",
        needs=r"(?:(?<!\d)(?:\d|1[0-5]) (?:lat|rok)|mam (?:\d|1[0-5])\b|jak (?:\w+ )?(?:rodzicow|"
        r"mamy|taty|nikogo) nie_ma|boje|nikomu|tajemnic\w*|sekret|wstyd\w*|obrzydl\w*|placze)",
        unless=r"\b(?:lekcj\w*|zadani\w*|sprzat\w*|naczyni\w*|obowiaz\w*|trening\w*|cwicz\w*|"
        r"czytac|jesc|lekcje|prace domowa|serial\w*|film\w*|bajk\w*|xd|gr[aey]|grac)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:wchodzi|przychodzi|zaglada|wlazi|wchodzil|przychodzil|wpada) (?:\w+ )?"
        r"(?:do mnie|do niej|do niego|do nas) (?:\w+ )?(?:do pokoju|do lazienki|pod prysznic|"
        r"do lozka|do wanny|do toalety))",
        about_others=True,
        needs=r"(?:i patrzy(?=\s*(?:$|[.,!?]))|patrzy,? jak|podglada|dotyka|rozbiera|kladzie sie|"
        r"polozyl sie|tajemnic\w*|nikomu nie_|boje|strasz\w*|obrzydl\w*|ohydn\w*)",
        unless=r"\b(?:sprawdzic|lekcj\w*|obudzic|budzi|posprzatac|sprzata|zyczyc|kot\w*|pies)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:zebym|zeby) (?:\w+ )?nie_(?:mowila|mowil|mowic|powiedziala|powiedzial) "
        r"(?:\w+ )?(?:rodzicom|mamie|tacie|nikomu))",
        needs=r"(?:facet\w*|dorosl\w*|mezczyzn\w*|trener\w*|wujek|ojczym|z internetu|z neta|"
        r"spotka\w*|zdjec\w*|przelal\w*|(?<!\d)(?:\d|1[0-5]) (?:lat|rok))",
        unless=r"\b(?:prezent\w*|niespodziank\w*|urodzin\w*|ocen\w*|jedynk\w*|wagar\w*)\b",
        neighbours=True,
    ),
    # Round 4b: pills and "to wystarczy"; gas before sleep; a closed garage with the engine.
    rule(
        S,
        r"\b(?P<core>(?:to|tyle|tego|tych) (?:\w+ )?(?:na pewno |chyba |powinno |spokojnie )?"
        r"(?:wystarczy|starczy|wystarczyc|starczyc)(?=\s*(?:$|[.,!?;]|zeby|na pewno|spokojnie)))",
        needs=_PILLS,
        unless=rf"{_ILLNESS}|\b(?:na (?:miesiac|tydzien|kuracj\w*|wyjazd|urlop|zime|dwa tygodnie)|"
        r"pieniedzy|jedzeni\w*|benzyn\w*|miejsc\w*|czasu|witamin\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:odkrece|odkrecilam|odkrecilem|odkrecic|wlacze|puszcze|otworze|"
        r"odkrecam) (?:\w+ )?(?:gaz|kurki gazu|kurek gazu|kuchenke gazowa|piekarnik gazowy))\b",
        needs=r"(?:spac|poloze|polozyc|zasne|zasnac|okna|uszczel\w*|nie_obudz\w*|na noc|w nocy|"
        r"umrzec|zabic|na zawsze)",
        unless=r"\b(?:ugotowac|gotuj\w*|obiad\w*|zup\w*|herbat\w*|czajnik\w*|wod[ey]|piec|"
        r"ciast\w*|grzej\w*|ogrzew\w*|pizz\w*|zagotow\w*|jajk\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:zamkne|zamknelam|zamknalem|zamkniet\w*|zamykam) (?:\w+ )?(?:sie )?"
        r"(?:w )?garaz\w*|garaz\w* (?:\w+ )?(?:zamkne|zamknelam|zamknalem|zamkniet\w*))",
        needs=r"(?:silnik\w*|odpale|odpalic|wlacze|wlaczony|spalin\w*|chodzacy|pracujacy)",
        unless=r"\b(?:grzej\w*|rozgrz\w*|mechanik\w*|napraw\w*|mroz\w*|zim\w*|warsztat\w*|"
        r"zgasil\w*|zgasze)\b",
        neighbours=True,
    ),
    # All thought out, nobody will know; someone swallowed all the pills; someone at an
    # edge who does not answer; "odchodze" with thanks or "wybaczcie".
    rule(
        S,
        r"\b(?P<core>nikt (?:sie )?(?:\w+ )?nie_(?:dowie|zauwazy|zorientuje|domysli))"
        r"(?=\s*(?:$|[.,!?;)]|do rana|na czas|w pore|az bedzie za pozno)(?!,? ze\b))",
        needs=r"(?:wszystko (?:juz )?(?:przemyslal|zaplanowal|przygotowal|postanowil)\w*|"
        r"(?:przemyslal|zaplanowal|przygotowal)\w* wszystko|jestem gotow\w*|tablet\w*|petl\w*|"
        r"zrobie to|to zrobie|zegna\w*|list pozegnaln\w*)",
        unless=r"\b(?:niespodziank\w*|prezent\w*|impre\w*|urodzin\w*|oswiadczyn\w*|sciag\w*|"
        r"wagar\w*|papieros\w*|tatuaz\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:wypil|wypila|polknal|polknela|nalykal\w*|lyknal|lyknela|zazyl|zazyla|"
        r"wzial|wziela|wypilam|wypilem|polknelam|polknalem|zazylam|zazylem|wzielam|wzialem) "
        r"(?:\w+ ){0,2}?(?:wszystkie|cale|caly|cala|garsc|\d+|kilkanascie|kilkadziesiat|pol) "
        r"(?:\w+ ){0,2}?(?:" + _PILLS[3:-1] + r"|opakowan\w*|apteczk\w*|listk\w*|paczk\w*))",
        about_others=True,
        unless=rf"{_ILLNESS}|\b(?:na wyjazd|do torebki|ze soba|zabral\w*|spakowal\w*|"
        r"witamin\w*|przepisan\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:stoi|siedzi|stal|stala|stoja|wszedl|weszla|wlazl|wlazla|stoje|siedze|"
        r"stalam|stalem) (?:\w+ )?na (?:dachu|dach|moscie|krawedzi|parapecie|barierce|"
        r"balustradzie|torach|gzymsie))\b",
        about_others=True,
        needs=r"(?:nie_odbiera|nie_odpisuje|nie_odzywa|skoczy|skocze|skacze|zegna\w*|placze|"
        r"pisze,? ze|nie_chce zyc|grozi|w dol|odwag\w*|ostatni|boje sie,? ze)",
        unless=r"\b(?:napraw\w*|remont\w*|anten\w*|dachowk\w*|zdjec\w*|widok\w*|kominiar\w*|"
        r"panel\w*|fotograf\w*|rynn\w*|sniegu)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:ja )?odchodze(?=\s*(?:$|[.,!?;)]|na zawsze|na dobre)))",
        needs=r"(?:wybaczcie|wybacz|przepraszam|zegna\w*|dzieki za wszystko|dziekuje (?:\w+ ){0,2}?"
        r"za wszystko|kocham was|nie_szukajcie|nie_placzcie)",
        unless=r"\b(?:prac\w*|firm\w*|zespol\w*|grup\w*|czat\w*|kanal\w*|serwer\w*|projekt\w*|"
        r"urlop\w*|emerytur\w*|od niego|od niej|od meza|od zony|od chlopaka|od dziewczyny|"
        r"zwiaz\w*|klub\w*|druzyn\w*)\b",
        neighbours=True,
    ),
    # Round 4c: afraid to go home for a beating; an adult showing a child porn, kissing or
    # taking a child to bed; burned with cigarettes; someone saying it would be better
    # without her; sex while asleep; stealthing; "przepraszam za wszystko. to koniec";
    # leaving this world; everything left to others.
    rule(
        D,
        r"\b(?P<core>(?:nie_chce|boje sie|strach|nie_moge|nie_chce mi sie) (?:\w+ )?(?:wracac|"
        r"wrocic|isc|przychodzic|jechac) (?:\w+ )?do domu)\b",
        needs=r"(?:\bbic\b|\bbije|\bbil\b|\bbila\b|pobije|zabije|przejebane|pijan\w*|lanie|pasem|"
        r"\bbija|tluc\w*|tlucze)",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:pokazywal|pokazuje|pokazal|pokazywali|wysyla|wysylal|przysyla) "
        r"(?:\w+ ){0,2}?(?:filmy|film|filmiki|zdjecia|obrazki) (?:\w+ )?(?:dla doroslych|porno\w*|"
        r"18\+)|porno\w* (?:\w+ )?(?:pokazywal|pokazuje|pokazal))",
        needs=r"(?:(?<!\d)(?:\d|1[0-5]) (?:lat|rok)|wujek|ojczym|trener|nauczyciel|sasiad|"
        r"powtarzac|powtorzyc|nikomu|sekret|tajemnic\w*|dzieck\w*|cork\w*|syn\w*)",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:caluje|calowal|pocalowal|caluja) mnie (?:\w+ )?(?:w usta|w szyje|z "
        r"jezykiem)|(?:kaze|zmusza|kazal|zmuszal) (?:mi|mnie|jej) (?:spac|lezec|klasc sie) "
        r"(?:\w+ )?z (?:nim|soba) (?:\w+ ){0,2}?(?:lozku|lozka|koldra|koldre))",
        needs=r"(?:(?<!\d)(?:\d|1[0-5]) (?:lat|rok)|sekret|tajemnic\w*|nikomu|jak (?:\w+ )?"
        r"(?:mamy|taty|rodzicow|nikogo) nie_ma|ojczym|wujek|kolega mamy|partner mamy|chlopak "
        r"mamy|trener|boje)",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:przypala|przypalal|przypalala|przypalila|przypalil|gasi|gasil|gasila) "
        r"(?:\w+ )?(?:mi|na mnie|mnie|jej|mu) (?:\w+ )?(?:papieros\w*|zapalniczk\w*|zelazk\w*))",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:mowi|powiedzial|powiedziala|pisze|napisal|napisala|grozi),? (?:ze )?"
        r"(?:\w+ )?(?:lepiej by bylo,? (?:gdyby|jakby)|lepiej,? (?:zeby|gdyby)) (?:jej|go|ich) "
        r"(?:\w+ )?nie_bylo)(?=\s*(?:$|[.,!?;)]|w ogole|na swiecie|na tym swiecie))",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:uprawia ze mna seks|uprawial ze mna seks|bierze mnie|bral mnie|rucha mnie|"
        r"ruchal mnie|rozbiera mnie|rozbieral mnie|obmacuje mnie|"
        r"kocha sie ze mna|wykorzystuje mnie|wykorzystal mnie) (?:\w+ )?(?:jak|kiedy|gdy|"
        r"podczas gdy) (?:\w+ )?(?:spie|spalam|bylam nieprzytomna|bylam pijana|jestem pijana|"
        r"jestem nieprzytomna|zasne|zasnelam))",
    ),
    rule(
        D,
        r"\b(?P<core>(?:zdjal|sciagnal|zsunal|zdejmuje) (?:\w+ )?(?:prezerwatywe|gumke) "
        r"(?:\w+ ){0,3}?(?:bez|nie_mowiac|po kryjomu|w trakcie|nic nie_mowiac))",
    ),
    rule(
        S,
        r"\b(?P<core>(?:przepraszam|wybaczcie|wybacz|sorry) (?:\w+ )?za wszystko)\b",
        needs=r"(?:to (?:juz )?koniec(?=\s*(?:$|[.!?]))|zegna\w*|nie_zobaczymy sie|mnie "
        r"(?:\w+ )?(?:nie_bedzie|zabraknie))",
        unless=r"\b(?:zwiazk\w*|przyjazn\w*|sezon\w*|serial\w*|projekt\w*|prac\w*|rozsta\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:odchodze|odejde|odejsc) z tego swiata|opuszczam ten "
        r"swiat|opuszcze ten swiat)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:zostawiam|zapisuje|oddaje) (?:\w+ ){0,2}?(?:wszystko(?: co mam)?|"
        r"wszystkie swoje rzeczy|swoje rzeczy|wszystkie pieniadze|oszczednosci))",
        needs=r"(?:nic (?:\w+ )?nie_bedzie (?:\w+ )?potrzebne|nie_bedzie (?:\w+ )?potrzebn\w*|"
        r"nie_przyda|mnie (?:\w+ )?(?:nie_bedzie|zabraknie)|na pamiatke|zegna\w*)",
        unless=r"\b(?:urlop\w*|przeprowadz\w*|wyjezdzam|delegacj\w*|na starosc|starosc\w*)\b",
        neighbours=True,
    ),
    # Round 4d: the whole supply swallowed at once; a household poison drunk.
    rule(
        S,
        r"\b(?P<core>(?:wypije|wypic|zjem|zjesc|polkne|polknac|lykne|lyknac|wezme|wziac|"
        r"zarzuce|wpierdole|nalykam sie) (?:\w+ ){0,2}?(?:wszystko|wszystkie|cale|caly|cala|"
        r"naraz|na raz|jednoczesnie)\b(?: \w+){0,2}|(?:wszystko|wszystkie|cale|caly|cala) "
        r"(?:\w+ )?(?:wypije|zjem|polkne|lykne|wezme|zarzuce))",
        needs=r"(?:blister\w*|apteczk\w*|" + _PILLS[3:],
        unless=rf"{_ILLNESS}|\b(?:na wyjazd|do torebki|ze soba|na (?:dzien|tydzien|miesiac)|"
        r"witamin\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:trutk\w*|trucizn\w*|ocet|octu|wybielacz\w*|domestos\w*|plyn\w* do "
        r"chlodnic\w*|srod\w* na (?:szczury|karaluchy|myszy)) (?:\w+ ){0,3}?(?:wypije|wypic|zjem|"
        r"zjesc|polkne|lykne)|(?:wypije|wypic|zjem|zjesc|polkne|lykne) (?:\w+ ){0,2}?(?:trutk\w*|"
        r"trucizn\w*|ocet|wybielacz\w*|domestos\w*))\b",
        unless=r"\b(?:wez\w*|pszcz\w*|w grze|eliksir\w*|serial\w*|ukaszen\w*|salatk\w*|"
        r"ogork\w*|marynat\w*)\b",
    ),
    # Round 4e: a threat to come to school with a weapon; ridding the family of oneself;
    # "wyrzucil mnie ... i pobil".
    rule(
        D,
        r"\b(?P<core>(?:do szkoly|do klasy|na uczelnie|do pracy|do biura) (?:\w+ ){0,2}?z "
        r"(?:nozem|nozami|bronia|pistoletem|strzelba|siekiera|bomba|maczeta|karabinem)|"
        r"(?:wszystkich|ich wszystkich|wszystkich ich) (?:\w+ )?(?:potnie|pozabija|zastrzeli|"
        r"wystrzela|wysadzi|zadzga|potne|pozabijam|wystrzelam|wysadze|zadzgam))\b",
        about_others=True,
        needs=r"\b(?:noz\w*|bron\w*|pistolet\w*|strzelb\w*|siekier\w*|bomb\w*|maczet\w*|"
        r"karabin\w*|strzelanin\w*)\b",
        unless=r"\b(?:w grze|gr[aeyz]|csie|serial\w*|film\w*|kuchar\w*|kuchni\w*|na edb|"
        r"nie_wolno|zakaz\w*|zabral\w*|rekodziel\w*|plastyk\w*|regulamin\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:uwolni|uwolnie|uwolnic|uwolnil|pozbawie|oszczedze) (?:\w+ )?(?:nas|was|"
        r"wszystkich|ich|rodzine|mame|rodzicow) (?:\w+ )?od (?:siebie|mnie|swojej obecnosci|"
        r"mojej obecnosci))\b",
        about_others=True,
    ),
    rule(
        D,
        r"\b(?P<core>mnie (?:\w+ ){1,6}?i (?:jeszcze )?(?:pobil|pobila|pobili|uderzyl|uderzyla|"
        r"skopal|skopala|zbil|zbila|spoliczkowal|spoliczkowala|dusil|dusila)(?=\s*(?:$|[.,!?;)])))",
        unless=_PLAY,
    ),
    # DANGER: touched by an adult who says not to tell; "dobiera sie do mnie".
    rule(
        D,
        r"\b(?P<core>(?:dotykal|dotyka|dotykali|dotykaja|obmacywal|obmacuje|macal|maca|"
        r"obmacal) (?:\w+ )?(?:mnie|jej|go|nas|corke|siostre|syna))\b",
        needs=r"(?:jak (?:\w+ )?(?:komus|mamie|rodzicom|policji) powiem|nikomu|tajemnic\w*|"
        r"wylece|boje|nie_chcialam|zebym nie_mowil\w*|(?<!\d)(?:\d|1[0-7]) (?:lat|rok)|przestan|"
        r"nie_wolno|grozil\w*|wstyd\w*|obrzydl\w*)",
        unless=r"\b(?:kot\w*|pies|psa|lekarz\w*|badani\w*|fizjoterap\w*|masaz\w*|piosenk\w*|"
        r"film\w*|slowa|temat\w*|krytyk\w*|w grze)\b",
        neighbours=True,
    ),
    rule(
        D,
        r"\b(?P<core>(?:dobiera|dobieral|dobierali|dobieraja|dobral) sie (?:\w+ )?do (?:mnie|niej|"
        r"corki|siostry|mojej \w+)|sie (?:\w+ )?do (?:mnie|niej) (?:dobiera|dobieral|dobral))\b",
        unless=r"\b(?:lodowk\w*|jedzeni\w*|czekolad\w*|ciast\w*|zapas\w*|kont\w*|pieniedzy|"
        r"rzeczy|kot\w*|pies|psa|komputer\w*|portfel\w*)\b",
    ),
)

# Round 5 (fresh3, weighted to children, means, third persons, plans, denials and recovery).
# A crisis that is over, told from a safe present, is not a crisis (see recovery.py): a short
# message with a streak ("dzis rok bez ciecia sie", "nie tne sie od 3 miesiecy", "dawno sobie
# nic nie robilam"), or a past crisis ("dwa lata temu probowalam", "byly mnie bil", "jako
# nastolatka") beside a safe present ("dzis ciesze sie, ze zyje", "dumna z siebie", "teraz jest
# dobrze"), and no urge, relapse or fear anywhere, is read as empty. "nie" is fused by then.
_DURATION = (
    r"(?:(?:\d+|jeden|jedna|dwa|dwie|dwoch|trzy|trzech|cztery|czterech|piec|pieciu|szesc|"
    r"siedem|osiem|dziewiec|dziesiec|pol|poltora|kilka|kilku|kilkanascie|pare|wiele) ?)?"
    r"(?:dni|dzien|dnia|tydzien|tygodni\w*|miesiac\w*|miesiecy|rok|roku|lat|lata)\b"
)
# What a streak is free of ("bez ciecia"), and a denial that a streak holds ("nie tne sie").
_OVER = (
    r"(?:ciecia(?: sie)?|ciac sie|samookalecz\w*|sh|self ?harm|zylet\w*|krzywdzenia sie|ranienia "
    r"sie|robienia sobie krzywdy|prob\w* samobojcz\w*|mysli samobojcz\w*|samoboj\w*|przypalania|"
    r"okaleczania|kryzys\w*|nawrot\w*)"
)
_OVER_DENIED = (
    r"(?:nie_tne|nie_tnie|nie_cielam|nie_cielem|nie_robilam|nie_robilem|nie_robie sobie "
    r"(?:krzywdy|nic)|nie_krzywdze|nie_dotknelam|nie_dotknalem|nie_mysle o (?:smierci|"
    r"samobojstwie|zabiciu))"
)
_SINCE = (
    rf"(?:{_DURATION}|dawna|terapii|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|"
    r"wrzesnia|pazdziernika|listopada|grudnia|swiat|wakacji|\d{4})"
)
_RECOVERY = recovery(
    streak=(
        rf"\b{_DURATION} (?:\w+ ){{0,2}}?bez (?:\w+ ){{0,2}}?{_OVER}|"
        rf"\b(?:czyst[aey]|clean) (?:od )?(?:\w+ ){{0,2}}?(?:{_DURATION}|od (?:sh|ciecia))|"
        rf"\b{_DURATION} (?:\w+ )?(?:czyst[aey]|clean)\b|"
        rf"\b(?:od|przez) (?:\w+ )?{_SINCE} (?:\w+ ){{0,2}}?{_OVER_DENIED}|\b{_OVER_DENIED} "
        rf"(?:\w+ ){{0,2}}?od (?:\w+ )?{_SINCE}|\bdawno (?:juz )?(?:\w+ ){{0,2}}?{_OVER_DENIED}|"
        r"\bprzestal\w* (?:sie )?(?:ciac|krzywdzic|okaleczac|robic sobie krzywde)(?: sie)? "
        rf"(?:\w+ ){{0,2}}?(?:temu|od)\b"
    ),
    past=(
        r"\b(?:lat|lata|rok|roku|miesiecy|miesiace) temu\b|\bw zeszlym roku\b|\bjako "
        r"(?:nastolat\w*|dziecko|mloda|mlody)\b|\bw (?:liceum|gimnazjum)\b|\bkiedys\b|\bdawniej\b|"
        r"\bbyl[ya]?\b|\bwyszl\w* ze szpitala\b|\bprobowal\w*\b|\bmyslal\w*\b|\bw wieku \d+|"
        r"\bjak bylam mal\w*|\bjak bylem maly\b|\bw dziecinstwie\b|\bprzez (?:\w+ )?(?:lat|lata|"
        r"miesiecy)\b|\b(?:bil|bila|bili|lal|lala) mnie\b|\bmnie (?:bil|bila|lal|lala)\b|\bcielam\b"
    ),
    safe=(
        r"\bto juz przeszlosc\b|\bciesze sie zyciem\b|\b(?:dzis|dzisiaj|teraz),? (?:jestem|mam|"
        r"pracuje|zyje)\b|\bile przeszl\w*\b|\bulozyl\w* sobie zycie\b|\bzycie na nowo\b|"
        r"\bktor[aey] kocham\b|"
        r"\bdumn[aey] z siebie\b|\bciesze sie,? ze (?:zyje|jestem)\b|\b(?:teraz|dzis|dzisiaj|juz) "
        r"(?:jest|czuje sie|mam sie) (?:\w+ )?(?:dobrze|lepiej|ok|okej|spokojnie|swietnie)\b|"
        r"\bkocham (?:swoje|moje) zycie\b|\bterapia (?:\w+ )?(?:dziala|pomogla|mnie uratowala)\b|"
        r"\bwygral\w* z\b|\bwyszl\w* z tego\b|\bjest dobrze\b|\bjestem szczesliw\w*\b|\bzadnego "
        r"kryzysu\b|"
        # Round 6: glad to have stayed, a milestone now, strange to remember, helping others,
        # a second birthday, "przeszlo dzieki przyjaciolom".
        r"\bciesze sie,? ze (?:tu )?(?:zostalam|zostalem|przezylam|przezylem|jestem tu|tu jestem|"
        r"mi sie nie_udalo|sie nie_udalo|nie_zrobilam tego|nie_zrobilem tego)\b|\b(?:dzis|dzisiaj|"
        r"teraz) (?:\w+ )?(?:zdalam|zdalem|skonczylam|skonczylem|obronilam|obronilem|pomagam|"
        r"swietuje|studiuje|wychowuje|biegam|podrozuje|tancze|rysuje|maluje|trenuje|uprawiam)\b|\b(?:dzis|dzisiaj|teraz) (?:az |wrecz )?(?:dziwnie|"
        r"smiesznie|dziwne|trudno (?:w to )?uwierzyc) (?:\w+ )?wspomina\w*|\bprzeszl\w* (?:mi )?"
        r"dzieki\b|\bzyje i (?:sie )?ciesze\b|\bdrugie urodziny\b|\bwolontariusz\w*|\bpomagam "
        r"(?:innym|ludziom)\b"
    ),
    urge=(
        r"\b(?:gorzej|zle|smutn\w*|samotn\w*|rozbit\w*)\b|"
        r"\b(?:znowu|znow)\b(?! (?:ciesze|sie ciesze|usmiecham|kocham|zyje)\b)|"
        r"\b(?:ochot\w*|pokus\w*|nawrot\w*|wrocil\w*|wraca\w*|ponownie|chce|"
        r"chcialabym|chcialbym|nie_chce|mysle o|boje sie|strach\w*|nie_daje rady|nie_wytrzym\w*|w "
        r"reku|w dloni|ale teraz|ale dzis|ale dzisiaj|ostatnio|pomocy|pomoz\w*|ciagnie|korci|"
        r"peklam|peklem|sieg\w*)\b"
    ),
)
_ROUND5: tuple[Rule, ...] = (
    # ---- DANGER: children, a relative beaten
    rule(
        D,
        # An adult who touches or kisses a child, with an age, the night or secrecy beside it.
        r"\b(?P<core>(?:mnie|ja|go|jej|jego) (?:dotyka|dotykal|dotykala|maca|macal|obmacuje|"
        r"obmacywal|caluje|calowal)|(?:dotyka|dotykal|maca|macal|obmacuje|obmacywal) (?:mnie|ja|go))\b",
        needs=rf"\b{_ADULT}\b|\b(?:\d{{1,2}} lat|nikt nie_wie|tajemnic\w*|sekret\w*|w nocy|kladzie "
        r"sie|do lozka|sam na sam|w szatni|kiedy (?:mamy|rodzicow|taty) nie_ma)\b",
        unless=r"\b(?:kot\w*|pies|psa|lekarz\w*|badani\w*|fryzjer\w*|masaz\w*|fizjo\w*|chlopak "
        r"mnie|dziewczyna mnie|dotyka mnie to|to mnie)\b",
        negatable=False,
    ),
    rule(
        D,
        # Secrets kept, "strange things" done to a child.
        r"\b(?P<core>(?:kaze|kazal|kazala|prosi|prosil|prosila) (?:mu |jej |mi )?(?:trzymac|"
        r"dochowac|zachowac|dotrzymac) (?:w )?(?:sekret\w*|tajemnic\w*)|(?:robi|robil|robila) "
        r"(?:jej|mu|mi|nam) (?:dziwne|rozne|brzydkie|niedobre|takie) rzeczy)\b",
        needs=rf"{_CHILD}|\b{_ADULT}\b|\b(?:\d{{1,2}} lat|syn|corka)\b",
        unless=r"\b(?:niespodziank\w*|prezent\w*|urodzin\w*|imprez\w*|przepis\w*)\b",
        negatable=False,
    ),
    rule(
        D,
        # A child beaten, and told what to say at school.
        rf"\b(?P<core>{_BIJE} (?:mojego|moja|moje|moich|naszego|nasza|jej|jego) (?:\w+ )?(?:brata|"
        r"siostre|syna|corke|mame|dzieci|braci|dziecko)|kaze (?:mu|jej|mi) (?:mowic|klamac|"
        r"powiedziec) (?:\w+ ){0,3}?ze (?:sie )?(?:przewrocil\w*|spadl\w*|uderzyl\w*|wywalil\w*))\b",
        unless=_PLAY + r"|\bw (?:fife|fifie|gre|grze|szachy|karty|pilke|warcaby)\b",
        about_others=True,
    ),
    rule(
        D,
        # "She gets it from her husband", and the phone taken so that she cannot call.
        r"\b(?P<core>(?:dostaje|dostawala|dostala|obrywa|obrywala|oberwala) od (?:meza|niego|"
        r"ojca|taty|chlopaka|partnera|faceta|ojczyma|bylego|matki|mamy)(?=\s*(?:$|[.,!?;]| (?:w "
        r"twarz|po twarzy|pasem|lanie|baty|co (?:wieczor|dzien|tydzien)|regularnie|kiedy|jak)))|"
        r"(?:zabral|zabiera|zabrala|schowal|rozbil|zniszczyl) (?:mi|jej|mu) (?:telefon|komorke|"
        r"klucze|dokumenty|paszport) (?:\w+ )?(?:zeby|bym|by|zebym))",
        about_others=True,
    ),
    rule(
        H,
        # A relapse said without its object, beside what the streak was free of.
        r"\b(?P<core>peklam|peklem|mialam nawrot|mialem nawrot|zaczel\w* (?:znowu|znow|od nowa)|"
        r"wrocil\w* do (?:tego|ciecia|sh))\b",
        needs=r"\b(?:ciecia|cielam|sh|zylet\w*|samookalecz\w*|tne|ciac)\b",
        negatable=False,
    ),
    # ---- SUICIDE: means
    rule(
        S,
        # High up, nobody there, and "it is time".
        r"\b(?P<core>(?:stoje|siedze|jestem) (?:\w+ )?na (?:dachu|moscie|krawedzi|parapecie|"
        r"barierce|balustradzie|wiaduk\w*))\b",
        needs=r"\b(?:juz czas|czas|nikogo nie_ma|nikt nie_widzi|skacze|skocze|zegnajcie|"
        r"gotow[ay])\b",
        unless=r"\b(?:zdjec\w*|widok\w*|zachod\w*|impreza|grill\w*|antena|remont\w*|pracy)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Lying down on the tracks.
        r"\b(?P<core>(?:sie )?polozyc(?: sie)? (?:\w+ )?(?:na torach|tam|na szynach)|sie tam "
        r"polozyc)\b",
        needs=r"\b(?:tor\w*|pociag\w*|towarow\w*|szyn\w*)\b",
        unless=r"\b(?:plaz\w*|trawie|hamak\w*|kocu|zdjec\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        # All of someone's own pills, swallowed now.
        rf"\b(?P<core>(?:lyka|lyknie|polknie|polyka|wezmie|bierze|wypije|nalyka sie) (?:\w+ )?"
        rf"(?:wszystkie|cale|caly|wszystko)(?: swoje)? (?:\w+ )?{_PILLS})\b",
        unless=_ILLNESS,
        about_others=True,
    ),
    # ---- SUICIDE: someone else, plans, goodbyes, burden
    rule(
        S,
        # "It will be better for us without him".
        r"\b(?P<core>bez (?:niego|niej) (?:\w+ ){0,2}?(?:bedzie|byloby|bylo|bedzie nam|bedziecie) "
        r"(?:\w+ )?(?:lepiej|latwiej|lzej|spokojniej))\b",
        needs=r"\b(?:mowi|mowil\w*|powiedzial\w*|napisal\w*|pisze|twierdzi)\b",
        unless=r"\b(?:pracy|projekcie|imprezie|wyjezdzie|druzynie|zespole|grupie|meczu)\b",
        about_others=True,
    ),
    rule(
        S,
        # Wanting to join the dead, and medicines hidden.
        r"\b(?P<core>(?:dolaczyc|isc|pojsc) do (?:\w+ ){0,2}?(?:na cmentarz\w*|do nieba|w niebie)|"
        r"dolaczyc do (?:taty|mamy|dziadka|babci|meza|zony|niego|niej)|chowa (?:\w+ )?"
        rf"{_PILLS})\b",
        needs=r"\b(?:cmentarz\w*|nieba|umrzec|zniknac|nie_chce zyc|dolaczyc)\b",
        about_others=True,
        neighbours=True,
    ),
    rule(
        S,
        # A bridge, a day, a place chosen, and waiting.
        r"\b(?P<core>wybral\w* (?:juz )?(?:\w+ )?(?:most|dzien|miejsce|sposob|date|godzine))\b",
        needs=r"\b(?:czeka\w* (?:tylko )?(?:az|na)|skoczy\w*|zabic|most)\b",
        unless=r"\b(?:wesel\w*|slub\w*|wakacj\w*|urlop\w*|zdjec\w*|sesj\w* zdjeciow\w*|randk\w*)\b",
        about_others=True,
    ),
    rule(
        S,
        # "I know how and when", calm.
        r"\b(?P<core>wiem (?:juz )?(?:dokladnie )?(?:jak i kiedy|gdzie i kiedy|kiedy i jak|jak i "
        r"gdzie))(?=\s*(?:$|[.,!;]))",
        unless=r"\b(?:impreza|urodziny|niespodzian\w*|oswiadcz\w*|prezent\w*)\b",
    ),
    rule(
        S,
        # "Then it will all be over", beside a message scheduled.
        r"\b(?P<core>(?:bedzie|jest) (?:juz )?po wszystkim)\b",
        needs=r"\b(?:mail\w*|wiadomosc\w*|list\w*|rodzicow|wtedy|ustawil\w*|zaplanowal\w*)\b",
        unless=r"\b(?:egzamin\w*|sesj\w*|remont\w*|slub\w*|przeprowadz\w*|operacj\w*|zabieg\w*|"
        r"matur\w*|kolokwi\w*|wizyt\w*|porod\w*)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Two affairs closed: "nothing will be of use to me any more".
        r"\b(?P<core>(?:juz )?(?:mi sie )?nic (?:mi sie )?(?:juz )?nie_przyda|nie_bede (?:\w+ )?"
        r"(?:juz )?potrzebowa\w*)\b",
        needs=r"^(?=[\s\S]*?\b(?:wypisal\w*|oddal\w*|zwrocil\w*|rozdal\w*|anulowal\w*|zamknel\w*|"
        r"zamknal\w*|sprzedal\w*|dalem|dalam)\b)",
        unless=r"\b(?:za mal\w*|wyrosl\w*|przeprowadz\w*|wyjazd\w*|nowy|nowa|nowe|skonczyl\w* "
        r"studia)\b",
        neighbours=True,
    ),
    rule(
        S,
        # Not to spoil a sister's wedding, "after it I will end it".
        r"\b(?P<core>nie_(?:chce|chcialabym|chcialbym) (?:jej|mu|im|nikomu) (?:zepsuc|psuc|"
        r"zniszczyc) (?:\w+ )?(?:wesela|slubu|urodzin|swiat|dnia|imprezy|komunii|matury))\b",
        needs=r"\b(?:(?:to|wtedy|potem) (?:skoncze|zakoncze|zrobie)|skonczyc ze soba|zabic|odejde "
        r"na zawsze)\b",
        neighbours=True,
    ),
    rule(
        S,
        # The passwords left in an envelope on the desk.
        r"\b(?P<core>(?:zostawil\w*|zapisal\w*|schowal\w*) (?:\w+ )?hasla (?:\w+ ){0,6}?(?:w "
        r"kopercie|na kartce|na biurku|w szufladzie))\b",
        unless=r"\b(?:wyjazd\w*|urlop\w*|wakacj\w*|szpital\w*|operacj\w*|opiekunk\w*|niani\w*|"
        r"sasiad\w*|wspollokator\w*|wifi)\b",
    ),
    rule(
        S,
        # When the guard leaves the bridge, and when no one is there.
        r"\b(?P<core>(?:ochroniarz\w*|straznik\w*|dozorc\w*|ochrona) (?:\w+ ){0,3}?(?:z |na |pod )?"
        r"(?:mostu|moscie|wiaduktu|dachu|dach))\b",
        needs=r"\b(?:o ktorej|nikogo|nikt|po pierwszej|godzin\w*)\b",
        unless=r"\b(?:praca|pracy|zmian\w*|pensj\w*|wyplat\w*)\b",
        neighbours=True,
    ),
)
_CHECK_IN_ROUND5: tuple[Rule, ...] = (
    rule(
        S,
        r"\b(?P<core>czuje sie (?:\w+ )?niewidzialn\w*)\b",
        needs=r"\b(?:jakby mnie (?:w ogole )?nie_bylo|nikt mnie nie_widzi|nikt nie_zauwaza|nikogo "
        r"nie_obchodze)\b",
        negatable=False,
    ),
    rule(
        S,
        r"\b(?P<core>(?:chcialabym|chcialbym|chce) (?:tylko )?zasnac i obudzic sie (?:za|po) "
        r"(?:\w+ ){0,2}?(?:lat|latach|miesiac\w*|miesiecy))\b",
        negatable=False,
    ),
)

# Round 6 (fresh4, weighted to burden, goodbyes, means, plans, sexual, third persons,
# children and phone spellings; families, not sentences).
# Relief of the others ("odetchneli", "w koncu sie poukladaja", "bedzie im lzej").
_RELIEF = (
    r"(?:odetchn\w*|odpoczn\w*|ulzy|ulzylo|poukladaj\w*|beda szczesliw\w*|bedzie (?:\w+ )?"
    r"(?:lepiej|latwiej|lzej|spokojniej)|byloby (?:\w+ )?(?:lepiej|latwiej|lzej|spokojniej)|"
    r"(?:bylby|bylaby|byliby|bedzie|beda) (?:\w+ )?(?:wolni|wolna|wolny|spokojn\w*))"
)
# The writer gone, as a condition ("jak mnie zabraknie", "gdyby mnie nie bylo").
_GONE = (
    r"(?:jak|kiedy|gdy|gdyby|jesli|jezeli) (?:juz )?(?:mnie (?:juz )?(?:zabraknie|nie_bedzie|"
    r"nie_bylo|nie_stanie)|(?:umre|znikne|odejde|sie zabije|umarlabym|umarlbym|zniknelabym|"
    r"zniknalbym))(?! (?:w|na|u|przez|do|od|z|ze|jutro|dzis|dzisiaj|pare|kilka|caly|cala|tydzien|"
    r"miesiac)\b)"
)
# A grown-up who is not a parent (a parent taking a child to bed is everyday).
_GROWN_OTHER = (
    r"\b(?:ojczym\w*|wujek|wujka|wujkiem|wuj|konkubent\w*|partner\w* mamy|chlopak\w* mamy|"
    r"facet\w* mamy|sasiad\w*|trener\w*|nauczyciel\w*|korepetytor\w*|dorosl\w*|obcy|"
    r"jakis (?:facet|typ|gosc)|(?:1[89]|[2-6]\d) lat\w*)\b"
)
# A child, by age or as a parent names them.
_CHILD_AGE = (
    r"\b(?:mam (?:\d|1[0-5])(?: lat\w*)?\b|(?:\d|1[0-5]) lat\w*|(?:\d|1[0-5])[ -]?(?:latk\w*|"
    r"letni\w*)|coreczk\w*|synek|synka|dziewczynk\w*|w (?:\d|[1-8]) klasie|podstawowk\w*)"
)
_ROUND6: tuple[Rule, ...] = (
    # ---- SUICIDE: burden
    rule(
        S,
        # Relief beside the writer gone, either order.
        rf"\b(?P<core>{_GONE},? (?:to )?(?:\w+ ){{0,3}}?{_RELIEF}|{_RELIEF} (?:\w+ ){{0,3}}?"
        rf"{_GONE})",
        unless=r"\b(?:w pracy|w robocie|na urlopie|urlop\w*|delegacj\w*|wyjazd\w*|z pracy|"
        r"z druzyny|z grupy|z zespolu)\b",
    ),
    rule(
        S,
        # "Better for them if I went for good" (not from a job or a team).
        r"\b(?P<core>lepiej (?:dla (?:\w+ )?(?:nich|wszystkich|rodziny|niej|niego|mamy|dzieci|"
        r"bliskich)|im|wszystkim) (?:\w+ )?(?:zebym|gdybym|bym|jakbym) (?:\w+ )?(?:odszedl|"
        r"odeszla|zniknal|zniknela|umarl|umarla|nie_zyl|nie_zyla|nie_istnial|nie_istniala|sie "
        r"nie_urodzil|sie nie_urodzila)(?! (?:z|ze|do|od|na (?!dobre|zawsze))\b))",
    ),
    rule(
        S,
        # "Without me she would be free", beside a decision.
        r"\b(?P<core>bez (?:mnie|mojej osoby) (?:\w+ ){0,3}?(?:bylaby|bylby|byliby|bylyby|beda|"
        r"bedzie) (?:\w+ )?(?:wolna|wolny|wolni|szczesliw\w*|spokojn\w*))",
        needs=r"\b(?:zrobie|odejde|znikne|postanowil\w*|zdecydowal\w*|na zawsze|na dobre|"
        r"skoncze|koniec)\b",
        neighbours=True,
    ),
    # ---- SUICIDE: goodbyes
    rule(
        S,
        # "I won't write again", with thanks or the friendship told as over.
        r"\b(?P<core>(?:wiecej|juz) (?:\w+ )?(?:sie )?nie_(?:napisze|odezwe|odpisze|zobaczycie|"
        r"uslyszycie))\b",
        needs=r"\b(?:dzieki|dziekuje|byliscie|bylas|byles|przepraszam|kocham|zegna\w*|"
        r"trzymajcie sie)\b",
        neighbours=True,
        unless=r"\b(?:grup\w*|czat\w*|serwer\w*|discord\w*|forum|prac\w*|firm\w*|klas\w*|"
        r"wyjezdzam|wyjazd\w*|urlop\w*|wakacj\w*|oboz\w*|ban\w*|blok\w*|do jutra|do poniedzialku|"
        r"po weekendzie)\b",
    ),
    rule(
        S,
        # "When I'm no longer here, look after my dog" (not "while I'm away at work").
        r"\b(?P<core>(?:jak|kiedy|gdy) mnie juz nie_bedzie|(?:jak|kiedy|gdy) juz mnie nie_bedzie)"
        r"(?! (?:\w+ )?(?:w|na|u|przez|do|od|jutro|w weekend)\b)",
        needs=r"\b(?:zaopiekuj\w*|opiekuj\w*|dbaj\w*|pamietaj\w*|kocham|przepraszam|nie_placz\w*|"
        r"zegna\w*|psem|psa|kotem|kota|dziecmi|wybacz\w*|dziekuje)\b",
        neighbours=True,
    ),
    # ---- SUICIDE: means
    rule(
        S,
        # A car in a garage, the gate closed and the engine started, or a hose on the exhaust.
        r"\b(?P<core>(?:zamkne|zamknelam|zamknalem|zamykam) (?:\w+ )?(?:brame|wrota|drzwi "
        r"garazu|garaz)|(?:odpale|wlacze|uruchomie|zapale|odpalilam|odpalilem) (?:\w+ )?"
        r"(?:silnik|auto|samochod|fure)|(?:waz|weza|rur\w*) (?:\w+ ){0,2}?(?:od |do |na |w )?"
        r"(?:wydech\w*|rure wydechowa|rury wydechowej|tlumik\w*))",
        needs=r"(?s:\A(?=.*garaz)(?=.*(?:zamkn|zamyk|brame|wrota|waz|weza))(?=.*(?:silnik|odpal|"
        r"wlacz|uruchom|wydech|spalin)))",
        neighbours=True,
        unless=r"\b(?:grzej\w*|rozgrz\w*|mechanik\w*|napraw\w*|mroz\w*|warsztat\w*|wymian\w*|"
        r"wymienil\w*|zgasil\w*|zgasze|wyjade|wyjechac|pojade)\b",
    ),
    rule(
        S,
        # Walking along the tracks and waiting for a train.
        r"\b(?P<core>(?:chodze|ide|stoje|siedze|leze|spaceruje|blakam sie|poloze sie|polozylam "
        r"sie) (?:\w+ ){0,2}?(?:wzdluz|po|na|przy|kolo|obok) (?:\w+ )?(?:torow|torach|tory|"
        r"szynach|szyn|nasypie))",
        needs=r"\b(?:czekam na (?:\w+ )?(?:pociag|pospieszn\w*|towarow\w*|sklad|ekspres\w*|"
        r"intercity)|pod pociag|szybko|postanowil\w*|nie_boje|i koniec)",
        neighbours=True,
        unless=r"\b(?:zdjec\w*|fot\w*|sesj\w*|spacer\w*|wycieczk\w*|grzyb\w*|dzialk\w*|do "
        r"pracy|spozni\w*|opozni\w*|odwolan\w*|prac\w*|zmian\w*|kolejarz\w*|remont\w*|peron\w*)\b",
    ),
    rule(
        S,
        # Driving into a tree so that it looks like an accident.
        r"\b(?P<core>(?:wjade|wjechac|wbije sie|zjade|uderze) (?:\w+ ){0,2}?(?:w|pod) (?:\w+ )?"
        r"(?:drzew\w*|slup\w*|tira|tir|ciezarowk\w*|mur|sciane|barier\w*|pociag|przepasc|"
        r"filar\w*|wiadukt\w*)|(?:bedzie|zeby|niech|to bedzie) (?:\w+ )?wyglada\w* na (?:\w+ )?"
        r"wypadek|upozoruj\w* wypadek)",
        needs=r"\b(?:wypadek|celowo|specjalnie|nikt (?:sie )?nie_domysli|nikt nie_bedzie wiedzial|"
        r"i (?:juz )?koniec|i po wszystkim|zginac|umrzec|zabic sie|wjade)\b",
        neighbours=True,
        unless=r"\b(?:prawie|omal|o maly wlos|poslizg\w*|gololedz\w*|zasnal\w*|zmeczen\w*|jak tak "
        r"dalej|kryminal\w*|morderc\w*|zabojc\w*|polis\w*|odszkodowan\w*)\b",
    ),
    rule(
        S,
        # A supply swallowed at once or bought in several pharmacies, the medicine named in
        # the sentence before.
        r"\b(?P<core>(?:lykne|wypije|polkne|zjem|wezme|lykam) (?:\w+ )?(?:wszystko|wszystkie|"
        r"cale|calosc|oba|obydwa) (?:\w+ )?(?:naraz|na raz|za jednym razem|jednoczesnie|od "
        r"razu)|w (?:roznych|dwoch|trzech|czterech|kilku|\d+) aptekach)",
        needs=rf"(?:\b{_PILLS}|\bopakowa\w*|\bblister\w*|\bpaczk\w*)",
        neighbours=True,
        unless=r"\b(?:lekarz\w*|przepisal\w*|witamin\w*|na recept\w*|kuracj\w*|antybiotyk\w*|"
        r"brakowalo|nie_bylo|nie_ma|szukalam|obeszlam|brak)\b",
    ),
    # ---- SUICIDE: plans
    rule(
        S,
        # Leaving on a set day or date beside calm, a countdown or a decision.
        r"\b(?P<core>(?:odejde|umre|skoncze ze soba|zrobie to|to zrobie|zakoncze to|skoncze to) "
        r"(?:\w+ ){0,2}?(?:(?:w|na) (?:\w+ ){0,2}?(?:urodziny|imieniny|sylwestra|nowy rok|"
        r"poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele|weekend|te noc)|\d{1,2}(?:-?go)? "
        r"(?:stycz|lut|mar|kwiet|maj|czerw|lip|sierp|wrze|pazdz|listopad|grud)\w*))",
        needs=r"\b(?:zostal[oay]? (?:\w+ )?(?:\d+|pare|kilka|dwa|trzy|tydzien|tygodnie) ?(?:dni|"
        r"tygodni\w*|godzin\w*)?|spokojn\w*|postanowil\w*|postanowione|zdecydowal\w*|gotow\w*|"
        r"nikt nie_wie|zegna\w*|ostatni\w*)",
        neighbours=True,
        unless=r"\b(?:prac\w*|robot\w*|firm\w*|macierzy\w*|urlop\w*|emerytur\w*|wypowiedzeni\w*|"
        r"zwolni\w*|l4|gosc\w*|imprez\w*|tort\w*|niespodziank\w*|remont\w*)\b",
    ),
    rule(
        S,
        # A time chosen beside a means or readiness ("tabletki mam, godzine wybralam").
        r"\b(?P<core>(?:godzine|dzien|date|noc|moment|sposob|termin) (?:juz )?(?:wybral\w*|"
        r"ustalil\w*|wyznaczyl\w*)|(?:wybral\w*|ustalil\w*|wyznaczyl\w*) (?:juz )?(?:godzine|noc|"
        r"moment|termin))\b",
        needs=rf"(?:\b{_PILLS}|\bsznur|\bpetl|\bzylet|\bdach|\bmost|jestem gotow|jak wszyscy "
        r"(?:zasna|wyjda|wyjada)|nikt nie_przeszkodzi|nie_obudze)",
        neighbours=True,
        unless=r"\b(?:slub\w*|wesel\w*|spotkani\w*|rozmow\w*|urlop\w*|wyjazd\w*|randk\w*|"
        r"restaurac\w*|kin\w*|egzamin\w*|lekarz\w*|wizyt\w*|zabieg\w*|imprez\w*|remont\w*|"
        r"przeprowadzk\w*|recept\w*|kuracj\w*|zdjec\w*)\b",
    ),
    rule(
        S,
        # "I'm ending it all tomorrow" beside a will, debts paid or relief.
        r"\b(?P<core>(?:koncze|skoncze|zakoncze) (?:juz )?(?:z tym wszystkim|ze wszystkim|z "
        r"zyciem|to wszystko))\b",
        needs=r"\b(?:testament\w*|splacil\w*|dlug\w*|kredyt\w*|list\w* pozegnaln\w*|zegna\w*|"
        r"ulg\w*|spokoj\w*|postanowil\w*|tablet\w*|sznur\w*|most\w*|zylet\w*)",
        neighbours=True,
        unless=r"\b(?:prac\w*|robot\w*|studi\w*|zwiaz\w*|nim|nia|alkohol\w*|piciem|paleniem|"
        r"papieros\w*|diet\w*|sesj\w*|remont\w*|projekt\w*|firm\w*)\b",
    ),
    rule(
        S,
        # Leaving "i juz nie wroce" beside a decision, calm or a place chosen.
        r"\b(?P<core>(?:jade|pojade|ide|pojde|odejde|wyjde|dojde) (?:\w+ ){0,4}?i (?:juz |wiecej |"
        r"nigdy )?nie_wroce)\b",
        needs=r"\b(?:postanowil\w*|postanowione|spokojn\w*|gotow\w*|nie_boje|wybral\w*|miejsce|"
        r"zegna\w*|przepraszam|na zawsze|ostatni\w*)",
        neighbours=True,
        unless=r"\b(?:urlop\w*|emigr\w*|przeprowadz\w*|za granic\w*|do anglii|do niemiec|do "
        r"holandii|prac\w*|robot\w*|wiz\w*|kontrakt\w*|wojsk\w*|studi\w*|do niego|do niej|do "
        r"meza|od niego|od meza|z domu|z tego miasta|z tego kraju|mieszkani\w*)\b",
    ),
    # ---- DANGER: someone else, children
    rule(
        D,
        # A man heard shouting that he will kill her, blows heard through the wall.
        r"\b(?P<core>(?:drze sie|krzyczy|wrzeszczy|grozi|odgraza sie|wydziera sie|krzyczal|"
        r"darl sie) (?:\w+ ){0,3}?ze (?:ja|go|ich|je) (?:zabije|zatlucze|udusi|zadzga|zarznie|"
        r"zastrzeli|pobije)|(?:slychac|slysze|slyszalam|slyszalem) (?:\w+ ){0,2}?(?:uderzenia|"
        r"ciosy|jak (?:\w+ ){0,2}?(?:bije|leje|tlucze|dusi|kopie)))",
        about_others=True,
        needs=r"\b(?:(?:ona|on|dziecko|dzieci|mala|maly) (?:\w+ )?(?:krzyczy|placze|wola "
        r"pomocy|krzycza|placza)|uderzeni\w*|bije|leje|slychac|pomocy|policj\w*|boje|noz\w*|"
        r"krew|za sciana|sasiad\w*)",
        neighbours=True,
        unless=r"\b(?:zegar\w*|dzwon\w*|bebn\w*|deszcz\w*|grad\w*|fal\w*|serc\w*|pilk\w*|mlot\w*|"
        r"wiert\w*|gr[aeyz]\w*|zje|zjadl|zjesz|tort\w*|spozni\w*|jedynk\w*|zart\w*|smieje)\b",
    ),
    rule(
        D,
        # A grown-up asking a child for photos in underwear or naked.
        r"\b(?P<core>(?:prosi|poprosil|prosil|chce|zada|namawia|namowil|wyludza) (?:\w+ ){0,3}?"
        r"(?:fot\w*|zdjec\w*|zdjecia|filmik\w*|nagran\w*|selfie|nudes\w*) (?:\w+ ){0,2}?"
        r"(?:w bieliznie|w majtkach|bez ubran\w*|bez ubrania|nago|nag\w*|rozebran\w*|w stroju "
        r"kapielowym|bez koszulki|intymn\w*|pod prysznicem|w wannie))",
        needs=_CHILD_AGE,
        neighbours=True,
    ),
    rule(
        D,
        # A grown-up who is not a parent taking a child to his bed at night.
        r"\b(?P<core>(?:zabiera|bierze|zaciaga|wola|zaprasza|kladzie sie|wchodzi|wlazi|przychodzi)"
        r" (?:\w+ ){0,3}?(?:do (?:swojego |jego )?lozka|do siebie (?:spac|do lozka)|do mnie do "
        r"lozka|do niej do lozka|do (?:swojej |jego )?poscieli))",
        needs=rf"(?s:\A(?=.*(?:{_CHILD_AGE}|{_CHILD}))(?=.*{_GROWN_OTHER}))",
        neighbours=True,
        unless=r"\b(?:koszmar\w*|burz\w*|boi sie|strach\w*|chor\w*|goraczk\w*|bajk\w*|"
        r"kolysank\w*|kot\w*|psa|pies|szczeniak\w*)\b",
    ),
    rule(
        D,
        # A child hit with a belt, a cable or a stick ("konkubent matki bije go pasem").
        r"\b(?P<core>(?:bije|leje|tlucze|oklada|wali|bil|bila|zbil\w*|stlukl\w*|spral\w*|lal|lala) "
        r"(?:go|ja|je|ich|dzieci|malego|mala) (?:\w+ )?(?:pasem|paskiem|kablem|kijem|pretem|"
        r"piescia|piesciami|kapciem|smycza|skakanka|klamra|sciera))\b",
        about_others=True,
        unless=_PLAY + r"|\b(?:dywan\w*|poduszk\w*|pilk\w*|ciasto|jajk\w*|smietan\w*|komar\w*|"
        r"much\w*|karaluch\w*)\b",
    ),
    # ---- SUICIDE: a count of packs with "all of them tonight"; a bare wish with "by"
    rule(
        S,
        rf"\b(?P<core>(?:\d+|kilka|pare|dwa|dwie|trzy|cztery|piec) (?:opakowan|opakowania|paczek|"
        rf"paczki|blistr\w*|listk\w*) (?:\w+ )?{_PILLS})",
        needs=r"\b(?:dzis|dzisiaj|w nocy|wieczorem|jutro|wszystkie|wszystko|naraz|na raz|"
        r"wystarcz\w*|zasne|nie_obudze)\b",
        neighbours=True,
        unless=_ILLNESS + r"|\b(?:apteczk\w*|na wyjazd|dla (?:babci|dziadka|mamy|taty|dzieci)|"
        r"kuracj\w*|promocj\w*|zmywark\w*|do prania|do wc|toalet\w*|musujac\w*)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:zdechnac|umrzec|nie_obudzic sie|zasnac na zawsze|nie_zyc) (?:by|bym) ?"
        r"(?:juz|wreszcie|w koncu|najchetniej)?)(?=\s*(?:$|[.,!?;]))",
    ),
    # ---- SUICIDE: phone spellings, history
    rule(
        S,
        # "sie" before the verb with a word or two between ("chyba sie dzis zabije").
        r"\b(?P<core>sie (?:(?:dzis|dzisiaj|jutro|chyba|w koncu|normalnie|po prostu|serio|"
        r"naprawde|zaraz|wreszcie|tej nocy|w nocy|wieczorem|niedlugo|kiedys) ){1,3}(?:zabije|"
        r"powiesze|otruje|utopie|zastrzele))\b(?! (?:ze|z) (?:smiechu|nudow|wstydu)\b)",
        unless=r"\b(?:schod\w*|rower\w*|hulajnog\w*|nart\w*|desk\w*|w tych butach)\b",
    ),
    rule(
        S,
        # Looking for a way again, after an attempt or with the thoughts back.
        r"\b(?P<core>(?:szukam|szukalam|szukalem|googluje|czytam o|wybieram) (?:znowu |znow |"
        r"juz |ponownie )?(?:sposobu|sposobow|sposob|jak (?:to )?(?:zrobic|skonczyc|odejsc)))"
        r"(?=\s*(?:$|[.,!?;]|zeby|na (?:smierc|samobojstwo)|jak)(?! (?:\w+ )?(?:schudnac|zarobic|"
        r"zasnac|rzucic)))",
        needs=r"\b(?:prob\w*|mysli (?:\w+ )?wrocil\w*|wrocil\w* (?:\w+ )?mysli|samoboj\w*|zabic|"
        r"umrzec|nie_chce zyc|odejsc)\b",
        neighbours=True,
    ),
)
_CHECK_IN_ROUND6: tuple[Rule, ...] = (
    rule(
        S,
        # "Nobody will miss me", "I'm only in the way in this world".
        r"\b(?P<core>nikomu nie_bede (?:\w+ )?brakowac|nikt (?:\w+ )?nie_bedzie (?:za mna )?"
        r"(?:tesknic|tesknil\w*|plakal\w*|plakac)|zawadzam (?:\w+ ){0,2}?na tym swiecie|zawadzam "
        r"(?:tylko )?wszystkim(?=\s*(?:$|[.,!?;])))",
        unless=r"\b(?:wyjazd\w*|wyjezdzam|urlop\w*|praca|pracy|oboz\w*|wakacj\w*|w klasie|"
        r"w zespole)\b",
    ),
    rule(
        S,
        # Numb, dead inside, on autopilot; no point in anything, word order free.
        r"\b(?P<core>(?:wszystko )?we mnie (?:\w+ )?umarlo|umarl[ae]m w srodku|martw[ay] w "
        r"srodku|(?:zyje|funkcjonuje|egzystuje) (?:\w+ )?na autopilocie|nie_widze (?:juz )?w "
        r"niczym sensu|po prostu wegetuje(?=\s*(?:$|[.,!?;])))",
        unless=r"\b(?:wstyd\w*|smiech\w*|ze smiechu|w pracy|rano przed kawa)\b",
    ),
)

del D, S, H

LANGUAGE = Language(
    code="pl",
    crisis=_CRISIS + _ROUND3 + _ROUND4 + _ROUND5 + _ROUND6,
    check_in=_CHECK_IN + _CHECK_IN_ROUND5 + _CHECK_IN_ROUND6,
    shorthand=(*_SHORTHAND, _RECOVERY),
    subjects="ja ty on ona ono my wy oni one kto nikt ktos wszyscy",
    first_person="ja mnie mi",
    negators=(
        r"nie_(?:tak|zamierzam|zamierzalam|chce|chcialabym|chcialbym|chcialam|chcialem|planuje|"
        r"bede|zrobie|mysle|myslalam|myslalem|probowalam|probowalem|robie|robilam|robilem|"
        r"potrafilabym|potrafilbym|umialabym|umialbym|odwazylabym|odwazylbym|moglabym|"
        r"moglbym|"
        # Round 6: "nie mysl, ze cos sobie zrobie" (do not think that ...).
        r"mysl|myslcie|sadz|sadzcie)"
    ),
    history_after=r" ?(?:\w+ ){0,3}?(?:znowu|znow|ponownie)\b",
    # A denial after the phrase, ending its clause ("zabijac sie nie bede", "ciac sie nie
    # zamierzam, obiecuje"), and a past said to be over right after it ("mialam mysli,
    # zeby sie zabic, ale od trzech lat jest ok"). Not "chce sie zabic, nie bede klamac".
    denied_after=(
        # "samobojstwo to nie dla mnie".
        r",? to nie_dla mnie\b|"
        r"(?:(?: (?:ja|juz|nawet|na pewno|nigdy|wiecej|raczej|tego|tak|w ogole)){0,2}"
        r" (?:nie_(?:bede|zamierzam|planuje|chce|zrobie|mysle)|nie_ma mowy)(?=\s*(?:$|[.,!?;:)(]|"
        r"nie_martw|obiecuje|serio|naprawde|spokojnie|nawet|gdyby co|jakby co|w razie czego))|"
        # Round 6: "mysli samobojczych brak/zero/nie mam".
        r"(?: (?:u mnie|juz|zupelnie|totalnie|kompletnie|raczej))? (?:brak|zero|nie_mam)"
        r"(?=\s*(?:$|[.,!?;:)(]))|,? (?:ale|a|lecz) (?:juz )?"
        r"(?:od|przez) (?:\w+ ){1,2}?(?:jest|czuje sie|mam sie) (?:juz )?(?:ok|okej|dobrze|"
        r"spokoj\w*|lepiej))|(?: (?:nigdy|mnie|do mnie|juz|raczej|w ogole)){0,3} "
        r"nie_(?:nachodz|naszl|przychodz|przyszl|dopada|dopadl|dopadaj)\w*|,? (?:a |i )?(?:ja )?"
        r"(?:powiedzialam|powiedzialem|odpowiedzialam|odpowiedzialem|mowie|odpisalam|"
        r"odpisalem)(?:,)? (?:ze )?(?:nie_mam|nie|nie_ma|zadnych|nie_bylo|nie_i(?= (?:to prawda|"
        r"naprawde|serio|tak jest)))(?=\s*(?:$|[.,!?;)]| (?:to prawda|naprawde|serio|tak jest)))"
    ),
    # "Nigdy bym tego nie zrobila, zabic sie" (the comma would hide the denial).
    denied_before=r"\bnigdy (?:bym )?(?:tego )?nie_zrobil\w*|\bnie_zrobil\w* bym tego\b|\bnie_mam "
    r"zamiaru\b",
    # Asked and answered: "mysli o samobojstwie? nie, nic takiego".
    answered_no=(
        r"\?+ (?:nie|nope|nigdy|w zyciu|skad|coz ty|no co ty|absolutnie nie|zadnych|raczej nie|"
        r"nie no|bez przesady|chyba zartujesz|zartujesz|gdzie tam|a skad|brak|zero|zadne|"
        r"nie_mam)(?=\s*(?:$|[.,!?;)]))"
    ),
    fiction=(
        r"\b(?:film\w*|serial\w*|ksiazk\w*|ksiazce|powiesc\w*|lektur\w*|bohater\w*|postac\w*|"
        r"odcin\w*|sezon\w*|w wiadomosciach|z wiadomosci|wiadomosci (?:w tv|tvn|tvp|w radiu)|artykul\w*|news\w*|podcast\w*|dokumentaln\w*|dokumencie|dokument (?:o|na)|piosenk\w*|"
        r"teledysk\w*|anime|mang\w*|gr[aezy]|grach|wiersz\w*|tiktok\w*|youtub\w*|netflix\w*|"
        r"reportaz\w*|omawiamy|na polskim|lekcj\w* (?:historii|polskiego|wos\w*|biologii|religii)|werter\w*|romeo|julia|badani\w*|"
        r"statystyk\w*|kampani\w*|prewencj\w*|profilaktyk\w*|wyklad\w*|spektakl\w*|teatr\w*|"
        r"true crime|kryminal\w*|telewizj\w*|tv|gazec\w*|portal\w*|scen[aeyi]|scenach|"
        r"reasons why)\b"
    ),
)
