"""Page URLs: work pages for logged-in users, public pages for everyone."""

from django.contrib.auth import views as auth_views
from django.urls import path, re_path

from nianbao_web.pages import entry, public, review, work

urlpatterns = [
    path("", public.home, name="home"),
    path("login/", auth_views.LoginView.as_view(template_name="pages/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("reports/", work.report_list, name="report_list"),
    path("reports/new/", work.report_new, name="report_new"),
    path("reports/<int:report_id>/", entry.entry_form, name="entry"),
    path("reports/<int:report_id>/check/", entry.check, name="check"),
    path("reports/<int:report_id>/import/", entry.import_file, name="import"),
    path("reports/<int:report_id>/action/<str:action>/", review.act, name="act"),
    path("reports/<int:report_id>/review/", review.review_page, name="review"),
    path("reports/<int:report_id>/history/", review.history_page, name="history"),
    path("notifications/", work.notifications, name="notifications"),
    path("tokens/", work.tokens_view, name="tokens"),
    path("r/<str:site_code>/<int:year>/", public.published, name="published"),
    path("r/<str:site_code>/<int:year>/v<int:number>/", public.published, name="published_version"),
    re_path(
        r"^r/(?P<site_code>[^/]+)/(?P<year>\d{4})/download\.(?P<fmt>pdf|docx|xlsx|html)$",
        public.download,
        name="download",
    ),
]
