"""Peer review: groups, signed events, routing, anchored threads, verdicts (no Qt here)."""
