"""Demo surveys for Kuntaan: the municipal survey (fi, sv, en) and the participants' feedback survey (fi, sv, en,
ar, uk).

Pure data: no imports, no code.

Sources:
- Työ- ja elinkeinoministeriö, asettamispäätös VN/11845/2022 (26.4.2022): the programme's three goals
  (placement, reception and early integration services, participation and receptiveness), the roles of the ELY
  Centres (elinvoimakeskus from 1.1.2026) and the KEHA Centre, and the AMIF funding.
- AMIF result indicator "participants who report that the activity was helpful for their integration"
  (question `activity_helpful`, indicator `amif_result_helpful`).
- DESIGN.md of this project, "Decisions that hold the survey design together": stable codes kept in every
  language and round, one response per municipality through an invitation link, anonymous participant feedback
  with optional background questions, results suppressed below a group of 5.

Conventions:
- Every human text is a dict of languages: {"fi", "sv", "en"} in the municipal survey, {"fi", "sv", "en", "ar",
  "uk"} in the participants' survey. HTML texts use only p, ul and li.
- Codes (questions, statements, choices, indicators) are stable ascii snake_case and never contain a year: the
  same survey is used for every round, and the loader adds the round year to the slug and the title. For the
  same reason no label names a year; "this year" means the survey round's year.
- Agreement and yes/no choices are not written here: their codes are fixed (strongly_disagree ... cant_say;
  yes, no) and their labels come from the interface translations. "other" is reserved for allow_other.
- The participants' survey is written in plain language (about CEFR A2) for answering on a phone.

All questions, numbers and wordings are demo content, not an official survey of the ministry.
"""

# The data below is wrapped by hand to stay compact; ruff format would make it a third longer.
# fmt: off

