"""The words ``ask`` understands, in one place: data, no logic.

Every entry is written as people type it; ``ask`` normalises it the way it normalises a question
(hamza forms, ى/ي, ة/ه, case and accents folded), so a list need not repeat spellings.
Arabic entries cover Modern Standard Arabic and the dialects readers write in (Gulf, Egyptian,
Levantine, Moroccan).
"""

from __future__ import annotations

from typing import Literal, get_args


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


# What a question asks for.
AnswerType = Literal[
    "agent",  # who: a person or a body
    "person",
    "organisation",
    "date",
    "place",
    "country",
    "number",
    "duration",
    "ordinal",
    "post",
    "reason",
    "definition",
    "activity",
    "manner",  # how: "by a large margin"
    "thing",
]
# What a record of ``ask``'s answer is: one of those, or the whole of a list, of a two-part
# question, or a yes/no answer (JSON ``answer_type`` and ``question_kind``).
ANSWER_TYPES: tuple[str, ...] = (*get_args(AnswerType), "list", "two-part", "yes/no")

# Question words and the answer they ask for. Several words: a phrase, matched word by word.
# The first one in the question decides; "which"/"أي" + a type noun is refined by TYPE_NOUNS.
QUESTION_WORDS: tuple[tuple[str, AnswerType], ...] = (
    # how many / how long
    ("how many", "number"),
    ("how much", "number"),
    ("what number", "ordinal"),
    ("how long", "duration"),
    ("for how long", "duration"),
    ("كم", "number"),
    ("كام", "number"),
    ("قديش", "number"),
    ("قداش", "number"),
    ("شحال", "number"),
    ("ادش", "number"),
    ("قد ايش", "number"),
    ("كم سنه", "duration"),
    ("كم عام", "duration"),
    ("كم مده", "duration"),
    ("شحال من عام", "duration"),
    # when
    ("when", "date"),
    # (a preposition before the question word: the type noun after it says what is asked)
    ("during what", "thing"),
    ("during which", "thing"),
    ("over what", "thing"),
    ("wen", "date"),  # (typed fast)
    ("whos", "agent"),
    ("whn", "date"),
    ("what time", "date"),
    ("متي", "date"),
    ("امتي", "date"),
    ("ايمتي", "date"),
    ("امتا", "date"),
    ("وقتاش", "date"),
    ("فوقاش", "date"),
    ("ايمته", "date"),
    ("متى", "date"),
    # where
    ("where", "place"),
    ("اين", "place"),
    ("وين", "place"),
    ("فين", "place"),
    ("فاين", "place"),
    ("منين", "place"),
    ("من وين", "place"),
    ("من فين", "place"),
    # why
    ("why", "reason"),
    ("what for", "reason"),
    ("for what purpose", "reason"),
    ("لماذا", "reason"),
    ("لم", "reason"),
    ("ليش", "reason"),
    ("ليه", "reason"),
    ("علاش", "reason"),
    ("لاش", "reason"),
    ("لايش", "reason"),
    ("لاي سبب", "reason"),
    ("لاي غرض", "reason"),
    ("لاي اغراض", "reason"),
    ("لاي هدف", "reason"),
    # how (manner)
    ("how", "manner"),
    ("كيف", "manner"),
    ("ازاي", "manner"),
    ("كيفاش", "manner"),
    ("شلون", "manner"),
    ("اشلون", "manner"),
    # who
    ("who", "agent"),
    ("whom", "agent"),
    ("whose", "agent"),
    ("with whom", "agent"),
    ("by whom", "agent"),
    ("من", "agent"),
    ("مين", "agent"),
    ("منو", "agent"),
    ("شكون", "agent"),
    ("مع من", "agent"),
    ("من هو", "agent"),
    ("من هي", "agent"),
    ("من الذي", "agent"),
    ("من اللي", "agent"),
    # which / what
    ("which", "thing"),
    ("wich", "thing"),
    ("whic", "thing"),
    ("wat", "thing"),
    ("what", "thing"),
    ("اي", "thing"),
    ("الكم", "ordinal"),  # (Levant, Gulf: "the how-many-th")
    ("باي", "thing"),
    ("في اي", "thing"),
    ("انهي", "thing"),
    ("انهو", "thing"),
    ("ما", "thing"),
    ("ماذا", "thing"),
    ("بماذا", "thing"),
    ("ما هو", "thing"),
    ("ما هي", "thing"),
    ("ماهو", "thing"),
    ("ماهي", "thing"),
    ("شو", "thing"),
    ("ايش", "thing"),
    ("وش", "thing"),
    ("اشنو", "thing"),
    ("شنو", "thing"),
    ("اش", "thing"),
    ("شنهو", "thing"),
    ("شنهي", "thing"),
    ("ايه", "thing"),
    ("إيه", "thing"),
)

# Plural nouns that ask for every item ("which countries", "what threats").
PLURAL_NOUNS = (
    "countries nations states cities threats challenges topics issues tools dangers risks "
    "solutions aims goals items things subjects bodies agencies organisations organizations "
    "جهات هيئات مؤسسات منظمات دول البلدان بلدان مدن تهديدات التهديدات "
    "تحديات التحديات مواضيع قضايا اهداف مخاطر حلول"
)

# A short answer made of these words names people ("the delegates of 96 member countries").
PEOPLE_WORDS = "delegates delegate representatives مندوبو مندوبي"

