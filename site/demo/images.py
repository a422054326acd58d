"""The demo's images, drawn for the demo by this module (so that no licence but the project's own applies):
three illustrations, each with its description in fi, sv and en, stored as Wagtail images once."""

import io
import math

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

SIZE = (1600, 900)
BLUE, LIGHT_BLUE, GREEN, LIGHT_GREEN = (0, 53, 122), (214, 232, 250), (17, 120, 103), (190, 230, 200)
HOUSE_COLOURS = [(42, 110, 187), (230, 120, 40), (17, 150, 120), (150, 80, 160), (200, 60, 70), (240, 190, 40)]

ALT = {
    "homes": {
        "fi": "Piirroskuva: rivi erivärisiä taloja sinisen taivaan alla",
        "sv": "Illustration: en rad hus i olika färger under en blå himmel",
        "en": "Illustration: a row of houses in different colours under a blue sky",
    },
    "meeting": {
        "fi": "Piirroskuva: ihmisiä istumassa pyöreän pöydän ympärillä",
        "sv": "Illustration: människor som sitter runt ett runt bord",
        "en": "Illustration: people sitting around a round table",
    },
    "path": {
        "fi": "Piirroskuva: mutkitteleva tie vihreiden kumpujen halki kohti taloja",
        "sv": "Illustration: en slingrande väg genom gröna kullar mot några hus",
        "en": "Illustration: a winding road through green hills towards houses",
    },
}


def _house(draw, x, base, width, colour):
    height = width * 0.8
    draw.rectangle((x, base - height, x + width, base), fill=colour)
    draw.polygon([(x - width * 0.1, base - height), (x + width / 2, base - height - width * 0.55),
                  (x + width * 1.1, base - height)], fill=BLUE)  # fmt: skip
    door = width * 0.22
    draw.rectangle((x + width / 2 - door / 2, base - height * 0.45, x + width / 2 + door / 2, base), fill="white")


def homes():
    image = Image.new("RGB", SIZE, LIGHT_BLUE)
    draw = ImageDraw.Draw(image)
    draw.ellipse((1250, 90, 1430, 270), fill=(250, 210, 80))
    draw.rectangle((0, 720, SIZE[0], SIZE[1]), fill=LIGHT_GREEN)
    for i, colour in enumerate(HOUSE_COLOURS):
        _house(draw, 110 + i * 240, 740, 170 + (i % 3) * 20, colour)
    return image


def meeting():
    image = Image.new("RGB", SIZE, (245, 240, 232))
    draw = ImageDraw.Draw(image)
    cx, cy, rx, ry = 800, 500, 420, 190
    for i, colour in enumerate(HOUSE_COLOURS * 2):
        angle = math.radians(i * 30 + 15)
        x, y = cx + (rx + 110) * math.cos(angle), cy + (ry + 90) * math.sin(angle)
        draw.ellipse((x - 55, y - 55, x + 55, y + 55), fill=colour)
        draw.ellipse((x - 28, y - 95, x + 28, y - 39), fill=colour)
    draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=(160, 110, 70))
    return image


def path():
    image = Image.new("RGB", SIZE, LIGHT_BLUE)
    draw = ImageDraw.Draw(image)
    draw.ellipse((-300, 420, 900, 1300), fill=LIGHT_GREEN)
    draw.ellipse((600, 380, 1900, 1300), fill=(120, 190, 140))
    draw.rectangle((0, 760, SIZE[0], SIZE[1]), fill=GREEN)
    road = [(700, 900), (980, 900), (860, 760), (1050, 640), (1130, 520), (1100, 520), (990, 640), (760, 760)]
    draw.polygon(road, fill=(235, 225, 200))
    for i, colour in enumerate(HOUSE_COLOURS[:3]):
        _house(draw, 1160 + i * 110, 520, 80, colour)
    return image


DRAWINGS = {"homes": homes, "meeting": meeting, "path": path}


def demo_images():
    """{name: Wagtail image}, drawn and stored the first time."""
    model = get_image_model()
    images = {}
    for name, draw in DRAWINGS.items():
        title = f"Demo illustration: {name}"
        image = model.objects.filter(title=title).first()
        if image is None:
            buffer = io.BytesIO()
            draw().save(buffer, "JPEG", quality=85)
            image = model.objects.create(title=title, file=ImageFile(buffer, name=f"demo-{name}.jpg"))
        images[name] = image
    return images
