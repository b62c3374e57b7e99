#pragma once

#include <QByteArray>
#include <QString>

class OrderedJson;

// The HTML (and the two scripts) the dev server's single sign-on routes answer with, shaped like
// Meteor's and Rocket.Chat's pages so that a browser, or liftoff-testbrowser, does with them what
// it would do with a real server's.
namespace SsoPages {

// Text for HTML: & < > " ' escaped.
QString escapeHtml(const QString &text);
// Rocket.Chat's escape() for the values of the end page's config (google-oauth/server/index.ts):
// & < > and / (as &#x2F;) escaped; its quote replacement never matches, so quotes stay.
QString escapeConfigValue(const QString &text);

// Meteor's end-of-login page: `<!DOCTYPE html>`, the template of the login style ("popup" shows
// "Login completed", "redirect" navigates to config.redirectUrl) with the config JSON in
// <div id="config">, and the script that acts on it (/packages/oauth/end_of_…_response.js).
QByteArray endOfLoginPage(bool popup, const OrderedJson &config);
QByteArray endOfRedirectScript();
QByteArray endOfPopupScript();

// A page whose script (and, for browsers without one, a meta refresh) opens `link`: what
// Rocket.Chat's web app does on /saml/<token> and /home with ?loginClient=desktop.
QByteArray handOffPage(const QString &link);
// What /_cas/<token> answers, valid ticket or not: a page that closes itself.
QByteArray casClosePage();
// A page that says what went wrong, for a person in a browser.
QByteArray errorPage(const QString &title, const QString &message);
// /home: the web app, which the dev server does not imitate.
QByteArray homePage();

} // namespace SsoPages
