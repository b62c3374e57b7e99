#include "ui/offlinepage.h"

#include "auth/signincontroller.h"
#include "ui/accountlist.h"
#include "ui/statusmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

OfflinePage::OfflinePage(SignInController *controller, QWidget *parent)
    : Page(tr("Offline"), parent), m_controller(controller)
{
    setAccessibleName(tr("Offline", "the name of the page shown while the server is unreachable"));

    m_explanation = addTextRow(QStringLiteral("offlineExplanation"));
    addSpacing();

    // The countdown, and while a try runs "Trying again now…" with a busy bar beside it. The bar
    // keeps its place when hidden, so the row does not change with every try.
    m_countdown = new QLabel(column());
    m_countdown->setWordWrap(true);
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setObjectName(QStringLiteral("nextTry"));
    QFont countdownFont = m_countdown->font();
    countdownFont.setBold(true);
    m_countdown->setFont(countdownFont);
    m_trying = new QProgressBar(column());
    m_trying->setRange(0, 0);
    m_trying->setTextVisible(false);
    m_trying->setAccessibleName(tr("Trying again", "a busy bar while the server is tried again"));
    m_trying->setFixedSize(fontMetrics().height() * 3, qMax(4, fontMetrics().xHeight()));
    QSizePolicy keepPlace = m_trying->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_trying->setSizePolicy(keepPlace);
    m_trying->hide();
    auto *countdownRow = new QHBoxLayout;
    countdownRow->setContentsMargins(0, 0, 0, 0);
    countdownRow->addWidget(m_countdown, 1);
    countdownRow->addWidget(m_trying, 0, Qt::AlignVCenter);
    addRow(countdownRow);

    //: The name, for screen readers, of the message saying why the most recent attempt to reach
    //: the server failed: the previous try, not the final one (Liftoff keeps trying).
    m_reason = new StatusMessage(tr("Last try"), column());
    addRow(m_reason);

    QPushButton *another
        = makeButton(tr("Sign in with &another account"), tr("Sign in with another account"),
                     tr("Stop waiting for this server; this account stays saved "
                        "and you can switch back to it later"));
    QPushButton *retry = makeButton(tr("&Retry now"), tr("Retry now"),
                                    tr("Try to reach the server now instead of waiting (Enter)"));
    retry->setDefault(true);
    addButtonRow({ another }, { retry });
    setFocusWidget(retry);

    connect(retry, &QPushButton::clicked, this, &OfflinePage::submit);
    connect(another, &QPushButton::clicked, this, &OfflinePage::anotherAccountRequested);
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

bool OfflinePage::cancel()
{
    m_controller->cancel();
    return true;
}

void OfflinePage::submit()
{
    if (m_controller->state() == SignInController::State::Offline)
        m_controller->retryNow();
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
    const bool waiting = m_controller->state() == SignInController::State::Offline && seconds > 0;
    if (waiting)
        m_countdown->setText(
            tr("Trying again in %n second(s).", "a live countdown to the next try", seconds));
    else
        m_countdown->setText(tr("Trying again now…"));
    m_trying->setVisible(!waiting);
}

void OfflinePage::updateReason()
{
    const SignInError error = m_controller->error();
    if (m_controller->state() == SignInController::State::Offline && error.isError()
        && error.kind() != SignInError::Kind::Cancelled) {
        // The row keeps the height of the longest reason yet, so that Retry now does not move.
        if (error.message().size() > m_reason->reservedText().size())
            m_reason->setReservedText(error.message());
        m_reason->showMessage(StatusMessage::Tone::Warning, error.message());
    }
    // Otherwise the last reason stays: a retry clears the error while it runs, and the row must
    // not come and go with every try.
}
