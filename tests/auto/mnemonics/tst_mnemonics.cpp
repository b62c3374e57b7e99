// Alt+letter on every page, in every language: no two controls shown on a page share a letter
// (else Alt+C, say, goes to the first of them and the other cannot be reached that way). Buttons,
// check boxes, labels that focus their field (buddies) and group boxes. And, on the same tour, no
// button sticks out of the column of its page (a row of long translations).

#include "../shared/pagetour.h"
#include "core/localization.h"
#include "ui/recentservers.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QStandardPaths>
#include <QTranslator>

namespace {
// The controls shown on the page of window with a mnemonic, by their Alt key: "where: Alt+X:
// "text", "text"" for each key two or more share.
QStringList clashes(QWidget *window, const QString &where)
{
    QMap<QKeySequence, QStringList> byKey;
    QWidget *page = PageTour::currentPage(window);
    const auto add = [&](const QWidget *w, const QString &text) {
        if (!w->isVisible() || !w->isEnabled())
            return;
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key] << text;
    };
    const auto widgets = page->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (auto *button = qobject_cast<const QAbstractButton *>(w))
            add(w, button->text());
        else if (auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            add(w, label->text());
        else if (auto *group = qobject_cast<const QGroupBox *>(w))
            add(w, group->title());
    }
    QStringList problems;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: %2: \"%3\"")
                            .arg(where, it.key().toString(QKeySequence::PortableText),
                                 it.value().join(QStringLiteral("\", \"")));
    }
    return problems;
}

// "where: text" for each button shown that does not fit in the column of its page (the widget
// with a maximum width that holds it): narrower than its text, or out of the column.
QStringList overflowingButtons(QWidget *window, const QString &where)
{
    QStringList problems;
    QWidget *page = PageTour::currentPage(window);
    const auto buttons = page->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!button->isVisible())
            continue;
        QWidget *column = button->parentWidget();
        while (column && column != page && column->maximumWidth() == QWIDGETSIZE_MAX)
            column = column->parentWidget();
        if (!column || column == page)
            continue;
        const QRect inColumn(button->mapTo(column, QPoint(0, 0)), button->size());
        // Squeezed below the width of its text, or pushed out of the column.
        const int needs = button->sizeHint().width();
        if (!column->rect().contains(inColumn) || button->width() < needs)
            problems << QStringLiteral("%1: \"%2\" (%3 to %4 px, needs %5 px, column %6 px)")
                            .arg(where, button->text())
                            .arg(inColumn.left())
                            .arg(inColumn.right())
                            .arg(needs)
                            .arg(column->width());
    }
    return problems;
}

// Removes the translators Localization installed on the application.
void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
}
} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
    }

    void init() { RecentServers().clear(); }
    void cleanup() { removeTranslators(); }

    void noTwoControlsShareAnAltKey_data()
    {
        QTest::addColumn<QString>("qm");
        // The .qm files the liftoff target builds, next to the test's bin/ directory.
        const QDir qmDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../app"));
        const QStringList files
            = qmDir.entryList({ QStringLiteral("liftoff_*.qm") }, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 5, qPrintable(qmDir.absolutePath()));
        QTest::newRow("source") << QString(); // English, as written
        for (const QString &file : files)
            QTest::newRow(qPrintable(file.mid(8).chopped(3))) << qmDir.filePath(file);
    }

    // Every page, in the states a person meets, in each language.
    void noTwoControlsShareAnAltKey()
    {
        QFETCH(QString, qm);
        if (!qm.isEmpty())
            QVERIFY2(Localization::installLanguage(qApp, qm), qPrintable(qm));
        QStringList problems;
        QStringList stops;
        PageTour tour;
        tour.run([&](QWidget *window, const QString &where) {
            stops << where;
            problems += clashes(window, where);
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(stops.size() >= 10, qPrintable(stops.join(u", ")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void buttonsFitTheirColumn_data() { noTwoControlsShareAnAltKey_data(); }

    // The German and Japanese buttons under the account list were wider than the page.
    void buttonsFitTheirColumn()
    {
        QFETCH(QString, qm);
        if (!qm.isEmpty())
            QVERIFY2(Localization::installLanguage(qApp, qm), qPrintable(qm));
        QStringList problems;
        PageTour tour;
        tour.run([&](QWidget *window, const QString &where) {
            problems += overflowingButtons(window, where);
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