# Words that open a yes/no question (at the start), and phrases that do anywhere.
YESNO_START = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "هل",
        "واش",
        "اصحيح",
        "ايصح",
    ]
)
YESNO_PHRASES: tuple[str, ...] = (
    "is it true",
    "is it correct",
    "is it right",
    "true or false",
    "هل صحيح",
    "صحيح ان",
    "صح ان",
    "واش صحيح",
    "هل يصح",
)

# Nouns that say what kind of answer is wanted ("which country", "أي جهة", "what date").
# A type noun is not a content word: "which city" does not ask about a city's name.
TYPE_NOUNS: tuple[tuple[str, AnswerType], ...] = (
    (
        "country countries nation nations state states nationality دوله دول بلد بلاد بلدان "
        "البلدان جنسيه",
        "country",
    ),
    ("city cities town place location مدينه مدن مكان موقع", "place"),
    (
        "day days date dates year years month time period يوم تاريخ تواريخ سنه عام شهر وقت "
        "فتره الفتره",
        "date",
    ),
    ("session edition editions ordinal دوره نسخه ترتيب رقم", "ordinal"),
    ("count number total عدد مجموع", "number"),
    (
        "organisation organization organisations organizations body bodies agency institution "
        "directorate directorates department service جهات هيئات مؤسسات منظمات اداره الاداره "
        "مديريه المديريتان مديريتين "
        " authority party side جهه هيئه مؤسسه منظمه جهاز سلطه طرف",
        "organisation",
    ),
    ("person man woman people official officials شخص رجل امراه الشخص", "person"),
    (
        "post position job title role office function occupation منصب وظيفه مهنه شغل عمل مهام",
        "post",
    ),
)

# Type nouns that say only what kind of answer is wanted, never what it is about (unlike
# "session" in "which session", which is also what is counted).
PURE_TYPE_WORDS = _w("ordinal number ترتيب رقم count total عدد")

# Words that, with a date question, ask for the start or the end of a span.
DATE_START = frozenset(
    [
        "start",
        "started",
        "starts",
        "begin",
        "began",
        "begins",
        "beginning",
        "open",
        "opened",
        "opens",
        "kick",
        "kicked",
        "بدا",
        "بدات",
        "يبدا",
        "تبدا",
        "بدايه",
        "انطلق",
        "انطلقت",
        "انطلاق",
        "افتتح",
        "افتتحت",
        "افتتاح",
    ]
)
DATE_END = frozenset(
    [
        "end",
        "ended",
        "ends",
        "finish",
        "finished",
        "close",
        "closed",
        "closes",
        "conclude",
        "concluded",
        "انتهي",
        "انتهت",
        "ينتهي",
        "نهايه",
        "ختام",
        "اختتم",
        "اختتمت",
        "اختتام",
    ]
)

# "what does X do" asks for a post (a person) or a purpose (a body); "what did X do" for what
# X did there.
DO_PRESENT = frozenset(
    [
        "do",
        "does",
        "يفعل",
        "تفعل",
        "يعمل",
        "تعمل",
        "بيعمل",
        "بتعمل",
        "بيشتغل",
        "يشتغل",
        "كيدير",
        "كيخدم",
        "يدير",
    ]
)
DO_PAST = _w("did done فعل عمل دار دارو عملو سوي سوا")

# "other candidates", "باقي المرشحين": the ones the article does not name.
OTHER_WORDS = frozenset(
    ["other", "others", "remaining", "rest", "باقي", "بقيه", "الاخرين", "الاخري", "اخرين", "اخري"]
)

# Words that mean the opposite of a word facts use, for yes/no questions ("narrow" margin).
OPPOSITES: tuple[tuple[str, str], ...] = (
    (
        "narrow slim small tiny close slight ضيق ضئيل صغير بسيط طفيف",
        "large wide big huge overwhelming crushing landslide كبير ساحقه واسع",
    ),
    ("lost lose loses defeated فشل خسر خسارة", "won win wins elected فاز انتخب"),
)

