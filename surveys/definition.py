"""A survey's definition as a file: its codes, kinds, conditions and texts in every language version, in JSON, so
that a survey can be reviewed outside the admin, kept under version control and brought into another
installation. The file follows the survey builder's blocks (surveys.blocks) field by field, so that nothing here
names a kind of question: a text field (CharBlock, TextBlock, RichTextBlock: what wagtail-localize translates)
holds {language: text}; every other field one value, the same in every language.

Reading a file refuses what it cannot use with a message naming the line, and creates the survey as a draft
in each language the site has a survey index for; the survey's own checks (codes, conditions) then apply as
they do in the editor."""

import json
import json.decoder
import json.scanner
import re
import uuid

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.models import Locale

from .blocks import SectionBlock
from .models import Audience, SurveyIndexPage, SurveyPage

FORMAT = "kuntaan-survey-definition/1"
TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)
SECTIONS = blocks.ListBlock(SectionBlock())  # the survey's sections field, as one block to walk
PAGE_TEXTS = ("title", "intro", "privacy_notice", "thank_you")
PAGE_VALUES = ("audience", "series", "round_year")


class DefinitionError(ValueError):
    """A file that cannot be read as a survey definition; the message names the line."""


# Writing


def definition_of(survey, versions=None):
    """The definition of `survey` (any language version) with the texts of each of its language versions
    (`versions`, if the caller has them already), the latest draft of each."""
    versions = versions or survey.language_versions()
    drafts = {language: version.get_latest_revision_as_object() for language, version in versions.items()}
    source = survey.canonical.locale.language_code
    languages = [source, *sorted(language for language in drafts if language != source)]
    drafts = {language: drafts[language] for language in languages}
    definition = {"format": FORMAT, "source_language": source, "languages": languages}
    definition.update({name: getattr(drafts[source], name) for name in PAGE_VALUES})
    for name in PAGE_TEXTS:
        definition[name] = {language: str(getattr(page, name) or "") for language, page in drafts.items()}
    sections = {language: [dict(s["value"]) for s in page.sections.raw_data] for language, page in drafts.items()}
    definition["sections"] = _written(SECTIONS.child_block, sections, source, many=True)
    return definition


