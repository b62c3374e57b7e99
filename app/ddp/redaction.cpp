#include "ddp/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace {

const QString redactedText = QStringLiteral("<redacted>");

// How deep a walk over server data goes: JSON levels, and JSON inside strings, together. Real
// frames are a few levels deep; a hostile one may nest thousands. Anything deeper is summarised,
// never walked, so the stack stays bounded whatever arrives.
constexpr int maxDepth = 32;

QJsonValue tooDeep(const QJsonValue &value)
{
    const QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson()
        : value.isArray()                    ? QJsonDocument(value.toArray()).toJson()
                                             : QByteArray();
    return QStringLiteral("<nested too deeply, %1 bytes>").arg(json.size());
}

// Keys whose value is a secret wherever they appear. Lower-case; compared case-insensitively.
// From Meteor and Rocket.Chat login shapes (password/digest, resume, oauth credentials, LDAP and
// Crowd passwords, 2FA codes) plus the query parameters of OAuth, CAS and deep links.
const QSet<QString> &secretKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("password"),
        QStringLiteral("digest"),
        QStringLiteral("token"),
        QStringLiteral("resume"),
        QStringLiteral("code"),
        QStringLiteral("secret"),
        QStringLiteral("ldappass"),
        QStringLiteral("pass"),
        QStringLiteral("passwd"),
        QStringLiteral("private_key"),
        QStringLiteral("privatekey"),
        QStringLiteral("ticket"),
        // OAuth's state carries the credential token (base64 JSON).
        QStringLiteral("state"),
        // SAML's hand-off: the relay state names the credential token, the response signs in.
        QStringLiteral("relaystate"),
        QStringLiteral("samlresponse"),
        // HTTP headers written out: "Authorization: Bearer …", "Cookie: …".
        QStringLiteral("authorization"),
        QStringLiteral("proxy-authorization"),
        QStringLiteral("cookie"),
        QStringLiteral("set-cookie"),
    };
    return keys;
}

// Suffixes that mark a secret however the prefix is spelled: authToken, hashedToken,
// credentialToken, resumeToken, saml_idp_credentialToken, X-Auth-Token, crowdPassword,
// newPassword, credentialSecret, accessTokenSecret, client_secret, …
const QLatin1String secretSuffixes[] = {
    QLatin1String("token"),
    QLatin1String("password"),
    QLatin1String("secret"),
};

// Methods that take secrets as plain positional parameters, e.g. resetPassword(token, password),
// verifyEmail(token), 2fa:disable(code), e2e.setUserPublicAndPrivateKeys({private_key}).
bool hasSecretParams(const QString &method)
{
    static const QLatin1String markers[] = {
        QLatin1String("password"), QLatin1String("token"), QLatin1String("secret"),
        QLatin1String("2fa"),      QLatin1String("totp"),  QLatin1String("verify"),
        QLatin1String("e2e"),
    };
    const QString name = method.toLower();
    return std::any_of(std::begin(markers), std::end(markers),
                       [&name](QLatin1String marker) { return name.contains(marker); });
}

// Inside a secret, everything is hidden except the hash algorithm, which helps debugging and
// reveals nothing ({"digest": …, "algorithm": "sha-256"}).
QJsonValue hideAll(const QJsonValue &value, int depth = 0)
{
    if (depth > maxDepth)
        return redactedText;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return value;
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("algorithm") && it.value().isString())
                continue;
            it.value() = hideAll(it.value(), depth + 1);
        }
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = hideAll(*it, depth + 1);
        return array;
    }
    default:
        return redactedText;
    }
}

// name=value, also percent-encoded once or twice (a URL inside a deep link's query). The prefix
// group stops a match starting in the middle of a name ("mytoken=" is still "mytoken").
const QRegularExpression &parameterPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|[^A-Za-z0-9_.\\-%]|%25[0-9A-F]{2}|%[0-9A-F]{2})"
                       "([A-Za-z0-9_.\\-]+)"
                       "(=|%3D|%253D)"
                       "((?:(?!%26|%23|%22|%2526|%2523)[^&#\\s\"'<>])*)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// "key":"value" as text (JSON that did not parse, or JSON escaped once more: \"key\":\"value\").
const QRegularExpression &quotedPairPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(\\\\?)\"([A-Za-z0-9_.\\-]+)\\1\"(\\s*:\\s*)\\1\"((?:(?!\\1\")[^\"\\\\]|"
                       "\\\\.)*?)\\1\""));
    return pattern;
}

