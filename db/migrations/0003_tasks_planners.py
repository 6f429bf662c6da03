"""Audit columns of the planner and to-do tables."""

AUDITED = ["PLANNER_TOPICS", "PLANNER_CASES", "TODOS"]
