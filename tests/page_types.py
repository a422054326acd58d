"""Every page type of the site, by its API name: the list the page-type, query-count and browser tests share."""

PAGE_TYPES = [
    "pages.HomePage",
    "pages.ProgrammePage",
    "pages.NewsIndexPage",
    "pages.NewsPage",
    "pages.EventIndexPage",
    "pages.EventPage",
    "pages.StandardPage",
    "pages.AccessibilityStatementPage",
    "pages.PrivacyNoticePage",
    "projects.ProjectIndexPage",
    "projects.ProjectPage",
    "surveys.SurveyIndexPage",
    "surveys.SurveyPage",
    "results.ResultsPage",
]