// %22key%22%3A%22value%22: the JSON an OAuth end page puts in a URL fragment, percent-encoded.
const QRegularExpression &encodedPairPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "%22([A-Za-z0-9_.\\-]+)%22((?:%20|\\s)*(?::|%3A)(?:%20|\\s)*)%22((?:(?!%22).)"
            "*?)%22"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// "code": 123456 or %22code%22%3A123456: a number or other bare value after a secret key.
const QRegularExpression &barePairPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "(?:\\\\?\"|%22)([A-Za-z0-9_.\\-]+)(?:\\\\?\"|%22)((?:\\s|%20)*(?::|%3A)(?:\\s|"
            "%20)*)(?!\"|\\\\\"|%22|<redacted>)([^,}\\]\\s\"&]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// "key":"value… with no closing quote: JSON cut off in the middle of a secret.
const QRegularExpression &unterminatedPairPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\"([A-Za-z0-9_.\\-]+)\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*\\\\?)$"));
    return pattern;
}

// Key: value, as an HTTP header is written ("X-Auth-Token: …", "Authorization: Bearer …"): the
// value runs to the end of the line or a quote.
const QRegularExpression &headerPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|[^A-Za-z0-9_\\-\"%])([A-Za-z][A-Za-z0-9_\\-]*)([ \t]*:[ \t]*)"
                       "([^\\r\\n\"]*[^\\r\\n\"\\s])"),
        QRegularExpression::MultilineOption);
    return pattern;
}

// Credential tokens that single sign-on puts in a path rather than a parameter:
// /_saml/authorize/<provider>/<token> and /_cas/<token>, also percent-encoded inside another URL
// (CAS's service=https%3A%2F%2Fchat%2F_cas%2F<token>).
const QRegularExpression &pathTokenPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("((?:/|%2F|%252F)(?:_cas|_saml(?:/|%2F|%252F)authorize(?:/|%2F|%252F)"
                       "[^/?#&\\s\"%]+)(?:/|%2F|%252F))([A-Za-z0-9_\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The password of user:password@host in a URL, also percent-encoded once.
const QRegularExpression &userInfoPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("([A-Za-z][A-Za-z0-9+.\\-]*(?::|%3A)(?://|%2F%2F)[^/@\\s\"?#:%]*(?::|%3A))"
                       "([^/@\\s\"?#]+?)(@|%40)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Replaces capture group `group` of every match with the placeholder.
QString replaceAll(const QString &text, const QRegularExpression &pattern, int group)
{
    QString result;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(group) == 0 || match.captured(group) == redactedText)
            continue;
        result += QStringView(text).mid(copied, match.capturedStart(group) - copied);
        result += redactedText;
        copied = match.capturedEnd(group);
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

// Replaces capture group valueGroup with the placeholder wherever group keyGroup names a secret.
// The value of any other key is searched again, because it may hold a whole URL with secrets of
// its own (deep link: host=https%3A%2F%2Fx%2Fhome%3FresumeToken%3D…).
QString replaceSecretValues(const QString &text, const QRegularExpression &pattern, int keyGroup,
                            int valueGroup)
{
    QString result;
    qsizetype copied = 0;
    qsizetype offset = 0;
    while (offset < text.size()) {
        const QRegularExpressionMatch match = pattern.match(text, offset);
        if (!match.hasMatch())
            break;
        if (!Redaction::isSecretKey(match.captured(keyGroup))) {
            offset = match.capturedEnd(keyGroup);
            continue;
        }
        if (match.capturedLength(valueGroup) > 0) {
            result += QStringView(text).mid(copied, match.capturedStart(valueGroup) - copied);
            result += redactedText;
            copied = match.capturedEnd(valueGroup);
        }
        offset = std::max(match.capturedEnd(valueGroup), match.capturedEnd(keyGroup));
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

QJsonValue redactAt(const QJsonValue &value, int depth);

QString redactString(const QString &text, int depth)
{
    // A string may itself be a frame: DDP-over-REST wraps whole method frames in "message".
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError
            && (document.isObject() || document.isArray())) {
            const QJsonValue redacted = redactAt(document.isObject() ? QJsonValue(document.object())
                                                                     : QJsonValue(document.array()),
                                                 depth + 1);
            if (redacted.isString())
                return redacted.toString(); // summarised
            const QJsonDocument out = redacted.isObject() ? QJsonDocument(redacted.toObject())
                                                          : QJsonDocument(redacted.toArray());
            return QString::fromUtf8(out.toJson(QJsonDocument::Compact));
        }
    }
    return Redaction::redactUrl(text);
}

QJsonValue redactAt(const QJsonValue &value, int depth)
{
    if (depth > maxDepth)
        return tooDeep(value);
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        const bool secretParams
            = object.value(QLatin1String("msg")).toString() == QLatin1String("method")
            && hasSecretParams(object.value(QLatin1String("method")).toString());
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (Redaction::isSecretKey(it.key())
                || (secretParams && it.key() == QLatin1String("params")))
                it.value() = hideAll(it.value(), depth + 1);
            else
                it.value() = redactAt(it.value(), depth + 1);
        }
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactAt(*it, depth + 1);
        return array;
    }
    case QJsonValue::String:
        return redactString(value.toString(), depth);
    default:
        return value;
    }
}

} // namespace