# Concepts: each tag stands for every word of its group, in both languages. A tag holds a digit,
# so the search matches it exactly, never as a prefix or a typo of something else.
CONCEPTS: dict[str, str] = {
    "c0elect": "elect elected elects election elections electing won win wins winning winner "
    "results result outcome ظفر ظفرت اختار اختارت اختارته اختاره اختارها تنتاخب تنتخب انتاخب "
    "winners victory chosen choose chose selected grabbed grab grabs landed secured clinched "
    "beat انتخب انتخبت انتخبه انتخاب انتخابات انتخابه فاز يفوز الفوز فوز اختير "
    "اختيار انتخابها ربح ربحت نجح اتنتخب انتخبوه الفائز فائز الفائزين",
    "c0vote": "vote votes voted voting backed backing ballot ballots تصويت التصويت اصوات "
    "الاصوات صوت صوتت صوتا اصواتا",
    "c0begin": "يستلم يتسلم استلم تسلم become became begin began start started starts took assume "
    "assumed تولي تولى "
    "بدا بدات اصبح",
    "c0nominate": "nominate nominated nominates nominating nominee nomination candidate "
    "candidates candidacy candidature ran running bid bids picked put forward proposed "
    "رشح رشحت رشحه ترشيح الترشيح ترشح مرشح المرشح المرشحين مرشحا",
    "c0vp": "vice vp نائب نائبا كنائب",
    "c0head": "direct head heads headed led lead leads leader leaders chaired chair director "
    "directs directed run runs boss chief chiefs steered steering دفه اداره ادارتها ادارتهما ترأس "
    "يرأس ترؤس برئاسه قاد يقود "
    "قياده مدير يدير راس راسه",
    "c0sg": "",  # phrases only
    "c0dg": "",
    "c0ga": "assembly",
    "c0found": "founded found founding established establish establishment created "
    "creation create formed founder founders تاسس تاسست تاسيس اسس انشئ انشات انشاء نشا "
    "اتاسس تأسس",
    "c0member": "member members membership عضو اعضاء الاعضاء عضوا عضويه",
    "c0country": "country countries state states nation nations دوله دول الدول بلد بلده بلاده "
    "بلدان البلدان",
    "c0year": "year years سنه سنوات السنوات اعوام سنين",
    "c0term": "term terms mandate mandates ولايه ولايته ولايات",
    "c0meet": "gathering gatherings summit forum meeting meetings meet met conference اجتماع "
    "الاجتماع لقاء مؤتمر",
    "c0topic": "discussed discuss discussion topic topics agenda subjects issues issue "
    "talked flagged raised subject تطرق تطرقت يتطرق تتطرق تناول تناولت "
    "تناقشات تناقش اتناقش اتناقشت ناقشوا نوقشت نوقش ناقش مناقشه "
    "تباحث التباحث مواضيع موضوع محاور قضايا مناقشتها",
    "c0aim": "دافع الدافع دوافع الدوافع يعتزم تعتزم اعتزم ناوي ناويه نيه نوايا سعي تسعي مسعي "
    "مساعي motive aim aims goal goals objective objectives purpose purposes hope hopes want "
    "wants motivated motivation motive motives عايز عاوز بدي بغيت كيتسني يتسني plan plans intend "
    "intends seek seeks mission هدف اهداف يهدف هدفها غايه غرض بغرض يتطلع "
    "يسعي رغبه مهمه يريد تريد يرغب ترغب يبغي تبغي باغي باغيه",
    "c0royal": "king royal monarch majesty ملك الملك الملكيه ملكي العاهل عاهل",
    "c0guide": "orientation orientations guidance guidelines directives inspired "
    "inspire inspires guide guides guided توجهاته توجهات توجيهات يستلهم استلهم استلهمت استلهمها",
    # a vision is not the guidance that follows it ("what kind of vision": pragmatic)
    "c0vision": "vision visions outlook رويه الرويه رؤى",
    "c0facility": "facility facilities utilities premises مرافق المرافق مرفق المرفق",
    "c0use": "use used uses using استعمال باستعمال استعمل تستعمل يستعمل تستخدم يستخدم استخدام "
    "استخدم",
    "c0misuse": "misuse misused misuses misusing abuse abused abusive اساءه باساءه مسيء مسيئ",
    "c0last": "last lasted lasts lasting استغرق استغرقت يستغرق دام دامت استمر استمرت",
    # a rank in the police ("والي الأمن"), not an ordinal: the article ranks nothing else
    "c0rank": "rank ranks grade رتبه الرتبه برتبه رتبته",
    "c0nation": "nationality citizenship citizen جنسيه جنسيته",
    "c0hq": "headquarters headquartered hq seat based مقر بمقر",
    "c0margin": "فرق الفرق difference gap margin landslide crushing overwhelming فارق بفارق ساحقه",
    "c0deleg": "delegation وفد الوفد",
    "c0delegate": "مندوبين المندوبين delegate delegates representatives مندوب مندوبي مندوبو",
    "c0attend": "attended attend attends participated participate participation took "
    "joined go goes went travel travelled visit visited شارك حضر حضرت حضرته مشارك المشارك "
    "المشاركه",
    "c0extra": "other others extra additional besides outside non خارج invited guest guests "
    "also elsewhere beside اخري الاخري اضافه بالاضافه مدعوه",
    "c0africa": "africa african continent افريقيا الافريقيه افريقي القاره قاره",
    "c0post": "شغل شغله بلاصه البلاصه post posts position positions office offices job jobs title "
    "titles role roles "
    "seat منصب المنصب مناصب وظيفه",
    "c0duty": "duty duties مهام مهامه",  # beginning one's duties is taking office
    "c0fullname": "",  # "the full name of X": what X is (phrases only)
    "c0office": "",  # take office (phrases and the begin + post rule)
    "c0source": "source statement announced announcement بيان البيان مصدر",
    "c0crime": "crime crimes criminal جريمه الجريمه جرائم الجرائم",
    "c0next": "new next incoming future الجديد جديد المقبل القادم",
    # who comes after whom: not "next" (the next Secretary General succeeds someone, but a fact
    # that only calls him "next" does not say whom)
    "c0succeed": "succeeding successor succeed succeeds succeeded replace replaces replaced "
    "replacing predecessor خلف يخلف خليفه خلفا يخلفه خلفه سلف سلفه",
    "c0current": "leaving leave leaves outgoing current departing previous former incumbent "
    "ended ending ends "
    "الحالي المنتهيه السابق خلص خلصت انتهت انتهي ينهي تنتهي",
    "c0present": "present presented presents presentation showcase showcased showed show "
    "shown displayed demonstrated exhibited عرضه استعرض استعرضت عرض عرضا استعراض قدم قدمت عروض",
    "c0session": "session sessions edition editions دوره الدوره جلسه نسخه",
    "c0pillar": "pillar pillars foundation basis cornerstone core ركيزه ركيزة اساس",
    "c0threat": "threat threats challenge challenges danger dangers risk risks تهديد "
    "تهديدات التهديدات تحديات التحديات مخاطر المخاطر خطر",
    "c0develop": "develop developing developed development improve build تطوير تطويرها تنميه "
    "طور طورت طورها يطور",
    "c0ties": "ties relations relationship relationships links علاقات العلاقات علاقه",
    "c0fight": "address addressing addresses confront confronting fight fighting fights يحارب "
    "محاربه تحارب combat combating combatting counter countering tackle "
    "مكافحه مكافح لمكافحه بمكافحه التصدي تصدي",
    "c0prevent": "stop stops stopping prevent prevents preventing keep block منع ومنعها يمنع منعها",
    "c0host": "host hosted hosts احتضن احتضنت احتضنته استضاف استضافت",
    # the other candidates: never named, so "who were his rivals" is refused like "the other
    # candidates" (see OTHER_WORDS)
    "c0rival": "rival rivals opponent opponents competitor competitors contender contenders "
    "challenger challengers منافس منافسه منافسين المنافسين منافسيه منافسيها نافس نافسوا نافسو "
    "نافسه خصم خصوم",
    "c0respond": "respond responds responding response responses استجابه يستجيب تستجيب",
    "c0drone": "drone drones uav uavs مسيره مسيرات درون درونات",
    "c0expertise": "experience experiences expertise know-how خبره خبرات الخبرات خبراته "
    "تجربه تجارب تجربتها تجاربه",
    "c0typical": "typical conventional traditional atypical unconventional نمطي نمطيه تقليدي "
    "تقليديه",
    "c0tech": "tech technology technologies technological تقنيه تقنيات تكنولوجيا التكنولوجيا "
    "التكنولوجيات تكنولوجيات",
    "c0cyber": "cyber cybercrime cybercrimes electronic digital informatics computer الكتروني "
    "الكترونيه معلوماتي معلوماتيه سيبراني سيبرانيه رقمي رقميه",
    "c0apparatus": "apparatus agency agencies services جهاز اجهزه",
    "c0staff": "personnel manpower",
    "c0money": "money monetary financial finance financing مالي ماليه تمويل اموال",
}

