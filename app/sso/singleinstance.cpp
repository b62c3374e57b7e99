#include "sso/singleinstance.h"

#include "core/logging.h"
#include "sso/localchannel.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace {

constexpr qint64 maxLinkBytes = 16 * 1024;
// A client that connects and says nothing is dropped after this long.
constexpr int clientTimeoutMs = 5000;

} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent)
{ }

SingleInstance::~SingleInstance()
{
    if (m_server) {
        m_server->close(); // removes the socket file
        LocalChannel::releaseName();
    }
}

QString SingleInstance::socketName(QString *problem)
{
    QString why;
    const QString name = LocalChannel::channelName(&why);
    if (problem)
        *problem = why;
    return name;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    m_problem.clear();
    const QString name = socketName(&m_problem);
    if (name.isEmpty() || !LocalChannel::nameIsSafe(name, &m_problem))
        return false; // no shared or relative name instead: no links, said why
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    // Someone listening, or a socket file left by a crash? A local connect answers at once:
    // connected (or queued) when an instance runs, refused when the file is stale. (Asked first:
    // with access options, QLocalServer would quietly take the name over from a live one.)
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool alive = probe.state() != QLocalSocket::UnconnectedState;
    const bool ours = alive && LocalChannel::peerIsThisUser(probe.socketDescriptor(), false);
    probe.abort();
    if (alive && !ours) {
        m_problem = tr("A program of another user answers on the channel for sign-in links; "
                       "Liftoff does not use it.");
        qCWarning(lcUi) << "the link channel is answered by another user's program";
        return false;
    }
    if (alive) {
        qCInfo(lcUi) << "another Liftoff receives the sign-in links";
        m_problem = tr("Another Liftoff is running; it receives the sign-in links.");
        return false;
    }
    if (!LocalChannel::claimName(name, &m_problem))
        return false;
    QLocalServer::removeServer(name); // a stale one, if any
    if (m_server->listen(name))
        return true;
    LocalChannel::releaseName();
    m_problem = m_server->errorString();
    qCWarning(lcUi) << "cannot receive sign-in links:" << m_problem;
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!LocalChannel::peerIsThisUser(socket->socketDescriptor(), true)) {
            // Another user's process got through: it gets nothing, and nothing it says is read.
            qCWarning(lcUi) << "refused a link from a process of another user";
            socket->abort();
            continue;
        }
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, &QLocalSocket::abort);
        timer->start(clientTimeoutMs);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxLinkBytes && !socket->canReadLine()) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine(maxLinkBytes).trimmed();
            socket->write("ok\n");
            socket->disconnectFromServer();
            // The link is never logged: it may carry a session token.
            Q_EMIT linkReceived(QString::fromUtf8(line));
        });
    }
}

void SingleInstance::deliver(const QString &text, int timeoutMs)
{
    m_deliveryFinished = false;
    m_clientAnswer.clear();
    m_problem.clear();
    const QString name = socketName(&m_problem);
    if (name.isEmpty() || !LocalChannel::nameIsSafe(name, &m_problem)) {
        finishDelivery(false); // the link stays here; problem() says why
        return;
    }
    auto *socket = new QLocalSocket(this);
    m_client = socket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this] { finishDelivery(false); });
    connect(socket, &QLocalSocket::connected, this, [this, socket, text] {
        if (!LocalChannel::peerIsThisUser(socket->socketDescriptor(), false)) {
            m_problem = tr("A program of another user answers on the channel for sign-in "
                           "links; the link was not handed to it.");
            qCWarning(lcUi) << "the link channel is answered by another user's program";
            finishDelivery(false);
            return;
        }
        QByteArray bytes = text.toUtf8();
        bytes.replace('\n', ' ');
        socket->write(bytes + '\n');
    });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        m_clientAnswer += socket->readAll();
        if (m_clientAnswer.startsWith("ok\n"))
            finishDelivery(true);
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        finishDelivery(m_clientAnswer.startsWith("ok\n"));
    });
    connect(socket, &QLocalSocket::disconnected, this,
            [this] { finishDelivery(m_clientAnswer.startsWith("ok\n")); });
    timer->start(timeoutMs);
    socket->connectToServer(name);
}

void SingleInstance::finishDelivery(bool success)
{
    if (m_deliveryFinished)
        return;
    m_deliveryFinished = true;
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
        m_client->deleteLater();
    }
    // From the event loop: this may run inside connectToServer().
    QTimer::singleShot(0, this, [this, success] {
        if (success)
            Q_EMIT delivered();
        else
            Q_EMIT noInstance();
    });
}
