"""Draw the site's icons from its own parts, so that nothing in them needs a licence of its own: the favicon
(static/img/favicon.svg drawn by hand: a home's outline on the brand blue), its PNG and ICO forms for browsers
and phones that want them, and the social preview card (Open Graph) with the wordmark in the vendored Source
Sans 3 and the EU emblem as the EU's graphic specification draws it. Run once after changing any of them:
`python scripts/draw_icons.py`."""

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

IMG = Path(__file__).resolve().parents[1] / "static" / "img"
FONT = IMG.parent / "fonts" / "source-sans-3-latin-wght-normal.woff2"
BRAND = (0, 53, 122)  # --fi-color-brand-base, hsl(214, 100%, 24%)
EU_BLUE, EU_YELLOW = (0, 51, 153), (255, 204, 0)
# The favicon's home outline on a 32-unit square (the same points as favicon.svg).
HOME = [(6, 16), (16, 7), (26, 16), (26, 26), (19, 26), (19, 19), (13, 19), (13, 26), (6, 26)]


def icon(size):
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    scale = size / 32
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=6 * scale, fill=BRAND)
    draw.polygon([(x * scale, y * scale) for x, y in HOME], fill="white")
    return image


def star(cx, cy, radius):
    inner = radius * math.cos(math.radians(72)) / math.cos(math.radians(36))
    return [
        (cx + (radius if i % 2 == 0 else inner) * math.cos(math.radians(-90 + 36 * i)),
         cy + (radius if i % 2 == 0 else inner) * math.sin(math.radians(-90 + 36 * i)))
        for i in range(10)
    ]  # fmt: skip


def emblem(draw, left, top, height):
    """The EU emblem: twelve upright stars on a circle of a third of the height, each within an eighteenth; on a
    coloured background, framed in white a twenty-fifth of the height wide, as the EU's rules ask."""
    width = height * 3 / 2
    border = height / 25
    draw.rectangle((left - border, top - border, left + width + border, top + height + border), fill="white")
    draw.rectangle((left, top, left + width, top + height), fill=EU_BLUE)
    cx, cy = left + width / 2, top + height / 2
    for k in range(12):
        angle = math.radians(30 * k)
        x, y = cx + height / 3 * math.sin(angle), cy - height / 3 * math.cos(angle)
        draw.polygon(star(x, y, height / 18), fill=EU_YELLOW)


def social_card():
    card = Image.new("RGB", (1200, 630), BRAND)
    draw = ImageDraw.Draw(card)
    card.paste(icon(160), (80, 80), icon(160))
    bold = ImageFont.truetype(str(FONT), 120)
    bold.set_variation_by_axes([700])
    regular = ImageFont.truetype(str(FONT), 46)
    regular.set_variation_by_axes([400])
    draw.text((80, 280), "Kuntaan", font=bold, fill="white")
    draw.text((80, 430), "Pakolaiset kuntiin · Flyktingar till kommuner", font=regular, fill="white")
    draw.text((80, 490), "Refugees in municipalities", font=regular, fill="white")
    emblem(draw, 930, 80, 120)
    return card


def main():
    icon(180).save(IMG / "apple-touch-icon.png", optimize=True)
    icon(512).save(IMG / "icon-512.png", optimize=True)
    icon(48).save(IMG / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    social_card().save(IMG / "social-card.png", optimize=True)


if __name__ == "__main__":
    main()
