#include "ui/servicebuttons.h"

#include "auth/signincontroller.h"
#include "sso/loginservice.h"
#include "sso/loginservices.h"
#include "ui/plaintext.h"

#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace {

// WCAG 2 text contrast for normal text (AA), and for a focus indicator against the unfocused
// button.
constexpr double TextContrast = 4.5;
constexpr double FocusContrast = 3.0;
// The property that keeps a button's accent colour ("#rgb" from the server, or empty).
constexpr char AccentProperty[] = "liftoffAccent";

double luminance(const QColor &colour)
{
    const auto channel
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `amount` (0 to 1) of the way from `from` to `to`.
QColor mixed(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

// The palette's text colour on `background`, or black or white where a palette gives too
// little contrast.
QColor readableOn(const QColor &background, const QColor &text)
{
    if (contrast(text, background) >= TextContrast)
        return text;
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

// The style sheet of a service button: the palette's button text on the palette's button
// colour, so that the label is readable in light and dark palettes whatever colours the server
// chose. The provider's colour is only an accent, a stripe on the left edge. A focused button
// gets a ring in the highlight colour; a disabled one has dimmer (still readable) text and
// loses its accent.
QString styleSheetFor(const QPalette &palette, const QString &accent)
{
    const QColor background = palette.color(QPalette::Active, QPalette::Button);
    const QColor text
        = readableOn(background, palette.color(QPalette::Active, QPalette::ButtonText));
    const QColor hovered = mixed(background, text, 0.08);
    const QColor pressed = mixed(background, text, 0.16);
    const QColor border = mixed(background, text, 0.4);
    QColor focus = palette.color(QPalette::Active, QPalette::Highlight);
    if (contrast(focus, background) < FocusContrast)
        focus = text;
    // Dimmer than enabled text, and as readable as text must be.
    QColor dimmed = text;
    for (double amount = 0.05; amount < 1; amount += 0.05) {
        const QColor candidate = mixed(text, background, amount);
        if (contrast(candidate, background) < TextContrast + 0.2)
            break;
        dimmed = candidate;
    }
    const QColor disabledBorder = mixed(background, text, 0.25);
    const QString stripe = accent.isEmpty() ? border.name() : accent;
    return QStringLiteral("QPushButton { color: %1; background-color: %2; border: 1px solid %3; "
                          "border-left: 6px solid %4; border-radius: 3px; padding: 5px 8px 5px "
                          "4px; text-align: left; }\n"
                          "QPushButton:hover { background-color: %5; }\n"
                          "QPushButton:pressed { background-color: %6; }\n"
                          "QPushButton:focus { border: 2px solid %7; border-left: 6px solid %7; "
                          "padding: 4px 7px 4px 4px; }\n"
                          "QPushButton:disabled { color: %8; background-color: %2; "
                          "border: 1px dashed %9; border-left: 6px solid %9; "
                          "padding: 5px 8px 5px 4px; }")
        .arg(text.name(), background.name(), border.name(), stripe, hovered.name(), pressed.name(),
             focus.name(), dimmed.name(), disabledBorder.name());
}

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
        // Only validated #rgb colours reach the style sheet (LoginService checks them). The
        // label colour is the server's choice for its own background: not ours to use.
        button->setProperty(AccentProperty, service.buttonColor());
        button->setStyleSheet(styleSheetFor(palette(), service.buttonColor()));
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

void ServiceButtons::restyle()
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->setStyleSheet(
            styleSheetFor(palette(), button->property(AccentProperty).toString()));
}

void ServiceButtons::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new palette (light or dark): the buttons take its colours.
    if (event->type() == QEvent::PaletteChange)
        restyle();
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
