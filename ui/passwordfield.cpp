#include "ui/passwordfield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QIconEngine>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolButton>

namespace {
// An eye, optionally struck through, drawn as vectors in the palette's button text colour: it
// follows light and dark palettes and is sharp at any size and device pixel ratio.
class EyeIconEngine : public QIconEngine
{
public:
    EyeIconEngine(const QPalette &palette, bool struckThrough)
        : m_normal(palette.color(QPalette::Active, QPalette::ButtonText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::ButtonText))
        , m_struckThrough(struckThrough)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QColor color = mode == QIcon::Disabled ? m_disabled : m_normal;
        const qreal s = qMin(rect.width(), rect.height());
        const QPointF origin = QRectF(rect).center() - QPointF(s / 2, s / 2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(origin);
        QPen pen(color, qMax(1.0, s / 12));
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        QPainterPath outline;
        outline.moveTo(s * 0.06, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.05, s * 0.94, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.95, s * 0.06, s * 0.5);
        painter->drawPath(outline);
        painter->setBrush(color);
        painter->drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.14, s * 0.14);
        if (m_struckThrough)
            painter->drawLine(QPointF(s * 0.15, s * 0.88), QPointF(s * 0.85, s * 0.12));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new EyeIconEngine(*this); }

private:
    QColor m_normal;
    QColor m_disabled;
    bool m_struckThrough;
};

QIcon eyeIcon(const QPalette &palette, bool struckThrough)
{
    const QStringList themeNames = struckThrough
        ? QStringList { QStringLiteral("view-hidden"), QStringLiteral("view-conceal-symbolic") }
        : QStringList { QStringLiteral("view-visible"), QStringLiteral("view-reveal-symbolic") };
    for (const QString &name : themeNames)
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    return QIcon(new EyeIconEngine(palette, struckThrough));
}
} // namespace

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_reveal(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this) / 2);

    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("Password"));
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                | Qt::ImhNoAutoUppercase);
    layout->addWidget(m_edit, 1);

    m_reveal->setCheckable(true);
    m_reveal->setAutoRaise(true);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    m_reveal->setAccessibleName(tr("Show password", "a toggle button next to the password field"));
    layout->addWidget(m_reveal);
    setFocusProxy(m_edit);

    connect(m_reveal, &QToolButton::toggled, this, [this](bool revealed) {
        m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
        updateRevealButton();
    });
    updateRevealButton();
}

QString PasswordField::text() const
{
    return m_edit->text();
}

void PasswordField::clear()
{
    // Not QLineEdit::clear(): that is an edit the person could undo, and the undo history would
    // keep the password (Ctrl+Z brings it back once it is shown). Setting the text forgets it.
    m_edit->setText(QString());
    m_reveal->setChecked(false);
}

void PasswordField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateRevealButton();
}

void PasswordField::updateRevealButton()
{
    const bool revealed = m_reveal->isChecked();
    // The icon shows what pressing the button does.
    m_reveal->setIcon(eyeIcon(palette(), revealed));
    m_reveal->setToolTip(revealed ? tr("Hide the password")
                                  : tr("Show the password as you type it"));
}
