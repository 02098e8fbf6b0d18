"""Reports, their published versions and the users' notifications."""
