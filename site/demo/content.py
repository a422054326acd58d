"""Demo content for Kuntaan, in Finnish, Swedish and English.

Pure data: no imports, no code.

Sources:
- Työ- ja elinkeinoministeriö, asettamispäätös VN/11845/2022 (26.4.2022): Työ- ja elinkeinoministeriön
  pakolaisten kuntiin ohjaamisen ja kotoutumisen tuen toimintaohjelman asettaminen (goals, means, target
  group, organisation, steering group, funding, evaluation).
- Forssan seudun kotouttamisohjelma 2021-2024, liite 6 "Kotouttamisen vastuunjako" (who does what in
  integration), updated for the wellbeing services counties (2023), the employment services reform (2025) and
  the ELY centres becoming ten elinvoimakeskus on 1 January 2026.
- DESIGN.md of this project (survey and anonymity rules used in the privacy and accessibility texts).

Projects, news items, events, steering-group role titles, working groups and all figures other than those of
the founding decision are fictional demo content. No personal names appear except the steering group's chair
and vice chair named in the decision. E-mail addresses use *.example.fi domains.

Conventions: every human text is a dict {"fi": ..., "sv": ..., "en": ...}; HTML uses only p, a, ul, ol, li,
strong, em and h3; BLOCKS are lists of ("heading", text) or ("paragraph", html) tuples; municipality codes are
Statistics Finland's 3-digit codes and region codes its 2-digit maakunta codes.
"""

# The data below is wrapped by hand to stay compact; ruff format would make it a third longer.
# fmt: off

HOME = {
    "title": {"fi": "Pakolaisten kuntiin ohjaamisen ja kotoutumisen tuen toimintaohjelma",
              "sv": "Åtgärdsprogrammet för anvisning av flyktingar till kommuner och stöd för integration",
              "en": "Action programme for placing refugees in municipalities and supporting their "
                    "integration"},
    "hero_title": {"fi": "Hyvä alku uudessa kotikunnassa",
                   "sv": "En bra start i den nya hemkommunen",
                   "en": "A good start in a new home municipality"},
    "hero_text": {"fi": "Toimintaohjelma tukee pakolaisia vastaanottavia kuntia ja kehittää kotoutumisen "
                        "alkuvaiheen palveluja yhdessä alueiden ja järjestöjen kanssa. Ohjelma toimii "
                        "vuosina 2022–2027 EU:n AMIF-rahaston tuella.",
                  "sv": "Programmet stöder kommuner som tar emot flyktingar och utvecklar tjänsterna i "
                        "integrationens inledande skede tillsammans med regionerna och organisationerna. "
                        "Programmet pågår 2022–2027 med stöd från EU:s fond AMIF.",
                  "en": "The programme supports municipalities that receive refugees and develops early "
                        "integration services together with regional authorities and NGOs. It runs from "
                        "2022 to 2027 with support from the EU's Asylum, Migration and Integration Fund "
                        "(AMIF)."},
    "body": [
        ("heading", {"fi": "Mistä on kyse?", "sv": "Vad handlar det om?", "en": "What is it about?"}),
        ("paragraph", {"fi": "<p>Työ- ja elinkeinoministeriö asetti toimintaohjelman 26.4.2022 "
                             "(VN/11845/2022). Ohjelmalla sujuvoitetaan pakolaisten kuntiin ohjaamista, "
                             "tuetaan vastaanottoa ja alkuvaiheen kotoutumispalveluja sekä edistetään "
                             "pakolaisten osallisuutta ja yhteiskunnan vastaanottavuutta.</p><p>Rahoitus "
                             "tulee Turvapaikka-, maahanmuutto- ja kotouttamisrahaston (AMIF) "
                             "uudelleensijoittamisen erillismäärärahasta. Sen suuruus määräytyy Suomeen "
                             "vastaanotettujen kiintiöpakolaisten määrän mukaan.</p>",
                       "sv": "<p>Arbets- och näringsministeriet tillsatte åtgärdsprogrammet den 26 april "
                             "2022 (VN/11845/2022). Programmet ska göra anvisningen av flyktingar till "
                             "kommuner smidigare, stödja mottagandet och integrationstjänsterna i det "
                             "inledande skedet samt främja flyktingarnas delaktighet och samhällets "
                             "mottaglighet.</p><p>Finansieringen kommer från det särskilda anslaget för "
                             "vidarebosättning i Asyl-, migrations- och integrationsfonden (AMIF). "
                             "Anslagets storlek beror på hur många kvotflyktingar Finland har tagit "
                             "emot.</p>",
                       "en": "<p>The Ministry of Economic Affairs and Employment set up the action "
                             "programme on 26 April 2022 (VN/11845/2022). The programme makes the "
                             "placement of refugees in municipalities smoother, supports reception and "
                             "early integration services, and promotes refugees' participation and the "
                             "receptiveness of society.</p><p>The funding comes from the specific "
                             "resettlement allocation of the Asylum, Migration and Integration Fund "
                             "(AMIF). Its size depends on the number of quota refugees Finland has "
                             "received.</p>"}),
        ("heading", {"fi": "Kunnille", "sv": "För kommuner", "en": "For municipalities"}),
        ("paragraph", {"fi": "<p>Pakolaisia vastaanottavat kunnat voivat saada <strong>lisätukea</strong> "
                             "kotoutumisen edistämisestä annetun lain mukaisten korvausten lisäksi. Tältä "
                             "sivustolta löydät kehittämishankkeet, koulutukset ja Pakolaisesta "
                             "kuntalaiseksi -verkoston tapaamiset.</p><p>Kunnat vastaavat myös ohjelman "
                             "vuosittaisiin kyselyihin. Tuloksia käytetään toiminnan suunnittelussa ja "
                             "ohjelman arvioinnissa.</p>",
                       "sv": "<p>Kommuner som tar emot flyktingar kan få <strong>tilläggsstöd</strong> "
                             "utöver ersättningarna enligt lagen om främjande av integration. På den här "
                             "webbplatsen hittar du utvecklingsprojekt, utbildningar och träffar för "
                             "nätverket Från flykting till kommuninvånare.</p><p>Kommunerna svarar också på "
                             "programmets årliga enkäter. Resultaten används i planeringen av verksamheten "
                             "och i utvärderingen av programmet.</p>",
                       "en": "<p>Municipalities that receive refugees can get <strong>supplementary "
                             "payments</strong> in addition to the compensation paid under the Act on the "
                             "Promotion of Integration. On this website you will find development "
                             "projects, training and the meetings of the From Refugee to Resident "
                             "network.</p><p>Municipalities also answer the programme's yearly surveys. "
                             "The results are used to plan the work and to evaluate the programme.</p>"}),
    ],
}

