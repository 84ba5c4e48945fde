/**
 * Kazakh UI strings: the reference dictionary. Every key here must exist in ru.ts and en.ts
 * (the type system and `validateDictionaries` both enforce it). Keys are flat `area.item`;
 * keys read only by screen readers end in `accessibleLabel`. `{name}` marks a value filled in
 * at render time. Lists in one string (diagram items) are separated by `; `.
 */
export const kk = {
  'site.name': 'Балаларды саудадан қорғайық',
  'site.tagline': 'Бала саудасы туралы: қоғамдық қорғаушылардың әңгімелері, тәуекел факторлары және көмек алу жолдары',
  'skipLink.label': 'Негізгі мазмұнға өту',
  'nav.accessibleLabel': 'Негізгі мәзір',
  'nav.home': 'Басты бет',
  'nav.stories': 'Әңгімелер',
  'nav.riskFactors': 'Тәуекел факторлары',
  'nav.help': 'Көмек алу',
  'nav.teachers': 'Мұғалімдерге',
  'nav.ngos': 'ҮЕҰ-ларға',
  'languageSwitcher.accessibleLabel': 'Тілді таңдау',
  'footer.accessibleLabel': 'Сайт туралы',
  'footer.about': 'Жоба туралы',
  'footer.privacy': 'Құпиялылық',
  'footer.accessibility': 'Қолжетімділік',
  'footer.browsingSafely': 'Қауіпсіз шолу',
  'footer.glossary': 'Сөздік',
  'footer.note': 'Тәуелсіз еріктілер тобының сайты. Мәтіндерді еркін пайдалануға болады, дереккөзін көрсетіңіз.',
  'exit.label': 'Бұл беттен шығу',
  'exit.hint': 'немесе Shift пернесін үш рет басыңыз',
  'exit.announcement': 'Беттен шығып жатырсыз',
  'exit.pressTwoMore': 'Шығу үшін Shift пернесін тағы екі рет басыңыз',
  'exit.pressOneMore': 'Шығу үшін Shift пернесін тағы бір рет басыңыз',
  'helpStrip.accessibleLabel': 'Шұғыл көмек нөмірлері',
  'helpStrip.danger': 'Қауіп төнсе:',
  'helpStrip.advice': 'Кеңес пен қолдау:',
  'helpStrip.more': 'Барлық көмек нөмірлері',
  'home.title': 'Балаларды саудадан бірге қорғайық',
  'home.intro':
    'Бұл сайт бала саудасының қалай басталатынын, қандай балалар қауіп аймағында екенін және күдік туса не істеу керегін қарапайым тілмен түсіндіреді. Мұнда Оңтүстік Қазақстанда балаларды қорғауға үлес қосып жүрген ерікті қоғамдық қорғаушылардың әңгімелері бар.',
  'home.storiesLead': 'Бала саудасына қарсы жұмыс істейтін үш ерікті өз тәжірибесімен бөліседі.',
  'home.riskLead': 'Баланы осал ететін жағдайлар, алаңдатарлық белгілер және күдік туса не істеу керегі.',
  'home.helpLead': 'Қай нөмірге қашан қоңырау шалу керек: тегін, тәулік бойы жұмыс істейтін желілер.',
  'home.teachersLead': 'Сабақ жоспарлары, таратпа материалдар және сынып талқылауына сұрақтар.',
  'home.ngosLead': 'Плакаттар, бөлісуге арналған суреттер және сайтқа енгізуге болатын көмек картасы.',
  'comingSoon.title': 'Бұл бөлім әзірленіп жатыр',
  'comingSoon.body': 'Бұл бөлімнің материалдары жақында шығады. Әзірге төмендегі бөлімдерді қарап шығыңыз.',
  'notFound.title': 'Бет табылмады',
  'notFound.body': 'Сіз іздеген бет жоқ немесе оның мекенжайы өзгерген.',
  'notFound.home': 'Басты бетке оралу',
  'fallback.notice': 'Бұл бет әлі {current} тілінде жоқ. Төменде оның {fallback} нұсқасы берілген.',
  'article.readingTime': 'Оқу уақыты: {minutes} мин',
  'article.reviewed': 'Тексерілген күні: {date}',
  'article.contentNote': 'Ескерту',
  'story.personAccessibleLabel': 'Кейіпкер туралы',
  'story.whatYouCanDo': 'Сіз не істей аласыз',
  'story.linkRiskFactors': 'Балаларды қандай жағдайлар осал ететінін біліңіз',
  'story.linkWarningSigns': 'Алаңдатарлық белгілерді танып үйреніңіз',
  'story.linkHelp': 'Көмек нөмірлерін сақтап қойыңыз',
  'story.sourceTitle': 'Дереккөзі',
  'story.credit':
    'Бұл әңгіме Мари Романованың Winrock International ұйымының «Қазақстанның бала саудасына қарсы іс-қимылы» (KATCH) жобасы үшін жазған «Бұл менің ыстық ықыласым» атты мақаласы негізінде өз сөзімізбен баяндалды.',
  'story.funding':
    'Түпнұсқа мақала ішінара АҚШ Мемлекеттік департаментінің гранты есебінен қаржыландырылған. Ондағы пікірлер авторға тиесілі және Департаменттің ұстанымын міндетті түрде білдірмейді.',
  'stories.title': 'Қоғамдық қорғаушылардың әңгімелері',
  'stories.intro':
    'Үш ерікті: Шымкенттегі денсаулық сақтау саласының педагогы, студент және заңгер. Әрқайсысы бала саудасына қарсы жұмыста өз орнын тапты.',
  'explainer.keyPoints': 'Басты үш ой',
  'explainer.sources': 'Дереккөздер',
  'explainer.relatedStories': 'Осы тақырыпқа қатысты әңгімелер',
  'riskFactors.title': 'Тәуекел факторлары және алаңдатарлық белгілер',
  'riskFactors.intro':
    'Бала саудасы деген не, балаларды не осал етеді, қандай белгілер ойландыруы керек және күдік туса не істеу керек.',
  'riskDiagram.title': 'Тәуекел факторларының үш тобы',
  'riskDiagram.caption':
    'Тәуекел факторлары үш топқа бөлінеді. Олар бір-бірімен қабаттасып, баланың осалдығын арттыра түседі.',
  'riskDiagram.situational': 'Жағдайлық',
  'riskDiagram.situationalItems':
    'оқшаулану; кедейлік; уақытша ауру; жұмыссыздық; құқықтық мәртебе; отбасындағы тұрақсыздық; қамқоршының болмауы; көші-қон',
  'riskDiagram.personal': 'Тұлғалық',
  'riskDiagram.personalItems': 'жас; жыныс; мүгедектік; этникалық тегі',
  'riskDiagram.contextual': 'Контекстік',
  'riskDiagram.contextualItems':
    'кемсітушілік заңдар мен саясат; мәдени және әлеуметтік нормалар; қарулы қақтығыс немесе саяси тұрақсыздық',
  'classroom.title': 'Сабақта пайдалану',
  'classroom.ages': 'Жасы: {ages}',
  'classroom.questions': 'Талқылауға сұрақтар',
  'glossary.title': 'Сөздік',
  'glossary.intro': 'Сайтта қолданылатын негізгі терминдер қазақ, орыс және ағылшын тілдерінде.',
  'glossary.otherLanguages': 'Басқа тілдерде',
  'root.title': 'Тілді таңдаңыз',
  'root.emergency': 'Шұғыл көмек',
} as const;

export type UIKey = keyof typeof kk;
