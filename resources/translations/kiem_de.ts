<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminView</name>
    <message>
        <source>Approved and stale</source>
        <translation>Freigegeben und veraltet</translation>
    </message>
    <message>
        <source>Approved versions wait here until an admin exports them for the LMS and marks them published. Published modules whose review-by date has passed are stale: send them back to review.</source>
        <translation>Freigegebene Versionen warten hier, bis ein Admin sie für das LMS exportiert und als veröffentlicht markiert. Veröffentlichte Module, deren Wiedervorlagedatum überschritten ist, sind veraltet: Schicken Sie sie zurück ins Review.</translation>
    </message>
    <message>
        <source>Approved, waiting for export</source>
        <translation>Freigegeben, wartet auf Export</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>No approved version waits for export.</source>
        <translation>Keine freigegebene Version wartet auf den Export.</translation>
    </message>
    <message>
        <source>Export approved version…</source>
        <translation>Freigegebene Version exportieren…</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Als veröffentlicht markieren</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>No published module is past its review-by date.</source>
        <translation>Kein veröffentlichtes Modul hat sein Wiedervorlagedatum überschritten.</translation>
    </message>
    <message>
        <source>Send back to review</source>
        <translation>Zurück ins Review</translation>
    </message>
    <message>
        <source>Reading the reviews of every group…</source>
        <translation>Die Reviews aller Gruppen werden gelesen…</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>“%1” has no admin yet, so nobody can mark versions published. A lead makes someone admin in Review › Groups….</source>
        <translation>„%1“ hat noch keinen Admin, daher kann niemand Versionen als veröffentlicht markieren. Die Gruppenleitung ernennt einen Admin unter Review › Gruppen….</translation>
    </message>
    <message>
        <source>Only an admin of “%1” marks versions published: %2.</source>
        <translation>Nur ein Admin von „%1“ kann Versionen als veröffentlicht markieren: %2.</translation>
    </message>
    <message>
        <source>Only a lead of “%1” sends modules back to review: %2.</source>
        <translation>Nur die Leitung von „%1“ kann Module zurück ins Review schicken: %2.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Not marked published</source>
        <translation>Nicht als veröffentlicht markiert</translation>
    </message>
    <message>
        <source>Not sent back</source>
        <translation>Nicht zurückgeschickt</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>An answer you accept</source>
        <translation>Eine Antwort, die Sie akzeptieren</translation>
    </message>
    <message>
        <source>Accepted answer</source>
        <translation>Akzeptierte Antwort</translation>
    </message>
</context>
<context>
    <name>ApprovedExportDialog</name>
    <message>
        <source>Export approved version</source>
        <translation>Freigegebene Version exportieren</translation>
    </message>
    <message>
        <source>Export “%1”, version %2</source>
        <translation>„%1“, Version %2 exportieren</translation>
    </message>
    <message>
        <source>This is the version the reviewers approved, exactly as they saw it; later drafts are not part of it.</source>
        <translation>Dies ist die Version, die die Reviewer freigegeben haben, genau so, wie sie sie gesehen haben; spätere Entwürfe gehören nicht dazu.</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Als veröffentlicht markieren</translation>
    </message>
    <message>
        <source>Exported to %1. Upload it to your LMS, then mark this version published.</source>
        <translation>Exportiert nach %1. Laden Sie die Datei in Ihr LMS hoch und markieren Sie diese Version dann als veröffentlicht.</translation>
    </message>
    <message>
        <source>Not marked published</source>
        <translation>Nicht als veröffentlicht markiert</translation>
    </message>
    <message>
        <source>Version %1 is marked published.</source>
        <translation>Version %1 ist als veröffentlicht markiert.</translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>Choose image…</source>
        <translation>Bild auswählen…</translation>
    </message>
    <message>
        <source>Choose audio…</source>
        <translation>Audiodatei auswählen…</translation>
    </message>
    <message>
        <source>Choose video…</source>
        <translation>Video auswählen…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>…or drop an image here from your computer.</source>
        <translation>…oder ziehen Sie ein Bild von Ihrem Computer hierher.</translation>
    </message>
    <message>
        <source>…or drop a sound file here from your computer.</source>
        <translation>…oder ziehen Sie eine Audiodatei von Ihrem Computer hierher.</translation>
    </message>
    <message>
        <source>…or drop a video here from your computer.</source>
        <translation>…oder ziehen Sie ein Video von Ihrem Computer hierher.</translation>
    </message>
    <message>
        <source>…or drop a file here from your computer.</source>
        <translation>…oder ziehen Sie eine Datei von Ihrem Computer hierher.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
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
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>The file is missing; choose it again.</source>
        <translation>Die Datei fehlt; wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} KB)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
</context>
<context>
    <name>AttachmentForm</name>
    <message>
        <source>e.g. Checklist: what to do after a phishing click</source>
        <translation>z. B. Checkliste: Was tun nach einem Klick auf einen Phishing-Link</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Linktext</translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <source>Question banks</source>
        <translation>Fragenpools</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>New bank…</source>
        <translation>Neuer Pool…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Frage hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Import questions…</source>
        <translation>Fragen importieren…</translation>
    </message>
    <message>
        <source>Add the questions of a GIFT or Moodle XML file to this bank (or to a new bank named after the file); you see what it will do first</source>
        <translation>Die Fragen einer GIFT- oder Moodle-XML-Datei diesem Pool hinzufügen (oder einem neuen Pool mit dem Namen der Datei); Sie sehen vorher, was geschieht</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write this bank&apos;s questions to a GIFT or Moodle XML file</source>
        <translation>Die Fragen dieses Pools in eine GIFT- oder Moodle-XML-Datei schreiben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Name of the bank:</source>
        <translation>Name des Pools:</translation>
    </message>
    <message>
        <source>New question bank</source>
        <translation>Neuer Fragenpool</translation>
    </message>
    <message>
        <source>Rename question bank</source>
        <translation>Fragenpool umbenennen</translation>
    </message>
    <message>
        <source>Delete question bank</source>
        <translation>Fragenpool löschen</translation>
    </message>
    <message>
        <source>Delete the bank “%1” and its %2 questions? Quizzes that draw from it will have nothing to draw.</source>
        <translation>Den Pool „%1“ mit seinen %2 Fragen löschen? Quizze, die daraus ziehen, haben dann nichts mehr zu ziehen.</translation>
    </message>
    <message>
        <source>Add question to bank</source>
        <translation>Frage zum Pool hinzufügen</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Fragen importieren</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Fragendateien (*.gift *.txt *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Add 1 question to the bank “%2”?</source>
        <translation>1 Frage zum Pool „%2“ hinzufügen?</translation>
    </message>
    <message numerus="yes">
        <source>Add %n questions to the bank “%2”?</source>
        <translation>
            <numerusform>%n Frage zum Pool „%2“ hinzufügen?</numerusform>
            <numerusform>%n Fragen zum Pool „%2“ hinzufügen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import questions from %1</source>
        <translation>Fragen aus %1 importieren</translation>
    </message>
    <message>
        <source>Added 1 question from %1.</source>
        <translation>1 Frage aus %1 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n questions from %1.</source>
        <translation>
            <numerusform>%n Frage aus %1 hinzugefügt.</numerusform>
            <numerusform>%n Fragen aus %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>Fragen exportieren</translation>
    </message>
    <message>
        <source>Moodle XML (*.xml);;GIFT (*.gift)</source>
        <translation>Moodle XML (*.xml);;GIFT (*.gift)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote %1 question(s) to %2.</source>
        <translation>%1 Frage(n) in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Not carried: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Wait for the import to finish.</source>
        <translation>Warten Sie, bis der Import abgeschlossen ist.</translation>
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
        <translation>Fragen mit diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>No bank yet</source>
        <translation>Noch kein Pool</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Make a bank to collect questions that a quiz can draw from at random, or import a GIFT file.</source>
        <translation>Legen Sie einen Pool an, um Fragen zu sammeln, aus denen ein Quiz zufällig ziehen kann, oder importieren Sie eine GIFT-Datei.</translation>
    </message>
    <message>
        <source>No questions yet: add one, or import a GIFT file.</source>
        <translation>Noch keine Fragen: Fügen Sie eine hinzu oder importieren Sie eine GIFT-Datei.</translation>
    </message>
    <message>
        <source>(no question text)</source>
        <translation>(kein Fragetext)</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation>%1 von %2 Fragen</translation>
    </message>
</context>
<context>
    <name>BlockFrame</name>
    <message>
        <source>Drag to move the block</source>
        <translation>Ziehen, um den Block zu verschieben</translation>
    </message>
    <message>
        <source>Add a block below</source>
        <translation>Darunter einen Block hinzufügen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+↓)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Block löschen</translation>
    </message>
    <message>
        <source>1 open comment from reviewers</source>
        <translation>1 offener Kommentar der Reviewer</translation>
    </message>
    <message numerus="yes">
        <source>%n open comments from reviewers</source>
        <translation>
            <numerusform>%n offener Kommentar der Reviewer</numerusform>
            <numerusform>%n offene Kommentare der Reviewer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockKinds</name>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Show and play</source>
        <translation>Zeigen und abspielen</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>Einbeziehen</translation>
    </message>
    <message>
        <source>Check understanding</source>
        <translation>Verständnis prüfen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Explain in your own words: paragraphs, headings, lists, links.</source>
        <translation>Erklären Sie es in Ihren eigenen Worten: Absätze, Überschriften, Listen, Links.</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Hinweisbox</translation>
    </message>
    <message>
        <source>Make one thing stand out: a tip, a warning, a must-know.</source>
        <translation>Heben Sie eine Sache hervor: einen Tipp, eine Warnung, etwas, das man wissen muss.</translation>
    </message>
    <message>
        <source>Accordion</source>
        <translation>Akkordeon</translation>
    </message>
    <message>
        <source>Details learners open only when they need them.</source>
        <translation>Details, die Lernende nur bei Bedarf aufklappen.</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Registerkarten</translation>
    </message>
    <message>
        <source>Side-by-side variants: per role, per country, per tool.</source>
        <translation>Varianten nebeneinander: pro Rolle, pro Land, pro Tool.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Show instead of tell: a screenshot, photo or diagram.</source>
        <translation>Zeigen statt erzählen: ein Screenshot, ein Foto oder ein Diagramm.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>A short demo or story; two minutes is plenty.</source>
        <translation>Eine kurze Demo oder Geschichte; zwei Minuten reichen völlig.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>A spoken explanation or interview, with a transcript.</source>
        <translation>Eine gesprochene Erklärung oder ein Interview, mit Transkript.</translation>
    </message>
    <message>
        <source>File attachment</source>
        <translation>Dateianhang</translation>
    </message>
    <message>
        <source>A checklist, form or template to download and keep.</source>
        <translation>Eine Checkliste, ein Formular oder eine Vorlage zum Herunterladen und Aufbewahren.</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Lernkarten</translation>
    </message>
    <message>
        <source>Terms learners turn over to test themselves.</source>
        <translation>Begriffe, die Lernende umdrehen, um sich selbst abzufragen.</translation>
    </message>
    <message>
        <source>Scenario choice</source>
        <translation>Szenario mit Auswahl</translation>
    </message>
    <message>
        <source>A situation with choices that lead to different pages.</source>
        <translation>Eine Situation mit Entscheidungen, die zu verschiedenen Seiten führen.</translation>
    </message>
    <message>
        <source>Reflection prompt</source>
        <translation>Reflexionsfrage</translation>
    </message>
    <message>
        <source>Ask learners to think about their own work; not scored.</source>
        <translation>Regen Sie Lernende an, über ihre eigene Arbeit nachzudenken; ohne Bewertung.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Check understanding with one scored question.</source>
        <translation>Prüfen Sie das Verständnis mit einer bewerteten Frage.</translation>
    </message>
    <message>
        <source>Random questions from a bank</source>
        <translation>Zufallsfragen aus einem Pool</translation>
    </message>
    <message>
        <source>Draw questions at random from a bank, for tests and certification.</source>
        <translation>Ziehen Sie Fragen zufällig aus einem Pool, für Tests und Zertifizierungen.</translation>
    </message>
