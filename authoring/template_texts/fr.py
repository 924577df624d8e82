"""French placeholder texts of the module templates (the keys of en.TEXT)."""

TEXT = {
    "recurring_question.title": "Répondre à une question récurrente",
    "recurring_question.about": "On vous a posé trois fois la même question ? Faites de la "
    "réponse un court module : une situation que chacun reconnaît, pourquoi c'est important, "
    "les étapes, un petit test et où trouver de l'aide.",
    "situation": "La situation",
    "situation.text": "Décrivez en deux ou trois phrases un moment que vos apprenants "
    "connaissent dans leur propre travail. Donnez un prénom à la personne et ajoutez un détail "
    "réel, par exemple : *C'est lundi matin. Sam cherche une salle pour dix personnes, mais "
    "l'outil de réservation ne propose que des salles pour six.* Terminez par la question qu'on "
    "vous pose sans cesse.",
    "situation.reflect": "Remplacez ceci par une question qui fait penser les apprenants à leur "
    "propre expérience, par exemple : *Quand cela vous est-il arrivé pour la dernière fois, et "
    "qu'avez-vous fait ?*",
    "why": "Pourquoi c'est important",
    "why.text": "Expliquez en quelques phrases courtes ce qui se passe mal quand on se trompe, "
    "et ce qu'on y gagne quand on fait bien : du temps, moins d'erreurs, un client satisfait. "
    "Restez concret et parlez de l'apprenant, pas des règles.",
    "steps": "Étape par étape",
    "steps.text": "Écrivez les étapes sous forme de liste numérotée. Commencez chaque étape par "
    "un verbe et limitez-la à une seule action.\n\n1. La première étape, par exemple : *Ouvrez "
    "l'outil de réservation.*\n2. La deuxième étape.\n3. La troisième étape.\n\nDe trois à sept "
    "étapes, c'est suffisant.",
    "tip": "Astuce",
    "steps.tip": "Notez l'erreur que l'on commet le plus souvent, et comment l'éviter.",
    "check": "Petit test",
    "check.stem": "Posez une question sur une situation réelle, par exemple : *Sam cherche une "
    "salle pour dix personnes. Que fait Sam en premier ?* Interrogez sur l'étape où l'on se "
    "trompe le plus souvent.",
    "right": "La bonne réponse (cette option est marquée comme correcte)",
    "right.why": "Dites pourquoi c'est la bonne réponse.",
    "wrong": "Une erreur que l'on commet vraiment",
    "wrong.why": "Dites ce qui ne va pas avec ce choix.",
    "wrong2": "Une autre erreur fréquente",
    "well_done": "Bravo ! Répétez en une phrase pourquoi c'est la bonne réponse.",
    "not_quite": "Pas tout à fait. Renvoyez à l'étape qui donne la réponse.",
    "summary": "En résumé, et où trouver de l'aide",
    "summary.text": "Résumez la réponse en deux ou trois points faciles à retenir :\n\n- Le "
    "point essentiel\n- Le deuxième point\n\n**Besoin d'aide ?** Indiquez la page, le collègue "
    "ou le helpdesk à contacter, et comment les joindre.",
    "procedure_test.title": "Procédure avec test de certification",
    "procedure_test.about": "Pour une procédure à suivre à la lettre et dont la maîtrise doit "
    "être prouvée : une introduction, une page par étape et un test qui tire des questions au "
    "hasard dans une banque de questions. Les apprenants doivent obtenir 80 % pour réussir et "
    "ont trois tentatives.",
    "intro": "Introduction",
    "intro.text": "Dites en deux phrases à quoi sert la procédure et quand on en a besoin. "
    "Dites ensuite ce que l'apprenant saura faire après ce module, et qu'un court test "
    "l'attend à la fin.",
    "needs": "Avant de commencer",
    "needs.text": "Énumérez ce dont l'apprenant a besoin : des droits d'accès, un outil, un "
    "formulaire.",
    "step": "Étape {n}",
    "step.text": "Décrivez cette étape : ce qu'il faut faire, où cliquer ou quoi remplir, et "
    "comment l'apprenant voit que cela a fonctionné. Limitez-la à une seule action.",
    "picture": "Illustration",
    "picture.text": "Ajoutez un bloc image avec une capture d'écran ou une photo de cette "
    "étape, décrivez dans son texte alternatif ce qu'elle montre, puis supprimez cette note.",
    "test": "Test",
    "test.text": "À vous de montrer ce que vous savez. Répondez aux {n} questions ci-dessous : "
    "il vous faut 80 % pour réussir, et vous avez trois tentatives.",
    "bank": "{title} : questions du test",
    "bank.first": "Demandez quelle étape vient en premier, par exemple : *Que faites-vous en "
    "premier lorsque … ?*",
    "bank.true_false": "Écrivez sur la procédure une affirmation vraie ou fausse, par exemple : "
    "*Vous pouvez sauter l'étape 2 quand vous êtes pressé.* (Marquée fausse ici.)",
    "bank.all": "Demandez quels éléments font partie de la procédure (les apprenants cochent "
    "toutes les réponses qui conviennent).",
    "belongs": "Un élément qui fait partie de la procédure (marqué comme correct)",
    "belongs2": "Un autre élément qui en fait partie (marqué comme correct)",
    "not_belongs": "Un élément qui n'en fait pas partie",
    "bank.order": "Remettez les étapes dans le bon ordre.",
    "first": "La première étape", "second": "La deuxième étape", "third": "La troisième étape",
    "learn_apply_reflect.title": "Apprendre, appliquer, réfléchir",
    "learn_apply_reflect.about": "Pour une compétence qui demande du discernement : partez de "
    "ce que les apprenants savent déjà, expliquez l'essentiel, faites-les choisir dans un "
    "scénario réaliste avec un feedback sur chaque choix, et terminez par une réflexion et un "
    "petit test.",
    "pre": "Que savez-vous déjà ?",
    "pre.text": "Présentez le sujet en une ou deux phrases et invitez l'apprenant à réfléchir "
    "avant de poursuivre sa lecture.",
    "pre.reflect": "Remplacez ceci par une question sur l'expérience de l'apprenant, par "
    "exemple : *Pensez à la dernière fois que vous … Qu'est-ce qui s'est bien passé ?*",
    "learn": "L'essentiel",
    "learn.text": "Expliquez l'idée principale avec des mots simples, en trois courts "
    "paragraphes au plus : une idée par paragraphe, avec un exemple tiré du travail quotidien.",
    "learn.tip": "Donnez une astuce pratique que l'on peut appliquer dès demain.",
    "point": "Point {n} : donnez-lui un titre court",
    "point.text": "Expliquez un détail, une exception ou un exemple que tout le monde n'a pas "
    "besoin de lire.",
    "apply": "À vous de jouer",
    "apply.prompt": "Décrivez une situation réaliste dans laquelle l'apprenant doit décider, "
    "et terminez par la question : *Que faites-vous ?*",
    "best": "Le meilleur choix", "almost": "Un choix qui semble juste mais ne l'est pas",
    "mistake": "Une erreur fréquente",
    "choice.feedback": "Dites en une phrase ce qui se passe ensuite.",
    "fb.best": "Bon choix",
    "fb.best.text": "Expliquez pourquoi c'est le meilleur choix et ce qui se passe ensuite dans "
    "la situation.",
    "fb.almost": "Presque",
    "fb.almost.text": "Expliquez ce que ce choix a de juste, ce qui lui manque et quel aurait "
    "été le meilleur choix.",
    "fb.mistake": "Pas une bonne idée",
    "fb.mistake.text": "Expliquez avec bienveillance ce qui ne va pas avec ce choix et ce qu'il "
    "vaut mieux faire.",
    "what_now": "Et maintenant ?", "again": "Essayer un autre choix", "continue": "Continuer",
    "post": "Avec le recul",
    "post.reflect": "Remplacez ceci par une question qui aide les apprenants à appliquer cela "
    "dans leur propre travail, par exemple : *Que ferez-vous autrement la semaine prochaine ?*",
    "post.stem": "Écrivez sur l'idée principale une affirmation vraie ou fausse. (Marquée vraie "
    "ici.)",
}


def _typeset(text: str) -> str:
    """French puts a no-break space before : ; ? ! and % (typed above as plain spaces)."""
    for mark in ":;?!%":
        text = text.replace(f" {mark}", f"\u00a0{mark}")
    return text


TEXT = {key: _typeset(text) for key, text in TEXT.items()}
