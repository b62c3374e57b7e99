#include "ui/certificatepanel.h"

#include "auth/signincontroller.h"
#include "tls/fingerprint.h"
#include "ui/plaintext.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// 32 pairs on two lines of 16, so that it fits the page and can be compared in halves.
QString twoLines(const QString &fingerprint)
{
    constexpr int half = 16 * 3 - 1; // "AA:" × 15 + "AA"
    if (fingerprint.size() <= half + 1)
        return fingerprint;
    return fingerprint.left(half + 1) + u'\n' + fingerprint.mid(half + 1);
}

} // namespace

CertificatePanel::CertificatePanel(SignInController *controller, QWidget *parent)
    : QFrame(parent), m_controller(controller)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Untrusted certificate"));
    auto *layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText); // names the server
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    m_fingerprintCaption = new QLabel(tr("Its SHA-256 &fingerprint:"), this);
    layout->addWidget(m_fingerprintCaption);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextFormat(Qt::PlainText);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_fingerprint->setFocusPolicy(Qt::StrongFocus);
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    m_fingerprintCaption->setBuddy(m_fingerprint);
    layout->addWidget(m_fingerprint);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Do not trust the certificate"));
    m_cancel->setAutoDefault(true);
    buttons->addWidget(m_cancel);
    m_trust = new QPushButton(tr("&Trust this certificate"), this);
    m_trust->setAccessibleName(tr("Trust this certificate"));
    m_trust->setAutoDefault(true);
    buttons->addWidget(m_trust);
    layout->addLayout(buttons);

    setTabOrder(m_fingerprint, m_trust);
    setTabOrder(m_trust, m_cancel);

    connect(m_trust, &QPushButton::clicked, this, &CertificatePanel::trust);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        update();
        Q_EMIT dismissed();
    });
    connect(m_controller, &SignInController::errorChanged, this, [this] {
        m_dismissed = false; // a new failure is shown again
        update();
    });
    connect(m_controller, &SignInController::stateChanged, this, &CertificatePanel::update);
    update();
}

QList<QWidget *> CertificatePanel::focusChain() const
{
    return { m_fingerprint, m_trust, m_cancel };
}

void CertificatePanel::takeFocus()
{
    m_fingerprint->setFocus(Qt::OtherFocusReason);
}

void CertificatePanel::update()
{
    const UntrustedCertificate certificate = m_controller->untrustedCertificate();
    m_shown = certificate;
    const bool show = certificate.canBeTrusted() && !m_dismissed;
    if (!show && m_confirmation)
        m_confirmation->reject();
    setVisible(show);
    if (!show)
        return;
    if (certificate.isChanged()) {
        m_heading->setText(tr("Warning: the certificate of %1 has changed. Do not trust it "
                              "unless the server's administrator confirms they replaced it.")
                               .arg(certificate.host()));
        m_trust->setText(tr("&Trust the new certificate…"));
        m_trust->setAccessibleName(tr("Trust the new certificate"));
    } else {
        m_heading->setText(tr("Trust this certificate only if its fingerprint is the one the "
                              "administrator of %1 gives you.")
                               .arg(certificate.host()));
        m_trust->setText(tr("&Trust this certificate"));
        m_trust->setAccessibleName(tr("Trust this certificate"));
    }
    m_fingerprint->setText(twoLines(certificate.formattedFingerprint()));
    m_fingerprint->setAccessibleDescription(certificate.formattedFingerprint());
}

void CertificatePanel::trust()
{
    if (m_shown.isChanged()) {
        confirmChangedCertificate();
        return;
    }
    m_controller->trustCertificate();
}

void CertificatePanel::confirmChangedCertificate()
{
    if (m_confirmation)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Trust the new certificate?"),
                                tr("The certificate of %1 is NOT the one you trusted before. "
                                   "Someone may be intercepting your connection to read your "
                                   "password.")
                                    .arg(m_shown.host()),
                                QMessageBox::NoButton, this);
    box->setInformativeText(
        tr("Trust it only if the server's administrator told you that they replaced the "
           "certificate and that its SHA-256 fingerprint is:\n%1\n\nThe one you trusted before "
           "was:\n%2")
            .arg(twoLines(m_shown.formattedFingerprint()),
                 twoLines(Fingerprint::format(m_shown.previousFingerprint()))));
    PlainText::apply(box);
    QPushButton *trust = box->addButton(tr("Trust the new certificate"), QMessageBox::AcceptRole);
    trust->setAccessibleName(tr("Trust the new certificate"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_confirmation = box;
    const UntrustedCertificate asked = m_shown;
    connect(box, &QMessageBox::finished, this, [this, box, trust, asked] {
        m_confirmation.clear(); // closed: the next Trust asks again
        // Only the certificate the person was asked about, if it is still the one refused.
        if (box->clickedButton() == trust && m_controller->untrustedCertificate() == asked)
            m_controller->trustCertificate();
    });
    box->open();
}