</context>
<context>
    <name>BranchRulesTable</name>
    <message>
        <source>After page</source>
        <translation>Nach Seite</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <source>answered correctly</source>
        <translation>richtig beantwortet</translation>
    </message>
    <message>
        <source>answered incorrectly</source>
        <translation>falsch beantwortet</translation>
    </message>
    <message>
        <source>chose the option</source>
        <translation>Option gewählt</translation>
    </message>
    <message>
        <source>(untitled page)</source>
        <translation>(Seite ohne Titel)</translation>
    </message>
    <message>
        <source>(empty question)</source>
        <translation>(leere Frage)</translation>
    </message>
    <message>
        <source>(empty option)</source>
        <translation>(leere Option)</translation>
    </message>
</context>
<context>
    <name>CalloutForm</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>A few words, e.g. “Good to know”</source>
        <translation>Ein paar Worte, z. B. „Gut zu wissen“</translation>
    </message>
    <message>
        <source>Kind of callout</source>
        <translation>Art der Hinweisbox</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <source>Front: a term or a question</source>
        <translation>Vorderseite: ein Begriff oder eine Frage</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back: the explanation</source>
        <translation>Rückseite: die Erklärung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
</context>
<context>
    <name>ChangesSection</name>
    <message>
        <source>Changed since your last review (version %1)</source>
        <translation>Geändert seit Ihrem letzten Review (Version %1)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n Block geändert</numerusform>
            <numerusform>%n Blöcke geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings or pages changed</source>
        <translation>Einstellungen oder Seiten geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n of your threads resolved</source>
        <translation>
            <numerusform>%n Ihrer Diskussionen erledigt</numerusform>
            <numerusform>%n Ihrer Diskussionen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since your last review</source>
        <translation>Geändert seit Ihrem letzten Review</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Page added</source>
        <translation>Seite hinzugefügt</translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation>Seite entfernt</translation>
    </message>
    <message>
        <source>Page moved</source>
        <translation>Seite verschoben</translation>
    </message>
    <message>
        <source>Your comments resolved since</source>
        <translation>Seitdem erledigte Kommentare von Ihnen</translation>
    </message>
    <message>
        <source>Title of page “%1”</source>
        <translation>Titel der Seite „%1“</translation>
    </message>
    <message>
        <source>Page “%1” · %2</source>
        <translation>Seite „%1“ · %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <source>Answer option</source>
        <translation>Antwortoption</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktanteil</translation>
    </message>
    <message>
        <source>Tick every right answer. Scores are optional: left empty, the right answers share all the points and wrong ones take them away.</source>
        <translation>Kreuzen Sie jede richtige Antwort an. Punktanteile sind optional: Bleiben sie leer, teilen sich die richtigen Antworten alle Punkte und falsche ziehen Punkte ab.</translation>
    </message>
    <message>
        <source>Type the options and mark the one right answer.</source>
        <translation>Geben Sie die Optionen ein und markieren Sie die eine richtige Antwort.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>What the learner does, e.g. “Click the link”</source>
        <translation>Was die lernende Person tut, z. B. „Auf den Link klicken“</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Leads to page</source>
        <translation>Führt zu Seite</translation>
    </message>
    <message>
        <source>Feedback shown after choosing (optional)</source>
        <translation>Feedback nach der Auswahl (optional)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>leads to</source>
        <translation>führt zu</translation>
    </message>
    <message>
        <source>Choose a page…</source>
        <translation>Seite auswählen…</translation>
    </message>
    <message>
        <source>(a deleted page)</source>
        <translation>(eine gelöschte Seite)</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Die richtige Antwort</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Richtige Antwort</translation>
    </message>
    <message>
        <source>A right answer</source>
        <translation>Eine richtige Antwort</translation>
    </message>
    <message>
        <source>Answer option</source>
        <translation>Antwortoption</translation>
    </message>
    <message>
        <source>Share of the points this option gives when ticked, in percent (negative takes points away). Leave empty to share the points evenly.</source>
        <translation>Anteil der Punkte, den diese Option beim Ankreuzen bringt, in Prozent (negativ zieht Punkte ab). Leer lassen, um die Punkte gleichmäßig zu verteilen.</translation>
    </message>
    <message>
        <source>Score in percent</source>
        <translation>Punktanteil in Prozent</translation>
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
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>You selected:</source>
        <translation>Ihre Auswahl:</translation>
    </message>
    <message>
        <source>On this passage:</source>
        <translation>Zu dieser Stelle:</translation>
    </message>
    <message>
        <source>What should the author know?</source>
        <translation>Was sollte der Autor wissen?</translation>
    </message>
    <message>
        <source>Blocking: this version cannot be approved until the comment is resolved</source>
        <translation>Blockierend: Diese Version kann erst freigegeben werden, wenn der Kommentar erledigt ist</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Kiem ran into an unexpected problem. Your work is saved: every change is written to the workspace as you make it. Copy the details below into a message to whoever maintains Kiem.</source>
        <translation>Kiem ist auf ein unerwartetes Problem gestoßen. Ihre Arbeit ist gespeichert: Jede Änderung wird sofort in den Arbeitsbereich geschrieben. Kopieren Sie die Details unten in eine Nachricht an die Person, die Kiem betreut.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>The reviewer suggested:</source>
        <translation>Der Reviewer schlug vor:</translation>
    </message>
    <message>
        <source>Why do you decline it?</source>
        <translation>Warum lehnen Sie ihn ab?</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Grund für die Ablehnung</translation>
    </message>
    <message>
        <source>The reviewer reads this.</source>
        <translation>Der Reviewer liest diese Begründung.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Add page</source>
        <translation>Seite hinzufügen</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Seite umbenennen</translation>
    </message>
    <message>
        <source>Edit page topics</source>
        <translation>Themen der Seite bearbeiten</translation>
    </message>
    <message>
        <source>Move page</source>
        <translation>Seite verschieben</translation>
    </message>
    <message>
        <source>Duplicate page</source>
        <translation>Seite duplizieren</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Seite löschen</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Edit block</source>
        <translation>Block bearbeiten</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Block verschieben</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Block duplizieren</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Block löschen</translation>
    </message>
    <message>
        <source>{name} is too large for a module (200 MB at most).</source>
        <translation>{name} ist zu groß für ein Modul (höchstens 200 MB).</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}</source>
        <translation>{name} kann nicht gelesen werden: {why}</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>This page is empty</source>
        <translation>Diese Seite ist leer</translation>
    </message>
    <message>
        <source>One idea per page works best: a short text, an example or image, and perhaps a question to check it landed. Pick a first block:</source>
        <translation>Ein Gedanke pro Seite funktioniert am besten: ein kurzer Text, ein Beispiel oder Bild und vielleicht eine Frage, ob es angekommen ist. Wählen Sie einen ersten Block:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n Modul</numerusform>
            <numerusform>%n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exportieren</translation>
    </message>
    <message>
        <source>SCORM 1.2 — works in almost every LMS</source>
        <translation>SCORM 1.2 — funktioniert in fast jedem LMS</translation>
    </message>
    <message>
        <source>SCORM 2004 (4th edition) — separate completion and success</source>
        <translation>SCORM 2004 (4. Edition) — Abschluss und Erfolg getrennt</translation>
    </message>
    <message>
        <source>cmi5 (xAPI) — newer LMSs and platforms, with a learning record store</source>
        <translation>cmi5 (xAPI) — neuere LMS und Plattformen, mit LRS</translation>
    </message>
    <message>
        <source>xAPI (Tin Can) — an LMS connected to a learning record store</source>
        <translation>xAPI (Tin Can) — ein LMS mit LRS</translation>
    </message>
    <message>
        <source>Web page (HTML, zip) — no LMS needed</source>
        <translation>Webseite (HTML, ZIP) — ohne LMS</translation>
    </message>
    <message>
        <source>PDF — to print or to share</source>
        <translation>PDF — zum Drucken oder Weitergeben</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Trainer copy, with answers and feedback</source>
        <translation>Trainerfassung, mit Antworten und Feedback</translation>
    </message>
    <message>
        <source>PDF:</source>
        <translation>PDF:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export even if the check finds errors</source>
        <translation>Auch exportieren, wenn die Prüfung Fehler findet</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert wird.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists and is not an earlier export of this module. Replace it?</source>
        <translation>„%1“ existiert bereits und ist kein früherer Export dieses Moduls. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Done. Upload the package to your LMS, or open it to check.</source>
        <translation>Fertig. Laden Sie das Paket in Ihr LMS hoch oder öffnen Sie es zur Kontrolle.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not exported: the module has errors. Fix them, or tick “Export even if the check finds errors”.</source>
        <translation>Nicht exportiert: Das Modul enthält Fehler. Beheben Sie sie oder kreuzen Sie „Auch exportieren, wenn die Prüfung Fehler findet“ an.</translation>
    </message>
    <message>
        <source>Not exported: something unexpected went wrong. The details below help whoever maintains Kiem.</source>
        <translation>Nicht exportiert: Etwas Unerwartetes ist schiefgegangen. Die Details unten helfen der Person, die Kiem betreut.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ExtraRow</name>
    <message>
        <source>Extra match that fits nothing</source>
        <translation>Zusätzliche Zuordnung, die zu nichts passt</translation>
    </message>
    <message>
        <source>Extra match</source>
        <translation>Zusätzliche Zuordnung</translation>
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
        <translation>Was die lernende Person nach Wahl dieser Antwort liest</translation>
    </message>
    <message>
        <source>Feedback for this answer (optional)</source>
        <translation>Feedback zu dieser Antwort (optional)</translation>
    </message>
    <message>
        <source>Feedback for this answer</source>
        <translation>Feedback zu dieser Antwort</translation>
    </message>
