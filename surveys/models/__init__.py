"""Surveys built in Wagtail: a survey page holds sections (steps) of questions; responses keep the revision they
answered, so editing a live survey never changes what an earlier answer meant."""

from .access_codes import AccessCode, AccessCodeBatch
from .invitations import Invitation, InvitationEvent, ScheduledReminder, hash_token, new_token
from .pages import Audience, SurveyIndexPage, SurveyPage
from .responses import Answer, AnswerManager, ResponseManager, ResponseStatus, SurveyResponse, ValueCode

__all__ = [
    "AccessCode",
    "AccessCodeBatch",
    "Answer",
    "AnswerManager",
    "Audience",
    "Invitation",
    "InvitationEvent",
    "ResponseManager",
    "ResponseStatus",
    "ScheduledReminder",
    "SurveyIndexPage",
    "SurveyPage",
    "SurveyResponse",
    "ValueCode",
    "hash_token",
    "new_token",
]