PROGRAMME = {
    "slug": {"fi": "toimintaohjelma", "sv": "programmet", "en": "programme"},
    "title": {"fi": "Tietoa toimintaohjelmasta", "sv": "Om programmet", "en": "About the programme"},
    "lead": {"fi": "Työ- ja elinkeinoministeriön toimintaohjelma tukee pakolaisten kuntiin ohjaamista ja "
                   "kotoutumisen tuen kehittämistä AMIF-rahaston ohjelmakaudella 2021–2027. Toimikausi on "
                   "26.4.2022–31.12.2027.",
             "sv": "Arbets- och näringsministeriets åtgärdsprogram stöder anvisningen av flyktingar till "
                   "kommuner och utvecklingen av integrationsstödet under AMIF-fondens programperiod "
                   "2021–2027. Programmet löper 26.4.2022–31.12.2027.",
             "en": "The Ministry of Economic Affairs and Employment's action programme supports the "
                   "placement of refugees in municipalities and the development of integration support "
                   "during the AMIF programming period 2021–2027. It runs from 26 April 2022 to 31 "
                   "December 2027."},
    "decision_reference": "VN/11845/2022",
    "period_start": "2022-04-26",
    "period_end": "2027-12-31",
    "goals": [
        {"code": "placement",
         "title": {"fi": "Sujuva kuntiin ohjaaminen",
                   "sv": "Smidig anvisning till kommuner",
                   "en": "Smooth placement in municipalities"},
         "description": {"fi": "Pakolaisten kuntiin ohjaamista sujuvoitetaan ja kuntapaikkojen saatavuus "
                               "varmistetaan. Kunnat saavat tietoa, tukea ja lisärahoitusta, jotta ne "
                               "voivat tarjota kuntapaikkoja ennakoidusti.",
                         "sv": "Anvisningen av flyktingar till kommuner görs smidigare och tillgången till "
                               "kommunplatser tryggas. Kommunerna får information, stöd och "
                               "tilläggsfinansiering så att de kan erbjuda kommunplatser i god tid.",
                         "en": "Placing refugees in municipalities is made smoother and the availability "
                               "of municipal places is secured. Municipalities receive information, "
                               "support and additional funding so that they can offer places in a planned "
                               "way."}},
        {"code": "reception",
         "title": {"fi": "Vastaanotto ja alkuvaiheen palvelut",
                   "sv": "Mottagande och tjänster i inledningsskedet",
                   "en": "Reception and early integration services"},
         "description": {"fi": "Ohjelma tukee pakolaisten vastaanoton ja kotoutumisen alkuvaiheen "
                               "palveluiden järjestämistä kunnissa. Tavoitteena on, että palvelut "
                               "käynnistyvät heti kuntaan saapumisen jälkeen ja vastaavat eri-ikäisten "
                               "tarpeisiin.",
                         "sv": "Programmet stöder kommunerna i att ordna mottagandet av flyktingar och "
                               "tjänsterna i integrationens inledande skede. Målet är att tjänsterna kommer "
                               "i gång direkt efter ankomsten till kommunen och motsvarar behoven hos "
                               "personer i olika åldrar.",
                         "en": "The programme supports municipalities in organising the reception of "
                               "refugees and early integration services. The aim is that services start "
                               "as soon as people arrive in the municipality and meet the needs of people "
                               "of all ages."}},
        {"code": "participation",
         "title": {"fi": "Osallisuus ja vastaanottavuus",
                   "sv": "Delaktighet och mottaglighet",
                   "en": "Participation and receptiveness"},
         "description": {"fi": "Ohjelma edistää pakolaisten osallisuutta ja yhteiskunnan vastaanottavuutta. "
                               "Pakolaisten omat kokemukset otetaan mukaan palveluiden kehittämiseen.",
                         "sv": "Programmet främjar flyktingarnas delaktighet och samhällets mottaglighet. "
                               "Flyktingarnas egna erfarenheter tas till vara när tjänsterna utvecklas.",
                         "en": "The programme promotes refugees' participation and the receptiveness of "
                               "society. Refugees' own experiences are used in developing services."}},
    ],
    "means": [
        {"code": "payments",
         "title": {"fi": "Taloudelliset lisätuet",
                   "sv": "Ekonomiska tilläggsstöd",
                   "en": "Supplementary payments"},
         "description": {"fi": "Kunnille maksetaan kotoutumisen edistämisestä annetun lain mukaisten "
                               "korvausten lisäksi lisätukia. Niillä tuetaan kuntapaikkojen saatavuutta "
                               "sekä vastaanoton ja alkuvaiheen palveluiden järjestämistä ja kehittämistä. "
                               "Maksatuksesta vastaa KEHA-keskus.",
                         "sv": "Utöver ersättningarna enligt lagen om främjande av integration betalas "
                               "tilläggsstöd till kommunerna. Stöden främjar tillgången till kommunplatser "
                               "och hjälper kommunerna att ordna och utveckla mottagandet och tjänsterna i "
                               "inledningsskedet. UF-centret sköter utbetalningen.",
                         "en": "In addition to the compensation paid under the Act on the Promotion of "
                               "Integration, municipalities receive supplementary payments. They support "
                               "the availability of municipal places and the organisation and development "
                               "of reception and early services. The KEHA Centre makes the payments."}},
        {"code": "information",
         "title": {"fi": "Informaatio-ohjaus", "sv": "Informationsstyrning", "en": "Information steering"},
         "description": {"fi": "Vastaanoton ja kotoutumisen tuen tietopohjaa ja osaamista vahvistetaan, ja "
                               "hyviä käytäntöjä jaetaan viestinnän, verkostotyön, selvitysten, koulutusten "
                               "ja tilaisuuksien avulla.",
                         "sv": "Kunskapsunderlaget och kompetensen inom mottagande och integrationsstöd "
                               "stärks, och goda praxis sprids genom kommunikation, nätverksarbete, "
                               "utredningar, utbildningar och evenemang.",
                         "en": "The knowledge base and expertise in reception and integration support are "
                               "strengthened, and good practices are shared through communication, "
                               "networking, studies, training and events."}},
        {"code": "development",
         "title": {"fi": "Kehittämishankkeet", "sv": "Utvecklingsprojekt", "en": "Development projects"},
         "description": {"fi": "Kuntiin ohjaamista ja pakolaisten kotoutumispalveluja kehitetään "
                               "valtakunnallisissa ja alueellisissa hankkeissa.",
                         "sv": "Anvisningen till kommuner och integrationstjänsterna för flyktingar "
                               "utvecklas i nationella och regionala projekt.",
                         "en": "The placement of refugees in municipalities and integration services for "
                               "refugees are developed in national and regional projects."}},
    ],
    "target_group": {"fi": "<p>Toiminnan kohderyhmänä ovat pakolaisten vastaanoton ja kotoutumisen "
                           "edistämisen toimijat, erityisesti <strong>pakolaisia vastaanottavat "
                           "kunnat</strong>.</p><p>Toiminnasta hyötyvät kiintiöpakolaiset sekä muut "
                           "kansainvälistä suojelua saavat tai heihin rinnastuvat, humanitaarisista syistä "
                           "Suomeen saapuneet.</p>",
                     "sv": "<p>Målgruppen är de aktörer som arbetar med mottagande av flyktingar och "
                           "främjande av integration, särskilt <strong>kommuner som tar emot "
                           "flyktingar</strong>.</p><p>Verksamheten gagnar kvotflyktingar och andra som har "
                           "fått internationellt skydd eller som jämställs med dem och som har kommit till "
                           "Finland av humanitära skäl.</p>",
                     "en": "<p>The programme is aimed at organisations that receive refugees and promote "
                           "their integration, above all <strong>municipalities that receive "
                           "refugees</strong>.</p><p>The people who benefit are quota refugees and others "
                           "who have been granted international protection or are in a comparable position "
                           "and have come to Finland on humanitarian grounds.</p>"},
    "organisation": {"fi": "<p>Toimintaohjelmaa hallinnoidaan työ- ja elinkeinoministeriön Työvoiman "
                           "maahanmuutto ja kotouttaminen (MAKO) -yksikössä. Toimintaa valmistelee ja "
                           "koordinoi yksikön Kotouttaminen-tiimi, joka koordinoi myös ministeriön "
                           "hallinnonalan hankkeita. Ohjelmaa toteutetaan yhteistyössä kotoutumisen "
                           "osaamiskeskuksen kanssa.</p><ul><li><strong>Ohjausryhmä</strong> tuo "
                           "monialaista tietoa toiminnan suunnitteluun.</li><li><strong>Temaattiset "
                           "yhteistyöryhmät</strong> tukevat ja kehittävät ohjelman toimintaa.</li><li>"
                           "<strong>Elinvoimakeskusten maahanmuuttoyhdyshenkilöt</strong> (vuoteen 2025 "
                           "ELY-keskukset) koordinoivat kuntiin ohjaamista alueilla.</li><li><strong>"
                           "KEHA-keskus</strong> vastaa kuntien lisätukien maksatuksesta ja siihen "
                           "tarvittavasta järjestelmäkehityksestä.</li><li><strong>Pakolaisesta "
                           "kuntalaiseksi -verkosto</strong> kokoaa yhteen vastaanoton ja kotoutumisen tuen "
                           "toimijat.</li></ul><p>Kumppanuuksia, verkostotyötä ja pakolaisten osallisuutta "
                           "edistävää toimintaa toteutetaan osana ministeriön kotoutumisen "
                           "kumppanuusohjelmaa.</p>",
                     "sv": "<p>Programmet administreras av arbets- och näringsministeriets enhet för "
                           "arbetskraftsinvandring och integration (MAKO). Enhetens integrationsteam "
                           "bereder och samordnar verksamheten och samordnar också projekten inom "
                           "ministeriets förvaltningsområde. Programmet genomförs i samarbete med "
                           "Kompetenscentret för integration av invandrare.</p><ul><li><strong>"
                           "Styrgruppen</strong> bidrar med sektorsövergripande kunskap till "
                           "planeringen.</li><li><strong>Tematiska samarbetsgrupper</strong> stöder och "
                           "utvecklar programmets verksamhet.</li><li><strong>Livskraftscentralernas "
                           "kontaktpersoner för invandring</strong> (till och med 2025 NTM-centralerna) "
                           "samordnar anvisningen till kommuner i regionerna.</li><li><strong>"
                           "UF-centret</strong> ansvarar för utbetalningen av tilläggsstöden till "
                           "kommunerna och för den systemutveckling som utbetalningen kräver.</li><li>"
                           "<strong>Nätverket Från flykting till kommuninvånare</strong> (Pakolaisesta "
                           "kuntalaiseksi) samlar aktörerna inom mottagande och integrationsstöd.</li></ul>"
                           "<p>Partnerskap, nätverksarbete och verksamhet som främjar flyktingarnas "
                           "delaktighet genomförs som en del av ministeriets partnerskapsprogram för "
                           "integration.</p>",
                     "en": "<p>The programme is administered by the Labour Migration and Integration Unit "
                           "(MAKO) of the Ministry of Economic Affairs and Employment. The unit's "
                           "Integration team prepares and coordinates the work and also coordinates the "
                           "projects within the ministry's branch of government. The programme works "
                           "together with the Centre of Expertise in Immigrant Integration.</p><ul><li>The "
                           "<strong>steering group</strong> brings cross-sectoral knowledge into "
                           "planning.</li><li><strong>Thematic working groups</strong> support and develop "
                           "the programme's work.</li><li>The <strong>migration contact persons of the "
                           "Economic Development Centres</strong> (ELY Centres until 2025) coordinate "
                           "placement in municipalities in their regions.</li><li>The <strong>KEHA "
                           "Centre</strong> pays the supplementary payments to municipalities and develops "
                           "the systems needed for them.</li><li>The <strong>From Refugee to Resident "
                           "network</strong> (Pakolaisesta kuntalaiseksi) brings together those who work "
                           "in reception and integration support.</li></ul><p>Partnerships, networking and "
                           "activities that promote refugees' participation are carried out as part of the "
                           "ministry's Integration Partnership Programme.</p>"},
    "funding": {"fi": "<p>Toimintaohjelma rahoitetaan AMIF-rahaston uudelleensijoittamisen "
                      "erillismäärärahalla (AMIF-asetuksen 19 artikla). Määrärahaa myönnetään <strong>10 "
                      "000 euroa jokaisesta uudelleensijoitetusta pakolaisesta</strong>, jonka Suomi on "
                      "vastaanottanut uudelleensijoittamisohjelmansa kautta.</p><p>Vuoden 2022 "
                      "talousarviossa työ- ja elinkeinoministeriön hallinnonalan osuus oli <strong>7,35 "
                      "miljoonaa euroa</strong>. Se vastaa 70 prosenttia vuoden 2021 pakolaiskiintiön (1 "
                      "050 henkilöä) perusteella tuloutuvasta määrärahasta. Kokonaismääräraha ja "
                      "ministeriön osuus vahvistuvat vuosittain, kun eduskunta hyväksyy talousarvion.</p><p>"
                      "Määrärahaa voidaan käyttää</p><ul><li>uudelleensijoittamisen ja kuntaan "
                      "sijoittamisen tietojärjestelmien kehittämiseen ja tarvittavan välineistön "
                      "hankintaan</li><li>lisätukiin, joita maksetaan kunnille kotoutumisen edistämisestä "
                      "annetun lain mukaisten korvausten lisänä</li><li>pakolaisten kuntaan sijoittamisen "
                      "kehittämiseen.</li></ul><p>Pääosa määrärahasta käytetään pakolaisia vastaanottaville "
                      "kunnille maksettaviin lisätukiin. Määräraha tuloutuu Euroopan komissiolta "
                      "sisäministeriön momentille 26.01.26, ja sen budjetointi vahvistetaan vuosittaisessa "
                      "toimintasuunnitelmassa.</p>",
                "sv": "<p>Programmet finansieras med AMIF-fondens särskilda anslag för vidarebosättning "
                      "(artikel 19 i AMIF-förordningen). Anslaget beviljas med <strong>10 000 euro för "
                      "varje vidarebosatt flykting</strong> som Finland har tagit emot genom sitt "
                      "vidarebosättningsprogram.</p><p>I budgeten för 2022 var andelen för arbets- och "
                      "näringsministeriets förvaltningsområde <strong>7,35 miljoner euro</strong>. Det "
                      "motsvarar 70 procent av det anslag som intäktsförs på basis av flyktingkvoten för "
                      "2021 (1 050 personer). Det totala anslaget och ministeriets andel fastställs årligen "
                      "när riksdagen godkänner budgeten.</p><p>Anslaget kan användas till</p><ul><li>"
                      "utveckling av informationssystem för vidarebosättning och anvisning till kommuner "
                      "samt anskaffning av den utrustning som behövs</li><li>tilläggsstöd som betalas till "
                      "kommunerna utöver ersättningarna enligt lagen om främjande av integration</li><li>"
                      "utveckling av anvisningen av flyktingar till kommuner.</li></ul><p>Huvuddelen av "
                      "anslaget går till tilläggsstöd till kommuner som tar emot flyktingar. Anslaget "
                      "intäktsförs från Europeiska kommissionen till inrikesministeriets moment 26.01.26, "
                      "och budgeteringen fastställs i den årliga verksamhetsplanen.</p>",
                "en": "<p>The programme is funded from the AMIF specific allocation for resettlement "
                      "(Article 19 of the AMIF Regulation). The allocation is <strong>EUR 10,000 for each "
                      "resettled refugee</strong> that Finland has received through its resettlement "
                      "programme.</p><p>In the 2022 budget, the share of the Ministry of Economic Affairs "
                      "and Employment's branch of government was <strong>EUR 7.35 million</strong>. This "
                      "is 70 per cent of the allocation based on the 2021 refugee quota (1,050 persons). "
                      "The total allocation and the ministry's share are confirmed each year when "
                      "Parliament approves the budget.</p><p>The funds can be used for</p><ul><li>"
                      "developing information systems for resettlement and placement in municipalities, "
                      "and buying the equipment needed</li><li>supplementary payments to municipalities in "
                      "addition to the compensation paid under the Act on the Promotion of Integration</li>"
                      "<li>developing the placement of refugees in municipalities.</li></ul><p>Most of the "
                      "funds go to supplementary payments to municipalities that receive refugees. The "
                      "European Commission pays the allocation to the Ministry of the Interior's budget "
                      "item 26.01.26, and the budget for each year is set in the annual action plan.</p>"},
    "evaluation": {"fi": "<p>Työ- ja elinkeinoministeriö täsmentää ohjelman toimintaa <strong>vuosittain "
                         "päivitettävässä toimintasuunnitelmassa</strong>. Ministeriö raportoi määrärahan "
                         "käytöstä vuosittain helmikuun loppuun mennessä sisäasioiden rahastojen "
                         "kansalliselle vastuuviranomaiselle eli sisäministeriölle.</p><p>Ohjelman "
                         "tavoitteista ja toteutuksesta tehtiin <strong>väliarviointi vuonna 2025</strong>, "
                         "ohjelmakauden puolivälissä. Arvioinnin havainnot on otettu huomioon vuosien 2026 "
                         "ja 2027 toimintasuunnitelmissa.</p><p>Seurannassa käytetään muun muassa "
                         "AMIF-rahaston indikaattoreita, kuten</p><ul><li>niiden paikallisten ja "
                         "alueellisten viranomaisten määrä, joita on tuettu kotoutumistoimien "
                         "toteuttamisessa (tuotosindikaattori)</li><li>niiden osallistujien määrä, joiden "
                         "mukaan toiminnasta oli hyötyä heidän kotoutumiselleen (tulosindikaattori).</li>"
                         "</ul><p>Tietoa kerätään kunnille suunnatuilla kyselyillä ja pakolaisten "
                         "nimettömillä palautekyselyillä.</p>",
                   "sv": "<p>Arbets- och näringsministeriet preciserar programmets verksamhet i en <strong>"
                         "verksamhetsplan som uppdateras årligen</strong>. Ministeriet rapporterar varje år "
                         "före utgången av februari om hur anslaget har använts till den nationella "
                         "ansvariga myndigheten för fonderna för inrikes frågor, det vill säga "
                         "inrikesministeriet.</p><p>En <strong>halvtidsutvärdering</strong> av programmets "
                         "mål och genomförande gjordes <strong>2025</strong>, mitt i programperioden. "
                         "Utvärderingens iakttagelser har beaktats i verksamhetsplanerna för 2026 och "
                         "2027.</p><p>Uppföljningen bygger bland annat på AMIF-fondens indikatorer, till "
                         "exempel</p><ul><li>antalet lokala och regionala myndigheter som har fått stöd för "
                         "att genomföra integrationsåtgärder (outputindikator)</li><li>antalet deltagare "
                         "som anser att verksamheten har varit till nytta för deras integration "
                         "(resultatindikator).</li></ul><p>Uppgifterna samlas in med enkäter till "
                         "kommunerna och anonyma responsenkäter till flyktingar.</p>",
                   "en": "<p>The Ministry of Economic Affairs and Employment specifies the programme's "
                         "activities in an <strong>action plan updated every year</strong>. Each year, by "
                         "the end of February, the ministry reports on the use of the funds to the "
                         "Ministry of the Interior, the national responsible authority for the home "
                         "affairs funds.</p><p>A <strong>mid-term evaluation</strong> of the programme's "
                         "goals and implementation was carried out in <strong>2025</strong>, halfway "
                         "through the programming period. Its findings have been taken into account in the "
                         "action plans for 2026 and 2027.</p><p>Monitoring uses AMIF indicators such as</p>"
                         "<ul><li>the number of local and regional authorities supported to implement "
                         "integration measures (output indicator)</li><li>the number of participants who "
                         "report that the activity was helpful for their integration (result "
                         "indicator).</li></ul><p>Data are collected through surveys of municipalities and "
                         "anonymous feedback surveys of refugees.</p>"},
    "steering_group_intro": {"fi": "<p>Toimintaohjelmalle on asetettu ohjausryhmä, jonka tehtävänä on tuoda "
                                   "monialaista tietopohjaa toiminnan suunnitteluun. Ohjausryhmään on "
                                   "nimetty jäsen ja varajäsen elinvoimakeskuksista (aiemmin "
                                   "ELY-keskukset), kunnista, KEHA-keskuksesta, Maahanmuuttovirastosta, "
                                   "Kuntaliitosta, Suomen Pakolaisavusta, Suomen Punaisesta Rististä ja "
                                   "sosiaali- ja terveysministeriöstä.</p><p>Toimintaohjelman "
                                   "koordinaatiosta vastaava henkilöstö valmistelee ohjausryhmän kokoukset "
                                   "ja toimii sihteerinä.</p>",
                             "sv": "<p>En styrgrupp har tillsatts för programmet. Dess uppgift är att bidra "
                                   "med sektorsövergripande kunskap till planeringen av verksamheten. "
                                   "Styrgruppen har en ledamot och en ersättare från livskraftscentralerna "
                                   "(tidigare NTM-centralerna), kommunerna, UF-centret, Migrationsverket, "
                                   "Finlands Kommunförbund, Finlands Flyktinghjälp, Finlands Röda Kors och "
                                   "social- och hälsovårdsministeriet.</p><p>Den personal som samordnar "
                                   "programmet bereder styrgruppens möten och sköter "
                                   "sekreteraruppgifterna.</p>",
                             "en": "<p>The programme has a steering group whose task is to bring "
                                   "cross-sectoral knowledge into planning. The group has a member and a "
                                   "deputy member from the Economic Development Centres (formerly ELY "
                                   "Centres), municipalities, the KEHA Centre, the Finnish Immigration "
                                   "Service, the Association of Finnish Municipalities, the Finnish "
                                   "Refugee Council, the Finnish Red Cross and the Ministry of Social "
                                   "Affairs and Health.</p><p>The staff who coordinate the programme "
                                   "prepare the steering group's meetings and act as its secretaries.</p>"},
    "chair": {
        "name": "Paula Karjalainen",
        "title": {"fi": "neuvotteleva virkamies, tiimiesimies, työ- ja elinkeinoministeriö",
                  "sv": "konsultativ tjänsteman, teamchef, arbets- och näringsministeriet",
                  "en": "Ministerial Adviser, Team Leader, Ministry of Economic Affairs and Employment"},
    },
    "vice_chair": {
        "name": "Katja Vänskä-Rajala",
        "title": {"fi": "erityisasiantuntija, työ- ja elinkeinoministeriö",
                  "sv": "specialsakkunnig, arbets- och näringsministeriet",
                  "en": "Senior Specialist, Ministry of Economic Affairs and Employment"},
    },
}

ORGANISATIONS = [
    {"key": "tem",
     "kind": "ministry",
     "name": {"fi": "Työ- ja elinkeinoministeriö",
              "sv": "Arbets- och näringsministeriet",
              "en": "Ministry of Economic Affairs and Employment"},
     "abbreviation": {"fi": "TEM", "sv": "ANM", "en": "MEAE"},
     "url": "https://tem.fi"},
    {"key": "stm",
     "kind": "ministry",
     "name": {"fi": "Sosiaali- ja terveysministeriö",
              "sv": "Social- och hälsovårdsministeriet",
              "en": "Ministry of Social Affairs and Health"},
     "abbreviation": {"fi": "STM", "sv": "SHM", "en": "MSAH"},
     "url": "https://stm.fi"},
    {"key": "sm",
     "kind": "ministry",
     "name": {"fi": "Sisäministeriö", "sv": "Inrikesministeriet", "en": "Ministry of the Interior"},
     "abbreviation": {"fi": "SM", "sv": "IM", "en": "MoI"},
     "url": "https://intermin.fi"},
    {"key": "migri",
     "kind": "agency",
     "name": {"fi": "Maahanmuuttovirasto", "sv": "Migrationsverket", "en": "Finnish Immigration Service"},
     "abbreviation": {"fi": "Migri", "sv": "Migri", "en": "Migri"},
     "url": "https://migri.fi"},
    {"key": "keha",
     "kind": "agency",
     "name": {"fi": "Kehittämis- ja hallintokeskus",
              "sv": "Utvecklings- och förvaltningscentret",
              "en": "Development and Administrative Services Centre"},
     "abbreviation": {"fi": "KEHA-keskus", "sv": "UF-centret", "en": "KEHA Centre"},
     "url": ""},
    {"key": "elinvoimakeskukset",
     "kind": "regional",
     "name": {"fi": "Elinvoimakeskukset (vuoteen 2025 ELY-keskukset)",
              "sv": "Livskraftscentralerna (till och med 2025 NTM-centralerna)",
              "en": "Economic Development Centres (ELY Centres until 2025)"},
     "abbreviation": {"fi": "", "sv": "", "en": ""},
     "url": ""},
    {"key": "kuntaliitto",
     "kind": "association",
     "name": {"fi": "Suomen Kuntaliitto",
              "sv": "Finlands Kommunförbund",
              "en": "Association of Finnish Municipalities"},
     "abbreviation": {"fi": "Kuntaliitto", "sv": "Kommunförbundet", "en": "Kuntaliitto"},
     "url": "https://www.kuntaliitto.fi"},
    {"key": "pakolaisapu",
     "kind": "ngo",
     "name": {"fi": "Suomen Pakolaisapu", "sv": "Finlands Flyktinghjälp", "en": "Finnish Refugee Council"},
     "abbreviation": {"fi": "", "sv": "", "en": ""},
     "url": "https://pakolaisapu.fi"},
    {"key": "spr",
     "kind": "ngo",
     "name": {"fi": "Suomen Punainen Risti", "sv": "Finlands Röda Kors", "en": "Finnish Red Cross"},
     "abbreviation": {"fi": "SPR", "sv": "FRK", "en": "FRC"},
     "url": "https://www.punainenristi.fi"},
    {"key": "tampere",
     "kind": "municipality",
     "name": {"fi": "Tampereen kaupunki", "sv": "Tammerfors stad", "en": "City of Tampere"},
     "abbreviation": {"fi": "", "sv": "", "en": ""},
     "url": "",
     "municipality_code": "837"},
    {"key": "turku",
     "kind": "municipality",
     "name": {"fi": "Turun kaupunki", "sv": "Åbo stad", "en": "City of Turku"},
     "abbreviation": {"fi": "", "sv": "", "en": ""},
     "url": "",
     "municipality_code": "853"},
    {"key": "oulu",
     "kind": "municipality",
     "name": {"fi": "Oulun kaupunki", "sv": "Uleåborgs stad", "en": "City of Oulu"},
     "abbreviation": {"fi": "", "sv": "", "en": ""},
     "url": "",
     "municipality_code": "564"},
    {"key": "vaasa",
     "kind": "municipality",
     "name": {"fi": "Vaasan kaupunki", "sv": "Vasa stad", "en": "City of Vaasa"},
     "abbreviation": {"fi": "", "sv": "", "en": ""},
     "url": "",
     "municipality_code": "905"},
    {"key": "joensuu",
     "kind": "municipality",
     "name": {"fi": "Joensuun kaupunki", "sv": "Joensuu stad", "en": "City of Joensuu"},
     "abbreviation": {"fi": "", "sv": "", "en": ""},
     "url": "",
     "municipality_code": "167"},
]

