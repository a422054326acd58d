"""One-time paper access codes for participants' surveys: staff print a batch for a class or an event; each
respondent types one before answering, and it is used up when the answers are sent.

Codes are 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits: guessing is
rate-limited like wrong invitation links. They are kept readable so that staff can print a batch again."""

import secrets

from django.db import transaction

from .models import AccessCode, AccessCodeBatch

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 8
MAX_BATCH = 500


class CodeAlreadyUsed(Exception):
    """The code was used by someone else between being accepted and the answers being sent."""


def shown(code):
    """ "ABCD-EFGH": easier to copy from paper."""
    return f"{code[:4]}-{code[4:]}"


def normalised(typed):
    return "".join(c for c in typed.upper() if c.isalnum())[:32]


@transaction.atomic
def create_batch(survey, label, count):
    batch = AccessCodeBatch.objects.create(survey=survey, label=label)
    codes = set()
    while len(codes) < count:
        codes.add("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))
    AccessCode.objects.bulk_create([AccessCode(batch=batch, code=code) for code in codes])
    return batch


def session_key(survey):
    return f"access_code_{survey.translation_key.hex}"  # the same in every language of the survey


def find_unused(survey, typed):
    return AccessCode.objects.filter(code=normalised(typed), batch__survey_id=survey.canonical_pk, used=False).first()


def use(code_id):
    """Mark the code used (that alone, no date); CodeAlreadyUsed if it was used meanwhile. Called inside the
    transaction that stores the response, so that both happen or neither."""
    if not AccessCode.objects.filter(pk=code_id, used=False).update(used=True):
        raise CodeAlreadyUsed
