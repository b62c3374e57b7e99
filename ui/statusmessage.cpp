#include "ui/statusmessage.h"

#include <QAccessible>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

StatusMessage::StatusMessage(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_text(new QLabel(this))
    , m_reserve(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    // Busy: a short bar that only says "busy", about as tall as a line's x-height.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Busy", "a progress bar next to a status message"));
    m_busy->hide();
    layout->addWidget(m_busy, 0, Qt::AlignVCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // Selectable, so an error can be copied into a support request.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No accessible name, which would replace the text a screen reader reads; what the text is
    // about goes in its description. The object name lets tests find it (findLabel()).
    m_text->setObjectName(QStringLiteral("statusText"));
    m_text->setAccessibleDescription(accessibleName);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The reserved text shares the text's cell: the cell is as tall as the taller of the two.
    m_reserve->setWordWrap(true);
    m_reserve->setTextFormat(Qt::PlainText);
    m_reserve->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_reserve->hide(); // takes space only once there is a text to reserve (setReservedText())
    auto *cell = new QGridLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->addWidget(m_text, 0, 0);
    cell->addWidget(m_reserve, 0, 0);
    layout->addLayout(cell, 1);
    setAccessibleName(accessibleName);
    hide();
}

void StatusMessage::showMessage(Tone tone, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    const bool changed = tone != m_tone || text != m_text->text() || isHidden();
    m_tone = tone;
    m_text->setText(text);
    updateIcon();
    show();
    if (changed && tone == Tone::Error) {
        QAccessibleEvent alert(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void StatusMessage::clear()
{
    m_text->clear();
    m_tone = Tone::Neutral;
    if (m_reserve->text().isEmpty()) {
        hide();
        return;
    }
    // Keeps its space, blank.
    updateIcon();
}

void StatusMessage::setReservedText(const QString &text)
{
    if (text == m_reserve->text())
        return;
    m_reserve->setText(text);
    // Hidden, but taking its space only while there is something to reserve.
    QSizePolicy policy = m_reserve->sizePolicy();
    policy.setRetainSizeWhenHidden(!text.isEmpty());
    m_reserve->setSizePolicy(policy);
    if (text.isEmpty() && m_text->text().isEmpty())
        hide();
    else if (!text.isEmpty())
        show();
    updateGeometry();
}

QString StatusMessage::reservedText() const
{
    return m_reserve->text();
}

QString StatusMessage::text() const
{
    return m_text->text();
}

void StatusMessage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
}

void StatusMessage::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    QString name;
    // As tall as a line of text, so the icon sits on the first line at any scale.
    const int extent = qMax(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this),
                            fontMetrics().height());
    m_busy->setVisible(m_tone == Tone::Busy);
    if (m_tone == Tone::Busy)
        m_busy->setFixedSize(extent * 2, qMax(4, fontMetrics().xHeight()));
    switch (m_tone) {
    case Tone::Neutral:
    case Tone::Busy:
        break;
    case Tone::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        name = tr("Success", "icon next to a status message: all is well");
        break;
    case Tone::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        name = tr("Warning", "icon next to a status message");
        break;
    case Tone::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        name = tr("Error", "icon next to a status message");
        break;
    }
    m_icon->setAccessibleName(name);
    if (pixmap == QStyle::SP_CustomBase) {
        m_icon->clear();
        m_icon->hide();
        return;
    }
    m_icon->setPixmap(style()
                          ->standardIcon(pixmap, nullptr, this)
                          .pixmap(QSize(extent, extent), devicePixelRatioF()));
    m_icon->setFixedWidth(extent);
    m_icon->show();
}
