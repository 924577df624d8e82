<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminView</name>
    <message>
        <source>Approved and stale</source>
        <translation>Approuvés et périmés</translation>
    </message>
    <message>
        <source>Approved versions wait here until an admin exports them for the LMS and marks them published. Published modules whose review-by date has passed are stale: send them back to review.</source>
        <translation>Les versions approuvées attendent ici qu&apos;un administrateur les exporte pour le LMS et les marque comme publiées. Les modules publiés dont la date de révision est dépassée sont périmés&#xa0;: renvoyez-les en relecture.</translation>
    </message>
    <message>
        <source>Approved, waiting for export</source>
        <translation>Approuvés, en attente d&apos;export</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>No approved version waits for export.</source>
        <translation>Aucune version approuvée n&apos;attend d&apos;être exportée.</translation>
    </message>
    <message>
        <source>Export approved version…</source>
        <translation>Exporter la version approuvée…</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Marquer comme publiée</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmés</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À revoir le</translation>
    </message>
    <message>
        <source>No published module is past its review-by date.</source>
        <translation>Aucun module publié n&apos;a dépassé sa date de révision.</translation>
    </message>
    <message>
        <source>Send back to review</source>
        <translation>Renvoyer en relecture</translation>
    </message>
    <message>
        <source>Reading the reviews of every group…</source>
        <translation>Lecture des relectures de tous les groupes…</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>“%1” has no admin yet, so nobody can mark versions published. A lead makes someone admin in Review › Groups….</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas encore d&apos;administrateur&#xa0;: personne ne peut donc marquer des versions comme publiées. Un responsable du groupe désigne un administrateur dans Relecture › Groupes….</translation>
    </message>
    <message>
        <source>Only an admin of “%1” marks versions published: %2.</source>
        <translation>Seul un administrateur de «&#xa0;%1&#xa0;» peut marquer des versions comme publiées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Only a lead of “%1” sends modules back to review: %2.</source>
        <translation>Seul un responsable de «&#xa0;%1&#xa0;» peut renvoyer des modules en relecture&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Not marked published</source>
        <translation>Non marquée comme publiée</translation>
    </message>
    <message>
        <source>Not sent back</source>
        <translation>Non renvoyé</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>An answer you accept</source>
        <translation>Une réponse que vous acceptez</translation>
    </message>
    <message>
        <source>Accepted answer</source>
        <translation>Réponse acceptée</translation>
    </message>
</context>
<context>
    <name>ApprovedExportDialog</name>
    <message>
        <source>Export approved version</source>
        <translation>Exporter la version approuvée</translation>
    </message>
    <message>
        <source>Export “%1”, version %2</source>
        <translation>Exporter «&#xa0;%1&#xa0;», version %2</translation>
    </message>
    <message>
        <source>This is the version the reviewers approved, exactly as they saw it; later drafts are not part of it.</source>
        <translation>C&apos;est la version que les relecteurs ont approuvée, exactement telle qu&apos;ils l&apos;ont vue&#xa0;; les brouillons ultérieurs n&apos;en font pas partie.</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Marquer comme publiée</translation>
    </message>
    <message>
        <source>Exported to %1. Upload it to your LMS, then mark this version published.</source>
        <translation>Exporté vers %1. Déposez-le dans votre LMS, puis marquez cette version comme publiée.</translation>
    </message>
    <message>
        <source>Not marked published</source>
        <translation>Non marquée comme publiée</translation>
    </message>
    <message>
        <source>Version %1 is marked published.</source>
        <translation>La version %1 est marquée comme publiée.</translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Choose audio…</source>
        <translation>Choisir un fichier audio…</translation>
    </message>
    <message>
        <source>Choose video…</source>
        <translation>Choisir une vidéo…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>…or drop an image here from your computer.</source>
        <translation>…ou déposez ici une image de votre ordinateur.</translation>
    </message>
    <message>
        <source>…or drop a sound file here from your computer.</source>
        <translation>…ou déposez ici un fichier son de votre ordinateur.</translation>
    </message>
    <message>
        <source>…or drop a video here from your computer.</source>
        <translation>…ou déposez ici une vidéo de votre ordinateur.</translation>
    </message>
    <message>
        <source>…or drop a file here from your computer.</source>
        <translation>…ou déposez ici un fichier de votre ordinateur.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>The file is missing; choose it again.</source>
        <translation>Le fichier est introuvable&#xa0;; choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} Ko)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
