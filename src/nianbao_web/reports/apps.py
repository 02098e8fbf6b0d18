from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "nianbao_web.reports"
    label = "reports"
    verbose_name = "年度报表"
