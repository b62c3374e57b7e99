#include "../shared/memorytokenstore.h"
#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "ddp/reconnectbackoff.h"
#include "devserver.h"
#include "rocketchat/signinerror.h"
#include "storage/accountstore.h"
#include "storage/keychainerror.h"
#include "storage/keychaintokenstore.h"
#include "storage/tokenstore.h"
#include "tcpforwarder.h"
#include "ui/mainwindow.h"
#include "ui/recentservers.h"
#include "userdirectory.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

const QString signInPage = QStringLiteral("Sign in");
const QString signedInPage = QStringLiteral("Signed in");
const QString resumingPage = QStringLiteral("Signing in with a saved session");
const QString offlinePage = QStringLiteral("Offline");

// The account list, in the temporary HOME that scripts/with-session.sh makes.
QString settingsPath()
{
    return QDir::home().filePath(QStringLiteral(".config/LiftoffTests/tst_sessionwindow.conf"));
}

// What the session's keychain (a real Secret Service) holds under key.
struct KeychainEntry
{
    bool answered = false;
    KeychainError error;
    QString token;
};

KeychainEntry readKeychain(const QString &key)
{
    KeychainTokenStore store;
    KeychainEntry entry;
    TokenJob *job = store.read(key);
    QObject::connect(job, &TokenJob::finished, job, [&entry](TokenJob *finished) {
        entry.answered = true;
        entry.error = finished->error();
        entry.token = finished->token();
    });
    if (!QTest::qWaitFor([&entry] { return entry.answered; }, 20000))
        qWarning("the keychain did not answer");
    return entry;
}

bool isLogin(const QJsonObject &frame)
{
    return frame.value(QLatin1String("msg")).toString() == QLatin1String("method")
        && frame.value(QLatin1String("method")).toString() == QLatin1String("login");
}

// The login frames a client sent, split by kind.
struct Logins
{
    int resume = 0;
    int password = 0;
};

Logins logins(const QSignalSpy &frames)
{
    Logins out;
    for (const QList<QVariant> &args : frames) {
        const QJsonObject frame = args.at(1).toJsonObject();
        if (!isLogin(frame))
            continue;
        const QJsonObject params = frame.value(QLatin1String("params")).toArray().at(0).toObject();
        if (params.contains(QLatin1String("resume")))
            ++out.resume;
        else
            ++out.password;
    }
    return out;
}

// One run of the application, made as main.cpp makes it: the stores (the real keychain unless a
// store is given, the account list in QSettings), the controller with them, then the window.
// Destroying it is quitting.
class Run
{
public:
    explicit Run(TokenStore *tokens = nullptr)
        : settings(std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat))
        , accounts(std::make_unique<AccountStore>(settings.get()))
    {
        if (!tokens) {
            keychain = std::make_unique<KeychainTokenStore>();
            tokens = keychain.get();
        }
        controller = std::make_unique<SignInController>();
        SignInControllerPrivate::get(*controller)->setServerCheckDelayMs(50);
        controller->setStores(tokens, accounts.get());
    }

    ~Run()
    {
        window.reset();
        controller.reset();
        keychain.reset();
        accounts.reset();
        settings.reset();
    }

    void createWindow() { window = std::make_unique<MainWindow>(controller.get()); }

    bool show()
    {
        window->resize(520, 720);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    bool open()
    {
        createWindow();
        return show();
    }

    // By accessible name; pages may share names (each has its account list), so the one on the
    // page shown comes first.
    template<typename T> T *find(const QString &name) const
    {
        return findByAccessibleName<T>(window.get(), name, FindVisible::First);
    }
    QLineEdit *field(const QString &name) const { return find<QLineEdit>(name); }
    QPushButton *button(const QString &name) const { return find<QPushButton>(name); }
    QLabel *label(const QString &name) const
    {
        return findLabel(window.get(), name, FindVisible::First);
    }
    QListWidget *list(const QString &name) const { return find<QListWidget>(name); }
    QWidget *page() const { return window->findChild<QStackedWidget *>()->currentWidget(); }
    QString pageName() const { return page()->accessibleName(); }

    QWidget *focus() const
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : window->focusWidget();
    }
    void type(const QString &text) { QTest::keyClicks(focus(), text); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), key, modifiers);
    }
    // Tab until the widget has the focus (false if it is not in the tab chain).
    bool tabTo(QWidget *target)
    {
        for (int i = 0; i < 40 && focus() != target; ++i)
            press(Qt::Key_Tab);
        return focus() == target;
    }

    // The visible text of a status line or label, "" when hidden.
    QString shown(const QString &name) const
    {
        QLabel *l = label(name);
        return l && l->isVisibleTo(window.get()) && l->parentWidget()->isVisibleTo(window.get())
            ? l->text()
            : QString();
    }

    // The removal question, once it is up and has the keyboard.
    QMessageBox *question() const { return messageBoxWithFocus(window.get()); }

    QString userKey() const
    {
        const SignedInUser user = controller->user();
        return TokenStore::entryKey(user.account.userId, user.account.server);
    }

    // Selects the row of the list whose text contains all the parts, with the arrow keys.
    bool selectInList(QListWidget *list, const QStringList &parts)
    {
        list->setFocus(Qt::OtherFocusReason);
        const auto matches = [&] {
            const QListWidgetItem *item = list->currentItem();
            if (!item)
                return false;
            for (const QString &part : parts)
                if (!item->text().contains(part))
                    return false;
            return true;
        };
        press(Qt::Key_Home);
        for (int i = 0; i < list->count() && !matches(); ++i)
            press(Qt::Key_Down);
        return matches();
    }

    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<KeychainTokenStore> keychain;
    std::unique_ptr<SignInController> controller;
    std::unique_ptr<MainWindow> window;
};

