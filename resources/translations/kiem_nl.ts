<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdminView</name>
    <message>
        <source>Approved and stale</source>
        <translation>Goedgekeurd en verouderd</translation>
    </message>
    <message>
        <source>Approved versions wait here until an admin exports them for the LMS and marks them published. Published modules whose review-by date has passed are stale: send them back to review.</source>
        <translation>Goedgekeurde versies wachten hier tot een beheerder ze exporteert voor het LMS en als gepubliceerd markeert. Gepubliceerde modules waarvan de reviewdatum verstreken is, zijn verouderd: stuur ze terug voor beoordeling.</translation>
    </message>
    <message>
        <source>Approved, waiting for export</source>
        <translation>Goedgekeurd, wacht op export</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>No approved version waits for export.</source>
        <translation>Er wacht geen goedgekeurde versie op export.</translation>
    </message>
    <message>
        <source>Export approved version…</source>
        <translation>Goedgekeurde versie exporteren…</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Markeren als gepubliceerd</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Reviewdatum</translation>
    </message>
    <message>
        <source>No published module is past its review-by date.</source>
        <translation>Bij geen enkele gepubliceerde module is de reviewdatum verstreken.</translation>
    </message>
    <message>
        <source>Send back to review</source>
        <translation>Terugsturen voor beoordeling</translation>
    </message>
    <message>
        <source>Reading the reviews of every group…</source>
        <translation>De beoordelingen van alle groepen worden gelezen…</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>“%1” has no admin yet, so nobody can mark versions published. A lead makes someone admin in Review › Groups….</source>
        <translation>“%1” heeft nog geen beheerder, dus niemand kan versies als gepubliceerd markeren. Een leider maakt iemand beheerder via Beoordelen › Groepen….</translation>
    </message>
    <message>
        <source>Only an admin of “%1” marks versions published: %2.</source>
        <translation>Alleen een beheerder van “%1” markeert versies als gepubliceerd: %2.</translation>
    </message>
    <message>
        <source>Only a lead of “%1” sends modules back to review: %2.</source>
        <translation>Alleen een leider van “%1” stuurt modules terug ter beoordeling: %2.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <source>Not marked published</source>
        <translation>Niet als gepubliceerd gemarkeerd</translation>
    </message>
    <message>
        <source>Not sent back</source>
        <translation>Niet teruggestuurd</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>An answer you accept</source>
        <translation>Een antwoord dat je goed rekent</translation>
    </message>
    <message>
        <source>Accepted answer</source>
        <translation>Geaccepteerd antwoord</translation>
    </message>
</context>
<context>
    <name>ApprovedExportDialog</name>
    <message>
        <source>Export approved version</source>
        <translation>Goedgekeurde versie exporteren</translation>
    </message>
    <message>
        <source>Export “%1”, version %2</source>
        <translation>“%1”, versie %2 exporteren</translation>
    </message>
    <message>
        <source>This is the version the reviewers approved, exactly as they saw it; later drafts are not part of it.</source>
        <translation>Dit is de versie die de beoordelaars hebben goedgekeurd, precies zoals zij die zagen; latere concepten horen er niet bij.</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Markeren als gepubliceerd</translation>
    </message>
    <message>
        <source>Exported to %1. Upload it to your LMS, then mark this version published.</source>
        <translation>Geëxporteerd naar %1. Zet het in je LMS en markeer deze versie daarna als gepubliceerd.</translation>
    </message>
    <message>
        <source>Not marked published</source>
        <translation>Niet als gepubliceerd gemarkeerd</translation>
    </message>
    <message>
        <source>Version %1 is marked published.</source>
        <translation>Versie %1 is als gepubliceerd gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <source>Choose audio…</source>
        <translation>Audio kiezen…</translation>
    </message>
    <message>
        <source>Choose video…</source>
        <translation>Video kiezen…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>…or drop an image here from your computer.</source>
        <translation>…of sleep een afbeelding van je computer hierheen.</translation>
    </message>
    <message>
        <source>…or drop a sound file here from your computer.</source>
        <translation>…of sleep een geluidsbestand van je computer hierheen.</translation>
    </message>
    <message>
        <source>…or drop a video here from your computer.</source>
        <translation>…of sleep een video van je computer hierheen.</translation>
    </message>
    <message>
        <source>…or drop a file here from your computer.</source>
        <translation>…of sleep een bestand van je computer hierheen.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <source>The file is missing; choose it again.</source>
        <translation>Het bestand ontbreekt; kies het opnieuw.</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} KB)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Vervangen…</translation>
    </message>
