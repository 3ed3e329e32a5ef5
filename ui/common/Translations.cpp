#include "ui/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

bool install(QCoreApplication* app, const QLocale& locale)
{
    // Owned by the application; an earlier pair is removed so that a second call switches languages.
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    ours = new QTranslator(app);
    const bool found = ours->load(locale, u"forgedesk"_s, u"_"_s, u":/i18n"_s);
    if (found)
        QCoreApplication::installTranslator(ours);
    return found;
}

} // namespace Translations