def _written(block, values, source, many=False):
    """`values` ({language: raw value}) of `block` as the file holds them; `many`: lists of such values, written
    item by item, each language's item matched by its place."""
    if many:
        count = len(values[source])
        return [_written(block, {lang: v[i] for lang, v in values.items() if i < len(v)}, source) for i in range(count)]
    if isinstance(block, TEXT_BLOCKS):
        return {language: value for language, value in values.items() if value}
    if isinstance(block, blocks.StructBlock):
        return {
            name: _written(child, {lang: (v or {}).get(name) for lang, v in values.items()}, source)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        items = {lang: [_item(item) for item in (v or [])] for lang, v in values.items()}
        return _written(block.child_block, items, source, many=True)
    if isinstance(block, blocks.StreamBlock):
        children = {lang: list(v or []) for lang, v in values.items()}
        written = []
        for i, child in enumerate(children[source]):
            same = {lang: c[i]["value"] for lang, c in children.items() if i < len(c) and c[i]["type"] == child["type"]}
            written.append({"kind": child["type"], **_written(block.child_blocks[child["type"]], same, source)})
        return written
    return values[source]


def _item(item):
    """A ListBlock item's value, in either of the raw forms Wagtail stores."""
    return item["value"] if isinstance(item, dict) and item.get("type") == "item" else item


# Reading


class _Located(dict):
    """A JSON object that knows the line it starts on."""

    line = 1


class _LocatingDecoder(json.JSONDecoder):
    """json's own decoder (its pure-Python scanner), whose objects remember their line."""

    def __init__(self):
        super().__init__()

        def parse_object(s_and_end, *args, **kwargs):
            text, start = s_and_end
            parsed, end = json.decoder.JSONObject(s_and_end, *args, **kwargs)
            located = _Located(parsed)
            located.line = text.count("\n", 0, start) + 1
            return located, end

        self.parse_object = parse_object
        self.scan_once = json.scanner.py_make_scanner(self)


def read_definition(text):
    """The file's content as JSON, each object knowing its line."""
    try:
        definition = _LocatingDecoder().decode(text)
    except json.JSONDecodeError as error:
        raise DefinitionError(
            _("Line %(line)s: not valid JSON (%(problem)s).") % {"line": error.lineno, "problem": error.msg}
        ) from error
    if not isinstance(definition, _Located) or definition.get("format") != FORMAT:
        raise DefinitionError(
            _("Line 1: this is not a survey definition (“format” should be “%(format)s”).") % {"format": FORMAT}
        )
    return definition


def _refuse(where, message):
    raise DefinitionError(_("Line %(line)s: %(problem)s") % {"line": getattr(where, "line", 1), "problem": message})


def _raw(block, data, language, source, where):
    """The raw stream value of `block` in `language` from the file's `data` (`where`: the object it is in)."""
    if isinstance(block, TEXT_BLOCKS):
        if not block.required and (data is None or (isinstance(data, dict) and not data.get(source))):
            return ""
        if not isinstance(data, dict) or not isinstance(data.get(source), str):
            _refuse(
                where, _("a text needs its %(language)s version (an object of language: text).") % {"language": source}
            )
        text = data.get(language)
        return text if isinstance(text, str) and text else data[source]
    if isinstance(block, blocks.StructBlock):
        if not isinstance(data, dict):
            _refuse(where, _("an object was expected here."))
        raw = {}
        for name, child in block.child_blocks.items():
            if name in data:
                raw[name] = _raw(child, data[name], language, source, data)
            else:
                raw[name] = child.get_prep_value(child.get_default())
        return raw
    if isinstance(block, blocks.ListBlock):
        if not isinstance(data, list):
            _refuse(where, _("a list was expected here."))
        child = block.child_block
        return [
            {
                "type": "item",
                "value": _raw(child, item, language, source, item if isinstance(item, dict) else where),
                "id": str(uuid.uuid4()),
            }
            for item in data
        ]
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(data, list):
            _refuse(where, _("a list was expected here."))
        raw = []
        for item in data:
            kind = item.get("kind") if isinstance(item, dict) else None
            if kind not in block.child_blocks:
                kinds = ", ".join(block.child_blocks)
                _refuse(
                    item if isinstance(item, dict) else where, _("“kind” must be one of: %(kinds)s.") % {"kinds": kinds}
                )
            fields = _Located({key: value for key, value in item.items() if key != "kind"})
            fields.line = item.line
            raw.append(
                {
                    "type": kind,
                    "value": _raw(block.child_blocks[kind], fields, language, source, item),
                    "id": str(uuid.uuid4()),
                }
            )
        return raw
    return data


@transaction.atomic
def create_from_definition(text):
    """A new draft survey from a definition file's `text`, in its source language under that language's survey
    index, with a draft translation in each of its other languages that has a survey index. Returns (the survey,
    the languages it was created in)."""
    definition = read_definition(text)
    source = definition.get("source_language")
    languages = definition.get("languages")
    if not isinstance(languages, list) or source not in languages:
        _refuse(definition, _("“languages” must list the languages, “source_language” among them."))
    indexes = {
        index.locale.language_code: index
        for index in SurveyIndexPage.objects.filter(locale__language_code__in=languages).select_related("locale")
    }
    if source not in indexes:
        _refuse(definition, _("the site has no survey index in %(language)s.") % {"language": source})
    if definition.get("audience") not in Audience.values:
        _refuse(definition, _("“audience” must be one of: %(values)s.") % {"values": ", ".join(Audience.values)})
    sections = definition.get("sections")
    if not isinstance(sections, list) or not sections:
        _refuse(definition, _("“sections” must list the survey's sections."))
    survey = _page(definition, SurveyPage(), source, source)
    survey.slug = _free_slug(indexes[source], survey.title)
    survey.locale = indexes[source].locale
    survey.live = False
    _check(survey, definition)
    indexes[source].add_child(instance=survey)
    survey.save_revision()
    created = [source]
    for language in languages:
        if language == source or language not in indexes:
            continue
        translation = survey.copy_for_translation(Locale.objects.get(language_code=language))
        _page(definition, translation, language, source)
        translation.save()  # the draft's own row, as the editor shows it
        translation.save_revision()
        created.append(language)
    return survey, created


def _page(definition, page, language, source):
    """`page` with the definition's fields in `language`."""
    for name in PAGE_VALUES:
        setattr(page, name, definition.get(name))
    for name in PAGE_TEXTS:
        texts = definition.get(name)
        if not isinstance(texts, dict) or not isinstance(texts.get(source), str):
            _refuse(definition, _("“%(field)s” needs its %(language)s text.") % {"field": name, "language": source})
        setattr(page, name, texts.get(language) or texts[source])
    raw = _raw(SECTIONS, definition["sections"], language, source, definition)
    page.sections = json.dumps([{"type": "section", "value": item["value"], "id": item["id"]} for item in raw])
    return page


def _check(survey, definition):
    """The survey's own checks (codes unique, conditions pointing at earlier questions and their choices), their
    messages with the line of the section or question they name where it can be found."""
    try:
        survey.full_clean(exclude=["path", "depth", "slug"])
    except ValidationError as error:
        problems = [message for messages in error.message_dict.values() for message in messages]
        by_label, by_code = _lines_of_questions(definition)
        located = []
        for problem in problems:
            quoted = (
                line for label, line in by_label.items() if re.search(rf"[“”\"]{re.escape(label)}[“”\"]", problem)
            )
            line = next(quoted, None)
            line = line or next(
                (line for code, line in by_code.items() if re.search(rf"\b{re.escape(code)}\b", problem)), None
            )
            located.append(_("Line %(line)s: %(problem)s") % {"line": line, "problem": problem} if line else problem)
        raise DefinitionError(" ".join(located)) from error


def _lines_of_questions(definition):
    """({section title or question text in the source language: line}, {question code: line}), the later of
    two with the same code (the one a "used twice" message is about)."""
    source = definition["source_language"]
    by_label, by_code = {}, {}
    for section in definition["sections"]:
        if not isinstance(section, _Located):
            continue
        by_label[(section.get("title") or {}).get(source)] = section.line
        for question in section.get("questions") or []:
            if isinstance(question, _Located):
                by_label[(question.get("label") or {}).get(source)] = question.line
                by_code[question.get("code")] = question.line
    by_label = {label: line for label, line in by_label.items() if isinstance(label, str)}
    return by_label, {code: line for code, line in by_code.items() if isinstance(code, str)}


def _free_slug(parent, title):
    base = slugify(title)[:60] or "survey"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


# Translation overview


def texts_by_language(definition):
    """Every text of a definition as {language: text}, in the file's order (the page's texts, then the sections')."""
    found = []

    def walk(value):
        if isinstance(value, dict) and value and all(language in definition["languages"] for language in value):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for name in PAGE_TEXTS:
        walk(definition[name])
    walk(definition["sections"])
    return found


def translation_overview(survey):
    """Per language version of `survey`: how many of the source's texts it has in a wording of its own (not the
    source's words, which a new translation starts from), when it was last edited, and whether the source has
    been edited since."""
    versions = survey.language_versions()
    definition = definition_of(survey, versions)
    source = definition["source_language"]
    texts = [text for text in texts_by_language(definition) if text.get(source)]
    source_edited = versions[source].latest_revision_created_at
    rows = []
    for language in definition["languages"]:
        version = versions[language]
        own = sum(1 for text in texts if text.get(language) and (language == source or text[language] != text[source]))
        edited = version.latest_revision_created_at
        rows.append(
            {
                "language": language,
                "version": version,
                "translated": own,
                "total": len(texts),
                "edited": edited,
                "source_changed_since": language != source
                and bool(source_edited and edited and source_edited > edited),
            }
        )
    return rows
