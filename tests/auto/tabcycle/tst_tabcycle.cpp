// The keyboard all the way round every page of the window, with real key events in a shown
// window against the dev server: Tab reaches every control a person can use and comes back to
// where it started, Shift+Tab goes the same way back, each page starts on a real control, and
// read-only text has no keyboard caret.

#include "../shared/memorytokenstore.h"
#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "devserver.h"
#include "storage/accountstore.h"
#include "storage/tokenjob.h"
#include "tls/certificatetrust.h"
#include "totp.h"
#include "ui/certificatepanel.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/passwordfield.h"
#include "ui/recentservers.h"
#include "ui/servicebuttons.h"
#include "ui/statusmessage.h"
#include "userdirectory.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using State = SignInController::State;

namespace {

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString name = w->accessibleName();
    if (name.isEmpty())
        name = w->objectName();
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

QString describe(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (const QWidget *w : widgets)
        names << describe(w);
    return names.join(QLatin1String(" > "));
}

// The window, a controller with an account store and tokens in memory, and the dev server with
// browser sign-in services.
struct Harness
{
    Harness()
    {
        DevServerOptions options;
        options.ssoDemoServices = true;
        server = std::make_unique<DevServer>(options);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("liftoff.conf")),
                                               QSettings::IniFormat);
        accounts = std::make_unique<AccountStore>(settings.get());
        trust = std::make_unique<CertificateTrust>(settings.get());
        controller = std::make_unique<SignInController>();
        SignInControllerPrivate::get(*controller)->setServerCheckDelayMs(0);
        SignInControllerPrivate::get(*controller)->setCertificateTrust(trust.get());
        controller->setStores(&tokens, accounts.get());
        window = std::make_unique<MainWindow>(controller.get());
    }
    ~Harness()
    {
        window.reset();
        controller.reset();
    }

    bool start()
    {
        if (!server->listen(0))
            return false;
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }
    QString url() const { return server->httpUrl().toString(); }

    QWidget *page() const { return window->findChild<QStackedWidget *>()->currentWidget(); }
    QWidget *focus() const
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : window->focusWidget();
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), key, modifiers);
    }
    template<typename T> T *find(const QString &name) const
    {
        return findByAccessibleName<T>(window.get(), name, FindVisible::First);
    }
    QLineEdit *field(const QString &name) const { return find<QLineEdit>(name); }
    QPushButton *button(const QString &name) const
    {
        return findByAccessibleName<QPushButton>(window.get(), name, FindVisible::Only);
    }

    // An account whose token is kept (in memory), as a sign-in would have left it.
    QString saveAccount(const QString &serverUrl, const QString &username, const QString &name)
    {
        SavedAccount account;
        account.server = ServerAddress::parse(serverUrl);
        account.userId = username + QStringLiteral("Id1234567890abc");
        account.username = username;
        account.displayName = name;
        account.tokenExpires = QDateTime::currentDateTimeUtc().addDays(30);
        bool written = false;
        QObject::connect(tokens.write(account.key(), QStringLiteral("a-token")),
                         &TokenJob::finished, [&] { written = true; });
        if (!QTest::qWaitFor([&] { return written; }, 5000) || !accounts->save(account))
            return {};
        return account.key();
    }

    // Fills the sign-in form and presses Enter in the password field.
    void signIn(const QString &user, const QString &password)
    {
        field(QStringLiteral("Username or e-mail address"))->setText(user);
        QLineEdit *passwordField = field(QStringLiteral("Password"));
        passwordField->setText(password);
        passwordField->setFocus(Qt::OtherFocusReason);
        press(Qt::Key_Return);
    }

    QTemporaryDir dir;
    std::unique_ptr<DevServer> server;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<CertificateTrust> trust;
    MemoryTokenStore tokens;
    std::unique_ptr<SignInController> controller;
    std::unique_ptr<MainWindow> window;
};

// What Tab must reach on the page: every control that is shown, enabled and takes the focus
// with Tab.
QList<QWidget *> tabbable(QWidget *page)
{
    QList<QWidget *> result;
    for (QWidget *w : page->findChildren<QWidget *>())
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy())
            result << w;
    return result;
}

