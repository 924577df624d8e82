"""English placeholder texts of the module templates: what belongs on each page, in plain words."""

TEXT = {
    "recurring_question.title": "Answer a recurring question",
    "recurring_question.about": "Got the same question three times? Turn the answer into a "
    "short module: a situation people recognise, why it matters, the steps, a quick check and "
    "where to find help.",
    "situation": "The situation",
    "situation.text": "Describe a moment your learners know from their own work, in two or three "
    "sentences. Give the person a name and add a real detail, for example: *It is Monday "
    "morning. Sam needs a room for ten people, but the booking tool only shows rooms for six.* "
    "End with the question people keep asking you.",
    "situation.reflect": "Replace this with a question that makes learners think of their own "
    "experience, for example: *When did this last happen to you, and what did you do?*",
    "why": "Why it matters",
    "why.text": "Explain in a few short sentences what goes wrong when people get this wrong, and "
    "what they gain when they get it right: time saved, fewer mistakes, a happier customer. "
    "Keep it concrete and about the learner, not about the rules.",
    "steps": "Step by step",
    "steps.text": "Write the steps as a numbered list. Start each step with a verb and keep it "
    "to one action.\n\n1. The first step, for example: *Open the booking tool.*\n2. The second "
    "step.\n3. The third step.\n\nThree to seven steps is plenty.",
    "tip": "Tip",
    "steps.tip": "Write down the mistake people make most often, and how to avoid it.",
    "check": "Quick check",
    "check.stem": "Ask about a real situation, for example: *Sam needs a room for ten people. "
    "What does Sam do first?* Ask about the step people most often get wrong.",
    "right": "The right answer (this option is marked correct)",
    "right.why": "Say why this is right.",
    "wrong": "A mistake people really make",
    "wrong.why": "Say what goes wrong with this choice.",
    "wrong2": "Another common mistake",
    "well_done": "Well done! Repeat in one sentence why this is right.",
    "not_quite": "Not quite. Point to the step that gives the answer.",
    "summary": "Summary and where to find help",
    "summary.text": "Sum up the answer in two or three points people will remember:\n\n- The "
    "key point\n- The second point\n\n**Need help?** Name the page, the colleague or the "
    "helpdesk to go to, and how to reach them.",
    "procedure_test.title": "Procedure with a certification test",
    "procedure_test.about": "For a procedure people must follow exactly and prove they know: an "
    "introduction, one page per step and a test that draws random questions from a question "
    "bank. Learners need 80% to pass and have three attempts.",
    "intro": "Introduction",
    "intro.text": "Say in two sentences what the procedure is for and when someone needs it. "
    "Then say what the learner can do after this module, and that a short test follows at the "
    "end.",
    "needs": "Before you start",
    "needs.text": "List what the learner needs: access rights, a tool, a form.",
    "step": "Step {n}",
    "step.text": "Describe this step: what to do, where to click or what to fill in, and how "
    "the learner can tell that it worked. Keep it to one action.",
    "picture": "Picture",
    "picture.text": "Add an image block with a screenshot or photo of this step, describe in its "
    "alt text what it shows, then delete this note.",
    "test": "Test",
    "test.text": "Time to show what you know. Answer the {n} questions below: you need 80% to "
    "pass, and you have three attempts.",
    "bank": "{title}: test questions",
    "bank.first": "Ask which step comes first, for example: *What do you do first when …?*",
    "bank.true_false": "Write a statement about the procedure that is true or false, for "
    "example: *You may skip step 2 when you are in a hurry.* (Marked false here.)",
    "bank.all": "Ask which things belong to the procedure (learners choose all that apply).",
    "belongs": "Something that belongs to the procedure (marked correct)",
    "belongs2": "Something else that belongs to it (marked correct)",
    "not_belongs": "Something that does not belong to it",
    "bank.order": "Put the steps in the right order.",
    "first": "The first step", "second": "The second step", "third": "The third step",
    "learn_apply_reflect.title": "Learn, apply, reflect",
    "learn_apply_reflect.about": "For a skill that takes judgement: start from what learners "
    "already know, explain the essentials, let them choose in a realistic scenario with feedback "
    "on each choice, and close with a reflection and a short check.",
    "pre": "What do you already know?",
    "pre.text": "Introduce the topic in one or two sentences and invite the learner to think "
    "before reading on.",
    "pre.reflect": "Replace this with a question about the learner's own experience, for "
    "example: *Think of the last time you … What went well?*",
    "learn": "The essentials",
    "learn.text": "Explain the main idea in plain words, in at most three short paragraphs: one "
    "idea per paragraph, with an example from daily work.",
    "learn.tip": "Give one practical tip people can use tomorrow.",
    "point": "Point {n}: give it a short title",
    "point.text": "Explain a detail, an exception or an example that not everyone needs to read.",
    "apply": "Try it",
    "apply.prompt": "Describe a realistic situation in which the learner has to decide, and end "
    "with the question: *What do you do?*",
    "best": "The best choice", "almost": "A choice that seems right but is not",
    "mistake": "A common mistake", "choice.feedback": "Say in one sentence what happens next.",
    "fb.best": "Good choice",
    "fb.best.text": "Explain why this is the best choice and what happens next in the situation.",
    "fb.almost": "Almost",
    "fb.almost.text": "Explain what this choice gets right, what it misses and what the better "
    "choice would have been.",
    "fb.mistake": "Not a good idea",
    "fb.mistake.text": "Explain kindly what goes wrong with this choice and what to do instead.",
    "what_now": "What now?", "again": "Try another choice", "continue": "Continue",
    "post": "Looking back",
    "post.reflect": "Replace this with a question that helps learners use this in their own "
    "work, for example: *What will you do differently next week?*",
    "post.stem": "Write a statement about the main idea that is true or false. (Marked true "
    "here.)",
}
