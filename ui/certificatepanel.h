#pragma once

#include "tls/untrustedcertificate.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QMessageBox;
class QPushButton;
class SignInController;

// Under the server field, after the server presented a certificate the system does not trust:
// its SHA-256 fingerprint in a fixed-width font (selectable with the mouse, and "Copy
// fingerprint", to compare with the one the administrator gives), Cancel and "Trust this
// certificate". The explanation itself is the server status above it. When the certificate
// changed since the person trusted another one, the panel shows both fingerprints and trusting
// asks once more, in words that make clear it may be an attack (Cancel is the default). Hidden
// otherwise, and after Cancel until the next failure.
class CertificatePanel : public QFrame
{
    Q_OBJECT
public:
    explicit CertificatePanel(SignInController *controller, QWidget *parent = nullptr);

    // Its focusable widgets, in tab order: Copy fingerprint, Cancel, Trust (the safe choice
    // before the risky one).
    QList<QWidget *> focusChain() const;
    // Puts the keyboard on Copy fingerprint (screen readers read the fingerprint, its
    // description; Tab goes on to Cancel, then Trust).
    void takeFocus();

Q_SIGNALS:
    // Cancel: the person does not trust it (the panel hides).
    void dismissed();

private:
    void update();
    void trust();
    void confirmChangedCertificate();
    void copyFingerprint();

    SignInController *m_controller;
    UntrustedCertificate m_shown;
    bool m_dismissed = false;
    QLabel *m_heading;
    QLabel *m_fingerprintCaption;
    QLabel *m_fingerprint;
    QLabel *m_previousCaption;
    QLabel *m_previousFingerprint;
    QPushButton *m_copy;
    QPushButton *m_trust;
    QPushButton *m_cancel;
    QPointer<QMessageBox> m_confirmation;
};
