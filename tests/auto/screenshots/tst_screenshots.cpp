#include "../shared/darkpalette.h"
#include "../shared/memorytokenstore.h"
#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "ddp/ddpconnection.h"
#include "ddp/reconnectbackoff.h"
#include "devserver.h"
#include "storage/accountstore.h"
#include "storage/tokenstore.h"
#include "tls/certificatetrust.h"
#include "totp.h"
#include "ui/mainwindow.h"
#include "ui/recentservers.h"
#include "ui/signedinpage.h"
#include "userdirectory.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
// English plural forms ("%n day(s)" → "1 day", "2 days"), as an English translation made with
// `lupdate -pluralonly` gives them. Stands in for translations/liftoff_en.ts here, so that the
// pictures show what people see once the application loads it.
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        const QString text = QString::fromUtf8(sourceText);
        if (n < 0 || !text.contains(QLatin1String("(s)")))
            return QString();
        QString plural = text;
        return plural.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};
} // namespace

// Every page of the window in a light and a dark palette, checked for text that does not fit.
// With LIFTOFF_SCREENSHOT_DIR set, also saves them as PNG (packaging/screenshots/ in the
// repository: `LIFTOFF_SCREENSHOT_DIR=packaging/screenshots build/.../tst_screenshots`). Fusion
// with a fixed palette, so that the pictures do not depend on the desktop they were taken on; the
// application itself follows the system palette.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    // A steady address in the pictures when the port is free.
    static bool listenSteady(DevServer &server) { return server.listen(3000) || server.listen(0); }

    // The window shown at the pictures' size, on the sign-in page for server's address.
    static bool showOn(MainWindow &window, const DevServer &server)
    {
        window.resize(480, 560);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.setServer(server.httpUrl().toString(), false);
        return true;
    }

    // Text that needs more room than it has: a word-wrapped label taller than its place, a
    // single line wider than its place.
    static QStringList clippedTexts(QWidget *page)
    {
        QStringList clipped;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(page) || label->text().isEmpty())
                continue;
            const bool fits = label->wordWrap()
                ? label->heightForWidth(label->width()) <= label->height()
                : label->sizeHint().width() <= label->width();
            if (!fits)
                clipped << QStringLiteral("%1 (%2x%3, needs %4x%5)")
                               .arg(label->text())
                               .arg(label->width())
                               .arg(label->height())
                               .arg(label->sizeHint().width())
                               .arg(label->heightForWidth(label->width()));
        }
        return clipped;
    }

    void shoot(QWidget *window, const QString &name)
    {
        QTest::qWait(100); // layouts settle in posted events
        QWidget *page = window->findChild<QStackedWidget *>()->currentWidget();
        const QStringList clipped = clippedTexts(page);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1String(" | "))));
        QVERIFY(window->minimumSizeHint().width() <= window->width());
        QVERIFY(window->minimumSizeHint().height() <= window->height());
        const QImage image = window->grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("LIFTOFF_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        const QString theme = QString::fromLatin1(QTest::currentDataTag());
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, theme));
        QVERIFY2(image.save(path, "PNG", 9), qPrintable(path));
        qInfo("Saved %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QCoreApplication::installTranslator(&m_plurals);
    }

    void init() { RecentServers().clear(); }

private:
    EnglishPlurals m_plurals;

