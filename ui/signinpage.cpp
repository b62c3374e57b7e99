#include "ui/signinpage.h"

#include "ui/accountlist.h"
#include "ui/certificatepanel.h"
#include "ui/passwordfield.h"
#include "ui/plaintext.h"
#include "ui/recentservers.h"
#include "ui/servicebuttons.h"
#include "ui/statusmessage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QHideEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QToolButton>

#include <algorithm>

SignInPage::SignInPage(SignInController *controller, RecentServers *recentServers, QWidget *parent)
    : Page(tr("Sign in to Rocket.Chat"), parent)
    , m_controller(controller)
    , m_recentServers(recentServers)
{
    setAccessibleName(tr("Sign in", "the name of the sign-in page"));
    QWidget *column = this->column();

    auto *subtitle = new QLabel(
        tr("Use the account you have on your organization's Rocket.Chat server."), column);
    subtitle->setWordWrap(true);
    addRow(subtitle);
    // Not an error: e.g. the sign-out could not reach the server.
    m_notice = new StatusMessage(tr("Notice"), column);
    addRow(m_notice);
    addSpacing();

    m_server = new QLineEdit(column);
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("chat.example.com", "placeholder: an example server address"));
    m_server->setToolTip(tr("The address you open Rocket.Chat at in a web browser. Press Down to "
                            "pick a server you signed in to before."));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase
                                  | Qt::ImhNoPredictiveText);
    addLabelledRow(tr("&Server:"), m_server);

    m_serverModel = new QStringListModel(this);
    m_serverCompleter = new QCompleter(m_serverModel, this);
    m_serverCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_serverCompleter->setFilterMode(Qt::MatchContains);
    m_serverCompleter->setCompletionMode(QCompleter::PopupCompletion);
    m_server->setCompleter(m_serverCompleter);
    m_serverCompleter->popup()->setAccessibleName(tr("Recent servers"));
    m_server->installEventFilter(this);

    m_serverStatus = new StatusMessage(tr("Server status"), column);
    addRow(m_serverStatus);
    // A certificate the system does not trust: its fingerprint, Trust and Cancel.
    m_certificate = new CertificatePanel(controller, column);
    addRow(m_certificate);

    m_allowInsecure = new QCheckBox(tr("Allow an unen&crypted connection to this server"), column);
    m_allowInsecure->setAccessibleName(tr("Allow an unencrypted connection"));
    m_allowInsecure->setToolTip(tr("Without encryption, anyone on the network between you and "
                                   "the server can read your password. Only allow this on a "
                                   "network you trust."));
    m_allowInsecure->hide();
    addRow(m_allowInsecure);
    addSpacing();

    m_identifier = new QLineEdit(column);
    m_identifier->setAccessibleName(tr("Username or e-mail address"));
    m_identifier->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    addLabelledRow(tr("&Username or e-mail address:"), m_identifier);

    m_password = new PasswordField(column);
    addLabelledRow(tr("&Password:"), m_password, m_password->lineEdit());

    m_ldap = new QCheckBox(tr("Sign in with &LDAP (your directory account)"), column);
    m_ldap->setAccessibleName(tr("Sign in with LDAP"));
    m_ldap->setToolTip(tr("This server can check your password against your organization's "
                          "directory (LDAP). Choose this if that is where your account is."));
    m_ldap->hide();
    addRow(m_ldap);

    m_message = new StatusMessage(tr("Sign-in problem"), column);
    addRow(m_message);

    m_progressLabel = new QLabel(column);
    m_progressLabel->setTextFormat(Qt::PlainText); // names the server
    m_progressLabel->setWordWrap(true);
    m_progressLabel->setObjectName(QStringLiteral("signInProgress"));
    m_progress = addProgressRow(m_progressLabel, tr("Signing in"));

    m_back = makeButton(QString(), tr("Back to the account you left"));
    m_back->setToolTip(tr("Sign in again with the account you left for another one"));
    m_back->hide();
    m_cancel = makeButton(tr("Cancel"), tr("Cancel signing in"),
                          tr("Stop waiting for the server (Esc)"));
    m_cancel->hide();
    m_signIn = makeButton(tr("Sign in"), tr("Sign in"));
    m_signIn->setDefault(true);
    addButtonRow({ m_back }, { m_cancel, m_signIn });
    // Below Sign in, and after it in the tab order: a personal access token instead of a
    // password. The password field then takes the token, and no username is needed.
    m_useToken = new QCheckBox(tr("Use a personal access to&ken instead of a password"), column);
    m_useToken->setObjectName(QStringLiteral("usePersonalAccessToken"));
    m_useToken->setAccessibleName(tr("Use a personal access token"));
    m_useToken->setToolTip(tr("A token you made in Rocket.Chat under My Account → Personal Access "
                              "Tokens. Signing out later forgets it on this computer only."));
    addRow(m_useToken);
    for (QLabel *label : column->findChildren<QLabel *>()) {
        if (label->buddy() == m_identifier)
            m_identifierLabel = label;
        else if (label->buddy() == m_password->lineEdit())
            m_passwordLabel = label;
    }
    connect(m_useToken, &QCheckBox::toggled, this, &SignInPage::updateTokenMode);

    // Below Sign in, and in the tab order after it (tabOrder()): the browser sign-in services,
    // then the saved accounts.
    m_services = new ServiceButtons(controller, column);
    addSpacing();
    addRow(m_services);
    m_accounts = new AccountList(controller, AccountList::Placement::SignInPage, column);
    addSpacing();
    addRow(m_accounts);

    connect(m_server, &QLineEdit::textChanged, this, &SignInPage::serverFieldChanged);
    connect(m_allowInsecure, &QCheckBox::toggled, this, &SignInPage::serverFieldChanged);
    const auto clearCredentialsProblem = [this] {
        if (m_credentialsProblem.isEmpty())
            return;
        m_credentialsProblem.clear();
        updateMessage();
    };
    connect(m_identifier, &QLineEdit::textEdited, this, clearCredentialsProblem);
    connect(m_password->lineEdit(), &QLineEdit::textEdited, this, clearCredentialsProblem);
    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_certificate, &CertificatePanel::dismissed, this,
            [this] { m_server->setFocus(Qt::OtherFocusReason); });
    connect(m_cancel, &QPushButton::clicked, this, &SignInPage::cancel);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (!m_backKey.isEmpty())
            Q_EMIT backRequested(m_backKey);
    });

    connect(m_controller, &SignInController::stateChanged, this, &SignInPage::refresh);
    connect(m_controller, &SignInController::errorChanged, this, &SignInPage::updateMessage);
    connect(m_controller, &SignInController::addressProblemChanged, this,
            &SignInPage::updateServerStatus);
    connect(m_controller, &SignInController::rateLimitSecondsLeftChanged, this, [this] {
        updateMessage();
        updateControls();
    });
    connect(m_controller, &SignInController::signedIn, this, &SignInPage::rememberServer);
    connect(m_controller, &SignInController::signedOut, this, [this] { m_password->clear(); });
    connect(m_controller, &SignInController::noticeChanged, this, &SignInPage::updateNotice);
    connect(m_controller, &SignInController::signOutProgressChanged, this, [this] {
        updateNotice();
        updateServerStatus(); // a server that did not answer the sign-out is checked anew
    });
    connect(m_recentServers, &RecentServers::changed, this, &SignInPage::updateRecentServers);

    updateRecentServers();
    updateNotice();
    updateControls();
    updateServerStatus();
    updateMessage();
}