STEERING_GROUP = [
    {"organisation": "elinvoimakeskukset",
     "member": {"fi": "maahanmuuttoyhdyshenkilö",
                "sv": "kontaktperson för invandring",
                "en": "Migration contact person"},
     "deputy": {"fi": "kotouttamisen asiantuntija",
                "sv": "sakkunnig inom integration",
                "en": "Integration specialist"}},
    {"organisation": "tampere",
     "member": {"fi": "maahanmuuttajapalveluiden päällikkö",
                "sv": "chef för invandrartjänster",
                "en": "Head of Immigrant Services"},
     "deputy": {"fi": "kotoutumiskoordinaattori",
                "sv": "integrationskoordinator",
                "en": "Integration coordinator"}},
    {"organisation": "keha",
     "member": {"fi": "ryhmäpäällikkö, kotoutumisen korvaukset",
                "sv": "gruppchef, ersättningar för integration",
                "en": "Head of Group, integration compensation"},
     "deputy": {"fi": "erityisasiantuntija", "sv": "specialsakkunnig", "en": "Senior Specialist"}},
    {"organisation": "migri",
     "member": {"fi": "ylitarkastaja, uudelleensijoittaminen",
                "sv": "överinspektör, vidarebosättning",
                "en": "Senior Inspector, resettlement"},
     "deputy": {"fi": "erityisasiantuntija, vastaanotto",
                "sv": "specialsakkunnig, mottagning",
                "en": "Senior Specialist, reception"}},
    {"organisation": "kuntaliitto",
     "member": {"fi": "erityisasiantuntija, maahanmuutto ja kotoutuminen",
                "sv": "specialsakkunnig, invandring och integration",
                "en": "Senior Adviser, migration and integration"},
     "deputy": {"fi": "kehittämispäällikkö", "sv": "utvecklingschef", "en": "Development Manager"}},
    {"organisation": "pakolaisapu",
     "member": {"fi": "toiminnanjohtaja", "sv": "verksamhetsledare", "en": "Executive Director"},
     "deputy": {"fi": "ohjelmapäällikkö, kotimaan toiminta",
                "sv": "programchef, verksamheten i Finland",
                "en": "Programme Manager, work in Finland"}},
    {"organisation": "spr",
     "member": {"fi": "maahanmuuttotyön päällikkö",
                "sv": "chef för invandrararbetet",
                "en": "Head of Migration Work"},
     "deputy": {"fi": "suunnittelija, kotoutumisen tuki",
                "sv": "planerare, integrationsstöd",
                "en": "Planning Officer, integration support"}},
    {"organisation": "stm",
     "member": {"fi": "neuvotteleva virkamies", "sv": "konsultativ tjänsteman", "en": "Ministerial Adviser"},
     "deputy": {"fi": "erityisasiantuntija", "sv": "specialsakkunnig", "en": "Senior Specialist"}},
]

NEWS = [
    {"slug": {"fi": "toimintasuunnitelma-2024", "sv": "verksamhetsplan-2024", "en": "action-plan-2024"},
     "title": {"fi": "Vuoden 2024 toimintasuunnitelma painottaa kuntapaikkoja ja alkuvaiheen palveluja",
               "sv": "Verksamhetsplanen för 2024 betonar kommunplatser och tjänster i inledningsskedet",
               "en": "Action plan for 2024 focuses on municipal places and early services"},
     "date": "2024-01-25",
     "lead": {"fi": "Toimintaohjelman vuosittainen toimintasuunnitelma on päivitetty. Vuonna 2024 "
                    "painopisteinä ovat kuntapaikkojen ennakointi, alkuvaiheen palveluiden laatu ja kuntien "
                    "välinen tiedonvaihto.",
              "sv": "Programmets årliga verksamhetsplan har uppdaterats. År 2024 ligger fokus på att "
                    "förutse behovet av kommunplatser, kvaliteten på tjänsterna i inledningsskedet och "
                    "informationsutbytet mellan kommunerna.",
              "en": "The programme's annual action plan has been updated. In 2024 the focus is on planning "
                    "municipal places ahead, the quality of early services and the exchange of information "
                    "between municipalities."},
     "body": [
         ("paragraph", {"fi": "<p>Työ- ja elinkeinoministeriö täsmentää toimintaohjelman toimintaa "
                              "vuosittain päivitettävässä toimintasuunnitelmassa. Suunnitelmassa "
                              "vahvistetaan myös, miten määräraha jaetaan lisätukien, informaatio-ohjauksen "
                              "ja kehittämishankkeiden kesken.</p>",
                        "sv": "<p>Arbets- och näringsministeriet preciserar programmets verksamhet i en "
                              "verksamhetsplan som uppdateras årligen. I planen fastställs också hur "
                              "anslaget fördelas mellan tilläggsstöd, informationsstyrning och "
                              "utvecklingsprojekt.</p>",
                        "en": "<p>The Ministry of Economic Affairs and Employment specifies the "
                              "programme's activities in an action plan updated every year. The plan also "
                              "sets out how the funds are divided between supplementary payments, "
                              "information steering and development projects.</p>"}),
         ("heading", {"fi": "Mitä tämä tarkoittaa kunnille?",
                      "sv": "Vad betyder det för kommunerna?",
                      "en": "What does this mean for municipalities?"}),
         ("paragraph", {"fi": "<p>Kuntien kokemuksia kuntapaikkojen ennakoinnista kootaan ja jaetaan "
                              "verkoston tapaamisissa. Esimerkiksi Tampereen hankkeessa kehitetään "
                              "vuosikelloa, jolla asunnot ja palvelut saadaan valmiiksi ennen pakolaisten "
                              "saapumista.</p>",
                        "sv": "<p>Kommunernas erfarenheter av att förutse behovet av kommunplatser samlas "
                              "in och sprids på nätverkets träffar. I ett projekt i Tammerfors utvecklas "
                              "till exempel en årsklocka som gör att bostäder och tjänster är klara innan "
                              "flyktingarna anländer.</p>",
                        "en": "<p>Municipalities' experiences of planning municipal places ahead are "
                              "collected and shared at network meetings. For example, a project in "
                              "Tampere is developing an annual calendar that gets housing and services "
                              "ready before refugees arrive.</p>"}),
     ],
     "tags": [
         {"fi": "toimintasuunnitelma", "sv": "verksamhetsplan", "en": "action plan"},
         {"fi": "kuntapaikat", "sv": "kommunplatser", "en": "municipal places"},
     ],
     "related_projects": ["pirkanmaa-kuntapaikat"]},
    {"slug": {"fi": "verkosto-kokoontui-turussa",
              "sv": "natverket-traffades-i-abo",
              "en": "network-met-in-turku"},
     "title": {"fi": "Pakolaisesta kuntalaiseksi -verkosto kokoontui Turussa",
               "sv": "Nätverket Från flykting till kommuninvånare träffades i Åbo",
               "en": "From Refugee to Resident network met in Turku"},
     "date": "2024-06-12",
     "lead": {"fi": "Verkoston kesätapaamisessa keskusteltiin perheiden alkuvaiheen ohjauksesta ja "
                    "vapaaehtoisten roolista vastaanotossa.",
              "sv": "Vid nätverkets sommarträff diskuterades handledning av familjer i inledningsskedet och "
                    "de frivilligas roll i mottagandet.",
              "en": "The network's summer meeting discussed early-stage guidance for families and the role "
                    "of volunteers in reception."},
     "body": [
         ("paragraph", {"fi": "<p>Tapaamiseen osallistui noin 80 työntekijää kunnista, ELY-keskuksista, "
                              "hyvinvointialueilta ja järjestöistä. Turun kaupunki esitteli Perhe edellä "
                              "-hanketta, jossa jokaiselle perheelle nimetään oma ohjaaja.</p>",
                        "sv": "<p>I träffen deltog ett åttiotal anställda från kommuner, NTM-centraler, "
                              "välfärdsområden och organisationer. Åbo stad presenterade projektet Familjen "
                              "först, där varje familj får en egen handledare.</p>",
                        "en": "<p>About 80 people from municipalities, ELY Centres, wellbeing services "
                              "counties and NGOs took part. The City of Turku presented its Family first "
                              "project, in which each family is assigned its own counsellor.</p>"}),
         ("paragraph", {"fi": "<p>Iltapäivän työpajoissa pohdittiin, miten vapaaehtoiset ja viranomaiset "
                              "voivat tukea toisiaan. Työpajojen tulokset välitetään ohjausryhmälle ja "
                              "temaattisille työryhmille.</p>",
                        "sv": "<p>Vid eftermiddagens workshoppar diskuterades hur frivilliga och "
                              "myndigheter kan stödja varandra. Resultaten förmedlas till styrgruppen och "
                              "de tematiska arbetsgrupperna.</p>",
                        "en": "<p>In the afternoon workshops, participants discussed how volunteers and "
                              "authorities can support each other. The results will be passed on to the "
                              "steering group and the thematic working groups.</p>"}),
     ],
     "tags": [
         {"fi": "verkostot", "sv": "nätverk", "en": "networks"},
         {"fi": "alkuvaiheen palvelut",
          "sv": "tjänster i inledningsskedet",
          "en": "early integration services"},
     ],
     "related_projects": ["turku-perheohjaus"]},
    {"slug": {"fi": "valiarviointi-kaynnistyy",
              "sv": "halvtidsutvarderingen-inleds",
              "en": "mid-term-evaluation-begins"},
     "title": {"fi": "Toimintaohjelman väliarviointi käynnistyy",
               "sv": "Halvtidsutvärderingen av programmet inleds",
               "en": "Mid-term evaluation of the programme begins"},
     "date": "2025-03-20",
     "lead": {"fi": "Väliarvioinnissa selvitetään, miten toimintaohjelma on edistänyt tavoitteitaan. "
                    "Kunnilta ja pakolaisilta kerätään kokemuksia kyselyillä kevään aikana.",
              "sv": "Halvtidsutvärderingen ska visa hur programmet har främjat sina mål. Under våren samlas "
                    "erfarenheter in från kommuner och flyktingar genom enkäter.",
              "en": "The mid-term evaluation will examine how the programme has advanced its goals. "
                    "Experiences from municipalities and refugees will be collected through surveys during "
                    "the spring."},
     "body": [
         ("paragraph", {"fi": "<p>Toimintaohjelman asettamispäätöksen mukaan ohjelman tavoitteisiin ja "
                              "toteutukseen tehdään väliarviointi ohjelmakauden puolivälissä vuonna 2025. "
                              "Arvioinnissa tarkastellaan lisätukia, informaatio-ohjausta ja "
                              "kehittämishankkeita.</p>",
                        "sv": "<p>Enligt beslutet om tillsättande av programmet ska en halvtidsutvärdering "
                              "av målen och genomförandet göras mitt i programperioden, år 2025. "
                              "Utvärderingen gäller tilläggsstöden, informationsstyrningen och "
                              "utvecklingsprojekten.</p>",
                        "en": "<p>According to the decision setting up the programme, a mid-term "
                              "evaluation of its goals and implementation is carried out halfway through "
                              "the programming period, in 2025. The evaluation covers the supplementary "
                              "payments, information steering and development projects.</p>"}),
         ("heading", {"fi": "Miten voin osallistua?",
                      "sv": "Hur kan jag delta?",
                      "en": "How can I take part?"}),
         ("paragraph", {"fi": "<ul><li><strong>Kunnat:</strong> kotoutumisen yhteyshenkilö saa sähköpostiin "
                              "kutsun kuntakyselyyn. Vastauksen voi täyttää yhdessä kollegoiden kanssa.</li>"
                              "<li><strong>Pakolaiset:</strong> nimettömään palautekyselyyn voi vastata "
                              "puhelimella omalla kielellä, myös arabiaksi, dariksi ja pastuksi.</li></ul>",
                        "sv": "<ul><li><strong>Kommuner:</strong> kontaktpersonen för integration får en "
                              "inbjudan till kommunenkäten per e-post. Svaret kan fyllas i tillsammans med "
                              "kolleger.</li><li><strong>Flyktingar:</strong> den anonyma responsenkäten "
                              "kan besvaras med telefonen på det egna språket, också på arabiska, dari och "
                              "pashto.</li></ul>",
                        "en": "<ul><li><strong>Municipalities:</strong> the integration contact person "
                              "receives an invitation to the municipal survey by e-mail. The response can "
                              "be filled in together with colleagues.</li><li><strong>Refugees:</strong> "
                              "the anonymous feedback survey can be answered on a phone in one's own "
                              "language, including Arabic, Dari and Pashto.</li></ul>"}),
     ],
     "tags": [
         {"fi": "arviointi", "sv": "utvärdering", "en": "evaluation"},
         {"fi": "kyselyt", "sv": "enkäter", "en": "surveys"},
     ],
     "related_projects": []},
    {"slug": {"fi": "kaksikielinen-kotoutuminen",
              "sv": "tvasprakig-integration",
              "en": "bilingual-integration"},
     "title": {"fi": "Vaasan hanke: kotoutumisen polku voi kulkea myös ruotsiksi",
               "sv": "Projekt i Vasa: integrationen kan också ske på svenska",
               "en": "Vaasa project: integration can also take place in Swedish"},
     "date": "2025-09-04",
     "lead": {"fi": "Kaksivuotinen hanke osoitti, että tietoinen kielivalinta heti alussa tukee pakolaisen "
                    "opiskelua ja osallistumista paikalliseen yhteisöön.",
              "sv": "Det tvååriga projektet visade att ett medvetet språkval redan från början stöder "
                    "flyktingens studier och deltagande i lokalsamhället.",
              "en": "The two-year project showed that a conscious choice of language from the start "
                    "supports refugees' studies and participation in the local community."},
     "body": [
         ("paragraph", {"fi": "<p>Vaasan kaupungin hankkeessa pakolaiset saivat selkokielistä tietoa siitä, "
                              "mitä suomen tai ruotsin valitseminen kotoutumisen kieleksi tarkoittaa "
                              "opiskelun ja työn kannalta. Noin kolmannes valitsi ruotsin.</p>",
                        "sv": "<p>I Vasa stads projekt fick flyktingarna lättläst information om vad det "
                              "innebär för studier och arbete att välja finska eller svenska som "
                              "integrationsspråk. Ungefär en tredjedel valde svenska.</p>",
                        "en": "<p>In the City of Vaasa's project, refugees received easy-to-read "
                              "information on what choosing Finnish or Swedish as the language of "
                              "integration means for studies and work. About a third chose Swedish.</p>"}),
         ("paragraph", {"fi": "<p>Hankkeen opas ja koulutusmateriaali ovat muidenkin kaksikielisten kuntien "
                              "käytettävissä. Kokemuksia esitellään Pakolaisesta kuntalaiseksi -verkoston "
                              "syystapaamisessa.</p>",
                        "sv": "<p>Projektets guide och utbildningsmaterial kan användas också av andra "
                              "tvåspråkiga kommuner. Erfarenheterna presenteras på höstträffen för "
                              "nätverket Från flykting till kommuninvånare.</p>",
                        "en": "<p>The project's guide and training material are available to other "
                              "bilingual municipalities too. The experiences will be presented at the "
                              "autumn meeting of the From Refugee to Resident network.</p>"}),
     ],
     "tags": [
         {"fi": "alkuvaiheen palvelut",
          "sv": "tjänster i inledningsskedet",
          "en": "early integration services"},
         {"fi": "osallisuus", "sv": "delaktighet", "en": "participation"},
     ],
     "related_projects": ["vaasa-kaksikielinen"]},
    {"slug": {"fi": "elinvoimakeskukset-aloittivat",
              "sv": "livskraftscentralerna-har-inlett",
              "en": "economic-development-centres-started"},
     "title": {"fi": "Elinvoimakeskukset aloittivat – kuntiin ohjaamisen yhteistyö jatkuu",
               "sv": "Livskraftscentralerna har inlett sin verksamhet – samarbetet kring anvisning "
                     "fortsätter",
               "en": "Economic Development Centres have started – cooperation on placement continues"},
     "date": "2026-01-08",
     "lead": {"fi": "Vuoden 2026 alussa ELY-keskusten tilalle perustettiin kymmenen elinvoimakeskusta. "
                    "Pakolaisten kuntiin ohjaamisen alueellinen koordinointi jatkuu elinvoimakeskuksissa.",
              "sv": "Vid ingången av 2026 ersattes NTM-centralerna av tio livskraftscentraler. Den "
                    "regionala samordningen av anvisningen av flyktingar till kommuner fortsätter vid "
                    "livskraftscentralerna.",
              "en": "At the start of 2026, the ELY Centres were replaced by ten Economic Development "
                    "Centres. Regional coordination of refugee placement in municipalities continues at "
                    "the new centres."},
     "body": [
         ("paragraph", {"fi": "<p>Kuntien yhteyshenkilöinä toimivat edelleen maahanmuuttoyhdyshenkilöt, nyt "
                              "elinvoimakeskuksissa. KEHA-keskus jatkaa lisätukien maksatusta entiseen "
                              "tapaan.</p>",
                        "sv": "<p>Kommunernas kontaktpersoner är fortfarande kontaktpersonerna för "
                              "invandring, nu vid livskraftscentralerna. UF-centret fortsätter att betala "
                              "ut tilläggsstöden som tidigare.</p>",
                        "en": "<p>Municipalities' contacts are still the migration contact persons, now "
                              "working at the Economic Development Centres. The KEHA Centre continues to "
                              "make the supplementary payments as before.</p>"}),
         ("heading", {"fi": "Mitä muuttuu kyselyissä?",
                      "sv": "Vad ändras i enkäterna?",
                      "en": "What changes in the surveys?"}),
         ("paragraph", {"fi": "<p>Kuntakyselyiden tulokset ryhmitellään vuoteen 2025 asti ELY-keskuksittain "
                              "ja vuodesta 2026 alkaen elinvoimakeskuksittain. Kuntakohtaiset vertailut "
                              "vuosien välillä säilyvät ennallaan.</p>",
                        "sv": "<p>Resultaten av kommunenkäterna grupperas enligt NTM-central till och med "
                              "2025 och enligt livskraftscentral från och med 2026. Jämförelser mellan åren "
                              "per kommun fungerar som tidigare.</p>",
                        "en": "<p>Results of the municipal surveys are grouped by ELY Centre up to 2025 "
                              "and by Economic Development Centre from 2026. Comparisons between years by "
                              "municipality work as before.</p>"}),
     ],
     "tags": [
         {"fi": "elinvoimakeskukset", "sv": "livskraftscentraler", "en": "economic development centres"},
         {"fi": "kuntapaikat", "sv": "kommunplatser", "en": "municipal places"},
         {"fi": "kyselyt", "sv": "enkäter", "en": "surveys"},
     ],
     "related_projects": []},
    {"slug": {"fi": "kuntakysely-2026", "sv": "kommunenkaten-2026", "en": "municipal-survey-2026"},
     "title": {"fi": "Vuoden 2026 kuntakysely on avattu",
               "sv": "Kommunenkäten 2026 har öppnats",
               "en": "The 2026 municipal survey is open"},
     # Dated by the demo's calendar (calendar.py): published the day the survey opened, naming its due date
     # and the webinar's.
     "date_of": "municipal_survey_opens",
     "lead": {"fi": "Kysely kartoittaa kuntien valmiutta vastaanottaa pakolaisia, kuntapaikkoja ja "
                    "alkuvaiheen palveluita. Vastausaikaa on {municipal_survey_due} asti.",
              "sv": "Enkäten kartlägger kommunernas beredskap att ta emot flyktingar, kommunplatserna och "
                    "tjänsterna i inledningsskedet. Svarstiden går ut den {municipal_survey_due}.",
              "en": "The survey maps municipalities' readiness to receive refugees, municipal places and "
                    "early services. Responses are due by {municipal_survey_due}."},
     "body": [
         ("paragraph", {"fi": "<p>Kutsu on lähetetty kuntien kotoutumisen yhteyshenkilöille. Kutsulinkin "
                              "kautta useampi työntekijä voi täyttää kunnan vastausta, tallentaa sen ja "
                              "jatkaa myöhemmin. Kunta lähettää yhden vastauksen.</p>",
                        "sv": "<p>Inbjudan har skickats till kommunernas kontaktpersoner för integration. "
                              "Via länken i inbjudan kan flera anställda fylla i kommunens svar, spara det "
                              "och fortsätta senare. Kommunen skickar in ett enda svar.</p>",
                        "en": "<p>The invitation has been sent to municipalities' integration contact "
                              "persons. Through the invitation link, several colleagues can fill in the "
                              "municipality's response, save it and continue later. Each municipality "
                              "submits one response.</p>"}),
         ("heading", {"fi": "Webinaari {municipal_webinar}",
                      "sv": "Webbinarium {municipal_webinar}",
                      "en": "Webinar on {municipal_webinar}"}),
         ("paragraph", {"fi": "<p>Kyselystä järjestetään webinaari, jossa käydään läpi kysymykset ja "
                              "vastataan kuntien kysymyksiin. Tiedot löytyvät tapahtumakalenterista.</p>",
                        "sv": "<p>Ett webbinarium ordnas där frågorna gås igenom och kommunernas frågor "
                              "besvaras. Mer information finns i evenemangskalendern.</p>",
                        "en": "<p>A webinar will go through the questions and answer municipalities' "
                              "queries. Details are in the events calendar.</p>"}),
     ],
     "tags": [
         {"fi": "kyselyt", "sv": "enkäter", "en": "surveys"},
         {"fi": "kuntapaikat", "sv": "kommunplatser", "en": "municipal places"},
     ],
     "related_projects": []},
]

