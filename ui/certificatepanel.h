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
// its SHA-256 fingerprint (selectable, to compare with the one the administrator gives), "Trust
// this certificate" and Cancel. The explanation itself is the server status above it. When the
// certificate CHANGED since the person trusted another one, the panel says so in its heading and
// trusting asks once more, in words that make clear it may be an attack (Cancel is the default).
// Hidden otherwise, and after Cancel until the next failure.
class CertificatePanel : public QFrame
{
    Q_OBJECT
public:
    explicit CertificatePanel(SignInController *controller, QWidget *parent = nullptr);

    // Its focusable widgets, in tab order: fingerprint, Trust, Cancel.
    QList<QWidget *> focusChain() const;
    // Puts the keyboard on the fingerprint (screen readers read it; Tab goes on to Trust).
    void takeFocus();

Q_SIGNALS:
    // Cancel: the person does not trust it (the panel hides).
    void dismissed();

private:
    void update();
    void trust();
    void confirmChangedCertificate();

    SignInController *m_controller;
    UntrustedCertificate m_shown;
    bool m_dismissed = false;
    QLabel *m_heading;
    QLabel *m_fingerprintCaption;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_cancel;
    QPointer<QMessageBox> m_confirmation;
};