</context>
<context>
    <name>AttachmentForm</name>
    <message>
        <source>e.g. Checklist: what to do after a phishing click</source>
        <translation>p. ex. Check-list&#xa0;: que faire après avoir cliqué sur un lien d&apos;hameçonnage</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Texte du lien</translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <source>Question banks</source>
        <translation>Banques de questions</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>Banques</translation>
    </message>
    <message>
        <source>New bank…</source>
        <translation>Nouvelle banque…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Ajouter une question…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Import questions…</source>
        <translation>Importer des questions…</translation>
    </message>
    <message>
        <source>Add the questions of a GIFT or Moodle XML file to this bank (or to a new bank named after the file); you see what it will do first</source>
        <translation>Ajouter les questions d&apos;un fichier GIFT ou Moodle XML à cette banque (ou à une nouvelle banque portant le nom du fichier)&#xa0;; vous voyez d&apos;abord ce qui sera fait</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write this bank&apos;s questions to a GIFT or Moodle XML file</source>
        <translation>Enregistrer les questions de cette banque dans un fichier GIFT ou Moodle XML</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Name of the bank:</source>
        <translation>Nom de la banque&#xa0;:</translation>
    </message>
    <message>
        <source>New question bank</source>
        <translation>Nouvelle banque de questions</translation>
    </message>
    <message>
        <source>Rename question bank</source>
        <translation>Renommer la banque de questions</translation>
    </message>
    <message>
        <source>Delete question bank</source>
        <translation>Supprimer la banque de questions</translation>
    </message>
    <message>
        <source>Delete the bank “%1” and its %2 questions? Quizzes that draw from it will have nothing to draw.</source>
        <translation>Supprimer la banque «&#xa0;%1&#xa0;» et ses %2 questions&#xa0;? Les quiz qui y puisent n&apos;auront plus rien à tirer.</translation>
    </message>
    <message>
        <source>Add question to bank</source>
        <translation>Ajouter une question à la banque</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Importer des questions</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Fichiers de questions (*.gift *.txt *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Add 1 question to the bank “%2”?</source>
        <translation>Ajouter 1 question à la banque «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Add %n questions to the bank “%2”?</source>
        <translation>
            <numerusform>Ajouter %n question à la banque «&#xa0;%2&#xa0;»&#xa0;?</numerusform>
            <numerusform>Ajouter %n questions à la banque «&#xa0;%2&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import questions from %1</source>
        <translation>Importer les questions de %1</translation>
    </message>
    <message>
        <source>Added 1 question from %1.</source>
        <translation>1 question ajoutée depuis %1.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n questions from %1.</source>
        <translation>
            <numerusform>%n question ajoutée depuis %1.</numerusform>
            <numerusform>%n questions ajoutées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Ignoré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>Exporter les questions</translation>
    </message>
    <message>
        <source>Moodle XML (*.xml);;GIFT (*.gift)</source>
        <translation>Moodle XML (*.xml);;GIFT (*.gift)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Wrote %1 question(s) to %2.</source>
        <translation>%1 question(s) enregistrée(s) dans %2.</translation>
    </message>
    <message>
        <source>Not carried: %1</source>
        <translation>Non repris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wait for the import to finish.</source>
        <translation>Attendez la fin de l&apos;import.</translation>
    </message>
</context>
<context>
    <name>BankQuestions</name>
    <message>
        <source>Tag:</source>
        <translation>Tag&#xa0;:</translation>
    </message>
    <message>
        <source>Show questions with tag</source>
        <translation>Afficher les questions portant le tag</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Rechercher des questions</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
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
        <translation>Points</translation>
    </message>
    <message>
        <source>No bank yet</source>
        <translation>Pas encore de banque</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tous les tags</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Make a bank to collect questions that a quiz can draw from at random, or import a GIFT file.</source>
        <translation>Créez une banque pour rassembler des questions qu&apos;un quiz peut tirer au hasard, ou importez un fichier GIFT.</translation>
    </message>
    <message>
        <source>No questions yet: add one, or import a GIFT file.</source>
        <translation>Pas encore de questions&#xa0;: ajoutez-en une, ou importez un fichier GIFT.</translation>
    </message>
    <message>
        <source>(no question text)</source>
        <translation>(question sans texte)</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation>%1 questions sur %2</translation>
    </message>
</context>
<context>
    <name>BlockFrame</name>
    <message>
        <source>Drag to move the block</source>
        <translation>Faites glisser pour déplacer le bloc</translation>
    </message>
    <message>
        <source>Add a block below</source>
        <translation>Ajouter un bloc en dessous</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <source>1 open comment from reviewers</source>
        <translation>1 commentaire ouvert des relecteurs</translation>
    </message>
    <message numerus="yes">
        <source>%n open comments from reviewers</source>
        <translation>
            <numerusform>%n commentaire ouvert des relecteurs</numerusform>
            <numerusform>%n commentaires ouverts des relecteurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockKinds</name>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Show and play</source>
        <translation>Montrer et faire écouter</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>Faire participer</translation>
    </message>
    <message>
        <source>Check understanding</source>
        <translation>Vérifier la compréhension</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Explain in your own words: paragraphs, headings, lists, links.</source>
        <translation>Expliquez avec vos propres mots&#xa0;: paragraphes, titres, listes, liens.</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Encadré</translation>
    </message>
    <message>
        <source>Make one thing stand out: a tip, a warning, a must-know.</source>
        <translation>Faites ressortir un point&#xa0;: une astuce, un avertissement, l&apos;essentiel à retenir.</translation>
    </message>
    <message>
        <source>Accordion</source>
        <translation>Accordéon</translation>
    </message>
    <message>
        <source>Details learners open only when they need them.</source>
        <translation>Des détails que les apprenants n&apos;ouvrent qu&apos;en cas de besoin.</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
    <message>
        <source>Side-by-side variants: per role, per country, per tool.</source>
        <translation>Des variantes côte à côte&#xa0;: par rôle, par pays, par outil.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Show instead of tell: a screenshot, photo or diagram.</source>
        <translation>Montrer plutôt que dire&#xa0;: une capture d&apos;écran, une photo ou un schéma.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>A short demo or story; two minutes is plenty.</source>
        <translation>Une courte démo ou une histoire&#xa0;; deux minutes suffisent largement.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>A spoken explanation or interview, with a transcript.</source>
        <translation>Une explication orale ou une interview, avec sa transcription.</translation>
    </message>
    <message>
        <source>File attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>A checklist, form or template to download and keep.</source>
        <translation>Une check-list, un formulaire ou un modèle à télécharger et à conserver.</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Cartes mémoire</translation>
    </message>
    <message>
        <source>Terms learners turn over to test themselves.</source>
        <translation>Des termes que les apprenants retournent pour se tester.</translation>
    </message>
    <message>
        <source>Scenario choice</source>
        <translation>Scénario à choix</translation>
    </message>
    <message>
        <source>A situation with choices that lead to different pages.</source>
        <translation>Une situation avec des choix qui mènent à des pages différentes.</translation>
    </message>
    <message>
        <source>Reflection prompt</source>
        <translation>Question de réflexion</translation>
    </message>
    <message>
        <source>Ask learners to think about their own work; not scored.</source>
        <translation>Invitez les apprenants à réfléchir à leur propre travail&#xa0;; non noté.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Check understanding with one scored question.</source>
        <translation>Vérifiez la compréhension avec une question notée.</translation>
    </message>
    <message>
        <source>Random questions from a bank</source>
        <translation>Questions aléatoires d&apos;une banque</translation>
    </message>
    <message>
        <source>Draw questions at random from a bank, for tests and certification.</source>
        <translation>Tirez des questions au hasard dans une banque, pour les tests et les certifications.</translation>
    </message>
</context>
<context>
    <name>BranchRulesTable</name>
    <message>
        <source>After page</source>
        <translation>Après la page</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <source>answered correctly</source>
        <translation>réponse correcte</translation>
    </message>
    <message>
        <source>answered incorrectly</source>
        <translation>réponse incorrecte</translation>
    </message>
    <message>
        <source>chose the option</source>
        <translation>a choisi l&apos;option</translation>
    </message>
    <message>
        <source>(untitled page)</source>
        <translation>(page sans titre)</translation>
    </message>
    <message>
        <source>(empty question)</source>
        <translation>(question vide)</translation>
    </message>
    <message>
        <source>(empty option)</source>
        <translation>(option vide)</translation>
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
        <translation>Astuce</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>A few words, e.g. “Good to know”</source>
        <translation>Quelques mots, p. ex. «&#xa0;Bon à savoir&#xa0;»</translation>
    </message>
    <message>
        <source>Kind of callout</source>
        <translation>Type d&apos;encadré</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <source>Front: a term or a question</source>
        <translation>Recto&#xa0;: un terme ou une question</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <source>Back: the explanation</source>
        <translation>Verso&#xa0;: l&apos;explication</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
</context>
<context>
    <name>ChangesSection</name>
    <message>
        <source>Changed since your last review (version %1)</source>
        <translation>Modifié depuis votre dernière relecture (version %1)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n bloc modifié</numerusform>
            <numerusform>%n blocs modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings or pages changed</source>
        <translation>Paramètres ou pages modifiés</translation>
    </message>
    <message numerus="yes">
        <source>%n of your threads resolved</source>
        <translation>
            <numerusform>%n de vos discussions résolue</numerusform>
            <numerusform>%n de vos discussions résolues</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since your last review</source>
        <translation>Modifié depuis votre dernière relecture</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Page added</source>
        <translation>Page ajoutée</translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation>Page supprimée</translation>
    </message>
    <message>
        <source>Page moved</source>
        <translation>Page déplacée</translation>
    </message>
    <message>
        <source>Your comments resolved since</source>
        <translation>Vos commentaires résolus depuis</translation>
    </message>
    <message>
        <source>Title of page “%1”</source>
        <translation>Titre de la page «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Page “%1” · %2</source>
        <translation>Page «&#xa0;%1&#xa0;» · %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Answer option</source>
        <translation>Option de réponse</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tick every right answer. Scores are optional: left empty, the right answers share all the points and wrong ones take them away.</source>
        <translation>Cochez toutes les bonnes réponses. Les scores sont facultatifs&#xa0;: s&apos;ils restent vides, les bonnes réponses se partagent tous les points et les mauvaises en retirent.</translation>
    </message>
    <message>
        <source>Type the options and mark the one right answer.</source>
        <translation>Saisissez les options et indiquez l&apos;unique bonne réponse.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>What the learner does, e.g. “Click the link”</source>
        <translation>Ce que fait l&apos;apprenant, p. ex. «&#xa0;Cliquer sur le lien&#xa0;»</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Leads to page</source>
        <translation>Mène à la page</translation>
    </message>
    <message>
        <source>Feedback shown after choosing (optional)</source>
        <translation>Feedback affiché après le choix (facultatif)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>leads to</source>
        <translation>mène à</translation>
    </message>
    <message>
        <source>Choose a page…</source>
        <translation>Choisir une page…</translation>
    </message>
    <message>
        <source>(a deleted page)</source>
        <translation>(une page supprimée)</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>La bonne réponse</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>A right answer</source>
        <translation>Une bonne réponse</translation>
    </message>
    <message>
        <source>Answer option</source>
        <translation>Option de réponse</translation>
    </message>
    <message>
        <source>Share of the points this option gives when ticked, in percent (negative takes points away). Leave empty to share the points evenly.</source>
        <translation>Part des points que rapporte cette option lorsqu&apos;elle est cochée, en pour cent (une valeur négative retire des points). Laissez vide pour répartir les points à parts égales.</translation>
    </message>
    <message>
        <source>Score in percent</source>
        <translation>Score en pour cent</translation>
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
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>You selected:</source>
        <translation>Vous avez sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>On this passage:</source>
        <translation>Sur ce passage&#xa0;:</translation>
    </message>
    <message>
        <source>What should the author know?</source>
        <translation>Que doit savoir l&apos;auteur&#xa0;?</translation>
    </message>
    <message>
        <source>Blocking: this version cannot be approved until the comment is resolved</source>
        <translation>Bloquant&#xa0;: cette version ne peut pas être approuvée tant que le commentaire n&apos;est pas résolu</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Kiem ran into an unexpected problem. Your work is saved: every change is written to the workspace as you make it. Copy the details below into a message to whoever maintains Kiem.</source>
        <translation>Kiem a rencontré un problème inattendu. Votre travail est enregistré&#xa0;: chaque modification est écrite dans l&apos;espace de travail au moment où vous la faites. Copiez les détails ci-dessous dans un message à la personne qui assure la maintenance de Kiem.</translation>
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
        <translation>Refuser la suggestion</translation>
    </message>
    <message>
        <source>The reviewer suggested:</source>
        <translation>Le relecteur a suggéré&#xa0;:</translation>
    </message>
    <message>
        <source>Why do you decline it?</source>
        <translation>Pourquoi la refusez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>The reviewer reads this.</source>
        <translation>Le relecteur le lira.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Add page</source>
        <translation>Ajouter une page</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Renommer la page</translation>
    </message>
    <message>
        <source>Edit page topics</source>
        <translation>Modifier les thèmes de la page</translation>
    </message>
    <message>
        <source>Move page</source>
        <translation>Déplacer la page</translation>
    </message>
    <message>
        <source>Duplicate page</source>
        <translation>Dupliquer la page</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Supprimer la page</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Edit block</source>
        <translation>Modifier le bloc</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Déplacer le bloc</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Dupliquer le bloc</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <source>{name} is too large for a module (200 MB at most).</source>
        <translation>{name} est trop volumineux pour un module (200 Mo au maximum).</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}</source>
        <translation>Impossible de lire {name}&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>This page is empty</source>
        <translation>Cette page est vide</translation>
    </message>
    <message>
        <source>One idea per page works best: a short text, an example or image, and perhaps a question to check it landed. Pick a first block:</source>
        <translation>Une idée par page, c&apos;est ce qui fonctionne le mieux&#xa0;: un court texte, un exemple ou une image, et peut-être une question pour vérifier que le message est passé. Choisissez un premier bloc&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <translation>Exporter &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>SCORM 1.2 — works in almost every LMS</source>
        <translation>SCORM 1.2 — fonctionne dans presque tous les LMS</translation>
    </message>
    <message>
        <source>SCORM 2004 (4th edition) — separate completion and success</source>
        <translation>SCORM 2004 (4e édition) — achèvement et réussite distincts</translation>
    </message>
    <message>
        <source>cmi5 (xAPI) — newer LMSs and platforms, with a learning record store</source>
        <translation>cmi5 (xAPI) — LMS et plateformes récents, avec un LRS</translation>
    </message>
    <message>
        <source>xAPI (Tin Can) — an LMS connected to a learning record store</source>
        <translation>xAPI (Tin Can) — un LMS relié à un LRS</translation>
    </message>
    <message>
        <source>Web page (HTML, zip) — no LMS needed</source>
        <translation>Page web (HTML, zip) — sans LMS</translation>
    </message>
    <message>
        <source>PDF — to print or to share</source>
        <translation>PDF — à imprimer ou à partager</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Trainer copy, with answers and feedback</source>
        <translation>Version formateur, avec réponses et feedback</translation>
    </message>
    <message>
        <source>PDF:</source>
        <translation>PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Export even if the check finds errors</source>
        <translation>Exporter même si la vérification trouve des erreurs</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers le dossier</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists and is not an earlier export of this module. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà et n&apos;est pas un export précédent de ce module. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Done. Upload the package to your LMS, or open it to check.</source>
        <translation>Terminé. Déposez le paquet dans votre LMS, ou ouvrez-le pour le vérifier.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Not exported: the module has errors. Fix them, or tick “Export even if the check finds errors”.</source>
        <translation>Non exporté&#xa0;: le module contient des erreurs. Corrigez-les, ou cochez «&#xa0;Exporter même si la vérification trouve des erreurs&#xa0;».</translation>
    </message>
    <message>
        <source>Not exported: something unexpected went wrong. The details below help whoever maintains Kiem.</source>
        <translation>Non exporté&#xa0;: une erreur inattendue s&apos;est produite. Les détails ci-dessous aideront la personne qui assure la maintenance de Kiem.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ExtraRow</name>
    <message>
        <source>Extra match that fits nothing</source>
        <translation>Correspondance supplémentaire qui ne va avec rien</translation>
    </message>
    <message>
        <source>Extra match</source>
        <translation>Correspondance supplémentaire</translation>
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
        <translation>Ce que l&apos;apprenant lit après avoir choisi cette réponse</translation>
    </message>
    <message>
        <source>Feedback for this answer (optional)</source>
        <translation>Feedback pour cette réponse (facultatif)</translation>
    </message>
    <message>
        <source>Feedback for this answer</source>
        <translation>Feedback pour cette réponse</translation>
    </message>
