// Single sign-on end to end, as a person does it: the window and its controller in this process
// (the first Liftoff, listening for links), the dev server as Rocket.Chat and identity provider,
// a test "browser" (BROWSER = liftoff-testbrowser %s) that walks provider → dev server →
// rocketchat://auth?…, and the link delivered the way the operating system does it: by running
// a second `liftoff <link>` process, which hands it over and exits. The session ends in the
// session's real keychain.

#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "devserver.h"
#include "rocketchat/signinerror.h"
#include "sso/loginservices.h"
#include "sso/singleinstance.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"
#include "storage/tokenstore.h"
#include "totp.h"
#include "ui/browserpage.h"
#include "ui/mainwindow.h"
#include "ui/servicebuttons.h"
#include "ui/signinpage.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr int FlowTimeoutMs = 30000;

QString keychainRead(const QString &key, KeychainError *error = nullptr)
{
    KeychainTokenStore store;
    bool answered = false;
    QString token;
    TokenJob *job = store.read(key);
    QObject::connect(job, &TokenJob::finished, job, [&](TokenJob *finished) {
        answered = true;
        token = finished->token();
        if (error)
            *error = finished->error();
    });
    QTest::qWaitFor([&] { return answered; }, 20000);
    return token;
}

bool keychainWrite(const QString &key, const QString &token)
{
    KeychainTokenStore store;
    bool answered = false;
    bool ok = false;
    TokenJob *job = store.write(key, token);
    QObject::connect(job, &TokenJob::finished, job, [&](TokenJob *finished) {
        answered = true;
        ok = finished->succeeded();
    });
    QTest::qWaitFor([&] { return answered; }, 20000);
    return ok;
}

