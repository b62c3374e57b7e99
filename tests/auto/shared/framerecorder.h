#pragma once

// Every DDP frame clients sent to in-process dev servers (DevServer::frameReceived), in the order
// they arrived: what went over the wire, for tests that check what a client sent, how often and
// in which order. Reads like a list of frames; methodCalls() and ofType() pick some out.

#include "devserver.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

class FrameRecorder
{
public:
    struct Frame
    {
        DevServer *server; // which one got it
        int session; // counts the server's sessions from 1
        QJsonObject frame; // as parsed (empty when it was not JSON)
        QString raw; // as sent
    };

    FrameRecorder() = default;
    FrameRecorder(const FrameRecorder &) = delete;
    FrameRecorder &operator=(const FrameRecorder &) = delete;

    // Records what server receives from now on, until the server goes away.
    void record(DevServer *server)
    {
        QObject::connect(server, &DevServer::frameReceived, &m_context,
                         [this, server](int session, const QJsonObject &frame, const QString &raw) {
                             m_frames.append({ server, session, frame, raw });
                         });
    }

    // The frames whose "msg" is type ("connect", "method", "sub", "pong", …).
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> frames;
        for (const Frame &f : m_frames)
            if (f.frame.value(u"msg").toString() == type)
                frames.append(f.frame);
        return frames;
    }

    // The calls of one method ("login", "logout", …), to any server or to server.
    QList<QJsonObject> methodCalls(const QString &method, const DevServer *server = nullptr) const
    {
        QList<QJsonObject> calls;
        for (const Frame &f : m_frames) {
            if ((!server || f.server == server) && f.frame.value(u"msg").toString() == u"method"
                && f.frame.value(u"method").toString() == method)
                calls.append(f.frame);
        }
        return calls;
    }

    const QList<Frame> &frames() const { return m_frames; }
    qsizetype size() const { return m_frames.size(); }
    bool isEmpty() const { return m_frames.isEmpty(); }
    const Frame &at(qsizetype i) const { return m_frames.at(i); }
    const Frame &last() const { return m_frames.last(); }
    QList<Frame>::const_iterator begin() const { return m_frames.cbegin(); }
    QList<Frame>::const_iterator end() const { return m_frames.cend(); }
    void clear() { m_frames.clear(); }

private:
    QObject m_context; // ends the connections when the recorder goes away
    QList<Frame> m_frames;
};
