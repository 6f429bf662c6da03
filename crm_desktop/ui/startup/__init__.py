"""The workstation's start-up: info-base list, connection diagnostics, first-run wizard, login."""