void SignInPage::setServer(const QString &address, bool allowInsecure)
{
    m_serverProblem.clear();
    // Show the choice before filling the field, so that the first check already allows it.
    m_allowInsecure->blockSignals(true);
    m_allowInsecure->setChecked(allowInsecure);
    m_allowInsecure->blockSignals(false);
    m_server->setText(address);
    serverFieldChanged();
    if (m_controller->addressProblem().isEmpty() && !address.trimmed().isEmpty())
        m_controller->checkServerNow();
}

QString SignInPage::serverText() const
{
    return m_server->text();
}

void SignInPage::prefillServer(const QString &address, bool allowInsecure)
{
    fillServerField(address, allowInsecure);
    // Told to the controller with the next edit, or when the person signs in.
    m_hasSentServer = false;
}

void SignInPage::adoptSession(const QString &username)
{
    const ServerAddress server = m_controller->server();
    if (server.isValid()) {
        const bool insecure = !server.isSecure() && !server.isLoopback();
        if (ServerAddress::parse(m_server->text(), insecure) != server) {
            // The controller has this server already: filled in without a new check.
            fillServerField(server.displayString(), insecure);
            m_hasSentServer = true;
            m_sentServerText = m_server->text();
            m_sentAllowInsecure = insecure;
        }
    }
    m_server->deselect(); // what "add another account" selected is not for now
    if (!username.isEmpty())
        m_identifier->setText(username);
    m_password->clear();
    m_credentialsProblem.clear();
    updateControls();
    updateServerStatus();
    updateMessage();
}

