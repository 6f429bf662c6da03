"""Audit columns of the client tables."""

AUDITED = ["CLIENTS", "CLIENT_CLASSIFIERS", "CLIENT_BANKS", "CONTACTS", "EVENTS", "TASKS"]
