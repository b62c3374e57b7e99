#include "ui/statusmessage.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

StatusMessage::StatusMessage(const QString &accessibleName, QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // Selectable, so an error can be copied into a support request.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(accessibleName);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);
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
    m_text->setAccessibleDescription(text);
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
    m_text->setAccessibleDescription(QString());
    m_tone = Tone::Neutral;
    hide();
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
    switch (m_tone) {
    case Tone::Neutral:
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
    // As tall as a line of text, so the icon sits on the first line at any scale.
    const int extent = qMax(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this),
                            fontMetrics().height());
    m_icon->setPixmap(style()
                          ->standardIcon(pixmap, nullptr, this)
                          .pixmap(QSize(extent, extent), devicePixelRatioF()));
    m_icon->setFixedWidth(extent);
    m_icon->show();
}
