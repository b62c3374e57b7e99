#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

// liftoff.devserver: sessions opening and closing (info) and every frame in both directions
// (debug), e.g. QT_LOGGING_RULES="liftoff.devserver=true". Off below warnings by default so
// test output stays readable.
Q_DECLARE_LOGGING_CATEGORY(lcDevServer)

namespace DevServerLog {
// A frame as it may be logged, through the app's Redaction: the values of password, digest,
// token, resume, credentialSecret, code, ldapPass … (at any depth) become "<redacted>". Text that
// is not JSON is not logged at all (it could be anything), only its size.
QString redactedFrame(const QString &raw);
QString redactedFrame(const QByteArray &raw);
// A URL (or text with URLs) as it may be logged: the app's Redaction::redactUrl, and also the
// credential tokens that SAML and CAS carry in the path (/_saml/authorize/<provider>/<token>,
// /_cas/<token>, /saml/<token>), which sign in whoever holds them.
QString redactedUrl(const QString &url);
} // namespace DevServerLog
