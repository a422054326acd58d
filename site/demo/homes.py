"""The home pages in the survey languages: what the programme is, in the visitor's own language, above the
surveys open in it (templates/pages/home_page.html lists them). Drafts for the demo: a real site has them
checked by translators."""

SURVEY_LANGUAGE_HOMES = {
    "slug": {lang: f"home-{lang}" for lang in ("ar", "fa", "ps", "ku", "so", "ti", "uk", "ru", "fr", "sw", "es")},
    "hero_title": {
        "ar": "اللاجئون في البلديات",
        "fa": "پناهندگان در شهرداری‌ها",
        "ps": "په ښاروالیو کې کډوال",
        "ku": "Penaber li şaredariyan",
        "so": "Qaxootiga degmooyinka",
        "ti": "ስደተኛታት ኣብ ምምሕዳራት",
        "uk": "Біженці в муніципалітетах",
        "ru": "Беженцы в муниципалитетах",
        "fr": "Réfugiés dans les communes",
        "sw": "Wakimbizi katika manispaa",
        "es": "Refugiados en los municipios",
    },
    "hero_text": {
        "ar": "برنامج فنلندا لتوطين اللاجئين في البلديات ودعم اندماجهم، تديره وزارة الشؤون الاقتصادية والتوظيف "
        "ويشارك الاتحاد الأوروبي في تمويله. يمكنك هنا الإجابة على الاستبيانات بلغتك وإخبارنا كيف مرت سنواتك "
        "الأولى في فنلندا. بقية الموقع باللغات الفنلندية والسويدية والإنجليزية.",
        "fa": "برنامه فنلاند برای اسکان پناهندگان در شهرداری‌ها و حمایت از ادغام آنان، که وزارت امور اقتصادی و "
        "اشتغال اجرا می‌کند و اتحادیه اروپا در تأمین مالی آن شریک است. در اینجا می‌توانید به زبان خودتان به "
        "نظرسنجی‌ها پاسخ دهید و به ما بگویید نخستین سال‌های شما در فنلاند چگونه گذشته است. بقیه این وب‌سایت به "
        "زبان‌های فنلاندی، سوئدی و انگلیسی است.",
        "ps": "د فنلنډ پروګرام د کډوالو په ښاروالیو کې د ځای پر ځای کولو او د هغوی د ادغام د ملاتړ لپاره، چې د "
        "اقتصادي چارو او استخدام وزارت یې پرمخ وړي او اروپايي اتحادیه یې په تمویل کې برخه لري. دلته تاسو کولی شئ "
        "په خپله ژبه سروې ته ځواب ورکړئ او موږ ته ووایاست چې په فنلنډ کې مو لومړني کلونه څنګه تېر شول. د ویب "
        "پاڼې نوره برخه په فنلنډي، سویډني او انګلیسي ژبو ده.",
        "ku": "Bernameya Fînlandiyayê ji bo bicihkirina penaberan li şaredariyan û piştgiriya entegrasyona wan, ku "
        "Wezareta Karûbarên Aborî û Kar birêve dibe û Yekîtiya Ewropayê bi hev re fînanse dike. Li vir tu dikarî "
        "bi zimanê xwe bersiva anketan bidî û ji me re bibêjî ka salên te yên pêşîn li Fînlandiyayê çawa derbas "
        "bûn. Beşên din ên malperê bi fînî, swêdî û îngilîzî ne.",
        "so": "Barnaamijka Finland ee qaxootiga lagu dejiyo degmooyinka laguna taageero isdhexgalkooda, oo ay "
        "maamusho Wasaaradda Arrimaha Dhaqaalaha iyo Shaqada, isla markaana uu si wadajir ah u maalgeliyo Midowga "
        "Yurub. Halkan waxaad ku jawaabi kartaa sahannada luqaddaada, oo noo sheegi kartaa sida sanadahaagii ugu "
        "horreeyay ee Finland ay u dhaceen. Qaybaha kale ee bogga waa Finnish, Swedish iyo Ingiriis.",
        "ti": "ስደተኛታት ኣብ ምምሕዳራት ንምቕማጥን ንምውህሃዶም ንምድጋፍን ዝዓለመ መደብ ፊንላንድ፡ ብሚኒስትሪ ቁጠባዊ ጉዳያትን "
        "ስራሕን ዝካየድን ብሕብረት ኤውሮጳ ብሓባር ዝምወልን እዩ። ኣብዚ ብቋንቋኹም ንመጽናዕትታት ክትምልሱን ቀዳሞት ዓመታትኩም "
        "ኣብ ፊንላንድ ከመይ ከም ዝሓለፉ ክትነግሩናን ትኽእሉ። ካልእ ክፍሊ እዚ መርበብ ብፊንላንድኛ፡ ሽወደንኛን እንግሊዝኛን እዩ።",
        "uk": "Фінська програма розміщення біженців у муніципалітетах і підтримки їхньої інтеграції, яку здійснює "
        "Міністерство економіки та зайнятості за співфінансування ЄС. Тут ви можете відповісти на опитування "
        "своєю мовою і розповісти, як минули ваші перші роки у Фінляндії. Решта сайту — фінською, шведською та "
        "англійською мовами.",
        "ru": "Финская программа размещения беженцев в муниципалитетах и поддержки их интеграции, которую "
        "осуществляет Министерство экономики и занятости при софинансировании ЕС. Здесь вы можете ответить на "
        "опросы на своём языке и рассказать, как прошли ваши первые годы в Финляндии. Остальная часть сайта — на "
        "финском, шведском и английском языках.",
        "fr": "Le programme finlandais d'accueil des réfugiés dans les communes et de soutien à leur intégration, "
        "mené par le ministère des Affaires économiques et de l'Emploi et cofinancé par l'UE. Ici, vous pouvez "
        "répondre aux enquêtes dans votre langue et nous dire comment se sont passées vos premières années en "
        "Finlande. Le reste du site est en finnois, en suédois et en anglais.",
        "sw": "Mpango wa Finland wa kuwapangia wakimbizi manispaa na kusaidia ujumuishaji wao, unaoendeshwa na "
        "Wizara ya Masuala ya Uchumi na Ajira na kufadhiliwa kwa pamoja na Umoja wa Ulaya. Hapa unaweza kujibu "
        "tafiti kwa lugha yako na kutueleza jinsi miaka yako ya kwanza nchini Finland ilivyokwenda. Sehemu "
        "nyingine ya tovuti iko kwa Kifini, Kiswidi na Kiingereza.",
        "es": "El programa finlandés para acoger a personas refugiadas en los municipios y apoyar su integración, "
        "gestionado por el Ministerio de Asuntos Económicos y Empleo y cofinanciado por la UE. Aquí puede "
        "responder a encuestas en su propio idioma y contarnos cómo han sido sus primeros años en Finlandia. El "
        "resto del sitio está en finés, sueco e inglés.",
    },
}

# A home is named by the programme, as fi, sv and en homes are (its title is what a browser tab, a search
# result and a link preview show), not "Home".
SURVEY_LANGUAGE_HOMES["title"] = SURVEY_LANGUAGE_HOMES["hero_title"]
