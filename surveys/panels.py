"""The survey page's admin panels where they differ from Wagtail's own."""

from wagtail.admin.panels import PublishingPanel


class GoLivePanel(PublishingPanel):
    """Wagtail's scheduled publishing without its expiry: a survey stays published after it closes (its closed
    notice, a municipality's copy of its answers and its results are read from the page); answers stop at
    `closes_at` instead."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.children = [child for child in self.children if getattr(child, "field_name", None) != "expire_at"]
