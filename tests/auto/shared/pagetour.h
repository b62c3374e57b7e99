#pragma once

// The window taken through every page and the states a person meets on them, against the real dev
// server, calling a check at each stop. It works in any language: it drives the controller, and
// finds the few buttons it presses by their translated accessible names. Used by the tests that
// look at every page (tst_accessibletext, tst_mnemonics).

#include "../shared/memorytokenstore.h"
#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "ddp/reconnectbackoff.h"
#include "devserver.h"
#include "storage/accountstore.h"
#include "storage/tokenjob.h"
#include "tls/certificatetrust.h"
#include "totp.h"
#include "ui/mainwindow.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

class PageTour
{
public:
    // stop(window, where) is called at each stop, with the window shown and settled.
    using Stop = std::function<void(QWidget *window, const QString &where)>;

    // The page the window shows.
    static QWidget *currentPage(const QWidget *window)
    {
        return window->findChild<QStackedWidget *>()->currentWidget();
    }

    // Takes the window round; a failed QVERIFY inside ends it (QTest::currentTestFailed()).
    void run(const Stop &stop)
    {
        QVERIFY(m_dir.isValid());
        QSettings settings(m_dir.filePath(QStringLiteral("liftoff.conf")), QSettings::IniFormat);
        CertificateTrust trust(&settings);
        AccountStore accounts(&settings);
        MemoryTokenStore tokens;

        DevServer server;
        server.options().ldapEnabled = true; // the LDAP choice shows
        server.options().ssoDemoServices = true; // and the single sign-on buttons
        QVERIFY(server.listen(0));
        DevServer tlsServer; // a certificate the system does not trust
        QVERIFY2(tlsServer.setGeneratedTls(), qPrintable(tlsServer.errorString()));
        QVERIFY2(tlsServer.listen(0), qPrintable(tlsServer.errorString()));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();

        // A saved account (its server is down), so that the sign-in page lists it.
        SavedAccount offline;
        offline.server
            = ServerAddress::parse(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        offline.userId = QStringLiteral("d0wnUs3r1234567ab");
        offline.username = QStringLiteral("dora");
        offline.displayName = QStringLiteral("Dora Explorer");
        offline.tokenExpires = QDateTime::currentDateTimeUtc().addDays(60);
        bool written = false;
        QObject::connect(tokens.write(offline.key(), QStringLiteral("a-token")),
                         &TokenJob::finished, [&] { written = true; });
        QTRY_VERIFY(written);
        QVERIFY(accounts.save(offline));

        SignInController controller;
        SignInControllerPrivate::get(controller)->setServerCheckDelayMs(50);
        SignInControllerPrivate::get(controller)->setCertificateTrust(&trust);
        controller.setStores(&tokens, &accounts);
        MainWindow window(&controller);
        window.resize(520, 720);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        using State = SignInController::State;
        const auto visit = [&](const char *where) {
            QTest::qWait(50); // posted updates (countdowns, status lines)
            // Layouts still pending (a slow build may not have run them yet) are done now.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            stop(&window, QString::fromLatin1(where));
        };
        // A button of the page shown, by its accessible name in the language of the window.
        const auto button = [&](const char *context, const char *name) {
            return findByAccessibleName<QPushButton>(
                &window, QCoreApplication::translate(context, name), FindVisible::Only);
        };

        visit("empty sign-in page");
        if (QTest::currentTestFailed())
            return;

        window.setServer(QStringLiteral("http://chat.example.com"), false);
        QTRY_VERIFY(!controller.addressProblem().isEmpty());
        visit("unencrypted address");
        if (QTest::currentTestFailed())
            return;

        window.setServer(tlsServer.httpUrl().toString(), false);
        QTRY_VERIFY(!controller.untrustedCertificate().isNull());
        visit("untrusted certificate");
        if (QTest::currentTestFailed())
            return;

        window.setServer(server.httpUrl().toString(), false);
        QTRY_COMPARE(controller.state(), State::Ready);
        QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("service-keycloak")));
        visit("server checked, with LDAP and single sign-on");
        if (QTest::currentTestFailed())
            return;