QString display(const QString &url)
{
    return ServerAddress::parse(url).displayString();
}

// A user with a password and a verified address, on top of the demo accounts.
void addZoe(DevServer &server)
{
    UserAccount zoe;
    zoe.username = QStringLiteral("zoe");
    zoe.name = QStringLiteral("Zoe Zebra");
    zoe.emails = { { QStringLiteral("zoe@example.com"), true } };
    zoe.passwordDigest = UserDirectory::passwordDigest(QStringLiteral("zigzag"));
    server.users().addUser(zoe);
}

} // namespace

// Keeping the session, as a person sees it in the window: against the real dev server, the real
// keychain of the session (scripts/with-session.sh) and an account list in the temporary HOME.
class TestSessionWindow : public QObject
{
    Q_OBJECT

private:
    // Types the server (replacing what the field shows), the credentials and Enter; waits until
    // signed in.
    static bool signInByTyping(Run &run, const QString &server, const QString &user,
                               const QString &password)
    {
        QLineEdit *serverField = run.field(QStringLiteral("Server address"));
        serverField->setFocus(Qt::OtherFocusReason);
        serverField->selectAll();
        run.type(server);
        if (!QTest::qWaitFor(
                [&] { return run.controller->state() == SignInController::State::Ready; }, 10000))
            return false;
        QLineEdit *identifier = run.field(QStringLiteral("Username or e-mail address"));
        identifier->setFocus(Qt::OtherFocusReason);
        identifier->selectAll();
        run.type(user);
        run.press(Qt::Key_Tab);
        run.type(password);
        run.press(Qt::Key_Return);
        return QTest::qWaitFor(
            [&] { return run.controller->state() == SignInController::State::SignedIn; }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionwindow"));
        QVERIFY2(QDir::homePath() != QDir::rootPath(), "run inside scripts/with-session.sh");
    }

    void init()
    {
        QFile::remove(settingsPath());
        RecentServers().clear();
    }

    void resumesAtLaunchWithoutTyping()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        const QString url = server.httpUrl().toString();
        QString key;
        QString token;
        {
            Run run;
            QVERIFY(run.open());
            QVERIFY(
                signInByTyping(run, url, QStringLiteral("alice"), QStringLiteral("wonderland")));
            QTRY_COMPARE(run.pageName(), signedInPage);
            key = run.userKey();
            token = run.controller->user().token;
            // Saved before signedIn(): the account in the list, the token in the keychain.
            QVERIFY(run.accounts->contains(key));
            QCOMPARE(readKeychain(key).token, token);
            QListWidget *accounts = run.list(QStringLiteral("Accounts on this computer"));
            QVERIFY(accounts && accounts->isVisible());
            QCOMPARE(accounts->count(), 1);
            QVERIFY(accounts->item(0)->text().contains(QLatin1String("signed in")));
            QVERIFY(!run.button(QStringLiteral("Switch to the selected account"))->isEnabled());
            QVERIFY(run.shown(QStringLiteral("Session storage problem")).isEmpty());
        }

        // The next launch: main.cpp resumes the last account before the window opens.
        QSignalSpy frames(&server, &DevServer::frameReceived);
        Run run;
        QVERIFY(run.controller->resumeLastAccount());
        run.createWindow();
        if (run.controller->state() == SignInController::State::Resuming) {
            // Straight into "signing in": who, where, with Cancel.
            QCOMPARE(run.pageName(), resumingPage);
            const QString progress = run.label(QStringLiteral("resumeProgress"))->text();
            QVERIFY2(progress.contains(QLatin1String("@alice")), qPrintable(progress));
            QVERIFY2(progress.contains(display(url)), qPrintable(progress));
            QVERIFY(run.button(QStringLiteral("Cancel signing in with the saved session")));
        }
        QVERIFY(run.show());
        QTRY_COMPARE(run.pageName(), signedInPage);
        QCOMPARE(run.controller->user().account.username, QStringLiteral("alice"));
        QCOMPARE(run.label(QStringLiteral("username"))->text(), QStringLiteral("@alice"));
        QCOMPARE(run.label(QStringLiteral("serverAddress"))->text(), display(url));
        QCOMPARE(logins(frames).password, 0); // nobody typed a password
        QCOMPARE(logins(frames).resume, 1);
        QCOMPARE(run.field(QStringLiteral("Password"))->text(), QString());
        QCOMPARE(run.list(QStringLiteral("Accounts on this computer"))->count(), 1);
    }

