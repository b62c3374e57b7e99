// The window and a server whose certificate the system does not trust (the dev server with TLS,
// in-process): the fingerprint is shown, trusting works from the keyboard, and a changed
// certificate asks once more before anything is trusted.

#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "devserver.h"
#include "tls/certificatetrust.h"
#include "tls/fingerprint.h"
#include "ui/mainwindow.h"
#include "ui/statusmessage.h"

#include <QApplication>
#include <QClipboard>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using State = SignInController::State;

class TestCertificateWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificateTrust> m_trust;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<SignInController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T *find(const QString &name) const
    {
        return findByAccessibleName<T>(m_window.get(), name);
    }
    QWidget *focus() const
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : m_window->focusWidget();
    }
    void press(Qt::Key key) { QTest::keyClick(focus(), key); }

    void startServer(quint16 port = 0)
    {
        m_server = std::make_unique<DevServer>();
        QVERIFY2(m_server->setGeneratedTls(), qPrintable(m_server->errorString()));
        QVERIFY2(m_server->listen(port), qPrintable(m_server->errorString()));
    }

    void openWindow()
    {
        m_controller = std::make_unique<SignInController>();
        SignInControllerPrivate::get(*m_controller)->setCertificateTrust(m_trust.get());
        SignInControllerPrivate::get(*m_controller)->setServerCheckDelayMs(50);
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_window->resize(480, 640);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->setServer(m_server->httpUrl().toString(), false);
    }

    // Tabs from the server field until `target` has the keyboard.
    bool tabTo(QWidget *target)
    {
        find<QLineEdit>(QStringLiteral("Server address"))->setFocus();
        for (int i = 0; i < 8 && focus() != target; ++i)
            press(Qt::Key_Tab);
        return focus() == target;
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("%1.conf").arg(
                                                     QLatin1String(QTest::currentTestFunction()))),
                                                 QSettings::IniFormat);
        m_settings->clear();
        m_trust = std::make_unique<CertificateTrust>(m_settings.get());
        startServer();
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_server.reset();
        m_trust.reset();
        m_settings.reset();
    }

    void showsFingerprintAndTrustsByKeyboard()
    {
        openWindow();
        QTRY_COMPARE(m_controller->state(), State::Failed);
        auto *fingerprint = findLabel(m_window.get(), QStringLiteral("fingerprint"));
        QVERIFY(fingerprint);
        QTRY_VERIFY(fingerprint->isVisible());
        QCOMPARE(fingerprint->text().remove(u'\n'), m_server->certificateFingerprint());
        // Selectable with the mouse; no keyboard caret (Copy fingerprint is for the keyboard).
        QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(!(fingerprint->textInteractionFlags() & Qt::TextSelectableByKeyboard));
        QVERIFY(!(fingerprint->focusPolicy() & Qt::TabFocus));
        QVERIFY(QFontInfo(fingerprint->font()).fixedPitch());
        QCOMPARE(fingerprint->accessibleDescription(), m_server->certificateFingerprint());
        // The explanation is the server status; the fingerprint is in the panel.
        auto *status = find<StatusMessage>(QStringLiteral("Server status"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("is not trusted: it is self-signed")),
                 qPrintable(status->text()));
        QCOMPARE(status->tone(), StatusMessage::Tone::Error);

        // Keyboard: from the server field, Tab reaches Copy fingerprint, then Cancel (the safe
        // choice first), then Trust.
        QPushButton *copy = find<QPushButton>(QStringLiteral("Copy the fingerprint"));
        QVERIFY(copy);
        QVERIFY(tabTo(copy));
        press(Qt::Key_Tab);
        QCOMPARE(focus(), find<QPushButton>(QStringLiteral("Do not trust the certificate")));
        press(Qt::Key_Tab);
        QPushButton *trust = find<QPushButton>(QStringLiteral("Trust this certificate"));
        QVERIFY(trust);
        QCOMPARE(focus(), trust);
        press(Qt::Key_Space);
        QTRY_COMPARE(m_controller->state(), State::Ready);
        QCOMPARE(Fingerprint::format(m_trust->trustedFingerprint(m_controller->server())),
                 m_server->certificateFingerprint());
        QTRY_VERIFY(!fingerprint->isVisible());
    }

    void copiesTheFingerprint()
    {
        openWindow();
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QPushButton *copy = find<QPushButton>(QStringLiteral("Copy the fingerprint"));
        QVERIFY(copy);
        QTRY_VERIFY(copy->isVisible());
        // A screen reader hears the fingerprint with it.
        QCOMPARE(copy->accessibleDescription(), m_server->certificateFingerprint());
        copy->setFocus();
        QApplication::clipboard()->clear();
        press(Qt::Key_Space);
        QCOMPARE(QApplication::clipboard()->text(), m_server->certificateFingerprint());
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
    }

    void cancelHidesThePanel()
    {
        openWindow();
        QTRY_COMPARE(m_controller->state(), State::Failed);
        auto *cancel = find<QPushButton>(QStringLiteral("Do not trust the certificate"));
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisible());
        cancel->setFocus();
        press(Qt::Key_Space);
        QVERIFY(!cancel->isVisible());
        QCOMPARE(m_controller->state(), State::Failed);
        QVERIFY(m_trust->trustedFingerprint(m_controller->server()).isEmpty());
        QCOMPARE(focus(), find<QLineEdit>(QStringLiteral("Server address")));
    }

    void changedCertificateAsksAgain()
    {
        const quint16 port = m_server->port();
        const QString old = m_server->certificateFingerprint();
        QVERIFY(m_trust->trust(ServerAddress::parse(m_server->httpUrl().toString()),
                               Fingerprint::of(m_server->certificate())));
        m_server.reset();
        startServer(port);
        openWindow();
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QCOMPARE(m_controller->error().kind(), SignInError::Kind::CertificateChanged);
        QPushButton *trust = find<QPushButton>(QStringLiteral("Trust the new certificate"));
        QVERIFY(trust);
        QTRY_VERIFY(trust->isVisible());
        QVERIFY(trust->text().contains(QStringLiteral("new certificate")));
        // Said once, by the server status, in sentence case; the panel shows both fingerprints
        // in a fixed-width font.
        const QString status = find<StatusMessage>(QStringLiteral("Server status"))->text();
        QVERIFY2(status.contains(QStringLiteral("has changed since you trusted it")),
                 qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("CHANGED")), qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("WARNING")), qPrintable(status));
        int saidChanged = 0;
        for (QLabel *label : m_window->findChildren<QLabel *>())
            if (label->isVisible()
                && label->text().contains(QStringLiteral("has changed"), Qt::CaseInsensitive))
                ++saidChanged;
        QCOMPARE(saidChanged, 1);
        QLabel *fingerprint = findLabel(m_window.get(), QStringLiteral("fingerprint"));
        QLabel *previous = findLabel(m_window.get(), QStringLiteral("previousFingerprint"));
        QVERIFY(fingerprint);
        QVERIFY(previous);
        QVERIFY(previous->isVisible());
        QCOMPARE(fingerprint->text().remove(u'\n'), m_server->certificateFingerprint());
        QCOMPARE(previous->text().remove(u'\n'), old);
        QVERIFY(QFontInfo(fingerprint->font()).fixedPitch());
        QVERIFY(QFontInfo(previous->font()).fixedPitch());

        // Trust asks first; Esc (the default answer) trusts nothing.
        trust->setFocus();
        press(Qt::Key_Space);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
        // (Xvfb has no window manager to give the new window the keyboard.)
        box->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(box));
        QVERIFY(box->text().contains(QStringLiteral("not the one you trusted")));
        QVERIFY(box->informativeText().contains(old.left(47)));
        QVERIFY(!box->text().contains(QStringLiteral("NOT")));
        auto *fingerprints = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
        QVERIFY(fingerprints);
        QVERIFY(QFontInfo(fingerprints->font()).fixedPitch());
        QTest::keyClick(box->focusWidget() ? box->focusWidget() : box, Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_controller->state(), State::Failed);
        QCOMPARE(Fingerprint::format(m_trust->trustedFingerprint(m_controller->server())), old);

        // Asked again, the person confirms with the box's own Trust button.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        trust->setFocus();
        press(Qt::Key_Space);
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
        box->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(box));
        QPushButton *confirm
            = findByAccessibleName<QPushButton>(box, QStringLiteral("Trust the new certificate"));
        QVERIFY(confirm);
        QVERIFY(box->defaultButton() != confirm);
        confirm->setFocus();
        QTest::keyClick(confirm, Qt::Key_Space);
        QTRY_COMPARE(m_controller->state(), State::Ready);
        QCOMPARE(Fingerprint::format(m_trust->trustedFingerprint(m_controller->server())),
                 m_server->certificateFingerprint());
    }
};

QTEST_MAIN(TestCertificateWindow)
#include "tst_certificatewindow.moc"
