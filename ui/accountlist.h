#pragma once

#include "storage/savedaccount.h"

#include <QPointer>
#include <QWidget>

class AccountStore;
class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;
class SignInController;
class StatusMessage;

// The accounts kept on this computer (the controller's AccountStore), most recently used first:
// switch to one, remove one (after a confirmation), add another. On the signed-in page it marks
// the account in use; on the sign-in page it offers the saved sessions next to the form. Enter in
// the list switches, Delete removes. Hidden without an account store (and, on the sign-in page,
// without accounts).
class AccountList : public QWidget
{
    Q_OBJECT
public:
    enum class Placement { SignInPage, SignedInPage };
    Q_ENUM(Placement)

    AccountList(SignInController *controller, Placement placement, QWidget *parent = nullptr);
    ~AccountList() override;

    // Reloads the list from the controller's account store (the store may be set after the
    // window was made), keeping the selection.
    void refresh();
    int count() const;
    QListWidget *listWidget() const { return m_list; }

    // "Alice Liddell (@alice)": how the window names an account.
    static QString accountName(const SavedAccount &account);
    // "Personal access token — does not expire": what an account kept as one says, here and on
    // the signed-in page.
    static QString personalAccessTokenText();

Q_SIGNALS:
    // The person chose this account (Enter, double click, or the Switch button).
    void switchRequested(const QString &accountKey);
    void addAccountRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void watchStore();
    void requestSwitch();
    void confirmRemoval();
    void updateButtons();
    void updateMessage();
    void fitListHeight();
    QString currentAccountKey() const;
    QString selectedKey() const;

    SignInController *m_controller;
    Placement m_placement;
    QPointer<AccountStore> m_store;
    QList<SavedAccount> m_accounts;
    QLabel *m_heading;
    QListWidget *m_list;
    StatusMessage *m_message;
    QPushButton *m_switch;
    QPushButton *m_remove;
    QPushButton *m_add;
    QPointer<QMessageBox> m_confirmation;
    bool m_removing = false;
};