MUNICIPALITY_SURVEY = {
    "slug": {"fi": "kuntakysely", "sv": "kommunenkat", "en": "municipal-survey"},
    "title": {"fi": "Kuntakysely", "sv": "Kommunenkät", "en": "Municipal survey"},
    "intro": {
        "fi": "<p>Kysely kartoittaa pakolaisten kuntiin ohjaamista, kuntapaikkoja sekä vastaanoton ja alkuvaiheen "
              "kotoutumispalvelujen järjestämistä kunnassa tänä vuonna. Vastauksia käytetään toimintaohjelman "
              "kehittämiseen ja EU:n AMIF-rahaston raportointiin.</p><p>Kunta antaa yhden vastauksen. Vastaus "
              "tallentuu vaihe vaiheelta, joten voit jatkaa myöhemmin ja jakaa kutsulinkin kollegoille, jotka "
              "tuntevat asiat. Lähetä vastaus, kun kaikki osiot on täytetty. Vastaamiseen kuluu noin 20 "
              "minuuttia.</p>",
        "sv": "<p>Enkäten kartlägger anvisningen av flyktingar till kommuner, kommunplatserna samt hur mottagandet "
              "och integrationstjänsterna i det inledande skedet har ordnats i kommunen i år. Svaren används för "
              "att utveckla åtgärdsprogrammet och i rapporteringen till EU:s fond AMIF.</p><p>Kommunen ger ett "
              "svar. Svaret sparas steg för steg, så du kan fortsätta senare och dela inbjudningslänken med "
              "kolleger som känner till frågorna. Skicka svaret när alla avsnitt är ifyllda. Det tar ungefär 20 "
              "minuter att svara.</p>",
        "en": "<p>The survey maps the placement of refugees in municipalities, municipal places, and how reception "
              "and early integration services have been organised in the municipality this year. The answers are "
              "used to develop the action programme and in reporting to the EU's Asylum, Migration and "
              "Integration Fund (AMIF).</p><p>Each municipality gives one response. It is saved step by step, so "
              "you can continue later and share the invitation link with colleagues who know the topics. Submit "
              "the response once all sections are complete. Answering takes about 20 minutes.</p>",
    },
    "privacy_notice": {
        "fi": "<p>Rekisterinpitäjä on työ- ja elinkeinoministeriö.</p><ul><li>Tarkoitus: vastauksia käytetään "
              "pakolaisten kuntiin ohjaamisen ja kotoutumisen tuen toimintaohjelman kehittämiseen ja "
              "raportointiin EU:n turvapaikka-, maahanmuutto- ja kotouttamisrahastolle (AMIF).</li><li>Vastaaminen "
              "on vapaaehtoista. Se ei vaikuta kunnalle maksettaviin korvauksiin eikä kenenkään palveluihin, "
              "etuuksiin tai oleskelulupaan.</li><li>Kysely koskee kunnan toimintaa. Älä kirjoita vastauksiin "
              "henkilötietoja, kuten pakolaisten tai työntekijöiden nimiä.</li><li>Tulokset julkaistaan "
              "koosteina. Ryhmiä, joissa on alle 5 vastausta, ei näytetä.</li><li>Säilytys: yksittäiset "
              "vastaukset poistetaan 2 vuoden kuluttua. Koosteet säilytetään.</li></ul>",
        "sv": "<p>Personuppgiftsansvarig är arbets- och näringsministeriet.</p><ul><li>Syfte: svaren används för "
              "att utveckla åtgärdsprogrammet för anvisning av flyktingar till kommuner och stöd för integration "
              "och i rapporteringen till EU:s asyl-, migrations- och integrationsfond (AMIF).</li><li>Det är "
              "frivilligt att svara. Svaret påverkar inte ersättningarna till kommunen och inte heller någons "
              "tjänster, förmåner eller uppehållstillstånd.</li><li>Enkäten gäller kommunens verksamhet. Skriv "
              "inga personuppgifter i svaren, till exempel namn på flyktingar eller anställda.</li><li>Resultaten "
              "publiceras sammanställda. Grupper med färre än 5 svar visas inte.</li><li>Lagring: enskilda svar "
              "raderas efter 2 år. Sammanställningarna sparas.</li></ul>",
        "en": "<p>The controller is the Ministry of Economic Affairs and Employment.</p><ul><li>Purpose: the answers "
              "are used to develop the action programme for placing refugees in municipalities and supporting "
              "their integration, and in reporting to the EU's Asylum, Migration and Integration Fund "
              "(AMIF).</li><li>Answering is voluntary. It does not affect the compensation paid to the "
              "municipality, nor anyone's services, benefits or residence permit.</li><li>The survey is about the "
              "municipality's activities. Do not write personal data in your answers, such as the names of "
              "refugees or staff.</li><li>Results are published as aggregates. Groups with fewer than 5 responses "
              "are not shown.</li><li>Retention: individual responses are deleted after 2 years. Aggregates are "
              "kept.</li></ul>",
    },
    "thank_you": {
        "fi": "<p>Kiitos! Kunnan vastaus on lähetetty.</p><p>Tulokset julkaistaan sivustolla koosteina. Jos "
              "vastaukseen pitää tehdä muutoksia, ota yhteyttä toimintaohjelman henkilöstöön. He voivat avata "
              "vastauksen uudelleen.</p>",
        "sv": "<p>Tack! Kommunens svar har skickats.</p><p>Resultaten publiceras sammanställda på webbplatsen. Om "
              "svaret behöver ändras kan du kontakta programmets personal. De kan öppna svaret på nytt.</p>",
        "en": "<p>Thank you! The municipality's response has been submitted.</p><p>Results will be published on "
              "this website as aggregates. If the response needs changes, contact the programme staff. They can "
              "reopen it.</p>",
    },
    "round_year": 2025,
    "retention_days": 730,
    "sections": [
        # 1 -------------------------------------------------------------------------------------------------
        {
            "title": {"fi": "Kuntapaikat ja kuntiin ohjaaminen",
                      "sv": "Kommunplatser och anvisning till kommuner",
                      "en": "Municipal places and placement"},
            "intro": {"fi": "<p>Vastaa kunnan tämän vuoden tilanteen mukaan.</p>",
                      "sv": "<p>Svara utifrån kommunens situation i år.</p>",
                      "en": "<p>Answer based on the municipality's situation this year.</p>"},
            "show_if": None,
            "questions": [
                {"type": "date", "code": "council_decision_date",
                 "label": {"fi": "Minä päivänä valtuusto tai kunnanhallitus teki voimassa olevan päätöksen "
                                 "pakolaisten vastaanottamisesta?",
                           "sv": "Vilket datum fattade fullmäktige eller kommunstyrelsen det gällande beslutet om "
                                 "mottagande av flyktingar?",
                           "en": "On what date did the council or the executive board make the current decision "
                                 "on receiving refugees?"},
                 "help_text": {"fi": "Jätä tyhjäksi, jos kunnalla ei ole voimassa olevaa päätöstä.",
                               "sv": "Lämna tomt om kommunen inte har något gällande beslut.",
                               "en": "Leave empty if the municipality has no decision in force."},
                 "required": False, "goal": "placement", "indicator": "", "show_if": None},
                {"type": "number", "code": "places_agreed",
                 "label": {"fi": "Kuinka monesta kuntapaikasta kunta on sopinut tälle vuodelle?",
                           "sv": "Hur många kommunplatser har kommunen avtalat om för i år?",
                           "en": "How many municipal places has the municipality agreed to for this year?"},
                 "help_text": {"fi": "Kuntapaikat, joista kunta on sopinut ELY-keskuksen kanssa. Vastaa 0, jos "
                                     "sopimusta ei ole.",
                               "sv": "Kommunplatser som kommunen har avtalat om med NTM-centralen. Svara 0 om det "
                                     "inte finns något avtal.",
                               "en": "Places agreed with the ELY Centre. Answer 0 if there is no agreement."},
                 "required": True, "goal": "placement", "indicator": "municipal_places_agreed", "show_if": None,
                 "decimal": False, "min_value": 0, "max_value": 5000},
                {"type": "yes_no", "code": "received_refugees",
                 "label": {"fi": "Onko kuntaan muuttanut tänä vuonna pakolaisia kuntaan ohjaamisen kautta?",
                           "sv": "Har flyktingar flyttat till kommunen i år genom anvisning till kommuner?",
                           "en": "Have refugees moved to the municipality this year through placement?"},
                 "help_text": {"fi": "Kiintiöpakolaiset sekä vastaanottokeskuksista kuntaan ohjatut "
                                     "kansainvälistä suojelua saavat.",
                               "sv": "Kvotflyktingar och personer med internationellt skydd som har anvisats från "
                                     "förläggningar.",
                               "en": "Quota refugees and beneficiaries of international protection placed from "
                                     "reception centres."},
                 "required": True, "goal": "placement", "indicator": "", "show_if": None},
                {"type": "multiple_choice", "code": "placement_obstacles",
                 "label": {"fi": "Mitkä tekijät vaikeuttavat kuntapaikkojen tarjoamista?",
                           "sv": "Vilka faktorer gör det svårare att erbjuda kommunplatser?",
                           "en": "What makes it harder to offer municipal places?"},
                 "help_text": {"fi": "Valitse kaikki sopivat.", "sv": "Välj alla som passar.",
                               "en": "Choose all that apply."},
                 "required": False, "goal": "placement", "indicator": "", "show_if": None,
                 "choices": [
                     {"code": "housing_shortage",
                      "label": {"fi": "Sopivien asuntojen puute", "sv": "Brist på lämpliga bostäder",
                                "en": "Lack of suitable housing"}},
                     {"code": "staff_resources",
                      "label": {"fi": "Henkilöstöä ei ole riittävästi", "sv": "Otillräckliga personalresurser",
                                "en": "Not enough staff"}},
                     {"code": "compensation_level",
                      "label": {"fi": "Korvaukset eivät kata kustannuksia",
                                "sv": "Ersättningarna täcker inte kostnaderna",
                                "en": "Compensation does not cover the costs"}},
                     {"code": "wellbeing_services",
                      "label": {"fi": "Hyvinvointialueen sosiaali- ja terveyspalvelujen saatavuus",
                                "sv": "Tillgången till välfärdsområdets social- och hälsovårdstjänster",
                                "en": "Availability of the wellbeing services county's social and health "
                                      "services"}},
                     {"code": "language_training",
                      "label": {"fi": "Kotoutumiskoulutusta tai kielikursseja ei ole riittävästi",
                                "sv": "Inte tillräckligt med integrationsutbildning eller språkkurser",
                                "en": "Not enough integration training or language courses"}},
                     {"code": "local_attitudes",
                      "label": {"fi": "Asukkaiden tai päättäjien asenteet",
                                "sv": "Invånarnas eller beslutsfattarnas attityder",
                                "en": "Attitudes of residents or decision-makers"}},
                     {"code": "no_obstacles",
                      "label": {"fi": "Ei erityisiä esteitä", "sv": "Inga särskilda hinder",
                                "en": "No particular obstacles"}},
                 ],
                 "allow_other": True},
            ],
        },
        # 2 -------------------------------------------------------------------------------------------------
        {
            "title": {"fi": "Vastaanotto ja alkuvaiheen palvelut",
                      "sv": "Mottagande och tjänster i det inledande skedet",
                      "en": "Reception and early integration services"},
            "intro": None,
            "show_if": None,
            "questions": [
                {"type": "number", "code": "refugees_received",
                 "label": {"fi": "Kuinka monta pakolaista kuntaan on muuttanut tänä vuonna kuntaan ohjaamisen "
                                 "kautta?",
                           "sv": "Hur många flyktingar har flyttat till kommunen i år genom anvisning?",
                           "en": "How many refugees have moved to the municipality this year through "
                                 "placement?"},
                 "help_text": {"fi": "Laske mukaan myös lapset. Anna paras arvio, jos tarkkaa lukua ei vielä ole.",
                               "sv": "Räkna också med barnen. Ge en så god uppskattning som möjligt om det exakta "
                                     "antalet inte ännu är känt.",
                               "en": "Include children. Give your best estimate if the exact number is not yet "
                                     "known."},
                 "required": True, "goal": "placement", "indicator": "refugees_received",
                 "show_if": {"question": "received_refugees", "choice": "yes"},
                 "decimal": False, "min_value": 0, "max_value": 5000},
                {"type": "agreement", "code": "housing_ready",
                 "label": {"fi": "Pakolaisilla oli asunto valmiina, kun he muuttivat kuntaan.",
                           "sv": "Flyktingarna hade en bostad klar när de flyttade till kommunen.",
                           "en": "Refugees had a home ready when they moved to the municipality."},
                 "help_text": None,
                 "required": True, "goal": "reception", "indicator": "",
                 "show_if": {"question": "received_refugees", "choice": "yes"}},
                {"type": "single_choice", "code": "guidance_arrangement",
                 "label": {"fi": "Miten alkuvaiheen ohjaus ja neuvonta on kunnassa pääosin järjestetty?",
                           "sv": "Hur är handledningen och rådgivningen i det inledande skedet huvudsakligen "
                                 "ordnad i kommunen?",
                           "en": "How are early guidance and advice mainly organised in the municipality?"},
                 "help_text": None,
                 "required": True, "goal": "reception", "indicator": "", "show_if": None,
                 "choices": [
                     {"code": "own_unit",
                      "label": {"fi": "Kunnan omana palveluna", "sv": "Som kommunens egen tjänst",
                                "en": "As the municipality's own service"}},
                     {"code": "regional",
                      "label": {"fi": "Seudullisena yhteistyönä muiden kuntien kanssa",
                                "sv": "I regionalt samarbete med andra kommuner",
                                "en": "Jointly with other municipalities in the region"}},
                     {"code": "purchased",
                      "label": {"fi": "Ostopalveluna tai järjestön kanssa",
                                "sv": "Som köpt tjänst eller tillsammans med en organisation",
                                "en": "As a purchased service or with an NGO"}},
                     {"code": "wellbeing_county",
                      "label": {"fi": "Yhdessä hyvinvointialueen kanssa", "sv": "Tillsammans med välfärdsområdet",
                                "en": "Together with the wellbeing services county"}},
                     {"code": "not_arranged",
                      "label": {"fi": "Ei ole järjestetty", "sv": "Är inte ordnad", "en": "Not organised"}},
                 ],
                 "widget": "radio"},
                {"type": "yes_no", "code": "has_integration_programme",
                 "label": {"fi": "Onko kunnalla voimassa oleva kotouttamisohjelma?",
                           "sv": "Har kommunen ett gällande integrationsprogram?",
                           "en": "Does the municipality have an integration programme in force?"},
                 "help_text": {"fi": "Myös usean kunnan yhteinen ohjelma lasketaan.",
                               "sv": "Ett gemensamt program för flera kommuner räknas också.",
                               "en": "A joint programme of several municipalities also counts."},
                 "required": True, "goal": "reception", "indicator": "", "show_if": None},
            ],
        },
        # 3: only when the municipality has an integration programme ---------------------------------------
        {
            "title": {"fi": "Kotouttamisohjelma", "sv": "Integrationsprogrammet", "en": "Integration programme"},
            "intro": {"fi": "<p>Tämä osio näytetään, koska kunnalla on kotouttamisohjelma.</p>",
                      "sv": "<p>Det här avsnittet visas eftersom kommunen har ett integrationsprogram.</p>",
                      "en": "<p>This section is shown because the municipality has an integration "
                            "programme.</p>"},
            "show_if": {"question": "has_integration_programme", "choice": "yes"},
            "questions": [
                {"type": "date", "code": "programme_approved_on",
                 "label": {"fi": "Minä päivänä ohjelma hyväksyttiin?", "sv": "Vilket datum godkändes programmet?",
                           "en": "On what date was the programme approved?"},
                 "help_text": {"fi": "Päivä, jona valtuusto tai muu toimielin hyväksyi ohjelman.",
                               "sv": "Dagen då fullmäktige eller ett annat organ godkände programmet.",
                               "en": "The day the council or another body approved the programme."},
                 "required": False, "goal": "reception", "indicator": "", "show_if": None},
                {"type": "multiple_choice", "code": "programme_covers",
                 "label": {"fi": "Mistä alkuvaiheen kotoutumisen asioista ohjelmassa on sovittu?",
                           "sv": "Vilka frågor om integrationen i det inledande skedet tar programmet upp?",
                           "en": "Which early integration matters does the programme cover?"},
                 "help_text": {"fi": "Valitse kaikki sopivat.", "sv": "Välj alla som passar.",
                               "en": "Choose all that apply."},
                 "required": False, "goal": "reception", "indicator": "", "show_if": None,
                 "choices": [
                     {"code": "reception_process",
                      "label": {"fi": "Vastaanoton prosessi ja vastuut", "sv": "Mottagningsprocessen och ansvaret",
                                "en": "The reception process and responsibilities"}},
                     {"code": "housing",
                      "label": {"fi": "Asuntojen hankinta", "sv": "Anskaffning av bostäder",
                                "en": "Finding housing"}},
                     {"code": "language_training",
                      "label": {"fi": "Kielikoulutus", "sv": "Språkutbildning", "en": "Language training"}},
                     {"code": "employment_services",
                      "label": {"fi": "Työllisyyspalvelut", "sv": "Sysselsättningstjänster",
                                "en": "Employment services"}},
                     {"code": "wellbeing_county",
                      "label": {"fi": "Yhteistyö hyvinvointialueen kanssa", "sv": "Samarbete med välfärdsområdet",
                                "en": "Cooperation with the wellbeing services county"}},
                     {"code": "children_families",
                      "label": {"fi": "Lasten, nuorten ja perheiden palvelut",
                                "sv": "Tjänster för barn, unga och familjer",
                                "en": "Services for children, young people and families"}},
                     {"code": "participation",
                      "label": {"fi": "Pakolaisten osallisuus", "sv": "Flyktingarnas delaktighet",
                                "en": "Refugees' participation"}},
                     {"code": "receptiveness",
                      "label": {"fi": "Asukkaiden vastaanottavuus ja hyvät väestösuhteet",
                                "sv": "Invånarnas mottaglighet och goda relationer mellan befolkningsgrupper",
                                "en": "Residents' receptiveness and good relations between population groups"}},
                 ],
                 "allow_other": False},
            ],
        },
        # 4 -------------------------------------------------------------------------------------------------
        {
            "title": {"fi": "Yhteistyö ja kehittäminen", "sv": "Samarbete och utveckling",
                      "en": "Cooperation and development"},
            "intro": {"fi": "<p>ELY-keskuksella tarkoitetaan myös sen seuraajaa, elinvoimakeskusta (1.1.2026 "
                            "alkaen).</p>",
                      "sv": "<p>Med NTM-centralen avses också dess efterträdare, livskraftscentralen (från "
                            "1.1.2026).</p>",
                      "en": "<p>“ELY Centre” also covers its successor, the Economic Development Centre (from 1 "
                            "January 2026).</p>"},
            "show_if": None,
            "questions": [
                {"type": "statement_group", "code": "cooperation",
                 "label": {"fi": "Kuinka samaa mieltä olet seuraavista väittämistä?",
                           "sv": "Hur väl instämmer du i följande påståenden?",
                           "en": "How much do you agree with the following statements?"},
                 "help_text": {"fi": "Yhteistyö ELY-keskuksen ja KEHA-keskuksen kanssa tänä vuonna.",
                               "sv": "Samarbetet med NTM-centralen och UF-centret i år.",
                               "en": "Cooperation with the ELY Centre and the KEHA Centre this year."},
                 "required": True, "goal": "placement", "indicator": "", "show_if": None,
                 "statements": [
                     {"code": "coop_ely_support",
                      "label": {"fi": "ELY-keskus tuki kuntaa riittävästi kuntiin ohjaamisessa.",
                                "sv": "NTM-centralen gav kommunen tillräckligt stöd i anvisningen till kommuner.",
                                "en": "The ELY Centre gave the municipality enough support with placement."}},
                     {"code": "coop_ely_advance_info",
                      "label": {"fi": "Saimme tiedot kuntaan tulevista pakolaisista riittävän ajoissa.",
                                "sv": "Vi fick uppgifterna om flyktingarna som skulle komma till kommunen i "
                                      "tillräckligt god tid.",
                                "en": "We received information on the refugees coming to the municipality early "
                                      "enough."}},
                     {"code": "coop_ely_training",
                      "label": {"fi": "ELY-keskuksen järjestämä koulutus ja verkostotyö olivat hyödyllisiä.",
                                "sv": "Utbildningen och nätverksarbetet som NTM-centralen ordnade var nyttiga.",
                                "en": "The training and networking organised by the ELY Centre were useful."}},
                     {"code": "coop_keha_claims",
                      "label": {"fi": "Korvausten hakeminen KEHA-keskukselta oli selkeää.",
                                "sv": "Det var tydligt hur man ansöker om ersättningar från UF-centret.",
                                "en": "Claiming compensation from the KEHA Centre was clear."}},
                     {"code": "coop_keha_payments",
                      "label": {"fi": "KEHA-keskus maksoi korvaukset ajallaan.",
                                "sv": "UF-centret betalade ersättningarna i tid.",
                                "en": "The KEHA Centre paid the compensation on time."}},
                 ]},
                {"type": "agreement", "code": "extra_support_helped",
                 "label": {"fi": "Toimintaohjelman lisäkorvaukset ovat helpottaneet kuntapaikkojen tarjoamista.",
                           "sv": "Åtgärdsprogrammets tilläggsersättningar har gjort det lättare att erbjuda "
                                 "kommunplatser.",
                           "en": "The programme's supplementary payments have made it easier to offer municipal "
                                 "places."},
                 "help_text": None,
                 "required": True, "goal": "placement", "indicator": "", "show_if": None},
                {"type": "multiple_choice", "code": "participation_measures",
                 "label": {"fi": "Miten kunta on tänä vuonna edistänyt pakolaisten osallisuutta ja asukkaiden "
                                 "vastaanottavuutta?",
                           "sv": "Hur har kommunen i år främjat flyktingarnas delaktighet och invånarnas "
                                 "mottaglighet?",
                           "en": "How has the municipality promoted refugees' participation and residents' "
                                 "receptiveness this year?"},
                 "help_text": {"fi": "Valitse kaikki sopivat.", "sv": "Välj alla som passar.",
                               "en": "Choose all that apply."},
                 "required": False, "goal": "participation", "indicator": "", "show_if": None,
                 "choices": [
                     {"code": "ngo_cooperation",
                      "label": {"fi": "Yhteistyö järjestöjen ja seurakuntien kanssa",
                                "sv": "Samarbete med organisationer och församlingar",
                                "en": "Cooperation with NGOs and parishes"}},
                     {"code": "peer_support",
                      "label": {"fi": "Vertais- ja ystävätoiminta", "sv": "Kamrat- och vänverksamhet",
                                "en": "Peer support and befriending"}},
                     {"code": "leisure_activities",
                      "label": {"fi": "Harrastus- ja vapaa-ajan toiminta", "sv": "Hobby- och fritidsverksamhet",
                                "en": "Hobbies and leisure activities"}},
                     {"code": "resident_events",
                      "label": {"fi": "Tiedotus- ja keskustelutilaisuudet asukkaille",
                                "sv": "Informations- och diskussionsmöten för invånarna",
                                "en": "Information and discussion events for residents"}},
                     {"code": "refugees_consulted",
                      "label": {"fi": "Pakolaisten kuuleminen palvelujen kehittämisessä",
                                "sv": "Flyktingarna hördes när tjänsterna utvecklades",
                                "en": "Refugees consulted in developing services"}},
                     {"code": "staff_training",
                      "label": {"fi": "Henkilöstön koulutus", "sv": "Utbildning för personalen",
                                "en": "Staff training"}},
                     {"code": "no_measures",
                      "label": {"fi": "Ei erityisiä toimia", "sv": "Inga särskilda åtgärder",
                                "en": "No particular measures"}},
                 ],
                 "allow_other": True},
                {"type": "long_text", "code": "development_needs",
                 "label": {"fi": "Millaista tukea tai kehittämistä kunta tarvitsisi toimintaohjelmalta?",
                           "sv": "Vilket stöd eller vilken utveckling skulle kommunen behöva av "
                                 "åtgärdsprogrammet?",
                           "en": "What support or development would the municipality need from the programme?"},
                 "help_text": {"fi": "Esimerkiksi koulutusta, ohjeita, rahoitusta tai yhteistyötä.",
                               "sv": "Till exempel utbildning, anvisningar, finansiering eller samarbete.",
                               "en": "For example training, guidance, funding or cooperation."},
                 "required": False, "goal": "", "indicator": "", "show_if": None,
                 "max_length": 3000},
                {"type": "short_text", "code": "respondent_role",
                 "label": {"fi": "Vastaajan tai vastaajien tehtävänimikkeet",
                           "sv": "Befattning för den eller dem som svarade",
                           "en": "Job title(s) of the people who answered"},
                 "help_text": {"fi": "Älä kirjoita nimiä. Tieto auttaa tulkitsemaan vastauksia.",
                               "sv": "Skriv inga namn. Uppgiften hjälper oss att tolka svaren.",
                               "en": "Do not write names. This helps us interpret the answers."},
                 "required": False, "goal": "", "indicator": "", "show_if": None,
                 "max_length": 200},
            ],
        },
    ],
}