// The link in a rocketchat://auth URL, with one parameter replaced.
QString withParameter(const QString &link, const QString &name, const QString &value)
{
    QUrl url(link);
    QUrlQuery query(url);
    query.removeQueryItem(name);
    query.addQueryItem(name, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

class TestSsoWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_runtime;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<KeychainTokenStore> m_tokens;
    std::unique_ptr<SignInController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SingleInstance> m_instance;
    QString m_urlFile; // where the "browser that only takes notes" writes the URL

    QString serverUrl() const { return m_server->httpUrl().toString(QUrl::FullyEncoded); }
    QString testBrowser() const { return qEnvironmentVariable("LIFTOFF_TESTBROWSER"); }
    void useTestBrowser() { qputenv("BROWSER", (testBrowser() + QStringLiteral(" %s")).toUtf8()); }
    // A "browser" that writes the URL into a file and does nothing else: the test decides when
    // (and whether) the sign-in comes back.
    void useNotingBrowser()
    {
        const QString script = m_urlFile + QStringLiteral(".sh");
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho \"$1\" > \"" + m_urlFile.toUtf8() + "\"\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("BROWSER", (script + QStringLiteral(" %s")).toUtf8());
    }
    QString notedUrl() const
    {
        QFile file(m_urlFile);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }

    // Starts the sign-in window on the dev server, up to the sign-in page with its buttons.
    void openWindow(const DevServerOptions &options = {})
    {
        DevServerOptions o = options;
        o.ssoDemoServices = true;
        m_server = std::make_unique<DevServer>(o);
        QVERIFY(m_server->listen());
        m_settings = std::make_unique<QSettings>(
            QDir(m_runtime->path()).filePath(QStringLiteral("accounts.conf")),
            QSettings::IniFormat);
        m_accounts = std::make_unique<AccountStore>(m_settings.get());
        m_tokens = std::make_unique<KeychainTokenStore>();
        m_controller = std::make_unique<SignInController>();
        SignInControllerPrivate::get(*m_controller)->setServerCheckDelayMs(0);
        SignInControllerPrivate::get(*m_controller)->setCasPollIntervalMs(2500);
        m_controller->setStores(m_tokens.get(), m_accounts.get());
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_instance = std::make_unique<SingleInstance>();
        QVERIFY(m_instance->listen());
        connect(m_instance.get(), &SingleInstance::linkReceived, m_window.get(),
                &MainWindow::handleLink);
        m_window->show();
        m_window->setServer(serverUrl(), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SignInController::State::Ready, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(serviceButtons()->count(), 4, 10000);
    }

    ServiceButtons *serviceButtons() const
    {
        return m_window->findChild<SignInPage *>()->serviceButtons();
    }
    QPushButton *serviceButton(const QString &name) const
    {
        return m_window->findChild<QPushButton *>(QStringLiteral("service-") + name);
    }
    QWidget *currentPage() const
    {
        return m_window->findChild<QStackedWidget *>()->currentWidget();
    }
    QString storedKey() const
    {
        return TokenStore::entryKey(m_controller->user().account.userId,
                                    m_controller->user().account.server);
    }

    // What the operating system does with a link: `liftoff <link>`, which hands it over.
    int deliver(const QString &link)
    {
        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(qEnvironmentVariable("LIFTOFF_APP"), { link });
        // With our event loop running: the link comes to this process's socket.
        if (!QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 20000))
            return -1;
        return second.exitCode();
    }
    // The test browser on a URL, delivering what it reaches as the OS would.
    int browse(const QString &url)
    {
        QProcess browser;
        browser.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        browser.start(testBrowser(), { url });
        if (!QTest::qWaitFor([&] { return browser.state() == QProcess::NotRunning; }, 20000))
            return -1;
        return browser.exitCode();
    }
    // The test browser on a URL, printing the link instead of delivering it.
    QString linkFrom(const QString &url)
    {
        QProcess browser;
        browser.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        browser.start(testBrowser(), { QStringLiteral("--no-deliver"), url });
        QTest::qWaitFor([&] { return browser.state() == QProcess::NotRunning; }, 20000);
        return QString::fromUtf8(browser.readAllStandardOutput()).trimmed();
    }

    void checkSignedInAndStored(const QString &username)
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SignInController::State::SignedIn,
                                  FlowTimeoutMs);
        QCOMPARE(m_controller->user().account.username, username);
        QVERIFY(!m_controller->user().token.isEmpty());
        QCOMPARE(keychainRead(storedKey()), m_controller->user().token);
        QVERIFY(m_accounts->contains(storedKey()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!testBrowser().isEmpty(), "LIFTOFF_TESTBROWSER is not set");
        QVERIFY2(!qEnvironmentVariableIsEmpty("LIFTOFF_APP"), "LIFTOFF_APP is not set");
    }

    void init()
    {
        // Our own runtime directory: the link socket of this test and its children only.
        m_runtime = std::make_unique<QTemporaryDir>();
        QVERIFY(m_runtime->isValid());
        QFile::setPermissions(m_runtime->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_runtime->path().toUtf8());
        m_urlFile = QDir(m_runtime->path()).filePath(QStringLiteral("browser-url"));
        useTestBrowser();
    }

    void cleanup()
    {
        m_instance.reset();
        m_window.reset();
        m_controller.reset();
        m_tokens.reset();
        m_accounts.reset();
        m_settings.reset();
        m_server.reset();
        m_runtime.reset();
    }

    void buttonsFollowTheServer()
    {
        openWindow();
        QPushButton *keycloak = serviceButton(QStringLiteral("keycloak"));
        QVERIFY(keycloak);
        QCOMPARE(keycloak->text(), QStringLiteral("Company account"));
        QCOMPARE(keycloak->accessibleName(), QStringLiteral("Sign in with Company account"));
        QVERIFY(keycloak->styleSheet().contains(QStringLiteral("#1d74f5")));
        QVERIFY(serviceButton(QStringLiteral("saml")));
        QVERIFY(serviceButton(QStringLiteral("cas")));
        QVERIFY(keycloak->isEnabled());
    }

    void oauth()
    {
        openWindow();
        QTest::mouseClick(serviceButton(QStringLiteral("keycloak")), Qt::LeftButton);
        QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);
        QCOMPARE(currentPage()->accessibleName(), QStringLiteral("Continue in your browser"));
        QVERIFY(m_controller->browserOpened());
        checkSignedInAndStored(QStringLiteral("alice"));
        QCOMPARE(m_controller->user().loginType, QStringLiteral("keycloak"));
    }

    void oauthWithTwoFactor()
    {
        DevServerOptions options;
        options.idpUser = QStringLiteral("bob");
        openWindow(options);
        QTest::mouseClick(serviceButton(QStringLiteral("gitlab")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SignInController::State::TwoFactorRequired,
                                  FlowTimeoutMs);
        QCOMPARE(m_controller->twoFactorMethod(), SignInController::TwoFactorMethod::Totp);
        m_controller->submitTwoFactorCode(Totp::codeForSecret(QStringLiteral("JBSWY3DPEHPK3PXP")));
        checkSignedInAndStored(QStringLiteral("bob"));
    }

    void saml()
    {
        openWindow();
        QTest::mouseClick(serviceButton(QStringLiteral("saml")), Qt::LeftButton);
        checkSignedInAndStored(QStringLiteral("alice"));
        QCOMPARE(m_controller->user().loginType, QStringLiteral("saml"));
    }

    void cas()
    {
        openWindow();
        QTest::mouseClick(serviceButton(QStringLiteral("cas")), Qt::LeftButton);
        checkSignedInAndStored(QStringLiteral("alice"));
        QCOMPARE(m_controller->user().loginType, QStringLiteral("cas"));
    }

    void tokenLinkAsksFirst()
    {
        openWindow();
        // The modern flow, as from "open in the desktop app": the browser ends at
        // rocketchat://auth?host=…&token=…&userId=…, which the OS hands to a second liftoff.
        QCOMPARE(browse(serverUrl() + QStringLiteral("/oauth/keycloak?loginClient=desktop")), 0);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("confirm-link"))), 10000);
        QVERIFY(box->text().contains(m_controller->pendingLink().server().displayString()));
        QCOMPARE(m_controller->state(), SignInController::State::Ready); // nothing before yes
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm-link-yes")),
                          Qt::LeftButton);
        checkSignedInAndStored(QStringLiteral("alice"));
    }

    void tokenLinkDeclined()
    {
        openWindow();
        QCOMPARE(browse(serverUrl() + QStringLiteral("/oauth/keycloak?loginClient=desktop")), 0);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("confirm-link"))), 10000);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm-link-no")),
                          Qt::LeftButton);
        QVERIFY(!m_controller->pendingLink().isValid());
        QTest::qWait(300); // nothing may follow; not a timed assertion of the product
        QCOMPARE(m_controller->state(), SignInController::State::Ready);
    }

    void providerDenies()
    {
        DevServerOptions options;
        options.idpDeny = true;
        openWindow(options);
        const QString key = TokenStore::entryKey(QStringLiteral("stored-user"),
                                                 ServerAddress::parse(serverUrl()));
        QVERIFY(keychainWrite(key, QStringLiteral("stored-before")));
        QTest::mouseClick(serviceButton(QStringLiteral("keycloak")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->error().kind(), SignInError::Kind::SsoDenied,
                                  FlowTimeoutMs);
        // Rocket.Chat's OAuth refusal names no sign-in (no credential token): anyone could send
        // it, so the sign-in goes on (cancel or the time-out end it), and it is said in our
        // words, never the link's.
        QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);
        QVERIFY(!m_controller->errorMessage().contains(QStringLiteral("access_denied")));
        QCOMPARE(m_controller->errorMessage(), SignInError(SignInError::Kind::SsoDenied).message());
        QCOMPARE(keychainRead(key), QStringLiteral("stored-before"));
    }

    // SAML's refusal carries the sign-in's credential token: it ends the sign-in, in our words.
    void providerDeniesTheSignIn()
    {
        DevServerOptions options;
        options.idpDeny = true;
        openWindow(options);
        QTest::mouseClick(serviceButton(QStringLiteral("saml")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->error().kind(), SignInError::Kind::SsoDenied,
                                  FlowTimeoutMs);
        QCOMPARE(m_controller->state(), SignInController::State::Ready);
        QVERIFY(!m_controller->errorMessage().contains(QStringLiteral("access_denied")));
        QCOMPARE(m_controller->errorMessage(), SignInError(SignInError::Kind::SsoDenied).message());
    }

    // A refusal link someone else wrote: without the sign-in's credential token it ends nothing;
    // with it, the sign-in ends. Either way its text is never shown.
    void refusalLinks()
    {
        openWindow();
        useNotingBrowser();
        QTest::mouseClick(serviceButton(QStringLiteral("saml")), Qt::LeftButton);
        QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);
        const QString token = m_controller->browserUrl().path().section(u'/', -1);
        QVERIFY(!token.isEmpty());
        const QString host = QString::fromLatin1(QUrl::toPercentEncoding(serverUrl()));
        const QString attackerText = QStringLiteral("Call +1 555 0100 now to unlock your account");
        const QString error = QString::fromLatin1(QUrl::toPercentEncoding(attackerText));
        QSignalSpy refused(m_controller.get(), &SignInController::linkRefused);
        for (const QString &type : { QStringLiteral("saml"), QStringLiteral("oauth") }) {
            const qsizetype before = refused.size();
            QCOMPARE(deliver(QStringLiteral("rocketchat://auth?host=%1&type=%2&error=%3")
                                 .arg(host, type, error)),
                     0);
            QTRY_COMPARE_WITH_TIMEOUT(refused.size(), before + 1, 10000);
            QVERIFY(m_controller->error().isError());
            QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);
            QVERIFY2(!m_controller->errorMessage().contains(QStringLiteral("555")),
                     qPrintable(m_controller->errorMessage()));
            QCOMPARE(m_controller->browserUrl().path().section(u'/', -1), token);
        }
        // Someone else's credential token: nothing ends either.
        QCOMPARE(deliver(QStringLiteral("rocketchat://auth?host=%1&type=saml&credentialToken=%2"
                                        "&error=%3")
                             .arg(host, QStringLiteral("id-someone-elses"), error)),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->error().kind(),
                                  SignInError::Kind::SsoLinkNotStarted, 10000);
        QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);

        // The sign-in's own: it ends, with our message.
        QCOMPARE(deliver(QStringLiteral("rocketchat://auth?host=%1&type=saml&credentialToken=%2"
                                        "&error=%3")
                             .arg(host, token, error)),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SignInController::State::Ready, 10000);
        QCOMPARE(m_controller->error().kind(), SignInError::Kind::SsoDenied);
        QCOMPARE(m_controller->errorMessage(), SignInError(SignInError::Kind::SsoDenied).message());
        QVERIFY(!m_controller->errorMessage().contains(QStringLiteral("555")));
    }

    void forgedLinks()
    {
        openWindow();
        useNotingBrowser();
        QTest::mouseClick(serviceButton(QStringLiteral("keycloak")), Qt::LeftButton);
        QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);
        QTRY_VERIFY_WITH_TIMEOUT(!notedUrl().isEmpty(), 10000);
        const QString link = linkFrom(notedUrl());
        QVERIFY2(link.startsWith(QStringLiteral("rocketchat://auth?")), qPrintable(link));

        // Someone else's sign-in (a credential token we never made): refused, waiting goes on.
        QCOMPARE(deliver(withParameter(link, QStringLiteral("credentialToken"),
                                       QStringLiteral("someone-elses-token"))),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->error().kind(),
                                  SignInError::Kind::SsoLinkNotStarted, 10000);
        QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);

        // Our credential token, but another server: refused, and this attempt is over.
        QCOMPARE(deliver(withParameter(link, QStringLiteral("host"),
                                       QStringLiteral("https://chat.example.com/"))),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->error().kind(),
                                  SignInError::Kind::SsoLinkOtherServer, 10000);
        QCOMPARE(m_controller->state(), SignInController::State::Ready);
        QVERIFY(m_controller->errorMessage().contains(QStringLiteral("chat.example.com")));

        // The genuine link after that: too late.
        QCOMPARE(deliver(link), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->error().kind(), SignInError::Kind::SsoExpired,
                                  10000);
        QCOMPARE(m_controller->state(), SignInController::State::Ready);
        QVERIFY(m_controller->user().token.isEmpty());
    }

    void expiredAttempt()
    {
        openWindow();
        useNotingBrowser();
        m_controller->setBrowserTimeoutMs(1500);
        QTest::mouseClick(serviceButton(QStringLiteral("saml")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!notedUrl().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), SignInController::State::Ready, 10000);
        QCOMPARE(m_controller->error().kind(), SignInError::Kind::SsoExpired);
        // The browser finishes after all: the link is refused, nobody is signed in.
        QCOMPARE(browse(notedUrl()), 0);
        QTest::qWait(500);
        QCOMPARE(m_controller->state(), SignInController::State::Ready);
        QCOMPARE(m_controller->error().kind(), SignInError::Kind::SsoExpired);
    }

    void cancel()
    {
        openWindow();
        useNotingBrowser();
        QTest::mouseClick(serviceButton(QStringLiteral("keycloak")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!notedUrl().isEmpty(), 10000);
        auto *page = m_window->findChild<BrowserPage *>();
        QPushButton *cancel = findByAccessibleName<QPushButton>(
            page, QStringLiteral("Cancel signing in with the browser"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_controller->state(), SignInController::State::Ready);
        QCOMPARE(m_controller->error().kind(), SignInError::Kind::Cancelled);
        QCOMPARE(browse(notedUrl()), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->error().kind(), SignInError::Kind::SsoExpired,
                                  10000);
        QCOMPARE(m_controller->state(), SignInController::State::Ready);
    }

    void browserCannotStart()
    {
        openWindow();
        qputenv("BROWSER", "/nonexistent/browser %s");
        QTest::mouseClick(serviceButton(QStringLiteral("keycloak")), Qt::LeftButton);
        QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);
        QVERIFY(!m_controller->browserOpened());
        auto *page = m_window->findChild<BrowserPage *>();
        QLineEdit *address = findByAccessibleName<QLineEdit>(
            page, QStringLiteral("Sign-in address to open in a browser"));
        QVERIFY(address);
        QTRY_VERIFY(address->isVisible());
        QVERIFY(address->text().startsWith(serverUrl() + QStringLiteral("/idp/authorize?")));
        // Opened by hand in a browser: the sign-in completes all the same.
        QCOMPARE(browse(address->text()), 0);
        checkSignedInAndStored(QStringLiteral("alice"));
    }

    // The address to open by hand shows its start (the provider's host), all of it in the
    // tooltip; "Copied" is about this sign-in only.
    void addressToCopy()
    {
        openWindow();
        qputenv("BROWSER", "/nonexistent/browser %s");
        QTest::mouseClick(serviceButton(QStringLiteral("keycloak")), Qt::LeftButton);
        QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);
        auto *page = m_window->findChild<BrowserPage *>();
        QLineEdit *address = findByAccessibleName<QLineEdit>(
            page, QStringLiteral("Sign-in address to open in a browser"));
        QPushButton *copy
            = findByAccessibleName<QPushButton>(page, QStringLiteral("Copy the sign-in address"));
        QVERIFY(address);
        QVERIFY(copy);
        QTRY_VERIFY(address->isVisible());
        const QString first = address->text();
        QCOMPARE(address->cursorPosition(), 0);
        QVERIFY2(address->toolTip().contains(first), qPrintable(address->toolTip()));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), first);
        QCOMPARE(copy->text(), QStringLiteral("Copied"));

        // Cancelled, then a new sign-in: a new address, not copied yet.
        QPushButton *cancel = findByAccessibleName<QPushButton>(
            page, QStringLiteral("Cancel signing in with the browser"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_controller->state(), SignInController::State::Ready);
        QTRY_VERIFY(serviceButton(QStringLiteral("keycloak")));
        QTRY_VERIFY(serviceButton(QStringLiteral("keycloak"))->isEnabled());
        QTest::mouseClick(serviceButton(QStringLiteral("keycloak")), Qt::LeftButton);
        QCOMPARE(m_controller->state(), SignInController::State::WaitingForBrowser);
        QTRY_VERIFY(address->isVisible());
        QVERIFY(address->text() != first);
        QCOMPARE(copy->text(), QStringLiteral("&Copy address"));
        QCOMPARE(address->cursorPosition(), 0);
        QVERIFY2(address->toolTip().contains(address->text()), qPrintable(address->toolTip()));
    }
};

QTEST_MAIN(TestSsoWindow)
#include "tst_ssowindow.moc"
