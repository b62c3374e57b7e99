#pragma once

#include "auth/signincontroller.h"
#include "ui/page.h"

class AccountList;
class QLabel;
class StatusMessage;

// Who is signed in, on which server, until when; and Sign out. Says when the session could not be
// saved (it then ends with this run). Below, the accounts on this computer: switch, remove, add.
class SignedInPage : public Page
{
    Q_OBJECT
public:
    explicit SignedInPage(SignInController *controller, QWidget *parent = nullptr);

    // Fills the page from the controller's user.
    void aboutToShow() override;
    AccountList *accountList() const { return m_accounts; }

    // "12 March 2026, 14:03 (in 89 days)"; tells when the date is not known or has passed.
    static QString expiryText(const QDateTime &expires, const QDateTime &now);

private:
    void updateStorageProblem();

    SignInController *m_controller;
    QLabel *m_summary;
    QLabel *m_displayName;
    QLabel *m_username;
    QLabel *m_server;
    QLabel *m_expiry;
    StatusMessage *m_storageProblem;
    AccountList *m_accounts;
};