# How a fact says the article does not give something: such a fact answers a question about
# that thing by saying so ("How many votes?" — the report gives no vote count).
UNSTATED = ("gives no", "does not give", "does not say", "does not state")

# Concepts close enough that one answers a question about the other, a little less well.
RELATED_CONCEPTS: tuple[tuple[str, str], ...] = (
    ("c0vote", "c0elect"),
    ("c0host", "c0meet"),
)

# Concepts that together are another: beginning a job is taking office.
COMBINED: tuple[tuple[tuple[str, ...], str], ...] = (
    (("c0begin", "c0post"), "c0office"),
    (("c0begin", "c0duty"), "c0office"),
)

# Multi-word names and phrases, longest first. Each word may carry Arabic clitics.
PHRASES: tuple[tuple[str, str], ...] = (
    ("باقي المرشحين", "c0nominate c0rival"),
    ("other candidates", "c0nominate c0rival"),
    ("the rest of the candidates", "c0nominate c0rival"),
    ("full name", "c0fullname"),
    ("official name", "c0fullname"),
    ("الاسم الكامل", "c0fullname"),
    ("الاسم الرسمي", "c0fullname"),
    ("home to", ""),
    ("القارة السمراء", "c0africa"),
    ("الطائرات المسيرة", "c0drone"),
    ("طائرات مسيرة", "c0drone"),
    ("الطيارات المسيرة", "c0drone"),
    ("طيارات مسيرة", "c0drone"),
    ("unmanned aircraft", "c0drone"),
    ("came up", "c0topic"),
    ("come from", ""),
    ("comes from", ""),
    ("came from", ""),
    ("come up", "c0topic"),
    ("comes up", "c0topic"),
    ("brought up", "c0topic"),
    ("dark continent", "c0africa"),
    ("step down", "c0current"),
    ("steps down", "c0current"),
    ("stepping down", "c0current"),
    ("stepped down", "c0current"),
    ("stand down", "c0current"),
    ("leaving office", "c0current"),
    ("top job", "c0post"),
    ("top post", "c0post"),
    ("top position", "c0post"),
    ("human resources", "c0staff"),
    ("الموارد البشرية", "c0staff"),
    ("موارد بشرية", "c0staff"),
    ("vice president", "c0vp"),
    ("vice presidents", "c0vp"),
    ("vice presidency", "c0vp"),
    ("deputy president", "c0vp"),
    ("نائب رئيس", "c0vp"),
    ("نائب الرئيس", "c0vp"),
    ("نائبا لرئيس", "c0vp"),
    ("نائبا للرئيس", "c0vp"),
    ("نائب لرئيس", "c0vp"),
    ("نواب رئيس", "c0vp"),
    ("secretary general", "c0sg c0head"),
    ("sg", "c0sg c0head"),
    ("secretary generals", "c0sg c0head"),
    ("general secretary", "c0sg c0head"),
    ("general secretariat", "c0sg"),
    ("الامين العام", "c0sg c0head"),
    ("امين عام", "c0sg c0head"),
    ("امينا عاما", "c0sg c0head"),
    ("الامانه العامه", "c0sg"),
    ("director general", "c0dg c0head"),  # the head of the body it directs
    ("المدير العام", "c0dg c0head"),
    ("general assembly", "c0ga"),
    ("الجمعيه العامه", "c0ga"),
    ("رئيس الوفد", "c0head c0deleg"),
    ("رئيس وفد", "c0head c0deleg"),
    ("رئيس المكتب", "c0head المكتب"),
    ("take office", "c0office"),
    ("stand for", "c0nominate"),
    ("stood for", "c0nominate"),
    ("on the table", "c0topic"),
    ("الي جانب", "c0extra"),  # besides
    # by the end of: "how long did he lead it before his term ended" asks how long it lasted
    ("قبل انتهاء", ""),
    ("قبل نهايه", ""),
    ("before the end of", ""),
    ("until the end of", ""),
    ("مصالح الامن", "c0apparatus الامن"),  # the security services
    ("تسليط الضوء", "c0present"),  # to shed light on: to put forward
    ("touch on", "c0topic"),
    ("touched on", "c0topic"),
    ("touches on", "c0topic"),
    ("hand over", "c0succeed"),
    ("hands over", "c0succeed"),
    ("handing over", "c0succeed"),
    ("يسلم المشعل", "c0succeed"),
    ("سيسلم المشعل", "c0succeed"),
    ("تسليم المشعل", "c0succeed"),
    ("in the first place", ""),
    ("takes office", "c0office"),
    ("took office", "c0office"),
    ("taking office", "c0office"),
    ("assume office", "c0office"),
    ("assumes office", "c0office"),
    ("take over from", "c0succeed"),
    ("takes over from", "c0succeed"),
    ("taking over from", "c0succeed"),
    ("took over from", "c0succeed"),
    ("take over", "c0office"),
    ("takes over", "c0office"),
    ("taking over", "c0office"),
    ("took over", "c0office"),
    ("start his duties", "c0office"),
    ("take up", "c0begin"),
    ("takes up", "c0begin"),
    ("took up", "c0begin"),
    ("taking up", "c0begin"),
    # the report as the source of a name: "Interpol's full name *as the article gives it*"
    ("article gives it", ""),
    ("report gives it", ""),
    ("article puts it", ""),
    ("report puts it", ""),
    ("يباشر مهامه", "c0office"),
    ("سيباشر مهامه", "c0office"),
    ("يتولي مهامه", "c0office"),
    ("يتسلم مهامه", "c0office"),
    # (happening, not taking part: "took" alone is attending)
    ("took place", ""),
    ("take place", ""),
    ("takes place", ""),
    ("taking place", ""),
    ("took part", "c0attend"),
    ("take part", "c0attend"),
    ("set up", "c0found"),
    ("show off", "c0present"),
    ("showed off", "c0present"),
    ("cut off at the source", "c0dry"),
    ("at the source", "c0dry"),
    ("cut off", "c0dry"),
    ("dry up", "c0dry"),
    ("توجيه دفه", "c0head"),
    ("تجفيف منابع", "c0dry"),
    ("voted in", "c0elect"),
    ("put forward", "c0nominate"),
    ("run for", "c0nominate"),
    ("runs for", "c0nominate"),
    ("ran for", "c0nominate"),
    ("running for", "c0nominate"),
)

