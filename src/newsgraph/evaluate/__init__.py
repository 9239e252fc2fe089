"""Evaluation commands: each scores one stage with the method its anchors use."""
