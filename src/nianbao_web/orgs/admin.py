from django.contrib import admin

from nianbao_web.orgs.models import ApiToken, Membership, Organisation, Site, SiteEvent


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "code", "level", "parent", "reviews", "deadline")
    search_fields = ("name", "code")
    list_filter = ("level", "reviews")


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("code", "name", "organisation", "opened", "closed")
    search_fields = ("code", "name", "sponsor")


@admin.register(SiteEvent)
class SiteEventAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("site", "kind", "date", "old_code", "new_code")


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "organisation", "role")
    list_filter = ("role",)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "name", "created", "last_used")
    readonly_fields = ("digest",)
