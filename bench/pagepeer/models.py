"""The tutorial's models ("Your first Wagtail site", final state), each under a Peer name: its home app's
HomePage, its blog app (index, post with tags, authors and a gallery, the authors snippet), its portfolio page
(here the standard page, a StreamField of the base app's blocks) and its base app's footer text snippet and
social links setting. Where the tutorial's listing would take a few queries a post, it asks for them once a
listing (the prefetching Wagtail's performance documentation recommends); nothing else is added."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PublishingPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from .blocks import BaseStreamBlock

POSTS_PER_PAGE = 10  # as our news index (pages.models.NEWS_PER_PAGE)
LISTING_IMAGE = "fill-160x100"  # the rendition the blog index shows of each post's main image


class PeerHomePage(Page):
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Homepage image",
    )
    hero_text = models.CharField(blank=True, max_length=255, help_text="Write an introduction for the site")
    hero_cta = models.CharField(
        blank=True, verbose_name="Hero CTA", max_length=255, help_text="Text to display on Call to Action"
    )
    hero_cta_link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Hero CTA link",
        help_text="Choose a page to link to for the Call to Action",
    )
    body = RichTextField(blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("hero_text"), FieldPanel("hero_cta"), FieldPanel("hero_cta_link")],
            heading="Hero section",
        ),
        FieldPanel("body"),
    ]


class PeerStandardPage(Page):
    """The tutorial's portfolio page: a title and a StreamField body."""

    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text="Use this section to list your projects and skills.",
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]


class PeerBlogIndexPage(Page):
    """The tutorial's blog index: its live posts, newest first; paginated as our news index is, and filtered by
    `?tag=` (the tutorial's tag index page, folded into the index it belongs to)."""

    intro = RichTextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    def posts(self):
        images = get_image_model().objects.prefetch_renditions(LISTING_IMAGE)
        return (
            PeerBlogPage.objects.live()
            .child_of(self)
            .order_by("-date", "-pk")
            .prefetch_related("tags", "gallery_images", Prefetch("gallery_images__image", queryset=images))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = self.posts()
        tag = request.GET.get("tag")
        if tag:
            posts = posts.filter(tags__name=tag)
        context["tag"] = tag
        context["blogpages"] = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
        return context


class PeerBlogPageTag(TaggedItemBase):
    content_object = ParentalKey("PeerBlogPage", related_name="tagged_items", on_delete=models.CASCADE)


class PeerBlogPage(Page):
    date = models.DateField("Post date")
    intro = models.CharField(max_length=250)
    body = RichTextField(blank=True)
    authors = ParentalManyToManyField("pagepeer.PeerAuthor", blank=True)
    tags = ClusterTaggableManager(through=PeerBlogPageTag, blank=True)

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("authors", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading="Blog information",
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("gallery_images", label="Gallery images"),
    ]

    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("body"),
        APIField("tags"),
        APIField("authors", serializer=serializers.ListField(child=serializers.DictField(), source="author_list")),
        APIField("gallery_images"),
    ]

    def main_image(self):
        gallery_item = self.gallery_images.first()
        if gallery_item:
            return gallery_item.image
        return None

    def author_list(self):
        """The authors as the API lists them: id and name."""
        return [{"id": author.pk, "name": author.name} for author in self.authors.all()]


class PeerBlogPageGalleryImage(Orderable):
    page = ParentalKey(PeerBlogPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(blank=True, max_length=250)

    panels = [FieldPanel("image"), FieldPanel("caption")]
    api_fields = [APIField("image"), APIField("caption")]


@register_snippet
class PeerAuthor(models.Model):
    name = models.CharField(max_length=255)
    author_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [FieldPanel("name"), FieldPanel("author_image")]

    class Meta:
        verbose_name_plural = "Authors"

    def __str__(self):
        return self.name


@register_setting
class PeerNavigationSettings(BaseGenericSetting):
    """The tutorial's social links, shown in the footer."""

    linkedin_url = models.URLField(verbose_name="LinkedIn URL", blank=True)
    github_url = models.URLField(verbose_name="GitHub URL", blank=True)
    mastodon_url = models.URLField(verbose_name="Mastodon URL", blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("linkedin_url"), FieldPanel("github_url"), FieldPanel("mastodon_url")], "Social settings"
        )
    ]


@register_snippet
class PeerFooterText(DraftStateMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, models.Model):
    body = RichTextField()

    panels = [FieldPanel("body"), PublishingPanel()]

    class Meta(TranslatableMixin.Meta):
        verbose_name_plural = "Footer Text"

    def __str__(self):
        return "Footer text"

    def get_preview_template(self, request, mode_name):
        return "pagepeer/base.html"

    def get_preview_context(self, request, mode_name):
        return {"footer_text": self.body}
