"""The HTML pages: entry form, workflow, public report pages."""
