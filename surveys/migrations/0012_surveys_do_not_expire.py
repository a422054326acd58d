from django.db import migrations


def stop_expiring(apps, schema_editor):
    """0011 closed surveys for answers at their expiry, but left the expiry set: publish_scheduled would still have
    unpublished them then, closed notice, municipalities' copies and results with them. Surveys no longer expire
    (their editor no longer offers it); the expiry goes from the page and from its latest revision, which the next
    publish would otherwise bring back."""
    SurveyPage = apps.get_model("surveys", "SurveyPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for survey in SurveyPage.objects.filter(expire_at__isnull=False):
        SurveyPage.objects.filter(pk=survey.pk).update(closes_at=survey.closes_at or survey.expire_at, expire_at=None, expired=False)
        revision = Revision.objects.filter(pk=survey.latest_revision_id).first()
        if revision is not None and revision.content.get("expire_at"):
            revision.content["expire_at"] = None
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0011_collection_period"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(stop_expiring, migrations.RunPython.noop)]