EVENTS = [
    {"slug": {"fi": "verkoston-kevattapaaminen-2026",
              "sv": "natverkets-vartraff-2026",
              "en": "network-spring-meeting-2026"},
     "title": {"fi": "Pakolaisesta kuntalaiseksi -verkoston kevättapaaminen",
               "sv": "Vårträff för nätverket Från flykting till kommuninvånare",
               "en": "Spring meeting of the From Refugee to Resident network"},
     "days_from_today": -200,
     "start_time": "09:30",
     "duration_hours": 5.5,
     "online": True,
     "location": {"fi": "Tampere", "sv": "Tammerfors", "en": "Tampere"},
     "registration_url": "",
     "lead": {"fi": "Verkoston kevättapaamisen teemana olivat kuntapaikkojen ennakointi ja asuminen. "
                    "Tapaamiseen saattoi osallistua paikan päällä tai etänä.",
              "sv": "Vårträffens tema var att förutse behovet av kommunplatser och boende. Det gick att "
                    "delta på plats eller på distans.",
              "en": "The theme of the spring meeting was planning municipal places and housing. It was "
                    "possible to take part on site or remotely."},
     "body": [
         ("paragraph", {"fi": "<p>Tampereen kaupunki esitteli päättyneen hankkeensa tuloksia, ja "
                              "elinvoimakeskusten maahanmuuttoyhdyshenkilöt kertoivat alueellisesta "
                              "yhteistyöstä uudessa organisaatiossa.</p>",
                        "sv": "<p>Tammerfors stad presenterade resultaten av sitt avslutade projekt, och "
                              "livskraftscentralernas kontaktpersoner för invandring berättade om det "
                              "regionala samarbetet i den nya organisationen.</p>",
                        "en": "<p>The City of Tampere presented the results of its completed project, and "
                              "migration contact persons from the Economic Development Centres talked "
                              "about regional cooperation in the new organisation.</p>"}),
     ]},
    {"slug": {"fi": "webinaari-lisatuet-2026",
              "sv": "webbinarium-tillaggsstod-2026",
              "en": "webinar-supplementary-payments-2026"},
     "title": {"fi": "Webinaari: kuntien lisätuet ja maksatus",
               "sv": "Webbinarium: kommunernas tilläggsstöd och utbetalning",
               "en": "Webinar: supplementary payments to municipalities"},
     "days_from_today": -90,
     "start_time": "13:00",
     "duration_hours": 1.5,
     "online": True,
     "location": None,
     "registration_url": "",
     "lead": {"fi": "KEHA-keskus ja työ- ja elinkeinoministeriö kertoivat lisätukien hakemisesta, "
                    "maksatuksesta ja sähköisen asioinnin uusista toiminnoista.",
              "sv": "UF-centret och arbets- och näringsministeriet berättade om ansökan om och utbetalning "
                    "av tilläggsstöd och om nya funktioner i e-tjänsten.",
              "en": "The KEHA Centre and the Ministry of Economic Affairs and Employment explained how to "
                    "apply for supplementary payments, how they are paid and what is new in the online "
                    "service."},
     "body": [
         ("paragraph", {"fi": "<p>Webinaari oli tarkoitettu kuntien kotoutumis- ja taloushallinnon "
                              "työntekijöille. Esitysaineisto on saatavilla pyynnöstä.</p>",
                        "sv": "<p>Webbinariet riktade sig till personal inom kommunernas "
                              "integrationstjänster och ekonomiförvaltning. Presentationsmaterialet kan fås "
                              "på begäran.</p>",
                        "en": "<p>The webinar was intended for municipal integration and financial "
                              "administration staff. The slides are available on request.</p>"}),
     ]},
    {"slug": {"fi": "koulutus-traumatietoinen-tyoote",
              "sv": "utbildning-traumamedvetet-arbetssatt",
              "en": "training-trauma-informed-practice"},
     "title": {"fi": "Koulutus: traumatietoinen työote alkuvaiheen ohjauksessa",
               "sv": "Utbildning: traumamedvetet arbetssätt i handledningen i inledningsskedet",
               "en": "Training: trauma-informed practice in early-stage guidance"},
     "days_from_today": -19,
     "start_time": "09:00",
     "duration_hours": 6,
     "online": False,
     "location": {"fi": "Joensuu", "sv": "Joensuu", "en": "Joensuu"},
     "registration_url": "",
     "lead": {"fi": "Koulutuspäivä kuntien ja hyvinvointialueiden työntekijöille, jotka ohjaavat "
                    "kiintiöpakolaisia kotoutumisen alkuvaiheessa.",
              "sv": "En utbildningsdag för personal i kommuner och välfärdsområden som handleder "
                    "kvotflyktingar i integrationens inledningsskede.",
              "en": "A training day for municipal and wellbeing services county staff who guide quota "
                    "refugees in the early stage of integration."},
     "body": [
         ("paragraph", {"fi": "<p>Koulutus järjestettiin osana Itä-Suomen traumatietoisen vastaanoton "
                              "hanketta. Päivän aikana harjoiteltiin tuen tarpeen tunnistamista ja käytiin "
                              "läpi, mihin palveluihin pakolaisen voi ohjata.</p>",
                        "sv": "<p>Utbildningen ordnades inom projektet för traumamedvetet mottagande i "
                              "Östra Finland. Under dagen övade deltagarna på att känna igen stödbehov och "
                              "gick igenom vilka tjänster flyktingen kan hänvisas till.</p>",
                        "en": "<p>The training was part of the Eastern Finland trauma-informed reception "
                              "project. Participants practised recognising the need for support and went "
                              "through the services refugees can be referred to.</p>"}),
     ]},
    {"slug": {"fi": "webinaari-kuntakysely-2026",
              "sv": "webbinarium-kommunenkaten-2026",
              "en": "webinar-municipal-survey-2026"},
     "title": {"fi": "Webinaari: vuoden 2026 kuntakysely",
               "sv": "Webbinarium: kommunenkäten 2026",
               "en": "Webinar: the 2026 municipal survey"},
     "date_of": "municipal_webinar",
     "start_time": "14:00",
     "duration_hours": 1,
     "online": True,
     "location": None,
     "registration_url": "https://kotoutuminen.fi/",
     "lead": {"fi": "Käymme läpi kuntakyselyn kysymykset ja vastaamme kuntien kysymyksiin kyselyn "
                    "täyttämisestä.",
              "sv": "Vi går igenom frågorna i kommunenkäten och svarar på kommunernas frågor om hur enkäten "
                    "fylls i.",
              "en": "We will go through the questions of the municipal survey and answer municipalities' "
                    "questions about filling it in."},
     "body": [
         ("paragraph", {"fi": "<p>Webinaari on tarkoitettu kuntien kotoutumisen yhteyshenkilöille ja muille "
                              "kyselyyn vastaaville. Tilaisuus tallennetaan, ja tallenne on katsottavissa "
                              "vastausajan loppuun asti.</p>",
                        "sv": "<p>Webbinariet är avsett för kommunernas kontaktpersoner för integration och "
                              "andra som svarar på enkäten. Det spelas in och inspelningen finns "
                              "tillgänglig tills svarstiden går ut.</p>",
                        "en": "<p>The webinar is intended for municipal integration contact persons and "
                              "others who answer the survey. It will be recorded, and the recording is "
                              "available until the response deadline.</p>"}),
     ]},
    {"slug": {"fi": "vastaanoton-perusteet-2027",
              "sv": "grunderna-i-mottagandet-2027",
              "en": "basics-of-reception-2027"},
     "title": {"fi": "Verkkokoulutus: kiintiöpakolaisten vastaanoton perusteet",
               "sv": "Webbutbildning: grunderna i mottagandet av kvotflyktingar",
               "en": "Online training: the basics of receiving quota refugees"},
     "days_from_today": 52,
     "start_time": "09:00",
     "duration_hours": 3,
     "online": True,
     "location": None,
     "registration_url": "https://kotoutuminen.fi/",
     "lead": {"fi": "Perehdytys uusille työntekijöille ja kunnille, jotka harkitsevat kuntapaikkojen "
                    "tarjoamista.",
              "sv": "En introduktion för nya anställda och för kommuner som överväger att erbjuda "
                    "kommunplatser.",
              "en": "An introduction for new staff and for municipalities considering offering municipal "
                    "places."},
     "body": [
         ("paragraph", {"fi": "<p>Koulutuksessa käydään läpi uudelleensijoittamisen vaiheet, kuntaan "
                              "osoittaminen, kunnille maksettavat korvaukset ja lisätuet sekä alkuvaiheen "
                              "palvelut.</p>",
                        "sv": "<p>Utbildningen går igenom vidarebosättningens skeden, anvisningen till "
                              "kommuner, ersättningarna och tilläggsstöden till kommunerna samt tjänsterna "
                              "i inledningsskedet.</p>",
                        "en": "<p>The training covers the stages of resettlement, placement in "
                              "municipalities, compensation and supplementary payments to municipalities, "
                              "and early services.</p>"}),
         ("paragraph", {"fi": "<p>Kouluttajina toimivat asiantuntijat työ- ja elinkeinoministeriöstä, "
                              "Maahanmuuttovirastosta, elinvoimakeskuksista ja KEHA-keskuksesta.</p>",
                        "sv": "<p>Utbildare är sakkunniga från arbets- och näringsministeriet, "
                              "Migrationsverket, livskraftscentralerna och UF-centret.</p>",
                        "en": "<p>The trainers are experts from the Ministry of Economic Affairs and "
                              "Employment, the Finnish Immigration Service, the Economic Development "
                              "Centres and the KEHA Centre.</p>"}),
     ]},
    {"slug": {"fi": "verkoston-talvitapaaminen-2027",
              "sv": "natverkets-vintertraff-2027",
              "en": "network-winter-meeting-2027"},
     "title": {"fi": "Pakolaisesta kuntalaiseksi -verkoston talvitapaaminen",
               "sv": "Vinterträff för nätverket Från flykting till kommuninvånare",
               "en": "Winter meeting of the From Refugee to Resident network"},
     "days_from_today": 80,
     "start_time": "09:30",
     "duration_hours": 5,
     "online": True,
     "location": {"fi": "Helsinki", "sv": "Helsingfors", "en": "Helsinki"},
     "registration_url": "",
     "lead": {"fi": "Talvitapaamisessa käsitellään kuntakyselyn tuloksia ja toimintaohjelman viimeistä "
                    "toimintavuotta. Tapaamiseen voi osallistua paikan päällä tai etänä.",
              "sv": "Vid vinterträffen behandlas resultaten av kommunenkäten och programmets sista "
                    "verksamhetsår. Det går att delta på plats eller på distans.",
              "en": "The winter meeting will discuss the results of the municipal survey and the "
                    "programme's final year. You can take part on site or remotely."},
     "body": [
         ("paragraph", {"fi": "<p>Ilmoittautuminen avautuu tammikuussa 2027. Ohjelma ja tarkka "
                              "tapahtumapaikka julkaistaan tällä sivulla.</p>",
                        "sv": "<p>Anmälan öppnar i januari 2027. Programmet och den exakta platsen "
                              "publiceras på den här sidan.</p>",
                        "en": "<p>Registration opens in January 2027. The agenda and the exact venue will "
                              "be published on this page.</p>"}),
     ]},
]