void SignInPage::startAnotherAccount(const ServerAddress &server,
                                     const std::optional<SavedAccount> &backTo)
{
    setTitle(tr("Add another account"));
    m_backKey = backTo ? backTo->key() : QString();
    if (backTo) {
        //: %1 is an account, as the account list names it: "Alice Liddell (@alice)"
        const QString text = tr("Back to %1").arg(AccountList::accountName(*backTo));
        m_back->setText(PlainText::buttonText(text));
        m_back->setAccessibleName(text);
    }
    m_back->setVisible(backTo.has_value());
    m_identifier->clear();
    m_password->clear();
    m_credentialsProblem.clear();
    // The controller may have left this server (a session left without signing out): tell it
    // again even when the field already shows it.
    m_hasSentServer = false;
    if (server.isValid()) {
        setServer(server.displayString(), !server.isSecure() && !server.isLoopback());
    } else {
        fillServerField(QString(), false);
    }
    updateControls();
    updateServerStatus();
    updateMessage();
    if (isVisible()) {
        m_server->setFocus(Qt::OtherFocusReason);
        m_server->selectAll();
    }
}

void SignInPage::fillServerField(const QString &text, bool allowInsecure)
{
    m_serverProblem.clear();
    const QSignalBlocker serverBlocker(m_server);
    const QSignalBlocker insecureBlocker(m_allowInsecure);
    m_server->setText(text);
    m_allowInsecure->setChecked(allowInsecure);
    updateInsecureChoice();
}

