#pragma once

#include "rocketchat/deeplink.h"
#include "rocketchat/signinerror.h"

#include <QJsonObject>
#include <QString>

class BrowserSignIn;

// Where a link handed over by the operating system (or `liftoff open`) goes, for the sign-in
// controller: an OAuth or SAML link to the browser sign-in it belongs to (BrowserSignIn judges),
// a session-token link to the person's confirmation (the owner finds out whose session it is and
// asks), anything else refused. The owner acts on the Route.
class LinkRouter
{
public:
    struct Route
    {
        enum class Action {
            SignIn, // send `request` (the browser sign-in's link)
            Refuse, // not acted on; error says why; whatever is under way goes on
            EndAttempt, // the browser sign-in under way is over: error says why
            Confirm, // a session-token link (`link`): ask the person first
            Ignore, // a session-token link for the account signed in already
        };
        Action action = Action::Refuse;
        QJsonObject request;
        SignInError error;
        DeepLink link;
    };

    explicit LinkRouter(BrowserSignIn *browser) : m_browser(browser) { }

    // waitingForBrowser: a browser sign-in is what the owner waits for; signedInServer and
    // signedInUserId: the account signed in (empty when none).
    Route route(const QString &text, bool waitingForBrowser, const ServerAddress &signedInServer,
                const QString &signedInUserId);

private:
    BrowserSignIn *m_browser;
};
