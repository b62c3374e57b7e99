#pragma once

#include "tls/untrustedcertificate.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

// A typed error from the DDP layer: either an error the server sent (a Meteor.Error with its code,
// reason and details) or a local one (time-out, lost connection, …). The one place that turns it
// into words for a person is userMessage(); nothing else parses reasons.
class DdpError
{
    Q_GADGET
public:
    enum class Kind {
        None,
        ServerError, // the server answered with a Meteor.Error (code, reason, details)
        Timeout, // the server did not answer in time
        ConnectionLost, // the socket dropped before the answer came
        NotConnected, // there was no connection to send on
        Cancelled, // we closed the connection ourselves
        VersionMismatch, // no DDP version both sides speak
        ServerSilent, // heartbeat: the server stopped answering
        FrameTooLarge, // the server sent a frame over our size cap
        NetworkError, // the socket failed (refused, DNS, reset, …)
        TlsError, // the certificate could not be verified
    };
    Q_ENUM(Kind)

    DdpError() = default;
    DdpError(Kind kind, const QString &detail = {});

    // Builds a ServerError from a DDP `error` object; tolerates wrong types (a missing or odd
    // `error` becomes an empty code rather than a crash).
    static DdpError fromServerObject(const QJsonValue &error);
    // A TlsError for a certificate CertificateTrust refused.
    static DdpError fromUntrustedCertificate(const UntrustedCertificate &certificate);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    // The server's `error` field as text: "401", "totp-required", … (empty for local errors).
    QString code() const { return m_code; }
    bool isNumericCode() const { return m_numericCode; }
    // The numeric code; 0 when there is none or it does not fit in an int.
    int numericCode() const;
    QString reason() const { return m_reason; }
    QJsonValue details() const { return m_details; }
    // For local errors: what went wrong underneath (socket error text, …). Never shown raw alone.
    QString detail() const { return m_detail; }
    // For TlsError: the certificate refused (null when the handshake failed otherwise).
    UntrustedCertificate certificate() const { return m_certificate; }

    // A translated sentence for a person, saying what happened and, where it helps, what to do.
    QString userMessage() const;
    // For logs: kind and code, never details (they may echo a user name).
    QString toLogString() const;

private:
    Kind m_kind = Kind::None;
    QString m_code;
    bool m_numericCode = false;
    QString m_reason;
    QJsonValue m_details;
    QString m_detail;
    UntrustedCertificate m_certificate;
};

Q_DECLARE_METATYPE(DdpError)