// Presses key from where the focus is until it comes back there; the widgets it went through,
// from the start, and nullptr at the end when it did not come back within limit presses.
QList<QWidget *> walk(Harness &h, Qt::Key key, int limit)
{
    QWidget *const start = h.focus();
    QList<QWidget *> seen { start };
    for (int i = 0; i < limit; ++i) {
        h.press(key);
        QWidget *now = h.focus();
        if (now == start)
            return seen;
        seen << now;
    }
    seen << nullptr;
    return seen;
}

// Tab all the way round the page shown, then Shift+Tab: every control reached once, the cycle
// closed, the way back the reverse of the way there. The page must start on one of them.
void checkCycle(Harness &h, const char *where)
{
    QWidget *page = h.page();
    QTest::qWait(50); // posted layout and show events
    const QList<QWidget *> expected = tabbable(page);
    QVERIFY2(!expected.isEmpty(), where);
    QWidget *const start = h.focus();
    QVERIFY2(expected.contains(start),
             qPrintable(QStringLiteral("%1: the page starts on %2, not on a control")
                            .arg(QLatin1String(where), describe(start))));

    const int limit = int(expected.size()) * 2 + 2;
    const QList<QWidget *> forward = walk(h, Qt::Key_Tab, limit);
    qInfo().noquote() << where << ":" << describe(forward);
    QVERIFY2(!forward.contains(nullptr),
             qPrintable(QStringLiteral("%1: Tab does not come back: %2")
                            .arg(QLatin1String(where), describe(forward))));
    QList<QWidget *> missing;
    for (QWidget *w : expected)
        if (!forward.contains(w))
            missing << w;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1: Tab never reaches %2 (it goes %3)")
                            .arg(QLatin1String(where), describe(missing), describe(forward))));
    for (QWidget *w : forward)
        QVERIFY2(expected.contains(w),
                 qPrintable(QStringLiteral("%1: Tab goes to %2, which is not a shown control")
                                .arg(QLatin1String(where), describe(w))));
    QCOMPARE(forward.size(), expected.size());
    QCOMPARE(h.focus(), start);

    const QList<QWidget *> backward = walk(h, Qt::Key_Backtab, limit);
    QList<QWidget *> reversed { start };
    for (qsizetype i = forward.size() - 1; i > 0; --i)
        reversed << forward.at(i);
    QVERIFY2(backward == reversed,
             qPrintable(QStringLiteral("%1: Shift+Tab goes %2, Tab went %3")
                            .arg(QLatin1String(where), describe(backward), describe(forward))));
    QCOMPARE(h.focus(), start);
}

// The window fits the page: nothing to scroll to (the screen is large enough here) and, when
// exactly, no more than a line of empty room below it.
void checkFits(Harness &h, const char *where, bool exactly = true)
{
    auto *page = static_cast<Page *>(h.page());
    auto *area = page->findChild<QScrollArea *>();
    QVERIFY(area);
    const auto needed = [&] { return page->fittingHeight(page->width()); };
    QTRY_VERIFY2(needed() <= page->height() && !area->verticalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1: the page needs %2 px, it has %3")
                                .arg(QLatin1String(where))
                                .arg(needed())
                                .arg(page->height())));
    if (!exactly)
        return;
    const int slack = page->fontMetrics().height();
    QTRY_VERIFY2(page->height() <= needed() + slack,
                 qPrintable(QStringLiteral("%1: the page needs %2 px, it has %3")
                                .arg(QLatin1String(where))
                                .arg(needed())
                                .arg(page->height())));
}

