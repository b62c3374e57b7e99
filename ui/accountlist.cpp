#include "ui/accountlist.h"

#include "auth/signincontroller.h"
#include "storage/accountstore.h"
#include "ui/plaintext.h"
#include "ui/statusmessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Rows shown without scrolling; more accounts than this scroll.
constexpr int VisibleRows = 4;

// Two lines per account (name, server) with some air above and below, in the font's units.
class PaddedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rheight() += option.fontMetrics.height() / 2;
        return size;
    }
};
} // namespace

AccountList::AccountList(SignInController *controller, Placement placement, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_placement(placement)
{
    const bool signedInPage = placement == Placement::SignedInPage;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_heading = new QLabel(signedInPage ? tr("&Accounts on this computer:")
                                        : tr("Or continue with a sa&ved account:"),
                           this);
    m_heading->setWordWrap(true);
    m_list = new QListWidget(this);
    // Each item: a translated name line, then the server address (data: never translated).
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(signedInPage ? tr("Accounts on this computer")
                                           : tr("Saved accounts"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_list->setItemDelegate(new PaddedDelegate(m_list));
    m_list->installEventFilter(this);
    m_heading->setBuddy(m_list);
    auto *group = new QVBoxLayout;
    // The heading belongs to the list: closer to it than to the buttons.
    group->setSpacing(qMax(2, layout->spacing() / 3));
    group->addWidget(m_heading);
    group->addWidget(m_list);
    layout->addLayout(group);

    m_message = new StatusMessage(tr("Account problem"), this);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_switch = new QPushButton(
        signedInPage ? tr("S&witch to this account") : tr("Continue with this &account"), this);
    m_switch->setAccessibleName(signedInPage ? tr("Switch to the selected account")
                                             : tr("Continue with the selected account"));
    m_switch->setToolTip(tr("Sign in with the session saved for this account (Enter in the list)"));
    m_switch->setAutoDefault(true);
    buttons->addWidget(m_switch);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setAccessibleName(tr("Remove the selected account"));
    m_remove->setToolTip(tr("Forget this account and delete its saved session from this "
                            "computer (Delete in the list)"));
    m_remove->setAutoDefault(true);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    m_add = new QPushButton(tr("Add a&nother account"), this);
    m_add->setAccessibleName(tr("Add another account"));
    m_add->setToolTip(tr("Sign in with another account, on this server or another one; this "
                         "account stays saved"));
    m_add->setAutoDefault(true);
    m_add->setVisible(signedInPage);
    buttons->addWidget(m_add);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemActivated, this, &AccountList::requestSwitch);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountList::updateButtons);
    connect(m_switch, &QPushButton::clicked, this, &AccountList::requestSwitch);
    connect(m_remove, &QPushButton::clicked, this, &AccountList::confirmRemoval);
    connect(m_add, &QPushButton::clicked, this, &AccountList::addAccountRequested);
    connect(m_controller, &SignInController::stateChanged, this, &AccountList::refresh);
    connect(m_controller, &SignInController::storageProblemChanged, this,
            &AccountList::updateMessage);

    refresh();
}

AccountList::~AccountList() = default;

QString AccountList::accountName(const SavedAccount &account)
{
    const QString username
        = tr("@%1", "a Rocket.Chat user name, shown as people mention it").arg(account.username);
    if (account.displayName.isEmpty() || account.displayName == account.username)
        return username;
    return tr("%1 (%2)", "a person's name, then their @user name")
        .arg(account.displayName, username);
}

QString AccountList::personalAccessTokenText()
{
    return tr("Personal access token — does not expire");
}

void AccountList::refresh()
{
    watchStore();
    const QString keep = selectedKey();
    m_accounts = m_store ? m_store->accounts() : QList<SavedAccount>();
    const QString current = currentAccountKey();

    m_list->clear();
    int selectRow = -1;
    for (const SavedAccount &account : std::as_const(m_accounts)) {
        const QString key = account.key();
        const QString server = account.server.displayString();
        QString name = accountName(account);
        if (key == current)
            name = tr("%1 (signed in)", "an account in the list: the one in use").arg(name);
        QString text = name + QLatin1Char('\n') + server;
        QString spoken = tr("%1 on %2", "an account (%1) on a server (%2)").arg(name, server);
        if (account.isPersonalAccessToken()) {
            const QString kind = personalAccessTokenText();
            text += QLatin1Char('\n') + kind;
            spoken += QStringLiteral(", ") + kind;
        }
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, key);
        item->setData(Qt::AccessibleTextRole, spoken);
        if (account.lastUsed.isValid())
            item->setToolTip(
                tr("Last used %1", "%1 is a date and time")
                    .arg(QLocale().toString(account.lastUsed.toLocalTime(), QLocale::ShortFormat)));
        if (key == current) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (key == keep)
            selectRow = m_list->count() - 1;
    }
    if (selectRow < 0 && !m_accounts.isEmpty()) {
        // The first account that is not the one in use: the likely next choice.
        selectRow = 0;
        for (int row = 0; row < m_accounts.size(); ++row) {
            if (m_accounts.at(row).key() != current) {
                selectRow = row;
                break;
            }
        }
    }
    if (selectRow >= 0)
        m_list->setCurrentRow(selectRow);

    setVisible(m_store && (m_placement == Placement::SignedInPage || !m_accounts.isEmpty()));
    fitListHeight();
    updateButtons();
    updateMessage();
}

