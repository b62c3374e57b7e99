#include "../shared/memorytokenstore.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "ddp/ddpconnection.h"
#include "ddp/reconnectbackoff.h"
#include "devserver.h"
#include "storage/accountstore.h"
#include "storage/tokenstore.h"
#include "ui/mainwindow.h"
#include "ui/statusmessage.h"
#include "userdirectory.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// What the window says about the connection while signed in, and while signing out: against the
// real dev server, taken down, hung and brought back.

namespace {

const QString signInPage = QStringLiteral("Sign in");
const QString signedInPage = QStringLiteral("Signed in");
const QString resumingPage = QStringLiteral("Signing in with a saved session");

QString settingsPath()
{
    return QDir::home().filePath(QStringLiteral(".config/LiftoffTests/tst_connectionstate.conf"));
}

// A server that hangs: forwards 127.0.0.1:<port> to the dev server until hang(), then keeps every
// connection open and passes nothing more either way (no answer, no close), as a server whose
// process stopped.
class HangingProxy : public QObject
{
public:
    explicit HangingProxy(quint16 targetPort) : m_targetPort(targetPort)
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                forward(client);
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void hang() { m_hung = true; }

private:
    void forward(QTcpSocket *client)
    {
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        const QPointer<QTcpSocket> c(client);
        const QPointer<QTcpSocket> u(upstream);
        connect(client, &QTcpSocket::readyRead, this, [this, c, u] {
            if (!m_hung && c && u)
                u->write(c->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, c, u] {
            if (!m_hung && c && u)
                c->write(u->readAll());
        });
        connect(upstream, &QTcpSocket::connected, this, [this, c, u] {
            if (!m_hung && c && u)
                u->write(c->readAll());
        });
        connect(client, &QTcpSocket::disconnected, this, [this, u] {
            if (!m_hung && u)
                u->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::disconnected, this, [this, c] {
            if (!m_hung && c)
                c->disconnectFromHost();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_hung = false;
};

// One run of the application with its stores (tokens in memory, the account list in the
// temporary HOME) and a shown window.
class Run
{
public:
    explicit Run(MemoryTokenStore *tokens)
        : settings(std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat))
        , accounts(std::make_unique<AccountStore>(settings.get()))
        , controller(std::make_unique<SignInController>())
    {
        SignInControllerPrivate::get(*controller)->setServerCheckDelayMs(50);
        controller->setStores(tokens, accounts.get());
    }

    ~Run()
    {
        window.reset();
        controller.reset();
        accounts.reset();
        settings.reset();
    }

    bool open()
    {
        window = std::make_unique<MainWindow>(controller.get());
        window->resize(520, 760);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    bool signIn(const QString &url, const QString &user, const QString &password)
    {
        controller->setServer(url);
        if (!QTest::qWaitFor([&] { return controller->state() == SignInController::State::Ready; },
                             10000))
            return false;
        controller->signIn(user, password);
        return QTest::qWaitFor(
            [&] { return controller->state() == SignInController::State::SignedIn; }, 10000);
    }

    QWidget *page() const { return window->findChild<QStackedWidget *>()->currentWidget(); }
    QString pageName() const { return page()->accessibleName(); }

    // Everything the page shows in text, one label a line.
    QString pageText() const
    {
        QStringList lines;
        const auto labels = page()->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            if (label->isVisible() && !label->text().isEmpty())
                lines.append(label->text());
        return lines.join(QLatin1Char('\n'));
    }

    // The status message of the page shown with that accessible name, or null.
    StatusMessage *status(const QString &name) const
    {
        const auto messages = page()->findChildren<StatusMessage *>();
        for (StatusMessage *message : messages)
            if (message->accessibleName() == name)
                return message;
        return nullptr;
    }
    QString shownStatus(const QString &name) const
    {
        const StatusMessage *message = status(name);
        return message && message->isVisible() ? message->text() : QString();
    }

    QPushButton *button(const QString &name) const
    {
        const auto buttons = page()->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->accessibleName() == name && b->isVisible())
                return b;
        return nullptr;
    }

    QLineEdit *field(const QString &name) const
    {
        const auto fields = page()->findChildren<QLineEdit *>();
        for (QLineEdit *f : fields)
            if (f->accessibleName() == name)
                return f;
        return nullptr;
    }

    // Whether a visible list of accounts on the page shows the user.
    bool listsAccount(const QString &username) const
    {
        const auto lists = page()->findChildren<QListWidget *>();
        for (const QListWidget *list : lists) {
            if (!list->isVisible())
                continue;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->text().contains(QLatin1Char('@') + username))
                    return true;
        }
        return false;
    }

    // Whether a busy bar is shown on the page next to its text.
    bool busyBarShown() const
    {
        const auto bars = page()->findChildren<QProgressBar *>();
        for (const QProgressBar *bar : bars)
            if (bar->isVisible() && bar->maximum() == 0)
                return true;
        return false;
    }

    int yOf(const QWidget *widget) const { return widget->mapTo(window.get(), QPoint()).y(); }

    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<SignInController> controller;
    std::unique_ptr<MainWindow> window;
};

bool saysLost(const QString &text)
{
    return text.contains(QLatin1String("lost"), Qt::CaseInsensitive);
}

} // namespace

class TestConnectionState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectionstate"));
    }

