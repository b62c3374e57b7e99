#include "localization.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

QString Localization::install(QCoreApplication *app, const QLocale &locale)
{
    auto *own = new QTranslator(app);
    QString language = QStringLiteral("en");
    // QTranslator tries the locale's UI languages in order (pt_BR, then pt, …).
    if (own->load(locale, QStringLiteral("liftoff"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        language = QFileInfo(own->filePath()).baseName().section(QLatin1Char('_'), 1);
    } else if (!own->load(QStringLiteral(":/i18n/liftoff_en.qm"))) {
        qCWarning(lcUi) << "no translations embedded; plural forms will read \"(s)\"";
    }
    if (!own->isEmpty())
        app->installTranslator(own);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    return language;
}
