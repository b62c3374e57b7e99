#include "../shared/framerecorder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "ddp/ddpconnection.h"
#include "devserver.h"
#include "userdirectory.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

// A session-token link (rocketchat://auth?host=…&token=…&userId=…) before the question: its
// server is asked whose session it is on a connection of its own, which is closed without
// `logout`; a token the server refuses asks nothing; links come one question at a time.

using State = SignInController::State;
using Kind = SignInError::Kind;

class TestTokenLinkConfirmation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<SignInController> m_controller;
    FrameRecorder m_frames;

    QString serverUrl() const { return m_server->httpUrl().toString(); }

    QString link(const QString &token, const QString &userId) const
    {
        return QStringLiteral("rocketchat://auth?host=%1&token=%2&userId=%3")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(serverUrl())), token, userId);
    }

    QString addUser(const QString &username, const QString &name)
    {
        UserAccount user;
        user.username = username;
        user.name = name;
        user.passwordDigest = UserDirectory::passwordDigest(QStringLiteral("secret"));
        user.emails = { { username + QStringLiteral("@example.com"), true } };
        return m_server->users().addUser(user);
    }

    // Every `login` with {resume: token}, and on which session of the server it came.
    QList<int> resumeSessions(const QString &token) const
    {
        QList<int> sessions;
        for (const FrameRecorder::Frame &frame : m_frames.frames()) {
            if (frame.frame.value(u"msg").toString() != u"method"
                || frame.frame.value(u"method").toString() != u"login")
                continue;
            const QJsonObject params = frame.frame.value(u"params").toArray().first().toObject();
            if (params.value(u"resume").toString() == token)
                sessions << frame.session;
        }
        return sessions;
    }

