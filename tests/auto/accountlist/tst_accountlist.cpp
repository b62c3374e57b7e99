#include "../shared/memorytokenstore.h"
#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "storage/accountstore.h"
#include "ui/accountlist.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProxyStyle>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
SavedAccount account(const QString &server, const QString &userId, const QString &username,
                     const QString &displayName, int usedDaysAgo)
{
    SavedAccount a;
    a.server = ServerAddress::parse(server);
    a.userId = userId;
    a.username = username;
    a.displayName = displayName;
    a.tokenExpires = QDateTime::currentDateTimeUtc().addDays(30);
    if (usedDaysAgo >= 0)
        a.lastUsed = QDateTime::currentDateTimeUtc().addDays(-usedDaysAgo);
    return a;
}

// A style that shows icons on dialog buttons, as the KDE and GNOME platform themes do.
class IconButtonsStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == QStyle::SH_DialogButtonBox_ButtonsHaveIcons)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};
} // namespace

// The account list on its own: what it shows, and Switch and Remove by the keyboard. No server:
// the accounts are in a settings file, the tokens in memory.
class TestAccountList : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<MemoryTokenStore> m_tokens;
    std::unique_ptr<SignInController> m_controller;

    QPushButton *button(QWidget *parent, const QString &name)
    {
        return findByAccessibleName<QPushButton>(parent, name);
    }

    QMessageBox *question(QWidget *window) { return messageBoxWithFocus(window); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("liftoff.conf")),
                                                 QSettings::IniFormat);
        m_accounts = std::make_unique<AccountStore>(m_settings.get());
        m_tokens = std::make_unique<MemoryTokenStore>();
        m_controller = std::make_unique<SignInController>();
        m_controller->setStores(m_tokens.get(), m_accounts.get());
    }

    void cleanup()
    {
        m_controller.reset();
        m_tokens.reset();
        m_accounts.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void accountName_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name and user name")
            << QStringLiteral("alice") << QStringLiteral("Alice Liddell")
            << QStringLiteral("Alice Liddell (@alice)");
        QTest::newRow("no display name")
            << QStringLiteral("bob") << QString() << QStringLiteral("@bob");
        QTest::newRow("display name is the user name")
            << QStringLiteral("carol") << QStringLiteral("carol") << QStringLiteral("@carol");
    }

    void accountName()
    {
        QFETCH(QString, username);
        QFETCH(QString, displayName);
        QFETCH(QString, expected);
        SavedAccount a;
        a.username = username;
        a.displayName = displayName;
        QCOMPARE(AccountList::accountName(a), expected);
    }

    void hiddenWithoutStoreOrAccounts()
    {
        QWidget page; // isHidden() of a child says whether it hid itself
        SignInController bare; // no stores: nothing is kept, nothing to list
        AccountList withoutStore(&bare, AccountList::Placement::SignedInPage, &page);
        QVERIFY(withoutStore.isHidden());
        AccountList withStore(m_controller.get(), AccountList::Placement::SignedInPage, &page);
        QVERIFY(!withStore.isHidden()); // the signed-in page: "Add another account" is there

        // The sign-in page offers saved accounts only when there are some.
        AccountList onSignInPage(m_controller.get(), AccountList::Placement::SignInPage, &page);
        QVERIFY(onSignInPage.isHidden());
        QVERIFY(m_accounts->save(account(QStringLiteral("chat.example.com"), QStringLiteral("a1"),
                                         QStringLiteral("alice"), QStringLiteral("Alice"), 1)));
        QVERIFY(!onSignInPage.isHidden()); // follows accountsChanged
        QCOMPARE(onSignInPage.count(), 1);
        // No "Add another account" there: the form above is for that.
        QVERIFY(button(&onSignInPage, QStringLiteral("Add another account"))->isHidden());
    }

    void listsMostRecentFirstWithTheirServers()
    {
        QVERIFY(m_accounts->save(account(QStringLiteral("chat.example.com"), QStringLiteral("a1"),
                                         QStringLiteral("alice"), QStringLiteral("Alice"), 3)));
        QVERIFY(
            m_accounts->save(account(QStringLiteral("team.example.org/chat"), QStringLiteral("b2"),
                                     QStringLiteral("bob"), QStringLiteral("Bob"), 1)));
        AccountList list(m_controller.get(), AccountList::Placement::SignedInPage);
        QListWidget *view = list.listWidget();
        QCOMPARE(view->count(), 2);
        QVERIFY(view->item(0)->text().startsWith(QLatin1String("Bob (@bob)\n")));
        QVERIFY(view->item(0)->text().endsWith(QLatin1String("team.example.org/chat")));
        QVERIFY(view->item(1)->text().startsWith(QLatin1String("Alice (@alice)\n")));
        QVERIFY(!view->item(0)->data(Qt::AccessibleTextRole).toString().isEmpty());
        QVERIFY(!view->item(0)->text().contains(QLatin1String("signed in"))); // nobody is
        QCOMPARE(view->currentRow(), 0);
        // Not taller than four accounts, not shorter than one.
        QVERIFY(view->height() >= view->sizeHintForRow(0));
    }

    void enterSwitchesDeleteAsksFirst()
    {
        QVERIFY(m_accounts->save(account(QStringLiteral("chat.example.com"), QStringLiteral("a1"),
                                         QStringLiteral("alice"), QStringLiteral("Alice"), 1)));
        const SavedAccount bob = account(QStringLiteral("chat.example.com"), QStringLiteral("b2"),
                                         QStringLiteral("bob"), QStringLiteral("Bob"), 2);
        QVERIFY(m_accounts->save(bob));
        bool written = false;
        connect(m_tokens->write(bob.key(), QStringLiteral("t")), &TokenJob::finished, this,
                [&] { written = true; });
        QTRY_VERIFY(written);

        QWidget window;
        auto *list
            = new AccountList(m_controller.get(), AccountList::Placement::SignedInPage, &window);
        window.resize(400, 300);
        list->resize(400, 300);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy switches(list, &AccountList::switchRequested);
        QListWidget *view = list->listWidget();
        view->setFocus();

        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentRow(), 1);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(switches.count(), 1);
        QCOMPARE(switches.at(0).at(0).toString(), bob.key());

        // Delete: a question whose default keeps the account.
        QTest::keyClick(view, Qt::Key_Delete);
        QMessageBox *box = question(&window);
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("Bob (@bob)")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<QMessageBox *>());
        QVERIFY(m_accounts->contains(bob.key()));

        // Remove: account and token gone.
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY((box = question(&window)));
        QPushButton *remove = button(box, QStringLiteral("Remove the account"));
        QVERIFY(remove);
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        QTRY_COMPARE(view->count(), 1);
        QVERIFY(!m_accounts->contains(bob.key()));
        QTRY_VERIFY(!m_tokens->contains(bob.key()));
        QCOMPARE(switches.count(), 1);
    }

    // In a style that puts icons on dialog buttons (as desktop themes do), the safe Keep carries
    // none (the standard Cancel's red ✗ would mark it as the dangerous choice); Remove is the
    // one marked.
    void removalMarksTheDestructiveChoice()
    {
        const SavedAccount alice = account(QStringLiteral("chat.example.com"), QStringLiteral("a1"),
                                           QStringLiteral("alice"), QStringLiteral("Alice"), 1);
        QVERIFY(m_accounts->save(alice));
        const QString styleName = QApplication::style()->name();
        QApplication::setStyle(new IconButtonsStyle(QStyleFactory::create(styleName)));
        const auto restoreStyle
            = qScopeGuard([&] { QApplication::setStyle(QStyleFactory::create(styleName)); });

        QWidget window;
        auto *list
            = new AccountList(m_controller.get(), AccountList::Placement::SignedInPage, &window);
        window.resize(400, 300);
        list->resize(400, 300);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        list->listWidget()->setFocus();
        QTest::keyClick(list->listWidget(), Qt::Key_Delete);
        QMessageBox *box = question(&window);
        QVERIFY(box);
        QPushButton *keep = button(box, QStringLiteral("Keep the account"));
        QPushButton *remove = button(box, QStringLiteral("Remove the account"));
        QVERIFY(keep);
        QVERIFY(remove);
        QVERIFY(keep->icon().isNull());
        QVERIFY(!remove->icon().isNull());
        QCOMPARE(box->defaultButton(), keep);
        QCOMPARE(box->escapeButton(), keep);
        // Esc keeps it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QMessageBox *>());
        QVERIFY(m_accounts->contains(alice.key()));
    }
};

QTEST_MAIN(TestAccountList)
#include "tst_accountlist.moc"
