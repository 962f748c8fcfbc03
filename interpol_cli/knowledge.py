"""What the article says, as data: its entities, and facts that each carry their proof.

To add a fact, add a ``Fact(...)`` to ``FACTS`` below (an entity: ``ENTITIES``); nothing else
needs editing. Its ``evidence`` is ``cite(paragraph=N, quote="…")``: a verbatim quote from
paragraph N (0 is the title), which must occur there exactly once; the offsets are derived
from the released article at import, and a quote that is missing or ambiguous stops the import
with the reason. A fact the article implies rather than says has ``status=Status.INFERRED``
and a ``basis`` that says from what. ``summary_topic`` puts the fact in ``summary``'s list of
key facts, in the order of ``FACTS``. The types are in ``interpol_cli.model``.
"""

from __future__ import annotations

from interpol_cli.model import (
    DateValue,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    FactKind,
    Status,
    Synthesis,
    Text,
)
from interpol_cli.seed_text import PARAGRAPHS, TEXT


def cite(*, paragraph: int, quote: str) -> Evidence:
    """The evidence for ``quote``, which occurs exactly once in ``paragraph``: offsets derived."""
    if not 0 <= paragraph < len(PARAGRAPHS):
        raise ValueError(f"the article has no paragraph {paragraph} (quote {quote!r})")
    first, last = PARAGRAPHS[paragraph]
    at = TEXT.find(quote, first, last)
    if not quote or at < 0:
        raise ValueError(f"paragraph {paragraph} does not hold the quote {quote!r}")
    if TEXT.find(quote, at + 1, last) >= 0:
        raise ValueError(
            f"the quote {quote!r} occurs more than once in paragraph {paragraph}: quote more of it"
        )
    return Evidence(paragraph=paragraph, start=at, end=at + len(quote), quote=quote)


