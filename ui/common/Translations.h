#pragma once

#include <QLocale>

class QCoreApplication;

// Loads ForgeDesk's translation (compiled into the binary under :/i18n) and Qt's own (qtbase, from the
// system's Qt translations folder, for standard buttons and dialogs) for a locale's UI languages —
// QLocale::system() follows LANGUAGE, then LC_ALL / LC_MESSAGES / LANG.
namespace Translations {

// Installs the translators on `app` (replacing earlier ones); returns whether ForgeDesk's own was found
// (English needs none and returns false).
bool install(QCoreApplication* app, const QLocale& locale = QLocale::system());

} // namespace Translations