# Words that only shape a question (politeness, "the report says", auxiliaries, dialect
# particles): dropped. Question words and type nouns are dropped where they stand.
FILLERS = _w(
    "who whom whose what when where which why how many much long did does do done is are "
    "was were be been being he him his she her they them their it its me tell please "
    "according article report text say says said get got take took place held hold holds "
    "happen happened occur occurred serve served mentioned named name called give gave "
    "kind sort exactly located lies actually really there then so ok also just i you we "
    "know wonder want like would could can will shall should us our about anyone someone "
    "thing "
    "things s help hello hi week weekday play plays playing man woman person one nature "
    "type city town gets received receive obtained obtain "
    # Arabic (MSA)
    "حصلت نال نالت اسبوع الاسبوع ايام تلعب يلعب الرجل الشخص طبيعه نوع مدينه بعد من متي "
    "اين كم ما ماذا اي هل لماذا كيف هو هي هم الذي التي الذين عدد تم جري يذكر الخبر المقال "
    "النص حسب اسم يسمي ماهو ماهي وما وماذا ومن ومتي واين وكم تاريخ يوم اليوم باي يقع تقع "
    "وقت جرت عقد عقدت انعقد انعقدت حصل عليها عليه له لها منه منها فيه فيها به بها ذكر "
    "يعمل تعمل قام قامت قامو بها لنا لي اعرف اريد ممكن يمكن يمكنها يمكنه تمت يتم المذكور "
    "المذكوره مذكور لكم لكام "
    # dialects
    "صارت صاير مين منو شكون شو ايش وش اشنو شنو اش ايه امتي وين فين فاين كام قديش قداش "
    "شحال علاش ليش "
    "ليه ازاي كيفاش شلون واش اللي الي ديال تبع تاع بتاع متاع هاد هادا هادي هذي دي ده دا "
    "كان كانت صار راه راهي كاين كاينه فيه ف هاذ بيكون بيكونو يكون اتعمل اتعملت اتعملو "
    "دارو دار عملو "
    # dialect pronouns, requests and hedges; "be held" in Moroccan, Gulf and future forms
    "هوما هما عطيني عطني قولي قلي الاهم بالظبط بالضبط اللتان اللذان مخصص مخصصا مخصصه تعقدات تنعقد "
    "ستنعقد سينعقد انعقاد تتعقد ظل ظلت وردا ورد وردت "
    # English hedges and verbs of telling
    "only formally officially both beside taking due characterize characterise describe describes "
    "portray provide provides offer occupy occupies occupied field fields area areas domain "
    "domains sector sectors مجال المجال مجالات ميدان related linked associated connected "
    "مرتبط مرتبطه المرتبط المرتبطه المرتبطين متعلق متعلقه المتعلق المتعلقه "
    "يشغل يشغله تشغل تشغله يشغلها تدار تدارت اتدار اتدارت"
)

# Opening words of a long question that only set the scene ("I read that ...") end at a dash,
# colon or semicolon; the question proper is what follows the last one.
SCENE_BREAKS = "—–:;"

