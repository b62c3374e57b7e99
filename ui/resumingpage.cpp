#include "ui/resumingpage.h"

#include "auth/signincontroller.h"
#include "ui/accountlist.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

ResumingPage::ResumingPage(SignInController *controller, QWidget *parent)
    : Page(tr("Signing in"), parent), m_controller(controller)
{
    setAccessibleName(tr("Signing in with a saved session", "the name of a page"));
    QWidget *column = this->column();

    m_text = new QLabel(column);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Saved session progress"));
    addRow(m_text);
    addSpacing();

    m_progressBar = new QProgressBar(column);
    m_progressBar->setRange(0, 0); // busy: the server gives no progress to show
    m_progressBar->setTextVisible(false);
    m_progressBar->setAccessibleName(tr("Signing in with the saved session"));
    addRow(m_progressBar);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), column);
    m_cancel->setAccessibleName(tr("Cancel signing in with the saved session"));
    m_cancel->setToolTip(tr("Stop and go to the sign-in page; the account stays saved (Esc)"));
    m_cancel->setAutoDefault(true);
    buttons->addWidget(m_cancel);
    addSpacing();
    addRow(buttons);

    connect(m_cancel, &QPushButton::clicked, m_controller, &SignInController::cancel);
    connect(m_controller, &SignInController::stateChanged, this, &ResumingPage::updateText);
    updateText();
}

void ResumingPage::setAccount(const std::optional<SavedAccount> &account)
{
    m_account = account;
    updateText();
}

void ResumingPage::takeFocus()
{
    m_cancel->setFocus(Qt::OtherFocusReason);
}

void ResumingPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_controller->cancel();
        event->accept();
        return;
    }
    Page::keyPressEvent(event);
}

void ResumingPage::updateText()
{
    const ServerAddress server = m_account ? m_account->server : m_controller->server();
    const QString where = server.isValid() ? server.displayString() : QString();
    if (m_account) {
        m_text->setText(tr("Signing in to %1 as %2 with the session saved on this computer…",
                           "%1 is a server address, %2 an account")
                            .arg(where, AccountList::accountName(*m_account)));
    } else {
        m_text->setText(tr("Signing in to %1 with the session saved on this computer…",
                           "%1 is a server address")
                            .arg(where));
    }
}
