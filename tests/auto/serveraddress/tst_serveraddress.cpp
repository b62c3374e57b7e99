#include "core/serveraddress.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using Error = ServerAddress::Error;

class TestServerAddress : public QObject
{
    Q_OBJECT

private:
    struct Valid
    {
        const char *input;
        const char *origin; // fully encoded
        const char *webSocket; // fully encoded
        const char *display;
        bool secure;
        bool loopback;
        bool allowInsecure = false;
    };

    struct Invalid
    {
        const char *input;
        Error error;
        bool allowInsecure = false;
    };

    static QString fromUtf8(const char *text) { return QString::fromUtf8(text); }

    // Row names on one line: whitespace in the input shown escaped.
    static QByteArray tag(const char *prefix, const char *input, bool allowInsecure)
    {
        QByteArray text = QByteArray(prefix) + '"' + input + '"';
        text.replace('\n', "\\n").replace('\t', "\\t");
        if (allowInsecure)
            text += " (insecure allowed)";
        return text;
    }

    // One input per error, also used to check that every error has its own message.
    static QList<Invalid> oneInputPerError()
    {
        return {
            { "", Error::Empty },
            { "chat example.com", Error::ContainsSpaces },
            { "ftp://chat.example.com", Error::UnsupportedScheme },
            { "ht!tp://x", Error::MalformedUrl },
            { "https://", Error::MissingHost },
            { "https://exa!mple.com", Error::InvalidHost },
            { "https://chat.example.com:99999", Error::InvalidPort },
            { "https://alice:secret@chat.example.com", Error::HasCredentials },
            { "http://chat.example.com", Error::InsecureTransport },
        };
    }

private Q_SLOTS:
    void parse_data();
    void parse();
    void everyErrorIsTested();
    void errorMessages();
    void errorMessageNamesTheProblem_data();
    void errorMessageNamesTheProblem();
    void invalidAddressYieldsNoUrls();
    void apiUrl_data();
    void apiUrl();
    void equality();
    void debugOutputHasNoSecrets();
};