void SignInPage::takeFocus()
{
    if (isBusy()) {
        m_cancel->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_certificate->isHidden()) {
        m_certificate->takeFocus();
        return;
    }
    if (m_server->text().trimmed().isEmpty() || !m_serverProblem.isEmpty()
        || !m_controller->addressProblem().isEmpty()
        || m_controller->state() == SignInController::State::Failed) {
        m_server->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_identifier->text().trimmed().isEmpty()) {
        m_identifier->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_password->lineEdit()->setFocus(Qt::OtherFocusReason);
    m_password->lineEdit()->selectAll();
}

QList<QWidget *> SignInPage::tabOrder() const
{
    // The order the rows were made in, with the certificate panel's controls in its own order.
    QList<QWidget *> order = Page::tabOrder();
    const auto inPanel = [this](const QWidget *w) { return m_certificate->isAncestorOf(w); };
    const auto panelStart = std::find_if(order.begin(), order.end(), inPanel);
    const qsizetype at = panelStart - order.begin();
    order.erase(std::remove_if(order.begin(), order.end(), inPanel), order.end());
    const QList<QWidget *> chain = m_certificate->focusChain();
    for (qsizetype i = 0; i < chain.size(); ++i)
        order.insert(qMin(at, order.size()) + i, chain.at(i));
    return order;
}

bool SignInPage::cancel()
{
    if (!isBusy())
        return false;
    m_controller->cancel();
    // A sign-in that waited for the server check ends without a change of state.
    refresh();
    return true;
}

bool SignInPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the server field offers the recent servers, even before anything is typed.
    if (watched == m_server && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && !m_serverCompleter->popup()->isVisible()
            && m_serverModel->rowCount() > 0) {
            m_serverCompleter->setCompletionPrefix(m_server->text());
            if (m_serverCompleter->completionCount() == 0)
                m_serverCompleter->setCompletionPrefix(QString());
            m_serverCompleter->complete();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void SignInPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    if (!event->spontaneous()) {
        m_password->clear();
        // "Add another account" ends when the page is left.
        setTitle(tr("Sign in to Rocket.Chat"));
        m_backKey.clear();
        m_back->hide();
    }
}

void SignInPage::serverFieldChanged()
{
    m_serverProblem.clear();
    updateInsecureChoice();
    const QString text = m_server->text();
    const bool allowInsecure = !m_allowInsecure->isHidden() && m_allowInsecure->isChecked();
    if (m_hasSentServer && text == m_sentServerText && allowInsecure == m_sentAllowInsecure) {
        updateServerStatus();
        return;
    }
    m_hasSentServer = true;
    m_sentServerText = text;
    m_sentAllowInsecure = allowInsecure;
    m_controller->setServer(text, allowInsecure);
    updateServerStatus();
    updateControls();
}

void SignInPage::submit()
{
    if (isBusy() || m_controller->rateLimitSecondsLeft() > 0
        || m_controller->state() == SignInController::State::SignedIn)
        return;
    m_serverProblem.clear();
    m_credentialsProblem.clear();
    if (m_server->text().trimmed().isEmpty()) {
        m_serverProblem = tr("Type the address of your Rocket.Chat server, for example "
                             "chat.example.com.");
    } else if (m_useToken->isChecked() && m_password->text().trimmed().isEmpty()) {
        m_credentialsProblem = tr("Paste your personal access token.");
        m_credentialsProblemField = m_password;
    } else if (m_useToken->isChecked()) {
        // Nothing more to check: the token alone signs in.
    } else if (m_identifier->text().trimmed().isEmpty()) {
        m_credentialsProblem = tr("Type your username or e-mail address.");
        m_credentialsProblemField = m_identifier;
    } else if (m_password->text().isEmpty()) {
        m_credentialsProblem = tr("Type your password.");
        m_credentialsProblemField = m_password;
    }
    // Enter in a filled field with an empty one after it goes on to that field, unasked: the
    // problem is said only when Enter (or Sign in) comes from the empty field itself, or a button.
    QWidget *const from = focusWidget();
    if (!m_credentialsProblem.isEmpty() && m_credentialsProblemField
        && from != m_credentialsProblemField && (from == m_server || from == m_identifier)) {
        m_credentialsProblem.clear();
        updateMessage();
        m_credentialsProblemField->setFocus(Qt::TabFocusReason);
        return;
    }
    if (!m_serverProblem.isEmpty() || !m_credentialsProblem.isEmpty()
        || !m_controller->addressProblem().isEmpty()) {
        updateServerStatus();
        updateMessage();
        takeFocus();
        return;
    }

    if (m_useToken->isChecked()) {
        m_signingInWithLdap = false;
        m_controller->signInWithPersonalAccessToken(m_password->text());
        updateControls();
        updateMessage();
        if (isBusy())
            takeFocus();
        return;
    }
    m_signingInWithLdap = !m_ldap->isHidden() && m_ldap->isChecked();
    m_controller->signIn(m_identifier->text().trimmed(), m_password->text(), m_signingInWithLdap);
    updateControls();
    updateMessage();
    if (isBusy())
        takeFocus();
}

void SignInPage::refresh()
{
    const SignInController::State state = m_controller->state();
    const bool wasBusy = !m_cancel->isHidden();
    if (state == SignInController::State::Ready) {
        // Offer the LDAP choice the person made the last time on this server.
        const QString origin = m_controller->server().origin().toString();
        if (origin != m_ldapChoiceAppliedFor) {
            m_ldapChoiceAppliedFor = origin;
            m_ldap->setChecked(m_recentServers->usedLdap(m_controller->server()));
        }
    }

    updateControls();
    updateServerStatus();
    updateMessage();
    // A sign-in that ended, whichever way, no longer needs the password, and the field keeps
    // nothing of it; only one the person cancelled keeps it, to try again at once.
    if (wasBusy && !isBusy() && m_controller->error().kind() != SignInError::Kind::Cancelled)
        m_password->clear();

    const bool signInPageState = state == SignInController::State::Ready
        || state == SignInController::State::Failed || state == SignInController::State::Idle;
    if (wasBusy != isBusy() && (isBusy() || signInPageState) && isVisible())
        takeFocus();
}

bool SignInPage::isBusy() const
{
    const SignInController::State state = m_controller->state();
    return state == SignInController::State::SigningIn
        || (state == SignInController::State::CheckingServer && m_controller->signInPending());
}

void SignInPage::updateControls()
{
    const bool busy = isBusy();
    const SignInController::State state = m_controller->state();
    // Keep the focus inside the page when the focused field is about to be disabled.
    if (busy && m_cancel->isHidden()) {
        m_cancel->show();
        if (isVisible())
            m_cancel->setFocus(Qt::OtherFocusReason);
    }
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_progressLabel->setText(tr("Signing in to %1…", "%1 is a server address")
                                 .arg(m_controller->server().isValid()
                                          ? m_controller->server().displayString()
                                          : m_server->text().trimmed()));

    for (QWidget *field :
         { static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_allowInsecure),
           static_cast<QWidget *>(m_identifier), static_cast<QWidget *>(m_password),
           static_cast<QWidget *>(m_ldap), static_cast<QWidget *>(m_useToken) })
        field->setEnabled(!busy);
    m_signIn->setEnabled(!busy && m_controller->rateLimitSecondsLeft() == 0);

    const bool serverKnown = state != SignInController::State::Idle
        && state != SignInController::State::Failed
        && state != SignInController::State::CheckingServer;
    m_ldap->setVisible(
        ((serverKnown && m_controller->serverHasLdap()) || (busy && m_signingInWithLdap))
        && !m_useToken->isChecked());
}