        controller.signIn(QStringLiteral("alice"), QStringLiteral("looking-glass"));
        QTRY_COMPARE(controller.error().kind(), SignInError::Kind::WrongCredentials);
        QTRY_COMPARE(controller.state(), State::Ready);
        visit("wrong password");
        if (QTest::currentTestFailed())
            return;

        server.options().ignoreLogin = true;
        controller.signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(controller.state(), State::SigningIn);
        visit("signing in");
        controller.cancel();
        QTRY_COMPARE(controller.state(), State::Ready);
        server.options().ignoreLogin = false;
        if (QTest::currentTestFailed())
            return;

        controller.signIn(QStringLiteral("bob"), QStringLiteral("builder"));
        QTRY_COMPARE(controller.state(), State::TwoFactorRequired);
        visit("two-factor (app)");
        if (QTest::currentTestFailed())
            return;
        controller.submitTwoFactorCode(QStringLiteral("000000"));
        QTRY_VERIFY(controller.error().isError());
        QTRY_COMPARE(controller.state(), State::TwoFactorRequired);
        visit("two-factor, wrong code");
        if (QTest::currentTestFailed())
            return;
        controller.submitTwoFactorCode(Totp::codeForSecret(UserDirectory::demoTotpSecret()));
        QTRY_COMPARE(controller.state(), State::SignedIn);
        const QString bobKey = controller.accountKey();
        QTRY_VERIFY(accounts.contains(bobKey));
        visit("signed in");
        if (QTest::currentTestFailed())
            return;

        QPushButton *add = button("AccountList", "Add another account");
        QVERIFY(add);
        add->click();
        QTRY_COMPARE(controller.state(), State::Ready);
        visit("adding an account");
        if (QTest::currentTestFailed())
            return;

        controller.signIn(QStringLiteral("carol"), QStringLiteral("caroline"));
        QTRY_COMPARE(controller.state(), State::TwoFactorRequired);
        visit("two-factor (e-mail)");
        if (QTest::currentTestFailed())
            return;
        controller.cancel();
        QTRY_VERIFY(controller.state() != State::TwoFactorRequired);

        // Single sign-on with a browser that cannot start: the address to copy shows.
        const bool hadBrowser = qEnvironmentVariableIsSet("BROWSER");
        const QByteArray savedBrowser = qgetenv("BROWSER");
        const auto restoreBrowser = qScopeGuard([&] {
            if (hadBrowser)
                qputenv("BROWSER", savedBrowser);
            else
                qunsetenv("BROWSER");
        });
        qputenv("BROWSER", "/nonexistent/liftoff-test-browser %s");
        window.setServer(server.httpUrl().toString(), false);
        QTRY_COMPARE(controller.state(), State::Ready);
        QVERIFY(controller.signInWithService(QStringLiteral("keycloak")));
        QTRY_COMPARE(controller.state(), State::WaitingForBrowser);
        visit("waiting for the browser");
        if (QTest::currentTestFailed())
            return;
        controller.cancel();
        QTRY_COMPARE(controller.state(), State::Ready);

        // Resuming, with a server slow to answer.
        server.options().ignoreLogin = true;
        QVERIFY(controller.resumeAccount(bobKey));
        QCOMPARE(controller.state(), State::Resuming);
        visit("resuming");
        controller.cancel();
        QTRY_VERIFY(controller.state() != State::Resuming);
        server.options().ignoreLogin = false;
        if (QTest::currentTestFailed())
            return;

        // Offline: the saved account whose server is down.
        SignInControllerPrivate::get(controller)->offlineBackoff().setInitialDelayMs(30000);
        SignInControllerPrivate::get(controller)->offlineBackoff().setJitter(0);
        QVERIFY(controller.resumeAccount(offline.key()));
        QTRY_COMPARE(controller.state(), State::Offline);
        visit("offline");
    }

private:
    QTemporaryDir m_dir;
};
