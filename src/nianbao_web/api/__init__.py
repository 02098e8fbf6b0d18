"""The REST API (django-ninja): same services and policy as the pages."""