private Q_SLOTS:

    void pages_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void pages()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

        DevServer server;
        QVERIFY(listenSteady(server));
        // The accounts in a settings file of their own, the tokens in memory: the same pictures
        // wherever they are taken.
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        QSettings settings(settingsDir.filePath(QStringLiteral("liftoff.conf")),
                           QSettings::IniFormat);
        AccountStore accounts(&settings);
        MemoryTokenStore tokens;
        SignInController controller;
        controller.setStores(&tokens, &accounts);
        MainWindow window(&controller);
        window.resize(480, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto field
            = [&](const QString &name) { return findByAccessibleName<QLineEdit>(&window, name); };
        // The one on the page shown: each page has its own account list.
        const auto button = [&](const QString &name) {
            return findByAccessibleName<QPushButton>(&window, name, FindVisible::Only);
        };

        window.setServer(server.httpUrl().toString(), false);
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        field(QStringLiteral("Username or e-mail address"))->setText(QStringLiteral("alice"));
        field(QStringLiteral("Password"))->setText(QStringLiteral("looking-glass"));
        field(QStringLiteral("Password"))->setFocus();
        shoot(&window, QStringLiteral("signin"));
        if (QTest::currentTestFailed())
            return;

        QTest::keyClick(field(QStringLiteral("Password")), Qt::Key_Return);
        QTRY_COMPARE(controller.error().kind(), SignInError::Kind::WrongCredentials);
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        shoot(&window, QStringLiteral("signin-error"));
        if (QTest::currentTestFailed())
            return;

        // Waiting for the server, with Cancel.
        server.options().ignoreLogin = true;
        field(QStringLiteral("Password"))->setText(QStringLiteral("wonderland"));
        QTest::keyClick(field(QStringLiteral("Password")), Qt::Key_Return);
        QTRY_COMPARE(controller.state(), SignInController::State::SigningIn);
        shoot(&window, QStringLiteral("signingin"));
        if (QTest::currentTestFailed())
            return;
        controller.cancel();
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        server.options().ignoreLogin = false;

        field(QStringLiteral("Username or e-mail address"))->setText(QStringLiteral("bob"));
        field(QStringLiteral("Password"))->setText(QStringLiteral("builder"));
        QTest::keyClick(field(QStringLiteral("Password")), Qt::Key_Return);
        QTRY_COMPARE(controller.state(), SignInController::State::TwoFactorRequired);
        field(QStringLiteral("Verification code"))->setText(QStringLiteral("123 4"));
        shoot(&window, QStringLiteral("twofactor"));
        if (QTest::currentTestFailed())
            return;

        field(QStringLiteral("Verification code"))
            ->setText(Totp::codeForSecret(UserDirectory::demoTotpSecret()));
        QTest::keyClick(field(QStringLiteral("Verification code")), Qt::Key_Return);
        QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
        const QString bobKey = controller.accountKey();
        shoot(&window, QStringLiteral("signedin"));
        if (QTest::currentTestFailed())
            return;

        // A second account: the list on the signed-in page.
        QPushButton *add = button(QStringLiteral("Add another account"));
        QVERIFY(add);
        add->click();
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        // Its own title, and the way back to Bob.
        shoot(&window, QStringLiteral("addaccount"));
        if (QTest::currentTestFailed())
            return;
        field(QStringLiteral("Username or e-mail address"))->setText(QStringLiteral("alice"));
        field(QStringLiteral("Password"))->setText(QStringLiteral("wonderland"));
        QTest::keyClick(field(QStringLiteral("Password")), Qt::Key_Return);
        QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
        const QString aliceKey = controller.accountKey();
        shoot(&window, QStringLiteral("accounts"));
        if (QTest::currentTestFailed())
            return;

        // Switching back to Bob, with the server slow to answer.
        server.options().ignoreLogin = true;
        QVERIFY(controller.resumeAccount(bobKey));
        QCOMPARE(controller.state(), SignInController::State::Resuming);
        shoot(&window, QStringLiteral("resuming"));
        if (QTest::currentTestFailed())
            return;

        // Cancelled: the form for Bob, the saved accounts below it.
        controller.cancel();
        QTRY_VERIFY(controller.state() != SignInController::State::Resuming);
        server.options().ignoreLogin = false;
        shoot(&window, QStringLiteral("signin-accounts"));
        if (QTest::currentTestFailed())
            return;

        // An account whose server is down: a port nobody listens on (steady when 3001 is free).
        quint16 downPort = 3001;
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, downPort)) {
                QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
                downPort = probe.serverPort();
            }
        }
        SavedAccount offline;
        offline.server = ServerAddress::parse(QStringLiteral("http://127.0.0.1:%1").arg(downPort));
        offline.userId = QStringLiteral("d0wnUs3r1234567ab");
        offline.username = QStringLiteral("carol");
        offline.displayName = QStringLiteral("Carol Danvers");
        offline.tokenExpires = QDateTime::currentDateTimeUtc().addDays(60);
        bool written = false;
        connect(tokens.write(offline.key(), QStringLiteral("a-token-for-the-pictures")),
                &TokenJob::finished, this, [&] { written = true; });
        QTRY_VERIFY(written);
        QVERIFY(accounts.save(offline));
        // A steady countdown in the picture: 30 s, no jitter.
        SignInControllerPrivate::get(controller)->offlineBackoff().setInitialDelayMs(30000);
        SignInControllerPrivate::get(controller)->offlineBackoff().setJitter(0);
        QVERIFY(controller.resumeAccount(offline.key()));
        QTRY_COMPARE(controller.state(), SignInController::State::Offline);
        shoot(&window, QStringLiteral("offline"));
        if (QTest::currentTestFailed())
            return;

        // Another account instead: e-mail two-factor, after asking for a new code; the keychain
        // then refuses to save the session.
        QPushButton *another = button(QStringLiteral("Sign in with another account"));
        QVERIFY(another);
        another->click();
        QTRY_VERIFY(controller.state() != SignInController::State::Offline);
        field(QStringLiteral("Server address"))->setText(server.httpUrl().toString());
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        QString emailCode;
        connect(&server, &DevServer::emailCodeIssued, this,
                [&](const QString &, const QString &code) { emailCode = code; });
        field(QStringLiteral("Username or e-mail address"))->setText(QStringLiteral("carol"));
        field(QStringLiteral("Password"))->setText(QStringLiteral("caroline"));
        QTest::keyClick(field(QStringLiteral("Password")), Qt::Key_Return);
        QTRY_COMPARE(controller.state(), SignInController::State::TwoFactorRequired);
        QSignalSpy requested(&controller, &SignInController::emailCodeRequested);
        controller.requestNewEmailCode();
        QTRY_COMPARE(requested.count(), 1);
        shoot(&window, QStringLiteral("twofactor-email"));
        if (QTest::currentTestFailed())
            return;
        tokens.setFailure(KeychainError::Operation::Write, KeychainError::Kind::WriteFailed);
        field(QStringLiteral("Verification code"))->setText(emailCode);
        QTest::keyClick(field(QStringLiteral("Verification code")), Qt::Key_Return);
        QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
        QTRY_VERIFY(controller.storageProblem().isError());
        shoot(&window, QStringLiteral("signedin-unsaved"));
        if (QTest::currentTestFailed())
            return;

        // A saved session that has expired: the form, filled in, says why.
        std::optional<SavedAccount> alice = accounts.account(aliceKey);
        QVERIFY(alice);
        alice->tokenExpires = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(accounts.save(*alice));
        QVERIFY(controller.resumeAccount(aliceKey));
        QTRY_COMPARE(controller.error().kind(), SignInError::Kind::SessionExpired);
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        shoot(&window, QStringLiteral("signin-expired"));
    }

    // The signed-in page while the connection is lost (a steady 30 s countdown), light and dark.
    void signedInConnectionLost_data() { pages_data(); }

    void signedInConnectionLost()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        DevServer server;
        QVERIFY(listenSteady(server));
        SignInController controller;
        MainWindow window(&controller);
        QVERIFY(showOn(window, server));
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        controller.signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
        ReconnectBackoff &backoff = controller.connection()->backoff();
        backoff.setJitter(0);
        backoff.setMaximumDelayMs(30000);
        backoff.setInitialDelayMs(30000);
        server.stopListening();
        QTRY_VERIFY(controller.isConnectionLost());
        QTRY_COMPARE(controller.reconnectSecondsLeft(), 30);
        shoot(&window, QStringLiteral("signedin-connection-lost"));
    }

    // Personal access tokens (issue 14): the sign-in page taking a token, and the question
    // before "Sign out all other sessions", light and dark.
    void personalAccessToken_data() { pages_data(); }

    void personalAccessToken()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        DevServer server;
        QVERIFY(listenSteady(server));
        SignInController controller;
        MainWindow window(&controller);
        QVERIFY(showOn(window, server));
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);
        auto *useToken = window.findChild<QCheckBox *>(QStringLiteral("usePersonalAccessToken"));
        QVERIFY(useToken);
        useToken->setChecked(true);
        auto *token
            = findByAccessibleName<QLineEdit>(&window, QStringLiteral("Personal access token"));
        QVERIFY(token);
        token->setText(QStringLiteral("looking-glass-token"));
        token->setFocus();
        shoot(&window, QStringLiteral("signin-token"));

        token->setText(UserDirectory::demoPersonalAccessToken());
        findByAccessibleName<QPushButton>(&window, QStringLiteral("Sign in"), FindVisible::Only)
            ->click();
        QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
        shoot(&window, QStringLiteral("signedin-token"));
        controller.signOut();
        QTRY_COMPARE(controller.state(), SignInController::State::Ready);

        useToken->setChecked(false);
        controller.signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
        auto *others = window.findChild<QPushButton *>(QStringLiteral("signOutOtherSessions"));
        QVERIFY(others);
        QTRY_VERIFY(others->isVisible() && others->isEnabled());
        others->click();
        auto *page = window.findChild<SignedInPage *>();
        QVERIFY(page);
        QMessageBox *box = page->signOutOthersConfirmation();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::qWait(100);
        const QImage image = box->grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("LIFTOFF_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(QDir().mkpath(dir));
            const QString path
                = QDir(dir).filePath(QStringLiteral("signout-others-confirm-%1.png")
                                         .arg(QString::fromLatin1(QTest::currentDataTag())));
            QVERIFY2(image.save(path, "PNG", 9), qPrintable(path));
        }
        box->reject();
    }

    // The sign-in page with browser sign-in buttons (the dev server's demo services), and the
    // panel for a certificate that changed since it was trusted, light and dark.
    void ssoAndChangedCertificate_data() { pages_data(); }

    void ssoAndChangedCertificate()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        {
            DevServerOptions options;
            options.ssoDemoServices = true;
            DevServer server(options);
            QVERIFY(listenSteady(server));
            SignInController controller;
            MainWindow window(&controller);
            QVERIFY(showOn(window, server));
            QTRY_COMPARE(controller.state(), SignInController::State::Ready);
            QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("service-cas")));
            // Tall enough for the buttons below the form.
            window.resize(480, 720);
            findByAccessibleName<QLineEdit>(&window, QStringLiteral("Username or e-mail address"))
                ->setFocus();
            shoot(&window, QStringLiteral("signin-sso"));
            if (QTest::currentTestFailed())
                return;
        }

        RecentServers().clear(); // the address typed above is not offered again
        DevServer server;
        QVERIFY(server.setGeneratedTls());
        QVERIFY(listenSteady(server));
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        QSettings settings(settingsDir.filePath(QStringLiteral("trust.conf")),
                           QSettings::IniFormat);
        CertificateTrust trust(&settings);
        // Another certificate was trusted for this server before.
        QVERIFY(trust.trust(ServerAddress::parse(server.httpUrl().toString()),
                            QByteArray(32, char(0x5a))));
        SignInController controller;
        SignInControllerPrivate::get(controller)->setCertificateTrust(&trust);
        MainWindow window(&controller);
        QVERIFY(showOn(window, server));
        QTRY_COMPARE(controller.state(), SignInController::State::Failed);
        QCOMPARE(controller.error().kind(), SignInError::Kind::CertificateChanged);
        window.resize(480, 720);
        shoot(&window, QStringLiteral("certificate-changed"));
    }

