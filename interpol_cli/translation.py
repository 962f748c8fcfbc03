"""English translation of the article, paragraph-aligned with the Arabic seed.

``PARAGRAPHS_EN[k - 1]`` translates body paragraph ``k`` (seed line ``k + 2``). The seed
has 18 body paragraphs, so there are 18 entries. The translation keeps the source's
oddities instead of repairing them: paragraph 3 opens a quotation that is never closed,
and paragraph 11 says "today, Thursday, November" with no day number.
"""

from typing import Final

TITLE_EN: Final[str] = "Morocco wins post of Interpol Vice-President for Africa by a landslide"

PARAGRAPHS_EN: Final[tuple[str, ...]] = (
    # 1
    (
        "Glasgow – Morocco's candidate won today, Thursday, in the elections for "
        "the Executive Committee of Interpol, the post of Vice-President of the "
        "International Criminal Police Organization for the African continent, by "
        "an overwhelming majority, in a new victory for the Kingdom, which has "
        "stepped up its efforts to build peace and security at both the regional "
        "and international levels, alongside its leading role in the fight against "
        "terrorism, in the service of South-South security cooperation."
    ),
    # 2
    (
        "The General Directorate for National Security (DGSN) had nominated for "
        "this post Prefect of Police Mohammed Dkhissi, Director of the Judicial "
        "Police, who heads the National Central Bureau – Interpol Rabat."
    ),
    # 3 (the opening quotation mark is never closed in the source)
    (
        "Morocco's General Directorate for National Security said in a statement "
        'that "the representative of the Kingdom of Morocco was elected by a '
        "majority of the delegates of 96 member countries, by a wide margin over "
        "the other candidates, in the vote held at the 92nd session of the General "
        "Assembly of the International Criminal Police Organization – Interpol, "
        "currently taking place in the city of Glasgow, Scotland, from 4 to 7 "
        "November 2024."
    ),
    # 4
    (
        "This election reflects international recognition of Morocco's role in "
        "strengthening security and stability regionally and internationally, as "
        "well as its efforts to strengthen security cooperation among the countries "
        "of southern Africa."
    ),
    # 5
    (
        "Morocco had stood in the Executive Committee elections for the post of "
        "Interpol Vice-President for the African continent, driven by an ambitious "
        "desire to contribute to the development of African police structures, and "
        "armed with firm conviction and steadfast determination to strengthen "
        "South-South security cooperation and to share its expertise and experience "
        "with the security services in its continental surroundings, according to "
        "the statement."
    ),
    # 6
    (
        "The Moroccan candidacy draws on the royal guidance of the Moroccan "
        "monarch, King Mohammed VI, which has made South-South cooperation a "
        "strategic choice and a priority for the Kingdom and its partners in "
        "Africa, in line with a pragmatic vision focused on developing the "
        "relations that bind Morocco with African countries at all levels, "
        "including security."
    ),
    # 7
    (
        "On the basis of this vision, the Kingdom submitted a comprehensive "
        "candidacy file for this post, resting on one fundamental, central pillar: "
        "that investing in police human resources on the African continent, "
        "developing public security facilities and strengthening security "
        "cooperation in the African space is the main way to dry up the sources of "
        "illegal migration and human trafficking networks and to prevent them from "
        "becoming organically linked to transnational organized crime networks."
    ),
    # 8
    (
        "After its election to membership of the Executive Committee of Interpol as "
        "Vice-President of the Organization for the African continent, Morocco "
        "looks forward to coordinating efforts with the National Central Bureaus in "
        "African countries and in the rest of the world, with the aim of providing "
        "a rapid and effective response to terrorist threats linked to the regional "
        "hubs of extremist organizations."
    ),
    # 9
    (
        "It is also a matter of highlighting and coordinating efforts to combat "
        "unconventional risks linked to the misuse of artificial intelligence and "
        "modern technologies by organized crime groups."
    ),
    # 10
    (
        "During the same session, the General Assembly of Interpol elected Valdecy "
        "Urquiza as the next Secretary General of the largest police organization "
        "in the world."
    ),
    # 11 (no day number in the source: kept as written)
    (
        "The Brazilian police commissioner will take up his duties at the close of "
        "the General Assembly today, Thursday, November, when the current Secretary "
        "General, Jürgen Stock, ends his second and final term after steering the "
        "Organization for 10 years."
    ),
    # 12
    (
        "The Director General of National Security and of Territorial Surveillance, "
        "Abdellatif Hammouchi, had led the delegation of the Kingdom of Morocco "
        "taking part in the proceedings of the General Assembly of the "
        "International Criminal Police Organization – Interpol, held in the city of "
        "Glasgow, Scotland, and took part in the multilateral talks and bilateral "
        "meetings that addressed ways of consolidating international security "
        "cooperation and strengthening joint police work, as well as supporting "
        "Morocco's candidacy for the post of Vice-President of the Interpol "
        "organization for the African continent."
    ),
    # 13
    (
        "Last September, Morocco's Director General of National Security took part "
        "in the proceedings of the eighth Interpol meeting of Heads of Security and "
        "Police in the Middle East and North Africa region, held at the "
        "headquarters of the International Criminal Police Organization – Interpol "
        "in the French city of Lyon."
    ),
    # 14
    (
        "Hammouchi led the delegation of the Kingdom of Morocco taking part in the "
        "proceedings of this important security meeting, which brought together the "
        "heads of the security and police services of the Middle East and North "
        "Africa region, in addition to the Comoros, Djibouti, Somalia, Sudan and "
        "Mauritania."
    ),
    # 15
    (
        "The meeting was a timely opportunity for the Kingdom's national security "
        "services to present their experience in confronting emerging crimes at the "
        "regional level, and to discuss the security challenges emerging in the "
        "region, including the fight against organized crime and financial flows "
        "derived from computer piracy, the threats of recruitment and rapid "
        "radicalization on the internet and of financing through cryptocurrencies, "
        "and the risks of terrorist attacks using drones and unconventional "
        "threats, according to the statement."
    ),
    # 16
    (
        "The Moroccan delegation also gave a comprehensive presentation on sharing "
        "expertise and information related to combating cybercrime and its emerging "
        "forms, particularly in light of the growing threats posed by the misuse of "
        "new technologies for criminal or terrorist purposes."
    ),
    # 17
    (
        "The meeting also featured a presentation by the Interpol organization of "
        "its various IT solutions and applications and databases, which show the "
        "extent to which the International Criminal Police Organization responds to "
        "new threats and risks, including the development of the Interpol biometric "
        "platform, the assessment of criminal threats at the international level "
        "and the measurement of the Interpol network for analysis and intelligence, "
        "as well as the support and assistance mechanisms that Interpol can offer "
        "member countries in the field of training and in combating the various "
        "forms of transnational crime."
    ),
    # 18
    (
        "Interpol, founded in 1923, is an international criminal police "
        "organization whose main aim is to strengthen national capacities and the "
        "exchange of information and expertise among the security services in 196 "
        "member countries, in order to prevent and combat the transnational "
        "extensions of all kinds of crimes and security threats."
    ),
)