void TestServerAddress::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("webSocket");
    QTest::addColumn<QString>("display");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<bool>("loopback");

    const QList<Valid> valid = {
        // Bare host names get https.
        { "chat.example.com", "https://chat.example.com", "wss://chat.example.com/websocket",
          "chat.example.com", true, false },
        { "CHAT.Example.COM", "https://chat.example.com", "wss://chat.example.com/websocket",
          "chat.example.com", true, false },
        { "//chat.example.com", "https://chat.example.com", "wss://chat.example.com/websocket",
          "chat.example.com", true, false },
        { "chat.example.com:8443/chat", "https://chat.example.com:8443/chat",
          "wss://chat.example.com:8443/chat/websocket", "chat.example.com:8443/chat", true, false },
        // Explicit schemes, case and whitespace.
        { "https://chat.example.com", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "https://chat.example.com/", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "  https://chat.example.com \n", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "HTTPS://Chat.EXAMPLE.com", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "https://chat.example.com./", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "https://ex_ample.com", "https://ex_ample.com", "wss://ex_ample.com/websocket",
          "ex_ample.com", true, false },
        { "https://%65xample.com", "https://example.com", "wss://example.com/websocket",
          "example.com", true, false }, // RFC 3986 allows percent-encoding in host names
        // WebSocket schemes map to their http origin; a pasted endpoint loses "/websocket".
        { "wss://chat.example.com", "https://chat.example.com", "wss://chat.example.com/websocket",
          "chat.example.com", true, false },
        { "wss://chat.example.com/websocket", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "WSS://chat.example.com/websocket/", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "ws://127.0.0.1:3000/websocket", "http://127.0.0.1:3000", "ws://127.0.0.1:3000/websocket",
          "http://127.0.0.1:3000", false, true },
        { "ws://chat.example.com:80/websocket", "http://chat.example.com",
          "ws://chat.example.com/websocket", "http://chat.example.com", false, false, true },
        // Ports: defaults dropped, others kept, empty means default.
        { "https://chat.example.com:443", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "https://chat.example.com:8443", "https://chat.example.com:8443",
          "wss://chat.example.com:8443/websocket", "chat.example.com:8443", true, false },
        { "https://chat.example.com:80", "https://chat.example.com:80",
          "wss://chat.example.com:80/websocket", "chat.example.com:80", true, false },
        { "https://chat.example.com:", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "http://localhost:80/", "http://localhost", "ws://localhost/websocket",
          "http://localhost", false, true },
        // Sub-path installs keep their prefix; the web client's landing page does not count.
        { "https://example.com/chat", "https://example.com/chat",
          "wss://example.com/chat/websocket", "example.com/chat", true, false },
        { "https://example.com/chat/", "https://example.com/chat",
          "wss://example.com/chat/websocket", "example.com/chat", true, false },
        { "https://example.com//chat//", "https://example.com/chat",
          "wss://example.com/chat/websocket", "example.com/chat", true, false },
        { "https://example.com/chat/websocket", "https://example.com/chat",
          "wss://example.com/chat/websocket", "example.com/chat", true, false },
        { "https://example.com/team/chat", "https://example.com/team/chat",
          "wss://example.com/team/chat/websocket", "example.com/team/chat", true, false },
        { "https://example.com/a/b/../chat/./", "https://example.com/a/chat",
          "wss://example.com/a/chat/websocket", "example.com/a/chat", true, false },
        { "https://chat.example.com/home", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "https://example.com/chat/home", "https://example.com/chat",
          "wss://example.com/chat/websocket", "example.com/chat", true, false },
        { "https://example.com/chat/home/websocket/", "https://example.com/chat",
          "wss://example.com/chat/websocket", "example.com/chat", true, false },
        { "https://example.com/homepage/websockets", "https://example.com/homepage/websockets",
          "wss://example.com/homepage/websockets/websocket", "example.com/homepage/websockets",
          true, false },
        { "https://example.com/my%20chat", "https://example.com/my%20chat",
          "wss://example.com/my%20chat/websocket", "example.com/my chat", true, false },
        // Shown to people, a path never carries markup nor characters that hide or reorder text
        // (bidi overrides, zero-width characters): those stay percent-encoded; letters do not.
        { "https://chat.example.com/<b>x</b><!--",
          "https://chat.example.com/%3Cb%3Ex%3C/b%3E%3C!--",
          "wss://chat.example.com/%3Cb%3Ex%3C/b%3E%3C!--/websocket",
          "chat.example.com/%3Cb%3Ex%3C/b%3E%3C!--", true, false },
        { "https://chat.example.com/%3Ca%20href=%22file:///etc/passwd%22%3Ex%3C/a%3E",
          "https://chat.example.com/%3Ca%20href=%22file:/etc/passwd%22%3Ex%3C/a%3E",
          "wss://chat.example.com/%3Ca%20href=%22file:/etc/passwd%22%3Ex%3C/a%3E/websocket",
          "chat.example.com/%3Ca href=%22file:/etc/passwd%22%3Ex%3C/a%3E", true, false },
        { "https://chat.example.com/\xe2\x80\xae"
          "exe.txt",
          "https://chat.example.com/%E2%80%AEexe.txt",
          "wss://chat.example.com/%E2%80%AEexe.txt/websocket", "chat.example.com/%E2%80%AEexe.txt",
          true, false }, // U+202E RIGHT-TO-LEFT OVERRIDE
        { "https://chat.example.com/%E2%81%A7chat%E2%81%A9",
          "https://chat.example.com/%E2%81%A7chat%E2%81%A9",
          "wss://chat.example.com/%E2%81%A7chat%E2%81%A9/websocket",
          "chat.example.com/%E2%81%A7chat%E2%81%A9", true, false }, // U+2067, U+2069: an isolate
        { "https://example.com/%D1%87%E2%80%8B%D0%B0%D1%82%C2%A0",
          "https://example.com/%D1%87%E2%80%8B%D0%B0%D1%82%C2%A0",
          "wss://example.com/%D1%87%E2%80%8B%D0%B0%D1%82%C2%A0/websocket",
          "example.com/\xd1\x87%E2%80%8B\xd0\xb0\xd1\x82%C2%A0", true,
          false }, // zero-width and no-break spaces in Cyrillic "чат"
        { "https://example.com/%3c%25%FF%2Fx", "https://example.com/%3C%25%FF%2Fx",
          "wss://example.com/%3C%25%FF%2Fx/websocket", "example.com/%3C%25%FF%2Fx", true,
          false }, // not UTF-8, a percent sign, an encoded slash
        // Query and fragment are dropped (they may carry a resume token).
        { "https://chat.example.com/?utm_source=mail#top", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        { "https://chat.example.com/home?resumeToken=abc&userId=u1", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false },
        // This computer: plain http is fine, and a bare name means http.
        { "http://localhost:3000", "http://localhost:3000", "ws://localhost:3000/websocket",
          "http://localhost:3000", false, true },
        { "localhost:3000", "http://localhost:3000", "ws://localhost:3000/websocket",
          "http://localhost:3000", false, true },
        { "LOCALHOST", "http://localhost", "ws://localhost/websocket", "http://localhost", false,
          true },
        { "https://localhost:3000", "https://localhost:3000", "wss://localhost:3000/websocket",
          "localhost:3000", true, true },
        { "http://127.0.0.2:3000", "http://127.0.0.2:3000", "ws://127.0.0.2:3000/websocket",
          "http://127.0.0.2:3000", false, true },
        { "127.0.0.1:3000/chat", "http://127.0.0.1:3000/chat", "ws://127.0.0.1:3000/chat/websocket",
          "http://127.0.0.1:3000/chat", false, true },
        { "https://127.1", "https://127.0.0.1", "wss://127.0.0.1/websocket", "127.0.0.1", true,
          true },
        // IPv6 literals, with or without the brackets a URL needs.
        { "http://[::1]:3000", "http://[::1]:3000", "ws://[::1]:3000/websocket",
          "http://[::1]:3000", false, true },
        { "::1", "http://[::1]", "ws://[::1]/websocket", "http://[::1]", false, true },
        { "[::1]:3000", "http://[::1]:3000", "ws://[::1]:3000/websocket", "http://[::1]:3000",
          false, true },
        { "https://[2001:DB8::1]:8443/chat", "https://[2001:db8::1]:8443/chat",
          "wss://[2001:db8::1]:8443/chat/websocket", "[2001:db8::1]:8443/chat", true, false },
        { "2001:db8::1", "https://[2001:db8::1]", "wss://[2001:db8::1]/websocket", "[2001:db8::1]",
          true, false },
        // International host names: ACE on the wire, Unicode for people unless it deceives.
        { "https://bücher.de", "https://xn--bcher-kva.de", "wss://xn--bcher-kva.de/websocket",
          "bücher.de", true, false },
        { "https://xn--bcher-kva.de/chat", "https://xn--bcher-kva.de/chat",
          "wss://xn--bcher-kva.de/chat/websocket", "bücher.de/chat", true, false },
        // Qt shows Unicode only for top-level domains with a known anti-spoofing policy.
        { "https://bücher.example", "https://xn--bcher-kva.example",
          "wss://xn--bcher-kva.example/websocket", "xn--bcher-kva.example", true, false },
        { "ПРИМЕР.РФ/чат", "https://xn--e1afmkfd.xn--p1ai/%D1%87%D0%B0%D1%82",
          "wss://xn--e1afmkfd.xn--p1ai/%D1%87%D0%B0%D1%82/websocket", "пример.рф/чат", true,
          false },
        { "https://\xd0\xb0pple.com", "https://xn--pple-43d.com",
          "wss://xn--pple-43d.com/websocket", "xn--pple-43d.com", true,
          false }, // Cyrillic "а" + Latin "pple"
        // Other hosts over plain http only when the user allowed it.
        { "http://chat.example.com", "http://chat.example.com", "ws://chat.example.com/websocket",
          "http://chat.example.com", false, false, true },
        { "http://10.0.0.5:3000/chat", "http://10.0.0.5:3000/chat",
          "ws://10.0.0.5:3000/chat/websocket", "http://10.0.0.5:3000/chat", false, false, true },
        { "https://chat.example.com", "https://chat.example.com",
          "wss://chat.example.com/websocket", "chat.example.com", true, false, true },
    };
    for (const Valid &row : valid) {
        QTest::newRow(tag("valid: ", row.input, row.allowInsecure).constData())
            << fromUtf8(row.input) << row.allowInsecure << Error::None << fromUtf8(row.origin)
            << fromUtf8(row.webSocket) << fromUtf8(row.display) << row.secure << row.loopback;
    }

    QList<Invalid> invalid = {
        { "   ", Error::Empty },
        { "\t\n", Error::Empty },
        { "https://chat.example.com/my chat", Error::ContainsSpaces },
        { "chat.\texample.com", Error::ContainsSpaces },
        { "https://chat.example.com\xc2\xa0/chat", Error::ContainsSpaces }, // no-break space
        { "FTP://chat.example.com", Error::UnsupportedScheme },
        { "mailto:admin@example.com", Error::UnsupportedScheme },
        { "javascript:alert(1)", Error::UnsupportedScheme },
        { "file:///etc/passwd", Error::UnsupportedScheme },
        { "rocketchat://auth?host=chat.example.com&token=abc", Error::UnsupportedScheme },
        { "about:blank", Error::UnsupportedScheme },
        { "://chat.example.com", Error::MalformedUrl },
        { "https:chat.example.com", Error::MalformedUrl },
        { "http:/chat.example.com", Error::MalformedUrl },
        { "https:\\\\chat.example.com", Error::MalformedUrl },
        { "https://[::1", Error::MalformedUrl },
        { "https://[::1]x", Error::MalformedUrl },
        { "https:///chat", Error::MissingHost },
        { "https://:443", Error::MissingHost },
        { "https://[]:443", Error::MissingHost },
        { "//", Error::MissingHost },
        { "wss://", Error::MissingHost },
        { "https://a..b", Error::InvalidHost },
        { "https://-bad-.example.com", Error::InvalidHost },
        { "https://[zz]", Error::InvalidHost },
        { "https://.", Error::InvalidHost },
        { "https://chat.example.com:0", Error::InvalidPort },
        { "https://chat.example.com:65536", Error::InvalidPort },
        { "https://chat.example.com:123456789012", Error::InvalidPort },
        { "https://chat.example.com:abc", Error::InvalidPort },
        { "chat.example.com:-1", Error::InvalidPort },
        { "localhost:http", Error::InvalidPort },
        { "https://[::1]:70000", Error::InvalidPort },
        { "https://chat.example.com:\xd9\xa3\xd9\xa0", Error::InvalidPort }, // Arabic-Indic digits
        { "https://alice@chat.example.com", Error::HasCredentials },
        { "alice@chat.example.com", Error::HasCredentials },
        { "alice:secret@chat.example.com:3000", Error::HasCredentials },
        { "http://alice:secret@localhost:3000", Error::HasCredentials },
        { "ws://chat.example.com/websocket", Error::InsecureTransport },
        { "http://10.0.0.5:3000", Error::InsecureTransport },
        { "http://localhost.example.com", Error::InsecureTransport },
        { "http://[2001:db8::1]", Error::InsecureTransport },
        { "ftp://chat.example.com", Error::UnsupportedScheme, true },
        { "https://chat.example.com:99999", Error::InvalidPort, true },
    };
    invalid += oneInputPerError();
    for (const Invalid &row : invalid) {
        QTest::newRow(tag("invalid: ", row.input, row.allowInsecure).constData())
            << fromUtf8(row.input) << row.allowInsecure << row.error << QString() << QString()
            << QString() << false << false;
    }
}