// Read-only text on the page: selectable with the mouse, but no keyboard caret, and Ctrl+A
// selects none of it. (The certificate fingerprint is the certificate panel's own business.)
void checkNoCaret(Harness &h, const char *where)
{
    QWidget *page = h.page();
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || qobject_cast<CertificatePanel *>(label->parentWidget()))
            continue;
        QVERIFY2(!(label->textInteractionFlags() & Qt::TextSelectableByKeyboard),
                 qPrintable(QStringLiteral("%1: %2 (%3) has a keyboard caret")
                                .arg(QLatin1String(where), describe(label), label->text())));
        QVERIFY2(
            !(label->focusPolicy() & Qt::TabFocus),
            qPrintable(
                QStringLiteral("%1: Tab stops at %2").arg(QLatin1String(where), describe(label))));
    }
    QWidget *before = h.focus();
    h.press(Qt::Key_A, Qt::ControlModifier);
    for (QLabel *label : page->findChildren<QLabel *>())
        QVERIFY2(!label->isVisible() || !label->hasSelectedText(),
                 qPrintable(QStringLiteral("%1: Ctrl+A selects %2")
                                .arg(QLatin1String(where), describe(label))));
    QCOMPARE(h.focus(), before);
}

} // namespace

// Stops the test function when a check in a helper failed.
#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestTabCycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tabcycle"));
        // A browser that starts and does nothing: the window waits for the sign-in.
        qputenv("BROWSER", "true %s");
    }

    void init() { RecentServers().clear(); }

    void signInPage()
    {
        Harness h;
        QVERIFY(!h.saveAccount(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("dora"),
                               QStringLiteral("Dora Explorer"))
                     .isEmpty());
        QVERIFY(h.start());
        // Empty: the server field first.
        CHECK(checkCycle(h, "empty sign-in page"));

        h.window->setServer(h.url(), false);
        QTRY_COMPARE(h.controller->state(), State::Ready);
        auto *services = h.window->findChild<ServiceButtons *>();
        QVERIFY(services);
        QTRY_VERIFY(services->count() > 0);
        QTRY_VERIFY(h.button(QStringLiteral("Continue with the selected account")));
        CHECK(checkCycle(h, "sign-in page with services and a saved account"));
        CHECK(checkFits(h, "sign-in page with services and a saved account", false));
        CHECK(checkNoCaret(h, "sign-in page"));

        // The buttons are made again for another server (here: the same one again): the new
        // ones are in the cycle.
        h.window->setServer(QString(), false);
        QTRY_COMPARE(services->count(), 0);
        h.window->setServer(h.url(), false);
        QTRY_COMPARE(h.controller->state(), State::Ready);
        QTRY_VERIFY(services->count() > 0);
        CHECK(checkCycle(h, "sign-in page after the services were made again"));
    }

    void signingIn()
    {
        Harness h;
        QVERIFY(h.start());
        h.window->setServer(h.url(), false);
        QTRY_COMPARE(h.controller->state(), State::Ready);
        h.server->options().ignoreLogin = true;
        h.signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(h.controller->state(), State::SigningIn);
        CHECK(checkCycle(h, "signing in"));
        h.press(Qt::Key_Escape);
        QTRY_COMPARE(h.controller->state(), State::Ready);
    }

    void certificate_data()
    {
        QTest::addColumn<bool>("changed");
        QTest::newRow("untrusted") << false;
        QTest::newRow("changed") << true;
    }

    void certificate()
    {
        QFETCH(bool, changed);
        Harness h;
        QVERIFY(h.start());
        DevServer tls;
        QVERIFY(tls.setGeneratedTls());
        QVERIFY(tls.listen(0));
        if (changed) // another certificate was trusted for this server before
            QVERIFY(h.trust->trust(ServerAddress::parse(tls.httpUrl().toString()),
                                   QByteArray(32, '\x42')));
        h.window->setServer(tls.httpUrl().toString(), false);
        QTRY_COMPARE(h.controller->state(), State::Failed);
        QTRY_VERIFY(h.window->findChild<CertificatePanel *>()->isVisible());
        QCOMPARE(h.controller->untrustedCertificate().isChanged(), changed);
        CHECK(checkCycle(h, "untrusted certificate"));
        CHECK(checkFits(h, "untrusted certificate", false));
    }

    void twoFactor_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("totp") << QStringLiteral("bob") << QStringLiteral("builder");
        QTest::newRow("email") << QStringLiteral("carol") << QStringLiteral("caroline");
    }

    void twoFactor()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        Harness h;
        QVERIFY(h.start());
        h.window->setServer(h.url(), false);
        QTRY_COMPARE(h.controller->state(), State::Ready);
        h.signIn(user, password);
        QTRY_COMPARE(h.controller->state(), State::TwoFactorRequired);
        CHECK(checkCycle(h, "two-factor"));
        CHECK(checkFits(h, "two-factor"));
        CHECK(checkNoCaret(h, "two-factor"));
    }

    void signedInAndAnotherAccount()
    {
        Harness h;
        QVERIFY(!h.saveAccount(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("dora"),
                               QStringLiteral("Dora Explorer"))
                     .isEmpty());
        QVERIFY(h.start());
        h.window->setServer(h.url(), false);
        QTRY_COMPARE(h.controller->state(), State::Ready);
        h.signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(h.controller->state(), State::SignedIn);
        QTRY_VERIFY(h.button(QStringLiteral("Add another account")));
        CHECK(checkCycle(h, "signed in"));
        CHECK(checkFits(h, "signed in"));
        CHECK(checkNoCaret(h, "signed in"));
        QVERIFY(h.focus() != h.button(QStringLiteral("Sign out")));

        // "Add another account": the sign-in page for it.
        h.button(QStringLiteral("Add another account"))->click();
        QTRY_COMPARE(h.controller->state(), State::Ready);
        QTRY_VERIFY(h.window->findChild<ServiceButtons *>()->count() > 0);
        QWidget *signInPage = h.page();
        const auto title
            = [&] { return signInPage->findChild<QLabel *>(QStringLiteral("pageTitle"))->text(); };
        QCOMPARE(title(), QStringLiteral("Add another account"));
        QPushButton *back = h.button(QStringLiteral("Back to Alice Liddell (@alice)"));
        QVERIFY(back);
        QCOMPARE(back->text(), QStringLiteral("Back to Alice Liddell (@alice)"));
        CHECK(checkCycle(h, "add another account"));
        CHECK(checkFits(h, "add another account", false));

        // Back to Alice: signed in again; the sign-in page is itself again afterwards.
        back->setFocus(Qt::OtherFocusReason);
        h.press(Qt::Key_Space);
        QTRY_COMPARE(h.controller->state(), State::SignedIn);
        QCOMPARE(h.controller->user().account.username, QStringLiteral("alice"));
        QCOMPARE(title(), QStringLiteral("Sign in to Rocket.Chat"));
        QVERIFY(!back->isVisibleTo(signInPage));
    }

    void resumingAndOffline()
    {
        Harness h;
        QVERIFY(h.start());
        const QString alice
            = h.saveAccount(h.url(), QStringLiteral("alice"), QStringLiteral("Alice Liddell"));
        QVERIFY(!alice.isEmpty());
        h.server->options().ignoreLogin = true;
        QVERIFY(h.controller->resumeAccount(alice));
        QTRY_COMPARE(h.controller->state(), State::Resuming);
        CHECK(checkCycle(h, "resuming"));
        CHECK(checkFits(h, "resuming"));
        CHECK(checkNoCaret(h, "resuming"));
        h.controller->cancel();
        QTRY_VERIFY(h.controller->state() != State::Resuming);

        quint16 downPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            downPort = probe.serverPort();
        }
        const QString down
            = h.saveAccount(QStringLiteral("http://127.0.0.1:%1").arg(downPort),
                            QStringLiteral("carol"), QStringLiteral("Carol Danvers"));
        SignInControllerPrivate::get(*h.controller)->offlineBackoff().setInitialDelayMs(30000);
        QVERIFY(h.controller->resumeAccount(down));
        QTRY_COMPARE(h.controller->state(), State::Offline);
        CHECK(checkCycle(h, "offline"));
        CHECK(checkFits(h, "offline"));
        CHECK(checkNoCaret(h, "offline"));
        // Esc stops waiting, as it does while resuming: the sign-in page, the account kept.
        h.press(Qt::Key_Escape);
        QTRY_COMPARE(h.controller->state(), State::Ready);
        QVERIFY(h.accounts->account(down).has_value());
    }

    // Enter in a filled field goes on to the next empty one without a word; Enter in the empty
    // field says what is missing right under that field (not under another one further down).
    void emptyFieldsAreExplainedUnderTheirField()
    {
        Harness h;
        QVERIFY(h.start());
        QLineEdit *server = h.field(QStringLiteral("Server address"));
        QLineEdit *user = h.field(QStringLiteral("Username or e-mail address"));
        QLineEdit *password = h.field(QStringLiteral("Password"));
        auto *problem = h.find<StatusMessage>(QStringLiteral("Sign-in problem"));
        QVERIFY(server && user && password && problem);
        // The message's place: right below the field (before the next field or control).
        const auto below = [&](QWidget *field, QWidget *next) {
            const int top = problem->mapTo(h.window.get(), QPoint(0, 0)).y();
            const int fieldBottom = field->mapTo(h.window.get(), QPoint(0, field->height())).y();
            const int nextTop = next->mapTo(h.window.get(), QPoint(0, 0)).y();
            return problem->isVisible() && top >= fieldBottom && top < nextTop;
        };
        QTRY_COMPARE(h.focus(), server);
        QTest::keyClicks(server, h.url());
        QTRY_COMPARE(h.controller->state(), State::Ready);
        h.press(Qt::Key_Return);
        QCOMPARE(h.focus(), user);
        QVERIFY(!problem->isVisible()); // moved on, unasked
        h.press(Qt::Key_Return); // Enter in the empty field itself: said under it
        QCOMPARE(h.focus(), user);
        QCOMPARE(problem->text(), QStringLiteral("Type your username or e-mail address."));
        QTRY_VERIFY(below(user, password));
        QTest::keyClicks(user, QStringLiteral("alice"));
        QVERIFY(!problem->isVisible());
        h.press(Qt::Key_Return);
        QCOMPARE(h.focus(), password);
        QVERIFY(!problem->isVisible());
        h.press(Qt::Key_Return);
        QCOMPARE(h.focus(), password);
        QCOMPARE(problem->text(), QStringLiteral("Type your password."));
        QPushButton *signIn = h.button(QStringLiteral("Sign in"));
        QTRY_VERIFY(below(h.window->findChild<PasswordField *>(), signIn));
        QVERIFY(h.controller->state() == State::Ready);

        // A wrong password: below the form, as before.
        QTest::keyClicks(password, QStringLiteral("looking-glass"));
        QVERIFY(!problem->isVisible());
        h.press(Qt::Key_Return);
        QTRY_COMPARE(h.controller->error().kind(), SignInError::Kind::WrongCredentials);
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(problem->text(), h.controller->errorMessage());
        QTRY_VERIFY(below(h.window->findChild<PasswordField *>(), signIn));

        // Filled in: Enter in the username field signs in.
        QTest::keyClicks(password, QStringLiteral("wonderland"));
        user->setFocus(Qt::OtherFocusReason);
        h.press(Qt::Key_Return);
        QTRY_COMPARE(h.controller->state(), State::SignedIn);
    }

    void browser_data()
    {
        QTest::addColumn<QByteArray>("browser");
        QTest::newRow("opened") << QByteArray("true %s");
        QTest::newRow("not opened") << QByteArray("/nonexistent/liftoff-browser %s");
    }

    void browser()
    {
        QFETCH(QByteArray, browser);
        qputenv("BROWSER", browser);
        Harness h;
        QVERIFY(h.start());
        h.window->setServer(h.url(), false);
        QTRY_COMPARE(h.controller->state(), State::Ready);
        auto *services = h.window->findChild<ServiceButtons *>();
        QTRY_VERIFY(services->count() > 0);
        QPushButton *service = services->findChild<QPushButton *>();
        QVERIFY(service);
        QTRY_VERIFY(service->isEnabled());
        service->click();
        QTRY_COMPARE(h.controller->state(), State::WaitingForBrowser);
        CHECK(checkCycle(h, "waiting for the browser"));
        CHECK(checkFits(h, "waiting for the browser"));
        CHECK(checkNoCaret(h, "waiting for the browser"));
        h.controller->cancel();
        qputenv("BROWSER", "true %s");
    }
};

QTEST_MAIN(TestTabCycle)
#include "tst_tabcycle.moc"