ENTITIES: tuple[Entity, ...] = (
    # The report itself: its date and dateline are facts about it.
    Entity(
        id="report",
        kind=EntityKind.SOURCE,
        name=Text(ar="الخبر", en="The report"),
        description=Text(
            ar="هذا الخبر: فوز مرشح المغرب بمنصب نائب رئيس الإنتربول عن أفريقيا",
            en="This news report: Morocco's candidate wins the post of Interpol Vice-President "
            "for Africa",
        ),
        evidence=(
            cite(
                paragraph=0,
                quote="المغرب يفوز بمنصب نائب رئيس الإنتربول لأفريقيا بأغلبية ساحقة",
            ),
        ),
        aliases=("report", "the report", "news report", "article", "المقال"),
    ),
    # People
    Entity(
        id="dkhissi",
        kind=EntityKind.PERSON,
        name=Text(ar="محمد الدخيسي", en="Mohammed Dkhissi"),
        description=Text(
            ar="والي الأمن، مدير الشرطة القضائية ورئيس المكتب المركزي الوطني- أنتربول الرباط؛ مرشح المغرب",
            en="Prefect of police, Director of the Judicial Police and head of the National Central "
            "Bureau – Interpol Rabat; Morocco's candidate",
        ),
        evidence=(cite(paragraph=2, quote="والي الأمن محمد الدخيسي"),),
        aliases=("الدخيسي", "Dkhissi", "Mohamed Dkhissi", "Mohammed Dkhissi"),
        part_of="morocco",
    ),
    Entity(
        id="hammouchi",
        kind=EntityKind.PERSON,
        name=Text(ar="عبداللطيف حموشي", en="Abdellatif Hammouchi"),
        description=Text(
            ar="المدير العام للأمن الوطني ولمراقبة التراب الوطني؛ رئيس الوفد المغربي",
            en="Director General of National Security and of Territorial Surveillance; head of the "
            "Moroccan delegation",
        ),
        evidence=(
            cite(paragraph=12, quote="عبداللطيف حموشي"),
            cite(paragraph=14, quote="حموشي"),
        ),
        aliases=("حموشي", "عبد اللطيف حموشي", "Hammouchi", "Abdelatif Hammouchi"),
        part_of="morocco",
    ),
    Entity(
        id="urquiza",
        kind=EntityKind.PERSON,
        name=Text(ar="فالديسي أوركيزا", en="Valdecy Urquiza"),
        description=Text(
            ar="مفوض الشرطة البرازيلية؛ الأمين العام المقبل للإنتربول",
            en="Brazilian police commissioner; Interpol's next Secretary General",
        ),
        evidence=(cite(paragraph=10, quote="فالديسي أوركيزا"),),
        aliases=("أوركيزا", "فالديسي", "Urquiza", "Valdecy"),
        part_of="brazil",
    ),
    Entity(
        id="stock",
        kind=EntityKind.PERSON,
        name=Text(ar="يورغن شتوك", en="Jürgen Stock"),
        description=Text(
            ar="الأمين العام الحالي للإنتربول، في نهاية ولايته الثانية والأخيرة",
            en="Interpol's outgoing Secretary General, ending his second and final term",
        ),
        evidence=(cite(paragraph=11, quote="يورغن شتوك"),),
        aliases=("شتوك", "يورغن", "Stock", "Jurgen Stock", "Juergen Stock"),
    ),
    Entity(
        id="king",
        kind=EntityKind.PERSON,
        name=Text(ar="الملك محمد السادس", en="King Mohammed VI"),
        description=Text(ar="عاهل المغرب", en="King of Morocco"),
        evidence=(cite(paragraph=6, quote="الملك محمد السادس"),),
        aliases=("محمد السادس", "العاهل المغربي", "Mohammed VI", "Mohammed the Sixth"),
        part_of="morocco",
    ),
    # Organisations
    Entity(
        id="interpol",
        kind=EntityKind.ORGANISATION,
        name=Text(ar="المنظمة الدولية للشرطة الجنائية (الإنتربول)", en="Interpol"),
        description=Text(
            ar="المنظمة الدولية للشرطة الجنائية، تأسست سنة 1923 وتضم 196 دولة عضوا",
            en="The International Criminal Police Organization, founded in 1923, 196 member countries",
        ),
        evidence=(
            cite(paragraph=0, quote="الإنتربول"),
            cite(paragraph=1, quote="المنظمة الدولية للشرطة الجنائية"),
            cite(paragraph=18, quote="الأنتربول"),
        ),
        aliases=(
            "الإنتربول",
            "الأنتربول",
            "أنتربول",
            "إنتربول",
            "Interpol",
            "ICPO",
            "International Criminal Police Organization",
            "International Criminal Police Organisation",
            "المنظمة الدولية للشرطة الجنائية",
        ),
    ),
    Entity(
        id="interpol_general_assembly",
        kind=EntityKind.ORGANISATION,
        name=Text(ar="الجمعية العامة للإنتربول", en="Interpol General Assembly"),
        description=Text(
            ar="الهيئة التي تنتخب الأمين العام واللجنة التنفيذية",
            en="Elects the Secretary General and the Executive Committee",
        ),
        evidence=(cite(paragraph=10, quote="الجمعية العامة للإنتربول"),),
        aliases=("الجمعية العامة", "General Assembly"),
        part_of="interpol",
    ),
    Entity(
        id="interpol_executive_committee",
        kind=EntityKind.ORGANISATION,
        name=Text(ar="اللجنة التنفيذية للأنتربول", en="Interpol Executive Committee"),
        description=Text(
            ar="تضم نواب رئيس المنظمة عن القارات",
            en="Includes the organisation's regional vice-presidents",
        ),
        evidence=(cite(paragraph=1, quote="اللجنة التنفيذية للأنتربول"),),
        aliases=("اللجنة التنفيذية", "Executive Committee"),
        part_of="interpol",
    ),
    Entity(
        id="interpol_secretary_general",
        kind=EntityKind.ORGANISATION,
        name=Text(ar="الأمانة العامة للإنتربول", en="Interpol General Secretariat"),
        description=Text(ar="يرأسها الأمين العام", en="Headed by the Secretary General"),
        evidence=(cite(paragraph=10, quote="الأمين العام المقبل"),),
        aliases=("الأمين العام", "Secretary General"),
        part_of="interpol",
    ),
    Entity(
        id="dgsn",
        kind=EntityKind.ORGANISATION,
        name=Text(
            ar="المديرية العامة للأمن الوطني",
            en="General Directorate for National Security (DGSN)",
        ),
        description=Text(
            ar="جهاز الشرطة المغربي، مصدر البيان",
            en="Morocco's national police; the source of the statement",
        ),
        evidence=(cite(paragraph=2, quote="المديرية العامة للأمن الوطني"),),
        aliases=("الأمن الوطني", "DGSN", "National Security"),
        part_of="morocco",
    ),
    Entity(
        id="dgst",
        kind=EntityKind.ORGANISATION,
        name=Text(
            ar="المديرية العامة لمراقبة التراب الوطني",
            en="General Directorate for Territorial Surveillance (DGST)",
        ),
        description=Text(
            ar="جهاز الاستخبارات الداخلية المغربي",
            en="Morocco's domestic intelligence service",
        ),
        evidence=(cite(paragraph=12, quote="ولمراقبة التراب الوطني"),),
        aliases=("مراقبة التراب الوطني", "DGST", "Territorial Surveillance"),
        part_of="morocco",
    ),
    Entity(
        id="judicial_police",
        kind=EntityKind.ORGANISATION,
        name=Text(ar="الشرطة القضائية", en="Judicial Police"),
        description=Text(
            ar="مديرية الشرطة القضائية بالمغرب",
            en="Morocco's Directorate of the Judicial Police",
        ),
        evidence=(cite(paragraph=2, quote="الشرطة القضائية"),),
        aliases=("Judicial Police", "Criminal Investigation Department"),
        part_of="dgsn",
    ),
    Entity(
        id="ncb_rabat",
        kind=EntityKind.ORGANISATION,
        name=Text(
            ar="المكتب المركزي الوطني- أنتربول الرباط",
            en="National Central Bureau – Interpol Rabat",
        ),
        description=Text(ar="مكتب الإنتربول في المغرب", en="Interpol's bureau in Morocco"),
        evidence=(cite(paragraph=2, quote="المكتب المركزي الوطني- أنتربول الرباط"),),
        aliases=("المكتب المركزي الوطني", "NCB Rabat", "National Central Bureau"),
        part_of="dgsn",
    ),
    Entity(
        id="brazilian_police",
        kind=EntityKind.ORGANISATION,
        name=Text(ar="الشرطة البرازيلية", en="Brazilian police"),
        description=Text(
            ar="جهاز الشرطة الذي ينتمي إليه أوركيزا", en="The police force Urquiza belongs to"
        ),
        evidence=(cite(paragraph=11, quote="الشرطة البرازيلية"),),
        aliases=("Brazilian police", "Federal Police of Brazil"),
        part_of="brazil",
    ),
    Entity(
        id="moroccan_delegation",
        kind=EntityKind.ORGANISATION,
        name=Text(ar="وفد المملكة المغربية", en="Moroccan delegation"),
        description=Text(
            ar="برئاسة حموشي في غلاسكو وفي ليون", en="Led by Hammouchi in Glasgow and in Lyon"
        ),
        evidence=(
            cite(paragraph=12, quote="وفد المملكة المغربية"),
            cite(paragraph=16, quote="الوفد المغربي"),
        ),
        aliases=("الوفد المغربي", "Moroccan delegation"),
        part_of="morocco",
    ),
    # Places and countries
    Entity(
        id="morocco",
        kind=EntityKind.PLACE,
        name=Text(ar="المغرب", en="Morocco"),
        description=Text(ar="المملكة المغربية", en="The Kingdom of Morocco"),
        evidence=(cite(paragraph=0, quote="المغرب"), cite(paragraph=3, quote="المملكة المغربية")),
        aliases=("المملكة المغربية", "المملكة", "Morocco", "Kingdom of Morocco"),
        part_of="africa",
    ),
    Entity(
        id="glasgow",
        kind=EntityKind.PLACE,
        name=Text(ar="غلاسكو", en="Glasgow"),
        description=Text(
            ar="مدينة في اسكتلندا، مقر الدورة 92 للجمعية العامة",
            en="City in Scotland; host of the 92nd General Assembly",
        ),
        evidence=(
            cite(paragraph=1, quote="غلاسكو"),
            cite(paragraph=3, quote="بمدينة غلاسكو باسكتلندا"),
        ),
        aliases=("Glasgow", "غلاسكو"),
        part_of="scotland",
    ),
    Entity(
        id="scotland",
        kind=EntityKind.PLACE,
        name=Text(ar="اسكتلندا", en="Scotland"),
        description=Text(ar="حيث تقع غلاسكو", en="Where Glasgow lies"),
        evidence=(cite(paragraph=3, quote="باسكتلندا"),),
        aliases=("Scotland", "سكوتلندا"),
    ),
    Entity(
        id="lyon",
        kind=EntityKind.PLACE,
        name=Text(ar="ليون", en="Lyon"),
        description=Text(
            ar="مدينة فرنسية، مقر الإنتربول", en="French city; Interpol's headquarters"
        ),
        evidence=(cite(paragraph=13, quote="بمدينة ليون الفرنسية"),),
        aliases=("Lyon", "Lyons", "ليون"),
        part_of="france",
    ),
    Entity(
        id="france",
        kind=EntityKind.PLACE,
        name=Text(ar="فرنسا", en="France"),
        description=Text(ar="حيث تقع ليون", en="Where Lyon lies"),
        evidence=(cite(paragraph=13, quote="الفرنسية"),),
        aliases=("France",),
    ),
    Entity(
        id="rabat",
        kind=EntityKind.PLACE,
        name=Text(ar="الرباط", en="Rabat"),
        description=Text(
            ar="مقر المكتب المركزي الوطني للإنتربول بالمغرب",
            en="Seat of Morocco's Interpol National Central Bureau",
        ),
        evidence=(cite(paragraph=2, quote="الرباط"),),
        aliases=("Rabat",),
        part_of="morocco",
    ),
    Entity(
        id="brazil",
        kind=EntityKind.PLACE,
        name=Text(ar="البرازيل", en="Brazil"),
        description=Text(ar="بلد أوركيزا", en="Urquiza's country"),
        evidence=(cite(paragraph=11, quote="البرازيلية"),),
        aliases=("Brazil", "البرازيل"),
    ),
    Entity(
        id="africa",
        kind=EntityKind.PLACE,
        name=Text(ar="أفريقيا", en="Africa"),
        description=Text(
            ar="القارة التي يمثلها نائب الرئيس المنتخب",
            en="The continent the elected vice-president represents",
        ),
        evidence=(cite(paragraph=1, quote="قارة أفريقيا"),),
        aliases=("إفريقيا", "القارة الأفريقية", "Africa", "African"),
    ),
    Entity(
        id="mena",
        kind=EntityKind.PLACE,
        name=Text(ar="منطقة الشرق الأوسط وشمال أفريقيا", en="Middle East and North Africa (MENA)"),
        description=Text(
            ar="منطقة الاجتماع الثامن لرؤساء الأمن والشرطة",
            en="Region of the 8th heads of police meeting",
        ),
        evidence=(cite(paragraph=13, quote="منطقة الشرق الأوسط وشمال أفريقيا"),),
        aliases=("الشرق الأوسط", "شمال أفريقيا", "MENA", "Middle East", "North Africa"),
    ),
    Entity(
        id="comoros",
        kind=EntityKind.PLACE,
        name=Text(ar="جزر القمر", en="Comoros"),
        description=Text(ar="دولة مدعوة إلى اجتماع ليون", en="Invited to the Lyon meeting"),
        evidence=(cite(paragraph=14, quote="جزر القمر"),),
        aliases=("Comoros", "القمر"),
    ),
    Entity(
        id="djibouti",
        kind=EntityKind.PLACE,
        name=Text(ar="جيبوتي", en="Djibouti"),
        description=Text(ar="دولة مدعوة إلى اجتماع ليون", en="Invited to the Lyon meeting"),
        evidence=(cite(paragraph=14, quote="جيبوتي"),),
        aliases=("Djibouti",),
    ),
    Entity(
        id="somalia",
        kind=EntityKind.PLACE,
        name=Text(ar="الصومال", en="Somalia"),
        description=Text(ar="دولة مدعوة إلى اجتماع ليون", en="Invited to the Lyon meeting"),
        evidence=(cite(paragraph=14, quote="الصومال"),),
        aliases=("Somalia",),
    ),
    Entity(
        id="sudan",
        kind=EntityKind.PLACE,
        name=Text(ar="السودان", en="Sudan"),
        description=Text(ar="دولة مدعوة إلى اجتماع ليون", en="Invited to the Lyon meeting"),
        evidence=(cite(paragraph=14, quote="السودان"),),
        aliases=("Sudan",),
    ),
    Entity(
        id="mauritania",
        kind=EntityKind.PLACE,
        name=Text(ar="موريتانيا", en="Mauritania"),
        description=Text(ar="دولة مدعوة إلى اجتماع ليون", en="Invited to the Lyon meeting"),
        evidence=(cite(paragraph=14, quote="موريتانيا"),),
        aliases=("Mauritania",),
    ),
    # Events
    Entity(
        id="general_assembly_92",
        kind=EntityKind.EVENT,
        name=Text(
            ar="الدورة الثانية والتسعون للجمعية العامة للإنتربول",
            en="92nd Interpol General Assembly",
        ),
        description=Text(ar="غلاسكو، 4–7 نوفمبر 2024", en="Glasgow, 4–7 November 2024"),
        evidence=(
            cite(
                paragraph=3,
                quote="الدورة الثانية والتسعون للجمعية العامة للمنظمة الدولية للشرطة الجنائية- أنتربول",
            ),
        ),
        aliases=("الدورة 92", "الجمعية العامة", "92nd General Assembly", "General Assembly"),
        part_of="glasgow",
    ),
    Entity(
        id="executive_committee_election",
        kind=EntityKind.EVENT,
        name=Text(
            ar="انتخابات اللجنة التنفيذية للأنتربول",
            en="Interpol Executive Committee election",
        ),
        description=Text(
            ar="فاز فيها مرشح المغرب بمنصب نائب الرئيس عن أفريقيا",
            en="Won by Morocco's candidate for Vice-President for Africa",
        ),
        evidence=(cite(paragraph=1, quote="انتخابات اللجنة التنفيذية للأنتربول"),),
        aliases=("الانتخابات", "election", "vote"),
        part_of="general_assembly_92",
    ),
    Entity(
        id="mena_meeting_8",
        kind=EntityKind.EVENT,
        name=Text(
            ar="الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا",
            en="8th Interpol Meeting of Heads of Security and Police for the Middle East and North Africa",
        ),
        description=Text(ar="ليون، سبتمبر 2024", en="Lyon, September 2024"),
        evidence=(
            cite(
                paragraph=13,
                quote="الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا",
            ),
        ),
        aliases=(
            "اجتماع ليون",
            "الاجتماع الثامن",
            "Lyon meeting",
            "MENA meeting",
            "heads of police meeting",
        ),
        part_of="lyon",
    ),
)

