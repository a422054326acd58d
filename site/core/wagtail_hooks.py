"""Pages in their languages: each served in its own, none published before the page it translates, and a
translation's address in its own language."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Locale
from wagtail_localize.views import submit_translations

from .languages import language_code_of, redirect_to_visitors_language


@hooks.register("before_serve_page")
def serve_pages_in_their_own_language(page, request, serve_args, serve_kwargs):
    """Wagtail routes an address in a language that has no home page (/so/…) through the default language's
    pages, which would serve Finnish content marked as Somali (and laid out right to left for Persian or Pashto).
    Such a visitor is sent to the same place (a routable page's sub-route and the query string kept) in the
    page's published English version, or where it has none, in the page's own language."""
    if language_code_of(page) == get_language():
        return None
    asked, served = _after_language_prefix(request.path), _after_language_prefix(page.get_url(request) or "")
    return redirect_to_visitors_language(request, page, asked[len(served) :] if asked.startswith(served) else "")


def _after_language_prefix(path):
    """'/so/kyselyt/x/answer/' -> 'kyselyt/x/answer/': the part of an address the page tree routes."""
    parts = path.split("/", 2)
    return parts[2] if len(parts) == 3 else ""


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's translation editor takes the request
def no_translation_goes_live_before_its_original(request, page):
    """A translation is not published while the page it translates (the one in the default language) is not:
    a Swedish page must not go live with its Finnish original still a draft. From Wagtail's editor the changes
    are saved as a draft instead, so that nothing typed is lost; from wagtail-localize's translation editor
    (whose strings are saved as they are typed) the publish is refused. Either way the editor is told why."""
    publishing = request.method == "POST" and (
        "action-publish" in request.POST or request.POST.get("action") == "publish"
    )
    original = _original_of(page) if publishing else None
    if original is None or original.live:
        return None
    language = original.locale.get_display_name()
    messages.error(
        request,
        _("“%(title)s” is not published: its original in %(language)s is not published yet. Publish that first.")
        % {"title": page.get_admin_display_title(), "language": language},
    )
    if "action-publish" not in request.POST:  # wagtail-localize's editor
        return redirect(request.get_full_path())
    without_publish = request.POST.copy()
    del without_publish["action-publish"]
    request.POST = without_publish  # Wagtail's editor goes on to save a draft
    return None


class TranslatePageWhereItsSectionIs(submit_translations.SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", offering only the languages whose tree holds the page's section
    (its parent page is translated into them): a news item is not offered for Arabic, whose site has only its
    home and surveys. A home page, at the top, may go into any language."""

    def get_form(self):
        form = super().get_form()
        parent = self.object.get_parent()
        if not parent.is_root():
            there = parent.get_translations(inclusive=True).values("locale_id")
            form.fields["locales"].queryset = form.fields["locales"].queryset.filter(id__in=there)
        return form


@hooks.register("register_admin_urls")
def translate_pages_where_their_section_is():
    """Served in place of wagtail-localize's own view at its address (this app's hooks come first)."""
    view = TranslatePageWhereItsSectionIs.as_view()
    return [path("localize/submit/page/<int:page_id>/", view, name="translate_page_where_its_section_is")]


@hooks.register("before_edit_page", order=-2)
def translate_the_slug_with_the_title(request, page):
    """A translation saved with a title of its own but still its original's slug (the address part, on another
    tab, easily left in Finnish) gets a slug made from its title: /sv/nyheter/nyhet/, not /sv/nyheter/uutinen/.
    A slug the translator changed is kept."""
    if request.method != "POST" or "title" not in request.POST or "slug" not in request.POST:
        return None
    original = _original_of(page)
    if original is None:
        return None
    title, slug = request.POST["title"].strip(), request.POST["slug"].strip()
    if slug == original.slug and title and title != original.title:
        translated = slugify(title, allow_unicode=True)[:255]
        if translated and translated != slug:
            post = request.POST.copy()
            post["slug"] = translated
            request.POST = post
    return None


def _original_of(page):
    """The page `page` translates (its version in the default language), or None if it is that page itself."""
    original = page.get_translation_or_none(Locale.get_default())
    return None if original is None or original.pk == page.pk else original