void TestServerAddress::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, allowInsecure);
    QFETCH(Error, error);
    QFETCH(QString, origin);
    QFETCH(QString, webSocket);
    QFETCH(QString, display);
    QFETCH(bool, secure);
    QFETCH(bool, loopback);

    const ServerAddress address = ServerAddress::parse(input, allowInsecure);
    QCOMPARE(address.error(), error);
    QCOMPARE(address.isValid(), error == Error::None);
    QCOMPARE(address.errorMessage().isEmpty(), error == Error::None);
    QCOMPARE(address.origin().toString(QUrl::FullyEncoded), origin);
    QCOMPARE(address.webSocketUrl().toString(QUrl::FullyEncoded), webSocket);
    QCOMPARE(address.displayString(), display);
    QCOMPARE(address.isSecure(), secure);
    QCOMPARE(address.isLoopback(), loopback);

    if (address.isValid()) {
        const QUrl originUrl = address.origin();
        QVERIFY(originUrl.userInfo().isEmpty());
        QVERIFY(!originUrl.hasQuery());
        QVERIFY(!originUrl.hasFragment());
        QVERIFY(!originUrl.path().endsWith(QLatin1Char('/')));
        QCOMPARE(address.pathPrefix(), originUrl.path());
        // Normalization is stable: parsing the result again gives the same address.
        QCOMPARE(ServerAddress::parse(originUrl.toString(QUrl::FullyEncoded), allowInsecure),
                 address);
        QCOMPARE(ServerAddress::parse(address.webSocketUrl().toString(QUrl::FullyEncoded),
                                      allowInsecure),
                 address);
    }
}

