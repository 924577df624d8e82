"""Dutch placeholder texts of the module templates (the keys of en.TEXT)."""

TEXT = {
    "recurring_question.title": "Beantwoord een vraag die steeds terugkomt",
    "recurring_question.about": "Kreeg je dezelfde vraag al drie keer? Maak van het antwoord "
    "een korte module: een herkenbare situatie, waarom het ertoe doet, de stappen, een korte "
    "check en waar je hulp vindt.",
    "situation": "De situatie",
    "situation.text": "Beschrijf in twee of drie zinnen een moment dat je lerenden kennen uit "
    "hun eigen werk. Geef de persoon een naam en een echt detail, bijvoorbeeld: *Het is maandag"
    "ochtend. Sam zoekt een zaal voor tien mensen, maar de boekingstool toont alleen zalen voor "
    "zes.* Sluit af met de vraag die mensen je steeds stellen.",
    "situation.reflect": "Vervang dit door een vraag die lerenden aan hun eigen ervaring laat "
    "denken, bijvoorbeeld: *Wanneer overkwam jou dit het laatst, en wat deed je toen?*",
    "why": "Waarom dit ertoe doet",
    "why.text": "Leg in een paar korte zinnen uit wat er misgaat als mensen dit fout doen, en "
    "wat ze winnen als het goed gaat: tijd, minder fouten, een tevreden klant. Houd het concreet "
    "en bij de lerende, niet bij de regels.",
    "steps": "Stap voor stap",
    "steps.text": "Schrijf de stappen als genummerde lijst. Begin elke stap met een werkwoord en "
    "houd het bij één handeling.\n\n1. De eerste stap, bijvoorbeeld: *Open de boekingstool.*\n"
    "2. De tweede stap.\n3. De derde stap.\n\nDrie tot zeven stappen is genoeg.",
    "tip": "Tip",
    "steps.tip": "Schrijf op welke fout mensen het vaakst maken, en hoe je die voorkomt.",
    "check": "Korte check",
    "check.stem": "Vraag naar een echte situatie, bijvoorbeeld: *Sam zoekt een zaal voor tien "
    "mensen. Wat doet Sam eerst?* Vraag naar de stap die mensen het vaakst fout doen.",
    "right": "Het juiste antwoord (deze optie staat op juist)",
    "right.why": "Zeg waarom dit juist is.",
    "wrong": "Een fout die mensen echt maken",
    "wrong.why": "Zeg wat er misgaat met deze keuze.",
    "wrong2": "Nog een veelgemaakte fout",
    "well_done": "Goed zo! Herhaal in één zin waarom dit juist is.",
    "not_quite": "Niet helemaal. Verwijs naar de stap die het antwoord geeft.",
    "summary": "Samenvatting en waar je hulp vindt",
    "summary.text": "Vat het antwoord samen in twee of drie punten die mensen onthouden:\n\n- "
    "Het belangrijkste punt\n- Het tweede punt\n\n**Hulp nodig?** Noem de pagina, de collega of "
    "de helpdesk waar je terechtkunt, en hoe je die bereikt.",
    "procedure_test.title": "Procedure met certificeringstoets",
    "procedure_test.about": "Voor een procedure die mensen precies moeten volgen en moeten kunnen "
    "aantonen: een inleiding, één pagina per stap en een toets met willekeurige vragen uit een "
    "vragenbank. Lerenden slagen met 80% en hebben drie pogingen.",
    "intro": "Inleiding",
    "intro.text": "Zeg in twee zinnen waarvoor de procedure dient en wanneer iemand die nodig "
    "heeft. Zeg daarna wat de lerende na deze module kan, en dat er aan het eind een korte toets "
    "volgt.",
    "needs": "Voor je begint",
    "needs.text": "Som op wat de lerende nodig heeft: toegangsrechten, een tool, een formulier.",
    "step": "Stap {n}",
    "step.text": "Beschrijf deze stap: wat je doet, waar je klikt of wat je invult, en hoe de "
    "lerende ziet dat het gelukt is. Houd het bij één handeling.",
    "picture": "Afbeelding",
    "picture.text": "Voeg een afbeeldingsblok toe met een schermafbeelding of foto van deze "
    "stap, beschrijf in de alt-tekst wat erop staat en verwijder dan deze notitie.",
    "test": "Toets",
    "test.text": "Tijd om te laten zien wat je weet. Beantwoord de {n} vragen hieronder: je hebt "
    "80% nodig om te slagen, en je hebt drie pogingen.",
    "bank": "{title}: toetsvragen",
    "bank.first": "Vraag welke stap eerst komt, bijvoorbeeld: *Wat doe je eerst als …?*",
    "bank.true_false": "Schrijf een bewering over de procedure die waar of niet waar is, "
    "bijvoorbeeld: *Als je haast hebt, mag je stap 2 overslaan.* (Hier op niet waar gezet.)",
    "bank.all": "Vraag welke dingen bij de procedure horen (lerenden kiezen alles wat klopt).",
    "belongs": "Iets wat bij de procedure hoort (staat op juist)",
    "belongs2": "Nog iets wat erbij hoort (staat op juist)",
    "not_belongs": "Iets wat er niet bij hoort",
    "bank.order": "Zet de stappen in de juiste volgorde.",
    "first": "De eerste stap", "second": "De tweede stap", "third": "De derde stap",
    "learn_apply_reflect.title": "Leren, toepassen, reflecteren",
    "learn_apply_reflect.about": "Voor een vaardigheid waarbij je moet afwegen: begin bij wat "
    "lerenden al weten, leg de kern uit, laat ze kiezen in een echt scenario met feedback op "
    "elke keuze, en sluit af met een reflectie en een korte check.",
    "pre": "Wat weet je al?",
    "pre.text": "Leid het onderwerp in met één of twee zinnen en nodig de lerende uit om eerst "
    "zelf na te denken.",
    "pre.reflect": "Vervang dit door een vraag over de eigen ervaring van de lerende, "
    "bijvoorbeeld: *Denk aan de laatste keer dat je … Wat ging er goed?*",
    "learn": "De kern",
    "learn.text": "Leg het hoofdidee uit in gewone woorden, in hooguit drie korte alinea's: één "
    "idee per alinea, met een voorbeeld uit het dagelijkse werk.",
    "learn.tip": "Geef één praktische tip die mensen morgen al kunnen gebruiken.",
    "point": "Punt {n}: geef het een korte titel",
    "point.text": "Leg een detail, een uitzondering of een voorbeeld uit dat niet iedereen hoeft "
    "te lezen.",
    "apply": "Probeer het",
    "apply.prompt": "Beschrijf een echte situatie waarin de lerende moet kiezen, en sluit af "
    "met de vraag: *Wat doe jij?*",
    "best": "De beste keuze", "almost": "Een keuze die goed lijkt maar het niet is",
    "mistake": "Een veelgemaakte fout", "choice.feedback": "Zeg in één zin wat er daarna gebeurt.",
    "fb.best": "Goede keuze",
    "fb.best.text": "Leg uit waarom dit de beste keuze is en wat er daarna gebeurt.",
    "fb.almost": "Bijna",
    "fb.almost.text": "Leg uit wat goed is aan deze keuze, wat er ontbreekt en wat de betere "
    "keuze was geweest.",
    "fb.mistake": "Geen goed idee",
    "fb.mistake.text": "Leg vriendelijk uit wat er misgaat met deze keuze en wat je beter doet.",
    "what_now": "En nu?", "again": "Probeer een andere keuze", "continue": "Verder",
    "post": "Terugblik",
    "post.reflect": "Vervang dit door een vraag die lerenden helpt dit in hun eigen werk te "
    "gebruiken, bijvoorbeeld: *Wat doe jij volgende week anders?*",
    "post.stem": "Schrijf een bewering over het hoofdidee die waar of niet waar is. (Hier op "
    "waar gezet.)",
}
