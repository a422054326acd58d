"""The site's languages, in one place: settings read them, and so do the Makefile's `messages` target and
scripts/check_messages.py (`python site/config/languages.py` prints the codes). Plain Python, no Django."""

# The site's pages exist in Finnish, Swedish and English (Finnish the default).
SITE_LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]
# Surveys for programme participants can also be offered in the participants' own languages (names as they
# write them); each has a home page and every string a respondent sees.
SURVEY_LANGUAGES = [
    ("ar", "العربية"),
    ("fa", "دری / فارسی"),
    ("ps", "پښتو"),
    ("ku", "Kurdî"),
    ("so", "Soomaali"),
    ("ti", "ትግርኛ"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("fr", "Français"),
    ("sw", "Kiswahili"),
    ("es", "Español"),
]
LANGUAGES = SITE_LANGUAGES + SURVEY_LANGUAGES

if __name__ == "__main__":
    print(" ".join(code for code, _name in LANGUAGES))
