#pragma once

#include <QJsonValue>
#include <QString>

// Makes DDP frames and URLs safe to log. Secrets are replaced by "<redacted>", the structure
// around them is kept so a log still shows what was sent. Anything that cannot be understood is
// summarised, never echoed: a log line must not be the place a password leaks.
namespace Redaction {

// Frames longer than this (after redaction) are cut, with a marker saying how much was left out.
inline constexpr int defaultMaxLength = 2000;

// "<redacted>"
QString placeholder();

// A compact JSON rendering of the frame with every secret replaced (keys come out sorted), or
// "<non-JSON frame, N bytes>" for text that is not a JSON object or array.
QString redactFrame(const QString &rawText, int maxLength = defaultMaxLength);

// Replaces the values of secret keys (password, digest, token, resume, code, credentialSecret,
// …, and any key ending in "token", "password" or "secret") at any depth, hides the parameters
// of methods that take secrets positionally (resetPassword, …), and scrubs secret query
// parameters and JSON embedded in strings. Objects that merely wrap secrets, such as `totp`
// ({login, code}), are walked rather than hidden.
QJsonValue redact(const QJsonValue &value);

// Replaces the values of secret parameters in a URL or any text: "token=…", "resumeToken=…",
// "credentialSecret=…" (also percent-encoded inside another URL) and `"key":"value"` pairs such
// as the JSON an OAuth end page puts in the fragment.
QString redactUrl(const QString &text);

// Whether a JSON key or query parameter name holds a secret (case-insensitive).
bool isSecretKey(const QString &key);

} // namespace Redaction