namespace Redaction {

QString placeholder()
{
    return redactedText;
}

bool isSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    if (secretKeys().contains(lower))
        return true;
    return std::any_of(std::begin(secretSuffixes), std::end(secretSuffixes),
                       [&lower](QLatin1String suffix) { return lower.endsWith(suffix); });
}

QString redactUrl(const QString &text)
{
    // QRegularExpression finds nothing at all in text that is not valid UTF-16 (a lone surrogate,
    // as a JSON "\udc80" escape makes one), which would let every secret in it through (found by
    // the fuzzer). Such characters become replacement characters first.
    QString result = text.isValidUtf16() ? text : QString::fromUtf8(text.toUtf8());
    if (result.contains(QLatin1Char('='))
        || result.contains(QLatin1String("%3D"), Qt::CaseInsensitive))
        result = replaceSecretValues(result, parameterPattern(), 2, 4);
    const bool hasQuote = result.contains(QLatin1Char('"'));
    const bool hasEncodedQuote = result.contains(QLatin1String("%22"));
    if (hasQuote)
        result = replaceSecretValues(result, quotedPairPattern(), 2, 4);
    if (hasEncodedQuote)
        result = replaceSecretValues(result, encodedPairPattern(), 1, 3);
    if (hasQuote || hasEncodedQuote)
        result = replaceSecretValues(result, barePairPattern(), 1, 3);
    if (hasQuote)
        result = replaceSecretValues(result, unterminatedPairPattern(), 1, 3);
    if (result.contains(QLatin1Char(':')))
        result = replaceSecretValues(result, headerPattern(), 2, 4);
    if (result.contains(QLatin1String("_cas"), Qt::CaseInsensitive)
        || result.contains(QLatin1String("_saml"), Qt::CaseInsensitive))
        result = replaceAll(result, pathTokenPattern(), 2);
    if (result.contains(QLatin1Char('@')) || result.contains(QLatin1String("%40")))
        result = replaceAll(result, userInfoPattern(), 2);
    return result;
}

QJsonValue redact(const QJsonValue &value)
{
    return redactAt(value, 0);
}

QString redactFrame(const QString &rawText, int maxLength)
{
    QJsonParseError error;
    const QByteArray utf8 = rawText.toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !(document.isObject() || document.isArray())) {
        // Not even a prefix of the text: a broken frame may still hold a password.
        return QStringLiteral("<non-JSON frame, %1 bytes>").arg(utf8.size());
    }

    // Serialised from the parsed tree, never from rawText, so nothing the walk missed (duplicate
    // keys, odd whitespace) can slip through verbatim.
    const QJsonValue redacted = redact(document.isObject() ? QJsonValue(document.object())
                                                           : QJsonValue(document.array()));
    const QJsonDocument out = redacted.isObject() ? QJsonDocument(redacted.toObject())
                                                  : QJsonDocument(redacted.toArray());
    QString text = QString::fromUtf8(out.toJson(QJsonDocument::Compact));

    if (maxLength > 0 && text.size() > maxLength) {
        qsizetype cut = maxLength;
        if (text.at(cut - 1).isHighSurrogate())
            --cut; // never split a character in two
        const qsizetype total = text.size();
        text.truncate(cut);
        text += QStringLiteral("…<truncated, %1 of %2 characters shown>").arg(cut).arg(total);
    }
    return text;
}

} // namespace Redaction
