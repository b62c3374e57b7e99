// Personal access tokens and "sign out all other sessions" (issue 14), against the dev server (in
// this process, so that every frame the clients send can be counted) and the real keychain of
// scripts/with-session.sh. The window and the command line sign in with a token; other processes
// (`liftoff resume`, `status`, `token`, `logout`) use the stored account; signing out never sends
// `logout` (it would delete the token on the server); `removeOtherTokens` ends the other sessions
// and keeps this one; a null, missing or broken `tokenExpires` never ends a session as expired.

#include "../shared/framerecorder.h"
#include "../shared/liftoffprocess.h"
#include "../shared/sessionfixture.h"
#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "core/version.h"
#include "ddp/ddpconnection.h"
#include "devserver.h"
#include "devserveroptions.h"
#include "storage/accountstore.h"
#include "storage/savedaccount.h"
#include "ui/mainwindow.h"
#include "ui/signedinpage.h"
#include "userdirectory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString demoToken = UserDirectory::demoPersonalAccessToken();

QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestPersonalAccessToken : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<FrameRecorder> m_frames;
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_app;

    QString url() const { return m_server->httpUrl().toString(); }
    QProcessEnvironment env() const { return environmentIn(m_root->path()); }
    // The settings file `liftoff` uses in env(): the window's launch shares it.
    QString settingsFile() const
    {
        return m_root->path() + QStringLiteral("/home/.config/" LIFTOFF_APP_ID "/liftoff.conf");
    }
    QString aliceId() const
    {
        return m_server->users().findByUsername(QStringLiteral("alice"))->id;
    }
    QString aliceKey() const { return aliceId() + u'@' + url(); }
    int calls(const QString &method) const
    {
        return int(m_frames->methodCalls(method, m_server.get()).size());
    }
    Run liftoff(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runProcess(m_app, arguments, env(), input);
    }
    Run loginWithToken(const QByteArray &input) const
    {
        return liftoff({ QStringLiteral("login"), QStringLiteral("--server"), url(),
                         QStringLiteral("--with-token"), QStringLiteral("--json") },
                       input);
    }
    // A second sign-in of alice (another device), by password.
    std::unique_ptr<SignInController> otherDevice()
    {
        auto other = std::make_unique<SignInController>();
        SignInControllerPrivate::get(*other)->setServerCheckDelayMs(0);
        other->setServer(url(), true);
        other->checkServerNow();
        other->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        if (!QTest::qWaitFor(
                [&other] { return other->state() == SignInController::State::SignedIn; }, 20000))
            return nullptr;
        return other;
    }

