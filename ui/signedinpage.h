#pragma once

#include "auth/signincontroller.h"
#include "ui/page.h"

#include <QPointer>

class AccountList;
class QLabel;
class QMessageBox;
class QPushButton;
class StatusMessage;

// Who is signed in, on which server, until when; and Sign out. Says at once when the connection is
// lost (and counts down to the next try, with Retry now), and when the session could not be saved
// (it then ends with this run). Below, the accounts on this computer: switch, remove, add.
class SignedInPage : public Page
{
    Q_OBJECT
public:
    explicit SignedInPage(SignInController *controller, QWidget *parent = nullptr);

    // Fills the page from the controller's user.
    void aboutToShow() override;
    AccountList *accountList() const { return m_accounts; }
    // "Sign out all other sessions…": the question asked first, while it is open (else null).
    QMessageBox *signOutOthersConfirmation() const;

    // "12 March 2026, 14:03 (in 89 days)"; tells when the date is not known or has passed.
    static QString expiryText(const QDateTime &expires, const QDateTime &now);

    // "Connection lost — reconnecting in 12 seconds." (0: "now…"), with the reason if any.
    static QString connectionText(int secondsLeft, const QString &reason);

private:
    void updateStorageProblem();
    // A session or a personal access token: the note, the tooltips, Sign out all other sessions.
    void updateSessionKind();
    void confirmSignOutOthers();
    void updateConnection();

    SignInController *m_controller;
    QLabel *m_summary;
    QLabel *m_displayName;
    QLabel *m_displayNameTitle;
    StatusMessage *m_connection;
    QPushButton *m_reconnect;
    QLabel *m_username;
    QLabel *m_server;
    QLabel *m_expiry;
    StatusMessage *m_storageProblem;
    AccountList *m_accounts;
    QLabel *m_tokenNote;
    StatusMessage *m_othersResult;
    QPushButton *m_signOutOthers;
    QPushButton *m_signOut;
    QPointer<QMessageBox> m_othersConfirmation;
};
