// fuzz-units: ddp/ddpframe ddp/ddperror tls/untrustedcertificate tls/certificatetrust
// fuzz-units: core/serveraddress core/logging
// fuzz-units: tls/fingerprint core/settings
// fuzz-dict: ddp.dict
//
// DdpFrame::decode on arbitrary bytes (one WebSocket text frame), and what the connection does
// next with a decoded frame's parts: EJSON dates and server errors.
//
// Invariants: a decoded frame says consistently what it is; encoding a decoded frame and decoding
// it again gives the same frame; a date that converts converts back to the same instant.

#include "ddp/ddperror.h"
#include "ddp/ddpframe.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

void checkDate(const QJsonValue &value)
{
    const QDateTime date = DdpFrame::toDateTime(value);
    if (!date.isValid())
        return;
    const QDateTime again = DdpFrame::toDateTime(DdpFrame::fromDateTime(date));
    FUZZ_CHECK(again == date, date.toString(Qt::ISODateWithMs));
}

void checkError(const QJsonValue &value)
{
    const DdpError error = DdpError::fromServerObject(value);
    FUZZ_CHECK(error.kind() == DdpError::Kind::ServerError, "fromServerObject gives a ServerError");
    FUZZ_CHECK(!error.userMessage().isEmpty(), "a server error has a message");
    FUZZ_CHECK(error.isNumericCode() || error.numericCode() == 0, error.code());
    error.toLogString();
}

// The places a DDP message carries dates and errors: top level (`error`, `failed`), `result`
// (login: tokenExpires), `fields` (added/changed documents), and one level below those.
void walk(const QJsonObject &object, int depth)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        checkDate(it.value());
        if (it.key() == QLatin1String("error") || it.key() == QLatin1String("details"))
            checkError(it.value());
        if (depth > 0 && it.value().isObject())
            walk(it.value().toObject(), depth - 1);
        if (depth > 0 && it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &element : array)
                if (element.isObject())
                    walk(element.toObject(), depth - 1);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray utf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const DdpFrame::Decoded decoded = DdpFrame::decode(utf8);

    if (decoded.problem != DdpFrame::Problem::None) {
        FUZZ_CHECK(decoded.object.isEmpty() || decoded.problem == DdpFrame::Problem::NoMessageType,
                   "a broken frame carries no object");
        FUZZ_CHECK(decoded.type.isEmpty() && !decoded.isGreeting, "a broken frame has no type");
        return 0;
    }

    const QJsonValue msg = decoded.object.value(QLatin1String("msg"));
    FUZZ_CHECK(decoded.type == msg.toString(), decoded.type);
    FUZZ_CHECK(msg.isString() || decoded.isGreeting, "no `msg` only for a greeting");
    if (decoded.isGreeting)
        FUZZ_CHECK(decoded.object.contains(QLatin1String("server_id"))
                       || decoded.type == QLatin1String("server_id"),
                   "a greeting has a server_id");

    // What we decode, we can encode; and encoding loses nothing.
    const QByteArray encoded = DdpFrame::encode(decoded.object);
    const DdpFrame::Decoded again = DdpFrame::decode(encoded);
    FUZZ_CHECK(again.problem == DdpFrame::Problem::None, QString::fromUtf8(encoded));
    FUZZ_CHECK(again.object == decoded.object, QString::fromUtf8(encoded));
    FUZZ_CHECK(again.type == decoded.type && again.isGreeting == decoded.isGreeting,
               QString::fromUtf8(encoded));

    walk(decoded.object, 3);
    return 0;
}
