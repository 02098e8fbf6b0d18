"""Settings (declared once in `declared.py`), URLs and the WSGI entry point."""