</context>
<context>
    <name>FillInEditor</name>
    <message>
        <source>List every answer you accept, such as other spellings. Spaces around the answer do not count.</source>
        <translation>Indiquez toutes les réponses que vous acceptez, par exemple d&apos;autres orthographes. Les espaces autour de la réponse ne comptent pas.</translation>
    </message>
    <message>
        <source>Add accepted answer</source>
        <translation>Ajouter une réponse acceptée</translation>
    </message>
    <message>
        <source>Upper and lower case must match</source>
        <translation>Respecter les majuscules et les minuscules</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Add alt text, or mark the image decorative.</source>
        <translation>Ajoutez un texte alternatif, ou marquez l&apos;image comme décorative.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The file is missing; choose it again.</source>
        <translation>Le fichier est introuvable&#xa0;; choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>This text is empty.</source>
        <translation>Ce texte est vide.</translation>
    </message>
    <message>
        <source>Add a transcript for people who cannot hear it.</source>
        <translation>Ajoutez une transcription pour les personnes qui ne peuvent pas l&apos;entendre.</translation>
    </message>
    <message>
        <source>A choice leads nowhere yet: pick a page for it.</source>
        <translation>Un choix ne mène encore nulle part&#xa0;: choisissez-lui une page.</translation>
    </message>
    <message>
        <source>A choice leads to a deleted page.</source>
        <translation>Un choix mène à une page supprimée.</translation>
    </message>
    <message>
        <source>Offer at least two choices.</source>
        <translation>Proposez au moins deux choix.</translation>
    </message>
    <message>
        <source>The prompt asks nothing yet.</source>
        <translation>La consigne ne pose encore aucune question.</translation>
    </message>
    <message>
        <source>Choose a question bank.</source>
        <translation>Choisissez une banque de questions.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Problems in the module</source>
        <translation>Problèmes dans le module</translation>
    </message>
    <message>
        <source>Error: export refuses to start until it is fixed</source>
        <translation>Erreur&#xa0;: l&apos;export ne démarre pas tant qu&apos;elle n&apos;est pas corrigée</translation>
    </message>
    <message>
        <source>Warning: advice for a better module</source>
        <translation>Avertissement&#xa0;: un conseil pour un meilleur module</translation>
    </message>
    <message>
        <source>No module open.</source>
        <translation>Aucun module ouvert.</translation>
    </message>
    <message>
        <source>No problems found: ready to export</source>
        <translation>Aucun problème trouvé&#xa0;: prêt pour l&apos;export</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
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
        <translation>Gardez chaque face courte&#xa0;: un terme au recto, une explication d&apos;une ligne au verso.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Card {n}</source>
        <translation>Carte {n}</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Review groups</source>
        <translation>Groupes de relecture</translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Vos groupes</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nouveau groupe…</translation>
    </message>
    <message>
        <source>Join a group…</source>
        <translation>Rejoindre un groupe…</translation>
    </message>
    <message>
        <source>Team hub…</source>
        <translation>Hub de l&apos;équipe…</translation>
    </message>
    <message>
        <source>Groups on the team&apos;s server: connect, join, move a folder group there, follow every group</source>
        <translation>Les groupes sur le serveur de l&apos;équipe&#xa0;: se connecter, rejoindre, y déplacer un groupe de dossier, suivre tous les groupes</translation>
    </message>
    <message>
        <source>You are in no review group yet</source>
        <translation>Vous ne faites encore partie d&apos;aucun groupe de relecture</translation>
    </message>
    <message>
        <source>Start a group in a folder your colleagues can reach, or join a colleague&apos;s group by choosing its folder. Modules are reviewed within a group.</source>
        <translation>Créez un groupe dans un dossier accessible à vos collègues, ou rejoignez le groupe d&apos;un collègue en choisissant son dossier. Les modules sont relus au sein d&apos;un groupe.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation>Règles de relecture</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Approvals a version needs:</source>
        <translation>Approbations requises par version&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewers per request:</source>
        <translation>Relecteurs par demande&#xa0;:</translation>
    </message>
    <message>
        <source>Time to review:</source>
        <translation>Délai de relecture&#xa0;:</translation>
    </message>
    <message>
        <source>Review published modules again after:</source>
        <translation>Relire les modules publiés après&#xa0;:</translation>
    </message>
    <message>
        <source>Only the group&apos;s leads change these.</source>
        <translation>Seuls les responsables du groupe peuvent les modifier.</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Dossier partagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A lead of the group still has to confirm you; until then you cannot submit or review. Your key, for them to compare: %1</source>
        <translation>Un responsable du groupe doit encore vous confirmer&#xa0;; d&apos;ici là, vous ne pouvez ni soumettre ni relire. Votre clé, à lui faire comparer&#xa0;: %1</translation>
    </message>
    <message>
        <source>One person asked to join.</source>
        <translation>Une personne a demandé à rejoindre le groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n people asked to join.</source>
        <translation>
            <numerusform>%n personne a demandé à rejoindre le groupe.</numerusform>
            <numerusform>%n personnes ont demandé à rejoindre le groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before you confirm someone, ask them to read out the key Kiem shows them under Review › Who am I…, and compare it with the key shown here.</source>
        <translation>Avant de confirmer quelqu&apos;un, demandez-lui de vous lire à voix haute la clé que Kiem lui affiche sous Relecture › Qui suis-je…, et comparez-la avec la clé affichée ici.</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (vous)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Leads confirm members and set the rules; admins also export and publish approved modules.</source>
        <translation>Les responsables confirment les membres et fixent les règles&#xa0;; les administrateurs exportent et publient aussi les modules approuvés.</translation>
    </message>
    <message>
        <source>People who are away are not asked to review.</source>
        <translation>Les personnes absentes ne sont pas sollicitées pour relire.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Another key claims this email · %1</source>
        <translation>Une autre clé revendique cet e-mail · %1</translation>
    </message>
    <message>
        <source>A new laptop of theirs, or someone else: confirm only if %1 read this fingerprint out to you</source>
        <translation>Un nouvel ordinateur portable de cette personne, ou quelqu&apos;un d&apos;autre&#xa0;: ne confirmez que si %1 vous a lu cette empreinte à voix haute</translation>
    </message>
    <message>
        <source>Waiting · key %1</source>
        <translation>En attente · clé %1</translation>
    </message>
    <message>
        <source>The fingerprint of the key they joined with; confirm only the one they read out to you</source>
        <translation>L&apos;empreinte de la clé avec laquelle cette personne a rejoint le groupe&#xa0;; ne confirmez que celle qu&apos;elle vous a lue à voix haute</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>Confirmer %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Choose the shared folder of the group</source>
        <translation>Choisissez le dossier partagé du groupe</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Groupe non rejoint</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Team hub</source>
        <translation>Hub de l&apos;équipe</translation>
    </message>
    <message>
        <source>A team hub keeps your groups on the team&apos;s PostgreSQL server. Ask your admin for its address; your password is kept on this computer, readable by you only.</source>
        <translation>Un hub d&apos;équipe conserve vos groupes sur le serveur PostgreSQL de l&apos;équipe. Demandez son adresse à votre administrateur&#xa0;; votre mot de passe est conservé sur cet ordinateur, lisible par vous seul.</translation>
    </message>
    <message>
        <source>postgresql://you@server.example.org/kiem</source>
        <translation>postgresql://vous@serveur.example.org/kiem</translation>
    </message>
    <message>
        <source>only when connecting for the first time</source>
        <translation>uniquement lors de la première connexion</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Groups on the hub</source>
        <translation>Groupes sur le hub</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Found it (you lead it)</source>
        <translation>Le créer (vous en êtes responsable)</translation>
    </message>
    <message>
        <source>Move my group here</source>
        <translation>Déplacer mon groupe ici</translation>
    </message>
    <message>
        <source>Follow every group (admins)</source>
        <translation>Suivre tous les groupes (administrateurs)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source> — on this hub</source>
        <translation> — sur ce hub</translation>
    </message>
    <message>
        <source> — in a shared folder</source>
        <translation> — dans un dossier partagé</translation>
    </message>
    <message>
        <source>%1 (1 member)</source>
        <translation>%1 (1 membre)</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1 (%2 membres)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n group(s) you may see.</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n groupe visible pour vous.</numerusform>
            <numerusform>Connecté&#xa0;: %n groupes visibles pour vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Demande d&apos;adhésion…</translation>
    </message>
    <message>
        <source>Asked to join; a lead of the group confirms you.</source>
        <translation>Demande envoyée&#xa0;; un responsable du groupe va vous confirmer.</translation>
    </message>
    <message>
        <source>Founding…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Founded: you lead it. Its members can join now.</source>
        <translation>Groupe créé&#xa0;: vous en êtes responsable. Ses membres peuvent maintenant le rejoindre.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Déplacement…</translation>
    </message>
    <message>
        <source>Moved: the group syncs through the hub from now on.</source>
        <translation>Déplacé&#xa0;: le groupe se synchronise désormais via le hub.</translation>
    </message>
    <message>
        <source>Following…</source>
        <translation>Abonnement…</translation>
    </message>
    <message>
        <source>Following every group you may read.</source>
        <translation>Vous suivez tous les groupes que vous pouvez lire.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Tell Kiem who you are</source>
        <translation>Dites à Kiem qui vous êtes</translation>
    </message>
    <message>
        <source>Your name and email go with everything you submit, comment on or approve, so your group knows who wrote what. They stay on this computer and in your group&apos;s shared folder.</source>
        <translation>Votre nom et votre adresse e-mail accompagnent tout ce que vous soumettez, commentez ou approuvez, pour que votre groupe sache qui a écrit quoi. Ils restent sur cet ordinateur et dans le dossier partagé de votre groupe.</translation>
    </message>
    <message>
        <source>e.g. Ann Lindqvist</source>
        <translation>p. ex. Anne Dupont</translation>
    </message>
    <message>
        <source>e.g. ann@example.com</source>
        <translation>p. ex. anne@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Your groups know you by this email, so it stays.</source>
        <translation>Vos groupes vous connaissent par cette adresse e-mail&#xa0;: elle ne peut donc pas changer.</translation>
    </message>
    <message>
        <source>Your key: %1</source>
        <translation>Votre clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A group lead compares this with what they see before confirming you. Read it out to them.</source>
        <translation>Un responsable du groupe la compare avec ce qu&apos;il voit avant de vous confirmer. Lisez-la-lui à voix haute.</translation>
    </message>
    <message>
        <source>Not reviewing with a group? Choose “Not now”; Kiem asks again when you first need it.</source>
        <translation>Vous ne relisez pas avec un groupe&#xa0;? Choisissez «&#xa0;Pas maintenant&#xa0;»&#xa0;; Kiem vous le redemandera quand vous en aurez besoin.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ImageForm</name>
    <message>
        <source>e.g. The login page with the address bar circled: the address ends in example.net</source>
        <translation>p. ex. La page de connexion avec la barre d&apos;adresse entourée&#xa0;: l&apos;adresse se termine par example.net</translation>
    </message>
    <message>
        <source>Decorative image (adds nothing a learner needs)</source>
        <translation>Image décorative (n&apos;apporte rien dont l&apos;apprenant a besoin)</translation>
    </message>
    <message>
        <source>Optional; shown under the image</source>
        <translation>Facultatif&#xa0;; affiché sous l&apos;image</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Describe what matters in the image for someone who cannot see it.</source>
        <translation>Décrivez ce qui compte dans l&apos;image pour une personne qui ne peut pas la voir.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Choisir une image</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 item(s) will be skipped, %2 note(s): see the details.</source>
        <translation>%1 élément(s) seront ignorés, %2 remarque(s)&#xa0;: voir les détails.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not imported: something unexpected went wrong.
%1</source>
        <translation>Non importé&#xa0;: une erreur inattendue s&apos;est produite.
