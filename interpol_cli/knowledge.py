"""What the article says, as typed data: entities, and facts that each carry their proof.

Every ``Evidence`` is pinned by paragraph and code-point offsets into the article text and holds
the quote verbatim; ``verify`` (and the tests) check ``quote == article.text[start:end]``. A fact
the article implies rather than says is ``Status.INFERRED`` and its ``basis`` says from what.
To add evidence, run ``python scripts/locate_quote.py PARAGRAPH "quote"`` and paste its line.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Lang = Literal["ar", "en"]
Precision = Literal["day", "month", "year"]


class Status(StrEnum):
    STATED = "stated"
    INFERRED = "inferred"


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    EVENT = "event"


class FactKind(StrEnum):
    ELECTION = "election"
    NOMINATION = "nomination"
    ROLE = "role"
    DATE = "date"
    PLACE = "place"
    NUMBER = "number"
    PARTICIPATION = "participation"
    TOPIC = "topic"
    AIM = "aim"
    ASSESSMENT = "assessment"
    ORGANISATION = "organisation"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class Text:
    """One piece of text in both languages: Arabic as in the article, English as known."""

    ar: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.ar if lang == "ar" else self.en


@dataclass(frozen=True, slots=True)
class Evidence:
    paragraph: int
    start: int
    end: int
    quote: str


_MONTHS: dict[Lang, tuple[str, ...]] = {
    # The article's own month names (Maghrebi usage: نوفمبر, سبتمبر).
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "دجنبر",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


@dataclass(frozen=True, slots=True)
class DateValue:
    """An ISO 8601 date (``2024``, ``2024-09``, ``2024-11-07``), or a range when ``end`` is set."""

    start: str
    precision: Precision
    end: str | None = None

    @property
    def iso(self) -> str:
        return self.start if self.end is None else f"{self.start}/{self.end}"

    def label(self, lang: Lang) -> str:
        first = _date_parts(self.start)
        if self.end is None:
            return _date_label(first, lang)
        last = _date_parts(self.end)
        if self.precision == "day" and first[:2] == last[:2]:
            # "4–7 November 2024": the article's own way of giving a range.
            return f"{first[2]}–{_date_label(last, lang)}"
        return f"{_date_label(first, lang)}–{_date_label(last, lang)}"


def _date_parts(iso: str) -> tuple[int, ...]:
    return tuple(int(part) for part in iso.split("-"))


def _date_label(parts: tuple[int, ...], lang: Lang) -> str:
    if len(parts) == 1:
        return str(parts[0])
    month = _MONTHS[lang][parts[1] - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{parts[2]} {month} {parts[0]}"


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: EntityKind
    name: Text
    description: Text
    evidence: tuple[Evidence, ...]
    aliases: tuple[str, ...] = ()  # other spellings in either language, for look-ups
    part_of: str | None = None  # the entity this one belongs to or lies in (the tree)


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    kind: FactKind
    subject: str  # entity id
    text: Text  # the fact, said as one sentence
    evidence: tuple[Evidence, ...]
    status: Status = Status.STATED
    basis: Text | None = None  # for inferred facts: what they are derived from
    object: str | None = None  # entity id: the organisation of a post, the event attended…
    others: tuple[str, ...] = ()  # further entities the fact is about
    value: Text | None = None  # the short answer the fact gives
    post: Text | None = None  # for roles and elections: the post held or won
    date: DateValue | None = None
    number: int | None = None
    place: str | None = None  # entity id

    @property
    def about(self) -> tuple[str, ...]:
        ids = [self.subject]
        if self.object is not None:
            ids.append(self.object)
        if self.place is not None:
            ids.append(self.place)
        ids.extend(self.others)
        return tuple(dict.fromkeys(ids))


E = EntityKind
K = FactKind
INFERRED = Status.INFERRED

ENTITIES: tuple[Entity, ...] = (
    # People
    Entity(
        "dkhissi",
        E.PERSON,
        Text("محمد الدخيسي", "Mohammed Dkhissi"),
        Text(
            "والي الأمن، مدير الشرطة القضائية ورئيس المكتب المركزي الوطني- أنتربول الرباط؛ مرشح المغرب",
            "Prefect of police, Director of the Judicial Police and head of the National Central "
            "Bureau – Interpol Rabat; Morocco's candidate",
        ),
        (Evidence(2, 456, 479, "والي الأمن محمد الدخيسي"),),
        ("الدخيسي", "Dkhissi", "Mohamed Dkhissi", "Mohammed Dkhissi"),
        "morocco",
    ),
    Entity(
        "hammouchi",
        E.PERSON,
        Text("عبداللطيف حموشي", "Abdellatif Hammouchi"),
        Text(
            "المدير العام للأمن الوطني ولمراقبة التراب الوطني؛ رئيس الوفد المغربي",
            "Director General of National Security and of Territorial Surveillance; head of the "
            "Moroccan delegation",
        ),
        (
            Evidence(12, 2859, 2874, "عبداللطيف حموشي"),
            Evidence(14, 3456, 3461, "حموشي"),
        ),
        ("حموشي", "عبد اللطيف حموشي", "Hammouchi", "Abdelatif Hammouchi"),
        "morocco",
    ),
    Entity(
        "urquiza",
        E.PERSON,
        Text("فالديسي أوركيزا", "Valdecy Urquiza"),
        Text(
            "مفوض الشرطة البرازيلية؛ الأمين العام المقبل للإنتربول",
            "Brazilian police commissioner; Interpol's next Secretary General",
        ),
        (Evidence(10, 2555, 2570, "فالديسي أوركيزا"),),
        ("أوركيزا", "فالديسي", "Urquiza", "Valdecy"),
        "brazil",
    ),
    Entity(
        "stock",
        E.PERSON,
        Text("يورغن شتوك", "Jürgen Stock"),
        Text(
            "الأمين العام الحالي للإنتربول، في نهاية ولايته الثانية والأخيرة",
            "Interpol's outgoing Secretary General, ending his second and final term",
        ),
        (Evidence(11, 2733, 2743, "يورغن شتوك"),),
        ("شتوك", "يورغن", "Stock", "Jurgen Stock", "Juergen Stock"),
    ),
    Entity(
        "king",
        E.PERSON,
        Text("الملك محمد السادس", "King Mohammed VI"),
        Text("عاهل المغرب", "King of Morocco"),
        (Evidence(6, 1421, 1438, "الملك محمد السادس"),),
        ("محمد السادس", "العاهل المغربي", "Mohammed VI", "Mohammed the Sixth"),
        "morocco",
    ),
    # Organisations
    Entity(
        "interpol",
        E.ORGANISATION,
        Text("المنظمة الدولية للشرطة الجنائية (الإنتربول)", "Interpol"),
        Text(
            "المنظمة الدولية للشرطة الجنائية، تأسست سنة 1923 وتضم 196 دولة عضوا",
            "The International Criminal Police Organization, founded in 1923, 196 member countries",
        ),
        (
            Evidence(0, 28, 37, "الإنتربول"),
            Evidence(1, 156, 187, "المنظمة الدولية للشرطة الجنائية"),
            Evidence(18, 4787, 4796, "الأنتربول"),
        ),
        (
            "الإنتربول",
            "الأنتربول",
            "أنتربول",
            "إنتربول",
            "Interpol",
            "ICPO",
            "International Criminal Police Organization",
        ),
    ),
    Entity(
        "interpol_general_assembly",
        E.ORGANISATION,
        Text("الجمعية العامة للإنتربول", "Interpol General Assembly"),
        Text(
            "الهيئة التي تنتخب الأمين العام واللجنة التنفيذية",
            "Elects the Secretary General and the Executive Committee",
        ),
        (Evidence(10, 2530, 2554, "الجمعية العامة للإنتربول"),),
        ("الجمعية العامة", "General Assembly"),
        "interpol",
    ),
    Entity(
        "interpol_executive_committee",
        E.ORGANISATION,
        Text("اللجنة التنفيذية للأنتربول", "Interpol Executive Committee"),
        Text(
            "تضم نواب رئيس المنظمة عن القارات",
            "Includes the organisation's regional vice-presidents",
        ),
        (Evidence(1, 112, 138, "اللجنة التنفيذية للأنتربول"),),
        ("اللجنة التنفيذية", "Executive Committee"),
        "interpol",
    ),
    Entity(
        "interpol_secretary_general",
        E.ORGANISATION,
        Text("الأمانة العامة للإنتربول", "Interpol General Secretariat"),
        Text("يرأسها الأمين العام", "Headed by the Secretary General"),
        (Evidence(10, 2571, 2590, "الأمين العام المقبل"),),
        ("الأمين العام", "Secretary General"),
        "interpol",
    ),
    Entity(
        "dgsn",
        E.ORGANISATION,
        Text(
            "المديرية العامة للأمن الوطني",
            "General Directorate for National Security (DGSN)",
        ),
        Text(
            "جهاز الشرطة المغربي، مصدر البيان",
            "Morocco's national police; the source of the statement",
        ),
        (Evidence(2, 407, 435, "المديرية العامة للأمن الوطني"),),
        ("الأمن الوطني", "DGSN", "National Security"),
        "morocco",
    ),
    Entity(
        "dgst",
        E.ORGANISATION,
        Text(
            "المديرية العامة لمراقبة التراب الوطني",
            "General Directorate for Territorial Surveillance (DGST)",
        ),
        Text(
            "جهاز الاستخبارات الداخلية المغربي",
            "Morocco's domestic intelligence service",
        ),
        (Evidence(12, 2836, 2858, "ولمراقبة التراب الوطني"),),
        ("مراقبة التراب الوطني", "DGST", "Territorial Surveillance"),
        "morocco",
    ),
    Entity(
        "judicial_police",
        E.ORGANISATION,
        Text("الشرطة القضائية", "Judicial Police"),
        Text(
            "مديرية الشرطة القضائية بالمغرب",
            "Morocco's Directorate of the Judicial Police",
        ),
        (Evidence(2, 486, 501, "الشرطة القضائية"),),
        ("Judicial Police", "Criminal Investigation Department"),
        "dgsn",
    ),
    Entity(
        "ncb_rabat",
        E.ORGANISATION,
        Text(
            "المكتب المركزي الوطني- أنتربول الرباط",
            "National Central Bureau – Interpol Rabat",
        ),
        Text("مكتب الإنتربول في المغرب", "Interpol's bureau in Morocco"),
        (Evidence(2, 512, 549, "المكتب المركزي الوطني- أنتربول الرباط"),),
        ("المكتب المركزي الوطني", "NCB Rabat", "National Central Bureau"),
        "dgsn",
    ),
    Entity(
        "brazilian_police",
        E.ORGANISATION,
        Text("الشرطة البرازيلية", "Brazilian police"),
        Text("جهاز الشرطة الذي ينتمي إليه أوركيزا", "The police force Urquiza belongs to"),
        (Evidence(11, 2633, 2650, "الشرطة البرازيلية"),),
        ("Brazilian police", "Federal Police of Brazil"),
        "brazil",
    ),
    Entity(
        "moroccan_delegation",
        E.ORGANISATION,
        Text("وفد المملكة المغربية", "Moroccan delegation"),
        Text("برئاسة حموشي في غلاسكو وفي ليون", "Led by Hammouchi in Glasgow and in Lyon"),
        (
            Evidence(12, 2883, 2903, "وفد المملكة المغربية"),
            Evidence(16, 4103, 4116, "الوفد المغربي"),
        ),
        ("الوفد المغربي", "Moroccan delegation"),
        "morocco",
    ),
    # Places and countries
    Entity(
        "morocco",
        E.PLACE,
        Text("المغرب", "Morocco"),
        Text("المملكة المغربية", "The Kingdom of Morocco"),
        (Evidence(0, 0, 6, "المغرب"), Evidence(3, 623, 639, "المملكة المغربية")),
        ("المملكة المغربية", "المملكة", "Morocco", "Kingdom of Morocco"),
        "africa",
    ),
    Entity(
        "glasgow",
        E.PLACE,
        Text("غلاسكو", "Glasgow"),
        Text(
            "مدينة في اسكتلندا، مقر الدورة 92 للجمعية العامة",
            "City in Scotland; host of the 92nd General Assembly",
        ),
        (
            Evidence(1, 62, 68, "غلاسكو"),
            Evidence(3, 844, 867, "بمدينة غلاسكو باسكتلندا"),
        ),
        ("Glasgow", "غلاسكو"),
        "scotland",
    ),
    Entity(
        "scotland",
        E.PLACE,
        Text("اسكتلندا", "Scotland"),
        Text("حيث تقع غلاسكو", "Where Glasgow lies"),
        (Evidence(3, 858, 867, "باسكتلندا"),),
        ("Scotland", "سكوتلندا"),
    ),
    Entity(
        "lyon",
        E.PLACE,
        Text("ليون", "Lyon"),
        Text("مدينة فرنسية، مقر الإنتربول", "French city; Interpol's headquarters"),
        (Evidence(13, 3428, 3448, "بمدينة ليون الفرنسية"),),
        ("Lyon", "Lyons", "ليون"),
        "france",
    ),
    Entity(
        "france",
        E.PLACE,
        Text("فرنسا", "France"),
        Text("حيث تقع ليون", "Where Lyon lies"),
        (Evidence(13, 3440, 3448, "الفرنسية"),),
        ("France",),
    ),
    Entity(
        "rabat",
        E.PLACE,
        Text("الرباط", "Rabat"),
        Text(
            "مقر المكتب المركزي الوطني للإنتربول بالمغرب",
            "Seat of Morocco's Interpol National Central Bureau",
        ),
        (Evidence(2, 543, 549, "الرباط"),),
        ("Rabat",),
        "morocco",
    ),
    Entity(
        "brazil",
        E.PLACE,
        Text("البرازيل", "Brazil"),
        Text("بلد أوركيزا", "Urquiza's country"),
        (Evidence(11, 2640, 2650, "البرازيلية"),),
        ("Brazil", "البرازيل"),
    ),
    Entity(
        "africa",
        E.PLACE,
        Text("أفريقيا", "Africa"),
        Text(
            "القارة التي يمثلها نائب الرئيس المنتخب",
            "The continent the elected vice-president represents",
        ),
        (Evidence(1, 191, 203, "قارة أفريقيا"),),
        ("إفريقيا", "القارة الأفريقية", "Africa", "African"),
    ),
    Entity(
        "mena",
        E.PLACE,
        Text("منطقة الشرق الأوسط وشمال أفريقيا", "Middle East and North Africa (MENA)"),
        Text(
            "منطقة الاجتماع الثامن لرؤساء الأمن والشرطة",
            "Region of the 8th heads of police meeting",
        ),
        (Evidence(13, 3337, 3369, "منطقة الشرق الأوسط وشمال أفريقيا"),),
        ("الشرق الأوسط", "شمال أفريقيا", "MENA", "Middle East", "North Africa"),
    ),
    Entity(
        "comoros",
        E.PLACE,
        Text("جزر القمر", "Comoros"),
        Text("دولة مدعوة إلى اجتماع ليون", "Invited to the Lyon meeting"),
        (Evidence(14, 3615, 3624, "جزر القمر"),),
        ("Comoros", "القمر"),
    ),
    Entity(
        "djibouti",
        E.PLACE,
        Text("جيبوتي", "Djibouti"),
        Text("دولة مدعوة إلى اجتماع ليون", "Invited to the Lyon meeting"),
        (Evidence(14, 3626, 3632, "جيبوتي"),),
        ("Djibouti",),
    ),
    Entity(
        "somalia",
        E.PLACE,
        Text("الصومال", "Somalia"),
        Text("دولة مدعوة إلى اجتماع ليون", "Invited to the Lyon meeting"),
        (Evidence(14, 3634, 3641, "الصومال"),),
        ("Somalia",),
    ),
    Entity(
        "sudan",
        E.PLACE,
        Text("السودان", "Sudan"),
        Text("دولة مدعوة إلى اجتماع ليون", "Invited to the Lyon meeting"),
        (Evidence(14, 3643, 3650, "السودان"),),
        ("Sudan",),
    ),
    Entity(
        "mauritania",
        E.PLACE,
        Text("موريتانيا", "Mauritania"),
        Text("دولة مدعوة إلى اجتماع ليون", "Invited to the Lyon meeting"),
        (Evidence(14, 3652, 3661, "موريتانيا"),),
        ("Mauritania",),
    ),
    # Events
    Entity(
        "general_assembly_92",
        E.EVENT,
        Text(
            "الدورة الثانية والتسعون للجمعية العامة للإنتربول",
            "92nd Interpol General Assembly",
        ),
        Text("غلاسكو، 4–7 نوفمبر 2024", "Glasgow, 4–7 November 2024"),
        (
            Evidence(
                3,
                748,
                827,
                "الدورة الثانية والتسعون للجمعية العامة للمنظمة الدولية للشرطة الجنائية- أنتربول",
            ),
        ),
        ("الدورة 92", "الجمعية العامة", "92nd General Assembly", "General Assembly"),
        "glasgow",
    ),
    Entity(
        "executive_committee_election",
        E.EVENT,
        Text(
            "انتخابات اللجنة التنفيذية للأنتربول",
            "Interpol Executive Committee election",
        ),
        Text(
            "فاز فيها مرشح المغرب بمنصب نائب الرئيس عن أفريقيا",
            "Won by Morocco's candidate for Vice-President for Africa",
        ),
        (Evidence(1, 103, 138, "انتخابات اللجنة التنفيذية للأنتربول"),),
        ("الانتخابات", "election", "vote"),
        "general_assembly_92",
    ),
    Entity(
        "mena_meeting_8",
        E.EVENT,
        Text(
            "الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا",
            "8th Interpol Meeting of Heads of Security and Police for the Middle East and North Africa",
        ),
        Text("ليون، سبتمبر 2024", "Lyon, September 2024"),
        (
            Evidence(
                13,
                3287,
                3369,
                "الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا",
            ),
        ),
        (
            "اجتماع ليون",
            "الاجتماع الثامن",
            "Lyon meeting",
            "MENA meeting",
            "heads of police meeting",
        ),
        "lyon",
    ),
)

_ELECTION_DAY_BASIS = Text(
    "يقول الخبر إن التصويت جرى «اليوم الخميس» خلال دورة امتدت من 4 إلى 7 نوفمبر 2024، "
    "والخميس الوحيد في تلك الفترة هو 7 نوفمبر 2024",
    "The report says the vote took place 'today, Thursday' during an assembly held 4–7 November "
    "2024; the only Thursday in that range is 7 November 2024",
)

FACTS: tuple[Fact, ...] = (
    # The main event: the election
    Fact(
        "headline",
        K.ELECTION,
        "morocco",
        Text(
            "المغرب يفوز بمنصب نائب رئيس الإنتربول لأفريقيا بأغلبية ساحقة",
            "Morocco wins post of Interpol Vice-President for Africa by a landslide",
        ),
        (Evidence(0, 0, 60, "المغرب يفوز بمنصب نائب رئيس الإنتربول لأفريقيا بأغلبية ساحقة"),),
        object="interpol",
    ),
    Fact(
        "morocco_candidate_won",
        K.ELECTION,
        "morocco",
        Text(
            "فاز مرشح المغرب في انتخابات اللجنة التنفيذية للأنتربول بمنصب نائب رئيس المنظمة عن "
            "قارة أفريقيا",
            "Morocco's candidate won the post of Interpol Vice-President for Africa in the Executive "
            "Committee election",
        ),
        (
            Evidence(
                1,
                71,
                203,
                "فاز مرشح المغرب اليوم الخميس في انتخابات اللجنة التنفيذية للأنتربول، بمنصب نائب رئيس المنظمة الدولية للشرطة الجنائية عن قارة أفريقيا",
            ),
        ),
        object="interpol_executive_committee",
        others=("executive_committee_election", "africa"),
        value=Text("مرشح المغرب", "Morocco's candidate"),
    ),
    Fact(
        "dkhissi_elected_vice_president",
        K.ELECTION,
        "dkhissi",
        Text(
            "انتُخب محمد الدخيسي نائبا لرئيس الإنتربول عن أفريقيا",
            "Mohammed Dkhissi was elected Interpol Vice-President for Africa",
        ),
        (
            Evidence(1, 71, 99, "فاز مرشح المغرب اليوم الخميس"),
            Evidence(2, 436, 479, "قد رشحت لهذا المنصب والي الأمن محمد الدخيسي"),
        ),
        INFERRED,
        Text(
            "الفقرة 1 تقول إن مرشح المغرب فاز بالمنصب، والفقرة 2 تسمي الدخيسي مرشحا لهذا المنصب",
            "Paragraph 1 says Morocco's candidate won the post; paragraph 2 names Dkhissi as the "
            "candidate nominated for it",
        ),
        object="interpol_executive_committee",
        others=("morocco", "africa", "executive_committee_election"),
        post=Text("نائب رئيس الإنتربول عن أفريقيا", "Interpol Vice-President for Africa"),
        value=Text("محمد الدخيسي", "Mohammed Dkhissi"),
    ),
    Fact(
        "seat_on_executive_committee",
        K.ROLE,
        "dkhissi",
        Text(
            "بانتخابه صار ممثل المغرب عضوا في اللجنة التنفيذية للأنتربول بصفته نائبا للرئيس عن أفريقيا",
            "With this election Morocco's representative joins Interpol's Executive Committee as "
            "Vice-President for Africa",
        ),
        (
            Evidence(
                8,
                2047,
                2129,
                "وبعد انتخابه لعضوية اللجنة التنفيذية للأنتربول كنائب لرئيس المنظمة عن قارة أفريقيا",
            ),
        ),
        object="interpol_executive_committee",
        others=("morocco",),
    ),
    Fact(
        "landslide",
        K.ELECTION,
        "dkhissi",
        Text("فاز بأغلبية ساحقة", "He won by a landslide (a crushing majority)"),
        (Evidence(1, 204, 217, "بأغلبية ساحقة"),),
        others=("morocco",),
        value=Text("أغلبية ساحقة", "a crushing majority"),
    ),
    Fact(
        "elected_by_96_countries",
        K.ELECTION,
        "dkhissi",
        Text(
            "انتخبه مندوبو 96 دولة عضوا بالأغلبية",
            "He was elected by a majority of the delegates of 96 member countries",
        ),
        (
            Evidence(
                3,
                607,
                675,
                "جرى انتخاب ممثل المملكة المغربية بالأغلبية من طرف مندوبي 96 دولة عضو",
            ),
        ),
        object="interpol_general_assembly",
        others=("morocco",),
        value=Text("مندوبو 96 دولة عضوا", "the delegates of 96 member countries"),
        number=96,
    ),
    Fact(
        "wide_margin",
        K.ELECTION,
        "dkhissi",
        Text(
            "تقدم بفارق كبير على باقي المرشحين؛ لا يذكر الخبر عدد الأصوات",
            "He won by a large margin over the other candidates; the report gives no vote count",
        ),
        (Evidence(3, 677, 711, "بفارق كبير مقارنة مع باقي المرشحين"),),
        value=Text("فارق كبير", "a large margin"),
    ),
    Fact(
        "election_day",
        K.DATE,
        "executive_committee_election",
        Text(
            "جرى التصويت يوم الخميس 7 نوفمبر 2024",
            "The vote took place on Thursday 7 November 2024",
        ),
        (
            Evidence(1, 87, 99, "اليوم الخميس"),
            Evidence(3, 869, 912, "خلال الفترة الممتدة ما بين 4 و7 نوفمبر 2024"),
        ),
        INFERRED,
        _ELECTION_DAY_BASIS,
        others=("dkhissi",),
        date=DateValue("2024-11-07", "day"),
    ),
    Fact(
        "election_at_general_assembly",
        K.ELECTION,
        "executive_committee_election",
        Text(
            "جرى التصويت خلال الدورة الثانية والتسعين للجمعية العامة للإنتربول",
            "The vote took place at the 92nd session of Interpol's General Assembly",
        ),
        (
            Evidence(
                3,
                718,
                827,
                "ضمن عملية التصويت التي شهدتها الدورة الثانية والتسعون للجمعية العامة للمنظمة الدولية للشرطة الجنائية- أنتربول",
            ),
        ),
        object="general_assembly_92",
        number=92,
        value=Text("الدورة الثانية والتسعون", "the 92nd session"),
    ),
    Fact(
        "general_assembly_place",
        K.PLACE,
        "general_assembly_92",
        Text(
            "انعقدت الجمعية العامة بمدينة غلاسكو في اسكتلندا",
            "The General Assembly was held in Glasgow, Scotland",
        ),
        (Evidence(3, 829, 867, "المنعقدة حاليا بمدينة غلاسكو باسكتلندا"),),
        place="glasgow",
        others=("scotland",),
        value=Text("غلاسكو، اسكتلندا", "Glasgow, Scotland"),
    ),
    Fact(
        "general_assembly_dates",
        K.DATE,
        "general_assembly_92",
        Text(
            "امتدت الجمعية العامة من 4 إلى 7 نوفمبر 2024",
            "The General Assembly ran from 4 to 7 November 2024",
        ),
        (Evidence(3, 869, 912, "خلال الفترة الممتدة ما بين 4 و7 نوفمبر 2024"),),
        date=DateValue("2024-11-04", "day", "2024-11-07"),
    ),
    Fact(
        "dateline",
        K.PLACE,
        "glasgow",
        Text("كُتب الخبر من غلاسكو", "The report is datelined Glasgow"),
        (Evidence(1, 62, 70, "غلاسكو –"),),
        place="glasgow",
        value=Text("غلاسكو", "Glasgow"),
    ),
    Fact(
        "report_date",
        K.DATE,
        "dgsn",
        Text(
            "صدر الخبر يوم الخميس 7 نوفمبر 2024",
            "The report is from Thursday 7 November 2024",
        ),
        (Evidence(1, 87, 99, "اليوم الخميس"), Evidence(3, 829, 843, "المنعقدة حاليا")),
        INFERRED,
        Text(
            "يتحدث الخبر عن «اليوم الخميس» وعن جمعية عامة «منعقدة حاليا» بين 4 و7 نوفمبر 2024",
            "The report speaks of 'today, Thursday' and of an assembly 'currently held' 4–7 "
            "November 2024",
        ),
        date=DateValue("2024-11-07", "day"),
    ),
    Fact(
        "statement_source",
        K.SOURCE,
        "dgsn",
        Text(
            "مصدر تفاصيل الانتخاب بيان للمديرية العامة للأمن الوطني المغربي",
            "The details of the election come from a statement by Morocco's DGSN",
        ),
        (Evidence(3, 551, 601, "وقالت المديرية العامة للأمن الوطني المغربي في بيان"),),
    ),
    # Nomination and the candidate's posts
    Fact(
        "dgsn_nominated_dkhissi",
        K.NOMINATION,
        "dgsn",
        Text(
            "رشحت المديرية العامة للأمن الوطني محمد الدخيسي لمنصب نائب الرئيس",
            "The DGSN nominated Mohammed Dkhissi for the vice-presidency",
        ),
        (
            Evidence(
                2,
                401,
                479,
                "وكانت المديرية العامة للأمن الوطني قد رشحت لهذا المنصب والي الأمن محمد الدخيسي",
            ),
        ),
        object="dkhissi",
        value=Text("محمد الدخيسي", "Mohammed Dkhissi"),
    ),
    Fact(
        "dkhissi_rank",
        K.ROLE,
        "dkhissi",
        Text(
            "محمد الدخيسي برتبة والي الأمن",
            "Mohammed Dkhissi holds the rank of prefect of police",
        ),
        (Evidence(2, 456, 479, "والي الأمن محمد الدخيسي"),),
        object="dgsn",
        post=Text("والي الأمن", "Prefect of police"),
    ),
    Fact(
        "dkhissi_judicial_police",
        K.ROLE,
        "dkhissi",
        Text(
            "محمد الدخيسي مدير الشرطة القضائية",
            "Mohammed Dkhissi is Director of the Judicial Police",
        ),
        (Evidence(2, 481, 501, "مدير الشرطة القضائية"),),
        object="judicial_police",
        post=Text("مدير الشرطة القضائية", "Director of the Judicial Police"),
    ),
    Fact(
        "dkhissi_ncb_rabat",
        K.ROLE,
        "dkhissi",
        Text(
            "محمد الدخيسي يرأس المكتب المركزي الوطني- أنتربول الرباط",
            "Mohammed Dkhissi heads the National Central Bureau – Interpol Rabat",
        ),
        (Evidence(2, 502, 549, "الذي يرأس المكتب المركزي الوطني- أنتربول الرباط"),),
        object="ncb_rabat",
        place="rabat",
        post=Text("رئيس المكتب المركزي الوطني- أنتربول الرباط", "Head of NCB – Interpol Rabat"),
    ),
    # Why it matters, and the candidacy
    Fact(
        "international_recognition",
        K.ASSESSMENT,
        "morocco",
        Text(
            "تعكس هذه الانتخابات اعترافا دوليا بدور المغرب في تعزيز الأمن والاستقرار",
            "The election reflects international recognition of Morocco's role in security and "
            "stability",
        ),
        (
            Evidence(
                4,
                914,
                1003,
                "وتعكس هذه الانتخابات اعترافا دوليا بدور المغرب في تعزيز الأمن والاستقرار إقليمياً ودولياً",
            ),
        ),
    ),
    Fact(
        "southern_africa_cooperation",
        K.ASSESSMENT,
        "morocco",
        Text(
            "يُذكر أيضا جهد المغرب لتعزيز التعاون الأمني بين بلدان جنوب أفريقيا",
            "It also credits Morocco's efforts to strengthen security cooperation among the "
            "countries of southern Africa",
        ),
        (
            Evidence(
                4,
                1005,
                1064,
                "فضلا عن جهودها لتعزيز التعاون الأمني بين بلدان جنوب أفريقيا",
            ),
        ),
        others=("africa",),
    ),
    Fact(
        "kingdom_peace_and_counterterrorism",
        K.ASSESSMENT,
        "morocco",
        Text(
            "الفوز انتصار جديد لمملكة كثفت جهودها في إرساء السلام والأمن ولها دور رائد في مكافحة "
            "الإرهاب",
            "The win is a new victory for a kingdom that has stepped up its work for peace and "
            "security and plays a leading role against terrorism",
        ),
        (
            Evidence(
                1,
                219,
                399,
                "في انتصار جديد ينضاف إلى المملكة التي كثفت جهودها في إرساء السلام والأمن على المستويين الإقليمي والدولي، إلى جانب دورها الرائد في مجال مكافحة الإرهاب، خدمة التعاون الأمني جنوب-جنوب",
            ),
        ),
    ),
    Fact(
        "candidacy_aim_police_structures",
        K.AIM,
        "morocco",
        Text(
            "ترشح المغرب رغبة في المساهمة في تطوير البنيات الشرطية الأفريقية",
            "Morocco ran to help develop Africa's police structures",
        ),
        (
            Evidence(
                5,
                1159,
                1225,
                "مدفوعا بالرغبة الطموحة للمساهمة في تطوير البنيات الشرطية الأفريقية",
            ),
        ),
        others=("africa", "executive_committee_election"),
    ),
    Fact(
        "candidacy_aim_south_south",
        K.AIM,
        "morocco",
        Text(
            "ولتعزيز التعاون الأمني جنوب-جنوب وتبادل خبراته مع أجهزة الأمن في القارة",
            "And to strengthen South–South security cooperation and share its expertise with the "
            "continent's security services",
        ),
        (
            Evidence(
                5,
                1261,
                1351,
                "لتعزيز التعاون الأمني جنوب- جنوب، وتبادل خبراته وتجاربه مع الأجهزة الأمنية في محيطه القاري",
            ),
        ),
        others=("africa",),
    ),
    Fact(
        "king_of_morocco",
        K.ROLE,
        "king",
        Text("الملك محمد السادس عاهل المغرب", "King Mohammed VI is the King of Morocco"),
        (Evidence(6, 1406, 1438, "للعاهل المغربي الملك محمد السادس"),),
        object="morocco",
        post=Text("العاهل المغربي", "King of Morocco"),
    ),
    Fact(
        "royal_orientation",
        K.AIM,
        "king",
        Text(
            "يستلهم الترشيح توجهات الملك محمد السادس التي جعلت التعاون جنوب-جنوب خيارا استراتيجيا "
            "وأولوية",
            "The candidacy draws on King Mohammed VI's guidance, which made South–South "
            "cooperation a strategic choice and a priority",
        ),
        (
            Evidence(
                6,
                1365,
                1495,
                "ويستلهم الترشيح المغربي التوجهات الملكية للعاهل المغربي الملك محمد السادس التي جعلت من التعاون جنوب -جنوب خيارا استراتيجيا وأولوية",
            ),
        ),
        others=("morocco",),
    ),
    Fact(
        "pragmatic_vision",
        K.AIM,
        "morocco",
        Text(
            "وفق رؤية براغماتية لتطوير علاقات المغرب مع البلدان الأفريقية على جميع المستويات، "
            "ومنها الأمن",
            "Following a pragmatic vision of developing Morocco's ties with African countries at "
            "every level, security included",
        ),
        (
            Evidence(
                6,
                1533,
                1657,
                "وفق رؤية براغماتية تركز على تطوير العلاقات التي تربط المغرب مع البلدان الأفريقية على جميع المستويات، بما فيها المستوى الأمني",
            ),
        ),
        others=("africa", "king"),
    ),
    Fact(
        "candidacy_file",
        K.AIM,
        "morocco",
        Text(
            "قدم المغرب ملف ترشيح متكامل يرى أن الاستثمار في الشرطة الأفريقية هو المدخل لتجفيف "
            "منابع الهجرة غير الشرعية والاتجار بالبشر",
            "Morocco filed a full candidacy holding that investing in Africa's police is the way to "
            "dry up illegal migration and human trafficking networks",
        ),
        (
            Evidence(7, 1683, 1728, "قدمت المملكة ملف ترشيح متكامل لشغل هذا المنصب"),
            Evidence(
                7,
                1771,
                1973,
                "الاستثمار في الموارد البشرية الشرطية في القارة الأفريقية، وتطوير المرافق العامة الأمنية، وتعزيز التعاون الأمني في الفضاء الأفريقي، هو المدخل الأساسي لتجفيف منابع شبكات الهجرة غير الشرعية والاتجار بالبشر",
            ),
        ),
        others=("africa",),
    ),
    Fact(
        "aim_coordinate_bureaus",
        K.AIM,
        "morocco",
        Text(
            "يتطلع المغرب إلى تنسيق الجهود مع المكاتب المركزية الوطنية لمواجهة التهديدات الإرهابية",
            "Morocco aims to coordinate with National Central Bureaus for a fast, effective "
            "response to terrorist threats",
        ),
        (
            Evidence(
                8,
                2131,
                2294,
                "يتطلع المغرب إلى تنسيق الجهود مع المكاتب المركزية الوطنية في الدول الأفريقية وفي باقي دول العالم، بهدف توفير الاستجابة السريعة والناجعة لمواجهة التهديدات الإرهابية",
            ),
        ),
        others=("dkhissi", "interpol_executive_committee"),
    ),
    Fact(
        "aim_ai_risks",
        K.AIM,
        "morocco",
        Text(
            "ويسعى إلى التصدي للمخاطر المرتبطة بإساءة استغلال الذكاء الاصطناعي من طرف الجريمة المنظمة",
            "And to counter the risks of organised crime misusing artificial intelligence and new "
            "technologies",
        ),
        (
            Evidence(
                9,
                2393,
                2504,
                "المخاطر غير النمطية المرتبطة بإساءة استغلال الذكاء الاصطناعي والتكنولوجيات الحديثة من طرف جماعات الإجرام المنظم",
            ),
        ),
    ),
    # The Secretary General
    Fact(
        "urquiza_elected_secretary_general",
        K.ELECTION,
        "urquiza",
        Text(
            "انتخبت الجمعية العامة فالديسي أوركيزا أمينا عاما مقبلا للإنتربول",
            "The General Assembly elected Valdecy Urquiza as Interpol's next Secretary General",
        ),
        (
            Evidence(
                10,
                2523,
                2618,
                "انتخبت الجمعية العامة للإنتربول فالديسي أوركيزا الأمين العام المقبل لأكبر منظمة شرطية في العالم",
            ),
        ),
        object="interpol_secretary_general",
        others=("interpol_general_assembly", "interpol"),
        post=Text("الأمين العام المقبل للإنتربول", "Interpol's next Secretary General"),
        value=Text("فالديسي أوركيزا", "Valdecy Urquiza"),
    ),
    Fact(
        "urquiza_election_day",
        K.DATE,
        "urquiza",
        Text(
            "انتُخب أوركيزا في الجلسة نفسها، يوم الخميس 7 نوفمبر 2024",
            "Urquiza was elected in the same session, on Thursday 7 November 2024",
        ),
        (
            Evidence(10, 2506, 2522, "وخلال نفس الجلسة"),
            Evidence(1, 87, 99, "اليوم الخميس"),
        ),
        INFERRED,
        Text(
            "الفقرة 10 تقول «خلال نفس الجلسة» التي جرى فيها تصويت «اليوم الخميس» (7 نوفمبر 2024)",
            "Paragraph 10 says 'in the same session' as the vote held 'today, Thursday' "
            "(7 November 2024)",
        ),
        others=("interpol_general_assembly",),
        date=DateValue("2024-11-07", "day"),
    ),
    Fact(
        "urquiza_brazilian_police",
        K.ROLE,
        "urquiza",
        Text(
            "أوركيزا مفوض في الشرطة البرازيلية",
            "Urquiza is a Brazilian police commissioner",
        ),
        (Evidence(11, 2628, 2650, "مفوض الشرطة البرازيلية"),),
        object="brazilian_police",
        post=Text("مفوض الشرطة", "Police commissioner"),
    ),
    Fact(
        "urquiza_nationality",
        K.ROLE,
        "urquiza",
        Text("أوركيزا برازيلي", "Urquiza is Brazilian"),
        (Evidence(11, 2628, 2650, "مفوض الشرطة البرازيلية"),),
        INFERRED,
        Text(
            "يصفه الخبر بأنه «مفوض الشرطة البرازيلية» ولا يذكر جنسيته صراحة",
            "The report calls him 'the Brazilian police commissioner'; it does not state his "
            "nationality outright",
        ),
        others=("brazil",),
        value=Text("برازيلي", "Brazilian"),
    ),
    Fact(
        "urquiza_takes_office",
        K.DATE,
        "urquiza",
        Text(
            "يتولى أوركيزا مهامه في ختام الجمعية العامة، يوم الخميس 7 نوفمبر 2024",
            "Urquiza takes office at the close of the General Assembly, Thursday 7 November 2024",
        ),
        (
            Evidence(
                11,
                2620,
                2699,
                "وسيباشر مفوض الشرطة البرازيلية مهامه في ختام الجمعية العامة اليوم الخميس نوفمبر",
            ),
        ),
        INFERRED,
        Text(
            "يقول الخبر «في ختام الجمعية العامة اليوم الخميس نوفمبر» دون ذكر اليوم من الشهر؛ "
            "الجمعية امتدت إلى 7 نوفمبر 2024 وهو يوم خميس",
            "The report says 'at the close of the General Assembly today, Thursday November' with "
            "no day of the month; the assembly ran to 7 November 2024, a Thursday",
        ),
        object="interpol_secretary_general",
        others=("interpol_general_assembly",),
        date=DateValue("2024-11-07", "day"),
    ),
    Fact(
        "stock_outgoing",
        K.ROLE,
        "stock",
        Text(
            "يورغن شتوك هو الأمين العام الحالي، وينهي ولايته الثانية والأخيرة",
            "Jürgen Stock is the outgoing Secretary General, ending his second and final term",
        ),
        (
            Evidence(
                11,
                2707,
                2767,
                "يُنهي الأمين العام الحالي يورغن شتوك ولايته الثانية والأخيرة",
            ),
        ),
        object="interpol_secretary_general",
        post=Text("الأمين العام الحالي (المنتهية ولايته)", "Outgoing Secretary General"),
        number=2,
        value=Text("الولاية الثانية والأخيرة", "second and final term"),
    ),
    Fact(
        "stock_ten_years",
        K.NUMBER,
        "stock",
        Text("قاد شتوك المنظمة 10 سنوات", "Stock led the organisation for 10 years"),
        (Evidence(11, 2768, 2803, "بعد توجيه دفة المنظمة خلال 10 سنوات"),),
        object="interpol",
        number=10,
        value=Text("10 سنوات", "10 years"),
    ),
    Fact(
        "stock_tenure",
        K.DATE,
        "stock",
        Text(
            "قاد شتوك الإنتربول من 2014 إلى 2024",
            "Stock led Interpol from 2014 to 2024",
        ),
        (
            Evidence(
                11,
                2744,
                2803,
                "ولايته الثانية والأخيرة بعد توجيه دفة المنظمة خلال 10 سنوات",
            ),
        ),
        INFERRED,
        Text(
            "عشر سنوات تنتهي في نوفمبر 2024 تبدأ في 2014؛ الخبر لا يذكر سنة البداية",
            "Ten years ending in November 2024 began in 2014; the report gives no start year",
        ),
        object="interpol",
        date=DateValue("2014", "year", "2024"),
    ),
    Fact(
        "largest_police_organisation",
        K.ORGANISATION,
        "interpol",
        Text(
            "الإنتربول أكبر منظمة شرطية في العالم",
            "Interpol is the world's largest police organisation",
        ),
        (Evidence(10, 2591, 2618, "لأكبر منظمة شرطية في العالم"),),
    ),
    # The Moroccan delegation in Glasgow
    Fact(
        "hammouchi_dgsn",
        K.ROLE,
        "hammouchi",
        Text(
            "عبداللطيف حموشي المدير العام للأمن الوطني",
            "Abdellatif Hammouchi is Director General of National Security",
        ),
        (
            Evidence(
                12,
                2810,
                2874,
                "المدير العام للأمن الوطني ولمراقبة التراب الوطني عبداللطيف حموشي",
            ),
        ),
        object="dgsn",
        post=Text("المدير العام للأمن الوطني", "Director General of National Security"),
    ),
    Fact(
        "hammouchi_dgst",
        K.ROLE,
        "hammouchi",
        Text(
            "عبداللطيف حموشي المدير العام لمراقبة التراب الوطني",
            "Abdellatif Hammouchi is Director General of Territorial Surveillance",
        ),
        (
            Evidence(
                12,
                2810,
                2874,
                "المدير العام للأمن الوطني ولمراقبة التراب الوطني عبداللطيف حموشي",
            ),
        ),
        object="dgst",
        post=Text(
            "المدير العام لمراقبة التراب الوطني",
            "Director General of Territorial Surveillance",
        ),
    ),
    Fact(
        "hammouchi_led_glasgow_delegation",
        K.PARTICIPATION,
        "hammouchi",
        Text(
            "ترأس حموشي الوفد المغربي إلى الجمعية العامة في غلاسكو",
            "Hammouchi led the Moroccan delegation to the General Assembly in Glasgow",
        ),
        (
            Evidence(
                12,
                2875,
                3010,
                "قد ترأس وفد المملكة المغربية المشارك في أشغال الجمعية العامة للمنظمة الدولية للشرطة الجنائية- أنتربول، المنعقدة بمدينة غلاسكو باسكتلندا",
            ),
        ),
        object="moroccan_delegation",
        place="glasgow",
        others=("general_assembly_92",),
        post=Text("رئيس الوفد المغربي", "Head of the Moroccan delegation"),
    ),
    Fact(
        "hammouchi_glasgow_talks",
        K.PARTICIPATION,
        "hammouchi",
        Text(
            "شارك في مباحثات متعددة الأطراف ولقاءات ثنائية حول التعاون الأمني الدولي ودعم ترشيح المغرب",
            "He took part in multilateral talks and bilateral meetings on international security "
            "cooperation and in support of Morocco's candidacy",
        ),
        (
            Evidence(
                12,
                3012,
                3217,
                "وشارك في المباحثات المتعددة الأطراف واللقاءات الثنائية التي تناولت سبل توطيد التعاون الأمني الدولي، وتعزيز العمل الشرطي المشترك، فضلا عن دعم ملف ترشيح المغرب لمنصب نائب رئيس منظمة الأنتربول عن قارة أفريقيا",
            ),
        ),
        object="general_assembly_92",
        others=("morocco",),
    ),
    # The 8th MENA heads of police meeting, Lyon
    Fact(
        "mena_meeting_when",
        K.DATE,
        "mena_meeting_8",
        Text(
            "انعقد الاجتماع الثامن في سبتمبر 2024",
            "The 8th meeting was held in September 2024",
        ),
        (Evidence(13, 3219, 3236, "وفي سبتمبر الماضي"),),
        INFERRED,
        Text(
            "يقول الخبر «سبتمبر الماضي» في تقرير من نوفمبر 2024، أي سبتمبر 2024",
            "The report says 'last September' and dates from November 2024, so September 2024",
        ),
        others=("hammouchi",),
        date=DateValue("2024-09", "month"),
    ),
    Fact(
        "mena_meeting_number",
        K.NUMBER,
        "mena_meeting_8",
        Text(
            "هو الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة في المنطقة",
            "It was Interpol's 8th meeting of the region's heads of security and police",
        ),
        (Evidence(13, 3287, 3333, "الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة"),),
        object="interpol",
        others=("mena",),
        number=8,
        value=Text("الثامن", "the 8th"),
    ),
    Fact(
        "mena_meeting_place",
        K.PLACE,
        "mena_meeting_8",
        Text(
            "انعقد الاجتماع بمقر الإنتربول في مدينة ليون الفرنسية",
            "The meeting was held at Interpol's headquarters in Lyon, France",
        ),
        (
            Evidence(
                13,
                3371,
                3448,
                "والذي انعقد بمقر المنظمة الدولية للشرطة الجنائية-أنتربول بمدينة ليون الفرنسية",
            ),
        ),
        place="lyon",
        others=("france", "interpol"),
        value=Text("ليون، فرنسا", "Lyon, France"),
    ),
    Fact(
        "interpol_headquarters",
        K.PLACE,
        "interpol",
        Text(
            "مقر الإنتربول في مدينة ليون الفرنسية",
            "Interpol's headquarters is in Lyon, France",
        ),
        (
            Evidence(
                13,
                3383,
                3448,
                "بمقر المنظمة الدولية للشرطة الجنائية-أنتربول بمدينة ليون الفرنسية",
            ),
        ),
        place="lyon",
        others=("france",),
        value=Text("ليون", "Lyon"),
    ),
    Fact(
        "hammouchi_attended_mena_meeting",
        K.PARTICIPATION,
        "hammouchi",
        Text(
            "شارك المدير العام للأمن الوطني في الاجتماع الثامن بليون وترأس الوفد المغربي",
            "The Director General of National Security attended the 8th meeting in Lyon and led "
            "the Moroccan delegation",
        ),
        (
            Evidence(
                13,
                3238,
                3302,
                "شارك المدير العام للأمن الوطني المغربي، في أشغال الاجتماع الثامن",
            ),
            Evidence(
                14,
                3450,
                3525,
                "وترأس حموشي وفد المملكة المغربية المشارك في أشغال هذا الاجتماع الأمني الهام",
            ),
        ),
        object="mena_meeting_8",
        place="lyon",
        others=("moroccan_delegation",),
        post=Text("رئيس الوفد المغربي", "Head of the Moroccan delegation"),
    ),
    Fact(
        "mena_meeting_members",
        K.PARTICIPATION,
        "mena_meeting_8",
        Text(
            "ضم الاجتماع رؤساء أجهزة الأمن والشرطة في الشرق الأوسط وشمال أفريقيا",
            "It brought together the heads of security and police of the Middle East and North "
            "Africa",
        ),
        (
            Evidence(
                14,
                3527,
                3596,
                "الذي ضم رؤساء أجهزة الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا",
            ),
        ),
        others=("mena",),
    ),
    Fact(
        "mena_meeting_extra_countries",
        K.PARTICIPATION,
        "mena_meeting_8",
        Text(
            "وحضرته أيضا جزر القمر وجيبوتي والصومال والسودان وموريتانيا",
            "Comoros, Djibouti, Somalia, Sudan and Mauritania also took part",
        ),
        (
            Evidence(
                14,
                3598,
                3661,
                "بالإضافة إلى دول جزر القمر وجيبوتي والصومال والسودان وموريتانيا",
            ),
        ),
        others=("comoros", "djibouti", "somalia", "sudan", "mauritania"),
        value=Text(
            "جزر القمر، جيبوتي، الصومال، السودان، موريتانيا",
            "Comoros, Djibouti, Somalia, Sudan, Mauritania",
        ),
    ),
    Fact(
        "mena_meeting_extra_count",
        K.NUMBER,
        "mena_meeting_8",
        Text(
            "خمس دول من خارج المنطقة حضرت الاجتماع",
            "Five countries from outside the region attended",
        ),
        (
            Evidence(
                14,
                3598,
                3661,
                "بالإضافة إلى دول جزر القمر وجيبوتي والصومال والسودان وموريتانيا",
            ),
        ),
        INFERRED,
        Text(
            "عددناها من القائمة التي يذكرها الخبر",
            "Counted from the list the report gives",
        ),
        number=5,
        value=Text("5 دول", "5 countries"),
    ),
    Fact(
        "mena_topic_experience",
        K.TOPIC,
        "mena_meeting_8",
        Text(
            "عرض الأمن الوطني المغربي تجربته في مواجهة الجرائم المستجدة إقليميا",
            "Morocco's national security presented its experience against emerging crime in the "
            "region",
        ),
        (
            Evidence(
                15,
                3723,
                3786,
                "لاستعراض تجربتها في مواجهة الجرائم المستجدة على الصعيد الإقليمي",
            ),
        ),
        others=("dgsn",),
    ),
    Fact(
        "mena_topic_cyber_finance",
        K.TOPIC,
        "mena_meeting_8",
        Text(
            "نوقشت الجريمة المنظمة والتدفقات المالية المتأتية من القرصنة المعلوماتية",
            "Organised crime and financial flows from hacking were discussed",
        ),
        (
            Evidence(
                15,
                3851,
                3923,
                "مكافحة الجريمة المنظمة والتدفقات المالية المتأتية من القرصنة المعلوماتية",
            ),
        ),
    ),
    Fact(
        "mena_topic_radicalisation",
        K.TOPIC,
        "mena_meeting_8",
        Text(
            "ونوقش التجنيد والتطرف السريع عبر الإنترنت والتمويل بالعملات المشفرة",
            "So were online recruitment and rapid radicalisation, and financing through "
            "cryptocurrencies",
        ),
        (
            Evidence(
                15,
                3925,
                4006,
                "وتهديدات التجنيد والتطرف السريع على شبكة الأنترنت والتمويل بواسطة العملات المشفرة",
            ),
        ),
    ),
    Fact(
        "mena_topic_drones",
        K.TOPIC,
        "mena_meeting_8",
        Text(
            "ومخاطر الهجمات الإرهابية بالطائرات المسيرة والتهديدات غير النمطية",
            "And the risk of terrorist attacks with drones, and atypical threats",
        ),
        (
            Evidence(
                15,
                4008,
                4081,
                "ومخاطر الهجمات الإرهابية باستعمال الطائرات المسيرة والتهديدات غير النمطية",
            ),
        ),
    ),
    Fact(
        "mena_moroccan_presentation",
        K.TOPIC,
        "moroccan_delegation",
        Text(
            "قدم الوفد المغربي عرضا شاملا عن تبادل الخبرات في مكافحة الجريمة المعلوماتية",
            "The Moroccan delegation gave a full presentation on sharing expertise against "
            "cybercrime",
        ),
        (
            Evidence(
                16,
                4095,
                4209,
                "كما قدم الوفد المغربي عرضا شاملا حول تقاسم الخبرات والمعلومات المرتبطة بمكافحة الجريمة المعلوماتية وصورها المستجدة",
            ),
        ),
        object="mena_meeting_8",
    ),
    Fact(
        "mena_interpol_tools",
        K.TOPIC,
        "interpol",
        Text(
            "عرض الإنتربول حلوله وتطبيقاته وقواعد بياناته، ومنها منصته البيومترية",
            "Interpol presented its IT solutions, applications and databases, including its "
            "biometric platform",
        ),
        (
            Evidence(
                17,
                4341,
                4418,
                "باستعراض منظمة الأنتربول لمختلف الحلول والتطبيقات المعلوماتية وقواعد المعطيات",
            ),
            Evidence(17, 4509, 4551, "بما فيها تطوير المنصة البيومترية للأنتربول"),
        ),
        object="mena_meeting_8",
    ),
    Fact(
        "mena_interpol_support",
        K.TOPIC,
        "interpol",
        Text(
            "وعرض آليات الدعم التي يقدمها للبلدان الأعضاء في التكوين ومكافحة الجريمة العابرة للحدود",
            "And the support it offers member countries in training and against transnational "
            "crime",
        ),
        (
            Evidence(
                17,
                4639,
                4778,
                "فضلا عن آليات الدعم والإسناد التي يمكن أن يقدمها الأنتربول للبلدان الأعضاء في مجال التكوين ومكافحة مختلف صور الجريمة العابرة للحدود الوطنية",
            ),
        ),
        object="mena_meeting_8",
    ),
    Fact(
        "mena_interpol_threat_assessment",
        K.TOPIC,
        "interpol",
        Text(
            "وتقييم التهديدات الإجرامية دوليا وشبكة الإنتربول للتحليل والاستعلام",
            "And its international criminal threat assessment and analysis and intelligence network",
        ),
        (
            Evidence(
                17,
                4553,
                4637,
                "وتقييم التهديدات الإجرامية على الصعيد الدولي وقياس شبكة الأنتربول للتحليل والاستعلام",
            ),
        ),
        object="mena_meeting_8",
    ),
    # Interpol itself
    Fact(
        "interpol_founded",
        K.DATE,
        "interpol",
        Text("تأسس الإنتربول سنة 1923", "Interpol was founded in 1923"),
        (Evidence(18, 4798, 4819, "الذي تأسس في سنة 1923"),),
        date=DateValue("1923", "year"),
        number=1923,
        value=Text("1923", "1923"),
    ),
    Fact(
        "interpol_member_countries",
        K.NUMBER,
        "interpol",
        Text("يضم الإنتربول 196 دولة عضوا", "Interpol has 196 member countries"),
        (Evidence(18, 4931, 4946, "في 196 دولة عضو"),),
        number=196,
        value=Text("196 دولة", "196 countries"),
    ),
    Fact(
        "interpol_purpose",
        K.ORGANISATION,
        "interpol",
        Text(
            "هدف الإنتربول تدعيم القدرات الوطنية وتبادل المعلومات والخبرات بين الأجهزة الأمنية "
            "للوقاية من الجريمة العابرة للحدود ومكافحتها",
            "Interpol's purpose is to build national capacities and share information and "
            "expertise between security services, to prevent and fight cross-border crime",
        ),
        (
            Evidence(
                18,
                4821,
                4930,
                "منظمة دولية للشرطة الجنائية هدفها الأساسي تدعيم القدرات الوطنية وتبادل المعلومات والخبرات بين الأجهزة الأمنية",
            ),
            Evidence(
                18,
                4948,
                5042,
                "بغرض الوقاية ومكافحة الامتدادات العابرة للحدود الوطنية لمختلف أنواع الجرائم والتهديدات الأمنية",
            ),
        ),
    ),
)


def entity(entity_id: str) -> Entity:
    """The entity with this id (KeyError when there is none)."""
    return _BY_ID[entity_id]


_BY_ID: dict[str, Entity] = {e.id: e for e in ENTITIES}