private Q_SLOTS:
    void initTestCase() { m_app = qEnvironmentVariable("LIFTOFF_APP"); }

    void init()
    {
        m_server = std::make_unique<DevServer>();
        QVERIFY(m_server->listen(0));
        m_frames = std::make_unique<FrameRecorder>();
        m_frames->record(m_server.get());
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        QDir().mkpath(m_root->path() + QStringLiteral("/tmp"));
    }

    void cleanup()
    {
        m_frames.reset();
        m_server.reset();
        m_root.reset();
    }

    // ---- What is kept ---------------------------------------------------------------------------

    void storedKind()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        AccountStore store(&settings);
        SavedAccount account;
        account.server = ServerAddress::parse(QStringLiteral("https://chat.example.com"));
        account.userId = QStringLiteral("u1");
        account.username = QStringLiteral("alice");
        account.kind = SavedAccount::Kind::PersonalAccessToken;
        QVERIFY(store.save(account));
        QCOMPARE(store.account(account.key())->kind, SavedAccount::Kind::PersonalAccessToken);
        // Not a secret: next to the other fields, in words; the key stays <userId>@<origin>.
        QCOMPARE(account.key(), QStringLiteral("u1@https://chat.example.com"));
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("kind=personal-access-token"));
        // A file written before there were kinds: a session.
        settings.remove(QStringLiteral("Accounts/u1%40https%3A%2F%2Fchat.example.com/kind"));
        QCOMPARE(store.account(account.key())->kind, SavedAccount::Kind::Session);

        // Never expired locally: a token, or a date that is not there.
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-1);
        account.tokenExpires = past;
        QVERIFY(!account.hasExpired());
        account.kind = SavedAccount::Kind::Session;
        QVERIFY(account.hasExpired());
        account.tokenExpires = {};
        QVERIFY(!account.hasExpired());
    }

    // ---- The window ----------------------------------------------------------------------------

    void windowSignInWithToken()
    {
        REQUIRE_KEYCHAIN();
        auto app = SessionFixture::launch(settingsFile());
        MainWindow window(app->controller.get());
        window.resize(480, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *server = findByAccessibleName<QLineEdit>(&window, QStringLiteral("Server address"));
        QVERIFY(server);
        server->setText(url());
        QTRY_COMPARE_WITH_TIMEOUT(app->controller->state(), SignInController::State::Ready, 20000);
        auto *useToken = window.findChild<QCheckBox *>(QStringLiteral("usePersonalAccessToken"));
        QVERIFY(useToken);
        QVERIFY(useToken->isVisible());
        useToken->setChecked(true);
        // The user name is not needed; the password field takes the token, secret.
        QVERIFY(
            !findByAccessibleName<QLineEdit>(&window, QStringLiteral("Username or e-mail address"))
                 ->isVisible());
        auto *tokenField
            = findByAccessibleName<QLineEdit>(&window, QStringLiteral("Personal access token"));
        QVERIFY(tokenField);
        QCOMPARE(tokenField->echoMode(), QLineEdit::Password);
        tokenField->setText(QStringLiteral("  ") + demoToken + QStringLiteral("\n"));
        const int loginsBefore = calls(QStringLiteral("login"));
        auto *signIn = findByAccessibleName<QPushButton>(&window, QStringLiteral("Sign in"),
                                                         FindVisible::Only);
        QVERIFY(signIn);
        signIn->click();
        QTRY_COMPARE_WITH_TIMEOUT(app->controller->state(), SignInController::State::SignedIn,
                                  20000);
        // One `login`: {resume: the token, trimmed}, on the connection the check opened.
        const QList<QJsonObject> logins = m_frames->methodCalls(QStringLiteral("login"));
        QCOMPARE(logins.size(), loginsBefore + 1);
        QCOMPARE(logins.last().value(u"params").toArray().at(0).toObject(),
                 QJsonObject({ { QStringLiteral("resume"), demoToken } }));
        QCOMPARE(m_frames->ofType(QStringLiteral("connect")).size(), 1);

        const SignedInUser user = app->controller->user();
        QCOMPARE(user.account.username, QStringLiteral("alice"));
        QCOMPARE(user.account.kind, SavedAccount::Kind::PersonalAccessToken);
        QVERIFY(!user.account.tokenExpires.isValid());
        QCOMPARE(app->accounts->account(aliceKey())->kind, SavedAccount::Kind::PersonalAccessToken);
        QCOMPARE(SessionFixture::readKeychain(aliceKey()).token, demoToken);

        // The signed-in page says what it is, and why the other sessions stay.
        QLabel *expiry = findLabel(&window, QStringLiteral("sessionExpires"));
        QVERIFY(expiry);
        QCOMPARE(expiry->text(), QStringLiteral("Personal access token — does not expire"));
        QLabel *note = findLabel(&window, QStringLiteral("personalAccessTokenNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(u"My Account → Personal Access Tokens"),
                 qPrintable(note->text()));
        auto *others = window.findChild<QPushButton *>(QStringLiteral("signOutOtherSessions"));
        QVERIFY(others);
        QVERIFY(!others->isEnabled());
        QVERIFY(!app->controller->canSignOutOtherSessions());

        // A second process resumes it, and `token` gives the token back.
        const Run resume = liftoff({ QStringLiteral("resume"), QStringLiteral("--json") });
        QVERIFY2(resume.exitCode == 0, qPrintable(describe(resume)));
        QCOMPARE(jsonOf(resume).value(u"type").toString(), QStringLiteral("personal-access-token"));
        QVERIFY(jsonOf(resume).value(u"tokenExpires").isNull());
        const Run token = liftoff({ QStringLiteral("token") });
        QVERIFY2(token.exitCode == 0, qPrintable(describe(token)));
        QCOMPARE(token.out, demoToken + u'\n');

        // Sign out: forgotten here, no `logout`; the notice says the token still works.
        auto *signOut = window.findChild<QPushButton *>(QStringLiteral("signOut"));
        QVERIFY(signOut);
        QSignalSpy signedOut(app->controller.get(), &SignInController::signedOut);
        signOut->click();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 20000);
        QCOMPARE(calls(QStringLiteral("logout")), 0);
        QVERIFY2(app->controller->notice().contains(QLatin1String("revoke")),
                 qPrintable(app->controller->notice()));
        QVERIFY(!app->accounts->contains(aliceKey()));
        QCOMPARE(SessionFixture::keychainKind(aliceKey()), KeychainError::Kind::NotFound);
        QCOMPARE(m_server->users().personalAccessTokenCount(aliceId()), 1);
        // … and the token still signs in.
        const Run again = loginWithToken(demoToken.toUtf8() + '\n');
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(calls(QStringLiteral("logout")), 0);
    }

    void windowSignOutOtherSessions()
    {
        REQUIRE_KEYCHAIN();
        auto app = SessionFixture::launch(settingsFile());
        MainWindow window(app->controller.get());
        window.resize(480, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app->controller->setServer(url(), true);
        app->controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE_WITH_TIMEOUT(app->controller->state(), SignInController::State::SignedIn,
                                  20000);
        const QString ours = app->controller->user().token;
        std::unique_ptr<SignInController> other = otherDevice();
        QVERIFY(other);
        const QString theirs = other->user().token;
        QSignalSpy otherSignedOut(other.get(), &SignInController::signedOut);
        const int sessionsBefore = m_server->sessionCount();

        auto *button = window.findChild<QPushButton *>(QStringLiteral("signOutOtherSessions"));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        button->click();
        auto *page = window.findChild<SignedInPage *>();
        QVERIFY(page);
        QMessageBox *box = page->signOutOthersConfirmation();
        QVERIFY(box);
        // It says exactly what happens.
        QVERIFY2(box->informativeText().contains(QLatin1String("is signed out")),
                 qPrintable(box->informativeText()));
        QVERIFY2(
            box->informativeText().contains(QLatin1String("personal access tokens stop working")),
            qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(QLatin1String("This session stays signed in")),
                 qPrintable(box->informativeText()));
        // The safe choice is the default.
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QAbstractButton *confirm = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                confirm = b;
        QVERIFY(confirm);
        confirm->click();

        QTRY_COMPARE_WITH_TIMEOUT(otherSignedOut.size(), 1, 20000);
        QCOMPARE(calls(QStringLiteral("removeOtherTokens")), 1);
        // The other device's socket was closed and its token is refused.
        QVERIFY(m_server->users().userIdForToken(theirs).isEmpty());
        QCOMPARE(other->state(), SignInController::State::Ready);
        QCOMPARE(other->error().kind(), SignInError::Kind::SessionRejected);
        QVERIFY(m_server->sessionCount() <= sessionsBefore);
        // The personal access token went too (the server keeps it in the same list).
        QCOMPARE(m_server->users().personalAccessTokenCount(aliceId()), 0);
        // This one stays signed in.
        QCOMPARE(m_server->users().userIdForToken(ours), aliceId());
        QCOMPARE(app->controller->state(), SignInController::State::SignedIn);
        QLabel *status = findLabel(&window, QStringLiteral("Other sessions"));
        QVERIFY(status);
        QTRY_VERIFY(status->text().contains(QLatin1String("Every other session was signed out")));
        QCOMPARE(calls(QStringLiteral("logout")), 0);
    }

    // ---- The command line ----------------------------------------------------------------------

    // A token sign-in given up while the server is answering: its late success must not be
    // logged out (`logout` would delete the token on the server); the connection is closed.
    void cancelledTokenSignInSendsNoLogout()
    {
        DevServerOptions options;
        options.frameDelayMs = 300;
        DevServer slow(options);
        QVERIFY(slow.listen(0));
        FrameRecorder frames;
        frames.record(&slow);
        const QString aliceOnSlow = slow.users().findByUsername(QStringLiteral("alice"))->id;
        SignInController controller;
        SignInControllerPrivate::get(controller)->setServerCheckDelayMs(0);
        controller.setServer(slow.httpUrl().toString(), true);
        controller.checkServerNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SignInController::State::Ready, 20000);
        controller.signInWithPersonalAccessToken(demoToken);
        QCOMPARE(controller.state(), SignInController::State::SigningIn);
        QTRY_COMPARE(frames.methodCalls(QStringLiteral("login")).size(), 1);
        controller.cancel(); // the answer is on its way
        QCOMPARE(controller.error().kind(), SignInError::Kind::Cancelled);
        // The success arrives, then the connection goes; give a `logout` every chance to come.
        QTRY_COMPARE_WITH_TIMEOUT(controller.connection()->state(),
                                  DdpConnection::State::Disconnected, 5000);
        QTest::qWait(2 * options.frameDelayMs);
        QCOMPARE(frames.methodCalls(QStringLiteral("logout")).size(), 0);
        QCOMPARE(slow.users().personalAccessTokenCount(aliceOnSlow), 1);
        QVERIFY(controller.state() != SignInController::State::SignedIn);
    }

    // A token given before the server check ended waits for it, visibly (signInPending(): the
    // window shows progress and Cancel), and Cancel drops it while the check goes on.
    void tokenWaitingForTheCheckCanBeCancelled()
    {
        DevServerOptions options;
        options.frameDelayMs = 300;
        DevServer slow(options);
        QVERIFY(slow.listen(0));
        FrameRecorder frames;
        frames.record(&slow);
        SignInController controller;
        SignInControllerPrivate::get(controller)->setServerCheckDelayMs(0);
        controller.setServer(slow.httpUrl().toString(), true);
        controller.checkServerNow();
        QCOMPARE(controller.state(), SignInController::State::CheckingServer);
        controller.signInWithPersonalAccessToken(demoToken);
        QVERIFY(controller.signInPending());
        controller.cancel();
        QVERIFY(!controller.signInPending());
        QCOMPARE(controller.error().kind(), SignInError::Kind::Cancelled);
        QCOMPARE(controller.state(), SignInController::State::CheckingServer);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SignInController::State::Ready, 20000);
        QTest::qWait(2 * options.frameDelayMs);
        QCOMPARE(frames.methodCalls(QStringLiteral("login")).size(), 0);
    }

    void commandLineToken()
    {
        REQUIRE_KEYCHAIN();
        // Piped in, with white space around it.
        const Run login = loginWithToken(QByteArray("  ") + demoToken.toUtf8() + "  \n");
        QVERIFY2(login.exitCode == 0, qPrintable(describe(login)));
        const QJsonObject json = jsonOf(login);
        QCOMPARE(json.value(u"type").toString(), QStringLiteral("personal-access-token"));
        QVERIFY(json.contains(QLatin1String("tokenExpires")));
        QVERIFY(json.value(u"tokenExpires").isNull());
        QCOMPARE(json.value(u"username").toString(), QStringLiteral("alice"));
        QVERIFY(json.value(u"stored").toBool());
        QVERIFY(!login.out.contains(demoToken));
        QCOMPARE(calls(QStringLiteral("login")), 1);
        QCOMPARE(m_frames->methodCalls(QStringLiteral("login"))
                     .first()
                     .value(u"params")
                     .toArray()
                     .at(0)
                     .toObject(),
                 QJsonObject({ { QStringLiteral("resume"), demoToken } }));

        // Other processes: status says the kind, token gives it back, resume works.
        const Run status = liftoff({ QStringLiteral("status"), QStringLiteral("--json") });
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        const QJsonObject entry
            = QJsonDocument::fromJson(status.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(entry.value(u"kind").toString(), QStringLiteral("personal-access-token"));
        QCOMPARE(entry.value(u"status").toString(), QStringLiteral("valid"));
        QVERIFY(entry.value(u"tokenExpires").isNull());
        const Run table = liftoff({ QStringLiteral("status") });
        QVERIFY2(table.out.trimmed().endsWith(QLatin1String("personal-access-token")),
                 qPrintable(describe(table)));
        const Run token = liftoff({ QStringLiteral("token") });
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(token.out, demoToken + u'\n');
        const Run resume = liftoff({ QStringLiteral("resume") });
        QVERIFY2(resume.exitCode == 0, qPrintable(describe(resume)));

        // Not offered for a token: it would delete the token too.
        const Run others = liftoff(
            { QStringLiteral("logout"), QStringLiteral("--others"), QStringLiteral("--yes") });
        QCOMPARE(others.exitCode, 3);
        QCOMPARE(calls(QStringLiteral("removeOtherTokens")), 0);

        // logout: no `logout` frame, not even a sign-in; the token still works afterwards.
        const int loginsBefore = calls(QStringLiteral("login"));
        const Run logout = liftoff({ QStringLiteral("logout") });
        QVERIFY2(logout.exitCode == 0, qPrintable(describe(logout)));
        QVERIFY2(logout.err.contains(QLatin1String("Personal Access Tokens")),
                 qPrintable(logout.err));
        QCOMPARE(calls(QStringLiteral("logout")), 0);
        QCOMPARE(calls(QStringLiteral("login")), loginsBefore);
        QCOMPARE(SessionFixture::keychainKind(aliceKey()), KeychainError::Kind::NotFound);
        QCOMPARE(m_server->users().personalAccessTokenCount(aliceId()), 1);
        const Run again = loginWithToken(demoToken.toUtf8() + '\n');
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));

        // logout --all follows the same rule.
        const Run all = liftoff({ QStringLiteral("logout"), QStringLiteral("--all") });
        QVERIFY2(all.exitCode == 0, qPrintable(describe(all)));
        QCOMPARE(calls(QStringLiteral("logout")), 0);
        QCOMPARE(m_server->users().personalAccessTokenCount(aliceId()), 1);
    }

    void commandLineRefusals()
    {
        // Never as an argument: refused before anything, the value not repeated.
        const QString secret = QStringLiteral("argv-token-value-1234");
        const Run argument = liftoff({ QStringLiteral("login"), QStringLiteral("--server"), url(),
                                       QStringLiteral("--token"), secret });
        QCOMPARE(argument.exitCode, 2);
        QVERIFY(!argument.err.contains(secret));
        QVERIFY(!argument.out.contains(secret));
        QCOMPARE(m_frames->frames().size(), 0);

        // A token the server refuses: exit 3, said as a token's refusal.
        const Run wrong = loginWithToken("not-a-token-the-server-knows\n");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(QLatin1String("personal access token")),
                 qPrintable(describe(wrong)));
        QVERIFY(!wrong.err.contains(QLatin1String("not-a-token")));

        // Nothing on standard input.
        const Run empty = loginWithToken({});
        QCOMPARE(empty.exitCode, 2);

        // --others needs a terminal or --yes.
        const Run noTerminal = liftoff({ QStringLiteral("logout"), QStringLiteral("--others") });
        QCOMPARE(noTerminal.exitCode, 2);
        QVERIFY2(noTerminal.err.contains(QLatin1String("--yes")), qPrintable(noTerminal.err));
    }

    void commandLineSignOutOthers()
    {
        REQUIRE_KEYCHAIN();
        const Run login = liftoff({ QStringLiteral("login"), QStringLiteral("--server"), url(),
                                    QStringLiteral("--username"), QStringLiteral("alice"),
                                    QStringLiteral("--password-stdin") },
                                  "wonderland\n");
        QVERIFY2(login.exitCode == 0, qPrintable(describe(login)));
        std::unique_ptr<SignInController> other = otherDevice();
        QVERIFY(other);
        QSignalSpy otherSignedOut(other.get(), &SignInController::signedOut);

        const Run others = liftoff(
            { QStringLiteral("logout"), QStringLiteral("--others"), QStringLiteral("--yes") });
        QVERIFY2(others.exitCode == 0, qPrintable(describe(others)));
        QCOMPARE(calls(QStringLiteral("removeOtherTokens")), 1);
        QCOMPARE(calls(QStringLiteral("logout")), 0);
        QTRY_COMPARE_WITH_TIMEOUT(otherSignedOut.size(), 1, 20000);
        QCOMPARE(m_server->users().personalAccessTokenCount(aliceId()), 0);
        // The stored session still works.
        const Run status = liftoff({ QStringLiteral("status") });
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        QCOMPARE(m_server->users().tokenCount(aliceId()), 1);
        // The demo token is gone: refused now.
        QCOMPARE(loginWithToken(demoToken.toUtf8() + '\n').exitCode, 3);
    }

    // ---- tokenExpires: null, missing, not a date -------------------------------------------

    void brokenExpiry_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("null") << int(DevServerOptions::PersonalTokenExpiry::Null);
        QTest::newRow("missing") << int(DevServerOptions::PersonalTokenExpiry::Missing);
        QTest::newRow("not a date") << int(DevServerOptions::PersonalTokenExpiry::NotADate);
    }

    void brokenExpiry()
    {
        REQUIRE_KEYCHAIN();
        QFETCH(int, shape);
        m_server->options().personalTokenExpiry = DevServerOptions::PersonalTokenExpiry(shape);
        {
            auto app = SessionFixture::launch(settingsFile());
            app->controller->setServer(url(), true);
            app->controller->signInWithPersonalAccessToken(demoToken);
            QTRY_COMPARE_WITH_TIMEOUT(app->controller->state(), SignInController::State::SignedIn,
                                      20000);
            QVERIFY(!app->controller->user().account.tokenExpires.isValid());
            QVERIFY(!app->accounts->account(aliceKey())->tokenExpires.isValid());
            // A dropped socket: the new session is signed in again with the token, and stays.
            QSignalSpy signedOut(app->controller.get(), &SignInController::signedOut);
            const int logins = calls(QStringLiteral("login"));
            m_server->abortAllSessions();
            QTRY_COMPARE_WITH_TIMEOUT(calls(QStringLiteral("login")), logins + 1, 20000);
            QTest::qWait(200);
            QCOMPARE(signedOut.size(), 0);
            QCOMPARE(app->controller->state(), SignInController::State::SignedIn);
        }
        // A later run resumes it: never "expired" here.
        {
            auto app = SessionFixture::launch(settingsFile());
            QVERIFY(app->controller->resumeLastAccount());
            QTRY_COMPARE_WITH_TIMEOUT(app->controller->state(), SignInController::State::SignedIn,
                                      20000);
            QCOMPARE(app->controller->user().account.kind, SavedAccount::Kind::PersonalAccessToken);
            QVERIFY(!app->states.contains(SignInController::State::Ready));
        }
        const Run status = liftoff({ QStringLiteral("status"), QStringLiteral("--json") });
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        const Run login = loginWithToken(demoToken.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, qPrintable(describe(login)));
        QVERIFY(jsonOf(login).value(u"tokenExpires").isNull());
        QCOMPARE(calls(QStringLiteral("logout")), 0);
        // Cleaned up without `logout`.
        QCOMPARE(liftoff({ QStringLiteral("logout"), QStringLiteral("--all") }).exitCode, 0);
        QCOMPARE(calls(QStringLiteral("logout")), 0);
    }
};

QTEST_MAIN(TestPersonalAccessToken)
#include "tst_personalaccesstoken.moc"
