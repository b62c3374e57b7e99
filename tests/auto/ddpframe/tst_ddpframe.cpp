// DdpFrame: decoding what the server sends, whatever it is, into an object whose members can all
// be found, and that encodes and decodes back to itself.

#include "ddp/ddpframe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(DdpFrame::Problem)

class TestDdpFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenFrames_data();
    void brokenFrames();
    void everyMemberIsFound_data();
    void everyMemberIsFound();
};

void TestDdpFrame::brokenFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<DdpFrame::Problem>("problem");
    QTest::newRow("not JSON") << QByteArray("{\"msg\":") << DdpFrame::Problem::NotJson;
    QTest::newRow("an array") << QByteArray("[\"msg\"]") << DdpFrame::Problem::NotAnObject;
    QTest::newRow("no msg") << QByteArray("{\"id\":\"1\"}") << DdpFrame::Problem::NoMessageType;
    QTest::newRow("msg not a string")
        << QByteArray("{\"msg\":1}") << DdpFrame::Problem::NoMessageType;
}

void TestDdpFrame::brokenFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(DdpFrame::Problem, problem);
    const DdpFrame::Decoded decoded = DdpFrame::decode(frame);
    QCOMPARE(decoded.problem, problem);
    QVERIFY(decoded.type.isEmpty());
    QVERIFY(!decoded.isGreeting);
}

// Qt's parser orders members by how their names were written (escaped: UTF-16 code units; plain
// UTF-8: code points), and a lone surrogate mixes the two: found by the fuzzer
// (tests/fuzz/corpus/ddpframe/regression-key-order), where the decoded object lost members to
// value() and was not equal to itself encoded and decoded again.
void TestDdpFrame::everyMemberIsFound_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QStringList>("names");

    const QString rocket = QString::fromUtf8("a\xf0\x9f\x9a\x80"); // a + U+1F680
    const QString last = QString::fromUtf8("a\xef\xbf\xbf"); // a + U+FFFF
    QString loneLow = QStringLiteral("a");
    loneLow.append(QChar(0xde80));
    QString loneHigh = QStringLiteral("a");
    loneHigh.append(QChar(0xd83d));

    QTest::newRow("escaped pair, escaped U+FFFF")
        << QByteArray("{\"msg\":\"added\",\"fields\":{\"a\\ud83d\\ude80\":1,\"a\\uffff\":2}}")
        << QStringList { rocket, last };
    QTest::newRow("plain pair, plain U+FFFF") << QByteArray(
        "{\"msg\":\"added\",\"fields\":{\"a\xf0\x9f\x9a\x80\":1,\"a\xef\xbf\xbf\":2}}")
                                              << QStringList { rocket, last };
    QTest::newRow("plain pair, lone low surrogate")
        << QByteArray("{\"msg\":\"added\",\"fields\":{\"a\xf0\x9f\x9a\x80\":1,\"a\\ude80\":2}}")
        << QStringList { rocket, loneLow };
    QTest::newRow("lone surrogates and a pair, escaped") << QByteArray(
        "{\"msg\":\"added\",\"fields\":{\"a\\ude80\":1,\"a\\ud83d\":2,\"a\\ud83d\\ude80\":3}}")
                                                         << QStringList { loneLow, loneHigh,
                                                                          rocket };
    // Other escapes (\" and \\) in front of the \u ones: every member is still found.
    QTest::newRow("after other escapes")
        << QByteArray("{\"msg\":\"added\",\"fields\":{\"\\\"\\\\\":1,\"a\\ude80\":2,"
                      "\"a\\ud83d\":3,\"a\\ud83d\\ude80\":4}}")
        << QStringList { QStringLiteral("\"\\"), loneLow, loneHigh, rocket };
    QTest::newRow("in an array") << QByteArray(
        "{\"msg\":\"result\",\"result\":[{\"a\xf0\x9f\x9a\x80\":1,\"a\\ude80\":2,\"a\\uffff\":3}]}")
                                 << QStringList { rocket, loneLow, last };
}

void TestDdpFrame::everyMemberIsFound()
{
    QFETCH(QByteArray, frame);
    QFETCH(QStringList, names);
    const DdpFrame::Decoded decoded = DdpFrame::decode(frame);
    QCOMPARE(decoded.problem, DdpFrame::Problem::None);
    QJsonObject inner = decoded.object.value(QLatin1String("fields")).toObject();
    if (inner.isEmpty())
        inner = decoded.object.value(QLatin1String("result")).toArray().first().toObject();
    QCOMPARE(inner.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY2(inner.contains(names.at(i)), qPrintable(QString::number(i)));
        QCOMPARE(inner.value(names.at(i)).toInt(), i + 1);
    }
    // Encoding loses nothing: the same object back.
    const DdpFrame::Decoded again = DdpFrame::decode(DdpFrame::encode(decoded.object));
    QCOMPARE(again.problem, DdpFrame::Problem::None);
    QCOMPARE(again.object, decoded.object);
}

QTEST_GUILESS_MAIN(TestDdpFrame)
#include "tst_ddpframe.moc"