void SignInPage::updateServerStatus()
{
    if (!m_serverProblem.isEmpty()) {
        m_serverStatus->showMessage(StatusMessage::Tone::Error, m_serverProblem);
        return;
    }
    const QString problem = m_controller->addressProblem();
    if (!problem.isEmpty()) {
        m_serverStatus->showMessage(StatusMessage::Tone::Error, problem);
        return;
    }
    const ServerAddress server = m_controller->server();
    switch (m_controller->state()) {
    case SignInController::State::Idle:
        m_serverStatus->clear();
        return;
    case SignInController::State::CheckingServer:
        m_serverStatus->showMessage(
            StatusMessage::Tone::Neutral,
            tr("Checking %1…", "%1 is a server address").arg(server.displayString()));
        return;
    case SignInController::State::Failed: {
        // The certificate panel below shows the fingerprint; the status says what is wrong.
        const UntrustedCertificate certificate = m_controller->untrustedCertificate();
        m_serverStatus->showMessage(StatusMessage::Tone::Error,
                                    certificate.isNull() ? m_controller->errorMessage()
                                                         : certificate.summary());
        return;
    }
    case SignInController::State::Resuming:
    case SignInController::State::Offline:
        // Another page shows these; the field shows what the person typed last.
        m_serverStatus->clear();
        return;
    case SignInController::State::Ready:
        // Ready without a check (a resume given up on before the server answered, a sign-out
        // it did not answer): no tick for a server that said nothing.
        if (!m_controller->isServerChecked()) {
            m_serverStatus->clear();
            return;
        }
        break;
    case SignInController::State::SigningIn:
    case SignInController::State::TwoFactorRequired:
    case SignInController::State::SignedIn:
    case SignInController::State::WaitingForBrowser:
        break;
    }
    const QString version = m_controller->serverVersion();
    QString text = version.isEmpty()
        ? tr("%1 is a Rocket.Chat server.", "%1 is a server address").arg(server.displayString())
        : tr("%1 runs Rocket.Chat %2.", "%1 is a server address, %2 a version number")
              .arg(server.displayString(), version);
    if (!server.isSecure() && !server.isLoopback()) {
        text += QLatin1Char(' ')
            + tr("The connection is not encrypted: others on the network can read what you send.");
        m_serverStatus->showMessage(StatusMessage::Tone::Warning, text);
        return;
    }
    m_serverStatus->showMessage(StatusMessage::Tone::Success, text);
}

