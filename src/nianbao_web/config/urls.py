"""Every URL of the application (the permission test enumerates these)."""

from django.contrib import admin
from django.urls import include, path

from nianbao_web.api.routes import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("nianbao_web.pages.urls")),
    path("", include("nianbao_web.supervision.urls")),
]

handler400 = "nianbao_web.pages.errors.bad_request"
handler403 = "nianbao_web.pages.errors.forbidden"
handler404 = "nianbao_web.pages.errors.not_found"
handler500 = "nianbao_web.pages.errors.server_error"