# Words that carry no topic of their own — light verbs ("amounts to", "يبلغ", "exists"), words
# of telling and of the report ("according to", "بحسب", "ورد"), hedges, interjections and
# dialect particles (future رح/غادي, "that" انو, "this" هاي). A question is not refused for one
# of these when the knowledge lacks it: it is dropped. (A word the knowledge has stays a word.)
LIGHT_WORDS = _w(
    # English
    "top main highest senior amount amounts amounted total totals come comes came coming exist "
    "exists existed existing "
    "situated lie lay happen happens happening took occur occurs serve serves treat treats "
    "treated regard regards regarded consider considers considered deem deemed see sees seen "
    "view views viewed known refer refers referred call calls wait yo lol nah hey hmm um uh ok "
    "okay right really actually actualy exactly precisely specifically basically truly so well "
    "too still now currently presently via per regarding concerning concerns "
    "involving involve involves involved relating pertaining exact precise particular "
    "particularly specific certain sure mean means meant wondering curious quick quickly "
    "briefly tell telling explain clarify confirm name list mention mentions stated "
    "describes described paragraph sentence line piece story news reported reports "
    "spend spent spends reporting reader question answer thanks thank kindly pls plz hi hello dear "
    # Arabic (MSA)
    "القيام قيام بالقيام chance opportunity بشكل "
    "الزمنيه زمنيه temporal يحمل يحملها تحمل يحملون "
    "المتعلقه متعلقه المتعلق متعلق يتعلق تتعلق الخاصه الخاص صاحب صاحبه اصحاب استند يستند تستند "
    "يرتكز ترتكز ارتكز امضي يمضي قضي يقضي لصالح لفائده يبلغ "
    "تبلغ بلغ بلغت يصل تصل وصل وصلت يساوي تساوي يوجد توجد وجد موجود "
    "موجوده يعتبر تعتبر "
    "اعتبر يعد تعد عد باعتبار باعتباره باعتبارها بحسب حسبما وفق وفقا طبقا بموجب كما ورد ورد "
    "جاء جاءت يذكر تذكر ذكرت اشار اشارت يشير المعروف المعروفه المعروفين المسمي المسماه انه "
    "انها اذن تحديدا بالتحديد بدقه فعلا حقا بالفعل حاليا الان بالضبط بالظبط رجاء رجاءا "
    "لو سمحت سمحت شكرا عفوا اخبرني اخبرنا اذكر اذكري وضح وضحي اشرح اشرحي سؤال "
    "سوال الجواب فقره الفقره السطر القصه القصة مرحبا اهلا "
    # dialects
    "رح راح ح حا غادي غاديه غادين باش بش هاي هاذي هاذا هذول هدول داك ديك هداك هديك هاديك "
    "هادوك لسا لسه لسة مازال بعدو يعني والله طيب اوكي يا انو انه اني اللي يلي الي عدهم "
    "عدلي عدهملي كلهم كلها جميعهم جميعها اعطيني اديني عطينا ورينا قلنا قولنا بدي نعرف "
    "ابغي ابي ابغا حاب حابب حابه نبغي بغيت عايز عاوز عاوزه نفسي ممكن تقولي تقلي تخبرني "
    "بالزبط بالزبط بزبط بالمجمل عموما تقريبا شي شيء حاجه"
)

