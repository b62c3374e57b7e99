#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "devserver.h"
#include "rocketchat/signinerror.h"
#include "totp.h"
#include "ui/mainwindow.h"
#include "ui/recentservers.h"
#include "userdirectory.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace {
// A dev server, a controller and the window on it, shown; the test drives it like a person.
class Harness
{
public:
    explicit Harness(const DevServerOptions &options = {}) : server(options)
    {
        SignInControllerPrivate::get(controller)->setServerCheckDelayMs(50);
    }

    bool start()
    {
        if (!server.listen(0))
            return false;
        window.resize(480, 560);
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    QString url() const { return server.httpUrl().toString(); }

    template<typename T> T *find(const QString &name) const
    {
        return findByAccessibleName<T>(&window, name);
    }
    QLineEdit *field(const QString &name) const { return find<QLineEdit>(name); }
    QPushButton *button(const QString &name) const { return find<QPushButton>(name); }
    QLabel *label(const QString &name) const { return findLabel(&window, name); }
    QWidget *page() const { return window.findChild<QStackedWidget *>()->currentWidget(); }
    QString pageName() const { return page()->accessibleName(); }

    // Where the keyboard is: key events go to the focus widget, as they would from a keyboard.
    QWidget *focus() const
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : window.focusWidget();
    }
    void type(const QString &text) { QTest::keyClicks(focus(), text); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), key, modifiers);
    }

    // The visible text of a status line (server status, error area), "" when hidden.
    QString shown(const QString &name) const
    {
        QLabel *l = label(name);
        return l && l->isVisibleTo(&window) && l->parentWidget()->isVisibleTo(&window) ? l->text()
                                                                                       : QString();
    }

    DevServer server;
    SignInController controller;
    MainWindow window { &controller };
};

const QString signInPage = QStringLiteral("Sign in");
const QString twoFactorPage = QStringLiteral("Two-factor authentication");
const QString signedInPage = QStringLiteral("Signed in");

bool isLoginFrame(const QJsonObject &frame)
{
    return frame.value(QLatin1String("msg")).toString() == QLatin1String("method")
        && frame.value(QLatin1String("method")).toString() == QLatin1String("login");
}
} // namespace