int AccountList::count() const
{
    return m_list->count();
}

bool AccountList::eventFilter(QObject *watched, QEvent *event)
{
    // The list takes Enter and Delete itself: Enter must not reach the page (where it would
    // sign in with the form), and Delete is the usual key for removing the selected entry.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!key->isAutoRepeat())
                requestSwitch();
            return true;
        case Qt::Key_Delete:
            confirmRemoval();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AccountList::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitListHeight();
}

void AccountList::watchStore()
{
    AccountStore *store = m_controller->accountStore();
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &AccountStore::accountsChanged, this, &AccountList::refresh);
}

void AccountList::requestSwitch()
{
    const QString key = selectedKey();
    if (key.isEmpty() || key == currentAccountKey())
        return;
    Q_EMIT switchRequested(key);
}

void AccountList::confirmRemoval()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    if (m_confirmation) {
        m_confirmation->raise();
        m_confirmation->activateWindow();
        return;
    }
    SavedAccount account;
    for (const SavedAccount &candidate : std::as_const(m_accounts))
        if (candidate.key() == key)
            account = candidate;
    const bool inUse = key == currentAccountKey();

    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove account"),
        tr("Remove %1 on %2 from this computer?", "%1 is an account, %2 a server address")
            .arg(accountName(account), account.server.displayString()),
        QMessageBox::NoButton, window());
    if (account.isPersonalAccessToken())
        box->setInformativeText(
            tr("Liftoff forgets the account and its personal access token on this computer. The "
               "token still works until you revoke it in Rocket.Chat (My Account → Personal "
               "Access Tokens)."));
    else
        box->setInformativeText(
            inUse ? tr("You will be signed out first. Liftoff then forgets the account and "
                       "deletes its saved session; you can sign in again at any time.")
                  : tr("Liftoff forgets the account and deletes its saved session; you can sign "
                       "in again at any time."));
    PlainText::apply(box); // names and server from the account
    box->setAccessibleName(tr("Remove account"));
    // Removing is marked as such (a delete icon); keeping is a plain button of our own: as the
    // standard Cancel it would carry the style's red ✗, which reads as the dangerous choice.
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Remove the account"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete"),
                                     style()->standardIcon(QStyle::SP_TrashIcon)));
    QPushButton *keepIt = box->addButton(tr("&Keep", "keep the account, do not remove it"),
                                         QMessageBox::RejectRole);
    keepIt->setAccessibleName(tr("Keep the account"));
    // The safe choice is the default: Enter and Esc keep the account.
    box->setDefaultButton(keepIt);
    box->setEscapeButton(keepIt);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, key](QAbstractButton *button) {
        if (button != remove)
            return;
        m_removing = true;
        m_message->clear();
        if (!m_controller->removeAccount(key)) {
            m_message->showMessage(StatusMessage::Tone::Warning,
                                   tr("This account was no longer on this computer."));
            refresh();
        }
    });
    m_confirmation = box;
    // Window-modal and asynchronous: no nested event loop.
    box->open();
}

void AccountList::updateButtons()
{
    const QString key = selectedKey();
    const QString current = currentAccountKey();
    m_switch->setEnabled(!key.isEmpty() && key != current);
    // Only the account in use: nothing to switch to.
    const bool others = std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                                    [&](const SavedAccount &a) { return a.key() != current; });
    m_switch->setVisible(others);
    m_remove->setEnabled(!key.isEmpty());
}

void AccountList::updateMessage()
{
    // A removal from this list whose token the keychain kept: say where it still is.
    const KeychainError problem = m_controller->storageProblem();
    if (m_removing && problem.isError() && problem.operation() == KeychainError::Operation::Remove)
        m_message->showMessage(StatusMessage::Tone::Warning, problem.message());
}

void AccountList::fitListHeight()
{
    const int rows = qBound(1, m_list->count(), VisibleRows);
    int height = 2 * m_list->frameWidth();
    for (int row = 0; row < rows; ++row) {
        const int hint = row < m_list->count() ? m_list->sizeHintForRow(row) : -1;
        height += hint > 0 ? hint : m_list->fontMetrics().lineSpacing() * 2;
    }
    m_list->setFixedHeight(height);
}

QString AccountList::currentAccountKey() const
{
    if (m_controller->state() != SignInController::State::SignedIn)
        return {};
    return m_controller->accountKey();
}

QString AccountList::selectedKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}