_ELECTION_DAY_BASIS = Text(
    ar="يقول الخبر إن التصويت جرى «اليوم الخميس» خلال دورة امتدت من 4 إلى 7 نوفمبر 2024، "
    "والخميس الوحيد في تلك الفترة هو 7 نوفمبر 2024",
    en="The report says the vote took place 'today, Thursday' during an assembly held 4–7 November "
    "2024; the only Thursday in that range is 7 November 2024",
)

# ¶ 11 speaks of "the Brazilian police commissioner" without naming him.
_URQUIZA_IS_THE_COMMISSIONER = Text(
    ar="الفقرة 11 لا تسميه: «مفوض الشرطة البرازيلية» يباشر مهامه حين يُنهي الأمين العام الحالي "
    "ولايته، فهو الأمين العام المقبل الذي تسميه الفقرة 10 فالديسي أوركيزا",
    en="Paragraph 11 does not name him: 'the Brazilian police commissioner' takes up his duties "
    "when the current Secretary General ends his term, so he is the next Secretary General, whom "
    "paragraph 10 names Valdecy Urquiza",
)

FACTS: tuple[Fact, ...] = (
    # The main event: the election
    Fact(
        id="headline",
        kind=FactKind.ELECTION,
        subject="morocco",
        text=Text(
            ar="المغرب يفوز بمنصب نائب رئيس الإنتربول لأفريقيا بأغلبية ساحقة",
            en="Morocco wins post of Interpol Vice-President for Africa by a landslide",
        ),
        evidence=(
            cite(paragraph=0, quote="المغرب يفوز بمنصب نائب رئيس الإنتربول لأفريقيا بأغلبية ساحقة"),
        ),
        object="interpol",
    ),
    Fact(
        id="morocco_candidate_won",
        kind=FactKind.ELECTION,
        subject="morocco",
        text=Text(
            ar="فاز مرشح المغرب في انتخابات اللجنة التنفيذية للأنتربول بمنصب نائب رئيس المنظمة عن "
            "قارة أفريقيا",
            en="Morocco's candidate won the post of Interpol Vice-President for Africa in the Executive "
            "Committee election",
        ),
        evidence=(
            cite(
                paragraph=1,
                quote="فاز مرشح المغرب اليوم الخميس في انتخابات اللجنة التنفيذية للأنتربول، بمنصب نائب رئيس المنظمة الدولية للشرطة الجنائية عن قارة أفريقيا",
            ),
        ),
        object="interpol_executive_committee",
        others=("executive_committee_election", "africa"),
        value=Text(ar="مرشح المغرب", en="Morocco's candidate"),
    ),
    Fact(
        id="dkhissi_elected_vice_president",
        kind=FactKind.ELECTION,
        subject="dkhissi",
        text=Text(
            ar="انتُخب محمد الدخيسي نائبا لرئيس الإنتربول عن أفريقيا",
            en="Mohammed Dkhissi was elected Interpol Vice-President for Africa",
        ),
        evidence=(
            cite(paragraph=1, quote="فاز مرشح المغرب اليوم الخميس"),
            cite(paragraph=2, quote="قد رشحت لهذا المنصب والي الأمن محمد الدخيسي"),
        ),
        status=Status.INFERRED,
        basis=Text(
            ar="الفقرة 1 تقول إن مرشح المغرب فاز بالمنصب، والفقرة 2 تسمي الدخيسي مرشحا لهذا المنصب",
            en="Paragraph 1 says Morocco's candidate won the post; paragraph 2 names Dkhissi as the "
            "candidate nominated for it",
        ),
        object="interpol_executive_committee",
        others=("morocco", "africa", "executive_committee_election"),
        post=Text(ar="نائب رئيس الإنتربول عن أفريقيا", en="Interpol Vice-President for Africa"),
        value=Text(ar="محمد الدخيسي", en="Mohammed Dkhissi"),
        summary_topic=Text(ar="من فاز", en="Who won"),
    ),
    Fact(
        id="dgsn_nominated_dkhissi",
        kind=FactKind.NOMINATION,
        subject="dgsn",
        text=Text(
            ar="رشحت المديرية العامة للأمن الوطني محمد الدخيسي لمنصب نائب الرئيس",
            en="The DGSN nominated Mohammed Dkhissi for the vice-presidency",
        ),
        evidence=(
            cite(
                paragraph=2,
                quote="وكانت المديرية العامة للأمن الوطني قد رشحت لهذا المنصب والي الأمن محمد الدخيسي",
            ),
        ),
        object="dkhissi",
        value=Text(ar="محمد الدخيسي", en="Mohammed Dkhissi"),
        summary_topic=Text(ar="من رشحه", en="Nominated by"),
    ),
    Fact(
        id="seat_on_executive_committee",
        kind=FactKind.ROLE,
        subject="dkhissi",
        text=Text(
            ar="بانتخابه نائبا للرئيس عن أفريقيا صار ممثل المغرب عضوا في اللجنة التنفيذية للأنتربول",
            en="Elected Vice-President for Africa, Morocco's representative joins Interpol's Executive Committee",
        ),
        evidence=(
            cite(
                paragraph=8,
                quote="وبعد انتخابه لعضوية اللجنة التنفيذية للأنتربول كنائب لرئيس المنظمة عن قارة أفريقيا",
            ),
        ),
        object="interpol_executive_committee",
        others=("morocco",),
    ),
    Fact(
        id="landslide",
        kind=FactKind.ELECTION,
        subject="dkhissi",
        text=Text(
            ar="فاز مرشح المغرب بأغلبية ساحقة",
            en="Morocco's candidate won by a landslide (a crushing majority)",
        ),
        evidence=(cite(paragraph=1, quote="بأغلبية ساحقة"),),
        others=("morocco",),
        value=Text(ar="أغلبية ساحقة", en="a crushing majority"),
    ),
    Fact(
        id="elected_by_96_countries",
        kind=FactKind.ELECTION,
        subject="dkhissi",
        text=Text(
            ar="انتخب مندوبو 96 دولة عضوا ممثل المغرب بالأغلبية",
            en="Morocco's representative was elected by a majority of the delegates of 96 member countries",
        ),
        evidence=(
            cite(
                paragraph=3,
                quote="جرى انتخاب ممثل المملكة المغربية بالأغلبية من طرف مندوبي 96 دولة عضو",
            ),
        ),
        object="interpol_general_assembly",
        others=("morocco",),
        value=Text(ar="مندوبو 96 دولة عضوا", en="the delegates of 96 member countries"),
        number=96,
        summary_topic=Text(ar="من صوّت", en="Who voted"),
    ),
    Fact(
        id="wide_margin",
        kind=FactKind.ELECTION,
        subject="dkhissi",
        text=Text(
            ar="تقدم ممثل المغرب بفارق كبير على باقي المرشحين؛ لا يذكر الخبر عدد الأصوات",
            en="Morocco's representative won by a large margin over the other candidates; the report gives no vote count",
        ),
        evidence=(cite(paragraph=3, quote="بفارق كبير مقارنة مع باقي المرشحين"),),
        value=Text(ar="فارق كبير", en="a large margin"),
        summary_topic=Text(ar="الفارق", en="Margin"),
    ),
    Fact(
        id="election_at_general_assembly",
        kind=FactKind.ELECTION,
        subject="executive_committee_election",
        text=Text(
            ar="جرى التصويت خلال الدورة الثانية والتسعين للجمعية العامة للإنتربول",
            en="The vote took place at the 92nd session of Interpol's General Assembly",
        ),
        evidence=(
            cite(
                paragraph=3,
                quote="ضمن عملية التصويت التي شهدتها الدورة الثانية والتسعون للجمعية العامة للمنظمة الدولية للشرطة الجنائية- أنتربول",
            ),
        ),
        object="general_assembly_92",
        number=92,
        value=Text(ar="الدورة الثانية والتسعون", en="the 92nd session"),
    ),
    Fact(
        id="general_assembly_place",
        kind=FactKind.PLACE,
        subject="general_assembly_92",
        text=Text(
            ar="انعقدت الجمعية العامة بمدينة غلاسكو في اسكتلندا",
            en="The General Assembly was held in Glasgow, Scotland",
        ),
        evidence=(cite(paragraph=3, quote="المنعقدة حاليا بمدينة غلاسكو باسكتلندا"),),
        place="glasgow",
        others=("scotland",),
        value=Text(ar="غلاسكو، اسكتلندا", en="Glasgow, Scotland"),
        summary_topic=Text(ar="أين", en="Where"),
    ),
    Fact(
        id="general_assembly_dates",
        kind=FactKind.DATE,
        subject="general_assembly_92",
        text=Text(
            ar="امتدت الجمعية العامة من 4 إلى 7 نوفمبر 2024",
            en="The General Assembly ran from 4 to 7 November 2024",
        ),
        evidence=(cite(paragraph=3, quote="خلال الفترة الممتدة ما بين 4 و7 نوفمبر 2024"),),
        date=DateValue(start="2024-11-04", precision="day", end="2024-11-07"),
        summary_topic=Text(ar="متى", en="When"),
    ),
    Fact(
        id="general_assembly_four_days",
        kind=FactKind.NUMBER,
        subject="general_assembly_92",
        text=Text(
            ar="استمرت أشغال الجمعية العامة أربعة أيام، من 4 إلى 7 نوفمبر 2024",
            en="The General Assembly lasted four days, from 4 to 7 November 2024",
        ),
        evidence=(cite(paragraph=3, quote="خلال الفترة الممتدة ما بين 4 و7 نوفمبر 2024"),),
        status=Status.INFERRED,
        basis=Text(
            ar="من 4 إلى 7 نوفمبر أربعة أيام، اليومان الأول والأخير محسوبان",
            en="From 4 to 7 November is four days, counting the first and the last",
        ),
        number=4,
        value=Text(ar="4 أيام", en="4 days"),
    ),
    Fact(
        id="election_day",
        kind=FactKind.DATE,
        subject="executive_committee_election",
        text=Text(
            ar="جرى التصويت يوم الخميس 7 نوفمبر 2024",
            en="The vote took place on Thursday 7 November 2024",
        ),
        evidence=(
            cite(paragraph=1, quote="اليوم الخميس"),
            cite(paragraph=3, quote="خلال الفترة الممتدة ما بين 4 و7 نوفمبر 2024"),
        ),
        status=Status.INFERRED,
        basis=_ELECTION_DAY_BASIS,
        others=("dkhissi",),
        date=DateValue(start="2024-11-07", precision="day"),
        summary_topic=Text(ar="يوم التصويت", en="Election day"),
    ),
    Fact(
        id="dateline",
        kind=FactKind.PLACE,
        subject="report",
        text=Text(ar="كُتب الخبر من غلاسكو", en="The report is datelined Glasgow"),
        evidence=(cite(paragraph=1, quote="غلاسكو –"),),
        place="glasgow",
        value=Text(ar="غلاسكو", en="Glasgow"),
    ),
    Fact(
        id="report_date",
        kind=FactKind.DATE,
        subject="report",
        text=Text(
            ar="صدر الخبر يوم الخميس 7 نوفمبر 2024",
            en="The report is from Thursday 7 November 2024",
        ),
        evidence=(
            cite(paragraph=1, quote="اليوم الخميس"),
            cite(paragraph=3, quote="المنعقدة حاليا"),
        ),
        status=Status.INFERRED,
        basis=Text(
            ar="يتحدث الخبر عن «اليوم الخميس» وعن جمعية عامة «منعقدة حاليا» بين 4 و7 نوفمبر 2024",
            en="The report speaks of 'today, Thursday' and of an assembly 'currently held' 4–7 "
            "November 2024",
        ),
        date=DateValue(start="2024-11-07", precision="day"),
    ),
    Fact(
        id="statement_source",
        kind=FactKind.SOURCE,
        subject="dgsn",
        text=Text(
            ar="مصدر تفاصيل الانتخاب بيان للمديرية العامة للأمن الوطني المغربي",
            en="The details of the election come from a statement by Morocco's DGSN",
        ),
        evidence=(cite(paragraph=3, quote="وقالت المديرية العامة للأمن الوطني المغربي في بيان"),),
    ),
    # Nomination and the candidate's posts
    Fact(
        id="dkhissi_rank",
        kind=FactKind.ROLE,
        subject="dkhissi",
        text=Text(
            ar="محمد الدخيسي برتبة والي الأمن",
            en="Mohammed Dkhissi holds the rank of prefect of police",
        ),
        evidence=(cite(paragraph=2, quote="والي الأمن محمد الدخيسي"),),
        object="dgsn",
        post=Text(ar="والي الأمن", en="Prefect of police"),
    ),
    Fact(
        id="dkhissi_judicial_police",
        kind=FactKind.ROLE,
        subject="dkhissi",
        text=Text(
            ar="محمد الدخيسي مدير الشرطة القضائية",
            en="Mohammed Dkhissi is Director of the Judicial Police",
        ),
        evidence=(cite(paragraph=2, quote="مدير الشرطة القضائية"),),
        object="judicial_police",
        post=Text(ar="مدير الشرطة القضائية", en="Director of the Judicial Police"),
    ),
    Fact(
        id="dkhissi_ncb_rabat",
        kind=FactKind.ROLE,
        subject="dkhissi",
        text=Text(
            ar="محمد الدخيسي يرأس المكتب المركزي الوطني- أنتربول الرباط",
            en="Mohammed Dkhissi heads the National Central Bureau – Interpol Rabat",
        ),
        evidence=(cite(paragraph=2, quote="الذي يرأس المكتب المركزي الوطني- أنتربول الرباط"),),
        object="ncb_rabat",
        place="rabat",
        post=Text(
            ar="رئيس المكتب المركزي الوطني- أنتربول الرباط", en="Head of NCB – Interpol Rabat"
        ),
    ),
    # Why it matters, and the candidacy
    Fact(
        id="international_recognition",
        kind=FactKind.ASSESSMENT,
        subject="morocco",
        text=Text(
            ar="تعكس هذه الانتخابات اعترافا دوليا بدور المغرب في تعزيز الأمن والاستقرار",
            en="The election reflects international recognition of Morocco's role in security and "
            "stability",
        ),
        evidence=(
            cite(
                paragraph=4,
                quote="وتعكس هذه الانتخابات اعترافا دوليا بدور المغرب في تعزيز الأمن والاستقرار إقليمياً ودولياً",
            ),
        ),
    ),
    Fact(
        id="southern_africa_cooperation",
        kind=FactKind.ASSESSMENT,
        subject="morocco",
        text=Text(
            ar="تعكس الانتخابات أيضا جهود المغرب لتعزيز التعاون الأمني بين بلدان جنوب أفريقيا",
            en="The election also reflects Morocco's efforts to strengthen security cooperation among the countries of southern Africa",
        ),
        evidence=(
            cite(paragraph=4, quote="فضلا عن جهودها لتعزيز التعاون الأمني بين بلدان جنوب أفريقيا"),
        ),
        others=("africa",),
    ),
    Fact(
        id="kingdom_peace_and_counterterrorism",
        kind=FactKind.ASSESSMENT,
        subject="morocco",
        text=Text(
            ar="فوز المغرب انتصار جديد لمملكة كثفت جهودها في إرساء السلام والأمن ولها دور رائد في مكافحة الإرهاب",
            en="Morocco's win is a new victory for a kingdom that has stepped up its work for peace and security and plays a leading role against terrorism",
        ),
        evidence=(
            cite(
                paragraph=1,
                quote="في انتصار جديد ينضاف إلى المملكة التي كثفت جهودها في إرساء السلام والأمن على المستويين الإقليمي والدولي، إلى جانب دورها الرائد في مجال مكافحة الإرهاب، خدمة التعاون الأمني جنوب-جنوب",
            ),
        ),
    ),
    Fact(
        id="candidacy_aim_police_structures",
        kind=FactKind.AIM,
        subject="morocco",
        text=Text(
            ar="ترشح المغرب لمنصب نائب رئيس الإنتربول عن أفريقيا رغبة في المساهمة في تطوير البنيات "
            "الشرطية الأفريقية",
            en="Morocco ran for the post of Interpol Vice-President for Africa to help develop "
            "Africa's police structures",
        ),
        evidence=(
            cite(
                paragraph=5,
                quote="وكان المغرب قد ترشح لانتخابات اللجنة التنفيذية لمنصب نائب رئيس الأنتربول عن القارة الأفريقية مدفوعا بالرغبة الطموحة للمساهمة في تطوير البنيات الشرطية الأفريقية",
            ),
        ),
        others=("africa", "executive_committee_election"),
    ),
    Fact(
        id="candidacy_aim_south_south",
        kind=FactKind.AIM,
        subject="morocco",
        text=Text(
            ar="ترشح المغرب أيضا لتعزيز التعاون الأمني جنوب-جنوب وتبادل خبراته مع أجهزة الأمن في القارة",
            en="Morocco also ran to strengthen South–South security cooperation and share its expertise with the continent's security services",
        ),
        evidence=(
            cite(
                paragraph=5,
                quote="لتعزيز التعاون الأمني جنوب- جنوب، وتبادل خبراته وتجاربه مع الأجهزة الأمنية في محيطه القاري",
            ),
        ),
        others=("africa",),
    ),
    Fact(
        id="king_of_morocco",
        kind=FactKind.ROLE,
        subject="king",
        text=Text(ar="الملك محمد السادس عاهل المغرب", en="King Mohammed VI is the King of Morocco"),
        evidence=(cite(paragraph=6, quote="للعاهل المغربي الملك محمد السادس"),),
        object="morocco",
        post=Text(ar="العاهل المغربي", en="King of Morocco"),
    ),
    Fact(
        id="royal_orientation",
        kind=FactKind.AIM,
        subject="king",
        text=Text(
            ar="يستلهم الترشيح توجهات الملك محمد السادس التي جعلت التعاون جنوب-جنوب خيارا استراتيجيا "
            "وأولوية",
            en="The candidacy draws on King Mohammed VI's guidance, which made South–South "
            "cooperation a strategic choice and a priority",
        ),
        evidence=(
            cite(
                paragraph=6,
                quote="ويستلهم الترشيح المغربي التوجهات الملكية للعاهل المغربي الملك محمد السادس التي جعلت من التعاون جنوب -جنوب خيارا استراتيجيا وأولوية",
            ),
        ),
        others=("morocco",),
    ),
    Fact(
        id="pragmatic_vision",
        kind=FactKind.AIM,
        subject="morocco",
        text=Text(
            ar="تسير توجهات الملك محمد السادس وفق رؤية براغماتية لتطوير علاقات المغرب مع البلدان الأفريقية على جميع المستويات، ومنها الأمن",
            en="King Mohammed VI's guidance follows a pragmatic vision of developing Morocco's ties with African countries at every level, security included",
        ),
        evidence=(
            cite(
                paragraph=6,
                quote="وفق رؤية براغماتية تركز على تطوير العلاقات التي تربط المغرب مع البلدان الأفريقية على جميع المستويات، بما فيها المستوى الأمني",
            ),
        ),
        others=("africa", "king"),
    ),
    Fact(
        id="candidacy_file",
        kind=FactKind.AIM,
        subject="morocco",
        text=Text(
            ar="قدم المغرب ملف ترشيح متكامل يرى أن الاستثمار في الشرطة الأفريقية هو المدخل لتجفيف "
            "منابع شبكات الهجرة غير الشرعية والاتجار بالبشر ومنعها من الارتباط بشبكات الجريمة "
            "المنظمة العابرة للحدود الوطنية",
            en="Morocco filed an integrated candidacy file holding that investing in Africa's police "
            "is the way to dry up illegal migration and human trafficking networks and keep them from linking up "
            "with transnational organised crime networks",
        ),
        evidence=(
            cite(paragraph=7, quote="قدمت المملكة ملف ترشيح متكامل لشغل هذا المنصب"),
            cite(
                paragraph=7,
                quote="الاستثمار في الموارد البشرية الشرطية في القارة الأفريقية، وتطوير المرافق العامة الأمنية، وتعزيز التعاون الأمني في الفضاء الأفريقي، هو المدخل الأساسي لتجفيف منابع شبكات الهجرة غير الشرعية والاتجار بالبشر ومنعها من الارتباط العضوي بشبكات الجريمة المنظمة العابرة للحدود الوطنية",
            ),
        ),
        others=("africa",),
    ),
    Fact(
        id="candidacy_pillar",
        kind=FactKind.AIM,
        subject="morocco",
        text=Text(
            ar="يستند ملف الترشيح إلى ركيزة أساسية: الاستثمار في الموارد البشرية الشرطية في القارة "
            "الأفريقية، وتطوير المرافق العامة الأمنية، وتعزيز التعاون الأمني في الفضاء الأفريقي",
            en="The candidacy rests on one core pillar: investing in police human resources in "
            "Africa, developing public security facilities and strengthening security cooperation "
            "across Africa",
        ),
        evidence=(
            cite(
                paragraph=7,
                quote="يستند إلى ركيزة أساسية ومحورية مؤداها أن الاستثمار في الموارد البشرية الشرطية في القارة الأفريقية، وتطوير المرافق العامة الأمنية، وتعزيز التعاون الأمني في الفضاء الأفريقي",
            ),
        ),
        others=("africa",),
        value=Text(
            ar="الاستثمار في الموارد البشرية الشرطية في القارة الأفريقية، وتطوير المرافق العامة "
            "الأمنية، وتعزيز التعاون الأمني في الفضاء الأفريقي",
            en="investing in police human resources in Africa, developing public security facilities "
            "and strengthening security cooperation across Africa",
        ),
    ),
    Fact(
        id="aim_coordinate_bureaus",
        kind=FactKind.AIM,
        subject="morocco",
        text=Text(
            ar="يتطلع المغرب إلى تنسيق الجهود مع المكاتب المركزية الوطنية لتوفير استجابة سريعة "
            "وناجعة لمواجهة التهديدات الإرهابية",
            en="Morocco aims to coordinate with National Central Bureaus for a fast, effective "
            "response to terrorist threats",
        ),
        evidence=(
            cite(
                paragraph=8,
                quote="وبعد انتخابه لعضوية اللجنة التنفيذية للأنتربول كنائب لرئيس المنظمة عن قارة أفريقيا",
            ),
            cite(
                paragraph=8,
                quote="يتطلع المغرب إلى تنسيق الجهود مع المكاتب المركزية الوطنية في الدول الأفريقية وفي باقي دول العالم، بهدف توفير الاستجابة السريعة والناجعة لمواجهة التهديدات الإرهابية",
            ),
        ),
        others=("dkhissi", "interpol_executive_committee"),
        value=Text(
            ar="المكاتب المركزية الوطنية في الدول الأفريقية وفي باقي دول العالم",
            en="the National Central Bureaus in African countries and the rest of the world",
        ),
    ),
    Fact(
        id="threats_regional_hubs",
        kind=FactKind.AIM,
        subject="morocco",
        text=Text(
            ar="التهديدات الإرهابية التي يريد المغرب مواجهتها مرتبطة بالأقطاب الجهوية للتنظيمات "
            "المتطرفة",
            en="The terrorist threats Morocco means to counter are linked to the regional hubs of "
            "extremist organisations",
        ),
        evidence=(
            cite(
                paragraph=8,
                quote="لمواجهة التهديدات الإرهابية المرتبطة بالأقطاب الجهوية للتنظيمات المتطرفة",
            ),
        ),
        value=Text(
            ar="الأقطاب الجهوية للتنظيمات المتطرفة",
            en="the regional hubs of extremist organisations",
        ),
    ),
    Fact(
        id="aim_ai_risks",
        kind=FactKind.AIM,
        subject="morocco",
        text=Text(
            ar="يسعى المغرب أيضا إلى التصدي للمخاطر المرتبطة بإساءة جماعات الإجرام المنظم استغلال الذكاء الاصطناعي والتكنولوجيات الحديثة",
            en="Morocco also aims to counter the risks of organised crime misusing artificial intelligence and new technologies",
        ),
        evidence=(
            cite(
                paragraph=9,
                quote="بتسليط الضوء وتنسيق الجهود لمكافح المخاطر غير النمطية المرتبطة بإساءة استغلال الذكاء الاصطناعي والتكنولوجيات الحديثة من طرف جماعات الإجرام المنظم",
            ),
        ),
    ),
    # The Secretary General
    Fact(
        id="urquiza_elected_secretary_general",
        kind=FactKind.ELECTION,
        subject="urquiza",
        text=Text(
            ar="انتخبت الجمعية العامة فالديسي أوركيزا أمينا عاما مقبلا للإنتربول",
            en="The General Assembly elected Valdecy Urquiza as Interpol's next Secretary General",
        ),
        evidence=(
            cite(
                paragraph=10,
                quote="انتخبت الجمعية العامة للإنتربول فالديسي أوركيزا الأمين العام المقبل لأكبر منظمة شرطية في العالم",
            ),
        ),
        object="interpol_secretary_general",
        others=("interpol_general_assembly", "interpol"),
        post=Text(ar="الأمين العام المقبل للإنتربول", en="Interpol's next Secretary General"),
        value=Text(ar="فالديسي أوركيزا", en="Valdecy Urquiza"),
        summary_topic=Text(ar="الأمين العام الجديد", en="New Secretary General"),
    ),
    Fact(
        id="urquiza_election_day",
        kind=FactKind.DATE,
        subject="urquiza",
        text=Text(
            ar="انتُخب أوركيزا في الجلسة نفسها التي انتُخب فيها نائب الرئيس عن أفريقيا، يوم الخميس 7 نوفمبر 2024",
            en="Urquiza was elected in the same session as the Vice-President for Africa, on Thursday 7 November 2024",
        ),
        evidence=(
            cite(paragraph=1, quote="اليوم الخميس"),
            cite(paragraph=10, quote="وخلال نفس الجلسة"),
        ),
        status=Status.INFERRED,
        basis=Text(
            ar="الفقرة 10 تقول «خلال نفس الجلسة» التي جرى فيها تصويت «اليوم الخميس» (7 نوفمبر 2024)",
            en="Paragraph 10 says 'in the same session' as the vote held 'today, Thursday' "
            "(7 November 2024)",
        ),
        others=("interpol_general_assembly",),
        date=DateValue(start="2024-11-07", precision="day"),
    ),
    Fact(
        id="urquiza_brazilian_police",
        kind=FactKind.ROLE,
        subject="urquiza",
        text=Text(
            ar="أوركيزا مفوض في الشرطة البرازيلية",
            en="Urquiza is a Brazilian police commissioner",
        ),
        evidence=(
            cite(paragraph=10, quote="فالديسي أوركيزا"),
            cite(paragraph=11, quote="مفوض الشرطة البرازيلية"),
        ),
        object="brazilian_police",
        post=Text(ar="مفوض الشرطة", en="Police commissioner"),
        basis=_URQUIZA_IS_THE_COMMISSIONER,
        status=Status.INFERRED,
    ),
    Fact(
        id="urquiza_nationality",
        kind=FactKind.ROLE,
        subject="urquiza",
        text=Text(ar="أوركيزا برازيلي", en="Urquiza is Brazilian"),
        evidence=(
            cite(paragraph=10, quote="فالديسي أوركيزا"),
            cite(paragraph=11, quote="مفوض الشرطة البرازيلية"),
        ),
        status=Status.INFERRED,
        basis=Text(
            ar=_URQUIZA_IS_THE_COMMISSIONER.ar + "؛ ولا يذكر الخبر جنسيته صراحة",
            en=_URQUIZA_IS_THE_COMMISSIONER.en
            + "; the report does not state his nationality outright",
        ),
        others=("brazil",),
        value=Text(ar="برازيلي", en="Brazilian"),
    ),
    Fact(
        id="urquiza_takes_office",
        kind=FactKind.DATE,
        subject="urquiza",
        text=Text(
            ar="يتولى أوركيزا مهامه في ختام الجمعية العامة، يوم الخميس 7 نوفمبر 2024",
            en="Urquiza takes office at the close of the General Assembly, Thursday 7 November 2024",
        ),
        evidence=(
            cite(
                paragraph=11,
                quote="وسيباشر مفوض الشرطة البرازيلية مهامه في ختام الجمعية العامة اليوم الخميس نوفمبر",
            ),
        ),
        status=Status.INFERRED,
        basis=Text(
            ar="يقول الخبر «في ختام الجمعية العامة اليوم الخميس نوفمبر» دون ذكر اليوم من الشهر؛ "
            "الجمعية امتدت إلى 7 نوفمبر 2024 وهو يوم خميس",
            en="The report says 'at the close of the General Assembly today, Thursday November' with "
            "no day of the month; the assembly ran to 7 November 2024, a Thursday",
        ),
        object="interpol_secretary_general",
        others=("interpol_general_assembly",),
        date=DateValue(start="2024-11-07", precision="day"),
        summary_topic=Text(ar="يتولى مهامه", en="Takes office"),
    ),
    Fact(
        id="stock_outgoing",
        kind=FactKind.ROLE,
        subject="stock",
        text=Text(
            ar="يورغن شتوك هو الأمين العام الحالي، وينهي ولايته الثانية والأخيرة",
            en="Jürgen Stock is the outgoing Secretary General, ending his second and final term",
        ),
        evidence=(
            cite(paragraph=11, quote="يُنهي الأمين العام الحالي يورغن شتوك ولايته الثانية والأخيرة"),
        ),
        object="interpol_secretary_general",
        post=Text(ar="الأمين العام الحالي (المنتهية ولايته)", en="Outgoing Secretary General"),
        number=2,
        value=Text(ar="الولاية الثانية والأخيرة", en="second and final term"),
        summary_topic=Text(ar="الأمين العام المنتهية ولايته", en="Outgoing Secretary General"),
    ),
    Fact(
        id="stock_ten_years",
        kind=FactKind.NUMBER,
        subject="stock",
        text=Text(ar="قاد شتوك الإنتربول 10 سنوات", en="Stock led Interpol for 10 years"),
        evidence=(cite(paragraph=11, quote="بعد توجيه دفة المنظمة خلال 10 سنوات"),),
        object="interpol",
        number=10,
        value=Text(ar="10 سنوات", en="10 years"),
    ),
    Fact(
        id="stock_tenure",
        kind=FactKind.DATE,
        subject="stock",
        text=Text(
            ar="قاد شتوك الإنتربول من 2014 إلى 2024",
            en="Stock led Interpol from 2014 to 2024",
        ),
        evidence=(
            cite(paragraph=11, quote="ولايته الثانية والأخيرة بعد توجيه دفة المنظمة خلال 10 سنوات"),
        ),
        status=Status.INFERRED,
        basis=Text(
            ar="عشر سنوات تنتهي في نوفمبر 2024 تبدأ في 2014؛ الخبر لا يذكر سنة البداية",
            en="Ten years ending in November 2024 began in 2014; the report gives no start year",
        ),
        object="interpol",
        date=DateValue(start="2014", precision="year", end="2024"),
    ),
    Fact(
        id="urquiza_succeeds_stock",
        kind=FactKind.ROLE,
        subject="urquiza",
        text=Text(
            ar="يخلف فالديسي أوركيزا يورغن شتوك في منصب الأمين العام للإنتربول",
            en="Valdecy Urquiza succeeds Jürgen Stock as Interpol's Secretary General",
        ),
        evidence=(
            cite(
                paragraph=10,
                quote="انتخبت الجمعية العامة للإنتربول فالديسي أوركيزا الأمين العام المقبل",
            ),
            cite(
                paragraph=11,
                quote="عندما يُنهي الأمين العام الحالي يورغن شتوك ولايته الثانية والأخيرة",
            ),
        ),
        status=Status.INFERRED,
        basis=Text(
            ar="يتولى أوركيزا، الأمين العام المقبل، مهامه «عندما يُنهي الأمين العام الحالي يورغن "
            "شتوك ولايته الثانية والأخيرة»؛ الخبر لا يقول «يخلف» بهذا اللفظ",
            en="Urquiza, the next Secretary General, takes up his duties 'when the current Secretary "
            "General Jürgen Stock ends his second and final term'; the report does not use the "
            "word 'succeeds'",
        ),
        object="stock",
        others=("interpol_secretary_general",),
        value=Text(ar="يورغن شتوك", en="Jürgen Stock"),
    ),
    Fact(
        id="interpol_is_icpo",
        kind=FactKind.ORGANISATION,
        subject="interpol",
        text=Text(
            ar="الإنتربول منظمة دولية للشرطة الجنائية",
            en="Interpol is an international criminal police organisation",
        ),
        evidence=(cite(paragraph=18, quote="منظمة دولية للشرطة الجنائية هدفها الأساسي"),),
    ),
    Fact(
        id="largest_police_organisation",
        kind=FactKind.ORGANISATION,
        subject="interpol",
        text=Text(
            ar="الإنتربول أكبر منظمة شرطية في العالم",
            en="Interpol is the world's largest police organisation",
        ),
        evidence=(cite(paragraph=10, quote="لأكبر منظمة شرطية في العالم"),),
    ),
    # The Moroccan delegation in Glasgow
    Fact(
        id="hammouchi_dgsn",
        kind=FactKind.ROLE,
        subject="hammouchi",
        text=Text(
            ar="عبداللطيف حموشي المدير العام للأمن الوطني",
            en="Abdellatif Hammouchi is Director General of National Security",
        ),
        evidence=(
            cite(
                paragraph=12,
                quote="المدير العام للأمن الوطني ولمراقبة التراب الوطني عبداللطيف حموشي",
            ),
        ),
        object="dgsn",
        post=Text(ar="المدير العام للأمن الوطني", en="Director General of National Security"),
    ),
    Fact(
        id="hammouchi_dgst",
        kind=FactKind.ROLE,
        subject="hammouchi",
        text=Text(
            ar="عبداللطيف حموشي المدير العام لمراقبة التراب الوطني",
            en="Abdellatif Hammouchi is Director General of Territorial Surveillance",
        ),
        evidence=(
            cite(
                paragraph=12,
                quote="المدير العام للأمن الوطني ولمراقبة التراب الوطني عبداللطيف حموشي",
            ),
        ),
        object="dgst",
        post=Text(
            ar="المدير العام لمراقبة التراب الوطني",
            en="Director General of Territorial Surveillance",
        ),
    ),
    Fact(
        id="hammouchi_led_glasgow_delegation",
        kind=FactKind.PARTICIPATION,
        subject="hammouchi",
        text=Text(
            ar="ترأس حموشي الوفد المغربي إلى الجمعية العامة في غلاسكو",
            en="Hammouchi led the Moroccan delegation to the General Assembly in Glasgow",
        ),
        evidence=(
            cite(
                paragraph=12,
                quote="قد ترأس وفد المملكة المغربية المشارك في أشغال الجمعية العامة للمنظمة الدولية للشرطة الجنائية- أنتربول، المنعقدة بمدينة غلاسكو باسكتلندا",
            ),
        ),
        object="moroccan_delegation",
        place="glasgow",
        others=("general_assembly_92",),
        post=Text(ar="رئيس الوفد المغربي", en="Head of the Moroccan delegation"),
        summary_topic=Text(ar="الوفد المغربي", en="Moroccan delegation"),
    ),
    Fact(
        id="hammouchi_glasgow_talks",
        kind=FactKind.PARTICIPATION,
        subject="hammouchi",
        text=Text(
            ar="شارك حموشي في غلاسكو في المباحثات المتعددة الأطراف واللقاءات الثنائية حول التعاون الأمني الدولي ودعم ملف ترشيح المغرب",
            en="In Glasgow Hammouchi took part in multilateral talks and bilateral meetings on international security cooperation and in support of Morocco's candidacy",
        ),
        evidence=(
            cite(
                paragraph=12,
                quote="وشارك في المباحثات المتعددة الأطراف واللقاءات الثنائية التي تناولت سبل توطيد التعاون الأمني الدولي، وتعزيز العمل الشرطي المشترك، فضلا عن دعم ملف ترشيح المغرب لمنصب نائب رئيس منظمة الأنتربول عن قارة أفريقيا",
            ),
        ),
        object="general_assembly_92",
        others=("morocco",),
    ),
    # The 8th MENA heads of police meeting, Lyon
    Fact(
        id="mena_meeting_when",
        kind=FactKind.DATE,
        subject="mena_meeting_8",
        text=Text(
            ar="انعقد الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا، بليون، في سبتمبر 2024",
            en="Interpol's 8th meeting of heads of security and police for the Middle East and North Africa, in Lyon, was held in September 2024",
        ),
        evidence=(cite(paragraph=13, quote="وفي سبتمبر الماضي"),),
        status=Status.INFERRED,
        basis=Text(
            ar="يقول الخبر «سبتمبر الماضي» في تقرير من نوفمبر 2024، أي سبتمبر 2024",
            en="The report says 'last September' and dates from November 2024, so September 2024",
        ),
        others=("hammouchi",),
        date=DateValue(start="2024-09", precision="month"),
    ),
    Fact(
        id="mena_meeting_number",
        kind=FactKind.NUMBER,
        subject="mena_meeting_8",
        text=Text(
            ar="اجتماع ليون هو الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا",
            en="The Lyon meeting was Interpol's 8th meeting of the heads of security and police of the Middle East and North Africa",
        ),
        evidence=(cite(paragraph=13, quote="الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة"),),
        object="interpol",
        others=("mena",),
        number=8,
        value=Text(ar="الثامن", en="the 8th"),
    ),
    Fact(
        id="mena_meeting_place",
        kind=FactKind.PLACE,
        subject="mena_meeting_8",
        text=Text(
            ar="انعقد الاجتماع الثامن للأنتربول لرؤساء الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا بمقر الإنتربول في مدينة ليون الفرنسية",
            en="The 8th Interpol meeting of heads of security and police for the Middle East and North Africa was held at Interpol's headquarters in Lyon, France",
        ),
        evidence=(
            cite(
                paragraph=13,
                quote="والذي انعقد بمقر المنظمة الدولية للشرطة الجنائية-أنتربول بمدينة ليون الفرنسية",
            ),
        ),
        place="lyon",
        others=("france", "interpol"),
        value=Text(ar="ليون، فرنسا", en="Lyon, France"),
        summary_topic=Text(ar="اجتماع ليون", en="Lyon meeting"),
    ),
    Fact(
        id="interpol_headquarters",
        kind=FactKind.PLACE,
        subject="interpol",
        text=Text(
            ar="مقر الإنتربول في مدينة ليون الفرنسية",
            en="Interpol's headquarters is in Lyon, France",
        ),
        evidence=(
            cite(
                paragraph=13,
                quote="بمقر المنظمة الدولية للشرطة الجنائية-أنتربول بمدينة ليون الفرنسية",
            ),
        ),
        place="lyon",
        others=("france",),
        value=Text(ar="ليون", en="Lyon"),
    ),
    Fact(
        id="hammouchi_attended_mena_meeting",
        kind=FactKind.PARTICIPATION,
        subject="hammouchi",
        text=Text(
            ar="شارك المدير العام للأمن الوطني في الاجتماع الثامن بليون وترأس الوفد المغربي",
            en="The Director General of National Security attended the 8th meeting in Lyon and led "
            "the Moroccan delegation",
        ),
        evidence=(
            cite(
                paragraph=13,
                quote="شارك المدير العام للأمن الوطني المغربي، في أشغال الاجتماع الثامن",
            ),
            cite(
                paragraph=14,
                quote="وترأس حموشي وفد المملكة المغربية المشارك في أشغال هذا الاجتماع الأمني الهام",
            ),
        ),
        object="mena_meeting_8",
        place="lyon",
        others=("moroccan_delegation",),
        post=Text(ar="رئيس الوفد المغربي", en="Head of the Moroccan delegation"),
    ),
    Fact(
        id="mena_meeting_members",
        kind=FactKind.PARTICIPATION,
        subject="mena_meeting_8",
        text=Text(
            ar="ضم اجتماع ليون رؤساء أجهزة الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا",
            en="The Lyon meeting brought together the heads of security and police of the Middle East and North Africa",
        ),
        evidence=(
            cite(
                paragraph=14,
                quote="الذي ضم رؤساء أجهزة الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا",
            ),
        ),
        others=("mena",),
    ),
    Fact(
        id="mena_meeting_extra_countries",
        kind=FactKind.PARTICIPATION,
        subject="mena_meeting_8",
        text=Text(
            ar="ضم اجتماع ليون أيضا دول جزر القمر وجيبوتي والصومال والسودان وموريتانيا",
            en="Comoros, Djibouti, Somalia, Sudan and Mauritania also took part in the Lyon meeting",
        ),
        evidence=(
            cite(
                paragraph=14,
                quote="بالإضافة إلى دول جزر القمر وجيبوتي والصومال والسودان وموريتانيا",
            ),
        ),
        others=("comoros", "djibouti", "somalia", "sudan", "mauritania"),
        value=Text(
            ar="جزر القمر، جيبوتي، الصومال، السودان، موريتانيا",
            en="Comoros, Djibouti, Somalia, Sudan, Mauritania",
        ),
    ),
    Fact(
        id="mena_meeting_extra_count",
        kind=FactKind.NUMBER,
        subject="mena_meeting_8",
        text=Text(
            ar="ضم اجتماع ليون خمس دول بالإضافة إلى رؤساء أجهزة الأمن والشرطة في منطقة الشرق الأوسط وشمال أفريقيا",
            en="Besides the heads of security and police of the Middle East and North Africa, the Lyon meeting brought together five countries",
        ),
        evidence=(
            cite(
                paragraph=14,
                quote="بالإضافة إلى دول جزر القمر وجيبوتي والصومال والسودان وموريتانيا",
            ),
        ),
        status=Status.INFERRED,
        basis=Text(
            ar="عددناها من القائمة التي يذكرها الخبر «بالإضافة إلى» رؤساء أجهزة المنطقة: جزر القمر وجيبوتي والصومال والسودان وموريتانيا؛ ولا يقول الخبر إن كانت من خارج المنطقة",
            en="Counted from the list the report gives 'in addition to' the region's heads: Comoros, Djibouti, Somalia, Sudan and Mauritania; the report does not say whether they are outside the region",
        ),
        number=5,
        value=Text(ar="5 دول", en="5 countries"),
    ),
    Fact(
        id="mena_topic_experience",
        kind=FactKind.TOPIC,
        subject="mena_meeting_8",
        text=Text(
            ar="عرض الأمن الوطني المغربي في اجتماع ليون تجربته في مواجهة الجرائم المستجدة إقليميا",
            en="At the Lyon meeting Morocco's national security presented its experience against emerging crime in the region",
        ),
        evidence=(
            cite(
                paragraph=15,
                quote="مناسبة سانحة لمصالح الأمن الوطني بالمملكة لاستعراض تجربتها في مواجهة الجرائم المستجدة على الصعيد الإقليمي",
            ),
        ),
        others=("dgsn",),
    ),
    Fact(
        id="mena_topic_cyber_finance",
        kind=FactKind.TOPIC,
        subject="mena_meeting_8",
        text=Text(
            ar="ناقش اجتماع ليون الجريمة المنظمة والتدفقات المالية المتأتية من القرصنة المعلوماتية",
            en="The Lyon meeting discussed organised crime and financial flows from hacking",
        ),
        evidence=(
            cite(
                paragraph=15,
                quote="مكافحة الجريمة المنظمة والتدفقات المالية المتأتية من القرصنة المعلوماتية",
            ),
            cite(paragraph=15, quote="التباحث بخصوص التحديات الأمنية الناشئة بالمنطقة، بما فيها"),
        ),
    ),
    Fact(
        id="mena_topic_radicalisation",
        kind=FactKind.TOPIC,
        subject="mena_meeting_8",
        text=Text(
            ar="ناقش اجتماع ليون أيضا التجنيد والتطرف السريع عبر الإنترنت والتمويل بالعملات المشفرة",
            en="The Lyon meeting also discussed online recruitment and rapid radicalisation, and financing through cryptocurrencies",
        ),
        evidence=(
            cite(
                paragraph=15,
                quote="وتهديدات التجنيد والتطرف السريع على شبكة الأنترنت والتمويل بواسطة العملات المشفرة",
            ),
            cite(paragraph=15, quote="التباحث بخصوص التحديات الأمنية الناشئة بالمنطقة، بما فيها"),
        ),
    ),
    Fact(
        id="mena_topic_drones",
        kind=FactKind.TOPIC,
        subject="mena_meeting_8",
        text=Text(
            ar="ناقش اجتماع ليون أيضا مخاطر الهجمات الإرهابية بالطائرات المسيرة والتهديدات غير النمطية",
            en="The Lyon meeting also discussed the risk of terrorist attacks with drones, and atypical threats",
        ),
        evidence=(
            cite(
                paragraph=15,
                quote="ومخاطر الهجمات الإرهابية باستعمال الطائرات المسيرة والتهديدات غير النمطية",
            ),
            cite(paragraph=15, quote="التباحث بخصوص التحديات الأمنية الناشئة بالمنطقة، بما فيها"),
        ),
    ),
    Fact(
        id="mena_moroccan_presentation",
        kind=FactKind.TOPIC,
        subject="moroccan_delegation",
        text=Text(
            ar="قدم الوفد المغربي في اجتماع ليون عرضا شاملا عن تبادل الخبرات في مكافحة الجريمة المعلوماتية",
            en="At the Lyon meeting the Moroccan delegation gave a full presentation on sharing expertise against cybercrime",
        ),
        evidence=(
            cite(
                paragraph=16,
                quote="كما قدم الوفد المغربي عرضا شاملا حول تقاسم الخبرات والمعلومات المرتبطة بمكافحة الجريمة المعلوماتية وصورها المستجدة",
            ),
        ),
        object="mena_meeting_8",
    ),
    Fact(
        id="mena_interpol_tools",
        kind=FactKind.TOPIC,
        subject="interpol",
        text=Text(
            ar="عرض الإنتربول في اجتماع ليون حلوله وتطبيقاته وقواعد بياناته، ومنها منصته البيومترية",
            en="At the Lyon meeting Interpol presented its IT solutions, applications and databases, including its biometric platform",
        ),
        evidence=(
            cite(
                paragraph=17,
                quote="باستعراض منظمة الأنتربول لمختلف الحلول والتطبيقات المعلوماتية وقواعد المعطيات",
            ),
            cite(paragraph=17, quote="بما فيها تطوير المنصة البيومترية للأنتربول"),
        ),
        object="mena_meeting_8",
    ),
    Fact(
        id="mena_interpol_tools_response",
        kind=FactKind.ASSESSMENT,
        subject="interpol",
        text=Text(
            ar="تبرز حلول الإنتربول وتطبيقاته وقواعد بياناته المعروضة في ليون مدى استجابته لمواجهة التهديدات والمخاطر الجديدة",
            en="The IT solutions, applications and databases Interpol presented in Lyon show how it is responding to new threats and risks",
        ),
        evidence=(
            cite(
                paragraph=17,
                quote="لمختلف الحلول والتطبيقات المعلوماتية وقواعد المعطيات التي تبرز مدى استجابة المنظمة الدولية للشرطة الجنائية لمواجهة التهديدات والمخاطر الجديدة",
            ),
        ),
        object="mena_meeting_8",
        value=Text(
            ar="الحلول والتطبيقات المعلوماتية وقواعد المعطيات",
            en="its IT solutions, applications and databases",
        ),
    ),
    Fact(
        id="mena_interpol_support",
        kind=FactKind.TOPIC,
        subject="interpol",
        text=Text(
            ar="عرض الإنتربول أيضا آليات الدعم التي يمكن أن يقدمها للبلدان الأعضاء في التكوين ومكافحة الجريمة العابرة للحدود",
            en="Interpol also presented the support it can offer member countries in training and against transnational crime",
        ),
        evidence=(
            cite(
                paragraph=17,
                quote="فضلا عن آليات الدعم والإسناد التي يمكن أن يقدمها الأنتربول للبلدان الأعضاء في مجال التكوين ومكافحة مختلف صور الجريمة العابرة للحدود الوطنية",
            ),
            cite(paragraph=17, quote="باستعراض منظمة الأنتربول"),
        ),
        object="mena_meeting_8",
    ),
    Fact(
        id="mena_interpol_threat_assessment",
        kind=FactKind.TOPIC,
        subject="interpol",
        text=Text(
            ar="عرض الإنتربول أيضا تقييمه للتهديدات الإجرامية دوليا وشبكته للتحليل والاستعلام",
            en="Interpol also presented its international criminal threat assessment and its analysis and intelligence network",
        ),
        evidence=(
            cite(
                paragraph=17,
                quote="وتقييم التهديدات الإجرامية على الصعيد الدولي وقياس شبكة الأنتربول للتحليل والاستعلام",
            ),
            cite(paragraph=17, quote="باستعراض منظمة الأنتربول"),
        ),
        object="mena_meeting_8",
    ),
    # Interpol itself
    Fact(
        id="interpol_founded",
        kind=FactKind.DATE,
        subject="interpol",
        text=Text(ar="تأسس الإنتربول سنة 1923", en="Interpol was founded in 1923"),
        evidence=(cite(paragraph=18, quote="الذي تأسس في سنة 1923"),),
        date=DateValue(start="1923", precision="year"),
        number=1923,
        value=Text(ar="1923", en="1923"),
        summary_topic=Text(ar="الإنتربول", en="Interpol"),
    ),
    Fact(
        id="interpol_member_countries",
        kind=FactKind.NUMBER,
        subject="interpol",
        text=Text(ar="يضم الإنتربول 196 دولة عضوا", en="Interpol has 196 member countries"),
        evidence=(cite(paragraph=18, quote="في 196 دولة عضو"),),
        number=196,
        value=Text(ar="196 دولة", en="196 countries"),
        summary_topic=Text(ar="الدول الأعضاء", en="Member countries"),
    ),
    Fact(
        id="interpol_purpose",
        kind=FactKind.ORGANISATION,
        subject="interpol",
        text=Text(
            ar="هدف الإنتربول تدعيم القدرات الوطنية وتبادل المعلومات والخبرات بين الأجهزة الأمنية "
            "للوقاية من الجريمة العابرة للحدود ومكافحتها",
            en="Interpol's purpose is to build national capacities and share information and "
            "expertise between security services, to prevent and fight cross-border crime",
        ),
        evidence=(
            cite(
                paragraph=18,
                quote="منظمة دولية للشرطة الجنائية هدفها الأساسي تدعيم القدرات الوطنية وتبادل المعلومات والخبرات بين الأجهزة الأمنية",
            ),
            cite(
                paragraph=18,
                quote="بغرض الوقاية ومكافحة الامتدادات العابرة للحدود الوطنية لمختلف أنواع الجرائم والتهديدات الأمنية",
            ),
        ),
    ),
)


