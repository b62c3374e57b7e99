// fuzz-units: ddp/redaction
// fuzz-dict: ddp.dict
//
// Redaction::redactFrame, the last thing between a frame and a log file. The input is a few bytes
// of choices and then a frame (any text; usually JSON). Into a frame that parses, a secret value
// is planted under a secret key: as a JSON member anywhere in the tree, as a query parameter of a
// URL in any string, as JSON inside a string, or as percent-encoded JSON in a URL fragment.
//
// Invariants: the planted secret never appears in the output; text that is not a JSON object or
// array is summarised, never echoed.

#include "ddp/redaction.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>

namespace {

// No secret key and no JSON or URL syntax: it can only reach the output through a leak.
const QString marker = QStringLiteral("Zq8vLeakMarker3kX");

// Spellings that must count as secret: exact names, case variants, and the suffix forms.
const char *const secretKeys[] = {
    "password",
    "Password",
    "PASSWORD",
    "digest",
    "token",
    "resume",
    "code",
    "secret",
    "ldapPass",
    "pass",
    "passwd",
    "private_key",
    "privateKey",
    "ticket",
    "state",
    "authToken",
    "X-Auth-Token",
    "resumeToken",
    "hashedToken",
    "credentialToken",
    "accessToken",
    "credentialSecret",
    "client_secret",
    "newPassword",
    "crowdPassword",
    "refresh_token",
    "saml_idp_credentialToken",
};

enum class Placement { Member, UrlParameter, JsonInString, EncodedJsonInFragment, Count };

QJsonValue secretValue(int shape)
{
    switch (shape % 4) {
    case 0:
        return marker;
    case 1:
        return QJsonObject { { QStringLiteral("digest"), marker },
                             { QStringLiteral("algorithm"), QStringLiteral("sha-256") } };
    case 2:
        return QJsonArray { 1, marker };
    default:
        return QJsonObject { { QStringLiteral("x"),
                               QJsonObject { { QStringLiteral("y"), marker } } } };
    }
}

struct Planter
{
    Placement placement;
    QString key;
    QJsonValue value;
    int separator;
    int countdown; // plant at the countdown-th candidate (pre-order), else at the root
    bool planted = false;

    QString urlTail() const
    {
        static const char *const separators[] = { "?", "&", "#", " ", "/home?x=1&", "\n", ";" };
        const QString before = QString::fromLatin1(separators[separator % std::size(separators)]);
        if (placement == Placement::EncodedJsonInFragment)
            return QStringLiteral("#%7B%22") + key + QStringLiteral("%22%3A%22") + marker
                + QStringLiteral("%22%7D");
        return before + key + QLatin1Char('=') + marker;
    }

    QJsonValue secretString() const
    {
        if (placement == Placement::JsonInString)
            return QString::fromUtf8(
                QJsonDocument(QJsonObject { { key, value } }).toJson(QJsonDocument::Compact));
        return QStringLiteral("https://chat.example.com/home") + urlTail();
    }

    bool isCandidate(const QJsonValue &v, const QString &key) const
    {
        if (placement == Placement::Member || placement == Placement::JsonInString)
            return v.isObject() || v.isArray();
        // Inside a secret, the hash algorithm is kept verbatim by design ({"digest": …,
        // "algorithm": "sha-256"}), so text appended to it would show (reported).
        return v.isString() && key != QLatin1String("algorithm");
    }

    QJsonValue plantHere(const QJsonValue &v)
    {
        planted = true;
        switch (placement) {
        case Placement::Member:
        case Placement::JsonInString: {
            const QJsonValue member = placement == Placement::Member ? value : secretString();
            const QString name = placement == Placement::Member ? key : QStringLiteral("message");
            if (v.isObject()) {
                QJsonObject object = v.toObject();
                object.insert(name, member);
                return object;
            }
            QJsonArray array = v.toArray();
            array.append(QJsonObject { { name, member } });
            return array;
        }
        default:
            return v.toString() + urlTail();
        }
    }

    QJsonValue walk(const QJsonValue &v, const QString &key = {})
    {
        if (planted)
            return v;
        if (isCandidate(v, key) && countdown-- == 0)
            return plantHere(v);
        if (v.isObject()) {
            QJsonObject object = v.toObject();
            for (auto it = object.begin(); it != object.end() && !planted; ++it)
                it.value() = walk(it.value(), it.key());
            return object;
        }
        if (v.isArray()) {
            QJsonArray array = v.toArray();
            for (auto it = array.begin(); it != array.end() && !planted; ++it)
                *it = walk(*it);
            return array;
        }
        return v;
    }

    QJsonValue plant(const QJsonValue &root)
    {
        QJsonValue result = walk(root);
        if (planted)
            return result;
        // Nowhere to put it (no string, say): a member of the root.
        planted = true;
        const QJsonValue member = placement == Placement::Member ? value : secretString();
        if (root.isObject()) {
            QJsonObject object = root.toObject();
            object.insert(placement == Placement::Member ? key : QStringLiteral("url"), member);
            return object;
        }
        QJsonArray array = root.toArray();
        array.append(placement == Placement::Member ? QJsonValue(QJsonObject { { key, member } })
                                                    : member);
        return array;
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const QString key = QString::fromLatin1(secretKeys[input.pick(int(std::size(secretKeys)))]);
    const auto placement = Placement(input.pick(int(Placement::Count)));
    const int shape = input.byte();
    const int separator = input.byte();
    const int position = input.byte();
    static const int maxLengths[] = { Redaction::defaultMaxLength, 0, 64, 300 };
    const int maxLength = maxLengths[input.pick(int(std::size(maxLengths)))];
    const QByteArray frame = input.rest();
    FUZZ_CHECK(Redaction::isSecretKey(key), key);

    // Whatever the text, no crash; and what is not JSON is only summarised.
    const QString raw = QString::fromUtf8(frame);
    const QString redactedRaw = Redaction::redactFrame(raw, maxLength);
    Redaction::redactUrl(raw);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw.toUtf8(), &error);
    const bool isJson
        = error.error == QJsonParseError::NoError && (document.isObject() || document.isArray());
    if (!isJson) {
        FUZZ_CHECK(redactedRaw.startsWith(QLatin1String("<non-JSON frame, ")), redactedRaw);
        return 0;
    }
    if (raw.contains(marker, Qt::CaseInsensitive))
        return 0; // the input brought the marker itself

    Planter planter { placement, key, secretValue(shape), separator, position };
    const QJsonValue root = planter.plant(document.isObject() ? QJsonValue(document.object())
                                                              : QJsonValue(document.array()));
    const QByteArray planted = root.isObject()
        ? QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact)
        : QJsonDocument(root.toArray()).toJson(QJsonDocument::Compact);
    FUZZ_CHECK(planted.contains(marker.toUtf8()), "the secret was planted");

    const QString redacted = Redaction::redactFrame(QString::fromUtf8(planted), maxLength);
    FUZZ_CHECK(!redacted.contains(marker, Qt::CaseInsensitive),
               QStringLiteral("secret leaked (key %1, placement %2)\n  in:  %3\n  out: %4")
                   .arg(key)
                   .arg(int(placement))
                   .arg(QString::fromUtf8(planted), redacted));
    return 0;
}