PROJECTS = [
    {"key": "pirkanmaa-kuntapaikat",
     "slug": {"fi": "kuntapaikat-ennakoiden",
              "sv": "kommunplatser-i-god-tid",
              "en": "planning-municipal-places-ahead"},
     "title": {"fi": "Kuntapaikat ennakoiden – Pirkanmaan malli",
               "sv": "Kommunplatser i god tid – Birkalandsmodellen",
               "en": "Planning municipal places ahead – the Pirkanmaa model"},
     "lead": {"fi": "Tampere kehitti yhdessä alueen toimijoiden kanssa mallin, jolla kuntapaikkojen ja "
                    "asuntojen tarve ennakoidaan jo ennen pakolaisten saapumista.",
              "sv": "Tammerfors utvecklade tillsammans med aktörer i regionen en modell för att förutse "
                    "behovet av kommunplatser och bostäder redan innan flyktingarna anländer.",
              "en": "Tampere worked with regional partners to develop a model for anticipating the need "
                    "for municipal places and housing before refugees arrive."},
     "implementer": "tampere",
     "partners": ["elinvoimakeskukset", "kuntaliitto"],
     "municipalities": ["837"],
     "regions": ["06"],
     "goals": ["placement"],
     "means": ["development", "information"],
     "funding_eur": 420000,
     "start": "2023-01-01",
     "end": "2025-12-31",
     "status": "completed",
     "contact_name": {"fi": "Hankekoordinaattori", "sv": "Projektkoordinator", "en": "Project coordinator"},
     "contact_email": "kuntapaikat@tampere.example.fi",
     "body": [
         ("paragraph", {"fi": "<p>Hankkeessa selvitettiin, miten kuntapaikkasopimukset, asuntojen hankinta "
                              "ja vastaanoton palvelut sovitetaan yhteen niin, että kunta voi ottaa "
                              "pakolaisia vastaan ennakoidusti ja ilman viiveitä.</p>",
                        "sv": "<p>Projektet utredde hur avtal om kommunplatser, anskaffning av bostäder och "
                              "tjänster för mottagande kan samordnas så att kommunen kan ta emot flyktingar "
                              "planerat och utan dröjsmål.</p>",
                        "en": "<p>The project looked at how agreements on municipal places, the provision "
                              "of housing and reception services can be coordinated so that the "
                              "municipality can receive refugees in a planned way and without delays.</p>"}),
         ("heading", {"fi": "Toteutus", "sv": "Genomförande", "en": "What the project does"}),
         ("paragraph", {"fi": "<ul><li>asumisen ja vastaanoton yhteinen vuosikello</li><li>säännöllinen "
                              "yhteistyö vuokranantajien kanssa</li><li>tiedonkulku ELY-keskuksen ja "
                              "Maahanmuuttoviraston kanssa ennen saapumista</li></ul>",
                        "sv": "<ul><li>en gemensam årsklocka för boende och mottagande</li><li>regelbundet "
                              "samarbete med hyresvärdar</li><li>informationsutbyte med NTM-centralen och "
                              "Migrationsverket före ankomsten</li></ul>",
                        "en": "<ul><li>a shared annual calendar for housing and reception</li><li>regular "
                              "cooperation with landlords</li><li>information exchange with the ELY "
                              "Centre and the Finnish Immigration Service before arrival</li></ul>"}),
     ],
     "results": [
         ("paragraph", {"fi": "<p>Hankkeen tuloksena syntyi kuntapaikkojen ennakoinnin toimintamalli ja "
                              "vuosikello, jotka ovat muidenkin kuntien käytettävissä. Kokemuksia "
                              "esiteltiin Pakolaisesta kuntalaiseksi -verkoston tapaamisissa.</p>",
                        "sv": "<p>Projektet resulterade i en verksamhetsmodell och en årsklocka för att "
                              "förutse behovet av kommunplatser. De kan användas också av andra kommuner. "
                              "Erfarenheterna presenterades på träffarna för nätverket Från flykting till "
                              "kommuninvånare.</p>",
                        "en": "<p>The project produced an operating model and an annual calendar for "
                              "planning municipal places, which other municipalities can also use. The "
                              "experiences were presented at meetings of the From Refugee to Resident "
                              "network.</p>"}),
     ]},
    {"key": "turku-perheohjaus",
     "slug": {"fi": "perhe-edella", "sv": "familjen-forst", "en": "family-first"},
     "title": {"fi": "Perhe edellä – alkuvaiheen ohjaus Turussa",
               "sv": "Familjen först – handledning i inledningsskedet i Åbo",
               "en": "Family first – early-stage guidance in Turku"},
     "lead": {"fi": "Hankkeessa kehitetään perhekohtaista ohjausta, joka kokoaa kiintiöpakolaisperheen "
                    "palvelut yhteen ensimmäisten kuukausien aikana.",
              "sv": "Projektet utvecklar familjeinriktad handledning som samlar en kvotflyktingfamiljs "
                    "tjänster under de första månaderna.",
              "en": "The project develops family-based guidance that brings together the services a quota "
                    "refugee family needs during its first months."},
     "implementer": "turku",
     "partners": ["spr"],
     "municipalities": ["853"],
     "regions": ["02"],
     "goals": ["reception", "participation"],
     "means": ["development"],
     "funding_eur": 360000,
     "start": "2024-03-01",
     "end": "2026-12-31",
     "status": "ongoing",
     "contact_name": {"fi": "Hankekoordinaattori", "sv": "Projektkoordinator", "en": "Project coordinator"},
     "contact_email": "perhe-edella@turku.example.fi",
     "body": [
         ("paragraph", {"fi": "<p>Jokaiselle perheelle nimetään oma ohjaaja, joka sopii perheen kanssa "
                              "palveluista ja aikataulusta. Ohjaaja sovittaa yhteen varhaiskasvatuksen, "
                              "koulun, terveyspalvelut ja kotoutumiskoulutuksen, jotta perhe ei joudu "
                              "asioimaan monessa paikassa yhtä aikaa.</p>",
                        "sv": "<p>Varje familj får en egen handledare som tillsammans med familjen kommer "
                              "överens om tjänster och tidtabell. Handledaren samordnar småbarnspedagogik, "
                              "skola, hälsotjänster och integrationsutbildning så att familjen inte behöver "
                              "ha kontakt med många instanser samtidigt.</p>",
                        "en": "<p>Each family is assigned its own counsellor who agrees on services and a "
                              "timetable with the family. The counsellor coordinates early childhood "
                              "education, school, health services and integration training so that the "
                              "family does not have to deal with many offices at once.</p>"}),
         ("heading", {"fi": "Yhteistyö", "sv": "Samarbete", "en": "Partners"}),
         ("paragraph", {"fi": "<p>Suomen Punaisen Ristin vapaaehtoiset tukevat perheitä arjen asioissa, "
                              "kuten asunnon kalustamisessa ja lähipalveluihin tutustumisessa.</p>",
                        "sv": "<p>Frivilliga från Finlands Röda Kors stöder familjerna i vardagen, till "
                              "exempel när bostaden ska möbleras och familjen bekantar sig med "
                              "närservicen.</p>",
                        "en": "<p>Finnish Red Cross volunteers support families in everyday matters, such "
                              "as furnishing their home and getting to know local services.</p>"}),
     ],
     "results": [
         ("heading", {"fi": "Välitulokset", "sv": "Delresultat", "en": "Interim results"}),
         ("paragraph", {"fi": "<p>Vuoden 2025 loppuun mennessä ohjausmallissa oli mukana 42 perhettä. "
                              "Perheiden palautteen mukaan oma ohjaaja selkeytti palveluita ja nopeutti "
                              "lasten pääsyä kouluun ja varhaiskasvatukseen.</p>",
                        "sv": "<p>Fram till slutet av 2025 hade 42 familjer deltagit i modellen. Enligt "
                              "familjernas respons gjorde den egna handledaren tjänsterna tydligare och "
                              "barnen kom snabbare i gång i skolan och småbarnspedagogiken.</p>",
                        "en": "<p>By the end of 2025, 42 families had taken part. According to their "
                              "feedback, having their own counsellor made services clearer and helped "
                              "children start school and early childhood education sooner.</p>"}),
     ]},
    {"key": "oulu-pohjoinen-verkosto",
     "slug": {"fi": "pohjoisen-vastaanottoverkosto",
              "sv": "mottagningsnatverket-i-norr",
              "en": "northern-reception-network"},
     "title": {"fi": "Pohjoisen vastaanottoverkosto",
               "sv": "Mottagningsnätverket i norr",
               "en": "Northern reception network"},
     "lead": {"fi": "Oulu kokoaa Pohjois-Pohjanmaan pakolaisia vastaanottavat toimijat verkostoksi, joka "
                    "jakaa osaamista ja sopii yhteisistä toimintatavoista.",
              "sv": "Uleåborg samlar aktörerna som tar emot flyktingar i Norra Österbotten i ett nätverk "
                    "som delar kunnande och kommer överens om gemensamma arbetssätt.",
              "en": "Oulu brings together the organisations receiving refugees in North Ostrobothnia in a "
                    "network that shares expertise and agrees on common ways of working."},
     "implementer": "oulu",
     "partners": ["elinvoimakeskukset", "pakolaisapu"],
     "municipalities": ["564"],
     "regions": ["17"],
     "goals": ["placement", "reception"],
     "means": ["development", "information"],
     "funding_eur": 280000,
     "start": "2025-02-01",
     "end": "2027-06-30",
     "status": "ongoing",
     "contact_name": {"fi": "Projektipäällikkö", "sv": "Projektchef", "en": "Project manager"},
     "contact_email": "vastaanottoverkosto@ouka.example.fi",
     "body": [
         ("paragraph", {"fi": "<p>Pitkien välimatkojen alueella pienillä kunnilla on usein vähän kokemusta "
                              "pakolaisten vastaanotosta. Hanke tukee kuntia kuntapaikkojen tarjoamisessa "
                              "ja alkuvaiheen palveluiden järjestämisessä.</p>",
                        "sv": "<p>I en region med långa avstånd har små kommuner ofta liten erfarenhet av "
                              "att ta emot flyktingar. Projektet stöder kommunerna när de erbjuder "
                              "kommunplatser och ordnar tjänster i inledningsskedet.</p>",
                        "en": "<p>In a region with long distances, small municipalities often have little "
                              "experience of receiving refugees. The project supports them in offering "
                              "municipal places and organising early services.</p>"}),
         ("heading", {"fi": "Toteutus", "sv": "Genomförande", "en": "What the project does"}),
         ("paragraph", {"fi": "<ul><li>alueellinen konsultaatiorinki kotoutumistyön ammattilaisille</li><li>"
                              "yhteiset tulkkaus- ja etäpalvelukäytännöt</li><li>koulutuksia yhdessä "
                              "Pohjois-Suomen elinvoimakeskuksen kanssa</li></ul>",
                        "sv": "<ul><li>en regional konsultationsring för yrkesfolk inom integration</li><li>"
                              "gemensam praxis för tolkning och distanstjänster</li><li>utbildningar "
                              "tillsammans med Norra Finlands livskraftscentral</li></ul>",
                        "en": "<ul><li>a regional consultation group for integration professionals</li>"
                              "<li>shared practices for interpreting and remote services</li><li>training "
                              "together with the Northern Finland Economic Development Centre</li></ul>"}),
     ],
     "results": []},
    {"key": "vaasa-kaksikielinen",
     "slug": {"fi": "kotoutuminen-kahdella-kielella",
              "sv": "integration-pa-tva-sprak",
              "en": "integration-in-two-languages"},
     "title": {"fi": "Kotoutuminen kahdella kielellä",
               "sv": "Integration på två språk",
               "en": "Integration in two languages"},
     "lead": {"fi": "Kaksikielisessä Vaasassa kehitettiin alkuvaiheen palveluja, joissa pakolainen voi "
                    "valita kotoutumisen kieleksi suomen tai ruotsin.",
              "sv": "I tvåspråkiga Vasa utvecklades tjänster för inledningsskedet där flyktingen kan välja "
                    "finska eller svenska som integrationsspråk.",
              "en": "In bilingual Vaasa, the project developed early services in which refugees can choose "
                    "Finnish or Swedish as the language of their integration."},
     "implementer": "vaasa",
     "partners": ["pakolaisapu"],
     "municipalities": ["905"],
     "regions": ["15"],
     "goals": ["reception", "participation"],
     "means": ["development"],
     "funding_eur": 240000,
     "start": "2023-09-01",
     "end": "2025-08-31",
     "status": "completed",
     "contact_name": {"fi": "Hankekoordinaattori", "sv": "Projektkoordinator", "en": "Project coordinator"},
     "contact_email": "tvasprakig@vaasa.example.fi",
     "body": [
         ("paragraph", {"fi": "<p>Hankkeen tavoitteena oli, että kielivalinta tehdään tietoisesti heti "
                              "alussa ja että se tukee pakolaisen opiskelua, työllistymistä ja "
                              "osallistumista paikalliseen yhteisöön.</p>",
                        "sv": "<p>Målet var att språkvalet görs medvetet redan från början och att det "
                              "stöder flyktingens studier, sysselsättning och deltagande i "
                              "lokalsamhället.</p>",
                        "en": "<p>The aim was that the choice of language is made consciously from the "
                              "start and supports the refugee's studies, employment and participation in "
                              "the local community.</p>"}),
         ("heading", {"fi": "Toteutus", "sv": "Genomförande", "en": "What the project does"}),
         ("paragraph", {"fi": "<p>Hankkeessa laadittiin selkokielinen opas kielivalinnasta, koulutettiin "
                              "ohjaajia ja järjestettiin yhdessä Suomen Pakolaisavun kanssa vertaisryhmiä, "
                              "joissa aiemmin tulleet kertoivat kokemuksistaan.</p>",
                        "sv": "<p>Projektet tog fram en lättläst guide om språkvalet, utbildade handledare "
                              "och ordnade tillsammans med Finlands Flyktinghjälp kamratgrupper där "
                              "personer som kommit tidigare berättade om sina erfarenheter.</p>",
                        "en": "<p>The project produced an easy-to-read guide on choosing the language, "
                              "trained counsellors and, together with the Finnish Refugee Council, ran "
                              "peer groups where people who had arrived earlier shared their "
                              "experiences.</p>"}),
     ],
     "results": [
         ("heading", {"fi": "Tulokset", "sv": "Resultat", "en": "Results"}),
         ("paragraph", {"fi": "<p>Hankkeen aikana noin kolmannes pakolaisista valitsi kotoutumisen kieleksi "
                              "ruotsin. Opas ja ohjaajien koulutusmateriaali jäivät Vaasan "
                              "kotoutumispalveluiden pysyvään käyttöön.</p>",
                        "sv": "<p>Under projektet valde ungefär en tredjedel av flyktingarna svenska som "
                              "integrationsspråk. Guiden och utbildningsmaterialet för handledare används "
                              "nu permanent i Vasas integrationstjänster.</p>",
                        "en": "<p>During the project, about a third of the refugees chose Swedish as the "
                              "language of their integration. The guide and the training material for "
                              "counsellors are now in permanent use in Vaasa's integration services.</p>"}),
     ]},
    {"key": "ita-suomi-trauma",
     "slug": {"fi": "traumatietoinen-vastaanotto",
              "sv": "traumamedvetet-mottagande",
              "en": "trauma-informed-reception"},
     "title": {"fi": "Traumatietoinen vastaanotto Itä-Suomessa",
               "sv": "Traumamedvetet mottagande i Östra Finland",
               "en": "Trauma-informed reception in Eastern Finland"},
     "lead": {"fi": "Joensuu ja Kuopio vahvistavat kuntien ja hyvinvointialueiden työntekijöiden osaamista "
                    "pakolaisten psyykkisen hyvinvoinnin tukemisessa.",
              "sv": "Joensuu och Kuopio stärker kommunernas och välfärdsområdenas personal i att stödja "
                    "flyktingarnas psykiska välbefinnande.",
              "en": "Joensuu and Kuopio are strengthening the skills of municipal and wellbeing services "
                    "county staff in supporting refugees' mental wellbeing."},
     "implementer": "joensuu",
     "partners": ["elinvoimakeskukset", "spr"],
     "municipalities": ["167", "297"],
     "regions": ["12", "11"],
     "goals": ["reception"],
     "means": ["information", "development"],
     "funding_eur": 310000,
     "start": "2024-09-01",
     "end": "2027-08-31",
     "status": "ongoing",
     "contact_name": {"fi": "Hankekoordinaattori", "sv": "Projektkoordinator", "en": "Project coordinator"},
     "contact_email": "trauma-hanke@joensuu.example.fi",
     "body": [
         ("paragraph", {"fi": "<p>Monilla kiintiöpakolaisilla on taustallaan raskaita kokemuksia. Hankkeen "
                              "tavoitteena on, että alkuvaiheen työntekijät tunnistavat traumaoireet, "
                              "osaavat kohdata ne ja ohjata tarvittaessa oikeaan apuun.</p>",
                        "sv": "<p>Många kvotflyktingar har svåra upplevelser bakom sig. Målet är att "
                              "personalen i inledningsskedet känner igen traumasymtom, kan bemöta dem och "
                              "vid behov hänvisa till rätt hjälp.</p>",
                        "en": "<p>Many quota refugees have gone through very difficult experiences. The "
                              "aim is that staff working in the early stage recognise trauma symptoms, "
                              "know how to respond to them and can refer people to the right help when "
                              "needed.</p>"}),
         ("heading", {"fi": "Toteutus", "sv": "Genomförande", "en": "What the project does"}),
         ("paragraph", {"fi": "<ul><li>koulutussarja sosiaali-, terveys- ja opetusalan työntekijöille</li>"
                              "<li>työnohjauksellinen konsultaatio vaikeissa tilanteissa</li><li>Suomen "
                              "Punaisen Ristin psykososiaalisen tuen ryhmät pakolaisille</li></ul>",
                        "sv": "<ul><li>en utbildningsserie för personal inom social-, hälso- och "
                              "utbildningssektorn</li><li>handledande konsultation i svåra situationer</li>"
                              "<li>grupper för psykosocialt stöd till flyktingar i regi av Finlands Röda "
                              "Kors</li></ul>",
                        "en": "<ul><li>a training series for social, health and education staff</li><li>"
                              "supervision-style consultation in difficult situations</li><li>"
                              "psychosocial support groups for refugees run by the Finnish Red Cross</li>"
                              "</ul>"}),
     ],
     "results": [
         ("heading", {"fi": "Välitulokset", "sv": "Delresultat", "en": "Interim results"}),
         ("paragraph", {"fi": "<p>Koulutuksiin on osallistunut yli 300 työntekijää. Palautteen mukaan "
                              "osallistujat kokevat pystyvänsä aiempaa paremmin tunnistamaan tuen "
                              "tarpeen.</p>",
                        "sv": "<p>Över 300 anställda har deltagit i utbildningarna. Enligt responsen "
                              "upplever deltagarna att de nu bättre kan känna igen behovet av stöd.</p>",
                        "en": "<p>More than 300 staff members have taken part in the training. According "
                              "to the feedback, participants feel better able to recognise when support "
                              "is needed.</p>"}),
     ]},
    {"key": "osallisuus-kunnissa",
     "slug": {"fi": "osallisuus-kuuluu-kaikille",
              "sv": "delaktighet-hor-till-alla",
              "en": "participation-belongs-to-everyone"},
     "title": {"fi": "Osallisuus kuuluu kaikille",
               "sv": "Delaktighet hör till alla",
               "en": "Participation belongs to everyone"},
     "lead": {"fi": "Suomen Pakolaisapu kokeili kolmessa kunnassa tapoja, joilla pakolaiset voivat "
                    "osallistua kotoutumispalveluiden kehittämiseen.",
              "sv": "Finlands Flyktinghjälp prövade i tre kommuner sätt för flyktingar att delta i "
                    "utvecklingen av integrationstjänsterna.",
              "en": "The Finnish Refugee Council tested in three municipalities ways for refugees to take "
                    "part in developing integration services."},
     "implementer": "pakolaisapu",
     "partners": ["kuntaliitto"],
     "municipalities": ["091", "398", "853"],
     "regions": ["01", "07", "02"],
     "goals": ["participation"],
     "means": ["information", "development"],
     "funding_eur": 520000,
     "start": "2022-09-01",
     "end": "2025-06-30",
     "status": "completed",
     "contact_name": {"fi": "Projektipäällikkö", "sv": "Projektchef", "en": "Project manager"},
     "contact_email": "osallisuus@pakolaisapu.example.fi",
     "body": [
         ("paragraph", {"fi": "<p>Helsingissä, Lahdessa ja Turussa koottiin kokemusasiantuntijoiden ryhmiä, "
                              "jotka arvioivat kunnan palveluita ja tekivät parannusehdotuksia. Ryhmät "
                              "kokoontuivat omalla kielellään tulkin avustuksella.</p>",
                        "sv": "<p>I Helsingfors, Lahtis och Åbo bildades grupper av erfarenhetsexperter som "
                              "bedömde kommunens tjänster och kom med förbättringsförslag. Grupperna "
                              "träffades på sitt eget språk med hjälp av tolk.</p>",
                        "en": "<p>In Helsinki, Lahti and Turku, groups of experts by experience assessed "
                              "municipal services and made suggestions for improvement. The groups met in "
                              "their own languages with the help of interpreters.</p>"}),
         ("heading", {"fi": "Yhteistyö", "sv": "Samarbete", "en": "Partners"}),
         ("paragraph", {"fi": "<p>Kuntaliitto välitti hankkeen kokemuksia muille kunnille ja osallistui "
                              "käsikirjan kokoamiseen.</p>",
                        "sv": "<p>Kommunförbundet förmedlade projektets erfarenheter till andra kommuner "
                              "och deltog i arbetet med handboken.</p>",
                        "en": "<p>The Association of Finnish Municipalities shared the project's "
                              "experiences with other municipalities and helped compile the handbook.</p>"}),
     ],
     "results": [
         ("heading", {"fi": "Tulokset", "sv": "Resultat", "en": "Results"}),
         ("paragraph", {"fi": "<p>Hankkeen tuloksena julkaistiin käsikirja pakolaisten osallistamisesta "
                              "kuntien palveluiden kehittämiseen. Kaikki kolme kuntaa jatkavat "
                              "kokemusasiantuntijaryhmien toimintaa.</p>",
                        "sv": "<p>Projektet publicerade en handbok om hur flyktingar kan involveras i "
                              "utvecklingen av kommunala tjänster. Alla tre kommunerna fortsätter med "
                              "grupperna av erfarenhetsexperter.</p>",
                        "en": "<p>The project published a handbook on involving refugees in developing "
                              "municipal services. All three municipalities are continuing their groups "
                              "of experts by experience.</p>"}),
     ]},
    {"key": "naapurina-kotikunnassa",
     "slug": {"fi": "naapurina-uudessa-kotikunnassa",
              "sv": "granne-i-den-nya-hemkommunen",
              "en": "neighbours-in-a-new-home-town"},
     "title": {"fi": "Naapurina uudessa kotikunnassa",
               "sv": "Granne i den nya hemkommunen",
               "en": "Neighbours in a new home municipality"},
     "lead": {"fi": "Suomen Punainen Risti käynnistää vuonna 2027 vapaaehtoistoimintaa, joka tuo uudet "
                    "kuntalaiset ja paikalliset asukkaat yhteen.",
              "sv": "Finlands Röda Kors inleder 2027 frivilligverksamhet som för samman nya kommuninvånare "
                    "och lokalbefolkningen.",
              "en": "In 2027, the Finnish Red Cross will start volunteer activities that bring new "
                    "residents and local people together."},
     "implementer": "spr",
     "partners": ["tampere", "oulu", "vaasa"],
     "municipalities": ["837", "564", "905"],
     "regions": ["06", "17", "15"],
     "goals": ["participation"],
     "means": ["development"],
     "funding_eur": 450000,
     "start": "2027-01-01",
     "end": "2027-12-31",
     "status": "planned",
     "contact_name": {"fi": "Hankekoordinaattori", "sv": "Projektkoordinator", "en": "Project coordinator"},
     "contact_email": "naapurina@punainenristi.example.fi",
     "body": [
         ("paragraph", {"fi": "<p>Hankkeella vahvistetaan yhteiskunnan vastaanottavuutta. Tavoitteena on, "
                              "että jokaisella kuntaan muuttavalla perheellä on mahdollisuus tutustua "
                              "paikallisiin asukkaisiin ensimmäisen vuoden aikana.</p>",
                        "sv": "<p>Projektet stärker samhällets mottaglighet. Målet är att varje familj som "
                              "flyttar till kommunen ska ha möjlighet att lära känna lokalbefolkningen "
                              "under det första året.</p>",
                        "en": "<p>The project strengthens the receptiveness of society. The aim is that "
                              "every family moving to the municipality has the chance to get to know "
                              "local people during their first year.</p>"}),
         ("heading", {"fi": "Toteutus", "sv": "Genomförande", "en": "What the project does"}),
         ("paragraph", {"fi": "<p>Tampereella, Oulussa ja Vaasassa koulutetaan vapaaehtoisia "
                              "tukihenkilöiksi ja järjestetään avoimia kohtaamispaikkoja yhdessä kaupunkien "
                              "kanssa. Toiminta suunnitellaan yhdessä pakolaistaustaisten vapaaehtoisten "
                              "kanssa.</p>",
                        "sv": "<p>I Tammerfors, Uleåborg och Vasa utbildas frivilliga till stödpersoner och "
                              "öppna mötesplatser ordnas tillsammans med städerna. Verksamheten planeras "
                              "tillsammans med frivilliga med flyktingbakgrund.</p>",
                        "en": "<p>In Tampere, Oulu and Vaasa, volunteers will be trained as support "
                              "persons and open meeting places will be set up together with the cities. "
                              "The activities are planned together with volunteers who have a refugee "
                              "background.</p>"}),
     ],
     "results": []},
    {"key": "lisatukien-maksatus",
     "slug": {"fi": "lisatukien-sahkoinen-asiointi",
              "sv": "e-tjanst-for-tillaggsstod",
              "en": "online-supplementary-payments"},
     "title": {"fi": "Kuntien lisätukien sähköinen asiointi",
               "sv": "E-tjänst för kommunernas tilläggsstöd",
               "en": "Online service for municipalities' supplementary payments"},
     "lead": {"fi": "KEHA-keskus kehittää sähköistä asiointia ja maksatusjärjestelmää, joilla kunnat "
                    "hakevat ja saavat toimintaohjelman lisätuet.",
              "sv": "UF-centret utvecklar en e-tjänst och ett utbetalningssystem genom vilka kommunerna "
                    "ansöker om och får programmets tilläggsstöd.",
              "en": "The KEHA Centre is developing the online service and payment system through which "
                    "municipalities apply for and receive the programme's supplementary payments."},
     "implementer": "keha",
     "partners": ["tem", "elinvoimakeskukset"],
     "municipalities": [],
     "regions": [],
     "goals": ["placement", "reception"],
     "means": ["payments", "development"],
     "funding_eur": 650000,
     "start": "2023-01-01",
     "end": "2027-12-31",
     "status": "ongoing",
     "contact_name": {"fi": "Kehittämispäällikkö", "sv": "Utvecklingschef", "en": "Development manager"},
     "contact_email": "lisatuet@keha.example.fi",
     "body": [
         ("paragraph", {"fi": "<p>Lisätukien maksatus on toimintaohjelman suurin yksittäinen tehtävä. "
                              "Hankkeen tavoitteena on, että kunnat saavat tuen nopeasti ja että "
                              "maksatuksen tiedot ovat käytettävissä ohjelman seurannassa ja "
                              "raportoinnissa.</p>",
                        "sv": "<p>Utbetalningen av tilläggsstöd är programmets största enskilda uppgift. "
                              "Målet är att kommunerna får stödet snabbt och att uppgifterna om "
                              "utbetalningarna kan användas i uppföljningen och rapporteringen av "
                              "programmet.</p>",
                        "en": "<p>Paying the supplementary payments is the programme's largest single "
                              "task. The aim is that municipalities receive the support quickly and that "
                              "payment data can be used in monitoring and reporting on the programme.</p>"}),
         ("heading", {"fi": "Toteutus", "sv": "Genomförande", "en": "What the project does"}),
         ("paragraph", {"fi": "<p>Järjestelmää kehitetään työ- ja elinkeinoministeriön ohjeistuksen mukaan "
                              "ja yhdessä kuntien kanssa. Kunnat testaavat uusia toimintoja ennen niiden "
                              "käyttöönottoa.</p>",
                        "sv": "<p>Systemet utvecklas enligt arbets- och näringsministeriets anvisningar och "
                              "tillsammans med kommunerna. Kommunerna testar nya funktioner innan de tas i "
                              "bruk.</p>",
                        "en": "<p>The system is developed according to the instructions of the Ministry "
                              "of Economic Affairs and Employment and together with municipalities, which "
                              "test new features before they are introduced.</p>"}),
     ],
     "results": [
         ("heading", {"fi": "Välitulokset", "sv": "Delresultat", "en": "Interim results"}),
         ("paragraph", {"fi": "<p>Kunnat ovat voineet hakea lisätukia sähköisesti vuodesta 2024. "
                              "Seuraavaksi kehitetään raportointia, jotta kunnat näkevät maksetut tuet "
                              "yhdestä paikasta.</p>",
                        "sv": "<p>Kommunerna har kunnat ansöka om tilläggsstöd elektroniskt sedan 2024. "
                              "Nästa steg är att utveckla rapporteringen så att kommunerna ser de utbetalda "
                              "stöden på ett ställe.</p>",
                        "en": "<p>Municipalities have been able to apply for supplementary payments "
                              "online since 2024. The next step is better reporting so that "
                              "municipalities can see all payments in one place.</p>"}),
     ]},
]

