#include "ui/signedinpage.h"

#include "ui/accountlist.h"
#include "ui/plaintext.h"
#include "ui/statusmessage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace {
// A value a screen reader reads as it is shown: no accessible name, which would replace the text;
// what it is (description) goes in the accessible description.
QLabel *makeValue(const QString &objectName, const QString &description, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Selectable with the mouse: a name or an address may need copying. No keyboard caret: the
    // keyboard goes from control to control.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(objectName);
    label->setAccessibleDescription(description);
    return label;
}
} // namespace

SignedInPage::SignedInPage(SignInController *controller, QWidget *parent)
    : Page(tr("You are signed in"), parent), m_controller(controller)
{
    setAccessibleName(tr("Signed in", "the name of the page shown once signed in"));
    QWidget *column = this->column();

    m_summary = makeValue(QStringLiteral("signInSummary"), QString(), column);
    addRow(m_summary);
    // The connection, live: lost (at once), the countdown to the next try, Retry now. Blank while
    // connected. Its height is kept, so that nothing below moves as it changes.
    m_connection = new StatusMessage(tr("Connection"), column);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_reconnect = makeButton(tr("Retr&y now"), tr("Retry now"),
                             tr("Try to reach the server now instead of waiting"));
    m_reconnect->setObjectName(QStringLiteral("reconnectNow"));
    QSizePolicy keepSpace = m_reconnect->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_reconnect->setSizePolicy(keepSpace);
    m_reconnect->hide();
    auto *connectionRow = new QHBoxLayout;
    connectionRow->addWidget(m_connection, 1);
    connectionRow->addWidget(m_reconnect, 0, Qt::AlignTop);
    addRow(connectionRow);
    addSpacing();

    // A grid rather than a form layout: values wrap, and a grid gives them the height they need.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    const auto addField = [&](const QString &label, QLabel *value) {
        const int row = grid->rowCount();
        auto *title = new QLabel(label, column);
        grid->addWidget(title, row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(value, row, 1);
        return title;
    };
    // displayName and serverAddress: data, never translated.
    m_displayName = makeValue(QStringLiteral("displayName"), tr("Display name"), column);
    m_displayNameTitle = addField(tr("Name:"), m_displayName);
    m_username = makeValue(QStringLiteral("username"), tr("Username"), column);
    addField(tr("Username:"), m_username);
    m_server = makeValue(QStringLiteral("serverAddress"), tr("Server"), column);
    addField(tr("Server:"), m_server);
    m_expiry = makeValue(QStringLiteral("sessionExpires"), tr("Session expires"), column);
    addField(tr("Session expires:"), m_expiry);
    addRow(grid);

    m_storageProblem = new StatusMessage(tr("Session storage problem"), column);
    addSpacing();
    addRow(m_storageProblem);

    // Signed in with a personal access token: what signing out does, and why the other sessions
    // cannot be signed out from here. Hidden for a session.
    m_tokenNote = new QLabel(column);
    m_tokenNote->setObjectName(QStringLiteral("personalAccessTokenNote"));
    m_tokenNote->setTextFormat(Qt::PlainText);
    m_tokenNote->setWordWrap(true);
    m_tokenNote->hide();
    addRow(m_tokenNote);
    // What "Sign out all other sessions" did.
    m_othersResult = new StatusMessage(tr("Other sessions"), column);
    m_othersResult->setObjectName(QStringLiteral("otherSessionsStatus"));
    addRow(m_othersResult);

    m_signOutOthers
        = makeButton(tr("Sign out all other sess&ions…"), tr("Sign out all other sessions"),
                     tr("End your sessions on other devices and browsers; this one "
                        "stays signed in"));
    m_signOutOthers->setObjectName(QStringLiteral("signOutOtherSessions"));
    m_signOut = makeButton(tr("Sign &out"), tr("Sign out"), tr("End this session on the server"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    QPushButton *signOut = m_signOut;
    addButtonRow({ m_signOutOthers }, { signOut });
    connect(m_signOutOthers, &QPushButton::clicked, this, &SignedInPage::confirmSignOutOthers);
    connect(m_controller, &SignInController::otherSessionsSignedOut, this, [this] {
        m_othersResult->showMessage(StatusMessage::Tone::Success,
                                    tr("Every other session was signed out. This one is still "
                                       "signed in."));
        updateSessionKind();
    });
    connect(m_controller, &SignInController::otherSessionsSignOutFailed, this,
            [this](const SignInError &error) {
                m_othersResult->showMessage(
                    StatusMessage::Tone::Error,
                    tr("The other sessions were not signed out: %1").arg(error.message()));
                updateSessionKind();
            });
    connect(m_controller, &SignInController::stateChanged, this, &SignedInPage::updateSessionKind);

    m_accounts = new AccountList(controller, AccountList::Placement::SignedInPage, column);
    addSpacing();
    addRow(m_accounts);
    // A control where a second Enter after signing in does no harm: not Sign out, and not the
    // account list (Enter there switches accounts). "Sign out all other sessions…" only asks, and
    // its question defaults to Cancel. Disabled (a personal access token): no control, and Tab
    // goes on from the top.
    setFocusWidget(m_signOutOthers);

    connect(signOut, &QPushButton::clicked, m_controller, &SignInController::signOut);
    connect(m_reconnect, &QPushButton::clicked, m_controller, &SignInController::reconnectNow);
    connect(m_controller, &SignInController::connectionLostChanged, this,
            &SignedInPage::updateConnection);
    connect(m_controller, &SignInController::reconnectSecondsLeftChanged, this,
            &SignedInPage::updateConnection);
    connect(m_controller, &SignInController::storageProblemChanged, this,
            &SignedInPage::updateStorageProblem);
    updateStorageProblem();
}

void SignedInPage::aboutToShow()
{
    const SavedAccount user = m_controller->user().account;
    const QString displayName = user.displayName.isEmpty() ? user.username : user.displayName;
    m_summary->setText(tr("Signed in to %1 as %2.", "%1 is a server address, %2 a person's name")
                           .arg(user.server.displayString(), displayName));
    // No name from the server (the account then carries the username as its name): the row
    // would only repeat the username.
    const bool named = !user.displayName.isEmpty() && user.displayName != user.username;
    m_displayName->setText(named ? user.displayName : QString());
    m_displayName->setVisible(named);
    m_displayNameTitle->setVisible(named);
    // Room for the longest line the connection row is likely to show.
    m_connection->setReservedText(
        connectionText(60, QStringLiteral("The remote host closed the connection")));
    updateConnection();
    m_username->setText(
        tr("@%1", "a Rocket.Chat user name, shown as people mention it").arg(user.username));
    m_server->setText(user.server.displayString());
    m_expiry->setText(user.isPersonalAccessToken()
                          ? AccountList::personalAccessTokenText()
                          : expiryText(user.tokenExpires, QDateTime::currentDateTimeUtc()));
    m_othersResult->clear();
    updateSessionKind();
    updateStorageProblem();
    m_accounts->refresh();
}

QString SignedInPage::connectionText(int secondsLeft, const QString &reason)
{
    // The server is named in the line above.
    QString text = secondsLeft > 0
        ? tr("Connection lost — reconnecting in %n second(s).", "a live countdown", secondsLeft)
        : tr("Connection lost — reconnecting now…");
    if (!reason.isEmpty())
        text += QLatin1Char(' ')
            + tr("Reason: %1.", "why the connection ended, in the system's words").arg(reason);
    return text;
}

void SignedInPage::updateConnection()
{
    if (!m_controller->isConnectionLost()) {
        m_connection->clear();
        m_reconnect->hide();
        return;
    }
    const int seconds = m_controller->reconnectSecondsLeft();
    // The reason of the last try stays while the next one runs.
    const QString text
        = connectionText(seconds, m_controller->connectionProblem().ddpError().detail());
    if (text.size() > m_connection->reservedText().size())
        m_connection->setReservedText(text);
    m_connection->showMessage(
        seconds > 0 ? StatusMessage::Tone::Warning : StatusMessage::Tone::Busy, text);
    m_reconnect->show();
}

void SignedInPage::updateStorageProblem()
{
    // Only a failed save concerns this session: it ends with this run.
    const KeychainError problem = m_controller->storageProblem();
    if (problem.isError() && problem.operation() == KeychainError::Operation::Write
        && m_controller->state() == SignInController::State::SignedIn)
        m_storageProblem->showMessage(StatusMessage::Tone::Warning, problem.message());
    else
        m_storageProblem->clear();
}

QString SignedInPage::expiryText(const QDateTime &expires, const QDateTime &now)
{
    if (!expires.isValid())
        return tr("Not known (the server did not say)");
    const QLocale locale;
    const QDateTime local = expires.toLocalTime();
    const QString when = tr("%1, %2", "session expiry: a date, then a time of day")
                             .arg(locale.toString(local.date(), QLocale::LongFormat),
                                  locale.toString(local.time(), QLocale::ShortFormat));
    // The date first (what was asked), the time left on a line of its own below it.
    const qint64 secondsLeft = now.secsTo(expires);
    if (secondsLeft <= 0)
        return tr("%1\n(expired)", "%1 is a date and time").arg(when);
    // Rounded, so that a fresh 90-day session says 90 days, not 89.
    if (secondsLeft >= 24 * 3600)
        return tr("%1\n(in %n day(s))", "%1 is a date and time", qRound(secondsLeft / 86400.0))
            .arg(when);
    if (secondsLeft >= 3600)
        return tr("%1\n(in %n hour(s))", "%1 is a date and time", qRound(secondsLeft / 3600.0))
            .arg(when);
    return tr("%1\n(in %n minute(s))", "%1 is a date and time",
              int(qMax<qint64>(1, secondsLeft / 60)))
        .arg(when);
}

void SignedInPage::updateSessionKind()
{
    const bool token = m_controller->user().account.isPersonalAccessToken();
    m_tokenNote->setVisible(token);
    if (token)
        m_tokenNote->setText(
            tr("You signed in with a personal access token. Signing out forgets it on this "
               "computer only: it still works until you revoke it in Rocket.Chat (My Account → "
               "Personal Access Tokens). Signing out all other sessions is not offered, since it "
               "would delete this token too."));
    m_signOut->setToolTip(token ? tr("Forget the token on this computer; it keeps working")
                                : tr("End this session on the server"));
    m_signOutOthers->setEnabled(m_controller->canSignOutOtherSessions());
    m_signOutOthers->setToolTip(
        token ? tr("Not offered while signed in with a personal access token: it would delete "
                   "this token too")
              : tr("End your sessions on other devices and browsers; this one stays signed in"));
}

QMessageBox *SignedInPage::signOutOthersConfirmation() const
{
    return m_othersConfirmation.data();
}

void SignedInPage::confirmSignOutOthers()
{
    if (m_othersConfirmation) {
        m_othersConfirmation->raise();
        m_othersConfirmation->activateWindow();
        return;
    }
    if (!m_controller->canSignOutOtherSessions())
        return;
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Sign out all other sessions"),
                          tr("Sign out all other sessions?"), QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("signOutOthersConfirmation"));
    box->setInformativeText(
        tr("Every other device and browser signed in to %1 as %2 is signed out, and your "
           "personal access tokens stop working. This session stays signed in.",
           "%1 is a server address, %2 a username")
            .arg(m_controller->user().account.server.displayString(),
                 m_controller->user().account.username));
    PlainText::apply(box); // the server address and username are data
    box->setAccessibleName(tr("Sign out all other sessions"));
    QPushButton *confirm
        = box->addButton(tr("Sign out &other sessions"), QMessageBox::DestructiveRole);
    confirm->setAccessibleName(tr("Sign out the other sessions"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    keep->setText(tr("&Cancel"));
    // The safe choice is the default: Enter and Esc sign nothing out.
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button != confirm || !m_controller->canSignOutOtherSessions())
            return;
        m_othersResult->showMessage(StatusMessage::Tone::Busy,
                                    tr("Signing out the other sessions…"));
        m_controller->signOutOtherSessions();
        updateSessionKind();
    });
    m_othersConfirmation = box;
    box->open(); // window-modal and asynchronous
}
