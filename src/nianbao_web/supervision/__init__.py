"""The supervisor's view, the public collection column and the open-data downloads."""