# Words that name something the article never gives — an attribute (age, birth, budget, salary,
# staff), a post it has no holder for (president, minister), a place or time it never mentions
# (Asia, Europe, next year), a rank in the vote (runner-up, closest rival), an ordinal or a
# weekday it does not use: a question that has one the knowledge lacks is refused, never
# answered about the rest (issue 11 item 9).
TOPICAL_WORDS = _w(
    # attributes of people and bodies
    "age ages aged old older oldest young younger youngest born birth birthday birthplace "
    "hometown died death dead alive wife husband married spouse children child son sons "
    "daughter daughters family parents father mother brother sister religion height tall "
    "weight budget budgets salary salaries wage wages pay paid earn earns earned income "
    "cost costs price prices expense expenses fund funds funding funded revenue "
    "population populations inhabitants residents employees employee staff staffers "
    "workforce headcount officers agents language languages motto logo flag anthem website "
    "email phone length duration lasts lasted percent percentage proportion "
    "عمر عمره عمرها سن مواليد ولد ولدت مولود مولده ميلاد ميلاده مسقط توفي وفاه "
    "زوجه زوجته زوج متزوج اولاد ابناء ابنه ابنته عائله عائلته اسرته والده والدته اخوه "
    "ديانه طول طوله وزن ميزانيه الميزانيه ميزانيتها ميزانيته راتب راتبه رواتب اجر اجره "
    "تكلفه تكاليف كلفه ثمن سعر سكان السكان موظف موظفي موظفين "
    "الموظفين العاملين عاملين عناصر لغه اللغه لغات شعار علم نشيد  هاتف "
    "عنوان نسبه النسبه بالمئه بالمائه مئويه "
    # posts the article gives no holder for
    "president presidents presidency chairman chairwoman chairperson minister ministers "
    "ministry premier mayor governor ambassador spokesman spokesperson "
    "رئيس الرئيس رئيسه وزير الوزير وزيره وزاره الوزاره الحكومه حكومه عمده محافظ سفير "
    "السفير ناطق المتحدث متحدث "
    # places and times the article never mentions
    "asia asian europe european america americas american oceania australia pacific "
    "caribbean arctic antarctica arab latin "
    "اسيا اسيوي الاسيويه اوروبا اوروبي الاوروبيه امريكا امريكي الامريكيه الامريكيتين "
    "الامريكتين اوقيانوسيا استراليا الكاريبي اللاتينيه "
    # (other places: a capitalised English word is a name; these are typed in lower case, or
    # in Arabic, which has no capitals)
    "paris london rome madrid berlin washington york moscow beijing tokyo cairo riyadh dubai "
    "doha algiers tunis tripoli istanbul ankara brussels geneva vienna singapore delhi "
    "egypt algeria tunisia libya saudi qatar emirates spain germany italy russia china japan "
    "india turkey usa canada mexico argentina nigeria senegal kenya "
    "باريس لندن روما مدريد برلين واشنطن نيويورك موسكو بكين طوكيو القاهره الرياض دبي الدوحه "
    "الجزائر تونس طرابلس اسطنبول انقره بروكسل جنيف فيينا سنغافوره دلهي مصر ليبيا السعوديه "
    "قطر الامارات اسبانيا المانيا ايطاليا روسيا الصين اليابان الهند تركيا امريكا كندا "
    "المكسيك الارجنتين نيجيريا السنغال كينيا "
    "yesterday tomorrow tonight upcoming "
    "monday tuesday wednesday friday saturday sunday "
    "january february march april june july august october december "
    "الاثنين الاتنين الثلاثاء التلات الاربعاء الاربع الجمعه السبت الاحد "
    "يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليوز غشت اغسطس اكتوبر ديسمبر "
    "جانفي فيفري افريل جوان جويليه اوت دجنبر كانون شباط اذار نيسان ايار حزيران تموز تشرين "
    # ranks in a vote the article never gives
    "runner closest nearest وصيف الوصيف المرتبه مرتبه المركز مركز اقرب "
    # bodies, careers and words the article never reports
    "company companies firm firms vendor contractor manufacturer شركه شركات appointed appoint "
    "appoints appointment hired promoted retired retire resigned resign fired graduated "
    "studied عين عينت تعيين تعيينه ترقيه تقاعد استقال استقالته تخرج قال قالت يقول صرح صرحت "
    "تصريح تصريحه تصريحات "
    # relations the matcher cannot follow: "the department within X" is not X
    "except excluding before prior قبل "
    # ordinals
    "first third fourth fifth sixth seventh ninth tenth eleventh twelfth "
    "الاول الاولي اول اولي الثالث الثالثه ثالث ثالثه الرابع الرابعه رابع الخامس الخامسه "
    "خامس السادس السادسه السابع السابعه سابع التاسع التاسعه العاشر العاشره "
)

# Topical words of a kind the article has another of: asked yes or no, the claim is false,
# and the answer says what the article has instead ("a third term?" — No, the second and
# final; "on Wednesday?" — No, on Thursday). Each group: the words, then what a fact's
# answer must hold to be the one the article has ("ordinal": an ordinal value, "date": a date).
FALSE_PREMISE_KINDS: tuple[tuple[str, str], ...] = (
    (
        "first third fourth fifth sixth seventh ninth tenth الاول الاولي اول اولي الثالث "
        "الثالثه ثالث ثالثه الرابع الرابعه رابع الخامس الخامسه خامس",
        "ordinal",
    ),
    (
        "monday tuesday wednesday friday saturday sunday الاثنين الاتنين الثلاثاء التلات "
        "الاربعاء الاربع الجمعه السبت الاحد january february march april june july "
        "august october december يناير فبراير مارس ابريل مايو يونيو يوليو اكتوبر ديسمبر "
        "اغسطس غشت",
        "date",
    ),
)

# Words that point back at something already named ("this post", "لهذا المنصب"): the noun after
# one only sets the scene, as the reader means the one the article has.
DEMONSTRATIVES = _w("this these those هذا هذه لهذا لهذه بهذا بهذه وهذا وهذه فهذا هاد هاذ")

# Words that open a relative clause. After a name ("the General Assembly *that* was held in
# Glasgow", "الجمعية العامة *التي* انتخب خلالها"), the clause only describes what is named.
RELATIVES = _w("that which where whose who الذي التي الذين اللذين اللتين اللذان اللتان اللي")

# Words that ask about where something is or was held: "which country" with one of these may be
# answered by the country of the place an event was held in.
PLACE_CUES = _w(
    "city cities town held located venue host hosted site مدينه المدينه مدن "
    "انعقد انعقدت عقد عقدت تنعقد احتضن احتضنت احتضنته استضاف استضافت مكان"
)

# Words and phrases that end a statement and make it a yes/no question ("…, right?", "صح؟").
YESNO_TAGS: tuple[str, ...] = (
    "right",
    "or not",
    "or nah",
    "isn't it",
    "wasn't it",
    "didn't he",
    "didn't they",
    "correct",
    "true",
    "صح",
    "صحيح",
    "ولا لا",
    "ولا لأ",
    "اليس كذلك",
    "مش كده",
    "مش هيك",
    "ياك",
)

# Words that ask for a date to the day ("which day", "أي يوم"): a date the article gives only to
# the month or the year does not answer them.
DAY_WORDS = _w("day days weekday يوم اليوم ايام يوما نهار نهارات")

# The months, in English and in the Arabic names of the Mashriq, Egypt and the Maghreb: a date
# question that names one already has the month, so it asks for the day ("what date in
# September", "فأي نهار فشتنبر").
MONTH_WORDS = _w(
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر "
    "جانفي فيفري افريل ماي جوان جويليه جويلية اوت "
    "شتنبر نونبر دجنبر يوليوز غشت كانون شباط اذار نيسان ايار حزيران تموز ايلول تشرين"
)