    void init() { QFile::remove(settingsPath()); }

    // The server goes away while signed in: the page says so within a second of the socket
    // closing, counts down, Retry now tries at once, and the page is plain "signed in" again
    // once the session is signed in on a new connection.
    void connectionLostIsShownAtOnce()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        const quint16 port = server.port();
        MemoryTokenStore tokens;
        Run run(&tokens);
        QVERIFY(run.open());
        QVERIFY(run.signIn(server.httpUrl().toString(), QStringLiteral("alice"),
                           QStringLiteral("wonderland")));
        QTRY_COMPARE(run.pageName(), signedInPage);
        QVERIFY2(!saysLost(run.pageText()), qPrintable(run.pageText()));
        // A long wait before the next try, so that only Retry now can be quick.
        ReconnectBackoff &backoff = run.controller->connection()->backoff();
        backoff.setJitter(0);
        backoff.setMaximumDelayMs(30000);
        backoff.setInitialDelayMs(30000);

        QElapsedTimer clock;
        qint64 socketClosedAfter = -1;
        QObject::connect(run.controller->connection(), &DdpConnection::disconnected,
                         run.controller.get(), [&] {
                             if (socketClosedAfter < 0)
                                 socketClosedAfter = clock.elapsed();
                         });
        clock.start();
        server.stopListening(); // the server is gone: its sessions close, its port refuses
        QTRY_VERIFY_WITH_TIMEOUT(saysLost(run.pageText()), 1000);
        const qint64 shownAfter = clock.elapsed();
        qInfo("socket closed %lld ms after the server stopped; the page said so after %lld ms",
              socketClosedAfter, shownAfter);
        QVERIFY(socketClosedAfter >= 0);
        QVERIFY2(shownAfter - socketClosedAfter <= 1000, qPrintable(run.pageText()));
        QCOMPARE(run.pageName(), signedInPage); // the session is still good: no sign-in page
        QCOMPARE(run.controller->state(), SignInController::State::SignedIn);

        // A live countdown, and Retry now.
        QTRY_VERIFY(
            run.shownStatus(QStringLiteral("Connection")).contains(QLatin1String("second")));
        const QString countdown = run.shownStatus(QStringLiteral("Connection"));
        QVERIFY2(countdown.contains(QLatin1String("reconnecting in 30 second"))
                     || countdown.contains(QLatin1String("reconnecting in 29 second")),
                 qPrintable(countdown));
        QVERIFY2(run.pageText().contains(server.httpUrl().host()), qPrintable(run.pageText()));
        QPushButton *retry = run.button(QStringLiteral("Retry now"));
        QVERIFY(retry);
        const int rowHeight = run.status(QStringLiteral("Connection"))->height();
        const int retryY = run.yOf(retry);
        QSignalSpy states(run.controller->connection(), &DdpConnection::stateChanged);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            states.contains({ QVariant::fromValue(DdpConnection::State::Connecting) }), 1000);
        // Still down: lost again, the reason kept, the next wait counting; nothing moved.
        QTRY_VERIFY(run.controller->reconnectSecondsLeft() > 0);
        QVERIFY(run.controller->isConnectionLost());
        QVERIFY(saysLost(run.shownStatus(QStringLiteral("Connection"))));
        QVERIFY2(run.shownStatus(QStringLiteral("Connection")).contains(QLatin1String("Reason")),
                 qPrintable(run.shownStatus(QStringLiteral("Connection"))));
        QCOMPARE(run.yOf(retry), retryY);
        QCOMPARE(run.status(QStringLiteral("Connection"))->height(), rowHeight);

