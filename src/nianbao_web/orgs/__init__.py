"""Organisations, their sites, memberships (roles) and API tokens."""
