#include "../shared/memorytokenstore.h"
#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "core/localization.h"
#include "ddp/reconnectbackoff.h"
#include "devserver.h"
#include "sso/loginservice.h"
#include "storage/accountstore.h"
#include "storage/tokenjob.h"
#include "totp.h"
#include "ui/mainwindow.h"
#include "ui/recentservers.h"
#include "userdirectory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

// The translations: every language file complete and up to date with the sources, plural forms
// right, the languages chosen as documented (system locale, --lang), Qt's own strings translated
// too, and no user-visible string that escapes tr(), in the window and on the command line.
//
// "Escapes tr()" is found with a pseudo-translation that wraps every translated string in ⟦…⟧:
// in-process for the window (a QTranslator subclass), and for the command line a .qm made here
// from the sources (lupdate, then every message wrapped, then lrelease) that the real binary loads
// with `--lang FILE.qm` (the option translators use to try a translation without building). Text
// outside the markers that has letters was not translated, unless it is data (a server address,
// a user name), allowed below by objectName with the reason.

namespace {

const QString openMark = QStringLiteral("\u27e6");
const QString closeMark = QStringLiteral("\u27e7");

QString sourceDir()
{
    return QStringLiteral(LIFTOFF_SOURCE_DIR);
}

QString tsFile(const QString &language)
{
    return QDir(sourceDir()).filePath(QStringLiteral("translations/liftoff_%1.ts").arg(language));
}

// The languages translated in full (LIFTOFF_LANGUAGES in app/CMakeLists.txt); English carries
// the plural forms only.
QStringList translatedLanguages()
{
    return QString::fromLatin1(LIFTOFF_LANGUAGES).split(u',', Qt::SkipEmptyParts);
}

// Plural forms per language, as Qt's lrelease counts them (qttools numerus.cpp): one for
// Japanese, singular and plural for the others (French and Brazilian Portuguese count 0 as
// singular, German, Spanish and English as plural: tested in pluralForms()).
int expectedForms(const QString &language)
{
    return language.startsWith(QLatin1String("ja")) ? 1 : 2;
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation, or its numerus forms

    QString key() const { return context + u'|' + source + u'|' + comment; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms = QStringList { xml.readElementText() };
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// %1 … %99 and %n, as a set.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

// A keyboard accelerator: & before a character, "&&" being a literal ampersand.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return pattern.match(QString(text).remove(QLatin1String("&&"))).hasMatch();
}

// What is left of text once every ⟦…⟧ (nested: tr("%1, %2").arg(tr(…))) is taken out.
QString outsideMarks(const QString &text)
{
    QString outside;
    int depth = 0;
    for (const QChar c : text) {
        if (c == openMark.at(0))
            ++depth;
        else if (c == closeMark.at(0))
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            outside += c;
    }
    return outside;
}

bool hasLetters(const QString &text)
{
    for (const QChar c : text)
        if (c.isLetter())
            return true;
    return false;
}

// Wraps every translation in ⟦…⟧, Qt's own strings included: whatever shows without the
// marks did not go through tr().
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!sourceText || !*sourceText)
            return QString();
        return openMark + QString::fromUtf8(sourceText) + closeMark;
    }
    bool isEmpty() const override { return false; }
};

QString marked(const char *text)
{
    return openMark + QString::fromUtf8(text) + closeMark;
}

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult run(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  const QString &workingDirectory = QString())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        result.err = process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// lupdate over the sources, as update_translations runs it (app/CMakeLists.txt: the sources of
// app/ and ui/, no locations; English with the plural forms only).
ProcessResult lupdate(const QString &ts, bool pluralOnly)
{
    QStringList arguments { QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-silent") };
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QDir(sourceDir()).filePath(QStringLiteral("app"))
              << QDir(sourceDir()).filePath(QStringLiteral("ui")) << QStringLiteral("-ts") << ts;
    return run(QStringLiteral(LIFTOFF_LUPDATE), arguments);
}

// A process environment with the language given as the system's.
QProcessEnvironment systemLanguage(const QString &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    return environment;
}

} // namespace

