// fuzz-units: rocketchat/deeplink core/serveraddress core/logging
//
// DeepLink::parse on whatever a browser, a web page or another program could hand Liftoff as a
// rocketchat:// (or go.rocket.chat) link. The first byte picks a secret to plant: 0 none, else the
// text gets "&credentialSecret=", "&token=" or "&credentialToken=" with a recognisable value.
//
// Invariants: never crashes; an invalid link has a problem and no canonical form; a valid one has
// a valid server, the fields its kind needs, and reads back as itself from its canonical form;
// the redacted description never holds a token, secret or credential token.

#include "fuzzsupport.h"
#include "rocketchat/deeplink.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const int plant = input.byte() % 4;
    QString text = QString::fromUtf8(input.rest());
    static const QString planted = QStringLiteral("PLANTEDsecretVALUE42");
    switch (plant) {
    case 1:
        text += QStringLiteral("&credentialSecret=") + planted;
        break;
    case 2:
        text += QStringLiteral("&token=") + planted;
        break;
    case 3:
        text += QStringLiteral("&credentialToken=") + planted;
        break;
    default:
        break;
    }
    const DeepLink link = DeepLink::parse(text);

    if (!link.isValid()) {
        FUZZ_CHECK(!link.problem().isEmpty(), text);
        FUZZ_CHECK(link.toUrlString().isEmpty(), text);
        return 0;
    }
    FUZZ_CHECK(link.problem().isEmpty(), text);
    FUZZ_CHECK(link.server().isValid(), text);
    FUZZ_CHECK(link.server().isSecure() || link.server().isLoopback(), text);
    switch (link.kind()) {
    case DeepLink::Kind::OAuth:
        FUZZ_CHECK(!link.credentialSecret().isEmpty() || !link.providerError().isEmpty(), text);
        FUZZ_CHECK(!link.credentialToken().isEmpty() || !link.providerError().isEmpty(), text);
        FUZZ_CHECK(link.token().isEmpty(), text);
        break;
    case DeepLink::Kind::Saml:
        FUZZ_CHECK(link.credentialSecret().isEmpty() && link.token().isEmpty(), text);
        break;
    case DeepLink::Kind::Token:
        FUZZ_CHECK(!link.token().isEmpty() && !link.userId().isEmpty(), text);
        FUZZ_CHECK(link.credentialToken().isEmpty() && link.providerError().isEmpty(), text);
        break;
    case DeepLink::Kind::Invalid:
        FUZZ_CHECK(false, text);
    }

    const QString canonical = link.toUrlString();
    const DeepLink again = DeepLink::parse(canonical);
    FUZZ_CHECK(again == link, text + QStringLiteral(" -> ") + canonical);
    FUZZ_CHECK(again.toUrlString() == canonical, canonical);

    // The description names the server; a link may repeat a secret in the server's own address
    // (it is the link's author who chose both), which is not a leak of ours.
    const QString description = link.redactedDescription();
    const QString server = link.server().origin().toString(QUrl::FullyEncoded);
    for (const QString &secret :
         { link.token(), link.credentialSecret(), link.credentialToken(), planted }) {
        // (A short one may be in the scheme or host by chance; a real one is 43 characters.)
        FUZZ_CHECK(secret.size() < 8 || server.contains(secret) || !description.contains(secret),
                   QStringLiteral("a secret in: ") + description);
    }
    return 0;
}