</context>
<context>
    <name>FillInEditor</name>
    <message>
        <source>List every answer you accept, such as other spellings. Spaces around the answer do not count.</source>
        <translation>Geben Sie jede Antwort an, die Sie akzeptieren, etwa andere Schreibweisen. Leerzeichen um die Antwort zählen nicht.</translation>
    </message>
    <message>
        <source>Add accepted answer</source>
        <translation>Akzeptierte Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Upper and lower case must match</source>
        <translation>Groß- und Kleinschreibung beachten</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Add alt text, or mark the image decorative.</source>
        <translation>Fügen Sie einen Alternativtext hinzu oder markieren Sie das Bild als dekorativ.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>The file is missing; choose it again.</source>
        <translation>Die Datei fehlt; wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>This text is empty.</source>
        <translation>Dieser Text ist leer.</translation>
    </message>
    <message>
        <source>Add a transcript for people who cannot hear it.</source>
        <translation>Fügen Sie ein Transkript für Menschen hinzu, die es nicht hören können.</translation>
    </message>
    <message>
        <source>A choice leads nowhere yet: pick a page for it.</source>
        <translation>Eine Auswahl führt noch nirgendwohin: Wählen Sie eine Seite dafür.</translation>
    </message>
    <message>
        <source>A choice leads to a deleted page.</source>
        <translation>Eine Auswahl führt zu einer gelöschten Seite.</translation>
    </message>
    <message>
        <source>Offer at least two choices.</source>
        <translation>Bieten Sie mindestens zwei Auswahlmöglichkeiten an.</translation>
    </message>
    <message>
        <source>The prompt asks nothing yet.</source>
        <translation>Die Aufgabe stellt noch keine Frage.</translation>
    </message>
    <message>
        <source>Choose a question bank.</source>
        <translation>Wählen Sie einen Fragenpool.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Problems in the module</source>
        <translation>Probleme im Modul</translation>
    </message>
    <message>
        <source>Error: export refuses to start until it is fixed</source>
        <translation>Fehler: Der Export startet erst, wenn er behoben ist</translation>
    </message>
    <message>
        <source>Warning: advice for a better module</source>
        <translation>Warnung: ein Rat für ein besseres Modul</translation>
    </message>
    <message>
        <source>No module open.</source>
        <translation>Kein Modul geöffnet.</translation>
    </message>
    <message>
        <source>No problems found: ready to export</source>
        <translation>Keine Probleme gefunden: bereit zum Export</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
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
        <translation>Halten Sie jede Seite kurz: ein Begriff vorne, eine einzeilige Erklärung hinten.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Card {n}</source>
        <translation>Karte {n}</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Review groups</source>
        <translation>Review-Gruppen</translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Ihre Gruppen</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Join a group…</source>
        <translation>Einer Gruppe beitreten…</translation>
    </message>
    <message>
        <source>Team hub…</source>
        <translation>Team-Hub…</translation>
    </message>
    <message>
        <source>Groups on the team&apos;s server: connect, join, move a folder group there, follow every group</source>
        <translation>Gruppen auf dem Server des Teams: verbinden, beitreten, eine Ordnergruppe dorthin verschieben, allen Gruppen folgen</translation>
    </message>
    <message>
        <source>You are in no review group yet</source>
        <translation>Sie sind noch in keiner Review-Gruppe</translation>
    </message>
    <message>
        <source>Start a group in a folder your colleagues can reach, or join a colleague&apos;s group by choosing its folder. Modules are reviewed within a group.</source>
        <translation>Gründen Sie eine Gruppe in einem Ordner, den Ihre Kollegen erreichen, oder treten Sie der Gruppe eines Kollegen bei, indem Sie deren Ordner auswählen. Module werden innerhalb einer Gruppe geprüft.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation>Review-Regeln</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Approvals a version needs:</source>
        <translation>Nötige Freigaben pro Version:</translation>
    </message>
    <message>
        <source>Reviewers per request:</source>
        <translation>Reviewer pro Anfrage:</translation>
    </message>
    <message>
        <source>Time to review:</source>
        <translation>Frist für das Review:</translation>
    </message>
    <message>
        <source>Review published modules again after:</source>
        <translation>Veröffentlichte Module erneut prüfen nach:</translation>
    </message>
    <message>
        <source>Only the group&apos;s leads change these.</source>
        <translation>Nur die Gruppenleitung kann diese ändern.</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Gemeinsamer Ordner: %1</translation>
    </message>
    <message>
        <source>A lead of the group still has to confirm you; until then you cannot submit or review. Your key, for them to compare: %1</source>
        <translation>Die Gruppenleitung muss Sie noch bestätigen; bis dahin können Sie nichts einreichen oder prüfen. Ihr Schlüssel zum Abgleichen: %1</translation>
    </message>
    <message>
        <source>One person asked to join.</source>
        <translation>Eine Person möchte beitreten.</translation>
    </message>
    <message numerus="yes">
        <source>%n people asked to join.</source>
        <translation>
            <numerusform>%n Person möchte beitreten.</numerusform>
            <numerusform>%n Personen möchten beitreten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before you confirm someone, ask them to read out the key Kiem shows them under Review › Who am I…, and compare it with the key shown here.</source>
        <translation>Bevor Sie jemanden bestätigen, lassen Sie sich den Schlüssel vorlesen, den Kiem dieser Person unter Review › Wer bin ich… anzeigt, und vergleichen Sie ihn mit dem Schlüssel hier.</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (Sie)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Leads confirm members and set the rules; admins also export and publish approved modules.</source>
        <translation>Die Leitung bestätigt Mitglieder und legt die Regeln fest; Admins exportieren und veröffentlichen außerdem freigegebene Module.</translation>
    </message>
    <message>
        <source>People who are away are not asked to review.</source>
        <translation>Abwesende werden nicht um ein Review gebeten.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Another key claims this email · %1</source>
        <translation>Ein anderer Schlüssel beansprucht diese E-Mail · %1</translation>
    </message>
    <message>
        <source>A new laptop of theirs, or someone else: confirm only if %1 read this fingerprint out to you</source>
        <translation>Ein neuer Laptop dieser Person oder jemand anderes: Bestätigen Sie nur, wenn %1 Ihnen diesen Fingerabdruck vorgelesen hat</translation>
    </message>
    <message>
        <source>Waiting · key %1</source>
        <translation>Wartet · Schlüssel %1</translation>
    </message>
    <message>
        <source>The fingerprint of the key they joined with; confirm only the one they read out to you</source>
        <translation>Der Fingerabdruck des Schlüssels, mit dem die Person beigetreten ist; bestätigen Sie nur den, der Ihnen vorgelesen wurde</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Choose the shared folder of the group</source>
        <translation>Wählen Sie den gemeinsamen Ordner der Gruppe</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Nicht beigetreten</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Team hub</source>
        <translation>Team-Hub</translation>
    </message>
    <message>
        <source>A team hub keeps your groups on the team&apos;s PostgreSQL server. Ask your admin for its address; your password is kept on this computer, readable by you only.</source>
        <translation>Ein Team-Hub hält Ihre Gruppen auf dem PostgreSQL-Server des Teams. Fragen Sie Ihren Admin nach der Adresse; Ihr Passwort wird auf diesem Computer gespeichert und ist nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>postgresql://you@server.example.org/kiem</source>
        <translation>postgresql://sie@server.example.org/kiem</translation>
    </message>
    <message>
        <source>only when connecting for the first time</source>
        <translation>nur bei der ersten Verbindung</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Groups on the hub</source>
        <translation>Gruppen auf dem Hub</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Found it (you lead it)</source>
        <translation>Gründen (Sie leiten sie)</translation>
    </message>
    <message>
        <source>Move my group here</source>
        <translation>Meine Gruppe hierher verschieben</translation>
    </message>
    <message>
        <source>Follow every group (admins)</source>
        <translation>Allen Gruppen folgen (Admins)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source> — on this hub</source>
        <translation> — auf diesem Hub</translation>
    </message>
    <message>
        <source> — in a shared folder</source>
        <translation> — in einem gemeinsamen Ordner</translation>
    </message>
    <message>
        <source>%1 (1 member)</source>
        <translation>%1 (1 Mitglied)</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1 (%2 Mitglieder)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n group(s) you may see.</source>
        <translation>
            <numerusform>Verbunden: %n Gruppe, die Sie sehen dürfen.</numerusform>
            <numerusform>Verbunden: %n Gruppen, die Sie sehen dürfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Beitritt wird angefragt…</translation>
    </message>
    <message>
        <source>Asked to join; a lead of the group confirms you.</source>
        <translation>Beitritt angefragt; die Gruppenleitung bestätigt Sie.</translation>
    </message>
    <message>
        <source>Founding…</source>
        <translation>Wird gegründet…</translation>
    </message>
    <message>
        <source>Founded: you lead it. Its members can join now.</source>
        <translation>Gegründet: Sie leiten die Gruppe. Ihre Mitglieder können jetzt beitreten.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Wird verschoben…</translation>
    </message>
    <message>
        <source>Moved: the group syncs through the hub from now on.</source>
        <translation>Verschoben: Die Gruppe synchronisiert ab jetzt über den Hub.</translation>
    </message>
    <message>
        <source>Following…</source>
        <translation>Wird abonniert…</translation>
    </message>
    <message>
        <source>Following every group you may read.</source>
        <translation>Sie folgen allen Gruppen, die Sie lesen dürfen.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Tell Kiem who you are</source>
        <translation>Sagen Sie Kiem, wer Sie sind</translation>
    </message>
    <message>
        <source>Your name and email go with everything you submit, comment on or approve, so your group knows who wrote what. They stay on this computer and in your group&apos;s shared folder.</source>
        <translation>Ihr Name und Ihre E-Mail-Adresse stehen bei allem, was Sie einreichen, kommentieren oder freigeben, damit Ihre Gruppe weiß, wer was geschrieben hat. Sie bleiben auf diesem Computer und im gemeinsamen Ordner Ihrer Gruppe.</translation>
    </message>
    <message>
        <source>e.g. Ann Lindqvist</source>
        <translation>z. B. Anna Schmidt</translation>
    </message>
    <message>
        <source>e.g. ann@example.com</source>
        <translation>z. B. anna@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Your groups know you by this email, so it stays.</source>
        <translation>Ihre Gruppen kennen Sie unter dieser E-Mail-Adresse, deshalb bleibt sie unverändert.</translation>
    </message>
    <message>
        <source>Your key: %1</source>
        <translation>Ihr Schlüssel: %1</translation>
    </message>
    <message>
        <source>A group lead compares this with what they see before confirming you. Read it out to them.</source>
        <translation>Die Gruppenleitung vergleicht ihn mit dem, was sie sieht, bevor sie Sie bestätigt. Lesen Sie ihn vor.</translation>
    </message>
    <message>
        <source>Not reviewing with a group? Choose “Not now”; Kiem asks again when you first need it.</source>
        <translation>Sie prüfen nicht in einer Gruppe? Wählen Sie „Nicht jetzt“; Kiem fragt erneut, wenn Sie es zum ersten Mal brauchen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ImageForm</name>
    <message>
        <source>e.g. The login page with the address bar circled: the address ends in example.net</source>
        <translation>z. B. Die Anmeldeseite mit eingekreister Adressleiste: Die Adresse endet auf example.net</translation>
    </message>
    <message>
        <source>Decorative image (adds nothing a learner needs)</source>
        <translation>Dekoratives Bild (fügt nichts hinzu, was Lernende brauchen)</translation>
    </message>
    <message>
        <source>Optional; shown under the image</source>
        <translation>Optional; wird unter dem Bild angezeigt</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Describe what matters in the image for someone who cannot see it.</source>
        <translation>Beschreiben Sie, worauf es im Bild ankommt, für jemanden, der es nicht sehen kann.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Bild auswählen</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 item(s) will be skipped, %2 note(s): see the details.</source>
        <translation>%1 Element(e) werden übersprungen, %2 Hinweis(e): siehe Details.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Not imported: something unexpected went wrong.
%1</source>
        <translation>Nicht importiert: Etwas Unerwartetes ist schiefgegangen.
