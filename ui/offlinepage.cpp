#include "ui/offlinepage.h"

#include "auth/signincontroller.h"
#include "ui/accountlist.h"
#include "ui/statusmessage.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

OfflinePage::OfflinePage(SignInController *controller, QWidget *parent)
    : Page(tr("Offline"), parent), m_controller(controller)
{
    setAccessibleName(tr("Offline", "the name of the page shown while the server is unreachable"));
    QWidget *column = this->column();

    m_explanation = new QLabel(column);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAccessibleName(tr("Why you are not signed in yet"));
    addRow(m_explanation);
    addSpacing();

    m_countdown = new QLabel(column);
    m_countdown->setWordWrap(true);
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setAccessibleName(tr("Next try"));
    QFont countdownFont = m_countdown->font();
    countdownFont.setBold(true);
    m_countdown->setFont(countdownFont);
    addRow(m_countdown);

    m_reason = new StatusMessage(tr("Last try"), column);
    addRow(m_reason);

    auto *buttons = new QHBoxLayout;
    m_another = new QPushButton(tr("Sign in with &another account"), column);
    m_another->setAccessibleName(tr("Sign in with another account"));
    m_another->setToolTip(tr("Stop waiting for this server; this account stays saved and you can "
                             "switch back to it later"));
    m_another->setAutoDefault(true);
    buttons->addWidget(m_another);
    buttons->addStretch(1);
    m_retry = new QPushButton(tr("&Retry now"), column);
    m_retry->setAccessibleName(tr("Retry now"));
    m_retry->setToolTip(tr("Try to reach the server now instead of waiting (Enter)"));
    m_retry->setAutoDefault(true);
    m_retry->setDefault(true);
    buttons->addWidget(m_retry);
    addSpacing();
    addRow(buttons);
    setTabOrder(m_another, m_retry);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_controller->state() == SignInController::State::Offline)
            m_controller->retryNow();
    });
    connect(m_another, &QPushButton::clicked, this, &OfflinePage::anotherAccountRequested);
    connect(m_controller, &SignInController::offlineRetrySecondsLeftChanged, this,
            &OfflinePage::updateCountdown);
    connect(m_controller, &SignInController::stateChanged, this, [this] {
        updateExplanation();
        updateCountdown();
        updateReason();
    });
    connect(m_controller, &SignInController::errorChanged, this, &OfflinePage::updateReason);

    updateExplanation();
    updateCountdown();
    updateReason();
}

void OfflinePage::setAccount(const std::optional<SavedAccount> &account)
{
    m_account = account;
    updateExplanation();
}

void OfflinePage::takeFocus()
{
    m_retry->setFocus(Qt::OtherFocusReason);
}

void OfflinePage::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!event->isAutoRepeat())
            m_retry->click();
        event->accept();
        return;
    default:
        break;
    }
    Page::keyPressEvent(event);
}

void OfflinePage::updateExplanation()
{
    const ServerAddress server = m_account ? m_account->server : m_controller->server();
    const QString where = server.isValid() ? server.displayString() : QString();
    if (m_account) {
        m_explanation->setText(tr("Liftoff cannot reach %1 to sign you in as %2. Your session "
                                  "is kept on this computer: you are signed in as soon as the "
                                  "server answers.",
                                  "%1 is a server address, %2 an account")
                                   .arg(where, AccountList::accountName(*m_account)));
    } else {
        m_explanation->setText(tr("Liftoff cannot reach %1. Your session is kept on this "
                                  "computer: you are signed in as soon as the server answers.",
                                  "%1 is a server address")
                                   .arg(where));
    }
}

void OfflinePage::updateCountdown()
{
    const int seconds = m_controller->offlineRetrySecondsLeft();
    if (m_controller->state() == SignInController::State::Offline && seconds > 0)
        m_countdown->setText(
            tr("Trying again in %n second(s).", "a live countdown to the next try", seconds));
    else
        m_countdown->setText(tr("Trying again now…"));
}

void OfflinePage::updateReason()
{
    const SignInError error = m_controller->error();
    if (m_controller->state() == SignInController::State::Offline && error.isError()
        && error.kind() != SignInError::Kind::Cancelled)
        m_reason->showMessage(StatusMessage::Tone::Warning, error.message());
    else if (m_controller->state() == SignInController::State::Offline)
        m_reason->clear();
}