# The summary's main event: two sentences written from these facts, whose evidence it shows.
MAIN_EVENT = Synthesis(
    text=Text(
        ar="انتُخب محمد الدخيسي، مرشح المغرب ومدير الشرطة القضائية، نائبا لرئيس الإنتربول عن أفريقيا "
        "يوم الخميس 7 نوفمبر 2024، بأغلبية مندوبي 96 دولة عضوا، خلال الدورة الثانية والتسعين "
        "للجمعية العامة للإنتربول في غلاسكو. وفي الجلسة نفسها انتُخب البرازيلي فالديسي أوركيزا "
        "أمينا عاما خلفا ليورغن شتوك.",
        en="Mohammed Dkhissi, Morocco's candidate and Director of its Judicial Police, was elected "
        "Interpol Vice-President for Africa on Thursday 7 November 2024 by a majority of the delegates "
        "of 96 member countries, at the 92nd Interpol General Assembly in Glasgow. In the same session "
        "Brazil's Valdecy Urquiza was elected Secretary General, succeeding Jürgen Stock.",
    ),
    sources=(
        "dkhissi_elected_vice_president",
        "dkhissi_judicial_police",
        "election_day",
        "elected_by_96_countries",
        "election_at_general_assembly",
        "general_assembly_place",
        "urquiza_elected_secretary_general",
        "urquiza_nationality",
        "stock_outgoing",
    ),
    basis=Text(
        ar="يجمع الوقائع المفصلة أدناه؛ والمستنتج منها: أن الفائز هو الدخيسي (مرشح المغرب)، "
        "وأن «اليوم الخميس» هو 7 نوفمبر 2024، وجنسية أوركيزا البرازيلية",
        en="Combines the key facts below; inferred among them: that the winner is Dkhissi "
        "(Morocco's candidate), that 'today, Thursday' is 7 November 2024, and Urquiza's "
        "Brazilian nationality",
    ),
)


def entity(entity_id: str) -> Entity:
    """The entity with this id (KeyError when there is none)."""
    return _BY_ID[entity_id]


_BY_ID: dict[str, Entity] = {e.id: e for e in ENTITIES}
