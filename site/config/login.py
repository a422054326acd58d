"""The admin's sign-in, throttled: after 5 failed attempts on one account, or 20 from one address, within 15
minutes, further attempts are refused with a message (429) until the window has passed, whatever the password.
Counted in the shared cache, so every process and server sees the same counts."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict
from django.utils.translation import gettext as _
from wagtail.admin.views.account import LoginView

from core.ratelimit import Limit

# Failed admin sign-ins: per account (a password guessed slowly from many addresses) and per address (many
# accounts tried from one).
LOGIN_FAILURES_BY_ACCOUNT = Limit("login-account", limit=5, window_seconds=15 * 60)
LOGIN_FAILURES_BY_ADDRESS = Limit("login-address", limit=20, window_seconds=15 * 60)


def _account(request):
    return request.POST.get("username", "").strip().lower()[:150]


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        account = _account(request)
        if LOGIN_FAILURES_BY_ACCOUNT.exceeded(request, account) or LOGIN_FAILURES_BY_ADDRESS.exceeded(request):
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

    def form_invalid(self, form):
        LOGIN_FAILURES_BY_ACCOUNT.record(self.request, _account(self.request))
        LOGIN_FAILURES_BY_ADDRESS.record(self.request)
        return super().form_invalid(form)
