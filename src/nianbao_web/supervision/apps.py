from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    name = "nianbao_web.supervision"
    label = "supervision"
    verbose_name = "监管与公开"
