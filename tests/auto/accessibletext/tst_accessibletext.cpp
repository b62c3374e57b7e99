// What a screen reader reads for the text of the window: every label shown on every page says
// what it shows. An accessible name on a text label replaces its text (Orca would read "Display
// name", never the name itself), so labels have none; context goes in the description.

#include "../shared/pagetour.h"
#include "ui/recentservers.h"

#include <QAccessible>
#include <QLabel>
#include <QStandardPaths>
#include <QTextDocument>

namespace {
// The text a label shows, as plain text: rich text without its tags, a mnemonic without its &.
QString shownText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    if (label->buddy()) {
        static const QRegularExpression mnemonic(QStringLiteral("&(.)"));
        text.replace(mnemonic, QStringLiteral("\\1"));
    }
    return text.simplified();
}

// "where: label: shown / read" for each label shown whose accessible name does not contain its
// text.
QStringList unreadLabels(QWidget *window, const QString &where)
{
    QStringList problems;
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisible())
            continue;
        const QString shown = shownText(label);
        if (shown.isEmpty()) // an icon
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(label);
        const QString read = iface ? iface->text(QAccessible::Name).simplified() : QString();
        if (!read.contains(shown))
            problems << QStringLiteral("%1: %2 \"%3\" is read as \"%4\"")
                            .arg(where, label->objectName(), shown, read);
    }
    return problems;
}
} // namespace

class TestAccessibleText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibletext"));
        RecentServers().clear();
    }

    // Every label shown, on every page, in the states a person meets (the signed-in summary,
    // where the keyboard starts, among them).
    void labelsAreReadAsShown()
    {
        QStringList problems;
        QStringList stops;
        PageTour tour;
        tour.run([&](QWidget *window, const QString &where) {
            stops << where;
            problems += unreadLabels(window, where);
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(stops.size() >= 10, qPrintable(stops.join(u", ")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibleText)
#include "tst_accessibletext.moc"
