"""Label punctuation, in one place for every language: a label is followed by the language's colon unless it
already ends in a question mark or another closing mark, so that neither "How old are you?:" nor the Arabic
"كم عمرك؟:" nor "….:" is ever shown."""

from django import template
from django.utils.translation import gettext

register = template.Library()

# Closing marks of the site's scripts: Latin and Cyrillic, Arabic script (؟ ؛ ۔), Ethiopic (። ፧ ፨).
CLOSING_MARKS = ("?", "!", ".", ":", ";", "…", "؟", "؛", "۔", "።", "፧", "፨")


@register.filter
def colon(label):
    text = str(label).rstrip()
    if not text or text.endswith(CLOSING_MARKS):
        return text
    return text + gettext(":")  # Django's own translation: " :" in French
