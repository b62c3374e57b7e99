#include "ui/servicebuttons.h"

#include "auth/signincontroller.h"
#include "sso/loginservice.h"
#include "sso/loginservices.h"
#include "ui/plaintext.h"

#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
// The icon shown for a service: its provider icon when there is one, else a generic one.
QIcon iconFor(const LoginService &service)
{
    const QString path = QStringLiteral(":/liftoff/providers/%1.svg").arg(service.iconKey());
    if (!service.iconKey().isEmpty() && QFile::exists(path))
        return QIcon(path);
    const QIcon themed = QIcon::fromTheme(QStringLiteral("web-browser"));
    return themed.isNull() ? QIcon() : themed;
}
} // namespace

ServiceButtons::ServiceButtons(SignInController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setAccessibleName(tr("Other ways to sign in"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(tr("Or sign in with your browser:"), this);
    m_heading->setWordWrap(true);
    m_layout->addWidget(m_heading);

    connect(m_controller->loginServices(), &LoginServices::servicesChanged, this,
            &ServiceButtons::rebuild);
    connect(m_controller, &SignInController::stateChanged, this, &ServiceButtons::updateEnabled);
    rebuild();
}

void ServiceButtons::rebuild()
{
    const QList<LoginService> services = m_controller->loginServices()->services();
    QWidget *focused = focusWidget();
    const QString focusedId
        = focused ? m_buttons.key(qobject_cast<QPushButton *>(focused)) : QString();
    for (QPushButton *button : std::as_const(m_buttons))
        delete button;
    m_buttons.clear();
    for (const LoginService &service : services) {
        // The label is the server's: shown as it is, never as markup or a mnemonic.
        auto *button
            = new QPushButton(iconFor(service), PlainText::buttonText(service.label()), this);
        button->setObjectName(QStringLiteral("service-") + service.name());
        button->setAccessibleName(service.accessibleName());
        button->setToolTip(PlainText::toolTip(
            tr("Opens your web browser to sign in with %1").arg(service.label())));
        button->setAutoDefault(true);
        if (!service.buttonColor().isEmpty()) {
            // Only validated #rgb colours reach the style sheet (LoginService checks them).
            QString style
                = QStringLiteral("QPushButton { background-color: %1; ").arg(service.buttonColor());
            if (!service.labelColor().isEmpty())
                style += QStringLiteral("color: %1; ").arg(service.labelColor());
            style += QStringLiteral("padding: 4px; }");
            button->setStyleSheet(style);
        }
        const QString id = service.id();
        connect(button, &QPushButton::clicked, this,
                [this, id] { m_controller->signInWithService(id); });
        m_layout->addWidget(button);
        m_buttons.insert(id, button);
        if (id == focusedId)
            button->setFocus(Qt::OtherFocusReason);
    }
    m_heading->setVisible(!m_buttons.isEmpty());
    updateEnabled();
}

void ServiceButtons::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller->loginServices()->setActive(true);
}

void ServiceButtons::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_controller->loginServices()->setActive(false);
}

void ServiceButtons::updateEnabled()
{
    const bool ready = m_controller->state() == SignInController::State::Ready;
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(ready);
}
