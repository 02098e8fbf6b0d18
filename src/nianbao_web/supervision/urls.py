"""Open data, the public collection column and the supervisor's pages."""

from django.urls import path, re_path

from nianbao_web.supervision import public_views, supervise_views

urlpatterns = [
    re_path(
        r"^open-data/(?P<year>\d{4})\.(?P<fmt>csv|json|parquet)$",
        public_views.open_data,
        name="open_data",
    ),
    path("collection/", public_views.collection_latest, name="collection_latest"),
    path("collection/<int:year>/", public_views.collection, name="collection"),
    path("supervision/", supervise_views.progress_page, name="supervision_progress"),
    path("supervision/statistics/", supervise_views.statistics_page, name="supervision_statistics"),
    path("supervision/anomalies/", supervise_views.anomalies_page, name="supervision_anomalies"),
    path("supervision/summary.xlsx", supervise_views.summary_workbook, name="supervision_workbook"),
]