private Q_SLOTS:
    void init()
    {
        m_frames.clear();
        m_server = std::make_unique<DevServer>();
        QVERIFY(m_server->listen(0));
        m_frames.record(m_server.get());
        m_controller = std::make_unique<SignInController>();
        SignInControllerPrivate::get(*m_controller)->setServerCheckDelayMs(0);
    }

    void cleanup()
    {
        m_controller.reset();
        m_server.reset();
    }

    // The question names whose session it is, as the server says; the session signed in (and
    // its connection) is not touched, and nobody is logged out.
    void ownerIsAskedOfTheServer()
    {
        m_controller->setServer(serverUrl());
        QTRY_COMPARE(m_controller->state(), State::Ready);
        m_controller->signIn(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QTRY_COMPARE(m_controller->state(), State::SignedIn);
        const QString sessionId = m_controller->connection()->sessionId();
        const int controllerSession = m_frames.last().session; // all frames so far are its
        const QString aliceToken = m_controller->user().token;

        const QString doraId = addUser(QStringLiteral("dora"), QStringLiteral("Dora Explorer"));
        const QString doraToken = m_server->users().issueToken(doraId).token;
        QSignalSpy asked(m_controller.get(), &SignInController::linkConfirmationRequested);
        QSignalSpy refused(m_controller.get(), &SignInController::linkRefused);
        m_controller->handleLink(link(doraToken, doraId));
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(refused.size(), 0);

        const SavedAccount owner = m_controller->pendingLinkAccount();
        QCOMPARE(owner.username, QStringLiteral("dora"));
        QCOMPARE(owner.displayName, QStringLiteral("Dora Explorer"));
        QCOMPARE(owner.userId, doraId);
        QCOMPARE(owner.server, ServerAddress::parse(serverUrl()));
        QCOMPARE(m_controller->pendingLink().token(), doraToken);

        // Resumed on a session of its own, never on the controller's.
        const QList<int> sessions = resumeSessions(doraToken);
        QCOMPARE(sessions.size(), 1);
        QVERIFY(sessions.first() != controllerSession);
        QVERIFY(!SignInControllerPrivate::get(*m_controller)->isCheckingLink());
        QCOMPARE(m_controller->state(), State::SignedIn);
        QCOMPARE(m_controller->user().account.username, QStringLiteral("alice"));
        QCOMPARE(m_controller->connection()->sessionId(), sessionId);
        // That connection is closed again, without `logout`: both sessions stay good.
        QTRY_COMPARE(m_server->sessionCount(), 1);
        QVERIFY(m_frames.methodCalls(QStringLiteral("logout")).isEmpty());
        QCOMPARE(m_server->users().userIdForToken(doraToken), doraId);
        QVERIFY(!m_server->users().userIdForToken(aliceToken).isEmpty());

        // Yes: signed in as dora with that token.
        m_controller->confirmLink();
        QTRY_COMPARE(m_controller->state(), State::SignedIn);
        QTRY_COMPARE(m_controller->user().account.username, QStringLiteral("dora"));
        QCOMPARE(m_controller->user().token, doraToken);
        QVERIFY(!m_controller->pendingLink().isValid());
    }

    // A token the server does not take: said, and nothing asked.
    void refusedTokenAsksNothing()
    {
        QSignalSpy asked(m_controller.get(), &SignInController::linkConfirmationRequested);
        QSignalSpy refused(m_controller.get(), &SignInController::linkRefused);
        m_controller->handleLink(link(QStringLiteral("Tq0l3bV8cXzW1nR5yK2mP7sD4fG9hJ6aE3uI8oL1kN0"),
                                      QStringLiteral("mZ7xQ2wE5rT8yU1iO")));
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().value<SignInError>().kind(), Kind::SsoInvalidLink);
        QCOMPARE(m_controller->error().kind(), Kind::SsoInvalidLink);
        QVERIFY2(m_controller->errorMessage().contains(
                     ServerAddress::parse(serverUrl()).displayString()),
                 qPrintable(m_controller->errorMessage()));
        QTest::qWait(200); // nothing may follow; not a timed assertion of the product
        QCOMPARE(asked.size(), 0);
        QVERIFY(!m_controller->pendingLink().isValid());
        QCOMPARE(m_controller->state(), State::Idle);
        QTRY_COMPARE(m_server->sessionCount(), 0);
    }

    // Twenty links at once: one question. More while it is asked: still that one question, the
    // newest of them waits for its answer and is asked next.
    void floodAsksOneAtATime()
    {
        const QString doraId = addUser(QStringLiteral("dora"), QStringLiteral("Dora Explorer"));
        QStringList tokens;
        for (int i = 0; i < 40; ++i)
            tokens << m_server->users().issueToken(doraId).token;
        QSignalSpy asked(m_controller.get(), &SignInController::linkConfirmationRequested);
        for (int i = 0; i < 20; ++i)
            m_controller->handleLink(link(tokens.at(i), doraId));
        QTRY_COMPARE(asked.size(), 1);
        QTest::qWait(500); // nothing may follow; not a timed assertion of the product
        QCOMPARE(asked.size(), 1);
        QCOMPARE(m_controller->pendingLink().token(), tokens.at(19)); // the newest
        QTRY_COMPARE(m_server->sessionCount(), 0);

        for (int i = 20; i < 40; ++i)
            m_controller->handleLink(link(tokens.at(i), doraId));
        QTest::qWait(500); // nothing may follow; not a timed assertion of the product
        QCOMPARE(asked.size(), 1);
        QCOMPARE(m_controller->pendingLink().token(), tokens.at(19));

        m_controller->rejectLink();
        QTRY_COMPARE(asked.size(), 2);
        QCOMPARE(m_controller->pendingLink().token(), tokens.at(39));
        m_controller->rejectLink();
        QTest::qWait(300); // nothing may follow; not a timed assertion of the product
        QCOMPARE(asked.size(), 2);
        QVERIFY(!m_controller->pendingLink().isValid());
        QCOMPARE(m_controller->state(), State::Idle);
        QVERIFY(m_frames.methodCalls(QStringLiteral("logout")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenLinkConfirmation)
#include "tst_tokenlinkconfirmation.moc"
