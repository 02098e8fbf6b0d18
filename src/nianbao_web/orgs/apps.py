from django.apps import AppConfig


class OrgsConfig(AppConfig):
    name = "nianbao_web.orgs"
    label = "orgs"
    verbose_name = "机构与网站"