void SignInPage::updateMessage()
{
    // A field left empty: said under that field, until the next edit. Everything else: below
    // the form.
    const bool fieldProblem = !m_credentialsProblem.isEmpty() && m_credentialsProblemField;
    moveRowBelow(m_message, fieldProblem ? m_credentialsProblemField : m_ldap);
    // Also while the form still shows a sign-in that ended: the state that follows says why.
    if (isBusy() || !m_cancel->isHidden()) {
        m_message->clear();
        return;
    }
    if (!m_credentialsProblem.isEmpty()) {
        m_message->showMessage(StatusMessage::Tone::Error, m_credentialsProblem);
        return;
    }
    // A failed server check is shown under the server field, where it can be fixed.
    if (m_controller->state() == SignInController::State::Failed) {
        m_message->clear();
        return;
    }
    const SignInError error = m_controller->error();
    const int secondsLeft = m_controller->rateLimitSecondsLeft();
    if (secondsLeft > 0) {
        m_message->showMessage(StatusMessage::Tone::Warning,
                               tr("Too many sign-in attempts. You can try again in %n second(s).",
                                  "a live countdown", secondsLeft));
    } else if (error.kind() == SignInError::Kind::RateLimited) {
        m_message->showMessage(StatusMessage::Tone::Neutral,
                               tr("You can try to sign in again now."));
    } else if (m_useToken->isChecked() && error.kind() == SignInError::Kind::WrongCredentials) {
        // The server's refusal of a token is no wrong password.
        m_message->showMessage(StatusMessage::Tone::Error,
                               tr("The server did not accept this personal access token. Check "
                                  "that it was copied whole and has not been revoked."));
    } else if (error.isError() && error.kind() != SignInError::Kind::Cancelled) {
        // The person cancelled themselves: no need to tell them.
        m_message->showMessage(StatusMessage::Tone::Error, m_controller->errorMessage());
    } else {
        m_message->clear();
    }
}

void SignInPage::updateInsecureChoice()
{
    const ServerAddress relaxed = ServerAddress::parse(m_server->text(), true);
    const bool relevant = relaxed.isValid() && !relaxed.isSecure() && !relaxed.isLoopback();
    m_allowInsecure->setVisible(relevant);
}

void SignInPage::updateRecentServers()
{
    m_serverModel->setStringList(m_recentServers->servers());
}

void SignInPage::updateNotice()
{
    // Signing out: said at once, then whether the server heard it. The row keeps the room of the
    // longest outcome meanwhile, so that the form does not move when it comes.
    using Progress = SignInController::SignOutProgress;
    const Progress progress = m_controller->signOutProgress();
    m_notice->setReservedText(
        progress == Progress::None ? QString() : SignInController::unreachedSignOutNotice());
    const QString server = m_controller->server().displayString();
    if (progress == Progress::SigningOut) {
        m_notice->showMessage(StatusMessage::Tone::Busy,
                              tr("Signing out of %1…", "%1 is a server address").arg(server));
        return;
    }
    if (progress == Progress::ServerReached && m_controller->notice().isEmpty()) {
        m_notice->showMessage(
            StatusMessage::Tone::Success,
            tr("You are signed out: %1 ended your session.", "%1 is a server address").arg(server));
        return;
    }
    m_notice->showMessage(StatusMessage::Tone::Warning, m_controller->notice());
}

void SignInPage::rememberServer()
{
    const SignedInUser user = m_controller->user();
    const ServerAddress server
        = user.account.server.isValid() ? user.account.server : m_controller->server();
    // A saved session says nothing about LDAP: keep the choice made when signing in with a
    // password.
    const bool resumed = user.loginType == QLatin1String("resume");
    m_recentServers->add(server, resumed ? m_recentServers->usedLdap(server) : m_signingInWithLdap);
    m_ldapChoiceAppliedFor = server.origin().toString();
    m_password->clear();
}

void SignInPage::setUsePersonalAccessToken(bool use)
{
    m_useToken->setChecked(use);
}

bool SignInPage::usesPersonalAccessToken() const
{
    return m_useToken->isChecked();
}

void SignInPage::updateTokenMode()
{
    const bool token = m_useToken->isChecked();
    m_identifier->setVisible(!token);
    if (m_identifierLabel)
        m_identifierLabel->setVisible(!token);
    if (m_passwordLabel)
        m_passwordLabel->setText(token ? tr("&Personal access token:") : tr("&Password:"));
    m_password->lineEdit()->setAccessibleName(token ? tr("Personal access token") : tr("Password"));
    m_password->lineEdit()->setPlaceholderText(
        token ? tr("Paste the token", "placeholder of the personal access token field")
              : QString());
    // What was typed in one field is no good in the other.
    m_password->clear();
    m_credentialsProblem.clear();
    updateControls();
    updateMessage();
}
