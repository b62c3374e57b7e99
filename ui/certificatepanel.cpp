#include "ui/certificatepanel.h"

#include "auth/signincontroller.h"
#include "tls/fingerprint.h"
#include "ui/plaintext.h"

#include <QApplication>
#include <QClipboard>
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

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Selectable with the mouse; the keyboard gets no caret in them (Copy fingerprint copies).
    const auto fingerprintLabel = [this, layout, &fixed](const QString &name) {
        auto *label = new QLabel(this);
        label->setFont(fixed);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setObjectName(name);
        layout->addWidget(label);
        return label;
    };
    m_fingerprintCaption = new QLabel(this);
    layout->addWidget(m_fingerprintCaption);
    // No accessible name: a screen reader reads the fingerprint itself (its caption is its buddy).
    m_fingerprint = fingerprintLabel(QStringLiteral("fingerprint"));
    m_fingerprintCaption->setBuddy(m_fingerprint);
    // Copy sits under the fingerprint it copies, on a row of its own: beside Cancel and Trust the
    // row would not fit in German, French, Spanish or Portuguese.
    m_copy = new QPushButton(tr("Copy &fingerprint"), this);
    m_copy->setAccessibleName(tr("Copy the fingerprint"));
    m_copy->setToolTip(tr("Copies the SHA-256 fingerprint, to compare it with the one the "
                          "server's administrator gives you"));
    m_copy->setAutoDefault(true);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);
    // A changed certificate: the one trusted before, to compare.
    m_previousCaption = new QLabel(tr("The one you trusted before:"), this);
    layout->addWidget(m_previousCaption);
    m_previousFingerprint = fingerprintLabel(QStringLiteral("previousFingerprint"));
    m_previousCaption->setBuddy(m_previousFingerprint);

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

    // The safe choice first: Cancel before Trust.
    setTabOrder(m_copy, m_cancel);
    setTabOrder(m_cancel, m_trust);

    connect(m_copy, &QPushButton::clicked, this, &CertificatePanel::copyFingerprint);
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
    return { m_copy, m_cancel, m_trust };
}

void CertificatePanel::takeFocus()
{
    m_copy->setFocus(Qt::OtherFocusReason);
}

void CertificatePanel::copyFingerprint()
{
    QApplication::clipboard()->setText(m_shown.formattedFingerprint());
    m_copy->setText(tr("Copied"));
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
    // The server status above says what is wrong (and that it changed); the panel says what to
    // compare.
    if (certificate.isChanged()) {
        m_heading->setText(tr("Trust the new certificate only if the administrator of %1 "
                              "confirms they replaced it and gives you this fingerprint.")
                               .arg(certificate.host()));
        m_fingerprintCaption->setText(tr("The new certificate's SHA-256 fingerprint:"));
        m_trust->setText(tr("&Trust the new certificate…"));
        m_trust->setAccessibleName(tr("Trust the new certificate"));
    } else {
        m_heading->setText(tr("Trust this certificate only if its fingerprint is the one the "
                              "administrator of %1 gives you.")
                               .arg(certificate.host()));
        m_fingerprintCaption->setText(tr("Its SHA-256 fingerprint:"));
        m_trust->setText(tr("&Trust this certificate"));
        m_trust->setAccessibleName(tr("Trust this certificate"));
    }
    const QString fingerprint = certificate.formattedFingerprint();
    if (fingerprint != m_fingerprint->accessibleDescription())
        m_copy->setText(tr("Copy &fingerprint")); // "Copied" was about another one
    m_fingerprint->setText(twoLines(fingerprint));
    m_fingerprint->setAccessibleDescription(fingerprint);
    m_copy->setAccessibleDescription(fingerprint);
    const QString previous = certificate.isChanged()
        ? Fingerprint::format(certificate.previousFingerprint())
        : QString();
    m_previousFingerprint->setText(twoLines(previous));
    m_previousFingerprint->setAccessibleDescription(previous);
    m_previousCaption->setVisible(!previous.isEmpty());
    m_previousFingerprint->setVisible(!previous.isEmpty());
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
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Trust the new certificate?"),
        tr("The certificate of %1 is not the one you trusted before. Someone may be intercepting "
           "your connection to read your password. Trust it only if the server's administrator "
           "told you that they replaced the certificate and that its SHA-256 fingerprint is the "
           "new one below.")
            .arg(m_shown.host()),
        QMessageBox::NoButton, this);
    // Only the fingerprints below the message, in the fixed-width font, to compare in columns.
    box->setInformativeText(tr("New:\n%1\n\nTrusted before:\n%2", "SHA-256 fingerprints")
                                .arg(twoLines(m_shown.formattedFingerprint()),
                                     twoLines(Fingerprint::format(m_shown.previousFingerprint()))));
    PlainText::apply(box);
    if (auto *fingerprints = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        fingerprints->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
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
