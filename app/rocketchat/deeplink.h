#pragma once

#include "core/serveraddress.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// A sign-in link handed to Liftoff by the system browser (or anyone): `rocketchat://auth?…` or
// its web form `https://go.rocket.chat/auth?…` (app/rocketchat/README.md §11 to §13).
//
//   OAuth   rocketchat://auth?host=H&type=oauth&credentialToken=T&credentialSecret=S
//           (or …&error=E when the provider refused, then without credentials, as Rocket.Chat
//           hands it off): the end of a Meteor OAuth flow
//   Saml    rocketchat://auth?host=H&type=saml&credentialToken=T[&error=E]
//   Token   rocketchat://auth?host=H&token=R&userId=U: a session token (the modern OAuth flow,
//           "open in the desktop app")
//
// The host is normalised as Rocket.Chat's mobile app does: no scheme means https:// (this
// computer: http://), an explicit http:// becomes https://, a trailing slash goes. One exception,
// so that a server on this computer (the dev server) works: http:// to localhost, 127.0.0.0/8 or
// ::1 stays http://.
//
// Parsing only reads the text: whether a link may be acted on (did this app start that sign-in,
// on that server?) is SsoAttempt's and the controller's business.
class DeepLink
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(DeepLink)
public:
    enum class Kind { Invalid, OAuth, Saml, Token };
    Q_ENUM(Kind)

    DeepLink() = default;

    static DeepLink parse(const QString &text);
    // Whether text looks like a link meant for parse() (its scheme and host), valid or not: the
    // command line uses it to tell a link from a mistyped command.
    static bool looksLikeLink(const QString &text);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    // Why an Invalid link cannot be used, translated; empty for a valid one.
    QString problem() const { return m_problem; }

    ServerAddress server() const { return m_server; }
    QString credentialToken() const { return m_credentialToken; } // OAuth, Saml
    QString credentialSecret() const { return m_credentialSecret; } // OAuth (empty with error)
    // The identity provider's (or the server's) error, when the sign-in did not happen there.
    QString providerError() const { return m_providerError; }
    QString token() const { return m_token; } // Token
    QString userId() const { return m_userId; } // Token

    // The link again, in the canonical rocketchat://auth form; empty for an Invalid link.
    // parse(toUrlString()) gives the same link.
    QString toUrlString() const;
    // For logs: the kind and server, never a token, secret or credential token.
    QString redactedDescription() const;

    friend bool operator==(const DeepLink &a, const DeepLink &b);
    friend bool operator!=(const DeepLink &a, const DeepLink &b) { return !(a == b); }

private:
    static DeepLink invalid(const QString &problem);

    Kind m_kind = Kind::Invalid;
    QString m_problem;
    ServerAddress m_server;
    QString m_credentialToken;
    QString m_credentialSecret;
    QString m_providerError;
    QString m_token;
    QString m_userId;
};

Q_DECLARE_METATYPE(DeepLink)
