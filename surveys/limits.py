"""How many wrong links and codes, and how many submissions, a client may send (core.ratelimit)."""

from core.ratelimit import Limit

WRONG_TOKENS = Limit("wrong-token", limit=20, window_seconds=15 * 60)
# Paper access codes are short (about 40 bits), so guessing them is held back before a code is even looked at;
# a class typing codes behind one school network makes mistakes, so the limit is generous and apart from links'.
WRONG_CODES = Limit("wrong-code", limit=100, window_seconds=15 * 60)
# Generous: a class answering on paper-access devices behind one school network must not be shut out.
SUBMISSIONS = Limit("submission", limit=200, window_seconds=60 * 60)
