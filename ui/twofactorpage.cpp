#include "ui/twofactorpage.h"

#include "ui/statusmessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

TwoFactorPage::TwoFactorPage(SignInController *controller, QWidget *parent)
    : Page(tr("Two-factor authentication"), parent), m_controller(controller)
{
    setAccessibleName(tr("Two-factor authentication", "the name of the page asking for a code"));
    QWidget *column = this->column();

    m_explanation = addTextRow(QStringLiteral("codeHint"));
    addSpacing();

    m_code = new QLineEdit(column);
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setPlaceholderText(tr("123456", "placeholder: what a verification code looks like"));
    m_code->setMaxLength(64); // room for a pasted code with spaces, never a whole e-mail
    m_code->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText
                                | Qt::ImhSensitiveData);
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.3);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_code->setFont(codeFont);
    addLabelledRow(tr("&Verification code:"), m_code);

    m_notice = new StatusMessage(tr("E-mail code status"), column);
    addRow(m_notice);
    m_message = new StatusMessage(tr("Verification problem"), column);
    addRow(m_message);

    auto *progressLabel = new QLabel(tr("Checking the code…"), column);
    progressLabel->setObjectName(QStringLiteral("verificationProgress"));
    m_progress = addProgressRow(progressLabel, tr("Checking the code"));

    m_sendNewCode = makeButton(tr("Send a &new code"), tr("Send a new code by e-mail"),
                               tr("Ask the server to e-mail you a fresh code, for example when "
                                  "the last one did not arrive or has expired."));
    m_cancel = makeButton(tr("Cancel"), tr("Cancel two-factor authentication"),
                          tr("Go back to the sign-in page (Esc)"));
    m_verify = makeButton(tr("Verify"), tr("Verify the code"));
    m_verify->setDefault(true);
    addButtonRow({ m_sendNewCode }, { m_cancel, m_verify });

    connect(m_code, &QLineEdit::textEdited, this, [this] {
        if (m_localProblem.isEmpty())
            return;
        m_localProblem.clear();
        updateMessage();
    });
    connect(m_verify, &QPushButton::clicked, this, &TwoFactorPage::submit);
    connect(m_cancel, &QPushButton::clicked, this, &TwoFactorPage::cancel);
    connect(m_sendNewCode, &QPushButton::clicked, this, [this] {
        m_notice->showMessage(StatusMessage::Tone::Neutral, tr("Asking for a new code…"));
        m_controller->requestNewEmailCode();
    });
    connect(m_controller, &SignInController::emailCodeRequested, this, [this] {
        const QString hint = m_controller->twoFactorEmailHint();
        QString text;
        if (hint.isEmpty())
            text = tr("A new code is on its way to your e-mail address.");
        else if (hint.contains(QLatin1Char('@')))
            text = tr("A new code is on its way to %1.", "%1 is an e-mail address").arg(hint);
        else
            text = tr("A new code is on its way to the e-mail address of %1.", "%1 is a user name")
                       .arg(hint);
        m_notice->showMessage(StatusMessage::Tone::Success, text);
        m_code->clear();
        m_code->setFocus(Qt::OtherFocusReason);
    });
    connect(m_controller, &SignInController::stateChanged, this, &TwoFactorPage::stateChanged);
    connect(m_controller, &SignInController::errorChanged, this, [this] {
        // Asking for a new code failed: the error area says why.
        if (m_controller->error().isError() && m_notice->tone() == StatusMessage::Tone::Neutral)
            m_notice->clear();
        updateMessage();
    });

    aboutToShow();
}

void TwoFactorPage::aboutToShow()
{
    m_code->clear();
    m_localProblem.clear();
    m_notice->clear();
    updateExplanation();
    updateControls();
    updateMessage();
}

void TwoFactorPage::takeFocus()
{
    if (isBusy()) {
        m_cancel->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_code->setFocus(Qt::OtherFocusReason);
    m_code->selectAll();
}

QString TwoFactorPage::normalizedCode(const QString &text)
{
    QString code;
    code.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-'))
            code += c;
    return code;
}

bool TwoFactorPage::cancel()
{
    m_controller->cancel();
    return true;
}

void TwoFactorPage::submit()
{
    if (isBusy() || m_controller->state() != SignInController::State::TwoFactorRequired)
        return;
    const QString code = normalizedCode(m_code->text());
    if (code.isEmpty()) {
        m_localProblem = m_controller->twoFactorMethod() == SignInController::TwoFactorMethod::Email
            ? tr("Type the code from the e-mail.")
            : tr("Type the code your authenticator app shows.");
        updateMessage();
        takeFocus();
        return;
    }
    m_localProblem.clear();
    m_notice->clear();
    m_controller->submitTwoFactorCode(code);
}

void TwoFactorPage::stateChanged(SignInController::State state)
{
    const bool wasBusy = !m_progress->isHidden();
    updateExplanation();
    updateControls();
    updateMessage();
    if (wasBusy && state == SignInController::State::TwoFactorRequired && isVisible())
        takeFocus();
}

bool TwoFactorPage::isBusy() const
{
    return m_controller->state() == SignInController::State::SigningIn;
}

void TwoFactorPage::updateControls()
{
    const bool busy = isBusy();
    if (busy && m_progress->isHidden() && isVisible())
        m_cancel->setFocus(Qt::OtherFocusReason);
    m_progress->setVisible(busy);
    m_code->setEnabled(!busy);
    m_verify->setEnabled(!busy);
    m_sendNewCode->setVisible(m_controller->twoFactorMethod()
                              == SignInController::TwoFactorMethod::Email);
    m_sendNewCode->setEnabled(!busy);
}

void TwoFactorPage::updateMessage()
{
    if (isBusy()) {
        m_message->clear();
        return;
    }
    if (!m_localProblem.isEmpty()) {
        m_message->showMessage(StatusMessage::Tone::Error, m_localProblem);
        return;
    }
    const SignInError error = m_controller->error();
    // Being asked for a code is why this page is shown, not a problem.
    if (error.isError() && error.kind() != SignInError::Kind::TwoFactorRequired
        && error.kind() != SignInError::Kind::Cancelled)
        m_message->showMessage(StatusMessage::Tone::Error, m_controller->errorMessage());
    else
        m_message->clear();
}

void TwoFactorPage::updateExplanation()
{
    switch (m_controller->twoFactorMethod()) {
    case SignInController::TwoFactorMethod::Email: {
        // The server names the address, or only the user name when it keeps the address to
        // itself.
        const QString hint = m_controller->twoFactorEmailHint();
        if (hint.isEmpty())
            m_explanation->setText(tr("Your server sent a verification code to your e-mail "
                                      "address. Type it here, or paste it as it is."));
        else if (hint.contains(QLatin1Char('@')))
            m_explanation->setText(tr("Your server sent a verification code to %1. Type it here, "
                                      "or paste it as it is.",
                                      "%1 is an e-mail address")
                                       .arg(hint));
        else
            m_explanation->setText(tr("Your server sent a verification code to the e-mail "
                                      "address of %1. Type it here, or paste it as it is.",
                                      "%1 is a user name")
                                       .arg(hint));
        break;
    }
    case SignInController::TwoFactorMethod::Totp:
    case SignInController::TwoFactorMethod::None:
        m_explanation->setText(tr("Open the authenticator app you set up for this account and "
                                  "type the six-digit code it shows for your Rocket.Chat server."));
        break;
    }
}