# Pages in the programme's section ("section": "programme") are reached through its page and its section
# navigation; the others sit in the main menu.
STANDARD_PAGES = [
    {"section": "programme",
     "slug": {"fi": "kotoutumisen-vastuunjako",
              "sv": "ansvarsfordelningen-inom-integrationen",
              "en": "who-does-what-in-integration"},
     "title": {"fi": "Kotoutumisen vastuunjako",
               "sv": "Ansvarsfördelningen inom integrationen",
               "en": "Who does what in integration"},
     "lead": {"fi": "Kotoutumista edistävät valtio, elinvoimakeskukset, kunnat, hyvinvointialueet ja "
                    "järjestöt – ja kotoutuja itse. Tälle sivulle on koottu, kuka vastaa mistäkin.",
              "sv": "Integrationen främjas av staten, livskraftscentralerna, kommunerna, välfärdsområdena "
                    "och organisationerna – och av invandraren själv. Här har vi samlat vem som ansvarar "
                    "för vad.",
              "en": "Integration is promoted by the state, the Economic Development Centres, "
                    "municipalities, wellbeing services counties and NGOs – and by immigrants themselves. "
                    "This page explains who is responsible for what."},
     "body": [
         ("heading", {"fi": "Valtio", "sv": "Staten", "en": "The state"}),
         ("paragraph", {"fi": "<p>Valtioneuvosto linjaa kotouttamisen valtakunnalliset tavoitteet ja "
                              "toimenpiteet nelivuotisessa valtion kotouttamisohjelmassa, joka ohjaa "
                              "viranomaisten ja muiden toimijoiden työtä.</p><ul><li><strong>Työ- ja "
                              "elinkeinoministeriö</strong> vastaa kotouttamispolitiikan kehittämisestä, "
                              "suunnittelusta ja ohjauksesta, kotouttamista koskevasta lainsäädännöstä sekä "
                              "valtakunnallisesta seurannasta ja arvioinnista. Se ohjaa elinvoimakeskuksia "
                              "kotouttamiseen ja hyviin etnisiin suhteisiin liittyvissä tehtävissä.</li><li>"
                              "<strong>Sisäministeriö</strong> ohjaa maahanmuuttohallintoa ja vastaa "
                              "maahanmuuttopolitiikan ja -lainsäädännön kokonaisuudesta. Se tulosohjaa "
                              "<strong>Maahanmuuttovirastoa</strong>, joka vastaa muun muassa "
                              "oleskeluluvista, turvapaikkahakemusten käsittelystä, vastaanottokeskusten "
                              "ohjauksesta ja pakolaiskiintiön toimeenpanosta.</li><li><strong>Sosiaali- ja "
                              "terveysministeriö</strong> vastaa maahanmuuttajien terveyden ja hyvinvoinnin "
                              "edistämisestä sekä toimeentuloon liittyvistä kysymyksistä.</li><li><strong>"
                              "Opetus- ja kulttuuriministeriö</strong> vastaa maahanmuuttajien koulutuksen "
                              "kehittämisestä, ja Opetushallitus muun muassa ulkomaisten tutkintojen "
                              "tunnustamisesta.</li><li>Ulkoministeriö vastaa viisumipolitiikasta ja "
                              "oikeusministeriö perus- ja ihmisoikeuspolitiikan koordinoinnista sekä "
                              "yhdenvertaisuuslainsäädännöstä. Yhdenvertaisuusvaltuutettu edistää "
                              "yhdenvertaisuutta ja puuttuu syrjintään.</li></ul>",
                        "sv": "<p>Statsrådet drar upp de nationella målen och åtgärderna för integration i "
                              "ett fyraårigt statligt integrationsprogram, som styr myndigheternas och "
                              "andra aktörers arbete.</p><ul><li><strong>Arbets- och "
                              "näringsministeriet</strong> ansvarar för utveckling, planering och styrning "
                              "av integrationspolitiken, för lagstiftningen om integration samt för den "
                              "nationella uppföljningen och utvärderingen. Ministeriet styr "
                              "livskraftscentralerna i uppgifter som gäller integration och goda etniska "
                              "relationer.</li><li><strong>Inrikesministeriet</strong> styr "
                              "migrationsförvaltningen och ansvarar för migrationspolitiken och "
                              "migrationslagstiftningen som helhet. Det resultatstyr <strong>"
                              "Migrationsverket</strong>, som bland annat ansvarar för uppehållstillstånd, "
                              "behandlingen av asylansökningar, styrningen av förläggningarna och "
                              "genomförandet av flyktingkvoten.</li><li><strong>Social- och "
                              "hälsovårdsministeriet</strong> ansvarar för att främja invandrarnas hälsa "
                              "och välfärd och för frågor som gäller utkomst.</li><li><strong>"
                              "Undervisnings- och kulturministeriet</strong> ansvarar för utvecklingen av "
                              "invandrarnas utbildning, och Utbildningsstyrelsen bland annat för "
                              "erkännandet av utländska examina.</li><li>Utrikesministeriet ansvarar för "
                              "viseringspolitiken och justitieministeriet för samordningen av politiken för "
                              "de grundläggande och mänskliga rättigheterna och för "
                              "likabehandlingslagstiftningen. Diskrimineringsombudsmannen främjar "
                              "likabehandling och ingriper mot diskriminering.</li></ul>",
                        "en": "<p>The Government sets the national goals and measures for integration in "
                              "a four-year Government integration programme, which guides the work of "
                              "authorities and other actors.</p><ul><li>The <strong>Ministry of Economic "
                              "Affairs and Employment</strong> is responsible for developing, planning "
                              "and steering integration policy, for integration legislation and for "
                              "national monitoring and evaluation. It steers the Economic Development "
                              "Centres in tasks related to integration and good ethnic relations.</li><li>"
                              "The <strong>Ministry of the Interior</strong> steers migration "
                              "administration and is responsible for migration policy and legislation as "
                              "a whole. It steers the <strong>Finnish Immigration Service</strong>, which "
                              "is responsible for matters such as residence permits, asylum applications, "
                              "the steering of reception centres and the implementation of the refugee "
                              "quota.</li><li>The <strong>Ministry of Social Affairs and Health</strong> "
                              "is responsible for promoting immigrants' health and wellbeing and for "
                              "questions of income security.</li><li>The <strong>Ministry of Education "
                              "and Culture</strong> is responsible for developing immigrants' education, "
                              "and the Finnish National Agency for Education for matters such as the "
                              "recognition of foreign qualifications.</li><li>The Ministry for Foreign "
                              "Affairs is responsible for visa policy, and the Ministry of Justice for "
                              "coordinating fundamental and human rights policy and for equality "
                              "legislation. The Non-Discrimination Ombudsman promotes equality and "
                              "intervenes in discrimination.</li></ul>"}),
         ("heading", {"fi": "Elinvoimakeskukset",
                      "sv": "Livskraftscentralerna",
                      "en": "Economic Development Centres"}),
         ("paragraph", {"fi": "<p>Elinvoimakeskukset (vuoteen 2025 asti ELY-keskukset) vastaavat "
                              "kotouttamisen alueellisesta kehittämisestä, yhteistyöstä, "
                              "yhteensovittamisesta ja seurannasta. Ne laativat pakolaisten kuntaan "
                              "osoittamisen alueellisen strategian ja vastaavat sen toimeenpanosta. Ne myös "
                              "sopivat ilman huoltajaa maassa asuvien lasten ja nuorten asumisyksiköiden "
                              "perustamisesta ja valvovat niitä.</p><p>Elinvoimakeskukset tukevat ja "
                              "neuvovat kuntia kotouttamistyössä ja edistävät hyviä etnisiä suhteita ja "
                              "kulttuurien välistä vuoropuhelua. Niiden maahanmuuttoyhdyshenkilöt ovat "
                              "kuntien ensisijainen yhteys kuntiin ohjaamisessa.</p>",
                        "sv": "<p>Livskraftscentralerna (till och med 2025 NTM-centralerna) ansvarar för "
                              "regional utveckling, samarbete, samordning och uppföljning av integrationen. "
                              "De utarbetar den regionala strategin för anvisning av flyktingar till "
                              "kommuner och ansvarar för att den genomförs. De avtalar också om inrättandet "
                              "av boendeenheter för barn och unga som bor i Finland utan vårdnadshavare och "
                              "övervakar dem.</p><p>Livskraftscentralerna stöder och ger råd åt kommunerna "
                              "i integrationsarbetet och främjar goda etniska relationer och dialog mellan "
                              "kulturer. Deras kontaktpersoner för invandring är kommunernas främsta "
                              "kontakt i frågor om anvisning.</p>",
                        "en": "<p>The Economic Development Centres (ELY Centres until 2025) are "
                              "responsible for regional development, cooperation, coordination and "
                              "monitoring of integration. They draw up the regional strategy for placing "
                              "refugees in municipalities and are responsible for carrying it out. They "
                              "also agree on setting up housing units for children and young people "
                              "living in Finland without a guardian, and supervise them.</p><p>The "
                              "centres support and advise municipalities in integration work and promote "
                              "good ethnic relations and intercultural dialogue. Their migration contact "
                              "persons are municipalities' main contact in placement matters.</p>"}),
         ("heading", {"fi": "Kunnat", "sv": "Kommunerna", "en": "Municipalities"}),
         ("paragraph", {"fi": "<p>Kunnat vastaavat paikallisen kotouttamisen kehittämisestä, suunnittelusta "
                              "ja seurannasta. Niiden tehtävänä on huomioida maahanmuuttajien tarpeet "
                              "palveluissaan, varmistaa palvelujen riittävyys ja soveltuvuus sekä huolehtia "
                              "henkilöstön kotouttamisosaamisesta. Kunnat myös edistävät yhdenvertaisuutta "
                              "ja myönteistä vuorovaikutusta eri väestöryhmien välillä.</p><p>Vuoden 2025 "
                              "alusta kunnat ja työllisyysalueet ovat vastanneet julkisista "
                              "työvoimapalveluista, jotka aiemmin kuuluivat TE-toimistoille. Samalla "
                              "kuntien rooli alkukartoitusten ja kotoutumissuunnitelmien laatimisessa "
                              "vahvistui.</p>",
                        "sv": "<p>Kommunerna ansvarar för utveckling, planering och uppföljning av "
                              "integrationen på lokal nivå. De ska beakta invandrarnas behov i sina "
                              "tjänster, se till att tjänsterna är tillräckliga och lämpliga och sörja för "
                              "att personalen har kunskap om integration. Kommunerna främjar också "
                              "likabehandling och positiv växelverkan mellan olika befolkningsgrupper.</p>"
                              "<p>Sedan början av 2025 har kommunerna och sysselsättningsområdena ansvarat "
                              "för de offentliga arbetskraftstjänsterna, som tidigare sköttes av arbets- "
                              "och näringsbyråerna. Samtidigt stärktes kommunernas roll i de inledande "
                              "kartläggningarna och integrationsplanerna.</p>",
                        "en": "<p>Municipalities are responsible for developing, planning and monitoring "
                              "integration locally. They take immigrants' needs into account in their "
                              "services, make sure the services are sufficient and suitable, and see that "
                              "their staff have integration expertise. Municipalities also promote "
                              "equality and positive interaction between population groups.</p><p>Since "
                              "the start of 2025, municipalities and employment areas have been "
                              "responsible for public employment services, which were previously provided "
                              "by the TE Offices. At the same time, the role of municipalities in initial "
                              "assessments and integration plans was strengthened.</p>"}),
         ("heading", {"fi": "Hyvinvointialueet",
                      "sv": "Välfärdsområdena",
                      "en": "Wellbeing services counties"}),
         ("paragraph", {"fi": "<p>Hyvinvointialueet ovat vuodesta 2023 vastanneet sosiaali- ja "
                              "terveyspalveluista. Pakolaisten kotoutumisen kannalta keskeisiä ovat "
                              "esimerkiksi alkuvaiheen terveystarkastukset, sosiaalityö ja psykososiaalinen "
                              "tuki. Hyvinvointialueet ja kunnat sopivat yhteistyöstään, jotta palvelut "
                              "muodostavat pakolaiselle sujuvan kokonaisuuden.</p>",
                        "sv": "<p>Välfärdsområdena har sedan 2023 ansvarat för social- och "
                              "hälsovårdstjänsterna. För flyktingarnas integration är till exempel "
                              "hälsoundersökningar i inledningsskedet, socialt arbete och psykosocialt stöd "
                              "centrala. Välfärdsområdena och kommunerna kommer överens om sitt samarbete "
                              "så att tjänsterna bildar en smidig helhet för flyktingen.</p>",
                        "en": "<p>Since 2023, wellbeing services counties have been responsible for "
                              "social and health services. Key services for refugees' integration include "
                              "initial health examinations, social work and psychosocial support. "
                              "Wellbeing services counties and municipalities agree on their cooperation "
                              "so that services form a smooth whole for the refugee.</p>"}),
         ("heading", {"fi": "Järjestöt", "sv": "Organisationerna", "en": "NGOs"}),
         ("paragraph", {"fi": "<p>Järjestöt, kuten Suomen Pakolaisapu ja Suomen Punainen Risti, tukevat "
                              "kotoutumista esimerkiksi vapaaehtoistoiminnalla, ystävätoiminnalla, "
                              "neuvonnalla ja osallisuutta vahvistavalla toiminnalla. Ne tuovat pakolaisten "
                              "kokemuksia viranomaisten tietoon ja ovat mukana toimintaohjelman "
                              "ohjausryhmässä ja Pakolaisesta kuntalaiseksi -verkostossa.</p>",
                        "sv": "<p>Organisationer som Finlands Flyktinghjälp och Finlands Röda Kors stöder "
                              "integrationen till exempel genom frivilligverksamhet, vänverksamhet, "
                              "rådgivning och verksamhet som stärker delaktigheten. De förmedlar "
                              "flyktingarnas erfarenheter till myndigheterna och är med i programmets "
                              "styrgrupp och i nätverket Från flykting till kommuninvånare.</p>",
                        "en": "<p>NGOs such as the Finnish Refugee Council and the Finnish Red Cross "
                              "support integration through volunteering, befriending, advice and "
                              "activities that strengthen participation. They bring refugees' experiences "
                              "to the attention of the authorities and take part in the programme's "
                              "steering group and the From Refugee to Resident network.</p>"}),
         ("heading", {"fi": "Kotoutuja itse", "sv": "Invandraren själv", "en": "Immigrants themselves"}),
         ("paragraph", {"fi": "<p>Viranomaiset huolehtivat kotoutumista edistävien palvelujen "
                              "järjestämisestä, mutta maahanmuuttajalla itsellään on aktiivinen rooli. Hän "
                              "osallistuu henkilökohtaisen kotoutumissuunnitelman laatimiseen sekä siinä "
                              "sovittuihin palveluihin. Oma aktiivisuus, motivaatio ja sitoutuminen ovat "
                              "kotoutumisen kannalta keskeisiä.</p><p><em>Lähde: Forssan seudun "
                              "kotouttamisohjelma 2021–2024, liite 6. Tekstiä on päivitetty vastaamaan "
                              "vuosien 2023–2026 uudistuksia.</em></p>",
                        "sv": "<p>Myndigheterna ser till att tjänster som främjar integration ordnas, men "
                              "invandraren har själv en aktiv roll. Hen deltar i att utarbeta sin "
                              "personliga integrationsplan och i de tjänster som man kommit överens om i "
                              "planen. Egen aktivitet, motivation och engagemang är centrala för "
                              "integrationen.</p><p><em>Källa: Forssaregionens integrationsprogram "
                              "2021–2024, bilaga 6. Texten har uppdaterats enligt reformerna 2023–2026.</em>"
                              "</p>",
                        "en": "<p>The authorities make sure that services promoting integration are "
                              "available, but immigrants themselves play an active role. They take part "
                              "in drawing up their personal integration plan and in the services agreed "
                              "in it. Their own initiative, motivation and commitment are key to "
                              "successful integration.</p><p><em>Source: Forssa region integration "
                              "programme 2021–2024, appendix 6. The text has been updated to reflect the "
                              "reforms of 2023–2026.</em></p>"}),
     ]},
    {"section": "programme",
     "slug": {"fi": "pakolaisesta-kuntalaiseksi-verkosto",
              "sv": "natverket-fran-flykting-till-kommuninvanare",
              "en": "from-refugee-to-resident-network"},
     "title": {"fi": "Pakolaisesta kuntalaiseksi -verkosto",
               "sv": "Nätverket Från flykting till kommuninvånare",
               "en": "From Refugee to Resident network"},
     "lead": {"fi": "Verkosto kokoaa yhteen pakolaisten vastaanoton ja kotoutumisen tuen toimijat eri "
                    "puolilta Suomea.",
              "sv": "Nätverket samlar aktörer inom mottagande av flyktingar och integrationsstöd från olika "
                    "delar av Finland.",
              "en": "The network brings together people working in refugee reception and integration "
                    "support across Finland."},
     "body": [
         ("heading", {"fi": "Kenelle verkosto on tarkoitettu?",
                      "sv": "Vem är nätverket till för?",
                      "en": "Who is the network for?"}),
         ("paragraph", {"fi": "<ul><li>kuntien kotoutumis-, sosiaali-, sivistys- ja työllisyyspalveluiden "
                              "työntekijät</li><li>elinvoimakeskusten maahanmuuttoyhdyshenkilöt</li><li>"
                              "hyvinvointialueiden työntekijät</li><li>järjestöjen ja vapaaehtoistoiminnan "
                              "toimijat</li><li>pakolaistaustaiset kokemusasiantuntijat</li></ul>",
                        "sv": "<ul><li>anställda inom kommunernas integrations-, social-, bildnings- och "
                              "sysselsättningstjänster</li><li>livskraftscentralernas kontaktpersoner för "
                              "invandring</li><li>anställda vid välfärdsområdena</li><li>aktörer inom "
                              "organisationer och frivilligverksamhet</li><li>erfarenhetsexperter med "
                              "flyktingbakgrund</li></ul>",
                        "en": "<ul><li>staff of municipal integration, social, education and employment "
                              "services</li><li>migration contact persons of the Economic Development "
                              "Centres</li><li>staff of wellbeing services counties</li><li>people "
                              "working in NGOs and volunteer activities</li><li>experts by experience "
                              "with a refugee background</li></ul>"}),
         ("heading", {"fi": "Mitä verkosto tekee?",
                      "sv": "Vad gör nätverket?",
                      "en": "What does the network do?"}),
         ("paragraph", {"fi": "<p>Verkosto kokoontuu kaksi kertaa vuodessa ja järjestää lisäksi webinaareja "
                              "ajankohtaisista aiheista. Tapaamisissa jaetaan hyviä käytäntöjä, esitellään "
                              "hankkeiden tuloksia ja keskustellaan kuntien kokemuksista.</p><p>Verkosto "
                              "tukee myös toimintaohjelman suunnittelua: tapaamisissa esiin nousseet "
                              "kehittämistarpeet välitetään ohjausryhmälle ja temaattisille työryhmille.</p>",
                        "sv": "<p>Nätverket träffas två gånger om året och ordnar dessutom webbinarier om "
                              "aktuella teman. På träffarna sprids goda praxis, projektresultat presenteras "
                              "och kommunernas erfarenheter diskuteras.</p><p>Nätverket stöder också "
                              "planeringen av programmet: utvecklingsbehov som lyfts fram på träffarna "
                              "förmedlas till styrgruppen och de tematiska arbetsgrupperna.</p>",
                        "en": "<p>The network meets twice a year and also holds webinars on current "
                              "topics. The meetings are used to share good practices, present project "
                              "results and discuss municipalities' experiences.</p><p>The network also "
                              "supports the programme's planning: development needs raised at the "
                              "meetings are passed on to the steering group and the thematic working "
                              "groups.</p>"}),
         ("heading", {"fi": "Näin pääset mukaan", "sv": "Så här kommer du med", "en": "How to join"}),
         ("paragraph", {"fi": "<p>Verkoston tapaamiset ovat avoimia kaikille alan toimijoille, ja "
                              "osallistuminen on maksutonta. Tapaamisista ilmoitetaan tämän sivuston "
                              "tapahtumakalenterissa ja elinvoimakeskusten maahanmuuttoyhdyshenkilöiden "
                              "kautta.</p>",
                        "sv": "<p>Nätverkets träffar är öppna för alla som arbetar inom området, och "
                              "deltagandet är avgiftsfritt. Träffarna annonseras i evenemangskalendern på "
                              "den här webbplatsen och via livskraftscentralernas kontaktpersoner för "
                              "invandring.</p>",
                        "en": "<p>The network's meetings are open to everyone working in the field, and "
                              "taking part is free of charge. Meetings are announced in the events "
                              "calendar on this website and through the migration contact persons of the "
                              "Economic Development Centres.</p>"}),
     ]},
    {"slug": {"fi": "temaattiset-tyoryhmat",
              "sv": "tematiska-arbetsgrupper",
              "en": "thematic-working-groups"},
     "title": {"fi": "Temaattiset työryhmät",
               "sv": "Tematiska arbetsgrupper",
               "en": "Thematic working groups"},
     "lead": {"fi": "Ohjausryhmän lisäksi toimintaohjelmalle on nimetty temaattisia yhteistyöryhmiä, jotka "
                    "tukevat ja kehittävät ohjelman toimintaa.",
              "sv": "Utöver styrgruppen har tematiska samarbetsgrupper utsetts för programmet. De stöder "
                    "och utvecklar programmets verksamhet.",
              "en": "In addition to the steering group, the programme has thematic working groups that "
                    "support and develop its work."},
     "body": [
         ("heading", {"fi": "Työryhmät", "sv": "Arbetsgrupperna", "en": "The working groups"}),
         ("paragraph", {"fi": "<ul><li><strong>Kuntapaikat ja asuminen</strong> – kuntapaikkojen "
                              "ennakointi, asuntojen saatavuus ja kuntiin ohjaamisen yhteistyö</li><li>"
                              "<strong>Vastaanotto ja alkuvaiheen palvelut</strong> – ohjaus ja neuvonta, "
                              "terveys- ja sosiaalipalvelut sekä lasten ja perheiden palvelut</li><li>"
                              "<strong>Osallisuus ja vastaanottavuus</strong> – pakolaisten osallistuminen "
                              "palveluiden kehittämiseen, vapaaehtoistoiminta ja hyvät väestösuhteet</li>"
                              "</ul>",
                        "sv": "<ul><li><strong>Kommunplatser och boende</strong> – att förutse behovet av "
                              "kommunplatser, tillgången till bostäder och samarbetet kring anvisning</li>"
                              "<li><strong>Mottagande och tjänster i inledningsskedet</strong> – "
                              "handledning och rådgivning, hälso- och socialtjänster samt tjänster för barn "
                              "och familjer</li><li><strong>Delaktighet och mottaglighet</strong> – "
                              "flyktingarnas deltagande i utvecklingen av tjänster, frivilligverksamhet och "
                              "goda befolkningsrelationer</li></ul>",
                        "en": "<ul><li><strong>Municipal places and housing</strong> – planning municipal "
                              "places, availability of housing and cooperation on placement</li><li>"
                              "<strong>Reception and early services</strong> – guidance and advice, "
                              "health and social services, and services for children and families</li><li>"
                              "<strong>Participation and receptiveness</strong> – refugees' involvement "
                              "in developing services, volunteering and good relations between population "
                              "groups</li></ul>"}),
         ("heading", {"fi": "Miten työryhmät toimivat?",
                      "sv": "Hur arbetar grupperna?",
                      "en": "How do the groups work?"}),
         ("paragraph", {"fi": "<p>Työryhmiin kuuluu asiantuntijoita elinvoimakeskuksista, kunnista, "
                              "hyvinvointialueilta ja järjestöistä sekä pakolaistaustaisia "
                              "kokemusasiantuntijoita. Ryhmät kokoontuvat 3–4 kertaa vuodessa.</p><p>"
                              "Työryhmät tarkastelevat niille osoitettujen kyselyjen tuloksia ja tekevät "
                              "ehdotuksia kehittämistarpeista. Ehdotukset käsitellään ohjausryhmässä ja "
                              "otetaan huomioon vuosittaisessa toimintasuunnitelmassa.</p>",
                        "sv": "<p>Grupperna består av sakkunniga från livskraftscentralerna, kommunerna, "
                              "välfärdsområdena och organisationerna samt av erfarenhetsexperter med "
                              "flyktingbakgrund. Grupperna sammanträder 3–4 gånger om året.</p><p>"
                              "Arbetsgrupperna granskar resultaten av de enkäter som tilldelats dem och "
                              "lägger fram förslag om utvecklingsbehov. Förslagen behandlas i styrgruppen "
                              "och beaktas i den årliga verksamhetsplanen.</p>",
                        "en": "<p>The groups include experts from the Economic Development Centres, "
                              "municipalities, wellbeing services counties and NGOs, as well as experts "
                              "by experience with a refugee background. They meet three or four times a "
                              "year.</p><p>The working groups review the results of the surveys assigned "
                              "to them and propose development needs. The proposals are discussed in the "
                              "steering group and taken into account in the annual action plan.</p>"}),
     ]},
]

