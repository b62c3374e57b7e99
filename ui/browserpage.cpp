#include "ui/browserpage.h"

#include "auth/signincontroller.h"
#include "sso/browserlauncher.h"
#include "ui/plaintext.h"
#include "ui/statusmessage.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

BrowserPage::BrowserPage(SignInController *controller, QWidget *parent)
    : Page(tr("Continue in your browser"), parent), m_controller(controller)
{
    setAccessibleName(tr("Continue in your browser", "the name of a page"));
    QWidget *column = this->column();

    m_text = addTextRow(QStringLiteral("browserProgress"));
    m_countdown = addTextRow(QStringLiteral("browserCountdown"));
    m_countdown->setWordWrap(false);
    addSpacing();

    m_message = new StatusMessage(tr("Browser sign-in problem"), column);
    addRow(m_message);

    m_browserProblem = new StatusMessage(tr("Browser problem"), column);
    addRow(m_browserProblem);
    m_address = new QLineEdit(column);
    m_address->setReadOnly(true);
    m_address->setObjectName(QStringLiteral("browserAddress"));
    m_address->setAccessibleName(tr("Sign-in address to open in a browser"));
    m_copy = new QPushButton(tr("&Copy address"), column);
    m_copy->setAccessibleName(tr("Copy the sign-in address"));
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copy);
    addRow(addressRow);

    m_openAgain = new QPushButton(tr("&Open the browser again"), column);
    m_openAgain->setAccessibleName(tr("Open the sign-in in the browser again"));
    QPushButton *cancel
        = makeButton(tr("Cancel"), tr("Cancel signing in with the browser"),
                     tr("Stop waiting for the browser and go back to the sign-in page (Esc)"));
    addButtonRow({ m_openAgain }, { cancel });
    setFocusWidget(cancel);

    connect(cancel, &QPushButton::clicked, this, &BrowserPage::cancel);
    connect(m_copy, &QPushButton::clicked, this, &BrowserPage::copyAddress);
    connect(m_openAgain, &QPushButton::clicked, this, &BrowserPage::openAgain);
    connect(m_controller, &SignInController::stateChanged, this, &BrowserPage::refresh);
    connect(m_controller, &SignInController::errorChanged, this, &BrowserPage::refresh);
    connect(m_controller, &SignInController::browserSecondsLeftChanged, this,
            &BrowserPage::updateCountdown);
    refresh();
}

bool BrowserPage::cancel()
{
    m_controller->cancel();
    return true;
}

void BrowserPage::refresh()
{
    if (m_controller->state() != SignInController::State::WaitingForBrowser) {
        // The next sign-in's address has not been copied.
        m_copy->setText(tr("&Copy address"));
        return;
    }
    m_text->setText(
        tr("Liftoff opened the sign-in with %1 for %2 in your web browser. Finish "
           "signing in there; Liftoff continues by itself once you are done.",
           "%1 is a service such as GitHub, %2 a server address")
            .arg(m_controller->browserServiceLabel(), m_controller->server().displayString()));
    const QString error = m_controller->errorMessage();
    if (error.isEmpty())
        m_message->clear();
    else
        m_message->showMessage(StatusMessage::Tone::Warning, error);
    const bool opened = m_controller->browserOpened();
    if (opened) {
        m_browserProblem->clear();
    } else {
        m_text->setText(
            tr("Sign in with %1 for %2 in a web browser; Liftoff continues by "
               "itself once you are done.",
               "%1 is a service such as GitHub, %2 a server address")
                .arg(m_controller->browserServiceLabel(), m_controller->server().displayString()));
        m_browserProblem->showMessage(StatusMessage::Tone::Error, m_controller->browserProblem());
    }
    const QString address = m_controller->browserUrl().toString(QUrl::FullyEncoded);
    if (address != m_address->text()) {
        m_copy->setText(tr("&Copy address"));
        m_address->setText(address);
        // The start (the provider's host) in view, not the end of the query; all of it in the
        // tooltip.
        m_address->setCursorPosition(0);
        m_address->setToolTip(PlainText::toolTip(address));
    }
    m_address->setVisible(!opened);
    m_copy->setVisible(!opened);
    m_openAgain->setText(opened ? tr("&Open the browser again") : tr("&Try the browser again"));
    updateCountdown(m_controller->browserSecondsLeft());
}

void BrowserPage::updateCountdown(int seconds)
{
    if (seconds <= 0) {
        m_countdown->clear();
        return;
    }
    //: %1 is minutes and seconds, e.g. "4:59"
    m_countdown->setText(tr("Waiting for the browser for another %1.")
                             .arg(QStringLiteral("%1:%2")
                                      .arg(seconds / 60)
                                      .arg(seconds % 60, 2, 10, QLatin1Char('0'))));
}

void BrowserPage::copyAddress()
{
    QApplication::clipboard()->setText(m_address->text());
    m_copy->setText(tr("Copied"));
}

void BrowserPage::openAgain()
{
    QString problem;
    if (!BrowserLauncher::open(m_controller->browserUrl(), &problem)) {
        m_browserProblem->showMessage(StatusMessage::Tone::Error, problem);
        m_address->setVisible(true);
        m_copy->setVisible(true);
    }
}
