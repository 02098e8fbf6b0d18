"""The few functions views, API handlers, admin and commands call: every business rule is here."""