// Fails the test (and ends it) when the window shows text that did not go through tr().
#define EXPECT_TRANSLATED(window, where)                                                           \
    do {                                                                                           \
        const QString problems = problemsIn(window, where);                                        \
        QVERIFY2(problems.isEmpty(), qPrintable(problems));                                        \
    } while (false)

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    // Every user-visible text of the window (and of the dialogs it opened) that is not inside
    // ⟦…⟧, as "what: text"; empty when everything went through tr().
    static QStringList untranslatedTexts(QWidget *window)
    {
        QStringList problems;
        QList<QWidget *> widgets { window };
        widgets += window->findChildren<QWidget *>();
        const auto check = [&problems](const QWidget *w, const char *what, const QString &text) {
            // A mnemonic's & is not text.
            if (hasLetters(outsideMarks(text).remove(u'&')))
                problems << QStringLiteral("%1 \"%2\" %3: %4")
                                .arg(QString::fromLatin1(w->metaObject()->className()),
                                     w->objectName(), QString::fromLatin1(what), text);
        };
        for (QWidget *w : std::as_const(widgets)) {
            // Data, never translated: the name and server address a session belongs to.
            const bool data
                = w->objectName() == u"displayName" || w->objectName() == u"serverAddress";
            if (w->isWindow())
                check(w, "window title", w->windowTitle());
            // The browser page's address field shows the whole address in its tool tip: data.
            if (w->objectName() != u"browserAddress")
                check(w, "tool tip", w->toolTip());
            check(w, "status tip", w->statusTip());
            check(w, "what's this", w->whatsThis());
            check(w, "accessible name", w->accessibleName());
            // A status line repeats its (translated) text here; a data label its data.
            if (!data)
                check(w, "accessible description", w->accessibleDescription());
            if (auto *label = qobject_cast<QLabel *>(w); label && !data)
                check(w, "text", label->text());
            // A single sign-on button shows the server's own label (buttonLabelText) or the
            // provider's name (GitHub): data; its tool tip and accessible name are ours.
            const bool serviceButton = w->objectName().startsWith(QLatin1String("service-"));
            if (auto *button = qobject_cast<QAbstractButton *>(w); button && !serviceButton)
                check(w, "text", button->text());
            // A field's text is what the person typed; its placeholder is ours.
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(w, "placeholder", edit->placeholderText());
            if (auto *group = qobject_cast<QGroupBox *>(w))
                check(w, "title", group->title());
            if (auto *box = qobject_cast<QMessageBox *>(w)) {
                check(w, "text", box->text());
                check(w, "informative text", box->informativeText());
            }
            if (auto *list = qobject_cast<QListWidget *>(w)) {
                for (int row = 0; row < list->count(); ++row) {
                    const QListWidgetItem *item = list->item(row);
                    QString text = item->text();
                    // The account list: a translated name line, then the server address (data).
                    if (list->objectName() == u"accountList")
                        text = text.section(u'\n', 0, 0);
                    check(w, "item", text);
                    check(w, "item tool tip", item->toolTip());
                    check(w, "item accessible text", item->data(Qt::AccessibleTextRole).toString());
                }
            }
        }
        return problems;
    }

    static QString problemsIn(QWidget *window, const char *where)
    {
        QTest::qWait(50); // posted updates (countdowns, status lines)
        const QStringList problems = untranslatedTexts(window);
        return problems.isEmpty() ? QString()
                                  : QString::fromLatin1(where) + QStringLiteral(":\n  ")
                + problems.join(QStringLiteral("\n  "));
    }

    // Removes the translators Localization installed on the application.
    static void removeTranslators()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::system());
    }

    // The pseudo-language .qm for the command line, made from the sources in m_dir.
    QString pseudoQm()
    {
        if (!m_pseudoQm.isEmpty())
            return m_pseudoQm;
        const QString sourceTs = m_dir.filePath(QStringLiteral("sources.ts"));
        const ProcessResult updated = lupdate(sourceTs, false);
        if (updated.exitCode != 0) {
            qWarning("lupdate failed: %s", qPrintable(updated.err));
            return QString();
        }
        // Every message translated as ⟦source⟧ (each plural form too).
        QFile in(sourceTs);
        const QString pseudoTs = m_dir.filePath(QStringLiteral("pseudo.ts"));
        QFile out(pseudoTs);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return QString();
        QXmlStreamReader reader(&in);
        QXmlStreamWriter writer(&out);
        QString source;
        bool numerus = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == u"TS") {
                writer.writeStartElement(QStringLiteral("TS"));
                writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
                writer.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
                continue;
            }
            if (reader.isStartElement() && reader.name() == u"message")
                numerus = reader.attributes().value(QLatin1String("numerus")) == u"yes";
            if (reader.isStartElement() && reader.name() == u"source") {
                source = reader.readElementText();
                writer.writeTextElement(QStringLiteral("source"), source);
                continue;
            }
            if (reader.isStartElement() && reader.name() == u"translation") {
                reader.skipCurrentElement();
                writer.writeStartElement(QStringLiteral("translation"));
                if (numerus) {
                    for (int i = 0; i < expectedForms(QStringLiteral("en")); ++i)
                        writer.writeTextElement(QStringLiteral("numerusform"),
                                                openMark + source + closeMark);
                } else {
                    writer.writeCharacters(openMark + source + closeMark);
                }
                writer.writeEndElement();
                continue;
            }
            if (reader.isStartDocument())
                writer.writeStartDocument();
            else if (reader.isEndDocument())
                writer.writeEndDocument();
            else
                writer.writeCurrentToken(reader);
        }
        out.close();
        const QString qm = m_dir.filePath(QStringLiteral("pseudo.qm"));
        const ProcessResult released
            = run(QStringLiteral(LIFTOFF_LRELEASE),
                  { QStringLiteral("-silent"), pseudoTs, QStringLiteral("-qm"), qm });
        if (released.exitCode != 0) {
            qWarning("lrelease failed: %s %s", qPrintable(released.out), qPrintable(released.err));
            return QString();
        }
        m_pseudoQm = qm;
        return qm;
    }

    QTemporaryDir m_dir;
    QString m_pseudoQm;
    QString m_app;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = qEnvironmentVariable("LIFTOFF_APP");
        QVERIFY2(!m_app.isEmpty(), "LIFTOFF_APP must point at the liftoff binary");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void init() { RecentServers().clear(); }

    // --- The language files ---------------------------------------------------------------

    void everyLanguageIsBuilt()
    {
        // Every translations/liftoff_*.ts is in the build (LIFTOFF_LANGUAGES, or English).
        QStringList files = QDir(QDir(sourceDir()).filePath(QStringLiteral("translations")))
                                .entryList({ QStringLiteral("liftoff_*.ts") }, QDir::Files);
        QStringList expected;
        for (const QString &language : translatedLanguages() + QStringList { QStringLiteral("en") })
            expected << QStringLiteral("liftoff_%1.ts").arg(language);
        files.sort();
        expected.sort();
        QCOMPARE(files, expected);
        for (const QString &language : expected) {
            const QString qm = QDir(QStringLiteral(LIFTOFF_QM_DIR))
                                   .filePath(QString(language).replace(QLatin1String(".ts"),
                                                                       QLatin1String(".qm")));
            QVERIFY2(QFile::exists(qm), qPrintable(qm));
        }
    }

    void languageFileIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : translatedLanguages())
            QTest::newRow(qPrintable(language)) << language;
        QTest::newRow("en (plural forms)") << QStringLiteral("en");
    }

    // No unfinished, obsolete or vanished entries; plural forms as many as the language has;
    // placeholders, accelerators and line ends kept; French spaces before : ; ? ! unbreakable.
    void languageFileIsComplete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTsFile(tsFile(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(!ts.messages.isEmpty());
        QVERIFY2(QLocale(ts.language).name().startsWith(language.section(u'_', 0, 0)),
                 qPrintable(ts.language));
        QStringList problems;
        for (const Message &m : ts.messages) {
            const QString what = QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(what, m.type);
                continue;
            }
            if (language == u"en" && !m.numerus)
                problems << what + QStringLiteral(" is not a plural form (English has only those)");
            if (m.numerus && m.forms.size() != expectedForms(language))
                problems << QStringLiteral("%1 has %2 plural forms, %3 needs %4")
                                .arg(what)
                                .arg(m.forms.size())
                                .arg(language)
                                .arg(expectedForms(language));
            for (const QString &form : m.forms) {
                if (form.isEmpty()) {
                    problems << what + QStringLiteral(" has an empty translation");
                    continue;
                }
                if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(what, form);
                if (hasAccelerator(m.source) != hasAccelerator(form))
                    problems << QStringLiteral("%1: accelerator (&) missing or extra in \"%2\"")
                                    .arg(what, form);
                if (m.source.endsWith(u' ') != form.endsWith(u' ')
                    || m.source.endsWith(u'\n') != form.endsWith(u'\n'))
                    problems << QStringLiteral("%1: line end differs in \"%2\"").arg(what, form);
                static const QRegularExpression frenchSpace(QStringLiteral(" [:;?!»]|« "));
                if (language == u"fr" && frenchSpace.match(form).hasMatch())
                    problems << QStringLiteral("%1: a normal space where French wants a "
                                               "non-breaking one (U+00A0) in \"%2\"")
                                    .arg(what, form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void languageFileMatchesTheSources_data() { languageFileIsComplete_data(); }

    // What update_translations would change: lupdate on a copy, then the messages compared.
    void languageFileMatchesTheSources()
    {
        QFETCH(QString, language);
        const QString copy = m_dir.filePath(QStringLiteral("check_liftoff_%1.ts").arg(language));
        QFile::remove(copy);
        QVERIFY(QFile::copy(tsFile(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const ProcessResult updated = lupdate(copy, language == u"en");
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.out + updated.err));

        const auto current = [](const TsFile &ts) {
            QSet<QString> keys;
            for (const Message &m : ts.messages)
                if (m.type != u"obsolete" && m.type != u"vanished")
                    keys.insert(m.key());
            return keys;
        };
        const QSet<QString> committed = current(readTsFile(tsFile(language)));
        const QSet<QString> fromSources = current(readTsFile(copy));
        QStringList problems;
        for (const QString &key : fromSources - committed)
            problems << QStringLiteral("new in the sources: ") + key;
        for (const QString &key : committed - fromSources)
            problems << QStringLiteral("gone from the sources: ") + key;
        problems.sort();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("translations/liftoff_%1.ts is not up to date (run "
                                           "the update_translations target, then "
                                           "scripts/translations-status.sh):\n")
                                .arg(language)
                            + problems.join(u'\n')));
    }

    // --- Plural forms at run time -----------------------------------------------------------

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *language, int n, const char *expected) {
            QTest::addRow("%s %d", language, n)
                << QString::fromLatin1(language) << n << QString::fromUtf8(expected);
        };
        row("en", 0, "(in %n days)");
        row("en", 1, "(in %n day)");
        row("en", 2, "(in %n days)");
        row("de", 0, "(in %n Tagen)");
        row("de", 1, "(in %n Tag)");
        row("de", 21, "(in %n Tagen)");
        row("fr", 0, "(dans %n jour)"); // French: 0 and 1 are singular
        row("fr", 1, "(dans %n jour)");
        row("fr", 2, "(dans %n jours)");
        row("es", 0, "(dentro de %n días)");
        row("es", 1, "(dentro de %n día)");
        row("es", 5, "(dentro de %n días)");
        row("pt_BR", 0, "(em %n dia)"); // Brazilian Portuguese: as French
        row("pt_BR", 1, "(em %n dia)");
        row("pt_BR", 2, "(em %n dias)");
        row("ja", 0, "(あと %n 日)"); // Japanese: one form
        row("ja", 1, "(あと %n 日)");
        row("ja", 90, "(あと %n 日)");
    }

    // The built .qm files pick the right form for n.
    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(LIFTOFF_QM_DIR))
                                    .filePath(QStringLiteral("liftoff_%1.qm").arg(language))));
        const QString text = translator.translate("SignedInPage", "%1\n(in %n day(s))",
                                                  "%1 is a date and time", n);
        QCOMPARE(text.section(u'\n', 1), expected);
    }

    // --- Choosing the language --------------------------------------------------------------

    void languageCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("de_DE.UTF-8") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("pt-BR") << QStringLiteral("pt-BR") << QStringLiteral("pt_BR");
        QTest::newRow("pt_br") << QStringLiteral("pt_br") << QStringLiteral("pt_BR");
        QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("pt_BR");
        QTest::newRow("pt_PT") << QStringLiteral("pt_PT") << QStringLiteral("pt_BR");
        QTest::newRow("JA") << QStringLiteral("JA") << QStringLiteral("ja");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("xx") << QStringLiteral("xx") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    // `--lang CODE` on the real binary: the window's --help and a command's, in that language.
    void languageCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const ProcessResult result
            = run(m_app, { QStringLiteral("--lang"), code, QStringLiteral("help") });
        if (expected.isEmpty()) {
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
            // What there is, so that the next try works.
            for (const QString &language : translatedLanguages())
                QVERIFY2(result.err.contains(language), qPrintable(result.err));
            QVERIFY2(result.err.startsWith(QLatin1String("liftoff: ")), qPrintable(result.err));
            return;
        }
        QCOMPARE(result.exitCode, 0);
        const QHash<QString, QString> commandsHeading {
            { QStringLiteral("en"), QStringLiteral("Commands (no display needed):") },
            { QStringLiteral("de"), QStringLiteral("Befehle (ohne Bildschirm nutzbar):") },
            { QStringLiteral("pt_BR"), QStringLiteral("Comandos (não precisam de tela):") },
            { QStringLiteral("ja"), QStringLiteral("コマンド (ディスプレイ不要):") },
        };
        QVERIFY2(result.out.contains(commandsHeading.value(expected)), qPrintable(result.out));
    }

    // A wrong --lang without a command is a usage error, told without a display.
    void unknownLanguageNeedsNoDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("--lang"), QStringLiteral("xx") },
               QStringList { QStringLiteral("--lang") },
               QStringList { QStringLiteral("--lang"),
                             m_dir.filePath(QStringLiteral("no.qm")) } }) {
            const ProcessResult result = run(m_app, arguments, environment);
            QCOMPARE(result.exitCode, 2);
            for (const QString &language : translatedLanguages())
                QVERIFY2(result.err.contains(language), qPrintable(result.err));
        }
    }

    void languageOptionAnywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("before the command")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("fr"),
                             QStringLiteral("login"), QStringLiteral("--help") };
        QTest::newRow("after the command")
            << QStringList { QStringLiteral("login"), QStringLiteral("--help"),
                             QStringLiteral("--lang=fr") };
        QTest::newRow("help login")
            << QStringList { QStringLiteral("help"), QStringLiteral("login"),
                             QStringLiteral("--lang"), QStringLiteral("fr") };
    }

    void languageOptionAnywhere()
    {
        QFETCH(QStringList, arguments);
        const ProcessResult result = run(m_app, arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Utilisation\u00a0: liftoff login")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("Codes de sortie\u00a0:")),
                 qPrintable(result.out));
        // Qt's own part of the option list (QCommandLineParser) is French too (Qt's French puts
        // an ordinary space before the colon).
        QVERIFY2(result.out.contains(QStringLiteral("Options :"))
                     || result.out.contains(QStringLiteral("Options\u00a0:")),
                 qPrintable(result.out));
    }

    // Without --lang the system's language (LANGUAGE, LC_ALL, LANG) is used; a language Liftoff
    // does not have falls back to English, and so do Qt's own strings.
    void systemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Optionen:");
        QTest::newRow("es_MX") << QStringLiteral("es_MX.UTF-8") << QStringLiteral("Opciones:");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR.UTF-8") << QStringLiteral("Opções:");
        QTest::newRow("it_IT") << QStringLiteral("it_IT.UTF-8") << QStringLiteral("Options:");
        QTest::newRow("C") << QStringLiteral("C.UTF-8") << QStringLiteral("Options:");
    }

    void systemLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const ProcessResult result
            = run(m_app, { QStringLiteral("--help") }, ::systemLanguage(locale));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(expected), qPrintable(result.out));
        if (expected == u"Options:") // not half Italian, half English
            QVERIFY2(result.out.contains(QLatin1String("Displays help")), qPrintable(result.out));
    }

    // Qt's own strings follow: a standard button, in German, with Liftoff's translation loaded
    // from a .qm file as `--lang FILE.qm` does.
    void qtButtonsAreTranslated()
    {
        const QString qm
            = QDir(QStringLiteral(LIFTOFF_QM_DIR)).filePath(QStringLiteral("liftoff_de.qm"));
        QVERIFY(Localization::installLanguage(qApp, qm));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Ok);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(QLocale().language(), QLocale::German); // dates follow
        QCOMPARE(QCoreApplication::translate("SignedInPage", "Sign out"),
                 QStringLiteral("Abmelden"));
        removeTranslators();
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));

        QVERIFY(!Localization::installLanguage(qApp, m_dir.filePath(QStringLiteral("none.qm"))));
        QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());
    }

    // --- Nothing escapes tr() -----------------------------------------------------------------

    // The window in each of its states, under the pseudo-translation.
    void windowIsTranslatable()
    {
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&pseudo); });

        DevServer server;
        server.options().ldapEnabled = true; // the LDAP choice shows
        server.options().ssoDemoServices = true; // and the single sign-on buttons
        QVERIFY(server.listen(0));
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        QSettings settings(settingsDir.filePath(QStringLiteral("liftoff.conf")),
                           QSettings::IniFormat);
        AccountStore accounts(&settings);
        MemoryTokenStore tokens;
        SignInController controller;
        SignInControllerPrivate::get(controller)->setServerCheckDelayMs(50);
        controller.setStores(&tokens, &accounts);
        MainWindow window(&controller);
        window.resize(480, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto field = [&](const char *name) {
            return findByAccessibleName<QLineEdit>(&window, marked(name));
        };
        const auto button = [&](const char *name) {
            return findByAccessibleName<QPushButton>(&window, marked(name), FindVisible::Only);
        };
        const auto signIn = [&](const QString &user, const QString &password) {
            field("Username or e-mail address")->setText(user);
            field("Password")->setText(password);
            QTest::keyClick(field("Password"), Qt::Key_Return);
        };

        EXPECT_TRANSLATED(&window, "empty sign-in page");

        // A server that is not there, then an address that is not one.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        field("Server address")->setText(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        QTRY_COMPARE(controller.state(), SignInController::State::Failed);
        EXPECT_TRANSLATED(&window, "server unreachable");
        field("Server address")->setText(QStringLiteral("ftp://example.com"));
        QTRY_VERIFY(!controller.addressProblem().isEmpty());
        EXPECT_TRANSLATED(&window, "invalid address");
        field("Server address")->setText(QStringLiteral("http://chat.example.com"));
        EXPECT_TRANSLATED(&window, "unencrypted address");

        field("Server address")->setText(server.httpUrl().toString());
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        const auto serviceButton = [&](const char *name) {
            return window.findChild<QPushButton *>(QStringLiteral("service-")
                                                   + QString::fromLatin1(name));
        };
        QTRY_VERIFY(serviceButton("cas") && serviceButton("keycloak"));
        // The demo services bring their own labels (data); Liftoff's, for a CAS or SAML service
        // without one, is translated.
        for (const char *name : { "cas", "saml" }) {
            const LoginService service = LoginService::fromDocument(
                QStringLiteral("id"),
                QJsonObject { { QStringLiteral("service"), QString::fromLatin1(name) } });
            QVERIFY2(service.label().startsWith(openMark) && service.label().endsWith(closeMark),
                     qPrintable(service.label()));
        }
        EXPECT_TRANSLATED(&window, "server checked, with single sign-on buttons");

        // Single sign-on: the browser page, first with a "browser" that starts (true takes the
        // address and ends), then with one that does not, so the address and Copy show.
        const bool hadBrowser = qEnvironmentVariableIsSet("BROWSER");
        const QByteArray savedBrowser = qgetenv("BROWSER");
        const auto restoreBrowser = qScopeGuard([&] {
            if (hadBrowser)
                qputenv("BROWSER", savedBrowser);
            else
                qunsetenv("BROWSER");
        });
        qputenv("BROWSER", "true");
        QTest::mouseClick(serviceButton("keycloak"), Qt::LeftButton);
        QTRY_COMPARE(controller.state(), SignInController::State::WaitingForBrowser);
        QVERIFY(controller.browserOpened());
        EXPECT_TRANSLATED(&window, "waiting for the browser");
        // A link for a sign-in Liftoff did not start, while it waits: refused on the page.
        controller.handleLink(
            QStringLiteral("rocketchat://auth?host=https%3A%2F%2Fother.example.com"
                           "&type=oauth&credentialToken=t0ken&credentialSecret=s3cret"));
        QTRY_VERIFY(!controller.errorMessage().isEmpty());
        EXPECT_TRANSLATED(&window, "waiting for the browser, a link refused");
        controller.cancel();
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);

        qputenv("BROWSER", "/nonexistent/liftoff-test-browser %s");
        // The buttons are made anew when the sign-in page shows again.
        QTRY_VERIFY(serviceButton("cas") && serviceButton("cas")->isEnabled());
        QTest::mouseClick(serviceButton("cas"), Qt::LeftButton);
        QTRY_COMPARE(controller.state(), SignInController::State::WaitingForBrowser);
        QVERIFY(!controller.browserOpened());
        QPushButton *copy = button("Copy the sign-in address");
        QVERIFY(copy);
        EXPECT_TRANSLATED(&window, "no browser: the address to copy");
        copy->click();
        EXPECT_TRANSLATED(&window, "no browser, address copied");
        QPushButton *again = button("Open the sign-in in the browser again");
        QVERIFY(again);
        again->click();
        EXPECT_TRANSLATED(&window, "no browser, tried again");
        QPushButton *cancelBrowser = button("Cancel signing in with the browser");
        QVERIFY(cancelBrowser);
        cancelBrowser->click();
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);

        // A link with a session token: asked first (declined here).
        // (Its server is asked whose session it is first: a session it knows.)
        const QString aliceId = server.users().findByUsername(QStringLiteral("alice"))->id;
        window.handleLink(
            QStringLiteral("rocketchat://auth?host=%1&token=%2&userId=%3")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(server.httpUrl().toString())),
                     server.users().issueToken(aliceId).token, aliceId));
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = window.findChild<QMessageBox *>(QStringLiteral("confirm-link")))
                    && confirm->isVisible());
        EXPECT_TRANSLATED(confirm, "sign-in link confirmation");
        confirm->findChild<QPushButton *>(QStringLiteral("confirm-link-no"))->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("confirm-link")));
        QVERIFY(!controller.pendingLink().isValid());
        EXPECT_TRANSLATED(&window, "sign-in link declined");

        signIn(QStringLiteral("alice"), QStringLiteral("looking-glass"));
        QTRY_COMPARE(controller.error().kind(), SignInError::Kind::WrongCredentials);
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        EXPECT_TRANSLATED(&window, "wrong password");

        server.options().ignoreLogin = true;
        signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(controller.state(), SignInController::State::SigningIn);
        EXPECT_TRANSLATED(&window, "signing in");
        controller.cancel();
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        server.options().ignoreLogin = false;
        EXPECT_TRANSLATED(&window, "cancelled");

        // Two-factor: authenticator app, a wrong code, then the right one.
        signIn(QStringLiteral("bob"), QStringLiteral("builder"));
        QTRY_COMPARE(controller.state(), SignInController::State::TwoFactorRequired);
        EXPECT_TRANSLATED(&window, "two-factor (app)");
        field("Verification code")->setText(QStringLiteral("000000"));
        QTest::keyClick(field("Verification code"), Qt::Key_Return);
        QTRY_VERIFY(controller.error().isError());
        EXPECT_TRANSLATED(&window, "two-factor, wrong code");
        field("Verification code")->setText(Totp::codeForSecret(UserDirectory::demoTotpSecret()));
        QTest::keyClick(field("Verification code"), Qt::Key_Return);
        QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
        const QString bobKey = controller.accountKey();
        EXPECT_TRANSLATED(&window, "signed in");
        // A link that is not a sign-in link, while signed in: a message says it was ignored.
        window.handleLink(QStringLiteral("rocketchat://auth?host=chat.example.com"));
        QMessageBox *ignored = nullptr;
        QTRY_VERIFY((ignored = window.findChild<QMessageBox *>(QStringLiteral("refused-link")))
                    && ignored->isVisible());
        EXPECT_TRANSLATED(ignored, "sign-in link ignored");
        ignored->accept();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("refused-link")));

        // Another account: the list of accounts on this computer.
        QPushButton *add = button("Add another account");
        QVERIFY(add);
        add->click();
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        EXPECT_TRANSLATED(&window, "adding an account");
        signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
        EXPECT_TRANSLATED(&window, "two accounts");

        // The removal question.
        auto *accountList = window.findChild<QListWidget *>(QStringLiteral("accountList"));
        QVERIFY(accountList);
        QPushButton *remove = button("Remove the selected account");
        QVERIFY(remove);
        remove->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>()) && question->isVisible());
        EXPECT_TRANSLATED(question, "removal question");
        question->reject();
        QTRY_VERIFY(!window.findChild<QMessageBox *>());

        // Resuming, with a server slow to answer; cancelled.
        server.options().ignoreLogin = true;
        QVERIFY(controller.resumeAccount(bobKey));
        QCOMPARE(controller.state(), SignInController::State::Resuming);
        EXPECT_TRANSLATED(&window, "resuming");
        controller.cancel();
        QTRY_VERIFY(controller.state() != SignInController::State::Resuming);
        server.options().ignoreLogin = false;
        EXPECT_TRANSLATED(&window, "resume cancelled");

        // Offline: an account whose server is down.
        SavedAccount offline;
        offline.server
            = ServerAddress::parse(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        offline.userId = QStringLiteral("d0wnUs3r1234567ab");
        offline.username = QStringLiteral("carol");
        offline.displayName = QStringLiteral("Carol Danvers");
        offline.tokenExpires = QDateTime::currentDateTimeUtc().addDays(60);
        bool written = false;
        connect(tokens.write(offline.key(), QStringLiteral("a-token")), &TokenJob::finished, this,
                [&] { written = true; });
        QTRY_VERIFY(written);
        QVERIFY(accounts.save(offline));
        SignInControllerPrivate::get(controller)->offlineBackoff().setInitialDelayMs(30000);
        SignInControllerPrivate::get(controller)->offlineBackoff().setJitter(0);
        QVERIFY(controller.resumeAccount(offline.key()));
        QTRY_COMPARE(controller.state(), SignInController::State::Offline);
        EXPECT_TRANSLATED(&window, "offline");
        controller.retryNow();
        EXPECT_TRANSLATED(&window, "offline, trying again");
        QTRY_COMPARE(controller.state(), SignInController::State::Offline);

        // E-mail two-factor, a new code asked for; then the keychain refuses to save.
        QPushButton *another = button("Sign in with another account");
        QVERIFY(another);
        another->click();
        QTRY_VERIFY(controller.state() != SignInController::State::Offline);
        field("Server address")->setText(server.httpUrl().toString());
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        QString emailCode;
        connect(&server, &DevServer::emailCodeIssued, this,
                [&](const QString &, const QString &code) { emailCode = code; });
        signIn(QStringLiteral("carol"), QStringLiteral("caroline"));
        QTRY_COMPARE(controller.state(), SignInController::State::TwoFactorRequired);
        EXPECT_TRANSLATED(&window, "two-factor (e-mail)");
        QSignalSpy requested(&controller, &SignInController::emailCodeRequested);
        controller.requestNewEmailCode();
        QTRY_COMPARE(requested.count(), 1);
        EXPECT_TRANSLATED(&window, "new e-mail code");
        tokens.setFailure(KeychainError::Operation::Write, KeychainError::Kind::WriteFailed);
        field("Verification code")->setText(emailCode);
        QTest::keyClick(field("Verification code"), Qt::Key_Return);
        QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
        QTRY_VERIFY(controller.storageProblem().isError());
        EXPECT_TRANSLATED(&window, "signed in, session not saved");

        // Signed out while the server is gone: the notice.
        server.stopListening();
        server.abortAllSessions();
        controller.setSignInTimeoutMs(500);
        controller.signOut();
        QTRY_VERIFY(!controller.notice().isEmpty());
        EXPECT_TRANSLATED(&window, "signed out, server unreachable");
    }

    // The command line's help, every command's, under the pseudo-translation.
    void commandLineIsTranslatable_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList { QStringLiteral("--help") };
        QTest::newRow("help") << QStringList { QStringLiteral("help") };
        for (const char *command : { "login", "resume", "status", "token", "logout", "open" })
            QTest::newRow(command)
                << QStringList { QStringLiteral("help"), QString::fromLatin1(command) };
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("usage error") << QStringList { QStringLiteral("login"),
                                                      QStringLiteral("--timeout"),
                                                      QStringLiteral("soon"),
                                                      QStringLiteral("--server"),
                                                      QStringLiteral("https://chat.example.com"),
                                                      QStringLiteral("--username"),
                                                      QStringLiteral("alice") };
        QTest::newRow("nothing stored") << QStringList { QStringLiteral("token") };
        QTest::newRow("open --help")
            << QStringList { QStringLiteral("open"), QStringLiteral("--help") };
        QTest::newRow("open, not a link")
            << QStringList { QStringLiteral("open"), QStringLiteral("https://example.com") };
        const QStringList login { QStringLiteral("login"), QStringLiteral("--server"),
                                  QStringLiteral("https://chat.example.com") };
        QTest::newRow("--sso without a service")
            << login + QStringList { QStringLiteral("--sso"), QString() };
        QTest::newRow("--sso with a password option") << login
                + QStringList { QStringLiteral("--sso"), QStringLiteral("github"),
                                QStringLiteral("--username"), QStringLiteral("alice") };
        QTest::newRow("--sso-timeout, not a number") << login
                + QStringList { QStringLiteral("--sso"), QStringLiteral("github"),
                                QStringLiteral("--sso-timeout"), QStringLiteral("soon") };
        QTest::newRow("--sso-timeout without --sso") << login
                + QStringList { QStringLiteral("--username"), QStringLiteral("alice"),
                                QStringLiteral("--sso-timeout"), QStringLiteral("60") };
    }

    void commandLineIsTranslatable()
    {
        QFETCH(QStringList, arguments);
        const QString qm = pseudoQm();
        QVERIFY(!qm.isEmpty());
        // Nothing stored in this HOME (the session's temporary one from scripts/with-session.sh).
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("config")));
        const ProcessResult result
            = run(m_app, arguments + QStringList { QStringLiteral("--lang"), qm }, environment);
        QVERIFY2(result.exitCode >= 0, qPrintable(result.err));
        const QString output = result.out + result.err;
        QVERIFY(output.contains(openMark));
        QString rest = outsideMarks(output);
        // Not words: option names, command names, the program's name, and Qt's own options and
        // headings (translated by qtbase_<lang>.qm, not by Liftoff).
        static const QRegularExpression syntax(QStringLiteral(
            "(^|\\s)(-h, --help|--help-all|-v, --version)\\s+Displays [^\\n]*|--?[a-z][a-z-]*|"
            "\\b(liftoff|login|resume|status|token|logout|open|help|frobnicate)\\b|Usage: \\S+|"
            "Options:|Arguments:|"
            "\\[options\\]"));
        rest.remove(syntax);
        QStringList problems;
        for (const QString &line : rest.split(u'\n'))
            if (hasLetters(line))
                problems << line;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("not translatable:\n") + problems.join(u'\n')
                            + QStringLiteral("\n--- output:\n") + output));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
