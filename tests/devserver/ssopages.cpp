#include "ssopages.h"

#include "orderedjson.h"

// Pages after Meteor's packages/oauth/end_of_popup_response.html and
// end_of_redirect_response.html (as Rocket.Chat 7 serves them: no inline script, the script
// from /packages/oauth/), Rocket.Chat's /_cas/ answer (server/lib/cas/middleware.ts) and the
// hand-off of its web app (client/lib/buildAuthDeeplinkURL.ts). The scripts are written here.

QString SsoPages::escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#x27;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString SsoPages::escapeConfigValue(const QString &text)
{
    QString out = text;
    out.replace(u'&', QLatin1String("&amp;"));
    out.replace(u'<', QLatin1String("&lt;"));
    out.replace(u'>', QLatin1String("&gt;"));
    out.replace(u'/', QLatin1String("&#x2F;"));
    return out;
}

QByteArray SsoPages::endOfLoginPage(bool popup, const OrderedJson &config)
{
    QByteArray page = QByteArrayLiteral("<!DOCTYPE html>\n<html>\n<body>\n");
    if (popup) {
        page += QByteArrayLiteral("  <p id=\"completedText\" style=\"display:none;\">\n"
                                  "    Login completed. <a href=\"#\" id=\"loginCompleted\">\n"
                                  "      Click here</a> to close this window.\n"
                                  "  </p>\n\n");
    }
    page += QByteArrayLiteral("  <div id=\"config\" style=\"display:none;\">") + config.toJson()
        + QByteArrayLiteral("</div>\n");
    page += popup
        ? QByteArrayLiteral("  <script type=\"text/javascript\" "
                            "src=\"/packages/oauth/end_of_popup_response.js\"></script>\n")
        : QByteArrayLiteral("  <script type=\"text/javascript\" "
                            "src=\"/packages/oauth/end_of_redirect_response.js\"></script>\n");
    page += QByteArrayLiteral("</body>\n</html>\n");
    return page;
}

QByteArray SsoPages::endOfRedirectScript()
{
    // innerHTML gives the entities back for '&' (the config escapes it), hence the replace.
    return QByteArrayLiteral(R"js((function () {
  var config = JSON.parse(document.getElementById("config").innerHTML);
  if (config.setCredentialToken) {
    try {
      sessionStorage[config.storagePrefix + config.credentialToken] = config.credentialSecret;
    } catch (err) {
      // Storage refused: the redirect goes on all the same.
    }
  }
  window.location = config.redirectUrl ? config.redirectUrl.replace(/&amp;/g, "&") : config.redirectUrl;
})();
)js");
}

QByteArray SsoPages::endOfPopupScript()
{
    return QByteArrayLiteral(R"js((function () {
  var config = JSON.parse(document.getElementById("config").innerHTML);
  if (config.setCredentialToken) {
    var token = config.credentialToken;
    var secret = config.credentialSecret;
    if (config.isCordova) {
      window.location.hash = JSON.stringify({ credentialToken: token, credentialSecret: secret });
    }
    if (window.opener && window.opener.Package && window.opener.Package.oauth) {
      window.opener.Package.oauth.OAuth._handleCredentialSecret(token, secret);
    } else {
      try {
        localStorage[config.storagePrefix + token] = secret;
      } catch (err) {
        // Nothing else to do; the window closes anyway.
      }
    }
  }
  if (!config.isCordova) {
    document.getElementById("completedText").style.display = "block";
    document.getElementById("loginCompleted").onclick = function () { window.close(); };
    window.close();
  }
})();
)js");
}

QByteArray SsoPages::handOffPage(const QString &link)
{
    const QString attribute = escapeHtml(link);
    // The link goes into the script as a JSON string, with '<' and '/' escaped so that it cannot
    // end the script element.
    QString script = QString::fromUtf8(OrderedJson::serialize(link));
    script.replace(u'<', QLatin1String("\\u003c"));
    script.replace(u'/', QLatin1String("\\/"));
    const QString page
        = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta http-equiv=\"refresh\" content=\"0;url=%1\">\n"
                         "<title>Opening the app</title>\n</head>\n<body>\n"
                         "<p>Signed in. Your browser should now open the app; if it does not, "
                         "<a href=\"%1\">open it here</a>.</p>\n"
                         "<script type=\"text/javascript\">window.location.href = %2;</script>\n"
                         "</body>\n</html>\n")
              .arg(attribute, script);
    return page.toUtf8();
}

QByteArray SsoPages::casClosePage()
{
    // Rocket.Chat sends only the script; the text is for a browser that keeps the window open.
    return QByteArrayLiteral("<html><head><script>window.close()</script></head>"
                             "<body><p>Login completed. You may close this window.</p></body>"
                             "</html>");
}

QByteArray SsoPages::errorPage(const QString &title, const QString &message)
{
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n</head>\n<body>\n<h1>%1</h1>\n<p>%2</p>\n"
                          "</body>\n</html>\n")
        .arg(escapeHtml(title), escapeHtml(message))
        .toUtf8();
}

QByteArray SsoPages::homePage()
{
    return errorPage(QStringLiteral("Liftoff dev server"),
                     QStringLiteral("This is where Rocket.Chat's web app would start. The dev "
                                    "server imitates the server, not the web app: sign in with "
                                    "Liftoff instead."));
}