%1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Asked to review</source>
        <translation>Zum Review angefragt</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Nothing waits for your review.</source>
        <translation>Nichts wartet auf Ihr Review.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Review öffnen</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>None of your modules is in review. Submit one from the editor with Module › Submit for review…</source>
        <translation>Keines Ihrer Module ist im Review. Reichen Sie eines im Editor ein, mit Modul › Zum Review einreichen…</translation>
    </message>
    <message>
        <source>Other reviews in your groups</source>
        <translation>Weitere Reviews in Ihren Gruppen</translation>
    </message>
    <message>
        <source>Anyone in the group may read these and comment</source>
        <translation>Alle in der Gruppe dürfen diese lesen und kommentieren</translation>
    </message>
    <message>
        <source>No other reviews are open in your groups.</source>
        <translation>In Ihren Gruppen sind keine weiteren Reviews offen.</translation>
    </message>
    <message>
        <source>Who am I…</source>
        <translation>Wer bin ich…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Gruppen…</translation>
    </message>
    <message>
        <source>Say who you are first: reviews carry your name and email.</source>
        <translation>Sagen Sie zuerst, wer Sie sind: Reviews tragen Ihren Namen und Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>You are in no review group yet. Start one in a shared folder, or join a colleague&apos;s.</source>
        <translation>Sie sind noch in keiner Review-Gruppe. Gründen Sie eine in einem gemeinsamen Ordner oder treten Sie der eines Kollegen bei.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Im Review</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Durch eine neuere Version ersetzt</translation>
    </message>
    <message>
        <source>reviewing</source>
        <translation>prüft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>hat freigegeben</translation>
    </message>
    <message>
        <source>asked for changes</source>
        <translation>hat Änderungen erbeten</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>hat kommentiert</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Item</source>
        <translation>Element</translation>
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
        <translation>Neues Modul…</translation>
    </message>
    <message>
        <source>Create a module: blank, from a template or the sample</source>
        <translation>Ein Modul anlegen: leer, aus einer Vorlage oder aus dem Beispiel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected module (Enter or double-click)</source>
        <translation>Das ausgewählte Modul öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected module as a new draft</source>
        <translation>Das ausgewählte Modul als neuen Entwurf kopieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move the selected modules to the trash</source>
        <translation>Die ausgewählten Module in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Module folder…</source>
        <translation>Modulordner…</translation>
    </message>
    <message>
        <source>Import a module written as a folder of Markdown files</source>
        <translation>Ein Modul importieren, das als Ordner mit Markdown-Dateien vorliegt</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Kiem bundle (.kiem)…</source>
        <translation>Kiem-Paket (.kiem)…</translation>
    </message>
    <message>
        <source>Import a module a colleague saved as a bundle</source>
        <translation>Ein Modul importieren, das ein Kollege als Paket gespeichert hat</translation>
    </message>
    <message>
        <source>Questions into a bank (GIFT)…</source>
        <translation>Fragen in einen Pool (GIFT)…</translation>
    </message>
    <message>
        <source>Add the questions of a GIFT file to a question bank</source>
        <translation>Die Fragen einer GIFT-Datei zu einem Fragenpool hinzufügen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import a module folder, a bundle or questions</source>
        <translation>Einen Modulordner, ein Paket oder Fragen importieren</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Paket exportieren…</translation>
    </message>
    <message>
        <source>Save the selected module as one .kiem file to share</source>
        <translation>Das ausgewählte Modul als eine .kiem-Datei zum Weitergeben speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Show deleted modules, to restore them or to empty the trash</source>
        <translation>Gelöschte Module anzeigen, um sie wiederherzustellen oder den Papierkorb zu leeren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Take the selected modules out of the trash</source>
        <translation>Die ausgewählten Module aus dem Papierkorb holen</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Delete every module in the trash for good</source>
        <translation>Alle Module im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search modules</source>
        <translation>Module durchsuchen</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Duplicate module</source>
        <translation>Modul duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n modules</source>
        <translation>
            <numerusform>%n Modul duplizieren</numerusform>
            <numerusform>%n Module duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>Modul löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n modules</source>
        <translation>
            <numerusform>%n Modul löschen</numerusform>
            <numerusform>%n Module löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore module</source>
        <translation>Modul wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n modules</source>
        <translation>
            <numerusform>%n Modul wiederherstellen</numerusform>
            <numerusform>%n Module wiederherstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <source>Search titles and text…</source>
        <translation>Titel und Text durchsuchen…</translation>
    </message>
    <message>
        <source>Search modules</source>
        <translation>Module durchsuchen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Nach Gruppe filtern</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Newest change first</source>
        <translation>Neueste Änderung zuerst</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titel A–Z</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Beste Treffer zuerst</translation>
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
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n min to complete</source>
        <translation>
            <numerusform>Etwa %n Minute Bearbeitungszeit</numerusform>
            <numerusform>Etwa %n Minuten Bearbeitungszeit</numerusform>
        </translation>
    </message>
    <message>
        <source>The review-by date (%1) has passed: check that the content is still right.</source>
        <translation>Das Wiedervorlagedatum (%1) ist überschritten: Prüfen Sie, ob der Inhalt noch stimmt.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Im Review</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Deleted modules wait here. Restore one to bring it back, or empty the trash to delete them for good.</source>
        <translation>Gelöschte Module warten hier. Stellen Sie eines wieder her, um es zurückzuholen, oder leeren Sie den Papierkorb, um sie endgültig zu löschen.</translation>
    </message>
    <message>
        <source>Back to modules</source>
        <translation>Zurück zu den Modulen</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>No module matches these filters</source>
        <translation>Kein Modul entspricht diesen Filtern</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer or shorter words, or clear the filters.</source>
        <translation>Prüfen Sie die Schreibweise, versuchen Sie es mit weniger oder kürzeren Wörtern oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Der Papierkorb ist leer</translation>
    </message>
    <message>
        <source>Modules you delete wait here until you empty the trash.</source>
        <translation>Module, die Sie löschen, warten hier, bis Sie den Papierkorb leeren.</translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation>Noch keine Module</translation>
    </message>
    <message>
        <source>Create your first module with “New module…”, or import one.</source>
        <translation>Legen Sie Ihr erstes Modul mit „Neues Modul…“ an oder importieren Sie eines.</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>„%1“ wurde in den Papierkorb verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>%n modules moved to the trash.</source>
        <translation>
            <numerusform>%n Modul wurde in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Module wurden in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is back in the library.</source>
        <translation>„%1“ ist wieder in der Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <source>%n modules are back in the library.</source>
        <translation>
            <numerusform>%n Modul ist wieder in der Bibliothek.</numerusform>
            <numerusform>%n Module sind wieder in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>„%1“ endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n modules in the trash for good?</source>
        <translation>
            <numerusform>%n Modul im Papierkorb endgültig löschen?</numerusform>
            <numerusform>Die %n Module im Papierkorb endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: the modules, their pages and their files are gone for good.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Die Module, ihre Seiten und ihre Dateien sind endgültig weg.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
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
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Saving %1 edits typed before Kiem last closed, which the workspace could not take then</source>
        <translation>%1 Änderungen werden gespeichert, die vor dem letzten Schließen von Kiem eingegeben wurden und die der Arbeitsbereich damals nicht annehmen konnte</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New module…</source>
        <translation>&amp;Neues Modul…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>List what to fix before export (F7)</source>
        <translation>Auflisten, was vor dem Export zu beheben ist (F7)</translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation>Er&amp;gebnisse</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Which questions work, from learners&apos; results (Ctrl+Shift+R)</source>
        <translation>Welche Fragen funktionieren, nach den Ergebnissen der Lernenden (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show or hide the reviewers&apos; comments on this module (Ctrl+Shift+M)</source>
        <translation>Kommentare der Reviewer zu diesem Modul ein- oder ausblenden (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Typing that waits for the workspace would be missing from the export: %1</source>
        <translation>Eingaben, die noch auf den Arbeitsbereich warten, würden im Export fehlen: %1</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <source>Write here. Short paragraphs read best; use the buttons above for headings, lists and links.</source>
        <translation>Schreiben Sie hier. Kurze Absätze lesen sich am besten; nutzen Sie die Schaltflächen oben für Überschriften, Listen und Links.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Show and type the Markdown behind the text</source>
        <translation>Das Markdown hinter dem Text anzeigen und bearbeiten</translation>
    </message>
    <message>
        <source>Address the words link to:</source>
        <translation>Adresse, auf die der Link verweist:</translation>
    </message>
    <message>
        <source>Column 1</source>
        <translation>Spalte 1</translation>
    </message>
    <message>
        <source>Column 2</source>
        <translation>Spalte 2</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
</context>
<context>
    <name>MatchingEditor</name>
    <message>
        <source>Write each item with its match. Learners see the matches shuffled.</source>
        <translation>Schreiben Sie jedes Element mit seinem Gegenstück. Lernende sehen die Gegenstücke gemischt.</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Extra matches make guessing harder (optional):</source>
        <translation>Zusätzliche Gegenstücke erschweren das Raten (optional):</translation>
    </message>
    <message>
        <source>Add extra match</source>
        <translation>Zusätzliches Gegenstück hinzufügen</translation>
    </message>
</context>
<context>
    <name>MediaForm</name>
    <message>
        <source>What learners will hear or watch</source>
        <translation>Was Lernende hören oder sehen werden</translation>
    </message>
    <message>
        <source>Paste or type what is said, in order.</source>
        <translation>Fügen Sie ein oder tippen Sie, was gesagt wird, in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>A transcript helps people who cannot hear it, or cannot play sound at work.</source>
        <translation>Ein Transkript hilft Menschen, die es nicht hören können oder am Arbeitsplatz keinen Ton abspielen können.</translation>
    </message>
    <message>
        <source>Choose video</source>
        <translation>Video auswählen</translation>
    </message>
    <message>
        <source>Choose audio</source>
        <translation>Audiodatei auswählen</translation>
    </message>
</context>
<context>
    <name>ModuleSettingsDialog</name>
    <message>
        <source>Module settings</source>
        <translation>Moduleinstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
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
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Separate keywords with commas</source>
        <translation>Schlüsselwörter durch Kommas trennen</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Schlüsselwörter:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>Keine Wiedervorlage</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Wiedervorlage am:</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Learners go through the pages in order, or where the branching rules send them.</source>
        <translation>Lernende gehen die Seiten der Reihe nach durch oder dorthin, wohin die Verzweigungsregeln sie schicken.</translation>
    </message>
    <message>
        <source>Learners may open any page at any time, in any order.</source>
        <translation>Lernende können jede Seite jederzeit und in beliebiger Reihenfolge öffnen.</translation>
    </message>
    <message>
        <source>Send learners who fail back to the pages on the topics they missed</source>
        <translation>Lernende, die nicht bestehen, zu den Seiten der verpassten Themen zurückschicken</translation>
    </message>
    <message>
        <source>Branching rules:</source>
        <translation>Verzweigungsregeln:</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>The module counts as complete when the learner has:</source>
        <translation>Das Modul gilt als abgeschlossen, wenn die lernende Person:</translation>
    </message>
    <message>
        <source>Viewed all pages</source>
        <translation>alle Seiten angesehen hat</translation>
    </message>
    <message>
        <source>Passed the test</source>
        <translation>den Test bestanden hat</translation>
    </message>
    <message>
        <source>Viewed all pages and passed the test</source>
        <translation>alle Seiten angesehen und den Test bestanden hat</translation>
    </message>
    <message>
        <source>Give the module a title.</source>
        <translation>Geben Sie dem Modul einen Titel.</translation>
    </message>
    <message>
        <source>Branching rule %1 is incomplete: choose a page, a question, an option where needed and the page to go to, or remove the rule.</source>
        <translation>Verzweigungsregel %1 ist unvollständig: Wählen Sie eine Seite, eine Frage, bei Bedarf eine Option und die Zielseite, oder entfernen Sie die Regel.</translation>
    </message>
    <message>
        <source>Change module settings</source>
        <translation>Moduleinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New review group</source>
        <translation>Neue Review-Gruppe</translation>
    </message>
    <message>
        <source>Start a review group</source>
        <translation>Eine Review-Gruppe gründen</translation>
    </message>
    <message>
        <source>A group reviews through one folder that everyone in it can open: a shared drive, or a folder your company already syncs. Kiem only adds small files there and never changes or deletes them. You become the group&apos;s lead and confirm who joins.</source>
        <translation>Eine Gruppe arbeitet über einen Ordner, den alle Mitglieder öffnen können: ein Netzlaufwerk oder einen Ordner, den Ihr Unternehmen bereits synchronisiert. Kiem legt dort nur kleine Dateien ab und ändert oder löscht sie nie. Sie übernehmen die Leitung der Gruppe und bestätigen, wer beitritt.</translation>
    </message>
    <message>
        <source>e.g. IT creators</source>
        <translation>z. B. IT-Autoren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Gemeinsamer Ordner</translation>
    </message>
    <message>
        <source>A folder your whole group can reach</source>
        <translation>Ein Ordner, den Ihre ganze Gruppe erreicht</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Gemeinsamer &amp;Ordner:</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe anlegen</translation>
    </message>
    <message>
        <source>Choose the group&apos;s shared folder</source>
        <translation>Wählen Sie den gemeinsamen Ordner der Gruppe</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Wählen Sie zuerst den gemeinsamen Ordner.</translation>
    </message>
    <message>
        <source>Kiem cannot write in that folder (%1). Choose one you can write to.</source>
        <translation>Kiem kann in diesen Ordner nicht schreiben (%1). Wählen Sie einen, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>NewModuleDialog</name>
    <message>
        <source>New module</source>
        <translation>Neues Modul</translation>
    </message>
    <message>
        <source>For example: Booking a meeting room</source>
        <translation>Zum Beispiel: Einen Besprechungsraum buchen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The language learners read the module in</source>
        <translation>Die Sprache, in der Lernende das Modul lesen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>Beginnen &amp;mit:</translation>
    </message>
    <message>
        <source>Blank module</source>
        <translation>Leeres Modul</translation>
    </message>
    <message>
        <source>The sample module</source>
        <translation>Das Beispielmodul</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>An empty module: you add the pages and blocks yourself.</source>
        <translation>Ein leeres Modul: Sie fügen die Seiten und Blöcke selbst hinzu.</translation>
    </message>
    <message>
        <source>A finished module about spotting and reporting phishing emails, in English, with a quiz. Look around, change anything, and delete it when you no longer need it. It keeps its own title.</source>
        <translation>Ein fertiges Modul zum Erkennen und Melden von Phishing-E-Mails, auf Englisch, mit Quiz. Sehen Sie sich um, ändern Sie, was Sie möchten, und löschen Sie es, wenn Sie es nicht mehr brauchen. Es behält seinen eigenen Titel.</translation>
    </message>
    <message>
        <source>Each page comes with placeholder text that says what to write there.</source>
        <translation>Jede Seite enthält einen Platzhaltertext, der sagt, was dort hingehört.</translation>
    </message>
    <message>
        <source>Add the sample module</source>
        <translation>Beispielmodul hinzufügen</translation>
    </message>
    <message>
        <source>New module from a template</source>
        <translation>Neues Modul aus einer Vorlage</translation>
    </message>
    <message>
        <source>The module was not created: %1</source>
        <translation>Das Modul wurde nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>NoPages</name>
    <message>
        <source>This module has no pages yet</source>
        <translation>Dieses Modul hat noch keine Seiten</translation>
    </message>
    <message>
        <source>A good module has a few short pages, each with one idea.</source>
        <translation>Ein gutes Modul hat wenige kurze Seiten mit je einem Gedanken.</translation>
    </message>
    <message>
        <source>Add the first page</source>
        <translation>Erste Seite hinzufügen</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>NumberRow</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Accepted value</source>
        <translation>Akzeptierter Wert</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Margin either side</source>
        <translation>Toleranz nach beiden Seiten</translation>
    </message>
    <message>
        <source>How far off an answer may be and still count</source>
        <translation>Wie weit eine Antwort abweichen darf und trotzdem zählt</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Score in percent</source>
        <translation>Punktanteil in Prozent</translation>
    </message>
    <message>
        <source>Share of the points this answer gives; 100 % is fully right, less gives partial credit</source>
        <translation>Anteil der Punkte für diese Antwort; 100 % ist ganz richtig, weniger gibt Teilpunkte</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktanteil</translation>
    </message>
</context>
<context>
    <name>NumericEditor</name>
    <message>
        <source>Type the right number and how far off an answer may be (15 ± 0 means exactly 15). Add more values for partial credit.</source>
        <translation>Geben Sie die richtige Zahl ein und wie weit eine Antwort abweichen darf (15 ± 0 heißt genau 15). Fügen Sie weitere Werte für Teilpunkte hinzu.</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <source>List the items in the right order. Learners see them shuffled.</source>
        <translation>Listen Sie die Elemente in der richtigen Reihenfolge auf. Lernende sehen sie gemischt.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Element hinzufügen</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Untitled page</source>
        <translation>Seite ohne Titel</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>Seite hinzufügen</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Seite umbenennen</translation>
    </message>
    <message>
        <source>Duplicate page</source>
        <translation>Seite duplizieren</translation>
    </message>
    <message>
        <source>Move page up</source>
        <translation>Seite nach oben</translation>
    </message>
    <message>
        <source>Move page down</source>
        <translation>Seite nach unten</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Seite löschen</translation>
    </message>
    <message>
        <source>Quiz page from a question file…</source>
        <translation>Quizseite aus einer Fragendatei…</translation>
    </message>
    <message>
        <source>Put the questions of a GIFT or Moodle XML file on a new page at the end</source>
        <translation>Die Fragen einer GIFT- oder Moodle-XML-Datei auf eine neue Seite am Ende setzen</translation>
    </message>
    <message>
        <source>(no blocks yet)</source>
        <translation>(noch keine Blöcke)</translation>
    </message>
</context>
<context>
    <name>PageEditor</name>
    <message>
        <source>Open a module to edit its pages.</source>
        <translation>Öffnen Sie ein Modul, um seine Seiten zu bearbeiten.</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <source>Add a block after the selected one</source>
        <translation>Einen Block nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Page {n} of {count}</source>
        <translation>Seite {n} von {count}</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Item on the left</source>
        <translation>Element links</translation>
    </message>
    <message>
        <source>Its match</source>
        <translation>Sein Gegenstück</translation>
    </message>
    <message>
        <source>Matching item on the right</source>
        <translation>Passendes Element rechts</translation>
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
        <translation>Einen Block hinzufügen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>A new interface language is used from the next start of Kiem.</source>
        <translation>Eine neue Sprache der Oberfläche gilt ab dem nächsten Start von Kiem.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>The preview shows the page as learners will see it.</source>
        <translation>Die Vorschau zeigt die Seite so, wie Lernende sie sehen werden.</translation>
    </message>
    <message>
        <source>Restart the preview</source>
        <translation>Vorschau neu starten</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Learners see this module in %1 — change it in Module › Settings.</source>
        <translation>Lernende sehen dieses Modul auf %1 — ändern Sie das unter Modul › Einstellungen.</translation>
    </message>
    <message>
        <source>stopped unexpectedly</source>
        <translation>wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>was stopped by the system (out of memory?)</source>
        <translation>wurde vom System beendet (zu wenig Arbeitsspeicher?)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>wurde beendet</translation>
    </message>
    <message>
        <source>The preview %1 (exit code %2). Your work is safe and the editor keeps working. Restart the preview, or export as HTML to see the module in a browser.</source>
        <translation>Die Vorschau %1 (Exit-Code %2). Ihre Arbeit ist sicher und der Editor funktioniert weiter. Starten Sie die Vorschau neu oder exportieren Sie als HTML, um das Modul in einem Browser anzusehen.</translation>
    </message>
    <message>
        <source>The preview cannot show this page yet: %1</source>
        <translation>Die Vorschau kann diese Seite noch nicht anzeigen: %1</translation>
    </message>
    <message>
        <source>The preview cannot start on this computer: %1. Your work is safe and the editor keeps working; export as HTML to see the module in a browser.</source>
        <translation>Die Vorschau kann auf diesem Computer nicht starten: %1. Ihre Arbeit ist sicher und der Editor funktioniert weiter; exportieren Sie als HTML, um das Modul in einem Browser anzusehen.</translation>
    </message>
</context>
<context>
    <name>ProblemHint</name>
    <message>
        <source>To finish this question:</source>
        <translation>Um diese Frage fertigzustellen:</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>Einen Blick wert:</translation>
    </message>
    <message>
        <source>Mark the right answer.</source>
        <translation>Markieren Sie die richtige Antwort.</translation>
    </message>
    <message>
        <source>Tick at least one right answer.</source>
        <translation>Kreuzen Sie mindestens eine richtige Antwort an.</translation>
    </message>
    <message>
        <source>Add at least one accepted answer.</source>
        <translation>Fügen Sie mindestens eine akzeptierte Antwort hinzu.</translation>
    </message>
    <message>
        <source>Type the right number (with a score above 0 %).</source>
        <translation>Geben Sie die richtige Zahl ein (mit einem Punktanteil über 0 %).</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Schreiben Sie die Frage.</translation>
    </message>
    <message>
        <source>Write at least two answer options.</source>
        <translation>Schreiben Sie mindestens zwei Antwortoptionen.</translation>
    </message>
    <message>
        <source>Only one answer can be right; for more, choose “Multiple response”.</source>
        <translation>Nur eine Antwort kann richtig sein; für mehrere wählen Sie „Mehrfachauswahl“.</translation>
    </message>
    <message>
        <source>Fill in or remove the empty option.</source>
        <translation>Füllen Sie die leere Option aus oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Two options share an id; remove one and add it again.</source>
        <translation>Zwei Optionen haben dieselbe ID; entfernen Sie eine und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>Add at least two pairs.</source>
        <translation>Fügen Sie mindestens zwei Paare hinzu.</translation>
    </message>
    <message>
        <source>Give every item its match, or remove the pair.</source>
        <translation>Geben Sie jedem Element ein Gegenstück oder entfernen Sie das Paar.</translation>
    </message>
    <message>
        <source>Add at least two items to put in order.</source>
        <translation>Fügen Sie mindestens zwei Elemente zum Ordnen hinzu.</translation>
    </message>
    <message>
        <source>The question is worth 0 points, so it does not count.</source>
        <translation>Die Frage ist 0 Punkte wert und zählt daher nicht.</translation>
    </message>
</context>
<context>
    <name>QuestionBlockForm</name>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>QuestionDrawForm</name>
    <message>
        <source>e.g. links, reporting (leave empty for all)</source>
        <translation>z. B. Links, Melden (leer lassen für alle)</translation>
    </message>
    <message>
        <source>Counts towards the score</source>
        <translation>Zählt zur Punktzahl</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragenpool</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Anzahl der Fragen</translation>
    </message>
    <message>
        <source>Only questions tagged</source>
        <translation>Nur Fragen mit Tag</translation>
    </message>
    <message>
        <source>No question banks yet</source>
        <translation>Noch keine Fragenpools</translation>
    </message>
    <message>
        <source>{title} ({n} questions)</source>
        <translation>{title} ({n} Fragen)</translation>
    </message>
    <message>
        <source>(a deleted bank)</source>
        <translation>(ein gelöschter Pool)</translation>
    </message>
    <message>
        <source>Import questions into a bank first (a GIFT file), then choose it here.</source>
        <translation>Importieren Sie zuerst Fragen in einen Pool (eine GIFT-Datei) und wählen Sie ihn dann hier aus.</translation>
    </message>
    <message>
        <source>{n} questions in this bank match.</source>
        <translation>{n} Fragen in diesem Pool passen.</translation>
    </message>
    <message>
        <source>Draw fewer, or add questions to the bank.</source>
        <translation>Ziehen Sie weniger oder fügen Sie dem Pool Fragen hinzu.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Single choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Richtig oder falsch</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Lückentext</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Put in order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Fragetyp</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Optional: a short name to find it again</source>
        <translation>Optional: ein kurzer Name, um sie wiederzufinden</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>What do you ask the learner?</source>
        <translation>Was fragen Sie die lernende Person?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Ctrl+B for bold, Ctrl+I for italic</source>
        <translation>Strg+B für fett, Strg+I für kursiv</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Shown when the answer is right (optional)</source>
        <translation>Wird bei richtiger Antwort angezeigt (optional)</translation>
    </message>
    <message>
        <source>Shown when the answer is wrong; say what is right and why (optional)</source>
        <translation>Wird bei falscher Antwort angezeigt; sagen Sie, was richtig ist und warum (optional)</translation>
    </message>
    <message>
        <source>When right:</source>
        <translation>Wenn richtig:</translation>
    </message>
    <message>
        <source>When wrong:</source>
        <translation>Wenn falsch:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Topics, separated by commas, e.g. links, reporting</source>
        <translation>Themen, durch Kommas getrennt, z. B. Links, Melden</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags let a quiz draw questions by topic and send learners who miss them back to the right pages.</source>
        <translation>Mit Tags kann ein Quiz Fragen nach Thema ziehen und Lernende, die sie falsch beantworten, zu den richtigen Seiten zurückschicken.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>Learners pick the one right answer.</source>
        <translation>Lernende wählen die eine richtige Antwort.</translation>
    </message>
    <message>
        <source>Learners tick every answer that applies.</source>
        <translation>Lernende kreuzen jede zutreffende Antwort an.</translation>
    </message>
    <message>
        <source>Learners say whether a statement is true.</source>
        <translation>Lernende geben an, ob eine Aussage stimmt.</translation>
    </message>
    <message>
        <source>Learners type a word or a short answer.</source>
        <translation>Lernende tippen ein Wort oder eine kurze Antwort.</translation>
    </message>
    <message>
        <source>Learners match each item with its partner.</source>
        <translation>Lernende ordnen jedem Element sein Gegenstück zu.</translation>
    </message>
    <message>
        <source>Learners put the items in the right order.</source>
        <translation>Lernende bringen die Elemente in die richtige Reihenfolge.</translation>
    </message>
    <message>
        <source>Learners type a number; close enough counts.</source>
        <translation>Lernende tippen eine Zahl; nahe genug zählt.</translation>
    </message>
    <message>
        <source>Write the statement, e.g. “You only report an email when you are sure it is phishing.”</source>
        <translation>Schreiben Sie die Aussage, z. B. „Sie melden eine E-Mail nur, wenn Sie sicher sind, dass es Phishing ist.“</translation>
    </message>
</context>
<context>
    <name>QuestionRefForm</name>
    <message>
        <source>Counts towards the score</source>
        <translation>Zählt zur Punktzahl</translation>
    </message>
    <message>
        <source>This question is missing.</source>
        <translation>Diese Frage fehlt.</translation>
    </message>
</context>
<context>
    <name>QuizPageImport</name>
    <message>
        <source>Quiz page from a question file</source>
        <translation>Quizseite aus einer Fragendatei</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Fragendateien (*.gift *.txt *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Put %n question(s) on a new quiz page “%2”?</source>
        <translation>
            <numerusform>%n Frage auf eine neue Quizseite „%2“ setzen?</numerusform>
            <numerusform>%n Fragen auf eine neue Quizseite „%2“ setzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation>Seite hinzufügen</translation>
    </message>
    <message>
        <source>Quiz page from %1</source>
        <translation>Quizseite aus %1</translation>
    </message>
</context>
<context>
    <name>QuizSettingsDialog</name>
    <message>
        <source>Quiz settings</source>
        <translation>Quiz-Einstellungen</translation>
    </message>
    <message>
        <source>Change quiz settings</source>
        <translation>Quiz-Einstellungen ändern</translation>
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
        <translation>Der Anteil der Punkte, den Lernende zum Bestehen brauchen</translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation>Bestehensgrenze:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>How often a learner may take the quiz; 0 is unlimited</source>
        <translation>Wie oft Lernende das Quiz machen dürfen; 0 heißt unbegrenzt</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Shuffle the order of the questions</source>
        <translation>Reihenfolge der Fragen mischen</translation>
    </message>
    <message>
        <source>Shuffle the answer options</source>
        <translation>Antwortoptionen mischen</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Right after each answer</source>
        <translation>Direkt nach jeder Antwort</translation>
    </message>
    <message>
        <source>At the end of the quiz</source>
        <translation>Am Ende des Quiz</translation>
    </message>
    <message>
        <source>Never (only the score)</source>
        <translation>Nie (nur die Punktzahl)</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <source>Show the right answers with the feedback</source>
        <translation>Die richtigen Antworten mit dem Feedback anzeigen</translation>
    </message>
</context>
<context>
    <name>ReflectionForm</name>
    <message>
        <source>e.g. Your inbox this month</source>
        <translation>z. B. Ihr Posteingang in diesem Monat</translation>
    </message>
    <message>
        <source>e.g. Think of the last message that made you hesitate. What made you unsure?</source>
        <translation>z. B. Denken Sie an die letzte Nachricht, bei der Sie gezögert haben. Was hat Sie verunsichert?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Not scored: learners write for themselves; nothing is sent or graded.</source>
        <translation>Ohne Bewertung: Lernende schreiben für sich selbst; nichts wird gesendet oder benotet.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Version of the module</source>
        <translation>Version des Moduls</translation>
    </message>
    <message>
        <source>The results could not be read: %1</source>
        <translation>Die Ergebnisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Ergebnisse werden gelesen…</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version not known</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>All versions together</source>
        <translation>Alle Versionen zusammen</translation>
    </message>
    <message>
        <source>No module open.</source>
        <translation>Kein Modul geöffnet.</translation>
    </message>
    <message>
        <source>No results yet. Import an LMS&apos;s interactions report with kiem results import, or pull from an LRS with kiem results pull.</source>
        <translation>Noch keine Ergebnisse. Importieren Sie den Interaktionsbericht eines LMS mit kiem results import oder holen Sie sie mit kiem results pull aus einem LRS.</translation>
    </message>
    <message>
        <source>%1 learners, each counted once (their first attempt)</source>
        <translation>%1 Lernende, jede Person einmal gezählt (ihr erster Versuch)</translation>
    </message>
    <message>
        <source>; mean score %1 %</source>
        <translation>; mittlere Punktzahl %1&#xa0;%</translation>
    </message>
    <message>
        <source>Learners are stored by name.</source>
        <translation>Lernende werden mit Namen gespeichert.</translation>
    </message>
    <message>
        <source>Learners are stored as hashes, not by name.</source>
        <translation>Lernende werden als Hash gespeichert, nicht mit Namen.</translation>
    </message>
    <message>
        <source>%1 attempts · facility %2 · discrimination %3 · efficiency %4</source>
        <translation>%1 Versuche · Leichtigkeit %2 · Trennschärfe %3 · Effizienz %4</translation>
    </message>
    <message>
        <source>Facility: the mean score as a share of the maximum. Discrimination: how the score on this question goes with the score on the rest of the test (Moodle&apos;s discrimination index). Efficiency: that, as a share of the most it could be.</source>
        <translation>Leichtigkeit: die mittlere Punktzahl als Anteil am Maximum. Trennschärfe: wie die Punktzahl dieser Frage mit der Punktzahl im übrigen Test zusammenhängt (der Trennschärfeindex von Moodle). Effizienz: diese Trennschärfe als Anteil am höchstmöglichen Wert.</translation>
    </message>
    <message>
        <source>A right answer</source>
        <translation>Eine richtige Antwort</translation>
    </message>
    <message>
        <source>Chosen by %1 of %2</source>
        <translation>Gewählt von %1 von %2</translation>
    </message>
    <message>
        <source>Pages: learners who reached each</source>
        <translation>Seiten: Lernende, die jede Seite erreicht haben</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Too few attempts to judge yet (a verdict needs 20).</source>
        <translation>Noch zu wenige Versuche für ein Urteil (dafür braucht es 20).</translation>
    </message>
    <message>
        <source>Most people who know the topic get this wrong: check the right answer.</source>
        <translation>Die meisten, die das Thema kennen, beantworten dies falsch: Prüfen Sie die richtige Antwort.</translation>
    </message>
    <message>
        <source>People who do well on the rest of the test do worse on this one: check the right answer and the wording.</source>
        <translation>Wer im übrigen Test gut abschneidet, schneidet hier schlechter ab: Prüfen Sie die richtige Antwort und die Formulierung.</translation>
    </message>
    <message>
        <source>Nearly everyone gets this right, so it tells nobody apart: make it harder or drop it.</source>
        <translation>Fast alle beantworten dies richtig, daher unterscheidet die Frage niemanden: Machen Sie sie schwieriger oder streichen Sie sie.</translation>
    </message>
    <message>
        <source>Nearly nobody gets this right: check that the module teaches it and that the right answer is right.</source>
        <translation>Fast niemand beantwortet dies richtig: Prüfen Sie, ob das Modul es vermittelt und ob die richtige Antwort stimmt.</translation>
    </message>
    <message>
        <source>Strong learners are split between two answers: the question may be ambiguous; reword it.</source>
        <translation>Starke Lernende sind zwischen zwei Antworten geteilt: Die Frage ist vielleicht mehrdeutig; formulieren Sie sie um.</translation>
    </message>
    <message>
        <source>It barely tells apart who knows the topic from who does not: sharpen the question or its wrong options.</source>
        <translation>Sie unterscheidet kaum, wer das Thema kennt und wer nicht: Schärfen Sie die Frage oder ihre falschen Antworten.</translation>
    </message>
    <message>
        <source>Works well: it tells apart who knows the topic.</source>
        <translation>Funktioniert gut: Sie unterscheidet, wer das Thema kennt.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Submit for &amp;review…</source>
        <translation>Zum &amp;Review einreichen…</translation>
    </message>
    <message>
        <source>Send this version to your group&apos;s reviewers</source>
        <translation>Diese Version an die Reviewer Ihrer Gruppe senden</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Reviews asked of you, and your own requests</source>
        <translation>Reviews, um die Sie gebeten wurden, und Ihre eigenen Anfragen</translation>
    </message>
    <message>
        <source>&amp;Approved and stale</source>
        <translation>&amp;Freigegeben und veraltet</translation>
    </message>
    <message>
        <source>Approved versions to export and publish, and modules due for another review</source>
        <translation>Freigegebene Versionen zum Exportieren und Veröffentlichen sowie Module, die erneut geprüft werden müssen</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Gruppen…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Send and receive reviews through the group folders (Kiem also does this every two minutes)</source>
        <translation>Reviews über die Gruppenordner senden und empfangen (Kiem tut das auch alle zwei Minuten)</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>&amp;Wer bin ich…</translation>
    </message>
    <message>
        <source>Back to inbox</source>
        <translation>Zurück zum Posteingang</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht eingereicht</translation>
    </message>
    <message>
        <source>“%1” version %2 went to %3 for review.</source>
        <translation>„%1“ Version %2 ging zum Review an %3.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>This build of Kiem cannot open reviews yet.</source>
        <translation>Diese Version von Kiem kann noch keine Reviews öffnen.</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>Review kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>You are in no review group yet: nothing to sync. See Review › Groups…</source>
        <translation>Sie sind noch in keiner Review-Gruppe: nichts zu synchronisieren. Siehe Review › Gruppen…</translation>
    </message>
    <message>
        <source>Your review of “%1” is due tomorrow</source>
        <translation>Ihr Review von „%1“ ist morgen fällig</translation>
    </message>
    <message>
        <source>Your review of “%1” is overdue</source>
        <translation>Ihr Review von „%1“ ist überfällig</translation>
    </message>
    <message>
        <source>&amp;Inbox (%1)</source>
        <translation>&amp;Posteingang (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewPlayer</name>
    <message>
        <source>Preparing the version…</source>
        <translation>Version wird vorbereitet…</translation>
    </message>
    <message>
        <source>The version under review, as learners see it</source>
        <translation>Die Version im Review, wie Lernende sie sehen</translation>
    </message>
    <message>
        <source>Opening version %1 of “%2” as learners see it…</source>
        <translation>Version %1 von „%2“ wird so geöffnet, wie Lernende sie sehen…</translation>
    </message>
    <message>
        <source>This version cannot be shown: %1</source>
        <translation>Diese Version kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The version did not open in the player.</source>
        <translation>Die Version wurde im Player nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ReviewSync</name>
    <message>
        <source>Not synced: %1</source>
        <translation>Nicht synchronisiert: %1</translation>
    </message>
    <message>
        <source>Not synced: something unexpected went wrong</source>
        <translation>Nicht synchronisiert: Etwas Unerwartetes ist schiefgegangen</translation>
    </message>
    <message>
        <source>%1 asks you to review “%2” (version %3)</source>
        <translation>%1 bittet Sie um ein Review von „%2“ (Version %3)</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>im Review</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>durch eine neuere Version ersetzt</translation>
    </message>
    <message>
        <source>“%1” (version %2): %3</source>
        <translation>„%1“ (Version %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>New comments or replies for you: %n</source>
        <translation>
            <numerusform>Neue Kommentare oder Antworten für Sie: %n</numerusform>
            <numerusform>Neue Kommentare oder Antworten für Sie: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group folder not reachable — %n waiting to send</source>
        <translation>
            <numerusform>Gruppenordner nicht erreichbar — %n Eintrag wartet auf Versand</numerusform>
            <numerusform>Gruppenordner nicht erreichbar — %n Einträge warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder of “%1” not reachable — %n waiting to send</source>
        <translation>
            <numerusform>Ordner von „%1“ nicht erreichbar — %n Eintrag wartet auf Versand</numerusform>
            <numerusform>Ordner von „%1“ nicht erreichbar — %n Einträge warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <source> · hub live</source>
        <translation> · Hub online</translation>
    </message>
    <message>
        <source> · hub offline, trying again</source>
        <translation> · Hub offline, neuer Versuch folgt</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Comment on the selected text (%1)</source>
        <translation>Den ausgewählten Text kommentieren (%1)</translation>
    </message>
    <message>
        <source>Suggest change</source>
        <translation>Änderung vorschlagen</translation>
    </message>
    <message>
        <source>Propose new words for the selected text; the author accepts or declines</source>
        <translation>Neue Formulierung für den ausgewählten Text vorschlagen; der Autor nimmt sie an oder lehnt sie ab</translation>
    </message>
    <message>
        <source>Comment on this page</source>
        <translation>Diese Seite kommentieren</translation>
    </message>
    <message>
        <source>Select text in the module, then comment or suggest a change.</source>
        <translation>Wählen Sie Text im Modul aus und kommentieren Sie ihn oder schlagen Sie eine Änderung vor.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Review: %1 (version %2)</source>
        <translation>Review: %1 (Version %2)</translation>
    </message>
    <message>
        <source>This review cannot be opened</source>
        <translation>Dieses Review kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Sync with the group folder, then open the review again.</source>
        <translation>Synchronisieren Sie mit dem Gruppenordner und öffnen Sie das Review dann erneut.</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>im Review</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>durch eine neuere Version ersetzt</translation>
    </message>
    <message>
        <source>Version %1 by %2 · %3 · due %4</source>
        <translation>Version %1 von %2 · %3 · fällig am %4</translation>
    </message>
    <message>
        <source>Note from the author: %1</source>
        <translation>Hinweis des Autors: %1</translation>
    </message>
    <message>
        <source>You approved this version.</source>
        <translation>Sie haben diese Version freigegeben.</translation>
    </message>
    <message>
        <source>You requested changes to this version.</source>
        <translation>Sie haben Änderungen an dieser Version erbeten.</translation>
    </message>
    <message>
        <source>You finished reviewing this version (comments only).</source>
        <translation>Sie haben das Review dieser Version abgeschlossen (nur Kommentare).</translation>
    </message>
    <message>
        <source>This version is no longer in review; comments go to the author at once.</source>
        <translation>Diese Version ist nicht mehr im Review; Kommentare gehen sofort an den Autor.</translation>
    </message>
    <message>
        <source>You are not assigned to this version; your comments go to the author at once.</source>
        <translation>Diese Version ist Ihnen nicht zugewiesen; Ihre Kommentare gehen sofort an den Autor.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>OPEN · %1</source>
        <translation>OFFEN · %1</translation>
    </message>
    <message>
        <source>RESOLVED · %1</source>
        <translation>ERLEDIGT · %1</translation>
    </message>
    <message>
        <source>No comments yet. Select text in the module and press Comment, or comment on the whole page.</source>
        <translation>Noch keine Kommentare. Wählen Sie Text im Modul aus und klicken Sie auf Kommentieren, oder kommentieren Sie die ganze Seite.</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>These words cannot be found as written in the module.</source>
        <translation>Diese Wörter stehen so nicht im Modul.</translation>
    </message>
    <message>
        <source>Select text within one paragraph, without crossing bold text, links or other formatting; or write a comment instead.</source>
        <translation>Wählen Sie Text innerhalb eines Absatzes aus, ohne fetten Text, Links oder andere Formatierungen zu überqueren; oder schreiben Sie stattdessen einen Kommentar.</translation>
    </message>
    <message>
        <source>The comment cannot be placed</source>
        <translation>Der Kommentar kann nicht platziert werden</translation>
    </message>
    <message>
        <source>The selected words are not found in the page title as written; the comment is on the whole page.</source>
        <translation>Die ausgewählten Wörter stehen so nicht im Seitentitel; der Kommentar gilt für die ganze Seite.</translation>
    </message>
    <message>
        <source>The selection runs over more than one block; the comment is on the first of them as a whole.</source>
        <translation>Die Auswahl erstreckt sich über mehrere Blöcke; der Kommentar gilt für den ersten davon als Ganzes.</translation>
    </message>
    <message>
        <source>The selected text is not found as written in the module (it may run across formatting such as bold text or a link); the comment is on the whole block.</source>
        <translation>Der ausgewählte Text steht so nicht im Modul (vielleicht überquert er eine Formatierung wie fetten Text oder einen Link); der Kommentar gilt für den ganzen Block.</translation>
    </message>
    <message>
        <source>The selection is not inside a block; the comment is on the whole page.</source>
        <translation>Die Auswahl liegt in keinem Block; der Kommentar gilt für die ganze Seite.</translation>
    </message>
    <message>
        <source>The comment was not deleted</source>
        <translation>Der Kommentar wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Your comment was not saved</source>
        <translation>Ihr Kommentar wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select some text in the module first.</source>
        <translation>Wählen Sie zuerst Text im Modul aus.</translation>
    </message>
    <message>
        <source>Drag over the words you want to comment on, then press Comment (%1). To comment on a whole page, press Comment on this page.</source>
        <translation>Ziehen Sie über die Wörter, die Sie kommentieren möchten, und klicken Sie dann auf Kommentieren (%1). Um eine ganze Seite zu kommentieren, klicken Sie auf Diese Seite kommentieren.</translation>
    </message>
    <message>
        <source>Your review was not finished</source>
        <translation>Ihr Review wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>%1 is busy: another Kiem (a command, or the studio in another window) is writing to it.</source>
        <translation>%1 ist belegt: Ein anderes Kiem (ein Befehl oder das Studio in einem anderen Fenster) schreibt gerade hinein.</translation>
    </message>
    <message>
        <source>%1 (and the safety copy cannot be written: %2)</source>
        <translation>%1 (und die Sicherheitskopie kann nicht geschrieben werden: %2)</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes are saved</source>
        <translation>Alle Änderungen sind gespeichert</translation>
    </message>
    <message>
        <source>Kiem saves every change the moment you make it.</source>
        <translation>Kiem speichert jede Änderung in dem Moment, in dem Sie sie vornehmen.</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for the workspace</source>
        <translation>Noch nicht gespeichert: Warten auf den Arbeitsbereich</translation>
    </message>
    <message>
        <source>One edit waits.</source>
        <translation>Eine Änderung wartet.</translation>
    </message>
    <message>
        <source>%1 edits wait.</source>
        <translation>%1 Änderungen warten.</translation>
    </message>
    <message>
        <source>%1

%2 Your typing is kept, also on disk in case Kiem closes, and saved in the order you made it as soon as the workspace takes it.</source>
        <translation>%1

%2 Ihre Eingaben bleiben erhalten, auch auf der Festplatte, falls Kiem geschlossen wird, und werden in der Reihenfolge gespeichert, in der Sie sie gemacht haben, sobald der Arbeitsbereich sie annimmt.</translation>
    </message>
    <message>
        <source>%1 edits are not in the workspace yet:

%2

They are kept on this computer: if you close now, Kiem saves them the next time it opens this workspace.</source>
        <translation>%1 Änderungen sind noch nicht im Arbeitsbereich:

%2

Sie bleiben auf diesem Computer erhalten: Wenn Sie jetzt schließen, speichert Kiem sie beim nächsten Öffnen dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Jetzt schließen</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Weiter warten</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <source>e.g. An email from “IT” asks you to confirm your password today. What do you do?</source>
        <translation>z. B. Eine E-Mail von der „IT“ fordert Sie auf, heute Ihr Passwort zu bestätigen. Was tun Sie?</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Choice {n}</source>
        <translation>Auswahl {n}</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Each choice leads to a page: make a page per outcome, then come back and pick it.</source>
        <translation>Jede Auswahl führt zu einer Seite: Legen Sie eine Seite pro Ausgang an, kommen Sie dann zurück und wählen Sie sie aus.</translation>
    </message>
</context>
<context>
    <name>SectionRow</name>
    <message>
        <source>Section title</source>
        <translation>Titel des Abschnitts</translation>
    </message>
</context>
<context>
    <name>SectionsForm</name>
    <message>
        <source>Learners see one tab at a time; keep the tabs parallel (one per role, per tool…).</source>
        <translation>Lernende sehen jeweils eine Registerkarte; halten Sie die Registerkarten parallel (eine pro Rolle, pro Tool…).</translation>
    </message>
    <message>
        <source>Learners open the sections they need; put what everyone must read outside the accordion.</source>
        <translation>Lernende öffnen die Abschnitte, die sie brauchen; was alle lesen müssen, gehört außerhalb des Akkordeons.</translation>
    </message>
    <message>
        <source>Add tab</source>
        <translation>Registerkarte hinzufügen</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Section {n}</source>
        <translation>Abschnitt {n}</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Kiem cannot open the workspace</source>
        <translation>Kiem kann den Arbeitsbereich nicht öffnen</translation>
    </message>
    <message>
        <source>%1

Your typing is kept and will be saved as soon as the workspace takes it; try this again then.</source>
        <translation>%1

Ihre Eingaben bleiben erhalten und werden gespeichert, sobald der Arbeitsbereich sie annimmt; versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit for review</source>
        <translation>Zum Review einreichen</translation>
    </message>
    <message>
        <source>Submit “%1” for review</source>
        <translation>„%1“ zum Review einreichen</translation>
    </message>
    <message>
        <source>Version %1 goes to reviewers in “%2”. They see the module as it is now; you can keep editing your draft meanwhile.</source>
        <translation>Version %1 geht an die Reviewer in „%2“. Sie sehen das Modul so, wie es jetzt ist; Sie können Ihren Entwurf währenddessen weiter bearbeiten.</translation>
    </message>
    <message>
        <source>What changed, and what reviewers should look at</source>
        <translation>Was sich geändert hat und worauf die Reviewer achten sollten</translation>
    </message>
    <message>
        <source>&amp;Note for reviewers:</source>
        <translation>&amp;Hinweis für die Reviewer:</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Review bis</translation>
    </message>
    <message>
        <source>Review &amp;by:</source>
        <translation>Review &amp;bis:</translation>
    </message>
    <message>
        <source>Fix this first: the check found an error. Reviewers only get modules that pass the check.</source>
        <translation>Beheben Sie das zuerst: Die Prüfung hat einen Fehler gefunden. Reviewer erhalten nur Module, die die Prüfung bestehen.</translation>
    </message>
    <message numerus="yes">
        <source>Fix these first: the check found %n errors. Reviewers only get modules that pass the check.</source>
        <translation>
            <numerusform>Beheben Sie das zuerst: Die Prüfung hat %n Fehler gefunden. Reviewer erhalten nur Module, die die Prüfung bestehen.</numerusform>
            <numerusform>Beheben Sie diese zuerst: Die Prüfung hat %n Fehler gefunden. Reviewer erhalten nur Module, die die Prüfung bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors to fix</source>
        <translation>Zu behebende Fehler</translation>
    </message>
    <message>
        <source>Show in the Check panel</source>
        <translation>Im Prüfbereich anzeigen</translation>
    </message>
    <message>
        <source>Pick automatically (recommended)</source>
        <translation>Automatisch auswählen (empfohlen)</translation>
    </message>
    <message>
        <source>Choose:</source>
        <translation>Auswählen:</translation>
    </message>
    <message>
        <source>Members who can review</source>
        <translation>Mitglieder, die prüfen können</translation>
    </message>
    <message>
        <source>1 open review</source>
        <translation>1 offenes Review</translation>
    </message>
    <message numerus="yes">
        <source>%n open reviews</source>
        <translation>
            <numerusform>%n offenes Review</numerusform>
            <numerusform>%n offene Reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>The reviewers of version %1 again: %2</source>
        <translation>Wieder die Reviewer von Version %1: %2</translation>
    </message>
    <message>
        <source>Nobody else in the group can review now: everyone is away or not confirmed yet.</source>
        <translation>Niemand sonst in der Gruppe kann jetzt prüfen: Alle sind abwesend oder noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Kiem asks whoever has the fewest open reviews: now %1.</source>
        <translation>Kiem fragt, wer die wenigsten offenen Reviews hat: derzeit %1.</translation>
    </message>
    <message>
        <source>You are in no review group yet. Start or join one under Review › Groups…, then submit.</source>
        <translation>Sie sind noch in keiner Review-Gruppe. Gründen Sie eine oder treten Sie einer bei unter Review › Gruppen…, und reichen Sie dann ein.</translation>
    </message>
    <message>
        <source>“%1” belongs to none of your groups. Choose its group in Module › Settings…, then submit.</source>
        <translation>„%1“ gehört zu keiner Ihrer Gruppen. Wählen Sie seine Gruppe unter Modul › Einstellungen… und reichen Sie dann ein.</translation>
    </message>
    <message>
        <source>A lead of “%1” has not confirmed you yet; you can submit once they have.</source>
        <translation>Die Leitung von „%1“ hat Sie noch nicht bestätigt; danach können Sie einreichen.</translation>
    </message>
    <message>
        <source>Only %1, who submitted it first, can submit this module.</source>
        <translation>Nur %1, wer es zuerst eingereicht hat, kann dieses Modul einreichen.</translation>
    </message>
    <message>
        <source>Who reviews?</source>
        <translation>Wer prüft?</translation>
    </message>
    <message>
        <source>Tick at least one reviewer, or let Kiem pick.</source>
        <translation>Kreuzen Sie mindestens einen Reviewer an oder lassen Sie Kiem auswählen.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht eingereicht</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>Suggest a change</source>
        <translation>Eine Änderung vorschlagen</translation>
    </message>
    <message>
        <source>Replace this passage:</source>
        <translation>Diese Stelle ersetzen:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Durch:</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Ersatztext</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Warum (optional)</translation>
    </message>
    <message>
        <source>Why you suggest it</source>
        <translation>Warum Sie es vorschlagen</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Type the new text above.</source>
        <translation>Geben Sie oben den neuen Text ein.</translation>
    </message>
</context>
<context>
    <name>TemplateButton</name>
    <message>
        <source>Use this template →</source>
        <translation>Diese Vorlage verwenden →</translation>
    </message>
</context>
<context>
    <name>ThreadAnswers</name>
    <message>
        <source>Your reply was not sent</source>
        <translation>Ihre Antwort wurde nicht gesendet</translation>
    </message>
    <message>
        <source>The thread was not reopened</source>
        <translation>Die Diskussion wurde nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>The thread was not resolved</source>
        <translation>Die Diskussion wurde nicht erledigt</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source>Only you see this until you finish your review.</source>
        <translation>Nur Sie sehen das, bis Sie Ihr Review abschließen.</translation>
    </message>
    <message>
        <source>Suggested change:</source>
        <translation>Vorgeschlagene Änderung:</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not sent yet: it goes to the group folder at the next sync.</source>
        <translation>Noch nicht gesendet: Es geht bei der nächsten Synchronisierung in den Gruppenordner.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>The version cannot be approved while this thread is open.</source>
        <translation>Die Version kann nicht freigegeben werden, solange diese Diskussion offen ist.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Seitdem geändert</translation>
    </message>
    <message>
        <source>The passage was changed after this thread; the quote is what was there.</source>
        <translation>Die Stelle wurde nach dieser Diskussion geändert; das Zitat zeigt, was dort stand.</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>The passage is not in this version any more; the quote is what was there.</source>
        <translation>Die Stelle ist in dieser Version nicht mehr enthalten; das Zitat zeigt, was dort stand.</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>The passage now lives in another block.</source>
        <translation>Die Stelle steht jetzt in einem anderen Block.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>On the whole of version %1</source>
        <translation>Zur gesamten Version %1</translation>
    </message>
    <message>
        <source>Written on version %1; the passage has changed since</source>
        <translation>Zu Version %1 geschrieben; die Stelle hat sich seitdem geändert</translation>
    </message>
    <message>
        <source>Written on version %1; no longer found here</source>
        <translation>Zu Version %1 geschrieben; hier nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Show this passage</source>
        <translation>Diese Stelle anzeigen</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Reply to this thread</source>
        <translation>In dieser Diskussion antworten</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Make this change in your draft (undoable)</source>
        <translation>Diese Änderung in Ihrem Entwurf vornehmen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Not blocking</source>
        <translation>Nicht blockierend</translation>
    </message>
    <message>
        <source>Make blocking</source>
        <translation>Blockierend machen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Page “%1”</source>
        <translation>Seite „%1“</translation>
    </message>
</context>
<context>
    <name>ThreadsPanel</name>
    <message>
        <source>Review comments</source>
        <translation>Review-Kommentare</translation>
    </message>
    <message>
        <source>Show comments by</source>
        <translation>Kommentare anzeigen von</translation>
    </message>
    <message>
        <source>No module open.</source>
        <translation>Kein Modul geöffnet.</translation>
    </message>
    <message>
        <source>This module has not been sent for review yet.</source>
        <translation>Dieses Modul wurde noch nicht zum Review geschickt.</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Alle Reviewer</translation>
    </message>
    <message>
        <source>OPEN · %1</source>
        <translation>OFFEN · %1</translation>
    </message>
    <message>
        <source>RESOLVED · %1</source>
        <translation>ERLEDIGT · %1</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>No comments by this reviewer.</source>
        <translation>Keine Kommentare von diesem Reviewer.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blockierend</numerusform>
            <numerusform>%n blockierend</numerusform>
        </translation>
    </message>
    <message>
        <source>latest version %1</source>
        <translation>neueste Version %1</translation>
    </message>
    <message>
        <source>%1 approved version %2</source>
        <translation>%1 hat Version %2 freigegeben</translation>
    </message>
    <message>
        <source>%1 asked for changes to version %2</source>
        <translation>%1 hat Änderungen an Version %2 erbeten</translation>
    </message>
    <message>
        <source>%1 commented on version %2</source>
        <translation>%1 hat Version %2 kommentiert</translation>
    </message>
    <message>
        <source>That passage is no longer in your draft.</source>
        <translation>Diese Stelle ist nicht mehr in Ihrem Entwurf.</translation>
    </message>
    <message>
        <source>The suggestion was not accepted</source>
        <translation>Der Vorschlag wurde nicht angenommen</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <source>The suggestion was not accepted: %1</source>
        <translation>Der Vorschlag wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the draft refused the edit</source>
        <translation>der Entwurf hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>Suggestion accepted. Undo (Ctrl+Z) takes the text back and tells the reviewer it waits again.</source>
        <translation>Vorschlag angenommen. Rückgängig (Strg+Z) stellt den alten Text wieder her und teilt dem Reviewer mit, dass der Vorschlag wieder offen ist.</translation>
    </message>
    <message>
        <source>The words this suggestion replaces have changed in your draft, so it cannot be applied.</source>
        <translation>Die Wörter, die dieser Vorschlag ersetzt, haben sich in Ihrem Entwurf geändert; er kann daher nicht übernommen werden.</translation>
    </message>
    <message>
        <source>Edit the text by hand, then resolve the comment; or decline the suggestion. The comment stays open.</source>
        <translation>Bearbeiten Sie den Text von Hand und erledigen Sie dann den Kommentar; oder lehnen Sie den Vorschlag ab. Der Kommentar bleibt offen.</translation>
    </message>
    <message>
        <source>(the passage is gone)</source>
        <translation>(die Stelle ist nicht mehr da)</translation>
    </message>
    <message>
        <source>The reviewer quoted:</source>
        <translation>Der Reviewer zitierte:</translation>
    </message>
    <message>
        <source>and suggested:</source>
        <translation>und schlug vor:</translation>
    </message>
    <message>
        <source>Your draft now says:</source>
        <translation>In Ihrem Entwurf steht jetzt:</translation>
    </message>
    <message>
        <source>The suggestion was not declined</source>
        <translation>Der Vorschlag wurde nicht abgelehnt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TopicsField</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>What this page teaches, e.g. passwords, links</source>
        <translation>Was diese Seite vermittelt, z. B. Passwörter, Links</translation>
    </message>
    <message>
        <source>Page topics</source>
        <translation>Themen der Seite</translation>
    </message>
    <message>
        <source>Topics of this page, separated by commas. After a failed test, learners are sent back to pages whose topics match the questions they missed, so use the same words as the question tags. Press Down to see the tags already in use.</source>
        <translation>Themen dieser Seite, durch Kommas getrennt. Nach einem nicht bestandenen Test werden Lernende zu den Seiten zurückgeschickt, deren Themen zu den verpassten Fragen passen; verwenden Sie also dieselben Wörter wie in den Tags der Fragen. Drücken Sie Pfeil nach unten, um die bereits verwendeten Tags zu sehen.</translation>
    </message>
    <message>
        <source>No question is tagged {topics} yet.</source>
        <translation>Noch keine Frage hat den Tag {topics}.</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Choose a module folder to import</source>
        <translation>Wählen Sie einen Modulordner zum Importieren</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message>
        <source>Import module folder</source>
        <translation>Modulordner importieren</translation>
    </message>
    <message>
        <source>Choose a Kiem bundle to import</source>
        <translation>Wählen Sie ein Kiem-Paket zum Importieren</translation>
    </message>
    <message>
        <source>Kiem bundles (*.kiem)</source>
        <translation>Kiem-Pakete (*.kiem)</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Choose a GIFT file with questions</source>
        <translation>Wählen Sie eine GIFT-Datei mit Fragen</translation>
    </message>
    <message>
        <source>GIFT question files (*.gift *.txt)</source>
        <translation>GIFT-Fragendateien (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragenpool</translation>
    </message>
    <message>
        <source>Add the questions to the bank named:</source>
        <translation>Die Fragen dem Pool mit diesem Namen hinzufügen:</translation>
    </message>
    <message>
        <source>Adding the questions of “%1”…</source>
        <translation>Die Fragen aus „%1“ werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Import questions into a bank</source>
        <translation>Fragen in einen Pool importieren</translation>
    </message>
    <message>
        <source>Imported. Undo with Ctrl+Z if it was not meant.</source>
        <translation>Importiert. Mit Strg+Z rückgängig machen, falls das nicht gewollt war.</translation>
    </message>
    <message>
        <source>Added one question to the question bank.</source>
        <translation>Eine Frage wurde dem Fragenpool hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n questions to the question bank.</source>
        <translation>
            <numerusform>%n Frage wurde dem Fragenpool hinzugefügt.</numerusform>
            <numerusform>%n Fragen wurden dem Fragenpool hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Essays and descriptions cannot go into a bank, so these lines were left out: %1.</source>
        <translation>Freitextfragen und Beschreibungen können nicht in einen Pool, daher wurden diese Zeilen ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Questions imported</source>
        <translation>Fragen importiert</translation>
    </message>
    <message>
        <source>Save the module as a bundle</source>
        <translation>Modul als Paket speichern</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved “%1”. Colleagues import it with Import › Kiem bundle.</source>
        <translation>„%1“ gespeichert. Kollegen importieren es mit Importieren › Kiem-Paket.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>“%1” was not saved.</source>
        <translation>„%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Choose another place to save it (one you can write to, with free space) and try again.</source>
        <translation>Wählen Sie einen anderen Speicherort (beschreibbar und mit freiem Platz) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation>„%1“ wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Nothing in your workspace was changed. Correct the problem named above and import again.</source>
        <translation>In Ihrem Arbeitsbereich wurde nichts geändert. Beheben Sie das oben genannte Problem und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Kiem ran into an unexpected problem. If it happens again, send the details below to whoever maintains Kiem.</source>
        <translation>Kiem ist auf ein unerwartetes Problem gestoßen. Wenn es wieder passiert, senden Sie die Details unten an die Person, die Kiem betreut.</translation>
    </message>
</context>
<context>
    <name>TrueFalseEditor</name>
    <message>
        <source>True</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>The statement is:</source>
        <translation>Die Aussage ist:</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Note for the author (optional)</source>
        <translation>Hinweis für den Autor (optional)</translation>
    </message>
    <message>
        <source>Note for the author</source>
        <translation>Hinweis für den Autor</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen erbitten</translation>
    </message>
    <message>
        <source>Done (comments only)</source>
        <translation>Fertig (nur Kommentare)</translation>
    </message>
    <message>
        <source>Send your comments without approving or asking for changes</source>
        <translation>Ihre Kommentare senden, ohne freizugeben oder Änderungen zu erbitten</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) wait for your verdict</source>
        <translation>
            <numerusform>%n Kommentar wartet auf Ihr Urteil</numerusform>
            <numerusform>%n Kommentare warten auf Ihr Urteil</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish your review:</source>
        <translation>Schließen Sie Ihr Review ab:</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Kiem</source>
        <translation>Willkommen bei Kiem</translation>
    </message>
    <message>
        <source>Kiem helps you turn what you know into a short online lesson: a few clear pages and a quick check, ready for your colleagues in any learning platform.</source>
        <translation>Kiem hilft Ihnen, Ihr Wissen in eine kurze Online-Lektion zu verwandeln: ein paar klare Seiten und ein kurzer Test, bereit für Ihre Kollegen auf jeder Lernplattform.</translation>
    </message>
    <message>
        <source>Try the sample</source>
        <translation>Beispiel ausprobieren</translation>
    </message>
    <message>
        <source>Try the sample module</source>
        <translation>Beispielmodul ausprobieren</translation>
    </message>
    <message>
        <source>Look around a finished module about spotting phishing emails, then change anything. It is yours to experiment with.</source>
        <translation>Sehen Sie sich ein fertiges Modul zum Erkennen von Phishing-E-Mails an und ändern Sie dann, was Sie möchten. Es gehört Ihnen zum Experimentieren.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>A ready structure for a good module, with a note on every page that says what to write there. Pick the one that fits:</source>
        <translation>Eine fertige Struktur für ein gutes Modul, mit einem Hinweis auf jeder Seite, was dort hingehört. Wählen Sie die passende:</translation>
    </message>
    <message>
        <source>Start blank</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>An empty module, for when you know what you want to build.</source>
        <translation>Ein leeres Modul, wenn Sie wissen, was Sie bauen möchten.</translation>
    </message>
    <message>
        <source>Already have a module as a folder of files?</source>
        <translation>Sie haben schon ein Modul als Ordner mit Dateien?</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Add the sample module</source>
        <translation>Beispielmodul hinzufügen</translation>
    </message>
</context>
<context>
    <name>_FileForm</name>
    <message>
        <source>Choose file</source>
        <translation>Datei auswählen</translation>
    </message>
</context>
</TS>
