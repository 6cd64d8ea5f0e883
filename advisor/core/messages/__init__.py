"""Every sentence the product says, once, in English and Spanish: the CLI, the app and the report render these.

- `translations`: `QT_TRANSLATE_NOOP` (the marker pyside6-lupdate extracts) and the reader of the `.ts` files;
- `speaker`: a `Speaker` in one language (lookup, placeholders, figures written the region's way);
- `language`: which language and number style, from `--lang` or the environment (the app's rule too);
- `sizing`, `servers`, `catalog`, `costs`, `report`: each capability's coded results in words;
- `figures`: how many decimals each kind of figure is shown with.
"""

from advisor.core.messages.language import LANGUAGES, language_of, locale_from_environment
from advisor.core.messages.speaker import ENGLISH, Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg

__all__ = ["ENGLISH", "LANGUAGES", "QT_TRANSLATE_NOOP", "Msg", "Speaker", "language_of", "locale_from_environment"]
