#include "ddp/ddperror.h"

#include <QCoreApplication>
#include <QMetaEnum>

#include <limits>

DdpError::DdpError(Kind kind, const QString &detail) : m_kind(kind), m_detail(detail)
{ }

DdpError DdpError::fromServerObject(const QJsonValue &error)
{
    DdpError e(Kind::ServerError);
    const QJsonObject object = error.toObject();
    const QJsonValue code = object.value(QLatin1String("error"));
    if (code.isDouble()) {
        e.m_code = QString::number(code.toDouble(), 'g', 16);
        e.m_numericCode = true;
    } else if (code.isString()) {
        e.m_code = code.toString();
        // Some servers send numbers as strings ("403"); treat them alike.
        bool ok = false;
        e.m_code.toLongLong(&ok);
        e.m_numericCode = ok;
    }
    const QJsonValue reason = object.value(QLatin1String("reason"));
    if (reason.isString())
        e.m_reason = reason.toString();
    else if (object.value(QLatin1String("message")).isString())
        e.m_reason = object.value(QLatin1String("message")).toString();
    e.m_details = object.value(QLatin1String("details"));
    return e;
}

DdpError DdpError::fromUntrustedCertificate(const UntrustedCertificate &certificate)
{
    DdpError e(Kind::TlsError, certificate.problemText());
    e.m_certificate = certificate;
    return e;
}

int DdpError::numericCode() const
{
    if (!m_numericCode)
        return 0;
    // A code beyond int (4294967697) is no HTTP-like code; truncating it could make it one (401).
    const qint64 code = m_code.toLongLong();
    return code >= std::numeric_limits<int>::min() && code <= std::numeric_limits<int>::max()
        ? int(code)
        : 0;
}

QString DdpError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::ServerError:
        if (!m_reason.isEmpty())
            return QCoreApplication::translate("DdpError", "The server refused the request: %1")
                .arg(m_reason);
        return QCoreApplication::translate("DdpError", "The server refused the request (error %1).")
            .arg(m_code.isEmpty() ? QStringLiteral("?") : m_code);
    case Kind::Timeout:
        return QCoreApplication::translate("DdpError",
                                           "The server did not answer in time. Check your "
                                           "network connection and try again.");
    case Kind::ConnectionLost:
        return QCoreApplication::translate("DdpError",
                                           "The connection to the server was lost before it "
                                           "answered. Try again when the connection is back.");
    case Kind::NotConnected:
        return QCoreApplication::translate("DdpError", "Not connected to the server.");
    case Kind::Cancelled:
        return QCoreApplication::translate("DdpError", "Cancelled.");
    case Kind::VersionMismatch:
        return QCoreApplication::translate("DdpError",
                                           "This server speaks a version of the realtime "
                                           "protocol that Liftoff does not support (%1). It may "
                                           "be too old or too new for this app.")
            .arg(m_detail);
    case Kind::ServerSilent:
        return QCoreApplication::translate("DdpError",
                                           "The server stopped answering. Liftoff will "
                                           "reconnect by itself.");
    case Kind::FrameTooLarge:
        return QCoreApplication::translate("DdpError",
                                           "The server sent a message too large to accept; "
                                           "the connection was reset.");
    case Kind::NetworkError:
        if (!m_detail.isEmpty())
            return QCoreApplication::translate("DdpError",
                                               "Could not reach the server: %1. Check the "
                                               "address and your network connection.")
                .arg(m_detail);
        return QCoreApplication::translate("DdpError",
                                           "Could not reach the server. Check the address and "
                                           "your network connection.");
    case Kind::TlsError:
        if (!m_certificate.isNull())
            return m_certificate.explanation();
        return QCoreApplication::translate("DdpError",
                                           "The server's certificate could not be verified, so "
                                           "the connection was refused: %1")
            .arg(m_detail);
    }
    return {};
}

QString DdpError::toLogString() const
{
    QString text = QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(m_kind)));
    if (!m_code.isEmpty())
        text += QStringLiteral(" code=") + m_code;
    if (!m_reason.isEmpty())
        text += QStringLiteral(" reason=\"") + m_reason + QLatin1Char('"');
    if (!m_detail.isEmpty())
        text += QStringLiteral(" (") + m_detail + QLatin1Char(')');
    return text;
}