# "The *exact* date", "التاريخ *بالضبط*": with a date noun, a date to the month is no answer
# ("When exactly …" alone is a hedge: the year the article gives answers it).
PRECISE_WORDS = _w(
    "exact precise specific particular بالضبط بالظبط بالتحديد تحديدا المحدد الدقيق بدقه"
)
DATE_NOUNS = _w("date dates تاريخ التاريخ بتاريخ تاريخه")

# Verbs of beating someone in a vote: "which candidates did he *beat*" asks for the beaten, the
# other candidates, whom the article never names.
BEAT_WORDS = _w("beat beats beaten defeat defeats defeated outvoted outpolled overcame")

# Nouns that stand for a person described by a clause ("the *man* who will succeed Stock"): who
# that is, found first, answers a question about him ("his nationality").
PERSON_HEADS = _w("person man woman one official الشخص الرجل المراه السيد الشخصيه")

# Words after which the rest of a question only says where the answer comes from or lies in:
# "according to the DGSN's statement", "within Morocco's police" (see ``ask._opener``).
OPENERS = _w("according per within inside بحسب حسب حسبما وفق وفقا ضمن داخل")

# Verbs whose doer is another than whom they are done to ("who *nominated* him": the DGSN), unlike
# "ran", "stood for" or "candidate", whose doer is the candidate.
DOER_VERBS = _w("nominate nominated nominates nominating proposed رشح رشحت رشحته رشحه رشحو رشحوا")

# Words that ask for the hour of the day, which no date in the article gives.
HOUR_WORDS = _w("hour hours oclock clock ساعه الساعه بالساعه")

# Words of a link ("tied to", "مرتبطة ب"): fillers, unless the question asks what the link is to
# ("… are tied to what?", "بماذا ترتبط …"): then the answer's fact must say the link itself.
LINK_WORDS = _w(
    "linked tied connected associated related attached bound link links "
    "مرتبط مرتبطه المرتبط المرتبطه المرتبطين مرتبطين ترتبط يرتبط الارتباط ارتباط متعلق متعلقه "
    "المتعلق المتعلقه يتعلق تتعلق"
)
# What the link is to, asked: an English preposition before the question word or the end, an
# Arabic question word with the preposition ب.
LINK_ASKED = _w("to with بماذا بما بايش بشنو باش باي بمين بمن بأي")
# "What *kind* of response", "شنو *نوع* الاستجابة": the answer says what the noun is like; a
# fact's short answer that is not that noun (whom Morocco coordinates with) is no answer to it.
KIND_WORDS = _w("kind sort type nature نوع طبيعه نوعيه")

# "In the paragraph about the new Secretary General", "حسب الفقرة الأولى": where in the report the
# answer lies. The paragraph is found by its number or its place (first, last: the headline is
# paragraph 0), or by what it is about (the paragraphs of the facts about what it names).
PARAGRAPH_WORDS = _w("paragraph paragraphs para passage section الفقره فقره فقرات الفقرات")
PARAGRAPH_PLACES: tuple[tuple[str, int], ...] = (
    ("first الاولي اولي اول الاول", 1),
    ("second الثانيه ثانيه الثاني", 2),
    ("third الثالثه ثالثه الثالث", 3),
    ("fourth الرابعه رابعه الرابع", 4),
    ("fifth الخامسه خامسه الخامس", 5),
    ("last final الاخيره اخيره الاخير", -1),
)
# Verbs of describing: "how does the article *describe* Interpol?", "كيف *يصف* الخبر …": what
# the facts about it say, in full (not a short answer).
DESCRIBE_WORDS = _w(
    "describe describes described characterise characterize characterises characterizes "
    "portray portrays portrayed depict depicts call calls "
    "يصف تصف وصف وصفت يوصف توصف يصفها يصفه وصفه وصفها"
)

# Nouns of who did a kind's deed, or of the deed itself ("Morocco's *candidate*", "الفائز", "the
# *bid*"): in a yes/no claim they name its subject; the claim's verb is another ("Did Morocco's
# candidate *win* …", "Does the bid *mention* …").
AGENT_NOUNS = _w(
    "candidate candidates nominee nominees winner winners مرشح المرشح مرشحه مرشحا الفائز فائز "
    "bid bids candidacy candidature الترشيح ترشيح ترشيحه"
)

# "… كبير *ولا* صغير؟", "… large *or* small?": a choice between two words at the end of a
# question; the answer is the one the article says (asked as a yes/no claim each).
CHOICE_WORDS = _w("or ولا والا او اولا")

# "After its election": what the fact says must be what comes after, so the fact itself says
# "after" ("وبعد انتخابه …"); the aims of the candidacy came before it.
AFTER_WORDS = _w("after following بعد عقب اثر")

# "*Besides* its biometric platform, name something else …", "*Apart from* drones, what other
# threat …": what follows (to the comma or the question word) is left out of the answer; "else",
# "other" then mean another item the article names, not ones it leaves unnamed.
EXCEPT_OPENERS: tuple[str, ...] = (
    "besides",
    "apart from",
    "aside from",
    "other than",
    "except",
    "excluding",
    "in addition to",
    "باستثناء",
    "بخلاف",
    "ما عدا",
    "عدا",
    "فضلا عن",
)
ANOTHER_WORDS = _w("else another other others اخر اخري الاخر الاخري")

# Pronouns standing for something named earlier ("… : where does *he* come from?").
PRONOUNS = _w("he she it they him his her its their them هو هي هم هما هوما")