void TestServerAddress::everyErrorIsTested()
{
    QSet<Error> tested;
    const QList<Invalid> rows = oneInputPerError();
    for (const Invalid &row : rows)
        tested.insert(row.error);

    const QMetaEnum errors = QMetaEnum::fromType<Error>();
    for (int i = 0; i < errors.keyCount(); ++i) {
        const auto error = Error(errors.value(i));
        if (error != Error::None)
            QVERIFY2(tested.contains(error), errors.key(i));
    }
}

void TestServerAddress::errorMessages()
{
    QSet<QString> messages;
    const QList<Invalid> rows = oneInputPerError();
    for (const Invalid &row : rows) {
        const ServerAddress address
            = ServerAddress::parse(QString::fromUtf8(row.input), row.allowInsecure);
        QCOMPARE(address.error(), row.error);
        const QString message = address.errorMessage();
        // A sentence, not a code.
        QVERIFY2(message.size() > 30, qPrintable(message));
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("Error::")), qPrintable(message));
        messages.insert(message);
    }
    QCOMPARE(messages.size(), rows.size());
    QVERIFY(ServerAddress::parse(QStringLiteral("chat.example.com")).errorMessage().isEmpty());
    QVERIFY(ServerAddress().errorMessage().isEmpty());
}

void TestServerAddress::errorMessageNamesTheProblem_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QStringList>("neverMentions");

    QTest::newRow("insecure") << QStringLiteral("http://chat.example.com")
                              << QStringList { QStringLiteral("chat.example.com"),
                                               QStringLiteral("https://"),
                                               QStringLiteral("encrypted"),
                                               QStringLiteral("allow an unencrypted connection") }
                              << QStringList();
    QTest::newRow("scheme") << QStringLiteral("ftp://chat.example.com")
                            << QStringList { QStringLiteral("ftp:"), QStringLiteral("https://") }
                            << QStringList();
    QTest::newRow("port") << QStringLiteral("chat.example.com:99999")
                          << QStringList { QStringLiteral("99999"), QStringLiteral("65535") }
                          << QStringList();
    QTest::newRow("host") << QStringLiteral("https://exa!mple.com")
                          << QStringList { QStringLiteral("exa!mple.com") } << QStringList();
    QTest::newRow("credentials") << QStringLiteral("https://alice:hunter2@chat.example.com")
                                 << QStringList { QStringLiteral("@") }
                                 << QStringList { QStringLiteral("hunter2"),
                                                  QStringLiteral("alice") };
    QTest::newRow("long port is shortened")
        << QStringLiteral("chat.example.com:") + QString(500, QLatin1Char('9'))
        << QStringList { QStringLiteral("999") } << QStringList { QString(100, QLatin1Char('9')) };
}

