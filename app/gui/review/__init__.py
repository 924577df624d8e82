"""Peer review in the studio: review mode for reviewers, the threads panel for authors.

`review_window.ReviewWindow` shows a frozen version through the learner's player with the
threads beside it; `threads_panel.ThreadsPanel` lists a module's threads inside the editor.
"""
