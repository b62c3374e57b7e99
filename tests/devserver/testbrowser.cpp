#include "testbrowser.h"

#include "devserverlog.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTextStream>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void say(const QString &line)
{
    err() << "liftoff-testbrowser: " << line << Qt::endl;
}

// Character references as an HTML parser decodes them (the ones pages here use, and numeric).
QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (name == u"amp") {
            replacement = QStringLiteral("&");
        } else if (name == u"lt") {
            replacement = QStringLiteral("<");
        } else if (name == u"gt") {
            replacement = QStringLiteral(">");
        } else if (name == u"quot") {
            replacement = QStringLiteral("\"");
        } else if (name == u"apos") {
            replacement = QStringLiteral("'");
        }
        out += replacement.isNull() ? match.captured(0) : replacement;
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

// How innerHTML serialises a text node.
QString innerHtml(const QString &text)
{
    QString out = text;
    out.replace(u'&', QLatin1String("&amp;"));
    out.replace(u'<', QLatin1String("&lt;"));
    out.replace(u'>', QLatin1String("&gt;"));
    out.replace(QChar(0xA0), QLatin1String("&nbsp;"));
    return out;
}

// A short account of a page for a person reading the test log.
QString describePage(const QByteArray &html)
{
    QString text = QString::fromUtf8(html);
    static const QRegularExpression hidden(
        QStringLiteral("<(script|style|div id=\"config\")[^>]*>.*?</(script|style|div)>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.remove(hidden);
    text.replace(tags, QStringLiteral(" "));
    text = decodeEntities(text).replace(spaces, QStringLiteral(" ")).trimmed();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text.isEmpty() ? QStringLiteral("(an empty page)") : DevServerLog::redactedUrl(text);
}

} // namespace

TestBrowser::TestBrowser(const Options &options) : m_options(options)
{
    m_program.setProcessChannelMode(QProcess::ForwardedChannels);
    QObject::connect(&m_network, &QNetworkAccessManager::finished, &m_network,
                     [this](QNetworkReply *reply) { onFinished(reply); });
    if (m_options.ignoreTlsErrors) {
        QObject::connect(
            &m_network, &QNetworkAccessManager::sslErrors, &m_network,
            [](QNetworkReply *reply, const QList<QSslError> &) { reply->ignoreSslErrors(); });
    }
    QObject::connect(&m_program, &QProcess::finished, &m_network,
                     [this](int exitCode, QProcess::ExitStatus status) {
                         if (status == QProcess::CrashExit) {
                             say(QStringLiteral("the app (%1) crashed").arg(m_program.program()));
                             finish(ProgramCrashed);
                             return;
                         }
                         say(QStringLiteral("the app exited with %1").arg(exitCode));
                         finish(exitCode);
                     });
    QObject::connect(&m_program, &QProcess::errorOccurred, &m_network,
                     [this](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart)
                             return;
                         say(QStringLiteral("cannot start %1: %2")
                                 .arg(m_program.program(), m_program.errorString()));
                         finish(ProgramNotStarted);
                     });
}

void TestBrowser::open(const QString &url, std::function<void(int)> done)
{
    m_done = std::move(done);
    if (isAppLink(url)) {
        deliver(url);
        return;
    }
    const QUrl parsed = QUrl::fromUserInput(url);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https")) {
        say(QStringLiteral("cannot open \"%1\": only http, https and rocketchat: URLs")
                .arg(DevServerLog::redactedUrl(url)));
        finish(Usage);
        return;
    }
    visit(parsed);
}

bool TestBrowser::isAppLink(const QString &url)
{
    return url.startsWith(QLatin1String("rocketchat:"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("https://go.rocket.chat/auth"), Qt::CaseInsensitive);
}

void TestBrowser::visit(const QUrl &url)
{
    QNetworkRequest request(url);
    // Redirects are followed here, so that a rocketchat: Location stops the walk.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("liftoff-testbrowser (like a browser without JavaScript "
                                        "engine)"));
    m_network.get(request);
}