void TestServerAddress::errorMessageNamesTheProblem()
{
    QFETCH(QString, input);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, neverMentions);

    const QString message = ServerAddress::parse(input).errorMessage();
    for (const QString &text : mentions)
        QVERIFY2(message.contains(text), qPrintable(text + QLatin1String(" in: ") + message));
    for (const QString &text : neverMentions)
        QVERIFY2(!message.contains(text), qPrintable(text + QLatin1String(" in: ") + message));
}

void TestServerAddress::invalidAddressYieldsNoUrls()
{
    for (const ServerAddress &address :
         { ServerAddress(), ServerAddress::parse(QStringLiteral("ftp://x")) }) {
        QVERIFY(!address.isValid());
        QVERIFY(address.origin().isEmpty());
        QVERIFY(address.webSocketUrl().isEmpty());
        QVERIFY(address.apiUrl(QStringLiteral("/api/info")).isEmpty());
        QVERIFY(address.displayString().isEmpty());
        QVERIFY(!address.isSecure());
        QVERIFY(!address.isLoopback());
    }
}

void TestServerAddress::apiUrl_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("root") << QStringLiteral("chat.example.com") << QStringLiteral("/api/info")
                          << QStringLiteral("https://chat.example.com/api/info");
    QTest::newRow("prefix") << QStringLiteral("https://example.com/chat/")
                            << QStringLiteral("/api/info")
                            << QStringLiteral("https://example.com/chat/api/info");
    QTest::newRow("no leading slash")
        << QStringLiteral("https://example.com/chat") << QStringLiteral("api/v1/settings.oauth")
        << QStringLiteral("https://example.com/chat/api/v1/settings.oauth");
    QTest::newRow("port") << QStringLiteral("localhost:3000") << QStringLiteral("/api/info")
                          << QStringLiteral("http://localhost:3000/api/info");
    QTest::newRow("query") << QStringLiteral("https://example.com/chat")
                           << QStringLiteral("/_oauth/google?close")
                           << QStringLiteral("https://example.com/chat/_oauth/google?close");
    QTest::newRow("ipv6") << QStringLiteral("[::1]:3000") << QStringLiteral("/api/info")
                          << QStringLiteral("http://[::1]:3000/api/info");
    QTest::newRow("idn") << QStringLiteral("bücher.de") << QStringLiteral("/api/info")
                         << QStringLiteral("https://xn--bcher-kva.de/api/info");
}

