#pragma once

#include <QLocale>

class QCoreApplication;

// Loads Liftoff's translations (embedded under :/i18n) and Qt's own for a locale, so that every
// tr() string, plural forms and Qt's dialog buttons speak the person's language. English has a
// translation file too: it only carries the plural forms ("1 day", "2 days").
class Localization
{
public:
    // Installs translators on the application; returns the language actually used ("en" when
    // nothing matched).
    static QString install(QCoreApplication *app, const QLocale &locale = QLocale());
};
