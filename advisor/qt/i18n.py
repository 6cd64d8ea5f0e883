"""Language: which one to use, and installing Qt's own translator before the app's (Qt's licensewizard order)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from advisor.core.resources import resource_path

LANGUAGES = ("en", "es")
_installed: list[QTranslator] = []
_current = "en"


def system_language(locale: QLocale | None = None) -> str:
    """Spanish for any es_* locale (es_ES, es_MX, es_AR, ...), English otherwise: the environment's locale first
    (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the command line's rule), else the system's (Windows, macOS settings)."""
    from advisor.core.messages.language import language_of, locale_from_environment

    if locale is None and locale_from_environment():
        return language_of(locale_from_environment())
    return language_of((locale or QLocale.system()).name())


def qm_path(language: str) -> str:
    return str(resource_path("translations", f"advisor_{language}.qm"))


def current_language() -> str:
    """The language the app shows now ("en" until one is installed)."""
    return _current


def install_language(language: str) -> str:
    """Swap the installed translators; every widget gets a LanguageChange event and retranslates itself."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs the application to exist")
    language = language if language in LANGUAGES else "en"
    _current = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale("es_ES" if language == "es" else "en_US")
    QLocale.setDefault(locale)
    base = QTranslator(app)
    if base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(base)
        _installed.append(base)
    own = QTranslator(app)
    if own.load(qm_path(language)):
        app.installTranslator(own)
        _installed.append(own)
    return language
