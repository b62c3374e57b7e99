// fuzz-units: ddp/ddpframe ddp/ddperror ddp/ddpcollections
// fuzz-units: tls/untrustedcertificate tls/certificatetrust core/serveraddress core/logging
// fuzz-units: tls/fingerprint core/settings
// fuzz-dict: ddp.dict
//
// A stream of server messages, one per line, taken as DdpConnection takes them after decoding:
// documents (`added`, `changed`, `removed`, …) into DdpCollections, errors of `result`, `nosub`
// and `error` into DdpError, `ping` answered with a `pong`. (DdpConnection's own dispatch needs a
// socket; fuzz_ddpconnection drives it over a loopback one.)
//
// Invariants: the collections hold exactly what a plain model of the messages says, and announce
// every change once; a `pong` echoes the ping's id; `clear()` removes, and announces, everything.

#include "ddp/ddpcollections.h"
#include "ddp/ddperror.h"
#include "ddp/ddpframe.h"
#include "fuzzsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace {

using Documents = QHash<QString, QJsonObject>;

struct Signals
{
    int added = 0;
    int changed = 0;
    int removed = 0;
};

void checkSameDocuments(const DdpCollections &collections, const QHash<QString, Documents> &model,
                        const QString &collection)
{
    const Documents actual = collections.documents(collection);
    const Documents expected = model.value(collection);
    FUZZ_CHECK(actual.size() == expected.size(), collection);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        FUZZ_CHECK(collections.contains(collection, it.key()), it.key());
        FUZZ_CHECK(actual.value(it.key()) == it.value(), it.key());
        FUZZ_CHECK(collections.document(collection, it.key()) == it.value(), it.key());
    }
}

// As DdpConnection::handleDocument.
void applyDocument(DdpCollections &collections, QHash<QString, Documents> &model,
                   const Signals &seen, const QString &type, const QJsonObject &message)
{
    const QJsonValue collectionValue = message.value(QLatin1String("collection"));
    const QJsonValue idValue = message.value(QLatin1String("id"));
    if (!collectionValue.isString() || !idValue.isString())
        return;
    const QString collection = collectionValue.toString();
    const QString id = idValue.toString();
    const QJsonObject fields = message.value(QLatin1String("fields")).toObject();
    const Signals before = seen;

    if (type == QLatin1String("removed")) {
        const bool existed = model.value(collection).contains(id);
        collections.applyRemoved(collection, id);
        if (existed) {
            model[collection].remove(id);
            if (model[collection].isEmpty())
                model.remove(collection);
        }
        FUZZ_CHECK(seen.removed == before.removed + (existed ? 1 : 0), "one removed signal");
        FUZZ_CHECK(!collections.contains(collection, id), id);
    } else if (type == QLatin1String("changed")) {
        const QJsonArray cleared = message.value(QLatin1String("cleared")).toArray();
        collections.applyChanged(collection, id, fields, cleared);
        QJsonObject &document = model[collection][id];
        for (auto it = fields.begin(); it != fields.end(); ++it)
            document.insert(it.key(), it.value());
        for (const QJsonValue &key : cleared)
            document.remove(key.toString());
        FUZZ_CHECK(seen.changed == before.changed + 1, "one changed signal");
    } else {
        collections.applyAdded(collection, id, fields);
        QJsonObject &document = model[collection][id];
        for (auto it = fields.begin(); it != fields.end(); ++it)
            document.insert(it.key(), it.value());
        FUZZ_CHECK(seen.added == before.added + 1, "one added signal");
    }
    checkSameDocuments(collections, model, collection);
}

void checkError(const QJsonObject &message)
{
    if (!message.contains(QLatin1String("error")))
        return;
    const DdpError error = DdpError::fromServerObject(message.value(QLatin1String("error")));
    FUZZ_CHECK(error.isError() && !error.userMessage().isEmpty(), "a server error has a message");
    error.toLogString();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    DdpCollections collections;
    QHash<QString, Documents> model;
    Signals seen;
    QObject::connect(&collections, &DdpCollections::documentAdded, [&] { ++seen.added; });
    QObject::connect(&collections, &DdpCollections::documentChanged, [&] { ++seen.changed; });
    QObject::connect(&collections, &DdpCollections::documentRemoved, [&] { ++seen.removed; });

    const QList<QByteArray> lines = input.split('\n');
    for (const QByteArray &line : lines) {
        const DdpFrame::Decoded frame = DdpFrame::decode(line);
        if (frame.problem != DdpFrame::Problem::None || frame.isGreeting)
            continue;
        const QString &type = frame.type;
        if (type == QLatin1String("added") || type == QLatin1String("changed")
            || type == QLatin1String("removed") || type == QLatin1String("addedBefore")
            || type == QLatin1String("movedBefore")) {
            applyDocument(collections, model, seen, type, frame.object);
        } else if (type == QLatin1String("result") || type == QLatin1String("nosub")) {
            checkError(frame.object);
        } else if (type == QLatin1String("error")) {
            frame.object.value(QLatin1String("reason")).toString();
        } else if (type == QLatin1String("ping")) {
            const QJsonValue id = frame.object.value(QLatin1String("id"));
            const DdpFrame::Decoded pong = DdpFrame::decode(DdpFrame::encode(DdpFrame::pong(id)));
            FUZZ_CHECK(pong.type == QLatin1String("pong"), "a pong is a pong");
            if (!id.isUndefined() && !id.isNull())
                FUZZ_CHECK(pong.object.value(QLatin1String("id")) == id, "the pong echoes the id");
            else
                FUZZ_CHECK(!pong.object.contains(QLatin1String("id")), "no id, none echoed");
        }
    }

    int documents = 0;
    for (const Documents &collection : std::as_const(model))
        documents += int(collection.size());
    const int removedBefore = seen.removed;
    collections.clear();
    FUZZ_CHECK(seen.removed - removedBefore == documents, "clear() announces every document");
    for (auto it = model.begin(); it != model.end(); ++it)
        FUZZ_CHECK(collections.documents(it.key()).isEmpty(), it.key());
    return 0;
}
