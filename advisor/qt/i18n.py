"""Language and region: which ones to use, and installing Qt's own translator before the app's (Qt's licensewizard
order).

The language (Español / English) decides the words; the region (a country code: MX, ES, AR, US...) decides how
numbers are written, everywhere in the app and in the report it exports: the app's `QLocale` default is the language
in that region (es_MX writes 1,450.5, es_AR 1.450,5, en_ES 1.450,5). Both default to the system's and are chosen on
the Welcome page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from advisor.core.resources import resource_path

LANGUAGES = ("en", "es")
_installed: list[QTranslator] = []
_current = "en"
_region = ""  # "" until one is known: numbers then follow the language's usual region (es_ES, en_US)
# Locales tried, in this order, for a language in a region Qt has no locale for (English in Argentina): the first
# that writes numbers as the region does
_PREFERRED = {"es": ("es_ES", "es_419", "es_MX", "es_US"), "en": ("en_US", "en_ES", "en_GB")}


def system_language(locale: QLocale | None = None) -> str:
    """Spanish for any es_* locale (es_ES, es_MX, es_AR, ...), English otherwise: the environment's locale first
    (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the command line's rule), else the system's (Windows, macOS settings)."""
    from advisor.core.messages.language import language_of, locale_from_environment

    if locale is None and locale_from_environment():
        return language_of(locale_from_environment())
    return language_of((locale or QLocale.system()).name())


def system_region(locale: QLocale | None = None) -> str:
    """The country of the user's locale ('es_MX.UTF-8' → 'MX'): the environment's first, as for the language, else
    the system's (Windows, macOS settings); "" when none names one. Latin America as a whole ('es_419', "Español
    (Latinoamérica)" on macOS and Windows) is '419': no country, but its numbers (1,450.5), as the CLI reads it."""
    from advisor.core.messages.language import locale_from_environment, region_of

    if locale is None:
        region = region_of(locale_from_environment())
        if len(region) == 2 or region == LATIN_AMERICA:
            return region
    territory = (locale or QLocale.system()).territory()
    if territory == QLocale.Country.AnyTerritory:
        return ""
    code = QLocale.territoryToCode(territory)
    return code if (len(code) == 2 and code.isalpha()) or code == LATIN_AMERICA else ""


LATIN_AMERICA = "419"  # the UN M.49 code locales use for Latin America (es_419)


def _language_locale(language: str) -> QLocale:
    return QLocale("es_ES" if language == "es" else "en_US")


def region_locale(language: str, region: str) -> QLocale:
    """The locale figures are written in: `language` in `region` (es_MX, en_GB); where Qt has no such pair (English
    in Argentina, Spanish in Germany), a locale of the language that writes numbers with the region's own signs
    (en_ES: 1.450,5), else the language's usual one."""
    base = _language_locale(language)
    territory = QLocale.codeToTerritory(region) if region else QLocale.Country.AnyTerritory
    if territory == QLocale.Country.AnyTerritory:
        return base
    exact = QLocale(base.language(), territory)
    if exact.territory() == territory and exact.language() == base.language():
        return exact
    native = QLocale(QLocale.Language.AnyLanguage, territory)
    if native.territory() != territory:
        return base
    candidates = [QLocale(name) for name in _PREFERRED.get(language, ())]
    candidates += QLocale.matchingLocales(base.language(), QLocale.Script.AnyScript, QLocale.Country.AnyTerritory)
    same_decimal = [c for c in candidates if c.decimalPoint() == native.decimalPoint()]
    same_both = [c for c in same_decimal if c.groupSeparator() == native.groupSeparator()]
    return (same_both or same_decimal or [base])[0]


def qm_path(language: str) -> str:
    return str(resource_path("translations", f"advisor_{language}.qm"))


def current_language() -> str:
    """The language the app shows now ("en" until one is installed)."""
    return _current


def current_region() -> str:
    """The region numbers are written for now (a country code), "" while none is known."""
    return _region


def install_language(language: str, region: str | None = None) -> str:
    """Swap the installed translators and set the locale figures are written in (`language` in `region`; None keeps
    the region as it is). Every widget takes the new locale (a LocaleChange: spin boxes rewrite their numbers) and
    gets a LanguageChange event, on which each page retranslates itself and writes its figures again."""
    global _current, _region
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs the application to exist")
    language = language if language in LANGUAGES else "en"
    _current = language
    if region is not None:
        _region = region.strip().upper() if len(region.strip()) in (2, 3) else ""
    QLocale.setDefault(region_locale(language, _region))
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LocaleChange))  # widgets made earlier take the new locale
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = _language_locale(language)
    base = QTranslator(app)
    if base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(base)
        _installed.append(base)
    own = QTranslator(app)
    if own.load(qm_path(language)):
        app.installTranslator(own)
        _installed.append(own)
    return language