void TestBrowser::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_finished)
        return;
    const QUrl url = reply->url();
    const QString shown = DevServerLog::redactedUrl(url.toString(QUrl::FullyEncoded));
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        say(QStringLiteral("GET %1: %2").arg(shown, reply->errorString()));
        finish(NoHandOff);
        return;
    }
    const int status = statusAttribute.toInt();
    say(QStringLiteral("GET %1 %2").arg(status).arg(shown));

    const QByteArray location = reply->rawHeader(QByteArrayLiteral("Location"));
    if (status >= 300 && status < 400 && !location.isEmpty()) {
        follow(url, QString::fromUtf8(location));
        return;
    }
    const QByteArray body = reply->readAll();
    if (status < 200 || status >= 300) {
        say(QStringLiteral("HTTP %1, no hand-off: %2").arg(status).arg(describePage(body)));
        finish(NoHandOff);
        return;
    }
    QString how;
    if (const auto target = handOffTarget(body, &how)) {
        say(QStringLiteral("the page navigates (%1)").arg(how));
        follow(url, *target);
        return;
    }
    if (url.path().startsWith(QLatin1String("/_cas/"))) {
        // CAS hands nothing to the app: its page closes itself, and the app, which has been
        // asking the server with login {cas: {credentialToken}}, finds the credential there.
        say(QStringLiteral("CAS sign-in completed; the page closes itself (CAS has no link: the "
                           "app polls the server for the credential)"));
        finish(Completed);
        return;
    }
    say(QStringLiteral("the page hands nothing to an app: %1").arg(describePage(body)));
    finish(NoHandOff);
}

void TestBrowser::follow(const QUrl &from, const QString &target)
{
    if (isAppLink(target)) {
        deliver(target);
        return;
    }
    if (++m_redirects > m_options.maxRedirects) {
        say(QStringLiteral("more than %1 redirects, giving up").arg(m_options.maxRedirects));
        finish(NoHandOff);
        return;
    }
    const QUrl next = from.resolved(QUrl::fromEncoded(target.toUtf8(), QUrl::TolerantMode));
    if (next.scheme() != u"http" && next.scheme() != u"https") {
        say(QStringLiteral("cannot follow \"%1\": not http, https or an app link")
                .arg(DevServerLog::redactedUrl(target)));
        finish(NoHandOff);
        return;
    }
    visit(next);
}

void TestBrowser::deliver(const QString &link)
{
    say(QStringLiteral("app link: %1").arg(DevServerLog::redactedUrl(link)));
    if (m_options.deliverWith.isEmpty()) {
        QTextStream out(stdout);
        out << link << Qt::endl;
        finish(Completed);
        return;
    }
    // The way a desktop launches a URL handler (Exec=liftoff %u): the program with the link as
    // its one argument. A PROGRAM that is not a file is split like a command line.
    QString program = m_options.deliverWith;
    QStringList arguments;
    if (!QFileInfo::exists(program)) {
        arguments = QProcess::splitCommand(program);
        program = arguments.isEmpty() ? QString() : arguments.takeFirst();
    }
    arguments.append(link);
    say(QStringLiteral("handing it to %1").arg(program));
    m_program.start(program, arguments);
}

void TestBrowser::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_done)
        m_done(code);
}

std::optional<QString> TestBrowser::handOffTarget(const QByteArray &html, QString *how)
{
    const QString page = QString::fromUtf8(html);
    static const QRegularExpression config(QStringLiteral("<div\\s+id=\"config\"[^>]*>(.*?)</div>"),
                                           QRegularExpression::DotMatchesEverythingOption
                                               | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch configMatch = config.match(page);
    if (configMatch.hasMatch()) {
        // JSON.parse(document.getElementById("config").innerHTML)
        const QString json = innerHtml(decodeEntities(configMatch.captured(1)));
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        QString redirectUrl = object.value(u"redirectUrl").toString();
        if (!redirectUrl.isEmpty()) {
            redirectUrl.replace(QLatin1String("&amp;"), QLatin1String("&"));
            if (how)
                *how = QStringLiteral("the end page's config.redirectUrl");
            return redirectUrl;
        }
    }
    static const QRegularExpression refresh(
        QStringLiteral("<meta\\s+http-equiv=[\"']?refresh[\"']?\\s+content=[\"']?\\s*\\d*\\s*;"
                       "\\s*url=([^\"'>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch refreshMatch = refresh.match(page);
    if (refreshMatch.hasMatch()) {
        if (how)
            *how = QStringLiteral("meta refresh");
        return decodeEntities(refreshMatch.captured(1).trimmed());
    }
    return std::nullopt;
}