#ifdef LIFTOFF_QM_DIR
    // The signed-in page in German and Japanese (their words are longer, or wider).
    // The changed-certificate panel has the longest button row (Copy, Cancel, Trust the new
    // certificate…): in every language each button shows its whole text inside the page.
    void changedCertificateButtonsFit_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "de", "es", "fr", "ja", "pt_BR" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void changedCertificateButtonsFit()
    {
        QFETCH(QString, language);
        QApplication::setPalette(QApplication::style()->standardPalette());
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(LIFTOFF_QM_DIR))
                                    .filePath(QStringLiteral("liftoff_%1.qm").arg(language))));
        QCoreApplication::installTranslator(&translator);
        const auto removeTranslator
            = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        DevServer server;
        QVERIFY(server.setGeneratedTls());
        QVERIFY(server.listen(0));
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        QSettings settings(settingsDir.filePath(QStringLiteral("trust.conf")),
                           QSettings::IniFormat);
        CertificateTrust trust(&settings);
        QVERIFY(trust.trust(ServerAddress::parse(server.httpUrl().toString()),
                            QByteArray(32, char(0x5a))));
        SignInController controller;
        SignInControllerPrivate::get(controller)->setCertificateTrust(&trust);
        MainWindow window(&controller);
        QVERIFY(showOn(window, server));
        QTRY_COMPARE(controller.error().kind(), SignInError::Kind::CertificateChanged);
        QTest::qWait(100); // layouts settle in posted events
        QWidget *page = window.findChild<QStackedWidget *>()->currentWidget();
        int checked = 0;
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (!button->isVisibleTo(page))
                continue;
            ++checked;
            const QRect inPage(button->mapTo(page, QPoint(0, 0)), button->size());
            QVERIFY2(button->sizeHint().width() <= button->width(),
                     qPrintable(QStringLiteral("%1: %2 of %3 px")
                                    .arg(button->text())
                                    .arg(button->width())
                                    .arg(button->sizeHint().width())));
            QVERIFY2(page->rect().contains(inPage), qPrintable(button->text()));
        }
        QVERIFY(checked >= 4); // Copy, Cancel, Trust, Sign in
    }

    void signedInTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void signedInTranslated()
    {
        QFETCH(QString, language);
        QApplication::setPalette(QApplication::style()->standardPalette());
        QTranslator translator;
        QVERIFY(translator.load(QDir(QStringLiteral(LIFTOFF_QM_DIR))
                                    .filePath(QStringLiteral("liftoff_%1.qm").arg(language))));
        QCoreApplication::installTranslator(&translator);
        const QLocale previous;
        QLocale::setDefault(QLocale(language));
        DevServer server;
        QVERIFY(listenSteady(server));
        {
            SignInController controller;
            MainWindow window(&controller);
            QVERIFY(showOn(window, server));
            QTRY_COMPARE(controller.state(), SignInController::State::Ready);
            controller.signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
            QTRY_COMPARE(controller.state(), SignInController::State::SignedIn);
            shoot(&window, QStringLiteral("signedin"));
        }
        QLocale::setDefault(previous);
        QCoreApplication::removeTranslator(&translator);
    }
#endif
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