void TestServerAddress::apiUrl()
{
    QFETCH(QString, address);
    QFETCH(QString, path);
    QFETCH(QString, expected);

    const ServerAddress parsed = ServerAddress::parse(address);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed.apiUrl(path).toString(QUrl::FullyEncoded), expected);
}

void TestServerAddress::equality()
{
    const ServerAddress plain = ServerAddress::parse(QStringLiteral("chat.example.com"));
    const ServerAddress spelledOut
        = ServerAddress::parse(QStringLiteral(" HTTPS://Chat.Example.com:443/websocket "));
    const ServerAddress subPath = ServerAddress::parse(QStringLiteral("chat.example.com/chat"));
    const ServerAddress otherPort = ServerAddress::parse(QStringLiteral("chat.example.com:8443"));

    QCOMPARE(plain, spelledOut);
    QCOMPARE(qHash(plain), qHash(spelledOut));
    QVERIFY(plain != subPath);
    QVERIFY(plain != otherPort);
    QVERIFY(plain != ServerAddress());
    QCOMPARE(ServerAddress(), ServerAddress());
    QCOMPARE(ServerAddress::parse(QStringLiteral("localhost:3000")),
             ServerAddress::parse(QStringLiteral("http://localhost:3000/")));
    // Names are not resolved: localhost and 127.0.0.1 are different addresses.
    QVERIFY(ServerAddress::parse(QStringLiteral("http://localhost:3000"))
            != ServerAddress::parse(QStringLiteral("http://127.0.0.1:3000")));
    QVERIFY(ServerAddress::parse(QStringLiteral("ftp://a"))
            != ServerAddress::parse(QStringLiteral("gopher://a")));

    QSet<ServerAddress> set { plain, spelledOut, subPath };
    QCOMPARE(set.size(), 2);
}

void TestServerAddress::debugOutputHasNoSecrets()
{
    QString text;
    QDebug(&text) << ServerAddress::parse(QStringLiteral("https://alice:hunter2@chat.example.com"))
                  << ServerAddress::parse(
                         QStringLiteral("https://chat.example.com/home?resumeToken=abc123"));
    QVERIFY2(!text.contains(QLatin1String("hunter2")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("abc123")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("HasCredentials")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("https://chat.example.com")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
