"""Normalization: reference data, raw records -> validated measures, and matching."""
