"""Reading stored answers back with the labels of the survey version they answered."""

from .forms import shown_fields
from .structure import all_questions, sections_of


def response_rows(response):
    """[(question label, shown answer)] of a response, in the order of the revision it answered. A number
    question's answer is the number itself (a Decimal), so that files keep it a number."""
    survey = response.revision.as_object()
    questions = all_questions(sections_of(survey.sections))
    by_question = {}
    for answer in response.answers.all():
        by_question.setdefault(answer.question, []).append(answer)
    rows = []
    for question in questions:
        for name, label, choices in shown_fields(question, survey.round_year):
            answers = by_question.get(name, [])
            if not answers:
                continue
            shown = []
            for answer in answers:
                if answer.choice:
                    choice = str(choices.get(answer.choice, answer.choice))
                    shown.append(f"{choice}: {answer.text}" if answer.text else choice)
                elif answer.number is not None:
                    shown.append(f"{answer.number.normalize():f}")
                elif answer.date:
                    shown.append(answer.date.isoformat())
                else:
                    shown.append(answer.text)
            if len(answers) == 1 and answers[0].number is not None and not answers[0].choice:
                number = answers[0].number
                rows.append((label, int(number) if number == number.to_integral_value() else number.normalize()))
            else:
                rows.append((label, ", ".join(shown)))
    return rows
