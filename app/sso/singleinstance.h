#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QLocalServer;
class QLocalSocket;

// One Liftoff per user receives sign-in links. The first instance listens on a local socket
// (LocalChannel: in a directory only this user can enter, named after the application id); a
// second `liftoff rocketchat://…`, which is what the operating system runs for a link, hands the
// link over through it and exits. Each side checks that the other runs as the same user; where
// no safe place exists, there is no channel and problem() says why. A socket left behind by an
// instance that crashed is noticed and replaced.
//
// The exchange: the client writes the link and a line break (at most 16 KiB); the server
// answers "ok" and a line break once it has taken the link, and closes.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Where the socket lives (a path on Unix, a pipe name on Windows); "" (and *problem says
    // why) when there is no safe place for it.
    static QString socketName(QString *problem = nullptr);

    // Becomes the instance that receives links. False when another instance is running (it
    // keeps receiving them) or the socket cannot be made (problem() says why).
    bool listen();
    bool isListening() const;
    QString problem() const { return m_problem; }

    // The client side: hands text to the running instance. Ends with delivered(), or
    // noInstance() when none is running (or it does not answer within timeoutMs), or when the
    // channel is not safe: then problem() says why and the text was not sent.
    void deliver(const QString &text, int timeoutMs = 5000);

Q_SIGNALS:
    void linkReceived(const QString &text);
    void delivered();
    void noInstance();

private:
    void onNewConnection();
    void finishDelivery(bool success);

    QLocalServer *m_server = nullptr;
    QPointer<QLocalSocket> m_client;
    QByteArray m_clientAnswer;
    QString m_problem;
    bool m_deliveryFinished = false;
};
