"""Peer review within creator groups: events, routing, anchored comments, verdicts."""
