#pragma once

#include "auth/signincontroller.h"
#include "storage/savedaccount.h"
#include "ui/page.h"

#include <optional>

class AccountList;
class CertificatePanel;
class PasswordField;
class QCheckBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class RecentServers;
class ServiceButtons;
class StatusMessage;

// The first page: server, user name or e-mail address, password, Sign in. Shows the server check
// under the server field, progress and Cancel while signing in, and what to do after a failure
// (also of a saved session that could not be resumed). Below the form, the saved accounts, when
// there are any. Enter signs in, Esc cancels a sign-in under way.
class SignInPage : public Page
{
    Q_OBJECT
public:
    SignInPage(SignInController *controller, RecentServers *recentServers,
               QWidget *parent = nullptr);

    // Fills the server field and checks the server at once (no typing pause).
    void setServer(const QString &address, bool allowInsecure);
    QString serverText() const;
    // Fills the server field without checking it (the controller is busy with a saved session).
    void prefillServer(const QString &address, bool allowInsecure);
    // After a saved session ended or could not be resumed: the controller's server in the server
    // field (without checking it again), username in the user name field, no password.
    void adoptSession(const QString &username);
    // For another account: empty credentials, server (if valid) filled in and checked, the
    // keyboard in the server field with its text selected. Titled "Add another account", with
    // "Back to <account>" for backTo (the account left for it) until the page is left.
    void startAnotherAccount(const ServerAddress &server,
                             const std::optional<SavedAccount> &backTo = std::nullopt);
    AccountList *accountList() const { return m_accounts; }
    ServiceButtons *serviceButtons() const { return m_services; }
    // "Use a personal access token instead of a password": the password field takes the token,
    // and the username field goes.
    void setUsePersonalAccessToken(bool use);
    bool usesPersonalAccessToken() const;
    void takeFocus() override;
    // Stops a sign-in under way (also one waiting for the server check).
    bool cancel() override;

Q_SIGNALS:
    // "Back to <account>": the person goes back to the account they left for another one.
    void backRequested(const QString &accountKey);

protected:
    void submit() override;
    QList<QWidget *> tabOrder() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Leaving the page (for another page, not a minimized window) forgets the password.
    void hideEvent(QHideEvent *event) override;

private:
    void serverFieldChanged();
    void refresh();
    void updateControls();
    void updateServerStatus();
    void updateMessage();
    void updateInsecureChoice();
    void updateRecentServers();
    void updateNotice();
    void updateTokenMode();
    void fillServerField(const QString &text, bool allowInsecure);
    void rememberServer();
    bool isBusy() const;

    SignInController *m_controller;
    RecentServers *m_recentServers;
    QLineEdit *m_server;
    QCompleter *m_serverCompleter;
    QStringListModel *m_serverModel;
    StatusMessage *m_serverStatus;
    CertificatePanel *m_certificate;
    QCheckBox *m_allowInsecure;
    QLineEdit *m_identifier;
    PasswordField *m_password;
    QCheckBox *m_ldap;
    QCheckBox *m_useToken;
    QLabel *m_identifierLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    StatusMessage *m_message;
    StatusMessage *m_notice;
    ServiceButtons *m_services;
    AccountList *m_accounts;
    QWidget *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_back;
    QString m_backKey;
    QPushButton *m_cancel;
    QPushButton *m_signIn;

    // What was last handed to the controller, so that unchanged input does not restart the check.
    QString m_sentServerText;
    bool m_sentAllowInsecure = false;
    bool m_hasSentServer = false;
    // Problems found before asking the server (an empty field), shown until the next edit.
    QString m_serverProblem;
    QString m_credentialsProblem;
    QWidget *m_credentialsProblemField = nullptr; // the field it is about
    // The origin whose remembered LDAP choice was applied to the checkbox.
    QString m_ldapChoiceAppliedFor;
    bool m_signingInWithLdap = false;
};