        // Back on the same port; Retry now: signed in again on the new connection, no password.
        QVERIFY(server.listen(port));
        QSignalSpy sessions(&server, &DevServer::sessionOpened);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!run.controller->isConnectionLost(), 5000);
        QCOMPARE(sessions.size(), 1);
        QTRY_VERIFY(!saysLost(run.pageText()));
        QVERIFY(run.shownStatus(QStringLiteral("Connection")).isEmpty());
        QVERIFY(!run.button(QStringLiteral("Retry now")));
        QCOMPARE(run.pageName(), signedInPage);
        QCOMPARE(run.controller->user().account.username, QStringLiteral("alice"));

        // Dropped again, with a short wait: back to plain "signed in" by itself.
        backoff.setInitialDelayMs(300);
        backoff.setMaximumDelayMs(300);
        clock.restart();
        server.abortAllSessions();
        QTRY_VERIFY_WITH_TIMEOUT(saysLost(run.pageText()), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!saysLost(run.pageText()), 5000);
        QVERIFY(!run.controller->isConnectionLost());
        QCOMPARE(run.pageName(), signedInPage);
    }

    // Signing out of a server that hangs: the account goes from view at once, "Signing out…"
    // shows with a busy bar, the server is given a few seconds, then the notice says it did not
    // hear it. The form does not move meanwhile.
    void signOutOfAHungServer()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        HangingProxy proxy(server.port());
        QVERIFY(proxy.start());
        MemoryTokenStore tokens;
        Run run(&tokens);
        QVERIFY(run.open());
        QVERIFY(run.signIn(proxy.url(), QStringLiteral("alice"), QStringLiteral("wonderland")));
        QTRY_COMPARE(run.pageName(), signedInPage);
        const QString userId = run.controller->user().account.userId;
        const QString key = TokenStore::entryKey(userId, run.controller->user().account.server);
        QTRY_VERIFY(run.accounts->contains(key));
        QCOMPARE(server.users().tokenCount(userId), 1);

        proxy.hang();
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(run.button(QStringLiteral("Sign out")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(run.pageName() == signInPage, 500);
        // At once: the account is gone from view and from the list; "Signing out…", busy.
        QTRY_VERIFY_WITH_TIMEOUT(
            run.shownStatus(QStringLiteral("Notice")).contains(QLatin1String("Signing out")), 500);
        QVERIFY(run.busyBarShown());
        QVERIFY(!run.listsAccount(QStringLiteral("alice")));
        QVERIFY(!run.accounts->contains(key));
        QLineEdit *serverField = run.field(QStringLiteral("Server address"));
        QVERIFY(serverField);
        QTest::qWait(100); // laid out
        const int formY = run.yOf(serverField);

        // A few seconds for the server, then said: not heard, forgotten here all the same.
        QTRY_VERIFY_WITH_TIMEOUT(
            run.shownStatus(QStringLiteral("Notice")).contains(QLatin1String("may still be valid")),
            8000);
        const qint64 outcomeAfter = clock.elapsed();
        qInfo("the sign-out gave up on the hung server after %lld ms", outcomeAfter);
        QVERIFY2(outcomeAfter >= 4000 && outcomeAfter <= 7000,
                 qPrintable(QString::number(outcomeAfter)));
        QCOMPARE(run.controller->signOutProgress(),
                 SignInController::SignOutProgress::ServerNotReached);
        QCOMPARE(run.controller->notice(), run.shownStatus(QStringLiteral("Notice")));
        QVERIFY(!run.busyBarShown());
        QCOMPARE(run.yOf(serverField), formY); // the notice's room was kept
        QVERIFY(!tokens.contains(key));
        QVERIFY(!run.listsAccount(QStringLiteral("alice")));
        QCOMPARE(server.users().tokenCount(userId), 1); // indeed never heard
        // No tick for a server that did not answer.
        QVERIFY(!run.shownStatus(QStringLiteral("Server status"))
                     .contains(QLatin1String("Rocket.Chat")));
        QCOMPARE(run.controller->state(), SignInController::State::Ready);
    }

    // A server that answers: said so, in the same place.
    void signOutSaysTheServerHeardIt()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        MemoryTokenStore tokens;
        Run run(&tokens);
        QVERIFY(run.open());
        QVERIFY(run.signIn(server.httpUrl().toString(), QStringLiteral("alice"),
                           QStringLiteral("wonderland")));
        QTRY_COMPARE(run.pageName(), signedInPage);
        const QString userId = run.controller->user().account.userId;
        QTest::mouseClick(run.button(QStringLiteral("Sign out")), Qt::LeftButton);
        QTRY_COMPARE(run.pageName(), signInPage);
        QTRY_VERIFY(run.shownStatus(QStringLiteral("Notice")).contains(QLatin1String("ended")));
        const QString said = run.shownStatus(QStringLiteral("Notice"));
        QVERIFY2(said.contains(server.httpUrl().host()), qPrintable(said));
        QCOMPARE(run.status(QStringLiteral("Notice"))->tone(), StatusMessage::Tone::Success);
        QVERIFY(run.controller->notice().isEmpty());
        QCOMPARE(server.users().tokenCount(userId), 0);
        QVERIFY(!run.listsAccount(QStringLiteral("alice")));
    }

    // No name from the server: no "Name:" row repeating the username.
    void noDisplayNameNoNameRow()
    {
        DevServer server;
        UserAccount nameless;
        nameless.username = QStringLiteral("nameless");
        nameless.emails = { { QStringLiteral("nameless@example.com"), true } };
        nameless.passwordDigest = UserDirectory::passwordDigest(QStringLiteral("secret"));
        server.users().addUser(nameless);
        QVERIFY(server.listen(0));
        MemoryTokenStore tokens;
        Run run(&tokens);
        QVERIFY(run.open());
        QVERIFY(run.signIn(server.httpUrl().toString(), QStringLiteral("nameless"),
                           QStringLiteral("secret")));
        QTRY_COMPARE(run.pageName(), signedInPage);
        // (The account carries the username as its name when the server sends none.)
        const QString name = run.controller->user().account.displayName;
        QVERIFY2(name.isEmpty() || name == QLatin1String("nameless"), qPrintable(name));
        QVERIFY(!run.pageText().contains(QLatin1String("Name:")));
        auto *nameLabel = run.page()->findChild<QLabel *>(QStringLiteral("displayName"));
        QVERIFY(nameLabel && !nameLabel->isVisible());
        QVERIFY(run.pageText().contains(QLatin1String("@nameless")));

        // With a name, the row is back.
        run.controller->signOut();
        QTRY_COMPARE(run.pageName(), signInPage);
        QVERIFY(run.signIn(server.httpUrl().toString(), QStringLiteral("alice"),
                           QStringLiteral("wonderland")));
        QTRY_COMPARE(run.pageName(), signedInPage);
        QVERIFY(run.pageText().contains(QLatin1String("Name:")));
        QVERIFY(nameLabel->isVisible());
        QCOMPARE(nameLabel->text(), run.controller->user().account.displayName);
    }

    // Esc on a resume the server never answers: the sign-in page without a tick for that server.
    void cancelledHungResumeShowsNoTick()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        MemoryTokenStore tokens;
        {
            Run run(&tokens);
            QVERIFY(run.open());
            QVERIFY(run.signIn(server.httpUrl().toString(), QStringLiteral("alice"),
                               QStringLiteral("wonderland")));
        }
        server.options().ignoreLogin = true;
        server.options().ignoredLoginBlocks = true;
        Run run(&tokens);
        QVERIFY(run.controller->resumeLastAccount());
        QVERIFY(run.open());
        QTRY_COMPARE(run.pageName(), resumingPage);
        QTest::qWait(200);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                    : run.window.get(),
                        Qt::Key_Escape);
        QTRY_COMPARE(run.pageName(), signInPage);
        QTest::qWait(300);
        const StatusMessage *status = run.status(QStringLiteral("Server status"));
        QVERIFY(status);
        QVERIFY2(!status->isVisible() || status->tone() != StatusMessage::Tone::Success,
                 qPrintable(status->text()));
        QVERIFY(!run.shownStatus(QStringLiteral("Server status"))
                     .contains(QLatin1String("Rocket.Chat")));
    }

    // Offline, retrying every second or so against a server that hangs (each try lasts a second):
    // the last reason stays shown while the next try runs, and Retry now stays where it is.
    void offlineRetriesDoNotMoveTheRows()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        HangingProxy proxy(server.port());
        QVERIFY(proxy.start());
        MemoryTokenStore tokens;
        {
            Run run(&tokens);
            QVERIFY(run.open());
            QVERIFY(run.signIn(proxy.url(), QStringLiteral("alice"), QStringLiteral("wonderland")));
        }
        proxy.hang();
        Run run(&tokens);
        run.controller->setServerCheckTimeoutMs(1000);
        ReconnectBackoff &backoff = SignInControllerPrivate::get(*run.controller)->offlineBackoff();
        backoff.setMaximumDelayMs(1000);
        QVERIFY(run.controller->resumeLastAccount());
        QVERIFY(run.open());
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SignInController::State::Offline, 10000);
        QTRY_VERIFY(!run.shownStatus(QStringLiteral("Last try")).isEmpty());
        QTest::qWait(100); // laid out
        QPushButton *retry = run.button(QStringLiteral("Retry now"));
        QVERIFY(retry);
        const int retryY = run.yOf(retry);
        QSignalSpy states(run.controller.get(), &SignInController::stateChanged);
        QElapsedTimer clock;
        clock.start();
        int moved = 0;
        int reasonGone = 0;
        while (clock.elapsed() < 4000) {
            QTest::qWait(20);
            if (run.yOf(retry) != retryY)
                ++moved;
            if (run.shownStatus(QStringLiteral("Last try")).isEmpty())
                ++reasonGone;
        }
        QVERIFY2(states.size() >= 2, "no retry happened"); // Resuming and Offline again
        QCOMPARE(reasonGone, 0);
        QCOMPARE(moved, 0);
    }
};

QTEST_MAIN(TestConnectionState)
#include "tst_connectionstate.moc"
