#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// Loads Liftoff's translations (embedded under :/i18n) and Qt's own (qtbase_<lang>.qm, for dialog
// buttons and the command-line parser) so that every tr() string, plural forms included, speaks
// the person's language. English has a translation file too: it only carries the plural forms
// ("1 day", "2 days"). The language follows the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG
// through QLocale) unless `--lang CODE` says otherwise.
class Localization
{
    Q_DECLARE_TR_FUNCTIONS(Localization)
public:
    // The languages Liftoff is translated into, as codes ("de", "en", "pt_BR", …), sorted.
    static QStringList availableLanguages();
    // "de, en, es, …", for messages.
    static QString describeAvailableLanguages();
    // The available language a code asks for: "pt-BR", "pt_br" and "pt" give "pt_BR", "de_AT"
    // gives "de". Empty when none fits.
    static QString matchLanguage(const QString &code);

    // Takes `--lang CODE` or `--lang=CODE` out of the arguments (program name first; anything
    // after "--" is left alone) and returns CODE, "" when the option has no value, nothing when
    // it is not there.
    static std::optional<QString> takeLanguageOption(QStringList &arguments);

    // Installs the translators for the system's languages, the first one Liftoff has (English
    // when none); returns the language used.
    static QString install(QCoreApplication *app, const QLocale &locale = QLocale());
    // Whether installLanguage() would find `language` (checked before the application object
    // exists: a usage error needs no display).
    static bool hasLanguage(const QString &language);
    // Installs the translators for `--lang`: an available language (see matchLanguage()), or a
    // .qm file made with lrelease (to try a translation without building Liftoff). Also makes it
    // the default locale, so that dates and numbers match. Returns false and installs nothing
    // when there is no such language or file.
    static bool installLanguage(QCoreApplication *app, const QString &language);
    // Why installLanguage() refused `language`, with the languages there are (translated: call
    // it once install() has run).
    static QString unknownLanguageMessage(const QString &language);
};
