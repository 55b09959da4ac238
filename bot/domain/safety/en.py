"""Crisis screen: does a reply speak of suicide, self-harm or being in danger?

Every reply a person writes passes `screen`. A positive result makes the bot answer, in
the same turn, with care and with helplines for the person's country. The screen is a
set of readable English rules (regular expressions over normalised text), not a model,
so that anyone can see why a sentence was or was not flagged.

How text is read
- Normalised first: NFKC, casefold, curly quotes and apostrophes made straight, zero-width
  characters and lone surrogates removed, whitespace collapsed, common shorthand and
  typos expanded ("im" -> "i'm", "dont" -> "don't", "wanna" -> "want to", "kms" ->
  "kill myself", "sucidal" -> "suicidal", "no one" -> "nobody"). Letters repeated three
  or more times are squashed; because "sooo" wants two letters ("soo") but "diiie" wants
  one ("die"), both squashings are screened and either may match.
- Negation is read in the verb group before the phrase: from the nearest subject
  pronoun to the phrase, at most six words, within the clause. "I'm not going to hurt
  myself" and "I would never kill myself" are not flagged; "I can't stop thinking
  about killing myself", "I'm not sure I want to live" and "trying not to hurt myself"
  are. Phrases that carry their own negation ("I don't want to live anymore", "there's
  no reason to live", "nobody would miss me if I was gone") are rules of their own.
- Idioms and hyperbole are excluded where the words themselves say so: "killing me",
  "could kill for", "died laughing", "dying to", "dead tired", "killed it", "the death
  of me", "suicide squad", "cut the onions", "cut myself some slack", "cut myself off",
  "hit me up", "beat me at chess", "choked up", "pushed me away", "killing myself to
  finish the project" (overwork), "die of embarrassment", "die for her cooking".

Decisions on the ambiguous cases (all deliberate; the test set encodes them)
- Past tense. A person's own history of suicidal thoughts, attempts, self-harm or abuse
  is flagged ("a year ago I wanted to die, today I'm okay", "I used to self-harm", "my
  ex was abusive"). Past attempts and self-harm are the strongest predictors of future
  risk, this bot's users write about old wounds on purpose, and the cost of a gentle
  "if any of this comes back, here is who to call" is small next to a missed crisis.
  The reply must therefore be worded for "now or before", never as an alarm. Denials
  are not history: "I'm not suicidal", "no thoughts of suicide lately" are not flagged.
  But a denial that implies a history ("not anymore", "no longer", "never again") and
  recovery streaks ("I haven't cut in 90 days", "40 days clean from self-harm") are.
- Third person. Someone the writer knows being at risk now is flagged with that
  person's concern: a friend who says she wants to kill herself (suicide), a sister
  whose husband hits her (danger); crisis lines also support worried friends and
  family. Past deaths are grief, not crisis ("my brother killed himself", "lost him to
  suicide" are not flagged), and third-person phrases are ignored in a sentence about
  fiction or the news (film, book, show, character, article, documentary...).
  A partner threatening suicide to stop the writer leaving is DANGER: it is coercion,
  and the DANGER reply carries both abuse and crisis lines.
- Hyperbole. "I'd rather die than sing karaoke", "I'd rather be dead", "my mom will
  kill me", "he'll kill me if I'm late", "kill me now" are read as figures of speech;
  "I'd rather die than keep feeling this way" is not. The explicit "kill myself",
  "kms" and "I want to die" are never read as jokes, even with "lol".
- Emotional hurt is this bot's core theme, not danger: "I'm scared he'll hurt me if I
  let him in", "he hurt me when he forgot my birthday", "I don't feel safe opening up"
  are not flagged; "I'm scared he'll hurt me when he gets home", "I don't feel safe
  around him" are.
- Deliberately not flagged on their own: "I want to disappear" (for this bot's users it
  is usually the urge to withdraw), "I can't take it anymore", "I hate myself",
  "dead inside", "I feel like a burden". "I don't want to live like this anymore" and
  "I can't go on like this" are flagged.
- When a reply shows several concerns, DANGER wins (its reply lists abuse lines and
  crisis lines), then SUICIDE, then SELF_HARM.

Known limits: the screen reads wordings, not situations. Indirect signals ("I held the
pills in my hand for an hour", "I'll be gone by Friday", "I'm going to end it tonight",
which is also how people speak of a break-up) are missed; tests/domain/test_safety.py
keeps them as expected failures. It is a floor under the bot's care, not a clinical tool.
"""