ACCESSIBILITY = {
    "slug": {"fi": "saavutettavuusseloste",
             "sv": "tillganglighetsutlatande",
             "en": "accessibility-statement"},
    "title": {"fi": "Saavutettavuusseloste",
              "sv": "Tillgänglighetsutlåtande",
              "en": "Accessibility statement"},
    "conformance": "partial",
    "prepared": "2026-11-01",
    "reviewed": "2026-11-20",
    "feedback_email": "saavutettavuus@kuntaan.example.fi",
    "intro": {"fi": "<p>Tämä saavutettavuusseloste koskee Kuntaan-verkkopalvelua eli pakolaisten kuntiin "
                    "ohjaamisen ja kotoutumisen tuen toimintaohjelman verkkosivustoa ja sen "
                    "kyselylomakkeita. Palvelua koskee laki digitaalisten palvelujen tarjoamisesta, jonka "
                    "mukaan julkisten verkkopalvelujen on oltava saavutettavia.</p><p>Palvelu täyttää "
                    "saavutettavuusvaatimukset (WCAG 2.1, taso AA) <strong>osittain</strong>. Seloste on "
                    "laadittu 1.11.2026 ja tarkistettu 20.11.2026. Arvio perustuu palvelun tuottajan omaan "
                    "arvioon sekä automaattisiin ja manuaalisiin testeihin.</p>",
              "sv": "<p>Detta tillgänglighetsutlåtande gäller webbtjänsten Kuntaan, det vill säga "
                    "webbplatsen och enkätformulären för åtgärdsprogrammet för anvisning av flyktingar till "
                    "kommuner och stöd för integration. Tjänsten omfattas av lagen om tillhandahållande av "
                    "digitala tjänster, enligt vilken offentliga webbtjänster ska vara tillgängliga.</p><p>"
                    "Tjänsten uppfyller tillgänglighetskraven (WCAG 2.1, nivå AA) <strong>delvis</strong>. "
                    "Utlåtandet har utarbetats den 1 november 2026 och granskats den 20 november 2026. "
                    "Bedömningen grundar sig på tjänsteleverantörens egen bedömning samt på automatiska och "
                    "manuella tester.</p>",
              "en": "<p>This accessibility statement applies to the Kuntaan online service, that is, the "
                    "website and survey forms of the action programme for placing refugees in "
                    "municipalities and supporting their integration. The service is covered by the Act on "
                    "the Provision of Digital Services, which requires public online services to be "
                    "accessible.</p><p>The service <strong>partially</strong> meets the accessibility "
                    "requirements (WCAG 2.1, level AA). This statement was prepared on 1 November 2026 and "
                    "reviewed on 20 November 2026. The assessment is based on the service provider's own "
                    "evaluation and on automated and manual testing.</p>"},
    "non_accessible": {"fi": "<p>Seuraavat sisällöt eivät vielä ole kaikilta osin saavutettavia:</p><ul><li>"
                             "<strong>Kumppanien PDF-liitteet.</strong> Hankkeiden ja "
                             "kumppaniorganisaatioiden toimittamat PDF-raportit eivät välttämättä ole "
                             "saavutettavia: niistä voi puuttua esimerkiksi otsikkorakenne tai taulukoiden "
                             "merkinnät. Pyydämme toimittajilta saavutettavat versiot ja kokoamme julkaisun "
                             "keskeisen sisällön tekstinä sivulle.</li><li><strong>Kyselytulosten "
                             "kaaviot.</strong> Kaavioita ei voi kaikilta osin tulkita ruudunlukijalla. "
                             "Jokaisella kaaviolla on tekstivastine, ja samat tiedot ovat saatavilla "
                             "taulukkona.</li><li><strong>Oikealta vasemmalle kirjoitettavat "
                             "kielet.</strong> Arabian-, dari- ja pastunkielisten kyselyjen ohjetekstien "
                             "tarkistus on kesken, ja niissä voi olla yksittäisiä suomenkielisiä osia.</li>"
                             "</ul><p>Pyrimme korjaamaan puutteet kesäkuun 2027 loppuun mennessä.</p>",
                       "sv": "<p>Följande innehåll är ännu inte tillgängligt i alla avseenden:</p><ul><li>"
                             "<strong>Partnernas PDF-bilagor.</strong> PDF-rapporter från projekt och "
                             "partnerorganisationer är inte nödvändigtvis tillgängliga: de kan till exempel "
                             "sakna rubrikstruktur eller märkning av tabeller. Vi ber om tillgängliga "
                             "versioner och sammanställer publikationens viktigaste innehåll som text på "
                             "sidan.</li><li><strong>Diagram över enkätresultat.</strong> Diagrammen kan "
                             "inte i alla delar tolkas med skärmläsare. Varje diagram har en "
                             "textmotsvarighet och samma uppgifter finns i tabellform.</li><li><strong>"
                             "Språk som skrivs från höger till vänster.</strong> Granskningen av "
                             "anvisningarna i enkäterna på arabiska, dari och pashto pågår fortfarande, och "
                             "de kan innehålla enstaka delar på finska.</li></ul><p>Vi strävar efter att "
                             "åtgärda bristerna före utgången av juni 2027.</p>",
                       "en": "<p>The following content is not yet fully accessible:</p><ul><li><strong>PDF "
                             "attachments from partners.</strong> PDF reports supplied by projects and "
                             "partner organisations may not be accessible: they may, for example, lack a "
                             "heading structure or table markup. We ask for accessible versions and "
                             "publish the key content of each report as text on the page.</li><li><strong>"
                             "Charts of survey results.</strong> Charts cannot always be fully interpreted "
                             "with a screen reader. Every chart has a text alternative, and the same data "
                             "are available as a table.</li><li><strong>Right-to-left languages.</strong> "
                             "The review of the instructions in the Arabic, Dari and Pashto surveys is "
                             "still in progress, and they may contain some parts in Finnish.</li></ul><p>"
                             "We aim to fix these issues by the end of June 2027.</p>"},
    "feedback": {"fi": "<p>Huomasitko saavutettavuuspuutteen? Kerro siitä meille sähköpostilla osoitteeseen "
                       "<strong>saavutettavuus@kuntaan.example.fi</strong>. Voit myös pyytää saavutettavaa "
                       "versiota sisällöstä, joka ei ole saavutettava. Vastaamme palautteeseen 14 päivän "
                       "kuluessa.</p>",
                 "sv": "<p>Har du upptäckt brister i tillgängligheten? Berätta om dem per e-post till "
                       "<strong>saavutettavuus@kuntaan.example.fi</strong>. Du kan också begära en "
                       "tillgänglig version av innehåll som inte är tillgängligt. Vi svarar inom 14 "
                       "dagar.</p>",
                 "en": "<p>Have you noticed an accessibility issue? Please tell us by e-mail at <strong>"
                       "saavutettavuus@kuntaan.example.fi</strong>. You can also request an accessible "
                       "version of content that is not accessible. We will reply within 14 days.</p>"},
    "enforcement": {"fi": "<p>Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. "
                          "Vastaamme 14 päivän kuluessa. Jos et ole tyytyväinen saamaasi vastaukseen tai et "
                          "saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen "
                          "saavutettavuuden valvontaviranomaiselle.</p><p>Valvontaviranomaisen sivuilla "
                          "kerrotaan, miten ilmoituksen voi tehdä ja miten asia käsitellään: <a "
                          'href="https://www.saavutettavuusvaatimukset.fi">saavutettavuusvaatimukset.fi</a>'
                          ".</p>",
                    "sv": "<p>Om du upptäcker problem med tillgängligheten på webbplatsen, ge först respons "
                          "till oss. Vi svarar inom 14 dagar. Om du inte är nöjd med svaret eller inte får "
                          "något svar inom två veckor, kan du göra en anmälan till tillsynsmyndigheten för "
                          "tillgänglighet.</p><p>På tillsynsmyndighetens webbplats finns information om hur "
                          "du gör en anmälan och hur ärendet behandlas: <a "
                          'href="https://www.saavutettavuusvaatimukset.fi">saavutettavuusvaatimukset.fi</a>'
                          ".</p>",
                    "en": "<p>If you notice accessibility problems on the website, please first send "
                          "feedback to us. We will reply within 14 days. If you are not satisfied with the "
                          "reply, or you do not receive a reply within two weeks, you can notify the "
                          "accessibility supervisory authority.</p><p>The supervisory authority's website "
                          "explains how to submit a notification and how it is handled: <a "
                          'href="https://www.saavutettavuusvaatimukset.fi">saavutettavuusvaatimukset.fi</a>'
                          ".</p>"},
}

