#include "ui/resumingpage.h"

#include "auth/signincontroller.h"
#include "ui/accountlist.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

ResumingPage::ResumingPage(SignInController *controller, QWidget *parent)
    : Page(tr("Signing in"), parent), m_controller(controller)
{
    setAccessibleName(tr("Signing in with a saved session", "the name of a page"));

    m_text = addTextRow(QStringLiteral("resumeProgress"));
    addSpacing();
    addRow(makeBusyBar(tr("Signing in with the saved session"), column()));

    QPushButton *cancel
        = makeButton(tr("Cancel"), tr("Cancel signing in with the saved session"),
                     tr("Stop and go to the sign-in page; the account stays saved (Esc)"));
    addButtonRow({}, { cancel });
    setFocusWidget(cancel);

    connect(cancel, &QPushButton::clicked, this, &ResumingPage::cancel);
    connect(m_controller, &SignInController::stateChanged, this, &ResumingPage::updateText);
    updateText();
}

void ResumingPage::setAccount(const std::optional<SavedAccount> &account)
{
    m_account = account;
    updateText();
}

bool ResumingPage::cancel()
{
    m_controller->cancel();
    return true;
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
