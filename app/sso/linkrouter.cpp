#include "sso/linkrouter.h"

#include "core/logging.h"
#include "sso/browsersignin.h"

LinkRouter::Route LinkRouter::route(const QString &text, bool waitingForBrowser,
                                    const ServerAddress &signedInServer,
                                    const QString &signedInUserId)
{
    using Action = Route::Action;
    Route route;
    route.link = DeepLink::parse(text);
    const DeepLink &link = route.link;
    switch (link.kind()) {
    case DeepLink::Kind::Invalid:
        qCInfo(lcAuth) << "refused an unusable link";
        route.error = SignInError(SignInError::Kind::SsoInvalidLink, link.problem());
        return route;
    case DeepLink::Kind::OAuth:
    case DeepLink::Kind::Saml: {
        const BrowserSignIn::LinkVerdict verdict = m_browser->judge(link);
        route.error = verdict.error;
        switch (verdict.action) {
        case BrowserSignIn::LinkVerdict::Action::Refuse:
            return route;
        case BrowserSignIn::LinkVerdict::Action::EndAttempt:
            route.action = Action::EndAttempt;
            return route;
        case BrowserSignIn::LinkVerdict::Action::SignIn:
            break;
        }
        if (!waitingForBrowser) {
            route.error = SignInError(SignInError::Kind::SsoExpired);
            return route;
        }
        qCInfo(lcAuth) << "signing in with the" << link.redactedDescription();
        route.action = Action::SignIn;
        route.request = verdict.request;
        return route;
    }
    case DeepLink::Kind::Token:
        break;
    }
    if (!signedInUserId.isEmpty() && signedInServer == link.server()
        && signedInUserId == link.userId()) {
        qCInfo(lcAuth) << "a" << link.redactedDescription() << "for the account signed in";
        route.action = Action::Ignore;
        return route;
    }
    qCInfo(lcAuth) << "a" << link.redactedDescription() << "needs the person's yes";
    route.action = Action::Confirm;
    return route;
}
