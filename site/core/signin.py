"""Signing in, throttled wherever it happens (the admin's sign-in, Wagtail's front-end sign-in at
/<lang>/_util/login/, anything that calls django.contrib.auth.authenticate): after 5 failed attempts on one
account, or 20 from one address, within 15 minutes, further attempts are refused until the window has passed,
whatever the password, and the password is not even checked. Failures are counted from Django's
user_login_failed signal, in the shared cache, so every process and server sees the same counts. Passwords of
password-protected pages are held back the same way, by address."""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.forms.utils import ErrorDict
from django.utils.translation import gettext as _
from wagtail.admin.views.account import LoginView
from wagtail.views import authenticate_with_password

from .ratelimit import Limit, refusal

# Per account (a password guessed slowly from many addresses) and per address (many accounts tried from one).
LOGIN_FAILURES_BY_ACCOUNT = Limit("login-account", limit=5, window_seconds=15 * 60)
LOGIN_FAILURES_BY_ADDRESS = Limit("login-address", limit=20, window_seconds=15 * 60)
PAGE_PASSWORD_FAILURES = Limit("page-password", limit=20, window_seconds=15 * 60)


def _account(username):
    return (username or "").strip().lower()[:150]


def held(request, username):
    """Whether sign-ins to `username`, or from this request's address, are held for now."""
    account = _account(username)
    return LOGIN_FAILURES_BY_ACCOUNT.exceeded(request, account) or LOGIN_FAILURES_BY_ADDRESS.exceeded(request)


def count_failure(sender, credentials, request=None, **kwargs):
    """user_login_failed: one more failure for the account and for the address."""
    if request is not None:
        LOGIN_FAILURES_BY_ACCOUNT.record(request, _account(credentials.get("username")))
        LOGIN_FAILURES_BY_ADDRESS.record(request)


def connect():
    user_login_failed.connect(count_failure, dispatch_uid="kuntaan-count-login-failure")


class ThrottledModelBackend(ModelBackend):
    """Django's backend, refusing (without checking the password) while the account or the address is held."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is not None and held(request, username or kwargs.get("email")):
            raise PermissionDenied  # no other backend is asked either
        return super().authenticate(request, username=username, password=password, **kwargs)


class ThrottledLoginView(LoginView):
    """Wagtail's admin sign-in, which says why a held sign-in is refused (429) instead of "wrong password"."""

    def post(self, request, *args, **kwargs):
        if held(request, request.POST.get("username")):
            # An unbound form with the message alone: validating the posted one would check the password.
            form = self.get_form_class()(request, initial={"username": request.POST.get("username", "")})
            message = _(
                "Too many failed sign-in attempts for this account or from this address. Wait 15 minutes and try "
                "again, or reset your password."
            )
            form._errors = ErrorDict({NON_FIELD_ERRORS: form.error_class([message], error_class="nonfield")})
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)


def throttled_page_password(request, page_view_restriction_id, page_id):
    """Wagtail's form for a password-protected page: wrong passwords from one address are held back after 20."""
    if request.method == "POST":
        if PAGE_PASSWORD_FAILURES.exceeded(request):
            return refusal(_("Too many wrong passwords. Wait 15 minutes and try again."))
        response = authenticate_with_password(request, page_view_restriction_id, page_id)
        if response.status_code == 200:  # the form again: the password was wrong
            PAGE_PASSWORD_FAILURES.record(request)
        return response
    return authenticate_with_password(request, page_view_restriction_id, page_id)