from __future__ import annotations

from bot.domain.safety.engine import Concern, Language, Rule, rule

__all__ = ["LANGUAGE"]

# Shorthand and frequent typos, applied in order. Each one maps many spellings to the one
# the rules are written against, so the rules stay short.
_SHORTHAND: tuple[tuple[str, str], ...] = (
        (r"\b(do|does|did|is|was|were|are|has|have|had|would|could|should|ca|wo|ai)nt\b", r"\1n't"),
        (r"\bcan ?not\b", "can't"),
        (r"\bwill not\b", "won't"),
        (r"\b(do|does|did|is|was|were|are|has|have|had|would|could|should|must) not\b", r"\1n't"),
        (r"\bi ?am\b|\bim\b", "i'm"),
        (r"\bive\b", "i've"),
        (r"\bi'?d\b", "i'd"),
        (r"\b(he|she|it|that|there|what|who) is\b", r"\1's"),
        (r"\b(he|she|what|that)s\b", r"\1's"),
        (r"\b(i|you|he|she|we|they) will\b", r"\1'll"),
        (r"\b(i|you|he|she|we|they) would\b", r"\1'd"),
        (r"\bwanna\b", "want to"),
        (r"\bgonna\b", "going to"),
        (r"\bgotta\b", "got to"),
        (r"\btryna\b", "trying to"),
        (r"\b(want|wants|going|have|need|wish|try|tried|plan|planning) 2\b", r"\1 to"),
        (r"\bkms\b", "kill myself"),
        (r"\bunalive\b", "kill"),
        (r"\bkil\b", "kill"),
        (r"\bkilling my ?self\b", "killing myself"),
        (r"\bmy ?s[el]{1,2}[fv]e?l?\b|\bmy sefl\b|\bmyslf\b|\bmeself\b", "myself"),
        (r"\b(him|her|them) self\b", r"\1self"),
        (r"\bno[ -]?one\b|\bno body\b", "nobody"),
        (r"\bany more\b", "anymore"),
        (r"\bsu[ia1!]{0,2}[cs]{1,2}[i1!y]{0,2}d(?:a|e)?l\b", "suicidal"),
        (r"\bsu[ia1!]{0,2}[cs]{1,2}[i1!y]{0,2}d[e3]?\b", "suicide"),
        (r"\bself ?-? ?harm", "self-harm"),
        (r"\bselfharm", "self-harm"),
        (r"\bbf\b", "boyfriend"),
        (r"\bgf\b", "girlfriend"),
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
_PERSON = rf"(?:he|she|they|someone|somebody|(?:my|our|her|his|their|a|the) (?:\w+'s )?{_RELATION})"
_SELF = r"(?:i|i'm|i've|i'd|i'll)"
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
    r"(?:(?<!hit me)(?<!hits me)(?<!choked me)(?<!chokes me)|(?! up\b))"
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
    r"(?:died|die|was gone|were gone|was dead|were dead|wasn't (?:here|around|alive)|"
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

# Ordered by priority: the first concern that has a valid match wins.
_CRISIS: tuple[Rule, ...] = (
    # ---- DANGER: the writer is hurt, threatened, controlled or followed by someone.
    rule(D, rf"\b{_PERSON}(?: \w+){{0,3}}? (?P<core>{_VIOLENT}) me\b{_NOT_VIOLENCE_AFTER}"),
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
        r"wall|to the (?:ground|floor)|off|over|out of (?:the|a|his|her) (?:car|house)))",
    ),
    rule(
        D,
        # A negation inside the threat ("said he'd never hurt me") is not a threat.
        r"\b(?P<core>(?:threaten(?:s|ed|ing)?|said|says|told me|swore|swears|promised|texted|"
        r"keeps saying)(?: that)?(?: he| she| they)?(?:'ll|'d| will| would| is going to| was going "
        r"to| going to)?(?: to)? (?:(?!never |not |no )\w+ )?(?:kill|hurt|hit|beat|stab|shoot|burn|"
        r"rape|strangle|choke|harm|break) (?:me|us|my (?:face|neck|legs?|arms?|bones|kids|children|"
        r"son|daughter|baby|family|dog|cat|pets?)))",
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
        rf"\b{_PERSON}(?P<core>(?: is going to|'s going to| going to| is gonna|'ll| will| might|"
        r" could|'d) (?:really |actually )?(?:kill|hurt|hit|beat|strangle|stab|shoot) me)\b"
        rf"{_EMOTIONAL_IF}",
        needs=r"\b(?:scared|afraid|terrified|frightened|fear|panicking|shaking|hiding|unsafe)\b",
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
        r"{_RELATION})|here|living with \w+|right now|tonight|anymore))?"
        r"(?=\s*(?:$|[.,!?;]|and\b|but\b|because\b|since\b|anymore|right now|tonight|at home))",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:scared|afraid|terrified|frightened) (?:to|of) (?:go|going|be|being|stay|"
        r"staying|sleep|sleeping) (?:back )?(?:home|at home|here tonight|there tonight|alone with "
        r"(?:him|her|them)|in the same (?:house|room|bed)))\b",
    ),
    rule(
        D,
        rf"\b(?P<core>(?:scared|afraid|terrified|frightened) of (?:him|her|them|my (?:\w+'s )?"
        rf"{_RELATION}))(?=\s*(?:$|[.,!?;]|when\b|because\b|and\b|but\b|so\b|now\b|anymore|"
        r"sometimes|lately|right now))",
    ),
    rule(
        D,
        r"\b(?P<core>stalk(?:s|ed|ing)? me|being stalked|(?:have|got|'ve got) a stalker|my stalker|"
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
        r"room)|see (?:my )?(?:friends|family)|have my phone|use my phone|talk to (?:anyone|my))|"
        r"won't let me leave)\b",
        negatable=False,
    ),
    rule(
        D,
        r"\b(?P<core>(?:forced|forces|forcing|made|makes|pressured|pressures|coerced|coerces) me "
        r"(?:to |into )?(?:have sex|having sex|sleep with|sleeping with|do (?:sexual )?(?:things|"
        r"stuff)|sex|sexual)|forced (?:himself|herself|themselves) on me|(?:touch|touches|touched|"
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
    # ---- SUICIDE
    rule(
        S,
        r"\b(?P<core>(?:kill|kills|killed) myself|killing myself)\b(?! laughing)",
        unless=r"\b(?:'m|am|was|were|been|'re|are) killing myself (?:to|for|over|at|trying|working|"
        r"on)\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:want|wants|wanted|wanting|wish(?:ed)? (?:i )?(?:could|would)|ready|plan|"
        r"planning|deserve|deserves|need|should(?: just)?|hope i|hoping i|would like|'d like|"
        r"just want|long|longing|praying to|pray to) (?:to )?(?:just )?die)\b(?! (?:of|from|for|"
        r"than|laughing|happy|old|with (?:him|her|them|you|my|someone)|in (?:peace|(?:his|her|"
        r"their|your|my) arms)|at home|peacefully|alone|young|a (?:hero|legend|virgin)|someday|"
        r"one day|on (?:this|that) hill|trying|doing|a little))",
        about_others=True,
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
        r"funeral)|(?:imagin|pictur|plann)(?:e|es|ed|ing) my (?:own )?funeral|(?:a )?danger to "
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
        r"\b(?P<core>who (?:gets|will get|should get|would get|inherits) my (?:stuff|things|"
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
        r"better off dead|(?:want|wanted|wanting|wish) to not (?:be alive|exist|be here|wake up"
        r"|live)"
        r")\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:better off|happier|easier|simpler|lighter|calmer|better|a favou?r"
        r"|a relief|"
        r"relieved) (?:for (?:everyone|everybody|them|him|her|my family|all of them) )?(?:without "
        rf"me|if i (?:just |simply |really |finally )?(?:{_GONE})|once i'm gone|when i'm gone))",
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
        r"\b(?P<core>suicidal|(?:commit|committed|committing|attempt|attempted|attempts|attempting|"
        r"consider|considered|considering|contemplate|contemplated|contemplating|thinking about|"
        r"thinking of|think about|think of|thought about|thought of|thoughts of|thoughts about|"
        r"planning|plan|planned|googled|googling|researched|researching|urges? to commit) suicide|"
        r"suicide (?:attempts?|plans?|notes?|letters?|thoughts?|ideation|urges?|watch|risk|hotline|"
        r"helpline|line|lifeline)|my (?:own )?suicide)\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:took|take|taking|taken|swallowed|swallow|swallowing|downed"
        r"|popped) (?:\w+ )?"
        r"(?:a bunch of|all (?:of )?(?:my|the|his|her)|too many|(?:way|far) too many|a lot of|lots "
        r"of|loads of|a handful of|handfuls of|the whole (?:bottle|box|pack|packet|strip) of"
        r"|a whole "
        r"(?:bottle|box|pack|packet) of|\d{2,}|twenty|thirty|forty|fifty|a hundred) (?:of )?(?:my |"
        r"the |his |her )?(?:\w+ )?(?:pills|tablets|meds|medication|medicine|painkillers|"
        r"antidepressants|paracetamol|tylenol|ibuprofen|aspirin|xanax|insulin))\b",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>overdos(?:e|ed|es|ing)|od'?d|o\.d\.)\b(?! (?:on|of) (?:sugar|caffeine|coffee|"
        r"chocolate|cuteness|drama|love|romance|sun|tv|netflix|information|cheese|candy|cake|"
        r"feelings|emotions|memes))",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:sav(?:ed|ing)|stockpil(?:ed|ing|e)|hoard(?:ed|ing)|collect(?:ed|ing)|"
        r"stash(?:ed|ing)?) (?:up )?(?:\w+ )?(?:pills|tablets|meds|painkillers)|(?:pills|tablets|"
        r"meds|painkillers) (?:saved|stashed|stockpiled|hidden|hoarded))\b",
    ),
    rule(
        S,
        r"\b(?P<core>(?:hang|hanging|drown|drowning|shoot|shooting|poison|poisoning|electrocute|"
        r"suffocate|suffocating|gas) myself|starv(?:e|ing) myself to death|slit (?:my )?(?:own )?"
        r"wrists?|(?:a )?noose|(?:gun|pistol) to my head)\b",
    ),
    rule(
        S,
        rf"\b(?P<core>{_INTENT} (?:to )?(?:jump|jumping|leap|leaping|throw(?:ing)? myself|"
        r"step(?:ping)? in front|walk(?:ing)? in front|driv(?:e|ing) (?:my car )?(?:into|off))\b"
        r"(?! (?:in\b|into (?:a |the |my )?(?:pool|lake|sea|water|conversation|relationship|"
        r"dating|bed)|on\b|at\b|for\b|back\b|out\b|ship\b|ahead\b|to conclusions|the gun|through|"
        r"rope|around|up\b|with\b|right in|straight in|over\b|across\b|onto\b)))",
        about_others=True,
    ),
    rule(
        S,
        r"\b(?P<core>(?:suicide|goodbye|farewell) (?:notes|letters|messages|videos)|suicide note|"
        r"(?:goodbye|farewell) (?:note|letter|message|video) (?:to|for) (?:everyone|everybody|all|"
        r"my (?:family|kids|children|parents|friends|loved ones)|the people i love)|"
        r"(?:said|saying|say) (?:my )?goodbyes? to (?:everyone|everybody|all|my (?:family|friends|"
        r"loved ones))(?! (?:at|before|after|in|on|from|there|here|and left|and went)))\b",
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
    # ---- SELF_HARM
    rule(
        H,
        r"\b(?P<core>self-harm(?:s|ed|ing|er)?|self-? ?injur(?:y|e|ed|ing|ies|ious)|self-? ?"
        r"mutilat(?:e|ed|ing|ion))\b(?! (?:awareness|prevention|training|workshop|course|research|"
        r"policy|statistics|policies))",
        about_others=True,
    ),
    rule(
        H,
        r"\b(?P<core>(?:haven't|hasn't|didn't|not) (?:\w+ )?(?:cut|cutting|self-harmed|self-harm|"
        r"hurt myself|burned myself|burnt myself|relapsed)) (?:myself )?(?:in|for|since) (?:\w+ )"
        r"{0,2}?(?:days?|weeks?|months?|years?|\d+|ages|a while|then|christmas|summer|spring|"
        r"winter|autumn|fall)\b",
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
        unless=_KNOCK_ACCIDENT,
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
        r"\b(?P<core>(?:until|till|til|'til) (?:it|they|i|my \w+) (?:bleeds?|bled|bleeding|"
        r"bruises?|bruised|was (?:bleeding|raw)|were (?:bleeding|raw)))\b",
        about_others=True,
        unless=_CUT_ACCIDENT,
    ),
    rule(
        H,
        r"\b(?P<core>(?:urges?|temptation|tempted|want|wanted|need|needed|itch|cravings?|craving) "
        r"(?:\w+ )?to (?:cut|self-harm|hurt myself|burn myself|relapse))\b(?! (?:\w+ )?(?:off|back|"
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
        r"\b(?P<core>(?:fresh )?(?:cuts|scars|scratches|burns|wounds) (?:on|across|along|up) "
        r"(?:my|both my|both) (?:wrists?|arms?|thighs?|legs?|stomach|hips?|skin|forearms?)|"
        r"(?:hid(?:e|ing)?|cover(?:ing|ed)?) (?:my|the) (?:cuts|scars)|fresh cuts)\b",
    ),
)
del D, S, H

LANGUAGE = Language(
    code="en",
    crisis=_CRISIS,
    shorthand=_SHORTHAND,
    subjects=(    "i i'm i'd i've i'll he he's he'd he'll she she's she'd she'll they they're they'd they'll "
    "you you're you'd you'll we we're we'd we'll it it's who nobody someone somebody "
    "everyone everybody people"
    ),
    first_person="i i'm i'd i've i'll",
    negators=r"not|never|no|nor|\w+n't",
    doubt_after=(    "sure certain know knowing okay ok fine stop help lie thought think imagined expected "
    "care matter mind"
    ),
    resisting_before="try trying tried struggling struggle hard fighting promised promise swore swear told",
    history_after=r" ?(?:\w+ ){0,3}?(?:anymore|any longer|again)\b",
    fiction=(
    r"\b(?:movies?|films?|books?|novels?|shows?|series|episodes?|seasons?|characters?|"
    r"protagonist|stor(?:y|ies)|news|articles?|headlines?|podcasts?|documentar(?:y|ies)|songs?|"
    r"lyrics|albums?|video games?|anime|manga|musical|poems?|tv|netflix|reddit|tiktok|youtube|"
    r"report|study|statistics|research|lecture|essay|awareness|prevention|campaign|"
    r"volunteer(?:ing|ed)?|charity|fundraiser)\b"
    ),
)
