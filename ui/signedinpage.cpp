#include "ui/signedinpage.h"

#include "ui/accountlist.h"
#include "ui/statusmessage.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace {
QLabel *makeValue(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Selectable with the mouse and the keyboard: a name or an address may need copying.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

SignedInPage::SignedInPage(SignInController *controller, QWidget *parent)
    : Page(tr("You are signed in"), parent), m_controller(controller)
{
    setAccessibleName(tr("Signed in", "the name of the page shown once signed in"));
    QWidget *column = this->column();

    m_summary = makeValue(tr("Sign-in summary"), column);
    addRow(m_summary);
    addSpacing();
    // Not Sign out: the Enter that signed in must not end the session right away.
    setFocusWidget(m_summary);

    // A grid rather than a form layout: values wrap, and a grid gives them the height they need.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    const auto addField = [&](const QString &label, QLabel *value) {
        const int row = grid->rowCount();
        auto *title = new QLabel(label, column);
        grid->addWidget(title, row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(value, row, 1);
    };
    m_displayName = makeValue(tr("Display name"), column);
    m_displayName->setObjectName(QStringLiteral("displayName")); // data: never translated
    addField(tr("Name:"), m_displayName);
    m_username = makeValue(tr("Username"), column);
    addField(tr("Username:"), m_username);
    m_server = makeValue(tr("Server"), column);
    m_server->setObjectName(QStringLiteral("serverAddress")); // data: never translated
    addField(tr("Server:"), m_server);
    m_expiry = makeValue(tr("Session expires"), column);
    addField(tr("Session expires:"), m_expiry);
    addRow(grid);

    m_storageProblem = new StatusMessage(tr("Session storage problem"), column);
    addSpacing();
    addRow(m_storageProblem);

    QPushButton *signOut
        = makeButton(tr("Sign &out"), tr("Sign out"), tr("End this session on the server"));
    addButtonRow({}, { signOut });

    m_accounts = new AccountList(controller, AccountList::Placement::SignedInPage, column);
    addSpacing();
    addRow(m_accounts);

    connect(signOut, &QPushButton::clicked, m_controller, &SignInController::signOut);
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
    m_displayName->setText(displayName);
    m_username->setText(
        tr("@%1", "a Rocket.Chat user name, shown as people mention it").arg(user.username));
    m_server->setText(user.server.displayString());
    m_expiry->setText(expiryText(user.tokenExpires, QDateTime::currentDateTimeUtc()));
    updateStorageProblem();
    m_accounts->refresh();
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
