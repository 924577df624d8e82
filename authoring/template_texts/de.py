"""German placeholder texts of the module templates (the keys of en.TEXT)."""

TEXT = {
    "recurring_question.title": "Eine immer wiederkehrende Frage beantworten",
    "recurring_question.about": "Dieselbe Frage schon dreimal gehört? Machen Sie aus der "
    "Antwort ein kurzes Modul: eine Situation, die alle kennen, warum es wichtig ist, die "
    "Schritte, ein kurzer Check und wo es Hilfe gibt.",
    "situation": "Die Situation",
    "situation.text": "Beschreiben Sie in zwei oder drei Sätzen einen Moment, den Ihre "
    "Lernenden aus ihrer eigenen Arbeit kennen. Geben Sie der Person einen Namen und ein echtes "
    "Detail, zum Beispiel: *Es ist Montagmorgen. Sam braucht einen Raum für zehn Personen, aber "
    "das Buchungstool zeigt nur Räume für sechs.* Schließen Sie mit der Frage, die man Ihnen "
    "immer wieder stellt.",
    "situation.reflect": "Ersetzen Sie dies durch eine Frage, die Lernende an ihre eigene "
    "Erfahrung denken lässt, zum Beispiel: *Wann ist Ihnen das zuletzt passiert, und was haben "
    "Sie getan?*",
    "why": "Warum es wichtig ist",
    "why.text": "Erklären Sie in ein paar kurzen Sätzen, was schiefgeht, wenn man es falsch "
    "macht, und was man gewinnt, wenn es richtig läuft: Zeit, weniger Fehler, zufriedene "
    "Kunden. Bleiben Sie konkret und bei den Lernenden, nicht bei den Regeln.",
    "steps": "Schritt für Schritt",
    "steps.text": "Schreiben Sie die Schritte als nummerierte Liste. Beginnen Sie jeden Schritt "
    "mit einem Verb und beschränken Sie ihn auf eine Handlung.\n\n1. Der erste Schritt, zum "
    "Beispiel: *Öffnen Sie das Buchungstool.*\n2. Der zweite Schritt.\n3. Der dritte Schritt."
    "\n\nDrei bis sieben Schritte genügen.",
    "tip": "Tipp",
    "steps.tip": "Notieren Sie den Fehler, der am häufigsten passiert, und wie man ihn "
    "vermeidet.",
    "check": "Kurzer Check",
    "check.stem": "Fragen Sie nach einer echten Situation, zum Beispiel: *Sam braucht einen "
    "Raum für zehn Personen. Was tut Sam zuerst?* Fragen Sie nach dem Schritt, bei dem am "
    "häufigsten Fehler passieren.",
    "right": "Die richtige Antwort (diese Option ist als richtig markiert)",
    "right.why": "Sagen Sie, warum das richtig ist.",
    "wrong": "Ein Fehler, der wirklich vorkommt",
    "wrong.why": "Sagen Sie, was an dieser Wahl falsch ist.",
    "wrong2": "Ein weiterer häufiger Fehler",
    "well_done": "Gut gemacht! Wiederholen Sie in einem Satz, warum das richtig ist.",
    "not_quite": "Nicht ganz. Verweisen Sie auf den Schritt, der die Antwort gibt.",
    "summary": "Zusammenfassung und wo es Hilfe gibt",
    "summary.text": "Fassen Sie die Antwort in zwei oder drei Punkten zusammen, die man sich "
    "merkt:\n\n- Der wichtigste Punkt\n- Der zweite Punkt\n\n**Brauchen Sie Hilfe?** Nennen Sie "
    "die Seite, die Kollegin oder den Helpdesk, an die man sich wendet, und wie man sie "
    "erreicht.",
    "procedure_test.title": "Verfahren mit Zertifizierungstest",
    "procedure_test.about": "Für ein Verfahren, das genau befolgt und nachweislich beherrscht "
    "werden muss: eine Einführung, eine Seite pro Schritt und ein Test, der zufällige Fragen "
    "aus einem Fragenpool zieht. Zum Bestehen braucht es 80 %, bei drei Versuchen.",
    "intro": "Einführung",
    "intro.text": "Sagen Sie in zwei Sätzen, wozu das Verfahren dient und wann man es braucht. "
    "Sagen Sie dann, was die Lernenden nach diesem Modul können, und dass am Ende ein kurzer "
    "Test folgt.",
    "needs": "Bevor Sie beginnen",
    "needs.text": "Zählen Sie auf, was die Lernenden brauchen: Zugriffsrechte, ein Tool, ein "
    "Formular.",
    "step": "Schritt {n}",
    "step.text": "Beschreiben Sie diesen Schritt: was zu tun ist, wo man klickt oder was man "
    "ausfüllt, und woran die Lernenden erkennen, dass es geklappt hat. Beschränken Sie ihn auf "
    "eine Handlung.",
    "picture": "Abbildung",
    "picture.text": "Fügen Sie einen Bildblock mit einem Screenshot oder Foto dieses Schritts "
    "hinzu, beschreiben Sie im Alternativtext, was darauf zu sehen ist, und löschen Sie dann "
    "diesen Hinweis.",
    "test": "Test",
    "test.text": "Zeit zu zeigen, was Sie wissen. Beantworten Sie die {n} Fragen unten: Zum "
    "Bestehen brauchen Sie 80 %, und Sie haben drei Versuche.",
    "bank": "{title}: Testfragen",
    "bank.first": "Fragen Sie, welcher Schritt zuerst kommt, zum Beispiel: *Was tun Sie zuerst, "
    "wenn …?*",
    "bank.true_false": "Schreiben Sie eine Aussage über das Verfahren, die richtig oder falsch "
    "ist, zum Beispiel: *Wenn Sie es eilig haben, dürfen Sie Schritt 2 überspringen.* (Hier als "
    "falsch markiert.)",
    "bank.all": "Fragen Sie, was alles zum Verfahren gehört (Lernende kreuzen alles "
    "Zutreffende an).",
    "belongs": "Etwas, das zum Verfahren gehört (als richtig markiert)",
    "belongs2": "Noch etwas, das dazugehört (als richtig markiert)",
    "not_belongs": "Etwas, das nicht dazugehört",
    "bank.order": "Bringen Sie die Schritte in die richtige Reihenfolge.",
    "first": "Der erste Schritt", "second": "Der zweite Schritt", "third": "Der dritte Schritt",
    "learn_apply_reflect.title": "Lernen, anwenden, reflektieren",
    "learn_apply_reflect.about": "Für eine Fähigkeit, die Urteilsvermögen verlangt: Beginnen "
    "Sie bei dem, was Lernende schon wissen, erklären Sie das Wesentliche, lassen Sie sie in "
    "einem realistischen Szenario mit Feedback zu jeder Wahl entscheiden, und schließen Sie mit "
    "einer Reflexion und einem kurzen Check.",
    "pre": "Was wissen Sie schon?",
    "pre.text": "Führen Sie mit ein oder zwei Sätzen in das Thema ein und laden Sie die "
    "Lernenden ein, erst selbst nachzudenken, bevor sie weiterlesen.",
    "pre.reflect": "Ersetzen Sie dies durch eine Frage zur eigenen Erfahrung der Lernenden, zum "
    "Beispiel: *Denken Sie an das letzte Mal, als Sie … Was ist gut gelaufen?*",
    "learn": "Das Wesentliche",
    "learn.text": "Erklären Sie den Kerngedanken in einfachen Worten, in höchstens drei kurzen "
    "Absätzen: ein Gedanke pro Absatz, mit einem Beispiel aus dem Arbeitsalltag.",
    "learn.tip": "Geben Sie einen praktischen Tipp, den man schon morgen anwenden kann.",
    "point": "Punkt {n}: Geben Sie ihm einen kurzen Titel",
    "point.text": "Erklären Sie ein Detail, eine Ausnahme oder ein Beispiel, das nicht alle "
    "lesen müssen.",
    "apply": "Probieren Sie es aus",
    "apply.prompt": "Beschreiben Sie eine realistische Situation, in der die Lernenden "
    "entscheiden müssen, und schließen Sie mit der Frage: *Was tun Sie?*",
    "best": "Die beste Wahl", "almost": "Eine Wahl, die richtig scheint, es aber nicht ist",
    "mistake": "Ein häufiger Fehler",
    "choice.feedback": "Sagen Sie in einem Satz, was danach passiert.",
    "fb.best": "Gute Wahl",
    "fb.best.text": "Erklären Sie, warum das die beste Wahl ist und wie es in der Situation "
    "weitergeht.",
    "fb.almost": "Fast",
    "fb.almost.text": "Erklären Sie, was an dieser Wahl richtig ist, was ihr fehlt und was die "
    "bessere Wahl gewesen wäre.",
    "fb.mistake": "Keine gute Idee",
    "fb.mistake.text": "Erklären Sie freundlich, was an dieser Wahl schiefgeht und was man "
    "stattdessen tun sollte.",
    "what_now": "Und jetzt?", "again": "Eine andere Wahl probieren", "continue": "Weiter",
    "post": "Rückblick",
    "post.reflect": "Ersetzen Sie dies durch eine Frage, die Lernenden hilft, das in ihrer "
    "eigenen Arbeit anzuwenden, zum Beispiel: *Was machen Sie nächste Woche anders?*",
    "post.stem": "Schreiben Sie eine Aussage zum Kerngedanken, die richtig oder falsch ist. "
    "(Hier als richtig markiert.)",
}
