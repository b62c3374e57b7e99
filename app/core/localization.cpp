#include "core/localization.h"

#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace {

QString embeddedFile(const QString &language)
{
    return QStringLiteral(":/i18n/liftoff_%1.qm").arg(language);
}

// Liftoff's translator, then Qt's own for the same language (none for English: Qt's source
// strings are English already). Qt's may be missing (qt6-translations-l10n not installed): its
// buttons then stay in English, everything else is translated.
void installTranslators(QCoreApplication *app, std::unique_ptr<QTranslator> own,
                        const QString &language)
{
    own->setParent(app);
    app->installTranslator(own.release());
    if (language.isEmpty() || language.startsWith(QLatin1String("en")))
        return;
    auto qt = std::make_unique<QTranslator>();
    const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!qt->load(QStringLiteral("qtbase_") + language, directory)) {
        qCInfo(lcUi) << "no Qt translations for" << language << "in" << directory;
        return;
    }
    qt->setParent(app);
    app->installTranslator(qt.release());
}

} // namespace

QStringList Localization::availableLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("liftoff_*.qm") }, QDir::Files);
    for (const QString &file : files)
        languages.append(QFileInfo(file).completeBaseName().mid(int(qstrlen("liftoff_"))));
    languages.sort();
    return languages;
}

QString Localization::describeAvailableLanguages()
{
    // Codes only: QLocale's native names carry a territory ("American English") that the
    // translations do not have.
    return availableLanguages().join(QStringLiteral(", "));
}

QString Localization::matchLanguage(const QString &code)
{
    // "pt-BR", "pt_br", "de_DE.UTF-8", "sr@latin": language and territory only.
    QString wanted = code.trimmed();
    wanted.replace(u'-', u'_');
    wanted = wanted.section(u'.', 0, 0).section(u'@', 0, 0);
    if (wanted.isEmpty())
        return QString();
    const QString wantedLanguage = wanted.section(u'_', 0, 0);
    const QStringList available = availableLanguages();
    for (const QString &language : available) // exactly that
        if (language.compare(wanted, Qt::CaseInsensitive) == 0)
            return language;
    for (const QString &language : available) // de_AT: de
        if (language.compare(wantedLanguage, Qt::CaseInsensitive) == 0)
            return language;
    for (const QString &language : available) // pt, pt_PT: pt_BR rather than English
        if (language.section(u'_', 0, 0).compare(wantedLanguage, Qt::CaseInsensitive) == 0)
            return language;
    return QString();
}

std::optional<QString> Localization::takeLanguageOption(QStringList &arguments)
{
    std::optional<QString> language;
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == option) {
            const bool hasValue = i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u'-');
            language = hasValue ? arguments.at(i + 1) : QString();
            arguments.remove(i, hasValue ? 2 : 1);
            continue;
        }
        if (argument.startsWith(option + u'=')) {
            language = argument.mid(option.size() + 1);
            arguments.remove(i);
            continue;
        }
        ++i;
    }
    return language;
}

QString Localization::install(QCoreApplication *app, const QLocale &locale)
{
    // The first of the person's languages that Liftoff has (LANGUAGE=fr:de lists several).
    QString language;
    for (const QString &wanted : locale.uiLanguages()) {
        language = matchLanguage(wanted);
        if (!language.isEmpty())
            break;
    }
    if (language.isEmpty())
        language = QStringLiteral("en");
    auto own = std::make_unique<QTranslator>();
    if (!own->load(embeddedFile(language))) {
        qCWarning(lcUi) << "no translations embedded; plural forms will read \"(s)\"";
        return QStringLiteral("en");
    }
    installTranslators(app, std::move(own), language);
    return language;
}

bool Localization::hasLanguage(const QString &language)
{
    if (language.endsWith(QLatin1String(".qm"), Qt::CaseInsensitive))
        return QFileInfo(language).isFile();
    return !matchLanguage(language).isEmpty();
}

bool Localization::installLanguage(QCoreApplication *app, const QString &language)
{
    auto own = std::make_unique<QTranslator>();
    QString code;
    if (language.endsWith(QLatin1String(".qm"), Qt::CaseInsensitive)) {
        // A translation being worked on: `lrelease translations/liftoff_xx.ts`, then
        // `liftoff --lang translations/liftoff_xx.qm`. Its language comes from the file.
        if (!own->load(QFileInfo(language).absoluteFilePath()))
            return false;
        code = own->language().replace(u'-', u'_');
    } else {
        code = matchLanguage(language);
        if (code.isEmpty() || !own->load(embeddedFile(code)))
            return false;
    }
    if (!code.isEmpty())
        QLocale::setDefault(QLocale(code));
    installTranslators(app, std::move(own), code);
    return true;
}

QString Localization::unknownLanguageMessage(const QString &language)
{
    const QString available = describeAvailableLanguages();
    if (language.isEmpty())
        return tr("--lang needs a language code. Languages: %1.").arg(available);
    if (language.endsWith(QLatin1String(".qm"), Qt::CaseInsensitive))
        return tr("could not read the translation file %1. Make it with lrelease from a .ts "
                  "file, or give a language code: %2.")
            .arg(language, available);
    return tr("there is no translation into \"%1\". Languages: %2.").arg(language, available);
}
