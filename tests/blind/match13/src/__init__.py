"""Helpers for the match13 blind test batch (NKPS follow-up reports)."""