    void endedSessionOpensTheFormWithTheReason_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("rewriteLoginErrors");
        QTest::addColumn<SignInError::Kind>("kind");
        QTest::addColumn<QString>("serverReason");
        QTest::newRow("expiry passed (not sent)") << QStringLiteral("expired-locally") << true
                                                  << SignInError::Kind::SessionExpired << QString();
        // Rocket.Chat 7 says the same for every refused login.
        QTest::newRow("revoked, Rocket.Chat 7")
            << QStringLiteral("revoked") << true << SignInError::Kind::SessionRejected
            << QStringLiteral("User not found");
        QTest::newRow("revoked, Rocket.Chat 6")
            << QStringLiteral("revoked") << false << SignInError::Kind::SessionRejected
            << QStringLiteral("You've been logged out by the server. Please log in again.");
        QTest::newRow("expired on the server, Rocket.Chat 6")
            << QStringLiteral("expired-on-server") << false << SignInError::Kind::SessionRejected
            << QStringLiteral("Your session has expired. Please log in again.");
    }

    void endedSessionOpensTheFormWithTheReason()
    {
        QFETCH(QString, how);
        QFETCH(bool, rewriteLoginErrors);
        QFETCH(SignInError::Kind, kind);
        QFETCH(QString, serverReason);
        DevServer server;
        server.options().rewriteLoginErrors = rewriteLoginErrors;
        QVERIFY(server.listen(0));
        const QString url = server.httpUrl().toString();
        QString key;
        QString token;
        {
            Run run;
            QVERIFY(run.open());
            QVERIFY(
                signInByTyping(run, url, QStringLiteral("alice"), QStringLiteral("wonderland")));
            key = run.userKey();
            token = run.controller->user().token;
        }
        if (how == QLatin1String("expired-locally")) {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            AccountStore store(&settings);
            std::optional<SavedAccount> account = store.account(key);
            QVERIFY(account);
            account->tokenExpires = QDateTime::currentDateTimeUtc().addDays(-1);
            QVERIFY(store.save(*account));
        } else if (how == QLatin1String("revoked")) {
            QVERIFY(server.users().revokeToken(token));
        } else {
            QVERIFY(server.users().setTokenIssuedAt(token,
                                                    QDateTime::currentDateTimeUtc().addDays(-365)));
        }

        QSignalSpy frames(&server, &DevServer::frameReceived);
        Run run;
        run.controller->resumeLastAccount();
        QVERIFY(run.open());
        QTRY_COMPARE(run.pageName(), signInPage);
        QTRY_COMPARE(run.controller->state(), SignInController::State::Ready);
        QCOMPARE(run.controller->error().kind(), kind);
        // Why, in the form, with the server's own words when they say something of the session
        // (not Rocket.Chat 7's "User not found": said in our words).
        QTRY_COMPARE(run.shown(QStringLiteral("Sign-in problem")), run.controller->errorMessage());
        if (!serverReason.isEmpty())
            QVERIFY2(run.controller->errorMessage().contains(serverReason)
                         != (serverReason == QLatin1String("User not found")),
                     qPrintable(run.controller->errorMessage()));
        if (how == QLatin1String("expired-locally"))
            QCOMPARE(logins(frames).resume, 0); // an expired token is not sent
        // Filled in: the server and the user name; the password is what is missing.
        QCOMPARE(run.field(QStringLiteral("Server address"))->text(), display(url));
        QCOMPARE(run.field(QStringLiteral("Username or e-mail address"))->text(),
                 QStringLiteral("alice"));
        QLineEdit *password = run.field(QStringLiteral("Password"));
        QVERIFY(password->text().isEmpty());
        QTRY_COMPARE(run.focus(), password);
        // Gone from the keychain and from the list.
        QTRY_VERIFY(!run.accounts->contains(key));
        QCOMPARE(readKeychain(key).error.kind(), KeychainError::Kind::NotFound);

        // The password is all it takes to be back.
        run.type(QStringLiteral("wonderland"));
        run.press(Qt::Key_Return);
        QTRY_COMPARE(run.pageName(), signedInPage);
        QCOMPARE(run.userKey(), key);
        QTRY_VERIFY(run.accounts->contains(key));
    }

    void offlineUntilTheServerIsBack()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        TcpForwarder forwarder(server.port());
        QVERIFY(forwarder.start());
        const quint16 port = forwarder.port();
        QString key;
        QString token;
        {
            Run run;
            QVERIFY(run.open());
            QVERIFY(signInByTyping(run, forwarder.url(), QStringLiteral("alice"),
                                   QStringLiteral("wonderland")));
            key = run.userKey();
            token = run.controller->user().token;
        }

        forwarder.stop(); // the server is down: its port refuses
        Run run;
        // Waits of 1, 2, then 3 to 4 s between tries, rather than up to a minute.
        SignInControllerPrivate::get(*run.controller)->offlineBackoff().setMaximumDelayMs(4000);
        QVERIFY(run.controller->resumeLastAccount());
        QVERIFY(run.open());
        QTRY_COMPARE_WITH_TIMEOUT(run.pageName(), offlinePage, 30000);
        QCOMPARE(run.controller->state(), SignInController::State::Offline);
        const QString why = run.shown(QStringLiteral("offlineExplanation"));
        QVERIFY2(why.contains(display(forwarder.url())), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("@alice")), qPrintable(why));
        QPushButton *retry = run.button(QStringLiteral("Retry now"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY(run.button(QStringLiteral("Sign in with another account"))->isVisible());
        QTRY_COMPARE(run.focus(), retry);

        // A live countdown.
        // (No translation loaded: "second(s)".)
        const QRegularExpression countdown(QStringLiteral("Trying again in (\\d+) second"));
        QTRY_VERIFY(countdown.match(run.shown(QStringLiteral("nextTry"))).hasMatch());
        const int first = countdown.match(run.shown(QStringLiteral("nextTry"))).captured(1).toInt();
        QVERIFY(first > 0);
        QVERIFY(qAbs(first - run.controller->offlineRetrySecondsLeft()) <= 1);
        const auto secondsShown = [&] {
            const QRegularExpressionMatch match
                = countdown.match(run.shown(QStringLiteral("nextTry")));
            return match.hasMatch() ? match.captured(1).toInt() : -1;
        };
        if (first > 1)
            QTRY_VERIFY_WITH_TIMEOUT(secondsShown() > 0 && secondsShown() < first, 5000);
        // The busy bar beside the countdown shows only while a try runs ("Trying again now…").
        QProgressBar *trying = run.find<QProgressBar>(QStringLiteral("Trying again"));
        QVERIFY(trying);
        QVERIFY(secondsShown() > 0 && !trying->isVisible());
        // The token is kept while offline.
        QCOMPARE(readKeychain(key).token, token);
        QVERIFY(run.accounts->contains(key));

        // Retry now tries at once: with the port answering (and dropping every connection), a
        // connection comes long before the countdown ends.
        QVERIFY(forwarder.startDropping(port));
        QTRY_VERIFY_WITH_TIMEOUT(run.controller->state() == SignInController::State::Offline
                                     && run.controller->offlineRetrySecondsLeft() >= 3,
                                 60000);
        const int before = forwarder.connectionCount();
        QTRY_COMPARE(run.focus(), retry);
        run.press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(forwarder.connectionCount() > before, 1500);
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SignInController::State::Offline, 15000);
        QCOMPARE(run.pageName(), offlinePage);

        // Back on the same port: signed in again without anyone doing anything.
        forwarder.stop();
        QVERIFY(forwarder.start(port));
        QTRY_COMPARE_WITH_TIMEOUT(run.pageName(), signedInPage, 90000);
        QCOMPARE(run.controller->user().account.username, QStringLiteral("alice"));
        QCOMPARE(run.userKey(), key);
    }

    void offlineOffersAnotherAccount()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        TcpForwarder forwarder(server.port());
        QVERIFY(forwarder.start());
        const quint16 port = forwarder.port();
        QString key;
        {
            Run run;
            QVERIFY(run.open());
            QVERIFY(signInByTyping(run, forwarder.url(), QStringLiteral("alice"),
                                   QStringLiteral("wonderland")));
            key = run.userKey();
        }
        forwarder.stop();
        Run run;
        QVERIFY(run.controller->resumeLastAccount());
        QVERIFY(run.open());
        QTRY_COMPARE_WITH_TIMEOUT(run.pageName(), offlinePage, 30000);
        QPushButton *another = run.button(QStringLiteral("Sign in with another account"));
        QTRY_COMPARE(run.focus(), run.button(QStringLiteral("Retry now")));
        run.press(Qt::Key_Backtab);
        QCOMPARE(run.focus(), another);
        run.press(Qt::Key_Space);

        // The form, empty, for the other account; the waiting one stays saved and listed.
        QTRY_COMPARE(run.pageName(), signInPage);
        QVERIFY(run.controller->state() != SignInController::State::Offline);
        QLineEdit *serverField = run.field(QStringLiteral("Server address"));
        QTRY_COMPARE(run.focus(), serverField);
        QCOMPARE(serverField->text(), QString());
        QCOMPARE(run.field(QStringLiteral("Username or e-mail address"))->text(), QString());
        QVERIFY(run.accounts->contains(key));
        QVERIFY(readKeychain(key).error.kind() == KeychainError::Kind::None);
        QListWidget *saved = run.list(QStringLiteral("Saved accounts"));
        QVERIFY(saved && saved->isVisible());
        QCOMPARE(saved->count(), 1);
        QVERIFY(saved->item(0)->text().contains(QLatin1String("@alice")));

        // Later, with the server back: Continue with this account, from the list.
        QVERIFY(forwarder.start(port));
        QVERIFY(run.selectInList(saved, { QStringLiteral("@alice") }));
        QPushButton *continueButton
            = run.button(QStringLiteral("Continue with the selected account"));
        QVERIFY(continueButton->isEnabled());
        QVERIFY(run.tabTo(continueButton));
        run.press(Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(run.pageName(), signedInPage, 15000);
        QCOMPARE(run.userKey(), key);
    }

    void cancelWhileResuming()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        const QString url = server.httpUrl().toString();
        QString key;
        {
            Run run;
            QVERIFY(run.open());
            QVERIFY(
                signInByTyping(run, url, QStringLiteral("alice"), QStringLiteral("wonderland")));
            key = run.userKey();
        }
        server.options().ignoreLogin = true; // the resume never gets an answer
        Run run;
        QVERIFY(run.controller->resumeLastAccount());
        QVERIFY(run.open());
        QTRY_COMPARE(run.pageName(), resumingPage);
        QPushButton *cancel
            = run.button(QStringLiteral("Cancel signing in with the saved session"));
        QVERIFY(run.find<QProgressBar>(QStringLiteral("Signing in with the saved session"))
                    ->isVisible());
        QTRY_COMPARE(run.focus(), cancel);
        run.press(Qt::Key_Escape);

        QTRY_COMPARE(run.pageName(), signInPage);
        QVERIFY(run.controller->state() != SignInController::State::Resuming);
        QCOMPARE(run.field(QStringLiteral("Server address"))->text(), display(url));
        QCOMPARE(run.field(QStringLiteral("Username or e-mail address"))->text(),
                 QStringLiteral("alice"));
        QTRY_COMPARE(run.focus(), run.field(QStringLiteral("Password")));
        QVERIFY(run.shown(QStringLiteral("Sign-in problem")).isEmpty()); // they know they cancelled
        // Still saved: offered below the form.
        QVERIFY(run.accounts->contains(key));
        QCOMPARE(run.list(QStringLiteral("Saved accounts"))->count(), 1);

        server.options().ignoreLogin = false;
        run.type(QStringLiteral("wonderland"));
        run.press(Qt::Key_Return);
        QTRY_COMPARE(run.pageName(), signedInPage);
        QCOMPARE(run.userKey(), key);
        QCOMPARE(run.accounts->accounts().size(), 1);
    }

    void signOutWhileTheServerIsDown()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        TcpForwarder forwarder(server.port());
        QVERIFY(forwarder.start());
        Run run;
        run.controller->setSignInTimeoutMs(2000);
        QVERIFY(run.open());
        QVERIFY(signInByTyping(run, forwarder.url(), QStringLiteral("alice"),
                               QStringLiteral("wonderland")));
        QTRY_COMPARE(run.pageName(), signedInPage);
        const QString key = run.userKey();
        const QString userId = run.controller->user().account.userId;
        QVERIFY(run.accounts->contains(key));

        forwarder.stop();
        QPushButton *signOut = run.button(QStringLiteral("Sign out"));
        QVERIFY(run.tabTo(signOut));
        run.press(Qt::Key_Return);

        QTRY_COMPARE(run.pageName(), signInPage);
        // Said on the sign-in page: the server session may still be valid.
        QTRY_VERIFY_WITH_TIMEOUT(!run.controller->notice().isEmpty(), 15000);
        QTRY_COMPARE(run.shown(QStringLiteral("Notice")), run.controller->notice());
        // Deleted here all the same; the server never heard of it.
        QTRY_VERIFY(!run.accounts->contains(key));
        QCOMPARE(readKeychain(key).error.kind(), KeychainError::Kind::NotFound);
        QCOMPARE(server.users().tokenCount(userId), 1);
        QCOMPARE(run.field(QStringLiteral("Username or e-mail address"))->text(),
                 QStringLiteral("alice"));
        QVERIFY(!run.list(QStringLiteral("Saved accounts"))->isVisible());
    }

    void severalAccounts()
    {
        DevServer first;
        QVERIFY(first.listen(0));
        addZoe(first);
        DevServer second;
        QVERIFY(second.listen(0));
        const QString firstUrl = first.httpUrl().toString();
        const QString secondUrl = second.httpUrl().toString();
        QString aliceFirst;
        QString zoeFirst;
        QString aliceSecond;
        {
            Run run;
            QVERIFY(run.open());
            QVERIFY(signInByTyping(run, firstUrl, QStringLiteral("alice"),
                                   QStringLiteral("wonderland")));
            QTRY_COMPARE(run.pageName(), signedInPage);
            aliceFirst = run.userKey();

            // Another user on the same server: the form starts on this server.
            QPushButton *add = run.button(QStringLiteral("Add another account"));
            QVERIFY(add && add->isVisible());
            QVERIFY(run.tabTo(add));
            run.press(Qt::Key_Space);
            QTRY_COMPARE(run.pageName(), signInPage);
            QLineEdit *serverField = run.field(QStringLiteral("Server address"));
            QTRY_COMPARE(run.focus(), serverField);
            QCOMPARE(serverField->text(), display(firstUrl));
            QCOMPARE(serverField->selectedText(), serverField->text());
            QCOMPARE(run.field(QStringLiteral("Username or e-mail address"))->text(), QString());
            QTRY_COMPARE(run.controller->state(), SignInController::State::Ready);
            run.press(Qt::Key_Tab);
            run.type(QStringLiteral("zoe"));
            run.press(Qt::Key_Tab);
            run.type(QStringLiteral("zigzag"));
            run.press(Qt::Key_Return);
            QTRY_COMPARE(run.pageName(), signedInPage);
            QCOMPARE(run.controller->user().account.username, QStringLiteral("zoe"));
            zoeFirst = run.userKey();

            // And one on another server.
            QVERIFY(run.tabTo(add));
            run.press(Qt::Key_Space);
            QTRY_COMPARE(run.pageName(), signInPage);
            QVERIFY(signInByTyping(run, secondUrl, QStringLiteral("alice"),
                                   QStringLiteral("wonderland")));
            aliceSecond = run.userKey();
            QVERIFY(aliceSecond != aliceFirst);

            // All three listed, the one in use marked; the earlier sessions were kept.
            QListWidget *accounts = run.list(QStringLiteral("Accounts on this computer"));
            QTRY_COMPARE(accounts->count(), 3);
            QCOMPARE(run.accounts->accounts().size(), 3);
            int marked = 0;
            for (int row = 0; row < accounts->count(); ++row)
                if (accounts->item(row)->text().contains(QLatin1String("signed in"))) {
                    ++marked;
                    QVERIFY(accounts->item(row)->text().contains(display(secondUrl)));
                }
            QCOMPARE(marked, 1);
            QVERIFY(!readKeychain(aliceFirst).token.isEmpty());
            QVERIFY(!readKeychain(zoeFirst).token.isEmpty());

            // Switch, with the keyboard: the list, the arrows, Enter.
            QSignalSpy frames(&first, &DevServer::frameReceived);
            QVERIFY(run.selectInList(accounts, { QStringLiteral("@alice"), display(firstUrl) }));
            run.press(Qt::Key_Return);
            QTRY_COMPARE_WITH_TIMEOUT(run.pageName(), signedInPage, 15000);
            QTRY_COMPARE(run.userKey(), aliceFirst);
            QCOMPARE(logins(frames).password, 0);

            // Remove Zoe: Delete asks first; Esc keeps her.
            QVERIFY(run.selectInList(accounts, { QStringLiteral("@zoe") }));
            run.press(Qt::Key_Delete);
            QMessageBox *box = run.question();
            QVERIFY(box);
            QVERIFY(box->text().contains(QLatin1String("@zoe")));
            run.press(Qt::Key_Escape);
            QTRY_VERIFY(!run.window->findChild<QMessageBox *>());
            QVERIFY(run.accounts->contains(zoeFirst));
            QCOMPARE(accounts->count(), 3);

            // Again, and this time Remove.
            QVERIFY(run.selectInList(accounts, { QStringLiteral("@zoe") }));
            run.press(Qt::Key_Delete);
            QVERIFY((box = run.question()));
            QPushButton *remove
                = findByAccessibleName<QPushButton>(box, QStringLiteral("Remove the account"));
            QVERIFY(remove);
            QVERIFY(run.tabTo(remove));
            run.press(Qt::Key_Space);
            QTRY_COMPARE(accounts->count(), 2);
            QVERIFY(!run.accounts->contains(zoeFirst));
            QCOMPARE(readKeychain(zoeFirst).error.kind(), KeychainError::Kind::NotFound);
            QCOMPARE(run.userKey(), aliceFirst); // still signed in as before

            // Removing the account in use signs out first.
            QVERIFY(run.selectInList(accounts, { QStringLiteral("signed in") }));
            QPushButton *removeButton = run.button(QStringLiteral("Remove the selected account"));
            QVERIFY(run.tabTo(removeButton));
            run.press(Qt::Key_Space);
            QVERIFY((box = run.question()));
            QVERIFY(box->informativeText().contains(QLatin1String("signed out")));
            remove = findByAccessibleName<QPushButton>(box, QStringLiteral("Remove the account"));
            QVERIFY(run.tabTo(remove));
            run.press(Qt::Key_Space);
            QTRY_COMPARE(run.pageName(), signInPage);
            QTRY_VERIFY(!run.accounts->contains(aliceFirst));
            QCOMPARE(readKeychain(aliceFirst).error.kind(), KeychainError::Kind::NotFound);

            // The sign-in page offers the one left.
            QListWidget *saved = run.list(QStringLiteral("Saved accounts"));
            QTRY_VERIFY(saved->isVisible());
            QCOMPARE(saved->count(), 1);
            QVERIFY(run.selectInList(saved, { display(secondUrl) }));
            run.press(Qt::Key_Return);
            QTRY_COMPARE_WITH_TIMEOUT(run.pageName(), signedInPage, 15000);
            QCOMPARE(run.userKey(), aliceSecond);
        }

        // The last one used resumes at the next launch.
        Run run;
        QVERIFY(run.controller->resumeLastAccount());
        QVERIFY(run.open());
        QTRY_COMPARE_WITH_TIMEOUT(run.pageName(), signedInPage, 15000);
        QCOMPARE(run.userKey(), aliceSecond);
        QCOMPARE(run.list(QStringLiteral("Accounts on this computer"))->count(), 1);
    }

    void unsavedSessionIsSaidOnTheSignedInPage()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        MemoryTokenStore tokens;
        tokens.setFailure(KeychainError::Operation::Write, KeychainError::Kind::WriteFailed);
        Run run(&tokens);
        QVERIFY(run.open());
        QVERIFY(signInByTyping(run, server.httpUrl().toString(), QStringLiteral("alice"),
                               QStringLiteral("wonderland")));
        QTRY_COMPARE(run.pageName(), signedInPage);
        const KeychainError problem = run.controller->storageProblem();
        QCOMPARE(problem.kind(), KeychainError::Kind::WriteFailed);
        QCOMPARE(problem.operation(), KeychainError::Operation::Write);
        QTRY_COMPARE(run.shown(QStringLiteral("Session storage problem")), problem.message());
        QVERIFY(problem.message().contains(QLatin1String("will not survive a restart")));
        QVERIFY(tokens.keys().isEmpty());
    }

    void newControlsHaveAccessibleNames()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        Run run;
        QVERIFY(run.open());
        QVERIFY(signInByTyping(run, server.httpUrl().toString(), QStringLiteral("alice"),
                               QStringLiteral("wonderland")));
        QTRY_COMPARE(run.pageName(), signedInPage);
        // With the removal question open too.
        QVERIFY(run.selectInList(run.list(QStringLiteral("Accounts on this computer")),
                                 { QStringLiteral("@alice") }));
        run.press(Qt::Key_Delete);
        QMessageBox *box = run.question();
        QVERIFY(box);
        for (QWidget *w : run.window->findChildren<QWidget *>()) {
            if (!isControl(w) || w->parentWidget() == nullptr)
                continue;
            // The message box's own text label is selectable; its name is the box's.
            if (qobject_cast<QLabel *>(w) && w->window() == box)
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(
                         QString::fromLatin1(w->metaObject()->className()), w->objectName())));
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            QCOMPARE(iface->text(QAccessible::Name), w->accessibleName());
        }
        for (QWidget *w : run.window->findChildren<QWidget *>())
            QVERIFY2(w->styleSheet().isEmpty(), w->metaObject()->className());
        run.press(Qt::Key_Escape);
        QTRY_VERIFY(!run.window->findChild<QMessageBox *>());
        QVERIFY(run.accounts->contains(run.userKey()));
    }
};

QTEST_MAIN(TestSessionWindow)
#include "tst_sessionwindow.moc"
