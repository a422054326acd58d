"""The form page the final submit is measured beside (bench/server_bench.py): Wagtail's own form page asking what
the survey the benchmark answers asks, one form-builder field for each field of the survey's steps, of the
builder's nearest type (a radio list, a drop-down, check boxes, a text). Every step's fields are on the one page,
conditional or not; the page and its thank-you page are plain templates of this app, so that what is measured is
the submission. build() adds it beside the survey, out of the menus."""

from django import forms

from surveys.forms import SectionForm
from surveys.live import LiveSurvey
from surveys.models import SurveyPage

from .models import PeerFormField, PeerFormPage


def builder_type(field):
    """The form builder's field type nearest to the Django form field `field`."""
    if isinstance(field, forms.MultipleChoiceField):
        return "checkboxes"
    if isinstance(field, forms.ChoiceField):
        return "radio" if isinstance(field.widget, forms.RadioSelect) else "dropdown"
    if isinstance(field, forms.DecimalField | forms.IntegerField):
        return "number"
    if isinstance(field, forms.DateField):
        return "date"
    return "multiline" if isinstance(field.widget, forms.Textarea) else "singleline"


def build(slug, language):
    """Add the form page asking the questions of the live survey `slug` in `language`; return its address."""
    survey_page = SurveyPage.objects.get(slug=slug, locale__language_code=language)
    survey = LiveSurvey.of(survey_page)
    page = PeerFormPage(title=f"{survey_page.title} (Wagtail form)", slug="wagtail-form", show_in_menus=False)
    survey_page.get_parent().add_child(instance=page)
    fields = [
        (name, field)
        for section in survey.sections
        for name, field in SectionForm(questions=section.questions, survey_year=survey.round_year).fields.items()
    ]
    PeerFormField.objects.bulk_create(
        PeerFormField(
            page=page,
            sort_order=order,
            clean_name=name,
            label=str(field.label or name),
            field_type=builder_type(field),
            required=field.required,
            choices="\n".join(str(label) for value, label in getattr(field, "choices", []) if value != ""),
        )
        for order, (name, field) in enumerate(fields)
    )
    page.save_revision().publish()
    return page.get_url()