%1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Asked to review</source>
        <translation>Relectures demandées</translation>
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
        <translation>Version</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Nothing waits for your review.</source>
        <translation>Rien n&apos;attend votre relecture.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Ouvrir la relecture</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
    <message>
        <source>None of your modules is in review. Submit one from the editor with Module › Submit for review…</source>
        <translation>Aucun de vos modules n&apos;est en relecture. Soumettez-en un depuis l&apos;éditeur avec Module › Soumettre pour relecture…</translation>
    </message>
    <message>
        <source>Other reviews in your groups</source>
        <translation>Autres relectures dans vos groupes</translation>
    </message>
    <message>
        <source>Anyone in the group may read these and comment</source>
        <translation>Tous les membres du groupe peuvent les lire et les commenter</translation>
    </message>
    <message>
        <source>No other reviews are open in your groups.</source>
        <translation>Aucune autre relecture n&apos;est ouverte dans vos groupes.</translation>
    </message>
    <message>
        <source>Who am I…</source>
        <translation>Qui suis-je…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Groupes…</translation>
    </message>
    <message>
        <source>Say who you are first: reviews carry your name and email.</source>
        <translation>Indiquez d&apos;abord qui vous êtes&#xa0;: les relectures portent votre nom et votre adresse e-mail.</translation>
    </message>
    <message>
        <source>You are in no review group yet. Start one in a shared folder, or join a colleague&apos;s.</source>
        <translation>Vous ne faites encore partie d&apos;aucun groupe de relecture. Créez-en un dans un dossier partagé, ou rejoignez celui d&apos;un collègue.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>échéance demain</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Remplacé par une version plus récente</translation>
    </message>
    <message>
        <source>reviewing</source>
        <translation>relit</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>a approuvé</translation>
    </message>
    <message>
        <source>asked for changes</source>
        <translation>a demandé des modifications</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>a commenté</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
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
        <translation>Nouveau module…</translation>
    </message>
    <message>
        <source>Create a module: blank, from a template or the sample</source>
        <translation>Créer un module&#xa0;: vierge, à partir d&apos;un modèle ou de l&apos;exemple</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected module (Enter or double-click)</source>
        <translation>Ouvrir le module sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected module as a new draft</source>
        <translation>Copier le module sélectionné comme nouveau brouillon</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the selected modules to the trash</source>
        <translation>Mettre les modules sélectionnés à la corbeille</translation>
    </message>
    <message>
        <source>Module folder…</source>
        <translation>Dossier de module…</translation>
    </message>
    <message>
        <source>Import a module written as a folder of Markdown files</source>
        <translation>Importer un module écrit sous forme de dossier de fichiers Markdown</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Kiem bundle (.kiem)…</source>
        <translation>Paquet Kiem (.kiem)…</translation>
    </message>
    <message>
        <source>Import a module a colleague saved as a bundle</source>
        <translation>Importer un module qu&apos;un collègue a enregistré comme paquet</translation>
    </message>
    <message>
        <source>Questions into a bank (GIFT)…</source>
        <translation>Questions dans une banque (GIFT)…</translation>
    </message>
    <message>
        <source>Add the questions of a GIFT file to a question bank</source>
        <translation>Ajouter les questions d&apos;un fichier GIFT à une banque de questions</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import a module folder, a bundle or questions</source>
        <translation>Importer un dossier de module, un paquet ou des questions</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Exporter un paquet…</translation>
    </message>
    <message>
        <source>Save the selected module as one .kiem file to share</source>
        <translation>Enregistrer le module sélectionné dans un seul fichier .kiem à partager</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Show deleted modules, to restore them or to empty the trash</source>
        <translation>Afficher les modules supprimés, pour les restaurer ou vider la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Take the selected modules out of the trash</source>
        <translation>Sortir les modules sélectionnés de la corbeille</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Delete every module in the trash for good</source>
        <translation>Supprimer définitivement tous les modules de la corbeille</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search modules</source>
        <translation>Rechercher des modules</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Duplicate module</source>
        <translation>Dupliquer le module</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n modules</source>
        <translation>
            <numerusform>Dupliquer %n module</numerusform>
            <numerusform>Dupliquer %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>Supprimer le module</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n modules</source>
        <translation>
            <numerusform>Supprimer %n module</numerusform>
            <numerusform>Supprimer %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore module</source>
        <translation>Restaurer le module</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n modules</source>
        <translation>
            <numerusform>Restaurer %n module</numerusform>
            <numerusform>Restaurer %n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <source>Search titles and text…</source>
        <translation>Rechercher dans les titres et le texte…</translation>
    </message>
    <message>
        <source>Search modules</source>
        <translation>Rechercher des modules</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtrer par groupe</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Newest change first</source>
        <translation>Modifiés récemment d&apos;abord</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titre de A à Z</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Meilleure correspondance d&apos;abord</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
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
            <numerusform>Environ %n min pour le terminer</numerusform>
            <numerusform>Environ %n min pour le terminer</numerusform>
        </translation>
    </message>
    <message>
        <source>The review-by date (%1) has passed: check that the content is still right.</source>
        <translation>La date de révision (%1) est dépassée&#xa0;: vérifiez que le contenu est toujours correct.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Révision en retard</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
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
        <translation>Les modules supprimés attendent ici. Restaurez-en un pour le récupérer, ou videz la corbeille pour les supprimer définitivement.</translation>
    </message>
    <message>
        <source>Back to modules</source>
        <translation>Retour aux modules</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No module matches these filters</source>
        <translation>Aucun module ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer or shorter words, or clear the filters.</source>
        <translation>Vérifiez l&apos;orthographe, essayez avec moins de mots ou des mots plus courts, ou effacez les filtres.</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>La corbeille est vide</translation>
    </message>
    <message>
        <source>Modules you delete wait here until you empty the trash.</source>
        <translation>Les modules que vous supprimez attendent ici jusqu&apos;à ce que vous vidiez la corbeille.</translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation>Pas encore de modules</translation>
    </message>
    <message>
        <source>Create your first module with “New module…”, or import one.</source>
        <translation>Créez votre premier module avec «&#xa0;Nouveau module…&#xa0;», ou importez-en un.</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>«&#xa0;%1&#xa0;» a été mis à la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>%n modules moved to the trash.</source>
        <translation>
            <numerusform>%n module mis à la corbeille.</numerusform>
            <numerusform>%n modules mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is back in the library.</source>
        <translation>«&#xa0;%1&#xa0;» est de retour dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n modules are back in the library.</source>
        <translation>
            <numerusform>%n module est de retour dans la bibliothèque.</numerusform>
            <numerusform>%n modules sont de retour dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Vider la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>Supprimer définitivement «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n modules in the trash for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %n module de la corbeille&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement les %n modules de la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: the modules, their pages and their files are gone for good.</source>
        <translation>Cette action est irréversible&#xa0;: les modules, leurs pages et leurs fichiers disparaîtront définitivement.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
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
        <translation>Ouverture de l’espace de travail…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving %1 edits typed before Kiem last closed, which the workspace could not take then</source>
        <translation>Enregistrement de %1 modifications saisies avant la dernière fermeture de Kiem, que l&apos;espace de travail ne pouvait pas accepter à ce moment-là</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New module…</source>
        <translation>&amp;Nouveau module…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>List what to fix before export (F7)</source>
        <translation>Lister ce qu&apos;il faut corriger avant l&apos;export (F7)</translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Which questions work, from learners&apos; results (Ctrl+Shift+R)</source>
        <translation>Quelles questions fonctionnent, d’après les résultats des apprenants (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show or hide the reviewers&apos; comments on this module (Ctrl+Shift+M)</source>
        <translation>Afficher ou masquer les commentaires des relecteurs sur ce module (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Typing that waits for the workspace would be missing from the export: %1</source>
        <translation>Des saisies qui attendent l&apos;espace de travail manqueraient dans l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Cela n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <source>Write here. Short paragraphs read best; use the buttons above for headings, lists and links.</source>
        <translation>Écrivez ici. Les paragraphes courts se lisent mieux&#xa0;; utilisez les boutons ci-dessus pour les titres, les listes et les liens.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Show and type the Markdown behind the text</source>
        <translation>Afficher et saisir le Markdown derrière le texte</translation>
    </message>
    <message>
        <source>Address the words link to:</source>
        <translation>Adresse vers laquelle pointe le lien&#xa0;:</translation>
    </message>
    <message>
        <source>Column 1</source>
        <translation>Colonne 1</translation>
    </message>
    <message>
        <source>Column 2</source>
        <translation>Colonne 2</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
</context>
<context>
    <name>MatchingEditor</name>
    <message>
        <source>Write each item with its match. Learners see the matches shuffled.</source>
        <translation>Écrivez chaque élément avec sa correspondance. Les apprenants voient les correspondances dans le désordre.</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Ajouter une paire</translation>
    </message>
    <message>
        <source>Extra matches make guessing harder (optional):</source>
        <translation>Des correspondances supplémentaires rendent le devinage plus difficile (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Add extra match</source>
        <translation>Ajouter une correspondance supplémentaire</translation>
    </message>
</context>
<context>
    <name>MediaForm</name>
    <message>
        <source>What learners will hear or watch</source>
        <translation>Ce que les apprenants vont écouter ou regarder</translation>
    </message>
    <message>
        <source>Paste or type what is said, in order.</source>
        <translation>Collez ou saisissez ce qui est dit, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>A transcript helps people who cannot hear it, or cannot play sound at work.</source>
        <translation>Une transcription aide les personnes qui ne peuvent pas l&apos;entendre, ou qui ne peuvent pas activer le son au travail.</translation>
    </message>
    <message>
        <source>Choose video</source>
        <translation>Choisir une vidéo</translation>
    </message>
    <message>
        <source>Choose audio</source>
        <translation>Choisir un fichier audio</translation>
    </message>
</context>
<context>
    <name>ModuleSettingsDialog</name>
    <message>
        <source>Module settings</source>
        <translation>Paramètres du module</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Separate keywords with commas</source>
        <translation>Séparez les mots-clés par des virgules</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>Pas de date de révision</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>À revoir avant le&#xa0;:</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Learners go through the pages in order, or where the branching rules send them.</source>
        <translation>Les apprenants parcourent les pages dans l&apos;ordre, ou là où les règles d&apos;embranchement les envoient.</translation>
    </message>
    <message>
        <source>Learners may open any page at any time, in any order.</source>
        <translation>Les apprenants peuvent ouvrir n&apos;importe quelle page à tout moment, dans n&apos;importe quel ordre.</translation>
    </message>
    <message>
        <source>Send learners who fail back to the pages on the topics they missed</source>
        <translation>Renvoyer les apprenants qui échouent vers les pages des thèmes qu&apos;ils n&apos;ont pas maîtrisés</translation>
    </message>
    <message>
        <source>Branching rules:</source>
        <translation>Règles d&apos;embranchement&#xa0;:</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>The module counts as complete when the learner has:</source>
        <translation>Le module est considéré comme terminé lorsque l&apos;apprenant a&#xa0;:</translation>
    </message>
    <message>
        <source>Viewed all pages</source>
        <translation>Consulté toutes les pages</translation>
    </message>
    <message>
        <source>Passed the test</source>
        <translation>Réussi le test</translation>
    </message>
    <message>
        <source>Viewed all pages and passed the test</source>
        <translation>Consulté toutes les pages et réussi le test</translation>
    </message>
    <message>
        <source>Give the module a title.</source>
        <translation>Donnez un titre au module.</translation>
    </message>
    <message>
        <source>Branching rule %1 is incomplete: choose a page, a question, an option where needed and the page to go to, or remove the rule.</source>
        <translation>La règle d&apos;embranchement %1 est incomplète&#xa0;: choisissez une page, une question, une option si nécessaire et la page de destination, ou supprimez la règle.</translation>
    </message>
    <message>
        <source>Change module settings</source>
        <translation>Modifier les paramètres du module</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New review group</source>
        <translation>Nouveau groupe de relecture</translation>
    </message>
    <message>
        <source>Start a review group</source>
        <translation>Créer un groupe de relecture</translation>
    </message>
    <message>
        <source>A group reviews through one folder that everyone in it can open: a shared drive, or a folder your company already syncs. Kiem only adds small files there and never changes or deletes them. You become the group&apos;s lead and confirm who joins.</source>
        <translation>Un groupe relit via un dossier que tous ses membres peuvent ouvrir&#xa0;: un lecteur partagé, ou un dossier que votre entreprise synchronise déjà. Kiem n&apos;y ajoute que de petits fichiers et ne les modifie ni ne les supprime jamais. Vous devenez responsable du groupe et confirmez qui le rejoint.</translation>
    </message>
    <message>
        <source>e.g. IT creators</source>
        <translation>p. ex. Concepteurs IT</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>A folder your whole group can reach</source>
        <translation>Un dossier accessible à tout votre groupe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>&amp;Dossier partagé&#xa0;:</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Créer le groupe</translation>
    </message>
    <message>
        <source>Choose the group&apos;s shared folder</source>
        <translation>Choisissez le dossier partagé du groupe</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Choisissez d&apos;abord le dossier partagé.</translation>
    </message>
    <message>
        <source>Kiem cannot write in that folder (%1). Choose one you can write to.</source>
        <translation>Kiem ne peut pas écrire dans ce dossier (%1). Choisissez-en un dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>NewModuleDialog</name>
    <message>
        <source>New module</source>
        <translation>Nouveau module</translation>
    </message>
    <message>
        <source>For example: Booking a meeting room</source>
        <translation>Par exemple&#xa0;: Réserver une salle de réunion</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>The language learners read the module in</source>
        <translation>La langue dans laquelle les apprenants lisent le module</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Blank module</source>
        <translation>Module vierge</translation>
    </message>
    <message>
        <source>The sample module</source>
        <translation>Le module d&apos;exemple</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>An empty module: you add the pages and blocks yourself.</source>
        <translation>Un module vide&#xa0;: vous ajoutez vous-même les pages et les blocs.</translation>
    </message>
    <message>
        <source>A finished module about spotting and reporting phishing emails, in English, with a quiz. Look around, change anything, and delete it when you no longer need it. It keeps its own title.</source>
        <translation>Un module terminé sur la détection et le signalement des e-mails d&apos;hameçonnage, en anglais, avec un quiz. Explorez-le, modifiez ce que vous voulez et supprimez-le quand vous n&apos;en avez plus besoin. Il garde son propre titre.</translation>
    </message>
    <message>
        <source>Each page comes with placeholder text that says what to write there.</source>
        <translation>Chaque page contient un texte indicatif qui dit quoi y écrire.</translation>
    </message>
    <message>
        <source>Add the sample module</source>
        <translation>Ajouter le module d&apos;exemple</translation>
    </message>
    <message>
        <source>New module from a template</source>
        <translation>Nouveau module à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>The module was not created: %1</source>
        <translation>Le module n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NoPages</name>
    <message>
        <source>This module has no pages yet</source>
        <translation>Ce module n&apos;a pas encore de pages</translation>
    </message>
    <message>
        <source>A good module has a few short pages, each with one idea.</source>
        <translation>Un bon module compte quelques pages courtes, chacune avec une seule idée.</translation>
    </message>
    <message>
        <source>Add the first page</source>
        <translation>Ajouter la première page</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NumberRow</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Accepted value</source>
        <translation>Valeur acceptée</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Margin either side</source>
        <translation>Marge de part et d&apos;autre</translation>
    </message>
    <message>
        <source>How far off an answer may be and still count</source>
        <translation>L&apos;écart toléré pour qu&apos;une réponse compte encore</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Score in percent</source>
        <translation>Score en pour cent</translation>
    </message>
    <message>
        <source>Share of the points this answer gives; 100 % is fully right, less gives partial credit</source>
        <translation>Part des points que rapporte cette réponse&#xa0;; 100&#xa0;% est entièrement juste, moins donne un crédit partiel</translation>
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
        <translation>Saisissez le nombre correct et l&apos;écart toléré (15 ± 0 signifie exactement 15). Ajoutez d&apos;autres valeurs pour un crédit partiel.</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Ajouter une valeur</translation>
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <source>List the items in the right order. Learners see them shuffled.</source>
        <translation>Indiquez les éléments dans le bon ordre. Les apprenants les voient dans le désordre.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Untitled page</source>
        <translation>Page sans titre</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>Ajouter une page</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Renommer la page</translation>
    </message>
    <message>
        <source>Duplicate page</source>
        <translation>Dupliquer la page</translation>
    </message>
    <message>
        <source>Move page up</source>
        <translation>Monter la page</translation>
    </message>
    <message>
        <source>Move page down</source>
        <translation>Descendre la page</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Supprimer la page</translation>
    </message>
    <message>
        <source>Quiz page from a question file…</source>
        <translation>Page de quiz depuis un fichier de questions…</translation>
    </message>
    <message>
        <source>Put the questions of a GIFT or Moodle XML file on a new page at the end</source>
        <translation>Placer les questions d’un fichier GIFT ou Moodle XML sur une nouvelle page, à la fin</translation>
    </message>
    <message>
        <source>(no blocks yet)</source>
        <translation>(pas encore de blocs)</translation>
    </message>
</context>
<context>
    <name>PageEditor</name>
    <message>
        <source>Open a module to edit its pages.</source>
        <translation>Ouvrez un module pour modifier ses pages.</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <source>Add a block after the selected one</source>
        <translation>Ajouter un bloc après celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Page {n} of {count}</source>
        <translation>Page {n} sur {count}</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Item on the left</source>
        <translation>Élément de gauche</translation>
    </message>
    <message>
        <source>Its match</source>
        <translation>Sa correspondance</translation>
    </message>
    <message>
        <source>Matching item on the right</source>
        <translation>Élément correspondant à droite</translation>
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
        <translation>Ajouter un bloc</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>A new interface language is used from the next start of Kiem.</source>
        <translation>La nouvelle langue de l&apos;interface sera utilisée au prochain démarrage de Kiem.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>The preview shows the page as learners will see it.</source>
        <translation>L&apos;aperçu montre la page telle que les apprenants la verront.</translation>
    </message>
    <message>
        <source>Restart the preview</source>
        <translation>Relancer l&apos;aperçu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Learners see this module in %1 — change it in Module › Settings.</source>
        <translation>Les apprenants voient ce module en %1 — modifiez-le dans Module › Paramètres.</translation>
    </message>
    <message>
        <source>stopped unexpectedly</source>
        <translation>s&apos;est arrêté de manière inattendue</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>a planté</translation>
    </message>
    <message>
        <source>was stopped by the system (out of memory?)</source>
        <translation>a été arrêté par le système (mémoire insuffisante&#xa0;?)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>s&apos;est arrêté</translation>
    </message>
    <message>
        <source>The preview %1 (exit code %2). Your work is safe and the editor keeps working. Restart the preview, or export as HTML to see the module in a browser.</source>
        <translation>L&apos;aperçu %1 (code de sortie %2). Votre travail est en sécurité et l&apos;éditeur continue de fonctionner. Relancez l&apos;aperçu, ou exportez en HTML pour voir le module dans un navigateur.</translation>
    </message>
    <message>
        <source>The preview cannot show this page yet: %1</source>
        <translation>L&apos;aperçu ne peut pas encore afficher cette page&#xa0;: %1</translation>
    </message>
    <message>
        <source>The preview cannot start on this computer: %1. Your work is safe and the editor keeps working; export as HTML to see the module in a browser.</source>
        <translation>L&apos;aperçu ne peut pas démarrer sur cet ordinateur&#xa0;: %1. Votre travail est en sécurité et l&apos;éditeur continue de fonctionner&#xa0;; exportez en HTML pour voir le module dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>ProblemHint</name>
    <message>
        <source>To finish this question:</source>
        <translation>Pour terminer cette question&#xa0;:</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>À vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Mark the right answer.</source>
        <translation>Indiquez la bonne réponse.</translation>
    </message>
    <message>
        <source>Tick at least one right answer.</source>
        <translation>Cochez au moins une bonne réponse.</translation>
    </message>
    <message>
        <source>Add at least one accepted answer.</source>
        <translation>Ajoutez au moins une réponse acceptée.</translation>
    </message>
    <message>
        <source>Type the right number (with a score above 0 %).</source>
        <translation>Saisissez le nombre correct (avec un score supérieur à 0&#xa0;%).</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Rédigez la question.</translation>
    </message>
    <message>
        <source>Write at least two answer options.</source>
        <translation>Rédigez au moins deux options de réponse.</translation>
    </message>
    <message>
        <source>Only one answer can be right; for more, choose “Multiple response”.</source>
        <translation>Une seule réponse peut être juste&#xa0;; pour en avoir plusieurs, choisissez «&#xa0;Réponses multiples&#xa0;».</translation>
    </message>
    <message>
        <source>Fill in or remove the empty option.</source>
        <translation>Complétez ou supprimez l&apos;option vide.</translation>
    </message>
    <message>
        <source>Two options share an id; remove one and add it again.</source>
        <translation>Deux options ont le même identifiant&#xa0;; supprimez-en une et ajoutez-la à nouveau.</translation>
    </message>
    <message>
        <source>Add at least two pairs.</source>
        <translation>Ajoutez au moins deux paires.</translation>
    </message>
    <message>
        <source>Give every item its match, or remove the pair.</source>
        <translation>Donnez une correspondance à chaque élément, ou supprimez la paire.</translation>
    </message>
    <message>
        <source>Add at least two items to put in order.</source>
        <translation>Ajoutez au moins deux éléments à remettre en ordre.</translation>
    </message>
    <message>
        <source>The question is worth 0 points, so it does not count.</source>
        <translation>La question vaut 0 point&#xa0;: elle ne compte donc pas.</translation>
    </message>
</context>
<context>
    <name>QuestionBlockForm</name>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter la question</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuestionDrawForm</name>
    <message>
        <source>e.g. links, reporting (leave empty for all)</source>
        <translation>p. ex. liens, signalement (laisser vide pour toutes)</translation>
    </message>
    <message>
        <source>Counts towards the score</source>
        <translation>Compte dans le score</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banque de questions</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Nombre de questions</translation>
    </message>
    <message>
        <source>Only questions tagged</source>
        <translation>Uniquement les questions avec le tag</translation>
    </message>
    <message>
        <source>No question banks yet</source>
        <translation>Pas encore de banque de questions</translation>
    </message>
    <message>
        <source>{title} ({n} questions)</source>
        <translation>{title} ({n} questions)</translation>
    </message>
    <message>
        <source>(a deleted bank)</source>
        <translation>(une banque supprimée)</translation>
    </message>
    <message>
        <source>Import questions into a bank first (a GIFT file), then choose it here.</source>
        <translation>Importez d&apos;abord des questions dans une banque (un fichier GIFT), puis choisissez-la ici.</translation>
    </message>
    <message>
        <source>{n} questions in this bank match.</source>
        <translation>{n} questions de cette banque correspondent.</translation>
    </message>
    <message>
        <source>Draw fewer, or add questions to the bank.</source>
        <translation>Tirez-en moins, ou ajoutez des questions à la banque.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Réponses multiples</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Texte à compléter</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Put in order</source>
        <translation>Remise en ordre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: a short name to find it again</source>
        <translation>Facultatif&#xa0;: un nom court pour la retrouver</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>What do you ask the learner?</source>
        <translation>Que demandez-vous à l&apos;apprenant&#xa0;?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Ctrl+B for bold, Ctrl+I for italic</source>
        <translation>Ctrl+B pour le gras, Ctrl+I pour l&apos;italique</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question&#xa0;:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Shown when the answer is right (optional)</source>
        <translation>Affiché quand la réponse est juste (facultatif)</translation>
    </message>
    <message>
        <source>Shown when the answer is wrong; say what is right and why (optional)</source>
        <translation>Affiché quand la réponse est fausse&#xa0;; dites ce qui est juste et pourquoi (facultatif)</translation>
    </message>
    <message>
        <source>When right:</source>
        <translation>Si juste&#xa0;:</translation>
    </message>
    <message>
        <source>When wrong:</source>
        <translation>Si faux&#xa0;:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Topics, separated by commas, e.g. links, reporting</source>
        <translation>Thèmes, séparés par des virgules, p. ex. liens, signalement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags let a quiz draw questions by topic and send learners who miss them back to the right pages.</source>
        <translation>Les tags permettent à un quiz de tirer des questions par thème et de renvoyer les apprenants qui se trompent vers les bonnes pages.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags&#xa0;:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points&#xa0;:</translation>
    </message>
    <message>
        <source>Learners pick the one right answer.</source>
        <translation>Les apprenants choisissent l&apos;unique bonne réponse.</translation>
    </message>
    <message>
        <source>Learners tick every answer that applies.</source>
        <translation>Les apprenants cochent toutes les réponses qui conviennent.</translation>
    </message>
    <message>
        <source>Learners say whether a statement is true.</source>
        <translation>Les apprenants indiquent si une affirmation est vraie.</translation>
    </message>
    <message>
        <source>Learners type a word or a short answer.</source>
        <translation>Les apprenants saisissent un mot ou une réponse courte.</translation>
    </message>
    <message>
        <source>Learners match each item with its partner.</source>
        <translation>Les apprenants associent chaque élément à son correspondant.</translation>
    </message>
    <message>
        <source>Learners put the items in the right order.</source>
        <translation>Les apprenants remettent les éléments dans le bon ordre.</translation>
    </message>
    <message>
        <source>Learners type a number; close enough counts.</source>
        <translation>Les apprenants saisissent un nombre&#xa0;; une valeur assez proche compte.</translation>
    </message>
    <message>
        <source>Write the statement, e.g. “You only report an email when you are sure it is phishing.”</source>
        <translation>Rédigez l&apos;affirmation, p. ex. «&#xa0;Vous ne signalez un e-mail que si vous êtes sûr qu&apos;il s&apos;agit d&apos;hameçonnage.&#xa0;»</translation>
    </message>
</context>
<context>
    <name>QuestionRefForm</name>
    <message>
        <source>Counts towards the score</source>
        <translation>Compte dans le score</translation>
    </message>
    <message>
        <source>This question is missing.</source>
        <translation>Cette question est introuvable.</translation>
    </message>
</context>
<context>
    <name>QuizPageImport</name>
    <message>
        <source>Quiz page from a question file</source>
        <translation>Page de quiz depuis un fichier de questions</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Fichiers de questions (*.gift *.txt *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Put %n question(s) on a new quiz page “%2”?</source>
        <translation>
            <numerusform>Placer %n question sur une nouvelle page de quiz «&#xa0;%2&#xa0;»&#xa0;?</numerusform>
            <numerusform>Placer %n questions sur une nouvelle page de quiz «&#xa0;%2&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation>Ajouter la page</translation>
    </message>
    <message>
        <source>Quiz page from %1</source>
        <translation>Page de quiz depuis %1</translation>
    </message>
</context>
<context>
    <name>QuizSettingsDialog</name>
    <message>
        <source>Quiz settings</source>
        <translation>Paramètres du quiz</translation>
    </message>
    <message>
        <source>Change quiz settings</source>
        <translation>Modifier les paramètres du quiz</translation>
    </message>
</context>
<context>
    <name>QuizSettingsForm</name>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>The share of the points a learner needs to pass</source>
        <translation>La part des points dont un apprenant a besoin pour réussir</translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation>Seuil de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>How often a learner may take the quiz; 0 is unlimited</source>
        <translation>Nombre de fois qu&apos;un apprenant peut faire le quiz&#xa0;; 0 = illimité</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Shuffle the order of the questions</source>
        <translation>Mélanger l&apos;ordre des questions</translation>
    </message>
    <message>
        <source>Shuffle the answer options</source>
        <translation>Mélanger les options de réponse</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Right after each answer</source>
        <translation>Juste après chaque réponse</translation>
    </message>
    <message>
        <source>At the end of the quiz</source>
        <translation>À la fin du quiz</translation>
    </message>
    <message>
        <source>Never (only the score)</source>
        <translation>Jamais (seulement le score)</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Feedback&#xa0;:</translation>
    </message>
    <message>
        <source>Show the right answers with the feedback</source>
        <translation>Afficher les bonnes réponses avec le feedback</translation>
    </message>
</context>
<context>
    <name>ReflectionForm</name>
    <message>
        <source>e.g. Your inbox this month</source>
        <translation>p. ex. Votre boîte de réception ce mois-ci</translation>
    </message>
    <message>
        <source>e.g. Think of the last message that made you hesitate. What made you unsure?</source>
        <translation>p. ex. Pensez au dernier message qui vous a fait hésiter. Qu&apos;est-ce qui vous a fait douter&#xa0;?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Not scored: learners write for themselves; nothing is sent or graded.</source>
        <translation>Non noté&#xa0;: les apprenants écrivent pour eux-mêmes&#xa0;; rien n&apos;est envoyé ni évalué.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Version of the module</source>
        <translation>Version du module</translation>
    </message>
    <message>
        <source>The results could not be read: %1</source>
        <translation>Impossible de lire les résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Lecture des résultats…</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version not known</source>
        <translation>Version inconnue</translation>
    </message>
    <message>
        <source>All versions together</source>
        <translation>Toutes les versions ensemble</translation>
    </message>
    <message>
        <source>No module open.</source>
        <translation>Aucun module ouvert.</translation>
    </message>
    <message>
        <source>No results yet. Import an LMS&apos;s interactions report with kiem results import, or pull from an LRS with kiem results pull.</source>
        <translation>Pas encore de résultats. Importez le rapport des interactions d’un LMS avec kiem results import, ou récupérez-les d’un LRS avec kiem results pull.</translation>
    </message>
    <message>
        <source>%1 learners, each counted once (their first attempt)</source>
        <translation>%1 apprenants, chacun compté une fois (sa première tentative)</translation>
    </message>
    <message>
        <source>; mean score %1 %</source>
        <translation>&#xa0;; score moyen %1&#xa0;%</translation>
    </message>
    <message>
        <source>Learners are stored by name.</source>
        <translation>Les apprenants sont enregistrés sous leur nom.</translation>
    </message>
    <message>
        <source>Learners are stored as hashes, not by name.</source>
        <translation>Les apprenants sont enregistrés sous forme d’empreinte (hash), pas sous leur nom.</translation>
    </message>
    <message>
        <source>%1 attempts · facility %2 · discrimination %3 · efficiency %4</source>
        <translation>%1 tentatives · indice de facilité %2 · discrimination %3 · efficacité %4</translation>
    </message>
    <message>
        <source>Facility: the mean score as a share of the maximum. Discrimination: how the score on this question goes with the score on the rest of the test (Moodle&apos;s discrimination index). Efficiency: that, as a share of the most it could be.</source>
        <translation>Facilité&#xa0;: le score moyen rapporté au maximum. Discrimination&#xa0;: à quel point le score à cette question va de pair avec le score au reste du test (l’indice de discrimination de Moodle). Efficacité&#xa0;: cette discrimination rapportée au maximum qu’elle pourrait atteindre.</translation>
    </message>
    <message>
        <source>A right answer</source>
        <translation>Une bonne réponse</translation>
    </message>
    <message>
        <source>Chosen by %1 of %2</source>
        <translation>Choisie par %1 sur %2</translation>
    </message>
    <message>
        <source>Pages: learners who reached each</source>
        <translation>Pages&#xa0;: apprenants ayant atteint chacune</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Too few attempts to judge yet (a verdict needs 20).</source>
        <translation>Trop peu de tentatives pour juger (un verdict en demande 20).</translation>
    </message>
    <message>
        <source>Most people who know the topic get this wrong: check the right answer.</source>
        <translation>La plupart de ceux qui connaissent le sujet se trompent ici&#xa0;: vérifiez la bonne réponse.</translation>
    </message>
    <message>
        <source>People who do well on the rest of the test do worse on this one: check the right answer and the wording.</source>
        <translation>Ceux qui réussissent le reste du test réussissent moins bien cette question&#xa0;: vérifiez la bonne réponse et la formulation.</translation>
    </message>
    <message>
        <source>Nearly everyone gets this right, so it tells nobody apart: make it harder or drop it.</source>
        <translation>Presque tout le monde répond juste, elle ne distingue donc personne&#xa0;: rendez-la plus difficile ou retirez-la.</translation>
    </message>
    <message>
        <source>Nearly nobody gets this right: check that the module teaches it and that the right answer is right.</source>
        <translation>Presque personne ne répond juste&#xa0;: vérifiez que le module l’enseigne et que la bonne réponse est correcte.</translation>
    </message>
    <message>
        <source>Strong learners are split between two answers: the question may be ambiguous; reword it.</source>
        <translation>Les bons apprenants hésitent entre deux réponses&#xa0;: la question est peut-être ambiguë&#xa0;; reformulez-la.</translation>
    </message>
    <message>
        <source>It barely tells apart who knows the topic from who does not: sharpen the question or its wrong options.</source>
        <translation>Elle distingue à peine ceux qui connaissent le sujet des autres&#xa0;: précisez la question ou ses mauvaises réponses.</translation>
    </message>
    <message>
        <source>Works well: it tells apart who knows the topic.</source>
        <translation>Fonctionne bien&#xa0;: elle distingue ceux qui connaissent le sujet.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Submit for &amp;review…</source>
        <translation>&amp;Soumettre pour relecture…</translation>
    </message>
    <message>
        <source>Send this version to your group&apos;s reviewers</source>
        <translation>Envoyer cette version aux relecteurs de votre groupe</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>Boîte de &amp;réception</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Reviews asked of you, and your own requests</source>
        <translation>Les relectures qu&apos;on vous demande, et vos propres demandes</translation>
    </message>
    <message>
        <source>&amp;Approved and stale</source>
        <translation>&amp;Approuvés et périmés</translation>
    </message>
    <message>
        <source>Approved versions to export and publish, and modules due for another review</source>
        <translation>Les versions approuvées à exporter et à publier, et les modules à relire à nouveau</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Groupes…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Send and receive reviews through the group folders (Kiem also does this every two minutes)</source>
        <translation>Envoyer et recevoir les relectures via les dossiers des groupes (Kiem le fait aussi toutes les deux minutes)</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>&amp;Qui suis-je…</translation>
    </message>
    <message>
        <source>Back to inbox</source>
        <translation>Retour à la boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non soumis</translation>
    </message>
    <message>
        <source>“%1” version %2 went to %3 for review.</source>
        <translation>«&#xa0;%1&#xa0;» version %2 a été envoyé en relecture à %3.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>This build of Kiem cannot open reviews yet.</source>
        <translation>Cette version de Kiem ne peut pas encore ouvrir les relectures.</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>Impossible d&apos;ouvrir la relecture</translation>
    </message>
    <message>
        <source>You are in no review group yet: nothing to sync. See Review › Groups…</source>
        <translation>Vous ne faites encore partie d&apos;aucun groupe de relecture&#xa0;: rien à synchroniser. Voir Relecture › Groupes…</translation>
    </message>
    <message>
        <source>Your review of “%1” is due tomorrow</source>
        <translation>Votre relecture de «&#xa0;%1&#xa0;» est à rendre demain</translation>
    </message>
    <message>
        <source>Your review of “%1” is overdue</source>
        <translation>Votre relecture de «&#xa0;%1&#xa0;» est en retard</translation>
    </message>
    <message>
        <source>&amp;Inbox (%1)</source>
        <translation>Boîte de &amp;réception (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewPlayer</name>
    <message>
        <source>Preparing the version…</source>
        <translation>Préparation de la version…</translation>
    </message>
    <message>
        <source>The version under review, as learners see it</source>
        <translation>La version en relecture, telle que les apprenants la voient</translation>
    </message>
    <message>
        <source>Opening version %1 of “%2” as learners see it…</source>
        <translation>Ouverture de la version %1 de «&#xa0;%2&#xa0;» telle que les apprenants la voient…</translation>
    </message>
    <message>
        <source>This version cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher cette version&#xa0;: %1</translation>
    </message>
    <message>
        <source>The version did not open in the player.</source>
        <translation>La version ne s&apos;est pas ouverte dans le lecteur.</translation>
    </message>
</context>
<context>
    <name>ReviewSync</name>
    <message>
        <source>Not synced: %1</source>
        <translation>Non synchronisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not synced: something unexpected went wrong</source>
        <translation>Non synchronisé&#xa0;: une erreur inattendue s&apos;est produite</translation>
    </message>
    <message>
        <source>%1 asks you to review “%2” (version %3)</source>
        <translation>%1 vous demande de relire «&#xa0;%2&#xa0;» (version %3)</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>remplacé par une version plus récente</translation>
    </message>
    <message>
        <source>“%1” (version %2): %3</source>
        <translation>«&#xa0;%1&#xa0;» (version %2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>New comments or replies for you: %n</source>
        <translation>
            <numerusform>Nouveaux commentaires ou réponses pour vous&#xa0;: %n</numerusform>
            <numerusform>Nouveaux commentaires ou réponses pour vous&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group folder not reachable — %n waiting to send</source>
        <translation>
            <numerusform>Dossier du groupe inaccessible — %n élément en attente d&apos;envoi</numerusform>
            <numerusform>Dossier du groupe inaccessible — %n éléments en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder of “%1” not reachable — %n waiting to send</source>
        <translation>
            <numerusform>Dossier de «&#xa0;%1&#xa0;» inaccessible — %n élément en attente d&apos;envoi</numerusform>
            <numerusform>Dossier de «&#xa0;%1&#xa0;» inaccessible — %n éléments en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source> · hub live</source>
        <translation> · hub en ligne</translation>
    </message>
    <message>
        <source> · hub offline, trying again</source>
        <translation> · hub hors ligne, nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Comment on the selected text (%1)</source>
        <translation>Commenter le texte sélectionné (%1)</translation>
    </message>
    <message>
        <source>Suggest change</source>
        <translation>Suggérer une modification</translation>
    </message>
    <message>
        <source>Propose new words for the selected text; the author accepts or declines</source>
        <translation>Proposer une nouvelle formulation pour le texte sélectionné&#xa0;; l&apos;auteur l&apos;accepte ou la refuse</translation>
    </message>
    <message>
        <source>Comment on this page</source>
        <translation>Commenter cette page</translation>
    </message>
    <message>
        <source>Select text in the module, then comment or suggest a change.</source>
        <translation>Sélectionnez du texte dans le module, puis commentez ou suggérez une modification.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Review: %1 (version %2)</source>
        <translation>Relecture&#xa0;: %1 (version %2)</translation>
    </message>
    <message>
        <source>This review cannot be opened</source>
        <translation>Impossible d&apos;ouvrir cette relecture</translation>
    </message>
    <message>
        <source>Sync with the group folder, then open the review again.</source>
        <translation>Synchronisez avec le dossier du groupe, puis rouvrez la relecture.</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>remplacée par une version plus récente</translation>
    </message>
    <message>
        <source>Version %1 by %2 · %3 · due %4</source>
        <translation>Version %1 de %2 · %3 · échéance %4</translation>
    </message>
    <message>
        <source>Note from the author: %1</source>
        <translation>Note de l&apos;auteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>You approved this version.</source>
        <translation>Vous avez approuvé cette version.</translation>
    </message>
    <message>
        <source>You requested changes to this version.</source>
        <translation>Vous avez demandé des modifications à cette version.</translation>
    </message>
    <message>
        <source>You finished reviewing this version (comments only).</source>
        <translation>Vous avez terminé la relecture de cette version (commentaires uniquement).</translation>
    </message>
    <message>
        <source>This version is no longer in review; comments go to the author at once.</source>
        <translation>Cette version n&apos;est plus en relecture&#xa0;; les commentaires parviennent immédiatement à l&apos;auteur.</translation>
    </message>
    <message>
        <source>You are not assigned to this version; your comments go to the author at once.</source>
        <translation>Cette version ne vous est pas attribuée&#xa0;; vos commentaires parviennent immédiatement à l&apos;auteur.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>OPEN · %1</source>
        <translation>OUVERTS · %1</translation>
    </message>
    <message>
        <source>RESOLVED · %1</source>
        <translation>RÉSOLUS · %1</translation>
    </message>
    <message>
        <source>No comments yet. Select text in the module and press Comment, or comment on the whole page.</source>
        <translation>Pas encore de commentaires. Sélectionnez du texte dans le module et cliquez sur Commenter, ou commentez toute la page.</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 ouverts</translation>
    </message>
    <message>
        <source>These words cannot be found as written in the module.</source>
        <translation>Ces mots sont introuvables tels qu&apos;ils sont écrits dans le module.</translation>
    </message>
    <message>
        <source>Select text within one paragraph, without crossing bold text, links or other formatting; or write a comment instead.</source>
        <translation>Sélectionnez du texte dans un seul paragraphe, sans déborder sur du texte en gras, des liens ou une autre mise en forme&#xa0;; ou écrivez plutôt un commentaire.</translation>
    </message>
    <message>
        <source>The comment cannot be placed</source>
        <translation>Impossible de placer le commentaire</translation>
    </message>
    <message>
        <source>The selected words are not found in the page title as written; the comment is on the whole page.</source>
        <translation>Les mots sélectionnés sont introuvables tels quels dans le titre de la page&#xa0;; le commentaire porte sur toute la page.</translation>
    </message>
    <message>
        <source>The selection runs over more than one block; the comment is on the first of them as a whole.</source>
        <translation>La sélection s&apos;étend sur plusieurs blocs&#xa0;; le commentaire porte sur l&apos;ensemble du premier.</translation>
    </message>
    <message>
        <source>The selected text is not found as written in the module (it may run across formatting such as bold text or a link); the comment is on the whole block.</source>
        <translation>Le texte sélectionné est introuvable tel quel dans le module (il chevauche peut-être une mise en forme, comme du gras ou un lien)&#xa0;; le commentaire porte sur tout le bloc.</translation>
    </message>
    <message>
        <source>The selection is not inside a block; the comment is on the whole page.</source>
        <translation>La sélection n&apos;est pas dans un bloc&#xa0;; le commentaire porte sur toute la page.</translation>
    </message>
    <message>
        <source>The comment was not deleted</source>
        <translation>Le commentaire n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>Your comment was not saved</source>
        <translation>Votre commentaire n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select some text in the module first.</source>
        <translation>Sélectionnez d&apos;abord du texte dans le module.</translation>
    </message>
    <message>
        <source>Drag over the words you want to comment on, then press Comment (%1). To comment on a whole page, press Comment on this page.</source>
        <translation>Faites glisser la souris sur les mots à commenter, puis cliquez sur Commenter (%1). Pour commenter toute une page, cliquez sur Commenter cette page.</translation>
    </message>
    <message>
        <source>Your review was not finished</source>
        <translation>Votre relecture n&apos;a pas été terminée</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>%1 is busy: another Kiem (a command, or the studio in another window) is writing to it.</source>
        <translation>%1 est occupé&#xa0;: un autre Kiem (une commande, ou le studio dans une autre fenêtre) est en train d&apos;y écrire.</translation>
    </message>
    <message>
        <source>%1 (and the safety copy cannot be written: %2)</source>
        <translation>%1 (et la copie de sécurité ne peut pas être écrite&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes are saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Kiem saves every change the moment you make it.</source>
        <translation>Kiem enregistre chaque modification dès que vous la faites.</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for the workspace</source>
        <translation>Pas encore enregistré&#xa0;: en attente de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>One edit waits.</source>
        <translation>Une modification est en attente.</translation>
    </message>
    <message>
        <source>%1 edits wait.</source>
        <translation>%1 modifications sont en attente.</translation>
    </message>
    <message>
        <source>%1

%2 Your typing is kept, also on disk in case Kiem closes, and saved in the order you made it as soon as the workspace takes it.</source>
        <translation>%1

%2 Votre saisie est conservée, aussi sur le disque au cas où Kiem se fermerait, et sera enregistrée dans l&apos;ordre où vous l&apos;avez faite dès que l&apos;espace de travail l&apos;acceptera.</translation>
    </message>
    <message>
        <source>%1 edits are not in the workspace yet:

%2

They are kept on this computer: if you close now, Kiem saves them the next time it opens this workspace.</source>
        <translation>%1 modifications ne sont pas encore dans l&apos;espace de travail&#xa0;:

%2

Elles sont conservées sur cet ordinateur&#xa0;: si vous fermez maintenant, Kiem les enregistrera la prochaine fois qu&apos;il ouvrira cet espace de travail.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Fermer maintenant</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Continuer d&apos;attendre</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <source>e.g. An email from “IT” asks you to confirm your password today. What do you do?</source>
        <translation>p. ex. Un e-mail du «&#xa0;service IT&#xa0;» vous demande de confirmer votre mot de passe aujourd&apos;hui. Que faites-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Choice {n}</source>
        <translation>Choix {n}</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Each choice leads to a page: make a page per outcome, then come back and pick it.</source>
        <translation>Chaque choix mène à une page&#xa0;: créez une page par issue, puis revenez ici la choisir.</translation>
    </message>
</context>
<context>
    <name>SectionRow</name>
    <message>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
</context>
<context>
    <name>SectionsForm</name>
    <message>
        <source>Learners see one tab at a time; keep the tabs parallel (one per role, per tool…).</source>
        <translation>Les apprenants voient un onglet à la fois&#xa0;; gardez des onglets parallèles (un par rôle, par outil…).</translation>
    </message>
    <message>
        <source>Learners open the sections they need; put what everyone must read outside the accordion.</source>
        <translation>Les apprenants ouvrent les sections dont ils ont besoin&#xa0;; placez hors de l&apos;accordéon ce que tout le monde doit lire.</translation>
    </message>
    <message>
        <source>Add tab</source>
        <translation>Ajouter un onglet</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Section {n}</source>
        <translation>Section {n}</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Kiem cannot open the workspace</source>
        <translation>Kiem ne peut pas ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1

Your typing is kept and will be saved as soon as the workspace takes it; try this again then.</source>
        <translation>%1

Votre saisie est conservée et sera enregistrée dès que l&apos;espace de travail l&apos;acceptera&#xa0;; réessayez à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour relecture</translation>
    </message>
    <message>
        <source>Submit “%1” for review</source>
        <translation>Soumettre «&#xa0;%1&#xa0;» pour relecture</translation>
    </message>
    <message>
        <source>Version %1 goes to reviewers in “%2”. They see the module as it is now; you can keep editing your draft meanwhile.</source>
        <translation>La version %1 part chez les relecteurs de «&#xa0;%2&#xa0;». Ils voient le module tel qu&apos;il est maintenant&#xa0;; vous pouvez continuer à modifier votre brouillon entre-temps.</translation>
    </message>
    <message>
        <source>What changed, and what reviewers should look at</source>
        <translation>Ce qui a changé, et ce que les relecteurs doivent examiner</translation>
    </message>
    <message>
        <source>&amp;Note for reviewers:</source>
        <translation>&amp;Note pour les relecteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Relecteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Relecture avant le</translation>
    </message>
    <message>
        <source>Review &amp;by:</source>
        <translation>Relecture &amp;avant le&#xa0;:</translation>
    </message>
    <message>
        <source>Fix this first: the check found an error. Reviewers only get modules that pass the check.</source>
        <translation>Corrigez d&apos;abord ceci&#xa0;: la vérification a trouvé une erreur. Les relecteurs ne reçoivent que des modules qui passent la vérification.</translation>
    </message>
    <message numerus="yes">
        <source>Fix these first: the check found %n errors. Reviewers only get modules that pass the check.</source>
        <translation>
            <numerusform>Corrigez d&apos;abord ceci&#xa0;: la vérification a trouvé %n erreur. Les relecteurs ne reçoivent que des modules qui passent la vérification.</numerusform>
            <numerusform>Corrigez d&apos;abord ces points&#xa0;: la vérification a trouvé %n erreurs. Les relecteurs ne reçoivent que des modules qui passent la vérification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors to fix</source>
        <translation>Erreurs à corriger</translation>
    </message>
    <message>
        <source>Show in the Check panel</source>
        <translation>Afficher dans le panneau Vérifier</translation>
    </message>
    <message>
        <source>Pick automatically (recommended)</source>
        <translation>Choisir automatiquement (recommandé)</translation>
    </message>
    <message>
        <source>Choose:</source>
        <translation>Choisir&#xa0;:</translation>
    </message>
    <message>
        <source>Members who can review</source>
        <translation>Membres qui peuvent relire</translation>
    </message>
    <message>
        <source>1 open review</source>
        <translation>1 relecture en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n open reviews</source>
        <translation>
            <numerusform>%n relecture en cours</numerusform>
            <numerusform>%n relectures en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>The reviewers of version %1 again: %2</source>
        <translation>De nouveau les relecteurs de la version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nobody else in the group can review now: everyone is away or not confirmed yet.</source>
        <translation>Personne d&apos;autre dans le groupe ne peut relire pour l&apos;instant&#xa0;: tous sont absents ou pas encore confirmés.</translation>
    </message>
    <message>
        <source>Kiem asks whoever has the fewest open reviews: now %1.</source>
        <translation>Kiem sollicite la personne qui a le moins de relectures en cours&#xa0;: actuellement %1.</translation>
    </message>
    <message>
        <source>You are in no review group yet. Start or join one under Review › Groups…, then submit.</source>
        <translation>Vous ne faites encore partie d&apos;aucun groupe de relecture. Créez-en ou rejoignez-en un sous Relecture › Groupes…, puis soumettez.</translation>
    </message>
    <message>
        <source>“%1” belongs to none of your groups. Choose its group in Module › Settings…, then submit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;appartient à aucun de vos groupes. Choisissez son groupe dans Module › Paramètres…, puis soumettez.</translation>
    </message>
    <message>
        <source>A lead of “%1” has not confirmed you yet; you can submit once they have.</source>
        <translation>Un responsable de «&#xa0;%1&#xa0;» ne vous a pas encore confirmé&#xa0;; vous pourrez soumettre dès que ce sera fait.</translation>
    </message>
    <message>
        <source>Only %1, who submitted it first, can submit this module.</source>
        <translation>Seul(e) %1, qui l&apos;a soumis en premier, peut soumettre ce module.</translation>
    </message>
    <message>
        <source>Who reviews?</source>
        <translation>Qui relit&#xa0;?</translation>
    </message>
    <message>
        <source>Tick at least one reviewer, or let Kiem pick.</source>
        <translation>Cochez au moins un relecteur, ou laissez Kiem choisir.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non soumis</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>Suggest a change</source>
        <translation>Suggérer une modification</translation>
    </message>
    <message>
        <source>Replace this passage:</source>
        <translation>Remplacer ce passage&#xa0;:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Pourquoi (facultatif)</translation>
    </message>
    <message>
        <source>Why you suggest it</source>
        <translation>Pourquoi vous le suggérez</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Type the new text above.</source>
        <translation>Saisissez le nouveau texte ci-dessus.</translation>
    </message>
</context>
<context>
    <name>TemplateButton</name>
    <message>
        <source>Use this template →</source>
        <translation>Utiliser ce modèle →</translation>
    </message>
</context>
<context>
    <name>ThreadAnswers</name>
    <message>
        <source>Your reply was not sent</source>
        <translation>Votre réponse n&apos;a pas été envoyée</translation>
    </message>
    <message>
        <source>The thread was not reopened</source>
        <translation>La discussion n&apos;a pas été rouverte</translation>
    </message>
    <message>
        <source>The thread was not resolved</source>
        <translation>La discussion n&apos;a pas été résolue</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source>Only you see this until you finish your review.</source>
        <translation>Vous seul le voyez jusqu&apos;à ce que vous terminiez votre relecture.</translation>
    </message>
    <message>
        <source>Suggested change:</source>
        <translation>Modification suggérée&#xa0;:</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent yet: it goes to the group folder at the next sync.</source>
        <translation>Pas encore envoyé&#xa0;: il partira vers le dossier du groupe à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>The version cannot be approved while this thread is open.</source>
        <translation>La version ne peut pas être approuvée tant que cette discussion est ouverte.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modifié depuis</translation>
    </message>
    <message>
        <source>The passage was changed after this thread; the quote is what was there.</source>
        <translation>Le passage a été modifié après cette discussion&#xa0;; la citation montre ce qui s&apos;y trouvait.</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>The passage is not in this version any more; the quote is what was there.</source>
        <translation>Le passage ne figure plus dans cette version&#xa0;; la citation montre ce qui s&apos;y trouvait.</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>The passage now lives in another block.</source>
        <translation>Le passage se trouve maintenant dans un autre bloc.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>On the whole of version %1</source>
        <translation>Sur l&apos;ensemble de la version %1</translation>
    </message>
    <message>
        <source>Written on version %1; the passage has changed since</source>
        <translation>Écrit sur la version %1&#xa0;; le passage a changé depuis</translation>
    </message>
    <message>
        <source>Written on version %1; no longer found here</source>
        <translation>Écrit sur la version %1&#xa0;; introuvable ici désormais</translation>
    </message>
    <message>
        <source>Show this passage</source>
        <translation>Afficher ce passage</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Reply to this thread</source>
        <translation>Répondre dans cette discussion</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Make this change in your draft (undoable)</source>
        <translation>Apporter cette modification à votre brouillon (peut être annulé)</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Not blocking</source>
        <translation>Non bloquant</translation>
    </message>
    <message>
        <source>Make blocking</source>
        <translation>Rendre bloquant</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Page “%1”</source>
        <translation>Page «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ThreadsPanel</name>
    <message>
        <source>Review comments</source>
        <translation>Commentaires de relecture</translation>
    </message>
    <message>
        <source>Show comments by</source>
        <translation>Afficher les commentaires de</translation>
    </message>
    <message>
        <source>No module open.</source>
        <translation>Aucun module ouvert.</translation>
    </message>
    <message>
        <source>This module has not been sent for review yet.</source>
        <translation>Ce module n&apos;a pas encore été envoyé en relecture.</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Tous les relecteurs</translation>
    </message>
    <message>
        <source>OPEN · %1</source>
        <translation>OUVERTS · %1</translation>
    </message>
    <message>
        <source>RESOLVED · %1</source>
        <translation>RÉSOLUS · %1</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Pas encore de commentaires.</translation>
    </message>
    <message>
        <source>No comments by this reviewer.</source>
        <translation>Aucun commentaire de ce relecteur.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>latest version %1</source>
        <translation>dernière version&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 approved version %2</source>
        <translation>%1 a approuvé la version %2</translation>
    </message>
    <message>
        <source>%1 asked for changes to version %2</source>
        <translation>%1 a demandé des modifications à la version %2</translation>
    </message>
    <message>
        <source>%1 commented on version %2</source>
        <translation>%1 a commenté la version %2</translation>
    </message>
    <message>
        <source>That passage is no longer in your draft.</source>
        <translation>Ce passage ne figure plus dans votre brouillon.</translation>
    </message>
    <message>
        <source>The suggestion was not accepted</source>
        <translation>La suggestion n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <source>The suggestion was not accepted: %1</source>
        <translation>La suggestion n&apos;a pas été acceptée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the draft refused the edit</source>
        <translation>le brouillon a refusé la modification</translation>
    </message>
    <message>
        <source>Suggestion accepted. Undo (Ctrl+Z) takes the text back and tells the reviewer it waits again.</source>
        <translation>Suggestion acceptée. Annuler (Ctrl+Z) rétablit le texte et signale au relecteur que la suggestion est de nouveau en attente.</translation>
    </message>
    <message>
        <source>The words this suggestion replaces have changed in your draft, so it cannot be applied.</source>
        <translation>Les mots que remplace cette suggestion ont changé dans votre brouillon&#xa0;: elle ne peut donc pas être appliquée.</translation>
    </message>
    <message>
        <source>Edit the text by hand, then resolve the comment; or decline the suggestion. The comment stays open.</source>
        <translation>Modifiez le texte à la main, puis résolvez le commentaire&#xa0;; ou refusez la suggestion. Le commentaire reste ouvert.</translation>
    </message>
    <message>
        <source>(the passage is gone)</source>
        <translation>(le passage a disparu)</translation>
    </message>
    <message>
        <source>The reviewer quoted:</source>
        <translation>Le relecteur a cité&#xa0;:</translation>
    </message>
    <message>
        <source>and suggested:</source>
        <translation>et a suggéré&#xa0;:</translation>
    </message>
    <message>
        <source>Your draft now says:</source>
        <translation>Votre brouillon dit maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>The suggestion was not declined</source>
        <translation>La suggestion n&apos;a pas été refusée</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>TopicsField</name>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>What this page teaches, e.g. passwords, links</source>
        <translation>Ce que cette page enseigne, p. ex. mots de passe, liens</translation>
    </message>
    <message>
        <source>Page topics</source>
        <translation>Thèmes de la page</translation>
    </message>
    <message>
        <source>Topics of this page, separated by commas. After a failed test, learners are sent back to pages whose topics match the questions they missed, so use the same words as the question tags. Press Down to see the tags already in use.</source>
        <translation>Thèmes de cette page, séparés par des virgules. Après un test échoué, les apprenants sont renvoyés vers les pages dont les thèmes correspondent aux questions ratées&#xa0;: utilisez donc les mêmes mots que les tags des questions. Appuyez sur Bas pour voir les tags déjà utilisés.</translation>
    </message>
    <message>
        <source>No question is tagged {topics} yet.</source>
        <translation>Aucune question ne porte encore le tag {topics}.</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Choose a module folder to import</source>
        <translation>Choisissez un dossier de module à importer</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Import de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Import module folder</source>
        <translation>Importer un dossier de module</translation>
    </message>
    <message>
        <source>Choose a Kiem bundle to import</source>
        <translation>Choisissez un paquet Kiem à importer</translation>
    </message>
    <message>
        <source>Kiem bundles (*.kiem)</source>
        <translation>Paquets Kiem (*.kiem)</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Choose a GIFT file with questions</source>
        <translation>Choisissez un fichier GIFT contenant des questions</translation>
    </message>
    <message>
        <source>GIFT question files (*.gift *.txt)</source>
        <translation>Fichiers de questions GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banque de questions</translation>
    </message>
    <message>
        <source>Add the questions to the bank named:</source>
        <translation>Ajouter les questions à la banque nommée&#xa0;:</translation>
    </message>
    <message>
        <source>Adding the questions of “%1”…</source>
        <translation>Ajout des questions de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Import questions into a bank</source>
        <translation>Importer des questions dans une banque</translation>
    </message>
    <message>
        <source>Imported. Undo with Ctrl+Z if it was not meant.</source>
        <translation>Importé. Annulez avec Ctrl+Z si ce n&apos;était pas voulu.</translation>
    </message>
    <message>
        <source>Added one question to the question bank.</source>
        <translation>Une question a été ajoutée à la banque de questions.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n questions to the question bank.</source>
        <translation>
            <numerusform>%n question a été ajoutée à la banque de questions.</numerusform>
            <numerusform>%n questions ont été ajoutées à la banque de questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Essays and descriptions cannot go into a bank, so these lines were left out: %1.</source>
        <translation>Les questions ouvertes et les descriptions ne peuvent pas aller dans une banque&#xa0;: ces lignes ont donc été laissées de côté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Questions imported</source>
        <translation>Questions importées</translation>
    </message>
    <message>
        <source>Save the module as a bundle</source>
        <translation>Enregistrer le module comme paquet</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Saved “%1”. Colleagues import it with Import › Kiem bundle.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré. Vos collègues l&apos;importent avec Importer › Paquet Kiem.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>“%1” was not saved.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Choose another place to save it (one you can write to, with free space) and try again.</source>
        <translation>Choisissez un autre emplacement (où vous pouvez écrire et qui a de l&apos;espace libre) et réessayez.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>Nothing in your workspace was changed. Correct the problem named above and import again.</source>
        <translation>Rien n&apos;a été modifié dans votre espace de travail. Corrigez le problème indiqué ci-dessus et importez à nouveau.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu ou écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kiem ran into an unexpected problem. If it happens again, send the details below to whoever maintains Kiem.</source>
        <translation>Kiem a rencontré un problème inattendu. Si cela se reproduit, envoyez les détails ci-dessous à la personne qui assure la maintenance de Kiem.</translation>
    </message>
</context>
<context>
    <name>TrueFalseEditor</name>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>The statement is:</source>
        <translation>L&apos;affirmation est&#xa0;:</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Note for the author (optional)</source>
        <translation>Note pour l&apos;auteur (facultatif)</translation>
    </message>
    <message>
        <source>Note for the author</source>
        <translation>Note pour l&apos;auteur</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Done (comments only)</source>
        <translation>Terminé (commentaires uniquement)</translation>
    </message>
    <message>
        <source>Send your comments without approving or asking for changes</source>
        <translation>Envoyer vos commentaires sans approuver ni demander de modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) wait for your verdict</source>
        <translation>
            <numerusform>%n commentaire attend votre verdict</numerusform>
            <numerusform>%n commentaires attendent votre verdict</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish your review:</source>
        <translation>Terminez votre relecture&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Kiem</source>
        <translation>Bienvenue dans Kiem</translation>
    </message>
    <message>
        <source>Kiem helps you turn what you know into a short online lesson: a few clear pages and a quick check, ready for your colleagues in any learning platform.</source>
        <translation>Kiem vous aide à transformer ce que vous savez en une courte leçon en ligne&#xa0;: quelques pages claires et un petit test, prêts pour vos collègues sur n&apos;importe quelle plateforme d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Try the sample</source>
        <translation>Essayer l&apos;exemple</translation>
    </message>
    <message>
        <source>Try the sample module</source>
        <translation>Essayer le module d&apos;exemple</translation>
    </message>
    <message>
        <source>Look around a finished module about spotting phishing emails, then change anything. It is yours to experiment with.</source>
        <translation>Explorez un module terminé sur la détection des e-mails d&apos;hameçonnage, puis modifiez ce que vous voulez. Il est à vous pour expérimenter.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>A ready structure for a good module, with a note on every page that says what to write there. Pick the one that fits:</source>
        <translation>Une structure toute prête pour un bon module, avec sur chaque page une note qui dit quoi y écrire. Choisissez celle qui vous convient&#xa0;:</translation>
    </message>
    <message>
        <source>Start blank</source>
        <translation>Partir de zéro</translation>
    </message>
    <message>
        <source>An empty module, for when you know what you want to build.</source>
        <translation>Un module vide, pour quand vous savez ce que vous voulez construire.</translation>
    </message>
    <message>
        <source>Already have a module as a folder of files?</source>
        <translation>Vous avez déjà un module sous forme de dossier de fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Add the sample module</source>
        <translation>Ajouter le module d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>_FileForm</name>
    <message>
        <source>Choose file</source>
        <translation>Choisir un fichier</translation>
    </message>
</context>
</TS>