PARTICIPANT_SURVEY = {
    "slug": {"fi": "palaute", "sv": "respons", "en": "feedback", "ar": "istitlaa", "uk": "vidhuk"},
    "title": {"fi": "Osallistujien palautekysely", "sv": "Deltagarnas responsenkät",
              "en": "Participant feedback survey", "ar": "استطلاع آراء المشاركين",
              "uk": "Опитування учасників"},
    "intro": {
        "fi": "<p>Haluamme tietää, miten alku kunnassa, jossa nyt asut, on sujunut. Vastauksesi auttavat meitä "
              "parantamaan palveluja.</p><p>Kysely on nimetön. Emme kysy nimeäsi. Kyselyssä on 10 kysymystä, ja "
              "vastaaminen kestää noin 5 minuuttia.</p>",
        "sv": "<p>Vi vill veta hur starten i kommunen där du nu bor har gått. Dina svar hjälper oss att göra "
              "tjänsterna bättre.</p><p>Enkäten är anonym. Vi frågar inte efter ditt namn. Enkäten har 10 frågor "
              "och det tar ungefär 5 minuter att svara.</p>",
        "en": "<p>We want to know how your start in the municipality where you now live has gone. Your answers "
              "help us make services better.</p><p>The survey is anonymous. We do not ask your name. There are 10 "
              "questions, and answering takes about 5 minutes.</p>",
        "ar": "<p>نريد أن نعرف كيف كانت بدايتك في البلدية التي تعيش فيها الآن. تساعدنا إجاباتك على تحسين "
              "الخدمات.</p><p>هذا الاستطلاع مجهول الهوية، فنحن لا نسألك عن اسمك. في الاستطلاع 10 أسئلة، وتستغرق "
              "الإجابة عنها نحو 5 دقائق.</p>",
        "uk": "<p>Ми хочемо дізнатися, як минув ваш перший час у муніципалітеті, де ви тепер живете. Ваші "
              "відповіді допоможуть нам покращити послуги.</p><p>Опитування анонімне: ми не питаємо вашого імені. "
              "В опитуванні 10 запитань, відповіді займуть приблизно 5 хвилин.</p>",
    },
    "privacy_notice": {
        "fi": "<p>Kyselyn tekee työ- ja elinkeinoministeriö. Ministeriö on rekisterinpitäjä.</p><ul><li>Käytämme "
              "vastauksia toimintaohjelman kehittämiseen ja raportointiin EU:n AMIF-rahastolle (turvapaikka-, "
              "maahanmuutto- ja kotouttamisrahasto).</li><li>Vastaaminen on vapaaehtoista. Se ei vaikuta "
              "palveluihisi, tukiisi eikä oleskelulupaasi.</li><li>Kysely on nimetön. Emme tallenna nimeäsi, "
              "sähköpostiosoitettasi emmekä IP-osoitettasi.</li><li>Näytämme tulokset vain ryhminä, joissa on "
              "vähintään 5 vastaajaa. Yksittäisiä vastauksia ei julkaista.</li><li>Yksittäiset vastaukset "
              "poistetaan 2 vuoden kuluttua.</li><li>Älä kirjoita nimeäsi vastauksiin.</li></ul>",
        "sv": "<p>Enkäten görs av arbets- och näringsministeriet. Ministeriet är personuppgiftsansvarigt.</p><ul>"
              "<li>Vi använder svaren för att utveckla åtgärdsprogrammet och för att rapportera till EU:s fond "
              "AMIF (asyl-, migrations- och integrationsfonden).</li><li>Det är frivilligt att svara. Det påverkar "
              "inte dina tjänster, dina förmåner eller ditt uppehållstillstånd.</li><li>Enkäten är anonym. Vi "
              "sparar inte ditt namn, din e-postadress eller din IP-adress.</li><li>Vi visar resultaten bara i "
              "grupper med minst 5 personer. Enskilda svar publiceras inte.</li><li>Enskilda svar raderas efter 2 "
              "år.</li><li>Skriv inte ditt namn i svaren.</li></ul>",
        "en": "<p>The survey is run by the Ministry of Economic Affairs and Employment. The ministry is the "
              "controller.</p><ul><li>We use the answers to develop the action programme and to report to the "
              "EU's Asylum, Migration and Integration Fund (AMIF).</li><li>Answering is voluntary. It does not "
              "affect your services, your benefits or your residence permit.</li><li>The survey is anonymous. We "
              "do not store your name, your e-mail address or your IP address.</li><li>We show results only in "
              "groups of at least 5 people. Single answers are never published.</li><li>Single answers are "
              "deleted after 2 years.</li><li>Please do not write your name in your answers.</li></ul>",
        "ar": "<p>تُجري هذا الاستطلاعَ وزارةُ الاقتصاد والتوظيف في فنلندا، وهي الجهة المسؤولة عن البيانات.</p>"
              "<ul><li>نستخدم الإجابات لتطوير البرنامج ولإعداد التقارير لصندوق اللجوء والهجرة والاندماج التابع "
              "للاتحاد الأوروبي (AMIF).</li><li>المشاركة اختيارية، ولا تؤثر في الخدمات أو المساعدات المالية التي "
              "تحصل عليها، ولا في تصريح إقامتك.</li><li>الاستطلاع مجهول الهوية. لا نحفظ اسمك ولا بريدك الإلكتروني "
              "ولا عنوان IP الخاص بك.</li><li>نعرض النتائج فقط لمجموعات لا تقل عن 5 أشخاص، ولا ننشر أي إجابة "
              "فردية.</li><li>نحذف الإجابات الفردية بعد سنتين.</li><li>من فضلك لا تكتب اسمك في إجاباتك.</li></ul>",
        "uk": "<p>Опитування проводить Міністерство економіки та зайнятості Фінляндії. Міністерство є контролером "
              "даних.</p><ul><li>Ми використовуємо відповіді, щоб розвивати програму та звітувати перед Фондом ЄС "
              "з питань притулку, міграції та інтеграції (AMIF).</li><li>Участь добровільна. Вона не впливає на "
              "ваші послуги, виплати чи дозвіл на проживання.</li><li>Опитування анонімне. Ми не зберігаємо ваше "
              "ім’я, адресу електронної пошти чи IP-адресу.</li><li>Ми показуємо результати лише для груп, у яких "
              "щонайменше 5 осіб. Окремі відповіді ніколи не публікуються.</li><li>Окремі відповіді видаляються "
              "через 2 роки.</li><li>Будь ласка, не пишіть у відповідях своє ім’я.</li></ul>",
    },
    "thank_you": {
        "fi": "<p>Kiitos vastauksistasi! Ne auttavat meitä parantamaan pakolaisten palveluja Suomessa.</p><p>Jos "
              "tarvitset apua, ota yhteyttä oman kuntasi maahanmuuttajapalveluihin.</p>",
        "sv": "<p>Tack för dina svar! De hjälper oss att göra tjänsterna för flyktingar i Finland bättre.</p><p>Om "
              "du behöver hjälp kan du kontakta invandrartjänsterna i din kommun.</p>",
        "en": "<p>Thank you for your answers! They help us make services for refugees in Finland better.</p><p>If "
              "you need help, contact the immigrant services in your municipality.</p>",
        "ar": "<p>شكرًا لك على إجاباتك! ستساعدنا على تحسين الخدمات المقدَّمة للاجئين في فنلندا.</p><p>إذا كنت "
              "بحاجة إلى مساعدة، فتواصل مع خدمات المهاجرين في بلديتك.</p>",
        "uk": "<p>Дякуємо за ваші відповіді! Вони допоможуть нам покращити послуги для біженців у Фінляндії.</p>"
              "<p>Якщо вам потрібна допомога, зверніться до служби у справах іммігрантів вашого "
              "муніципалітету.</p>",
    },
    "round_year": 2025,
    "retention_days": 730,
    "sections": [
        # 1: background, all optional ----------------------------------------------------------------------
        {
            "title": {"fi": "Tietoja sinusta", "sv": "Om dig", "en": "About you", "ar": "معلومات عنك",
                      "uk": "Про вас"},
            "intro": {"fi": "<p>Nämä kysymykset ovat vapaaehtoisia. Voit jättää ne tyhjiksi.</p>",
                      "sv": "<p>Frågorna är frivilliga. Du kan hoppa över dem.</p>",
                      "en": "<p>These questions are optional. You can skip them.</p>",
                      "ar": "<p>الإجابة عن هذه الأسئلة اختيارية، ويمكنك تركها دون إجابة.</p>",
                      "uk": "<p>Ці запитання необов’язкові. Ви можете їх пропустити.</p>"},
            "show_if": None,
            "questions": [
                {"type": "single_choice", "code": "age_group",
                 "label": {"fi": "Kuinka vanha olet?", "sv": "Hur gammal är du?", "en": "How old are you?",
                           "ar": "كم عمرك؟", "uk": "Скільки вам років?"},
                 "help_text": None,
                 "required": False, "goal": "", "indicator": "", "show_if": None,
                 "choices": [
                     {"code": "age_18_24",
                      "label": {"fi": "18–24 vuotta", "sv": "18–24 år", "en": "18–24 years",
                                "ar": "من 18 إلى 24 سنة", "uk": "18–24 роки"}},
                     {"code": "age_25_34",
                      "label": {"fi": "25–34 vuotta", "sv": "25–34 år", "en": "25–34 years",
                                "ar": "من 25 إلى 34 سنة", "uk": "25–34 роки"}},
                     {"code": "age_35_44",
                      "label": {"fi": "35–44 vuotta", "sv": "35–44 år", "en": "35–44 years",
                                "ar": "من 35 إلى 44 سنة", "uk": "35–44 роки"}},
                     {"code": "age_45_54",
                      "label": {"fi": "45–54 vuotta", "sv": "45–54 år", "en": "45–54 years",
                                "ar": "من 45 إلى 54 سنة", "uk": "45–54 роки"}},
                     {"code": "age_55_64",
                      "label": {"fi": "55–64 vuotta", "sv": "55–64 år", "en": "55–64 years",
                                "ar": "من 55 إلى 64 سنة", "uk": "55–64 роки"}},
                     {"code": "age_65_plus",
                      "label": {"fi": "65 vuotta tai yli", "sv": "65 år eller äldre", "en": "65 or older",
                                "ar": "65 سنة فأكثر", "uk": "65 років і більше"}},
                 ],
                 "widget": "select"},
                {"type": "municipality", "code": "home_municipality",
                 "label": {"fi": "Missä kunnassa asut?", "sv": "I vilken kommun bor du?",
                           "en": "Which municipality do you live in?", "ar": "في أي بلدية تعيش؟",
                           "uk": "У якому муніципалітеті ви живете?"},
                 "help_text": {"fi": "Emme näytä kuntaa, jos sieltä on vastannut alle 5 ihmistä.",
                               "sv": "Vi visar inte kommunen om färre än 5 personer därifrån har svarat.",
                               "en": "We do not show the municipality if fewer than 5 people from there have "
                                     "answered.",
                               "ar": "لا نعرض اسم البلدية إذا أجاب منها أقل من 5 أشخاص.",
                               "uk": "Ми не показуємо муніципалітет, якщо звідти відповіли менше ніж 5 осіб."},
                 "required": False, "goal": "", "indicator": "", "show_if": None},
                {"type": "single_choice", "code": "time_in_finland",
                 "label": {"fi": "Kuinka kauan olet asunut Suomessa?", "sv": "Hur länge har du bott i Finland?",
                           "en": "How long have you lived in Finland?", "ar": "منذ متى تعيش في فنلندا؟",
                           "uk": "Як довго ви живете у Фінляндії?"},
                 "help_text": None,
                 "required": False, "goal": "", "indicator": "", "show_if": None,
                 "choices": [
                     {"code": "under_6_months",
                      "label": {"fi": "Alle 6 kuukautta", "sv": "Mindre än 6 månader", "en": "Less than 6 months",
                                "ar": "أقل من 6 أشهر", "uk": "Менше ніж 6 місяців"}},
                     {"code": "months_6_to_12",
                      "label": {"fi": "6–12 kuukautta", "sv": "6–12 månader", "en": "6–12 months",
                                "ar": "من 6 إلى 12 شهرًا", "uk": "6–12 місяців"}},
                     {"code": "years_1_to_2",
                      "label": {"fi": "1–2 vuotta", "sv": "1–2 år", "en": "1–2 years",
                                "ar": "من سنة إلى سنتين", "uk": "1–2 роки"}},
                     {"code": "over_2_years",
                      "label": {"fi": "Yli 2 vuotta", "sv": "Mer än 2 år", "en": "More than 2 years",
                                "ar": "أكثر من سنتين", "uk": "Понад 2 роки"}},
                 ],
                 "widget": "radio"},
            ],
        },
        # 2: services --------------------------------------------------------------------------------------
        {
            "title": {"fi": "Palvelut", "sv": "Tjänster", "en": "Services", "ar": "الخدمات", "uk": "Послуги"},
            "intro": {"fi": "<p>Kerro, millaista apua sait ensimmäisinä kuukausina.</p>",
                      "sv": "<p>Berätta om hjälpen du fick de första månaderna.</p>",
                      "en": "<p>Tell us about the help you got in your first months.</p>",
                      "ar": "<p>أخبرنا عن المساعدة التي حصلت عليها في الأشهر الأولى.</p>",
                      "uk": "<p>Розкажіть про допомогу, яку ви отримали в перші місяці.</p>"},
            "show_if": None,
            "questions": [
                {"type": "agreement", "code": "info_clear",
                 "label": {"fi": "Kun muutin kuntaan, sain selkeää tietoa.",
                           "sv": "När jag flyttade till kommunen fick jag tydlig information.",
                           "en": "When I arrived in the municipality, the information I got was clear.",
                           "ar": "عندما وصلتُ إلى البلدية، كانت المعلومات التي حصلتُ عليها واضحة.",
                           "uk": "Інформація, яку мені надали після приїзду до муніципалітету, була "
                                 "зрозумілою."},
                 "help_text": {"fi": "Esimerkiksi tietoa asumisesta, rahasta, kouluista ja palveluista.",
                               "sv": "Till exempel om boende, pengar, skolor och tjänster.",
                               "en": "For example about housing, money, schools and services.",
                               "ar": "مثلًا عن السكن والمال والمدارس والخدمات.",
                               "uk": "Наприклад, про житло, гроші, школи та послуги."},
                 "required": True, "goal": "reception", "indicator": "", "show_if": None},
                {"type": "statement_group", "code": "services",
                 "label": {"fi": "Kuinka samaa mieltä olet näistä lauseista?",
                           "sv": "Hur mycket håller du med om de här påståendena?",
                           "en": "How much do you agree with these sentences?",
                           "ar": "إلى أي مدى توافق على العبارات التالية؟",
                           "uk": "Наскільки ви погоджуєтеся з цими твердженнями?"},
                 "help_text": {"fi": "Valitse yksi vastaus jokaiseen lauseeseen.",
                               "sv": "Välj ett svar för varje påstående.",
                               "en": "Choose one answer for each sentence.",
                               "ar": "اختر إجابة واحدة لكل عبارة.",
                               "uk": "Оберіть одну відповідь для кожного твердження."},
                 "required": True, "goal": "reception", "indicator": "", "show_if": None,
                 "statements": [
                     {"code": "service_housing",
                      "label": {"fi": "Sain apua asumiseen.", "sv": "Jag fick hjälp med boendet.",
                                "en": "I got help with housing.", "ar": "حصلتُ على مساعدة في السكن.",
                                "uk": "Мені допомогли з житлом."}},
                     {"code": "service_language_course",
                      "label": {"fi": "Pääsin suomen tai ruotsin kielen kurssille.",
                                "sv": "Jag fick plats på en kurs i finska eller svenska.",
                                "en": "I got a place on a Finnish or Swedish language course.",
                                "ar": "حصلتُ على مكان في دورة لتعلّم اللغة الفنلندية أو السويدية.",
                                "uk": "Для мене знайшлося місце на курсі фінської або шведської мови."}},
                     {"code": "service_health",
                      "label": {"fi": "Sain terveyspalveluja, kun tarvitsin.",
                                "sv": "Jag fick hälso- och sjukvård när jag behövde.",
                                "en": "I got health services when I needed them.",
                                "ar": "حصلتُ على الخدمات الصحية عندما احتجتُ إليها.",
                                "uk": "Мені надавали медичну допомогу, коли вона була потрібна."}},
                     {"code": "service_work",
                      "label": {"fi": "Sain apua työn etsimiseen.", "sv": "Jag fick hjälp att söka arbete.",
                                "en": "I got help finding work.", "ar": "حصلتُ على مساعدة في البحث عن عمل.",
                                "uk": "Мені допомагали шукати роботу."}},
                 ]},
                {"type": "yes_no", "code": "had_interpreter",
                 "label": {"fi": "Saitko tulkin, kun tarvitsit?", "sv": "Fick du tolk när du behövde?",
                           "en": "Did you have an interpreter when you needed one?",
                           "ar": "هل كان لديك مترجم فوري عندما احتجتَ إليه؟",
                           "uk": "Чи мали ви перекладача, коли він був потрібен?"},
                 "help_text": {"fi": "Esimerkiksi lääkärissä tai sosiaalitoimistossa. Jos et tarvinnut tulkkia, "
                                     "jätä tämä tyhjäksi.",
                               "sv": "Till exempel hos läkaren eller på socialbyrån. Om du inte behövde tolk kan "
                                     "du hoppa över frågan.",
                               "en": "For example at the doctor's or at the social services office. If you did "
                                     "not need an interpreter, skip this question.",
                               "ar": "مثلًا عند الطبيب أو في مكتب الخدمات الاجتماعية. إذا لم تحتج إلى مترجم، "
                                     "فاترك هذا السؤال دون إجابة.",
                               "uk": "Наприклад, у лікаря або в соціальній службі. Якщо перекладач не був "
                                     "потрібен, пропустіть це запитання."},
                 "required": False, "goal": "reception", "indicator": "", "show_if": None},
            ],
        },
        # 3: feedback --------------------------------------------------------------------------------------
        {
            "title": {"fi": "Palautteesi", "sv": "Din respons", "en": "Your feedback", "ar": "رأيك",
                      "uk": "Ваш відгук"},
            "intro": None,
            "show_if": None,
            "questions": [
                {"type": "agreement", "code": "feel_welcome",
                 "label": {"fi": "Tunnen, että olen tervetullut kuntaan, jossa asun.",
                           "sv": "Jag känner mig välkommen i kommunen där jag bor.",
                           "en": "I feel welcome in the municipality where I live.",
                           "ar": "أشعر بأنني مُرحَّب بي في البلدية التي أعيش فيها.",
                           "uk": "Я відчуваю, що мені раді в муніципалітеті, де я живу."},
                 "help_text": None,
                 "required": True, "goal": "participation", "indicator": "", "show_if": None},
                {"type": "agreement", "code": "activity_helpful",
                 "label": {"fi": "Saamani tuki on auttanut minua kotoutumaan Suomeen.",
                           "sv": "Stödet jag har fått har hjälpt mig att integreras i Finland.",
                           "en": "The support I have received has helped me to integrate in Finland.",
                           "ar": "ساعدني الدعم الذي حصلتُ عليه على الاندماج في فنلندا.",
                           "uk": "Отримана підтримка допомогла мені інтегруватися у Фінляндії."},
                 "help_text": {"fi": "Esimerkiksi kielen oppiminen, opiskelu, työ ja se, että Suomi tuntuu "
                                     "kodilta.",
                               "sv": "Till exempel att lära sig språket, studera, arbeta och känna sig hemma i "
                                     "Finland.",
                               "en": "For example learning the language, studying, working and feeling at home "
                                     "in Finland.",
                               "ar": "مثلًا: تعلّم اللغة، والدراسة، والعمل، والشعور بأن فنلندا أصبحت وطنًا لك.",
                               "uk": "Наприклад, вивчати мову, навчатися, працювати й почуватися у Фінляндії як "
                                     "удома."},
                 "required": True, "goal": "reception", "indicator": "amif_result_helpful", "show_if": None},
                {"type": "multiple_choice", "code": "helped_most",
                 "label": {"fi": "Mikä on auttanut sinua eniten?", "sv": "Vad har hjälpt dig mest?",
                           "en": "What has helped you most?", "ar": "ما الذي ساعدك أكثر من غيره؟",
                           "uk": "Що вам допомогло найбільше?"},
                 "help_text": {"fi": "Voit valita monta.", "sv": "Du kan välja flera.",
                               "en": "You can choose more than one.", "ar": "يمكنك اختيار أكثر من إجابة.",
                               "uk": "Можна вибрати кілька варіантів."},
                 "required": False, "goal": "reception", "indicator": "", "show_if": None,
                 "choices": [
                     {"code": "guidance",
                      "label": {"fi": "Ohjaus ja neuvonta kunnassa", "sv": "Handledning och rådgivning i kommunen",
                                "en": "Guidance and advice from the municipality",
                                "ar": "الإرشاد والاستشارة في البلدية",
                                "uk": "Консультації та супровід у муніципалітеті"}},
                     {"code": "language_course",
                      "label": {"fi": "Kielikurssi", "sv": "Språkkurs", "en": "Language course",
                                "ar": "دورة اللغة", "uk": "Мовний курс"}},
                     {"code": "housing_help",
                      "label": {"fi": "Apu asumisessa", "sv": "Hjälp med boendet", "en": "Help with housing",
                                "ar": "المساعدة في السكن", "uk": "Допомога з житлом"}},
                     {"code": "work_study_help",
                      "label": {"fi": "Apu työn tai opiskelupaikan etsimisessä",
                                "sv": "Hjälp att hitta arbete eller studieplats",
                                "en": "Help finding work or a place to study",
                                "ar": "المساعدة في إيجاد عمل أو مكان للدراسة",
                                "uk": "Допомога в пошуку роботи або місця навчання"}},
                     {"code": "health_services",
                      "label": {"fi": "Terveyspalvelut", "sv": "Hälso- och sjukvård", "en": "Health services",
                                "ar": "الخدمات الصحية", "uk": "Медичні послуги"}},
                     {"code": "daycare_school",
                      "label": {"fi": "Lasten päiväkoti ja koulu", "sv": "Barnens daghem och skola",
                                "en": "Children's day care and school", "ar": "روضة الأطفال والمدرسة",
                                "uk": "Дитячий садок і школа"}},
                     {"code": "volunteers",
                      "label": {"fi": "Vapaaehtoiset ja järjestöt", "sv": "Volontärer och organisationer",
                                "en": "Volunteers and NGOs", "ar": "المتطوعون والجمعيات",
                                "uk": "Волонтери та громадські організації"}},
                     {"code": "friends_community",
                      "label": {"fi": "Ystävät ja oma yhteisö", "sv": "Vänner och den egna gemenskapen",
                                "en": "Friends and my own community", "ar": "الأصدقاء وأبناء الجالية",
                                "uk": "Друзі та своя спільнота"}},
                 ],
                 "allow_other": True},
                {"type": "long_text", "code": "anything_else",
                 "label": {"fi": "Haluatko kertoa vielä jotain?", "sv": "Vill du berätta något mer?",
                           "en": "Is there anything else you want to tell us?",
                           "ar": "هل تريد أن تخبرنا بشيء آخر؟", "uk": "Хочете розповісти ще щось?"},
                 "help_text": {"fi": "Voit kirjoittaa omalla kielelläsi. Älä kirjoita nimeäsi tai muita tietoja, "
                                     "joista sinut voi tunnistaa.",
                               "sv": "Du kan skriva på ditt eget språk. Skriv inte ditt namn eller annat som "
                                     "visar vem du är.",
                               "en": "You can write in your own language. Do not write your name or anything "
                                     "else that shows who you are.",
                               "ar": "يمكنك الكتابة بلغتك. لا تكتب اسمك أو أي معلومات أخرى تكشف هويتك.",
                               "uk": "Можете писати своєю мовою. Не пишіть свого імені чи іншої інформації, за "
                                     "якою вас можна впізнати."},
                 "required": False, "goal": "", "indicator": "", "show_if": None,
                 "max_length": 2000},
            ],
        },
    ],
}
