"""Answering a survey through its pages, as a respondent's browser would (posting forms, following redirects)."""

import re

from surveys.forms import SectionForm

PREFIX_RE = re.compile(r'name="([\w-]+)-current_step" value="([\w-]+)"')
# A statement run for many rows at once (executemany) is logged as "20 times: INSERT …".
DATA_STATEMENT = re.compile(r"^\s*(\d+ times: )?(WITH|SELECT|INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def statements(captured):
    """The statements that read or write data (not BEGIN, COMMIT or savepoints, which differ by database)."""
    return [query["sql"] for query in captured.captured_queries if DATA_STATEMENT.match(query["sql"])]


def writes(captured):
    """The first word of each statement that writes data: INSERT, UPDATE, DELETE (or WITH)."""
    return [sql.split()[0].upper() for sql in statements(captured) if not sql.lstrip().upper().startswith("SELECT")]


def current_step(html):
    """(wizard prefix, step) from the management form of a rendered step."""
    match = PREFIX_RE.search(html)
    assert match, "no wizard step on the page"
    return match.group(1).removesuffix("-current_step"), match.group(2)


def error_links_to(html, name):
    """Whether the page's error summary links to a control (input, select, textarea) of the field `name`, where
    a link puts the keyboard focus."""
    summary = html[html.index('class="error-summary"') :]
    for target in re.findall(r'href="#([^"]+)"', summary[: summary.index("</div>")]):
        tag = re.search(rf'<(?:input|select|textarea)\b[^>]*\bid="{re.escape(target)}"[^>]*>', html)
        if tag and f'name="{name}"' in tag.group(0):
            return True
    return False


def valid_data(form, overrides=None):
    """POST data answering every field of a section form with its first valid value."""
    data = {}
    for name, field in form.fields.items():
        choices = [value for value, _label in getattr(field, "choices", []) if value not in ("", None)]
        if field.__class__.__name__ == "MultipleChoiceField":
            data[name] = [choices[0]]
        elif choices:
            data[name] = choices[0]
        elif field.__class__.__name__ in ("IntegerField", "DecimalField"):
            data[name] = str(int(field.min_value or 0) + 1)
        elif field.__class__.__name__ == "DateField":
            data[name] = "2025-03-01"
        elif name.endswith("__other"):
            data[name] = ""
        else:
            data[name] = "Vastaus"
    data.update(overrides or {})
    return data


def post_step(client, url, prefix, step, answers, version=None):
    data = {f"{prefix}-current_step": step}
    for name, value in answers.items():
        data[f"{step}-{name}"] = value
    if version is not None:
        data["_version"] = str(version)
    return client.post(url, data)


def fill_until_review(client, start_url, overrides=None):
    """Walk every step from `start_url`, answering each shown question (overrides by code), up to the review
    step. Returns (review URL, wizard prefix, last response)."""
    response = client.get(start_url, follow=True)
    for _ in range(20):
        url = response.redirect_chain[-1][0] if response.redirect_chain else start_url
        prefix, step = current_step(response.content.decode())
        if step == "review":
            return url, prefix, response
        form = response.context["wizard"]["form"]
        assert isinstance(form, SectionForm)
        data = {f"{step}-{k}": v for k, v in valid_data(form, overrides).items()}
        response = client.post(url, {f"{prefix}-current_step": step, **data}, follow=True)
    raise AssertionError("the survey did not end")


def answer_survey(client, survey, start_url, overrides=None, review=None):
    """Answer every step and send; returns the last response (after following redirects)."""
    url, prefix, _response = fill_until_review(client, start_url, overrides)
    return client.post(url, {f"{prefix}-current_step": "review", **(review or {})}, follow=True)