PRIVACY = {
    "slug": {"fi": "tietosuoja", "sv": "dataskydd", "en": "privacy"},
    "title": {"fi": "Tietosuojaseloste", "sv": "Dataskyddsbeskrivning", "en": "Privacy notice"},
    "body": [
        ("heading", {"fi": "Rekisterinpitäjä", "sv": "Personuppgiftsansvarig", "en": "Controller"}),
        ("paragraph", {"fi": "<p>Rekisterinpitäjä on työ- ja elinkeinoministeriö (PL 32, 00023 "
                             "Valtioneuvosto). Ministeriön tietosuojavastaavan yhteystiedot löytyvät "
                             'osoitteesta <a href="https://tem.fi">tem.fi</a>.</p>',
                       "sv": "<p>Personuppgiftsansvarig är arbets- och näringsministeriet (PB 32, 00023 "
                             "Statsrådet). Kontaktuppgifterna till ministeriets dataskyddsombud finns på <a "
                             'href="https://tem.fi">tem.fi</a>.</p>',
                       "en": "<p>The controller is the Ministry of Economic Affairs and Employment (PO "
                             "Box 32, FI-00023 Government, Finland). Contact details for the ministry's "
                             'data protection officer are available at <a href="https://tem.fi">tem.fi</a>'
                             ".</p>"}),
        ("heading", {"fi": "Käsittelyn tarkoitus ja peruste",
                     "sv": "Syfte och grund för behandlingen",
                     "en": "Purpose and legal basis"}),
        ("paragraph", {"fi": "<p>Henkilötietoja käsitellään toimintaohjelman viestinnän, kuntakyselyiden, "
                             "palautekyselyiden ja ohjelman seurannan ja arvioinnin toteuttamiseksi sekä "
                             "verkkopalvelun ylläpitämiseksi. Käsittely perustuu yleisen edun mukaisen "
                             "tehtävän suorittamiseen (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 "
                             "kohdan e alakohta).</p>",
                       "sv": "<p>Personuppgifter behandlas för programmets kommunikation, kommunenkäter, "
                             "responsenkäter, uppföljning och utvärdering samt för att underhålla "
                             "webbtjänsten. Behandlingen grundar sig på utförandet av en uppgift av allmänt "
                             "intresse (artikel 6.1 e i EU:s allmänna dataskyddsförordning).</p>",
                       "en": "<p>Personal data are processed for the programme's communications, "
                             "municipal surveys, feedback surveys, monitoring and evaluation, and to "
                             "maintain the online service. The processing is based on the performance of "
                             "a task carried out in the public interest (Article 6(1)(e) of the EU "
                             "General Data Protection Regulation).</p>"}),
        ("heading", {"fi": "Mitä tietoja käsitellään?",
                     "sv": "Vilka uppgifter behandlas?",
                     "en": "What data are processed?"}),
        ("paragraph", {"fi": "<ul><li><strong>Kuntakyselyt:</strong> kutsun saaneen yhteyshenkilön nimi, "
                             "sähköpostiosoite ja kunta. Kyselyn vastaukset ovat kunnan vastauksia, eivät "
                             "henkilön.</li><li><strong>Pakolaisten palautekyselyt:</strong> vastaukset "
                             "ovat nimettömiä. Emme tallenna nimeä, sähköpostiosoitetta, IP-osoitetta "
                             "emmekä selaimen tietoja. Taustakysymyksiin vastaaminen on vapaaehtoista, eikä "
                             "alle viiden vastaajan ryhmien tuloksia näytetä.</li><li><strong>"
                             "Ylläpitäjät:</strong> käyttäjätunnus, nimi, sähköpostiosoite ja "
                             "kirjautumistiedot.</li><li><strong>Evästeet:</strong> emme käytä seuranta- "
                             "tai analytiikkaevästeitä. Sivusto käyttää vain istuntoevästettä sekä "
                             "lomakkeiden suojaamiseen tarvittavaa evästettä, jotka ovat välttämättömiä "
                             "lomakkeiden ja ylläpidon toiminnalle.</li></ul>",
                       "sv": "<ul><li><strong>Kommunenkäter:</strong> namn, e-postadress och kommun för den "
                             "kontaktperson som fått inbjudan. Svaren på enkäten är kommunens svar, inte "
                             "personens.</li><li><strong>Responsenkäter för flyktingar:</strong> svaren är "
                             "anonyma. Vi sparar inte namn, e-postadress, IP-adress eller uppgifter om "
                             "webbläsaren. Bakgrundsfrågorna är frivilliga och resultat för grupper med "
                             "färre än fem svarande visas inte.</li><li><strong>Administratörer:</strong> "
                             "användarnamn, namn, e-postadress och inloggningsuppgifter.</li><li><strong>"
                             "Kakor:</strong> vi använder inga kakor för spårning eller analys. Webbplatsen "
                             "använder endast en sessionskaka och en kaka som skyddar formulären. De är "
                             "nödvändiga för att formulären och administrationen ska fungera.</li></ul>",
                       "en": "<ul><li><strong>Municipal surveys:</strong> the name, e-mail address and "
                             "municipality of the contact person who received the invitation. Survey "
                             "answers are the municipality's answers, not the person's.</li><li><strong>"
                             "Refugee feedback surveys:</strong> answers are anonymous. We do not store "
                             "names, e-mail addresses, IP addresses or browser details. Background "
                             "questions are optional, and results for groups of fewer than five "
                             "respondents are not shown.</li><li><strong>Administrators:</strong> "
                             "username, name, e-mail address and login data.</li><li><strong>"
                             "Cookies:</strong> we do not use tracking or analytics cookies. The site "
                             "only uses a session cookie and a cookie that protects forms, both of which "
                             "are necessary for forms and administration to work.</li></ul>"}),
        ("heading", {"fi": "Säilytysaika", "sv": "Lagringstid", "en": "Retention"}),
        ("paragraph", {"fi": "<p>Kuntakyselyiden yhteyshenkilötiedot ja kutsut poistetaan viimeistään kaksi "
                             "vuotta kyselykierroksen päättymisen jälkeen. Kyselyvastauksia säilytetään "
                             "niin kauan kuin toimintaohjelman raportointi, arviointi ja EU-rahoituksen "
                             "tarkastusvaatimukset edellyttävät. Tekniset virhe- ja tietoturvalokit "
                             "poistetaan 30 päivän kuluessa.</p>",
                       "sv": "<p>Kontaktuppgifter och inbjudningar för kommunenkäterna raderas senast två "
                             "år efter att enkätomgången avslutats. Enkätsvaren bevaras så länge som "
                             "programmets rapportering, utvärdering och granskningskraven för "
                             "EU-finansiering förutsätter. Tekniska fel- och säkerhetsloggar raderas inom "
                             "30 dagar.</p>",
                       "en": "<p>Contact details and invitations for municipal surveys are deleted no "
                             "later than two years after the survey round closes. Survey answers are kept "
                             "as long as the programme's reporting, evaluation and EU funding audit "
                             "requirements demand. Technical error and security logs are deleted within "
                             "30 days.</p>"}),
        ("heading", {"fi": "Oikeutesi", "sv": "Dina rättigheter", "en": "Your rights"}),
        ("paragraph", {"fi": "<p>Sinulla on oikeus saada pääsy tietoihisi, pyytää virheellisten tietojen "
                             "oikaisemista ja käsittelyn rajoittamista sekä vastustaa käsittelyä. Koska "
                             "käsittely perustuu yleisen edun mukaiseen tehtävään, oikeus tietojen "
                             "poistamiseen ja siirtämiseen ei yleensä sovellu. Nimettömistä "
                             "palautekyselyistä emme pysty tunnistamaan yksittäisen vastaajan "
                             "vastauksia.</p>",
                       "sv": "<p>Du har rätt att få tillgång till dina uppgifter, begära rättelse av "
                             "felaktiga uppgifter och begränsning av behandlingen samt invända mot "
                             "behandlingen. Eftersom behandlingen grundar sig på en uppgift av allmänt "
                             "intresse gäller rätten till radering och dataportabilitet i regel inte. I de "
                             "anonyma responsenkäterna kan vi inte identifiera en enskild persons svar.</p>",
                       "en": "<p>You have the right to access your data, to request the correction of "
                             "inaccurate data and the restriction of processing, and to object to "
                             "processing. As the processing is based on a task in the public interest, "
                             "the rights to erasure and data portability do not usually apply. In the "
                             "anonymous feedback surveys we cannot identify an individual respondent's "
                             "answers.</p>"}),
        ("heading", {"fi": "Yhteystiedot ja valitusoikeus",
                     "sv": "Kontaktuppgifter och rätt att klaga",
                     "en": "Contact and complaints"}),
        ("paragraph", {"fi": "<p>Tietosuojaa koskevat kysymykset ja pyynnöt voit lähettää osoitteeseen "
                             "<strong>tietosuoja@kuntaan.example.fi</strong>. Jos katsot, että "
                             "henkilötietojesi käsittelyssä on rikottu tietosuojasäädöksiä, voit tehdä "
                             "valituksen tietosuojavaltuutetun toimistoon.</p>",
                       "sv": "<p>Frågor och begäranden som gäller dataskydd kan du skicka till <strong>"
                             "tietosuoja@kuntaan.example.fi</strong>. Om du anser att behandlingen av dina "
                             "personuppgifter strider mot dataskyddsbestämmelserna kan du lämna in ett "
                             "klagomål till dataombudsmannens byrå.</p>",
                       "en": "<p>You can send questions and requests about data protection to <strong>"
                             "tietosuoja@kuntaan.example.fi</strong>. If you believe that the processing "
                             "of your personal data breaches data protection law, you can lodge a "
                             "complaint with the Office of the Data Protection Ombudsman.</p>"}),
    ],
}