// The main window as a person uses it, against the real dev server.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString tokenLink(const Harness &h, const QString &token, const QString &userId)
    {
        return QStringLiteral("rocketchat://auth?host=%1&token=%2&userId=%3")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(h.url())), token, userId);
    }

    // Types the server address and waits until the server check is done.
    static bool typeServer(Harness &h, const QString &address)
    {
        h.field(QStringLiteral("Server address"))->setFocus();
        h.type(address);
        return QTest::qWaitFor(
            [&] { return h.controller.state() == SignInController::State::Ready; }, 5000);
    }

    // From the server field: Tab, user name, Tab, password, Enter.
    static void typeCredentials(Harness &h, const QString &user, const QString &password)
    {
        h.field(QStringLiteral("Username or e-mail address"))->setFocus();
        h.field(QStringLiteral("Username or e-mail address"))->clear();
        h.type(user);
        h.press(Qt::Key_Tab);
        h.field(QStringLiteral("Password"))->clear();
        h.type(password);
        h.press(Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() { RecentServers().clear(); }

    void everyControlHasAnAccessibleName()
    {
        Harness h;
        QVERIFY(h.start());
        // Hidden controls too (Cancel, the LDAP and unencrypted choices, Send a new code): they
        // appear later, and must be named then.
        for (QWidget *w : h.window.findChildren<QWidget *>()) {
            if (!isControl(w))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(
                         QString::fromLatin1(w->metaObject()->className()), w->objectName())));
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            QCOMPARE(iface->text(QAccessible::Name), w->accessibleName());
        }
        // No style sheets, so no colours of our own: the palette (light, dark, high contrast)
        // decides.
        for (QWidget *w : h.window.findChildren<QWidget *>())
            QVERIFY2(w->styleSheet().isEmpty(), w->metaObject()->className());
    }

    void signsInWithTheKeyboardOnly()
    {
        Harness h;
        QVERIFY(h.start());
        QLineEdit *server = h.field(QStringLiteral("Server address"));
        QLineEdit *user = h.field(QStringLiteral("Username or e-mail address"));
        QLineEdit *password = h.field(QStringLiteral("Password"));
        auto *reveal = h.find<QToolButton>(QStringLiteral("Show password"));
        auto *ldap = h.find<QCheckBox>(QStringLiteral("Sign in with LDAP"));
        QPushButton *signIn = h.button(QStringLiteral("Sign in"));
        QVERIFY(server && user && password && reveal && ldap && signIn);
        QCOMPARE(h.pageName(), signInPage);
        QCOMPARE(h.focus(), server); // an empty window starts at the server field

        h.type(h.url());
        QTRY_COMPARE(h.controller.state(), SignInController::State::Ready);
        QVERIFY(h.shown(QStringLiteral("Server status")).contains(QLatin1String("7.4.0")));
        h.press(Qt::Key_Tab);
        QCOMPARE(h.focus(), user); // the unencrypted choice is not offered for this computer
        h.type(QStringLiteral("alice"));
        h.press(Qt::Key_Tab);
        QCOMPARE(h.focus(), password);
        h.type(QStringLiteral("wonderland"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        h.press(Qt::Key_Tab);
        QCOMPARE(h.focus(), reveal);
        h.press(Qt::Key_Space);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        h.press(Qt::Key_Space);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!h.controller.serverHasLdap());
        QVERIFY(!ldap->isVisible()); // LDAP is off on this server
        h.press(Qt::Key_Tab);
        QCOMPARE(h.focus(), signIn); // Cancel is not there while nothing runs
        QVERIFY(signIn->isDefault());
        h.press(Qt::Key_Backtab);
        h.press(Qt::Key_Backtab);
        QCOMPARE(h.focus(), password);
        h.press(Qt::Key_Return);

        QTRY_COMPARE(h.pageName(), signedInPage);
        QCOMPARE(h.controller.user().account.username, QStringLiteral("alice"));
        QCOMPARE(h.label(QStringLiteral("displayName"))->text(), QStringLiteral("Alice Liddell"));
        QCOMPARE(h.label(QStringLiteral("username"))->text(), QStringLiteral("@alice"));
        QCOMPARE(h.label(QStringLiteral("serverAddress"))->text(),
                 h.controller.user().account.server.displayString());
        // 90 days from now, as the server issues tokens.
        QVERIFY2(h.label(QStringLiteral("sessionExpires"))->text().contains(QLatin1String("day")),
                 qPrintable(h.label(QStringLiteral("sessionExpires"))->text()));
        QVERIFY(password->text().isEmpty()); // nothing of the password stays in the window
    }

    void wrongPasswordSaysWhatToDo()
    {
        Harness h;
        QVERIFY(h.start());
        QVERIFY(typeServer(h, h.url()));
        typeCredentials(h, QStringLiteral("alice"), QStringLiteral("looking-glass"));
        QTRY_VERIFY(!h.shown(QStringLiteral("Sign-in problem")).isEmpty());
        QCOMPARE(h.controller.error().kind(), SignInError::Kind::WrongCredentials);
        QCOMPARE(h.shown(QStringLiteral("Sign-in problem")), h.controller.errorMessage());
        QCOMPARE(h.pageName(), signInPage);
        // Ready for the next try: the password is selected, so typing replaces it.
        QLineEdit *password = h.field(QStringLiteral("Password"));
        QTRY_COMPARE(h.focus(), password);
        QCOMPARE(password->selectedText(), password->text());
        QVERIFY(h.button(QStringLiteral("Sign in"))->isEnabled());

        h.type(QStringLiteral("wonderland"));
        h.press(Qt::Key_Return);
        QTRY_COMPARE(h.pageName(), signedInPage);
    }

    void emptyFieldsAreExplainedWithoutAskingTheServer()
    {
        Harness h;
        QVERIFY(h.start());
        QSignalSpy frames(&h.server, &DevServer::frameReceived);
        h.press(Qt::Key_Return);
        QVERIFY(!h.shown(QStringLiteral("Server status")).isEmpty());
        QCOMPARE(h.focus(), h.field(QStringLiteral("Server address")));
        QVERIFY(typeServer(h, h.url()));
        // Enter in a filled field moves on to the next empty one without a complaint; Enter in
        // the empty field itself says what is missing.
        h.press(Qt::Key_Return);
        QCOMPARE(h.focus(), h.field(QStringLiteral("Username or e-mail address")));
        QVERIFY(h.shown(QStringLiteral("Sign-in problem")).isEmpty());
        h.press(Qt::Key_Return);
        QVERIFY(!h.shown(QStringLiteral("Sign-in problem")).isEmpty());
        QCOMPARE(h.focus(), h.field(QStringLiteral("Username or e-mail address")));
        h.type(QStringLiteral("alice"));
        QVERIFY(h.shown(QStringLiteral("Sign-in problem")).isEmpty()); // gone once typing
        h.press(Qt::Key_Return);
        QCOMPARE(h.focus(), h.field(QStringLiteral("Password")));
        QVERIFY(h.shown(QStringLiteral("Sign-in problem")).isEmpty());
        h.press(Qt::Key_Return);
        QCOMPARE(h.focus(), h.field(QStringLiteral("Password")));
        QVERIFY(!h.shown(QStringLiteral("Sign-in problem")).isEmpty());
        for (const QList<QVariant> &frame : std::as_const(frames))
            QVERIFY(!isLoginFrame(frame.at(1).toJsonObject()));
    }

    void totpTwoFactor()
    {
        Harness h;
        QVERIFY(h.start());
        QVERIFY(typeServer(h, h.url()));
        typeCredentials(h, QStringLiteral("bob"), QStringLiteral("builder"));
        QTRY_COMPARE(h.pageName(), twoFactorPage);
        QCOMPARE(h.controller.twoFactorMethod(), SignInController::TwoFactorMethod::Totp);
        QLineEdit *code = h.field(QStringLiteral("Verification code"));
        QTRY_COMPARE(h.focus(), code);
        QVERIFY(!h.button(QStringLiteral("Send a new code by e-mail"))->isVisibleTo(&h.window));
        QVERIFY(h.shown(QStringLiteral("Verification problem")).isEmpty());

        // A wrong code: said on the same page, the code selected for the next try.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString wrong = QStringLiteral("000000");
        while (Totp::verify(UserDirectory::demoTotpSecret(), wrong, now, 2))
            wrong = QString::number(wrong.toInt() + 111111).rightJustified(6, QLatin1Char('0'));
        h.type(wrong);
        h.press(Qt::Key_Return);
        QTRY_VERIFY(!h.shown(QStringLiteral("Verification problem")).isEmpty());
        QCOMPARE(h.controller.error().kind(), SignInError::Kind::TwoFactorInvalid);
        QCOMPARE(h.pageName(), twoFactorPage);
        QTRY_COMPARE(h.focus(), code);
        QCOMPARE(code->selectedText(), wrong);

        // As an authenticator app shows it: "123 456".
        const QString right = Totp::codeForSecret(UserDirectory::demoTotpSecret());
        h.type(right.left(3) + QLatin1Char(' ') + right.mid(3));
        h.press(Qt::Key_Return);
        QTRY_COMPARE(h.pageName(), signedInPage);
        QCOMPARE(h.label(QStringLiteral("username"))->text(), QStringLiteral("@bob"));
    }

    void emailTwoFactorWithANewCodePasted()
    {
        Harness h;
        QVERIFY(h.start());
        QSignalSpy codes(&h.server, &DevServer::emailCodeIssued);
        QVERIFY(typeServer(h, h.url()));
        typeCredentials(h, QStringLiteral("carol"), QStringLiteral("caroline"));
        QTRY_COMPARE(h.pageName(), twoFactorPage);
        QCOMPARE(h.controller.twoFactorMethod(), SignInController::TwoFactorMethod::Email);
        QTRY_COMPARE(codes.count(), 1);
        QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("carol"));
        QLineEdit *code = h.field(QStringLiteral("Verification code"));
        QPushButton *sendNew = h.button(QStringLiteral("Send a new code by e-mail"));
        QVERIFY(sendNew->isVisible());

        // "Send a new code", by the keyboard.
        QTRY_COMPARE(h.focus(), code);
        h.press(Qt::Key_Tab);
        QCOMPARE(h.focus(), sendNew);
        h.press(Qt::Key_Space);
        QTRY_COMPARE(codes.count(), 2);
        QTRY_VERIFY(
            h.shown(QStringLiteral("E-mail code status")).contains(QLatin1String("on its way")));
        QCOMPARE(h.focus(), code);

        // Pasted as an e-mail may show it.
        const QString latest = codes.at(1).at(1).toString();
        QApplication::clipboard()->setText(
            QStringLiteral(" %1-%2 ").arg(latest.left(3), latest.mid(3)));
        h.press(Qt::Key_V, Qt::ControlModifier);
        QVERIFY(code->text().contains(latest.left(3)));
        h.press(Qt::Key_Return);
        QTRY_COMPARE(h.pageName(), signedInPage);
        QCOMPARE(h.label(QStringLiteral("username"))->text(), QStringLiteral("@carol"));
    }

    void escapeLeavesTwoFactor()
    {
        Harness h;
        QVERIFY(h.start());
        QVERIFY(typeServer(h, h.url()));
        typeCredentials(h, QStringLiteral("bob"), QStringLiteral("builder"));
        QTRY_COMPARE(h.pageName(), twoFactorPage);
        h.press(Qt::Key_Escape);
        QTRY_COMPARE(h.pageName(), signInPage);
        QCOMPARE(h.controller.state(), SignInController::State::Ready);
        QCOMPARE(h.field(QStringLiteral("Username or e-mail address"))->text(),
                 QStringLiteral("bob"));
        QTRY_COMPARE(h.focus(), h.field(QStringLiteral("Password")));
    }

    void deactivatedAccount()
    {
        Harness h;
        QVERIFY(h.start());
        QVERIFY(typeServer(h, h.url()));
        typeCredentials(h, QStringLiteral("dave"), QStringLiteral("deactivated"));
        QTRY_VERIFY(!h.shown(QStringLiteral("Sign-in problem")).isEmpty());
        QCOMPARE(h.controller.error().kind(), SignInError::Kind::AccountDeactivated);
        QCOMPARE(h.shown(QStringLiteral("Sign-in problem")),
                 SignInError(SignInError::Kind::AccountDeactivated).message());
        QCOMPARE(h.pageName(), signInPage);
    }

    void rateLimitCountsDown()
    {
        DevServerOptions options;
        options.loginRateLimitCalls = 1;
        options.loginRateLimitWindowMs = 3000;
        Harness h(options);
        QVERIFY(h.start());
        QSignalSpy frames(&h.server, &DevServer::frameReceived);
        QVERIFY(typeServer(h, h.url()));
        QPushButton *signIn = h.button(QStringLiteral("Sign in"));

        typeCredentials(h, QStringLiteral("alice"), QStringLiteral("wrong"));
        QTRY_COMPARE(h.controller.error().kind(), SignInError::Kind::WrongCredentials);
        QTRY_VERIFY(signIn->isEnabled());
        typeCredentials(h, QStringLiteral("alice"), QStringLiteral("wrong"));
        QTRY_COMPARE(h.controller.error().kind(), SignInError::Kind::RateLimited);
        QTRY_VERIFY(h.controller.rateLimitSecondsLeft() > 0);

        // The countdown is live, and Sign in (button or Enter) waits for it.
        const QRegularExpression countdown(QStringLiteral("try again in (\\d+) seconds?"));
        QRegularExpressionMatch match = countdown.match(h.shown(QStringLiteral("Sign-in problem")));
        QVERIFY2(match.hasMatch(), qPrintable(h.shown(QStringLiteral("Sign-in problem"))));
        const int first = match.captured(1).toInt();
        QCOMPARE(first, h.controller.rateLimitSecondsLeft());
        QVERIFY(!signIn->isEnabled());
        const auto logins = [&] {
            return std::count_if(frames.cbegin(), frames.cend(), [](const QList<QVariant> &args) {
                return isLoginFrame(args.at(1).toJsonObject());
            });
        };
        const auto loginsBefore = logins();
        h.press(Qt::Key_Return);
        if (first > 1) {
            QTRY_VERIFY(
                countdown.match(h.shown(QStringLiteral("Sign-in problem"))).captured(1).toInt()
                < first);
        }
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 10000);
        QCOMPARE(logins(), loginsBefore);
        QCOMPARE(h.shown(QStringLiteral("Sign-in problem")),
                 QStringLiteral("You can try to sign in again now."));

        typeCredentials(h, QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(h.pageName(), signedInPage);
    }

    void unreachableServer()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        Harness h;
        QVERIFY(h.start());
        h.type(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        QTRY_COMPARE(h.controller.state(), SignInController::State::Failed);
        QCOMPARE(h.controller.error().kind(), SignInError::Kind::ServerUnreachable);
        QTRY_COMPARE(h.shown(QStringLiteral("Server status")), h.controller.errorMessage());
        QVERIFY(h.shown(QStringLiteral("Sign-in problem")).isEmpty()); // said once, at the field

        // Trying anyway checks again and says the same, with the server field to fix.
        typeCredentials(h, QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(h.controller.state(), SignInController::State::Failed);
        QTRY_VERIFY(h.button(QStringLiteral("Sign in"))->isEnabled());
        QCOMPARE(h.pageName(), signInPage);
        QCOMPARE(h.shown(QStringLiteral("Server status")), h.controller.errorMessage());
        QTRY_COMPARE(h.focus(), h.field(QStringLiteral("Server address")));
    }

    void cancelWhileSigningIn_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("Esc") << true;
        QTest::newRow("Cancel button") << false;
    }

    void cancelWhileSigningIn()
    {
        QFETCH(bool, escape);
        DevServerOptions options;
        options.ignoreLogin = true;
        Harness h(options);
        QVERIFY(h.start());
        QVERIFY(typeServer(h, h.url()));
        typeCredentials(h, QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(h.controller.state(), SignInController::State::SigningIn);

        QPushButton *cancel = h.button(QStringLiteral("Cancel signing in"));
        QProgressBar *progress = h.find<QProgressBar>(QStringLiteral("Signing in"));
        QVERIFY(cancel->isVisible());
        QVERIFY(progress->isVisible());
        QCOMPARE(h.focus(), cancel);
        QVERIFY(!h.field(QStringLiteral("Password"))->isEnabled());
        QVERIFY(!h.button(QStringLiteral("Sign in"))->isEnabled());
        QVERIFY(
            h.label(QStringLiteral("signInProgress"))->text().contains(QLatin1String("127.0.0.1")));

        if (escape)
            h.press(Qt::Key_Escape);
        else
            h.press(Qt::Key_Space); // Cancel has the focus
        QTRY_COMPARE(h.controller.state(), SignInController::State::Ready);
        QVERIFY(!cancel->isVisible());
        QVERIFY(!progress->isVisible());
        QVERIFY(h.field(QStringLiteral("Password"))->isEnabled());
        QVERIFY(h.button(QStringLiteral("Sign in"))->isEnabled());
        QTRY_COMPARE(h.focus(), h.field(QStringLiteral("Password")));
        QVERIFY(h.shown(QStringLiteral("Sign-in problem")).isEmpty()); // they know they cancelled

        // And the next try goes through.
        h.server.options().ignoreLogin = false;
        h.press(Qt::Key_Return);
        QTRY_COMPARE(h.pageName(), signedInPage);
    }

    void signOut()
    {
        Harness h;
        QVERIFY(h.start());
        QVERIFY(typeServer(h, h.url()));
        typeCredentials(h, QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(h.pageName(), signedInPage);
        const QString aliceId = h.controller.user().account.userId;
        QCOMPARE(h.server.users().tokenCount(aliceId), 1);

        // Not on Sign out at first (the Enter that signed in must not sign out); Tab reaches it.
        QPushButton *signOut = h.button(QStringLiteral("Sign out"));
        QVERIFY(h.focus() != signOut);
        for (int i = 0; i < 10 && h.focus() != signOut; ++i)
            h.press(Qt::Key_Tab);
        QCOMPARE(h.focus(), signOut);
        h.press(Qt::Key_Return);

        QTRY_COMPARE(h.pageName(), signInPage);
        QTRY_COMPARE(h.controller.state(), SignInController::State::Ready);
        QTRY_COMPARE(h.server.users().tokenCount(aliceId), 0);
        QCOMPARE(h.field(QStringLiteral("Username or e-mail address"))->text(),
                 QStringLiteral("alice"));
        QVERIFY(h.field(QStringLiteral("Password"))->text().isEmpty());
        QTRY_COMPARE(h.focus(), h.field(QStringLiteral("Password")));
    }

    void typoIsExplainedAsYouType()
    {
        Harness h;
        QVERIFY(h.start());
        QSignalSpy sessions(&h.server, &DevServer::sessionOpened);
        h.type(QStringLiteral("ht!tp://chat"));
        const QString expected
            = ServerAddress::parse(QStringLiteral("ht!tp://chat")).errorMessage();
        QVERIFY(!expected.isEmpty());
        QTRY_COMPARE(h.shown(QStringLiteral("Server status")), expected);
        typeCredentials(h, QStringLiteral("alice"), QStringLiteral("wonderland"));
        QCOMPARE(h.pageName(), signInPage);
        QTRY_COMPARE(h.focus(), h.field(QStringLiteral("Server address")));
        QVERIFY(h.controller.state() != SignInController::State::SigningIn);

        // Fixing it clears the problem.
        h.field(QStringLiteral("Server address"))->clear();
        QTRY_VERIFY(h.shown(QStringLiteral("Server status")).isEmpty());
        QCOMPARE(sessions.count(), 0);
    }

    void plainHttpToAnotherHostNeedsConsent()
    {
        Harness h;
        // Never look this host up.
        SignInControllerPrivate::get(h.controller)->setServerCheckDelayMs(60000);
        QVERIFY(h.start());
        auto *allow = h.find<QCheckBox>(QStringLiteral("Allow an unencrypted connection"));
        QVERIFY(allow);
        QVERIFY(!allow->isVisible());
        const QString address = QStringLiteral("http://chat.example.invalid");
        h.type(address);
        QTRY_COMPARE(h.shown(QStringLiteral("Server status")),
                     ServerAddress::parse(address).errorMessage());
        QVERIFY(allow->isVisible());
        QVERIFY(!allow->isChecked());
        h.press(Qt::Key_Tab);
        QCOMPARE(h.focus(), allow);
        h.press(Qt::Key_Space);
        QVERIFY(allow->isChecked());
        QTRY_VERIFY(h.controller.addressProblem().isEmpty());
        QVERIFY(h.shown(QStringLiteral("Server status"))
                != ServerAddress::parse(address).errorMessage());
        QCOMPARE(h.controller.server(), ServerAddress::parse(address, true));

        // https needs no such choice.
        h.field(QStringLiteral("Server address"))->setText(QStringLiteral("chat.example.invalid"));
        QVERIFY(!allow->isVisible());
    }

    void setServerFillsTheFieldAndChecksAtOnce()
    {
        Harness h;
        // setServer() must not wait for typing.
        SignInControllerPrivate::get(h.controller)->setServerCheckDelayMs(60000);
        QVERIFY(h.start());
        h.window.setServer(h.url(), false);
        QCOMPARE(h.field(QStringLiteral("Server address"))->text(), h.url());
        QTRY_COMPARE(h.controller.state(), SignInController::State::Ready);
        QTRY_VERIFY(h.shown(QStringLiteral("Server status")).contains(QLatin1String("7.4.0")));
        QCOMPARE(h.focus(), h.field(QStringLiteral("Username or e-mail address")));
    }

    void ldapFollowsTheServer()
    {
        DevServerOptions options;
        options.ldapEnabled = true;
        Harness h(options);
        QVERIFY(h.start());
        auto *ldap = h.find<QCheckBox>(QStringLiteral("Sign in with LDAP"));
        QVERIFY(!ldap->isVisible());
        QVERIFY(typeServer(h, h.url()));
        QVERIFY(h.controller.serverHasLdap());
        QTRY_VERIFY(ldap->isVisible());
        QVERIFY(!ldap->isChecked());
        h.field(QStringLiteral("Username or e-mail address"))->setFocus();
        h.type(QStringLiteral("erin"));
        h.press(Qt::Key_Tab);
        h.type(QStringLiteral("directory"));
        h.press(Qt::Key_Tab);
        h.press(Qt::Key_Tab);
        QCOMPARE(h.focus(), ldap);
        h.press(Qt::Key_Space);
        QVERIFY(ldap->isChecked());
        h.press(Qt::Key_Return);
        QTRY_COMPARE(h.pageName(), signedInPage);
        QCOMPARE(h.controller.user().account.username, QStringLiteral("erin"));

        // The choice is remembered for this server.
        QVERIFY(RecentServers().usedLdap(h.controller.user().account.server));
        Harness again; // LDAP off
        QVERIFY(again.start());
        // A new window starts on the last server, with the choice made there.
        auto *ldapAgain = again.find<QCheckBox>(QStringLiteral("Sign in with LDAP"));
        QTRY_COMPARE(again.field(QStringLiteral("Server address"))->text(),
                     h.controller.user().account.server.displayString());
        QTRY_COMPARE(again.controller.state(), SignInController::State::Ready);
        QTRY_VERIFY(ldapAgain->isVisible());
        QVERIFY(ldapAgain->isChecked());
        // A server without LDAP does not offer it.
        again.window.setServer(again.url(), false);
        QTRY_COMPARE(again.controller.server(), ServerAddress::parse(again.url()));
        QTRY_COMPARE(again.controller.state(), SignInController::State::Ready);
        QVERIFY(!again.controller.serverHasLdap());
        QVERIFY(!again.find<QCheckBox>(QStringLiteral("Sign in with LDAP"))->isVisible());
    }

    void remembersRecentServersWithoutSecrets()
    {
        QString origin;
        {
            Harness h;
            QVERIFY(h.start());
            QVERIFY(typeServer(h, h.url()));
            typeCredentials(h, QStringLiteral("alice"), QStringLiteral("wonderland"));
            QTRY_COMPARE(h.pageName(), signedInPage);
            origin = h.controller.user().account.server.displayString();
            QCOMPARE(RecentServers().servers(), QStringList { origin });
            const QString token = h.controller.user().token;
            QVERIFY(!token.isEmpty());
            QSettings settings;
            settings.sync();
            QFile file(settings.fileName());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray stored = file.readAll();
            QVERIFY(stored.contains(h.server.httpUrl().host().toUtf8()));
            QVERIFY(!stored.contains("wonderland"));
            QVERIFY(!stored.contains("alice"));
            QVERIFY(!stored.contains(token.toUtf8()));
        }

        // The next window starts with the last server, and Down offers the others.
        RecentServers().add(ServerAddress::parse(QStringLiteral("chat.example.invalid")));
        RecentServers().add(ServerAddress::parse(origin));
        Harness h;
        SignInControllerPrivate::get(h.controller)->setServerCheckDelayMs(60000);
        QVERIFY(h.start());
        QLineEdit *server = h.field(QStringLiteral("Server address"));
        QTRY_COMPARE(server->text(), origin);
        QTRY_COMPARE(h.focus(), h.field(QStringLiteral("Username or e-mail address")));
        server->setFocus();
        server->clear();
        h.press(Qt::Key_Down);
        QAbstractItemView *popup = server->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 2);
        QCOMPARE(popup->accessibleName(), QStringLiteral("Recent servers"));
        h.press(Qt::Key_Escape);
    }

    // ---- Session-token links ----

    // The question names whose session the link holds (as its server says), and which server.
    void tokenLinkQuestionNamesTheOwner()
    {
        Harness h;
        QVERIFY(h.start());
        UserAccount dora;
        dora.username = QStringLiteral("dora");
        dora.name = QStringLiteral("Dora Explorer");
        const QString doraId = h.server.users().addUser(dora);
        const QString token = h.server.users().issueToken(doraId).token;
        h.window.handleLink(tokenLink(h, token, doraId));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = h.window.findChild<QMessageBox *>(QStringLiteral("confirm-link"))));
        QVERIFY2(box->text().contains(QStringLiteral("Dora Explorer")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("@dora")), qPrintable(box->text()));
        QVERIFY(box->text().contains(ServerAddress::parse(h.url()).displayString()));
        auto *no = box->findChild<QPushButton *>(QStringLiteral("confirm-link-no"));
        auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirm-link-yes"));
        QVERIFY(no && yes);
        QCOMPARE(box->defaultButton(), no);
        QCOMPARE(box->escapeButton(), no);
        QVERIFY2(!yes->text().contains(u'&'), qPrintable(yes->text())); // no mnemonic
        QVERIFY(yes->shortcut().isEmpty());
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!h.window.findChild<QMessageBox *>(QStringLiteral("confirm-link")));
        QVERIFY(!h.controller.pendingLink().isValid());
        QCOMPARE(h.controller.state(), SignInController::State::Idle);
    }

    // Typing on while the question comes up (the link raised the window): no key says yes.
    void tokenLinkNoKeySaysYes_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("typed");
        QTest::newRow("s") << int(Qt::Key_S) << int(Qt::NoModifier) << QString();
        QTest::newRow("S") << int(Qt::Key_S) << int(Qt::ShiftModifier) << QString();
        QTest::newRow("Enter") << int(Qt::Key_Return) << int(Qt::NoModifier) << QString();
        QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << QString();
        QTest::newRow("Space") << int(Qt::Key_Space) << int(Qt::NoModifier) << QString();
        QTest::newRow("typing") << 0 << 0 << QStringLiteral("Sign in, secret");
    }
    void tokenLinkNoKeySaysYes()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, typed);
        Harness h;
        QVERIFY(h.start());
        QVERIFY(typeServer(h, h.url()));
        h.field(QStringLiteral("Password"))->setFocus();
        const QString aliceId = h.server.users().findByUsername(QStringLiteral("alice"))->id;
        const QString token = h.server.users().issueToken(aliceId).token;
        QSignalSpy states(&h.controller, &SignInController::stateChanged);
        h.window.handleLink(tokenLink(h, token, aliceId));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = h.window.findChild<QMessageBox *>(QStringLiteral("confirm-link")))
                    && box->isVisible());
        QTRY_VERIFY(box->isActiveWindow());
        // Where the keyboard is, as a person typing on would reach it.
        if (key)
            QTest::keyClick(h.focus(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        else
            QTest::keyClicks(h.focus(), typed);
        QTest::qWait(400); // a mnemonic clicks after a short animation
        QVERIFY2(states.isEmpty(), "the link was accepted");
        QCOMPARE(h.controller.state(), SignInController::State::Ready);
    }

    // A flood of links: one question at a time, and the one on screen never changes under the
    // person's pointer.
    void tokenLinkFloodAsksOnce()
    {
        Harness h;
        QVERIFY(h.start());
        UserAccount dora;
        dora.username = QStringLiteral("dora");
        dora.name = QStringLiteral("Dora Explorer");
        const QString doraId = h.server.users().addUser(dora);
        const QString aliceId = h.server.users().findByUsername(QStringLiteral("alice"))->id;
        int mostBoxes = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            mostBoxes = qMax(
                mostBoxes,
                int(h.window.findChildren<QMessageBox *>(QStringLiteral("confirm-link")).size()));
        });
        watch.start(5);
        for (int i = 0; i < 20; ++i)
            h.window.handleLink(tokenLink(h, h.server.users().issueToken(doraId).token, doraId));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = h.window.findChild<QMessageBox *>(QStringLiteral("confirm-link"))));
        const QString question = box->text();
        QVERIFY(question.contains(QStringLiteral("@dora")));
        // Twenty more while it is asked, the last of alice's.
        for (int i = 0; i < 20; ++i) {
            const QString id = i == 19 ? aliceId : doraId;
            h.window.handleLink(tokenLink(h, h.server.users().issueToken(id).token, id));
        }
        QTest::qWait(700); // nothing may follow; not a timed assertion of the product
        QCOMPARE(h.window.findChildren<QMessageBox *>(QStringLiteral("confirm-link")).size(), 1);
        QCOMPARE(h.window.findChild<QMessageBox *>(QStringLiteral("confirm-link")), box);
        QCOMPARE(box->text(), question);
        QCOMPARE(mostBoxes, 1);

        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm-link-no")),
                          Qt::LeftButton);
        // Then the newest that came meanwhile.
        QTRY_VERIFY((box = h.window.findChild<QMessageBox *>(QStringLiteral("confirm-link")))
                    && box->text().contains(QStringLiteral("@alice")));
        QTest::qWait(300); // nothing may follow; not a timed assertion of the product
        QCOMPARE(h.window.findChildren<QMessageBox *>(QStringLiteral("confirm-link")).size(), 1);
        QCOMPARE(mostBoxes, 1);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm-link-no")),
                          Qt::LeftButton);
        QTest::qWait(300); // nothing may follow; not a timed assertion of the product
        QVERIFY(!h.window.findChild<QMessageBox *>(QStringLiteral("confirm-link")));
        QCOMPARE(h.controller.state(), SignInController::State::Idle);
    }

    // A token the server refuses: said on the page; nothing asked.
    void refusedTokenLinkAsksNothing()
    {
        Harness h;
        QVERIFY(h.start());
        QVERIFY(typeServer(h, h.url()));
        QSignalSpy refused(&h.controller, &SignInController::linkRefused);
        h.window.handleLink(tokenLink(h, QStringLiteral("no-such-session-token"),
                                      QStringLiteral("mZ7xQ2wE5rT8yU1iO")));
        QTRY_COMPARE(refused.size(), 1);
        QTest::qWait(300); // nothing may follow; not a timed assertion of the product
        QVERIFY(!h.window.findChild<QMessageBox *>(QStringLiteral("confirm-link")));
        QVERIFY(!h.controller.pendingLink().isValid());
        QCOMPARE(h.controller.state(), SignInController::State::Ready);
        QCOMPARE(h.controller.error().kind(), SignInError::Kind::SsoInvalidLink);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
