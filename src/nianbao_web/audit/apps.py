from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "nianbao_web.audit"
    label = "audit"
    verbose_name = "审计"
