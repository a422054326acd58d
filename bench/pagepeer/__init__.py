"""The page benchmark's peer: the page types of the official Wagtail tutorial ("Your first Wagtail site") on top
of `wagtail start`'s project template, installed only by the benchmark's settings so that our pages can be
timed beside a fresh Wagtail site's in the same process. content.build() gives it a site of its own."""