</context>
<context>
    <name>AttachmentForm</name>
    <message>
        <source>e.g. Checklist: what to do after a phishing click</source>
        <translation>bv. Checklist: wat te doen na een klik op een phishinglink</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Linktekst</translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <source>Question banks</source>
        <translation>Vragenbanken</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Vragenbanken</translation>
    </message>
    <message>
        <source>New bank…</source>
        <translation>Nieuwe vragenbank…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Vraag toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Import questions…</source>
        <translation>Vragen importeren…</translation>
    </message>
    <message>
        <source>Add the questions of a GIFT or Moodle XML file to this bank (or to a new bank named after the file); you see what it will do first</source>
        <translation>Voeg de vragen van een GIFT- of Moodle XML-bestand toe aan deze bank (of aan een nieuwe bank met de naam van het bestand); u ziet eerst wat er gebeurt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Write this bank&apos;s questions to a GIFT or Moodle XML file</source>
        <translation>Schrijf de vragen van deze bank naar een GIFT- of Moodle XML-bestand</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 vraag</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>Name of the bank:</source>
        <translation>Naam van de vragenbank:</translation>
    </message>
    <message>
        <source>New question bank</source>
        <translation>Nieuwe vragenbank</translation>
    </message>
    <message>
        <source>Rename question bank</source>
        <translation>Naam van vragenbank wijzigen</translation>
    </message>
    <message>
        <source>Delete question bank</source>
        <translation>Vragenbank verwijderen</translation>
    </message>
    <message>
        <source>Delete the bank “%1” and its %2 questions? Quizzes that draw from it will have nothing to draw.</source>
        <translation>De vragenbank “%1” en de %2 vragen erin verwijderen? Quizzen die er vragen uit halen, vinden dan niets meer.</translation>
    </message>
    <message>
        <source>Add question to bank</source>
        <translation>Vraag toevoegen aan vragenbank</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Vraag bewerken</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Vragen importeren</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Vragenbestanden (*.gift *.txt *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Bezig met importeren van %1…</translation>
    </message>
    <message>
        <source>Add 1 question to the bank “%2”?</source>
        <translation>1 vraag toevoegen aan de bank “%2”?</translation>
    </message>
    <message numerus="yes">
        <source>Add %n questions to the bank “%2”?</source>
        <translation>
            <numerusform>%n vraag toevoegen aan de bank “%2”?</numerusform>
            <numerusform>%n vragen toevoegen aan de bank “%2”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import questions from %1</source>
        <translation>Vragen importeren uit %1</translation>
    </message>
    <message>
        <source>Added 1 question from %1.</source>
        <translation>1 vraag uit %1 toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n questions from %1.</source>
        <translation>
            <numerusform>%n vraag uit %1 toegevoegd.</numerusform>
            <numerusform>%n vragen uit %1 toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import geannuleerd.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Overgeslagen: %1.</translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>Vragen exporteren</translation>
    </message>
    <message>
        <source>Moodle XML (*.xml);;GIFT (*.gift)</source>
        <translation>Moodle XML (*.xml);;GIFT (*.gift)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
        <source>Wrote %1 question(s) to %2.</source>
        <translation>%1 vraag/vragen geschreven naar %2.</translation>
    </message>
    <message>
        <source>Not carried: %1</source>
        <translation>Niet meegenomen: %1</translation>
    </message>
    <message>
        <source>Wait for the import to finish.</source>
        <translation>Wacht tot het importeren klaar is.</translation>
    </message>
</context>
<context>
    <name>BankQuestions</name>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Show questions with tag</source>
        <translation>Vragen met deze tag tonen</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Vragen zoeken</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>No bank yet</source>
        <translation>Nog geen vragenbank</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Make a bank to collect questions that a quiz can draw from at random, or import a GIFT file.</source>
        <translation>Maak een vragenbank met vragen waaruit een quiz willekeurig kan kiezen, of importeer een GIFT-bestand.</translation>
    </message>
    <message>
        <source>No questions yet: add one, or import a GIFT file.</source>
        <translation>Nog geen vragen: voeg er een toe, of importeer een GIFT-bestand.</translation>
    </message>
    <message>
        <source>(no question text)</source>
        <translation>(geen vraagtekst)</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 vraag</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation>%1 van %2 vragen</translation>
    </message>
</context>
<context>
    <name>BlockFrame</name>
    <message>
        <source>Drag to move the block</source>
        <translation>Sleep om het blok te verplaatsen</translation>
    </message>
    <message>
        <source>Add a block below</source>
        <translation>Blok eronder toevoegen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Omhoog (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Omlaag (Alt+Down)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Blok verwijderen</translation>
    </message>
    <message>
        <source>1 open comment from reviewers</source>
        <translation>1 open opmerking van beoordelaars</translation>
    </message>
    <message numerus="yes">
        <source>%n open comments from reviewers</source>
        <translation>
            <numerusform>%n open opmerking van beoordelaars</numerusform>
            <numerusform>%n open opmerkingen van beoordelaars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockKinds</name>
    <message>
        <source>Write</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Show and play</source>
        <translation>Tonen en afspelen</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>Betrekken</translation>
    </message>
    <message>
        <source>Check understanding</source>
        <translation>Begrip controleren</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Explain in your own words: paragraphs, headings, lists, links.</source>
        <translation>Leg uit in je eigen woorden: alinea&apos;s, kopjes, lijsten, links.</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Kader</translation>
    </message>
    <message>
        <source>Make one thing stand out: a tip, a warning, a must-know.</source>
        <translation>Laat één ding opvallen: een tip, een waarschuwing, iets wat je moet weten.</translation>
    </message>
    <message>
        <source>Accordion</source>
        <translation>Accordeon</translation>
    </message>
    <message>
        <source>Details learners open only when they need them.</source>
        <translation>Details die deelnemers pas openen als ze ze nodig hebben.</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabbladen</translation>
    </message>
    <message>
        <source>Side-by-side variants: per role, per country, per tool.</source>
        <translation>Varianten naast elkaar: per rol, per land, per tool.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Show instead of tell: a screenshot, photo or diagram.</source>
        <translation>Toon het in plaats van het te vertellen: een schermafbeelding, foto of schema.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>A short demo or story; two minutes is plenty.</source>
        <translation>Een korte demo of een verhaal; twee minuten is ruim genoeg.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>A spoken explanation or interview, with a transcript.</source>
        <translation>Een gesproken uitleg of interview, met een transcriptie.</translation>
    </message>
    <message>
        <source>File attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>A checklist, form or template to download and keep.</source>
        <translation>Een checklist, formulier of sjabloon om te downloaden en te bewaren.</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Flashcards</translation>
    </message>
    <message>
        <source>Terms learners turn over to test themselves.</source>
        <translation>Begrippen die deelnemers omdraaien om zichzelf te testen.</translation>
    </message>
    <message>
        <source>Scenario choice</source>
        <translation>Scenariokeuze</translation>
    </message>
    <message>
        <source>A situation with choices that lead to different pages.</source>
        <translation>Een situatie met keuzes die naar verschillende pagina&apos;s leiden.</translation>
    </message>
    <message>
        <source>Reflection prompt</source>
        <translation>Reflectievraag</translation>
    </message>
    <message>
        <source>Ask learners to think about their own work; not scored.</source>
        <translation>Laat deelnemers nadenken over hun eigen werk; telt niet mee voor de score.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Check understanding with one scored question.</source>
        <translation>Controleer het begrip met één vraag die meetelt.</translation>
    </message>
    <message>
        <source>Random questions from a bank</source>
        <translation>Willekeurige vragen uit een vragenbank</translation>
    </message>
    <message>
        <source>Draw questions at random from a bank, for tests and certification.</source>
        <translation>Trek willekeurig vragen uit een vragenbank, voor toetsen en certificering.</translation>
    </message>
</context>
<context>
    <name>BranchRulesTable</name>
    <message>
        <source>After page</source>
        <translation>Na pagina</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Ga naar pagina</translation>
    </message>
    <message>
        <source>answered correctly</source>
        <translation>goed beantwoord</translation>
    </message>
    <message>
        <source>answered incorrectly</source>
        <translation>fout beantwoord</translation>
    </message>
    <message>
        <source>chose the option</source>
        <translation>koos de optie</translation>
    </message>
    <message>
        <source>(untitled page)</source>
        <translation>(pagina zonder titel)</translation>
    </message>
    <message>
        <source>(empty question)</source>
        <translation>(lege vraag)</translation>
    </message>
    <message>
        <source>(empty option)</source>
        <translation>(lege optie)</translation>
    </message>
</context>
<context>
    <name>CalloutForm</name>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <source>A few words, e.g. “Good to know”</source>
        <translation>Een paar woorden, bv. “Goed om te weten”</translation>
    </message>
    <message>
        <source>Kind of callout</source>
        <translation>Soort kader</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <source>Front: a term or a question</source>
        <translation>Voorkant: een begrip of een vraag</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Voorkant</translation>
    </message>
    <message>
        <source>Back: the explanation</source>
        <translation>Achterkant: de uitleg</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Achterkant</translation>
    </message>
</context>
<context>
    <name>ChangesSection</name>
    <message>
        <source>Changed since your last review (version %1)</source>
        <translation>Gewijzigd sinds je vorige beoordeling (versie %1)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n blok gewijzigd</numerusform>
            <numerusform>%n blokken gewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings or pages changed</source>
        <translation>Instellingen of pagina&apos;s gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%n of your threads resolved</source>
        <translation>
            <numerusform>%n van je opmerkingen opgelost</numerusform>
            <numerusform>%n van je opmerkingen opgelost</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since your last review</source>
        <translation>Gewijzigd sinds je vorige beoordeling</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Instellingen gewijzigd</translation>
    </message>
    <message>
        <source>Page added</source>
        <translation>Pagina toegevoegd</translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation>Pagina verwijderd</translation>
    </message>
    <message>
        <source>Page moved</source>
        <translation>Pagina verplaatst</translation>
    </message>
    <message>
        <source>Your comments resolved since</source>
        <translation>Jouw opmerkingen die sindsdien zijn opgelost</translation>
    </message>
    <message>
        <source>Title of page “%1”</source>
        <translation>Titel van pagina “%1”</translation>
    </message>
    <message>
        <source>Page “%1” · %2</source>
        <translation>Pagina “%1” · %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>opgelost</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Add option</source>
        <translation>Optie toevoegen</translation>
    </message>
    <message>
        <source>Answer option</source>
        <translation>Antwoordoptie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tick every right answer. Scores are optional: left empty, the right answers share all the points and wrong ones take them away.</source>
        <translation>Vink elk juist antwoord aan. Scores zijn optioneel: laat je ze leeg, dan verdelen de juiste antwoorden alle punten en kosten foute antwoorden punten.</translation>
    </message>
    <message>
        <source>Type the options and mark the one right answer.</source>
        <translation>Typ de opties en markeer het ene juiste antwoord.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>What the learner does, e.g. “Click the link”</source>
        <translation>Wat de deelnemer doet, bv. “Klik op de link”</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Leads to page</source>
        <translation>Leidt naar pagina</translation>
    </message>
    <message>
        <source>Feedback shown after choosing (optional)</source>
        <translation>Feedback na deze keuze (optioneel)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>leads to</source>
        <translation>leidt naar</translation>
    </message>
    <message>
        <source>Choose a page…</source>
        <translation>Kies een pagina…</translation>
    </message>
    <message>
        <source>(a deleted page)</source>
        <translation>(een verwijderde pagina)</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Het juiste antwoord</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Juist antwoord</translation>
    </message>
    <message>
        <source>A right answer</source>
        <translation>Een juist antwoord</translation>
    </message>
    <message>
        <source>Answer option</source>
        <translation>Antwoordoptie</translation>
    </message>
    <message>
        <source>Share of the points this option gives when ticked, in percent (negative takes points away). Leave empty to share the points evenly.</source>
        <translation>Deel van de punten dat deze optie oplevert als ze aangevinkt is, in procent (negatief kost punten). Laat leeg om de punten gelijk te verdelen.</translation>
    </message>
    <message>
        <source>Score in percent</source>
        <translation>Score in procent</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>Opmerking plaatsen</translation>
    </message>
    <message>
        <source>You selected:</source>
        <translation>Je hebt geselecteerd:</translation>
    </message>
    <message>
        <source>On this passage:</source>
        <translation>Bij deze passage:</translation>
    </message>
    <message>
        <source>What should the author know?</source>
        <translation>Wat moet de auteur weten?</translation>
    </message>
    <message>
        <source>Blocking: this version cannot be approved until the comment is resolved</source>
        <translation>Blokkerend: deze versie kan pas worden goedgekeurd als de opmerking is opgelost</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Kiem ran into an unexpected problem. Your work is saved: every change is written to the workspace as you make it. Copy the details below into a message to whoever maintains Kiem.</source>
        <translation>Kiem liep tegen een onverwacht probleem aan. Je werk is bewaard: elke wijziging wordt meteen in de werkruimte opgeslagen. Kopieer de details hieronder in een bericht aan wie Kiem onderhoudt.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline suggestion</source>
        <translation>Voorstel afwijzen</translation>
    </message>
    <message>
        <source>The reviewer suggested:</source>
        <translation>De beoordelaar stelde voor:</translation>
    </message>
    <message>
        <source>Why do you decline it?</source>
        <translation>Waarom wijs je het af?</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Reden van afwijzing</translation>
    </message>
    <message>
        <source>The reviewer reads this.</source>
        <translation>De beoordelaar leest dit.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Add page</source>
        <translation>Pagina toevoegen</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Pagina hernoemen</translation>
    </message>
    <message>
        <source>Edit page topics</source>
        <translation>Paginaonderwerpen bewerken</translation>
    </message>
    <message>
        <source>Move page</source>
        <translation>Pagina verplaatsen</translation>
    </message>
    <message>
        <source>Duplicate page</source>
        <translation>Pagina dupliceren</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Pagina verwijderen</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Blok toevoegen</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <source>Edit block</source>
        <translation>Blok bewerken</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Blok verplaatsen</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Blok dupliceren</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Blok verwijderen</translation>
    </message>
    <message>
        <source>{name} is too large for a module (200 MB at most).</source>
        <translation>{name} is te groot voor een module (maximaal 200 MB).</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}</source>
        <translation>{name} kan niet gelezen worden: {why}</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>This page is empty</source>
        <translation>Deze pagina is leeg</translation>
    </message>
    <message>
        <source>One idea per page works best: a short text, an example or image, and perhaps a question to check it landed. Pick a first block:</source>
        <translation>Eén idee per pagina werkt het best: een korte tekst, een voorbeeld of afbeelding, en eventueel een vraag om te checken of het is overgekomen. Kies een eerste blok:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exporteren</translation>
    </message>
    <message>
        <source>SCORM 1.2 — works in almost every LMS</source>
        <translation>SCORM 1.2 — werkt in bijna elk LMS</translation>
    </message>
    <message>
        <source>SCORM 2004 (4th edition) — separate completion and success</source>
        <translation>SCORM 2004 (4e editie) — voltooid en geslaagd apart</translation>
    </message>
    <message>
        <source>Web page (HTML, zip) — no LMS needed</source>
        <translation>Webpagina (HTML, zip) — geen LMS nodig</translation>
    </message>
    <message>
        <source>PDF — to print or to share</source>
        <translation>PDF — om te printen of te delen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Trainer copy, with answers and feedback</source>
        <translation>Trainersexemplaar, met antwoorden en feedback</translation>
    </message>
    <message>
        <source>PDF:</source>
        <translation>PDF:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Opslaan in:</translation>
    </message>
    <message>
        <source>Export even if the check finds errors</source>
        <translation>Toch exporteren als de controle fouten vindt</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export moet komen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <source>“%1” already exists and is not an earlier export of this module. Replace it?</source>
        <translation>“%1” bestaat al en is geen eerdere export van deze module. Vervangen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Done. Upload the package to your LMS, or open it to check.</source>
        <translation>Klaar. Zet het pakket in je LMS, of open het om het te controleren.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Geannuleerd. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Not exported: the module has errors. Fix them, or tick “Export even if the check finds errors”.</source>
        <translation>Niet geëxporteerd: de module bevat fouten. Verbeter ze, of vink “Toch exporteren als de controle fouten vindt” aan.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Niet geëxporteerd: %1</translation>
    </message>
    <message>
        <source>cmi5 (xAPI) — newer LMSs and platforms, with a learning record store</source>
        <translation>cmi5 (xAPI) — nieuwere LMS&apos;en en platformen, met een learning record store</translation>
    </message>
    <message>
        <source>xAPI (Tin Can) — an LMS connected to a learning record store</source>
        <translation>xAPI (Tin Can) — een LMS met een learning record store</translation>
    </message>
    <message>
        <source>Not exported: something unexpected went wrong. The details below help whoever maintains Kiem.</source>
        <translation>Niet geëxporteerd: er ging iets onverwachts mis. De details hieronder helpen wie Kiem onderhoudt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>ExtraRow</name>
    <message>
        <source>Extra match that fits nothing</source>
        <translation>Extra antwoord dat nergens bij past</translation>
    </message>
    <message>
        <source>Extra match</source>
        <translation>Extra antwoord</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>What the learner reads after picking this answer</source>
        <translation>Wat de deelnemer leest na het kiezen van dit antwoord</translation>
    </message>
    <message>
        <source>Feedback for this answer (optional)</source>
        <translation>Feedback bij dit antwoord (optioneel)</translation>
    </message>
    <message>
        <source>Feedback for this answer</source>
        <translation>Feedback bij dit antwoord</translation>
    </message>
</context>
<context>
    <name>FillInEditor</name>
    <message>
        <source>List every answer you accept, such as other spellings. Spaces around the answer do not count.</source>
        <translation>Zet elk antwoord dat je goed rekent in de lijst, ook andere schrijfwijzen. Spaties voor of na het antwoord tellen niet mee.</translation>
    </message>
    <message>
        <source>Add accepted answer</source>
        <translation>Geaccepteerd antwoord toevoegen</translation>
    </message>
    <message>
        <source>Upper and lower case must match</source>
        <translation>Hoofdletters en kleine letters moeten kloppen</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Add alt text, or mark the image decorative.</source>
        <translation>Voeg een alternatieve tekst toe, of markeer de afbeelding als decoratief.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <source>The file is missing; choose it again.</source>
        <translation>Het bestand ontbreekt; kies het opnieuw.</translation>
    </message>
    <message>
        <source>This text is empty.</source>
        <translation>Deze tekst is leeg.</translation>
    </message>
    <message>
        <source>Add a transcript for people who cannot hear it.</source>
        <translation>Voeg een transcriptie toe voor wie het niet kan horen.</translation>
    </message>
    <message>
        <source>A choice leads nowhere yet: pick a page for it.</source>
        <translation>Een keuze leidt nog nergens heen: kies er een pagina voor.</translation>
    </message>
    <message>
        <source>A choice leads to a deleted page.</source>
        <translation>Een keuze leidt naar een verwijderde pagina.</translation>
    </message>
    <message>
        <source>Offer at least two choices.</source>
        <translation>Bied minstens twee keuzes aan.</translation>
    </message>
    <message>
        <source>The prompt asks nothing yet.</source>
        <translation>De vraag vraagt nog niets.</translation>
    </message>
    <message>
        <source>Choose a question bank.</source>
        <translation>Kies een vragenbank.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Problems in the module</source>
        <translation>Problemen in de module</translation>
    </message>
    <message>
        <source>Error: export refuses to start until it is fixed</source>
        <translation>Fout: exporteren kan pas als dit is opgelost</translation>
    </message>
    <message>
        <source>Warning: advice for a better module</source>
        <translation>Waarschuwing: advies voor een betere module</translation>
    </message>
    <message>
        <source>No module open.</source>
        <translation>Geen module geopend.</translation>
    </message>
    <message>
        <source>No problems found: ready to export</source>
        <translation>Geen problemen gevonden: klaar om te exporteren</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 fout</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 waarschuwing</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>FlashcardsForm</name>
    <message>
        <source>Keep each side short: a term on the front, a one-line explanation on the back.</source>
        <translation>Houd elke kant kort: een begrip op de voorkant, een uitleg van één regel op de achterkant.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <source>Card {n}</source>
        <translation>Kaart {n}</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Review groups</source>
        <translation>Beoordelingsgroepen</translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Je groepen</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
    <message>
        <source>Join a group…</source>
        <translation>Bij een groep aansluiten…</translation>
    </message>
    <message>
        <source>Team hub…</source>
        <translation>Teamhub…</translation>
    </message>
    <message>
        <source>Groups on the team&apos;s server: connect, join, move a folder group there, follow every group</source>
        <translation>Groepen op de server van het team: verbinden, lid worden, een mapgroep erheen verhuizen, elke groep volgen</translation>
    </message>
    <message>
        <source>You are in no review group yet</source>
        <translation>Je zit nog niet in een beoordelingsgroep</translation>
    </message>
    <message>
        <source>Start a group in a folder your colleagues can reach, or join a colleague&apos;s group by choosing its folder. Modules are reviewed within a group.</source>
        <translation>Begin een groep in een map waar je collega&apos;s bij kunnen, of sluit je aan bij de groep van een collega door de map ervan te kiezen. Modules worden binnen een groep beoordeeld.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation>Beoordelingsregels</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Approvals a version needs:</source>
        <translation>Goedkeuringen nodig per versie:</translation>
    </message>
    <message>
        <source>Reviewers per request:</source>
        <translation>Beoordelaars per aanvraag:</translation>
    </message>
    <message>
        <source>Time to review:</source>
        <translation>Tijd voor beoordeling:</translation>
    </message>
    <message>
        <source>Review published modules again after:</source>
        <translation>Gepubliceerde modules opnieuw beoordelen na:</translation>
    </message>
    <message>
        <source>Only the group&apos;s leads change these.</source>
        <translation>Alleen de trekkers van de groep kunnen dit wijzigen.</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Regels opslaan</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Gedeelde map: %1</translation>
    </message>
    <message>
        <source>A lead of the group still has to confirm you; until then you cannot submit or review. Your key, for them to compare: %1</source>
        <translation>Een trekker van de groep moet je nog bevestigen; tot dan kun je niets indienen of beoordelen. Je sleutel, zodat de trekker die kan vergelijken: %1</translation>
    </message>
    <message>
        <source>One person asked to join.</source>
        <translation>Eén persoon wil lid worden.</translation>
    </message>
    <message numerus="yes">
        <source>%n people asked to join.</source>
        <translation>
            <numerusform>%n persoon wil lid worden.</numerusform>
            <numerusform>%n personen willen lid worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before you confirm someone, ask them to read out the key Kiem shows them under Review › Who am I…, and compare it with the key shown here.</source>
        <translation>Voordat je iemand bevestigt: vraag die persoon om de sleutel voor te lezen die Kiem toont onder Beoordelen › Wie ben ik…, en vergelijk die met de sleutel hier.</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (jij)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol van %1</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Leads confirm members and set the rules; admins also export and publish approved modules.</source>
        <translation>Trekkers bevestigen leden en stellen de regels in; beheerders exporteren en publiceren ook goedgekeurde modules.</translation>
    </message>
    <message>
        <source>People who are away are not asked to review.</source>
        <translation>Wie afwezig is, krijgt geen beoordelingen.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Another key claims this email · %1</source>
        <translation>Een andere sleutel claimt dit e-mailadres · %1</translation>
    </message>
    <message>
        <source>A new laptop of theirs, or someone else: confirm only if %1 read this fingerprint out to you</source>
        <translation>Een nieuwe laptop van hen, of iemand anders: bevestig alleen als %1 je deze vingerafdruk heeft voorgelezen</translation>
    </message>
    <message>
        <source>Waiting · key %1</source>
        <translation>Wacht · sleutel %1</translation>
    </message>
    <message>
        <source>The fingerprint of the key they joined with; confirm only the one they read out to you</source>
        <translation>De vingerafdruk van de sleutel waarmee deze persoon zich aanmeldde; bevestig alleen de sleutel die ze je voorlazen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>%1 bevestigen</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>Choose the shared folder of the group</source>
        <translation>Kies de gedeelde map van de groep</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Niet aangesloten</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Team hub</source>
        <translation>Teamhub</translation>
    </message>
    <message>
        <source>A team hub keeps your groups on the team&apos;s PostgreSQL server. Ask your admin for its address; your password is kept on this computer, readable by you only.</source>
        <translation>Een teamhub bewaart je groepen op de PostgreSQL-server van het team. Vraag je beheerder om het adres; je wachtwoord wordt op deze computer bewaard, alleen door jou leesbaar.</translation>
    </message>
    <message>
        <source>postgresql://you@server.example.org/kiem</source>
        <translation>postgresql://jij@server.example.org/kiem</translation>
    </message>
    <message>
        <source>only when connecting for the first time</source>
        <translation>alleen bij de eerste verbinding</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adres van de hub</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Groups on the hub</source>
        <translation>Groepen op de hub</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Lid worden</translation>
    </message>
    <message>
        <source>Found it (you lead it)</source>
        <translation>Oprichten (jij leidt hem)</translation>
    </message>
    <message>
        <source>Move my group here</source>
        <translation>Mijn groep hierheen verhuizen</translation>
    </message>
    <message>
        <source>Follow every group (admins)</source>
        <translation>Elke groep volgen (beheerders)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Niet gedaan: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source> — on this hub</source>
        <translation> — op deze hub</translation>
    </message>
    <message>
        <source> — in a shared folder</source>
        <translation> — in een gedeelde map</translation>
    </message>
    <message>
        <source>%1 (1 member)</source>
        <translation>%1 (1 lid)</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1 (%2 leden)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n group(s) you may see.</source>
        <translation>
            <numerusform>Verbonden: je ziet %n groep.</numerusform>
            <numerusform>Verbonden: je ziet %n groepen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Lid worden…</translation>
    </message>
    <message>
        <source>Asked to join; a lead of the group confirms you.</source>
        <translation>Gevraagd om lid te worden; een leider van de groep bevestigt je.</translation>
    </message>
    <message>
        <source>Founding…</source>
        <translation>Oprichten…</translation>
    </message>
    <message>
        <source>Founded: you lead it. Its members can join now.</source>
        <translation>Opgericht: jij leidt hem. De leden kunnen nu lid worden.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Verhuizen…</translation>
    </message>
    <message>
        <source>Moved: the group syncs through the hub from now on.</source>
        <translation>Verhuisd: de groep synchroniseert voortaan via de hub.</translation>
    </message>
    <message>
        <source>Following…</source>
        <translation>Volgen…</translation>
    </message>
    <message>
        <source>Following every group you may read.</source>
        <translation>Je volgt elke groep die je mag lezen.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <source>Tell Kiem who you are</source>
        <translation>Vertel Kiem wie je bent</translation>
    </message>
    <message>
        <source>Your name and email go with everything you submit, comment on or approve, so your group knows who wrote what. They stay on this computer and in your group&apos;s shared folder.</source>
        <translation>Je naam en e-mailadres staan bij alles wat je indient, goedkeurt of van een opmerking voorziet, zodat je groep weet wie wat schreef. Ze blijven op deze computer en in de gedeelde map van je groep.</translation>
    </message>
    <message>
        <source>e.g. Ann Lindqvist</source>
        <translation>bv. Anke de Vries</translation>
    </message>
    <message>
        <source>e.g. ann@example.com</source>
        <translation>bv. anke@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Your groups know you by this email, so it stays.</source>
        <translation>Je groepen kennen je aan dit e-mailadres, dus dat blijft zo.</translation>
    </message>
    <message>
        <source>Your key: %1</source>
        <translation>Je sleutel: %1</translation>
    </message>
    <message>
        <source>A group lead compares this with what they see before confirming you. Read it out to them.</source>
        <translation>Een trekker van je groep vergelijkt dit met wat die zelf ziet, voordat die je bevestigt. Lees het aan de trekker voor.</translation>
    </message>
    <message>
        <source>Not reviewing with a group? Choose “Not now”; Kiem asks again when you first need it.</source>
        <translation>Beoordeel je niet in een groep? Kies “Niet nu”; Kiem vraagt het opnieuw zodra je het nodig hebt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ImageForm</name>
    <message>
        <source>e.g. The login page with the address bar circled: the address ends in example.net</source>
        <translation>bv. De inlogpagina met de adresbalk omcirkeld: het adres eindigt op example.net</translation>
    </message>
    <message>
        <source>Decorative image (adds nothing a learner needs)</source>
        <translation>Decoratieve afbeelding (voegt niets toe wat een deelnemer nodig heeft)</translation>
    </message>
    <message>
        <source>Optional; shown under the image</source>
        <translation>Optioneel; staat onder de afbeelding</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternatieve tekst</translation>
    </message>
    <message>
        <source>Describe what matters in the image for someone who cannot see it.</source>
        <translation>Beschrijf wat belangrijk is aan de afbeelding, voor iemand die ze niet kan zien.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Afbeelding kiezen</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 item(s) will be skipped, %2 note(s): see the details.</source>
        <translation>%1 item(s) worden overgeslagen, %2 opmerking(en): zie de details.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Not imported: something unexpected went wrong.
%1</source>
        <translation>Niet geïmporteerd: er ging iets onverwachts mis.
%1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Asked to review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Nothing waits for your review.</source>
        <translation>Er wacht niets op jouw beoordeling.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Beoordeling openen</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mijn aanvragen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Beoordelaars</translation>
    </message>
    <message>
        <source>None of your modules is in review. Submit one from the editor with Module › Submit for review…</source>
        <translation>Geen van je modules is in beoordeling. Dien er een in vanuit de editor met Module › Ter beoordeling indienen…</translation>
    </message>
    <message>
        <source>Other reviews in your groups</source>
        <translation>Andere beoordelingen in je groepen</translation>
    </message>
    <message>
        <source>Anyone in the group may read these and comment</source>
        <translation>Iedereen in de groep mag deze lezen en er opmerkingen bij plaatsen</translation>
    </message>
    <message>
        <source>No other reviews are open in your groups.</source>
        <translation>Er lopen geen andere beoordelingen in je groepen.</translation>
    </message>
    <message>
        <source>Who am I…</source>
        <translation>Wie ben ik…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Groepen…</translation>
    </message>
    <message>
        <source>Say who you are first: reviews carry your name and email.</source>
        <translation>Zeg eerst wie je bent: bij een beoordeling staan je naam en e-mailadres.</translation>
    </message>
    <message>
        <source>You are in no review group yet. Start one in a shared folder, or join a colleague&apos;s.</source>
        <translation>Je zit nog niet in een beoordelingsgroep. Begin er een in een gedeelde map, of sluit je aan bij die van een collega.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: ‘%2’</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Vervangen door een nieuwere versie</translation>
    </message>
    <message>
        <source>reviewing</source>
        <translation>beoordeelt nog</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>asked for changes</source>
        <translation>wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>opmerkingen gegeven</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>New module…</source>
        <translation>Nieuwe module…</translation>
    </message>
    <message>
        <source>Create a module: blank, from a template or the sample</source>
        <translation>Maak een module: leeg, vanuit een sjabloon of de voorbeeldmodule</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the selected module (Enter or double-click)</source>
        <translation>De geselecteerde module openen (Enter of dubbelklikken)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Copy the selected module as a new draft</source>
        <translation>De geselecteerde module kopiëren als nieuw concept</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move the selected modules to the trash</source>
        <translation>De geselecteerde modules naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <source>Module folder…</source>
        <translation>Modulemap…</translation>
    </message>
    <message>
        <source>Import a module written as a folder of Markdown files</source>
        <translation>Een module importeren die als map met Markdown-bestanden is geschreven</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Kiem bundle (.kiem)…</source>
        <translation>Kiem-bundel (.kiem)…</translation>
    </message>
    <message>
        <source>Import a module a colleague saved as a bundle</source>
        <translation>Een module importeren die een collega als bundel heeft opgeslagen</translation>
    </message>
    <message>
        <source>Questions into a bank (GIFT)…</source>
        <translation>Vragen in een vragenbank (GIFT)…</translation>
    </message>
    <message>
        <source>Add the questions of a GIFT file to a question bank</source>
        <translation>De vragen van een GIFT-bestand toevoegen aan een vragenbank</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import a module folder, a bundle or questions</source>
        <translation>Een modulemap, een bundel of vragen importeren</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Bundel exporteren…</translation>
    </message>
    <message>
        <source>Save the selected module as one .kiem file to share</source>
        <translation>De geselecteerde module opslaan als één .kiem-bestand om te delen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Show deleted modules, to restore them or to empty the trash</source>
        <translation>Verwijderde modules tonen, om ze terug te zetten of de prullenbak te legen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Take the selected modules out of the trash</source>
        <translation>De geselecteerde modules uit de prullenbak halen</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Prullenbak legen…</translation>
    </message>
    <message>
        <source>Delete every module in the trash for good</source>
        <translation>Alle modules in de prullenbak definitief verwijderen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search modules</source>
        <translation>Modules zoeken</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Duplicate module</source>
        <translation>Module dupliceren</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n modules</source>
        <translation>
            <numerusform>%n module dupliceren</numerusform>
            <numerusform>%n modules dupliceren</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>Module verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n modules</source>
        <translation>
            <numerusform>%n module verwijderen</numerusform>
            <numerusform>%n modules verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore module</source>
        <translation>Module terugzetten</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n modules</source>
        <translation>
            <numerusform>%n module terugzetten</numerusform>
            <numerusform>%n modules terugzetten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <source>Search titles and text…</source>
        <translation>Zoek in titels en tekst…</translation>
    </message>
    <message>
        <source>Search modules</source>
        <translation>Modules zoeken</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filteren op groep</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sorteren op</translation>
    </message>
    <message>
        <source>Newest change first</source>
        <translation>Recentste wijziging eerst</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titel A–Z</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Beste resultaat eerst</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n min to complete</source>
        <translation>
            <numerusform>Duurt ongeveer %n min</numerusform>
            <numerusform>Duurt ongeveer %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>The review-by date (%1) has passed: check that the content is still right.</source>
        <translation>De reviewdatum (%1) is verstreken: controleer of de inhoud nog klopt.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Review verlopen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 uur geleden</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Deleted modules wait here. Restore one to bring it back, or empty the trash to delete them for good.</source>
        <translation>Verwijderde modules blijven hier staan. Zet er een terug om ze weer te gebruiken, of leeg de prullenbak om ze definitief te verwijderen.</translation>
    </message>
    <message>
        <source>Back to modules</source>
        <translation>Terug naar modules</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Zoekopdracht en filters wissen</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Niets gevonden voor “%1”</translation>
    </message>
    <message>
        <source>No module matches these filters</source>
        <translation>Geen module past bij deze filters</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer or shorter words, or clear the filters.</source>
        <translation>Controleer de spelling, probeer minder of kortere woorden, of wis de filters.</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>De prullenbak is leeg</translation>
    </message>
    <message>
        <source>Modules you delete wait here until you empty the trash.</source>
        <translation>Modules die je verwijdert, blijven hier tot je de prullenbak leegmaakt.</translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation>Nog geen modules</translation>
    </message>
    <message>
        <source>Create your first module with “New module…”, or import one.</source>
        <translation>Maak je eerste module met “Nieuwe module…”, of importeer er een.</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>“%1” is naar de prullenbak verplaatst.</translation>
    </message>
    <message numerus="yes">
        <source>%n modules moved to the trash.</source>
        <translation>
            <numerusform>%n module naar de prullenbak verplaatst.</numerusform>
            <numerusform>%n modules naar de prullenbak verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is back in the library.</source>
        <translation>“%1” staat weer in de bibliotheek.</translation>
    </message>
    <message numerus="yes">
        <source>%n modules are back in the library.</source>
        <translation>
            <numerusform>%n module staat weer in de bibliotheek.</numerusform>
            <numerusform>%n modules staan weer in de bibliotheek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Prullenbak legen?</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>“%1” definitief verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n modules in the trash for good?</source>
        <translation>
            <numerusform>De %n module in de prullenbak definitief verwijderen?</numerusform>
            <numerusform>De %n modules in de prullenbak definitief verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: the modules, their pages and their files are gone for good.</source>
        <translation>Dit kun je niet ongedaan maken: de modules, hun pagina&apos;s en hun bestanden zijn dan voorgoed weg.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kiem</source>
        <translation>Kiem</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>De werkruimte wordt geopend…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Werkruimte: %1</translation>
    </message>
    <message>
        <source>Saving %1 edits typed before Kiem last closed, which the workspace could not take then</source>
        <translation>Kiem slaat %1 bewerkingen op die vóór het vorige afsluiten getypt zijn en die de werkruimte toen niet kon opnemen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New module…</source>
        <translation>&amp;Nieuwe module…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>Map &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>List what to fix before export (F7)</source>
        <translation>Toon wat je moet oplossen voor het exporteren (F7)</translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation>&amp;Resultaten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Which questions work, from learners&apos; results (Ctrl+Shift+R)</source>
        <translation>Welke vragen werken, volgens de resultaten van cursisten (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show or hide the reviewers&apos; comments on this module (Ctrl+Shift+M)</source>
        <translation>De opmerkingen van de beoordelaars bij deze module tonen of verbergen (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Typing that waits for the workspace would be missing from the export: %1</source>
        <translation>Getypte tekst die nog op de werkruimte wacht, zou in de export ontbreken: %1</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Dat is niet gelukt</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <source>Write here. Short paragraphs read best; use the buttons above for headings, lists and links.</source>
        <translation>Schrijf hier. Korte alinea&apos;s lezen het prettigst; gebruik de knoppen hierboven voor koppen, lijsten en links.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Show and type the Markdown behind the text</source>
        <translation>Toon en typ de Markdown achter de tekst</translation>
    </message>
    <message>
        <source>Address the words link to:</source>
        <translation>Adres waarnaar de woorden linken:</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>linktekst</translation>
    </message>
    <message>
        <source>Column 1</source>
        <translation>Kolom 1</translation>
    </message>
    <message>
        <source>Column 2</source>
        <translation>Kolom 2</translation>
    </message>
</context>
<context>
    <name>MatchingEditor</name>
    <message>
        <source>Write each item with its match. Learners see the matches shuffled.</source>
        <translation>Schrijf bij elk item het bijpassende antwoord. Deelnemers zien de antwoorden door elkaar.</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Paar toevoegen</translation>
    </message>
    <message>
        <source>Extra matches make guessing harder (optional):</source>
        <translation>Extra antwoorden maken gokken moeilijker (optioneel):</translation>
    </message>
    <message>
        <source>Add extra match</source>
        <translation>Extra antwoord toevoegen</translation>
    </message>
</context>
<context>
    <name>MediaForm</name>
    <message>
        <source>What learners will hear or watch</source>
        <translation>Wat deelnemers zullen horen of zien</translation>
    </message>
    <message>
        <source>Paste or type what is said, in order.</source>
        <translation>Plak of typ wat er gezegd wordt, in volgorde.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcriptie</translation>
    </message>
    <message>
        <source>A transcript helps people who cannot hear it, or cannot play sound at work.</source>
        <translation>Een transcriptie helpt wie het niet kan horen, of op het werk geen geluid kan afspelen.</translation>
    </message>
    <message>
        <source>Choose video</source>
        <translation>Video kiezen</translation>
    </message>
    <message>
        <source>Choose audio</source>
        <translation>Audio kiezen</translation>
    </message>
</context>
<context>
    <name>ModuleSettingsDialog</name>
    <message>
        <source>Module settings</source>
        <translation>Module-instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Voltooiing</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Separate keywords with commas</source>
        <translation>Scheid trefwoorden met komma&apos;s</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Trefwoorden:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>Geen reviewdatum</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Reviewdatum:</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineair</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Learners go through the pages in order, or where the branching rules send them.</source>
        <translation>Deelnemers doorlopen de pagina&apos;s op volgorde, of gaan waar de vertakkingsregels hen heen sturen.</translation>
    </message>
    <message>
        <source>Learners may open any page at any time, in any order.</source>
        <translation>Deelnemers kunnen elke pagina op elk moment openen, in elke volgorde.</translation>
    </message>
    <message>
        <source>Send learners who fail back to the pages on the topics they missed</source>
        <translation>Stuur deelnemers die zakken terug naar de pagina&apos;s over de onderwerpen die ze misten</translation>
    </message>
    <message>
        <source>Branching rules:</source>
        <translation>Vertakkingsregels:</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>The module counts as complete when the learner has:</source>
        <translation>De module telt als voltooid als de deelnemer:</translation>
    </message>
    <message>
        <source>Viewed all pages</source>
        <translation>Alle pagina&apos;s heeft bekeken</translation>
    </message>
    <message>
        <source>Passed the test</source>
        <translation>Geslaagd is voor de toets</translation>
    </message>
    <message>
        <source>Viewed all pages and passed the test</source>
        <translation>Alle pagina&apos;s heeft bekeken en geslaagd is voor de toets</translation>
    </message>
    <message>
        <source>Give the module a title.</source>
        <translation>Geef de module een titel.</translation>
    </message>
    <message>
        <source>Branching rule %1 is incomplete: choose a page, a question, an option where needed and the page to go to, or remove the rule.</source>
        <translation>Vertakkingsregel %1 is onvolledig: kies een pagina, een vraag, zo nodig een optie en de pagina waar je heen gaat, of verwijder de regel.</translation>
    </message>
    <message>
        <source>Change module settings</source>
        <translation>Module-instellingen wijzigen</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New review group</source>
        <translation>Nieuwe beoordelingsgroep</translation>
    </message>
    <message>
        <source>Start a review group</source>
        <translation>Begin een beoordelingsgroep</translation>
    </message>
    <message>
        <source>A group reviews through one folder that everyone in it can open: a shared drive, or a folder your company already syncs. Kiem only adds small files there and never changes or deletes them. You become the group&apos;s lead and confirm who joins.</source>
        <translation>Een groep beoordeelt via één map die iedereen in de groep kan openen: een gedeelde schijf, of een map die je bedrijf al synchroniseert. Kiem zet daar alleen kleine bestanden bij en wijzigt of verwijdert ze nooit. Jij wordt de trekker van de groep en bevestigt wie er lid wordt.</translation>
    </message>
    <message>
        <source>e.g. IT creators</source>
        <translation>bv. IT-makers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <source>A folder your whole group can reach</source>
        <translation>Een map waar je hele groep bij kan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Gedeelde &amp;map:</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Groep maken</translation>
    </message>
    <message>
        <source>Choose the group&apos;s shared folder</source>
        <translation>Kies de gedeelde map van de groep</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Kies eerst de gedeelde map.</translation>
    </message>
    <message>
        <source>Kiem cannot write in that folder (%1). Choose one you can write to.</source>
        <translation>Kiem kan niet schrijven in die map (%1). Kies een map waarin je mag schrijven.</translation>
    </message>
</context>
<context>
    <name>NewModuleDialog</name>
    <message>
        <source>New module</source>
        <translation>Nieuwe module</translation>
    </message>
    <message>
        <source>For example: Booking a meeting room</source>
        <translation>Bijvoorbeeld: Een vergaderzaal reserveren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The language learners read the module in</source>
        <translation>De taal waarin deelnemers de module lezen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen met:</translation>
    </message>
    <message>
        <source>Blank module</source>
        <translation>Lege module</translation>
    </message>
    <message>
        <source>The sample module</source>
        <translation>De voorbeeldmodule</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>An empty module: you add the pages and blocks yourself.</source>
        <translation>Een lege module: je voegt zelf de pagina&apos;s en blokken toe.</translation>
    </message>
    <message>
        <source>A finished module about spotting and reporting phishing emails, in English, with a quiz. Look around, change anything, and delete it when you no longer need it. It keeps its own title.</source>
        <translation>Een volledige module over het herkennen en melden van phishingmails, in het Engels, met een quiz. Kijk rond, pas aan wat je wilt en verwijder de module als je ze niet meer nodig hebt. Ze houdt haar eigen titel.</translation>
    </message>
    <message>
        <source>Each page comes with placeholder text that says what to write there.</source>
        <translation>Elke pagina bevat een voorlopige tekst die zegt wat je er moet schrijven.</translation>
    </message>
    <message>
        <source>Add the sample module</source>
        <translation>Voorbeeldmodule toevoegen</translation>
    </message>
    <message>
        <source>New module from a template</source>
        <translation>Nieuwe module vanuit een sjabloon</translation>
    </message>
    <message>
        <source>The module was not created: %1</source>
        <translation>De module is niet gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>NoPages</name>
    <message>
        <source>This module has no pages yet</source>
        <translation>Deze module heeft nog geen pagina&apos;s</translation>
    </message>
    <message>
        <source>A good module has a few short pages, each with one idea.</source>
        <translation>Een goede module heeft een paar korte pagina&apos;s, elk met één idee.</translation>
    </message>
    <message>
        <source>Add the first page</source>
        <translation>Eerste pagina toevoegen</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>NumberRow</name>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Accepted value</source>
        <translation>Geaccepteerde waarde</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Margin either side</source>
        <translation>Marge naar beide kanten</translation>
    </message>
    <message>
        <source>How far off an answer may be and still count</source>
        <translation>Hoeveel een antwoord mag afwijken en toch meetellen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Score in percent</source>
        <translation>Score in procent</translation>
    </message>
    <message>
        <source>Share of the points this answer gives; 100 % is fully right, less gives partial credit</source>
        <translation>Deel van de punten dat dit antwoord oplevert; 100 % is helemaal juist, minder geeft een deel van de punten</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>NumericEditor</name>
    <message>
        <source>Type the right number and how far off an answer may be (15 ± 0 means exactly 15). Add more values for partial credit.</source>
        <translation>Typ het juiste getal en hoeveel een antwoord mag afwijken (15 ± 0 betekent precies 15). Voeg meer waarden toe om een deel van de punten te geven.</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Waarde toevoegen</translation>
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <source>List the items in the right order. Learners see them shuffled.</source>
        <translation>Zet de items in de juiste volgorde. Deelnemers zien ze door elkaar.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Item toevoegen</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Untitled page</source>
        <translation>Pagina zonder titel</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>Pagina toevoegen</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Pagina hernoemen</translation>
    </message>
    <message>
        <source>Duplicate page</source>
        <translation>Pagina dupliceren</translation>
    </message>
    <message>
        <source>Move page up</source>
        <translation>Pagina omhoog</translation>
    </message>
    <message>
        <source>Move page down</source>
        <translation>Pagina omlaag</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Pagina verwijderen</translation>
    </message>
    <message>
        <source>Quiz page from a question file…</source>
        <translation>Quizpagina uit een vragenbestand…</translation>
    </message>
    <message>
        <source>Put the questions of a GIFT or Moodle XML file on a new page at the end</source>
        <translation>Zet de vragen van een GIFT- of Moodle XML-bestand op een nieuwe pagina achteraan</translation>
    </message>
    <message>
        <source>(no blocks yet)</source>
        <translation>(nog geen blokken)</translation>
    </message>
</context>
<context>
    <name>PageEditor</name>
    <message>
        <source>Open a module to edit its pages.</source>
        <translation>Open een module om de pagina&apos;s te bewerken.</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Paginatitel</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Blok toevoegen</translation>
    </message>
    <message>
        <source>Add a block after the selected one</source>
        <translation>Een blok toevoegen na het geselecteerde blok</translation>
    </message>
    <message>
        <source>Page {n} of {count}</source>
        <translation>Pagina {n} van {count}</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Item on the left</source>
        <translation>Item links</translation>
    </message>
    <message>
        <source>Its match</source>
        <translation>Bijpassend antwoord</translation>
    </message>
    <message>
        <source>Matching item on the right</source>
        <translation>Bijpassend antwoord rechts</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
</context>
<context>
    <name>PalettePopup</name>
    <message>
        <source>Add a block</source>
        <translation>Een blok toevoegen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Taal van de interface:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>A new interface language is used from the next start of Kiem.</source>
        <translation>Een nieuwe interfacetaal geldt vanaf de volgende keer dat je Kiem start.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>The preview shows the page as learners will see it.</source>
        <translation>De voorvertoning toont de pagina zoals deelnemers ze zullen zien.</translation>
    </message>
    <message>
        <source>Restart the preview</source>
        <translation>Voorbeeld opnieuw starten</translation>
    </message>
    <message>
        <source>English</source>
        <translation>het Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>het Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>het Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>het Duits</translation>
    </message>
    <message>
        <source>Learners see this module in %1 — change it in Module › Settings.</source>
        <translation>Lerenden zien deze module in %1 — wijzig dat in Module › Instellingen.</translation>
    </message>
    <message>
        <source>stopped unexpectedly</source>
        <translation>is onverwacht gestopt</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>is vastgelopen</translation>
    </message>
    <message>
        <source>was stopped by the system (out of memory?)</source>
        <translation>is door het systeem gestopt (geheugen vol?)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>is gestopt</translation>
    </message>
    <message>
        <source>The preview %1 (exit code %2). Your work is safe and the editor keeps working. Restart the preview, or export as HTML to see the module in a browser.</source>
        <translation>Het voorbeeld %1 (afsluitcode %2). Je werk is veilig en de editor blijft werken. Start het voorbeeld opnieuw, of exporteer als HTML om de module in een browser te bekijken.</translation>
    </message>
    <message>
        <source>The preview cannot show this page yet: %1</source>
        <translation>De voorvertoning kan deze pagina nog niet tonen: %1</translation>
    </message>
    <message>
        <source>The preview cannot start on this computer: %1. Your work is safe and the editor keeps working; export as HTML to see the module in a browser.</source>
        <translation>Het voorbeeld kan op deze computer niet starten: %1. Je werk is veilig en de editor blijft werken; exporteer als HTML om de module in een browser te bekijken.</translation>
    </message>
</context>
<context>
    <name>ProblemHint</name>
    <message>
        <source>To finish this question:</source>
        <translation>Om deze vraag af te werken:</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>Even nakijken:</translation>
    </message>
    <message>
        <source>Mark the right answer.</source>
        <translation>Markeer het juiste antwoord.</translation>
    </message>
    <message>
        <source>Tick at least one right answer.</source>
        <translation>Vink minstens één juist antwoord aan.</translation>
    </message>
    <message>
        <source>Add at least one accepted answer.</source>
        <translation>Voeg minstens één geaccepteerd antwoord toe.</translation>
    </message>
    <message>
        <source>Type the right number (with a score above 0 %).</source>
        <translation>Typ het juiste getal (met een score boven 0 %).</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Schrijf de vraag.</translation>
    </message>
    <message>
        <source>Write at least two answer options.</source>
        <translation>Schrijf minstens twee antwoordopties.</translation>
    </message>
    <message>
        <source>Only one answer can be right; for more, choose “Multiple response”.</source>
        <translation>Er kan maar één antwoord juist zijn; kies “Meerdere antwoorden” als er meer juist zijn.</translation>
    </message>
    <message>
        <source>Fill in or remove the empty option.</source>
        <translation>Vul de lege optie in, of verwijder ze.</translation>
    </message>
    <message>
        <source>Two options share an id; remove one and add it again.</source>
        <translation>Twee opties hebben dezelfde id; verwijder er een en voeg ze opnieuw toe.</translation>
    </message>
    <message>
        <source>Add at least two pairs.</source>
        <translation>Voeg minstens twee paren toe.</translation>
    </message>
    <message>
        <source>Give every item its match, or remove the pair.</source>
        <translation>Geef elk item een bijpassend antwoord, of verwijder het paar.</translation>
    </message>
    <message>
        <source>Add at least two items to put in order.</source>
        <translation>Voeg minstens twee items toe om in volgorde te zetten.</translation>
    </message>
    <message>
        <source>The question is worth 0 points, so it does not count.</source>
        <translation>De vraag is 0 punten waard, dus ze telt niet mee.</translation>
    </message>
</context>
<context>
    <name>QuestionBlockForm</name>
    <message>
        <source>Edit question</source>
        <translation>Vraag bewerken</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>Vraag bewerken</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>QuestionDrawForm</name>
    <message>
        <source>e.g. links, reporting (leave empty for all)</source>
        <translation>bv. links, melden (leeg laten voor alle vragen)</translation>
    </message>
    <message>
        <source>Counts towards the score</source>
        <translation>Telt mee voor de score</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Vragenbank</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Aantal vragen</translation>
    </message>
    <message>
        <source>Only questions tagged</source>
        <translation>Alleen vragen met tag</translation>
    </message>
    <message>
        <source>No question banks yet</source>
        <translation>Nog geen vragenbanken</translation>
    </message>
    <message>
        <source>{title} ({n} questions)</source>
        <translation>{title} ({n} vragen)</translation>
    </message>
    <message>
        <source>(a deleted bank)</source>
        <translation>(een verwijderde vragenbank)</translation>
    </message>
    <message>
        <source>Import questions into a bank first (a GIFT file), then choose it here.</source>
        <translation>Importeer eerst vragen in een vragenbank (een GIFT-bestand) en kies die dan hier.</translation>
    </message>
    <message>
        <source>{n} questions in this bank match.</source>
        <translation>{n} vragen in deze vragenbank komen in aanmerking.</translation>
    </message>
    <message>
        <source>Draw fewer, or add questions to the bank.</source>
        <translation>Kies er minder, of voeg vragen toe aan de vragenbank.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Single choice</source>
        <translation>Meerkeuzevraag</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Meerdere antwoorden</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Waar of onwaar</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Invulvraag</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Koppelvraag</translation>
    </message>
    <message>
        <source>Put in order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Getal</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Vraagtype</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Optional: a short name to find it again</source>
        <translation>Optioneel: een korte naam om de vraag terug te vinden</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>What do you ask the learner?</source>
        <translation>Wat vraag je aan de deelnemer?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Ctrl+B for bold, Ctrl+I for italic</source>
        <translation>Ctrl+B voor vet, Ctrl+I voor cursief</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Vraag:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Shown when the answer is right (optional)</source>
        <translation>Te zien als het antwoord juist is (optioneel)</translation>
    </message>
    <message>
        <source>Shown when the answer is wrong; say what is right and why (optional)</source>
        <translation>Te zien als het antwoord fout is; zeg wat juist is en waarom (optioneel)</translation>
    </message>
    <message>
        <source>When right:</source>
        <translation>Bij juist:</translation>
    </message>
    <message>
        <source>When wrong:</source>
        <translation>Bij fout:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Topics, separated by commas, e.g. links, reporting</source>
        <translation>Onderwerpen, gescheiden door komma&apos;s, bv. links, melden</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags let a quiz draw questions by topic and send learners who miss them back to the right pages.</source>
        <translation>Met tags kan een quiz vragen per onderwerp kiezen, en deelnemers die ze fout hebben terugsturen naar de juiste pagina&apos;s.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punten:</translation>
    </message>
    <message>
        <source>Learners pick the one right answer.</source>
        <translation>Deelnemers kiezen het ene juiste antwoord.</translation>
    </message>
    <message>
        <source>Learners tick every answer that applies.</source>
        <translation>Deelnemers vinken elk antwoord aan dat klopt.</translation>
    </message>
    <message>
        <source>Learners say whether a statement is true.</source>
        <translation>Deelnemers zeggen of een bewering waar is.</translation>
    </message>
    <message>
        <source>Learners type a word or a short answer.</source>
        <translation>Deelnemers typen een woord of een kort antwoord.</translation>
    </message>
    <message>
        <source>Learners match each item with its partner.</source>
        <translation>Deelnemers koppelen elk item aan zijn tegenhanger.</translation>
    </message>
    <message>
        <source>Learners put the items in the right order.</source>
        <translation>Deelnemers zetten de items in de juiste volgorde.</translation>
    </message>
    <message>
        <source>Learners type a number; close enough counts.</source>
        <translation>Deelnemers typen een getal; bijna juist telt ook.</translation>
    </message>
    <message>
        <source>Write the statement, e.g. “You only report an email when you are sure it is phishing.”</source>
        <translation>Schrijf de bewering, bv. “Je meldt een e-mail pas als je zeker weet dat het phishing is.”</translation>
    </message>
</context>
<context>
    <name>QuestionRefForm</name>
    <message>
        <source>Counts towards the score</source>
        <translation>Telt mee voor de score</translation>
    </message>
    <message>
        <source>This question is missing.</source>
        <translation>Deze vraag ontbreekt.</translation>
    </message>
</context>
<context>
    <name>QuizPageImport</name>
    <message>
        <source>Quiz page from a question file</source>
        <translation>Quizpagina uit een vragenbestand</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Vragenbestanden (*.gift *.txt *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Put %n question(s) on a new quiz page “%2”?</source>
        <translation>
            <numerusform>%n vraag op een nieuwe quizpagina “%2” zetten?</numerusform>
            <numerusform>%n vragen op een nieuwe quizpagina “%2” zetten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation>Pagina toevoegen</translation>
    </message>
    <message>
        <source>Quiz page from %1</source>
        <translation>Quizpagina uit %1</translation>
    </message>
</context>
<context>
    <name>QuizSettingsDialog</name>
    <message>
        <source>Quiz settings</source>
        <translation>Quizinstellingen</translation>
    </message>
    <message>
        <source>Change quiz settings</source>
        <translation>Quizinstellingen wijzigen</translation>
    </message>
</context>
<context>
    <name>QuizSettingsForm</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of the points a learner needs to pass</source>
        <translation>Het deel van de punten dat een deelnemer nodig heeft om te slagen</translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation>Slaagcijfer:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Onbeperkt</translation>
    </message>
    <message>
        <source>How often a learner may take the quiz; 0 is unlimited</source>
        <translation>Hoe vaak een deelnemer de quiz mag maken; 0 is onbeperkt</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Pogingen:</translation>
    </message>
    <message>
        <source>Shuffle the order of the questions</source>
        <translation>Vragen in willekeurige volgorde</translation>
    </message>
    <message>
        <source>Shuffle the answer options</source>
        <translation>Antwoordopties in willekeurige volgorde</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Volgorde:</translation>
    </message>
    <message>
        <source>Right after each answer</source>
        <translation>Meteen na elk antwoord</translation>
    </message>
    <message>
        <source>At the end of the quiz</source>
        <translation>Aan het einde van de quiz</translation>
    </message>
    <message>
        <source>Never (only the score)</source>
        <translation>Nooit (alleen de score)</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <source>Show the right answers with the feedback</source>
        <translation>De juiste antwoorden tonen bij de feedback</translation>
    </message>
</context>
<context>
    <name>ReflectionForm</name>
    <message>
        <source>e.g. Your inbox this month</source>
        <translation>bv. Je inbox deze maand</translation>
    </message>
    <message>
        <source>e.g. Think of the last message that made you hesitate. What made you unsure?</source>
        <translation>bv. Denk aan het laatste bericht waarbij je twijfelde. Waardoor was je onzeker?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Reflectievraag</translation>
    </message>
    <message>
        <source>Not scored: learners write for themselves; nothing is sent or graded.</source>
        <translation>Geen score: deelnemers schrijven voor zichzelf; er wordt niets verstuurd of beoordeeld.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>Version of the module</source>
        <translation>Versie van de module</translation>
    </message>
    <message>
        <source>The results could not be read: %1</source>
        <translation>De resultaten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>De resultaten worden gelezen…</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Version not known</source>
        <translation>Versie onbekend</translation>
    </message>
    <message>
        <source>All versions together</source>
        <translation>Alle versies samen</translation>
    </message>
    <message>
        <source>No module open.</source>
        <translation>Geen module geopend.</translation>
    </message>
    <message>
        <source>No results yet. Import an LMS&apos;s interactions report with kiem results import, or pull from an LRS with kiem results pull.</source>
        <translation>Nog geen resultaten. Importeer het interactierapport van een LMS met kiem results import, of haal ze op uit een LRS met kiem results pull.</translation>
    </message>
    <message>
        <source>%1 learners, each counted once (their first attempt)</source>
        <translation>%1 cursisten, elk één keer geteld (hun eerste poging)</translation>
    </message>
    <message>
        <source>; mean score %1 %</source>
        <translation>; gemiddelde score %1&#xa0;%</translation>
    </message>
    <message>
        <source>Learners are stored by name.</source>
        <translation>Cursisten worden met hun naam bewaard.</translation>
    </message>
    <message>
        <source>Learners are stored as hashes, not by name.</source>
        <translation>Cursisten worden als hash bewaard, niet met hun naam.</translation>
    </message>
    <message>
        <source>%1 attempts · facility %2 · discrimination %3 · efficiency %4</source>
        <translation>%1 pogingen · p-waarde %2 · discriminatie %3 · efficiëntie %4</translation>
    </message>
    <message>
        <source>Facility: the mean score as a share of the maximum. Discrimination: how the score on this question goes with the score on the rest of the test (Moodle&apos;s discrimination index). Efficiency: that, as a share of the most it could be.</source>
        <translation>P-waarde (facility): de gemiddelde score als deel van het maximum. Discriminatie: hoe de score op deze vraag samengaat met de score op de rest van de toets (de discriminatie-index van Moodle). Efficiëntie: die discriminatie als deel van het hoogst mogelijke.</translation>
    </message>
    <message>
        <source>A right answer</source>
        <translation>Een juist antwoord</translation>
    </message>
    <message>
        <source>Chosen by %1 of %2</source>
        <translation>Gekozen door %1 van %2</translation>
    </message>
    <message>
        <source>Pages: learners who reached each</source>
        <translation>Pagina&apos;s: cursisten die elke pagina bereikten</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Too few attempts to judge yet (a verdict needs 20).</source>
        <translation>Nog te weinig pogingen om te oordelen (een oordeel vraagt er 20).</translation>
    </message>
    <message>
        <source>Most people who know the topic get this wrong: check the right answer.</source>
        <translation>De meeste mensen die het onderwerp kennen, beantwoorden dit fout: controleer het juiste antwoord.</translation>
    </message>
    <message>
        <source>People who do well on the rest of the test do worse on this one: check the right answer and the wording.</source>
        <translation>Wie de rest van de toets goed maakt, doet het op deze vraag slechter: controleer het juiste antwoord en de formulering.</translation>
    </message>
    <message>
        <source>Nearly everyone gets this right, so it tells nobody apart: make it harder or drop it.</source>
        <translation>Bijna iedereen beantwoordt dit juist, dus het onderscheidt niemand: maak de vraag moeilijker of laat ze weg.</translation>
    </message>
    <message>
        <source>Nearly nobody gets this right: check that the module teaches it and that the right answer is right.</source>
        <translation>Bijna niemand beantwoordt dit juist: controleer of de module het aanleert en of het juiste antwoord klopt.</translation>
    </message>
    <message>
        <source>Strong learners are split between two answers: the question may be ambiguous; reword it.</source>
        <translation>Sterke cursisten zijn verdeeld tussen twee antwoorden: de vraag is misschien dubbelzinnig; herformuleer ze.</translation>
    </message>
    <message>
        <source>It barely tells apart who knows the topic from who does not: sharpen the question or its wrong options.</source>
        <translation>Het onderscheidt nauwelijks wie het onderwerp kent van wie niet: maak de vraag of de foute opties scherper.</translation>
    </message>
    <message>
        <source>Works well: it tells apart who knows the topic.</source>
        <translation>Werkt goed: het onderscheidt wie het onderwerp kent.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Submit for &amp;review…</source>
        <translation>Ter &amp;beoordeling indienen…</translation>
    </message>
    <message>
        <source>Send this version to your group&apos;s reviewers</source>
        <translation>Deze versie naar de beoordelaars van je groep sturen</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Reviews asked of you, and your own requests</source>
        <translation>Beoordelingen die aan jou gevraagd zijn, en je eigen aanvragen</translation>
    </message>
    <message>
        <source>&amp;Approved and stale</source>
        <translation>Goedgekeurd en &amp;verouderd</translation>
    </message>
    <message>
        <source>Approved versions to export and publish, and modules due for another review</source>
        <translation>Goedgekeurde versies om te exporteren en te publiceren, en modules die opnieuw beoordeeld moeten worden</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Groepen…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Send and receive reviews through the group folders (Kiem also does this every two minutes)</source>
        <translation>Beoordelingen versturen en ontvangen via de groepsmappen (Kiem doet dit ook elke twee minuten)</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>&amp;Wie ben ik…</translation>
    </message>
    <message>
        <source>Back to inbox</source>
        <translation>Terug naar inbox</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Be&amp;oordelen</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Niet ingediend</translation>
    </message>
    <message>
        <source>“%1” version %2 went to %3 for review.</source>
        <translation>“%1” versie %2 is ter beoordeling naar %3 gestuurd.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>This build of Kiem cannot open reviews yet.</source>
        <translation>Deze versie van Kiem kan nog geen beoordelingen openen.</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>De beoordeling kan niet worden geopend</translation>
    </message>
    <message>
        <source>You are in no review group yet: nothing to sync. See Review › Groups…</source>
        <translation>Je zit nog niet in een beoordelingsgroep: er is niets te synchroniseren. Zie Beoordelen › Groepen…</translation>
    </message>
    <message>
        <source>Your review of “%1” is due tomorrow</source>
        <translation>Je beoordeling van “%1” moet morgen klaar zijn</translation>
    </message>
    <message>
        <source>Your review of “%1” is overdue</source>
        <translation>Je beoordeling van “%1” is te laat</translation>
    </message>
    <message>
        <source>&amp;Inbox (%1)</source>
        <translation>&amp;Inbox (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewPlayer</name>
    <message>
        <source>Preparing the version…</source>
        <translation>Bezig met klaarzetten van de versie…</translation>
    </message>
    <message>
        <source>The version under review, as learners see it</source>
        <translation>De versie die beoordeeld wordt, zoals deelnemers ze zien</translation>
    </message>
    <message>
        <source>Opening version %1 of “%2” as learners see it…</source>
        <translation>Versie %1 van “%2” wordt geopend zoals lerenden die zien…</translation>
    </message>
    <message>
        <source>This version cannot be shown: %1</source>
        <translation>Deze versie kan niet getoond worden: %1</translation>
    </message>
    <message>
        <source>The version did not open in the player.</source>
        <translation>De versie ging niet open in de speler.</translation>
    </message>
</context>
<context>
    <name>ReviewSync</name>
    <message>
        <source>Not synced: %1</source>
        <translation>Niet gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>Not synced: something unexpected went wrong</source>
        <translation>Niet gesynchroniseerd: er ging iets onverwachts mis</translation>
    </message>
    <message>
        <source>%1 asks you to review “%2” (version %3)</source>
        <translation>%1 vraagt je om “%2” (versie %3) te beoordelen</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in beoordeling</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>vervangen door een nieuwere versie</translation>
    </message>
    <message>
        <source>“%1” (version %2): %3</source>
        <translation>“%1” (versie %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>New comments or replies for you: %n</source>
        <translation>
            <numerusform>Nieuwe opmerking of reactie voor jou: %n</numerusform>
            <numerusform>Nieuwe opmerkingen of reacties voor jou: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group folder not reachable — %n waiting to send</source>
        <translation>
            <numerusform>Groepsmap niet bereikbaar — nog %n te versturen</numerusform>
            <numerusform>Groepsmap niet bereikbaar — nog %n te versturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder of “%1” not reachable — %n waiting to send</source>
        <translation>
            <numerusform>Map van “%1” niet bereikbaar — nog %n te versturen</numerusform>
            <numerusform>Map van “%1” niet bereikbaar — nog %n te versturen</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Gesynchroniseerd om %1</translation>
    </message>
    <message>
        <source> · hub live</source>
        <translation> · hub verbonden</translation>
    </message>
    <message>
        <source> · hub offline, trying again</source>
        <translation> · hub offline, opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking plaatsen</translation>
    </message>
    <message>
        <source>Comment on the selected text (%1)</source>
        <translation>Opmerking bij de geselecteerde tekst (%1)</translation>
    </message>
    <message>
        <source>Suggest change</source>
        <translation>Wijziging voorstellen</translation>
    </message>
    <message>
        <source>Propose new words for the selected text; the author accepts or declines</source>
        <translation>Nieuwe woorden voorstellen voor de geselecteerde tekst; de auteur accepteert of wijst af</translation>
    </message>
    <message>
        <source>Comment on this page</source>
        <translation>Opmerking bij deze pagina</translation>
    </message>
    <message>
        <source>Select text in the module, then comment or suggest a change.</source>
        <translation>Selecteer tekst in de module en plaats er een opmerking bij of stel een wijziging voor.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Review: %1 (version %2)</source>
        <translation>Beoordeling: %1 (versie %2)</translation>
    </message>
    <message>
        <source>This review cannot be opened</source>
        <translation>Deze beoordeling kan niet worden geopend</translation>
    </message>
    <message>
        <source>Sync with the group folder, then open the review again.</source>
        <translation>Synchroniseer met de groepsmap en open de beoordeling daarna opnieuw.</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in beoordeling</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>vervangen door een nieuwere versie</translation>
    </message>
    <message>
        <source>Version %1 by %2 · %3 · due %4</source>
        <translation>Versie %1 van %2 · %3 · deadline %4</translation>
    </message>
    <message>
        <source>Note from the author: %1</source>
        <translation>Notitie van de auteur: %1</translation>
    </message>
    <message>
        <source>You approved this version.</source>
        <translation>Je hebt deze versie goedgekeurd.</translation>
    </message>
    <message>
        <source>You requested changes to this version.</source>
        <translation>Je hebt wijzigingen gevraagd voor deze versie.</translation>
    </message>
    <message>
        <source>You finished reviewing this version (comments only).</source>
        <translation>Je bent klaar met het beoordelen van deze versie (alleen opmerkingen).</translation>
    </message>
    <message>
        <source>This version is no longer in review; comments go to the author at once.</source>
        <translation>Deze versie is niet meer in beoordeling; opmerkingen gaan meteen naar de auteur.</translation>
    </message>
    <message>
        <source>You are not assigned to this version; your comments go to the author at once.</source>
        <translation>Je bent niet gevraagd om deze versie te beoordelen; je opmerkingen gaan meteen naar de auteur.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>OPEN · %1</source>
        <translation>OPEN · %1</translation>
    </message>
    <message>
        <source>RESOLVED · %1</source>
        <translation>OPGELOST · %1</translation>
    </message>
    <message>
        <source>No comments yet. Select text in the module and press Comment, or comment on the whole page.</source>
        <translation>Nog geen opmerkingen. Selecteer tekst in de module en klik op Opmerking plaatsen, of plaats een opmerking bij de hele pagina.</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>These words cannot be found as written in the module.</source>
        <translation>Deze woorden staan niet precies zo in de module.</translation>
    </message>
    <message>
        <source>Select text within one paragraph, without crossing bold text, links or other formatting; or write a comment instead.</source>
        <translation>Selecteer tekst binnen één alinea, zonder over vette tekst, links of andere opmaak heen te gaan; of schrijf in plaats daarvan een opmerking.</translation>
    </message>
    <message>
        <source>The comment cannot be placed</source>
        <translation>De opmerking kan niet geplaatst worden</translation>
    </message>
    <message>
        <source>The selected words are not found in the page title as written; the comment is on the whole page.</source>
        <translation>De geselecteerde woorden staan niet zo in de paginatitel; de opmerking gaat over de hele pagina.</translation>
    </message>
    <message>
        <source>The selection runs over more than one block; the comment is on the first of them as a whole.</source>
        <translation>De selectie loopt over meer dan één blok; de opmerking gaat over het eerste blok als geheel.</translation>
    </message>
    <message>
        <source>The selected text is not found as written in the module (it may run across formatting such as bold text or a link); the comment is on the whole block.</source>
        <translation>De geselecteerde tekst staat niet zo in de module (misschien loopt hij over opmaak zoals vette tekst of een link); de opmerking gaat over het hele blok.</translation>
    </message>
    <message>
        <source>The selection is not inside a block; the comment is on the whole page.</source>
        <translation>De selectie ligt niet binnen een blok; de opmerking gaat over de hele pagina.</translation>
    </message>
    <message>
        <source>The comment was not deleted</source>
        <translation>De opmerking is niet verwijderd</translation>
    </message>
    <message>
        <source>Your comment was not saved</source>
        <translation>Je opmerking is niet opgeslagen</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <source>Select some text in the module first.</source>
        <translation>Selecteer eerst wat tekst in de module.</translation>
    </message>
    <message>
        <source>Drag over the words you want to comment on, then press Comment (%1). To comment on a whole page, press Comment on this page.</source>
        <translation>Sleep over de woorden waarbij je een opmerking wilt plaatsen en klik dan op Opmerking plaatsen (%1). Voor een opmerking bij een hele pagina klik je op Opmerking bij deze pagina.</translation>
    </message>
    <message>
        <source>Your review was not finished</source>
        <translation>Je beoordeling is niet afgerond</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Er is niets verstuurd.</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Omhoog (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Omlaag (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>%1 is busy: another Kiem (a command, or the studio in another window) is writing to it.</source>
        <translation>%1 is bezet: een andere Kiem (een opdracht, of de studio in een ander venster) schrijft erin.</translation>
    </message>
    <message>
        <source>%1 (and the safety copy cannot be written: %2)</source>
        <translation>%1 (en de veiligheidskopie kan niet worden geschreven: %2)</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes are saved</source>
        <translation>Alle wijzigingen zijn opgeslagen</translation>
    </message>
    <message>
        <source>Kiem saves every change the moment you make it.</source>
        <translation>Kiem slaat elke wijziging meteen op.</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for the workspace</source>
        <translation>Nog niet opgeslagen: wacht op de werkruimte</translation>
    </message>
    <message>
        <source>One edit waits.</source>
        <translation>Eén bewerking wacht.</translation>
    </message>
    <message>
        <source>%1 edits wait.</source>
        <translation>%1 bewerkingen wachten.</translation>
    </message>
    <message>
        <source>%1

%2 Your typing is kept, also on disk in case Kiem closes, and saved in the order you made it as soon as the workspace takes it.</source>
        <translation>%1

%2 Wat je typt blijft bewaard, ook op schijf voor het geval Kiem sluit, en wordt in volgorde opgeslagen zodra de werkruimte het opneemt.</translation>
    </message>
    <message>
        <source>%1 edits are not in the workspace yet:

%2

They are kept on this computer: if you close now, Kiem saves them the next time it opens this workspace.</source>
        <translation>%1 bewerkingen staan nog niet in de werkruimte:

%2

Ze blijven bewaard op deze computer: sluit je nu, dan slaat Kiem ze op wanneer het deze werkruimte de volgende keer opent.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Nu sluiten</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Blijven wachten</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <source>e.g. An email from “IT” asks you to confirm your password today. What do you do?</source>
        <translation>bv. Een e-mail van “IT” vraagt je om vandaag nog je wachtwoord te bevestigen. Wat doe je?</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Keuze toevoegen</translation>
    </message>
    <message>
        <source>Choice {n}</source>
        <translation>Keuze {n}</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Keuzes</translation>
    </message>
    <message>
        <source>Each choice leads to a page: make a page per outcome, then come back and pick it.</source>
        <translation>Elke keuze leidt naar een pagina: maak een pagina per afloop, kom dan terug en kies ze hier.</translation>
    </message>
</context>
<context>
    <name>SectionRow</name>
    <message>
        <source>Section title</source>
        <translation>Sectietitel</translation>
    </message>
</context>
<context>
    <name>SectionsForm</name>
    <message>
        <source>Learners see one tab at a time; keep the tabs parallel (one per role, per tool…).</source>
        <translation>Deelnemers zien één tabblad tegelijk; houd de tabbladen gelijkwaardig (één per rol, per tool…).</translation>
    </message>
    <message>
        <source>Learners open the sections they need; put what everyone must read outside the accordion.</source>
        <translation>Deelnemers openen de secties die ze nodig hebben; zet wat iedereen moet lezen buiten de accordeon.</translation>
    </message>
    <message>
        <source>Add tab</source>
        <translation>Tabblad toevoegen</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Sectie toevoegen</translation>
    </message>
    <message>
        <source>Section {n}</source>
        <translation>Sectie {n}</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Kiem cannot open the workspace</source>
        <translation>Kiem kan de werkruimte niet openen</translation>
    </message>
    <message>
        <source>%1

Your typing is kept and will be saved as soon as the workspace takes it; try this again then.</source>
        <translation>%1

Wat je typte blijft bewaard en wordt opgeslagen zodra de werkruimte het opneemt; probeer dit dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit for review</source>
        <translation>Ter beoordeling indienen</translation>
    </message>
    <message>
        <source>Submit “%1” for review</source>
        <translation>“%1” ter beoordeling indienen</translation>
    </message>
    <message>
        <source>Version %1 goes to reviewers in “%2”. They see the module as it is now; you can keep editing your draft meanwhile.</source>
        <translation>Versie %1 gaat naar beoordelaars in “%2”. Zij zien de module zoals ze nu is; jij kunt intussen gewoon verder werken aan je concept.</translation>
    </message>
    <message>
        <source>What changed, and what reviewers should look at</source>
        <translation>Wat er veranderd is, en waar beoordelaars naar moeten kijken</translation>
    </message>
    <message>
        <source>&amp;Note for reviewers:</source>
        <translation>&amp;Notitie voor beoordelaars:</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Beoordelaars:</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Beoordelen vóór</translation>
    </message>
    <message>
        <source>Review &amp;by:</source>
        <translation>Beoordelen &amp;vóór:</translation>
    </message>
    <message>
        <source>Fix this first: the check found an error. Reviewers only get modules that pass the check.</source>
        <translation>Los dit eerst op: de controle vond een fout. Beoordelaars krijgen alleen modules die door de controle komen.</translation>
    </message>
    <message numerus="yes">
        <source>Fix these first: the check found %n errors. Reviewers only get modules that pass the check.</source>
        <translation>
            <numerusform>Los deze eerst op: de controle vond %n fout. Beoordelaars krijgen alleen modules die door de controle komen.</numerusform>
            <numerusform>Los deze eerst op: de controle vond %n fouten. Beoordelaars krijgen alleen modules die door de controle komen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors to fix</source>
        <translation>Op te lossen fouten</translation>
    </message>
    <message>
        <source>Show in the Check panel</source>
        <translation>Tonen in het paneel Controle</translation>
    </message>
    <message>
        <source>Pick automatically (recommended)</source>
        <translation>Automatisch kiezen (aanbevolen)</translation>
    </message>
    <message>
        <source>Choose:</source>
        <translation>Zelf kiezen:</translation>
    </message>
    <message>
        <source>Members who can review</source>
        <translation>Leden die kunnen beoordelen</translation>
    </message>
    <message>
        <source>1 open review</source>
        <translation>1 open beoordeling</translation>
    </message>
    <message numerus="yes">
        <source>%n open reviews</source>
        <translation>
            <numerusform>%n open beoordeling</numerusform>
            <numerusform>%n open beoordelingen</numerusform>
        </translation>
    </message>
    <message>
        <source>The reviewers of version %1 again: %2</source>
        <translation>Opnieuw de beoordelaars van versie %1: %2</translation>
    </message>
    <message>
        <source>Nobody else in the group can review now: everyone is away or not confirmed yet.</source>
        <translation>Niemand anders in de groep kan nu beoordelen: iedereen is afwezig of nog niet bevestigd.</translation>
    </message>
    <message>
        <source>Kiem asks whoever has the fewest open reviews: now %1.</source>
        <translation>Kiem vraagt wie de minste open beoordelingen heeft: nu %1.</translation>
    </message>
    <message>
        <source>You are in no review group yet. Start or join one under Review › Groups…, then submit.</source>
        <translation>Je zit nog niet in een beoordelingsgroep. Begin er een of sluit je aan bij een groep via Beoordelen › Groepen…, en dien de module daarna in.</translation>
    </message>
    <message>
        <source>“%1” belongs to none of your groups. Choose its group in Module › Settings…, then submit.</source>
        <translation>“%1” hoort bij geen van je groepen. Kies de groep in Module › Instellingen… en dien de module daarna in.</translation>
    </message>
    <message>
        <source>A lead of “%1” has not confirmed you yet; you can submit once they have.</source>
        <translation>Een trekker van “%1” heeft je nog niet bevestigd; je kunt indienen zodra dat gebeurd is.</translation>
    </message>
    <message>
        <source>Only %1, who submitted it first, can submit this module.</source>
        <translation>Alleen %1 kan deze module indienen, want die diende haar als eerste in.</translation>
    </message>
    <message>
        <source>Who reviews?</source>
        <translation>Wie beoordeelt?</translation>
    </message>
    <message>
        <source>Tick at least one reviewer, or let Kiem pick.</source>
        <translation>Vink minstens één beoordelaar aan, of laat Kiem kiezen.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Niet ingediend</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>Suggest a change</source>
        <translation>Een wijziging voorstellen</translation>
    </message>
    <message>
        <source>Replace this passage:</source>
        <translation>Vervang deze passage:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Door:</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Vervangende tekst</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Waarom (optioneel)</translation>
    </message>
    <message>
        <source>Why you suggest it</source>
        <translation>Waarom je dit voorstelt</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Type the new text above.</source>
        <translation>Typ hierboven de nieuwe tekst.</translation>
    </message>
</context>
<context>
    <name>TemplateButton</name>
    <message>
        <source>Use this template →</source>
        <translation>Dit sjabloon gebruiken →</translation>
    </message>
</context>
<context>
    <name>ThreadAnswers</name>
    <message>
        <source>Your reply was not sent</source>
        <translation>Je reactie is niet verstuurd</translation>
    </message>
    <message>
        <source>The thread was not reopened</source>
        <translation>De opmerking is niet heropend</translation>
    </message>
    <message>
        <source>The thread was not resolved</source>
        <translation>De opmerking is niet als opgelost gemarkeerd</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source>Only you see this until you finish your review.</source>
        <translation>Alleen jij ziet dit tot je je beoordeling afrondt.</translation>
    </message>
    <message>
        <source>Suggested change:</source>
        <translation>Voorgestelde wijziging:</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <source>Not sent yet: it goes to the group folder at the next sync.</source>
        <translation>Nog niet verstuurd: het gaat bij de volgende synchronisatie naar de groepsmap.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blokkerend</translation>
    </message>
    <message>
        <source>The version cannot be approved while this thread is open.</source>
        <translation>De versie kan niet worden goedgekeurd zolang deze opmerking open is.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Sindsdien gewijzigd</translation>
    </message>
    <message>
        <source>The passage was changed after this thread; the quote is what was there.</source>
        <translation>De passage is na deze draad gewijzigd; het citaat is wat er stond.</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <source>The passage is not in this version any more; the quote is what was there.</source>
        <translation>De passage staat niet meer in deze versie; het citaat toont wat er stond.</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>The passage now lives in another block.</source>
        <translation>De passage staat nu in een ander blok.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>On the whole of version %1</source>
        <translation>Bij de hele versie %1</translation>
    </message>
    <message>
        <source>Written on version %1; the passage has changed since</source>
        <translation>Geschreven bij versie %1; de passage is sindsdien gewijzigd</translation>
    </message>
    <message>
        <source>Written on version %1; no longer found here</source>
        <translation>Geschreven bij versie %1; hier niet meer te vinden</translation>
    </message>
    <message>
        <source>Show this passage</source>
        <translation>Deze passage tonen</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Reageren…</translation>
    </message>
    <message>
        <source>Reply to this thread</source>
        <translation>Reageren op deze opmerking</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Make this change in your draft (undoable)</source>
        <translation>Deze wijziging in je concept doorvoeren (kan ongedaan gemaakt worden)</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Not blocking</source>
        <translation>Niet blokkerend</translation>
    </message>
    <message>
        <source>Make blocking</source>
        <translation>Blokkerend maken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>zonder titel</translation>
    </message>
    <message>
        <source>Page “%1”</source>
        <translation>Pagina “%1”</translation>
    </message>
</context>
<context>
    <name>ThreadsPanel</name>
    <message>
        <source>Review comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Show comments by</source>
        <translation>Opmerkingen tonen van</translation>
    </message>
    <message>
        <source>No module open.</source>
        <translation>Geen module geopend.</translation>
    </message>
    <message>
        <source>This module has not been sent for review yet.</source>
        <translation>Deze module is nog niet ter beoordeling ingediend.</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Alle beoordelaars</translation>
    </message>
    <message>
        <source>OPEN · %1</source>
        <translation>OPEN · %1</translation>
    </message>
    <message>
        <source>RESOLVED · %1</source>
        <translation>OPGELOST · %1</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Nog geen opmerkingen.</translation>
    </message>
    <message>
        <source>No comments by this reviewer.</source>
        <translation>Geen opmerkingen van deze beoordelaar.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blokkerend</numerusform>
            <numerusform>%n blokkerend</numerusform>
        </translation>
    </message>
    <message>
        <source>latest version %1</source>
        <translation>laatste versie %1</translation>
    </message>
    <message>
        <source>%1 approved version %2</source>
        <translation>%1 keurde versie %2 goed</translation>
    </message>
    <message>
        <source>%1 asked for changes to version %2</source>
        <translation>%1 vroeg om wijzigingen in versie %2</translation>
    </message>
    <message>
        <source>%1 commented on version %2</source>
        <translation>%1 gaf commentaar op versie %2</translation>
    </message>
    <message>
        <source>That passage is no longer in your draft.</source>
        <translation>Die passage staat niet meer in je concept.</translation>
    </message>
    <message>
        <source>The suggestion was not accepted</source>
        <translation>Het voorstel is niet geaccepteerd</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Voorstel accepteren</translation>
    </message>
    <message>
        <source>The suggestion was not accepted: %1</source>
        <translation>Het voorstel is niet geaccepteerd: %1</translation>
    </message>
    <message>
        <source>the draft refused the edit</source>
        <translation>het concept weigerde de wijziging</translation>
    </message>
    <message>
        <source>Suggestion accepted. Undo (Ctrl+Z) takes the text back and tells the reviewer it waits again.</source>
        <translation>Suggestie aanvaard. Ongedaan maken (Ctrl+Z) zet de tekst terug en laat de reviewer weten dat ze weer wacht.</translation>
    </message>
    <message>
        <source>The words this suggestion replaces have changed in your draft, so it cannot be applied.</source>
        <translation>De woorden die dit voorstel vervangt, zijn in je concept veranderd, dus het kan niet worden toegepast.</translation>
    </message>
    <message>
        <source>Edit the text by hand, then resolve the comment; or decline the suggestion. The comment stays open.</source>
        <translation>Pas de tekst zelf aan en los daarna de opmerking op, of wijs het voorstel af. De opmerking blijft open.</translation>
    </message>
    <message>
        <source>(the passage is gone)</source>
        <translation>(de passage is verdwenen)</translation>
    </message>
    <message>
        <source>The reviewer quoted:</source>
        <translation>De beoordelaar citeerde:</translation>
    </message>
    <message>
        <source>and suggested:</source>
        <translation>en stelde voor:</translation>
    </message>
    <message>
        <source>Your draft now says:</source>
        <translation>In je concept staat nu:</translation>
    </message>
    <message>
        <source>The suggestion was not declined</source>
        <translation>Het voorstel is niet afgewezen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>TopicsField</name>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>What this page teaches, e.g. passwords, links</source>
        <translation>Wat deze pagina leert, bv. wachtwoorden, links</translation>
    </message>
    <message>
        <source>Page topics</source>
        <translation>Paginaonderwerpen</translation>
    </message>
    <message>
        <source>Topics of this page, separated by commas. After a failed test, learners are sent back to pages whose topics match the questions they missed, so use the same words as the question tags. Press Down to see the tags already in use.</source>
        <translation>Onderwerpen van deze pagina, gescheiden door komma&apos;s. Na een gezakte toets worden deelnemers teruggestuurd naar de pagina&apos;s waarvan de onderwerpen passen bij de vragen die ze fout hadden; gebruik dus dezelfde woorden als de tags van de vragen. Druk op pijl-omlaag om de tags te zien die al in gebruik zijn.</translation>
    </message>
    <message>
        <source>No question is tagged {topics} yet.</source>
        <translation>Nog geen vraag heeft de tag {topics}.</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Choose a module folder to import</source>
        <translation>Kies een modulemap om te importeren</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Bezig met importeren van “%1”…</translation>
    </message>
    <message>
        <source>Import module folder</source>
        <translation>Modulemap importeren</translation>
    </message>
    <message>
        <source>Choose a Kiem bundle to import</source>
        <translation>Kies een Kiem-bundel om te importeren</translation>
    </message>
    <message>
        <source>Kiem bundles (*.kiem)</source>
        <translation>Kiem-bundels (*.kiem)</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Bundel importeren</translation>
    </message>
    <message>
        <source>Choose a GIFT file with questions</source>
        <translation>Kies een GIFT-bestand met vragen</translation>
    </message>
    <message>
        <source>GIFT question files (*.gift *.txt)</source>
        <translation>GIFT-vragenbestanden (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Vragenbank</translation>
    </message>
    <message>
        <source>Add the questions to the bank named:</source>
        <translation>Voeg de vragen toe aan de vragenbank met de naam:</translation>
    </message>
    <message>
        <source>Adding the questions of “%1”…</source>
        <translation>Bezig met toevoegen van de vragen uit “%1”…</translation>
    </message>
    <message>
        <source>Import questions into a bank</source>
        <translation>Vragen importeren in een vragenbank</translation>
    </message>
    <message>
        <source>Imported. Undo with Ctrl+Z if it was not meant.</source>
        <translation>Geïmporteerd. Was dat niet de bedoeling? Maak het ongedaan met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Added one question to the question bank.</source>
        <translation>Eén vraag toegevoegd aan de vragenbank.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n questions to the question bank.</source>
        <translation>
            <numerusform>%n vraag toegevoegd aan de vragenbank.</numerusform>
            <numerusform>%n vragen toegevoegd aan de vragenbank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Essays and descriptions cannot go into a bank, so these lines were left out: %1.</source>
        <translation>Open vragen en beschrijvingen kunnen niet in een vragenbank, dus deze regels zijn weggelaten: %1.</translation>
    </message>
    <message>
        <source>Questions imported</source>
        <translation>Vragen geïmporteerd</translation>
    </message>
    <message>
        <source>Save the module as a bundle</source>
        <translation>Module opslaan als bundel</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Bezig met opslaan van “%1”…</translation>
    </message>
    <message>
        <source>Saved “%1”. Colleagues import it with Import › Kiem bundle.</source>
        <translation>“%1” opgeslagen. Collega&apos;s importeren het via Importeren › Kiem-bundel.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>“%1” was not saved.</source>
        <translation>“%1” is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Choose another place to save it (one you can write to, with free space) and try again.</source>
        <translation>Kies een andere plek om het op te slaan (waar je mag schrijven en met genoeg vrije ruimte) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation>“%1” is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Nothing in your workspace was changed. Correct the problem named above and import again.</source>
        <translation>Er is niets in je werkruimte veranderd. Los het probleem hierboven op en importeer opnieuw.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Het bestand kon niet gelezen of geschreven worden: %1</translation>
    </message>
    <message>
        <source>Kiem ran into an unexpected problem. If it happens again, send the details below to whoever maintains Kiem.</source>
        <translation>Kiem liep tegen een onverwacht probleem aan. Gebeurt het opnieuw, stuur dan de details hieronder naar wie Kiem onderhoudt.</translation>
    </message>
</context>
<context>
    <name>TrueFalseEditor</name>
    <message>
        <source>True</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Onwaar</translation>
    </message>
    <message>
        <source>The statement is:</source>
        <translation>De bewering is:</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Note for the author (optional)</source>
        <translation>Notitie voor de auteur (optioneel)</translation>
    </message>
    <message>
        <source>Note for the author</source>
        <translation>Notitie voor de auteur</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Wijzigingen vragen</translation>
    </message>
    <message>
        <source>Done (comments only)</source>
        <translation>Klaar (alleen opmerkingen)</translation>
    </message>
    <message>
        <source>Send your comments without approving or asking for changes</source>
        <translation>Je opmerkingen versturen zonder goed te keuren of om wijzigingen te vragen</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) wait for your verdict</source>
        <translation>
            <numerusform>%n opmerking wacht op je oordeel</numerusform>
            <numerusform>%n opmerkingen wachten op je oordeel</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish your review:</source>
        <translation>Rond je beoordeling af:</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Kiem</source>
        <translation>Welkom bij Kiem</translation>
    </message>
    <message>
        <source>Kiem helps you turn what you know into a short online lesson: a few clear pages and a quick check, ready for your colleagues in any learning platform.</source>
        <translation>Met Kiem maak je van wat je weet een korte online les: een paar duidelijke pagina&apos;s en een snelle check, klaar voor je collega&apos;s in elk leerplatform.</translation>
    </message>
    <message>
        <source>Try the sample</source>
        <translation>Probeer het voorbeeld</translation>
    </message>
    <message>
        <source>Try the sample module</source>
        <translation>Probeer de voorbeeldmodule</translation>
    </message>
    <message>
        <source>Look around a finished module about spotting phishing emails, then change anything. It is yours to experiment with.</source>
        <translation>Kijk rond in een volledige module over het herkennen van phishingmails en pas daarna aan wat je wilt. Je mag er vrij mee experimenteren.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Begin met een sjabloon</translation>
    </message>
    <message>
        <source>A ready structure for a good module, with a note on every page that says what to write there. Pick the one that fits:</source>
        <translation>Een kant-en-klare structuur voor een goede module, met op elke pagina een notitie die zegt wat je er moet schrijven. Kies het sjabloon dat past:</translation>
    </message>
    <message>
        <source>Start blank</source>
        <translation>Begin met een lege module</translation>
    </message>
    <message>
        <source>An empty module, for when you know what you want to build.</source>
        <translation>Een lege module, voor als je weet wat je wilt maken.</translation>
    </message>
    <message>
        <source>Already have a module as a folder of files?</source>
        <translation>Heb je al een module als map met bestanden?</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Map importeren…</translation>
    </message>
    <message>
        <source>Add the sample module</source>
        <translation>Voorbeeldmodule toevoegen</translation>
    </message>
</context>
<context>
    <name>_FileForm</name>
    <message>
        <source>Choose file</source>
        <translation>Bestand kiezen</translation>
    </message>
</context>
</TS>
